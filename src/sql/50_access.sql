-- Access by marking.  A role sees a document, and everything that belongs to
-- it (paragraphs, texts, actions, progress, links), when the document's
-- marking is at or below the role's clearance: the highest marking granted in
-- clearance to the role or to a role it is a member of; PUBLIC without one.
-- Row-level security applies this to every table that holds or derives from
-- a document's content, and the views and functions read the tables with the
-- caller's rights (security_invoker views, SECURITY INVOKER functions), so the
-- same policies filter them; the policies' quals run before any qual a caller
-- adds, leaky or not.  Writing also needs the usual table privileges.
--
-- The functions the policies call have SQL-standard bodies: parsed once, here,
-- so a caller's search_path cannot swap their operators or functions.
CREATE TABLE @extschema@.clearance (
    role_name   name PRIMARY KEY,
    marking     text NOT NULL
                CHECK (marking IN ('PUBLIC', 'LIMITE', 'RESTREINT UE/EU RESTRICTED'))
);
COMMENT ON TABLE @extschema@.clearance IS 'the highest marking each role (and its members) may read';
COMMENT ON COLUMN @extschema@.clearance.role_name IS 'a role; members of it share its clearance';
COMMENT ON COLUMN @extschema@.clearance.marking IS 'PUBLIC, LIMITE or RESTREINT UE/EU RESTRICTED';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.clearance', '');

CREATE FUNCTION @extschema@.marking_rank(marking text)
RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE marking WHEN 'PUBLIC' THEN 0 WHEN 'LIMITE' THEN 1 WHEN 'RESTREINT UE/EU RESTRICTED' THEN 2 END;
COMMENT ON FUNCTION @extschema@.marking_rank(text) IS 'order of markings: PUBLIC 0, LIMITE 1, RESTREINT UE/EU RESTRICTED 2';

-- The two catalog checks clearance_level makes, each in a function of its
-- own that is never inlined (SET): on Citus, where clearance is a reference
-- table, Citus deparses the query that reads it to run it on the table's
-- placement, and a pg_roles in that query would come out as pg_authid, which
-- no ordinary role may read.
CREATE FUNCTION @extschema@.member_of(role_name name)
RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles AS r
                   WHERE r.rolname OPERATOR(pg_catalog.=) role_name
                     AND pg_catalog.pg_has_role(CURRENT_USER, r.oid, 'MEMBER'));
END;
COMMENT ON FUNCTION @extschema@.member_of(name) IS
    'whether the current role is the role or a member of it (false for a role that does not exist)';

CREATE FUNCTION @extschema@.bypasses_rls()
RETURNS boolean
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
BEGIN ATOMIC
    SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_roles AS r
                   WHERE r.rolname OPERATOR(pg_catalog.=) CURRENT_USER AND (r.rolsuper OR r.rolbypassrls));
END;
COMMENT ON FUNCTION @extschema@.bypasses_rls() IS
    'whether the current role is a superuser or has BYPASSRLS (row-level security does not apply to it)';

-- A SELECT in BEGIN ATOMIC, not RETURN: Citus 13.2 deparses a RETURN body's
-- query as the text "RETURN ...", which no server parses back.
CREATE FUNCTION @extschema@.clearance_level()
RETURNS int
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE
        WHEN @extschema@.bypasses_rls() THEN 2
        ELSE coalesce((SELECT pg_catalog.max(@extschema@.marking_rank(c.marking))
                       FROM @extschema@.clearance AS c
                       WHERE @extschema@.member_of(c.role_name)), 0)
    END;
END;
COMMENT ON FUNCTION @extschema@.clearance_level() IS
    'the current role''s clearance as a marking rank (superusers and BYPASSRLS roles: all)';

ALTER TABLE @extschema@.clearance ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_clearance ON @extschema@.clearance FOR SELECT
    USING (EXISTS (SELECT 1 FROM pg_catalog.pg_roles AS r
                   WHERE r.rolname OPERATOR(pg_catalog.=) role_name
                     AND pg_catalog.pg_has_role(CURRENT_USER, r.oid, 'MEMBER')));
GRANT SELECT ON @extschema@.clearance TO PUBLIC;

ALTER TABLE @extschema@.document ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_marking ON @extschema@.document
    USING (@extschema@.marking_rank(marking) <= (SELECT @extschema@.clearance_level()))
    WITH CHECK (@extschema@.marking_rank(marking) <= (SELECT @extschema@.clearance_level()));
-- the other tables follow their document, through the document's own policy
ALTER TABLE @extschema@.paragraph ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.paragraph
    USING (document IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.paragraph_text ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.paragraph_text
    USING (document IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.paragraph_actor ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.paragraph_actor
    USING (document IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.paragraph_deadline ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.paragraph_deadline
    USING (document IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.reference ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.reference
    USING (from_doc IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.action ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.action
    USING (plan IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.action_reject ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.action_reject
    USING (plan IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.action_actor ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_action ON @extschema@.action_actor
    USING (action IN (SELECT a.id FROM @extschema@.action AS a));
ALTER TABLE @extschema@.action_paragraph ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_action ON @extschema@.action_paragraph
    USING (action IN (SELECT a.id FROM @extschema@.action AS a)
           AND document IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.progress ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_action ON @extschema@.progress
    USING (action IN (SELECT a.id FROM @extschema@.action AS a));
ALTER TABLE @extschema@.action_status ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_action ON @extschema@.action_status
    USING (action IN (SELECT a.id FROM @extschema@.action AS a));
ALTER TABLE @extschema@.action_digest ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_action ON @extschema@.action_digest
    USING (action IN (SELECT a.id FROM @extschema@.action AS a));
ALTER TABLE @extschema@.actor_load ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.actor_load
    USING (plan IN (SELECT d.ref FROM @extschema@.document AS d));

-- The documents the current role may read (the views need it no longer:
-- row-level security filters what they read).  PL/pgSQL, with the level
-- read first: on Citus, where document and clearance are reference tables,
-- Citus plans no SQL-language function that reads them with a parameter
-- ("parameterized queries for SQL functions referencing distributed
-- tables"), and the action side's policies call this function there
-- (citus_distribute_model).
CREATE FUNCTION @extschema@.visible_documents()
RETURNS SETOF @extschema@.docnum
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    level int := @extschema@.clearance_level();
BEGIN
    RETURN QUERY
    SELECT d.ref FROM @extschema@.document AS d
    WHERE @extschema@.marking_rank(d.marking) OPERATOR(pg_catalog.<=) level;
END $$;
COMMENT ON FUNCTION @extschema@.visible_documents() IS
    'the documents the current role may read by its clearance';

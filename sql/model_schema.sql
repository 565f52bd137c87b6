-- The tracking model's tables: closed vocabularies are CHECK constraints,
-- keys are enforced, progress is append-only, and everything is commented.
SET search_path = public, policy_tracker;
\set VERBOSITY sqlstate

INSERT INTO document (ref, kind) VALUES ('1/17', 'memo');                       -- kind
INSERT INTO document (ref, kind, marking) VALUES ('1/17', 'note', 'SECRET');    -- marking
INSERT INTO document (ref, kind) VALUES ('1/17', 'note'), ('1/17', 'note');     -- key
INSERT INTO document (ref, kind, title) VALUES ('ST 1 2017 INIT', 'action_plan', 'schema test plan');
INSERT INTO paragraph (document, number) VALUES ('2/17', 1);                     -- no such document
INSERT INTO paragraph (document, number, part) VALUES ('1/17', 1, 'annex');      -- part
INSERT INTO paragraph (document, number, chapter) VALUES ('1/17', 1, 'four');    -- chapter
INSERT INTO paragraph (document, number) VALUES ('1/17', 1);
INSERT INTO paragraph_text (document, number, lang, body) VALUES ('1/17', 1, 'xx', 'text');  -- lang
INSERT INTO paragraph_text (document, number, lang, body) VALUES ('1/17', 1, 'nl', 'tekst');
INSERT INTO actor (name, kind) VALUES ('Test body', 'committee');               -- kind
INSERT INTO actor (name, kind, country) VALUES ('Test body', 'agency', 'BG');   -- country only for presidencies
INSERT INTO actor (name, kind) VALUES ('Test body', 'agency');
INSERT INTO action (plan, number, title) VALUES ('ST 1 2017 INIT', 1, 'Do something');
INSERT INTO action (plan, number, title) VALUES ('ST 1 2017 INIT', 1, 'Do it twice');  -- (plan, number)
INSERT INTO action_actor (action, actor, role)
  SELECT id, 'Test body', 'owner' FROM action WHERE title = 'Do something';     -- role
INSERT INTO action_actor (action, actor, role)
  SELECT id, 'Nobody', 'lead' FROM action WHERE title = 'Do something';         -- unknown actor
INSERT INTO progress (action, reported_on, status)
  SELECT id, '2018-01-01', 'finished' FROM action WHERE title = 'Do something'; -- status
INSERT INTO progress (action, reported_on, status)
  SELECT id, '2018-01-01', 'in_progress' FROM action WHERE title = 'Do something';
INSERT INTO reference (from_doc, to_doc) VALUES ('1/17', '1/17');               -- cites itself

-- progress is append-only
UPDATE progress SET status = 'done';
DELETE FROM progress;
TRUNCATE progress;
SELECT count(*) AS progress_rows, min(status) FROM progress;
\set VERBOSITY default
UPDATE progress SET status = 'done';

-- an action with history cannot disappear with it: the delete fails with an
-- integrity constraint violation and the action stays.  The SQLSTATE of an
-- ON DELETE RESTRICT key is 23503 up to PostgreSQL 17 and 23001
-- (restrict_violation) from 18 on, so the test asserts the class, 23.
DO $$
BEGIN
    DELETE FROM action WHERE title = 'Do something';
    RAISE NOTICE 'deleted';
EXCEPTION WHEN integrity_constraint_violation THEN
    RAISE NOTICE 'refused, SQLSTATE class %', left(SQLSTATE, 2);
END $$;
SELECT count(*) AS still_there FROM action WHERE title = 'Do something';

-- every table, view, column and function of the extension is commented
SELECT c.relkind, c.relname FROM pg_class c
WHERE c.relnamespace = 'policy_tracker'::regnamespace AND c.relkind IN ('r', 'v')
  AND obj_description(c.oid, 'pg_class') IS NULL;
SELECT c.relname, a.attname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
WHERE c.relnamespace = 'policy_tracker'::regnamespace AND c.relkind IN ('r', 'v')
  AND a.attnum > 0 AND NOT a.attisdropped AND col_description(c.oid, a.attnum) IS NULL;
SELECT p.oid::regprocedure FROM pg_proc p
WHERE p.pronamespace = 'policy_tracker'::regnamespace
  AND obj_description(p.oid, 'pg_proc') IS NULL
ORDER BY 1::text;
SELECT o.oid::regoperator FROM pg_operator o
WHERE o.oprnamespace = 'policy_tracker'::regnamespace AND obj_description(o.oid, 'pg_operator') IS NULL;
SELECT t.typname FROM pg_type t
WHERE t.typnamespace = 'policy_tracker'::regnamespace AND t.typtype = 'b' AND t.typelem = 0
  AND obj_description(t.oid, 'pg_type') IS NULL;
-- the plain views expose plain SQL types only (what BI tools read without
-- help); each has a <name>_typed twin with the same columns first
SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod)
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
WHERE c.relnamespace = 'policy_tracker'::regnamespace AND c.relkind = 'v' AND a.attnum > 0
  AND c.relname NOT LIKE '%\_typed'
  AND a.atttypid NOT IN ('text'::regtype, 'int4'::regtype, 'int8'::regtype, 'date'::regtype,
                         'bool'::regtype, 'numeric'::regtype);
SELECT c.relname,
       (SELECT array_agg(a.attname ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0)
       <@ (SELECT array_agg(a.attname) FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attnum > 0) AS twin_has_every_column,
       (SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
          AND col_description(c.oid, a.attnum) IS NULL) AS columns_without_comment
FROM pg_class c JOIN pg_class t ON t.relname = c.relname || '_typed' AND t.relnamespace = c.relnamespace
WHERE c.relnamespace = 'policy_tracker'::regnamespace AND c.relkind = 'v'
ORDER BY c.relname;
-- user data is dumped: every table, and the identity sequences, are config
-- (action_status, action_digest and actor_load are derived: restoring the
-- tables they come from rebuilds them through their triggers)
SELECT c.relname FROM pg_class c
WHERE c.relnamespace = 'policy_tracker'::regnamespace AND c.relkind IN ('r', 'S')
  AND c.oid NOT IN (SELECT unnest(extconfig) FROM pg_extension WHERE extname = 'policy_tracker')
  AND c.relname NOT IN ('action_status', 'action_digest', 'actor_load');
SELECT c.relname, x.cond FROM pg_extension e,
     unnest(e.extconfig, e.extcondition) AS x(oid, cond) JOIN pg_class c ON c.oid = x.oid
WHERE e.extname = 'policy_tracker' AND x.cond <> '' ORDER BY 1;

-- clean up for the tests that follow (an administrator can lift the guard)
ALTER TABLE progress DISABLE TRIGGER progress_append_only;
DELETE FROM progress;
ALTER TABLE progress ENABLE TRIGGER progress_append_only;
DELETE FROM action_actor; DELETE FROM action; DELETE FROM paragraph_text; DELETE FROM paragraph;
DELETE FROM document; DELETE FROM actor WHERE NOT builtin;

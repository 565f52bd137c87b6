-- progress is history: corrections are new reports, never edits.
CREATE FUNCTION @extschema@.progress_append_only() RETURNS trigger
LANGUAGE plpgsql PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION 'progress is append-only: % is not allowed', TG_OP
        USING ERRCODE = '55000',
              HINT = 'Record a new progress report instead; history is never edited.';
END $$;
COMMENT ON FUNCTION @extschema@.progress_append_only() IS 'rejects UPDATE, DELETE and TRUNCATE on progress';

CREATE TRIGGER progress_append_only BEFORE UPDATE OR DELETE ON @extschema@.progress
    FOR EACH ROW EXECUTE FUNCTION @extschema@.progress_append_only();
CREATE TRIGGER progress_no_truncate BEFORE TRUNCATE ON @extschema@.progress
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.progress_append_only();

-- The server, not the reporter, says when a report was recorded and in what
-- order: for any role but a superuser, id comes from the identity sequence
-- and recorded_at is now(), whatever the INSERT gave (a forged recorded_at,
-- or an id squatted ahead of the sequence so that honest inserts fail).
-- Superusers keep what they give: pg_restore reloads dumped reports with COPY
-- as a superuser, and history must come back as it was.  (A role's own
-- INSERT draws the default id first and the trigger another one: ids stay
-- unique and in order of recording, with gaps.)  In C: it runs once per row
-- of every bulk insert.  Not executable by PUBLIC (it draws from the
-- sequence without a privilege check, as an identity default does).
CREATE FUNCTION @extschema@.progress_stamp() RETURNS trigger
AS 'MODULE_PATHNAME', 'pt_progress_stamp' LANGUAGE C PARALLEL UNSAFE;
COMMENT ON FUNCTION @extschema@.progress_stamp() IS
    'sets progress.id and progress.recorded_at on insert, except for superusers (pg_restore)';
REVOKE EXECUTE ON FUNCTION @extschema@.progress_stamp() FROM PUBLIC;

CREATE TRIGGER progress_stamp BEFORE INSERT ON @extschema@.progress
    FOR EACH ROW EXECUTE FUNCTION @extschema@.progress_stamp();

-- The latest report per action, kept by a trigger so that the views need
-- not search a long history for every action.  Derived data: not dumped;
-- restoring progress rebuilds it through the same trigger.
CREATE TABLE @extschema@.action_status (
    action      bigint PRIMARY KEY REFERENCES @extschema@.action ON DELETE CASCADE,
    status      text NOT NULL,
    reported_on date NOT NULL,
    progress_id bigint NOT NULL
);
COMMENT ON TABLE @extschema@.action_status IS 'latest progress report per action (derived from progress by a trigger)';
COMMENT ON COLUMN @extschema@.action_status.action IS 'the action';
COMMENT ON COLUMN @extschema@.action_status.status IS 'status of its latest report';
COMMENT ON COLUMN @extschema@.action_status.reported_on IS 'date of its latest report';
COMMENT ON COLUMN @extschema@.action_status.progress_id IS 'the progress row it comes from';

-- One statement for all the rows a statement inserted (a COPY of a million
-- reports updates each action once); upserting in action order takes the
-- row locks in one order, so concurrent reporters do not deadlock.
-- SECURITY DEFINER, like every trigger function that maintains derived data
-- (and no other function): nobody is granted writes on the derived tables,
-- so nobody can forge them; the extension's owner writes them, whoever
-- fired the trigger (the PostgreSQL manual's "Writing SECURITY DEFINER
-- Functions Safely": search_path pinned to pg_catalog, pg_temp, every name
-- qualified).
CREATE FUNCTION @extschema@.progress_keep_latest() RETURNS trigger
LANGUAGE plpgsql PARALLEL UNSAFE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- fired by the extension's own triggers only (EXECUTE is revoked from
    -- PUBLIC, so nobody else can attach it to a table of theirs)
    IF TG_RELID <> '@extschema@.progress'::pg_catalog.regclass THEN
        RAISE EXCEPTION 'derived data is kept for the extension''s own tables only (trigger % on %)',
                        TG_NAME, TG_RELID::pg_catalog.regclass
            USING ERRCODE = '42501';
    END IF;
    INSERT INTO @extschema@.action_status AS s (action, status, reported_on, progress_id)
    SELECT DISTINCT ON (n.action) n.action, n.status, n.reported_on, n.id
    FROM new_progress AS n
    ORDER BY n.action, n.reported_on DESC, n.id DESC
    ON CONFLICT (action) DO UPDATE
        SET status = EXCLUDED.status, reported_on = EXCLUDED.reported_on, progress_id = EXCLUDED.progress_id
        WHERE (s.reported_on, s.progress_id) < (EXCLUDED.reported_on, EXCLUDED.progress_id);
    RETURN NULL;
END $$;
COMMENT ON FUNCTION @extschema@.progress_keep_latest() IS 'keeps action_status up to date as reports arrive';
REVOKE EXECUTE ON FUNCTION @extschema@.progress_keep_latest() FROM PUBLIC;

CREATE TRIGGER progress_keep_latest AFTER INSERT ON @extschema@.progress
    REFERENCING NEW TABLE AS new_progress
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.progress_keep_latest();
CREATE INDEX action_status_reported ON @extschema@.action_status (reported_on);

-- Per-action facts and per-actor counts, kept by triggers so that
-- actor_workload and overdue_on need not join 100,000s of action-actor
-- links at query time (bench/: 400 ms at 300,000 links).  Derived data:
-- not dumped; restoring the tables rebuilds them through the triggers.
--
-- action_digest records what each action with actors contributes to
-- actor_load; a change to an action, its actors or its status takes that
-- contribution out and puts the new one in (refresh_digests), so the counts
-- stay exact whatever the order of changes.
CREATE TABLE @extschema@.action_digest (
    action          bigint PRIMARY KEY,
    plan            @extschema@.docnum NOT NULL,
    due             date NOT NULL,
    open            boolean NOT NULL,
    leads           text,
    lead_actors     text[] NOT NULL,
    involved_actors text[] NOT NULL,
    linked_actors   text[] NOT NULL
);
COMMENT ON TABLE @extschema@.action_digest IS 'per action with actors: what it counts for in actor_load (derived, kept by triggers)';
COMMENT ON COLUMN @extschema@.action_digest.action IS 'the action';
COMMENT ON COLUMN @extschema@.action_digest.plan IS 'its plan';
COMMENT ON COLUMN @extschema@.action_digest.due IS 'its due date; infinity when it has none';
COMMENT ON COLUMN @extschema@.action_digest.open IS 'whether its latest report (action_status) is other than done or dropped, or it has none';
COMMENT ON COLUMN @extschema@.action_digest.leads IS 'short names of its lead actors, as actors_of(action, ''{lead}'') gives them';
COMMENT ON COLUMN @extschema@.action_digest.lead_actors IS 'actors that lead it';
COMMENT ON COLUMN @extschema@.action_digest.involved_actors IS 'actors involved in or supporting it';
COMMENT ON COLUMN @extschema@.action_digest.linked_actors IS 'actors with any role in it';

CREATE TABLE @extschema@.actor_load (
    actor       text NOT NULL,
    plan        @extschema@.docnum NOT NULL,
    due         date NOT NULL,
    led         int NOT NULL,
    involved    int NOT NULL,
    linked      int NOT NULL,
    open        int NOT NULL,
    PRIMARY KEY (actor, plan, due)
);
COMMENT ON TABLE @extschema@.actor_load IS 'actions per actor, plan and due date (derived from action_digest by triggers; rows may count zero)';
COMMENT ON COLUMN @extschema@.actor_load.actor IS 'the actor';
COMMENT ON COLUMN @extschema@.actor_load.plan IS 'the plan';
COMMENT ON COLUMN @extschema@.actor_load.due IS 'the due date; infinity for actions without one';
COMMENT ON COLUMN @extschema@.actor_load.led IS 'actions it leads';
COMMENT ON COLUMN @extschema@.actor_load.involved IS 'actions it is involved in or supports';
COMMENT ON COLUMN @extschema@.actor_load.linked IS 'actions it has any role in';
COMMENT ON COLUMN @extschema@.actor_load.open IS 'of those, actions whose latest report is not done or dropped';

-- Called by the trigger functions below, which are SECURITY DEFINER as
-- progress_keep_latest is: it runs as the extension's owner, who alone writes
-- action_digest and actor_load (nobody else is granted writes on them, so
-- nobody can forge them), and it sees every action whatever the clearance of
-- the role whose change fired the trigger.  Not executable by PUBLIC.
CREATE FUNCTION @extschema@.refresh_digests(actions bigint[]) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    sign int;
BEGIN
    actions := ARRAY(SELECT DISTINCT i.id FROM unnest(actions) AS i(id));
    -- sign -1: take out what the actions counted for; then recompute their
    -- digests; sign +1: count them again.  In key order (lock order).
    FOREACH sign IN ARRAY ARRAY[-1, 1] LOOP
        INSERT INTO @extschema@.actor_load AS l (actor, plan, due, led, involved, linked, open)
        SELECT x.actor, d.plan, d.due,
               sign * count(*) FILTER (WHERE x.actor = ANY (d.lead_actors)),
               sign * count(*) FILTER (WHERE x.actor = ANY (d.involved_actors)),
               sign * count(*), sign * count(*) FILTER (WHERE d.open)
        FROM unnest(actions) AS i(id)
        JOIN @extschema@.action_digest AS d ON d.action = i.id
        CROSS JOIN LATERAL unnest(d.linked_actors) AS x(actor)
        GROUP BY x.actor, d.plan, d.due
        ORDER BY x.actor, d.plan, d.due
        ON CONFLICT (actor, plan, due) DO UPDATE
            SET led = l.led + EXCLUDED.led, involved = l.involved + EXCLUDED.involved,
                linked = l.linked + EXCLUDED.linked, open = l.open + EXCLUDED.open;
        EXIT WHEN sign > 0;

        DELETE FROM @extschema@.action_digest AS d
        USING unnest(actions) AS i(id)
        WHERE d.action = i.id;
        INSERT INTO @extschema@.action_digest
            (action, plan, due, open, leads, lead_actors, involved_actors, linked_actors)
        SELECT a.id, a.plan, coalesce(@extschema@.due_date(a.deadline), 'infinity'),
               coalesce(s.status, '') NOT IN ('done', 'dropped'),
               pg_catalog.string_agg(coalesce(ac.short_name, ac.name), ', ' ORDER BY ac.short_name, ac.name)
                 FILTER (WHERE aa.role = 'lead'),
               coalesce(pg_catalog.array_agg(DISTINCT aa.actor) FILTER (WHERE aa.role = 'lead'), '{}'),
               coalesce(pg_catalog.array_agg(DISTINCT aa.actor) FILTER (WHERE aa.role IN ('involved', 'support')), '{}'),
               pg_catalog.array_agg(DISTINCT aa.actor)
        FROM unnest(actions) AS i(id)
        JOIN @extschema@.action AS a ON a.id = i.id
        JOIN @extschema@.action_actor AS aa ON aa.action = a.id
        JOIN @extschema@.actor AS ac ON ac.name = aa.actor
        LEFT JOIN @extschema@.action_status AS s ON s.action = a.id
        GROUP BY a.id, a.plan, a.deadline, s.status;
    END LOOP;
END $$;
COMMENT ON FUNCTION @extschema@.refresh_digests(bigint[]) IS
    'recomputes action_digest for the actions and moves their counts in actor_load (called by triggers)';
REVOKE EXECUTE ON FUNCTION @extschema@.refresh_digests(bigint[]) FROM PUBLIC;

CREATE FUNCTION @extschema@.digest_after_change() RETURNS trigger
LANGUAGE plpgsql PARALLEL UNSAFE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ids bigint[];
BEGIN
    -- fired by the extension's own triggers only (EXECUTE is revoked from
    -- PUBLIC, so nobody else can attach it to a table of theirs)
    IF TG_RELID NOT IN ('@extschema@.action'::pg_catalog.regclass,
                         '@extschema@.action_actor'::pg_catalog.regclass,
                         '@extschema@.action_status'::pg_catalog.regclass,
                         '@extschema@.actor'::pg_catalog.regclass) THEN
        RAISE EXCEPTION 'derived data is kept for the extension''s own tables only (trigger % on %)',
                        TG_NAME, TG_RELID::pg_catalog.regclass
            USING ERRCODE = '42501';
    END IF;
    IF TG_TABLE_NAME = 'action_status' THEN
        -- only actions whose open/closed state changed
        SELECT pg_catalog.array_agg(n.action) INTO ids
        FROM new_rows AS n JOIN @extschema@.action_digest AS d ON d.action = n.action
        WHERE d.open <> (n.status NOT IN ('done', 'dropped'));
    ELSIF TG_TABLE_NAME = 'actor' THEN
        SELECT pg_catalog.array_agg(DISTINCT aa.action) INTO ids
        FROM new_rows AS n JOIN old_rows AS o ON o.name = n.name
        JOIN @extschema@.action_actor AS aa ON aa.actor = n.name AND aa.role = 'lead'
        WHERE n.short_name IS DISTINCT FROM o.short_name;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT pg_catalog.array_agg(n.action) INTO ids FROM new_rows AS n;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT pg_catalog.array_agg(o.action) INTO ids FROM old_rows AS o;
    ELSIF TG_TABLE_NAME = 'action' THEN
        SELECT pg_catalog.array_agg(n.id) INTO ids
        FROM new_rows AS n JOIN old_rows AS o ON o.id = n.id
        WHERE n.plan OPERATOR(@extschema@.<>) o.plan
           OR n.deadline OPERATOR(@extschema@.<>) o.deadline
           OR (n.deadline IS NULL) <> (o.deadline IS NULL);
    ELSE
        SELECT pg_catalog.array_agg(x.action) INTO ids
        FROM (SELECT n.action FROM new_rows AS n UNION SELECT o.action FROM old_rows AS o) AS x;
    END IF;
    IF ids IS NOT NULL THEN
        PERFORM @extschema@.refresh_digests(ids);
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION @extschema@.digest_after_change() IS
    'statement trigger: refreshes the digests of the actions a statement changed';
REVOKE EXECUTE ON FUNCTION @extschema@.digest_after_change() FROM PUBLIC;

CREATE FUNCTION @extschema@.digest_after_delete_action() RETURNS trigger
LANGUAGE plpgsql PARALLEL UNSAFE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    ids bigint[];
BEGIN
    -- fired by the extension's own triggers only (EXECUTE is revoked from
    -- PUBLIC, so nobody else can attach it to a table of theirs)
    IF TG_RELID <> '@extschema@.action'::pg_catalog.regclass THEN
        RAISE EXCEPTION 'derived data is kept for the extension''s own tables only (trigger % on %)',
                        TG_NAME, TG_RELID::pg_catalog.regclass
            USING ERRCODE = '42501';
    END IF;
    SELECT pg_catalog.array_agg(o.id) INTO ids FROM old_rows AS o;
    IF ids IS NOT NULL THEN
        PERFORM @extschema@.refresh_digests(ids);
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION @extschema@.digest_after_delete_action() IS
    'statement trigger: takes deleted actions out of actor_load';
REVOKE EXECUTE ON FUNCTION @extschema@.digest_after_delete_action() FROM PUBLIC;

CREATE FUNCTION @extschema@.digest_rebuild() RETURNS trigger
LANGUAGE plpgsql PARALLEL UNSAFE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- fired by the extension's own triggers only (EXECUTE is revoked from
    -- PUBLIC, so nobody else can attach it to a table of theirs)
    IF TG_RELID NOT IN ('@extschema@.action_actor'::pg_catalog.regclass,
                         '@extschema@.action_status'::pg_catalog.regclass) THEN
        RAISE EXCEPTION 'derived data is kept for the extension''s own tables only (trigger % on %)',
                        TG_NAME, TG_RELID::pg_catalog.regclass
            USING ERRCODE = '42501';
    END IF;
    DELETE FROM @extschema@.action_digest;
    DELETE FROM @extschema@.actor_load;
    PERFORM @extschema@.refresh_digests(ARRAY(SELECT DISTINCT aa.action FROM @extschema@.action_actor AS aa));
    RETURN NULL;
END $$;
COMMENT ON FUNCTION @extschema@.digest_rebuild() IS
    'statement trigger after TRUNCATE: rebuilds action_digest and actor_load';
REVOKE EXECUTE ON FUNCTION @extschema@.digest_rebuild() FROM PUBLIC;

CREATE TRIGGER digest_insert AFTER INSERT ON @extschema@.action_actor
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_change();
CREATE TRIGGER digest_update AFTER UPDATE ON @extschema@.action_actor
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_change();
CREATE TRIGGER digest_delete AFTER DELETE ON @extschema@.action_actor
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_change();
CREATE TRIGGER digest_truncate AFTER TRUNCATE ON @extschema@.action_actor
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_rebuild();
CREATE TRIGGER digest_update AFTER UPDATE ON @extschema@.action
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_change();
CREATE TRIGGER digest_delete AFTER DELETE ON @extschema@.action
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_delete_action();
CREATE TRIGGER digest_insert AFTER INSERT ON @extschema@.action_status
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_change();
CREATE TRIGGER digest_update AFTER UPDATE ON @extschema@.action_status
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_change();
CREATE TRIGGER digest_truncate AFTER TRUNCATE ON @extschema@.action_status
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_rebuild();
CREATE TRIGGER digest_update AFTER UPDATE ON @extschema@.actor
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_change();

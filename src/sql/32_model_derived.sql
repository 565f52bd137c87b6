-- Per-action facts and per-actor counts, kept by triggers so that
-- actor_workload and overdue_on need not join 100,000s of action-actor
-- links at query time (bench/: 400 ms at 300,000 links).  Derived data:
-- not dumped; restoring the tables rebuilds them through the triggers.
--
-- action_digest records what each action with actors contributes to
-- actor_load; a change to an action, its actors or its status replaces that
-- contribution by the new one (refresh_digests), so the counts stay exact
-- whatever the order of changes.  Actors are counted by actor.id, which a
-- rename does not touch: renaming an actor moves no count.
CREATE TABLE @extschema@.action_digest (
    action          bigint PRIMARY KEY,
    plan            @extschema@.docnum NOT NULL,
    due             date NOT NULL,
    open            boolean NOT NULL,
    leads           text,
    lead_actors     bigint[] NOT NULL,
    involved_actors bigint[] NOT NULL,
    linked_actors   bigint[] NOT NULL,
    involved        text,
    monitoring      text,
    monitoring_actors bigint[] NOT NULL
);
COMMENT ON TABLE @extschema@.action_digest IS 'per action with actors: what it counts for in actor_load (derived, kept by triggers)';
COMMENT ON COLUMN @extschema@.action_digest.action IS 'the action';
COMMENT ON COLUMN @extschema@.action_digest.plan IS 'its plan';
COMMENT ON COLUMN @extschema@.action_digest.due IS 'its due date; infinity when it has none';
COMMENT ON COLUMN @extschema@.action_digest.open IS 'whether its latest report (action_status) is other than done or dropped, or it has none';
COMMENT ON COLUMN @extschema@.action_digest.leads IS 'short names of its lead actors, as actors_of(action, ''{lead}'') gives them';
COMMENT ON COLUMN @extschema@.action_digest.lead_actors IS 'actor.id of the actors that lead it';
COMMENT ON COLUMN @extschema@.action_digest.involved_actors IS 'actor.id of the actors involved in or supporting it';
COMMENT ON COLUMN @extschema@.action_digest.linked_actors IS 'actor.id of the actors with any role in it';
COMMENT ON COLUMN @extschema@.action_digest.involved IS 'short names of its involved and supporting actors, as action_overview shows them';
COMMENT ON COLUMN @extschema@.action_digest.monitoring IS 'short names of the actors that monitor it, as action_overview shows them';
COMMENT ON COLUMN @extschema@.action_digest.monitoring_actors IS 'actor.id of the actors that monitor it';

CREATE TABLE @extschema@.actor_load (
    actor       bigint NOT NULL,
    plan        @extschema@.docnum NOT NULL,
    due         date NOT NULL,
    led         int NOT NULL,
    involved    int NOT NULL,
    linked      int NOT NULL,
    open        int NOT NULL,
    monitored   int NOT NULL,
    PRIMARY KEY (actor, plan, due)
);
COMMENT ON TABLE @extschema@.actor_load IS 'actions per actor, plan and due date (derived from action_digest by triggers; rows may count zero)';
COMMENT ON COLUMN @extschema@.actor_load.actor IS 'the actor (actor.id)';
COMMENT ON COLUMN @extschema@.actor_load.plan IS 'the plan';
COMMENT ON COLUMN @extschema@.actor_load.due IS 'the due date; infinity for actions without one';
COMMENT ON COLUMN @extschema@.actor_load.led IS 'actions it leads';
COMMENT ON COLUMN @extschema@.actor_load.involved IS 'actions it is involved in or supports';
COMMENT ON COLUMN @extschema@.actor_load.linked IS 'actions it has any role in';
COMMENT ON COLUMN @extschema@.actor_load.open IS 'of those, actions whose latest report is not done or dropped';
COMMENT ON COLUMN @extschema@.actor_load.monitored IS 'actions it monitors';

-- Called by the trigger functions below, which are SECURITY DEFINER as
-- progress_keep_latest is: it runs as the extension's owner, who alone writes
-- action_digest and actor_load (nobody else is granted writes on them, so
-- nobody can forge them), and it sees every action whatever the clearance of
-- the role whose change fired the trigger.  Not executable by PUBLIC.
--
-- Exact under concurrent writers (READ COMMITTED):
--   1. the actions' rows are locked first, in id order, FOR NO KEY UPDATE
--      (what an UPDATE of the action takes anyway; it does not conflict with
--      the KEY SHARE that inserting a link or a report takes): two writers
--      of one action take turns here, and the second one's next statement
--      sees what the first committed;
--   2. one statement then reads the old digests, writes the new ones and
--      adds new minus old to actor_load, in key order: the count rows are
--      locked in one global order by everyone, so writers of different
--      actions never deadlock, and no count is ever read and written back.
--
-- Planned for the number of actions at hand: the ids are made distinct
-- first, in a statement of their own, so that the planner of the next ones
-- sees an array of known length (unnest of a constant array is estimated
-- at its length; DISTINCT over it was estimated at 200 rows whatever its
-- size), and plans are never cached generic (force_custom_plan): a generic
-- plan is made for a few actions, and nested loops over a million actions
-- of a loaded plan took 86 s where joins for a million take 20.
CREATE FUNCTION @extschema@.refresh_digests(actions bigint[]) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
SET plan_cache_mode = force_custom_plan
AS $$
BEGIN
    -- (an ordered aggregate sorts: DISTINCT hashed into a table sized for
    -- 200 rows and took 2.5 s to grow to a million)
    SELECT coalesce(pg_catalog.array_agg(DISTINCT i.id), '{}') INTO actions
    FROM pg_catalog.unnest(actions) AS i(id) WHERE i.id IS NOT NULL;
    -- (rows this transaction itself wrote last are skipped: no one else
    -- can see, let alone change, an action inserted here, and one updated
    -- here is locked already; a loaded plan of a million actions need not
    -- lock each one again)
    PERFORM 1
    FROM @extschema@.action AS a
    JOIN pg_catalog.unnest(actions) AS i(id) ON a.id OPERATOR(pg_catalog.=) i.id
    WHERE NOT a.xmin OPERATOR(pg_catalog.=) pg_catalog.xid(pg_catalog.pg_current_xact_id())
    ORDER BY a.id
    FOR NO KEY UPDATE OF a;

    WITH ids AS (
        SELECT i.id FROM pg_catalog.unnest(actions) AS i(id)
    ), old AS (
        SELECT d.* FROM @extschema@.action_digest AS d JOIN ids ON ids.id = d.action
    ), fresh AS (
        SELECT a.id AS action, a.plan, coalesce(@extschema@.due_date(a.deadline), 'infinity') AS due,
               coalesce(s.status, '') NOT IN ('done', 'dropped') AS open,
               pg_catalog.string_agg(coalesce(ac.short_name, ac.name), ', ' ORDER BY ac.short_name, ac.name)
                 FILTER (WHERE aa.role = 'lead') AS leads,
               coalesce(pg_catalog.array_agg(DISTINCT ac.id) FILTER (WHERE aa.role = 'lead'), '{}') AS lead_actors,
               coalesce(pg_catalog.array_agg(DISTINCT ac.id) FILTER (WHERE aa.role IN ('involved', 'support')), '{}')
                 AS involved_actors,
               pg_catalog.array_agg(DISTINCT ac.id) AS linked_actors,
               pg_catalog.string_agg(coalesce(ac.short_name, ac.name), ', ' ORDER BY ac.short_name, ac.name)
                 FILTER (WHERE aa.role IN ('involved', 'support')) AS involved,
               pg_catalog.string_agg(coalesce(ac.short_name, ac.name), ', ' ORDER BY ac.short_name, ac.name)
                 FILTER (WHERE aa.role = 'monitoring') AS monitoring,
               coalesce(pg_catalog.array_agg(DISTINCT ac.id) FILTER (WHERE aa.role = 'monitoring'), '{}')
                 AS monitoring_actors
        FROM ids
        JOIN @extschema@.action AS a ON a.id = ids.id
        JOIN @extschema@.action_actor AS aa ON aa.action = a.id
        JOIN @extschema@.actor AS ac ON ac.name = aa.actor
        LEFT JOIN @extschema@.action_status AS s ON s.action = a.id
        GROUP BY a.id, a.plan, a.deadline, s.status
    ), kept AS (
        INSERT INTO @extschema@.action_digest AS d
            (action, plan, due, open, leads, lead_actors, involved_actors, linked_actors,
             involved, monitoring, monitoring_actors)
        SELECT f.action, f.plan, f.due, f.open, f.leads, f.lead_actors, f.involved_actors, f.linked_actors,
               f.involved, f.monitoring, f.monitoring_actors
        FROM fresh AS f
        ON CONFLICT (action) DO UPDATE
            SET plan = EXCLUDED.plan, due = EXCLUDED.due, open = EXCLUDED.open, leads = EXCLUDED.leads,
                lead_actors = EXCLUDED.lead_actors, involved_actors = EXCLUDED.involved_actors,
                linked_actors = EXCLUDED.linked_actors, involved = EXCLUDED.involved,
                monitoring = EXCLUDED.monitoring, monitoring_actors = EXCLUDED.monitoring_actors
        RETURNING 1
    ), gone AS (
        DELETE FROM @extschema@.action_digest AS d
        USING ids
        WHERE d.action = ids.id AND NOT EXISTS (SELECT 1 FROM fresh AS f WHERE f.action = d.action)
        RETURNING 1
    ), delta AS (
        SELECT x.actor, c.plan, c.due,
               pg_catalog.sum(c.sign * (x.actor = ANY (c.lead_actors))::int) AS led,
               pg_catalog.sum(c.sign * (x.actor = ANY (c.involved_actors))::int) AS involved,
               pg_catalog.sum(c.sign) AS linked,
               pg_catalog.sum(c.sign * c.open::int) AS open,
               pg_catalog.sum(c.sign * (x.actor = ANY (c.monitoring_actors))::int) AS monitored
        FROM (SELECT -1 AS sign, o.plan, o.due, o.open, o.lead_actors, o.involved_actors, o.linked_actors,
                     o.monitoring_actors
              FROM old AS o
              UNION ALL
              SELECT 1, f.plan, f.due, f.open, f.lead_actors, f.involved_actors, f.linked_actors,
                     f.monitoring_actors
              FROM fresh AS f) AS c
        CROSS JOIN LATERAL pg_catalog.unnest(c.linked_actors) AS x(actor)
        GROUP BY x.actor, c.plan, c.due
    )
    INSERT INTO @extschema@.actor_load AS l (actor, plan, due, led, involved, linked, open, monitored)
    SELECT dl.actor, dl.plan, dl.due, dl.led, dl.involved, dl.linked, dl.open, dl.monitored
    FROM delta AS dl
    WHERE dl.led <> 0 OR dl.involved <> 0 OR dl.linked <> 0 OR dl.open <> 0 OR dl.monitored <> 0
    ORDER BY dl.actor, dl.plan, dl.due
    ON CONFLICT (actor, plan, due) DO UPDATE
        SET led = l.led + EXCLUDED.led, involved = l.involved + EXCLUDED.involved,
            linked = l.linked + EXCLUDED.linked, open = l.open + EXCLUDED.open,
            monitored = l.monitored + EXCLUDED.monitored;
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
        -- every action whose latest report changed: the digest is compared
        -- only after refresh_digests has locked the action (a digest read
        -- here could be one a concurrent writer is replacing)
        SELECT pg_catalog.array_agg(n.action) INTO ids FROM new_rows AS n;
    ELSIF TG_TABLE_NAME = 'actor' THEN
        -- the leads, involved and monitoring texts show short names (names
        -- when there is none); a rename of name cascades to action_actor,
        -- whose trigger refreshes
        SELECT pg_catalog.array_agg(DISTINCT aa.action) INTO ids
        FROM new_rows AS n JOIN old_rows AS o ON o.id = n.id
        JOIN @extschema@.action_actor AS aa ON aa.actor = n.name
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

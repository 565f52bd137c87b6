-- policy_tracker 0.1 -> 0.2 (ALTER EXTENSION policy_tracker UPDATE).
--
-- Every change to the SQL objects after 0.1 goes here as well as into the
-- topic sources under src/sql/; test/upgrade proves that an updated 0.1
-- database has the same catalog and answers as a fresh 0.2 install.
-- Same rules as the install script: everything qualified with @extschema@
-- or pg_catalog.

\echo Use "ALTER EXTENSION policy_tracker UPDATE TO '0.2'" to load this file. \quit


-- Issue 13 (security review), first slice.
--
-- A, B: every SQL function gets a SQL-standard body (parsed once, here: a
-- caller's search_path cannot swap the operators and functions it calls), and
-- the views run with their reader's rights over row-level security, which
-- filters before any qual the reader adds.

CREATE OR REPLACE FUNCTION @extschema@.marking_rank(marking text)
RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE marking WHEN 'PUBLIC' THEN 0 WHEN 'LIMITE' THEN 1 WHEN 'RESTREINT UE/EU RESTRICTED' THEN 2 END;

CREATE OR REPLACE FUNCTION @extschema@.clearance_level()
RETURNS int
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE
        WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_roles AS r
                     WHERE r.rolname OPERATOR(pg_catalog.=) CURRENT_USER AND (r.rolsuper OR r.rolbypassrls))
            THEN 2
        ELSE coalesce((SELECT pg_catalog.max(@extschema@.marking_rank(c.marking))
                       FROM @extschema@.clearance AS c
                       JOIN pg_catalog.pg_roles AS r ON r.rolname OPERATOR(pg_catalog.=) c.role_name
                       WHERE pg_catalog.pg_has_role(CURRENT_USER, r.oid, 'MEMBER')), 0)
    END;

CREATE OR REPLACE FUNCTION @extschema@.visible_documents()
RETURNS SETOF @extschema@.docnum
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT d.ref FROM @extschema@.document AS d
    WHERE @extschema@.marking_rank(d.marking) <= (SELECT @extschema@.clearance_level());
END;

CREATE OR REPLACE FUNCTION @extschema@.status_on(action bigint, on_date date)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT p.status FROM @extschema@.progress AS p
    WHERE p.action = status_on.action AND p.reported_on <= status_on.on_date
    ORDER BY p.reported_on DESC, p.id DESC
    LIMIT 1;
END;

CREATE OR REPLACE FUNCTION @extschema@.status_today(action bigint, cached_status text, cached_on date)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE WHEN cached_on IS NULL OR cached_on <= CURRENT_DATE THEN cached_status
            ELSE @extschema@.status_on(status_today.action, CURRENT_DATE) END;

CREATE OR REPLACE FUNCTION @extschema@.actors_of(action bigint, roles text[])
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT pg_catalog.string_agg(coalesce(a.short_name, a.name), ', ' ORDER BY a.short_name, a.name)
    FROM @extschema@.action_actor AS aa JOIN @extschema@.actor AS a ON a.name = aa.actor
    WHERE aa.action = actors_of.action AND aa.role = ANY (actors_of.roles);
END;

CREATE OR REPLACE FUNCTION @extschema@.overdue_on(on_date date,
    OUT action bigint, OUT plan text, OUT number int, OUT title text, OUT deadline text,
    OUT due_date date, OUT leads text, OUT status text)
RETURNS SETOF record
LANGUAGE sql STABLE PARALLEL SAFE
BEGIN ATOMIC
    -- the status as of the day: the cached latest report when it is not
    -- later than the day (the usual case), else a probe into the history
    WITH candidate AS MATERIALIZED (  -- once: the status probe is not free
        SELECT a.id, a.plan, a.number, a.title, a.deadline,
               CASE WHEN st.reported_on <= $1 THEN st.status
                    WHEN st.reported_on IS NULL THEN NULL
                    ELSE (SELECT p.status FROM @extschema@.progress AS p
                          WHERE p.action = a.id AND p.reported_on <= $1
                          ORDER BY p.reported_on DESC, p.id DESC LIMIT 1) END AS status
        FROM @extschema@.action AS a
        LEFT JOIN @extschema@.action_status AS st ON st.action = a.id
        WHERE @extschema@.due_date(a.deadline) < $1
    )
    -- leads as actors_of(action, '{lead}') gives them, kept in action_digest
    SELECT c.id, @extschema@.docnum_display(c.plan), c.number, c.title, c.deadline::text,
           @extschema@.due_date(c.deadline), dg.leads, c.status
    FROM candidate AS c LEFT JOIN @extschema@.action_digest AS dg ON dg.action = c.id
    WHERE c.status IS DISTINCT FROM 'done' AND c.status IS DISTINCT FROM 'dropped'
    ORDER BY @extschema@.due_date(c.deadline), c.plan, c.number;
END;

CREATE OR REPLACE FUNCTION @extschema@.due_between(from_date date, to_date date,
    OUT action bigint, OUT plan text, OUT number int, OUT title text, OUT deadline text,
    OUT due_date date, OUT leads text, OUT status text)
RETURNS SETOF record
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- dates the wrong way round would answer nothing, which reads as "no
    -- action is due": say so instead
    IF from_date > to_date THEN
        RAISE EXCEPTION 'due_between: from_date % is after to_date %', from_date, to_date
            USING ERRCODE = '22023', HINT = 'Give the earlier date first.';
    END IF;
    RETURN QUERY
    SELECT a.id, @extschema@.docnum_display(a.plan), a.number, a.title, a.deadline::text,
           @extschema@.due_date(a.deadline),
           (SELECT pg_catalog.string_agg(coalesce(ac.short_name, ac.name), ', ' ORDER BY ac.short_name, ac.name)
              FROM @extschema@.action_actor AS aa JOIN @extschema@.actor AS ac ON ac.name = aa.actor
             WHERE aa.action = a.id AND aa.role = 'lead'),
           (SELECT p.status FROM @extschema@.progress AS p
             WHERE p.action = a.id AND p.reported_on <= due_between.to_date
             ORDER BY p.reported_on DESC, p.id DESC LIMIT 1)
    FROM @extschema@.action AS a
    WHERE @extschema@.due_date(a.deadline) BETWEEN due_between.from_date AND due_between.to_date
    ORDER BY @extschema@.due_date(a.deadline), a.plan, a.number;
END $$;

CREATE OR REPLACE FUNCTION @extschema@.resolve_actor(name text)
RETURNS @extschema@.actor
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT a.*
    FROM @extschema@.actor AS a
    WHERE pg_catalog.lower(a.name) = pg_catalog.lower(pg_catalog.btrim($1))
       OR pg_catalog.lower(a.short_name) = pg_catalog.lower(pg_catalog.btrim($1))
       OR pg_catalog.lower(pg_catalog.btrim($1)) = ANY (
              SELECT pg_catalog.lower(x) FROM pg_catalog.unnest(a.aliases) AS x)
       OR pg_catalog.lower(pg_catalog.regexp_replace(pg_catalog.btrim($1), '^(the|its|all|other) +', '', 'i'))
              IN (pg_catalog.lower(a.name), pg_catalog.lower(a.short_name))
    ORDER BY (pg_catalog.lower(a.name) = pg_catalog.lower(pg_catalog.btrim($1))) DESC, a.name
    LIMIT 1;
END;

CREATE OR REPLACE FUNCTION @extschema@.xml_text(t text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
           pg_catalog.replace(t, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;');

CREATE OR REPLACE VIEW @extschema@.action_overview WITH (security_invoker = true) AS
SELECT a.id AS action_id,
       @extschema@.docnum_display(a.plan) AS plan,
       a.number,
       a.heading,
       a.title,
       @extschema@.actors_of(a.id, '{lead}') AS leads,
       @extschema@.actors_of(a.id, '{involved,support}') AS involved,
       a.deadline_text,
       a.deadline::text AS deadline,
       @extschema@.due_date(a.deadline) AS due_date,
       pg_catalog.lower(@extschema@.deadline_period(a.deadline)) AS period_start,
       (pg_catalog.upper(@extschema@.deadline_period(a.deadline)) - 1) AS period_end,
       s.status,
       s.reported_on AS status_date,
       CASE WHEN s.status = 'done' THEN 'green'
            WHEN s.status = 'blocked' THEN 'red'
            WHEN s.status = 'dropped' THEN 'grey'
            WHEN @extschema@.is_overdue(a.deadline, CURRENT_DATE) THEN 'red'
            WHEN s.status IN ('in_progress', 'delayed') THEN 'amber'
            ELSE 'grey' END AS traffic_light,
       (SELECT pg_catalog.string_agg(n::text, ', ' ORDER BY n)
          FROM (SELECT DISTINCT ap.number AS n FROM @extschema@.action_paragraph AS ap
                WHERE ap.action = a.id) AS linked) AS paragraphs,
       @extschema@.presidency(@extschema@.due_date(a.deadline)) AS presidency_at_due
FROM @extschema@.action AS a
LEFT JOIN @extschema@.action_status AS s ON s.action = a.id;

CREATE OR REPLACE VIEW @extschema@.actor_workload WITH (security_invoker = true) AS
-- counts per actor, plan and due date come from actor_load (kept by
-- triggers); only the actions whose latest report is dated after today are
-- looked at one by one, since their status today comes from the history
WITH load AS (
    SELECT l.actor,
           pg_catalog.sum(l.led) AS led,
           pg_catalog.sum(l.involved) AS involved,
           pg_catalog.sum(l.linked) AS linked,
           pg_catalog.sum(l.open) FILTER (WHERE l.due < CURRENT_DATE) AS overdue,
           pg_catalog.min(l.due) FILTER (WHERE l.due >= CURRENT_DATE AND l.due < 'infinity' AND l.linked > 0)
             AS next_due
    FROM @extschema@.actor_load AS l
    GROUP BY l.actor
), later AS (
    SELECT x.actor,
           pg_catalog.sum((coalesce(@extschema@.status_on(d.action, CURRENT_DATE), '') NOT IN ('done', 'dropped'))::int
                          - d.open::int) AS overdue
    FROM @extschema@.action_status AS s
    JOIN @extschema@.action_digest AS d ON d.action = s.action
    CROSS JOIN LATERAL pg_catalog.unnest(d.linked_actors) AS x(actor)
    WHERE s.reported_on > CURRENT_DATE AND d.due < CURRENT_DATE
    GROUP BY x.actor
)
SELECT ac.name AS actor, ac.short_name, ac.kind,
       w.led::int AS actions_led,
       w.involved::int AS actions_involved,
       (coalesce(w.overdue, 0) + coalesce(f.overdue, 0))::int AS overdue_today,
       w.next_due AS next_due_date
FROM load AS w
JOIN @extschema@.actor AS ac ON ac.name = w.actor
LEFT JOIN later AS f ON f.actor = w.actor
WHERE w.linked > 0;

CREATE OR REPLACE VIEW @extschema@.paragraph_coverage WITH (security_invoker = true) AS
WITH addressed AS (
    SELECT pa.document, pa.number,
           pg_catalog.string_agg(DISTINCT coalesce(ac.short_name, ac.name), ', ') AS addressees
    FROM @extschema@.paragraph_actor AS pa JOIN @extschema@.actor AS ac ON ac.name = pa.actor
    GROUP BY pa.document, pa.number
), dated AS (
    SELECT pd.document, pd.number, pg_catalog.string_agg(DISTINCT pd.deadline::text, ', ') AS deadlines
    FROM @extschema@.paragraph_deadline AS pd
    GROUP BY pd.document, pd.number
), linked AS (
    SELECT ap.document, ap.number, pg_catalog.count(DISTINCT ap.action)::int AS actions
    FROM @extschema@.action_paragraph AS ap
    JOIN @extschema@.action AS a ON a.id = ap.action
    GROUP BY ap.document, ap.number
)
SELECT @extschema@.docnum_display(p.document) AS document,
       p.number,
       p.chapter,
       p.topic,
       pg_catalog.array_to_string(p.verbs, ', ') AS verbs,
       ad.addressees,
       dt.deadlines,
       coalesce(ln.actions, 0) AS actions_linked,
       ad.addressees IS NOT NULL AS addresses_someone,
       dt.deadlines IS NOT NULL AS sets_deadline,
       (ad.addressees IS NOT NULL OR dt.deadlines IS NOT NULL) AND ln.actions IS NULL AS uncovered
FROM @extschema@.paragraph AS p
LEFT JOIN addressed AS ad ON ad.document OPERATOR(@extschema@.=) p.document AND ad.number = p.number
LEFT JOIN dated AS dt ON dt.document OPERATOR(@extschema@.=) p.document AND dt.number = p.number
LEFT JOIN linked AS ln ON ln.document OPERATOR(@extschema@.=) p.document AND ln.number = p.number
WHERE p.item = 0 AND p.part = 'operative';

CREATE OR REPLACE VIEW @extschema@.deadline_calendar WITH (security_invoker = true) AS
WITH due AS (
    SELECT a.id, @extschema@.due_date(a.deadline) AS due_date,
           @extschema@.presidency(@extschema@.due_date(a.deadline)) AS presidency,
           @extschema@.status_today(a.id, s.status, s.reported_on) AS status
    FROM @extschema@.action AS a
    LEFT JOIN @extschema@.action_status AS s ON s.action = a.id
    WHERE @extschema@.due_date(a.deadline) IS NOT NULL
)
SELECT d.presidency,
       pg_catalog.lower(@extschema@.presidency_term(d.presidency,
           pg_catalog.date_part('year', d.due_date)::int)) AS term_start,
       (pg_catalog.upper(@extschema@.presidency_term(d.presidency,
           pg_catalog.date_part('year', d.due_date)::int)) - 1) AS term_end,
       pg_catalog.date_trunc('month', d.due_date)::date AS month,
       pg_catalog.count(*)::int AS actions_due,
       pg_catalog.count(*) FILTER (WHERE d.status = 'done')::int AS done,
       pg_catalog.count(*) FILTER (WHERE d.due_date < CURRENT_DATE
                                     AND d.status IS DISTINCT FROM 'done'
                                     AND d.status IS DISTINCT FROM 'dropped')::int AS overdue
FROM due AS d
GROUP BY GROUPING SETS ((1, 2, 3), (1, 2, 3, 4));

CREATE OR REPLACE VIEW @extschema@.reference_graph WITH (security_invoker = true) AS
SELECT @extschema@.docnum_display(r.from_doc) AS citing_document,
       r.number AS citing_paragraph,
       r.footnote,
       r.to_doc::text AS cited,
       @extschema@.docnum_display(r.to_doc) AS cited_display,
       @extschema@.docnum_family(r.to_doc)::text AS cited_family,
       EXISTS (SELECT 1 FROM @extschema@.document AS d WHERE d.ref = r.to_doc) AS cited_in_database,
       EXISTS (SELECT 1 FROM @extschema@.document AS d
               WHERE @extschema@.docnum_family(d.ref) = @extschema@.docnum_family(r.to_doc)) AS family_in_database,
       r.detected
FROM @extschema@.reference AS r;


-- C: the server stamps progress.id and progress.recorded_at (superusers,
-- as pg_restore, keep theirs).

CREATE OR REPLACE FUNCTION @extschema@.progress_stamp() RETURNS trigger
AS 'MODULE_PATHNAME', 'pt_progress_stamp' LANGUAGE C PARALLEL UNSAFE;

COMMENT ON FUNCTION @extschema@.progress_stamp() IS
    'sets progress.id and progress.recorded_at on insert, except for superusers (pg_restore)';
REVOKE EXECUTE ON FUNCTION @extschema@.progress_stamp() FROM PUBLIC;

CREATE TRIGGER progress_stamp BEFORE INSERT ON @extschema@.progress
    FOR EACH ROW EXECUTE FUNCTION @extschema@.progress_stamp();


-- D: the trigger functions that maintain derived data run as the extension's
-- owner (SECURITY DEFINER, search_path pg_catalog, pg_temp), fire for the
-- extension's tables only and are not executable by PUBLIC; nobody else
-- needs, or is given, writes on action_status, action_digest, actor_load.

CREATE OR REPLACE FUNCTION @extschema@.progress_keep_latest() RETURNS trigger
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

CREATE OR REPLACE FUNCTION @extschema@.refresh_digests(actions bigint[]) RETURNS void
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

CREATE OR REPLACE FUNCTION @extschema@.digest_after_change() RETURNS trigger
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

CREATE OR REPLACE FUNCTION @extschema@.digest_after_delete_action() RETURNS trigger
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

CREATE OR REPLACE FUNCTION @extschema@.digest_rebuild() RETURNS trigger
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

REVOKE EXECUTE ON FUNCTION @extschema@.progress_keep_latest() FROM PUBLIC;

REVOKE EXECUTE ON FUNCTION @extschema@.refresh_digests(bigint[]) FROM PUBLIC;

REVOKE EXECUTE ON FUNCTION @extschema@.digest_after_change() FROM PUBLIC;

REVOKE EXECUTE ON FUNCTION @extschema@.digest_after_delete_action() FROM PUBLIC;

REVOKE EXECUTE ON FUNCTION @extschema@.digest_rebuild() FROM PUBLIC;


-- 0.1's README told roles that write actions, actors or progress to take
-- INSERT, UPDATE and DELETE on the derived tables; such grants would now let
-- them forge what the triggers keep.  Every write grant on them (to anyone
-- but their owner) is revoked.
DO $$
DECLARE
    g record;
BEGIN
    FOR g IN
        SELECT c.oid::pg_catalog.regclass AS tab, a.privilege_type AS priv,
               CASE WHEN a.grantee OPERATOR(pg_catalog.=) 0 THEN 'PUBLIC'
                    ELSE pg_catalog.quote_ident(r.rolname) END AS who
        FROM pg_catalog.pg_class AS c
        CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) AS a
        LEFT JOIN pg_catalog.pg_roles AS r ON r.oid OPERATOR(pg_catalog.=) a.grantee
        WHERE c.oid OPERATOR(pg_catalog.=) ANY (ARRAY['@extschema@.action_status'::pg_catalog.regclass,
                                                      '@extschema@.action_digest'::pg_catalog.regclass,
                                                      '@extschema@.actor_load'::pg_catalog.regclass])
          AND a.grantee OPERATOR(pg_catalog.<>) c.relowner
          AND a.privilege_type OPERATOR(pg_catalog.=) ANY (ARRAY['INSERT', 'UPDATE', 'DELETE', 'TRUNCATE'])
    LOOP
        EXECUTE pg_catalog.format('REVOKE %s ON %s FROM %s', g.priv, g.tab, g.who);
    END LOOP;
END $$;

-- csv_records in C (src/csv_core.c): linear in the size of the CSV text.
CREATE OR REPLACE FUNCTION @extschema@.csv_records(csv text, OUT line int, OUT fields text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'csv_records'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- People address actions as they read them: by plan and number.  The
-- statuses are those of progress.status's CHECK constraint (a regression
-- test compares the two lists).
CREATE FUNCTION @extschema@.record_progress(plan @extschema@.docnum, number int, status text,
    reported_on date DEFAULT CURRENT_DATE, note text DEFAULT NULL, source @extschema@.docnum DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    statuses CONSTANT text[] := ARRAY['not_started', 'in_progress', 'done', 'delayed', 'blocked', 'dropped'];
    st       text := pg_catalog.replace(pg_catalog.lower(pg_catalog.btrim(status)), ' ', '_');
    act      bigint;
    new_id   bigint;
BEGIN
    IF plan IS NULL OR number IS NULL OR status IS NULL OR reported_on IS NULL THEN
        RAISE EXCEPTION 'record_progress needs a plan, an action number, a status and a date'
            USING ERRCODE = '22004';
    END IF;
    IF NOT st OPERATOR(pg_catalog.=) ANY (statuses) THEN
        RAISE EXCEPTION 'unknown progress status "%"', status
            USING ERRCODE = '22023',
                  HINT = 'Use one of: ' OPERATOR(pg_catalog.||) pg_catalog.array_to_string(statuses, ', ') OPERATOR(pg_catalog.||) '.';
    END IF;
    SELECT a.id INTO act FROM @extschema@.action AS a
    WHERE a.plan OPERATOR(@extschema@.=) record_progress.plan
      AND a.number OPERATOR(pg_catalog.=) record_progress.number;
    IF act IS NULL THEN
        RAISE EXCEPTION 'plan % has no action %', @extschema@.docnum_display(plan), number
            USING ERRCODE = '22023',
                  HINT = 'Actions are numbered as in their plan; SELECT number, title FROM policy_tracker.action WHERE plan = ''...'' lists them.';
    END IF;
    INSERT INTO @extschema@.progress (action, reported_on, status, note, source)
    VALUES (act, reported_on, st, note, source)
    RETURNING id INTO new_id;
    RETURN new_id;
END $$;
COMMENT ON FUNCTION @extschema@.record_progress(@extschema@.docnum, int, text, date, text, @extschema@.docnum) IS
    'records a progress report on action number of plan (history is append-only); returns the report''s id';

CREATE FUNCTION @extschema@.status_on(plan @extschema@.docnum, number int, on_date date)
RETURNS text
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    act bigint;
BEGIN
    SELECT a.id INTO act FROM @extschema@.action AS a
    WHERE a.plan OPERATOR(@extschema@.=) status_on.plan
      AND a.number OPERATOR(pg_catalog.=) status_on.number;
    IF act IS NULL THEN
        RAISE EXCEPTION 'plan % has no action %', @extschema@.docnum_display(plan), number
            USING ERRCODE = '22023';
    END IF;
    RETURN @extschema@.status_on(act, on_date);
END $$;
COMMENT ON FUNCTION @extschema@.status_on(@extschema@.docnum, int, date) IS
    'the latest progress status of action number of plan reported on or before the date; NULL if none';

-- load_action_plan, set-based (issue 13: a million rows in seconds, not
-- hours): the records go to a temporary table, each distinct actor and
-- deadline cell is read once, one INSERT per table.  A deadline cell that
-- is no period ("tbc", "n/a", "ASAP") no longer rejects its row: the action
-- is kept with the text and no deadline, and the row's reason is a
-- warning.  load_action_plan_from loads from a table filled by COPY.
-- Loading a plan: set-based, so that a million rows load in seconds.  The
-- records go into a temporary table (pg_temp.pt_plan_rows: line, number,
-- the seven cells in order, fields as read), from CSV text
-- (load_action_plan) or from a table a user filled with COPY
-- (load_action_plan_from); one function then checks and loads them.  Actor
-- and deadline cells repeat down a plan: each distinct cell is read once.
-- What both ways in check first: the mode, and that the plan exists.
CREATE FUNCTION @extschema@.load_plan_check(plan @extschema@.docnum, mode text) RETURNS void
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    IF mode IS NULL OR mode NOT IN ('all_or_nothing', 'keep_good') THEN
        RAISE EXCEPTION 'unknown load mode "%"', mode
            USING ERRCODE = '22023', HINT = 'Use all_or_nothing (the default) or keep_good.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM @extschema@.document AS d
                   WHERE d.ref = plan AND d.kind = 'action_plan') THEN
        RAISE EXCEPTION 'document % is not an action plan in policy_tracker.document', plan
            USING ERRCODE = '23503',
                  HINT = 'Insert it first: INSERT INTO policy_tracker.document (ref, kind, title) VALUES (..., ''action_plan'', ...).';
    END IF;
END $$;
COMMENT ON FUNCTION @extschema@.load_plan_check(@extschema@.docnum, text) IS
    'raises the error load_action_plan gives for an unknown mode or a plan that is not in document as an action plan';

-- The loader's working tables: temporary, made once per session and
-- emptied at each commit, and emptied again by each load.  Made per call
-- (and dropped at commit), 1,000 plans loaded in one transaction took a lock
-- on seven new tables each and ran out of lock space ("out of shared
-- memory"); TRUNCATE, not DELETE, so a later load does not scan the rows an
-- earlier one in the same transaction deleted.
CREATE FUNCTION @extschema@.load_plan_scratch() RETURNS void
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF to_regclass('pg_temp.pt_plan_verdicts') IS NULL THEN
        CREATE TEMP TABLE IF NOT EXISTS pt_plan_rows (line int4, number int4, nheader int4, nfields int4,
            heading text, title text, lead text, involved text, deadline text, progress text, notes text,
            fields text[]) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS pt_plan_cells (cell text, actor text, qualifier text, name text, k int8)
            ON COMMIT DELETE ROWS;
        CREATE INDEX IF NOT EXISTS pt_plan_cells_cell_idx ON pg_temp.pt_plan_cells (cell);
        CREATE TEMP TABLE IF NOT EXISTS pt_plan_unknown (cell text, names text[]) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS pt_plan_deadlines (cell text, dl text, warning text) ON COMMIT DELETE ROWS;
        CREATE INDEX IF NOT EXISTS pt_plan_deadlines_cell_idx ON pg_temp.pt_plan_deadlines (cell);
        -- the verdict on each row, not a copy of its cells: a million rows
        -- of a plan are some 500 bytes each, read from pt_plan_rows by number
        CREATE TEMP TABLE pt_plan_verdicts (line int4, number int4, dl text, warning text, reasons text[])
            ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS pt_plan_loaded (id int8, number int4) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE IF NOT EXISTS pt_plan_monitors (number int4, cell text) ON COMMIT DELETE ROWS;
    END IF;
    TRUNCATE pg_temp.pt_plan_rows, pg_temp.pt_plan_cells, pg_temp.pt_plan_unknown, pg_temp.pt_plan_deadlines,
             pg_temp.pt_plan_verdicts, pg_temp.pt_plan_loaded, pg_temp.pt_plan_monitors;
END $$;
COMMENT ON FUNCTION @extschema@.load_plan_scratch() IS
    'makes (once per session) and empties the loader''s temporary working tables (internal to load_action_plan and load_action_plan_from)';

CREATE FUNCTION @extschema@.load_plan_rows(plan @extschema@.docnum, mode text,
    OUT line int, OUT number int, OUT title text, OUT outcome text, OUT reason text)
RETURNS SETOF record
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    ref_date date;
    c        record;
    read_as  text;
    big      boolean;
    nrec     bigint;
    nbad     bigint;
    detail   text;
BEGIN
    SELECT d.adopted_on INTO ref_date FROM @extschema@.document AS d WHERE d.ref = plan;
    -- statistics for the planner where they matter: a big plan's joins
    -- (an ANALYZE of seven small tables would cost a small plan more than
    -- its load: 1,000 plans of a row each in one statement)
    big := (SELECT count(*) FROM pg_temp.pt_plan_rows) > 1000;
    IF big THEN ANALYZE pg_temp.pt_plan_rows; END IF;

    -- each distinct actor cell, read once: its actors in order, and the
    -- names in it that are no actor (rows from actors_in in its order)
    INSERT INTO pg_temp.pt_plan_cells (cell, actor, qualifier, name, k)
    SELECT x.cell, a.actor, a.qualifier, a.name, a.k
    FROM (SELECT r.lead AS cell FROM pg_temp.pt_plan_rows AS r WHERE r.lead IS NOT NULL
          UNION
          SELECT r.involved FROM pg_temp.pt_plan_rows AS r WHERE r.involved IS NOT NULL) AS x,
         LATERAL @extschema@.actors_in(x.cell) WITH ORDINALITY AS a(actor, qualifier, name, pos, k);
    IF big THEN ANALYZE pg_temp.pt_plan_cells; END IF;
    INSERT INTO pg_temp.pt_plan_unknown (cell, names)
    SELECT pc.cell, array_agg(pc.name ORDER BY pc.k) AS names
    FROM pg_temp.pt_plan_cells AS pc WHERE pc.actor IS NULL GROUP BY pc.cell;

    -- each distinct deadline cell, read once.  A cell that is no deadline
    -- ("tbc", "n/a", "ASAP") never costs the plan: the action is kept with
    -- its text and no deadline, and the row says so.  Words around the time
    -- ("by end of 2018 at the latest") are read as deadline_parse reads
    -- them, with the plan's date as reference when the document has one.
    INSERT INTO pg_temp.pt_plan_deadlines (cell, dl, warning)
    SELECT x.cell,
           CASE WHEN @extschema@.is_deadline(x.cell) THEN x.cell::@extschema@.deadline::text END AS dl,
           NULL::text AS warning
    FROM (SELECT DISTINCT r.deadline AS cell FROM pg_temp.pt_plan_rows AS r WHERE r.deadline IS NOT NULL) AS x;
    FOR c IN SELECT d.cell FROM pg_temp.pt_plan_deadlines AS d WHERE d.dl IS NULL LOOP
        read_as := NULL;
        IF ref_date IS NOT NULL THEN
            BEGIN
                read_as := @extschema@.deadline_parse(c.cell, ref_date)::text;
            EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
                read_as := NULL;
            END;
        END IF;
        UPDATE pg_temp.pt_plan_deadlines AS d
        SET dl = read_as,
            warning = CASE WHEN read_as IS NULL
                           THEN format('warning: deadline "%s" is no period; kept as text, deadline NULL', c.cell)
                           ELSE format('warning: deadline "%s" read as "%s"', c.cell, read_as) END
        WHERE d.cell = c.cell;
    END LOOP;
    IF big THEN ANALYZE pg_temp.pt_plan_deadlines; END IF;

    -- every row checked: the reasons it cannot be loaded, in the order the
    -- row-by-row loader of 0.1 gave them
    INSERT INTO pg_temp.pt_plan_verdicts (line, number, dl, warning, reasons)
    SELECT r.line, r.number, d.dl, d.warning,
           CASE WHEN r.nfields <> r.nheader
                THEN ARRAY[format('has %s fields, the header %s', r.nfields, r.nheader)]
                ELSE (CASE WHEN r.title IS NULL THEN ARRAY['no action title'] ELSE '{}'::text[] END)
                     || (CASE WHEN r.lead IS NULL THEN ARRAY['no lead'] ELSE '{}'::text[] END)
                     || (CASE WHEN ul.names IS NULL THEN '{}'::text[]
                              ELSE ARRAY(SELECT format('unknown actor "%s" in lead', u.n)
                                         FROM unnest(ul.names) WITH ORDINALITY AS u(n, o) ORDER BY u.o) END)
                     || (CASE WHEN ui.names IS NULL THEN '{}'::text[]
                              ELSE ARRAY(SELECT format('unknown actor "%s" in involved', u.n)
                                         FROM unnest(ui.names) WITH ORDINALITY AS u(n, o) ORDER BY u.o) END)
           END AS reasons
    FROM pg_temp.pt_plan_rows AS r
    LEFT JOIN pg_temp.pt_plan_deadlines AS d ON d.cell = r.deadline
    LEFT JOIN pg_temp.pt_plan_unknown AS ul ON ul.cell = r.lead
    LEFT JOIN pg_temp.pt_plan_unknown AS ui ON ui.cell = r.involved;
    IF big THEN ANALYZE pg_temp.pt_plan_verdicts; END IF;

    SELECT count(*), count(*) FILTER (WHERE cardinality(k.reasons) > 0) INTO nrec, nbad FROM pg_temp.pt_plan_verdicts AS k;
    IF nbad > 0 AND mode = 'all_or_nothing' THEN
        SELECT string_agg(format('line %s: %s', k.line, array_to_string(k.reasons, '; ')), E'\n' ORDER BY k.line)
        INTO detail FROM pg_temp.pt_plan_verdicts AS k WHERE cardinality(k.reasons) > 0;
        RAISE EXCEPTION 'load_action_plan: % of % rows rejected; nothing was loaded', nbad, nrec
            USING ERRCODE = '22P02',
                  DETAIL = detail,
                  HINT = 'Fix the rows, or call load_action_plan(plan, csv, ''keep_good'') to load the good rows and keep the others in policy_tracker.action_reject.';
    END IF;

    INSERT INTO @extschema@.action_reject (plan, line, record, reason)
    SELECT load_plan_rows.plan, k.line, r.fields, array_to_string(k.reasons, '; ')
    FROM pg_temp.pt_plan_verdicts AS k JOIN pg_temp.pt_plan_rows AS r ON r.number = k.number
    WHERE cardinality(k.reasons) > 0
    ORDER BY k.line;

    -- the good rows: an action loaded again is updated in place, the others
    -- inserted (plain INSERTs: ON CONFLICT costs a speculative insertion per
    -- row); one statement, so both see the actions as they were before it
    WITH upd AS (
        UPDATE @extschema@.action AS a
        SET heading = r.heading, title = r.title, deadline = k.dl::@extschema@.deadline,
            deadline_text = r.deadline, progress_text = r.progress, notes = r.notes
        FROM pg_temp.pt_plan_verdicts AS k JOIN pg_temp.pt_plan_rows AS r ON r.number = k.number
        WHERE a.plan = load_plan_rows.plan AND a.number = k.number AND cardinality(k.reasons) = 0
        RETURNING a.id, a.number
    ), ins AS (
        INSERT INTO @extschema@.action AS a (plan, number, heading, title, deadline, deadline_text, progress_text, notes)
        SELECT load_plan_rows.plan, k.number, r.heading, r.title, k.dl::@extschema@.deadline, r.deadline, r.progress, r.notes
        FROM pg_temp.pt_plan_verdicts AS k JOIN pg_temp.pt_plan_rows AS r ON r.number = k.number
        WHERE cardinality(k.reasons) = 0
          AND NOT EXISTS (SELECT 1 FROM @extschema@.action AS x
                          WHERE x.plan = load_plan_rows.plan AND x.number = k.number)
        ORDER BY k.number
        RETURNING a.id, a.number
    )
    INSERT INTO pg_temp.pt_plan_loaded SELECT upd.id, upd.number FROM upd UNION ALL SELECT ins.id, ins.number FROM ins;
    IF big THEN ANALYZE pg_temp.pt_plan_loaded; END IF;

    -- the plan's cells replace earlier actor links; curated paragraph links stay
    DELETE FROM @extschema@.action_actor AS aa USING pg_temp.pt_plan_loaded AS l WHERE aa.action = l.id;
    -- "Progress monitored by CATS": the monitoring body, in any case; each
    -- distinct name read once, as the other actor cells
    INSERT INTO pg_temp.pt_plan_monitors (number, cell)
    SELECT DISTINCT k.number, m.m[1] AS cell
    FROM pg_temp.pt_plan_verdicts AS k JOIN pg_temp.pt_plan_rows AS r ON r.number = k.number,
         LATERAL regexp_matches(coalesce(r.progress, '') || ' ' || coalesce(r.notes, ''),
                 'monitored by ((?:relevant )?(?:Council preparatory bodies )?\(?[A-Za-z][A-Za-z ,-]*)', 'gi') AS m(m)
    WHERE cardinality(k.reasons) = 0
      AND (r.progress ILIKE '%monitored by%' OR r.notes ILIKE '%monitored by%');
    INSERT INTO pg_temp.pt_plan_cells (cell, actor, qualifier, name, k)
    SELECT x.cell, a.actor, a.qualifier, a.name, a.k
    FROM (SELECT DISTINCT pm.cell FROM pg_temp.pt_plan_monitors AS pm
          EXCEPT SELECT pc.cell FROM pg_temp.pt_plan_cells AS pc) AS x,
         LATERAL @extschema@.actors_in(x.cell) WITH ORDINALITY AS a(actor, qualifier, name, pos, k);
    IF big THEN ANALYZE pg_temp.pt_plan_monitors; END IF;
    IF big THEN ANALYZE pg_temp.pt_plan_cells; END IF;

    INSERT INTO @extschema@.action_actor (action, actor, role)
    SELECT DISTINCT x.id, x.actor, x.role
    FROM (SELECT l.id, pc.actor, CASE WHEN pc.qualifier = 'support' THEN 'support' ELSE 'lead' END AS role
          FROM pg_temp.pt_plan_loaded AS l
          JOIN pg_temp.pt_plan_rows AS r ON r.number = l.number
          JOIN pg_temp.pt_plan_cells AS pc ON pc.cell = r.lead
          WHERE pc.actor IS NOT NULL
          UNION ALL
          SELECT l.id, pc.actor, CASE WHEN pc.qualifier = 'support' THEN 'support' ELSE 'involved' END
          FROM pg_temp.pt_plan_loaded AS l
          JOIN pg_temp.pt_plan_rows AS r ON r.number = l.number
          JOIN pg_temp.pt_plan_cells AS pc ON pc.cell = r.involved
          WHERE pc.actor IS NOT NULL
          UNION ALL
          SELECT l.id, pc.actor, 'monitoring'
          FROM pg_temp.pt_plan_loaded AS l
          JOIN pg_temp.pt_plan_monitors AS pm ON pm.number = l.number
          JOIN pg_temp.pt_plan_cells AS pc ON pc.cell = pm.cell
          WHERE pc.actor IS NOT NULL) AS x
    ORDER BY 1, 2, 3;

    RETURN QUERY
    SELECT k.line, k.number, r.title,
           CASE WHEN cardinality(k.reasons) > 0 THEN 'rejected' ELSE 'loaded' END,
           CASE WHEN cardinality(k.reasons) > 0 THEN array_to_string(k.reasons, '; ') ELSE k.warning END
    FROM pg_temp.pt_plan_verdicts AS k JOIN pg_temp.pt_plan_rows AS r ON r.number = k.number
    ORDER BY k.line;
END $$;
COMMENT ON FUNCTION @extschema@.load_plan_rows(@extschema@.docnum, text) IS
    'checks and loads the records in pg_temp.pt_plan_rows (internal to load_action_plan and load_action_plan_from)';

CREATE OR REPLACE FUNCTION @extschema@.load_action_plan(plan @extschema@.docnum, csv text,
    mode text DEFAULT 'all_or_nothing',
    OUT line int, OUT number int, OUT title text, OUT outcome text, OUT reason text)
RETURNS SETOF record
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    want     constant text[] := ARRAY['heading', 'action', 'lead', 'involved', 'deadline', 'progress', 'notes'];
    hdr      text[];
    hdr_line int;
    col      int[] := '{}';
    k        int;
    name     text;
BEGIN
    PERFORM @extschema@.load_plan_check(plan, mode);
    -- header: the seven columns, in any order, any case
    SELECT c.line, c.fields INTO hdr_line, hdr FROM @extschema@.csv_records(csv) AS c ORDER BY c.line LIMIT 1;
    IF hdr IS NULL THEN
        RAISE EXCEPTION 'the CSV is empty' USING ERRCODE = '22P04',
            HINT = 'The first line names the columns: heading,action,lead,involved,deadline,progress,notes.';
    END IF;
    FOREACH name IN ARRAY want LOOP
        k := array_position((SELECT array_agg(lower(btrim(h))) FROM unnest(hdr) AS h), name);
        IF k IS NULL THEN
            RAISE EXCEPTION 'the CSV has no column "%"', name USING ERRCODE = '22P04',
                HINT = 'The first line names the columns: heading,action,lead,involved,deadline,progress,notes.';
        END IF;
        col := col || k;
    END LOOP;

    PERFORM @extschema@.load_plan_scratch();
    INSERT INTO pg_temp.pt_plan_rows (line, number, nheader, nfields, heading, title, lead, involved, deadline,
                                      progress, notes, fields)
    SELECT c.line, (row_number() OVER (ORDER BY c.line))::int AS number,
           cardinality(hdr) AS nheader, cardinality(c.fields) AS nfields,
           CASE WHEN cardinality(c.fields) = cardinality(hdr) THEN nullif(btrim(c.fields[col[1]]), '') END AS heading,
           CASE WHEN cardinality(c.fields) = cardinality(hdr) THEN nullif(btrim(c.fields[col[2]]), '') END AS title,
           CASE WHEN cardinality(c.fields) = cardinality(hdr) THEN nullif(btrim(c.fields[col[3]]), '') END AS lead,
           CASE WHEN cardinality(c.fields) = cardinality(hdr) THEN nullif(btrim(c.fields[col[4]]), '') END AS involved,
           CASE WHEN cardinality(c.fields) = cardinality(hdr) THEN nullif(btrim(c.fields[col[5]]), '') END AS deadline,
           CASE WHEN cardinality(c.fields) = cardinality(hdr) THEN nullif(btrim(c.fields[col[6]]), '') END AS progress,
           CASE WHEN cardinality(c.fields) = cardinality(hdr) THEN nullif(btrim(c.fields[col[7]]), '') END AS notes,
           c.fields
    FROM @extschema@.csv_records(csv) AS c
    WHERE c.line > hdr_line;

    RETURN QUERY SELECT * FROM @extschema@.load_plan_rows(plan, mode);
END $$;
COMMENT ON FUNCTION @extschema@.load_action_plan(@extschema@.docnum, text, text) IS
    'loads an action plan from CSV text (heading,action,lead,involved,deadline,progress,notes); all_or_nothing (default) loads nothing if any row is bad and lists every bad row; keep_good loads the good rows and keeps the others in action_reject';

-- For big files: COPY (or psql's \copy) the CSV into a table with the seven
-- columns, then load from it.  Rows are numbered in the table's order; a
-- row's "line" is its number plus one (the header line), which is the CSV
-- line when no cell spans lines.
CREATE FUNCTION @extschema@.load_action_plan_from(plan @extschema@.docnum, source regclass,
    mode text DEFAULT 'all_or_nothing',
    OUT line int, OUT number int, OUT title text, OUT outcome text, OUT reason text)
RETURNS SETOF record
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    want  constant text[] := ARRAY['heading', 'action', 'lead', 'involved', 'deadline', 'progress', 'notes'];
    name  text;
    cells text := '';
    raw   text := '';
BEGIN
    PERFORM @extschema@.load_plan_check(plan, mode);
    IF source IS NULL THEN
        RAISE EXCEPTION 'no table to load from' USING ERRCODE = '22004';
    END IF;
    FOREACH name IN ARRAY want LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute AS a
                       WHERE a.attrelid = source AND a.attname = name AND a.attnum > 0 AND NOT a.attisdropped) THEN
            RAISE EXCEPTION 'table % has no column "%"', source, name USING ERRCODE = '42703',
                HINT = 'The table needs the columns heading, action, lead, involved, deadline, progress, notes (text), as COPY ... (FORMAT csv, HEADER) fills them.';
        END IF;
        cells := cells || format(', nullif(btrim(s.%I::text), %L) AS %I', name, '',
                                 CASE name WHEN 'action' THEN 'title' ELSE name END);
        raw := raw || CASE WHEN raw = '' THEN '' ELSE ', ' END || format('s.%I::text', name);
    END LOOP;

    PERFORM @extschema@.load_plan_scratch();
    EXECUTE format('INSERT INTO pg_temp.pt_plan_rows (line, number, nheader, nfields, heading, title, lead, '
                   'involved, deadline, progress, notes, fields) '
                   'SELECT (s.n + 1)::int AS line, s.n::int AS number, 7 AS nheader, 7 AS nfields%s, ARRAY[%s] AS fields '
                   'FROM (SELECT row_number() OVER () AS n, t.* FROM %s AS t) AS s',
                   cells, raw, source);

    RETURN QUERY SELECT * FROM @extschema@.load_plan_rows(plan, mode);
END $$;
COMMENT ON FUNCTION @extschema@.load_action_plan_from(@extschema@.docnum, regclass, text) IS
    'loads an action plan from a table with the columns heading, action, lead, involved, deadline, progress, notes (filled by COPY ... CSV HEADER); checks and modes as load_action_plan';

-- Issue 13, second slice: actors have a key a rename does not touch, and the
-- derived counts refer to actors by it (refresh_digests above also became
-- exact under concurrent writers: it locks the actions, then moves counts
-- in one statement in key order).  The derived tables change shape: they
-- are emptied, altered and rebuilt from the base tables.  actor_workload
-- reads them, so it is first replaced by an empty query of the same shape
-- until the views are defined again (issue 16, below).
ALTER TABLE @extschema@.actor ADD COLUMN id bigint GENERATED BY DEFAULT AS IDENTITY UNIQUE;
COMMENT ON COLUMN @extschema@.actor.id IS 'stable key: a rename keeps it; derived counts (action_digest, actor_load) refer to actors by it';
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.actor', 'id'), '');
-- resolve_actor returns an actor row: its body, parsed when it was created
-- above, is parsed again with the new column
CREATE OR REPLACE FUNCTION @extschema@.resolve_actor(name text)
RETURNS @extschema@.actor
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT a.*
    FROM @extschema@.actor AS a
    WHERE pg_catalog.lower(a.name) = pg_catalog.lower(pg_catalog.btrim($1))
       OR pg_catalog.lower(a.short_name) = pg_catalog.lower(pg_catalog.btrim($1))
       OR pg_catalog.lower(pg_catalog.btrim($1)) = ANY (
              SELECT pg_catalog.lower(x) FROM pg_catalog.unnest(a.aliases) AS x)
       OR pg_catalog.lower(pg_catalog.regexp_replace(pg_catalog.btrim($1), '^(the|its|all|other) +', '', 'i'))
              IN (pg_catalog.lower(a.name), pg_catalog.lower(a.short_name))
    ORDER BY (pg_catalog.lower(a.name) = pg_catalog.lower(pg_catalog.btrim($1))) DESC, a.name
    LIMIT 1;
END;

-- (CREATE OR REPLACE, never DROP: a view recreated by an update script
-- would get its grants recorded as the extension's own, and pg_dump would
-- then leave them out)
CREATE OR REPLACE VIEW @extschema@.actor_workload WITH (security_invoker = true) AS
SELECT NULL::text AS actor, NULL::text AS short_name, NULL::text AS kind, NULL::int AS actions_led,
       NULL::int AS actions_involved, NULL::int AS overdue_today, NULL::date AS next_due_date
WHERE false;

DELETE FROM @extschema@.action_digest;
DELETE FROM @extschema@.actor_load;
ALTER TABLE @extschema@.action_digest
    ALTER COLUMN lead_actors TYPE bigint[] USING '{}',
    ALTER COLUMN involved_actors TYPE bigint[] USING '{}',
    ALTER COLUMN linked_actors TYPE bigint[] USING '{}';
ALTER TABLE @extschema@.actor_load ALTER COLUMN actor TYPE bigint USING 0;
-- monitoring roles shown as such (issue 16): the digest keeps the names of
-- involved and monitoring actors (action_overview and actions_on read them
-- instead of joining the actors per action), actor_load counts monitoring
ALTER TABLE @extschema@.action_digest
    ADD COLUMN involved text,
    ADD COLUMN monitoring text,
    ADD COLUMN monitoring_actors bigint[] NOT NULL;
ALTER TABLE @extschema@.actor_load ADD COLUMN monitored int NOT NULL;
COMMENT ON COLUMN @extschema@.action_digest.involved IS 'short names of its involved and supporting actors, as action_overview shows them';
COMMENT ON COLUMN @extschema@.action_digest.monitoring IS 'short names of the actors that monitor it, as action_overview shows them';
COMMENT ON COLUMN @extschema@.action_digest.monitoring_actors IS 'actor.id of the actors that monitor it';
COMMENT ON COLUMN @extschema@.actor_load.monitored IS 'actions it monitors';
COMMENT ON COLUMN @extschema@.action_digest.lead_actors IS 'actor.id of the actors that lead it';
COMMENT ON COLUMN @extschema@.action_digest.involved_actors IS 'actor.id of the actors involved in or supporting it';
COMMENT ON COLUMN @extschema@.action_digest.linked_actors IS 'actor.id of the actors with any role in it';
COMMENT ON COLUMN @extschema@.actor_load.actor IS 'the actor (actor.id)';
SELECT @extschema@.refresh_digests(ARRAY(SELECT DISTINCT aa.action FROM @extschema@.action_actor AS aa));
-- (actor_workload gets its new definition with the other views below.)

-- Issue 16, errors that help: due_between with its dates the wrong way
-- round, and timeline_svg of a plan that is not there, raise an error
-- instead of answering nothing; import_conclusions takes 'EN' as 'en'.
-- (timeline_svg and import_conclusions get their final definitions in the
-- issue 15 and 16 sections below; operative_verbs and addressees too.)
-- Issue 16, many documents and plans: every view that counts actions has a
-- plan column (actor_workload and deadline_calendar now have a row per
-- plan), paragraphs are named with their document, action_overview says
-- why its light is what it is (traffic_light and light_reason, shared with
-- actions_on, the plan as it stood on a day), and links to the register
-- are columns.  The views come in two sets: <name>_typed with the facts
-- also in the extension's types, for SQL, and <name>, plain-typed for BI
-- tools, which now selects from <name>_typed.  The plain views only gain
-- columns at the end, so CREATE OR REPLACE keeps the grants users gave on
-- them.
-- Traffic lights: one definition for action_overview, actions_on and
-- timeline_svg's colours.  SQL-standard bodies, inlined where they are used.
CREATE FUNCTION @extschema@.traffic_light(status text, deadline @extschema@.deadline, on_date date)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN status = 'done' THEN 'green'
            WHEN status = 'blocked' THEN 'red'
            WHEN status = 'dropped' THEN 'grey'
            WHEN @extschema@.is_overdue(deadline, on_date) THEN 'red'
            WHEN status IN ('in_progress', 'delayed') THEN 'amber'
            ELSE 'grey' END;
COMMENT ON FUNCTION @extschema@.traffic_light(text, @extschema@.deadline, date) IS
    'green done; amber in progress or delayed; red blocked or overdue on the day; grey not started or dropped';

CREATE FUNCTION @extschema@.light_reason(status text, reported_on date, deadline @extschema@.deadline, on_date date)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN status = 'done' AND reported_on > @extschema@.due_date(deadline) THEN 'done late'
            WHEN status = 'done' THEN 'done'
            WHEN status = 'dropped' THEN 'dropped'
            WHEN status = 'blocked' THEN 'blocked'
            WHEN @extschema@.is_overdue(deadline, on_date) AND status = 'delayed' THEN 'overdue, reported delayed'
            WHEN @extschema@.is_overdue(deadline, on_date) THEN 'overdue'
            WHEN status = 'delayed' THEN 'delayed'
            WHEN status = 'in_progress' THEN 'in progress'
            ELSE 'not started' END;
COMMENT ON FUNCTION @extschema@.light_reason(text, date, @extschema@.deadline, date) IS
    'why traffic_light is what it is: done, done late, dropped, blocked, overdue, overdue and reported delayed, delayed, in progress, not started';

-- "14435/17: 5, 34; 9001/19: 2": a paragraph number means nothing without
-- its document.
CREATE FUNCTION @extschema@.paragraphs_of(action bigint)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT pg_catalog.string_agg(@extschema@.docnum_display(l.document) || ': ' || l.numbers, '; ' ORDER BY l.document)
    FROM (SELECT d.document, pg_catalog.string_agg(d.number::text, ', ' ORDER BY d.number) AS numbers
          FROM (SELECT DISTINCT ap.document, ap.number FROM @extschema@.action_paragraph AS ap
                WHERE ap.action = $1) AS d
          GROUP BY d.document) AS l;
END;
COMMENT ON FUNCTION @extschema@.paragraphs_of(bigint) IS
    'the conclusion paragraphs an action implements, by document: "14435/17: 5, 34"';

-- The plan as it stood on a day: the status reported by then, and the
-- light that status and the deadline gave on that day (action_overview is
-- the same as of today).
CREATE FUNCTION @extschema@.actions_on(on_date date,
    OUT plan text, OUT number int, OUT heading text, OUT title text, OUT leads text, OUT involved text,
    OUT deadline text, OUT due_date date, OUT status text, OUT status_date date,
    OUT traffic_light text, OUT light_reason text, OUT paragraphs text,
    OUT plan_ref @extschema@.docnum, OUT deadline_value @extschema@.deadline, OUT action_id bigint,
    OUT monitoring text)
RETURNS SETOF record
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT @extschema@.docnum_display(a.plan), a.number, a.heading, a.title,
           dg.leads, dg.involved,
           a.deadline::text, @extschema@.due_date(a.deadline), s.status, s.reported_on,
           @extschema@.traffic_light(s.status, a.deadline, $1),
           @extschema@.light_reason(s.status, s.reported_on, a.deadline, $1),
           par.paragraphs, a.plan, a.deadline, a.id, dg.monitoring
    FROM @extschema@.action AS a
    LEFT JOIN LATERAL (SELECT p.status, p.reported_on FROM @extschema@.progress AS p
                       WHERE p.action = a.id AND p.reported_on <= $1
                       ORDER BY p.reported_on DESC, p.id DESC LIMIT 1) AS s ON true
    -- actors' names as kept in action_digest, and paragraphs_of() written
    -- out (see action_overview_typed)
    LEFT JOIN @extschema@.action_digest AS dg ON dg.action = a.id
    LEFT JOIN LATERAL (
        SELECT pg_catalog.string_agg(@extschema@.docnum_display(l.document) || ': ' || l.numbers, '; '
                                     ORDER BY l.document) AS paragraphs
        FROM (SELECT d.document, pg_catalog.string_agg(d.number::text, ', ' ORDER BY d.number) AS numbers
              FROM (SELECT DISTINCT ap.document, ap.number FROM @extschema@.action_paragraph AS ap
                    WHERE ap.action = a.id) AS d
              GROUP BY d.document) AS l) AS par ON true
    ORDER BY a.plan, a.number;
END;
COMMENT ON FUNCTION @extschema@.actions_on(date) IS
    'every action as it stood on the day: status reported by then, traffic light and its reason on that day';

-- The same for one plan, served by the index on (plan, number).
CREATE FUNCTION @extschema@.actions_on(on_date date, of_plan @extschema@.docnum,
    OUT plan text, OUT number int, OUT heading text, OUT title text, OUT leads text, OUT involved text,
    OUT deadline text, OUT due_date date, OUT status text, OUT status_date date,
    OUT traffic_light text, OUT light_reason text, OUT paragraphs text,
    OUT plan_ref @extschema@.docnum, OUT deadline_value @extschema@.deadline, OUT action_id bigint,
    OUT monitoring text)
RETURNS SETOF record
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT @extschema@.docnum_display(a.plan), a.number, a.heading, a.title,
           dg.leads, dg.involved,
           a.deadline::text, @extschema@.due_date(a.deadline), s.status, s.reported_on,
           @extschema@.traffic_light(s.status, a.deadline, $1),
           @extschema@.light_reason(s.status, s.reported_on, a.deadline, $1),
           par.paragraphs, a.plan, a.deadline, a.id, dg.monitoring
    FROM @extschema@.action AS a
    LEFT JOIN LATERAL (SELECT p.status, p.reported_on FROM @extschema@.progress AS p
                       WHERE p.action = a.id AND p.reported_on <= $1
                       ORDER BY p.reported_on DESC, p.id DESC LIMIT 1) AS s ON true
    -- actors' names as kept in action_digest, and paragraphs_of() written
    -- out (see action_overview_typed)
    LEFT JOIN @extschema@.action_digest AS dg ON dg.action = a.id
    LEFT JOIN LATERAL (
        SELECT pg_catalog.string_agg(@extschema@.docnum_display(l.document) || ': ' || l.numbers, '; '
                                     ORDER BY l.document) AS paragraphs
        FROM (SELECT d.document, pg_catalog.string_agg(d.number::text, ', ' ORDER BY d.number) AS numbers
              FROM (SELECT DISTINCT ap.document, ap.number FROM @extschema@.action_paragraph AS ap
                    WHERE ap.action = a.id) AS d
              GROUP BY d.document) AS l) AS par ON true
    WHERE a.plan = $2
    ORDER BY a.number;
END;
COMMENT ON FUNCTION @extschema@.actions_on(date, @extschema@.docnum) IS
    'the actions of one plan as they stood on the day: status reported by then, traffic light and its reason on that day';

CREATE VIEW @extschema@.action_overview_typed WITH (security_invoker = true) AS
SELECT a.id AS action_id,
       @extschema@.docnum_display(a.plan) AS plan,
       a.number,
       a.heading,
       a.title,
       dg.leads,
       dg.involved,
       a.deadline_text,
       a.deadline::text AS deadline,
       @extschema@.due_date(a.deadline) AS due_date,
       pg_catalog.lower(@extschema@.deadline_period(a.deadline)) AS period_start,
       (pg_catalog.upper(@extschema@.deadline_period(a.deadline)) - 1) AS period_end,
       s.status,
       s.reported_on AS status_date,
       @extschema@.traffic_light(s.status, a.deadline, CURRENT_DATE) AS traffic_light,
       par.paragraphs,
       @extschema@.presidency(@extschema@.due_date(a.deadline)) AS presidency_at_due,
       a.plan AS plan_ref,
       a.deadline AS deadline_value,
       @extschema@.docnum_url(a.plan) AS plan_url,
       @extschema@.light_reason(s.status, s.reported_on, a.deadline, CURRENT_DATE) AS light_reason,
       dg.monitoring
FROM @extschema@.action AS a
LEFT JOIN @extschema@.action_status AS s ON s.action = a.id
-- the actors' names as actors_of() gives them, kept in action_digest (a
-- join per action with the actors cost 15 microseconds an action: bench,
-- 100,000 actions); what paragraphs_of() returns, written out: a subquery
-- costs a third of a function call per row
LEFT JOIN @extschema@.action_digest AS dg ON dg.action = a.id
LEFT JOIN LATERAL (
    SELECT pg_catalog.string_agg(@extschema@.docnum_display(l.document) || ': ' || l.numbers, '; '
                                 ORDER BY l.document) AS paragraphs
    FROM (SELECT d.document, pg_catalog.string_agg(d.number::text, ', ' ORDER BY d.number) AS numbers
          FROM (SELECT DISTINCT ap.document, ap.number FROM @extschema@.action_paragraph AS ap
                WHERE ap.action = a.id) AS d
          GROUP BY d.document) AS l) AS par ON true;
COMMENT ON VIEW @extschema@.action_overview_typed IS 'one row per action: who, when, latest status and traffic light (with docnum and deadline columns, for SQL)';
COMMENT ON COLUMN @extschema@.action_overview_typed.action_id IS 'action key';
COMMENT ON COLUMN @extschema@.action_overview_typed.plan IS 'action plan, cover-page form';
COMMENT ON COLUMN @extschema@.action_overview_typed.number IS 'position in the plan';
COMMENT ON COLUMN @extschema@.action_overview_typed.heading IS 'heading the action is listed under';
COMMENT ON COLUMN @extschema@.action_overview_typed.title IS 'the action';
COMMENT ON COLUMN @extschema@.action_overview_typed.leads IS 'lead actors';
COMMENT ON COLUMN @extschema@.action_overview_typed.involved IS 'involved and supporting actors';
COMMENT ON COLUMN @extschema@.action_overview_typed.deadline_text IS 'deadline as written';
COMMENT ON COLUMN @extschema@.action_overview_typed.deadline IS 'deadline, canonical';
COMMENT ON COLUMN @extschema@.action_overview_typed.due_date IS 'last day to deliver';
COMMENT ON COLUMN @extschema@.action_overview_typed.period_start IS 'first day of the deadline period';
COMMENT ON COLUMN @extschema@.action_overview_typed.period_end IS 'last day of the deadline period (NULL when open)';
COMMENT ON COLUMN @extschema@.action_overview_typed.status IS 'latest reported status';
COMMENT ON COLUMN @extschema@.action_overview_typed.status_date IS 'date of the latest report';
COMMENT ON COLUMN @extschema@.action_overview_typed.traffic_light IS 'green done; amber in progress or delayed; red blocked or overdue today; grey not started or dropped';
COMMENT ON COLUMN @extschema@.action_overview_typed.paragraphs IS 'the conclusion paragraphs the action implements, by document: "13943/17: 5, 34"';
COMMENT ON COLUMN @extschema@.action_overview_typed.presidency_at_due IS 'member state holding the presidency on the due date';
COMMENT ON COLUMN @extschema@.action_overview_typed.plan_ref IS 'action plan (docnum)';
COMMENT ON COLUMN @extschema@.action_overview_typed.deadline_value IS 'deadline (deadline type)';
COMMENT ON COLUMN @extschema@.action_overview_typed.plan_url IS 'the plan in the Council register';
COMMENT ON COLUMN @extschema@.action_overview_typed.light_reason IS 'why the light: done, done late, dropped, blocked, overdue, overdue and reported delayed, delayed, in progress, not started';
COMMENT ON COLUMN @extschema@.action_overview_typed.monitoring IS 'actors that monitor the action (they neither lead nor deliver it)';

CREATE OR REPLACE VIEW @extschema@.action_overview WITH (security_invoker = true) AS
SELECT action_id,
       plan,
       number,
       heading,
       title,
       leads,
       involved,
       deadline_text,
       deadline,
       due_date,
       period_start,
       period_end,
       status,
       status_date,
       traffic_light,
       paragraphs,
       presidency_at_due,
       plan_url,
       light_reason,
       monitoring
FROM @extschema@.action_overview_typed;
COMMENT ON VIEW @extschema@.action_overview IS 'one row per action: who, when, latest status and traffic light';

CREATE VIEW @extschema@.actor_workload_typed WITH (security_invoker = true) AS
-- counts per actor, plan and due date come from actor_load (kept by
-- triggers); only the actions whose latest report is dated after today are
-- looked at one by one, since their status today comes from the history
WITH load AS (
    SELECT l.actor, l.plan,
           pg_catalog.sum(l.led) AS led,
           pg_catalog.sum(l.involved) AS involved,
           pg_catalog.sum(l.linked) AS linked,
           pg_catalog.sum(l.monitored) AS monitored,
           pg_catalog.sum(l.open) FILTER (WHERE l.due < CURRENT_DATE) AS overdue,
           pg_catalog.min(l.due) FILTER (WHERE l.due >= CURRENT_DATE AND l.due < 'infinity' AND l.linked > 0)
             AS next_due
    FROM @extschema@.actor_load AS l
    GROUP BY l.actor, l.plan
), later AS (
    SELECT x.actor, d.plan,
           pg_catalog.sum((coalesce(@extschema@.status_on(d.action, CURRENT_DATE), '') NOT IN ('done', 'dropped'))::int
                          - d.open::int) AS overdue
    FROM @extschema@.action_status AS s
    JOIN @extschema@.action_digest AS d ON d.action = s.action
    CROSS JOIN LATERAL pg_catalog.unnest(d.linked_actors) AS x(actor)
    WHERE s.reported_on > CURRENT_DATE AND d.due < CURRENT_DATE
    GROUP BY x.actor, d.plan
)
SELECT ac.name AS actor, ac.short_name, ac.kind,
       w.led::int AS actions_led,
       w.involved::int AS actions_involved,
       (coalesce(w.overdue, 0) + coalesce(f.overdue, 0))::int AS overdue_today,
       w.next_due AS next_due_date,
       @extschema@.docnum_display(w.plan) AS plan,
       w.plan AS plan_ref,
       w.linked::int AS actions_linked,
       w.monitored::int AS actions_monitored
FROM load AS w
JOIN @extschema@.actor AS ac ON ac.id = w.actor
LEFT JOIN later AS f ON f.actor = w.actor AND f.plan OPERATOR(@extschema@.=) w.plan
WHERE w.linked > 0;
COMMENT ON VIEW @extschema@.actor_workload_typed IS 'one row per actor and plan with actions: how many it leads, is involved in, has any role in, has overdue today, and its next due date (with docnum and deadline columns, for SQL)';
COMMENT ON COLUMN @extschema@.actor_workload_typed.actor IS 'canonical name';
COMMENT ON COLUMN @extschema@.actor_workload_typed.short_name IS 'short name';
COMMENT ON COLUMN @extschema@.actor_workload_typed.kind IS 'kind of actor';
COMMENT ON COLUMN @extschema@.actor_workload_typed.actions_led IS 'actions it leads';
COMMENT ON COLUMN @extschema@.actor_workload_typed.actions_involved IS 'actions it is involved in or supports';
COMMENT ON COLUMN @extschema@.actor_workload_typed.overdue_today IS 'of actions_linked, those overdue today without a done or dropped status';
COMMENT ON COLUMN @extschema@.actor_workload_typed.next_due_date IS 'the next due date, today or later, among its actions';
COMMENT ON COLUMN @extschema@.actor_workload_typed.plan IS 'the action plan, cover-page form';
COMMENT ON COLUMN @extschema@.actor_workload_typed.plan_ref IS 'the action plan (docnum)';
COMMENT ON COLUMN @extschema@.actor_workload_typed.actions_linked IS 'actions it has any role in (lead, involved, support or monitoring)';
COMMENT ON COLUMN @extschema@.actor_workload_typed.actions_monitored IS 'actions it monitors (counted in actions_linked too)';

CREATE OR REPLACE VIEW @extschema@.actor_workload WITH (security_invoker = true) AS
SELECT actor,
       short_name,
       kind,
       actions_led,
       actions_involved,
       overdue_today,
       next_due_date,
       plan,
       actions_linked,
       actions_monitored
FROM @extschema@.actor_workload_typed;
COMMENT ON VIEW @extschema@.actor_workload IS 'one row per actor and plan with actions: how many it leads, is involved in, has any role in, has overdue today, and its next due date';

CREATE VIEW @extschema@.paragraph_coverage_typed WITH (security_invoker = true) AS
WITH addressed AS (
    SELECT pa.document, pa.number,
           pg_catalog.string_agg(DISTINCT coalesce(ac.short_name, ac.name), ', ') AS addressees
    FROM @extschema@.paragraph_actor AS pa JOIN @extschema@.actor AS ac ON ac.name = pa.actor
    GROUP BY pa.document, pa.number
), dated AS (
    SELECT pd.document, pd.number, pg_catalog.string_agg(DISTINCT pd.deadline::text, ', ') AS deadlines
    FROM @extschema@.paragraph_deadline AS pd
    GROUP BY pd.document, pd.number
), linked AS (
    SELECT ap.document, ap.number, pg_catalog.count(DISTINCT ap.action)::int AS actions
    FROM @extschema@.action_paragraph AS ap
    JOIN @extschema@.action AS a ON a.id = ap.action
    GROUP BY ap.document, ap.number
)
SELECT @extschema@.docnum_display(p.document) AS document,
       p.number,
       p.chapter,
       p.topic,
       pg_catalog.array_to_string(p.verbs, ', ') AS verbs,
       ad.addressees,
       dt.deadlines,
       coalesce(ln.actions, 0) AS actions_linked,
       ad.addressees IS NOT NULL AS addresses_someone,
       dt.deadlines IS NOT NULL AS sets_deadline,
       (ad.addressees IS NOT NULL OR dt.deadlines IS NOT NULL) AND ln.actions IS NULL AS uncovered,
       p.document AS document_ref,
       @extschema@.docnum_url(p.document) AS document_url
FROM @extschema@.paragraph AS p
LEFT JOIN addressed AS ad ON ad.document OPERATOR(@extschema@.=) p.document AND ad.number = p.number
LEFT JOIN dated AS dt ON dt.document OPERATOR(@extschema@.=) p.document AND dt.number = p.number
LEFT JOIN linked AS ln ON ln.document OPERATOR(@extschema@.=) p.document AND ln.number = p.number
WHERE p.item = 0 AND p.part = 'operative';
COMMENT ON VIEW @extschema@.paragraph_coverage_typed IS 'one row per operative paragraph: what it asks of whom by when, and how many actions implement it (with docnum and deadline columns, for SQL)';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.document IS 'conclusions, cover-page form';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.number IS 'paragraph number';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.chapter IS 'chapter';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.topic IS 'one-line topic';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.verbs IS 'operative verbs';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.addressees IS 'whom the paragraph or its points address';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.deadlines IS 'deadlines the paragraph or its points set';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.actions_linked IS 'actions linked to the paragraph';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.addresses_someone IS 'calls on or invites someone';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.sets_deadline IS 'sets a deadline';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.uncovered IS 'addresses someone or sets a deadline, yet no action is linked';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.document_ref IS 'conclusions (docnum)';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.document_url IS 'the conclusions in the Council register';

CREATE OR REPLACE VIEW @extschema@.paragraph_coverage WITH (security_invoker = true) AS
SELECT document,
       number,
       chapter,
       topic,
       verbs,
       addressees,
       deadlines,
       actions_linked,
       addresses_someone,
       sets_deadline,
       uncovered,
       document_url
FROM @extschema@.paragraph_coverage_typed;
COMMENT ON VIEW @extschema@.paragraph_coverage IS 'one row per operative paragraph: what it asks of whom by when, and how many actions implement it';

CREATE VIEW @extschema@.deadline_calendar_typed WITH (security_invoker = true) AS
-- two GROUP BYs under UNION ALL rather than GROUPING SETS: a filter on the
-- plan is pushed below both, so one plan's calendar reads one plan's
-- actions (bench: 224 ms for one plan of 2,000 with GROUPING SETS)
WITH due AS NOT MATERIALIZED (  -- read twice, but filtered by plan first
    SELECT a.id, a.plan, @extschema@.due_date(a.deadline) AS due_date,
           @extschema@.presidency(@extschema@.due_date(a.deadline)) AS presidency,
           @extschema@.status_today(a.id, s.status, s.reported_on) AS status,
           @extschema@.presidency_term(@extschema@.presidency(@extschema@.due_date(a.deadline)),
               pg_catalog.date_part('year', @extschema@.due_date(a.deadline))::int) AS term
    FROM @extschema@.action AS a
    LEFT JOIN @extschema@.action_status AS s ON s.action = a.id
    WHERE @extschema@.due_date(a.deadline) IS NOT NULL
)
SELECT g.presidency,
       pg_catalog.lower(g.term) AS term_start,
       (pg_catalog.upper(g.term) - 1) AS term_end,
       g.month,
       g.actions_due,
       g.done,
       g.overdue,
       @extschema@.docnum_display(g.plan) AS plan,
       g.plan AS plan_ref
FROM (SELECT d.presidency, d.term, NULL::date AS month, d.plan,
             pg_catalog.count(*)::int AS actions_due,
             pg_catalog.count(*) FILTER (WHERE d.status = 'done')::int AS done,
             pg_catalog.count(*) FILTER (WHERE d.due_date < CURRENT_DATE
                                           AND d.status IS DISTINCT FROM 'done'
                                           AND d.status IS DISTINCT FROM 'dropped')::int AS overdue
      FROM due AS d
      GROUP BY 1, 2, 4
      UNION ALL
      SELECT d.presidency, d.term, pg_catalog.date_trunc('month', d.due_date)::date, d.plan,
             pg_catalog.count(*)::int,
             pg_catalog.count(*) FILTER (WHERE d.status = 'done')::int,
             pg_catalog.count(*) FILTER (WHERE d.due_date < CURRENT_DATE
                                           AND d.status IS DISTINCT FROM 'done'
                                           AND d.status IS DISTINCT FROM 'dropped')::int
      FROM due AS d
      GROUP BY 1, 2, 3, 4) AS g;
COMMENT ON VIEW @extschema@.deadline_calendar_typed IS 'actions due per plan and presidency term (month NULL), and per month within it: due, done, overdue today (with docnum and deadline columns, for SQL)';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.presidency IS 'member state holding the presidency at the due dates (NULL outside 2007-2030)';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.term_start IS 'first day of the term';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.term_end IS 'last day of the term';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.month IS 'first day of the month; NULL on the row for the whole term';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.actions_due IS 'actions due';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.done IS 'of those, done by today';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.overdue IS 'of those, overdue today';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.plan IS 'the action plan, cover-page form';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.plan_ref IS 'the action plan (docnum)';

CREATE OR REPLACE VIEW @extschema@.deadline_calendar WITH (security_invoker = true) AS
SELECT presidency,
       term_start,
       term_end,
       month,
       actions_due,
       done,
       overdue,
       plan
FROM @extschema@.deadline_calendar_typed;
COMMENT ON VIEW @extschema@.deadline_calendar IS 'actions due per plan and presidency term (month NULL), and per month within it: due, done, overdue today';

CREATE VIEW @extschema@.reference_graph_typed WITH (security_invoker = true) AS
SELECT @extschema@.docnum_display(r.from_doc) AS citing_document,
       r.number AS citing_paragraph,
       r.footnote,
       r.to_doc::text AS cited,
       @extschema@.docnum_display(r.to_doc) AS cited_display,
       @extschema@.docnum_family(r.to_doc)::text AS cited_family,
       EXISTS (SELECT 1 FROM @extschema@.document AS d WHERE d.ref = r.to_doc) AS cited_in_database,
       EXISTS (SELECT 1 FROM @extschema@.document AS d
               WHERE @extschema@.docnum_family(d.ref) = @extschema@.docnum_family(r.to_doc)) AS family_in_database,
       r.detected,
       r.from_doc AS citing_ref,
       r.to_doc AS cited_ref,
       @extschema@.docnum_url(r.to_doc) AS cited_url
FROM @extschema@.reference AS r;
COMMENT ON VIEW @extschema@.reference_graph_typed IS 'one row per citation: who cites what, the cited document''s family, and whether it is in the database (with docnum and deadline columns, for SQL)';
COMMENT ON COLUMN @extschema@.reference_graph_typed.citing_document IS 'citing document, cover-page form';
COMMENT ON COLUMN @extschema@.reference_graph_typed.citing_paragraph IS 'citing paragraph, NULL for the document as a whole';
COMMENT ON COLUMN @extschema@.reference_graph_typed.footnote IS 'footnote number, if the citation is in one';
COMMENT ON COLUMN @extschema@.reference_graph_typed.cited IS 'cited document, canonical';
COMMENT ON COLUMN @extschema@.reference_graph_typed.cited_display IS 'cited document, cover-page form';
COMMENT ON COLUMN @extschema@.reference_graph_typed.cited_family IS 'initial version of the cited document (docnum_family)';
COMMENT ON COLUMN @extschema@.reference_graph_typed.cited_in_database IS 'the cited document itself is in policy_tracker.document';
COMMENT ON COLUMN @extschema@.reference_graph_typed.family_in_database IS 'some version of the cited document is in policy_tracker.document';
COMMENT ON COLUMN @extschema@.reference_graph_typed.detected IS 'found by import_conclusions';
COMMENT ON COLUMN @extschema@.reference_graph_typed.citing_ref IS 'citing document (docnum)';
COMMENT ON COLUMN @extschema@.reference_graph_typed.cited_ref IS 'cited document (docnum)';
COMMENT ON COLUMN @extschema@.reference_graph_typed.cited_url IS 'the cited document in the Council register or EUR-Lex';

CREATE OR REPLACE VIEW @extschema@.reference_graph WITH (security_invoker = true) AS
SELECT citing_document,
       citing_paragraph,
       footnote,
       cited,
       cited_display,
       cited_family,
       cited_in_database,
       family_in_database,
       detected,
       cited_url
FROM @extschema@.reference_graph_typed;
COMMENT ON VIEW @extschema@.reference_graph IS 'one row per citation: who cites what, the cited document''s family, and whether it is in the database';

-- The plain views' columns say what their typed twins' columns say.
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT v.relname AS plain, a.attname, d.description
             FROM pg_catalog.pg_class AS v
             JOIN pg_catalog.pg_class AS t ON t.relname = v.relname OPERATOR(pg_catalog.||) '_typed'
                                          AND t.relnamespace = v.relnamespace
             JOIN pg_catalog.pg_attribute AS a ON a.attrelid = v.oid AND a.attnum > 0
             JOIN pg_catalog.pg_attribute AS ta ON ta.attrelid = t.oid AND ta.attname = a.attname
             JOIN pg_catalog.pg_description AS d ON d.objoid = t.oid AND d.objsubid = ta.attnum
                                                AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
             WHERE v.relnamespace = '@extschema@'::pg_catalog.regnamespace AND v.relkind = 'v'
    LOOP
        EXECUTE pg_catalog.format('COMMENT ON COLUMN @extschema@.%I.%I IS %L', c.plain, c.attname, c.description);
    END LOOP;
END $$;

-- The btree order is a total order of values (due date, then lower bound,
-- then precision, then mode), so "d <= 'end of 2018'" leaves out December
-- 2018, which is due the same day but starts later.  "Due by the end of
-- 2018" is a comparison of due dates; this is its spelling.  SQL-standard
-- body: inlined, so an index on due_date(column) serves it.
CREATE FUNCTION @extschema@.due_by(@extschema@.deadline, @extschema@.deadline)
RETURNS pg_catalog.bool
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.due_date($1) OPERATOR(pg_catalog.<=) @extschema@.due_date($2);
COMMENT ON FUNCTION @extschema@.due_by(@extschema@.deadline, @extschema@.deadline) IS
    'whether the first deadline is due on or before the due date of the second (due_by(d, ''end of 2018'') includes December 2018); NULL when either has no due date';

-- Issue 14: values that are no period (asap, recurrences) and the due date
-- that applies on a day.
-- Values that are no period: "as soon as possible" (mode asap) and
-- recurrences ("annually", "every 6 months from 2019", "each year by 31
-- March"; mode recurring) have no due date of their own.  A tracker asks
-- for the one that applies on a day.
CREATE FUNCTION @extschema@.next_due(@extschema@.deadline, on_date pg_catalog.date)
RETURNS pg_catalog.date
AS 'MODULE_PATHNAME', 'deadline_next_due_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.next_due(@extschema@.deadline, pg_catalog.date) IS
    'the due date to work to on the day: a recurrence''s next one on or after it, any other value''s own due date; NULL for asap, ongoing, from and continuing values';

CREATE FUNCTION @extschema@.next_occurrence(@extschema@.deadline, on_date pg_catalog.date)
RETURNS pg_catalog.daterange
AS 'MODULE_PATHNAME', 'deadline_next_occurrence' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.next_occurrence(@extschema@.deadline, pg_catalog.date) IS
    'the period whose end next_due gives: a recurrence''s next occurrence, any other value''s own period; NULL when there is none';

-- ---- issue 15: operative verbs and calls read in C ----
-- Operative verbs and the calls they make are read in C (src/calls/: the
-- grammar once, the words of en/nl/fr/de as data): verbs in capitals, verbs
-- in lower case after "the Council", and passive calls ("Member States are
-- invited to").  The addressee part of a call is cut out there; which actors
-- it names is the actor vocabulary's business (actors_in), so users extend
-- the vocabulary with rows, not code.
CREATE FUNCTION @extschema@.calls_in(body pg_catalog.text,
    OUT verb pg_catalog.text, OUT kind pg_catalog.text, OUT addressees pg_catalog.text, OUT pos pg_catalog.int4)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'pt_calls_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION @extschema@.calls_in(pg_catalog.text) IS
    'operative verbs of a text in order: verb (capitals, CALLS ON for calls on/upon), kind (call, passive call, statement, preamble), the addressee part of a call (cooperation phrases left out), 1-based position';

CREATE OR REPLACE FUNCTION @extschema@.operative_verbs(body pg_catalog.text)
RETURNS pg_catalog.text[]
AS 'MODULE_PATHNAME', 'pt_operative_verbs' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.operative_verbs(pg_catalog.text) IS
    'operative verbs of a text, distinct, in order of first appearance, in capitals (CALLS ON for CALLS ON/UPON), in English, Dutch, French and German';

CREATE OR REPLACE FUNCTION @extschema@.addressees(body text)
RETURNS SETOF text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    -- only the actors a call names: "INVITES the Commission, in close
    -- cooperation with ENISA, to" names the Commission, not ENISA
    SELECT DISTINCT ai.actor
    FROM @extschema@.calls_in($1) AS c,
         LATERAL @extschema@.actors_in(c.addressees) AS ai
    WHERE c.addressees <> '' AND ai.actor IS NOT NULL;
END;
COMMENT ON FUNCTION @extschema@.addressees(text) IS
    'actors a text calls on, invites, urges or requests (active or passive calls, en/nl/fr/de), not actors named in passing';

-- ---- issue 15: lettered recitals, labels of points, citations per place, actors per Member State ----
ALTER TABLE @extschema@.paragraph DROP CONSTRAINT paragraph_number_check,
    ADD CONSTRAINT paragraph_number_check CHECK (number >= 0);
ALTER TABLE @extschema@.paragraph DROP CONSTRAINT paragraph_part_check,
    ADD CONSTRAINT paragraph_part_check CHECK (part IN ('preamble', 'operative', 'recital'));
ALTER TABLE @extschema@.paragraph ADD COLUMN label text;
COMMENT ON TABLE @extschema@.paragraph IS 'numbered paragraphs of conclusions (item 0) and their points (items 1..n); lettered recitals are number 0, item 1..n';
COMMENT ON COLUMN @extschema@.paragraph.number IS 'paragraph number as printed; 0 for the lettered recitals (A., B., ...)';
COMMENT ON COLUMN @extschema@.paragraph.part IS 'preamble (numbered recitals before HEREBY), operative, or recital (lettered recitals)';
COMMENT ON COLUMN @extschema@.paragraph.label IS 'the point''s or recital''s label as printed (a, iv, -, A), NULL for a numbered paragraph';
ALTER TABLE @extschema@.reference ADD COLUMN item int;
COMMENT ON COLUMN @extschema@.reference.item IS 'the citing point (or lettered recital, with number 0), NULL for the paragraph itself';
COMMENT ON COLUMN @extschema@.reference.number IS 'the citing paragraph (0: a lettered recital), NULL for the document as a whole';
DROP INDEX @extschema@.reference_unique;
CREATE UNIQUE INDEX reference_unique ON @extschema@.reference
    (from_doc, coalesce(number, -1), coalesce(item, 0), to_doc, coalesce(footnote, 0));
ALTER TABLE @extschema@.actor DROP CONSTRAINT actor_kind_check,
    ADD CONSTRAINT actor_kind_check CHECK (kind IN ('institution', 'agency', 'member_states', 'presidency',
        'council_body', 'network', 'international', 'private', 'member_state'));
ALTER TABLE @extschema@.actor DROP CONSTRAINT actor_check,
    ADD CONSTRAINT actor_check CHECK (country IS NULL OR kind IN ('presidency', 'member_state'));

-- >>> issue 15: the document reader
CREATE OR REPLACE FUNCTION @extschema@.read_document(source pg_catalog.text,
    OUT seq pg_catalog.int4, OUT kind pg_catalog.text, OUT field pg_catalog.text,
    OUT number pg_catalog.int4, OUT item pg_catalog.int4, OUT sub pg_catalog.int4,
    OUT recital pg_catalog.int4, OUT label pg_catalog.text, OUT chapter pg_catalog.text,
    OUT preamble pg_catalog.bool, OUT in_note pg_catalog.bool, OUT footnote pg_catalog.int4,
    OUT placed pg_catalog.bool, OUT markers pg_catalog.int4[], OUT line pg_catalog.int4,
    OUT body pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'pt_read_document' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 200;
COMMENT ON FUNCTION @extschema@.read_document(pg_catalog.text) IS
    'the structure of a Council document as a converter printed it (pdftotext, pdfminer, HTML, OCR, markdown): one row per cover field, title, chapter, recital, paragraph, point, sub-point, footnote and skipped line, in document order; row 0 names the layout recognised';

DROP FUNCTION IF EXISTS @extschema@.import_conclusions(@extschema@.docnum, text, text);

CREATE FUNCTION @extschema@.import_conclusions(ref @extschema@.docnum, body text, lang text DEFAULT 'en',
    OUT what text, OUT found int, OUT detail text)
RETURNS SETOF record
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    ref_day     date;
    -- what read_document gave, kept in arrays (one per column) rather than
    -- in scratch tables: emptying three temporary tables at each import
    -- (TRUNCATE, since deleted rows stay in a table until the transaction
    -- ends) cost more than any statement that reads them
    has_text    bool;
    doc_title   text;
    doc_day     date;
    n_chapters  int;
    n_footnotes int;
    -- what is stored, one element per paragraph, point or recital
    i_number    int4[];
    i_item      int4[];
    i_label     text[];
    i_chapter   text[];
    i_part      text[];
    i_body      text[];
    -- footnotes that belong to a paragraph, point or recital
    f_number    int4[];
    f_item      int4[];
    f_footnote  int4[];
    f_body      text[];
    -- what is reported from the structure alone, in the order reported
    r_what      text[];
    r_found     int4[];
    r_detail    text[];
    -- every verb and every name in a call, read once (stored and reported)
    c_number    int4[];
    c_item      int4[];
    c_k         int8[];
    c_verb      text[];
    c_actor     text[];
    c_name      text[];
    c_pos       int4[];
BEGIN
    -- 'EN' and ' en' are English too; every row stores the lower-case code
    lang := lower(btrim(lang));
    IF lang NOT IN ('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it',
                    'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv') THEN
        RAISE EXCEPTION 'invalid language code "%"', lang
            USING ERRCODE = '22023', HINT = 'Use a two-letter code of an official EU language.';
    END IF;

    -- the structure, read once (src/docread/), and everything that depends
    -- on the text alone, in one statement
    WITH d AS MATERIALIZED (
        SELECT r.seq, r.kind, r.field, r.number, r.item, r.recital, r.label, r.chapter, r.preamble,
               r.in_note, r.footnote, r.placed, r.line, r.body
        FROM @extschema@.read_document(import_conclusions.body) AS r),
    -- what is stored: paragraphs (item 0), points (items 1..n; a sub-point's
    -- text joins its point's), lettered recitals (number 0, items 1..n)
    i AS (
        SELECT CASE WHEN d.kind = 'recital' THEN 0 ELSE d.number END AS number,
               CASE WHEN d.kind = 'recital' THEN d.recital ELSE d.item END AS item,
               min(CASE WHEN d.kind IN ('point', 'recital') THEN d.label END) AS label,
               min(CASE WHEN d.chapter ~ '^[IVX]+$' THEN d.chapter END) AS chapter,
               CASE WHEN bool_or(d.kind = 'recital') THEN 'recital'
                    WHEN bool_or(d.preamble) THEN 'preamble' ELSE 'operative' END AS part,
               string_agg(d.body, ' ' ORDER BY d.seq) AS body
        FROM d
        WHERE d.kind IN ('paragraph', 'point', 'subpoint', 'recital') AND NOT d.in_note
        GROUP BY 1, 2
        -- a number or a bullet whose text the converter lost is reported, not stored
        HAVING string_agg(d.body, ' ') ~ '[[:alpha:]]')
    SELECT
        EXISTS (SELECT 1 FROM d WHERE d.kind = 'paragraph' AND d.body ~ '[[:alpha:]]'),
        -- the conclusions' heading or else the subject line
        (SELECT d.body FROM d
         WHERE (d.kind = 'title' AND NOT d.in_note) OR (d.kind = 'meta' AND d.field = 'subject')
         ORDER BY (d.kind = 'title') DESC, d.seq LIMIT 1),
        -- the meeting that adopted them or else the cover date
        (SELECT @extschema@.due_date(x.due) FROM d,
                LATERAL (SELECT coalesce(@extschema@.try_deadline(d.body),
                                         (SELECT y.due FROM @extschema@.deadlines_in(d.body) AS y
                                          WHERE @extschema@.deadline_precision(y.due) = 'day'
                                          LIMIT 1)) AS due) AS x
         WHERE d.kind = 'meta' AND d.field IN ('meeting', 'date')
           AND @extschema@.deadline_precision(x.due) = 'day'
         ORDER BY (d.field = 'meeting') DESC, d.seq LIMIT 1),
        (SELECT count(*)::int FROM d WHERE d.kind = 'chapter' AND NOT d.in_note),
        (SELECT count(*)::int FROM d WHERE d.kind = 'footnote' AND NOT d.in_note),
        it.number, it.item, it.label, it.chapter, it.part, it.body,
        fn.number, fn.item, fn.footnote, fn.body,
        rp.what, rp.found, rp.detail
    INTO has_text, doc_title, doc_day, n_chapters, n_footnotes,
         i_number, i_item, i_label, i_chapter, i_part, i_body,
         f_number, f_item, f_footnote, f_body,
         r_what, r_found, r_detail
    FROM (SELECT array_agg(i.number ORDER BY i.number, i.item) AS number,
                 array_agg(i.item ORDER BY i.number, i.item) AS item,
                 array_agg(i.label ORDER BY i.number, i.item) AS label,
                 array_agg(i.chapter ORDER BY i.number, i.item) AS chapter,
                 array_agg(i.part ORDER BY i.number, i.item) AS part,
                 array_agg(i.body ORDER BY i.number, i.item) AS body
          FROM i) AS it,
         -- footnotes, attached through their markers, else to what they follow
         (SELECT array_agg(CASE WHEN d.recital > 0 THEN 0 ELSE d.number END ORDER BY d.seq) AS number,
                 array_agg(nullif(CASE WHEN d.recital > 0 THEN d.recital ELSE d.item END, 0) ORDER BY d.seq) AS item,
                 array_agg(d.footnote ORDER BY d.seq) AS footnote,
                 array_agg(d.body ORDER BY d.seq) AS body
          FROM d
          WHERE d.kind = 'footnote' AND NOT d.in_note AND (d.number IS NOT NULL OR d.recital IS NOT NULL)) AS fn,
         (SELECT array_agg(r.what ORDER BY r.g, r.k, r.seq) AS what,
                 array_agg(r.found ORDER BY r.g, r.k, r.seq) AS found,
                 array_agg(r.detail ORDER BY r.g, r.k, r.seq) AS detail
          FROM (
              -- the cover: fields read (they fill the document row where it was empty)
              SELECT 1 AS g, NULL::text AS k, d.seq, 'cover ' || d.field AS what, 1 AS found, d.body AS detail
              FROM d WHERE d.kind = 'meta' AND d.field IS DISTINCT FROM 'layout'
              UNION ALL
              SELECT 2, NULL, d.seq, 'layout', 1, d.body FROM d WHERE d.kind = 'meta' AND d.field = 'layout'
              UNION ALL
              -- lines that are no content (footers, page numbers), by reason
              SELECT 3, d.field, 0, 'skipped ' || d.field, count(*)::int, NULL
              FROM d WHERE d.kind = 'skipped' GROUP BY d.field
              UNION ALL
              -- the cover note's own citations are not the conclusions'
              SELECT 4, NULL, 0, 'cover note citation', count(*)::int, string_agg(DISTINCT x.ref::text, ', ')
              FROM d, LATERAL @extschema@.docnums_in(d.body) AS x
              WHERE d.in_note OR d.kind = 'note'
              HAVING count(*) > 0
              UNION ALL
              -- numbers and bullets without text
              SELECT 5, NULL, d.seq, 'empty ' || d.kind, 1, 'line ' || d.line || ': ' || coalesce(d.label, '')
              FROM d
              WHERE d.kind IN ('paragraph', 'point', 'subpoint', 'recital') AND NOT d.in_note
                AND d.body !~ '[[:alpha:]]'
              UNION ALL
              -- footnotes placed only by position (no marker found in the text)
              SELECT 6, NULL, d.seq, 'footnote placed by position', 1,
                     'footnote ' || d.footnote || ' after paragraph ' || coalesce(d.number::text, '?')
                     || coalesce('(' || nullif(d.item, 0) || ')', '') || ': ' || left(d.body, 80)
              FROM d WHERE d.kind = 'footnote' AND NOT d.in_note AND NOT d.placed
              UNION ALL
              -- footnotes with no paragraph to belong to
              SELECT 7, NULL, d.seq, 'unplaced footnote', 1, 'footnote ' || d.footnote || ': ' || left(d.body, 80)
              FROM d
              WHERE d.kind = 'footnote' AND NOT d.in_note AND d.number IS NULL AND d.recital IS NULL) AS r) AS rp;
    IF NOT has_text THEN
        RAISE EXCEPTION 'no numbered paragraphs found in the text of %', ref
            USING ERRCODE = '22P02',
                  HINT = 'Paragraphs start with their number: "1. WELCOMES ..."; read_document() shows what was read.';
    END IF;

    -- the document row; the cover fills what is empty: the title from the
    -- conclusions' heading or the subject, the date from the meeting that
    -- adopted them or else the cover date
    INSERT INTO @extschema@.document (ref, kind) VALUES (import_conclusions.ref, 'conclusions')
    ON CONFLICT DO NOTHING;
    UPDATE @extschema@.document AS doc
    SET title = coalesce(doc.title, doc_title),
        adopted_on = coalesce(doc.adopted_on, doc_day)
    WHERE doc.ref = import_conclusions.ref AND (doc.title IS NULL OR doc.adopted_on IS NULL);
    SELECT doc.adopted_on INTO ref_day FROM @extschema@.document doc WHERE doc.ref = import_conclusions.ref;

    SELECT array_agg(i.number), array_agg(i.item), array_agg(c.k), array_agg(c.verb),
           array_agg(a.actor), array_agg(a.name), array_agg(a.pos)
    INTO c_number, c_item, c_k, c_verb, c_actor, c_name, c_pos
    FROM unnest(i_number, i_item, i_body) AS i(number, item, body)
    CROSS JOIN LATERAL @extschema@.calls_in(i.body) WITH ORDINALITY AS c(verb, kind, addressees, at, k)
    LEFT JOIN LATERAL @extschema@.actors_in(nullif(c.addressees, '')) AS a ON true;

    -- structure comes from one language version: others do not overwrite it
    -- (curated topics stay)
    INSERT INTO @extschema@.paragraph AS p (document, number, item, chapter, part, verbs, lang, label)
    SELECT import_conclusions.ref, i.number, i.item, i.chapter, i.part, coalesce(v.verbs, '{}'),
           import_conclusions.lang, i.label
    FROM unnest(i_number, i_item, i_label, i_chapter, i_part) AS i(number, item, label, chapter, part)
    LEFT JOIN (SELECT f.number, f.item, array_agg(f.verb ORDER BY f.first) AS verbs
               FROM (SELECT c.number, c.item, c.verb, min(c.k) AS first
                     FROM unnest(c_number, c_item, c_verb, c_k) AS c(number, item, verb, k)
                     GROUP BY 1, 2, 3) AS f
               GROUP BY 1, 2) AS v ON v.number = i.number AND v.item = i.item
    ORDER BY i.number, i.item
    ON CONFLICT (document, number, item) DO UPDATE
        SET chapter = EXCLUDED.chapter, part = EXCLUDED.part, verbs = EXCLUDED.verbs,
            lang = EXCLUDED.lang, label = EXCLUDED.label
        WHERE p.lang IS NULL OR p.lang = EXCLUDED.lang;
    INSERT INTO @extschema@.paragraph_text AS x (document, number, item, lang, body)
    SELECT import_conclusions.ref, i.number, i.item, import_conclusions.lang, i.body
    FROM unnest(i_number, i_item, i_body) AS i(number, item, body) ORDER BY i.number, i.item
    ON CONFLICT (document, number, item, lang) DO UPDATE SET body = EXCLUDED.body;

    -- detected links are replaced; curated ones are never touched
    DELETE FROM @extschema@.paragraph_actor pa
    WHERE pa.document = import_conclusions.ref AND pa.detected AND pa.lang = import_conclusions.lang;
    DELETE FROM @extschema@.paragraph_deadline pd
    WHERE pd.document = import_conclusions.ref AND pd.detected AND pd.lang = import_conclusions.lang;
    DELETE FROM @extschema@.reference r
    WHERE r.from_doc = import_conclusions.ref AND r.detected AND r.lang = import_conclusions.lang;

    -- addressees: only the actors a call names
    INSERT INTO @extschema@.paragraph_actor (document, number, item, actor, detected, lang)
    SELECT DISTINCT import_conclusions.ref, c.number, c.item, c.actor, true, import_conclusions.lang
    FROM unnest(c_number, c_item, c_actor) AS c(number, item, actor)
    WHERE c.actor IS NOT NULL
    ON CONFLICT DO NOTHING;

    -- deadlines, relative ones ("within six months") against the adoption date
    INSERT INTO @extschema@.paragraph_deadline (document, number, item, deadline, phrase, detected, lang)
    SELECT import_conclusions.ref, i.number, i.item, x.due, x.match, true, import_conclusions.lang
    FROM unnest(i_number, i_item, i_body) AS i(number, item, body),
         LATERAL @extschema@.deadlines_in(i.body, ref_day) AS x
    ON CONFLICT DO NOTHING;

    -- references: the text of a paragraph, point or recital, and its
    -- footnotes (attached through their markers, else to what they follow);
    -- the cover note cites for itself, not for the conclusions
    INSERT INTO @extschema@.reference (from_doc, number, item, to_doc, footnote, detected, lang)
    SELECT DISTINCT import_conclusions.ref, i.number, nullif(i.item, 0), x.ref, NULL::int, true,
           import_conclusions.lang
    FROM unnest(i_number, i_item, i_body) AS i(number, item, body),
         LATERAL @extschema@.docnums_in(i.body) AS x
    WHERE x.ref <> import_conclusions.ref
    ON CONFLICT DO NOTHING;
    INSERT INTO @extschema@.reference (from_doc, number, item, to_doc, footnote, detected, lang)
    SELECT DISTINCT import_conclusions.ref, f.number, f.item, x.ref, f.footnote, true, import_conclusions.lang
    FROM unnest(f_number, f_item, f_footnote, f_body) AS f(number, item, footnote, body),
         LATERAL @extschema@.docnums_in(f.body) AS x
    WHERE x.ref <> import_conclusions.ref
    ON CONFLICT DO NOTHING;

    -- what this text gave, then everything it skipped or could not place
    RETURN QUERY
    SELECT t.what, t.found, t.detail FROM (
        SELECT 1 AS g, v.o, v.what, v.found, NULL::text AS detail FROM (VALUES
            (1, 'paragraphs', (SELECT count(*)::int FROM unnest(i_number, i_item) AS i(number, item)
                               WHERE i.number > 0 AND i.item = 0)),
            (2, 'points', (SELECT count(*)::int FROM unnest(i_number, i_item) AS i(number, item)
                           WHERE i.number > 0 AND i.item > 0)),
            (3, 'recitals', (SELECT count(*)::int FROM unnest(i_number) AS i(number) WHERE i.number = 0)),
            (4, 'chapters', n_chapters),
            (5, 'verbs', (SELECT count(DISTINCT (c.number, c.item, c.verb))::int
                          FROM unnest(c_number, c_item, c_verb) AS c(number, item, verb))),
            (6, 'addressees', (SELECT count(*)::int FROM @extschema@.paragraph_actor pa
                               WHERE pa.document = import_conclusions.ref AND pa.lang = import_conclusions.lang)),
            (7, 'deadlines', (SELECT count(*)::int FROM @extschema@.paragraph_deadline pd
                              WHERE pd.document = import_conclusions.ref AND pd.lang = import_conclusions.lang)),
            (8, 'footnotes', n_footnotes),
            (9, 'references', (SELECT count(DISTINCT (r.number, r.to_doc))::int FROM @extschema@.reference r
                               WHERE r.from_doc = import_conclusions.ref AND r.lang = import_conclusions.lang)))
            AS v(o, what, found)
        UNION ALL
        -- the cover, the layout, skipped lines, the cover note's citations,
        -- numbers and bullets without text, footnotes placed by position
        -- or not at all (read above)
        SELECT 2, r.o, r.what, r.found, r.detail
        FROM unnest(r_what, r_found, r_detail) WITH ORDINALITY AS r(what, found, detail, o)) AS t
    ORDER BY t.g, t.o;
    -- relative deadlines that need a date the document does not give
    IF ref_day IS NULL THEN
        RETURN QUERY
        SELECT 'relative deadline without a date', 1,
               'paragraph ' || i.number || coalesce('(' || nullif(i.item, 0) || ')', '') || ': ' || x.match
        FROM unnest(i_number, i_item, i_body) AS i(number, item, body),
             LATERAL @extschema@.deadlines_in(i.body, DATE '2000-01-01') WITH ORDINALITY AS x(due, match, pos, o)
        WHERE NOT EXISTS (SELECT 1 FROM @extschema@.deadlines_in(i.body) AS y WHERE y.match = x.match)
        ORDER BY i.number, i.item, x.o;
    END IF;
    -- names in a call that are no actor of the vocabulary
    RETURN QUERY
    SELECT 'unknown addressee', 1,
           'paragraph ' || c.number || coalesce('(' || nullif(c.item, 0) || ')', '') || ': ' || c.name
    FROM unnest(c_number, c_item, c_actor, c_name, c_pos) WITH ORDINALITY AS c(number, item, actor, name, pos, o)
    WHERE c.actor IS NULL AND c.name IS NOT NULL
    ORDER BY c.number, c.item, c.pos, c.o;
END $$;
COMMENT ON FUNCTION @extschema@.import_conclusions(@extschema@.docnum, text, text) IS
    'stores the structure read_document() reads (paragraphs, points, lettered recitals, chapters) and links it: verbs, addressees, deadlines (relative ones against the adoption date) and references (text and footnotes); returns counts, then the cover fields it read and every line skipped or item it could not place; a re-import in the same language replaces only the rows detected in that language';
-- <<< issue 15: the document reader

-- >>> issue 15: the actor vocabulary
-- (src/sql/34_actor_vocabulary.sql, as a fresh install runs it)
-- The actor vocabulary, complete: the EU institutions and their presidents,
-- the High Representative, the advisory bodies, every decentralised agency
-- and body, the Council's own bodies, the 27 Member States and the usual
-- groupings, each in English, Dutch, French and German.
--
-- Sources of the names: the EU's Interinstitutional Style Guide (Publications
-- Office: "EU institutions and bodies", "Member States" and the list of
-- countries, in each language version), the founding acts / official names
-- the agencies and bodies give themselves on their own sites, and the
-- Council's list of its preparatory bodies.  Member States: the short names of
-- the Style Guide, Annex A5 (country codes: EL for Greece).
--
-- How the names are matched (actors_in, resolve_actor in 33/40): case-
-- insensitively, on whole words, longest alias first, anywhere in the text.
-- So:
--  * articles are not needed: "Commission" already matches in "la
--    Commission", "de Commissie" needs only "Commissie", "die Kommission"
--    only "Kommission";
--  * except where the article changes the name itself: German declines the
--    adjective ("der Europäische Rat", "den Europäischen Rat", "des
--    Europäischen Rates"); without those forms the shorter "Rat" (the
--    Council) would win and the European Council would be read as the
--    Council.  Such declined forms are listed; nothing else with an article;
--  * a name that contains another actor's name must be listed whole
--    ("Präsident des Europäischen Rates", "President of the Commission"),
--    the longest match wins;
--  * an alias that is also an ordinary word in en/nl/fr/de, or another
--    actor's name, would match that word: such aliases are left out (below).
--
-- Collisions avoided (acronyms and names deliberately NOT listed):
--   HR        Croatia's country code (and "HR" = human resources): the High
--             Representative is "HR/VP", "HR/SG", "SG/HR" only
--   HV        Dutch for HR, but two letters: only "HV/SG", "HV/VV", "SG/HV"
--   EU, UE    "EU"/"UE" stay the Union's; "EU Military Committee" etc. are
--             listed whole
--   ELA       Spanish/Portuguese word; "ela" (European Labour Authority):
--             full names only
--   ERA       English word "era" (and the European Research Area): European
--             Union Agency for Railways by full names only
--   EEA       also the European Economic Area; AEE, EUA (fr/de acronyms,
--             EUA is also "United States" in es/pt): full names only
--   FRA       France's three-letter code: Fundamental Rights Agency by names
--   ETF       exchange-traded fund: European Training Foundation by names
--   CdT       French "Cdt" (commandant): Translation Centre by names
--   REA       Italian/Spanish word: Research Executive Agency by names
--   CRU       French word ("cru"): Single Resolution Board: SRB and names
--   GAR       German word ("gar nicht"): Dutch acronym of the SRB left out
--   EOM       "end of message": Dutch acronym of the EPPO left out
--   BEI       German preposition "bei": French acronym of the EIB left out
--   FEI       French acronym of the EIF, also an international federation
--   ABE       French acronym of the EBA, also a surname (Shinzo Abe)
--   AED, EVA  French/German acronyms of the EDA: defibrillator, first name
--   CBR       Dutch acronym of the CPVO: CBR(N) in security texts
--   CEPD      French acronym of BOTH the EDPS (Contrôleur européen de la
--             protection des données) and the EDPB (Comité européen ...)
--   ISS       EUISS's short form: International Space Station
--   OSHA      the US agency: only "EU-OSHA"
--   PVC       Dutch acronym of the PSC: a plastic
--   Rates, Rats  German genitive of "Rat": English words "rates", "rats"
--   Rekenkamer, Cour des comptes, Rechnungshof (bare): national courts of
--             audit; only the European forms are listed
--   Gerichtshof, Europäischer Gerichtshof (bare): also the European Court of
--             Human Rights ("Europäischer Gerichtshof für Menschenrechte")
--   Secretary-General, secrétaire général, Generalsekretär (bare): UN and
--             NATO have one too; only "... of the Council" forms
--   Schengen (bare): "Schengen acquis", "Schengen Borders Code"; only the
--             grouping's names ("Schengen States", "espace Schengen", ...)
--   zijn Voorzitter, son Président, seinen Präsidenten: "its President" in a
--             Parliament resolution is the EP's, elsewhere not
--   AT, BE, DE, ES, IT, ... the Member States' codes: English, Dutch, French,
--             German words; the code is in column country, never an alias
-- Kept although they collide, because they are written in capitals in
-- practice and are the usual name (actors_in matches case-insensitively, so
-- the lower-case word would match too):
--   COPS      (the PSC in French) English "cops"
--   OLAF      (European Anti-Fraud Office) the first name Olaf
--   SRB       (Single Resolution Board) Serbia's three-letter code
--   ECA       (European Court of Auditors) UN Economic Commission for Africa
--   ACER      (energy regulators) a company name
--   GSA       (former European GNSS Agency) the US General Services Administration
--   CoR       (Committee of the Regions) English "cor!"
-- Known limitation: "Ireland" also matches in "Northern Ireland".
--
-- French names with an apostrophe are written with the straight one; the
-- most used names also with the typographic one (’) that texts copied from
-- the web carry.

-- 1. Names in Dutch, French and German (and missing English forms) for the
--    builtin rows of 33_model_actors.sql.
UPDATE @extschema@.actor AS a
SET aliases = a.aliases || v.more
FROM (VALUES
 ('European Commission', ARRAY['EU-Kommission', 'Europäischen Kommission']),
 ('Council of the European Union', ARRAY['Raad van de EU',
        'Conseil de l’Union européenne', 'Conseil de l''UE', 'Rat der EU',
        'Rates der Europäischen Union', 'Rats der Europäischen Union']),
 ('European Parliament', ARRAY['Europäische Parlament', 'Europäischen Parlament',
        'Europäischen Parlaments', 'Parlement', 'Parlament']),
 ('European Council', ARRAY['Europäische Rat', 'Europäischen Rat', 'Europäischen Rates',
        'Europäischen Rats']),
 ('European Union', ARRAY['UE', 'Unie', 'Europäischen Union']),
 ('Member States', ARRAY['EU Member State', 'EU-lidstaten', 'État membre', 'Etat membre',
        'États membres de l''UE', 'Mitgliedstaat', 'Mitgliedsstaaten', 'EU-Mitgliedstaaten']),
 ('EU institutions, bodies and agencies', ARRAY['instellingen, organen en instanties van de Unie',
        'instellingen, organen en instanties van de EU', 'EU-organen en -instanties', 'EU-agentschappen',
        'institutions, organes et organismes de l''Union', 'agences de l''UE',
        'Organe, Einrichtungen und sonstigen Stellen der Union', 'Organe, Einrichtungen und sonstige Stellen der Union',
        'EU-Agenturen']),
 ('European Union Agency for Cybersecurity', ARRAY['European Cyber Security Agency', 'European Cybersecurity Agency',
        'Agentschap van de Europese Unie voor cyberbeveiliging',
        'Agence de l''Union européenne pour la cybersécurité',
        'Agentur der Europäischen Union für Cybersicherheit']),
 ('Europol', ARRAY['Agentschap van de Europese Unie voor samenwerking op het gebied van rechtshandhaving',
        'Agence de l''Union européenne pour la coopération des services répressifs',
        'Agentur der Europäischen Union für die Zusammenarbeit auf dem Gebiet der Strafverfolgung']),
 ('Eurojust', ARRAY['Agentschap van de Europese Unie voor justitiële samenwerking in strafzaken',
        'Agence de l''Union européenne pour la coopération judiciaire en matière pénale',
        'Agentur der Europäischen Union für justizielle Zusammenarbeit in Strafsachen']),
 ('European Defence Agency', ARRAY['Europees Defensieagentschap', 'Agence européenne de défense',
        'Europäische Verteidigungsagentur', 'Europäischen Verteidigungsagentur']),
 ('European Security and Defence College', ARRAY['Europese Veiligheids- en Defensieacademie',
        'Collège européen de sécurité et de défense', 'CESD',
        'Europäisches Sicherheits- und Verteidigungskolleg', 'ESVK']),
 ('European Investment Bank', ARRAY['Banque européenne d’investissement', 'Europäischen Investitionsbank']),
 ('Private sector', ARRAY['particuliere sector', 'secteur privé', 'Privatsektor', 'privater Sektor',
        'Privatwirtschaft']),
 ('CSIRTs Network', ARRAY['CSIRT-netwerk', 'netwerk van CSIRT''s', 'réseau des CSIRT', 'CSIRTs-Netzwerk',
        'CSIRT-Netzwerk']),
 ('NIS Cooperation Group', ARRAY['NIS-samenwerkingsgroep', 'groupe de coopération SRI', 'groupe de coopération NIS',
        'NIS-Kooperationsgruppe', 'Kooperationsgruppe']),
 ('European Judicial Cybercrime Network', ARRAY['Europees justitieel netwerk inzake cybercriminaliteit',
        'Réseau judiciaire européen en matière de cybercriminalité',
        'Europäisches Justizielles Netz für Cyberkriminalität']),
 ('Standing Committee on Operational Cooperation on Internal Security', ARRAY[
        'Permanent Comité operationele samenwerking binnenlandse veiligheid',
        'Comité permanent de coopération opérationnelle en matière de sécurité intérieure',
        'Ständiger Ausschuss für die operative Zusammenarbeit im Bereich der inneren Sicherheit']),
 ('Horizontal Working Party on Cyber Issues', ARRAY['Horizontale Groep cyberkwesties',
        'Groupe horizontal «Questions cybernétiques»', 'Horizontale Gruppe „Fragen des Cyberraums“']),
 -- Coreper I and II are one actor; both parts and the names in each language
 ('Permanent Representatives Committee', ARRAY['Coreper I', 'Coreper II', 'Coreper (Part 1)', 'Coreper (Part 2)',
        'Committee of Permanent Representatives', 'Comité van permanente vertegenwoordigers',
        'Comité des représentants permanents', 'Ausschuss der Ständigen Vertreter',
        'Ausschuß der Ständigen Vertreter', 'AStV']),
 ('North Atlantic Treaty Organization', ARRAY['North Atlantic Treaty Organisation', 'Noord-Atlantische Verdragsorganisatie',
        'Organisation du traité de l''Atlantique Nord', 'Nordatlantikvertrags-Organisation']),
 ('Organization for Security and Co-operation in Europe', ARRAY['Organisation for Security and Co-operation in Europe',
        'Organisatie voor Veiligheid en Samenwerking in Europa',
        'Organisation pour la sécurité et la coopération en Europe',
        'Organisation für Sicherheit und Zusammenarbeit in Europa']),
 ('United Nations', ARRAY['Verenigde Naties', 'Nations unies', 'Organisation des Nations unies',
        'Vereinten Nationen']),
 ('Council of Europe', ARRAY['Conseil de l’Europe']),
 ('European External Action Service', ARRAY['Service européen pour l’action extérieure',
        'Europäischen Auswärtigen Dienst', 'Europäischen Auswärtigen Dienstes']),
 -- the presidencies: "het Finse voorzitterschap", "onder Fins
 -- voorzitterschap", "la présidence finlandaise", "der finnische Vorsitz /
 -- den finnischen Ratsvorsitz / unter finnischem Vorsitz / die finnische
 -- Präsidentschaft" (German declined as above)
 ('AT Presidency', ARRAY['Oostenrijkse voorzitterschap', 'Oostenrijks voorzitterschap', 'présidence autrichienne', 'österreichische Vorsitz', 'österreichischen Vorsitz', 'österreichischen Vorsitzes', 'österreichischer Vorsitz', 'österreichische Ratsvorsitz', 'österreichischen Ratsvorsitz', 'österreichischen Ratsvorsitzes', 'österreichischer Ratsvorsitz', 'österreichische Präsidentschaft', 'österreichischen Präsidentschaft', 'österreichischem Vorsitz', 'österreichischem Ratsvorsitz']),
 ('BE Presidency', ARRAY['Belgische voorzitterschap', 'Belgisch voorzitterschap', 'présidence belge', 'belgische Vorsitz', 'belgischen Vorsitz', 'belgischen Vorsitzes', 'belgischer Vorsitz', 'belgische Ratsvorsitz', 'belgischen Ratsvorsitz', 'belgischen Ratsvorsitzes', 'belgischer Ratsvorsitz', 'belgische Präsidentschaft', 'belgischen Präsidentschaft', 'belgischem Vorsitz', 'belgischem Ratsvorsitz']),
 ('BG Presidency', ARRAY['Bulgaarse voorzitterschap', 'Bulgaars voorzitterschap', 'présidence bulgare', 'bulgarische Vorsitz', 'bulgarischen Vorsitz', 'bulgarischen Vorsitzes', 'bulgarischer Vorsitz', 'bulgarische Ratsvorsitz', 'bulgarischen Ratsvorsitz', 'bulgarischen Ratsvorsitzes', 'bulgarischer Ratsvorsitz', 'bulgarische Präsidentschaft', 'bulgarischen Präsidentschaft', 'bulgarischem Vorsitz', 'bulgarischem Ratsvorsitz']),
 ('CY Presidency', ARRAY['Cypriotische voorzitterschap', 'Cypriotisch voorzitterschap', 'présidence chypriote', 'zyprische Vorsitz', 'zyprischen Vorsitz', 'zyprischen Vorsitzes', 'zyprischer Vorsitz', 'zyprische Ratsvorsitz', 'zyprischen Ratsvorsitz', 'zyprischen Ratsvorsitzes', 'zyprischer Ratsvorsitz', 'zyprische Präsidentschaft', 'zyprischen Präsidentschaft', 'zyprischem Vorsitz', 'zyprischem Ratsvorsitz']),
 ('CZ Presidency', ARRAY['Tsjechische voorzitterschap', 'Tsjechisch voorzitterschap', 'présidence tchèque', 'tschechische Vorsitz', 'tschechischen Vorsitz', 'tschechischen Vorsitzes', 'tschechischer Vorsitz', 'tschechische Ratsvorsitz', 'tschechischen Ratsvorsitz', 'tschechischen Ratsvorsitzes', 'tschechischer Ratsvorsitz', 'tschechische Präsidentschaft', 'tschechischen Präsidentschaft', 'tschechischem Vorsitz', 'tschechischem Ratsvorsitz']),
 ('DE Presidency', ARRAY['Duitse voorzitterschap', 'Duits voorzitterschap', 'présidence allemande', 'deutsche Vorsitz', 'deutschen Vorsitz', 'deutschen Vorsitzes', 'deutscher Vorsitz', 'deutsche Ratsvorsitz', 'deutschen Ratsvorsitz', 'deutschen Ratsvorsitzes', 'deutscher Ratsvorsitz', 'deutsche Präsidentschaft', 'deutschen Präsidentschaft', 'deutschem Vorsitz', 'deutschem Ratsvorsitz']),
 ('DK Presidency', ARRAY['Deense voorzitterschap', 'Deens voorzitterschap', 'présidence danoise', 'dänische Vorsitz', 'dänischen Vorsitz', 'dänischen Vorsitzes', 'dänischer Vorsitz', 'dänische Ratsvorsitz', 'dänischen Ratsvorsitz', 'dänischen Ratsvorsitzes', 'dänischer Ratsvorsitz', 'dänische Präsidentschaft', 'dänischen Präsidentschaft', 'dänischem Vorsitz', 'dänischem Ratsvorsitz']),
 ('EE Presidency', ARRAY['Estse voorzitterschap', 'Ests voorzitterschap', 'présidence estonienne', 'estnische Vorsitz', 'estnischen Vorsitz', 'estnischen Vorsitzes', 'estnischer Vorsitz', 'estnische Ratsvorsitz', 'estnischen Ratsvorsitz', 'estnischen Ratsvorsitzes', 'estnischer Ratsvorsitz', 'estnische Präsidentschaft', 'estnischen Präsidentschaft', 'estnischem Vorsitz', 'estnischem Ratsvorsitz']),
 ('EL Presidency', ARRAY['Griekse voorzitterschap', 'Grieks voorzitterschap', 'présidence grecque', 'griechische Vorsitz', 'griechischen Vorsitz', 'griechischen Vorsitzes', 'griechischer Vorsitz', 'griechische Ratsvorsitz', 'griechischen Ratsvorsitz', 'griechischen Ratsvorsitzes', 'griechischer Ratsvorsitz', 'griechische Präsidentschaft', 'griechischen Präsidentschaft', 'griechischem Vorsitz', 'griechischem Ratsvorsitz']),
 ('ES Presidency', ARRAY['Spaanse voorzitterschap', 'Spaans voorzitterschap', 'présidence espagnole', 'spanische Vorsitz', 'spanischen Vorsitz', 'spanischen Vorsitzes', 'spanischer Vorsitz', 'spanische Ratsvorsitz', 'spanischen Ratsvorsitz', 'spanischen Ratsvorsitzes', 'spanischer Ratsvorsitz', 'spanische Präsidentschaft', 'spanischen Präsidentschaft', 'spanischem Vorsitz', 'spanischem Ratsvorsitz']),
 ('FI Presidency', ARRAY['Finse voorzitterschap', 'Fins voorzitterschap', 'présidence finlandaise', 'finnische Vorsitz', 'finnischen Vorsitz', 'finnischen Vorsitzes', 'finnischer Vorsitz', 'finnische Ratsvorsitz', 'finnischen Ratsvorsitz', 'finnischen Ratsvorsitzes', 'finnischer Ratsvorsitz', 'finnische Präsidentschaft', 'finnischen Präsidentschaft', 'finnischem Vorsitz', 'finnischem Ratsvorsitz']),
 ('FR Presidency', ARRAY['Franse voorzitterschap', 'Frans voorzitterschap', 'présidence française', 'französische Vorsitz', 'französischen Vorsitz', 'französischen Vorsitzes', 'französischer Vorsitz', 'französische Ratsvorsitz', 'französischen Ratsvorsitz', 'französischen Ratsvorsitzes', 'französischer Ratsvorsitz', 'französische Präsidentschaft', 'französischen Präsidentschaft', 'französischem Vorsitz', 'französischem Ratsvorsitz']),
 ('HR Presidency', ARRAY['Kroatische voorzitterschap', 'Kroatisch voorzitterschap', 'présidence croate', 'kroatische Vorsitz', 'kroatischen Vorsitz', 'kroatischen Vorsitzes', 'kroatischer Vorsitz', 'kroatische Ratsvorsitz', 'kroatischen Ratsvorsitz', 'kroatischen Ratsvorsitzes', 'kroatischer Ratsvorsitz', 'kroatische Präsidentschaft', 'kroatischen Präsidentschaft', 'kroatischem Vorsitz', 'kroatischem Ratsvorsitz']),
 ('HU Presidency', ARRAY['Hongaarse voorzitterschap', 'Hongaars voorzitterschap', 'présidence hongroise', 'ungarische Vorsitz', 'ungarischen Vorsitz', 'ungarischen Vorsitzes', 'ungarischer Vorsitz', 'ungarische Ratsvorsitz', 'ungarischen Ratsvorsitz', 'ungarischen Ratsvorsitzes', 'ungarischer Ratsvorsitz', 'ungarische Präsidentschaft', 'ungarischen Präsidentschaft', 'ungarischem Vorsitz', 'ungarischem Ratsvorsitz']),
 ('IE Presidency', ARRAY['Ierse voorzitterschap', 'Iers voorzitterschap', 'présidence irlandaise', 'irische Vorsitz', 'irischen Vorsitz', 'irischen Vorsitzes', 'irischer Vorsitz', 'irische Ratsvorsitz', 'irischen Ratsvorsitz', 'irischen Ratsvorsitzes', 'irischer Ratsvorsitz', 'irische Präsidentschaft', 'irischen Präsidentschaft', 'irischem Vorsitz', 'irischem Ratsvorsitz']),
 ('IT Presidency', ARRAY['Italiaanse voorzitterschap', 'Italiaans voorzitterschap', 'présidence italienne', 'italienische Vorsitz', 'italienischen Vorsitz', 'italienischen Vorsitzes', 'italienischer Vorsitz', 'italienische Ratsvorsitz', 'italienischen Ratsvorsitz', 'italienischen Ratsvorsitzes', 'italienischer Ratsvorsitz', 'italienische Präsidentschaft', 'italienischen Präsidentschaft', 'italienischem Vorsitz', 'italienischem Ratsvorsitz']),
 ('LT Presidency', ARRAY['Litouwse voorzitterschap', 'Litouws voorzitterschap', 'présidence lituanienne', 'litauische Vorsitz', 'litauischen Vorsitz', 'litauischen Vorsitzes', 'litauischer Vorsitz', 'litauische Ratsvorsitz', 'litauischen Ratsvorsitz', 'litauischen Ratsvorsitzes', 'litauischer Ratsvorsitz', 'litauische Präsidentschaft', 'litauischen Präsidentschaft', 'litauischem Vorsitz', 'litauischem Ratsvorsitz']),
 ('LU Presidency', ARRAY['Luxemburgse voorzitterschap', 'Luxemburgs voorzitterschap', 'présidence luxembourgeoise', 'luxemburgische Vorsitz', 'luxemburgischen Vorsitz', 'luxemburgischen Vorsitzes', 'luxemburgischer Vorsitz', 'luxemburgische Ratsvorsitz', 'luxemburgischen Ratsvorsitz', 'luxemburgischen Ratsvorsitzes', 'luxemburgischer Ratsvorsitz', 'luxemburgische Präsidentschaft', 'luxemburgischen Präsidentschaft', 'luxemburgischem Vorsitz', 'luxemburgischem Ratsvorsitz']),
 ('LV Presidency', ARRAY['Letse voorzitterschap', 'Lets voorzitterschap', 'présidence lettone', 'lettische Vorsitz', 'lettischen Vorsitz', 'lettischen Vorsitzes', 'lettischer Vorsitz', 'lettische Ratsvorsitz', 'lettischen Ratsvorsitz', 'lettischen Ratsvorsitzes', 'lettischer Ratsvorsitz', 'lettische Präsidentschaft', 'lettischen Präsidentschaft', 'lettischem Vorsitz', 'lettischem Ratsvorsitz']),
 ('MT Presidency', ARRAY['Maltese voorzitterschap', 'Maltees voorzitterschap', 'présidence maltaise', 'maltesische Vorsitz', 'maltesischen Vorsitz', 'maltesischen Vorsitzes', 'maltesischer Vorsitz', 'maltesische Ratsvorsitz', 'maltesischen Ratsvorsitz', 'maltesischen Ratsvorsitzes', 'maltesischer Ratsvorsitz', 'maltesische Präsidentschaft', 'maltesischen Präsidentschaft', 'maltesischem Vorsitz', 'maltesischem Ratsvorsitz']),
 ('NL Presidency', ARRAY['Nederlandse voorzitterschap', 'Nederlands voorzitterschap', 'présidence néerlandaise', 'niederländische Vorsitz', 'niederländischen Vorsitz', 'niederländischen Vorsitzes', 'niederländischer Vorsitz', 'niederländische Ratsvorsitz', 'niederländischen Ratsvorsitz', 'niederländischen Ratsvorsitzes', 'niederländischer Ratsvorsitz', 'niederländische Präsidentschaft', 'niederländischen Präsidentschaft', 'niederländischem Vorsitz', 'niederländischem Ratsvorsitz']),
 ('PL Presidency', ARRAY['Poolse voorzitterschap', 'Pools voorzitterschap', 'présidence polonaise', 'polnische Vorsitz', 'polnischen Vorsitz', 'polnischen Vorsitzes', 'polnischer Vorsitz', 'polnische Ratsvorsitz', 'polnischen Ratsvorsitz', 'polnischen Ratsvorsitzes', 'polnischer Ratsvorsitz', 'polnische Präsidentschaft', 'polnischen Präsidentschaft', 'polnischem Vorsitz', 'polnischem Ratsvorsitz']),
 ('PT Presidency', ARRAY['Portugese voorzitterschap', 'Portugees voorzitterschap', 'présidence portugaise', 'portugiesische Vorsitz', 'portugiesischen Vorsitz', 'portugiesischen Vorsitzes', 'portugiesischer Vorsitz', 'portugiesische Ratsvorsitz', 'portugiesischen Ratsvorsitz', 'portugiesischen Ratsvorsitzes', 'portugiesischer Ratsvorsitz', 'portugiesische Präsidentschaft', 'portugiesischen Präsidentschaft', 'portugiesischem Vorsitz', 'portugiesischem Ratsvorsitz']),
 ('RO Presidency', ARRAY['Roemeense voorzitterschap', 'Roemeens voorzitterschap', 'présidence roumaine', 'rumänische Vorsitz', 'rumänischen Vorsitz', 'rumänischen Vorsitzes', 'rumänischer Vorsitz', 'rumänische Ratsvorsitz', 'rumänischen Ratsvorsitz', 'rumänischen Ratsvorsitzes', 'rumänischer Ratsvorsitz', 'rumänische Präsidentschaft', 'rumänischen Präsidentschaft', 'rumänischem Vorsitz', 'rumänischem Ratsvorsitz']),
 ('SE Presidency', ARRAY['Zweedse voorzitterschap', 'Zweeds voorzitterschap', 'présidence suédoise', 'schwedische Vorsitz', 'schwedischen Vorsitz', 'schwedischen Vorsitzes', 'schwedischer Vorsitz', 'schwedische Ratsvorsitz', 'schwedischen Ratsvorsitz', 'schwedischen Ratsvorsitzes', 'schwedischer Ratsvorsitz', 'schwedische Präsidentschaft', 'schwedischen Präsidentschaft', 'schwedischem Vorsitz', 'schwedischem Ratsvorsitz']),
 ('SI Presidency', ARRAY['Sloveense voorzitterschap', 'Sloveens voorzitterschap', 'présidence slovène', 'slowenische Vorsitz', 'slowenischen Vorsitz', 'slowenischen Vorsitzes', 'slowenischer Vorsitz', 'slowenische Ratsvorsitz', 'slowenischen Ratsvorsitz', 'slowenischen Ratsvorsitzes', 'slowenischer Ratsvorsitz', 'slowenische Präsidentschaft', 'slowenischen Präsidentschaft', 'slowenischem Vorsitz', 'slowenischem Ratsvorsitz']),
 ('SK Presidency', ARRAY['Slowaakse voorzitterschap', 'Slowaaks voorzitterschap', 'présidence slovaque', 'slowakische Vorsitz', 'slowakischen Vorsitz', 'slowakischen Vorsitzes', 'slowakischer Vorsitz', 'slowakische Ratsvorsitz', 'slowakischen Ratsvorsitz', 'slowakischen Ratsvorsitzes', 'slowakischer Ratsvorsitz', 'slowakische Präsidentschaft', 'slowakischen Präsidentschaft', 'slowakischem Vorsitz', 'slowakischem Ratsvorsitz'])
) AS v(name, more)
WHERE a.name = v.name AND a.builtin;

-- 2. The actors 33_model_actors.sql lacks.  short_name is matched like an
--    alias, so where the acronym collides (see above) short_name is the name.
INSERT INTO @extschema@.actor (name, short_name, kind, country, aliases, builtin) VALUES
 -- the High Representative and the presidents (style guide: "High
 -- Representative of the Union for Foreign Affairs and Security Policy";
 -- before 2009 "Secretary-General/High Representative")
 ('High Representative', 'HR/VP', 'institution', NULL,
  ARRAY['High Representative of the Union for Foreign Affairs and Security Policy',
        'High Representative/Vice-President', 'HRVP', 'HR/SG', 'SG/HR',
        'Secretary-General/High Representative', 'High Representative/Secretary-General',
        'Hoge Vertegenwoordiger',
        'hoge vertegenwoordiger van de Unie voor buitenlandse zaken en veiligheidsbeleid',
        'hoge vertegenwoordiger/vicevoorzitter', 'HV/VV', 'HV/SG', 'SG/HV',
        'secretaris-generaal/hoge vertegenwoordiger',
        'Haut représentant', 'Haute représentante',
        'haut représentant de l''Union pour les affaires étrangères et la politique de sécurité',
        'haut représentant de l’Union pour les affaires étrangères et la politique de sécurité',
        'haute représentante de l''Union pour les affaires étrangères et la politique de sécurité',
        'haut représentant/vice-président', 'Secrétaire général/Haut Représentant',
        'Hoher Vertreter', 'Hohe Vertreter', 'Hohen Vertreter', 'Hohen Vertreters',
        'Hohe Vertreterin', 'Hohen Vertreterin',
        'Hoher Vertreter der Union für Außen- und Sicherheitspolitik',
        'Hohen Vertreter der Union für Außen- und Sicherheitspolitik',
        'Hohe Vertreterin der Union für Außen- und Sicherheitspolitik',
        'HV/VP', 'Hoher Vertreter/Generalsekretär', 'Hohen Vertreters/Generalsekretärs',
        'Generalsekretär/Hoher Vertreter'], true),
 ('President of the European Council', 'President of the European Council', 'institution', NULL,
  ARRAY['European Council President', 'voorzitter van de Europese Raad', 'président du Conseil européen',
        'Präsident des Europäischen Rates', 'Präsidenten des Europäischen Rates',
        'Präsident des Europäischen Rats'], true),
 ('President of the European Commission', 'Commission President', 'institution', NULL,
  ARRAY['President of the Commission', 'voorzitter van de Commissie', 'voorzitter van de Europese Commissie',
        'président de la Commission', 'présidente de la Commission', 'présidente de la Commission européenne',
        'président de la Commission européenne', 'Präsident der Kommission', 'Präsidentin der Kommission',
        'Präsidenten der Kommission', 'Präsidentin der Europäischen Kommission',
        'Präsident der Europäischen Kommission', 'Kommissionspräsident', 'Kommissionspräsidentin'], true),
 ('President of the European Parliament', 'President of the European Parliament', 'institution', NULL,
  ARRAY['President of Parliament', 'voorzitter van het Europees Parlement', 'président du Parlement européen',
        'présidente du Parlement européen', 'Präsident des Europäischen Parlaments',
        'Präsidentin des Europäischen Parlaments', 'Präsidenten des Europäischen Parlaments'], true),
 -- the other institutions (TEU Article 13) and the advisory bodies
 ('Court of Justice of the European Union', 'CJEU', 'institution', NULL,
  ARRAY['Court of Justice', 'European Court of Justice', 'ECJ', 'Hof van Justitie van de Europese Unie',
        'Hof van Justitie', 'HvJ EU', 'Cour de justice de l''Union européenne', 'Cour de justice', 'CJUE',
        'Gerichtshof der Europäischen Union', 'EuGH'], true),
 ('European Court of Auditors', 'ECA', 'institution', NULL,
  ARRAY['Court of Auditors', 'Europese Rekenkamer', 'Cour des comptes européenne',
        'Europäischer Rechnungshof', 'Europäische Rechnungshof', 'Europäischen Rechnungshof',
        'Europäischen Rechnungshofs'], true),
 ('European Central Bank', 'ECB', 'institution', NULL,
  ARRAY['Europese Centrale Bank', 'Banque centrale européenne', 'BCE', 'Europäische Zentralbank',
        'Europäischen Zentralbank', 'EZB'], true),
 ('European Economic and Social Committee', 'EESC', 'institution', NULL,
  ARRAY['Economic and Social Committee', 'Europees Economisch en Sociaal Comité', 'Comité économique et social européen',
        'CESE', 'Europäischer Wirtschafts- und Sozialausschuss', 'Europäische Wirtschafts- und Sozialausschuss',
        'Europäischen Wirtschafts- und Sozialausschuss', 'Europäischen Wirtschafts- und Sozialausschusses',
        'Wirtschafts- und Sozialausschuss', 'EWSA'], true),
 ('European Committee of the Regions', 'CoR', 'institution', NULL,
  ARRAY['Committee of the Regions', 'Europees Comité van de Regio''s', 'Comité van de Regio''s', 'CvdR',
        'Comité européen des régions', 'Comité des régions', 'CdR', 'Europäischer Ausschuss der Regionen',
        'Europäische Ausschuss der Regionen', 'Europäischen Ausschuss der Regionen',
        'Ausschuss der Regionen', 'AdR'], true),
 ('European Ombudsman', 'European Ombudsman', 'institution', NULL,
  ARRAY['Europese Ombudsman', 'Médiateur européen', 'Médiatrice européenne', 'Europäischer Bürgerbeauftragter',
        'Europäische Bürgerbeauftragte', 'Europäischen Bürgerbeauftragten'], true),
 ('European Data Protection Supervisor', 'EDPS', 'institution', NULL,
  ARRAY['Europese Toezichthouder voor gegevensbescherming', 'Contrôleur européen de la protection des données',
        'Europäischer Datenschutzbeauftragter', 'Europäische Datenschutzbeauftragte',
        'Europäischen Datenschutzbeauftragten', 'EDSB'], true),
 ('European Data Protection Board', 'EDPB', 'agency', NULL,
  ARRAY['Europees Comité voor gegevensbescherming', 'Comité européen de la protection des données',
        'Europäischer Datenschutzausschuss', 'Europäischen Datenschutzausschuss', 'EDSA'], true),
 ('European Investment Fund', 'EIF', 'institution', NULL,
  ARRAY['Europees Investeringsfonds', 'Fonds européen d''investissement', 'Europäischer Investitionsfonds',
        'Europäischen Investitionsfonds'], true),
 -- OLAF is a Commission service, not an agency
 ('European Anti-Fraud Office', 'OLAF', 'institution', NULL,
  ARRAY['Europees Bureau voor fraudebestrijding', 'Office européen de lutte antifraude',
        'Europäisches Amt für Betrugsbekämpfung'], true),
 -- the Council's bodies
 ('General Secretariat of the Council', 'GSC', 'council_body', NULL,
  ARRAY['General Secretariat of the Council of the European Union', 'Council General Secretariat',
        'Council Secretariat', 'Secretary-General of the Council', 'Secretary-General of the Council of the European Union',
        'secretariaat-generaal van de Raad', 'secretaris-generaal van de Raad',
        'secrétariat général du Conseil', 'SGC', 'secrétaire général du Conseil', 'secrétaire générale du Conseil',
        'Generalsekretariat des Rates', 'Generalsekretär des Rates', 'Generalsekretärin des Rates'], true),
 -- the PSC's forerunner of European Political Cooperation was the
 -- Political Committee; texts of that time address it so
 ('Political and Security Committee', 'PSC', 'council_body', NULL,
  ARRAY['COPS', 'Comité politique et de sécurité', 'Politiek en Veiligheidscomité',
        'Politisches und Sicherheitspolitisches Komitee', 'Politische und Sicherheitspolitische Komitee',
        'Politischen und Sicherheitspolitischen Komitee', 'PSK', 'Political Committee', 'Comité politique',
        'Politiek Comité', 'Politisches Komitee'], true),
 ('European Union Military Committee', 'EUMC', 'council_body', NULL,
  ARRAY['EU Military Committee', 'Militair Comité van de Europese Unie', 'Militair Comité van de EU',
        'Comité militaire de l''Union européenne', 'Comité militaire de l’Union européenne', 'CMUE',
        'Militärausschuss der Europäischen Union', 'Militärausschuss der EU'], true),
 -- "Council preparatory bodies" is left out for now: in the example plan
 -- 14965/17 it would turn the checked "monitored by ... Council" of action
 -- 35 into another actor (README, Limits)
 ('Eurogroup', 'Eurogroup', 'council_body', NULL,
  ARRAY['Eurogroep', 'Eurogroupe', 'Euro-Gruppe', 'Eurogruppe'], true),
 -- decentralised agencies and bodies (names: each agency's founding act and
 -- its own site; style guide list of EU bodies)
 ('Frontex', 'Frontex', 'agency', NULL,
  ARRAY['European Border and Coast Guard Agency', 'EBCGA', 'Europees Grens- en kustwachtagentschap',
        'Agence européenne de garde-frontières et de garde-côtes',
        'Europäische Agentur für die Grenz- und Küstenwache'], true),
 ('European Union Agency for Asylum', 'EUAA', 'agency', NULL,
  ARRAY['EASO', 'European Asylum Support Office', 'Asielagentschap van de Europese Unie',
        'Europees Ondersteuningsbureau voor asielzaken', 'Agence de l''Union européenne pour l''asile',
        'Bureau européen d''appui en matière d''asile', 'Asylagentur der Europäischen Union',
        'Europäisches Unterstützungsbüro für Asylfragen'], true),
 ('eu-LISA', 'eu-LISA', 'agency', NULL,
  ARRAY['European Union Agency for the Operational Management of Large-Scale IT Systems in the Area of Freedom, Security and Justice',
        'Agentschap van de Europese Unie voor het operationeel beheer van grootschalige IT-systemen op het gebied van vrijheid, veiligheid en recht',
        'Agence de l''Union européenne pour la gestion opérationnelle des systèmes d''information à grande échelle au sein de l''espace de liberté, de sécurité et de justice',
        'Agentur der Europäischen Union für das Betriebsmanagement von IT-Großsystemen im Raum der Freiheit, der Sicherheit und des Rechts'], true),
 ('CEPOL', 'CEPOL', 'agency', NULL,
  ARRAY['European Union Agency for Law Enforcement Training',
        'Agentschap van de Europese Unie voor opleiding op het gebied van rechtshandhaving',
        'Agence de l''Union européenne pour la formation des services répressifs',
        'Agentur der Europäischen Union für die Aus- und Fortbildung auf dem Gebiet der Strafverfolgung'], true),
 ('European Union Drugs Agency', 'EUDA', 'agency', NULL,
  ARRAY['EMCDDA', 'European Monitoring Centre for Drugs and Drug Addiction', 'Drugsagentschap van de Europese Unie',
        'Europees Waarnemingscentrum voor drugs en drugsverslaving', 'EWDD',
        'Agence de l''Union européenne sur les drogues', 'Observatoire européen des drogues et des toxicomanies', 'OEDT',
        'Drogenagentur der Europäischen Union', 'Europäische Beobachtungsstelle für Drogen und Drogensucht', 'EBDD'], true),
 ('European Food Safety Authority', 'EFSA', 'agency', NULL,
  ARRAY['Europese Autoriteit voor voedselveiligheid', 'Autorité européenne de sécurité des aliments',
        'Europäische Behörde für Lebensmittelsicherheit'], true),
 ('European Medicines Agency', 'EMA', 'agency', NULL,
  ARRAY['Europees Geneesmiddelenbureau', 'Agence européenne des médicaments', 'Europäische Arzneimittel-Agentur'], true),
 ('European Centre for Disease Prevention and Control', 'ECDC', 'agency', NULL,
  ARRAY['Europees Centrum voor ziektepreventie en -bestrijding',
        'Centre européen de prévention et de contrôle des maladies',
        'Europäisches Zentrum für die Prävention und die Kontrolle von Krankheiten'], true),
 ('European Chemicals Agency', 'ECHA', 'agency', NULL,
  ARRAY['Europees Agentschap voor chemische stoffen', 'Agence européenne des produits chimiques',
        'Europäische Chemikalienagentur'], true),
 ('European Environment Agency', 'European Environment Agency', 'agency', NULL,
  ARRAY['Europees Milieuagentschap', 'Agence européenne pour l''environnement', 'Europäische Umweltagentur'], true),
 ('European Union Aviation Safety Agency', 'EASA', 'agency', NULL,
  ARRAY['European Aviation Safety Agency', 'Agentschap van de Europese Unie voor de veiligheid van de luchtvaart',
        'Agence de l''Union européenne pour la sécurité aérienne', 'Agentur der Europäischen Union für Flugsicherheit'], true),
 ('European Maritime Safety Agency', 'EMSA', 'agency', NULL,
  ARRAY['Europees Agentschap voor maritieme veiligheid', 'Agence européenne pour la sécurité maritime',
        'Europäische Agentur für die Sicherheit des Seeverkehrs'], true),
 ('European Union Agency for Railways', 'European Union Agency for Railways', 'agency', NULL,
  ARRAY['European Railway Agency', 'Spoorwegbureau van de Europese Unie',
        'Agence de l''Union européenne pour les chemins de fer', 'Eisenbahnagentur der Europäischen Union'], true),
 ('European Banking Authority', 'EBA', 'agency', NULL,
  ARRAY['Europese Bankautoriteit', 'Autorité bancaire européenne', 'Europäische Bankenaufsichtsbehörde'], true),
 ('European Insurance and Occupational Pensions Authority', 'EIOPA', 'agency', NULL,
  ARRAY['Europese Autoriteit voor verzekeringen en bedrijfspensioenen',
        'Autorité européenne des assurances et des pensions professionnelles', 'AEAPP',
        'Europäische Aufsichtsbehörde für das Versicherungswesen und die betriebliche Altersversorgung'], true),
 ('European Securities and Markets Authority', 'ESMA', 'agency', NULL,
  ARRAY['Europese Autoriteit voor effecten en markten', 'Autorité européenne des marchés financiers', 'AEMF',
        'Europäische Wertpapier- und Marktaufsichtsbehörde'], true),
 ('European Union Agency for the Cooperation of Energy Regulators', 'ACER', 'agency', NULL,
  ARRAY['Agency for the Cooperation of Energy Regulators',
        'Agentschap van de Europese Unie voor de samenwerking tussen energieregulators',
        'Agence de l''Union européenne pour la coopération des régulateurs de l''énergie',
        'Agentur der Europäischen Union für die Zusammenarbeit der Energieregulierungsbehörden'], true),
 ('Body of European Regulators for Electronic Communications', 'BEREC', 'agency', NULL,
  ARRAY['Orgaan van Europese regelgevende instanties voor elektronische communicatie',
        'Organe des régulateurs européens des communications électroniques', 'ORECE',
        'Gremium Europäischer Regulierungsstellen für elektronische Kommunikation', 'GEREK'], true),
 ('Translation Centre for the Bodies of the European Union', 'Translation Centre', 'agency', NULL,
  ARRAY['Vertaalbureau voor de organen van de Europese Unie', 'Centre de traduction des organes de l''Union européenne',
        'Übersetzungszentrum für die Einrichtungen der Europäischen Union'], true),
 ('Cedefop', 'Cedefop', 'agency', NULL,
  ARRAY['European Centre for the Development of Vocational Training',
        'Europees Centrum voor de ontwikkeling van de beroepsopleiding',
        'Centre européen pour le développement de la formation professionnelle',
        'Europäisches Zentrum für die Förderung der Berufsbildung'], true),
 ('Community Plant Variety Office', 'CPVO', 'agency', NULL,
  ARRAY['Communautair Bureau voor plantenrassen', 'Office communautaire des variétés végétales', 'OCVV',
        'Gemeinschaftliches Sortenamt'], true),
 ('European Fisheries Control Agency', 'EFCA', 'agency', NULL,
  ARRAY['Europees Bureau voor visserijcontrole', 'Agence européenne de contrôle des pêches', 'AECP',
        'Europäische Fischereiaufsichtsagentur'], true),
 ('European Institute for Gender Equality', 'EIGE', 'agency', NULL,
  ARRAY['Europees Instituut voor gendergelijkheid', 'Institut européen pour l''égalité entre les hommes et les femmes',
        'Europäisches Institut für Gleichstellungsfragen'], true),
 ('European Labour Authority', 'European Labour Authority', 'agency', NULL,
  ARRAY['Europese Arbeidsautoriteit', 'Autorité européenne du travail', 'Europäische Arbeitsbehörde'], true),
 ('European Training Foundation', 'European Training Foundation', 'agency', NULL,
  ARRAY['Europese Stichting voor opleiding', 'Fondation européenne pour la formation',
        'Europäische Stiftung für Berufsbildung'], true),
 ('European Agency for Safety and Health at Work', 'EU-OSHA', 'agency', NULL,
  ARRAY['Europees Agentschap voor veiligheid en gezondheid op het werk',
        'Agence européenne pour la sécurité et la santé au travail',
        'Europäische Agentur für Sicherheit und Gesundheitsschutz am Arbeitsplatz'], true),
 ('Eurofound', 'Eurofound', 'agency', NULL,
  ARRAY['European Foundation for the Improvement of Living and Working Conditions',
        'Europese Stichting tot verbetering van de levens- en arbeidsomstandigheden',
        'Fondation européenne pour l''amélioration des conditions de vie et de travail',
        'Europäische Stiftung zur Verbesserung der Lebens- und Arbeitsbedingungen'], true),
 ('European Union Agency for Fundamental Rights', 'Fundamental Rights Agency', 'agency', NULL,
  ARRAY['Bureau van de Europese Unie voor de grondrechten', 'Grondrechtenagentschap',
        'Agence des droits fondamentaux de l''Union européenne', 'Agence des droits fondamentaux',
        'Agentur der Europäischen Union für Grundrechte', 'Grundrechteagentur'], true),
 ('European Union Intellectual Property Office', 'EUIPO', 'agency', NULL,
  ARRAY['OHIM', 'Office for Harmonization in the Internal Market', 'OHMI',
        'Bureau voor intellectuele eigendom van de Europese Unie',
        'Office de l''Union européenne pour la propriété intellectuelle',
        'Amt der Europäischen Union für geistiges Eigentum'], true),
 ('Single Resolution Board', 'SRB', 'agency', NULL,
  ARRAY['Gemeenschappelijke Afwikkelingsraad', 'Conseil de résolution unique', 'Einheitlicher Abwicklungsausschuss',
        'Einheitliche Abwicklungsausschuss', 'Einheitlichen Abwicklungsausschuss'], true),
 ('European Public Prosecutor''s Office', 'EPPO', 'agency', NULL,
  ARRAY['Europees Openbaar Ministerie', 'Parquet européen', 'Europäische Staatsanwaltschaft',
        'Europäischen Staatsanwaltschaft', 'EUStA'], true),
 ('European Union Agency for the Space Programme', 'EUSPA', 'agency', NULL,
  ARRAY['European GNSS Agency', 'GSA', 'Agentschap van de Europese Unie voor het ruimtevaartprogramma',
        'Agence de l''Union européenne pour le programme spatial',
        'Agentur der Europäischen Union für das Weltraumprogramm'], true),
 ('European Union Satellite Centre', 'SatCen', 'agency', NULL,
  ARRAY['EU SatCen', 'Satellietcentrum van de Europese Unie', 'Centre satellitaire de l''Union européenne',
        'Satellitenzentrum der Europäischen Union'], true),
 ('European Union Institute for Security Studies', 'EUISS', 'agency', NULL,
  ARRAY['Instituut voor veiligheidsstudies van de Europese Unie', 'Institut d''études de sécurité de l''Union européenne',
        'IESUE', 'Institut der Europäischen Union für Sicherheitsstudien'], true),
 ('European Institute of Innovation and Technology', 'EIT', 'agency', NULL,
  ARRAY['Europees Instituut voor innovatie en technologie', 'Institut européen d''innovation et de technologie',
        'Europäisches Innovations- und Technologieinstitut'], true),
 ('European Cybersecurity Competence Centre', 'ECCC', 'agency', NULL,
  ARRAY['Europees Competentiecentrum voor cyberbeveiliging',
        'Centre européen de compétences en matière de cybersécurité',
        'Europäisches Kompetenzzentrum für Cybersicherheit'], true),
 ('Authority for Anti-Money Laundering and Countering the Financing of Terrorism', 'AMLA', 'agency', NULL,
  ARRAY['Anti-Money Laundering Authority',
        'Autoriteit voor de bestrijding van het witwassen van geld en de financiering van terrorisme',
        'Autorité de lutte contre le blanchiment de capitaux et le financement du terrorisme',
        'Behörde zur Bekämpfung der Geldwäsche und der Terrorismusfinanzierung'], true),
 -- the Commission's executive agencies
 ('European Innovation Council and SMEs Executive Agency', 'EISMEA', 'agency', NULL,
  ARRAY['Uitvoerend Agentschap voor de Europese Innovatieraad en het mkb',
        'Agence exécutive du Conseil européen de l''innovation et des PME',
        'Exekutivagentur für den Europäischen Innovationsrat und für KMU'], true),
 ('European Research Executive Agency', 'European Research Executive Agency', 'agency', NULL,
  ARRAY['Research Executive Agency', 'Uitvoerend Agentschap Onderzoek', 'Agence exécutive européenne pour la recherche',
        'Europäische Exekutivagentur für die Forschung'], true),
 ('European Research Council Executive Agency', 'ERCEA', 'agency', NULL,
  ARRAY['Uitvoerend Agentschap van de Europese Onderzoeksraad', 'Agence exécutive du Conseil européen de la recherche',
        'Exekutivagentur des Europäischen Forschungsrats'], true),
 ('European Health and Digital Executive Agency', 'HaDEA', 'agency', NULL,
  ARRAY['Europees Uitvoerend Agentschap voor gezondheid en digitale zaken',
        'Agence exécutive européenne pour la santé et le numérique',
        'Europäische Exekutivagentur für Gesundheit und Digitales'], true),
 ('European Climate, Infrastructure and Environment Executive Agency', 'CINEA', 'agency', NULL,
  ARRAY['Europees Uitvoerend Agentschap klimaat, infrastructuur en milieu',
        'Agence exécutive européenne pour le climat, les infrastructures et l''environnement',
        'Europäische Exekutivagentur für Klima, Infrastruktur und Umwelt'], true),
 ('European Education and Culture Executive Agency', 'EACEA', 'agency', NULL,
  ARRAY['Europees Uitvoerend Agentschap onderwijs en cultuur',
        'Agence exécutive européenne pour l''éducation et la culture',
        'Europäische Exekutivagentur für Bildung und Kultur'], true),
 -- the Member States (style guide, list of countries: short names in
 -- en, nl, fr, de; country = the code of Annex A5, EL for Greece)
 ('Austria', 'Austria', 'member_state', 'AT', ARRAY['Oostenrijk', 'Autriche', 'Österreich'], true),
 ('Belgium', 'Belgium', 'member_state', 'BE', ARRAY['België', 'Belgique', 'Belgien'], true),
 ('Bulgaria', 'Bulgaria', 'member_state', 'BG', ARRAY['Bulgarije', 'Bulgarie', 'Bulgarien'], true),
 ('Croatia', 'Croatia', 'member_state', 'HR', ARRAY['Kroatië', 'Croatie', 'Kroatien'], true),
 ('Cyprus', 'Cyprus', 'member_state', 'CY', ARRAY['Chypre', 'Zypern'], true),
 ('Czechia', 'Czechia', 'member_state', 'CZ',
  ARRAY['Czech Republic', 'Tsjechië', 'Tchéquie', 'République tchèque', 'Tschechien', 'Tschechische Republik'], true),
 ('Denmark', 'Denmark', 'member_state', 'DK', ARRAY['Denemarken', 'Danemark', 'Dänemark'], true),
 ('Estonia', 'Estonia', 'member_state', 'EE', ARRAY['Estland', 'Estonie'], true),
 ('Finland', 'Finland', 'member_state', 'FI', ARRAY['Finlande', 'Finnland'], true),
 ('France', 'France', 'member_state', 'FR', ARRAY['Frankrijk', 'Frankreich'], true),
 ('Germany', 'Germany', 'member_state', 'DE', ARRAY['Duitsland', 'Allemagne', 'Deutschland'], true),
 ('Greece', 'Greece', 'member_state', 'EL',
  ARRAY['Hellenic Republic', 'Griekenland', 'Grèce', 'Griechenland'], true),
 ('Hungary', 'Hungary', 'member_state', 'HU', ARRAY['Hongarije', 'Hongrie', 'Ungarn'], true),
 ('Ireland', 'Ireland', 'member_state', 'IE', ARRAY['Ierland', 'Irlande', 'Irland'], true),
 ('Italy', 'Italy', 'member_state', 'IT', ARRAY['Italië', 'Italie', 'Italien'], true),
 ('Latvia', 'Latvia', 'member_state', 'LV', ARRAY['Letland', 'Lettonie', 'Lettland'], true),
 ('Lithuania', 'Lithuania', 'member_state', 'LT', ARRAY['Litouwen', 'Lituanie', 'Litauen'], true),
 ('Luxembourg', 'Luxembourg', 'member_state', 'LU', ARRAY['Luxemburg'], true),
 ('Malta', 'Malta', 'member_state', 'MT', ARRAY['Malte'], true),
 ('Netherlands', 'Netherlands', 'member_state', 'NL', ARRAY['the Netherlands', 'Nederland', 'Pays-Bas', 'Niederlande'], true),
 ('Poland', 'Poland', 'member_state', 'PL', ARRAY['Polen', 'Pologne'], true),
 ('Portugal', 'Portugal', 'member_state', 'PT', ARRAY[]::text[], true),
 ('Romania', 'Romania', 'member_state', 'RO', ARRAY['Roemenië', 'Roumanie', 'Rumänien'], true),
 ('Slovakia', 'Slovakia', 'member_state', 'SK', ARRAY['Slovak Republic', 'Slowakije', 'Slovaquie', 'Slowakei'], true),
 ('Slovenia', 'Slovenia', 'member_state', 'SI', ARRAY['Slovenië', 'Slovénie', 'Slowenien'], true),
 ('Spain', 'Spain', 'member_state', 'ES', ARRAY['Spanje', 'Espagne', 'Spanien'], true),
 ('Sweden', 'Sweden', 'member_state', 'SE', ARRAY['Zweden', 'Suède', 'Schweden'], true),
 -- the usual groupings.  "The Member States and the Commission" is two
 -- actors, not a grouping.
 ('Euro area Member States', 'euro area', 'member_states', NULL,
  ARRAY['euro-area Member States', 'Member States whose currency is the euro',
        'eurozone', 'euro zone', 'eurozonelanden', 'lidstaten van de eurozone', 'zone euro',
        'États membres de la zone euro', 'pays de la zone euro', 'Euro-Währungsgebiet', 'Euroraum',
        'Mitgliedstaaten des Euro-Währungsgebiets', 'Mitgliedstaaten des Euroraums', 'Euroländer'], true),
 ('Schengen States', 'Schengen States', 'member_states', NULL,
  ARRAY['Schengen countries', 'Schengen area', 'Schengen associated countries', 'Schengen associated States',
        'Schengenlanden', 'Schengenstaten', 'Schengenruimte', 'États Schengen', 'pays Schengen', 'espace Schengen',
        'États associés à Schengen', 'Schengen-Staaten', 'Schengenstaaten', 'Schengen-Raum', 'Schengenraum'], true),
 ('EU27', 'EU27', 'member_states', NULL,
  ARRAY['EU-27', 'EU 27', 'EU at 27', 'UE27', 'UE-27', 'UE à 27'], true),
 ('Social partners', 'social partners', 'private', NULL,
  ARRAY['European social partners', 'sociale partners', 'Europese sociale partners', 'partenaires sociaux',
        'partenaires sociaux européens', 'Sozialpartner', 'Sozialpartnern', 'europäischen Sozialpartner'], true),
 ('Candidate countries', 'candidate countries', 'international', NULL,
  ARRAY['candidate States', 'kandidaat-lidstaten', 'kandidaatlidstaten', 'pays candidats',
        'pays candidats à l''adhésion', 'Kandidatenländer', 'Kandidatenländern', 'Bewerberländer'], true),
 ('Western Balkans partners', 'Western Balkans', 'international', NULL,
  ARRAY['Western Balkan partners', 'Western Balkan countries', 'partners in the Western Balkans',
        'Westelijke Balkan', 'partners in de Westelijke Balkan', 'landen van de Westelijke Balkan',
        'Balkans occidentaux', 'partenaires des Balkans occidentaux', 'pays des Balkans occidentaux',
        'Westbalkan', 'Westbalkanstaaten', 'Westbalkan-Partner', 'Westbalkanpartner',
        'westlichen Balkan', 'westlichen Balkans', 'Länder des westlichen Balkans'], true),
 ('Third countries', 'third countries', 'international', NULL,
  ARRAY['third States', 'derde landen', 'pays tiers', 'États tiers', 'Drittländer', 'Drittländern',
        'Drittstaaten'], true)
ON CONFLICT (name) DO NOTHING;
-- acronyms in capitals match as written (actors_in, src/actors/)
COMMENT ON COLUMN @extschema@.actor.aliases IS 'other names, acronyms and names in Dutch, French and German; matched regardless of case, except an all-capital acronym, which matches as written (from four letters also with only its first letter capital: Enisa)';
-- <<< issue 15: the actor vocabulary

-- >>> issue 16: timeline legend and plan report
CREATE OR REPLACE FUNCTION @extschema@.timeline_svg(plan @extschema@.docnum, on_date date DEFAULT CURRENT_DATE)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    label_w   constant int := 420;
    plot_w    constant int := 760;
    row_h     constant int := 18;
    top       constant int := 40;
    d0        date;
    d1        date;
    span      numeric;
    y         int := top;
    out       text := '';
    r         record;
    heading   text := NULL;
    term      date;
    x0        numeric;
    x1        numeric;
    colour    text;
    light     text;
    n_rows    int;
BEGIN
    -- an unknown plan would draw an empty picture, which reads as "nothing
    -- to do": say so instead
    IF NOT EXISTS (SELECT 1 FROM document AS d WHERE d.ref = timeline_svg.plan AND d.kind = 'action_plan') THEN
        RAISE EXCEPTION 'document % is not an action plan in policy_tracker.document', plan
            USING ERRCODE = '22023',
                  HINT = 'SELECT ref, title FROM policy_tracker.document WHERE kind = ''action_plan'' lists the plans you may read.';
    END IF;
    SELECT least(min(lower(deadline_period(a.deadline))), on_date),
           greatest(max(upper(deadline_period(a.deadline))), on_date + 1)
      INTO d0, d1
      FROM action a
     WHERE a.plan = timeline_svg.plan
       AND NOT lower_inf(deadline_period(a.deadline)) AND NOT upper_inf(deadline_period(a.deadline));
    IF d0 IS NULL THEN
        d0 := date_trunc('year', on_date)::date;
        d1 := (date_trunc('year', on_date) + interval '1 year')::date;
    END IF;
    -- whole presidency terms
    d0 := make_date(extract(year FROM d0)::int, CASE WHEN extract(month FROM d0) <= 6 THEN 1 ELSE 7 END, 1);
    d1 := (make_date(extract(year FROM d1 - 1)::int, CASE WHEN extract(month FROM d1 - 1) <= 6 THEN 1 ELSE 7 END, 1)
           + interval '6 months')::date;
    span := d1 - d0;
    SELECT count(*) + count(DISTINCT a.heading) INTO n_rows FROM action a WHERE a.plan = timeline_svg.plan;

    -- presidency bands
    term := d0;
    WHILE term < d1 LOOP
        x0 := label_w + plot_w * (term - d0) / span;
        x1 := label_w + plot_w * (least((term + interval '6 months')::date, d1) - d0) / span;
        out := out || format('<rect class="term" x="%s" y="%s" width="%s" height="%s" fill="%s"/>'
                             '<text class="term-label" x="%s" y="%s" font-size="11" text-anchor="middle">%s %s</text>',
                             round(x0, 1), top - 20, round(x1 - x0, 1), n_rows * row_h + 24,
                             CASE WHEN extract(month FROM term) = 1 THEN '#f3f3f3' ELSE '#e6ecf5' END,
                             round((x0 + x1) / 2, 1), top - 6, coalesce(presidency(term), ''),
                             extract(year FROM term));
        term := (term + interval '6 months')::date;
    END LOOP;

    FOR r IN
        SELECT a.id, a.number, a.heading, a.title, a.deadline, a.deadline_text,
               deadline_period(a.deadline) AS p, deadline_continuing(a.deadline) AS continuing,
               s.status, s.reported_on
        FROM action a
        LEFT JOIN LATERAL (SELECT pr.status, pr.reported_on FROM progress AS pr
                           WHERE pr.action = a.id AND pr.reported_on <= on_date
                           ORDER BY pr.reported_on DESC, pr.id DESC LIMIT 1) AS s ON true
        WHERE a.plan = timeline_svg.plan
        ORDER BY a.number
    LOOP
        IF heading IS DISTINCT FROM r.heading THEN
            heading := r.heading;
            out := out || format('<text class="heading" x="4" y="%s" font-size="12" font-weight="bold">%s</text>',
                                 y + 13, xml_text(left(coalesce(heading, ''), 80)));
            y := y + row_h;
        END IF;
        -- the same light and reason as the views and actions_on()
        light := traffic_light(r.status, r.deadline, on_date);
        colour := CASE light WHEN 'green' THEN '#2e9d4f' WHEN 'amber' THEN '#e6a100'
                             WHEN 'red' THEN '#d33a2c' ELSE '#9a9a9a' END;
        out := out || format('<text class="label" x="16" y="%s" font-size="11">%s. %s</text>',
                             y + 13, r.number, xml_text(left(r.title, 62)));
        IF r.p IS NOT NULL THEN
            -- an open end (ongoing, "from 2019 onwards") runs to the right
            -- edge and ends in an arrow; an open start begins at the left
            x0 := CASE WHEN lower_inf(r.p) THEN label_w ELSE label_w + plot_w * (greatest(lower(r.p), d0) - d0) / span END;
            x1 := CASE WHEN upper_inf(r.p) THEN label_w + plot_w ELSE label_w + plot_w * (upper(r.p) - d0) / span END;
            out := out || format('<rect class="%s" data-action="%s" data-light="%s" x="%s" y="%s" width="%s" height="%s" fill="%s"%s><title>%s: %s (%s)</title></rect>',
                                 CASE WHEN upper_inf(r.p) OR lower_inf(r.p) THEN 'bar ongoing' ELSE 'bar' END,
                                 r.id, light, round(x0, 1), y + 3, round(greatest(x1 - x0, 2), 1), row_h - 6, colour,
                                 CASE WHEN upper_inf(r.p) OR lower_inf(r.p) THEN ' fill-opacity="0.55"' ELSE '' END,
                                 xml_text(left(r.title, 120)), xml_text(r.deadline::text),
                                 light_reason(r.status, r.reported_on, r.deadline, on_date));
            IF upper_inf(r.p) THEN
                out := out || format('<polygon class="open-end" points="%s,%s %s,%s %s,%s" fill="%s"/>',
                                     round(x1, 1), y + 1, round(x1 + 8, 1), y + row_h / 2, round(x1, 1), y + row_h - 1, colour);
            END IF;
            -- "2018 and ongoing": the period, then a dashed line on to the edge
            IF r.continuing AND NOT upper_inf(r.p) THEN
                out := out || format('<line class="continuing" data-action="%s" x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="3" stroke-dasharray="5 3"/>',
                                     r.id, round(x1, 1), y + row_h / 2, label_w + plot_w, y + row_h / 2, colour);
            END IF;
        END IF;
        y := y + row_h;
    END LOOP;

    -- the day
    x0 := label_w + plot_w * (on_date - d0) / span;
    out := out || format('<line class="today" x1="%s" y1="%s" x2="%s" y2="%s" stroke="#1a1a1a" stroke-width="1.5" stroke-dasharray="4 3"/>'
                         '<text x="%s" y="%s" font-size="11" text-anchor="middle">%s</text>',
                         round(x0, 1), top - 20, round(x0, 1), y + 4, round(x0, 1), y + 18, on_date);
    -- the legend: what the colours and shapes mean
    y := y + 30;
    out := out || format('<g class="legend"><text x="16" y="%s" font-size="11" font-weight="bold">Legend</text>', y + 12);
    x0 := 80;
    FOR r IN SELECT * FROM (VALUES ('#2e9d4f', 'done'), ('#e6a100', 'in progress or delayed'),
                                   ('#d33a2c', 'overdue or blocked'), ('#9a9a9a', 'not started or dropped'))
                           AS l(colour, what) LOOP
        out := out || format('<rect class="swatch" x="%s" y="%s" width="14" height="10" fill="%s"/>'
                             '<text x="%s" y="%s" font-size="11">%s</text>',
                             x0, y + 3, r.colour, x0 + 18, y + 12, r.what);
        x0 := x0 + 40 + 6 * length(r.what);
    END LOOP;
    out := out || format('<rect x="%s" y="%s" width="24" height="10" fill="#9a9a9a" fill-opacity="0.55"/>'
                         '<polygon points="%s,%s %s,%s %s,%s" fill="#9a9a9a"/>'
                         '<text x="%s" y="%s" font-size="11">ongoing (no end)</text>',
                         x0, y + 3, x0 + 24, y + 1, x0 + 31, y + 8, x0 + 24, y + 15, x0 + 36, y + 12);
    x0 := x0 + 150;
    out := out || format('<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#9a9a9a" stroke-width="3" stroke-dasharray="5 3"/>'
                         '<text x="%s" y="%s" font-size="11">continues after its date</text>'
                         '<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#1a1a1a" stroke-width="1.5" stroke-dasharray="4 3"/>'
                         '<text x="%s" y="%s" font-size="11">the day shown</text></g>',
                         x0, y + 8, x0 + 28, y + 8, x0 + 34, y + 12,
                         x0 + 200, y + 1, x0 + 200, y + 15, x0 + 206, y + 12);
    RETURN format('<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="sans-serif">'
                  '<title>%s as of %s</title><rect width="100%%" height="100%%" fill="white"/>',
                  label_w + plot_w + 20, y + 30, label_w + plot_w + 20, y + 30,
                  xml_text(docnum_display(plan)), on_date)
           || out || '</svg>';
END $$;
COMMENT ON FUNCTION @extschema@.timeline_svg(@extschema@.docnum, date) IS
    'SVG timeline of a plan: a bar per action over its period (ongoing ones open-ended, continuing ones dashed on), grouped by heading, coloured by traffic_light as of the date, presidency terms as bands, with a legend';

CREATE OR REPLACE FUNCTION @extschema@.plan_report(plan @extschema@.docnum, on_date date DEFAULT CURRENT_DATE,
    since date DEFAULT NULL)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    doc       record;
    r         record;
    heading   text := NULL;
    first     boolean := true;
    out       text;
BEGIN
    SELECT d.ref, d.title, d.adopted_on INTO doc
    FROM document AS d WHERE d.ref = plan_report.plan AND d.kind = 'action_plan';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'document % is not an action plan in policy_tracker.document', plan
            USING ERRCODE = '22023',
                  HINT = 'SELECT ref, title FROM policy_tracker.document WHERE kind = ''action_plan'' lists the plans you may read.';
    END IF;
    IF since IS NOT NULL AND since > on_date THEN
        RAISE EXCEPTION 'the earlier day % comes after the day of the report %', since, on_date
            USING ERRCODE = '22023', HINT = 'plan_report(plan, on_date, since) compares since with on_date.';
    END IF;

    out := format('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>%s as of %s</title>'
                  '<style>body{font-family:sans-serif;margin:2em;max-width:80em}'
                  'table{border-collapse:collapse;width:100%%;margin-bottom:1.5em}'
                  'th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top;font-size:90%%}'
                  'th{background:#f3f3f3}.light{font-weight:bold}'
                  '.light-green{color:#2e9d4f}.light-amber{color:#b37d00}.light-red{color:#d33a2c}.light-grey{color:#777}'
                  '.changed{background:#fff6d6}</style></head><body>'
                  '<h1 id="plan">%s</h1><p id="title">%s</p>'
                  '<p id="as-of">As of <time datetime="%s">%s</time>%s</p>',
                  xml_text(docnum_display(plan)), on_date, xml_text(docnum_display(plan)),
                  xml_text(coalesce(doc.title, '')), on_date, on_date,
                  CASE WHEN since IS NULL THEN ''
                       ELSE format('; changes since <time datetime="%s">%s</time> are marked', since, since) END);

    -- how many actions stand where
    out := out || '<table id="summary"><tr><th>Light</th><th>Why</th><th>Actions</th></tr>';
    FOR r IN
        SELECT a.traffic_light, a.light_reason, count(*) AS n
        FROM actions_on(on_date, plan_report.plan) AS a
        GROUP BY 1, 2
        ORDER BY array_position(ARRAY['red', 'amber', 'grey', 'green'], a.traffic_light), 2
    LOOP
        out := out || format('<tr><td class="light light-%s">%s</td><td>%s</td><td class="count">%s</td></tr>',
                             r.traffic_light, r.traffic_light, xml_text(r.light_reason), r.n);
    END LOOP;
    out := out || '</table>';

    out := out || '<h2>Timeline</h2><div id="timeline">' || timeline_svg(plan, on_date) || '</div>';

    -- a table per heading
    FOR r IN
        WITH then_ AS (SELECT x.action_id, x.status, x.traffic_light
                       FROM actions_on(coalesce(since, on_date), plan_report.plan) AS x
                       WHERE since IS NOT NULL)
        SELECT a.number, a.heading, a.title, a.leads, a.involved, act.deadline_text, a.deadline, a.due_date,
               a.status, a.status_date, a.traffic_light, a.light_reason, a.paragraphs,
               lr.note AS latest_note, lr.source AS latest_source,
               b.status AS status_then, b.traffic_light AS light_then
        FROM actions_on(on_date, plan_report.plan) AS a
        JOIN action AS act ON act.id = a.action_id
        LEFT JOIN LATERAL (SELECT p.note, p.source FROM progress AS p
                           WHERE p.action = a.action_id AND p.reported_on <= on_date
                           ORDER BY p.reported_on DESC, p.id DESC LIMIT 1) AS lr ON true
        LEFT JOIN then_ AS b ON b.action_id = a.action_id
        ORDER BY a.number
    LOOP
        IF first OR heading IS DISTINCT FROM r.heading THEN
            IF NOT first THEN
                out := out || '</table>';
            END IF;
            first := false;
            heading := r.heading;
            out := out || format('<h2 class="heading">%s</h2><table class="actions"><tr><th>No.</th><th>Action</th>'
                                 '<th>Lead</th><th>Involved</th><th>Deadline</th><th>Due</th><th>Light</th>'
                                 '<th>Latest report</th><th>Paragraphs</th>%s</tr>',
                                 xml_text(coalesce(heading, '(no heading)')),
                                 CASE WHEN since IS NULL THEN '' ELSE '<th>Since ' || since || '</th>' END);
        END IF;
        out := out || format('<tr class="action%s" data-number="%s" data-light="%s"><td>%s</td><td>%s</td><td>%s</td>'
                             '<td>%s</td><td title="%s">%s</td><td>%s</td><td class="light light-%s">%s</td>'
                             '<td>%s</td><td>%s</td>%s</tr>',
                             CASE WHEN since IS NOT NULL AND r.status IS DISTINCT FROM r.status_then
                                  THEN ' changed' ELSE '' END,
                             r.number, r.traffic_light, r.number, xml_text(r.title), xml_text(coalesce(r.leads, '')),
                             xml_text(coalesce(r.involved, '')), xml_text(coalesce(r.deadline_text, '')),
                             xml_text(coalesce(r.deadline, '')), coalesce(r.due_date::text, ''),
                             r.traffic_light, xml_text(r.light_reason),
                             CASE WHEN r.status IS NULL THEN 'none'
                                  ELSE xml_text(replace(r.status, '_', ' ')) || ' on ' || r.status_date
                                       || coalesce(': ' || xml_text(r.latest_note), '')
                                       || coalesce(' (' || xml_text(docnum_display(r.latest_source)) || ')', '') END,
                             xml_text(coalesce(r.paragraphs, '')),
                             CASE WHEN since IS NULL THEN ''
                                  WHEN r.status IS NOT DISTINCT FROM r.status_then THEN '<td class="since">unchanged</td>'
                                  ELSE format('<td class="since">was %s</td>',
                                              coalesce(xml_text(replace(r.status_then, '_', ' ')), 'not reported')) END);
    END LOOP;
    IF NOT first THEN
        out := out || '</table>';
    END IF;
    RETURN out || '</body></html>';
END $$;
COMMENT ON FUNCTION @extschema@.plan_report(@extschema@.docnum, date, date) IS
    'HTML report of one plan as of a day: counts by light and reason, the timeline, a table per heading with leads, deadlines, lights, the latest report and paragraphs, and what changed since an earlier day';
-- <<< issue 16: timeline legend and plan report

-- actors_in in C (src/actors/): same rows, one pass over the cell.
CREATE OR REPLACE FUNCTION @extschema@.actors_in(cell text,
    OUT actor text, OUT qualifier text, OUT name text, OUT pos int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'pt_actors_in'
LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
COMMENT ON FUNCTION @extschema@.actors_in(text) IS
    'the actors named in a table cell, in order, with qualifier support or including where the cell says so; unknown names come back with actor NULL and qualifier unknown';

-- >>> issue 18: the tracking model on Citus
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
CREATE OR REPLACE FUNCTION @extschema@.clearance_level()
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

-- The documents the current role may read (the views need it no longer:
-- row-level security filters what they read).  PL/pgSQL, with the level
-- read first: on Citus, where document and clearance are reference tables,
-- Citus plans no SQL-language function that reads them with a parameter
-- ("parameterized queries for SQL functions referencing distributed
-- tables"), and the action side's policies call this function there
-- (citus_distribute_model).
CREATE OR REPLACE FUNCTION @extschema@.visible_documents()
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

------------------------------------------------------------------------------
-- The tracking model on a Citus cluster (issue 18; README, "On a Citus
-- cluster").
--
-- citus_distribute_model(), run once on the coordinator after every worker
-- is added, lays the model out this way:
--   reference tables (a copy on every node): document, actor, clearance;
--   distributed by the document's docnum, 32 shards, co-located: paragraph,
--     paragraph_text, paragraph_actor, paragraph_deadline, reference (by
--     from_doc): the register-sized part (texts and the citation graph);
--   left local on the coordinator: the action side (action, action_actor,
--     action_paragraph, progress, action_status, action_digest, actor_load,
--     action_reject), with its triggers and derived tables as on one node.
--
-- Citus refuses row-level security policies with a subquery, so on the
-- cluster the document side's policies call the two functions below instead
-- (and clearance's calls member_of); they read tables, which a policy
-- evaluated on a shard may only do with
-- citus.allow_nested_distributed_execution, set for the call alone.  The
-- action side's policies read visible_documents() once per query.  On a
-- plain server nothing uses the two (the setting is an unused placeholder).
------------------------------------------------------------------------------

-- The current role's clearance, callable from a policy evaluated on a shard:
-- clearance_level() reads clearance, a reference table on the cluster.
-- (A SET clause keeps it from being inlined: the setting must hold while it
-- runs.  These bodies are SELECTs in BEGIN ATOMIC, not RETURN: see
-- clearance_level.)
CREATE FUNCTION @extschema@.clearance_level_nested()
RETURNS int
LANGUAGE sql STABLE PARALLEL SAFE
SET citus.allow_nested_distributed_execution = on
BEGIN ATOMIC
    SELECT @extschema@.clearance_level();
END;
COMMENT ON FUNCTION @extschema@.clearance_level_nested() IS
    'clearance_level() for row-level security policies on Citus shards';

-- Whether the current role may read the document: it reads document with the
-- caller's rights, so the document's own policy decides, as the subquery
-- "document IN (SELECT d.ref FROM document AS d)" does on one node.  In C
-- (src/document_visible.c) so that a query looks each document up once, not
-- once per row; the lookup's SQL names the extension's schema itself.
CREATE FUNCTION @extschema@.document_visible(doc @extschema@.docnum)
RETURNS boolean
LANGUAGE C STABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'pt_document_visible';
COMMENT ON FUNCTION @extschema@.document_visible(@extschema@.docnum) IS
    'whether the current role may read the document (its marking is within the role''s clearance); for row-level security policies on Citus';

-- The steps are written out here rather than derived from the catalog, so
-- that what the cluster holds is what the README says.  Each step that
-- changes the model's tables runs on the coordinator and on every worker:
-- CREATE EXTENSION gave each worker its own local copy of the tables, and
-- Citus takes those copies as the shell tables of the distributed ones, so
-- their foreign keys, policies and triggers must go too.  (The workers'
-- steps run in their own transactions; each is idempotent, so a failed call
-- can be run again.)
CREATE FUNCTION @extschema@.citus_distribute_model(shard_count int DEFAULT 32)
RETURNS TABLE (table_name regclass, kind text, distributed_by text)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    prepare CONSTANT text[] := ARRAY[
        -- policies with subqueries: Citus refuses them on its tables
        'DROP POLICY IF EXISTS own_clearance ON @extschema@.clearance',
        'DROP POLICY IF EXISTS by_marking ON @extschema@.document',
        'DROP POLICY IF EXISTS by_document ON @extschema@.paragraph',
        'DROP POLICY IF EXISTS by_document ON @extschema@.paragraph_text',
        'DROP POLICY IF EXISTS by_document ON @extschema@.paragraph_actor',
        'DROP POLICY IF EXISTS by_document ON @extschema@.paragraph_deadline',
        'DROP POLICY IF EXISTS by_document ON @extschema@.reference',
        -- a trigger on a reference table fires on every node's placement
        -- and would write the workers' own (unused) action_digest
        'DROP TRIGGER IF EXISTS digest_update ON @extschema@.actor',
        -- every foreign key: Citus needs them gone while it converts, and
        -- some cannot come back (below)
        'ALTER TABLE @extschema@.paragraph DROP CONSTRAINT IF EXISTS paragraph_document_fkey',
        'ALTER TABLE @extschema@.paragraph_text DROP CONSTRAINT IF EXISTS paragraph_text_document_number_item_fkey',
        'ALTER TABLE @extschema@.paragraph_actor DROP CONSTRAINT IF EXISTS paragraph_actor_document_number_item_fkey',
        'ALTER TABLE @extschema@.paragraph_actor DROP CONSTRAINT IF EXISTS paragraph_actor_actor_fkey',
        'ALTER TABLE @extschema@.paragraph_deadline DROP CONSTRAINT IF EXISTS paragraph_deadline_document_number_item_fkey',
        'ALTER TABLE @extschema@.reference DROP CONSTRAINT IF EXISTS reference_from_doc_fkey',
        'ALTER TABLE @extschema@.action DROP CONSTRAINT IF EXISTS action_plan_fkey',
        'ALTER TABLE @extschema@.action_actor DROP CONSTRAINT IF EXISTS action_actor_actor_fkey',
        'ALTER TABLE @extschema@.action_paragraph DROP CONSTRAINT IF EXISTS action_paragraph_document_number_item_fkey',
        -- a distributed table's keys must contain its distribution column
        'ALTER TABLE @extschema@.reference DROP CONSTRAINT IF EXISTS reference_pkey'];
    step text;
    w record;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'citus') THEN
        RAISE EXCEPTION 'citus_distribute_model needs the citus extension in this database'
            USING ERRCODE = '0A000',
                  HINT = 'Run it on a Citus coordinator, after CREATE EXTENSION citus and citus_add_node for every worker.';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition AS p
               WHERE p.logicalrelid OPERATOR(pg_catalog.=) '@extschema@.document'::pg_catalog.regclass) THEN
        RAISE EXCEPTION 'the model is distributed already' USING ERRCODE = '55000';
    END IF;
    IF NOT pg_catalog.citus_is_coordinator() THEN
        RAISE EXCEPTION 'citus_distribute_model runs on the coordinator' USING ERRCODE = '55000';
    END IF;
    IF shard_count IS NULL OR shard_count < 1 THEN
        RAISE EXCEPTION 'shard_count must be positive' USING ERRCODE = '22023';
    END IF;

    -- one connection per worker for the whole transaction: Citus requires it
    -- for foreign keys added after shards were touched
    PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', 'sequential', true);
    PERFORM pg_catalog.set_config('citus.shard_count', shard_count::text, true);

    FOR w IN SELECT r.nodename, r.nodeport, r.success, r.result
             FROM pg_catalog.run_command_on_workers(
                      'BEGIN; ' OPERATOR(pg_catalog.||) pg_catalog.array_to_string(prepare, '; ')
                      OPERATOR(pg_catalog.||) '; COMMIT') AS r
             WHERE NOT r.success LOOP
        RAISE EXCEPTION 'citus_distribute_model: preparing worker %:% failed: %', w.nodename, w.nodeport, w.result;
    END LOOP;
    FOREACH step IN ARRAY prepare LOOP
        EXECUTE step;
    END LOOP;

    PERFORM pg_catalog.create_reference_table('@extschema@.clearance');
    PERFORM pg_catalog.create_reference_table('@extschema@.document');
    PERFORM pg_catalog.create_reference_table('@extschema@.actor');
    PERFORM pg_catalog.create_distributed_table('@extschema@.paragraph', 'document');
    PERFORM pg_catalog.create_distributed_table('@extschema@.paragraph_text', 'document',
                                                colocate_with => '@extschema@.paragraph');
    PERFORM pg_catalog.create_distributed_table('@extschema@.paragraph_actor', 'document',
                                                colocate_with => '@extschema@.paragraph');
    PERFORM pg_catalog.create_distributed_table('@extschema@.paragraph_deadline', 'document',
                                                colocate_with => '@extschema@.paragraph');
    PERFORM pg_catalog.create_distributed_table('@extschema@.reference', 'from_doc',
                                                colocate_with => '@extschema@.paragraph');
    -- the rows were copied to the shards; the coordinator's own copies go
    PERFORM pg_catalog.truncate_local_data_after_distributing_table(t)
    FROM pg_catalog.unnest(ARRAY['@extschema@.clearance', '@extschema@.document', '@extschema@.actor',
                                 '@extschema@.paragraph', '@extschema@.paragraph_text',
                                 '@extschema@.paragraph_actor', '@extschema@.paragraph_deadline',
                                 '@extschema@.reference']::pg_catalog.regclass[]) AS t;

    -- keys and foreign keys Citus accepts: a distributed table's key holds
    -- its distribution column; foreign keys from a distributed table to a
    -- reference table or a co-located one (ON UPDATE CASCADE cannot touch a
    -- distribution column: a document's docnum is not renamed on Citus)
    ALTER TABLE @extschema@.reference ADD CONSTRAINT reference_pkey PRIMARY KEY (from_doc, id);
    ALTER TABLE @extschema@.paragraph ADD CONSTRAINT paragraph_document_fkey
        FOREIGN KEY (document) REFERENCES @extschema@.document ON DELETE CASCADE;
    ALTER TABLE @extschema@.paragraph_text ADD CONSTRAINT paragraph_text_document_number_item_fkey
        FOREIGN KEY (document, number, item) REFERENCES @extschema@.paragraph ON DELETE CASCADE;
    ALTER TABLE @extschema@.paragraph_actor ADD CONSTRAINT paragraph_actor_document_number_item_fkey
        FOREIGN KEY (document, number, item) REFERENCES @extschema@.paragraph ON DELETE CASCADE;
    ALTER TABLE @extschema@.paragraph_actor ADD CONSTRAINT paragraph_actor_actor_fkey
        FOREIGN KEY (actor) REFERENCES @extschema@.actor ON UPDATE CASCADE;
    ALTER TABLE @extschema@.paragraph_deadline ADD CONSTRAINT paragraph_deadline_document_number_item_fkey
        FOREIGN KEY (document, number, item) REFERENCES @extschema@.paragraph ON DELETE CASCADE;
    ALTER TABLE @extschema@.reference ADD CONSTRAINT reference_from_doc_fkey
        FOREIGN KEY (from_doc) REFERENCES @extschema@.document ON DELETE CASCADE;

    -- access by marking without subqueries: the policies Citus accepts
    CREATE POLICY own_clearance ON @extschema@.clearance FOR SELECT
        USING (@extschema@.member_of(role_name));
    -- (a PUBLIC document is readable by all: the test first spares most
    -- rows the nested read of clearance)
    CREATE POLICY by_marking ON @extschema@.document
        USING (marking OPERATOR(pg_catalog.=) 'PUBLIC'
               OR @extschema@.marking_rank(marking) <= @extschema@.clearance_level_nested())
        WITH CHECK (@extschema@.marking_rank(marking) <= @extschema@.clearance_level_nested());
    CREATE POLICY by_document ON @extschema@.paragraph USING (@extschema@.document_visible(document));
    CREATE POLICY by_document ON @extschema@.paragraph_text USING (@extschema@.document_visible(document));
    CREATE POLICY by_document ON @extschema@.paragraph_actor USING (@extschema@.document_visible(document));
    CREATE POLICY by_document ON @extschema@.paragraph_deadline USING (@extschema@.document_visible(document));
    CREATE POLICY by_document ON @extschema@.reference USING (@extschema@.document_visible(from_doc));
    -- the action side stays local, but a subquery on document (a reference
    -- table now) in its policies sends Citus's planner into a recursion
    -- ("stack depth limit exceeded"), and makes overdue_on a parameterized
    -- SQL function reading a Citus table; they call visible_documents()
    -- instead, which reads document once per query (an uncorrelated ARRAY:
    -- an InitPlan)
    DROP POLICY by_document ON @extschema@.action;
    CREATE POLICY by_document ON @extschema@.action
        USING (plan OPERATOR(@extschema@.=) ANY (ARRAY(SELECT v.ref FROM @extschema@.visible_documents() AS v(ref))));
    DROP POLICY by_document ON @extschema@.action_reject;
    CREATE POLICY by_document ON @extschema@.action_reject
        USING (plan OPERATOR(@extschema@.=) ANY (ARRAY(SELECT v.ref FROM @extschema@.visible_documents() AS v(ref))));
    DROP POLICY by_document ON @extschema@.actor_load;
    CREATE POLICY by_document ON @extschema@.actor_load
        USING (plan OPERATOR(@extschema@.=) ANY (ARRAY(SELECT v.ref FROM @extschema@.visible_documents() AS v(ref))));
    DROP POLICY by_action ON @extschema@.action_paragraph;
    CREATE POLICY by_action ON @extschema@.action_paragraph
        USING (action IN (SELECT a.id FROM @extschema@.action AS a)
               AND document OPERATOR(@extschema@.=) ANY (ARRAY(SELECT v.ref FROM @extschema@.visible_documents() AS v(ref))));

    RETURN QUERY
    SELECT p.logicalrelid::pg_catalog.regclass,
           CASE p.partmethod WHEN 'n' THEN 'reference' ELSE 'distributed' END,
           CASE WHEN p.partmethod OPERATOR(pg_catalog.=) 'h'
                THEN pg_catalog.column_to_column_name(p.logicalrelid, p.partkey) END
    FROM pg_catalog.pg_dist_partition AS p
    JOIN pg_catalog.pg_class AS c ON c.oid OPERATOR(pg_catalog.=) p.logicalrelid
    WHERE c.relnamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace
    ORDER BY p.partmethod DESC, c.relname;
END $$;
COMMENT ON FUNCTION @extschema@.citus_distribute_model(int) IS
    'on a Citus coordinator: makes document, actor and clearance reference tables, distributes the paragraphs and references by document (co-located), and sets policies Citus accepts';
REVOKE EXECUTE ON FUNCTION @extschema@.citus_distribute_model(int) FROM PUBLIC;
-- <<< issue 18: the tracking model on Citus

-- >>> indexes usable under row-level security: docnum_family (reference_graph), due_date and the deadline operators
ALTER FUNCTION @extschema@.docnum_family(@extschema@.docnum) LEAKPROOF;
-- and the deadline functions behind action_due_idx and the GiST operators
ALTER FUNCTION @extschema@.due_date(@extschema@.deadline) LEAKPROOF;
ALTER FUNCTION @extschema@.deadline_contains(@extschema@.deadline, pg_catalog.date) LEAKPROOF;
ALTER FUNCTION @extschema@.deadline_contained(pg_catalog.date, @extschema@.deadline) LEAKPROOF;
ALTER FUNCTION @extschema@.deadline_overlaps(@extschema@.deadline, pg_catalog.daterange) LEAKPROOF;
ALTER FUNCTION @extschema@.deadline_overlaps(@extschema@.deadline, @extschema@.deadline) LEAKPROOF;
CREATE INDEX document_family_idx ON @extschema@.document (@extschema@.docnum_family(ref));
-- <<< indexes usable under row-level security

-- >>> issue 13: one index fewer on action
-- a plan's actions are found through the unique (plan, number); the index
-- on plan alone was one more to write on every insert and served nothing
-- that one does not
DROP INDEX @extschema@.action_plan_idx;
-- <<< issue 13: one index fewer on action

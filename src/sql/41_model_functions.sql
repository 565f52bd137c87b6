CREATE FUNCTION @extschema@.status_on(action bigint, on_date date)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT p.status FROM @extschema@.progress AS p
    WHERE p.action = status_on.action AND p.reported_on <= status_on.on_date
    ORDER BY p.reported_on DESC, p.id DESC
    LIMIT 1;
END;
COMMENT ON FUNCTION @extschema@.status_on(bigint, date) IS
    'the latest progress status reported on or before the date; NULL if none';

-- Status of an action today: the cached latest report, unless that one is
-- dated in the future (then the history decides).
CREATE FUNCTION @extschema@.status_today(action bigint, cached_status text, cached_on date)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE WHEN cached_on IS NULL OR cached_on <= CURRENT_DATE THEN cached_status
            ELSE @extschema@.status_on(status_today.action, CURRENT_DATE) END;
COMMENT ON FUNCTION @extschema@.status_today(bigint, text, date) IS
    'status of an action today from its cached latest report (action_status)';

CREATE FUNCTION @extschema@.actors_of(action bigint, roles text[])
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT pg_catalog.string_agg(coalesce(a.short_name, a.name), ', ' ORDER BY a.short_name, a.name)
    FROM @extschema@.action_actor AS aa JOIN @extschema@.actor AS a ON a.name = aa.actor
    WHERE aa.action = actors_of.action AND aa.role = ANY (actors_of.roles);
END;
COMMENT ON FUNCTION @extschema@.actors_of(bigint, text[]) IS
    'short names of the actors with one of the roles in an action, as one text';

-- Plain SQL, not STRICT: the planner inlines them into the caller's query,
-- so an index on due_date(deadline) and on progress serve them.  SQL-standard
-- bodies (parsed once, at creation: a caller's search_path cannot change
-- what they call), read as the caller, through row-level security.
CREATE FUNCTION @extschema@.overdue_on(on_date date,
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
COMMENT ON FUNCTION @extschema@.overdue_on(date) IS
    'actions whose due date had passed on the date without a done (or dropped) status reported by then, with leads and status as of that day';

CREATE FUNCTION @extschema@.due_between(from_date date, to_date date,
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
COMMENT ON FUNCTION @extschema@.due_between(date, date) IS
    'actions due between the two dates (inclusive), with leads and status as of the second';

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

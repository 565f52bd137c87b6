-- Splitting a table cell: actors are found by their longest names first, so
-- "EU Institutions, bodies and Agencies" is one actor, not three; what is
-- left between them is a connector ("and/or", "supported by") or an unknown
-- name, which is reported.
CREATE FUNCTION @extschema@.actors_in(cell text,
    OUT actor text, OUT qualifier text, OUT name text, OUT pos int)
RETURNS SETOF record
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    work      text := btrim(regexp_replace(cell, '\s+', ' ', 'g'));
    low       text := lower(btrim(regexp_replace(cell, '\s+', ' ', 'g')));
    cand      record;
    m         int;
    start     int;
    len       int;
    hits      int[] := '{}';
    lens      int[] := '{}';
    names     text[] := '{}';
    i         int;
    prev_end  int := 1;
    prev_qual text := NULL;
    gap       text;
    piece     text;
BEGIN
    FOR cand IN
        SELECT a.name AS actor, x.alias
        FROM @extschema@.actor AS a,
             LATERAL (SELECT a.name AS alias UNION SELECT a.short_name UNION SELECT unnest(a.aliases)) AS x
        WHERE x.alias IS NOT NULL AND x.alias <> ''
        ORDER BY length(x.alias) DESC, x.alias
    LOOP
        len := length(cand.alias);
        start := 1;
        LOOP
            m := position(lower(cand.alias) IN substr(low, start));
            EXIT WHEN m = 0;
            m := m + start - 1;
            IF (m = 1 OR substr(low, m - 1, 1) !~ '[[:alnum:]]')
               AND (m + len > length(low) OR substr(low, m + len, 1) !~ '[[:alnum:]]') THEN
                hits := hits || m;
                lens := lens || len;
                names := names || cand.actor;
                low := overlay(low PLACING repeat(chr(1), len) FROM m FOR len);
                start := m + len;
            ELSE
                start := m + 1;
            END IF;
        END LOOP;
    END LOOP;

    -- actors in the order they appear; the words before each say its role
    FOR i IN SELECT s.i FROM generate_subscripts(hits, 1) AS s(i) ORDER BY hits[s.i] LOOP
        actor := names[i];
        name := substr(work, hits[i], lens[i]);
        pos := hits[i];
        gap := lower(substr(work, prev_end, hits[i] - prev_end));
        qualifier := CASE
            WHEN gap ~ '(supported|support|assisted|aided)' THEN 'support'
            WHEN gap ~ 'including' THEN 'including'
            WHEN gap ~ '^\s*(and/or|and|or|&)\s*$' THEN prev_qual
            ELSE NULL END;
        prev_qual := qualifier;
        prev_end := hits[i] + lens[i];
        RETURN NEXT;
    END LOOP;

    -- what is left and is no connector is an unknown name: reported, not dropped
    FOR piece IN
        SELECT btrim(p)
        FROM regexp_split_to_table(low,
             '\x01+|[,;/()]|\m(and/or|and|or|with|support|from|supported|by|together|including|the|of|its|all|other|en|et|und)\M') AS p
    LOOP
        IF piece ~ '[[:alpha:]]{2,}' THEN
            actor := NULL;
            qualifier := 'unknown';
            name := substr(work, position(piece IN lower(work)), length(piece));
            pos := position(piece IN lower(work));
            RETURN NEXT;
        END IF;
    END LOOP;
END $$;
COMMENT ON FUNCTION @extschema@.actors_in(text) IS
    'the actors named in a table cell, in order, with qualifier support or including where the cell says so; unknown names come back with actor NULL and qualifier unknown';

-- CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).
-- In C (src/csv_core.c): one pass over the bytes, rows into a tuplestore.
CREATE FUNCTION @extschema@.csv_records(csv text, OUT line int, OUT fields text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'csv_records'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.csv_records(text) IS
    'the records of a CSV text (RFC 4180), each with the line it starts on';

CREATE FUNCTION @extschema@.load_action_plan(plan @extschema@.docnum, csv text,
    mode text DEFAULT 'all_or_nothing',
    OUT line int, OUT number int, OUT title text, OUT outcome text, OUT reason text)
RETURNS SETOF record
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    want     constant text[] := ARRAY['heading', 'action', 'lead', 'involved', 'deadline', 'progress', 'notes'];
    hdr      text[];
    col      int[] := '{}';
    rec      record;
    f        text[];
    v        text[];
    k        int;
    reasons  text[];
    bad      text[] := '{}';
    nrec     int := 0;
    rows     jsonb := '[]';
    r        jsonb;
    a_id     bigint;
    x        record;
    mon      text;
    ref_date date;
    dl       text;
    warning  text;
BEGIN
    IF mode NOT IN ('all_or_nothing', 'keep_good') THEN
        RAISE EXCEPTION 'unknown load mode "%"', mode
            USING ERRCODE = '22023', HINT = 'Use all_or_nothing (the default) or keep_good.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM @extschema@.document d
                   WHERE d.ref = plan AND d.kind = 'action_plan') THEN
        RAISE EXCEPTION 'document % is not an action plan in policy_tracker.document', plan
            USING ERRCODE = '23503',
                  HINT = 'Insert it first: INSERT INTO policy_tracker.document (ref, kind, title) VALUES (..., ''action_plan'', ...).';
    END IF;
    SELECT d.adopted_on INTO ref_date FROM @extschema@.document d WHERE d.ref = plan;

    -- header: the seven columns, in any order, any case
    SELECT c.fields INTO hdr FROM @extschema@.csv_records(csv) AS c ORDER BY c.line LIMIT 1;
    IF hdr IS NULL THEN
        RAISE EXCEPTION 'the CSV is empty' USING ERRCODE = '22P04',
            HINT = 'The first line names the columns: heading,action,lead,involved,deadline,progress,notes.';
    END IF;
    FOREACH mon IN ARRAY want LOOP
        k := array_position((SELECT array_agg(lower(btrim(h))) FROM unnest(hdr) AS h), mon);
        IF k IS NULL THEN
            RAISE EXCEPTION 'the CSV has no column "%"', mon USING ERRCODE = '22P04',
                HINT = 'The first line names the columns: heading,action,lead,involved,deadline,progress,notes.';
        END IF;
        col := col || k;
    END LOOP;

    -- check every record before loading any
    FOR rec IN SELECT c.line, c.fields FROM @extschema@.csv_records(csv) AS c ORDER BY c.line OFFSET 1 LOOP
        nrec := nrec + 1;
        f := rec.fields;
        reasons := '{}';
        IF array_length(f, 1) <> array_length(hdr, 1) THEN
            reasons := reasons || format('has %s fields, the header %s', array_length(f, 1), array_length(hdr, 1));
        ELSE
            v := ARRAY(SELECT nullif(btrim(f[col[j]]), '') FROM generate_series(1, 7) AS j);
            IF v[2] IS NULL THEN
                reasons := reasons || 'no action title'::text;
            END IF;
            IF v[3] IS NULL THEN
                reasons := reasons || 'no lead'::text;
            END IF;
            FOR x IN SELECT 'lead' AS cell, a.name FROM @extschema@.actors_in(coalesce(v[3], '')) a WHERE a.actor IS NULL
                     UNION ALL
                     SELECT 'involved', a.name FROM @extschema@.actors_in(coalesce(v[4], '')) a WHERE a.actor IS NULL LOOP
                reasons := reasons || format('unknown actor "%s" in %s', x.name, x.cell);
            END LOOP;
            -- A cell that is no deadline ("tbc", "n/a", "ASAP") never costs the
            -- plan: the action is kept with its text and no deadline, and the
            -- row says so.  Words around the time ("by end of 2018 at the
            -- latest") are read as deadline_parse reads them, with the plan's
            -- date as reference when the document has one.
            dl := NULL;
            warning := NULL;
            IF v[5] IS NOT NULL THEN
                IF @extschema@.is_deadline(v[5]) THEN
                    dl := v[5]::@extschema@.deadline::text;
                ELSE
                    IF ref_date IS NOT NULL THEN
                        BEGIN
                            dl := @extschema@.deadline_parse(v[5], ref_date)::text;
                        EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
                            dl := NULL;
                        END;
                    END IF;
                    warning := CASE WHEN dl IS NULL
                                    THEN format('warning: deadline "%s" is no period; kept as text, deadline NULL', v[5])
                                    ELSE format('warning: deadline "%s" read as "%s"', v[5], dl) END;
                END IF;
            END IF;
        END IF;
        rows := rows || jsonb_build_object('line', rec.line, 'number', nrec, 'fields', to_jsonb(f),
                                           'values', to_jsonb(v), 'reasons', to_jsonb(reasons),
                                           'deadline', dl, 'warning', warning);
        IF cardinality(reasons) > 0 THEN
            bad := bad || format('line %s: %s', rec.line, array_to_string(reasons, '; '));
        END IF;
    END LOOP;

    IF cardinality(bad) > 0 AND mode = 'all_or_nothing' THEN
        RAISE EXCEPTION 'load_action_plan: % of % rows rejected; nothing was loaded', cardinality(bad), nrec
            USING ERRCODE = '22P02',
                  DETAIL = array_to_string(bad, E'\n'),
                  HINT = 'Fix the rows, or call load_action_plan(plan, csv, ''keep_good'') to load the good rows and keep the others in policy_tracker.action_reject.';
    END IF;

    FOR r IN SELECT value FROM jsonb_array_elements(rows) LOOP
        line := (r->>'line')::int;
        number := (r->>'number')::int;
        v := ARRAY(SELECT jsonb_array_elements_text(r->'values'));
        title := v[2];
        IF jsonb_array_length(r->'reasons') > 0 THEN
            outcome := 'rejected';
            reason := (SELECT string_agg(e, '; ') FROM jsonb_array_elements_text(r->'reasons') AS e);
            INSERT INTO @extschema@.action_reject (plan, line, record, reason)
            VALUES (load_action_plan.plan, line, ARRAY(SELECT jsonb_array_elements_text(r->'fields')), reason);
            RETURN NEXT;
            CONTINUE;
        END IF;

        INSERT INTO @extschema@.action AS a (plan, number, heading, title, deadline, deadline_text, progress_text, notes)
        VALUES (load_action_plan.plan, number, v[1], v[2], (r->>'deadline')::@extschema@.deadline, v[5], v[6], v[7])
        ON CONFLICT ON CONSTRAINT action_plan_number_key DO UPDATE
            SET heading = EXCLUDED.heading, title = EXCLUDED.title, deadline = EXCLUDED.deadline,
                deadline_text = EXCLUDED.deadline_text, progress_text = EXCLUDED.progress_text,
                notes = EXCLUDED.notes
        RETURNING a.id INTO a_id;

        -- the plan's cells replace earlier actor links; curated paragraph links stay
        DELETE FROM @extschema@.action_actor aa WHERE aa.action = a_id;
        INSERT INTO @extschema@.action_actor (action, actor, role)
        SELECT DISTINCT a_id, ai.actor, CASE WHEN ai.qualifier = 'support' THEN 'support' ELSE 'lead' END
        FROM @extschema@.actors_in(v[3]) ai WHERE ai.actor IS NOT NULL
        ON CONFLICT DO NOTHING;
        INSERT INTO @extschema@.action_actor (action, actor, role)
        SELECT DISTINCT a_id, ai.actor, CASE WHEN ai.qualifier = 'support' THEN 'support' ELSE 'involved' END
        FROM @extschema@.actors_in(coalesce(v[4], '')) ai WHERE ai.actor IS NOT NULL
        ON CONFLICT DO NOTHING;
        -- "Progress monitored by CATS": the monitoring body
        FOR mon IN SELECT m[1] FROM regexp_matches(coalesce(v[6], '') || ' ' || coalesce(v[7], ''),
                   'monitored by ((?:relevant )?(?:Council preparatory bodies )?\(?[A-Za-z][A-Za-z ,-]*)', 'g') AS m LOOP
            INSERT INTO @extschema@.action_actor (action, actor, role)
            SELECT DISTINCT a_id, ai.actor, 'monitoring'
            FROM @extschema@.actors_in(mon) ai WHERE ai.actor IS NOT NULL
            ON CONFLICT DO NOTHING;
        END LOOP;
        outcome := 'loaded';
        reason := r->>'warning';
        RETURN NEXT;
    END LOOP;
END $$;
COMMENT ON FUNCTION @extschema@.load_action_plan(@extschema@.docnum, text, text) IS
    'loads an action plan from CSV text (heading,action,lead,involved,deadline,progress,notes); all_or_nothing (default) loads nothing if any row is bad and lists every bad row; keep_good loads the good rows and keeps the others in action_reject';

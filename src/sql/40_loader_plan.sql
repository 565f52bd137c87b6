-- Splitting a table cell: actors are found by their longest names first, so
-- "EU Institutions, bodies and Agencies" is one actor, not three; what is
-- left between them is a connector ("and/or", "supported by") or an unknown
-- name, which is reported.
-- In C (src/actors/, src/actors_sql.c): one pass over the cell with a trie
-- of every alias; the same rows as the plpgsql function it replaced.  A cell
-- names a few actors (ROWS 4): the default estimate of 1000 made the
-- importer's addressee query look costly enough to JIT-compile (10 ms).
CREATE FUNCTION @extschema@.actors_in(cell text,
    OUT actor text, OUT qualifier text, OUT name text, OUT pos int)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'pt_actors_in'
LANGUAGE C STABLE STRICT PARALLEL SAFE ROWS 4;
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

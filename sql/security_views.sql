-- Views and set-returning functions leak nothing a reader may not read
-- (issue 13, A).  A PUBLIC analyst set up as the README says (USAGE on the
-- schema, SELECT on every table, no clearance row) adds its own quals to
-- every view and function: a leaky function that raises what it sees, a
-- cast that fails on a hidden value (the error would quote it), and EXPLAIN
-- ANALYZE of a LIKE (the row counts would count hidden rows).  The views
-- read with the analyst's rights through row-level security, whose quals
-- PostgreSQL evaluates before any qual that is not leakproof.
SET search_path = public, policy_tracker;
BEGIN;
\set ON_ERROR_ROLLBACK on

-- hidden: LIMITE conclusions (a paragraph with addressee, deadline and a
-- citation) and a LIMITE action plan whose actions report, have actors and
-- are linked to paragraphs, one of them to a public paragraph
INSERT INTO document (ref, kind, title, marking) VALUES
  ('ST 77 2018 INIT', 'conclusions', 'secret conclusions', 'LIMITE'),
  ('ST 78 2018 INIT', 'action_plan', 'secret plan', 'LIMITE');
INSERT INTO paragraph (document, number, topic, verbs) VALUES ('ST 77 2018 INIT', 1, 'secret topic', '{CALLS ON}');
INSERT INTO paragraph_actor (document, number, actor) VALUES ('ST 77 2018 INIT', 1, 'Europol');
INSERT INTO paragraph_deadline (document, number, deadline, phrase) VALUES ('ST 77 2018 INIT', 1, 'by mid-2018', 'secret phrase');
INSERT INTO reference (from_doc, number, to_doc) VALUES
  ('ST 77 2018 INIT', 1, 'ST 79 2018 INIT'), ('ST 78 2018 INIT', NULL, '14435/17');
SELECT count(*) AS hidden_actions FROM load_action_plan('ST 78 2018 INIT', E'heading,action,lead,involved,deadline,progress,notes\n'
  'secret heading,secret action one,Europol,ENISA,early 2018,,\n'
  'secret heading,secret action two,Europol,,by mid-2018,,\n'
  'secret heading,secret action three,ENISA,Europol,end of 2018,,\n'
  'secret heading,secret action four,Commission,,2019,,\n'
  'secret heading,secret action five,Commission,ENISA,by 2030,,');
INSERT INTO progress (action, reported_on, status, note)
SELECT id, '2018-02-01', 'blocked', 'secret note' FROM action WHERE plan = 'ST 78 2018 INIT';
INSERT INTO action_paragraph (action, document, number)
SELECT id, 'ST 77 2018 INIT', 1 FROM action WHERE plan = 'ST 78 2018 INIT';
INSERT INTO action_paragraph (action, document, number)
SELECT id, '14435/17', 13 FROM action WHERE title = 'secret action one';

-- the analyst, with a schema of its own for its functions
CREATE ROLE regress_pt_analyst;
GRANT USAGE ON SCHEMA policy_tracker TO regress_pt_analyst;
GRANT SELECT ON ALL TABLES IN SCHEMA policy_tracker TO regress_pt_analyst;
CREATE SCHEMA regress_pt_own AUTHORIZATION regress_pt_analyst;
SET ROLE regress_pt_analyst;

-- what the analyst queries: every column of every view, and of every
-- set-returning function that reads the tables
CREATE TEMP TABLE target (source text, col text);
INSERT INTO target
SELECT 'policy_tracker.' || c.relname, a.attname
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
WHERE c.relnamespace = 'policy_tracker'::regnamespace AND c.relkind = 'v' AND a.attnum > 0 AND NOT a.attisdropped;
INSERT INTO target
SELECT f, c FROM (VALUES ('policy_tracker.overdue_on(''2030-01-01'')'),
                         ('policy_tracker.due_between(''2000-01-01'', ''2030-12-31'')')) AS s(f),
     unnest('{action,plan,number,title,deadline,due_date,leads,status}'::text[]) AS c;
INSERT INTO target VALUES ('policy_tracker.visible_documents()', 'visible_documents'),
  ('policy_tracker.resolve_actor(''Europol'')', 'name');
SELECT count(DISTINCT source) AS sources, count(*) AS columns FROM target;

-- (a) a cheap leaky function: it says what it sees when it sees a hidden value
CREATE FUNCTION regress_pt_own.peek(anyelement) RETURNS boolean
LANGUAGE plpgsql COST 0.0000001 AS $$
BEGIN
    IF $1::text ~ '(secret|\mST 7[789] 2018|\m7[789]/18)' THEN
        RAISE NOTICE 'leaked: %', $1;
    END IF;
    RETURN true;
END $$;
DO $$
DECLARE t record; n bigint; total bigint := 0;
BEGIN
    FOR t IN SELECT * FROM target ORDER BY 1, 2 LOOP
        EXECUTE format('SELECT count(*) FROM (SELECT * FROM %s) AS s WHERE regress_pt_own.peek(s.%I)', t.source, t.col) INTO n;
        total := total + n;
    END LOOP;
    RAISE NOTICE 'peeked at every column: % rows passed', total > 0;
END $$;

-- (b) a cast that fails on hidden values only: the error would quote one
DO $$
DECLARE t record; n bigint;
BEGIN
    FOR t IN SELECT * FROM target ORDER BY 1, 2 LOOP
        BEGIN
            EXECUTE format('SELECT count(*) FROM (SELECT * FROM %s) AS s WHERE (CASE WHEN s.%I::text ~ ''(secret|\mST 7[789] 2018|\m7[789]/18)'' '
                           'THEN s.%I::text ELSE ''0'' END)::int >= 0', t.source, t.col, t.col) INTO n;
        EXCEPTION WHEN invalid_text_representation THEN
            RAISE NOTICE '%.%: %', t.source, t.col, SQLERRM;
        END;
    END LOOP;
    RAISE NOTICE 'cast every column: no error quoted a hidden value';
END $$;

-- (c) EXPLAIN ANALYZE: the rows a LIKE lets through, on the plan nodes that
-- evaluate it, are visible rows only (none here: every match is hidden)
CREATE FUNCTION regress_pt_own.like_rows(q text) RETURNS numeric
LANGUAGE plpgsql AS $$
DECLARE j json;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF, FORMAT JSON) ' || q INTO j;
    RETURN (WITH RECURSIVE n(node) AS (
                SELECT j -> 0 -> 'Plan'
                UNION ALL
                SELECT c FROM n, json_array_elements(n.node -> 'Plans') AS c)
            SELECT coalesce(sum(round((node ->> 'Actual Rows')::numeric * (node ->> 'Actual Loops')::numeric)), 0)
            FROM n
            WHERE concat(node ->> 'Filter', node ->> 'Index Cond', node ->> 'Join Filter') LIKE '%~~%');
END $$;
SELECT q, regress_pt_own.like_rows(q) AS rows_matching FROM (VALUES
  ('SELECT * FROM policy_tracker.action_overview WHERE title LIKE ''secret%'''),
  ('SELECT * FROM policy_tracker.action_overview WHERE heading LIKE ''secret%'''),
  ('SELECT * FROM policy_tracker.paragraph_coverage WHERE topic LIKE ''secret%'''),
  ('SELECT * FROM policy_tracker.reference_graph WHERE cited LIKE ''ST 79%'''),
  ('SELECT * FROM policy_tracker.reference_graph WHERE citing_document LIKE ''7%'''),
  ('SELECT * FROM policy_tracker.overdue_on(''2030-01-01'') WHERE title LIKE ''secret%'''),
  ('SELECT * FROM policy_tracker.due_between(''2000-01-01'', ''2030-12-31'') WHERE title LIKE ''secret%''')
) AS v(q);

-- and the answers themselves count nothing hidden
SELECT (SELECT count(*) FROM action_overview WHERE plan = '78/18') AS hidden_actions,
       (SELECT actions_linked FROM paragraph_coverage WHERE document = '14435/17' AND number = 13) AS paragraph_13_actions,
       (SELECT count(*) FROM reference_graph WHERE cited_family = 'ST 79 2018 INIT' OR citing_document LIKE '7_/18') AS hidden_citations,
       (SELECT count(*) FROM paragraph_coverage WHERE document LIKE '7_/18') AS hidden_paragraphs;
RESET ROLE;
SELECT (SELECT count(*) FROM action_overview WHERE plan = '78/18') AS hidden_actions,
       (SELECT actions_linked FROM paragraph_coverage WHERE document = '14435/17' AND number = 13) AS paragraph_13_actions,
       (SELECT count(*) FROM reference_graph WHERE cited_family = 'ST 79 2018 INIT' OR citing_document LIKE '7_/18') AS hidden_citations,
       (SELECT count(*) FROM paragraph_coverage WHERE document LIKE '7_/18') AS hidden_paragraphs;

-- every view runs with its reader's rights, and every table a view reads
-- has row-level security (a view a view reads runs with the reader's
-- rights too: listed above)
SELECT c.relname, c.reloptions FROM pg_class c
WHERE c.relnamespace = 'policy_tracker'::regnamespace AND c.relkind = 'v' ORDER BY 1;
SELECT DISTINCT t.relname AS read_by_a_view, t.relrowsecurity AS row_level_security
FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_class v ON v.oid = r.ev_class
JOIN pg_class t ON t.oid = d.refobjid
WHERE d.classid = 'pg_rewrite'::regclass AND d.refclassid = 'pg_class'::regclass
  AND v.relnamespace = 'policy_tracker'::regnamespace AND v.relkind = 'v' AND t.oid <> v.oid
  AND t.relkind <> 'v'
ORDER BY 1;
ROLLBACK;

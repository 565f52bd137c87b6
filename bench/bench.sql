-- bench/bench.sql: run by bench/run.sh in a throwaway cluster.
--
-- Every figure is the median of 5 timed runs after one warm-up run; the
-- cases of a group run interleaved (A B C A B C ...) so that drift on a
-- noisy machine hits all of them.  Times come from clock_timestamp() around
-- each statement inside the server, not from psql round trips.
\set ON_ERROR_STOP on
CREATE EXTENSION policy_tracker;
SET search_path = public, policy_tracker;

SELECT CASE WHEN :'quick' = '1' THEN 100000 ELSE 1000000 END AS n,
       CASE WHEN :'quick' = '1' THEN 110 ELSE 1100 END AS copies,
       CASE WHEN :'quick' = '1' THEN 100 ELSE 1000 END AS docs,
       CASE WHEN :'quick' = '1' THEN 10000 ELSE 100000 END AS actions,
       CASE WHEN :'quick' = '1' THEN 200 ELSE 2000 END AS plans,
       CASE WHEN :'quick' = '1' THEN 10000 ELSE 100000 END AS loadrows,
       5 AS runs \gset
\echo == generating data (n = :n)

CREATE TABLE bench_result (
    ord serial, grp text, name text, per_value boolean, median_ms numeric, spread numeric,
    baseline text, bar text, bar_ratio numeric, bar_kind text);

-- Times each statement runs times (after a warm-up), interleaved; setup
-- statements run untimed before each timed one.
CREATE FUNCTION bench(grp text, names text[], stmts text[], setups text[] DEFAULT NULL,
                      min_runs int DEFAULT 0)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    r int; i int; t0 timestamptz; ms numeric[];
    runs int := greatest(current_setting('bench.runs')::int, min_runs);
BEGIN
    CREATE TEMP TABLE IF NOT EXISTS bench_t (i int, ms numeric);
    TRUNCATE bench_t;
    FOR r IN 0 .. runs LOOP
        FOR i IN 1 .. array_length(stmts, 1) LOOP
            IF setups IS NOT NULL AND setups[i] IS NOT NULL THEN EXECUTE setups[i]; END IF;
            t0 := clock_timestamp();
            EXECUTE stmts[i];
            IF r > 0 THEN
                INSERT INTO bench_t VALUES (i, extract(epoch FROM clock_timestamp() - t0) * 1000);
            END IF;
        END LOOP;
    END LOOP;
    INSERT INTO bench_result (grp, name, median_ms, spread)
    SELECT grp, names[b.i], percentile_cont(0.5) WITHIN GROUP (ORDER BY b.ms),
           (max(b.ms) - min(b.ms)) / nullif(percentile_cont(0.5) WITHIN GROUP (ORDER BY b.ms), 0)
    FROM bench_t b GROUP BY b.i ORDER BY b.i;
END $$;
SELECT set_config('bench.runs', :'runs', false);

-- realistic strings: the spellings analysts meet
CREATE TABLE s_docnum AS
SELECT i, CASE i % 5
    WHEN 0 THEN format('%s/%s', 1 + (i * 7919) % 20000, 10 + i % 15)
    WHEN 1 THEN format('ST %s %s INIT', 1 + (i * 7919) % 20000, 2010 + i % 15)
    WHEN 2 THEN format('%s/%s/%s REV %s', 1 + (i * 7919) % 20000, 1 + i % 4, 10 + i % 15, 1 + i % 4)
    WHEN 3 THEN format('COM(%s) %s final', 2010 + i % 15, 1 + i % 900)
    ELSE format('WK %s/%s/%s REV%s', 1 + (i * 7919) % 20000, 1 + i % 3, 10 + i % 15, 1 + i % 3) END AS s
FROM generate_series(1::int8, :n) AS i;
CREATE TABLE s_int8 AS
SELECT i, ((1 + (i * 7919) % 20000)::int8 * 100 + 10 + i % 15)::text AS s FROM generate_series(1::int8, :n) AS i;
CREATE TABLE s_deadline AS
SELECT i, format((ARRAY['by mid-%s', 'end of %s/early %s', '%s', 'May %s', 'early %s', 'end of %s',
                        '%s and ongoing', 'by the end of %s', 'Q%s %s', '25 June %s'])[1 + i % 10],
                 CASE WHEN i % 10 = 8 THEN (1 + i % 4)::text ELSE (2015 + i % 15)::text END,
                 2016 + i % 15) AS s
FROM generate_series(1::int8, :n) AS i;
CREATE TABLE s_date AS
SELECT i, to_char(date '2015-01-01' + ((i * 37) % 5000)::int, 'YYYY-MM-DD') AS s FROM generate_series(1::int8, :n) AS i;
CREATE TABLE s_daterange AS
SELECT i, format('[%s,%s)', date '2015-01-01' + ((i * 37) % 5000)::int, date '2015-01-01' + ((i * 37) % 5000 + 30 + i % 300)::int) AS s
FROM generate_series(1::int8, :n) AS i;
VACUUM ANALYZE s_docnum, s_int8, s_deadline, s_date, s_daterange;

\echo == input
-- per value: the input function on strings already in a table; "read"
-- (scanning the table and textout alone) is what producing the strings
-- costs, measured on each table and subtracted later.  Each row's string is
-- made once (OFFSET 0 keeps the subquery) and read :calls times, so that
-- the cost of the input functions is not lost in the noise of the scan
-- (num_nonnulls evaluates every argument; identical calls are not merged).
SELECT 4 AS calls \gset
CREATE FUNCTION input_case(fn text, tab text) RETURNS text LANGUAGE sql AS $f$
  SELECT format('SELECT count(num_nonnulls(%s)) FROM (SELECT textout(s) AS c FROM %s OFFSET 0) x',
                string_agg(CASE WHEN fn = '' THEN 'c' ELSE fn || '(c)' END, ', '), tab)
  FROM generate_series(1, current_setting('bench.calls')::int)
$f$;
SELECT set_config('bench.calls', :'calls', false);
-- nine runs, as for COPY: the input bars are differences of two timings
-- (the function's, less reading the strings), which doubles their noise
SELECT FROM bench('input docnum', ARRAY['read', 'docnum', 'read (int8 strings)', 'int8', 'text'], ARRAY[
  input_case('', 's_docnum'), input_case('docnum_in', 's_docnum'),
  input_case('', 's_int8'), input_case('int8in', 's_int8'), input_case('textin', 's_docnum')], NULL, 9);
SELECT FROM bench('input deadline', ARRAY['read', 'deadline', 'read (date strings)', 'date', 'read (daterange strings)', 'daterange'], ARRAY[
  input_case('', 's_deadline'), input_case('deadline_in', 's_deadline'),
  input_case('', 's_date'), input_case('date_in', 's_date'),
  input_case('', 's_daterange'), replace(input_case('range_in', 's_daterange'), 'range_in(c)', 'range_in(c, ''daterange''::regtype, -1)')],
  NULL, 9);

CREATE TABLE t_docnum AS SELECT s::docnum AS v FROM s_docnum;
CREATE TABLE t_int8 AS SELECT s::int8 AS v FROM s_int8;
CREATE TABLE t_text AS SELECT s AS v FROM s_docnum;
CREATE TABLE t_deadline AS SELECT s::deadline AS v FROM s_deadline;
CREATE TABLE t_daterange AS SELECT deadline_period(v) AS v FROM t_deadline;
VACUUM ANALYZE t_docnum, t_int8, t_text, t_deadline, t_daterange;

\echo == copy
COPY t_docnum TO '/tmp/pt_bench_docnum.copy';
COPY t_int8 TO '/tmp/pt_bench_int8.copy';
COPY t_deadline TO '/tmp/pt_bench_deadline.copy';
COPY t_daterange TO '/tmp/pt_bench_daterange.copy';
CREATE TABLE c_docnum (v docnum); CREATE TABLE c_int8 (v int8);
CREATE TABLE c_deadline (v deadline); CREATE TABLE c_daterange (v daterange);
SELECT FROM bench('COPY FROM', ARRAY['docnum', 'int8', 'deadline', 'daterange'], ARRAY[
  'COPY c_docnum FROM ''/tmp/pt_bench_docnum.copy''',
  'COPY c_int8 FROM ''/tmp/pt_bench_int8.copy''',
  'COPY c_deadline FROM ''/tmp/pt_bench_deadline.copy''',
  'COPY c_daterange FROM ''/tmp/pt_bench_daterange.copy'''], ARRAY[
  'TRUNCATE c_docnum', 'TRUNCATE c_int8', 'TRUNCATE c_deadline', 'TRUNCATE c_daterange'],
  9);  -- COPY spreads are the widest here: the median of 9

\echo == order by and btree
SELECT :n - 1 AS last \gset
SELECT FROM bench('ORDER BY', ARRAY['docnum', 'int8', 'text (default collation)', 'text (C)', 'deadline', 'daterange'], ARRAY[
  format('SELECT v FROM t_docnum ORDER BY v OFFSET %s LIMIT 1', :last),
  format('SELECT v FROM t_int8 ORDER BY v OFFSET %s LIMIT 1', :last),
  format('SELECT v FROM t_text ORDER BY v OFFSET %s LIMIT 1', :last),
  format('SELECT v FROM t_text ORDER BY v COLLATE "C" OFFSET %s LIMIT 1', :last),
  format('SELECT v FROM t_deadline ORDER BY v OFFSET %s LIMIT 1', :last),
  format('SELECT v FROM t_daterange ORDER BY v OFFSET %s LIMIT 1', :last)]);
SELECT FROM bench('btree build', ARRAY['docnum', 'int8', 'text (default collation)', 'text (C)', 'deadline', 'daterange'], ARRAY[
  'CREATE INDEX b_docnum ON t_docnum (v)', 'CREATE INDEX b_int8 ON t_int8 (v)',
  'CREATE INDEX b_text ON t_text (v)', 'CREATE INDEX b_text_c ON t_text (v COLLATE "C")',
  'CREATE INDEX b_deadline ON t_deadline (v)', 'CREATE INDEX b_daterange ON t_daterange (v)'], ARRAY[
  'DROP INDEX IF EXISTS b_docnum', 'DROP INDEX IF EXISTS b_int8', 'DROP INDEX IF EXISTS b_text',
  'DROP INDEX IF EXISTS b_text_c', 'DROP INDEX IF EXISTS b_deadline', 'DROP INDEX IF EXISTS b_daterange']);

\echo == range queries
SELECT FROM bench('GiST build', ARRAY['deadline', 'daterange'], ARRAY[
  'CREATE INDEX g_deadline ON t_deadline USING gist (v)',
  'CREATE INDEX g_daterange ON t_daterange USING gist (v)'], ARRAY[
  'DROP INDEX IF EXISTS g_deadline', 'DROP INDEX IF EXISTS g_daterange']);
VACUUM ANALYZE t_deadline, t_daterange;
SET enable_seqscan = off;
SELECT FROM bench('overlaps a month (x12)', ARRAY['deadline &&', 'daterange &&'], ARRAY[
  'SELECT sum((SELECT count(*) FROM t_deadline WHERE v && daterange(m::date, (m + interval ''1 month'')::date))) FROM generate_series(date ''2018-01-01'', ''2018-12-01'', interval ''1 month'') m',
  'SELECT sum((SELECT count(*) FROM t_daterange WHERE v && daterange(m::date, (m + interval ''1 month'')::date))) FROM generate_series(date ''2018-01-01'', ''2018-12-01'', interval ''1 month'') m']);
SELECT FROM bench('contains a date (x12)', ARRAY['deadline @>', 'daterange @>'], ARRAY[
  'SELECT sum((SELECT count(*) FROM t_deadline WHERE v @> m::date)) FROM generate_series(date ''2018-01-15'', ''2018-12-15'', interval ''1 month'') m',
  'SELECT sum((SELECT count(*) FROM t_daterange WHERE v @> m::date)) FROM generate_series(date ''2018-01-15'', ''2018-12-15'', interval ''1 month'') m']);
RESET enable_seqscan;

CREATE TABLE bench_size AS
SELECT 'table bytes/row' AS what, 'docnum' AS name, pg_relation_size('t_docnum')::numeric / :n AS value
UNION ALL SELECT 'table bytes/row', 'int8', pg_relation_size('t_int8')::numeric / :n
UNION ALL SELECT 'table bytes/row', 'text', pg_relation_size('t_text')::numeric / :n
UNION ALL SELECT 'table bytes/row', 'deadline', pg_relation_size('t_deadline')::numeric / :n
UNION ALL SELECT 'table bytes/row', 'daterange', pg_relation_size('t_daterange')::numeric / :n
UNION ALL SELECT 'btree bytes/row', 'docnum', pg_relation_size('b_docnum')::numeric / :n
UNION ALL SELECT 'btree bytes/row', 'int8', pg_relation_size('b_int8')::numeric / :n
UNION ALL SELECT 'btree bytes/row', 'text', pg_relation_size('b_text')::numeric / :n
UNION ALL SELECT 'btree bytes/row', 'deadline', pg_relation_size('b_deadline')::numeric / :n
UNION ALL SELECT 'btree bytes/row', 'daterange', pg_relation_size('b_daterange')::numeric / :n
UNION ALL SELECT 'GiST bytes/row', 'deadline', pg_relation_size('g_deadline')::numeric / :n
UNION ALL SELECT 'GiST bytes/row', 'daterange', pg_relation_size('g_daterange')::numeric / :n;

\echo == extraction
CREATE TABLE corpus_text AS
SELECT k, regexp_replace(regexp_replace(:'corpus', '/17\M', '/' || (10 + k % 15), 'g'),
                         '2018', (2010 + k % 20)::text, 'g') AS body
FROM generate_series(1, CASE WHEN length(:'corpus') > 0 THEN :copies ELSE 0 END) AS k;
SELECT pg_size_pretty(sum(octet_length(body))) AS corpus_size, count(*) AS rows FROM corpus_text \gset
SELECT FROM bench('extraction', ARRAY['read (detoast, length)', 'docnums_in', 'regexp_matches', 'deadlines_in'], ARRAY[
  'SELECT sum(length(body)) FROM corpus_text',
  'SELECT count(*) FROM corpus_text, docnums_in(body)',
  'SELECT count(*) FROM corpus_text, regexp_matches(body, ''\d{3,5}/\d{1,2}/\d{2}( REV ?\d+)?|\d{3,5}/\d{2}'', ''g'')',
  'SELECT count(*) FROM corpus_text, deadlines_in(body)']);
CREATE TABLE bench_found AS
SELECT (SELECT count(*) FROM corpus_text, docnums_in(body)) AS docnums,
       (SELECT count(*) FROM corpus_text, regexp_matches(body, '\d{3,5}/\d{1,2}/\d{2}( REV ?\d+)?|\d{3,5}/\d{2}', 'g')) AS regexp_hits;

\echo == reading documents (:docs conclusions texts)
-- the English draft conclusions, :docs times with its numbers varied: the
-- structure pass (read_document, C) against reading the text, then a whole
-- import of each (stored, linked, reported), one run as users import once
CREATE TABLE doc_text AS
SELECT k, format('ST %s 2019 INIT', 50000 + k)::docnum AS ref,
       regexp_replace(:'conclusions', '/17\M', '/' || (10 + k % 15), 'g') AS body
FROM generate_series(1, CASE WHEN length(:'conclusions') > 0 THEN :docs ELSE 0 END) AS k;
SELECT coalesce(sum(octet_length(body)), 0) / 1e6 AS doc_mb, count(*) AS doc_rows FROM doc_text \gset
SELECT FROM bench('reading documents', ARRAY['read (detoast, length)', 'read_document (structure pass)'], ARRAY[
  'SELECT sum(length(body)) FROM doc_text',
  'SELECT count(*) FROM doc_text, read_document(body)']);
INSERT INTO document (ref, kind, adopted_on) SELECT ref, 'conclusions', '2017-11-20' FROM doc_text;
SELECT clock_timestamp() AS t0 \gset
SELECT count(*) AS imported FROM doc_text d, LATERAL import_conclusions(d.ref, d.body, 'en') AS i
WHERE i.what = 'paragraphs' \gset
INSERT INTO bench_result (grp, name, median_ms)
SELECT 'reading documents', format('import_conclusions, mean of %s imports', :imported),
       extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) * 1000 / greatest(:imported, 1);
DELETE FROM document WHERE ref IN (SELECT ref FROM doc_text);

\echo == the model at scale (:actions actions in :plans plans, :docs conclusions of 50 paragraphs)
-- the shape of issue 16: 1,000 conclusions texts of 50 paragraphs (50,000
-- paragraphs), 100,000 actions in 2,000 plans of 50, 1,000,000 reports;
-- each view and function for one plan (or document), and for all of them
INSERT INTO document (ref, kind) SELECT format('ST %s 2017 INIT', p)::docnum, 'action_plan' FROM generate_series(1, :plans) p;
INSERT INTO document (ref, kind) SELECT format('ST %s 2016 INIT', p)::docnum, 'conclusions' FROM generate_series(1, :docs) p;
INSERT INTO paragraph (document, number, part, verbs)
SELECT format('ST %s 2016 INIT', p)::docnum, n, 'operative', ARRAY['INVITES'] FROM generate_series(1, :docs) p, generate_series(1, 50) n;
INSERT INTO paragraph_actor (document, number, actor)
SELECT format('ST %s 2016 INIT', p)::docnum, n, 'Member States' FROM generate_series(1, :docs) p, generate_series(1, 50, 3) n;
INSERT INTO reference (from_doc, number, to_doc)
SELECT format('ST %s 2016 INIT', p)::docnum, n, format('ST %s 2015 INIT', 1 + (p * 7 + n) % 5000)::docnum
FROM generate_series(1, :docs) p, generate_series(1, 50, 5) n;
INSERT INTO action (plan, number, title, deadline, deadline_text)
SELECT format('ST %s 2017 INIT', 1 + i % :plans)::docnum, 1 + i / :plans, 'action ' || i,
       format((ARRAY['by mid-%s', 'end of %s', '%s', 'May %s', 'early %s', 'Q3 %s', 'ongoing', '%s and ongoing'])[1 + i % 8],
              2015 + i % 15)::deadline, 'as written'
FROM generate_series(0, :actions - 1) AS i;
INSERT INTO action_actor (action, actor, role)
SELECT a.id, x.actor, x.role FROM action a,
  LATERAL (VALUES ((ARRAY['Member States', 'European Commission', 'European External Action Service', 'Europol'])[1 + a.id % 4], 'lead'),
                  ((ARRAY['European Union Agency for Cybersecurity', 'European Defence Agency', 'Eurojust'])[1 + a.id % 3], 'involved'),
                  ('Council of the European Union', 'involved')) AS x(actor, role);
INSERT INTO action_paragraph (action, document, number)
SELECT a.id, format('ST %s 2016 INIT', 1 + a.id % :docs)::docnum, 1 + a.id % 50 FROM action a WHERE a.id % 2 = 0;
INSERT INTO progress (action, reported_on, status)
SELECT a.id, least(date '2015-01-01' + ((a.id * 7 + k * 211) % 5000)::int, CURRENT_DATE - 1),
       (ARRAY['not_started', 'in_progress', 'in_progress', 'delayed', 'done', 'blocked'])[1 + (a.id + k) % 6]
FROM action a, generate_series(1, 10) AS k;
VACUUM ANALYZE;
SELECT count(*) AS progress_rows FROM progress \gset
SELECT count(*) AS paragraph_rows FROM paragraph \gset

SELECT FROM bench('model at scale: one plan', ARRAY['action_overview', 'actor_workload', 'deadline_calendar',
    'paragraph_coverage (one document)', 'reference_graph (one document)', 'actions_on', 'status_on x50',
    'timeline_svg', 'plan_report'], ARRAY[
  'SELECT count(v.*) FROM action_overview_typed v WHERE plan_ref = ''123/17''',
  'SELECT count(v.*) FROM actor_workload_typed v WHERE plan_ref = ''123/17''',
  'SELECT count(v.*) FROM deadline_calendar_typed v WHERE plan_ref = ''123/17''',
  'SELECT count(v.*) FROM paragraph_coverage_typed v WHERE document_ref = ''56/16''',
  'SELECT count(v.*) FROM reference_graph_typed v WHERE citing_ref = ''56/16''',
  'SELECT count(a.*) FROM actions_on(''2021-07-01'', ''123/17'') a',
  'SELECT count(status_on(''123/17'', n, ''2021-07-01'')) FROM generate_series(1, 50) n',
  'SELECT length(timeline_svg(''123/17'', ''2021-07-01''))',
  'SELECT length(plan_report(''123/17'', ''2021-07-01'', ''2021-01-01''))']);
SELECT FROM bench('model at scale', ARRAY['overdue_on', 'due_between (half-year)', 'action_overview', 'actor_workload',
    'deadline_calendar', 'paragraph_coverage', 'reference_graph', 'actions_on', 'status_on x1000'], ARRAY[
  'SELECT count(f.*) FROM overdue_on(''2021-07-01'') f',
  'SELECT count(f.*) FROM due_between(''2021-01-01'', ''2021-06-30'') f',
  'SELECT count(v.*) FROM action_overview v',
  'SELECT count(v.*) FROM actor_workload v',
  'SELECT count(v.*) FROM deadline_calendar v',
  'SELECT count(v.*) FROM paragraph_coverage v',
  'SELECT count(v.*) FROM reference_graph v',
  'SELECT count(a.*) FROM actions_on(''2021-07-01'') a',
  'SELECT count(status_on(id, ''2021-07-01'')) FROM action WHERE id <= 1000']);

-- the same queries as an analyst under row-level security (no clearance;
-- one plan in ten LIMITE): the owner's figures cannot show a plan that
-- loses an index under a policy (a condition's function that is not
-- LEAKPROOF is not pushed into an index scan below the policy)
CREATE ROLE bench_analyst;
GRANT USAGE ON SCHEMA policy_tracker TO bench_analyst;
GRANT SELECT ON ALL TABLES IN SCHEMA policy_tracker TO bench_analyst;
GRANT INSERT ON bench_result, bench_t TO bench_analyst;
GRANT USAGE ON SEQUENCE bench_result_ord_seq TO bench_analyst;
GRANT SELECT, TRUNCATE ON bench_t TO bench_analyst;
UPDATE document SET marking = 'LIMITE' WHERE kind = 'action_plan' AND ref < 'ST 200 2017 INIT' AND ref >= 'ST 100 2017 INIT';
ANALYZE document;
SET ROLE bench_analyst;
SELECT FROM bench('model at scale, as an analyst', ARRAY['overdue_on', 'due_between (half-year)', 'action_overview',
    'actor_workload', 'deadline_calendar', 'paragraph_coverage', 'reference_graph', 'actions_on'], ARRAY[
  'SELECT count(f.*) FROM overdue_on(''2021-07-01'') f',
  'SELECT count(f.*) FROM due_between(''2021-01-01'', ''2021-06-30'') f',
  'SELECT count(v.*) FROM action_overview v',
  'SELECT count(v.*) FROM actor_workload v',
  'SELECT count(v.*) FROM deadline_calendar v',
  'SELECT count(v.*) FROM paragraph_coverage v',
  'SELECT count(v.*) FROM reference_graph v',
  'SELECT count(a.*) FROM actions_on(''2021-07-01'') a']);
RESET ROLE;
UPDATE document SET marking = 'PUBLIC' WHERE marking = 'LIMITE';

\o bench/plans.txt
\echo '-- EXPLAIN plans of the model-at-scale queries (bench/bench.sql)'
EXPLAIN SELECT count(f.*) FROM overdue_on('2021-07-01') f;
EXPLAIN SELECT count(f.*) FROM due_between('2021-01-01', '2021-06-30') f;
EXPLAIN SELECT count(v.*) FROM actor_workload v;
EXPLAIN SELECT count(v.*) FROM paragraph_coverage v;
EXPLAIN SELECT count(v.*) FROM action_overview_typed v WHERE plan_ref = '123/17';
EXPLAIN SELECT count(v.*) FROM actor_workload_typed v WHERE plan_ref = '123/17';
EXPLAIN SELECT count(v.*) FROM paragraph_coverage_typed v WHERE document_ref = '56/16';
EXPLAIN SELECT p.status FROM progress AS p WHERE p.action = 42 AND p.reported_on <= '2021-07-01'
        ORDER BY p.reported_on DESC, p.id DESC LIMIT 1;
\o

-- (reports are dated in the past, as real ones are)

\echo == loading a plan (:loadrows rows shaped as the example plan)
-- the example plan's 44 rows repeated, COPYed into a table and loaded with
-- load_action_plan_from (every cell checked, actors and deadlines read,
-- links and derived counts written); one run, as a user loads a plan once.
-- The baseline is the two plain INSERT ... SELECTs of the same actions and
-- links, with nothing read or checked, into a table of the same shape.
CREATE TEMP TABLE plan_sample (heading text, action text, lead text, involved text, deadline text,
                               progress text, notes text);
\copy plan_sample FROM 'data/action_plan_14965-17.csv' (FORMAT csv, HEADER)
CREATE TABLE plan_rows AS
SELECT s.* FROM generate_series(1, ceil(:loadrows / 44.0)::int) AS g, plan_sample AS s LIMIT :loadrows;
INSERT INTO document (ref, kind, adopted_on) VALUES ('ST 9999 2017 INIT', 'action_plan', '2017-12-01'),
                                                    ('ST 9998 2017 INIT', 'action_plan', '2017-12-01');
SELECT clock_timestamp() AS t0 \gset
SELECT count(*) AS loaded FROM load_action_plan_from('ST 9999 2017 INIT', 'plan_rows') WHERE outcome = 'loaded' \gset
INSERT INTO bench_result (grp, name, median_ms)
SELECT 'loading a plan', format('load_action_plan_from, %s rows', :loaded),
       extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) * 1000;
SELECT count(*) AS links FROM action_actor aa JOIN action a ON a.id = aa.action
WHERE a.plan = 'ST 9999 2017 INIT' \gset
-- the links to write, read before the clock starts (the baseline reads nothing)
CREATE TEMP TABLE link_src AS
SELECT b.number, aa.actor, aa.role FROM action b JOIN action_actor aa ON aa.action = b.id
WHERE b.plan = 'ST 9999 2017 INIT';
ANALYZE link_src;
SELECT clock_timestamp() AS t0 \gset
INSERT INTO action (plan, number, heading, title, deadline_text, progress_text, notes)
SELECT 'ST 9998 2017 INIT', row_number() OVER (), r.heading, r.action, r.deadline, r.progress, r.notes FROM plan_rows r;
ANALYZE action;
INSERT INTO action_actor (action, actor, role)
SELECT a.id, l.actor, l.role
FROM action a JOIN link_src l ON l.number = a.number
WHERE a.plan = 'ST 9998 2017 INIT';
INSERT INTO bench_result (grp, name, median_ms)
SELECT 'loading a plan', format('plain INSERT ... SELECT of the same %s actions and %s links', :loaded, :links),
       extract(epoch FROM clock_timestamp() - :'t0'::timestamptz) * 1000;

-- bars (spec: issue 6), as ratios within this run
CREATE FUNCTION ms(g text, c text) RETURNS numeric LANGUAGE sql AS
  'SELECT median_ms FROM bench_result WHERE grp = $1 AND name = $2';
CREATE TABLE bench_bar (bar text, value numeric, limit_ numeric, holds boolean);
INSERT INTO bench_bar
SELECT 'docnum input / int8 input (per value, reading subtracted)', v, 1.5, v <= 1.5
FROM (SELECT (ms('input docnum', 'docnum') - ms('input docnum', 'read')) /
             nullif(ms('input docnum', 'int8') - ms('input docnum', 'read (int8 strings)'), 0) AS v) x
UNION ALL SELECT 'docnum ORDER BY / int8', ms('ORDER BY', 'docnum') / ms('ORDER BY', 'int8'), 1.3,
       ms('ORDER BY', 'docnum') / ms('ORDER BY', 'int8') <= 1.3
UNION ALL SELECT 'text (default collation) ORDER BY / docnum', ms('ORDER BY', 'text (default collation)') / ms('ORDER BY', 'docnum'), 10,
       ms('ORDER BY', 'text (default collation)') / ms('ORDER BY', 'docnum') >= 10
UNION ALL SELECT 'docnum COPY / int8', ms('COPY FROM', 'docnum') / ms('COPY FROM', 'int8'), 1.3,
       ms('COPY FROM', 'docnum') / ms('COPY FROM', 'int8') <= 1.3
UNION ALL SELECT 'docnum table bytes/row - int8', a.value - b.value, 0, a.value = b.value
FROM bench_size a, bench_size b WHERE a.what = 'table bytes/row' AND b.what = a.what AND a.name = 'docnum' AND b.name = 'int8'
UNION ALL SELECT 'deadline input / date input (per value, reading subtracted)', v, 1.0, v <= 1.0
FROM (SELECT (ms('input deadline', 'deadline') - ms('input deadline', 'read')) /
             nullif(ms('input deadline', 'date') - ms('input deadline', 'read (date strings)'), 0) AS v) x
UNION ALL SELECT 'daterange ORDER BY / deadline', ms('ORDER BY', 'daterange') / ms('ORDER BY', 'deadline'), 4,
       ms('ORDER BY', 'daterange') / ms('ORDER BY', 'deadline') >= 4
UNION ALL SELECT 'deadline COPY / daterange', ms('COPY FROM', 'deadline') / ms('COPY FROM', 'daterange'), 0.6,
       ms('COPY FROM', 'deadline') / ms('COPY FROM', 'daterange') <= 0.6
UNION ALL SELECT 'deadline overlap query / GiST daterange', ms('overlaps a month (x12)', 'deadline &&') / ms('overlaps a month (x12)', 'daterange &&'), 1.2,
       ms('overlaps a month (x12)', 'deadline &&') / ms('overlaps a month (x12)', 'daterange &&') <= 1.2
UNION ALL SELECT 'docnums_in throughput / regexp_matches', ms('extraction', 'regexp_matches') / ms('extraction', 'docnums_in'), 1.5,
       ms('extraction', 'regexp_matches') / ms('extraction', 'docnums_in') >= 1.5
UNION ALL SELECT 'docnums_in throughput / reading alone', ms('extraction', 'read (detoast, length)') / ms('extraction', 'docnums_in'), 0.5,
       ms('extraction', 'read (detoast, length)') / ms('extraction', 'docnums_in') >= 0.5
UNION ALL SELECT 'deadlines_in throughput / reading alone', ms('extraction', 'read (detoast, length)') / ms('extraction', 'deadlines_in'), 0.25,
       ms('extraction', 'read (detoast, length)') / ms('extraction', 'deadlines_in') >= 0.25
UNION ALL SELECT 'read_document structure pass (MB/s)', :doc_mb / (ms('reading documents', 'read_document (structure pass)') / 1000), 10,
       :doc_mb / (ms('reading documents', 'read_document (structure pass)') / 1000) >= 10
UNION ALL SELECT 'import_conclusions of a 32 kB text (ms)', max(median_ms), 10, max(median_ms) < 10
FROM bench_result WHERE grp = 'reading documents' AND name LIKE 'import_conclusions%'
UNION ALL SELECT 'slowest query for one plan or document (ms)', max(median_ms), 200, max(median_ms) < 200
FROM bench_result WHERE grp = 'model at scale: one plan'
UNION ALL SELECT 'slowest query over all plans and documents (ms)', max(median_ms), 2000, max(median_ms) < 2000
FROM bench_result WHERE grp = 'model at scale'
UNION ALL SELECT 'slowest query over all plans and documents, as an analyst (ms)', max(median_ms), 2000, max(median_ms) < 2000
FROM bench_result WHERE grp = 'model at scale, as an analyst'
UNION ALL SELECT 'load_action_plan_from / plain INSERTs of the same rows (no bar: reported)',
       max(median_ms) FILTER (WHERE name LIKE 'load%') / max(median_ms) FILTER (WHERE name LIKE 'plain%'), NULL, NULL
FROM bench_result WHERE grp = 'loading a plan';

\pset footer off
\echo
\echo == results
SELECT grp AS "group", name AS "case", round(median_ms, 1) AS "median ms", round(100 * spread, 0) AS "spread %"
FROM bench_result ORDER BY ord;
SELECT what, name, round(value, 1) AS bytes FROM bench_size;
SELECT bar, round(value, 2) AS value, limit_ AS "limit", holds FROM bench_bar;

-- bench/results.md
\pset format unaligned
\pset tuples_only on
\o bench/results.md
SELECT '# policy_tracker benchmark results' || E'\n\n' ||
       'Generated by `make bench`' || CASE WHEN :'quick' = '1' THEN ' (QUICK=1)' ELSE '' END ||
       ' on ' || to_char(now(), 'YYYY-MM-DD HH24:MI TZ') || '. ' || version() || '.' || E'\n\n' ||
       'Settings: fsync off, synchronous_commit off, wal_level minimal, JIT off, no parallel workers, shared_buffers ' ||
       current_setting('shared_buffers') || ', work_mem ' || current_setting('work_mem') ||
       ', maintenance_work_mem ' || current_setting('maintenance_work_mem') || ', default collation ' ||
       :'locale' || '. ' || :n || ' values per type (the input cases call each input function ' || :calls ||
       ' times per string); extraction over ' || :'corpus_size' ||
       ' of conclusions-like text; model: ' || :actions || ' actions, ' || :progress_rows ||
       ' progress rows. Each figure is the median of ' || :runs ||
       ' runs after a warm-up (9 for COPY and the input cases), cases interleaved; spread is (max - min) / median.' || E'\n\n' ||
       '## Bars' || E'\n\n| bar | value | limit | holds |\n|---|---|---|---|\n' ||
       (SELECT string_agg(format('| %s | %s | %s | %s |', bar, round(value, 2), limit_,
                                 CASE WHEN holds IS NULL THEN 'reported' WHEN holds THEN 'yes' ELSE '**no**' END), E'\n') FROM bench_bar) ||
       E'\n\n## Timings\n\n| group | case | median ms | spread |\n|---|---|---|---|\n' ||
       (SELECT string_agg(format('| %s | %s | %s | %s%% |', grp, name, round(median_ms, 1), round(100 * spread, 0)),
                          E'\n' ORDER BY ord) FROM bench_result) ||
       E'\n\n## Sizes\n\n| what | type | bytes |\n|---|---|---|\n' ||
       (SELECT string_agg(format('| %s | %s | %s |', what, name, round(value, 1)), E'\n') FROM bench_size) ||
       E'\n\nExtraction found ' || (SELECT docnums FROM bench_found) || ' document references where the regular expression found ' ||
       (SELECT regexp_hits FROM bench_found) || ' (it misses Commission numbers, register forms and combined mentions).' ||
       E'\n\nEXPLAIN plans of the model queries: `bench/plans.txt`.\n';
\o
\! rm -f /tmp/pt_bench_*.copy

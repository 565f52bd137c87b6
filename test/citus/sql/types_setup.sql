-- Tables, distribution and data for types.sql.  Run with :citus true on the
-- Citus coordinator (the \if blocks distribute) and false on the single node.
\set VERBOSITY terse
SET search_path = public, policy_tracker;

-- docs: one row per document, distributed by its docnum (32 shards);
-- doc_notes co-located with it; tasks distributed by a deadline, with the
-- docnum they belong to as an ordinary column; mentions and due_phrases take
-- docnums_in and deadlines_in through INSERT ... SELECT; kinds is small and
-- a reference table on Citus.
CREATE TABLE docs (ref docnum PRIMARY KEY, n int NOT NULL, kind int NOT NULL);
CREATE TABLE doc_notes (ref docnum NOT NULL, note_id int NOT NULL, note text,
                        PRIMARY KEY (ref, note_id));
CREATE TABLE tasks (due deadline NOT NULL, id int NOT NULL, ref docnum NOT NULL);
CREATE TABLE texts (id int PRIMARY KEY, body text NOT NULL);
CREATE TABLE mentions (ref docnum NOT NULL, text_id int NOT NULL, pos int NOT NULL, match text);
CREATE TABLE due_phrases (due deadline NOT NULL, text_id int NOT NULL, pos int NOT NULL, match text);
CREATE TABLE kinds (kind int PRIMARY KEY, example docnum NOT NULL, label text);

\if :citus
SET citus.shard_count = 32;
SELECT create_distributed_table('docs', 'ref');
SELECT create_distributed_table('doc_notes', 'ref', colocate_with => 'docs');
SELECT create_distributed_table('tasks', 'due');
SELECT create_distributed_table('texts', 'id');
SELECT create_distributed_table('mentions', 'ref', colocate_with => 'docs');
SELECT create_distributed_table('due_phrases', 'due', colocate_with => 'tasks');
SELECT create_reference_table('kinds');
\endif

-- 100,000 documents in eight input forms (slash, register, revision infix,
-- URL path, Commission, EUR-Lex, ...): i is the running number, so all
-- differ; years 1990-2029.
INSERT INTO docs (ref, n, kind)
SELECT (CASE i % 8
        WHEN 0 THEN format('%s/%s', i, lpad(((1990 + (i / 8) % 40) % 100)::text, 2, '0'))
        WHEN 1 THEN format('ST %s %s INIT', i, 1990 + (i / 8) % 40)
        WHEN 2 THEN format('%s/%s/%s REV %s', i, 1 + i % 9, lpad(((1990 + (i / 8) % 40) % 100)::text, 2, '0'), 1 + i % 9)
        WHEN 3 THEN format('WK %s/%s REV %s', i, 1990 + (i / 8) % 40, 1 + i % 5)
        WHEN 4 THEN format('COM(%s) %s final', 1990 + (i / 8) % 40, i)
        WHEN 5 THEN format('SWD/%s/%s final', 1990 + (i / 8) % 40, lpad(i::text, greatest(4, length(i::text)), '0'))
        WHEN 6 THEN format('ST-%s-%s-ADD-%s', i, 1990 + (i / 8) % 40, 1 + i % 3)
        ELSE format('JOIN(%s) %s', 1990 + (i / 8) % 40, i)
        END)::docnum,
       i, i % 8
FROM generate_series(1, 100000) AS i;

INSERT INTO doc_notes (ref, note_id, note)
SELECT ref, k, format('note %s on %s', k, n)
FROM docs, generate_series(1, 1 + n % 3) AS k
WHERE n % 10 = 0;

-- 30,000 tasks: deadlines of every precision and mode, many repeated; on
-- Citus an INSERT ... SELECT between tables distributed by different types
INSERT INTO tasks (due, id, ref)
SELECT (CASE i % 10
        WHEN 0 THEN format('end of %s', 2010 + (i / 10) % 20)
        WHEN 1 THEN format('Q%s %s', 1 + (i / 200) % 4, 2010 + (i / 10) % 20)
        WHEN 2 THEN format('by %s %s', (ARRAY['January','May','September','December'])[1 + (i / 200) % 4], 2010 + (i / 10) % 20)
        WHEN 3 THEN format('%s May %s', 1 + i % 28, 2010 + (i / 10) % 20)
        WHEN 4 THEN format('mid-%s', 2010 + (i / 10) % 20)
        WHEN 5 THEN format('early %s', 2010 + (i / 10) % 20)
        WHEN 6 THEN format('%s', 2010 + (i / 10) % 20)
        WHEN 7 THEN format('by the end of %s', 2010 + (i / 10) % 20)
        WHEN 8 THEN (ARRAY['ongoing', 'as soon as possible', 'annually'])[1 + i % 3]
        ELSE format('%s-%s-%s', 2010 + (i / 10) % 20, lpad((1 + i % 12)::text, 2, '0'), lpad((1 + i % 28)::text, 2, '0'))
        END)::deadline,
       i, ref
FROM (SELECT n AS i, ref FROM docs WHERE n <= 30000) AS d;

INSERT INTO texts (id, body)
SELECT i, format('Council conclusions %s/%s; see also ST %s %s INIT and COM(%s) %s final. '
                 'The Commission is invited to report by the end of %s, and again in Q%s %s.',
                 100 + i, lpad((i % 30)::text, 2, '0'), 200 + i, 2000 + i % 30,
                 2000 + i % 30, 300 + i, 2015 + i % 10, 1 + i % 4, 2016 + i % 10)
FROM generate_series(1, 2000) AS i;

INSERT INTO kinds VALUES
  (0, '14408/91', 'slash'), (1, 'ST 14435 2017 INIT', 'register'),
  (2, '12762/5/17 REV 5', 'revision infix'), (3, 'WK 2685/2018 REV 2', 'working document'),
  (4, 'COM(1990) 14404 final', 'Commission'), (5, 'SWD(2017) 500 final', 'staff working document'),
  (6, 'ST-12762-2017-REV-5', 'register URL'), (7, 'JOIN(2017) 450 final', 'joint');

CREATE INDEX tasks_due_gist ON tasks USING gist (due gist_deadline_ops);
CREATE INDEX tasks_ref ON tasks (ref);
ANALYZE;

\if :citus
-- On Citus only: the queries of types.sql take the paths they are meant to
-- test (router, co-located, repartition, GiST on the shards).  Plans are
-- checked here, where nothing is compared with the single node.
CREATE FUNCTION pg_temp.plan_has(query text, pattern text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE line text; plan text := '';
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
        plan := plan || line || E'\n';
    END LOOP;
    IF plan NOT LIKE '%' || pattern || '%' THEN
        RAISE EXCEPTION 'plan of "%" has no "%":%', query, pattern, E'\n' || plan;
    END IF;
END $$;
SET citus.enable_repartition_joins = on;
SELECT pg_temp.plan_has($$SELECT * FROM docs WHERE ref = '14408/91'$$, 'Task Count: 1');
SELECT pg_temp.plan_has($$SELECT * FROM tasks WHERE due = 'end of 2018'$$, 'Task Count: 1');
SELECT pg_temp.plan_has($$SELECT count(*) FROM docs d JOIN doc_notes x ON x.ref = d.ref$$, 'Task Count: 32');
SELECT pg_temp.plan_has($$SELECT count(*) FROM tasks t JOIN docs d ON d.ref = t.ref$$, 'MapMergeJob');
SELECT pg_temp.plan_has($$SELECT count(*) FROM tasks a JOIN tasks b ON a.ref = b.ref$$, 'MapMergeJob');
SELECT pg_temp.plan_has($$SELECT id FROM tasks WHERE due && daterange('2012-05-10', '2012-05-12')$$, 'tasks_due_gist');
-- Citus routes rows by the hash opclass's support function 1 (docnum_hash,
-- deadline_hash): 100,000 docnums and the 823 distinct deadlines must spread
-- over the 32 shards (a poor hash would pile them into a few).
SELECT min(c) AS min_rows, max(c) AS max_rows, count(*) AS shards
FROM (SELECT get_shard_id_for_distribution_column('docs', ref) AS shard, count(*) AS c
      FROM docs GROUP BY 1) s \gset docs_
SELECT min(c) AS min_values, max(c) AS max_values, count(*) AS shards
FROM (SELECT get_shard_id_for_distribution_column('tasks', due) AS shard, count(*) AS c
      FROM (SELECT DISTINCT due FROM tasks) d GROUP BY 1) s \gset tasks_
\echo docs: :docs_shards shards, :docs_min_rows to :docs_max_rows rows each
\echo tasks: :tasks_shards shards, :tasks_min_values to :tasks_max_values distinct deadlines each
SELECT :docs_shards = 32 AND :docs_min_rows * 5 > 3125 * 4 AND :docs_max_rows * 5 < 3125 * 6 AS docs_balanced,
       :tasks_shards = 32 AND :tasks_min_values > 10 AND :tasks_max_values < 50 AS tasks_balanced \gset
\if :docs_balanced
\else
DO $$ BEGIN RAISE EXCEPTION 'docs are not spread evenly over the shards'; END $$;
\endif
\if :tasks_balanced
\else
DO $$ BEGIN RAISE EXCEPTION 'deadlines are not spread evenly over the shards'; END $$;
\endif
\endif

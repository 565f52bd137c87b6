-- The types on Citus: every answer the same as on one plain node.  Tables and
-- data: types_setup.sql.  No EXPLAIN here (plans differ by design).
\set VERBOSITY terse
SET search_path = public, policy_tracker;
-- (on the single node, without Citus, this only sets a placeholder)
SET citus.enable_repartition_joins = on;

-- router queries: equality on the distribution column, any input form
SELECT ref, n, kind FROM docs WHERE ref = '14408/91';
SELECT ref, n, kind FROM docs WHERE ref = 'ST 14401 1990 INIT';
SELECT ref, n, kind FROM docs WHERE ref = '14402/3/90 REV 3';
SELECT ref, n, kind FROM docs WHERE ref = 'WK 14403 1990 REV 4';
SELECT ref, n, kind FROM docs WHERE ref = 'COM(1990) 14404 final';
SELECT ref, n, kind FROM docs WHERE ref = 'COM/1990/14404';
SELECT ref, n, kind FROM docs WHERE ref = 'SWD(90) 14405 final';
SELECT ref, n, kind FROM docs WHERE ref = 'ST-14406-1990-ADD-1' OR ref = 'ST 14406 1990 ADD 1';
SELECT ref, n, kind FROM docs WHERE ref IN ('JOIN(90) 14407', 'JOIN(1991) 14415 final', 'WK 11/2001 REV 2', '14435/17') ORDER BY ref;
SELECT ref, n, kind FROM docs WHERE ref = '14435/17';
SELECT count(*) FROM docs WHERE ref = 'COM(2017) 450 final';
SELECT due, count(*) FROM tasks WHERE due = 'end of 2018' GROUP BY due;
SELECT due, count(*) FROM tasks WHERE due = 'Q3 2019' GROUP BY due;
SELECT due, count(*) FROM tasks WHERE due = 'ongoing' GROUP BY due;
SELECT due, min(id), max(id) FROM tasks WHERE due = 'by the end of 2027' GROUP BY due;
-- ... and in a transaction block, with a write
BEGIN;
UPDATE docs SET kind = kind + 100 WHERE ref = '14408/91';
SELECT ref, kind FROM docs WHERE ref = 'ST 14408 1991 INIT';
ROLLBACK;

-- aggregates, GROUP BY and ORDER BY on both types
SELECT count(*), count(DISTINCT ref), min(ref), max(ref) FROM docs;
SELECT count(*), count(DISTINCT due), min(due), max(due) FROM tasks;
SELECT count(DISTINCT ref), min(ref), max(ref) FROM tasks;
SELECT docnum_series(ref) AS series, count(*), min(ref), max(ref)
FROM docs GROUP BY 1 ORDER BY 1;
SELECT docnum_year(ref) AS year, count(*), min(ref), max(ref)
FROM docs WHERE docnum_year(ref) BETWEEN 2015 AND 2019 GROUP BY 1 ORDER BY 1;
SELECT ref FROM docs ORDER BY ref LIMIT 10;
SELECT ref FROM docs ORDER BY ref DESC LIMIT 10;
SELECT ref FROM docs WHERE ref BETWEEN 'COM(2017) 1 final' AND 'COM(2017) 99999 final' ORDER BY ref LIMIT 5;
SELECT ref, count(*) FROM doc_notes GROUP BY ref HAVING count(*) > 2 ORDER BY ref LIMIT 5;
SELECT due, count(*) FROM tasks GROUP BY due ORDER BY due LIMIT 12;
SELECT due, count(*) FROM tasks GROUP BY due ORDER BY due DESC LIMIT 12;
SELECT due, count(*) FROM tasks GROUP BY due ORDER BY count(*) DESC, due LIMIT 5;
SELECT deadline_mode(due) AS mode, count(*), min(due), max(due) FROM tasks GROUP BY 1 ORDER BY 1;
SELECT ref, count(*), min(due), max(due) FROM tasks GROUP BY ref ORDER BY ref LIMIT 5;
SELECT due, min(ref), max(ref) FROM tasks GROUP BY due ORDER BY due LIMIT 5;
SELECT count(*) FROM tasks WHERE due_by(due, 'end of 2018');
SELECT count(*) FROM tasks WHERE due < 'Q2 2015';
SELECT id, due FROM tasks ORDER BY due, id LIMIT 5 OFFSET 1000;
SELECT md5(string_agg(ref::text, ',' ORDER BY ref)) FROM docs;
SELECT md5(string_agg(due::text || ':' || id, ',' ORDER BY due, id)) FROM tasks;

-- co-located join (both distributed by docnum)
SELECT d.ref, d.n, x.note_id, x.note
FROM docs d JOIN doc_notes x ON x.ref = d.ref
WHERE d.ref = '14400/90' OR d.ref = 'COM(1993) 14430 final' OR d.ref = 'SWD(1990) 10 final' ORDER BY 1, 3;
SELECT count(*), count(DISTINCT d.ref), min(d.ref), max(x.ref)
FROM docs d JOIN doc_notes x ON x.ref = d.ref;
SELECT d.kind, count(*) FROM docs d JOIN doc_notes x USING (ref) GROUP BY 1 ORDER BY 1;
SELECT count(*) FROM docs d WHERE EXISTS (SELECT 1 FROM doc_notes x WHERE x.ref = d.ref AND x.note_id = 3);
SELECT count(*) FROM docs d LEFT JOIN doc_notes x USING (ref) WHERE x.ref IS NULL;

-- join with a reference table (runs on the workers)
SELECT k.label, k.example, count(*) FROM docs d JOIN kinds k ON k.kind = d.kind GROUP BY 1, 2 ORDER BY 1;
SELECT d.ref, k.label FROM docs d JOIN kinds k ON k.example = d.ref ORDER BY 1;
SELECT k.example, d.n FROM kinds k LEFT JOIN docs d ON d.ref = k.example ORDER BY 1;

-- repartition joins: tasks (by deadline) with docs (by docnum) on docnum;
-- tasks with itself on docnum (both sides repartitioned)
SELECT count(*), min(t.due), max(t.due), min(d.ref), max(d.ref)
FROM tasks t JOIN docs d ON d.ref = t.ref;
SELECT d.kind, count(*), min(t.due), max(t.due)
FROM tasks t JOIN docs d ON d.ref = t.ref GROUP BY 1 ORDER BY 1;
SELECT t.id, t.due, d.ref, d.n FROM tasks t JOIN docs d ON d.ref = t.ref
WHERE t.id % 5000 = 0 ORDER BY t.id;
SELECT count(*), min(a.due), max(b.due) FROM tasks a JOIN tasks b ON a.ref = b.ref AND a.id <= b.id;
SELECT count(*) FROM tasks a JOIN doc_notes x ON x.ref = a.ref;
-- on deadline: the tasks due at the same time (a self-join on the distribution column)
SELECT count(*) FROM tasks a JOIN tasks b ON a.due = b.due WHERE a.id < 300 AND b.id < 300;
-- subqueries
SELECT count(*) FROM docs WHERE ref IN (SELECT ref FROM tasks WHERE due = 'end of 2018');
SELECT count(*) FROM tasks WHERE ref IN (SELECT ref FROM doc_notes WHERE note_id = 2);
SELECT count(*) FROM (SELECT ref, max(due) AS last FROM tasks GROUP BY ref) s JOIN docs d USING (ref) WHERE s.last > 'mid-2020';

-- docnums_in and deadlines_in through INSERT ... SELECT into distributed tables
INSERT INTO mentions (ref, text_id, pos, match)
SELECT m.ref, t.id, m.pos, m.match FROM texts t, docnums_in(t.body) AS m;
INSERT INTO due_phrases (due, text_id, pos, match)
SELECT p.due, t.id, p.pos, p.match FROM texts t, deadlines_in(t.body) AS p;
INSERT INTO mentions (ref, text_id, pos, match)
SELECT ref, 0, pos, match FROM docnums_in('See 14435/17 + COR 1 and 13837/17 + ADDs 1-3, and COM(2017) 450 final.');
INSERT INTO due_phrases (due, text_id, pos, match)
SELECT due, 0, pos, match FROM deadlines_in('Report by the end of 2018, then annually, and in Q3 2019 at the latest.');
SELECT count(*), count(DISTINCT ref), min(ref), max(ref) FROM mentions;
SELECT count(*), count(DISTINCT due), min(due), max(due) FROM due_phrases;
SELECT * FROM mentions WHERE text_id IN (0, 17) ORDER BY text_id, pos, 1;
SELECT * FROM due_phrases WHERE text_id IN (0, 17) ORDER BY text_id, pos, 1;
SELECT * FROM mentions WHERE ref = 'COM(2017) 450 final' ORDER BY text_id, pos, 1;
SELECT m.ref, d.n FROM mentions m JOIN docs d USING (ref) ORDER BY 1 LIMIT 5;
SELECT p.due, count(*) FROM due_phrases p GROUP BY 1 ORDER BY 1 LIMIT 5;
-- joins on deadline: co-located (both distributed by it), with ON and USING
SELECT a.due, count(*) FROM tasks a JOIN due_phrases p ON p.due = a.due GROUP BY 1 ORDER BY 1 LIMIT 3;
SELECT count(*), min(due), max(due) FROM tasks JOIN due_phrases USING (due);
-- docnum on both sides, one repartitioned: ON and USING
SELECT count(*) FROM mentions m JOIN tasks t ON t.ref = m.ref;
SELECT count(*) FROM mentions m JOIN tasks t USING (ref);
-- INSERT ... SELECT between co-located tables (pushed down to the shards)
INSERT INTO doc_notes (ref, note_id, note)
SELECT ref, 100 + pos, match FROM mentions WHERE text_id = 0;
SELECT * FROM doc_notes WHERE note_id >= 100 ORDER BY ref, note_id;

-- GiST (gist_deadline_ops) on the distribution column: overlap, containment
SELECT count(*) FROM tasks WHERE due && daterange('2018-01-01', '2018-07-01');
SELECT count(*) FROM tasks WHERE due && 'Q3 2019'::deadline;
SELECT count(*) FROM tasks WHERE due @> date '2019-08-15';
SELECT count(*) FROM tasks WHERE date '2015-05-20' <@ due;
SELECT due, count(*) FROM tasks WHERE due && 'May 2016'::deadline GROUP BY due ORDER BY due;
SELECT id, due FROM tasks WHERE due && daterange('2012-05-10', '2012-05-12') ORDER BY due, id LIMIT 8;
-- an overlap join: Citus joins distributed tables only on equal
-- distribution columns, so the phrases go to the workers as an intermediate
-- result (binary: deadline_send/recv) and each shard of tasks joins them
WITH p AS MATERIALIZED (SELECT due FROM due_phrases WHERE text_id = 0)
SELECT count(*) FROM tasks a JOIN p ON a.due && p.due;
SELECT p.due, count(*) FROM tasks a JOIN (SELECT DISTINCT due FROM due_phrases WHERE text_id = 0) p
ON a.due && p.due GROUP BY 1 ORDER BY 1;

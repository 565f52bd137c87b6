-- Range queries are indexable: @> date, <@, && daterange and && deadline
-- answer what deadline_period(d) would, and the default GiST operator class
-- serves them, index-only scans included.  Hashing spreads values and routes
-- hash joins and PARTITION BY HASH.
SET search_path = public, policy_tracker;

CREATE TEMP TABLE plan AS
SELECT i AS id,
       format('%s %s', (ARRAY['early', 'mid-', 'end of', 'by end of', 'by', 'Q3', 'H2', 'from', 'before'])[1 + i % 9],
              1990 + i % 60)::deadline AS due
FROM generate_series(1, 20000) AS i;
INSERT INTO plan VALUES (20001, 'ongoing'), (20002, 'from 2018'), (20003, '2018 and ongoing'),
    (20004, '25 June 2018'), (20005, 'end of 2018/early 2019'), (20006, 'by 1 January 1950');
CREATE INDEX plan_period ON plan USING gist (due);
ANALYZE plan;

-- ranges of every shape: bounds in and out, unbounded, infinite, empty
CREATE TEMP TABLE probe (r daterange, d date);
INSERT INTO probe VALUES
  ('[2018-07-01,2018-08-01)', '2018-07-15'), ('[2018-07-01,2018-07-01]', '2018-07-01'),
  ('(2017-12-31,2018-01-01]', '2017-12-31'), ('empty', '2018-01-01'), ('(,)', 'infinity'),
  ('[infinity,infinity]', '-infinity'), ('[-infinity,2000-01-01)', '1999-12-31'),
  ('[2030-01-01,)', '2030-01-01'), ('(,1995-06-30]', '1995-06-30'), ('[1950-01-01,1950-01-02)', '2039-12-31');

-- what the operators answer, row by row, is what the ranges answer
SELECT p.r,
       count(*) FILTER (WHERE due && p.r) AS overlap,
       count(*) FILTER (WHERE due && p.r) = count(*) FILTER (WHERE deadline_period(due) && p.r) AS same_as_range,
       p.d,
       count(*) FILTER (WHERE due @> p.d) AS contain,
       count(*) FILTER (WHERE due @> p.d) = count(*) FILTER (WHERE deadline_period(due) @> p.d) AS same_as_range,
       count(*) FILTER (WHERE p.d <@ due) = count(*) FILTER (WHERE due @> p.d) AS commuted_same
FROM probe p, plan GROUP BY p.r, p.d ORDER BY p.d;
SELECT count(*) AS overlap_mid_2018,
       count(*) = (SELECT count(*) FROM plan WHERE deadline_period(due) && deadline_period('mid-2018'))
         AS same_as_range
FROM plan WHERE due && 'mid-2018'::deadline;

-- and the GiST index gives the same rows without reading the table
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM plan WHERE due && daterange('2018-07-01', '2018-08-01');
EXPLAIN (COSTS OFF) SELECT count(*) FROM plan WHERE due @> date '2018-07-15';
EXPLAIN (COSTS OFF) SELECT count(*) FROM plan WHERE date '2018-07-15' <@ due;
EXPLAIN (COSTS OFF) SELECT id FROM plan WHERE due && 'mid-2018'::deadline;
SELECT p.r, (SELECT count(*) FROM plan WHERE due && p.r) = (SELECT count(*) FROM plan WHERE deadline_period(due) && p.r)
              AS overlap_same,
       p.d, (SELECT count(*) FROM plan WHERE due @> p.d) = (SELECT count(*) FROM plan WHERE deadline_period(due) @> p.d)
              AS contain_same
FROM probe p ORDER BY p.d;
SELECT count(*) = (SELECT count(*) FROM plan WHERE deadline_period(due) && deadline_period('mid-2018')) AS deadline_overlap_same
FROM plan WHERE due && 'mid-2018'::deadline;
-- index-only scans return the values themselves
EXPLAIN (COSTS OFF) SELECT due FROM plan WHERE due && daterange('2018-06-01', '2018-06-02');
SELECT (SELECT array_agg(due ORDER BY due) FROM plan WHERE due && daterange('2018-06-01', '2018-06-02')) =
       (SELECT array_agg(due ORDER BY due) FROM plan WHERE deadline_period(due) && daterange('2018-06-01', '2018-06-02'))
         AS index_only_values;
-- inserts and deletes after the build keep it right
INSERT INTO plan SELECT 30000 + i, format('Q%s %s', 1 + i % 4, 2000 + i % 40)::deadline FROM generate_series(1, 5000) i;
DELETE FROM plan WHERE id % 7 = 0;
SELECT (SELECT count(*) FROM plan WHERE due && daterange('2018-01-01', '2019-01-01')) AS overlap_2018_after_changes;
RESET enable_seqscan;
RESET enable_bitmapscan;
SELECT count(*) AS overlap_2018_seqscan FROM plan WHERE deadline_period(due) && daterange('2018-01-01', '2019-01-01');

-- hash: 64 buckets of distinct values, none under half or over double the mean
CREATE TEMP TABLE many AS
SELECT DISTINCT d FROM (
  SELECT format('%s %s', m, y)::deadline AS d
  FROM generate_series(1950, 2099) AS y,
       unnest(ARRAY['January','February','March','April','May','June','July','August',
                    'September','October','November','December','early','Q1','Q2','Q3','Q4',
                    'H1','H2','spring','summer','autumn']) AS m
  WHERE m NOT IN ('early','Q1','Q2','Q3','Q4','H1','H2','spring','summer','autumn')
  UNION ALL SELECT format('%s %s', m, y)::deadline
  FROM generate_series(1950, 2099) AS y, unnest(ARRAY['Q1','Q2','Q3','Q4','H1','H2','spring',
       'summer','autumn']) AS m
  UNION ALL SELECT format('%s %s %s', d, m, y)::deadline
  FROM generate_series(1950, 2099) AS y, generate_series(1, 28) AS d,
       unnest(ARRAY['January','March','May','July','September','November']) AS m
  UNION ALL SELECT format('by %s %s %s', d, m, y)::deadline
  FROM generate_series(1950, 2099) AS y, generate_series(1, 28) AS d,
       unnest(ARRAY['February','April','June','August','October','December']) AS m
) s;
SELECT count(*) >= 50000 AS enough_values FROM many;
WITH buckets AS (SELECT deadline_hash(d) & 63 AS b, count(*) AS n FROM many GROUP BY 1)
SELECT count(*) AS buckets_used,
       min(n) >= (SELECT count(*) FROM many) / 64 / 2 AS no_bucket_under_half,
       max(n) <= (SELECT count(*) FROM many) / 64 * 2 AS no_bucket_over_double
FROM buckets;
SELECT bool_and((deadline_hash_extended(d, 0) & 4294967295) = (deadline_hash(d)::int8 & 4294967295)) AS seed0_matches,
       bool_or(deadline_hash_extended(d, 1) <> deadline_hash_extended(d, 0)) AS seed_changes_hash
FROM many;

SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM many a JOIN many b USING (d);
SELECT count(*) = (SELECT count(*) FROM many) AS hash_join_matches_all FROM many a JOIN many b USING (d);
RESET enable_mergejoin;
RESET enable_nestloop;

CREATE TABLE deadlines_by_hash (d deadline) PARTITION BY HASH (d);
CREATE TABLE deadlines_by_hash_0 PARTITION OF deadlines_by_hash FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE deadlines_by_hash_1 PARTITION OF deadlines_by_hash FOR VALUES WITH (MODULUS 2, REMAINDER 1);
INSERT INTO deadlines_by_hash SELECT d FROM many;
SELECT tableoid::regclass AS partition,
       count(*) BETWEEN (SELECT count(*) FROM many) * 0.45 AND (SELECT count(*) FROM many) * 0.55 AS balanced
FROM deadlines_by_hash GROUP BY 1 ORDER BY 1;
EXPLAIN (COSTS OFF) SELECT * FROM deadlines_by_hash WHERE d = 'by mid-2018';
DROP TABLE deadlines_by_hash;

-- Range queries are indexable: @> date, && daterange and && deadline inline
-- to deadline_period(d), which a GiST expression index serves.  Hashing
-- spreads values and routes hash joins and PARTITION BY HASH.
SET search_path = public, policy_tracker;

CREATE TEMP TABLE plan AS
SELECT i AS id,
       format('%s %s', (ARRAY['early', 'mid-', 'end of', 'by end of', 'by', 'Q3', 'H2'])[1 + i % 7],
              1990 + i % 60)::deadline AS due
FROM generate_series(1, 20000) AS i;
INSERT INTO plan VALUES (20001, 'ongoing'), (20002, 'from 2018'), (20003, '2018 and ongoing');
CREATE INDEX plan_period ON plan USING gist (deadline_period(due));
ANALYZE plan;

-- the operators and the plain range expressions give the same rows
SELECT count(*) AS overlaps_july_2018,
       count(*) = (SELECT count(*) FROM plan WHERE deadline_period(due) && daterange('2018-07-01', '2018-08-01'))
         AS same_as_range,
       count(*) = (SELECT count(*) FROM plan
                   WHERE lower(deadline_period(due)) IS DISTINCT FROM NULL
                         AND lower(deadline_period(due)) < '2018-08-01'
                         AND (upper_inf(deadline_period(due)) OR upper(deadline_period(due)) > '2018-07-01')
                      OR lower_inf(deadline_period(due))) AS same_as_bounds
FROM plan WHERE due && daterange('2018-07-01', '2018-08-01');
SELECT count(*) AS contain_15_july_2018 FROM plan WHERE due @> date '2018-07-15';
SELECT count(*) AS contained_15_july_2018 FROM plan WHERE date '2018-07-15' <@ due;
SELECT count(*) AS overlap_mid_2018 FROM plan WHERE due && 'mid-2018'::deadline;

-- and the GiST index serves them
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM plan WHERE due && daterange('2018-07-01', '2018-08-01');
EXPLAIN (COSTS OFF) SELECT id FROM plan WHERE due @> date '2018-07-15';
EXPLAIN (COSTS OFF) SELECT id FROM plan WHERE due && 'mid-2018'::deadline;
RESET enable_seqscan;

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

-- btree order (spec section 3): due date, values without one last; then
-- lower bound; then finer precision first; then mode.
SET search_path = public, policy_tracker;

CREATE TEMP TABLE shuffled (d deadline);
INSERT INTO shuffled VALUES
  ('from 2019'), ('mid-2018'), ('25 December 2017'), ('ongoing'), ('by May 2018'),
  ('2018-2020'), ('early 2018'), ('H1 2018'), ('end of 2017'), ('2018 and ongoing'),
  ('Q1 2018'), ('by December 2017'), ('spring 2018'), ('BG Presidency 2018'), ('2017'),
  ('before May 2018'), ('May 2018'), ('end of 2018/early 2019'), ('by end of 2017'),
  ('from 2017'), ('2018'), ('mid-2019'), ('June 2018'), ('December 2018'), ('2019'),
  ('2020'), ('end of 2018'), ('by end of 2018'), ('winter 2018/2019'), ('Q4 2018'),
  ('H2 2018'), ('AT Presidency 2018'), ('by 25 May 2018'), ('2018-05-25'), ('25 May 2018');

SELECT count(*) AS values_sorted FROM shuffled;
SELECT d, due_date(d), lower(deadline_period(d)) AS lower, deadline_precision(d) AS precision
FROM shuffled ORDER BY d;

-- the order is exactly (due date NULLS LAST, lower bound, precision rank, mode)
SELECT array_agg(d ORDER BY d) = array_agg(d ORDER BY due_date(d) NULLS LAST,
         lower(deadline_period(d)) NULLS FIRST,
         array_position(ARRAY['day','month','quarter','season','third','half','presidency','year','span'],
                        deadline_precision(d)),
         array_position(ARRAY['in','by','before','from','ongoing'], deadline_mode(d))) AS spec_order
FROM shuffled;

SELECT min(d), max(d) FROM shuffled;

-- all six operators agree with deadline_cmp
SELECT count(*) AS pairs,
       bool_and((a.d < b.d) = (deadline_cmp(a.d, b.d) < 0)
            AND (a.d <= b.d) = (deadline_cmp(a.d, b.d) <= 0)
            AND (a.d = b.d) = (deadline_cmp(a.d, b.d) = 0)
            AND (a.d <> b.d) = (deadline_cmp(a.d, b.d) <> 0)
            AND (a.d >= b.d) = (deadline_cmp(a.d, b.d) >= 0)
            AND (a.d > b.d) = (deadline_cmp(a.d, b.d) > 0)) AS consistent
FROM shuffled a, shuffled b;

-- "25 May 2018" and "2018-05-25" are one value
SELECT count(*) AS rows, count(DISTINCT d) AS distinct_values FROM shuffled;

CREATE INDEX shuffled_d ON shuffled (d);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT d FROM shuffled WHERE d < 'mid-2018' ORDER BY d;
SELECT d FROM shuffled WHERE d < 'mid-2018' ORDER BY d;
RESET enable_seqscan;

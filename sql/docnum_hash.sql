-- Hashing: spreads values over all buckets, agrees with equality, and routes
-- hash joins, hash aggregation and PARTITION BY HASH.
SET search_path = public, policy_tracker;

-- 100,000 distinct values: Council numbers 1..25,000 of four years
CREATE TEMP TABLE many AS
SELECT format('%s/%s', n, y)::docnum AS ref
FROM generate_series(14, 17) AS y, generate_series(1, 25000) AS n;

SELECT count(*) AS values, count(DISTINCT ref) AS distinct_values FROM many;

-- 64 buckets: none under half or over double the mean
WITH buckets AS (
  SELECT docnum_hash(ref) & 63 AS bucket, count(*) AS n FROM many GROUP BY 1
)
SELECT count(*) AS buckets_used,
       min(n) >= 100000 / 64 / 2 AS no_bucket_under_half,
       max(n) <= 100000 / 64 * 2 AS no_bucket_over_double
FROM buckets;

-- the high bits spread too (partitioning and distributed engines use them)
SELECT count(DISTINCT (docnum_hash(ref) >> 26) & 63) AS high_buckets_used FROM many;

-- hash support 2: seed 0 gives the 32-bit hash in the low half; seeds matter
SELECT bool_and((docnum_hash_extended(ref, 0) & 4294967295) = (docnum_hash(ref)::int8 & 4294967295)) AS seed0_matches,
       bool_or(docnum_hash_extended(ref, 1) <> docnum_hash_extended(ref, 0)) AS seed_changes_hash
FROM many;

-- equal values (different spellings) hash alike
SELECT docnum_hash('12762/5/17 REV 5') = docnum_hash('ST-12762-2017-REV-5') AS equal_hash_equal;

-- hash join and hash aggregate
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM many a JOIN many b USING (ref);
SELECT count(*) FROM many a JOIN many b USING (ref);
RESET enable_mergejoin;
RESET enable_nestloop;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT ref, count(*) FROM many GROUP BY ref;
SELECT count(*) AS groups FROM (SELECT ref, count(*) FROM many GROUP BY ref) g;
RESET enable_sort;

-- PARTITION BY HASH routes every row and prunes on equality.  Which
-- partition a value lands in is part of the on-disk contract: the hash
-- function may never change.
CREATE TABLE docs_by_hash (ref docnum) PARTITION BY HASH (ref);
CREATE TABLE docs_by_hash_0 PARTITION OF docs_by_hash FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE docs_by_hash_1 PARTITION OF docs_by_hash FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE docs_by_hash_2 PARTITION OF docs_by_hash FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE docs_by_hash_3 PARTITION OF docs_by_hash FOR VALUES WITH (MODULUS 4, REMAINDER 3);
INSERT INTO docs_by_hash SELECT ref FROM many;
SELECT tableoid::regclass AS partition, count(*) BETWEEN 20000 AND 30000 AS balanced
FROM docs_by_hash GROUP BY 1 ORDER BY 1;
EXPLAIN (COSTS OFF) SELECT * FROM docs_by_hash WHERE ref = '14435/17';
SELECT * FROM docs_by_hash WHERE ref = '14435/17';
DROP TABLE docs_by_hash;

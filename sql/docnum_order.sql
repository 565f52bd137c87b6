-- Order of spec section 4: series in table order, then year, number, chain
-- element by element; Commission final before final/2.  Not text order.
SET search_path = public, policy_tracker;

CREATE TEMP TABLE shuffled (ref docnum);
INSERT INTO shuffled VALUES
  ('C(2017) 6100 final'), ('ST 14435 2017 ADD 1 REV 1'), ('9916/17'),
  ('COM(2017) 477 final/2'), ('EUCO 14/17'), ('ST 14435 2017 COR 1'),
  ('14435/17'), ('WK 13046/2/17 REV2'), ('SEC(2010) 1126'), ('ST 14435 2017 REV 2'),
  ('PE-CONS 30/26'), ('9916/16'), ('ST 14435 2017 REV 1 ADD 1'), ('JOIN(2013) 1 final'),
  ('ST 14435 2017 ADD 1'), ('DS 1234/17'), ('COM(2014) 72 final'), ('14435/17 REV 1'),
  ('SN 4712/17'), ('12762/5/17 REV 5'), ('SWD(2017) 500 final'), ('CM 4321/17'),
  ('COM(2017) 477 final'), ('ST 14435 2017 EXT 1'), ('WK 13046/17'), ('10729/4/16 REV 4 ADD 1'),
  ('ST 14435 2017 DCL 1'), ('COM(2017) 477 final/3'), ('EUCO 14/23'), ('12762/17'),
  ('C(2010) 1298'), ('100/18'), ('JOIN(2017) 450 final'), ('12762/5/16 REV 5');

SELECT count(*) AS values_sorted FROM shuffled;
SELECT ref, docnum_display(ref) FROM shuffled ORDER BY ref;

-- the family stays together, in the spec's order
SELECT string_agg(docnum_suffix(ref), ' < ' ORDER BY ref) AS family
FROM shuffled WHERE docnum_family(ref) = '14435/17';

-- numbers compare as numbers: text puts these the other way round
SELECT 'ST 9916 2017 INIT'::docnum < 'ST 14435 2017 INIT'::docnum AS docnum_order,
       'ST 9916 2017 INIT'::text < 'ST 14435 2017 INIT'::text AS text_order;

-- all six operators agree with docnum_cmp on every pair
SELECT count(*) AS pairs,
       bool_and((a.ref < b.ref) = (docnum_cmp(a.ref, b.ref) < 0)
            AND (a.ref <= b.ref) = (docnum_cmp(a.ref, b.ref) <= 0)
            AND (a.ref = b.ref) = (docnum_cmp(a.ref, b.ref) = 0)
            AND (a.ref <> b.ref) = (docnum_cmp(a.ref, b.ref) <> 0)
            AND (a.ref >= b.ref) = (docnum_cmp(a.ref, b.ref) >= 0)
            AND (a.ref > b.ref) = (docnum_cmp(a.ref, b.ref) > 0)
            AND docnum_cmp(a.ref, b.ref) = -docnum_cmp(b.ref, a.ref)) AS consistent
FROM shuffled a, shuffled b;

SELECT min(ref), max(ref) FROM shuffled;

-- a btree index serves ranges and ordered scans
CREATE INDEX shuffled_ref ON shuffled (ref);
SET enable_seqscan = off;
EXPLAIN (COSTS OFF) SELECT ref FROM shuffled WHERE ref >= '14435/17' AND ref < '14436/17' ORDER BY ref;
SELECT ref FROM shuffled WHERE ref >= '14435/17' AND ref < '14436/17' ORDER BY ref;
RESET enable_seqscan;

-- merge joins are allowed (MERGES) and give the same answer
SET enable_hashjoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM shuffled a JOIN shuffled b USING (ref);
SELECT count(*) FROM shuffled a JOIN shuffled b USING (ref);
RESET enable_hashjoin;
RESET enable_nestloop;

-- Binary send/recv: the format is an 8-byte big-endian integer (pinned here
-- byte for byte); binary COPY round-trips; recv refuses what text input would.
SET search_path = public, policy_tracker;

SELECT d, docnum_send(d) AS wire
FROM (VALUES ('14435/17'::docnum), ('12762/5/17 REV 5'), ('COM(2017) 477 final/2')) AS v(d);

CREATE TEMP TABLE bin_src (id int, ref docnum);
INSERT INTO bin_src VALUES (1, '14435/17'), (2, '12762/5/17 REV 5'),
  (3, 'ST 10149 2021 ADD 1 REV 1'), (4, 'JOIN(2017) 450 final'), (5, NULL);
\copy bin_src TO 'results/docnum_binary.bin' WITH (FORMAT binary)
CREATE TEMP TABLE bin_dst (LIKE bin_src);
\copy bin_dst FROM 'results/docnum_binary.bin' WITH (FORMAT binary)
SELECT * FROM bin_dst ORDER BY id;
SELECT count(*) AS rows_differing
FROM bin_src s FULL JOIN bin_dst d USING (id) WHERE s.ref IS DISTINCT FROM d.ref;

-- The wire format is that of int8, so an int8 column can stand in for a
-- client that sends raw bits.  A valid value's bits arrive intact; corrupted
-- ones (bit 63 set, zero, an unknown series, a gap in the chain) are refused
-- with SQLSTATE 22P03 and nothing is written.
CREATE TEMP TABLE raw (id int, bits int8);
INSERT INTO raw VALUES
  (6, ('x' || '0a1801c318000000')::bit(64)::int8),                  -- 14435/17
  (7, -1),
  (8, 0),
  (9, ('x' || '7000000000000000')::bit(64)::int8),                  -- series 14
  (10, ('x' || '0a1801c318000000')::bit(64)::int8 | (65 << 9));     -- chain gap
\copy (SELECT id, bits FROM raw WHERE id = 6) TO 'results/docnum_good.bin' WITH (FORMAT binary)
\copy (SELECT id, bits FROM raw WHERE id = 7) TO 'results/docnum_bad1.bin' WITH (FORMAT binary)
\copy (SELECT id, bits FROM raw WHERE id = 8) TO 'results/docnum_bad2.bin' WITH (FORMAT binary)
\copy (SELECT id, bits FROM raw WHERE id = 9) TO 'results/docnum_bad3.bin' WITH (FORMAT binary)
\copy (SELECT id, bits FROM raw WHERE id = 10) TO 'results/docnum_bad4.bin' WITH (FORMAT binary)
\copy bin_dst FROM 'results/docnum_good.bin' WITH (FORMAT binary)
SELECT * FROM bin_dst WHERE id = 6;
\set VERBOSITY sqlstate
\copy bin_dst FROM 'results/docnum_bad1.bin' WITH (FORMAT binary)
\copy bin_dst FROM 'results/docnum_bad2.bin' WITH (FORMAT binary)
\copy bin_dst FROM 'results/docnum_bad3.bin' WITH (FORMAT binary)
\copy bin_dst FROM 'results/docnum_bad4.bin' WITH (FORMAT binary)
\set VERBOSITY default
SELECT count(*) AS rows_after_rejected_copies FROM bin_dst;

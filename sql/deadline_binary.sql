-- Binary send/recv: an 8-byte big-endian integer (pinned byte for byte);
-- binary COPY round-trips; recv refuses what text input could not produce.
SET search_path = public, policy_tracker;

SELECT d, deadline_send(d) AS wire
FROM (VALUES ('by mid-2018'::deadline), ('end of 2018/early 2019'), ('2018 and ongoing'),
             ('ongoing')) AS v(d);

CREATE TEMP TABLE bin_src (id int, due deadline);
INSERT INTO bin_src VALUES (1, 'by mid-2018'), (2, 'end of 2018/early 2019'),
  (3, '2018 and ongoing'), (4, 'ongoing'), (5, 'BG Presidency 2018'), (6, NULL);
\copy bin_src TO 'results/deadline_binary.bin' WITH (FORMAT binary)
CREATE TEMP TABLE bin_dst (LIKE bin_src);
\copy bin_dst FROM 'results/deadline_binary.bin' WITH (FORMAT binary)
SELECT count(*) AS rows_differing
FROM bin_src s FULL JOIN bin_dst d USING (id) WHERE s.due IS DISTINCT FROM d.due;

-- Raw bits through an int8 column (the same wire format): a valid value
-- arrives intact; bit 63, zero, an unknown mode and a lower bound that is not
-- the start of its period are refused with 22P03 and nothing is written.
CREATE TEMP TABLE raw (id int, bits int8);
INSERT INTO raw VALUES
  (7, ('x' || encode(deadline_send('by mid-2018'), 'hex'))::bit(64)::int8),
  (8, -1),
  (9, 0),
  (10, ('x' || encode(deadline_send('by mid-2018'), 'hex'))::bit(64)::int8 | (7::int8 << 24)),
  (11, ('x' || encode(deadline_send('by mid-2018'), 'hex'))::bit(64)::int8 + (1::int8 << 31));
\copy (SELECT id, bits FROM raw WHERE id = 7) TO 'results/deadline_good.bin' WITH (FORMAT binary)
\copy (SELECT id, bits FROM raw WHERE id = 8) TO 'results/deadline_bad1.bin' WITH (FORMAT binary)
\copy (SELECT id, bits FROM raw WHERE id = 9) TO 'results/deadline_bad2.bin' WITH (FORMAT binary)
\copy (SELECT id, bits FROM raw WHERE id = 10) TO 'results/deadline_bad3.bin' WITH (FORMAT binary)
\copy (SELECT id, bits FROM raw WHERE id = 11) TO 'results/deadline_bad4.bin' WITH (FORMAT binary)
\copy bin_dst FROM 'results/deadline_good.bin' WITH (FORMAT binary)
SELECT * FROM bin_dst WHERE id = 7;
\set VERBOSITY sqlstate
\copy bin_dst FROM 'results/deadline_bad1.bin' WITH (FORMAT binary)
\copy bin_dst FROM 'results/deadline_bad2.bin' WITH (FORMAT binary)
\copy bin_dst FROM 'results/deadline_bad3.bin' WITH (FORMAT binary)
\copy bin_dst FROM 'results/deadline_bad4.bin' WITH (FORMAT binary)
\set VERBOSITY default
SELECT count(*) AS rows_after_rejected_copies FROM bin_dst;

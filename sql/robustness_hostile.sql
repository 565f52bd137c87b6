-- Hostile input end to end: at least 200 strings through both types, the
-- try_ functions, the extractors and the loader.  Every outcome is a value,
-- a NULL, or an error with SQLSTATE 22P02 or 22003: never a crash, never
-- another error, never a partial load.
SET search_path = public, policy_tracker;

CREATE TEMP TABLE hostile (id serial, s text);
INSERT INTO hostile (s) VALUES
  (''), (' '), (E'\t'), (E'\n\n'), (E'\u00a0'), (E'\u202f'), ('/'), ('//'), ('///'), ('+'), ('-'), ('.'), ('..'),
  ('../..'), ('../'), ('/..'), ('()'), ('('), (')'), ('COM()'), ('COM(2017)'), ('COM(2017) '), ('COM 2017'),
  ('0'), ('00/00'), ('1/1'), ('1/1/1'), ('1/1/1/1'), ('999999/17'), ('1000000/17'), ('9999999999999999999999/17'),
  ('14435/17 REV'), ('14435/17 REV 0'), ('14435/17 REV 63'), ('14435/17 REV 64'), ('14435/17 REV -1'),
  ('14435/17 REV 1.5'), ('14435/17 REV 99999999999'), ('REV 1'), ('ADD 1 REV'), ('14435/17 ADD'),
  ('14435/17 REV 1 REV 2 REV 3'), ('14435/17 REV 1 REV 2 REV 3 REV 4'), ('14435/17 INIT INIT'),
  ('ST'), ('ST 1'), ('ST 1 2017'), ('ST 0 2017 INIT'), ('ST 1 1949 INIT'), ('ST 1 2100 INIT'), ('ST-1'),
  ('ST-1-2017'), ('ST-1-2017-'), ('ST-1-2017-REV'), ('ST-1-2017-REV-'), ('PE-'), ('PE-CONS'), ('PE-CONS-'),
  ('COM(2099) 1'), ('COM(2100) 1'), ('COM(1950) 1'), ('COM(1949) 1'), ('COM(2017) 0'), ('COM(2017) 1 final/0'),
  ('COM(2017) 1 final/63'), ('COM(2017) 1 final/64'), ('COM(2017) 1 final/'), ('COM(2017) 1 final//2'),
  ('COM/2017/'), ('COM/2017/x'), ('COM::'), ('COM:2017:1:FIN:FIN'), ('COM JOIN'), ('COM JOIN()'),
  ('１４４３５/１７'), (E'14435\u200f/17'), (E'1\u03034435/17'), ('14435／17'), ('😀/17'), ('14435/17😀'),
  ('''; DROP TABLE hostile; --'), ('%s%s%s%n'), ('\x00'), ('\\'), ('"'), ('''''"'),
  ('by'), ('by by 2018'), ('end of of 2018'), ('mid-'), ('mid-mid-2018'), ('Q 2018'), ('Q0 2018'), ('Q5 2018'),
  ('H0 2018'), ('H3 2018'), ('2018-00'), ('2018-13'), ('2018-20'), ('2018-25'), ('2018-32'), ('2018-42'),
  ('2018-99'), ('2018-02-30'), ('2018-02-29'), ('2020-02-29'), ('0000'), ('1949'), ('1950'), ('2099'), ('2100'),
  ('99999'), ('2018/2018'), ('2019/2018'), ('2018-2018'), ('2018-1950'), ('winter 2099/2100'), ('winter 2018/2020'),
  ('after 2099'), ('after December 2099'), ('before January 1950'), ('from'), ('before'), ('and ongoing'),
  ('2018 and'), ('2018 and ongoing and ongoing'), ('ongoing ongoing'), ('BG Presidency'), ('BG Presidency 2019'),
  ('XX Presidency 2018'), ('Presidency 2018'), ('the the the 2018'), ('within'), ('within months'),
  ('within 999 months'), ('next'), ('next next spring'), ('32 May 2018'), ('0 May 2018'), ('31 April 2018'),
  ('May 2018 May 2018'), ('end of 2018/'), ('/early 2019'), ('end of 2018//early 2019'), ('2018-38/2018-37');
-- generated: every prefix of two long valid spellings
INSERT INTO hostile (s)
SELECT left(v, n) FROM (VALUES ('ST 10149 2021 ADD 1 REV 1'), ('by the end of 2018/early 2019 and ongoing')) AS t(v),
     generate_series(1, 40) AS n WHERE n <= length(v);
-- generated: numbers at and past the limits
INSERT INTO hostile (s)
SELECT format('%s/%s', n, y) FROM unnest(ARRAY[1, 999999, 1000000, 16777215, 16777216, 4294967296]) AS n,
     unnest(ARRAY['49', '50', '1949', '1950', '2099', '2100', '99999']) AS y;
-- huge inputs: 1 MB of digits, of blanks, of a keyword, of a phrase
INSERT INTO hostile (s) VALUES (repeat('9', 1000000)), (repeat(' ', 1000000)), (repeat('REV 1 ', 170000)),
  (repeat('by mid-2018 ', 90000)), ('14435/17' || repeat(' ', 1000000)), (repeat('/', 1000000));

SELECT count(*) >= 200 AS at_least_200, count(*) FILTER (WHERE length(s) >= 1000000) AS megabyte_strings
FROM hostile;

CREATE FUNCTION pg_temp.outcome(s text, typ text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('SELECT %L::policy_tracker.%I', s, typ);
  RETURN 'value';
EXCEPTION WHEN OTHERS THEN
  RETURN SQLSTATE;
END $$;

-- outcomes: values and the two SQLSTATEs, nothing else
SELECT typ, outcome, count(*) FROM hostile, unnest(ARRAY['docnum', 'deadline']) AS typ,
     LATERAL pg_temp.outcome(s, typ) AS outcome
GROUP BY 1, 2 ORDER BY 1, 2;

-- try_ and is_ agree with the type, on every string
SELECT bool_and((try_docnum(s) IS NOT NULL) = (pg_temp.outcome(s, 'docnum') = 'value')) AS try_docnum_agrees,
       bool_and(is_docnum(s) = (try_docnum(s) IS NOT NULL)) AS is_docnum_agrees,
       bool_and((try_deadline(s) IS NOT NULL) = (pg_temp.outcome(s, 'deadline') = 'value')) AS try_deadline_agrees,
       bool_and(is_deadline(s) = (try_deadline(s) IS NOT NULL)) AS is_deadline_agrees
FROM hostile;

-- whatever was accepted reads back from its canonical text
SELECT bool_and(try_docnum(s)::text::docnum = try_docnum(s)) AS docnum_round_trip,
       bool_and(try_deadline(s)::text::deadline = try_deadline(s)) AS deadline_round_trip
FROM hostile WHERE try_docnum(s) IS NOT NULL OR try_deadline(s) IS NOT NULL;

-- the extractors never fail and never point outside their input
-- (the length of each string computed once: 90,000 matches in a 1 MB string)
SELECT count(*) AS docnum_matches, bool_and(pos >= 1 AND pos + length(match) - 1 <= h.n) AS inside
FROM (SELECT s, length(s) AS n FROM hostile OFFSET 0) h, docnums_in(h.s);
SELECT count(*) AS deadline_matches, bool_and(pos >= 1 AND pos + length(match) - 1 <= h.n) AS inside
FROM (SELECT s, length(s) AS n FROM hostile OFFSET 0) h, deadlines_in(h.s, '2017-11-20');

-- embedded NULs and invalid UTF-8 never reach the types: the conversion refuses them
\set VERBOSITY sqlstate
SELECT convert_from('\x31343433352f313700'::bytea, 'UTF8')::docnum;
SELECT convert_from('\x31343433352fff3137'::bytea, 'UTF8')::docnum;
SELECT convert_from('\x627920ff32303138'::bytea, 'UTF8')::deadline;
\set VERBOSITY default

-- the loader with hostile cells.  In the deadline column they never cost a
-- row: what is no period is kept as text, deadline NULL, with a warning;
-- nothing is lost and every such row says so.
INSERT INTO document (ref, kind) VALUES ('ST 77 2018 INIT', 'action_plan');
SELECT format(E'heading,action,lead,involved,deadline,progress,notes\n%s',
              string_agg(format('H,action %s,Commission,,%s,,', id, '"' || replace(left(s, 200), '"', '""') || '"'),
                         E'\n' ORDER BY id)) AS csv
FROM hostile WHERE length(s) < 1000 AND s !~ '[\n\r]' \gset
CREATE TEMP TABLE deadline_load AS SELECT * FROM load_action_plan('ST 77 2018 INIT', :'csv');
SELECT outcome, reason IS NOT NULL AS warned, count(*) FROM deadline_load GROUP BY 1, 2 ORDER BY 1, 2;
SELECT (SELECT count(*) FROM action WHERE plan = 'ST 77 2018 INIT')
       = (SELECT count(*) FROM hostile WHERE length(s) < 1000 AND s !~ '[\n\r]') AS every_row_kept,
       (SELECT count(*) FROM action WHERE plan = 'ST 77 2018 INIT' AND deadline_text IS NOT NULL AND deadline IS NULL)
       = (SELECT count(*) FROM deadline_load WHERE reason LIKE 'warning: %is no period%') AS every_dropped_deadline_warned;
-- in the lead column (unknown actors, a structural error): all or nothing,
-- or the good rows and a reject list
INSERT INTO document (ref, kind) VALUES ('ST 7788 2018 INIT', 'action_plan');
SELECT format(E'heading,action,lead,involved,deadline,progress,notes\n%s',
              string_agg(format('H,action %s,%s,,2019,,', id, '"' || replace(left(s, 200), '"', '""') || '"'),
                         E'\n' ORDER BY id)) AS csv
FROM hostile WHERE length(s) < 1000 AND s !~ '[\n\r]' \gset
\set VERBOSITY sqlstate
SELECT count(*) FROM load_action_plan('ST 7788 2018 INIT', :'csv');
\set VERBOSITY default
SELECT count(*) AS actions_after_refused_load FROM action WHERE plan = 'ST 7788 2018 INIT';
SELECT outcome, count(*) FROM load_action_plan('ST 7788 2018 INIT', :'csv', 'keep_good') GROUP BY 1 ORDER BY 1;
SELECT (SELECT count(*) FROM action WHERE plan = 'ST 7788 2018 INIT')
       + (SELECT count(*) FROM action_reject WHERE plan = 'ST 7788 2018 INIT')
       = (SELECT count(*) FROM hostile WHERE length(s) < 1000 AND s !~ '[\n\r]') AS every_row_accounted_for;

-- a huge or hostile body for import_conclusions: an error, not a crash
\set VERBOSITY sqlstate
SELECT * FROM import_conclusions('ST 77 2018 INIT', repeat('9', 1000000), 'en');
SELECT * FROM import_conclusions('ST 77 2018 INIT', repeat(E'1. \n', 1000), 'en');
\set VERBOSITY default

DELETE FROM action_actor WHERE action IN (SELECT id FROM action WHERE plan = 'ST 77 2018 INIT');
DELETE FROM action WHERE plan = 'ST 77 2018 INIT';
DELETE FROM action_reject WHERE plan = 'ST 77 2018 INIT';
DELETE FROM document WHERE ref = 'ST 77 2018 INIT';
SELECT count(*) AS example_actions_untouched FROM action WHERE plan = '14965/17';

-- Bad input: 22P02 with the input quoted and a hint listing accepted shapes
-- (or naming deadline_parse for phrases that need a reference date); 22003
-- for years outside 1950-2099.
SET search_path = public, policy_tracker;

CREATE FUNCTION pg_temp.deadline_error(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  st text; msg text; hint text;
BEGIN
  PERFORM t::policy_tracker.deadline;
  RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
  RETURN st || ': ' || msg || E'\n       hint: ' || left(hint, 60);
END $$;

SELECT t AS input, pg_temp.deadline_error(t) AS error FROM (VALUES
  (''), ('soon'), ('asap'), ('2018 2019'), ('by'), ('Q5 2018'), ('2018-13'),
  ('31 February 2018'), ('winter 2018'), ('early 2019/end of 2018'),
  ('BG Presidency 2019'), ('the Maltese Presidency 2018'),
  -- need a reference date: the type refuses them, deadline_parse takes them
  ('May'), ('by May'), ('by the end of the year'), ('within six months'), ('next spring'),
  ('the Bulgarian Presidency'), ('the current Presidency'),
  -- out of range: 22003
  ('1949'), ('2100'), ('May 2100'), ('end of 1949'), ('after 2099'), ('2018-2150')
) AS v(t);

-- The error as a client sees it.
SELECT 'soon'::deadline;
SELECT 'by May'::deadline;
SELECT 'May 2100'::deadline;

-- A failed statement writes nothing.
CREATE TEMP TABLE plan (action int, due deadline);
INSERT INTO plan VALUES (1, 'by mid-2018'), (2, 'end of 2018/early 2019'), (3, 'at some point');
SELECT count(*) AS rows_written FROM plan;

-- try_deadline and is_deadline never raise (and use no subtransaction).
SELECT t, try_deadline(t), is_deadline(t) FROM (VALUES
  ('by mid-2018'), ('soon'), ('by May'), ('2100'), ('')) AS v(t);
SELECT try_deadline(NULL), is_deadline(NULL);

-- deadline_parse: language codes are checked, NULLs give NULL
SELECT deadline_parse('by May', '2018-03-01', 'en'), deadline_parse('uiterlijk mei', '2018-03-01', 'NL');
SELECT deadline_parse('by May', '2018-03-01', 'xx');
SELECT deadline_parse('by May', 'infinity');
SELECT deadline_parse(NULL, '2018-03-01'), deadline_parse('by May', NULL);
SELECT deadline_parse('soon', '2018-03-01');

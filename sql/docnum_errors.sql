-- Bad input: 22P02 for what is not a document number, 22003 for numbers out
-- of range; the message quotes the input, the hint says what was expected
-- or what the input is instead.
SET search_path = public, policy_tracker;

CREATE FUNCTION pg_temp.docnum_error(t text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  st text; msg text; hint text;
BEGIN
  PERFORM t::policy_tracker.docnum;
  RETURN 'accepted';
EXCEPTION WHEN OTHERS THEN
  GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, hint = PG_EXCEPTION_HINT;
  RETURN st || ': ' || msg || E'\n       hint: ' || hint;
END $$;

SELECT t AS input, pg_temp.docnum_error(t) AS error FROM (VALUES
  (''), ('hello'), ('14435'), ('14435/017'), ('ST 14435'), ('ST 14435 17 INIT'),
  ('14435/17 INIT REV 1'), ('14435/17 REVIEW'), ('COM(2017)'), ('COM(2017) 477 finale'),
  ('12762/4/17 REV 5'),
  -- combined mentions: several documents
  ('14435/17 + COR 1'), ('13837/17 + ADDs 1-5'),
  -- out of scope identifiers
  ('2017/0225(COD)'), ('Regulation (EU) 2019/881'), ('Directive 2013/40/EU'),
  ('52017JC0450'), ('OJ L 194, 19.7.2016, p. 1'), ('CYBER 168'), ('TELECOM 263'),
  ('PRESSE 75'), ('PE 627.148'), ('IP/17/2106'),
  -- out of range: 22003
  ('14435/1949'), ('14435/2100'), ('1234567/17'), ('0/17'), ('14435/17 REV 64'),
  ('14435/17 REV 0'), ('14435/17 REV 1 ADD 1 COR 1 EXT 1'), ('12762/64/17'),
  ('COM(2017) 477 final/64'), ('COM(1949) 1'), ('COM(2017) 1000000')
) AS v(t);

-- The error as a client sees it.
SELECT 'hello'::docnum;
SELECT '14435/17 REV 64'::docnum;

-- A failed statement writes nothing: one bad row rejects the whole insert.
CREATE TEMP TABLE refs (ref docnum);
INSERT INTO refs VALUES ('14435/17'), ('12762/5/17 REV 5'), ('not a document');
SELECT count(*) AS rows_written FROM refs;

-- try_docnum and is_docnum never raise (and use no subtransaction).
SELECT t, try_docnum(t), is_docnum(t) FROM (VALUES
  ('14435/17'), ('14435/17 + COR 1'), ('CYBER 168'), ('14435/17 REV 64'), ('')) AS v(t);
SELECT try_docnum(NULL), is_docnum(NULL);

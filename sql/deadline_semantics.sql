-- Due dates, periods and status (spec sections 1 and 3), phrases resolved
-- against a reference date, and the Council presidency calendar.
SET search_path = public, policy_tracker;

SELECT d AS value, deadline_mode(d) AS mode, deadline_precision(d) AS precision,
       deadline_continuing(d) AS continuing, due_date(d), deadline_period(d) AS period,
       d::daterange AS cast_to_daterange
FROM (VALUES ('May 2018'::deadline), ('by May 2018'), ('before May 2018'), ('from May 2018'),
             ('May 2018 and ongoing'), ('ongoing'), ('by end of 2018/early 2019'),
             ('by 25 May 2018'), ('after 2020')) AS v(d)
ORDER BY d;

-- status on the day before P, its first day, its last day and the day after,
-- for every mode
SELECT d AS value,
       deadline_status(d, '2018-04-30') AS day_before,
       deadline_status(d, '2018-05-01') AS first_day,
       deadline_status(d, '2018-05-31') AS last_day,
       deadline_status(d, '2018-06-01') AS day_after,
       is_overdue(d, '2018-05-31') AS overdue_last_day,
       is_overdue(d, '2018-06-01') AS overdue_day_after
FROM (VALUES ('May 2018'::deadline), ('by May 2018'), ('before May 2018'), ('from May 2018'),
             ('May 2018 and ongoing'), ('ongoing')) AS v(d);

-- infinite dates lie beyond every period
SELECT deadline_status('by May 2018', '-infinity') AS at_minus_infinity,
       deadline_status('by May 2018', 'infinity') AS at_infinity;

-- "what was overdue on 1 July 2018" is one query
CREATE TEMP TABLE actions (id int, due deadline);
INSERT INTO actions VALUES (1, 'May 2018'), (2, 'June 2018'), (3, 'December 2018'),
  (4, 'end of 2018/early 2019'), (5, 'early 2018'), (6, 'ongoing'), (7, 'End of 2017'),
  (8, 'mid-2019'), (9, '2018 and ongoing'), (10, 'by mid-2018');
SELECT id, due FROM actions WHERE is_overdue(due, '2018-07-01') ORDER BY due;
SELECT deadline_status(due, '2018-07-01') AS status, count(*) FROM actions GROUP BY 1 ORDER BY 1;

-- phrases that need a reference date (spec section 3, deadline_parse)
SELECT phrase, ref, deadline_parse(phrase, ref) AS value FROM (VALUES
  ('May', date '2018-03-10'), ('by May', '2018-05-31'), ('by May', '2018-06-01'),
  ('by the end of the year', '2017-11-20'), ('d''ici la fin de l''année', '2017-11-20'),
  ('bis Ende des Jahres', '2017-11-20'), ('voor het einde van het jaar', '2017-11-20'),
  ('within six months', '2017-11-20'), ('binnen zes maanden', '2017-08-31'),
  ('within 2 weeks', '2017-12-25'), ('next spring', '2018-04-01'), ('next year', '2018-04-01'),
  ('the Bulgarian Presidency', '2017-11-20'), ('the current Presidency', '2017-11-20'),
  ('by the end of the current Presidency', '2018-02-01'), ('the next Presidency', '2017-11-20'),
  ('by mid-2018', '2017-11-20')) AS v(phrase, ref);

-- the presidency calendar (spec section 4)
SELECT on_date, presidency(on_date) FROM (VALUES (date '2006-12-31'), ('2007-01-01'),
  ('2014-03-01'), ('2017-12-31'), ('2018-01-01'), ('2018-06-30'), ('2018-07-01'),
  ('2030-12-31'), ('2031-01-01')) AS v(on_date);
SELECT presidency_term('BG', 2018) AS bg_2018, presidency_term('AT', 2018) AS at_2018,
       presidency_term('GR', 2014) AS greece_as_gr, presidency_term('AT', 2019) AS none;
-- a member state by its name or adjective, in any language of the reader
SELECT presidency_term('Austria', 2018) AS austria, presidency_term('Österreich', 2018) AS oesterreich,
       presidency_term('la Bulgarie', 2018) AS bulgarie, presidency_term('Czech Republic', 2022) AS czech;
-- a name that is no member state is an error, not an empty answer
\set VERBOSITY terse
SELECT presidency_term('Narnia', 2018);
\set VERBOSITY default
-- every term of 2007-2030 is six months, the terms tile the years, and
-- presidency() and presidency_term() agree
SELECT count(*) AS terms,
       bool_and(upper(presidency_term(presidency(d), extract(year FROM d)::int)) -
                lower(presidency_term(presidency(d), extract(year FROM d)::int)) BETWEEN 181 AND 184) AS six_months,
       bool_and(presidency_term(presidency(d), extract(year FROM d)::int) @> d) AS agree
FROM (SELECT g::date AS d FROM generate_series(date '2007-01-01', '2030-07-01', interval '6 months') AS g) AS terms;

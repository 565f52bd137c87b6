-- make demo: policy_tracker on the 2017 cybersecurity conclusions (14435/17)
-- and their action plan (14965/17).
\set ON_ERROR_STOP on
\pset footer off
CREATE EXTENSION policy_tracker;
\echo '== Loading the example: psql -f data/load.sql (the actions go through load_action_plan)'
\i data/load.sql
SET search_path = public, policy_tracker;

\echo
\echo '== 1. The action plan on 1 July 2018, the day after the Bulgarian Presidency ended: leads, lights and why'
\echo '   (actions_on(day); action_overview is the same as of today, when a 2017 plan is all red)'
SELECT number AS "#", left(title, 58) AS action, leads, deadline, due_date,
       traffic_light AS light, light_reason AS why, paragraphs AS "implements ¶"
FROM actions_on('2018-07-01')
ORDER BY due_date NULLS LAST, number;

\echo
\echo '== 2. Overdue on 1 July 2018, the day after the Bulgarian Presidency ended, and who leads it'
SELECT number AS "#", left(title, 70) AS action, deadline, due_date, leads
FROM overdue_on('2018-07-01');

\echo
\echo '== 3. Actor workload'
SELECT coalesce(short_name, actor) AS actor, kind, actions_led AS leads, actions_involved AS involved,
       overdue_today
FROM actor_workload
ORDER BY actions_led DESC, actions_involved DESC, actor;

\echo
\echo '== 3b. What the conclusions ask of ENISA, and by when (paragraph, deadline, text when the source is at hand)'
SELECT docnum_display(pa.document) || ' ¶' || pa.number || CASE WHEN pa.item > 0 THEN '.' || pa.item ELSE '' END AS "¶",
       (SELECT string_agg(pd.deadline::text, ', ') FROM paragraph_deadline pd
        WHERE pd.document = pa.document AND pd.number = pa.number) AS deadline,
       left(coalesce(t.body, p.topic), 110) AS "asks"
FROM paragraph_actor pa
JOIN paragraph p ON (p.document, p.number, p.item) = (pa.document, pa.number, pa.item)
LEFT JOIN paragraph_text t ON (t.document, t.number, t.item, t.lang) = (pa.document, pa.number, pa.item, 'en')
WHERE pa.actor = (resolve_actor('ENISA')).name
ORDER BY pa.document, pa.number, pa.item;

\echo
\echo '== 4. Paragraphs that call on someone or set a deadline, with no action behind them'
SELECT number AS "¶", verbs, addressees, deadlines, topic
FROM paragraph_coverage WHERE uncovered ORDER BY number;

\echo
\echo '== 5. The deadline calendar by presidency'
SELECT presidency, term_start, term_end, actions_due AS due, done, overdue
FROM deadline_calendar WHERE month IS NULL ORDER BY term_start;

\echo
\echo '== The plan as a picture: timeline_svg(''14965/17'', ''2018-07-01'') written to timeline_14965-17.svg'
\pset format unaligned
\pset tuples_only on
\o timeline_14965-17.svg
SELECT timeline_svg('14965/17', '2018-07-01');
\o
\echo '== The check-list of the plan: plan_report(''14965/17'', ''2018-07-01'', ''2018-01-01'') written to report_14965-17.html'
\o report_14965-17.html
SELECT plan_report('14965/17', '2018-07-01', '2018-01-01');
\o
\pset format aligned
\pset tuples_only off

\echo
\echo '== 6a. docnum: twelve spellings, one canonical value each, a display form and a register link'
SELECT spelling, spelling::docnum AS canonical, docnum_display(spelling::docnum) AS display,
       coalesce(docnum_url(spelling::docnum), '') AS link
FROM (VALUES ('14435/17'), ('ST 14435 2017 INIT'), ('12762/5/17 REV5'), ('ST-12762-2017-REV-5'),
             ('WK 13046/2/17 REV2'), ('EUCO 14/17'), ('10729/4/16 REV 4 ADD 1'),
             ('COM JOIN(2013) 1 final'), ('COM 2016(410) final'), ('KOM(2007) 480 endg.'),
             ('C/2017/6100 final'), ('JOIN/2017/0450 final')) AS v(spelling)
ORDER BY spelling::docnum, spelling;

\echo
\echo '== 6b. docnum sorts as numbers; text does not'
SELECT string_agg(d::text, '  <  ' ORDER BY d) AS docnum_order,
       string_agg(d::text, '  <  ' ORDER BY d::text COLLATE "C") AS text_order
FROM (VALUES ('ST 9916 2017 INIT'::docnum), ('ST 14435 2017 INIT'), ('ST 14435 2017 COR 1'),
             ('ST 14435 2017 REV 1'), ('ST 100 2018 INIT')) AS v(d);

\echo
\echo '== 6c. deadline: the same deadlines as the four languages write them'
SELECT phrase, phrase::deadline AS deadline, deadline_period(phrase::deadline) AS period,
       due_date(phrase::deadline) AS due, deadline_edtf(phrase::deadline) AS edtf
FROM (VALUES ('by mid-2018'), ('uiterlijk medio 2018'), ('d''ici à la mi-2018'), ('bis Mitte 2018'),
             ('before the end of 2017'), ('end of 2018/early 2019'), ('2018 and ongoing'),
             ('the Bulgarian Presidency (2018)'), ('Q1 2018'), ('ongoing')) AS v(phrase);

\echo
\echo '== 6d. deadlines found in running text (paragraph 47 of the conclusions)'
SELECT due, match, pos FROM deadlines_in(
  'CALLS on the Commission: to present by December 2017 a progress report on the practical measures; '
  'to present in early 2018 a legislative proposal, as agreed on 20 November 2017.');

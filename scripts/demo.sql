-- make demo: what policy_tracker installs, and docnum at work on the 2017
-- cybersecurity conclusions.
\pset footer off
CREATE EXTENSION policy_tracker;
SET search_path = public, policy_tracker;

\echo
\echo '== What the extension installs (\\dx+ policy_tracker)'
\dx+ policy_tracker

\echo
\echo '== Twelve spellings of documents, read into one canonical form and sorted as numbers'
SELECT spelling, spelling::docnum AS canonical, docnum_display(spelling::docnum) AS display
FROM (VALUES ('ST 14435 2017 INIT'), ('12762/5/17 REV 5'), ('WK 13046/2/17 REV2'),
             ('EUCO 14/17'), ('9916/17'), ('ST-12762-2017-REV-5'), ('COM JOIN(2013) 1 final'),
             ('COM 2016(410) final'), ('KOM(2007) 480 endg.'), ('C/2017/6100 final'),
             ('JOIN/2017/0450 final'), ('10729/4/16 REV 4 ADD 1')) AS v(spelling)
ORDER BY 2;

\echo
\echo '== Every document the draft conclusions 13943/17 cite, with a link'
\set conclusions `cat ../shared/corpus/13943-17_draft-conclusions_en.txt 2>/dev/null || true`
SELECT ref, count(*) AS mentions, min(pos) AS first_at, docnum_url(ref) AS link
FROM docnums_in(:'conclusions')
GROUP BY ref ORDER BY ref;

\echo
\echo '== The action plan''s deadlines as written, read as periods; what was overdue on 1 July 2018'
SELECT cell AS as_written, cell::deadline AS deadline, due_date(cell::deadline) AS due,
       deadline_period(cell::deadline) AS period,
       deadline_status(cell::deadline, '2018-07-01') AS on_1_july_2018
FROM (VALUES ('May 2018'), ('June 2018'), ('December 2018'), ('end of 2018/early 2019'),
             ('2019'), ('End of 2017'), ('early 2018'), ('mid-2019'), ('2018 and ongoing'),
             ('ongoing')) AS v(cell)
ORDER BY cell::deadline;

\echo
\echo '== The six deadlines of the draft conclusions, found in the text'
SELECT due, match, pos, due_date(due) FROM deadlines_in(:'conclusions') ORDER BY pos;

\echo
\echo '== The same phrase in four languages'
SELECT phrase, phrase::deadline AS deadline FROM (VALUES ('by the end of 2018'),
  ('uiterlijk eind 2018'), ('d''ici à la fin de 2018'), ('bis Ende 2018')) AS v(phrase);

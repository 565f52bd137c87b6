-- The views and time functions on the example dataset (data/), and
-- status_on before and after a progress report.
SET search_path = public, policy_tracker;
\i data/load.sql
SET search_path = public, policy_tracker;

SELECT (SELECT count(*) FROM document) AS documents,
       (SELECT count(*) FROM paragraph WHERE item = 0) AS paragraphs,
       (SELECT count(*) FROM action) AS actions,
       (SELECT count(*) FROM action_actor) AS action_actors,
       (SELECT count(*) FROM action_paragraph) AS links,
       (SELECT count(*) FROM reference) AS references;

-- the plan by due date
SELECT number, left(title, 50) AS title, leads, deadline_text, due_date, period_start, period_end,
       traffic_light, paragraphs, presidency_at_due
FROM action_overview ORDER BY due_date NULLS LAST, number;

-- what was overdue on 1 July 2018, the last day of the Bulgarian Presidency
-- being 30 June: exactly the actions due by then without a done report
SELECT number, left(title, 60) AS title, deadline, due_date, leads, status FROM overdue_on('2018-07-01');
SELECT array_agg(action ORDER BY action) = (
         SELECT array_agg(a.id ORDER BY a.id) FROM action a
         WHERE due_date(a.deadline) <= '2018-06-30'
           AND status_on(a.id, '2018-07-01') IS DISTINCT FROM 'done') AS exactly_those
FROM overdue_on('2018-07-01');

-- due in the first half of 2018
SELECT number, deadline, due_date, leads FROM due_between('2018-01-01', '2018-06-30');
-- the dates the wrong way round: an error, not "nothing is due"
\set ON_ERROR_STOP off
SELECT count(*) FROM due_between('2018-06-30', '2018-01-01');
\set ON_ERROR_STOP on

-- progress reports move the status, as of each day
INSERT INTO progress (action, reported_on, status, note, source)
SELECT id, '2018-03-15', 'in_progress', 'roadmap drafted', NULL FROM action WHERE number = 31;
INSERT INTO progress (action, reported_on, status, note)
SELECT id, '2018-04-20', 'done', 'roadmap endorsed' FROM action WHERE number = 31;
INSERT INTO progress (action, reported_on, status, note)
SELECT id, '2018-05-02', 'delayed', 'second draft' FROM action WHERE number = 7;
SELECT d, status_on(a.id, d) AS roadmap_status
FROM action a, unnest(ARRAY[date '2018-03-14', '2018-03-15', '2018-04-19', '2018-04-20', '2018-12-31']) AS d
WHERE a.number = 31 ORDER BY d;
SELECT number, deadline, status FROM overdue_on('2018-07-01');
SELECT number, status, status_date, traffic_light FROM action_overview WHERE number IN (7, 31, 44) ORDER BY number;

SELECT * FROM actor_workload ORDER BY actions_led DESC, actions_involved DESC, actor;
-- monitoring roles shown as such: the actions that name a monitor, with
-- who leads, who delivers and who monitors (a monitor is in neither of the
-- first two unless it has that role too)
SELECT number, leads, involved, monitoring FROM action_overview
WHERE monitoring IS NOT NULL ORDER BY number;
SELECT number, monitoring FROM actions_on('2018-07-01', '14965/17') WHERE monitoring IS NOT NULL ORDER BY number;

SELECT number, chapter, verbs, addressees, deadlines, actions_linked, addresses_someone, sets_deadline, uncovered
FROM paragraph_coverage WHERE number >= 11 ORDER BY number;

SELECT * FROM deadline_calendar ORDER BY term_start, month NULLS FIRST;

SELECT citing_document, citing_paragraph, footnote, cited_display, cited_family, cited_in_database,
       family_in_database
FROM reference_graph ORDER BY citing_document, citing_paragraph NULLS FIRST, footnote NULLS FIRST, cited;

-- Many documents, many plans: the example (loaded by model_views) plus a
-- second conclusions text and a second action plan.  Every view that
-- counts actions answers per plan, paragraphs are named with their
-- document, the typed columns work with the type's functions, and "due by"
-- has a spelling that means it.  Rolled back: the tests after this one see
-- the example alone.
SET search_path = public, policy_tracker;
BEGIN;
-- what the example alone answers, to compare after the second plan arrives
CREATE TEMP TABLE example_workload AS
SELECT actor, actions_led, actions_involved, overdue_today, next_due_date FROM actor_workload;
CREATE TEMP TABLE example_calendar AS
SELECT presidency, month, actions_due, done, overdue FROM deadline_calendar;

-- a second conclusions text, and a second plan implementing it (and one
-- paragraph of the example's conclusions, 14435/17)
INSERT INTO document (ref, kind, title) VALUES ('ST 9001 2019 INIT', 'conclusions', 'second conclusions');
SELECT what, found FROM import_conclusions('ST 9001 2019 INIT',
  E'1. WELCOMES the report;\n2. CALLS ON the Commission to present a proposal by mid-2019;\n3. INVITES ENISA to report by end of 2019.', 'en')
WHERE what IN ('paragraphs', 'addressees', 'deadlines') ORDER BY what;
INSERT INTO document (ref, kind, title) VALUES ('ST 9002 2019 INIT', 'action_plan', 'second plan');
SELECT outcome, count(*) FROM load_action_plan('ST 9002 2019 INIT',
  E'heading,action,lead,involved,deadline,progress,notes\n'
  'H,Proposal on X,Commission,ENISA,mid-2019,,\n'
  'H,Report on Y,ENISA,,December 2018,,\n'
  'H,Ongoing work,Member States,,2018 and ongoing,,\n') GROUP BY 1;
INSERT INTO action_paragraph (action, document, number)
SELECT a.id, x.document, x.number
FROM action a, (VALUES ('ST 9001 2019 INIT'::docnum, 2), ('ST 9001 2019 INIT', 3), ('14435/17', 5)) AS x(document, number)
WHERE a.plan = 'ST 9002 2019 INIT' AND a.number = 1;

-- paragraphs by document: "5" alone would be ambiguous
SELECT number, paragraphs FROM action_overview_typed WHERE plan_ref = 'ST 9002 2019 INIT' ORDER BY number;
-- actor_workload: a row per actor and plan; the example's rows are what
-- they were before the second plan came
SELECT plan, count(*) AS actors, sum(actions_led) AS led FROM actor_workload GROUP BY plan ORDER BY plan;
SELECT count(*) AS example_rows_changed
FROM ((SELECT actor, actions_led, actions_involved, overdue_today, next_due_date FROM actor_workload_typed
       WHERE plan_ref = '14965/17' EXCEPT SELECT * FROM example_workload)
      UNION ALL (SELECT * FROM example_workload EXCEPT
                 SELECT actor, actions_led, actions_involved, overdue_today, next_due_date FROM actor_workload_typed
                 WHERE plan_ref = '14965/17')) x;
SELECT actor, actions_led, actions_involved, actions_linked FROM actor_workload_typed
WHERE plan_ref = 'ST 9002 2019 INIT' ORDER BY actor;
-- deadline_calendar: per plan too
SELECT plan, presidency, month, actions_due FROM deadline_calendar_typed
WHERE plan_ref = 'ST 9002 2019 INIT' ORDER BY presidency, month NULLS FIRST;
SELECT count(*) AS example_rows_changed
FROM ((SELECT presidency, month, actions_due, done, overdue FROM deadline_calendar_typed WHERE plan_ref = '14965/17'
       EXCEPT SELECT * FROM example_calendar)
      UNION ALL (SELECT * FROM example_calendar EXCEPT
                 SELECT presidency, month, actions_due, done, overdue FROM deadline_calendar_typed WHERE plan_ref = '14965/17')) x;
-- paragraph_coverage: each document's paragraphs apart
SELECT document, number, addressees, deadlines, actions_linked, uncovered
FROM paragraph_coverage_typed WHERE document_ref = 'ST 9001 2019 INIT' ORDER BY number;

-- the typed views' columns go straight into the type's functions; the
-- plain views have the plain-typed columns only
SELECT v.relname, count(*) FILTER (WHERE t.typnamespace = 'policy_tracker'::regnamespace) AS extension_typed_columns
FROM pg_class v JOIN pg_attribute a ON a.attrelid = v.oid AND a.attnum > 0 JOIN pg_type t ON t.oid = a.atttypid
WHERE v.relnamespace = 'policy_tracker'::regnamespace AND v.relkind = 'v'
GROUP BY v.relname ORDER BY v.relname;
SELECT number, is_overdue(deadline_value, '2019-07-01') AS overdue_1_july_2019,
       deadline_precision(deadline_value) AS precision, plan_url LIKE 'https://%' AS has_url
FROM action_overview_typed WHERE plan_ref = 'ST 9002 2019 INIT' ORDER BY number;
SELECT cited_ref, docnum_family(cited_ref) = docnum_family(cited_ref) AS typed, cited_url IS NOT NULL AS linked
FROM reference_graph_typed ORDER BY cited_ref LIMIT 3;

-- "due by the end of 2018": <= is the total order of values, so December
-- 2018 (due the same day, starting later) is not <= 'end of 2018';
-- due_by compares due dates, and an index on due_date serves it
SELECT d, d <= 'end of 2018'::deadline AS "d <= 'end of 2018'", due_by(d, 'end of 2018') AS due_by_end_2018
FROM unnest('{December 2018, end of 2018, 2018-12-31, Q4 2018, 2018, by mid-2018, January 2019, ongoing, from 2018}'::deadline[]) AS d
ORDER BY d;
SELECT number, deadline FROM action_overview_typed
WHERE plan_ref = 'ST 9002 2019 INIT' AND due_by(deadline_value, 'end of 2018') ORDER BY number;
SET LOCAL enable_seqscan = off;
SET LOCAL enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM action WHERE due_by(deadline, 'end of 2018');
ROLLBACK;

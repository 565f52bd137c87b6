-- Progress as people address actions: by plan and number, never by the
-- internal id.  A second plan whose action 1 has another id shows that the
-- report lands on the action named.  The example is loaded (model_views);
-- everything here is rolled back, since progress cannot be deleted.
SET search_path = public, policy_tracker;
BEGIN;
\set ON_ERROR_ROLLBACK on
INSERT INTO document (ref, kind, title) VALUES ('ST 9999 2019 INIT', 'action_plan', 'a second plan');
SELECT outcome, count(*) FROM load_action_plan('9999/19',
  E'heading,action,lead,involved,deadline,progress,notes\nH,second plan first action,Commission,,2019,,\n') GROUP BY 1;

SELECT record_progress('9999/19', 1, 'in progress', '2019-03-01', 'started') > 0 AS recorded;
SELECT a.plan, a.number, p.status, p.note
FROM progress p JOIN action a ON a.id = p.action WHERE p.note = 'started';
SELECT status_on('9999/19', 1, '2019-03-02') AS second_plan, status_on('14965/17', 1, '2019-03-02') AS example_plan;

-- what does not exist is said so, and a wrong status lists the right ones
\set VERBOSITY default
SELECT record_progress('9999/19', 2, 'done', '2019-03-01');
SELECT record_progress('14965/17', 31, 'finished', '2018-04-20');
SELECT status_on('9999/19', 7, '2019-03-02');
-- the statuses accepted are exactly those of the table's CHECK constraint
SELECT pg_get_constraintdef(c.oid) LIKE '%''not_started''%''in_progress''%''done''%''delayed''%''blocked''%''dropped''%'
       AND (SELECT count(*) FROM regexp_matches(pg_get_constraintdef(c.oid), '''[a-z_]+''', 'g')) = 6 AS same_list
FROM pg_constraint c WHERE c.conrelid = 'policy_tracker.progress'::regclass AND c.contype = 'c';
ROLLBACK;

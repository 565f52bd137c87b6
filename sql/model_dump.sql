-- pg_dump of a database with the extension and the example data, restored
-- into an empty database, gives the same rows from every view.
SET search_path = public, policy_tracker;

SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) AS action_overview FROM action_overview v \gset o_
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) AS actor_workload FROM actor_workload v \gset o_
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) AS paragraph_coverage FROM paragraph_coverage v \gset o_
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) AS deadline_calendar FROM deadline_calendar v \gset o_
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) AS reference_graph FROM reference_graph v \gset o_
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) AS progress FROM progress v \gset o_
SELECT count(*) AS actions FROM action;

\! pg_dump -Fc -f results/model_dump.dump contrib_regression
\! dropdb --if-exists policy_tracker_restored && createdb policy_tracker_restored
\! pg_restore --exit-on-error -d policy_tracker_restored results/model_dump.dump && echo restored
\c policy_tracker_restored
SET search_path = public, policy_tracker;

SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) = :'o_action_overview' AS action_overview_same FROM action_overview v;
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) = :'o_actor_workload' AS actor_workload_same FROM actor_workload v;
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) = :'o_paragraph_coverage' AS paragraph_coverage_same FROM paragraph_coverage v;
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) = :'o_deadline_calendar' AS deadline_calendar_same FROM deadline_calendar v;
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) = :'o_reference_graph' AS reference_graph_same FROM reference_graph v;
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) = :'o_progress' AS progress_same FROM progress v;
-- the builtin vocabulary comes from CREATE EXTENSION, not twice
SELECT count(*) = count(DISTINCT name) AS actors_once, count(*) FILTER (WHERE builtin) > 50 AS vocabulary FROM actor;
-- identities continue where they were
INSERT INTO progress (action, reported_on, status) SELECT min(id), '2019-01-01', 'done' FROM action;
SELECT count(*) AS progress_rows FROM progress;

\c contrib_regression
\! dropdb policy_tracker_restored

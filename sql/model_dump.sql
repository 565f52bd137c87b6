-- pg_dump of a database with the extension and the example data, restored
-- into an empty database, gives the same rows from every view.
SET search_path = public, policy_tracker;

SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) AS action_overview FROM action_overview v \gset o_
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) AS actor_workload FROM actor_workload v \gset o_
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) AS paragraph_coverage FROM paragraph_coverage v \gset o_
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) AS deadline_calendar FROM deadline_calendar v \gset o_
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) AS reference_graph FROM reference_graph v \gset o_
SELECT md5(string_agg(v::text, '|' ORDER BY v::text)) AS progress FROM progress v \gset o_
SELECT md5(string_agg(f::text, '|' ORDER BY f::text)) AS overdue FROM overdue_on('2018-07-01') f \gset o_
SELECT md5(string_agg(f::text, '|' ORDER BY f::text)) AS due FROM due_between('2018-01-01', '2020-12-31') f \gset o_
SELECT md5(string_agg(status_on(id, '2018-06-01')::text || id, '|' ORDER BY id)) AS status FROM action \gset o_
SELECT md5(string_agg(a::text, '|')) AS actors FROM actors_in('Presidency supported by EEAS and/or European Commission') a \gset o_
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
SELECT md5(string_agg(f::text, '|' ORDER BY f::text)) = :'o_overdue' AS overdue_on_same FROM overdue_on('2018-07-01') f;
SELECT md5(string_agg(f::text, '|' ORDER BY f::text)) = :'o_due' AS due_between_same FROM due_between('2018-01-01', '2020-12-31') f;
SELECT md5(string_agg(status_on(id, '2018-06-01')::text || id, '|' ORDER BY id)) = :'o_status' AS status_on_same FROM action;
SELECT md5(string_agg(a::text, '|')) = :'o_actors' AS actors_in_same FROM actors_in('Presidency supported by EEAS and/or European Commission') a;
-- the builtin vocabulary comes from CREATE EXTENSION, not twice
SELECT count(*) = count(DISTINCT name) AS actors_once, count(*) FILTER (WHERE builtin) > 50 AS vocabulary FROM actor;
-- identities continue where they were
INSERT INTO progress (action, reported_on, status) SELECT min(id), '2019-01-01', 'done' FROM action;
SELECT count(*) AS progress_rows FROM progress;

\c contrib_regression
\! dropdb policy_tracker_restored

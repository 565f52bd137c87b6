-- The server says when a progress report was recorded, and in what order
-- (issue 13, C): a reporter's id and recorded_at are replaced, so it can
-- neither backdate a report nor squat future ids to make honest inserts
-- fail.  A superuser's are kept: pg_restore reloads dumped reports with COPY
-- as a superuser.
SET search_path = public, policy_tracker;
BEGIN;
\set ON_ERROR_ROLLBACK on

-- a reporter with the README's grants: SELECT to find actions, INSERT on
-- progress, nothing else
CREATE ROLE regress_pt_reporter;
GRANT USAGE ON SCHEMA policy_tracker TO regress_pt_reporter;
GRANT SELECT ON ALL TABLES IN SCHEMA policy_tracker TO regress_pt_reporter;
GRANT INSERT ON policy_tracker.progress TO regress_pt_reporter;
SELECT pg_catalog.nextval('policy_tracker.progress_id_seq') AS id_before \gset

SET ROLE regress_pt_reporter;
-- a forged time, the id the sequence gives next and one far ahead (COPY
-- is refused anyway: row-level security allows INSERT only)
INSERT INTO progress (id, action, reported_on, status, note, recorded_at) VALUES
  (:id_before + 1, 31, '2018-04-20', 'in_progress', 'forged next id', '2000-01-01 00:00+00'),
  (:id_before + 1000, 32, '2018-04-21', 'in_progress', 'forged far id', '2000-01-01 00:00+00');
-- an honest insert still finds its id free
INSERT INTO progress (action, reported_on, status, note) VALUES (33, '2018-04-22', 'done', 'honest');
INSERT INTO progress (action, reported_on, status, note) VALUES (33, '2018-04-22', 'done', 'honest again');
RESET ROLE;
SELECT note, id = :id_before + 1000 AS kept_far_id, id > :id_before AS from_sequence, recorded_at = now() AS recorded_now
FROM progress WHERE note IN ('forged next id', 'forged far id', 'honest', 'honest again') ORDER BY id;
-- a superuser (pg_restore) keeps the dumped id and time
COPY progress (id, action, reported_on, status, note, recorded_at) FROM stdin;
999998	34	2018-04-23	in_progress	restored	2018-04-23 10:00:00+00
\.
SELECT id, recorded_at AT TIME ZONE 'UTC' AS recorded_at_utc FROM progress WHERE note = 'restored';
-- and the derived status followed every one of them
SELECT a.number, s.status, s.reported_on FROM action a JOIN action_status s ON s.action = a.id
WHERE a.id IN (31, 32, 33, 34) AND a.plan = '14965/17' ORDER BY 1;
ROLLBACK;

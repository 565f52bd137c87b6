-- Some progress on the example, written the same way before an upgrade and
-- on a fresh install (plain INSERTs, which every version accepts).
\set ON_ERROR_STOP on
INSERT INTO policy_tracker.progress (action, reported_on, status, note)
SELECT a.id, DATE '2018-01-15' + (a.number * 7),
       (ARRAY['in_progress', 'done', 'delayed', 'blocked'])[1 + a.number % 4],
       'report ' || a.number
FROM policy_tracker.action a
WHERE a.plan OPERATOR(policy_tracker.=) '14965/17' AND a.number % 3 = 1
ORDER BY a.number;
INSERT INTO policy_tracker.progress (action, reported_on, status, note)
SELECT a.id, DATE '2018-09-01', 'done', 'closed'
FROM policy_tracker.action a
WHERE a.plan OPERATOR(policy_tracker.=) '14965/17' AND a.number % 6 = 1
ORDER BY a.number;
-- Grants a user gave on the views must survive an update that has to
-- recreate a view (the catalog comparison sees them).
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = 'pt_upgrade_reader') THEN
    CREATE ROLE pt_upgrade_reader;
  END IF;
END $$;
GRANT SELECT ON policy_tracker.actor_workload, policy_tracker.action_overview TO pt_upgrade_reader;

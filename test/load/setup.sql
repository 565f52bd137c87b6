-- The writer of the load test: a role with the README's grants for an
-- analyst, a reporter and an editor (not a superuser: the derived tables
-- are kept by the extension's SECURITY DEFINER triggers, and the writer
-- has no grant on them), cleared for every marking.  The load test's own
-- agency is linked to every action, so that renaming it touches them all.
\set ON_ERROR_STOP on
CREATE ROLE pt_load_writer LOGIN;
GRANT USAGE ON SCHEMA policy_tracker TO pt_load_writer;
GRANT SELECT ON ALL TABLES IN SCHEMA policy_tracker TO pt_load_writer;
GRANT INSERT ON policy_tracker.progress TO pt_load_writer;
GRANT INSERT, UPDATE, DELETE ON policy_tracker.action, policy_tracker.action_actor,
      policy_tracker.action_paragraph, policy_tracker.action_reject TO pt_load_writer;
GRANT INSERT, UPDATE ON policy_tracker.actor TO pt_load_writer;
INSERT INTO policy_tracker.clearance VALUES ('pt_load_writer', 'RESTREINT UE/EU RESTRICTED');
INSERT INTO policy_tracker.actor (name, short_name, kind) VALUES ('Load Agency A', NULL, 'agency');
INSERT INTO policy_tracker.action_actor (action, actor, role)
SELECT a.id, 'Load Agency A', 'support' FROM policy_tracker.action a;

-- Derived tables cannot be forged (issue 13, D).  action_status,
-- action_digest and actor_load are written only by the trigger functions
-- that maintain them, which run as the extension's owner (SECURITY DEFINER);
-- nobody is granted writes on them.  An editor with the README's grants
-- cannot write them, yet its ordinary writes keep them exact.
SET search_path = public, policy_tracker;
BEGIN;
\set ON_ERROR_ROLLBACK on
\set VERBOSITY terse

-- the README's grants: an editor writes actions and their actors and
-- records progress; nothing on the derived tables
CREATE ROLE regress_pt_editor;
GRANT USAGE ON SCHEMA policy_tracker TO regress_pt_editor;
GRANT SELECT ON ALL TABLES IN SCHEMA policy_tracker TO regress_pt_editor;
GRANT INSERT, UPDATE, DELETE ON policy_tracker.action, policy_tracker.action_actor TO regress_pt_editor;
GRANT INSERT ON policy_tracker.progress TO regress_pt_editor;
INSERT INTO clearance VALUES ('regress_pt_editor', 'LIMITE');
CREATE SCHEMA regress_pt_editor_own AUTHORIZATION regress_pt_editor;
INSERT INTO document (ref, kind, marking) VALUES ('ST 91 2019 INIT', 'action_plan', 'PUBLIC'),
                                                ('ST 92 2019 INIT', 'action_plan', 'LIMITE');

-- nobody but the owner may write a derived table
SELECT c.relname, count(*) FILTER (WHERE a.privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')
                                     AND a.grantee <> c.relowner) AS write_grants
FROM pg_class c LEFT JOIN LATERAL aclexplode(c.relacl) AS a ON true
WHERE c.oid IN ('action_status'::regclass, 'action_digest'::regclass, 'actor_load'::regclass)
GROUP BY 1 ORDER BY 1;

SET ROLE regress_pt_editor;
-- forging fails
INSERT INTO action_status (action, status, reported_on, progress_id) VALUES (31, 'done', '2018-01-01', 1);
UPDATE action_status SET status = 'done';
DELETE FROM action_status;
TRUNCATE action_status;
INSERT INTO action_digest (action, plan, due, open, lead_actors, involved_actors, linked_actors)
VALUES (31, '14965/17', '2018-01-01', false, '{}', '{}', '{}');
UPDATE action_digest SET open = false;
DELETE FROM action_digest;
TRUNCATE action_digest;
INSERT INTO actor_load VALUES (1, '14965/17', '2018-01-01', 100, 100, 100, 100);
UPDATE actor_load SET led = 100;
DELETE FROM actor_load;
TRUNCATE actor_load;
SELECT policy_tracker.refresh_digests(ARRAY[31::bigint]);
-- nor by attaching the trigger functions to a table of its own, whose rows
-- they would take for reports
CREATE TABLE regress_pt_editor_own.fake (id bigint, action bigint, reported_on date, status text);
CREATE TRIGGER fake AFTER INSERT ON regress_pt_editor_own.fake REFERENCING NEW TABLE AS new_progress
    FOR EACH STATEMENT EXECUTE FUNCTION policy_tracker.progress_keep_latest();
CREATE TRIGGER fake AFTER INSERT ON regress_pt_editor_own.fake REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION policy_tracker.digest_after_change();
RESET ROLE;
-- (and were one attached, it would refuse to run)
CREATE TRIGGER fake AFTER INSERT ON regress_pt_editor_own.fake REFERENCING NEW TABLE AS new_progress
    FOR EACH STATEMENT EXECUTE FUNCTION policy_tracker.progress_keep_latest();
INSERT INTO regress_pt_editor_own.fake VALUES (1000000, 31, '2099-01-01', 'done');
SET ROLE regress_pt_editor;

-- ordinary writes, in a public and in a limited plan
INSERT INTO action (plan, number, title, deadline)
SELECT p, n, 'editor ' || n, (ARRAY['by mid-2018', 'end of 2019', 'ongoing', '2030'])[1 + n % 4]::deadline
FROM unnest(ARRAY['ST 91 2019 INIT', 'ST 92 2019 INIT']::docnum[]) AS p, generate_series(1, 8) AS n;
INSERT INTO action_actor (action, actor, role)
SELECT a.id, x.actor, x.role FROM action a,
  LATERAL (VALUES ((ARRAY['Europol', 'European Commission'])[1 + a.number % 2], 'lead'),
                  ('European Union Agency for Cybersecurity', 'involved')) AS x(actor, role)
WHERE a.title LIKE 'editor %';
INSERT INTO progress (action, reported_on, status)
SELECT id, '2018-01-01'::date + number, (ARRAY['done', 'in_progress', 'dropped', 'blocked'])[1 + number % 4]
FROM action WHERE title LIKE 'editor %';
UPDATE action SET deadline = 'by end of 2017' WHERE title LIKE 'editor %' AND number % 3 = 0;
UPDATE action_actor SET role = 'support' WHERE role = 'involved'
  AND action IN (SELECT id FROM action WHERE title LIKE 'editor %' AND number % 2 = 0);
DELETE FROM action_actor WHERE role = 'lead' AND action IN (SELECT id FROM action WHERE title = 'editor 5');
INSERT INTO action (plan, number, title, deadline) VALUES
  ('ST 91 2019 INIT', 9, 'editor 9', 'by mid-2018'), ('ST 92 2019 INIT', 9, 'editor 9', 'end of 2019');
INSERT INTO action_actor (action, actor, role) SELECT id, 'Europol', 'lead' FROM action WHERE title = 'editor 9';
DELETE FROM action WHERE title = 'editor 9' AND plan = 'ST 91 2019 INIT';
DELETE FROM action_actor WHERE action IN (SELECT id FROM action WHERE title = 'editor 9');
RESET ROLE;
\set VERBOSITY default

-- the derived tables equal a computation from the base tables
SELECT count(*) AS editor_actions, count(s.action) AS with_status FROM action a
LEFT JOIN action_status s ON s.action = a.id WHERE a.title LIKE 'editor %';
WITH latest AS (SELECT DISTINCT ON (p.action) p.action, p.status, p.reported_on, p.id FROM progress p
                ORDER BY p.action, p.reported_on DESC, p.id DESC),
     kept AS (SELECT action, status, reported_on, progress_id FROM action_status)
SELECT count(*) AS status_diff
FROM ((SELECT * FROM kept EXCEPT SELECT * FROM latest) UNION ALL (SELECT * FROM latest EXCEPT SELECT * FROM kept)) x;
CREATE TEMP VIEW digest_reference AS
SELECT a.id AS action, a.plan, coalesce(due_date(a.deadline), 'infinity') AS due,
       coalesce(s.status, '') NOT IN ('done', 'dropped') AS open,
       actors_of(a.id, '{lead}') AS leads
FROM action a LEFT JOIN action_status s ON s.action = a.id
WHERE EXISTS (SELECT 1 FROM action_actor aa WHERE aa.action = a.id);
CREATE TEMP VIEW load_reference AS
SELECT ac.id AS actor, a.plan, coalesce(due_date(a.deadline), 'infinity') AS due,
       count(DISTINCT a.id) FILTER (WHERE aa.role = 'lead') AS led,
       count(DISTINCT a.id) FILTER (WHERE aa.role IN ('involved', 'support')) AS involved,
       count(DISTINCT a.id) AS linked,
       count(DISTINCT a.id) FILTER (WHERE coalesce(s.status, '') NOT IN ('done', 'dropped')) AS open
FROM action_actor aa JOIN actor ac ON ac.name = aa.actor
JOIN action a ON a.id = aa.action LEFT JOIN action_status s ON s.action = a.id
GROUP BY 1, 2, 3;
SELECT
  (SELECT count(*) FROM ((SELECT action, plan, due, open, leads FROM action_digest EXCEPT SELECT * FROM digest_reference)
                         UNION ALL (SELECT * FROM digest_reference EXCEPT SELECT action, plan, due, open, leads FROM action_digest)) x)
    AS digest_diff,
  (SELECT count(*) FROM ((SELECT actor, plan, due, led::bigint, involved::bigint, linked::bigint, open::bigint
                            FROM actor_load WHERE linked > 0 EXCEPT SELECT * FROM load_reference)
                         UNION ALL (SELECT * FROM load_reference
                                    EXCEPT SELECT actor, plan, due, led, involved, linked, open FROM actor_load)) x)
    AS load_diff,
  (SELECT count(*) FROM action_digest WHERE plan IN ('ST 91 2019 INIT'::docnum, 'ST 92 2019 INIT')) AS editor_digests;
ROLLBACK;

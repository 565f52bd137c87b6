-- Access by marking: a role reads a document, and what belongs to it, when
-- its clearance reaches the document's marking; tables, views and functions
-- alike.  Writing needs table privileges as well.
SET search_path = public, policy_tracker;

-- a LIMITE action plan and a RESTREINT one beside the public example
INSERT INTO document (ref, kind, title, marking) VALUES
  ('ST 55 2018 INIT', 'action_plan', 'limited plan', 'LIMITE'),
  ('ST 56 2018 INIT', 'action_plan', 'restricted plan', 'RESTREINT UE/EU RESTRICTED');
SELECT count(*) FROM load_action_plan('ST 55 2018 INIT',
  E'heading,action,lead,involved,deadline,progress,notes\nH,Limited action,Europol,ENISA,early 2018,,');
SELECT count(*) FROM load_action_plan('ST 56 2018 INIT',
  E'heading,action,lead,involved,deadline,progress,notes\nH,Restricted action,Europol,,early 2018,,');
INSERT INTO progress (action, reported_on, status) SELECT id, '2018-02-01', 'in_progress' FROM action WHERE title = 'Limited action';
INSERT INTO action_paragraph (action, document, number) SELECT id, '14435/17', 13 FROM action WHERE title = 'Limited action';
INSERT INTO reference (from_doc, to_doc) VALUES ('ST 55 2018 INIT', '14435/17');

CREATE ROLE regress_pt_public;
CREATE ROLE regress_pt_limite;
CREATE ROLE regress_pt_writers;
CREATE ROLE regress_pt_writer IN ROLE regress_pt_writers;
GRANT USAGE ON SCHEMA policy_tracker TO regress_pt_public, regress_pt_limite, regress_pt_writers;
GRANT SELECT ON ALL TABLES IN SCHEMA policy_tracker TO regress_pt_public, regress_pt_limite, regress_pt_writers;
-- a reporter needs INSERT on progress, nothing on the derived tables
GRANT INSERT ON policy_tracker.progress TO regress_pt_writers;
INSERT INTO clearance VALUES ('regress_pt_limite', 'LIMITE'), ('regress_pt_writers', 'LIMITE');

CREATE FUNCTION pg_temp.what_i_see() RETURNS TABLE (what text, n bigint) LANGUAGE sql AS $$
  SELECT 'documents', count(*) FROM policy_tracker.document
  UNION ALL SELECT 'actions', count(*) FROM policy_tracker.action
  UNION ALL SELECT 'action actors', count(*) FROM policy_tracker.action_actor
  UNION ALL SELECT 'action paragraphs', count(*) FROM policy_tracker.action_paragraph
  UNION ALL SELECT 'progress', count(*) FROM policy_tracker.progress
  UNION ALL SELECT 'references', count(*) FROM policy_tracker.reference
  UNION ALL SELECT 'action_overview', count(*) FROM policy_tracker.action_overview
  UNION ALL SELECT 'overdue_on', count(*) FROM policy_tracker.overdue_on('2018-07-01')
  UNION ALL SELECT 'due_between', count(*) FROM policy_tracker.due_between('2018-01-01', '2018-06-30')
  UNION ALL SELECT 'Europol leads', sum(actions_led) FROM policy_tracker.actor_workload WHERE short_name = 'Europol'
  UNION ALL SELECT 'paragraph 13 actions', sum(actions_linked) FROM policy_tracker.paragraph_coverage WHERE number = 13
  UNION ALL SELECT 'calendar due', sum(actions_due) FROM policy_tracker.deadline_calendar WHERE month IS NULL
  UNION ALL SELECT 'reference_graph', count(*) FROM policy_tracker.reference_graph
  UNION ALL SELECT 'status_on', count(policy_tracker.status_on(id, '2018-03-01')) FROM policy_tracker.action
$$;

-- the owner sees everything; a PUBLIC analyst nothing of the limited or
-- restricted plans; a LIMITE analyst the limited one but not the restricted
CREATE TEMP TABLE seen (who text, what text, n bigint);
INSERT INTO seen SELECT 'owner', * FROM pg_temp.what_i_see();
GRANT INSERT ON seen TO PUBLIC;
SET ROLE regress_pt_public;
INSERT INTO seen SELECT 'public', * FROM pg_temp.what_i_see();
RESET ROLE;
SET ROLE regress_pt_limite;
INSERT INTO seen SELECT 'limite', * FROM pg_temp.what_i_see();
RESET ROLE;
SELECT what, max(n) FILTER (WHERE who = 'owner') AS owner, max(n) FILTER (WHERE who = 'public') AS public_analyst,
       max(n) FILTER (WHERE who = 'limite') AS limite_analyst
FROM seen GROUP BY what ORDER BY what;

-- document_visible(), which a Citus cluster's policies call per row of the
-- paragraph tables and reference, answers as document's own policy does for
-- every role; its per-query memo (src/document_visible.c) is emptied when
-- the role or the snapshot changes, including in an expression that outlives
-- a statement (a PL/pgSQL assignment in a loop)
CREATE TEMP TABLE all_docs AS
  SELECT ref, policy_tracker.marking_rank(marking) AS rank FROM policy_tracker.document
  UNION ALL SELECT 'ST 99999 2099 INIT', NULL;  -- not in the database: never visible
CREATE TEMP TABLE visible_seen (who text, level int, ref policy_tracker.docnum, rank int, visible boolean);
GRANT SELECT ON all_docs TO PUBLIC;
GRANT INSERT ON visible_seen TO PUBLIC;
SET ROLE regress_pt_public;
INSERT INTO visible_seen SELECT 'public', policy_tracker.clearance_level(), ref, rank, policy_tracker.document_visible(ref) FROM all_docs;
RESET ROLE;
SET ROLE regress_pt_limite;
INSERT INTO visible_seen SELECT 'limite', policy_tracker.clearance_level(), ref, rank, policy_tracker.document_visible(ref) FROM all_docs;
RESET ROLE;
SELECT who, count(*) FILTER (WHERE visible) AS visible, count(*) FILTER (WHERE NOT visible) AS hidden,
       count(*) FILTER (WHERE visible IS DISTINCT FROM coalesce(rank <= level, false)) AS wrong
FROM visible_seen GROUP BY who ORDER BY who;
CREATE TEMP TABLE memo_seen (step int, who text, visible boolean);
GRANT INSERT ON memo_seen TO PUBLIC;
BEGIN;
DO $$
DECLARE
    v boolean;
    who text;
    step int := 0;
BEGIN
    FOREACH who IN ARRAY ARRAY['regress_pt_public', 'regress_pt_limite', 'regress_pt_public', 'regress_pt_public'] LOOP
        step := step + 1;
        PERFORM set_config('role', who, true);
        v := policy_tracker.document_visible('ST 55 2018 INIT');
        INSERT INTO memo_seen VALUES (step, who, v);
        PERFORM set_config('role', 'none', true);
        IF step = 3 THEN
            UPDATE policy_tracker.document SET marking = 'PUBLIC' WHERE ref = 'ST 55 2018 INIT';
        END IF;
    END LOOP;
END $$;
SELECT * FROM memo_seen ORDER BY step;
ROLLBACK;

-- clearance rows: one's own only
SET ROLE regress_pt_limite;
SELECT * FROM policy_tracker.clearance;
SELECT policy_tracker.clearance_level();
\set VERBOSITY sqlstate
INSERT INTO policy_tracker.clearance VALUES ('regress_pt_limite', 'RESTREINT UE/EU RESTRICTED');
-- no write grants, no writes, whatever the clearance
UPDATE policy_tracker.action SET notes = 'x';
INSERT INTO policy_tracker.progress (action, reported_on, status) VALUES (1, '2018-01-01', 'done');
DELETE FROM policy_tracker.document;
RESET ROLE;
SET ROLE regress_pt_public;
INSERT INTO policy_tracker.progress (action, reported_on, status) VALUES (1, '2018-01-01', 'done');
RESET ROLE;

-- a writer (through its group) reports on what its clearance covers, and
-- cannot touch what it may not read
SET ROLE regress_pt_writer;
INSERT INTO policy_tracker.progress (action, reported_on, status)
SELECT id, '2018-03-01', 'done' FROM policy_tracker.action WHERE title = 'Limited action';
INSERT INTO policy_tracker.progress (action, reported_on, status)
VALUES ((SELECT max(id) FROM policy_tracker.action) + 1, '2018-03-01', 'done');
\set VERBOSITY default
SELECT title, policy_tracker.status_on(id, '2018-12-31') FROM policy_tracker.action
WHERE title IN ('Limited action', 'Restricted action');
RESET ROLE;
SELECT a.title, count(p.*) AS reports FROM action a LEFT JOIN progress p ON p.action = a.id
WHERE a.title IN ('Limited action', 'Restricted action') GROUP BY 1 ORDER BY 1;

-- clean up (an administrator lifts the append-only guard)
ALTER TABLE progress DISABLE TRIGGER progress_append_only;
DELETE FROM progress WHERE action IN (SELECT id FROM action WHERE title IN ('Limited action', 'Restricted action'));
ALTER TABLE progress ENABLE TRIGGER progress_append_only;
DELETE FROM action_paragraph WHERE action IN (SELECT id FROM action WHERE title IN ('Limited action', 'Restricted action'));
DELETE FROM action_actor WHERE action IN (SELECT id FROM action WHERE title IN ('Limited action', 'Restricted action'));
DELETE FROM action WHERE title IN ('Limited action', 'Restricted action');
DELETE FROM reference WHERE from_doc OPERATOR(policy_tracker.=) 'ST 55 2018 INIT';
DELETE FROM document WHERE ref IN ('ST 55 2018 INIT'::docnum, 'ST 56 2018 INIT');
DELETE FROM clearance;
DROP OWNED BY regress_pt_public, regress_pt_limite, regress_pt_writers, regress_pt_writer;
DROP ROLE regress_pt_writer;
DROP ROLE regress_pt_public, regress_pt_limite, regress_pt_writers;

-- the catalog checks clearance_level makes: membership (also through a
-- group, and false for a role that does not exist) and bypassing
-- row-level security
CREATE ROLE regress_pt_group;
CREATE ROLE regress_pt_member IN ROLE regress_pt_group;
GRANT USAGE ON SCHEMA policy_tracker TO regress_pt_group;
SET ROLE regress_pt_member;
SELECT policy_tracker.member_of('regress_pt_member') AS self, policy_tracker.member_of('regress_pt_group') AS via_group,
       policy_tracker.member_of('regress_pt_no_such_role') AS missing, policy_tracker.bypasses_rls() AS bypasses;
RESET ROLE;
SELECT policy_tracker.bypasses_rls() AS superuser_bypasses;
DROP OWNED BY regress_pt_group;
DROP ROLE regress_pt_member, regress_pt_group;

-- the Citus layout needs Citus, and says so (test/citus runs it on a cluster)
\set VERBOSITY default
SELECT * FROM policy_tracker.citus_distribute_model();
\set VERBOSITY terse
SELECT has_function_privilege('public', 'policy_tracker.citus_distribute_model(int)', 'EXECUTE') AS public_may_distribute;

-- indexes for a role under row-level security.  reference_graph: whether any version
-- of a cited document is in the database is an index probe per citation
-- (document_family_idx), which the planner allows under the document's
-- policy only because docnum_family is LEAKPROOF; it was a scan of
-- document per citation
CREATE ROLE regress_pt_reader;
GRANT USAGE ON SCHEMA policy_tracker TO regress_pt_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA policy_tracker TO regress_pt_reader;
CREATE FUNCTION public.regress_plan_uses(q text, idx text) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    l text;
BEGIN
    FOR l IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
        IF strpos(l, idx) > 0 THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN false;
END $$;
SET ROLE regress_pt_reader;
SET enable_seqscan = off;
SELECT public.regress_plan_uses('SELECT count(v.*) FROM policy_tracker.reference_graph v', 'document_family_idx')
    AS family_probe_uses_index;
-- and so are the actions' indexes on the due date and the period
SELECT public.regress_plan_uses('SELECT count(*) FROM policy_tracker.action WHERE policy_tracker.due_date(deadline) < ''2018-07-01''',
                                'action_due_idx') AS due_date_uses_index,
       public.regress_plan_uses('SELECT count(*) FROM policy_tracker.action WHERE deadline OPERATOR(policy_tracker.@>) ''2018-07-01''::date',
                                'action_period_idx') AS period_uses_index;
RESET enable_seqscan;
RESET ROLE;
DROP FUNCTION public.regress_plan_uses(text, text);
DROP OWNED BY regress_pt_reader;
DROP ROLE regress_pt_reader;

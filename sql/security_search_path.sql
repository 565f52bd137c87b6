-- A caller's search_path changes nothing the extension does (issue 13, B).
-- Every SQL function has a SQL-standard body, parsed once when the extension
-- is created; every plpgsql function pins its search_path.  So neither an
-- analyst that puts a schema of its own first (before pg_catalog) nor a
-- superuser whose search_path lists public first can be made to run planted
-- operators or functions, or to see rows its clearance hides.
SET search_path = public, policy_tracker;
BEGIN;
\set ON_ERROR_ROLLBACK on

-- a hidden plan beside the public example
INSERT INTO document (ref, kind, title, marking) VALUES ('ST 88 2018 INIT', 'action_plan', 'secret plan', 'LIMITE');
SELECT count(*) AS hidden_actions FROM load_action_plan('ST 88 2018 INIT', E'heading,action,lead,involved,deadline,progress,notes\n'
  'H,secret action,Europol,ENISA,early 2018,,');
INSERT INTO progress (action, reported_on, status) SELECT id, '2018-02-01', 'blocked' FROM action WHERE plan = 'ST 88 2018 INIT';
INSERT INTO reference (from_doc, to_doc) VALUES ('ST 88 2018 INIT', '14435/17');

CREATE ROLE regress_pt_analyst;
GRANT USAGE ON SCHEMA policy_tracker TO regress_pt_analyst;
GRANT SELECT ON ALL TABLES IN SCHEMA policy_tracker TO regress_pt_analyst;
GRANT CREATE ON SCHEMA public TO regress_pt_analyst;
CREATE SCHEMA regress_pt_own AUTHORIZATION regress_pt_analyst;

-- what everything answers: every view, every set-returning function that
-- reads the tables, the scalar functions over the tables and the clearance
-- (all names qualified, so that this probe itself runs nothing planted)
CREATE FUNCTION pg_temp.answers() RETURNS TABLE (what text, digest text)
LANGUAGE sql BEGIN ATOMIC
SELECT 'action_overview', pg_catalog.md5(pg_catalog.string_agg(v::text, '|' ORDER BY v::text)) FROM policy_tracker.action_overview v
UNION ALL SELECT 'actor_workload', pg_catalog.md5(pg_catalog.string_agg(v::text, '|' ORDER BY v::text)) FROM policy_tracker.actor_workload v
UNION ALL SELECT 'paragraph_coverage', pg_catalog.md5(pg_catalog.string_agg(v::text, '|' ORDER BY v::text)) FROM policy_tracker.paragraph_coverage v
UNION ALL SELECT 'deadline_calendar', pg_catalog.md5(pg_catalog.string_agg(v::text, '|' ORDER BY v::text)) FROM policy_tracker.deadline_calendar v
UNION ALL SELECT 'reference_graph', pg_catalog.md5(pg_catalog.string_agg(v::text, '|' ORDER BY v::text)) FROM policy_tracker.reference_graph v
UNION ALL SELECT 'overdue_on', pg_catalog.md5(pg_catalog.string_agg(f::text, '|' ORDER BY f::text)) FROM policy_tracker.overdue_on('2018-07-01') f
UNION ALL SELECT 'due_between', pg_catalog.md5(pg_catalog.string_agg(f::text, '|' ORDER BY f::text)) FROM policy_tracker.due_between('2018-01-01', '2018-12-31') f
UNION ALL SELECT 'visible_documents', pg_catalog.md5(pg_catalog.string_agg(f::text, '|' ORDER BY f::text)) FROM policy_tracker.visible_documents() f
UNION ALL SELECT 'status_on, actors_of, status_today', pg_catalog.md5(pg_catalog.string_agg(
           pg_catalog.concat_ws(',', policy_tracker.status_on(a.id, '2018-12-31'), policy_tracker.actors_of(a.id, '{lead,involved}'),
                                policy_tracker.status_today(a.id, NULL, NULL)), '|' ORDER BY a.id))
          FROM policy_tracker.action a
UNION ALL SELECT 'resolve_actor', (policy_tracker.resolve_actor('Cion')).name
UNION ALL SELECT 'addressees', pg_catalog.array_to_string(ARRAY(SELECT policy_tracker.addressees('CALLS ON the Commission and ENISA to act.')), '|')
UNION ALL SELECT 'operative_verbs', pg_catalog.array_to_string(policy_tracker.operative_verbs('WELCOMES it; CALLS ON them'), '|')
UNION ALL SELECT 'xml_text', policy_tracker.xml_text('<a & "b">')
UNION ALL SELECT 'marking_rank', pg_catalog.concat_ws(',', policy_tracker.marking_rank('PUBLIC'), policy_tracker.marking_rank('LIMITE'))
UNION ALL SELECT 'clearance_level', policy_tracker.clearance_level()::text;
END;
GRANT EXECUTE ON FUNCTION pg_temp.answers() TO PUBLIC;
CREATE TEMP TABLE answer (who text, path text, what text, digest text);
GRANT INSERT, SELECT ON answer TO PUBLIC;
INSERT INTO answer SELECT 'superuser', 'plain', * FROM pg_temp.answers();
SET ROLE regress_pt_analyst;
INSERT INTO answer SELECT 'analyst', 'plain', * FROM pg_temp.answers();

-- the analyst plants look-alikes, each of which says when it runs: in its own
-- schema, and in public
DO $$
DECLARE s text;
BEGIN
    FOREACH s IN ARRAY ARRAY['regress_pt_own', 'public'] LOOP
        EXECUTE pg_catalog.format($f$
CREATE FUNCTION %1$I.planted_eq(text, text) RETURNS boolean LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted =(text,text) ran''; RETURN true; END';
CREATE OPERATOR %1$I.= (LEFTARG = text, RIGHTARG = text, FUNCTION = %1$I.planted_eq);
CREATE FUNCTION %1$I.planted_int_le(int, int) RETURNS boolean LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted <=(int,int) ran''; RETURN true; END';
CREATE OPERATOR %1$I.<= (LEFTARG = int, RIGHTARG = int, FUNCTION = %1$I.planted_int_le);
CREATE FUNCTION %1$I.planted_date_lt(date, date) RETURNS boolean LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted <(date,date) ran''; RETURN true; END';
CREATE OPERATOR %1$I.< (LEFTARG = date, RIGHTARG = date, FUNCTION = %1$I.planted_date_lt);
CREATE OPERATOR %1$I.<= (LEFTARG = date, RIGHTARG = date, FUNCTION = %1$I.planted_date_lt);
CREATE FUNCTION %1$I.planted_bigint_eq(bigint, bigint) RETURNS boolean LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted =(bigint,bigint) ran''; RETURN true; END';
CREATE OPERATOR %1$I.= (LEFTARG = bigint, RIGHTARG = bigint, FUNCTION = %1$I.planted_bigint_eq);
CREATE FUNCTION %1$I.planted_docnum_eq(policy_tracker.docnum, policy_tracker.docnum) RETURNS boolean LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted =(docnum,docnum) ran''; RETURN true; END';
CREATE OPERATOR %1$I.= (LEFTARG = policy_tracker.docnum, RIGHTARG = policy_tracker.docnum, FUNCTION = %1$I.planted_docnum_eq);
CREATE FUNCTION %1$I.planted_concat(text, text) RETURNS text LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted ||(text,text) ran''; RETURN ''hijacked''; END';
CREATE OPERATOR %1$I.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = %1$I.planted_concat);
CREATE FUNCTION %1$I.lower(text) RETURNS text LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted lower ran''; RETURN ''hijacked''; END';
CREATE FUNCTION %1$I.btrim(text) RETURNS text LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted btrim ran''; RETURN ''hijacked''; END';
CREATE FUNCTION %1$I.replace(text, text, text) RETURNS text LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted replace ran''; RETURN ''hijacked''; END';
CREATE FUNCTION %1$I.pg_has_role(name, oid, text) RETURNS boolean LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted pg_has_role ran''; RETURN true; END';
CREATE FUNCTION %1$I.unnest(text[]) RETURNS SETOF text LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted unnest ran''; RETURN NEXT ''hijacked''; END';
CREATE FUNCTION %1$I.regexp_matches(text, text, text) RETURNS SETOF text[] LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted regexp_matches ran''; RETURN NEXT ARRAY[''hijacked'']; END';
CREATE FUNCTION %1$I.marking_rank(text) RETURNS int LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted marking_rank ran''; RETURN 0; END';
CREATE FUNCTION %1$I.status_on(bigint, date) RETURNS text LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted status_on ran''; RETURN ''hijacked''; END';
CREATE FUNCTION %1$I.due_date(policy_tracker.deadline) RETURNS date LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted due_date ran''; RETURN date ''1900-01-01''; END';
CREATE FUNCTION %1$I.docnum_display(policy_tracker.docnum) RETURNS text LANGUAGE plpgsql AS
  'BEGIN RAISE NOTICE ''planted docnum_display ran''; RETURN ''hijacked''; END';
$f$, s);
    END LOOP;
END $$;
SELECT pg_catalog.count(*) AS planted FROM pg_catalog.pg_proc
WHERE pronamespace OPERATOR(pg_catalog.=) ANY (ARRAY['regress_pt_own'::regnamespace, 'public'::regnamespace]);

-- the analyst puts its own schema first, before pg_catalog
SET search_path = regress_pt_own, pg_catalog, policy_tracker;
INSERT INTO answer SELECT 'analyst', 'own schema first', * FROM pg_temp.answers();
RESET ROLE;
-- a superuser whose search_path lists public before pg_catalog
SET search_path = public, pg_catalog, policy_tracker;
INSERT INTO answer SELECT 'superuser', 'public first', * FROM pg_temp.answers();

-- every answer as without the planted objects, and nothing planted ran
-- (a NOTICE above would say so)
RESET search_path;
SELECT a.who, a.path, pg_catalog.count(*) AS answers,
       pg_catalog.count(*) FILTER (WHERE a.digest IS NOT DISTINCT FROM b.digest) AS unchanged
FROM answer a JOIN answer b ON b.who = a.who AND b.path = 'plain' AND b.what = a.what
GROUP BY 1, 2 ORDER BY 1, 2;
-- the analyst never saw the hidden plan; the superuser did
SELECT who, digest FROM answer WHERE what = 'clearance_level' AND path = 'plain' ORDER BY 1;
SELECT count(*) FROM answer a JOIN answer b ON b.what = a.what AND b.path = a.path
WHERE a.who = 'analyst' AND b.who = 'superuser' AND a.what = 'action_overview' AND a.digest = b.digest;

-- no SQL function keeps a string body: all are SQL-standard (prosqlbody)
SELECT p.proname FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.pronamespace = 'policy_tracker'::regnamespace AND l.lanname = 'sql' AND p.prosqlbody IS NULL;
-- every plpgsql function pins a search_path that starts with pg_catalog
SELECT p.proname, p.proconfig FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE p.pronamespace = 'policy_tracker'::regnamespace AND l.lanname = 'plpgsql'
  AND NOT coalesce(p.proconfig[1] LIKE 'search_path=pg_catalog,%', false);
ROLLBACK;

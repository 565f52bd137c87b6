-- Install-script and function safety (in the spirit of contrib/seg's
-- security.sql): objects planted in public by an unprivileged role are never
-- called by the extension's functions, views or loaders, and the only
-- functions that run as SECURITY DEFINER are the trigger functions that
-- maintain derived data, with search_path pinned to pg_catalog, pg_temp.
SET search_path = public, policy_tracker;

SELECT p.proname,
       p.prorettype = 'trigger'::regtype AS trigger_function,
       p.proconfig = '{"search_path=pg_catalog, pg_temp"}' AS pinned_search_path,
       p.prosrc ~ '(INSERT INTO|DELETE FROM) policy_tracker\.(action_status|action_digest|actor_load)|policy_tracker\.refresh_digests\('
         AS maintains_derived_data,
       (SELECT string_agg(DISTINCT t.tgrelid::regclass::text, ', ') FROM pg_trigger t WHERE t.tgfoid = p.oid) AS fired_by
FROM pg_proc p
WHERE p.pronamespace = 'policy_tracker'::regnamespace AND p.prosecdef
ORDER BY 1;
-- the rule, whatever is added later: no SECURITY DEFINER function breaks it
SELECT count(*) AS rule_broken FROM pg_proc p
WHERE p.pronamespace = 'policy_tracker'::regnamespace AND p.prosecdef
  AND NOT (p.prorettype = 'trigger'::regtype
           AND p.proconfig = '{"search_path=pg_catalog, pg_temp"}'
           AND p.prosrc ~ '(INSERT INTO|DELETE FROM) policy_tracker\.(action_status|action_digest|actor_load)|policy_tracker\.refresh_digests\(');
-- plpgsql functions pin their search_path (SQL functions have SQL-standard
-- bodies: security_search_path)
SELECT proname, proconfig FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
WHERE pronamespace = 'policy_tracker'::regnamespace AND l.lanname = 'plpgsql'
ORDER BY 1;

-- (the example data loaded by model_views is still there)
-- what the functions and views say before anything is planted
CREATE TEMP TABLE baseline AS
SELECT 'overdue' AS what, md5(string_agg(f::text, '|' ORDER BY f::text)) AS digest FROM overdue_on('2018-07-01') f
UNION ALL SELECT 'due', md5(string_agg(f::text, '|' ORDER BY f::text)) FROM due_between('2018-01-01', '2018-12-31') f
UNION ALL SELECT 'overview', md5(string_agg(v::text, '|' ORDER BY v::text)) FROM action_overview v
UNION ALL SELECT 'workload', md5(string_agg(v::text, '|' ORDER BY v::text)) FROM actor_workload v
UNION ALL SELECT 'coverage', md5(string_agg(v::text, '|' ORDER BY v::text)) FROM paragraph_coverage v
UNION ALL SELECT 'calendar', md5(string_agg(v::text, '|' ORDER BY v::text)) FROM deadline_calendar v
UNION ALL SELECT 'graph', md5(string_agg(v::text, '|' ORDER BY v::text)) FROM reference_graph v
UNION ALL SELECT 'actor', (resolve_actor('Cion')).name
UNION ALL SELECT 'actors_in', string_agg(actor, '|' ORDER BY pos) FROM actors_in('Presidency supported by EEAS');
GRANT SELECT ON baseline TO PUBLIC;

-- an unprivileged role plants look-alikes of what the extension uses
CREATE ROLE regress_pt_intruder;
GRANT CREATE, USAGE ON SCHEMA public TO regress_pt_intruder;
GRANT USAGE ON SCHEMA policy_tracker TO regress_pt_intruder;
SET ROLE regress_pt_intruder;
CREATE FUNCTION public.due_date(policy_tracker.deadline) RETURNS date
  LANGUAGE sql AS $$ SELECT date '1900-01-01' $$;
CREATE FUNCTION public.docnum_display(policy_tracker.docnum) RETURNS text
  LANGUAGE sql AS $$ SELECT 'hijacked'::text $$;
CREATE FUNCTION public.status_on(bigint, date) RETURNS text
  LANGUAGE sql AS $$ SELECT 'hijacked'::text $$;
CREATE FUNCTION public.actors_in(text) RETURNS SETOF text
  LANGUAGE sql AS $$ SELECT 'hijacked'::text $$;
CREATE FUNCTION public.string_agg(text, text) RETURNS text
  LANGUAGE sql AS $$ SELECT 'hijacked'::text $$;
CREATE FUNCTION public.pt_true(policy_tracker.docnum, policy_tracker.docnum) RETURNS boolean
  LANGUAGE sql AS $$ SELECT true $$;
CREATE OPERATOR public.= (LEFTARG = policy_tracker.docnum, RIGHTARG = policy_tracker.docnum, FUNCTION = public.pt_true);
CREATE FUNCTION public.pt_date_lt(date, date) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE OPERATOR public.< (LEFTARG = date, RIGHTARG = date, FUNCTION = public.pt_date_lt);
CREATE FUNCTION public.pt_text_eq(text, text) RETURNS boolean LANGUAGE sql AS $$ SELECT false $$;
CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = text, FUNCTION = public.pt_text_eq);
RESET ROLE;

-- a victim whose search_path puts public first
SET search_path = public, policy_tracker;
SELECT b.what, b.digest = n.digest AS unchanged FROM baseline b JOIN (
SELECT 'overdue' AS what, md5(string_agg(f::text, '|' ORDER BY f::text)) AS digest FROM overdue_on('2018-07-01') f
UNION ALL SELECT 'due', md5(string_agg(f::text, '|' ORDER BY f::text)) FROM due_between('2018-01-01', '2018-12-31') f
UNION ALL SELECT 'overview', md5(string_agg(v::text, '|' ORDER BY v::text)) FROM action_overview v
UNION ALL SELECT 'workload', md5(string_agg(v::text, '|' ORDER BY v::text)) FROM actor_workload v
UNION ALL SELECT 'coverage', md5(string_agg(v::text, '|' ORDER BY v::text)) FROM paragraph_coverage v
UNION ALL SELECT 'calendar', md5(string_agg(v::text, '|' ORDER BY v::text)) FROM deadline_calendar v
UNION ALL SELECT 'graph', md5(string_agg(v::text, '|' ORDER BY v::text)) FROM reference_graph v
UNION ALL SELECT 'actor', (policy_tracker.resolve_actor('Cion')).name
UNION ALL SELECT 'actors_in', pg_catalog.string_agg(actor, '|' ORDER BY pos) FROM policy_tracker.actors_in('Presidency supported by EEAS')
) n USING (what) ORDER BY 1;

-- the loader and the importer still do their work
INSERT INTO document (ref, kind) VALUES ('ST 66 2018 INIT', 'action_plan');
SELECT outcome FROM policy_tracker.load_action_plan('ST 66 2018 INIT',
  E'heading,action,lead,involved,deadline,progress,notes\nH,Act,Commission,ENISA,by mid-2018,,');
SELECT a.title, policy_tracker.due_date(a.deadline) AS due, string_agg(aa.actor || ':' || aa.role, ', ' ORDER BY aa.actor)
FROM action a JOIN action_actor aa ON aa.action = a.id
WHERE a.plan OPERATOR(policy_tracker.=) 'ST 66 2018 INIT' GROUP BY 1, 2;
SELECT what, found FROM policy_tracker.import_conclusions('ST 66 2018 INIT',
  E'1. CALLS ON the Commission to report by mid-2018;', 'en') WHERE found > 0;

-- clean up
SET search_path = public, policy_tracker;
DROP OWNED BY regress_pt_intruder;
DROP ROLE regress_pt_intruder;
DELETE FROM action_actor WHERE action IN (SELECT id FROM action WHERE plan OPERATOR(policy_tracker.=) 'ST 66 2018 INIT');
DELETE FROM action WHERE plan OPERATOR(policy_tracker.=) 'ST 66 2018 INIT';
DELETE FROM paragraph_actor WHERE document OPERATOR(policy_tracker.=) 'ST 66 2018 INIT';
DELETE FROM paragraph_deadline WHERE document OPERATOR(policy_tracker.=) 'ST 66 2018 INIT';
DELETE FROM paragraph_text WHERE document OPERATOR(policy_tracker.=) 'ST 66 2018 INIT';
DELETE FROM paragraph WHERE document OPERATOR(policy_tracker.=) 'ST 66 2018 INIT';
DELETE FROM document WHERE ref OPERATOR(policy_tracker.=) 'ST 66 2018 INIT';

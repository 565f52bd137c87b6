-- The tracking model's answers on the cluster equal the single node's:
-- tables, overdue_on and the other functions, every view (plain and typed),
-- the loaders, and what roles see by clearance.  Large answers are given as
-- a row count and an md5 of the rows in a fixed order.
\set VERBOSITY terse
SET search_path = public, policy_tracker;
SET citus.enable_repartition_joins = on;

-- what was loaded
SELECT (SELECT count(*) FROM document) AS documents, (SELECT count(*) FROM paragraph) AS paragraphs,
       (SELECT count(*) FROM paragraph_text) AS texts, (SELECT count(*) FROM paragraph_actor) AS addressees,
       (SELECT count(*) FROM paragraph_deadline) AS deadlines, (SELECT count(*) FROM reference) AS refs,
       (SELECT count(*) FROM action) AS actions, (SELECT count(*) FROM action_actor) AS links,
       (SELECT count(*) FROM action_paragraph) AS action_paragraphs, (SELECT count(*) FROM progress) AS reports,
       (SELECT count(*) FROM action_status) AS statuses, (SELECT count(*) FROM action_digest) AS digests,
       (SELECT sum(linked) FROM actor_load) AS load_linked;
SELECT count(*), md5(string_agg(p::text, '|' ORDER BY p.document, p.number, p.item)) FROM paragraph AS p;
SELECT count(*), md5(string_agg(t::text, '|' ORDER BY t.document, t.number, t.item, t.lang)) FROM paragraph_text AS t;
SELECT count(*), md5(string_agg(format('%s %s %s %s %s %s', r.from_doc, r.number, r.item, r.to_doc, r.footnote, r.lang), '|'
                               ORDER BY r.from_doc, r.number, r.item, r.to_doc, r.footnote)) FROM reference AS r;

-- overdue_on: the example plan in full, everything as a digest
SELECT number, title, deadline, due_date, leads, status FROM overdue_on('2019-01-01')
WHERE plan = '14965/17' ORDER BY due_date, number;
SELECT d, count(*), md5(string_agg(o::text, '|' ORDER BY o.due_date, o.plan, o.number))
FROM (VALUES (date '2018-06-30'), ('2020-01-01'), ('2023-12-31')) AS v(d), overdue_on(v.d) AS o
GROUP BY d ORDER BY d;
SELECT count(*), md5(string_agg(o::text, '|' ORDER BY o.due_date, o.plan, o.number)) FROM due_between('2018-01-01', '2021-12-31') AS o;
SELECT count(*), md5(string_agg(o::text, '|' ORDER BY o)) FROM actions_on('2019-06-30') AS o;
SELECT count(*), md5(string_agg(o::text, '|' ORDER BY o)) FROM actions_on('2019-06-30', '14965/17') AS o;
SELECT status_on('14965/17', 31, '2018-05-01'), status_on('14965/17', 31, '2018-04-01');
SELECT paragraphs_of(a.id), actors_of(a.id, '{lead}') FROM action AS a WHERE a.plan = '14965/17' AND a.number IN (1, 5, 31) ORDER BY a.number;
SELECT md5(timeline_svg('14965/17', '2019-01-01')), md5(plan_report('14965/17', '2019-01-01', '2018-01-01'));

-- every view, typed and plain
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v.plan_ref, v.number)) FROM action_overview_typed AS v;
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v.plan, v.number)) FROM action_overview AS v;
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v.plan_ref, v.actor)) FROM actor_workload_typed AS v;
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v.plan, v.actor)) FROM actor_workload AS v;
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v.document_ref, v.number)) FROM paragraph_coverage_typed AS v;
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v.document, v.number)) FROM paragraph_coverage AS v;
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v.plan_ref, v.term_start, v.month NULLS FIRST)) FROM deadline_calendar_typed AS v;
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v.plan, v.term_start, v.month NULLS FIRST)) FROM deadline_calendar AS v;
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v)) FROM reference_graph_typed AS v;
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v)) FROM reference_graph AS v;
SELECT count(*) FILTER (WHERE cited_in_database) AS in_db, count(*) FILTER (WHERE family_in_database) AS family_in_db
FROM reference_graph;
SELECT number, verbs, addressees, deadlines, actions_linked, uncovered FROM paragraph_coverage
WHERE document = '14435/17' AND number IN (30, 40, 47) ORDER BY number;

-- the loaders, on a document and a plan of their own (rolled back; numbers
-- outside the generated register at any size)
BEGIN;
INSERT INTO document (ref, kind, marking) VALUES ('ST 9999 2021 INIT', 'action_plan', 'LIMITE');
\set plan_csv `cat data/action_plan_14965-17.csv`
SELECT outcome, count(*) FROM load_action_plan('ST 9999 2021 INIT', :'plan_csv') GROUP BY outcome ORDER BY outcome;
\set conclusions_text `cat ../shared/corpus/13943-17_draft-conclusions_en.txt`
INSERT INTO document (ref, kind) VALUES ('ST 9998 2021 INIT', 'conclusions');
SELECT count(*), md5(string_agg(i::text, '|' ORDER BY i::text)) FROM import_conclusions('ST 9998 2021 INIT', :'conclusions_text', 'en') AS i;
SELECT count(*) FROM paragraph WHERE document = 'ST 9998 2021 INIT';
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v.number)) FROM action_overview AS v WHERE v.plan = '9999/21';
ROLLBACK;

-- access by marking: what each role sees
SET ROLE pt_analyst;
SELECT (SELECT count(*) FROM document) AS documents, (SELECT count(*) FROM paragraph) AS paragraphs,
       (SELECT count(*) FROM paragraph_text) AS texts, (SELECT count(*) FROM reference) AS refs,
       (SELECT count(*) FROM action) AS actions, (SELECT count(*) FROM progress) AS reports,
       (SELECT count(*) FROM clearance) AS clearances;
SELECT count(*) FROM document WHERE marking <> 'PUBLIC';
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v.plan_ref, v.number)) FROM action_overview_typed AS v;
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v.document_ref, v.number)) FROM paragraph_coverage_typed AS v;
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v)) FROM reference_graph AS v;
SELECT count(*), md5(string_agg(o::text, '|' ORDER BY o.due_date, o.plan, o.number)) FROM overdue_on('2023-12-31') AS o;
SELECT count(*) FROM paragraph WHERE document = 'ST 20005 2019 INIT';
RESET ROLE;
SET ROLE pt_cleared;
SELECT (SELECT count(*) FROM document) AS documents, (SELECT count(*) FROM paragraph) AS paragraphs,
       (SELECT count(*) FROM reference) AS refs, (SELECT count(*) FROM action) AS actions,
       (SELECT count(*) FROM clearance) AS clearances;
SELECT marking, count(*) FROM document GROUP BY marking ORDER BY marking;
SELECT count(*), md5(string_agg(v::text, '|' ORDER BY v.plan_ref, v.actor)) FROM actor_workload_typed AS v;
SELECT count(*), md5(string_agg(o::text, '|' ORDER BY o.due_date, o.plan, o.number)) FROM overdue_on('2023-12-31') AS o;
RESET ROLE;

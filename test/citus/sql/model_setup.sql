-- The tracking model for model.sql: on the coordinator (:citus true) laid
-- out by citus_distribute_model() while still empty, on the single node as
-- installed; then the same data through the same statements on both: the
-- example (data/load.sql, with import_conclusions and load_action_plan) and
-- a generated workload.  Output not compared; ON_ERROR_STOP.
\set VERBOSITY terse
SET search_path = public, policy_tracker;
-- the example's texts are copied from one document's paragraphs to
-- another's: a join on document that Citus runs by repartitioning (an
-- unused placeholder setting on the single node)
SET citus.enable_repartition_joins = on;

\if :citus
SELECT * FROM policy_tracker.citus_distribute_model();
\endif

-- roles Citus reaches the workers as (LOGIN): an analyst without clearance
-- and one cleared for LIMITE (the roles and grants propagate to the workers)
CREATE ROLE pt_analyst LOGIN;
CREATE ROLE pt_cleared LOGIN;
GRANT USAGE ON SCHEMA policy_tracker TO pt_analyst, pt_cleared;
GRANT SELECT ON ALL TABLES IN SCHEMA policy_tracker TO pt_analyst, pt_cleared;
INSERT INTO policy_tracker.clearance VALUES ('pt_cleared', 'LIMITE');

-- the example, as the README loads it
\ir ../../../data/load.sql
SET search_path = public, policy_tracker;
SET citus.enable_repartition_joins = on;
SELECT policy_tracker.record_progress('14965/17', 31, 'done', '2018-04-20', 'roadmap endorsed by COSI');
SELECT policy_tracker.record_progress('14965/17', 1, 'in_progress', '2018-06-01');
SELECT policy_tracker.record_progress('14965/17', 2, 'delayed', '2018-09-01');

-- The generated register: :docs documents, :refs references each, :actions
-- actions per plan (run.sh sets them: 500, 10 and 50 by default, so that
-- the test stays fast; CITUS_MODEL_SIZE=register gives the issue's 10,000
-- documents, 1,000,000 references and 100,000 actions):
--   documents ST 20000+i 2019 INIT: one in 10 LIMITE, one in 200
--     RESTREINT UE; two in 100 action plans (half of them marked);
--   5 paragraphs each (texts, an addressee, every 3rd a deadline);
--   the references: half to generated documents (every 5th a revision that
--     is not in the database), half to documents that are not there;
--   each plan's actions loaded by load_action_plan from a generated CSV,
--     with progress and links to paragraphs.
\if :{?docs}
\else
\set docs 500
\endif
\if :{?refs}
\else
\set refs 10
\endif
\if :{?actions}
\else
\set actions 50
\endif
BEGIN;
INSERT INTO policy_tracker.document (ref, kind, title, adopted_on, marking)
SELECT format('ST %s 2019 INIT', 20000 + i)::docnum,
       CASE WHEN i % 100 IN (0, 5) THEN 'action_plan' ELSE 'conclusions' END,
       format('Generated document %s', i), date '2019-01-01' + i % 365,
       CASE WHEN i % 200 = 5 THEN 'RESTREINT UE/EU RESTRICTED' WHEN i % 10 = 5 THEN 'LIMITE' ELSE 'PUBLIC' END
FROM generate_series(1, :docs) AS i;
INSERT INTO policy_tracker.paragraph (document, number, item, chapter, part, verbs, topic, lang)
SELECT format('ST %s 2019 INIT', 20000 + i)::docnum, n, 0, 'I', 'operative',
       ARRAY[(ARRAY['CALLS ON', 'INVITES', 'WELCOMES', 'STRESSES'])[1 + (i + n) % 4]],
       format('topic %s.%s', i, n), 'en'
FROM generate_series(1, :docs) AS i, generate_series(1, 5) AS n;
INSERT INTO policy_tracker.paragraph_text (document, number, item, lang, body)
SELECT p.document, p.number, 0, 'en', format('Paragraph %s of %s: the Council %s the Member States.', p.number, p.document, p.verbs[1])
FROM policy_tracker.paragraph AS p WHERE p.topic LIKE 'topic %';
INSERT INTO policy_tracker.paragraph_actor (document, number, item, actor)
SELECT p.document, p.number, 0,
       (ARRAY['European Commission', 'Member States', 'European Union Agency for Cybersecurity', 'Europol'])[1 + p.number % 4]
FROM policy_tracker.paragraph AS p WHERE p.topic LIKE 'topic %';
INSERT INTO policy_tracker.paragraph_deadline (document, number, item, deadline, phrase)
SELECT p.document, p.number, 0, format('%s 20%s', (ARRAY['March', 'June', 'December'])[1 + p.number % 3], 20 + p.number)::deadline,
       'by then'
FROM policy_tracker.paragraph AS p WHERE p.topic LIKE 'topic %' AND p.number % 3 = 0;
INSERT INTO policy_tracker.reference (from_doc, number, to_doc, footnote)
SELECT format('ST %s 2019 INIT', 20000 + i)::docnum, 1 + k % 5,
       CASE WHEN k <= :refs / 2 THEN format('ST %s 2019 %s', 20000 + 1 + (i * 7 + k) % :docs, CASE WHEN k % 5 = 0 THEN 'REV 1' ELSE 'INIT' END)
            ELSE format('ST %s 2018 INIT', 30000 + (i * 13 + k) % 5000) END::docnum,
       CASE WHEN k % 4 = 0 THEN k END
FROM generate_series(1, :docs) AS i, generate_series(1, :refs) AS k
WHERE format('ST %s 2019 INIT', 20000 + i) <> format('ST %s 2019 INIT', 20000 + 1 + (i * 7 + k) % :docs) OR k > :refs / 2;
COMMIT;

-- the plans' actions, through the loader: :actions per plan, CSV
-- generated with deadlines in several modes and known actors
SELECT count(*) AS loaded_rows FROM (
    SELECT policy_tracker.load_action_plan(d.ref,
        'heading,action,lead,involved,deadline,progress,notes' || E'\n' ||
        string_agg(format('Heading %s,Action %s of %s,%s,%s,%s,,',
                          1 + n / 10, n, d.ref,
                          (ARRAY['European Commission', 'Member States', 'ENISA', 'Europol', 'Presidency'])[1 + n % 5],
                          (ARRAY['EEAS', 'Europol', 'CERT-EU', '"Member States, ENISA"', 'Council'])[1 + (n * 3) % 5],
                          (ARRAY['May 2018', 'end of 2019', 'Q3 2020', 'ongoing', 'June 2021', '2022', ''])[1 + n % 7]),
                   E'\n' ORDER BY n)) AS r
    FROM policy_tracker.document AS d, generate_series(1, :actions) AS n
    WHERE d.kind = 'action_plan' AND d.title LIKE 'Generated%'
    GROUP BY d.ref
) AS loaded;
BEGIN;
INSERT INTO policy_tracker.progress (action, reported_on, status, note)
SELECT a.id, date '2018-01-01' + (a.number * 37 + k * 101) % 1500,
       (ARRAY['not_started', 'in_progress', 'done', 'delayed', 'blocked', 'dropped'])[1 + (a.number + k) % 6],
       format('report %s', k)
FROM policy_tracker.action AS a, generate_series(1, 3) AS k
WHERE a.title LIKE 'Action %' AND (a.number + k) % 4 <> 0
ORDER BY a.id, k;
INSERT INTO policy_tracker.action_paragraph (action, document, number, item)
SELECT a.id, format('ST %s 2019 INIT', 20000 + 1 + (a.number * 11) % :docs)::docnum, 1 + a.number % 5, 0
FROM policy_tracker.action AS a WHERE a.title LIKE 'Action %' AND a.number % 3 <> 0;
COMMIT;

-- a few generated conclusions read by import_conclusions from the corpus
-- text (the loader writes paragraphs, texts, addressees, deadlines and
-- references of a distributed document)
\set conclusions_text `cat ../shared/corpus/13943-17_draft-conclusions_en.txt`
SELECT count(*) AS imported
FROM generate_series(1, 3) AS i,
     policy_tracker.import_conclusions(format('ST %s 2019 INIT', 20000 + i * 7)::docnum, :'conclusions_text', 'en');

-- statistics, as autovacuum would gather them after a load: without them
-- the single node plans the views' aggregates as nested loops (minutes at
-- the register's size), and the comparison would measure that
ANALYZE;

-- access by marking holds, whatever the layout: the analyst without
-- clearance sees no LIMITE or RESTREINT row in any table or view, and the
-- cleared role sees LIMITE but not RESTREINT (an exception fails the setup)
CREATE TABLE public.pt_marked AS
SELECT ref, marking FROM policy_tracker.document WHERE marking <> 'PUBLIC';
-- raises unless ok: the counts below are plain queries (as the roles run
-- them), only the verdict is in plpgsql
CREATE FUNCTION public.pt_assert(ok boolean, what text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF ok IS NOT TRUE THEN RAISE EXCEPTION 'access check failed: %', what; END IF;
END $$;
GRANT SELECT ON public.pt_marked TO pt_analyst, pt_cleared;
SET ROLE pt_analyst;
SELECT pt_assert(count(*) = 0, 'the analyst sees marked documents')
FROM policy_tracker.document WHERE marking <> 'PUBLIC';
SELECT pt_assert(count(*) > 0, 'the analyst sees no paragraph') FROM policy_tracker.paragraph;
-- no row of a marked document in any table or view the analyst reads
SELECT pt_assert(count(*) = 0, 'the analyst sees rows of marked documents in paragraph')
FROM policy_tracker.paragraph AS v WHERE v.document IN (SELECT m.ref FROM public.pt_marked AS m);
SELECT pt_assert(count(*) = 0, 'the analyst sees rows of marked documents in paragraph_text')
FROM policy_tracker.paragraph_text AS v WHERE v.document IN (SELECT m.ref FROM public.pt_marked AS m);
SELECT pt_assert(count(*) = 0, 'the analyst sees rows of marked documents in paragraph_actor')
FROM policy_tracker.paragraph_actor AS v WHERE v.document IN (SELECT m.ref FROM public.pt_marked AS m);
SELECT pt_assert(count(*) = 0, 'the analyst sees rows of marked documents in paragraph_deadline')
FROM policy_tracker.paragraph_deadline AS v WHERE v.document IN (SELECT m.ref FROM public.pt_marked AS m);
SELECT pt_assert(count(*) = 0, 'the analyst sees rows of marked documents in reference')
FROM policy_tracker.reference AS v WHERE v.from_doc IN (SELECT m.ref FROM public.pt_marked AS m);
SELECT pt_assert(count(*) = 0, 'the analyst sees rows of marked documents in action')
FROM policy_tracker.action AS v WHERE v.plan IN (SELECT m.ref FROM public.pt_marked AS m);
SELECT pt_assert(count(*) = 0, 'the analyst sees rows of marked documents in action_overview')
FROM policy_tracker.action_overview_typed AS v WHERE v.plan_ref IN (SELECT m.ref FROM public.pt_marked AS m);
SELECT pt_assert(count(*) = 0, 'the analyst sees rows of marked documents in paragraph_coverage')
FROM policy_tracker.paragraph_coverage_typed AS v WHERE v.document_ref IN (SELECT m.ref FROM public.pt_marked AS m);
SELECT pt_assert(count(*) = 0, 'the analyst sees rows of marked documents in reference_graph')
FROM policy_tracker.reference_graph_typed AS v WHERE v.citing_ref IN (SELECT m.ref FROM public.pt_marked AS m);
SELECT pt_assert(count(*) = 0, 'the analyst sees rows of marked documents in deadline_calendar')
FROM policy_tracker.deadline_calendar_typed AS v WHERE v.plan_ref IN (SELECT m.ref FROM public.pt_marked AS m);
SELECT pt_assert(count(*) = 0, 'the analyst sees rows of marked documents in actor_workload')
FROM policy_tracker.actor_workload_typed AS v WHERE v.plan_ref IN (SELECT m.ref FROM public.pt_marked AS m);
SELECT pt_assert(count(*) = 0, 'the analyst sees rows of marked documents in overdue_on')
FROM policy_tracker.overdue_on('2030-01-01') AS v WHERE v.plan::policy_tracker.docnum IN (SELECT m.ref FROM public.pt_marked AS m);
RESET ROLE;
SET ROLE pt_cleared;
SELECT pt_assert(count(*) = (SELECT count(*) FROM public.pt_marked WHERE marking = 'LIMITE') AND count(*) > 0,
                 'the cleared role sees other than the LIMITE documents')
FROM policy_tracker.document WHERE marking <> 'PUBLIC';
SELECT pt_assert(count(*) FILTER (WHERE m.marking <> 'LIMITE') = 0 AND count(*) FILTER (WHERE m.marking = 'LIMITE') > 0,
                 'the cleared role sees paragraphs above LIMITE, or none of LIMITE')
FROM policy_tracker.paragraph AS p JOIN public.pt_marked AS m ON m.ref = p.document;
RESET ROLE;

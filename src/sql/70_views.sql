-- Views, in two sets.  <name>_typed has every column, the facts also in
-- the extension's types (plan_ref docnum, deadline_value deadline, ...)
-- for analysts in SQL, who can hand them to docnum_url, is_overdue and the
-- like; <name> has its plain-typed columns only (text, date, int,
-- boolean), so BI tools read it over ODBC, JDBC or Npgsql without knowing
-- the extension's types.  <name> selects from <name>_typed: the planner
-- drops the columns a query does not use.  Every view that counts actions
-- has a plan column, and paragraphs are named with their document.
--
-- Every view runs with the rights of the role that reads it
-- (security_invoker): what it reads goes through the row-level security of
-- each table (50_access.sql), so a view shows exactly the rows its reader may
-- read.  The policies' quals are security quals: PostgreSQL evaluates them
-- before any qual the reader adds that is not leakproof (a function that
-- raises its argument, a cast that fails on it), and row counts in EXPLAIN
-- ANALYZE count visible rows only.  Readers need SELECT on the tables (the
-- README's analyst grants).

CREATE VIEW @extschema@.action_overview_typed WITH (security_invoker = true) AS
SELECT a.id AS action_id,
       @extschema@.docnum_display(a.plan) AS plan,
       a.number,
       a.heading,
       a.title,
       dg.leads,
       dg.involved,
       a.deadline_text,
       a.deadline::text AS deadline,
       @extschema@.due_date(a.deadline) AS due_date,
       pg_catalog.lower(@extschema@.deadline_period(a.deadline)) AS period_start,
       (pg_catalog.upper(@extschema@.deadline_period(a.deadline)) - 1) AS period_end,
       s.status,
       s.reported_on AS status_date,
       @extschema@.traffic_light(s.status, a.deadline, CURRENT_DATE) AS traffic_light,
       par.paragraphs,
       @extschema@.presidency(@extschema@.due_date(a.deadline)) AS presidency_at_due,
       a.plan AS plan_ref,
       a.deadline AS deadline_value,
       @extschema@.docnum_url(a.plan) AS plan_url,
       @extschema@.light_reason(s.status, s.reported_on, a.deadline, CURRENT_DATE) AS light_reason,
       dg.monitoring
FROM @extschema@.action AS a
LEFT JOIN @extschema@.action_status AS s ON s.action = a.id
-- the actors' names as actors_of() gives them, kept in action_digest (a
-- join per action with the actors cost 15 microseconds an action: bench,
-- 100,000 actions); what paragraphs_of() returns, written out: a subquery
-- costs a third of a function call per row
LEFT JOIN @extschema@.action_digest AS dg ON dg.action = a.id
LEFT JOIN LATERAL (
    SELECT pg_catalog.string_agg(@extschema@.docnum_display(l.document) || ': ' || l.numbers, '; '
                                 ORDER BY l.document) AS paragraphs
    FROM (SELECT d.document, pg_catalog.string_agg(d.number::text, ', ' ORDER BY d.number) AS numbers
          FROM (SELECT DISTINCT ap.document, ap.number FROM @extschema@.action_paragraph AS ap
                WHERE ap.action = a.id) AS d
          GROUP BY d.document) AS l) AS par ON true;
COMMENT ON VIEW @extschema@.action_overview_typed IS 'one row per action: who, when, latest status and traffic light (with docnum and deadline columns, for SQL)';
COMMENT ON COLUMN @extschema@.action_overview_typed.action_id IS 'action key';
COMMENT ON COLUMN @extschema@.action_overview_typed.plan IS 'action plan, cover-page form';
COMMENT ON COLUMN @extschema@.action_overview_typed.number IS 'position in the plan';
COMMENT ON COLUMN @extschema@.action_overview_typed.heading IS 'heading the action is listed under';
COMMENT ON COLUMN @extschema@.action_overview_typed.title IS 'the action';
COMMENT ON COLUMN @extschema@.action_overview_typed.leads IS 'lead actors';
COMMENT ON COLUMN @extschema@.action_overview_typed.involved IS 'involved and supporting actors';
COMMENT ON COLUMN @extschema@.action_overview_typed.deadline_text IS 'deadline as written';
COMMENT ON COLUMN @extschema@.action_overview_typed.deadline IS 'deadline, canonical';
COMMENT ON COLUMN @extschema@.action_overview_typed.due_date IS 'last day to deliver';
COMMENT ON COLUMN @extschema@.action_overview_typed.period_start IS 'first day of the deadline period';
COMMENT ON COLUMN @extschema@.action_overview_typed.period_end IS 'last day of the deadline period (NULL when open)';
COMMENT ON COLUMN @extschema@.action_overview_typed.status IS 'latest reported status';
COMMENT ON COLUMN @extschema@.action_overview_typed.status_date IS 'date of the latest report';
COMMENT ON COLUMN @extschema@.action_overview_typed.traffic_light IS 'green done; amber in progress or delayed; red blocked or overdue today; grey not started or dropped';
COMMENT ON COLUMN @extschema@.action_overview_typed.paragraphs IS 'the conclusion paragraphs the action implements, by document: "13943/17: 5, 34"';
COMMENT ON COLUMN @extschema@.action_overview_typed.presidency_at_due IS 'member state holding the presidency on the due date';
COMMENT ON COLUMN @extschema@.action_overview_typed.plan_ref IS 'action plan (docnum)';
COMMENT ON COLUMN @extschema@.action_overview_typed.deadline_value IS 'deadline (deadline type)';
COMMENT ON COLUMN @extschema@.action_overview_typed.plan_url IS 'the plan in the Council register';
COMMENT ON COLUMN @extschema@.action_overview_typed.light_reason IS 'why the light: done, done late, dropped, blocked, overdue, overdue and reported delayed, delayed, in progress, not started';
COMMENT ON COLUMN @extschema@.action_overview_typed.monitoring IS 'actors that monitor the action (they neither lead nor deliver it)';

CREATE VIEW @extschema@.action_overview WITH (security_invoker = true) AS
SELECT action_id,
       plan,
       number,
       heading,
       title,
       leads,
       involved,
       deadline_text,
       deadline,
       due_date,
       period_start,
       period_end,
       status,
       status_date,
       traffic_light,
       paragraphs,
       presidency_at_due,
       plan_url,
       light_reason,
       monitoring
FROM @extschema@.action_overview_typed;
COMMENT ON VIEW @extschema@.action_overview IS 'one row per action: who, when, latest status and traffic light';

CREATE VIEW @extschema@.actor_workload_typed WITH (security_invoker = true) AS
-- counts per actor, plan and due date come from actor_load (kept by
-- triggers); only the actions whose latest report is dated after today are
-- looked at one by one, since their status today comes from the history
WITH load AS (
    SELECT l.actor, l.plan,
           pg_catalog.sum(l.led) AS led,
           pg_catalog.sum(l.involved) AS involved,
           pg_catalog.sum(l.linked) AS linked,
           pg_catalog.sum(l.monitored) AS monitored,
           pg_catalog.sum(l.open) FILTER (WHERE l.due < CURRENT_DATE) AS overdue,
           pg_catalog.min(l.due) FILTER (WHERE l.due >= CURRENT_DATE AND l.due < 'infinity' AND l.linked > 0)
             AS next_due
    FROM @extschema@.actor_load AS l
    GROUP BY l.actor, l.plan
), later AS (
    SELECT x.actor, d.plan,
           pg_catalog.sum((coalesce(@extschema@.status_on(d.action, CURRENT_DATE), '') NOT IN ('done', 'dropped'))::int
                          - d.open::int) AS overdue
    FROM @extschema@.action_status AS s
    JOIN @extschema@.action_digest AS d ON d.action = s.action
    CROSS JOIN LATERAL pg_catalog.unnest(d.linked_actors) AS x(actor)
    WHERE s.reported_on > CURRENT_DATE AND d.due < CURRENT_DATE
    GROUP BY x.actor, d.plan
)
SELECT ac.name AS actor, ac.short_name, ac.kind,
       w.led::int AS actions_led,
       w.involved::int AS actions_involved,
       (coalesce(w.overdue, 0) + coalesce(f.overdue, 0))::int AS overdue_today,
       w.next_due AS next_due_date,
       @extschema@.docnum_display(w.plan) AS plan,
       w.plan AS plan_ref,
       w.linked::int AS actions_linked,
       w.monitored::int AS actions_monitored
FROM load AS w
JOIN @extschema@.actor AS ac ON ac.id = w.actor
LEFT JOIN later AS f ON f.actor = w.actor AND f.plan OPERATOR(@extschema@.=) w.plan
WHERE w.linked > 0;
COMMENT ON VIEW @extschema@.actor_workload_typed IS 'one row per actor and plan with actions: how many it leads, is involved in, has any role in, has overdue today, and its next due date (with docnum and deadline columns, for SQL)';
COMMENT ON COLUMN @extschema@.actor_workload_typed.actor IS 'canonical name';
COMMENT ON COLUMN @extschema@.actor_workload_typed.short_name IS 'short name';
COMMENT ON COLUMN @extschema@.actor_workload_typed.kind IS 'kind of actor';
COMMENT ON COLUMN @extschema@.actor_workload_typed.actions_led IS 'actions it leads';
COMMENT ON COLUMN @extschema@.actor_workload_typed.actions_involved IS 'actions it is involved in or supports';
COMMENT ON COLUMN @extschema@.actor_workload_typed.overdue_today IS 'of actions_linked, those overdue today without a done or dropped status';
COMMENT ON COLUMN @extschema@.actor_workload_typed.next_due_date IS 'the next due date, today or later, among its actions';
COMMENT ON COLUMN @extschema@.actor_workload_typed.plan IS 'the action plan, cover-page form';
COMMENT ON COLUMN @extschema@.actor_workload_typed.plan_ref IS 'the action plan (docnum)';
COMMENT ON COLUMN @extschema@.actor_workload_typed.actions_linked IS 'actions it has any role in (lead, involved, support or monitoring)';
COMMENT ON COLUMN @extschema@.actor_workload_typed.actions_monitored IS 'actions it monitors (counted in actions_linked too)';

CREATE VIEW @extschema@.actor_workload WITH (security_invoker = true) AS
SELECT actor,
       short_name,
       kind,
       actions_led,
       actions_involved,
       overdue_today,
       next_due_date,
       plan,
       actions_linked,
       actions_monitored
FROM @extschema@.actor_workload_typed;
COMMENT ON VIEW @extschema@.actor_workload IS 'one row per actor and plan with actions: how many it leads, is involved in, has any role in, has overdue today, and its next due date';

CREATE VIEW @extschema@.paragraph_coverage_typed WITH (security_invoker = true) AS
WITH addressed AS (
    SELECT pa.document, pa.number,
           pg_catalog.string_agg(DISTINCT coalesce(ac.short_name, ac.name), ', ') AS addressees
    FROM @extschema@.paragraph_actor AS pa JOIN @extschema@.actor AS ac ON ac.name = pa.actor
    GROUP BY pa.document, pa.number
), dated AS (
    SELECT pd.document, pd.number, pg_catalog.string_agg(DISTINCT pd.deadline::text, ', ') AS deadlines
    FROM @extschema@.paragraph_deadline AS pd
    GROUP BY pd.document, pd.number
), linked AS (
    SELECT ap.document, ap.number, pg_catalog.count(DISTINCT ap.action)::int AS actions
    FROM @extschema@.action_paragraph AS ap
    JOIN @extschema@.action AS a ON a.id = ap.action
    GROUP BY ap.document, ap.number
)
SELECT @extschema@.docnum_display(p.document) AS document,
       p.number,
       p.chapter,
       p.topic,
       pg_catalog.array_to_string(p.verbs, ', ') AS verbs,
       ad.addressees,
       dt.deadlines,
       coalesce(ln.actions, 0) AS actions_linked,
       ad.addressees IS NOT NULL AS addresses_someone,
       dt.deadlines IS NOT NULL AS sets_deadline,
       (ad.addressees IS NOT NULL OR dt.deadlines IS NOT NULL) AND ln.actions IS NULL AS uncovered,
       p.document AS document_ref,
       @extschema@.docnum_url(p.document) AS document_url
FROM @extschema@.paragraph AS p
LEFT JOIN addressed AS ad ON ad.document OPERATOR(@extschema@.=) p.document AND ad.number = p.number
LEFT JOIN dated AS dt ON dt.document OPERATOR(@extschema@.=) p.document AND dt.number = p.number
LEFT JOIN linked AS ln ON ln.document OPERATOR(@extschema@.=) p.document AND ln.number = p.number
WHERE p.item = 0 AND p.part = 'operative';
COMMENT ON VIEW @extschema@.paragraph_coverage_typed IS 'one row per operative paragraph: what it asks of whom by when, and how many actions implement it (with docnum and deadline columns, for SQL)';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.document IS 'conclusions, cover-page form';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.number IS 'paragraph number';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.chapter IS 'chapter';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.topic IS 'one-line topic';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.verbs IS 'operative verbs';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.addressees IS 'whom the paragraph or its points address';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.deadlines IS 'deadlines the paragraph or its points set';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.actions_linked IS 'actions linked to the paragraph';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.addresses_someone IS 'calls on or invites someone';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.sets_deadline IS 'sets a deadline';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.uncovered IS 'addresses someone or sets a deadline, yet no action is linked';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.document_ref IS 'conclusions (docnum)';
COMMENT ON COLUMN @extschema@.paragraph_coverage_typed.document_url IS 'the conclusions in the Council register';

CREATE VIEW @extschema@.paragraph_coverage WITH (security_invoker = true) AS
SELECT document,
       number,
       chapter,
       topic,
       verbs,
       addressees,
       deadlines,
       actions_linked,
       addresses_someone,
       sets_deadline,
       uncovered,
       document_url
FROM @extschema@.paragraph_coverage_typed;
COMMENT ON VIEW @extschema@.paragraph_coverage IS 'one row per operative paragraph: what it asks of whom by when, and how many actions implement it';

CREATE VIEW @extschema@.deadline_calendar_typed WITH (security_invoker = true) AS
-- two GROUP BYs under UNION ALL rather than GROUPING SETS: a filter on the
-- plan is pushed below both, so one plan's calendar reads one plan's
-- actions (bench: 224 ms for one plan of 2,000 with GROUPING SETS)
WITH due AS NOT MATERIALIZED (  -- read twice, but filtered by plan first
    SELECT a.id, a.plan, @extschema@.due_date(a.deadline) AS due_date,
           @extschema@.presidency(@extschema@.due_date(a.deadline)) AS presidency,
           @extschema@.status_today(a.id, s.status, s.reported_on) AS status,
           @extschema@.presidency_term(@extschema@.presidency(@extschema@.due_date(a.deadline)),
               pg_catalog.date_part('year', @extschema@.due_date(a.deadline))::int) AS term
    FROM @extschema@.action AS a
    LEFT JOIN @extschema@.action_status AS s ON s.action = a.id
    WHERE @extschema@.due_date(a.deadline) IS NOT NULL
)
SELECT g.presidency,
       pg_catalog.lower(g.term) AS term_start,
       (pg_catalog.upper(g.term) - 1) AS term_end,
       g.month,
       g.actions_due,
       g.done,
       g.overdue,
       @extschema@.docnum_display(g.plan) AS plan,
       g.plan AS plan_ref
FROM (SELECT d.presidency, d.term, NULL::date AS month, d.plan,
             pg_catalog.count(*)::int AS actions_due,
             pg_catalog.count(*) FILTER (WHERE d.status = 'done')::int AS done,
             pg_catalog.count(*) FILTER (WHERE d.due_date < CURRENT_DATE
                                           AND d.status IS DISTINCT FROM 'done'
                                           AND d.status IS DISTINCT FROM 'dropped')::int AS overdue
      FROM due AS d
      GROUP BY 1, 2, 4
      UNION ALL
      SELECT d.presidency, d.term, pg_catalog.date_trunc('month', d.due_date)::date, d.plan,
             pg_catalog.count(*)::int,
             pg_catalog.count(*) FILTER (WHERE d.status = 'done')::int,
             pg_catalog.count(*) FILTER (WHERE d.due_date < CURRENT_DATE
                                           AND d.status IS DISTINCT FROM 'done'
                                           AND d.status IS DISTINCT FROM 'dropped')::int
      FROM due AS d
      GROUP BY 1, 2, 3, 4) AS g;
COMMENT ON VIEW @extschema@.deadline_calendar_typed IS 'actions due per plan and presidency term (month NULL), and per month within it: due, done, overdue today (with docnum and deadline columns, for SQL)';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.presidency IS 'member state holding the presidency at the due dates (NULL outside 2007-2030)';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.term_start IS 'first day of the term';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.term_end IS 'last day of the term';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.month IS 'first day of the month; NULL on the row for the whole term';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.actions_due IS 'actions due';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.done IS 'of those, done by today';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.overdue IS 'of those, overdue today';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.plan IS 'the action plan, cover-page form';
COMMENT ON COLUMN @extschema@.deadline_calendar_typed.plan_ref IS 'the action plan (docnum)';

CREATE VIEW @extschema@.deadline_calendar WITH (security_invoker = true) AS
SELECT presidency,
       term_start,
       term_end,
       month,
       actions_due,
       done,
       overdue,
       plan
FROM @extschema@.deadline_calendar_typed;
COMMENT ON VIEW @extschema@.deadline_calendar IS 'actions due per plan and presidency term (month NULL), and per month within it: due, done, overdue today';

CREATE VIEW @extschema@.reference_graph_typed WITH (security_invoker = true) AS
SELECT @extschema@.docnum_display(r.from_doc) AS citing_document,
       r.number AS citing_paragraph,
       r.footnote,
       r.to_doc::text AS cited,
       @extschema@.docnum_display(r.to_doc) AS cited_display,
       @extschema@.docnum_family(r.to_doc)::text AS cited_family,
       EXISTS (SELECT 1 FROM @extschema@.document AS d WHERE d.ref = r.to_doc) AS cited_in_database,
       EXISTS (SELECT 1 FROM @extschema@.document AS d
               WHERE @extschema@.docnum_family(d.ref) = @extschema@.docnum_family(r.to_doc)) AS family_in_database,
       r.detected,
       r.from_doc AS citing_ref,
       r.to_doc AS cited_ref,
       @extschema@.docnum_url(r.to_doc) AS cited_url
FROM @extschema@.reference AS r;
COMMENT ON VIEW @extschema@.reference_graph_typed IS 'one row per citation: who cites what, the cited document''s family, and whether it is in the database (with docnum and deadline columns, for SQL)';
COMMENT ON COLUMN @extschema@.reference_graph_typed.citing_document IS 'citing document, cover-page form';
COMMENT ON COLUMN @extschema@.reference_graph_typed.citing_paragraph IS 'citing paragraph, NULL for the document as a whole';
COMMENT ON COLUMN @extschema@.reference_graph_typed.footnote IS 'footnote number, if the citation is in one';
COMMENT ON COLUMN @extschema@.reference_graph_typed.cited IS 'cited document, canonical';
COMMENT ON COLUMN @extschema@.reference_graph_typed.cited_display IS 'cited document, cover-page form';
COMMENT ON COLUMN @extschema@.reference_graph_typed.cited_family IS 'initial version of the cited document (docnum_family)';
COMMENT ON COLUMN @extschema@.reference_graph_typed.cited_in_database IS 'the cited document itself is in policy_tracker.document';
COMMENT ON COLUMN @extschema@.reference_graph_typed.family_in_database IS 'some version of the cited document is in policy_tracker.document';
COMMENT ON COLUMN @extschema@.reference_graph_typed.detected IS 'found by import_conclusions';
COMMENT ON COLUMN @extschema@.reference_graph_typed.citing_ref IS 'citing document (docnum)';
COMMENT ON COLUMN @extschema@.reference_graph_typed.cited_ref IS 'cited document (docnum)';
COMMENT ON COLUMN @extschema@.reference_graph_typed.cited_url IS 'the cited document in the Council register or EUR-Lex';

CREATE VIEW @extschema@.reference_graph WITH (security_invoker = true) AS
SELECT citing_document,
       citing_paragraph,
       footnote,
       cited,
       cited_display,
       cited_family,
       cited_in_database,
       family_in_database,
       detected,
       cited_url
FROM @extschema@.reference_graph_typed;
COMMENT ON VIEW @extschema@.reference_graph IS 'one row per citation: who cites what, the cited document''s family, and whether it is in the database';

-- The plain views' columns say what their typed twins' columns say.
DO $$
DECLARE c record;
BEGIN
    FOR c IN SELECT v.relname AS plain, a.attname, d.description
             FROM pg_catalog.pg_class AS v
             JOIN pg_catalog.pg_class AS t ON t.relname = v.relname OPERATOR(pg_catalog.||) '_typed'
                                          AND t.relnamespace = v.relnamespace
             JOIN pg_catalog.pg_attribute AS a ON a.attrelid = v.oid AND a.attnum > 0
             JOIN pg_catalog.pg_attribute AS ta ON ta.attrelid = t.oid AND ta.attname = a.attname
             JOIN pg_catalog.pg_description AS d ON d.objoid = t.oid AND d.objsubid = ta.attnum
                                                AND d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass
             WHERE v.relnamespace = '@extschema@'::pg_catalog.regnamespace AND v.relkind = 'v'
    LOOP
        EXECUTE pg_catalog.format('COMMENT ON COLUMN @extschema@.%I.%I IS %L', c.plain, c.attname, c.description);
    END LOOP;
END $$;

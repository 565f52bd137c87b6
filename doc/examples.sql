-- Examples for doc/reference.md, one block per object ("-- @ name").
-- doc/build.sh runs each on the example data and writes its output into the
-- reference; make test rebuilds the reference and fails if it drifted.
-- @ docnum
SELECT '12762/5/17 REV5'::docnum AS canonical, 'COM(2017) 477 final/2'::docnum AS commission;
-- @ deadline
SELECT 'end of 2018/early 2019'::deadline AS span, 'uiterlijk medio 2018'::deadline AS dutch;
-- @ docnum_display
SELECT docnum_display('ST 12762 2017 REV 5'), docnum_display('EUCO 14 2017 INIT');
-- @ docnum_series
SELECT docnum_series('PE-CONS 30/26'), docnum_series('JOIN(2017) 450');
-- @ docnum_number
SELECT docnum_number('14435/17');
-- @ docnum_year
SELECT docnum_year('14435/17');
-- @ docnum_suffix
SELECT docnum_suffix('10729/4/16 REV 4 ADD 1'), docnum_suffix('COM(2017) 477 final/2');
-- @ docnum_revision
SELECT docnum_revision('12762/5/17 REV 5'), docnum_revision('14435/17');
-- @ docnum_family
SELECT docnum_family('10729/4/16 REV 4 ADD 1');
-- @ docnum_url
SELECT docnum_url('12762/5/17 REV 5'), docnum_url('COM(2017) 477', 'fr');
-- @ docnum_celex
SELECT docnum_celex('JOIN(2017) 450 final');
-- @ try_docnum
SELECT try_docnum('14435/17'), try_docnum('not a document');
-- @ is_docnum
SELECT is_docnum('EUCO 14/17'), is_docnum('CYBER 168');
-- @ docnums_in
SELECT * FROM docnums_in('doc. 14435/17 + COR 1 and (COM JOIN (2013) 1 final)');
-- @ docnum_cmp
SELECT docnum_cmp('9916/17', '14435/17');
-- @ docnum_hash
SELECT docnum_hash('14435/17') = docnum_hash('ST 14435 2017 INIT') AS same_hash;
-- @ docnum_hash_extended
SELECT docnum_hash_extended('14435/17', 0) & 4294967295 = docnum_hash('14435/17')::bigint & 4294967295 AS seed0_is_hash;
-- @ docnum_send
SELECT docnum_send('14435/17');
-- @ due_date
SELECT due_date('end of 2018/early 2019'), due_date('2018 and ongoing');
-- @ deadline_period
SELECT deadline_period('mid-2018'), deadline_period('from 2021'), 'ongoing'::deadline::daterange;
-- @ deadline_status
SELECT deadline_status('by mid-2018', '2018-07-01'), deadline_status('by mid-2018', '2018-09-01');
-- @ is_overdue
SELECT is_overdue('May 2018', '2018-06-01');
-- @ deadline_mode
SELECT deadline_mode('before May 2018'), deadline_mode('2018 and ongoing');
-- @ deadline_precision
SELECT deadline_precision('mid-2018'), deadline_precision('Q1 2018'), deadline_precision('BG Presidency 2018');
-- @ deadline_continuing
SELECT deadline_continuing('2018 and ongoing');
-- @ deadline_edtf
SELECT deadline_edtf('mid-2018'), deadline_edtf('end of 2018/early 2019'), deadline_edtf('by May 2018');
-- @ deadline_parse
SELECT deadline_parse('within six months', '2017-11-20'), deadline_parse('by the end of the year', '2017-11-20');
-- @ try_deadline
SELECT try_deadline('Anfang 2018'), try_deadline('soon');
-- @ is_deadline
SELECT is_deadline('fin 2018'), is_deadline('by May');
-- @ deadlines_in
SELECT * FROM deadlines_in('to present by December 2017 a report and in early 2018 a proposal');
-- @ presidency
SELECT presidency('2018-03-01'), presidency('2014-05-05');
-- @ presidency_term
SELECT presidency_term('AT', 2018);
-- @ deadline_cmp
SELECT deadline_cmp('end of 2017', 'early 2018');
-- @ deadline_hash
SELECT deadline_hash('by mid-2018') = deadline_hash('bis Mitte 2018') AS same_hash;
-- @ deadline_hash_extended
SELECT deadline_hash_extended('by mid-2018', 0) & 4294967295 = deadline_hash('by mid-2018')::bigint & 4294967295 AS seed0_is_hash;
-- @ deadline_send
SELECT deadline_send('by mid-2018');
-- @ min
SELECT min(ref) FROM (VALUES ('14435/17'::docnum), ('9916/17')) v(ref);
-- @ max
SELECT max(d) FROM (VALUES ('mid-2018'::deadline), ('early 2019')) v(d);
-- @ resolve_actor
SELECT (resolve_actor('Europese Commissie')).name, (resolve_actor('MS')).name;
-- @ actors_in
SELECT * FROM actors_in('Presidency supported by EEAS and/or European Commission');
-- @ actors_of
SELECT actors_of(1, '{lead}');
-- @ addressees
SELECT addressees('INVITES Europol, ENISA and Eurojust:');
-- @ calls_in
SELECT * FROM calls_in('The Council invites the Commission, in close cooperation with ENISA, to report; Member States are invited to share information.');
-- @ operative_verbs
SELECT operative_verbs('STRESSES the need and CALLS ON the Commission to act');
-- @ csv_records
SELECT * FROM csv_records(E'a,b\n"x, y","say ""hi"""');
-- @ read_document
SELECT seq, kind, field, number, item, label, chapter, body FROM read_document(E'Brussels, 3 March 2020\n\nI. Introduction\n\n1.\nINVITES the Commission to:\n- report by mid-2021;\n- act.\n');
-- @ import_conclusions
SELECT * FROM import_conclusions('ST 1 2019 INIT', E'1. CALLS ON the Commission to report by mid-2019;', 'en');
-- @ load_action_plan
INSERT INTO document (ref, kind) VALUES ('ST 2 2019 INIT', 'action_plan');
SELECT * FROM load_action_plan('ST 2 2019 INIT', E'heading,action,lead,involved,deadline,progress,notes\nH,Report,Commission,ENISA,mid-2019,,\nH,Hide,Martians,,2019,,', 'keep_good');
-- @ status_on
SELECT status_on('14965/17', 31, '2018-01-01') AS before_report, status_on('14965/17', 31, '2018-05-01') AS after_report;
-- @ record_progress
BEGIN;
SELECT record_progress('14965/17', 1, 'in progress', '2018-02-01', 'drafting started') > 0 AS recorded;
SELECT status_on('14965/17', 1, '2018-03-01');
ROLLBACK;
-- @ status_today
SELECT status_today(31, 'done', '2018-04-20');
-- @ overdue_on
SELECT number, deadline, due_date, leads FROM overdue_on('2018-07-01') LIMIT 3;
-- @ due_between
SELECT number, deadline, due_date, leads FROM due_between('2018-05-01', '2018-06-30');
-- @ next_due
SELECT next_due('each year by 31 March', '2018-07-01') AS yearly, next_due('every 6 months from 2019', '2019-07-01') AS half_yearly, next_due('by mid-2018', '2018-07-01') AS dated;
-- @ next_occurrence
SELECT next_occurrence('every 6 months from 2019', '2019-07-01'), next_occurrence('as soon as possible', '2019-07-01');
-- @ due_by
SELECT due_by('December 2018', 'end of 2018') AS due_by, 'December 2018'::deadline <= 'end of 2018' AS "<=";
-- @ actions_on
SELECT number, deadline, status, traffic_light, light_reason FROM actions_on('2018-07-01') WHERE number IN (7, 8, 31);
SELECT number, traffic_light FROM actions_on('2018-07-01', '14965/17') WHERE number IN (7, 8);
-- @ traffic_light
SELECT traffic_light('delayed', 'by mid-2018', '2018-07-01'), traffic_light('delayed', 'by mid-2018', '2018-06-01');
-- @ light_reason
SELECT light_reason('done', '2018-09-01', 'by mid-2018', '2018-10-01'), light_reason('delayed', '2018-06-01', 'by mid-2018', '2018-10-01');
-- @ paragraphs_of
SELECT paragraphs_of(a.id) FROM action a WHERE a.plan = '14965/17' AND a.number = 27;
-- @ load_action_plan_from
CREATE TEMP TABLE staged_plan (heading text, action text, lead text, involved text, deadline text, progress text, notes text);
INSERT INTO staged_plan VALUES ('H', 'Report', 'Commission', NULL, 'mid-2019', NULL, 'Monitored by COSI');
SELECT * FROM load_action_plan_from('ST 2 2019 INIT', 'staged_plan');
-- @ load_plan_check
SELECT load_plan_check('14965/17', 'keep_good');
-- @ load_plan_scratch
SELECT load_plan_scratch();  -- internal: makes (once per session) and empties the loader's work tables
SELECT count(*) AS rows_in_work_table FROM pg_temp.pt_plan_rows;
-- @ load_plan_rows
SELECT count(*) FROM pg_proc WHERE proname = 'load_plan_rows';  -- internal: load_action_plan and load_action_plan_from call it
-- @ timeline_svg
SELECT left(timeline_svg('14965/17', '2018-07-01'), 60) AS svg_start;
-- @ plan_report
SELECT length(plan_report('14965/17', '2018-07-01', '2018-01-01')) > 10000 AS a_page,
       left(plan_report('14965/17', '2018-07-01'), 15) AS starts;
-- @ xml_text
SELECT xml_text('Check <x> & "y"');
-- @ marking_rank
SELECT marking_rank('PUBLIC'), marking_rank('LIMITE'), marking_rank('RESTREINT UE/EU RESTRICTED');
-- @ clearance_level
SELECT clearance_level();
-- @ member_of
SELECT member_of(current_user) AS self, member_of('pg_read_all_data') AS reads_all, member_of('no_such_role') AS missing;
-- @ bypasses_rls
SELECT bypasses_rls();
-- @ clearance_level_nested
SELECT clearance_level_nested() = clearance_level() AS same_level;
-- @ document_visible
SELECT document_visible('14965/17') AS plan, document_visible('99999/99') AS missing;
-- @ citus_distribute_model
-- run on a Citus coordinator, with every worker added, as
--   SELECT * FROM citus_distribute_model();
-- (README, "Citus", shows its answer); here, without Citus, what it returns
-- and who may run it
SELECT pg_get_function_result('citus_distribute_model(int)'::regprocedure) AS returns,
       has_function_privilege('public', 'citus_distribute_model(int)', 'EXECUTE') AS public_may_run;
-- @ visible_documents
SELECT count(*) FROM visible_documents();
-- @ action_overview
SELECT number, leads, deadline, due_date, traffic_light, paragraphs, presidency_at_due FROM action_overview ORDER BY due_date NULLS LAST, number LIMIT 3;
-- @ actor_workload
SELECT short_name, actions_led, actions_involved FROM actor_workload ORDER BY actions_led DESC LIMIT 3;
-- @ paragraph_coverage
SELECT number, verbs, addressees, deadlines, actions_linked, uncovered FROM paragraph_coverage WHERE number IN (30, 40, 47);
-- @ deadline_calendar
SELECT presidency, term_start, term_end, actions_due FROM deadline_calendar WHERE month IS NULL ORDER BY term_start LIMIT 3;
-- @ reference_graph
SELECT citing_document, citing_paragraph, cited_display, cited_family FROM reference_graph WHERE citing_paragraph = 6 ORDER BY cited LIMIT 3;
-- @ action_overview_typed
SELECT number, plan_ref, deadline_value, is_overdue(deadline_value, '2018-07-01') AS overdue_1_july_2018 FROM action_overview_typed ORDER BY number LIMIT 3;
-- @ actor_workload_typed
SELECT short_name, plan_ref, actions_led FROM actor_workload_typed ORDER BY actions_led DESC LIMIT 3;
-- @ paragraph_coverage_typed
SELECT document_ref, number, uncovered FROM paragraph_coverage_typed WHERE number IN (30, 40);
-- @ deadline_calendar_typed
SELECT plan_ref, presidency, actions_due FROM deadline_calendar_typed WHERE month IS NULL ORDER BY term_start LIMIT 2;
-- @ reference_graph_typed
SELECT cited_ref, docnum_family(cited_ref) AS family FROM reference_graph_typed WHERE citing_paragraph = 6 ORDER BY cited LIMIT 2;
-- @ operators
SELECT '9916/17'::docnum < '14435/17'::docnum AS natural_order,
       'early 2018'::deadline < 'mid-2018'::deadline AS by_due_date,
       'mid-2018'::deadline @> date '2018-07-15' AS contains,
       'mid-2018'::deadline && daterange('2018-08-01', '2018-10-01') AS overlaps_range,
       'mid-2018'::deadline && 'end of 2018'::deadline AS overlaps_deadline;

-- every view, and the time functions, as a dashboard reads them
SELECT count(*) FROM policy_tracker.action_overview;
SELECT count(*) FROM policy_tracker.actor_workload;
SELECT count(*) FROM policy_tracker.paragraph_coverage;
SELECT count(*) FROM policy_tracker.deadline_calendar;
SELECT count(*) FROM policy_tracker.reference_graph;
SELECT count(*) FROM policy_tracker.overdue_on('2018-07-01');
SELECT count(*) FROM policy_tracker.due_between('2018-01-01', '2018-12-31');

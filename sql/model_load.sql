-- load_action_plan: every bad row reported with its reason; nothing
-- half-loaded; keep_good loads the good rows and keeps the others.
SET search_path = public, policy_tracker;
-- (error context lines name line numbers inside the loader: not its behaviour)
\set SHOW_CONTEXT never

INSERT INTO document (ref, kind, title) VALUES ('ST 99 2018 INIT', 'action_plan', 'test plan');

\set good 'heading,action,lead,involved,deadline,progress,notes\nH,First action,Commission,ENISA,by mid-2018,,\nH,"Second, with ""quotes""",Member States / Presidency,,end of 2018/early 2019,Progress monitored by COSI,n'
SELECT * FROM load_action_plan('ST 99 2018 INIT', :'good');
SELECT number, title, deadline, deadline_text, progress_text, notes FROM action ORDER BY number;
SELECT a.number, aa.actor, aa.role FROM action_actor aa JOIN action a ON a.id = aa.action ORDER BY 1, 3, 2;

-- loading again updates in place (same numbers), it does not duplicate
SELECT count(*) AS rows_reported FROM load_action_plan('ST 99 2018 INIT', :'good');
SELECT count(*) AS actions FROM action;

-- bad rows: an unknown actor, an unparseable deadline, a missing title, a short row
\set bad 'heading,action,lead,involved,deadline,progress,notes\nH,Third action,Commission,,2019,,\nH,Fourth action,Martians,ENISA and the Moon Agency,2019,,\nH,Fifth action,Commission,,when pigs fly,,\nH,,Commission,,2019,,\nH,Seventh\nH,Eighth action,EEAS,,2020,,'
SELECT * FROM load_action_plan('ST 99 2018 INIT', :'bad');
SELECT count(*) AS actions_after_failed_load FROM action;
SELECT count(*) AS rejects_after_failed_load FROM action_reject;

SELECT * FROM load_action_plan('ST 99 2018 INIT', :'bad', 'keep_good');
SELECT number, title, deadline FROM action ORDER BY number;
SELECT line, record[2] AS action, reason FROM action_reject ORDER BY line;

-- the wrong file, plan or mode
SELECT * FROM load_action_plan('ST 99 2018 INIT', E'heading,action,lead\nH,x,Commission');
SELECT * FROM load_action_plan('ST 99 2018 INIT', '');
SELECT * FROM load_action_plan('ST 98 2018 INIT', :'good');
SELECT * FROM load_action_plan('ST 99 2018 INIT', :'good', 'sometimes');
SELECT * FROM load_action_plan('ST 99 2018 INIT', E'heading,action,lead,involved,deadline,progress,notes\nH,"unterminated');

-- big files: COPY into a table with the seven columns, then load from it;
-- the same checks, reasons and modes (a row's line is its number + 1)
CREATE TEMP TABLE staged (heading text, action text, lead text, involved text, deadline text,
                          progress text, notes text);
COPY staged FROM STDIN (FORMAT csv, HEADER);
heading,action,lead,involved,deadline,progress,notes
H2,Ninth action,Commission,,Q3 2019,Monitored by COSI,
H2,Tenth action,Martians,,2019,,
H2,,EEAS,,tbc,,
\.
SELECT * FROM load_action_plan_from('ST 99 2018 INIT', 'staged');
SELECT * FROM load_action_plan_from('ST 99 2018 INIT', 'staged', 'keep_good');
-- "Monitored by" with a capital is the monitoring body too
SELECT a.number, aa.actor, aa.role FROM action_actor aa JOIN action a ON a.id = aa.action
WHERE a.title = 'Ninth action' ORDER BY 3, 2;
SELECT line, record[2] AS action, reason FROM action_reject WHERE record[1] = 'H2' ORDER BY line;
-- in one transaction, two loads (the loader's work tables are its own)
BEGIN;
SELECT count(*) FROM load_action_plan_from('ST 99 2018 INIT', 'staged', 'keep_good');
SELECT count(*) FROM load_action_plan('ST 99 2018 INIT', :'good');
ROLLBACK;
-- many plans in one transaction: the work tables are made once per session
-- and reused, so each load takes no new locks (tables made per load took a
-- lock on each, and a thousand loads ran out of lock space)
BEGIN;
SELECT count(*) FROM load_action_plan('ST 99 2018 INIT', :'good');
SELECT count(*) AS locks_after_one FROM pg_locks WHERE pid = pg_backend_pid() \gset
SELECT count(*) FROM generate_series(1, 20) AS i, load_action_plan('ST 99 2018 INIT', :'good') AS x;
SELECT count(*) - :locks_after_one < 20 AS no_new_lock_per_load FROM pg_locks WHERE pid = pg_backend_pid();
ROLLBACK;
CREATE TEMP TABLE staged_short (heading text, action text, lead text);
SELECT * FROM load_action_plan_from('ST 99 2018 INIT', 'staged_short');
SELECT * FROM load_action_plan_from('ST 99 2018 INIT', NULL);

-- CSV records: quotes, doubled quotes, line breaks inside quotes, CRLF
SELECT * FROM csv_records(E'a,b\r\n"x, y","say ""hi"""\n"two\nlines",\n');

-- clean up for the tests that follow
DELETE FROM action_actor; DELETE FROM action; DELETE FROM action_reject; DELETE FROM document;

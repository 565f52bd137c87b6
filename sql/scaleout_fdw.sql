-- Scale-out: docnum as a hash-partition key whose partitions live on another
-- database through postgres_fdw.  With the server option
-- extensions 'policy_tracker', filters on docnum and deadline are evaluated
-- on the remote side, and rows are routed by docnum's hash.
SET search_path = public, policy_tracker;
CREATE EXTENSION postgres_fdw;

\! dropdb --if-exists pt_regress_remote && createdb pt_regress_remote
\! psql -X -q -d pt_regress_remote -c 'CREATE EXTENSION policy_tracker' -c 'CREATE TABLE part0 (ref policy_tracker.docnum, due policy_tracker.deadline, title text)' -c 'CREATE TABLE part1 (LIKE part0)'

SELECT current_setting('unix_socket_directories') AS sockdir, current_setting('port') AS port \gset
CREATE SERVER pt_remote FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host :'sockdir', port :'port', dbname 'pt_regress_remote', extensions 'policy_tracker');
CREATE USER MAPPING FOR CURRENT_USER SERVER pt_remote;

CREATE TABLE sharded_actions (ref docnum, due deadline, title text) PARTITION BY HASH (ref);
CREATE FOREIGN TABLE sharded_actions_0 PARTITION OF sharded_actions
  FOR VALUES WITH (MODULUS 2, REMAINDER 0) SERVER pt_remote OPTIONS (table_name 'part0');
CREATE FOREIGN TABLE sharded_actions_1 PARTITION OF sharded_actions
  FOR VALUES WITH (MODULUS 2, REMAINDER 1) SERVER pt_remote OPTIONS (table_name 'part1');

INSERT INTO sharded_actions
SELECT format('%s/17', n)::docnum,
       (ARRAY['by mid-2018', 'end of 2018', 'early 2018', 'ongoing'])[1 + n % 4]::deadline,
       'action ' || n
FROM generate_series(1, 200) AS n;

-- every row went to a remote partition, and both got some
SELECT tableoid::regclass AS partition, count(*) > 50 AS balanced FROM sharded_actions GROUP BY 1 ORDER BY 1;
\! psql -X -q -A -t -d pt_regress_remote -c 'SELECT (SELECT count(*) FROM part0) + (SELECT count(*) FROM part1) AS remote_rows'

-- equality on docnum prunes to one partition and is evaluated remotely
EXPLAIN (VERBOSE, COSTS OFF) SELECT title FROM sharded_actions WHERE ref = '14435/17';
SELECT title FROM sharded_actions WHERE ref = '42/17';
-- deadline comparisons and functions ship as well
EXPLAIN (VERBOSE, COSTS OFF) SELECT count(*) FROM sharded_actions WHERE due < 'end of 2018' AND ref >= '100/17';
SELECT count(*) FROM sharded_actions WHERE due < 'end of 2018' AND ref >= '100/17';
EXPLAIN (VERBOSE, COSTS OFF) SELECT ref FROM sharded_actions WHERE docnum_number(ref) = 7 AND due_date(due) < '2018-06-01';
-- and give the same answers as the same rows held locally
CREATE TEMP TABLE local_copy AS SELECT * FROM sharded_actions;
SELECT (SELECT count(*) FROM sharded_actions WHERE due < 'end of 2018' AND ref >= '100/17')
     = (SELECT count(*) FROM local_copy WHERE due < 'end of 2018' AND ref >= '100/17') AS same_answer;

DROP TABLE sharded_actions;
SET client_min_messages = warning;
DROP SERVER pt_remote CASCADE;
RESET client_min_messages;
DROP EXTENSION postgres_fdw;
\! dropdb pt_regress_remote

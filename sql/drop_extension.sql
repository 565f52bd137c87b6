-- DROP EXTENSION ... CASCADE removes every object of the extension and every
-- column and view built on its types, and leaves the schema empty.
SET search_path = public, policy_tracker;
CREATE TABLE drop_probe (id int, ref docnum);
INSERT INTO drop_probe VALUES (1, '14435/17');
CREATE VIEW drop_probe_view AS SELECT docnum_display(ref) FROM drop_probe;
CREATE INDEX ON drop_probe (ref);

\set VERBOSITY terse
DROP EXTENSION policy_tracker CASCADE;
\set VERBOSITY default

SELECT count(*) AS extensions FROM pg_extension WHERE extname = 'policy_tracker';
-- the table survives without its docnum column; the view is gone
SELECT attname FROM pg_attribute
WHERE attrelid = 'drop_probe'::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum;
SELECT count(*) AS views FROM pg_class WHERE relname = 'drop_probe_view';
-- nothing is left in the schema: types, functions, operators, classes, tables
SELECT (SELECT count(*) FROM pg_type WHERE typnamespace = 'policy_tracker'::regnamespace) AS types,
       (SELECT count(*) FROM pg_proc WHERE pronamespace = 'policy_tracker'::regnamespace) AS functions,
       (SELECT count(*) FROM pg_operator WHERE oprnamespace = 'policy_tracker'::regnamespace) AS operators,
       (SELECT count(*) FROM pg_opclass WHERE opcnamespace = 'policy_tracker'::regnamespace) AS opclasses,
       (SELECT count(*) FROM pg_opfamily WHERE opfnamespace = 'policy_tracker'::regnamespace) AS opfamilies,
       (SELECT count(*) FROM pg_class WHERE relnamespace = 'policy_tracker'::regnamespace) AS relations;
-- PostgreSQL never drops the schema it created for the control file's
-- "schema"; it is empty, so a plain (RESTRICT) drop succeeds.
DROP SCHEMA policy_tracker;
DROP TABLE drop_probe;

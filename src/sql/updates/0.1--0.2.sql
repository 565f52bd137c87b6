-- policy_tracker 0.1 -> 0.2 (ALTER EXTENSION policy_tracker UPDATE).
--
-- Every change to the SQL objects after 0.1 goes here as well as into the
-- topic sources under src/sql/; test/upgrade proves that an updated 0.1
-- database has the same catalog and answers as a fresh 0.2 install.
-- Same rules as the install script: everything qualified with @extschema@
-- or pg_catalog.

\echo Use "ALTER EXTENSION policy_tracker UPDATE TO '0.2'" to load this file. \quit

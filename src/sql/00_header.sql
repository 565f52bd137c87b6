-- policy_tracker: install script, assembled by the Makefile from src/sql/*.sql
-- in name order (edit those, not the assembled policy_tracker--<version>.sql).
--
-- Every object is schema-qualified with @extschema@ and every reference to a
-- built-in with pg_catalog, so that neither the install nor a later
-- pg_restore (which runs with an empty search_path) depends on search_path.

\echo Use "CREATE EXTENSION policy_tracker" to load this file. \quit

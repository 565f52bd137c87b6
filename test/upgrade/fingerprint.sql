-- One line per table and view of the extension: its row count and an md5 of
-- its rows in a stable order, so that two databases can be compared with
-- diff.  Server-set times (recorded_at) differ between any two loads and are
-- left out; everything else, ids included, must match.
-- psql -v kinds="'r'" or "'r','v'" chooses tables, or tables and views.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
CREATE TEMP TABLE fp (relname text, kind text, rows bigint, digest text);
DO $$
DECLARE r record; n bigint; d text;
BEGIN
  FOR r IN SELECT c.relname, c.relkind::text AS kind
           FROM pg_catalog.pg_class c
           JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
           WHERE s.nspname = 'policy_tracker' AND c.relkind IN ('r', 'v')
           ORDER BY c.relname
  LOOP
    EXECUTE pg_catalog.format(
      'SELECT count(*), md5(coalesce(string_agg(j, E''\n'' ORDER BY j), '''')) '
      'FROM (SELECT (to_jsonb(t) - ''recorded_at'')::text AS j FROM policy_tracker.%I t) x',
      r.relname) INTO n, d;
    INSERT INTO fp VALUES (r.relname, r.kind, n, d);
  END LOOP;
END $$;
\pset format unaligned
\pset tuples_only on
SELECT relname, kind, rows, digest FROM fp WHERE kind IN (:kinds) ORDER BY relname;

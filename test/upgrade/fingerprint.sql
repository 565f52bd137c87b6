-- One line per table and view of the extension: its row count and an md5 of
-- its rows in a stable order, so that two databases can be compared with
-- diff.  Server-set times (recorded_at) differ between any two loads and are
-- left out; everything else, ids included, must match.
-- psql -v kinds="'r'" or "'r','v'" chooses tables, or tables and views.
-- When the database has a table public.pt_fingerprint_keys (relname,
-- keys), each table listed there is compared on those columns only and the
-- tables not listed are left out: the rows a version had must survive an
-- update, columns it adds are compared with a fresh install instead; and
-- only the rows pg_dump takes as user data (the table's condition in
-- pg_extension_config_dump, "WHERE NOT builtin" for actors): the
-- extension's own vocabulary rows may grow in an update.
\set ON_ERROR_STOP on
SET client_min_messages = warning;
CREATE TEMP TABLE fp (relname text, kind text, rows bigint, digest text);
DO $$
DECLARE r record; n bigint; d text; restricted boolean; cond text;
BEGIN
  restricted := to_regclass('public.pt_fingerprint_keys') IS NOT NULL;
  FOR r IN SELECT c.relname, c.relkind::text AS kind
           FROM pg_catalog.pg_class c
           JOIN pg_catalog.pg_namespace s ON s.oid = c.relnamespace
           WHERE s.nspname = 'policy_tracker' AND c.relkind IN ('r', 'v')
           ORDER BY c.relname
  LOOP
    IF restricted THEN
      CONTINUE WHEN NOT EXISTS (SELECT 1 FROM public.pt_fingerprint_keys k WHERE k.relname = r.relname);
      SELECT nullif(regexp_replace(e.extcondition[u.i], '^\s*WHERE\s+', '', 'i'), '') INTO cond
      FROM pg_catalog.pg_extension e, unnest(e.extconfig) WITH ORDINALITY AS u(c, i)
      WHERE e.extname = 'policy_tracker' AND u.c = ('policy_tracker.' || quote_ident(r.relname))::regclass;
      EXECUTE pg_catalog.format(
        'SELECT count(*), md5(coalesce(string_agg(j, E''\n'' ORDER BY j), '''')) '
        'FROM (SELECT (SELECT jsonb_object_agg(e.key, e.value) FROM jsonb_each(to_jsonb(t)) e '
        '              WHERE e.key = ANY (k.keys) AND e.key <> ''recorded_at'')::text AS j '
        '      FROM policy_tracker.%I t, public.pt_fingerprint_keys k WHERE k.relname = %L AND (%s)) x',
        r.relname, r.relname, coalesce(cond, 'true')) INTO n, d;
    ELSE
      EXECUTE pg_catalog.format(
        'SELECT count(*), md5(coalesce(string_agg(j, E''\n'' ORDER BY j), '''')) '
        'FROM (SELECT (to_jsonb(t) - ''recorded_at'')::text AS j FROM policy_tracker.%I t) x',
        r.relname) INTO n, d;
    END IF;
    INSERT INTO fp VALUES (r.relname, r.kind, n, d);
  END LOOP;
END $$;
\pset format unaligned
\pset tuples_only on
SELECT relname, kind, rows, digest FROM fp WHERE kind IN (:kinds) ORDER BY relname;

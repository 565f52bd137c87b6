-- The actor vocabulary is unambiguous: every name, short name and alias of
-- every actor leads back to that actor.  Run with psql in a database where
-- the extension is installed:
--
--     psql -X -d DB -f test/documents/vocabulary_check.sql
--
-- Each query lists offenders; every one is expected to return zero rows.
-- (test/documents/vocabulary_selfcheck.py checks the same statically,
-- without a database, from the SQL sources.)
\set ON_ERROR_STOP 1
\pset footer on

-- 1. resolve_actor(form) must return the actor the form belongs to: a form
--    shared by two actors resolves to one of them and shows up here for the
--    other; a form that equals another actor's name shows up too.
\echo '1. forms that resolve_actor sends to another actor (expected: 0 rows)'
WITH forms AS (
    SELECT a.name, f.what, f.form
    FROM policy_tracker.actor AS a,
         LATERAL (SELECT 'name', a.name
                  UNION ALL SELECT 'short_name', a.short_name
                  UNION ALL SELECT 'alias', x FROM pg_catalog.unnest(a.aliases) AS x) AS f(what, form)
    WHERE f.form IS NOT NULL AND f.form <> ''
)
SELECT fo.name AS actor, fo.what, fo.form, r.name AS resolves_to
FROM forms AS fo
LEFT JOIN LATERAL (SELECT (policy_tracker.resolve_actor(fo.form)).name) AS r(name) ON true
WHERE r.name IS DISTINCT FROM fo.name
ORDER BY fo.form, fo.name;

-- 2. the same, counted: lower-cased forms that two actors carry
\echo '2. forms carried by more than one actor (expected: 0 rows)'
SELECT pg_catalog.lower(f.form) AS form, pg_catalog.array_agg(DISTINCT a.name ORDER BY a.name) AS actors
FROM policy_tracker.actor AS a,
     LATERAL (SELECT a.name UNION SELECT a.short_name
              UNION SELECT x FROM pg_catalog.unnest(a.aliases) AS x) AS f(form)
WHERE f.form IS NOT NULL AND f.form <> ''
GROUP BY pg_catalog.lower(f.form)
HAVING pg_catalog.count(DISTINCT a.name) > 1
ORDER BY 1;

-- 3. in running text (actors_in: whole words, longest first) an alias on its
--    own must name exactly its actor and leave nothing unknown
\echo '3. aliases that actors_in does not read as exactly their actor (expected: 0 rows)'
SELECT a.name AS actor, x AS alias,
       (SELECT pg_catalog.array_agg(pg_catalog.coalesce(ai.actor, '?' || ai.name) ORDER BY ai.pos)
        FROM policy_tracker.actors_in(x) AS ai) AS read_as
FROM policy_tracker.actor AS a, pg_catalog.unnest(a.aliases) AS x
WHERE (SELECT pg_catalog.array_agg(pg_catalog.coalesce(ai.actor, '?' || ai.name) ORDER BY ai.pos)
       FROM policy_tracker.actors_in(x) AS ai) IS DISTINCT FROM ARRAY[a.name]
ORDER BY a.name, x;

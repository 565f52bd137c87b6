-- actors_in (C) keeps the actor vocabulary it read for as long as a read
-- would see the same rows: a row added or changed in the transaction counts
-- at once, one of a subtransaction rolled back is gone again, and a role
-- that may not read actor gets the error it got from the plpgsql version.
SET search_path = public, policy_tracker;
BEGIN;
SELECT actor, qualifier, name, pos FROM actors_in('Commission supported by Martian Border Agency');
INSERT INTO actor (name, short_name, kind, aliases) VALUES ('Martian Border Agency', 'Martian Border Agency', 'agency', '{}');
SELECT actor, qualifier, name, pos FROM actors_in('Commission supported by Martian Border Agency');
SAVEPOINT s;
UPDATE actor SET aliases = aliases || 'Marsgrenzagentur'::text WHERE name = 'Martian Border Agency';
SELECT actor, qualifier, name, pos FROM actors_in('Martian Border Agency, Marsgrenzagentur');
ROLLBACK TO SAVEPOINT s;
SELECT actor, qualifier, name, pos FROM actors_in('Martian Border Agency, Marsgrenzagentur');
-- in one statement, every call sees what the statement's snapshot sees
SELECT g, count(*) FILTER (WHERE a.actor = 'Martian Border Agency') AS frontex
FROM generate_series(1, 3) AS g, actors_in('Martian Border Agency and ' || g) AS a GROUP BY g ORDER BY g;
ROLLBACK;
SELECT actor, qualifier, name, pos FROM actors_in('Commission supported by Martian Border Agency');
-- the caller's rights: no SELECT on actor, no answer (the cache does not leak)
CREATE ROLE regress_pt_actors_reader;
GRANT USAGE ON SCHEMA policy_tracker TO regress_pt_actors_reader;
SET ROLE regress_pt_actors_reader;
\set VERBOSITY terse
SELECT * FROM actors_in('Commission');
\set VERBOSITY default
RESET ROLE;
GRANT SELECT ON actor TO regress_pt_actors_reader;
SET ROLE regress_pt_actors_reader;
SELECT actor, name, pos FROM actors_in('Commission');
RESET ROLE;
REVOKE SELECT ON actor FROM regress_pt_actors_reader;
REVOKE USAGE ON SCHEMA policy_tracker FROM regress_pt_actors_reader;
DROP ROLE regress_pt_actors_reader;

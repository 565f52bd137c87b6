-- After the load: every derived table equals a recomputation from the base
-- tables (as a superuser: every row).  One line per table, "name|rows that
-- differ"; and the count rows below zero, which no exact history can give.
\set ON_ERROR_STOP on
\pset format unaligned
\pset tuples_only on
WITH latest AS (
    SELECT DISTINCT ON (p.action) p.action, p.status, p.reported_on, p.id AS progress_id
    FROM policy_tracker.progress p ORDER BY p.action, p.reported_on DESC, p.id DESC
), kept AS (SELECT action, status, reported_on, progress_id FROM policy_tracker.action_status)
SELECT 'action_status', count(*)
FROM ((SELECT * FROM kept EXCEPT SELECT * FROM latest) UNION ALL (SELECT * FROM latest EXCEPT SELECT * FROM kept)) x;

WITH ref AS (
    SELECT a.id AS action, a.plan::text, coalesce(policy_tracker.due_date(a.deadline), 'infinity') AS due,
           coalesce(s.status, '') NOT IN ('done', 'dropped') AS open,
           policy_tracker.actors_of(a.id, '{lead}') AS leads,
           array_agg(DISTINCT ac.id ORDER BY ac.id) FILTER (WHERE aa.role = 'lead') AS lead_actors,
           array_agg(DISTINCT ac.id ORDER BY ac.id) FILTER (WHERE aa.role IN ('involved', 'support')) AS involved_actors,
           array_agg(DISTINCT ac.id ORDER BY ac.id) AS linked_actors,
           policy_tracker.actors_of(a.id, '{involved,support}') AS involved,
           policy_tracker.actors_of(a.id, '{monitoring}') AS monitoring,
           array_agg(DISTINCT ac.id ORDER BY ac.id) FILTER (WHERE aa.role = 'monitoring') AS monitoring_actors
    FROM policy_tracker.action a
    JOIN policy_tracker.action_actor aa ON aa.action = a.id
    JOIN policy_tracker.actor ac ON ac.name = aa.actor
    LEFT JOIN policy_tracker.action_status s ON s.action = a.id
    GROUP BY a.id, a.plan, a.deadline, s.status
), kept AS (
    SELECT d.action, d.plan::text, d.due, d.open, d.leads,
           nullif((SELECT array_agg(x ORDER BY x) FROM unnest(d.lead_actors) x), '{}'),
           nullif((SELECT array_agg(x ORDER BY x) FROM unnest(d.involved_actors) x), '{}'),
           (SELECT array_agg(x ORDER BY x) FROM unnest(d.linked_actors) x),
           d.involved, d.monitoring,
           nullif((SELECT array_agg(x ORDER BY x) FROM unnest(d.monitoring_actors) x), '{}')
    FROM policy_tracker.action_digest d
)
SELECT 'action_digest', count(*)
FROM ((SELECT * FROM kept EXCEPT SELECT * FROM ref) UNION ALL (SELECT * FROM ref EXCEPT SELECT * FROM kept)) x;

WITH ref AS (
    SELECT ac.id AS actor, a.plan::text, coalesce(policy_tracker.due_date(a.deadline), 'infinity') AS due,
           count(DISTINCT a.id) FILTER (WHERE aa.role = 'lead') AS led,
           count(DISTINCT a.id) FILTER (WHERE aa.role IN ('involved', 'support')) AS involved,
           count(DISTINCT a.id) AS linked,
           count(DISTINCT a.id) FILTER (WHERE coalesce(s.status, '') NOT IN ('done', 'dropped')) AS open,
           count(DISTINCT a.id) FILTER (WHERE aa.role = 'monitoring') AS monitored
    FROM policy_tracker.action_actor aa
    JOIN policy_tracker.actor ac ON ac.name = aa.actor
    JOIN policy_tracker.action a ON a.id = aa.action
    LEFT JOIN policy_tracker.action_status s ON s.action = a.id
    GROUP BY 1, 2, 3
), kept AS (
    SELECT l.actor, l.plan::text, l.due, l.led::bigint, l.involved::bigint, l.linked::bigint, l.open::bigint,
           l.monitored::bigint
    FROM policy_tracker.actor_load l
    WHERE (l.led, l.involved, l.linked, l.open, l.monitored) <> (0, 0, 0, 0, 0)
)
SELECT 'actor_load', count(*)
FROM ((SELECT * FROM kept EXCEPT SELECT * FROM ref) UNION ALL (SELECT * FROM ref EXCEPT SELECT * FROM kept)) x;

SELECT 'negative counts', count(*) FROM policy_tracker.actor_load
WHERE led < 0 OR involved < 0 OR linked < 0 OR open < 0 OR monitored < 0;

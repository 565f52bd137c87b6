-- action_digest and actor_load, the data the triggers keep for
-- actor_workload and overdue_on, stay equal to a computation from the base
-- tables through every kind of change: actors added, removed, renamed and
-- re-roled, deadlines and plans changed, actions deleted, reports arriving
-- (dated in the past and in the future), short names edited, TRUNCATE.
SET search_path = public, policy_tracker;
-- in one transaction, rolled back: the tests after this one see the example
BEGIN;

-- what actor_workload answered before it read actor_load: joins and
-- count(DISTINCT) over the base tables
CREATE TEMP VIEW workload_reference AS
WITH per_action AS (
    SELECT a.id, a.plan, due_date(a.deadline) AS due,
           due_date(a.deadline) < CURRENT_DATE
             AND coalesce(status_today(a.id, s.status, s.reported_on), '') NOT IN ('done', 'dropped') AS overdue
    FROM action AS a JOIN visible_documents() AS vd(ref) ON vd.ref = a.plan
    LEFT JOIN action_status AS s ON s.action = a.id
)
SELECT ac.name AS actor, ac.short_name, ac.kind,
       count(DISTINCT aa.action) FILTER (WHERE aa.role = 'lead')::int AS actions_led,
       count(DISTINCT aa.action) FILTER (WHERE aa.role IN ('involved', 'support'))::int AS actions_involved,
       count(DISTINCT aa.action) FILTER (WHERE pa.overdue)::int AS overdue_today,
       min(pa.due) FILTER (WHERE pa.due >= CURRENT_DATE) AS next_due_date,
       docnum_display(pa.plan) AS plan,
       count(DISTINCT aa.action)::int AS actions_linked,
       count(DISTINCT aa.action) FILTER (WHERE aa.role = 'monitoring')::int AS actions_monitored
FROM actor AS ac JOIN action_actor AS aa ON aa.actor = ac.name JOIN per_action AS pa ON pa.id = aa.action
GROUP BY ac.name, ac.short_name, ac.kind, pa.plan;

-- the digests recomputed from scratch
CREATE TEMP VIEW digest_reference AS
SELECT a.id AS action, a.plan, coalesce(due_date(a.deadline), 'infinity') AS due,
       coalesce(s.status, '') NOT IN ('done', 'dropped') AS open,
       actors_of(a.id, '{lead}') AS leads,
       actors_of(a.id, '{involved,support}') AS involved,
       actors_of(a.id, '{monitoring}') AS monitoring
FROM action a LEFT JOIN action_status s ON s.action = a.id
WHERE EXISTS (SELECT 1 FROM action_actor aa WHERE aa.action = a.id);

CREATE TEMP VIEW load_reference AS
SELECT ac.id AS actor, a.plan, coalesce(due_date(a.deadline), 'infinity') AS due,
       count(DISTINCT a.id) FILTER (WHERE aa.role = 'lead') AS led,
       count(DISTINCT a.id) FILTER (WHERE aa.role IN ('involved', 'support')) AS involved,
       count(DISTINCT a.id) AS linked,
       count(DISTINCT a.id) FILTER (WHERE coalesce(s.status, '') NOT IN ('done', 'dropped')) AS open,
       count(DISTINCT a.id) FILTER (WHERE aa.role = 'monitoring') AS monitored
FROM action_actor aa JOIN actor ac ON ac.name = aa.actor
JOIN action a ON a.id = aa.action LEFT JOIN action_status s ON s.action = a.id
GROUP BY 1, 2, 3;

-- one line per step: every comparison must be empty, and the workload not
CREATE TEMP TABLE step_check (step text, workload_rows bigint, workload_diff bigint, digest_diff bigint,
                              load_diff bigint, overdue_diff bigint, workload_md5 text);
CREATE FUNCTION pg_temp.check_step(step text) RETURNS void LANGUAGE sql AS $$
INSERT INTO step_check SELECT step,
  (SELECT count(*) FROM actor_workload),
  (SELECT count(*) FROM ((SELECT * FROM actor_workload EXCEPT SELECT * FROM workload_reference)
                         UNION ALL (SELECT * FROM workload_reference EXCEPT SELECT * FROM actor_workload)) x),
  (SELECT count(*) FROM ((SELECT action, plan, due, open, leads, involved, monitoring FROM action_digest
                          EXCEPT SELECT * FROM digest_reference)
                         UNION ALL (SELECT * FROM digest_reference
                                    EXCEPT SELECT action, plan, due, open, leads, involved, monitoring FROM action_digest)) x),
  (SELECT count(*) FROM ((SELECT actor, plan, due, led::bigint, involved::bigint, linked::bigint, open::bigint,
                                 monitored::bigint
                            FROM actor_load WHERE linked > 0 EXCEPT SELECT * FROM load_reference)
                         UNION ALL (SELECT * FROM load_reference
                                    EXCEPT SELECT actor, plan, due, led, involved, linked, open, monitored FROM actor_load)) x),
  (SELECT count(*) FROM (SELECT o.action FROM overdue_on(CURRENT_DATE) o
                         WHERE o.leads IS DISTINCT FROM actors_of(o.action, '{lead}')) x),
  (SELECT md5(string_agg(w::text, '|' ORDER BY w::text)) FROM actor_workload w)
$$;

-- the example data model_views loaded
SELECT pg_temp.check_step('example loaded');

INSERT INTO document (ref, kind) VALUES ('ST 77 2019 INIT', 'action_plan'), ('ST 78 2019 INIT', 'action_plan');
INSERT INTO action (plan, number, title, deadline)
SELECT 'ST 77 2019 INIT', n, 'derived ' || n,
       (ARRAY['by mid-2018', 'end of 2019', 'ongoing', 'from 2018', '2030', 'Q3 2020'])[1 + n % 6]::deadline
FROM generate_series(1, 30) n;
INSERT INTO action_actor (action, actor, role)
SELECT a.id, x.actor, x.role FROM action a,
  LATERAL (VALUES ((ARRAY['Europol', 'European Commission', 'Member States'])[1 + a.number % 3], 'lead'),
                  ('European Union Agency for Cybersecurity', 'involved'),
                  ('European Union Agency for Cybersecurity', 'support'),
                  ('European Defence Agency', (ARRAY['support', 'monitoring'])[1 + a.number % 2])) AS x(actor, role)
WHERE a.plan = 'ST 77 2019 INIT';
SELECT pg_temp.check_step('actors added, two roles for one actor');

INSERT INTO progress (action, reported_on, status)
SELECT a.id, '2018-01-01'::date + a.number, (ARRAY['done', 'in_progress', 'dropped', 'blocked'])[1 + a.number % 4]
FROM action a WHERE a.plan = 'ST 77 2019 INIT';
SELECT pg_temp.check_step('reports');
-- a report dated after today: its status today comes from the history
INSERT INTO progress (action, reported_on, status)
SELECT a.id, CURRENT_DATE + 30, 'done' FROM action a WHERE a.plan = 'ST 77 2019 INIT' AND a.number IN (1, 2, 5);
SELECT pg_temp.check_step('reports dated in the future');

UPDATE action SET deadline = 'by end of 2017' WHERE plan = 'ST 77 2019 INIT' AND number % 5 = 0;
UPDATE action SET plan = 'ST 78 2019 INIT' WHERE plan = 'ST 77 2019 INIT' AND number > 25;
SELECT pg_temp.check_step('deadlines and plans changed');

UPDATE action_actor SET role = 'involved' WHERE role = 'monitoring';
DELETE FROM action_actor WHERE actor = 'European Union Agency for Cybersecurity' AND role = 'involved'
  AND action IN (SELECT id FROM action WHERE number % 2 = 0 AND plan = 'ST 77 2019 INIT');
SELECT pg_temp.check_step('roles changed and removed');

UPDATE actor SET short_name = 'EC3 (Europol)' WHERE name = 'Europol';
INSERT INTO actor (name, short_name, kind) VALUES ('Regress Agency', 'RA', 'agency');
UPDATE action_actor SET actor = 'Regress Agency' WHERE actor = 'European Defence Agency' AND role = 'support';
-- a rename moves no count: actor_load refers to actors by actor.id, so
-- its rows for the renamed actor are not even rewritten
CREATE TEMP TABLE load_before_rename AS
SELECT l.ctid AS row_version, l.* FROM actor_load l JOIN actor ac ON ac.id = l.actor WHERE ac.name = 'Regress Agency';
UPDATE actor SET name = 'Regress Agency Renamed' WHERE name = 'Regress Agency';
SELECT pg_temp.check_step('actors renamed, short names edited');
SELECT count(*) > 0 AS renamed_actor_has_counts,
       count(*) FILTER (WHERE l.ctid IS DISTINCT FROM b.row_version) AS count_rows_rewritten
FROM load_before_rename b LEFT JOIN actor_load l ON (l.actor, l.plan, l.due) = (b.actor, b.plan, b.due);

DELETE FROM action WHERE plan = 'ST 78 2019 INIT' AND id NOT IN (SELECT action FROM progress);
DELETE FROM action_actor WHERE action IN (SELECT id FROM action WHERE plan = 'ST 78 2019 INIT');
SELECT pg_temp.check_step('actions and all their actors deleted');

SELECT step, workload_rows > 0 AS has_rows, workload_diff, digest_diff, load_diff, overdue_diff FROM step_check;
-- the steps did change the workload
SELECT count(DISTINCT workload_md5) AS distinct_workloads FROM step_check;

-- TRUNCATE rebuilds from what is left
TRUNCATE step_check;
TRUNCATE action_status;
SELECT pg_temp.check_step('action_status truncated');
SELECT step, workload_diff, digest_diff, load_diff, overdue_diff,
       (SELECT bool_and(open) FROM action_digest) AS all_open FROM step_check;
ROLLBACK;

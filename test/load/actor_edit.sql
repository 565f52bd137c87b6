-- an editor edits the actor vocabulary: a short name (shown in the leads of
-- every action the actor leads), or renames the load test's own agency,
-- which is linked to every action (the rename cascades to all its links)
\set x random(1, 7)
\if :x = 7
UPDATE policy_tracker.actor
SET name = CASE name WHEN 'Load Agency A' THEN 'Load Agency B' ELSE 'Load Agency A' END
WHERE name IN ('Load Agency A', 'Load Agency B');
\else
UPDATE policy_tracker.actor
SET short_name = CASE WHEN short_name LIKE '%*' THEN pg_catalog.rtrim(short_name, '*') ELSE short_name || '*' END
WHERE name = (ARRAY['Europol', 'European Defence Agency', 'CERT-EU', 'Eurojust', 'European Investment Bank',
                    'CSIRTs Network'])[:x];
\endif

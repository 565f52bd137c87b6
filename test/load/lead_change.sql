-- an editor adds or removes an actor of an action, as lead or involved
\set a random(1, 44)
\set x random(1, 6)
\set op random(0, 3)
\if :op = 0
INSERT INTO policy_tracker.action_actor (action, actor, role)
VALUES (:a, (ARRAY['Europol', 'European Defence Agency', 'CERT-EU', 'Eurojust', 'European Investment Bank',
                   'CSIRTs Network'])[:x], 'lead')
ON CONFLICT DO NOTHING;
\elif :op = 1
INSERT INTO policy_tracker.action_actor (action, actor, role)
VALUES (:a, (ARRAY['Europol', 'European Defence Agency', 'CERT-EU', 'Eurojust', 'European Investment Bank',
                   'CSIRTs Network'])[:x], 'involved')
ON CONFLICT DO NOTHING;
\else
DELETE FROM policy_tracker.action_actor
WHERE action = :a
  AND actor = (ARRAY['Europol', 'European Defence Agency', 'CERT-EU', 'Eurojust', 'European Investment Bank',
                     'CSIRTs Network'])[:x];
\endif

-- an analyst edits an action's notes
\set a random(1, 44)
UPDATE policy_tracker.action SET notes = 'reviewed ' || clock_timestamp()::text WHERE id = :a;

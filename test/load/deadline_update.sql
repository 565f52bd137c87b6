-- an editor moves an action's deadline (its due date, and so the actor
-- counts it falls under, change)
\set a random(1, 44)
\set k random(1, 7)
UPDATE policy_tracker.action
SET deadline = (ARRAY['2018-06-30', 'by end of 2018', 'early 2019', 'Q3 2018', 'ongoing', 'mid-2019',
                      'end of 2018/early 2019'])[:k]::policy_tracker.deadline
WHERE id = :a;

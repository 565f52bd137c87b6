-- a progress report on one of the 44 actions of the example
\set a random(1, 44)
\set d random(0, 2000)
INSERT INTO policy_tracker.progress (action, reported_on, status, note)
VALUES (:a, date '2018-01-01' + :d, (ARRAY['in_progress', 'delayed', 'done', 'blocked'])[1 + :d % 4], 'load test');

-- On the coordinator only, after setup.sql: each bench case takes the path
-- its row in the results says it takes (a router query is one task, the
-- co-located cases run on all 32 shards, the INSERT by cited document
-- repartitions).  Fails (ON_ERROR_STOP) otherwise.
\set VERBOSITY terse
SET search_path = public, policy_tracker;
CREATE FUNCTION pg_temp.plan_has(query text, VARIADIC patterns text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE line text; plan text := ''; p text;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || query LOOP
        plan := plan || line || E'\n';
    END LOOP;
    FOREACH p IN ARRAY patterns LOOP
        IF plan NOT LIKE '%' || p || '%' THEN
            RAISE EXCEPTION 'plan of "%" has no "%":%', query, p, E'\n' || plan;
        END IF;
    END LOOP;
END $$;
-- the graph: the families are grouped on the shards, gathered, and sent back
-- to every shard as an intermediate result that the citations join
SELECT pg_temp.plan_has(:'q_graph', 'Distributed Subplan', 'Task Count: 32');
-- one document's citations: one shard (the plpgsql loop runs this shape)
SELECT pg_temp.plan_has($$SELECT count(*) FROM refs r WHERE r.from_doc = '1001/00'$$, 'Task Count: 1', 'refs_from');
-- one family's citers: every shard, each by its index
SELECT pg_temp.plan_has($$SELECT count(*) FROM refs r WHERE docnum_family(r.to_doc) = docnum_family('1001/00 REV 1')$$,
                        'Task Count: 32', 'refs_to_family');
SELECT pg_temp.plan_has(:'q_docnums', 'Task Count: 32');
SELECT pg_temp.plan_has(:'q_deadlines', 'Task Count: 32');
-- stored by the citing document: pushed down, shard to co-located shard
SELECT pg_temp.plan_has(:'q_docnums_by_doc', 'Task Count: 32');
SELECT pg_temp.plan_has(:'q_deadlines_by_doc', 'Task Count: 32');
-- stored by the cited document: every shard's rows are repartitioned
SELECT pg_temp.plan_has(:'q_docnums_by_ref', 'repartition');

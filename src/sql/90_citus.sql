------------------------------------------------------------------------------
-- The tracking model on a Citus cluster (issue 18; README, "On a Citus
-- cluster").
--
-- citus_distribute_model(), run once on the coordinator after every worker
-- is added, lays the model out this way:
--   reference tables (a copy on every node): document, actor, clearance;
--   distributed by the document's docnum, 32 shards, co-located: paragraph,
--     paragraph_text, paragraph_actor, paragraph_deadline, reference (by
--     from_doc): the register-sized part (texts and the citation graph);
--   left local on the coordinator: the action side (action, action_actor,
--     action_paragraph, progress, action_status, action_digest, actor_load,
--     action_reject), with its triggers and derived tables as on one node.
--
-- Citus refuses row-level security policies with a subquery, so on the
-- cluster the document side's policies call the two functions below instead
-- (and clearance's calls member_of); they read tables, which a policy
-- evaluated on a shard may only do with
-- citus.allow_nested_distributed_execution, set for the call alone.  The
-- action side's policies read visible_documents() once per query.  On a
-- plain server nothing uses the two (the setting is an unused placeholder).
------------------------------------------------------------------------------

-- The current role's clearance, callable from a policy evaluated on a shard:
-- clearance_level() reads clearance, a reference table on the cluster.
-- (A SET clause keeps it from being inlined: the setting must hold while it
-- runs.  These bodies are SELECTs in BEGIN ATOMIC, not RETURN: see
-- clearance_level.)
CREATE FUNCTION @extschema@.clearance_level_nested()
RETURNS int
LANGUAGE sql STABLE PARALLEL SAFE
SET citus.allow_nested_distributed_execution = on
BEGIN ATOMIC
    SELECT @extschema@.clearance_level();
END;
COMMENT ON FUNCTION @extschema@.clearance_level_nested() IS
    'clearance_level() for row-level security policies on Citus shards';

-- Whether the current role may read the document: it reads document with the
-- caller's rights, so the document's own policy decides, as the subquery
-- "document IN (SELECT d.ref FROM document AS d)" does on one node.  In C
-- (src/document_visible.c) so that a query looks each document up once, not
-- once per row; the lookup's SQL names the extension's schema itself.
CREATE FUNCTION @extschema@.document_visible(doc @extschema@.docnum)
RETURNS boolean
LANGUAGE C STABLE PARALLEL SAFE
AS 'MODULE_PATHNAME', 'pt_document_visible';
COMMENT ON FUNCTION @extschema@.document_visible(@extschema@.docnum) IS
    'whether the current role may read the document (its marking is within the role''s clearance); for row-level security policies on Citus';

-- The steps are written out here rather than derived from the catalog, so
-- that what the cluster holds is what the README says.  Each step that
-- changes the model's tables runs on the coordinator and on every worker:
-- CREATE EXTENSION gave each worker its own local copy of the tables, and
-- Citus takes those copies as the shell tables of the distributed ones, so
-- their foreign keys, policies and triggers must go too.  (The workers'
-- steps run in their own transactions; each is idempotent, so a failed call
-- can be run again.)
CREATE FUNCTION @extschema@.citus_distribute_model(shard_count int DEFAULT 32)
RETURNS TABLE (table_name regclass, kind text, distributed_by text)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    prepare CONSTANT text[] := ARRAY[
        -- policies with subqueries: Citus refuses them on its tables
        'DROP POLICY IF EXISTS own_clearance ON @extschema@.clearance',
        'DROP POLICY IF EXISTS by_marking ON @extschema@.document',
        'DROP POLICY IF EXISTS by_document ON @extschema@.paragraph',
        'DROP POLICY IF EXISTS by_document ON @extschema@.paragraph_text',
        'DROP POLICY IF EXISTS by_document ON @extschema@.paragraph_actor',
        'DROP POLICY IF EXISTS by_document ON @extschema@.paragraph_deadline',
        'DROP POLICY IF EXISTS by_document ON @extschema@.reference',
        -- a trigger on a reference table fires on every node's placement
        -- and would write the workers' own (unused) action_digest
        'DROP TRIGGER IF EXISTS digest_update ON @extschema@.actor',
        -- every foreign key: Citus needs them gone while it converts, and
        -- some cannot come back (below)
        'ALTER TABLE @extschema@.paragraph DROP CONSTRAINT IF EXISTS paragraph_document_fkey',
        'ALTER TABLE @extschema@.paragraph_text DROP CONSTRAINT IF EXISTS paragraph_text_document_number_item_fkey',
        'ALTER TABLE @extschema@.paragraph_actor DROP CONSTRAINT IF EXISTS paragraph_actor_document_number_item_fkey',
        'ALTER TABLE @extschema@.paragraph_actor DROP CONSTRAINT IF EXISTS paragraph_actor_actor_fkey',
        'ALTER TABLE @extschema@.paragraph_deadline DROP CONSTRAINT IF EXISTS paragraph_deadline_document_number_item_fkey',
        'ALTER TABLE @extschema@.reference DROP CONSTRAINT IF EXISTS reference_from_doc_fkey',
        'ALTER TABLE @extschema@.action DROP CONSTRAINT IF EXISTS action_plan_fkey',
        'ALTER TABLE @extschema@.action_actor DROP CONSTRAINT IF EXISTS action_actor_actor_fkey',
        'ALTER TABLE @extschema@.action_paragraph DROP CONSTRAINT IF EXISTS action_paragraph_document_number_item_fkey',
        -- a distributed table's keys must contain its distribution column
        'ALTER TABLE @extschema@.reference DROP CONSTRAINT IF EXISTS reference_pkey'];
    step text;
    w record;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_extension WHERE extname OPERATOR(pg_catalog.=) 'citus') THEN
        RAISE EXCEPTION 'citus_distribute_model needs the citus extension in this database'
            USING ERRCODE = '0A000',
                  HINT = 'Run it on a Citus coordinator, after CREATE EXTENSION citus and citus_add_node for every worker.';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition AS p
               WHERE p.logicalrelid OPERATOR(pg_catalog.=) '@extschema@.document'::pg_catalog.regclass) THEN
        RAISE EXCEPTION 'the model is distributed already' USING ERRCODE = '55000';
    END IF;
    IF NOT pg_catalog.citus_is_coordinator() THEN
        RAISE EXCEPTION 'citus_distribute_model runs on the coordinator' USING ERRCODE = '55000';
    END IF;
    IF shard_count IS NULL OR shard_count < 1 THEN
        RAISE EXCEPTION 'shard_count must be positive' USING ERRCODE = '22023';
    END IF;

    -- one connection per worker for the whole transaction: Citus requires it
    -- for foreign keys added after shards were touched
    PERFORM pg_catalog.set_config('citus.multi_shard_modify_mode', 'sequential', true);
    PERFORM pg_catalog.set_config('citus.shard_count', shard_count::text, true);

    FOR w IN SELECT r.nodename, r.nodeport, r.success, r.result
             FROM pg_catalog.run_command_on_workers(
                      'BEGIN; ' OPERATOR(pg_catalog.||) pg_catalog.array_to_string(prepare, '; ')
                      OPERATOR(pg_catalog.||) '; COMMIT') AS r
             WHERE NOT r.success LOOP
        RAISE EXCEPTION 'citus_distribute_model: preparing worker %:% failed: %', w.nodename, w.nodeport, w.result;
    END LOOP;
    FOREACH step IN ARRAY prepare LOOP
        EXECUTE step;
    END LOOP;

    PERFORM pg_catalog.create_reference_table('@extschema@.clearance');
    PERFORM pg_catalog.create_reference_table('@extschema@.document');
    PERFORM pg_catalog.create_reference_table('@extschema@.actor');
    PERFORM pg_catalog.create_distributed_table('@extschema@.paragraph', 'document');
    PERFORM pg_catalog.create_distributed_table('@extschema@.paragraph_text', 'document',
                                                colocate_with => '@extschema@.paragraph');
    PERFORM pg_catalog.create_distributed_table('@extschema@.paragraph_actor', 'document',
                                                colocate_with => '@extschema@.paragraph');
    PERFORM pg_catalog.create_distributed_table('@extschema@.paragraph_deadline', 'document',
                                                colocate_with => '@extschema@.paragraph');
    PERFORM pg_catalog.create_distributed_table('@extschema@.reference', 'from_doc',
                                                colocate_with => '@extschema@.paragraph');
    -- the rows were copied to the shards; the coordinator's own copies go
    PERFORM pg_catalog.truncate_local_data_after_distributing_table(t)
    FROM pg_catalog.unnest(ARRAY['@extschema@.clearance', '@extschema@.document', '@extschema@.actor',
                                 '@extschema@.paragraph', '@extschema@.paragraph_text',
                                 '@extschema@.paragraph_actor', '@extschema@.paragraph_deadline',
                                 '@extschema@.reference']::pg_catalog.regclass[]) AS t;

    -- keys and foreign keys Citus accepts: a distributed table's key holds
    -- its distribution column; foreign keys from a distributed table to a
    -- reference table or a co-located one (ON UPDATE CASCADE cannot touch a
    -- distribution column: a document's docnum is not renamed on Citus)
    ALTER TABLE @extschema@.reference ADD CONSTRAINT reference_pkey PRIMARY KEY (from_doc, id);
    ALTER TABLE @extschema@.paragraph ADD CONSTRAINT paragraph_document_fkey
        FOREIGN KEY (document) REFERENCES @extschema@.document ON DELETE CASCADE;
    ALTER TABLE @extschema@.paragraph_text ADD CONSTRAINT paragraph_text_document_number_item_fkey
        FOREIGN KEY (document, number, item) REFERENCES @extschema@.paragraph ON DELETE CASCADE;
    ALTER TABLE @extschema@.paragraph_actor ADD CONSTRAINT paragraph_actor_document_number_item_fkey
        FOREIGN KEY (document, number, item) REFERENCES @extschema@.paragraph ON DELETE CASCADE;
    ALTER TABLE @extschema@.paragraph_actor ADD CONSTRAINT paragraph_actor_actor_fkey
        FOREIGN KEY (actor) REFERENCES @extschema@.actor ON UPDATE CASCADE;
    ALTER TABLE @extschema@.paragraph_deadline ADD CONSTRAINT paragraph_deadline_document_number_item_fkey
        FOREIGN KEY (document, number, item) REFERENCES @extschema@.paragraph ON DELETE CASCADE;
    ALTER TABLE @extschema@.reference ADD CONSTRAINT reference_from_doc_fkey
        FOREIGN KEY (from_doc) REFERENCES @extschema@.document ON DELETE CASCADE;

    -- access by marking without subqueries: the policies Citus accepts
    CREATE POLICY own_clearance ON @extschema@.clearance FOR SELECT
        USING (@extschema@.member_of(role_name));
    -- (a PUBLIC document is readable by all: the test first spares most
    -- rows the nested read of clearance)
    CREATE POLICY by_marking ON @extschema@.document
        USING (marking OPERATOR(pg_catalog.=) 'PUBLIC'
               OR @extschema@.marking_rank(marking) <= @extschema@.clearance_level_nested())
        WITH CHECK (@extschema@.marking_rank(marking) <= @extschema@.clearance_level_nested());
    CREATE POLICY by_document ON @extschema@.paragraph USING (@extschema@.document_visible(document));
    CREATE POLICY by_document ON @extschema@.paragraph_text USING (@extschema@.document_visible(document));
    CREATE POLICY by_document ON @extschema@.paragraph_actor USING (@extschema@.document_visible(document));
    CREATE POLICY by_document ON @extschema@.paragraph_deadline USING (@extschema@.document_visible(document));
    CREATE POLICY by_document ON @extschema@.reference USING (@extschema@.document_visible(from_doc));
    -- the action side stays local, but a subquery on document (a reference
    -- table now) in its policies sends Citus's planner into a recursion
    -- ("stack depth limit exceeded"), and makes overdue_on a parameterized
    -- SQL function reading a Citus table; they call visible_documents()
    -- instead, which reads document once per query (an uncorrelated ARRAY:
    -- an InitPlan)
    DROP POLICY by_document ON @extschema@.action;
    CREATE POLICY by_document ON @extschema@.action
        USING (plan OPERATOR(@extschema@.=) ANY (ARRAY(SELECT v.ref FROM @extschema@.visible_documents() AS v(ref))));
    DROP POLICY by_document ON @extschema@.action_reject;
    CREATE POLICY by_document ON @extschema@.action_reject
        USING (plan OPERATOR(@extschema@.=) ANY (ARRAY(SELECT v.ref FROM @extschema@.visible_documents() AS v(ref))));
    DROP POLICY by_document ON @extschema@.actor_load;
    CREATE POLICY by_document ON @extschema@.actor_load
        USING (plan OPERATOR(@extschema@.=) ANY (ARRAY(SELECT v.ref FROM @extschema@.visible_documents() AS v(ref))));
    DROP POLICY by_action ON @extschema@.action_paragraph;
    CREATE POLICY by_action ON @extschema@.action_paragraph
        USING (action IN (SELECT a.id FROM @extschema@.action AS a)
               AND document OPERATOR(@extschema@.=) ANY (ARRAY(SELECT v.ref FROM @extschema@.visible_documents() AS v(ref))));

    RETURN QUERY
    SELECT p.logicalrelid::pg_catalog.regclass,
           CASE p.partmethod WHEN 'n' THEN 'reference' ELSE 'distributed' END,
           CASE WHEN p.partmethod OPERATOR(pg_catalog.=) 'h'
                THEN pg_catalog.column_to_column_name(p.logicalrelid, p.partkey) END
    FROM pg_catalog.pg_dist_partition AS p
    JOIN pg_catalog.pg_class AS c ON c.oid OPERATOR(pg_catalog.=) p.logicalrelid
    WHERE c.relnamespace OPERATOR(pg_catalog.=) '@extschema@'::pg_catalog.regnamespace
    ORDER BY p.partmethod DESC, c.relname;
END $$;
COMMENT ON FUNCTION @extschema@.citus_distribute_model(int) IS
    'on a Citus coordinator: makes document, actor and clearance reference tables, distributes the paragraphs and references by document (co-located), and sets policies Citus accepts';
REVOKE EXECUTE ON FUNCTION @extschema@.citus_distribute_model(int) FROM PUBLIC;

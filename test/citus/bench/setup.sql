-- The document side of a register, for bench.sh: run with :citus true on the
-- Citus coordinator (the \if blocks distribute) and false on the single node,
-- and with :families, :texts and :corpus set.  The same rows on both.
--
-- The model's own tables cannot be distributed yet (test/citus/README.md), so
-- these are plain tables shaped like them: documents (document.ref),
-- refs (reference: from_doc cites to_doc), texts (a document's text, as
-- import_conclusions reads it) and the tables that docnums_in/deadlines_in
-- fill.  Everything but mentions_by_ref is distributed by the document and
-- co-located, so a document's citations and text live on its shard.
\set VERBOSITY terse
SET search_path = public, policy_tracker;

CREATE TABLE documents (ref docnum PRIMARY KEY, family_no int NOT NULL, version int NOT NULL);
CREATE TABLE refs (from_doc docnum NOT NULL, to_doc docnum NOT NULL, number int NOT NULL);
CREATE TABLE texts (doc docnum PRIMARY KEY, body text NOT NULL);
-- what docnums_in and deadlines_in find, stored by the citing document (as
-- import_conclusions stores references) or by the cited one
CREATE TABLE mentions_by_doc (doc docnum NOT NULL, ref docnum NOT NULL, pos int NOT NULL);
CREATE TABLE mentions_by_ref (ref docnum NOT NULL, doc docnum NOT NULL, pos int NOT NULL);
CREATE TABLE deadlines_by_doc (doc docnum NOT NULL, due deadline NOT NULL, pos int NOT NULL);

\if :citus
SET citus.shard_count = 32;
SELECT create_distributed_table('documents', 'ref');
SELECT create_distributed_table('refs', 'from_doc', colocate_with => 'documents');
SELECT create_distributed_table('texts', 'doc', colocate_with => 'documents');
SELECT create_distributed_table('mentions_by_doc', 'doc', colocate_with => 'documents');
SELECT create_distributed_table('mentions_by_ref', 'ref', colocate_with => 'documents');
SELECT create_distributed_table('deadlines_by_doc', 'doc', colocate_with => 'documents');
\endif

-- :families families of Council documents, 1 to 4 versions each (the
-- initial one, then REV 1, REV 2, REV 3): 2.5 documents per family, years
-- 1999-2025.
INSERT INTO documents (ref, family_no, version)
SELECT CASE WHEN v = 0 THEN format('%s/%s', 1000 + f, lpad(((1999 + f % 27) % 100)::text, 2, '0'))
            ELSE format('%s/%s REV %s', 1000 + f, lpad(((1999 + f % 27) % 100)::text, 2, '0'), v)
       END::docnum, f, v
FROM generate_series(1, :families) AS f, generate_series(0, f % 4) AS v;

-- Five citations per document: a version that exists, a family's initial
-- version, a revision that is not in the database (its family is), a
-- Council document that is not there at all, a Commission document.
-- INSERT ... SELECT from documents: on Citus it runs on the shards.
INSERT INTO refs (from_doc, to_doc, number)
SELECT d.ref,
       -- a searched CASE: Citus 13.2 deparses "CASE j WHEN 0" for the shards
       -- as "CASE WHEN (j = 0) = true" ("operator does not exist: integer = boolean")
       CASE
       WHEN j = 0 THEN format('%s/%s', 1000 + g, lpad(((1999 + g % 27) % 100)::text, 2, '0')
                          || CASE WHEN g % 4 > 0 AND d.version % 2 = 1 THEN format(' REV %s', 1 + d.family_no % (g % 4)) ELSE '' END)
       WHEN j = 1 THEN format('%s/%s', 1000 + g, lpad(((1999 + g % 27) % 100)::text, 2, '0'))
       WHEN j = 2 THEN format('%s/%s REV 9', 1000 + g, lpad(((1999 + g % 27) % 100)::text, 2, '0'))
       WHEN j = 3 THEN format('ST %s %s INIT', 500000 + g, 1999 + g % 27)
       ELSE format('COM(%s) %s final', 1999 + g % 27, 100 + g % 900)
       END::docnum,
       1 + j
FROM documents d,
     generate_series(0, 4) AS j,
     LATERAL (SELECT 1 + (d.family_no * 7919 + d.version * 104729 + j * 15485863) % :families AS g) AS pick;

-- :texts texts, one per family's initial version: the corpus (../shared/corpus,
-- given at run time) with its years and document numbers varied as make
-- bench varies them, rotated so that texts do not start alike, after a
-- sentence of the text's own citations and deadline.
INSERT INTO texts (doc, body)
SELECT d.ref,
       format('See %s REV 2, ST %s %s INIT and COM(%s) %s final; the Commission is invited to report by the end of %s. ',
              d.ref, 600000 + d.family_no, 1999 + d.family_no % 27, 1999 + d.family_no % 27,
              1000 + d.family_no % 900, 2000 + d.family_no % 30)
       || substr(c.body, c.cut) || substr(c.body, 1, c.cut - 1)
FROM documents d,
     LATERAL (SELECT b AS body, 1 + (d.family_no * 7919) % length(b) AS cut
              FROM (SELECT regexp_replace(regexp_replace(:'corpus', '/17\M', '/' || (10 + d.family_no % 15), 'g'),
                                          '2018', (2010 + d.family_no % 20)::text, 'g') AS b) AS v) AS c
WHERE d.version = 0 AND d.family_no <= :texts;

-- the index the issue found the family lookups need, and the ones a
-- register would have for "what does this cite" and "who cites this family"
CREATE INDEX documents_family ON documents (docnum_family(ref));
CREATE INDEX refs_from ON refs (from_doc);
CREATE INDEX refs_to_family ON refs (docnum_family(to_doc));
VACUUM ANALYZE;

-- The router cases: k documents' citations, k families' citers, one query
-- each (plpgsql, so the figure is the query and not the client's round trip).
-- The docnum is computed into a variable first, so the query compares the
-- distribution column with a parameter, which Citus prunes to one shard at
-- execution.  Written with the format(...)::docnum expression in the WHERE,
-- each query took 11 ms here instead of 0.3 and kept both workers busy.
CREATE FUNCTION bench_citations(k int, families int) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    f int;
    d docnum;
    c bigint;
    total bigint := 0;
BEGIN
    FOR i IN 1..k LOOP
        f := 1 + (i * 7919) % families;
        d := format('%s/%s', 1000 + f, lpad(((1999 + f % 27) % 100)::text, 2, '0'));
        SELECT count(*) + coalesce(sum(hashtext(docnum_display(r.to_doc))), 0) INTO c
        FROM refs r
        WHERE r.from_doc = d;
        total := total + c;
    END LOOP;
    RETURN total;
END $$;
CREATE FUNCTION bench_citers(k int, families int) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    f int;
    d docnum;
    c bigint;
    total bigint := 0;
BEGIN
    FOR i IN 1..k LOOP
        f := 1 + (i * 7919) % families;
        d := docnum_family(format('%s/%s REV 1', 1000 + f, lpad(((1999 + f % 27) % 100)::text, 2, '0'))::docnum);
        SELECT count(*) + coalesce(sum(hashtext(docnum_display(r.from_doc))), 0) INTO c
        FROM refs r
        WHERE docnum_family(r.to_doc) = d;
        total := total + c;
    END LOOP;
    RETURN total;
END $$;

SELECT (SELECT count(*) FROM documents) AS documents,
       (SELECT count(*) FROM refs) AS refs,
       (SELECT count(*) FROM texts) AS texts,
       (SELECT round(sum(octet_length(body)) / 1048576.0, 1) FROM texts) AS text_mb;

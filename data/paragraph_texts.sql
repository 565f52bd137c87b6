-- The texts of the example's paragraphs (data/load.sql; the upgrade test
-- runs it again after ALTER EXTENSION UPDATE, since a newer reader cleans the
-- texts better: psql -1 -f data/paragraph_texts.sql).
SET LOCAL search_path = public, policy_tracker;
-- The paragraphs' texts are not shipped (the project ships facts, not
-- copies of the texts); when the public source is beside the repository
-- (../shared/corpus, as in the project's own checkouts), they are read from
-- it: import_conclusions reads it into a scratch document, and the texts of
-- the paragraphs above are copied over.  The facts loaded here stay those
-- of the CSV files.
\set has_corpus `test -r ../shared/corpus/13943-17_draft-conclusions_en.txt && echo 1 || echo 0`
\if :has_corpus
\set conclusions_text `cat ../shared/corpus/13943-17_draft-conclusions_en.txt`
INSERT INTO policy_tracker.document (ref, kind) VALUES ('ST 99999 2099 INIT', 'conclusions');
SELECT count(*) AS scratch FROM policy_tracker.import_conclusions('ST 99999 2099 INIT', :'conclusions_text', 'en') \gset
INSERT INTO policy_tracker.paragraph_text (document, number, item, lang, body)
SELECT 'ST 14435 2017 INIT', t.number, t.item, t.lang, t.body
FROM policy_tracker.paragraph_text t
JOIN policy_tracker.paragraph p ON p.document = 'ST 14435 2017 INIT' AND p.number = t.number AND p.item = t.item
WHERE t.document = 'ST 99999 2099 INIT'
ON CONFLICT (document, number, item, lang) DO UPDATE SET body = EXCLUDED.body;
DELETE FROM policy_tracker.document WHERE ref = 'ST 99999 2099 INIT';
\endif

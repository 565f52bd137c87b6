-- import_conclusions on the English draft conclusions (13943/17, adopted as
-- 14435/17): paragraphs, points, chapters, verbs, addressees, deadlines and
-- footnote references; re-import changes nothing; curated links survive.
SET search_path = public, policy_tracker;
-- (error context lines name line numbers inside the importer: not its behaviour)
\set SHOW_CONTEXT never
\set conclusions `cat ../shared/corpus/13943-17_draft-conclusions_en.txt`

INSERT INTO document (ref, kind, title, adopted_on)
VALUES ('14435/17', 'conclusions', 'Council conclusions on cybersecurity', '2017-11-20');
SELECT * FROM import_conclusions('14435/17', :'conclusions', 'en');

-- all 62 paragraphs, numbered without gaps, in three chapters after 13 unnumbered ones
SELECT count(*) AS paragraphs, min(number), max(number),
       count(*) FILTER (WHERE part = 'preamble') AS preamble,
       count(*) FILTER (WHERE chapter IS NULL) AS before_chapter_i
FROM paragraph WHERE document = '14435/17' AND item = 0;
SELECT chapter, min(number), max(number) FROM paragraph
WHERE document = '14435/17' AND item = 0 AND chapter IS NOT NULL GROUP BY chapter ORDER BY min(number);
-- the indented points
SELECT number, count(*) AS points FROM paragraph
WHERE document = '14435/17' AND item > 0 GROUP BY number ORDER BY number;
-- verbs
SELECT number, verbs FROM paragraph
WHERE document = '14435/17' AND item = 0 AND number IN (1, 4, 11, 16, 19, 26, 30, 31, 37, 47, 48, 62)
ORDER BY number;
-- addressees of every paragraph that calls on or invites someone
SELECT number, string_agg(coalesce(a.short_name, a.name), ', ' ORDER BY a.short_name) AS addressees
FROM paragraph_actor pa JOIN actor a ON a.name = pa.actor
WHERE pa.document = '14435/17' GROUP BY number ORDER BY number;
-- the six deadlines
SELECT number, item, deadline, phrase FROM paragraph_deadline
WHERE document = '14435/17' ORDER BY number, item;
-- references, footnotes attached to their paragraphs
SELECT number, footnote, to_doc FROM reference
WHERE from_doc = '14435/17' ORDER BY number NULLS FIRST, footnote NULLS FIRST, to_doc;
-- the English text of a point
SELECT body FROM paragraph_text WHERE document = '14435/17' AND number = 47 AND item = 2 AND lang = 'en';

-- curated rows: a topic, an addressee the detector missed, a link to an action
UPDATE paragraph SET topic = 'curated topic' WHERE document = '14435/17' AND number = 25 AND item = 0;
INSERT INTO actor (name, kind) VALUES ('Relevant stakeholders', 'private');
INSERT INTO paragraph_actor (document, number, actor) VALUES ('14435/17', 25, 'Relevant stakeholders');
INSERT INTO document (ref, kind) VALUES ('ST 2 2017 INIT', 'action_plan');
INSERT INTO action (plan, number, title) VALUES ('ST 2 2017 INIT', 1, 'Invest');
INSERT INTO action_paragraph (action, document, number) SELECT id, '14435/17', 25 FROM action WHERE title = 'Invest';

-- re-importing changes nothing and keeps the curated rows
CREATE TEMP TABLE before AS
SELECT 'paragraph' AS t, md5(string_agg(p::text, '|' ORDER BY p::text)) AS digest FROM paragraph p
UNION ALL SELECT 'paragraph_text', md5(string_agg(x::text, '|' ORDER BY x::text)) FROM paragraph_text x
UNION ALL SELECT 'paragraph_actor', md5(string_agg(x::text, '|' ORDER BY x::text)) FROM paragraph_actor x
UNION ALL SELECT 'paragraph_deadline', md5(string_agg(x::text, '|' ORDER BY x::text)) FROM paragraph_deadline x
UNION ALL SELECT 'reference', md5(string_agg((x.from_doc, x.number, x.to_doc, x.footnote, x.detected)::text, '|'
                                 ORDER BY (x.from_doc, x.number, x.to_doc, x.footnote, x.detected)::text)) FROM reference x
UNION ALL SELECT 'action_paragraph', md5(string_agg(x::text, '|' ORDER BY x::text)) FROM action_paragraph x;
SELECT count(*) AS found_again FROM import_conclusions('14435/17', :'conclusions', 'en');
SELECT b.t AS table_name, b.digest = a.digest AS unchanged
FROM before b JOIN (
SELECT 'paragraph' AS t, md5(string_agg(p::text, '|' ORDER BY p::text)) AS digest FROM paragraph p
UNION ALL SELECT 'paragraph_text', md5(string_agg(x::text, '|' ORDER BY x::text)) FROM paragraph_text x
UNION ALL SELECT 'paragraph_actor', md5(string_agg(x::text, '|' ORDER BY x::text)) FROM paragraph_actor x
UNION ALL SELECT 'paragraph_deadline', md5(string_agg(x::text, '|' ORDER BY x::text)) FROM paragraph_deadline x
UNION ALL SELECT 'reference', md5(string_agg((x.from_doc, x.number, x.to_doc, x.footnote, x.detected)::text, '|'
                                 ORDER BY (x.from_doc, x.number, x.to_doc, x.footnote, x.detected)::text)) FROM reference x
UNION ALL SELECT 'action_paragraph', md5(string_agg(x::text, '|' ORDER BY x::text)) FROM action_paragraph x
) a USING (t) ORDER BY 1;
SELECT topic FROM paragraph WHERE document = '14435/17' AND number = 25 AND item = 0;
SELECT actor, detected FROM paragraph_actor WHERE document = '14435/17' AND number = 25;

-- a language version of its own
SELECT * FROM import_conclusions('14435/17', E'1. VERWELKOMT het voorstel;\n2. VERZOEKT de Commissie om uiterlijk medio 2018 te rapporteren.', 'nl');
SELECT number, item, lang, body FROM paragraph_text WHERE document = '14435/17' AND lang = 'nl' ORDER BY number;
-- the code in capitals is the same language (the rows say 'nl')
SELECT what, found FROM import_conclusions('14435/17', E'1. VERWELKOMT het voorstel;\n2. VERZOEKT de Commissie om uiterlijk medio 2018 te rapporteren.', 'NL')
WHERE what = 'paragraphs';
SELECT lang, count(*) FROM paragraph_text WHERE document = '14435/17' GROUP BY lang ORDER BY lang;

-- bad input
SELECT * FROM import_conclusions('14435/17', 'no paragraphs here', 'en');
SELECT * FROM import_conclusions('14435/17', :'conclusions', 'xx');

-- clean up for the tests that follow
DELETE FROM action_paragraph; DELETE FROM action; DELETE FROM paragraph_actor; DELETE FROM paragraph_deadline;
DELETE FROM reference; DELETE FROM paragraph_text; DELETE FROM paragraph; DELETE FROM document;
DELETE FROM actor WHERE NOT builtin;

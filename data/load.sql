-- Loads the 2017 cybersecurity example into policy_tracker, all or nothing:
--   psql -v ON_ERROR_STOP=1 -f data/load.sql      (from the repository root)
-- Facts only: document numbers and titles, paragraph structure, verbs,
-- addressees, deadlines and references of the conclusions 14435/17 (as
-- detected in the draft annexed to 13943/17), a one-line topic per paragraph
-- in the project's own words, and the actions of the plan 14965/17, which
-- load_action_plan loads from the CSV; the paragraphs' texts when the
-- public source is at hand (below).
\set ON_ERROR_STOP on
BEGIN;
SET LOCAL search_path = public, policy_tracker;

CREATE TEMP TABLE staged_document (ref text, kind text, title text, adopted_on date, marking text);
\copy staged_document FROM 'data/documents.csv' CSV HEADER
INSERT INTO policy_tracker.document (ref, kind, title, adopted_on, marking)
SELECT ref::policy_tracker.docnum, kind, title, adopted_on, coalesce(nullif(marking, ''), 'PUBLIC')
FROM staged_document;

CREATE TEMP TABLE staged_paragraph (number int, item int, chapter text, part text, verbs text, topic text);
\copy staged_paragraph FROM 'data/paragraphs.csv' CSV HEADER
INSERT INTO policy_tracker.paragraph (document, number, item, chapter, part, verbs, topic, lang)
SELECT 'ST 14435 2017 INIT', number, item, nullif(chapter, ''), part,
       coalesce(string_to_array(nullif(verbs, ''), ';'), '{}'), nullif(topic, ''), 'en'
FROM staged_paragraph;


CREATE TEMP TABLE staged_addressee (number int, item int, actor text);
\copy staged_addressee FROM 'data/paragraph_addressees.csv' CSV HEADER
INSERT INTO policy_tracker.paragraph_actor (document, number, item, actor, detected, lang)
SELECT 'ST 14435 2017 INIT', number, item, actor, true, 'en' FROM staged_addressee;

CREATE TEMP TABLE staged_deadline (number int, item int, deadline text, phrase text);
\copy staged_deadline FROM 'data/paragraph_deadlines.csv' CSV HEADER
INSERT INTO policy_tracker.paragraph_deadline (document, number, item, deadline, phrase, detected, lang)
SELECT 'ST 14435 2017 INIT', number, item, deadline::policy_tracker.deadline, phrase, true, 'en'
FROM staged_deadline;

CREATE TEMP TABLE staged_reference (from_doc text, number int, footnote int, to_doc text);
\copy staged_reference FROM 'data/references.csv' CSV HEADER
INSERT INTO policy_tracker.reference (from_doc, number, footnote, to_doc, detected, lang)
SELECT from_doc::policy_tracker.docnum, number, footnote, to_doc::policy_tracker.docnum, true, 'en'
FROM staged_reference;

-- The paragraphs' texts, read from the public source when it is there
-- (after the references: its scratch import draws reference ids)
\ir paragraph_texts.sql

\set plan_csv `cat data/action_plan_14965-17.csv`
SELECT outcome, count(*) AS actions
FROM policy_tracker.load_action_plan('14965/17', :'plan_csv')
GROUP BY outcome;

CREATE TEMP TABLE staged_link (action_number int, paragraph int, item int);
\copy staged_link FROM 'data/action_paragraphs.csv' CSV HEADER
INSERT INTO policy_tracker.action_paragraph (action, document, number, item)
SELECT a.id, 'ST 14435 2017 INIT', l.paragraph, l.item
FROM staged_link l JOIN policy_tracker.action a ON a.plan = '14965/17' AND a.number = l.action_number;

COMMIT;

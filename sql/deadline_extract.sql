-- deadlines_in: deadlines in running text (spec section 5).
SET search_path = public, policy_tracker;

\set conclusions `cat ../shared/corpus/13943-17_draft-conclusions_en.txt`
\set action_plan `cat ../shared/corpus/14965-17_action-plan_en.txt`

-- exactly the six of the draft conclusions, each in its paragraph
SELECT due, match, pos,
       (regexp_match(substr(:'conclusions', 1, pos), '.*\n(?:- |#+ )(\d+)\. '))[1] AS paragraph
FROM deadlines_in(:'conclusions') ORDER BY pos;

-- with the date of the text, nothing it names is yet over; a year later,
-- only what was still ahead remains
SELECT count(*) AS on_7_november_2017 FROM deadlines_in(:'conclusions', '2017-11-07');
SELECT due FROM deadlines_in(:'conclusions', '2018-06-01') ORDER BY pos;

-- the same sentences in Dutch, French and German give the same six values
CREATE TEMP TABLE mirrored (lang text, body text);
INSERT INTO mirrored VALUES
 ('en', 'implementation by May 2018 as stipulated; propose by mid-2018 the instruments; a platform by the end of 2018 and STRESSES; to present by December 2017 a report; to present in early 2018 a proposal; adopted by the Council before the end of 2017.'),
 ('nl', 'uitvoering uiterlijk mei 2018 zoals bepaald; uiterlijk medio 2018 de instrumenten voor te stellen; een platform uiterlijk eind 2018 en BENADRUKT; uiterlijk december 2017 een verslag in te dienen; begin 2018 een voorstel in te dienen; door de Raad vóór eind 2017 vast te stellen.'),
 ('fr', 'mise en oeuvre d''ici mai 2018 comme prévu; proposer d''ici à la mi-2018 les instruments; une plateforme d''ici à la fin de 2018 et SOULIGNE; présenter d''ici décembre 2017 un rapport; présenter début 2018 une proposition; adopté par le Conseil avant la fin de 2017.'),
 ('de', 'Umsetzung bis Mai 2018 wie vorgesehen; bis Mitte 2018 die Instrumente vorzuschlagen; eine Plattform bis Ende 2018 und BETONT; bis Dezember 2017 einen Bericht vorzulegen; Anfang 2018 einen Vorschlag vorzulegen; vom Rat vor Ende 2017 anzunehmen.');
SELECT lang, string_agg(due::text, ' | ' ORDER BY pos) AS deadlines
FROM mirrored, deadlines_in(body) GROUP BY lang ORDER BY lang;
SELECT lang, match FROM mirrored, deadlines_in(body) WHERE lang <> 'en' ORDER BY lang, pos;

-- look-alikes: dates that report the past, titles, adjectives
SELECT count(*) AS lookalikes FROM deadlines_in(
  'adopted on 20 November 2017, its Conclusions of 6 December 2016, the 2014 framework, '
  'the Internal Security Strategy 2015-2020, during the EU CYBRID 2017 exercise, '
  'a permanent mandate, the ongoing processes, the mid-term review, by the Council.');

-- a phrase that needs a reference date is found only with one
SELECT * FROM deadlines_in('to report by May.', '2018-06-01');
SELECT count(*) AS without_ref FROM deadlines_in('to report by May.');
SELECT count(*) AS from_null FROM deadlines_in(NULL);

-- the action plan's deadline column (14965/17) parses entirely
SELECT cell, cell::deadline AS value, due_date(cell::deadline) AS due
FROM (VALUES ('May 2018'), ('June 2018'), ('December 2018'), ('end of 2018/early 2019'),
             ('2019'), ('2020'), ('2018'), ('end of 2018'), ('early 2018'), ('ongoing'),
             ('End of 2017'), ('mid-2019'), ('Mid-2019'), ('2018 and ongoing')) AS v(cell);
-- and each of those cells occurs in the action plan's text (line breaks folded)
SELECT cell, position(cell IN regexp_replace(:'action_plan', '\s+', ' ', 'g')) > 0 AS in_action_plan
FROM (VALUES ('May 2018'), ('June 2018'), ('December 2018'), ('end of 2018/early 2019'),
             ('end of 2018'), ('early 2018'), ('ongoing'), ('End of 2017'), ('mid-2019'),
             ('Mid-2019'), ('2018 and ongoing')) AS v(cell);

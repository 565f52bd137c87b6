-- Deadlines as EU texts write them beyond the spec's table (issue 14's
-- families), in six languages: through the type's input (whole phrases),
-- and through deadline_parse, which reads the one time expression of a
-- short phrase.  The C unit tests and test/corpus hold many more.
SET search_path = public, policy_tracker;

SELECT phrase, phrase::deadline AS deadline, due_date(phrase::deadline) AS due,
       deadline_period(phrase::deadline) AS period
FROM (VALUES ('on 25 March 2021'), ('le 1er juillet 2020'), ('am 1. Juli 2020'), ('31/12/2020'),
             ('15-16 October 2020'), ('du 3 au 5 juin 2019'), ('März bis Juni 2019'),
             ('between 2015 and 2020'), ('Herbst und Winter 2019'), ('from 2019 onwards'),
             ('vanaf 2020'), ('au second semestre 2019'), ('in de tweede helft van 2019'),
             ('à l''automne 2019'), ('end of 2018 - early 2019'), ('a finales de 2018'),
             ('a más tardar en junio de 2019'), ('entro la fine del 2018'), ('dal 2019 in poi'),
             ('post-2020')) AS t(phrase);

-- the type stays strict: words around the time are an error there ...
SELECT is_deadline('should be completed in June 2019') AS type_accepts_sentence,
       try_deadline('is scheduled for Q3 2019') AS type_reads_sentence;

-- ... and deadline_parse reads the time expression inside a short phrase
SELECT phrase, deadline_parse(phrase, '2018-06-01') AS deadline
FROM (VALUES ('should be completed in June 2019'), ('is scheduled for Q3 2019'),
             ('European Council, 21-22 March 2019'), ('Diese sollen bis Mai 2018 vorgelegt werden'),
             ('für den Zeitraum 2019 bis 2024'), ('Bij brief van 13 maart jl.'),
             ('le 25 octobre dernier'), ('dom 20 lug. 2025')) AS t(phrase);

-- a phrase with no time in it is still an error, with the input and a hint
\set VERBOSITY terse
SELECT deadline_parse('as soon as the Council agrees', '2018-06-01');
\set VERBOSITY default
-- every language of the reader is accepted by name
SELECT l, deadline_parse('2019', '2018-06-01', l) FROM unnest(ARRAY['en', 'nl', 'fr', 'de', 'es', 'it']) AS l;

-- Operative verbs and their addressees (calls_in, operative_verbs,
-- addressees): capitals and lower case, active and passive calls, in
-- English, Dutch, French and German; actors named in passing or in a
-- cooperation phrase are no addressees.
SET search_path = public, policy_tracker;

SELECT verb, kind, addressees, pos
FROM calls_in('INVITES the Commission, in close cooperation with ENISA, Europol and the EEAS, to propose measures and STRESSES the role of Europol');

-- lower case counts after "the Council", in the passive, or first in the text
SELECT t, operative_verbs(t) AS verbs, ARRAY(SELECT addressees(t) ORDER BY 1) AS addressees
FROM (VALUES
  ('The Council invites the Commission to present a report by mid-2019.'),
  ('The Council of the European Union urges Member States to act.'),
  ('Member States and ENISA are invited to share information.'),
  ('Invites the Member States to continue.'),
  ('ENISA invites applications; the notes were kept.'),
  ('CALLS for all countries to design legal frameworks.'),
  ('CALLS upon the EEAS and Member States to exercise.'),
  ('VERZOEKT de Commissie om uiterlijk eind 2018 een verslag in te dienen.'),
  ('ROEPT de lidstaten op de richtlijn om te zetten.'),
  ('De Raad verzoekt de Commissie, in nauwe samenwerking met ENISA, om te rapporteren.'),
  ('Le Conseil invite la Commission à présenter un rapport.'),
  ('DEMANDE à la Commission européenne de présenter un rapport.'),
  ('Les États membres sont invités à partager des informations.'),
  ('ERSUCHT die Kommission, bis Ende 2018 einen Bericht vorzulegen.'),
  ('FORDERT die Mitgliedstaaten auf, die Richtlinie umzusetzen.'),
  ('Die Mitgliedstaaten werden ersucht, Informationen auszutauschen.'),
  ('BEGRÜSST die Mitteilung der Kommission.')) AS x(t);

-- an addressee that is no actor of the vocabulary is left for the importer to report
SELECT c.verb, c.addressees, a.actor, a.qualifier, a.name
FROM calls_in('INVITES the Martian Agency and the Commission to report.') AS c,
     LATERAL actors_in(c.addressees) AS a
ORDER BY a.pos;

-- text that is no conclusions: no verbs, no rows, no error
SELECT count(*) FROM calls_in('');
SELECT operative_verbs(''), operative_verbs(repeat('x', 100000));
SELECT count(*) FROM calls_in(repeat('INVITES the Commission to act; ', 10000));

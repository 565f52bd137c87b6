-- Values that are no period: "as soon as possible" and recurrences.  They
-- read in six languages, print in one canonical spelling that reads back,
-- sort after every dated value, and answer next_due / next_occurrence /
-- deadline_status for the day a tracker asks about.
SET search_path = public, policy_tracker;

SELECT phrase, phrase::deadline AS value, deadline_mode(phrase::deadline) AS mode,
       (phrase::deadline)::text::deadline = phrase::deadline AS reads_back,
       deadline_edtf(phrase::deadline) AS edtf
FROM (VALUES ('as soon as possible'), ('ASAP'), ('zo snel mogelijk'), ('dès que possible'),
             ('so bald wie möglich'), ('lo antes posible'), ('il prima possibile'),
             ('annually'), ('jaarlijks'), ('chaque année'), ('jährlich'), ('every six months'),
             ('tweemaal per jaar'), ('quarterly'), ('every 2 years'), ('each year by 31 March'),
             ('every year by the end of March'), ('annually from 2019'), ('every 6 months from 2019'),
             ('each year in June')) AS v(phrase);

-- the bound wins over "as soon as possible"
SELECT deadline_parse('as soon as possible and at the latest by June 2019', '2018-12-01') AS value;

-- after every value with a due date; among those without: ongoing, asap, recurrences
SELECT d FROM unnest('{annually, as soon as possible, 2018, ongoing, each year by 31 March, from 2019, every 6 months from 2019, by mid-2018}'::deadline[]) AS d
ORDER BY d;

-- the due date that applies on a day
SELECT d, on_day, next_due(d, on_day) AS next_due, next_occurrence(d, on_day) AS occurrence,
       deadline_status(d, on_day) AS status
FROM unnest('{each year by 31 March, every 6 months from 2019, annually, as soon as possible, by mid-2018}'::deadline[]) AS d,
     unnest('{2018-07-01, 2019-03-31, 2019-07-01}'::date[]) AS on_day
ORDER BY d, on_day;
SELECT next_due('annually', 'infinity') AS at_infinity, due_date('annually') AS no_due_date_of_its_own,
       is_overdue('each year by 31 March', '2030-01-01') AS never_overdue;

-- an action plan's ASAP cell is a deadline now
INSERT INTO document (ref, kind) VALUES ('ST 97 2018 INIT', 'action_plan');
SELECT number, outcome, reason FROM load_action_plan('ST 97 2018 INIT',
  E'heading,action,lead,involved,deadline,progress,notes\nH,Now,Commission,,ASAP,,\nH,Each year,Commission,,annually,,\nH,Later,Commission,,tbc,,');
SELECT number, deadline, deadline_text FROM action WHERE plan = 'ST 97 2018 INIT' ORDER BY number;
DELETE FROM action_actor WHERE action IN (SELECT id FROM action WHERE plan = 'ST 97 2018 INIT');
DELETE FROM action WHERE plan = 'ST 97 2018 INIT';
DELETE FROM document WHERE ref = 'ST 97 2018 INIT';

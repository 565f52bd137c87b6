-- resolve_actor and actors_in: every actor named in the action plan and the
-- conclusions, their aliases and their names in Dutch, French and German.
SET search_path = public, policy_tracker;

SELECT alias, (resolve_actor(alias)).name AS actor FROM (VALUES
  ('Commission'), ('European Commission'), ('Cion'), ('EC'), ('COMMISSION'), ('the Commission'),
  ('Europese Commissie'), ('Commission européenne'), ('Europäische Kommission'),
  ('MS'), ('Member States'), ('member states'), ('lidstaten'), ('États membres'), ('Mitgliedstaaten'),
  ('Council'), ('Raad'), ('Conseil'), ('Rat'), ('European Parliament'), ('Parlement européen'),
  ('Presidency'), ('Presidency of the Council'), ('voorzitterschap'), ('BG Presidency'),
  ('Bulgarian Presidency'), ('AT Presidency'), ('Austrian Presidency'), ('EE Presidency'),
  ('Estonian Presidency'), ('EEAS'), ('ENISA'), ('EU Cybersecurity Agency'), ('Europol'), ('Eurojust'),
  ('EDA'), ('ESDC'), ('ECSO'), ('EIB'), ('CERT-EU'), ('CSIRTs Network'), ('NIS Cooperation Group'),
  ('Cooperation Group'), ('COSI'), ('CATS'), ('HWP Cyber'), ('EU Institutions, bodies and Agencies'),
  ('EU Agencies'), ('NATO'), ('OSCE'), ('GFCE'), ('Council of Europe'), ('nobody at all')) AS v(alias);

-- every lead and involved cell of the action plan 14965/17, split
CREATE TEMP TABLE plan_cells (heading text, action text, lead text, involved text, deadline text,
                              progress text, notes text);
\copy plan_cells FROM 'data/action_plan_14965-17.csv' CSV HEADER
SELECT count(*) AS actions FROM plan_cells;
SELECT cell, string_agg(coalesce(a.actor, '??' || a.name) || coalesce(' (' || a.qualifier || ')', ''),
                        ' | ' ORDER BY a.pos) AS actors
FROM (SELECT lead AS cell FROM plan_cells UNION SELECT involved FROM plan_cells WHERE involved <> '') AS c,
     LATERAL actors_in(c.cell) AS a
GROUP BY cell ORDER BY cell;
SELECT count(*) AS unknown_names
FROM (SELECT lead AS cell FROM plan_cells UNION SELECT involved FROM plan_cells) AS c,
     LATERAL actors_in(c.cell) AS a WHERE a.actor IS NULL;

-- unknown names are reported, never dropped
SELECT * FROM actors_in('Martians, supported by ENISA and/or the Moon Agency');
SELECT * FROM actors_in('');

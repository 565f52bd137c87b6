-- The actor vocabulary: every actor named in the 2017 action plan 14965/17
-- and conclusions 13943/17, the usual aliases, and the institutions' names in
-- Dutch, French and German.  Aliases are matched case-insensitively, except
-- that actors_in reads an alias in capitals ("UN") only as written.
INSERT INTO @extschema@.actor (name, short_name, kind, aliases, builtin) VALUES
 ('European Commission', 'Commission', 'institution',
  ARRAY['Commission', 'Cion', 'EC', 'the Commission', 'Europese Commissie', 'Commissie',
        'Commission européenne', 'Europäische Kommission', 'Kommission'], true),
 ('Council of the European Union', 'Council', 'institution',
  ARRAY['Council', 'the Council', 'Council of the EU', 'Raad', 'Raad van de Europese Unie',
        'Conseil', 'Conseil de l''Union européenne', 'Rat', 'Rat der Europäischen Union'], true),
 ('European Parliament', 'EP', 'institution',
  ARRAY['EP', 'Parliament', 'Europees Parlement', 'Parlement européen', 'Europäisches Parlament'], true),
 ('European Council', 'EUCO', 'institution',
  ARRAY['EUCO', 'Europese Raad', 'Conseil européen', 'Europäischer Rat'], true),
 ('European Union', 'EU', 'institution',
  ARRAY['EU', 'the EU', 'Union', 'the Union', 'Europese Unie', 'Union européenne', 'Europäische Union'], true),
 ('Member States', 'MS', 'member_states',
  ARRAY['MS', 'Member State', 'EU Member States', 'its Member States', 'lidstaten', 'lidstaat',
        'États membres', 'Etats membres', 'Mitgliedstaaten'], true),
 ('Presidency', 'Presidency', 'presidency',
  ARRAY['Presidency of the Council', 'Council Presidency', 'the Presidency', 'Successive Presidencies',
        'incoming Presidencies', 'voorzitterschap', 'présidence', 'Vorsitz', 'Ratsvorsitz',
        'Präsidentschaft'], true),
 ('European External Action Service', 'EEAS', 'institution',
  ARRAY['EEAS', 'EDEO', 'SEAE', 'EAD', 'Europese Dienst voor extern optreden',
        'Service européen pour l''action extérieure', 'Europäischer Auswärtiger Dienst'], true),
 ('EU institutions, bodies and agencies', 'EUIBAs', 'institution',
  ARRAY['EU Institutions, bodies and Agencies', 'EU institutions, agencies and bodies', 'EU institutions',
        'EU agencies', 'EU bodies', 'EUIBAs', 'EU Institutions and bodies', 'other EU Institutions'], true),
 ('European Union Agency for Cybersecurity', 'ENISA', 'agency',
  ARRAY['ENISA', 'EU Cybersecurity Agency', 'European Union Agency for Network and Information Security'], true),
 ('Europol', 'Europol', 'agency', ARRAY['European Union Agency for Law Enforcement Cooperation', 'EC3'], true),
 ('Eurojust', 'Eurojust', 'agency', ARRAY['European Union Agency for Criminal Justice Cooperation'], true),
 ('European Defence Agency', 'EDA', 'agency', ARRAY['EDA'], true),
 ('European Security and Defence College', 'ESDC', 'agency', ARRAY['ESDC'], true),
 ('European Investment Bank', 'EIB', 'institution',
  ARRAY['EIB', 'Europese Investeringsbank', 'Banque européenne d''investissement', 'Europäische Investitionsbank'], true),
 ('CERT-EU', 'CERT-EU', 'institution',
  ARRAY['Computer Emergency Response Team for the EU institutions, bodies and agencies'], true),
 ('European Cyber Security Organisation', 'ECSO', 'private', ARRAY['ECSO'], true),
 ('Private sector', 'private sector', 'private', ARRAY['the private sector', 'industry'], true),
 ('CSIRTs Network', 'CSIRTs Network', 'network',
  ARRAY['CSIRT Network', 'network of CSIRTs', 'the CSIRTs Network'], true),
 ('NIS Cooperation Group', 'Cooperation Group', 'network',
  ARRAY['Cooperation Group', 'NIS CG', 'the Cooperation Group'], true),
 ('European Judicial Cybercrime Network', 'EJCN', 'network', ARRAY['EJCN'], true),
 ('Standing Committee on Operational Cooperation on Internal Security', 'COSI', 'council_body', ARRAY['COSI'], true),
 ('Coordinating Committee in the area of police and judicial cooperation in criminal matters', 'CATS',
  'council_body', ARRAY['CATS'], true),
 ('Horizontal Working Party on Cyber Issues', 'HWP Cyber', 'council_body',
  ARRAY['HWP Cyber', 'HWP', 'HWP on Cyber issues', 'Horizontal Working Party on Cyber'], true),
 ('Permanent Representatives Committee', 'Coreper', 'council_body', ARRAY['COREPER'], true),
 ('Working Party on General Matters including Evaluation', 'GENVAL', 'council_body', ARRAY['GENVAL'], true),
 ('North Atlantic Treaty Organization', 'NATO', 'international', ARRAY['NATO', 'OTAN', 'NAVO'], true),
 ('Organization for Security and Co-operation in Europe', 'OSCE', 'international',
  ARRAY['OSCE', 'OVSE', 'OSZE'], true),
 ('Global Forum on Cyber Expertise', 'GFCE', 'international', ARRAY['GFCE'], true),
 ('United Nations', 'UN', 'international', ARRAY['UN', 'VN', 'ONU', 'Vereinte Nationen'], true),
 ('Council of Europe', 'CoE', 'international', ARRAY['CoE', 'Raad van Europa', 'Conseil de l''Europe', 'Europarat'], true);

-- A presidency actor per member state of the presidency calendar (2007-2030).
INSERT INTO @extschema@.actor (name, short_name, kind, country, aliases, builtin)
SELECT c.code || ' Presidency', c.code || ' Presidency', 'presidency', c.code,
       ARRAY[c.adjective || ' Presidency', c.code || ' Pres', 'Presidency ' || c.code], true
FROM (VALUES ('AT', 'Austrian'), ('BE', 'Belgian'), ('BG', 'Bulgarian'), ('CY', 'Cypriot'),
             ('CZ', 'Czech'), ('DE', 'German'), ('DK', 'Danish'), ('EE', 'Estonian'), ('EL', 'Greek'),
             ('ES', 'Spanish'), ('FI', 'Finnish'), ('FR', 'French'), ('HR', 'Croatian'),
             ('HU', 'Hungarian'), ('IE', 'Irish'), ('IT', 'Italian'), ('LT', 'Lithuanian'),
             ('LU', 'Luxembourg'), ('LV', 'Latvian'), ('MT', 'Maltese'), ('NL', 'Dutch'),
             ('PL', 'Polish'), ('PT', 'Portuguese'), ('RO', 'Romanian'), ('SE', 'Swedish'),
             ('SI', 'Slovenian'), ('SK', 'Slovak')) AS c(code, adjective);

CREATE FUNCTION @extschema@.resolve_actor(name text)
RETURNS @extschema@.actor
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT a.*
    FROM @extschema@.actor AS a
    WHERE pg_catalog.lower(a.name) = pg_catalog.lower(pg_catalog.btrim($1))
       OR pg_catalog.lower(a.short_name) = pg_catalog.lower(pg_catalog.btrim($1))
       OR pg_catalog.lower(pg_catalog.btrim($1)) = ANY (
              SELECT pg_catalog.lower(x) FROM pg_catalog.unnest(a.aliases) AS x)
       OR pg_catalog.lower(pg_catalog.regexp_replace(pg_catalog.btrim($1), '^(the|its|all|other) +', '', 'i'))
              IN (pg_catalog.lower(a.name), pg_catalog.lower(a.short_name))
    ORDER BY (pg_catalog.lower(a.name) = pg_catalog.lower(pg_catalog.btrim($1))) DESC, a.name
    LIMIT 1;
END;
COMMENT ON FUNCTION @extschema@.resolve_actor(text) IS
    'the actor a name, short name or alias (any case, any of en/nl/fr/de) stands for; NULL if unknown';

-- docnums_in: references in running text (spec section 6), on the corpus.
SET search_path = public, policy_tracker;

\set conclusions `cat ../shared/corpus/13943-17_draft-conclusions_en.txt`
\set action_plan `cat ../shared/corpus/14965-17_action-plan_en.txt`

-- every reference in the draft conclusions, in text order
SELECT ref, match FROM docnums_in(:'conclusions') ORDER BY pos;

-- the ones the issue names are all there
SELECT want, EXISTS (SELECT 1 FROM docnums_in(:'conclusions') WHERE ref = want::docnum) AS found
FROM (VALUES ('12762/5/16 REV 5'), ('12762/5/17 REV5'), ('EUCO 14/17'),
             ('COM JOIN(2013) 1 final'), ('COM(2014) 72 final'), ('C/2017/6100 final'),
             ('15283/16'), ('COM 2016(410) final')) AS v(want);

-- nothing from the look-alikes: subject codes, treaty articles, year spans,
-- legal acts, dates
SELECT count(*) AS lookalikes FROM docnums_in(:'conclusions') d
WHERE d.match ~ '(CYBER|TELECOM|ENFOPOL|Article|TEU|2015-2020|526/2013|26\.09)'
   OR docnum_number(d.ref) IN (168, 263, 506, 996, 42, 526);

-- pos is the 1-based character offset of the match
SELECT bool_and(substr(:'conclusions', pos, length(match)) = match) AS pos_points_at_match
FROM docnums_in(:'conclusions');

-- the action plan: "14435/17 + COR 1" expands to two documents
SELECT ref, match FROM docnums_in(:'action_plan') ORDER BY pos, ref;

-- small cases: labels, lists, combined mentions, broken lines, look-alikes
SELECT t AS text, ref, match, pos FROM (VALUES
  ('No. Cion doc.: 12211/17, 12210/17'),
  ('Ratsdok. 9916/17 und Raadsdocument 6122/15'),
  ('9916/17 en C/2017/6100 final'),
  ('13837/17 + ADDs 1-5'),
  ('13510/20 + COR 1 REV 1'),
  (E'(COM(2016) 410\nfinal)'),
  ('Élément 9916/17 après'),
  ('CYBER 168 TELECOM 263 ENFOPOL 506'),
  ('26.09.2017, 20 November 2017, 2015-2020, Article 42.7 TEU'),
  ('Regulation (EU) 526/2013 and Directive 2013/40/EU')
) AS v(t) LEFT JOIN LATERAL docnums_in(t) ON true
ORDER BY t, pos, ref;

-- national registers write a Council number as number-year after a label;
-- acts, journals, papers, cases and months are skipped in every language
SELECT t AS text, ref, match, pos FROM (VALUES
  (1, 'doc no 12345-16'),
  (2, 'Ratsdok. 12345-16, 12346-16 und 12347-16'),
  (3, 'document n° 12345-16 + COR 1'),
  (4, 'Raadsdocument 12345-16 en doc. nr. 123/13'),
  (5, 'Kamerstuk 21501-33, pages 12345-16'),
  (6, 'Verordnung (EU) Nr. 123/2013, règlement (UE) n° 526/2013'),
  (7, 'Regulation (EU) No 1025/2012 and Besluit nr. 1313/2013/EU'),
  (8, '(2019/C 123/04), OJ C 326/47, ABl. L 194'),
  (9, 'Drucksache 19/2019, Kamerstukken II 2017/18, 21501-02'),
  (10, 'C-123/19, T-12/20, in 12/2019 and 03/2020'),
  (11, 'COM(2017) 477 final, SWD(2017) 500 final, JOIN(2017) 450 final')
) AS v(n, t) LEFT JOIN LATERAL docnums_in(t) ON true
ORDER BY n, pos, ref;

SELECT count(*) AS from_empty_text FROM docnums_in('');

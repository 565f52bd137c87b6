-- Every input form of spec section 2 gives the canonical value of section 3,
-- and canonical and display text both read back to the same value.
SET search_path = public, policy_tracker;

CREATE TEMP TABLE forms (input text, expected text);
INSERT INTO forms VALUES
  -- Council: slash, with 2- or 4-digit year, with series
  ('14435/17', 'ST 14435 2017 INIT'),
  ('ST 14435/17', 'ST 14435 2017 INIT'),
  ('WK 2685/2018 REV 2', 'WK 2685 2018 REV 2'),
  ('EUCO 14/17', 'EUCO 14 2017 INIT'),
  ('PE-CONS 30/26', 'PE-CONS 30 2026 INIT'),
  ('CM 4321/17', 'CM 4321 2017 INIT'),
  ('DS 1234/17', 'DS 1234 2017 INIT'),
  ('SN 4712/17', 'SN 4712 2017 INIT'),
  -- slash with revision infix
  ('12762/5/17 REV 5', 'ST 12762 2017 REV 5'),
  ('9608/1/17', 'ST 9608 2017 REV 1'),
  ('EUCO 19/1/17 REV 1', 'EUCO 19 2017 REV 1'),
  ('10729/4/16 REV 4 ADD 1', 'ST 10729 2016 REV 4 ADD 1'),
  ('12762/5/17 ADD 1', 'ST 12762 2017 REV 5 ADD 1'),
  -- register form
  ('ST 14435 2017 INIT', 'ST 14435 2017 INIT'),
  ('ST 10149 2021 ADD 1 REV 1', 'ST 10149 2021 ADD 1 REV 1'),
  ('st 14435 2017 init', 'ST 14435 2017 INIT'),
  -- register URL path
  ('ST-12762-2017-REV-5', 'ST 12762 2017 REV 5'),
  ('WK-9011-2025-INIT', 'WK 9011 2025 INIT'),
  ('PE-9-2018-INIT', 'PE-CONS 9 2018 INIT'),
  -- blanks and glued suffix numbers
  ('12762/5/17 REV5', 'ST 12762 2017 REV 5'),
  ('WK 13046/2/17 REV2', 'WK 13046 2017 REV 2'),
  (E'  ST\t14435\n2017   INIT ', 'ST 14435 2017 INIT'),
  (E'ST\u00a014435\u00a02017\u00a0INIT', 'ST 14435 2017 INIT'),
  ('14435/17 COR 1', 'ST 14435 2017 COR 1'),
  ('14435/17 EXT 1', 'ST 14435 2017 EXT 1'),
  ('14435/17 DCL 1', 'ST 14435 2017 DCL 1'),
  -- Commission: standard, corrigendum, EUR-Lex
  ('COM(2017) 477 final', 'COM(2017) 477 final'),
  ('COM (2017) 477', 'COM(2017) 477 final'),
  ('COM(2017)477 final', 'COM(2017) 477 final'),
  ('JOIN(2017) 450 final', 'JOIN(2017) 450 final'),
  ('SWD(2017) 500 final', 'SWD(2017) 500 final'),
  ('SEC(2010) 1126', 'SEC(2010) 1126 final'),
  ('C(2017) 6100 final', 'C(2017) 6100 final'),
  ('COM(2017) 477 final/2', 'COM(2017) 477 final/2'),
  ('COM/2017/0477 final', 'COM(2017) 477 final'),
  ('JOIN/2017/0450 final', 'JOIN(2017) 450 final'),
  ('C/2017/6100 final', 'C(2017) 6100 final'),
  ('COM:2017:477:FIN', 'COM(2017) 477 final'),
  -- two-digit years, other languages
  ('COM(17) 650', 'COM(2017) 650 final'),
  ('Join(17)41', 'JOIN(2017) 41 final'),
  ('COM(98) 12', 'COM(1998) 12 final'),
  ('KOM(2007) 480 endg.', 'COM(2007) 480 final'),
  ('K(2010) 1298 endgültig', 'C(2010) 1298 final'),
  ('COM(2017) 477 definitief', 'COM(2017) 477 final'),
  ('COM(2017) 477 def.', 'COM(2017) 477 final'),
  -- the two known malformations, repaired
  ('COM JOIN(2013) 1 final', 'JOIN(2013) 1 final'),
  ('COM 2016(410) final', 'COM(2016) 410 final'),
  -- year edges: 50-99 are 1950-1999, 00-49 are 2000-2049
  ('1/50', 'ST 1 1950 INIT'),
  ('1/49', 'ST 1 2049 INIT'),
  ('999999/2099 REV 63 ADD 63 DCL 63', 'ST 999999 2099 REV 63 ADD 63 DCL 63');

-- every form gives the canonical text shown
SELECT input, input::docnum AS value, input::docnum::text = expected AS as_expected
FROM forms ORDER BY input::docnum, input;

-- round trip: x::text::docnum = x, and the display form reads back too
SELECT count(*) AS forms,
       bool_and(input::docnum::text::docnum = input::docnum) AS text_round_trip,
       bool_and(docnum_display(input::docnum)::docnum = input::docnum) AS display_round_trip
FROM forms;

-- two spellings of one document are equal, and join
SELECT '12762/5/17 REV 5'::docnum = 'ST-12762-2017-REV-5'::docnum AS same_document,
       'COM/2017/0477 final'::docnum = 'COM(2017) 477'::docnum AS same_commission_document;

-- Functions of spec section 5.
SET search_path = public, policy_tracker;

SELECT d AS value, docnum_display(d) AS display, docnum_series(d) AS series,
       docnum_number(d) AS number, docnum_year(d) AS year, docnum_suffix(d) AS suffix,
       docnum_revision(d) AS revision, docnum_family(d) AS family
FROM (VALUES ('14435/17'::docnum), ('12762/5/17 REV 5'), ('10729/4/16 REV 4 ADD 1'),
             ('ST 10149 2021 ADD 1 REV 2'), ('WK 13046/2/17 REV2'), ('EUCO 14/17'),
             ('PE-CONS 30/26'), ('123/2050'), ('JOIN(2017) 450 final'),
             ('COM(2017) 477 final/2'), ('C/2017/6100 final')) AS v(d)
ORDER BY d;

-- register and EUR-Lex links
SELECT d AS value, docnum_url(d) AS url, docnum_celex(d) AS celex
FROM (VALUES ('12762/5/17 REV 5'::docnum), ('10729/4/16 REV 4 ADD 1'), ('EUCO 14/23'),
             ('WK 9011/2025'), ('CM 4321/17'), ('PE-CONS 30/26'), ('DS 1234/17'), ('SN 4712/17'),
             ('COM(2017) 477 final'), ('COM(2017) 477 final/2'), ('JOIN(2017) 450 final'),
             ('SWD(2017) 95 final'), ('SEC(2010) 1126'), ('C(2017) 6100 final')) AS v(d)
ORDER BY d;

SELECT docnum_url('14435/17', 'fr') AS council_fr, docnum_url('COM(2017) 477', 'DE') AS com_de;
SELECT docnum_url('14435/17', 'xx');
SELECT docnum_url('14435/17', 'english');

-- fields read back into the same value
SELECT bool_and(format('%s %s %s %s', docnum_series(d), docnum_number(d), docnum_year(d),
                       docnum_suffix(d))::docnum = d) AS fields_rebuild_value
FROM (VALUES ('14435/17'::docnum), ('12762/5/17 REV 5'), ('ST 10149 2021 ADD 1 REV 2'),
             ('PE-CONS 30/26'), ('EUCO 14/17')) AS v(d);

-- read_document and import_conclusions on layouts other than the example's:
-- numbers alone on their line, lettered recitals, lettered and roman points,
-- "I. Title" chapters, footers split over lines, footnotes at the page
-- bottom, a cover page in French; what the import reports.
SET search_path = public, policy_tracker;

-- a pdfminer-like text: the number alone on its line, a chapter "I. Title",
-- lettered points, a footer in pieces, a footnote whose marker is glued
SELECT seq, kind, field, number, item, sub, recital, label, chapter, preamble, footnote, placed, markers, body
FROM read_document(E'COUNCIL OF\nTHE EUROPEAN UNION\n\nBrussels, 3 March 2020\n(OR. en)\n\n6543/20\n\nLIMITE\n\nNOTE\nFrom:\nGeneral Secretariat of the Council\nTo:\nDelegations\nSubject:\nCouncil conclusions on testing\n\nCouncil conclusions on testing\n\nTHE COUNCIL OF THE EUROPEAN UNION,\n\nA.\nWhereas tests matter;\n\nB.\nWhereas readers must be tested1;\n\nI. Introduction\n\n1.\nWELCOMES the tests;\n\n2.\nINVITES the Commission to:\n\na)\nreport by the end of 2021;\n\nb)\nreview the tests within six months.\n\nII. Follow-up\n\n3.\nAGREES to meet again.\n\n1\nSee doc. 5432/20.\n\n6543/20\nAB/cd\n1\nDG D\nEN\n');

SELECT ref IS NOT NULL AS has_no_row_yet FROM document WHERE ref = '6543/20';
SELECT * FROM import_conclusions('6543/20', E'Brussels, 3 March 2020\n\n6543/20\n\nA.\nWhereas readers must be tested1;\n\n1.\nINVITES the Commission to:\n\na)\nreport by the end of 2021;\n\nb)\nreview the tests within six months.\n\n2.\nCALLS ON the Martian Agency to act.\n\n1\nSee doc. 5432/20.\n', 'en');
-- the cover date became the document's date; the relative deadline was read against it
SELECT kind, adopted_on FROM document WHERE ref = '6543/20';
SELECT number, item, part, label, body FROM paragraph_text t JOIN paragraph p USING (document, number, item)
WHERE document = '6543/20' ORDER BY number, item;
SELECT number, item, deadline::text, phrase FROM paragraph_deadline WHERE document = '6543/20' ORDER BY number, item;
SELECT number, item, footnote, to_doc FROM reference WHERE from_doc = '6543/20' ORDER BY number, item;

-- without any date, a relative deadline is reported, not dropped silently
SELECT * FROM import_conclusions('7654/20', E'1. INVITES the Commission to report within six months.\n', 'en')
WHERE what NOT IN ('points', 'recitals', 'chapters', 'footnotes', 'references');
SELECT count(*) AS deadlines FROM paragraph_deadline WHERE document = '7654/20';

-- a bullet whose text the converter lost is reported, not stored
SELECT * FROM import_conclusions('7655/20', E'1. INVITES the Commission to:\n-\n- act.\n', 'en')
WHERE what IN ('paragraphs', 'points') OR what LIKE 'empty%';

DELETE FROM document WHERE ref IN ('6543/20', '7654/20', '7655/20');

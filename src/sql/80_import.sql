-- Importing conclusions.  The structure of a converter's text (cover page,
-- cover note, chapters, recitals, paragraphs, points, footnotes; footers,
-- headers and hyphenation removed) is read in C by src/docread/ and shown by
-- read_document(); import_conclusions() stores it and links it, in SQL.
CREATE FUNCTION @extschema@.read_document(source pg_catalog.text,
    OUT seq pg_catalog.int4, OUT kind pg_catalog.text, OUT field pg_catalog.text,
    OUT number pg_catalog.int4, OUT item pg_catalog.int4, OUT sub pg_catalog.int4,
    OUT recital pg_catalog.int4, OUT label pg_catalog.text, OUT chapter pg_catalog.text,
    OUT preamble pg_catalog.bool, OUT in_note pg_catalog.bool, OUT footnote pg_catalog.int4,
    OUT placed pg_catalog.bool, OUT markers pg_catalog.int4[], OUT line pg_catalog.int4,
    OUT body pg_catalog.text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'pt_read_document' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 200;
COMMENT ON FUNCTION @extschema@.read_document(pg_catalog.text) IS
    'the structure of a Council document as a converter printed it (pdftotext, pdfminer, HTML, OCR, markdown): one row per cover field, title, chapter, recital, paragraph, point, sub-point, footnote and skipped line, in document order; row 0 names the layout recognised';

-- Operative verbs and the calls they make are read in C (src/calls/: the
-- grammar once, the words of en/nl/fr/de as data): verbs in capitals, verbs
-- in lower case after "the Council", and passive calls ("Member States are
-- invited to").  The addressee part of a call is cut out there; which actors
-- it names is the actor vocabulary's business (actors_in), so users extend
-- the vocabulary with rows, not code.
CREATE FUNCTION @extschema@.calls_in(body pg_catalog.text,
    OUT verb pg_catalog.text, OUT kind pg_catalog.text, OUT addressees pg_catalog.text, OUT pos pg_catalog.int4)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'pt_calls_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 5;
COMMENT ON FUNCTION @extschema@.calls_in(pg_catalog.text) IS
    'operative verbs of a text in order: verb (capitals, CALLS ON for calls on/upon), kind (call, passive call, statement, preamble), the addressee part of a call (cooperation phrases left out), 1-based position';

CREATE FUNCTION @extschema@.operative_verbs(body pg_catalog.text)
RETURNS pg_catalog.text[]
AS 'MODULE_PATHNAME', 'pt_operative_verbs' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.operative_verbs(pg_catalog.text) IS
    'operative verbs of a text, distinct, in order of first appearance, in capitals (CALLS ON for CALLS ON/UPON), in English, Dutch, French and German';

CREATE FUNCTION @extschema@.addressees(body text)
RETURNS SETOF text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    -- only the actors a call names: "INVITES the Commission, in close
    -- cooperation with ENISA, to" names the Commission, not ENISA
    SELECT DISTINCT ai.actor
    FROM @extschema@.calls_in($1) AS c,
         LATERAL @extschema@.actors_in(c.addressees) AS ai
    WHERE c.addressees <> '' AND ai.actor IS NOT NULL;
END;
COMMENT ON FUNCTION @extschema@.addressees(text) IS
    'actors a text calls on, invites, urges or requests (active or passive calls, en/nl/fr/de), not actors named in passing';

CREATE FUNCTION @extschema@.import_conclusions(ref @extschema@.docnum, body text, lang text DEFAULT 'en',
    OUT what text, OUT found int, OUT detail text)
RETURNS SETOF record
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    ref_day   date;
    n         int;
BEGIN
    -- 'EN' and ' en' are English too; every row stores the lower-case code
    lang := lower(btrim(lang));
    IF lang NOT IN ('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it',
                    'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv') THEN
        RAISE EXCEPTION 'invalid language code "%"', lang
            USING ERRCODE = '22023', HINT = 'Use a two-letter code of an official EU language.';
    END IF;

    -- the structure, read once (src/docread/), into scratch tables made once
    -- per session and emptied at each commit: one import after another in
    -- one transaction (1,000 documents, say) reuses them instead of taking
    -- a lock on three new tables each time, which runs out of lock space
    IF to_regclass('pg_temp.pt_doc') IS NULL THEN
        CREATE TEMP TABLE pt_doc (seq int4, kind text, field text, number int4, item int4, sub int4,
            recital int4, label text, chapter text, preamble bool, in_note bool, footnote int4,
            placed bool, markers int4[], line int4, body text) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE pt_doc_items (number int4, item int4, seq int4, label text, chapter text,
            part text, body text) ON COMMIT DELETE ROWS;
        CREATE TEMP TABLE pt_doc_calls (number int4, item int4, k int8, verb text, addressees text,
            actor text, name text, pos int4) ON COMMIT DELETE ROWS;
    END IF;
    -- TRUNCATE, not DELETE: within one transaction deleted rows stay in the
    -- table, and every later import would scan all of them again
    TRUNCATE pg_temp.pt_doc, pg_temp.pt_doc_items, pg_temp.pt_doc_calls;
    INSERT INTO pg_temp.pt_doc
        SELECT d.* FROM @extschema@.read_document(import_conclusions.body) AS d;
    IF NOT EXISTS (SELECT 1 FROM pg_temp.pt_doc d WHERE d.kind = 'paragraph' AND d.body ~ '[[:alpha:]]') THEN
        RAISE EXCEPTION 'no numbered paragraphs found in the text of %', ref
            USING ERRCODE = '22P02',
                  HINT = 'Paragraphs start with their number: "1. WELCOMES ..."; read_document() shows what was read.';
    END IF;

    -- the document row; the cover fills what is empty: the title from the
    -- conclusions' heading or the subject, the date from the meeting that
    -- adopted them or else the cover date
    INSERT INTO @extschema@.document (ref, kind) VALUES (import_conclusions.ref, 'conclusions')
    ON CONFLICT DO NOTHING;
    UPDATE @extschema@.document AS doc
    SET title = coalesce(doc.title, c.title),
        adopted_on = coalesce(doc.adopted_on, c.day)
    FROM (SELECT (SELECT d.body FROM pg_temp.pt_doc d
                  WHERE (d.kind = 'title' AND NOT d.in_note) OR (d.kind = 'meta' AND d.field = 'subject')
                  ORDER BY (d.kind = 'title') DESC, d.seq LIMIT 1) AS title,
                 (SELECT @extschema@.due_date(x.due) FROM pg_temp.pt_doc d,
                         LATERAL (SELECT coalesce(@extschema@.try_deadline(d.body),
                                                  (SELECT y.due FROM @extschema@.deadlines_in(d.body) AS y
                                                   WHERE @extschema@.deadline_precision(y.due) = 'day'
                                                   LIMIT 1)) AS due) AS x
                  WHERE d.kind = 'meta' AND d.field IN ('meeting', 'date')
                    AND @extschema@.deadline_precision(x.due) = 'day'
                  ORDER BY (d.field = 'meeting') DESC, d.seq LIMIT 1) AS day) AS c
    WHERE doc.ref = import_conclusions.ref AND (doc.title IS NULL OR doc.adopted_on IS NULL);
    SELECT doc.adopted_on INTO ref_day FROM @extschema@.document doc WHERE doc.ref = import_conclusions.ref;

    -- what is stored: paragraphs (item 0), points (items 1..n; a sub-point's
    -- text joins its point's), lettered recitals (number 0, items 1..n)
    INSERT INTO pg_temp.pt_doc_items
    SELECT CASE WHEN d.kind = 'recital' THEN 0 ELSE d.number END AS number,
           CASE WHEN d.kind = 'recital' THEN d.recital ELSE d.item END AS item,
           min(d.seq) AS seq,
           min(CASE WHEN d.kind IN ('point', 'recital') THEN d.label END) AS label,
           min(CASE WHEN d.chapter ~ '^[IVX]+$' THEN d.chapter END) AS chapter,
           CASE WHEN bool_or(d.kind = 'recital') THEN 'recital'
                WHEN bool_or(d.preamble) THEN 'preamble' ELSE 'operative' END AS part,
           string_agg(d.body, ' ' ORDER BY d.seq) AS body
    FROM pg_temp.pt_doc d
    WHERE d.kind IN ('paragraph', 'point', 'subpoint', 'recital') AND NOT d.in_note
    GROUP BY 1, 2
    -- a number or a bullet whose text the converter lost is reported, not stored
    HAVING string_agg(d.body, ' ') ~ '[[:alpha:]]';
    -- every verb and every name in a call, read once (stored and reported below)
    INSERT INTO pg_temp.pt_doc_calls
    SELECT i.number, i.item, c.k, c.verb, c.addressees, a.actor, a.name, a.pos
    FROM pg_temp.pt_doc_items i
    CROSS JOIN LATERAL @extschema@.calls_in(i.body) WITH ORDINALITY AS c(verb, kind, addressees, at, k)
    LEFT JOIN LATERAL @extschema@.actors_in(nullif(c.addressees, '')) AS a ON true;

    -- structure comes from one language version: others do not overwrite it
    -- (curated topics stay)
    INSERT INTO @extschema@.paragraph AS p (document, number, item, chapter, part, verbs, lang, label)
    SELECT import_conclusions.ref, i.number, i.item, i.chapter, i.part, coalesce(v.verbs, '{}'),
           import_conclusions.lang, i.label
    FROM pg_temp.pt_doc_items i
    LEFT JOIN (SELECT f.number, f.item, array_agg(f.verb ORDER BY f.first) AS verbs
               FROM (SELECT c.number, c.item, c.verb, min(c.k) AS first FROM pg_temp.pt_doc_calls c
                     GROUP BY 1, 2, 3) AS f
               GROUP BY 1, 2) AS v ON v.number = i.number AND v.item = i.item
    ORDER BY i.number, i.item
    ON CONFLICT (document, number, item) DO UPDATE
        SET chapter = EXCLUDED.chapter, part = EXCLUDED.part, verbs = EXCLUDED.verbs,
            lang = EXCLUDED.lang, label = EXCLUDED.label
        WHERE p.lang IS NULL OR p.lang = EXCLUDED.lang;
    INSERT INTO @extschema@.paragraph_text AS x (document, number, item, lang, body)
    SELECT import_conclusions.ref, i.number, i.item, import_conclusions.lang, i.body
    FROM pg_temp.pt_doc_items i ORDER BY i.number, i.item
    ON CONFLICT (document, number, item, lang) DO UPDATE SET body = EXCLUDED.body;

    -- detected links are replaced; curated ones are never touched
    DELETE FROM @extschema@.paragraph_actor pa
    WHERE pa.document = import_conclusions.ref AND pa.detected AND pa.lang = import_conclusions.lang;
    DELETE FROM @extschema@.paragraph_deadline pd
    WHERE pd.document = import_conclusions.ref AND pd.detected AND pd.lang = import_conclusions.lang;
    DELETE FROM @extschema@.reference r
    WHERE r.from_doc = import_conclusions.ref AND r.detected AND r.lang = import_conclusions.lang;

    -- addressees: only the actors a call names
    INSERT INTO @extschema@.paragraph_actor (document, number, item, actor, detected, lang)
    SELECT DISTINCT import_conclusions.ref, c.number, c.item, c.actor, true, import_conclusions.lang
    FROM pg_temp.pt_doc_calls c
    WHERE c.actor IS NOT NULL
    ON CONFLICT DO NOTHING;

    -- deadlines, relative ones ("within six months") against the adoption date
    INSERT INTO @extschema@.paragraph_deadline (document, number, item, deadline, phrase, detected, lang)
    SELECT import_conclusions.ref, i.number, i.item, x.due, x.match, true, import_conclusions.lang
    FROM pg_temp.pt_doc_items i, LATERAL @extschema@.deadlines_in(i.body, ref_day) AS x
    ON CONFLICT DO NOTHING;

    -- references: the text of a paragraph, point or recital, and its
    -- footnotes (attached through their markers, else to what they follow);
    -- the cover note cites for itself, not for the conclusions
    INSERT INTO @extschema@.reference (from_doc, number, item, to_doc, footnote, detected, lang)
    SELECT DISTINCT import_conclusions.ref, i.number, nullif(i.item, 0), x.ref, NULL::int, true,
           import_conclusions.lang
    FROM pg_temp.pt_doc_items i, LATERAL @extschema@.docnums_in(i.body) AS x
    WHERE x.ref <> import_conclusions.ref
    ON CONFLICT DO NOTHING;
    INSERT INTO @extschema@.reference (from_doc, number, item, to_doc, footnote, detected, lang)
    SELECT DISTINCT import_conclusions.ref,
           CASE WHEN d.recital > 0 THEN 0 ELSE d.number END,
           nullif(CASE WHEN d.recital > 0 THEN d.recital ELSE d.item END, 0),
           x.ref, d.footnote, true, import_conclusions.lang
    FROM pg_temp.pt_doc d, LATERAL @extschema@.docnums_in(d.body) AS x
    WHERE d.kind = 'footnote' AND NOT d.in_note AND (d.number IS NOT NULL OR d.recital IS NOT NULL)
      AND x.ref <> import_conclusions.ref
    ON CONFLICT DO NOTHING;

    -- what this text gave, then everything it skipped or could not place
    RETURN QUERY
    SELECT v.what, v.found, NULL::text FROM (VALUES
        (1, 'paragraphs', (SELECT count(*)::int FROM pg_temp.pt_doc_items i WHERE i.number > 0 AND i.item = 0)),
        (2, 'points', (SELECT count(*)::int FROM pg_temp.pt_doc_items i WHERE i.number > 0 AND i.item > 0)),
        (3, 'recitals', (SELECT count(*)::int FROM pg_temp.pt_doc_items i WHERE i.number = 0)),
        (4, 'chapters', (SELECT count(*)::int FROM pg_temp.pt_doc d WHERE d.kind = 'chapter' AND NOT d.in_note)),
        (5, 'verbs', (SELECT count(DISTINCT (c.number, c.item, c.verb))::int FROM pg_temp.pt_doc_calls c)),
        (6, 'addressees', (SELECT count(*)::int FROM @extschema@.paragraph_actor pa
                           WHERE pa.document = import_conclusions.ref AND pa.lang = import_conclusions.lang)),
        (7, 'deadlines', (SELECT count(*)::int FROM @extschema@.paragraph_deadline pd
                          WHERE pd.document = import_conclusions.ref AND pd.lang = import_conclusions.lang)),
        (8, 'footnotes', (SELECT count(*)::int FROM pg_temp.pt_doc d WHERE d.kind = 'footnote' AND NOT d.in_note)),
        (9, 'references', (SELECT count(DISTINCT (r.number, r.to_doc))::int FROM @extschema@.reference r
                           WHERE r.from_doc = import_conclusions.ref AND r.lang = import_conclusions.lang)))
        AS v(o, what, found) ORDER BY v.o;
    -- the cover: fields read (they fill the document row where it was empty)
    RETURN QUERY
    SELECT 'cover ' || d.field, 1, d.body FROM pg_temp.pt_doc d
    WHERE d.kind = 'meta' AND d.field IS DISTINCT FROM 'layout' ORDER BY d.seq;
    RETURN QUERY
    SELECT 'layout', 1, d.body FROM pg_temp.pt_doc d WHERE d.kind = 'meta' AND d.field = 'layout';
    -- lines that are no content (footers, page numbers), by reason
    RETURN QUERY
    SELECT 'skipped ' || d.field, count(*)::int, NULL::text FROM pg_temp.pt_doc d
    WHERE d.kind = 'skipped' GROUP BY d.field ORDER BY d.field;
    -- the cover note's own citations are not the conclusions'
    RETURN QUERY
    SELECT 'cover note citation', count(*)::int, string_agg(DISTINCT x.ref::text, ', ')
    FROM pg_temp.pt_doc d, LATERAL @extschema@.docnums_in(d.body) AS x
    WHERE d.in_note OR d.kind = 'note'
    HAVING count(*) > 0;
    -- numbers and bullets without text
    RETURN QUERY
    SELECT 'empty ' || d.kind, 1, 'line ' || d.line || ': ' || coalesce(d.label, '')
    FROM pg_temp.pt_doc d
    WHERE d.kind IN ('paragraph', 'point', 'subpoint', 'recital') AND NOT d.in_note
      AND d.body !~ '[[:alpha:]]' ORDER BY d.seq;
    -- footnotes placed only by position (no marker found in the text)
    RETURN QUERY
    SELECT 'footnote placed by position', 1,
           'footnote ' || d.footnote || ' after paragraph ' || coalesce(d.number::text, '?')
           || coalesce('(' || nullif(d.item, 0) || ')', '') || ': ' || left(d.body, 80)
    FROM pg_temp.pt_doc d WHERE d.kind = 'footnote' AND NOT d.in_note AND NOT d.placed ORDER BY d.seq;
    -- footnotes with no paragraph to belong to
    RETURN QUERY
    SELECT 'unplaced footnote', 1, 'footnote ' || d.footnote || ': ' || left(d.body, 80)
    FROM pg_temp.pt_doc d
    WHERE d.kind = 'footnote' AND NOT d.in_note AND d.number IS NULL AND d.recital IS NULL ORDER BY d.seq;
    -- relative deadlines that need a date the document does not give
    IF ref_day IS NULL THEN
        RETURN QUERY
        SELECT 'relative deadline without a date', 1,
               'paragraph ' || i.number || coalesce('(' || nullif(i.item, 0) || ')', '') || ': ' || x.match
        FROM pg_temp.pt_doc_items i, LATERAL @extschema@.deadlines_in(i.body, DATE '2000-01-01') AS x
        WHERE NOT EXISTS (SELECT 1 FROM @extschema@.deadlines_in(i.body) AS y WHERE y.match = x.match)
        ORDER BY i.number, i.item;
    END IF;
    -- names in a call that are no actor of the vocabulary
    RETURN QUERY
    SELECT 'unknown addressee', 1,
           'paragraph ' || c.number || coalesce('(' || nullif(c.item, 0) || ')', '') || ': ' || c.name
    FROM pg_temp.pt_doc_calls c
    WHERE c.actor IS NULL AND c.name IS NOT NULL
    ORDER BY c.number, c.item, c.pos;
END $$;
COMMENT ON FUNCTION @extschema@.import_conclusions(@extschema@.docnum, text, text) IS
    'stores the structure read_document() reads (paragraphs, points, lettered recitals, chapters) and links it: verbs, addressees, deadlines (relative ones against the adoption date) and references (text and footnotes); returns counts, then the cover fields it read and every line skipped or item it could not place; a re-import in the same language replaces only the rows detected in that language';

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
    ref_day     date;
    -- what read_document gave, kept in arrays (one per column) rather than
    -- in scratch tables: emptying three temporary tables at each import
    -- (TRUNCATE, since deleted rows stay in a table until the transaction
    -- ends) cost more than any statement that reads them
    has_text    bool;
    doc_title   text;
    doc_day     date;
    n_chapters  int;
    n_footnotes int;
    -- what is stored, one element per paragraph, point or recital
    i_number    int4[];
    i_item      int4[];
    i_label     text[];
    i_chapter   text[];
    i_part      text[];
    i_body      text[];
    -- footnotes that belong to a paragraph, point or recital
    f_number    int4[];
    f_item      int4[];
    f_footnote  int4[];
    f_body      text[];
    -- what is reported from the structure alone, in the order reported
    r_what      text[];
    r_found     int4[];
    r_detail    text[];
    -- every verb and every name in a call, read once (stored and reported)
    c_number    int4[];
    c_item      int4[];
    c_k         int8[];
    c_verb      text[];
    c_actor     text[];
    c_name      text[];
    c_pos       int4[];
BEGIN
    -- 'EN' and ' en' are English too; every row stores the lower-case code
    lang := lower(btrim(lang));
    IF lang NOT IN ('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it',
                    'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv') THEN
        RAISE EXCEPTION 'invalid language code "%"', lang
            USING ERRCODE = '22023', HINT = 'Use a two-letter code of an official EU language.';
    END IF;

    -- the structure, read once (src/docread/), and everything that depends
    -- on the text alone, in one statement
    WITH d AS MATERIALIZED (
        SELECT r.seq, r.kind, r.field, r.number, r.item, r.recital, r.label, r.chapter, r.preamble,
               r.in_note, r.footnote, r.placed, r.line, r.body
        FROM @extschema@.read_document(import_conclusions.body) AS r),
    -- what is stored: paragraphs (item 0), points (items 1..n; a sub-point's
    -- text joins its point's), lettered recitals (number 0, items 1..n)
    i AS (
        SELECT CASE WHEN d.kind = 'recital' THEN 0 ELSE d.number END AS number,
               CASE WHEN d.kind = 'recital' THEN d.recital ELSE d.item END AS item,
               min(CASE WHEN d.kind IN ('point', 'recital') THEN d.label END) AS label,
               min(CASE WHEN d.chapter ~ '^[IVX]+$' THEN d.chapter END) AS chapter,
               CASE WHEN bool_or(d.kind = 'recital') THEN 'recital'
                    WHEN bool_or(d.preamble) THEN 'preamble' ELSE 'operative' END AS part,
               string_agg(d.body, ' ' ORDER BY d.seq) AS body
        FROM d
        WHERE d.kind IN ('paragraph', 'point', 'subpoint', 'recital') AND NOT d.in_note
        GROUP BY 1, 2
        -- a number or a bullet whose text the converter lost is reported, not stored
        HAVING string_agg(d.body, ' ') ~ '[[:alpha:]]')
    SELECT
        EXISTS (SELECT 1 FROM d WHERE d.kind = 'paragraph' AND d.body ~ '[[:alpha:]]'),
        -- the conclusions' heading or else the subject line
        (SELECT d.body FROM d
         WHERE (d.kind = 'title' AND NOT d.in_note) OR (d.kind = 'meta' AND d.field = 'subject')
         ORDER BY (d.kind = 'title') DESC, d.seq LIMIT 1),
        -- the meeting that adopted them or else the cover date
        (SELECT @extschema@.due_date(x.due) FROM d,
                LATERAL (SELECT coalesce(@extschema@.try_deadline(d.body),
                                         (SELECT y.due FROM @extschema@.deadlines_in(d.body) AS y
                                          WHERE @extschema@.deadline_precision(y.due) = 'day'
                                          LIMIT 1)) AS due) AS x
         WHERE d.kind = 'meta' AND d.field IN ('meeting', 'date')
           AND @extschema@.deadline_precision(x.due) = 'day'
         ORDER BY (d.field = 'meeting') DESC, d.seq LIMIT 1),
        (SELECT count(*)::int FROM d WHERE d.kind = 'chapter' AND NOT d.in_note),
        (SELECT count(*)::int FROM d WHERE d.kind = 'footnote' AND NOT d.in_note),
        it.number, it.item, it.label, it.chapter, it.part, it.body,
        fn.number, fn.item, fn.footnote, fn.body,
        rp.what, rp.found, rp.detail
    INTO has_text, doc_title, doc_day, n_chapters, n_footnotes,
         i_number, i_item, i_label, i_chapter, i_part, i_body,
         f_number, f_item, f_footnote, f_body,
         r_what, r_found, r_detail
    FROM (SELECT array_agg(i.number ORDER BY i.number, i.item) AS number,
                 array_agg(i.item ORDER BY i.number, i.item) AS item,
                 array_agg(i.label ORDER BY i.number, i.item) AS label,
                 array_agg(i.chapter ORDER BY i.number, i.item) AS chapter,
                 array_agg(i.part ORDER BY i.number, i.item) AS part,
                 array_agg(i.body ORDER BY i.number, i.item) AS body
          FROM i) AS it,
         -- footnotes, attached through their markers, else to what they follow
         (SELECT array_agg(CASE WHEN d.recital > 0 THEN 0 ELSE d.number END ORDER BY d.seq) AS number,
                 array_agg(nullif(CASE WHEN d.recital > 0 THEN d.recital ELSE d.item END, 0) ORDER BY d.seq) AS item,
                 array_agg(d.footnote ORDER BY d.seq) AS footnote,
                 array_agg(d.body ORDER BY d.seq) AS body
          FROM d
          WHERE d.kind = 'footnote' AND NOT d.in_note AND (d.number IS NOT NULL OR d.recital IS NOT NULL)) AS fn,
         (SELECT array_agg(r.what ORDER BY r.g, r.k, r.seq) AS what,
                 array_agg(r.found ORDER BY r.g, r.k, r.seq) AS found,
                 array_agg(r.detail ORDER BY r.g, r.k, r.seq) AS detail
          FROM (
              -- the cover: fields read (they fill the document row where it was empty)
              SELECT 1 AS g, NULL::text AS k, d.seq, 'cover ' || d.field AS what, 1 AS found, d.body AS detail
              FROM d WHERE d.kind = 'meta' AND d.field IS DISTINCT FROM 'layout'
              UNION ALL
              SELECT 2, NULL, d.seq, 'layout', 1, d.body FROM d WHERE d.kind = 'meta' AND d.field = 'layout'
              UNION ALL
              -- lines that are no content (footers, page numbers), by reason
              SELECT 3, d.field, 0, 'skipped ' || d.field, count(*)::int, NULL
              FROM d WHERE d.kind = 'skipped' GROUP BY d.field
              UNION ALL
              -- the cover note's own citations are not the conclusions'
              SELECT 4, NULL, 0, 'cover note citation', count(*)::int, string_agg(DISTINCT x.ref::text, ', ')
              FROM d, LATERAL @extschema@.docnums_in(d.body) AS x
              WHERE d.in_note OR d.kind = 'note'
              HAVING count(*) > 0
              UNION ALL
              -- numbers and bullets without text
              SELECT 5, NULL, d.seq, 'empty ' || d.kind, 1, 'line ' || d.line || ': ' || coalesce(d.label, '')
              FROM d
              WHERE d.kind IN ('paragraph', 'point', 'subpoint', 'recital') AND NOT d.in_note
                AND d.body !~ '[[:alpha:]]'
              UNION ALL
              -- footnotes placed only by position (no marker found in the text)
              SELECT 6, NULL, d.seq, 'footnote placed by position', 1,
                     'footnote ' || d.footnote || ' after paragraph ' || coalesce(d.number::text, '?')
                     || coalesce('(' || nullif(d.item, 0) || ')', '') || ': ' || left(d.body, 80)
              FROM d WHERE d.kind = 'footnote' AND NOT d.in_note AND NOT d.placed
              UNION ALL
              -- footnotes with no paragraph to belong to
              SELECT 7, NULL, d.seq, 'unplaced footnote', 1, 'footnote ' || d.footnote || ': ' || left(d.body, 80)
              FROM d
              WHERE d.kind = 'footnote' AND NOT d.in_note AND d.number IS NULL AND d.recital IS NULL) AS r) AS rp;
    IF NOT has_text THEN
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
    SET title = coalesce(doc.title, doc_title),
        adopted_on = coalesce(doc.adopted_on, doc_day)
    WHERE doc.ref = import_conclusions.ref AND (doc.title IS NULL OR doc.adopted_on IS NULL);
    SELECT doc.adopted_on INTO ref_day FROM @extschema@.document doc WHERE doc.ref = import_conclusions.ref;

    SELECT array_agg(i.number), array_agg(i.item), array_agg(c.k), array_agg(c.verb),
           array_agg(a.actor), array_agg(a.name), array_agg(a.pos)
    INTO c_number, c_item, c_k, c_verb, c_actor, c_name, c_pos
    FROM unnest(i_number, i_item, i_body) AS i(number, item, body)
    CROSS JOIN LATERAL @extschema@.calls_in(i.body) WITH ORDINALITY AS c(verb, kind, addressees, at, k)
    LEFT JOIN LATERAL @extschema@.actors_in(nullif(c.addressees, '')) AS a ON true;

    -- structure comes from one language version: others do not overwrite it
    -- (curated topics stay)
    INSERT INTO @extschema@.paragraph AS p (document, number, item, chapter, part, verbs, lang, label)
    SELECT import_conclusions.ref, i.number, i.item, i.chapter, i.part, coalesce(v.verbs, '{}'),
           import_conclusions.lang, i.label
    FROM unnest(i_number, i_item, i_label, i_chapter, i_part) AS i(number, item, label, chapter, part)
    LEFT JOIN (SELECT f.number, f.item, array_agg(f.verb ORDER BY f.first) AS verbs
               FROM (SELECT c.number, c.item, c.verb, min(c.k) AS first
                     FROM unnest(c_number, c_item, c_verb, c_k) AS c(number, item, verb, k)
                     GROUP BY 1, 2, 3) AS f
               GROUP BY 1, 2) AS v ON v.number = i.number AND v.item = i.item
    ORDER BY i.number, i.item
    ON CONFLICT (document, number, item) DO UPDATE
        SET chapter = EXCLUDED.chapter, part = EXCLUDED.part, verbs = EXCLUDED.verbs,
            lang = EXCLUDED.lang, label = EXCLUDED.label
        WHERE p.lang IS NULL OR p.lang = EXCLUDED.lang;
    INSERT INTO @extschema@.paragraph_text AS x (document, number, item, lang, body)
    SELECT import_conclusions.ref, i.number, i.item, import_conclusions.lang, i.body
    FROM unnest(i_number, i_item, i_body) AS i(number, item, body) ORDER BY i.number, i.item
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
    FROM unnest(c_number, c_item, c_actor) AS c(number, item, actor)
    WHERE c.actor IS NOT NULL
    ON CONFLICT DO NOTHING;

    -- deadlines, relative ones ("within six months") against the adoption date
    INSERT INTO @extschema@.paragraph_deadline (document, number, item, deadline, phrase, detected, lang)
    SELECT import_conclusions.ref, i.number, i.item, x.due, x.match, true, import_conclusions.lang
    FROM unnest(i_number, i_item, i_body) AS i(number, item, body),
         LATERAL @extschema@.deadlines_in(i.body, ref_day) AS x
    ON CONFLICT DO NOTHING;

    -- references: the text of a paragraph, point or recital, and its
    -- footnotes (attached through their markers, else to what they follow);
    -- the cover note cites for itself, not for the conclusions
    INSERT INTO @extschema@.reference (from_doc, number, item, to_doc, footnote, detected, lang)
    SELECT DISTINCT import_conclusions.ref, i.number, nullif(i.item, 0), x.ref, NULL::int, true,
           import_conclusions.lang
    FROM unnest(i_number, i_item, i_body) AS i(number, item, body),
         LATERAL @extschema@.docnums_in(i.body) AS x
    WHERE x.ref <> import_conclusions.ref
    ON CONFLICT DO NOTHING;
    INSERT INTO @extschema@.reference (from_doc, number, item, to_doc, footnote, detected, lang)
    SELECT DISTINCT import_conclusions.ref, f.number, f.item, x.ref, f.footnote, true, import_conclusions.lang
    FROM unnest(f_number, f_item, f_footnote, f_body) AS f(number, item, footnote, body),
         LATERAL @extschema@.docnums_in(f.body) AS x
    WHERE x.ref <> import_conclusions.ref
    ON CONFLICT DO NOTHING;

    -- what this text gave, then everything it skipped or could not place
    RETURN QUERY
    SELECT t.what, t.found, t.detail FROM (
        SELECT 1 AS g, v.o, v.what, v.found, NULL::text AS detail FROM (VALUES
            (1, 'paragraphs', (SELECT count(*)::int FROM unnest(i_number, i_item) AS i(number, item)
                               WHERE i.number > 0 AND i.item = 0)),
            (2, 'points', (SELECT count(*)::int FROM unnest(i_number, i_item) AS i(number, item)
                           WHERE i.number > 0 AND i.item > 0)),
            (3, 'recitals', (SELECT count(*)::int FROM unnest(i_number) AS i(number) WHERE i.number = 0)),
            (4, 'chapters', n_chapters),
            (5, 'verbs', (SELECT count(DISTINCT (c.number, c.item, c.verb))::int
                          FROM unnest(c_number, c_item, c_verb) AS c(number, item, verb))),
            (6, 'addressees', (SELECT count(*)::int FROM @extschema@.paragraph_actor pa
                               WHERE pa.document = import_conclusions.ref AND pa.lang = import_conclusions.lang)),
            (7, 'deadlines', (SELECT count(*)::int FROM @extschema@.paragraph_deadline pd
                              WHERE pd.document = import_conclusions.ref AND pd.lang = import_conclusions.lang)),
            (8, 'footnotes', n_footnotes),
            (9, 'references', (SELECT count(DISTINCT (r.number, r.to_doc))::int FROM @extschema@.reference r
                               WHERE r.from_doc = import_conclusions.ref AND r.lang = import_conclusions.lang)))
            AS v(o, what, found)
        UNION ALL
        -- the cover, the layout, skipped lines, the cover note's citations,
        -- numbers and bullets without text, footnotes placed by position
        -- or not at all (read above)
        SELECT 2, r.o, r.what, r.found, r.detail
        FROM unnest(r_what, r_found, r_detail) WITH ORDINALITY AS r(what, found, detail, o)) AS t
    ORDER BY t.g, t.o;
    -- relative deadlines that need a date the document does not give
    IF ref_day IS NULL THEN
        RETURN QUERY
        SELECT 'relative deadline without a date', 1,
               'paragraph ' || i.number || coalesce('(' || nullif(i.item, 0) || ')', '') || ': ' || x.match
        FROM unnest(i_number, i_item, i_body) AS i(number, item, body),
             LATERAL @extschema@.deadlines_in(i.body, DATE '2000-01-01') WITH ORDINALITY AS x(due, match, pos, o)
        WHERE NOT EXISTS (SELECT 1 FROM @extschema@.deadlines_in(i.body) AS y WHERE y.match = x.match)
        ORDER BY i.number, i.item, x.o;
    END IF;
    -- names in a call that are no actor of the vocabulary
    RETURN QUERY
    SELECT 'unknown addressee', 1,
           'paragraph ' || c.number || coalesce('(' || nullif(c.item, 0) || ')', '') || ': ' || c.name
    FROM unnest(c_number, c_item, c_actor, c_name, c_pos) WITH ORDINALITY AS c(number, item, actor, name, pos, o)
    WHERE c.actor IS NULL AND c.name IS NOT NULL
    ORDER BY c.number, c.item, c.pos, c.o;
END $$;
COMMENT ON FUNCTION @extschema@.import_conclusions(@extschema@.docnum, text, text) IS
    'stores the structure read_document() reads (paragraphs, points, lettered recitals, chapters) and links it: verbs, addressees, deadlines (relative ones against the adoption date) and references (text and footnotes); returns counts, then the cover fields it read and every line skipped or item it could not place; a re-import in the same language replaces only the rows detected in that language';

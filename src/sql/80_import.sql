-- Importing conclusions.  The text is what PDF converters make of Council
-- documents: a cover note (numbered 1..n), then the conclusions (numbered
-- again from 1), paragraphs that may start with "- " or "#", indented points,
-- chapter headings, page footers, and footnotes as "<sup>n</sup> text" lines.
-- The conclusions are the last run that restarts at 1.
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
    OUT what text, OUT found int)
RETURNS SETOF record
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    lines     text[] := string_to_array(replace(body, E'\r', ''), E'\n');
    nlines    int := coalesce(array_length(string_to_array(body, E'\n'), 1), 0);
    para_re   constant text := '^\s*(?:[-•*–]\s+|#+\s+)?\**(\d{1,3})\.\**\s+(\S.*)$';
    start     int := 0;
    i         int;
    ln        text;
    m         text[];
    expected  int := 1;
    cur_num   int := NULL;
    cur_item  int := 0;
    chapter   text := NULL;
    part      text;
    has_hereby boolean;
    texts     jsonb := '{}';     -- "num:item" -> text
    parts     jsonb := '{}';     -- num -> part
    chapters  jsonb := '{}';     -- num -> chapter
    fn_owner  jsonb := '{}';     -- footnote -> "num:item"
    fn_text   jsonb := '{}';     -- footnote -> text
    fn_near   jsonb := '{}';     -- footnote -> paragraph current when it appeared
    last_fn   int := 0;
    fn        int;
    key       text;
    k         text;
    num       int;
    itm       int;
    t         text;
    ref_day   date;
    prev_blank boolean := true;
    n_par int := 0; n_pt int := 0; n_ch int := 0; n_verbs int := 0; n_addr int := 0;
    n_dl int := 0; n_ref int := 0; n_fn int := 0;
BEGIN
    -- 'EN' and ' en' are English too; every row stores the lower-case code
    lang := lower(btrim(lang));
    IF lang NOT IN ('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it',
                    'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv') THEN
        RAISE EXCEPTION 'invalid language code "%"', lang
            USING ERRCODE = '22023', HINT = 'Use a two-letter code of an official EU language.';
    END IF;
    INSERT INTO @extschema@.document (ref, kind) VALUES (import_conclusions.ref, 'conclusions')
    ON CONFLICT DO NOTHING;
    SELECT d.adopted_on INTO ref_day FROM @extschema@.document d WHERE d.ref = import_conclusions.ref;

    -- the conclusions start at the last paragraph numbered 1
    FOR i IN 1 .. nlines LOOP
        m := regexp_match(lines[i], para_re);
        IF m IS NOT NULL AND m[1] = '1' THEN
            start := i;
        END IF;
    END LOOP;
    IF start = 0 THEN
        RAISE EXCEPTION 'no numbered paragraphs found in the text of %', ref
            USING ERRCODE = '22P02', HINT = 'Paragraphs start with their number and a dot: "1. WELCOMES ...".';
    END IF;
    has_hereby := EXISTS (SELECT 1 FROM unnest(lines[start:nlines]) AS l
                          WHERE l ~* '^[#*\s]*(HEREBY|HIERBIJ|PAR LA PRÉSENTE|HIERMIT)[*\s]*$');
    part := CASE WHEN has_hereby THEN 'preamble' ELSE 'operative' END;

    FOR i IN start .. nlines LOOP
        ln := lines[i];
        IF ln ~ '^\s*$' OR ln ~ '^\s*\\?_+\s*$' THEN
            prev_blank := true;
            CONTINUE;
        END IF;
        -- chapter headings and HEREBY
        m := regexp_match(ln, '^[#*\s]*(?:Chapter|Hoofdstuk|Chapitre|Kapitel)\s+([IVX]+)\M', 'i');
        IF m IS NOT NULL THEN
            chapter := upper(m[1]);
            n_ch := n_ch + 1;
            prev_blank := true;
            CONTINUE;
        END IF;
        IF ln ~* '^[#*\s]*(HEREBY|HIERBIJ|PAR LA PRÉSENTE|HIERMIT)[*\s]*$' THEN
            part := 'operative';
            prev_blank := true;
            CONTINUE;
        END IF;
        -- page footers: "13943/17 MK/ec 2 DG D 2B EN"
        IF ln ~ '^\s*\d{1,6}/\d{2}\s+[A-Z]{2,3}/[a-z]{2,3}\M' OR ln ~ '^\s*DG\s+[A-Z]\s' THEN
            CONTINUE;
        END IF;
        -- footnote bodies
        m := coalesce(
            regexp_match(ln, '^\s*<sup>&</sup>lt;sup>(\d+)</sup>\s*(.*)$'),
            regexp_match(ln, '^\s*<sup>(\d+)</sup>\s+(.*)$'),
            regexp_match(ln, '^\s*<sup>(\d+)\s+(.*)</sup>\s*$'),
            regexp_match(ln, '^\s*(\d{1,3})\s+(\D.*)$'));
        IF m IS NULL AND ln ~ '^\s*<sup>[^<]*</sup>' THEN
            -- a footnote whose number the conversion lost: the next one
            m := ARRAY[(last_fn + 1)::text, regexp_replace(ln, '</?sup>', '', 'g')];
        END IF;
        IF m IS NOT NULL THEN
            fn := m[1]::int;
            last_fn := fn;
            fn_text := jsonb_set(fn_text, ARRAY[fn::text], to_jsonb(coalesce(fn_text->>fn::text || ' ', '') || m[2]));
            IF cur_num IS NOT NULL THEN
                fn_near := jsonb_set(fn_near, ARRAY[fn::text], to_jsonb(cur_num || ':0'));
            END IF;
            n_fn := n_fn + 1;
            prev_blank := false;
            CONTINUE;
        END IF;
        -- a paragraph: the next number in sequence
        m := regexp_match(ln, para_re);
        IF m IS NOT NULL AND m[1]::int = expected THEN
            cur_num := expected;
            cur_item := 0;
            expected := expected + 1;
            n_par := n_par + 1;
            texts := jsonb_set(texts, ARRAY[cur_num || ':0'], to_jsonb(m[2]));
            parts := jsonb_set(parts, ARRAY[cur_num::text], to_jsonb(part));
            IF chapter IS NOT NULL THEN
                chapters := jsonb_set(chapters, ARRAY[cur_num::text], to_jsonb(chapter));
            END IF;
            prev_blank := false;
            CONTINUE;
        END IF;
        IF cur_num IS NULL THEN
            CONTINUE;
        END IF;
        -- an indented point of the current paragraph
        m := regexp_match(ln, '^\s*[-•*–]\s+(\S.*)$');
        IF m IS NOT NULL THEN
            cur_item := cur_item + 1;
            n_pt := n_pt + 1;
            texts := jsonb_set(texts, ARRAY[cur_num || ':' || cur_item], to_jsonb(m[1]));
            prev_blank := false;
            CONTINUE;
        END IF;
        -- headings are titles; indented lines continue the current text;
        -- a plain line after a blank is loose text (a footnote without marker)
        IF ln ~ '^\s*#' THEN
            prev_blank := true;
            CONTINUE;
        END IF;
        IF ln ~ '^\s+\S' OR NOT prev_blank THEN
            key := cur_num || ':' || cur_item;
            texts := jsonb_set(texts, ARRAY[key], to_jsonb(coalesce(texts->>key, '') || ' ' || btrim(ln)));
        END IF;
        prev_blank := false;
    END LOOP;

    -- footnote markers in the text say which paragraph a footnote belongs to
    -- (the first marker wins: conversions sometimes repeat a number)
    FOR k, t IN SELECT e.key, e.value FROM jsonb_each_text(texts) AS e
                ORDER BY split_part(e.key, ':', 1)::int, split_part(e.key, ':', 2)::int LOOP
        FOR m IN SELECT regexp_matches(t, '<sup>(\d+)</sup>', 'g') LOOP
            IF NOT fn_owner ? m[1] THEN
                fn_owner := jsonb_set(fn_owner, ARRAY[m[1]], to_jsonb(split_part(k, ':', 1) || ':0'));
            END IF;
        END LOOP;
    END LOOP;

    -- structure: paragraphs and points (curated topics stay)
    FOR k, t IN SELECT e.key, e.value FROM jsonb_each_text(texts) AS e LOOP
        num := split_part(k, ':', 1)::int;
        itm := split_part(k, ':', 2)::int;
        t := btrim(regexp_replace(regexp_replace(t, '<sup>[^<]*</sup>|\*\*', '', 'g'), '\s+', ' ', 'g'));
        -- structure comes from one language version: others do not overwrite it
        INSERT INTO @extschema@.paragraph AS p (document, number, item, chapter, part, verbs, lang)
        VALUES (import_conclusions.ref, num, itm, chapters->>num::text, coalesce(parts->>num::text, 'operative'),
                @extschema@.operative_verbs(t), import_conclusions.lang)
        ON CONFLICT (document, number, item) DO UPDATE
            SET chapter = EXCLUDED.chapter, part = EXCLUDED.part, verbs = EXCLUDED.verbs, lang = EXCLUDED.lang
            WHERE p.lang IS NULL OR p.lang = EXCLUDED.lang;
        INSERT INTO @extschema@.paragraph_text AS x (document, number, item, lang, body)
        VALUES (import_conclusions.ref, num, itm, lang, t)
        ON CONFLICT (document, number, item, lang) DO UPDATE SET body = EXCLUDED.body;
        texts := jsonb_set(texts, ARRAY[k], to_jsonb(t));
    END LOOP;

    -- detected links are replaced; curated ones are never touched
    DELETE FROM @extschema@.paragraph_actor pa
    WHERE pa.document = import_conclusions.ref AND pa.detected AND pa.lang = import_conclusions.lang;
    DELETE FROM @extschema@.paragraph_deadline pd
    WHERE pd.document = import_conclusions.ref AND pd.detected AND pd.lang = import_conclusions.lang;
    DELETE FROM @extschema@.reference r
    WHERE r.from_doc = import_conclusions.ref AND r.detected AND r.lang = import_conclusions.lang;

    FOR k, t IN SELECT e.key, e.value FROM jsonb_each_text(texts) AS e LOOP
        num := split_part(k, ':', 1)::int;
        itm := split_part(k, ':', 2)::int;
        INSERT INTO @extschema@.paragraph_actor (document, number, item, actor, detected, lang)
        SELECT import_conclusions.ref, num, itm, a, true, import_conclusions.lang FROM @extschema@.addressees(t) AS a
        ON CONFLICT DO NOTHING;
        INSERT INTO @extschema@.paragraph_deadline (document, number, item, deadline, phrase, detected, lang)
        SELECT import_conclusions.ref, num, itm, d.due, d.match, true, import_conclusions.lang
        FROM @extschema@.deadlines_in(t, ref_day) AS d
        ON CONFLICT DO NOTHING;
        INSERT INTO @extschema@.reference (from_doc, number, to_doc, detected, lang)
        SELECT DISTINCT import_conclusions.ref, num, d.ref, true, import_conclusions.lang
        FROM @extschema@.docnums_in(t) AS d
        WHERE d.ref <> import_conclusions.ref
        ON CONFLICT DO NOTHING;
    END LOOP;

    -- footnotes: to the paragraph that carries the marker, else the one they follow
    FOR k, t IN SELECT e.key, e.value FROM jsonb_each_text(fn_text) AS e LOOP
        key := coalesce(fn_owner->>k, fn_near->>k);
        INSERT INTO @extschema@.reference (from_doc, number, to_doc, footnote, detected, lang)
        SELECT DISTINCT import_conclusions.ref, split_part(key, ':', 1)::int, d.ref, k::int, true,
               import_conclusions.lang
        FROM @extschema@.docnums_in(t) AS d
        WHERE d.ref <> import_conclusions.ref
        ON CONFLICT DO NOTHING;
    END LOOP;

    -- the cover note before the conclusions cites for the document as a whole
    IF start > 1 THEN
        INSERT INTO @extschema@.reference (from_doc, number, to_doc, detected, lang)
        SELECT DISTINCT import_conclusions.ref, NULL::int, d.ref, true, import_conclusions.lang
        FROM @extschema@.docnums_in(array_to_string(lines[1:start - 1], E'\n')) AS d
        WHERE d.ref <> import_conclusions.ref
        ON CONFLICT DO NOTHING;
    END IF;

    -- what this text gave (rows in this language)
    SELECT coalesce(sum(cardinality(@extschema@.operative_verbs(e.value))), 0) INTO n_verbs
    FROM jsonb_each_text(texts) AS e;
    SELECT count(*) INTO n_addr FROM @extschema@.paragraph_actor pa
    WHERE pa.document = import_conclusions.ref AND pa.lang = import_conclusions.lang;
    SELECT count(*) INTO n_dl FROM @extschema@.paragraph_deadline pd
    WHERE pd.document = import_conclusions.ref AND pd.lang = import_conclusions.lang;
    SELECT count(*) INTO n_ref FROM @extschema@.reference r
    WHERE r.from_doc = import_conclusions.ref AND r.lang = import_conclusions.lang;

    RETURN QUERY VALUES ('paragraphs', n_par), ('points', n_pt), ('chapters', n_ch), ('verbs', n_verbs),
                        ('addressees', n_addr), ('deadlines', n_dl), ('footnotes', n_fn), ('references', n_ref);
END $$;
COMMENT ON FUNCTION @extschema@.import_conclusions(@extschema@.docnum, text, text) IS
    'splits a conclusions text into paragraphs and points and detects chapters, verbs, addressees, deadlines and references; a re-import in the same language replaces only the rows detected in that language';

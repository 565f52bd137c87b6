------------------------------------------------------------------------------
-- The tracking model (spec: shared/spec/model.md)
--
-- Tables hold user data: each is registered with pg_extension_config_dump so
-- that pg_dump/pg_restore keep its rows (the actor vocabulary the extension
-- ships is marked builtin and left to CREATE EXTENSION).  Rows that
-- import_conclusions derives from a text are marked detected: a re-import
-- replaces them and never touches curated rows.
------------------------------------------------------------------------------

CREATE TABLE @extschema@.document (
    ref         @extschema@.docnum PRIMARY KEY,
    kind        text NOT NULL
                CHECK (kind IN ('conclusions', 'action_plan', 'note', 'communication', 'report', 'other')),
    title       text,
    adopted_on  date,
    marking     text NOT NULL DEFAULT 'PUBLIC'
                CHECK (marking IN ('PUBLIC', 'LIMITE', 'RESTREINT UE/EU RESTRICTED'))
);
COMMENT ON TABLE @extschema@.document IS 'Council and Commission documents: conclusions, action plans, notes, communications, reports';
COMMENT ON COLUMN @extschema@.document.ref IS 'document number, canonical (docnum)';
COMMENT ON COLUMN @extschema@.document.kind IS 'conclusions, action_plan, note, communication, report or other';
COMMENT ON COLUMN @extschema@.document.title IS 'title or subject line';
COMMENT ON COLUMN @extschema@.document.adopted_on IS 'date of adoption (or of the document); reference date for relative deadlines';
COMMENT ON COLUMN @extschema@.document.marking IS 'PUBLIC, LIMITE or RESTREINT UE/EU RESTRICTED';

CREATE TABLE @extschema@.paragraph (
    document    @extschema@.docnum NOT NULL REFERENCES @extschema@.document ON UPDATE CASCADE ON DELETE CASCADE,
    number      int NOT NULL CHECK (number >= 0),
    item        int NOT NULL DEFAULT 0 CHECK (item >= 0),
    chapter     text CHECK (chapter ~ '^[IVX]+$'),
    part        text NOT NULL DEFAULT 'operative' CHECK (part IN ('preamble', 'operative', 'recital')),
    verbs       text[] NOT NULL DEFAULT '{}',
    topic       text,
    lang        text CHECK (lang IN ('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga',
                     'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv')),
    -- last: 0.2 added it (an upgraded table and a fresh one have one layout)
    label       text,
    PRIMARY KEY (document, number, item)
);
COMMENT ON TABLE @extschema@.paragraph IS 'numbered paragraphs of conclusions (item 0) and their points (items 1..n); lettered recitals are number 0, item 1..n';
COMMENT ON COLUMN @extschema@.paragraph.document IS 'the conclusions document';
COMMENT ON COLUMN @extschema@.paragraph.number IS 'paragraph number as printed; 0 for the lettered recitals (A., B., ...)';
COMMENT ON COLUMN @extschema@.paragraph.item IS '0 for the paragraph itself, 1..n for its indented points';
COMMENT ON COLUMN @extschema@.paragraph.chapter IS 'chapter in Roman numerals, NULL before the first chapter';
COMMENT ON COLUMN @extschema@.paragraph.part IS 'preamble (numbered recitals before HEREBY), operative, or recital (lettered recitals)';
COMMENT ON COLUMN @extschema@.paragraph.label IS 'the point''s or recital''s label as printed (a, iv, -, A), NULL for a numbered paragraph';
COMMENT ON COLUMN @extschema@.paragraph.verbs IS 'operative verbs in capitals, as detected (WELCOMES, CALLS ON, ...)';
COMMENT ON COLUMN @extschema@.paragraph.topic IS 'one-line topic, curated';
COMMENT ON COLUMN @extschema@.paragraph.lang IS 'language version chapter, part and verbs were detected in (NULL: curated); imports in other languages leave them';

CREATE TABLE @extschema@.paragraph_text (
    document    @extschema@.docnum NOT NULL,
    number      int NOT NULL,
    item        int NOT NULL DEFAULT 0,
    lang        text NOT NULL CHECK (lang IN ('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga',
                     'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv')),
    body        text NOT NULL,
    PRIMARY KEY (document, number, item, lang),
    FOREIGN KEY (document, number, item) REFERENCES @extschema@.paragraph ON UPDATE CASCADE ON DELETE CASCADE
);
COMMENT ON TABLE @extschema@.paragraph_text IS 'text of a paragraph or point, one row per language version';
COMMENT ON COLUMN @extschema@.paragraph_text.document IS 'the conclusions document';
COMMENT ON COLUMN @extschema@.paragraph_text.number IS 'paragraph number';
COMMENT ON COLUMN @extschema@.paragraph_text.item IS '0 for the paragraph, 1..n for a point';
COMMENT ON COLUMN @extschema@.paragraph_text.lang IS 'two-letter code of an official EU language';
COMMENT ON COLUMN @extschema@.paragraph_text.body IS 'the text';

CREATE TABLE @extschema@.actor (
    name        text PRIMARY KEY,
    short_name  text,
    kind        text NOT NULL
                CHECK (kind IN ('institution', 'agency', 'member_states', 'presidency', 'council_body',
                                'network', 'international', 'private', 'member_state')),
    country     text CHECK (country ~ '^[A-Z]{2}$'),
    aliases     text[] NOT NULL DEFAULT '{}',
    builtin     boolean NOT NULL DEFAULT false,
    -- last: 0.2 added it (an upgraded table and a fresh one have one layout)
    id          bigint GENERATED BY DEFAULT AS IDENTITY UNIQUE,
    CHECK (country IS NULL OR kind IN ('presidency', 'member_state'))
);
COMMENT ON TABLE @extschema@.actor IS 'who acts: institutions, agencies, Member States, presidencies, Council bodies, networks, international and private actors';
COMMENT ON COLUMN @extschema@.actor.name IS 'canonical name';
COMMENT ON COLUMN @extschema@.actor.short_name IS 'usual short name or acronym';
COMMENT ON COLUMN @extschema@.actor.kind IS 'institution, agency, member_states, presidency, council_body, network, international or private';
COMMENT ON COLUMN @extschema@.actor.country IS 'member state of a presidency (ISO code, EL for Greece)';
COMMENT ON COLUMN @extschema@.actor.aliases IS 'other names, acronyms and names in Dutch, French and German; matched regardless of case, except an all-capital acronym, which matches as written (from four letters also with only its first letter capital: Enisa)';
COMMENT ON COLUMN @extschema@.actor.id IS 'stable key: a rename keeps it; derived counts (action_digest, actor_load) refer to actors by it';
COMMENT ON COLUMN @extschema@.actor.builtin IS 'shipped with the extension (not dumped: CREATE EXTENSION recreates it)';

CREATE TABLE @extschema@.action (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    plan        @extschema@.docnum NOT NULL REFERENCES @extschema@.document ON UPDATE CASCADE,
    number      int NOT NULL CHECK (number > 0),
    heading     text,
    title       text NOT NULL,
    deadline    @extschema@.deadline,
    deadline_text text,
    progress_text text,
    notes       text,
    UNIQUE (plan, number)
);
COMMENT ON TABLE @extschema@.action IS 'actions of action plans';
COMMENT ON COLUMN @extschema@.action.id IS 'surrogate key';
COMMENT ON COLUMN @extschema@.action.plan IS 'the action plan document';
COMMENT ON COLUMN @extschema@.action.number IS 'position of the action in its plan';
COMMENT ON COLUMN @extschema@.action.heading IS 'the heading the action is listed under';
COMMENT ON COLUMN @extschema@.action.title IS 'the action as written';
COMMENT ON COLUMN @extschema@.action.deadline IS 'the deadline, normalized';
COMMENT ON COLUMN @extschema@.action.deadline_text IS 'the deadline as written';
COMMENT ON COLUMN @extschema@.action.progress_text IS 'the plan''s progress column as written';
COMMENT ON COLUMN @extschema@.action.notes IS 'the plan''s notes/comments column';

CREATE TABLE @extschema@.action_actor (
    action      bigint NOT NULL REFERENCES @extschema@.action ON DELETE CASCADE,
    actor       text NOT NULL REFERENCES @extschema@.actor ON UPDATE CASCADE,
    role        text NOT NULL CHECK (role IN ('lead', 'involved', 'support', 'monitoring')),
    PRIMARY KEY (action, actor, role)
);
COMMENT ON TABLE @extschema@.action_actor IS 'who leads, is involved in, supports or monitors an action';
COMMENT ON COLUMN @extschema@.action_actor.action IS 'the action';
COMMENT ON COLUMN @extschema@.action_actor.actor IS 'the actor';
COMMENT ON COLUMN @extschema@.action_actor.role IS 'lead, involved, support or monitoring';

CREATE TABLE @extschema@.action_paragraph (
    action      bigint NOT NULL REFERENCES @extschema@.action ON DELETE CASCADE,
    document    @extschema@.docnum NOT NULL,
    number      int NOT NULL,
    item        int NOT NULL DEFAULT 0,
    PRIMARY KEY (action, document, number, item),
    FOREIGN KEY (document, number, item) REFERENCES @extschema@.paragraph ON UPDATE CASCADE ON DELETE CASCADE
);
COMMENT ON TABLE @extschema@.action_paragraph IS 'which conclusion paragraphs (or points) an action implements; curated';
COMMENT ON COLUMN @extschema@.action_paragraph.action IS 'the action';
COMMENT ON COLUMN @extschema@.action_paragraph.document IS 'the conclusions document';
COMMENT ON COLUMN @extschema@.action_paragraph.number IS 'paragraph number';
COMMENT ON COLUMN @extschema@.action_paragraph.item IS '0 for the whole paragraph, n for its point n';

CREATE TABLE @extschema@.paragraph_actor (
    document    @extschema@.docnum NOT NULL,
    number      int NOT NULL,
    item        int NOT NULL DEFAULT 0,
    actor       text NOT NULL REFERENCES @extschema@.actor ON UPDATE CASCADE,
    detected    boolean NOT NULL DEFAULT false,
    lang        text CHECK (lang IN ('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga',
                     'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv')),
    CHECK (detected = (lang IS NOT NULL)),
    PRIMARY KEY (document, number, item, actor),
    FOREIGN KEY (document, number, item) REFERENCES @extschema@.paragraph ON UPDATE CASCADE ON DELETE CASCADE
);
COMMENT ON TABLE @extschema@.paragraph_actor IS 'whom a paragraph addresses (calls on, invites, ...)';
COMMENT ON COLUMN @extschema@.paragraph_actor.document IS 'the conclusions document';
COMMENT ON COLUMN @extschema@.paragraph_actor.number IS 'paragraph number';
COMMENT ON COLUMN @extschema@.paragraph_actor.item IS '0 for the paragraph, n for point n';
COMMENT ON COLUMN @extschema@.paragraph_actor.actor IS 'the addressee';
COMMENT ON COLUMN @extschema@.paragraph_actor.detected IS 'found by import_conclusions (replaced on re-import) rather than curated';
COMMENT ON COLUMN @extschema@.paragraph_actor.lang IS 'language version it was detected in; a re-import in that language replaces it';

CREATE TABLE @extschema@.paragraph_deadline (
    document    @extschema@.docnum NOT NULL,
    number      int NOT NULL,
    item        int NOT NULL DEFAULT 0,
    deadline    @extschema@.deadline NOT NULL,
    phrase      text,
    detected    boolean NOT NULL DEFAULT false,
    lang        text CHECK (lang IN ('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga',
                     'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv')),
    CHECK (detected = (lang IS NOT NULL)),
    PRIMARY KEY (document, number, item, deadline),
    FOREIGN KEY (document, number, item) REFERENCES @extschema@.paragraph ON UPDATE CASCADE ON DELETE CASCADE
);
COMMENT ON TABLE @extschema@.paragraph_deadline IS 'deadlines written in a paragraph';
COMMENT ON COLUMN @extschema@.paragraph_deadline.document IS 'the conclusions document';
COMMENT ON COLUMN @extschema@.paragraph_deadline.number IS 'paragraph number';
COMMENT ON COLUMN @extschema@.paragraph_deadline.item IS '0 for the paragraph, n for point n';
COMMENT ON COLUMN @extschema@.paragraph_deadline.deadline IS 'the deadline, normalized';
COMMENT ON COLUMN @extschema@.paragraph_deadline.phrase IS 'the phrase as written';
COMMENT ON COLUMN @extschema@.paragraph_deadline.detected IS 'found by import_conclusions (replaced on re-import) rather than curated';
COMMENT ON COLUMN @extschema@.paragraph_deadline.lang IS 'language version it was detected in; a re-import in that language replaces it';

CREATE TABLE @extschema@.reference (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    from_doc    @extschema@.docnum NOT NULL REFERENCES @extschema@.document ON UPDATE CASCADE ON DELETE CASCADE,
    number      int,
    to_doc      @extschema@.docnum NOT NULL,
    footnote    int,
    detected    boolean NOT NULL DEFAULT false,
    lang        text CHECK (lang IN ('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga',
                     'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv')),
    -- last: 0.2 added it
    item        int,
    CHECK (detected = (lang IS NOT NULL)),
    CHECK (from_doc <> to_doc)
);
-- one row per place that cites: the text of a paragraph or point, and each
-- of its footnotes (a footnote citing what the text cites is kept too)
CREATE UNIQUE INDEX reference_unique ON @extschema@.reference
    (from_doc, coalesce(number, -1), coalesce(item, 0), to_doc, coalesce(footnote, 0));
CREATE INDEX reference_to_doc ON @extschema@.reference (to_doc);
COMMENT ON TABLE @extschema@.reference IS 'citations: a document (or one of its paragraphs) citing another document';
COMMENT ON COLUMN @extschema@.reference.id IS 'surrogate key';
COMMENT ON COLUMN @extschema@.reference.from_doc IS 'the citing document';
COMMENT ON COLUMN @extschema@.reference.number IS 'the citing paragraph (0: a lettered recital), NULL for the document as a whole';
COMMENT ON COLUMN @extschema@.reference.to_doc IS 'the cited document, which need not be in the database';
COMMENT ON COLUMN @extschema@.reference.footnote IS 'footnote number the citation stands in, if any';
COMMENT ON COLUMN @extschema@.reference.item IS 'the citing point (or lettered recital, with number 0), NULL for the paragraph itself';
COMMENT ON COLUMN @extschema@.reference.detected IS 'found by import_conclusions (replaced on re-import) rather than curated';
COMMENT ON COLUMN @extschema@.reference.lang IS 'language version it was detected in; a re-import in that language replaces it';

CREATE TABLE @extschema@.progress (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    action      bigint NOT NULL REFERENCES @extschema@.action ON DELETE RESTRICT,
    reported_on date NOT NULL,
    status      text NOT NULL
                CHECK (status IN ('not_started', 'in_progress', 'done', 'delayed', 'blocked', 'dropped')),
    note        text,
    source      @extschema@.docnum,
    recorded_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
CREATE INDEX progress_action_reported ON @extschema@.progress (action, reported_on, id);
COMMENT ON TABLE @extschema@.progress IS 'append-only history of progress reports on actions';
COMMENT ON COLUMN @extschema@.progress.id IS 'surrogate key, in order of recording';
COMMENT ON COLUMN @extschema@.progress.action IS 'the action';
COMMENT ON COLUMN @extschema@.progress.reported_on IS 'the day the status held';
COMMENT ON COLUMN @extschema@.progress.status IS 'not_started, in_progress, done, delayed, blocked or dropped';
COMMENT ON COLUMN @extschema@.progress.note IS 'what was reported';
COMMENT ON COLUMN @extschema@.progress.source IS 'the document that reported it';
COMMENT ON COLUMN @extschema@.progress.recorded_at IS 'when the row was recorded';

CREATE TABLE @extschema@.action_reject (
    id          bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    plan        @extschema@.docnum NOT NULL,
    line        int NOT NULL,
    record      text[] NOT NULL,
    reason      text NOT NULL,
    rejected_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE @extschema@.action_reject IS 'rows load_action_plan could not load in keep_good mode, with the reason';
COMMENT ON COLUMN @extschema@.action_reject.id IS 'surrogate key';
COMMENT ON COLUMN @extschema@.action_reject.plan IS 'the plan being loaded';
COMMENT ON COLUMN @extschema@.action_reject.line IS 'line number of the record in the CSV (header is line 1)';
COMMENT ON COLUMN @extschema@.action_reject.record IS 'the fields of the record as read';
COMMENT ON COLUMN @extschema@.action_reject.reason IS 'why it was rejected';
COMMENT ON COLUMN @extschema@.action_reject.rejected_at IS 'when';

-- (a plan's actions are found through the unique (plan, number): an index on
-- plan alone would cost every insert and serve nothing more)
CREATE INDEX action_deadline_idx ON @extschema@.action (deadline);
CREATE INDEX action_due_idx ON @extschema@.action (@extschema@.due_date(deadline));
CREATE INDEX action_period_idx ON @extschema@.action USING gist (deadline);
CREATE INDEX action_actor_actor_idx ON @extschema@.action_actor (actor, role);
CREATE INDEX action_paragraph_paragraph_idx ON @extschema@.action_paragraph (document, number);
CREATE INDEX paragraph_actor_actor_idx ON @extschema@.paragraph_actor (actor);
-- reference_graph asks, per citation, whether any version of the cited
-- document is in the database: without this index, a scan of document
-- per citation (81 s for 200,000 citations of 10,000 documents)
CREATE INDEX document_family_idx ON @extschema@.document (@extschema@.docnum_family(ref));

SELECT pg_catalog.pg_extension_config_dump('@extschema@.document', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.paragraph', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.paragraph_text', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.actor', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.action', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.action_actor', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.action_paragraph', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.paragraph_actor', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.paragraph_deadline', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.reference', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.progress', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.action_reject', '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.action', 'id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.actor', 'id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.reference', 'id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.progress', 'id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.action_reject', 'id'), '');

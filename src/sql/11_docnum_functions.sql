-- Functions of spec section 5.

CREATE FUNCTION @extschema@.docnum_display(@extschema@.docnum)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.docnum_display(@extschema@.docnum) IS
    'cover-page form: 14435/17, 12762/5/17 REV 5, EUCO 14/17';

CREATE FUNCTION @extschema@.docnum_series(@extschema@.docnum)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.docnum_series(@extschema@.docnum) IS
    'series: ST, EUCO, WK, CM, DS, SN, PE-CONS, COM, JOIN, SWD, SEC or C';

CREATE FUNCTION @extschema@.docnum_number(@extschema@.docnum)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.docnum_number(@extschema@.docnum) IS
    'running number';

CREATE FUNCTION @extschema@.docnum_year(@extschema@.docnum)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.docnum_year(@extschema@.docnum) IS
    'four-digit year';

CREATE FUNCTION @extschema@.docnum_suffix(@extschema@.docnum)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.docnum_suffix(@extschema@.docnum) IS
    'suffix chain (REV 4 ADD 1, INIT) or Commission version (final, final/2)';

CREATE FUNCTION @extschema@.docnum_revision(@extschema@.docnum)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.docnum_revision(@extschema@.docnum) IS
    'number of the first REV in the chain, 0 if none';

-- LEAKPROOF (bit operations that cannot fail): under row-level security
-- the planner uses an index on docnum_family(ref) for a role's own query
-- only if the function cannot leak; without it reference_graph's
-- family_in_database scanned document once per citation for analysts.
CREATE FUNCTION @extschema@.docnum_family(@extschema@.docnum)
RETURNS @extschema@.docnum
AS 'MODULE_PATHNAME', 'docnum_family_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION @extschema@.docnum_family(@extschema@.docnum) IS
    'the initial version: chain removed (Commission: final)';

CREATE FUNCTION @extschema@.docnum_url(@extschema@.docnum, lang pg_catalog.text DEFAULT 'en')
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.docnum_url(@extschema@.docnum, pg_catalog.text) IS
    'Council register PDF or EUR-Lex page in the given EU language; NULL where there is none';

CREATE FUNCTION @extschema@.docnum_celex(@extschema@.docnum)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.docnum_celex(@extschema@.docnum) IS
    'CELEX number of JOIN and SWD documents, NULL otherwise';

CREATE FUNCTION @extschema@.try_docnum(pg_catalog.text)
RETURNS @extschema@.docnum
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.try_docnum(pg_catalog.text) IS
    'the docnum, or NULL where the text is not one (no error, no subtransaction)';

CREATE FUNCTION @extschema@.is_docnum(pg_catalog.text)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_docnum(pg_catalog.text) IS
    'whether the text is a docnum (no error, no subtransaction)';

CREATE FUNCTION @extschema@.docnums_in(body pg_catalog.text,
    OUT ref @extschema@.docnum, OUT match pg_catalog.text, OUT pos pg_catalog.int4)
RETURNS SETOF record
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 20;
COMMENT ON FUNCTION @extschema@.docnums_in(pg_catalog.text) IS
    'every document reference in running text, in text order; combined mentions expanded';

-- policy_tracker 0.1: install script.
--
-- Every object is schema-qualified with @extschema@ and every reference to a
-- built-in with pg_catalog, so that neither the install nor a later
-- pg_restore (which runs with an empty search_path) depends on search_path.

\echo Use "CREATE EXTENSION policy_tracker" to load this file. \quit

------------------------------------------------------------------------------
-- docnum: EU document numbers (spec: shared/spec/docnum.md)
------------------------------------------------------------------------------

CREATE TYPE @extschema@.docnum;

CREATE FUNCTION @extschema@.docnum_in(pg_catalog.cstring)
RETURNS @extschema@.docnum
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.docnum_out(@extschema@.docnum)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.docnum_recv(pg_catalog.internal)
RETURNS @extschema@.docnum
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.docnum_send(@extschema@.docnum)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Stored like int8 (as contrib/isn stores ean13): 8 bytes, by value on
-- 64-bit servers, double alignment.  Permanent: see src/docnum_core.h.
CREATE TYPE @extschema@.docnum (
    INPUT = @extschema@.docnum_in,
    OUTPUT = @extschema@.docnum_out,
    RECEIVE = @extschema@.docnum_recv,
    SEND = @extschema@.docnum_send,
    LIKE = pg_catalog.int8,
    CATEGORY = 'U'
);

COMMENT ON TYPE @extschema@.docnum IS
    'Council or Commission document number, e.g. ST 14435 2017 INIT, COM(2017) 477 final';

CREATE FUNCTION @extschema@.docnum_eq(@extschema@.docnum, @extschema@.docnum)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.docnum_ne(@extschema@.docnum, @extschema@.docnum)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.docnum_lt(@extschema@.docnum, @extschema@.docnum)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.docnum_le(@extschema@.docnum, @extschema@.docnum)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.docnum_gt(@extschema@.docnum, @extschema@.docnum)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.docnum_ge(@extschema@.docnum, @extschema@.docnum)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.docnum_cmp(@extschema@.docnum, @extschema@.docnum)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.docnum_sortsupport(pg_catalog.internal)
RETURNS pg_catalog.void
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.docnum_hash(@extschema@.docnum)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.docnum_hash_extended(@extschema@.docnum, pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.docnum_larger(@extschema@.docnum, @extschema@.docnum)
RETURNS @extschema@.docnum
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.docnum_smaller(@extschema@.docnum, @extschema@.docnum)
RETURNS @extschema@.docnum
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.docnum, RIGHTARG = @extschema@.docnum,
    FUNCTION = @extschema@.docnum_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
    HASHES, MERGES
);

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.docnum, RIGHTARG = @extschema@.docnum,
    FUNCTION = @extschema@.docnum_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.docnum, RIGHTARG = @extschema@.docnum,
    FUNCTION = @extschema@.docnum_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.docnum, RIGHTARG = @extschema@.docnum,
    FUNCTION = @extschema@.docnum_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.docnum, RIGHTARG = @extschema@.docnum,
    FUNCTION = @extschema@.docnum_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.docnum, RIGHTARG = @extschema@.docnum,
    FUNCTION = @extschema@.docnum_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

-- Support function 2 (SortSupport) makes sorts run at int8 speed; 4
-- (btequalimage) lets btree indexes deduplicate: equal values are identical.
CREATE OPERATOR CLASS @extschema@.btree_docnum_ops
DEFAULT FOR TYPE @extschema@.docnum USING btree AS
    OPERATOR 1 @extschema@.< ,
    OPERATOR 2 @extschema@.<= ,
    OPERATOR 3 @extschema@.= ,
    OPERATOR 4 @extschema@.>= ,
    OPERATOR 5 @extschema@.> ,
    FUNCTION 1 @extschema@.docnum_cmp(@extschema@.docnum, @extschema@.docnum),
    FUNCTION 2 @extschema@.docnum_sortsupport(pg_catalog.internal),
    FUNCTION 4 pg_catalog.btequalimage(pg_catalog.oid);

-- Needed for hash joins, hash aggregation and PARTITION BY HASH even where
-- nobody builds a hash index.
CREATE OPERATOR CLASS @extschema@.hash_docnum_ops
DEFAULT FOR TYPE @extschema@.docnum USING hash AS
    OPERATOR 1 @extschema@.= ,
    FUNCTION 1 @extschema@.docnum_hash(@extschema@.docnum),
    FUNCTION 2 @extschema@.docnum_hash_extended(@extschema@.docnum, pg_catalog.int8);

CREATE AGGREGATE @extschema@.min(@extschema@.docnum) (
    SFUNC = @extschema@.docnum_smaller, STYPE = @extschema@.docnum,
    COMBINEFUNC = @extschema@.docnum_smaller,
    SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.max(@extschema@.docnum) (
    SFUNC = @extschema@.docnum_larger, STYPE = @extschema@.docnum,
    COMBINEFUNC = @extschema@.docnum_larger,
    SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE
);

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

CREATE FUNCTION @extschema@.docnum_family(@extschema@.docnum)
RETURNS @extschema@.docnum
AS 'MODULE_PATHNAME', 'docnum_family_fn' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
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

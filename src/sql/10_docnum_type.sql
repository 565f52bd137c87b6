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


-- Comments on the support objects, so that \df+, \do+ and BI tools show every one.
COMMENT ON FUNCTION @extschema@.docnum_in(pg_catalog.cstring) IS 'input function of docnum';
COMMENT ON FUNCTION @extschema@.docnum_out(@extschema@.docnum) IS 'output function of docnum (canonical text)';
COMMENT ON FUNCTION @extschema@.docnum_recv(pg_catalog.internal) IS 'binary input of docnum: refuses what text input could not produce';
COMMENT ON FUNCTION @extschema@.docnum_send(@extschema@.docnum) IS 'binary output of docnum: the value as an 8-byte big-endian integer';
COMMENT ON FUNCTION @extschema@.docnum_cmp(@extschema@.docnum, @extschema@.docnum) IS 'btree comparison of docnum: -1, 0 or 1';
COMMENT ON FUNCTION @extschema@.docnum_sortsupport(pg_catalog.internal) IS 'btree sort support of docnum';
COMMENT ON FUNCTION @extschema@.docnum_hash(@extschema@.docnum) IS '32-bit hash of docnum (hash operator class, support 1)';
COMMENT ON FUNCTION @extschema@.docnum_hash_extended(@extschema@.docnum, pg_catalog.int8) IS 'seeded 64-bit hash of docnum (hash operator class, support 2)';
COMMENT ON FUNCTION @extschema@.docnum_larger(@extschema@.docnum, @extschema@.docnum) IS 'the larger of two docnum values (max aggregate)';
COMMENT ON FUNCTION @extschema@.docnum_smaller(@extschema@.docnum, @extschema@.docnum) IS 'the smaller of two docnum values (min aggregate)';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.docnum) IS 'smallest docnum';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.docnum) IS 'largest docnum';
COMMENT ON FUNCTION @extschema@.docnum_eq(@extschema@.docnum, @extschema@.docnum) IS 'implements = on docnum';
COMMENT ON OPERATOR @extschema@.= (@extschema@.docnum, @extschema@.docnum) IS 'equal';
COMMENT ON FUNCTION @extschema@.docnum_ne(@extschema@.docnum, @extschema@.docnum) IS 'implements <> on docnum';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.docnum, @extschema@.docnum) IS 'not equal';
COMMENT ON FUNCTION @extschema@.docnum_lt(@extschema@.docnum, @extschema@.docnum) IS 'implements < on docnum';
COMMENT ON OPERATOR @extschema@.< (@extschema@.docnum, @extschema@.docnum) IS 'less than';
COMMENT ON FUNCTION @extschema@.docnum_le(@extschema@.docnum, @extschema@.docnum) IS 'implements <= on docnum';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.docnum, @extschema@.docnum) IS 'less than or equal';
COMMENT ON FUNCTION @extschema@.docnum_gt(@extschema@.docnum, @extschema@.docnum) IS 'implements > on docnum';
COMMENT ON OPERATOR @extschema@.> (@extschema@.docnum, @extschema@.docnum) IS 'greater than';
COMMENT ON FUNCTION @extschema@.docnum_ge(@extschema@.docnum, @extschema@.docnum) IS 'implements >= on docnum';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.docnum, @extschema@.docnum) IS 'greater than or equal';
COMMENT ON OPERATOR CLASS @extschema@.btree_docnum_ops USING btree IS 'default btree order of docnum';
COMMENT ON OPERATOR CLASS @extschema@.hash_docnum_ops USING hash IS 'default hash of docnum';

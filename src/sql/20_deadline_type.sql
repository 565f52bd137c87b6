------------------------------------------------------------------------------
-- deadline: fuzzy deadlines as computable periods (spec: shared/spec/deadline.md)
------------------------------------------------------------------------------

CREATE TYPE @extschema@.deadline;

CREATE FUNCTION @extschema@.deadline_in(pg_catalog.cstring)
RETURNS @extschema@.deadline
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.deadline_out(@extschema@.deadline)
RETURNS pg_catalog.cstring
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.deadline_recv(pg_catalog.internal)
RETURNS @extschema@.deadline
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.deadline_send(@extschema@.deadline)
RETURNS pg_catalog.bytea
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- 8 bytes by value, like int8; the bit layout (src/deadline_core.h) is
-- permanent and its integer order is the type's btree order.
CREATE TYPE @extschema@.deadline (
    INPUT = @extschema@.deadline_in,
    OUTPUT = @extschema@.deadline_out,
    RECEIVE = @extschema@.deadline_recv,
    SEND = @extschema@.deadline_send,
    LIKE = pg_catalog.int8,
    CATEGORY = 'U'
);

COMMENT ON TYPE @extschema@.deadline IS
    'fuzzy deadline as EU texts write it: a period with a mode, e.g. by mid-2018, end of 2018/early 2019, 2018 and ongoing';

CREATE FUNCTION @extschema@.deadline_eq(@extschema@.deadline, @extschema@.deadline)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.deadline_ne(@extschema@.deadline, @extschema@.deadline)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.deadline_lt(@extschema@.deadline, @extschema@.deadline)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.deadline_le(@extschema@.deadline, @extschema@.deadline)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.deadline_gt(@extschema@.deadline, @extschema@.deadline)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.deadline_ge(@extschema@.deadline, @extschema@.deadline)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.deadline_cmp(@extschema@.deadline, @extschema@.deadline)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.deadline_sortsupport(pg_catalog.internal)
RETURNS pg_catalog.void
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.deadline_hash(@extschema@.deadline)
RETURNS pg_catalog.int4
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.deadline_hash_extended(@extschema@.deadline, pg_catalog.int8)
RETURNS pg_catalog.int8
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.deadline_larger(@extschema@.deadline, @extschema@.deadline)
RETURNS @extschema@.deadline
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.deadline_smaller(@extschema@.deadline, @extschema@.deadline)
RETURNS @extschema@.deadline
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR @extschema@.= (
    LEFTARG = @extschema@.deadline, RIGHTARG = @extschema@.deadline,
    FUNCTION = @extschema@.deadline_eq,
    COMMUTATOR = OPERATOR(@extschema@.=), NEGATOR = OPERATOR(@extschema@.<>),
    RESTRICT = pg_catalog.eqsel, JOIN = pg_catalog.eqjoinsel,
    HASHES, MERGES
);

CREATE OPERATOR @extschema@.<> (
    LEFTARG = @extschema@.deadline, RIGHTARG = @extschema@.deadline,
    FUNCTION = @extschema@.deadline_ne,
    COMMUTATOR = OPERATOR(@extschema@.<>), NEGATOR = OPERATOR(@extschema@.=),
    RESTRICT = pg_catalog.neqsel, JOIN = pg_catalog.neqjoinsel
);

CREATE OPERATOR @extschema@.< (
    LEFTARG = @extschema@.deadline, RIGHTARG = @extschema@.deadline,
    FUNCTION = @extschema@.deadline_lt,
    COMMUTATOR = OPERATOR(@extschema@.>), NEGATOR = OPERATOR(@extschema@.>=),
    RESTRICT = pg_catalog.scalarltsel, JOIN = pg_catalog.scalarltjoinsel
);

CREATE OPERATOR @extschema@.<= (
    LEFTARG = @extschema@.deadline, RIGHTARG = @extschema@.deadline,
    FUNCTION = @extschema@.deadline_le,
    COMMUTATOR = OPERATOR(@extschema@.>=), NEGATOR = OPERATOR(@extschema@.>),
    RESTRICT = pg_catalog.scalarlesel, JOIN = pg_catalog.scalarlejoinsel
);

CREATE OPERATOR @extschema@.> (
    LEFTARG = @extschema@.deadline, RIGHTARG = @extschema@.deadline,
    FUNCTION = @extschema@.deadline_gt,
    COMMUTATOR = OPERATOR(@extschema@.<), NEGATOR = OPERATOR(@extschema@.<=),
    RESTRICT = pg_catalog.scalargtsel, JOIN = pg_catalog.scalargtjoinsel
);

CREATE OPERATOR @extschema@.>= (
    LEFTARG = @extschema@.deadline, RIGHTARG = @extschema@.deadline,
    FUNCTION = @extschema@.deadline_ge,
    COMMUTATOR = OPERATOR(@extschema@.<=), NEGATOR = OPERATOR(@extschema@.<),
    RESTRICT = pg_catalog.scalargesel, JOIN = pg_catalog.scalargejoinsel
);

CREATE OPERATOR CLASS @extschema@.btree_deadline_ops
DEFAULT FOR TYPE @extschema@.deadline USING btree AS
    OPERATOR 1 @extschema@.< ,
    OPERATOR 2 @extschema@.<= ,
    OPERATOR 3 @extschema@.= ,
    OPERATOR 4 @extschema@.>= ,
    OPERATOR 5 @extschema@.> ,
    FUNCTION 1 @extschema@.deadline_cmp(@extschema@.deadline, @extschema@.deadline),
    FUNCTION 2 @extschema@.deadline_sortsupport(pg_catalog.internal),
    FUNCTION 4 pg_catalog.btequalimage(pg_catalog.oid);

CREATE OPERATOR CLASS @extschema@.hash_deadline_ops
DEFAULT FOR TYPE @extschema@.deadline USING hash AS
    OPERATOR 1 @extschema@.= ,
    FUNCTION 1 @extschema@.deadline_hash(@extschema@.deadline),
    FUNCTION 2 @extschema@.deadline_hash_extended(@extschema@.deadline, pg_catalog.int8);

CREATE AGGREGATE @extschema@.min(@extschema@.deadline) (
    SFUNC = @extschema@.deadline_smaller, STYPE = @extschema@.deadline,
    COMBINEFUNC = @extschema@.deadline_smaller,
    SORTOP = OPERATOR(@extschema@.<), PARALLEL = SAFE
);

CREATE AGGREGATE @extschema@.max(@extschema@.deadline) (
    SFUNC = @extschema@.deadline_larger, STYPE = @extschema@.deadline,
    COMBINEFUNC = @extschema@.deadline_larger,
    SORTOP = OPERATOR(@extschema@.>), PARALLEL = SAFE
);


-- Comments on the support objects, so that \df+, \do+ and BI tools show every one.
COMMENT ON FUNCTION @extschema@.deadline_in(pg_catalog.cstring) IS 'input function of deadline';
COMMENT ON FUNCTION @extschema@.deadline_out(@extschema@.deadline) IS 'output function of deadline (canonical text)';
COMMENT ON FUNCTION @extschema@.deadline_recv(pg_catalog.internal) IS 'binary input of deadline: refuses what text input could not produce';
COMMENT ON FUNCTION @extschema@.deadline_send(@extschema@.deadline) IS 'binary output of deadline: the value as an 8-byte big-endian integer';
COMMENT ON FUNCTION @extschema@.deadline_cmp(@extschema@.deadline, @extschema@.deadline) IS 'btree comparison of deadline: -1, 0 or 1';
COMMENT ON FUNCTION @extschema@.deadline_sortsupport(pg_catalog.internal) IS 'btree sort support of deadline';
COMMENT ON FUNCTION @extschema@.deadline_hash(@extschema@.deadline) IS '32-bit hash of deadline (hash operator class, support 1)';
COMMENT ON FUNCTION @extschema@.deadline_hash_extended(@extschema@.deadline, pg_catalog.int8) IS 'seeded 64-bit hash of deadline (hash operator class, support 2)';
COMMENT ON FUNCTION @extschema@.deadline_larger(@extschema@.deadline, @extschema@.deadline) IS 'the larger of two deadline values (max aggregate)';
COMMENT ON FUNCTION @extschema@.deadline_smaller(@extschema@.deadline, @extschema@.deadline) IS 'the smaller of two deadline values (min aggregate)';
COMMENT ON AGGREGATE @extschema@.min(@extschema@.deadline) IS 'smallest deadline';
COMMENT ON AGGREGATE @extschema@.max(@extschema@.deadline) IS 'largest deadline';
COMMENT ON FUNCTION @extschema@.deadline_eq(@extschema@.deadline, @extschema@.deadline) IS 'implements = on deadline';
COMMENT ON OPERATOR @extschema@.= (@extschema@.deadline, @extschema@.deadline) IS 'equal';
COMMENT ON FUNCTION @extschema@.deadline_ne(@extschema@.deadline, @extschema@.deadline) IS 'implements <> on deadline';
COMMENT ON OPERATOR @extschema@.<> (@extschema@.deadline, @extschema@.deadline) IS 'not equal';
COMMENT ON FUNCTION @extschema@.deadline_lt(@extschema@.deadline, @extschema@.deadline) IS 'implements < on deadline';
COMMENT ON OPERATOR @extschema@.< (@extschema@.deadline, @extschema@.deadline) IS 'less than';
COMMENT ON FUNCTION @extschema@.deadline_le(@extschema@.deadline, @extschema@.deadline) IS 'implements <= on deadline';
COMMENT ON OPERATOR @extschema@.<= (@extschema@.deadline, @extschema@.deadline) IS 'less than or equal';
COMMENT ON FUNCTION @extschema@.deadline_gt(@extschema@.deadline, @extschema@.deadline) IS 'implements > on deadline';
COMMENT ON OPERATOR @extschema@.> (@extschema@.deadline, @extschema@.deadline) IS 'greater than';
COMMENT ON FUNCTION @extschema@.deadline_ge(@extschema@.deadline, @extschema@.deadline) IS 'implements >= on deadline';
COMMENT ON OPERATOR @extschema@.>= (@extschema@.deadline, @extschema@.deadline) IS 'greater than or equal';
COMMENT ON OPERATOR CLASS @extschema@.btree_deadline_ops USING btree IS 'default btree order of deadline';
COMMENT ON OPERATOR CLASS @extschema@.hash_deadline_ops USING hash IS 'default hash of deadline';

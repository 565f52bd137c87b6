-- Containment and overlap test the period that deadline_period(d) returns,
-- without building a daterange (src/deadline_gist.c); the GiST operator
-- class gist_deadline_ops below indexes them.  LEAKPROOF (comparisons of
-- periods that cannot fail): under row-level security the planner uses the
-- GiST index for a role's own condition only if its operator cannot leak.
CREATE FUNCTION @extschema@.deadline_contains(@extschema@.deadline, pg_catalog.date)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.deadline_contained(pg_catalog.date, @extschema@.deadline)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.deadline_overlaps(@extschema@.deadline, pg_catalog.daterange)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'deadline_overlaps_range' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE FUNCTION @extschema@.deadline_overlaps(@extschema@.deadline, @extschema@.deadline)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

CREATE OPERATOR @extschema@.@> (
    LEFTARG = @extschema@.deadline, RIGHTARG = pg_catalog.date,
    FUNCTION = @extschema@.deadline_contains,
    COMMUTATOR = OPERATOR(@extschema@.<@),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);

CREATE OPERATOR @extschema@.<@ (
    LEFTARG = pg_catalog.date, RIGHTARG = @extschema@.deadline,
    FUNCTION = @extschema@.deadline_contained,
    COMMUTATOR = OPERATOR(@extschema@.@>),
    RESTRICT = pg_catalog.contsel, JOIN = pg_catalog.contjoinsel
);

CREATE OPERATOR @extschema@.&& (
    LEFTARG = @extschema@.deadline, RIGHTARG = pg_catalog.daterange,
    FUNCTION = @extschema@.deadline_overlaps,
    RESTRICT = pg_catalog.areasel, JOIN = pg_catalog.areajoinsel
);

CREATE OPERATOR @extschema@.&& (
    LEFTARG = @extschema@.deadline, RIGHTARG = @extschema@.deadline,
    FUNCTION = @extschema@.deadline_overlaps,
    COMMUTATOR = OPERATOR(@extschema@.&&),
    RESTRICT = pg_catalog.areasel, JOIN = pg_catalog.areajoinsel
);

-- GiST: leaves hold the deadline itself (no compress function, so the index
-- serves index-only scans), inner pages the period of their subtree.
CREATE FUNCTION @extschema@.deadline_gist_consistent(pg_catalog.internal, @extschema@.deadline,
    pg_catalog.int2, pg_catalog.oid, pg_catalog.internal)
RETURNS pg_catalog.bool AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.deadline_gist_union(pg_catalog.internal, pg_catalog.internal)
RETURNS @extschema@.deadline AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.deadline_gist_penalty(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.deadline_gist_picksplit(pg_catalog.internal, pg_catalog.internal)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION @extschema@.deadline_gist_same(@extschema@.deadline, @extschema@.deadline, pg_catalog.internal)
RETURNS pg_catalog.internal AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE OPERATOR CLASS @extschema@.gist_deadline_ops
    DEFAULT FOR TYPE @extschema@.deadline USING gist AS
        OPERATOR 3 @extschema@.&& (@extschema@.deadline, pg_catalog.daterange),
        OPERATOR 3 @extschema@.&& (@extschema@.deadline, @extschema@.deadline),
        OPERATOR 16 @extschema@.@> (@extschema@.deadline, pg_catalog.date),
        FUNCTION 1 @extschema@.deadline_gist_consistent(pg_catalog.internal, @extschema@.deadline,
                                                         pg_catalog.int2, pg_catalog.oid, pg_catalog.internal),
        FUNCTION 2 @extschema@.deadline_gist_union(pg_catalog.internal, pg_catalog.internal),
        FUNCTION 5 @extschema@.deadline_gist_penalty(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal),
        FUNCTION 6 @extschema@.deadline_gist_picksplit(pg_catalog.internal, pg_catalog.internal),
        FUNCTION 7 @extschema@.deadline_gist_same(@extschema@.deadline, @extschema@.deadline, pg_catalog.internal);


-- Comments on the support objects, so that \df+, \do+ and BI tools show every one.
COMMENT ON OPERATOR CLASS @extschema@.gist_deadline_ops USING gist IS 'default GiST index of deadline: serves d && daterange, d && deadline, d @> date and date <@ d, index-only scans included';
COMMENT ON FUNCTION @extschema@.deadline_gist_consistent(pg_catalog.internal, @extschema@.deadline, pg_catalog.int2, pg_catalog.oid, pg_catalog.internal) IS 'GiST support 1: whether a subtree or leaf can match';
COMMENT ON FUNCTION @extschema@.deadline_gist_union(pg_catalog.internal, pg_catalog.internal) IS 'GiST support 2: the period covering a set of keys';
COMMENT ON FUNCTION @extschema@.deadline_gist_penalty(pg_catalog.internal, pg_catalog.internal, pg_catalog.internal) IS 'GiST support 5: how much a subtree''s period grows';
COMMENT ON FUNCTION @extschema@.deadline_gist_picksplit(pg_catalog.internal, pg_catalog.internal) IS 'GiST support 6: splits a page by period start';
COMMENT ON FUNCTION @extschema@.deadline_gist_same(@extschema@.deadline, @extschema@.deadline, pg_catalog.internal) IS 'GiST support 7: key equality';
COMMENT ON FUNCTION @extschema@.deadline_contains(@extschema@.deadline, pg_catalog.date) IS 'implements deadline @> date: the date is in the period';
COMMENT ON FUNCTION @extschema@.deadline_contained(pg_catalog.date, @extschema@.deadline) IS 'implements date <@ deadline';
COMMENT ON FUNCTION @extschema@.deadline_overlaps(@extschema@.deadline, pg_catalog.daterange) IS 'implements deadline && daterange: the periods overlap';
COMMENT ON FUNCTION @extschema@.deadline_overlaps(@extschema@.deadline, @extschema@.deadline) IS 'implements deadline && deadline: the periods overlap';
COMMENT ON OPERATOR @extschema@.@> (@extschema@.deadline, pg_catalog.date) IS 'the period contains the date';
COMMENT ON OPERATOR @extschema@.<@ (pg_catalog.date, @extschema@.deadline) IS 'the date is in the period';
COMMENT ON OPERATOR @extschema@.&& (@extschema@.deadline, pg_catalog.daterange) IS 'the period overlaps the range';
COMMENT ON OPERATOR @extschema@.&& (@extschema@.deadline, @extschema@.deadline) IS 'the periods overlap';

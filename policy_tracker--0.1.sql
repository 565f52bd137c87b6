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

-- Semantics (spec sections 1 and 3).

CREATE FUNCTION @extschema@.due_date(@extschema@.deadline)
RETURNS pg_catalog.date
AS 'MODULE_PATHNAME', 'deadline_due_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.due_date(@extschema@.deadline) IS
    'last day to deliver; NULL for from, ongoing and continuing deadlines';

CREATE FUNCTION @extschema@.deadline_period(@extschema@.deadline)
RETURNS pg_catalog.daterange
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.deadline_period(@extschema@.deadline) IS
    'the period as a daterange: [lower, infinity) for from, (-infinity, infinity) for ongoing; index it with GiST';

CREATE CAST (@extschema@.deadline AS pg_catalog.daterange)
    WITH FUNCTION @extschema@.deadline_period(@extschema@.deadline);

CREATE FUNCTION @extschema@.deadline_status(@extschema@.deadline, on_date pg_catalog.date)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.deadline_status(@extschema@.deadline, pg_catalog.date) IS
    'overdue, due, upcoming or ongoing on the given date';

CREATE FUNCTION @extschema@.is_overdue(@extschema@.deadline, on_date pg_catalog.date)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'deadline_is_overdue' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_overdue(@extschema@.deadline, pg_catalog.date) IS
    'whether the due date has passed on the given date';

CREATE FUNCTION @extschema@.deadline_mode(@extschema@.deadline)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.deadline_mode(@extschema@.deadline) IS
    'in, by, before, from or ongoing';

CREATE FUNCTION @extschema@.deadline_precision(@extschema@.deadline)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.deadline_precision(@extschema@.deadline) IS
    'day, month, quarter, season, third, half, presidency, year or span; NULL for ongoing';

CREATE FUNCTION @extschema@.deadline_continuing(@extschema@.deadline)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.deadline_continuing(@extschema@.deadline) IS
    'whether it was written "P and ongoing"';

CREATE FUNCTION @extschema@.deadline_edtf(@extschema@.deadline)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.deadline_edtf(@extschema@.deadline) IS
    'EDTF / ISO 8601-2 form: 2018-05, 2018-38, 2018-39/2019-37, ../2018-05, 2018/.., ../..';

CREATE FUNCTION @extschema@.deadline_parse(phrase pg_catalog.text, ref pg_catalog.date,
    lang pg_catalog.text DEFAULT NULL)
RETURNS @extschema@.deadline
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.deadline_parse(pg_catalog.text, pg_catalog.date, pg_catalog.text) IS
    'a deadline phrase resolved against a reference date (month without year, end of the year, within six months, a presidency without year)';

CREATE FUNCTION @extschema@.try_deadline(pg_catalog.text)
RETURNS @extschema@.deadline
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.try_deadline(pg_catalog.text) IS
    'the deadline, or NULL where the text is not one (no error, no subtransaction)';

CREATE FUNCTION @extschema@.is_deadline(pg_catalog.text)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.is_deadline(pg_catalog.text) IS
    'whether the text is a deadline (no error, no subtransaction)';

CREATE FUNCTION @extschema@.presidency(on_date pg_catalog.date)
RETURNS pg_catalog.text
AS 'MODULE_PATHNAME', 'presidency_on' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.presidency(pg_catalog.date) IS
    'member state (EL for Greece) holding the Council presidency that day, 2007-2030; NULL outside';

CREATE FUNCTION @extschema@.presidency_term(country pg_catalog.text, year pg_catalog.int4)
RETURNS pg_catalog.daterange
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.presidency_term(pg_catalog.text, pg_catalog.int4) IS
    'the six months of that member state''s presidency in that year, NULL if none';

CREATE FUNCTION @extschema@.deadlines_in(body pg_catalog.text, ref pg_catalog.date DEFAULT NULL,
    OUT due @extschema@.deadline, OUT match pg_catalog.text, OUT pos pg_catalog.int4)
RETURNS SETOF record
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 10;
COMMENT ON FUNCTION @extschema@.deadlines_in(pg_catalog.text, pg_catalog.date) IS
    'deadlines in running text (en, nl, fr, de), in text order; with ref, those already over are left out';

-- Containment and overlap are SQL functions over deadline_period so that the
-- planner inlines them: a GiST index on deadline_period(d) then serves
-- d @> date, d && daterange and d && deadline directly.
CREATE FUNCTION @extschema@.deadline_contains(@extschema@.deadline, pg_catalog.date)
RETURNS pg_catalog.bool
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS 'SELECT @extschema@.deadline_period($1) OPERATOR(pg_catalog.@>) $2';

CREATE FUNCTION @extschema@.deadline_contained(pg_catalog.date, @extschema@.deadline)
RETURNS pg_catalog.bool
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS 'SELECT $1 OPERATOR(pg_catalog.<@) @extschema@.deadline_period($2)';

CREATE FUNCTION @extschema@.deadline_overlaps(@extschema@.deadline, pg_catalog.daterange)
RETURNS pg_catalog.bool
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS 'SELECT @extschema@.deadline_period($1) OPERATOR(pg_catalog.&&) $2';

CREATE FUNCTION @extschema@.deadline_overlaps(@extschema@.deadline, @extschema@.deadline)
RETURNS pg_catalog.bool
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS 'SELECT @extschema@.deadline_period($1) OPERATOR(pg_catalog.&&) @extschema@.deadline_period($2)';

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

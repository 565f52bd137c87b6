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

-- Containment and overlap test the period that deadline_period(d) returns,
-- without building a daterange (src/deadline_gist.c); the GiST operator
-- class gist_deadline_ops below indexes them.
CREATE FUNCTION @extschema@.deadline_contains(@extschema@.deadline, pg_catalog.date)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.deadline_contained(pg_catalog.date, @extschema@.deadline)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.deadline_overlaps(@extschema@.deadline, pg_catalog.daterange)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME', 'deadline_overlaps_range' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE FUNCTION @extschema@.deadline_overlaps(@extschema@.deadline, @extschema@.deadline)
RETURNS pg_catalog.bool
AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

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
    number      int NOT NULL CHECK (number > 0),
    item        int NOT NULL DEFAULT 0 CHECK (item >= 0),
    chapter     text CHECK (chapter ~ '^[IVX]+$'),
    part        text NOT NULL DEFAULT 'operative' CHECK (part IN ('preamble', 'operative')),
    verbs       text[] NOT NULL DEFAULT '{}',
    topic       text,
    lang        text CHECK (lang IN ('bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga',
                     'hr', 'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv')),
    PRIMARY KEY (document, number, item)
);
COMMENT ON TABLE @extschema@.paragraph IS 'numbered paragraphs of conclusions (item 0) and their indented points (items 1..n)';
COMMENT ON COLUMN @extschema@.paragraph.document IS 'the conclusions document';
COMMENT ON COLUMN @extschema@.paragraph.number IS 'paragraph number as printed';
COMMENT ON COLUMN @extschema@.paragraph.item IS '0 for the paragraph itself, 1..n for its indented points';
COMMENT ON COLUMN @extschema@.paragraph.chapter IS 'chapter in Roman numerals, NULL before the first chapter';
COMMENT ON COLUMN @extschema@.paragraph.part IS 'preamble (recitals) or operative (after HEREBY)';
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
                                'network', 'international', 'private')),
    country     text CHECK (country ~ '^[A-Z]{2}$'),
    aliases     text[] NOT NULL DEFAULT '{}',
    builtin     boolean NOT NULL DEFAULT false,
    CHECK (country IS NULL OR kind = 'presidency')
);
COMMENT ON TABLE @extschema@.actor IS 'who acts: institutions, agencies, Member States, presidencies, Council bodies, networks, international and private actors';
COMMENT ON COLUMN @extschema@.actor.name IS 'canonical name';
COMMENT ON COLUMN @extschema@.actor.short_name IS 'usual short name or acronym';
COMMENT ON COLUMN @extschema@.actor.kind IS 'institution, agency, member_states, presidency, council_body, network, international or private';
COMMENT ON COLUMN @extschema@.actor.country IS 'member state of a presidency (ISO code, EL for Greece)';
COMMENT ON COLUMN @extschema@.actor.aliases IS 'other names, acronyms and names in Dutch, French and German, matched case-insensitively';
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
    CHECK (detected = (lang IS NOT NULL)),
    CHECK (from_doc <> to_doc)
);
CREATE UNIQUE INDEX reference_unique ON @extschema@.reference (from_doc, coalesce(number, 0), to_doc);
CREATE INDEX reference_to_doc ON @extschema@.reference (to_doc);
COMMENT ON TABLE @extschema@.reference IS 'citations: a document (or one of its paragraphs) citing another document';
COMMENT ON COLUMN @extschema@.reference.id IS 'surrogate key';
COMMENT ON COLUMN @extschema@.reference.from_doc IS 'the citing document';
COMMENT ON COLUMN @extschema@.reference.number IS 'the citing paragraph, NULL for the document as a whole (cover page, note)';
COMMENT ON COLUMN @extschema@.reference.to_doc IS 'the cited document, which need not be in the database';
COMMENT ON COLUMN @extschema@.reference.footnote IS 'footnote number the citation stands in, if any';
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

CREATE INDEX action_plan_idx ON @extschema@.action (plan);
CREATE INDEX action_deadline_idx ON @extschema@.action (deadline);
CREATE INDEX action_due_idx ON @extschema@.action (@extschema@.due_date(deadline));
CREATE INDEX action_period_idx ON @extschema@.action USING gist (deadline);
CREATE INDEX action_actor_actor_idx ON @extschema@.action_actor (actor, role);
CREATE INDEX action_paragraph_paragraph_idx ON @extschema@.action_paragraph (document, number);
CREATE INDEX paragraph_actor_actor_idx ON @extschema@.paragraph_actor (actor);

-- progress is history: corrections are new reports, never edits.
CREATE FUNCTION @extschema@.progress_append_only() RETURNS trigger
LANGUAGE plpgsql PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    RAISE EXCEPTION 'progress is append-only: % is not allowed', TG_OP
        USING ERRCODE = '55000',
              HINT = 'Record a new progress report instead; history is never edited.';
END $$;
COMMENT ON FUNCTION @extschema@.progress_append_only() IS 'rejects UPDATE, DELETE and TRUNCATE on progress';

CREATE TRIGGER progress_append_only BEFORE UPDATE OR DELETE ON @extschema@.progress
    FOR EACH ROW EXECUTE FUNCTION @extschema@.progress_append_only();
CREATE TRIGGER progress_no_truncate BEFORE TRUNCATE ON @extschema@.progress
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.progress_append_only();

-- The latest report per action, kept by a trigger so that the views need
-- not search a long history for every action.  Derived data: not dumped;
-- restoring progress rebuilds it through the same trigger.
CREATE TABLE @extschema@.action_status (
    action      bigint PRIMARY KEY REFERENCES @extschema@.action ON DELETE CASCADE,
    status      text NOT NULL,
    reported_on date NOT NULL,
    progress_id bigint NOT NULL
);
COMMENT ON TABLE @extschema@.action_status IS 'latest progress report per action (derived from progress by a trigger)';
COMMENT ON COLUMN @extschema@.action_status.action IS 'the action';
COMMENT ON COLUMN @extschema@.action_status.status IS 'status of its latest report';
COMMENT ON COLUMN @extschema@.action_status.reported_on IS 'date of its latest report';
COMMENT ON COLUMN @extschema@.action_status.progress_id IS 'the progress row it comes from';

-- One statement for all the rows a statement inserted (a COPY of a million
-- reports updates each action once); upserting in action order takes the
-- row locks in one order, so concurrent reporters do not deadlock.
CREATE FUNCTION @extschema@.progress_keep_latest() RETURNS trigger
LANGUAGE plpgsql PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    INSERT INTO @extschema@.action_status AS s (action, status, reported_on, progress_id)
    SELECT DISTINCT ON (n.action) n.action, n.status, n.reported_on, n.id
    FROM new_progress AS n
    ORDER BY n.action, n.reported_on DESC, n.id DESC
    ON CONFLICT (action) DO UPDATE
        SET status = EXCLUDED.status, reported_on = EXCLUDED.reported_on, progress_id = EXCLUDED.progress_id
        WHERE (s.reported_on, s.progress_id) < (EXCLUDED.reported_on, EXCLUDED.progress_id);
    RETURN NULL;
END $$;
COMMENT ON FUNCTION @extschema@.progress_keep_latest() IS 'keeps action_status up to date as reports arrive';

CREATE TRIGGER progress_keep_latest AFTER INSERT ON @extschema@.progress
    REFERENCING NEW TABLE AS new_progress
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.progress_keep_latest();
CREATE INDEX action_status_reported ON @extschema@.action_status (reported_on);

-- Per-action facts and per-actor counts, kept by triggers so that
-- actor_workload and overdue_on need not join 100,000s of action-actor
-- links at query time (bench/: 400 ms at 300,000 links).  Derived data:
-- not dumped; restoring the tables rebuilds them through the triggers.
--
-- action_digest records what each action with actors contributes to
-- actor_load; a change to an action, its actors or its status takes that
-- contribution out and puts the new one in (refresh_digests), so the counts
-- stay exact whatever the order of changes.
CREATE TABLE @extschema@.action_digest (
    action          bigint PRIMARY KEY,
    plan            @extschema@.docnum NOT NULL,
    due             date NOT NULL,
    open            boolean NOT NULL,
    leads           text,
    lead_actors     text[] NOT NULL,
    involved_actors text[] NOT NULL,
    linked_actors   text[] NOT NULL
);
COMMENT ON TABLE @extschema@.action_digest IS 'per action with actors: what it counts for in actor_load (derived, kept by triggers)';
COMMENT ON COLUMN @extschema@.action_digest.action IS 'the action';
COMMENT ON COLUMN @extschema@.action_digest.plan IS 'its plan';
COMMENT ON COLUMN @extschema@.action_digest.due IS 'its due date; infinity when it has none';
COMMENT ON COLUMN @extschema@.action_digest.open IS 'whether its latest report (action_status) is other than done or dropped, or it has none';
COMMENT ON COLUMN @extschema@.action_digest.leads IS 'short names of its lead actors, as actors_of(action, ''{lead}'') gives them';
COMMENT ON COLUMN @extschema@.action_digest.lead_actors IS 'actors that lead it';
COMMENT ON COLUMN @extschema@.action_digest.involved_actors IS 'actors involved in or supporting it';
COMMENT ON COLUMN @extschema@.action_digest.linked_actors IS 'actors with any role in it';

CREATE TABLE @extschema@.actor_load (
    actor       text NOT NULL,
    plan        @extschema@.docnum NOT NULL,
    due         date NOT NULL,
    led         int NOT NULL,
    involved    int NOT NULL,
    linked      int NOT NULL,
    open        int NOT NULL,
    PRIMARY KEY (actor, plan, due)
);
COMMENT ON TABLE @extschema@.actor_load IS 'actions per actor, plan and due date (derived from action_digest by triggers; rows may count zero)';
COMMENT ON COLUMN @extschema@.actor_load.actor IS 'the actor';
COMMENT ON COLUMN @extschema@.actor_load.plan IS 'the plan';
COMMENT ON COLUMN @extschema@.actor_load.due IS 'the due date; infinity for actions without one';
COMMENT ON COLUMN @extschema@.actor_load.led IS 'actions it leads';
COMMENT ON COLUMN @extschema@.actor_load.involved IS 'actions it is involved in or supports';
COMMENT ON COLUMN @extschema@.actor_load.linked IS 'actions it has any role in';
COMMENT ON COLUMN @extschema@.actor_load.open IS 'of those, actions whose latest report is not done or dropped';

-- Runs with the rights of the role whose change fired the trigger, as
-- progress_keep_latest does (nothing here is SECURITY DEFINER): roles that
-- write actions, their actors or progress also need INSERT, UPDATE and
-- DELETE on action_digest and actor_load (README, Access).
CREATE FUNCTION @extschema@.refresh_digests(actions bigint[]) RETURNS void
LANGUAGE plpgsql PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    sign int;
BEGIN
    actions := ARRAY(SELECT DISTINCT i.id FROM unnest(actions) AS i(id));
    -- sign -1: take out what the actions counted for; then recompute their
    -- digests; sign +1: count them again.  In key order (lock order).
    FOREACH sign IN ARRAY ARRAY[-1, 1] LOOP
        INSERT INTO @extschema@.actor_load AS l (actor, plan, due, led, involved, linked, open)
        SELECT x.actor, d.plan, d.due,
               sign * count(*) FILTER (WHERE x.actor = ANY (d.lead_actors)),
               sign * count(*) FILTER (WHERE x.actor = ANY (d.involved_actors)),
               sign * count(*), sign * count(*) FILTER (WHERE d.open)
        FROM unnest(actions) AS i(id)
        JOIN @extschema@.action_digest AS d ON d.action = i.id
        CROSS JOIN LATERAL unnest(d.linked_actors) AS x(actor)
        GROUP BY x.actor, d.plan, d.due
        ORDER BY x.actor, d.plan, d.due
        ON CONFLICT (actor, plan, due) DO UPDATE
            SET led = l.led + EXCLUDED.led, involved = l.involved + EXCLUDED.involved,
                linked = l.linked + EXCLUDED.linked, open = l.open + EXCLUDED.open;
        EXIT WHEN sign > 0;

        DELETE FROM @extschema@.action_digest AS d
        USING unnest(actions) AS i(id)
        WHERE d.action = i.id;
        INSERT INTO @extschema@.action_digest
            (action, plan, due, open, leads, lead_actors, involved_actors, linked_actors)
        SELECT a.id, a.plan, coalesce(@extschema@.due_date(a.deadline), 'infinity'),
               coalesce(s.status, '') NOT IN ('done', 'dropped'),
               pg_catalog.string_agg(coalesce(ac.short_name, ac.name), ', ' ORDER BY ac.short_name, ac.name)
                 FILTER (WHERE aa.role = 'lead'),
               coalesce(pg_catalog.array_agg(DISTINCT aa.actor) FILTER (WHERE aa.role = 'lead'), '{}'),
               coalesce(pg_catalog.array_agg(DISTINCT aa.actor) FILTER (WHERE aa.role IN ('involved', 'support')), '{}'),
               pg_catalog.array_agg(DISTINCT aa.actor)
        FROM unnest(actions) AS i(id)
        JOIN @extschema@.action AS a ON a.id = i.id
        JOIN @extschema@.action_actor AS aa ON aa.action = a.id
        JOIN @extschema@.actor AS ac ON ac.name = aa.actor
        LEFT JOIN @extschema@.action_status AS s ON s.action = a.id
        GROUP BY a.id, a.plan, a.deadline, s.status;
    END LOOP;
END $$;
COMMENT ON FUNCTION @extschema@.refresh_digests(bigint[]) IS
    'recomputes action_digest for the actions and moves their counts in actor_load (called by triggers)';

CREATE FUNCTION @extschema@.digest_after_change() RETURNS trigger
LANGUAGE plpgsql PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    ids bigint[];
BEGIN
    IF TG_TABLE_NAME = 'action_status' THEN
        -- only actions whose open/closed state changed
        SELECT pg_catalog.array_agg(n.action) INTO ids
        FROM new_rows AS n JOIN @extschema@.action_digest AS d ON d.action = n.action
        WHERE d.open <> (n.status NOT IN ('done', 'dropped'));
    ELSIF TG_TABLE_NAME = 'actor' THEN
        SELECT pg_catalog.array_agg(DISTINCT aa.action) INTO ids
        FROM new_rows AS n JOIN old_rows AS o ON o.name = n.name
        JOIN @extschema@.action_actor AS aa ON aa.actor = n.name AND aa.role = 'lead'
        WHERE n.short_name IS DISTINCT FROM o.short_name;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT pg_catalog.array_agg(n.action) INTO ids FROM new_rows AS n;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT pg_catalog.array_agg(o.action) INTO ids FROM old_rows AS o;
    ELSIF TG_TABLE_NAME = 'action' THEN
        SELECT pg_catalog.array_agg(n.id) INTO ids
        FROM new_rows AS n JOIN old_rows AS o ON o.id = n.id
        WHERE n.plan OPERATOR(@extschema@.<>) o.plan OR n.deadline IS DISTINCT FROM o.deadline;
    ELSE
        SELECT pg_catalog.array_agg(x.action) INTO ids
        FROM (SELECT n.action FROM new_rows AS n UNION SELECT o.action FROM old_rows AS o) AS x;
    END IF;
    IF ids IS NOT NULL THEN
        PERFORM @extschema@.refresh_digests(ids);
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION @extschema@.digest_after_change() IS
    'statement trigger: refreshes the digests of the actions a statement changed';

CREATE FUNCTION @extschema@.digest_after_delete_action() RETURNS trigger
LANGUAGE plpgsql PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    ids bigint[];
BEGIN
    SELECT pg_catalog.array_agg(o.id) INTO ids FROM old_rows AS o;
    IF ids IS NOT NULL THEN
        PERFORM @extschema@.refresh_digests(ids);
    END IF;
    RETURN NULL;
END $$;
COMMENT ON FUNCTION @extschema@.digest_after_delete_action() IS
    'statement trigger: takes deleted actions out of actor_load';

CREATE FUNCTION @extschema@.digest_rebuild() RETURNS trigger
LANGUAGE plpgsql PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
BEGIN
    DELETE FROM @extschema@.action_digest;
    DELETE FROM @extschema@.actor_load;
    PERFORM @extschema@.refresh_digests(ARRAY(SELECT DISTINCT aa.action FROM @extschema@.action_actor AS aa));
    RETURN NULL;
END $$;
COMMENT ON FUNCTION @extschema@.digest_rebuild() IS
    'statement trigger after TRUNCATE: rebuilds action_digest and actor_load';

CREATE TRIGGER digest_insert AFTER INSERT ON @extschema@.action_actor
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_change();
CREATE TRIGGER digest_update AFTER UPDATE ON @extschema@.action_actor
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_change();
CREATE TRIGGER digest_delete AFTER DELETE ON @extschema@.action_actor
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_change();
CREATE TRIGGER digest_truncate AFTER TRUNCATE ON @extschema@.action_actor
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_rebuild();
CREATE TRIGGER digest_update AFTER UPDATE ON @extschema@.action
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_change();
CREATE TRIGGER digest_delete AFTER DELETE ON @extschema@.action
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_delete_action();
CREATE TRIGGER digest_insert AFTER INSERT ON @extschema@.action_status
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_change();
CREATE TRIGGER digest_update AFTER UPDATE ON @extschema@.action_status
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_change();
CREATE TRIGGER digest_truncate AFTER TRUNCATE ON @extschema@.action_status
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_rebuild();
CREATE TRIGGER digest_update AFTER UPDATE ON @extschema@.actor
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION @extschema@.digest_after_change();

-- Status of an action today: the cached latest report, unless that one is
-- dated in the future (then the history decides).
CREATE FUNCTION @extschema@.status_today(action bigint, cached_status text, cached_on date)
RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT CASE WHEN $3 IS NULL OR $3 <= CURRENT_DATE THEN $2
                ELSE @extschema@.status_on($1, CURRENT_DATE) END
$$;
COMMENT ON FUNCTION @extschema@.status_today(bigint, text, date) IS
    'status of an action today from its cached latest report (action_status)';

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
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.reference', 'id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.progress', 'id'), '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('@extschema@.action_reject', 'id'), '');

-- The actor vocabulary: every actor named in the 2017 action plan 14965/17
-- and conclusions 13943/17, the usual aliases, and the institutions' names in
-- Dutch, French and German.  Aliases are matched case-insensitively.
INSERT INTO @extschema@.actor (name, short_name, kind, aliases, builtin) VALUES
 ('European Commission', 'Commission', 'institution',
  ARRAY['Commission', 'Cion', 'EC', 'the Commission', 'Europese Commissie', 'Commissie',
        'Commission européenne', 'Europäische Kommission', 'Kommission'], true),
 ('Council of the European Union', 'Council', 'institution',
  ARRAY['Council', 'the Council', 'Council of the EU', 'Raad', 'Raad van de Europese Unie',
        'Conseil', 'Conseil de l''Union européenne', 'Rat', 'Rat der Europäischen Union'], true),
 ('European Parliament', 'EP', 'institution',
  ARRAY['EP', 'Parliament', 'Europees Parlement', 'Parlement européen', 'Europäisches Parlament'], true),
 ('European Council', 'EUCO', 'institution',
  ARRAY['EUCO', 'Europese Raad', 'Conseil européen', 'Europäischer Rat'], true),
 ('European Union', 'EU', 'institution',
  ARRAY['EU', 'the EU', 'Union', 'the Union', 'Europese Unie', 'Union européenne', 'Europäische Union'], true),
 ('Member States', 'MS', 'member_states',
  ARRAY['MS', 'Member State', 'EU Member States', 'its Member States', 'lidstaten', 'lidstaat',
        'États membres', 'Etats membres', 'Mitgliedstaaten'], true),
 ('Presidency', 'Presidency', 'presidency',
  ARRAY['Presidency of the Council', 'Council Presidency', 'the Presidency', 'Successive Presidencies',
        'incoming Presidencies', 'voorzitterschap', 'présidence', 'Vorsitz', 'Ratsvorsitz',
        'Präsidentschaft'], true),
 ('European External Action Service', 'EEAS', 'institution',
  ARRAY['EEAS', 'EDEO', 'SEAE', 'EAD', 'Europese Dienst voor extern optreden',
        'Service européen pour l''action extérieure', 'Europäischer Auswärtiger Dienst'], true),
 ('EU institutions, bodies and agencies', 'EUIBAs', 'institution',
  ARRAY['EU Institutions, bodies and Agencies', 'EU institutions, agencies and bodies', 'EU institutions',
        'EU agencies', 'EU bodies', 'EUIBAs', 'EU Institutions and bodies', 'other EU Institutions'], true),
 ('European Union Agency for Cybersecurity', 'ENISA', 'agency',
  ARRAY['ENISA', 'EU Cybersecurity Agency', 'European Union Agency for Network and Information Security'], true),
 ('Europol', 'Europol', 'agency', ARRAY['European Union Agency for Law Enforcement Cooperation', 'EC3'], true),
 ('Eurojust', 'Eurojust', 'agency', ARRAY['European Union Agency for Criminal Justice Cooperation'], true),
 ('European Defence Agency', 'EDA', 'agency', ARRAY['EDA'], true),
 ('European Security and Defence College', 'ESDC', 'agency', ARRAY['ESDC'], true),
 ('European Investment Bank', 'EIB', 'institution',
  ARRAY['EIB', 'Europese Investeringsbank', 'Banque européenne d''investissement', 'Europäische Investitionsbank'], true),
 ('CERT-EU', 'CERT-EU', 'institution',
  ARRAY['Computer Emergency Response Team for the EU institutions, bodies and agencies'], true),
 ('European Cyber Security Organisation', 'ECSO', 'private', ARRAY['ECSO'], true),
 ('Private sector', 'private sector', 'private', ARRAY['the private sector', 'industry'], true),
 ('CSIRTs Network', 'CSIRTs Network', 'network',
  ARRAY['CSIRT Network', 'network of CSIRTs', 'the CSIRTs Network'], true),
 ('NIS Cooperation Group', 'Cooperation Group', 'network',
  ARRAY['Cooperation Group', 'NIS CG', 'the Cooperation Group'], true),
 ('European Judicial Cybercrime Network', 'EJCN', 'network', ARRAY['EJCN'], true),
 ('Standing Committee on Operational Cooperation on Internal Security', 'COSI', 'council_body', ARRAY['COSI'], true),
 ('Coordinating Committee in the area of police and judicial cooperation in criminal matters', 'CATS',
  'council_body', ARRAY['CATS'], true),
 ('Horizontal Working Party on Cyber Issues', 'HWP Cyber', 'council_body',
  ARRAY['HWP Cyber', 'HWP', 'HWP on Cyber issues', 'Horizontal Working Party on Cyber'], true),
 ('Permanent Representatives Committee', 'Coreper', 'council_body', ARRAY['COREPER'], true),
 ('Working Party on General Matters including Evaluation', 'GENVAL', 'council_body', ARRAY['GENVAL'], true),
 ('North Atlantic Treaty Organization', 'NATO', 'international', ARRAY['NATO', 'OTAN', 'NAVO'], true),
 ('Organization for Security and Co-operation in Europe', 'OSCE', 'international',
  ARRAY['OSCE', 'OVSE', 'OSZE'], true),
 ('Global Forum on Cyber Expertise', 'GFCE', 'international', ARRAY['GFCE'], true),
 ('United Nations', 'UN', 'international', ARRAY['UN', 'VN', 'ONU', 'Vereinte Nationen'], true),
 ('Council of Europe', 'CoE', 'international', ARRAY['CoE', 'Raad van Europa', 'Conseil de l''Europe', 'Europarat'], true);

-- A presidency actor per member state of the presidency calendar (2007-2030).
INSERT INTO @extschema@.actor (name, short_name, kind, country, aliases, builtin)
SELECT c.code || ' Presidency', c.code || ' Presidency', 'presidency', c.code,
       ARRAY[c.adjective || ' Presidency', c.code || ' Pres', 'Presidency ' || c.code], true
FROM (VALUES ('AT', 'Austrian'), ('BE', 'Belgian'), ('BG', 'Bulgarian'), ('CY', 'Cypriot'),
             ('CZ', 'Czech'), ('DE', 'German'), ('DK', 'Danish'), ('EE', 'Estonian'), ('EL', 'Greek'),
             ('ES', 'Spanish'), ('FI', 'Finnish'), ('FR', 'French'), ('HR', 'Croatian'),
             ('HU', 'Hungarian'), ('IE', 'Irish'), ('IT', 'Italian'), ('LT', 'Lithuanian'),
             ('LU', 'Luxembourg'), ('LV', 'Latvian'), ('MT', 'Maltese'), ('NL', 'Dutch'),
             ('PL', 'Polish'), ('PT', 'Portuguese'), ('RO', 'Romanian'), ('SE', 'Swedish'),
             ('SI', 'Slovenian'), ('SK', 'Slovak')) AS c(code, adjective);

CREATE FUNCTION @extschema@.resolve_actor(name text)
RETURNS @extschema@.actor
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    SELECT a.*
    FROM @extschema@.actor AS a
    WHERE pg_catalog.lower(a.name) = pg_catalog.lower(pg_catalog.btrim($1))
       OR pg_catalog.lower(a.short_name) = pg_catalog.lower(pg_catalog.btrim($1))
       OR pg_catalog.lower(pg_catalog.btrim($1)) = ANY (
              SELECT pg_catalog.lower(x) FROM pg_catalog.unnest(a.aliases) AS x)
       OR pg_catalog.lower(pg_catalog.regexp_replace(pg_catalog.btrim($1), '^(the|its|all|other) +', '', 'i'))
              IN (pg_catalog.lower(a.name), pg_catalog.lower(a.short_name))
    ORDER BY (pg_catalog.lower(a.name) = pg_catalog.lower(pg_catalog.btrim($1))) DESC, a.name
    LIMIT 1
$$;
COMMENT ON FUNCTION @extschema@.resolve_actor(text) IS
    'the actor a name, short name or alias (any case, any of en/nl/fr/de) stands for; NULL if unknown';

-- Splitting a table cell: actors are found by their longest names first, so
-- "EU Institutions, bodies and Agencies" is one actor, not three; what is
-- left between them is a connector ("and/or", "supported by") or an unknown
-- name, which is reported.
CREATE FUNCTION @extschema@.actors_in(cell text,
    OUT actor text, OUT qualifier text, OUT name text, OUT pos int)
RETURNS SETOF record
LANGUAGE plpgsql STABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    work      text := btrim(regexp_replace(cell, '\s+', ' ', 'g'));
    low       text := lower(btrim(regexp_replace(cell, '\s+', ' ', 'g')));
    cand      record;
    m         int;
    start     int;
    len       int;
    hits      int[] := '{}';
    lens      int[] := '{}';
    names     text[] := '{}';
    i         int;
    prev_end  int := 1;
    prev_qual text := NULL;
    gap       text;
    piece     text;
BEGIN
    FOR cand IN
        SELECT a.name AS actor, x.alias
        FROM @extschema@.actor AS a,
             LATERAL (SELECT a.name AS alias UNION SELECT a.short_name UNION SELECT unnest(a.aliases)) AS x
        WHERE x.alias IS NOT NULL AND x.alias <> ''
        ORDER BY length(x.alias) DESC, x.alias
    LOOP
        len := length(cand.alias);
        start := 1;
        LOOP
            m := position(lower(cand.alias) IN substr(low, start));
            EXIT WHEN m = 0;
            m := m + start - 1;
            IF (m = 1 OR substr(low, m - 1, 1) !~ '[[:alnum:]]')
               AND (m + len > length(low) OR substr(low, m + len, 1) !~ '[[:alnum:]]') THEN
                hits := hits || m;
                lens := lens || len;
                names := names || cand.actor;
                low := overlay(low PLACING repeat(chr(1), len) FROM m FOR len);
                start := m + len;
            ELSE
                start := m + 1;
            END IF;
        END LOOP;
    END LOOP;

    -- actors in the order they appear; the words before each say its role
    FOR i IN SELECT s.i FROM generate_subscripts(hits, 1) AS s(i) ORDER BY hits[s.i] LOOP
        actor := names[i];
        name := substr(work, hits[i], lens[i]);
        pos := hits[i];
        gap := lower(substr(work, prev_end, hits[i] - prev_end));
        qualifier := CASE
            WHEN gap ~ '(supported|support|assisted|aided)' THEN 'support'
            WHEN gap ~ 'including' THEN 'including'
            WHEN gap ~ '^\s*(and/or|and|or|&)\s*$' THEN prev_qual
            ELSE NULL END;
        prev_qual := qualifier;
        prev_end := hits[i] + lens[i];
        RETURN NEXT;
    END LOOP;

    -- what is left and is no connector is an unknown name: reported, not dropped
    FOR piece IN
        SELECT btrim(p)
        FROM regexp_split_to_table(low,
             '\x01+|[,;/()]|\m(and/or|and|or|with|support|from|supported|by|together|including|the|of|its|all|other|en|et|und)\M') AS p
    LOOP
        IF piece ~ '[[:alpha:]]{2,}' THEN
            actor := NULL;
            qualifier := 'unknown';
            name := substr(work, position(piece IN lower(work)), length(piece));
            pos := position(piece IN lower(work));
            RETURN NEXT;
        END IF;
    END LOOP;
END $$;
COMMENT ON FUNCTION @extschema@.actors_in(text) IS
    'the actors named in a table cell, in order, with qualifier support or including where the cell says so; unknown names come back with actor NULL and qualifier unknown';

-- CSV (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes).
CREATE FUNCTION @extschema@.csv_records(csv text, OUT line int, OUT fields text[])
RETURNS SETOF record
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    chars   text[] := string_to_array(csv, NULL);
    n       int := coalesce(array_length(string_to_array(csv, NULL), 1), 0);
    i       int := 1;
    c       text;
    field   text := '';
    quoted  boolean := false;
    started boolean := false;
    cur     text[] := '{}';
    lineno  int := 1;
    recline int := 1;
BEGIN
    WHILE i <= n LOOP
        c := chars[i];
        IF quoted THEN
            IF c = '"' THEN
                IF i < n AND chars[i + 1] = '"' THEN
                    field := field || '"';
                    i := i + 1;
                ELSE
                    quoted := false;
                END IF;
            ELSE
                IF c = E'\n' THEN lineno := lineno + 1; END IF;
                field := field || c;
            END IF;
        ELSIF c = '"' AND field = '' THEN
            quoted := true;
            started := true;
        ELSIF c = ',' THEN
            cur := cur || field;
            field := '';
            started := true;
        ELSIF c = E'\r' THEN
            NULL;
        ELSIF c = E'\n' THEN
            IF started OR field <> '' THEN
                line := recline;
                fields := cur || field;
                RETURN NEXT;
            END IF;
            cur := '{}';
            field := '';
            started := false;
            lineno := lineno + 1;
            recline := lineno;
        ELSE
            field := field || c;
            started := true;
        END IF;
        i := i + 1;
    END LOOP;
    IF quoted THEN
        RAISE EXCEPTION 'unterminated quoted field in CSV record starting on line %', recline
            USING ERRCODE = '22P04';
    END IF;
    IF started OR field <> '' THEN
        line := recline;
        fields := cur || field;
        RETURN NEXT;
    END IF;
END $$;
COMMENT ON FUNCTION @extschema@.csv_records(text) IS
    'the records of a CSV text (RFC 4180), each with the line it starts on';

CREATE FUNCTION @extschema@.load_action_plan(plan @extschema@.docnum, csv text,
    mode text DEFAULT 'all_or_nothing',
    OUT line int, OUT number int, OUT title text, OUT outcome text, OUT reason text)
RETURNS SETOF record
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    want     constant text[] := ARRAY['heading', 'action', 'lead', 'involved', 'deadline', 'progress', 'notes'];
    hdr      text[];
    col      int[] := '{}';
    rec      record;
    f        text[];
    v        text[];
    k        int;
    reasons  text[];
    bad      text[] := '{}';
    nrec     int := 0;
    rows     jsonb := '[]';
    r        jsonb;
    a_id     bigint;
    x        record;
    mon      text;
BEGIN
    IF mode NOT IN ('all_or_nothing', 'keep_good') THEN
        RAISE EXCEPTION 'unknown load mode "%"', mode
            USING ERRCODE = '22023', HINT = 'Use all_or_nothing (the default) or keep_good.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM @extschema@.document d
                   WHERE d.ref = plan AND d.kind = 'action_plan') THEN
        RAISE EXCEPTION 'document % is not an action plan in policy_tracker.document', plan
            USING ERRCODE = '23503',
                  HINT = 'Insert it first: INSERT INTO policy_tracker.document (ref, kind, title) VALUES (..., ''action_plan'', ...).';
    END IF;

    -- header: the seven columns, in any order, any case
    SELECT c.fields INTO hdr FROM @extschema@.csv_records(csv) AS c ORDER BY c.line LIMIT 1;
    IF hdr IS NULL THEN
        RAISE EXCEPTION 'the CSV is empty' USING ERRCODE = '22P04',
            HINT = 'The first line names the columns: heading,action,lead,involved,deadline,progress,notes.';
    END IF;
    FOREACH mon IN ARRAY want LOOP
        k := array_position((SELECT array_agg(lower(btrim(h))) FROM unnest(hdr) AS h), mon);
        IF k IS NULL THEN
            RAISE EXCEPTION 'the CSV has no column "%"', mon USING ERRCODE = '22P04',
                HINT = 'The first line names the columns: heading,action,lead,involved,deadline,progress,notes.';
        END IF;
        col := col || k;
    END LOOP;

    -- check every record before loading any
    FOR rec IN SELECT c.line, c.fields FROM @extschema@.csv_records(csv) AS c ORDER BY c.line OFFSET 1 LOOP
        nrec := nrec + 1;
        f := rec.fields;
        reasons := '{}';
        IF array_length(f, 1) <> array_length(hdr, 1) THEN
            reasons := reasons || format('has %s fields, the header %s', array_length(f, 1), array_length(hdr, 1));
        ELSE
            v := ARRAY(SELECT nullif(btrim(f[col[j]]), '') FROM generate_series(1, 7) AS j);
            IF v[2] IS NULL THEN
                reasons := reasons || 'no action title'::text;
            END IF;
            IF v[3] IS NULL THEN
                reasons := reasons || 'no lead'::text;
            END IF;
            FOR x IN SELECT 'lead' AS cell, a.name FROM @extschema@.actors_in(coalesce(v[3], '')) a WHERE a.actor IS NULL
                     UNION ALL
                     SELECT 'involved', a.name FROM @extschema@.actors_in(coalesce(v[4], '')) a WHERE a.actor IS NULL LOOP
                reasons := reasons || format('unknown actor "%s" in %s', x.name, x.cell);
            END LOOP;
            IF v[5] IS NOT NULL AND NOT @extschema@.is_deadline(v[5]) THEN
                reasons := reasons || format('unparseable deadline "%s"', v[5]);
            END IF;
        END IF;
        rows := rows || jsonb_build_object('line', rec.line, 'number', nrec, 'fields', to_jsonb(f),
                                           'values', to_jsonb(v), 'reasons', to_jsonb(reasons));
        IF cardinality(reasons) > 0 THEN
            bad := bad || format('line %s: %s', rec.line, array_to_string(reasons, '; '));
        END IF;
    END LOOP;

    IF cardinality(bad) > 0 AND mode = 'all_or_nothing' THEN
        RAISE EXCEPTION 'load_action_plan: % of % rows rejected; nothing was loaded', cardinality(bad), nrec
            USING ERRCODE = '22P02',
                  DETAIL = array_to_string(bad, E'\n'),
                  HINT = 'Fix the rows, or call load_action_plan(plan, csv, ''keep_good'') to load the good rows and keep the others in policy_tracker.action_reject.';
    END IF;

    FOR r IN SELECT value FROM jsonb_array_elements(rows) LOOP
        line := (r->>'line')::int;
        number := (r->>'number')::int;
        v := ARRAY(SELECT jsonb_array_elements_text(r->'values'));
        title := v[2];
        IF jsonb_array_length(r->'reasons') > 0 THEN
            outcome := 'rejected';
            reason := (SELECT string_agg(e, '; ') FROM jsonb_array_elements_text(r->'reasons') AS e);
            INSERT INTO @extschema@.action_reject (plan, line, record, reason)
            VALUES (load_action_plan.plan, line, ARRAY(SELECT jsonb_array_elements_text(r->'fields')), reason);
            RETURN NEXT;
            CONTINUE;
        END IF;

        INSERT INTO @extschema@.action AS a (plan, number, heading, title, deadline, deadline_text, progress_text, notes)
        VALUES (load_action_plan.plan, number, v[1], v[2], v[5]::@extschema@.deadline, v[5], v[6], v[7])
        ON CONFLICT ON CONSTRAINT action_plan_number_key DO UPDATE
            SET heading = EXCLUDED.heading, title = EXCLUDED.title, deadline = EXCLUDED.deadline,
                deadline_text = EXCLUDED.deadline_text, progress_text = EXCLUDED.progress_text,
                notes = EXCLUDED.notes
        RETURNING a.id INTO a_id;

        -- the plan's cells replace earlier actor links; curated paragraph links stay
        DELETE FROM @extschema@.action_actor aa WHERE aa.action = a_id;
        INSERT INTO @extschema@.action_actor (action, actor, role)
        SELECT DISTINCT a_id, ai.actor, CASE WHEN ai.qualifier = 'support' THEN 'support' ELSE 'lead' END
        FROM @extschema@.actors_in(v[3]) ai WHERE ai.actor IS NOT NULL
        ON CONFLICT DO NOTHING;
        INSERT INTO @extschema@.action_actor (action, actor, role)
        SELECT DISTINCT a_id, ai.actor, CASE WHEN ai.qualifier = 'support' THEN 'support' ELSE 'involved' END
        FROM @extschema@.actors_in(coalesce(v[4], '')) ai WHERE ai.actor IS NOT NULL
        ON CONFLICT DO NOTHING;
        -- "Progress monitored by CATS": the monitoring body
        FOR mon IN SELECT m[1] FROM regexp_matches(coalesce(v[6], '') || ' ' || coalesce(v[7], ''),
                   'monitored by ((?:relevant )?(?:Council preparatory bodies )?\(?[A-Za-z][A-Za-z ,-]*)', 'g') AS m LOOP
            INSERT INTO @extschema@.action_actor (action, actor, role)
            SELECT DISTINCT a_id, ai.actor, 'monitoring'
            FROM @extschema@.actors_in(mon) ai WHERE ai.actor IS NOT NULL
            ON CONFLICT DO NOTHING;
        END LOOP;
        outcome := 'loaded';
        reason := NULL;
        RETURN NEXT;
    END LOOP;
END $$;
COMMENT ON FUNCTION @extschema@.load_action_plan(@extschema@.docnum, text, text) IS
    'loads an action plan from CSV text (heading,action,lead,involved,deadline,progress,notes); all_or_nothing (default) loads nothing if any row is bad and lists every bad row; keep_good loads the good rows and keeps the others in action_reject';

CREATE FUNCTION @extschema@.status_on(action bigint, on_date date)
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    SELECT p.status FROM @extschema@.progress AS p
    WHERE p.action = $1 AND p.reported_on <= $2
    ORDER BY p.reported_on DESC, p.id DESC
    LIMIT 1
$$;
COMMENT ON FUNCTION @extschema@.status_on(bigint, date) IS
    'the latest progress status reported on or before the date; NULL if none';

CREATE FUNCTION @extschema@.actors_of(action bigint, roles text[])
RETURNS text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.string_agg(coalesce(a.short_name, a.name), ', ' ORDER BY a.short_name, a.name)
    FROM @extschema@.action_actor AS aa JOIN @extschema@.actor AS a ON a.name = aa.actor
    WHERE aa.action = $1 AND aa.role = ANY ($2)
$$;
COMMENT ON FUNCTION @extschema@.actors_of(bigint, text[]) IS
    'short names of the actors with one of the roles in an action, as one text';

-- Plain SQL, not STRICT: the planner inlines them into the caller's query,
-- so an index on due_date(deadline) and on progress serve them.
CREATE FUNCTION @extschema@.overdue_on(on_date date,
    OUT action bigint, OUT plan text, OUT number int, OUT title text, OUT deadline text,
    OUT due_date date, OUT leads text, OUT status text)
RETURNS SETOF record
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    -- the status as of the day: the cached latest report when it is not
    -- later than the day (the usual case), else a probe into the history
    WITH candidate AS MATERIALIZED (  -- once: the status probe is not free
        SELECT a.id, a.plan, a.number, a.title, a.deadline,
               CASE WHEN st.reported_on <= $1 THEN st.status
                    WHEN st.reported_on IS NULL THEN NULL
                    ELSE (SELECT p.status FROM @extschema@.progress AS p
                          WHERE p.action = a.id AND p.reported_on <= $1
                          ORDER BY p.reported_on DESC, p.id DESC LIMIT 1) END AS status
        FROM @extschema@.action AS a
        LEFT JOIN @extschema@.action_status AS st ON st.action = a.id
        WHERE @extschema@.due_date(a.deadline) < $1
    )
    -- leads as actors_of(action, '{lead}') gives them, kept in action_digest
    SELECT c.id, @extschema@.docnum_display(c.plan), c.number, c.title, c.deadline::text,
           @extschema@.due_date(c.deadline), dg.leads, c.status
    FROM candidate AS c LEFT JOIN @extschema@.action_digest AS dg ON dg.action = c.id
    WHERE c.status IS DISTINCT FROM 'done' AND c.status IS DISTINCT FROM 'dropped'
    ORDER BY @extschema@.due_date(c.deadline), c.plan, c.number
$$;
COMMENT ON FUNCTION @extschema@.overdue_on(date) IS
    'actions whose due date had passed on the date without a done (or dropped) status reported by then, with leads and status as of that day';

CREATE FUNCTION @extschema@.due_between(from_date date, to_date date,
    OUT action bigint, OUT plan text, OUT number int, OUT title text, OUT deadline text,
    OUT due_date date, OUT leads text, OUT status text)
RETURNS SETOF record
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT a.id, @extschema@.docnum_display(a.plan), a.number, a.title, a.deadline::text,
           @extschema@.due_date(a.deadline),
           (SELECT pg_catalog.string_agg(coalesce(ac.short_name, ac.name), ', ' ORDER BY ac.short_name, ac.name)
              FROM @extschema@.action_actor AS aa JOIN @extschema@.actor AS ac ON ac.name = aa.actor
             WHERE aa.action = a.id AND aa.role = 'lead'),
           (SELECT p.status FROM @extschema@.progress AS p
             WHERE p.action = a.id AND p.reported_on <= $2
             ORDER BY p.reported_on DESC, p.id DESC LIMIT 1)
    FROM @extschema@.action AS a
    WHERE @extschema@.due_date(a.deadline) BETWEEN $1 AND $2
    ORDER BY @extschema@.due_date(a.deadline), a.plan, a.number
$$;
COMMENT ON FUNCTION @extschema@.due_between(date, date) IS
    'actions due between the two dates (inclusive), with leads and status as of the second';


-- Access by marking.  A role sees a document, and everything that belongs to
-- it (paragraphs, texts, actions, progress, links), when the document's
-- marking is at or below the role's clearance: the highest marking granted in
-- clearance to the role or to a role it is a member of; PUBLIC without one.
-- Row-level security applies this to direct reads of the tables; the views,
-- which run with their owner's rights on every PostgreSQL version, apply the
-- same rule explicitly.  Writing also needs the usual table privileges.
CREATE TABLE @extschema@.clearance (
    role_name   name PRIMARY KEY,
    marking     text NOT NULL
                CHECK (marking IN ('PUBLIC', 'LIMITE', 'RESTREINT UE/EU RESTRICTED'))
);
COMMENT ON TABLE @extschema@.clearance IS 'the highest marking each role (and its members) may read';
COMMENT ON COLUMN @extschema@.clearance.role_name IS 'a role; members of it share its clearance';
COMMENT ON COLUMN @extschema@.clearance.marking IS 'PUBLIC, LIMITE or RESTREINT UE/EU RESTRICTED';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.clearance', '');

CREATE FUNCTION @extschema@.marking_rank(marking text)
RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT CASE $1 WHEN 'PUBLIC' THEN 0 WHEN 'LIMITE' THEN 1 WHEN 'RESTREINT UE/EU RESTRICTED' THEN 2 END
$$;
COMMENT ON FUNCTION @extschema@.marking_rank(text) IS 'order of markings: PUBLIC 0, LIMITE 1, RESTREINT UE/EU RESTRICTED 2';

CREATE FUNCTION @extschema@.clearance_level()
RETURNS int
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT CASE
        WHEN EXISTS (SELECT 1 FROM pg_catalog.pg_roles AS r
                     WHERE r.rolname OPERATOR(pg_catalog.=) CURRENT_USER AND (r.rolsuper OR r.rolbypassrls))
            THEN 2
        ELSE coalesce((SELECT pg_catalog.max(@extschema@.marking_rank(c.marking))
                       FROM @extschema@.clearance AS c
                       JOIN pg_catalog.pg_roles AS r ON r.rolname OPERATOR(pg_catalog.=) c.role_name
                       WHERE pg_catalog.pg_has_role(CURRENT_USER, r.oid, 'MEMBER')), 0)
    END
$$;
COMMENT ON FUNCTION @extschema@.clearance_level() IS
    'the current role''s clearance as a marking rank (superusers and BYPASSRLS roles: all)';

ALTER TABLE @extschema@.clearance ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_clearance ON @extschema@.clearance FOR SELECT
    USING (EXISTS (SELECT 1 FROM pg_catalog.pg_roles AS r
                   WHERE r.rolname OPERATOR(pg_catalog.=) role_name
                     AND pg_catalog.pg_has_role(CURRENT_USER, r.oid, 'MEMBER')));
GRANT SELECT ON @extschema@.clearance TO PUBLIC;

ALTER TABLE @extschema@.document ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_marking ON @extschema@.document
    USING (@extschema@.marking_rank(marking) <= (SELECT @extschema@.clearance_level()))
    WITH CHECK (@extschema@.marking_rank(marking) <= (SELECT @extschema@.clearance_level()));
-- the other tables follow their document, through the document's own policy
ALTER TABLE @extschema@.paragraph ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.paragraph
    USING (document IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.paragraph_text ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.paragraph_text
    USING (document IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.paragraph_actor ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.paragraph_actor
    USING (document IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.paragraph_deadline ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.paragraph_deadline
    USING (document IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.reference ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.reference
    USING (from_doc IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.action ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.action
    USING (plan IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.action_reject ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.action_reject
    USING (plan IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.action_actor ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_action ON @extschema@.action_actor
    USING (action IN (SELECT a.id FROM @extschema@.action AS a));
ALTER TABLE @extschema@.action_paragraph ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_action ON @extschema@.action_paragraph
    USING (action IN (SELECT a.id FROM @extschema@.action AS a)
           AND document IN (SELECT d.ref FROM @extschema@.document AS d));
ALTER TABLE @extschema@.progress ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_action ON @extschema@.progress
    USING (action IN (SELECT a.id FROM @extschema@.action AS a));
ALTER TABLE @extschema@.action_status ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_action ON @extschema@.action_status
    USING (action IN (SELECT a.id FROM @extschema@.action AS a));
ALTER TABLE @extschema@.action_digest ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_action ON @extschema@.action_digest
    USING (action IN (SELECT a.id FROM @extschema@.action AS a));
ALTER TABLE @extschema@.actor_load ENABLE ROW LEVEL SECURITY;
CREATE POLICY by_document ON @extschema@.actor_load
    USING (plan IN (SELECT d.ref FROM @extschema@.document AS d));

-- For the views: the documents the current role may read (plain SQL, so
-- the planner inlines it into each view).
CREATE FUNCTION @extschema@.visible_documents()
RETURNS SETOF @extschema@.docnum
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
    SELECT d.ref FROM @extschema@.document AS d
    WHERE @extschema@.marking_rank(d.marking) <= (SELECT @extschema@.clearance_level())
$$;
COMMENT ON FUNCTION @extschema@.visible_documents() IS
    'the documents the current role may read by its clearance';


-- A picture of a plan: one bar per action over its deadline period, grouped
-- by heading, coloured by traffic light as of a day, presidency terms as
-- bands, and a line at that day.  Plain SVG text: save it, or show it in any
-- browser or BI tool that renders SVG.
CREATE FUNCTION @extschema@.xml_text(t text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
           pg_catalog.replace($1, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;')
$$;
COMMENT ON FUNCTION @extschema@.xml_text(text) IS 'text escaped for XML';

CREATE FUNCTION @extschema@.timeline_svg(plan @extschema@.docnum, on_date date DEFAULT CURRENT_DATE)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, @extschema@, pg_temp
AS $$
DECLARE
    label_w   constant int := 420;
    plot_w    constant int := 760;
    row_h     constant int := 18;
    top       constant int := 40;
    d0        date;
    d1        date;
    span      numeric;
    y         int := top;
    out       text := '';
    r         record;
    heading   text := NULL;
    term      date;
    x0        numeric;
    x1        numeric;
    colour    text;
    light     text;
    n_rows    int;
BEGIN
    SELECT least(min(lower(deadline_period(a.deadline))), on_date),
           greatest(max(upper(deadline_period(a.deadline))), on_date + 1)
      INTO d0, d1
      FROM action a
     WHERE a.plan = timeline_svg.plan
       AND NOT lower_inf(deadline_period(a.deadline)) AND NOT upper_inf(deadline_period(a.deadline));
    IF d0 IS NULL THEN
        d0 := date_trunc('year', on_date)::date;
        d1 := (date_trunc('year', on_date) + interval '1 year')::date;
    END IF;
    -- whole presidency terms
    d0 := make_date(extract(year FROM d0)::int, CASE WHEN extract(month FROM d0) <= 6 THEN 1 ELSE 7 END, 1);
    d1 := (make_date(extract(year FROM d1 - 1)::int, CASE WHEN extract(month FROM d1 - 1) <= 6 THEN 1 ELSE 7 END, 1)
           + interval '6 months')::date;
    span := d1 - d0;
    SELECT count(*) + count(DISTINCT a.heading) INTO n_rows FROM action a WHERE a.plan = timeline_svg.plan;

    -- presidency bands
    term := d0;
    WHILE term < d1 LOOP
        x0 := label_w + plot_w * (term - d0) / span;
        x1 := label_w + plot_w * (least((term + interval '6 months')::date, d1) - d0) / span;
        out := out || format('<rect class="term" x="%s" y="%s" width="%s" height="%s" fill="%s"/>'
                             '<text class="term-label" x="%s" y="%s" font-size="11" text-anchor="middle">%s %s</text>',
                             round(x0, 1), top - 20, round(x1 - x0, 1), n_rows * row_h + 24,
                             CASE WHEN extract(month FROM term) = 1 THEN '#f3f3f3' ELSE '#e6ecf5' END,
                             round((x0 + x1) / 2, 1), top - 6, coalesce(presidency(term), ''),
                             extract(year FROM term));
        term := (term + interval '6 months')::date;
    END LOOP;

    FOR r IN
        SELECT a.id, a.number, a.heading, a.title, a.deadline, a.deadline_text,
               deadline_period(a.deadline) AS p, status_on(a.id, on_date) AS status
        FROM action a WHERE a.plan = timeline_svg.plan
        ORDER BY a.number
    LOOP
        IF heading IS DISTINCT FROM r.heading THEN
            heading := r.heading;
            out := out || format('<text class="heading" x="4" y="%s" font-size="12" font-weight="bold">%s</text>',
                                 y + 13, xml_text(left(coalesce(heading, ''), 80)));
            y := y + row_h;
        END IF;
        light := CASE WHEN r.status = 'done' THEN 'green'
                      WHEN r.status = 'blocked' THEN 'red'
                      WHEN r.status = 'dropped' THEN 'grey'
                      WHEN is_overdue(r.deadline, on_date) THEN 'red'
                      WHEN r.status IN ('in_progress', 'delayed') THEN 'amber'
                      ELSE 'grey' END;
        colour := CASE light WHEN 'green' THEN '#2e9d4f' WHEN 'amber' THEN '#e6a100'
                             WHEN 'red' THEN '#d33a2c' ELSE '#9a9a9a' END;
        out := out || format('<text class="label" x="16" y="%s" font-size="11">%s. %s</text>',
                             y + 13, r.number, xml_text(left(r.title, 62)));
        IF r.p IS NOT NULL AND NOT lower_inf(r.p) AND NOT upper_inf(r.p) THEN
            x0 := label_w + plot_w * (lower(r.p) - d0) / span;
            x1 := label_w + plot_w * (upper(r.p) - d0) / span;
            out := out || format('<rect class="bar" data-action="%s" data-light="%s" x="%s" y="%s" width="%s" height="%s" fill="%s"><title>%s: %s (%s)</title></rect>',
                                 r.id, light, round(x0, 1), y + 3, round(greatest(x1 - x0, 2), 1), row_h - 6, colour,
                                 xml_text(left(r.title, 120)), xml_text(r.deadline::text), light);
        END IF;
        y := y + row_h;
    END LOOP;

    -- the day
    x0 := label_w + plot_w * (on_date - d0) / span;
    out := out || format('<line class="today" x1="%s" y1="%s" x2="%s" y2="%s" stroke="#1a1a1a" stroke-width="1.5" stroke-dasharray="4 3"/>'
                         '<text x="%s" y="%s" font-size="11" text-anchor="middle">%s</text>',
                         round(x0, 1), top - 20, round(x0, 1), y + 4, round(x0, 1), y + 18, on_date);
    RETURN format('<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="sans-serif">'
                  '<title>%s as of %s</title><rect width="100%%" height="100%%" fill="white"/>',
                  label_w + plot_w + 20, y + 30, label_w + plot_w + 20, y + 30,
                  xml_text(docnum_display(plan)), on_date)
           || out || '</svg>';
END $$;
COMMENT ON FUNCTION @extschema@.timeline_svg(@extschema@.docnum, date) IS
    'SVG timeline of a plan: a bar per action over its period, grouped by heading, coloured by traffic light as of the date, presidency terms as bands';

-- Views: plain SQL types only, so BI tools read them over any connection.

CREATE VIEW @extschema@.action_overview AS
SELECT a.id AS action_id,
       @extschema@.docnum_display(a.plan) AS plan,
       a.number,
       a.heading,
       a.title,
       @extschema@.actors_of(a.id, '{lead}') AS leads,
       @extschema@.actors_of(a.id, '{involved,support}') AS involved,
       a.deadline_text,
       a.deadline::text AS deadline,
       @extschema@.due_date(a.deadline) AS due_date,
       pg_catalog.lower(@extschema@.deadline_period(a.deadline)) AS period_start,
       (pg_catalog.upper(@extschema@.deadline_period(a.deadline)) - 1) AS period_end,
       s.status,
       s.reported_on AS status_date,
       CASE WHEN s.status = 'done' THEN 'green'
            WHEN s.status = 'blocked' THEN 'red'
            WHEN s.status = 'dropped' THEN 'grey'
            WHEN @extschema@.is_overdue(a.deadline, CURRENT_DATE) THEN 'red'
            WHEN s.status IN ('in_progress', 'delayed') THEN 'amber'
            ELSE 'grey' END AS traffic_light,
       (SELECT pg_catalog.string_agg(n::text, ', ' ORDER BY n)
          FROM (SELECT DISTINCT ap.number AS n FROM @extschema@.action_paragraph AS ap
                WHERE ap.action = a.id) AS linked) AS paragraphs,
       @extschema@.presidency(@extschema@.due_date(a.deadline)) AS presidency_at_due
FROM @extschema@.action AS a
JOIN @extschema@.visible_documents() AS vd(ref) ON vd.ref OPERATOR(@extschema@.=) a.plan
LEFT JOIN @extschema@.action_status AS s ON s.action = a.id;
COMMENT ON VIEW @extschema@.action_overview IS 'one row per action: who, when, latest status and traffic light';
COMMENT ON COLUMN @extschema@.action_overview.action_id IS 'action key';
COMMENT ON COLUMN @extschema@.action_overview.plan IS 'action plan, cover-page form';
COMMENT ON COLUMN @extschema@.action_overview.number IS 'position in the plan';
COMMENT ON COLUMN @extschema@.action_overview.heading IS 'heading the action is listed under';
COMMENT ON COLUMN @extschema@.action_overview.title IS 'the action';
COMMENT ON COLUMN @extschema@.action_overview.leads IS 'lead actors';
COMMENT ON COLUMN @extschema@.action_overview.involved IS 'involved and supporting actors';
COMMENT ON COLUMN @extschema@.action_overview.deadline_text IS 'deadline as written';
COMMENT ON COLUMN @extschema@.action_overview.deadline IS 'deadline, canonical';
COMMENT ON COLUMN @extschema@.action_overview.due_date IS 'last day to deliver';
COMMENT ON COLUMN @extschema@.action_overview.period_start IS 'first day of the deadline period';
COMMENT ON COLUMN @extschema@.action_overview.period_end IS 'last day of the deadline period (NULL when open)';
COMMENT ON COLUMN @extschema@.action_overview.status IS 'latest reported status';
COMMENT ON COLUMN @extschema@.action_overview.status_date IS 'date of the latest report';
COMMENT ON COLUMN @extschema@.action_overview.traffic_light IS 'green done; amber in progress or delayed; red blocked or overdue today; grey not started or dropped';
COMMENT ON COLUMN @extschema@.action_overview.paragraphs IS 'numbers of the conclusion paragraphs the action implements';
COMMENT ON COLUMN @extschema@.action_overview.presidency_at_due IS 'member state holding the presidency on the due date';

CREATE VIEW @extschema@.actor_workload AS
-- counts per actor, plan and due date come from actor_load (kept by
-- triggers); only the actions whose latest report is dated after today are
-- looked at one by one, since their status today comes from the history
WITH load AS (
    SELECT l.actor,
           pg_catalog.sum(l.led) AS led,
           pg_catalog.sum(l.involved) AS involved,
           pg_catalog.sum(l.linked) AS linked,
           pg_catalog.sum(l.open) FILTER (WHERE l.due < CURRENT_DATE) AS overdue,
           pg_catalog.min(l.due) FILTER (WHERE l.due >= CURRENT_DATE AND l.due < 'infinity' AND l.linked > 0)
             AS next_due
    FROM @extschema@.actor_load AS l
    JOIN @extschema@.visible_documents() AS vd(ref) ON vd.ref OPERATOR(@extschema@.=) l.plan
    GROUP BY l.actor
), later AS (
    SELECT x.actor,
           pg_catalog.sum((coalesce(@extschema@.status_on(d.action, CURRENT_DATE), '') NOT IN ('done', 'dropped'))::int
                          - d.open::int) AS overdue
    FROM @extschema@.action_status AS s
    JOIN @extschema@.action_digest AS d ON d.action = s.action
    JOIN @extschema@.visible_documents() AS vd(ref) ON vd.ref OPERATOR(@extschema@.=) d.plan
    CROSS JOIN LATERAL pg_catalog.unnest(d.linked_actors) AS x(actor)
    WHERE s.reported_on > CURRENT_DATE AND d.due < CURRENT_DATE
    GROUP BY x.actor
)
SELECT ac.name AS actor, ac.short_name, ac.kind,
       w.led::int AS actions_led,
       w.involved::int AS actions_involved,
       (coalesce(w.overdue, 0) + coalesce(f.overdue, 0))::int AS overdue_today,
       w.next_due AS next_due_date
FROM load AS w
JOIN @extschema@.actor AS ac ON ac.name = w.actor
LEFT JOIN later AS f ON f.actor = w.actor
WHERE w.linked > 0;
COMMENT ON VIEW @extschema@.actor_workload IS 'one row per actor with actions: how many it leads, is involved in, has overdue today, and its next due date';
COMMENT ON COLUMN @extschema@.actor_workload.actor IS 'canonical name';
COMMENT ON COLUMN @extschema@.actor_workload.short_name IS 'short name';
COMMENT ON COLUMN @extschema@.actor_workload.kind IS 'kind of actor';
COMMENT ON COLUMN @extschema@.actor_workload.actions_led IS 'actions it leads';
COMMENT ON COLUMN @extschema@.actor_workload.actions_involved IS 'actions it is involved in or supports';
COMMENT ON COLUMN @extschema@.actor_workload.overdue_today IS 'its actions (any role) overdue today without a done or dropped status';
COMMENT ON COLUMN @extschema@.actor_workload.next_due_date IS 'the next due date, today or later, among its actions';

CREATE VIEW @extschema@.paragraph_coverage AS
WITH addressed AS (
    SELECT pa.document, pa.number,
           pg_catalog.string_agg(DISTINCT coalesce(ac.short_name, ac.name), ', ') AS addressees
    FROM @extschema@.paragraph_actor AS pa JOIN @extschema@.actor AS ac ON ac.name = pa.actor
    GROUP BY pa.document, pa.number
), dated AS (
    SELECT pd.document, pd.number, pg_catalog.string_agg(DISTINCT pd.deadline::text, ', ') AS deadlines
    FROM @extschema@.paragraph_deadline AS pd
    GROUP BY pd.document, pd.number
), linked AS (
    SELECT ap.document, ap.number, pg_catalog.count(DISTINCT ap.action)::int AS actions
    FROM @extschema@.action_paragraph AS ap
    JOIN @extschema@.action AS a ON a.id = ap.action
    JOIN @extschema@.visible_documents() AS vd(ref) ON vd.ref OPERATOR(@extschema@.=) a.plan
    GROUP BY ap.document, ap.number
)
SELECT @extschema@.docnum_display(p.document) AS document,
       p.number,
       p.chapter,
       p.topic,
       pg_catalog.array_to_string(p.verbs, ', ') AS verbs,
       ad.addressees,
       dt.deadlines,
       coalesce(ln.actions, 0) AS actions_linked,
       ad.addressees IS NOT NULL AS addresses_someone,
       dt.deadlines IS NOT NULL AS sets_deadline,
       (ad.addressees IS NOT NULL OR dt.deadlines IS NOT NULL) AND ln.actions IS NULL AS uncovered
FROM @extschema@.paragraph AS p
JOIN @extschema@.visible_documents() AS vd(ref) ON vd.ref OPERATOR(@extschema@.=) p.document
LEFT JOIN addressed AS ad ON ad.document OPERATOR(@extschema@.=) p.document AND ad.number = p.number
LEFT JOIN dated AS dt ON dt.document OPERATOR(@extschema@.=) p.document AND dt.number = p.number
LEFT JOIN linked AS ln ON ln.document OPERATOR(@extschema@.=) p.document AND ln.number = p.number
WHERE p.item = 0 AND p.part = 'operative';
COMMENT ON VIEW @extschema@.paragraph_coverage IS 'one row per operative paragraph: what it asks of whom by when, and how many actions implement it';
COMMENT ON COLUMN @extschema@.paragraph_coverage.document IS 'conclusions, cover-page form';
COMMENT ON COLUMN @extschema@.paragraph_coverage.number IS 'paragraph number';
COMMENT ON COLUMN @extschema@.paragraph_coverage.chapter IS 'chapter';
COMMENT ON COLUMN @extschema@.paragraph_coverage.topic IS 'one-line topic';
COMMENT ON COLUMN @extschema@.paragraph_coverage.verbs IS 'operative verbs';
COMMENT ON COLUMN @extschema@.paragraph_coverage.addressees IS 'whom the paragraph or its points address';
COMMENT ON COLUMN @extschema@.paragraph_coverage.deadlines IS 'deadlines the paragraph or its points set';
COMMENT ON COLUMN @extschema@.paragraph_coverage.actions_linked IS 'actions linked to the paragraph';
COMMENT ON COLUMN @extschema@.paragraph_coverage.addresses_someone IS 'calls on or invites someone';
COMMENT ON COLUMN @extschema@.paragraph_coverage.sets_deadline IS 'sets a deadline';
COMMENT ON COLUMN @extschema@.paragraph_coverage.uncovered IS 'addresses someone or sets a deadline, yet no action is linked';

CREATE VIEW @extschema@.deadline_calendar AS
WITH due AS (
    SELECT a.id, @extschema@.due_date(a.deadline) AS due_date,
           @extschema@.presidency(@extschema@.due_date(a.deadline)) AS presidency,
           @extschema@.status_today(a.id, s.status, s.reported_on) AS status
    FROM @extschema@.action AS a
    JOIN @extschema@.visible_documents() AS vd(ref) ON vd.ref OPERATOR(@extschema@.=) a.plan
    LEFT JOIN @extschema@.action_status AS s ON s.action = a.id
    WHERE @extschema@.due_date(a.deadline) IS NOT NULL
)
SELECT d.presidency,
       pg_catalog.lower(@extschema@.presidency_term(d.presidency,
           pg_catalog.date_part('year', d.due_date)::int)) AS term_start,
       (pg_catalog.upper(@extschema@.presidency_term(d.presidency,
           pg_catalog.date_part('year', d.due_date)::int)) - 1) AS term_end,
       pg_catalog.date_trunc('month', d.due_date)::date AS month,
       pg_catalog.count(*)::int AS actions_due,
       pg_catalog.count(*) FILTER (WHERE d.status = 'done')::int AS done,
       pg_catalog.count(*) FILTER (WHERE d.due_date < CURRENT_DATE
                                     AND d.status IS DISTINCT FROM 'done'
                                     AND d.status IS DISTINCT FROM 'dropped')::int AS overdue
FROM due AS d
GROUP BY GROUPING SETS ((1, 2, 3), (1, 2, 3, 4));
COMMENT ON VIEW @extschema@.deadline_calendar IS 'actions due per presidency term (month NULL) and per month within it: due, done, overdue today';
COMMENT ON COLUMN @extschema@.deadline_calendar.presidency IS 'member state holding the presidency at the due dates (NULL outside 2007-2030)';
COMMENT ON COLUMN @extschema@.deadline_calendar.term_start IS 'first day of the term';
COMMENT ON COLUMN @extschema@.deadline_calendar.term_end IS 'last day of the term';
COMMENT ON COLUMN @extschema@.deadline_calendar.month IS 'first day of the month; NULL on the row for the whole term';
COMMENT ON COLUMN @extschema@.deadline_calendar.actions_due IS 'actions due';
COMMENT ON COLUMN @extschema@.deadline_calendar.done IS 'of those, done by today';
COMMENT ON COLUMN @extschema@.deadline_calendar.overdue IS 'of those, overdue today';

CREATE VIEW @extschema@.reference_graph AS
SELECT @extschema@.docnum_display(r.from_doc) AS citing_document,
       r.number AS citing_paragraph,
       r.footnote,
       r.to_doc::text AS cited,
       @extschema@.docnum_display(r.to_doc) AS cited_display,
       @extschema@.docnum_family(r.to_doc)::text AS cited_family,
       EXISTS (SELECT 1 FROM @extschema@.visible_documents() AS d(ref) WHERE d.ref = r.to_doc) AS cited_in_database,
       EXISTS (SELECT 1 FROM @extschema@.visible_documents() AS d(ref)
               WHERE @extschema@.docnum_family(d.ref) = @extschema@.docnum_family(r.to_doc)) AS family_in_database,
       r.detected
FROM @extschema@.reference AS r
JOIN @extschema@.visible_documents() AS vd(ref) ON vd.ref OPERATOR(@extschema@.=) r.from_doc;
COMMENT ON VIEW @extschema@.reference_graph IS 'one row per citation: who cites what, the cited document''s family, and whether it is in the database';
COMMENT ON COLUMN @extschema@.reference_graph.citing_document IS 'citing document, cover-page form';
COMMENT ON COLUMN @extschema@.reference_graph.citing_paragraph IS 'citing paragraph, NULL for the document as a whole';
COMMENT ON COLUMN @extschema@.reference_graph.footnote IS 'footnote number, if the citation is in one';
COMMENT ON COLUMN @extschema@.reference_graph.cited IS 'cited document, canonical';
COMMENT ON COLUMN @extschema@.reference_graph.cited_display IS 'cited document, cover-page form';
COMMENT ON COLUMN @extschema@.reference_graph.cited_family IS 'initial version of the cited document (docnum_family)';
COMMENT ON COLUMN @extschema@.reference_graph.cited_in_database IS 'the cited document itself is in policy_tracker.document';
COMMENT ON COLUMN @extschema@.reference_graph.family_in_database IS 'some version of the cited document is in policy_tracker.document';
COMMENT ON COLUMN @extschema@.reference_graph.detected IS 'found by import_conclusions';

-- Importing conclusions.  The text is what PDF converters make of Council
-- documents: a cover note (numbered 1..n), then the conclusions (numbered
-- again from 1), paragraphs that may start with "- " or "#", indented points,
-- chapter headings, page footers, and footnotes as "<sup>n</sup> text" lines.
-- The conclusions are the last run that restarts at 1.
CREATE FUNCTION @extschema@.operative_verbs(body text)
RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
    SELECT coalesce(pg_catalog.array_agg(v ORDER BY o), '{}')
    FROM (
        SELECT DISTINCT ON (v) v, o FROM (
        SELECT CASE WHEN m[1] = 'CALLS' AND m[2] IS NOT NULL THEN 'CALLS ON' ELSE m[1] END AS v,
               pg_catalog.row_number() OVER () AS o
        FROM pg_catalog.regexp_matches($1,
            '\m(ACKNOWLEDGES|AGREES|APPROVES|CALLS|COMMENDS|CONSIDERS|DECIDES|EMPHASISES|EMPHASISING|ENCOURAGES|ENDORSES|EXPRESSES|HIGHLIGHTS|INVITES|NOTES|NOTING|REAFFIRMS|REAFFIRMING|RECALLS|RECALLING|RECOGNISES|RECOGNISING|RECOGNIZES|REITERATES|REITERATING|REQUESTS|STRESSES|STRESSING|SUPPORTS|UNDERLINES|UNDERLINING|URGES|WELCOMES|WELCOMING|VERZOEKT|ROEPT|BENADRUKT|ERKENT|VERWELKOMT|ONDERSTREEPT|HERINNERT|NEEMT|MOEDIGT|BEKLEMTOONT|HERHAALT|BEVESTIGT|NODIGT|SALUE|INVITE|SOULIGNE|RECONNAÎT|RAPPELLE|ENCOURAGE|DEMANDE|APPELLE|PREND|RÉAFFIRME|INSISTE|CONSTATE|BEGRÜSST|BEGRÜẞT|FORDERT|BETONT|ERKENNT|UNTERSTREICHT|ERSUCHT|ERINNERT|BEKRÄFTIGT|NIMMT|ERMUTIGT)\M(\s+(?:ON|on|UPON|upon)\M)?',
            'g') AS m
        ) AS all_found ORDER BY v, o
    ) AS found
$$;
COMMENT ON FUNCTION @extschema@.operative_verbs(text) IS
    'operative verbs written in capitals, in order (CALLS ON for CALLS ON/UPON), in English, Dutch, French and German';

CREATE FUNCTION @extschema@.addressees(body text)
RETURNS SETOF text
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $$
    -- "CALLS on the Commission:", "INVITES Europol, ENISA and Eurojust:",
    -- "CALLS upon the EU and its Member States to ...": who comes after the
    -- verb, up to "to", a colon or the end of the clause.  "CALLS for" and
    -- "CALLS to" call for something, not on someone.
    SELECT DISTINCT ai.actor
    FROM pg_catalog.regexp_matches($1,
           '\m(?:CALLS(?:\s+(?:ON|on|UPON|upon))?|INVITES|URGES|REQUESTS|VERZOEKT|NODIGT|ROEPT|INVITE|APPELLE|DEMANDE|FORDERT|ERSUCHT)\M\s+((?:(?!\m(?:CALLS|INVITES|URGES|REQUESTS|VERZOEKT|NODIGT|ROEPT|INVITE|APPELLE|DEMANDE|FORDERT|ERSUCHT)\M).){0,200})',
           'g') AS m,
         LATERAL (SELECT pg_catalog.substring(m[1],
                  '^(.*?)(?:\s+(?:to|te|à|de|auf|zu)\s|:|;|\.\s|\.$|$)') AS seg) AS s,
         LATERAL @extschema@.actors_in(s.seg) AS ai
    WHERE ai.actor IS NOT NULL AND s.seg !~* '^(for|to|om|pour|à|zu)\M'
$$;
COMMENT ON FUNCTION @extschema@.addressees(text) IS
    'actors a paragraph calls on, invites, urges or requests';

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
COMMENT ON CAST (@extschema@.deadline AS pg_catalog.daterange) IS 'the period (deadline_period)';

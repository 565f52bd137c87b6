-- Semantics (spec sections 1 and 3).

-- LEAKPROOF (arithmetic on the period that cannot fail): action_due_idx
-- serves a role under row-level security only so ("due before 1 July").
CREATE FUNCTION @extschema@.due_date(@extschema@.deadline)
RETURNS pg_catalog.date
AS 'MODULE_PATHNAME', 'deadline_due_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
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


COMMENT ON CAST (@extschema@.deadline AS pg_catalog.daterange) IS 'the period (deadline_period)';

-- The btree order is a total order of values (due date, then lower bound,
-- then precision, then mode), so "d <= 'end of 2018'" leaves out December
-- 2018, which is due the same day but starts later.  "Due by the end of
-- 2018" is a comparison of due dates; this is its spelling.  SQL-standard
-- body: inlined, so an index on due_date(column) serves it.
CREATE FUNCTION @extschema@.due_by(@extschema@.deadline, @extschema@.deadline)
RETURNS pg_catalog.bool
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN @extschema@.due_date($1) OPERATOR(pg_catalog.<=) @extschema@.due_date($2);
COMMENT ON FUNCTION @extschema@.due_by(@extschema@.deadline, @extschema@.deadline) IS
    'whether the first deadline is due on or before the due date of the second (due_by(d, ''end of 2018'') includes December 2018); NULL when either has no due date';

-- Values that are no period: "as soon as possible" (mode asap) and
-- recurrences ("annually", "every 6 months from 2019", "each year by 31
-- March"; mode recurring) have no due date of their own.  A tracker asks
-- for the one that applies on a day.
CREATE FUNCTION @extschema@.next_due(@extschema@.deadline, on_date pg_catalog.date)
RETURNS pg_catalog.date
AS 'MODULE_PATHNAME', 'deadline_next_due_date' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.next_due(@extschema@.deadline, pg_catalog.date) IS
    'the due date to work to on the day: a recurrence''s next one on or after it, any other value''s own due date; NULL for asap, ongoing, from and continuing values';

CREATE FUNCTION @extschema@.next_occurrence(@extschema@.deadline, on_date pg_catalog.date)
RETURNS pg_catalog.daterange
AS 'MODULE_PATHNAME', 'deadline_next_occurrence' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.next_occurrence(@extschema@.deadline, pg_catalog.date) IS
    'the period whose end next_due gives: a recurrence''s next occurrence, any other value''s own period; NULL when there is none';

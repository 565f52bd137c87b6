/*
 * deadline_core.h: fuzzy EU deadlines, without PostgreSQL.
 *
 * Plain C99, like docnum_core.h, so test/ can drive the parser, formatter
 * and extractor directly.  The reference is ../shared/spec/deadline.md.
 */
#ifndef DEADLINE_CORE_H
#define DEADLINE_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * On-disk value: one unsigned 64-bit integer whose numeric order is the
 * btree order of spec section 3 (due date, values without one last; then
 * lower bound; then finer precision first; then mode).  Permanent once
 * released:
 *
 *   bit  63      always 0 (reserved; keeps signed int8 order == ours)
 *   bits 47..62  due date, days since 1949-01-01; 0xFFFF = none
 *   bits 31..46  lower bound of the period, days since 1949-01-01
 *                (0 for "ongoing", whose period is unbounded)
 *   bits 27..30  precision (DL_PREC_*, finer first up to YEAR; SPAN for
 *                spans; codes added later (MONTH_PART) sort after SPAN,
 *                as the values already stored must keep their bits)
 *   bits 24..26  mode (DL_MODE_*)
 *   bit  23      continuing ("P and ongoing")
 *   bits 19..22  spans: precision of the first period
 *   bits 15..18  spans: precision of the last period
 *   bits  0..14  spans: length in days (upper - lower)
 *
 * Two kinds of value that are no period took the two mode codes left free
 * (6 and 7) and bit patterns no value stored before has; every value of the
 * first five modes keeps its bits and its order:
 *
 *   asap (mode 6): due date 0xFFFF, every other bit 0.  It sorts right
 *       after ongoing (same due date, lower bound and precision, mode 6 > 5)
 *       and before every from, continuing or recurring value: among the
 *       values without a due date, the ones with no start come first.
 *   recurring (mode 7): due date 0xFFFF; bits 31..46 and 27..30 the lower
 *       bound and precision of the period it starts with ("from 2019"), or
 *       both 0 when it names none; bit 23 always 0; then
 *         bits 20..22  unit of the cycle (DL_UNIT_DAY .. DL_UNIT_YEAR)
 *         bits 13..19  count: every 1-99 units (never 12k months or 7k
 *                      days: those are years and weeks)
 *         bits  9..12  anchor month 1-12, 15 when there is none
 *         bits  3..8   anchor day 1-31, 32 for the whole month, 0 when none
 *         bits  0..2   anchor mode (DL_MODE_IN or DL_MODE_BY), 0 when none
 *       so recurrences without a start sort after asap, then by unit, count
 *       and anchor (anchored before the bare cycle, days before their whole
 *       month, "in" before "by"); those with a start sort by it among the
 *       from values, after a from value of the same start.
 *
 * Everything else about a value follows from these fields, and decoding
 * re-encodes and compares, so a value has exactly one bit pattern.
 */
typedef uint64_t deadline_t;

enum
{
	DL_PREC_NONE = 0,			/* ongoing */
	DL_PREC_DAY,
	DL_PREC_MONTH,
	DL_PREC_QUARTER,
	DL_PREC_SEASON,
	DL_PREC_THIRD,				/* early / mid / end: four-month groups */
	DL_PREC_HALF,
	DL_PREC_PRESIDENCY,
	DL_PREC_YEAR,
	DL_PREC_SPAN,
	DL_PREC_MONTH_PART,			/* early / mid / end of a month: days 1-10,
								 * 11-20, 21-last */
	DL_PREC_MAX = DL_PREC_MONTH_PART
};

/* a precision that names a period (anything but NONE and SPAN) */
#define DL_PREC_IS_PERIOD(p) (((p) >= DL_PREC_DAY && (p) <= DL_PREC_YEAR) || (p) == DL_PREC_MONTH_PART)

enum
{
	DL_MODE_IN = 1,
	DL_MODE_BY,
	DL_MODE_BEFORE,
	DL_MODE_FROM,
	DL_MODE_ONGOING,
	DL_MODE_ASAP,				/* as soon as possible: no period, no due date */
	DL_MODE_RECURRING,			/* a period that repeats (dl_recurrence) */
	DL_MODE_MAX = DL_MODE_RECURRING
};

/* Units of a duration ("within six months") and of a recurrence's cycle. */
enum
{
	DL_UNIT_DAY = 1,
	DL_UNIT_WEEK,
	DL_UNIT_MONTH,
	DL_UNIT_YEAR
};

#define DL_EVERY_MAX 99			/* every 1-99 units */

#define DL_MIN_YEAR 1950
#define DL_MAX_YEAR 2099
#define DL_NO_DAY INT32_MIN
#define DL_TEXT_MAX 96

typedef struct dl_period
{
	int			prec;			/* DL_PREC_IS_PERIOD */
	int			year;
	int			n;				/* month 1-12 (also of a month part),
								 * quarter 1-4, season 1-4 (spring..winter),
								 * third 1-3, half 1-2 */
	int			day;			/* DL_PREC_DAY; for DL_PREC_MONTH_PART the
								 * part's first day: 1, 11 or 21 */
} dl_period;

/*
 * A recurrence (DL_MODE_RECURRING): every count units, optionally due on an
 * anchor in each cycle (yearly cycles only: "each year by 31 March", "each
 * year in June"), optionally from a start (the period deadline_fields.a).
 */
typedef struct dl_recurrence
{
	int			unit;			/* DL_UNIT_* */
	int			count;			/* 1 .. DL_EVERY_MAX */
	int			anchor_mode;	/* 0: none; DL_MODE_IN or DL_MODE_BY */
	int			anchor_month;	/* 1-12 with an anchor */
	int			anchor_day;		/* 1-31, or 0: the whole month */
	bool		started;		/* deadline_fields.a is the start */
} dl_recurrence;

typedef struct deadline_fields
{
	int			mode;
	bool		continuing;
	bool		span;
	dl_period	a;				/* the period, or a span's first period, or
								 * a recurrence's start */
	dl_period	b;				/* a span's last period */
	dl_recurrence every;		/* DL_MODE_RECURRING */
} deadline_fields;

typedef enum
{
	DL_OK = 0,
	DL_ERR_SYNTAX,				/* 22P02 */
	DL_ERR_RANGE,				/* 22003 */
	DL_ERR_NEEDS_REF			/* 22P02, hint: use deadline_parse */
} dl_status;

/* Days since 1970-01-01 <-> civil date (proleptic Gregorian). */
extern int32_t dl_days_from_civil(int y, int m, int d);
extern void dl_civil_from_days(int32_t z, int *y, int *m, int *d);

/*
 * Parse a whole phrase.  ref_days is a reference date (days since
 * 1970-01-01) for phrases that need one, or DL_NO_DAY for the type input.
 */
extern dl_status deadline_parse_text(const char *s, size_t len, int32_t ref_days,
									 deadline_t *out, const char **hint);

/*
 * deadline_parse_text's two halves, for the unit test and the fuzz harness,
 * which check that they agree: the one-pass reader of the usual English
 * spellings (false when it does not answer) and the full grammar.
 */
extern bool deadline_parse_fast(const char *s, size_t len, deadline_t *out);
extern dl_status deadline_parse_text_full(const char *s, size_t len, int32_t ref_days,
										  deadline_t *out, const char **hint);

extern size_t deadline_format(deadline_t v, char *buf);
extern size_t deadline_format_edtf(deadline_t v, char *buf);

extern bool deadline_decode(deadline_t v, deadline_fields *f);
extern bool deadline_encode(const deadline_fields *f, deadline_t *out);
extern bool deadline_is_valid(deadline_t v);

/*
 * Period [*lower, *upper) in days since 1970-01-01; false when unbounded:
 * ongoing, and asap and recurring values, which have no one period.
 */
extern bool deadline_bounds(deadline_t v, int32_t *lower, int32_t *upper);
/* Due date in days since 1970-01-01; false when there is none. */
extern bool deadline_due(deadline_t v, int32_t *due);

/*
 * The due date to work to on day on (days since 1970-01-01): for a
 * recurring value the due date of its first occurrence due on or after on
 * (and not before its start); for any other value its due date, whatever
 * on is (deadline_due).  False when there is none: asap, ongoing, from and
 * continuing values, and a recurrence asked about a day outside years
 * 1-9999.  deadline_occurrence also gives that occurrence's period
 * [*lower, *upper): the anchor's day or month, or the whole cycle.
 */
extern bool deadline_next_due(deadline_t v, int32_t on, int32_t *due);
extern bool deadline_occurrence(deadline_t v, int32_t on, int32_t *lower, int32_t *upper,
								int32_t *due);

extern int	deadline_mode_of(deadline_t v);
extern int	deadline_precision_of(deadline_t v);
extern bool deadline_continuing_of(deadline_t v);

typedef enum
{
	DL_STATUS_UPCOMING,
	DL_STATUS_DUE,
	DL_STATUS_OVERDUE,
	DL_STATUS_ONGOING
} dl_state;

/*
 * Status on a day (spec section 3), and for the kinds the spec does not
 * know: asap is due from the start (it is wanted now; never upcoming, and
 * with no date never overdue); a recurring value is upcoming before its
 * start, then due while on lies in the occurrence deadline_occurrence
 * gives (the cycle, or its anchor's day or month) and upcoming between
 * anchors; never overdue, since an occurrence past is not known missed.
 */
extern dl_state deadline_state(deadline_t v, int32_t on_days);
extern const char *deadline_state_name(dl_state s);
extern const char *deadline_mode_name(int mode);
extern const char *deadline_precision_name(int prec);

/* Council presidencies 2007-2030 (spec section 4). */
/* the code of the member state a name, adjective or code names, or NULL */
extern const char *dl_country_code(const char *name, size_t len);
extern const char *dl_presidency_on(int32_t days);
extern bool dl_presidency_term(const char *country, int year, int32_t *lower,
							   int32_t *upper);

extern uint64_t deadline_hash64(deadline_t v, uint64_t seed);

/* --- extraction (deadline/extract.c) --- */

typedef struct dl_match
{
	deadline_t	value;
	size_t		start;
	size_t		len;
} dl_match;

typedef bool (*dl_emit_fn) (void *arg, const dl_match *m);

extern void deadline_extract(const char *s, size_t len, int32_t ref_days,
							 dl_emit_fn emit, void *arg);
/* The grammar tried at every word: what deadline_extract must equal (tests only). */
extern void deadline_extract_reference(const char *s, size_t len, int32_t ref_days,
									   dl_emit_fn emit, void *arg);

/*
 * deadline_parse's reading of a short phrase: the whole phrase, or the one
 * time expression in it (bytes *start .. *start + *mlen).
 */
extern dl_status deadline_parse_phrase(const char *s, size_t len, int32_t ref_days,
									   deadline_t *out, const char **hint,
									   size_t *start, size_t *mlen);

/* Longest deadline phrase at s (extractor); *consumed its byte length. */
extern dl_status deadline_parse_prefix(const char *s, size_t len, int32_t ref_days,
									   deadline_t *out, size_t *consumed,
									   bool *marked);

#endif							/* DEADLINE_CORE_H */

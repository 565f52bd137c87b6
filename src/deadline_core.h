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
	DL_MODE_MAX = DL_MODE_ONGOING
};

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

typedef struct deadline_fields
{
	int			mode;
	bool		continuing;
	bool		span;
	dl_period	a;				/* the period, or a span's first period */
	dl_period	b;				/* a span's last period */
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

/* Period [*lower, *upper) in days since 1970-01-01; false when unbounded. */
extern bool deadline_bounds(deadline_t v, int32_t *lower, int32_t *upper);
/* Due date in days since 1970-01-01; false when there is none. */
extern bool deadline_due(deadline_t v, int32_t *due);
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

/*
 * deadline_encoding.c: periods as day bounds, and the permanent 8-byte
 * layout of a deadline value (encode, decode, validate), with what follows
 * from it: bounds, due date, status on a day, the parts' names, the hash.
 * No PostgreSQL header (see deadline_core.h).
 */
#include "deadline_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "hash64.h"

/* 1949-01-01 in days since 1970-01-01 (a unit test checks it) */
#define EPOCH_DAYS (-7670)
#define DUE_SHIFT 47
#define LOWER_SHIFT 31
#define PREC_SHIFT 27
#define MODE_SHIFT 24
#define CONT_BIT 23
#define SPAN_A_SHIFT 19
#define SPAN_B_SHIFT 15
#define MASK16 UINT64_C(0xFFFF)
#define DUE_NONE 0xFFFF
#define MAX_SPAN_DAYS 32767
/* recurring values (mode 7), below the mode bits: see deadline_core.h */
#define REC_UNIT_SHIFT 20
#define REC_COUNT_SHIFT 13
#define REC_MONTH_SHIFT 9
#define REC_DAY_SHIFT 3
#define REC_MONTH_NONE 15
#define REC_DAY_MONTH 32		/* the anchor is the whole month */

/* ---------- periods ---------- */

void
dl_period_bounds(const dl_period *p, int32_t *lo, int32_t *hi)
{
	int			y = p->year;

	switch (p->prec)
	{
		case DL_PREC_DAY:
			*lo = dl_days_from_civil(y, p->n, p->day);
			*hi = *lo + 1;
			return;
		case DL_PREC_MONTH:
			*lo = dl_days_from_civil(y, p->n, 1);
			*hi = *lo + dl_days_in_month(y, p->n);
			return;
		case DL_PREC_MONTH_PART:
			/* days 1-10, 11-20, 21 to the month's end */
			*lo = dl_days_from_civil(y, p->n, p->day);
			*hi = p->day == 21 ? dl_days_from_civil(y, p->n, 1) + dl_days_in_month(y, p->n) :
				*lo + 10;
			return;
		case DL_PREC_QUARTER:
			*lo = dl_days_from_civil(y, 3 * (p->n - 1) + 1, 1);
			*hi = p->n == 4 ? dl_days_from_civil(y + 1, 1, 1) : dl_days_from_civil(y, 3 * p->n + 1, 1);
			return;
		case DL_PREC_THIRD:
			*lo = dl_days_from_civil(y, 4 * (p->n - 1) + 1, 1);
			*hi = p->n == 3 ? dl_days_from_civil(y + 1, 1, 1) : dl_days_from_civil(y, 4 * p->n + 1, 1);
			return;
		case DL_PREC_HALF:
		case DL_PREC_PRESIDENCY:
			*lo = dl_days_from_civil(y, p->n == 1 ? 1 : 7, 1);
			*hi = p->n == 1 ? dl_days_from_civil(y, 7, 1) : dl_days_from_civil(y + 1, 1, 1);
			return;
		case DL_PREC_SEASON:
			/* meteorological: spring Mar-May ... winter Dec-Feb of the next year */
			*lo = dl_days_from_civil(y, 3 * p->n, 1);
			*hi = p->n == 4 ? dl_days_from_civil(y + 1, 3, 1) : dl_days_from_civil(y, 3 * p->n + 3, 1);
			return;
		case DL_PREC_YEAR:
		default:
			*lo = dl_days_from_civil(y, 1, 1);
			*hi = dl_days_from_civil(y + 1, 1, 1);
			return;
	}
}

/*
 * The period of precision prec that starts on day lo (starts == true) or
 * ends just before day hi (starts == false); false when none does.
 */
bool
dl_period_at(int prec, int32_t day, bool starts, dl_period *p)
{
	int			y,
				m,
				d;
	int32_t		lo,
				hi;

	dl_civil_from_days(starts ? day : day - 1, &y, &m, &d);
	memset(p, 0, sizeof(*p));
	p->prec = prec;
	p->year = y;
	switch (prec)
	{
		case DL_PREC_DAY:
			p->n = m;
			p->day = d;
			break;
		case DL_PREC_MONTH:
			p->n = m;
			break;
		case DL_PREC_MONTH_PART:
			p->n = m;
			p->day = d <= 10 ? 1 : d <= 20 ? 11 : 21;
			break;
		case DL_PREC_QUARTER:
			p->n = (m - 1) / 3 + 1;
			break;
		case DL_PREC_THIRD:
			p->n = (m - 1) / 4 + 1;
			break;
		case DL_PREC_HALF:
		case DL_PREC_PRESIDENCY:
			p->n = m <= 6 ? 1 : 2;
			break;
		case DL_PREC_SEASON:
			if (m <= 2)
			{
				p->year = y - 1;
				p->n = 4;
			}
			else
				p->n = m == 12 ? 4 : m / 3;
			break;
		case DL_PREC_YEAR:
			break;
		default:
			return false;
	}
	if (p->year < DL_MIN_YEAR || p->year > DL_MAX_YEAR)
		return false;
	if (prec == DL_PREC_PRESIDENCY && dl_presidency_code(p->year, p->n) == NULL)
		return false;
	dl_period_bounds(p, &lo, &hi);
	return starts ? lo == day : hi == day;
}

/* ---------- encoding ---------- */

/* fields a period can hold (the calendar checks the rest) */
static bool
period_valid(const dl_period *p)
{
	if (!DL_PREC_IS_PERIOD(p->prec))
		return false;
	if (p->prec == DL_PREC_PRESIDENCY && dl_presidency_code(p->year, p->n) == NULL)
		return false;
	if (p->prec == DL_PREC_MONTH_PART &&
		(p->n < 1 || p->n > 12 || (p->day != 1 && p->day != 11 && p->day != 21)))
		return false;
	return true;
}

/*
 * A recurring value: no due date; the start's lower bound and precision
 * where it has one; the cycle and the anchor in the low bits.
 */
static bool
encode_recurring(const deadline_fields *f, deadline_t *out)
{
	const dl_recurrence *r = &f->every;
	int32_t		lo = 0,
				hi;
	int			month_code = REC_MONTH_NONE,
				day_code = 0;

	if (f->span || f->continuing)
		return false;
	if (r->unit < DL_UNIT_DAY || r->unit > DL_UNIT_YEAR || r->count < 1 || r->count > DL_EVERY_MAX)
		return false;
	/* every 12 months is every year, every 14 days every 2 weeks: one spelling each */
	if ((r->unit == DL_UNIT_MONTH && r->count % 12 == 0) || (r->unit == DL_UNIT_DAY && r->count % 7 == 0))
		return false;
	if (r->anchor_mode != 0)
	{
		/* anchors are days or months of the year: yearly cycles only */
		if (r->unit != DL_UNIT_YEAR || (r->anchor_mode != DL_MODE_IN && r->anchor_mode != DL_MODE_BY))
			return false;
		if (r->anchor_month < 1 || r->anchor_month > 12 || r->anchor_day < 0 ||
			r->anchor_day > dl_days_in_month(2000, r->anchor_month))
			return false;
		month_code = r->anchor_month;
		day_code = r->anchor_day ? r->anchor_day : REC_DAY_MONTH;
	}
	if (r->started)
	{
		if (f->a.year < DL_MIN_YEAR || f->a.year > DL_MAX_YEAR || !period_valid(&f->a))
			return false;
		dl_period_bounds(&f->a, &lo, &hi);
		lo -= EPOCH_DAYS;
	}
	*out = ((uint64_t) DUE_NONE << DUE_SHIFT) |
		((uint64_t) (uint32_t) lo << LOWER_SHIFT) |
		((uint64_t) (r->started ? f->a.prec : DL_PREC_NONE) << PREC_SHIFT) |
		((uint64_t) DL_MODE_RECURRING << MODE_SHIFT) |
		((uint64_t) r->unit << REC_UNIT_SHIFT) |
		((uint64_t) r->count << REC_COUNT_SHIFT) |
		((uint64_t) month_code << REC_MONTH_SHIFT) |
		((uint64_t) day_code << REC_DAY_SHIFT) |
		(uint64_t) r->anchor_mode;
	return true;
}

bool
deadline_encode(const deadline_fields *f, deadline_t *out)
{
	int32_t		lo = 0,
				hi = 0,
				blo,
				bhi,
				due;
	uint64_t	v;
	int32_t		epoch = EPOCH_DAYS;

	if (f->mode < DL_MODE_IN || f->mode > DL_MODE_MAX)
		return false;
	if (f->mode == DL_MODE_ONGOING || f->mode == DL_MODE_ASAP)
	{
		*out = ((uint64_t) DUE_NONE << DUE_SHIFT) | ((uint64_t) f->mode << MODE_SHIFT);
		return true;
	}
	if (f->mode == DL_MODE_RECURRING)
		return encode_recurring(f, out);
	if (f->a.year < DL_MIN_YEAR || f->a.year > DL_MAX_YEAR)
		return false;
	if (!period_valid(&f->a))
		return false;
	dl_period_bounds(&f->a, &lo, &hi);
	if (f->span)
	{
		if (f->b.year < DL_MIN_YEAR || f->b.year > DL_MAX_YEAR)
			return false;
		if (!period_valid(&f->b))
			return false;
		dl_period_bounds(&f->b, &blo, &bhi);
		/* a span runs forward: the last period starts and ends later */
		if (blo <= lo || bhi <= hi || bhi - lo > MAX_SPAN_DAYS)
			return false;
		hi = bhi;
	}
	if (f->continuing && f->mode != DL_MODE_IN)
		return false;
	/* "before the end of X" reads as "by end of X": no text makes this one */
	if (f->mode == DL_MODE_BEFORE && f->a.prec == DL_PREC_THIRD && f->a.n == 3)
		return false;
	/*
	 * "by the end of May 2018" is "by May 2018" (spec section 2): the same
	 * due date, and "by end of May 2018" must read back as what it prints
	 */
	if (f->a.prec == DL_PREC_MONTH_PART && f->a.day == 21 &&
		(f->mode == DL_MODE_BEFORE || (f->mode == DL_MODE_BY && !f->span)))
		return false;

	if (f->continuing || f->mode == DL_MODE_FROM)
		due = -1;
	else if (f->mode == DL_MODE_BEFORE)
		due = lo - 1 - epoch;
	else
		due = hi - 1 - epoch;

	v = ((uint64_t) (due < 0 ? DUE_NONE : (uint32_t) due) << DUE_SHIFT) |
		((uint64_t) (uint32_t) (lo - epoch) << LOWER_SHIFT) |
		((uint64_t) (f->span ? DL_PREC_SPAN : f->a.prec) << PREC_SHIFT) |
		((uint64_t) f->mode << MODE_SHIFT) |
		((uint64_t) (f->continuing ? 1 : 0) << CONT_BIT);
	if (f->span)
		v |= ((uint64_t) f->a.prec << SPAN_A_SHIFT) |
			((uint64_t) f->b.prec << SPAN_B_SHIFT) |
			(uint64_t) (hi - lo);
	*out = v;
	return true;
}

bool
deadline_decode(deadline_t v, deadline_fields *f)
{
	int32_t		epoch = EPOCH_DAYS;
	int32_t		lo = (int32_t) ((v >> LOWER_SHIFT) & MASK16) + epoch;
	int			prec = (int) ((v >> PREC_SHIFT) & 0xF);
	deadline_t	again;

	memset(f, 0, sizeof(*f));
	if (v >> 63)
		return false;
	f->mode = (int) ((v >> MODE_SHIFT) & 0x7);
	f->continuing = (v >> CONT_BIT) & 1;
	if (f->mode == DL_MODE_ONGOING || f->mode == DL_MODE_ASAP)
		return v == (((uint64_t) DUE_NONE << DUE_SHIFT) | ((uint64_t) f->mode << MODE_SHIFT));
	if (f->mode < DL_MODE_IN || f->mode > DL_MODE_MAX)
		return false;
	if (f->mode == DL_MODE_RECURRING)
	{
		dl_recurrence *r = &f->every;
		int			day_code = (int) ((v >> REC_DAY_SHIFT) & 0x3F);

		if (prec != DL_PREC_NONE)
		{
			if (!DL_PREC_IS_PERIOD(prec) || !dl_period_at(prec, lo, true, &f->a))
				return false;
			r->started = true;
		}
		r->unit = (int) ((v >> REC_UNIT_SHIFT) & 0x7);
		r->count = (int) ((v >> REC_COUNT_SHIFT) & 0x7F);
		r->anchor_mode = (int) (v & 0x7);
		if (r->anchor_mode != 0)
		{
			r->anchor_month = (int) ((v >> REC_MONTH_SHIFT) & 0xF);
			/* 0 is no anchor day code: it re-encodes as 32 and fails below */
			r->anchor_day = day_code == REC_DAY_MONTH ? 0 : day_code == 0 ? -1 : day_code;
		}
	}
	else if (prec == DL_PREC_SPAN)
	{
		int			pa = (int) ((v >> SPAN_A_SHIFT) & 0xF);
		int			pb = (int) ((v >> SPAN_B_SHIFT) & 0xF);
		int32_t		len = (int32_t) (v & 0x7FFF);

		if (!DL_PREC_IS_PERIOD(pa) || !DL_PREC_IS_PERIOD(pb))
			return false;
		f->span = true;
		if (!dl_period_at(pa, lo, true, &f->a) || !dl_period_at(pb, lo + len, false, &f->b))
			return false;
	}
	else
	{
		if (!DL_PREC_IS_PERIOD(prec))
			return false;
		if (!dl_period_at(prec, lo, true, &f->a))
			return false;
	}
	return deadline_encode(f, &again) && again == v;
}

bool
deadline_is_valid(deadline_t v)
{
	deadline_fields f;

	return deadline_decode(v, &f);
}

/*
 * Read straight from the bits: values reaching here passed input or receive
 * validation, and this runs once per row in index rechecks.
 */
bool
deadline_bounds(deadline_t v, int32_t *lower, int32_t *upper)
{
	int			mode = (int) ((v >> MODE_SHIFT) & 0x7);
	int			prec = (int) ((v >> PREC_SHIFT) & 0xF);
	uint32_t	due = (uint32_t) ((v >> DUE_SHIFT) & MASK16);
	int32_t		lo,
				hi;
	dl_period	per;

	/* ongoing, asap and recurring values have no one period */
	if ((v >> 63) || mode < DL_MODE_IN || mode > DL_MODE_FROM)
		return false;
	lo = (int32_t) ((v >> LOWER_SHIFT) & MASK16) + EPOCH_DAYS;
	if (prec == DL_PREC_SPAN)
		hi = lo + (int32_t) (v & 0x7FFF);
	else if ((mode == DL_MODE_IN || mode == DL_MODE_BY) && due != DUE_NONE)
		hi = (int32_t) due + EPOCH_DAYS + 1;
	else if (dl_period_at(prec, lo, true, &per))
		dl_period_bounds(&per, &lo, &hi);
	else
		return false;
	*lower = lo;
	*upper = hi;
	return true;
}

bool
deadline_due(deadline_t v, int32_t *due)
{
	uint32_t	d = (uint32_t) ((v >> DUE_SHIFT) & MASK16);

	if (d == DUE_NONE)
		return false;
	*due = (int32_t) d + EPOCH_DAYS;
	return true;
}

int
deadline_mode_of(deadline_t v)
{
	return (int) ((v >> MODE_SHIFT) & 0x7);
}

int
deadline_precision_of(deadline_t v)
{
	return (int) ((v >> PREC_SHIFT) & 0xF);
}

bool
deadline_continuing_of(deadline_t v)
{
	return (v >> CONT_BIT) & 1;
}

dl_state
deadline_state(deadline_t v, int32_t on)
{
	int32_t		lo,
				hi,
				due;
	int			mode = deadline_mode_of(v);

	/* asap is wanted now: due from the start, never overdue (no date) */
	if (mode == DL_MODE_ASAP)
		return DL_STATUS_DUE;
	/*
	 * a recurrence: upcoming before its start and between occurrences, due
	 * in the occurrence due next (the whole cycle, or the anchor's day or
	 * month); never overdue: an occurrence past is not known to be missed
	 */
	if (mode == DL_MODE_RECURRING)
		return deadline_occurrence(v, dl_clamp_day(on), &lo, &hi, &due) && on >= lo ?
			DL_STATUS_DUE : DL_STATUS_UPCOMING;
	if (mode == DL_MODE_ONGOING || !deadline_bounds(v, &lo, &hi))
		return DL_STATUS_ONGOING;
	if (mode == DL_MODE_FROM || deadline_continuing_of(v))
		return on < lo ? DL_STATUS_UPCOMING : DL_STATUS_ONGOING;
	if (deadline_due(v, &due) && on > due)
		return DL_STATUS_OVERDUE;
	if (on < lo)
		return DL_STATUS_UPCOMING;
	return DL_STATUS_DUE;
}

const char *
deadline_state_name(dl_state s)
{
	static const char *const names[] = {"upcoming", "due", "overdue", "ongoing"};

	return names[s];
}

const char *
deadline_mode_name(int mode)
{
	static const char *const names[] = {NULL, "in", "by", "before", "from", "ongoing", "asap",
	"recurring"};

	return mode >= DL_MODE_IN && mode <= DL_MODE_MAX ? names[mode] : NULL;
}

const char *
deadline_precision_name(int prec)
{
	static const char *const names[] = {
		NULL, "day", "month", "quarter", "season", "third", "half", "presidency", "year", "span",
		"part-of-month"
	};

	return prec >= DL_PREC_DAY && prec <= DL_PREC_MAX ? names[prec] : NULL;
}

uint64_t
deadline_hash64(deadline_t v, uint64_t seed)
{
	return pt_hash64(v, seed);
}

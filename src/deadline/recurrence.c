/*
 * recurrence.c: the calendar of recurring deadlines ("annually", "every 6
 * months from 2019", "each year by 31 March"): which occurrence is due next
 * on a given day, and its period.  No PostgreSQL header (see
 * deadline_core.h, which documents the encoding).
 *
 * A recurrence is a sequence of cycles of count units:
 *
 * - With a start, the first cycle begins on the start's first day and each
 *   next one count units later ("every 6 months from 2019": January-June
 *   2019, July-December 2019, ...; a month's day past the end of a shorter
 *   month is its last day).  Without one, cycles are counted from Monday
 *   2 January 1950 for days and weeks (so weeks run Monday to Sunday) and
 *   from 1 January 1950 for months and years (so every 3 months is the
 *   quarters, every 6 months the halves, "annually" the calendar years,
 *   every 2 years starts in even years).
 * - Unanchored, an occurrence is a whole cycle, due on its last day
 *   ("annually" is due on 31 December).
 * - Anchored (yearly cycles only), an occurrence is the anchor's day or
 *   month in every count-th year counted from the start's year (1950
 *   without a start), due on its last day; 29 February is 28 February in
 *   other years.  With a start, the first occurrence is the first due on
 *   or after the start's first day.
 */
#include "deadline_internal.h"

#include <string.h>

/* the days a recurrence is asked about: years 1 to 9999 */
#define ON_MIN (-719162)		/* 0001-01-01 */
#define ON_MAX 2932896			/* 9999-12-31 */

int32_t
dl_clamp_day(int32_t on)
{
	return on < ON_MIN ? ON_MIN : on > ON_MAX ? ON_MAX : on;
}

static long
floor_div(long a, long b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/* y-m-d plus n months, the day cut to the month's length */
static int32_t
add_months(int y, int m, int d, long n)
{
	long		k = (long) y * 12 + (m - 1) + n;
	int			ny = (int) floor_div(k, 12),
				nm = (int) (k - (long) ny * 12) + 1;
	int			last = dl_days_in_month(ny, nm);

	return dl_days_from_civil(ny, nm, d < last ? d : last);
}

/* the anchor's period [*lo, *hi) in year y */
static void
anchor_in_year(const dl_recurrence *r, int y, int32_t *lo, int32_t *hi)
{
	int			last = dl_days_in_month(y, r->anchor_month);

	if (r->anchor_day == 0)
	{
		*lo = dl_days_from_civil(y, r->anchor_month, 1);
		*hi = *lo + last;
		return;
	}
	*lo = dl_days_from_civil(y, r->anchor_month, r->anchor_day < last ? r->anchor_day : last);
	*hi = *lo + 1;
}

bool
deadline_occurrence(deadline_t v, int32_t on, int32_t *lower, int32_t *upper, int32_t *due)
{
	deadline_fields f;
	const dl_recurrence *r = &f.every;
	int32_t		start = 0,
				start_hi,
				lo,
				hi;
	int			y,
				m,
				d;

	if (deadline_mode_of(v) != DL_MODE_RECURRING)
	{
		/* an ordinary value: its one period, whatever the day */
		if (!deadline_due(v, due) || !deadline_bounds(v, lower, upper))
			return false;
		return true;
	}
	if (!deadline_decode(v, &f))
		return false;
	if (r->started)
	{
		dl_period_bounds(&f.a, &start, &start_hi);
		if (on < start)
			on = start;
	}
	if (on < ON_MIN || on > ON_MAX)
		return false;
	dl_civil_from_days(on, &y, &m, &d);

	if (r->anchor_mode != 0)
	{
		int			base = r->started ? f.a.year : 1950;
		int			yr = y - 1;

		/* the first year of the sequence from the year before on's */
		yr += (int) (((long) (base - yr) % r->count + r->count) % r->count);
		for (;;)
		{
			anchor_in_year(r, yr, &lo, &hi);
			if (hi - 1 >= on)
				break;
			yr += r->count;
		}
	}
	else if (r->unit == DL_UNIT_DAY || r->unit == DL_UNIT_WEEK)
	{
		long		len = (long) r->count * (r->unit == DL_UNIT_WEEK ? 7 : 1);
		int32_t		base = r->started ? start : dl_days_from_civil(1950, 1, 2);

		lo = base + (int32_t) (floor_div((long) on - base, len) * len);
		hi = lo + (int32_t) len;
	}
	else
	{
		long		n = (long) r->count * (r->unit == DL_UNIT_YEAR ? 12 : 1);
		int			by = 1950,
					bm = 1,
					bd = 1;
		long		k;

		if (r->started)
			dl_civil_from_days(start, &by, &bm, &bd);
		k = floor_div(((long) y * 12 + m) - ((long) by * 12 + bm), n);
		lo = add_months(by, bm, bd, k * n);
		if (lo > on)
			lo = add_months(by, bm, bd, --k * n);
		hi = add_months(by, bm, bd, (k + 1) * n);
		if (hi <= on)
		{
			lo = hi;
			hi = add_months(by, bm, bd, (++k + 1) * n);
		}
	}
	*lower = lo;
	*upper = hi;
	*due = hi - 1;
	return true;
}

bool
deadline_next_due(deadline_t v, int32_t on, int32_t *due)
{
	int32_t		lo,
				hi;

	if (deadline_mode_of(v) != DL_MODE_RECURRING)
		return deadline_due(v, due);
	return deadline_occurrence(v, on, &lo, &hi, due);
}

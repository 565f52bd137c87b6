/*
 * deadline_format.c: a deadline value as canonical English text and as
 * EDTF / ISO 8601-2.  No PostgreSQL header (see deadline_core.h).
 */
#include "deadline_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------- formatting ---------- */

const char *const dl_month_names[] = {
	NULL, "January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

static size_t
format_period(const dl_period *p, char *buf)
{
	static const char *const seasons[] = {NULL, "spring", "summer", "autumn", "winter"};

	switch (p->prec)
	{
		case DL_PREC_DAY:
			return (size_t) sprintf(buf, "%d %s %d", p->day, dl_month_names[p->n], p->year);
		case DL_PREC_MONTH:
			return (size_t) sprintf(buf, "%s %d", dl_month_names[p->n], p->year);
		case DL_PREC_MONTH_PART:
			return (size_t) sprintf(buf, p->day == 1 ? "early %s %d" : p->day == 11 ? "mid-%s %d" :
									"end of %s %d", dl_month_names[p->n], p->year);
		case DL_PREC_QUARTER:
			return (size_t) sprintf(buf, "Q%d %d", p->n, p->year);
		case DL_PREC_HALF:
			return (size_t) sprintf(buf, "H%d %d", p->n, p->year);
		case DL_PREC_THIRD:
			return (size_t) sprintf(buf, p->n == 1 ? "early %d" : p->n == 2 ? "mid-%d" : "end of %d",
									p->year);
		case DL_PREC_SEASON:
			if (p->n == 4)
				return (size_t) sprintf(buf, "winter %d/%d", p->year, p->year + 1);
			return (size_t) sprintf(buf, "%s %d", seasons[p->n], p->year);
		case DL_PREC_PRESIDENCY:
			return (size_t) sprintf(buf, "%s Presidency %d", dl_presidency_code(p->year, p->n), p->year);
		default:
			return (size_t) sprintf(buf, "%d", p->year);
	}
}

/*
 * Canonical English of a recurrence: "annually", "monthly", "weekly",
 * "daily" for one unit, "every N years/months/weeks/days" for more; an
 * anchor after "each year" (or "every N years"): "by 31 March", "by
 * March", "on 18 March", "in June"; a start last: "from 2019".
 */
static size_t
format_recurring(const deadline_fields *f, char *buf)
{
	static const char *const units[] = {NULL, "day", "week", "month", "year"};
	static const char *const adverbs[] = {NULL, "daily", "weekly", "monthly", "annually"};
	const dl_recurrence *r = &f->every;
	size_t		n;

	if (r->anchor_mode != 0 && r->count == 1)
		n = (size_t) sprintf(buf, "each year");
	else if (r->count == 1)
		n = (size_t) sprintf(buf, "%s", adverbs[r->unit]);
	else
		n = (size_t) sprintf(buf, "every %d %ss", r->count, units[r->unit]);
	if (r->anchor_mode != 0)
	{
		const char *word = r->anchor_mode == DL_MODE_BY ? "by" : r->anchor_day ? "on" : "in";

		if (r->anchor_day)
			n += (size_t) sprintf(buf + n, " %s %d %s", word, r->anchor_day,
								  dl_month_names[r->anchor_month]);
		else
			n += (size_t) sprintf(buf + n, " %s %s", word, dl_month_names[r->anchor_month]);
	}
	if (r->started)
	{
		n += (size_t) sprintf(buf + n, " from ");
		n += format_period(&f->a, buf + n);
	}
	buf[n] = '\0';
	return n;
}

size_t
deadline_format(deadline_t v, char *buf)
{
	deadline_fields f;
	size_t		n = 0;

	if (!deadline_decode(v, &f))
	{
		buf[0] = '\0';
		return 0;
	}
	if (f.mode == DL_MODE_ONGOING)
		return (size_t) sprintf(buf, "ongoing");
	if (f.mode == DL_MODE_ASAP)
		return (size_t) sprintf(buf, "as soon as possible");
	if (f.mode == DL_MODE_RECURRING)
		return format_recurring(&f, buf);
	if (f.mode == DL_MODE_BY)
		n = (size_t) sprintf(buf, "by ");
	else if (f.mode == DL_MODE_BEFORE)
		n = (size_t) sprintf(buf, "before ");
	else if (f.mode == DL_MODE_FROM)
		n = (size_t) sprintf(buf, "from ");
	n += format_period(&f.a, buf + n);
	if (f.span)
	{
		buf[n++] = '/';
		n += format_period(&f.b, buf + n);
	}
	if (f.continuing)
		n += (size_t) sprintf(buf + n, " and ongoing");
	buf[n] = '\0';
	return n;
}

/* ISO 8601-2 / EDTF sub-year groupings: 21-24 seasons, 33-36 quarters, 37-39 thirds, 40-41 halves. */
static size_t
format_period_edtf(const dl_period *p, char *buf, bool last)
{
	switch (p->prec)
	{
		case DL_PREC_DAY:
			return (size_t) sprintf(buf, "%04d-%02d-%02d", p->year, p->n, p->day);
		case DL_PREC_MONTH:
			return (size_t) sprintf(buf, "%04d-%02d", p->year, p->n);
		case DL_PREC_MONTH_PART:
			{
				/* EDTF has no parts of a month: the first day, or the last */
				int32_t		lo,
							hi;
				int			y,
							m,
							d;

				dl_period_bounds(p, &lo, &hi);
				dl_civil_from_days(last ? hi - 1 : lo, &y, &m, &d);
				return (size_t) sprintf(buf, "%04d-%02d-%02d", y, m, d);
			}
		case DL_PREC_SEASON:
			return (size_t) sprintf(buf, "%04d-%02d", p->year, 20 + p->n);
		case DL_PREC_QUARTER:
			return (size_t) sprintf(buf, "%04d-%02d", p->year, 32 + p->n);
		case DL_PREC_THIRD:
			return (size_t) sprintf(buf, "%04d-%02d", p->year, 36 + p->n);
		case DL_PREC_HALF:
		case DL_PREC_PRESIDENCY:
			return (size_t) sprintf(buf, "%04d-%02d", p->year, 39 + p->n);
		default:
			return (size_t) sprintf(buf, "%04d", p->year);
	}
}

/*
 * EDTF has no recurrence: an ISO 8601 repeating interval, R/<first>/<cycle>,
 * the cycle a duration (P1Y, P6M, P2W, P1D) and <first> the first
 * occurrence: the start in EDTF ("R/2019/P6M"), or for an anchored one its
 * first anchor on or after the start ("R/2019-03-31/P1Y", "R/2019-06/P1Y");
 * without a start the anchor as a day or month of no year, as XML Schema's
 * gMonthDay and gMonth write them ("R/--03-31/P1Y", "R/--06/P1Y"), or
 * nothing ("R/P1Y").
 */
static size_t
format_recurring_edtf(deadline_t v, const deadline_fields *f, char *buf)
{
	static const char letters[] = {0, 'D', 'W', 'M', 'Y'};
	const dl_recurrence *r = &f->every;
	size_t		n = (size_t) sprintf(buf, "R/");

	if (r->started && r->anchor_mode != 0)
	{
		int32_t		lo,
					hi,
					due;
		int			y,
					m,
					d;

		dl_period_bounds(&f->a, &lo, &hi);
		if (deadline_occurrence(v, lo, &lo, &hi, &due))
		{
			dl_civil_from_days(lo, &y, &m, &d);
			n += (size_t) (r->anchor_day ? sprintf(buf + n, "%04d-%02d-%02d/", y, m, d) :
						   sprintf(buf + n, "%04d-%02d/", y, m));
		}
	}
	else if (r->started)
	{
		n += format_period_edtf(&f->a, buf + n, false);
		buf[n++] = '/';
	}
	else if (r->anchor_mode != 0)
		n += (size_t) (r->anchor_day ? sprintf(buf + n, "--%02d-%02d/", r->anchor_month, r->anchor_day) :
					   sprintf(buf + n, "--%02d/", r->anchor_month));
	n += (size_t) sprintf(buf + n, "P%d%c", r->count, letters[r->unit]);
	return n;
}

/* EDTF of a value; asap has none (an empty string). */
size_t
deadline_format_edtf(deadline_t v, char *buf)
{
	deadline_fields f;
	size_t		n = 0;
	int			y,
				m,
				d;
	int32_t		lo,
				hi;

	if (!deadline_decode(v, &f))
	{
		buf[0] = '\0';
		return 0;
	}
	if (f.mode == DL_MODE_ONGOING)
		return (size_t) sprintf(buf, "../..");
	if (f.mode == DL_MODE_ASAP)
	{
		buf[0] = '\0';
		return 0;
	}
	if (f.mode == DL_MODE_RECURRING)
		return format_recurring_edtf(v, &f, buf);
	if (f.mode == DL_MODE_BEFORE)
	{
		/* open start, ending the day before the period */
		dl_period_bounds(&f.a, &lo, &hi);
		dl_civil_from_days(lo - 1, &y, &m, &d);
		return (size_t) sprintf(buf, "../%04d-%02d-%02d", y, m, d);
	}
	if (f.mode == DL_MODE_BY)
		n = (size_t) sprintf(buf, "../");
	/* a part of a month by itself is the interval of its days */
	n += format_period_edtf(&f.a, buf + n, f.mode == DL_MODE_BY && !f.span);
	if (f.span)
	{
		buf[n++] = '/';
		n += format_period_edtf(&f.b, buf + n, true);
	}
	else if (f.a.prec == DL_PREC_MONTH_PART && f.mode == DL_MODE_IN && !f.continuing)
	{
		buf[n++] = '/';
		n += format_period_edtf(&f.a, buf + n, true);
	}
	if (f.mode == DL_MODE_FROM || f.continuing)
		n += (size_t) sprintf(buf + n, "/..");
	buf[n] = '\0';
	return n;
}

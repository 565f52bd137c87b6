/*
 * deadline_fast.c: the one-pass reader of the usual English spellings, in
 * front of the grammar.  No PostgreSQL header (see deadline_core.h).
 */
#include "deadline_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------- the fast path ---------- */

/*
 * The type input reads mostly what the type writes, and analysts' tables
 * hold a handful of English shapes: "2018", "May 2018", "25 June 2018",
 * "early 2018", "mid-2018", "end of 2018", "Q3 2018", "H1 2018",
 * "spring 2018", each optionally after "by ", "before " or "from ", spans
 * "P/P", "by the end of 2018", "2018 and ongoing", "ongoing", "as soon as
 * possible" (recurrences, rarer, are the grammar's).  Spelled
 * exactly so (case, single spaces, nothing around), they are read here in
 * one pass without tokens, into the same fields the grammar fills and
 * through the same deadline_encode.  Anything else, and every error, goes
 * to the full parser: this returns false having decided nothing.  A unit
 * test and the fuzz harness check that both agree.
 */
typedef struct fast
{
	const char *p;
	const char *end;
} fast;

static inline bool
fast_lit(fast *f, const char *lit, size_t n)
{
	if ((size_t) (f->end - f->p) < n || memcmp(f->p, lit, n) != 0)
		return false;
	f->p += n;
	return true;
}
#define FAST_LIT(f, lit) fast_lit(f, lit, sizeof(lit) - 1)

/* Four digits of a year in range, ending the phrase or before ' ' or '/'. */
static inline bool
fast_year(fast *f, int *year)
{
	const char *p = f->p;
	int			y;

	if (f->end - p < 4 || (unsigned) (p[0] - '0') > 9 || (unsigned) (p[1] - '0') > 9 ||
		(unsigned) (p[2] - '0') > 9 || (unsigned) (p[3] - '0') > 9)
		return false;
	y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
	p += 4;
	if (y < DL_MIN_YEAR || y > DL_MAX_YEAR || (p < f->end && *p != ' ' && *p != '/'))
		return false;
	f->p = p;
	*year = y;
	return true;
}

/* A capitalised English month name and a space. */
static inline int
fast_month(fast *f)
{
	const char *p = f->p;

	if (p >= f->end)
		return 0;
	for (int m = 1; m <= 12; m++)
	{
		const char *name = dl_month_names[m];
		size_t		n = 0;

		/* byte by byte: no strlen per name on the input hot path */
		while (name[n] && p + n < f->end && p[n] == name[n])
			n++;
		if (name[n] == '\0' && p + n < f->end && p[n] == ' ')
		{
			f->p = p + n + 1;
			return m;
		}
	}
	return 0;
}

static bool
fast_period(fast *f, dl_period *out, bool *endish)
{
	const char *p = f->p;
	int			n;

	memset(out, 0, sizeof(*out));
	*endish = false;
	if (p >= f->end)
		return false;
	switch (*p)
	{
		case '1':
		case '2':
		case '3':
		case '4':
		case '5':
		case '6':
		case '7':
		case '8':
		case '9':
			if (fast_year(f, &out->year))
			{
				out->prec = DL_PREC_YEAR;
				return true;
			}
			/* a day: "25 June 2018" */
			n = *p++ - '0';
			if (p < f->end && (unsigned) (*p - '0') <= 9)
				n = n * 10 + (*p++ - '0');
			if (p >= f->end || *p++ != ' ')
				return false;
			f->p = p;
			if ((out->n = fast_month(f)) == 0 || !fast_year(f, &out->year) ||
				n > dl_days_in_month(out->year, out->n))
				return false;
			out->prec = DL_PREC_DAY;
			out->day = n;
			return true;
		case 'e':
			if (FAST_LIT(f, "early "))
				out->n = 1;
			else if (FAST_LIT(f, "end of "))
			{
				out->n = 3;
				*endish = true;
			}
			else
				return false;
			out->prec = DL_PREC_THIRD;
			return fast_year(f, &out->year);
		case 'm':
			out->prec = DL_PREC_THIRD;
			out->n = 2;
			return FAST_LIT(f, "mid-") && fast_year(f, &out->year);
		case 'Q':
		case 'H':
			if (f->end - p < 3 || p[1] < '1' || p[1] > (*p == 'Q' ? '4' : '2') || p[2] != ' ')
				return false;
			out->prec = *p == 'Q' ? DL_PREC_QUARTER : DL_PREC_HALF;
			out->n = p[1] - '0';
			f->p += 3;
			return fast_year(f, &out->year);
		case 's':
		case 'a':
			if (FAST_LIT(f, "spring "))
				out->n = 1;
			else if (FAST_LIT(f, "summer "))
				out->n = 2;
			else if (FAST_LIT(f, "autumn "))
				out->n = 3;
			else
				return false;
			out->prec = DL_PREC_SEASON;
			return fast_year(f, &out->year);
		default:
			if ((out->n = fast_month(f)) == 0)
				return false;
			out->prec = DL_PREC_MONTH;
			return fast_year(f, &out->year);
	}
}

bool
deadline_parse_fast(const char *s, size_t len, deadline_t *out)
{
	fast		f = {s, s + len};
	deadline_fields d;
	bool		endish,
				endish_b;

	memset(&d, 0, sizeof(d));
	if (len == 7 && memcmp(s, "ongoing", 7) == 0)
	{
		d.mode = DL_MODE_ONGOING;
		return deadline_encode(&d, out);
	}
	if (len == 19 && memcmp(s, "as soon as possible", 19) == 0)
	{
		d.mode = DL_MODE_ASAP;
		return deadline_encode(&d, out);
	}
	d.mode = DL_MODE_IN;
	if (len > 3 && s[0] == 'b')
	{
		if (FAST_LIT(&f, "by "))
		{
			d.mode = DL_MODE_BY;
			(void) FAST_LIT(&f, "the ");	/* by the end of 2018 */
		}
		else if (FAST_LIT(&f, "before "))
			d.mode = DL_MODE_BEFORE;
	}
	else if (len > 5 && s[0] == 'f' && FAST_LIT(&f, "from "))
		d.mode = DL_MODE_FROM;

	if (!fast_period(&f, &d.a, &endish))
		return false;
	if (f.p < f.end && *f.p == '/')
	{
		f.p++;
		if (!fast_period(&f, &d.b, &endish_b))
			return false;
		d.span = true;
	}
	if (d.mode == DL_MODE_BEFORE && endish)
		d.mode = DL_MODE_BY;	/* as the grammar: "before the end of" = "by end of" */
	if (d.mode == DL_MODE_IN && f.p < f.end && FAST_LIT(&f, " and ongoing"))
		d.continuing = true;
	return f.p == f.end && deadline_encode(&d, out);
}

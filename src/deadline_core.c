/*
 * deadline_core.c: calendar, encoding, formatting and the phrase parser of
 * the deadline type, in English, Dutch, French and German.
 *
 * No PostgreSQL header on purpose (see deadline_core.h).  Input is first cut
 * into tokens (words lower-cased, numbers, punctuation), then read by a
 * small recursive-descent grammar over tokens: word lists per language are
 * data, the grammar is shared, so a phrase mixing "bis" and "Ende" works
 * the same as "by the end of".
 */
#include "deadline_core.h"
#include "hash64.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* ---------- calendar ---------- */

/* Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar. */
int32_t
dl_days_from_civil(int y, int m, int d)
{
	int			era;
	unsigned	yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned) (y - era * 400);
	doy = (unsigned) ((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int32_t) doe - 719468;
}

void
dl_civil_from_days(int32_t z, int *y, int *m, int *d)
{
	int32_t		era;
	unsigned	doe,
				yoe,
				doy,
				mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned) (z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = (int) yoe + era * 400 + (*m <= 2);
}

static int
days_in_month(int y, int m)
{
	static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

/* 1949-01-01 in days since 1970-01-01 (a unit test checks it) */
#define EPOCH_DAYS (-7670)

/* ---------- presidencies ---------- */

static const char presidency_table[][2][3] = {
	{"DE", "PT"}, {"SI", "FR"}, {"CZ", "SE"}, {"ES", "BE"}, {"HU", "PL"},	/* 2007-2011 */
	{"DK", "CY"}, {"IE", "LT"}, {"EL", "IT"}, {"LV", "LU"}, {"NL", "SK"},	/* 2012-2016 */
	{"MT", "EE"}, {"BG", "AT"}, {"RO", "FI"}, {"HR", "DE"}, {"PT", "SI"},	/* 2017-2021 */
	{"FR", "CZ"}, {"SE", "ES"}, {"BE", "HU"}, {"PL", "DK"}, {"CY", "IE"},	/* 2022-2026 */
	{"LT", "EL"}, {"IT", "LV"}, {"LU", "NL"}, {"SK", "MT"},	/* 2027-2030 */
};
#define PRES_FIRST_YEAR 2007
#define PRES_LAST_YEAR 2030

static const char *
presidency_code(int year, int half)
{
	if (year < PRES_FIRST_YEAR || year > PRES_LAST_YEAR || half < 1 || half > 2)
		return NULL;
	return presidency_table[year - PRES_FIRST_YEAR][half - 1];
}

const char *
dl_presidency_on(int32_t days)
{
	int			y,
				m,
				d;

	dl_civil_from_days(days, &y, &m, &d);
	return presidency_code(y, m <= 6 ? 1 : 2);
}

static bool
equal_ci2(const char *a, const char *b)
{
	return strlen(a) == 2 && (a[0] | 0x20) == (b[0] | 0x20) && (a[1] | 0x20) == (b[1] | 0x20);
}

bool
dl_presidency_term(const char *country, int year, int32_t *lower, int32_t *upper)
{
	const char *c = country;

	if (equal_ci2(c, "GR"))
		c = "EL";				/* ISO 3166 writes Greece GR; the EU writes EL */
	for (int half = 1; half <= 2; half++)
	{
		const char *code = presidency_code(year, half);

		if (code && equal_ci2(c, code))
		{
			*lower = dl_days_from_civil(year, half == 1 ? 1 : 7, 1);
			*upper = half == 1 ? dl_days_from_civil(year, 7, 1) : dl_days_from_civil(year + 1, 1, 1);
			return true;
		}
	}
	return false;
}

/* ---------- periods ---------- */

static void
period_bounds(const dl_period *p, int32_t *lo, int32_t *hi)
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
			*hi = *lo + days_in_month(y, p->n);
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
static bool
period_at(int prec, int32_t day, bool starts, dl_period *p)
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
	if (prec == DL_PREC_PRESIDENCY && presidency_code(p->year, p->n) == NULL)
		return false;
	period_bounds(p, &lo, &hi);
	return starts ? lo == day : hi == day;
}

/* ---------- encoding ---------- */

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
	if (f->mode == DL_MODE_ONGOING)
	{
		*out = ((uint64_t) DUE_NONE << DUE_SHIFT) | ((uint64_t) DL_MODE_ONGOING << MODE_SHIFT);
		return true;
	}
	if (f->a.year < DL_MIN_YEAR || f->a.year > DL_MAX_YEAR)
		return false;
	if (f->a.prec == DL_PREC_PRESIDENCY && presidency_code(f->a.year, f->a.n) == NULL)
		return false;
	period_bounds(&f->a, &lo, &hi);
	if (f->span)
	{
		if (f->b.year < DL_MIN_YEAR || f->b.year > DL_MAX_YEAR)
			return false;
		if (f->b.prec == DL_PREC_PRESIDENCY && presidency_code(f->b.year, f->b.n) == NULL)
			return false;
		period_bounds(&f->b, &blo, &bhi);
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
	if (f->mode == DL_MODE_ONGOING)
		return v == (((uint64_t) DUE_NONE << DUE_SHIFT) | ((uint64_t) DL_MODE_ONGOING << MODE_SHIFT));
	if (f->mode < DL_MODE_IN || f->mode > DL_MODE_MAX)
		return false;
	if (prec == DL_PREC_SPAN)
	{
		int			pa = (int) ((v >> SPAN_A_SHIFT) & 0xF);
		int			pb = (int) ((v >> SPAN_B_SHIFT) & 0xF);
		int32_t		len = (int32_t) (v & 0x7FFF);

		if (pa < DL_PREC_DAY || pa > DL_PREC_YEAR || pb < DL_PREC_DAY || pb > DL_PREC_YEAR)
			return false;
		f->span = true;
		if (!period_at(pa, lo, true, &f->a) || !period_at(pb, lo + len, false, &f->b))
			return false;
	}
	else
	{
		if (prec < DL_PREC_DAY || prec > DL_PREC_YEAR)
			return false;
		if (!period_at(prec, lo, true, &f->a))
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

	if ((v >> 63) || mode == DL_MODE_ONGOING || mode < DL_MODE_IN || mode > DL_MODE_MAX)
		return false;
	lo = (int32_t) ((v >> LOWER_SHIFT) & MASK16) + EPOCH_DAYS;
	if (prec == DL_PREC_SPAN)
		hi = lo + (int32_t) (v & 0x7FFF);
	else if ((mode == DL_MODE_IN || mode == DL_MODE_BY) && due != DUE_NONE)
		hi = (int32_t) due + EPOCH_DAYS + 1;
	else if (period_at(prec, lo, true, &per))
		period_bounds(&per, &lo, &hi);
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
	static const char *const names[] = {NULL, "in", "by", "before", "from", "ongoing"};

	return mode >= DL_MODE_IN && mode <= DL_MODE_MAX ? names[mode] : NULL;
}

const char *
deadline_precision_name(int prec)
{
	static const char *const names[] = {
		NULL, "day", "month", "quarter", "season", "third", "half", "presidency", "year", "span"
	};

	return prec >= DL_PREC_DAY && prec <= DL_PREC_MAX ? names[prec] : NULL;
}

uint64_t
deadline_hash64(deadline_t v, uint64_t seed)
{
	return pt_hash64(v, seed);
}

/* ---------- formatting ---------- */

static const char *const month_names[] = {
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
			return (size_t) sprintf(buf, "%d %s %d", p->day, month_names[p->n], p->year);
		case DL_PREC_MONTH:
			return (size_t) sprintf(buf, "%s %d", month_names[p->n], p->year);
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
			return (size_t) sprintf(buf, "%s Presidency %d", presidency_code(p->year, p->n), p->year);
		default:
			return (size_t) sprintf(buf, "%d", p->year);
	}
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
format_period_edtf(const dl_period *p, char *buf)
{
	switch (p->prec)
	{
		case DL_PREC_DAY:
			return (size_t) sprintf(buf, "%04d-%02d-%02d", p->year, p->n, p->day);
		case DL_PREC_MONTH:
			return (size_t) sprintf(buf, "%04d-%02d", p->year, p->n);
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
	if (f.mode == DL_MODE_BEFORE)
	{
		/* open start, ending the day before the period */
		period_bounds(&f.a, &lo, &hi);
		dl_civil_from_days(lo - 1, &y, &m, &d);
		return (size_t) sprintf(buf, "../%04d-%02d-%02d", y, m, d);
	}
	if (f.mode == DL_MODE_BY)
		n = (size_t) sprintf(buf, "../");
	n += format_period_edtf(&f.a, buf + n);
	if (f.span)
	{
		buf[n++] = '/';
		n += format_period_edtf(&f.b, buf + n);
	}
	if (f.mode == DL_MODE_FROM || f.continuing)
		n += (size_t) sprintf(buf + n, "/..");
	buf[n] = '\0';
	return n;
}

/* ---------- tokens ---------- */

enum
{
	TK_WORD, TK_NUM, TK_SLASH, TK_DASH, TK_DOT, TK_DOTDOT, TK_LPAREN, TK_RPAREN,
	TK_COMMA, TK_OTHER
};

#define MAX_TOKENS 40
#define WORD_MAX 40

typedef struct token
{
	int			kind;
	char		w[WORD_MAX];	/* lower-cased word */
	int32_t		num;
	int			ndig;
	bool		glued;			/* no blank before it */
	unsigned	mask;			/* word lists the word starts an entry of */
	unsigned	single;			/* word lists the word is a whole entry of */
	int			value;			/* month, season or ordinal number */
	size_t		start,
				end;			/* byte offsets */
} token;

static size_t
blank_len(const unsigned char *p, const unsigned char *end)
{
	if (p >= end)
		return 0;
	if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f' || *p == '\v')
		return 1;
	if (p[0] == 0xC2 && end - p >= 2 && p[1] == 0xA0)
		return 2;
	if (p[0] == 0xE2 && end - p >= 3 && p[1] == 0x80 && (p[2] == 0xAF || p[2] == 0x87 || p[2] == 0x89))
		return 3;
	return 0;
}

static inline bool
word_byte(const unsigned char *p, const unsigned char *end, size_t *len)
{
	if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '\'')
	{
		*len = 1;
		return true;
	}
	if (*p >= 0x80 && blank_len(p, end) == 0)
	{
		/* en/em dash and typographic quotes are punctuation, not letters */
		if (p[0] == 0xE2 && end - p >= 3 && p[1] == 0x80 &&
			(p[2] == 0x93 || p[2] == 0x94 || p[2] == 0x9C || p[2] == 0x9D))
			return false;
		if (p[0] == 0xE2 && end - p >= 3 && p[1] == 0x80 && p[2] == 0x99)
		{
			*len = 3;			/* ’ reads as ' */
			return true;
		}
		if (*p == 0xC2 && end - p >= 2 && (p[1] == 0xAB || p[1] == 0xBB))
			return false;		/* « » */
		*len = 1;
		return true;
	}
	return false;
}

/*
 * The lexer is incremental: the parser asks for tokens as it needs them, so
 * the extractor, which tries the grammar at every word of a long text, pays
 * for one or two tokens where the phrase fails at once.
 */
typedef struct lexer
{
	const char *s;
	size_t		len;
	size_t		pos;
	bool		glued;
} lexer;

static unsigned word_mask(const char *w, unsigned *single, int *value);

/* The next token, or false at the end of the input. */
static bool
next_token(lexer *lx, token *k, bool first)
{
	const unsigned char *p = (const unsigned char *) lx->s + lx->pos;
	const unsigned char *end = (const unsigned char *) lx->s + lx->len;
	size_t		b,
				wl;

	while ((b = blank_len(p, end)) > 0)
	{
		p += b;
		lx->glued = false;
	}
	if (p >= end)
	{
		lx->pos = lx->len;
		return false;
	}
	/* every field is set below or here: no memset on this hot path */
	k->num = 0;
	k->ndig = 0;
	k->mask = 0;
	k->single = 0;
	k->value = 0;
	k->w[0] = '\0';
	k->start = (size_t) ((const char *) p - lx->s);
	k->glued = lx->glued && !first;
	if (*p >= '0' && *p <= '9')
	{
		k->kind = TK_NUM;
		while (p < end && *p >= '0' && *p <= '9')
		{
			if (k->num < 100000000)
				k->num = k->num * 10 + (*p - '0');
			k->ndig++;
			p++;
		}
	}
	else if (word_byte(p, end, &wl))
	{
		int			o = 0;

		k->kind = TK_WORD;
		while (p < end && word_byte(p, end, &wl))
		{
			if (wl == 3)
			{
				if (o < WORD_MAX - 1)
					k->w[o++] = '\'';
			}
			else if (o < WORD_MAX - 1)
			{
				unsigned char c = *p;

				if (c >= 'A' && c <= 'Z')
					c += 'a' - 'A';
				/* Latin-1 capitals in UTF-8 (C3 80..C3 9E, not ×) */
				else if (o > 0 && (unsigned char) k->w[o - 1] == 0xC3 &&
						 c >= 0x80 && c <= 0x9E && c != 0x97)
					c += 0x20;
				k->w[o++] = (char) c;
			}
			else
				k->w[0] = '#';	/* too long: matches nothing */
			p += wl;
		}
		k->w[o] = '\0';
		k->mask = word_mask(k->w, &k->single, &k->value);
	}
	else
	{
		if (*p == '/')
			k->kind = TK_SLASH;
		else if (*p == '-')
			k->kind = TK_DASH;
		else if (*p == '.' && p + 1 < end && p[1] == '.')
		{
			k->kind = TK_DOTDOT;
			p++;
		}
		else if (*p == '.')
			k->kind = TK_DOT;
		else if (*p == '(')
			k->kind = TK_LPAREN;
		else if (*p == ')')
			k->kind = TK_RPAREN;
		else if (*p == ',')
			k->kind = TK_COMMA;
		else if (p[0] == 0xE2 && end - p >= 3 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94))
		{
			k->kind = TK_DASH;	/* en dash, em dash */
			p += 2;
		}
		else
			k->kind = TK_OTHER;
		p++;
	}
	k->end = (size_t) ((const char *) p - lx->s);
	lx->pos = k->end;
	lx->glued = true;
	return true;
}

/* ---------- grammar ---------- */

/* Word lists by number; each has a bit in a word token's mask. */
enum
{
	L_ARTICLES,
	L_OF_WORDS,
	L_BY_PHRASES,
	L_BEFORE_PHRASES,
	L_FROM_PHRASES,
	L_AFTER_PHRASES,
	L_IN_PHRASES,
	L_EARLY_WORDS,
	L_MID_WORDS,
	L_END_WORDS,
	L_QUARTER_WORDS,
	L_HALF_WORDS,
	L_PRESIDENCY_WORDS,
	L_ONGOING_WORDS,
	L_AND_WORDS,
	L_YEAR_WORDS,
	L_THIS_WORDS,
	L_NEXT_WORDS,
	L_CURRENT_WORDS,
	L_WITHIN_PHRASES,
	N_WORD_LISTS
};


static const char HINT_SHAPES[] =
	"Accepted shapes: '2018', 'May 2018', '25 May 2018', 'early/mid-/end of 2018', "
	"'Q1 2018', 'H2 2018', 'spring 2018', 'BG Presidency 2018', spans such as "
	"'end of 2018/early 2019' or '2018-2020', each optionally after 'by', 'before' "
	"or 'from', or followed by 'and ongoing'; 'ongoing'; EDTF such as '2018-38' or "
	"'../2018-05'; in English, Dutch, French or German.";
static const char HINT_RANGE[] = "Years run from 1950 to 2099.";
static const char HINT_NEEDS_REF[] =
	"This phrase needs a reference date; use deadline_parse(phrase, ref_date).";
static const char HINT_WINTER[] =
	"Write a winter with both years, as in 'winter 2018/2019'.";
static const char HINT_PRESIDENCY[] =
	"That member state does not hold the Council presidency in that year "
	"(see presidency_term()); the calendar covers 2007 to 2030.";
static const char HINT_SPAN[] =
	"A span runs forward: its second period must start and end after its first, "
	"and last at most 89 years.";

typedef struct parser
{
	token	   *t;
	int			n;				/* tokens read so far */
	int			max;			/* room in t */
	lexer		lx;
	bool		at_end;
	int			i;
	int32_t		ref;			/* DL_NO_DAY: none */
	dl_status	err;
	const char *hint;
	bool		full;
} parser;

static int
severity(dl_status st)
{
	return st == DL_ERR_RANGE ? 3 : st == DL_ERR_NEEDS_REF ? 2 : st == DL_ERR_SYNTAX ? 1 : 0;
}

static bool
fail(parser *p, dl_status st, const char *hint)
{
	/* keep the most telling error seen on any path: range > needs-ref > syntax */
	if (severity(st) > severity(p->err))
	{
		p->err = st;
		p->hint = hint;
	}
	return false;
}

static inline token *
tok(parser *p, int k)
{
	while (p->i + k >= p->n && !p->at_end)
	{
		if (p->n >= p->max || !next_token(&p->lx, &p->t[p->n], p->n == 0))
			p->at_end = true;
		else
			p->n++;
	}
	return p->i + k < p->n ? &p->t[p->i + k] : NULL;
}

static inline bool
is_kind(parser *p, int k, int kind)
{
	token	   *t = tok(p, k);

	return t && t->kind == kind;
}

static inline bool
is_word(parser *p, int k, const char *w)
{
	token	   *t = tok(p, k);

	return t && t->kind == TK_WORD && strcmp(t->w, w) == 0;
}

static const char *const *const word_lists[N_WORD_LISTS];
static inline bool token_may_start(parser *p, int k, unsigned bit);

/* Is token k one of the words of list id (single-word entries)? */
static bool
word_in(parser *p, int k, int id)
{
	token	   *t = tok(p, k);

	return t && t->kind == TK_WORD && (t->single & (1u << id)) != 0;
}

/* The same for a list that is no registered word list (always compared). */
static bool
word_among(parser *p, int k, const char *const *list)
{
	for (; *list; list++)
		if (is_word(p, k, *list))
			return true;
	return false;
}

/* A phrase of blank-separated words at the cursor: tokens it spans, or 0. */
static int
phrase_len(parser *p, const char *ph)
{
	int			k = 0;
	char		w[WORD_MAX];
	token	   *t = tok(p, 0);

	/* most phrases fail on their first letter */
	if (!t || t->kind != TK_WORD || t->w[0] != ph[0])
		return 0;
	while (*ph)
	{
		size_t		l = strcspn(ph, " ");

		if (l >= WORD_MAX)
			return 0;
		memcpy(w, ph, l);
		w[l] = '\0';
		if (!is_word(p, k, w))
			return 0;
		k++;
		ph += l;
		while (*ph == ' ')
			ph++;
	}
	return k;
}

static bool
accept_phrases(parser *p, int id)
{
	if (!token_may_start(p, 0, 1u << id))
		return false;
	for (const char *const *list = word_lists[id]; *list; list++)
	{
		int			k = phrase_len(p, *list);

		if (k)
		{
			p->i += k;
			return true;
		}
	}
	return false;
}

static const char *const ARTICLES[] = {
	"the", "het", "de", "la", "le", "l'", "die", "der", "das", "den", "dem", "des", NULL
};
static const char *const OF_WORDS[] = {"of", "van", "de", "du", "des", "d'", "van het", NULL};

static const char *const PRESIDENCY_WORDS[];

/* Articles are noise, except "DE" before "Presidency", which is Germany. */
static void
skip_articles(parser *p)
{
	while (word_in(p, 0, L_ARTICLES) && !(is_word(p, 0, "de") && word_in(p, 1, L_PRESIDENCY_WORDS)))
		p->i++;
}

static void
skip_of(parser *p)
{
	for (;;)
	{
		int			before = p->i;

		accept_phrases(p, L_OF_WORDS);
		skip_articles(p);
		if (p->i == before)
			return;
	}
}

/* Phrases are listed longest first: the first that matches wins. */
static const char *const BY_PHRASES[] = {
	"no later than", "not later than", "at the latest by", "by", "until",
	"uiterlijk in", "uiterlijk op", "uiterlijk", "tegen",
	"d'ici à", "d'ici au", "d'ici le", "d'ici", "au plus tard en", "au plus tard le",
	"au plus tard", "jusqu'en", "jusqu'à",
	"spätestens bis zum", "spätestens bis", "spätestens im", "spätestens am", "spätestens",
	"bis spätestens", "bis zum", "bis", NULL
};
static const char *const BEFORE_PHRASES[] = {
	"prior to", "before", "vóór", "voor", "avant", "vor", NULL
};
static const char *const FROM_PHRASES[] = {
	"as of", "as from", "starting in", "starting", "from", "vanaf", "à partir de",
	"à compter de", "ab", NULL
};
static const char *const AFTER_PHRASES[] = {"after", "na", "après", "nach", NULL};
static const char *const IN_PHRASES[] = {
	"in the course of", "during", "in de loop van", "in", "tijdens", "au cours de",
	"en", "à", "im laufe von", "im laufe des", "im jahr", "im", "während", NULL
};
static const char *const EARLY_WORDS[] = {
	"early", "beginning", "start", "begin", "début", "anfang", "beginn", NULL
};
static const char *const MID_WORDS[] = {"mid", "middle", "medio", "midden", "mi", "mitte", NULL};
static const char *const END_WORDS[] = {"end", "late", "eind", "einde", "fin", "ende", NULL};
static const char *const QUARTER_WORDS[] = {"quarter", "kwartaal", "trimestre", "quartal", NULL};
static const char *const HALF_WORDS[] = {
	"half", "helft", "semestre", "jahreshälfte", "halbjahr", NULL
};
static const char *const PRESIDENCY_WORDS[] = {
	"presidency", "voorzitterschap", "présidence", "präsidentschaft",
	"ratspräsidentschaft", "vorsitz", "ratsvorsitz", NULL
};
static const char *const ONGOING_WORDS[] = {
	"ongoing", "continuous", "continuing", "permanent", "permanente", "doorlopend",
	"lopend", "laufend", "fortlaufend", "ständig", NULL
};
static const char *const AND_WORDS[] = {"and", "en", "et", "und", NULL};
static const char *const YEAR_WORDS[] = {
	"year", "jaar", "année", "l'année", "an", "l'an", "jahr", "jahres", "jaars", NULL
};
static const char *const THIS_WORDS[] = {
	"this", "dit", "deze", "cette", "cet", "dieses", "diesem", "laufenden", "current", NULL
};
static const char *const NEXT_WORDS[] = {
	"next", "volgend", "volgende", "komend", "komende", "prochain", "prochaine",
	"nächste", "nächsten", "nächstes", "kommende", "kommenden", "coming", "incoming", NULL
};
static const char *const CURRENT_WORDS[] = {
	"current", "present", "huidige", "huidig", "actuelle", "actuel", "en exercice",
	"derzeitige", "derzeitigen", "aktuelle", "aktuellen", "amtierende", "amtierenden", NULL
};
static const char *const WITHIN_PHRASES[] = {
	"within", "binnen", "dans les", "dans un délai de", "innerhalb von", "innerhalb", NULL
};

/*
 * Every word list gets a bit; each word token carries the bits of the lists
 * it starts an entry of (looked up once, when the lexer reads it).  A list
 * check is then a bit test, and the exact comparison runs only on a hit:
 * the grammar tries many lists per token, and input must stay cheap.
 */
static const char *const *const word_lists[N_WORD_LISTS] = {
	ARTICLES, OF_WORDS, BY_PHRASES, BEFORE_PHRASES, FROM_PHRASES, AFTER_PHRASES, IN_PHRASES,
	EARLY_WORDS, MID_WORDS, END_WORDS, QUARTER_WORDS, HALF_WORDS, PRESIDENCY_WORDS, ONGOING_WORDS,
	AND_WORDS, YEAR_WORDS, THIS_WORDS, NEXT_WORDS, CURRENT_WORDS, WITHIN_PHRASES
};
#define MASK_MONTH (1u << 24)
#define MASK_SEASON (1u << 25)
#define MASK_ORDINAL (1u << 26)

typedef struct dict_entry
{
	char		word[WORD_MAX];
	unsigned	mask;			/* starts an entry of these lists */
	unsigned	single;			/* is a whole (one-word) entry of these */
	int			value;			/* month 1-12, season 1-4, ordinal 1-4 */
} dict_entry;

static dict_entry dictionary[512];
static int	dictionary_size = 0;

static int
dict_cmp(const void *a, const void *b)
{
	return strcmp(((const dict_entry *) a)->word, ((const dict_entry *) b)->word);
}

static dict_entry *
dict_add(const char *phrase, unsigned bit)
{
	static dict_entry overflow;	/* a full table drops words, never crashes */

	char		w[WORD_MAX];
	size_t		l = strcspn(phrase, " ");

	if (l >= WORD_MAX)
		return &overflow;
	memcpy(w, phrase, l);
	w[l] = '\0';
	for (int i = 0; i < dictionary_size; i++)
		if (strcmp(dictionary[i].word, w) == 0)
		{
			dictionary[i].mask |= bit;
			if (phrase[l] == '\0')
				dictionary[i].single |= bit;
			return &dictionary[i];
		}
	if (dictionary_size < (int) (sizeof(dictionary) / sizeof(dictionary[0])))
	{
		strcpy(dictionary[dictionary_size].word, w);
		dictionary[dictionary_size].mask = bit;
		dictionary[dictionary_size].single = phrase[l] == '\0' ? bit : 0;
		return &dictionary[dictionary_size++];
	}
	return &overflow;
}

typedef struct valued_word
{
	const char *w;
	int			n;
} valued_word;

static const valued_word MONTHS[] = {
	{"january", 1}, {"jan", 1}, {"januari", 1}, {"janvier", 1}, {"januar", 1}, {"jänner", 1},
	{"february", 2}, {"feb", 2}, {"februari", 2}, {"février", 2}, {"fevrier", 2}, {"februar", 2},
	{"march", 3}, {"mar", 3}, {"maart", 3}, {"mars", 3}, {"märz", 3}, {"maerz", 3},
	{"april", 4}, {"apr", 4}, {"avril", 4},
	{"may", 5}, {"mei", 5}, {"mai", 5},
	{"june", 6}, {"jun", 6}, {"juni", 6}, {"juin", 6},
	{"july", 7}, {"jul", 7}, {"juli", 7}, {"juillet", 7},
	{"august", 8}, {"aug", 8}, {"augustus", 8}, {"août", 8}, {"aout", 8},
	{"september", 9}, {"sep", 9}, {"sept", 9}, {"septembre", 9},
	{"october", 10}, {"oct", 10}, {"oktober", 10}, {"octobre", 10}, {"okt", 10},
	{"november", 11}, {"nov", 11}, {"novembre", 11},
	{"december", 12}, {"dec", 12}, {"décembre", 12}, {"decembre", 12}, {"dezember", 12}, {"dez", 12},
};
static const valued_word SEASONS[] = {
	{"spring", 1}, {"voorjaar", 1}, {"lente", 1}, {"printemps", 1}, {"frühjahr", 1}, {"frühling", 1},
	{"summer", 2}, {"zomer", 2}, {"été", 2}, {"sommer", 2},
	{"autumn", 3}, {"fall", 3}, {"najaar", 3}, {"herfst", 3}, {"automne", 3}, {"herbst", 3},
	{"winter", 4}, {"hiver", 4},
};
static const valued_word ORDINALS[] = {
	{"first", 1}, {"eerste", 1}, {"premier", 1}, {"première", 1}, {"erstes", 1}, {"erste", 1},
	{"ersten", 1}, {"erster", 1},
	{"second", 2}, {"tweede", 2}, {"deuxième", 2}, {"seconde", 2}, {"zweites", 2}, {"zweite", 2},
	{"zweiten", 2}, {"zweiter", 2},
	{"third", 3}, {"derde", 3}, {"troisième", 3}, {"drittes", 3}, {"dritte", 3}, {"dritten", 3},
	{"dritter", 3},
	{"fourth", 4}, {"vierde", 4}, {"quatrième", 4}, {"viertes", 4}, {"vierte", 4}, {"vierten", 4},
	{"vierter", 4},
};

static void
build_dictionary(void)
{
	for (size_t l = 0; l < N_WORD_LISTS; l++)
		for (const char *const *e = word_lists[l]; *e; e++)
			dict_add(*e, 1u << l);
	for (size_t i = 0; i < sizeof(MONTHS) / sizeof(MONTHS[0]); i++)
		dict_add(MONTHS[i].w, MASK_MONTH)->value = MONTHS[i].n;
	for (size_t i = 0; i < sizeof(SEASONS) / sizeof(SEASONS[0]); i++)
		dict_add(SEASONS[i].w, MASK_SEASON)->value = SEASONS[i].n;
	for (size_t i = 0; i < sizeof(ORDINALS) / sizeof(ORDINALS[0]); i++)
		dict_add(ORDINALS[i].w, MASK_ORDINAL)->value = ORDINALS[i].n;
	qsort(dictionary, (size_t) dictionary_size, sizeof(dictionary[0]), dict_cmp);
}

/* Open addressing over the sorted dictionary: one hash, usually one strcmp. */
#define DICT_SLOTS 1024
static short dict_slot[DICT_SLOTS];		/* index + 1, 0 = empty */

static uint32_t
word_hash(const char *w)
{
	uint32_t	h = 2166136261u;

	for (; *w; w++)
		h = (h ^ (unsigned char) *w) * 16777619u;
	return h;
}

static unsigned
word_mask(const char *w, unsigned *single, int *value)
{
	uint32_t	h;

	/* built on first use: the lists are constants, the server single-threaded */
	if (dictionary_size == 0)
	{
		build_dictionary();
		for (int i = 0; i < dictionary_size; i++)
		{
			h = word_hash(dictionary[i].word) % DICT_SLOTS;
			while (dict_slot[h])
				h = (h + 1) % DICT_SLOTS;
			dict_slot[h] = (short) (i + 1);
		}
	}
	for (h = word_hash(w) % DICT_SLOTS; dict_slot[h]; h = (h + 1) % DICT_SLOTS)
		if (strcmp(dictionary[dict_slot[h] - 1].word, w) == 0)
		{
			*single = dictionary[dict_slot[h] - 1].single;
			*value = dictionary[dict_slot[h] - 1].value;
			return dictionary[dict_slot[h] - 1].mask;
		}
	*single = 0;
	*value = 0;
	return 0;
}


static inline bool
token_may_start(parser *p, int k, unsigned bit)
{
	token	   *t = tok(p, k);

	return t && t->kind == TK_WORD && (t->mask & bit) != 0;
}



/* "first", "1st", "1e", "1er", "1." , "eerste", "premier", "erstes", ... */
static bool
ordinal(parser *p, int *n)
{
	static const char *const suffixes[] = {
		"st", "nd", "rd", "th", "e", "er", "re", "ème", "eme", "de", NULL
	};
	token	   *t = tok(p, 0);

	if (!t)
		return false;
	if (t->kind == TK_WORD)
	{
		if (!(t->mask & MASK_ORDINAL))
			return false;
		*n = t->value;
		p->i++;
		return true;
	}
	if (t->kind == TK_NUM && t->ndig == 1 && t->num >= 1 && t->num <= 4)
	{
		token	   *s = tok(p, 1);

		if (s && s->glued && ((s->kind == TK_WORD && word_among(p, 1, suffixes)) || s->kind == TK_DOT))
		{
			*n = t->num;
			p->i += 2;
			return true;
		}
	}
	return false;
}

/* A four-digit year, optionally in parentheses. */
static bool
year_at(parser *p, int *year)
{
	int			k = 0;
	token	   *t;

	if (is_kind(p, 0, TK_LPAREN))
		k = 1;
	t = tok(p, k);
	if (!t || t->kind != TK_NUM || t->ndig != 4)
		return false;
	if (k && !is_kind(p, k + 1, TK_RPAREN))
		return false;
	if (t->num < DL_MIN_YEAR || t->num > DL_MAX_YEAR)
		return fail(p, DL_ERR_RANGE, HINT_RANGE);
	*year = t->num;
	p->i += k ? 3 : 1;
	return true;
}

static void
ref_civil(parser *p, int *y, int *m, int *d)
{
	dl_civil_from_days(p->ref, y, m, d);
}

/* Country adjectives and codes, for presidency phrases in four languages. */
static const char *
country_of(parser *p, int k)
{
	static const struct
	{
		const char *code;
		const char *stems[5];
	}			countries[] = {
		{"DE", {"german", "duits", "allemand", "deutsch", NULL}},
		{"PT", {"portug", NULL}},
		{"SI", {"slovenian", "slovee", "slovèn", "slowen", NULL}},
		{"FR", {"french", "frans", "français", "franz", NULL}},
		{"CZ", {"czech", "tsjech", "tchèqu", "tschech", NULL}},
		{"SE", {"swed", "zweeds", "suédo", "schwed", NULL}},
		{"ES", {"spanish", "spaans", "espagnol", "spanisch", NULL}},
		{"BE", {"belg", NULL}},
		{"HU", {"hungar", "hongaa", "hongro", "ungar", NULL}},
		{"PL", {"polish", "pools", "polonais", "polnisch", NULL}},
		{"DK", {"danish", "deens", "danois", "dänisch", NULL}},
		{"CY", {"cypr", "chypr", "zypr", NULL}},
		{"IE", {"irish", "iers", "irlandais", "irisch", NULL}},
		{"LT", {"lithuan", "litouw", "lituan", "litau", NULL}},
		{"EL", {"greek", "griek", "grec", "griech", NULL}},
		{"IT", {"ital", NULL}},
		{"LV", {"latvian", "lets", "letton", "lettisch", NULL}},
		{"LU", {"luxemb", NULL}},
		{"NL", {"dutch", "nederlands", "néerlandais", "niederländ", NULL}},
		{"SK", {"slovak", "slowaa", "slovaqu", "slowak", NULL}},
		{"MT", {"malt", NULL}},
		{"EE", {"eston", "ests", "estnisch", NULL}},
		{"BG", {"bulga", NULL}},
		{"AT", {"austrian", "oostenrijk", "autrichien", "österreich", NULL}},
		{"RO", {"romanian", "roemeens", "roumain", "rumän", NULL}},
		{"FI", {"finnish", "fins", "finlandais", "finnisch", NULL}},
		{"HR", {"croat", "kroat", NULL}},
	};
	token	   *t = tok(p, k);

	if (!t || t->kind != TK_WORD)
		return NULL;
	for (size_t c = 0; c < sizeof(countries) / sizeof(countries[0]); c++)
	{
		if (strlen(t->w) == 2 && equal_ci2(t->w, countries[c].code))
			return countries[c].code;
		for (int s = 0; countries[c].stems[s]; s++)
			if (strncmp(t->w, countries[c].stems[s], strlen(countries[c].stems[s])) == 0)
				return countries[c].code;
	}
	if (strlen(t->w) == 2 && equal_ci2(t->w, "gr"))
		return "EL";
	return NULL;
}

/* The term of country in year, or the one holding or following ref. */
static bool
presidency_period(parser *p, const char *code, bool has_year, int year, dl_period *out)
{
	int			y,
				m,
				d;

	memset(out, 0, sizeof(*out));
	out->prec = DL_PREC_PRESIDENCY;
	if (has_year)
	{
		for (int h = 1; h <= 2; h++)
			if (presidency_code(year, h) && strcmp(presidency_code(year, h), code) == 0)
			{
				out->year = year;
				out->n = h;
				return true;
			}
		return fail(p, DL_ERR_SYNTAX, HINT_PRESIDENCY);
	}
	if (p->ref == DL_NO_DAY)
		return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
	ref_civil(p, &y, &m, &d);
	for (int term = (y * 2 + (m > 6)); term < (y * 2 + (m > 6)) + 60; term++)
	{
		const char *c = presidency_code(term / 2, term % 2 + 1);

		if (c && strcmp(c, code) == 0)
		{
			out->year = term / 2;
			out->n = term % 2 + 1;
			return true;
		}
	}
	return fail(p, DL_ERR_SYNTAX, HINT_PRESIDENCY);
}

/* "BG Presidency 2018", "the Bulgarian Presidency (2018)", "la présidence bulgare 2018". */
static bool
presidency(parser *p, dl_period *out)
{
	int			save = p->i;
	const char *code = NULL;
	int			year = 0;
	bool		has_year;

	skip_articles(p);
	if (word_in(p, 0, L_CURRENT_WORDS) && word_in(p, 1, L_PRESIDENCY_WORDS))
	{
		int			y,
					m,
					d;

		p->i += 2;
		if (p->ref == DL_NO_DAY)
			return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
		ref_civil(p, &y, &m, &d);
		return presidency_period(p, dl_presidency_on(p->ref) ? dl_presidency_on(p->ref) : "",
								 true, y, out);
	}
	if (word_in(p, 0, L_NEXT_WORDS) && word_in(p, 1, L_PRESIDENCY_WORDS))
	{
		int			y,
					m,
					d;
		const char *c;

		p->i += 2;
		if (p->ref == DL_NO_DAY)
			return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
		ref_civil(p, &y, &m, &d);
		if (m > 6)
			y++;
		c = presidency_code(y, m > 6 ? 1 : 2);
		return presidency_period(p, c ? c : "", true, y, out);
	}
	if (word_in(p, 1, L_PRESIDENCY_WORDS) && (code = country_of(p, 0)) != NULL)
		p->i += 2;
	else if (word_in(p, 0, L_PRESIDENCY_WORDS) && (code = country_of(p, 1)) != NULL)
	{
		p->i += 2;
		if (word_in(p, 0, L_CURRENT_WORDS))
			p->i++;
	}
	else
	{
		p->i = save;
		return false;
	}
	has_year = year_at(p, &year);
	if (!has_year && p->err == DL_ERR_RANGE)
		return false;
	return presidency_period(p, code, has_year, year, out);
}

static bool
month_period(parser *p, int month, dl_period *out)
{
	int			year,
				y,
				m,
				d;

	memset(out, 0, sizeof(*out));
	out->prec = DL_PREC_MONTH;
	out->n = month;
	if (year_at(p, &year))
	{
		out->year = year;
		return true;
	}
	if (p->err == DL_ERR_RANGE)
		return false;
	/* a month without a year: its next occurrence on or after ref */
	if (p->ref == DL_NO_DAY)
		return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
	ref_civil(p, &y, &m, &d);
	out->year = month >= m ? y : y + 1;
	return true;
}

/* "the year", "this year", "het jaar", "l'année", "des Jahres": ref's year. */
static bool
this_year(parser *p, int *year)
{
	int			save = p->i,
				y,
				m,
				d;

	skip_articles(p);
	while (word_in(p, 0, L_THIS_WORDS))
		p->i++;
	if (!word_in(p, 0, L_YEAR_WORDS))
	{
		p->i = save;
		return false;
	}
	p->i++;
	if (p->ref == DL_NO_DAY)
		return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
	ref_civil(p, &y, &m, &d);
	*year = y;
	return true;
}

/*
 * EDTF date: YYYY, YYYY-MM (01-12 months, 21-24 seasons, 33-36 quarters,
 * 37-39 thirds, 40-41 halves), YYYY-MM-DD.  Also ISO dates in plain input.
 */
static bool
edtf_date(parser *p, dl_period *out)
{
	token	   *y = tok(p, 0),
			   *mm,
			   *dd;
	int			sub;

	if (!y || y->kind != TK_NUM || y->ndig != 4 || !is_kind(p, 1, TK_DASH))
		return false;
	mm = tok(p, 2);
	if (!mm || mm->kind != TK_NUM || mm->ndig != 2 || !mm->glued || !tok(p, 1)->glued)
		return false;
	if (y->num < DL_MIN_YEAR || y->num > DL_MAX_YEAR)
		return fail(p, DL_ERR_RANGE, HINT_RANGE);
	memset(out, 0, sizeof(*out));
	out->year = y->num;
	sub = mm->num;
	if (is_kind(p, 3, TK_DASH) && (dd = tok(p, 4)) != NULL && dd->kind == TK_NUM &&
		dd->ndig == 2 && dd->glued && tok(p, 3)->glued)
	{
		if (sub < 1 || sub > 12 || dd->num < 1 || dd->num > days_in_month(y->num, sub))
			return fail(p, DL_ERR_SYNTAX, HINT_SHAPES);
		out->prec = DL_PREC_DAY;
		out->n = sub;
		out->day = dd->num;
		p->i += 5;
		return true;
	}
	if (sub >= 1 && sub <= 12)
		out->prec = DL_PREC_MONTH, out->n = sub;
	else if (sub >= 21 && sub <= 24)
		out->prec = DL_PREC_SEASON, out->n = sub - 20;
	else if (sub >= 33 && sub <= 36)
		out->prec = DL_PREC_QUARTER, out->n = sub - 32;
	else if (sub >= 37 && sub <= 39)
		out->prec = DL_PREC_THIRD, out->n = sub - 36;
	else if (sub >= 40 && sub <= 41)
		out->prec = DL_PREC_HALF, out->n = sub - 39;
	else
		return fail(p, DL_ERR_SYNTAX, HINT_SHAPES);
	p->i += 3;
	return true;
}

/*
 * One period.  *endish is set when it was written as "the end of ..."
 * ("before the end of 2017" means "by end of 2017", spec section 2).
 */
static bool
period(parser *p, dl_period *out, bool *endish)
{
	int			save,
				year,
				n,
				m;
	token	   *t;

	*endish = false;
	skip_articles(p);
	save = p->i;
	memset(out, 0, sizeof(*out));

	if (edtf_date(p, out))
		return true;
	if (p->err == DL_ERR_RANGE)
		return false;

	/* early / mid / end: of a year, a month, a presidency, "the year" */
	if (word_in(p, 0, L_EARLY_WORDS) || word_in(p, 0, L_MID_WORDS) || word_in(p, 0, L_END_WORDS))
	{
		int			third = word_in(p, 0, L_EARLY_WORDS) ? 1 : word_in(p, 0, L_MID_WORDS) ? 2 : 3;

		p->i++;
		if (is_kind(p, 0, TK_DASH) && third == 2)
			p->i++;
		skip_of(p);
		if (year_at(p, &year) || this_year(p, &year))
		{
			out->prec = DL_PREC_THIRD;
			out->year = year;
			out->n = third;
			*endish = third == 3;
			return true;
		}
		if (p->err == DL_ERR_RANGE || p->err == DL_ERR_NEEDS_REF)
			return false;
		if ((t = tok(p, 0)) != NULL && t->kind == TK_WORD && (t->mask & MASK_MONTH) && (m = t->value) != 0)
		{
			p->i++;
			*endish = third == 3;
			return month_period(p, m, out);
		}
		if (presidency(p, out))
		{
			*endish = third == 3;
			return true;
		}
		p->i = save;
		return fail(p, DL_ERR_SYNTAX, HINT_SHAPES);
	}

	/* Q1 2018, H2 2018 */
	if ((t = tok(p, 0)) != NULL && t->kind == TK_WORD && t->w[1] == '\0' &&
		strchr("qhts", t->w[0]) != NULL && is_kind(p, 1, TK_NUM) && tok(p, 1)->glued)
	{
		bool		quarter = is_word(p, 0, "q") || is_word(p, 0, "t");

		n = tok(p, 1)->num;
		if (n >= 1 && n <= (quarter ? 4 : 2))
		{
			p->i += 2;
			if (year_at(p, &year))
			{
				out->prec = quarter ? DL_PREC_QUARTER : DL_PREC_HALF;
				out->year = year;
				out->n = n;
				return true;
			}
			if (p->err == DL_ERR_RANGE)
				return false;
			p->i = save;
		}
	}

	/* first quarter of 2018, tweede helft van 2018, premier trimestre 2018 */
	if (ordinal(p, &n))
	{
		bool		quarter = word_in(p, 0, L_QUARTER_WORDS);

		if ((quarter || word_in(p, 0, L_HALF_WORDS)) && n <= (quarter ? 4 : 2))
		{
			p->i++;
			skip_of(p);
			if (year_at(p, &year) || this_year(p, &year))
			{
				out->prec = quarter ? DL_PREC_QUARTER : DL_PREC_HALF;
				out->year = year;
				out->n = n;
				return true;
			}
			if (p->err == DL_ERR_RANGE || p->err == DL_ERR_NEEDS_REF)
				return false;
		}
		p->i = save;			/* "1er mai 2018": a day, read below */
	}

	/* seasons: spring 2018, winter 2018/2019 */
	if ((t = tok(p, 0)) != NULL && t->kind == TK_WORD && (t->mask & MASK_SEASON) && (n = t->value) != 0)
	{
		p->i++;
		if (!year_at(p, &year))
		{
			p->i = save;
			return false;
		}
		out->prec = DL_PREC_SEASON;
		out->year = year;
		out->n = n;
		if (n != 4)
			return true;		/* "spring 2018/2019" is a span, read by the caller */
		if (is_kind(p, 0, TK_SLASH) && is_kind(p, 1, TK_NUM) &&
			((tok(p, 1)->ndig == 4 && tok(p, 1)->num == year + 1) ||
			 (tok(p, 1)->ndig == 2 && tok(p, 1)->num == (year + 1) % 100)))
		{
			p->i += 2;
			return true;
		}
		return fail(p, DL_ERR_SYNTAX, HINT_WINTER);
	}

	/* 25 May 2018, 25. Mai 2018, 1er mai 2018 */
	if ((t = tok(p, 0)) != NULL && t->kind == TK_NUM && t->ndig <= 2 && t->num >= 1 && t->num <= 31)
	{
		int			k = 1;

		if (is_kind(p, 1, TK_DOT) ||
			(is_kind(p, 1, TK_WORD) && tok(p, 1)->glued &&
			 (is_word(p, 1, "er") || is_word(p, 1, "st") || is_word(p, 1, "nd") ||
			  is_word(p, 1, "rd") || is_word(p, 1, "th"))))
			k = 2;
		if (tok(p, k) && tok(p, k)->kind == TK_WORD && (tok(p, k)->mask & MASK_MONTH) && (m = tok(p, k)->value) != 0)
		{
			int			day = t->num;

			p->i += k + 1;
			if (!month_period(p, m, out))
				return false;
			if (day > days_in_month(out->year, m))
				return fail(p, DL_ERR_SYNTAX, HINT_SHAPES);
			out->prec = DL_PREC_DAY;
			out->day = day;
			return true;
		}
	}

	/* May 2018, May 25, 2018 */
	if ((t = tok(p, 0)) != NULL && t->kind == TK_WORD && (t->mask & MASK_MONTH) && (m = t->value) != 0)
	{
		token	   *d = tok(p, 1);

		if (d && d->kind == TK_NUM && d->ndig <= 2 && d->num >= 1 && d->num <= days_in_month(2000, m))
		{
			int			k = is_kind(p, 2, TK_COMMA) ? 3 : 2;
			int			day = d->num;

			p->i += k;
			if (year_at(p, &year) && day <= days_in_month(year, m))
			{
				out->prec = DL_PREC_DAY;
				out->year = year;
				out->n = m;
				out->day = day;
				return true;
			}
			p->i = save + 1;
		}
		else
			p->i++;
		return month_period(p, m, out);
	}

	if (presidency(p, out))
		return true;
	if (p->err == DL_ERR_RANGE || p->err == DL_ERR_NEEDS_REF)
		return false;
	p->i = save;

	if (year_at(p, &year))
	{
		out->prec = DL_PREC_YEAR;
		out->year = year;
		return true;
	}
	return false;
}

/* The period that follows p, at the same precision ("after 2020" = from 2021). */
static void
next_period(dl_period *p)
{
	int32_t		lo,
				hi;

	if (p->prec == DL_PREC_PRESIDENCY)
	{
		p->n = p->n == 1 ? 2 : 1;
		if (p->n == 1)
			p->year++;
		return;
	}
	period_bounds(p, &lo, &hi);
	/* past 2099 period_at fails, leaving a year that encoding rejects */
	(void) period_at(p->prec, hi, true, p);
}

static int
number_word(parser *p)
{
	static const char *const words[][13] = {
		{NULL, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"},
		{NULL, "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"},
		{NULL, "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze"},
		{NULL, "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"},
	};
	token	   *t = tok(p, 0);

	if (!t)
		return 0;
	if (t->kind == TK_NUM && t->ndig <= 3)
	{
		p->i++;
		return t->num;
	}
	if (t->kind != TK_WORD)
		return 0;
	if (strcmp(t->w, "eine") == 0 || strcmp(t->w, "einem") == 0 || strcmp(t->w, "one") == 0 ||
		strcmp(t->w, "a") == 0 || strcmp(t->w, "une") == 0 || strcmp(t->w, "einer") == 0)
	{
		p->i++;
		return 1;
	}
	for (int l = 0; l < 4; l++)
		for (int n = 1; n <= 12; n++)
			if (strcmp(t->w, words[l][n]) == 0)
			{
				p->i++;
				return n;
			}
	return 0;
}

/* "within six months": by the day six months after ref. */
static bool
within(parser *p, deadline_fields *f)
{
	int			save = p->i,
				n,
				y,
				m,
				d;
	int32_t		day;
	token	   *u;

	if (!accept_phrases(p, L_WITHIN_PHRASES))
		return false;
	skip_articles(p);
	if ((n = number_word(p)) <= 0 || (u = tok(p, 0)) == NULL || u->kind != TK_WORD)
	{
		p->i = save;
		return false;
	}
	if (p->ref == DL_NO_DAY)
	{
		p->i++;
		return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
	}
	ref_civil(p, &y, &m, &d);
	if (strncmp(u->w, "day", 3) == 0 || strncmp(u->w, "dag", 3) == 0 ||
		strncmp(u->w, "jour", 4) == 0 || strncmp(u->w, "tag", 3) == 0)
		day = p->ref + n;
	else if (strncmp(u->w, "week", 4) == 0 || strncmp(u->w, "semaine", 7) == 0 ||
			 strncmp(u->w, "woche", 5) == 0)
		day = p->ref + 7 * n;
	else if (strncmp(u->w, "month", 5) == 0 || strncmp(u->w, "maand", 5) == 0 ||
			 strcmp(u->w, "mois") == 0 || strncmp(u->w, "monat", 5) == 0)
	{
		m += n;
		y += (m - 1) / 12;
		m = (m - 1) % 12 + 1;
		if (d > days_in_month(y, m))
			d = days_in_month(y, m);
		day = dl_days_from_civil(y, m, d);
	}
	else if (strncmp(u->w, "year", 4) == 0 || strncmp(u->w, "jaar", 4) == 0 ||
			 strcmp(u->w, "jaren") == 0 || strncmp(u->w, "an", 2) == 0 ||
			 strncmp(u->w, "jahr", 4) == 0)
	{
		y += n;
		if (m == 2 && d == 29 && days_in_month(y, 2) == 28)
			d = 28;
		day = dl_days_from_civil(y, m, d);
	}
	else
	{
		p->i = save;
		return false;
	}
	p->i++;
	dl_civil_from_days(day, &y, &m, &d);
	if (y < DL_MIN_YEAR || y > DL_MAX_YEAR)
		return fail(p, DL_ERR_RANGE, HINT_RANGE);
	memset(f, 0, sizeof(*f));
	f->mode = DL_MODE_BY;
	f->a.prec = DL_PREC_DAY;
	f->a.year = y;
	f->a.n = m;
	f->a.day = d;
	return true;
}

/* "next year", "next spring", "l'année prochaine": the first one after ref's. */
static bool
next_phrase(parser *p, dl_period *out)
{
	int			save = p->i,
				s = 0,
				y,
				m,
				d;
	bool		after = false;
	token	   *t;

	skip_articles(p);
	if (word_in(p, 0, L_NEXT_WORDS))
		p->i++;
	else
	{
		/* French and German put it after: "l'année prochaine", "printemps prochain" */
		after = true;
	}
	t = tok(p, 0);
	if (!t || t->kind != TK_WORD || (!word_in(p, 0, L_YEAR_WORDS) &&
									 ((t->mask & MASK_SEASON) == 0 || (s = t->value) == 0) &&
									 strcmp(t->w, "l'année") != 0))
	{
		p->i = save;
		return false;
	}
	p->i++;
	if (after)
	{
		if (!word_in(p, 0, L_NEXT_WORDS) && !is_word(p, 0, "prochain"))
		{
			p->i = save;
			return false;
		}
		p->i++;
	}
	if (p->ref == DL_NO_DAY)
		return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
	ref_civil(p, &y, &m, &d);
	memset(out, 0, sizeof(*out));
	if (s == 0)
	{
		out->prec = DL_PREC_YEAR;
		out->year = y + 1;
	}
	else
	{
		/* the first such season that starts after ref */
		int32_t		lo,
					hi;

		out->prec = DL_PREC_SEASON;
		out->n = s;
		out->year = y - 1;
		do
		{
			out->year++;
			period_bounds(out, &lo, &hi);
		} while (lo <= p->ref);
	}
	if (out->year > DL_MAX_YEAR)
		return fail(p, DL_ERR_RANGE, HINT_RANGE);
	return true;
}

/* EDTF intervals: ../X, X/.., ../.., X/Y (X and Y EDTF dates). */
static bool
edtf_interval(parser *p, deadline_fields *f)
{
	int			save = p->i;

	memset(f, 0, sizeof(*f));
	if (is_kind(p, 0, TK_DOTDOT) && is_kind(p, 1, TK_SLASH))
	{
		p->i += 2;
		if (is_kind(p, 0, TK_DOTDOT))
		{
			p->i++;
			f->mode = DL_MODE_ONGOING;
			return true;
		}
		if (edtf_date(p, &f->a) || year_at(p, &f->a.year))
		{
			if (f->a.prec == 0)
				f->a.prec = DL_PREC_YEAR;
			f->mode = DL_MODE_BY;
			return true;
		}
		p->i = save;
		return false;
	}
	if ((edtf_date(p, &f->a) || year_at(p, &f->a.year)) && is_kind(p, 0, TK_SLASH))
	{
		if (f->a.prec == 0)
			f->a.prec = DL_PREC_YEAR;
		if (is_kind(p, 1, TK_DOTDOT))
		{
			p->i += 2;
			f->mode = DL_MODE_FROM;
			return true;
		}
		p->i++;
		if (edtf_date(p, &f->b))
		{
			f->mode = DL_MODE_IN;
			f->span = true;
			return true;
		}
	}
	p->i = save;
	return false;
}

/*
 * A whole deadline: [mode marker] period [/ period | - year] [and ongoing],
 * or "ongoing", or EDTF.  In prefix mode (extraction) it stops where the
 * phrase stops and reports whether it began with a marker.
 */
static bool
deadline_phrase(parser *p, deadline_fields *f, bool *marked)
{
	bool		endish = false,
				endish_b = false,
				after = false;
	int			save;

	memset(f, 0, sizeof(*f));
	*marked = false;

	/*
	 * In running text "ongoing" and "permanent" are ordinary adjectives
	 * ("a permanent mandate"): only a whole phrase (a table cell) says it.
	 */
	if (p->full && (word_in(p, 0, L_ONGOING_WORDS) || phrase_len(p, "en cours") ||
					phrase_len(p, "in uitvoering")))
	{
		p->i += phrase_len(p, "en cours") ? 2 : phrase_len(p, "in uitvoering") ? 2 : 1;
		f->mode = DL_MODE_ONGOING;
		*marked = true;
		return true;
	}
	save = p->i;
	if (edtf_interval(p, f))
	{
		*marked = f->mode != DL_MODE_IN;
		return true;
	}
	p->i = save;

	f->mode = DL_MODE_IN;
	if (accept_phrases(p, L_BY_PHRASES))
		f->mode = DL_MODE_BY;
	else if (accept_phrases(p, L_BEFORE_PHRASES))
		f->mode = DL_MODE_BEFORE;
	else if (accept_phrases(p, L_FROM_PHRASES))
		f->mode = DL_MODE_FROM;
	else if (accept_phrases(p, L_AFTER_PHRASES))
	{
		f->mode = DL_MODE_FROM;
		after = true;
	}
	else
		accept_phrases(p, L_IN_PHRASES);
	*marked = p->i > save;

	if (p->i == save && within(p, f))
	{
		*marked = true;
		return true;
	}
	if (p->err == DL_ERR_NEEDS_REF || p->err == DL_ERR_RANGE)
		return false;

	{
		int			before_next = p->i;

		if (!next_phrase(p, &f->a))
		{
			if (p->err == DL_ERR_NEEDS_REF || p->err == DL_ERR_RANGE)
				return false;
			p->i = before_next;
			if (!period(p, &f->a, &endish))
				return fail(p, DL_ERR_SYNTAX, HINT_SHAPES);
		}
	}

	/* early/mid/end, quarters, halves and seasons mark a deadline by themselves */
	if (!*marked && f->a.prec != DL_PREC_YEAR && f->a.prec != DL_PREC_DAY &&
		f->a.prec != DL_PREC_MONTH)
		*marked = true;

	/* span: P1/P2, P1 / P2, 2018-2020 */
	save = p->i;
	if (is_kind(p, 0, TK_SLASH) || (f->a.prec == DL_PREC_YEAR && is_kind(p, 0, TK_DASH)))
	{
		p->i++;
		if (period(p, &f->b, &endish_b))
			f->span = true;	/* "2015-2020" in a title is no deadline: not marked */
		else
		{
			if (p->err == DL_ERR_RANGE || p->full)
				return false;
			p->i = save;
		}
	}

	if (f->mode == DL_MODE_BEFORE && endish)
		f->mode = DL_MODE_BY;	/* "before the end of 2017" = "by end of 2017" */
	if (after)
	{
		if (f->span)
			return fail(p, DL_ERR_SYNTAX, HINT_SHAPES);
		next_period(&f->a);
	}

	/* "2018 and ongoing", "2018 en doorlopend", "2018 et en cours" */
	save = p->i;
	if (f->mode == DL_MODE_IN && word_in(p, 0, L_AND_WORDS))
	{
		p->i++;
		if (word_in(p, 0, L_ONGOING_WORDS))
		{
			p->i++;
			f->continuing = true;
			*marked = true;
		}
		else if (phrase_len(p, "en cours"))
		{
			p->i += 2;
			f->continuing = true;
			*marked = true;
		}
		else
			p->i = save;
	}
	return true;
}

static dl_status
parse_tokens(parser *p, deadline_t *out, bool *marked)
{
	deadline_fields f;
	bool		m;

	if (!deadline_phrase(p, &f, &m))
		return p->err ? p->err : DL_ERR_SYNTAX;
	if (marked)
		*marked = m;
	if (!deadline_encode(&f, out))
	{
		if (f.span)
		{
			p->hint = HINT_SPAN;
			return DL_ERR_SYNTAX;
		}
		p->hint = HINT_RANGE;
		return DL_ERR_RANGE;
	}
	return DL_OK;
}

/*
 * Can a marked phrase start here?  The extractor asks at every word of a
 * text; only a marker, a word that marks a period by itself (early, Q1,
 * spring, first, ...), an article, a presidency, or "within"/"next"/
 * "current" can start one.  Months, years and days alone are not marked.
 */
static bool
may_start_marked(parser *p)
{
	const unsigned starters = (1u << L_ARTICLES) | (1u << L_BY_PHRASES) | (1u << L_BEFORE_PHRASES) |
		(1u << L_FROM_PHRASES) | (1u << L_AFTER_PHRASES) | (1u << L_IN_PHRASES) |
		(1u << L_EARLY_WORDS) | (1u << L_MID_WORDS) | (1u << L_END_WORDS) |
		(1u << L_PRESIDENCY_WORDS) | (1u << L_NEXT_WORDS) | (1u << L_CURRENT_WORDS) |
		(1u << L_WITHIN_PHRASES) | MASK_SEASON | MASK_ORDINAL;
	token	   *t = tok(p, 0);

	if (!t || t->kind != TK_WORD)
		return false;
	if (t->mask & starters)
		return true;
	/* Q1 2018, H2 2018 */
	if (t->w[1] == '\0' && strchr("qhts", t->w[0]) != NULL && is_kind(p, 1, TK_NUM))
		return true;
	/*
	 * "BG Presidency 2018", "Bulgarian Presidency 2018": names are
	 * capitalised (other languages put an article first, handled above), so
	 * the second word is read only after a capital.
	 */
	return p->lx.s[t->start] >= 'A' && p->lx.s[t->start] <= 'Z' &&
		word_in(p, 1, L_PRESIDENCY_WORDS);
}

static void
parser_init(parser *p, token *t, int max, const char *s, size_t len, int32_t ref, bool full)
{
	memset(p, 0, sizeof(*p));
	p->t = t;
	p->max = max;
	p->lx.s = s;
	p->lx.len = len;
	p->ref = ref;
	p->full = full;
}

/* ---------- the fast path ---------- */

/*
 * The type input reads mostly what the type writes, and analysts' tables
 * hold a handful of English shapes: "2018", "May 2018", "25 June 2018",
 * "early 2018", "mid-2018", "end of 2018", "Q3 2018", "H1 2018",
 * "spring 2018", each optionally after "by ", "before " or "from ", spans
 * "P/P", "by the end of 2018", "2018 and ongoing", "ongoing".  Spelled
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
		const char *name = month_names[m];
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
				n > days_in_month(out->year, out->n))
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

dl_status
deadline_parse_text(const char *s, size_t len, int32_t ref, deadline_t *out,
					const char **hint)
{
	if (deadline_parse_fast(s, len, out))
	{
		if (hint)
			*hint = NULL;
		return DL_OK;
	}
	return deadline_parse_text_full(s, len, ref, out, hint);
}

dl_status
deadline_parse_text_full(const char *s, size_t len, int32_t ref, deadline_t *out,
						 const char **hint)
{
	token		t[MAX_TOKENS + 1];
	parser		p;
	dl_status	st;

	parser_init(&p, t, MAX_TOKENS + 1, s, len, ref, true);
	p.hint = HINT_SHAPES;
	(void) tok(&p, MAX_TOKENS);	/* a whole phrase: read it all */
	if (p.n == 0 || p.n > MAX_TOKENS)
		st = DL_ERR_SYNTAX;
	else
	{
		st = parse_tokens(&p, out, NULL);
		if (st == DL_OK && p.i != p.n)
		{
			st = DL_ERR_SYNTAX;
			p.hint = HINT_SHAPES;
		}
	}
	if (st != DL_OK && p.err == DL_ERR_NEEDS_REF && st != DL_ERR_RANGE)
	{
		st = DL_ERR_NEEDS_REF;
		p.hint = HINT_NEEDS_REF;
	}
	if (hint)
		*hint = p.hint ? p.hint : HINT_SHAPES;
	return st;
}

dl_status
deadline_parse_prefix(const char *s, size_t len, int32_t ref, deadline_t *out,
					  size_t *consumed, bool *marked)
{
	token		t[MAX_TOKENS];
	parser		p;
	dl_status	st;

	parser_init(&p, t, MAX_TOKENS, s, len, ref, false);
	*consumed = 0;
	if (!may_start_marked(&p))
		return DL_ERR_SYNTAX;
	st = parse_tokens(&p, out, marked);
	if (st == DL_OK)
		*consumed = p.i > 0 ? t[p.i - 1].end : 0;
	return st;
}

/*
 * docnum_fast.h: the one-pass reader of the usual docnum spellings.
 *
 * Pure C like docnum_core.c.  A header of static inline functions so that
 * the type input (docnum.c) gets it inlined, without a call through the
 * shared library's PLT; docnum_core.c uses the same code behind
 * docnum_parse.  Also holds the bit layout both need.
 */
#ifndef DOCNUM_FAST_H
#define DOCNUM_FAST_H

#include "docnum_core.h"

#include <string.h>

/* Bit layout of a docnum (docnum_core.h describes the fields). */
#define SERIES_SHIFT 59
#define YEAR_SHIFT 51
#define NUMBER_SHIFT 27
#define ELEM_BITS 9
#define SERIES_MASK UINT64_C(0xF)
#define YEAR_MASK UINT64_C(0xFF)
#define NUMBER_MASK UINT64_C(0xFFFFFF)
#define ELEM_MASK UINT64_C(0x1FF)
#define SUFFIX_MASK ((UINT64_C(1) << NUMBER_SHIFT) - 1)

/*
 * The fast path reads a NUL-terminated string, so that the type input needs
 * no strlen (which cost more than half as much as the parse, bench/).  It
 * reads byte by byte and stops at the first byte that does not fit, so it
 * never reads past the terminating NUL.
 */

/*
 * Up to six digits at *p, value in *val; returns how many (0 when more, so
 * that long runs go to the full parser, which saturates and reports them).
 */
static inline int
fast_digits(const char **p, uint32_t *val)
{
	const char *q = *p;
	uint32_t	v = 0;
	int			n = 0;

	while ((unsigned) (*q - '0') < 10)
	{
		if (++n > 6)
			return 0;
		v = v * 10 + (uint32_t) (*q++ - '0');
	}
	*p = q;
	*val = v;
	return n;
}

/*
 * " KIND n" or " KINDn" chain elements to the end, as the type writes them:
 * the chain bits as docnum_encode puts them (element i at (DN_MAX_CHAIN - 1
 * - i) * ELEM_BITS; every element is nonzero), or FAST_NO.  Returned by
 * value: nothing of the caller's escapes, so no stack protector is needed.
 */
#define FAST_NO UINT64_MAX

static inline docnum_t
fast_chain(const char *p)
{
	docnum_t	chain = 0;
	int			nchain = 0;

	while (*p)
	{
		int			kind;
		uint32_t	num;

		if (*p++ != ' ')
			return FAST_NO;
		if (p[0] == 'R' && p[1] == 'E' && p[2] == 'V')
			kind = DN_KIND_REV;
		else if (p[0] == 'C' && p[1] == 'O' && p[2] == 'R')
			kind = DN_KIND_COR;
		else if (p[0] == 'A' && p[1] == 'D' && p[2] == 'D')
			kind = DN_KIND_ADD;
		else if (nchain == 0 && p[0] == 'I' && p[1] == 'N' && p[2] == 'I' && p[3] == 'T' &&
				 p[4] == '\0')
			return 0;			/* INIT stands for the whole (empty) chain */
		else
			return FAST_NO;
		p += 3;
		if (*p == ' ')
			p++;
		if (fast_digits(&p, &num) == 0 || num < 1 || num > DN_MAX_SUFFIX_NUMBER ||
			nchain >= DN_MAX_CHAIN)
			return FAST_NO;
		chain |= (docnum_t) ((uint32_t) kind << 6 | num) << ((DN_MAX_CHAIN - 1 - nchain) * ELEM_BITS);
		nchain++;
	}
	return chain;
}

/* the literal at p, compared byte by byte (stops at the string's end) */
static inline bool
fast_is(const char *p, const char *lit)
{
	while (*lit)
		if (*p++ != *lit++)
			return false;
	return true;
}

/*
 * The spellings nearly all data uses, the type's own output among them:
 * "14435/17", "12762/5/17 REV 5", "ST 14435 2017 INIT", "WK 13046 2017 REV 2",
 * "COM(2017) 477 final", with upper-case series and kinds, single spaces and
 * nothing around.  One pass, no backtracking; on anything else (other
 * spacing or case, other forms, any error) it returns false having decided
 * nothing, and the full parser runs.  The unit test and the fuzz harness
 * check that the two agree wherever this one answers.
 */
static inline docnum_t
docnum_read_usual(const char *s)
{
	static const struct
	{
		char		word[9];
		unsigned char len;
		unsigned char series;
	}			words[] = {
		{"ST ", 3, DN_SERIES_ST}, {"COM(", 4, DN_SERIES_COM}, {"WK ", 3, DN_SERIES_WK},
		{"CM ", 3, DN_SERIES_CM}, {"DS ", 3, DN_SERIES_DS}, {"SN ", 3, DN_SERIES_SN},
		{"EUCO ", 5, DN_SERIES_EUCO}, {"PE-CONS ", 8, DN_SERIES_PECONS},
		{"JOIN(", 5, DN_SERIES_JOIN}, {"SWD(", 4, DN_SERIES_SWD},
		{"SEC(", 4, DN_SERIES_SEC}, {"C(", 2, DN_SERIES_C},
	};
	const char *p = s;
	docnum_t	series = DN_SERIES_ST,
				chain;
	uint32_t	number,
				year,
				a,
				b;
	int			na,
				nb;
	bool		has_series = false;

	/* the value is built directly, as docnum_encode would build it */
	if ((unsigned) (*p - '0') >= 10)
	{
		/* a series: Council ones end in a space, Commission ones in '(' */
		size_t		i;

		for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
			if (words[i].word[0] == *p && fast_is(p, words[i].word))
				break;
		if (i == sizeof(words) / sizeof(words[0]))
			return 0;
		series = words[i].series;
		has_series = true;
		p += words[i].len;

		if (series >= DN_SERIES_COM)
		{
			/* COM(yyyy) n[ final[/v]] */
			docnum_t	version = 1;

			if (fast_digits(&p, &year) != 4 || year < DN_MIN_YEAR || year > DN_MAX_YEAR ||
				p[0] != ')' || p[1] != ' ')
				return 0;
			p += 2;
			if (fast_digits(&p, &number) == 0 || number < 1 || number > DN_MAX_NUMBER)
				return 0;
			if (*p)
			{
				if (!fast_is(p, " final"))
					return 0;
				p += 6;
				if (*p)
				{
					if (*p++ != '/' || fast_digits(&p, &b) == 0 || *p ||
						b < 1 || b > DN_MAX_SUFFIX_NUMBER)
						return 0;
					version = b;
				}
			}
			return series << SERIES_SHIFT | (docnum_t) (year - DN_MIN_YEAR) << YEAR_SHIFT |
				(docnum_t) number << NUMBER_SHIFT | version << (2 * ELEM_BITS);
		}
	}

	if (fast_digits(&p, &number) == 0 || number < 1 || number > DN_MAX_NUMBER || !*p)
		return 0;

	if (*p == ' ')
	{
		/* register form: SERIES n yyyy[ INIT| chain] */
		if (!has_series)
			return 0;
		p++;
		if (fast_digits(&p, &year) != 4 || year < DN_MIN_YEAR || year > DN_MAX_YEAR ||
			(chain = fast_chain(p)) == FAST_NO)
			return 0;
	}
	else
	{
		/* slash form: n/yy or n/rev/yy, then a chain */
		if (*p++ != '/' || (na = fast_digits(&p, &a)) == 0)
			return 0;
		if (*p == '/')
		{
			p++;
			if ((nb = fast_digits(&p, &b)) == 0)
				return 0;
		}
		else
		{
			nb = na;
			b = a;
			na = 0;
		}
		if (nb == 2)
			year = b >= 50 ? 1900 + b : 2000 + b;
		else if (nb == 4 && b >= DN_MIN_YEAR && b <= DN_MAX_YEAR)
			year = b;
		else
			return 0;
		if ((chain = fast_chain(p)) == FAST_NO)
			return 0;
		if (na > 0)
		{
			/* the infix is the first REV: equal to the chain's, or put first */
			int			i;
			docnum_t	elem = 0;

			if (a < 1 || a > DN_MAX_SUFFIX_NUMBER)
				return 0;
			for (i = 0; i < DN_MAX_CHAIN; i++)
			{
				elem = chain >> ((DN_MAX_CHAIN - 1 - i) * ELEM_BITS) & ELEM_MASK;
				if (elem == 0 || (int) (elem >> 6) == DN_KIND_REV)
					break;
			}
			if (i < DN_MAX_CHAIN && elem != 0)
			{
				if ((elem & 0x3F) != a)
					return 0;
			}
			else
			{
				if (i >= DN_MAX_CHAIN)
					return 0;		/* three elements already */
				chain = chain >> ELEM_BITS |
					(docnum_t) ((uint32_t) DN_KIND_REV << 6 | a) << ((DN_MAX_CHAIN - 1) * ELEM_BITS);
			}
		}
	}
	return series << SERIES_SHIFT | (docnum_t) (year - DN_MIN_YEAR) << YEAR_SHIFT |
		(docnum_t) number << NUMBER_SHIFT | chain;
}

#endif

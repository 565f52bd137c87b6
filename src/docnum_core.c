/*
 * docnum_core.c: parse, validate, encode and format EU document numbers.
 *
 * No PostgreSQL header on purpose (see docnum_core.h).  The parser is a
 * hand-written recursive scanner rather than a regex: it must run at int8
 * input speed, report why it failed, and double as the extractor's matcher.
 */
#include "docnum_core.h"
#include "docnum_fast.h"
#include "hash64.h"

#include <stdio.h>
#include <string.h>


static const char *const series_names[] = {
	NULL, "ST", "EUCO", "WK", "CM", "DS", "SN", "PE-CONS",
	"COM", "JOIN", "SWD", "SEC", "C"
};

static const char *const kind_names[] = {
	NULL, "REV", "COR", "ADD", "EXT", "DCL"
};

/* a series name in the parser's tables, with its length */
#define WORD(s) s, sizeof(s) - 1
typedef struct
{
	const char *word;
	size_t		len;
	int			series;
} series_word;

/* Hints: which form was expected, or what the input is instead. */
static const char HINT_GENERIC[] =
	"Expected a Council number such as '14435/17', 'ST 14435 2017 INIT' or "
	"'12762/5/17 REV 5', or a Commission number such as 'COM(2017) 477 final'.";
static const char HINT_COUNCIL[] =
	"Expected a Council number: 'number/yy', 'number/rev/yy REV rev', "
	"'SERIES number yyyy INIT' or a chain of up to 3 of REV, COR, ADD, EXT, "
	"DCL each numbered 1 to 63.";
static const char HINT_COMMISSION[] =
	"Expected a Commission number such as 'COM(2017) 477 final', "
	"'COM(2017) 477 final/2', 'COM/2017/0477 final' or 'COM:2017:477:FIN'.";
static const char HINT_RANGE[] =
	"Years run from 1950 to 2099, numbers from 1 to 999999, suffix numbers "
	"from 1 to 63, and a chain has at most 3 elements.";
static const char HINT_INFIX[] =
	"The number between the slashes is the revision: it must equal the first "
	"REV of the chain, as in '12762/5/17 REV 5'.";
static const char HINT_COMBINED[] =
	"This names several documents; a docnum holds one. docnums_in() expands "
	"combined mentions such as '14435/17 + COR 1'.";
static const char HINT_PROCEDURE[] =
	"This looks like an interinstitutional procedure number such as "
	"'2017/0225(COD)', which is not a document number.";
static const char HINT_LEGAL_ACT[] =
	"This looks like a legal act (regulation, directive or decision), which "
	"is not a document number.";
static const char HINT_CELEX[] =
	"This looks like a CELEX number; docnum_celex() gives it for a document "
	"such as 'JOIN(2017) 450 final'.";
static const char HINT_OJ[] =
	"This looks like an Official Journal reference, which is not a document "
	"number.";
static const char HINT_SUBJECT[] =
	"This looks like a Council subject code such as 'CYBER 168', which is "
	"not a document number.";
static const char HINT_PRESS[] =
	"This looks like a press identifier ('PRESSE 75', 'IP/17/2106'), which "
	"is not a document number.";
static const char HINT_EP[] =
	"This looks like a European Parliament reference such as 'PE 627.148', "
	"which is not a Council or Commission document number.";

/* ---------- lexical helpers ---------- */

static inline bool
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline int
to_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

/* Byte length of one blank at p (space, tab, line break, no-break spaces). */
size_t
dn_blank_len(const char *p, const char *end)
{
	unsigned char c;

	if (p >= end)
		return 0;
	c = (unsigned char) *p;
	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
		return 1;
	/* U+00A0 no-break space */
	if (c == 0xC2 && end - p >= 2 && (unsigned char) p[1] == 0xA0)
		return 2;
	/* U+202F narrow no-break space, U+2007 figure space */
	if (c == 0xE2 && end - p >= 3 && (unsigned char) p[1] == 0x80 &&
		((unsigned char) p[2] == 0xAF))
		return 3;
	if (c == 0xE2 && end - p >= 3 && (unsigned char) p[1] == 0x80 &&
		((unsigned char) p[2] == 0x87))
		return 3;
	return 0;
}

size_t
dn_skip_blanks(const char *p, const char *end)
{
	size_t		n = 0,
				k;

	for (;;)
	{
		/* plain spaces first: they are nearly all the blanks there are */
		while (p + n < end && p[n] == ' ')
			n++;
		if (p + n >= end ||
			((unsigned char) p[n] > ' ' && (unsigned char) p[n] < 0x80))
			return n;
		if ((k = dn_blank_len(p + n, end)) == 0)
			return n;
		n += k;
	}
}

/*
 * Case-insensitive keyword of n bytes at p that is not followed by a letter;
 * returns n or 0.  The length comes with the word so that the series tables
 * do not pay a strlen per probe (the parser's hot path, see bench/).
 */
static inline size_t
keyword_n(const char *p, const char *end, const char *word, size_t n)
{
	if ((size_t) (end - p) < n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (to_lower((unsigned char) p[i]) != to_lower((unsigned char) word[i]))
			return 0;
	if (p + n < end && is_alpha((unsigned char) p[n]))
		return 0;
	return n;
}

/* keyword_n for a literal: the compiler folds the strlen */
static inline size_t
keyword(const char *p, const char *end, const char *word)
{
	return keyword_n(p, end, word, strlen(word));
}

/*
 * Digits at p: returns how many, and their value in *val, saturated so that
 * long runs of digits read as out of range instead of overflowing.
 */
static size_t
digits(const char *p, const char *end, uint32_t *val)
{
	size_t		n = 0;
	uint32_t	v = 0;

	while (p + n < end && is_digit((unsigned char) p[n]))
	{
		if (v < 100000000)
			v = v * 10 + (uint32_t) (p[n] - '0');
		else
			v = UINT32_MAX;
		n++;
	}
	*val = v;
	return n;
}

/* ---------- encoding ---------- */

docnum_t
docnum_encode(const docnum_fields *f)
{
	docnum_t	v;

	v = ((docnum_t) f->series << SERIES_SHIFT) |
		((docnum_t) (f->year - DN_MIN_YEAR) << YEAR_SHIFT) |
		((docnum_t) f->number << NUMBER_SHIFT);
	if (f->series >= DN_SERIES_COM)
		v |= (docnum_t) f->version << (2 * ELEM_BITS);
	else
		for (int i = 0; i < f->nchain; i++)
			v |= ((docnum_t) ((f->chain[i].kind << 6) | f->chain[i].num))
				<< ((DN_MAX_CHAIN - 1 - i) * ELEM_BITS);
	return v;
}

bool
docnum_decode(docnum_t v, docnum_fields *f)
{
	int			series = (int) ((v >> SERIES_SHIFT) & SERIES_MASK);
	int			yoff = (int) ((v >> YEAR_SHIFT) & YEAR_MASK);
	uint32_t	number = (uint32_t) ((v >> NUMBER_SHIFT) & NUMBER_MASK);
	bool		ended = false;

	memset(f, 0, sizeof(*f));
	if (v >> 63)
		return false;
	if (series < 1 || series > DN_SERIES_MAX)
		return false;
	if (yoff > DN_MAX_YEAR - DN_MIN_YEAR)
		return false;
	if (number < 1 || number > DN_MAX_NUMBER)
		return false;
	f->series = series;
	f->year = DN_MIN_YEAR + yoff;
	f->number = number;

	if (series >= DN_SERIES_COM)
	{
		docnum_t	suffix = v & SUFFIX_MASK;
		int			version = (int) (suffix >> (2 * ELEM_BITS));

		/* only the first element's number may be set, kind stays 0 */
		if (version < 1 || version > DN_MAX_SUFFIX_NUMBER)
			return false;
		if (suffix != ((docnum_t) version << (2 * ELEM_BITS)))
			return false;
		f->version = version;
		return true;
	}

	for (int i = 0; i < DN_MAX_CHAIN; i++)
	{
		unsigned	e = (unsigned) ((v >> ((DN_MAX_CHAIN - 1 - i) * ELEM_BITS)) & ELEM_MASK);
		int			kind = (int) (e >> 6);
		int			num = (int) (e & 0x3F);

		if (e == 0)
		{
			ended = true;
			continue;
		}
		/* no gaps, known kinds, numbers 1..63 */
		if (ended || kind < 1 || kind > DN_KIND_MAX || num < 1)
			return false;
		f->chain[f->nchain].kind = kind;
		f->chain[f->nchain].num = num;
		f->nchain++;
	}
	return true;
}

bool
docnum_is_valid(docnum_t v)
{
	docnum_fields f;

	return docnum_decode(v, &f);
}

bool
docnum_is_commission(docnum_t v)
{
	return ((v >> SERIES_SHIFT) & SERIES_MASK) >= DN_SERIES_COM;
}

const char *
docnum_series_name(int series)
{
	if (series < 1 || series > DN_SERIES_MAX)
		return NULL;
	return series_names[series];
}

int
docnum_first_revision(docnum_t v)
{
	docnum_fields f;

	if (!docnum_decode(v, &f))
		return 0;
	for (int i = 0; i < f.nchain; i++)
		if (f.chain[i].kind == DN_KIND_REV)
			return f.chain[i].num;
	return 0;
}

docnum_t
docnum_family(docnum_t v)
{
	docnum_t	base = v & ~SUFFIX_MASK;

	if (docnum_is_commission(v))
		return base | ((docnum_t) 1 << (2 * ELEM_BITS));
	return base;
}

uint64_t
docnum_hash64(docnum_t v, uint64_t seed)
{
	return pt_hash64(v, seed);
}

/* ---------- formatting ---------- */

static size_t
format_chain(const docnum_fields *f, char *buf, char sep)
{
	size_t		n = 0;

	if (f->nchain == 0)
		return (size_t) sprintf(buf, "INIT");
	for (int i = 0; i < f->nchain; i++)
		n += (size_t) sprintf(buf + n, "%s%s%c%d", i ? (sep == '-' ? "-" : " ") : "",
							  kind_names[f->chain[i].kind], sep, f->chain[i].num);
	return n;
}

static size_t
format_commission(const docnum_fields *f, char *buf)
{
	if (f->version == 1)
		return (size_t) sprintf(buf, "%s(%d) %u final", series_names[f->series],
								f->year, f->number);
	return (size_t) sprintf(buf, "%s(%d) %u final/%d", series_names[f->series],
							f->year, f->number, f->version);
}

size_t
docnum_format(docnum_t v, char *buf)
{
	docnum_fields f;
	size_t		n;

	if (!docnum_decode(v, &f))
	{
		buf[0] = '\0';
		return 0;
	}
	if (f.series >= DN_SERIES_COM)
		return format_commission(&f, buf);
	n = (size_t) sprintf(buf, "%s %u %d ", series_names[f.series], f.number, f.year);
	return n + format_chain(&f, buf + n, ' ');
}

size_t
docnum_format_display(docnum_t v, char *buf)
{
	docnum_fields f;
	size_t		n = 0;
	int			rev = 0;
	int			yy;

	if (!docnum_decode(v, &f))
	{
		buf[0] = '\0';
		return 0;
	}
	if (f.series >= DN_SERIES_COM)
		return format_commission(&f, buf);

	if (f.series != DN_SERIES_ST)
		n += (size_t) sprintf(buf, "%s ", series_names[f.series]);
	for (int i = 0; i < f.nchain; i++)
		if (f.chain[i].kind == DN_KIND_REV)
		{
			rev = f.chain[i].num;
			break;
		}

	/*
	 * Two-digit years read back as 1950-2049, so later years keep four
	 * digits: the display form must parse back to the same value.
	 */
	yy = f.year <= 2049 ? f.year % 100 : f.year;
	if (rev)
		n += (size_t) sprintf(buf + n, "%u/%d/%02d", f.number, rev, yy);
	else
		n += (size_t) sprintf(buf + n, "%u/%02d", f.number, yy);
	if (f.nchain > 0)
	{
		buf[n++] = ' ';
		n += format_chain(&f, buf + n, ' ');
	}
	buf[n] = '\0';
	return n;
}

size_t
docnum_format_suffix(docnum_t v, char *buf)
{
	docnum_fields f;

	if (!docnum_decode(v, &f))
	{
		buf[0] = '\0';
		return 0;
	}
	if (f.series >= DN_SERIES_COM)
		return f.version == 1 ? (size_t) sprintf(buf, "final")
			: (size_t) sprintf(buf, "final/%d", f.version);
	return format_chain(&f, buf, ' ');
}

size_t
docnum_format_register_id(docnum_t v, char *buf)
{
	docnum_fields f;
	const char *code;
	size_t		n;

	if (!docnum_decode(v, &f))
		return 0;
	switch (f.series)
	{
		case DN_SERIES_ST:
		case DN_SERIES_EUCO:	/* EUCO numbers live in the ST number space */
			code = "ST";
			break;
		case DN_SERIES_WK:
			code = "WK";
			break;
		case DN_SERIES_CM:
			code = "CM";
			break;
		case DN_SERIES_PECONS:
			code = "PE";
			break;
		default:
			return 0;			/* DS, SN and Commission documents */
	}
	n = (size_t) sprintf(buf, "%s-%u-%d-", code, f.number, f.year);
	return n + format_chain(&f, buf + n, '-');
}

size_t
docnum_format_celex(docnum_t v, char *buf)
{
	docnum_fields f;
	const char *sector;

	if (!docnum_decode(v, &f))
		return 0;
	if (f.series == DN_SERIES_JOIN)
		sector = "JC";
	else if (f.series == DN_SERIES_SWD)
		sector = "SC";
	else
		return 0;
	/* CELEX corrigenda use a different scheme; only the document itself */
	if (f.version != 1 || f.number > 9999)
		return 0;
	return (size_t) sprintf(buf, "5%d%s%04u", f.year, sector, f.number);
}

/* ---------- parsing ---------- */

typedef struct parser
{
	const char *start;			/* whole input */
	const char *p;
	const char *end;
	bool		full;			/* whole string, or a prefix for extraction */
	const char *hint;
} parser;

static inline void
skip(parser *ps)
{
	ps->p += dn_skip_blanks(ps->p, ps->end);
}

static inline bool
at(parser *ps, char c)
{
	return ps->p < ps->end && *ps->p == c;
}

/* Two- or four-digit year; 50-99 are 1950-1999 and 00-49 are 2000-2049. */
static dn_status
year_from(size_t ndig, uint32_t val, int *year)
{
	if (ndig == 2)
	{
		*year = (int) (val >= 50 ? 1900 + val : 2000 + val);
		return DN_OK;
	}
	if (ndig == 4)
	{
		if (val < DN_MIN_YEAR || val > DN_MAX_YEAR)
			return DN_ERR_RANGE;
		*year = (int) val;
		return DN_OK;
	}
	return DN_ERR_SYNTAX;
}

static int
chain_kind(const char *p, const char *end, size_t *len)
{
	for (int k = 1; k <= DN_KIND_MAX; k++)
	{
		const size_t n = 3;		/* every kind name has three letters */

		if ((size_t) (end - p) >= n &&
			to_lower((unsigned char) p[0]) == to_lower((unsigned char) kind_names[k][0]) &&
			to_lower((unsigned char) p[1]) == to_lower((unsigned char) kind_names[k][1]) &&
			to_lower((unsigned char) p[2]) == to_lower((unsigned char) kind_names[k][2]) &&
			!(p + n < end && is_alpha((unsigned char) p[n])))
		{
			*len = n;
			return k;
		}
	}
	return 0;
}

/*
 * Chain "REV 5 ADD 1" (sep ' ': blanks between and optional before the
 * number) or "REV-5-ADD-1" (sep '-').  A lone "INIT" stands for an empty
 * chain.  In prefix mode the chain ends at the first thing that is not an
 * element; in full mode the caller rejects what is left.
 */
static dn_status
parse_chain(parser *ps, docnum_fields *f, char sep, bool *saw_init)
{
	*saw_init = false;
	for (;;)
	{
		const char *save = ps->p;
		size_t		klen,
					n;
		int			kind;
		uint32_t	num;

		if (sep == '-')
		{
			if (!at(ps, '-'))
				return DN_OK;
			ps->p++;
		}
		else
		{
			n = dn_skip_blanks(ps->p, ps->end);
			if (n == 0)
				return DN_OK;
			ps->p += n;
		}

		if (f->nchain == 0 && !*saw_init && (n = keyword(ps->p, ps->end, "INIT")) > 0)
		{
			ps->p += n;
			*saw_init = true;
			continue;
		}
		if (*saw_init || (kind = chain_kind(ps->p, ps->end, &klen)) == 0)
		{
			ps->p = save;
			return DN_OK;
		}
		ps->p += klen;
		if (sep == '-')
		{
			if (at(ps, '-'))
				ps->p++;
		}
		else
			ps->p += dn_skip_blanks(ps->p, ps->end);
		n = digits(ps->p, ps->end, &num);
		if (n == 0 || (ps->p + n < ps->end && is_alpha((unsigned char) ps->p[n])))
		{
			ps->p = save;
			return DN_OK;
		}
		ps->p += n;
		if (num < 1 || num > DN_MAX_SUFFIX_NUMBER || f->nchain >= DN_MAX_CHAIN)
		{
			ps->hint = HINT_RANGE;
			return DN_ERR_RANGE;
		}
		f->chain[f->nchain].kind = kind;
		f->chain[f->nchain].num = (int) num;
		f->nchain++;
	}
}

static int
council_series(parser *ps)
{
	static const series_word words[] = {
		{WORD("PE-CONS"), DN_SERIES_PECONS},
		{WORD("EUCO"), DN_SERIES_EUCO},
		{WORD("ST"), DN_SERIES_ST},
		{WORD("WK"), DN_SERIES_WK},
		{WORD("CM"), DN_SERIES_CM},
		{WORD("DS"), DN_SERIES_DS},
		{WORD("SN"), DN_SERIES_SN},
	};
	int			c;

	/* a series name starts with one of these letters; most text does not */
	if (ps->p >= ps->end)
		return 0;
	c = to_lower((unsigned char) *ps->p);
	if (c != 's' && c != 'e' && c != 'w' && c != 'c' && c != 'd' && c != 'p')
		return 0;

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
	{
		size_t		n;

		if (to_lower((unsigned char) words[i].word[0]) != c)
			continue;
		n = keyword_n(ps->p, ps->end, words[i].word, words[i].len);

		if (n)
		{
			ps->p += n;
			return words[i].series;
		}
	}
	return 0;
}

/* Apply the slash form's revision infix to the chain (spec section 2). */
static dn_status
apply_infix(parser *ps, docnum_fields *f, uint32_t infix)
{
	if (infix < 1 || infix > DN_MAX_SUFFIX_NUMBER)
	{
		ps->hint = HINT_RANGE;
		return DN_ERR_RANGE;
	}
	for (int i = 0; i < f->nchain; i++)
		if (f->chain[i].kind == DN_KIND_REV)
		{
			if ((uint32_t) f->chain[i].num != infix)
			{
				ps->hint = HINT_INFIX;
				return DN_ERR_SYNTAX;
			}
			return DN_OK;
		}
	if (f->nchain >= DN_MAX_CHAIN)
	{
		ps->hint = HINT_RANGE;
		return DN_ERR_RANGE;
	}
	memmove(&f->chain[1], &f->chain[0], sizeof(f->chain[0]) * (size_t) f->nchain);
	f->chain[0].kind = DN_KIND_REV;
	f->chain[0].num = (int) infix;
	f->nchain++;
	return DN_OK;
}

static dn_status
check_number(parser *ps, uint32_t number)
{
	if (number < 1 || number > DN_MAX_NUMBER)
	{
		ps->hint = HINT_RANGE;
		return DN_ERR_RANGE;
	}
	return DN_OK;
}

static dn_status
parse_council(parser *ps, docnum_fields *f)
{
	int			series = council_series(ps);
	uint32_t	number,
				a,
				b;
	size_t		n,
				na,
				nb;
	dn_status	st;
	bool		saw_init;

	ps->hint = HINT_COUNCIL;

	/* register URL path: ST-12762-2017-REV-5, PE-9-2018-INIT */
	if (series == 0 && keyword(ps->p, ps->end, "PE") && ps->p + 2 < ps->end && ps->p[2] == '-')
	{
		ps->p += 2;
		series = DN_SERIES_PECONS;
	}
	if (series && at(ps, '-'))
	{
		ps->p++;
		if ((n = digits(ps->p, ps->end, &number)) == 0)
			return DN_ERR_SYNTAX;
		ps->p += n;
		if (!at(ps, '-'))
			return DN_ERR_SYNTAX;
		ps->p++;
		if ((n = digits(ps->p, ps->end, &a)) != 4)
			return DN_ERR_SYNTAX;
		ps->p += n;
		f->series = series;
		if ((st = year_from(n, a, &f->year)) != DN_OK)
		{
			ps->hint = HINT_RANGE;
			return st;
		}
		if ((st = check_number(ps, number)) != DN_OK)
			return st;
		f->number = number;
		if (at(ps, '-') && keyword(ps->p + 1, ps->end, "INIT"))
		{
			ps->p += 5;
			return DN_OK;
		}
		return parse_chain(ps, f, '-', &saw_init);
	}

	if (series)
	{
		n = dn_skip_blanks(ps->p, ps->end);
		if (n == 0 && !(ps->p < ps->end && is_digit((unsigned char) *ps->p)))
			return DN_ERR_SYNTAX;
		ps->p += n;
	}
	f->series = series ? series : DN_SERIES_ST;

	if ((n = digits(ps->p, ps->end, &number)) == 0)
		return DN_ERR_SYNTAX;
	ps->p += n;

	if (at(ps, '/'))
	{
		/* slash form: number/yy or number/rev/yy */
		bool		has_infix = false;
		uint32_t	infix = 0;

		ps->p++;
		if ((na = digits(ps->p, ps->end, &a)) == 0)
			return DN_ERR_SYNTAX;
		ps->p += na;
		if (at(ps, '/') && ps->p + 1 < ps->end && is_digit((unsigned char) ps->p[1]))
		{
			ps->p++;
			nb = digits(ps->p, ps->end, &b);
			ps->p += nb;
			has_infix = true;
			infix = a;
			na = nb;
			a = b;
		}
		/*
		 * "12/2017a" and "2013/40/EU" (a directive) are not references:
		 * digits glued to letters, or a third slash.
		 */
		if (ps->p < ps->end && (is_alpha((unsigned char) *ps->p) || *ps->p == '/'))
			return DN_ERR_SYNTAX;
		if ((st = year_from(na, a, &f->year)) != DN_OK)
		{
			if (st == DN_ERR_RANGE)
				ps->hint = HINT_RANGE;
			return st;
		}
		if ((st = check_number(ps, number)) != DN_OK)
			return st;
		f->number = number;
		if ((st = parse_chain(ps, f, ' ', &saw_init)) != DN_OK)
			return st;
		if (has_infix)
			return apply_infix(ps, f, infix);
		return DN_OK;
	}

	/* register form: SERIES number yyyy INIT|chain */
	if (!series)
		return DN_ERR_SYNTAX;
	n = dn_skip_blanks(ps->p, ps->end);
	if (n == 0)
		return DN_ERR_SYNTAX;
	if ((na = digits(ps->p + n, ps->end, &a)) != 4 ||
		(ps->p + n + na < ps->end && is_alpha((unsigned char) ps->p[n + na])))
		return DN_ERR_SYNTAX;
	ps->p += n + na;
	if ((st = year_from(na, a, &f->year)) != DN_OK)
	{
		ps->hint = HINT_RANGE;
		return st;
	}
	if ((st = check_number(ps, number)) != DN_OK)
		return st;
	f->number = number;
	if ((st = parse_chain(ps, f, ' ', &saw_init)) != DN_OK)
		return st;

	/*
	 * In running text "CM 1234 2017" with nothing after it is more likely a
	 * subject code and a year than a document: require INIT or a chain.
	 */
	if (!ps->full && !saw_init && f->nchain == 0)
		return DN_ERR_SYNTAX;
	return DN_OK;
}

static int
commission_series(parser *ps)
{
	static const series_word words[] = {
		{WORD("COM"), DN_SERIES_COM},
		{WORD("KOM"), DN_SERIES_COM},	/* German */
		{WORD("JOIN"), DN_SERIES_JOIN},
		{WORD("SWD"), DN_SERIES_SWD},
		{WORD("SEC"), DN_SERIES_SEC},
		{WORD("SEK"), DN_SERIES_SEC},	/* German */
		{WORD("C"), DN_SERIES_C},
		{WORD("K"), DN_SERIES_C},		/* German */
	};
	int			c;

	/* a series name starts with one of these letters; most text does not */
	if (ps->p >= ps->end)
		return 0;
	c = to_lower((unsigned char) *ps->p);
	if (c != 'c' && c != 'k' && c != 'j' && c != 's')
		return 0;

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
	{
		size_t		n;

		if (to_lower((unsigned char) words[i].word[0]) != c)
			continue;
		n = keyword_n(ps->p, ps->end, words[i].word, words[i].len);

		if (n)
		{
			ps->p += n;
			return words[i].series;
		}
	}
	return 0;
}

/*
 * Status word after a Commission number: "final", German "endg."/"endgültig",
 * Dutch "definitief"/"def.", EUR-Lex ":FIN"; optionally "/n" for corrigendum
 * n.  Returns false when there is none (the caller then keeps "final").
 */
static bool
commission_status(parser *ps, int *version, dn_status *st)
{
	static const char *const words[] = {
		"final", "endgültig", "endgÜltig", "endgueltig", "definitief", "fin"
	};
	static const char *const dotted[] = {"endg", "def"};
	const char *save = ps->p;
	size_t		n = 0;
	uint32_t	v;

	*st = DN_OK;
	if (at(ps, ':'))
		ps->p++;
	else
		ps->p += dn_skip_blanks(ps->p, ps->end);

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]) && n == 0; i++)
		n = keyword(ps->p, ps->end, words[i]);
	for (size_t i = 0; i < sizeof(dotted) / sizeof(dotted[0]) && n == 0; i++)
	{
		n = keyword(ps->p, ps->end, dotted[i]);
		if (n && ps->p + n < ps->end && ps->p[n] == '.')
			n++;
		else if (n && !ps->full)
			n = 0;				/* bare "def" in running text is a word */
	}
	if (n == 0)
	{
		ps->p = save;
		return false;
	}
	ps->p += n;
	*version = 1;
	if (at(ps, '/') && ps->p + 1 < ps->end && is_digit((unsigned char) ps->p[1]))
	{
		ps->p++;
		ps->p += digits(ps->p, ps->end, &v);
		if (v < 1 || v > DN_MAX_SUFFIX_NUMBER)
		{
			ps->hint = HINT_RANGE;
			*st = DN_ERR_RANGE;
			return true;
		}
		*version = (int) v;
	}
	return true;
}

static dn_status
parse_commission(parser *ps, docnum_fields *f, int series)
{
	uint32_t	year,
				number;
	size_t		ny,
				nn;
	dn_status	st;
	const char *save;
	bool		eurlex = false;

	ps->hint = HINT_COMMISSION;

	/* known malformation: "COM JOIN(2013) 1 final" is JOIN(2013) 1 */
	if (series == DN_SERIES_COM)
	{
		size_t		b = dn_skip_blanks(ps->p, ps->end);
		size_t		n = keyword(ps->p + b, ps->end, "JOIN");

		if (b > 0 && n > 0)
		{
			ps->p += b + n;
			series = DN_SERIES_JOIN;
		}
	}
	f->series = series;

	save = ps->p;
	ps->p += dn_skip_blanks(ps->p, ps->end);
	if (at(ps, '('))
	{
		/* standard: COM(2017) 477 */
		ps->p++;
		ps->p += dn_skip_blanks(ps->p, ps->end);
		ny = digits(ps->p, ps->end, &year);
		ps->p += ny;
		ps->p += dn_skip_blanks(ps->p, ps->end);
		if (ny == 0 || !at(ps, ')'))
			return DN_ERR_SYNTAX;
		ps->p++;
		ps->p += dn_skip_blanks(ps->p, ps->end);
		nn = digits(ps->p, ps->end, &number);
		ps->p += nn;
	}
	else if (ps->p == save && (at(ps, '/') || at(ps, ':')))
	{
		/* EUR-Lex: COM/2017/0477, COM:2017:477 */
		char		sep = *ps->p;

		ps->p++;
		ny = digits(ps->p, ps->end, &year);
		ps->p += ny;
		if (ny != 4 || !at(ps, sep))
			return DN_ERR_SYNTAX;
		ps->p++;
		nn = digits(ps->p, ps->end, &number);
		ps->p += nn;
		eurlex = true;
	}
	else if (ps->p > save && ps->p < ps->end && is_digit((unsigned char) *ps->p))
	{
		/* known malformation: "COM 2016(410) final" */
		ny = digits(ps->p, ps->end, &year);
		ps->p += ny;
		if (!at(ps, '('))
			return DN_ERR_SYNTAX;
		ps->p++;
		nn = digits(ps->p, ps->end, &number);
		ps->p += nn;
		if (nn == 0 || !at(ps, ')'))
			return DN_ERR_SYNTAX;
		ps->p++;
	}
	else
		return DN_ERR_SYNTAX;

	if (nn == 0 || (ps->p < ps->end && is_alpha((unsigned char) *ps->p)))
		return DN_ERR_SYNTAX;
	if ((st = year_from(ny, year, &f->year)) != DN_OK)
	{
		if (st == DN_ERR_RANGE)
			ps->hint = HINT_RANGE;
		return st;
	}
	if ((st = check_number(ps, number)) != DN_OK)
		return st;
	f->number = number;
	f->version = 1;
	if (!eurlex && at(ps, ':'))
		return DN_ERR_SYNTAX;
	if (commission_status(ps, &f->version, &st) && st != DN_OK)
		return st;
	return DN_OK;
}

/*
 * One reference at ps->p.  On success ps->p is just past it.
 */
static dn_status
parse_one(parser *ps, docnum_t *out)
{
	docnum_fields f;
	const char *begin = ps->p;
	dn_status	st;
	int			series;

	memset(&f, 0, sizeof(f));
	series = commission_series(ps);
	if (series)
		st = parse_commission(ps, &f, series);
	else
	{
		ps->p = begin;
		st = parse_council(ps, &f);
	}
	if (st == DN_OK)
		*out = docnum_encode(&f);
	return st;
}

/* ---------- what rejected input looks like ---------- */

static bool
starts_with_ci(const char *p, const char *end, const char *word)
{
	size_t		n = strlen(word);

	if ((size_t) (end - p) < n)
		return false;
	for (size_t i = 0; i < n; i++)
		if (to_lower((unsigned char) p[i]) != to_lower((unsigned char) word[i]))
			return false;
	return true;
}

static bool
contains_ci(const char *p, const char *end, const char *word)
{
	for (; p < end; p++)
		if (starts_with_ci(p, end, word))
			return true;
	return false;
}

/*
 * A specific hint for inputs that are identifiers of another kind.  Checked
 * only after the parser failed, so it never changes what is accepted.
 */
static const char *
classify_rejected(const char *p, const char *end)
{
	const char *q;
	uint32_t	v;
	size_t		n;

	if (contains_ci(p, end, "regulation") || contains_ci(p, end, "directive") ||
		contains_ci(p, end, "decision") || contains_ci(p, end, "/EU") ||
		contains_ci(p, end, "(EU)") || contains_ci(p, end, "(EC)") ||
		contains_ci(p, end, "/EC") || contains_ci(p, end, "/CFSP"))
		return HINT_LEGAL_ACT;
	if (starts_with_ci(p, end, "OJ ") || starts_with_ci(p, end, "OJ\xC2\xA0"))
		return HINT_OJ;
	if (starts_with_ci(p, end, "PRESSE") || starts_with_ci(p, end, "IP/") ||
		starts_with_ci(p, end, "MEMO/") || starts_with_ci(p, end, "SPEECH/") ||
		starts_with_ci(p, end, "STATEMENT/"))
		return HINT_PRESS;
	if (starts_with_ci(p, end, "PE ") && (n = digits(p + 3, end, &v)) > 0 &&
		p + 3 + n < end && p[3 + n] == '.')
		return HINT_EP;
	/* 2017/0225(COD) */
	if ((n = digits(p, end, &v)) == 4 && p + 4 < end && p[4] == '/')
	{
		q = p + 5;
		n = digits(q, end, &v);
		q += n;
		q += dn_skip_blanks(q, end);
		if (n == 4 && q < end && *q == '(')
			return HINT_PROCEDURE;
	}
	/* CELEX: sector digit, 4-digit year, 1-2 letters, digits: 52017JC0450 */
	if (end - p >= 9 && is_digit((unsigned char) p[0]) &&
		digits(p + 1, end, &v) == 4 && is_alpha((unsigned char) p[5]))
	{
		q = p + 6;
		if (q < end && is_alpha((unsigned char) *q))
			q++;
		if (digits(q, end, &v) >= 1)
			return HINT_CELEX;
	}
	/*
	 * Subject codes: an upper-case word that is no series name and a number,
	 * "CYBER 168" or "CYBER 168 TELECOM 263".
	 */
	q = p;
	while (q < end && ((*q >= 'A' && *q <= 'Z') || *q == '/'))
		q++;
	if (q - p >= 2 && q < end && *q == ' ' && (n = digits(q + 1, end, &v)) > 0 &&
		(q + 1 + n == end || q[1 + n] == ' '))
	{
		parser		probe = {p, p, end, true, NULL};

		if (council_series(&probe) == 0 && commission_series(&probe) == 0)
			return HINT_SUBJECT;
	}
	if (memchr(p, '+', (size_t) (end - p)) != NULL)
		return HINT_COMBINED;
	return NULL;
}

/* ---------- the fast path (docnum_fast.h) ---------- */

docnum_t
docnum_parse_fast_cstring(const char *s)
{
	return docnum_read_usual(s);
}

/* The same for a string with its length (text values have no NUL). */
bool
docnum_parse_fast(const char *s, size_t len, docnum_t *out)
{
	char		buf[DN_TEXT_MAX];

	/* longer ones are not usual spellings; a NUL inside is not either */
	if (len >= sizeof(buf) || memchr(s, '\0', len) != NULL)
		return false;
	memcpy(buf, s, len);
	buf[len] = '\0';
	*out = docnum_parse_fast_cstring(buf);
	return *out != 0;
}

dn_status
docnum_parse(const char *s, size_t len, docnum_t *out, const char **hint)
{
	if (docnum_parse_fast(s, len, out))
	{
		if (hint)
			*hint = NULL;
		return DN_OK;
	}
	return docnum_parse_full(s, len, out, hint);
}

dn_status
docnum_parse_full(const char *s, size_t len, docnum_t *out, const char **hint)
{
	parser		ps;
	dn_status	st;
	const char *end = s + len;
	const char *specific;

	/* trim blanks at both ends */
	s += dn_skip_blanks(s, end);
	while (end > s)
	{
		if (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r')
			end--;
		else if (end - s >= 2 && (unsigned char) end[-2] == 0xC2 && (unsigned char) end[-1] == 0xA0)
			end -= 2;
		else
			break;
	}

	ps.start = s;
	ps.p = s;
	ps.end = end;
	ps.full = true;
	ps.hint = HINT_GENERIC;

	st = parse_one(&ps, out);
	if (st == DN_OK && ps.p != end)
	{
		/* trailing text: a combined mention, or garbage */
		const char *rest = ps.p + dn_skip_blanks(ps.p, end);

		st = DN_ERR_SYNTAX;
		ps.hint = (rest < end && *rest == '+') ? HINT_COMBINED : HINT_GENERIC;
	}
	/*
	 * An identifier of another kind ("2017/0225(COD)") can fail as a range
	 * error on the way; saying what it is helps more, and it is 22P02.
	 */
	if (st != DN_OK && ps.hint != HINT_INFIX && ps.hint != HINT_COMBINED)
	{
		specific = classify_rejected(s, end);
		if (specific)
		{
			ps.hint = specific;
			st = DN_ERR_SYNTAX;
		}
		else if (ps.p == s || ps.hint == NULL)
			ps.hint = HINT_GENERIC;
	}
	if (hint)
		*hint = ps.hint;
	return st;
}

dn_status
docnum_parse_prefix(const char *s, size_t len, docnum_t *out, size_t *consumed)
{
	parser		ps;
	dn_status	st;

	ps.start = s;
	ps.p = s;
	ps.end = s + len;
	ps.full = false;
	ps.hint = NULL;
	st = parse_one(&ps, out);
	*consumed = st == DN_OK ? (size_t) (ps.p - s) : 0;
	return st;
}

/*
 * docnum_extract.c: find document references in running text (spec section 6).
 *
 * The scan tries the type's own prefix parser at the start of every word, so
 * every value the extractor returns is one the type accepts.  What it adds
 * is context: word boundaries, dates written with slashes, combined mentions
 * ("14435/17 + COR 1"), which name several documents and are expanded, and
 * the few words before a candidate, read only once a candidate is found:
 * a national register's label makes "Ratsdok. 12345-16" document 12345/16
 * (the type itself does not read the hyphen: without a label it is a page
 * range or a Kamerstuk), while legal acts ("Verordnung (EU) Nr. 123/2013"),
 * Official Journal references ("OJ C 326/47"), parliamentary papers
 * ("Drucksache 19/1234") and case numbers ("C‑123/19") make a number none.
 * The words of every language are data, in docnum_lexicon.c.
 */
#include "docnum_core.h"
#include "docnum_lexicon.h"

#include <stdlib.h>
#include <string.h>

static inline bool
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_alnum(int c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline int
to_lower(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

static bool
equal_ci_n(const char *a, size_t alen, const char *b, size_t blen)
{
	if (alen != blen)
		return false;
	for (size_t i = 0; i < alen; i++)
		if (to_lower((unsigned char) a[i]) != to_lower((unsigned char) b[i]))
			return false;
	return true;
}

/* A blank: space, tab, line break, or a UTF-8 no-break space (C2 A0). */
static inline size_t
blank_before(const char *s, size_t e)
{
	if (e == 0)
		return 0;
	if (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r')
		return 1;
	if (e >= 2 && (unsigned char) s[e - 1] == 0xA0 && (unsigned char) s[e - 2] == 0xC2)
		return 2;
	return 0;
}

/*
 * The blank-delimited token that ends before position i (blanks skipped):
 * sets *tok and returns its length, 0 at the start of the text.
 */
static size_t
prev_token(const char *s, size_t i, const char **tok)
{
	size_t		e = i,
				b,
				n;

	while ((n = blank_before(s, e)) > 0)
		e -= n;
	b = e;
	while (b > 0 && blank_before(s, b) == 0 && e - b < 40)
		b--;
	*tok = s + b;
	return e - b;
}

/*
 * The context of a candidate number: the few words before it, read only
 * when a candidate has been found, so the scan itself costs nothing more.
 * Each word is stripped of the punctuation around it: "(EU)" is "EU" in
 * parentheses, "doc.:" is "doc", "Nr." is "Nr".
 */
#define CTX_WORDS 6

typedef struct ctx_word
{
	const char *p;				/* stripped */
	size_t		n;
	bool		paren;			/* was in parentheses: "(EU)", "(EU," "Euratom)" */
	bool		looked;			/* lo, hi set: its entries in the phrase index */
	int			lo,
				hi;
} ctx_word;

static int
words_before(const char *s, size_t i, ctx_word *w, int max)
{
	int			nw = 0;

	while (nw < max)
	{
		const char *t;
		size_t		n = prev_token(s, i, &t);
		ctx_word   *c = &w[nw];

		if (n == 0)
			break;
		c->paren = false;
		c->looked = false;
		i = (size_t) (t - s);
		while (n > 0 && (*t == '(' || *t == '[' || *t == '"' || *t == '\''))
		{
			c->paren |= *t == '(';
			t++;
			n--;
		}
		while (n > 0 && (t[n - 1] == ')' || t[n - 1] == ']' || t[n - 1] == ',' ||
						 t[n - 1] == ';' || t[n - 1] == ':' || t[n - 1] == '.' ||
						 t[n - 1] == '"' || t[n - 1] == '\''))
		{
			c->paren |= t[n - 1] == ')';
			n--;
		}
		c->p = t;
		c->n = n;
		nw++;
		if (n == 0)
			break;				/* a lone bracket or dash: the context ends */
	}
	return nw;
}

/*
 * Whether a lexicon phrase ends at word k (words[0] is the nearest): its
 * last word is words[k], the one before words[k + 1], ...  Returns how
 * many words it spans, 0 if it does not match.
 */
static int
phrase_at(const ctx_word *w, int nw, int k, const char *phrase)
{
	size_t		e = strlen(phrase);
	int			used = 0;

	while (e > 0)
	{
		size_t		b = e;

		while (b > 0 && phrase[b - 1] != ' ')
			b--;
		if (k + used >= nw || !equal_ci_n(w[k + used].p, w[k + used].n, phrase + b, e - b))
			return 0;
		used++;
		e = b > 0 ? b - 1 : 0;
	}
	return used;
}

/*
 * The lexicons' phrases, indexed by their last word (length, then bytes):
 * a context word is looked up once, by binary search, as PostgreSQL's
 * datetktbl is, instead of being compared with every phrase of every
 * language for every kind.  Built on first use from the tables, which are
 * constant; a backend and the harnesses are single-threaded.
 */
#define INDEX_MAX 1024
#define WORD_MAX 40				/* prev_token's longest token */

typedef struct index_entry
{
	const char *last;			/* the phrase's last word */
	unsigned char len;			/* its length */
	unsigned char kind;
	const char *phrase;
} index_entry;

static index_entry phrase_index[INDEX_MAX];
static int	phrase_index_n = -1;

static int
cmp_word(const char *a, size_t alen, const char *b, size_t blen)
{
	if (alen != blen)
		return alen < blen ? -1 : 1;
	return memcmp(a, b, alen);
}

static int
cmp_entry(const void *x, const void *y)
{
	const index_entry *a = x,
			   *b = y;

	return cmp_word(a->last, a->len, b->last, b->len);
}

static void
build_index(void)
{
	int			n = 0;

	for (const dn_lexicon *const *lx = dn_lexicons; *lx; lx++)
		for (int kind = 0; kind < DNL_N_LISTS; kind++)
		{
			const char *const *list = (*lx)->lists[kind];

			for (; list && *list; list++)
			{
				const char *last = strrchr(*list, ' ');
				size_t		len;

				last = last ? last + 1 : *list;
				len = strlen(last);
				/* docnum_lexicon_check() reports what does not fit */
				if (n >= INDEX_MAX || len == 0 || len > WORD_MAX)
					continue;
				phrase_index[n].last = last;
				phrase_index[n].len = (unsigned char) len;
				phrase_index[n].kind = (unsigned char) kind;
				phrase_index[n].phrase = *list;
				n++;
			}
		}
	qsort(phrase_index, (size_t) n, sizeof(phrase_index[0]), cmp_entry);
	phrase_index_n = n;
}

/* The index entries whose last word is w (looked up once per word). */
static void
look_up(ctx_word *w)
{
	char		folded[WORD_MAX];
	int			lo = 0,
				hi;

	if (w->looked)
		return;
	w->looked = true;
	w->lo = w->hi = 0;
	if (w->n == 0 || w->n > WORD_MAX)
		return;
	if (phrase_index_n < 0)
		build_index();
	for (size_t k = 0; k < w->n; k++)
		folded[k] = (char) to_lower((unsigned char) w->p[k]);
	/* the first entry not below the word, then the run equal to it */
	hi = phrase_index_n;
	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (cmp_word(phrase_index[mid].last, phrase_index[mid].len, folded, w->n) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	hi = lo;
	while (hi < phrase_index_n &&
		   cmp_word(phrase_index[hi].last, phrase_index[hi].len, folded, w->n) == 0)
		hi++;
	w->lo = lo;
	w->hi = hi;
}

/* The longest phrase of a kind, in any language, that ends at word k. */
static int
kind_at(int kind, ctx_word *w, int nw, int k)
{
	int			best = 0;

	if (k >= nw || w[k].n == 0)
		return 0;
	look_up(&w[k]);
	for (int e = w[k].lo; e < w[k].hi; e++)
		if (phrase_index[e].kind == kind)
		{
			int			n = phrase_at(w, nw, k, phrase_index[e].phrase);

			if (n > best)
				best = n;
		}
	return best;
}

/*
 * For the unit test: how many lexicon phrases the index could not take
 * (too many, or a word too long), and whether every phrase is written as
 * the index expects (lower case, no trailing full stop, single blanks).
 */
int
docnum_lexicon_check(void)
{
	int			bad = 0,
				total = 0;

	for (const dn_lexicon *const *lx = dn_lexicons; *lx; lx++)
		for (int kind = 0; kind < DNL_N_LISTS; kind++)
		{
			const char *const *list = (*lx)->lists[kind];

			for (; list && *list; list++)
			{
				const char *p = *list;
				size_t		len = strlen(p);
				const char *last = strrchr(p, ' ');

				total++;
				last = last ? last + 1 : p;
				if (len == 0 || p[0] == ' ' || p[len - 1] == ' ' || p[len - 1] == '.' ||
					strstr(p, "  ") || strlen(last) > WORD_MAX)
					bad++;
				for (; *p; p++)
					if (*p >= 'A' && *p <= 'Z')
					{
						bad++;
						break;
					}
			}
		}
	if (total > INDEX_MAX)
		bad += total - INDEX_MAX;
	return bad;
}

typedef enum
{
	CTX_NONE = 0,				/* nothing known: the number's own shape decides */
	CTX_DOC,					/* after a document label: a Council document */
	CTX_SKIP					/* an act, a journal, a paper, a case: no document */
} ctx_verdict;

/* "(2019/C 123/04)": an Official Journal notice number, year/series first. */
static bool
is_journal_notice(const ctx_word *w)
{
	const char *p = w->p;

	return w->n == 6 && is_digit((unsigned char) p[0]) && is_digit((unsigned char) p[1]) &&
		is_digit((unsigned char) p[2]) && is_digit((unsigned char) p[3]) && p[4] == '/' &&
		(to_lower((unsigned char) p[5]) == 'c' || to_lower((unsigned char) p[5]) == 'l' ||
		 to_lower((unsigned char) p[5]) == 'e');
}

/* "OJ L 194", "ABl. EG Nr. L 281", "OJ C, C/2024/1234", "OJ 2016 C 202" */
static bool
in_journal(ctx_word *w, int nw)
{
	if (nw == 0)
		return false;
	if (is_journal_notice(&w[0]) || kind_at(DNL_JOURNAL_LABELS, w, nw, 0))
		return true;
	if (kind_at(DNL_JOURNAL_SERIES, w, nw, 0))
		for (int k = 1; k <= 3 && k < nw; k++)
			if (kind_at(DNL_JOURNAL_LABELS, w, nw, k))
				return true;
	return false;
}

/* "(EU)", "Regulation", "(EU, Euratom)": a legal act's name ends at word k */
static bool
act_at(ctx_word *w, int nw, int k)
{
	return (k < nw && w[k].paren && kind_at(DNL_ACT_QUALIFIERS, w, nw, k)) ||
		kind_at(DNL_ACT_WORDS, w, nw, k);
}

/*
 * What the words before a series-named candidate (ST, WK, COM, C, ...)
 * say.  These are read as they always were; only an Official Journal ("OJ
 * C, C/2024/1234") or an ECLI ("ECLI:EU:C:2019:123") stops them, besides
 * the legal acts that always did.
 */
static ctx_verdict
series_context(const char *s, size_t i)
{
	ctx_word	w[CTX_WORDS];
	int			nw,
				k;

	if (i > 0 && s[i - 1] == ':')
	{
		const char *t;
		size_t		n = prev_token(s, i, &t);

		if (n >= 5 && equal_ci_n(t, 5, "ecli:", 5))
			return CTX_SKIP;
	}
	nw = words_before(s, i, w, CTX_WORDS);
	if (in_journal(w, nw))
		return CTX_SKIP;
	k = kind_at(DNL_NUMBER_WORDS, w, nw, 0);
	return act_at(w, nw, k) ? CTX_SKIP : CTX_NONE;
}

/*
 * What the words before a candidate that starts with a digit say.  The
 * nearest words decide, in this order: an Official Journal reference, a
 * national parliamentary paper, a number word (after a document label it
 * is a document, "doc. nr. 123/13"; otherwise the number of an act,
 * "Verordnung (EU) Nr. 123/2013", "règlement n° 526/2013", "No 1408/71"),
 * a document label, a legal act.
 */
static ctx_verdict
number_context(const char *s, size_t i)
{
	ctx_word	w[CTX_WORDS];
	int			nw,
				k;

	/* "C‑123/19", "T–12/20": a case number with a Unicode hyphen or dash */
	if (i >= 3 && (unsigned char) s[i - 3] == 0xE2 && (unsigned char) s[i - 2] == 0x80 &&
		(unsigned char) s[i - 1] >= 0x90 && (unsigned char) s[i - 1] <= 0x95)
		return CTX_SKIP;

	nw = words_before(s, i, w, CTX_WORDS);
	if (nw == 0)
		return CTX_NONE;
	if (in_journal(w, nw))
		return CTX_SKIP;
	k = kind_at(DNL_CHAMBER_WORDS, w, nw, 0);
	if (kind_at(DNL_PAPER_LABELS, w, nw, k) || kind_at(DNL_PAPER_LABELS, w, nw, 0))
		return CTX_SKIP;
	if ((k = kind_at(DNL_NUMBER_WORDS, w, nw, 0)) > 0)
		return kind_at(DNL_DOC_LABELS, w, nw, k) ? CTX_DOC : CTX_SKIP;
	if (kind_at(DNL_DOC_LABELS, w, nw, 0))
		return CTX_DOC;
	if (act_at(w, nw, 0))
		return CTX_SKIP;
	return CTX_NONE;
}

/*
 * Whether the text between two mentions only continues a list: blanks,
 * commas, semicolons, "&" and list words ("and", "und", "et", "en").
 * "Ratsdok. 12345-16, 12346-16 und 12347-16" labels all three, and
 * "Verordnungen (EU) Nr. 1025/2012 und 526/2013" names two acts.
 */
#define LIST_GAP_MAX 24

static bool
list_gap(const char *s, size_t from, size_t to)
{
	size_t		p = from;

	if (to < from || to - from > LIST_GAP_MAX)
		return false;
	while (p < to)
	{
		unsigned char c = (unsigned char) s[p];

		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';' || c == '&')
			p++;
		else if (c == 0xC2 && p + 1 < to && (unsigned char) s[p + 1] == 0xA0)
			p += 2;
		else
		{
			size_t		b = p;
			ctx_word	w;

			while (p < to && s[p] != ' ' && s[p] != '\t' && s[p] != '\n' && s[p] != '\r' &&
				   s[p] != ',')
				p++;
			w.p = s + b;
			w.n = p - b;
			w.paren = false;
			w.looked = false;
			if (!kind_at(DNL_LIST_WORDS, &w, 1, 0))
				return false;
		}
	}
	return true;
}

/*
 * "19/07/2016" parses as number 19, revision 7 of 2016; in running text it
 * is a date.  Bare slash mentions with a day-sized number, a month-sized
 * infix and nothing else are taken as dates.
 */
static bool
looks_like_date(const char *m, size_t len)
{
	int			slashes = 0;
	unsigned	a = 0,
				b = 0;
	int			part = 0;

	for (size_t k = 0; k < len; k++)
	{
		if (m[k] == '/')
		{
			slashes++;
			part++;
		}
		else if (is_digit((unsigned char) m[k]))
		{
			if (part == 0 && a < 1000)
				a = a * 10 + (unsigned) (m[k] - '0');
			else if (part == 1 && b < 1000)
				b = b * 10 + (unsigned) (m[k] - '0');
		}
		else
			return false;
	}
	return slashes == 2 && a >= 1 && a <= 31 && b >= 1 && b <= 12;
}

/*
 * With nothing around it, "12/2019" or "03/2020" is a month and a year,
 * not document 12 of 2019: a number of one or two digits up to 12 and a
 * four-digit year, nothing else.  A number written with a leading zero is
 * never a Council number either ("03/20").
 */
static bool
looks_like_month(const char *m, size_t len)
{
	if (len > 0 && m[0] == '0')
		return true;
	if (len == 6 && m[1] == '/')
		return m[0] >= '1' && m[0] <= '9' && is_digit((unsigned char) m[2]);
	if (len == 7 && m[2] == '/')
		return m[0] == '1' && m[1] >= '0' && m[1] <= '2' && is_digit((unsigned char) m[3]);
	return false;
}

/*
 * National registers write a Council number with a hyphen: "Ratsdok.
 * 12345-16", "doc no 12345-16".  The shape only, at s (ndig digits, then
 * '-'): returns the length of "12345-16" or "12345-2016", 0 when it is
 * something else ("12345-16-17", "2015-2020", "1-2.5").
 */
static size_t
hyphen_shape(const char *s, const char *end, size_t ndig)
{
	const char *p = s + ndig + 1;
	size_t		yd = 0;

	if (ndig == 0 || ndig > 6 || s[0] == '0' || s + ndig >= end || s[ndig] != '-')
		return 0;
	for (size_t k = 0; k < ndig; k++)
		if (!is_digit((unsigned char) s[k]))
			return 0;
	while (p + yd < end && is_digit((unsigned char) p[yd]))
		yd++;
	if (yd != 2 && yd != 4)
		return 0;
	/* "2015-2020" is a span of years, even after a label */
	if (yd == 4 && ndig == 4 && (s[0] == '1' || s[0] == '2'))
		return 0;
	p += yd;
	if (p < end && (is_alnum((unsigned char) *p) || *p == '-' || *p == '/' ||
					((*p == '.' || *p == ',') && p + 1 < end && is_digit((unsigned char) p[1]))))
		return 0;
	return (size_t) (p - s);
}

/*
 * Reads "12345-16" (and a chain after it, "12345-16 REV 1") as the type
 * reads "12345/16": the type's own parser on a copy with the hyphen
 * replaced, which has the same length, so the match maps back byte for byte.
 */
static bool
read_hyphenated(const char *s, const char *end, size_t ndig, size_t shape,
				docnum_t *ref, size_t *used)
{
	char		buf[96];
	size_t		n = (size_t) (end - s) < sizeof(buf) ? (size_t) (end - s) : sizeof(buf);

	memcpy(buf, s, n);
	buf[ndig] = '/';
	return docnum_parse_prefix(buf, n, ref, used) == DN_OK && *used >= shape;
}

static int
suffix_kind(const char *p, const char *end, size_t *len)
{
	static const char *const kinds[] = {NULL, "REV", "COR", "ADD", "EXT", "DCL"};

	if (end - p < 3)
		return 0;
	for (int k = 1; k <= DN_KIND_MAX; k++)
		if (to_lower((unsigned char) p[0]) == to_lower((unsigned char) kinds[k][0]) &&
			to_lower((unsigned char) p[1]) == to_lower((unsigned char) kinds[k][1]) &&
			to_lower((unsigned char) p[2]) == to_lower((unsigned char) kinds[k][2]))
		{
			size_t		n = 3;

			if (p + n < end && (p[n] == 's' || p[n] == 'S'))
				n++;			/* "ADDs 1-5" */
			if (p + n < end && is_alnum((unsigned char) p[n]) && !is_digit((unsigned char) p[n]))
				return 0;
			*len = n;
			return k;
		}
	return 0;
}

static size_t
read_uint(const char *p, const char *end, unsigned *val)
{
	size_t		n = 0;
	unsigned	v = 0;

	while (p + n < end && is_digit((unsigned char) p[n]) && n < 6)
	{
		v = v * 10 + (unsigned) (p[n] - '0');
		n++;
	}
	if (p + n < end && is_alnum((unsigned char) p[n]))
		return 0;
	*val = v;
	return n;
}

/*
 * One "+ KIND n" or "+ KINDs n-m" after a mention; returns its length or 0.
 * A single part may go on with its own chain ("+ ADD 1 REV 2", "+ COR 1
 * REV 1": revision 2 of addendum 1): up to DN_MAX_CHAIN - 1 more elements,
 * in *more (kind, number), their count in *nmore.
 */
static size_t
combined_part(const char *p, const char *end, int *kind, unsigned *from, unsigned *to,
			  int more[][2], int *nmore)
{
	const char *q = p + dn_skip_blanks(p, end);
	size_t		n;
	unsigned	v;

	if (q >= end || *q != '+')
		return 0;
	q++;
	q += dn_skip_blanks(q, end);
	if ((*kind = suffix_kind(q, end, &n)) == 0)
		return 0;
	q += n;
	q += dn_skip_blanks(q, end);
	if ((n = read_uint(q, end, from)) == 0)
		return 0;
	q += n;
	*to = *from;

	/* range: "1-5", "1 - 5", "1–5" (en dash), "1 to 5" */
	{
		const char *r = q + dn_skip_blanks(q, end);
		size_t		dash = 0;

		if (r < end && *r == '-')
			dash = 1;
		else if (end - r >= 3 && (unsigned char) r[0] == 0xE2 &&
				 (unsigned char) r[1] == 0x80 && (unsigned char) r[2] == 0x93)
			dash = 3;
		else if (end - r >= 3 && to_lower((unsigned char) r[0]) == 't' &&
				 to_lower((unsigned char) r[1]) == 'o' && r[2] == ' ')
			dash = 2;
		if (dash)
		{
			r += dash;
			r += dn_skip_blanks(r, end);
			if ((n = read_uint(r, end, &v)) > 0 && v >= *from)
			{
				*to = v;
				q = r + n;
			}
		}
	}

	*nmore = 0;
	while (*to == *from && *nmore < DN_MAX_CHAIN - 1)
	{
		const char *r = q + dn_skip_blanks(q, end);
		size_t		klen;
		int			k = suffix_kind(r, end, &klen);

		if (k == 0 || klen != 3)
			break;
		r += klen;
		r += dn_skip_blanks(r, end);
		if ((n = read_uint(r, end, &v)) == 0 || v < 1 || v > DN_MAX_SUFFIX_NUMBER)
			break;
		more[*nmore][0] = k;
		more[*nmore][1] = (int) v;
		(*nmore)++;
		q = r + n;
	}
	return (size_t) (q - p);
}

#define MAX_EXPANSION 64

/* Byte classes for the scan: one table load instead of three range tests. */
enum
{
	CL_OTHER = 0, CL_DIGIT, CL_LETTER
};
#define DIGITS_10(c) [c] = CL_DIGIT
#define L(c) [c] = CL_LETTER, [c + ('a' - 'A')] = CL_LETTER
static const unsigned char byte_class[256] = {
	DIGITS_10('0'), DIGITS_10('1'), DIGITS_10('2'), DIGITS_10('3'), DIGITS_10('4'),
	DIGITS_10('5'), DIGITS_10('6'), DIGITS_10('7'), DIGITS_10('8'), DIGITS_10('9'),
	L('A'), L('B'), L('C'), L('D'), L('E'), L('F'), L('G'), L('H'), L('I'), L('J'),
	L('K'), L('L'), L('M'), L('N'), L('O'), L('P'), L('Q'), L('R'), L('S'), L('T'),
	L('U'), L('V'), L('W'), L('X'), L('Y'), L('Z'),
};
#undef DIGITS_10
#undef L

#define PACK2(a, b) ((uint32_t) (a) | (uint32_t) (b) << 8)
#define PACK3(a, b, c) (PACK2(a, b) | (uint32_t) (c) << 16)
#define PACK4(a, b, c, d) (PACK3(a, b, c) | (uint32_t) (d) << 24)

/*
 * Whether the letters a word starts with (n of them, before a digit or the
 * end of the word) are a series name.  The prefix parser accepts a word
 * that starts with letters only after such a name (a keyword must not be
 * followed by a letter), so this rejects, without parsing, exactly the
 * words it would reject: nearly every word of running text.
 */
static bool
is_series_word(const char *w, size_t n)
{
	uint32_t	k = 0;

	if (n == 0 || n > 4)
		return false;
	for (size_t i = 0; i < n; i++)
		k |= (uint32_t) to_lower((unsigned char) w[i]) << (8 * i);
	switch (n)
	{
		case 1:
			return k == 'c' || k == 'k';
		case 2:
			return k == PACK2('s', 't') || k == PACK2('w', 'k') || k == PACK2('c', 'm') ||
				k == PACK2('d', 's') || k == PACK2('s', 'n') || k == PACK2('p', 'e');
		case 3:
			return k == PACK3('c', 'o', 'm') || k == PACK3('k', 'o', 'm') ||
				k == PACK3('s', 'w', 'd') || k == PACK3('s', 'e', 'c') ||
				k == PACK3('s', 'e', 'k');
		default:
			return k == PACK4('e', 'u', 'c', 'o') || k == PACK4('j', 'o', 'i', 'n');
	}
}

void
docnum_extract(const char *s, size_t len, dn_emit_fn emit, void *arg)
{
	const char *end = s + len;
	size_t		i = 0;
	/* the previous candidate's context and end, for lists */
	ctx_verdict last_verdict = CTX_NONE;
	size_t		last_end = 0;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		docnum_t	ref;
		size_t		used,
					wordlen,
					letters,
					shape;
		bool		boundary;
		ctx_verdict verdict;

		if (byte_class[c] == CL_OTHER)
		{
			i++;
			continue;
		}

		/*
		 * Only at the start of a word that does not continue a number or a
		 * code: not after '/' or '-' ("2015-2020", "IP/17/2106",
		 * "2013/40/EU") nor after "digit." ("Article 42.7").
		 */
		boundary = true;
		if (i > 0)
		{
			char		prev = s[i - 1];

			if (prev == '/' || prev == '-')
				boundary = false;
			else if ((prev == '.' || prev == ',') && i > 1 &&
					 is_digit((unsigned char) s[i - 2]))
				boundary = false;
		}

		/*
		 * The cheap tests first: most words are no reference at all.  A
		 * reference starts with a digit or a series name of at most four
		 * letters (ST, EUCO, JOIN, ...): longer words are skipped unparsed.
		 */
		wordlen = 0;
		while (i + wordlen < len && byte_class[(unsigned char) s[i + wordlen]] == CL_LETTER)
			wordlen++;
		letters = wordlen;
		while (i + wordlen < len && byte_class[(unsigned char) s[i + wordlen]] != CL_OTHER)
			wordlen++;
		if (!boundary || !(letters == 0 || (wordlen <= 4 && is_series_word(s + i, letters))))
		{
			i += wordlen;
			continue;
		}

		/*
		 * A candidate.  Only now are the words before it read: the label
		 * that makes it a document, the act, journal or paper that makes
		 * it none.  A candidate without a context of its own takes the
		 * previous one's when only a list separates them.
		 */
		if (docnum_parse_prefix(s + i, len - i, &ref, &used) == DN_OK)
		{
			if (looks_like_date(s + i, used))
			{
				i += wordlen;
				continue;
			}
			if (letters > 0)
				verdict = series_context(s, i);
			else
			{
				verdict = number_context(s, i);
				if (verdict == CTX_NONE && last_verdict != CTX_NONE && list_gap(s, last_end, i))
					verdict = last_verdict;
			}
			if (verdict == CTX_SKIP)
			{
				last_verdict = CTX_SKIP;
				last_end = i + used;
				i += wordlen;
				continue;
			}
			if (verdict == CTX_NONE && letters == 0 && looks_like_month(s + i, used))
			{
				i += wordlen;
				continue;
			}
		}
		else if (letters == 0 && (shape = hyphen_shape(s + i, end, wordlen)) > 0 &&
				 ((verdict = number_context(s, i)) == CTX_DOC ||
				  (verdict == CTX_NONE && last_verdict == CTX_DOC && list_gap(s, last_end, i))) &&
				 read_hyphenated(s + i, end, wordlen, shape, &ref, &used))
			verdict = CTX_DOC;
		else
		{
			i += wordlen;
			continue;
		}

		{
			dn_match	m;
			size_t		stop = i + used,
						n;
			int			kinds[8];
			unsigned	from[8],
						to[8];
			int			more[8][DN_MAX_CHAIN - 1][2],
						nmore[8];
			int			nparts = 0;

			while (nparts < 8 &&
				   (n = combined_part(s + stop, end, &kinds[nparts],
									  &from[nparts], &to[nparts],
									  more[nparts], &nmore[nparts])) > 0)
			{
				stop += n;
				nparts++;
			}

			m.ref = ref;
			m.start = i;
			m.len = stop - i;
			if (!emit(arg, &m))
				return;

			if (nparts > 0 && !docnum_is_commission(ref))
			{
				docnum_fields base;
				int			emitted = 0;

				docnum_decode(ref, &base);
				for (int k = 0; k < nparts; k++)
					for (unsigned num = from[k]; num <= to[k] && emitted < MAX_EXPANSION; num++)
					{
						docnum_fields f = base;

						if (num < 1 || num > DN_MAX_SUFFIX_NUMBER ||
							f.nchain + 1 + nmore[k] > DN_MAX_CHAIN)
							continue;
						f.chain[f.nchain].kind = kinds[k];
						f.chain[f.nchain].num = (int) num;
						f.nchain++;
						for (int x = 0; x < nmore[k]; x++)
						{
							f.chain[f.nchain].kind = more[k][x][0];
							f.chain[f.nchain].num = more[k][x][1];
							f.nchain++;
						}
						m.ref = docnum_encode(&f);
						emitted++;
						if (!emit(arg, &m))
							return;
					}
			}
			last_verdict = letters > 0 ? CTX_NONE : verdict;
			last_end = stop;
			i = stop;
		}
	}
}

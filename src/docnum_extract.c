/*
 * docnum_extract.c: find document references in running text (spec section 6).
 *
 * The scan tries the type's own prefix parser at the start of every word, so
 * whatever the extractor returns is something the type accepts.  What it adds
 * is context: word boundaries, legal acts whose numbers look like "526/2013",
 * dates written with slashes, and combined mentions ("14435/17 + COR 1"),
 * which name several documents and are expanded.
 */
#include "docnum_core.h"

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
equal_ci(const char *a, size_t alen, const char *b)
{
	if (alen != strlen(b))
		return false;
	for (size_t i = 0; i < alen; i++)
		if (to_lower((unsigned char) a[i]) != to_lower((unsigned char) b[i]))
			return false;
	return true;
}

/*
 * The blank-delimited token that ends before position i (blanks skipped):
 * sets *tok and returns its length, 0 at the start of the text.
 */
static size_t
prev_token(const char *s, size_t i, const char **tok)
{
	size_t		e = i,
				b;

	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' ||
					 s[e - 1] == '\r' ||
					 (e >= 2 && (unsigned char) s[e - 1] == 0xA0 &&
					  (unsigned char) s[e - 2] == 0xC2)))
		e -= ((unsigned char) s[e - 1] == 0xA0) ? 2 : 1;
	b = e;
	while (b > 0 && s[b - 1] != ' ' && s[b - 1] != '\t' && s[b - 1] != '\n' &&
		   s[b - 1] != '\r' && (unsigned char) s[b - 1] != 0xA0 && e - b < 40)
		b--;
	*tok = s + b;
	return e - b;
}

static bool
is_act_qualifier(const char *t, size_t n)
{
	static const char *const words[] = {
		"(EU)", "(EC)", "(EEC)", "(Euratom)", "(CFSP)", "(JHA)", "(EU,", "(EU)."
	};

	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (equal_ci(t, n, words[k]))
			return true;
	return false;
}

static bool
is_act_word(const char *t, size_t n)
{
	static const char *const words[] = {
		"Regulation", "Directive", "Decision", "Framework Decision",
		"Verordnung", "Richtlinie", "Beschluss", "Verordening", "Richtlijn",
		"Besluit", "Règlement", "Décision", "Recommendation", "Empfehlung",
		"Aanbeveling"
	};

	while (n > 0 && (t[n - 1] == ',' || t[n - 1] == '.'))
		n--;
	for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
		if (equal_ci(t, n, words[k]))
			return true;
	return false;
}

/*
 * "Regulation (EU) 526/2013", "Regulation (EC) No 460/2004",
 * "Directive 2013/40": numbers of legal acts, not documents.
 */
static bool
after_legal_act(const char *s, size_t i)
{
	const char *t;
	size_t		n = prev_token(s, i, &t);

	if (n == 0)
		return false;
	if (equal_ci(t, n, "No") || equal_ci(t, n, "No.") || equal_ci(t, n, "Nr") ||
		equal_ci(t, n, "Nr.") || equal_ci(t, n, "n°"))
		n = prev_token(s, (size_t) (t - s), &t);
	return is_act_qualifier(t, n) || is_act_word(t, n);
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
 */
static size_t
combined_part(const char *p, const char *end, int *kind, unsigned *from, unsigned *to)
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

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		docnum_t	ref;
		size_t		used,
					wordlen,
					letters;
		bool		boundary;

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
		if (boundary && (letters == 0 || (wordlen <= 4 && is_series_word(s + i, letters))) &&
			docnum_parse_prefix(s + i, len - i, &ref, &used) == DN_OK &&
			!looks_like_date(s + i, used) && !after_legal_act(s, i))
		{
			dn_match	m;
			size_t		stop = i + used,
						n;
			int			kinds[8];
			unsigned	from[8],
						to[8];
			int			nparts = 0;

			while (nparts < 8 &&
				   (n = combined_part(s + stop, end, &kinds[nparts],
									  &from[nparts], &to[nparts])) > 0)
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

						if (num < 1 || num > DN_MAX_SUFFIX_NUMBER || f.nchain >= DN_MAX_CHAIN)
							continue;
						f.chain[f.nchain].kind = kinds[k];
						f.chain[f.nchain].num = (int) num;
						f.nchain++;
						m.ref = docnum_encode(&f);
						emitted++;
						if (!emit(arg, &m))
							return;
					}
			}
			i = stop;
			continue;
		}

		i += wordlen;
	}
}

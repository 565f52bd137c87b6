/*
 * prefilter.c: which words of a text may begin a marked deadline phrase,
 * decided from the word's bytes alone, so that the extractor runs the
 * grammar (lexer, dictionary hash, parser) only at the few words that can.
 *
 * The grammar's gate (may_start_marked() in grammar.c) lets a phrase start
 * at a word of a starting kind (a marker, an article, early/mid/end, a
 * season, an ordinal, a recurrence, ...: the grammar says which kinds,
 * dl_kind_starts(), so the two cannot drift apart), at a quarter or half letter
 * before a number (Q1 2018) or at a capitalised word before a presidency
 * word (Bulgarian Presidency).  The tables below are built from the
 * lexicons (dl_lexicons[]), never written per language: a new language is
 * still only a table.  They answer "maybe" or "no"; "no" must be exact, so
 * every doubtful shape (a byte above 0x7F, an apostrophe, which the lexer
 * reads in ways of its own) answers "maybe", and the grammar decides.
 *
 * Past the gate, a second rule (dl_function_starters below) refuses a
 * marker or an article followed by a word no lexicon knows ("in the
 * Council"): that rests on a property of the grammar, that it reads on
 * only through the lexicons' words, numbers and punctuation, and in
 * running text not through the words of the kinds it reads only in
 * deadline_parse_phrase()'s phrases (events, past tense, ...:
 * dl_kind_phrase_only()).  The unit test
 * test/unit/test_extract_equal.c and test/fuzz/fuzz_extract.c compare this
 * scan with the grammar at every word (deadline_extract_reference); a
 * grammar that learns to read an unknown word after a marker must take
 * that kind out of dl_function_starters.
 *
 * A word is keyed by a hash of its letters (lower case), and a table keeps
 * a bit per key, after a bit per first two letters: one or two lookups
 * reject almost every word that is not a starter.  Keys collide only
 * towards "maybe".
 */
#include "deadline_internal.h"
#include "deadline_lexicon.h"

#include <stdlib.h>
#include <string.h>

/* bits per table: 16 kB each, a few hundred words set */
#define PF_BITS (1u << 17)

/*
 * Starters that begin no phrase by themselves: markers ("by", "in",
 * "d'ici"), articles, "within", "every", early/mid/end, next/current.
 * After one the grammar reads on only through words of the lexicons
 * (a number, a month, "the", "end", "of", "six", "months", a country's
 * stem or code, a Roman month): it skips no unknown word.  So where such a
 * starter is followed by a plain word that no lexicon knows ("by the" is
 * read, "by Council" is not), no phrase begins.  Seasons, ordinals,
 * recurrences and presidency words may stand alone ("annually", "the
 * spring" with a reference date): those are always read.
 */
static const int dl_function_starters[] = {
	L_ARTICLES, L_BY_PHRASES, L_BEFORE_PHRASES, L_FROM_PHRASES, L_AFTER_PHRASES,
	L_IN_PHRASES, L_DURATION_PREPOSITIONS, L_WITHIN_PHRASES, L_EVERY_WORDS,
	L_EARLY_WORDS, L_MID_WORDS, L_END_WORDS, L_NEXT_WORDS, L_CURRENT_WORDS
};

/* a set of words: a bit per hash, and a bit per first two letters, which
 * rejects most words before any hashing */
typedef struct pf_set
{
	uint64_t	first2[65536 / 64];
	uint64_t	bits[PF_BITS / 64];
} pf_set;

typedef struct prefilter
{
	pf_set		start;			/* starter words */
	pf_set		numbered;		/* Q, H, T, S: start only before a number */
	pf_set		presidency;		/* read after a capitalised word */
	pf_set		function;		/* starters that need a known word next */
	pf_set		other;			/* starters of the other kinds */
	pf_set		known;			/* every word of every lexicon */
	uint64_t	stem2[65536 / 64];	/* first two bytes of the words read as prefixes */
	uint64_t	stem1[256 / 64];	/* first byte of a one-letter prefix */
	uint64_t	codes[65536 / 64];	/* two-letter country codes, lower case */
	const char *stems[1024];	/* the prefixes themselves, by first byte */
	int			nstems;
	short		stem_from[257];	/* stems[stem_from[c] .. stem_from[c + 1]) start with c */
	bool		built;
} prefilter;

static prefilter pf;

static inline unsigned char
lower_ascii(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') ? (unsigned char) (c + ('a' - 'A')) : c;
}

/* a word's key: a hash of its letters in lower case */
static inline uint32_t
pf_key(const unsigned char *w, size_t n)
{
	uint32_t	h = 2166136261u;

	for (size_t k = 0; k < n; k++)
		h = (h ^ lower_ascii(w[k])) * 16777619u;
	return (h ^ (h >> 17)) % PF_BITS;
}

static inline uint32_t
pf_first2(const unsigned char *w, size_t n)
{
	return (uint32_t) lower_ascii(w[0]) << 8 | (n > 1 ? lower_ascii(w[1]) : 0);
}

static void
pf_insert(pf_set *set, const unsigned char *w, size_t n)
{
	uint32_t	k;

	if (n == 0)
		return;
	k = pf_key(w, n);
	set->bits[k / 64] |= UINT64_C(1) << (k % 64);
	k = pf_first2(w, n);
	set->first2[k / 64] |= UINT64_C(1) << (k % 64);
}

/* the first word of a phrase (as the grammar's dictionary keeps it) */
static void
pf_add(pf_set *set, const char *phrase, const char *stop)
{
	pf_insert(set, (const unsigned char *) phrase, strcspn(phrase, stop));
}

static void
pf_add_valued(pf_set *table, const dl_valued *v, const char *stop)
{
	for (; v && v->word; v++)
		pf_add(table, v->word, stop);
}

static void
pf_bit(uint64_t *table, uint32_t k)
{
	table[k / 64] |= UINT64_C(1) << (k % 64);
}

/* every word of a phrase, whole and cut at hyphens and apostrophes */
static void
pf_add_known(const char *phrase)
{
	for (const char *w = phrase; *w;)
	{
		size_t		n = strcspn(w, " ");

		pf_add(&pf.known, w, " ");
		for (const char *part = w; part < w + n;)
		{
			size_t		l = strcspn(part, " -'");

			if (l > n - (size_t) (part - w))
				l = n - (size_t) (part - w);
			if (l > 0)
				pf_insert(&pf.known, (const unsigned char *) part, l);
			part += l + 1;
		}
		w += n;
		while (*w == ' ')
			w++;
	}
}

static void
pf_add_known_valued(const dl_valued *v)
{
	for (; v && v->word; v++)
		pf_add_known(v->word);
}

/* a word the grammar reads as a prefix of longer words (units, countries) */
static void
pf_add_stem(const char *stem)
{
	unsigned char c0 = lower_ascii((unsigned char) stem[0]);

	if (c0 == 0)
		return;
	if (pf.nstems < (int) (sizeof(pf.stems) / sizeof(pf.stems[0])))
		pf.stems[pf.nstems++] = stem;
	else
		pf.stem1[c0 / 64] |= UINT64_C(1) << (c0 % 64);	/* full: every word of c0 */
	if (stem[1] == '\0')
		pf.stem1[c0 / 64] |= UINT64_C(1) << (c0 % 64);
	else
		pf_bit(pf.stem2, (uint32_t) c0 << 8 | lower_ascii((unsigned char) stem[1]));
}

static int
pf_stem_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

static bool
pf_in(const int *kinds, size_t n, int l)
{
	for (size_t k = 0; k < n; k++)
		if (kinds[k] == l)
			return true;
	return false;
}

static void
pf_build(void)
{
	for (const dl_lexicon *const *lx = dl_lexicons; *lx; lx++)
	{
		const dl_valued *const valued[] = {
			(*lx)->months, (*lx)->seasons, (*lx)->ordinals, (*lx)->numbers, (*lx)->units,
			(*lx)->relative_days, (*lx)->recurrences, (*lx)->multiples
		};

		for (int l = 0; l < DL_N_LISTS; l++)
		{
			bool		starts = dl_kind_starts(l);
			bool		function = pf_in(dl_function_starters,
										 sizeof(dl_function_starters) / sizeof(int), l);

			if (!(*lx)->lists[l])
				continue;
			for (const char *const *e = (*lx)->lists[l]; *e; e++)
			{
				if (starts)
					pf_add(&pf.start, *e, " ");
				if (starts)
					pf_add(function ? &pf.function : &pf.other, *e, " ");
				if (l == L_QUARTER_LETTERS || l == L_HALF_LETTERS)
					pf_add(&pf.numbered, *e, " ");
				if (l == L_PRESIDENCY_WORDS)
					pf_add(&pf.presidency, *e, " ");
				if (!dl_kind_phrase_only(l))
					pf_add_known(*e);
			}
		}
		pf_add_valued(&pf.start, (*lx)->seasons, " ");
		pf_add_valued(&pf.start, (*lx)->ordinals, " ");
		/* "half-yearly" starts at "half" */
		pf_add_valued(&pf.start, (*lx)->recurrences, " -");
		pf_add_valued(&pf.other, (*lx)->seasons, " ");
		pf_add_valued(&pf.other, (*lx)->ordinals, " ");
		pf_add_valued(&pf.other, (*lx)->recurrences, " -");
		for (size_t k = 0; k < sizeof(valued) / sizeof(valued[0]); k++)
			pf_add_known_valued(valued[k]);
		for (const dl_valued *v = (*lx)->units; v && v->word; v++)
			pf_add_stem(v->word);
		for (const dl_country *c = (*lx)->countries; c && c->stem; c++)
			pf_add_stem(c->stem);
	}
	/* country codes: the presidency calendar's, and GR (country_of() in grammar.c) */
	for (int y = 1950; y < 2100; y++)
		for (int h = 1; h <= 2; h++)
		{
			const char *c = dl_presidency_code(y, h);

			if (c && c[0] && c[1])
				pf_bit(pf.codes, (uint32_t) lower_ascii((unsigned char) c[0]) << 8 |
					   lower_ascii((unsigned char) c[1]));
		}
	pf_bit(pf.codes, (uint32_t) 'g' << 8 | 'r');
	/* stems by first byte: pf_stem_of() looks at one bucket */
	qsort(pf.stems, (size_t) pf.nstems, sizeof(pf.stems[0]), pf_stem_cmp);
	for (int c = 0, k = 0; c <= 256; c++)
	{
		while (k < pf.nstems && (unsigned char) pf.stems[k][0] < c)
			k++;
		pf.stem_from[c] = (short) k;
	}
	pf.built = true;
}

static inline bool
ascii_letter(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* may the table hold the word s[0..n)? (ASCII letters only) */
static inline bool
pf_has(const pf_set *set, const unsigned char *w, size_t n)
{
	uint32_t	k = pf_first2(w, n);

	if (!((set->first2[k / 64] >> (k % 64)) & 1))
		return false;
	k = pf_key(w, n);
	return (set->bits[k / 64] >> (k % 64)) & 1;
}

/* the length of a blank the lexer skips at s[k] (blank_len() in grammar.c) */
static inline size_t
pf_blank(const unsigned char *s, size_t len, size_t k)
{
	unsigned char c = s[k];

	if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
		return 1;
	if (c == 0xC2 && len - k >= 2 && s[k + 1] == 0xA0)
		return 2;
	if (c == 0xE2 && len - k >= 3 && s[k + 1] == 0x80 &&
		(s[k + 2] == 0xAF || s[k + 2] == 0x87 || s[k + 2] == 0x89))
		return 3;
	return 0;
}

/*
 * Where the ASCII word at s[i] ends, or 0 when the lexer could read the
 * word on (an apostrophe or a letter above 0x7F right after it).  Blanks,
 * dashes, typographic double quotes and guillemets end it
 * (word_byte() in grammar.c).
 */
static inline size_t
pf_word_end(const unsigned char *s, size_t len, size_t i)
{
	size_t		j = i;

	while (j < len && ascii_letter(s[j]))
		j++;
	if (j == len || (s[j] < 0x80 && s[j] != '\''))
		return j;
	if (pf_blank(s, len, j))
		return j;
	if (s[j] == 0xE2 && len - j >= 3 && s[j + 1] == 0x80 &&
		((s[j + 2] >= 0x90 && s[j + 2] <= 0x94) || s[j + 2] == 0x9C || s[j + 2] == 0x9D))
		return j;
	if (s[j] == 0xC2 && len - j >= 2 && (s[j + 1] == 0xAB || s[j + 1] == 0xBB))
		return j;
	return 0;
}

static inline bool
pf_roman(const unsigned char *w, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (lower_ascii(w[k]) != 'i' && lower_ascii(w[k]) != 'v' && lower_ascii(w[k]) != 'x')
			return false;
	return true;
}

/*
 * After a function starter that ends at s[j]: may the next token be one
 * the grammar reads on?  Anything but a plain ASCII word is (a number,
 * punctuation, a doubt); a plain word only when a lexicon knows it, starts
 * with a unit's or a country's stem, is a Roman month, a country code or
 * a single letter.  When it is itself a function word ("in the", "at the
 * latest"), the same question is asked of the word after it (up to four
 * words): a phrase cannot end on function words alone.
 */
/* does the word w[0..n) start with a unit's or a country's stem? */
static bool
pf_stem_of(const unsigned char *w, size_t n)
{
	unsigned char c0 = lower_ascii(w[0]);

	for (int k = pf.stem_from[c0]; k < pf.stem_from[c0 + 1]; k++)
	{
		const char *st = pf.stems[k];
		size_t		l = 0;

		while (st[l] && l < n && lower_ascii(w[l]) == (unsigned char) st[l])
			l++;
		if (st[l] == '\0')
			return true;
	}
	return false;
}

static inline bool
pf_known_next(const unsigned char *s, size_t len, size_t j)
{
	size_t		k = j,
				m,
				b;
	unsigned char c0,
				c1;

	for (int words = 0; words < 4; words++, k = m)
	{
		while (k < len && (b = pf_blank(s, len, k)) > 0)
			k += b;
		if (k == len || !ascii_letter(s[k]))
			return true;
		m = pf_word_end(s, len, k);
		if (m == 0 || m - k == 1)
			return true;
		c0 = lower_ascii(s[k]);
		c1 = lower_ascii(s[k + 1]);
		if (m - k == 2 && ((pf.codes[((uint32_t) c0 << 8 | c1) / 64] >> (c1 % 64)) & 1))
			return true;
		if (!(pf_has(&pf.known, s + k, m - k) ||
			  ((pf.stem1[c0 / 64] >> (c0 % 64)) & 1) ||
			  (((pf.stem2[((uint32_t) c0 << 8 | c1) / 64] >> (c1 % 64)) & 1) && pf_stem_of(s + k, m - k)) ||
			  pf_roman(s + k, m - k)))
			return false;
		/* "in the", "at the latest": another function word, read on */
		if (!pf_has(&pf.function, s + k, m - k) || pf_has(&pf.other, s + k, m - k) ||
			((pf.stem1[c0 / 64] >> (c0 % 64)) & 1) ||
			(((pf.stem2[((uint32_t) c0 << 8 | c1) / 64] >> (c1 % 64)) & 1) && pf_stem_of(s + k, m - k)) ||
			pf_roman(s + k, m - k))
			return true;
	}
	return true;
}

/*
 * May a marked phrase begin at the word that starts at s[i] (an ASCII
 * letter)?  False only when the grammar's gate would refuse it.
 */
static inline bool
pf_may_start(const unsigned char *s, size_t len, size_t i, size_t *j)
{
	size_t		k,
				m,
				b;
	bool		numbered,
				capital;

	*j = pf_word_end(s, len, i);
	if (*j == 0)
		return true;
	if (pf_has(&pf.start, s + i, *j - i))
		return !pf_has(&pf.function, s + i, *j - i) || pf_has(&pf.other, s + i, *j - i) ||
			pf_known_next(s, len, *j);
	numbered = pf_has(&pf.numbered, s + i, *j - i);
	capital = s[i] >= 'A' && s[i] <= 'Z';
	if (!numbered && !capital)
		return false;
	/* the next token: after the blanks the lexer skips */
	k = *j;
	while (k < len && (b = pf_blank(s, len, k)) > 0)
		k += b;
	if (k == len)
		return false;
	/* Q1 2018, H2, T3, S1: a number next */
	if (numbered && s[k] >= '0' && s[k] <= '9')
		return true;
	if (!capital)
		return false;
	/* Bulgarian Presidency: a capital, then a presidency word */
	if (s[k] >= 0x80 || s[k] == '\'')
		return true;
	if (!ascii_letter(s[k]))
		return false;
	m = pf_word_end(s, len, k);
	return m == 0 || pf_has(&pf.presidency, s + k, m - k);
}

/*
 * May a marked phrase begin at the word that starts at s[i] (an ASCII
 * letter)?  False only when the grammar's gate, or the phrase after it,
 * would refuse it; then *skip_to is where the word's letters end.
 */
bool
dl_prefilter_may_start(const char *s, size_t len, size_t i, size_t *skip_to)
{
	size_t		j = 0;

	if (!pf.built)
		pf_build();
	if (pf_may_start((const unsigned char *) s, len, i, &j))
		return true;
	*skip_to = j > i ? j : i;
	return false;
}

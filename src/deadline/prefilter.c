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
 * The words of the lexicons are kept, in lower case, in one hash table
 * with a bit per set they belong to: a word of the text is read, lowered
 * and hashed once, and one lookup tells every set it is in.  The table
 * compares whole words, so no two words share their sets: a "function"
 * bit a word got from another could refuse a phrase the grammar reads
 * (pf_known_next()), which a table of bits per hash could not rule out.
 */
#include "deadline_internal.h"
#include "deadline_lexicon.h"

#include <stdlib.h>
#include <string.h>

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

/* the sets a word belongs to */
enum
{
	PF_START = 1,				/* starter words */
	PF_NUMBERED = 2,			/* Q, H, T, S: start only before a number */
	PF_PRESIDENCY = 4,			/* read after a capitalised word */
	PF_FUNCTION = 8,			/* starters that need a known word next */
	PF_OTHER = 16,				/* starters of the other kinds */
	PF_KNOWN = 32				/* every word of every lexicon read in running text */
};

/*
 * Longer words are not looked up: they may be in every set but the
 * function starters', which answers "maybe" wherever it is asked.
 */
#define PF_WORD_MAX 24
#define PF_MAYBE_ALL (PF_START | PF_NUMBERED | PF_PRESIDENCY | PF_OTHER | PF_KNOWN)

/* a word of ASCII letters in lower case, zero-padded: compared 8 bytes at a time */
typedef struct pf_word
{
	uint64_t	w[PF_WORD_MAX / 8];
	size_t		n;
} pf_word;

typedef struct pf_entry
{
	pf_word		word;
	unsigned	sets;
} pf_entry;

/* keys of the first three letters of a word, or of the whole of a shorter one */
#define PF_PREFIXES (26 * 26 * 26 + 26 * 26 + 26)

#define PF_SLOTS 8192			/* a power of two; kept at most a quarter full */
#define PF_ENTRIES (PF_SLOTS / 4)

typedef struct prefilter
{
	/* open addressing: the entry's index + 1 in the low 16 bits, 16 bits
	 * of the word's hash above them (most misses end there); 0 is empty */
	uint32_t	slot[PF_SLOTS];
	pf_entry	entries[PF_ENTRIES];
	int			nentries;
	bool		full;			/* entries ran out: every word is "maybe" */
	int			dropped;		/* the words that found no entry */
	/* the first three letters of every word in PF_START or PF_NUMBERED
	 * (all of a shorter one), a bit each: pf_prefix() */
	uint64_t	start_prefix[PF_PREFIXES / 64 + 1];
	uint64_t	keep[PF_WORD_MAX + 1][PF_WORD_MAX / 8];	/* pf_pack()'s masks */
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

/* classes of bytes, one load each in the scan (pf_build() fills pf_class) */
enum
{
	PC_LETTER = 1,				/* an ASCII letter */
	PC_ALNUM = 2,				/* dl_is_alnum() */
	PC_START = 4				/* dl_is_word_start() */
};
static unsigned char pf_class[256];

static inline bool
ascii_letter(unsigned char c)
{
	return (pf_class[c] & PC_LETTER) != 0;
}

static inline uint64_t
pf_hash(const pf_word *k)
{
	uint64_t	h = k->w[0] * UINT64_C(0x9E3779B97F4A7C15);

	if (k->n > 8)
		h ^= k->w[1] * UINT64_C(0xC2B2AE3D27D4EB4F) ^ k->w[2] * UINT64_C(0x165667B19E3779F9);
	return h ^ (h >> 31);
}

static inline uint32_t
pf_home(uint64_t h)
{
	return (uint32_t) (h >> 51) % PF_SLOTS;
}

static inline uint32_t
pf_tag(uint64_t h)
{
	return (uint32_t) (h >> 16) & 0xFFFF0000u;
}

static inline uint64_t
pf_load8(const unsigned char *p)
{
	uint64_t	v;

	memcpy(&v, p, sizeof(v));
	return v;
}

/*
 * The word of ASCII letters w[0..n) (n <= PF_WORD_MAX) as a key, in lower
 * case: read 8 bytes at a time, the bytes past the word masked off
 * (pf.keep[n][q] keeps the bytes of the q-th load that are in the word, in
 * the machine's byte order).  Near the end of the text (avail bytes readable) through a
 * copy; the lexicons' words likewise.
 */
static inline void
pf_pack(const unsigned char *w, size_t n, size_t avail, pf_word *k)
{
	unsigned char buf[PF_WORD_MAX];

	if (avail < PF_WORD_MAX)
	{
		memset(buf, 0, sizeof(buf));
		memcpy(buf, w, n);
		w = buf;
	}
	/* | 0x20 lowers an ASCII letter, and every byte kept is one */
	k->w[0] = (pf_load8(w) | UINT64_C(0x2020202020202020)) & pf.keep[n][0];
	k->w[1] = k->w[2] = 0;
	if (n > 8)					/* most words are shorter */
		for (size_t q = 1; q < PF_WORD_MAX / 8; q++)
			k->w[q] = (pf_load8(w + 8 * q) | UINT64_C(0x2020202020202020)) & pf.keep[n][q];
	k->n = n;
}

/* the key of the first three letters of the ASCII letters w[0..n) */
static inline uint32_t
pf_prefix(const unsigned char *w, size_t n)
{
	/* letters: | 0x20 lowers them */
	uint32_t	a = (uint32_t) (w[0] | 0x20) - 'a';

	if (n == 1)
		return 26 * 26 * 26 + 26 * 26 + a;
	if (n == 2)
		return 26 * 26 * 26 + a * 26 + ((uint32_t) (w[1] | 0x20) - 'a');
	return (a * 26 + ((uint32_t) (w[1] | 0x20) - 'a')) * 26 + ((uint32_t) (w[2] | 0x20) - 'a');
}

static inline bool
pf_same(const pf_word *a, const pf_word *b)
{
	return a->n == b->n && a->w[0] == b->w[0] && a->w[1] == b->w[1] && a->w[2] == b->w[2];
}

/* the sets the word k is in (PF_*) */
static inline unsigned
pf_sets(const pf_word *k)
{
	uint64_t	h = pf_hash(k);
	uint32_t	tag = pf_tag(h);

	if (k->n > PF_WORD_MAX || pf.full)
		return PF_MAYBE_ALL;
	for (uint32_t i = pf_home(h); pf.slot[i]; i = (i + 1) % PF_SLOTS)
		if ((pf.slot[i] & 0xFFFF0000u) == tag &&
			pf_same(&pf.entries[(pf.slot[i] & 0xFFFF) - 1].word, k))
			return pf.entries[(pf.slot[i] & 0xFFFF) - 1].sets;
	return 0;
}

static void
pf_bit(uint64_t *table, uint32_t k)
{
	table[k / 64] |= UINT64_C(1) << (k % 64);
}

/*
 * A word of the lexicons into sets.  One with other bytes than ASCII
 * letters is none the scan looks up; of one longer than PF_WORD_MAX only
 * the first letters are kept (pf_sets_of() answers "maybe" for any word
 * that long).
 */
static void
pf_insert(unsigned sets, const unsigned char *w, size_t n)
{
	pf_word		k;
	uint64_t	h;
	uint32_t	i;

	if (n == 0)
		return;
	for (size_t c = 0; c < n; c++)
		if (!ascii_letter(w[c]))
			return;
	if (sets & (PF_START | PF_NUMBERED))
		pf_bit(pf.start_prefix, pf_prefix(w, n));
	if (n > PF_WORD_MAX)
		return;
	pf_pack(w, n, 0, &k);
	h = pf_hash(&k);
	for (i = pf_home(h); pf.slot[i]; i = (i + 1) % PF_SLOTS)
		if (pf_same(&pf.entries[(pf.slot[i] & 0xFFFF) - 1].word, &k))
		{
			pf.entries[(pf.slot[i] & 0xFFFF) - 1].sets |= sets;
			return;
		}
	if (pf.nentries >= PF_ENTRIES)
	{
		pf.full = true;
		pf.dropped++;
		return;
	}
	pf.entries[pf.nentries].word = k;
	pf.entries[pf.nentries].sets = sets;
	pf.nentries++;
	pf.slot[i] = pf_tag(h) | (uint32_t) pf.nentries;
}

/* the first word of a phrase (as the grammar's dictionary keeps it) */
static void
pf_add(unsigned sets, const char *phrase, const char *stop)
{
	pf_insert(sets, (const unsigned char *) phrase, strcspn(phrase, stop));
}

static void
pf_add_valued(unsigned sets, const dl_valued *v, const char *stop)
{
	for (; v && v->word; v++)
		pf_add(sets, v->word, stop);
}

/* every word of a phrase, whole and cut at hyphens and apostrophes */
static void
pf_add_known(const char *phrase)
{
	for (const char *w = phrase; *w;)
	{
		size_t		n = strcspn(w, " ");

		pf_add(PF_KNOWN, w, " ");
		for (const char *part = w; part < w + n;)
		{
			size_t		l = strcspn(part, " -'");

			if (l > n - (size_t) (part - w))
				l = n - (size_t) (part - w);
			if (l > 0)
				pf_insert(PF_KNOWN, (const unsigned char *) part, l);
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
	for (int c = 0; c < 256; c++)
		pf_class[c] = (unsigned char) ((((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ? PC_LETTER : 0) |
									   (dl_is_alnum((unsigned char) c) ? PC_ALNUM : 0) |
									   (dl_is_word_start((unsigned char) c) ? PC_START : 0));
	for (int n = 0; n <= PF_WORD_MAX; n++)
	{
		unsigned char b[PF_WORD_MAX] = {0};

		memset(b, 0xFF, (size_t) n);
		memcpy(pf.keep[n], b, sizeof(pf.keep[n]));
	}
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
					pf_add(PF_START | (function ? PF_FUNCTION : PF_OTHER), *e, " ");
				if (l == L_QUARTER_LETTERS || l == L_HALF_LETTERS)
					pf_add(PF_NUMBERED, *e, " ");
				if (l == L_PRESIDENCY_WORDS)
					pf_add(PF_PRESIDENCY, *e, " ");
				if (!dl_kind_phrase_only(l))
					pf_add_known(*e);
			}
		}
		pf_add_valued(PF_START | PF_OTHER, (*lx)->seasons, " ");
		pf_add_valued(PF_START | PF_OTHER, (*lx)->ordinals, " ");
		/* "half-yearly" starts at "half" */
		pf_add_valued(PF_START | PF_OTHER, (*lx)->recurrences, " -");
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
 * Where the ASCII letters from s[j] end.  Eight bytes at a time where the
 * compiler says the machine is little-endian (the first byte that is no
 * letter is then the lowest flagged): a byte b is a letter when b | 0x20
 * is 'a' to 'z' and b is below 0x80; each byte's test is carried in its
 * high bit, with that bit set beforehand so no subtraction borrows from
 * the next byte.
 */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__) && \
	__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define PF_LETTERS_8 1
#endif

static inline size_t
pf_letters_end(const unsigned char *s, size_t len, size_t j)
{
#ifdef PF_LETTERS_8
	const uint64_t ones = UINT64_C(0x0101010101010101),
				highs = UINT64_C(0x8080808080808080);

	while (len - j >= 8)
	{
		uint64_t	x = pf_load8(s + j),
					y = x | highs | ones * 0x20,
					letters = (y - ones * 0x61) & ~(y - ones * 0x7B) & ~x & highs,
					others = ~letters & highs;

		if (others)
			return j + (size_t) (__builtin_ctzll(others) / 8);
		j += 8;
	}
#endif
	while (j < len && ascii_letter(s[j]))
		j++;
	return j;
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
	size_t		j = pf_letters_end(s, len, i);

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

/* the sets of the word of ASCII letters w[0..n); avail bytes from w may be read */
static inline unsigned
pf_sets_of(const unsigned char *w, size_t n, size_t avail)
{
	pf_word		k;

	if (n > PF_WORD_MAX)
		return PF_MAYBE_ALL;
	pf_pack(w, n, avail, &k);
	return pf_sets(&k);
}

/* may the word of ASCII letters w[0..n) be a starter or a quarter or half
 * letter?  false: it is neither */
static inline bool
pf_may_start_word(const unsigned char *w, size_t n)
{
	uint32_t	k = pf_prefix(w, n);

	return (pf.start_prefix[k / 64] >> (k % 64)) & 1;
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
/* does the word of ASCII letters w[0..n) start with a unit's or a country's stem? */
static bool
pf_stem_of(const unsigned char *w, size_t n)
{
	/* letters: | 0x20 lowers them */
	unsigned char c0 = w[0] | 0x20,
				c1 = n > 1 ? w[1] | 0x20 : 0;

	for (int k = pf.stem_from[c0]; k < pf.stem_from[c0 + 1]; k++)
	{
		const char *st = pf.stems[k];
		size_t		l = 0;

		/* sorted: past the word's second letter no stem can be its prefix */
		if ((unsigned char) st[1] > c1)
			break;

		while (st[l] && l < n && (w[l] | 0x20) == (unsigned char) st[l])
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
		unsigned	sets;
		bool		read;

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
		sets = pf_sets_of(s + k, m - k, len - k);
		/* a unit's or a country's stem, a Roman month: read whatever follows */
		read = ((pf.stem1[c0 / 64] >> (c0 % 64)) & 1) ||
			(((pf.stem2[((uint32_t) c0 << 8 | c1) / 64] >> (c1 % 64)) & 1) && pf_stem_of(s + k, m - k)) ||
			pf_roman(s + k, m - k);
		if (!(sets & PF_KNOWN) && !read)
			return false;
		/* "in the", "at the latest": another function word, read on */
		if (!(sets & PF_FUNCTION) || (sets & PF_OTHER) || read)
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
	unsigned	sets = 0;

	*j = pf_word_end(s, len, i);
	if (*j == 0)
		return true;
	/* most words are rejected by their first three letters, before any hashing */
	if (pf_may_start_word(s + i, *j - i))
		sets = pf_sets_of(s + i, *j - i, len - i);
	if (sets & PF_START)
		return !(sets & PF_FUNCTION) || (sets & PF_OTHER) || pf_known_next(s, len, *j);
	numbered = (sets & PF_NUMBERED) != 0;
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
	return m == 0 || (pf_sets_of(s + k, m - k, len - k) & PF_PRESIDENCY);
}

/* Words the table could not take: every word is then "maybe", right but
 * slow; a unit test requires none (test_lexicon.c). */
int
dl_prefilter_dropped(void)
{
	if (!pf.built)
		pf_build();
	return pf.dropped;
}

/*
 * The scan of deadline_extract() (extract.c) up to the next word where
 * the grammar must run: deadline_extract_reference() stops at every word
 * start, this one goes on past each ASCII word the grammar's gate, or the
 * phrase after it, would refuse, and past the rest of its word as the
 * grammar's refusal does (phrase_at() in extract.c).  In one function with
 * the tests above, so that the loop over the text's words is compiled as
 * one.
 */
size_t
dl_prefilter_next(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *) s;

	if (!pf.built)
		pf_build();
	while (i < len)
	{
		size_t		j = 0;

		/* dl_at_word_start(), from the classes */
		if (!(pf_class[u[i]] & PC_START) ||
			(i > 0 && (pf_class[u[i - 1]] & PC_ALNUM) &&
			 !(i > 1 && u[i - 1] == 0xA0 && u[i - 2] == 0xC2)))
		{
			i++;
			continue;
		}
		if (u[i] >= 0x80 || pf_may_start(u, len, i, &j))
			return i;
		/* refused: its letters, then what the grammar's refusal skips too */
		i = j > i ? j : i;
		while (i < len && (pf_class[u[i]] & PC_ALNUM))
			i++;
	}
	return len;
}

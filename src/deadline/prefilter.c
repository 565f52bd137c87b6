/*
 * prefilter.c: which words of a text may begin a marked deadline phrase,
 * decided from the word's bytes alone, so that the extractor runs the
 * grammar (lexer, dictionary hash, parser) only at the few words that can.
 *
 * The grammar's gate (may_start_marked() in grammar.c) lets a phrase start
 * at a word of a starting kind (a marker, an article, early/mid/end, a
 * season, an ordinal, a recurrence, ...), at a quarter or half letter
 * before a number (Q1 2018) or at a capitalised word before a presidency
 * word (Bulgarian Presidency).  The tables below are built from the
 * lexicons (dl_lexicons[]), never written per language: a new language is
 * still only a table.  They answer "maybe" or "no"; "no" must be exact, so
 * every doubtful shape (a byte above 0x7F, an apostrophe, which the lexer
 * reads in ways of its own) answers "maybe", and the grammar decides.
 *
 * A word is keyed by a hash of its letters (lower case), and a table keeps
 * a bit per key: one lookup rejects almost every word that is not a
 * starter.  Keys collide only towards "maybe".
 */
#include "deadline_internal.h"
#include "deadline_lexicon.h"

#include <string.h>

/*
 * The kinds that never begin a phrase in running text: every other kind of
 * deadline_lexicon.h does (may_start_marked() in grammar.c).  Listed as the
 * exceptions so that a kind added to the lexicons is taken as a starter
 * until it is listed here: the safe side.
 */
static const int dl_never_starts[] = {
	L_OF_WORDS, L_QUARTER_WORDS, L_HALF_WORDS, L_ONGOING_WORDS, L_AND_WORDS,
	L_YEAR_WORDS, L_THIS_WORDS, L_QUARTER_LETTERS, L_HALF_LETTERS,
	L_ORDINAL_SUFFIXES, L_DAY_SUFFIXES, L_TO_WORDS, L_BETWEEN_WORDS,
	L_ONWARDS_WORDS, L_WEEKDAYS, L_ON_WORDS, L_SPAN_START_WORDS,
	L_PART_PREPOSITIONS, L_PAST_WORDS, L_BEYOND_WORDS, L_FOR_PHRASES,
	L_TO_EXCLUSIVE_WORDS, L_ASAP_PHRASES, L_BUT_WORDS, L_OTHER_WORDS,
	L_PER_WORDS, L_TIMES_WORDS, L_TIMES_PER_WORDS
};

/* bits per table: 16 kB each, a few hundred words set */
#define PF_BITS (1u << 17)

typedef struct prefilter
{
	uint64_t	start[PF_BITS / 64];	/* starter words */
	uint64_t	numbered[PF_BITS / 64];	/* Q, H, T, S: start only before a number */
	uint64_t	presidency[PF_BITS / 64];	/* read after a capitalised word */
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

/* the first word of a phrase (as the grammar's dictionary keeps it) */
static void
pf_add(uint64_t *table, const char *phrase, const char *stop)
{
	size_t		n = strcspn(phrase, stop);
	uint32_t	k;

	if (n == 0)
		return;
	k = pf_key((const unsigned char *) phrase, n);
	table[k / 64] |= UINT64_C(1) << (k % 64);
}

static void
pf_add_valued(uint64_t *table, const dl_valued *v, const char *stop)
{
	for (; v && v->word; v++)
		pf_add(table, v->word, stop);
}

static void
pf_build(void)
{
	for (const dl_lexicon *const *lx = dl_lexicons; *lx; lx++)
	{
		for (int l = 0; l < DL_N_LISTS; l++)
		{
			bool		starts = true;

			if (!(*lx)->lists[l])
				continue;
			for (size_t k = 0; k < sizeof(dl_never_starts) / sizeof(dl_never_starts[0]); k++)
				if (dl_never_starts[k] == l)
					starts = false;
			for (const char *const *e = (*lx)->lists[l]; *e; e++)
			{
				if (starts)
					pf_add(pf.start, *e, " ");
				if (l == L_QUARTER_LETTERS || l == L_HALF_LETTERS)
					pf_add(pf.numbered, *e, " ");
				if (l == L_PRESIDENCY_WORDS)
					pf_add(pf.presidency, *e, " ");
			}
		}
		pf_add_valued(pf.start, (*lx)->seasons, " ");
		pf_add_valued(pf.start, (*lx)->ordinals, " ");
		/* "half-yearly" starts at "half" */
		pf_add_valued(pf.start, (*lx)->recurrences, " -");
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
pf_has(const uint64_t *table, const unsigned char *w, size_t n)
{
	uint32_t	k = pf_key(w, n);

	return (table[k / 64] >> (k % 64)) & 1;
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

/*
 * May a marked phrase begin at the word that starts at s[i] (an ASCII
 * letter)?  False only when the grammar's gate would refuse it.
 */
bool
dl_prefilter_may_start(const char *text, size_t len, size_t i)
{
	const unsigned char *s = (const unsigned char *) text;
	size_t		j,
				k,
				m,
				b;
	bool		numbered,
				capital;

	if (!pf.built)
		pf_build();
	j = pf_word_end(s, len, i);
	if (j == 0)
		return true;
	if (pf_has(pf.start, s + i, j - i))
		return true;
	numbered = pf_has(pf.numbered, s + i, j - i);
	capital = s[i] >= 'A' && s[i] <= 'Z';
	if (!numbered && !capital)
		return false;
	/* the next token: after the blanks the lexer skips */
	k = j;
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
	return m == 0 || pf_has(pf.presidency, s + k, m - k);
}

/*
 * deadline_grammar.c: the phrase reader of the deadline type.  Input is cut
 * into tokens (words lower-cased, numbers, punctuation) and read by a small
 * recursive-descent grammar over tokens.  The words are data, one lexicon
 * per language (src/lexicon/, deadline_lexicon.h); the grammar is written
 * once and reads every language at once, so a phrase mixing "bis" and
 * "Ende" works the same as "by the end of", and adding a language is adding
 * a lexicon.  No PostgreSQL header (see deadline_core.h).
 */
#include "deadline_internal.h"
#include "deadline_lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------- tokens ---------- */

/*
 * Kinds of words as bits: the lists of deadline_lexicon.h take the low
 * bits, the valued words (months, seasons, ordinals) the top three.
 */
typedef uint64_t wmask;
#define BIT(k) (UINT64_C(1) << (k))

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
	wmask		mask;			/* word lists the word starts an entry of */
	wmask		single;			/* word lists the word is a whole entry of */
	int			value;			/* month, season or ordinal number */
	const struct dict_entry *entry;	/* the word in the dictionary, or NULL */
	size_t		start,
				end;			/* byte offsets */
} token;

/*
 * A word of the lexicons (the dictionary below): what the grammar asks of
 * it, found once when the word is lexed rather than by scanning the
 * lexicons at every question.  All of it is derived from the lexicons.
 */
typedef struct dict_entry
{
	char		word[WORD_MAX];
	wmask		mask;			/* starts an entry of these lists */
	wmask		single;			/* is a whole (one-word) entry of these */
	int			value;			/* month 1-12, season 1-4, ordinal 1-4 */
	/* the first value (in lexicon order) of the word in a valued list, or NO_VALUE */
	int			number;
	int			relative_day;
	int			recurrence;
	int			multiple;
	/* phrase_index[phrase_from .. phrase_to): the list entries it starts */
	int			phrase_from,
				phrase_to;
} dict_entry;

#define NO_VALUE INT32_MIN

/*
 * The entries of the lexicons' lists by their first word: accept_phrases()
 * tries only the phrases that begin with the word at the cursor.
 */
typedef struct phrase_ref
{
	int			list;
	const char *phrase;
} phrase_ref;

static phrase_ref phrase_index[2048];

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
		/* hyphens, dashes and typographic quotes are punctuation, not letters */
		if (p[0] == 0xE2 && end - p >= 3 && p[1] == 0x80 &&
			((p[2] >= 0x90 && p[2] <= 0x94) || p[2] == 0x9C || p[2] == 0x9D))
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

static const struct dict_entry *dict_lookup(const char *w);
static void token_set_entry(token *k, const struct dict_entry *e);

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
	k->entry = NULL;
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
		int			o = 0,
					apos_o = 0;
		const unsigned char *apos_p = NULL;

		k->kind = TK_WORD;
		while (p < end && word_byte(p, end, &wl))
		{
			if ((wl == 3 || *p == '\'') && o < WORD_MAX - 1)
			{
				k->w[o++] = '\'';	/* ’ reads as ' */
				if (!apos_p)
				{
					apos_p = p + wl;
					apos_o = o;
				}
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
		token_set_entry(k, dict_lookup(k->w));
		/*
		 * An elided article or preposition glued to the next word
		 * ("l'automne", "dell'anno", "d'ici" is a word of its own): when the
		 * whole is no known word but the part up to the apostrophe is, the
		 * token ends there and the rest is the next token.
		 */
		if (k->mask == 0 && apos_p && apos_o < o && apos_o < WORD_MAX)
		{
			char		c = k->w[apos_o];
			const struct dict_entry *e;

			k->w[apos_o] = '\0';
			e = dict_lookup(k->w);
			if (e && e->mask != 0)
			{
				token_set_entry(k, e);
				p = apos_p;
				lx->glued = false;
				k->end = (size_t) ((const char *) p - lx->s);
				lx->pos = k->end;
				return true;
			}
			k->w[apos_o] = c;
		}
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
		else if (p[0] == 0xE2 && end - p >= 3 && p[1] == 0x80 && p[2] >= 0x90 && p[2] <= 0x94)
		{
			k->kind = TK_DASH;	/* U+2010 hyphen, U+2011 non-breaking hyphen, figure,
								 * en and em dash */
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

static const char HINT_SHAPES[] =
	"Accepted shapes: '2018', 'May 2018', '25 May 2018', '31/12/2018', 'early/mid-/end of 2018', "
	"'Q1 2018', 'H2 2018', 'spring 2018', 'BG Presidency 2018', spans such as "
	"'end of 2018/early 2019', '2018-2020', 'March-April 2019' or '15-16 October 2020', "
	"each optionally after 'by', 'before' or 'from', or followed by 'and ongoing'; 'ongoing'; "
	"EDTF such as '2018-38' or '../2018-05'; 'as soon as possible'; recurrences such as "
	"'annually', 'every 6 months from 2019' or 'each year by 31 March'; in English, Dutch, "
	"French, German, Spanish or Italian.";
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
	bool		guessed;		/* a quarter, half or season got its year from ref */
	bool		implicit_year;	/* relative_year read "the year", with no "this" or "next" */
	bool		past;			/* a past word came first: "el pasado 29 de enero" */
	bool		past_text;		/* the phrase around says it happened ("adopted", "a
								 * adopté"): deadline_parse_phrase only */
	bool		since;			/* the marker looks back ("seit 1. Februar"): a date
								 * without a year is the last one, as in a past text */
	bool		phrase;			/* searching a phrase for its time (deadline_parse_phrase) */
	bool		target_text;	/* the phrase names a target ("the 2030 target",
								 * "l'objectif ... pour 2030"): deadline_parse_phrase only */
	bool		in_asap;		/* reading the bound after "as soon as possible" */
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
	int			at = p->i + k;

	/* the grammar asks mostly for tokens already read */
	if (at < p->n)
		return &p->t[at];
	while (at >= p->n && !p->at_end)
	{
		if (p->n >= p->max || !next_token(&p->lx, &p->t[p->n], p->n == 0))
			p->at_end = true;
		else
			p->n++;
	}
	return at < p->n ? &p->t[at] : NULL;
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

static inline bool token_may_start(parser *p, int k, wmask bit);

/* Is token k one of the words of list id (single-word entries)? */
static inline bool
word_in(parser *p, int k, int id)
{
	token	   *t = tok(p, k);

	return t && t->kind == TK_WORD && (t->single & BIT(id)) != 0;
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

static bool accept_phrases_at(parser *p, int id);

/*
 * The longest phrase of kind id, in any lexicon, at the cursor.  Asked
 * again and again of words that begin none: that answer is inline.
 */
static inline bool
accept_phrases(parser *p, int id)
{
	return token_may_start(p, 0, BIT(id)) && accept_phrases_at(p, id);
}

/* accept_phrases() where the word at the cursor begins a phrase of kind id */
static bool
accept_phrases_at(parser *p, int id)
{
	int			best = 0;
	const dict_entry *e;

	/* only the entries that begin with this word can match */
	e = tok(p, 0)->entry;
	for (int r = e->phrase_from; r < e->phrase_to; r++)
		if (phrase_index[r].list == id)
		{
			int			k = phrase_len(p, phrase_index[r].phrase);

			if (k > best)
				best = k;
		}
	p->i += best;
	return best > 0;
}

static const char *country_of(parser *p, int k);

/*
 * Articles are noise, except a country code before "Presidency": "DE
 * Presidency" is Germany's, "EL Presidency" Greece's, though "de" and "el"
 * are articles in Dutch and Spanish.
 */
static bool
country_before_presidency(parser *p)
{
	return tok(p, 0) && strlen(tok(p, 0)->w) == 2 && word_in(p, 1, L_PRESIDENCY_WORDS) &&
		country_of(p, 0);
}

static void
skip_articles(parser *p)
{
	while (word_in(p, 0, L_ARTICLES) && !country_before_presidency(p))
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

/* the valued words take the top bits; the kinds of deadline_lexicon.h the rest */
#define MASK_MULTIPLE BIT(58)
#define MASK_RECUR BIT(59)
#define MASK_RELDAY BIT(60)
#define MASK_MONTH BIT(61)
#define MASK_SEASON BIT(62)
#define MASK_ORDINAL BIT(63)
/* (an enum is no preprocessor constant: the check is the compiler's) */
typedef char dl_kinds_fit_the_mask[DL_N_LISTS <= 58 ? 1 : -1];

static dict_entry dictionary[2048];
static int	dictionary_size = 0;
static int	dictionary_dropped = 0;
static bool dictionary_built = false;

/* Open addressing over the dictionary: one hash, usually one strcmp. */
#define DICT_SLOTS 4096
static short dict_slot[DICT_SLOTS];		/* index + 1, 0 = empty */

static uint32_t
word_hash(const char *w)
{
	uint32_t	h = 2166136261u;

	for (; *w; w++)
		h = (h ^ (unsigned char) *w) * 16777619u;
	return h;
}

static void
dict_slot_add(int i)
{
	uint32_t	h = word_hash(dictionary[i].word) % DICT_SLOTS;

	while (dict_slot[h])
		h = (h + 1) % DICT_SLOTS;
	dict_slot[h] = (short) (i + 1);
}

/* the entry whose word is w exactly, or NULL */
static dict_entry *
dict_find(const char *w)
{
	for (uint32_t h = word_hash(w) % DICT_SLOTS; dict_slot[h]; h = (h + 1) % DICT_SLOTS)
		if (strcmp(dictionary[dict_slot[h] - 1].word, w) == 0)
			return &dictionary[dict_slot[h] - 1];
	return NULL;
}

static int
dict_cmp(const void *a, const void *b)
{
	return strcmp(((const dict_entry *) a)->word, ((const dict_entry *) b)->word);
}

static dict_entry *
dict_add(const char *phrase, wmask bit)
{
	static dict_entry overflow;	/* a full table drops words, never crashes:
								 * dl_lexicon_dropped() counts them, and a
								 * unit test requires none */

	char		w[WORD_MAX];
	size_t		l = strcspn(phrase, " ");
	dict_entry *e;

	if (l >= WORD_MAX)
	{
		dictionary_dropped++;
		return &overflow;
	}
	memcpy(w, phrase, l);
	w[l] = '\0';
	if ((e = dict_find(w)) != NULL)
	{
		e->mask |= bit;
		if (phrase[l] == '\0')
			e->single |= bit;
		return e;
	}
	if (dictionary_size < (int) (sizeof(dictionary) / sizeof(dictionary[0])))
	{
		e = &dictionary[dictionary_size++];
		strcpy(e->word, w);
		e->mask = bit;
		e->single = phrase[l] == '\0' ? bit : 0;
		dict_slot_add(dictionary_size - 1);
		return e;
	}
	dictionary_dropped++;
	return &overflow;
}

static void
dict_add_valued(const dl_valued *v, wmask bit)
{
	for (; v && v->word; v++)
		dict_add(v->word, bit)->value = v->value;
}

/* a word a token can equal (no blank in it): in the dictionary, of no kind */
static void
dict_add_plain(const dl_valued *v)
{
	for (; v && v->word; v++)
		if (v->word[strcspn(v->word, " ")] == '\0')
			dict_add(v->word, 0);
}

/* Every word of every lexicon, with the kinds it starts or is. */
static void
build_dictionary(void)
{
	for (const dl_lexicon *const *lx = dl_lexicons; *lx; lx++)
	{
		for (int l = 0; l < DL_N_LISTS; l++)
			if ((*lx)->lists[l])
				for (const char *const *e = (*lx)->lists[l]; *e; e++)
					dict_add(*e, BIT(l));
		dict_add_valued((*lx)->months, MASK_MONTH);
		dict_add_valued((*lx)->seasons, MASK_SEASON);
		dict_add_valued((*lx)->ordinals, MASK_ORDINAL);
		/* only so that a phrase may start at one (relative_day() reads them) */
		for (const dl_valued *v = (*lx)->relative_days; v && v->word; v++)
			dict_add(v->word, MASK_RELDAY);
		/* likewise (recurrence_word() reads them); "half-yearly" starts at "half" */
		for (const dl_valued *v = (*lx)->recurrences; v && v->word; v++)
		{
			char		w[WORD_MAX];
			size_t		l = strcspn(v->word, "-");

			if (l >= WORD_MAX)
			{
				dict_add(v->word, MASK_RECUR);	/* too long: counted dropped */
				continue;
			}
			memcpy(w, v->word, l);
			w[l] = '\0';
			dict_add(w, MASK_RECUR);
		}
		for (const dl_valued *v = (*lx)->multiples; v && v->word; v++)
			dict_add(v->word, MASK_MULTIPLE);
		/* weekdays are listed Monday first: their number is their place */
		if ((*lx)->lists[L_WEEKDAYS])
			for (int k = 0; k < 7 && (*lx)->lists[L_WEEKDAYS][k]; k++)
				dict_add((*lx)->lists[L_WEEKDAYS][k], BIT(L_WEEKDAYS))->value = k + 1;
		/* number words mark no kind, but number_word() finds them here */
		dict_add_plain((*lx)->numbers);
	}
	qsort(dictionary, (size_t) dictionary_size, sizeof(dictionary[0]), dict_cmp);
}

/*
 * Words read as prefixes (units, countries' stems), by first byte, in
 * lexicon order: prefix_from[c] .. prefix_from[c + 1] of units_by_byte
 * may be a prefix of a word starting with c (an empty one of any word).
 */
static const dl_valued *units_by_byte[512];
static short unit_from[257];
static const dl_country *stems_by_byte[2048];
static short stem_from[257];

/* a two-letter word's presidency code, by its letters (country_of()) */
static const char *code_of_letters[26][26];

/* each word's first value (in lexicon order) in the valued lists read whole */
static void
index_values(void)
{
	for (const dl_lexicon *const *lx = dl_lexicons; *lx; lx++)
	{
		const dl_valued *const lists[] = {
			(*lx)->numbers, (*lx)->relative_days, (*lx)->recurrences, (*lx)->multiples
		};

		for (int k = 0; k < 4; k++)
			for (const dl_valued *v = lists[k]; v && v->word; v++)
			{
				dict_entry *e = dict_find(v->word);
				int		   *slot;

				if (!e)
					continue;	/* "half-yearly": no token is that word */
				slot = k == 0 ? &e->number : k == 1 ? &e->relative_day :
					k == 2 ? &e->recurrence : &e->multiple;
				if (*slot == NO_VALUE)
					*slot = v->value;
			}
	}
}

/* the entry of a phrase's first word, or NULL when the dictionary dropped it */
static dict_entry *
first_word_entry(const char *phrase)
{
	char		w[WORD_MAX];
	size_t		l = strcspn(phrase, " ");

	if (l >= WORD_MAX)
		return NULL;
	memcpy(w, phrase, l);
	w[l] = '\0';
	return dict_find(w);
}

/* two passes over the lists: count the phrases each word starts, then place them */
static void
build_phrase_index(void)
{
	int			n = 0;

	for (int i = 0; i < dictionary_size; i++)
		dictionary[i].phrase_from = dictionary[i].phrase_to = 0;
	for (const dl_lexicon *const *lx = dl_lexicons; *lx; lx++)
		for (int l = 0; l < DL_N_LISTS; l++)
			for (const char *const *e = (*lx)->lists[l]; e && *e; e++)
			{
				dict_entry *d = first_word_entry(*e);

				if (d)
					d->phrase_to++;
			}
	for (int i = 0; i < dictionary_size; i++)
	{
		int			count = dictionary[i].phrase_to;

		dictionary[i].phrase_from = dictionary[i].phrase_to = n;
		n += count;
	}
	if (n > (int) (sizeof(phrase_index) / sizeof(phrase_index[0])))
	{
		/* no room: every phrase dropped, and counted (a unit test requires none) */
		dictionary_dropped += n;
		for (int i = 0; i < dictionary_size; i++)
			dictionary[i].phrase_from = dictionary[i].phrase_to = 0;
		return;
	}
	for (const dl_lexicon *const *lx = dl_lexicons; *lx; lx++)
		for (int l = 0; l < DL_N_LISTS; l++)
			for (const char *const *e = (*lx)->lists[l]; e && *e; e++)
			{
				dict_entry *d = first_word_entry(*e);

				if (d)
				{
					phrase_index[d->phrase_to].list = l;
					phrase_index[d->phrase_to].phrase = *e;
					d->phrase_to++;
				}
			}
}

static void
build_prefixes(void)
{
	int			n = 0;

	for (int c = 0; c < 256; c++)
	{
		unit_from[c] = (short) n;
		for (const dl_lexicon *const *lx = dl_lexicons; *lx; lx++)
			for (const dl_valued *v = (*lx)->units; v && v->word; v++)
				if ((unsigned char) v->word[0] == c || v->word[0] == '\0')
				{
					if (n < (int) (sizeof(units_by_byte) / sizeof(units_by_byte[0])))
						units_by_byte[n++] = v;
					else
						dictionary_dropped++;
				}
	}
	unit_from[256] = (short) n;
	n = 0;
	for (int c = 0; c < 256; c++)
	{
		stem_from[c] = (short) n;
		for (const dl_lexicon *const *lx = dl_lexicons; *lx; lx++)
			for (const dl_country *k = (*lx)->countries; k && k->stem; k++)
				if ((unsigned char) k->stem[0] == c || k->stem[0] == '\0')
				{
					if (n < (int) (sizeof(stems_by_byte) / sizeof(stems_by_byte[0])))
						stems_by_byte[n++] = k;
					else
						dictionary_dropped++;
				}
	}
	stem_from[256] = (short) n;
	/* the order of country_of(): GR for Greece, then the calendar's codes */
	for (int a = 0; a < 26; a++)
		for (int b = 0; b < 26; b++)
		{
			char		w[3] = {(char) ('a' + a), (char) ('a' + b), '\0'};

			if (dl_equal_ci2(w, "gr"))
				code_of_letters[a][b] = "EL";
			for (int y = 2007; y <= 2030 && !code_of_letters[a][b]; y++)
				for (int h = 1; h <= 2 && !code_of_letters[a][b]; h++)
					if (dl_presidency_code(y, h) && dl_equal_ci2(w, dl_presidency_code(y, h)))
						code_of_letters[a][b] = dl_presidency_code(y, h);
		}
}

/* built on first use: the lists are constants, the server single-threaded */
static void
build_index(void)
{
	build_dictionary();
	/* sorted at the end of the build: the slots again */
	memset(dict_slot, 0, sizeof(dict_slot));
	for (int i = 0; i < dictionary_size; i++)
	{
		dict_slot_add(i);
		dictionary[i].number = dictionary[i].relative_day = NO_VALUE;
		dictionary[i].recurrence = dictionary[i].multiple = NO_VALUE;
	}
	index_values();
	build_phrase_index();
	build_prefixes();
	dictionary_built = true;
}

static const dict_entry *
dict_lookup(const char *w)
{
	if (!dictionary_built)
		build_index();
	return dict_find(w);
}

static void
token_set_entry(token *k, const dict_entry *e)
{
	k->entry = e;
	k->mask = e ? e->mask : 0;
	k->single = e ? e->single : 0;
	k->value = e ? e->value : 0;
}

static inline bool
token_may_start(parser *p, int k, wmask bit)
{
	token	   *t = tok(p, k);

	return t && t->kind == TK_WORD && (t->mask & bit) != 0;
}



/* "first", "1st", "1e", "1er", "1." , "eerste", "premier", "erstes", ... */
static bool
ordinal(parser *p, int *n)
{
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

		if (s && s->glued && (word_in(p, 1, L_ORDINAL_SUFFIXES) || s->kind == TK_DOT))
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
	int			k = 0,
				w = 0;
	token	   *t;

	/* "the year 2025", "bis zum Jahr 2025", "principios del año 2020" */
	if (word_in(p, 0, L_YEAR_WORDS) && is_kind(p, 1, TK_NUM) && tok(p, 1)->ndig == 4)
		w = 1;
	if (is_kind(p, w, TK_LPAREN))
		k = 1;
	t = tok(p, w + k);
	/*
	 * "van 20181", "2020-20251": a footnote's number glued to a year, in
	 * phrases taken from documents (deadline_parse) only
	 */
	if (t && t->kind == TK_NUM && t->ndig == 5 && !k && p->phrase && t->num % 10 != 0 &&
		t->num / 10 >= DL_MIN_YEAR && t->num / 10 <= DL_MAX_YEAR &&
		!is_kind(p, w + 1, TK_SLASH) && !is_kind(p, w + 1, TK_DOT) && !is_kind(p, w + 1, TK_NUM))
	{
		*year = t->num / 10;
		p->i += w + 1;
		return true;
	}
	if (!t || t->kind != TK_NUM || t->ndig != 4)
		return false;
	if (k && !is_kind(p, w + k + 1, TK_RPAREN))
		return false;
	if (t->num < DL_MIN_YEAR || t->num > DL_MAX_YEAR)
		return fail(p, DL_ERR_RANGE, HINT_RANGE);
	*year = t->num;
	p->i += w + (k ? 3 : 1);
	return true;
}

/*
 * The year of an event named after a season: "the Spring European Council
 * 2020" is the spring of 2020, not the next spring after ref.  At least one
 * event word must stand between the season and the year.
 */
/* Skips event words ("European Council", "summit"); how many. */
static int
skip_event_words(parser *p)
{
	int			n = 0;

	while (word_in(p, 0, L_EVENT_WORDS))
		p->i++, n++;
	return n;
}

static bool
year_after_event(parser *p, int *year)
{
	int			save = p->i;

	if (skip_event_words(p) > 0 && year_at(p, year))
		return true;
	p->i = save;
	return false;
}

/* A year after "of" words, as in "marzo de 2021", "fine del 2018". */
static bool
year_after_of(parser *p, int *year)
{
	int			save = p->i;

	skip_of(p);
	if (year_at(p, year))
		return true;
	p->i = save;
	return false;
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
	token	   *t = tok(p, k);
	unsigned char c0;

	if (!t || t->kind != TK_WORD)
		return NULL;
	if (!dictionary_built)
		build_index();
	if (t->w[0] && t->w[1] && !t->w[2])
	{
		/* the presidency calendar's own codes, and GR for Greece */
		unsigned char a = (unsigned char) t->w[0] | 0x20,
					b = (unsigned char) t->w[1] | 0x20;

		/* dl_equal_ci2() matches only letters to the codes' letters */
		if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && code_of_letters[a - 'a'][b - 'a'])
			return code_of_letters[a - 'a'][b - 'a'];
	}
	c0 = (unsigned char) t->w[0];
	for (int s = stem_from[c0]; s < stem_from[c0 + 1]; s++)
		if (strncmp(t->w, stems_by_byte[s]->stem, strlen(stems_by_byte[s]->stem)) == 0)
			return stems_by_byte[s]->code;
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
			if (dl_presidency_code(year, h) && strcmp(dl_presidency_code(year, h), code) == 0)
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
		const char *c = dl_presidency_code(term / 2, term % 2 + 1);

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
		c = dl_presidency_code(y, m > 6 ? 1 : 2);
		return presidency_period(p, c ? c : "", true, y, out);
	}
	if (word_in(p, 1, L_PRESIDENCY_WORDS) && (code = country_of(p, 0)) != NULL)
		p->i += 2;
	/* "the Finnish EU Presidency", "der kroatischen EU-Ratspräsidentschaft" */
	else if (word_in(p, 1, L_UNION_WORDS) && (code = country_of(p, 0)) != NULL &&
			 (word_in(p, 2, L_PRESIDENCY_WORDS) ||
			  (is_kind(p, 2, TK_DASH) && tok(p, 3) && tok(p, 3)->glued &&
			   word_in(p, 3, L_PRESIDENCY_WORDS))))
		p->i += is_kind(p, 2, TK_DASH) ? 4 : 3;
	else if (word_in(p, 0, L_PRESIDENCY_WORDS) && (code = country_of(p, 1)) != NULL)
	{
		p->i += 2;
		if (word_in(p, 0, L_CURRENT_WORDS))
			p->i++;
	}
	/* "la presidenza della Finlandia", "the Presidency of Finland" */
	else if (word_in(p, 0, L_PRESIDENCY_WORDS) && word_in(p, 1, L_OF_WORDS))
	{
		p->i++;
		skip_of(p);
		skip_articles(p);
		if ((code = country_of(p, 0)) == NULL)
		{
			p->i = save;
			return false;
		}
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

static bool relative_year(parser *p, int *year, bool *explicit);

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
	/* "20 lug. 2025", "Sept. 2017": the dot of an abbreviated month */
	if (is_kind(p, 0, TK_DOT) && tok(p, 0)->glued && p->i > 0 && strlen(tok(p, -1)->w) <= 5 &&
		is_kind(p, 1, TK_NUM))
		p->i++;
	if (year_after_of(p, &year))
	{
		out->year = year;
		return true;
	}
	if (p->err == DL_ERR_RANGE)
		return false;
	/* "March this year", "en mars de l'année prochaine", "de este año" */
	{
		int			save = p->i;
		bool		explicit;

		skip_of(p);
		if (relative_year(p, &year, &explicit) && explicit)
		{
			out->year = year;
			return true;
		}
		if (p->err == DL_ERR_RANGE)
			return false;
		p->i = save;
	}
	/*
	 * a month without a year: its next occurrence on or after ref, or its
	 * last one on or before ref where the text says it is past ("13 maart
	 * jl.", "le 25 octobre dernier", "el pasado 29 de enero")
	 */
	if (p->ref == DL_NO_DAY)
		return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
	ref_civil(p, &y, &m, &d);
	if (p->past || p->past_text || p->since || word_in(p, 0, L_PAST_WORDS) ||
		(p->i >= 2 && word_in(p, -2, L_PAST_WORDS)) ||
		(p->i >= 3 && word_in(p, -3, L_PAST_WORDS) && is_kind(p, -2, TK_NUM)))
	{
		if (word_in(p, 0, L_PAST_WORDS))
		{
			p->i++;
			if (is_kind(p, 0, TK_DOT) && tok(p, 0)->glued)
				p->i++;			/* jl. */
		}
		out->year = month <= m ? y : y - 1;
	}
	else
		out->year = month >= m ? y : y + 1;
	return true;
}

/*
 * A word relative to ref at the cursor: "next", "this", "last" and their
 * kin in the lexicons (volgend, prochain, kommenden, pasado, scorso, en
 * cours, à venir, ...); REL_NONE when there is none.
 */
#define REL_NONE (-99)

static int
relative_word(parser *p)
{
	if (accept_phrases(p, L_NEXT_WORDS))
		return 1;
	if (accept_phrases(p, L_PAST_WORDS))
		return -1;
	if (accept_phrases(p, L_THIS_WORDS) || accept_phrases(p, L_CURRENT_WORDS))
		return 0;
	return REL_NONE;
}

/*
 * "the year", "this year", "het jaar", "l'année", "des Jahres": ref's year;
 * "next year", "volgend jaar", "kommenden Jahres", "l'an prochain", "del
 * próximo año", "l'année dernière": the one after or before.  *explicit:
 * a word said which ("the year" alone says none).
 */
static bool
relative_year(parser *p, int *year, bool *explicit)
{
	int			save = p->i,
				off = REL_NONE,
				o,
				y,
				m,
				d;

	skip_articles(p);
	while ((o = relative_word(p)) != REL_NONE)
		off = o;
	if (!word_in(p, 0, L_YEAR_WORDS))
	{
		p->i = save;
		return false;
	}
	p->i++;
	if (off == REL_NONE)
		off = relative_word(p);
	*explicit = off != REL_NONE;
	p->implicit_year = !*explicit;
	if (off == REL_NONE)
		off = 0;
	if (p->ref == DL_NO_DAY)
		return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
	ref_civil(p, &y, &m, &d);
	*year = y + off;
	if (*year < DL_MIN_YEAR || *year > DL_MAX_YEAR)
		return fail(p, DL_ERR_RANGE, HINT_RANGE);
	return true;
}

static bool
this_year(parser *p, int *year)
{
	bool		explicit;

	return relative_year(p, year, &explicit);
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
	sub = mm->num;
	/*
	 * EDTF's sub-year groupings (2019-24 = winter 2019/2020) are the type's
	 * input; in running text "their 2019-24 strategic agenda" is 2019-2024
	 */
	if (!p->full && sub > 12 && !is_kind(p, 3, TK_DASH))
		return false;
	memset(out, 0, sizeof(*out));
	out->year = y->num;
	if (is_kind(p, 3, TK_DASH) && (dd = tok(p, 4)) != NULL && dd->kind == TK_NUM &&
		dd->ndig == 2 && dd->glued && tok(p, 3)->glued)
	{
		if (sub < 1 || sub > 12 || dd->num < 1 || dd->num > dl_days_in_month(y->num, sub))
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
/*
 * Day, month and year in digits, separated by the same "/", "." or "-" and
 * no blank: 31/12/2020, 31.12.2020, 1-7-2019; a two-digit year is 1950-2049
 * (12.12.17).  Day first, as EU texts write dates; a first number above 12
 * is never a month, and one that cannot be a day makes it no date.
 */
/* a month in Roman numerals, i to xii, as EU documents date them (23.V.2005) */
/*
 * A day and month without a year, "28/09", "6/12", "23/10: Presentatie"
 * (calendars of meetings, the colon of a list item glued on): the next such
 * day on or after ref, or the last on or before it where the phrase is
 * past.  In phrases with a reference only: alone, "2/3" is as likely a
 * fraction.
 */
static bool
numeric_day_month(parser *p, dl_period *out)
{
	token	   *d = tok(p, 0),
			   *s = tok(p, 1),
			   *m = tok(p, 2),
			   *after = tok(p, 3);
	int			y,
				rm,
				rd;

	if (!p->phrase || p->ref == DL_NO_DAY || !d || !s || !m || d->kind != TK_NUM ||
		m->kind != TK_NUM || s->kind != TK_SLASH || !s->glued || !m->glued ||
		d->ndig > 2 || m->ndig > 2 || d->num < 1 || m->num < 1 || m->num > 12 ||
		(after && after->glued && after->kind != TK_WORD &&
		 !(after->kind == TK_OTHER && p->lx.s[after->start] == ':')))
		return false;
	ref_civil(p, &y, &rm, &rd);
	if (p->past_text || p->since ? (m->num > rm || (m->num == rm && d->num > rd)) :
		(m->num < rm || (m->num == rm && d->num < rd)))
		y += p->past_text || p->since ? -1 : 1;
	if (d->num > dl_days_in_month(y, m->num) || y < DL_MIN_YEAR || y > DL_MAX_YEAR)
		return false;
	out->prec = DL_PREC_DAY;
	out->year = y;
	out->n = m->num;
	out->day = d->num;
	p->i += 3;
	return true;
}

static int
roman_month(const token *t)
{
	static const char *const roman[] = {
		"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"
	};

	if (t->kind != TK_WORD)
		return 0;
	for (int k = 0; k < 12; k++)
		if (strcmp(t->w, roman[k]) == 0)
			return k + 1;
	return 0;
}

static bool
numeric_date(parser *p, dl_period *out)
{
	token	   *d = tok(p, 0),
			   *s1 = tok(p, 1),
			   *m = tok(p, 2),
			   *s2 = tok(p, 3),
			   *y = tok(p, 4);
	int			year,
				month;

	if (!d || !s1 || !m || !s2 || !y || d->kind != TK_NUM ||
		(m->kind != TK_NUM && !roman_month(m)) ||
		y->kind != TK_NUM || d->ndig > 2 || m->ndig > 2 ||
		(s1->kind != TK_SLASH && s1->kind != TK_DOT && s1->kind != TK_DASH) ||
		s2->kind != s1->kind || !s1->glued || !m->glued || !s2->glued || !y->glued ||
		(y->ndig != 4 && y->ndig != 2))
		return false;
	month = m->kind == TK_NUM ? m->num : roman_month(m);
	if (d->num < 1 || month < 1 || month > 12)
		return false;
	year = y->ndig == 4 ? y->num : y->num < 50 ? 2000 + y->num : 1900 + y->num;
	if (year < DL_MIN_YEAR || year > DL_MAX_YEAR)
		return fail(p, DL_ERR_RANGE, HINT_RANGE);
	if (d->num > dl_days_in_month(year, month))
		return false;
	/* a digit glued after the year is something else (2020.5, 1.1.20181) */
	if (tok(p, 5) && tok(p, 5)->glued && tok(p, 5)->kind == TK_NUM)
		return false;
	out->prec = DL_PREC_DAY;
	out->year = year;
	out->n = month;
	out->day = d->num;
	p->i += 5;
	return true;
}

/*
 * "today", "tomorrow", "yesterday" and their kin (the lexicons'
 * relative_days): the days from ref, or REL_NONE.
 */
static int
relative_day(parser *p)
{
	token	   *t = tok(p, 0);

	if (!t || t->kind != TK_WORD || !(t->mask & MASK_RELDAY) ||
		t->entry->relative_day == NO_VALUE)
		return REL_NONE;
	p->i++;
	return t->entry->relative_day;
}

/* the day z, found from ref (NEEDS_REF without one) */
static bool
day_from_ref(parser *p, int32_t z, dl_period *out)
{
	if (p->ref == DL_NO_DAY)
		return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
	if (!dl_period_at(DL_PREC_DAY, z, true, out))
		return fail(p, DL_ERR_RANGE, HINT_RANGE);
	return true;
}

/*
 * Quarter (or half) n of year: what "Q1 2020", "1H 2019", "Quartal 2/2020"
 * and "the first half of 2020" all come to.
 */
static bool
part_of_year(bool quarter, int n, int year, dl_period *out)
{
	out->prec = quarter ? DL_PREC_QUARTER : DL_PREC_HALF;
	out->year = year;
	out->n = n;
	return true;
}

/*
 * A quarter, half or season named without a year ("au premier trimestre",
 * "im dritten Quartal", "T2", "in the spring", "het najaar"): as a month
 * without a year (spec section 3), the one holding ref or the next.
 */
static bool
period_from_ref(parser *p, int prec, int n, dl_period *out)
{
	int			y,
				m,
				d;
	int32_t		lo,
				hi;

	if (p->ref == DL_NO_DAY)
		return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
	ref_civil(p, &y, &m, &d);
	memset(out, 0, sizeof(*out));
	out->prec = prec;
	out->n = n;
	out->year = y - 2;
	do
	{
		out->year++;
		dl_period_bounds(out, &lo, &hi);
	} while (hi <= p->ref);
	/* where the phrase is past, or since it ("seit dem Frühjahr"), the last one begun on or before ref */
	if ((p->past_text || p->since) && lo > p->ref)
		out->year--;
	if (out->year > DL_MAX_YEAR)
		return fail(p, DL_ERR_RANGE, HINT_RANGE);
	p->guessed = true;
	return true;
}

static bool
period(parser *p, dl_period *out, bool *endish)
{
	int			save,
				year,
				n,
				m;
	bool		weekday = false;
	token	   *t;

	*endish = false;
	p->past = false;
	skip_articles(p);
	save = p->i;
	memset(out, 0, sizeof(*out));

	if (edtf_date(p, out))
		return true;
	if (p->err == DL_ERR_RANGE)
		return false;

	/* one word for "the end of the year" (Jahresende), "last year" (Vorjahr) */
	if (word_in(p, 0, L_YEAR_END_WORDS) || word_in(p, 0, L_LAST_YEAR_WORDS))
	{
		bool		end = word_in(p, 0, L_YEAR_END_WORDS);

		p->i++;
		if (p->ref == DL_NO_DAY)
			return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
		ref_civil(p, &year, &m, &n);
		out->prec = end ? DL_PREC_THIRD : DL_PREC_YEAR;
		out->n = end ? 3 : 0;
		out->year = end ? year : year - 1;
		*endish = end;
		return true;
	}

	/* "ultimo 2007" (bookkeeping Dutch): the year's last day */
	if (word_in(p, 0, L_LAST_DAY_WORDS) && is_kind(p, 1, TK_NUM))
	{
		p->i++;
		if (year_at(p, &year))
		{
			out->prec = DL_PREC_DAY;
			out->year = year;
			out->n = 12;
			out->day = 31;
			return true;
		}
		if (p->err == DL_ERR_RANGE)
			return false;
		p->i = save;
	}

	/*
	 * "the last quarter of 2020", "het laatste kwartaal van 2019": the year's
	 * fourth quarter or second half.  Only with the year: "the last quarter"
	 * alone is as often the one before ref as the year's fourth.  Before the
	 * parts of a year: Spanish "final" is also an end word ("a final de 2018").
	 */
	if (word_in(p, 0, L_FINAL_WORDS))
	{
		bool		quarter;

		p->i++;
		quarter = word_in(p, 0, L_QUARTER_WORDS);
		if (quarter ? (p->i++, true) : accept_phrases(p, L_HALF_WORDS))
		{
			skip_of(p);
			if (year_at(p, &year))
				return part_of_year(quarter, quarter ? 4 : 2, year, out);
			if (p->err == DL_ERR_RANGE)
				return false;
		}
		p->i = save;
	}

	/* "a finales de 2018", "à la fin de 2018": a preposition before a part */
	if (word_in(p, 0, L_PART_PREPOSITIONS) &&
		(word_in(p, 1, L_EARLY_WORDS) || word_in(p, 1, L_MID_WORDS) || word_in(p, 1, L_END_WORDS)))
		p->i++;

	/* early / mid / end: of a year, a month, a presidency, "the year" */
	if (word_in(p, 0, L_EARLY_WORDS) || word_in(p, 0, L_MID_WORDS) || word_in(p, 0, L_END_WORDS))
	{
		int			third = word_in(p, 0, L_EARLY_WORDS) ? 1 : word_in(p, 0, L_MID_WORDS) ? 2 : 3;

		p->i++;
		/* mid-2019; end-2019 and end-June 2019 with the dash glued on both sides */
		if (is_kind(p, 0, TK_DASH) &&
			(third == 2 || (tok(p, 0)->glued && tok(p, 1) && tok(p, 1)->glued)))
			p->i++;
		skip_of(p);
		p->implicit_year = false;
		if (year_at(p, &year) || this_year(p, &year))
		{
			int32_t		lo,
						hi;

			out->prec = DL_PREC_THIRD;
			out->year = year;
			out->n = third;
			*endish = third == 3;
			/* "before the end of the year, I proposed": the last one begun */
			if (p->past_text && p->implicit_year &&
				(dl_period_bounds(out, &lo, &hi), lo > p->ref) && year > DL_MIN_YEAR)
				out->year--;
			return true;
		}
		if (p->err == DL_ERR_RANGE || p->err == DL_ERR_NEEDS_REF)
			return false;
		/* early / mid / end of a month: days 1-10, 11-20, 21 to the end */
		if ((t = tok(p, 0)) != NULL && t->kind == TK_WORD && (t->mask & MASK_MONTH) && (m = t->value) != 0)
		{
			p->i++;
			*endish = third == 3;
			if (!month_period(p, m, out))
				return false;
			out->prec = DL_PREC_MONTH_PART;
			out->day = third == 1 ? 1 : third == 2 ? 11 : 21;
			return true;
		}
		if (presidency(p, out))
		{
			*endish = third == 3;
			return true;
		}
		/*
		 * "by the end of Q2 2020", "by the end of the first half of 2020":
		 * the quarter or half, by its end (as "by the end of May 2018" is
		 * "by May 2018")
		 */
		if (third == 3)
		{
			int			j = p->i;
			bool		e;
			dl_period	q;

			if (period(p, &q, &e) && (q.prec == DL_PREC_QUARTER || q.prec == DL_PREC_HALF))
			{
				*out = q;
				*endish = true;
				return true;
			}
			if (p->err == DL_ERR_RANGE || p->err == DL_ERR_NEEDS_REF)
				return false;
			p->i = j;
		}
		p->i = save;
		return fail(p, DL_ERR_SYNTAX, HINT_SHAPES);
	}

	/* Q1 2018, H2 2018 */
	if ((word_in(p, 0, L_QUARTER_LETTERS) || word_in(p, 0, L_HALF_LETTERS)) &&
		is_kind(p, 1, TK_NUM) && tok(p, 1)->glued)
	{
		bool		quarter = word_in(p, 0, L_QUARTER_LETTERS);

		n = tok(p, 1)->num;
		if (n >= 1 && n <= (quarter ? 4 : 2))
		{
			p->i += 2;
			/* Q1/2020, Q1-2020: the separator glued to both */
			if ((is_kind(p, 0, TK_SLASH) || is_kind(p, 0, TK_DASH)) && tok(p, 0)->glued &&
				is_kind(p, 1, TK_NUM) && tok(p, 1)->glued && tok(p, 1)->ndig == 4)
				p->i++;
			if (year_at(p, &year))
				return part_of_year(quarter, n, year, out);
			if (p->err == DL_ERR_RANGE)
				return false;
			/* "Q3", "(T2)": a year from ref */
			if (!is_kind(p, 0, TK_NUM))
				return period_from_ref(p, quarter ? DL_PREC_QUARTER : DL_PREC_HALF, n, out);
			p->i = save;
		}
	}

	/* 1H 2019, 3Q 2019: the number first, the letter glued to it */
	if (is_kind(p, 0, TK_NUM) && tok(p, 0)->ndig == 1 && tok(p, 1) && tok(p, 1)->glued &&
		(word_in(p, 1, L_QUARTER_LETTERS) || word_in(p, 1, L_HALF_LETTERS)) &&
		!(tok(p, 2) && tok(p, 2)->glued))
	{
		bool		quarter = word_in(p, 1, L_QUARTER_LETTERS);

		n = tok(p, 0)->num;
		if (n >= 1 && n <= (quarter ? 4 : 2))
		{
			p->i += 2;
			if (year_at(p, &year))
				return part_of_year(quarter, n, year, out);
			if (p->err == DL_ERR_RANGE)
				return false;
			p->i = save;
		}
	}

	/* "Quartal 3", "Quartal 2/2020", "Quartal 02/2021": the word, then the number */
	if ((word_in(p, 0, L_QUARTER_WORDS) || word_in(p, 0, L_HALF_WORDS)) && is_kind(p, 1, TK_NUM) &&
		tok(p, 1)->ndig <= 2 && tok(p, 1)->num >= 1 &&
		tok(p, 1)->num <= (word_in(p, 0, L_QUARTER_WORDS) ? 4 : 2))
	{
		bool		quarter = word_in(p, 0, L_QUARTER_WORDS);

		n = tok(p, 1)->num;
		p->i += 2;
		if (is_kind(p, 0, TK_SLASH) && is_kind(p, 1, TK_NUM) && tok(p, 1)->ndig == 4)
			p->i++;
		if (year_at(p, &year))
			return part_of_year(quarter, n, year, out);
		if (p->err == DL_ERR_RANGE)
			return false;
		return period_from_ref(p, quarter ? DL_PREC_QUARTER : DL_PREC_HALF, n, out);
	}

	/* first quarter of 2018, tweede helft van 2018, premier trimestre 2018 */
	if (ordinal(p, &n))
	{
		bool		quarter = word_in(p, 0, L_QUARTER_WORDS);

		/* the half word may be a phrase: "the first six months of 2018" */
		if ((quarter ? (p->i++, true) : accept_phrases(p, L_HALF_WORDS)) && n <= (quarter ? 4 : 2))
		{
			skip_of(p);
			if (year_at(p, &year) || this_year(p, &year))
				return part_of_year(quarter, n, year, out);
			if (p->err == DL_ERR_RANGE || p->err == DL_ERR_NEEDS_REF)
				return false;
			/* "im dritten Quartal", "au premier trimestre": a year from ref */
			return period_from_ref(p, quarter ? DL_PREC_QUARTER : DL_PREC_HALF, n, out);
		}
		p->i = save;			/* "1er mai 2018": a day, read below */
	}

	/* seasons: spring 2018, winter 2018/2019 */
	if ((t = tok(p, 0)) != NULL && t->kind == TK_WORD && (t->mask & MASK_SEASON) && (n = t->value) != 0)
	{
		p->i++;
		if (!year_after_of(p, &year) && !year_after_event(p, &year))
		{
			if (p->err == DL_ERR_RANGE)
				return false;
			/*
			 * "in the spring", "het najaar", "l'été", "im Herbst": a year
			 * from ref; only after an article or a preposition of more than
			 * one letter ("a été" is "has been")
			 */
			if (save > 0 && (word_in(p, save - 1 - p->i, L_ARTICLES) ||
							 (word_in(p, save - 1 - p->i, L_IN_PHRASES) &&
							  strlen(tok(p, save - 1 - p->i)->w) == 2 &&
							  (unsigned char) tok(p, save - 1 - p->i)->w[0] < 0x80)))
			{
				/* "the spring European Council": the event, in that season */
				(void) skip_event_words(p);
				return period_from_ref(p, DL_PREC_SEASON, n, out);
			}
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

	/* days named from ref: "today", "morgen", "hier", "am gestrigen Mittwoch" */
	if ((n = relative_day(p)) != REL_NONE)
	{
		if (word_in(p, 0, L_WEEKDAYS))
			p->i++;
		return day_from_ref(p, p->ref == DL_NO_DAY ? 0 : p->ref + n, out);
	}

	/* "este sábado", "this Thursday", "aanstaande dinsdag" */
	if ((word_in(p, 0, L_THIS_WORDS) || word_in(p, 0, L_NEXT_WORDS)) && word_in(p, 1, L_WEEKDAYS))
		p->i++;

	/* a weekday before a day: "Monday 18 September", "mercredi, 16 mai" */
	if (word_in(p, 0, L_WEEKDAYS) &&
		(is_kind(p, 1, TK_NUM) || (is_kind(p, 1, TK_COMMA) && is_kind(p, 2, TK_NUM))))
	{
		p->i += is_kind(p, 1, TK_COMMA) ? 2 : 1;
		save = p->i;
		weekday = true;
	}
	/*
	 * a weekday alone: the next one on or after ref ("on Thursday", "am
	 * Montag", "aanstaande dinsdag")
	 */
	else if (word_in(p, 0, L_WEEKDAYS) && (t = tok(p, 0))->value >= 1 && t->value <= 7)
	{
		int32_t		z;

		p->i++;
		if (p->ref == DL_NO_DAY)
			return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
		/* 1970-01-01, day 0, was a Thursday (4) */
		z = p->ref + ((t->value - 1) - (p->ref % 7 + 7 + 3) % 7 + 7) % 7;
		/* "the meeting took place on Monday": the last one on or before ref */
		if (p->past_text && z > p->ref)
			z -= 7;
		return day_from_ref(p, z, out);
	}

	/* "el pasado 29 de enero", "lo scorso 23 ottobre": the last such day */
	if (word_in(p, 0, L_PAST_WORDS) && is_kind(p, 1, TK_NUM))
	{
		p->i++;
		p->past = true;
		save = p->i;
	}

	/* 31/12/2020, 31.12.2020, 31-12-2020, 12.12.17: day, month, year */
	if (numeric_date(p, out))
		return true;
	if (p->err == DL_ERR_RANGE)
		return false;
	/* "28/09 Informal dinner" in a calendar: day and month, the year from ref */
	if (numeric_day_month(p, out))
		return true;

	/* 25 May 2018, 25. Mai 2018, 1er mai 2018, 25 de marzo de 2021 */
	if ((t = tok(p, 0)) != NULL && t->kind == TK_NUM && t->ndig <= 2 && t->num >= 1 && t->num <= 31)
	{
		int			k = 1;

		/* "1er", and "1 er" as PDF copies write it */
		if (is_kind(p, 1, TK_DOT) || word_in(p, 1, L_DAY_SUFFIXES))
			k = 2;
		if (word_in(p, k, L_OF_WORDS))
			k++;
		if (tok(p, k) && tok(p, k)->kind == TK_WORD && (tok(p, k)->mask & MASK_MONTH) && (m = tok(p, k)->value) != 0)
		{
			int			day = t->num;

			p->i += k + 1;
			if (!month_period(p, m, out))
				return false;
			if (day > dl_days_in_month(out->year, m))
				return fail(p, DL_ERR_SYNTAX, HINT_SHAPES);
			out->prec = DL_PREC_DAY;
			out->day = day;
			return true;
		}
		/* "On Tuesday 27": a weekday and a day of the month, on or after ref */
		if (weekday && k == 1)
		{
			int			y,
						mo,
						d;

			p->i++;
			if (p->ref == DL_NO_DAY)
				return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
			ref_civil(p, &y, &mo, &d);
			if (t->num < d && ++mo > 12)
			{
				mo = 1;
				y++;
			}
			if (t->num > dl_days_in_month(y, mo))
				return fail(p, DL_ERR_SYNTAX, HINT_SHAPES);
			return day_from_ref(p, dl_days_from_civil(y, mo, t->num), out);
		}
	}

	/* "last December", "vorige maand" is read elsewhere: a past word before a month */
	if (word_in(p, 0, L_PAST_WORDS) && (t = tok(p, 1)) != NULL && t->kind == TK_WORD &&
		(t->mask & MASK_MONTH) && t->value)
	{
		p->i++;
		p->past = true;
	}

	/* May 2018, May 25, 2018 */
	if ((t = tok(p, 0)) != NULL && t->kind == TK_WORD && (t->mask & MASK_MONTH) && (m = t->value) != 0)
	{
		token	   *d = tok(p, 1);

		if (d && d->kind == TK_NUM && d->ndig <= 2 && d->num >= 1 && d->num <= dl_days_in_month(2000, m))
		{
			int			k = is_kind(p, 2, TK_COMMA) ? 3 : 2;
			int			day = d->num;

			p->i += k;
			if (year_at(p, &year) && day <= dl_days_in_month(year, m))
			{
				out->prec = DL_PREC_DAY;
				out->year = year;
				out->n = m;
				out->day = day;
				return true;
			}
			if (p->err == DL_ERR_RANGE)
				return false;
			/* "November 23", "on December 6": the month's year from ref */
			if (p->ref != DL_NO_DAY && k == 2 && !is_kind(p, 0, TK_NUM))
			{
				p->i = save + 2;
				if (!month_period(p, m, out))
					return false;
				if (day > dl_days_in_month(out->year, m))
					return fail(p, DL_ERR_SYNTAX, HINT_SHAPES);
				out->prec = DL_PREC_DAY;
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
		/* "the 2020 Spring European Council": the event's season */
		if ((t = tok(p, 0)) != NULL && t->kind == TK_WORD && (t->mask & MASK_SEASON) &&
			t->value != 0 && t->value != 4 && word_in(p, 1, L_EVENT_WORDS))
		{
			out->prec = DL_PREC_SEASON;
			out->n = t->value;
			p->i++;
			(void) skip_event_words(p);
		}
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
	dl_period_bounds(p, &lo, &hi);
	/* past 2099 dl_period_at fails, leaving a year that encoding rejects */
	(void) dl_period_at(p->prec, hi, true, p);
}

static int
number_word(parser *p)
{
	token	   *t = tok(p, 0);

	if (!t)
		return 0;
	if (t->kind == TK_NUM && t->ndig <= 3)
	{
		p->i++;
		return t->num;
	}
	if (t->kind != TK_WORD || !t->entry || t->entry->number == NO_VALUE)
		return 0;
	p->i++;
	return t->entry->number;
}

/* The unit of "within N <unit>": a prefix of the word ("months", "Monaten"). */
static int
unit_word(const token *u)
{
	unsigned char c = (unsigned char) u->w[0];

	if (!dictionary_built)
		build_index();
	for (int k = unit_from[c]; k < unit_from[c + 1]; k++)
		if (strncmp(u->w, units_by_byte[k]->word, strlen(units_by_byte[k]->word)) == 0)
			return units_by_byte[k]->value;
	return 0;
}

/*
 * A duration from ref: "within six months", "binnen twee jaar", "dans un
 * délai de six mois", "over the next sixteen months", "für die kommenden 12
 * Monate", "les six prochains mois", "i dodici mesi successivi", "the two
 * years ahead".  Either a within-phrase or a word for "next" (before the
 * number, between it and the unit, or after the unit) makes it one; "in
 * two years" alone is no duration.  The value is "by" the span from ref to
 * the day the duration ends (the day six months after ref).
 */
static bool
duration(parser *p, deadline_fields *f)
{
	int			save = p->i,
				n,
				y,
				m,
				d;
	int32_t		day;
	bool		within,
				next = false;
	token	   *u;
	int			unit;

	accept_phrases(p, L_DURATION_PREPOSITIONS);
	within = accept_phrases(p, L_WITHIN_PHRASES);
	skip_articles(p);
	if (word_in(p, 0, L_NEXT_WORDS))
	{
		p->i++;
		next = true;
	}
	if ((n = number_word(p)) <= 0)
	{
		p->i = save;
		return false;
	}
	if (!next && word_in(p, 0, L_NEXT_WORDS))
	{
		p->i++;
		next = true;
	}
	if ((u = tok(p, 0)) == NULL || u->kind != TK_WORD || (unit = unit_word(u)) == 0)
	{
		p->i = save;
		return false;
	}
	p->i++;
	if (!next && word_in(p, 0, L_NEXT_WORDS))
	{
		p->i++;
		next = true;
	}
	if (!within && !next)
	{
		p->i = save;
		return false;
	}
	if (p->ref == DL_NO_DAY)
		return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
	ref_civil(p, &y, &m, &d);
	switch (unit)
	{
		case DL_UNIT_DAY:
			day = p->ref + n;
			break;
		case DL_UNIT_WEEK:
			day = p->ref + 7 * n;
			break;
		case DL_UNIT_MONTH:
			m += n;
			y += (m - 1) / 12;
			m = (m - 1) % 12 + 1;
			if (d > dl_days_in_month(y, m))
				d = dl_days_in_month(y, m);
			day = dl_days_from_civil(y, m, d);
			break;
		default:
			y += n;
			if (m == 2 && d == 29 && dl_days_in_month(y, 2) == 28)
				d = 28;
			day = dl_days_from_civil(y, m, d);
			break;
	}
	memset(f, 0, sizeof(*f));
	f->mode = DL_MODE_BY;
	f->span = true;
	if (!dl_period_at(DL_PREC_DAY, p->ref, true, &f->a) ||
		!dl_period_at(DL_PREC_DAY, day, true, &f->b))
		return fail(p, DL_ERR_RANGE, HINT_RANGE);
	return true;
}

/*
 * A period named relative to ref: a word for next, this or last before or
 * after a unit: "next year", "this quarter", "last week", "volgend jaar",
 * "het vorige kwartaal", "l'an prochain", "l'année dernière", "nächstes
 * Jahr", "diesen Monat", "el año pasado", "l'anno scorso", "next spring".
 * The year, quarter, half, month or week holding ref, or the one after or
 * before it; a week is Monday to Sunday, a span of days.  Seasons: "next
 * spring" is the first spring that starts after ref, "this spring" the
 * one holding ref or the next, "last spring" the last one over.
 */
enum
{
	U_NONE, U_YEAR, U_HALF, U_QUARTER, U_MONTH, U_WEEK, U_SEASON
};

static bool
relative_period(parser *p, deadline_fields *f)
{
	int			save = p->i,
				off,
				unit = U_NONE,
				season = 0,
				y,
				m,
				d;
	token	   *t;

	skip_articles(p);
	off = relative_word(p);
	if ((t = tok(p, 0)) == NULL || t->kind != TK_WORD)
	{
		p->i = save;
		return false;
	}
	if (word_in(p, 0, L_YEAR_WORDS))
		unit = U_YEAR;
	else if (word_in(p, 0, L_QUARTER_WORDS))
		unit = U_QUARTER;
	else if (word_in(p, 0, L_HALF_WORDS))
		unit = U_HALF;
	else if ((t->mask & MASK_SEASON) && t->value)
	{
		unit = U_SEASON;
		season = t->value;
	}
	else if (unit_word(t) == DL_UNIT_MONTH)
		unit = U_MONTH;
	else if (unit_word(t) == DL_UNIT_WEEK)
		unit = U_WEEK;
	if (unit == U_NONE)
	{
		p->i = save;
		return false;
	}
	p->i++;
	/*
	 * "the last quarter of 2020" names its year: the part of that year
	 * (period()), not a quarter counted from ref
	 */
	{
		int			j = p->i;

		skip_of(p);
		if (is_kind(p, 0, TK_NUM) && tok(p, 0)->ndig == 4)
		{
			p->i = save;
			return false;
		}
		p->i = j;
	}
	/* French, Spanish, Italian put it after: "l'année prochaine", "el año pasado" */
	if (off == REL_NONE && (off = relative_word(p)) == REL_NONE)
	{
		p->i = save;
		return false;
	}
	if (p->ref == DL_NO_DAY)
		return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
	ref_civil(p, &y, &m, &d);
	memset(&f->a, 0, sizeof(f->a));
	switch (unit)
	{
		case U_YEAR:
			f->a.prec = DL_PREC_YEAR;
			f->a.year = y + off;
			break;
		case U_HALF:
		case U_QUARTER:
		case U_MONTH:
			{
				/* count in units from year 0, move, count back */
				int			per = unit == U_HALF ? 2 : unit == U_QUARTER ? 4 : 12;
				int			k = y * per + (m - 1) / (12 / per) + off;

				f->a.prec = unit == U_HALF ? DL_PREC_HALF : unit == U_QUARTER ? DL_PREC_QUARTER :
					DL_PREC_MONTH;
				f->a.year = k / per;
				f->a.n = k % per + 1;
				break;
			}
		case U_WEEK:
			{
				/* 1970-01-01 was a Thursday: Monday is day 4 of that week */
				int32_t		monday = p->ref - ((p->ref % 7 + 7 + 3) % 7) + 7 * off;

				if (!dl_period_at(DL_PREC_DAY, monday, true, &f->a) ||
					!dl_period_at(DL_PREC_DAY, monday + 6, true, &f->b))
					return fail(p, DL_ERR_RANGE, HINT_RANGE);
				f->span = true;
				return true;
			}
		default:
			{
				int32_t		lo,
							hi;

				f->a.prec = DL_PREC_SEASON;
				f->a.n = season;
				f->a.year = y - 2;
				do
				{
					f->a.year++;
					dl_period_bounds(&f->a, &lo, &hi);
				} while (off > 0 ? lo <= p->ref : hi <= p->ref);
				if (off < 0)
					f->a.year--;
				break;
			}
	}
	if (f->a.year < DL_MIN_YEAR || f->a.year > DL_MAX_YEAR)
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
/*
 * What joins the two ends of a span: "/" or "-" (1), a word (2): to,
 * bis, au, al, tot en met, or "and" (3) after "between" or in a span of
 * days or months ("15 and 16 October"), or a word that excludes the day it
 * names (4): Dutch "tot" ("van 1 januari tot 1 juli" ends on 30 June).
 * 0: none.
 */
static int
span_connector(parser *p, bool allow_and)
{
	if (is_kind(p, 0, TK_DASH) || is_kind(p, 0, TK_SLASH))
	{
		p->i++;
		return 1;
	}
	{
		/* the longer of an inclusive and an exclusive word: "tot en met" / "tot" */
		int			from = p->i,
					incl,
					excl;

		incl = accept_phrases(p, L_TO_WORDS) ? p->i - from : 0;
		p->i = from;
		excl = accept_phrases(p, L_TO_EXCLUSIVE_WORDS) ? p->i - from : 0;
		p->i = from + (incl >= excl ? incl : excl);
		if (incl || excl)
		{
			skip_articles(p);
			return incl >= excl ? 2 : 4;
		}
	}
	if (allow_and && word_in(p, 0, L_AND_WORDS))
	{
		p->i++;
		skip_articles(p);
		return 3;
	}
	return 0;
}

/*
 * "May 23-26", "June 28-29, 2018", "March 3 to 5 2019": the US order, one
 * month before both days.  Called with the cursor after the month word
 * (month m); leaves it where it was unless it reads a range.  Without a
 * year, the month's year from ref, as "May 23" alone.
 */
static bool
us_day_range(parser *p, int m, deadline_fields *f)
{
	int			save = p->i,
				connector;
	token	   *d1 = tok(p, 0),
			   *d2;
	dl_period	a;

	if (!d1 || d1->kind != TK_NUM || d1->ndig > 2 || d1->num < 1 || d1->num > 31)
		return false;
	p->i++;
	/* a dash or "to": a slash or "and" after a day is rather a date or a list */
	connector = is_kind(p, 0, TK_SLASH) ? 0 : span_connector(p, false);
	d2 = tok(p, 0);
	if ((connector != 1 && connector != 2) || !d2 || d2->kind != TK_NUM || d2->ndig > 2 ||
		d2->num <= d1->num || d2->num > 31 ||
		(tok(p, 1) && tok(p, 1)->glued && tok(p, 1)->kind != TK_COMMA))
	{
		p->i = save;
		return false;
	}
	p->i++;
	if (is_kind(p, 0, TK_COMMA) && is_kind(p, 1, TK_NUM) && tok(p, 1)->ndig == 4)
		p->i++;
	if (!month_period(p, m, &a))
	{
		p->i = save;
		return false;
	}
	if (d2->num > dl_days_in_month(a.year, m))
	{
		p->i = save;
		return false;
	}
	a.prec = DL_PREC_DAY;
	a.day = d1->num;
	f->a = a;
	f->b = a;
	f->b.day = d2->num;
	f->span = true;
	return true;
}

/*
 * Spans whose first end borrows from the second what it leaves out: days
 * ("15-16 October 2020", "15 and 16 October 2020", "du 3 au 5 juin 2019",
 * "14-15.12.17", "01.01.-30.06.2019"), months ("March/April 2019", "März
 * bis Juni 2019", "de mars à juin 2019") and seasons ("spring and summer
 * 2019", "Herbst und Winter 2019").  A first end later in the year than the
 * second is in the year before ("December 2018 - January 2019" needs no
 * year on the first end, but "November-January 2019" means 2018-2019).
 */
static bool
elliptic_span(parser *p, deadline_fields *f, bool ranged)
{
	int			save = p->i,
				m1 = 0,
				y1 = 0,
				s1 = 0,
				d1 = 0,
				part1 = 0,
				n1 = 0;
	bool		endish;
	int			connector;
	token	   *t;
	dl_period	a,
				b;

	skip_articles(p);
	if (word_in(p, 0, L_WEEKDAYS))
		p->i++;
	t = tok(p, 0);
	if (!t)
	{
		p->i = save;
		return false;
	}
	memset(&a, 0, sizeof(a));
	if (t->kind == TK_NUM && t->ndig <= 2 && t->num >= 1 && t->num <= 31)
	{
		d1 = t->num;
		p->i++;
		if (is_kind(p, 0, TK_DOT) && tok(p, 0)->glued)
		{
			p->i++;
			/* 01.01.-30.06.2019: the first day's month in digits */
			if (is_kind(p, 0, TK_NUM) && tok(p, 0)->glued && tok(p, 0)->ndig <= 2 &&
				tok(p, 0)->num >= 1 && tok(p, 0)->num <= 12 && is_kind(p, 1, TK_DOT))
			{
				m1 = tok(p, 0)->num;
				p->i += 2;
			}
		}
		else if (word_in(p, 0, L_DAY_SUFFIXES) && tok(p, 0)->glued)
			p->i++;
		if (!m1)
		{
			int			k = word_in(p, 0, L_OF_WORDS) ? 1 : 0;

			if ((t = tok(p, k)) != NULL && t->kind == TK_WORD && (t->mask & MASK_MONTH))
			{
				m1 = t->value;
				p->i += k + 1;
				(void) year_after_of(p, &y1);
			}
		}
	}
	else if (t->kind == TK_WORD && (t->mask & MASK_MONTH) && t->value)
	{
		m1 = t->value;
		p->i++;
		if (us_day_range(p, m1, f))
			return true;
		if (p->err == DL_ERR_RANGE || p->err == DL_ERR_NEEDS_REF)
			return false;
		(void) year_after_of(p, &y1);
		if (y1)
		{
			p->i = save;		/* "May 2018 - June 2019": two whole periods */
			return false;
		}
	}
	/* "Q2/Q3/2020", "Q1-Q3 2019", "H1/H2 2021": the first part takes the second's year */
	else if ((word_in(p, 0, L_QUARTER_LETTERS) || word_in(p, 0, L_HALF_LETTERS)) &&
			 is_kind(p, 1, TK_NUM) && tok(p, 1)->glued && tok(p, 1)->ndig == 1 &&
			 tok(p, 1)->num >= 1 && tok(p, 1)->num <= (word_in(p, 0, L_QUARTER_LETTERS) ? 3 : 1))
	{
		part1 = word_in(p, 0, L_QUARTER_LETTERS) ? DL_PREC_QUARTER : DL_PREC_HALF;
		n1 = tok(p, 1)->num;
		p->i += 2;
	}
	else if (t->kind == TK_WORD && (t->mask & MASK_SEASON) && t->value)
	{
		s1 = t->value;
		p->i++;
	}
	else
	{
		p->i = save;
		return false;
	}
	if (p->err == DL_ERR_RANGE || (connector = span_connector(p, true)) == 0)
	{
		p->i = save;
		return false;
	}
	memset(&b, 0, sizeof(b));
	if (s1)
	{
		/* the second season and the year: "summer 2019", "Winter 2019" */
		if (!((t = tok(p, 0)) != NULL && t->kind == TK_WORD && (t->mask & MASK_SEASON) &&
			  t->value > s1))
		{
			p->i = save;
			return false;
		}
		b.prec = DL_PREC_SEASON;
		b.n = t->value;
		p->i++;
		if (!year_after_of(p, &b.year))
		{
			p->i = save;
			return false;
		}
		if (b.n == 4 && is_kind(p, 0, TK_SLASH) && is_kind(p, 1, TK_NUM))
			p->i += 2;			/* winter 2019/2020 */
		a.prec = DL_PREC_SEASON;
		a.n = s1;
		a.year = b.year;
	}
	else
	{
		dl_status	err = p->err;
		const char *hint = p->hint;

		if (!period(p, &b, &endish) ||
			(part1 ? b.prec != part1 || b.n <= n1 :
			 d1 ? b.prec != DL_PREC_DAY : b.prec != DL_PREC_MONTH))
		{
			/* a guess that failed says nothing: "1/2100" is no span */
			p->err = err;
			p->hint = hint;
			p->i = save;
			return false;
		}
		if (connector == 4 && b.prec == DL_PREC_DAY)
		{
			int32_t		lo,
						hi;

			dl_period_bounds(&b, &lo, &hi);
			(void) dl_period_at(DL_PREC_DAY, lo - 1, true, &b);
		}
		a.prec = part1 ? part1 : d1 ? DL_PREC_DAY : DL_PREC_MONTH;
		a.day = d1;
		a.n = part1 ? n1 : m1 ? m1 : b.n;
		a.year = y1 ? y1 : (a.n > b.n ? b.year - 1 : b.year);
		if (d1 && d1 > dl_days_in_month(a.year, a.n))
		{
			p->i = save;
			return false;
		}
	}
	/*
	 * "15 and 16 October" is a span, "5 and 7 June" two days, and "1 EN
	 * 25.X.2010" no date at all; after "between", "du", "van", "and" ends a
	 * range ("zwischen 23. und 25. September")
	 */
	if (connector == 3 && !ranged)
	{
		int32_t		alo,
					ahi,
					blo,
					bhi;

		dl_period_bounds(&a, &alo, &ahi);
		dl_period_bounds(&b, &blo, &bhi);
		if (blo != ahi)
		{
			p->i = save;
			return false;
		}
	}
	f->a = a;
	f->b = b;
	f->span = true;
	return true;
}

/* ---------- as soon as possible; recurrences ---------- */

/*
 * The value of a recurrence written with a hyphen ("half-yearly"), or 0:
 * no token is such a word, so the dictionary has none of them.
 */
static int
hyphenated_recurrence(const char *w)
{
	for (const dl_lexicon *const *lx = dl_lexicons; *lx; lx++)
		for (const dl_valued *v = (*lx)->recurrences; v && v->word; v++)
			if (strcmp(w, v->word) == 0)
				return v->value;
	return 0;
}

/*
 * "annually", "quarterly", "jährlich", "half-yearly": a DL_EVERY value, or
 * 0; *adjective for DL_EVERY_ADJ words ("annual", "annuel").
 */
static int
recurrence_word(parser *p, bool *adjective)
{
	token	   *t = tok(p, 0),
			   *u;
	int			v = 0;

	*adjective = false;
	if (!t || t->kind != TK_WORD || !(t->mask & MASK_RECUR))
		return 0;
	if (is_kind(p, 1, TK_DASH) && tok(p, 1)->glued && (u = tok(p, 2)) != NULL &&
		u->kind == TK_WORD && u->glued)
	{
		char		w[2 * WORD_MAX + 2];

		snprintf(w, sizeof(w), "%s-%s", t->w, u->w);
		if ((v = hyphenated_recurrence(w)) != 0)
			p->i += 3;
	}
	if (v == 0 && t->entry->recurrence != NO_VALUE && (v = t->entry->recurrence) != 0)
		p->i++;
	*adjective = v >= DL_EVERY_ADJECTIVE;
	return v % DL_EVERY_ADJECTIVE;
}

/*
 * A unit of a cycle: a unit word and its plural or case ending ("year",
 * "Monate", "ans", "années", "anni"; not "and" or "annual", which the
 * prefix "an" would read), or a quarter, half or presidency (3, 6 and 6
 * months; "half year" is a half).  *unit and *n: the cycle is n units.
 */
static bool
cycle_unit(parser *p, int *unit, int *n)
{
	static const char *const endings[] = {"", "s", "e", "n", "en", "es", "o", "i", "a", "née",
	"nées"};
	token	   *t = tok(p, 0);

	if (!t || t->kind != TK_WORD)
		return false;
	if (word_in(p, 0, L_QUARTER_WORDS) || word_in(p, 0, L_HALF_WORDS) ||
		word_in(p, 0, L_PRESIDENCY_WORDS))
	{
		*unit = DL_UNIT_MONTH;
		*n = word_in(p, 0, L_QUARTER_WORDS) ? 3 : 6;
		p->i++;
		if (*n == 6 && word_in(p, -1, L_HALF_WORDS) && word_in(p, 0, L_YEAR_WORDS))
			p->i++;				/* "every half year" */
		return true;
	}
	/* a unit's prefix starts with the word's first byte: only those are tried */
	for (int k = unit_from[(unsigned char) t->w[0]]; k < unit_from[(unsigned char) t->w[0] + 1]; k++)
	{
		const dl_valued *v = units_by_byte[k];
		size_t		l = strlen(v->word);

		if (strncmp(t->w, v->word, l) != 0)
			continue;
		for (size_t e = 0; e < sizeof(endings) / sizeof(endings[0]); e++)
			if (strcmp(t->w + l, endings[e]) == 0)
			{
				*unit = v->value;
				*n = 1;
				p->i++;
				return true;
			}
	}
	return false;
}

/* every n units, one spelling each: 12k months are k years, 7k days k weeks */
static bool
set_every(dl_recurrence *r, int unit, long n)
{
	if (unit == DL_UNIT_MONTH && n % 12 == 0)
	{
		unit = DL_UNIT_YEAR;
		n /= 12;
	}
	if (unit == DL_UNIT_DAY && n % 7 == 0)
	{
		unit = DL_UNIT_WEEK;
		n /= 7;
	}
	if (n < 1 || n > DL_EVERY_MAX)
		return false;
	r->unit = unit;
	r->count = (int) n;
	return true;
}

/* "twice", "tweemaal", "zweimal"; "three times", "deux fois", "due volte": the number, or 0 */
static int
times_word(parser *p)
{
	token	   *t = tok(p, 0);
	int			save = p->i,
				n;

	if (t && t->kind == TK_WORD && (t->mask & MASK_MULTIPLE) &&
		t->entry->multiple != NO_VALUE && (n = t->entry->multiple) != 0)
	{
		p->i++;
		return n;
	}
	/* the word for times first: number_word() reads every lexicon */
	if (token_may_start(p, 1, BIT(L_TIMES_WORDS)) && (n = number_word(p)) > 0 &&
		accept_phrases(p, L_TIMES_WORDS))
		return n;
	p->i = save;
	return 0;
}

/*
 * The cycle of a recurrence: "every year", "each 6 months", "every other
 * week", "tous les deux ans", "alle drei Monate", "om de zes maanden",
 * "ogni 5 anni", "every quarter"; "per year", "pro Jahr"; "annually",
 * "half-yearly", "jährlich"; a number of times in a cycle: "twice a year"
 * (every 6 months), "zweimal jährlich", "viermaal per jaar", "once per
 * Presidency", "zweimal pro Halbjahr".  A number of times that does not
 * divide the cycle into whole months or days ("twice a month") is none.
 * *adjective: it was an adjective ("annual"), which takes no anchor.
 */
static bool
cycle(parser *p, dl_recurrence *r, bool *adjective)
{
	int			save = p->i,
				v,
				times,
				unit,
				n;

	memset(r, 0, sizeof(*r));
	*adjective = false;
	if ((times = times_word(p)) > 0)
	{
		if ((v = recurrence_word(p, adjective)) != 0)
		{
			unit = v / 100;
			n = v % 100;
		}
		else
		{
			if (!accept_phrases(p, L_TIMES_PER_WORDS) && !accept_phrases(p, L_PER_WORDS))
				goto none;
			skip_articles(p);
			if (!cycle_unit(p, &unit, &n))
				goto none;
		}
		/* the cycle in months or days, cut in as many */
		if (unit == DL_UNIT_YEAR)
		{
			unit = DL_UNIT_MONTH;
			n *= 12;
		}
		else if (unit == DL_UNIT_WEEK)
		{
			unit = DL_UNIT_DAY;
			n *= 7;
		}
		if (n % times != 0 || !set_every(r, unit, n / times))
			goto none;
		return true;
	}
	if ((v = recurrence_word(p, adjective)) != 0)
	{
		if (!set_every(r, v / 100, v % 100))
			goto none;
		return true;
	}
	if (accept_phrases(p, L_PER_WORDS))
	{
		if (!cycle_unit(p, &unit, &n) || !set_every(r, unit, n))
			goto none;
		return true;
	}
	if (accept_phrases(p, L_EVERY_WORDS))
	{
		int			count = 1,
					k;

		/* "every other year", "every second year", "jedes zweite Jahr", "every 6 months" */
		if (accept_phrases(p, L_OTHER_WORDS))
			count = 2;
		else if (ordinal(p, &k))
			count = k;
		else
		{
			int			j = p->i;

			if ((k = number_word(p)) > 0)
				count = k;
			else if (p->i > j)
				goto none;		/* "every 0 months" */
		}
		if (!cycle_unit(p, &unit, &n) || !set_every(r, unit, (long) count * n))
			goto none;
		return true;
	}
none:
	p->i = save;
	return false;
}

/*
 * The anchor of a yearly recurrence: a day or month of no year, with "by"
 * or "in"/"on" or nothing before it ("by 31 March", "by the end of March"
 * (by March), "in June", "on 18 March", "le 31 mars", "bis zum 31. März",
 * "entro il 31 marzo", "March 31").  A year after it makes it a date, not
 * an anchor.  Records no error: the caller backtracks.
 */
static bool
anchor(parser *p, dl_recurrence *r)
{
	int			save = p->i,
				mode = DL_MODE_IN,
				month = 0,
				day = 0;
	bool		end = false;
	token	   *t;

	if (accept_phrases(p, L_BY_PHRASES))
		mode = DL_MODE_BY;
	else if (!accept_phrases(p, L_IN_PHRASES))
		accept_phrases(p, L_ON_WORDS);
	skip_articles(p);
	if (word_in(p, 0, L_PART_PREPOSITIONS) && word_in(p, 1, L_END_WORDS))
		p->i++;
	if (word_in(p, 0, L_END_WORDS))
	{
		/* "by the end of March" is by March (spec section 2) */
		p->i++;
		skip_of(p);
		end = true;
	}
	if ((t = tok(p, 0)) == NULL)
		goto none;
	if (!end && t->kind == TK_NUM && t->ndig <= 2 && t->num >= 1 && t->num <= 31)
	{
		int			k = 1;
		token	   *mt;

		if (is_kind(p, 1, TK_DOT) || word_in(p, 1, L_DAY_SUFFIXES))
			k = 2;
		if (word_in(p, k, L_OF_WORDS))
			k++;
		if ((mt = tok(p, k)) == NULL || mt->kind != TK_WORD || !(mt->mask & MASK_MONTH) || !mt->value)
			goto none;
		day = t->num;
		month = mt->value;
		p->i += k + 1;
	}
	else if (t->kind == TK_WORD && (t->mask & MASK_MONTH) && t->value)
	{
		token	   *d = tok(p, 1);

		month = t->value;
		p->i++;
		/* "March 31" (and not "March 2019") */
		if (!end && d && d->kind == TK_NUM && d->ndig <= 2 && d->num >= 1 && d->num <= 31)
		{
			day = d->num;
			p->i++;
		}
	}
	else
		goto none;
	if ((end && mode != DL_MODE_BY) || day > dl_days_in_month(2000, month))
		goto none;
	/* "Sept." */
	if (is_kind(p, 0, TK_DOT) && tok(p, 0)->glued && is_kind(p, 1, TK_NUM))
		p->i++;
	/* "by 31 March 2019", "marzo de 2021": a date */
	{
		int			j = p->i;

		if (is_kind(p, 0, TK_COMMA))
			p->i++;
		skip_of(p);
		if ((t = tok(p, 0)) != NULL && t->kind == TK_NUM && t->ndig == 4)
			goto none;
		p->i = j;
	}
	r->anchor_mode = mode;
	r->anchor_month = month;
	r->anchor_day = day;
	return true;
none:
	p->i = save;
	return false;
}

/*
 * A recurrence: a cycle, then for a yearly one an anchor ("each year by 31
 * March", "annually in June", "jedes Jahr bis zum 31. März"), or the
 * anchor first ("by 31 March each year", "le 31 mars de chaque année",
 * "il 18 marzo di ciascun anno", "bis zum 31. März jedes Jahres"); then
 * optionally a start ("from 2019", "starting in June 2019", "à partir de
 * 2019").  Errors only when a recurrence was read and its start is wrong
 * (out of range, or needing a reference); otherwise it backtracks clean.
 */
static bool
recurrence(parser *p, deadline_fields *f)
{
	int			save = p->i,
				j;
	dl_status	err = p->err;
	const char *hint = p->hint;
	dl_recurrence r,
				a;
	bool		endish,
				adjective;

	memset(f, 0, sizeof(*f));
	memset(&a, 0, sizeof(a));
	if (cycle(p, &r, &adjective))
	{
		/* "annual", "annuel": the word alone */
		if (adjective)
		{
			f->mode = DL_MODE_RECURRING;
			f->every = r;
			return true;
		}
		if (r.unit == DL_UNIT_YEAR)
		{
			j = p->i;
			if (is_kind(p, 0, TK_COMMA))
				p->i++;
			if (!anchor(p, &a))
				p->i = j;
		}
	}
	else if (anchor(p, &a))
	{
		if (is_kind(p, 0, TK_COMMA))
			p->i++;
		skip_of(p);
		if (!cycle(p, &r, &adjective) || adjective || r.unit != DL_UNIT_YEAR)
		{
			p->i = save;
			return false;
		}
	}
	else
		return false;
	r.anchor_mode = a.anchor_mode;
	r.anchor_month = a.anchor_month;
	r.anchor_day = a.anchor_day;
	f->mode = DL_MODE_RECURRING;
	f->every = r;
	/* "from 2019", ", starting in June 2019" */
	j = p->i;
	if (is_kind(p, 0, TK_COMMA))
		p->i++;
	if (accept_phrases(p, L_FROM_PHRASES))
	{
		if (period(p, &f->a, &endish))
		{
			f->every.started = true;
			return true;
		}
		if (p->err == DL_ERR_RANGE || (p->err == DL_ERR_NEEDS_REF && err != DL_ERR_NEEDS_REF))
			return false;
	}
	p->i = j;
	p->err = err;
	p->hint = hint;
	return true;
}

static bool
deadline_phrase(parser *p, deadline_fields *f, bool *marked)
{
	bool		endish = false,
				endish_b = false,
				for_word = false,
				for_by = false,
				in_word = false,
				after = false,
				between = false,
				span_start = false;
	int			save,
				connector = 0;

	memset(f, 0, sizeof(*f));
	*marked = false;
	p->since = false;

	/*
	 * In running text "ongoing" and "permanent" are ordinary adjectives
	 * ("a permanent mandate"): only a whole phrase (a table cell) says it.
	 */
	if (p->full && accept_phrases(p, L_ONGOING_WORDS))
	{
		f->mode = DL_MODE_ONGOING;
		*marked = true;
		return true;
	}

	/*
	 * "as soon as possible", and with a bound after it the bound: "as soon
	 * as possible, but no later than October 2019" is by October 2019
	 */
	if (!p->in_asap && accept_phrases(p, L_ASAP_PHRASES))
	{
		int			j = p->i;
		dl_status	err = p->err;
		const char *hint = p->hint;
		deadline_fields g;
		bool		m;

		*marked = true;
		if (is_kind(p, 0, TK_COMMA))
			p->i++;
		if (word_in(p, 0, L_AND_WORDS))
			p->i++;
		accept_phrases(p, L_BUT_WORDS);
		if (is_kind(p, 0, TK_COMMA))
			p->i++;
		if (p->i > j && tok(p, 0))
		{
			bool		bound;

			p->in_asap = true;
			bound = deadline_phrase(p, &g, &m);
			p->in_asap = false;
			if (bound && (g.mode == DL_MODE_BY || g.mode == DL_MODE_BEFORE))
			{
				*f = g;
				return true;
			}
			/* "as soon as possible and no later than May": needs a reference */
			if (severity(p->err) > severity(err) && p->err != DL_ERR_SYNTAX)
				return false;
		}
		p->i = j;
		p->err = err;
		p->hint = hint;
		f->mode = DL_MODE_ASAP;
		return true;
	}

	/* "annually", "every 6 months from 2019", "each year by 31 March" */
	save = p->i;
	if (recurrence(p, f))
	{
		*marked = true;
		return true;
	}
	if (p->err == DL_ERR_NEEDS_REF || p->err == DL_ERR_RANGE)
		return false;
	p->i = save;
	if (edtf_interval(p, f))
	{
		*marked = f->mode != DL_MODE_IN;
		return true;
	}
	p->i = save;

	/* "within six months", "entro sei mesi" (also a "by" word), "for the next two years" */
	if (duration(p, f))
	{
		*marked = true;
		return true;
	}
	if (p->err == DL_ERR_NEEDS_REF || p->err == DL_ERR_RANGE)
		return false;
	p->i = save;

	f->mode = DL_MODE_IN;
	if (accept_phrases(p, L_BY_PHRASES))
		f->mode = DL_MODE_BY;
	else if (accept_phrases(p, L_BEFORE_PHRASES))
		f->mode = DL_MODE_BEFORE;
	else if (accept_phrases(p, L_FOR_PHRASES))
		for_word = true;
	else if (accept_phrases(p, L_FOR_BY_PHRASES))
		for_word = for_by = true;
	else if (accept_phrases(p, L_FROM_PHRASES))
	{
		f->mode = DL_MODE_FROM;
		/* "since 1 February" looks back: that February is the last one */
		p->since = word_in(p, -1, L_SINCE_WORDS);
	}
	else if (accept_phrases(p, L_AFTER_PHRASES))
	{
		f->mode = DL_MODE_FROM;
		after = true;
		if (is_kind(p, 0, TK_DASH) && tok(p, 0)->glued)
			p->i++;				/* post-2020 */
	}
	else if (accept_phrases(p, L_BETWEEN_WORDS))
		between = true;
	else if (!country_before_presidency(p) && accept_phrases(p, L_SPAN_START_WORDS))
		span_start = true;
	else
		in_word = accept_phrases(p, L_IN_PHRASES);
	*marked = p->i > save;

	/*
	 * A deadline anchored on an event dated after it: "d'ici les élections
	 * européennes de mai 2019", "vor den Europawahlen im Juni 2019", "entro
	 * le elezioni europee di maggio" are by or before the event's period.
	 * "In" joins the event to its date only after "before": "approved by
	 * the Council in 2016" is an agent and a date, not a deadline.
	 * Only where a phrase is searched for its one time (deadline_parse):
	 * running text (deadlines_in) keeps to the marker and period alone.
	 */
	if (p->phrase && (f->mode == DL_MODE_BY || f->mode == DL_MODE_BEFORE))
	{
		int			j = p->i;
		bool		event = false;

		for (;;)
		{
			if (word_in(p, 0, L_EVENT_WORDS))
				event = true;
			else if (!word_in(p, 0, L_ARTICLES) && !word_in(p, 0, L_OF_WORDS) &&
					 (f->mode != DL_MODE_BEFORE || !word_in(p, 0, L_IN_PHRASES)))
				break;
			p->i++;
		}
		if (!event)
			p->i = j;
	}

	/*
	 * "in the course of the year", "nel corso dell'anno": after "in", the
	 * year alone is ref's (as in "the end of the year").  In phrases only.
	 */
	if (in_word && p->phrase)
	{
		int			j = p->i;

		skip_of(p);
		skip_articles(p);
		if (word_in(p, 0, L_YEAR_WORDS) && !is_kind(p, 1, TK_NUM))
		{
			p->i++;
			if (relative_word(p) == REL_NONE)
			{
				int			y,
							m,
							d;

				if (p->ref == DL_NO_DAY)
					return fail(p, DL_ERR_NEEDS_REF, HINT_NEEDS_REF);
				ref_civil(p, &y, &m, &d);
				memset(&f->a, 0, sizeof(f->a));
				f->a.prec = DL_PREC_YEAR;
				f->a.year = y;
				return true;
			}
		}
		p->i = j;
	}

	/* "on 25 March 2021" reads as the day; in running text it reports an
	 * event ("adopted on 20 November 2017"), so it marks nothing */
	if (!*marked && accept_phrases(p, L_ON_WORDS))
		save = p->i;

	if (duration(p, f))
	{
		*marked = true;
		return true;
	}
	if (p->err == DL_ERR_NEEDS_REF || p->err == DL_ERR_RANGE)
		return false;

	if (elliptic_span(p, f, between || span_start))
		*marked = true;
	else
	{
		int			before_next = p->i;

		if (!relative_period(p, f))
		{
			if (p->err == DL_ERR_NEEDS_REF || p->err == DL_ERR_RANGE)
				return false;
			p->i = before_next;
			if (!period(p, &f->a, &endish))
				return fail(p, DL_ERR_SYNTAX, HINT_SHAPES);
		}
	}

	/*
	 * Dutch "voor" is "before" before a day, a part of a year or month, or
	 * a season ("voor 1 juli", "voor eind 2017", "voor de zomer"), and
	 * "for" before a whole year, month or span ("de begroting voor 2013",
	 * "gepland voor oktober 2018"): a time, not a deadline.  Spanish
	 * "para" is "by" before a day or month ("para el 31 de diciembre de
	 * 2020", "un acuerdo completo para marzo de 2019"), and "for" before
	 * anything else ("el Programa de trabajo para el año 2018", "previstas
	 * para finales del presente año", "fijada para mayo/junio de 2024").
	 */
	if (for_by)
	{
		if (!f->span && (f->a.prec == DL_PREC_DAY || f->a.prec == DL_PREC_MONTH))
			f->mode = DL_MODE_BY;
		else
			*marked = false;
	}
	else if (for_word)
	{
		int			pr = f->a.prec;

		if (!f->span && (pr == DL_PREC_DAY || pr == DL_PREC_THIRD || pr == DL_PREC_MONTH_PART ||
						 pr == DL_PREC_SEASON))
			f->mode = DL_MODE_BEFORE;
		else
			*marked = false;
	}

	/*
	 * a period a target is set for, with no marker of its own: by it; not
	 * one over before ref ("El año pasado, la Comisión se fijó el objetivo")
	 */
	if (p->target_text && f->mode == DL_MODE_IN && !in_word && !f->span && !f->continuing)
	{
		int32_t		lo,
					hi;

		if (p->ref == DL_NO_DAY || (dl_period_bounds(&f->a, &lo, &hi), hi > p->ref))
			f->mode = DL_MODE_BY;
	}

	/* early/mid/end, quarters, halves and seasons mark a deadline by themselves */
	if (!*marked && f->a.prec != DL_PREC_YEAR && f->a.prec != DL_PREC_DAY &&
		f->a.prec != DL_PREC_MONTH && !p->guessed)
		*marked = true;

	/*
	 * "Sep 2017 13/09 State of the Union Address": a day of the month just
	 * named, under it as under a heading.  In phrases only.
	 */
	if (p->phrase && !f->span && f->a.prec == DL_PREC_MONTH && is_kind(p, 0, TK_NUM) &&
		is_kind(p, 1, TK_SLASH) && is_kind(p, 2, TK_NUM) && tok(p, 1)->glued && tok(p, 2)->glued &&
		tok(p, 0)->ndig <= 2 && tok(p, 2)->ndig <= 2 && tok(p, 2)->num == f->a.n &&
		tok(p, 0)->num >= 1 && tok(p, 0)->num <= dl_days_in_month(f->a.year, f->a.n) &&
		!(tok(p, 3) && tok(p, 3)->glued && tok(p, 3)->kind != TK_WORD))
	{
		f->a.prec = DL_PREC_DAY;
		f->a.day = tok(p, 0)->num;
		p->i += 3;
	}

	/*
	 * a decade: "the 1970s", "den 1970er Jahren" are the span of its ten
	 * years; "the early 1980s" its first four, mid its next three, end its
	 * last three (as early, mid and end split a year 4-4-4).  In phrases
	 * (deadline_parse) only.
	 */
	if (p->phrase && !f->span && f->a.year % 10 == 0 && tok(p, 0) && tok(p, 0)->glued &&
		word_in(p, 0, L_DECADE_WORDS) &&
		(f->a.prec == DL_PREC_YEAR || f->a.prec == DL_PREC_THIRD))
	{
		int			y = f->a.year,
					first = 0,
					last = 9;

		p->i++;
		if (word_in(p, 0, L_DECADE_WORDS) && !tok(p, 0)->glued)
			p->i++;				/* "Jahren" */
		if (f->a.prec == DL_PREC_THIRD)
		{
			first = f->a.n == 1 ? 0 : f->a.n == 2 ? 4 : 7;
			last = f->a.n == 1 ? 3 : f->a.n == 2 ? 6 : 9;
		}
		f->a.prec = f->b.prec = DL_PREC_YEAR;
		f->a.n = f->b.n = 0;
		f->a.year = y + first;
		f->b.year = y + last;
		f->span = true;
	}

	/*
	 * a year and a length: "nel 2020 per una durata di due anni", "in 2020
	 * for two years" are the span of those years.  In phrases only.
	 */
	if (p->phrase && !f->span && f->a.prec == DL_PREC_YEAR)
	{
		int			j = p->i,
					len;

		if (accept_phrases(p, L_DURATION_PREPOSITIONS))
		{
			accept_phrases(p, L_LENGTH_PHRASES);
			if ((len = number_word(p)) >= 1 && len <= 89 && is_kind(p, 0, TK_WORD) &&
				unit_word(tok(p, 0)) == DL_UNIT_YEAR)
			{
				p->i++;
				f->b.prec = DL_PREC_YEAR;
				f->b.year = f->a.year + len - 1;
				f->span = len > 1;
			}
			else
				p->i = j;
		}
	}

	/*
	 * span: P1/P2, P1 / P2, 2018-2020, 2019-24, May 2018 - June 2019,
	 * 2021 bis 2027, between 2015 and 2020
	 */
	save = p->i;
	/* "le 30 juin au plus tard": "au" starts the marker, not a span */
	if (accept_phrases(p, L_LATEST_PHRASES))
		p->i = save;
	else if (!f->span && (connector = span_connector(p, between)) != 0)
	{
		token	   *y2 = tok(p, 0);

		/*
		 * 2019-24, 2019/20: the second year in two digits, later in the
		 * century.  Only in running text and deadline_parse's phrases: the
		 * type's input reads "2018-24" as EDTF (winter 2018/2019), and a
		 * digit more or less must not flip one reading into the other.
		 */
		if (!p->full && f->a.prec == DL_PREC_YEAR && y2 && y2->kind == TK_NUM && y2->ndig == 2 &&
			f->a.year / 100 * 100 + y2->num > f->a.year &&
			!is_kind(p, 1, TK_SLASH) && !is_kind(p, 1, TK_DOT) && !is_kind(p, 1, TK_DASH))
		{
			f->b.prec = DL_PREC_YEAR;
			f->b.year = f->a.year / 100 * 100 + y2->num;
			p->i++;
			f->span = true;
		}
		else if (period(p, &f->b, &endish_b))
		{
			f->span = true;	/* "2015-2020" in a title is no deadline: not marked */
			if (connector == 4 && f->b.prec == DL_PREC_DAY)
			{
				int32_t		lo,
							hi;

				dl_period_bounds(&f->b, &lo, &hi);
				(void) dl_period_at(DL_PREC_DAY, lo - 1, true, &f->b);
			}
		}
		else
		{
			if (p->err == DL_ERR_RANGE || (p->full && !between))
				return false;
			p->i = save;
		}
	}
	/*
	 * "2020 and 2021", "diciembre de 2019 y enero de 2020", "half maart en
	 * eind maart": two periods of one precision that join make a span; two
	 * that do not ("2018 and 2020") are two deadlines, not one
	 */
	if (!f->span && connector == 0 && word_in(p, 0, L_AND_WORDS))
	{
		dl_status	err = p->err;
		const char *hint = p->hint;
		dl_period	b;
		int32_t		alo,
					ahi,
					blo,
					bhi;

		save = p->i;
		p->i++;
		/* "December 12 and 13": the next day of the same month (in phrases) */
		if (p->phrase && f->a.prec == DL_PREC_DAY && is_kind(p, 0, TK_NUM) && tok(p, 0)->ndig <= 2 &&
			tok(p, 0)->num == f->a.day + 1 && tok(p, 0)->num <= dl_days_in_month(f->a.year, f->a.n) &&
			!(tok(p, 1) && ((tok(p, 1)->glued && tok(p, 1)->kind != TK_COMMA &&
							  tok(p, 1)->kind != TK_OTHER && tok(p, 1)->kind != TK_RPAREN) ||
							 tok(p, 1)->kind == TK_NUM ||
							 (tok(p, 1)->kind == TK_WORD && (tok(p, 1)->mask & MASK_MONTH)))))
		{
			b = f->a;
			b.day = tok(p, 0)->num;
			p->i++;
			f->b = b;
			f->span = true;
		}
		else if (period(p, &b, &endish_b) && b.prec == f->a.prec &&
			(dl_period_bounds(&f->a, &alo, &ahi), dl_period_bounds(&b, &blo, &bhi), blo == ahi))
		{
			f->b = b;
			f->span = true;
		}
		else
		{
			p->err = err;
			p->hint = hint;
			p->i = save;
		}
	}
	/* "between 2015", "du 3 mai": only as the start of a span */
	if ((between || span_start) && !f->span)
		return fail(p, DL_ERR_SYNTAX, HINT_SHAPES);
	/*
	 * "from March to June 2019" is the span itself, not an open end; "from
	 * 2018/2020" (the canonical spelling of an open end from a span) is.
	 */
	if (f->span && f->mode == DL_MODE_FROM && !after && connector != 1)
		f->mode = DL_MODE_IN;
	/* "from 2019 onwards", "dal 2019 in poi" */
	if (f->mode == DL_MODE_FROM)
		accept_phrases(p, L_ONWARDS_WORDS);

	if (f->mode == DL_MODE_BEFORE && endish)
		f->mode = DL_MODE_BY;	/* "before the end of 2017" = "by end of 2017" */
	/* "by the end of May 2018" = "by May 2018" (spec section 2) */
	if (f->mode == DL_MODE_BY && !f->span && f->a.prec == DL_PREC_MONTH_PART && f->a.day == 21)
	{
		f->a.prec = DL_PREC_MONTH;
		f->a.day = 0;
	}
	if (after)
	{
		if (f->span)
			return fail(p, DL_ERR_SYNTAX, HINT_SHAPES);
		next_period(&f->a);
	}

	/* "2020 Q1", "2019 H2" (tables): the quarter or half of that year */
	if (!f->span && f->a.prec == DL_PREC_YEAR && tok(p, 0) && !tok(p, 0)->glued &&
		(word_in(p, 0, L_QUARTER_LETTERS) || word_in(p, 0, L_HALF_LETTERS)) &&
		is_kind(p, 1, TK_NUM) && tok(p, 1)->glued && tok(p, 1)->ndig == 1 &&
		tok(p, 1)->num >= 1 && tok(p, 1)->num <= (word_in(p, 0, L_QUARTER_LETTERS) ? 4 : 2) &&
		!(tok(p, 2) && tok(p, 2)->glued))
	{
		f->a.prec = word_in(p, 0, L_QUARTER_LETTERS) ? DL_PREC_QUARTER : DL_PREC_HALF;
		f->a.n = tok(p, 1)->num;
		p->i += 2;
		*marked = true;
	}
	/* "2019 onwards" without "from": from it */
	if (f->mode == DL_MODE_IN && !in_word && !f->span && accept_phrases(p, L_ONWARDS_WORDS))
	{
		f->mode = DL_MODE_FROM;
		*marked = true;
	}
	/* "June 2019 at the latest", "le 30 juin 2019 au plus tard": by it */
	if ((f->mode == DL_MODE_IN || f->mode == DL_MODE_BY) && !in_word && !f->continuing)
	{
		save = p->i;
		if (is_kind(p, 0, TK_COMMA))
			p->i++;
		if (accept_phrases(p, L_LATEST_PHRASES))
		{
			f->mode = DL_MODE_BY;
			*marked = true;
		}
		else
			p->i = save;
	}
	/* "2019 (ongoing)": as "2019 and ongoing" */
	if (f->mode == DL_MODE_IN && !f->continuing && is_kind(p, 0, TK_LPAREN))
	{
		save = p->i;
		p->i++;
		if (accept_phrases(p, L_ONGOING_WORDS) && is_kind(p, 0, TK_RPAREN))
		{
			p->i++;
			f->continuing = true;
			*marked = true;
		}
		else
			p->i = save;
	}

	/* "2018 and ongoing", "2018 en doorlopend", "2018 et en cours", "2010 and beyond" */
	save = p->i;
	if (f->mode == DL_MODE_IN && word_in(p, 0, L_AND_WORDS))
	{
		p->i++;
		if (accept_phrases(p, L_ONGOING_WORDS) || accept_phrases(p, L_BEYOND_WORDS))
		{
			f->continuing = true;
			*marked = true;
		}
		else
			p->i = save;
	}
	/*
	 * "bis zum Jahr 2025 und darüber hinaus": a value has no "and beyond"
	 * but with "in"; in running text the deadline is the part before it
	 */
	else if (!p->full && f->mode == DL_MODE_BY && word_in(p, 0, L_AND_WORDS))
	{
		p->i++;
		if (!accept_phrases(p, L_BEYOND_WORDS))
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
 * spring, first, ...), an article, a presidency, "within"/"next"/
 * "current", or a recurrence ("each year by 31 March", "annually by ...")
 * can start one.  Months, years and days alone are not marked.
 */
#define STARTERS (BIT(L_ARTICLES) | BIT(L_BY_PHRASES) | BIT(L_BEFORE_PHRASES) | \
		BIT(L_FROM_PHRASES) | BIT(L_AFTER_PHRASES) | BIT(L_IN_PHRASES) | BIT(L_FOR_BY_PHRASES) | \
		BIT(L_EARLY_WORDS) | BIT(L_MID_WORDS) | BIT(L_END_WORDS) | \
		BIT(L_PRESIDENCY_WORDS) | BIT(L_NEXT_WORDS) | BIT(L_CURRENT_WORDS) | \
		BIT(L_WITHIN_PHRASES) | BIT(L_DURATION_PREPOSITIONS) | MASK_SEASON | MASK_ORDINAL | \
		BIT(L_EVERY_WORDS) | MASK_RECUR)

static bool
may_start_marked(parser *p)
{
	token	   *t = tok(p, 0);

	if (!t || t->kind != TK_WORD)
		return false;
	if (t->mask & STARTERS)
		return true;
	/* Q1 2018, H2 2018 */
	if ((t->single & (BIT(L_QUARTER_LETTERS) | BIT(L_HALF_LETTERS))) && is_kind(p, 1, TK_NUM))
		return true;
	/*
	 * "BG Presidency 2018", "Bulgarian Presidency 2018": names are
	 * capitalised (other languages put an article first, handled above), so
	 * the second word is read only after a capital.
	 */
	return p->lx.s[t->start] >= 'A' && p->lx.s[t->start] <= 'Z' &&
		word_in(p, 1, L_PRESIDENCY_WORDS);
}

/* may a word of list l start a marked phrase (may_start_marked())?  For the prefilter. */
bool
dl_kind_starts(int l)
{
	return l >= 0 && l < DL_N_LISTS && (STARTERS & BIT(l)) != 0;
}

/*
 * The lists the grammar reads only where deadline_parse_phrase() searches
 * a phrase for its time (p->phrase, or the phrase around it), never in
 * running text: events, decades and lengths in deadline_phrase(), past
 * tense, future and target words in deadline_parse_phrase().  For the
 * prefilter, to which these words are unknown in running text; a list
 * read in running text too must leave this mask.
 */
#define PHRASE_ONLY (BIT(L_EVENT_WORDS) | BIT(L_DECADE_WORDS) | BIT(L_LENGTH_PHRASES) | \
		BIT(L_PAST_TENSE_WORDS) | BIT(L_FUTURE_WORDS) | BIT(L_TARGET_WORDS))

bool
dl_kind_phrase_only(int l)
{
	return l >= 0 && l < DL_N_LISTS && (PHRASE_ONLY & BIT(l)) != 0;
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

/* A phrase at s; with gate, only one that may start a marked deadline. */
static dl_status
parse_at(const char *s, size_t len, int32_t ref, deadline_t *out, size_t *consumed,
		 bool *marked, bool gate, bool past_text, bool target_text, dl_status *err)
{
	token		t[MAX_TOKENS];
	parser		p;
	dl_status	st;

	parser_init(&p, t, MAX_TOKENS, s, len, ref, false);
	p.past_text = past_text;
	p.phrase = !gate;
	p.target_text = target_text;
	*consumed = 0;
	if (gate && !may_start_marked(&p))
		return DL_ERR_SYNTAX;
	st = parse_tokens(&p, out, marked);
	if (st == DL_OK)
		*consumed = p.i > 0 ? t[p.i - 1].end : 0;
	if (err)
		*err = p.err;
	return st;
}

dl_status
deadline_parse_prefix(const char *s, size_t len, int32_t ref, deadline_t *out,
					  size_t *consumed, bool *marked)
{
	return parse_at(s, len, ref, out, consumed, marked, true, false, false, NULL);
}

/*
 * The one time expression in a short phrase ("should be completed in June
 * 2019", "European Council, 21-22 March 2019"): the whole phrase when it is
 * a deadline, else the best phrase found at any word: one that contains
 * the best so far ("2019 bis 2024" over "bis 2024"), else a marked one
 * ("by", "early", ...) before an unmarked one, then the longest, then the
 * first.  Errors are those of the whole phrase, or "needs a reference"
 * when a phrase found needed one.
 */
/* the whole text is YYYY-NN with NN above 12 (an EDTF sub-year code), blanks around */
static bool
year_dash_code(const char *s, size_t len)
{
	size_t		a = 0,
				b = len;

	while (a < b && (s[a] == ' ' || s[a] == '\t'))
		a++;
	while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
		b--;
	if (b - a != 7 || s[a + 4] != '-')
		return false;
	for (size_t i = 0; i < 7; i++)
		if (i != 4 && (s[a + i] < '0' || s[a + i] > '9'))
			return false;
	return (s[a + 5] - '0') * 10 + (s[a + 6] - '0') > 12;
}

dl_status
deadline_parse_phrase(const char *s, size_t len, int32_t ref, deadline_t *out,
					  const char **hint, size_t *start, size_t *mlen)
{
	dl_status	st = deadline_parse_text(s, len, ref, out, hint);
	lexer		lx = {s, len, 0, false};
	token		k;
	bool		best_marked = false,
				best_recurs = false,
				needs_ref = false,
				past_text = false,
				future_text = false,
				target_text = false;
	size_t		best_len = 0,
				asap_start = 0,
				asap_len = 0;
	deadline_t	asap = 0;

	*start = 0;
	*mlen = len;
	/*
	 * "2021-22" alone: the type's input reads EDTF (spring 2021), but a
	 * phrase means the years 2021 to 2022, as running text does: read it
	 * as a phrase
	 */
	if (st == DL_OK && year_dash_code(s, len))
		st = DL_ERR_SYNTAX;
	/*
	 * a whole phrase that needed a reference somewhere ("Roemeens
	 * voorzitterschap ... 1e helft 2019": a presidency without a year) may
	 * still hold a time expression that needs none
	 */
	if (st != DL_ERR_SYNTAX && st != DL_ERR_NEEDS_REF)
		return st;
	needs_ref = st == DL_ERR_NEEDS_REF;

	/*
	 * A verb in a past tense ("On 29 January, the Commission adopted ...",
	 * "il Consiglio ha deciso a marzo") says the date is behind ref: a month
	 * or weekday without a year is then the last one, not the next.
	 */
	/*
	 * A target ("the 2018 deadline", "l'objectif ... fixé pour 2030", "die
	 * für 2010 gemachten Zusagen") makes a bare period a "by".
	 */
	while (next_token(&lx, &k, true))
		if (k.kind == TK_WORD)
		{
			if (k.single & BIT(L_PAST_TENSE_WORDS))
				past_text = true;
			if (k.single & BIT(L_FUTURE_WORDS))
				future_text = true;
			if (k.single & BIT(L_TARGET_WORDS))
				target_text = true;
		}
	/* "will be adopted": a participle, not a past */
	if (future_text)
		past_text = false;
	lx.pos = 0;
	lx.glued = false;
	while (next_token(&lx, &k, true))
	{
		deadline_t	v;
		size_t		used;
		bool		marked;
		dl_status	err = DL_OK,
					at;

		if (k.kind == TK_WORD &&
			(k.mask & ~(BIT(L_PAST_TENSE_WORDS) | BIT(L_TARGET_WORDS) | BIT(L_FUTURE_WORDS))) == 0 &&
			dl_country_code(s + k.start, k.end - k.start) == NULL)
			continue;			/* a word of no kind starts nothing (but a country's
								 * name may start a presidency) */
		at = parse_at(s + k.start, len - k.start, ref, &v, &used, &marked, false, past_text,
					  target_text, &err);

		if (at == DL_OK && deadline_mode_of(v) == DL_MODE_ASAP)
		{
			/* "as soon as possible" says no time: only where nothing else does */
			if (asap_len == 0 && used > 0)
			{
				asap = v;
				asap_start = k.start;
				asap_len = used;
			}
		}
		else if (at == DL_OK)
		{
			bool		contains = best_len > 0 && k.start <= *start &&
				k.start + used >= *start + best_len;
			bool		inside = best_len > 0 && k.start >= *start &&
				k.start + used <= *start + best_len;
			bool		recurs = deadline_mode_of(v) == DL_MODE_RECURRING;

			/*
			 * a recurrence ranks below a period ("Come ogni anno, lo scorso
			 * 23 ottobre" is the day; "Informe anual de 2020" the year),
			 * unless it holds it ("each year by 31 March")
			 */
			if (used > 0 && (contains || best_len == 0 ||
							 (!inside && ((best_recurs && !recurs) ||
										  (best_recurs == recurs &&
										   ((marked && !best_marked) ||
											(marked == best_marked && used > best_len)))))))
			{
				*out = v;
				*start = k.start;
				*mlen = used;
				best_len = used;
				best_marked = marked;
				best_recurs = recurs;
			}
		}
		else if (err == DL_ERR_NEEDS_REF)
			needs_ref = true;
	}
	if (best_len == 0 && !needs_ref && asap_len > 0)
	{
		*out = asap;
		*start = asap_start;
		*mlen = asap_len;
		best_len = asap_len;
	}
	/*
	 * no period, but a word that says the action never ends ("begonnen -
	 * fortlaufend", "a rolling plan"): ongoing.  Only here: in running text
	 * (deadlines_in) "a permanent mandate" is no deadline.
	 */
	if (best_len == 0 && !needs_ref)
	{
		lx.pos = 0;
		lx.glued = false;
		while (next_token(&lx, &k, true))
		{
			token		t[MAX_TOKENS];
			parser		p;

			if (k.kind != TK_WORD || !(k.mask & BIT(L_ONGOING_WORDS)))
				continue;
			parser_init(&p, t, MAX_TOKENS, s + k.start, len - k.start, ref, false);
			if (accept_phrases(&p, L_ONGOING_WORDS))
			{
				deadline_fields f;

				memset(&f, 0, sizeof(f));
				f.mode = DL_MODE_ONGOING;
				if (deadline_encode(&f, out))
				{
					*start = k.start;
					*mlen = t[p.i - 1].end;
					best_len = *mlen;
					break;
				}
			}
		}
	}
	if (best_len > 0)
	{
		if (hint)
			*hint = NULL;
		return DL_OK;
	}
	if (needs_ref)
	{
		if (hint)
			*hint = HINT_NEEDS_REF;
		return DL_ERR_NEEDS_REF;
	}
	return st;
}

int
dl_lexicon_dropped(void)
{
	(void) dict_lookup("");	/* builds the dictionary */
	return dictionary_dropped;
}

/*
 * A member state's presidency code from what a user writes for it: the
 * code (AT, EL; GR for Greece), or its name or adjective in any lexicon's
 * language ("Austria", "Österreich", "Bulgarian", "la France").  NULL when
 * it names no member state.
 */
const char *
dl_country_code(const char *name, size_t len)
{
	token		t[MAX_TOKENS];
	parser		p;

	parser_init(&p, t, MAX_TOKENS, name, len, DL_NO_DAY, true);
	if (!tok(&p, 0) || tok(&p, 0)->kind != TK_WORD)
		return NULL;
	/* a code first: "DE" and "EL" are also articles */
	if (strlen(tok(&p, 0)->w) == 2 && country_of(&p, 0))
		return country_of(&p, 0);
	skip_articles(&p);
	if (!tok(&p, 0) || tok(&p, 0)->kind != TK_WORD)
		return NULL;
	return country_of(&p, 0);	/* the first word decides: "Czech Republic" */
}

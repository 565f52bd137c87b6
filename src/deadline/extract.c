/*
 * extract.c: deadlines in running text (spec section 5).
 *
 * The scan tries the type's own parser (prefix mode) at the start of every
 * word that may begin a phrase (prefilter.c rules out the others from
 * their bytes and the lexicons' words, ~97 % of the words of a Council
 * text, so the grammar runs at a few) and keeps what it reads only when
 * the phrase is marked as a deadline:
 * it begins with a marker of time-to-deliver ("by", "in", "before", "d'ici",
 * "uiterlijk", "bis", ...) or is a period that only deadlines use ("early
 * 2018", "mid-2019", "Q1 2018").  Dates that say when something happened
 * ("adopted on 20 November 2017", "the 2014 framework", "2015-2020" in a
 * title) carry no marker and are skipped.
 *
 * Nor are values that set no time to deliver by: "as soon as possible"
 * alone (an exhortation; with a bound after it, "as soon as possible and
 * no later than October 2019", the bound is reported) and recurrences
 * without a "by" anchor ("EUR 24 billion every year", "meets weekly",
 * "annually in June" reports when something happens).  A recurrence due
 * by an anchor is a deadline and is reported: "report each year by 31
 * March", "by 31 March of each year".
 */
#include "deadline_internal.h"

static inline bool
is_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* a deadline as running text means one: asap and most recurrences are not */
static bool
sets_a_deadline(deadline_t v)
{
	deadline_fields f;

	switch (deadline_mode_of(v))
	{
		case DL_MODE_ASAP:
			return false;
		case DL_MODE_RECURRING:
			return deadline_decode(v, &f) && f.every.anchor_mode == DL_MODE_BY;
		default:
			return true;
	}
}

/* ASCII letters and the UTF-8 bytes of accented letters: where a word may start */
static inline bool
is_word_start(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC3;
}

/*
 * The phrase at s[i], if any: emitted when it sets a deadline.  Returns
 * false when emit asked to stop; *next is where the scan goes on.
 */
static bool
phrase_at(const char *s, size_t len, size_t i, int32_t ref, dl_emit_fn emit, void *arg,
		  size_t *next)
{
	deadline_t	v;
	size_t		used = 0;
	bool		marked = false;

	if (deadline_parse_prefix(s + i, len - i, ref, &v, &used, &marked) == DL_OK &&
		marked && used > 0)
	{
		int32_t		lo,
					hi;
		bool		past = false;

		/* with a reference date, periods already over report the past */
		if (ref != DL_NO_DAY && deadline_bounds(v, &lo, &hi) &&
			deadline_mode_of(v) != DL_MODE_FROM && !deadline_continuing_of(v))
			past = hi <= ref;
		if (!past && sets_a_deadline(v))
		{
			dl_match	m;

			m.value = v;
			m.start = i;
			m.len = used;
			if (!emit(arg, &m))
				return false;
		}
		*next = i + used;
		return true;
	}
	while (i < len && is_alnum((unsigned char) s[i]))
		i++;
	*next = i;
	return true;
}

/* may a phrase start at s[i]: a word start, not inside a word */
static inline bool
at_word_start(const char *s, size_t i)
{
	return is_word_start((unsigned char) s[i]) &&
		!(i > 0 && is_alnum((unsigned char) s[i - 1]) &&
		  !(i > 1 && (unsigned char) s[i - 1] == 0xA0 && (unsigned char) s[i - 2] == 0xC2));
}

/*
 * The reading of issue 14's first version: the grammar at every word.  Kept
 * as the reference the fast scan below must equal match for match (unit
 * tests, fuzz_extract.c); the server never calls it.
 */
void
deadline_extract_reference(const char *s, size_t len, int32_t ref, dl_emit_fn emit, void *arg)
{
	size_t		i = 0;

	while (i < len)
	{
		/* phrases start with a letter: a marker or an early/mid/end word */
		if (!at_word_start(s, i))
		{
			i++;
			continue;
		}
		if (!phrase_at(s, len, i, ref, emit, arg, &i))
			return;
	}
}

/*
 * The same scan, but a word the prefilter (prefilter.c) rules out is
 * skipped without running the grammar: only the words of the starting
 * kinds, Q/H letters before a number and capitals before a presidency word
 * get that far.  Words whose first byte is above 0x7F always do.
 */
void
deadline_extract(const char *s, size_t len, int32_t ref, dl_emit_fn emit, void *arg)
{
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];

		if (!at_word_start(s, i))
		{
			i++;
			continue;
		}
		if (c < 0x80 && !dl_prefilter_may_start(s, len, i, &i))
		{
			/* what the grammar's refusal does: the rest of the word is skipped */
			while (i < len && is_alnum((unsigned char) s[i]))
				i++;
			continue;
		}
		if (!phrase_at(s, len, i, ref, emit, arg, &i))
			return;
	}
}

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
	while (i < len && dl_is_alnum((unsigned char) s[i]))
		i++;
	*next = i;
	return true;
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
		if (!dl_at_word_start(s, i))
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
 * skipped without running the grammar: dl_prefilter_next() walks the
 * text to the next word of the starting kinds, Q/H letters before a
 * number or capital before a presidency word; words whose first byte is
 * above 0x7F always stop it.
 */
void
deadline_extract(const char *s, size_t len, int32_t ref, dl_emit_fn emit, void *arg)
{
	size_t		i = 0;

	while ((i = dl_prefilter_next(s, len, i)) < len)
		if (!phrase_at(s, len, i, ref, emit, arg, &i))
			return;
}

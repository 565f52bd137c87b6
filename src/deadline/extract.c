/*
 * extract.c: deadlines in running text (spec section 5).
 *
 * The scan tries the type's own parser (prefix mode) at the start of every
 * word and keeps what it reads only when the phrase is marked as a deadline:
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
#include "deadline_core.h"

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

void
deadline_extract(const char *s, size_t len, int32_t ref, dl_emit_fn emit, void *arg)
{
	size_t		i = 0;

	while (i < len)
	{
		unsigned char c = (unsigned char) s[i];
		deadline_t	v;
		size_t		used = 0;
		bool		marked = false;

		/* phrases start with a letter: a marker or an early/mid/end word */
		if (!is_word_start(c) ||
			(i > 0 && is_alnum((unsigned char) s[i - 1]) &&
			 !(i > 1 && (unsigned char) s[i - 1] == 0xA0 && (unsigned char) s[i - 2] == 0xC2)))
		{
			i++;
			continue;
		}
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
					return;
			}
			i += used;
			continue;
		}
		while (i < len && is_alnum((unsigned char) s[i]))
			i++;
	}
}

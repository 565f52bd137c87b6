/*
 * test_lexicon.c: every lexicon of the deadline grammar is complete and
 * well-formed, so that adding a language cannot half-work: months 1-12,
 * seasons 1-4, ordinals 1-4, numbers 1-12, the four units, today and
 * tomorrow, seven weekdays Monday first, "as soon as possible", words for
 * every and for times, recurrence words for years, halves, quarters,
 * months, weeks and days, lower-case
 * words with single blanks, and a dictionary that took every word.
 */
#include <string.h>

#include "deadline_core.h"
#include "deadline_internal.h"
#include "deadline_lexicon.h"
#include "unit.h"

static void
covers(const char *lang, const char *what, const dl_valued *v, int from, int to)
{
	for (int n = from; n <= to; n++)
	{
		const dl_valued *e = v;

		while (e && e->word && e->value != n)
			e++;
		CHECK(e && e->word, "lexicon %s: no %s for %d", lang, what, n);
	}
}

static int
well_formed(const char *w)
{
	if (!w[0] || w[0] == ' ' || w[strlen(w) - 1] == ' ' || strstr(w, "  "))
		return 0;
	for (const char *c = w; *c; c++)
		if (*c >= 'A' && *c <= 'Z')
			return 0;
	return 1;
}

static void
words_well_formed(const char *lang, const dl_valued *v)
{
	for (; v && v->word; v++)
		CHECK(well_formed(v->word), "lexicon %s: '%s' is not lower case with single blanks", lang, v->word);
}

void
test_lexicon(void)
{
	int			languages = 0;

	for (const dl_lexicon *const *lx = dl_lexicons; *lx; lx++, languages++)
	{
		const dl_lexicon *l = *lx;

		CHECK(l->lang && strlen(l->lang) == 2, "a lexicon without a language code");
		covers(l->lang, "month", l->months, 1, 12);
		covers(l->lang, "season", l->seasons, 1, 4);
		covers(l->lang, "ordinal", l->ordinals, 1, 4);
		covers(l->lang, "number", l->numbers, 1, 12);
		covers(l->lang, "unit", l->units, DL_UNIT_DAY, DL_UNIT_YEAR);
		covers(l->lang, "day from ref", l->relative_days, 0, 1);
		CHECK(l->countries && l->countries[0].stem, "lexicon %s: no country adjectives", l->lang);
		{
			/* recurrences: annually, half-yearly, quarterly, monthly, weekly, daily */
			static const int every[] = {
				DL_EVERY(DL_UNIT_YEAR, 1), DL_EVERY(DL_UNIT_MONTH, 6), DL_EVERY(DL_UNIT_MONTH, 3),
				DL_EVERY(DL_UNIT_MONTH, 1), DL_EVERY(DL_UNIT_WEEK, 1), DL_EVERY(DL_UNIT_DAY, 1)
			};

			for (size_t e = 0; e < sizeof(every) / sizeof(every[0]); e++)
			{
				const dl_valued *r = l->recurrences;

				while (r && r->word && r->value % DL_EVERY_ADJECTIVE != every[e])
					r++;
				CHECK(r && r->word, "lexicon %s: no recurrence word for every %d of unit %d", l->lang,
					  every[e] % 100, every[e] / 100);
			}
			for (const dl_valued *r = l->recurrences; r && r->word; r++)
			{
				int			v = r->value % DL_EVERY_ADJECTIVE;

				CHECK(r->value >= 0 && r->value < 2 * DL_EVERY_ADJECTIVE && v / 100 >= DL_UNIT_DAY &&
					  v / 100 <= DL_UNIT_YEAR && v % 100 >= 1 && v % 100 <= DL_EVERY_MAX &&
					  !(v / 100 == DL_UNIT_MONTH && v % 12 == 0),
					  "lexicon %s: recurrence '%s' has no value of its own", l->lang, r->word);
			}
		}
		CHECK(l->lists[L_ASAP_PHRASES] && l->lists[L_EVERY_WORDS] && l->lists[L_TIMES_WORDS] &&
			  l->lists[L_PER_WORDS] && l->lists[L_BUT_WORDS],
			  "lexicon %s: no words for as soon as possible, every, times, per or but", l->lang);
		{
			/* a weekday's number is its place in the list, Monday first */
			int			days = 0;

			while (l->lists[L_WEEKDAYS] && l->lists[L_WEEKDAYS][days])
				days++;
			CHECK(days == 7, "lexicon %s: %d weekdays, want 7 (Monday first)", l->lang, days);
		}
		/* the kinds every language needs to say a deadline */
		CHECK(l->lists[L_BY_PHRASES] && l->lists[L_IN_PHRASES] && l->lists[L_EARLY_WORDS] &&
			  l->lists[L_MID_WORDS] && l->lists[L_END_WORDS] && l->lists[L_AND_WORDS] &&
			  l->lists[L_PRESIDENCY_WORDS] && l->lists[L_ONGOING_WORDS],
			  "lexicon %s: a basic kind of word is missing", l->lang);
		for (int k = 0; k < DL_N_LISTS; k++)
			for (const char *const *w = l->lists[k]; w && *w; w++)
				CHECK(well_formed(*w), "lexicon %s: '%s' is not lower case with single blanks", l->lang, *w);
		words_well_formed(l->lang, l->months);
		words_well_formed(l->lang, l->seasons);
		words_well_formed(l->lang, l->ordinals);
		words_well_formed(l->lang, l->numbers);
		words_well_formed(l->lang, l->units);
		words_well_formed(l->lang, l->relative_days);
		words_well_formed(l->lang, l->recurrences);
		words_well_formed(l->lang, l->multiples);
	}
	CHECK(languages >= 4, "only %d lexicons", languages);
	{
		/* member states by code, name or adjective, in any language */
		static const char *const names[][2] = {
			{"AT", "AT"}, {"gr", "EL"}, {"DE", "DE"}, {"Austria", "AT"}, {"Österreich", "AT"},
			{"la France", "FR"}, {"Bulgarian", "BG"}, {"Czech Republic", "CZ"}, {"Griechenland", "EL"},
			{"Spagna", "ES"}, {"Países Bajos", "NL"}, {"Narnia", NULL}, {"", NULL}
		};

		for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		{
			const char *code = dl_country_code(names[i][0], strlen(names[i][0]));

			CHECK((code == NULL && names[i][1] == NULL) ||
				  (code && names[i][1] && strcmp(code, names[i][1]) == 0),
				  "country '%s' read as %s, want %s", names[i][0], code ? code : "none",
				  names[i][1] ? names[i][1] : "none");
		}
	}
	CHECK(dl_lexicon_dropped() == 0, "the grammar's dictionary dropped %d words", dl_lexicon_dropped());
	CHECK(dl_prefilter_dropped() == 0, "the prefilter's table dropped %d words", dl_prefilter_dropped());
}

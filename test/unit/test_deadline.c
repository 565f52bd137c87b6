/*
 * test_deadline.c: unit tests of the deadline reader (src/deadline/),
 * the input table of shared/spec/deadline.md in all four languages.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deadline_core.h"
#include "unit.h"

static int32_t
day(int y, int m, int d)
{
	return dl_days_from_civil(y, m, d);
}

static bool
parse(const char *s, int32_t ref, deadline_t *v)
{
	return deadline_parse_text(s, strlen(s), ref, v, NULL) == DL_OK;
}

/* spec section 2: input, canonical, period, mode */
static const struct
{
	const char *input;
	const char *canonical;
	int			ly,
				lm,
				ld,
				uy,
				um,
				ud;
	const char *mode;
}			rows[] = {
	/* year */
	{"2020", "2020", 2020, 1, 1, 2021, 1, 1, "in"},
	{"in 2020", "2020", 2020, 1, 1, 2021, 1, 1, "in"},
	{"during 2020", "2020", 2020, 1, 1, 2021, 1, 1, "in"},
	{"en 2020", "2020", 2020, 1, 1, 2021, 1, 1, "in"},
	{"im Jahr 2020", "2020", 2020, 1, 1, 2021, 1, 1, "in"},
	/* month */
	{"May 2018", "May 2018", 2018, 5, 1, 2018, 6, 1, "in"},
	{"in May 2018", "May 2018", 2018, 5, 1, 2018, 6, 1, "in"},
	{"2018-05", "May 2018", 2018, 5, 1, 2018, 6, 1, "in"},
	{"mei 2018", "May 2018", 2018, 5, 1, 2018, 6, 1, "in"},
	{"mai 2018", "May 2018", 2018, 5, 1, 2018, 6, 1, "in"},
	{"Mai 2018", "May 2018", 2018, 5, 1, 2018, 6, 1, "in"},
	/* by a month */
	{"by May 2018", "by May 2018", 2018, 5, 1, 2018, 6, 1, "by"},
	{"no later than May 2018", "by May 2018", 2018, 5, 1, 2018, 6, 1, "by"},
	{"by the end of May 2018", "by May 2018", 2018, 5, 1, 2018, 6, 1, "by"},
	{"uiterlijk in mei 2018", "by May 2018", 2018, 5, 1, 2018, 6, 1, "by"},
	{"uiterlijk mei 2018", "by May 2018", 2018, 5, 1, 2018, 6, 1, "by"},
	{"d'ici mai 2018", "by May 2018", 2018, 5, 1, 2018, 6, 1, "by"},
	{"au plus tard en mai 2018", "by May 2018", 2018, 5, 1, 2018, 6, 1, "by"},
	{"bis Mai 2018", "by May 2018", 2018, 5, 1, 2018, 6, 1, "by"},
	{"spätestens im Mai 2018", "by May 2018", 2018, 5, 1, 2018, 6, 1, "by"},
	/* day */
	{"25 May 2018", "25 May 2018", 2018, 5, 25, 2018, 5, 26, "in"},
	{"2018-05-25", "25 May 2018", 2018, 5, 25, 2018, 5, 26, "in"},
	{"by 25 May 2018", "by 25 May 2018", 2018, 5, 25, 2018, 5, 26, "by"},
	{"25 mei 2018", "25 May 2018", 2018, 5, 25, 2018, 5, 26, "in"},
	{"25 mai 2018", "25 May 2018", 2018, 5, 25, 2018, 5, 26, "in"},
	{"25. Mai 2018", "25 May 2018", 2018, 5, 25, 2018, 5, 26, "in"},
	/* early */
	{"early 2018", "early 2018", 2018, 1, 1, 2018, 5, 1, "in"},
	{"beginning of 2018", "early 2018", 2018, 1, 1, 2018, 5, 1, "in"},
	{"start of 2018", "early 2018", 2018, 1, 1, 2018, 5, 1, "in"},
	{"begin 2018", "early 2018", 2018, 1, 1, 2018, 5, 1, "in"},
	{"begin van 2018", "early 2018", 2018, 1, 1, 2018, 5, 1, "in"},
	{"début 2018", "early 2018", 2018, 1, 1, 2018, 5, 1, "in"},
	{"Anfang 2018", "early 2018", 2018, 1, 1, 2018, 5, 1, "in"},
	/* mid */
	{"mid-2019", "mid-2019", 2019, 5, 1, 2019, 9, 1, "in"},
	{"Mid-2019", "mid-2019", 2019, 5, 1, 2019, 9, 1, "in"},
	{"mid 2019", "mid-2019", 2019, 5, 1, 2019, 9, 1, "in"},
	{"the middle of 2019", "mid-2019", 2019, 5, 1, 2019, 9, 1, "in"},
	{"medio 2019", "mid-2019", 2019, 5, 1, 2019, 9, 1, "in"},
	{"midden 2019", "mid-2019", 2019, 5, 1, 2019, 9, 1, "in"},
	{"mi-2019", "mid-2019", 2019, 5, 1, 2019, 9, 1, "in"},
	{"à la mi-2019", "mid-2019", 2019, 5, 1, 2019, 9, 1, "in"},
	{"Mitte 2019", "mid-2019", 2019, 5, 1, 2019, 9, 1, "in"},
	/* end */
	{"end of 2018", "end of 2018", 2018, 9, 1, 2019, 1, 1, "in"},
	{"End of 2017", "end of 2017", 2017, 9, 1, 2018, 1, 1, "in"},
	{"late 2018", "end of 2018", 2018, 9, 1, 2019, 1, 1, "in"},
	{"eind 2018", "end of 2018", 2018, 9, 1, 2019, 1, 1, "in"},
	{"eind van 2018", "end of 2018", 2018, 9, 1, 2019, 1, 1, "in"},
	{"fin 2018", "end of 2018", 2018, 9, 1, 2019, 1, 1, "in"},
	{"Ende 2018", "end of 2018", 2018, 9, 1, 2019, 1, 1, "in"},
	/* by the end */
	{"by the end of 2018", "by end of 2018", 2018, 9, 1, 2019, 1, 1, "by"},
	{"before the end of 2017", "by end of 2017", 2017, 9, 1, 2018, 1, 1, "by"},
	{"by end 2018", "by end of 2018", 2018, 9, 1, 2019, 1, 1, "by"},
	{"voor eind 2017", "by end of 2017", 2017, 9, 1, 2018, 1, 1, "by"},
	{"uiterlijk eind 2018", "by end of 2018", 2018, 9, 1, 2019, 1, 1, "by"},
	{"d'ici à la fin de 2018", "by end of 2018", 2018, 9, 1, 2019, 1, 1, "by"},
	{"avant la fin de 2017", "by end of 2017", 2017, 9, 1, 2018, 1, 1, "by"},
	{"bis Ende 2018", "by end of 2018", 2018, 9, 1, 2019, 1, 1, "by"},
	/* quarter */
	{"Q1 2018", "Q1 2018", 2018, 1, 1, 2018, 4, 1, "in"},
	{"first quarter of 2018", "Q1 2018", 2018, 1, 1, 2018, 4, 1, "in"},
	{"eerste kwartaal van 2018", "Q1 2018", 2018, 1, 1, 2018, 4, 1, "in"},
	{"1e kwartaal 2018", "Q1 2018", 2018, 1, 1, 2018, 4, 1, "in"},
	{"premier trimestre 2018", "Q1 2018", 2018, 1, 1, 2018, 4, 1, "in"},
	{"erstes Quartal 2018", "Q1 2018", 2018, 1, 1, 2018, 4, 1, "in"},
	{"Q4 2018", "Q4 2018", 2018, 10, 1, 2019, 1, 1, "in"},
	/* half */
	{"H2 2018", "H2 2018", 2018, 7, 1, 2019, 1, 1, "in"},
	{"second half of 2018", "H2 2018", 2018, 7, 1, 2019, 1, 1, "in"},
	{"tweede helft van 2018", "H2 2018", 2018, 7, 1, 2019, 1, 1, "in"},
	{"second semestre 2018", "H2 2018", 2018, 7, 1, 2019, 1, 1, "in"},
	{"zweite Jahreshälfte 2018", "H2 2018", 2018, 7, 1, 2019, 1, 1, "in"},
	/* season */
	{"spring 2018", "spring 2018", 2018, 3, 1, 2018, 6, 1, "in"},
	{"autumn 2018", "autumn 2018", 2018, 9, 1, 2018, 12, 1, "in"},
	{"fall 2018", "autumn 2018", 2018, 9, 1, 2018, 12, 1, "in"},
	{"voorjaar 2018", "spring 2018", 2018, 3, 1, 2018, 6, 1, "in"},
	{"najaar 2018", "autumn 2018", 2018, 9, 1, 2018, 12, 1, "in"},
	{"printemps 2018", "spring 2018", 2018, 3, 1, 2018, 6, 1, "in"},
	{"automne 2018", "autumn 2018", 2018, 9, 1, 2018, 12, 1, "in"},
	{"Frühjahr 2018", "spring 2018", 2018, 3, 1, 2018, 6, 1, "in"},
	{"Herbst 2018", "autumn 2018", 2018, 9, 1, 2018, 12, 1, "in"},
	{"winter 2018/2019", "winter 2018/2019", 2018, 12, 1, 2019, 3, 1, "in"},
	/* span */
	{"end of 2018/early 2019", "end of 2018/early 2019", 2018, 9, 1, 2019, 5, 1, "in"},
	{"end of 2018 / early 2019", "end of 2018/early 2019", 2018, 9, 1, 2019, 5, 1, "in"},
	{"2018-2020", "2018/2020", 2018, 1, 1, 2021, 1, 1, "in"},
	{"eind 2018/begin 2019", "end of 2018/early 2019", 2018, 9, 1, 2019, 5, 1, "in"},
	{"fin 2018/début 2019", "end of 2018/early 2019", 2018, 9, 1, 2019, 5, 1, "in"},
	{"Ende 2018/Anfang 2019", "end of 2018/early 2019", 2018, 9, 1, 2019, 5, 1, "in"},
	/* continuing */
	{"2018 and ongoing", "2018 and ongoing", 2018, 1, 1, 2019, 1, 1, "in"},
	{"2018 en doorlopend", "2018 and ongoing", 2018, 1, 1, 2019, 1, 1, "in"},
	{"2018 et en cours", "2018 and ongoing", 2018, 1, 1, 2019, 1, 1, "in"},
	{"2018 und fortlaufend", "2018 and ongoing", 2018, 1, 1, 2019, 1, 1, "in"},
	/* from */
	{"from 2021", "from 2021", 2021, 1, 1, 2022, 1, 1, "from"},
	{"as of 2021", "from 2021", 2021, 1, 1, 2022, 1, 1, "from"},
	{"after 2020", "from 2021", 2021, 1, 1, 2022, 1, 1, "from"},
	{"vanaf 2021", "from 2021", 2021, 1, 1, 2022, 1, 1, "from"},
	{"à partir de 2021", "from 2021", 2021, 1, 1, 2022, 1, 1, "from"},
	{"ab 2021", "from 2021", 2021, 1, 1, 2022, 1, 1, "from"},
	/* before */
	{"before May 2018", "before May 2018", 2018, 5, 1, 2018, 6, 1, "before"},
	{"vóór mei 2018", "before May 2018", 2018, 5, 1, 2018, 6, 1, "before"},
	{"avant mai 2018", "before May 2018", 2018, 5, 1, 2018, 6, 1, "before"},
	{"vor Mai 2018", "before May 2018", 2018, 5, 1, 2018, 6, 1, "before"},
	/* presidency */
	{"BG Presidency 2018", "BG Presidency 2018", 2018, 1, 1, 2018, 7, 1, "in"},
	{"the Bulgarian Presidency (2018)", "BG Presidency 2018", 2018, 1, 1, 2018, 7, 1, "in"},
	{"by the end of the AT Presidency 2018", "by AT Presidency 2018", 2018, 7, 1, 2019, 1, 1, "by"},
	{"het Bulgaarse voorzitterschap 2018", "BG Presidency 2018", 2018, 1, 1, 2018, 7, 1, "in"},
	{"la présidence bulgare 2018", "BG Presidency 2018", 2018, 1, 1, 2018, 7, 1, "in"},
	{"die bulgarische Präsidentschaft 2018", "BG Presidency 2018", 2018, 1, 1, 2018, 7, 1, "in"},
	{"DE Presidency 2020", "DE Presidency 2020", 2020, 7, 1, 2021, 1, 1, "in"},
	/* EDTF */
	{"2018-38", "mid-2018", 2018, 5, 1, 2018, 9, 1, "in"},
	{"2018-39/2019-37", "end of 2018/early 2019", 2018, 9, 1, 2019, 5, 1, "in"},
	{"../2018-05", "by May 2018", 2018, 5, 1, 2018, 6, 1, "by"},
	{"2018/..", "from 2018", 2018, 1, 1, 2019, 1, 1, "from"},
	{"2018-21", "spring 2018", 2018, 3, 1, 2018, 6, 1, "in"},
	{"2018-33", "Q1 2018", 2018, 1, 1, 2018, 4, 1, "in"},
	{"2018-41", "H2 2018", 2018, 7, 1, 2019, 1, 1, "in"},
};

static void
test_input_table(void)
{
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
	{
		deadline_t	v = 0,
					back = 0;
		const char *hint = NULL;
		char		buf[DL_TEXT_MAX];
		int32_t		lo = 0,
					hi = 0;
		dl_status	st = deadline_parse_text(rows[i].input, strlen(rows[i].input), DL_NO_DAY,
											 &v, &hint);

		CHECK(st == DL_OK, "'%s' rejected (%d: %s)", rows[i].input, (int) st, hint ? hint : "");
		if (st != DL_OK)
			continue;
		deadline_format(v, buf);
		CHECK(strcmp(buf, rows[i].canonical) == 0, "'%s' -> '%s', want '%s'",
			  rows[i].input, buf, rows[i].canonical);
		CHECK(deadline_bounds(v, &lo, &hi) &&
			  lo == day(rows[i].ly, rows[i].lm, rows[i].ld) &&
			  hi == day(rows[i].uy, rows[i].um, rows[i].ud),
			  "'%s' period wrong", rows[i].input);
		CHECK(strcmp(deadline_mode_name(deadline_mode_of(v)), rows[i].mode) == 0,
			  "'%s' mode %s, want %s", rows[i].input,
			  deadline_mode_name(deadline_mode_of(v)), rows[i].mode);
		CHECK(parse(buf, DL_NO_DAY, &back) && back == v, "'%s' does not round-trip", buf);
		CHECK(deadline_is_valid(v), "'%s' decodes invalid", rows[i].input);
	}
}

static void
test_ongoing_and_edtf(void)
{
	static const char *const ongoing[] = {
		"ongoing", "Ongoing", "continuous", "permanent", "doorlopend", "lopend",
		"en cours", "laufend", "fortlaufend", "../.."
	};
	static const char *const edtf[][2] = {
		{"25 May 2018", "2018-05-25"}, {"May 2018", "2018-05"}, {"Q2 2018", "2018-34"},
		{"spring 2018", "2018-21"}, {"mid-2018", "2018-38"}, {"H1 2018", "2018-40"},
		{"2018", "2018"}, {"end of 2018/early 2019", "2018-39/2019-37"},
		{"by May 2018", "../2018-05"}, {"from 2018", "2018/.."}, {"ongoing", "../.."},
		{"before May 2018", "../2018-04-30"}, {"2018 and ongoing", "2018/.."},
		{"BG Presidency 2018", "2018-40"},
		{"mid-May 2018", "2018-05-11/2018-05-20"}, {"by early May 2018", "../2018-05-10"},
		{"end of May 2018/June 2018", "2018-05-21/2018-06"},
		{"from end of May 2018", "2018-05-21/.."},
	};
	deadline_t	v,
				o;
	char		buf[DL_TEXT_MAX];

	CHECK(parse("ongoing", DL_NO_DAY, &o), "ongoing");
	for (size_t i = 0; i < sizeof(ongoing) / sizeof(ongoing[0]); i++)
		CHECK(parse(ongoing[i], DL_NO_DAY, &v) && v == o, "'%s' is not ongoing", ongoing[i]);
	for (size_t i = 0; i < sizeof(edtf) / sizeof(edtf[0]); i++)
	{
		CHECK(parse(edtf[i][0], DL_NO_DAY, &v), "'%s' rejected", edtf[i][0]);
		deadline_format_edtf(v, buf);
		CHECK(strcmp(buf, edtf[i][1]) == 0, "'%s' EDTF '%s', want '%s'", edtf[i][0], buf, edtf[i][1]);
	}
}

static void
test_rejects(void)
{
	static const struct
	{
		const char *input;
		dl_status	st;
	}			cases[] = {
		{"", DL_ERR_SYNTAX}, {"soon", DL_ERR_SYNTAX}, {"2018 2019", DL_ERR_SYNTAX},
		{"by", DL_ERR_SYNTAX}, {"winter 2018", DL_ERR_SYNTAX}, {"Q5 2018", DL_ERR_SYNTAX},
		{"2018-13", DL_ERR_SYNTAX}, {"31 February 2018", DL_ERR_SYNTAX},
		{"early 2019/end of 2018", DL_ERR_SYNTAX}, {"BG Presidency 2019", DL_ERR_SYNTAX},
		{"1949", DL_ERR_RANGE}, {"2100", DL_ERR_RANGE}, {"May 2100", DL_ERR_RANGE},
		{"end of 1949", DL_ERR_RANGE}, {"after 2099", DL_ERR_RANGE},
		{"May", DL_ERR_NEEDS_REF}, {"by May", DL_ERR_NEEDS_REF},
		{"by the end of the year", DL_ERR_NEEDS_REF}, {"within six months", DL_ERR_NEEDS_REF},
		{"next spring", DL_ERR_NEEDS_REF}, {"the Bulgarian Presidency", DL_ERR_NEEDS_REF},
		{"the current Presidency", DL_ERR_NEEDS_REF},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		deadline_t	v;
		const char *hint = NULL;
		dl_status	st = deadline_parse_text(cases[i].input, strlen(cases[i].input),
											 DL_NO_DAY, &v, &hint);

		CHECK(st == cases[i].st, "'%s' gave %d, want %d", cases[i].input, (int) st, (int) cases[i].st);
		CHECK(hint != NULL && hint[0] != '\0', "'%s' has no hint", cases[i].input);
	}
}

static void
test_reference(void)
{
	static const struct
	{
		const char *input;
		int			ry,
					rm,
					rd;
		const char *want;
	}			cases[] = {
		{"May", 2018, 3, 10, "May 2018"},
		{"by May", 2018, 5, 31, "by May 2018"},
		{"by May", 2018, 6, 1, "by May 2019"},
		{"by the end of the year", 2017, 11, 20, "by end of 2017"},
		{"d'ici la fin de l'année", 2017, 11, 20, "by end of 2017"},
		{"bis Ende des Jahres", 2017, 11, 20, "by end of 2017"},
		{"within six months", 2017, 11, 20, "by 20 November 2017/20 May 2018"},
		{"binnen zes maanden", 2017, 8, 31, "by 31 August 2017/28 February 2018"},
		{"within 2 weeks", 2017, 12, 25, "by 25 December 2017/8 January 2018"},
		{"next spring", 2018, 4, 1, "spring 2019"},
		{"next spring", 2018, 1, 15, "spring 2018"},
		{"next year", 2018, 4, 1, "2019"},
		{"the Bulgarian Presidency", 2017, 11, 20, "BG Presidency 2018"},
		{"the current Presidency", 2017, 11, 20, "EE Presidency 2017"},
		{"by the end of the current Presidency", 2018, 2, 1, "by BG Presidency 2018"},
		{"the next Presidency", 2017, 11, 20, "BG Presidency 2018"},
		{"2018", 2017, 1, 1, "2018"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		deadline_t	v;
		char		buf[DL_TEXT_MAX] = "";

		CHECK(parse(cases[i].input, day(cases[i].ry, cases[i].rm, cases[i].rd), &v),
			  "'%s' rejected with a reference", cases[i].input);
		deadline_format(v, buf);
		CHECK(strcmp(buf, cases[i].want) == 0, "'%s' -> '%s', want '%s'", cases[i].input, buf,
			  cases[i].want);
	}
}

static void
test_status(void)
{
	/* the day before, the first day, the last day, the day after P */
	static const struct
	{
		const char *input;
		const char *want[4];
	}			cases[] = {
		{"May 2018", {"upcoming", "due", "due", "overdue"}},
		{"by May 2018", {"upcoming", "due", "due", "overdue"}},
		{"before May 2018", {"upcoming", "overdue", "overdue", "overdue"}},
		{"from May 2018", {"upcoming", "ongoing", "ongoing", "ongoing"}},
		{"May 2018 and ongoing", {"upcoming", "ongoing", "ongoing", "ongoing"}},
		{"ongoing", {"ongoing", "ongoing", "ongoing", "ongoing"}},
	};
	int32_t		days[4] = {day(2018, 4, 30), day(2018, 5, 1), day(2018, 5, 31), day(2018, 6, 1)};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		deadline_t	v;

		CHECK(parse(cases[i].input, DL_NO_DAY, &v), "'%s'", cases[i].input);
		for (int k = 0; k < 4; k++)
			CHECK(strcmp(deadline_state_name(deadline_state(v, days[k])), cases[i].want[k]) == 0,
				  "'%s' on day %d: %s, want %s", cases[i].input, k,
				  deadline_state_name(deadline_state(v, days[k])), cases[i].want[k]);
	}
}

static void
test_order(void)
{
	/*
	 * Spec section 3: by due date, then lower bound, then finer precision,
	 * then mode; no due date last ("ongoing", unbounded below, first there).
	 */
	static const char *const sorted[] = {
		"25 December 2017", "2017", "end of 2017", "by end of 2017", "by December 2017",
		"Q1 2018", "early 2018", "before May 2018", "spring 2018", "May 2018", "by May 2018",
		"H1 2018", "BG Presidency 2018", "mid-2018", "2018", "end of 2018/early 2019",
		"2018-2020", "ongoing", "from 2017", "2018 and ongoing", "from 2019",
	};
	deadline_t	prev = 0,
				v = 0;

	(void) v;
	for (size_t i = 0; i < sizeof(sorted) / sizeof(sorted[0]); i++)
	{
		deadline_t	cur;

		CHECK(parse(sorted[i], DL_NO_DAY, &cur), "'%s' rejected", sorted[i]);
		if (i > 0)
			CHECK(prev < cur, "'%s' does not sort after '%s'", sorted[i], sorted[i - 1]);
		CHECK((int64_t) cur >= 0, "'%s' sets bit 63", sorted[i]);
		prev = cur;
	}
}

static void
test_validity(void)
{
	uint64_t	x = UINT64_C(0x9E3779B97F4A7C15);
	int			made = 0,
				ok = 0,
				raw_valid = 0;

	for (int i = 0; i < 200000; i++)
	{
		deadline_fields f,
					g;
		deadline_t	v,
					back;
		char		buf[DL_TEXT_MAX];

		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;

		/* random raw bits: whatever decodes must format and parse back */
		if (deadline_is_valid(x))
		{
			raw_valid++;
			deadline_format(x, buf);
			CHECK(parse(buf, DL_NO_DAY, &back) && back == x, "raw %016llx -> '%s'",
				  (unsigned long long) x, buf);
		}

		/* random fields: encode, decode, format, parse */
		memset(&f, 0, sizeof(f));
		f.mode = (int) (x % 4) + 1;
		f.a.prec = (int) ((x >> 8) % 8) + 1;
		f.a.year = 1950 + (int) ((x >> 16) % 150);
		f.a.n = (int) ((x >> 24) % 12) + 1;
		f.a.day = (int) ((x >> 32) % 28) + 1;
		f.continuing = f.mode == DL_MODE_IN && ((x >> 40) & 7) == 0;
		if (((x >> 44) & 3) == 0)
		{
			f.span = true;
			f.b = f.a;
			f.b.prec = (int) ((x >> 48) % 8) + 1;
			f.b.year = f.a.year + (int) ((x >> 52) % 4);
		}
		/* now and then a part of a month, the precision added after SPAN */
		if (((x >> 56) & 7) == 0)
		{
			f.a.prec = DL_PREC_MONTH_PART;
			f.a.day = 1 + 10 * (int) ((x >> 32) % 3);
			if (f.span && ((x >> 60) & 1))
			{
				f.b.prec = DL_PREC_MONTH_PART;
				f.b.day = 1 + 10 * (int) ((x >> 36) % 3);
			}
		}
		if (f.a.prec == DL_PREC_QUARTER || f.a.prec == DL_PREC_SEASON)
			f.a.n = (f.a.n - 1) % 4 + 1;
		else if (f.a.prec == DL_PREC_THIRD)
			f.a.n = (f.a.n - 1) % 3 + 1;
		else if (f.a.prec == DL_PREC_HALF || f.a.prec == DL_PREC_PRESIDENCY)
			f.a.n = (f.a.n - 1) % 2 + 1;
		if (f.span)
			f.b.n = f.b.prec == DL_PREC_MONTH || f.b.prec == DL_PREC_DAY ||
				f.b.prec == DL_PREC_MONTH_PART ? f.b.n :
				(f.b.n - 1) % (f.b.prec == DL_PREC_THIRD ? 3 : f.b.prec == DL_PREC_HALF ||
							   f.b.prec == DL_PREC_PRESIDENCY ? 2 : 4) + 1;
		if (!deadline_encode(&f, &v))
			continue;
		made++;
		deadline_format(v, buf);
		if (deadline_decode(v, &g) && parse(buf, DL_NO_DAY, &back) && back == v)
			ok++;
		else
			fprintf(stderr, "fields -> %016llx -> '%s'\n", (unsigned long long) v, buf);
	}
	CHECK(made > 10000, "only %d random values encoded", made);
	CHECK(made == ok, "%d of %d random values round-trip", ok, made);
	CHECK(raw_valid < 1000, "%d of 200000 random bit patterns decode", raw_valid);
	CHECK(!deadline_is_valid(0), "zero is no value");
	CHECK(!deadline_is_valid(UINT64_C(1) << 63), "bit 63");
}

static void
test_calendar(void)
{
	int			y,
				m,
				d;

	CHECK(dl_days_from_civil(1949, 1, 1) == -7670, "the encoding epoch");
	CHECK(dl_days_from_civil(1970, 1, 1) == 0, "the Unix epoch");
	CHECK(dl_days_from_civil(2000, 3, 1) - dl_days_from_civil(2000, 2, 28) == 2, "2000 is a leap year");
	CHECK(dl_days_from_civil(1900 + 200, 3, 1) - dl_days_from_civil(2100, 2, 28) == 1, "2100 is not");
	for (int32_t z = dl_days_from_civil(1949, 1, 1); z < dl_days_from_civil(2101, 1, 1); z += 17)
	{
		dl_civil_from_days(z, &y, &m, &d);
		if (dl_days_from_civil(y, m, d) != z)
		{
			CHECK(false, "day %d does not round-trip", (int) z);
			break;
		}
	}
}

static void
test_presidency(void)
{
	int32_t		lo,
				hi;

	CHECK(strcmp(dl_presidency_on(day(2018, 1, 1)), "BG") == 0, "BG on 2018-01-01");
	CHECK(strcmp(dl_presidency_on(day(2018, 6, 30)), "BG") == 0, "BG on 2018-06-30");
	CHECK(strcmp(dl_presidency_on(day(2018, 7, 1)), "AT") == 0, "AT on 2018-07-01");
	CHECK(strcmp(dl_presidency_on(day(2014, 3, 1)), "EL") == 0, "EL in 2014");
	CHECK(dl_presidency_on(day(2006, 12, 31)) == NULL, "none before 2007");
	CHECK(dl_presidency_on(day(2031, 1, 1)) == NULL, "none after 2030");
	CHECK(dl_presidency_term("AT", 2018, &lo, &hi) && lo == day(2018, 7, 1) && hi == day(2019, 1, 1),
		  "AT 2018");
	CHECK(dl_presidency_term("gr", 2014, &lo, &hi) && lo == day(2014, 1, 1), "GR means EL");
	CHECK(!dl_presidency_term("AT", 2019, &lo, &hi), "no AT in 2019");
}

typedef struct
{
	char		text[16][DL_TEXT_MAX];
	int			n;
} found;

static bool
collect(void *arg, const dl_match *m)
{
	found	   *f = arg;

	if (f->n < 16)
		deadline_format(m->value, f->text[f->n]);
	f->n++;
	return true;
}

static void
expect_found(const char *what, const char *text, int32_t ref, const char *const *want, int nwant)
{
	found		f;

	memset(&f, 0, sizeof(f));
	deadline_extract(text, strlen(text), ref, collect, &f);
	CHECK(f.n == nwant, "%s: %d found, want %d", what, f.n, nwant);
	for (int k = 0; k < nwant && k < f.n && k < 16; k++)
		CHECK(strcmp(f.text[k], want[k]) == 0, "%s #%d: '%s', want '%s'", what, k, f.text[k], want[k]);
}

static void
test_extract(void)
{
	static const char *const six[] = {
		"by May 2018", "by mid-2018", "by end of 2018", "by December 2017", "early 2018",
		"by end of 2017"
	};
	/* sentences mirroring paragraphs 16, 30, 39, 47 and 62 */
	static const char *const en =
		"implementation by May 2018 as stipulated; propose by mid-2018 the instruments; "
		"a platform by the end of 2018 and STRESSES; to present by December 2017 a report; "
		"to present in early 2018 a proposal; adopted by the Council before the end of 2017.";
	static const char *const nl =
		"uitvoering uiterlijk mei 2018 zoals bepaald; uiterlijk medio 2018 de instrumenten "
		"voor te stellen; een platform uiterlijk eind 2018 en BENADRUKT; uiterlijk december 2017 "
		"een verslag in te dienen; begin 2018 een voorstel in te dienen; door de Raad vóór eind "
		"2017 vast te stellen.";
	static const char *const fr =
		"mise en oeuvre d'ici mai 2018 comme prévu; proposer d'ici à la mi-2018 les instruments; "
		"une plateforme d'ici à la fin de 2018 et SOULIGNE; présenter d'ici décembre 2017 un "
		"rapport; présenter début 2018 une proposition; adopté par le Conseil avant la fin de 2017.";
	static const char *const de =
		"Umsetzung bis Mai 2018 wie vorgesehen; bis Mitte 2018 die Instrumente vorzuschlagen; "
		"eine Plattform bis Ende 2018 und BETONT; bis Dezember 2017 einen Bericht vorzulegen; "
		"Anfang 2018 einen Vorschlag vorzulegen; vom Rat vor Ende 2017 anzunehmen.";
	static const char *const none =
		"adopted on 20 November 2017, its Conclusions of 6 December 2016, the 2014 framework, "
		"the Internal Security Strategy 2015-2020, during the EU CYBRID 2017 exercise, "
		"a permanent mandate, the ongoing processes, the mid-term review, by the Council.";
	static const char *const later[] = {"by mid-2018", "by end of 2018"};
	static const char *const ref_needed[] = {"by May 2019"};

	expect_found("en", en, DL_NO_DAY, six, 6);
	expect_found("nl", nl, DL_NO_DAY, six, 6);
	expect_found("fr", fr, DL_NO_DAY, six, 6);
	expect_found("de", de, DL_NO_DAY, six, 6);
	expect_found("look-alikes", none, DL_NO_DAY, NULL, 0);
	/* with a reference date, deadlines already over are the past */
	expect_found("after June 2018", en, day(2018, 6, 1), later, 2);
	expect_found("month without year", "to report by May.", day(2018, 6, 1), ref_needed, 1);
	expect_found("month without year, no ref", "to report by May.", DL_NO_DAY, NULL, 0);
}

static void
test_corpus(void)
{
	char		path[512];
	FILE	   *fp;
	char	   *buf;
	size_t		n;
	static const char *const six[] = {
		"by May 2018", "by mid-2018", "by end of 2018", "by December 2017", "early 2018",
		"by end of 2017"
	};

	snprintf(path, sizeof(path), "%s/13943-17_draft-conclusions_en.txt", unit_corpus_dir);
	fp = fopen(path, "rb");
	if (!fp)
	{
		fprintf(stderr, "note: %s not found, corpus test skipped\n", path);
		return;
	}
	buf = malloc(1 << 20);
	n = fread(buf, 1, (1 << 20) - 1, fp);
	fclose(fp);
	buf[n] = '\0';
	expect_found("draft conclusions", buf, DL_NO_DAY, six, 6);
	free(buf);
}

/* ---------- values that are no period: asap and recurrences ---------- */

static int32_t
iso(const char *s)
{
	int			y,
				m,
				d;

	return sscanf(s, "%d-%d-%d", &y, &m, &d) == 3 ? day(y, m, d) : DL_NO_DAY;
}

/* canonical spellings: each reads back as itself, with its EDTF */
static void
test_kinds_canonical(void)
{
	static const char *const canon[][3] = {
		{"as soon as possible", "asap", ""},
		{"annually", "recurring", "R/P1Y"},
		{"every 2 years", "recurring", "R/P2Y"},
		{"every 99 years", "recurring", "R/P99Y"},
		{"monthly", "recurring", "R/P1M"},
		{"every 3 months", "recurring", "R/P3M"},
		{"every 6 months", "recurring", "R/P6M"},
		{"every 18 months", "recurring", "R/P18M"},
		{"weekly", "recurring", "R/P1W"},
		{"every 2 weeks", "recurring", "R/P2W"},
		{"daily", "recurring", "R/P1D"},
		{"every 10 days", "recurring", "R/P10D"},
		{"each year by 31 March", "recurring", "R/--03-31/P1Y"},
		{"each year by March", "recurring", "R/--03/P1Y"},
		{"each year in June", "recurring", "R/--06/P1Y"},
		{"each year on 18 March", "recurring", "R/--03-18/P1Y"},
		{"each year by 29 February", "recurring", "R/--02-29/P1Y"},
		{"every 2 years by 31 March", "recurring", "R/--03-31/P2Y"},
		{"annually from 2019", "recurring", "R/2019/P1Y"},
		{"every 3 months from 2019", "recurring", "R/2019/P3M"},
		{"every 6 months from June 2019", "recurring", "R/2019-06/P6M"},
		{"weekly from 1 July 2019", "recurring", "R/2019-07-01/P1W"},
		{"every 6 months from BG Presidency 2018", "recurring", "R/2018-40/P6M"},
		{"each year by 31 March from 2019", "recurring", "R/2019-03-31/P1Y"},
		{"each year by 31 March from June 2019", "recurring", "R/2020-03-31/P1Y"},
		{"each year in June from 2019", "recurring", "R/2019-06/P1Y"},
		{"every 2 years on 1 July from Q3 2019", "recurring", "R/2019-07-01/P2Y"},
	};
	deadline_t	v,
				back;
	char		buf[DL_TEXT_MAX];

	for (size_t i = 0; i < sizeof(canon) / sizeof(canon[0]); i++)
	{
		CHECK(parse(canon[i][0], DL_NO_DAY, &v), "'%s' rejected", canon[i][0]);
		deadline_format(v, buf);
		CHECK(strcmp(buf, canon[i][0]) == 0, "'%s' prints '%s'", canon[i][0], buf);
		CHECK(parse(buf, DL_NO_DAY, &back) && back == v, "'%s' does not read back", buf);
		CHECK(strcmp(deadline_mode_name(deadline_mode_of(v)), canon[i][1]) == 0,
			  "'%s': mode %s, want %s", canon[i][0], deadline_mode_name(deadline_mode_of(v)),
			  canon[i][1]);
		deadline_format_edtf(v, buf);
		CHECK(strcmp(buf, canon[i][2]) == 0, "'%s': EDTF '%s', want '%s'", canon[i][0], buf,
			  canon[i][2]);
		CHECK(!deadline_due(v, &(int32_t) {0}) && !deadline_bounds(v, &(int32_t) {0}, &(int32_t) {0}),
			  "'%s' has a due date or a period", canon[i][0]);
		CHECK(!deadline_continuing_of(v), "'%s' is continuing", canon[i][0]);
	}
	/* the start's precision is the value's; none without a start */
	CHECK(parse("annually", DL_NO_DAY, &v) && deadline_precision_name(deadline_precision_of(v)) == NULL,
		  "annually has a precision");
	CHECK(parse("annually from June 2019", DL_NO_DAY, &v) &&
		  strcmp(deadline_precision_name(deadline_precision_of(v)), "month") == 0,
		  "the precision of a start");
	CHECK(parse("ASAP", DL_NO_DAY, &v) && deadline_precision_name(deadline_precision_of(v)) == NULL,
		  "asap has a precision");
}

/* what is no recurrence or no anchor, and errors of a start */
static void
test_kinds_rejects(void)
{
	static const struct
	{
		const char *input;
		dl_status	st;
	}			cases[] = {
		{"soon", DL_ERR_SYNTAX}, {"as soon as", DL_ERR_SYNTAX}, {"every", DL_ERR_SYNTAX},
		{"every 100 years", DL_ERR_SYNTAX}, {"every 0 months", DL_ERR_SYNTAX},
		{"each year by 31 February", DL_ERR_SYNTAX}, {"each year by 31 March 2019", DL_ERR_SYNTAX},
		{"twice a month", DL_ERR_SYNTAX}, {"each and every year", DL_ERR_SYNTAX},
		{"monthly by 15 March", DL_ERR_SYNTAX}, {"annual in June", DL_ERR_SYNTAX},
		{"every year from 2018/2020", DL_ERR_SYNTAX}, {"bimonthly", DL_ERR_SYNTAX},
		{"annually from 2150", DL_ERR_RANGE}, {"annually from 1949", DL_ERR_RANGE},
		{"annually from May", DL_ERR_NEEDS_REF},
		{"as soon as possible and no later than May", DL_ERR_NEEDS_REF},
		{"as soon as possible and no later than 2100", DL_ERR_RANGE},
		{"as soon as possible in 2019", DL_ERR_SYNTAX},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		deadline_t	v;
		const char *hint = NULL;
		dl_status	st = deadline_parse_text(cases[i].input, strlen(cases[i].input),
											 DL_NO_DAY, &v, &hint);

		CHECK(st == cases[i].st, "'%s' gave %d, want %d", cases[i].input, (int) st, (int) cases[i].st);
		CHECK(hint != NULL && hint[0] != '\0', "'%s' has no hint", cases[i].input);
	}
}

/* the due date to work to on a day, and the occurrence it closes */
static void
test_next_due(void)
{
	static const struct
	{
		const char *value;
		const char *on;
		const char *due;		/* NULL: none */
		const char *first;		/* the occurrence's first day, NULL: not checked */
	}			cases[] = {
		{"each year by 31 March", "2018-07-01", "2019-03-31", "2019-03-31"},
		{"each year by 31 March", "2019-03-31", "2019-03-31", "2019-03-31"},
		{"each year by 31 March", "2019-04-01", "2020-03-31", NULL},
		{"each year by March", "2019-03-31", "2019-03-31", "2019-03-01"},
		{"each year in June", "2019-07-01", "2020-06-30", "2020-06-01"},
		{"each year on 29 February", "2019-01-01", "2019-02-28", NULL},
		{"each year on 29 February", "2020-01-01", "2020-02-29", NULL},
		{"each year in June from 2019", "2017-01-01", "2019-06-30", NULL},
		{"each year by 31 March from June 2019", "2019-01-01", "2020-03-31", NULL},
		{"every 2 years by 31 March from 2019", "2019-04-01", "2021-03-31", NULL},
		{"every 2 years by 31 March", "2019-04-01", "2020-03-31", NULL},
		{"annually", "2018-07-01", "2018-12-31", "2018-01-01"},
		{"annually", "2018-12-31", "2018-12-31", NULL},
		{"annually", "2019-01-01", "2019-12-31", NULL},
		{"every 2 years", "2018-05-15", "2019-12-31", "2018-01-01"},
		{"every 6 months", "2018-07-01", "2018-12-31", "2018-07-01"},
		{"every 3 months", "2018-05-15", "2018-06-30", "2018-04-01"},
		{"monthly", "2020-02-10", "2020-02-29", "2020-02-01"},
		{"every 6 months from 2019", "2018-07-01", "2019-06-30", "2019-01-01"},
		{"every 6 months from 2019", "2019-06-30", "2019-06-30", NULL},
		{"every 6 months from 2019", "2019-07-01", "2019-12-31", "2019-07-01"},
		{"annually from June 2019", "2019-07-01", "2020-05-31", "2019-06-01"},
		{"every 3 months from 15 January 2019", "2019-04-20", "2019-07-14", "2019-04-15"},
		{"every 3 months from 31 January 2019", "2019-05-01", "2019-07-30", "2019-04-30"},
		{"weekly", "2019-06-19", "2019-06-23", "2019-06-17"},
		{"weekly", "2019-06-23", "2019-06-23", NULL},
		{"daily", "2019-06-19", "2019-06-19", "2019-06-19"},
		{"every 10 days from 1 July 2019", "2019-07-12", "2019-07-20", "2019-07-11"},
		/* an ordinary value: its due date, whatever the day */
		{"by May 2018", "2020-01-01", "2018-05-31", "2018-05-01"},
		{"before May 2018", "2017-01-01", "2018-04-30", "2018-05-01"},
		{"end of 2018/early 2019", "2017-01-01", "2019-04-30", "2018-09-01"},
		{"from 2019", "2017-01-01", NULL, NULL},
		{"2018 and ongoing", "2017-01-01", NULL, NULL},
		{"ongoing", "2017-01-01", NULL, NULL},
		{"as soon as possible", "2017-01-01", NULL, NULL},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		deadline_t	v;
		int32_t		due = 0,
					lo = 0,
					hi = 0,
					due2 = 0;
		bool		has;

		CHECK(parse(cases[i].value, DL_NO_DAY, &v), "'%s' rejected", cases[i].value);
		has = deadline_next_due(v, iso(cases[i].on), &due);
		CHECK(has == (cases[i].due != NULL) && (!has || due == iso(cases[i].due)),
			  "'%s' on %s: next due %s (%d), want %s", cases[i].value, cases[i].on,
			  has ? "some" : "none", (int) (due - iso(cases[i].due ? cases[i].due : cases[i].on)),
			  cases[i].due ? cases[i].due : "none");
		CHECK(deadline_occurrence(v, iso(cases[i].on), &lo, &hi, &due2) == has &&
			  (!has || (due2 == due && lo < hi && (!cases[i].first || lo == iso(cases[i].first)))),
			  "'%s' on %s: occurrence wrong", cases[i].value, cases[i].on);
	}
	{
		/* every 2 weeks: Monday to Sunday fortnights counted from Monday 2 January 1950 */
		deadline_t	v;
		int32_t		due;

		CHECK(parse("every 2 weeks", DL_NO_DAY, &v) && deadline_next_due(v, day(2019, 6, 19), &due) &&
			  (due + 1 - day(1950, 1, 2)) % 14 == 0 && due >= day(2019, 6, 19) &&
			  due < day(2019, 6, 19) + 14 && (due % 7 + 7 + 3) % 7 == 6,
			  "every 2 weeks: not a Sunday ending a fortnight");
		/* days far out: none for a recurrence, the due date for the rest */
		CHECK(!deadline_next_due(v, INT32_MAX / 2, &due), "a recurrence at the end of time");
		CHECK(parse("annually from 2019", DL_NO_DAY, &v) && deadline_next_due(v, INT32_MIN / 2, &due) &&
			  due == day(2019, 12, 31), "a recurrence with a start, from the beginning of time");
		CHECK(parse("by May 2018", DL_NO_DAY, &v) && deadline_next_due(v, INT32_MAX / 2, &due) &&
			  due == day(2018, 5, 31), "an ordinary value at the end of time");
	}
}

static void
test_kinds_status(void)
{
	static const struct
	{
		const char *value;
		const char *on[4];
		const char *want[4];
	}			cases[] = {
		{"as soon as possible", {"1950-01-01", "2018-01-01", "2099-12-31", "2018-06-01"},
		{"due", "due", "due", "due"}},
		{"each year by 31 March", {"2019-03-30", "2019-03-31", "2019-04-01", "2020-03-31"},
		{"upcoming", "due", "upcoming", "due"}},
		{"each year in June", {"2019-05-31", "2019-06-01", "2019-06-30", "2019-07-01"},
		{"upcoming", "due", "due", "upcoming"}},
		{"annually", {"2019-01-01", "2019-06-15", "2019-12-31", "2020-01-01"},
		{"due", "due", "due", "due"}},
		{"every 6 months from 2019", {"2018-12-31", "2019-01-01", "2019-07-01", "2030-01-01"},
		{"upcoming", "due", "due", "due"}},
		{"each year by 31 March from 2020", {"2019-04-01", "2020-03-30", "2020-03-31", "2020-04-01"},
		{"upcoming", "upcoming", "due", "upcoming"}},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		deadline_t	v;

		CHECK(parse(cases[i].value, DL_NO_DAY, &v), "'%s'", cases[i].value);
		for (int k = 0; k < 4; k++)
		{
			const char *got = deadline_state_name(deadline_state(v, iso(cases[i].on[k])));

			CHECK(strcmp(got, cases[i].want[k]) == 0, "'%s' on %s: %s, want %s", cases[i].value,
				  cases[i].on[k], got, cases[i].want[k]);
		}
	}
	/* infinite days (the SQL wrapper's) do not break a recurrence */
	{
		deadline_t	v;

		CHECK(parse("each year by 31 March", DL_NO_DAY, &v) &&
			  deadline_state(v, INT32_MAX / 2) == DL_STATUS_DUE &&
			  deadline_state(v, INT32_MIN / 2) == DL_STATUS_UPCOMING, "status at infinity");
	}
}

/*
 * The layout is permanent: values of the first five modes keep the bits
 * they had before asap and recurrences existed (pinned here), and the new
 * kinds sort where deadline_core.h says.
 */
static void
test_kinds_order(void)
{
	static const struct
	{
		const char *text;
		uint64_t	bits;
	}			pinned[] = {
		{"ongoing", UINT64_C(0x7fff800005000000)},
		{"2018", UINT64_C(0x31ef313941000000)},
		{"by mid-2018", UINT64_C(0x31b231752a000000)},
		{"end of 2018/early 2019", UINT64_C(0x322b31b2c92a80f2)},
		{"2018 and ongoing", UINT64_C(0x7fffb13941800000)},
		{"from 2019", UINT64_C(0x7fffb1efc4000000)},
		{"before May 2018", UINT64_C(0x3174b17513000000)},
		{"BG Presidency 2018", UINT64_C(0x3193313939000000)},
		{"mid-May 2018", UINT64_C(0x317eb17a51000000)},
		{"25 May 2018", UINT64_C(0x3181318109000000)},
		{"by 20 November 2017/20 May 2018", UINT64_C(0x317eb1244a0880b6)},
		{"winter 2018/2019", UINT64_C(0x320cb1e021000000)},
		{"Q3 2018", UINT64_C(0x31c1319399000000)},
		{"by end of 2017", UINT64_C(0x3138b0fc2a000000)},
		{"from 1950", UINT64_C(0x7fff80b6c4000000)},
		{"31 December 2099", UINT64_C(0x6bb7ebb789000000)},
	};
	static const char *const sorted[] = {
		"31 December 2099", "ongoing", "as soon as possible", "daily", "every 10 days", "weekly",
		"every 2 weeks", "monthly", "every 3 months", "every 6 months", "each year on 31 March",
		"each year by 31 March", "each year in March", "each year by March", "each year in June",
		"annually", "every 2 years by 31 March", "every 2 years", "every 99 years",
		"every 6 months from 1950", "from 2017", "every 6 months from 2017", "annually from 2017",
		"from May 2017", "2018 and ongoing", "from 2019", "each year by 31 March from 2019",
	};
	deadline_t	prev = 0;

	for (size_t i = 0; i < sizeof(pinned) / sizeof(pinned[0]); i++)
	{
		deadline_t	v = 0;

		CHECK(parse(pinned[i].text, DL_NO_DAY, &v) && v == pinned[i].bits,
			  "'%s' is %016llx, was %016llx", pinned[i].text, (unsigned long long) v,
			  (unsigned long long) pinned[i].bits);
	}
	for (size_t i = 0; i < sizeof(sorted) / sizeof(sorted[0]); i++)
	{
		deadline_t	cur = 0;

		CHECK(parse(sorted[i], DL_NO_DAY, &cur), "'%s' rejected", sorted[i]);
		if (i > 0)
			CHECK(prev < cur, "'%s' does not sort after '%s'", sorted[i], sorted[i - 1]);
		CHECK((int64_t) cur >= 0, "'%s' sets bit 63", sorted[i]);
		prev = cur;
	}
}

static int
cmp_u64(const void *a, const void *b)
{
	uint64_t	x = *(const uint64_t *) a,
				y = *(const uint64_t *) b;

	return x < y ? -1 : x > y;
}

/*
 * Every recurrence the fields can say: encodes to one pattern that decodes
 * to the same fields, prints and reads back, and no two say the same;
 * fields that are no value (every 12 months, an anchor on a monthly cycle,
 * a 31 April) do not encode; a bit flipped in any of them gives no value or
 * another that reads back as itself.
 */
static void
test_kinds_encoding(void)
{
	static const int counts[] = {0, 1, 2, 3, 5, 6, 7, 11, 12, 13, 14, 24, 98, 99, 100};
	static const char *const starts[] = {
		NULL, "2019", "June 2019", "15 January 2019", "Q3 2019", "BG Presidency 2018",
		"end of May 2018", "winter 2018/2019", "mid-2019", "H2 2019"
	};
	size_t		cap = 200000,
				n = 0;
	uint64_t   *made = malloc(cap * sizeof(uint64_t));
	int			bad = 0,
				flips_valid = 0;

	for (size_t s = 0; s < sizeof(starts) / sizeof(starts[0]); s++)
		for (int unit = 0; unit <= 5; unit++)
			for (size_t c = 0; c < sizeof(counts) / sizeof(counts[0]); c++)
				for (int am = 0; am <= 3; am++)
					for (int month = 0; month <= (am == 0 ? 0 : 13); month++)
						for (int dd = 0; dd <= (am == 0 ? 0 : 32); dd++)
						{
							deadline_fields f,
										g;
							deadline_t	v,
										back,
										start;
							char		buf[DL_TEXT_MAX];
							bool		valid;

							memset(&f, 0, sizeof(f));
							f.mode = DL_MODE_RECURRING;
							f.every.unit = unit;
							f.every.count = counts[c];
							f.every.anchor_mode = am;
							f.every.anchor_month = month;
							f.every.anchor_day = dd;
							if (starts[s])
							{
								deadline_fields sf;

								if (!parse(starts[s], DL_NO_DAY, &start) || !deadline_decode(start, &sf))
								{
									bad++;
									continue;
								}
								f.a = sf.a;
								f.every.started = true;
							}
							valid = unit >= DL_UNIT_DAY && unit <= DL_UNIT_YEAR && counts[c] >= 1 &&
								counts[c] <= 99 &&
								!(unit == DL_UNIT_MONTH && counts[c] % 12 == 0) &&
								!(unit == DL_UNIT_DAY && counts[c] % 7 == 0) &&
								(am <= 0 || (am <= 2 && unit == DL_UNIT_YEAR && month >= 1 &&
											 month <= 12 && dd <= (month == 2 ? 29 :
																   month == 4 || month == 6 ||
																   month == 9 || month == 11 ? 30 : 31)));
							if (deadline_encode(&f, &v) != valid)
							{
								bad++;
								fprintf(stderr, "recurrence unit %d count %d anchor %d %d/%d start %s: encode %s\n",
										unit, counts[c], am, dd, month, starts[s] ? starts[s] : "-",
										valid ? "refused" : "accepted");
								continue;
							}
							if (!valid)
								continue;
							deadline_format(v, buf);
							if (!deadline_decode(v, &g) || g.every.unit != f.every.unit ||
								g.every.count != f.every.count ||
								g.every.anchor_mode != f.every.anchor_mode ||
								(am > 0 && (g.every.anchor_month != month || g.every.anchor_day != dd)) ||
								g.every.started != f.every.started ||
								!parse(buf, DL_NO_DAY, &back) || back != v)
							{
								bad++;
								fprintf(stderr, "recurrence %016llx '%s' does not come back\n",
										(unsigned long long) v, buf);
								continue;
							}
							if (n < cap)
								made[n++] = v;
							/* one bit flipped: nothing, or a value of its own */
							for (int bit = 0; bit < 64; bit++)
							{
								deadline_t	w = v ^ (UINT64_C(1) << bit);

								if (!deadline_is_valid(w))
									continue;
								flips_valid++;
								deadline_format(w, buf);
								if (!parse(buf, DL_NO_DAY, &back) || back != w)
								{
									bad++;
									fprintf(stderr, "flipped %016llx '%s' does not come back\n",
											(unsigned long long) w, buf);
								}
							}
						}
	CHECK(bad == 0, "%d recurrences wrong", bad);
	CHECK(n > 20000, "only %zu recurrences made", n);
	CHECK(flips_valid > 1000, "only %d flipped bits made values", flips_valid);
	qsort(made, n, sizeof(made[0]), cmp_u64);
	{
		size_t		dup = 0;

		for (size_t i = 1; i < n; i++)
			dup += made[i] == made[i - 1];
		CHECK(dup == 0, "%zu recurrences share a bit pattern", dup);
	}
	free(made);
	{
		/* asap has one pattern: any other bit set is no value */
		deadline_t	asap;
		int			others = 0;

		CHECK(parse("asap", DL_NO_DAY, &asap), "asap");
		for (int bit = 0; bit < 64; bit++)
			if (deadline_is_valid(asap ^ (UINT64_C(1) << bit)) &&
				deadline_mode_of(asap ^ (UINT64_C(1) << bit)) == DL_MODE_ASAP)
				others++;
		CHECK(others == 0, "%d other bit patterns of asap", others);
	}
}

/* running text: asap alone and recurrences without a "by" anchor are no deadline */
static void
test_kinds_extract(void)
{
	static const char *const bound[] = {"by October 2019"};
	static const char *const anchored[] = {"each year by 31 March", "each year by 30 June"};

	expect_found("asap", "They said they would get back to Schengen as soon as possible.",
				 DL_NO_DAY, NULL, 0);
	expect_found("asap with a bound",
				 "a decision on this matter, as soon as possible, but no later than October 2019.",
				 DL_NO_DAY, bound, 1);
	expect_found("rates and meetings",
				 "EUR 24 billion every year; the Network meets weekly; annually in June; twice a "
				 "year; une réunion annuelle; jährlich; ogni 5 anni.", DL_NO_DAY, NULL, 0);
	expect_found("anchored", "Member States shall report each year by 31 March on it, and the "
				 "Commission by 30 June of each year.", DL_NO_DAY, anchored, 2);
	expect_found("anchored, with ref", "Member States shall report each year by 31 March.",
				 day(2019, 5, 1), anchored, 1);
}


/*
 * The one-pass reader of the usual spellings answers exactly as the full
 * grammar does, on every combination of marker, period, span and suffix,
 * years in and out of range, and near misses of case and spacing.
 */
static void
test_fast_path(void)
{
	static const char *const modes[] = {
		"", "by ", "before ", "from ", "by the ", "after ", "By ", "by  ", "from the ", "until "
	};
	static const char *const periods[] = {
		"%d", "May %d", "may %d", "25 June %d", "31 June %d", "29 February %d", "1 January %d",
		"05 May %d", "early %d", "mid-%d", "mid %d", "end of %d", "the end of %d", "end %d",
		"Q1 %d", "Q4 %d", "Q5 %d", "H2 %d", "H3 %d", "spring %d", "autumn %d", "winter %d",
		"early May %d", "(%d)", "%d-05"
	};
	static const char *const tails[] = {
		"", "/%d", "/early %d", "/Q2 %d", "/spring %d", " and ongoing", " and  ongoing", "-%d",
		" / %d", " ", "x"
	};
	static const int years[] = {1949, 1950, 2018, 2099, 2100};
	int			fast_answers = 0,
				disagreements = 0;
	char		period[64],
				tail[64],
				s[160];

	for (size_t m = 0; m < sizeof(modes) / sizeof(modes[0]); m++)
		for (size_t p = 0; p < sizeof(periods) / sizeof(periods[0]); p++)
			for (size_t t = 0; t < sizeof(tails) / sizeof(tails[0]); t++)
				for (size_t y = 0; y < sizeof(years) / sizeof(years[0]); y++)
				{
					deadline_t	vf,
								vs;
					bool		fast;
					dl_status	st;

					snprintf(period, sizeof(period), periods[p], years[y]);
					snprintf(tail, sizeof(tail), tails[t], years[(y + 1) % 5]);
					snprintf(s, sizeof(s), "%s%s%s", modes[m], period, tail);
					fast = deadline_parse_fast(s, strlen(s), &vf);
					st = deadline_parse_text_full(s, strlen(s), DL_NO_DAY, &vs, NULL);
					fast_answers += fast;
					if (fast && (st != DL_OK || vf != vs))
					{
						disagreements++;
						CHECK(false, "fast path: '%s' read as %016llx, full parser: status %d, %016llx",
							  s, (unsigned long long) vf, (int) st, (unsigned long long) vs);
					}
				}
	CHECK(disagreements == 0, "fast path and full parser disagree on %d phrases", disagreements);
	/* the fast path must answer for the plain shapes, not only pass through */
	CHECK(fast_answers > 500, "fast path answered only %d phrases", fast_answers);
	{
		static const char *const usual[] = {
			"ongoing", "2018", "by mid-2018", "end of 2018/early 2019", "May 2018", "25 June 2018",
			"2018 and ongoing", "by the end of 2018", "Q3 2018", "before 2019", "from May 2018",
			"H1 2018", "spring 2018", "2018/2020", "as soon as possible"
		};

		for (size_t i = 0; i < sizeof(usual) / sizeof(usual[0]); i++)
		{
			deadline_t	v;

			CHECK(deadline_parse_fast(usual[i], strlen(usual[i]), &v),
				  "fast path does not read '%s'", usual[i]);
		}
	}
}

void
test_deadline(void)
{
	test_input_table();
	test_ongoing_and_edtf();
	test_rejects();
	test_reference();
	test_status();
	test_order();
	test_validity();
	test_calendar();
	test_presidency();
	test_extract();
	test_corpus();
	test_fast_path();
	test_kinds_canonical();
	test_kinds_rejects();
	test_next_due();
	test_kinds_status();
	test_kinds_order();
	test_kinds_encoding();
	test_kinds_extract();
}

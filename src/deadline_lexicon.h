/*
 * deadline_lexicon.h: the words of the deadline grammar, one lexicon per
 * language (src/lexicon/<lang>.c).  The grammar (deadline_grammar.c) knows
 * the kinds of words below and nothing of any language: adding a language
 * is adding a lexicon to dl_lexicons[] and its tests.
 *
 * Every lexicon is read at once, whatever the phrase's language: EU texts
 * mix them ("bis Ende 2018" next to "by mid-2018" in one table), and the
 * words of the kinds rarely collide.  Where two languages share a spelling
 * (Dutch "de" is an article, French "de" means "of"), the word simply
 * belongs to both kinds.  No PostgreSQL header.
 */
#ifndef DEADLINE_LEXICON_H
#define DEADLINE_LEXICON_H

#include <stddef.h>

#include "deadline_core.h"		/* DL_UNIT_* */

/*
 * Kinds of words and phrases.  A phrase is lower case, its words separated
 * by one blank; where several phrases of a kind match, the longest wins
 * ("au plus tard en" over "au plus tard").
 */
enum
{
	L_ARTICLES,					/* the, het, la, die: skipped */
	L_OF_WORDS,					/* of, van, du: skipped after "end", "half", ... */
	L_BY_PHRASES,				/* mode by: by, uiterlijk, d'ici, bis */
	L_BEFORE_PHRASES,			/* mode before */
	L_FROM_PHRASES,				/* mode from */
	L_AFTER_PHRASES,			/* mode from, the next period: after 2020 = from 2021 */
	L_IN_PHRASES,				/* mode in: in, during, en, im */
	L_EARLY_WORDS,				/* first third of a year */
	L_MID_WORDS,				/* second third */
	L_END_WORDS,				/* last third */
	L_QUARTER_WORDS,			/* "quarter" after an ordinal */
	L_HALF_WORDS,				/* "half" after an ordinal */
	L_PRESIDENCY_WORDS,			/* "presidency" before or after a country */
	L_ONGOING_WORDS,			/* a whole deadline "ongoing"; "P and ongoing" */
	L_AND_WORDS,				/* "P and ongoing" */
	L_YEAR_WORDS,				/* "the end of the year", "next year" */
	L_THIS_WORDS,				/* "this year" */
	L_NEXT_WORDS,				/* "next year", "next Presidency" */
	L_CURRENT_WORDS,			/* "the current Presidency" */
	L_WITHIN_PHRASES,			/* "within six months" */
	L_QUARTER_LETTERS,			/* Q1 2018 (T1 in French) */
	L_HALF_LETTERS,				/* H1 2018 (S1 in French) */
	L_ORDINAL_SUFFIXES,			/* glued to a digit 1-4: 1st, 1e, 1er, 2de */
	L_DAY_SUFFIXES,				/* glued to a day: 1st July, 1er juillet */
	L_TO_WORDS,					/* spans: March to June, du 3 au 5 juin */
	L_BETWEEN_WORDS,			/* between 2015 and 2020 */
	L_ONWARDS_WORDS,			/* from 2019 onwards, dal 2019 in poi */
	L_WEEKDAYS,					/* Monday first, all seven: Monday 18 September;
								 * "on Thursday" (the next one from ref) */
	L_ON_WORDS,					/* on 25 March: a date, which marks no deadline */
	L_SPAN_START_WORDS,			/* du 3 au 5 juin, van 2021 tot 2027: only before a span */
	L_PART_PREPOSITIONS,		/* a finales de 2018: before early/mid/end */
	L_PAST_WORDS,				/* 13 maart jl., le 25 octobre dernier: the last one */
	L_DURATION_PREPOSITIONS,	/* over/for the next six months: only before a duration */
	L_BEYOND_WORDS,				/* "2010 and beyond": P and ongoing, only after "and" */
	L_FOR_PHRASES,				/* Dutch "voor": before a day, part or season; else "for" */
	L_FOR_BY_PHRASES,			/* Spanish "para": by a day or month; else "for" */
	L_TO_EXCLUSIVE_WORDS,		/* spans whose last day is the day before: van 1 januari tot 1 juli */
	L_ASAP_PHRASES,				/* a whole deadline "as soon as possible" */
	L_BUT_WORDS,				/* "as soon as possible, but no later than ...": the bound */
	L_EVERY_WORDS,				/* every, each, elk, chaque, jedes, cada, ogni (+ unit) */
	L_OTHER_WORDS,				/* "every other year": every 2 */
	L_PER_WORDS,				/* "per year", "pro Jahr": every 1 unit */
	L_TIMES_WORDS,				/* "three times a year", "deux fois par an" */
	L_TIMES_PER_WORDS,			/* after a number of times only: "twice a year", "zweimal im Jahr" */
	L_PAST_TENSE_WORDS,			/* verbs in a past tense anywhere in a phrase ("adopted", "a
								 * adopté", "hat ... angenommen"): a month or weekday without
								 * a year is the last one on or before ref (deadline_parse) */
	L_EVENT_WORDS,				/* events a deadline is anchored on: "by the European
								 * elections of May 2019" (elections, summit, Europawahl) */
	L_TARGET_WORDS,				/* targets, anywhere in a phrase: "the 2018 deadline", "l'objectif
								 * fixé pour 2030" are by the period (deadline_parse) */
	L_DECADE_WORDS,				/* glued to a year ending in 0 it is a decade: 1970s, 1970er
								 * (and the word after: "1970er Jahren") */
	L_LAST_DAY_WORDS,			/* before a year, its last day: "ultimo 2007" */
	L_UNION_WORDS,				/* between a country and "Presidency": "the Finnish EU Presidency" */
	L_YEAR_END_WORDS,			/* one word for "the end of the year": Jahresende */
	L_LAST_YEAR_WORDS,			/* one word for "last year": Vorjahr */
	L_LENGTH_PHRASES,			/* "2020 for a period of two years": before the length */
	L_FUTURE_WORDS,				/* "will", "zal", "wird", "sera": the phrase is not past
								 * ("will be adopted in November") */
	L_LATEST_PHRASES,			/* after a period, makes it a "by": "June 2019 at the latest",
								 * "le 30 juin au plus tard" */
	L_FINAL_WORDS,				/* before "quarter" or "half" and a year: the year's last one
								 * ("the last quarter of 2020", "het laatste kwartaal van 2019") */
	L_SINCE_WORDS,				/* the "from" words that look back ("since", "seit", "depuis"):
								 * a date after them without a year is the last one on or
								 * before ref ("seit 1. Februar") */
	DL_N_LISTS
};

/* A word with a number: months 1-12, seasons 1-4 (spring .. winter),
 * ordinals 1-4, cardinal numbers, units (DL_UNIT_*), days from ref,
 * recurrences (DL_EVERY), numbers of times. */
typedef struct dl_valued
{
	const char *word;
	int			value;
} dl_valued;

/* Units (DL_UNIT_*, deadline_core.h) of "within N <unit>" and "every N
 * <unit>" are matched as prefixes ("month" reads "months"). */

/* A recurrence word's value: "annually" is DL_EVERY(DL_UNIT_YEAR, 1),
 * "quarterly" DL_EVERY(DL_UNIT_MONTH, 3), "biennial" DL_EVERY(DL_UNIT_YEAR, 2). */
#define DL_EVERY(unit, n) ((unit) * 100 + (n))
/* An adjective ("annual", "annuel", "jährliche", "anual"): a recurrence
 * by itself ("Annual" in a table cell), but one that takes no anchor or
 * start after it: "son programme de travail annuel le 29 janvier" is a
 * day, not "each year on 29 January". */
#define DL_EVERY_ADJECTIVE 10000
#define DL_EVERY_ADJ(unit, n) (DL_EVERY(unit, n) + DL_EVERY_ADJECTIVE)

/* A member state's adjective or name, matched as a prefix ("bulga" reads
 * "Bulgarian", "bulgare", "bulgarische"), and its presidency code. */
typedef struct dl_country
{
	const char *stem;
	const char *code;
} dl_country;

typedef struct dl_lexicon
{
	const char *lang;			/* ISO 639-1 */
	const char *const *lists[DL_N_LISTS];	/* NULL-terminated; NULL: none */
	const dl_valued *months;	/* each ends with {NULL, 0} */
	const dl_valued *seasons;
	const dl_valued *ordinals;
	const dl_valued *numbers;
	const dl_valued *units;
	const dl_valued *relative_days;	/* today 0, tomorrow 1, yesterday -1 */
	const dl_valued *recurrences;	/* annually, quarterly, jährlich: DL_EVERY();
									 * a word may join two with a hyphen
									 * ("half-yearly") */
	const dl_valued *multiples;	/* once 1, twice 2, tweemaal 2, zweimal 2 */
	const dl_country *countries;	/* ends with {NULL, NULL} */
} dl_lexicon;

/* For the lexicon files: lists written as literals. */
#define DL_WORDS(...) ((const char *const[]) {__VA_ARGS__, NULL})
#define DL_VALUED(...) ((const dl_valued[]) {__VA_ARGS__, {NULL, 0}})
#define DL_COUNTRIES(...) ((const dl_country[]) {__VA_ARGS__, {NULL, NULL}})

/* One lexicon per language (src/deadline/lexicon/<lang>.c) ... */
extern const dl_lexicon dl_lexicon_en, dl_lexicon_nl, dl_lexicon_fr, dl_lexicon_de,
			dl_lexicon_es, dl_lexicon_it;

/* ... and all of them, NULL-terminated (src/deadline/lexicon/lexicons.c). */
extern const dl_lexicon *const dl_lexicons[];

/* Words the grammar's dictionary could not take (too long, or the table
 * full): a unit test requires none (deadline_grammar.c). */
extern int	dl_lexicon_dropped(void);

#endif							/* DEADLINE_LEXICON_H */

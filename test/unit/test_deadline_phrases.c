/*
 * test_deadline_phrases.c: the families of real deadline phrases (issue
 * 14's table), each read by the type's input (whole phrase) in every
 * language that has it, and short phrases with words around the time, read
 * by deadline_parse's phrase reading, which also says which part it read.
 */
#include <stdio.h>
#include <string.h>

#include "deadline_core.h"
#include "unit.h"

static const char *const whole[][2] = {
	{"on 25 March 2021", "25 March 2021"},
	{"1st July 2020", "1 July 2020"},
	{"le 1er juillet 2020", "1 July 2020"},
	{"am 1. Juli 2020", "1 July 2020"},
	{"op 1 juli 2020", "1 July 2020"},
	{"31/12/2020", "31 December 2020"},
	{"31.12.2020", "31 December 2020"},
	{"el 25 de marzo de 2021", "25 March 2021"},
	{"il 1° luglio 2020", "1 July 2020"},
	{"15-16 October 2020", "15 October 2020/16 October 2020"},
	{"15 and 16 October 2020", "15 October 2020/16 October 2020"},
	{"from 3 to 5 June 2019", "3 June 2019/5 June 2019"},
	{"du 3 au 5 juin 2019", "3 June 2019/5 June 2019"},
	{"30 November - 2 December 2020", "30 November 2020/2 December 2020"},
	{"March/April 2019", "March 2019/April 2019"},
	{"March-April 2019", "March 2019/April 2019"},
	{"from March to June 2019", "March 2019/June 2019"},
	{"between 2015 and 2020", "2015/2020"},
	{"maart-april 2019", "March 2019/April 2019"},
	{"März bis Juni 2019", "March 2019/June 2019"},
	/* Dutch "tot" excludes the day it names, "tot en met" includes it */
	{"van 1 januari tot 1 juli 2016", "1 January 2016/30 June 2016"},
	{"van 23 tot en met 26 mei 2019", "23 May 2019/26 May 2019"},
	{"van 2021 tot 2027", "2021/2027"},
	{"de mars à juin 2019", "March 2019/June 2019"},
	{"spring and summer 2019", "spring 2019/summer 2019"},
	{"Herbst und Winter 2019", "autumn 2019/winter 2019/2020"},
	{"since March 2015", "from March 2015"},
	{"from 2019 onwards", "from 2019"},
	{"as of 2020", "from 2020"},
	{"ab 2020", "from 2020"},
	{"à partir de 2020", "from 2020"},
	{"vanaf 2020", "from 2020"},
	{"desde 2020", "from 2020"},
	{"dal 2019 in poi", "from 2019"},
	{"after 2020", "from 2021"},
	{"the second half of 2019", "H2 2019"},
	{"au second semestre 2019", "H2 2019"},
	{"im zweiten Halbjahr 2019", "H2 2019"},
	{"in de tweede helft van 2019", "H2 2019"},
	{"nel secondo semestre 2019", "H2 2019"},
	{"in the autumn of 2019", "autumn 2019"},
	{"im Herbst 2019", "autumn 2019"},
	{"à l'automne 2019", "autumn 2019"},
	{"en otoño de 2019", "autumn 2019"},
	{"end of 2018 - early 2019", "end of 2018/early 2019"},
	/* a marker after the period; "onwards" alone; ongoing in brackets */
	{"December 2018 at the latest", "by December 2018"},
	{"June 2019, at the latest", "by June 2019"},
	{"le 30 juin 2020 au plus tard", "by 30 June 2020"},
	{"Ende 2019 spätestens", "by end of 2019"},
	{"eind 2019 op zijn laatst", "by end of 2019"},
	{"el 30 de junio de 2020 a más tardar", "by 30 June 2020"},
	{"entro giugno 2020 al più tardi", "by June 2020"},
	{"2019 onwards", "from 2019"},
	{"2019 onward", "from 2019"},
	{"2019 (ongoing)", "2019 and ongoing"},
	/* end-2019, end-June 2019; Q1/2020; semester; the end of a quarter */
	{"end-2019", "end of 2019"},
	{"by end-2019", "by end of 2019"},
	{"end-June 2019", "end of June 2019"},
	{"end-2018/early 2019", "end of 2018/early 2019"},
	{"Q1/2020", "Q1 2020"},
	{"Q1-2020", "Q1 2020"},
	/* two quarters or halves sharing one year, as German tables write them */
	{"Q2/Q3/2020", "Q2 2020/Q3 2020"},
	{"Q1-Q3 2019", "Q1 2019/Q3 2019"},
	{"H1/H2 2021", "H1 2021/H2 2021"},
	/* the year's last quarter or half, named "last" */
	{"the last quarter of 2020", "Q4 2020"},
	{"in the final quarter of 2020", "Q4 2020"},
	{"the last half of 2019", "H2 2019"},
	{"het laatste kwartaal van 2019", "Q4 2019"},
	{"le dernier trimestre 2019", "Q4 2019"},
	{"im letzten Quartal 2019", "Q4 2019"},
	{"el último trimestre de 2019", "Q4 2019"},
	/* US order: one month before a range of days */
	{"May 23-26, 2019", "23 May 2019/26 May 2019"},
	{"June 28-29 2018", "28 June 2018/29 June 2018"},
	{"March 3 to 5 2019", "3 March 2019/5 March 2019"},
	{"the first semester of 2020", "H1 2020"},
	{"second semester 2018", "H2 2018"},
	{"halverwege 2020", "mid-2020"},
	{"1H 2019", "H1 2019"},
	{"2H 2019", "H2 2019"},
	{"3Q 2019", "Q3 2019"},
	{"2020 Q1", "Q1 2020"},
	{"2019 H2", "H2 2019"},

	{"by the end of Q2 2020", "by Q2 2020"},
	{"by the end of the first half of 2020", "by H1 2020"},
	{"d'ici la fin du deuxième trimestre 2020", "by Q2 2020"},
	{"bis Ende des zweiten Quartals 2020", "by Q2 2020"},
	{"a finales de 2018", "end of 2018"},
	{"a mediados de 2019", "mid-2019"},
	{"entro la fine del 2018", "by end of 2018"},
	{"entro il 2020", "by 2020"},
	{"antes de finales de 2018", "by end of 2018"},
	{"a más tardar en junio de 2019", "by June 2019"},
	{"primer trimestre de 2018", "Q1 2018"},
	{"Monday 18 September 2017", "18 September 2017"},
	{"mercredi, 16 mai 2018", "16 May 2018"},
	{"the first six months of 2018", "H1 2018"},
	{"i primi sei mesi del 2019", "H1 2019"},
	{"im Frühsommer 2019", "summer 2019"},
	{"nog in maart 2019", "by March 2019"},
	{"in Kürze", "as soon as possible"},
	{"con celeridad", "as soon as possible"},
	{"ultimo 2007", "31 December 2007"},
	{"para el 31 de diciembre de 2020", "by 31 December 2020"},
	{"para marzo de 2019", "by March 2019"},
	{"para el año 2018", "2018"},
	{"para mayo/junio de 2024", "May 2024/June 2024"},
};

static const char *const found[][3] = {
	{"should be completed in June 2019", "June 2019", "in June 2019"},
	{"is scheduled for Q3 2019", "Q3 2019", "Q3 2019"},
	{"will end in 2020", "2020", "in 2020"},
	{"European Council, 21-22 March 2019", "21 March 2019/22 March 2019", "21-22 March 2019"},
	{"Brussels, 15.12.2016", "15 December 2016", "15.12.2016"},
	{"Diese sollen bis Mai 2018 vorgelegt werden", "by May 2018", "bis Mai 2018"},
	{"the Internal Security Strategy 2015-2020", "2015/2020", "2015-2020"},
	{"their 2019-24 strategic agenda", "2019/2024", "2019-24"},
	{"the period 2021-27", "2021/2027", "2021-27"},
	{"SESSION ORDINAIRE DE 2019\u2011" "2020", "2019/2020", "DE 2019\u2011" "2020"},
	{"23.V.2005", "23 May 2005", "23.V.2005"},
	{"15349/10 1 EN 25.X.2010", "25 October 2010", "EN 25.X.2010"},
	{"zwischen 23. und 25. September 2018", "23 September 2018/25 September 2018",
	"zwischen 23. und 25. September 2018"},
	{"the meetings on 5 and 7 June 2018", "7 June 2018", "7 June 2018"},
	{"Le programme a été publié en 2020", "2020", "en 2020"},
	/* no period, but a word that says it never ends */
	{"begonnen - fortlaufend", "ongoing", "fortlaufend"},
	{"the Action Plan is by nature a rolling plan", "ongoing", "rolling"},
	{"te allen tijde geborgd", "ongoing", "te allen tijde"},
	{"bis zum Jahr 2025 und darüber hinaus", "by 2025", "bis zum Jahr 2025 und darüber hinaus"},
	/* a part that needs a reference does not hide one that does not */
	{"Roemeens voorzitterschap Europese Unie 1e helft 2019", "H1 2019", "1e helft 2019"},
	{"La prochaine présidence belge aura lieu au premier semestre 2024.", "H1 2024",
	"au premier semestre 2024"},
	/* as soon as possible only where no time is said; its bound where one is */
	{"They said they would get 'Back to Schengen' as soon as possible", "as soon as possible",
	"as soon as possible"},
	{"We willen zo snel mogelijk tot een akkoord komen.", "as soon as possible", "zo snel mogelijk"},
	{"l'UE devra définir le plus tôt possible quels budgets seront disponibles",
	"as soon as possible", "le plus tôt possible"},
	{"puedan iniciarse lo antes posible tras la retirada", "as soon as possible", "lo antes posible"},
	{"eine Lösung baldmöglichst finden", "as soon as possible", "baldmöglichst"},
	{"da adottare quanto prima", "as soon as possible", "quanto prima"},
	{"a timeline for a decision on this matter, as soon as possible, but no later than October 2019",
		"by October 2019", "as soon as possible, but no later than October 2019"},
	{"to relaunch it without delay, and in any case by 2020", "by 2020", "by 2020"},
	/* recurrences, below any period they do not hold */
	{"werden alle drei Monate aktualisiert", "every 3 months", "alle drei Monate"},
	{"tweemaal per jaar (in februari en in juli)", "every 6 months", "tweemaal per jaar"},
	{"la Repubblica riconosce il giorno 18 marzo di ciascun anno", "each year on 18 March",
	"18 marzo di ciascun anno"},
	{"Mindestens zweimal pro Halbjahr", "every 3 months", "zweimal pro Halbjahr"},
	{"ocupando el puesto cada seis meses", "every 6 months", "cada seis meses"},
	{"the Commission shall report each year by 31 March", "each year by 31 March",
	"each year by 31 March"},
	{"chaque année, au plus tard le 31 mars, un rapport", "each year by 31 March",
	"chaque année, au plus tard le 31 mars"},
	{"Informe anual de 2020", "2020", "2020"},
	{"Come ogni anno, in ottobre 2019", "October 2019", "in ottobre 2019"},
	{"de jaarlijkse begroting voor 2013", "2013", "voor 2013"},
	/* decades, and a footnote's digit glued to a year */
	{"in the early 1980s", "1980/1983", "in the early 1980s"},
	{"in the late 1990s", "1997/1999", "in the late 1990s"},
	{"aus den 1970er Jahren", "1970/1979", "den 1970er Jahren"},
	{"the Strategy 2020-20251", "2020/2025", "2020-20251"},
	{"aan het einde van het derde kwartaal van 20181", "Q3 2018", "het einde van het derde kwartaal van 20181"},
	/* "2021-22" in a phrase is two years (the type's input reads EDTF spring 2021) */
	{"2021-22", "2021/2022", "2021-22"},
	/* "in time for" an event: by its date */
	{"in time for the June 2019 European Council", "by June 2019", "in time for the June 2019"},
	{"à temps pour le Conseil européen de juin 2019", "by June 2019",
	"à temps pour le Conseil européen de juin 2019"},
	{"tijdig voor de Europese Raad van juni 2019", "by June 2019", "tijdig voor de Europese Raad van juni 2019"},
	{"Work programme 2023-24", "2023/2024", "2023-24"},
	/* a day under its month as under a heading; dd/mm alone needs a reference */
	{"Sep 2017 13/09 State of the Union Address", "13 September 2017", "Sep 2017 13/09"},
	{"Sep 2017 13/10 Summit", "September 2017", "Sep 2017"},
	/* a year and a length */
	{"da avviare nel 2020 per una durata di due anni", "2020/2021", "nel 2020 per una durata di due anni"},
	{"to run in 2021 for three years", "2021/2023", "in 2021 for three years"},
	{"in 2021 for a period of one year", "2021", "in 2021 for a period of one year"},
	/* a target named in the phrase: its period is a "by" */
	{"meeting the 2030 target", "by 2030", "the 2030"},
	{"l'objectif fixé pour 2030", "by 2030", "2030"},
	{"die für 2025 gesetzten Ziele", "by 2025", "2025"},
	{"de doelstelling voor 2030", "by 2030", "voor 2030"},
	{"l'obiettivo per il 2030", "by 2030", "il 2030"},
	{"el objetivo para 2030", "by 2030", "para 2030"},
	{"the objective in 2030", "2030", "in 2030"},
	{"the budget for 2030", "2030", "2030"},
	{"het verslag moet medio 2006 zijn afgerond", "by mid-2006", "medio 2006"},
	{"Uiterste implementatiedatum: 17 juli 2021", "by 17 July 2021", "17 juli 2021"},
	{"the work must be completed in 2020", "2020", "in 2020"},
	/* a marker anchored on an event dated after it */
	{"agree by the elections of May 2019", "by May 2019", "by the elections of May 2019"},
	{"ahead of the 2019 European elections", "before 2019", "ahead of the 2019"},
	{"approved by the Council in 2016", "2016", "in 2016"},
	{"vóór de Europese top van juni 2020", "before June 2020", "vóór de Europese top van juni 2020"},
	{"avant le sommet de juin 2020", "before June 2020", "avant le sommet de juin 2020"},
	{"vor dem Gipfel im März 2020", "before March 2020", "vor dem Gipfel im März 2020"},
	{"prima del vertice di giugno 2020", "before June 2020", "prima del vertice di giugno 2020"},
	{"antes de la cumbre de junio de 2020", "before June 2020", "antes de la cumbre de junio de 2020"},
};

/*
 * Phrases read with a reference date (deadline_parse_phrase): the phrase,
 * ref, and the canonical text of what is found.
 */
static const char *const found_ref[][3] = {
	/* a verb in a past tense: a month, day or weekday without a year is the last one */
	{"On 3 March, the Council adopted its position", "2021-04-10", "3 March 2021"},
	{"the Board approved the plan in November", "2021-04-10", "November 2020"},
	{"In november werd het voorstel besproken", "2021-04-10", "November 2020"},
	{"la Commission a présenté le 12 mai son rapport", "2021-06-01", "12 May 2021"},
	{"la Commission a présenté en septembre son rapport", "2021-06-01", "September 2020"},
	{"Der Rat hat im Oktober beschlossen", "2021-06-01", "October 2020"},
	{"la Commissione ha approvato a luglio", "2021-06-01", "July 2020"},
	{"el Consejo aprobó el 3 de abril", "2021-06-01", "3 April 2021"},
	{"El 17 de octubre, durante el anterior Consejo", "2021-11-25", "17 October 2021"},
	{"adoptó el pasado 29 de enero su programa para 2020", "2020-02-10", "29 January 2020"},
	{"the meeting was held on Tuesday", "2021-06-03", "1 June 2021"},
	/* "since" looks back: a date after it without a year is the last one; "from" looks ahead */
	{"Seit 1. Februar ist Großbritannien formell nicht mehr EU-Mitglied", "2020-06-15", "from 1 February 2020"},
	{"since March", "2020-06-15", "from March 2020"},
	{"depuis le 3 mars", "2020-06-15", "from 3 March 2020"},
	{"sinds 1 januari", "2020-06-15", "from 1 January 2020"},
	{"seit dem Herbst", "2020-06-15", "from autumn 2019"},
	{"ab 1. Februar", "2020-06-15", "from 1 February 2021"},
	{"from 1 February", "2020-06-15", "from 1 February 2021"},
	/* US order day range without a year: the month's next occurrence */
	{"the European Parliamentary elections over May 23-26", "2018-10-01", "23 May 2019/26 May 2019"},
	/* a year named after "the last quarter": not the quarter before ref */
	{"in the last quarter of 2020", "2021-03-01", "Q4 2020"},
	{"in the last quarter", "2021-03-01", "Q4 2020"},
	/* a calendar item "23/10:" with the colon of the list glued on */
	{"23/10: Presentatie Werkprogramma 2019", "2018-10-19", "23 October 2018"},
	/* a completion or target ahead of ref is by it; one over before ref is not */
	{"moeten eind dit jaar zijn afgerond", "2019-06-21", "by end of 2019"},
	{"El año pasado, la Comisión se fijó el objetivo", "2020-10-19", "2019"},
	/* "of the year before" after a month */
	{"tot en met augustus uit het voorgaande jaar", "2022-09-15", "by August 2021"},
	/* the year alone after "in": ref's */
	{"nel corso dell'anno", "2020-01-29", "2020"},
	{"in the course of the year", "2020-01-29", "2020"},
	{"nel corso dell'anno prossimo", "2020-01-29", "2021"},
	/* presidencies: of a country, with "EU" between */
	{"per i sei mesi di presidenza della Finlandia", "2019-09-19", "FI Presidency 2019"},
	{"the Presidency of Finland", "2019-09-19", "FI Presidency 2019"},
	{"den Höhepunkt der kroatischen EU-Ratspräsidentschaft", "2020-03-15", "HR Presidency 2020"},
	{"under the Finnish EU Presidency", "2019-09-19", "FI Presidency 2019"},
	/* one word for "the end of the year", "last year" */
	{"bis zum Jahresende", "2019-07-01", "by end of 2019"},
	{"im Vorjahr", "2020-10-19", "2019"},
	/* day and month in a calendar, the year from ref */
	{"28/09 Informal dinner", "2017-09-13", "28 September 2017"},
	{"6/01 New Year reception", "2017-09-13", "6 January 2018"},
	{"the meeting was held on 6/01", "2017-09-13", "6 January 2017"},
	/* in a past phrase, the end of the year or a quarter without a year: the last begun */
	{"even before the end of the year, I proposed it", "2020-03-10", "by end of 2019"},
	{"before the end of the year, we proposed it", "2020-10-10", "by end of 2020"},
	{"the plan was adopted in the third quarter", "2020-03-10", "Q3 2019"},
	{"the plan will be adopted in the third quarter", "2020-03-10", "Q3 2020"},
	/* a day and the next, month first */
	{"December 12 and 13: the changing of the guard", "2019-12-10", "12 December 2019/13 December 2019"},
	{"December 12 and 14", "2019-12-10", "12 December 2019"},
	/* minutes record a meeting held */
	{"THE MINUTES OF THE 2212 TH MEETING OF THE COMMISSION (16 MAY)", "2017-09-06", "16 May 2017"},
	/* without one, still the next */
	{"the Council will adopt it in November", "2021-04-10", "November 2021"},
	{"the plan will be adopted in November", "2021-04-10", "November 2021"},
	{"the meeting to be held on 5 March", "2021-04-10", "5 March 2022"},
	{"het plan zal in november worden aangenomen", "2021-04-10", "November 2021"},
	{"the meeting on Tuesday", "2021-06-03", "8 June 2021"},
};

/*
 * Families of shapes, each in all six languages: the phrase (with a
 * reference date where it needs one), the canonical text, the mode and the
 * period's first and last day.  The canonical text must read back, without
 * a reference, as the same value.
 */
static const struct
{
	const char *input;
	const char *ref;			/* ISO date or NULL */
	const char *canonical;
	const char *mode;
	const char *first;
	const char *last;
}			families[] = {
	/* parts of a month: days 1-10, 11-20, 21 to the end */
	{"early May 2018", NULL, "early May 2018", "in", "2018-05-01", "2018-05-10"},
	{"the beginning of May 2018", NULL, "early May 2018", "in", "2018-05-01", "2018-05-10"},
	{"begin mei 2018", NULL, "early May 2018", "in", "2018-05-01", "2018-05-10"},
	{"début mai 2018", NULL, "early May 2018", "in", "2018-05-01", "2018-05-10"},
	{"Anfang Mai 2018", NULL, "early May 2018", "in", "2018-05-01", "2018-05-10"},
	{"a principios de mayo de 2018", NULL, "early May 2018", "in", "2018-05-01", "2018-05-10"},
	{"inizio maggio 2018", NULL, "early May 2018", "in", "2018-05-01", "2018-05-10"},
	{"mid-May 2018", NULL, "mid-May 2018", "in", "2018-05-11", "2018-05-20"},
	{"medio mei 2018", NULL, "mid-May 2018", "in", "2018-05-11", "2018-05-20"},
	{"half mei 2018", NULL, "mid-May 2018", "in", "2018-05-11", "2018-05-20"},
	{"à la mi-mai 2018", NULL, "mid-May 2018", "in", "2018-05-11", "2018-05-20"},
	{"Mitte Mai 2018", NULL, "mid-May 2018", "in", "2018-05-11", "2018-05-20"},
	{"a mediados de mayo de 2018", NULL, "mid-May 2018", "in", "2018-05-11", "2018-05-20"},
	{"a metà maggio 2018", NULL, "mid-May 2018", "in", "2018-05-11", "2018-05-20"},
	{"end of February 2020", NULL, "end of February 2020", "in", "2020-02-21", "2020-02-29"},
	{"late May 2018", NULL, "end of May 2018", "in", "2018-05-21", "2018-05-31"},
	{"eind mei 2018", NULL, "end of May 2018", "in", "2018-05-21", "2018-05-31"},
	{"fin mai 2018", NULL, "end of May 2018", "in", "2018-05-21", "2018-05-31"},
	{"Ende Mai 2018", NULL, "end of May 2018", "in", "2018-05-21", "2018-05-31"},
	{"a finales de mayo de 2018", NULL, "end of May 2018", "in", "2018-05-21", "2018-05-31"},
	{"alla fine di maggio 2018", NULL, "end of May 2018", "in", "2018-05-21", "2018-05-31"},
	{"by mid-May 2018", NULL, "by mid-May 2018", "by", "2018-05-11", "2018-05-20"},
	{"from early May 2018", NULL, "from early May 2018", "from", "2018-05-01", NULL},
	{"vanaf half april 2019", NULL, "from mid-April 2019", "from", "2019-04-11", NULL},
	{"eind mei", "2019-01-01", "end of May 2019", "in", "2019-05-21", "2019-05-31"},
	{"fin janvier", "2019-12-27", "end of January 2020", "in", "2020-01-21", "2020-01-31"},
	{"medio mei jl.", "2013-06-14", "mid-May 2013", "in", "2013-05-11", "2013-05-20"},
	{"half maart en eind maart", "2019-02-18", "mid-March 2019/end of March 2019", "in",
	"2019-03-11", "2019-03-31"},
	/* durations from ref: by the span from ref to the day the duration ends */
	{"within six months", "2017-11-20", "by 20 November 2017/20 May 2018", "by", "2017-11-20",
	"2018-05-20"},
	{"over the next sixteen months", "2017-09-13", "by 13 September 2017/13 January 2019", "by",
	"2017-09-13", "2019-01-13"},
	{"the two years ahead", "2017-10-20", "by 20 October 2017/20 October 2019", "by",
	"2017-10-20", "2019-10-20"},
	{"binnen twee jaar", "2018-03-01", "by 1 March 2018/1 March 2020", "by", "2018-03-01",
	"2020-03-01"},
	{"de komende drie maanden", "2018-03-01", "by 1 March 2018/1 June 2018", "by", "2018-03-01",
	"2018-06-01"},
	{"dans un délai de six mois", "2018-08-31", "by 31 August 2018/28 February 2019", "by",
	"2018-08-31", "2019-02-28"},
	{"pour les six prochains mois", "2020-07-01", "by 1 July 2020/1 January 2021", "by",
	"2020-07-01", "2021-01-01"},
	{"innerhalb von 12 Monaten", "2020-10-19", "by 19 October 2020/19 October 2021", "by",
	"2020-10-19", "2021-10-19"},
	{"für die kommenden zwei Wochen", "2020-10-19", "by 19 October 2020/2 November 2020", "by",
	"2020-10-19", "2020-11-02"},
	{"durante los próximos seis meses", "2023-07-01", "by 1 July 2023/1 January 2024", "by",
	"2023-07-01", "2024-01-01"},
	{"dentro de diez días", "2023-07-01", "by 1 July 2023/11 July 2023", "by", "2023-07-01",
	"2023-07-11"},
	{"per i dodici mesi successivi", "2018-10-23", "by 23 October 2018/23 October 2019", "by",
	"2018-10-23", "2019-10-23"},
	{"entro sei mesi", "2018-10-23", "by 23 October 2018/23 April 2019", "by", "2018-10-23",
	"2019-04-23"},
	/* next, this, last: years, quarters, months, weeks relative to ref */
	{"next year", "2018-04-01", "2019", "in", "2019-01-01", "2019-12-31"},
	{"volgend jaar", "2018-04-01", "2019", "in", "2019-01-01", "2019-12-31"},
	{"l'an prochain", "2018-04-01", "2019", "in", "2019-01-01", "2019-12-31"},
	{"nächstes Jahr", "2018-04-01", "2019", "in", "2019-01-01", "2019-12-31"},
	{"el próximo año", "2018-04-01", "2019", "in", "2019-01-01", "2019-12-31"},
	{"l'anno prossimo", "2018-04-01", "2019", "in", "2019-01-01", "2019-12-31"},
	{"last year", "2018-04-01", "2017", "in", "2017-01-01", "2017-12-31"},
	{"vorig jaar", "2018-04-01", "2017", "in", "2017-01-01", "2017-12-31"},
	{"l'année dernière", "2018-04-01", "2017", "in", "2017-01-01", "2017-12-31"},
	{"im letzten Jahr", "2018-04-01", "2017", "in", "2017-01-01", "2017-12-31"},
	{"el año pasado", "2018-04-01", "2017", "in", "2017-01-01", "2017-12-31"},
	{"l'anno scorso", "2018-04-01", "2017", "in", "2017-01-01", "2017-12-31"},
	{"l'année en cours", "2018-04-01", "2018", "in", "2018-01-01", "2018-12-31"},
	{"by the end of next year", "2017-12-06", "by end of 2018", "by", "2018-09-01", "2018-12-31"},
	{"tegen begin volgend jaar", "2018-11-15", "by early 2019", "by", "2019-01-01", "2019-04-30"},
	{"fin de l'année prochaine", "2017-12-06", "end of 2018", "in", "2018-09-01", "2018-12-31"},
	{"Ende kommenden Jahres", "2017-12-06", "end of 2018", "in", "2018-09-01", "2018-12-31"},
	{"a finales del presente año", "2023-05-01", "end of 2023", "in", "2023-09-01", "2023-12-31"},
	{"fine del prossimo anno", "2017-12-06", "end of 2018", "in", "2018-09-01", "2018-12-31"},
	{"het volgende kwartaal", "2023-02-03", "Q2 2023", "in", "2023-04-01", "2023-06-30"},
	{"this quarter", "2023-02-03", "Q1 2023", "in", "2023-01-01", "2023-03-31"},
	{"le trimestre prochain", "2023-11-03", "Q1 2024", "in", "2024-01-01", "2024-03-31"},
	{"im nächsten Quartal", "2023-02-03", "Q2 2023", "in", "2023-04-01", "2023-06-30"},
	{"el trimestre anterior", "2023-02-03", "Q4 2022", "in", "2022-10-01", "2022-12-31"},
	{"il prossimo trimestre", "2023-02-03", "Q2 2023", "in", "2023-04-01", "2023-06-30"},
	{"next month", "2023-12-03", "January 2024", "in", "2024-01-01", "2024-01-31"},
	{"in diesem Monat", "2009-09-14", "September 2009", "in", "2009-09-01", "2009-09-30"},
	{"le mois dernier", "2023-01-03", "December 2022", "in", "2022-12-01", "2022-12-31"},
	{"next week", "2019-03-22", "25 March 2019/31 March 2019", "in", "2019-03-25", "2019-03-31"},
	{"volgende week", "2015-02-05", "9 February 2015/15 February 2015", "in", "2015-02-09",
	"2015-02-15"},
	{"la semaine prochaine", "2019-03-22", "25 March 2019/31 March 2019", "in", "2019-03-25",
	"2019-03-31"},
	{"diese Woche", "2018-10-15", "15 October 2018/21 October 2018", "in", "2018-10-15",
	"2018-10-21"},
	{"la próxima semana", "2019-03-24", "25 March 2019/31 March 2019", "in", "2019-03-25",
	"2019-03-31"},
	{"la settimana scorsa", "2017-06-19", "12 June 2017/18 June 2017", "in", "2017-06-12",
	"2017-06-18"},
	{"next spring", "2018-04-01", "spring 2019", "in", "2019-03-01", "2019-05-31"},
	/* a month with a year relative to ref */
	{"in March this year", "2017-09-14", "March 2017", "in", "2017-03-01", "2017-03-31"},
	{"maart volgend jaar", "2017-09-14", "March 2018", "in", "2018-03-01", "2018-03-31"},
	{"en mars de l'année prochaine", "2017-09-14", "March 2018", "in", "2018-03-01",
	"2018-03-31"},
	{"im März dieses Jahres", "2017-09-14", "March 2017", "in", "2017-03-01", "2017-03-31"},
	{"el 31 de diciembre de este año", "2023-07-01", "31 December 2023", "in", "2023-12-31",
	"2023-12-31"},
	{"a marzo di quest'anno", "2017-09-14", "March 2017", "in", "2017-03-01", "2017-03-31"},
	/* weekdays (the next from ref) and days named from ref */
	{"on Thursday", "2019-06-19", "20 June 2019", "in", "2019-06-20", "2019-06-20"},
	{"op donderdag", "2019-06-19", "20 June 2019", "in", "2019-06-20", "2019-06-20"},
	{"jeudi", "2019-06-20", "20 June 2019", "in", "2019-06-20", "2019-06-20"},
	{"am Donnerstag", "2019-06-19", "20 June 2019", "in", "2019-06-20", "2019-06-20"},
	{"el jueves", "2019-06-16", "20 June 2019", "in", "2019-06-20", "2019-06-20"},
	{"giovedì", "2019-06-19", "20 June 2019", "in", "2019-06-20", "2019-06-20"},
	{"On Tuesday 27", "2018-11-26", "27 November 2018", "in", "2018-11-27", "2018-11-27"},
	{"tomorrow", "2018-06-28", "29 June 2018", "in", "2018-06-29", "2018-06-29"},
	{"morgen", "2020-06-19", "20 June 2020", "in", "2020-06-20", "2020-06-20"},
	{"demain", "2018-06-28", "29 June 2018", "in", "2018-06-29", "2018-06-29"},
	{"am gestrigen Mittwoch", "2018-06-07", "6 June 2018", "in", "2018-06-06", "2018-06-06"},
	{"hoy", "2023-07-01", "1 July 2023", "in", "2023-07-01", "2023-07-01"},
	{"ieri", "2017-10-18", "17 October 2017", "in", "2017-10-17", "2017-10-17"},
	{"yesterday and today", "2018-12-14", "13 December 2018/14 December 2018", "in",
	"2018-12-13", "2018-12-14"},
	/* markers: by, from, and what joins the ends of a span */
	{"between now and June 2019", NULL, "by June 2019", "by", "2019-06-01", "2019-06-30"},
	{"van nu tot juni 2019", NULL, "by June 2019", "by", "2019-06-01", "2019-06-30"},
	{"jusqu'au 31 décembre 2024", NULL, "by 31 December 2024", "by", "2024-12-31", "2024-12-31"},
	{"à l'horizon 2050", NULL, "by 2050", "by", "2050-01-01", "2050-12-31"},
	{"von jetzt bis Juni 2019", NULL, "by June 2019", "by", "2019-06-01", "2019-06-30"},
	{"de aquí a 2030", NULL, "by 2030", "by", "2030-01-01", "2030-12-31"},
	{"da qui al 2030", NULL, "by 2030", "by", "2030-01-01", "2030-12-31"},
	{"dès 2021", NULL, "from 2021", "from", "2021-01-01", NULL},
	{"à compter du 1 er juillet 2018", NULL, "from 1 July 2018", "from", "2018-07-01", NULL},
	{"Frühestens 2021", NULL, "from 2021", "from", "2021-01-01", NULL},
	{"Del 1 de julio y hasta el 31 de diciembre de 2023", NULL, "1 July 2023/31 December 2023",
	"in", "2023-07-01", "2023-12-31"},
	{"desde este sábado", "2023-07-01", "from 1 July 2023", "from", "2023-07-01", NULL},
	/* a year after the word for year */
	{"the year 2025", NULL, "2025", "in", "2025-01-01", "2025-12-31"},
	{"het jaar 2025", NULL, "2025", "in", "2025-01-01", "2025-12-31"},
	{"l'année 2025", NULL, "2025", "in", "2025-01-01", "2025-12-31"},
	{"bis zum Jahr 2025", NULL, "by 2025", "by", "2025-01-01", "2025-12-31"},
	{"A principios del año 2020", NULL, "early 2020", "in", "2020-01-01", "2020-04-30"},
	{"entro l'anno 2025", NULL, "by 2025", "by", "2025-01-01", "2025-12-31"},
	/* quarters, halves and seasons without a year: the one holding ref or the next */
	{"in the third quarter", "2020-05-29", "Q3 2020", "in", "2020-07-01", "2020-09-30"},
	{"in het eerste kwartaal", "2020-05-29", "Q1 2021", "in", "2021-01-01", "2021-03-31"},
	{"au premier trimestre", "2020-01-29", "Q1 2020", "in", "2020-01-01", "2020-03-31"},
	{"im dritten Quartal", "2020-05-29", "Q3 2020", "in", "2020-07-01", "2020-09-30"},
	{"en el segundo semestre", "2020-05-29", "H2 2020", "in", "2020-07-01", "2020-12-31"},
	{"nel quarto trimestre", "2020-05-29", "Q4 2020", "in", "2020-10-01", "2020-12-31"},
	{"T2", "2020-01-29", "Q2 2020", "in", "2020-04-01", "2020-06-30"},
	{"Quartal 2/2020", NULL, "Q2 2020", "in", "2020-04-01", "2020-06-30"},
	{"Quartal 3", "2020-05-29", "Q3 2020", "in", "2020-07-01", "2020-09-30"},
	{"in the spring", "2018-10-15", "spring 2019", "in", "2019-03-01", "2019-05-31"},
	/* an event named after its season and dated by a year: that year's season */
	{"by the Spring European Council 2020", "2018-03-01", "by spring 2020", "by", "2020-03-01", "2020-05-31"},
	{"by the 2020 Spring European Council", "2018-03-01", "by spring 2020", "by", "2020-03-01", "2020-05-31"},
	{"before the Spring European Council 2016", "2015-10-01", "before spring 2016", "before", "2016-03-01",
	"2016-05-31"},
	{"by the spring European Council", "2018-01-10", "by spring 2018", "by", "2018-03-01", "2018-05-31"},
	{"in het najaar", "2019-06-21", "autumn 2019", "in", "2019-09-01", "2019-11-30"},
	{"à l'automne", "2019-06-21", "autumn 2019", "in", "2019-09-01", "2019-11-30"},
	{"im Herbst", "2019-06-21", "autumn 2019", "in", "2019-09-01", "2019-11-30"},
	{"en el otoño", "2019-06-21", "autumn 2019", "in", "2019-09-01", "2019-11-30"},
	{"l'autunno", "2019-06-21", "autumn 2019", "in", "2019-09-01", "2019-11-30"},
	{"before the winter", "2019-01-10", "before winter 2018/2019", "before", "2018-12-01",
	"2019-02-28"},
	/* Dutch "voor": before a day, a part or a season; else "for" (a time) */
	{"voor 1 juli 2019", NULL, "before 1 July 2019", "before", "2019-07-01", "2019-07-01"},
	{"voor eind 2019", NULL, "by end of 2019", "by", "2019-09-01", "2019-12-31"},
	{"voor de zomer", "2019-05-24", "before summer 2019", "before", "2019-06-01", "2019-08-31"},
	{"voor 2013", NULL, "2013", "in", "2013-01-01", "2013-12-31"},
	{"vóór 2013", NULL, "before 2013", "before", "2013-01-01", "2013-12-31"},
	{"voor oktober 2018", NULL, "October 2018", "in", "2018-10-01", "2018-10-31"},
	/* "P and beyond" is "P and ongoing" */
	{"2010 and beyond", NULL, "2010 and ongoing", "in", "2010-01-01", "2010-12-31"},
	{"2010 en daarna", NULL, "2010 and ongoing", "in", "2010-01-01", "2010-12-31"},
	{"2010 et après", NULL, "2010 and ongoing", "in", "2010-01-01", "2010-12-31"},
	{"2010 und darüber hinaus", NULL, "2010 and ongoing", "in", "2010-01-01", "2010-12-31"},
	{"2010 y más allá", NULL, "2010 and ongoing", "in", "2010-01-01", "2010-12-31"},
	{"2010 e oltre", NULL, "2010 and ongoing", "in", "2010-01-01", "2010-12-31"},
	/* a past word before a day or month: the last one on or before ref */
	{"el pasado 29 de enero", "2020-02-10", "29 January 2020", "in", "2020-01-29", "2020-01-29"},
	{"lo scorso 23 ottobre", "2018-11-05", "23 October 2018", "in", "2018-10-23", "2018-10-23"},
	{"last December", "2020-01-30", "December 2019", "in", "2019-12-01", "2019-12-31"},
	{"vorige maand", "2020-01-30", "December 2019", "in", "2019-12-01", "2019-12-31"},
	{"le mois dernier", "2020-01-30", "December 2019", "in", "2019-12-01", "2019-12-31"},
	{"letzten Dezember", "2020-01-30", "December 2019", "in", "2019-12-01", "2019-12-31"},
	{"der holländische Vorsitz 2016", NULL, "NL Presidency 2016", "in", "2016-01-01", "2016-06-30"},
	/* month and day without a year, as English writes them */
	{"on December 6", "2017-12-06", "6 December 2017", "in", "2017-12-06", "2017-12-06"},
	{"by March 15", "2017-12-06", "by 15 March 2018", "by", "2018-03-15", "2018-03-15"},
	/* by the end of a month is by the month (spec section 2), in every language */
	{"by the end of May 2018", NULL, "by May 2018", "by", "2018-05-01", "2018-05-31"},
	{"uiterlijk eind mei 2018", NULL, "by May 2018", "by", "2018-05-01", "2018-05-31"},
	{"d'ici fin mai 2018", NULL, "by May 2018", "by", "2018-05-01", "2018-05-31"},
	{"bis Ende Mai 2018", NULL, "by May 2018", "by", "2018-05-01", "2018-05-31"},
	{"antes de finales de mayo de 2018", NULL, "by May 2018", "by", "2018-05-01", "2018-05-31"},
	{"entro la fine di maggio 2018", NULL, "by May 2018", "by", "2018-05-01", "2018-05-31"},
};

static void
test_families(void)
{
	char		buf[DL_TEXT_MAX];

	for (size_t i = 0; i < sizeof(families) / sizeof(families[0]); i++)
	{
		deadline_t	v = 0,
					back = 0;
		const char *hint;
		int			y,
					m,
					d;
		int32_t		ref = DL_NO_DAY,
					lo = 0,
					hi = 0,
					first,
					last = 0;
		dl_status	st;

		if (families[i].ref && sscanf(families[i].ref, "%d-%d-%d", &y, &m, &d) == 3)
			ref = dl_days_from_civil(y, m, d);
		st = deadline_parse_text(families[i].input, strlen(families[i].input), ref, &v, &hint);
		buf[0] = '\0';
		if (st == DL_OK)
			deadline_format(v, buf);
		CHECK(st == DL_OK && strcmp(buf, families[i].canonical) == 0,
			  "'%s' read as '%s' (status %d), want '%s'", families[i].input, buf, (int) st,
			  families[i].canonical);
		if (st != DL_OK)
			continue;
		CHECK(strcmp(deadline_mode_name(deadline_mode_of(v)), families[i].mode) == 0,
			  "'%s': mode %s, want %s", families[i].input, deadline_mode_name(deadline_mode_of(v)),
			  families[i].mode);
		sscanf(families[i].first, "%d-%d-%d", &y, &m, &d);
		first = dl_days_from_civil(y, m, d);
		if (families[i].last && sscanf(families[i].last, "%d-%d-%d", &y, &m, &d) == 3)
			last = dl_days_from_civil(y, m, d);
		CHECK(deadline_bounds(v, &lo, &hi) && lo == first && (!families[i].last || hi == last + 1),
			  "'%s': period wrong", families[i].input);
		CHECK(deadline_parse_text(buf, strlen(buf), DL_NO_DAY, &back, &hint) == DL_OK && back == v,
			  "'%s' does not read back as itself", buf);
		CHECK(deadline_is_valid(v), "'%s' decodes invalid", families[i].input);
	}
}

/*
 * Values that are no period, in all six languages, read by the type's
 * input: "as soon as possible" (with a bound after it, the bound), and
 * recurrences: cycles, anchors before or after them, starts.  Each reads
 * as the canonical text given, which reads back as the same value.
 */
static const struct
{
	const char *input;
	const char *ref;			/* ISO date or NULL */
	const char *canonical;
}			kinds[] = {
	/* as soon as possible */
	{"as soon as possible", NULL, "as soon as possible"},
	{"ASAP", NULL, "as soon as possible"},
	{"without delay", NULL, "as soon as possible"},
	{"at the earliest opportunity", NULL, "as soon as possible"},
	{"zo snel mogelijk", NULL, "as soon as possible"},
	{"zo spoedig mogelijk", NULL, "as soon as possible"},
	{"onverwijld", NULL, "as soon as possible"},
	{"dès que possible", NULL, "as soon as possible"},
	{"le plus tôt possible", NULL, "as soon as possible"},
	{"dans les meilleurs délais", NULL, "as soon as possible"},
	{"so bald wie möglich", NULL, "as soon as possible"},
	{"schnellstmöglich", NULL, "as soon as possible"},
	{"baldmöglichst", NULL, "as soon as possible"},
	{"unverzüglich", NULL, "as soon as possible"},
	{"lo antes posible", NULL, "as soon as possible"},
	{"cuanto antes", NULL, "as soon as possible"},
	{"a la mayor brevedad", NULL, "as soon as possible"},
	{"il prima possibile", NULL, "as soon as possible"},
	{"quanto prima", NULL, "as soon as possible"},
	{"al più presto", NULL, "as soon as possible"},
	/* ... and at the latest by: the bound wins */
	{"as soon as possible and at the latest by June 2019", NULL, "by June 2019"},
	{"as soon as possible, but no later than October 2019", NULL, "by October 2019"},
	{"as soon as possible and before 1 July 2019", NULL, "before 1 July 2019"},
	{"zo snel mogelijk en uiterlijk in juni 2019", NULL, "by June 2019"},
	{"dès que possible et au plus tard en juin 2019", NULL, "by June 2019"},
	{"so bald wie möglich, spätestens bis Juni 2019", NULL, "by June 2019"},
	{"schnellstmöglich, aber spätestens im Juni 2019", NULL, "by June 2019"},
	{"lo antes posible y a más tardar en junio de 2019", NULL, "by June 2019"},
	{"il prima possibile e comunque entro giugno 2019", NULL, "by June 2019"},
	{"as soon as possible and no later than May", "2019-01-10", "by May 2019"},
	/* every year */
	{"annually", NULL, "annually"},
	{"yearly", NULL, "annually"},
	{"Annual", NULL, "annually"},
	{"every year", NULL, "annually"},
	{"each year", NULL, "annually"},
	{"once a year", NULL, "annually"},
	{"per year", NULL, "annually"},
	{"every 12 months", NULL, "annually"},
	{"jaarlijks", NULL, "annually"},
	{"elk jaar", NULL, "annually"},
	{"ieder jaar", NULL, "annually"},
	{"eenmaal per jaar", NULL, "annually"},
	{"één keer per jaar", NULL, "annually"},
	{"annuellement", NULL, "annually"},
	{"chaque année", NULL, "annually"},
	{"tous les ans", NULL, "annually"},
	{"une fois par an", NULL, "annually"},
	{"jährlich", NULL, "annually"},
	{"jedes Jahr", NULL, "annually"},
	{"einmal im Jahr", NULL, "annually"},
	{"alljährlich", NULL, "annually"},
	{"anualmente", NULL, "annually"},
	{"cada año", NULL, "annually"},
	{"todos los años", NULL, "annually"},
	{"una vez al año", NULL, "annually"},
	{"annualmente", NULL, "annually"},
	{"ogni anno", NULL, "annually"},
	{"una volta all'anno", NULL, "annually"},
	{"ciascun anno", NULL, "annually"},
	/* twice a year: every 6 months ("biannual" is twice a year, "biennial" every two years) */
	{"twice a year", NULL, "every 6 months"},
	{"every six months", NULL, "every 6 months"},
	{"half-yearly", NULL, "every 6 months"},
	{"semi-annually", NULL, "every 6 months"},
	{"Biannually", NULL, "every 6 months"},
	{"once per Presidency", NULL, "every 6 months"},
	{"halfjaarlijks", NULL, "every 6 months"},
	{"tweemaal per jaar", NULL, "every 6 months"},
	{"twee keer per jaar", NULL, "every 6 months"},
	{"om de zes maanden", NULL, "every 6 months"},
	{"elk half jaar", NULL, "every 6 months"},
	{"semestriellement", NULL, "every 6 months"},
	{"semestriel", NULL, "every 6 months"},
	{"deux fois par an", NULL, "every 6 months"},
	{"tous les six mois", NULL, "every 6 months"},
	{"halbjährlich", NULL, "every 6 months"},
	{"zweimal jährlich", NULL, "every 6 months"},
	{"zweimal im Jahr", NULL, "every 6 months"},
	{"alle sechs Monate", NULL, "every 6 months"},
	{"semestralmente", NULL, "every 6 months"},
	{"semestral", NULL, "every 6 months"},
	{"dos veces al año", NULL, "every 6 months"},
	{"cada seis meses", NULL, "every 6 months"},
	{"semestrale", NULL, "every 6 months"},
	{"due volte l'anno", NULL, "every 6 months"},
	{"ogni sei mesi", NULL, "every 6 months"},
	/* quarterly */
	{"quarterly", NULL, "every 3 months"},
	{"every three months", NULL, "every 3 months"},
	{"four times a year", NULL, "every 3 months"},
	{"every quarter", NULL, "every 3 months"},
	{"driemaandelijks", NULL, "every 3 months"},
	{"viermaal per jaar", NULL, "every 3 months"},
	{"elk kwartaal", NULL, "every 3 months"},
	{"per kwartaal", NULL, "every 3 months"},
	{"trimestriel", NULL, "every 3 months"},
	{"chaque trimestre", NULL, "every 3 months"},
	{"tous les trois mois", NULL, "every 3 months"},
	{"vierteljährlich", NULL, "every 3 months"},
	{"quartalsweise", NULL, "every 3 months"},
	{"alle drei Monate", NULL, "every 3 months"},
	{"zweimal pro Halbjahr", NULL, "every 3 months"},
	{"trimestral", NULL, "every 3 months"},
	{"cada tres meses", NULL, "every 3 months"},
	{"cada trimestre", NULL, "every 3 months"},
	{"trimestrale", NULL, "every 3 months"},
	{"ogni tre mesi", NULL, "every 3 months"},
	{"ogni trimestre", NULL, "every 3 months"},
	/* months, weeks, days */
	{"monthly", NULL, "monthly"},
	{"every month", NULL, "monthly"},
	{"every two months", NULL, "every 2 months"},
	{"weekly", NULL, "weekly"},
	{"fortnightly", NULL, "every 2 weeks"},
	{"every 14 days", NULL, "every 2 weeks"},
	{"daily", NULL, "daily"},
	{"every day", NULL, "daily"},
	{"maandelijks", NULL, "monthly"},
	{"elke maand", NULL, "monthly"},
	{"wekelijks", NULL, "weekly"},
	{"tweewekelijks", NULL, "every 2 weeks"},
	{"om de twee weken", NULL, "every 2 weeks"},
	{"dagelijks", NULL, "daily"},
	{"mensuellement", NULL, "monthly"},
	{"chaque mois", NULL, "monthly"},
	{"chaque semaine", NULL, "weekly"},
	{"quotidiennement", NULL, "daily"},
	{"tous les jours", NULL, "daily"},
	{"monatlich", NULL, "monthly"},
	{"jeden Monat", NULL, "monthly"},
	{"wöchentlich", NULL, "weekly"},
	{"jede Woche", NULL, "weekly"},
	{"täglich", NULL, "daily"},
	{"mensualmente", NULL, "monthly"},
	{"cada mes", NULL, "monthly"},
	{"semanalmente", NULL, "weekly"},
	{"diariamente", NULL, "daily"},
	{"todos los días", NULL, "daily"},
	{"mensilmente", NULL, "monthly"},
	{"ogni mese", NULL, "monthly"},
	{"settimanalmente", NULL, "weekly"},
	{"ogni settimana", NULL, "weekly"},
	{"quotidianamente", NULL, "daily"},
	{"ogni giorno", NULL, "daily"},
	/* every N years */
	{"biennial", NULL, "every 2 years"},
	{"every two years", NULL, "every 2 years"},
	{"every other year", NULL, "every 2 years"},
	{"every second year", NULL, "every 2 years"},
	{"every 5 years", NULL, "every 5 years"},
	{"tweejaarlijks", NULL, "every 2 years"},
	{"om de twee jaar", NULL, "every 2 years"},
	{"elke vijf jaar", NULL, "every 5 years"},
	{"tous les deux ans", NULL, "every 2 years"},
	{"biennal", NULL, "every 2 years"},
	{"tous les cinq ans", NULL, "every 5 years"},
	{"zweijährlich", NULL, "every 2 years"},
	{"alle zwei Jahre", NULL, "every 2 years"},
	{"jedes zweite Jahr", NULL, "every 2 years"},
	{"alle fünf Jahre", NULL, "every 5 years"},
	{"cada dos años", NULL, "every 2 years"},
	{"bienal", NULL, "every 2 years"},
	{"cada cinco años", NULL, "every 5 years"},
	{"ogni due anni", NULL, "every 2 years"},
	{"biennale", NULL, "every 2 years"},
	{"ogni 5 anni", NULL, "every 5 years"},
	/* anchors, after the cycle or before it */
	{"each year by 31 March", NULL, "each year by 31 March"},
	{"every year by the end of March", NULL, "each year by March"},
	{"annually in June", NULL, "each year in June"},
	{"annually on 1 July", NULL, "each year on 1 July"},
	{"every year by March 31", NULL, "each year by 31 March"},
	{"by 31 March each year", NULL, "each year by 31 March"},
	{"by 31 March of each year", NULL, "each year by 31 March"},
	{"every two years by 30 June", NULL, "every 2 years by 30 June"},
	{"jaarlijks uiterlijk op 31 maart", NULL, "each year by 31 March"},
	{"elk jaar in juni", NULL, "each year in June"},
	{"uiterlijk 31 maart van elk jaar", NULL, "each year by 31 March"},
	{"jaarlijks tegen eind maart", NULL, "each year by March"},
	{"chaque année au plus tard le 31 mars", NULL, "each year by 31 March"},
	{"au plus tard le 31 mars de chaque année", NULL, "each year by 31 March"},
	{"tous les ans en juin", NULL, "each year in June"},
	{"le 31 mars de chaque année", NULL, "each year on 31 March"},
	{"d'ici la fin mars de chaque année", NULL, "each year by March"},
	{"jedes Jahr bis zum 31. März", NULL, "each year by 31 March"},
	{"jährlich im Juni", NULL, "each year in June"},
	{"bis zum 31. März jedes Jahres", NULL, "each year by 31 March"},
	{"jährlich bis Ende März", NULL, "each year by March"},
	{"am 18. März jedes Jahres", NULL, "each year on 18 March"},
	{"cada año a más tardar el 31 de marzo", NULL, "each year by 31 March"},
	{"anualmente en junio", NULL, "each year in June"},
	{"el 31 de marzo de cada año", NULL, "each year on 31 March"},
	{"a más tardar el 31 de marzo de cada año", NULL, "each year by 31 March"},
	{"ogni anno entro il 31 marzo", NULL, "each year by 31 March"},
	{"annualmente a giugno", NULL, "each year in June"},
	{"entro il 31 marzo di ogni anno", NULL, "each year by 31 March"},
	{"il 18 marzo di ciascun anno", NULL, "each year on 18 March"},
	{"ogni anno entro la fine di marzo", NULL, "each year by March"},
	/* starts */
	{"annually from 2019", NULL, "annually from 2019"},
	{"every six months starting in 2019", NULL, "every 6 months from 2019"},
	{"each year by 31 March, starting in 2020", NULL, "each year by 31 March from 2020"},
	{"every 3 months from Q3 2019", NULL, "every 3 months from Q3 2019"},
	{"annually from May", "2018-03-01", "annually from May 2018"},
	{"jaarlijks vanaf 2019", NULL, "annually from 2019"},
	{"elk half jaar vanaf juli 2019", NULL, "every 6 months from July 2019"},
	{"chaque année à partir de 2019", NULL, "annually from 2019"},
	{"tous les six mois à compter de juillet 2019", NULL, "every 6 months from July 2019"},
	{"jährlich ab 2019", NULL, "annually from 2019"},
	{"alle sechs Monate ab Juli 2019", NULL, "every 6 months from July 2019"},
	{"anualmente a partir de 2019", NULL, "annually from 2019"},
	{"cada seis meses desde julio de 2019", NULL, "every 6 months from July 2019"},
	{"ogni anno a partire dal 2019", NULL, "annually from 2019"},
	{"ogni sei mesi dal luglio 2019", NULL, "every 6 months from July 2019"},
};

static void
test_kinds(void)
{
	char		buf[DL_TEXT_MAX];

	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
	{
		deadline_t	v = 0,
					back = 0;
		const char *hint;
		int			y,
					m,
					d;
		int32_t		ref = DL_NO_DAY;
		dl_status	st;

		if (kinds[i].ref && sscanf(kinds[i].ref, "%d-%d-%d", &y, &m, &d) == 3)
			ref = dl_days_from_civil(y, m, d);
		st = deadline_parse_text(kinds[i].input, strlen(kinds[i].input), ref, &v, &hint);
		buf[0] = '\0';
		if (st == DL_OK)
			deadline_format(v, buf);
		CHECK(st == DL_OK && strcmp(buf, kinds[i].canonical) == 0,
			  "'%s' read as '%s' (status %d), want '%s'", kinds[i].input, buf, (int) st,
			  kinds[i].canonical);
		if (st != DL_OK)
			continue;
		CHECK(deadline_parse_text(buf, strlen(buf), DL_NO_DAY, &back, &hint) == DL_OK && back == v,
			  "'%s' does not read back as itself", buf);
		CHECK(deadline_is_valid(v), "'%s' decodes invalid", kinds[i].input);
		/* the fast path, where it answers, answers the same */
		CHECK(!deadline_parse_fast(kinds[i].input, strlen(kinds[i].input), &back) || back == v,
			  "'%s': the fast path disagrees", kinds[i].input);
	}
}

void
test_deadline_phrases(void)
{
	char		buf[DL_TEXT_MAX];

	for (size_t i = 0; i < sizeof(whole) / sizeof(whole[0]); i++)
	{
		deadline_t	v;
		const char *hint;
		dl_status	st = deadline_parse_text(whole[i][0], strlen(whole[i][0]), DL_NO_DAY, &v, &hint);

		buf[0] = '\0';
		if (st == DL_OK)
			deadline_format(v, buf);
		CHECK(st == DL_OK && strcmp(buf, whole[i][1]) == 0, "'%s' read as '%s' (status %d), want '%s'",
			  whole[i][0], buf, (int) st, whole[i][1]);
	}
	for (size_t i = 0; i < sizeof(found) / sizeof(found[0]); i++)
	{
		deadline_t	v;
		const char *hint;
		size_t		start,
					len;
		dl_status	st = deadline_parse_phrase(found[i][0], strlen(found[i][0]), DL_NO_DAY, &v,
											   &hint, &start, &len);

		buf[0] = '\0';
		if (st == DL_OK)
			deadline_format(v, buf);
		CHECK(st == DL_OK && strcmp(buf, found[i][1]) == 0 &&
			  len == strlen(found[i][2]) && strncmp(found[i][0] + start, found[i][2], len) == 0,
			  "'%s' read as '%s' from '%.*s', want '%s' from '%s'", found[i][0], buf, (int) len,
			  found[i][0] + start, found[i][1], found[i][2]);
	}
	for (size_t i = 0; i < sizeof(found_ref) / sizeof(found_ref[0]); i++)
	{
		deadline_t	v;
		const char *hint;
		size_t		start,
					len;
		int			y,
					m,
					d;
		dl_status	st;

		sscanf(found_ref[i][1], "%d-%d-%d", &y, &m, &d);
		st = deadline_parse_phrase(found_ref[i][0], strlen(found_ref[i][0]),
								   dl_days_from_civil(y, m, d), &v, &hint, &start, &len);
		buf[0] = '\0';
		if (st == DL_OK)
			deadline_format(v, buf);
		CHECK(st == DL_OK && strcmp(buf, found_ref[i][2]) == 0,
			  "'%s' (ref %s) read as '%s', want '%s'", found_ref[i][0], found_ref[i][1], buf,
			  found_ref[i][2]);
	}
	test_families();
	test_kinds();
}

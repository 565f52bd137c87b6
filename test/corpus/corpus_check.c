/*
 * corpus_check.c: test/corpus/deadlines.tsv through deadline_parse's
 * reading of a phrase (deadline_parse_phrase: the whole phrase, or the one
 * time expression in it), compared with the expected mode and period.
 *
 *   corpus_check deadlines.tsv floor.tsv [misses.tsv]
 *
 * Prints the share read right per language and fails when a language falls
 * below its floor in floor.tsv (the shares reached so far: a regression
 * gate on the way to the goal of 95 %).  Rows whose meaning is no value
 * (none) or that the text alone cannot resolve are left out of the share:
 * they are counted apart.  An asap row is right when the reader says asap;
 * a recurring row when it says recurring, and, where the row keeps dates
 * (a recurrence within a span), when the value has that start and end too,
 * which no recurring value has (it keeps a start, never an end).  Every
 * miss goes to misses.tsv.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deadline_core.h"

#define MAX_LANGS 16

typedef struct
{
	char		lang[8];
	int			total,
				right,
				skipped;
	double		floor;
} lang_count;

static lang_count langs[MAX_LANGS];
static int	nlangs;

static lang_count *
lang_of(const char *code)
{
	for (int i = 0; i < nlangs; i++)
		if (strcmp(langs[i].lang, code) == 0)
			return &langs[i];
	if (nlangs == MAX_LANGS || strlen(code) >= sizeof(langs[0].lang))
		return NULL;
	strcpy(langs[nlangs].lang, code);
	langs[nlangs].floor = -1;
	return &langs[nlangs++];
}

static int32_t
iso_day(const char *s)
{
	int			y,
				m,
				d;

	if (sscanf(s, "%d-%d-%d", &y, &m, &d) != 3)
		return DL_NO_DAY;
	return dl_days_from_civil(y, m, d);
}

/* splits a line at tabs in place; returns the number of fields */
static int
split(char *line, char **col, int max)
{
	int			n = 0;

	line[strcspn(line, "\r\n")] = '\0';
	while (n < max)
	{
		char	   *tab = strchr(line, '\t');

		col[n++] = line;
		if (!tab)
			break;
		*tab = '\0';
		line = tab + 1;
	}
	return n;
}

static bool
read_right(char **col, char *got, size_t gotsize)
{
	const char *mode = col[3];
	int32_t		ref = col[2][0] ? iso_day(col[2]) : DL_NO_DAY;
	deadline_t	v;
	const char *hint;
	size_t		start,
				len;
	int32_t		lo,
				hi;
	bool		bounded;
	const char *m;

	snprintf(got, gotsize, "-");
	if (deadline_parse_phrase(col[1], strlen(col[1]), ref, &v, &hint, &start, &len) != DL_OK)
		return false;
	{
		char		buf[DL_TEXT_MAX];

		deadline_format(v, buf);
		snprintf(got, gotsize, "%s [%.*s]", buf, (int) len, col[1] + start);
	}
	bounded = deadline_bounds(v, &lo, &hi);
	m = deadline_mode_name(deadline_mode_of(v));
	if (m == NULL)
		return false;
	if (strcmp(mode, "ongoing") == 0 || strcmp(mode, "asap") == 0)
		return strcmp(m, mode) == 0;
	if (strcmp(mode, "recurring") == 0)
		return strcmp(m, mode) == 0 && !col[5][0] && !col[6][0];
	if (strcmp(m, mode) != 0 || deadline_continuing_of(v) != (col[4][0] == 't'))
		return false;
	if (strcmp(mode, "from") == 0)
		return lo == iso_day(col[5]);
	return bounded && lo == iso_day(col[5]) && hi == iso_day(col[6]) + 1;
}

int
main(int argc, char **argv)
{
	FILE	   *in,
			   *fl,
			   *misses = NULL;
	char		line[8192];
	int			failed = 0;

	if (argc < 3 || (in = fopen(argv[1], "r")) == NULL || (fl = fopen(argv[2], "r")) == NULL)
	{
		fprintf(stderr, "usage: corpus_check deadlines.tsv floor.tsv [misses.tsv]\n");
		return 2;
	}
	if (argc > 3)
		misses = fopen(argv[3], "w");
	while (fgets(line, sizeof(line), fl))
	{
		char	   *col[2];
		lang_count *l;

		if (line[0] == '#' || split(line, col, 2) < 2 || (l = lang_of(col[0])) == NULL)
			continue;
		l->floor = atof(col[1]);
	}
	fclose(fl);
	if (!fgets(line, sizeof(line), in))	/* header */
		return 2;
	while (fgets(line, sizeof(line), in))
	{
		char	   *col[9];
		char		got[DL_TEXT_MAX + 200];
		lang_count *l;

		if (split(line, col, 9) < 7 || (l = lang_of(col[0])) == NULL)
			continue;
		if (strcmp(col[3], "none") == 0 ||
			(!col[5][0] && strcmp(col[3], "ongoing") != 0 && strcmp(col[3], "asap") != 0 &&
			 strcmp(col[3], "recurring") != 0))
		{
			l->skipped++;
			continue;
		}
		l->total++;
		if (read_right(col, got, sizeof(got)))
			l->right++;
		else if (misses)
			fprintf(misses, "%s\t%s\t%s\t%s\t%s..%s\t%s\n", col[0], col[1], col[2], got, col[5],
					col[6], col[3]);
	}
	fclose(in);
	if (misses)
		fclose(misses);
	for (int i = 0; i < nlangs; i++)
	{
		double		share = langs[i].total ? 100.0 * langs[i].right / langs[i].total : 0;
		bool		ok = share >= langs[i].floor;

		if (langs[i].total == 0 && langs[i].floor < 0)
			continue;
		printf("%s corpus %s: %d of %d right (%.1f %%, floor %.1f %%), %d no value or unresolvable\n",
			   ok ? "ok  " : "FAIL", langs[i].lang, langs[i].right, langs[i].total, share,
			   langs[i].floor, langs[i].skipped);
		failed += !ok;
	}
	printf("corpus: %d passed, %d failed\n", nlangs - failed, failed);
	return failed ? 1 : 0;
}

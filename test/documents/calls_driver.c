/*
 * calls_driver.c: what addressees() would return for each sentence of
 * test/documents/real/calls.tsv, without a server: the calls grammar
 * (src/calls) and the actor matcher (src/actors) of this tree, with the
 * actor vocabulary read from a dump of an installed database (alias TAB
 * actor name, in read_actors()'s order: longest first).  Emulates
 *     SELECT DISTINCT actor FROM calls_in(s), actors_in(addressees)
 *     WHERE addressees <> '' AND actor IS NOT NULL
 * Prints one line per sentence: the actors found, ';'-separated, in order
 * of first appearance.  Used by test/documents/calls_share.sh.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calls/calls.h"
#include "actors/actors.h"

static void *
heap_alloc(void *ctx, size_t n)
{
	(void) ctx;
	return malloc(n ? n : 1);	/* leaked: a one-shot tool */
}

static char *
read_line(FILE *f)
{
	size_t		cap = 256,
				len = 0;
	char	   *s = malloc(cap);
	int			c;

	while ((c = fgetc(f)) != EOF && c != '\n')
	{
		if (len + 1 >= cap)
			s = realloc(s, cap *= 2);
		s[len++] = (char) c;
	}
	if (c == EOF && len == 0)
	{
		free(s);
		return NULL;
	}
	s[len] = '\0';
	return s;
}

int
main(int argc, char **argv)
{
	FILE	   *fa,
			   *fs;
	actors_alias *aliases = NULL;
	char	  **names = NULL;
	size_t		n = 0,
				cap = 0;
	actors_matcher *m;
	char	   *line;

	if (argc != 3 || !(fa = fopen(argv[1], "r")) || !(fs = fopen(argv[2], "r")))
	{
		fprintf(stderr, "usage: calls_driver aliases.tsv calls.tsv\n");
		return 2;
	}
	while ((line = read_line(fa)) != NULL)
	{
		char	   *tab = strchr(line, '\t');

		if (!tab)
			continue;
		*tab = '\0';
		if (n == cap)
		{
			cap = cap ? cap * 2 : 256;
			aliases = realloc(aliases, cap * sizeof *aliases);
			names = realloc(names, cap * sizeof *names);
		}
		aliases[n].text = line;
		aliases[n].len = strlen(line);
		aliases[n].actor = (int) n;
		names[n] = tab + 1;
		n++;
	}
	m = actors_build(aliases, n, heap_alloc, NULL);
	if (!m)
		return 2;
	free(read_line(fs));		/* header */
	while ((line = read_line(fs)) != NULL)
	{
		char	   *sentence = strchr(line, '\t');
		char	   *end;
		call_found	found[64];
		size_t		nf,
					k;
		const char *seen[64];
		size_t		nseen = 0;

		if (!sentence)
			continue;
		sentence++;
		end = strchr(sentence, '\t');
		if (end)
			*end = '\0';
		nf = calls_find(sentence, strlen(sentence), found, 64);
		for (k = 0; k < nf && k < 64; k++)
		{
			char		who[400];
			size_t		wl;
			actors_result r;
			size_t		h;

			if (!(found[k].flags & CALL_VERB))
				continue;
			wl = calls_who_text(sentence, &found[k], who, sizeof who);
			if (wl == 0 || actors_find(m, who, wl, heap_alloc, NULL, &r) != 0)
				continue;
			for (h = 0; h < r.nhits; h++)
			{
				size_t		s;

				if (r.hits[h].actor < 0)
					continue;
				for (s = 0; s < nseen; s++)
					if (strcmp(seen[s], names[r.hits[h].actor]) == 0)
						break;
				if (s == nseen && nseen < 64)
					seen[nseen++] = names[r.hits[h].actor];
			}
		}
		for (k = 0; k < nseen; k++)
			printf("%s%s", k ? ";" : "", seen[k]);
		printf("\n");
		free(line);
	}
	return 0;
}

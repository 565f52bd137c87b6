/*
 * test_actors.c: the actor matcher (src/actors), by the rules of the
 * plpgsql actors_in it replaced (the regression tests and a comparison of
 * both on hostile and corpus text check the two agree).
 */
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "actors/actors.h"

/* an arena: every block on a list, freed at once */
typedef struct block
{
	struct block *next;
	union
	{
		long double ld;
		void	   *p;
		long long	ll;
	}			data[];
} block;

static void *
arena_alloc(void *ctx, size_t n)
{
	block	  **head = ctx;
	block	   *b = malloc(sizeof(block) + n);

	if (b == NULL)
		return NULL;
	b->next = *head;
	*head = b;
	return b->data;
}

static void
arena_free(block **head)
{
	while (*head)
	{
		block	   *b = *head;

		*head = b->next;
		free(b);
	}
}

static const char *const names[] = {
	"European Commission", "ENISA", "Europol", "EEAS", "EUIBAs", "Council", "CoE",
	"Member States", "EU"
};

/* alias=actor pairs, in the order SQL gives them */
static const actors_alias vocabulary[] = {
	{"EU Institutions, bodies and Agencies", 36, 4},
	{"Council of Europe", 17, 6},
	{"États membres", 14, 7},
	{"Commission", 10, 0},
	{"EU Council", 10, 5},
	{"Europol", 7, 2},
	{"Council", 7, 5},
	{"ENISA", 5, 1},
	{"EEAS", 4, 3},
	{"EU", 2, 8},
};

static const char *const quals[] = {"", "support", "including", "unknown"};

static void
expect(const char *cell, const char *want)
{
	block	   *arena = NULL;
	actors_matcher *m = actors_build(vocabulary, sizeof vocabulary / sizeof vocabulary[0],
									 arena_alloc, &arena);
	actors_result r;
	char		got[1024] = "";

	CHECK(m != NULL, "build");
	if (m == NULL || actors_find(m, cell, strlen(cell), arena_alloc, &arena, &r) != 0)
	{
		CHECK(0, "find \"%s\" failed", cell);
		arena_free(&arena);
		return;
	}
	for (size_t k = 0; k < r.nhits; k++)
	{
		const actors_hit *h = &r.hits[k];
		size_t		l = strlen(got);

		snprintf(got + l, sizeof got - l, "%s%s|%s|%.*s|%zu", k ? "; " : "",
				 h->actor >= 0 ? names[h->actor] : "", quals[h->qualifier],
				 (int) h->len, r.text + h->start, h->pos);
	}
	CHECK(strcmp(got, want) == 0, "actors in \"%s\":\n  got  %s\n  want %s", cell, got, want);
	arena_free(&arena);
}

void
test_actors(void)
{
	/* text order; qualifiers from the words before; and keeps the previous one */
	expect("Commission, ENISA and Europol supported by EEAS",
		   "European Commission||Commission|1; ENISA||ENISA|13; Europol||Europol|23; EEAS|support|EEAS|44");
	expect("Commission including ENISA and EEAS",
		   "European Commission||Commission|1; ENISA|including|ENISA|22; EEAS|including|EEAS|32");
	/* (assisted and aided are no connector words: reported as unknown names) */
	expect("Council assisted by ENISA",
		   "Council||Council|1; ENISA|support|ENISA|21; |unknown|assisted|9");
	expect("ENISA (aided by Europol)",
		   "ENISA||ENISA|1; Europol|support|Europol|17; |unknown|aided|8");
	/* the longest alias wins: one actor, not three */
	expect("EU Institutions, bodies and Agencies", "EUIBAs||EU Institutions, bodies and Agencies|1");
	/* longer first anywhere: "Council of Europe" beats "EU Council" that starts earlier */
	expect("EU Council of Europe", "EU||EU|1; CoE||Council of Europe|4");
	expect("EEAS Council of Europe", "EEAS||EEAS|1; CoE||Council of Europe|6");
	expect("Xy Council of Europe", "CoE||Council of Europe|4; |unknown|Xy|1");
	/* any case, Latin-1 letters too; whole words only */
	expect("ÉTATS MEMBRES et la COMMISSION",
		   "Member States||ÉTATS MEMBRES|1; European Commission||COMMISSION|21");
	expect("ECommission and Commission's", "European Commission||Commission|17; |unknown|ECommission|1");
	/* white space normalised; positions are characters */
	expect("  Été \t\n Commission  and   ENISA ",
		   "European Commission||Commission|5; ENISA||ENISA|20; |unknown|Été|1");
	/* unknown names: reported at the first place their text occurs */
	expect("Commission, mission", "European Commission||Commission|1; |unknown|mission|4");
	expect("Foo, foo and Bar", "|unknown|Foo|1; |unknown|Foo|1; |unknown|Bar|14");
	/* connectors are whole words; _ is a word character; one letter is no name */
	expect("foo_and x, and/or y", "|unknown|foo_and x|1");
	expect("the Commission together with l'EEAS",
		   "European Commission||Commission|5; EEAS||EEAS|32");
	expect("", "");
	expect("   ", "");
	expect("EU-EU", "EU||EU|1; EU||EU|4");
	/*
	 * an alias in capitals names its actor only as written (French "eu",
	 * "un" are words), or from four letters on with only its initial
	 * capital ("Enisa", as the EU style guide writes acronyms read as words)
	 */
	expect("il y a eu la Commission", "European Commission||Commission|14; |unknown|il y a eu|1");
	expect("Eu and EU", "EU||EU|8; |unknown|Eu|1");
	/* (the unknown "enisa" at the first place its lower case occurs: the original's quirk) */
	expect("Enisa, enisa and ENISA", "ENISA||Enisa|1; ENISA||ENISA|18; |unknown|Enisa|1");
	expect("eEAS", "|unknown|eEAS|1");
}

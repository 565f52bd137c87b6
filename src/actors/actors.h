/*
 * actors.h: finds the actors named in a table cell (the engine of SQL
 * actors_in).  Pure C99, no PostgreSQL headers; memory comes from an
 * allocator that never frees (palloc in the server, an arena in the tests),
 * so the caller frees the lot at once.
 *
 * The results are those of the original plpgsql actors_in, exactly:
 *  - the text is whitespace-normalised (runs of white space become one
 *    space, none at either end); positions are 1-based characters of it;
 *  - aliases are taken longest first (ties in the order given), each claims
 *    its whole-word (no letter or digit either side, or a claimed character)
 *    case-insensitive occurrences that no earlier alias claimed; except
 *    that an alias in capitals ("UN", "EU", "COPS") claims only occurrences
 *    as written, or from four letters on also with only the initial capital
 *    ("Enisa"), so that French "un", "eu" or English "cops" name nobody
 *    (a departure from the original plpgsql);
 *  - actors come back in text order, qualified by the words before them
 *    (support / including / the previous qualifier after and, or, &);
 *  - then every leftover piece (split on claims, , ; / ( ) and connector
 *    words) with two letters in a row, as an unknown name, at the FIRST
 *    place its lower-case text occurs in the text (a quirk of the original's
 *    position(piece IN lower(work)), kept).
 * Case folding and the letter/space classes are glibc's C.UTF-8 (tables in
 * unicode_tables.h), the locale the tests' databases use; on a database of
 * another locale lower() and [[:alpha:]] may differ for letters outside
 * ASCII.  Aliases holding U+0001 (the original's blank character) are
 * ignored.
 *
 * Time: building is linear in the aliases' length; finding is linear in the
 * text times the depth a trie walk reaches (the longest alias prefix found
 * at a place), plus O(n) per distinct length of unknown names.
 */
#ifndef ACTORS_H
#define ACTORS_H

#include <stddef.h>

typedef void *(*actors_alloc_fn) (void *ctx, size_t n);

typedef struct actors_alias
{
	const char *text;			/* UTF-8, not NUL-terminated */
	size_t		len;			/* bytes */
	int			actor;			/* caller's index of the actor it names */
} actors_alias;

typedef struct actors_matcher actors_matcher;

#define ACTORS_Q_NONE		0
#define ACTORS_Q_SUPPORT	1
#define ACTORS_Q_INCLUDING	2
#define ACTORS_Q_UNKNOWN	3

typedef struct actors_hit
{
	int			actor;			/* index from the alias list; -1 for an unknown name */
	int			qualifier;		/* ACTORS_Q_* */
	size_t		start;			/* bytes into the normalised text */
	size_t		len;
	size_t		pos;			/* 1-based character position */
} actors_hit;

typedef struct actors_result
{
	char	   *text;			/* the normalised text (NUL-terminated) */
	size_t		text_len;
	actors_hit *hits;			/* actors in text order, then unknown names */
	size_t		nhits;
} actors_result;

/*
 * A matcher for the aliases, in priority order among equal lengths (the
 * matcher itself puts longer ones first).  NULL when out of memory.
 */
extern actors_matcher *actors_build(const actors_alias *aliases, size_t n,
									actors_alloc_fn alloc, void *ctx);

/* 0 on success, -1 when out of memory. */
extern int	actors_find(const actors_matcher *m, const char *cell, size_t len,
						actors_alloc_fn alloc, void *ctx, actors_result *out);

#endif

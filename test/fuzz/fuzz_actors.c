/*
 * Fuzzes the actor matcher (src/actors) on arbitrary bytes: the lines
 * before the first empty line are aliases (each names actor = its line
 * number), the rest is the cell.  Every hit lies inside the normalised
 * text, at the character position it claims; actors come first, in text
 * order, without overlap, each naming a known actor; unknown names have two
 * letters at least; the text has no white space at either end nor two
 * spaces in a row; the same input gives the same hits.
 */
#include <string.h>

#include "actors/actors.h"
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

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

static size_t
chars(const char *s, size_t n)
{
	size_t		c = 0;

	for (size_t i = 0; i < n; i++)
		c += ((unsigned char) s[i] & 0xC0) != 0x80;
	return c;
}

/* is s[0..n) valid UTF-8?  (positions count characters only in valid text) */
static int
valid_utf8(const unsigned char *s, size_t n)
{
	size_t		i = 0;

	while (i < n)
	{
		unsigned	c = s[i],
					w,
					cp;

		if (c < 0x80)
		{
			i++;
			continue;
		}
		w = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
		if (w == 0 || c > 0xF4 || i + w > n)
			return 0;
		cp = c & (0x3F >> (w - 1));
		for (unsigned k = 1; k < w; k++)
		{
			if ((s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((w == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
			(w == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
			return 0;
		i += w;
	}
	return 1;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	/* an exact-size heap copy, so ASan sees a read one past the end */
	char	   *in = malloc(size ? size : 1);
	actors_alias aliases[64];
	size_t		na = 0,
				i = 0,
				cell;
	block	   *arena = NULL;
	actors_matcher *m;
	actors_result r,
				again;

	memcpy(in, data, size);
	while (i < size && na < 64)
	{
		size_t		e = i;

		while (e < size && in[e] != '\n')
			e++;
		if (e == i)
		{
			i = e + 1;
			break;
		}
		aliases[na].text = in + i;
		aliases[na].len = e - i;
		aliases[na].actor = (int) na;
		na++;
		i = e + 1;
	}
	cell = i < size ? i : size;
	m = actors_build(aliases, na, arena_alloc, &arena);
	PROPERTY(m != NULL, "build failed");
	PROPERTY(actors_find(m, in + cell, size - cell, arena_alloc, &arena, &r) == 0, "find failed");
	PROPERTY(actors_find(m, in + cell, size - cell, arena_alloc, &arena, &again) == 0, "find failed");
	PROPERTY(r.nhits == again.nhits && r.text_len == again.text_len &&
			 memcmp(r.hits, again.hits, sizeof(actors_hit) * r.nhits) == 0, "not deterministic");
	PROPERTY(r.text_len <= size - cell && strlen(r.text) <= r.text_len, "text longer than the cell");
	if (r.text_len > 0)
		PROPERTY(r.text[0] != ' ' && r.text[r.text_len - 1] != ' ', "text not trimmed");
	PROPERTY(r.text_len < 2 || strstr(r.text, "  ") == NULL || strlen(r.text) < r.text_len,
			 "two spaces in a row");
	{
		size_t		end = 0;
		int			unknown = 0;

		for (size_t k = 0; k < r.nhits; k++)
		{
			const actors_hit *h = &r.hits[k];

			PROPERTY(h->len > 0 && h->start + h->len <= r.text_len, "hit outside the text");
			if (valid_utf8((const unsigned char *) r.text, r.text_len))
				PROPERTY(h->pos == chars(r.text, h->start) + 1, "position is not the character");
			if (h->actor >= 0)
			{
				PROPERTY(!unknown, "an actor after an unknown name");
				PROPERTY((size_t) h->actor < na, "actor out of range");
				PROPERTY(h->qualifier != ACTORS_Q_UNKNOWN, "actor qualified unknown");
				PROPERTY(h->start >= end, "actors overlap or out of order");
				end = h->start + h->len;
			}
			else
			{
				unknown = 1;
				PROPERTY(h->qualifier == ACTORS_Q_UNKNOWN && chars(r.text + h->start, h->len) >= 2,
						 "unknown name too short");
			}
		}
	}
	arena_free(&arena);
	free(in);
	return 0;
}

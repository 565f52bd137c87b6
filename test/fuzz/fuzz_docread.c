/*
 * Fuzzes the document reader (src/docread/): whatever the bytes, it returns
 * without error, its items come in line order with lines that exist, every
 * text is NUL-terminated valid UTF-8 of the stated length, the numbers stay
 * in range, and it allocates O(input) memory.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "docread/docread.h"
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
	}			pad[1];
} block;

typedef struct
{
	block	   *head;
	size_t		bytes;
} arena;

static void *
arena_alloc(void *ctx, size_t n)
{
	arena	   *a = ctx;
	block	   *b = malloc(sizeof(block) + n);

	if (b == NULL)
		return NULL;
	b->next = a->head;
	a->head = b;
	a->bytes += n;
	return b->pad;
}

static bool
valid_utf8(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n;)
	{
		unsigned char c = s[i];
		size_t		k = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 :
			(c >= 0xF0 && c <= 0xF4) ? 4 : 0;

		if (k == 0 || i + k > n)
			return false;
		for (size_t j = 1; j < k; j++)
			if ((s[i + j] & 0xC0) != 0x80)
				return false;
		i += k;
	}
	return true;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	arena		a = {NULL, 0};
	dr_doc		d;
	int			rc;
	int			lines = 1,
				last = 0;

	for (size_t i = 0; i < size; i++)
		lines += data[i] == '\n' || data[i] == '\r' || data[i] == '\f';
	rc = dr_read((const char *) data, size, arena_alloc, &a, &d);
	PROPERTY(rc == 0, "dr_read failed: %s", dr_strerror(rc));
	PROPERTY(a.bytes <= 1024 * size + 512 * 1024, "%zu bytes for %zu of input", a.bytes, size);
	PROPERTY(d.layout >= 0 && d.layout <= DR_LAYOUT_OCR, "layout %d", d.layout);
	for (int i = 0; i < d.nitems; i++)
	{
		const dr_item *it = &d.items[i];

		PROPERTY(it->kind >= DR_META && it->kind <= DR_SKIPPED, "kind %d", (int) it->kind);
		PROPERTY(it->line >= 1 && it->line <= lines && it->line >= last, "item %d line %d after %d of %d", i,
				 it->line, last, lines);
		last = it->line;
		PROPERTY(it->text != NULL && strlen(it->text) == it->len, "item %d text length", i);
		PROPERTY(it->len <= 3 * size, "item %d text longer than thrice the input", i);
		PROPERTY(valid_utf8((const unsigned char *) it->text, it->len), "item %d text not UTF-8", i);
		PROPERTY(it->number >= 0 && it->number < 1000 && it->item >= 0 && it->sub >= 0 && it->recital >= 0,
				 "item %d numbers", i);
		PROPERTY(it->nmarkers >= 0 && (it->nmarkers == 0 || it->markers != NULL), "item %d markers", i);
		for (int m = 0; m < it->nmarkers; m++)
			PROPERTY(it->markers[m] > 0 && it->markers[m] < 1000, "item %d marker %d", i, it->markers[m]);
		PROPERTY(it->kind != DR_META || it->field != NULL, "meta without field");
		PROPERTY(it->kind != DR_CHAPTER || it->chapter_title != NULL, "chapter without title");
		PROPERTY(it->kind != DR_FOOTNOTE || (it->footnote >= 0 && it->footnote < 1000), "footnote %d", it->footnote);
		if (it->label)
			PROPERTY(strlen(it->label) < 64, "label");
	}
	while (a.head)
	{
		block	   *b = a.head;

		a.head = b->next;
		free(b);
	}
	return 0;
}

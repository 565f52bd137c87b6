/*
 * docread_summary.c: prints what the document reader makes of a text, one
 * line per kind, so that two converters' outputs can be compared at a
 * glance (diff the summaries).  Not part of the extension or of make test.
 *
 *   make docread-summary
 *   test/documents/docread_summary FILE...        (or - for stdin)
 *   test/documents/docread_summary -v FILE        (also every item)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "docread/docread.h"

/* an arena: nothing is freed before the process ends */
static void *
alloc_fn(void *ctx, size_t n)
{
	(void) ctx;
	return malloc(n);
}

static char *
slurp(const char *path, size_t *len)
{
	FILE	   *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	char	   *buf = NULL;
	size_t		cap = 0,
				n = 0,
				k;

	if (!f)
		return NULL;
	do
	{
		if (n + 65536 > cap)
		{
			cap = (n + 65536) * 2;
			buf = realloc(buf, cap);
		}
		k = fread(buf + n, 1, cap - n, f);
		n += k;
	} while (k > 0);
	if (f != stdin)
		fclose(f);
	*len = n;
	return buf;
}

static void
summary(const char *path, int verbose)
{
	size_t		len;
	char	   *text = slurp(path, &len);
	dr_doc		d;
	int			rc,
				last = -1,
				run = -1;

	if (text == NULL)
	{
		fprintf(stderr, "%s: cannot read\n", path);
		return;
	}
	rc = dr_read(text, len, alloc_fn, NULL, &d);
	if (rc != DR_OK)
	{
		printf("%s: %s\n", path, dr_strerror(rc));
		return;
	}
	printf("== %s (layout %d, %d items)\n", path, d.layout, d.nitems);
	printf("cover:");
	for (int i = 0; i < d.nitems; i++)
		if (d.items[i].kind == DR_META)
			printf(" %s=[%.40s]", d.items[i].field, d.items[i].text);
	printf("\nnote:");
	for (int i = 0; i < d.nitems; i++)
		if (d.items[i].kind == DR_NOTE)
			printf(" %d", d.items[i].number);
	printf("\nchapters:");
	for (int i = 0; i < d.nitems; i++)
		if (d.items[i].kind == DR_CHAPTER)
			printf(" %s[%.30s]", d.items[i].label ? d.items[i].label : "-", d.items[i].chapter_title);
	printf("\nrecitals:");
	for (int i = 0; i < d.nitems; i++)
		if (d.items[i].kind == DR_RECITAL)
			printf(" %s", d.items[i].label);
	/* paragraphs as runs "1-10 12-62", with their points "16:4" */
	printf("\nparagraphs:");
	for (int i = 0; i < d.nitems; i++)
	{
		const dr_item *it = &d.items[i];

		if (it->kind != DR_PARAGRAPH)
			continue;
		if (it->number != last + 1)
		{
			if (run >= 0 && last != run)
				printf("-%d", last);
			printf(" %d", it->number);
			run = it->number;
		}
		last = it->number;
	}
	if (run >= 0 && last != run)
		printf("-%d", last);
	printf("\npoints:");
	{
		int			cur = -1,
					np = 0,
					ns = 0;

		for (int i = 0; i <= d.nitems; i++)
		{
			const dr_item *it = i < d.nitems ? &d.items[i] : NULL;

			if (it && (it->kind == DR_POINT || it->kind == DR_SUBPOINT) && !it->in_note && it->number == cur)
			{
				np += it->kind == DR_POINT;
				ns += it->kind == DR_SUBPOINT;
				continue;
			}
			if (it && it->kind != DR_POINT && it->kind != DR_SUBPOINT)
				continue;
			if (cur >= 0 && np + ns > 0)
			{
				printf(" %d:%d", cur, np);
				if (ns)
					printf("+%d", ns);
			}
			if (it == NULL)
				break;
			cur = it->in_note ? -2 : it->number;
			np = it->kind == DR_POINT;
			ns = it->kind == DR_SUBPOINT;
		}
	}
	printf("\nfootnotes:");
	for (int i = 0; i < d.nitems; i++)
	{
		const dr_item *it = &d.items[i];

		if (it->kind != DR_FOOTNOTE)
			continue;
		printf(" %d>%s%d", it->footnote, it->in_note ? "n" : "", it->number);
		if (it->item)
			printf(".%d", it->item);
		if (!it->placed)
			printf("?");
	}
	printf("\n");
	if (verbose)
		for (int i = 0; i < d.nitems; i++)
		{
			const dr_item *it = &d.items[i];

			printf("%5d %-9s %-6s n%d.%d.%d fn%d %s| %.70s\n", it->line, dr_kind_name(it->kind),
				   it->field ? it->field : "", it->number, it->item, it->sub, it->footnote,
				   it->in_note ? "note " : "", it->text);
		}
	free(text);
}

int
main(int argc, char **argv)
{
	int			verbose = 0;

	for (int i = 1; i < argc; i++)
	{
		if (strcmp(argv[i], "-v") == 0)
			verbose = 1;
		else
			summary(argv[i], verbose);
	}
	return 0;
}

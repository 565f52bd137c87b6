/*
 * docread.c: dr_read, the passes in order, and the items' texts.  Every
 * array is sized from the line count before it is filled, so memory stays
 * O(input) and nothing is reallocated (the allocator has no free).
 */
#include <string.h>

#include "docread/docread_internal.h"

void *
dr_new(dr_reader *rd, size_t n)
{
	void	   *p;

	if (rd->nomem)
		return NULL;
	p = rd->alloc(rd->ctx, n ? n : 1);
	if (p == NULL)
		rd->nomem = true;
	return p;
}

char *
dr_strndup(dr_reader *rd, const char *p, size_t n)
{
	char	   *s = dr_new(rd, n + 1);

	if (s == NULL)
		return (char *) "";
	memcpy(s, p, n);
	s[n] = '\0';
	return s;
}

int
dr_add_item(dr_reader *rd, dr_kind kind, int line)
{
	dr_item    *it;

	if (rd->nitems >= rd->maxitems)
		return -1;
	it = &rd->items[rd->nitems];
	memset(it, 0, sizeof(*it));
	it->kind = kind;
	it->line = (line >= 0 && line < rd->nlines ? rd->lines[line].src : line) + 1;
	it->text = "";
	return rd->nitems++;
}

void
dr_add_frag(dr_reader *rd, int item, int line, const char *p, size_t n)
{
	if (item < 0 || n == 0 || rd->nfrags >= rd->maxfrags)
		return;
	rd->frags[rd->nfrags++] = (dr_frag) {item, line, p, n};
}

void
dr_add_mark(dr_reader *rd, int item, int fn)
{
	if (item < 0 || rd->nmarks >= rd->maxmarks)
		return;
	rd->marks[rd->nmarks++] = (dr_mark) {item, fn};
}

static int
detect_layout(dr_reader *rd)
{
	int			alone = 0,
				gaps = 0,
				text = 0;

	if (rd->md_score > 0)
		return DR_LAYOUT_MARKDOWN;
	for (int i = 0; i < rd->nlines; i++)
	{
		const dr_line *ln = &rd->lines[i];
		size_t		off;
		bool		a,
					d;

		if (ln->cls != LC_TEXT)
			continue;
		text++;
		if (dr_para_number(ln->txt, ln->tlen, 0, &off, &a, &d) > 0 && a)
			alone++;
		/* a run of three spaces inside the raw line: a -layout column */
		for (size_t j = (size_t) ln->indent + 1; j + 3 < ln->rawlen; j++)
			if (ln->raw[j] == ' ' && ln->raw[j + 1] == ' ' && ln->raw[j + 2] == ' ' && ln->raw[j - 1] != ' ')
			{
				gaps++;
				break;
			}
	}
	if (alone >= 2)
		return DR_LAYOUT_PDFMINER;
	if (text > 0 && gaps * 10 >= text)
		return DR_LAYOUT_PDFTOTEXT_LAYOUT;
	return DR_LAYOUT_PDFTOTEXT;
}

/* the items' texts: fragments joined with spaces, hyphenation undone */
static void
assemble(dr_reader *rd)
{
	size_t	   *start = dr_new(rd, (size_t) rd->nitems * sizeof(size_t) + 1);
	size_t	   *cur = dr_new(rd, (size_t) rd->nitems * sizeof(size_t) + 1);
	int		   *nm = dr_new(rd, (size_t) rd->nitems * sizeof(int) + 1);
	size_t		total = 0;
	char	   *buf;

	if (rd->nomem)
		return;
	memset(cur, 0, (size_t) rd->nitems * sizeof(size_t));
	memset(nm, 0, (size_t) rd->nitems * sizeof(int));
	for (int f = 0; f < rd->nfrags; f++)
		cur[rd->frags[f].item] += rd->frags[f].n + 1;
	for (int i = 0; i < rd->nitems; i++)
	{
		start[i] = total;
		total += cur[i] + 1;
		cur[i] = start[i];
	}
	buf = dr_new(rd, total + 1);
	if (rd->nomem)
		return;
	for (int f = 0; f < rd->nfrags; f++)
	{
		const dr_frag *fr = &rd->frags[f];
		size_t		s = start[fr->item],
					n = fr->n;
		/*
		 * A fragment points into its line's text, which a later pass may
		 * have shortened in place (a glued marker's digits cut out: the
		 * paragraph's text is meant to lose them).  One taken before such
		 * an edit with its old length (a cover number that the marker pass
		 * took a digit of, on fuzzed input) would reach the line's NUL:
		 * it ends there.
		 */
		const char *z = memchr(fr->p, '\0', n);

		if (z != NULL)
			n = (size_t) (z - fr->p);
		if (n == 0)
			continue;
		if (cur[fr->item] > s)
		{
			int			h = dr_hyphen_join(buf + s, cur[fr->item] - s, fr->p, n);

			if (h == 1)
				cur[fr->item]--;
			else if (h == 0)
				buf[cur[fr->item]++] = ' ';
		}
		memcpy(buf + cur[fr->item], fr->p, n);
		cur[fr->item] += n;
	}
	for (int i = 0; i < rd->nitems; i++)
	{
		buf[cur[i]] = '\0';
		rd->items[i].text = buf + start[i];
		rd->items[i].len = cur[i] - start[i];
	}
	/* markers, in the order met */
	for (int m = 0; m < rd->nmarks; m++)
		nm[rd->marks[m].item]++;
	for (int i = 0; i < rd->nitems; i++)
	{
		if (nm[i] == 0)
			continue;
		rd->items[i].markers = dr_new(rd, (size_t) nm[i] * sizeof(int));
		if (rd->nomem)
			return;
	}
	for (int m = 0; m < rd->nmarks; m++)
	{
		dr_item    *it = &rd->items[rd->marks[m].item];

		it->markers[it->nmarkers++] = rd->marks[m].fn;
	}
	/* chapter labels (or the heading of a chapter without number) */
	for (int i = 0; i < rd->nitems; i++)
	{
		dr_item    *it = &rd->items[i];
		int			c = rd->chap_of ? rd->chap_of[i] : -1;

		if (it->kind == DR_CHAPTER)
			it->chapter_title = it->text;
		if (c >= 0 && c < rd->nitems)
			it->chapter = rd->items[c].label ? rd->items[c].label : rd->items[c].text;
	}
}

/* items in document order: a stable counting sort on their first line */
static void
sort_items(dr_reader *rd)
{
	int		   *count = dr_new(rd, ((size_t) rd->nlines + 2) * sizeof(int));
	dr_item    *out = dr_new(rd, (size_t) rd->nitems * sizeof(dr_item) + 1);

	if (rd->nomem)
		return;
	memset(count, 0, ((size_t) rd->nlines + 2) * sizeof(int));
	for (int i = 0; i < rd->nitems; i++)
		count[rd->items[i].line]++;
	for (int l = 1; l <= rd->nlines + 1; l++)
		count[l] += count[l - 1];
	for (int i = rd->nitems - 1; i >= 0; i--)
		out[--count[rd->items[i].line]] = rd->items[i];
	rd->items = out;
}

/*
 * OCR reads a zero as a capital O: "by mid-2O18", "doc. 1OOO7/16".  In a
 * run of digits and capital O, with a digit in it and no letter on either
 * side, every O is a 0.  Only the capital (an Italian "1o gennaio" is the
 * first), and only whole runs ("CO2", "A4O", "No" are left alone).  On a
 * copy, made only when there is something to repair.
 */
static const char *
repair_digits(dr_reader *rd, const char *text, size_t len)
{
	char	   *copy = NULL;
	size_t		i = 0;

	while (i < len)
	{
		size_t		j = i;
		bool		digit = false,
					oh = false;

		if (!dr_isdigit((unsigned char) text[i]) && text[i] != 'O')
		{
			i++;
			continue;
		}
		while (j < len && (dr_isdigit((unsigned char) text[j]) || text[j] == 'O'))
		{
			digit |= dr_isdigit((unsigned char) text[j]);
			oh |= text[j] == 'O';
			j++;
		}
		if (digit && oh && (i == 0 || !dr_isalpha((unsigned char) text[i - 1])) &&
			(j == len || !dr_isalpha((unsigned char) text[j])))
		{
			if (copy == NULL)
			{
				copy = dr_new(rd, len + 1);
				if (copy == NULL)
					return text;
				memcpy(copy, text, len);
				copy[len] = '\0';
			}
			for (size_t k = i; k < j; k++)
				if (copy[k] == 'O')
					copy[k] = '0';
		}
		i = j;
	}
	return copy ? copy : text;
}

int
dr_read(const char *text, size_t len, dr_alloc_fn alloc, void *ctx, dr_doc *out)
{
	dr_reader	rd;
	int			rc;

	if (out == NULL || alloc == NULL || (text == NULL && len > 0))
		return DR_EARG;
	memset(out, 0, sizeof(*out));
	if (len > DR_MAX_INPUT)
		return DR_ETOOBIG;
	if (text == NULL)
		text = "";
	memset(&rd, 0, sizeof(rd));
	rd.alloc = alloc;
	rd.ctx = ctx;

	text = repair_digits(&rd, text, len);
	if (rd.nomem)
		return DR_ENOMEM;
	text = dr_split_runon(&rd, text, &len);
	if (rd.nomem)
		return DR_ENOMEM;
	if ((rc = dr_split_lines(&rd, text, len)) != DR_OK)
		return rc;
	/*
	 * Every item and every fragment comes from a line with text, one each,
	 * but for the few cover fields that share a line (place, date, marking,
	 * ref, meeting: once each), so blank lines cost nothing.  dr_add_item
	 * and dr_add_frag refuse beyond these bounds rather than overflow.
	 */
	rd.maxitems = rd.ntext + 64;
	rd.maxfrags = rd.ntext + 64;
	rd.maxmarks = rd.nmk + DR_MAX_FN + 1;
	rd.items = dr_new(&rd, (size_t) rd.maxitems * sizeof(dr_item));
	rd.frags = dr_new(&rd, (size_t) rd.maxfrags * sizeof(dr_frag));
	rd.marks = dr_new(&rd, (size_t) rd.maxmarks * sizeof(dr_mark));
	rd.fn_page = dr_new(&rd, DR_MAX_FN * sizeof(int));
	rd.fn_ocr = dr_new(&rd, DR_MAX_FN * sizeof(bool));
	rd.fn_hint = dr_new(&rd, DR_MAX_FN * sizeof(int));
	if (rd.nomem)
		return DR_ENOMEM;
	memset(rd.fn_page, 0, DR_MAX_FN * sizeof(int));
	memset(rd.fn_ocr, 0, DR_MAX_FN * sizeof(bool));
	memset(rd.fn_hint, 0, DR_MAX_FN * sizeof(int));

	dr_find_footers(&rd);
	dr_find_footnotes(&rd);
	if (rd.md_score == 0)
	{
		dr_page_footnotes(&rd);
		dr_ocr_markers(&rd);
	}
	dr_find_council(&rd);
	rd.layout = detect_layout(&rd);
	dr_structure(&rd);
	if (rd.nomem)
		return DR_ENOMEM;
	assemble(&rd);
	sort_items(&rd);
	if (rd.nomem)
		return DR_ENOMEM;
	out->items = rd.items;
	out->nitems = rd.nitems;
	out->layout = rd.ocr > 0 ? DR_LAYOUT_OCR : rd.layout;
	return DR_OK;
}

const char *
dr_strerror(int code)
{
	switch (code)
	{
		case DR_OK:
			return "no error";
		case DR_EARG:
			return "invalid argument";
		case DR_ETOOBIG:
			return "text longer than 1 GB";
		case DR_ENOMEM:
			return "out of memory";
		default:
			return "unknown error";
	}
}

const char *
dr_kind_name(dr_kind kind)
{
	static const char *const names[] = {
		"meta", "note", "title", "chapter", "recital", "paragraph", "point", "subpoint", "footnote", "skipped"
	};

	return (unsigned) kind < sizeof(names) / sizeof(names[0]) ? names[kind] : "?";
}

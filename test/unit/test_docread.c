/*
 * test_docread.c: the document reader (src/docread/).
 *
 * 1. The reference text ../shared/corpus/13943-17_draft-conclusions_en.txt
 *    (a markdown-ish conversion): its structure, read off the file by hand
 *    (see expect_* below), and its cover.
 * 2. The same document as other converters print it, synthesized here from
 *    what the reader made of the reference (so no corpus text is committed):
 *    pdftotext (wrapped at 80 columns, form feeds, footers over five lines,
 *    footnotes at the page bottom, glued digit markers, hyphenation),
 *    pdfminer (number alone on its line, letters and roman points),
 *    pdftotext -layout (columns, indentation), and OCR damage on top of
 *    pdftotext ("l." for 1., "2O.", "1S.", "12 INVITES", "3 0.", bullets
 *    read as "o", "." or "~", or lost).  Each must give the SAME structure.
 * 3. Small hand-written fixtures, one per family, in en/fr/de/nl.
 * 4. Hostile input (sizes, invalid UTF-8, NUL-free garbage) and the speed.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "docnum_core.h"
#include "docread/docread.h"
#include "docread/docread_internal.h"
#include "unit.h"

/* ---- an arena: the reader never frees, the caller frees the lot ---- */
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
	size_t		limit;			/* fail allocations beyond this, 0 = none */
} arena;

static void *
arena_alloc(void *ctx, size_t n)
{
	arena	   *a = ctx;
	block	   *b;

	if (a->limit && a->bytes + n > a->limit)
		return NULL;
	b = malloc(sizeof(block) + n);
	if (b == NULL)
		return NULL;
	b->next = a->head;
	a->head = b;
	a->bytes += n;
	return b->pad;
}

static void
arena_free(arena *a)
{
	while (a->head)
	{
		block	   *b = a->head;

		a->head = b->next;
		free(b);
	}
	a->bytes = 0;
}

/* ---- a growing string ---- */
typedef struct
{
	char	   *s;
	size_t		n,
				cap;
} sbuf;

static void
sb_put(sbuf *b, const char *p, size_t n)
{
	if (b->n + n + 1 > b->cap)
	{
		b->cap = (b->n + n + 1) * 2;
		b->s = realloc(b->s, b->cap);
	}
	memcpy(b->s + b->n, p, n);
	b->n += n;
	b->s[b->n] = '\0';
}

static void
sb_printf(sbuf *b, const char *fmt,...)
{
	char		tmp[512];
	va_list		ap;
	int			k;

	va_start(ap, fmt);
	k = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	sb_put(b, tmp, (size_t) (k < (int) sizeof(tmp) ? k : (int) sizeof(tmp) - 1));
}

static char *
read_file(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		n;

	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc((size_t) n + 1);
	if (fread(buf, 1, (size_t) n, f) != (size_t) n)
		n = 0;
	buf[n] = '\0';
	fclose(f);
	*len = (size_t) n;
	return buf;
}

/* ---- what the reference document holds (read off the file by hand) ---- */

/* points per paragraph of the conclusions */
static int
expect_points(int para)
{
	switch (para)
	{
		case 16:
			return 4;
		case 20:
			return 5;
		case 31:
			return 4;
		case 47:
			return 2;
		case 48:
			return 2;
		case 49:
			return 3;
		default:
			return 0;
	}
}

static const char *
expect_chapter(int para)
{
	return para <= 13 ? NULL : para <= 31 ? "I" : para <= 49 ? "II" : "III";
}

/*
 * Footnotes of the conclusions: 4 to 24, and the paragraph (and point) whose
 * marker cites each.  Seventeen bodies carry their number in the file (in
 * its mangled <sup> forms, or lost inside the tag as in "<sup>16200/14</sup>",
 * where only the order tells it is 6); four carry none ("Without prejudice
 * ..." is 15, the two "Through ... standards" bodies 16 and 17, "Article 42.7
 * TEU" 19): their markers are the only cited numbers still waiting for a body.
 * The marker <sup>20</sup> in paragraph 52 repeats 20 (a conversion slip):
 * the first marker wins.
 */
static const struct
{
	int			fn,
				para,
				point;
}			expect_fn[] = {
	{4, 4, 0}, {5, 6, 0}, {6, 6, 0}, {7, 6, 0}, {8, 6, 0}, {9, 6, 0}, {10, 6, 0}, {11, 6, 0},
	{12, 6, 0}, {13, 6, 0}, {14, 11, 0}, {15, 16, 1}, {16, 20, 3}, {17, 20, 5}, {18, 32, 0},
	{19, 32, 0}, {20, 34, 0}, {21, 34, 0}, {22, 48, 2}, {23, 54, 0}, {24, 62, 0}
};

#define N_EXPECT_FN ((int) (sizeof(expect_fn) / sizeof(expect_fn[0])))

static const dr_item *
find_meta(const dr_doc *d, const char *field)
{
	for (int i = 0; i < d->nitems; i++)
		if (d->items[i].kind == DR_META && strcmp(d->items[i].field, field) == 0)
			return &d->items[i];
	return NULL;
}

static void
check_meta(const dr_doc *d, const char *v, const char *field, const char *want, bool prefix)
{
	const dr_item *m = find_meta(d, field);

	CHECK(m != NULL && (prefix ? strncmp(m->text, want, strlen(want)) == 0 : strcmp(m->text, want) == 0),
		  "%s: meta %s is '%s', want '%s'", v, field, m ? m->text : "(none)", want);
}

/* the whole expected structure of 13943/17, whatever the converter */
static void
check_structure(const dr_doc *d, const char *v)
{
	int			paras = 0,
				preamble = 0,
				points[64] = {0},
				chapters = 0,
				fnseen[32] = {0},
				notefn = 0,
				notes = 0,
				expected = 1,
				lastline = 0;
	bool		order = true,
				numbering = true,
				chapters_ok = true,
				points_ok = true;

	for (int i = 0; i < d->nitems; i++)
	{
		const dr_item *it = &d->items[i];

		if (it->line < lastline)
			order = false;
		lastline = it->line;
		if (it->text == NULL || strlen(it->text) != it->len)
			order = false;
		if (it->kind == DR_NOTE)
			notes++;
		if (it->kind == DR_PARAGRAPH)
		{
			paras++;
			if (it->number != expected++)
				numbering = false;
			preamble += it->preamble;
			if ((expect_chapter(it->number) == NULL) != (it->chapter == NULL) ||
				(it->chapter && strcmp(it->chapter, expect_chapter(it->number)) != 0))
			{
				chapters_ok = false;
				fprintf(stderr, "%s: paragraph %d in chapter %s\n", v, it->number, it->chapter ? it->chapter : "-");
			}
			if (it->preamble != (it->number <= 10))
				CHECK(0, "%s: paragraph %d preamble %d", v, it->number, it->preamble);
		}
		if (it->kind == DR_POINT && !it->in_note && it->number > 0 && it->number < 64)
		{
			points[it->number]++;
			if (it->item != points[it->number])
				points_ok = false;
		}
		if (it->kind == DR_SUBPOINT && !it->in_note)
			points_ok = false;
		if (it->kind == DR_CHAPTER)
		{
			const char *want = it->label == NULL ? "?" : strcmp(it->label, "I") == 0 ? "ENSURING AN EFFECTIVE EU" :
				strcmp(it->label, "II") == 0 ? "BUILDING EU CAPACITY TO" : "STRENGTHENING INTERNATIONAL";

			chapters++;
			CHECK(strncmp(it->chapter_title, want, strlen(want)) == 0, "%s: chapter %s title '%s'", v,
				  it->label ? it->label : "-", it->chapter_title);
		}
		if (it->kind == DR_TITLE && !it->in_note)
			CHECK(strncmp(it->text, "Draft Council conclusions on the Joint Communication to the EP", 62) == 0,
				  "%s: title '%s'", v, it->text);
		if (it->kind == DR_FOOTNOTE)
		{
			if (it->in_note && it->footnote >= 1 && it->footnote <= 3)
				notefn++;
			else if (it->footnote >= 4 && it->footnote <= 24 && !it->in_note)
			{
				int			k = it->footnote - 4;

				fnseen[it->footnote]++;
				CHECK(it->placed && it->number == expect_fn[k].para && it->item == expect_fn[k].point,
					  "%s: footnote %d owned by %d.%d (placed %d), want %d.%d", v, it->footnote,
					  it->number, it->item, it->placed, expect_fn[k].para, expect_fn[k].point);
			}
			else
				CHECK(0, "%s: unexpected footnote %d (in_note %d) line %d: %.40s", v, it->footnote, it->in_note,
					  it->line, it->text);
		}
	}
	CHECK(order, "%s: items out of document order or bad text lengths", v);
	CHECK(paras == 62 && numbering, "%s: %d paragraphs, numbered in sequence: %d", v, paras, numbering);
	CHECK(preamble == 10, "%s: %d preamble paragraphs, want 10", v, preamble);
	CHECK(chapters == 3 && chapters_ok, "%s: %d chapters (want 3), paragraphs in the right ones: %d", v, chapters,
		  chapters_ok);
	CHECK(notes == 5, "%s: %d cover-note paragraphs, want 5", v, notes);
	CHECK(notefn == 3, "%s: %d cover-note footnotes, want 3", v, notefn);
	{
		int			total = 0;
		bool		ok = points_ok;

		for (int p = 1; p <= 62; p++)
		{
			total += points[p];
			if (points[p] != expect_points(p))
			{
				ok = false;
				fprintf(stderr, "%s: paragraph %d has %d points, want %d\n", v, p, points[p], expect_points(p));
			}
		}
		CHECK(ok && total == 20, "%s: %d points, per paragraph as expected: %d", v, total, ok);
	}
	for (int f = 4; f <= 24; f++)
		CHECK(fnseen[f] == 1, "%s: footnote %d found %d times", v, f, fnseen[f]);
	check_meta(d, v, "ref", "13943/17", false);
	check_meta(d, v, "date", "7 November 2017", false);
	check_meta(d, v, "place", "Brussels", false);
	check_meta(d, v, "subject", "Draft Council Conclusions on the Joint Communication", true);
	check_meta(d, v, "prev", "12762/5/16 REV 5", false);
}

/* ---- converter variants, rendered from what the reader made of the reference ---- */

typedef enum
{
	V_PDFTOTEXT, V_PDFMINER, V_LAYOUT, V_OCR
} variant;

typedef struct
{
	variant		v;
	sbuf		out;
	int			width;
	int			page;			/* 1-based */
	int			lines_on_page;
	int			page_fn[64];
	int			npage_fn;
	const dr_doc *src;
	int			last_marker;
} render;

static const dr_item *
footnote_body(const dr_doc *d, int fn)
{
	for (int i = 0; i < d->nitems; i++)
		if (d->items[i].kind == DR_FOOTNOTE && d->items[i].footnote == fn)
			return &d->items[i];
	return NULL;
}

static void emit_line(render *r, const char *s, size_t n);

static void
wrap(render *r, const char *first, const char *indent, const char *text, const int *markers, int nmarkers,
	 bool hyphenate)
{
	/* words, with the markers glued to the word they follow */
	char		line[512];
	size_t		ln = 0;
	size_t		wlen = 0;
	int			nwords = 0,
				w = 0,
				m = 0;
	const char *p;
	int			mk_at[32];
	int			nm = 0;

	for (p = text; *p; p++)
		if (*p != ' ' && (p == text || p[-1] == ' '))
			nwords++;
	/* glue marker j after word (j+1)*nwords/(k+1), in increasing order only */
	for (int j = 0; j < nmarkers && nm < 32; j++)
		if (markers[j] > r->last_marker)
		{
			mk_at[nm] = markers[j];
			r->last_marker = markers[j];
			nm++;
		}
	ln = (size_t) snprintf(line, sizeof(line), "%s", first);
	p = text;
	while (*p)
	{
		char		word[256];
		size_t		k = 0;

		while (*p == ' ')
			p++;
		if (!*p)
			break;
		while (p[k] && p[k] != ' ' && k < 200)
			k++;
		memcpy(word, p, k);
		word[k] = '\0';
		p += k;
		w++;
		while (m < nm && w >= (m + 1) * nwords / (nm + 1) && w > 0)
		{
			/* before trailing punctuation, after a letter */
			size_t		e = strlen(word);
			char		tail[16];

			while (e > 0 && strchr(".,;:)\"'", word[e - 1]))
				e--;
			if (e == 0 || !((word[e - 1] >= 'a' && word[e - 1] <= 'z') || (word[e - 1] >= 'A' && word[e - 1] <= 'Z')))
				break;
			snprintf(tail, sizeof(tail), "%.8s", word + e);
			snprintf(word + e, sizeof(word) - e, "%d%.8s", mk_at[m], tail);
			r->page_fn[r->npage_fn < 63 ? r->npage_fn++ : 63] = mk_at[m];
			m++;
		}
		wlen = strlen(word);
		if (ln + 1 + wlen > (size_t) r->width && ln > strlen(indent))
		{
			size_t		half = wlen / 2;
			bool		lower = wlen >= 10 && hyphenate;

			for (size_t q = 0; q < wlen; q++)
				if (word[q] < 'a' || word[q] > 'z')
					lower = false;
			if (lower && ln + 2 + half <= (size_t) r->width)
			{
				/* "cyber-" / "security" */
				ln += (size_t) snprintf(line + ln, sizeof(line) - ln, " %.*s-", (int) half, word);
				emit_line(r, line, ln);
				ln = (size_t) snprintf(line, sizeof(line), "%s%s", indent, word + half);
				continue;
			}
			emit_line(r, line, ln);
			ln = (size_t) snprintf(line, sizeof(line), "%s%s", indent, word);
			continue;
		}
		ln += (size_t) snprintf(line + ln, sizeof(line) - ln, "%s%s",
								(ln == 0 || line[ln - 1] == ' ') ? "" : " ", word);
	}
	/* markers not placed (a text too short): glue them to the end */
	for (; m < nm; m++)
	{
		ln += (size_t) snprintf(line + ln, sizeof(line) - ln, "%d", mk_at[m]);
		r->page_fn[r->npage_fn < 63 ? r->npage_fn++ : 63] = mk_at[m];
	}
	emit_line(r, line, ln);
}

static void
page_end(render *r)
{
	/* footnotes of the page at its bottom, then the footer, then a form feed */
	if (r->npage_fn > 0)
		sb_put(&r->out, "\n", 1);
	for (int f = 0; f < r->npage_fn; f++)
	{
		const dr_item *b = footnote_body(r->src, r->page_fn[f]);
		char		num[16];

		if (!b)
			continue;
		if (r->v == V_PDFMINER && r->page_fn[f] % 2 == 0)
			sb_printf(&r->out, "%d\n%s\n", r->page_fn[f], b->text);
		else
		{
			snprintf(num, sizeof(num), r->v == V_LAYOUT ? "%-6d " : "%d ", r->page_fn[f]);
			sb_printf(&r->out, "%s", num);
			sb_put(&r->out, b->text, b->len);
			sb_put(&r->out, "\n", 1);
		}
	}
	r->npage_fn = 0;
	switch (r->v)
	{
		case V_PDFTOTEXT:
		case V_OCR:
			sb_printf(&r->out, "\n13943/17\n\nMK/ec\n\n%d\n\nDG D 2B\n\nEN\n\f", r->page);
			break;
		case V_PDFMINER:
			sb_printf(&r->out, "\n13943/17 MK/ec %d\nDG D 2B EN\n\f", r->page);
			break;
		case V_LAYOUT:
			sb_printf(&r->out, "\n13943/17                       MK/ec                              %d\n"
					  "                               DG D 2B                            EN\n\f", r->page);
			break;
	}
	r->page++;
	r->lines_on_page = 0;
}

static void
emit_line(render *r, const char *s, size_t n)
{
	sb_put(&r->out, s, n);
	sb_put(&r->out, "\n", 1);
	if (++r->lines_on_page >= 46)
		page_end(r);
}

static void
blank(render *r)
{
	if (r->lines_on_page > 0)
		emit_line(r, "", 0);
}

/* a paragraph number as OCR read it */
static void
ocr_number(int n, char *buf, size_t sz, bool *nodot)
{
	*nodot = false;
	switch (n)
	{
		case 1:
			snprintf(buf, sz, "l");
			break;
		case 11:
			snprintf(buf, sz, "1l");
			break;
		case 15:
			snprintf(buf, sz, "1S");
			break;
		case 18:
			snprintf(buf, sz, "1B");
			break;
		case 20:
			snprintf(buf, sz, "2O");
			break;
		case 30:
			snprintf(buf, sz, "3 0");
			break;
		case 12:
			snprintf(buf, sz, "12");
			*nodot = true;
			break;
		default:
			snprintf(buf, sz, "%d", n);
	}
}

static char *
render_variant(const dr_doc *d, variant v)
{
	render		r;
	const char *subject = find_meta(d, "subject") ? find_meta(d, "subject")->text : "";
	bool		hereby_done = false;

	memset(&r, 0, sizeof(r));
	r.v = v;
	r.src = d;
	r.page = 1;
	r.width = v == V_PDFMINER ? 90 : v == V_LAYOUT ? 88 : 80;

	/* the cover */
	if (v == V_LAYOUT)
	{
		sb_printf(&r.out, "\n Council of the                                     Brussels, 7 November 2017 (OR. en)\n"
				  " European Union\n\n                                                   13943/17\n\n\n"
				  "                                  'I/A' ITEM NOTE\n"
				  "From:             General Secretariat of the Council\n"
				  "To:               Permanent Representatives Committee/Council\n"
				  "No. prev. doc.:   12762/5/16 REV 5\n"
				  "No. Cion doc.:    12211/17, 12210/17\n");
		r.lines_on_page = 12;
		{
			/* the subject wrapped in its column */
			render		tmp = r;

			(void) tmp;
		}
		sb_printf(&r.out, "Subject:          ");
		r.width = 80;
		wrap(&r, "", "                  ", subject, NULL, 0, false);
		r.width = 88;
	}
	else
	{
		sb_printf(&r.out, "Council of the\nEuropean Union\n\nBrussels, 7 November 2017\n(OR. en)\n\n13943/17\n\n"
				  "CYBER 168\nTELECOM 263\n\n'I/A' ITEM NOTE\nFrom:\nTo:\nNo. prev. doc.:\nNo. Cion doc.:\n"
				  "Subject:\n\nGeneral Secretariat of the Council\n");
		r.lines_on_page = 20;
		/* pdftotext puts labels and values in separate blocks; the reader wants them paired */
		r.out.n -= strlen("From:\nTo:\nNo. prev. doc.:\nNo. Cion doc.:\nSubject:\n\nGeneral Secretariat of the Council\n");
		r.out.s[r.out.n] = '\0';
		sb_printf(&r.out, "From: General Secretariat of the Council\nTo: Permanent Representatives Committee/Council\n"
				  "No. prev. doc.: 12762/5/16 REV 5\nNo. Cion doc.: 12211/17, 12210/17\nSubject:\n\n");
		wrap(&r, "", "", subject, NULL, 0, false);
	}
	blank(&r);

	for (int i = 0; i < d->nitems; i++)
	{
		const dr_item *it = &d->items[i];
		char		first[64],
					indent[32],
					num[16];
		bool		nodot = false;

		switch (it->kind)
		{
			case DR_NOTE:
			case DR_PARAGRAPH:
				if (it->kind == DR_PARAGRAPH && !it->preamble && !hereby_done)
				{
					hereby_done = true;
					emit_line(&r, "HEREBY", 6);
					blank(&r);
				}
				snprintf(num, sizeof(num), "%d", it->number);
				if (v == V_OCR)
					ocr_number(it->number, num, sizeof(num), &nodot);
				if (v == V_PDFMINER)
				{
					snprintf(first, sizeof(first), "%s.", num);
					emit_line(&r, first, strlen(first));
					blank(&r);
					wrap(&r, "", "", it->text, it->markers, it->nmarkers, true);
				}
				else if (v == V_LAYOUT)
				{
					snprintf(first, sizeof(first), "%-10s", (snprintf(indent, sizeof(indent), "%s.", num), indent));
					wrap(&r, first, "          ", it->text, it->markers, it->nmarkers, true);
				}
				else
				{
					snprintf(first, sizeof(first), "%s%s ", num, nodot ? "" : ".");
					wrap(&r, first, "", it->text, it->markers, it->nmarkers, true);
				}
				blank(&r);
				break;
			case DR_POINT:
				{
					const char *mark = "-";
					char		lab[16];

					if (v == V_PDFMINER)
					{
						static const char *const rom[] = {"i", "ii", "iii", "iv", "v", "vi"};

						if (it->number == 16)
							snprintf(lab, sizeof(lab), "%c)", 'a' + it->item - 1);
						else if (it->number == 20)
							snprintf(lab, sizeof(lab), "(%s)", rom[(it->item - 1) % 6]);
						else
							snprintf(lab, sizeof(lab), "\xE2\x80\xA2");
						mark = lab;
					}
					if (v == V_OCR)
						mark = it->number == 16 ? "o" : it->number == 20 ? "." : it->number == 31 ? "~" :
							it->number >= 47 ? "" : "-";
					if (v == V_LAYOUT)
					{
						snprintf(first, sizeof(first), "          %-6s", mark);
						wrap(&r, first, "                ", it->text, it->markers, it->nmarkers, true);
					}
					else
					{
						snprintf(first, sizeof(first), "%s%s", mark, *mark ? " " : "");
						wrap(&r, first, "", it->text, it->markers, it->nmarkers, true);
					}
					if (v != V_OCR)
						blank(&r);
					break;
				}
			case DR_CHAPTER:
				blank(&r);
				snprintf(first, sizeof(first), "%sChapter %s", v == V_LAYOUT ? "                              " : "",
						 it->label);
				emit_line(&r, first, strlen(first));
				blank(&r);
				wrap(&r, v == V_LAYOUT ? "          " : "", v == V_LAYOUT ? "          " : "", it->text, NULL, 0,
					 false);
				blank(&r);
				break;
			case DR_TITLE:
				if (!it->in_note)
				{
					page_end(&r);
					wrap(&r, "", "", it->text, NULL, 0, false);
					blank(&r);
					emit_line(&r, "The Council of the European Union,", 34);
					blank(&r);
				}
				break;
			default:
				break;
		}
	}
	page_end(&r);
	return r.out.s;
}

static void
check_variant(const dr_doc *ref, variant v, const char *name, int want_layout)
{
	char	   *text = render_variant(ref, v);
	arena		a = {0};
	dr_doc		d;
	int			rc = dr_read(text, strlen(text), arena_alloc, &a, &d);

	CHECK(rc == 0, "%s: dr_read: %s", name, dr_strerror(rc));
	if (rc == 0)
	{
		check_structure(&d, name);
		CHECK(d.layout == want_layout, "%s: layout %d, want %d", name, d.layout, want_layout);
		/* hyphenation undone: paragraph texts as in the reference (markers aside) */
		if (v != V_OCR)
		{
			int			same = 0,
						total = 0;

			for (int i = 0, j = 0; i < ref->nitems; i++)
			{
				if (ref->items[i].kind != DR_PARAGRAPH)
					continue;
				total++;
				while (j < d.nitems && d.items[j].kind != DR_PARAGRAPH)
					j++;
				if (j < d.nitems && strcmp(ref->items[i].text, d.items[j].text) == 0)
					same++;
				else if (j < d.nitems && getenv("DOCREAD_DEBUG"))
					fprintf(stderr, "%s %d:\n  %s\n  %s\n", name, ref->items[i].number, ref->items[i].text,
							d.items[j].text);
				j++;
			}
			CHECK(same >= total - 2, "%s: %d of %d paragraph texts as in the reference", name, same, total);
		}
	}
	if (getenv("DOCREAD_DUMP"))
	{
		char		path[128];
		FILE	   *f;

		snprintf(path, sizeof(path), "/tmp/docread_%s.txt", name);
		if ((f = fopen(path, "w")))
		{
			fputs(text, f);
			fclose(f);
		}
	}
	arena_free(&a);
	free(text);
}

/* ---- hand-written fixtures ---- */

typedef struct
{
	arena		a;
	dr_doc		d;
} parsed;

static void
parse(parsed *p, const char *text)
{
	int			rc;

	memset(p, 0, sizeof(*p));
	rc = dr_read(text, strlen(text), arena_alloc, &p->a, &p->d);
	CHECK(rc == 0, "dr_read: %s", dr_strerror(rc));
}

/* the structure as one compact string: P3 paragraph 3, .2 point 2, :1 sub-point, F1>3.2 footnote, C[II] chapter, Rn recital */
static void
outline(const dr_doc *d, char *buf, size_t sz)
{
	size_t		n = 0;

	buf[0] = '\0';
	for (int i = 0; i < d->nitems && n + 32 < sz; i++)
	{
		const dr_item *it = &d->items[i];

		switch (it->kind)
		{
			case DR_NOTE:
				n += (size_t) snprintf(buf + n, sz - n, "N%d ", it->number);
				break;
			case DR_PARAGRAPH:
				n += (size_t) snprintf(buf + n, sz - n, "P%d%s ", it->number, it->preamble ? "p" : "");
				break;
			case DR_POINT:
				n += (size_t) snprintf(buf + n, sz - n, ".%d ", it->item);
				break;
			case DR_SUBPOINT:
				n += (size_t) snprintf(buf + n, sz - n, ":%d ", it->sub);
				break;
			case DR_RECITAL:
				n += (size_t) snprintf(buf + n, sz - n, "R%s ", it->label);
				break;
			case DR_CHAPTER:
				n += (size_t) snprintf(buf + n, sz - n, "C[%s] ", it->label ? it->label : it->text);
				break;
			case DR_FOOTNOTE:
				n += (size_t) snprintf(buf + n, sz - n, "F%d>%d.%d%s ", it->footnote, it->number, it->item,
									   it->placed ? "" : "?");
				break;
			case DR_TITLE:
				n += (size_t) snprintf(buf + n, sz - n, "T ");
				break;
			default:
				break;
		}
	}
	if (n > 0)
		buf[n - 1] = '\0';
}

static void
expect_outline(const char *name, const char *text, const char *want)
{
	parsed		p;
	char		got[2048];

	parse(&p, text);
	outline(&p.d, got, sizeof(got));
	CHECK(strcmp(got, want) == 0, "%s: outline\n  got  %s\n  want %s", name, got, want);
	arena_free(&p.a);
}

static void
expect_meta(const char *name, const char *text, const char *field, const char *want)
{
	parsed		p;

	parse(&p, text);
	check_meta(&p.d, name, field, want, false);
	arena_free(&p.a);
}

static const char *const fixture_fr =
	"Conseil de\nl'Union européenne\n\nBruxelles, le 7 novembre 2017\n(OR. en)\n\nST 13943 2017 INIT\n\n"
	"RESTREINT UE/EU RESTRICTED\n\nNOTE POINT «I/A»\n"
	"Origine: Secrétariat général du Conseil\nDestinataire: Comité des représentants permanents/Conseil\n"
	"N° doc. préc. : 12762/5/16 REV 5\nObjet : Projet de conclusions du Conseil sur la cybersécurité\n\n"
	"Projet de conclusions du Conseil sur la cybersécurité\n(adoptées par le Conseil lors de sa session du 20 novembre 2017)\n\n"
	"LE CONSEIL DE L'UNION EUROPÉENNE,\n\n"
	"A. considérant que la sécurité est essentielle;\n\nB. considérant que la coopération\nest nécessaire;\n\n"
	"1.\n\nRECONNAISSANT l'importance de la cybersécurité1;\n\n"
	"PAR LA PRÉSENTE:\n\n"
	"Chapitre I – Coopération\n\n"
	"2.\n\nINVITE les États membres:\n\n"
	"a) à renforcer la coopération;\n"
	"b) à échanger des informations:\n"
	"   i. sur les menaces;\n"
	"   ii. sur les incidents;\n"
	"c) à soutenir l'ENISA.\n\n"
	"1 Doc. 12211/17.\n\n"
	"Chapitre II\n\nRÉSILIENCE\n\n"
	"3.\n\nSALUE la communication conjointe.\n";

static const char *const fixture_de =
	"Rat der\nEuropäischen Union                               Brüssel, den 7. November 2017 (OR. en)\n\n"
	"                                                  13943/17\n\n"
	"                                                  LIMITE\n\n"
	"VERMERK\nAbsender:        Generalsekretariat des Rates\nEmpfänger:       Ausschuss der Ständigen Vertreter/Rat\n"
	"Nr. Vordok.:     12762/5/16 REV 5\nBetr.:           Entwurf von Schlussfolgerungen des Rates zur\n"
	"                 Cybersicherheit\n\n"
	"1.      Die Gruppe hat den Entwurf geprüft.\n\n"
	"2.      Der AStV wird ersucht, dem Rat die Annahme zu empfehlen.\n\n"
	"Entwurf von Schlussfolgerungen des Rates zur Cybersicherheit\n\nDER RAT DER EUROPÄISCHEN UNION,\n\n"
	"1.      IN ANERKENNUNG der Bedeutung der Cybersicherheit,\n\n"
	"HIERMIT ANNAHME DER FOLGENDEN SCHLUSSFOLGERUNGEN\n\n"
	"Kapitel I\n\n"
	"2.      FORDERT die Mitgliedstaaten auf,\n"
	"        –     die Zusammenarbeit zu stärken1:\n"
	"              •    durch Übungen,\n"
	"              •    durch Austausch;\n"
	"        –     die ENISA zu unterstützen.\n\n"
	"3.      BEGRÜSST den Vorschlag.\n\n"
	"1       Dok. 12211/17.\n\n"
	"13943/17                    MK/ec                         2\n"
	"                    DG D 2B                    LIMITE     DE\n\f"
	"Kapitel II\n\n"
	"4.      BETONT die Bedeutung der Zusammenarbeit mit der EU-\n"
	"        NATO und der Cyber-\n        sicherheit.\n";

static const char *const fixture_nl =
	"Brussel, 7 november 2017\n\n13943/17\n\n## NOTITIE I/A-PUNT\n\n"
	"Van:\tSecretariaat-generaal van de Raad\nAan:\tComité van permanente vertegenwoordigers/Raad\n"
	"Nr. vorig doc.:\t12762/5/16 REV 5\nOnderwerp:\tOntwerpconclusies van de Raad over cyberbeveiliging\n\n"
	"## Ontwerpconclusies van de Raad over cyberbeveiliging\n\nDe Raad van de Europese Unie,\n\n"
	"- 1. ERKENNENDE het belang van cyberbeveiliging<sup>1</sup>;\n\n"
	"### **HIERBIJ**\n\n"
	"## Hoofdstuk I\n\n## VEERKRACHT\n\n"
	"2. VERZOEKT de lidstaten:\n\n"
	"(a) de samenwerking te versterken:\n"
	"  o door oefeningen;\n"
	"  o door uitwisseling;\n"
	"(b) ENISA te steunen;\n"
	"(c) onderzoek te financieren.\n\n"
	"<sup>1</sup> Doc. 12211/17.\n\n"
	"## Samenwerking\n\n"
	"3. BENADRUKT het belang van samenwerking.\n";

static const char *const fixture_en_roman =
	"Council of the European Union\n\nBrussels, 21 November 2017\n\n14435/17\n\n"
	"OUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\nTo: Delegations\n"
	"Subject: Council conclusions on Ukraine\n- Council conclusions (20 November 2017)\n\n"
	"Delegations will find in the annex the Council conclusions on Ukraine, as adopted by the Council at its "
	"3573rd meeting held on 20 November 2017.\n\n"
	"Council conclusions on Ukraine\n\nTHE COUNCIL OF THE EUROPEAN UNION\n\n"
	"I. Introduction\n\n"
	"1. The Council RECALLS its conclusions:\n"
	"the first of them;\n"
	"the second of them.\n\n"
	"2. The Council STRESSES the following points:\n"
	"(i) reforms;\n(ii) justice;\n(iii) energy;\n(iv) trade;\n(v) media.\n\n"
	"II. Recommendations\n\n"
	"3. The Council INVITES the Commission to report.\n\n"
	"4 WELCOMES the progress made.\n";

/* letters, romans i.-vi., sub-points by indentation, OCR bullets and "I." for 1, a ref with REV */
static const char *const fixture_en_points =
	"12762/5/16 REV 5\n\nLIMITE\n\nCouncil conclusions on security\n\nTHE COUNCIL OF THE EUROPEAN UNION,\n\n"
	"I. RECALLING its conclusions of 2016;\n\n"
	"2. NOTES:\n   a. the first point;\n   b. the second point:\n      - sub one;\n      - sub two;\n"
	"   c. the third point.\n\n"
	"3. STRESSES:\n   i. one;\n   ii. two;\n   iii. three;\n   iv. four;\n   v. five;\n   vi. six.\n\n"
	"4. CALLS for:\n- action:\n    - now;\n    - later;\n- review.\n\n"
	"5. INVITES:\n\xC2\xA7 the States;\nJ the Commission.\n\n"
	"6. RECALLS the spirit of WTO\n\xE2\x80\x93 TBT Code of Good Practice.\n";

/*
 * pdftotext (plain) and pdftohtml print a hanging list's marker alone on
 * its line, the text after it; pdfminer and pdftotext print a column of
 * numbers or dashes first and the texts after, one block each; pdftotext
 * lets a line of the text fall inside the page footer (column order).
 */
static const char *const fixture_en_hanging =
	"1.\n\nNOTES the report.\n\n2.\n\nCALLS on the Commission:\n\xE2\x80\x93\n\nto present a report;\n\n"
	"\xE2\x80\x93\n\nto present a proposal.\n\n"
	"3.\n\n4.\n\nWELCOMES the plan.\n\nINVITES the States:\n\n\xE2\x80\x93\n\n\xE2\x80\x93\n\n"
	"to act;\n\nto report.\n\n"
	"5.\n\nERSUCHT die Mitgliedstaaten,\na)\n\nbis 2020 zu handeln;\n\nb)\n\nBerichte vorzulegen.\n\n"
	"6.\n\nSTRESSES the need:\n\xE2\x80\x93\n\nfor a first thing;\n\n"
	"77777/17\n\nXY/ab\nDG D 2B\n\n1\nEN\n\f\xE2\x80\x93\n\nfor a second thing.\n\n"
	"7.\n\nNOTES the work:\n\xE2\x80\x93\n\n77777/17\nANNEX\n\nof the group;\n\nXY/ab\nDG D 2B\n\n2\nEN\n\f"
	"\xE2\x80\x93\n\n8.\n\nof the network.\n\nAGREES.\n\n"
	/* pdfminer: the column of numbers, then the end of the paragraph the page break cut */
	"9.\n\nNOTES the report on the\n\f10.\n\n11.\n\nissues of the day.\n\nWELCOMES the plan.\n\nAGREES the text.\n";

/*
 * pdftotext (plain) footnotes: the numbers drift from their bodies (a body
 * without its number first, its number after the other bodies; a number
 * above the paragraph text; numbers grouped above the bodies); markers are
 * glued digits ("report1", "2015-20203", a year at a line's start).
 */
static const char *const fixture_en_drift =
	"1.\n\nNOTES the report1 and the plan2.\n\n2.\n\n3\n\nRECALLS the strategy 2015-20203;\n\n"
	"doc. 11111/17.\ndoc. 33333/17 (a body\ngoing on).\n2 doc. 22222/17.\n1\n\n"
	"77777/17\n\nXY/ab\nDG D 2B\n\n1\nEN\n\f"
	"3.\n\n4\n5\n\nWELCOMES the report4 of\n20175 and the G20 summit.\n\ndoc. 44444/17.\ndoc. 55555/17.\n\n"
	"77777/17\n\nXY/ab\nDG D 2B\n\n2\nEN\n\f";

/*
 * pdftohtml's text: no blank lines, a footer one part a line, the next page
 * after one empty line, a footnote's number alone above its body, a
 * no-break space after a marker.
 */
/* pdfminer: a blank line inside a footnote body after its first line */
static const char *const fixture_en_fnblank =
	"1. NOTES the report1 and the plan2.\n\n2. WELCOMES the plan.\n\n"
	"1 12109/13 and doc. 6225/13 (Joint Communication to the Parliament, the\n\nCouncil and the Committee).\n\n"
	"2 Without prejudice to the NIS\n\nDirective.\n\n"
	"77777/17\n\nXY/ab\nDG D 2B\n\n1\nEN\n\f3. AGREES.\n";

static const char *const fixture_en_html =
	"1.\nNOTES the report1\xC2\xA0" "and the plan.\n2.\nWELCOMES the text of the\nGroup2.\n1\ndoc. 11111/17.\n"
	"2\ndoc. 22222/17.\n77777/17\nXY/ab\n1\nDG D 2B\nEN\n\n3.\nAGREES.\n";

/*
 * The damaged pdftotext variant: bullets read as "J", "." or "o" alone on
 * their line (before a capital inside a list), bullets lost altogether.
 */
static const char *const fixture_en_damaged =
	"l.\n\nINVITES the States:\n\nJ\n\nWELCOMES the plan;\n\n.\n\nREAFFIRMS the goal;\n\n\n\n"
	"the work done;\n\no\n\nthe work to do.\n\n2.\n\nNOTES the report.\n\nJ\n\nAs a capital after a stop, J is text.\n\n"
	/* the second bullet lost before a column of numbers, then a first bullet lost after ':' */
	"3.\n\nCALLS on the Commission:\n\n\n\nto present a report;\n\n\n\n4.\n\n5.\n\nto present a proposal;\n\n"
	"INVITES Europol:\n\n\n\nto continue;\n\n.\n\nto contribute.\n\nINVITES the States:\nJ\n\nto remove obstacles.\n";

/*
 * A whole document on one line, as pasted from a web page: numbers and a
 * chapter numeral in sequence split it; "the 74th Assembly" or "in 2021."
 * do not.  Then "1 PRESIDENCY CONCLUSIONS" lines: page numbers, not
 * footnotes, as no marker cites them.
 */
static const char *const fixture_en_runon =
	"1 PRESIDENCY CONCLUSIONS\n\n2 PRESIDENCY CONCLUSIONS The European Council met in Brussels on 24 and 25 June 2021. "
	"I. COVID-19 1. The European Council notes with satisfaction that vaccination is progressing well in 2021. "
	"It calls for further efforts to speed up the roll-out everywhere. 2. Travel across borders will become "
	"safer thanks to the agreements on the certificates reached by the 74th World Health Assembly. "
	"II. ECONOMIC RECOVERY The Council 3. The European Council welcomes the plans and the progress made on them "
	"in all the Member States, and calls for their swift implementation.\n";

/*
 * Web pages: each section's list numbered from 1 again (no title, council
 * line or ANNEX between: the same part); quoted conclusions ('"1.'); a
 * chapter numeral alone on its line, its title in capitals below.
 */
static const char *const fixture_en_web =
	"The Council agreed on these conclusions:\n\"1. The Council expressed its satisfaction.\n"
	"2. The Council welcomed the backing.\n\nPNR\n\n  1. The Council restates that it is urgent.\n\n"
	"I.\nFIREARMS AND EXPLOSIVES\n\n  1. The Council:\n    a) welcomes the regulation,\n    b) invites Frontex.\n";

/*
 * OCR: most paragraph numbers lost (each paragraph then opens with its
 * operative word in capitals after a blank line), and a page's numbers as
 * a column whose first one was lost ("12." / "13." / four texts).
 */
static const char *const fixture_en_ocr =
	"Subject: Draft conclusions\n\nAt the meeting the Presidency presented a draft.\n\nThe Group examined it on the\n\n"
	"\foutlined issues.\n\nANNEX\n\nDraft conclusions on security\n\nThe Council of the European Union,\n\n"
	"1.\n\nRECOGNISING the first;\n\nUNDERLINING the second;\n\nNOTES the third;\n\nRECALLING the fourth;\n\n"
	"RECOGNISING the fifth,\n\nHEREBY\n\nWELCOMES the sixth.\n\nINVITES the seventh.\n\nSTRESSES the eighth.\n\n"
	"NOTES the ninth in the\n\nEU bodies.\n\nCALLS for the tenth.\n\nArticle 222 TEU\n\n"
	"9916/17 and C/2017/6100 final.\n\n77777/17 XY/ab 1\nDG D 2B EN\n\f12.\n\n13.\n\nUNDERLINES the eleventh.\n\n"
	"WELCOMES the twelfth.\n\nAGREES on the thirteenth.\n\nRECALLS the fourteenth.\n\n"
	/* "Chapter III" read "Chapter ITI", its title cut by the next number */
	"Chapter ITI\n\nSTRENGTHENING COOPERATION FOR AN OPEN,\n\n15.\n\nFREE AND SECURE CYBERSPACE\n\n"
	"RECOGNISES the fifteenth.\n";

/*
 * OCR (tesseract --psm 4) and footnote markers: markers read as glyphs glued
 * to a word ("Strategy”", "governance®"), a possessive that is no marker
 * ("States' role"), a quotation's closing mark, a dot after a body's number
 * ("2. doc."), the first body's 1 read as "ı", a page number read as ")",
 * more glyph runs than bodies (page 2: a guess, left unplaced), a marker
 * lost and a run with a digit ("!6", page 3), "°" for a bullet.
 */
static const char *const fixture_en_ocr_marks =
	"The Council of the European Union,\n\n"
	"1. RECOGNISES the Strategy\xE2\x80\x9D, the internet governance\xC2\xAE and the Member States' role;\n\n"
	"2. WELCOMES the \"Framework for Diplomacy\" which helps;\n\n"
	"\xC4\xB1 doc. 12109/13.\n2. doc. 16200/14.\n\n"
	"77777/17 XY/ab 1\nDG D 2B EN\n\f"
	"3. STRESSES the norms\xE2\x80\x9D\xE2\x80\x99, which the Assembly endorsed;\n\n"
	"4. CALLS on the Member States, as the Organization?\xE2\x80\x99 does:\n\n"
	"\xC2\xB0 to act;\n\n\xC2\xB0 to report.\n\n"
	"3 15283/16.\n\n"
	"77777/17 XY/ab )\nDG D 2B EN\n\f"
	"5. RECALLS the Strategy, the Diplomacy\xC2\xAE and the Strategy 2015-2020!6;\n\n"
	"6. INVITES the Member States.\n\n"
	"4 6122/15.\n\n5 9916/17.\n\n6 10007/16.\n\n"
	"77777/17 XY/ab 3\nDG D 2B EN\n";

static void
test_ocr_markers(void)
{
	parsed		p;
	int			footers = 0;
	size_t		off;
	bool		alone,
				damaged;

	expect_outline("en ocr marks", fixture_en_ocr_marks,
				   "P1 P2 F1>1.0 F2>1.0 P3 P4 .1 .2 F3>4.0? P5 P6 F4>5.0? F5>5.0? F6>5.0");
	parse(&p, fixture_en_ocr_marks);
	for (int i = 0; i < p.d.nitems; i++)
	{
		const dr_item *it = &p.d.items[i];

		if (it->kind == DR_PARAGRAPH && it->number == 1)
			CHECK(strcmp(it->text, "RECOGNISES the Strategy, the internet governance and the Member States' role;") == 0,
				  "ocr marks: 1 '%s'", it->text);
		if (it->kind == DR_PARAGRAPH && it->number == 2)
			CHECK(it->nmarkers == 0 && strstr(it->text, "Diplomacy\" which") != NULL, "ocr marks: 2 '%s'", it->text);
		if (it->kind == DR_PARAGRAPH && it->number == 5)
			CHECK(strcmp(it->text, "RECALLS the Strategy, the Diplomacy\xC2\xAE and the Strategy 2015-2020;") == 0,
				  "ocr marks: 5 '%s'", it->text);
		if (it->kind == DR_FOOTNOTE && it->footnote == 1)
			CHECK(strcmp(it->text, "doc. 12109/13.") == 0, "ocr marks: footnote 1 '%s'", it->text);
		if (it->kind == DR_FOOTNOTE && it->footnote == 2)
			CHECK(strcmp(it->text, "doc. 16200/14.") == 0, "ocr marks: footnote 2 '%s'", it->text);
		footers += it->kind == DR_SKIPPED && it->field && strcmp(it->field, "footer") == 0;
	}
	CHECK(footers == 3, "ocr marks: %d footers, want 3", footers);
	CHECK(p.d.layout == DR_LAYOUT_OCR, "ocr marks: layout %d", p.d.layout);
	arena_free(&p.a);

	/* the same glyphs where no body waits for them are text: nothing is rewritten */
	expect_outline("ocr marks, no bodies", "1. RECOGNISES the Strategy\xE2\x80\x9D and governance\xC2\xAE.\n", "P1");

	/* a paragraph number with one digit OCR confused (5 and 9), before an operative word only */
	CHECK(dr_para_number("92. RECOGNISES the role", 23, 52, &off, &alone, &damaged) == 52 && damaged,
		  "92. RECOGNISES for 52");
	CHECK(dr_para_number("99. RECOGNISES that", 19, 59, &off, &alone, &damaged) == 59, "99. RECOGNISES for 59");
	CHECK(dr_para_number("92. the role", 12, 52, &off, &alone, &damaged) != 52, "92. the role is not 52");
	/* neighbouring digits: the next paragraph (the expected one lost), not a confusion */
	CHECK(dr_para_number("53. RECOGNISES the role", 23, 52, &off, &alone, &damaged) == 53, "53. is 53");
	CHECK(dr_para_number("152. RECOGNISES the role", 24, 52, &off, &alone, &damaged) != 52, "152. is not 52");
}

static void
test_hyphens(void)
{
	static const struct
	{
		const char *left,
				   *right;
		int			want;
	}			cases[] = {
		{"the cyber-", "security of", 1}, {"Cyber-", "sicherheit", 1}, {"an EU-", "wide scheme", 2},
		{"the EU-", "NATO cooperation", 2}, {"risk-", "based approach", 2}, {"state-of-the-", "art", 2},
		{"mid-", "2018", 2}, {"word -", "next", 0}, {"plain", "next", 0}, {"ICT-", "enabled", 2},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		int			got = dr_hyphen_join(cases[i].left, strlen(cases[i].left), cases[i].right,
										 strlen(cases[i].right));

		CHECK(got == cases[i].want, "hyphen '%s' + '%s': %d, want %d", cases[i].left, cases[i].right, got,
			  cases[i].want);
	}
}

static void
test_fixtures(void)
{
	test_hyphens();
	expect_outline("en points", fixture_en_points,
				   "T P1 P2 .1 .2 :1 :2 .3 P3 .1 .2 .3 .4 .5 .6 P4 .1 :1 :2 .2 P5 .1 .2 P6");
	expect_meta("en points", fixture_en_points, "ref", "12762/5/16 REV 5");
	expect_meta("en points", fixture_en_points, "marking", "LIMITE");
	{
		parsed		p;
		const char *labels = "1 2 a b - - c 3 i ii iii iv v vi 4 - - - - 5 \xE2\x80\xA2 \xE2\x80\xA2 6";
		char		got[256];
		size_t		n = 0;

		parse(&p, fixture_en_points);
		got[0] = '\0';
		for (int i = 0; i < p.d.nitems && n + 16 < sizeof(got); i++)
			if (p.d.items[i].kind == DR_PARAGRAPH || p.d.items[i].kind == DR_POINT || p.d.items[i].kind == DR_SUBPOINT)
				n += (size_t) snprintf(got + n, sizeof(got) - n, "%s%s", n ? " " : "", p.d.items[i].label);
		CHECK(strcmp(got, labels) == 0, "en points: labels '%s', want '%s'", got, labels);
		CHECK(p.d.layout == DR_LAYOUT_OCR, "en points: layout %d", p.d.layout);
		arena_free(&p.a);
	}

	expect_outline("en hanging", fixture_en_hanging, "P1 P2 .1 .2 P3 P4 .1 .2 P5 .1 .2 P6 .1 .2 P7 .1 .2 P8 P9 P10 P11");
	{
		parsed		p;
		static const struct
		{
			int			num,
						item;
			const char *text;
		}			want[] = {
			{3, 0, "WELCOMES the plan."}, {4, 0, "INVITES the States:"}, {4, 1, "to act;"}, {4, 2, "to report."},
			{5, 1, "bis 2020 zu handeln;"}, {6, 2, "for a second thing."}, {7, 1, "of the group;"},
			{7, 2, "of the network."}, {8, 0, "AGREES."}, {9, 0, "NOTES the report on the issues of the day."},
			{10, 0, "WELCOMES the plan."}, {11, 0, "AGREES the text."},
		};

		parse(&p, fixture_en_hanging);
		for (size_t w = 0; w < sizeof(want) / sizeof(want[0]); w++)
		{
			const char *got = NULL;

			for (int i = 0; i < p.d.nitems; i++)
				if ((p.d.items[i].kind == DR_PARAGRAPH || p.d.items[i].kind == DR_POINT) &&
					p.d.items[i].number == want[w].num && p.d.items[i].item == want[w].item)
					got = p.d.items[i].text;
			CHECK(got && strcmp(got, want[w].text) == 0, "en hanging: %d.%d is '%s', want '%s'", want[w].num,
				  want[w].item, got ? got : "(none)", want[w].text);
		}
		arena_free(&p.a);
	}

	expect_outline("en drift", fixture_en_drift, "P1 P2 F1>1.0 F3>2.0 F2>1.0 P3 F4>3.0 F5>3.0");
	{
		parsed		p;
		const char *want[] = {"", "doc. 11111/17.", "doc. 22222/17.", "doc. 33333/17 (a body going on).",
		"doc. 44444/17.", "doc. 55555/17."};

		parse(&p, fixture_en_drift);
		for (int i = 0; i < p.d.nitems; i++)
		{
			const dr_item *it = &p.d.items[i];

			if (it->kind == DR_FOOTNOTE && it->footnote >= 1 && it->footnote <= 5)
				CHECK(strcmp(it->text, want[it->footnote]) == 0 && it->placed, "en drift: footnote %d '%s'",
					  it->footnote, it->text);
			if (it->kind == DR_PARAGRAPH && it->number == 3)
				CHECK(strcmp(it->text, "WELCOMES the report of 2017 and the G20 summit.") == 0,
					  "en drift: paragraph 3 '%s'", it->text);
		}
		arena_free(&p.a);
	}

	expect_outline("en html", fixture_en_html, "P1 P2 F1>1.0 F2>2.0 P3");
	expect_outline("en fnblank", fixture_en_fnblank, "P1 P2 F1>1.0 F2>1.0 P3");
	{
		parsed		p;

		parse(&p, fixture_en_fnblank);
		for (int i = 0; i < p.d.nitems; i++)
		{
			const dr_item *it = &p.d.items[i];

			if (it->kind == DR_FOOTNOTE && it->footnote == 1)
				CHECK(strcmp(it->text, "12109/13 and doc. 6225/13 (Joint Communication to the Parliament, the Council and "
							 "the Committee).") == 0, "en fnblank: 1 '%s'", it->text);
			if (it->kind == DR_FOOTNOTE && it->footnote == 2)
				CHECK(strcmp(it->text, "Without prejudice to the NIS Directive.") == 0, "en fnblank: 2 '%s'", it->text);
			if (it->kind == DR_PARAGRAPH && it->number == 2)
				CHECK(strcmp(it->text, "WELCOMES the plan.") == 0, "en fnblank: paragraph 2 '%s'", it->text);
		}
		arena_free(&p.a);
	}
	{
		parsed		p;

		parse(&p, fixture_en_html);
		for (int i = 0; i < p.d.nitems; i++)
		{
			const dr_item *it = &p.d.items[i];

			if (it->kind == DR_PARAGRAPH && it->number == 1)
				CHECK(strcmp(it->text, "NOTES the report and the plan.") == 0, "en html: paragraph 1 '%s'", it->text);
			if (it->kind == DR_FOOTNOTE && it->footnote == 2)
				CHECK(strcmp(it->text, "doc. 22222/17.") == 0, "en html: footnote 2 '%s'", it->text);
		}
		arena_free(&p.a);
	}

	expect_outline("en damaged", fixture_en_damaged, "P1 .1 .2 .3 .4 P2 P3 .1 .2 P4 .1 .2 P5 .1");
	{
		size_t		off;
		bool		alone,
					damaged;

		CHECK(dr_para_number("lO.", 3, 10, &off, &alone, &damaged) == 10 && alone && damaged, "'lO.' is 10");
		CHECK(dr_para_number("lO.", 3, 11, &off, &alone, &damaged) == 0, "'lO.' only where 10 is expected");
		CHECK(dr_para_number("SO.", 3, 50, &off, &alone, &damaged) == 0, "'SO.' is not 50");
		CHECK(dr_para_number("9, ERSUCHT den", 14, 9, &off, &alone, &damaged) == 9 && damaged && off == 3,
			  "'9, ERSUCHT' is 9");
		CHECK(dr_para_number("9, 10 and 11", 12, 9, &off, &alone, &damaged) == 0, "'9, 10 and 11' is no number");
	}

	expect_outline("en runon", fixture_en_runon, "C[I] P1 P2 C[II] P3");
	{
		parsed		p;

		parse(&p, fixture_en_runon);
		for (int i = 0; i < p.d.nitems; i++)
			if (p.d.items[i].kind == DR_CHAPTER && strcmp(p.d.items[i].label, "II") == 0)
				CHECK(strcmp(p.d.items[i].chapter_title, "ECONOMIC RECOVERY") == 0, "en runon: chapter II '%s'",
					  p.d.items[i].chapter_title);
		arena_free(&p.a);
	}

	expect_outline("en web", fixture_en_web, "P1 P2 P1 C[I] P1 .1 .2");
	/* a heading in capitals that ends with the chapter numeral, a title that ends with the paragraph number */
	expect_outline("de heading numerals", "DER RAT DER EUROPÄISCHEN UNION UND DIE VERTRETER – I.\n\nEINLEITUNG 1.\n\n"
				   "VERWEISEN auf die Aufgaben;\n\n2.\n\nVERWEISEN auf den Plan.\n", "C[I] P1 P2");
	/* cover numbers with a series prefix, or run into the line after "(OR. en)" */
	expect_meta("euco ref", "EUCO 7/10\nCO EUR 4\nCONCL 1\n\n1. The European Council met.\n", "ref", "EUCO 7/10");
	expect_meta("run-on ref", "Brussels, 25 June 2021 (OR. en) EUCO 7/21 CO EUR 4 CONCL 3\n\n1. Text.\n", "ref",
				"EUCO 7/21");
	expect_meta("run-on ref nl", "Brussel, 20 juni 2008 DE EUROPESE UNIE (OR. en) 11018/08 CONCL 2 NOTA\n\n1. Tekst.\n",
				"ref", "11018/08");

	/*
	 * A cover whose number stands only in a sentence of its head (a
	 * transmittal letter, here Danish): taken when of the cover's year and
	 * not cited ("doc."); a number of another year, a cited one, or one
	 * below the labels is not the cover's.
	 */
	expect_meta("ref in a sentence", "Europaudvalget modtager hermed udkast til konklusioner, 9490/05.\n"
				"Brussels, 31 May 2005\n\nSubject: Draft conclusions\n\nThe Council of the European Union,\n\n"
				"1. RECALLS doc. 8000/05.\n", "ref", "9490/05");
	{
		static const char *const none[] = {
			"Udkast til konklusioner, 9490/04.\nBrussels, 31 May 2005\n\nSubject: Draft\n\n1. RECALLS it.\n",
			"Udkast, som i doc. 9490/05.\nBrussels, 31 May 2005\n\nSubject: Draft\n\n1. RECALLS it.\n",
			"Brussels, 31 May 2005\n\nSubject: Draft\nThe Council has 9490/05.\n\n1. RECALLS it.\n",
		};

		for (size_t c = 0; c < sizeof(none) / sizeof(none[0]); c++)
		{
			parsed		p;

			parse(&p, none[c]);
			CHECK(find_meta(&p.d, "ref") == NULL, "ref in a sentence %zu: read '%s'", c,
				  find_meta(&p.d, "ref") ? find_meta(&p.d, "ref")->text : "");
			arena_free(&p.a);
		}
	}

	expect_outline("en ocr", fixture_en_ocr, "N1 N2 T P1p P2p P3p P4p P5p P6 P7 P8 P9 P10 P11 P12 P13 P14 C[III] P15");
	{
		parsed		p;

		parse(&p, fixture_en_ocr);
		for (int i = 0; i < p.d.nitems; i++)
		{
			const dr_item *it = &p.d.items[i];

			if (it->kind == DR_PARAGRAPH && it->number == 9)
				CHECK(strcmp(it->text, "NOTES the ninth in the EU bodies.") == 0, "en ocr: 9 '%s'", it->text);
			if (it->kind == DR_PARAGRAPH && it->number == 11)
				CHECK(strcmp(it->text, "UNDERLINES the eleventh.") == 0, "en ocr: 11 '%s'", it->text);
			if (it->kind == DR_PARAGRAPH && it->number == 14)
				CHECK(strcmp(it->text, "RECALLS the fourteenth.") == 0, "en ocr: 14 '%s'", it->text);
			if (it->kind == DR_PARAGRAPH && it->number == 10)
				CHECK(strcmp(it->text, "CALLS for the tenth.") == 0, "en ocr: 10 '%s'", it->text);
			if (it->kind == DR_NOTE && it->number == 2)
				CHECK(strcmp(it->text, "The Group examined it on the outlined issues.") == 0, "en ocr: note 2 '%s'",
					  it->text);
			if (it->kind == DR_CHAPTER)
				CHECK(strcmp(it->chapter_title, "STRENGTHENING COOPERATION FOR AN OPEN, FREE AND SECURE CYBERSPACE") == 0,
					  "en ocr: chapter '%s'", it->chapter_title);
			if (it->kind == DR_SKIPPED && it->field && strcmp(it->field, "footnote") == 0)
				CHECK(strcmp(it->text, "Article 222 TEU") == 0 || strcmp(it->text, "9916/17 and C/2017/6100 final.") == 0,
					  "en ocr: footnote text '%s'", it->text);
		}
		CHECK(p.d.layout == DR_LAYOUT_OCR, "en ocr: layout %d", p.d.layout);
		arena_free(&p.a);
	}

	expect_outline("fr", fixture_fr, "T RA RB P1p C[I] P2 .1 .2 :1 :2 .3 F1>1.0 C[II] P3");
	expect_meta("fr", fixture_fr, "ref", "ST 13943 2017 INIT");
	expect_meta("fr", fixture_fr, "place", "Bruxelles");
	expect_meta("fr", fixture_fr, "date", "7 novembre 2017");
	expect_meta("fr", fixture_fr, "marking", "RESTREINT UE/EU RESTRICTED");
	expect_meta("fr", fixture_fr, "from", "Secrétariat général du Conseil");
	expect_meta("fr", fixture_fr, "prev", "12762/5/16 REV 5");
	expect_meta("fr", fixture_fr, "subject", "Projet de conclusions du Conseil sur la cybersécurité");
	expect_meta("fr", fixture_fr, "meeting", "20 novembre 2017");

	expect_outline("de", fixture_de, "N1 N2 T P1p C[I] P2 .1 :1 :2 .2 P3 F1>2.1 C[II] P4");
	expect_meta("de", fixture_de, "ref", "13943/17");
	expect_meta("de", fixture_de, "place", "Brüssel");
	expect_meta("de", fixture_de, "date", "7. November 2017");
	expect_meta("de", fixture_de, "marking", "LIMITE");
	expect_meta("de", fixture_de, "to", "Ausschuss der Ständigen Vertreter/Rat");
	expect_meta("de", fixture_de, "subject", "Entwurf von Schlussfolgerungen des Rates zur Cybersicherheit");
	{
		parsed		p;

		parse(&p, fixture_de);
		for (int i = 0; i < p.d.nitems; i++)
			if (p.d.items[i].kind == DR_PARAGRAPH && p.d.items[i].number == 4)
				CHECK(strcmp(p.d.items[i].text, "BETONT die Bedeutung der Zusammenarbeit mit der EU-NATO und der "
							 "Cybersicherheit.") == 0,
					  "de: hyphenation: '%s'", p.d.items[i].text);
		CHECK(p.d.layout == DR_LAYOUT_PDFTOTEXT_LAYOUT, "de: layout %d", p.d.layout);
		arena_free(&p.a);
	}

	expect_outline("nl", fixture_nl, "T T P1p C[I] P2 .1 :1 :2 .2 .3 F1>1.0 C[Samenwerking] P3");
	expect_meta("nl", fixture_nl, "place", "Brussel");
	expect_meta("nl", fixture_nl, "date", "7 november 2017");
	expect_meta("nl", fixture_nl, "from", "Secretariaat-generaal van de Raad");
	expect_meta("nl", fixture_nl, "prev", "12762/5/16 REV 5");
	{
		parsed		p;

		parse(&p, fixture_nl);
		for (int i = 0; i < p.d.nitems; i++)
			if (p.d.items[i].kind == DR_CHAPTER && p.d.items[i].label)
				CHECK(strcmp(p.d.items[i].chapter_title, "VEERKRACHT") == 0, "nl: chapter title '%s'",
					  p.d.items[i].chapter_title);
		CHECK(p.d.layout == DR_LAYOUT_MARKDOWN, "nl: layout %d", p.d.layout);
		arena_free(&p.a);
	}

	expect_outline("en roman", fixture_en_roman, "T C[I] P1 .1 .2 P2 .1 .2 .3 .4 .5 C[II] P3 P4");
	expect_meta("en roman", fixture_en_roman, "meeting", "20 November 2017");
	expect_meta("en roman", fixture_en_roman, "ref", "14435/17");
	expect_meta("en roman", fixture_en_roman, "subject", "Council conclusions on Ukraine - Council conclusions (20 November 2017)");
}

/* ---- hostile input ---- */

/* OCR's capital O for a zero, in runs of digits only: repaired before reading */
static void
test_ocr_zeros(void)
{
	arena		a = {0};
	dr_doc		d;
	const char *text = "1. INVITES the Commission to report by mid-2O18 on doc. 1OOO7/16 and 12O5O/17.\n"
		"2. NOTES the CO2 target, the A4O and No 1o gennaio; Ol 2O.\n";
	int			rc = dr_read(text, strlen(text), arena_alloc, &a, &d);
	int			seen = 0;

	CHECK(rc == 0, "ocr zeros: %s", dr_strerror(rc));
	for (int k = 0; rc == 0 && k < d.nitems; k++)
	{
		const dr_item *it = &d.items[k];

		if (it->kind != DR_PARAGRAPH)
			continue;
		if (it->number == 1)
		{
			seen++;
			CHECK(strstr(it->text, "by mid-2018 on doc. 10007/16 and 12050/17.") != NULL,
				  "ocr zeros: paragraph 1 is '%s'", it->text);
		}
		if (it->number == 2)
		{
			seen++;
			/* a letter beside the run, a lower-case o, a run without a digit: kept */
			CHECK(strstr(it->text, "CO2 target, the A4O and No 1o gennaio; Ol 20.") != NULL,
				  "ocr zeros: paragraph 2 is '%s'", it->text);
		}
	}
	CHECK(seen == 2, "ocr zeros: %d of 2 paragraphs", seen);
	arena_free(&a);
}

/*
 * Layouts of the real texts added in doc-more (test/documents/real/): a
 * chapter label whose title comes after its first paragraph's number
 * (EUCO 20/23), a cover table printed column by column (labels, then
 * values), and the glued marker of an outcome's contents heading, beside a
 * telephone number that is no marker.
 */
static void
test_more_layouts(void)
{
	arena		a = {0};
	dr_doc		d;
	int			rc;
	const char *chap = "Conclusions\nI.\n1.\nUKRAINE\nThe European Council restates its support.\n"
		"It condemns the attacks.\n2.\nThe European Council recalls its conclusions.\n";
	const char *cover = "European Council\nBrussels, 15 December 2023\n(OR. en)\nEUCO 20/23\nNOTE\n"
		"From:\nTo:\nSubject:\nGeneral Secretariat of the Council\nDelegations\n"
		"European Council meeting (14 and 15 December 2023)\n\u2013 Conclusions\n\n"
		"1. The European Council met.\n";
	const char *contents = "PRESS Tel.: +32 (0)2 281 6319 Fax: +32 (0)2 281 8026\n\n"
		"Council of the European Union\n\n9459/20 ADD 1\n\n"
		"1 Where conclusions have been adopted, the heading says so.\n\n"
		"Documents cited are on the Council's internet site.\n\n"
		"CONTENTS1\n\nITEMS DEBATED\n\nnone\n\n\u2013 'Article 255' panel - appoint\n";
	int			chapters = 0,
				paras = 0,
				fns = 0;

	rc = dr_read(chap, strlen(chap), arena_alloc, &a, &d);
	CHECK(rc == 0, "title after number: %s", dr_strerror(rc));
	for (int i = 0; rc == 0 && i < d.nitems; i++)
	{
		const dr_item *it = &d.items[i];

		if (it->kind == DR_CHAPTER)
		{
			chapters++;
			CHECK(it->label && strcmp(it->label, "I") == 0 && strcmp(it->text, "UKRAINE") == 0,
				  "title after number: chapter '%s' '%s'", it->label ? it->label : "", it->text);
		}
		if (it->kind == DR_PARAGRAPH)
		{
			paras++;
			if (it->number == 1)
				CHECK(strncmp(it->text, "The European Council restates", 29) == 0 &&
					  strstr(it->text, "It condemns") != NULL,
					  "title after number: paragraph 1 is '%s'", it->text);
		}
	}
	CHECK(chapters == 1 && paras == 2, "title after number: %d chapters, %d paragraphs", chapters, paras);
	arena_free(&a);

	rc = dr_read(cover, strlen(cover), arena_alloc, &a, &d);
	CHECK(rc == 0, "stacked labels: %s", dr_strerror(rc));
	if (rc == 0)
	{
		check_meta(&d, "stacked labels", "from", "General Secretariat of the Council", false);
		check_meta(&d, "stacked labels", "to", "Delegations", false);
		check_meta(&d, "stacked labels", "subject", "European Council meeting (14 and 15 December 2023)", true);
		check_meta(&d, "stacked labels", "ref", "EUCO 20/23", false);
	}
	arena_free(&a);

	rc = dr_read(contents, strlen(contents), arena_alloc, &a, &d);
	CHECK(rc == 0, "contents marker: %s", dr_strerror(rc));
	for (int i = 0; rc == 0 && i < d.nitems; i++)
	{
		const dr_item *it = &d.items[i];

		if (it->kind == DR_FOOTNOTE)
		{
			fns++;
			CHECK(it->footnote == 1 && strncmp(it->text, "Where conclusions", 17) == 0,
				  "contents marker: footnote %d '%s'", it->footnote, it->text);
		}
		/* the telephone numbers keep their digits */
		if (it->kind == DR_SKIPPED && strncmp(it->text, "PRESS", 5) == 0)
			CHECK(strstr(it->text, "(0)2 281 6319") != NULL, "contents marker: '%s'", it->text);
	}
	CHECK(fns == 1, "contents marker: %d footnotes, want 1", fns);
	arena_free(&a);

	/*
	 * A website's numbered list entry right before the conclusions, whose
	 * paragraphs number from 1 again: a title, not paragraph 1.  A list
	 * that restarts after a whole paragraph stays one list
	 * (en_jha_counterterrorism_2015_11).
	 */
	{
		const char *site = "Published on October 20, 2017\n\n"
			"1. European Union - European Council (Article 50) / conclusions (Brussels - October 20, 2017)\n\n"
			"1. The European Council:\n\n  \u2022 welcomes the progress;\n  \u2022 notes the obligations.\n\n"
			"2. The European Council calls for work to continue.\n\n3. It will meet again.\n";
		const char *lists = "1. The Council condemns the attacks.\n\nPNR\n\n"
			"1. The Council restates its call.\n\nFirearms\n\n1. The Council welcomes the proposal.\n";
		int			titles = 0,
					points = 0,
					first = 0,
					last = 0;

		paras = 0;
		rc = dr_read(site, strlen(site), arena_alloc, &a, &d);
		CHECK(rc == 0, "numbered title: %s", dr_strerror(rc));
		for (int i = 0; rc == 0 && i < d.nitems; i++)
		{
			const dr_item *it = &d.items[i];

			titles += it->kind == DR_TITLE && strstr(it->text, "European Union - European Council") != NULL;
			points += it->kind == DR_POINT;
			if (it->kind == DR_PARAGRAPH && !it->in_note)
			{
				if (paras++ == 0)
					first = it->number;
				last = it->number;
			}
		}
		CHECK(titles == 1 && paras == 3 && first == 1 && last == 3 && points == 2,
			  "numbered title: %d titles, %d paragraphs %d-%d, %d points", titles, paras, first, last, points);
		arena_free(&a);

		paras = 0;
		rc = dr_read(lists, strlen(lists), arena_alloc, &a, &d);
		CHECK(rc == 0, "restarting lists: %s", dr_strerror(rc));
		for (int i = 0; rc == 0 && i < d.nitems; i++)
			paras += d.items[i].kind == DR_PARAGRAPH && !d.items[i].in_note;
		CHECK(paras == 3, "restarting lists: %d paragraphs, want 3", paras);
		arena_free(&a);
	}

	/*
	 * A web page's extract that starts at chapter IV starts at its
	 * paragraph 5, and prints numbers and a chapter label as bullet list
	 * entries (nl_euco_2019_10).  Before any chapter, or under chapter I, a
	 * first number other than 1 is still not a paragraph.
	 */
	{
		const char *extract = "IV. TURKIJE\n\n \u2022 5. \n  De Europese Raad schaart zich achter de conclusies.\n"
			" \u2022 6. \n  De EU veroordeelt de actie.\n \u2022 V. \n  ILLEGALE BOORACTIVITEITEN\n"
			" \u2022 7. \n  De Europese Raad blijft de kwestie volgen.\n";
		const char *early = "I. INLEIDING\n\n5. De Raad neemt nota van het verslag.\n\n"
			"In 2019 waren er 12. Vergaderingen.\n";
		char		labels[64];
		size_t		ln = 0;
		int			first = 0,
					last = 0;

		paras = 0;
		labels[0] = '\0';
		rc = dr_read(extract, strlen(extract), arena_alloc, &a, &d);
		CHECK(rc == 0, "extract: %s", dr_strerror(rc));
		for (int i = 0; rc == 0 && i < d.nitems; i++)
		{
			const dr_item *it = &d.items[i];

			if (it->kind == DR_CHAPTER && ln + 8 < sizeof(labels))
				ln += (size_t) snprintf(labels + ln, sizeof(labels) - ln, "%s%s", ln ? "," : "",
										it->label ? it->label : "?");
			if (it->kind == DR_PARAGRAPH)
			{
				if (paras++ == 0)
					first = it->number;
				last = it->number;
			}
			CHECK(it->kind != DR_POINT, "extract: a point '%s'", it->text);
		}
		CHECK(paras == 3 && first == 5 && last == 7 && strcmp(labels, "IV,V") == 0,
			  "extract: %d paragraphs %d-%d, chapters '%s'", paras, first, last, labels);
		arena_free(&a);

		paras = 0;
		rc = dr_read(early, strlen(early), arena_alloc, &a, &d);
		CHECK(rc == 0, "extract under I: %s", dr_strerror(rc));
		for (int i = 0; rc == 0 && i < d.nitems; i++)
			paras += d.items[i].kind == DR_PARAGRAPH;
		CHECK(paras == 0, "extract under I: %d paragraphs, want 0", paras);
		arena_free(&a);
	}
}

static void
test_hostile(void)
{
	arena		a = {0};
	dr_doc		d;
	static const char *const odd[] = {
		"", "\n", "\f\f\f", "1.", "1.\n", "<sup>", "<sup>1</sup>", "<sup>&</sup>lt;sup>", "- ", "• ", "\xE2\x80",
		"\xff\xfe\xfd 1. x\n", "1. a:\nb;\nc;\n", "Chapter", "Chapter I", "I.", "## ", "#", "1\n", "13943/17\n",
		"13943/17 MK/ec\n", "Brussels, 7 November 2017", "at its meeting on 1 May 2017", "A. x\n1. y",
		"1.\n\n2.\n\n3.\n", "\r\r\n\r", "1 x\n2 y\n3 z", "a) b\n(i) c\n", "o o o\n. . .\n",
	};

	for (size_t i = 0; i < sizeof(odd) / sizeof(odd[0]); i++)
	{
		int			rc = dr_read(odd[i], strlen(odd[i]), arena_alloc, &a, &d);

		CHECK(rc == 0, "odd input %zu: %s", i, dr_strerror(rc));
		for (int k = 0; rc == 0 && k < d.nitems; k++)
			CHECK(d.items[k].text && strlen(d.items[k].text) == d.items[k].len, "odd input %zu item %d", i, k);
		arena_free(&a);
	}
	CHECK(dr_read(NULL, 0, arena_alloc, &a, &d) == 0 && d.nitems == 0, "NULL, 0");
	CHECK(dr_read(NULL, 5, arena_alloc, &a, &d) == DR_EARG, "NULL with a length");
	CHECK(dr_read("x", 1, NULL, &a, &d) == DR_EARG, "no allocator");
	CHECK(dr_read("x", DR_MAX_INPUT + 1, arena_alloc, &a, &d) == DR_ETOOBIG, "more than 1 GB");
	a.limit = 100;
	CHECK(dr_read("1. a\n2. b\n", 10, arena_alloc, &a, &d) == DR_ENOMEM, "allocator failure");
	arena_free(&a);
	a.limit = 0;
	{
		/* invalid UTF-8 is replaced, so every text is valid UTF-8 */
		const char *bad = "1. caf\xe9 \xc3\x28 \xed\xa0\x80 ok\n";
		int			rc = dr_read(bad, strlen(bad), arena_alloc, &a, &d);

		CHECK(rc == 0 && d.nitems == 1 && strstr(d.items[0].text, "caf\xEF\xBF\xBD") != NULL,
			  "invalid UTF-8 replaced: '%s'", rc == 0 && d.nitems ? d.items[0].text : "");
		arena_free(&a);
	}
	{
		/* random bytes (NUL-free), many sizes */
		uint32_t	seed = 12345;
		char	   *buf = malloc(70000);

		for (int round = 0; round < 200; round++)
		{
			size_t		n = (size_t) (round * 337) % 70000;

			for (size_t k = 0; k < n; k++)
			{
				seed = seed * 1103515245u + 12345u;
				buf[k] = (char) ("1. -•\n\f:;aAIlO<>sup/&#*()"[(seed >> 16) % 26] ^ ((seed >> 8) % 7 == 0 ? 0x80 : 0));
				if (buf[k] == 0)
					buf[k] = ' ';
			}
			CHECK(dr_read(buf, n, arena_alloc, &a, &d) == 0, "random round %d", round);
			arena_free(&a);
		}
		free(buf);
	}
}

/*
 * ---- real converter output (test/documents/generate.sh), when DOCVARIANTS
 * names the folder that holds it ----
 *
 * Nothing generated is committed, so these files are read only when the
 * environment points at them.  Each file is scored (paragraphs found once in
 * sequence, paragraphs with the right number of points and no stray points,
 * footnotes attached through their marker to the right owner) against a
 * floor: the reader must never read less than the floor, and a file read
 * better than its floor says so, so that the floors are raised as the
 * reader improves (a ratchet, like test/documents/known_gaps.tsv).
 */
typedef struct
{
	int			fn;
	int			note;			/* 1: owned by a cover-note paragraph */
	int			para,
				point;
} fn_owner;

typedef struct
{
	const char *prefix;			/* "13943-17_en", "de_fixture" */
	int			nparas;
	int			nnotes;
	int			(*points) (int para);
	const fn_owner *fns;
	int			nfns;
	int			npointed;		/* paragraphs that have points */
} variant_doc;

static int
de_points(int para)
{
	return para == 5 ? 3 : 0;
}

static fn_owner en_fns[3 + N_EXPECT_FN];
static const fn_owner de_fns[] = {{1, 1, 1, 0}, {2, 0, 2, 0}};

typedef struct
{
	int			paras,			/* expected paragraphs found exactly once */
				extra,			/* paragraphs out of sequence or repeated */
				notes,
				points,			/* paragraphs with points that have the right ones, less 1 if any stray */
				fns;			/* footnotes placed on the right owner */
} variant_score;

static variant_score
score_doc(const dr_doc *d, const variant_doc *vd)
{
	variant_score sc = {0, 0, 0, 0, 0};
	int			seen[128] = {0},
				pts[128] = {0},
				notes[16] = {0};
	bool		stray = false;

	for (int i = 0; i < d->nitems; i++)
	{
		const dr_item *it = &d->items[i];

		if (it->kind == DR_PARAGRAPH && it->number > 0 && it->number <= vd->nparas)
			seen[it->number]++;
		else if (it->kind == DR_PARAGRAPH)
			sc.extra++;
		if (it->kind == DR_NOTE && it->number > 0 && it->number <= vd->nnotes)
			notes[it->number]++;
		if ((it->kind == DR_POINT || it->kind == DR_SUBPOINT) && !it->in_note)
		{
			if (it->number > 0 && it->number <= vd->nparas && it->kind == DR_POINT)
				pts[it->number]++;
			else
				stray = true;
		}
		if (it->kind == DR_FOOTNOTE && it->placed)
			for (int f = 0; f < vd->nfns; f++)
				if (vd->fns[f].fn == it->footnote && vd->fns[f].note == it->in_note &&
					vd->fns[f].para == it->number && vd->fns[f].point == it->item)
					sc.fns++;
	}
	for (int p = 1; p <= vd->nparas; p++)
	{
		sc.paras += seen[p] == 1;
		sc.extra += seen[p] > 1 ? seen[p] - 1 : 0;
		if (vd->points(p) > 0)
			sc.points += pts[p] == vd->points(p);
		else if (pts[p] > 0)
			stray = true;
	}
	/* points where there are none cost one */
	if (stray && sc.points > 0)
		sc.points--;
	for (int p = 1; p <= vd->nnotes; p++)
		sc.notes += notes[p] == 1;
	return sc;
}

/*
 * The floors: what the reader reads of each file at least (paragraphs,
 * cover-note paragraphs, paragraphs with the right points, footnotes on
 * the right owner).  13943-17 has 62 paragraphs, 5 note paragraphs, 24
 * footnotes; de_fixture 10, 2 and 2.
 */
static const struct
{
	const char *file;
	variant_score floor;
}			variant_floors[] = {
	{"13943-17_en.layout.txt", {62, 0, 5, 6, 24}},
	{"13943-17_en.pdftotext.txt", {62, 0, 5, 6, 24}},
	{"13943-17_en.pdfminer.txt", {62, 0, 5, 6, 24}},
	{"13943-17_en.html.txt", {62, 0, 5, 6, 24}},
	{"13943-17_en.damaged.txt", {62, 0, 5, 6, 24}},
	{"13943-17_en.ocr.txt", {62, 0, 5, 6, 14}},
	{"de_fixture.layout.txt", {10, 0, 2, 1, 2}},
	{"de_fixture.pdftotext.txt", {10, 0, 2, 1, 2}},
	{"de_fixture.pdfminer.txt", {10, 0, 2, 1, 2}},
	{"de_fixture.html.txt", {10, 0, 2, 1, 2}},
	{"de_fixture.damaged.txt", {10, 0, 2, 1, 2}},
	{"de_fixture.ocr.txt", {10, 0, 2, 1, 2}},
	{NULL, {0, 0, 0, 0, 0}}
};

/*
 * ---- the real texts (test/documents/real/, committed) against their
 * expected structure (expected.tsv), field by field as check.py compares
 * read_document's rows; a floor of fields right, and a list of the fields
 * still wrong printed ----
 */
#define REAL_FLOOR 201

static bool
same_docnum(const char *a, const char *b)
{
	docnum_t	x,
				y;
	const char *hint;

	if (strcmp(a, b) == 0)
		return true;
	return *a && *b && docnum_parse(a, strlen(a), &x, &hint) == DN_OK &&
		docnum_parse(b, strlen(b), &y, &hint) == DN_OK && x == y;
}

static void
test_real_texts(void)
{
	const char *dir = getenv("DOCREAD_REAL");
	char		path[1024];
	size_t		len;
	char	   *tsv;
	int			right = 0,
				total = 0;

	if (dir == NULL)
		dir = "test/documents/real";
	snprintf(path, sizeof(path), "%s/expected.tsv", dir);
	tsv = read_file(path, &len);
	if (tsv == NULL)
	{
		printf("docread: %s missing, real texts skipped\n", path);
		return;
	}
	for (char *line = strchr(tsv, '\n'); line != NULL && line[1];)
	{
		char	   *f[12] = {0},
				   *next = strchr(line + 1, '\n'),
				   *p = line + 1;
		int			nf = 0;

		if (next)
			*next = '\0';
		while (nf < 12)
		{
			f[nf++] = p;
			p = strchr(p, '\t');
			if (p == NULL)
				break;
			*p++ = '\0';
		}
		line = next;
		if (nf < 10)
			continue;
		{
			char		tpath[1024],
						got[8][256];
			char	   *text;
			size_t		tlen;
			arena		a = {0};
			dr_doc		d;
			int			first = 0,
						last = 0,
						paras = 0,
						recitals = 0,
						points = 0,
						fns = 0;
			static const char *const names[] = {"first paragraph", "last paragraph", "paragraphs", "chapters",
			"recitals", "points", "footnotes", "cover number"};
			size_t		cn = 0;

			snprintf(tpath, sizeof(tpath), "%s/%s.txt", dir, f[0]);
			text = read_file(tpath, &tlen);
			if (text == NULL)
			{
				CHECK(0, "real %s: missing", f[0]);
				continue;
			}
			CHECK(dr_read(text, tlen, arena_alloc, &a, &d) == DR_OK, "real %s: read", f[0]);
			got[3][0] = got[7][0] = '\0';
			for (int i = 0; i < d.nitems; i++)
			{
				const dr_item *it = &d.items[i];

				if (it->kind == DR_PARAGRAPH && !it->in_note)
				{
					if (paras == 0 || it->number < first)
						first = it->number;
					if (it->number > last)
						last = it->number;
					paras++;
				}
				recitals += it->kind == DR_RECITAL;
				points += (it->kind == DR_POINT || it->kind == DR_SUBPOINT) && !it->in_note;
				fns += it->kind == DR_FOOTNOTE;
				if (it->kind == DR_CHAPTER && cn + 40 < sizeof(got[3]))
					cn += (size_t) snprintf(got[3] + cn, sizeof(got[3]) - cn, "%s%s", cn ? "," : "",
											it->label ? it->label : "");
				if (it->kind == DR_META && strcmp(it->field, "ref") == 0 && got[7][0] == '\0')
					snprintf(got[7], sizeof(got[7]), "%s", it->text);
			}
			snprintf(got[0], sizeof(got[0]), "%s", paras ? "" : "");
			if (paras)
			{
				snprintf(got[0], sizeof(got[0]), "%d", first);
				snprintf(got[1], sizeof(got[1]), "%d", last);
			}
			else
				got[1][0] = '\0';
			snprintf(got[2], sizeof(got[2]), "%d", paras);
			snprintf(got[4], sizeof(got[4]), "%d", recitals);
			snprintf(got[5], sizeof(got[5]), "%d", points);
			snprintf(got[6], sizeof(got[6]), "%d", fns);
			for (int k = 0; k < 8; k++)
			{
				const char *want = f[2 + k];
				bool		ok;

				/*
				 * not stated by the text (expected.tsv's note); an empty
				 * chapter list or cover number is stated: the text has none,
				 * and a number read there would be wrong ("15/16 JUNE 2006")
				 */
				if (*want == '\0' && k != 3 && k != 7)
					continue;
				total++;
				ok = k == 7 ? same_docnum(got[7], want) : strcmp(got[k], want) == 0;
				right += ok;
				if (!ok)
					printf("docread: real %s: %s read '%s', expected '%s'\n", f[0], names[k], got[k], want);
			}
			arena_free(&a);
			free(text);
		}
	}
	printf("docread: real texts: %d of %d fields right\n", right, total);
	CHECK(right >= REAL_FLOOR, "real texts: %d fields right, below the floor %d", right, REAL_FLOOR);
	free(tsv);
}

static void
test_docvariants(void)
{
	const char *dir = getenv("DOCVARIANTS");
	static const variant_doc docs[] = {
		{"13943-17_en", 62, 5, expect_points, en_fns, 3 + N_EXPECT_FN, 6},
		{"de_fixture", 10, 2, de_points, de_fns, 2, 1},
	};
	int			nread = 0;

	if (dir == NULL || *dir == '\0')
	{
		printf("docread: DOCVARIANTS not set, converter outputs skipped\n");
		return;
	}
	en_fns[0] = (fn_owner) {1, 1, 1, 0};
	en_fns[1] = (fn_owner) {2, 1, 3, 0};
	en_fns[2] = (fn_owner) {3, 1, 4, 0};
	for (int k = 0; k < N_EXPECT_FN; k++)
		en_fns[3 + k] = (fn_owner) {expect_fn[k].fn, 0, expect_fn[k].para, expect_fn[k].point};
	for (int v = 0; variant_floors[v].file; v++)
	{
		const char *file = variant_floors[v].file;
		const variant_doc *vd = strncmp(file, docs[0].prefix, strlen(docs[0].prefix)) == 0 ? &docs[0] : &docs[1];
		const variant_score *fl = &variant_floors[v].floor;
		char		path[1024];
		size_t		len;
		char	   *text;
		arena		a = {0};
		dr_doc		d;
		variant_score sc;

		snprintf(path, sizeof(path), "%s/%s", dir, file);
		text = read_file(path, &len);
		if (text == NULL)
		{
			printf("docread: %s missing, skipped\n", path);
			continue;
		}
		nread++;
		CHECK(dr_read(text, len, arena_alloc, &a, &d) == DR_OK, "%s: read", file);
		sc = score_doc(&d, vd);
		printf("docread: %-26s paragraphs %2d/%d (+%d) note %d/%d points %d/%d footnotes %2d/%d\n", file,
			   sc.paras, vd->nparas, sc.extra, sc.notes, vd->nnotes, sc.points, vd->npointed, sc.fns, vd->nfns);
		CHECK(sc.paras >= fl->paras && sc.extra <= fl->extra && sc.notes >= fl->notes && sc.points >= fl->points &&
			  sc.fns >= fl->fns, "%s: below its floor (paragraphs %d, extra %d, note %d, points %d, footnotes %d)",
			  file, fl->paras, fl->extra, fl->notes, fl->points, fl->fns);
		if (sc.paras > fl->paras || sc.extra < fl->extra || sc.notes > fl->notes || sc.points > fl->points ||
			sc.fns > fl->fns)
			printf("docread: %s reads better than its floor: raise it in test_docread.c\n", file);
		arena_free(&a);
		free(text);
	}
	CHECK(nread > 0, "DOCVARIANTS=%s holds none of the converter outputs", dir);
}

void
test_docread(void)
{
	char		path[512];
	size_t		len;
	char	   *text;
	arena		a = {0};
	dr_doc		d;
	int			rc;

	test_fixtures();
	test_hostile();
	test_ocr_zeros();
	test_ocr_markers();
	test_more_layouts();
	test_docvariants();
	test_real_texts();

	snprintf(path, sizeof(path), "%s/13943-17_draft-conclusions_en.txt", unit_corpus_dir);
	text = read_file(path, &len);
	if (text == NULL)
	{
		printf("docread: %s missing, corpus tests skipped\n", path);
		return;
	}
	rc = dr_read(text, len, arena_alloc, &a, &d);
	CHECK(rc == 0, "corpus: %s", dr_strerror(rc));
	if (rc != 0)
		return;
	check_structure(&d, "markdown");
	CHECK(d.layout == DR_LAYOUT_MARKDOWN, "markdown: layout %d", d.layout);
	check_meta(&d, "markdown", "from", "General Secretariat of the Council", false);
	check_meta(&d, "markdown", "cion", "12211/17, 12210/17", false);
	{
		const dr_item *title = NULL;
		int			titles[3] = {0};

		for (int i = 0; i < d.nitems; i++)
		{
			if (d.items[i].kind == DR_TITLE && !d.items[i].in_note)
				title = &d.items[i];
			if (d.items[i].kind == DR_CHAPTER && d.items[i].label)
			{
				const char *t = d.items[i].chapter_title;
				int			c = strcmp(d.items[i].label, "I") == 0 ? 0 : strcmp(d.items[i].label, "II") == 0 ? 1 : 2;

				titles[c] = strncmp(t, c == 0 ? "ENSURING AN EFFECTIVE" : c == 1 ? "BUILDING EU CAPACITY" :
									"STRENGTHENING INTERNATIONAL", 15) == 0;
			}
		}
		CHECK(title && strncmp(title->text, "Draft Council conclusions on the Joint Communication", 50) == 0,
			  "markdown: title '%s'", title ? title->text : "(none)");
		CHECK(titles[0] && titles[1] && titles[2], "markdown: chapter titles");
	}

	check_variant(&d, V_PDFTOTEXT, "pdftotext", DR_LAYOUT_PDFTOTEXT);
	check_variant(&d, V_PDFMINER, "pdfminer", DR_LAYOUT_PDFMINER);
	check_variant(&d, V_LAYOUT, "layout", DR_LAYOUT_PDFTOTEXT_LAYOUT);
	check_variant(&d, V_OCR, "ocr", DR_LAYOUT_OCR);

	{
		/* speed: the reference read again and again (the figure is printed, not asserted) */
		arena		b = {0};
		clock_t		t0 = clock();
		double		secs;
		size_t		bytes = 0;
		int			rounds = 0;

		do
		{
			rc = dr_read(text, len, arena_alloc, &b, &d);
			arena_free(&b);
			bytes += len;
			rounds++;
			secs = (double) (clock() - t0) / CLOCKS_PER_SEC;
		} while (secs < 0.5 && rc == 0);
		printf("docread: %.1f MB/s on the reference text (%d reads)\n", bytes / secs / 1e6, rounds);
	}
	arena_free(&a);
	free(text);
}

/*
 * footnotes.c: footnote bodies and the markers that cite them.
 *
 * Bodies come as markdown forms (lines.c records them), or as a number at
 * the start of a line: "1 doc. 12211/17.", "1<tab>doc...", or "1" alone with
 * the body on the next line.  A plain number is only a footnote when it is
 * the next footnote number (or a number already cited by an explicit marker,
 * when bodies without numbers came in between), and when the line follows a
 * blank line, a separator, a footer or another footnote: wrapped text that
 * starts with "26 September 2017" continues a sentence instead.
 *
 * Markers are explicit (<sup>n</sup>) or glued digits ("for the EU1. It",
 * "policy4,"): glued digits are a marker only when they are the next
 * expected marker number and a body with that number sits on the same page
 * or the next one, so "G20" or "H2020" stay text.
 */
#include <string.h>

#include "docread/docread_internal.h"

/* "12 WELCOMES the": a paragraph whose dot was lost (OCR), not a footnote */
static bool
caps_verb_after(const char *t, size_t n)
{
	size_t		i = 0;

	while (i < n && dr_isupper((unsigned char) t[i]))
		i++;
	return i >= 5 && i + 1 < n && t[i] == ' ' && dr_islower((unsigned char) t[i + 1]);
}

/* the line starts with footnote number n: "5 text" or "5" alone */
static bool
next_number_line(const dr_line *ln, int n)
{
	size_t		k = 0;
	int			v = 0;

	while (k < ln->tlen && dr_isdigit((unsigned char) ln->txt[k]) && k < 4)
		v = v * 10 + (ln->txt[k] - '0'), k++;
	return k > 0 && v == n && (k == ln->tlen || ln->txt[k] == ' ');
}

void
dr_find_footnotes(dr_reader *rd)
{
	bool	   *cited = dr_new(rd, DR_MAX_FN * sizeof(bool));
	int			last = 0;
	int			prevcls = LC_BLANK;
	int			prevpage = -1;
	bool		in_fn = false;

	if (rd->nomem)
		return;
	memset(cited, 0, DR_MAX_FN * sizeof(bool));
	for (int i = 0; i < rd->nlines; i++)
	{
		dr_line    *ln = &rd->lines[i];
		bool		ctx;

		if (ln->page != prevpage)
		{
			prevcls = LC_BLANK;
			in_fn = false;
			prevpage = ln->page;
		}
		if (ln->cls != LC_TEXT)
		{
			if (ln->cls == LC_BLANK || ln->cls == LC_SEPARATOR || ln->cls == LC_FOOTER ||
				ln->cls == LC_FOOTER_MORE)
				prevcls = ln->cls;
			if (ln->cls == LC_FOOTER)
				in_fn = false;
			continue;
		}
		if (dr_is_separator(ln->txt, ln->tlen))
		{
			ln->cls = LC_SEPARATOR;
			prevcls = LC_SEPARATOR;
			continue;
		}
		ctx = prevcls != LC_TEXT || in_fn;
		if (ln->supfn != 0)
		{
			int			n = ln->supfn > 0 ? ln->supfn : last + 1;

			if (n < DR_MAX_FN)
			{
				ln->cls = LC_FNSTART;
				ln->fn = (int16_t) n;
				last = n;
			}
		}
		else if (ctx && ln->tlen > 0 && dr_isdigit((unsigned char) ln->txt[0]))
		{
			size_t		k = 0;
			int			n = 0;

			while (k < ln->tlen && dr_isdigit((unsigned char) ln->txt[k]) && k < 4)
				n = n * 10 + (ln->txt[k] - '0'), k++;
			if (k <= 3 && n > 0 && n < DR_MAX_FN && (n == last + 1 || (n > last && n <= last + 5 && cited[n])))
			{
				if (k == ln->tlen)
				{
					/* the number alone: the body is the next line of the page */
					int			j = i + 1;

					while (j < rd->nlines && rd->lines[j].cls == LC_BLANK && rd->lines[j].page == ln->page)
						j++;
					if (j < rd->nlines && rd->lines[j].page == ln->page && rd->lines[j].cls == LC_TEXT &&
						!next_number_line(&rd->lines[j], n + 1))
					{
						ln->cls = LC_FNSTART;
						ln->fn = (int16_t) n;
						ln->fnalone = 1;
						last = n;
					}
				}
				else if (ln->txt[k] == ' ' && !caps_verb_after(ln->txt + k + 1, ln->tlen - k - 1))
				{
					ln->cls = LC_FNSTART;
					ln->fn = (int16_t) n;
					last = n;
				}
			}
		}
		if (ln->cls != LC_FNSTART && (prevcls == LC_BLANK || prevcls == LC_SEPARATOR))
			in_fn = false;
		if (ln->cls == LC_FNSTART)
		{
			if (rd->fn_page[ln->fn] == 0)
				rd->fn_page[ln->fn] = ln->page + 1;
			in_fn = true;
		}
		for (int m = 0; m < ln->mk_n; m++)
			cited[rd->mk[ln->mk_first + m]] = true;
		prevcls = ln->cls == LC_FNSTART ? LC_FNSTART : LC_TEXT;
	}
}

static bool
near_body(dr_reader *rd, int n, int page)
{
	int			p;

	if (n <= 0 || n >= DR_MAX_FN || rd->fn_page[n] == 0)
		return false;
	p = rd->fn_page[n] - 1;
	return p == page || p == page + 1;
}

/*
 * A glued marker candidate at t[j] (a digit run that starts there): its
 * number, 0 if none; *mstart and *cut say which digits are the marker.
 * *end is where the digit run ends.
 */
static int
glued_at(const char *t, size_t n, size_t j, size_t *mstart, size_t *cut, size_t *end)
{
	size_t		d;
	int			v = 0;
	/* a year at a line's start counts as after a space ("201724 these") */
	unsigned char prev = j > 0 ? (unsigned char) t[j - 1] : ' ';

	for (d = j; d < n && dr_isdigit((unsigned char) t[d]); d++)
		;
	*end = d;
	if (d < n && dr_isalpha((unsigned char) t[d]))
		return 0;
	/* '"1. The Council': an opening quotation mark, not a closing one before a marker */
	if ((prev == '"' || prev == '\'') && (j < 2 || t[j - 2] == ' '))
		return 0;
	/* "146O3/19": a document number with a damaged digit, not a marker */
	if (d + 1 < n && t[d] == '/' && dr_isdigit((unsigned char) t[d + 1]))
		return 0;
	if ((dr_isalpha(prev) || prev == ')' || prev == '"' || prev == '\'') && d - j <= 3 &&
		!(j >= 3 && (memcmp(t + j - 3, "REV", 3) == 0 || memcmp(t + j - 3, "ADD", 3) == 0 ||
					 memcmp(t + j - 3, "COR", 3) == 0)))
	{
		for (size_t q = j; q < d; q++)
			v = v * 10 + (t[q] - '0');
		*mstart = j;
		*cut = d - j;
		return v;
	}
	if ((prev == ' ' || prev == '-') && d - j >= 5 && d - j <= 7 &&
		((t[j] == '1' && t[j + 1] == '9') || (t[j] == '2' && t[j + 1] == '0')))
	{
		/* "2015-202013": a year with the marker glued to it */
		if (t[j + 4] == '0')
			return 0;
		for (size_t q = j + 4; q < d; q++)
			v = v * 10 + (t[q] - '0');
		*mstart = j + 4;
		*cut = d - j - 4;
		return v;
	}
	return 0;
}

/*
 * Glued markers in ln->txt from byte off on: resolves them, removes their
 * digits from the text, and returns how many it wrote to out.
 */
int
dr_glued_markers(dr_reader *rd, dr_line *ln, int *last_marker, int *out, int max)
{
	int			found = 0;
	size_t		off = 0;
	char	   *t = ln->txt;

	while (off < ln->tlen && found < max)
	{
		size_t		j = off,
					d,
					ms = 0,
					cut = 0;
		int			n;

		if (!dr_isdigit((unsigned char) t[j]) || (j > 0 && dr_isdigit((unsigned char) t[j - 1])))
		{
			off++;
			continue;
		}
		n = glued_at(t, ln->tlen, j, &ms, &cut, &d);
		if (n > *last_marker && n <= *last_marker + 3 && near_body(rd, n, ln->page))
		{
			memmove(t + ms, t + ms + cut, ln->tlen - (ms + cut) + 1);
			ln->tlen -= cut;
			out[found++] = n;
			*last_marker = n;
			off = ms;
			continue;
		}
		off = d;
	}
	return found;
}

/* the line is a footnote number alone ("14"), 1-3 digits: its value, else 0 */
static int
lone_number(const dr_line *ln)
{
	int			v = 0;

	if (ln->tlen == 0 || ln->tlen > 3)
		return 0;
	for (size_t k = 0; k < ln->tlen; k++)
	{
		if (!dr_isdigit((unsigned char) ln->txt[k]))
			return 0;
		v = v * 10 + (ln->txt[k] - '0');
	}
	return v;
}

/* "10 10007/16.": a number of 1-3 digits, a space, text; the number, else 0 */
static int
numbered_body(const dr_line *ln)
{
	size_t		k = 0;
	int			v = 0;

	while (k < ln->tlen && k < 4 && dr_isdigit((unsigned char) ln->txt[k]))
		v = v * 10 + (ln->txt[k] - '0'), k++;
	return k > 0 && k <= 3 && k + 1 < ln->tlen && ln->txt[k] == ' ' ? v : 0;
}

/*
 * Footnotes of one page of plain pdftotext output, where the line-by-line
 * pass above cannot follow them: the numbers drift away from their bodies
 * ("2" / "3" / blank / both bodies; a body whose number comes after the
 * other bodies, or even above the paragraph text).  What is reliable is the
 * set of markers the page's text cites (glued digits in sequence) and the
 * block of lines right above the footer.  In that block, "n text" and "n"
 * followed by text start body n; numbers of the set found elsewhere are
 * dropped; the text before the first numbered body goes, a line each, to
 * the cited numbers left without a body (the last one takes the rest).
 */
static void
page_footnotes(dr_reader *rd, int a, int f, int *last)
{
	int			cite[16],
				nc = 0,
				r0,
				r1,
				lead[64],
				nlead = 0,
				cur = 0;
	bool		done[16] = {false},
				all = true,
				delimited;

	/* the block right above the footer */
	for (r1 = f - 1; r1 >= a && rd->lines[r1].cls == LC_BLANK; r1--)
		;
	for (r0 = r1; r0 >= a && (rd->lines[r0].cls == LC_TEXT || rd->lines[r0].cls == LC_FNSTART); r0--)
		;
	/*
	 * pdftohtml has no blank lines: the block then runs up into the page's
	 * text, and only bodies with their numbers are taken from it.
	 */
	delimited = r0 >= a;
	r0++;
	if (r1 < r0)
		return;
	/* the markers the page's text cites, in sequence */
	for (int i = a; i < f && nc < 16; i++)
	{
		const dr_line *ln = &rd->lines[i];

		if ((ln->cls != LC_TEXT && ln->cls != LC_FNSTART) || lone_number(ln) > 0 || numbered_body(ln) > 0)
			continue;
		for (size_t j = 0; j < ln->tlen && nc < 16;)
		{
			size_t		ms,
						cut,
						d;
			int			v;

			if (!dr_isdigit((unsigned char) ln->txt[j]) || (j > 0 && dr_isdigit((unsigned char) ln->txt[j - 1])))
			{
				j++;
				continue;
			}
			v = glued_at(ln->txt, ln->tlen, j, &ms, &cut, &d);
			if (v > *last && v <= *last + 3)
			{
				cite[nc++] = v;
				*last = v;
			}
			j = d;
		}
	}
	for (int c = 0; c < nc && all; c++)
	{
		all = false;
		for (int i = a; i < f && !all; i++)
			all = rd->lines[i].cls == LC_FNSTART && rd->lines[i].fn == cite[c];
	}
	if (nc == 0 || all)
		return;

	/* the numbers of the set, wherever they are, and the bodies' starts */
	for (int i = a; i < f; i++)
	{
		dr_line    *ln = &rd->lines[i];
		int			v = ln->cls == LC_FNSTART ? ln->fn : lone_number(ln);

		if (ln->cls != LC_TEXT && ln->cls != LC_FNSTART)
			continue;
		for (int c = 0; c < nc; c++)
			if (v == cite[c] && (i < r0 || lone_number(ln) == v))
			{
				ln->cls = lone_number(ln) == v ? LC_FNNUM : LC_TEXT;
				ln->fn = 0;
				ln->fnalone = false;
			}
	}
	for (int i = r0; i <= r1; i++)
	{
		dr_line    *ln = &rd->lines[i];
		int			v = lone_number(ln),
					c;

		if (ln->cls == LC_FNSTART)
			ln->cls = LC_TEXT;
		if (v == 0)
			v = numbered_body(ln);
		for (c = 0; c < nc; c++)
			if (cite[c] == v && !done[c])
				break;
		if (v > 0 && c < nc)
		{
			bool		alone = lone_number(ln) == v;

			/* a number alone starts a body only when text follows it */
			if (alone && (i == r1 || lone_number(&rd->lines[i + 1]) > 0 || numbered_body(&rd->lines[i + 1]) > 0))
			{
				ln->cls = LC_FNNUM;
				continue;
			}
			ln->cls = LC_FNSTART;
			ln->fn = (int16_t) v;
			ln->fnalone = alone;
			ln->supfn = 0;
			done[c] = true;
			cur = v;
			continue;
		}
		if (v > 0 && lone_number(ln) == v)
			continue;
		if (cur == 0 && nlead < 64)
			lead[nlead++] = i;
	}
	/* the text before the first numbered body: the cited numbers left */
	{
		int			left[16],
					nl = 0,
					k = 0;

		for (int c = 0; c < nc; c++)
			if (!done[c])
				left[nl++] = cite[c];
		for (int l = 0; l < nlead && k < nl && delimited; l++)
		{
			dr_line    *ln = &rd->lines[lead[l]];

			if (l > 0 && k == nl - 1 && lead[l] == lead[l - 1] + 1 && l >= nl)
				continue;		/* the last one takes the rest */
			ln->cls = LC_FNSTART;
			ln->fn = (int16_t) left[k++];
			ln->fnalone = false;
			ln->supfn = -1;		/* its number is lost: keep its leading digits */
		}
	}
	for (int i = r0; i <= r1; i++)
		if (rd->lines[i].cls == LC_FNSTART && rd->fn_page[rd->lines[i].fn] == 0)
			rd->fn_page[rd->lines[i].fn] = rd->lines[i].page + 1;
}

void
dr_page_footnotes(dr_reader *rd)
{
	int			last = 0;

	/* a page: up to its footer (pdftohtml has no form feeds), or to a form feed */
	for (int a = 0, b; a < rd->nlines; a = b)
	{
		for (b = a; b < rd->nlines && rd->lines[b].page == rd->lines[a].page && rd->lines[b].cls != LC_FOOTER; b++)
			;
		page_footnotes(rd, a, b, &last);
		while (b < rd->nlines && (rd->lines[b].cls == LC_FOOTER || rd->lines[b].cls == LC_FOOTER_MORE))
			b++;
		if (b == a)
			b++;
	}
}

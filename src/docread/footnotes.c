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
					d;
		int			n = 0;
		size_t		cut = 0;
		unsigned char prev;

		if (!dr_isdigit((unsigned char) t[j]) || j == 0)
		{
			off++;
			continue;
		}
		prev = (unsigned char) t[j - 1];
		for (d = j; d < ln->tlen && dr_isdigit((unsigned char) t[d]); d++)
			;
		if (d < ln->tlen && dr_isalpha((unsigned char) t[d]))
		{
			off = d;
			continue;
		}
		if ((dr_isalpha(prev) || prev == ')' || prev == '"' || prev == '\'') && d - j <= 3 &&
			!(j >= 3 && (memcmp(t + j - 3, "REV", 3) == 0 || memcmp(t + j - 3, "ADD", 3) == 0 ||
						 memcmp(t + j - 3, "COR", 3) == 0)))
		{
			for (size_t q = j; q < d; q++)
				n = n * 10 + (t[q] - '0');
			cut = d - j;
		}
		else if ((prev == ' ' || prev == '-') && d - j >= 5 && d - j <= 7 &&
				 ((t[j] == '1' && t[j + 1] == '9') || (t[j] == '2' && t[j + 1] == '0')))
		{
			/* "2015-202013": a year with the marker glued to it */
			for (size_t q = j + 4; q < d; q++)
				n = n * 10 + (t[q] - '0');
			cut = d - j - 4;
			j += 4;
			if (t[j] == '0')
				n = 0;
		}
		if (n > *last_marker && n <= *last_marker + 3 && near_body(rd, n, ln->page))
		{
			memmove(t + j, t + j + cut, ln->tlen - (j + cut) + 1);
			ln->tlen -= cut;
			out[found++] = n;
			*last_marker = n;
			off = j;
			continue;
		}
		off = d;
	}
	return found;
}

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

/* what a footnote body starts with: a number ("12650/17.") or "doc.", "OJ", "Article" */
static bool
body_like(const char *t, size_t n)
{
	if (n > 0 && dr_isdigit((unsigned char) t[0]))
		return true;
	for (int w = 0; dr_footnote_words[w]; w++)
		if (dr_word_prefix(t, n, dr_footnote_words[w]) > 0)
			return true;
	return false;
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
		if (ctx && last == 0 && ln->supfn == 0)
		{
			/*
			 * "ı Dok. 14603/19.", "l doc. 12211/17.": OCR read the first
			 * footnote's number, a 1, as a letter; before what starts a
			 * body only.
			 */
			size_t		k = ln->tlen >= 2 && (unsigned char) ln->txt[0] == 0xC4 &&
				(unsigned char) ln->txt[1] == 0xB1 ? 2 : ln->tlen >= 1 && (ln->txt[0] == 'l' || ln->txt[0] == 'I') ? 1 : 0;

			if (k > 0 && k + 1 < ln->tlen && ln->txt[k] == ' ' && body_like(ln->txt + k + 1, ln->tlen - k - 1))
			{
				ln->txt[0] = '1';
				memmove(ln->txt + 1, ln->txt + k, ln->tlen - k + 1);
				ln->tlen -= k - 1;
			}
		}
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
				else if (ln->txt[k] == '.' && in_fn && n == last + 1 && k + 2 < ln->tlen && ln->txt[k + 1] == ' ' &&
						 body_like(ln->txt + k + 2, ln->tlen - k - 2))
				{
					/*
					 * "3. doc. 12762/5/17", "13. 12650/17.": OCR reads a
					 * dot after a footnote's number.  Only right under
					 * the page's previous body and before what starts a
					 * body, as "4. RECOGNISING" or "3. On this basis"
					 * (paragraphs) never do.
					 */
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
	/* "+32 (0)2 281 6319": a telephone number's trunk prefix on a press page, not a marker */
	if (prev == ')' && j >= 3 && t[j - 2] == '0' && t[j - 3] == '(')
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
		/* a marker read from OCR glyphs (dr_ocr_markers) may follow a gap in the sequence */
		if (n > *last_marker && (n <= *last_marker + 3 || (n < DR_MAX_FN && rd->fn_ocr[n])) &&
			near_body(rd, n, ln->page))
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

/*
 * OCR and superscript markers.  Tesseract seldom reads a footnote marker as
 * the digits it is: a superscript "5" after "Strategy" comes out as a glyph
 * it resembles, glued to the word ("Strategy”", "governance®", "policy*",
 * "Conclusions?", "cyberspace?°", "threats'?", "Directive!5"), and which
 * glyph stands for which digit varies from one marker to the next, so the
 * glyphs do not give the number.  The page does: a footnote and its marker
 * share a page (the Council's layout puts the bodies at the foot of the
 * page that cites them), and footnotes are numbered in order.  So on a page
 * whose footnote bodies, read with their numbers, no marker in digits
 * cites, the glyph runs glued to a word are their markers, in order -- but
 * only when they are exactly as many as those bodies.  Runs that are often
 * something else count only when the sure ones fall short by exactly them:
 * an apostrophe after an s ("Member States' role") is a possessive as
 * often as a marker, a "?" or "!" before a capital or at a line's end can
 * end a sentence.  A closing quotation mark of a quotation opened before
 * ("the "Framework ... Activities" which", German „Cyberfragen“) is no
 * marker at all.  When the count does not fit (a marker OCR dropped
 * entirely, a real question mark), nothing is guessed: the bodies are then
 * placed by position, and the import reports each one so placed.  A run
 * taken is replaced by its number's digits, so the glued-marker pass reads
 * it as it reads "Strategy5".
 */

/* the glyphs tesseract prints for superscript digits, UTF-8 */
static const char *const sup_glyphs[] = {
	"'", "\"", "*", "!", "?",
	"\xE2\x80\x99", "\xE2\x80\x98", "\xE2\x80\x9D", "\xE2\x80\x9C",	/* ’ ‘ ” “ */
	"\xC2\xAE", "\xC2\xA9", "\xC2\xB0",	/* ® © ° */
	"\xC2\xB9", "\xC2\xB2", "\xC2\xB3",	/* ¹ ² ³ */
	"\xE2\x81\xB0", "\xE2\x81\xB4", "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7", "\xE2\x81\xB8",
	"\xE2\x81\xB9",				/* ⁰ ⁴-⁹ */
	NULL
};

/* quotation marks that open a quotation: " “ ‘ ' „ ‚ « */
static const char *const open_quotes[] = {
	"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x98", "\xE2\x80\x9E", "\xE2\x80\x9A", "\xC2\xAB", NULL
};

static size_t
glyph_in(const char *const *set, const char *t, size_t n, size_t i)
{
	for (int g = 0; set[g]; g++)
	{
		size_t		k = strlen(set[g]);

		if (i + k <= n && memcmp(t + i, set[g], k) == 0)
			return k;
	}
	return 0;
}

/* one glyph of a quotation mark (a closing one when a quotation is open) */
static bool
quote_glyph(const char *t, size_t i, size_t k)
{
	return (k == 1 && (t[i] == '\'' || t[i] == '"')) ||
		(k == 3 && (unsigned char) t[i] == 0xE2 && (unsigned char) t[i + 1] == 0x80 &&
		 (unsigned char) t[i + 2] >= 0x98 && (unsigned char) t[i + 2] <= 0x9D);
}

/*
 * Does a marker's digits put at i read as a glued marker (glued_at)?  After
 * an ASCII letter, a Latin letter of two bytes or ')', or after a year
 * ("2015-2020'"); not after "REV", "ADD", "COR" (a revision number).
 */
static bool
marker_may_follow(const char *t, size_t i)
{
	unsigned char p = i > 0 ? (unsigned char) t[i - 1] : ' ';

	if (i >= 3 && (memcmp(t + i - 3, "REV", 3) == 0 || memcmp(t + i - 3, "ADD", 3) == 0 ||
				   memcmp(t + i - 3, "COR", 3) == 0))
		return false;
	if (dr_isupper(p) || dr_islower(p) || p == ')')
		return true;
	/* é, ß, ł ... : a lead byte C3-C5 and one continuation byte */
	if (i >= 2 && p >= 0x80 && p <= 0xBF && (unsigned char) t[i - 2] >= 0xC3 && (unsigned char) t[i - 2] <= 0xC5)
		return true;
	if (i >= 5 && dr_isdigit(p))
	{
		size_t		s = i - 4;

		for (size_t q = s; q < i; q++)
			if (!dr_isdigit((unsigned char) t[q]))
				return false;
		return (s == 0 || t[s - 1] == ' ' || t[s - 1] == '-') && (s == 0 || !dr_isdigit((unsigned char) t[s - 1])) &&
			((t[s] == '1' && t[s + 1] == '9') || (t[s] == '2' && t[s + 1] == '0'));
	}
	return false;
}

typedef struct
{
	int			line;
	size_t		start,
				end;
	bool		weak;
} sup_run;

/*
 * The glyph runs of line ln that may be markers, appended to out (at most
 * max); *open says whether a quotation is open (carried across the lines
 * of a block).
 */
static int
sup_runs(const dr_line *ln, int li, bool *open, sup_run *out, int max)
{
	const char *t = ln->txt;
	size_t		n = ln->tlen,
				i = 0;
	int			found = 0;

	while (i < n)
	{
		size_t		k = glyph_in(open_quotes, t, n, i),
					j,
					glyphs = 0,
					first;
		unsigned char next;

		/* an opening quotation mark: before a word, after a space, '(' or the line's start */
		if (k > 0 && (i == 0 || t[i - 1] == ' ' || t[i - 1] == '(') && i + k < n &&
			(dr_isalpha((unsigned char) t[i + k]) || dr_isdigit((unsigned char) t[i + k])))
		{
			*open = true;
			i += k;
			continue;
		}
		k = glyph_in(sup_glyphs, t, n, i);
		if (k == 0 || !marker_may_follow(t, i))
		{
			i++;
			continue;
		}
		first = k;
		for (j = i; j < n && glyphs < 4;)
		{
			size_t		g = glyph_in(sup_glyphs, t, n, j);

			if (g == 0 && dr_isdigit((unsigned char) t[j]))
				g = 1;
			if (g == 0)
				break;
			j += g;
			glyphs++;
		}
		next = j < n ? (unsigned char) t[j] : ' ';
		if (glyphs > 3 || !(next == ' ' || next == ',' || next == ';' || next == '.' || next == ':' ||
							next == ')' || next == ']'))
		{
			i = j;
			continue;
		}
		if (glyphs == 1 && quote_glyph(t, i, first) && *open)
		{
			*open = false;		/* it closes the quotation */
			i = j;
			continue;
		}
		if (found < max)
		{
			bool		weak = false;
			size_t		after = j;

			while (after < n && t[after] == ' ')
				after++;
			if (glyphs == 1 && (t[i] == '\'' || (first == 3 && (unsigned char) t[i + 2] == 0x99)) &&
				t[i - 1] == 's' && (after == n || dr_isalpha((unsigned char) t[after])))
				weak = true;	/* "Member States' role", "attackers'" / "capabilities" */
			if (glyphs == 1 && (t[i] == '?' || t[i] == '!') &&
				(after == n || dr_isupper((unsigned char) t[after])))
				weak = true;	/* a sentence's end */
			out[found++] = (sup_run) {li, i, j, weak};
		}
		i = j;
	}
	return found;
}

/* does a digit marker or an explicit one on line ln cite footnote fn? */
static bool
cites(const dr_line *ln, const int *mk, int fn)
{
	for (int m = 0; m < ln->mk_n; m++)
		if (mk[ln->mk_first + m] == fn)
			return true;
	for (size_t j = 0; j < ln->tlen;)
	{
		size_t		ms,
					cut,
					d;

		if (!dr_isdigit((unsigned char) ln->txt[j]) || (j > 0 && dr_isdigit((unsigned char) ln->txt[j - 1])))
		{
			j++;
			continue;
		}
		if (glued_at(ln->txt, ln->tlen, j, &ms, &cut, &d) == fn)
			return true;
		j = d;
	}
	return false;
}

/* the ASCII digits of a run ("!3" -> 3, "!5" -> 5) match the end of fn's number */
static bool
run_digits_match(const char *t, const sup_run *r, int fn, bool *has)
{
	int			v = 0,
				mod = 1;

	for (size_t q = r->start; q < r->end; q++)
		if (dr_isdigit((unsigned char) t[q]))
			v = v * 10 + (t[q] - '0'), mod *= 10;
	*has = mod > 1;
	return mod > 1 && mod <= 1000 && fn % mod == v;
}

/* runs [r0, r1) are the markers of want[i0, i1) when their count says so */
static void
assign_segment(const sup_run *runs, int *assign, int r0, int r1, const int *want, int i0, int i1)
{
	int			strong = 0,
				k = i1 - i0;
	bool		all;

	if (k <= 0)
		return;
	for (int r = r0; r < r1; r++)
		strong += !runs[r].weak;
	if (strong != k && r1 - r0 != k)
		return;
	all = strong != k;
	for (int r = r0, i = i0; r < r1; r++)
		if (all || !runs[r].weak)
			assign[r] = want[i++];
}

/* footnotes of one page [a, b) that lost their markers to OCR glyphs */
static void
page_sup_markers(dr_reader *rd, int a, int b, int prev_a)
{
	int			want[16],
				nw = 0,
				first_body = b,
				assign[32],
				r0 = 0,
				i0 = 0;
	sup_run		runs[32];
	int			nr = 0;
	bool		open = false;

	for (int i = a; i < b && nw < 16; i++)
		if (rd->lines[i].cls == LC_FNSTART && rd->lines[i].fn > 0)
		{
			bool		cited = false;

			if (first_body == b)
				first_body = i;
			for (int q = prev_a; q < first_body && !cited; q++)
				cited = rd->lines[q].cls == LC_TEXT && cites(&rd->lines[q], rd->mk, rd->lines[i].fn);
			if (!cited)
				want[nw++] = rd->lines[i].fn;
		}
	if (nw == 0)
		return;
	for (int i = a; i < first_body && nr < 32; i++)
	{
		if (rd->lines[i].cls == LC_BLANK)
			open = false;
		if (rd->lines[i].cls == LC_TEXT)
			nr += sup_runs(&rd->lines[i], i, &open, runs + nr, 32 - nr);
	}
	/*
	 * A run with a digit in it ("2015-2020!3", "Directive!5") is the one
	 * body whose number ends so, and splits the page in two: each side's
	 * runs are its bodies' markers when their count fits.
	 */
	for (int r = 0; r < nr; r++)
	{
		int			hit = -1,
					hits = 0;
		bool		has = false;

		assign[r] = 0;
		for (int i = i0; i < nw; i++)
			if (run_digits_match(rd->lines[runs[r].line].txt, &runs[r], want[i], &has))
				hit = i, hits++;
		if (!has || hits != 1)
			continue;
		assign_segment(runs, assign, r0, r, want, i0, hit);
		assign[r] = want[hit];
		r0 = r + 1;
		i0 = hit + 1;
	}
	assign_segment(runs, assign, r0, nr, want, i0, nw);
	/*
	 * Bodies still without a marker: a glyph dropped, or more runs than
	 * bodies (a possessive, a footnote cited again).  Their marker is
	 * still on this page, most likely one of the sure runs left: paired
	 * from the page's end (the last body with the last run left; bodies
	 * beyond the runs with the first), each gets its run's line as a
	 * hint.  It is a guess: the body stays placed by position, and the
	 * import reports it as such.
	 */
	{
		int			left[32],
					nl = 0,
					lost[16],
					nlost = 0;

		for (int r = 0; r < nr; r++)
			if (assign[r] == 0 && !runs[r].weak)
				left[nl++] = r;
		for (int i = 0; i < nw; i++)
		{
			bool		got = false;

			for (int r = 0; r < nr && !got; r++)
				got = assign[r] == want[i];
			if (!got)
				lost[nlost++] = want[i];
		}
		for (int i = nlost - 1, r = nl - 1; i >= 0 && nl > 0; i--, r--)
			rd->fn_hint[lost[i]] = runs[left[r >= 0 ? r : 0]].line + 1;
	}
	/* from the last run on, so that a line's earlier offsets stay right */
	for (int r = nr - 1; r >= 0; r--)
	{
		dr_line    *ln = &rd->lines[runs[r].line];
		char		num[8];
		int			fn = assign[r];
		size_t		k,
					cut = runs[r].end - runs[r].start;
		char	   *t;

		if (fn <= 0)
			continue;
		k = (size_t) (fn >= 100 ? 3 : fn >= 10 ? 2 : 1);
		for (size_t q = k, v = (size_t) fn; q > 0; q--, v /= 10)
			num[q - 1] = (char) ('0' + v % 10);
		t = dr_new(rd, ln->tlen - cut + k + 1);
		if (t == NULL)
			return;
		memcpy(t, ln->txt, runs[r].start);
		memcpy(t + runs[r].start, num, k);
		memcpy(t + runs[r].start + k, ln->txt + runs[r].end, ln->tlen - runs[r].end + 1);
		ln->txt = t;
		ln->tlen = ln->tlen - cut + k;
		rd->fn_ocr[fn] = true;
		rd->ocr++;
	}
}

void
dr_ocr_markers(dr_reader *rd)
{
	int			prev_a = 0;

	/* the rule stands on pages: text without form feeds has none to go by */
	if (rd->nlines == 0 || rd->lines[rd->nlines - 1].page == 0)
		return;
	for (int a = 0, b; a < rd->nlines; a = b)
	{
		for (b = a; b < rd->nlines && rd->lines[b].page == rd->lines[a].page; b++)
			;
		page_sup_markers(rd, a, b, prev_a);
		prev_a = a;
	}
}

/*
 * lines.c: the first pass.  Splits the input into lines (form feeds start
 * a new page), cleans each line (markdown, HTML tags and entities, escapes,
 * white space, invalid UTF-8), records explicit <sup>n</sup> markers and the
 * markdown forms of footnote bodies, and finds page footers, which the
 * converters print on one line or spread over two to five.
 */
#include <string.h>

#include "docread/docread_internal.h"

/* length of the valid UTF-8 sequence at p, 0 if the byte starts none */
static size_t
utf8_len(const unsigned char *p, const unsigned char *end)
{
	unsigned char c = p[0];
	size_t		n;
	uint32_t	cp;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		n = 2, cp = c & 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3, cp = c & 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, cp = c & 0x07;
	else
		return 0;
	if ((size_t) (end - p) < n)
		return 0;
	for (size_t i = 1; i < n; i++)
	{
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (p[i] & 0x3F);
	}
	/* overlong forms and surrogates are invalid too */
	if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
		return 0;
	return n;
}

/* the second byte of a UTF-8 Latin-1 letter (lead byte C3), folded to lower case */
static unsigned char
fold_c3(unsigned char b)
{
	return (b >= 0x80 && b <= 0x9E && b != 0x97) ? (unsigned char) (b + 0x20) : b;
}

size_t
dr_word_prefix(const char *t, size_t n, const char *w)
{
	size_t		i = 0;

	for (; *w; w++)
	{
		if (*w == ' ')
		{
			if (i >= n || t[i] != ' ')
				return 0;
			while (i < n && t[i] == ' ')
				i++;
			continue;
		}
		if (i < n && (unsigned char) t[i] == 0xC3 && (unsigned char) *w == 0xC3 && w[1] && i + 1 < n)
		{
			/* Latin-1 letters in UTF-8: "É" matches "é" */
			if (fold_c3((unsigned char) t[i + 1]) != fold_c3((unsigned char) w[1]))
				return 0;
			i += 2;
			w++;
			continue;
		}
		if (i >= n || dr_lower((unsigned char) t[i]) != dr_lower((unsigned char) *w))
			return 0;
		i++;
	}
	if (i < n && (dr_isalpha((unsigned char) t[i]) || dr_isdigit((unsigned char) t[i])) &&
		dr_isalpha((unsigned char) w[-1]))
		return 0;
	return i;
}

size_t
dr_date_at(const char *t, size_t n)
{
	size_t		i = 0,
				k;

	for (int a = 0; dr_date_articles[a]; a++)
		if ((k = dr_word_prefix(t, n, dr_date_articles[a])) > 0 && k < n && t[k] == ' ')
		{
			i = k + 1;
			break;
		}
	k = i;
	while (i < n && dr_isdigit((unsigned char) t[i]) && i - k < 3)
		i++;
	if (i == k || i - k > 2)
		return 0;
	if (i < n && t[i] == '.')
		i++;
	else if (i + 1 < n && t[i] == 'e' && t[i + 1] == 'r')
		i += 2;
	if (i >= n || t[i] != ' ')
		return 0;
	i++;
	k = i;
	while (i < n && dr_isalpha((unsigned char) t[i]))
		i++;
	if (i - k < 3 || i - k > 14)
		return 0;
	if (i < n && t[i] == '.')
		i++;
	if (i >= n || t[i] != ' ')
		return 0;
	i++;
	if (i + 4 > n || !dr_isdigit((unsigned char) t[i]) || !dr_isdigit((unsigned char) t[i + 1]) ||
		!dr_isdigit((unsigned char) t[i + 2]) || !dr_isdigit((unsigned char) t[i + 3]))
		return 0;
	if (!((t[i] == '1' && t[i + 1] == '9') || (t[i] == '2' && t[i + 1] == '0')))
		return 0;
	i += 4;
	if (i < n && dr_isdigit((unsigned char) t[i]))
		return 0;
	return i;
}

bool
dr_is_separator(const char *t, size_t n)
{
	size_t		i,
				u = 0,
				d = 0;

	for (i = 0; i < n; i++)
	{
		if (t[i] == '_')
			u++;
		else if (t[i] == '-')
			d++;
		else if (t[i] != ' ')
			return false;
	}
	return u >= 1 || d >= 5;
}

/*
 * A line that ends in "word-": 1 when the next line's start completes the
 * word ("cyber-" + "security", "Cyber-" + "sicherheit"), 2 when the hyphen
 * is real and stays, without a space ("EU-" + "NATO", "EU-" + "wide",
 * "risk-" + "based"), 0 when the dash is no hyphen ("word -").  A hyphen
 * stays when the left part has capitals after its first letter or digits
 * ("EU-", "ICT-", "G7-"), when the right part starts with a capital or a
 * digit, or when the right part is a known compound tail (words.c).  Simple
 * on purpose: a wrong guess costs a hyphen in a text, never the structure.
 */
int
dr_hyphen_join(const char *left, size_t ln, const char *right, size_t rn)
{
	size_t		i,
				k;
	bool		caps = false;

	if (ln < 2 || left[ln - 1] != '-' || rn == 0 || !dr_isalpha((unsigned char) left[ln - 2]))
		return 0;
	i = ln - 1;
	while (i > 0 && left[i - 1] != ' ')
	{
		unsigned char c = (unsigned char) left[i - 1];

		if (!dr_isalpha(c) || (dr_isupper(c) && i - 1 > 0 && left[i - 2] != ' '))
			caps = true;
		i--;
	}
	if (caps || ln - 1 - i < 2 || !dr_islower((unsigned char) right[0]))
		return 2;
	for (k = 0; k < rn && dr_isalpha((unsigned char) right[k]); k++)
		;
	for (int w = 0; dr_compound_tails[w]; w++)
		if (strlen(dr_compound_tails[w]) == k && memcmp(dr_compound_tails[w], right, k) == 0)
			return 2;
	return 1;
}

/* "<sup>12</sup>" at p: the number and the length of the tag, else 0 */
static size_t
sup_marker(const char *p, const char *end, int *num)
{
	const char *q = p + 5;
	int			v = 0,
				d = 0;

	if (end - p < 12 || memcmp(p, "<sup>", 5) != 0)
		return 0;
	while (q < end && *q == ' ')
		q++;
	while (q < end && dr_isdigit((unsigned char) *q) && d < 4)
		v = v * 10 + (*q++ - '0'), d++;
	if (d == 0 || d > 3)
		return 0;
	while (q < end && *q == ' ')
		q++;
	if (end - q < 6 || memcmp(q, "</sup>", 6) != 0)
		return 0;
	*num = v;
	return (size_t) (q + 6 - p);
}

/* an HTML-ish tag at p ("<b>", "</sup>", "<br/>"): its length, else 0 */
static size_t
html_tag(const char *p, const char *end)
{
	const char *q = p + 1;

	if (q < end && *q == '/')
		q++;
	if (q >= end || !(dr_islower((unsigned char) *q) || dr_isupper((unsigned char) *q)))
		return 0;
	while (q < end && q - p < 40 && *q != '>' && *q != '<' && *q != '\n')
		q++;
	return (q < end && *q == '>') ? (size_t) (q + 1 - p) : 0;
}

static const struct
{
	const char *name;
	const char *text;
}			entities[] = {
	{"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"},
	{"&nbsp;", " "}, {NULL, NULL}
};

/*
 * Clean one line into dst (room for rawlen * 3 + 1 bytes is not needed: the
 * caller sized dst as rawlen + 2 * invalid bytes + 1).  Returns the length.
 */
static size_t
clean_line(dr_reader *rd, dr_line *ln, char *dst)
{
	const char *p = ln->raw,
			   *end = ln->raw + ln->rawlen;
	char	   *o = dst;
	bool		space = false;
	int			num;
	size_t		k;

	while (p < end && dr_isspace((unsigned char) *p))
		p++;
	/* markdown heading */
	while (p < end && *p == '#' && ln->hlevel < 7)
		p++, ln->hlevel++;
	if (ln->hlevel > 0)
	{
		if (p < end && *p != ' ')
		{
			/* "#hashtag" is no heading */
			p -= ln->hlevel;
			ln->hlevel = 0;
		}
		while (p < end && *p == ' ')
			p++;
	}
	/*
	 * Footnote bodies as markdown converters print them:
	 * "<sup>4</sup> text", "<sup>&</sup>lt;sup>4</sup> text" (an escaped tag
	 * escaped again), "<sup>8 text</sup>", and "<sup>16200/14</sup> and
	 * doc..." where the number was lost and the text went into the tag.
	 */
	{
		const char *inner = NULL;

		if (end - p >= 19 && memcmp(p, "<sup>&</sup>lt;sup>", 19) == 0)
			inner = p + 19;
		else if (end - p > 5 && memcmp(p, "<sup>", 5) == 0)
			inner = p + 5;
		if (inner)
		{
			const char *q = inner,
					   *close;
			int			v = 0,
						d = 0;

			while (q < end && dr_isdigit((unsigned char) *q) && d < 4)
				v = v * 10 + (*q - '0'), q++, d++;
			for (close = q; close + 6 <= end && memcmp(close, "</sup>", 6) != 0; close++)
				;
			if (close + 6 > end)
				close = NULL;
			if (d >= 1 && d <= 3 && v > 0 && q < end && (*q == '<' || *q == ' ') && close)
			{
				ln->supfn = (int16_t) v;
				p = *q == '<' ? close + 6 : q + 1;
			}
			else if (close)
			{
				ln->supfn = -1;
				p = inner;
			}
		}
	}

	ln->mk_first = rd->nmk;
	while (p < end)
	{
		unsigned char c = (unsigned char) *p;

		if (c == '<')
		{
			if ((k = sup_marker(p, end, &num)) > 0)
			{
				if (num > 0 && num < DR_MAX_FN)
				{
					rd->mk[rd->nmk++] = num;
					ln->mk_n++;
				}
				p += k;
				continue;
			}
			if ((k = html_tag(p, end)) > 0)
			{
				p += k;
				continue;
			}
		}
		if (c == '&')
		{
			int			e;

			for (e = 0; entities[e].name; e++)
			{
				size_t		el = strlen(entities[e].name);

				if ((size_t) (end - p) >= el && memcmp(p, entities[e].name, el) == 0)
					break;
			}
			if (entities[e].name)
			{
				p += strlen(entities[e].name);
				if (entities[e].text[0] == ' ')
					space = true;
				else
				{
					if (space && o > dst)
						*o++ = ' ';
					space = false;
					*o++ = entities[e].text[0];
				}
				continue;
			}
		}
		if (c == '*' && p + 1 < end && p[1] == '*')
		{
			p += 2;
			continue;
		}
		if (c == '\\' && p + 1 < end && p[1] > ' ' && p[1] < 0x7f && !dr_isalpha((unsigned char) p[1]) &&
			!dr_isdigit((unsigned char) p[1]))
		{
			p++;
			continue;
		}
		if (c < 0x20 || c == 0x7f || dr_isspace(c))
		{
			space = true;
			p++;
			continue;
		}
		if (c == 0xC2 && p + 1 < end && (unsigned char) p[1] == 0xA0)
		{
			space = true;
			p += 2;
			continue;
		}
		if (space && o > dst)
			*o++ = ' ';
		space = false;
		if (c < 0x80)
			*o++ = (char) c, p++;
		else if ((k = utf8_len((const unsigned char *) p, (const unsigned char *) end)) > 0)
		{
			memcpy(o, p, k);
			o += k;
			p += k;
		}
		else
		{
			/* U+FFFD REPLACEMENT CHARACTER */
			*o++ = (char) 0xEF;
			*o++ = (char) 0xBF;
			*o++ = (char) 0xBD;
			p++;
		}
	}
	*o = '\0';
	return (size_t) (o - dst);
}

/*
 * Text pasted from a web page can hold a whole document on one line
 * ("... June 2021 I. COVID-19 1. The European Council notes ... 2. Travel
 * ..."), where no paragraph number starts a line.  In a line longer than
 * RUNON_MIN bytes that holds at least two numbers in sequence (" 1. " then
 * " 2. ", or one skipped, each before a capital), the space before each
 * number, and before each roman chapter numeral in sequence (" I. ", " II.
 * "), becomes a line break; so does the space after a chapter's title in
 * capitals where a sentence or sub-heading starts; and in any line, the
 * space before a numeral that ends a heading in capitals ("EINLEITUNG
 * 1.").  The text keeps its
 * length (a space becomes a vertical tab, which dr_split_lines takes as a
 * break inside a source line: items keep their source line numbers), so a
 * copy is made only when a line is split.
 */
#define RUNON_MIN 400

/* " 12. X" at t[i] (t[i] is the space): the number, else 0; *after = index of X */
static int
runon_number(const char *t, size_t n, size_t i, size_t *after)
{
	size_t		j = i + 1;
	int			v = 0;

	while (j < n && j - i <= 3 && dr_isdigit((unsigned char) t[j]))
		v = v * 10 + (t[j] - '0'), j++;
	if (j == i + 1 || j - i > 3 || j + 2 >= n || t[j] != '.' || t[j + 1] != ' ')
		return 0;
	if (!(dr_isupper((unsigned char) t[j + 2]) || (unsigned char) t[j + 2] >= 0xC3))
		return 0;
	*after = j + 2;
	return v;
}

/* " II. X" at t[i]: the roman value when it is `want`, else 0 */
static int
runon_roman(const char *t, size_t n, size_t i, int want, size_t *after)
{
	static const char *const r[] = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
	size_t		k;

	if (want < 1 || want > 10)
		return 0;
	k = strlen(r[want - 1]);
	if (i + 1 + k + 2 >= n || memcmp(t + i + 1, r[want - 1], k) != 0 || t[i + 1 + k] != '.' || t[i + 2 + k] != ' ' ||
		!dr_isupper((unsigned char) t[i + 3 + k]))
		return 0;
	*after = i + 3 + k;
	return want;
}

/* split one long line t[0..n) in place (apply) or only count its numbers */
static int
runon_line(char *t, size_t n, bool apply)
{
	int			expected = 1,
				roman = 1,
				found = 0;

	for (size_t i = 0; i + 3 < n; i++)
	{
		size_t		after;
		int			v;

		if (t[i] != ' ')
			continue;
		v = runon_number(t, n, i, &after);
		if (v > 0 && (v == expected || v == expected + 1))
		{
			found++;
			expected = v + 1;
			if (apply)
				t[i] = '\v';
			i = after - 1;
			continue;
		}
		if (runon_roman(t, n, i, roman, &after) > 0)
		{
			size_t		j = after,
						lastsp = 0,
						dummy;
			bool		number = false;

			roman++;
			if (apply)
				t[i] = '\v';
			/* the title in capitals ends before a word with a lower-case letter */
			while (j < n)
			{
				size_t		w = j;
				bool		lower = false;

				while (w < n && t[w] != ' ')
					lower |= dr_islower((unsigned char) t[w]), w++;
				if (lower)
					break;
				lastsp = w;
				j = w + 1;
				if ((number = runon_number(t, n, w, &dummy) > 0))
					break;
			}
			/* (before a paragraph number the number's own break does it) */
			if (apply && !number && lastsp > 0 && lastsp < n && t[lastsp] == ' ' && j < n &&
				dr_isupper((unsigned char) t[j]))
				t[lastsp] = '\v';
			i = after - 1;
		}
	}
	return found;
}

/*
 * A heading in capitals that ends with the next numeral ("EINLEITUNG 1.",
 * "... DER MITGLIEDSTAATEN – I."): the offset of the space before the
 * numeral, 0 if none.  The numeral then starts its own line.
 */
static size_t
caps_then_numeral(const char *t, size_t n)
{
	size_t		i = n,
				caps = 0;

	if (n < 7 || t[n - 1] != '.')
		return 0;
	i = n - 1;
	while (i > 0 && (dr_isdigit((unsigned char) t[i - 1]) || t[i - 1] == 'I' || t[i - 1] == 'V' || t[i - 1] == 'X') &&
		   n - i < 5)
		i--;
	if (i == n - 1 || i < 5 || t[i - 1] != ' ')
		return 0;
	for (size_t q = 0; q + 1 < i; q++)
	{
		if (dr_islower((unsigned char) t[q]) || dr_isdigit((unsigned char) t[q]))
			return 0;
		caps += dr_isupper((unsigned char) t[q]);
	}
	return caps >= 6 ? i - 1 : 0;
}

const char *
dr_split_runon(dr_reader *rd, const char *text, size_t *len)
{
	char	   *copy = NULL;
	size_t		n = *len;

	for (size_t s = 0, e; s < n; s = e + 1)
	{
		const char *nl = memchr(text + s, '\n', n - s);
		size_t		e2,
					sp;

		e = nl ? (size_t) (nl - text) : n;
		e2 = e > s && text[e - 1] == '\r' ? e - 1 : e;
		if (e2 - s < 200 && (sp = caps_then_numeral(text + s, e2 - s)) > 0)
		{
			if (copy == NULL)
			{
				copy = dr_new(rd, n + 1);
				if (copy == NULL)
					return text;
				memcpy(copy, text, n);
				copy[n] = '\0';
			}
			copy[s + sp] = '\v';
			continue;
		}
		if (e - s < RUNON_MIN || memchr(text + s, '\f', e - s) != NULL)
			continue;
		if (copy == NULL)
		{
			/* a count on the input first: most long lines are plain paragraphs */
			if (runon_line((char *) text + s, e - s, false) < 2)
				continue;
			copy = dr_new(rd, n + 1);
			if (copy == NULL)
				return text;
			memcpy(copy, text, n);
			copy[n] = '\0';
		}
		else if (runon_line(copy + s, e - s, false) < 2)
			continue;
		runon_line(copy + s, e - s, true);
	}
	return copy ? copy : text;
}

int
dr_split_lines(dr_reader *rd, const char *text, size_t len)
{
	size_t		nl = 1,
				extra = 0,
				nsup = 0,
				i;
	const unsigned char *u = (const unsigned char *) text;
	const unsigned char *uend = u + len;
	char	   *buf;
	int			page = 0;
	size_t		start = 0;
	int			src = 0;

	/* sizes first, so that everything is allocated once */
	for (i = 0; i < len;)
	{
		unsigned char c = u[i];

		if (c == '\n' || c == '\f' || c == '\v' || (c == '\r' && (i + 1 >= len || u[i + 1] != '\n')))
			nl++;
		if (c == '<' && i + 5 <= len && memcmp(u + i, "<sup>", 5) == 0)
			nsup++;
		if (c >= 0x80)
		{
			size_t		k = utf8_len(u + i, uend);

			if (k == 0)
			{
				extra += 2;
				k = 1;
			}
			i += k;
		}
		else
			i++;
	}
	rd->lines = dr_new(rd, nl * sizeof(dr_line));
	rd->mk = dr_new(rd, (nsup + 1) * sizeof(int));
	buf = dr_new(rd, len + extra + nl + 1);
	if (rd->nomem)
		return DR_ENOMEM;
	memset(rd->lines, 0, nl * sizeof(dr_line));

	rd->nlines = 0;
	for (i = 0; i <= len; i++)
	{
		unsigned char c = i < len ? u[i] : '\n';
		dr_line    *ln;

		if (!(c == '\n' || c == '\f' || c == '\r' || c == '\v'))
			continue;
		ln = &rd->lines[rd->nlines++];
		ln->src = src;
		/* a vertical tab breaks a line inside its source line (dr_split_runon) */
		if (c != '\v')
			src++;
		ln->raw = text + start;
		ln->rawlen = i - start;
		ln->page = page;
		for (size_t j = 0; j < ln->rawlen; j++)
		{
			if (ln->raw[j] == ' ')
				ln->indent++;
			else if (ln->raw[j] == '\t')
				ln->indent = (ln->indent / 8 + 1) * 8;
			else
				break;
		}
		ln->txt = buf;
		ln->tlen = clean_line(rd, ln, buf);
		buf += ln->tlen + 1;
		ln->blank = ln->tlen == 0;
		rd->ntext += !ln->blank;
		ln->cls = ln->blank ? LC_BLANK : LC_TEXT;
		if (ln->hlevel > 0 || ln->mk_n > 0 || ln->supfn != 0)
			rd->md_score++;
		if (c == '\f')
			page++;
		if (c == '\r' && i + 1 < len && u[i + 1] == '\n')
			i++;
		start = i + 1;
		/* a form feed ends a line; the text after it starts the next page */
	}
	return DR_OK;
}

/* "13943/17", "12762/5/16", "13943/17 REV 1": the length of a document number at t */
static size_t
docnum_at(const char *t, size_t n)
{
	size_t		i = 0,
				k;

	while (i < n && dr_isdigit((unsigned char) t[i]) && i < 7)
		i++;
	if (i == 0 || i > 6 || i >= n || t[i] != '/')
		return 0;
	k = ++i;
	while (i < n && dr_isdigit((unsigned char) t[i]))
		i++;
	if (i - k == 0 || i - k > 2)
		return 0;
	if (i < n && t[i] == '/')
	{
		k = ++i;
		while (i < n && dr_isdigit((unsigned char) t[i]))
			i++;
		if (i - k != 2)
			return 0;
	}
	if (i < n && (dr_isalpha((unsigned char) t[i]) || dr_isdigit((unsigned char) t[i]) || t[i] == '/'))
		return 0;
	return i;
}

/* "MK/ec", "GK/ek": the drafters' initials that every Council footer carries */
static bool
initials_at(const char *t, size_t n, size_t *len)
{
	size_t		i = 0,
				k;

	while (i < n && dr_isupper((unsigned char) t[i]) && i < 5)
		i++;
	if (i == 0 || i > 4 || i >= n || t[i] != '/')
		return false;
	k = ++i;
	while (i < n && dr_islower((unsigned char) t[i]))
		i++;
	if (i - k == 0 || i - k > 4 || (i < n && t[i] != ' '))
		return false;
	*len = i;
	return true;
}

/* a line made of footer tokens only: "MK/ec", "2", "DG D 2B", "EN", "LIMITE" */
static bool
footer_tokens(const char *t, size_t n, bool *has_initials)
{
	size_t		i = 0;
	int			tokens = 0;

	while (i < n)
	{
		size_t		k = i,
					il;
		bool		ok = true;

		if (initials_at(t + i, n - i, &il))
		{
			*has_initials = true;
			i += il;
		}
		else
		{
			while (k < n && t[k] != ' ')
			{
				unsigned char c = (unsigned char) t[k];

				if (!(dr_isupper(c) || dr_isdigit(c) || c == '.'))
					ok = false;
				k++;
			}
			/* "13943/17 MK/ec )": OCR's glyph for the page number after the initials */
			if (!ok && k - i == 1 && *has_initials && (t[i] == ')' || t[i] == ']' || t[i] == '|' || t[i] == '}'))
				ok = true;
			if (!ok || k - i > 8)
				return false;
			/* "6." is a paragraph number (pdftohtml runs the next page on), never a footer's */
			if (k - i >= 2 && t[k - 1] == '.')
			{
				size_t		q = i;

				while (q < k - 1 && dr_isdigit((unsigned char) t[q]))
					q++;
				if (q == k - 1)
					return false;
			}
			i = k;
		}
		tokens++;
		while (i < n && t[i] == ' ')
			i++;
	}
	return tokens > 0 && tokens <= 10;
}

/*
 * A footer starts with the document number followed by the initials, on the
 * same line or within the next three lines (pdftotext puts "13943/17",
 * "MK/ec", "2", "DG D 2B", "EN" on lines of their own).  The initials are
 * what tells a footer from the document number on the cover page.
 */
void
dr_find_footers(dr_reader *rd)
{
	for (int i = 0; i < rd->nlines; i++)
	{
		dr_line    *ln = &rd->lines[i];
		size_t		k = docnum_at(ln->txt, ln->tlen);
		bool		ini = false;
		int			j,
					seen;

		if (ln->cls != LC_TEXT)
			continue;
		if (k == 0)
		{
			/* a page number alone: "- 2 -" */
			if (ln->tlen >= 5 && ln->txt[0] == '-' && ln->txt[ln->tlen - 1] == '-' && ln->tlen < 10)
			{
				size_t		d = 0;

				for (size_t q = 1; q + 1 < ln->tlen; q++)
					if (dr_isdigit((unsigned char) ln->txt[q]))
						d++;
					else if (ln->txt[q] != ' ')
						d = 100;
				if (d >= 1 && d <= 3)
					ln->cls = LC_FOOTER;
			}
			continue;
		}
		while (k < ln->tlen && ln->txt[k] == ' ')
			k++;
		if (k < ln->tlen && !footer_tokens(ln->txt + k, ln->tlen - k, &ini))
			continue;
		/* look ahead for the initials */
		for (j = i + 1, seen = 0; !ini && j < rd->nlines && seen < 3 && rd->lines[j].page == ln->page; j++)
		{
			dr_line    *nx = &rd->lines[j];

			if (nx->cls == LC_BLANK)
				continue;
			seen++;
			if (nx->cls != LC_TEXT || !footer_tokens(nx->txt, nx->tlen, &ini))
				break;
		}
		if (!ini)
			continue;
		ln->cls = LC_FOOTER;
		for (j = i + 1, seen = 0; j < rd->nlines && seen < 6 && rd->lines[j].page == ln->page; j++)
		{
			dr_line    *nx = &rd->lines[j];
			bool		dummy = false;

			if (nx->cls == LC_BLANK)
				continue;
			seen++;
			if (nx->cls != LC_TEXT || !footer_tokens(nx->txt, nx->tlen, &dummy))
				break;
			nx->cls = LC_FOOTER_MORE;
		}
	}

	/*
	 * pdftotext prints the footer in column order, so a page's text can
	 * land inside it ("13943/17" / "ANNEX" / a line of the paragraph /
	 * "MK/ec" ...), where the look-ahead above misses the initials.  A line
	 * that is only the document number of a footer found elsewhere is a
	 * footer too, and its parts go on past one line of text.
	 */
	{
		const dr_line *model = NULL;

		for (int i = 0; i < rd->nlines && model == NULL; i++)
			if (rd->lines[i].cls == LC_FOOTER && docnum_at(rd->lines[i].txt, rd->lines[i].tlen) == rd->lines[i].tlen)
				model = &rd->lines[i];
		for (int i = 0; model != NULL && i < rd->nlines; i++)
		{
			dr_line    *ln = &rd->lines[i];
			int			seen = 0,
						other = 0;

			if (ln->cls != LC_TEXT || ln->tlen != model->tlen || memcmp(ln->txt, model->txt, ln->tlen) != 0)
				continue;
			ln->cls = LC_FOOTER;
			for (int j = i + 1; j < rd->nlines && seen < 8 && rd->lines[j].page == ln->page; j++)
			{
				dr_line    *nx = &rd->lines[j];
				bool		dummy = false;

				if (nx->cls == LC_BLANK)
					continue;
				seen++;
				if (nx->cls != LC_TEXT)
					break;
				if (!footer_tokens(nx->txt, nx->tlen, &dummy))
				{
					if (++other > 1)
						break;
					continue;
				}
				nx->cls = LC_FOOTER_MORE;
			}
		}
	}
}

/*
 * structure.c: the main pass.  Numbering is sequence-driven: a line starts
 * paragraph n only when n is the number expected next (or the one after,
 * when a converter lost one), which is what lets damaged numbers through
 * ("l." for 1, "2O." for 20, "12 WELCOMES", "3 0.") without reading every
 * "1." inside a sentence as a paragraph.  The last run that restarts at 1 is
 * the conclusions; runs before it are the cover note.
 *
 * Points: a marker line after a paragraph.  A point inside a point (a
 * sub-point) is one whose marker differs from the point's, or is indented
 * deeper, after a point that ends with ':' -- converters print "•" and "-"
 * for the same level (13943/17, paragraph 31), so a different glyph alone
 * does not open a sub-list.
 */
#include <stdio.h>
#include <string.h>

#include "docread/docread_internal.h"

enum
{
	F_NONE = 0, F_SYM, F_LETTER, F_ROMAN, F_LOST
};

/* point glyphs: dashes print as "-", bullets as "•"; ocr = a glyph OCR made of a bullet */
static const struct
{
	const char *glyph;
	const char *label;
	bool		ocr;
}			glyphs[] = {
	{"-", "-", false}, {"\xE2\x80\x93", "-", false}, {"\xE2\x80\x94", "-", false},
	{"\xE2\x80\xA2", "\xE2\x80\xA2", false}, {"\xE2\x97\x8F", "\xE2\x80\xA2", false},
	{"\xE2\x96\xAA", "\xE2\x80\xA2", false}, {"\xE2\x97\xA6", "\xE2\x80\xA2", false},
	{"\xE2\x96\xA0", "\xE2\x80\xA2", false}, {"\xE2\x97\x8B", "\xE2\x80\xA2", false},
	{"\xE2\x96\xBA", "\xE2\x80\xA2", false}, {"\xE2\x9E\xA2", "\xE2\x80\xA2", false},
	{"\xC2\xB7", "\xE2\x80\xA2", false}, {"\xEF\x82\xB7", "\xE2\x80\xA2", false},
	{"\xEF\x82\xA7", "\xE2\x80\xA2", false}, {"*", "\xE2\x80\xA2", false},
	{"o", "\xE2\x80\xA2", false}, {".", "\xE2\x80\xA2", true}, {"J", "\xE2\x80\xA2", true},
	{"~", "\xE2\x80\xA2", true}, {"\xC2\xA7", "\xE2\x80\xA2", true}, {"\xC2\xB0", "\xE2\x80\xA2", true},
	{NULL, NULL, false}
};

static int
roman_value(const char *t, size_t n, bool upper)
{
	static const char *const r[] = {
		"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
		"xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv", NULL
	};

	for (int v = 0; r[v]; v++)
	{
		size_t		k = strlen(r[v]);
		size_t		j;

		if (k != n)
			continue;
		for (j = 0; j < k; j++)
			if ((upper ? dr_lower((unsigned char) t[j]) : (unsigned char) t[j]) != (unsigned char) r[v][j] ||
				(upper && !dr_isupper((unsigned char) t[j])))
				break;
		if (j == k)
			return v + 1;
	}
	return 0;
}

/*
 * a and b have as many digits and differ in one, a pair OCR confuses in
 * printed numbers (5/9, 3/8, 6/8, 0/8, 1/7)
 */
static bool
confused_digit(int a, int b)
{
	static const char pairs[][2] = {{5, 9}, {3, 8}, {6, 8}, {0, 8}, {1, 7}};
	int			diff = 0;
	bool		known = false;

	if (a < 10 || b < 10 || (a >= 100) != (b >= 100))
		return false;
	for (; a > 0 || b > 0; a /= 10, b /= 10)
	{
		int			x = a % 10,
					y = b % 10;

		if (x == y)
			continue;
		diff++;
		for (size_t p = 0; p < sizeof(pairs) / sizeof(pairs[0]); p++)
			known |= (x == pairs[p][0] && y == pairs[p][1]) || (x == pairs[p][1] && y == pairs[p][0]);
	}
	return diff == 1 && known;
}

int
dr_para_number(const char *t, size_t n, int expected, size_t *textoff, bool *alone, bool *damaged)
{
	size_t		i = 0,
				k;
	int			v = 0,
				digits = 0,
				letters = 0;

	*alone = false;
	*damaged = false;
	/* a list marker the converter put before the number: "- 2." */
	for (int g = 0; g < 3; g++)
	{
		size_t		gl = strlen(glyphs[g].glyph);

		if (n > gl + 1 && memcmp(t, glyphs[g].glyph, gl) == 0 && t[gl] == ' ')
		{
			i = gl + 1;
			break;
		}
	}
	if (i == 0 && n > 4 && memcmp(t, "\xE2\x80\xA2 ", 4) == 0)
		i = 4;
	/* an opening quotation mark before the number: '"1. The Council' (quoted conclusions) */
	if (i == 0 && n > 1 && t[0] == '"' && dr_isdigit((unsigned char) t[1]))
		i = 1;
	else if (i == 0 && n > 3 && (memcmp(t, "\xE2\x80\x9C", 3) == 0 || memcmp(t, "\xE2\x80\x9E", 3) == 0) &&
			 dr_isdigit((unsigned char) t[3]))
		i = 3;
	else if (i == 0 && n > 2 && memcmp(t, "\xC2\xAB", 2) == 0 && dr_isdigit((unsigned char) t[2]))
		i = 2;
	k = i;
	while (i < n && i - k < 3)
	{
		unsigned char c = (unsigned char) t[i];

		/* OCR reads 1 as l or I, 0 as O, 5 as S, 8 as B */
		if (dr_isdigit(c))
			v = v * 10 + (c - '0'), digits++;
		else if (c == 'l' || c == 'I')
			v = v * 10 + 1, letters++;
		else if (c == 'O')
			v = v * 10, letters++;
		else if (c == 'S')
			v = v * 10 + 5, letters++;
		else if (c == 'B')
			v = v * 10 + 8, letters++;
		else
			break;
		i++;
	}
	/* no digit at all: "l." or "I." for 1, "lO." for 10 (a number with an l) */
	if (i == k || (digits == 0 && !(i - k == 1 && (t[k] == 'l' || t[k] == 'I')) &&
				   !(i - k >= 2 && memchr(t + k, 'l', i - k) != NULL)))
		return 0;
	if (i < n && dr_isdigit((unsigned char) t[i]))
		return 0;
	if (letters > 0)
		*damaged = true;
	if (i < n && t[i] == ' ' && i + 1 < n && dr_isdigit((unsigned char) t[i + 1]) && digits == (int) (i - k) &&
		v != expected)
	{
		/* "3 0." : a space inside the number */
		size_t		j = i + 1;
		int			w = v;

		while (j < n && dr_isdigit((unsigned char) t[j]) && j - i < 3)
			w = w * 10 + (t[j] - '0'), j++;
		if (w == expected && j < n && t[j] == '.' && (j + 1 == n || t[j + 1] == ' '))
		{
			v = w;
			i = j;
			*damaged = true;
		}
	}
	if (i < n && t[i] == '.')
	{
		i++;
		if (i == n)
		{
			*alone = true;
			*textoff = n;
		}
		else if (t[i] == ' ')
		{
			while (i < n && t[i] == ' ')
				i++;
			if (dr_isdigit((unsigned char) t[i]))
				return 0;
			*textoff = i;
		}
		else if (dr_isupper((unsigned char) t[i]) && i + 1 < n && dr_isupper((unsigned char) t[i + 1]))
		{
			*damaged = true;	/* "14.UNDERLINES" */
			*textoff = i;
		}
		else
			return 0;
	}
	else if (i + 1 < n && t[i] == ',' && t[i + 1] == ' ')
	{
		/* "9, ERSUCHT den": OCR read the dot as a comma (before a word in capitals only) */
		size_t		j = i + 2,
					c = 0;

		while (j < n && dr_isupper((unsigned char) t[j]))
			j++, c++;
		if (c < 4 || (j < n && t[j] != ' ' && t[j] != ','))
			return 0;
		*damaged = true;
		*textoff = i + 2;
	}
	else if (i < n && t[i] == ' ')
	{
		/* "12 WELCOMES the": the dot was lost */
		size_t		j = i + 1,
					c = 0;

		while (j < n && dr_isupper((unsigned char) t[j]))
			j++, c++;
		if (c < 5 || j + 1 >= n || t[j] != ' ' || !dr_islower((unsigned char) t[j + 1]))
			return 0;
		*damaged = true;
		*textoff = i + 1;
	}
	else
		return 0;
	if (v <= 0 || v > 999)
		return 0;
	if (!*damaged && !*alone && expected > 0 && v != expected && confused_digit(v, expected))
	{
		/*
		 * "92. RECOGNISES" for 52, "99. RECOGNISES" for 59: OCR took one
		 * digit for one it resembles.  Read as the number expected only
		 * before an operative word in capitals, and never for neighbouring
		 * digits: a number one past the expected one is a lost paragraph.
		 */
		size_t		j = *textoff,
					c = 0;

		while (j < n && dr_isupper((unsigned char) t[j]))
			j++, c++;
		if (c >= 4 && (j == n || t[j] == ' ' || t[j] == ','))
		{
			v = expected;
			*damaged = true;
		}
	}
	if (*damaged && v != expected)
		return 0;
	return v;
}

/* "I. Introduction", "II Recommendations": a roman numeral and a short title */
static int
roman_heading(const char *t, size_t n, size_t *titleoff)
{
	size_t		i = 0,
				words = 1;
	int			v;

	while (i < n && (t[i] == 'I' || t[i] == 'V' || t[i] == 'X'))
		i++;
	if (i == 0 || i >= n || (t[i] != '.' && t[i] != ' '))
		return 0;
	v = roman_value(t, i, true);
	if (v == 0)
		return 0;
	if (t[i] == '.')
		i++;
	while (i < n && t[i] == ' ')
		i++;
	if (i >= n || !dr_isupper((unsigned char) t[i]) || n - i > 80)
		return 0;
	for (size_t j = i; j < n; j++)
		words += t[j] == ' ';
	if (words > 10 || t[n - 1] == ',' || t[n - 1] == ';' || t[n - 1] == ':')
		return 0;
	{
		/* "I. NOTES the report": an OCR'd paragraph 1, not a heading */
		size_t		j = i;

		while (j < n && dr_isupper((unsigned char) t[j]))
			j++;
		if (j - i >= 4 && j + 1 < n && t[j] == ' ' && dr_islower((unsigned char) t[j + 1]))
			return 0;
	}
	*titleoff = i;
	return v;
}

/* "1." alone on its line: a paragraph number, up to 3 digits */
static bool
number_alone(const dr_line *ln)
{
	size_t		k = 0;

	while (k < ln->tlen && k < 4 && dr_isdigit((unsigned char) ln->txt[k]))
		k++;
	return k > 0 && k <= 3 && k + 1 == ln->tlen && ln->txt[k] == '.';
}

/*
 * "• V." : a web page's list prints every entry with a bullet, the
 * chapter labels too (europa-nu.nl); the bullet's length with its space,
 * else 0.
 */
static size_t
list_bullet(const char *t, size_t n)
{
	return n > 4 && memcmp(t, "\xE2\x80\xA2 ", 4) == 0 ? 4 : 0;
}

/* the next line after li that is not blank, within 3 lines; -1 if none */
static int
next_nonblank(const dr_reader *rd, int li)
{
	int			j;

	for (j = li + 1; j < rd->nlines && j < li + 4 && rd->lines[j].cls == LC_BLANK; j++)
		;
	return j < rd->nlines ? j : -1;
}

/*
 * "I." alone on its line with its title in capitals on the next line
 * ("I." / "EUROPA 2020: EINE NEUE ..."): a chapter, not paragraph 1 read
 * from an OCR'd "I".  pdftotext also prints the first paragraph's number
 * between the two, as the number stands in the left column at the title's
 * height ("I." / "1." / "UKRAINE", EUCO 20/23): the same chapter.  Returns
 * 1 for the title next, 2 for the number in between, 0 for no chapter.
 */
static int
roman_alone(const dr_reader *rd, int li)
{
	const dr_line *ln = &rd->lines[li];
	int			j,
				r = 1;
	size_t		k;

	size_t		b = list_bullet(ln->txt, ln->tlen);

	if (ln->tlen < b + 2 || ln->tlen > b + 6 || ln->txt[ln->tlen - 1] != '.' ||
		roman_value(ln->txt + b, ln->tlen - b - 1, true) == 0)
		return 0;
	j = next_nonblank(rd, li);
	if (j >= 0 && rd->lines[j].cls == LC_TEXT && number_alone(&rd->lines[j]))
	{
		j = next_nonblank(rd, j);
		r = 2;
	}
	if (j < 0 || rd->lines[j].cls != LC_TEXT || !dr_isupper((unsigned char) rd->lines[j].txt[0]))
		return 0;
	for (k = 0; k < rd->lines[j].tlen && k < 24; k++)
		if (dr_islower((unsigned char) rd->lines[j].txt[k]))
			return 0;
	return k >= 4 ? r : 0;
}

/* a line without lower-case letters: a title in capitals */
static bool
all_caps(const char *t, size_t n)
{
	bool		letter = false;

	for (size_t k = 0; k < n; k++)
	{
		if (dr_islower((unsigned char) t[k]))
			return false;
		letter |= dr_isupper((unsigned char) t[k]);
	}
	return letter;
}

/* "Chapter I", "Hoofdstuk II: title": the label's offset and length, the title's offset */
static bool
chapter_heading(const char *t, size_t n, size_t *lab, size_t *lablen, size_t *titleoff)
{
	for (int w = 0; dr_chapter_words[w]; w++)
	{
		size_t		k = dr_word_prefix(t, n, dr_chapter_words[w]),
					s;

		if (k == 0 || k >= n || t[k] != ' ')
			continue;
		s = ++k;
		/* (OCR reads I as T or l: "Chapter ITI") */
		while (k < n && (t[k] == 'I' || t[k] == 'V' || t[k] == 'X' || t[k] == 'T' || t[k] == 'l' ||
						 dr_isdigit((unsigned char) t[k])) && k - s < 8)
			k++;
		if (k == s || (k < n && dr_isalpha((unsigned char) t[k])))
			continue;
		/* a numeral: 1 to 3 digits, or a roman numeral up to XXV */
		if (dr_isdigit((unsigned char) t[s]))
		{
			if (k - s > 3)
				continue;
		}
		else
		{
			char		r[8];

			for (size_t q = s; q < k; q++)
				r[q - s] = t[q] == 'T' || t[q] == 'l' ? 'I' : t[q];
			if (roman_value(r, k - s, true) == 0)
				continue;
		}
		*lab = s;
		*lablen = k - s;
		while (k < n && (t[k] == ' ' || t[k] == '.' || t[k] == ':' || t[k] == '-' || (unsigned char) t[k] == 0xE2))
		{
			if ((unsigned char) t[k] == 0xE2)
			{
				if (k + 2 < n && (unsigned char) t[k + 1] == 0x80 &&
					((unsigned char) t[k + 2] == 0x93 || (unsigned char) t[k + 2] == 0x94))
					k += 3;
				else
					break;
			}
			else
				k++;
		}
		*titleoff = k;
		return true;
	}
	return false;
}

static bool
hereby_line(const char *t, size_t n)
{
	while (n > 0 && (t[n - 1] == ':' || t[n - 1] == ',' || t[n - 1] == ' '))
		n--;
	for (int w = 0; dr_hereby_words[w]; w++)
	{
		size_t		k = dr_word_prefix(t, n, dr_hereby_words[w]);

		if (k == 0)
			continue;
		if (k == n)
			return true;
		/* "HEREBY ADOPTS THE FOLLOWING CONCLUSIONS": capitals only, short */
		if (n <= 80 && t[k] == ' ')
		{
			size_t		j;

			for (j = k; j < n && !dr_islower((unsigned char) t[j]); j++)
				;
			if (j == n)
				return true;
		}
	}
	return false;
}

typedef struct
{
	int			fam;
	int			glyph;			/* index into glyphs for F_SYM */
	int			letter;			/* F_LETTER: 'a'..; F_ROMAN: value */
	bool		ambiguous;		/* a single i, v or x */
	bool		is_letter;
	int			roman;
	size_t		textoff;
	char		label[8];
} marker;

static bool
point_marker(const char *t, size_t n, marker *m)
{
	size_t		i = 0,
				s;

	memset(m, 0, sizeof(*m));
	for (int g = 0; glyphs[g].glyph; g++)
	{
		size_t		gl = strlen(glyphs[g].glyph);

		if (n > gl + 1 && memcmp(t, glyphs[g].glyph, gl) == 0 && t[gl] == ' ')
		{
			unsigned char c = (unsigned char) t[gl + 1];

			if (dr_isdigit(c) || (glyphs[g].ocr && !dr_isalpha(c)))
				return false;
			m->fam = F_SYM;
			m->glyph = g;
			m->textoff = gl + 1;
			snprintf(m->label, sizeof(m->label), "%s", glyphs[g].label);
			return true;
		}
	}
	if (i < n && t[i] == '(')
		i++;
	s = i;
	while (i < n && dr_islower((unsigned char) t[i]) && i - s < 6)
		i++;
	if (i == s || i >= n || (t[i] != ')' && t[i] != '.') || (s == 1 && t[i] != ')'))
		return false;
	if (i + 1 >= n || t[i + 1] != ' ')
		return false;
	m->is_letter = i - s == 1;
	m->roman = roman_value(t + s, i - s, false);
	if (!m->is_letter && m->roman == 0)
		return false;
	m->letter = t[s];
	m->ambiguous = m->is_letter && m->roman > 0;
	m->fam = m->is_letter ? F_LETTER : F_ROMAN;
	snprintf(m->label, sizeof(m->label), "%.*s", (int) (i - s), t + s);
	m->textoff = i + 2;
	while (m->textoff < n && t[m->textoff] == ' ')
		m->textoff++;
	return true;
}

/*
 * A point marker alone on its line ("–", "a)", or a damaged bullet "." "o"
 * "J"), as pdftotext, pdfminer and pdftohtml print a hanging list: the text
 * follows on the next line with text.  Only when that line starts with a
 * letter, so that a dash before a number stays text; a lone "o" or "." (a
 * damaged bullet) only before a lower-case word, as prose has them too.
 */
static bool
point_marker_alone(const dr_reader *rd, int li, bool listctx, marker *m)
{
	const dr_line *ln = &rd->lines[li];
	char		tmp[16];
	int			j;

	if (ln->tlen == 0 || ln->tlen > 6)
		return false;
	/* the marker with a word after it is what point_marker knows */
	memcpy(tmp, ln->txt, ln->tlen);
	memcpy(tmp + ln->tlen, " x", 3);
	if (!point_marker(tmp, ln->tlen + 2, m))
		return false;
	m->textoff = ln->tlen;
	/*
	 * The text may come after the page's footer, or after other markers of
	 * the same column ("–" / "48." / "49." / text): a bounded look, so
	 * linear.
	 */
	for (j = li + 1; j < rd->nlines && j < li + 24; j++)
	{
		const dr_line *nx = &rd->lines[j];
		bool		letters = false;

		if (nx->cls == LC_BLANK || nx->cls == LC_FOOTER || nx->cls == LC_FOOTER_MORE)
			continue;
		for (size_t q = 0; q < nx->tlen && !letters; q++)
			letters = dr_isalpha((unsigned char) nx->txt[q]);
		if (nx->cls != LC_TEXT || nx->tlen > 4 || letters)
			break;
	}
	if (j >= rd->nlines || rd->lines[j].cls != LC_TEXT || rd->lines[j].tlen == 0)
		return false;
	/*
	 * Damaged bullets only before a lower-case word, or inside a list (after
	 * ':' or another point); dashes and letters before any word.
	 */
	if (m->fam == F_SYM && (glyphs[m->glyph].ocr || strcmp(glyphs[m->glyph].glyph, "o") == 0) && !listctx)
		return dr_islower((unsigned char) rd->lines[j].txt[0]);
	return dr_isalpha((unsigned char) rd->lines[j].txt[0]);
}

typedef struct
{
	int			fam;
	int			glyph;
	int			indent;
	int			letter;			/* last letter or roman value */
	int			n;
	int			item;			/* item index */
} list_level;

typedef struct
{
	dr_reader  *rd;
	int			part;			/* 0 cover note, 1 conclusions */
	int			expected;
	int			para;			/* item of the current paragraph or recital, -1 */
	int			para_num;
	list_level	pt,
				sb;
	int			main;			/* deepest current item */
	int			target;			/* where continuation lines go */
	int			chapter;		/* item of the current chapter, -1 */
	int			chapter_wait;	/* item of a chapter whose title is still to come, -1 */
	bool		chapter_title_seen;
	/* the chapter's title comes after the number of its first paragraph ("I." / "1." / "UKRAINE") */
	bool		title_after_number;
	int			title;			/* item of the title being read, -1 */
	int			footer;			/* item of the footer being read */
	int			recitals;
	bool		preamble;
	bool		prev_blank;
	bool		after_break;
	bool		await_text;
	bool		dash_numbered;	/* the last paragraph was printed "- 2. text" */
	/*
	 * Markers alone on their line that came while an earlier one still
	 * waited for its text: pdfminer and pdftotext print a column of numbers
	 * or dashes ("3." / "4." / "5.") and only then the texts, one block
	 * each.  Each waits here and opens its item at the first line of the
	 * next block, so the items keep document order.
	 */
	struct
	{
		int			num;		/* paragraph number, 0 for a point */
		marker		m;
	}			queue[8];
	int			qhead,
				qlen;
	int			before_alone;	/* main item before a number alone on its line, -1 */
	bool		infer;			/* numbers_lost(): paragraphs from their operative word */
	int			note_from;		/* infer: the cover note's blocks come after this line */
	/* the state before a paragraph opened by a number alone, while it waits for its text */
	struct
	{
		bool		valid;
		int			num,
					nitems,
					para,
					para_num,
					main,
					expected;
		list_level	pt,
					sb;
	}			undo;
	int			cont;			/* item a block that precedes the awaited text goes on, -1 */
	int			last_marker;
	bool	   *cited;
	int		   *owner;			/* footnote -> item of its first marker, -1 */
	int		   *body;			/* footnote -> its body item, -1 */
	int			pending_lo;
	int		   *chap_of;		/* item -> chapter item, -1 */
	int		   *pos_owner;		/* footnote item -> item it followed */
	unsigned char *last_ch;		/* item -> last byte of its text so far */
} state;

static int
new_item(state *st, dr_kind kind, int line)
{
	int			it = dr_add_item(st->rd, kind, line);

	if (it < 0)
		return -1;
	st->chap_of[it] = st->chapter;
	st->rd->items[it].in_note = st->part == 0;
	return it;
}

/* add text of line li from byte off to item it, with its markers */
static void
add_text(state *st, int it, int li, size_t off, bool markers)
{
	dr_reader  *rd = st->rd;
	dr_line    *ln = &rd->lines[li];

	if (it < 0)
		return;
	if (markers)
	{
		int			glued[16];
		int			ng;

		for (int m = 0; m < ln->mk_n; m++)
		{
			int			fn = rd->mk[ln->mk_first + m];

			dr_add_mark(rd, it, fn);
			if (st->owner[fn] < 0)
				st->owner[fn] = it;
			st->cited[fn] = true;
			if (fn > st->last_marker)
				st->last_marker = fn;
		}
		if (off < ln->tlen && rd->layout != DR_LAYOUT_MARKDOWN)
		{
			dr_line		tmp = *ln;

			/* glued digits: scan the text part only */
			tmp.txt = ln->txt + off;
			tmp.tlen = ln->tlen - off;
			ng = dr_glued_markers(rd, &tmp, &st->last_marker, glued, 16);
			ln->tlen = off + tmp.tlen;
			for (int g = 0; g < ng; g++)
			{
				dr_add_mark(rd, it, glued[g]);
				if (st->owner[glued[g]] < 0)
					st->owner[glued[g]] = it;
				st->cited[glued[g]] = true;
			}
		}
	}
	if (off < ln->tlen)
	{
		dr_add_frag(rd, it, li, ln->txt + off, ln->tlen - off);
		st->last_ch[it] = (unsigned char) ln->txt[ln->tlen - 1];
	}
}

static void
set_label(state *st, int it, const char *label)
{
	if (it >= 0)
		st->rd->items[it].label = dr_strndup(st->rd, label, strlen(label));
}

static void
new_paragraph(state *st, int li, int num, size_t off, bool alone)
{
	dr_reader  *rd = st->rd;
	int			it = new_item(st, st->part ? DR_PARAGRAPH : DR_NOTE, li);
	char		lab[12];

	if (it < 0)
		return;
	rd->items[it].number = num;
	rd->items[it].preamble = st->part == 1 && st->preamble;
	snprintf(lab, sizeof(lab), "%d", num);
	set_label(st, it, lab);
	st->expected = num + 1;
	st->para = it;
	st->para_num = num;
	memset(&st->pt, 0, sizeof(st->pt));
	memset(&st->sb, 0, sizeof(st->sb));
	st->main = st->target = it;
	st->await_text = alone;
	if (!alone)
		add_text(st, it, li, off, true);
}

static bool
same_glyph(int fam, int a, int b)
{
	return fam != F_SYM || a == b;
}

static void
new_point(state *st, int li, marker *m, int indent)
{
	dr_reader  *rd = st->rd;
	bool		sub = false;
	int			fam = m->fam;
	int			it;

	if (m->ambiguous)
	{
		/* "i": the letter after "h", else a roman numeral (and "v", "x" letters unless a roman list runs) */
		const list_level *lv = st->sb.n > 0 ? &st->sb : &st->pt;
		const list_level *other = st->sb.n > 0 ? &st->pt : NULL;

		if (lv->fam == F_LETTER && lv->letter + 1 == m->letter)
			fam = F_LETTER;
		else if (other && other->fam == F_LETTER && other->letter + 1 == m->letter)
			fam = F_LETTER;
		else if (lv->fam == F_ROMAN || (other && other->fam == F_ROMAN))
			fam = F_ROMAN;
		else
			fam = m->letter == 'i' ? F_ROMAN : F_LETTER;
	}
	if (st->pt.n > 0)
	{
		bool		pt_same = fam == st->pt.fam && same_glyph(fam, m->glyph, st->pt.glyph);

		if (st->sb.n > 0)
		{
			bool		sb_same = fam == st->sb.fam && same_glyph(fam, m->glyph, st->sb.glyph);

			if (sb_same && !(pt_same && indent <= st->pt.indent + 1))
				sub = true;
			else if (pt_same || (fam == st->pt.fam && indent <= st->pt.indent + 1))
				sub = false;
			else
				sub = indent > st->pt.indent + 1;
		}
		else if (st->last_ch[st->pt.item] == ':' && (!pt_same || indent > st->pt.indent + 1))
			sub = true;
	}
	if (sub)
	{
		it = new_item(st, DR_SUBPOINT, li);
		if (it < 0)
			return;
		st->sb.n++;
		st->sb.fam = fam;
		st->sb.glyph = m->glyph;
		st->sb.indent = indent;
		st->sb.letter = fam == F_ROMAN ? m->roman : m->letter;
		st->sb.item = it;
		rd->items[it].item = st->pt.n;
		rd->items[it].sub = st->sb.n;
	}
	else
	{
		it = new_item(st, DR_POINT, li);
		if (it < 0)
			return;
		st->pt.n++;
		st->pt.fam = fam;
		st->pt.glyph = m->glyph;
		st->pt.indent = indent;
		st->pt.letter = fam == F_ROMAN ? m->roman : m->letter;
		st->pt.item = it;
		memset(&st->sb, 0, sizeof(st->sb));
		rd->items[it].item = st->pt.n;
	}
	if (fam == F_SYM && glyphs[m->glyph].ocr)
		rd->ocr++;
	rd->items[it].number = st->para_num;
	rd->items[it].preamble = rd->items[st->para].preamble;
	rd->items[it].recital = rd->items[st->para].recital;
	set_label(st, it, m->label);
	st->main = st->target = it;
	add_text(st, it, li, m->textoff, true);
}

/* the lowest footnote cited whose body has not come yet, 0 if none */
static int
pending(state *st)
{
	while (st->pending_lo < DR_MAX_FN &&
		   (!st->cited[st->pending_lo] || st->body[st->pending_lo] >= 0))
	{
		if (st->pending_lo > st->last_marker)
			return 0;
		st->pending_lo++;
	}
	return st->pending_lo < DR_MAX_FN ? st->pending_lo : 0;
}

static int
new_footnote(state *st, int li, int fn)
{
	int			it = new_item(st, DR_FOOTNOTE, li);

	if (it < 0)
		return -1;
	st->rd->items[it].footnote = fn;
	st->pos_owner[it] = st->main;
	if (fn > 0 && fn < DR_MAX_FN && st->body[fn] < 0)
		st->body[fn] = it;
	st->target = it;
	return it;
}

static void
skipped(state *st, int li, const char *why)
{
	int			it = new_item(st, DR_SKIPPED, li);

	if (it < 0)
		return;
	st->rd->items[it].field = why;
	add_text(st, it, li, 0, false);
}

static bool
header_word(const dr_line *ln)
{
	for (int w = 0; dr_header_words[w]; w++)
		if (dr_word_prefix(ln->txt, ln->tlen, dr_header_words[w]) == ln->tlen)
			return true;
	return false;
}

static size_t
numlen(int v)
{
	return v >= 100 ? 3 : v >= 10 ? 2 : 1;
}

/* " 3. " followed by a capital inside t: the offset of its space, 0 if none */
static size_t
embedded_number(const char *t, size_t n, int expected)
{
	char		pat[8];
	size_t		k = (size_t) snprintf(pat, sizeof(pat), " %d. ", expected);

	for (size_t i = 3; i + k < n; i++)
		if (memcmp(t + i, pat, k) == 0 && dr_isupper((unsigned char) t[i + k]) &&
			dr_islower((unsigned char) t[i - 1]))
			return i;
	return 0;
}

/*
 * "RECOGNISING the", "NOTES that", "UNDERLINES," : a block that opens with
 * an operative word in capitals, as every paragraph of Council conclusions
 * does; 4 capitals at least ("EU" and "HWP" are not verbs).
 */
static bool
caps_verb(const char *t, size_t n)
{
	size_t		i = 0;

	while (i < n && (dr_isupper((unsigned char) t[i]) || (unsigned char) t[i] >= 0x80))
		i++;
	return i >= 4 && (i == n || t[i] == ' ' || t[i] == ',');
}

/*
 * OCR loses paragraph numbers (of 67, 45 survive in a 200 dpi scan read
 * with tesseract's --psm 3): when blocks that open with an operative word
 * in capitals, after a blank line, and not right under a number of their
 * own, are nearly as many as the numbers, the numbers are inferred from
 * the blocks (see text_line).
 * Converters that keep the numbers leave a few such blocks (numbers grouped
 * in a column), far fewer than numbers.
 */
static bool
numbers_lost(const dr_reader *rd)
{
	int			numbered = 0,
				orphans = 0;
	bool		prev_blank = true,
				prev_number = false;

	for (int i = 0; i < rd->nlines; i++)
	{
		const dr_line *ln = &rd->lines[i];
		size_t		off;
		bool		alone,
					damaged;

		if (ln->cls == LC_BLANK)
		{
			prev_blank = true;
			continue;
		}
		if (ln->cls != LC_TEXT)
			continue;
		if (dr_para_number(ln->txt, ln->tlen, 0, &off, &alone, &damaged) > 0)
		{
			numbered++;
			prev_number = alone;
		}
		else
		{
			if (prev_blank && !prev_number && caps_verb(ln->txt, ln->tlen))
				orphans++;
			prev_number = false;
		}
		prev_blank = false;
	}
	return orphans >= 10 && orphans * 4 >= numbered * 3;
}

/*
 * Does a block starting with t go on item it, which its page left without
 * a final stop?  Only when it starts in lower case, or with an acronym
 * ("EU bodies and ..."), not with an operative word in capitals.
 */
static bool
goes_on(const state *st, int it, const char *t, size_t n)
{
	unsigned char c = it >= 0 ? st->last_ch[it] : '.';
	size_t		k = 0;

	if (!(dr_isalpha(c) || dr_isdigit(c) || c == ',' || c == '-'))
		return false;
	if (dr_islower((unsigned char) t[0]))
		return true;
	while (k < n && dr_isupper((unsigned char) t[k]))
		k++;
	return k >= 2 && k < 4 && k < n && t[k] == ' ';
}

/*
 * pdfminer can put a blank line inside a footnote body after its first
 * line ("5 12109/13 and doc. 6225/13 (Joint Communication to European
 * Parliament, the Council, the" / blank / "European Economic ..."): a body
 * left without its final stop goes on after the blank.
 */
static bool
fn_goes_on(const state *st, int li)
{
	const dr_reader *rd = st->rd;
	unsigned char c;
	int			j;

	if (st->target < 0 || st->target == st->main || rd->items[st->target].kind != DR_FOOTNOTE ||
		rd->layout == DR_LAYOUT_MARKDOWN)
		return false;
	/* a lower-case word or a comma */
	c = st->last_ch[st->target];
	if (dr_islower(c) || c == ',')
		return true;
	/*
	 * A capital ("... the NIS" / "Directive, especially ..."): only a block
	 * that the page's footer or the next body follows ("Article 222 TEU"
	 * before a paragraph's text is a whole body).  A bounded look.
	 */
	if (!dr_isupper(c) || li < 0)
		return false;
	for (j = li; j < rd->nlines && j < li + 12 && rd->lines[j].cls == LC_BLANK; j++)
		;
	for (; j < rd->nlines && j < li + 12 && rd->lines[j].cls == LC_TEXT; j++)
		;
	for (; j < rd->nlines && j < li + 12 && rd->lines[j].cls == LC_BLANK; j++)
		;
	return j < rd->nlines && j < li + 12 &&
		(rd->lines[j].cls == LC_FOOTER || rd->lines[j].cls == LC_FNSTART || rd->lines[j].cls == LC_FNNUM);
}

/* one LC_TEXT line */
static void
text_line(state *st, int li)
{
	dr_reader  *rd = st->rd;
	dr_line    *ln = &rd->lines[li];
	const char *t = ln->txt;
	size_t		n = ln->tlen,
				off,
				lab,
				lablen;
	bool		alone,
				damaged;
	int			num,
				it,
				ra = 0;
	marker		m;

	if (hereby_line(t, n))
	{
		st->preamble = false;
		skipped(st, li, "hereby");
		st->main = st->target = -1;
		return;
	}
	if (chapter_heading(t, n, &lab, &lablen, &off) ||
		(st->para >= 0 || st->part == 1 ? roman_heading(t, n, &off) > 0 && (lab = 0, lablen = 0, true) : false) ||
		((ra = roman_alone(rd, li)) > 0 && (lab = list_bullet(t, n), lablen = 0, off = n, true)))
	{
		if (lablen == 0)
		{
			/* "I. Introduction": the numeral is the label */
			while (lab + lablen < n && (t[lab + lablen] == 'I' || t[lab + lablen] == 'V' || t[lab + lablen] == 'X'))
				lablen++;
		}
		it = new_item(st, DR_CHAPTER, li);
		if (it < 0)
			return;
		st->chapter = it;
		st->chap_of[it] = it;
		for (size_t q = lab; q < lab + lablen; q++)
			if (ln->txt[q] == 'T' || ln->txt[q] == 'l')
				ln->txt[q] = 'I';
		rd->items[it].label = dr_strndup(rd, t + lab, lablen);
		add_text(st, it, li, off, false);
		st->chapter_wait = off < n ? -1 : it;
		st->chapter_title_seen = false;
		st->title_after_number = ra == 2;
		st->main = st->target = -1;
		st->para = -1;
		return;
	}
	if (st->qlen > 0 && st->prev_blank && !st->await_text && (st->target >= 0 || st->para < 0) &&
		!goes_on(st, st->main, t, n) &&
		/* (a paragraph's text does not start in lower case: a point whose bullet was lost) */
		!(st->queue[st->qhead].num > 0 && dr_islower((unsigned char) t[0])) &&
		!point_marker(t, n, &m) && !point_marker_alone(rd, li, false, &m) &&
		dr_para_number(t, n, st->expected, &off, &alone, &damaged) <= 0)
	{
		/* the next text block: the text of the first marker still waiting */
		int			q = st->qhead;

		st->qhead = (st->qhead + 1) % 8;
		st->qlen--;
		if (st->queue[q].num > 0)
		{
			int			expected = st->expected;

			new_paragraph(st, li, st->queue[q].num, 0, false);
			if (expected > st->expected)
				st->expected = expected;
		}
		else if (st->para >= 0)
		{
			st->queue[q].m.textoff = 0;
			new_point(st, li, &st->queue[q].m, ln->indent);
		}
		return;
	}
	num = dr_para_number(t, n, st->expected, &off, &alone, &damaged);
	if (ln->restart && num <= 0)
		num = dr_para_number(t, n, 1, &off, &alone, &damaged);
	if (st->infer && num > st->expected + 1 && num <= st->expected + 3 && !damaged && st->para >= 0)
		;						/* numbers lost before it: accepted below */
	else if (num > 1 && st->expected == 1 && !damaged && st->para < 0 && st->chapter >= 0 &&
			 rd->items[st->chapter].label != NULL &&
			 roman_value(rd->items[st->chapter].label, strlen(rd->items[st->chapter].label), true) > 1)
		;						/* an extract that starts at chapter IV starts at its paragraph 5 (see below) */
	else if (!(num > 0 && (num == st->expected || (num == st->expected + 1 && !damaged) || (ln->restart && num == 1))))
		num = 0;
	if (num > 0 && st->infer && alone && num > st->expected && st->para >= 0 && st->qlen == 0 && !st->await_text)
	{
		/*
		 * OCR: a column of numbers whose first ones were lost ("16." /
		 * "17." / texts): the first texts belong to the lost numbers.
		 */
		int			lost = st->expected;

		st->before_alone = -1;
		st->cont = -1;
		new_paragraph(st, li, lost, 0, true);
		rd->ocr++;
		for (int m = lost + 1; m <= num && st->qlen < 8; m++)
			st->queue[(st->qhead + st->qlen++) % 8].num = m;
		st->expected = num + 1;
		return;
	}
	if (num > 0)
	{
		if (alone && st->await_text && st->target >= 0 && st->target == st->main && st->qlen < 8)
		{
			st->queue[(st->qhead + st->qlen++) % 8].num = num;
			st->expected = num + 1;
			return;
		}
		if (damaged)
			rd->ocr++;
		st->dash_numbered = n > 2 && t[0] == '-' && t[1] == ' ';
		/* (the chapter's title still to come after this number: roman_alone) */
		if (!(st->title_after_number && alone && st->chapter_wait >= 0 && !st->chapter_title_seen))
			st->chapter_wait = -1;
		st->before_alone = alone ? st->main : -1;
		st->cont = -1;
		st->undo.valid = alone;
		st->undo.num = num;
		st->undo.nitems = rd->nitems;
		st->undo.para = st->para;
		st->undo.para_num = st->para_num;
		st->undo.main = st->main;
		st->undo.expected = st->expected;
		st->undo.pt = st->pt;
		st->undo.sb = st->sb;
		new_paragraph(st, li, num, off, alone);
		return;
	}
	/* "A. Whereas ..." or, as pdfminer prints it, "A." alone on its line */
	if (st->part == 1 && st->expected == 1 && (n > 3 || n == 2) && dr_isupper((unsigned char) t[0]) &&
		t[0] == 'A' + st->recitals && (t[1] == '.' || t[1] == ')') && (n == 2 || t[2] == ' '))
	{
		it = new_item(st, DR_RECITAL, li);
		if (it < 0)
			return;
		st->recitals++;
		rd->items[it].recital = st->recitals;
		rd->items[it].preamble = 1;
		rd->items[it].label = dr_strndup(rd, t, 1);
		st->para = it;
		st->para_num = 0;
		memset(&st->pt, 0, sizeof(st->pt));
		memset(&st->sb, 0, sizeof(st->sb));
		st->main = st->target = it;
		if (n > 3)
			add_text(st, it, li, 3, true);
		return;
	}
	if (ln->hlevel > 0 && !st->await_text)
	{
		if (st->chapter_wait >= 0)
		{
			add_text(st, st->chapter_wait, li, 0, false);
			st->chapter_title_seen = true;
			return;
		}
		if (st->part == 0 || st->para < 0)
		{
			it = new_item(st, DR_TITLE, li);
			add_text(st, it, li, 0, false);
			st->main = st->target = -1;
			return;
		}
		/* a markdown heading inside the conclusions: a chapter without a number */
		it = new_item(st, DR_CHAPTER, li);
		if (it < 0)
			return;
		st->chapter = it;
		st->chap_of[it] = it;
		add_text(st, it, li, 0, false);
		st->main = st->target = -1;
		st->para = -1;
		return;
	}
	if (st->dash_numbered && n > 2 && t[0] == '-' && t[1] == ' ' && (off = embedded_number(t, n, st->expected)) > 0)
	{
		/*
		 * "- At the meeting ... the first draft of the 3. Council
		 * Conclusions": a markdown converter that prints paragraphs as "- 2.
		 * text" sometimes moves the number to where the first line
		 * wrapped.  Only the expected number, only in such a run.
		 */
		memmove(ln->txt + off, ln->txt + off + numlen(st->expected) + 2, n - off - numlen(st->expected) - 2 + 1);
		ln->tlen -= numlen(st->expected) + 2;
		new_paragraph(st, li, st->expected, 2, false);
		return;
	}
	if (st->para >= 0 && st->await_text && st->target >= 0 && st->target == st->main && st->qlen < 8 &&
		point_marker_alone(rd, li, st->pt.n > 0, &m))
	{
		int			q = (st->qhead + st->qlen++) % 8;

		st->queue[q].num = 0;
		st->queue[q].m = m;
		return;
	}
	if (st->para >= 0 && !st->await_text &&
		point_marker_alone(rd, li, st->pt.n > 0 || (st->main >= 0 && st->last_ch[st->main] == ':'), &m))
	{
		st->before_alone = -1;
		st->cont = -1;
		new_point(st, li, &m, ln->indent);
		st->await_text = true;
		return;
	}
	if (st->para >= 0 && !st->await_text && point_marker(t, n, &m) &&
		!(m.fam == F_SYM && m.glyph < 3 && st->pt.n == 0 && !st->prev_blank && !st->after_break &&
		  st->target == st->main && st->main == st->para &&
		  (dr_isalpha(st->last_ch[st->para]) || dr_isdigit(st->last_ch[st->para]))))
	{
		/*
		 * (A dash at the start of a line that goes on a sentence without
		 * even a comma, before any point, is a dash in wrapped text: "the
		 * spirit of WTO" / "– TBT Code".)
		 */
		new_point(st, li, &m, ln->indent);
		return;
	}
	/*
	 * A point whose bullet was lost: a line starting with a lower-case word
	 * after a paragraph that ends with ':' (the first) or a lost-bullet point
	 * that ends with ';' or '.' (the next ones).
	 */
	if (st->para >= 0 && !st->await_text && st->main >= 0 && st->target == st->main &&
		dr_islower((unsigned char) t[0]) &&
		((st->main == st->para && st->pt.n == 0 && st->last_ch[st->para] == ':') ||
		 (st->pt.n > 0 && st->pt.fam == F_LOST && st->sb.n == 0 &&
		  (st->last_ch[st->main] == ';' || st->last_ch[st->main] == '.')) ||
		 /* a block after a point of any kind, within the page: its bullet was lost */
		 (st->pt.n > 0 && st->sb.n == 0 && st->prev_blank && !st->after_break && st->last_ch[st->main] == ';')))
	{
		marker		lost;

		memset(&lost, 0, sizeof(lost));
		lost.fam = F_LOST;
		lost.glyph = -1;
		new_point(st, li, &lost, ln->indent);
		return;
	}
	if (st->infer && st->part == 0 && li > st->note_from && !st->await_text && (st->prev_blank || st->after_break) &&
		dr_isupper((unsigned char) t[0]) && (st->main < 0 || st->last_ch[st->main] == '.'))
	{
		/* a block of the cover note, whose numbers OCR lost (any capital opens it: it is prose) */
		new_paragraph(st, li, st->expected, 0, false);
		rd->ocr++;
		return;
	}
	if (st->infer && !st->await_text && st->qlen == 0 && (st->prev_blank || st->after_break) && caps_verb(t, n) &&
		!(st->chapter_wait >= 0 && !st->chapter_title_seen) &&
		/* (after a chapter heading or the HEREBY line, or after a finished paragraph) */
		((st->main < 0 && st->expected > 1) ||
		 (st->para >= 0 && st->main >= 0 && st->pt.n == 0 &&
		  (st->last_ch[st->main] == '.' || st->last_ch[st->main] == ';' || st->last_ch[st->main] == ','))))
	{
		/* OCR lost this paragraph's number: the next one */
		new_paragraph(st, li, st->expected, 0, false);
		rd->ocr++;
		return;
	}
	/* plain text */
	if (st->await_text && st->target >= 0 && st->title_after_number && st->chapter_wait >= 0 &&
		(!st->chapter_title_seen || st->last_ch[st->chapter_wait] != '.') && all_caps(t, n))
	{
		/* "I." / "1." / "UKRAINE": the chapter's title, then paragraph 1's text */
		add_text(st, st->chapter_wait, li, 0, false);
		st->chapter_title_seen = true;
		return;
	}
	if (st->await_text && st->target >= 0)
	{
		int			prev = st->before_alone;

		if (st->title_after_number)
		{
			/* the title is complete: what follows is paragraph text */
			st->title_after_number = false;
			st->chapter_wait = -1;
		}

		/*
		 * pdfminer prints the numbers of a page's column first ("3." /
		 * "4." / "5."), then the texts -- the first of which may be the end
		 * of the paragraph the previous page left unfinished ("... on the
		 * issues" / page break / "outlined in that ...").  A block that
		 * starts in lower case after a paragraph without its final stop
		 * goes on that paragraph, and the number waits for the next block.
		 */
		if (prev >= 0 && st->prev_blank && goes_on(st, prev, t, n))
		{
			st->cont = prev;
			st->before_alone = -1;
			add_text(st, prev, li, 0, true);
			return;
		}
		if (st->cont >= 0 && !st->prev_blank)
		{
			add_text(st, st->cont, li, 0, true);
			return;
		}
		if (st->chapter >= 0 && prev < 0 && st->last_ch[st->chapter] == ',' && rd->items[st->para].number > 0)
		{
			size_t		q;

			/* OCR put the number inside a chapter title that goes on in capitals after its comma */
			for (q = 0; q < n && !dr_islower((unsigned char) t[q]); q++)
				;
			if (q == n)
			{
				add_text(st, st->chapter, li, 0, false);
				return;
			}
		}
		if (prev >= 0 && st->prev_blank && st->undo.valid && rd->nitems == st->undo.nitems + 1 &&
			st->undo.para >= 0 && st->qlen < 8 && rd->items[prev].kind == DR_POINT && st->last_ch[prev] == ';' &&
			dr_islower((unsigned char) t[0]))
		{
			/*
			 * A block in lower case after a point that ends with ';', while
			 * a number printed above waits: the next point, its bullet lost
			 * ("–" lost / "48." / "49." / "to present in early 2018 ...").
			 */
			memset(&m, 0, sizeof(m));
			m.fam = F_LOST;
			m.glyph = -1;
			st->cont = prev;
		}
		else if (st->cont >= 0 && !point_marker(t, n, &m))
			st->cont = -1;
		if (st->cont >= 0 && st->undo.valid && rd->nitems == st->undo.nitems + 1 && st->undo.para >= 0 &&
			st->qlen < 8)
		{
			/*
			 * ... and a point after that end is the next point of that
			 * paragraph: the number goes back to wait at the head of the
			 * column.
			 */
			rd->nitems--;
			st->para = st->undo.para;
			st->para_num = st->undo.para_num;
			st->main = st->target = st->undo.main;
			st->expected = st->undo.expected;
			st->pt = st->undo.pt;
			st->sb = st->undo.sb;
			st->qhead = (st->qhead + 7) % 8;
			st->queue[st->qhead].num = st->undo.num;
			st->qlen++;
			st->undo.valid = false;
			st->await_text = false;
			st->cont = -1;
			new_point(st, li, &m, ln->indent);
			return;
		}
		st->undo.valid = false;
		st->cont = -1;
		st->before_alone = -1;
		st->await_text = false;
		add_text(st, st->target, li, 0, st->target == st->main);
		return;
	}
	if (st->chapter_wait >= 0)
	{
		add_text(st, st->chapter_wait, li, 0, false);
		st->chapter_title_seen = true;
		return;
	}
	if (header_word(ln))
	{
		skipped(st, li, "header");
		return;
	}
	if (st->prev_blank && !st->after_break && fn_goes_on(st, li))
	{
		add_text(st, st->target, li, 0, false);
		return;
	}
	if (!st->prev_blank && !st->after_break && st->target >= 0)
	{
		add_text(st, st->target, li, 0, st->target == st->main);
		return;
	}
	if (st->prev_blank && rd->layout == DR_LAYOUT_MARKDOWN && (num = pending(st)) > 0)
	{
		/* a footnote body whose number the conversion lost */
		it = new_footnote(st, li, num);
		add_text(st, it, li, 0, false);
		return;
	}
	if (st->main >= 0 && (rd->layout != DR_LAYOUT_MARKDOWN || st->after_break ||
						  !(st->last_ch[st->main] == '.' || st->last_ch[st->main] == ';' ||
							st->last_ch[st->main] == ':')))
	{
		st->target = st->main;
		add_text(st, st->main, li, 0, true);
		return;
	}
	/*
	 * A loose heading keeps its glued marker: the contents heading of a
	 * Council meeting's outcome, "CONTENTS1", cites the note on that page
	 * ("1 Where declarations ...") before any conclusions begin.  Headings
	 * only: loose prose holds telephone numbers ("+32 (0)2 281") and the
	 * cover fields found inside it, which removing digits would shift.
	 */
	it = new_item(st, DR_SKIPPED, li);
	if (it >= 0)
	{
		rd->items[it].field = "loose";
		add_text(st, it, li, 0, n <= 40 && all_caps(t, n));
	}
	st->target = -1;
}

/*
 * The line li, numbered 1, is a title rather than a paragraph: one line
 * without a sentence's end, and the next line that is not blank is next,
 * the restart at 1.
 */
static bool
numbered_title(const dr_reader *rd, int li, int next)
{
	const dr_line *ln;
	unsigned char last;
	int			j;

	if (li < 0)
		return false;
	ln = &rd->lines[li];
	for (j = li + 1; j < next && rd->lines[j].cls == LC_BLANK; j++)
		;
	if (j != next || ln->tlen < 8)
		return false;
	last = (unsigned char) ln->txt[ln->tlen - 1];
	return last != '.' && last != ';' && last != ':' && last != ',';
}

typedef struct
{
	int			cstart;			/* first line of the conclusions */
	int			first_para;		/* first numbered line of the document */
	int			first_cpara;	/* first numbered line of the conclusions */
	int			runs;
} runs_info;

/* the numbering runs: the last one that restarts at 1 is the conclusions */
static runs_info
find_runs(dr_reader *rd)
{
	runs_info	r = {0, -1, -1, 0};
	int			expected = 1,
				last_para_line = -1,
				prev_run_end = -1;

	for (int i = 0; i < rd->nlines; i++)
	{
		dr_line    *ln = &rd->lines[i];
		size_t		off,
					lab,
					lablen;
		bool		alone,
					damaged;
		int			num;

		if (ln->cls != LC_TEXT)
			continue;
		if (chapter_heading(ln->txt, ln->tlen, &lab, &lablen, &off) ||
			roman_heading(ln->txt, ln->tlen, &off) > 0 || roman_alone(rd, i))
			continue;
		num = dr_para_number(ln->txt, ln->tlen, expected, &off, &alone, &damaged);
		if (num <= 0 && expected != 1)
			num = dr_para_number(ln->txt, ln->tlen, 1, &off, &alone, &damaged) == 1 ? 1 : 0;
		if (num <= 0)
			continue;
		if (num == 1 && expected != 1)
		{
			/*
			 * A restart at 1 opens a new part (the conclusions after a cover
			 * note) only across a title, the council line or an ANNEX
			 * header; without one it is a list that restarts its numbers
			 * (web pages number each section's list from 1).
			 */
			bool		boundary = false;

			for (int j = last_para_line + 1; j < i && !boundary; j++)
				boundary = rd->lines[j].cls == LC_TITLE || rd->lines[j].cls == LC_COUNCIL ||
					(rd->lines[j].cls != LC_BLANK && header_word(&rd->lines[j]));
			if (!boundary && expected == 2 && numbered_title(rd, last_para_line, i))
			{
				/*
				 * "1. European Union - European Council (Article 50) /
				 * conclusions (Brussels - October 20, 2017)" / "1. In the
				 * light of ...": a web page's list entry (or a numbered
				 * section heading) right before the text it names, whose
				 * paragraphs number from 1: the title of the conclusions.
				 */
				rd->lines[last_para_line].cls = LC_TITLE;
				boundary = true;
				r.runs = 0;
				r.first_para = i;
			}
			if (!boundary)
			{
				ln->restart = true;
				expected = 2;
				last_para_line = i;
				continue;
			}
			r.runs++;
			prev_run_end = last_para_line;
			r.first_cpara = i;
			expected = 2;
		}
		else if (num == expected || (num == expected + 1 && !damaged))
		{
			if (num == 1)
			{
				r.runs++;
				if (r.first_para < 0)
					r.first_para = i;
				r.first_cpara = i;
			}
			expected = num + 1;
		}
		else
			continue;
		last_para_line = i;
	}
	if (r.runs >= 2)
	{
		r.cstart = r.first_cpara;
		/* the title and the council line before the restart belong to the conclusions */
		for (int i = r.first_cpara - 1; i > prev_run_end && i >= 0; i--)
			if (rd->lines[i].cls == LC_TITLE || rd->lines[i].cls == LC_COUNCIL)
				r.cstart = i;
	}
	else
		r.cstart = 0;
	return r;
}

/* a footnote body's start as OCR leaves it: a number, "doc. ...", "C/2017/...", "2109/13" with its first digit cut */
static bool
fn_body_start(const dr_line *ln)
{
	const char *t = ln->txt;
	size_t		n = ln->tlen,
				k = 0;

	if (n == 0)
		return false;
	if (dr_isdigit((unsigned char) t[0]) || (n > 2 && dr_isupper((unsigned char) t[0]) && t[1] == '/' &&
											  dr_isdigit((unsigned char) t[2])))
		return true;
	for (int w = 0; dr_footnote_words[w]; w++)
		if (dr_word_prefix(t, n, dr_footnote_words[w]) > 0)
			return true;
	/* OCR cut the first character of every line of a body: "2109/13", "oc. 12762/17." */
	while (k < n && dr_isdigit((unsigned char) t[k]))
		k++;
	return k >= 1 && k < n && t[k] == '/';
}

/*
 * OCR prints footnote bodies without their numbers (and with their first
 * character cut) as short blocks right above the page footer: in OCR that
 * lost its paragraph numbers, blocks of at most three lines that start as
 * a body does, or are debris of a few characters ("yee", "oO &", "21"),
 * going up from each footer, are footnote text and not the paragraph's.
 */
static void
ocr_footnote_zone(dr_reader *rd)
{
	for (int f = 0; f < rd->nlines; f++)
	{
		int			j = f - 1,
					blocks = 0;

		if (rd->lines[f].cls != LC_FOOTER)
			continue;
		while (blocks++ < 12)
		{
			int			b1,
						b0;
			bool		debris = true;

			while (j >= 0 && rd->lines[j].cls == LC_BLANK)
				j--;
			for (b1 = j; j >= 0 && rd->lines[j].cls == LC_TEXT && b1 - j < 4; j--)
				debris &= rd->lines[j].tlen < 10;
			b0 = j + 1;
			if (b1 < b0 || b1 - b0 >= 3 || (j >= 0 && rd->lines[j].cls == LC_TEXT))
				break;
			if (!debris && !fn_body_start(&rd->lines[b0]))
				break;
			for (int q = b0; q <= b1; q++)
				rd->lines[q].cls = LC_FNLOST;
		}
	}
}

/* line -> the paragraph, point or recital whose text holds it, -1 (for fn_hint) */
static int *
content_of_lines(dr_reader *rd)
{
	int		   *m = dr_new(rd, ((size_t) rd->nlines + 1) * sizeof(int));

	if (m == NULL)
		return NULL;
	for (int i = 0; i < rd->nlines; i++)
		m[i] = -1;
	for (int f = 0; f < rd->nfrags; f++)
	{
		const dr_frag *fr = &rd->frags[f];
		dr_kind		k = rd->items[fr->item].kind;

		if (fr->line >= 0 && fr->line < rd->nlines && m[fr->line] < 0 &&
			(k == DR_PARAGRAPH || k == DR_POINT || k == DR_SUBPOINT || k == DR_RECITAL || k == DR_NOTE))
			m[fr->line] = fr->item;
	}
	return m;
}

void
dr_structure(dr_reader *rd)
{
	state		st;
	runs_info	r = find_runs(rd);
	int			cover_end,
				i;
	int		   *line_item = NULL;	/* content_of_lines(), made when a hint needs it */
	bool		has_hereby = false;

	memset(&st, 0, sizeof(st));
	st.rd = rd;
	st.cited = dr_new(rd, DR_MAX_FN * sizeof(bool));
	st.owner = dr_new(rd, DR_MAX_FN * sizeof(int));
	st.body = dr_new(rd, DR_MAX_FN * sizeof(int));
	st.chap_of = dr_new(rd, (size_t) rd->maxitems * sizeof(int));
	st.pos_owner = dr_new(rd, (size_t) rd->maxitems * sizeof(int));
	st.last_ch = dr_new(rd, (size_t) rd->maxitems);
	if (rd->nomem)
		return;
	memset(st.cited, 0, DR_MAX_FN * sizeof(bool));
	for (i = 0; i < DR_MAX_FN; i++)
		st.owner[i] = st.body[i] = -1;
	for (i = 0; i < rd->maxitems; i++)
		st.chap_of[i] = st.pos_owner[i] = -1;
	memset(st.last_ch, 0, (size_t) rd->maxitems);

	/* the cover: before the note's first paragraph, or before the conclusions */
	cover_end = r.runs >= 2 ? r.first_para : (r.first_cpara >= 0 ? r.first_cpara : rd->nlines);
	for (i = 0; i < cover_end; i++)
		if (rd->lines[i].cls == LC_TITLE || rd->lines[i].cls == LC_COUNCIL)
		{
			cover_end = i;
			break;
		}
	dr_read_cover(rd, cover_end, 0, r.first_cpara >= 0 ? r.first_cpara : rd->nlines);

	for (i = r.cstart; i < rd->nlines; i++)
		if (rd->lines[i].cls == LC_TEXT && hereby_line(rd->lines[i].txt, rd->lines[i].tlen))
			has_hereby = true;

	st.part = r.cstart > 0 ? 0 : 1;
	st.preamble = has_hereby;
	st.expected = 1;
	st.para = st.main = st.target = st.chapter = st.chapter_wait = st.title = st.footer = -1;
	st.prev_blank = true;
	st.pending_lo = 1;
	st.before_alone = st.cont = -1;
	st.infer = rd->layout != DR_LAYOUT_MARKDOWN && numbers_lost(rd);
	st.note_from = rd->nlines;
	if (st.infer)
	{
		ocr_footnote_zone(rd);
		if (r.runs < 2 && r.first_cpara > 0)
		{
			/*
			 * OCR lost all the cover note's numbers: when a title or the
			 * council line stands between the cover fields and the
			 * conclusions, the blocks between are the note's paragraphs.
			 */
			int			t0 = -1,
						last_meta = -1;

			for (i = 0; i < r.first_cpara && t0 < 0; i++)
				if (rd->lines[i].cls == LC_TITLE || rd->lines[i].cls == LC_COUNCIL)
					t0 = i;
				else if (rd->lines[i].cls == LC_META)
					last_meta = i;
			/* the ANNEX header above the title starts the conclusions */
			for (i = t0 - 1; t0 > 0 && i > last_meta && i >= t0 - 8; i--)
				if (rd->lines[i].cls == LC_TEXT && header_word(&rd->lines[i]))
				{
					t0 = i;
					break;
				}
			if (t0 > 0 && last_meta >= 0)
			{
				r.cstart = t0;
				st.part = 0;
				st.note_from = last_meta;
			}
		}
	}
	for (i = 0; i < rd->nlines; i++)
	{
		dr_line    *ln = &rd->lines[i];

		if (i == r.cstart && st.part == 0)
		{
			st.part = 1;
			st.expected = 1;
			st.para = st.main = st.target = st.chapter = st.chapter_wait = -1;
			st.recitals = 0;
		}
		if (i > 0 && ln->page != rd->lines[i - 1].page)
		{
			st.after_break = true;
			st.target = st.main;
		}
		switch (ln->cls)
		{
			case LC_BLANK:
			case LC_SEPARATOR:
				st.prev_blank = true;
				if (st.target >= 0 && st.target != st.main && !st.await_text && !fn_goes_on(&st, i + 1))
					st.target = st.main;
				if (st.chapter_wait >= 0 && st.chapter_title_seen)
					st.chapter_wait = -1;
				if (st.title >= 0 && ln->cls == LC_BLANK)
					st.title = -1;
				continue;
			case LC_FOOTER:
				st.footer = new_item(&st, DR_SKIPPED, i);
				if (st.footer >= 0)
				{
					rd->items[st.footer].field = "footer";
					add_text(&st, st.footer, i, 0, false);
				}
				st.after_break = true;
				st.target = st.main;
				continue;
			case LC_FOOTER_MORE:
				add_text(&st, st.footer, i, 0, false);
				continue;
			case LC_FNLOST:
				if (i == 0 || rd->lines[i - 1].cls != LC_FNLOST)
				{
					st.footer = new_item(&st, DR_SKIPPED, i);
					if (st.footer >= 0)
						rd->items[st.footer].field = "footnote";
				}
				add_text(&st, st.footer, i, 0, false);
				st.prev_blank = true;
				continue;
			case LC_META:
			case LC_FNNUM:
				continue;
			case LC_COUNCIL:
				skipped(&st, i, "council");
				st.main = st.target = -1;
				st.prev_blank = false;
				continue;
			case LC_TITLE:
				if (st.title < 0)
				{
					st.title = new_item(&st, DR_TITLE, i);
					if (st.title >= 0)
						rd->items[st.title].in_note = 0;
				}
				add_text(&st, st.title, i, 0, false);
				continue;
			case LC_FNSTART:
				{
					int			it = new_footnote(&st, i, ln->fn);
					size_t		off = 0;

					if (ln->supfn == 0)
					{
						while (off < ln->tlen && dr_isdigit((unsigned char) ln->txt[off]))
							off++;
						/* "3. doc. ...": OCR's dot after the number (footnotes.c) */
						if (off + 1 < ln->tlen && ln->txt[off] == '.' && ln->txt[off + 1] == ' ')
							off++;
						while (off < ln->tlen && ln->txt[off] == ' ')
							off++;
					}
					add_text(&st, it, i, off, false);
					st.await_text = ln->fnalone;
					st.prev_blank = false;
					st.after_break = false;
					continue;
				}
			default:
				break;
		}
		if (st.await_text && st.target >= 0 && st.target != st.main)
		{
			/* the body of a footnote whose number stood alone */
			add_text(&st, st.target, i, 0, false);
			st.await_text = false;
		}
		else
			text_line(&st, i);
		st.prev_blank = false;
		st.after_break = false;
	}

	/*
	 * Footnotes: to the item that carries their marker, else the one they
	 * followed.  Outside markdown, where a body is only a number at a line's
	 * start, a document in which no marker cites any body has no footnotes:
	 * those lines are page numbers and the like ("2 PRESIDENCY
	 * CONCLUSIONS"), kept as loose text.
	 */
	{
		bool		any_placed = rd->layout == DR_LAYOUT_MARKDOWN;

		for (i = 0; i < rd->nitems && !any_placed; i++)
			any_placed = rd->items[i].kind == DR_FOOTNOTE && rd->items[i].footnote > 0 &&
				rd->items[i].footnote < DR_MAX_FN && st.owner[rd->items[i].footnote] >= 0;
		for (i = 0; i < rd->nitems && !any_placed; i++)
			if (rd->items[i].kind == DR_FOOTNOTE)
			{
				rd->items[i].kind = DR_SKIPPED;
				rd->items[i].field = "loose";
				rd->items[i].footnote = 0;
			}
	}
	for (i = 0; i < rd->nitems; i++)
	{
		dr_item    *fi = &rd->items[i];
		int			o;

		if (fi->kind != DR_FOOTNOTE)
			continue;
		o = (fi->footnote > 0 && fi->footnote < DR_MAX_FN) ? st.owner[fi->footnote] : -1;
		fi->placed = o >= 0;
		if (o < 0 && fi->footnote > 0 && fi->footnote < DR_MAX_FN && rd->fn_hint[fi->footnote] > 0)
		{
			if (line_item == NULL)
				line_item = content_of_lines(rd);
			if (line_item != NULL)
				o = line_item[rd->fn_hint[fi->footnote] - 1];
		}
		if (o < 0)
			o = st.pos_owner[i];
		if (o < 0)
			continue;
		fi->number = rd->items[o].number;
		fi->item = rd->items[o].item;
		fi->sub = rd->items[o].sub;
		fi->recital = rd->items[o].recital;
		fi->in_note = rd->items[o].in_note;
		fi->preamble = rd->items[o].preamble;
		st.chap_of[i] = st.chap_of[o];
	}
	/* chapters are resolved to their labels once texts exist (docread.c) */
	rd->chap_of = st.chap_of;
}

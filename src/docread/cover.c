/*
 * cover.c: what the cover page says (document number, place and date,
 * labelled fields, marking, meeting date) and where the conclusions' title
 * is (the heading block just before "The Council of the European Union,").
 * Words are in words.c; values are returned as printed.
 */
#include <string.h>

#include "docread/docread_internal.h"

static void
meta(dr_reader *rd, const char *field, int line, const char *p, size_t n)
{
	int			it;

	while (n > 0 && p[n - 1] == ' ')
		n--;
	while (n > 0 && *p == ' ')
		p++, n--;
	if (n == 0)
		return;
	it = dr_add_item(rd, DR_META, line);
	if (it < 0)
		return;
	rd->items[it].field = field;
	dr_add_frag(rd, it, line, p, n);
}

/* the council line: "The Council of the European Union," alone */
static bool
council_line(const dr_line *ln)
{
	for (int w = 0; dr_council_words[w]; w++)
	{
		size_t		k = dr_word_prefix(ln->txt, ln->tlen, dr_council_words[w]);

		while (k > 0 && k < ln->tlen && (ln->txt[k] == ',' || ln->txt[k] == ':' || ln->txt[k] == ' '))
			k++;
		if (k > 0 && k == ln->tlen)
			return true;
	}
	return false;
}

void
dr_find_council(dr_reader *rd)
{
	for (int i = 0; i < rd->nlines; i++)
	{
		int			j,
					first = -1;

		if (rd->lines[i].cls != LC_TEXT || !council_line(&rd->lines[i]))
			continue;
		rd->lines[i].cls = LC_COUNCIL;
		/* the title: the text block right before, up to a blank line */
		for (j = i - 1; j >= 0 && rd->lines[j].cls == LC_BLANK; j--)
			;
		for (; j >= 0 && i - j < 12 && rd->lines[j].cls == LC_TEXT; j--)
		{
			size_t		off;
			bool		alone,
						damaged;
			const dr_line *ln = &rd->lines[j];

			if (dr_para_number(ln->txt, ln->tlen, 0, &off, &alone, &damaged) > 0 ||
				ln->txt[0] == '-' || ln->txt[ln->tlen - 1] == ';')
				break;
			first = j;
		}
		for (j = first; j >= 0 && j < i; j++)
			if (rd->lines[j].cls == LC_TEXT)
				rd->lines[j].cls = LC_TITLE;
	}
}

/* a cover label at the start of t: the field, and where the value starts */
static const char *
label_at(const char *t, size_t n, size_t *value)
{
	for (int l = 0; dr_label_words[l].label; l++)
	{
		size_t		k = dr_word_prefix(t, n, dr_label_words[l].label);

		if (k == 0)
			continue;
		while (k < n && t[k] == ' ')
			k++;
		if (k < n && t[k] == ':')
		{
			k++;
			while (k < n && t[k] == ' ')
				k++;
			*value = k;
			return dr_label_words[l].field;
		}
	}
	return NULL;
}

/* "13943/17", "12762/5/16 REV 5", "ST 13943 2017 INIT" at t: its length */
static size_t
ref_at(const char *t, size_t n)
{
	size_t		i = 0,
				k;

	if (n >= 3 && t[0] == 'S' && t[1] == 'T' && t[2] == ' ')
	{
		i = 3;
		for (k = i; i < n && dr_isdigit((unsigned char) t[i]); i++)
			;
		if (i - k < 1 || i - k > 6 || i >= n || t[i] != ' ')
			return 0;
		for (k = ++i; i < n && dr_isdigit((unsigned char) t[i]); i++)
			;
		if (i - k != 4)
			return 0;
	}
	else
	{
		/* a series prefix: "EUCO 7/21" (words.c) */
		for (int w = 0; dr_ref_prefixes[w]; w++)
		{
			size_t		p = dr_word_prefix(t, n, dr_ref_prefixes[w]);

			if (p > 0 && p + 1 < n && t[p] == ' ' && dr_isdigit((unsigned char) t[p + 1]))
			{
				i = p + 1;
				break;
			}
		}
		for (k = i; i < n && dr_isdigit((unsigned char) t[i]); i++)
			;
		if (i - k < 1 || i - k > 6 || i >= n || t[i] != '/')
			return 0;
		for (k = ++i; i < n && dr_isdigit((unsigned char) t[i]); i++)
			;
		if (i - k < 1 || i - k > 2)
			return 0;
		if (i < n && t[i] == '/')
		{
			for (k = ++i; i < n && dr_isdigit((unsigned char) t[i]); i++)
				;
			if (i - k != 2)
				return 0;
		}
	}
	/* suffixes: INIT, REV 5, ADD 1, COR 2 */
	for (;;)
	{
		size_t		j = i;

		if (j < n && t[j] == ' ')
			j++;
		if (n - j >= 4 && memcmp(t + j, "INIT", 4) == 0)
		{
			i = j + 4;
			continue;
		}
		if (n - j >= 3 && (memcmp(t + j, "REV", 3) == 0 || memcmp(t + j, "ADD", 3) == 0 ||
						   memcmp(t + j, "COR", 3) == 0))
		{
			size_t		q = j + 3;

			if (q < n && t[q] == ' ')
				q++;
			if (q < n && dr_isdigit((unsigned char) t[q]))
			{
				while (q < n && dr_isdigit((unsigned char) t[q]))
					q++;
				i = q;
				continue;
			}
		}
		break;
	}
	if (i < n && t[i] != ' ')
		return 0;
	return i;
}

/* the raw line has a gap of three spaces or more (a -layout column) right before byte p of txt */
static bool
column_before(const dr_line *ln, const char *tok, size_t toklen)
{
	for (size_t i = 0; i + toklen <= ln->rawlen; i++)
		if (memcmp(ln->raw + i, tok, toklen) == 0)
			return i >= 3 && ln->raw[i - 1] == ' ' && ln->raw[i - 2] == ' ' && ln->raw[i - 3] == ' ';
	return false;
}

/* t[0..s) ends with "(OR. en) " */
static bool
after_original_language(const char *t, size_t s)
{
	size_t		o;

	if (s < 8 || t[s - 1] != ' ' || t[s - 2] != ')')
		return false;
	for (o = s - 2; o > 0 && s - o < 12 && t[o] != '('; o--)
		;
	return t[o] == '(' && s - o >= 7 && memcmp(t + o, "(OR.", 4) == 0;
}

static bool
ref_in_line(dr_reader *rd, int i, bool *done)
{
	const dr_line *ln = &rd->lines[i];

	for (size_t s = 0; s < ln->tlen; s++)
	{
		size_t		k;

		if (s > 0 && ln->txt[s - 1] != ' ')
			continue;
		k = ref_at(ln->txt + s, ln->tlen - s);
		/*
		 * Alone on its line, at the end after a -layout gap, or right after
		 * the language of the original ("(OR. en) 11018/08 CONCL 2", as a
		 * cover reads when its lines were run together).
		 */
		if (k > 0 && ((s + k == ln->tlen && (s == 0 || column_before(ln, ln->txt + s, k))) ||
					  after_original_language(ln->txt, s)))
		{
			meta(rd, "ref", i, ln->txt + s, k);
			if (s == 0)
				rd->lines[i].cls = LC_META;
			*done = true;
			return true;
		}
	}
	return false;
}

static void
place_date(dr_reader *rd, int i, bool *done)
{
	const dr_line *ln = &rd->lines[i];
	const char *t = ln->txt;

	for (size_t c = 1; c + 2 < ln->tlen; c++)
	{
		size_t		d,
					w,
					a = 0;

		if (t[c] != ',' || t[c + 1] != ' ')
			continue;
		d = dr_date_at(t + c + 2, ln->tlen - c - 2);
		if (d == 0)
			continue;
		for (w = c; w > 0 && t[w - 1] != ' ' && t[w - 1] != '('; w--)
			;
		if (w == c || !dr_isupper((unsigned char) t[w]))
			continue;
		/* the date without its article ("le", "den") */
		while (!dr_isdigit((unsigned char) t[c + 2 + a]))
			a++;
		meta(rd, "place", i, t + w, c - w);
		meta(rd, "date", i, t + c + 2 + a, d - a);
		if (w == 0)
			rd->lines[i].cls = LC_META;
		*done = true;
		return;
	}
}

static void
marking(dr_reader *rd, int i, bool *done)
{
	const dr_line *ln = &rd->lines[i];

	for (size_t s = 0; s < ln->tlen; s++)
	{
		if (s > 0 && ln->txt[s - 1] != ' ')
			continue;
		for (int w = 0; dr_marking_words[w]; w++)
		{
			size_t		k = dr_word_prefix(ln->txt + s, ln->tlen - s, dr_marking_words[w]);

			if (k > 0)
			{
				meta(rd, "marking", i, ln->txt + s, k);
				*done = true;
				return;
			}
		}
	}
}

/* "at its meeting on 20 November 2017", "at its 3573rd meeting held on ..." */
static bool
meeting(dr_reader *rd, int i)
{
	const dr_line *ln = &rd->lines[i];
	const char *t = ln->txt;
	size_t		n = ln->tlen;

	for (size_t s = 0; s < n; s++)
	{
		size_t		k = 0,
					q;
		int			words;

		if (s > 0 && t[s - 1] != ' ')
			continue;
		for (int w = 0; dr_possessive_words[w] && k == 0; w++)
			k = dr_word_prefix(t + s, n - s, dr_possessive_words[w]);
		if (k == 0)
			continue;
		/* the meeting word within the next two words */
		for (q = s + k, words = 0; q < n && words < 3; words++)
		{
			size_t		m = 0;

			while (q < n && t[q] == ' ')
				q++;
			for (int w = 0; dr_meeting_words[w] && m == 0; w++)
				m = dr_word_prefix(t + q, n - q, dr_meeting_words[w]);
			if (m > 0)
			{
				/* then a date within the next few words */
				for (size_t e = q + m; e < n && e < q + m + 40; e++)
				{
					size_t		d;

					if (t[e - 1] != ' ')
						continue;
					d = dr_date_at(t + e, n - e);
					if (d > 0)
					{
						size_t		a = 0;

						while (!dr_isdigit((unsigned char) t[e + a]))
							a++;
						meta(rd, "meeting", i, t + e + a, d - a);
						return true;
					}
				}
				break;
			}
			while (q < n && t[q] != ' ')
				q++;
		}
	}
	return false;
}

/* the years (two last digits, bit y of *years) of the dates in lines [0, end) */
static void
cover_years(const dr_reader *rd, int end, uint64_t *years, uint64_t *years_hi)
{
	for (int i = 0; i < end && i < rd->nlines; i++)
	{
		const dr_line *ln = &rd->lines[i];

		for (size_t s = 0; s < ln->tlen; s++)
		{
			size_t		d;
			int			y;

			if ((s > 0 && ln->txt[s - 1] != ' ') || (d = dr_date_at(ln->txt + s, ln->tlen - s)) < 4)
				continue;
			y = (ln->txt[s + d - 2] - '0') * 10 + (ln->txt[s + d - 1] - '0');
			if (y >= 0 && y < 64)
				*years |= (uint64_t) 1 << y;
			else if (y >= 64 && y < 100)
				*years_hi |= (uint64_t) 1 << (y - 64);
			s += d - 1;
		}
	}
}

/*
 * No number where a cover prints it, and no footer: a Council number in a
 * sentence of the cover's head (above its labels), as a transmittal letter
 * in any language gives it ("... udkast til konklusioner om Det Europæiske
 * Råds møde ..., 9490/05.").
 * A cover's sentences cite other documents too, so only a number of the
 * cover's own year (a date on the cover says which; a cited document is
 * mostly older) and not after a citation word ("doc.", "Dok."): a document
 * is numbered in the year it is issued.
 */
static void
ref_in_sentence(dr_reader *rd, int end)
{
	uint64_t	years = 0,
				years_hi = 0;

	cover_years(rd, end, &years, &years_hi);
	if (years == 0 && years_hi == 0)
		return;
	for (int i = 0; i < end && i < rd->nlines; i++)
	{
		const dr_line *ln = &rd->lines[i];
		const char *t = ln->txt;

		if (ln->cls != LC_TEXT)
			continue;
		for (size_t s = 0; s < ln->tlen; s++)
		{
			size_t		k = 0,
						slash,
						w;
			int			y;
			bool		cited = false;

			if (!dr_isdigit((unsigned char) t[s]) || (s > 0 && t[s - 1] != ' '))
				continue;
			/* "9490/05." : the number, then the sentence's punctuation */
			for (k = s; k < ln->tlen && (dr_isdigit((unsigned char) t[k]) || t[k] == '/'); k++)
				;
			while (k > s && t[k - 1] == '/')
				k--;
			if (k < ln->tlen && t[k] != ' ' && t[k] != '.' && t[k] != ',' && t[k] != ';' && t[k] != ')')
				continue;
			if (ref_at(t + s, k - s) != k - s)
				continue;
			for (slash = k; slash > s && t[slash - 1] != '/'; slash--)
				;
			if (k - slash != 2)
				continue;
			y = (t[slash] - '0') * 10 + (t[slash + 1] - '0');
			if (!(y < 64 ? (years >> y) & 1 : (years_hi >> (y - 64)) & 1))
				continue;
			/* the word before: a citation ("doc. 12762/17") */
			for (w = s > 0 ? s - 1 : 0; w > 0 && t[w - 1] != ' '; w--)
				;
			for (int c = 0; s > 0 && dr_footnote_words[c]; c++)
				cited |= dr_word_prefix(t + w, s - w, dr_footnote_words[c]) > 0;
			if (cited)
				continue;
			meta(rd, "ref", i, t + s, k - s);
			return;
		}
	}
}

/*
 * pdftotext prints the cover's table column by column: the labels alone,
 * one a line, then their values ("From:" / "To:" / "Subject:" / "General
 * Secretariat of the Council" / "Delegations" / "European Council meeting
 * ..." / "– Conclusions", EUCO 20/23).  For two or more labels without a
 * value in a row, each but the last takes one value line in order, and the
 * last (the subject) the lines after, as a label's own value would.
 * Returns the last line read, or -1 (and reads nothing) when the label at
 * li is not the first of such a run.
 */
static int
stacked_labels(dr_reader *rd, int li, int end)
{
	int			lines[8],
				items[8],
				nl = 0,
				j;
	size_t		v;

	for (j = li; j < end && nl < 8; j++)
	{
		const dr_line *ln = &rd->lines[j];
		const char *field;

		if (ln->cls == LC_BLANK)
			continue;
		if (ln->cls != LC_TEXT || (field = label_at(ln->txt, ln->tlen, &v)) == NULL || v < ln->tlen)
			break;
		lines[nl++] = j;
	}
	if (nl < 2)
		return -1;
	for (int k = 0; k < nl; k++)
	{
		const dr_line *ln = &rd->lines[lines[k]];

		rd->lines[lines[k]].cls = LC_META;
		items[k] = dr_add_item(rd, DR_META, lines[k]);
		if (items[k] >= 0)
			rd->items[items[k]].field = label_at(ln->txt, ln->tlen, &v);
	}
	for (int k = 0, last_read = 0; j < end; j++)
	{
		dr_line    *nx = &rd->lines[j];
		size_t		off;
		bool		alone,
					damaged;

		if (nx->cls == LC_BLANK)
		{
			/* (the subject ends at a blank line, once it has begun) */
			if (last_read)
				break;
			continue;
		}
		if (nx->cls != LC_TEXT || label_at(nx->txt, nx->tlen, &v) ||
			dr_para_number(nx->txt, nx->tlen, 1, &off, &alone, &damaged) > 0)
			break;
		nx->cls = LC_META;
		if (items[k] >= 0)
			dr_add_frag(rd, items[k], j, nx->txt, nx->tlen);
		if (k < nl - 1)
			k++;
		else
			last_read = 1;
	}
	return j - 1;
}

/*
 * Cover fields in lines [0, end); the meeting date anywhere in [0, mend)
 * outside footnotes.  The first of each wins.
 */
void
dr_read_cover(dr_reader *rd, int end, int mstart, int mend)
{
	bool		have_ref = false,
				have_date = false,
				have_mark = false,
				have_meeting = false;
	int			first_footer = -1,
				first_label = -1;

	for (int i = 0; i < end && i < rd->nlines; i++)
	{
		dr_line    *ln = &rd->lines[i];
		size_t		v;
		const char *field;
		int			last;

		if (!have_mark && (ln->cls == LC_TEXT || ln->cls == LC_FOOTER || ln->cls == LC_FOOTER_MORE))
			marking(rd, i, &have_mark);
		if (ln->cls == LC_FOOTER && first_footer < 0)
			first_footer = i;
		if (ln->cls != LC_TEXT)
			continue;
		if ((field = label_at(ln->txt, ln->tlen, &v)) != NULL && v >= ln->tlen &&
			(last = stacked_labels(rd, i, end)) >= 0)
		{
			if (first_label < 0)
				first_label = i;
			i = last;
			continue;
		}
		if ((field = label_at(ln->txt, ln->tlen, &v)) != NULL)
		{
			int			it;
			int			j = i + 1;

			ln->cls = LC_META;
			if (first_label < 0)
				first_label = i;
			it = dr_add_item(rd, DR_META, i);
			if (it < 0)
				continue;
			rd->items[it].field = field;
			if (v < ln->tlen)
				dr_add_frag(rd, it, i, ln->txt + v, ln->tlen - v);
			else
			{
				/* the value on the lines after ("Subject:" alone, pdftotext) */
				while (j < end && rd->lines[j].cls == LC_BLANK)
					j++;
			}
			for (; j < end && rd->lines[j].cls == LC_TEXT; j++)
			{
				dr_line    *nx = &rd->lines[j];
				size_t		off;
				bool		alone,
							damaged;

				if (label_at(nx->txt, nx->tlen, &v) ||
					dr_para_number(nx->txt, nx->tlen, 1, &off, &alone, &damaged) > 0)
					break;
				nx->cls = LC_META;
				dr_add_frag(rd, it, j, nx->txt, nx->tlen);
			}
			i = j - 1;
			continue;
		}
		if (!have_date)
			place_date(rd, i, &have_date);
		if (!have_ref && ref_in_line(rd, i, &have_ref))
			continue;
	}
	/* the cover's head: before its first label, within its first lines */
	if (!have_ref && first_footer < 0)
		ref_in_sentence(rd, first_label >= 0 && first_label < end ? first_label : end < 20 ? end : 20);
	else if (!have_ref)
	{
		/* no number on the cover: the one the footers carry */
		const dr_line *ln = &rd->lines[first_footer];
		size_t		k = ref_at(ln->txt, ln->tlen);

		if (k == 0)
			for (k = 0; k < ln->tlen && ln->txt[k] != ' '; k++)
				;
		meta(rd, "ref", first_footer, ln->txt, k);
	}
	for (int i = mstart; i < mend && i < rd->nlines && !have_meeting; i++)
	{
		int			c = rd->lines[i].cls;

		if (c == LC_TEXT || c == LC_TITLE || c == LC_META)
			have_meeting = meeting(rd, i);
	}
}

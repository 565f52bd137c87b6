/*
 * calls.c: the grammar of operative verbs and their addressees (see
 * calls.h).  One pass over the words of the text; at each word every
 * lexicon form that starts with the same letter is tried (found through an
 * index by first byte), the longest match wins.  Text is UTF-8; case is folded for ASCII and for the
 * Latin-1 letters of the four languages (É, Ä, Ü, Î, ...), which is all
 * the lexicons use.
 */
#include <stdint.h>
#include <string.h>

#include "calls.h"

/*
 * How far back a lower-case verb looks for its subject, in words, within its
 * sentence: "The European Council strongly condemns the attacks on
 * civilians and urges Russia to" has its subject eleven words back.
 */
#define SUBJECT_WINDOW 40
/* the addressee part is a noun phrase, not a page */
#define WHO_MAX 300

static int
is_letter_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/*
 * Folds the character at s[i] (not past end) to lower case; returns its
 * length in bytes and writes up to two folded bytes into f.
 */
static size_t
fold_at(const char *s, size_t i, size_t end, unsigned char f[2])
{
	unsigned char c = (unsigned char) s[i];

	if (c >= 'A' && c <= 'Z')
	{
		f[0] = (unsigned char) (c + 32);
		return 1;
	}
	if (c == 0xC3 && i + 1 < end)
	{
		unsigned char d = (unsigned char) s[i + 1];

		f[0] = c;
		/* À..Þ except × fold to à..þ */
		f[1] = (d >= 0x80 && d <= 0x9E && d != 0x97) ? (unsigned char) (d + 0x20) : d;
		return 2;
	}
	f[0] = c;
	return 1;
}

/*
 * Does the lower-case form match text at i?  A blank in the form matches
 * one or more blanks (line breaks included), an apostrophe matches ' and
 * U+2019.  Returns the bytes matched, 0 if none; the match must end at a
 * word boundary.
 */
static size_t
match_form(const char *s, size_t i, size_t end, const char *form)
{
	size_t		p = i;
	const unsigned char *f = (const unsigned char *) form;

	while (*f)
	{
		unsigned char fc[2];
		size_t		n;

		if (p >= end)
			return 0;
		if (*f == ' ')
		{
			if (s[p] != ' ' && s[p] != '\n' && s[p] != '\t' && s[p] != '\r')
				return 0;
			while (p < end && (s[p] == ' ' || s[p] == '\n' || s[p] == '\t' || s[p] == '\r'))
				p++;
			f++;
			continue;
		}
		if (*f == '\'')
		{
			if (s[p] == '\'')
				p++;
			else if (p + 2 < end && (unsigned char) s[p] == 0xE2 && (unsigned char) s[p + 1] == 0x80
					 && (unsigned char) s[p + 2] == 0x99)
				p += 3;
			else
				return 0;
			f++;
			continue;
		}
		n = fold_at(s, p, end, fc);
		if (fc[0] != f[0])
			return 0;
		if (n == 2 && (f[1] == '\0' || fc[1] != f[1]))
			return 0;
		p += n;
		f += n;
	}
	if (p < end && is_letter_byte((unsigned char) s[p]))
		return 0;
	return p - i;
}

/* the first word of the match is written in capitals (two letters or more) */
static int
in_capitals(const char *s, size_t i, size_t end)
{
	size_t		letters = 0;

	while (i < end && is_letter_byte((unsigned char) s[i]))
	{
		unsigned char c = (unsigned char) s[i];

		if (c >= 'a' && c <= 'z')
			return 0;
		if (c == 0xC3 && i + 1 < end && (unsigned char) s[i + 1] >= 0xA0)
			return 0;
		if ((c >= 'A' && c <= 'Z') || c == 0xC3)
			letters++;
		i += (c == 0xC3) ? 2 : 1;
	}
	return letters >= 2;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* where the word before position i starts (i at a word start); SIZE_MAX if none */
static size_t
prev_word(const char *s, size_t i)
{
	while (i > 0 && !is_letter_byte((unsigned char) s[i - 1]))
	{
		/* a sentence or clause boundary stops the search */
		if (s[i - 1] == '.' || s[i - 1] == ';' || s[i - 1] == ':')
			return (size_t) -1;
		i--;
	}
	if (i == 0)
		return (size_t) -1;
	while (i > 0 && is_letter_byte((unsigned char) s[i - 1]))
		i--;
	return i;
}

/*
 * The Council is the verb's subject nearby, named in the verb's own
 * language: "the Council of the European Union invites".  Only that
 * language's words count, so that French "charge" or "note" in an English
 * sentence is no verb.
 */
static int
has_subject(const char *s, size_t i, size_t end, const call_lexicon *lx)
{
	size_t		w = i;
	int			k;

	for (k = 0; k < SUBJECT_WINDOW; k++)
	{
		const char *const *sub;

		w = prev_word(s, w);
		if (w == (size_t) -1)
			return 0;
		for (sub = lx->subjects; *sub; sub++)
			if (match_form(s, w, end, *sub) > 0)
				return 1;
	}
	return 0;
}

/* nothing but punctuation, markup or a list label before i */
static int
at_text_start(const char *s, size_t i)
{
	size_t		k;

	for (k = 0; k < i; k++)
		if (is_letter_byte((unsigned char) s[k]) && !(s[k] >= '0' && s[k] <= '9'))
			return 0;
	return 1;
}

/*
 * An end marker (" to ", " op ", ":") at b, ASCII case folded ("OP" of a
 * Dutch verb in capitals); a marker ending in a blank also matches at the
 * very end of the text.
 */
static int
ends_here(const char *s, size_t b, size_t len, const char *e, size_t el)
{
	size_t		k;

	for (k = 0; k < el; k++)
	{
		char		c;

		if (b + k == len)
			return k == el - 1 && e[k] == ' ';
		c = s[b + k];
		if (c >= 'A' && c <= 'Z')
			c = (char) (c + 32);
		if (c != e[k] && !(e[k] == ' ' && is_space(c)))
			return 0;
	}
	return 1;
}

/*
 * Does a conjunction of two words or more ("ainsi que", "as well as") end
 * where the end marker at b ends (its trailing blank aside)?
 */
static int
ends_conjunction(const char *s, size_t a, size_t b, size_t el, size_t len)
{
	const char *const *cj;
	size_t		stop = b + el - 1;	/* the marker's trailing blank */

	for (cj = call_conjunctions; *cj; cj++)
	{
		size_t		cl = strlen(*cj);

		if (!strchr(*cj, ' ') || cl > stop || stop - cl < a)
			continue;
		if (match_form(s, stop - cl, len, *cj) == cl)
			return 1;
	}
	return 0;
}

/*
 * The forms of every lexicon by their first byte, in lexicon order and then
 * in each lexicon's order, so that the first longest match is the one a
 * walk over every form finds.  At each word only the forms that can match
 * are tried: the walk over all of them, a few hundred byte comparisons per
 * word, was most of the time calls_find took.  Built once; if the lexicons
 * ever outgrow the room, every word walks them all as before.
 */
#define FORMS_MAX 2048

static struct
{
	int			built;			/* 0: not yet; 1: the index below; -1: too many forms */
	unsigned short start[257];	/* forms starting with byte b: [start[b], start[b+1]) */
	const call_word *word[FORMS_MAX];
	const call_lexicon *lexicon[FORMS_MAX];
	/*
	 * the form's leading ASCII letters (at most four, the first included),
	 * packed one per byte, and the mask of the bytes they take
	 */
	uint32_t	lead[FORMS_MAX];
	uint32_t	lead_mask[FORMS_MAX];
} forms;

static void
build_forms(void)
{
	const call_lexicon *const *lx;
	const call_word *w;
	size_t		count[256] = {0};
	size_t		total = 0;
	size_t		fill[256];
	int			b;

	for (lx = call_lexicons; *lx; lx++)
		for (w = (*lx)->verbs; w->form; w++)
		{
			count[(unsigned char) w->form[0]]++;
			total++;
		}
	if (total > FORMS_MAX)
	{
		forms.built = -1;
		return;
	}
	forms.start[0] = 0;
	for (b = 0; b < 256; b++)
	{
		forms.start[b + 1] = (unsigned short) (forms.start[b] + count[b]);
		fill[b] = forms.start[b];
	}
	for (lx = call_lexicons; *lx; lx++)
		for (w = (*lx)->verbs; w->form; w++)
		{
			size_t		k = fill[(unsigned char) w->form[0]]++;

			forms.word[k] = w;
			forms.lexicon[k] = *lx;
			forms.lead[k] = 0;
			forms.lead_mask[k] = 0;
			for (int j = 0; j < 4 && w->form[j] >= 'a' && w->form[j] <= 'z'; j++)
			{
				forms.lead[k] |= (uint32_t) (unsigned char) w->form[j] << (8 * j);
				forms.lead_mask[k] |= (uint32_t) 0xFF << (8 * j);
			}
		}
	forms.built = 1;
}

size_t
calls_find(const char *text, size_t len, call_found *out, size_t max)
{
	size_t		n = 0;
	size_t		i = 0;

	if (forms.built == 0)
		build_forms();
	while (i < len)
	{
		const call_lexicon *const *lx;
		const call_word *best = NULL;
		const call_lexicon *best_lx = NULL;
		size_t		best_len = 0;
		unsigned char first[2];

		/* to the next word start */
		if (!is_letter_byte((unsigned char) text[i]) || (i > 0 && is_letter_byte((unsigned char) text[i - 1])))
		{
			i++;
			continue;
		}
		fold_at(text, i, len, first);
		if (forms.built == 1)
		{
			size_t		k;

			/*
			 * A form whose leading letters differ from the text's, folded
			 * byte by byte (A-Z to a-z, nothing else), is no match: at the
			 * first differing byte match_form would stop too (a lead byte
			 * of a non-ASCII letter never equals an ASCII one, and past the
			 * end of the text there is nothing to match).  This rules out
			 * most forms before match_form is called.
			 */
			uint32_t	word = 0;

			for (int j = 0; j < 4 && i + j < len; j++)
			{
				unsigned char c = (unsigned char) text[i + j];

				word |= (uint32_t) ((c >= 'A' && c <= 'Z') ? c + 32 : c) << (8 * j);
			}
			for (k = forms.start[first[0]]; k < forms.start[first[0] + 1]; k++)
			{
				size_t		m;

				if ((word & forms.lead_mask[k]) != forms.lead[k])
					continue;
				m = match_form(text, i, len, forms.word[k]->form);
				if (m > best_len)
				{
					best = forms.word[k];
					best_lx = forms.lexicon[k];
					best_len = m;
				}
			}
		}
		else
			for (lx = call_lexicons; *lx; lx++)
			{
				const call_word *w;

				for (w = (*lx)->verbs; w->form; w++)
				{
					size_t		m;

					if ((unsigned char) w->form[0] != first[0])
						continue;
					m = match_form(text, i, len, w->form);
					if (m > best_len)
					{
						best = w;
						best_lx = *lx;
						best_len = m;
					}
				}
			}
		if (best && ((best->flags & CALL_PASSIVE) || in_capitals(text, i, len)
					 || has_subject(text, i, len, best_lx) || at_text_start(text, i)))
		{
			if (n < max)
			{
				call_found *c = &out[n];

				c->verb = best->verb;
				c->flags = best->flags;
				c->start = i;
				c->len = best_len;
				c->who_start = 0;
				c->who_len = 0;
				c->lexicon = best_lx;
			}
			n++;
			i += best_len;
			continue;
		}
		while (i < len && is_letter_byte((unsigned char) text[i]))
			i++;
	}

	/* the addressee parts, bounded by the next verb */
	{
		size_t		k;
		size_t		shown = n < max ? n : max;

		for (k = 0; k < shown; k++)
		{
			call_found *c = &out[k];
			size_t		limit = (k + 1 < shown) ? out[k + 1].start : len;
			size_t		a,
						b;

			if (!(c->flags & CALL_VERB))
				continue;
			if (c->flags & CALL_PASSIVE)
			{
				/* back to the start of the sentence or clause */
				size_t		lo = k > 0 ? out[k - 1].start + out[k - 1].len : 0;

				b = c->start;
				a = b;
				while (a > lo && text[a - 1] != ';' && text[a - 1] != ':'
					   && !(text[a - 1] == '.' && (a >= b || is_space(text[a]))))
					a--;
				if (b - a > WHO_MAX)
					a = b - WHO_MAX;
			}
			else
			{
				size_t		stop;
				int			skipped;

				a = c->start + c->len;
				/* "demande à la Commission de": the leading "à" is no end */
				do
				{
					skipped = 0;
					while (a < limit && is_space(text[a]))
						a++;
					{
						const char *const *sk;

						for (sk = c->lexicon->who_skip; *sk; sk++)
						{
							size_t		m = match_form(text, a, limit, *sk);

							if (m)
							{
								a += m;
								skipped = 1;
							}
						}
					}
				} while (skipped);
				stop = limit;
				if (stop - a > WHO_MAX)
					stop = a + WHO_MAX;
				/* the earliest end, in the verb's language */
				for (b = a; b < stop; b++)
				{
					int			ended = 0;

					{
						const char *const *e;

						for (e = c->lexicon->who_ends; *e; e++)
						{
							size_t		el = strlen(*e);

							/* " to " also ends the text as " to" */
							if (b + el > len + 1 || !ends_here(text, b, len, *e, el))
								continue;
							/* ", " ends the object only before a clause in lower case
							 * ("ERSUCHT die Kommission, bis ..."), not inside a list */
							if ((*e)[0] == ',' && b + el < len
								&& !((text[b + el] >= 'a' && text[b + el] <= 'z')))
								continue;
							/* " que " of "ainsi que" joins addressees, it ends nothing */
							if (ends_conjunction(text, a, b, el, len))
								continue;
							ended = 1;
							break;
						}
					}
					if (ended)
						break;
				}
				/* CALLS to / CALLS for: a thing, nobody */
			}
			while (a < b && is_space(text[a]))
				a++;
			while (b > a && (is_space(text[b - 1]) || text[b - 1] == ','))
				b--;
			c->who_start = a;
			c->who_len = b - a;
		}
	}
	return n;
}

size_t
calls_who_text(const char *text, const call_found *c, char *buf, size_t cap)
{
	size_t		i = c->who_start;
	size_t		end = c->who_start + c->who_len;
	size_t		o = 0;

	if (cap == 0)
		return 0;
	while (i < end)
	{
		const call_lexicon *const *lx;
		size_t		side = 0;

		if (i == c->who_start || !is_letter_byte((unsigned char) text[i - 1]))
			for (lx = call_lexicons; *lx && !side; lx++)
			{
				const char *const *sp;

				for (sp = (*lx)->side_phrases; *sp; sp++)
					if ((side = match_form(text, i, end, *sp)) != 0)
						break;
			}
		if (side)
		{
			/*
			 * A side phrase is set off by commas, and its list has commas
			 * of its own ("the Commission, in close cooperation with ENISA,
			 * Europol and the EEAS, to"): it runs to the end, unless a comma
			 * and a conjunction take the list of addressees up again ("la
			 * présidence, assistée du SG/HR, ainsi que la Commission").
			 */
			size_t		k = i + side;
			size_t		resume = end;

			for (; k + 1 < end && resume == end; k++)
			{
				const char *const *cj;

				if (text[k] != ',')
					continue;
				for (cj = call_conjunctions; *cj; cj++)
				{
					size_t		p = k + 1;

					while (p < end && is_space(text[p]))
						p++;
					if (match_form(text, p, end, *cj))
					{
						resume = p;
						break;
					}
				}
			}
			if (resume == end)
				break;
			if (o + 1 < cap)
				buf[o++] = ' ';
			i = resume;
			continue;
		}
		/* a NUL byte (not in SQL text, but in a raw file) would cut the C string */
		if (o + 1 < cap && text[i] != '\0')
			buf[o++] = text[i];
		i++;
	}
	/* tidy the ends: blanks and stray commas */
	while (o > 0 && (is_space(buf[o - 1]) || buf[o - 1] == ','))
		o--;
	buf[o] = '\0';
	return o;
}

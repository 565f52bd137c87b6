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

static int	ends_here(const char *s, size_t b, size_t len, const char *e, size_t el);

/*
 * A list label ("d)", "(iv)", "3.") right before i that opens an item of
 * the text or of a clause ("The Council: ... ; d) invites Frontex to"): a
 * verb in lower case there speaks for the text, as at its start.  A label
 * is one to three digits, one letter or a roman numeral; a word before it
 * ("in 2015. invites") makes it no label.
 */
static int
after_item_label(const char *s, size_t i)
{
	size_t		k = i,
				lab;
	char		kind;
	size_t		digits = 0,
				letters = 0,
				roman = 0;

	while (k > 0 && is_space(s[k - 1]))
		k--;
	if (k == 0 || (s[k - 1] != ')' && s[k - 1] != '.'))
		return 0;
	kind = s[k - 1];
	lab = --k;
	while (k > 0 && ((s[k - 1] >= '0' && s[k - 1] <= '9') || (s[k - 1] >= 'a' && s[k - 1] <= 'z')
					 || (s[k - 1] >= 'A' && s[k - 1] <= 'Z')))
	{
		char		c = s[k - 1];

		if (c >= '0' && c <= '9')
			digits++;
		else
		{
			letters++;
			if (strchr("ivxIVX", c))
				roman++;
		}
		k--;
	}
	/* 1..3 digits, one letter, or a roman numeral up to "viii" */
	if (lab - k == 0 || (k > 0 && is_letter_byte((unsigned char) s[k - 1])))
		return 0;
	if (!((digits > 0 && letters == 0 && digits <= 3) || (digits == 0 && letters == 1)
		  || (digits == 0 && roman == letters && letters <= 4)))
		return 0;
	if (k > 0 && s[k - 1] == '(')
		k--;
	while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
		k--;
	/* "a) welcomes ..., b) invites": a run-in list goes on after a comma */
	return k == 0 || s[k - 1] == ';' || s[k - 1] == ':' || s[k - 1] == '\n' || s[k - 1] == '\r'
		|| (kind == ')' && s[k - 1] == ',');
}

/*
 * A lexicon form, or a passive one with an adverb after its auxiliary ("are
 * also urged", "wird daher gebeten", "sont également invités").
 */
static size_t
match_verb(const char *s, size_t i, size_t end, const call_word *w, const call_lexicon *lx)
{
	size_t		m = match_form(s, i, end, w->form);
	const char *blank = strchr(w->form, ' ');
	const char *const *adv;

	if (m || !(w->flags & CALL_PASSIVE) || blank == NULL)
		return m;
	for (adv = lx->adverbs; *adv; adv++)
	{
		char		form[128];
		size_t		head = (size_t) (blank - w->form);

		if (head + strlen(*adv) + strlen(blank) + 1 >= sizeof form)
			continue;
		memcpy(form, w->form, head + 1);
		strcpy(form + head + 1, *adv);
		strcat(form, blank);
		if ((m = match_form(s, i, end, form)) != 0)
			return m;
	}
	return 0;
}

/* does one of the forms match at i? the bytes matched, 0 if none */
static size_t
match_any(const char *s, size_t i, size_t end, const char *const *forms)
{
	for (; *forms; forms++)
	{
		size_t		m = match_form(s, i, end, *forms);

		if (m)
			return m;
	}
	return 0;
}

/*
 * The perfect tense of Dutch and German: an auxiliary ("heeft", "hat") back
 * in the clause of the participle at i, after the previous verb (lo), with
 * words between them.  Returns where the auxiliary ends, or 0.  A comma or
 * a conjunction right before i makes it a verb of its own ("Der Rat hat
 * ... angenommen und ersucht die Kommission").
 */
static size_t
perfect_aux(const char *s, size_t i, size_t end, size_t lo, const call_lexicon *lx)
{
	size_t		w = prev_word(s, i),
				k;
	size_t		b = i;

	if (!lx->auxiliaries[0] || w == (size_t) -1 || w < lo)
		return 0;
	while (b > 0 && is_space(s[b - 1]))
		b--;
	if (b > 0 && s[b - 1] == ',')
		return 0;
	if (match_any(s, w, end, call_conjunctions) == i - w - (i - b))
		return 0;
	/* "heeft verzocht om": nothing between, no addressees there */
	if (match_any(s, w, end, lx->auxiliaries))
		return 0;
	for (k = 0; k < SUBJECT_WINDOW && w != (size_t) -1 && w >= lo; k++)
	{
		size_t		m = match_any(s, w, end, lx->auxiliaries);

		if (m)
			return w + m;
		w = prev_word(s, w);
	}
	return 0;
}

/*
 * Quotation marks and ellipses between a verb and its addressees: called
 * upon ". the High Representative", a appelé «[...] la Haute Représentante.
 * A full stop counts only after such a mark (else it ends the sentence).
 */
static size_t
skip_marks(const char *s, size_t a, size_t limit)
{
	int			marked = 0;

	for (;;)
	{
		size_t		b = a;
		const unsigned char *u;

		while (b < limit && is_space(s[b]))
			b++;
		if (b >= limit)
			return a;
		u = (const unsigned char *) s + b;
		if (s[b] == '"' || (s[b] == '.' && marked))
			b++;
		else if (b + 1 < limit && u[0] == 0xC2 && (u[1] == 0xAB || u[1] == 0xBB))
			b += 2;				/* « » */
		else if (b + 2 < limit && u[0] == 0xE2 && u[1] == 0x80
				 && (u[2] == 0x9C || u[2] == 0x9D || u[2] == 0x9E || u[2] == 0xA6))
			b += 3;				/* “ ” „ … */
		else if (s[b] == '[' || s[b] == '(')
		{
			/* "[...]", "(.)", "(…)" */
			char		close = s[b] == '[' ? ']' : ')';
			size_t		k = b + 1;

			while (k < limit && (s[k] == '.' || ((unsigned char) s[k] == 0xE2 && k + 2 < limit
												 && (unsigned char) s[k + 1] == 0x80
												 && (unsigned char) s[k + 2] == 0xA6)))
				k += s[k] == '.' ? 1 : 3;
			if (k == b + 1 || k >= limit || s[k] != close)
				return a;
			b = k + 1;
		}
		else
			return a;
		marked = 1;
		a = b;
	}
}

/*
 * The inverted order of Dutch and German: a speaker ("de Europese Raad",
 * "der Rat") right after the verb or auxiliary whose word starts at head,
 * when something other than the subject stands before that word
 * ("Daarom verzoekt de Raad de Commissie") and another noun phrase follows
 * the speaker.  A verb that opens its sentence or item has no subject there
 * ("15. verzoekt de Europese Raad zijn ... waar te maken" calls on the
 * European Council), nor one after its subject ("De Raad verzoekt de Raad
 * van Europa").  Returns where the addressees start.
 */
static size_t
skip_speaker(const char *s, size_t a, size_t limit, size_t len, const call_lexicon *lx, size_t head)
{
	size_t		w,
				m,
				q;
	const char *const *e;

	if (!lx->speakers[0])
		return a;
	w = prev_word(s, head);
	if (w == (size_t) -1 || at_text_start(s, head) || after_item_label(s, head)
		|| match_any(s, w, len, lx->subjects))
		return a;
	while (a < limit && is_space(s[a]))
		a++;
	m = match_any(s, a, limit, lx->speakers);
	if (!m)
		return a;
	q = a + m;
	while (q < limit && is_space(s[q]))
		q++;
	if (q >= limit || !is_letter_byte((unsigned char) s[q]))
		return a;
	for (e = lx->who_ends; *e; e++)
	{
		size_t		el = strlen(*e);

		if (((*e)[0] == ' ' && ends_here(s, q - 1, len, *e, el)) || ends_here(s, q, len, *e, el))
			return a;
	}
	if (match_any(s, q, limit, call_conjunctions))
		return a;
	return q;
}

/*
 * A phrase set off by commas right after the verb: "INVITES, as a matter
 * of urgency, the Commission to", "droeg, in afwachting van het advies van
 * het Europees Parlement, het Comité ... op": the addressees follow it.
 */
static size_t
skip_interposed(const char *s, size_t a, size_t limit)
{
	size_t		p = a;

	while (p < limit && is_space(s[p]))
		p++;
	if (p >= limit || s[p] != ',')
		return a;
	for (p++; p < limit; p++)
	{
		if (s[p] == ',')
			return p + 1;
		if (s[p] == ';' || s[p] == ':' || (s[p] == '.' && p + 1 < limit && is_space(s[p + 1])))
			return a;
	}
	return a;
}

/* the inverted order: the speaker right after the verb is its subject ("Daarom verzoekt de Raad") */
static int
speaker_after(const char *s, size_t i, size_t len, const call_lexicon *lx)
{
	while (i < len && is_space(s[i]))
		i++;
	return match_any(s, i, len, lx->speakers) != 0;
}

/*
 * A side phrase or interposed clause set off by a comma at b ("X, notably
 * through A and B, as well as Y", "le Conseil, au cas où ..., à"): where the
 * comma that closes it stands, so that the end markers inside it end
 * nothing; 0 when b starts none or nothing closes it in its sentence.
 */
static size_t
parenthesis_end(const char *s, size_t b, size_t stop, const call_lexicon *lx)
{
	size_t		p = b,
				m;

	while (p > 0 && is_space(s[p - 1]))
		p--;
	if (p == b || p == 0 || s[p - 1] != ',')
		return 0;
	m = match_any(s, b, stop, lx->side_phrases);
	if (!m)
		m = match_any(s, b, stop, lx->asides);
	if (!m)
		return 0;
	for (p = b + m; p < stop; p++)
	{
		if (s[p] == ',')
			return p;
		if (s[p] == ';' || s[p] == ':' || (s[p] == '.' && p + 1 < stop && is_space(s[p + 1])))
			return 0;
	}
	return 0;
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
	size_t		last_end = 0;	/* where the previous verb ends */

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
				m = match_verb(text, i, len, forms.word[k], forms.lexicon[k]);
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
					m = match_verb(text, i, len, w, *lx);
					if (m > best_len)
					{
						best = w;
						best_lx = *lx;
						best_len = m;
					}
				}
			}
		if (best && ((best->flags & CALL_PASSIVE) || in_capitals(text, i, len)
					 || has_subject(text, i, len, best_lx) || at_text_start(text, i)
					 || after_item_label(text, i) || speaker_after(text, i + best_len, len, best_lx)))
		{
			size_t		aux = (best->flags & CALL_PARTICIPLE)
				? perfect_aux(text, i, len, last_end, best_lx) : 0;

			if (aux || !(best->flags & CALL_AUX_NEEDED))
			{
				if (n < max)
				{
					call_found *c = &out[n];

					c->verb = best->verb;
					c->flags = best->flags | (aux ? CALL_PERFECT : 0);
					c->start = i;
					c->len = best_len;
					/* until the second pass: where the auxiliary ends */
					c->who_start = aux;
					c->who_len = 0;
					c->lexicon = best_lx;
				}
				n++;
				i += best_len;
				last_end = i;
				continue;
			}
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
			if (c->flags & CALL_PERFECT)
			{
				/* between the auxiliary and the participle */
				size_t		head = c->who_start;

				while (head > 0 && is_letter_byte((unsigned char) text[head - 1]))
					head--;
				a = skip_speaker(text, c->who_start, c->start, len, c->lexicon, head);
				/* "Der Rat hat deshalb den Ausschuss ... beauftragt" */
				for (;;)
				{
					size_t		m;

					while (a < c->start && is_space(text[a]))
						a++;
					if ((m = match_any(text, a, c->start, c->lexicon->adverbs)) == 0)
						break;
					a += m;
				}
				b = c->start;
			}
			else if (c->flags & CALL_PASSIVE)
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
				/*
				 * A clause before the subject: "S'il appartient au Conseil
				 * de décider ..., la Commission est invitée à"
				 */
				while (a < b && is_space(text[a]))
					a++;
				if (match_any(text, a, b, c->lexicon->asides))
				{
					size_t		p = a;

					while (p < b && text[p] != ',')
						p++;
					if (p < b)
						a = p + 1;
				}
			}
			else
			{
				size_t		stop;
				int			skipped;

				a = c->start + c->len;
				/* "demande à la Commission de": the leading "à" is no end */
				do
				{
					size_t		was = a;

					skipped = 0;
					a = skip_marks(text, a, limit);
					a = skip_interposed(text, a, limit);
					a = skip_speaker(text, a, limit, len, c->lexicon, c->start);
					if (a != was)
						skipped = 1;
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
				/* "verzoekt om een verslag": a marker right at the start ends it too */
				for (b = (a > 0 && is_space(text[a - 1])) ? a - 1 : a; b < stop; b++)
				{
					int			ended = 0;
					size_t		close;

					if (is_letter_byte((unsigned char) text[b]) && b > a && !is_letter_byte((unsigned char) text[b - 1])
						&& (close = parenthesis_end(text, b, stop, c->lexicon)) != 0)
					{
						b = close;
						continue;
					}
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
				if (b < a)
					b = a;
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
		{
			size_t		p = i;

			for (lx = call_lexicons; *lx && !side; lx++)
				side = match_any(text, i, end, (*lx)->side_phrases);
			/* an interposed clause, in the verb's language, right after a comma */
			while (p > c->who_start && is_space(text[p - 1]))
				p--;
			if (!side && p > c->who_start && p < i && text[p - 1] == ',')
				side = match_any(text, i, end, c->lexicon->asides);
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
				size_t		mark = 0;

				/* a comma, or a dash set off by blanks: " - ", "–", "—" */
				if (text[k] == ',')
					mark = 1;
				else if (text[k] == '-' && k > 0 && is_space(text[k - 1]) && is_space(text[k + 1]))
					mark = 1;
				else if (k + 2 < end && (unsigned char) text[k] == 0xE2 && (unsigned char) text[k + 1] == 0x80
						 && ((unsigned char) text[k + 2] == 0x93 || (unsigned char) text[k + 2] == 0x94))
					mark = 3;
				if (!mark)
					continue;
				for (cj = call_conjunctions; *cj; cj++)
				{
					size_t		p = k + mark;

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

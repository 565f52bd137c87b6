/*
 * test_extract_equal.c: deadline_extract (the prefilter's fast scan) must
 * report exactly what deadline_extract_reference (the grammar at every
 * word) reports: the same values at the same offsets, on the shared corpus,
 * on every phrase of test/corpus/deadlines.tsv set in running text, and on
 * random texts built from the lexicons' words (issue 14).
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "deadline_core.h"
#include "deadline_lexicon.h"
#include "unit.h"

#define MAX_FOUND 4096

typedef struct
{
	int			n;
	int			stop_after;		/* 0: never stop */
	dl_match	m[MAX_FOUND];
} found;

static bool
collect(void *arg, const dl_match *m)
{
	found	   *f = arg;

	if (f->n < MAX_FOUND)
		f->m[f->n] = *m;
	f->n++;
	return f->stop_after == 0 || f->n < f->stop_after;
}

static int	compared;

/* both scans of text; false (and one failed check) when they differ */
static bool
same(const char *what, const char *text, size_t len, int32_t ref, int stop_after)
{
	static found fast,
				reference;
	int			n;

	fast.n = reference.n = 0;
	fast.stop_after = reference.stop_after = stop_after;
	deadline_extract(text, len, ref, collect, &fast);
	deadline_extract_reference(text, len, ref, collect, &reference);
	compared++;
	if (fast.n != reference.n)
	{
		CHECK(false, "%s: %d matches, reference %d in '%.200s'", what, fast.n, reference.n, text);
		return false;
	}
	n = fast.n < MAX_FOUND ? fast.n : MAX_FOUND;
	for (int k = 0; k < n; k++)
		if (fast.m[k].value != reference.m[k].value || fast.m[k].start != reference.m[k].start ||
			fast.m[k].len != reference.m[k].len)
		{
			CHECK(false, "%s: match %d at %zu+%zu, reference at %zu+%zu in '%.200s'", what, k,
				  fast.m[k].start, fast.m[k].len, reference.m[k].start, reference.m[k].len,
				  text + reference.m[k].start);
			return false;
		}
	return true;
}

static const int32_t *
refs(void)
{
	static int32_t r[4];

	r[0] = DL_NO_DAY;
	r[1] = dl_days_from_civil(2017, 12, 14);
	r[2] = dl_days_from_civil(2019, 6, 30);
	r[3] = dl_days_from_civil(2021, 1, 1);
	return r;
}

static char *
read_all(const char *path, size_t *len)
{
	FILE	   *f = fopen(path, "rb");
	char	   *buf;
	long		sz;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) != 0 || (sz = ftell(f)) < 0)
	{
		fclose(f);
		return NULL;
	}
	rewind(f);
	buf = malloc((size_t) sz + 1);
	*len = fread(buf, 1, (size_t) sz, f);
	buf[*len] = '\0';
	fclose(f);
	return buf;
}

static void
corpus_texts(void)
{
	DIR		   *d = opendir(unit_corpus_dir);
	struct dirent *e;
	int			texts = 0,
				ok = 0;

	if (!d)
		return;
	while ((e = readdir(d)) != NULL)
	{
		size_t		l = strlen(e->d_name),
					len;
		char		path[1024];
		char	   *text;

		if (l < 4 || strcmp(e->d_name + l - 4, ".txt") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", unit_corpus_dir, e->d_name);
		if (!(text = read_all(path, &len)))
			continue;
		texts++;
		for (int r = 0; r < 4; r++)
			ok += same(e->d_name, text, len, refs()[r], 0);
		/* stopping early stops both at the same match */
		ok += same(e->d_name, text, len, DL_NO_DAY, 3);
		free(text);
	}
	closedir(d);
	CHECK(texts == 0 || ok == texts * 5, "corpus: %d of %d scans equal", ok, texts * 5);
}

/* every phrase of deadlines.tsv inside sentences, as written and in capitals */
static void
corpus_phrases(void)
{
	static const char *const frames[] = {
		"The Council invites the Commission to report %s on progress made.",
		"%s",
		"(%s)",
		"Member States should act %s, and the Presidency %s.",
		"de Raad verzoekt de Commissie %s verslag uit te brengen;",
		"le Conseil invite la Commission à présenter %s un rapport.",
		"Der Rat ersucht die Kommission, %s einen Bericht vorzulegen.",
		"report\xC2\xA0%s\xE2\x80\x94 and then %s\xE2\x80\x99s end",
	};
	size_t		len;
	char	   *tsv = read_all("test/corpus/deadlines.tsv", &len);
	char	   *line;
	int			rows = 0,
				ok = 0;

	if (!tsv)
		return;
	for (line = strtok(tsv, "\n"); line; line = strtok(NULL, "\n"))
	{
		char		phrase[512],
					text[2048],
					upper[512];
		char	   *tab = strchr(line, '\t'),
				   *end;

		if (!tab || strncmp(line, "lang\t", 5) == 0)
			continue;
		end = strchr(tab + 1, '\t');
		if (!end || (size_t) (end - tab - 1) >= sizeof(phrase))
			continue;
		memcpy(phrase, tab + 1, (size_t) (end - tab - 1));
		phrase[end - tab - 1] = '\0';
		for (size_t k = 0; k <= strlen(phrase); k++)
			upper[k] = (phrase[k] >= 'a' && phrase[k] <= 'z') ? (char) (phrase[k] - 32) : phrase[k];
		rows++;
		for (size_t fr = 0; fr < sizeof(frames) / sizeof(frames[0]); fr++)
			for (int r = 0; r < 4; r++)
			{
				snprintf(text, sizeof(text), frames[fr], phrase, phrase);
				ok += same("deadlines.tsv", text, strlen(text), refs()[r], 0);
				snprintf(text, sizeof(text), frames[fr], upper, phrase);
				ok += same("deadlines.tsv in capitals", text, strlen(text), refs()[r], 0);
			}
	}
	free(tsv);
	CHECK(rows > 0 && ok == rows * 64, "deadlines.tsv: %d of %d scans equal", ok, rows * 64);
}

/* ---- random texts of lexicon words, numbers, fillers and odd bytes ---- */

static uint64_t rng = 0x9E3779B97F4A7C15u;

static uint32_t
rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (uint32_t) (rng % n);
}

static const char *vocab[4096];
static int	nvocab;

static void
add_vocab(const char *w)
{
	if (nvocab < (int) (sizeof(vocab) / sizeof(vocab[0])))
		vocab[nvocab++] = w;
}

static void
build_vocab(void)
{
	static const char *const extra[] = {
		"Council", "Commission", "report", "Member", "States", "the", "Bulgarian", "BG",
		"Estonian", "Presidency", "adopted", "I", "II", "III", "XII", "a", "l'", "d'ici",
		"Q", "H", "T", "S", "Q1", "H2", "T3", "S1", "mid-", "end-", "post-", "pre-", "xyzzy",
		"2018", "2019", "2020", "31", "1st", "2nd", "15", "2018-2020", "2019/2020", "12/2018",
		"1.", "..", "/", "-", ",", ".", "(", ")", ";", "'", "\xE2\x80\x99", "\xC2\xA0",
		"\xE2\x80\x93", "\xE2\x80\xAF", "\xC3\xA9t\xC3\xA9", "M\xC3\xA4rz", "\xC3\x89nd",
		"ITAL", "italic", "months", "Years", "annually", "every", "each", "by", "IN",
	};

	for (const dl_lexicon *const *lx = dl_lexicons; *lx; lx++)
	{
		const dl_valued *const valued[] = {
			(*lx)->months, (*lx)->seasons, (*lx)->ordinals, (*lx)->numbers, (*lx)->units,
			(*lx)->relative_days, (*lx)->recurrences, (*lx)->multiples
		};

		for (int l = 0; l < DL_N_LISTS; l++)
			if ((*lx)->lists[l])
				for (const char *const *e = (*lx)->lists[l]; *e; e++)
					add_vocab(*e);
		for (size_t k = 0; k < sizeof(valued) / sizeof(valued[0]); k++)
			for (const dl_valued *v = valued[k]; v && v->word; v++)
				add_vocab(v->word);
		for (const dl_country *c = (*lx)->countries; c && c->stem; c++)
			add_vocab(c->stem);
	}
	for (size_t k = 0; k < sizeof(extra) / sizeof(extra[0]); k++)
		for (int copies = 0; copies < 8; copies++)
			add_vocab(extra[k]);
}

static size_t
random_text(char *buf, size_t cap)
{
	static const char *const seps[] = {" ", " ", " ", " ", "", "-", "\n", ", ", "\xC2\xA0", "'", "/"};
	size_t		n = 0;
	int			words = 1 + (int) rnd(24);

	for (int w = 0; w < words; w++)
	{
		const char *v = vocab[rnd((uint32_t) nvocab)];
		const char *sep = seps[rnd(sizeof(seps) / sizeof(seps[0]))];
		size_t		l = strlen(v);
		int			caps = (int) rnd(6);

		if (n + l + 8 >= cap)
			break;
		for (size_t k = 0; k < l; k++)
		{
			char		c = v[k];

			if (c >= 'a' && c <= 'z' && (caps == 0 || (caps == 1 && k == 0)))
				c = (char) (c - 32);
			buf[n++] = c;
		}
		if (rnd(40) == 0)
			buf[n++] = (char) (rnd(255) + 1);	/* an odd byte */
		memcpy(buf + n, sep, strlen(sep));
		n += strlen(sep);
	}
	buf[n] = '\0';
	return n;
}

static void
random_texts(void)
{
	char		buf[2048];
	int			n = 150000,
				ok = 0;

	for (int t = 0; t < n; t++)
	{
		size_t		len = random_text(buf, sizeof(buf));

		if (same("random", buf, len, refs()[t % 4], (t % 7 == 0) ? 1 : 0))
			ok++;
		else if (unit_failed > 20)
			break;
	}
	CHECK(ok == n, "random texts: %d of %d scans equal", ok, n);
}

/*
 * Where the prefilter decides: every lexicon word and phrase before words
 * no lexicon knows (where it says "no phrase"), before known words, codes,
 * stems and Roman months (where it reads on), then before a period.
 */
static void
starters_before_words(void)
{
	static const char *const next[] = {
		"Council", "xyzzy", "the Council", "the", "a", "EU", "BG", "Gr", "ii", "XII", "italics",
		"Bulgarian", "months", "the the the the Council", "in the end of", "of", "well", "present",
		"\xC2\xA0" "Council", "Council\xE2\x80\x99" "s", "Council'", "Council-", "C", "",
	};
	static const char *const then[] = {
		" 2018", " March 2019", " end of 2018", " Presidency 2019", " year", ", 2018", "-2019",
		" months", " ongoing", "",
	};
	char		text[512];
	int			n = 0,
				ok = 0;

	for (int v = 0; v < nvocab; v++)
		for (size_t a = 0; a < sizeof(next) / sizeof(next[0]); a++)
			for (size_t b = 0; b < sizeof(then) / sizeof(then[0]); b++)
			{
				snprintf(text, sizeof(text), "%s %s%s", vocab[v], next[a], then[b]);
				n++;
				ok += same("starter before a word", text, strlen(text), refs()[(v + a + b) % 4], 0);
				if (v % 3 == 0)
				{
					text[0] = (text[0] >= 'a' && text[0] <= 'z') ? (char) (text[0] - 32) : text[0];
					n++;
					ok += same("starter before a word", text, strlen(text), refs()[(a + b) % 4], 0);
				}
			}
	CHECK(ok == n, "starters before words: %d of %d scans equal", ok, n);
}

void
test_extract_equal(void)
{
	corpus_texts();
	corpus_phrases();
	build_vocab();
	starters_before_words();
	random_texts();
	printf("extract equality: %d scans compared\n", compared);
}

/*
 * actors.c: the actor matcher (see actors.h).  The text is decoded into
 * folded code points, so that positions are characters as in SQL.  All
 * occurrences of all aliases are found with one trie walk per position;
 * they are then taken in the original's order (alias rank, then position),
 * which replays its longest-first blanking exactly: an occurrence is
 * claimed when none of its characters is claimed and its neighbours are no
 * letter or digit, or claimed.  Because ranks come longest first, an
 * earlier claim that overlaps an occurrence covers one of its ends, so the
 * overlap test is O(1).
 */
#include <stdint.h>
#include <string.h>

#include "actors/actors.h"
#include "actors/unicode_tables.h"

typedef uint32_t cp_t;

#define BLANK ((cp_t) 1)		/* the original's chr(1) over claimed text */

struct actors_matcher
{
	size_t		nnodes;
	uint32_t   *term;			/* per node: first rank ending here + 1, 0 none */
	uint32_t   *next_term;		/* per rank: next rank with the same folded text + 1 */
	uint32_t   *rank_len;		/* per rank: length in characters */
	int		   *rank_actor;		/* per rank: the actor */
	unsigned char *rank_acronym;	/* per rank: written in capitals ("UN", "HR/VP") */
	uint32_t   *rank_raw;		/* per rank: where its unfolded characters start in raw */
	cp_t	   *raw;			/* the aliases' characters as written */
	size_t		nranks;
	uint64_t   *edge_key;		/* open addressing: (parent << 21 | cp) + 1, 0 empty */
	uint32_t   *edge_child;
	size_t		edge_mask;
};

/* ---- characters ---- */

/* one UTF-8 character at s (< end); invalid bytes become U+DC80..U+DCFF */
static cp_t
decode(const unsigned char *s, const unsigned char *end, size_t *width)
{
	cp_t		c = s[0];
	size_t		n,
				k;

	if (c < 0x80)
	{
		*width = 1;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF)
		n = 2, c &= 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3, c &= 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, c &= 0x07;
	else
		goto bad;
	if ((size_t) (end - s) < n)
		goto bad;
	for (k = 1; k < n; k++)
	{
		if ((s[k] & 0xC0) != 0x80)
			goto bad;
		c = (c << 6) | (s[k] & 0x3F);
	}
	if ((n == 3 && (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))) ||
		(n == 4 && (c < 0x10000 || c > 0x10FFFF)))
		goto bad;
	*width = n;
	return c;
bad:
	*width = 1;
	return 0xDC00 + s[0];
}

/* towlower() of glibc's C.UTF-8 (what lower() does on such a database) */
static cp_t
fold(cp_t c)
{
	size_t		lo = 0,
				hi = sizeof lower_pairs / sizeof lower_pairs[0];

	if (c < 0x80)
		return (c >= 'A' && c <= 'Z') ? c + 32 : c;
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (lower_pairs[mid][0] < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (lo < sizeof lower_pairs / sizeof lower_pairs[0] && lower_pairs[lo][0] == c)
		? lower_pairs[lo][1] : c;
}

/* [[:space:]] of glibc's C.UTF-8 */
static int
is_space(cp_t c)
{
	return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x1680 ||
		(c >= 0x2000 && c <= 0x2006) || (c >= 0x2008 && c <= 0x200A) ||
		c == 0x2028 || c == 0x2029 || c == 0x205F || c == 0x3000;
}

/* [[:alpha:]] of glibc's C.UTF-8 */
static int
is_alpha(cp_t c)
{
	size_t		lo = 0,
				hi = sizeof alpha_ranges / sizeof alpha_ranges[0];

	if (c < 0x80)
		return (c | 32) >= 'a' && (c | 32) <= 'z';
	while (lo < hi)
	{
		size_t		mid = lo + (hi - lo) / 2;

		if (alpha_ranges[mid][1] < c)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < sizeof alpha_ranges / sizeof alpha_ranges[0] && alpha_ranges[lo][0] <= c;
}

static int
is_alnum(cp_t c)
{
	return (c >= '0' && c <= '9') || is_alpha(c);
}

/* a word character of PostgreSQL's regular expressions (\m, \M) */
static int
is_word(cp_t c)
{
	return c == '_' || is_alnum(c);
}

/* ---- the trie ---- */

static size_t
edge_slot(const actors_matcher *m, uint64_t key)
{
	uint64_t	h = key * UINT64_C(0x9E3779B97F4A7C15);

	return (size_t) (h >> 20) & m->edge_mask;
}

static uint32_t
child_of(const actors_matcher *m, uint32_t node, cp_t c)
{
	uint64_t	key = (((uint64_t) node << 21) | c) + 1;
	size_t		i = edge_slot(m, key);

	while (m->edge_key[i] != 0)
	{
		if (m->edge_key[i] == key)
			return m->edge_child[i];
		i = (i + 1) & m->edge_mask;
	}
	return 0;					/* the root is never a child */
}

actors_matcher *
actors_build(const actors_alias *aliases, size_t n, actors_alloc_fn alloc, void *ctx)
{
	actors_matcher *m = alloc(ctx, sizeof(actors_matcher));
	size_t		total = 1,
				k,
				r,
				cap,
				nraw = 0;
	size_t	   *order;
	uint32_t   *clen;

	if (m == NULL)
		return NULL;
	order = alloc(ctx, sizeof(size_t) * (n + 1));
	clen = alloc(ctx, sizeof(uint32_t) * (n + 1));
	if (order == NULL || clen == NULL)
		return NULL;
	/* character lengths; aliases holding U+0001 or empty are left out */
	for (k = 0; k < n; k++)
	{
		const unsigned char *s = (const unsigned char *) aliases[k].text;
		const unsigned char *e = s + aliases[k].len;
		size_t		w;
		uint32_t	chars = 0;

		while (s < e)
		{
			if (decode(s, e, &w) == BLANK)
			{
				chars = 0;
				break;
			}
			s += w;
			chars++;
		}
		clen[k] = chars;
		total += chars;
	}
	/* longest first, stable: a counting sort would need the maximum; n is small */
	r = 0;
	for (k = 0; k < n; k++)
		if (clen[k] > 0)
		{
			size_t		j = r++;

			while (j > 0 && clen[order[j - 1]] < clen[k])
			{
				order[j] = order[j - 1];
				j--;
			}
			order[j] = k;
		}
	m->nranks = r;
	m->term = alloc(ctx, sizeof(uint32_t) * total);
	m->next_term = alloc(ctx, sizeof(uint32_t) * (r + 1));
	m->rank_len = alloc(ctx, sizeof(uint32_t) * (r + 1));
	m->rank_actor = alloc(ctx, sizeof(int) * (r + 1));
	m->rank_acronym = alloc(ctx, r + 1);
	m->rank_raw = alloc(ctx, sizeof(uint32_t) * (r + 1));
	m->raw = alloc(ctx, sizeof(cp_t) * total);
	for (cap = 16; cap < 2 * total; cap *= 2)
		;
	m->edge_key = alloc(ctx, sizeof(uint64_t) * cap);
	m->edge_child = alloc(ctx, sizeof(uint32_t) * cap);
	if (!m->term || !m->next_term || !m->rank_len || !m->rank_actor || !m->edge_key || !m->edge_child
		|| !m->rank_acronym || !m->rank_raw || !m->raw)
		return NULL;
	memset(m->term, 0, sizeof(uint32_t) * total);
	memset(m->edge_key, 0, sizeof(uint64_t) * cap);
	m->edge_mask = cap - 1;
	m->nnodes = 1;
	for (r = 0; r < m->nranks; r++)
	{
		const actors_alias *a = &aliases[order[r]];
		const unsigned char *s = (const unsigned char *) a->text;
		const unsigned char *e = s + a->len;
		uint32_t	node = 0;
		size_t		w;
		int			upper = 0,
					lower = 0;

		m->rank_raw[r] = (uint32_t) nraw;
		while (s < e)
		{
			cp_t		raw = decode(s, e, &w);
			cp_t		c = fold(raw);
			uint32_t	child = child_of(m, node, c);

			m->raw[nraw++] = raw;
			if (c != raw)
				upper++;
			else if (is_alpha(raw))
				lower++;

			s += w;
			if (child == 0)
			{
				uint64_t	key = (((uint64_t) node << 21) | c) + 1;
				size_t		i = edge_slot(m, key);

				while (m->edge_key[i] != 0)
					i = (i + 1) & m->edge_mask;
				child = (uint32_t) m->nnodes++;
				m->edge_key[i] = key;
				m->edge_child[i] = child;
			}
			node = child;
		}
		m->rank_len[r] = clen[order[r]];
		m->rank_actor[r] = a->actor;
		m->rank_acronym[r] = upper > 0 && lower == 0;
		m->next_term[r] = m->term[node];
		m->term[node] = (uint32_t) r + 1;
	}
	return m;
}

/* ---- finding ---- */

typedef struct
{
	actors_alloc_fn alloc;
	void	   *ctx;
	int			nomem;
} arena;

static void *
get(arena *a, size_t n)
{
	void	   *p;

	if (a->nomem)
		return NULL;
	p = a->alloc(a->ctx, n ? n : 1);
	if (p == NULL)
		a->nomem = 1;
	return p;
}

/* does f[a..b) contain the ASCII word w? */
static int
contains(const cp_t *f, size_t a, size_t b, const char *w)
{
	size_t		wl = strlen(w),
				i,
				k;

	for (i = a; i + wl <= b; i++)
	{
		for (k = 0; k < wl && f[i + k] == (cp_t) (unsigned char) w[k]; k++)
			;
		if (k == wl)
			return 1;
	}
	return 0;
}

static int
equals(const cp_t *f, size_t a, size_t b, const char *w)
{
	size_t		wl = strlen(w),
				k;

	if (b - a != wl)
		return 0;
	for (k = 0; k < wl; k++)
		if (f[a + k] != (cp_t) (unsigned char) w[k])
			return 0;
	return 1;
}

/* the original's connector words: \m(...)\M, longest first where one is a prefix */
static const char *const connectors[] = {
	"and/or", "and", "or", "with", "supported", "support", "from", "by", "together",
	"including", "the", "of", "its", "all", "other", "en", "et", "und", "de", "het",
	"van", "la", "le", "les", "du", "des", "aux", "der", "die", "das", "den", "dem",
	"von", "l"
};

/* length of the separator match at i of low[0..n), 0 if none */
static size_t
separator_at(const cp_t *low, size_t n, size_t i)
{
	cp_t		c = low[i];
	size_t		best = 0,
				k;

	if (c == BLANK)
	{
		size_t		j = i;

		while (j < n && low[j] == BLANK)
			j++;
		return j - i;
	}
	if (c == ',' || c == ';' || c == '/' || c == '(' || c == ')')
		return 1;
	if (!is_word(c) || (i > 0 && is_word(low[i - 1])))
		return 0;
	for (k = 0; k < sizeof connectors / sizeof connectors[0]; k++)
	{
		const char *w = connectors[k];
		size_t		wl = strlen(w),
					j;

		if (wl <= best || i + wl > n)
			continue;
		for (j = 0; j < wl && low[i + j] == (cp_t) (unsigned char) w[j]; j++)
			;
		if (j == wl && (i + wl == n || !is_word(low[i + wl])))
			best = wl;
	}
	return best;
}

typedef struct
{
	size_t		at;				/* where the piece is */
	size_t		len;
	size_t		first;			/* where its text first occurs */
	uint64_t	hash;
	size_t		idx;			/* output order */
} piece;

static int
piece_cmp(const piece *a, const piece *b)
{
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	return 0;
}

#define HASH_MUL UINT64_C(0x100000001B3)

/*
 * The first occurrence in f of every piece: for each distinct length, one
 * rolling hash over the text, looked up in the pieces of that length
 * (sorted by hash).  Scans stop at the last piece of the length, which
 * occurs at its own place at the latest.
 */
static void
first_occurrences(const cp_t *f, piece *p, size_t np)
{
	size_t		k,
				g;

	for (k = 0; k < np; k++)
	{
		uint64_t	h = 0;
		size_t		j;

		for (j = 0; j < p[k].len; j++)
			h = h * HASH_MUL + f[p[k].at + j];
		p[k].hash = h;
		p[k].first = p[k].at;
	}
	/* insertion sort by (len, hash): pieces are few next to the text */
	for (k = 1; k < np; k++)
	{
		piece		t = p[k];
		size_t		j = k;

		while (j > 0 && piece_cmp(&p[j - 1], &t) > 0)
		{
			p[j] = p[j - 1];
			j--;
		}
		p[j] = t;
	}
	for (g = 0; g < np;)
	{
		size_t		e = g,
					L = p[g].len,
					last = 0,
					i;
		uint64_t	h = 0,
					top = 1;

		while (e < np && p[e].len == L)
		{
			if (p[e].at > last)
				last = p[e].at;
			e++;
		}
		for (i = 1; i < L; i++)
			top *= HASH_MUL;
		for (i = 0; i < L && i < last + L; i++)
			h = h * HASH_MUL + f[i];
		for (i = 0; i <= last; i++)
		{
			size_t		lo = g,
						hi = e;

			if (i > 0)
				h = (h - f[i - 1] * top) * HASH_MUL + f[i + L - 1];
			while (lo < hi)
			{
				size_t		mid = lo + (hi - lo) / 2;

				if (p[mid].hash < h)
					lo = mid + 1;
				else
					hi = mid;
			}
			for (; lo < e && p[lo].hash == h; lo++)
				if (p[lo].first > i && memcmp(f + i, f + p[lo].at, L * sizeof(cp_t)) == 0)
					p[lo].first = i;
		}
		g = e;
	}
}

/*
 * An alias written in capitals ("UN", "EU", "COPS") names its actor only
 * as written: French "un", "eu" (participle of avoir), English "cops" are
 * words.  An acronym of four letters or more may also stand with only its
 * initial capital, as the EU style guide writes acronyms read as words
 * ("Enisa", "Unesco").  t: the text's characters as written.
 */
static int
acronym_as_written(const actors_matcher *m, uint32_t r, const cp_t *t)
{
	const cp_t *a = m->raw + m->rank_raw[r];
	size_t		L = m->rank_len[r],
				k,
				letters = 0;
	int			exact = 1,
				initial = 1;

	for (k = 0; k < L; k++)
	{
		cp_t		lower = fold(a[k]);

		if (lower != a[k])
			letters++;
		if (t[k] != a[k])
			exact = 0;
		if (t[k] != (k == 0 || lower == a[k] ? a[k] : lower))
			initial = 0;
	}
	return exact || (initial && letters >= 4);
}

int
actors_find(const actors_matcher *m, const char *cell, size_t len,
			actors_alloc_fn alloc, void *ctx, actors_result *out)
{
	arena		A = {alloc, ctx, 0};
	const unsigned char *s = (const unsigned char *) cell;
	const unsigned char *e = s + len;
	cp_t	   *f,
			   *t,
			   *low;
	size_t	   *off;
	char	   *text;
	size_t		n = 0,
				tl = 0,
				i,
				nocc = 0,
				capocc,
				nact = 0,
				nout = 0,
				npieces = 0;
	uint32_t   *occ_rank,
			   *occ_pos,
			   *count;
	unsigned char *claimed;
	int		   *hit_rank_at;
	actors_hit *hits;
	piece	   *pieces;

	memset(out, 0, sizeof *out);
	text = get(&A, len + 1);
	f = get(&A, sizeof(cp_t) * (len + 1));
	t = get(&A, sizeof(cp_t) * (len + 1));
	off = get(&A, sizeof(size_t) * (len + 2));
	if (A.nomem)
		return -1;

	/* btrim(regexp_replace(cell, '\s+', ' ', 'g')), decoded and folded */
	while (s < e)
	{
		size_t		w;
		cp_t		c = decode(s, e, &w);

		if (is_space(c))
		{
			while (s < e && is_space(decode(s, e, &w)))
				s += w;
			if (n > 0 && s < e)
			{
				off[n] = tl;
				t[n] = ' ';
				f[n++] = ' ';
				text[tl++] = ' ';
			}
			continue;
		}
		off[n] = tl;
		t[n] = c;
		f[n++] = fold(c);
		memcpy(text + tl, s, w);
		tl += w;
		s += w;
	}
	off[n] = tl;
	text[tl] = '\0';
	out->text = text;
	out->text_len = tl;

	/* every occurrence of every alias, by a trie walk from each place */
	capocc = n + 16;
	occ_rank = get(&A, sizeof(uint32_t) * capocc);
	occ_pos = get(&A, sizeof(uint32_t) * capocc);
	if (A.nomem)
		return -1;
	for (i = 0; i < n; i++)
	{
		uint32_t	node = 0;
		size_t		j;

		for (j = i; j < n; j++)
		{
			uint32_t	t;

			node = child_of(m, node, f[j]);
			if (node == 0)
				break;
			for (t = m->term[node]; t != 0; t = m->next_term[t - 1])
			{
				if (nocc == capocc)
				{
					uint32_t   *r2 = get(&A, sizeof(uint32_t) * capocc * 2);
					uint32_t   *p2 = get(&A, sizeof(uint32_t) * capocc * 2);

					if (A.nomem)
						return -1;
					memcpy(r2, occ_rank, sizeof(uint32_t) * nocc);
					memcpy(p2, occ_pos, sizeof(uint32_t) * nocc);
					occ_rank = r2;
					occ_pos = p2;
					capocc *= 2;
				}
				occ_rank[nocc] = t - 1;
				occ_pos[nocc++] = (uint32_t) i;
			}
		}
	}

	/* in the original's order: by rank, then position (a stable counting sort) */
	count = get(&A, sizeof(uint32_t) * (m->nranks + 1));
	{
		uint32_t   *order = get(&A, sizeof(uint32_t) * (nocc + 1));

		claimed = get(&A, n + 1);
		hit_rank_at = get(&A, sizeof(int) * (n + 1));
		if (A.nomem)
			return -1;
		memset(count, 0, sizeof(uint32_t) * (m->nranks + 1));
		memset(claimed, 0, n + 1);
		for (i = 0; i < nocc; i++)
			count[occ_rank[i] + 1]++;
		for (i = 1; i <= m->nranks; i++)
			count[i] += count[i - 1];
		for (i = 0; i < nocc; i++)
			order[count[occ_rank[i]]++] = (uint32_t) i;
		for (i = 0; i < n; i++)
			hit_rank_at[i] = -1;
		for (i = 0; i < nocc; i++)
		{
			uint32_t	r = occ_rank[order[i]];
			size_t		p = occ_pos[order[i]],
						L = m->rank_len[r],
						q;

			if (claimed[p] || claimed[p + L - 1])
				continue;
			if (m->rank_acronym[r] && !acronym_as_written(m, r, t + p))
				continue;
			if (p > 0 && !claimed[p - 1] && is_alnum(f[p - 1]))
				continue;
			if (p + L < n && !claimed[p + L] && is_alnum(f[p + L]))
				continue;
			for (q = p; q < p + L; q++)
				claimed[q] = 1;
			hit_rank_at[p] = (int) r;
			nact++;
		}
	}

	/* the leftover pieces */
	low = get(&A, sizeof(cp_t) * (n + 1));
	pieces = get(&A, sizeof(piece) * (n / 2 + 2));
	if (A.nomem)
		return -1;
	for (i = 0; i < n; i++)
		low[i] = claimed[i] ? BLANK : f[i];
	{
		size_t		start = 0,
					j = 0;

		for (;;)
		{
			size_t		sep = 0,
						a,
						b,
						q;

			while (j < n && (sep = separator_at(low, n, j)) == 0)
				j++;
			a = start;
			b = j;
			while (a < b && low[a] == ' ')
				a++;
			while (b > a && low[b - 1] == ' ')
				b--;
			for (q = a; q + 1 < b; q++)
				if (is_alpha(low[q]) && is_alpha(low[q + 1]))
				{
					pieces[npieces].at = a;
					pieces[npieces].len = b - a;
					pieces[npieces].idx = npieces;
					npieces++;
					break;
				}
			if (j >= n)
				break;
			j += sep;
			start = j;
		}
	}

	hits = get(&A, sizeof(actors_hit) * (nact + npieces + 1));
	if (A.nomem)
		return -1;
	/* actors in text order, qualified by the words before them */
	{
		size_t		prev_end = 0;
		int			prev_q = ACTORS_Q_NONE;

		for (i = 0; i < n; i++)
		{
			int			r = hit_rank_at[i];
			size_t		L;
			int			q;

			if (r < 0)
				continue;
			L = m->rank_len[r];
			if (contains(f, prev_end, i, "support") || contains(f, prev_end, i, "assisted") ||
				contains(f, prev_end, i, "aided"))
				q = ACTORS_Q_SUPPORT;
			else if (contains(f, prev_end, i, "including"))
				q = ACTORS_Q_INCLUDING;
			else
			{
				size_t		a = prev_end,
							b = i;

				while (a < b && f[a] == ' ')
					a++;
				while (b > a && f[b - 1] == ' ')
					b--;
				if (equals(f, a, b, "and/or") || equals(f, a, b, "and") ||
					equals(f, a, b, "or") || equals(f, a, b, "&"))
					q = prev_q;
				else
					q = ACTORS_Q_NONE;
			}
			hits[nout].actor = m->rank_actor[r];
			hits[nout].qualifier = q;
			hits[nout].start = off[i];
			hits[nout].len = off[i + L] - off[i];
			hits[nout].pos = i + 1;
			nout++;
			prev_q = q;
			prev_end = i + L;
		}
	}
	/* unknown names, at the first place their text occurs */
	if (npieces > 0)
	{
		piece	   *byidx = get(&A, sizeof(piece) * npieces);

		if (A.nomem)
			return -1;
		first_occurrences(f, pieces, npieces);
		for (i = 0; i < npieces; i++)
			byidx[pieces[i].idx] = pieces[i];
		for (i = 0; i < npieces; i++)
		{
			size_t		a = byidx[i].first;

			hits[nout].actor = -1;
			hits[nout].qualifier = ACTORS_Q_UNKNOWN;
			hits[nout].start = off[a];
			hits[nout].len = off[a + byidx[i].len] - off[a];
			hits[nout].pos = a + 1;
			nout++;
		}
	}
	out->hits = hits;
	out->nhits = nout;
	return 0;
}

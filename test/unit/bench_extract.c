/*
 * bench_extract.c: deadline_extract against reading the text (issue 14).
 *
 *   make bench-extract            (or: bench_extract [corpus dir] [MB])
 *
 * The corpus texts (the .txt files of ../shared/corpus) repeated to ~20 MB are
 * (a) read: newlines counted with memchr and copied with memcpy (bounds no
 * server reaches), and their characters counted as PostgreSQL's length()
 * counts them in a UTF-8 database (pg_mbstrlen_with_len(): a call through
 * the encoding's table per character), the part of make bench's 'read
 * (detoast, length)' a C program can imitate: the ratio to it is the one
 * to hold against the SQL bar, and the cautious one, as detoasting is left
 * out (0.065 where make bench measured 0.12, before the work of issue 14
 * on the grammar); (b) scanned by the
 * extractor, the fast one (deadline_extract) and the reference that runs
 * the grammar at every word (deadline_extract_reference, the speed before
 * the prefilter).  Each is timed 5 times; medians are printed, with the
 * share of the reading speed the extractor reaches (issue 14's bar: 0.25).
 * Times are CPU time (the machine is shared); not part of make test:
 * timings are no test.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "deadline_core.h"

#define RUNS 5

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int
cmp_double(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return x < y ? -1 : x > y;
}

static char *buf;
static size_t buf_len;
static char *copy;
static volatile size_t sink;

static bool
count_match(void *arg, const dl_match *m)
{
	(*(size_t *) arg)++;
	(void) m;
	return true;
}

static void
run_memchr(void)
{
	size_t		n = 0;
	const char *p = buf,
			   *end = buf + buf_len;

	while ((p = memchr(p, '\n', (size_t) (end - p))) != NULL)
	{
		n++;
		p++;
	}
	sink = n;
}

/* pg_utf_mblen(), reached as pg_mblen() reaches it: through a table of
 * functions, which the compiler cannot inline */
static int
utf8_mblen(const unsigned char *s)
{
	if ((*s & 0x80) == 0)
		return 1;
	if ((*s & 0xe0) == 0xc0)
		return 2;
	if ((*s & 0xf0) == 0xe0)
		return 3;
	if ((*s & 0xf8) == 0xf0)
		return 4;
	return 1;
}

static int	(*volatile mblen_fn) (const unsigned char *) = utf8_mblen;

static void
run_length(void)
{
	size_t		n = 0;
	const unsigned char *p = (const unsigned char *) buf;
	size_t		limit = buf_len;

	/* pg_mbstrlen_with_len()'s loop */
	while (limit > 0 && *p)
	{
		int			l = mblen_fn(p);

		limit -= (size_t) l < limit ? (size_t) l : limit;
		p += l;
		n++;
	}
	sink = n;
}

static void
run_memcpy(void)
{
	memcpy(copy, buf, buf_len);
	sink = (size_t) copy[buf_len / 2];
}

static void
run_fast(void)
{
	size_t		n = 0;

	deadline_extract(buf, buf_len, DL_NO_DAY, count_match, &n);
	sink = n;
}

static void
run_reference(void)
{
	size_t		n = 0;

	deadline_extract_reference(buf, buf_len, DL_NO_DAY, count_match, &n);
	sink = n;
}

static double
median_ms(void (*fn) (void))
{
	double		t[RUNS];

	for (int r = 0; r < RUNS; r++)
	{
		double		t0 = now();

		fn();
		t[r] = (now() - t0) * 1000;
	}
	qsort(t, RUNS, sizeof(t[0]), cmp_double);
	return t[RUNS / 2];
}

int
main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "../shared/corpus";
	size_t		want = (size_t) (argc > 2 ? atof(argv[2]) : 20) * 1000000;
	char	   *one = NULL;
	size_t		one_len = 0;
	DIR		   *d = opendir(dir);
	struct dirent *e;
	size_t		n_fast = 0,
				n_ref = 0;
	double		t_memchr,
				t_memcpy,
				t_length,
				t_fast,
				t_ref;

	if (!d)
	{
		fprintf(stderr, "bench_extract: no corpus at %s\n", dir);
		return 1;
	}
	while ((e = readdir(d)) != NULL)
	{
		size_t		l = strlen(e->d_name);
		char		path[4096];
		FILE	   *f;
		long		sz;

		if (l < 4 || strcmp(e->d_name + l - 4, ".txt") != 0)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		if (!(f = fopen(path, "rb")) || fseek(f, 0, SEEK_END) != 0 || (sz = ftell(f)) < 0)
			return 1;
		rewind(f);
		one = realloc(one, one_len + (size_t) sz + 1);
		if (fread(one + one_len, 1, (size_t) sz, f) != (size_t) sz)
			return 1;
		one_len += (size_t) sz;
		one[one_len++] = '\n';
		fclose(f);
	}
	closedir(d);
	if (one_len == 0)
	{
		fprintf(stderr, "bench_extract: no .txt in %s\n", dir);
		return 1;
	}
	buf = malloc(want + one_len);
	copy = malloc(want + one_len);
	while (buf_len < want)
	{
		memcpy(buf + buf_len, one, one_len);
		buf_len += one_len;
	}
	run_fast();
	n_fast = sink;
	run_reference();
	n_ref = sink;
	t_memchr = median_ms(run_memchr);
	t_memcpy = median_ms(run_memcpy);
	t_length = median_ms(run_length);
	t_fast = median_ms(run_fast);
	t_ref = median_ms(run_reference);
	printf("text: %.1f MB (%zu bytes of corpus repeated); matches: fast %zu, reference %zu\n",
		   buf_len / 1e6, one_len, n_fast, n_ref);
	printf("read (memchr '\\n'): %8.2f ms  %6.2f ns/byte\n", t_memchr, t_memchr * 1e6 / buf_len);
	printf("read (memcpy):      %8.2f ms  %6.2f ns/byte\n", t_memcpy, t_memcpy * 1e6 / buf_len);
	printf("read (length()):    %8.2f ms  %6.2f ns/byte\n", t_length, t_length * 1e6 / buf_len);
	printf("deadline_extract:   %8.2f ms  %6.2f ns/byte  ratio to memchr %.3f, to memcpy %.3f, to length() %.3f\n",
		   t_fast, t_fast * 1e6 / buf_len, t_memchr / t_fast, t_memcpy / t_fast, t_length / t_fast);
	printf("reference (before): %8.2f ms  %6.2f ns/byte  ratio to memchr %.3f, to memcpy %.3f, to length() %.3f\n",
		   t_ref, t_ref * 1e6 / buf_len, t_memchr / t_ref, t_memcpy / t_ref, t_length / t_ref);
	printf("speed-up: %.1fx\n", t_ref / t_fast);
	free(one);
	free(buf);
	free(copy);
	return n_fast == n_ref ? 0 : 1;
}

/*
 * Fuzzes both extractors on arbitrary text: every match lies inside the
 * input, in text order, and every value it reports is valid and reads back
 * from its canonical text.  The deadline extractor's fast scan (the
 * prefilter) reports exactly what the reference scan, the grammar at every
 * word, reports (issue 14).
 */
#include <string.h>

#include "deadline_core.h"
#include "docnum_core.h"
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static size_t input_size;
static size_t last_start;

static bool
on_docnum(void *arg, const dn_match *m)
{
	char		buf[DN_TEXT_MAX];
	docnum_t	back;

	(void) arg;
	PROPERTY(m->start + m->len <= input_size && m->len > 0, "docnum match outside the input");
	PROPERTY(m->start >= last_start, "docnum matches out of order");
	last_start = m->start;
	PROPERTY(docnum_is_valid(m->ref), "invalid docnum extracted");
	docnum_format(m->ref, buf);
	PROPERTY(docnum_parse(buf, strlen(buf), &back, NULL) == DN_OK && back == m->ref,
			 "extracted '%s' does not read back", buf);
	return true;
}

static bool
on_deadline(void *arg, const dl_match *m)
{
	char		buf[DL_TEXT_MAX];
	deadline_t	back;

	(void) arg;
	PROPERTY(m->start + m->len <= input_size && m->len > 0, "deadline match outside the input");
	PROPERTY(m->start >= last_start, "deadline matches out of order");
	last_start = m->start;
	PROPERTY(deadline_is_valid(m->value), "invalid deadline extracted");
	deadline_format(m->value, buf);
	PROPERTY(deadline_parse_text(buf, strlen(buf), DL_NO_DAY, &back, NULL) == DL_OK && back == m->value,
			 "extracted '%s' does not read back", buf);
	return true;
}

#define MAX_KEPT 256

typedef struct
{
	int			n;
	dl_match	m[MAX_KEPT];
} kept;

static bool
keep(void *arg, const dl_match *m)
{
	kept	   *k = arg;

	if (k->n < MAX_KEPT)
		k->m[k->n] = *m;
	k->n++;
	return true;
}

/* the fast scan equals the reference, match for match */
static void
same_as_reference(const char *s, size_t len, int32_t ref)
{
	static kept fast,
				reference;

	fast.n = reference.n = 0;
	deadline_extract(s, len, ref, keep, &fast);
	deadline_extract_reference(s, len, ref, keep, &reference);
	PROPERTY(fast.n == reference.n, "fast scan: %d matches, reference %d", fast.n, reference.n);
	for (int i = 0; i < fast.n && i < MAX_KEPT; i++)
		PROPERTY(fast.m[i].value == reference.m[i].value && fast.m[i].start == reference.m[i].start &&
				 fast.m[i].len == reference.m[i].len,
				 "fast scan: match %d at %zu+%zu, reference at %zu+%zu", i,
				 fast.m[i].start, fast.m[i].len, reference.m[i].start, reference.m[i].len);
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	input_size = size;
	last_start = 0;
	docnum_extract((const char *) data, size, on_docnum, NULL);
	last_start = 0;
	deadline_extract((const char *) data, size, DL_NO_DAY, on_deadline, NULL);
	same_as_reference((const char *) data, size, DL_NO_DAY);
	if (size >= 2)
	{
		last_start = 0;
		input_size = size - 2;
		deadline_extract((const char *) data + 2, size - 2,
						 dl_days_from_civil(2017, 1, 1) + (data[0] << 8 | data[1]) % 4000,
						 on_deadline, NULL);
		same_as_reference((const char *) data + 2, size - 2,
						  dl_days_from_civil(2017, 1, 1) + (data[0] << 8 | data[1]) % 4000);
	}
	return 0;
}

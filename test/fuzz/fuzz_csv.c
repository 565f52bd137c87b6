/*
 * Fuzzes the CSV reader of load_action_plan: whatever the bytes, records
 * come in line order, their fields lie inside the buffer and hold no more
 * text than the input, and an error names a line that exists.
 */
#include <stdlib.h>
#include <string.h>

#include "csv_core.h"
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

typedef struct
{
	const char *buf;
	size_t		size;
	int			last_line;
	int			lines;
} state;

static bool
check(void *arg, int line, int nfields, const char *const *fields, const size_t *lens)
{
	state	   *st = arg;
	size_t		total = 0;

	PROPERTY(line > st->last_line && line <= st->lines, "record line %d after %d", line, st->last_line);
	PROPERTY(nfields >= 1 && nfields <= CSV_MAX_FIELDS, "%d fields", nfields);
	for (int i = 0; i < nfields; i++)
	{
		PROPERTY(fields[i] >= st->buf && fields[i] + lens[i] <= st->buf + st->size,
				 "field %d outside the buffer", i);
		total += lens[i];
	}
	PROPERTY(total <= st->size, "more text than the input");
	st->last_line = line;
	return true;
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	char	   *buf = malloc(size + 1);
	state		st = {buf, size, 0, 1};
	int			bad;
	csv_status	status;

	for (size_t i = 0; i < size; i++)
		st.lines += data[i] == '\n';
	status = csv_parse((const char *) data, size, buf, check, &st, &bad);
	if (status != CSV_OK)
		PROPERTY(bad >= 1 && bad <= st.lines, "error on line %d of %d", bad, st.lines);
	free(buf);
	return 0;
}

/*
 * test_csv.c: the CSV reader of load_action_plan (csv_core.c): RFC 4180
 * quoting, line numbers of records that span lines, blank lines, carriage
 * returns, the errors, and a 1 MB cell read in one pass.
 */
#include <stdlib.h>
#include <string.h>

#include "csv_core.h"
#include "unit.h"

typedef struct
{
	char		out[4096];		/* records as line:field|field;... */
	size_t		n;
	int			records;
	size_t		longest;
} collected;

static bool
collect(void *arg, int line, int nfields, const char *const *fields, const size_t *lens)
{
	collected  *c = arg;

	c->records++;
	c->n += (size_t) snprintf(c->out + c->n, sizeof(c->out) - c->n, "%d:", line);
	for (int i = 0; i < nfields && c->n < sizeof(c->out); i++)
	{
		if (lens[i] > c->longest)
			c->longest = lens[i];
		c->n += (size_t) snprintf(c->out + c->n, sizeof(c->out) - c->n, "%s%.*s", i ? "|" : "",
								  lens[i] > 40 ? 40 : (int) lens[i], fields[i]);
	}
	if (c->n < sizeof(c->out))
		c->n += (size_t) snprintf(c->out + c->n, sizeof(c->out) - c->n, ";");
	return true;
}

static void
expect(const char *csv, const char *want, csv_status want_st)
{
	collected	c;
	char	   *buf = malloc(strlen(csv) + 1);
	int			bad;
	csv_status	st;

	memset(&c, 0, sizeof(c));
	st = csv_parse(csv, strlen(csv), buf, collect, &c, &bad);
	CHECK(st == want_st && strcmp(c.out, want) == 0, "csv '%s': '%s' (status %d), want '%s' (status %d)",
		  csv, c.out, (int) st, want, (int) want_st);
	free(buf);
}

void
test_csv(void)
{
	expect("a,b,c\n1,2,3\n", "1:a|b|c;2:1|2|3;", CSV_OK);
	expect("a,b\r\n1,2\r\n", "1:a|b;2:1|2;", CSV_OK);
	expect("a,b\n\n\n1,2", "1:a|b;4:1|2;", CSV_OK);
	expect("\"x, y\",\"say \"\"hi\"\"\"\n", "1:x, y|say \"hi\";", CSV_OK);
	expect("\"two\nlines\",z\nnext,1\n", "1:two\nlines|z;3:next|1;", CSV_OK);
	expect(",\n", "1:|;", CSV_OK);
	expect("\"\"\n", "1:;", CSV_OK);
	expect("ab\"c\",d\n", "1:ab\"c\"|d;", CSV_OK);
	expect("a,\"open\n", "", CSV_UNTERMINATED);
	expect("", "", CSV_OK);
	expect("\r\n\r\n", "", CSV_OK);
	{
		/* a 1 MB cell: one pass, whatever its size */
		size_t		big = 1000000;
		char	   *csv = malloc(big + 8),
				   *buf = malloc(big + 8);
		collected	c;
		int			bad;

		csv[0] = '"';
		memset(csv + 1, 'x', big);
		strcpy(csv + 1 + big, "\",y\n");
		memset(&c, 0, sizeof(c));
		CHECK(csv_parse(csv, strlen(csv), buf, collect, &c, &bad) == CSV_OK && c.records == 1 &&
			  c.longest == big, "a 1 MB cell: %d records, longest %zu", c.records, c.longest);
		free(csv);
		free(buf);
	}
	{
		/* more fields than the limit: an error with the record's line */
		char		csv[4 * CSV_MAX_FIELDS];
		char	   *buf = malloc(sizeof(csv));
		collected	c;
		int			bad;
		size_t		n = 0;

		n += (size_t) sprintf(csv, "ok\n");
		for (int i = 0; i < CSV_MAX_FIELDS + 1; i++)
			n += (size_t) sprintf(csv + n, "x,");
		memset(&c, 0, sizeof(c));
		CHECK(csv_parse(csv, n, buf, collect, &c, &bad) == CSV_TOO_MANY_FIELDS && bad == 2,
			  "too many fields: line %d", bad);
		free(buf);
	}
}

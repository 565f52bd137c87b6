/*
 * Fuzzes the docnum parser and the binary validator: whatever parses formats
 * to text that parses back to the same value, in canonical and display
 * form, and formatting is stable; any 8 bytes the validator accepts format
 * to text that parses back to them.  The one-pass fast path and the full
 * parser give the same answer on every input.
 */
#include <stdlib.h>
#include <string.h>

#include "docnum_core.h"
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	docnum_t	v,
				back;
	const char *hint = NULL;
	char		canon[DN_TEXT_MAX],
				again[DN_TEXT_MAX],
				disp[DN_TEXT_MAX];

	{
		docnum_t	full;

		if (docnum_parse_fast((const char *) data, size, &v))
			PROPERTY(docnum_parse_full((const char *) data, size, &full, NULL) == DN_OK && full == v,
					 "fast path read %016llx, the full parser disagrees", (unsigned long long) v);
	}
	if (memchr(data, '\0', size) == NULL)
	{
		/* the NUL-terminated entry, on a heap copy: ASan sees any read past the NUL */
		char	   *c = malloc(size + 1);
		docnum_t	a,
					b;
		bool		fa,
					fb;

		memcpy(c, data, size);
		c[size] = '\0';
		a = docnum_parse_fast_cstring(c);
		fa = a != 0;
		fb = docnum_parse_fast((const char *) data, size, &b);
		PROPERTY(fa == fb && (!fa || a == b), "the cstring and length entries disagree");
		free(c);
	}
	if (docnum_parse((const char *) data, size, &v, &hint) == DN_OK)
	{
		PROPERTY(docnum_is_valid(v), "parsed an invalid value %016llx", (unsigned long long) v);
		docnum_format(v, canon);
		PROPERTY(docnum_parse(canon, strlen(canon), &back, NULL) == DN_OK && back == v,
				 "canonical '%s' does not read back", canon);
		docnum_format(back, again);
		PROPERTY(strcmp(canon, again) == 0, "formatting is unstable: '%s' / '%s'", canon, again);
		docnum_format_display(v, disp);
		PROPERTY(docnum_parse(disp, strlen(disp), &back, NULL) == DN_OK && back == v,
				 "display '%s' does not read back", disp);
	}
	else
		PROPERTY(hint != NULL && hint[0] != '\0', "an error without a hint");

	if (size >= 8)
	{
		memcpy(&v, data, 8);
		if (docnum_is_valid(v))
		{
			docnum_format(v, canon);
			PROPERTY(docnum_parse(canon, strlen(canon), &back, NULL) == DN_OK && back == v,
					 "valid bits %016llx format to '%s', which does not read back",
					 (unsigned long long) v, canon);
		}
	}
	return 0;
}

/*
 * Fuzzes the operative-verb reader (src/calls) on arbitrary bytes: verbs
 * lie inside the input, in order, without overlap; every addressee part
 * lies inside the input after (active) or before (passive, perfect) its verb; a
 * second run with a smaller array counts the same verbs.
 */
#include <string.h>

#include "calls/calls.h"
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	/* an exact-size heap copy, so ASan sees a read one past the end */
	char	   *text = malloc(size ? size : 1);
	call_found	found[32];
	call_found	few[2];
	size_t		n,
				k,
				end = 0;
	char		who[64];

	memcpy(text, data, size);
	n = calls_find(text, size, found, 32);
	PROPERTY(calls_find(text, size, few, 2) == n, "verb count depends on the array size");
	for (k = 0; k < n && k < 32; k++)
	{
		const call_found *c = &found[k];
		size_t		w;

		PROPERTY(c->len > 0 && c->start + c->len <= size, "verb outside the input");
		PROPERTY(c->start >= end, "verbs overlap or out of order");
		end = c->start + c->len;
		PROPERTY(c->verb != NULL && c->verb[0] != '\0', "verb without a name");
		PROPERTY(c->who_start + c->who_len <= size, "addressee part outside the input");
		if (c->who_len > 0)
			PROPERTY((c->flags & (CALL_PASSIVE | CALL_PERFECT)) ? c->who_start + c->who_len <= c->start
					 : c->who_start >= c->start + c->len, "addressee part on the wrong side");
		w = calls_who_text(text, c, who, sizeof who);
		PROPERTY(w < sizeof who && strlen(who) == w, "addressee text not terminated");
	}
	free(text);
	return 0;
}

/*
 * match_srf.h: the set-returning side of docnums_in and deadlines_in.
 * An extractor fills a list of (value, byte start, byte length); the list
 * becomes rows (value, match text, 1-based character position).
 */
#ifndef PT_MATCH_SRF_H
#define PT_MATCH_SRF_H

#include "pg_compat.h"

typedef struct pt_matches pt_matches;

/* Runs the extraction on the first call: fill() gets the detoasted body. */
typedef void (*pt_fill_fn) (const char *data, size_t len, pt_matches *out, void *extra);

extern void pt_matches_add(pt_matches *ms, uint64 value, size_t start, size_t len);

/* body_arg: argument number of the text; NULL text gives no rows. */
extern Datum pt_matches_srf(FunctionCallInfo fcinfo, int body_arg, pt_fill_fn fill,
							void *extra);

#endif

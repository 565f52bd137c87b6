/*
 * calls_sql.c: the SQL face of src/calls (operative verbs and addressee
 * parts).  calls_in(text) -> (verb, kind, addressees, pos) materialized into
 * a tuplestore; operative_verbs(text) -> text[], the distinct verbs in order.
 */
#include "pg_compat.h"

#include "calls/calls.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

/* every verb of the text, in a palloc'd array; *n their number */
static call_found *
find_all(const char *data, size_t len, size_t *n)
{
	size_t		cap = 64;
	call_found *found = palloc(sizeof(call_found) * cap);

	*n = calls_find(data, len, found, cap);
	if (*n > cap)
	{
		cap = *n;
		found = repalloc(found, sizeof(call_found) * cap);
		*n = calls_find(data, len, found, cap);
	}
	return found;
}

static const char *
kind_of(unsigned flags)
{
	if (flags & CALL_PASSIVE)
		return "passive call";
	if (flags & CALL_VERB)
		return "call";
	if (flags & CALL_PREAMBLE)
		return "preamble";
	return "statement";
}

PG_FUNCTION_INFO_V1(pt_calls_in);
Datum
pt_calls_in(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	const char *data = VARDATA_ANY(body);
	size_t		len = VARSIZE_ANY_EXHDR(body);
	MemoryContext oldcontext;
	TupleDesc	desc;
	Tuplestorestate *store;
	call_found *found;
	size_t		n;
	char	   *who;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_Materialize) == 0)
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("calls_in() must be called where a set of rows is accepted"));
	oldcontext = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("calls_in() must return a record"));
	desc = CreateTupleDescCopy(desc);
	store = tuplestore_begin_heap(true, false, work_mem);
	MemoryContextSwitchTo(oldcontext);

	found = find_all(data, len, &n);
	who = palloc(400);
	for (size_t k = 0; k < n; k++)
	{
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};
		size_t		wl;

		CHECK_FOR_INTERRUPTS();
		values[0] = CStringGetTextDatum(found[k].verb);
		values[1] = CStringGetTextDatum(kind_of(found[k].flags));
		wl = calls_who_text(data, &found[k], who, 400);
		if (found[k].flags & CALL_VERB)
			values[2] = PointerGetDatum(cstring_to_text_with_len(who, (int) wl));
		else
			nulls[2] = true;
		/* 1-based character position, as docnums_in gives it */
		values[3] = Int32GetDatum(pg_mbstrlen_with_len(data, (int) found[k].start) + 1);
		tuplestore_putvalues(store, desc, values, nulls);
	}
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = store;
	rsinfo->setDesc = desc;
	return (Datum) 0;
}

PG_FUNCTION_INFO_V1(pt_operative_verbs);
Datum
pt_operative_verbs(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	size_t		n,
				kept = 0;
	call_found *found = find_all(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), &n);
	Datum	   *elems = palloc(sizeof(Datum) * (n ? n : 1));
	const char **verbs = palloc(sizeof(char *) * (n ? n : 1));

	/* distinct, in the order of first appearance (at most the lexicon's size) */
	for (size_t k = 0; k < n; k++)
	{
		bool		seen = false;

		for (size_t j = 0; j < kept && !seen; j++)
			seen = strcmp(verbs[j], found[k].verb) == 0;
		if (!seen)
		{
			verbs[kept] = found[k].verb;
			elems[kept++] = CStringGetTextDatum(found[k].verb);
		}
	}
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, (int) kept, TEXTOID, -1, false, TYPALIGN_INT));
}

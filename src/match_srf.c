/*
 * match_srf.c: rows for docnums_in and deadlines_in (see match_srf.h).
 *
 * All matches are found on the first call, into the SRF's memory; the body
 * is detoasted once (a 50 MB text must not be detoasted per row), and
 * character positions are counted incrementally since matches come in text
 * order.
 */
#include "match_srf.h"

#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

typedef struct pt_match
{
	uint64		value;
	size_t		start;
	size_t		len;
	int32		pos;
} pt_match;

struct pt_matches
{
	const char *data;
	pt_match   *items;
	int			n;
	int			cap;
	size_t		last_byte;
	int32		last_char;
	bool		utf8;			/* database encoding is UTF-8 */
};

/*
 * Characters in n bytes of server text.  In UTF-8 they are the bytes that do
 * not continue a character: a loop the compiler vectorizes, where
 * pg_mbstrlen_with_len calls pg_mblen per character.  Positions are counted
 * up to the last match, so on long texts this is a full pass (bench/).
 */
static int32
char_count(const char *p, size_t n, bool utf8)
{
	int32		count = 0;

	if (!utf8)
		return pg_mbstrlen_with_len(p, (int) n);
	for (size_t i = 0; i < n; i++)
		count += ((unsigned char) p[i] & 0xC0) != 0x80;
	return count;
}

/* the most matches one call returns: what one allocation (1 GB) holds */
#define PT_MAX_MATCHES ((int) (MaxAllocSize / sizeof(pt_match)))

void
pt_matches_add(pt_matches *ms, uint64 value, size_t start, size_t len)
{
	if (ms->n == ms->cap)
	{
		if (ms->cap >= PT_MAX_MATCHES)
			ereport(ERROR,
					errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					errmsg("more than %d matches in one text", PT_MAX_MATCHES),
					errhint("Split the text and call the function on each part."));
		ms->cap = ms->cap > PT_MAX_MATCHES / 2 ? PT_MAX_MATCHES : ms->cap * 2;
		ms->items = repalloc(ms->items, sizeof(pt_match) * ms->cap);
	}
	if (start >= ms->last_byte)
	{
		ms->last_char += char_count(ms->data + ms->last_byte, start - ms->last_byte, ms->utf8);
		ms->last_byte = start;
	}
	ms->items[ms->n].value = value;
	ms->items[ms->n].start = start;
	ms->items[ms->n].len = len;
	ms->items[ms->n].pos = ms->last_char + 1;
	ms->n++;
}

Datum
pt_matches_srf(FunctionCallInfo fcinfo, int body_arg, pt_fill_fn fill, void *extra)
{
	FuncCallContext *funcctx;
	pt_matches *ms;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext oldcontext;
		TupleDesc	tupdesc;

		funcctx = SRF_FIRSTCALL_INIT();
		oldcontext = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR,
					errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					errmsg("set-valued function called in a context that does not accept a record"));
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);
		ms = palloc0(sizeof(pt_matches));
		ms->cap = 16;
		ms->utf8 = GetDatabaseEncoding() == PG_UTF8;
		ms->items = palloc(sizeof(pt_match) * ms->cap);
		if (!PG_ARGISNULL(body_arg))
		{
			text	   *body = PG_GETARG_TEXT_PP(body_arg);

			ms->data = VARDATA_ANY(body);
			fill(ms->data, VARSIZE_ANY_EXHDR(body), ms, extra);
		}
		funcctx->user_fctx = ms;
		funcctx->max_calls = ms->n;
		MemoryContextSwitchTo(oldcontext);
	}

	funcctx = SRF_PERCALL_SETUP();
	ms = (pt_matches *) funcctx->user_fctx;
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		const pt_match *m = &ms->items[funcctx->call_cntr];
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		values[0] = Int64GetDatum((int64) m->value);
		values[1] = PointerGetDatum(cstring_to_text_with_len(ms->data + m->start, (int) m->len));
		values[2] = Int32GetDatum(m->pos);
		SRF_RETURN_NEXT(funcctx,
						HeapTupleGetDatum(heap_form_tuple(funcctx->tuple_desc, values, nulls)));
	}
	SRF_RETURN_DONE(funcctx);
}

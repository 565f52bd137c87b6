/*
 * docread_sql.c: read_document(text), the SQL face of the document reader
 * (src/docread/): one row per item of the structure, in document order,
 * materialized into a tuplestore.  The reader allocates from the current
 * memory context (palloc) and frees nothing; the whole lot goes with the
 * call's context.
 */
#include "pg_compat.h"

#include "docread/docread.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#define READ_DOCUMENT_COLS 16

static void *
dr_palloc(void *ctx, size_t n)
{
	(void) ctx;
	/* the reader asks for O(input) bytes; inputs up to 1 GB need huge allocations */
	return palloc_extended(n, MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

static const char *
layout_name(int layout)
{
	switch (layout)
	{
		case DR_LAYOUT_MARKDOWN:
			return "markdown";
		case DR_LAYOUT_PDFTOTEXT:
			return "pdftotext";
		case DR_LAYOUT_PDFTOTEXT_LAYOUT:
			return "pdftotext -layout";
		case DR_LAYOUT_PDFMINER:
			return "pdfminer";
		case DR_LAYOUT_OCR:
			return "ocr";
		default:
			return "unknown";
	}
}

static Datum
text_or_null(const char *s, bool *isnull)
{
	if (s == NULL)
	{
		*isnull = true;
		return (Datum) 0;
	}
	return CStringGetTextDatum(s);
}

PG_FUNCTION_INFO_V1(pt_read_document);
Datum
pt_read_document(PG_FUNCTION_ARGS)
{
	text	   *body = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext oldcontext;
	TupleDesc	desc;
	Tuplestorestate *store;
	dr_doc		doc;
	int			rc;
	Datum		values[READ_DOCUMENT_COLS];
	bool		nulls[READ_DOCUMENT_COLS];

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_Materialize) == 0)
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("read_document() must be called where a set of rows is accepted"));
	oldcontext = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("read_document() must return a record"));
	desc = CreateTupleDescCopy(desc);
	store = tuplestore_begin_heap(true, false, work_mem);
	MemoryContextSwitchTo(oldcontext);

	rc = dr_read(VARDATA_ANY(body), VARSIZE_ANY_EXHDR(body), dr_palloc, NULL, &doc);
	if (rc == DR_ETOOBIG)
		ereport(ERROR,
				errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				errmsg("document text too long to read: %zu bytes", (size_t) VARSIZE_ANY_EXHDR(body)),
				errhint("The reader takes texts up to 1 GB."));
	if (rc == DR_ENOMEM)
		ereport(ERROR,
				errcode(ERRCODE_OUT_OF_MEMORY),
				errmsg("out of memory reading a document of %zu bytes", (size_t) VARSIZE_ANY_EXHDR(body)));
	if (rc != DR_OK)
		ereport(ERROR,
				errcode(ERRCODE_INTERNAL_ERROR),
				errmsg("document reader failed: %s", dr_strerror(rc)));

	/* first row: what the text looks like it came from */
	memset(nulls, true, sizeof(nulls));
	values[0] = Int32GetDatum(0);
	nulls[0] = false;
	values[1] = CStringGetTextDatum("meta");
	nulls[1] = false;
	values[2] = CStringGetTextDatum("layout");
	nulls[2] = false;
	values[15] = CStringGetTextDatum(layout_name(doc.layout));
	nulls[15] = false;
	tuplestore_putvalues(store, desc, values, nulls);

	for (int i = 0; i < doc.nitems; i++)
	{
		const dr_item *it = &doc.items[i];

		CHECK_FOR_INTERRUPTS();
		memset(nulls, false, sizeof(nulls));
		values[0] = Int32GetDatum(i + 1);
		values[1] = CStringGetTextDatum(dr_kind_name(it->kind));
		values[2] = text_or_null(it->field, &nulls[2]);
		values[3] = Int32GetDatum(it->number);
		nulls[3] = it->number == 0;
		values[4] = Int32GetDatum(it->item);
		values[5] = Int32GetDatum(it->sub);
		values[6] = Int32GetDatum(it->recital);
		nulls[6] = it->recital == 0;
		values[7] = text_or_null(it->label, &nulls[7]);
		values[8] = text_or_null(it->chapter, &nulls[8]);
		values[9] = BoolGetDatum(it->preamble != 0);
		values[10] = BoolGetDatum(it->in_note != 0);
		values[11] = Int32GetDatum(it->footnote);
		nulls[11] = it->kind != DR_FOOTNOTE;
		values[12] = BoolGetDatum(it->placed != 0);
		nulls[12] = it->kind != DR_FOOTNOTE;
		if (it->nmarkers > 0)
		{
			Datum	   *m = palloc(sizeof(Datum) * it->nmarkers);

			for (int k = 0; k < it->nmarkers; k++)
				m[k] = Int32GetDatum(it->markers[k]);
			values[13] = PointerGetDatum(construct_array(m, it->nmarkers, INT4OID, 4, true, TYPALIGN_INT));
		}
		else
			nulls[13] = true;
		values[14] = Int32GetDatum(it->line);
		if (it->kind == DR_CHAPTER && it->chapter_title && it->chapter_title[0])
			values[15] = CStringGetTextDatum(it->chapter_title);
		else
			values[15] = PointerGetDatum(cstring_to_text_with_len(it->text, (int) it->len));
		tuplestore_putvalues(store, desc, values, nulls);
	}
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = store;
	rsinfo->setDesc = desc;
	return (Datum) 0;
}

/*
 * csv.c: csv_records(text) -> (line int, fields text[]), the rows of a CSV
 * text for load_action_plan, read by csv_core.c.  Materialized into a
 * tuplestore, which spills to disk past work_mem, so a big file costs
 * bounded memory.
 */
#include "pg_compat.h"

#include "csv_core.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

typedef struct
{
	Tuplestorestate *store;
	TupleDesc	desc;
	Datum	   *elems;
} csv_rows;

static bool
add_record(void *arg, int line, int nfields, const char *const *fields, const size_t *lens)
{
	csv_rows   *rows = arg;
	Datum		values[2];
	bool		nulls[2] = {false, false};

	CHECK_FOR_INTERRUPTS();
	for (int i = 0; i < nfields; i++)
		rows->elems[i] = PointerGetDatum(cstring_to_text_with_len(fields[i], (int) lens[i]));
	values[0] = Int32GetDatum(line);
	values[1] = PointerGetDatum(construct_array(rows->elems, nfields, TEXTOID, -1, false, TYPALIGN_INT));
	tuplestore_putvalues(rows->store, rows->desc, values, nulls);
	for (int i = 0; i < nfields; i++)
		pfree(DatumGetPointer(rows->elems[i]));
	pfree(DatumGetPointer(values[1]));
	return true;
}

PG_FUNCTION_INFO_V1(csv_records);
Datum
csv_records(PG_FUNCTION_ARGS)
{
	text	   *csv = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext oldcontext;
	csv_rows	rows;
	size_t		len = VARSIZE_ANY_EXHDR(csv);
	char	   *buf;
	int			bad_line;
	csv_status	st;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_Materialize) == 0)
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("csv_records() must be called where a set of rows is accepted"));
	oldcontext = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	if (get_call_result_type(fcinfo, NULL, &rows.desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("csv_records() must return a record"));
	rows.desc = CreateTupleDescCopy(rows.desc);
	rows.store = tuplestore_begin_heap(true, false, work_mem);
	MemoryContextSwitchTo(oldcontext);
	rows.elems = palloc(sizeof(Datum) * CSV_MAX_FIELDS);
	buf = palloc(len + 1);

	st = csv_parse(VARDATA_ANY(csv), len, buf, add_record, &rows, &bad_line);
	if (st == CSV_UNTERMINATED)
		ereport(ERROR,
				errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
				errmsg("unterminated quoted field in CSV record starting on line %d", bad_line));
	if (st == CSV_TOO_MANY_FIELDS)
		ereport(ERROR,
				errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				errmsg("CSV record starting on line %d has more than %d fields", bad_line,
					   CSV_MAX_FIELDS));
	pfree(buf);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = rows.store;
	rsinfo->setDesc = rows.desc;
	return (Datum) 0;
}

/*
 * document_visible.c: the visibility check that Citus's row-level security
 * policies call once per row of the document side (paragraph tables and
 * reference), with the answer for each document remembered for the rest of
 * the query.
 *
 * Citus refuses a policy with a subquery, so on a cluster the paragraph
 * tables and reference allow a row when document_visible(document) is true:
 * a read of document with the caller's rights, which document's own policy
 * filters by marking.  As a SQL function that read cost a query per row
 * (about 0.4 ms on a worker, where it goes through Citus's planner): an
 * analyst's count of a million references took minutes.  A query reads the
 * rows of few documents (a shard holds the paragraphs and citations of a
 * few hundred), so each document is looked up once per query and the answer
 * kept in a hash table that lives as long as the expression that calls the
 * function (fn_extra, in the query's memory): the next query looks again.
 *
 * Within one query the answer cannot change: the lookup runs read-only in
 * the query's snapshot, as the SQL body did.  The table is emptied whenever
 * the snapshot or the current user differ from those it was filled under:
 * an expression that outlives a statement (a PL/pgSQL IF calling the
 * function directly) then looks again, as does a role that a function in
 * the same query took with SET ROLE.  Two snapshots with the same xmin, xmax,
 * number of running transactions and command id see the same rows: a commit
 * in between would have removed a running transaction or moved xmax.
 */
#include "pg_compat.h"

#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

/* more documents than this in one query: start afresh (bounded memory) */
#define VISIBLE_MEMO_MAX 262144

typedef struct VisibleEntry
{
	int64		doc;			/* the docnum, by value */
	bool		visible;
} VisibleEntry;

typedef struct MemoKey
{
	Oid			user;
	TransactionId xmin;
	TransactionId xmax;
	uint32		xcnt;
	CommandId	curcid;
} MemoKey;

typedef struct VisibleMemo
{
	MemoKey		key;
	HTAB	   *seen;
	MemoryContext cxt;
	char	   *query;			/* the lookup, names qualified */
	Oid			argtype;		/* docnum */
} VisibleMemo;

static MemoKey
current_key(void)
{
	MemoKey		k;
	Snapshot	snap = ActiveSnapshotSet() ? GetActiveSnapshot() : NULL;

	memset(&k, 0, sizeof(k));
	k.user = GetUserId();
	if (snap != NULL)
	{
		k.xmin = snap->xmin;
		k.xmax = snap->xmax;
		k.xcnt = snap->xcnt;
		k.curcid = snap->curcid;
	}
	return k;
}

static HTAB *
memo_table(VisibleMemo *memo)
{
	HASHCTL		ctl;

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(int64);
	ctl.entrysize = sizeof(VisibleEntry);
	ctl.hcxt = memo->cxt;
	return hash_create("document_visible memo", 1024, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

static VisibleMemo *
memo_of(FunctionCallInfo fcinfo)
{
	VisibleMemo *memo = (VisibleMemo *) fcinfo->flinfo->fn_extra;

	if (memo == NULL)
	{
		Oid			fn = fcinfo->flinfo->fn_oid;
		Oid		   *argtypes;
		int			nargs;
		const char *nsp;

		memo = MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(VisibleMemo));
		memo->cxt = AllocSetContextCreate(fcinfo->flinfo->fn_mcxt, "document_visible memo",
										  ALLOCSET_DEFAULT_SIZES);
		/* the table and the operator are the extension's: where the function is */
		nsp = quote_identifier(get_namespace_name(get_func_namespace(fn)));
		(void) get_func_signature(fn, &argtypes, &nargs);
		if (nargs != 1)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_FUNCTION_DEFINITION),
					 errmsg("document_visible takes one argument, this definition has %d", nargs)));
		memo->argtype = argtypes[0];
		memo->query = MemoryContextStrdup(fcinfo->flinfo->fn_mcxt,
										  psprintf("SELECT EXISTS (SELECT 1 FROM %s.document AS d "
												   "WHERE d.ref OPERATOR(%s.=) $1)", nsp, nsp));
		memo->key = current_key();
		memo->seen = memo_table(memo);
		fcinfo->flinfo->fn_extra = memo;
	}
	else
	{
		MemoKey		now = current_key();

		if (memcmp(&now, &memo->key, sizeof(now)) != 0 ||
			hash_get_num_entries(memo->seen) >= VISIBLE_MEMO_MAX)
		{
			MemoryContextReset(memo->cxt);
			memo->key = now;
			memo->seen = memo_table(memo);
		}
	}
	return memo;
}

/*
 * One lookup, with the caller's rights.  On a Citus worker document is a
 * reference table read from inside a shard's query, which Citus allows only
 * with citus.allow_nested_distributed_execution: set for the lookup alone
 * (and only where Citus defines it), as the SQL function's SET clause did.
 */
static bool
lookup(VisibleMemo *memo, Datum doc)
{
	Datum		values[1] = {doc};
	bool		visible = false;
	bool		isnull;
	int			nest = -1;
	int			rc;

	if (GetConfigOption("citus.allow_nested_distributed_execution", true, false) != NULL)
	{
		nest = NewGUCNestLevel();
		(void) set_config_option("citus.allow_nested_distributed_execution", "on",
								 PGC_USERSET, PGC_S_SESSION, GUC_ACTION_SAVE, true, 0, false);
	}
	if (SPI_connect() != SPI_OK_CONNECT)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("document_visible could not connect to SPI")));
	rc = SPI_execute_with_args(memo->query, 1, &memo->argtype, values, NULL, true, 1);
	if (rc != SPI_OK_SELECT || SPI_processed != 1)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("document_visible: the lookup of the document failed (SPI code %d)", rc)));
	visible = DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)) && !isnull;
	SPI_finish();
	if (nest >= 0)
		AtEOXact_GUC(true, nest);
	return visible;
}

PG_FUNCTION_INFO_V1(pt_document_visible);
Datum
pt_document_visible(PG_FUNCTION_ARGS)
{
	VisibleMemo *memo;
	VisibleEntry *e;
	int64		doc;
	bool		found;

	if (PG_ARGISNULL(0))
		PG_RETURN_BOOL(false);
	doc = PG_GETARG_INT64(0);
	memo = memo_of(fcinfo);
	e = (VisibleEntry *) hash_search(memo->seen, &doc, HASH_FIND, NULL);
	if (e != NULL)
		PG_RETURN_BOOL(e->visible);
	{
		bool		visible = lookup(memo, PG_GETARG_DATUM(0));

		e = (VisibleEntry *) hash_search(memo->seen, &doc, HASH_ENTER, &found);
		e->visible = visible;
		PG_RETURN_BOOL(visible);
	}
}

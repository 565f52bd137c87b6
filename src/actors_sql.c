/*
 * actors_sql.c: actors_in(text), the SQL face of src/actors.  The matcher
 * is built from the actor table through SPI (with the caller's rights) and
 * kept for as long as a read would see the same rows.
 *
 * Why not a relcache callback: relcache invalidations come from DDL, never
 * from INSERT/UPDATE/DELETE, so they cannot say that the vocabulary changed.
 * Instead the cache is keyed by what decides which rows a read sees: the
 * table, the user, and the snapshot (xmin, xmax, the in-progress xids, the
 * command id); the key is forgotten at the end of every transaction and at
 * the abort of a subtransaction (whose own rows then vanish under an
 * unchanged snapshot).  Two reads under equal keys see the same rows, so a
 * cached answer is always the one the plpgsql function gave.  In one
 * statement (an import, a plan load) the table is read once.
 *
 * Under a new key the matcher is not rebuilt when the table still holds
 * what it was built from: the columns the aliases come from (name,
 * short_name, aliases) are read as they are stored, in the order of the
 * scan, and compared byte for byte with the rows the matcher was built
 * from.  Equal bytes are equal rows, and the build depends on nothing else,
 * so the answer is the one a rebuild would give.  That read is a plain scan
 * of a few hundred rows; the build (a UNION per actor, a sort of every
 * alias, the matcher's tables) costs about ten times more, and every
 * statement that writes (each import of 1,000 in one statement, or one
 * import per transaction) gives the next one a new command id or snapshot.
 *
 * Row-level security on actor could make rows depend on more than that
 * (other tables, settings): when it is enabled the table is read at every
 * call and nothing is kept.  Privileges are checked again at every call.
 *
 * search_path: the queries name everything with its schema (the
 * extension's schema is the function's own) and their operators as
 * OPERATOR(pg_catalog.x), so a caller's search_path cannot redirect them.
 */
#include "pg_compat.h"

#include "actors/actors.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rls.h"
#include "utils/snapmgr.h"
#include "utils/snapshot.h"
#include "utils/tuplestore.h"

typedef struct actors_cache
{
	bool		valid;			/* the key below is the current one */
	Oid			relid;
	Oid			userid;
	TransactionId xmin;
	TransactionId xmax;
	uint32		xcnt;
	TransactionId *xip;
	int32		subxcnt;
	TransactionId *subxip;
	bool		suboverflowed;
	CommandId	curcid;
	uint32		xip_cap;		/* room in xip and subxip */
	int32		subxip_cap;
	actors_matcher *matcher;	/* NULL: nothing kept */
	char	  **names;			/* the actor of each alias row */
	char	   *rows;			/* what it was built from (read_rows) */
	int			rows_len;
} actors_cache;

static MemoryContext cache_cxt = NULL;
static actors_cache cache;

static void *
cxt_alloc(void *ctx, size_t n)
{
	return MemoryContextAllocExtended((MemoryContext) ctx, n,
									  MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

static void
drop_cache(void)
{
	cache.valid = false;
	cache.matcher = NULL;
	cache.names = NULL;
	cache.rows = NULL;
	cache.rows_len = 0;
	cache.xip = NULL;
	cache.subxip = NULL;
	cache.xip_cap = 0;
	cache.subxip_cap = 0;
	if (cache_cxt != NULL)
		MemoryContextReset(cache_cxt);
}

/* the matcher stays; the next call compares the rows before using it */
static void
actors_xact_callback(XactEvent event, void *arg)
{
	cache.valid = false;
}

static void
actors_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
						SubTransactionId parentSubid, void *arg)
{
	if (event == SUBXACT_EVENT_ABORT_SUB)
		cache.valid = false;
}

/* the snapshot's key, into memory that lives as long as the matcher */
static void
set_key(Oid relid, Oid userid, Snapshot snap)
{
	if (cache.xip == NULL || cache.xip_cap < snap->xcnt + 1)
	{
		cache.xip_cap = snap->xcnt + 1;
		cache.xip = MemoryContextAlloc(cache_cxt, sizeof(TransactionId) * cache.xip_cap);
	}
	if (cache.subxip == NULL || cache.subxip_cap < Max(snap->subxcnt, 0) + 1)
	{
		cache.subxip_cap = Max(snap->subxcnt, 0) + 1;
		cache.subxip = MemoryContextAlloc(cache_cxt, sizeof(TransactionId) * cache.subxip_cap);
	}
	cache.relid = relid;
	cache.userid = userid;
	cache.xmin = snap->xmin;
	cache.xmax = snap->xmax;
	cache.curcid = snap->curcid;
	cache.xcnt = snap->xcnt;
	cache.subxcnt = snap->subxcnt;
	cache.suboverflowed = snap->suboverflowed;
	if (snap->xcnt > 0)
		memcpy(cache.xip, snap->xip, sizeof(TransactionId) * snap->xcnt);
	if (snap->subxcnt > 0)
		memcpy(cache.subxip, snap->subxip, sizeof(TransactionId) * snap->subxcnt);
	cache.valid = true;
}

static bool
same_key(Oid relid, Oid userid, Snapshot snap)
{
	return cache.valid && cache.relid == relid && cache.userid == userid &&
		cache.xmin == snap->xmin && cache.xmax == snap->xmax &&
		cache.curcid == snap->curcid && cache.xcnt == snap->xcnt &&
		cache.subxcnt == snap->subxcnt && cache.suboverflowed == snap->suboverflowed &&
		(snap->xcnt == 0 || memcmp(cache.xip, snap->xip, sizeof(TransactionId) * snap->xcnt) == 0) &&
		(snap->subxcnt <= 0 ||
		 memcmp(cache.subxip, snap->subxip, sizeof(TransactionId) * snap->subxcnt) == 0);
}

/*
 * Connects to SPI and runs a read of the actor table (SPI_finish is the
 * caller's).  Neither can fail short of a server fault: an internal error,
 * said as such.
 */
static void
select_actors(const char *query)
{
	if (SPI_connect() != SPI_OK_CONNECT)
		ereport(ERROR, errcode(ERRCODE_INTERNAL_ERROR),
				errmsg("actors_in could not connect to SPI to read the actor table"));
	if (SPI_execute(query, true, 0) != SPI_OK_SELECT)
		ereport(ERROR, errcode(ERRCODE_INTERNAL_ERROR),
				errmsg("actors_in could not read the actor table"));
}

/*
 * The columns the aliases come from, as stored (detoasted), in the order of
 * a scan, into buf: per value a null flag, then its length and bytes.
 */
static void
read_rows(Oid nsp, StringInfo buf)
{
	char	   *query;
	uint64		n;

	query = psprintf("SELECT a.name, a.short_name, a.aliases FROM %s.actor AS a",
					 quote_identifier(get_namespace_name(nsp)));
	select_actors(query);
	n = SPI_processed;
	appendBinaryStringInfo(buf, (const char *) &n, sizeof(n));
	for (uint64 k = 0; k < n; k++)
	{
		for (int col = 1; col <= 3; col++)
		{
			bool		isnull;
			Datum		d = SPI_getbinval(SPI_tuptable->vals[k], SPI_tuptable->tupdesc, col, &isnull);
			char		flag = isnull ? 0 : 1;

			appendBinaryStringInfo(buf, &flag, 1);
			if (!isnull)
			{
				struct varlena *v = pg_detoast_datum_packed((struct varlena *) DatumGetPointer(d));
				uint32		len = VARSIZE_ANY_EXHDR(v);

				appendBinaryStringInfo(buf, (const char *) &len, sizeof(len));
				appendBinaryStringInfo(buf, VARDATA_ANY(v), len);
			}
		}
	}
	SPI_finish();
}

/* the aliases, as the plpgsql function ordered them, into a matcher in cxt */
static actors_matcher *
read_actors(Oid nsp, MemoryContext cxt, char ***names_out)
{
	char	   *query;
	uint64		n;
	actors_alias *aliases;
	char	  **names;
	actors_matcher *m;

	query = psprintf("SELECT x.alias, a.name FROM %s.actor AS a, "
					 "LATERAL (SELECT a.name AS alias UNION SELECT a.short_name "
					 "UNION SELECT pg_catalog.unnest(a.aliases)) AS x "
					 "WHERE x.alias IS NOT NULL AND x.alias OPERATOR(pg_catalog.<>) '' "
					 "ORDER BY pg_catalog.length(x.alias) DESC, x.alias",
					 quote_identifier(get_namespace_name(nsp)));
	elog(DEBUG2, "actors_in: reading the actor table");
	select_actors(query);
	n = SPI_processed;
	aliases = MemoryContextAllocExtended(cxt, sizeof(actors_alias) * (n + 1), MCXT_ALLOC_HUGE);
	names = MemoryContextAllocExtended(cxt, sizeof(char *) * (n + 1), MCXT_ALLOC_HUGE);
	for (uint64 k = 0; k < n; k++)
	{
		HeapTuple	tup = SPI_tuptable->vals[k];
		TupleDesc	td = SPI_tuptable->tupdesc;
		char	   *alias = SPI_getvalue(tup, td, 1);
		char	   *name = SPI_getvalue(tup, td, 2);

		aliases[k].text = MemoryContextStrdup(cxt, alias);
		aliases[k].len = strlen(alias);
		aliases[k].actor = (int) k;
		names[k] = MemoryContextStrdup(cxt, name);
	}
	SPI_finish();
	m = actors_build(aliases, (size_t) n, cxt_alloc, cxt);
	if (m == NULL)
		ereport(ERROR, errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory"));
	*names_out = names;
	return m;
}

PG_FUNCTION_INFO_V1(pt_actors_in);
Datum
pt_actors_in(PG_FUNCTION_ARGS)
{
	text	   *cell = PG_GETARG_TEXT_PP(0);
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Oid			nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	Oid			relid = get_relname_relid("actor", nsp);
	Oid			userid = GetUserId();
	Snapshot	snap = GetActiveSnapshot();
	MemoryContext oldcontext;
	TupleDesc	desc;
	Tuplestorestate *store;
	actors_matcher *m;
	char	  **names;
	actors_result res;

	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_Materialize) == 0)
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("actors_in() must be called where a set of rows is accepted"));
	if (!OidIsValid(relid))
		ereport(ERROR,
				errcode(ERRCODE_UNDEFINED_TABLE),
				errmsg("actors_in(): table actor not found in schema %s",
					   get_namespace_name(nsp)));
	oldcontext = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	if (get_call_result_type(fcinfo, NULL, &desc) != TYPEFUNC_COMPOSITE)
		ereport(ERROR,
				errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				errmsg("actors_in() must return a record"));
	desc = CreateTupleDescCopy(desc);
	store = tuplestore_begin_heap(true, false, work_mem);
	MemoryContextSwitchTo(oldcontext);

	if (cache_cxt == NULL)
	{
		cache_cxt = AllocSetContextCreate(TopMemoryContext, "policy_tracker actors_in",
										  ALLOCSET_DEFAULT_SIZES);
		RegisterXactCallback(actors_xact_callback, NULL);
		RegisterSubXactCallback(actors_subxact_callback, NULL);
	}

	if (snap != NULL &&
		check_enable_rls(relid, InvalidOid, true) != RLS_ENABLED &&
		pg_class_aclcheck(relid, userid, ACL_SELECT) == ACLCHECK_OK)
	{
		if (!same_key(relid, userid, snap))
		{
			StringInfoData rows;

			/* in this call's memory: compared, and kept only when rebuilt */
			initStringInfo(&rows);
			read_rows(nsp, &rows);
			if (cache.matcher == NULL || rows.len != cache.rows_len ||
				memcmp(rows.data, cache.rows, rows.len) != 0)
			{
				drop_cache();
				cache.matcher = read_actors(nsp, cache_cxt, &cache.names);
				cache.rows = MemoryContextAlloc(cache_cxt, rows.len + 1);
				memcpy(cache.rows, rows.data, rows.len);
				cache.rows_len = rows.len;
			}
			pfree(rows.data);
			set_key(relid, userid, snap);
		}
		m = cache.matcher;
		names = cache.names;
	}
	else
		/* not cacheable: read with the caller's rights, into this call's memory */
		m = read_actors(nsp, CurrentMemoryContext, &names);

	if (actors_find(m, VARDATA_ANY(cell), VARSIZE_ANY_EXHDR(cell), cxt_alloc,
					CurrentMemoryContext, &res) != 0)
		ereport(ERROR, errcode(ERRCODE_OUT_OF_MEMORY), errmsg("out of memory"));

	for (size_t k = 0; k < res.nhits; k++)
	{
		const actors_hit *h = &res.hits[k];
		Datum		values[4];
		bool		nulls[4] = {false, false, false, false};

		CHECK_FOR_INTERRUPTS();
		if (h->actor >= 0)
			values[0] = CStringGetTextDatum(names[h->actor]);
		else
			nulls[0] = true;
		switch (h->qualifier)
		{
			case ACTORS_Q_SUPPORT:
				values[1] = CStringGetTextDatum("support");
				break;
			case ACTORS_Q_INCLUDING:
				values[1] = CStringGetTextDatum("including");
				break;
			case ACTORS_Q_UNKNOWN:
				values[1] = CStringGetTextDatum("unknown");
				break;
			default:
				nulls[1] = true;
		}
		values[2] = PointerGetDatum(cstring_to_text_with_len(res.text + h->start, (int) h->len));
		values[3] = Int32GetDatum((int32) h->pos);
		tuplestore_putvalues(store, desc, values, nulls);
	}
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = store;
	rsinfo->setDesc = desc;
	return (Datum) 0;
}

/*
 * docnum.c: the SQL type docnum, thin fmgr wrappers around docnum_core.c.
 *
 * A docnum is a uint64 stored like int8 (8 bytes, by value where int8 is),
 * as contrib/isn stores ean13: input normalizes, so equality and order are
 * integer equality and order.
 */
#include "pg_compat.h"

#include "docnum_core.h"

#include "common/hashfn.h"
#include "funcapi.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"

#define PG_GETARG_DOCNUM(n) ((docnum_t) PG_GETARG_INT64(n))
#define PG_RETURN_DOCNUM(x) PG_RETURN_INT64((int64) (x))

/* Report a parse failure; returns false when it was reported softly. */
static bool
report_parse_error(dn_status st, const char *input, const char *hint,
				   Node *escontext)
{
	if (st == DN_ERR_RANGE)
		errsave(escontext,
				errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				errmsg("value \"%s\" is out of range for type %s", input, "docnum"),
				errhint("%s", hint));
	else
		errsave(escontext,
				errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				errmsg("invalid input syntax for type %s: \"%s\"", "docnum", input),
				errhint("%s", hint));
	return false;
}

PG_FUNCTION_INFO_V1(docnum_in);
Datum
docnum_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	docnum_t	v;
	const char *hint = NULL;
	dn_status	st = docnum_parse(str, strlen(str), &v, &hint);

	if (st != DN_OK)
	{
		report_parse_error(st, str, hint, fcinfo->context);
		PG_RETURN_NULL();
	}
	PG_RETURN_DOCNUM(v);
}

PG_FUNCTION_INFO_V1(docnum_out);
Datum
docnum_out(PG_FUNCTION_ARGS)
{
	char		buf[DN_TEXT_MAX];

	docnum_format(PG_GETARG_DOCNUM(0), buf);
	PG_RETURN_CSTRING(pstrdup(buf));
}

/*
 * Binary input checks what text input would: a value no string can produce
 * (bad series, reserved bits, gaps in the chain) is refused, so binary COPY
 * cannot smuggle one in.
 */
PG_FUNCTION_INFO_V1(docnum_recv);
Datum
docnum_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	docnum_t	v = (docnum_t) pq_getmsgint64(buf);

	if (!docnum_is_valid(v))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				errmsg("invalid external docnum value 0x%016llx", (unsigned long long) v),
				errhint("The binary form is the 8-byte big-endian integer sent by docnum_send."));
	PG_RETURN_DOCNUM(v);
}

PG_FUNCTION_INFO_V1(docnum_send);
Datum
docnum_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, (int64) PG_GETARG_DOCNUM(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* ---- comparison: values are canonical, so integer comparison is exact ---- */

static inline int
docnum_cmp_internal(docnum_t a, docnum_t b)
{
	return a < b ? -1 : (a > b ? 1 : 0);
}

PG_FUNCTION_INFO_V1(docnum_cmp);
Datum
docnum_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(docnum_cmp_internal(PG_GETARG_DOCNUM(0), PG_GETARG_DOCNUM(1)));
}

#define DOCNUM_CMP_FN(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL(PG_GETARG_DOCNUM(0) op PG_GETARG_DOCNUM(1)); \
}

DOCNUM_CMP_FN(docnum_eq, ==)
DOCNUM_CMP_FN(docnum_ne, !=)
DOCNUM_CMP_FN(docnum_lt, <)
DOCNUM_CMP_FN(docnum_le, <=)
DOCNUM_CMP_FN(docnum_gt, >)
DOCNUM_CMP_FN(docnum_ge, >=)

PG_FUNCTION_INFO_V1(docnum_larger);
Datum
docnum_larger(PG_FUNCTION_ARGS)
{
	docnum_t	a = PG_GETARG_DOCNUM(0),
				b = PG_GETARG_DOCNUM(1);

	PG_RETURN_DOCNUM(a > b ? a : b);
}

PG_FUNCTION_INFO_V1(docnum_smaller);
Datum
docnum_smaller(PG_FUNCTION_ARGS)
{
	docnum_t	a = PG_GETARG_DOCNUM(0),
				b = PG_GETARG_DOCNUM(1);

	PG_RETURN_DOCNUM(a < b ? a : b);
}

/* Used where the server has no specialised int64 sort (see pg_compat.h). */
pg_attribute_unused()
static int
docnum_fastcmp(Datum x, Datum y, SortSupport ssup)
{
	return docnum_cmp_internal((docnum_t) DatumGetInt64(x), (docnum_t) DatumGetInt64(y));
}

/*
 * Without btree support function 2 every sort comparison is a full fmgr
 * call; with it, sorting runs at int8 speed (bit 63 is always 0, so signed
 * comparison of the datum is our order).
 */
PG_FUNCTION_INFO_V1(docnum_sortsupport);
Datum
docnum_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

	PT_SET_INT64_COMPARATOR(ssup, docnum_fastcmp);
	PG_RETURN_VOID();
}

PG_FUNCTION_INFO_V1(docnum_hash);
Datum
docnum_hash(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) (uint32) docnum_hash64(PG_GETARG_DOCNUM(0), 0));
}

PG_FUNCTION_INFO_V1(docnum_hash_extended);
Datum
docnum_hash_extended(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) docnum_hash64(PG_GETARG_DOCNUM(0), (uint64) PG_GETARG_INT64(1)));
}

/* ---- functions of spec section 5 ---- */

PG_FUNCTION_INFO_V1(docnum_display);
Datum
docnum_display(PG_FUNCTION_ARGS)
{
	char		buf[DN_TEXT_MAX];

	docnum_format_display(PG_GETARG_DOCNUM(0), buf);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

PG_FUNCTION_INFO_V1(docnum_series);
Datum
docnum_series(PG_FUNCTION_ARGS)
{
	docnum_fields f;

	docnum_decode(PG_GETARG_DOCNUM(0), &f);
	PG_RETURN_TEXT_P(cstring_to_text(docnum_series_name(f.series)));
}

PG_FUNCTION_INFO_V1(docnum_number);
Datum
docnum_number(PG_FUNCTION_ARGS)
{
	docnum_fields f;

	docnum_decode(PG_GETARG_DOCNUM(0), &f);
	PG_RETURN_INT32((int32) f.number);
}

PG_FUNCTION_INFO_V1(docnum_year);
Datum
docnum_year(PG_FUNCTION_ARGS)
{
	docnum_fields f;

	docnum_decode(PG_GETARG_DOCNUM(0), &f);
	PG_RETURN_INT32(f.year);
}

PG_FUNCTION_INFO_V1(docnum_suffix);
Datum
docnum_suffix(PG_FUNCTION_ARGS)
{
	char		buf[DN_TEXT_MAX];

	docnum_format_suffix(PG_GETARG_DOCNUM(0), buf);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

PG_FUNCTION_INFO_V1(docnum_revision);
Datum
docnum_revision(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(docnum_first_revision(PG_GETARG_DOCNUM(0)));
}

PG_FUNCTION_INFO_V1(docnum_family_fn);
Datum
docnum_family_fn(PG_FUNCTION_ARGS)
{
	PG_RETURN_DOCNUM(docnum_family(PG_GETARG_DOCNUM(0)));
}

PG_FUNCTION_INFO_V1(docnum_celex);
Datum
docnum_celex(PG_FUNCTION_ARGS)
{
	char		buf[DN_TEXT_MAX];

	if (docnum_format_celex(PG_GETARG_DOCNUM(0), buf) == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

/* The 24 official EU languages, as the register and EUR-Lex spell them. */
static bool
eu_language(const char *lang)
{
	static const char *const codes[] = {
		"bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
		"hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"
	};

	for (size_t i = 0; i < lengthof(codes); i++)
		if (strcmp(lang, codes[i]) == 0)
			return true;
	return false;
}

PG_FUNCTION_INFO_V1(docnum_url);
Datum
docnum_url(PG_FUNCTION_ARGS)
{
	docnum_t	v = PG_GETARG_DOCNUM(0);
	text	   *langt = PG_GETARG_TEXT_PP(1);
	char		lang[3];
	char		id[DN_TEXT_MAX];
	docnum_fields f;

	if (VARSIZE_ANY_EXHDR(langt) != 2)
		lang[0] = '\0';
	else
	{
		lang[0] = pg_ascii_tolower(VARDATA_ANY(langt)[0]);
		lang[1] = pg_ascii_tolower(VARDATA_ANY(langt)[1]);
		lang[2] = '\0';
	}
	if (!eu_language(lang))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("invalid language code \"%s\"", text_to_cstring(langt)),
				errhint("Use a two-letter code of an official EU language, such as 'en', 'fr', 'de' or 'nl'."));

	docnum_decode(v, &f);
	if (docnum_format_register_id(v, id) > 0)
		PG_RETURN_TEXT_P(cstring_to_text(psprintf("https://data.consilium.europa.eu/doc/document/%s/%s/pdf",
												  id, lang)));
	lang[0] = pg_toupper((unsigned char) lang[0]);
	lang[1] = pg_toupper((unsigned char) lang[1]);
	if (f.series == DN_SERIES_COM && f.version == 1)
		PG_RETURN_TEXT_P(cstring_to_text(psprintf("https://eur-lex.europa.eu/legal-content/%s/TXT/?uri=COM:%d:%u:FIN",
												  lang, f.year, f.number)));
	if (docnum_format_celex(v, id) > 0)
		PG_RETURN_TEXT_P(cstring_to_text(psprintf("https://eur-lex.europa.eu/legal-content/%s/TXT/?uri=CELEX:%s",
												  lang, id)));
	PG_RETURN_NULL();
}

/*
 * try_docnum and is_docnum call the pure parser directly: no error is ever
 * raised, so no subtransaction is needed on any server version.
 */
PG_FUNCTION_INFO_V1(try_docnum);
Datum
try_docnum(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	docnum_t	v;

	if (docnum_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &v, NULL) != DN_OK)
		PG_RETURN_NULL();
	PG_RETURN_DOCNUM(v);
}

PG_FUNCTION_INFO_V1(is_docnum);
Datum
is_docnum(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	docnum_t	v;

	PG_RETURN_BOOL(docnum_parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &v, NULL) == DN_OK);
}

/* ---- extraction ---- */

typedef struct extract_item
{
	dn_match	m;
	int32		pos;			/* 1-based character offset */
} extract_item;

typedef struct extract_state
{
	const char *data;			/* detoasted body, lives as long as the SRF */
	extract_item *items;
	int			n;
	int			cap;
	size_t		last_byte;		/* character offsets are counted */
	int32		last_char;		/* incrementally: matches come in order */
} extract_state;

static bool
collect_match(void *arg, const dn_match *m)
{
	extract_state *st = (extract_state *) arg;

	if (st->n == st->cap)
	{
		st->cap *= 2;
		st->items = repalloc(st->items, sizeof(extract_item) * st->cap);
	}
	/* character offset, not byte offset: the text may hold accents */
	st->last_char += pg_mbstrlen_with_len(st->data + st->last_byte,
										  (int) (m->start - st->last_byte));
	st->last_byte = m->start;
	st->items[st->n].m = *m;
	st->items[st->n].pos = st->last_char + 1;
	st->n++;
	return true;
}

PG_FUNCTION_INFO_V1(docnums_in);
Datum
docnums_in(PG_FUNCTION_ARGS)
{
	FuncCallContext *funcctx;
	extract_state *st;

	if (SRF_IS_FIRSTCALL())
	{
		MemoryContext oldcontext;
		TupleDesc	tupdesc;
		text	   *body;

		funcctx = SRF_FIRSTCALL_INIT();
		oldcontext = MemoryContextSwitchTo(funcctx->multi_call_memory_ctx);
		if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
			ereport(ERROR,
					errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					errmsg("docnums_in must be called in a context that accepts a record"));
		funcctx->tuple_desc = BlessTupleDesc(tupdesc);

		body = PG_GETARG_TEXT_PP(0);
		st = palloc(sizeof(extract_state));
		st->data = VARDATA_ANY(body);
		st->n = 0;
		st->cap = 16;
		st->items = palloc(sizeof(extract_item) * st->cap);
		st->last_byte = 0;
		st->last_char = 0;
		docnum_extract(st->data, VARSIZE_ANY_EXHDR(body), collect_match, st);
		funcctx->user_fctx = st;
		funcctx->max_calls = st->n;
		MemoryContextSwitchTo(oldcontext);
	}

	funcctx = SRF_PERCALL_SETUP();
	st = (extract_state *) funcctx->user_fctx;
	if (funcctx->call_cntr < funcctx->max_calls)
	{
		const extract_item *it = &st->items[funcctx->call_cntr];
		Datum		values[3];
		bool		nulls[3] = {false, false, false};
		HeapTuple	tuple;

		values[0] = Int64GetDatum((int64) it->m.ref);
		values[1] = PointerGetDatum(cstring_to_text_with_len(st->data + it->m.start,
															 (int) it->m.len));
		values[2] = Int32GetDatum(it->pos);
		tuple = heap_form_tuple(funcctx->tuple_desc, values, nulls);
		SRF_RETURN_NEXT(funcctx, HeapTupleGetDatum(tuple));
	}
	SRF_RETURN_DONE(funcctx);
}

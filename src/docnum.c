/*
 * docnum.c: the SQL type docnum, thin fmgr wrappers around docnum_core.c.
 *
 * A docnum is a uint64 stored like int8 (8 bytes, by value where int8 is),
 * as contrib/isn stores ean13: input normalizes, so equality and order are
 * integer equality and order.
 */
#include "pg_compat.h"
#include "int64_type.h"

#include "docnum_core.h"
#include "docnum_fast.h"
#include "match_srf.h"

#include "utils/builtins.h"

#define PG_GETARG_DOCNUM(n) ((docnum_t) PG_GETARG_INT64(n))
#define PG_RETURN_DOCNUM(x) PG_RETURN_INT64((int64) (x))


/* The full parse and the error report, out of docnum_in's fast path. */
static pg_noinline Datum
docnum_in_full(const char *str, FunctionCallInfo fcinfo)
{
	docnum_t	v;
	const char *hint = NULL;
	/* the fast path has already declined: straight to the full parser */
	dn_status	st = docnum_parse_full(str, strlen(str), &v, &hint);

	if (st != DN_OK)
	{
		pt_input_error("docnum", st == DN_ERR_RANGE, str, hint, fcinfo->context);
		PG_RETURN_NULL();
	}
	PG_RETURN_DOCNUM(v);
}

PG_FUNCTION_INFO_V1(docnum_in);
Datum
docnum_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	/* the usual spellings in one pass, without strlen */
	docnum_t	v = docnum_read_usual(str);

	if (v != 0)
		PG_RETURN_DOCNUM(v);
	return docnum_in_full(str, fcinfo);
}

PG_FUNCTION_INFO_V1(docnum_out);
Datum
docnum_out(PG_FUNCTION_ARGS)
{
	char		buf[DN_TEXT_MAX];

	docnum_format(PG_GETARG_DOCNUM(0), buf);
	PG_RETURN_CSTRING(pstrdup(buf));
}


/* ---- comparison, sorting, hashing ---- */

PT_INT64_TYPE_FUNCTIONS(docnum, docnum_hash64, docnum_is_valid)

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

static bool
add_docnum_match(void *arg, const dn_match *m)
{
	pt_matches_add((pt_matches *) arg, m->ref, m->start, m->len);
	return true;
}

static void
fill_docnums(const char *data, size_t len, pt_matches *out, void *extra)
{
	docnum_extract(data, len, add_docnum_match, out);
}

PG_FUNCTION_INFO_V1(docnums_in);
Datum
docnums_in(PG_FUNCTION_ARGS)
{
	return pt_matches_srf(fcinfo, 0, fill_docnums, NULL);
}

/*
 * deadline.c: the SQL type deadline, thin fmgr wrappers around the pure
 * reader in src/deadline/.  Stored like int8, as docnum is (see
 * int64_type.h).
 */
#include "pg_compat.h"
#include "int64_type.h"

#include "deadline_core.h"
#include "deadline_lexicon.h"
#include "match_srf.h"

#include "catalog/pg_type.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/rangetypes.h"

#define PG_GETARG_DEADLINE(n) ((deadline_t) PG_GETARG_INT64(n))
#define PG_RETURN_DEADLINE(x) PG_RETURN_INT64((int64) (x))

/* PostgreSQL dates count days from 2000-01-01, the core from 1970-01-01. */
#define PG_TO_UNIX_DAYS (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE)

static int32
unix_days(DateADT d)
{
	/* infinities compare beyond every period */
	if (DATE_IS_NOBEGIN(d))
		return PG_INT32_MIN / 2;
	if (DATE_IS_NOEND(d))
		return PG_INT32_MAX / 2;
	return (int32) d + PG_TO_UNIX_DAYS;
}

static int32
finite_ref(DateADT d)
{
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("reference date must be finite"),
				errhint("Pass the date the text was written, such as its adoption date."));
	return (int32) d + PG_TO_UNIX_DAYS;
}


PG_FUNCTION_INFO_V1(deadline_in);
Datum
deadline_in(PG_FUNCTION_ARGS)
{
	const char *str = PG_GETARG_CSTRING(0);
	deadline_t	v;
	const char *hint = NULL;
	dl_status	st = deadline_parse_text(str, strlen(str), DL_NO_DAY, &v, &hint);

	if (st != DL_OK)
	{
		pt_input_error("deadline", st == DL_ERR_RANGE, str, hint, fcinfo->context);
		PG_RETURN_NULL();
	}
	PG_RETURN_DEADLINE(v);
}

PG_FUNCTION_INFO_V1(deadline_out);
Datum
deadline_out(PG_FUNCTION_ARGS)
{
	char		buf[DL_TEXT_MAX];

	deadline_format(PG_GETARG_DEADLINE(0), buf);
	PG_RETURN_CSTRING(pstrdup(buf));
}


PT_INT64_TYPE_FUNCTIONS(deadline, deadline_hash64, deadline_is_valid)

/* ---- semantics (spec sections 1 and 3) ---- */

PG_FUNCTION_INFO_V1(deadline_due_date);
Datum
deadline_due_date(PG_FUNCTION_ARGS)
{
	int32		due;

	if (!deadline_due(PG_GETARG_DEADLINE(0), &due))
		PG_RETURN_NULL();
	PG_RETURN_DATEADT((DateADT) (due - PG_TO_UNIX_DAYS));
}

static Datum
daterange_of(int32 lo, bool lo_inf, int32 hi, bool hi_inf)
{
	/* type cache entries live as long as the backend: look it up once */
	static TypeCacheEntry *typcache = NULL;
	RangeBound	lower,
				upper;

	if (typcache == NULL)
		typcache = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
	lower.val = DateADTGetDatum((DateADT) (lo - PG_TO_UNIX_DAYS));
	lower.infinite = lo_inf;
	lower.inclusive = !lo_inf;
	lower.lower = true;
	upper.val = DateADTGetDatum((DateADT) (hi - PG_TO_UNIX_DAYS));
	upper.infinite = hi_inf;
	upper.inclusive = false;
	upper.lower = false;
	return RangeTypePGetDatum(pt_make_range(typcache, &lower, &upper, false));
}

/*
 * The due date to work to on a day: a recurrence's next one on or after it
 * (deadline_next_due), any other value's own due date; NULL when there is
 * none (asap, ongoing, from, continuing).
 */
PG_FUNCTION_INFO_V1(deadline_next_due_date);
Datum
deadline_next_due_date(PG_FUNCTION_ARGS)
{
	int32		due;

	if (!deadline_next_due(PG_GETARG_DEADLINE(0), unix_days(PG_GETARG_DATEADT(1)), &due))
		PG_RETURN_NULL();
	PG_RETURN_DATEADT((DateADT) (due - PG_TO_UNIX_DAYS));
}

/* The period of the occurrence that next_due closes, as a daterange; NULL when none. */
PG_FUNCTION_INFO_V1(deadline_next_occurrence);
Datum
deadline_next_occurrence(PG_FUNCTION_ARGS)
{
	int32		lo,
				hi,
				due;

	if (!deadline_occurrence(PG_GETARG_DEADLINE(0), unix_days(PG_GETARG_DATEADT(1)), &lo, &hi, &due))
		PG_RETURN_NULL();
	return daterange_of(lo, false, hi, false);
}

PG_FUNCTION_INFO_V1(deadline_period);
Datum
deadline_period(PG_FUNCTION_ARGS)
{
	deadline_t	v = PG_GETARG_DEADLINE(0);
	int32		lo,
				hi;

	if (!deadline_bounds(v, &lo, &hi))
		return daterange_of(0, true, 0, true); /* ongoing, asap, recurring: (-infinity, infinity) */
	if (deadline_mode_of(v) == DL_MODE_FROM)
		return daterange_of(lo, false, 0, true);
	return daterange_of(lo, false, hi, false);
}

PG_FUNCTION_INFO_V1(deadline_status);
Datum
deadline_status(PG_FUNCTION_ARGS)
{
	dl_state	s = deadline_state(PG_GETARG_DEADLINE(0), unix_days(PG_GETARG_DATEADT(1)));

	PG_RETURN_TEXT_P(cstring_to_text(deadline_state_name(s)));
}

PG_FUNCTION_INFO_V1(deadline_is_overdue);
Datum
deadline_is_overdue(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(deadline_state(PG_GETARG_DEADLINE(0),
								  unix_days(PG_GETARG_DATEADT(1))) == DL_STATUS_OVERDUE);
}

PG_FUNCTION_INFO_V1(deadline_mode);
Datum
deadline_mode(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(deadline_mode_name(deadline_mode_of(PG_GETARG_DEADLINE(0)))));
}

PG_FUNCTION_INFO_V1(deadline_precision);
Datum
deadline_precision(PG_FUNCTION_ARGS)
{
	const char *name = deadline_precision_name(deadline_precision_of(PG_GETARG_DEADLINE(0)));

	if (name == NULL)
		PG_RETURN_NULL();		/* ongoing has no period */
	PG_RETURN_TEXT_P(cstring_to_text(name));
}

PG_FUNCTION_INFO_V1(deadline_continuing);
Datum
deadline_continuing(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(deadline_continuing_of(PG_GETARG_DEADLINE(0)));
}

PG_FUNCTION_INFO_V1(deadline_edtf);
Datum
deadline_edtf(PG_FUNCTION_ARGS)
{
	char		buf[DL_TEXT_MAX];

	/* asap: EDTF cannot say it */
	if (deadline_format_edtf(PG_GETARG_DEADLINE(0), buf) == 0)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}

/* ---- phrases that need a reference date ---- */

static void
check_language(text *lang)
{
	char	   *l = text_to_cstring(lang);

	for (const dl_lexicon *const *lx = dl_lexicons; *lx; lx++)
		if (pg_strcasecmp(l, (*lx)->lang) == 0)
			return;
	ereport(ERROR,
			errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			errmsg("unsupported language \"%s\" for deadline phrases", l),
			errhint("Use 'en', 'nl', 'fr', 'de', 'es', 'it', or NULL for any of them."));
}

PG_FUNCTION_INFO_V1(deadline_parse);
Datum
deadline_parse(PG_FUNCTION_ARGS)
{
	text	   *phrase;
	deadline_t	v;
	const char *hint = NULL;
	dl_status	st;
	int32		ref;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		PG_RETURN_NULL();
	if (!PG_ARGISNULL(2))
		check_language(PG_GETARG_TEXT_PP(2));
	phrase = PG_GETARG_TEXT_PP(0);
	ref = finite_ref(PG_GETARG_DATEADT(1));
	{
		size_t		start,
					len;

		/* the whole phrase, or the one time expression in a short phrase */
		st = deadline_parse_phrase(VARDATA_ANY(phrase), VARSIZE_ANY_EXHDR(phrase), ref, &v, &hint,
								   &start, &len);
	}
	if (st != DL_OK)
		pt_input_error("deadline", st == DL_ERR_RANGE, text_to_cstring(phrase), hint, NULL);
	PG_RETURN_DEADLINE(v);
}

/* Neither raises, so neither needs a subtransaction, on any version. */
PG_FUNCTION_INFO_V1(try_deadline);
Datum
try_deadline(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	deadline_t	v;

	if (deadline_parse_text(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), DL_NO_DAY, &v, NULL) != DL_OK)
		PG_RETURN_NULL();
	PG_RETURN_DEADLINE(v);
}

PG_FUNCTION_INFO_V1(is_deadline);
Datum
is_deadline(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	deadline_t	v;

	PG_RETURN_BOOL(deadline_parse_text(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), DL_NO_DAY,
									   &v, NULL) == DL_OK);
}

/* ---- Council presidencies (spec section 4) ---- */

PG_FUNCTION_INFO_V1(presidency_on);
Datum
presidency_on(PG_FUNCTION_ARGS)
{
	DateADT		d = PG_GETARG_DATEADT(0);
	const char *code;

	if (DATE_NOT_FINITE(d) || (code = dl_presidency_on(unix_days(d))) == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(cstring_to_text(code));
}

PG_FUNCTION_INFO_V1(presidency_term);
Datum
presidency_term(PG_FUNCTION_ARGS)
{
	text	   *country = PG_GETARG_TEXT_PP(0);
	const char *code = dl_country_code(VARDATA_ANY(country), VARSIZE_ANY_EXHDR(country));
	int32		lo,
				hi;

	if (code == NULL)
		ereport(ERROR,
				errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				errmsg("\"%s\" is no member state of the presidency calendar", text_to_cstring(country)),
				errhint("Write its code ('AT', 'EL') or its name ('Austria', 'Österreich', 'Greece')."));
	/* NULL: that member state holds no presidency that year */
	if (!dl_presidency_term(code, PG_GETARG_INT32(1), &lo, &hi))
		PG_RETURN_NULL();
	return daterange_of(lo, false, hi, false);
}

/* ---- extraction ---- */

static bool
add_deadline_match(void *arg, const dl_match *m)
{
	pt_matches_add((pt_matches *) arg, m->value, m->start, m->len);
	return true;
}

static void
fill_deadlines(const char *data, size_t len, pt_matches *out, void *extra)
{
	deadline_extract(data, len, *(int32 *) extra, add_deadline_match, out);
}

/* Not STRICT: a NULL reference date means "none", a NULL body no rows. */
PG_FUNCTION_INFO_V1(deadlines_in);
Datum
deadlines_in(PG_FUNCTION_ARGS)
{
	int32		ref = DL_NO_DAY;

	if (!PG_ARGISNULL(0) && !PG_ARGISNULL(1))
		ref = finite_ref(PG_GETARG_DATEADT(1));
	return pt_matches_srf(fcinfo, 0, fill_deadlines, &ref);
}

/*
 * int64_type.h: comparison, sorting and hashing for SQL types stored as a
 * uint64 whose integer order is the type's order and whose bit 63 is always
 * 0 (docnum, deadline).  Input normalizes, so equality is integer equality;
 * each type only supplies its 64-bit hash.
 */
#ifndef PT_INT64_TYPE_H
#define PT_INT64_TYPE_H

#include "pg_compat.h"

#include "libpq/pqformat.h"

/*
 * Reports a text input error: 22003 for a number out of range, 22P02 for
 * anything else, the input quoted, the parser's hint; softly on 16+.
 */
static inline void
pt_input_error(const char *type, bool out_of_range, const char *input, const char *hint,
			   Node *escontext)
{
	if (out_of_range)
		errsave(escontext,
				errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				errmsg("value \"%s\" is out of range for type %s", input, type),
				errhint("%s", hint));
	else
		errsave(escontext,
				errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				errmsg("invalid input syntax for type %s: \"%s\"", type, input),
				errhint("%s", hint));
}

#define PT_INT64_CMP_FN(name, op) \
PG_FUNCTION_INFO_V1(name); \
Datum \
name(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_BOOL((uint64) PG_GETARG_INT64(0) op (uint64) PG_GETARG_INT64(1)); \
}

static inline int
pt_int64_cmp(int64 a, int64 b)
{
	return a < b ? -1 : (a > b ? 1 : 0);
}

/*
 * The functions every int64-backed type needs.  Binary input checks what
 * text input would (is_valid): a value no string can produce is refused, so
 * binary COPY cannot smuggle one in.  Without btree support function 2 every
 * sort comparison is a full fmgr call; with it, sorting runs at int8 speed.
 * The fallback comparator is for servers without the specialised int64 sort
 * (see pg_compat.h).
 */
#define PT_INT64_TYPE_FUNCTIONS(type, hash64, is_valid) \
PG_FUNCTION_INFO_V1(type##_recv); \
Datum \
type##_recv(PG_FUNCTION_ARGS) \
{ \
	uint64		v = (uint64) pq_getmsgint64((StringInfo) PG_GETARG_POINTER(0)); \
\
	if (!is_valid(v)) \
		ereport(ERROR, \
				errcode(ERRCODE_INVALID_BINARY_REPRESENTATION), \
				errmsg("invalid external " #type " value 0x%016llx", (unsigned long long) v), \
				errhint("The binary form is the 8-byte big-endian integer sent by " #type "_send.")); \
	PG_RETURN_INT64((int64) v); \
} \
PG_FUNCTION_INFO_V1(type##_send); \
Datum \
type##_send(PG_FUNCTION_ARGS) \
{ \
	StringInfoData buf; \
\
	pq_begintypsend(&buf); \
	pq_sendint64(&buf, PG_GETARG_INT64(0)); \
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf)); \
} \
PT_INT64_CMP_FN(type##_eq, ==) \
PT_INT64_CMP_FN(type##_ne, !=) \
PT_INT64_CMP_FN(type##_lt, <) \
PT_INT64_CMP_FN(type##_le, <=) \
PT_INT64_CMP_FN(type##_gt, >) \
PT_INT64_CMP_FN(type##_ge, >=) \
PG_FUNCTION_INFO_V1(type##_cmp); \
Datum \
type##_cmp(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_INT32(pt_int64_cmp(PG_GETARG_INT64(0), PG_GETARG_INT64(1))); \
} \
PG_FUNCTION_INFO_V1(type##_larger); \
Datum \
type##_larger(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_INT64(Max(PG_GETARG_INT64(0), PG_GETARG_INT64(1))); \
} \
PG_FUNCTION_INFO_V1(type##_smaller); \
Datum \
type##_smaller(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_INT64(Min(PG_GETARG_INT64(0), PG_GETARG_INT64(1))); \
} \
pg_attribute_unused() \
static int \
type##_fastcmp(Datum x, Datum y, SortSupport ssup) \
{ \
	return pt_int64_cmp(DatumGetInt64(x), DatumGetInt64(y)); \
} \
PG_FUNCTION_INFO_V1(type##_sortsupport); \
Datum \
type##_sortsupport(PG_FUNCTION_ARGS) \
{ \
	PT_SET_INT64_COMPARATOR((SortSupport) PG_GETARG_POINTER(0), type##_fastcmp); \
	PG_RETURN_VOID(); \
} \
PG_FUNCTION_INFO_V1(type##_hash); \
Datum \
type##_hash(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_INT32((int32) (uint32) hash64((uint64) PG_GETARG_INT64(0), 0)); \
} \
PG_FUNCTION_INFO_V1(type##_hash_extended); \
Datum \
type##_hash_extended(PG_FUNCTION_ARGS) \
{ \
	PG_RETURN_INT64((int64) hash64((uint64) PG_GETARG_INT64(0), (uint64) PG_GETARG_INT64(1))); \
}

#endif

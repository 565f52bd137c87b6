/*
 * int64_type.h: comparison, sorting and hashing for SQL types stored as a
 * uint64 whose integer order is the type's order and whose bit 63 is always
 * 0 (docnum, deadline).  Input normalizes, so equality is integer equality;
 * each type only supplies its 64-bit hash.
 */
#ifndef PT_INT64_TYPE_H
#define PT_INT64_TYPE_H

#include "pg_compat.h"

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
 * Without btree support function 2 every sort comparison is a full fmgr
 * call; with it, sorting runs at int8 speed.  The fallback comparator is
 * for servers without the specialised int64 sort (see pg_compat.h).
 */
#define PT_INT64_TYPE_FUNCTIONS(type, hash64) \
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

/*
 * pg_compat.h: every difference between PostgreSQL 15 and 18 that the C code
 * sees lives here, so that the .c files carry no #if PG_VERSION_NUM.
 */
#ifndef PG_COMPAT_H
#define PG_COMPAT_H

#include "postgres.h"
#include "fmgr.h"
#include "utils/sortsupport.h"

#if PG_VERSION_NUM < 150000
#error "policy_tracker supports PostgreSQL 15 to 18"
#endif

/* 16 moved the varlena macros (VARDATA, VARSIZE_ANY_EXHDR, ...) here. */
#if PG_VERSION_NUM >= 160000
#include "varatt.h"
#endif

/*
 * Soft errors (16+): input functions report through fcinfo->context so that
 * pg_input_is_valid() and COPY ... ON_ERROR can ask without a subtransaction.
 * Before 16 there is no such context: the same calls raise the error.
 */
#if PG_VERSION_NUM >= 160000
#include "nodes/miscnodes.h"
#else
#define errsave(context, ...) \
	ereport(ERROR, __VA_ARGS__)
#define ereturn(context, dummy_value, ...) \
	do { \
		ereport(ERROR, __VA_ARGS__); \
		return dummy_value; \
	} while (0)
#endif

/*
 * 18 lets a module state its name and version (shown by pg_get_loaded_modules).
 */
#if PG_VERSION_NUM >= 180000
#define PT_MODULE_MAGIC PG_MODULE_MAGIC_EXT(.name = "policy_tracker", .version = PT_VERSION)
#else
#define PT_MODULE_MAGIC PG_MODULE_MAGIC
#endif

/*
 * The server sorts by-value datums with a specialised quicksort when the
 * comparator is ssup_datum_signed_cmp; 32-bit builds, where int8 is not by
 * value and that function does not exist, get the type's own comparator.
 */
#if SIZEOF_DATUM >= 8
#define PT_SET_INT64_COMPARATOR(ssup, fallback) \
	((ssup)->comparator = ssup_datum_signed_cmp)
#else
#define PT_SET_INT64_COMPARATOR(ssup, fallback) \
	((ssup)->comparator = (fallback))
#endif

/* 16 gave make_range() a soft-error context argument. */
#if PG_VERSION_NUM >= 160000
#define pt_make_range(typcache, lower, upper, empty) \
	make_range((typcache), (lower), (upper), (empty), NULL)
#else
#define pt_make_range(typcache, lower, upper, empty) \
	make_range((typcache), (lower), (upper), (empty))
#endif

/*
 * 17 made getIdentitySequence() take the relation (for partitions) rather
 * than its OID.
 */
#if PG_VERSION_NUM >= 170000
#define pt_identity_sequence(rel, attnum) \
	getIdentitySequence((rel), (attnum), false)
#else
#define pt_identity_sequence(rel, attnum) \
	getIdentitySequence(RelationGetRelid(rel), (attnum), false)
#endif

#endif							/* PG_COMPAT_H */

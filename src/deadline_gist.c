/*
 * deadline_gist.c: the period operators of deadline (@>, <@, &&) and the
 * GiST operator class that indexes them.
 *
 * A period is a half-open run of days [lo, hi) in PostgreSQL's day numbers,
 * widened to int64 so that "unbounded" (INT64_MIN, INT64_MAX) sits beyond
 * the dates -infinity and infinity, as it does in a daterange.  The
 * operators answer exactly what deadline_period(d) would as a daterange,
 * without building one.
 *
 * The index stores the deadline itself in its leaves (8 bytes, by value),
 * so it has no compress function and serves index-only scans; inner keys
 * are the bounding period of a subtree, packed into the same 8 bytes with
 * the top bit set, a bit no valid deadline has (see deadline_core.h).  An
 * expression index on deadline_period(d), which this replaces, has to visit
 * the heap for every match: twice the time of a daterange column (bench/).
 */
#include "pg_compat.h"

#include "deadline_core.h"

#include "access/gist.h"
#include "access/stratnum.h"
#include "catalog/pg_type.h"
#include "utils/date.h"
#include "utils/rangetypes.h"
#include "utils/typcache.h"

#define PG_TO_UNIX_DAYS (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE)

#define UNBOUNDED_LO PG_INT64_MIN
#define UNBOUNDED_HI PG_INT64_MAX

/* inner keys: top bit, then lo + BIAS in 31 bits, then hi + BIAS in 32 */
#define INNER_BIT	((uint64) 1 << 63)
#define BIAS		((int64) 1 << 30)
#define LO_NONE		0
#define HI_NONE		PG_UINT32_MAX

typedef struct period
{
	int64		lo;
	int64		hi;
} period;

/* The period of a deadline or of an inner key. */
static inline period
key_period(uint64 key)
{
	period		p;
	int32		lo,
				hi;

	if (key & INNER_BIT)
	{
		uint32		lc = (uint32) ((key >> 32) & 0x7FFFFFFF);
		uint32		hc = (uint32) key;

		p.lo = lc == LO_NONE ? UNBOUNDED_LO : (int64) lc - BIAS;
		p.hi = hc == HI_NONE ? UNBOUNDED_HI : (int64) hc - BIAS;
		return p;
	}
	if (!deadline_bounds((deadline_t) key, &lo, &hi))
	{
		/* ongoing: (-infinity, infinity), as deadline_period() says */
		p.lo = UNBOUNDED_LO;
		p.hi = UNBOUNDED_HI;
		return p;
	}
	p.lo = (int64) lo - PG_TO_UNIX_DAYS;
	p.hi = deadline_mode_of((deadline_t) key) == DL_MODE_FROM ? UNBOUNDED_HI
		: (int64) hi - PG_TO_UNIX_DAYS;
	return p;
}

/* Deadline days are 16-bit offsets from 1949: far inside the bias. */
static inline uint64
inner_key(period p)
{
	uint64		lc = p.lo == UNBOUNDED_LO ? LO_NONE : (uint64) (p.lo + BIAS);
	uint64		hc = p.hi == UNBOUNDED_HI ? HI_NONE : (uint64) (p.hi + BIAS);

	return INNER_BIT | lc << 32 | hc;
}

static inline bool
overlaps(period a, period b)
{
	return a.lo < b.hi && b.lo < a.hi;
}

static inline bool
contains(period a, int64 day)
{
	return a.lo <= day && day < a.hi;
}

/* A daterange as a half-open period; false when it is empty. */
static bool
range_period(RangeType *r, period *p)
{
	static TypeCacheEntry *typcache = NULL;
	RangeBound	lower,
				upper;
	bool		empty;

	if (typcache == NULL)
		typcache = lookup_type_cache(DATERANGEOID, TYPECACHE_RANGE_INFO);
	range_deserialize(typcache, r, &lower, &upper, &empty);
	if (empty)
		return false;
	p->lo = lower.infinite ? UNBOUNDED_LO
		: (int64) DatumGetDateADT(lower.val) + (lower.inclusive ? 0 : 1);
	p->hi = upper.infinite ? UNBOUNDED_HI
		: (int64) DatumGetDateADT(upper.val) + (upper.inclusive ? 1 : 0);
	return true;
}

/* ---- operators ---- */

PG_FUNCTION_INFO_V1(deadline_contains);
Datum
deadline_contains(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(contains(key_period((uint64) PG_GETARG_INT64(0)), PG_GETARG_DATEADT(1)));
}

PG_FUNCTION_INFO_V1(deadline_contained);
Datum
deadline_contained(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(contains(key_period((uint64) PG_GETARG_INT64(1)), PG_GETARG_DATEADT(0)));
}

PG_FUNCTION_INFO_V1(deadline_overlaps_range);
Datum
deadline_overlaps_range(PG_FUNCTION_ARGS)
{
	period		q;

	if (!range_period(PG_GETARG_RANGE_P(1), &q))
		PG_RETURN_BOOL(false);
	PG_RETURN_BOOL(overlaps(key_period((uint64) PG_GETARG_INT64(0)), q));
}

PG_FUNCTION_INFO_V1(deadline_overlaps);
Datum
deadline_overlaps(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(overlaps(key_period((uint64) PG_GETARG_INT64(0)),
							key_period((uint64) PG_GETARG_INT64(1))));
}

/* ---- GiST support ---- */

#define STRATEGY_OVERLAP RTOverlapStrategyNumber	/* && */
#define STRATEGY_CONTAINS_ELEM RTContainsElemStrategyNumber	/* @> date */

static inline uint64
entry_key(const GISTENTRY *e)
{
	return (uint64) DatumGetInt64(e->key);
}

/*
 * Leaves answer exactly (the same test as the operator); an inner key
 * answers whether anything below may match.  The test is the same one: a
 * subtree's period holds every period in it.
 */
PG_FUNCTION_INFO_V1(deadline_gist_consistent);
Datum
deadline_gist_consistent(PG_FUNCTION_ARGS)
{
	GISTENTRY  *entry = (GISTENTRY *) PG_GETARG_POINTER(0);
	StrategyNumber strategy = (StrategyNumber) PG_GETARG_UINT16(2);
	Oid			subtype = PG_GETARG_OID(3);
	bool	   *recheck = (bool *) PG_GETARG_POINTER(4);
	period		k = key_period(entry_key(entry)),
				q;

	*recheck = false;
	switch (strategy)
	{
		case STRATEGY_OVERLAP:
			if (subtype == DATERANGEOID)
			{
				if (!range_period(PG_GETARG_RANGE_P(1), &q))
					PG_RETURN_BOOL(false);
			}
			else
				q = key_period((uint64) PG_GETARG_INT64(1));
			PG_RETURN_BOOL(overlaps(k, q));
		case STRATEGY_CONTAINS_ELEM:
			PG_RETURN_BOOL(contains(k, PG_GETARG_DATEADT(1)));
		default:
			ereport(ERROR,
					errcode(ERRCODE_INTERNAL_ERROR),
					errmsg("deadline GiST: unknown strategy %d", strategy),
					errhint("The operator class gist_deadline_ops serves &&, @> and <@ only."));
	}
	PG_RETURN_BOOL(false);		/* not reached */
}

static inline period
widen(period a, period b)
{
	period		u;

	u.lo = Min(a.lo, b.lo);
	u.hi = Max(a.hi, b.hi);
	return u;
}

PG_FUNCTION_INFO_V1(deadline_gist_union);
Datum
deadline_gist_union(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	int		   *sizep = (int *) PG_GETARG_POINTER(1);
	period		u = key_period(entry_key(&entryvec->vector[0]));

	for (int i = 1; i < entryvec->n; i++)
		u = widen(u, key_period(entry_key(&entryvec->vector[i])));
	*sizep = sizeof(int64);
	PG_RETURN_INT64((int64) inner_key(u));
}

/* Length of a period for penalties: unbounded ends count as far away. */
static inline double
span(period p)
{
	double		lo = p.lo == UNBOUNDED_LO ? -(double) BIAS : (double) p.lo;
	double		hi = p.hi == UNBOUNDED_HI ? (double) BIAS : (double) p.hi;

	return hi - lo;
}

PG_FUNCTION_INFO_V1(deadline_gist_penalty);
Datum
deadline_gist_penalty(PG_FUNCTION_ARGS)
{
	GISTENTRY  *orig = (GISTENTRY *) PG_GETARG_POINTER(0);
	GISTENTRY  *add = (GISTENTRY *) PG_GETARG_POINTER(1);
	float	   *penalty = (float *) PG_GETARG_POINTER(2);
	period		o = key_period(entry_key(orig));

	*penalty = (float) (span(widen(o, key_period(entry_key(add)))) - span(o));
	PG_RETURN_POINTER(penalty);
}

typedef struct split_item
{
	period		p;
	OffsetNumber off;
} split_item;

static int
split_item_cmp(const void *a, const void *b)
{
	const split_item *x = a;
	const split_item *y = b;

	if (x->p.lo != y->p.lo)
		return x->p.lo < y->p.lo ? -1 : 1;
	if (x->p.hi != y->p.hi)
		return x->p.hi < y->p.hi ? -1 : 1;
	return 0;
}

/*
 * Sort by start, then end, and cut in the middle: deadlines are mostly
 * years, halves and quarters that start on few distinct days, so sorting
 * keeps nested periods of one year together.
 */
PG_FUNCTION_INFO_V1(deadline_gist_picksplit);
Datum
deadline_gist_picksplit(PG_FUNCTION_ARGS)
{
	GistEntryVector *entryvec = (GistEntryVector *) PG_GETARG_POINTER(0);
	GIST_SPLITVEC *v = (GIST_SPLITVEC *) PG_GETARG_POINTER(1);
	int			n = entryvec->n - FirstOffsetNumber;
	split_item *items = palloc(sizeof(split_item) * n);
	int			half = n / 2;
	period		left,
				right;

	for (int i = 0; i < n; i++)
	{
		items[i].off = (OffsetNumber) (i + FirstOffsetNumber);
		items[i].p = key_period(entry_key(&entryvec->vector[items[i].off]));
	}
	qsort(items, n, sizeof(split_item), split_item_cmp);

	v->spl_left = palloc(sizeof(OffsetNumber) * n);
	v->spl_right = palloc(sizeof(OffsetNumber) * n);
	v->spl_nleft = 0;
	v->spl_nright = 0;
	left = items[0].p;
	right = items[half].p;
	for (int i = 0; i < n; i++)
	{
		if (i < half)
		{
			v->spl_left[v->spl_nleft++] = items[i].off;
			left = widen(left, items[i].p);
		}
		else
		{
			v->spl_right[v->spl_nright++] = items[i].off;
			right = widen(right, items[i].p);
		}
	}
	v->spl_ldatum = Int64GetDatum((int64) inner_key(left));
	v->spl_rdatum = Int64GetDatum((int64) inner_key(right));
	pfree(items);
	PG_RETURN_POINTER(v);
}

PG_FUNCTION_INFO_V1(deadline_gist_same);
Datum
deadline_gist_same(PG_FUNCTION_ARGS)
{
	bool	   *result = (bool *) PG_GETARG_POINTER(2);

	*result = PG_GETARG_INT64(0) == PG_GETARG_INT64(1);
	PG_RETURN_POINTER(result);
}

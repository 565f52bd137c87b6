/*
 * hash64.h: the 64-bit mixer behind the hash opclasses of the by-value
 * types (docnum, deadline).  Plain C, shared by the pure cores.
 *
 * MurmurHash3's finalizer: every input bit reaches every output bit, which
 * structured layouts need (a series, a year and a small number sit in few
 * bits).  The seed is mixed in first and seed 0 adds nothing, so the 32-bit
 * hash is the low half of the extended hash with seed 0, as PostgreSQL
 * requires of hash support function 2.  Hash partitioning stores rows by
 * this value: it may never change.
 */
#ifndef PT_HASH64_H
#define PT_HASH64_H

#include <stdint.h>

static inline uint64_t
pt_hash64(uint64_t v, uint64_t seed)
{
	uint64_t	h = v ^ (seed * UINT64_C(0x9E3779B97F4A7C15));

	h ^= h >> 33;
	h *= UINT64_C(0xff51afd7ed558ccd);
	h ^= h >> 33;
	h *= UINT64_C(0xc4ceb9fe1a85ec53);
	h ^= h >> 33;
	return h;
}

#endif

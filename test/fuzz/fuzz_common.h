/*
 * fuzz_common.h: what every libFuzzer harness of policy_tracker shares.
 * A broken property calls abort(), which libFuzzer reports as a crash with
 * the input that caused it.
 */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>

#define PROPERTY(cond, ...) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "property failed: %s: ", #cond); \
			fprintf(stderr, __VA_ARGS__); \
			fputc('\n', stderr); \
			abort(); \
		} \
	} while (0)

#endif

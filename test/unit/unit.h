/*
 * unit.h: a minimal test harness for the pure C code (no PostgreSQL).
 * Each CHECK is one test; run_unit ends with "unit: N passed, N failed",
 * which test/run.sh adds to the regression count.
 */
#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>

extern int	unit_passed;
extern int	unit_failed;

#define CHECK(cond, ...) \
	do { \
		if (cond) \
			unit_passed++; \
		else \
		{ \
			unit_failed++; \
			fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
			fprintf(stderr, __VA_ARGS__); \
			fputc('\n', stderr); \
		} \
	} while (0)

/* Where the shared corpus is, for tests that read it (may be absent). */
extern const char *unit_corpus_dir;

void		test_docnum(void);
void		test_deadline(void);
void		test_lexicon(void);
void		test_deadline_phrases(void);
void		test_extract_equal(void);
void		test_csv(void);
void		test_calls(void);
void		test_docread(void);
void		test_actors(void);

#endif

/* unit_main.c: runs every unit-test suite and prints the tally. */
#include <stdlib.h>

#include "unit.h"

int			unit_passed = 0;
int			unit_failed = 0;
const char *unit_corpus_dir = "../shared/corpus";

int
main(int argc, char **argv)
{
	if (argc > 1)
		unit_corpus_dir = argv[1];
	test_docnum();
	test_deadline();
	test_lexicon();
	test_deadline_phrases();
	test_extract_equal();
	test_csv();
	test_calls();
	test_docread();
	test_actors();
	printf("unit: %d passed, %d failed\n", unit_passed, unit_failed);
	return unit_failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

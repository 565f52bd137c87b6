/*
 * lexicons.c: the languages the deadline grammar reads.  A new language is
 * a new file beside this one (copy en.c), its declaration in
 * deadline_lexicon.h, a line here, and its phrases in
 * the unit tests and test/corpus/deadlines.tsv.
 */
#include "deadline_lexicon.h"

const dl_lexicon *const dl_lexicons[] = {
	&dl_lexicon_en, &dl_lexicon_nl, &dl_lexicon_fr, &dl_lexicon_de,
	&dl_lexicon_es, &dl_lexicon_it, NULL
};

/*
 * docnum_lexicon.h: the words around document numbers in running text, one
 * table per language (src/docnum_lexicon.c).  The extractor
 * (docnum_extract.c) knows the kinds below and nothing of any language; it
 * reads them only when it has found a candidate number, to decide whether
 * a label makes it a Council document ("Ratsdok. 12345-16") or the text
 * makes it something else ("Verordnung (EU) Nr. 123/2013", "Drucksache
 * 19/1234", "OJ C 326/47").
 *
 * Every table is read at once, whatever the text's language: registers mix
 * them, and the words rarely collide.  An entry is lower case (ASCII
 * letters are compared without case), without a trailing full stop (the
 * text's "doc." and "doc" both match "doc"), and may be a phrase of words
 * separated by one blank ("document du conseil").  No PostgreSQL header.
 */
#ifndef DOCNUM_LEXICON_H
#define DOCNUM_LEXICON_H

#include <stddef.h>

enum
{
	DNL_DOC_LABELS,				/* doc., Ratsdok., Raadsdocument: a Council document follows */
	DNL_NUMBER_WORDS,			/* No, Nr., n°: between a label and its number */
	DNL_ACT_WORDS,				/* Regulation, Verordnung, règlement: a legal act follows */
	DNL_ACT_QUALIFIERS,			/* (EU), (EG), (UE): only in parentheses */
	DNL_JOURNAL_LABELS,			/* OJ, ABl., JO, PB: an Official Journal reference */
	DNL_JOURNAL_SERIES,			/* the L, C of "OJ L 194" */
	DNL_PAPER_LABELS,			/* Drucksache, Kamerstuk, XT: a paper of a series outside the type */
	DNL_CHAMBER_WORDS,			/* the II of "Kamerstukken II 2017/18" */
	DNL_LIST_WORDS,				/* and, und, et, en: a list goes on */
	DNL_N_LISTS
};

typedef struct dn_lexicon
{
	const char *lang;			/* ISO 639-1 */
	const char *const *lists[DNL_N_LISTS];	/* NULL-terminated; NULL: none */
} dn_lexicon;

#define DN_WORDS(...) ((const char *const[]) {__VA_ARGS__, NULL})

/* All languages, NULL-terminated. */
extern const dn_lexicon *const dn_lexicons[];

#endif							/* DOCNUM_LEXICON_H */

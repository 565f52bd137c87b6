/*
 * words.c: the words of each language the reader knows (en, fr, de, nl),
 * as data.  The grammar that uses them is written once, in the other files;
 * adding a language is adding its words here (and a fixture in
 * test/unit/test_docread.c).  Matching is ASCII case-insensitive, and a
 * space in a word matches any run of spaces.
 */
#include "docread/docread_internal.h"

/* "Chapter I", "Hoofdstuk II", "Chapitre III", "Kapitel IV" */
const char *const dr_chapter_words[] = {
	"Chapter", "Hoofdstuk", "Chapitre", "Kapitel", "Part", "Deel", "Partie", "Teil",
	NULL
};

/* the line that ends the preamble */
const char *const dr_hereby_words[] = {
	"HEREBY", "HIERBIJ", "PAR LA PRÉSENTE", "PAR LA PRESENTE", "HIERMIT",
	NULL
};

/* the line before the conclusions (after their title) */
const char *const dr_council_words[] = {
	"The Council of the European Union",
	"Le Conseil de l'Union européenne",
	"Le Conseil de l’Union européenne",
	"Der Rat der Europäischen Union",
	"De Raad van de Europese Unie",
	NULL
};

/*
 * Cover labels.  Longer labels first where one is a prefix of another
 * ("No. prev. doc." before a hypothetical "No.").
 */
const dr_label_word dr_label_words[] = {
	/* en */
	{"From", "from"}, {"To", "to"}, {"Subject", "subject"},
	{"No. prev. doc.", "prev"}, {"No. Cion doc.", "cion"}, {"No. prev. docs.", "prev"},
	/* fr */
	{"Origine", "from"}, {"Expéditeur", "from"}, {"Destinataire", "to"}, {"Objet", "subject"},
	{"N° doc. préc.", "prev"}, {"N° doc. Cion", "cion"}, {"Nº doc. préc.", "prev"}, {"Nº doc. Cion", "cion"},
	/* de */
	{"Absender", "from"}, {"Empfänger", "to"}, {"Betr.", "subject"}, {"Betreff", "subject"},
	{"Nr. Vordok.", "prev"}, {"Nr. Komm.dok.", "cion"}, {"Nr. Kommissionsdok.", "cion"},
	/* nl */
	{"Van", "from"}, {"Aan", "to"}, {"Onderwerp", "subject"},
	{"Nr. vorig doc.", "prev"}, {"Nr. Comdoc.", "cion"}, {"Nr. Cie-doc.", "cion"},
	{NULL, NULL}
};

/*
 * Series whose documents are numbered number/year after a prefix on the
 * cover: European Council conclusions "EUCO 7/21", meeting documents "SN
 * 1234/05" (the same in every language).
 */
const char *const dr_ref_prefixes[] = {"EUCO", "SN", NULL};

/* how a footnote body starts when it cites a document or an article ("doc. 12211/17.", "Article 222 TEU") */
const char *const dr_footnote_words[] = {
	"doc.", "docs.", "Dok.", "Doc.", "Article", "Articles", "Artikel", "Art.", "Artikelen", "OJ", "ABl.", "JO", "PB",
	NULL
};

/* security markings; the longest first */
const char *const dr_marking_words[] = {
	"RESTREINT UE/EU RESTRICTED", "CONFIDENTIEL UE/EU CONFIDENTIAL", "SECRET UE/EU SECRET",
	"EU RESTRICTED", "RESTREINT UE", "LIMITE",
	NULL
};

/* "at its meeting on", "lors de sa session du", "auf seiner Tagung vom", "tijdens zijn zitting van" */
const char *const dr_possessive_words[] = {"its", "sa", "seiner", "zijn", "haar", NULL};
const char *const dr_meeting_words[] = {
	"meeting", "session", "réunion", "Tagung", "Sitzung", "zitting", "vergadering", NULL
};

/* words that may stand between a place's comma and its date */
const char *const dr_date_articles[] = {"le", "den", "am", "de", NULL};

/* lines alone on a page that are running headers, not content */
const char *const dr_header_words[] = {
	"ANNEX", "ANNEXE", "ANLAGE", "BIJLAGE", "ANNEX I", "ANNEX II", NULL
};

/*
 * Second halves of English compounds that keep their hyphen when a line
 * break falls on it ("EU-\nwide", "risk-\nbased").  Anything else after a
 * lower-case "word-" at a line end is taken as hyphenation and joined.
 */
const char *const dr_compound_tails[] = {
	"based", "level", "wide", "related", "term", "making", "scale", "border", "up", "ups",
	"by", "design", "art", "the", "of", "and", "enabled", "free", "friendly", "specific",
	"led", "owned", "run", "time", "oriented", "driven", "stakeholder", "proof", "trusted",
	"operation", "operative", "ordinated", "ordination", "commerce", "governance", "incidents",
	NULL
};

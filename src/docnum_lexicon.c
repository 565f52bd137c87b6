/*
 * docnum_lexicon.c: the words around document numbers, one table per
 * language (see docnum_lexicon.h).  A new language is a new table here, a
 * line in dn_lexicons[], and its cases in test/unit/test_docnum.c.
 *
 * Where a word belongs to two kinds in two languages (French and English
 * "no", Dutch and French "en"), it is listed in both: the kinds are what
 * the extractor reads, not the language.
 */
#include "docnum_lexicon.h"

static const dn_lexicon dn_lexicon_en = {
	.lang = "en",
	.lists = {
		[DNL_DOC_LABELS] = DN_WORDS("doc", "docs", "document", "documents", "council doc",
									"council document", "document of the council"),
		[DNL_NUMBER_WORDS] = DN_WORDS("no", "nos", "number"),
		[DNL_ACT_WORDS] = DN_WORDS("regulation", "regulations", "directive", "directives",
								   "decision", "decisions", "framework decision", "recommendation",
								   "common position", "joint action"),
		[DNL_ACT_QUALIFIERS] = DN_WORDS("eu", "ec", "eec", "euratom", "cfsp", "jha", "ecsc"),
		[DNL_JOURNAL_LABELS] = DN_WORDS("oj", "oj ec", "oj eu", "official journal",
										"official journal of the european union"),
		[DNL_JOURNAL_SERIES] = DN_WORDS("l", "c", "e", "a"),
		/* and "XT 21004/18": the Council's Article 50 series, outside the
		 * type's series (a bare number after it is not an ST document) */
		[DNL_PAPER_LABELS] = DN_WORDS("hc paper", "hl paper", "xt"),
		[DNL_LIST_WORDS] = DN_WORDS("and", "or", "and/or"),
	},
};

static const dn_lexicon dn_lexicon_de = {
	.lang = "de",
	.lists = {
		[DNL_DOC_LABELS] = DN_WORDS("dok", "dokument", "dokumente", "ratsdok", "ratsdokument",
									"ratsdokumente", "ratsdok.-nr", "dok.-nr", "ratsdokument-nr",
									"dokument des rates"),
		[DNL_NUMBER_WORDS] = DN_WORDS("nr", "nrn", "nummer"),
		[DNL_ACT_WORDS] = DN_WORDS("verordnung", "verordnungen", "richtlinie", "richtlinien",
								   "beschluss", "beschlüsse", "rahmenbeschluss", "entscheidung",
								   "empfehlung", "durchführungsverordnung", "durchführungsbeschluss",
								   "gemeinsamer standpunkt", "gemeinsame aktion"),
		[DNL_ACT_QUALIFIERS] = DN_WORDS("eu", "eg", "ewg", "euratom", "gasp", "ji", "egks"),
		[DNL_JOURNAL_LABELS] = DN_WORDS("abl", "amtsblatt", "abl eu", "abl eg"),
		[DNL_JOURNAL_SERIES] = DN_WORDS("l", "c", "e", "a"),
		[DNL_PAPER_LABELS] = DN_WORDS("drucksache", "drucksachen", "drucks", "drs", "bt-drs", "br-drs",
									  "bt-drucksache", "br-drucksache", "bt-drucks", "br-drucks",
									  "bundestagsdrucksache", "bundesratsdrucksache"),
		[DNL_LIST_WORDS] = DN_WORDS("und", "oder", "sowie", "bzw"),
	},
};

static const dn_lexicon dn_lexicon_fr = {
	.lang = "fr",
	.lists = {
		[DNL_DOC_LABELS] = DN_WORDS("doc", "document", "documents", "doc du conseil",
									"document du conseil", "documents du conseil"),
		[DNL_NUMBER_WORDS] = DN_WORDS("n°", "nº", "n°s", "nos", "no", "numéro"),
		[DNL_ACT_WORDS] = DN_WORDS("règlement", "règlements", "directive", "directives", "décision",
								   "décisions", "décision-cadre", "recommandation",
								   "règlement d'exécution", "position commune", "action commune"),
		[DNL_ACT_QUALIFIERS] = DN_WORDS("ue", "ce", "cee", "euratom", "pesc", "jai", "ceca"),
		[DNL_JOURNAL_LABELS] = DN_WORDS("jo", "joue", "jo ce", "jo ue", "journal officiel",
										"journal officiel de l'union européenne"),
		[DNL_JOURNAL_SERIES] = DN_WORDS("l", "c", "e", "a"),
		[DNL_PAPER_LABELS] = DN_WORDS("doc parl"),
		[DNL_LIST_WORDS] = DN_WORDS("et", "ou", "et/ou"),
	},
};

static const dn_lexicon dn_lexicon_nl = {
	.lang = "nl",
	.lists = {
		[DNL_DOC_LABELS] = DN_WORDS("doc", "document", "documenten", "raadsdocument",
									"raadsdocumenten", "raadsdoc", "document van de raad"),
		[DNL_NUMBER_WORDS] = DN_WORDS("nr", "nrs", "nummer"),
		[DNL_ACT_WORDS] = DN_WORDS("verordening", "verordeningen", "richtlijn", "richtlijnen",
								   "besluit", "besluiten", "beschikking", "kaderbesluit",
								   "aanbeveling", "uitvoeringsverordening", "uitvoeringsbesluit",
								   "gemeenschappelijk standpunt", "gemeenschappelijk optreden"),
		[DNL_ACT_QUALIFIERS] = DN_WORDS("eu", "eg", "eeg", "euratom", "gbvb", "jbz", "egks"),
		[DNL_JOURNAL_LABELS] = DN_WORDS("pb", "publicatieblad", "pb eu", "pb eg"),
		[DNL_JOURNAL_SERIES] = DN_WORDS("l", "c", "e", "a"),
		[DNL_PAPER_LABELS] = DN_WORDS("kamerstuk", "kamerstukken", "kst", "kamerstukken i",
									  "kamerstukken ii", "handelingen"),
		[DNL_CHAMBER_WORDS] = DN_WORDS("i", "ii"),
		[DNL_LIST_WORDS] = DN_WORDS("en", "of", "en/of"),
	},
};

/* Italian and Spanish: the number words and acts EU texts cite most. */
static const dn_lexicon dn_lexicon_it = {
	.lang = "it",
	.lists = {
		[DNL_DOC_LABELS] = DN_WORDS("doc", "documento", "documenti", "documento del consiglio"),
		[DNL_NUMBER_WORDS] = DN_WORDS("n", "n.ro", "nn", "numero"),
		[DNL_ACT_WORDS] = DN_WORDS("regolamento", "direttiva", "decisione", "decisione quadro",
								   "raccomandazione"),
		[DNL_ACT_QUALIFIERS] = DN_WORDS("ue", "ce", "cee", "euratom", "pesc", "gai"),
		[DNL_JOURNAL_LABELS] = DN_WORDS("gu", "guue", "gu ce", "gu ue", "gazzetta ufficiale"),
		[DNL_JOURNAL_SERIES] = DN_WORDS("l", "c"),
		[DNL_LIST_WORDS] = DN_WORDS("e", "o"),
	},
};

static const dn_lexicon dn_lexicon_es = {
	.lang = "es",
	.lists = {
		[DNL_DOC_LABELS] = DN_WORDS("doc", "documento", "documentos", "documento del consejo"),
		[DNL_NUMBER_WORDS] = DN_WORDS("núm", "n.º", "n.°", "nº", "número"),
		[DNL_ACT_WORDS] = DN_WORDS("reglamento", "directiva", "decisión", "decisión marco",
								   "recomendación"),
		[DNL_ACT_QUALIFIERS] = DN_WORDS("ue", "ce", "cee", "euratom", "pesc", "jai"),
		[DNL_JOURNAL_LABELS] = DN_WORDS("do", "doue", "do ce", "do ue", "diario oficial"),
		[DNL_JOURNAL_SERIES] = DN_WORDS("l", "c"),
		[DNL_LIST_WORDS] = DN_WORDS("y", "o"),
	},
};

const dn_lexicon *const dn_lexicons[] = {
	&dn_lexicon_en, &dn_lexicon_de, &dn_lexicon_fr, &dn_lexicon_nl,
	&dn_lexicon_it, &dn_lexicon_es, NULL
};

/*
 * lexicon.c: the operative verbs of Council conclusions in English, Dutch,
 * French and German, as data.  Forms are lower case; the grammar (calls.c)
 * matches them in any case.  Sources: the verbs of the Council's own
 * conclusions (the 2017 cybersecurity conclusions and the public texts in
 * test/documents/real/), and the Council's style guide practice of
 * capitalised operative verbs and participles.
 *
 * Flags: CALL_VERB for verbs that ask someone to act (the addressees follow),
 * CALL_PASSIVE for "are invited" (the addressees precede), CALL_PREAMBLE for
 * participles and phrases of the preamble, CALL_NO_WHO for a verb form that
 * asks for a thing ("calls for"), PT for a form that is a finite verb or a
 * past participle ("verzocht": "Hij verzocht X", "De Raad heeft X verzocht"),
 * PO for a form that is only a participle ("opgedragen").
 * Longer forms win over shorter ones at the same place ("calls on" over
 * "calls"), whatever their order here.
 */
#include "calls.h"

#define V	CALL_VERB
#define P	(CALL_VERB | CALL_PASSIVE)
#define R	CALL_PREAMBLE
#define PT	(CALL_VERB | CALL_PARTICIPLE)	/* finite verb or participle */
#define PO	(CALL_VERB | CALL_PARTICIPLE | CALL_AUX_NEEDED)	/* participle only */

static const call_word en_verbs[] = {
	/* calls on someone */
	{"invites", "INVITES", V}, {"calls on", "CALLS ON", V}, {"calls upon", "CALLS ON", V},
	{"urges", "URGES", V}, {"requests", "REQUESTS", V}, {"encourages", "ENCOURAGES", V},
	{"asks", "ASKS", V}, {"tasks", "TASKS", V}, {"instructs", "INSTRUCTS", V},
	{"mandates", "MANDATES", V}, {"appeals to", "APPEALS TO", V}, {"exhorts", "EXHORTS", V},
	{"calls for", "CALLS", CALL_NO_WHO}, {"calls", "CALLS", CALL_NO_WHO},
	/* reported: "the Council invited the Commission to" (press releases,
	 * outcomes of meetings); longer passive forms ("are invited") win */
	{"invited", "INVITED", V}, {"called on", "CALLED ON", V}, {"called upon", "CALLED ON", V},
	{"urged", "URGED", V}, {"requested", "REQUESTED", V}, {"asked", "ASKED", V},
	{"encouraged", "ENCOURAGED", V}, {"tasked", "TASKED", V}, {"instructed", "INSTRUCTED", V},
	{"inviting", "INVITING", V},
	/* passive calls */
	{"is invited", "IS INVITED", P}, {"are invited", "ARE INVITED", P},
	{"is requested", "IS REQUESTED", P}, {"are requested", "ARE REQUESTED", P},
	{"is encouraged", "IS ENCOURAGED", P}, {"are encouraged", "ARE ENCOURAGED", P},
	{"is urged", "IS URGED", P}, {"are urged", "ARE URGED", P},
	{"is called upon", "IS CALLED UPON", P}, {"are called upon", "ARE CALLED UPON", P},
	{"is called on", "IS CALLED UPON", P}, {"are called on", "ARE CALLED UPON", P},
	{"is asked", "IS ASKED", P}, {"are asked", "ARE ASKED", P},
	{"is tasked", "IS TASKED", P}, {"are tasked", "ARE TASKED", P},
	/* statements */
	{"acknowledges", "ACKNOWLEDGES", 0}, {"agrees", "AGREES", 0}, {"approves", "APPROVES", 0},
	{"adopts", "ADOPTS", 0}, {"affirms", "AFFIRMS", 0}, {"commends", "COMMENDS", 0},
	{"concludes", "CONCLUDES", 0}, {"condemns", "CONDEMNS", 0}, {"confirms", "CONFIRMS", 0},
	{"considers", "CONSIDERS", 0}, {"decides", "DECIDES", 0}, {"deplores", "DEPLORES", 0},
	{"emphasises", "EMPHASISES", 0}, {"emphasizes", "EMPHASIZES", 0}, {"endorses", "ENDORSES", 0},
	{"expresses", "EXPRESSES", 0}, {"highlights", "HIGHLIGHTS", 0}, {"looks forward", "LOOKS FORWARD", 0},
	{"notes", "NOTES", 0}, {"takes note", "TAKES NOTE", 0}, {"reaffirms", "REAFFIRMS", 0},
	{"recalls", "RECALLS", 0}, {"recognises", "RECOGNISES", 0}, {"recognizes", "RECOGNIZES", 0},
	{"recommends", "RECOMMENDS", 0}, {"regrets", "REGRETS", 0}, {"reiterates", "REITERATES", 0},
	{"stresses", "STRESSES", 0}, {"supports", "SUPPORTS", 0}, {"underlines", "UNDERLINES", 0},
	{"underscores", "UNDERSCORES", 0}, {"welcomes", "WELCOMES", 0}, {"shares", "SHARES", 0},
	{"believes", "BELIEVES", 0}, {"commits", "COMMITS", 0}, {"remains", "REMAINS", 0},
	/* the preamble */
	{"acknowledging", "ACKNOWLEDGING", R}, {"bearing in mind", "BEARING IN MIND", R},
	{"emphasising", "EMPHASISING", R}, {"emphasizing", "EMPHASIZING", R},
	{"having regard", "HAVING REGARD", R}, {"highlighting", "HIGHLIGHTING", R},
	{"noting", "NOTING", R}, {"reaffirming", "REAFFIRMING", R}, {"recalling", "RECALLING", R},
	{"recognising", "RECOGNISING", R}, {"recognizing", "RECOGNIZING", R},
	{"reiterating", "REITERATING", R}, {"stressing", "STRESSING", R},
	{"underlining", "UNDERLINING", R}, {"welcoming", "WELCOMING", R},
	{"taking into account", "TAKING INTO ACCOUNT", R},
	{NULL, NULL, 0}
};
/* who speaks in conclusions, resolutions, recommendations and press releases */
static const char *const en_subjects[] = {"council", "it", "ministers", "recommendation", "resolution",
	"conclusions", "parliament", "they", "heads", "leaders", NULL};
static const char *const en_who_ends[] = {" to ", " to:", ":", ";", ". ", " that ", " for ", NULL};
static const char *const en_side[] = {
	"assisted by", "supported by",
	"in close cooperation with", "in cooperation with", "in close coordination with",
	"in coordination with", "in consultation with", "in collaboration with", "together with",
	"with the support of", "with the assistance of",
	"where appropriate", "as appropriate", "as a matter of priority", "in particular",
	"notably through", "notably via", "notably by", NULL
};
static const char *const en_skip[] = {"on", "upon", "also", "further", "strongly", NULL};
static const char *const en_asides[] = {"if", "where necessary", "where needed", "should", "in the event",
	"in case", "once", "when", "as soon as", "on the basis of", "building on", "taking into account",
	"in line with", "as it", "as they", "although", "while", "whereas", NULL};
static const char *const en_adverbs[] = {"also", "further", "therefore", "again", "once again", "hereby",
	"equally", "strongly", "urgently", "thus", "accordingly", "likewise", "furthermore", "in turn", "nevertheless", "however", NULL};

static const call_word nl_verbs[] = {
	{"verzoekt", "VERZOEKT", V}, {"roept", "ROEPT", V}, {"nodigt", "NODIGT", V},
	{"moedigt", "MOEDIGT", V}, {"spoort", "SPOORT", V}, {"dringt er bij", "DRINGT", V},
	{"vraagt", "VRAAGT", V}, {"draagt", "DRAAGT", V},
	/* reported */
	{"verzocht", "VERZOCHT", PT}, {"riep", "RIEP", V}, {"nodigde", "NODIGDE", V},
	{"drong er bij", "DRONG", V}, {"droeg", "DROEG", V}, {"gaf opdracht aan", "GAF OPDRACHT", V},
	/* perfect: "De Raad heeft het Comité opgedragen" */
	{"opgedragen", "OPGEDRAGEN", PO}, {"gevraagd", "GEVRAAGD", PO}, {"uitgenodigd", "UITGENODIGD", PO},
	{"opgeroepen", "OPGEROEPEN", PO}, {"aangemoedigd", "AANGEMOEDIGD", PO}, {"aangespoord", "AANGESPOORD", PO},
	{"wordt verzocht", "WORDT VERZOCHT", P}, {"worden verzocht", "WORDEN VERZOCHT", P},
	{"wordt uitgenodigd", "WORDT UITGENODIGD", P}, {"worden uitgenodigd", "WORDEN UITGENODIGD", P},
	{"wordt aangemoedigd", "WORDT AANGEMOEDIGD", P}, {"worden aangemoedigd", "WORDEN AANGEMOEDIGD", P},
	{"wordt opgeroepen", "WORDT OPGEROEPEN", P}, {"worden opgeroepen", "WORDEN OPGEROEPEN", P},
	{"benadrukt", "BENADRUKT", 0}, {"beklemtoont", "BEKLEMTOONT", 0}, {"bevestigt", "BEVESTIGT", 0},
	{"besluit", "BESLUIT", 0}, {"constateert", "CONSTATEERT", 0}, {"erkent", "ERKENT", 0},
	{"herhaalt", "HERHAALT", 0}, {"herinnert", "HERINNERT", 0}, {"hecht", "HECHT", 0},
	{"is ingenomen met", "IS INGENOMEN", 0}, {"is verheugd", "IS VERHEUGD", 0},
	{"juicht", "JUICHT", 0}, {"keurt", "KEURT", 0}, {"memoreert", "MEMOREERT", 0},
	{"neemt", "NEEMT", 0}, {"onderschrijft", "ONDERSCHRIJFT", 0}, {"onderstreept", "ONDERSTREEPT", 0},
	{"steunt", "STEUNT", 0}, {"stemt", "STEMT", 0}, {"verwelkomt", "VERWELKOMT", 0},
	{"wijst", "WIJST", 0}, {"beveelt", "BEVEELT", 0}, {"veroordeelt", "VEROORDEELT", 0},
	{"erkennend", "ERKENNEND", R}, {"herinnerend", "HERINNEREND", R}, {"benadrukkend", "BENADRUKKEND", R},
	{"onderstrepend", "ONDERSTREPEND", R}, {"verwijzend naar", "VERWIJZEND NAAR", R},
	{"gezien", "GEZIEN", R}, {"overwegende", "OVERWEGENDE", R}, {"bevestigend", "BEVESTIGEND", R},
	{"verwelkomend", "VERWELKOMEND", R}, {"opmerkend", "OPMERKEND", R},
	{NULL, NULL, 0}
};
static const char *const nl_subjects[] = {"raad", "hij", "ministers", "aanbeveling", "resolutie",
	"conclusies", "parlement", "zij", "regeringsleiders", "staatshoofden", "leiders", NULL};
/* separable verbs end their object with their particle: roept X op, nodigt X uit */
static const char *const nl_who_ends[] = {" om ", " te ", " op ", " op:", " uit ", " uit:", " aan ", " aan:",
	" toe ", ":", ";", ". ", " dat ", NULL};
static const char *const nl_side[] = {
	"bijgestaan door", "ondersteund door",
	"in nauwe samenwerking met", "in samenwerking met", "in overleg met", "samen met",
	"met steun van", "in voorkomend geval", "waar passend", "in het bijzonder",
	"met name via", "met name door", "met name middels", NULL
};
static const char *const nl_skip[] = {NULL};
static const char *const nl_asides[] = {"indien", "mocht", "mochten", "zodra", "wanneer",
	"uitgaande van", "voortbouwend op", "op basis van", "rekening houdend met", "in het geval", "hoewel", "terwijl",
	"ofschoon", NULL};
static const char *const nl_adverbs[] = {"tevens", "daarom", "ook", "eveneens", "derhalve", "dan ook",
	"nogmaals", "bovendien", "hierbij", "met klem", "dringend", "voorts", "verder", "echter", "niettemin", NULL};
static const char *const nl_aux[] = {"heeft", "hebben", "had", "hadden", NULL};
static const char *const nl_speakers[] = {"de europese raad", "de raad", "het europees parlement", "het parlement",
	"hij", "zij", "de ministers", "de staatshoofden en regeringsleiders", NULL};

static const call_word fr_verbs[] = {
	{"invite", "INVITE", V}, {"demande", "DEMANDE", V}, {"appelle", "APPELLE", V},
	{"exhorte", "EXHORTE", V}, {"encourage", "ENCOURAGE", V}, {"prie", "PRIE", V},
	{"charge", "CHARGE", V}, {"engage", "ENGAGE", V}, {"incite", "INCITE", V},
	/* plural subjects ("les ministres invitent") and reported speech */
	{"invitent", "INVITENT", V}, {"demandent", "DEMANDENT", V}, {"appellent", "APPELLENT", V},
	{"chargent", "CHARGENT", V}, {"a invité", "A INVITÉ", V}, {"ont invité", "ONT INVITÉ", V},
	{"a demandé", "A DEMANDÉ", V}, {"a appelé", "A APPELÉ", V}, {"a chargé", "A CHARGÉ", V},
	{"est invité", "EST INVITÉ", P}, {"est invitée", "EST INVITÉ", P},
	{"sont invités", "SONT INVITÉS", P}, {"sont invitées", "SONT INVITÉS", P},
	{"est encouragé", "EST ENCOURAGÉ", P}, {"est encouragée", "EST ENCOURAGÉ", P},
	{"sont encouragés", "SONT ENCOURAGÉS", P}, {"sont encouragées", "SONT ENCOURAGÉS", P},
	{"est prié", "EST PRIÉ", P}, {"est priée", "EST PRIÉ", P},
	{"sont priés", "SONT PRIÉS", P}, {"sont priées", "SONT PRIÉS", P},
	{"est appelé", "EST APPELÉ", P}, {"est appelée", "EST APPELÉ", P},
	{"sont appelés", "SONT APPELÉS", P}, {"sont appelées", "SONT APPELÉS", P},
	{"salue", "SALUE", 0}, {"souligne", "SOULIGNE", 0}, {"reconnaît", "RECONNAÎT", 0},
	{"reconnait", "RECONNAÎT", 0}, {"rappelle", "RAPPELLE", 0}, {"prend note", "PREND NOTE", 0},
	{"prend acte", "PREND ACTE", 0}, {"réaffirme", "RÉAFFIRME", 0}, {"réitère", "RÉITÈRE", 0},
	{"insiste", "INSISTE", 0}, {"constate", "CONSTATE", 0}, {"se félicite", "SE FÉLICITE", 0},
	{"approuve", "APPROUVE", 0}, {"estime", "ESTIME", 0}, {"considère", "CONSIDÈRE", 0},
	{"note", "NOTE", 0}, {"souscrit", "SOUSCRIT", 0}, {"soutient", "SOUTIENT", 0},
	{"confirme", "CONFIRME", 0}, {"décide", "DÉCIDE", 0}, {"convient", "CONVIENT", 0},
	{"met l'accent", "MET L'ACCENT", 0}, {"recommande", "RECOMMANDE", 0}, {"adopte", "ADOPTE", 0},
	{"condamne", "CONDAMNE", 0}, {"déplore", "DÉPLORE", 0}, {"accueille", "ACCUEILLE", 0},
	{"reconnaissant", "RECONNAISSANT", R}, {"rappelant", "RAPPELANT", R},
	{"soulignant", "SOULIGNANT", R}, {"réaffirmant", "RÉAFFIRMANT", R}, {"notant", "NOTANT", R},
	{"considérant", "CONSIDÉRANT", R}, {"vu", "VU", R}, {"ayant à l'esprit", "AYANT À L'ESPRIT", R},
	{"se félicitant", "SE FÉLICITANT", R}, {"insistant", "INSISTANT", R},
	{"prenant note", "PRENANT NOTE", R}, {"tenant compte", "TENANT COMPTE", R},
	{NULL, NULL, 0}
};
static const char *const fr_subjects[] = {"conseil", "il", "ministres", "recommandation", "résolution",
	"conclusions", "parlement", "ils", "chefs", "dirigeants", NULL};
static const char *const fr_who_ends[] = {" à ", " a ", " de ", " d'", " d’", ":", ";", ". ", " que ",
	" pour ", NULL};
static const char *const fr_side[] = {
	"assisté de", "assistée de", "assisté du", "assistée du", "assistés de", "assistés du",
	"soutenu par", "soutenue par",
	"en étroite coopération avec", "en coopération avec", "en étroite coordination avec",
	"en coordination avec", "en concertation avec", "en consultation avec", "avec le soutien de",
	"avec l'appui de", "conjointement avec", "le cas échéant", "selon le cas", "en particulier",
	"notamment au travers", "notamment à travers", "notamment par", "notamment grâce", "notamment via", NULL
};
/* "demande instamment à la Russie", "invite également les États membres" */
static const char *const fr_skip[] = {"à", "instamment", "également", "aussi", "en outre", NULL};
static const char *const fr_asides[] = {"au cas où", "si", "s'il", "s'ils", "lorsque", "lorsqu'il", "lorsqu'ils", "lorsqu'elle", "dès que",
	"sur la base", "en s'appuyant", "en tenant compte", "compte tenu", "conformément", "bien que",
	"alors que", "même si", NULL};
static const char *const fr_adverbs[] = {"également", "aussi", "donc", "instamment", "en outre", "par conséquent",
	"dès lors", "à nouveau", "vivement", "de nouveau", "par ailleurs", "néanmoins", "toutefois", "cependant", NULL};

static const call_word de_verbs[] = {
	{"ersucht", "ERSUCHT", PT}, {"fordert", "FORDERT", V}, {"ruft", "RUFT", V},
	{"bittet", "BITTET", V}, {"ermutigt", "ERMUTIGT", PT}, {"ermuntert", "ERMUNTERT", PT},
	{"lädt", "LÄDT", V}, {"appelliert an", "APPELLIERT AN", V}, {"beauftragt", "BEAUFTRAGT", PT},
	/* reported */
	{"ersuchte", "ERSUCHTE", V}, {"ersuchten", "ERSUCHTE", V}, {"forderte", "FORDERTE", V},
	{"forderten", "FORDERTE", V}, {"bat", "BAT", V}, {"baten", "BAT", V},
	{"beauftragte", "BEAUFTRAGTE", V}, {"beauftragten", "BEAUFTRAGTE", V},
	/* perfect: "Der Rat hat den Ausschuss beauftragt" */
	{"aufgefordert", "AUFGEFORDERT", PO}, {"gebeten", "GEBETEN", PO}, {"eingeladen", "EINGELADEN", PO},
	{"aufgerufen", "AUFGERUFEN", PO},
	{"appellierte an", "APPELLIERTE AN", V}, {"appellierten an", "APPELLIERTE AN", V},
	{"wird ersucht", "WIRD ERSUCHT", P}, {"werden ersucht", "WERDEN ERSUCHT", P},
	{"wird aufgefordert", "WIRD AUFGEFORDERT", P}, {"werden aufgefordert", "WERDEN AUFGEFORDERT", P},
	{"wird gebeten", "WIRD GEBETEN", P}, {"werden gebeten", "WERDEN GEBETEN", P},
	{"wird ermutigt", "WIRD ERMUTIGT", P}, {"werden ermutigt", "WERDEN ERMUTIGT", P},
	{"wird eingeladen", "WIRD EINGELADEN", P}, {"werden eingeladen", "WERDEN EINGELADEN", P},
	{"begrüßt", "BEGRÜSST", 0}, {"begrüsst", "BEGRÜSST", 0}, {"betont", "BETONT", 0},
	{"erkennt", "ERKENNT", 0}, {"unterstreicht", "UNTERSTREICHT", 0}, {"erinnert", "ERINNERT", 0},
	{"bekräftigt", "BEKRÄFTIGT", 0}, {"nimmt", "NIMMT", 0}, {"stellt fest", "STELLT FEST", 0},
	{"unterstützt", "UNTERSTÜTZT", 0}, {"billigt", "BILLIGT", 0}, {"hebt", "HEBT", 0},
	{"weist", "WEIST", 0}, {"bestätigt", "BESTÄTIGT", 0}, {"beschließt", "BESCHLIESST", 0},
	{"empfiehlt", "EMPFIEHLT", 0}, {"vertritt", "VERTRITT", 0}, {"ist der auffassung", "IST DER AUFFASSUNG", 0},
	{"würdigt", "WÜRDIGT", 0}, {"bedauert", "BEDAUERT", 0}, {"verurteilt", "VERURTEILT", 0},
	{"teilt", "TEILT", 0}, {"hält", "HÄLT", 0}, {"sieht", "SIEHT", 0},
	{"in anerkennung", "IN ANERKENNUNG", R}, {"unter hinweis auf", "UNTER HINWEIS AUF", R},
	{"in dem bewusstsein", "IN DEM BEWUSSTSEIN", R}, {"unter betonung", "UNTER BETONUNG", R},
	{"in bekräftigung", "IN BEKRÄFTIGUNG", R}, {"unter begrüßung", "UNTER BEGRÜSSUNG", R},
	{"in erwägung", "IN ERWÄGUNG", R}, {"gestützt auf", "GESTÜTZT AUF", R},
	{NULL, NULL, 0}
};
static const char *const de_subjects[] = {"rat", "minister", "ministerinnen", "empfehlung", "entschließung",
	"schlussfolgerungen", "parlament", "sie", "er", "regierungschefs", NULL};
/* "ERSUCHT die Kommission, ... vorzulegen": the comma ends the object;
 * "fordert X auf", "lädt X ein", "ruft X dazu auf" end at their particle */
static const char *const de_who_ends[] = {", ", " auf,", " auf ", " auf:", " dazu ", " ein,", " ein ",
	" zu ", ":", ";", ". ", " dass ", NULL};
static const char *const de_side[] = {
	"unterstützt von", "unterstützt durch", "unter mitwirkung", "mit hilfe",
	"in enger zusammenarbeit mit", "in zusammenarbeit mit", "in enger abstimmung mit",
	"in abstimmung mit", "gemeinsam mit", "mit unterstützung", "gegebenenfalls",
	"insbesondere", NULL
};
static const char *const de_skip[] = {NULL};
static const char *const de_asides[] = {"falls", "wenn", "sobald", "ausgehend von", "gestützt auf",
	"auf der grundlage", "unter berücksichtigung", "im einklang mit", "obwohl", "während",
	"wenngleich", NULL};
static const char *const de_adverbs[] = {"daher", "deshalb", "auch", "ferner", "außerdem", "zudem", "nachdrücklich",
	"dringend", "ebenfalls", "somit", "hiermit", "erneut", "darüber hinaus", "folglich", "jedoch", "dennoch", NULL};
static const char *const de_aux[] = {"hat", "haben", "hatte", "hatten", NULL};
/* nominative "der": an addressee would be "den Europäischen Rat" */
static const char *const de_speakers[] = {"der europäische rat", "der rat", "das europäische parlament",
	"das parlament", "er", "die staats- und regierungschefs", "die minister", NULL};

#undef V
#undef P
#undef R
#undef PT
#undef PO
static const char *const none[] = {NULL};

/* English and French put the participle right after its auxiliary ("has
 * invited X", "a invité X") and the subject before the verb: no perfect
 * or speaker reading */
static const call_lexicon en = {"en", en_verbs, en_subjects, en_who_ends, en_side, en_skip,
	en_asides, en_adverbs, none, none};
static const call_lexicon nl = {"nl", nl_verbs, nl_subjects, nl_who_ends, nl_side, nl_skip,
	nl_asides, nl_adverbs, nl_aux, nl_speakers};
static const call_lexicon fr = {"fr", fr_verbs, fr_subjects, fr_who_ends, fr_side, fr_skip,
	fr_asides, fr_adverbs, none, none};
static const call_lexicon de = {"de", de_verbs, de_subjects, de_who_ends, de_side, de_skip,
	de_asides, de_adverbs, de_aux, de_speakers};

const call_lexicon *const call_lexicons[] = {&en, &nl, &fr, &de, NULL};

const char *const call_conjunctions[] = {"as well as", "and", "ainsi que", "et", "alsook", "en", "sowie", "und",
	NULL};

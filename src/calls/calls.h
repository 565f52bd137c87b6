/*
 * calls.h: operative verbs and the calls they make, in the text of one
 * paragraph, point or recital of Council conclusions.  Pure C, no
 * PostgreSQL header (the SQL side is src/calls_sql.c).
 *
 * Conclusions speak through operative verbs: "WELCOMES the Communication",
 * "INVITES the Commission to ...", "The Council invites the Commission to",
 * "Member States are invited to", "VERZOEKT de Commissie om", "invite la
 * Commission à", "ERSUCHT die Kommission, ...".  A verb that calls on
 * someone (invites, calls on, urges, requests, encourages, ...) names its
 * addressees: after the verb in the active voice, before it in the passive.
 * This module finds the verbs and cuts out the addressee part of the text;
 * which actors that part names is the actor vocabulary's business (SQL:
 * actors_in), so that users can extend the vocabulary without rebuilding.
 *
 * The words of every language are data (lexicon.c); the grammar below
 * knows only the kinds of words.  All languages are read at once: the
 * verbs of the four languages barely collide, and a text says which
 * language it is in only by its words.
 */
#ifndef PT_CALLS_H
#define PT_CALLS_H

#include <stddef.h>

/* what a verb does */
#define CALL_VERB		0x01	/* names addressees: INVITES X to */
#define CALL_PASSIVE	0x02	/* the addressees come first: X are invited to */
#define CALL_PREAMBLE	0x04	/* a participle of the preamble: RECALLING */
#define CALL_NO_WHO		0x08	/* CALLS for / CALLS to: asks for a thing */
/*
 * A past participle of Dutch or German, whose perfect tense puts the
 * addressees between the auxiliary and it: "De Raad heeft het Comité ...
 * opgedragen", "Der Rat hat den Ausschuss ... beauftragt".  Many such forms
 * are also finite verbs ("verzocht", "beauftragt"): without an auxiliary
 * before them they are read as such.
 */
#define CALL_PARTICIPLE	0x10
/* only a participle ("opgedragen", "aufgefordert"): no call without its auxiliary */
#define CALL_AUX_NEEDED	0x20
/* set by calls_find: read as a perfect, the addressees lie before the verb */
#define CALL_PERFECT	0x40

struct call_lexicon;

typedef struct call_found
{
	const char *verb;			/* canonical, capitals: "INVITES", "CALLS ON",
								 * "ARE INVITED" */
	unsigned	flags;			/* CALL_* of the verb as used here */
	size_t		start;			/* byte offset of the verb in the text */
	size_t		len;			/* bytes of the verb as written */
	/* addressee part (CALL_VERB only, else who_len 0): byte range of the
	 * text, with cooperation phrases ("in close cooperation with ENISA")
	 * blanked out in who_text */
	size_t		who_start;
	size_t		who_len;
	/* the verb's language: its words end the addressee part ("ERSUCHT die
	 * Kommission, bis ..." ends at the comma, "INVITES X, Y and Z to" not) */
	const struct call_lexicon *lexicon;
} call_found;

/*
 * Finds the operative verbs of text[0..len) in order.  Writes at most max
 * of them into out and returns how many there are (so a caller can retry
 * with a bigger array).  A verb in capitals always counts; one in lower
 * case counts when the Council (or "it") is its subject nearby, at the
 * start of the text, or in the passive.
 */
extern size_t calls_find(const char *text, size_t len, call_found *out, size_t max);

/*
 * Copies the addressee part of a call into buf (at most cap-1 bytes, NUL
 * terminated), leaving out cooperation phrases and the like ("in close
 * cooperation with ENISA, Europol and the EEAS,").  Returns the length.
 */
extern size_t calls_who_text(const char *text, const call_found *c, char *buf, size_t cap);

/* the lexicon: one entry per form (lexicon.c) */
typedef struct call_word
{
	const char *form;			/* lower case, words separated by one blank */
	const char *verb;			/* canonical capitals */
	unsigned	flags;
} call_word;

typedef struct call_lexicon
{
	const char *lang;
	const call_word *verbs;		/* terminated by a NULL form */
	const char *const *subjects;	/* "council", "it": make a lower-case verb operative */
	const char *const *who_ends;	/* end the addressee part: " to ", " om ", " à " */
	const char *const *side_phrases;	/* cut out of it: "in close cooperation with" */
	const char *const *who_skip;	/* dropped at its start: "on", "à", "an" */
	/*
	 * Interposed clauses: cut out of the addressee part like side phrases,
	 * but only right after a comma ("invite le Conseil, au cas où Europol
	 * deviendrait ..., à envisager"), where they cannot be part of a name.
	 */
	const char *const *asides;
	/* may stand inside a passive form: "are also urged", "wird daher gebeten" */
	const char *const *adverbs;
	/* the auxiliaries of the perfect tense: "heeft", "hat" */
	const char *const *auxiliaries;
	/*
	 * The speaker named after its verb in the inverted (V2) order of Dutch
	 * and German: "Daarom verzoekt de Europese Raad de Commissie", "bittet
	 * der Europäische Rat die Kommission": the subject, not an addressee.
	 */
	const char *const *speakers;
} call_lexicon;

extern const call_lexicon *const call_lexicons[];	/* NULL-terminated */

/* after a side phrase, a comma and one of these resume the addressees */
extern const char *const call_conjunctions[];	/* NULL-terminated */

#endif

/*
 * docnum_core.h: EU document numbers, without PostgreSQL.
 *
 * Everything here is plain C99 so that the unit tests and fuzz harnesses in
 * test/ can drive the parser, formatter and extractor directly; src/docnum.c
 * wraps them for the server.  The reference is ../shared/spec/docnum.md.
 */
#ifndef DOCNUM_CORE_H
#define DOCNUM_CORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * On-disk value: one unsigned 64-bit integer whose numeric order is the sort
 * order of spec section 4.  The layout is permanent once released:
 *
 *   bit  63      always 0 (reserved; also keeps signed int8 order == ours)
 *   bits 59..62  series code 1..12 (0 and 13..15 reserved)
 *   bits 51..58  year - 1950 (0..149 used; 150..255 reserved)
 *   bits 27..50  running number 1..999999 (24 bits, room to 16777215)
 *   bits  0..26  suffix: three 9-bit chain elements, first element highest;
 *                each is kind (3 bits, 0 = none) and number (6 bits, 1..63).
 *                Commission values keep kind 0 and put the version
 *                (1 = final, n = final/n) in the first element's number.
 *
 * An empty element (kind 0, number 0) sorts before any element, which is
 * what makes a chain that is a prefix of another sort first.
 */
typedef uint64_t docnum_t;

enum
{
	DN_SERIES_ST = 1,
	DN_SERIES_EUCO,
	DN_SERIES_WK,
	DN_SERIES_CM,
	DN_SERIES_DS,
	DN_SERIES_SN,
	DN_SERIES_PECONS,
	DN_SERIES_COM,				/* first Commission series */
	DN_SERIES_JOIN,
	DN_SERIES_SWD,
	DN_SERIES_SEC,
	DN_SERIES_C,
	DN_SERIES_MAX = DN_SERIES_C
};

enum
{
	DN_KIND_NONE = 0,
	DN_KIND_REV,
	DN_KIND_COR,
	DN_KIND_ADD,
	DN_KIND_EXT,
	DN_KIND_DCL,
	DN_KIND_MAX = DN_KIND_DCL
};

#define DN_MIN_YEAR 1950
#define DN_MAX_YEAR 2099
#define DN_MAX_NUMBER 999999
#define DN_MAX_SUFFIX_NUMBER 63
#define DN_MAX_CHAIN 3

/* Longest canonical or display text, with the terminating NUL. */
#define DN_TEXT_MAX 64

typedef struct docnum_fields
{
	int			series;
	int			year;
	uint32_t	number;
	int			nchain;			/* Council: chain length 0..3 */
	struct
	{
		int			kind;
		int			num;
	}			chain[DN_MAX_CHAIN];
	int			version;		/* Commission: 1 = final, n = final/n */
} docnum_fields;

typedef enum
{
	DN_OK = 0,
	DN_ERR_SYNTAX,				/* SQLSTATE 22P02 */
	DN_ERR_RANGE				/* SQLSTATE 22003 */
} dn_status;

/*
 * Parse a whole string (leading and trailing blanks allowed).  On failure
 * *hint points at a static sentence saying which form was expected or what
 * the input looks like instead.
 */
extern dn_status docnum_parse(const char *s, size_t len, docnum_t *out,
							  const char **hint);

/*
 * docnum_parse's two halves, for the unit test and the fuzz harness, which
 * check that they agree: the one-pass reader of the usual spellings (false
 * when it does not answer) and the full parser, which reads the rest.
 */
extern bool docnum_parse_fast(const char *s, size_t len, docnum_t *out);
/* The same on a NUL-terminated string: the value, or 0 (never valid). */
extern docnum_t docnum_parse_fast_cstring(const char *s);
extern dn_status docnum_parse_full(const char *s, size_t len, docnum_t *out,
								   const char **hint);

/* Canonical text (type output) and cover-page text; return strlen. */
extern size_t docnum_format(docnum_t v, char *buf);
extern size_t docnum_format_display(docnum_t v, char *buf);

/* Chain or Commission version as written: "REV 4 ADD 1", "INIT", "final/2". */
extern size_t docnum_format_suffix(docnum_t v, char *buf);

/* Register URL path "ST-12762-2017-REV-5", or 0 when the series has none. */
extern size_t docnum_format_register_id(docnum_t v, char *buf);

/* CELEX number of JOIN and SWD documents, or 0 when there is none. */
extern size_t docnum_format_celex(docnum_t v, char *buf);

extern bool docnum_is_valid(docnum_t v);
extern bool docnum_decode(docnum_t v, docnum_fields *f);
extern docnum_t docnum_encode(const docnum_fields *f);

extern const char *docnum_series_name(int series);
extern bool docnum_is_commission(docnum_t v);
extern int	docnum_first_revision(docnum_t v);
extern docnum_t docnum_family(docnum_t v);

/*
 * 64-bit hash with full avalanche; the low 32 bits of seed 0 are the 32-bit
 * hash, as PostgreSQL requires of hash support function 2.
 */
extern uint64_t docnum_hash64(docnum_t v, uint64_t seed);

/* --- extraction from running text (docnum_extract.c) --- */

typedef struct dn_match
{
	docnum_t	ref;
	size_t		start;			/* byte offset of the mention */
	size_t		len;			/* byte length of the mention */
} dn_match;

/* Return false to stop the scan. */
typedef bool (*dn_emit_fn) (void *arg, const dn_match *m);

extern void docnum_extract(const char *s, size_t len, dn_emit_fn emit, void *arg);

/* Unit test: lexicon phrases the extractor cannot index (0 when all fit). */
extern int	docnum_lexicon_check(void);

/*
 * Prefix parser used by the extractor: parses one reference starting at s,
 * sets *consumed to its byte length.  Not for type input.
 */
extern dn_status docnum_parse_prefix(const char *s, size_t len, docnum_t *out,
									 size_t *consumed);

/* Shared lexical helpers (docnum_core.c). */
extern size_t dn_blank_len(const char *p, const char *end);
extern size_t dn_skip_blanks(const char *p, const char *end);

#endif							/* DOCNUM_CORE_H */

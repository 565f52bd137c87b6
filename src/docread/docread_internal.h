/*
 * docread_internal.h: what the reader's files share (not installed).
 * The reader works in passes over an array of lines:
 *   lines.c      splits and cleans lines, finds footers and separators
 *   footnotes.c  finds footnote bodies and resolves markers
 *   cover.c      cover fields, the council line and the title
 *   structure.c  numbering, chapters, recitals, points (the main pass)
 *   docread.c    entry point, items and their texts
 *   words.c      the words of each language (data only)
 */
#ifndef DOCREAD_INTERNAL_H
#define DOCREAD_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "docread/docread.h"

/* line classes set by the early passes; LC_TEXT lines go to the main pass */
enum
{
	LC_TEXT = 0,
	LC_BLANK,
	LC_FOOTER,					/* first line of a page footer */
	LC_FOOTER_MORE,				/* further lines of the same footer */
	LC_SEPARATOR,				/* "___" or markdown "\_" before footnotes */
	LC_FNSTART,					/* first line of a footnote body */
	LC_META,					/* consumed by a cover field */
	LC_COUNCIL,					/* "The Council of the European Union," */
	LC_TITLE,					/* title of the conclusions */
	LC_FNNUM,					/* a footnote's number away from its body (dropped) */
	LC_FNLOST					/* OCR: a footnote body whose number was lost (skipped) */
};

typedef struct
{
	const char *raw;			/* the line in the input, without its end */
	size_t		rawlen;
	char	   *txt;			/* cleaned text (owned, mutable, NUL-terminated) */
	size_t		tlen;
	int			page;			/* 0-based, counts form feeds */
	int			src;			/* 0-based source line (a line split by dr_split_runon keeps it) */
	int			indent;			/* leading columns, tabs to multiples of 8 */
	int			mk_first;		/* explicit <sup>n</sup> markers: index into rd.mk */
	int			mk_n;
	int16_t		fn;				/* LC_FNSTART: footnote number (< DR_MAX_FN) */
	int16_t		supfn;			/* markdown footnote body form: number, -1 number lost, 0 none */
	uint8_t		hlevel;			/* markdown heading level (# count) */
	uint8_t		cls;			/* LC_* */
	bool		fnalone;		/* LC_FNSTART: the number stood alone, body on next line */
	bool		restart;		/* a paragraph numbered 1 again inside the same part */
	bool		blank;
} dr_line;

/* a piece of an item's text: one line's (part of the) cleaned text */
typedef struct
{
	int			item;
	int			line;
	const char *p;
	size_t		n;
} dr_frag;

typedef struct
{
	int			item;
	int			fn;
} dr_mark;

#define DR_MAX_FN 1000			/* footnote numbers 1..999 */

typedef struct
{
	dr_alloc_fn alloc;
	void	   *ctx;
	bool		nomem;

	dr_line    *lines;
	int			nlines;
	int			ntext;			/* lines that are not blank */
	int		   *mk;				/* explicit markers of all lines */
	int			nmk;

	dr_item    *items;
	int			nitems;
	int			maxitems;
	dr_frag    *frags;
	int			nfrags;
	int			maxfrags;
	dr_mark    *marks;
	int			nmarks;
	int			maxmarks;

	int		   *chap_of;		/* item -> its chapter item, -1 (structure.c) */
	int		   *fn_page;		/* footnote number -> page of its body + 1, 0 if none */
	bool	   *fn_ocr;			/* footnote number -> its marker was read from OCR glyphs */
	int		   *fn_hint;		/* footnote number -> line + 1 of the OCR glyph run that
								 * most likely was its marker (a guess), 0 if none */
	int			layout;
	int			md_score;
	int			ocr;
} dr_reader;

/* docread.c */
void	   *dr_new(dr_reader *rd, size_t n);
int			dr_add_item(dr_reader *rd, dr_kind kind, int line);
void		dr_add_frag(dr_reader *rd, int item, int line, const char *p, size_t n);
void		dr_add_mark(dr_reader *rd, int item, int fn);
char	   *dr_strndup(dr_reader *rd, const char *p, size_t n);

/* lines.c */
const char *dr_split_runon(dr_reader *rd, const char *text, size_t *len);
int			dr_split_lines(dr_reader *rd, const char *text, size_t len);
void		dr_find_footers(dr_reader *rd);
bool		dr_is_separator(const char *t, size_t n);
int			dr_hyphen_join(const char *left, size_t ln, const char *right, size_t rn);

/* footnotes.c */
void		dr_find_footnotes(dr_reader *rd);
void		dr_page_footnotes(dr_reader *rd);
void		dr_ocr_markers(dr_reader *rd);
int			dr_glued_markers(dr_reader *rd, dr_line *ln, int *last_marker, int *out, int max);

/* cover.c */
void		dr_find_council(dr_reader *rd);
void		dr_read_cover(dr_reader *rd, int end, int mstart, int mend);

/* structure.c */
void		dr_structure(dr_reader *rd);
int			dr_para_number(const char *t, size_t n, int expected, size_t *textoff, bool *alone, bool *damaged);

/* words.c: tables, each terminated by a NULL entry */
typedef struct
{
	const char *label;			/* as written, without the colon */
	const char *field;
} dr_label_word;

extern const char *const dr_chapter_words[];
extern const char *const dr_hereby_words[];
extern const char *const dr_council_words[];
extern const dr_label_word dr_label_words[];
extern const char *const dr_marking_words[];
extern const char *const dr_ref_prefixes[];
extern const char *const dr_footnote_words[];
extern const char *const dr_meeting_words[];
extern const char *const dr_possessive_words[];
extern const char *const dr_date_articles[];
extern const char *const dr_header_words[];
extern const char *const dr_compound_tails[];

/* small helpers shared by the passes */
static inline bool
dr_isspace(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r';
}
static inline bool
dr_isdigit(unsigned char c)
{
	return c >= '0' && c <= '9';
}
static inline bool
dr_isupper(unsigned char c)
{
	return c >= 'A' && c <= 'Z';
}
static inline bool
dr_islower(unsigned char c)
{
	return c >= 'a' && c <= 'z';
}
static inline bool
dr_isalpha(unsigned char c)
{
	return dr_isupper(c) || dr_islower(c) || c >= 0x80;
}
static inline unsigned char
dr_lower(unsigned char c)
{
	return dr_isupper(c) ? (unsigned char) (c + 32) : c;
}

/* does t (length n) start with word w, case-insensitively (ASCII), followed by a non-letter? */
size_t		dr_word_prefix(const char *t, size_t n, const char *w);
/* a date "7 November 2017", "7. November 2017", "le 7 novembre 2017" at t: its length, 0 if none */
size_t		dr_date_at(const char *t, size_t n);

#endif

/*
 * docread.h: reads the text that PDF converters make of Council of the EU
 * conclusions (markdown-ish converters, pdftotext plain and -layout,
 * pdfminer, OCR) and returns the document's structure as a flat list of
 * items in document order.  Pure C99, no PostgreSQL headers: the server
 * wrapper passes a palloc-based allocator, the unit tests and fuzzers an
 * arena.  Nothing is ever freed by the reader: every byte it needs (scratch
 * included, O(input size)) comes from the allocator, so the caller frees
 * the lot at once (a memory context, an arena).
 *
 * Parts: a cover note (numbered 1..n) may precede the conclusions (numbered
 * again from 1); the last numbering run that restarts at 1 is the
 * conclusions.  Items of the cover note have in_note = 1.
 *
 * Time is linear in the input (about 100 MB/s on the reference text, and no
 * input found slower than 4 MB/s); memory is O(input), at most about 100
 * bytes per line with text.  Any bytes are accepted (NUL and other control
 * characters count as spaces, invalid UTF-8 becomes U+FFFD).
 *
 * What it undoes of each converter (test/documents/README.md describes
 * them): pdftotext's markers alone on their line ("14." / text, "–" /
 * text), numbers and dashes printed as a column before their texts, page
 * footers with a line of text inside them, and footnote numbers that drift
 * from their bodies (bodies are matched, page by page, to the markers the
 * page cites); pdftohtml's text without blank lines or form feeds; OCR that
 * lost most paragraph numbers (a block opening with an operative word in
 * capitals is then the next paragraph), confused one of their digits
 * ("92. RECOGNISES" for 52), or turned footnote markers into glyphs
 * ("Strategy”", "governance®": footnotes.c); a document pasted on one line.
 *
 * Known limits (what the reader does not undo):
 *  - footnote markers printed as separate numbers ("the EU 1."); markers
 *    glued to digits other than a year ("2015-202013" works);
 *  - OCR: markers turned into glyphs ("EU’.", "Conclusions?", "policy*")
 *    are read only page by page, where the glyph runs glued to words are
 *    exactly as many as the page's bodies (or a run keeps a digit,
 *    "2020!3"); a body whose marker OCR dropped, or whose page has more
 *    such runs than bodies, is placed by position (placed = 0): beside the
 *    last glyph run its page leaves over, which is a guess; bodies whose
 *    number OCR lost (tesseract --psm 3 cuts them off the page) are not
 *    numbered from their neighbours;
 *  - a dash or bullet that starts a wrapped line inside a paragraph reads
 *    as a point; deeper lists than sub-points flatten into sub-points;
 *  - points whose bullet was lost are found only when they start with a
 *    lower-case word after a line ending in ':' (the first) or ';' / '.';
 *    a lost bullet before a column of paragraph numbers ("–" lost, "48." /
 *    "49." / texts) gives the point's text to the first paragraph;
 *  - footnote bodies without their number are matched to the lowest cited
 *    number still waiting for a body only in markdown-like text, and to the
 *    cited numbers left on their page in pdftotext-like text;
 *  - OCR: paragraphs that open with a word that is not an operative verb in
 *    capitals ("With a view to", "As a follow-up") get no number when the
 *    OCR lost it, and the cover note's numbers, all lost, are not inferred;
 *  - a restart at 1 opens a new part (the conclusions after the cover
 *    note) only across a title, the council line or an ANNEX header;
 *    otherwise it is a list numbered from 1 again in the same part; a
 *    paragraph number without its dot is read only before a word in
 *    capitals ("12 WELCOMES the");
 *  - text set in two columns side by side is not de-interleaved; a chapter
 *    numeral at the end of a line with its title and the first number on
 *    the next ("... – I." / "EINLEITUNG 1.") is not read;
 *  - words: English, French, German and Dutch (words.c).
 */
#ifndef DOCREAD_H
#define DOCREAD_H

#include <stddef.h>

typedef enum
{
	DR_META,					/* cover field: see field */
	DR_NOTE,					/* numbered paragraph of the cover note */
	DR_TITLE,					/* title of the conclusions (in_note = 0), or a
								 * heading of the cover note (in_note = 1) */
	DR_CHAPTER,					/* chapter heading: label, chapter_title */
	DR_RECITAL,					/* lettered recital A., B., ... */
	DR_PARAGRAPH,				/* numbered paragraph of the conclusions */
	DR_POINT,					/* point of a paragraph (item = 1..n) */
	DR_SUBPOINT,				/* point inside a point (sub = 1..n) */
	DR_FOOTNOTE,				/* footnote body: footnote, placed */
	DR_SKIPPED					/* text that is not content: field says why */
} dr_kind;

/* dr_doc.layout: what the text looks like it came from */
#define DR_LAYOUT_UNKNOWN			0
#define DR_LAYOUT_MARKDOWN			1	/* <sup>, **, # headings */
#define DR_LAYOUT_PDFTOTEXT			2	/* wrapped lines, form feeds */
#define DR_LAYOUT_PDFTOTEXT_LAYOUT	3	/* columns kept with spaces */
#define DR_LAYOUT_PDFMINER			4	/* paragraph number alone on its line */
#define DR_LAYOUT_OCR				5	/* damaged numbers or bullet glyphs were repaired */

typedef struct dr_item
{
	dr_kind		kind;
	/*
	 * DR_META: "ref", "date", "place", "subject", "prev", "cion", "from",
	 * "to", "marking", "meeting".  DR_SKIPPED: "footer", "header", "page",
	 * "loose" (text outside any structure), "footnote" (OCR: a footnote
	 * body whose number was lost), "hereby" (the HEREBY line that
	 * splits preamble from operative part), "council" (the "The Council of
	 * the European Union," line).  NULL otherwise.
	 */
	const char *field;
	int			number;			/* paragraph number (DR_NOTE or conclusions), 0 if none */
	int			item;			/* point ordinal within its paragraph, 0 for the paragraph */
	int			sub;			/* sub-point ordinal within the point, 0 otherwise */
	int			recital;		/* DR_RECITAL ordinal (A = 1), 0 otherwise */
	const char *label;			/* as printed, normalised: "3", "a", "iv", "-", "•", "A", "II";
								 * "" for a point whose bullet was lost */
	const char *chapter;		/* current chapter label ("I"), or the heading text of an
								 * unnumbered (markdown) chapter; NULL before any */
	const char *chapter_title;	/* DR_CHAPTER: its title ("" when none) */
	int			preamble;		/* 1 for preamble paragraphs (and recitals) */
	int			in_note;		/* 1 for items of the cover note (footnotes: their owner's part) */
	int			footnote;		/* DR_FOOTNOTE: its number */
	int			placed;			/* DR_FOOTNOTE: 1 when attached through its marker, 0 when
								 * only by position (number/item/sub/recital then name the
								 * item it followed) */
	int		   *markers;		/* footnote numbers whose markers this item's text carries */
	int			nmarkers;
	int			line;			/* first source line, 1-based */
	const char *text;			/* cleaned UTF-8, NUL-terminated: lines joined with single
								 * spaces, hyphenation undone, markers, markdown and HTML
								 * removed, invalid UTF-8 replaced by U+FFFD */
	size_t		len;
} dr_item;

typedef struct
{
	dr_item    *items;
	int			nitems;
	int			layout;			/* DR_LAYOUT_* */
} dr_doc;

typedef void *(*dr_alloc_fn) (void *ctx, size_t n);

#define DR_OK			0
#define DR_EARG			1		/* NULL text with a length, NULL allocator or out */
#define DR_ETOOBIG		2		/* more than DR_MAX_INPUT bytes */
#define DR_ENOMEM		3		/* the allocator returned NULL */

#define DR_MAX_INPUT	((size_t) 1 << 30)

/* 0 (DR_OK) or an error code; on error *out is empty. */
int			dr_read(const char *text, size_t len, dr_alloc_fn alloc, void *ctx, dr_doc *out);
const char *dr_strerror(int code);
const char *dr_kind_name(dr_kind kind);

#endif

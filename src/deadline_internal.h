/*
 * deadline_internal.h: what the files of the deadline reader share beyond
 * the public interface in deadline_core.h (calendar helpers, period bounds,
 * month names).  No PostgreSQL header.
 */
#ifndef DEADLINE_INTERNAL_H
#define DEADLINE_INTERNAL_H

#include "deadline_core.h"

/* deadline_calendar.c */
extern int	dl_days_in_month(int y, int m);
/* the member state holding the presidency in that half (1 or 2), or NULL */
extern const char *dl_presidency_code(int year, int half);
/* two ASCII letters equal regardless of case */
extern bool dl_equal_ci2(const char *a, const char *b);

/* deadline_encoding.c: a period as days [*lo, *hi) since 1970-01-01 */
extern void dl_period_bounds(const dl_period *p, int32_t *lo, int32_t *hi);
/* the period of precision prec that starts (or ends) on day */
extern bool dl_period_at(int prec, int32_t day, bool starts, dl_period *p);

/* recurrence.c: a day moved into years 1-9999, where recurrences are computed */
extern int32_t dl_clamp_day(int32_t on);

/* deadline_format.c: English month names, 1-12 */
extern const char *const dl_month_names[13];

/*
 * Where the extractor may try a phrase (extract.c, prefilter.c): a letter
 * or the first byte of a UTF-8 letter, not inside a word; letters, digits
 * and bytes above 0x7F make words, a no-break space (C2 A0) parts them.
 */
static inline bool
dl_is_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

static inline bool
dl_is_word_start(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC3;
}

static inline bool
dl_at_word_start(const char *s, size_t i)
{
	return dl_is_word_start((unsigned char) s[i]) &&
		!(i > 0 && dl_is_alnum((unsigned char) s[i - 1]) &&
		  !(i > 1 && (unsigned char) s[i - 1] == 0xA0 && (unsigned char) s[i - 2] == 0xC2));
}

/* grammar.c, for the prefilter: may a word of list kind l (deadline_lexicon.h)
 * begin a marked phrase; is list l read only in deadline_parse_phrase's
 * phrases, never in running text */
extern bool dl_kind_starts(int l);
extern bool dl_kind_phrase_only(int l);

/* prefilter.c: the first word start at or after s[i] where a marked phrase
 * may begin (the grammar decides there), or len: every word skipped is one
 * the grammar would refuse */
extern size_t dl_prefilter_next(const char *s, size_t len, size_t i);
/* words of the lexicons the prefilter's table could not take (none, or it
 * says "maybe" everywhere) */
extern int	dl_prefilter_dropped(void);

#endif							/* DEADLINE_INTERNAL_H */

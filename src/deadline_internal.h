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

/* grammar.c, for the prefilter: may a word of list kind l (deadline_lexicon.h)
 * begin a marked phrase; is list l read only in deadline_parse_phrase's
 * phrases, never in running text */
extern bool dl_kind_starts(int l);
extern bool dl_kind_phrase_only(int l);

/* prefilter.c: may a marked phrase begin at the ASCII word at s[i]? false
 * only where the grammar would refuse it (*skip_to: the word's end) */
extern bool dl_prefilter_may_start(const char *s, size_t len, size_t i, size_t *skip_to);

#endif							/* DEADLINE_INTERNAL_H */

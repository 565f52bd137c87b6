/*
 * csv_core.h: the CSV reader of load_action_plan (RFC 4180: quoted fields,
 * doubled quotes, line breaks inside quotes), in one pass over the bytes.
 * No PostgreSQL header, so test/ can drive it directly.
 */
#ifndef CSV_CORE_H
#define CSV_CORE_H

#include <stdbool.h>
#include <stddef.h>

/*
 * One record: its fields (unquoted, doubled quotes undone; they point into
 * the caller's buffer and are not NUL-terminated) and the line it starts
 * on.  Return false to stop.
 */
typedef bool (*csv_record_fn) (void *arg, int line, int nfields,
							   const char *const *fields, const size_t *lens);

typedef enum
{
	CSV_OK = 0,
	CSV_UNTERMINATED,			/* a quoted field runs to the end: 22P04 */
	CSV_TOO_MANY_FIELDS			/* more than CSV_MAX_FIELDS in a record: 54000 */
} csv_status;

#define CSV_MAX_FIELDS 1000

/*
 * Reads s[0..len).  buf must hold len bytes (the fields' text is written
 * there).  Blank lines and lines of nothing but a carriage return are no
 * records; a carriage return outside quotes is dropped.  On an error,
 * *bad_line is the line of the record that has it.
 */
extern csv_status csv_parse(const char *s, size_t len, char *buf, csv_record_fn emit,
							void *arg, int *bad_line);

#endif							/* CSV_CORE_H */

/*
 * Fuzzes the deadline parser (without and with a reference date taken from
 * the input), deadline_parse's reading of a phrase, and the binary validator: whatever parses formats to text that
 * parses back to the same value, formatting is stable, and periods are
 * well-formed; the one-pass fast path answers as the full grammar does.
 * A recurrence's next due date is on or after the day asked, closes an
 * occurrence that holds it or lies after it, agrees with the status, and
 * the one after it is later.
 */
#include <string.h>

#include "deadline_core.h"
#include "fuzz_common.h"

int			LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static void
check_recurring(deadline_t v, int32_t on)
{
	int32_t		lo,
				hi,
				due,
				next,
				again;
	dl_state	st = deadline_state(v, on);

	PROPERTY(!deadline_due(v, &due) && !deadline_bounds(v, &lo, &hi),
			 "a recurrence with a due date or a period");
	if (!deadline_occurrence(v, on, &lo, &hi, &due))
		return;
	PROPERTY(lo < hi && due == hi - 1 && due >= on, "occurrence [%d, %d) due %d on %d", (int) lo,
			 (int) hi, (int) due, (int) on);
	PROPERTY(deadline_next_due(v, on, &again) && again == due, "next_due and the occurrence disagree");
	PROPERTY(st == (on >= lo ? DL_STATUS_DUE : DL_STATUS_UPCOMING), "status %d on %d, occurrence from %d",
			 (int) st, (int) on, (int) lo);
	if (deadline_next_due(v, due + 1, &next))
		PROPERTY(next > due, "the next occurrence is not later");
}

static void
check(deadline_t v, int32_t on)
{
	deadline_t	back;
	char		canon[DL_TEXT_MAX],
				again[DL_TEXT_MAX],
				edtf[DL_TEXT_MAX];
	int32_t		lo,
				hi,
				due;

	PROPERTY(deadline_is_valid(v), "an invalid value %016llx", (unsigned long long) v);
	deadline_format(v, canon);
	PROPERTY(deadline_parse_text(canon, strlen(canon), DL_NO_DAY, &back, NULL) == DL_OK && back == v,
			 "canonical '%s' does not read back", canon);
	deadline_format(back, again);
	PROPERTY(strcmp(canon, again) == 0, "formatting is unstable: '%s' / '%s'", canon, again);
	deadline_format_edtf(v, edtf);
	PROPERTY(edtf[0] != '\0' || deadline_mode_of(v) == DL_MODE_ASAP, "no EDTF for '%s'", canon);
	if (deadline_mode_of(v) == DL_MODE_RECURRING)
		check_recurring(v, on);
	else if (deadline_mode_of(v) == DL_MODE_ASAP)
		PROPERTY(deadline_state(v, on) == DL_STATUS_DUE && !deadline_next_due(v, on, &due),
				 "asap is not due, or has a due date");
	if (deadline_bounds(v, &lo, &hi))
	{
		PROPERTY(lo < hi, "empty period for '%s'", canon);
		if (deadline_due(v, &due))
			PROPERTY(due == hi - 1 || due == lo - 1, "due date outside '%s'", canon);
	}
}

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	deadline_t	v;
	const char *hint = NULL;
	dl_status	st;

	{
		deadline_t	full;

		if (deadline_parse_fast((const char *) data, size, &v))
			PROPERTY(deadline_parse_text_full((const char *) data, size, DL_NO_DAY, &full, NULL) == DL_OK &&
					 full == v, "fast path read %016llx, the full grammar disagrees",
					 (unsigned long long) v);
	}
	st = deadline_parse_text((const char *) data, size, DL_NO_DAY, &v, &hint);
	if (st == DL_OK)
		check(v, dl_days_from_civil(2018, 7, 1));
	else
		PROPERTY(hint != NULL && hint[0] != '\0', "an error without a hint");

	if (size >= 2)
	{
		/* a reference date between 1950 and 2099 from the first two bytes */
		int32_t		ref = dl_days_from_civil(1950, 1, 1) + (int32_t) ((data[0] << 8 | data[1]) % 54000);

		size_t		start,
					len;

		if (deadline_parse_text((const char *) data + 2, size - 2, ref, &v, NULL) == DL_OK)
			check(v, ref);
		/* deadline_parse's phrase reading: a valid value read from inside the input */
		if (deadline_parse_phrase((const char *) data + 2, size - 2, ref, &v, &hint, &start, &len) == DL_OK)
		{
			check(v, ref);
			PROPERTY(len > 0 && start + len <= size - 2, "phrase read outside the input");
		}
	}
	if (size >= 8)
	{
		memcpy(&v, data, 8);
		if (deadline_is_valid(v))
			check(v, size >= 12 ? (int32_t) (data[8] | data[9] << 8 | data[10] << 16 | (uint32_t) data[11] << 24) :
				  dl_days_from_civil(2018, 7, 1));
	}
	return 0;
}

/*
 * deadline_calendar.c: the proleptic Gregorian calendar in days since
 * 1970-01-01, and the Council presidency calendar 2007-2030 (spec section 4).
 * No PostgreSQL header (see deadline_core.h).
 */
#include "deadline_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---------- calendar ---------- */

/* Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar. */
int32_t
dl_days_from_civil(int y, int m, int d)
{
	int			era;
	unsigned	yoe,
				doy,
				doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned) (y - era * 400);
	doy = (unsigned) ((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int32_t) doe - 719468;
}

void
dl_civil_from_days(int32_t z, int *y, int *m, int *d)
{
	int32_t		era;
	unsigned	doe,
				yoe,
				doy,
				mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned) (z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = (int) yoe + era * 400 + (*m <= 2);
}

int
dl_days_in_month(int y, int m)
{
	static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

/* ---------- presidencies ---------- */

static const char presidency_table[][2][3] = {
	{"DE", "PT"}, {"SI", "FR"}, {"CZ", "SE"}, {"ES", "BE"}, {"HU", "PL"},	/* 2007-2011 */
	{"DK", "CY"}, {"IE", "LT"}, {"EL", "IT"}, {"LV", "LU"}, {"NL", "SK"},	/* 2012-2016 */
	{"MT", "EE"}, {"BG", "AT"}, {"RO", "FI"}, {"HR", "DE"}, {"PT", "SI"},	/* 2017-2021 */
	{"FR", "CZ"}, {"SE", "ES"}, {"BE", "HU"}, {"PL", "DK"}, {"CY", "IE"},	/* 2022-2026 */
	{"LT", "EL"}, {"IT", "LV"}, {"LU", "NL"}, {"SK", "MT"},	/* 2027-2030 */
};
#define PRES_FIRST_YEAR 2007
#define PRES_LAST_YEAR 2030

const char *
dl_presidency_code(int year, int half)
{
	if (year < PRES_FIRST_YEAR || year > PRES_LAST_YEAR || half < 1 || half > 2)
		return NULL;
	return presidency_table[year - PRES_FIRST_YEAR][half - 1];
}

const char *
dl_presidency_on(int32_t days)
{
	int			y,
				m,
				d;

	dl_civil_from_days(days, &y, &m, &d);
	return dl_presidency_code(y, m <= 6 ? 1 : 2);
}

bool
dl_equal_ci2(const char *a, const char *b)
{
	return strlen(a) == 2 && (a[0] | 0x20) == (b[0] | 0x20) && (a[1] | 0x20) == (b[1] | 0x20);
}

bool
dl_presidency_term(const char *country, int year, int32_t *lower, int32_t *upper)
{
	const char *c = country;

	if (dl_equal_ci2(c, "GR"))
		c = "EL";				/* ISO 3166 writes Greece GR; the EU writes EL */
	for (int half = 1; half <= 2; half++)
	{
		const char *code = dl_presidency_code(year, half);

		if (code && dl_equal_ci2(c, code))
		{
			*lower = dl_days_from_civil(year, half == 1 ? 1 : 7, 1);
			*upper = half == 1 ? dl_days_from_civil(year, 7, 1) : dl_days_from_civil(year + 1, 1, 1);
			return true;
		}
	}
	return false;
}

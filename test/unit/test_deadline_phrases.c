/*
 * test_deadline_phrases.c: the families of real deadline phrases (issue
 * 14's table), each read by the type's input (whole phrase) in every
 * language that has it, and short phrases with words around the time, read
 * by deadline_parse's phrase reading, which also says which part it read.
 */
#include <string.h>

#include "deadline_core.h"
#include "unit.h"

static const char *const whole[][2] = {
	{"on 25 March 2021", "25 March 2021"},
	{"1st July 2020", "1 July 2020"},
	{"le 1er juillet 2020", "1 July 2020"},
	{"am 1. Juli 2020", "1 July 2020"},
	{"op 1 juli 2020", "1 July 2020"},
	{"31/12/2020", "31 December 2020"},
	{"31.12.2020", "31 December 2020"},
	{"el 25 de marzo de 2021", "25 March 2021"},
	{"il 1° luglio 2020", "1 July 2020"},
	{"15-16 October 2020", "15 October 2020/16 October 2020"},
	{"15 and 16 October 2020", "15 October 2020/16 October 2020"},
	{"from 3 to 5 June 2019", "3 June 2019/5 June 2019"},
	{"du 3 au 5 juin 2019", "3 June 2019/5 June 2019"},
	{"30 November - 2 December 2020", "30 November 2020/2 December 2020"},
	{"March/April 2019", "March 2019/April 2019"},
	{"March-April 2019", "March 2019/April 2019"},
	{"from March to June 2019", "March 2019/June 2019"},
	{"between 2015 and 2020", "2015/2020"},
	{"maart-april 2019", "March 2019/April 2019"},
	{"März bis Juni 2019", "March 2019/June 2019"},
	{"de mars à juin 2019", "March 2019/June 2019"},
	{"spring and summer 2019", "spring 2019/summer 2019"},
	{"Herbst und Winter 2019", "autumn 2019/winter 2019/2020"},
	{"since March 2015", "from March 2015"},
	{"from 2019 onwards", "from 2019"},
	{"as of 2020", "from 2020"},
	{"ab 2020", "from 2020"},
	{"à partir de 2020", "from 2020"},
	{"vanaf 2020", "from 2020"},
	{"desde 2020", "from 2020"},
	{"dal 2019 in poi", "from 2019"},
	{"after 2020", "from 2021"},
	{"the second half of 2019", "H2 2019"},
	{"au second semestre 2019", "H2 2019"},
	{"im zweiten Halbjahr 2019", "H2 2019"},
	{"in de tweede helft van 2019", "H2 2019"},
	{"nel secondo semestre 2019", "H2 2019"},
	{"in the autumn of 2019", "autumn 2019"},
	{"im Herbst 2019", "autumn 2019"},
	{"à l'automne 2019", "autumn 2019"},
	{"en otoño de 2019", "autumn 2019"},
	{"end of 2018 - early 2019", "end of 2018/early 2019"},
	{"a finales de 2018", "end of 2018"},
	{"a mediados de 2019", "mid-2019"},
	{"entro la fine del 2018", "by end of 2018"},
	{"entro il 2020", "by 2020"},
	{"antes de finales de 2018", "by end of 2018"},
	{"a más tardar en junio de 2019", "by June 2019"},
	{"primer trimestre de 2018", "Q1 2018"},
	{"Monday 18 September 2017", "18 September 2017"},
	{"mercredi, 16 mai 2018", "16 May 2018"},
};

static const char *const found[][3] = {
	{"should be completed in June 2019", "June 2019", "in June 2019"},
	{"is scheduled for Q3 2019", "Q3 2019", "Q3 2019"},
	{"will end in 2020", "2020", "in 2020"},
	{"European Council, 21-22 March 2019", "21 March 2019/22 March 2019", "21-22 March 2019"},
	{"Brussels, 15.12.2016", "15 December 2016", "15.12.2016"},
	{"Diese sollen bis Mai 2018 vorgelegt werden", "by May 2018", "bis Mai 2018"},
	{"the Internal Security Strategy 2015-2020", "2015/2020", "2015-2020"},
	{"their 2019-24 strategic agenda", "winter 2019/2020", "2019-24"},
	{"the period 2021-27", "2021/2027", "2021-27"},
};

void
test_deadline_phrases(void)
{
	char		buf[DL_TEXT_MAX];

	for (size_t i = 0; i < sizeof(whole) / sizeof(whole[0]); i++)
	{
		deadline_t	v;
		const char *hint;
		dl_status	st = deadline_parse_text(whole[i][0], strlen(whole[i][0]), DL_NO_DAY, &v, &hint);

		buf[0] = '\0';
		if (st == DL_OK)
			deadline_format(v, buf);
		CHECK(st == DL_OK && strcmp(buf, whole[i][1]) == 0, "'%s' read as '%s' (status %d), want '%s'",
			  whole[i][0], buf, (int) st, whole[i][1]);
	}
	for (size_t i = 0; i < sizeof(found) / sizeof(found[0]); i++)
	{
		deadline_t	v;
		const char *hint;
		size_t		start,
					len;
		dl_status	st = deadline_parse_phrase(found[i][0], strlen(found[i][0]), DL_NO_DAY, &v,
											   &hint, &start, &len);

		buf[0] = '\0';
		if (st == DL_OK)
			deadline_format(v, buf);
		CHECK(st == DL_OK && strcmp(buf, found[i][1]) == 0 &&
			  len == strlen(found[i][2]) && strncmp(found[i][0] + start, found[i][2], len) == 0,
			  "'%s' read as '%s' from '%.*s', want '%s' from '%s'", found[i][0], buf, (int) len,
			  found[i][0] + start, found[i][1], found[i][2]);
	}
}

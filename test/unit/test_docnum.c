/*
 * test_docnum.c: unit tests of docnum_core.c and docnum_extract.c, the
 * tables of shared/spec/docnum.md sections 2-4 and 6.
 */
#include <stdlib.h>
#include <string.h>

#include "docnum_core.h"
#include "unit.h"

static docnum_t
parse_ok(const char *s)
{
	docnum_t	v = 0;
	const char *hint = NULL;

	if (docnum_parse(s, strlen(s), &v, &hint) != DN_OK)
		return 0;
	return v;
}

static void
test_accepts(void)
{
	static const char *const cases[][3] = {
		/* input, canonical, display */
		{"14435/17", "ST 14435 2017 INIT", "14435/17"},
		{"ST 14435/17", "ST 14435 2017 INIT", "14435/17"},
		{"WK 2685/2018 REV 2", "WK 2685 2018 REV 2", "WK 2685/2/18 REV 2"},
		{"EUCO 14/17", "EUCO 14 2017 INIT", "EUCO 14/17"},
		{"PE-CONS 30/26", "PE-CONS 30 2026 INIT", "PE-CONS 30/26"},
		{"12762/5/17 REV 5", "ST 12762 2017 REV 5", "12762/5/17 REV 5"},
		{"9608/1/17", "ST 9608 2017 REV 1", "9608/1/17 REV 1"},
		{"EUCO 19/1/17 REV 1", "EUCO 19 2017 REV 1", "EUCO 19/1/17 REV 1"},
		{"10729/4/16 REV 4 ADD 1", "ST 10729 2016 REV 4 ADD 1", "10729/4/16 REV 4 ADD 1"},
		{"12762/5/17 ADD 1", "ST 12762 2017 REV 5 ADD 1", "12762/5/17 REV 5 ADD 1"},
		{"ST 14435 2017 INIT", "ST 14435 2017 INIT", "14435/17"},
		{"ST 10149 2021 ADD 1 REV 1", "ST 10149 2021 ADD 1 REV 1", "10149/1/21 ADD 1 REV 1"},
		{"ST-12762-2017-REV-5", "ST 12762 2017 REV 5", "12762/5/17 REV 5"},
		{"WK-9011-2025-INIT", "WK 9011 2025 INIT", "WK 9011/25"},
		{"PE-9-2018-INIT", "PE-CONS 9 2018 INIT", "PE-CONS 9/18"},
		{"12762/5/17 REV5", "ST 12762 2017 REV 5", "12762/5/17 REV 5"},
		{"WK 13046/2/17 REV2", "WK 13046 2017 REV 2", "WK 13046/2/17 REV 2"},
		{"st 14435 2017 init", "ST 14435 2017 INIT", "14435/17"},
		{"  14435/17\n", "ST 14435 2017 INIT", "14435/17"},
		{"ST\t14435\xC2\xA0" "2017  INIT", "ST 14435 2017 INIT", "14435/17"},
		{"14435/17 COR 1", "ST 14435 2017 COR 1", "14435/17 COR 1"},
		{"14435/2017", "ST 14435 2017 INIT", "14435/17"},
		{"123/55", "ST 123 1955 INIT", "123/55"},
		{"123/2050", "ST 123 2050 INIT", "123/2050"},
		{"COM(2017) 477 final", "COM(2017) 477 final", "COM(2017) 477 final"},
		{"COM (2017) 477", "COM(2017) 477 final", "COM(2017) 477 final"},
		{"COM(2017)477 final", "COM(2017) 477 final", "COM(2017) 477 final"},
		{"JOIN(2017) 450 final", "JOIN(2017) 450 final", "JOIN(2017) 450 final"},
		{"SWD(2017) 500 final", "SWD(2017) 500 final", "SWD(2017) 500 final"},
		{"SEC(2010) 1126", "SEC(2010) 1126 final", "SEC(2010) 1126 final"},
		{"C(2017) 6100 final", "C(2017) 6100 final", "C(2017) 6100 final"},
		{"COM(2017) 477 final/2", "COM(2017) 477 final/2", "COM(2017) 477 final/2"},
		{"COM/2017/0477 final", "COM(2017) 477 final", "COM(2017) 477 final"},
		{"JOIN/2017/0450 final", "JOIN(2017) 450 final", "JOIN(2017) 450 final"},
		{"C/2017/6100 final", "C(2017) 6100 final", "C(2017) 6100 final"},
		{"COM:2017:477:FIN", "COM(2017) 477 final", "COM(2017) 477 final"},
		{"COM(17) 650", "COM(2017) 650 final", "COM(2017) 650 final"},
		{"Join(17)41", "JOIN(2017) 41 final", "JOIN(2017) 41 final"},
		{"KOM(2007) 480 endg.", "COM(2007) 480 final", "COM(2007) 480 final"},
		{"K(2010) 1298 endgültig", "C(2010) 1298 final", "C(2010) 1298 final"},
		{"COM(2017) 477 definitief", "COM(2017) 477 final", "COM(2017) 477 final"},
		{"COM(2017) 477 def.", "COM(2017) 477 final", "COM(2017) 477 final"},
		{"COM JOIN(2013) 1 final", "JOIN(2013) 1 final", "JOIN(2013) 1 final"},
		{"COM JOIN (2013) 1 final", "JOIN(2013) 1 final", "JOIN(2013) 1 final"},
		{"COM 2016(410) final", "COM(2016) 410 final", "COM(2016) 410 final"},
		{"COM(98) 12", "COM(1998) 12 final", "COM(1998) 12 final"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		docnum_t	v = 0,
					back = 0;
		const char *hint = NULL;
		char		canon[DN_TEXT_MAX],
					disp[DN_TEXT_MAX];
		dn_status	st = docnum_parse(cases[i][0], strlen(cases[i][0]), &v, &hint);

		CHECK(st == DN_OK, "'%s' rejected (%s)", cases[i][0], hint ? hint : "");
		if (st != DN_OK)
			continue;
		docnum_format(v, canon);
		docnum_format_display(v, disp);
		CHECK(strcmp(canon, cases[i][1]) == 0, "'%s' -> '%s', want '%s'",
			  cases[i][0], canon, cases[i][1]);
		CHECK(strcmp(disp, cases[i][2]) == 0, "'%s' displays '%s', want '%s'",
			  cases[i][0], disp, cases[i][2]);
		/* round trips: canonical and display text read back to the value */
		back = parse_ok(canon);
		CHECK(back == v, "canonical '%s' does not round-trip", canon);
		back = parse_ok(disp);
		CHECK(back == v, "display '%s' does not round-trip", disp);
	}
}

static void
test_rejects(void)
{
	static const struct
	{
		const char *input;
		dn_status	status;
		const char *hint_word;	/* expected in the hint */
	}			cases[] = {
		{"", DN_ERR_SYNTAX, "Expected"},
		{"hello", DN_ERR_SYNTAX, "Expected"},
		{"14435", DN_ERR_SYNTAX, "Expected"},
		{"14435/017", DN_ERR_SYNTAX, "Council"},
		{"14435/17 + COR 1", DN_ERR_SYNTAX, "docnums_in"},
		{"13837/17 + ADDs 1-5", DN_ERR_SYNTAX, "docnums_in"},
		{"2017/0225(COD)", DN_ERR_SYNTAX, "procedure"},
		{"Regulation (EU) 2019/881", DN_ERR_SYNTAX, "legal act"},
		{"Directive 2013/40/EU", DN_ERR_SYNTAX, "legal act"},
		{"52017JC0450", DN_ERR_SYNTAX, "CELEX"},
		{"CYBER 168", DN_ERR_SYNTAX, "subject code"},
		{"CYBER 168 TELECOM 263", DN_ERR_SYNTAX, "subject code"},
		{"PRESSE 75", DN_ERR_SYNTAX, "press"},
		{"IP/17/2106", DN_ERR_SYNTAX, "press"},
		{"PE 627.148", DN_ERR_SYNTAX, "European Parliament"},
		{"OJ L 194, 19.7.2016, p. 1", DN_ERR_SYNTAX, "Official Journal"},
		{"12762/4/17 REV 5", DN_ERR_SYNTAX, "first REV"},
		{"ST 14435 17 INIT", DN_ERR_SYNTAX, "Council"},
		{"14435/17 INIT REV 1", DN_ERR_SYNTAX, "Expected"},
		{"14435/17 REVIEW", DN_ERR_SYNTAX, "Expected"},
		{"COM(2017)", DN_ERR_SYNTAX, "Commission"},
		{"COM(2017) 477 finale", DN_ERR_SYNTAX, "Expected"},
		{"ST 14435", DN_ERR_SYNTAX, "Council"},
		{"14435/1949", DN_ERR_RANGE, "1950"},
		{"14435/2100", DN_ERR_RANGE, "1950"},
		{"1234567/17", DN_ERR_RANGE, "999999"},
		{"99999999999999999999/17", DN_ERR_RANGE, "999999"},
		{"0/17", DN_ERR_RANGE, "999999"},
		{"14435/17 REV 64", DN_ERR_RANGE, "63"},
		{"14435/17 REV 0", DN_ERR_RANGE, "63"},
		{"14435/17 REV 1 ADD 1 COR 1 EXT 1", DN_ERR_RANGE, "at most 3"},
		{"12762/64/17", DN_ERR_RANGE, "63"},
		{"COM(2017) 477 final/64", DN_ERR_RANGE, "63"},
		{"COM(1949) 1", DN_ERR_RANGE, "1950"},
		{"COM(2017) 1000000", DN_ERR_RANGE, "999999"},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		docnum_t	v = 0;
		const char *hint = NULL;
		dn_status	st = docnum_parse(cases[i].input, strlen(cases[i].input), &v, &hint);

		CHECK(st == cases[i].status, "'%s' gave status %d, want %d",
			  cases[i].input, (int) st, (int) cases[i].status);
		CHECK(hint != NULL && strstr(hint, cases[i].hint_word) != NULL,
			  "'%s' hint '%s' lacks '%s'", cases[i].input, hint ? hint : "(none)",
			  cases[i].hint_word);
	}
}

static void
test_order(void)
{
	/* spec section 4, in ascending order */
	static const char *const sorted[] = {
		"ST 9916 2016 INIT",
		"ST 9916 2017 INIT",
		"ST 14435 2017 INIT",
		"ST 14435 2017 REV 1",
		"ST 14435 2017 REV 1 ADD 1",
		"ST 14435 2017 REV 2",
		"ST 14435 2017 COR 1",
		"ST 14435 2017 ADD 1",
		"ST 14435 2017 ADD 1 REV 1",
		"ST 14435 2017 EXT 1",
		"ST 14435 2017 DCL 1",
		"ST 100 2018 INIT",
		"EUCO 14 2017 INIT",
		"WK 13046 2017 REV 2",
		"CM 1 2017 INIT",
		"DS 1 2017 INIT",
		"SN 1 2017 INIT",
		"PE-CONS 30 2026 INIT",
		"COM(2014) 72 final",
		"COM(2017) 477 final",
		"COM(2017) 477 final/2",
		"COM(2017) 477 final/3",
		"JOIN(2013) 1 final",
		"SWD(2017) 500 final",
		"SEC(2010) 1126 final",
		"C(2017) 6100 final",
	};
	docnum_t	prev = 0;

	for (size_t i = 0; i < sizeof(sorted) / sizeof(sorted[0]); i++)
	{
		docnum_t	v = parse_ok(sorted[i]);

		CHECK(v != 0, "'%s' rejected", sorted[i]);
		if (i > 0)
			CHECK(prev < v, "'%s' does not sort after '%s'", sorted[i], sorted[i - 1]);
		/* bit 63 stays clear so signed int8 comparison agrees */
		CHECK((int64_t) v >= 0, "'%s' sets bit 63", sorted[i]);
		prev = v;
	}
}

static void
test_functions(void)
{
	char		buf[DN_TEXT_MAX];
	docnum_t	v = parse_ok("10729/4/16 REV 4 ADD 1");

	docnum_format_suffix(v, buf);
	CHECK(strcmp(buf, "REV 4 ADD 1") == 0, "suffix '%s'", buf);
	CHECK(docnum_first_revision(v) == 4, "revision");
	CHECK(docnum_first_revision(parse_ok("ST 10149 2021 ADD 1 REV 2")) == 2, "revision after ADD");
	CHECK(docnum_first_revision(parse_ok("14435/17")) == 0, "no revision");
	CHECK(docnum_family(v) == parse_ok("10729/16"), "family");
	CHECK(docnum_family(parse_ok("COM(2017) 477 final/2")) == parse_ok("COM(2017) 477 final"),
		  "commission family");

	CHECK(docnum_format_register_id(parse_ok("12762/5/17 REV 5"), buf) > 0 &&
		  strcmp(buf, "ST-12762-2017-REV-5") == 0, "register id '%s'", buf);
	CHECK(docnum_format_register_id(parse_ok("EUCO 14/23"), buf) > 0 &&
		  strcmp(buf, "ST-14-2023-INIT") == 0, "EUCO register id '%s'", buf);
	CHECK(docnum_format_register_id(parse_ok("PE-CONS 30/26"), buf) > 0 &&
		  strcmp(buf, "PE-30-2026-INIT") == 0, "PE-CONS register id '%s'", buf);
	CHECK(docnum_format_register_id(parse_ok("DS 1/17"), buf) == 0, "DS has no register id");
	CHECK(docnum_format_register_id(parse_ok("COM(2017) 477"), buf) == 0, "COM has no register id");

	CHECK(docnum_format_celex(parse_ok("JOIN(2017) 450 final"), buf) > 0 &&
		  strcmp(buf, "52017JC0450") == 0, "celex '%s'", buf);
	CHECK(docnum_format_celex(parse_ok("SWD(2017) 95 final"), buf) > 0 &&
		  strcmp(buf, "52017SC0095") == 0, "celex '%s'", buf);
	CHECK(docnum_format_celex(parse_ok("COM(2017) 477 final"), buf) == 0, "COM has no celex");
}

static void
test_validity(void)
{
	/* every valid bit pattern formats to text that parses back to itself */
	uint64_t	x = UINT64_C(0x243F6A8885A308D3);
	int			valid = 0,
				roundtrip = 0;

	for (int i = 0; i < 200000; i++)
	{
		docnum_t	v,
					back = 0;
		char		buf[DN_TEXT_MAX];

		/* xorshift64, steered into the used bit ranges half of the time */
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		v = x;
		if (i & 1)
			v = (v & ~(UINT64_C(0x1FF) << 51) & ~(UINT64_C(1) << 63)) |
				((docnum_t) (x % 150) << 51);
		if (!docnum_is_valid(v))
			continue;
		valid++;
		docnum_format(v, buf);
		if (parse_ok(buf) == v)
			roundtrip++;
		else
			fprintf(stderr, "value %016llx -> '%s' -> %016llx\n",
					(unsigned long long) v, buf, (unsigned long long) back);
	}
	CHECK(valid > 100, "too few valid random values (%d)", valid);
	CHECK(valid == roundtrip, "%d of %d valid values round-trip", roundtrip, valid);
	CHECK(!docnum_is_valid(0), "zero is not a value");
	CHECK(!docnum_is_valid(parse_ok("14435/17") | (UINT64_C(1) << 63)), "bit 63");
	CHECK(!docnum_is_valid(parse_ok("COM(2017) 1") | 1), "commission chain bits");
	/* a gap in the chain: second element set, first empty */
	CHECK(!docnum_is_valid(parse_ok("14435/17") | (UINT64_C(0x41) << 9)), "chain gap");
}

static void
test_hash(void)
{
	/* 100,000 distinct values over 64 buckets: none under half or over double */
	enum
	{
	NB = 64, N = 100000};
	int			buckets[NB] = {0};
	int			n = 0,
				lo = N,
				hi = 0;

	for (int year = 2015; year <= 2018 && n < N; year++)
		for (uint32_t num = 1; num <= 25000 && n < N; num++)
		{
			docnum_fields f = {0};
			docnum_t	v;

			f.series = DN_SERIES_ST;
			f.year = year;
			f.number = num;
			v = docnum_encode(&f);
			buckets[(uint32_t) docnum_hash64(v, 0) % NB]++;
			n++;
		}
	for (int b = 0; b < NB; b++)
	{
		if (buckets[b] < lo)
			lo = buckets[b];
		if (buckets[b] > hi)
			hi = buckets[b];
	}
	CHECK(lo >= N / NB / 2 && hi <= 2 * N / NB, "hash buckets %d..%d (mean %d)", lo, hi, N / NB);
	CHECK(docnum_hash64(1, 0) != docnum_hash64(1, 1), "seed changes the hash");
}

typedef struct
{
	char		text[32][DN_TEXT_MAX];
	size_t		pos[32];
	int			n;
} found;

static bool
collect(void *arg, const dn_match *m)
{
	found	   *f = arg;

	if (f->n < 32)
	{
		docnum_format(m->ref, f->text[f->n]);
		f->pos[f->n] = m->start;
		f->n++;
	}
	return true;
}

static void
extract(const char *s, found *f)
{
	memset(f, 0, sizeof(*f));
	docnum_extract(s, strlen(s), collect, f);
}

static void
test_extract(void)
{
	static const struct
	{
		const char *text;
		const char *want[8];
	}			cases[] = {
		{"No. prev. doc.:\t12762/5/16 REV 5", {"ST 12762 2016 REV 5"}},
		{"No. Cion doc.:\t12211/17, 12210/17", {"ST 12211 2017 INIT", "ST 12210 2017 INIT"}},
		{"12109/13 and doc. 6225/13 (x)", {"ST 12109 2013 INIT", "ST 6225 2013 INIT"}},
		{"9916/17 en C/2017/6100 final.", {"ST 9916 2017 INIT", "C(2017) 6100 final"}},
		{"doc. 14435/17 + COR 1.", {"ST 14435 2017 INIT", "ST 14435 2017 COR 1"}},
		/* a combined part with its own chain: revision 1 of corrigendum 1 */
		{"13510/20 + COR 1 REV 1", {"ST 13510 2020 INIT", "ST 13510 2020 COR 1 REV 1"}},
		{"9916/17 + ADD 1 REV 2 + ADD 2", {"ST 9916 2017 INIT", "ST 9916 2017 ADD 1 REV 2",
		"ST 9916 2017 ADD 2"}},
		/* a chain of the base leaves no room for both: the part is skipped */
		{"9916/17 ADD 1 REV 2 + COR 1 REV 1", {"ST 9916 2017 ADD 1 REV 2"}},
		{"13837/17 + ADDs 1-5", {"ST 13837 2017 INIT", "ST 13837 2017 ADD 1",
		"ST 13837 2017 ADD 2", "ST 13837 2017 ADD 3", "ST 13837 2017 ADD 4", "ST 13837 2017 ADD 5"}},
		{"(COM(2016) 410\nfinal)", {"COM(2016) 410 final"}},
		{"(COM JOIN (2013) 1 final).", {"JOIN(2013) 1 final"}},
		{"(COM 2016(410) final).", {"COM(2016) 410 final"}},
		{"13943/17 MK/ec 2 DG D 2B EN", {"ST 13943 2017 INIT"}},
		{"24 EUCO 14/17.", {"EUCO 14 2017 INIT"}},
		{"5 WK 13046/2/17 REV2.", {"WK 13046 2017 REV 2"}},
		{"Ratsdok. 9916/17 und Raadsdocument 6122/15", {"ST 9916 2017 INIT", "ST 6122 2015 INIT"}},
		{"CYBER 168 TELECOM 263 ENFOPOL 506 JAI 996", {NULL}},
		{"Brussels, 26.09.2017 and 20 November 2017", {NULL}},
		{"Internal Security Strategy 2015-2020", {NULL}},
		{"article 42.7 TEU and Article 4.2 of the TEU", {NULL}},
		{"Regulation (EU) 526/2013, and Regulation (EC) No 460/2004", {NULL}},
		{"Directive 2013/40/EU and 2017/0225(COD)", {NULL}},
		{"on 19/07/2016 and IP/17/2106", {NULL}},
		{"<sup>8 6122/15.</sup>", {"ST 6122 2015 INIT"}},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		found		f;
		int			want = 0;

		extract(cases[i].text, &f);
		while (want < 8 && cases[i].want[want])
			want++;
		CHECK(f.n == want, "'%s': %d found, want %d", cases[i].text, f.n, want);
		for (int k = 0; k < want && k < f.n; k++)
			CHECK(strcmp(f.text[k], cases[i].want[k]) == 0, "'%s' #%d: '%s', want '%s'",
				  cases[i].text, k, f.text[k], cases[i].want[k]);
	}
}


/*
 * What the words around a number say (docnum_lexicon.c): the labels of
 * national registers, under which "12345-16" is document 12345/16, and
 * the look-alikes of every language: legal acts after a number word,
 * Official Journal references, parliamentary papers, case numbers, months.
 * Each case lists what must be found, in order; none for a look-alike.
 */
static void
test_extract_context(void)
{
	static const struct
	{
		const char *text;
		const char *want[4];
	}			cases[] = {
		/* 1. number-year with a hyphen, after a label: en, de, fr, nl */
		{"doc no 12345-16", {"ST 12345 2016 INIT"}},
		{"Council doc. No. 12345-16 REV 1", {"ST 12345 2016 REV 1"}},
		{"see document 9916-17.", {"ST 9916 2017 INIT"}},
		{"Ratsdok. 12345-16", {"ST 12345 2016 INIT"}},
		{"Ratsdokument Nr. 12345-16", {"ST 12345 2016 INIT"}},
		{"(Dok. 6122-15)", {"ST 6122 2015 INIT"}},
		{"doc. nr. 12345-16", {"ST 12345 2016 INIT"}},
		{"document n° 12345-16", {"ST 12345 2016 INIT"}},
		{"document du Conseil n° 12345-16", {"ST 12345 2016 INIT"}},
		{"doc. n°\xC2\xA0" "12345-2016", {"ST 12345 2016 INIT"}},
		{"Raadsdocument 12345/16", {"ST 12345 2016 INIT"}},
		{"Raadsdocument 12345-16", {"ST 12345 2016 INIT"}},
		{"raadsdocument nr. 12345-16 ADD 1", {"ST 12345 2016 ADD 1"}},
		{"doc. 12345-16 + COR 1", {"ST 12345 2016 INIT", "ST 12345 2016 COR 1"}},
		/* a list after one label: every item is labelled */
		{"Ratsdok. 12345-16, 12346-16 und 12347-16",
		{"ST 12345 2016 INIT", "ST 12346 2016 INIT", "ST 12347 2016 INIT"}},
		{"Raadsdocumenten 12345-16 en 12346-16", {"ST 12345 2016 INIT", "ST 12346 2016 INIT"}},
		{"documents 12345-16 et 12346-16", {"ST 12345 2016 INIT", "ST 12346 2016 INIT"}},
		{"docs 12345-16 and 12346-16", {"ST 12345 2016 INIT", "ST 12346 2016 INIT"}},
		/* ... but no label, no hyphen reading */
		{"bare 12345-16", {NULL}},
		{"pages 123-45 and 12345-16", {NULL}},
		{"Kamerstuk 21501-33", {NULL}},
		{"Seiten 12345-16", {NULL}},
		{"documents 12345-16 and then 12346-16", {"ST 12345 2016 INIT"}},
		{"doc. 2015-2020", {NULL}},
		{"doc. 12345-16-17 and doc. 12345-16a", {NULL}},
		{"doc. 012345-16", {NULL}},

		/* 2. legal acts after a number word, in every language */
		{"Regulation (EU) No 1025/2012", {NULL}},
		{"Regulation No 1408/71 and Regulation (EEC) No 17/62", {NULL}},
		{"Verordnung (EU) Nr. 123/2013", {NULL}},
		{"Verordnung (EG) Nr. 460/2004", {NULL}},
		{"règlement (UE) n° 526/2013", {NULL}},
		{"décision n° 1313/2013/UE", {NULL}},
		{"Directive 2013/40/EU", {NULL}},
		{"Besluit nr. 1313/2013/EU", {NULL}},
		{"Verordening (EU) nr. 1025/2012", {NULL}},
		{"Verordening (EU, Euratom) 2018/46", {NULL}},
		{"regolamento (UE) n. 1025/2012", {NULL}},
		{"Reglamento (UE) núm. 1025/2012", {NULL}},
		{"Reglamento (UE) n.º 1025/2012", {NULL}},
		{"el Reglamento (UE) n.\xC2\xB0 1053/2013", {NULL}},
		{"Regulations (EU) No 1025/2012 and 526/2013", {NULL}},
		/* the same number words after a document label: Council documents */
		{"doc. nr. 123/13", {"ST 123 2013 INIT"}},
		{"document n° 123/13", {"ST 123 2013 INIT"}},
		{"doc. No 123/13", {"ST 123 2013 INIT"}},
		{"Dok. Nr. 123/13", {"ST 123 2013 INIT"}},
		{"Regulation (EU) No 1025/2012 and doc. 12345/16", {"ST 12345 2016 INIT"}},

		/* Official Journal references */
		{"(2019/C 123/04)", {NULL}},
		{"OJ L 194, 19.7.2016, p. 1", {NULL}},
		{"OJ C 326/47", {NULL}},
		{"OJ C, C/2024/1234, 20.2.2024", {NULL}},
		{"ABl. L 194 vom 19.7.2016", {NULL}},
		{"ABl. EG Nr. C 123/45", {NULL}},
		{"JO C 123 du 12/05/2016", {NULL}},
		{"JO C 326/47", {NULL}},
		{"PB L 194 van 19.7.2016", {NULL}},
		{"PB C 326/47", {NULL}},
		{"GU CE 8/60 (14.1.2010)", {NULL}},
		{"OJ C, C/2024/1234 and C/2017/6100 final", {"C(2017) 6100 final"}},

		/* national parliamentary papers */
		{"Drucksache 19/1234", {NULL}},
		{"BT-Drs. 19/2019", {NULL}},
		{"BR-Drs. 123/16 und BR-Drucksache 124/16", {NULL}},
		{"Drucksachen 18/2019, 18/2020", {NULL}},
		{"Kamerstuk 21501-33", {NULL}},
		{"Kamerstukken II 2017/18, 21501-02, nr. 1800", {NULL}},
		{"Kamerstukken I 2017/18", {NULL}},
		/* the Council's Article 50 series, which the type does not hold */
		{"EUCO XT 20004/20", {NULL}},
		{"XT 21004/18 and doc. 14435/17", {"ST 14435 2017 INIT"}},

		/* case numbers and ECLI */
		{"C-123/19 and T-12/20", {NULL}},
		{"Case C\xE2\x80\x91" "123/19, affaire T\xE2\x80\x93" "12/20", {NULL}},
		{"ECLI:EU:C:2019:123", {NULL}},

		/* months */
		{"in 12/2019 and 03/2020", {NULL}},
		{"Stand: 1/2018, 05/17", {NULL}},
		{"doc. 12/2019", {"ST 12 2019 INIT"}},
		{"WK 12/2019 and EUCO 5/2019", {"WK 12 2019 INIT", "EUCO 5 2019 INIT"}},
		{"13/2019 and 1/19", {"ST 13 2019 INIT", "ST 1 2019 INIT"}},

		/* Commission numbers as before */
		{"COM(2017) 477 final, SWD(2017) 500 final and JOIN(2017) 450",
		{"COM(2017) 477 final", "SWD(2017) 500 final", "JOIN(2017) 450 final"}},
		{"KOM(2007) 480 endg. und K(2010) 1298 endgültig", {"COM(2007) 480 final", "C(2010) 1298 final"}},
		{"COM/2017/0477 final", {"COM(2017) 477 final"}},
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		found		f;
		int			want = 0;

		extract(cases[i].text, &f);
		while (want < 4 && cases[i].want[want])
			want++;
		CHECK(f.n == want, "'%s': %d found, want %d", cases[i].text, f.n, want);
		for (int k = 0; k < want && k < f.n; k++)
			CHECK(strcmp(f.text[k], cases[i].want[k]) == 0, "'%s' #%d: '%s', want '%s'",
				  cases[i].text, k, f.text[k], cases[i].want[k]);
	}

	/* the match is the text as written, hyphen and all, where it is */
	{
		found		f;
		const char *t = "Ratsdok. 12345-16 REV 1";

		extract(t, &f);
		CHECK(f.n == 1 && f.pos[0] == 9, "'%s': position %zu", t, f.n ? f.pos[0] : 0);
	}
	CHECK(docnum_lexicon_check() == 0, "%d lexicon phrases the extractor cannot index",
		  docnum_lexicon_check());
}

/*
 * The one-pass reader of the usual spellings answers exactly as the full
 * parser does, on every combination of series, number, form and chain,
 * values in and out of range, and near misses of case and spacing.
 */
static void
test_fast_path(void)
{
	static const char *const series[] = {
		"", "ST ", "WK ", "CM ", "DS ", "SN ", "EUCO ", "PE-CONS ", "st ", "ST  ", "XX ", "ST"
	};
	static const char *const numbers[] = {"0", "1", "14435", "999999", "1000000", "014435"};
	static const char *const forms[] = {
		"/17", "/49", "/50", "/5/17", "/0/17", "/64/17", "/2017", "/1949", "/2100", "/17/", "/1/2/17",
		" 2017", " 17", " 1949", " 2100", "/17a", " 2017x", ""
	};
	static const char *const chains[] = {
		"", " INIT", " REV 5", " REV5", " REV 1", " COR 1 ADD 2", " REV 2 COR 1 ADD 3",
		" ADD 1 ADD 2 ADD 3 ADD 4", " REV 64", " REV 0", " rev 5", " REV  5", " INIT REV 1",
		" REV 1 INIT", " EXT 1", " DCL 1", " + COR 1", " "
	};
	static const char *const commission[] = {
		"COM(2017) 477 final", "COM(2017) 477", "COM(2017) 477 final/2", "COM(2017) 477 final/64",
		"COM(2017) 477 final/0", "COM(2017) 0 final", "COM(1949) 1 final", "COM(2100) 1 final",
		"COM(17) 477 final", "JOIN(2017) 450 final", "SWD(2017) 295 final", "SEC(2017) 1 final",
		"C(2017) 6100 final", "C(2017) 6100 final/", "COM(2017)  477 final", "COM(2017) 477 Final",
		"COM(2017) 477 final ", "COM(2017) 1000000 final", "COM (2017) 477 final", "KOM(2017) 477 final",
		"COM(2017) 477 finalx", "COM(2017) 477:FIN"
	};
	int			fast_answers = 0,
				disagreements = 0;
	char		s[128];
	docnum_t	vf,
				vs;
	bool		fast;
	dn_status	st;

	for (size_t a = 0; a < sizeof(series) / sizeof(series[0]); a++)
		for (size_t b = 0; b < sizeof(numbers) / sizeof(numbers[0]); b++)
			for (size_t c = 0; c < sizeof(forms) / sizeof(forms[0]); c++)
				for (size_t d = 0; d < sizeof(chains) / sizeof(chains[0]); d++)
				{
					snprintf(s, sizeof(s), "%s%s%s%s", series[a], numbers[b], forms[c], chains[d]);
					fast = docnum_parse_fast(s, strlen(s), &vf);
					st = docnum_parse_full(s, strlen(s), &vs, NULL);
					fast_answers += fast;
					if (fast && (st != DN_OK || vf != vs))
					{
						disagreements++;
						CHECK(false, "fast path: '%s' read as %016llx, full parser: status %d, %016llx",
							  s, (unsigned long long) vf, (int) st, (unsigned long long) vs);
					}
				}
	for (size_t i = 0; i < sizeof(commission) / sizeof(commission[0]); i++)
	{
		fast = docnum_parse_fast(commission[i], strlen(commission[i]), &vf);
		st = docnum_parse_full(commission[i], strlen(commission[i]), &vs, NULL);
		fast_answers += fast;
		if (fast && (st != DN_OK || vf != vs))
		{
			disagreements++;
			CHECK(false, "fast path: '%s' read as %016llx, full parser: status %d, %016llx",
				  commission[i], (unsigned long long) vf, (int) st, (unsigned long long) vs);
		}
	}
	CHECK(disagreements == 0, "fast path and full parser disagree on %d inputs", disagreements);
	/* the fast path must answer for the plain shapes, not only pass through */
	CHECK(fast_answers > 1000, "fast path answered only %d inputs", fast_answers);
	{
		static const char *const usual[] = {
			"14435/17", "ST 14435 2017 INIT", "12762/5/17 REV 5", "WK 13046/2/17 REV2",
			"ST 12762 2017 REV 5", "COM(2017) 477 final", "COM(2017) 477 final/2", "PE-CONS 30/26"
		};

		for (size_t i = 0; i < sizeof(usual) / sizeof(usual[0]); i++)
			CHECK(docnum_parse_fast(usual[i], strlen(usual[i]), &vf),
				  "fast path does not read '%s'", usual[i]);
	}
}

void
test_docnum(void)
{
	test_accepts();
	test_rejects();
	test_order();
	test_functions();
	test_validity();
	test_hash();
	test_extract();
	test_extract_context();
	test_fast_path();
}

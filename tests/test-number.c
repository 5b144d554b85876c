/* Unit tests for the number extractor: the quantities it reads and
 * normalizes, and the digits it must leave to dates, names and codes. */
#include <math.h>
#include <string.h>

#include "crossread/extract.h"
#include "testlib.h"

/* The facts of TEXT as the engine's extractors make them: dates first,
 * then numbers (which skip the digits of dates). */
static GArray *numbers_of(const char *text)
{
	g_autoptr(CrDoc) doc = cr_test_doc("test.txt", text);
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	GArray *facts = cr_fact_array_new();
	cr_test_extract_report(cr_extract_dates, doc, 0, blocks, facts);
	cr_test_extract_report(cr_extract_numbers, doc, 0, blocks, facts);
	cr_fact_array_sort(facts);
	return facts;
}

/* The number fact of FACTS that starts at START, or NULL. */
static const CrFact *number_at(const GArray *facts, gsize start)
{
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind == CR_FACT_NUMBER && f->start == start)
			return f;
	}
	return NULL;
}

/* Asserts that TEXT has a number fact over exactly the bytes of EXPR (its
 * first occurrence) with VALUE, NUM and UNIT (NULL for none). */
static const CrFact *assert_number_in(const GArray *facts, const char *text, const char *expr,
				      const char *value, double num, const char *unit)
{
	const char *at = strstr(text, expr);
	g_assert_nonnull(at);
	const CrFact *f = number_at(facts, (gsize)(at - text));
	if (!f)
		g_error("no number at \"%s\" in \"%s\"", expr, text);
	g_assert_cmpuint(f->end, ==, (gsize)(at - text) + strlen(expr));
	g_assert_cmpstr(f->value, ==, value);
	g_assert_cmpfloat_with_epsilon(f->num, num, fabs(num) * 1e-12 + 1e-12);
	g_assert_cmpstr(f->unit, ==, unit);
	return f;
}

static void assert_number(const char *text, const char *expr, const char *value, double num, const char *unit)
{
	g_autoptr(GArray) facts = numbers_of(text);
	assert_number_in(facts, text, expr, value, num, unit);
}

/* Asserts that TEXT yields no number fact. */
static void assert_no_number(const char *text)
{
	g_autoptr(GArray) facts = numbers_of(text);
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind == CR_FACT_NUMBER)
			g_error("unexpected number \"%s\" (%s) in \"%s\"", f->text, f->value, text);
	}
}

static void test_cardinals(void)
{
	assert_number("There were 42 delegates.", "42 delegates", "42 delegates", 42, NULL);
	assert_number("It got 1,234,567 votes.", "1,234,567 votes", "1234567 votes", 1234567, NULL);
	assert_number("The index fell 2.74 points.", "2.74 points", "2.74 points", 2.74, NULL);
	assert_number("a ratio of 0.50 now", "0.50", "0.5", 0.5, NULL);
	assert_number("about 12,000 troops", "about 12,000 troops", "~12000 troops", 12000, NULL);
	assert_number("sold 3.0 units", "3.0 units", "3 units", 3, NULL);
	/* an acronym's plural is a noun too (round 8) */
	assert_number("with just 144 MPs.", "144 MPs", "144 MPs", 144, NULL);
	/* round 25: thousands spaced in groups of three */
	assert_number("around 130 000 passengers.", "around 130 000 passengers", "~130000 passengers", 130000,
		      NULL);
	assert_number("its more than 5 000 pilots", "more than 5 000 pilots", ">5000 pilots", 5000, NULL);
	assert_number("some 1 200 000 voters", "some 1 200 000 voters", "~1200000 voters", 1.2e6, NULL);

	g_autoptr(GArray) facts = numbers_of("There were 42 delegates.");
	const CrFact *f = number_at(facts, 11);
	g_assert_cmpstr(f->key, ==, "42|");
	g_assert_cmpstr(f->text, ==, "42 delegates");
	g_assert_cmpstr(f->counted, ==, "delegate");
}

static void test_words(void)
{
	assert_number("a fund of two million for", "two million", "2000000", 2e6, NULL);
	assert_number("some twenty-five states", "some twenty-five states", "~25 states", 25, NULL);
	assert_number("three hundred and fifty men", "three hundred and fifty men", "350 men", 350, NULL);
	assert_number("Five people died.", "Five people", "5 people", 5, "people");
	assert_number("She said: Seven were hurt.", "Seven", "7", 7, NULL);
	assert_number("one million voters", "one million voters", "1000000 voters", 1e6, NULL);
	assert_number("two hundred thousand and one voters", "two hundred thousand and one voters",
		      "200001 voters", 200001, NULL);
	assert_number("the two sides agreed", "two sides", "2 sides", 2, NULL);
	assert_no_number("No one came; one of them left; one-on-one talks.");
	assert_no_number("Under Article Five and the Group of Seven, the Big Three met.");
	assert_number("a two-day visit", "two-day visit", "2 days", 2, "days");
	/* round 18: a headline's duration in title case is one too */
	assert_number("Mbappe Has Agreed to a Five-Year Deal", "Five-Year", "5 years", 5, "years");
	assert_no_number("The Group of Seven-Nation Talks");
	assert_no_number("the twentieth and the first of them");
	/* round 19: a dozen of them is twelve */
	assert_number("some two dozen people were freed", "some two dozen people", "~24 people", 24,
		      "people");
	assert_number("three dozen eggs", "three dozen eggs", "36 eggs", 36, NULL);
}

static void test_ordinals(void)
{
	assert_number("the alliance's 31st member", "31st member", "31st member", 31, "ordinal");
	assert_number("its 2nd try", "2nd try", "2nd try", 2, "ordinal");
	/* with no lower-case noun after it, an ordinal ranks the name it opens */
	assert_number("the 113th Congress", "113th Congress", "113th Congress", 113, "ordinal");
	assert_number("the 113th Congress passed it", "113th Congress", "113th Congress", 113, "ordinal");
	assert_number("under the Fourteenth Amendment", "Fourteenth Amendment", "14th Amendment", 14,
		      "ordinal");
	assert_number("their sixth Cricket World Cup title", "sixth Cricket World Cup title", "6th title", 6,
		      "ordinal");
	/* a number that goes on the name is the name's, no noun (round 16,
	 * verstappen's "3rd Formula") */
	assert_number("his third Formula 1 title", "third Formula 1 title", "3rd title", 3, "ordinal");
	/* round 21: a capitalised noun of a sequence before a number is
	 * ranked by it, "Game 14" the "14th game"; a lower-case one is not */
	assert_number("He won Game 14 in the end.", "Game 14", "14th Game", 14, "ordinal");
	assert_number("It came in Round 12, late.", "Round 12", "12th Round", 12, "ordinal");
	assert_number("a game 14 times longer", "14 times", "14 times", 14, NULL);
	/* an ordinal with no noun that opens a block takes nothing before it */
	g_autoptr(GArray) opening = numbers_of("1st Ld-Writethru: a wire headline");
	g_assert_cmpuint(number_at(opening, 0)->start, ==, 0);
	const char *alone = "his third Formula 1 ended.";
	g_autoptr(GArray) named = numbers_of(alone);
	for (guint k = 0; k < named->len; k++)
		g_assert_false(g_str_has_prefix(g_array_index(named, CrFact, k).value, "3rd"));
	assert_number("the 22ND time", "22ND time", "22nd time", 22, "ordinal");
	assert_number("in the 68th-minute goal", "68th-minute", "68th minute", 68, "ordinal");
	assert_no_number("the 1th and the 3st try");
	/* In words, an ordinal is a fact only with the noun it ranks: "the
	 * third time", not "the first of them" nor the "First Minister". */
	g_autoptr(GArray) facts =
	    numbers_of("It is the eleventh hike, the third time and the twenty-first try.");
	const char *text = "It is the eleventh hike, the third time and the twenty-first try.";
	const CrFact *hike = assert_number_in(facts, text, "eleventh hike", "11th hike", 11, "ordinal");
	g_assert_cmpstr(hike->key, ==, "11|ordinal");
	g_assert_null(hike->counted);
	assert_number_in(facts, text, "third time", "3rd time", 3, "ordinal");
	assert_number_in(facts, text, "twenty-first try", "21st try", 21, "ordinal");
	assert_no_number("The First Minister came first, at first; the second of May.");
	/* before a count, an ordinal ranks nothing: the count is the fact */
	assert_number("the first two carriages burned", "two carriages", "2 carriages", 2, NULL);
}

/* "more than 300" is not 300: a bound is part of the fact, its value and
 * (but for "about") its key. */
static void test_bounds(void)
{
	const char *text = "More than 2,000 people died, up to 300 homes fell and some 10,000 fled "
			   "over 11+ years; at least 34 were hurt.";
	g_autoptr(GArray) facts = numbers_of(text);
	const CrFact *more =
	    assert_number_in(facts, text, "More than 2,000 people", ">2000 people", 2000, "people");
	g_assert_cmpstr(more->key, ==, ">2000|people");
	const CrFact *up = assert_number_in(facts, text, "up to 300 homes", "<300 homes", 300, NULL);
	g_assert_cmpstr(up->key, ==, "<300|");
	const CrFact *some = assert_number_in(facts, text, "some 10,000", "~10000", 10000, NULL);
	g_assert_cmpstr(some->key, ==, "10000|");
	assert_number_in(facts, text, "11+ years", ">11 years", 11, "years");
	assert_number_in(facts, text, "at least 34", ">34", 34, NULL);
	assert_number("sentenced to 11-plus years", "11-plus years", ">11 years", 11, "years");
	assert_number("more than a thousand victims", "more than a thousand victims", ">1000 victims", 1000,
		      NULL);
}

/* A score or a vote is one fact: "1-0", "216-210", "216 to 210"; a range
 * rises, a change starts "from". */
static void test_tallies(void)
{
	const char *text = "won 1-0 in a 216-210 vote, by a vote of 216 to 210.";
	g_autoptr(GArray) facts = numbers_of(text);
	const CrFact *score = assert_number_in(facts, text, "1-0", "1-0", 1, "tally");
	g_assert_cmpstr(score->key, ==, "1-0|tally");
	const CrFact *vote = assert_number_in(facts, text, "216-210", "216-210", 216, "tally");
	const CrFact *to = assert_number_in(facts, text, "216 to 210", "216-210", 216, "tally");
	g_assert_cmpstr(vote->key, ==, to->key);
	assert_number("a 3-1 win", "3-1", "3-1", 3, "tally");
	assert_no_number("a 4-3-3 formation");
	assert_number("rose from 5 to 3", "5", "5", 5, NULL);
	assert_number("between 10 to 12 people", "10 to 12 people", "10-12 people", 10, "people");
	/* round 21: a chess match's score in half points */
	const char *halves = "won the match 7.5-6.5 on Thursday.";
	g_autoptr(GArray) scored = numbers_of(halves);
	const CrFact *chess = assert_number_in(scored, halves, "7.5-6.5", "7.5-6.5", 7.5, "tally");
	g_assert_cmpstr(chess->key, ==, "7.5-6.5|tally");
}

/* Fractions of a percentage point, and percentage points matched in basis
 * points. */
static void test_point_fractions(void)
{
	const char *text = "raised by a quarter percentage point, then a quarter of a percentage point, "
			   "half a percentage point and a quarter-point; 25 basis points.";
	g_autoptr(GArray) facts = numbers_of(text);
	const CrFact *quarter =
	    assert_number_in(facts, text, "a quarter percentage point", "0.25 pp", 0.25, "pp");
	g_assert_cmpstr(quarter->key, ==, "25|bp");
	assert_number_in(facts, text, "a quarter of a percentage point", "0.25 pp", 0.25, "pp");
	assert_number_in(facts, text, "half a percentage point", "0.5 pp", 0.5, "pp");
	assert_number_in(facts, text, "a quarter-point", "0.25 pp", 0.25, "pp");
	const CrFact *bp = assert_number_in(facts, text, "25 basis points", "25 bp", 25, "bp");
	g_assert_cmpstr(bp->key, ==, quarter->key);
	assert_no_number("a quarter of the vote and half a loaf");
}

/* Ages: "a 44-year-old", "aged 44", "age 20", "Holmes, 38, is"; matched as the bare
 * number ("she is 38"). */
static void test_ages(void)
{
	assert_number("a 44-year-old man", "44-year-old", "44 years old", 44, NULL);
	/* "years old" after the count: an age, not a duration (round 13) */
	assert_number("Kiptum, who is 23 years old, won", "23 years old", "23 years old", 23, NULL);
	g_autoptr(GArray) two = numbers_of("the 23-year-old Kenyan, 23 years old.");
	g_assert_cmpstr(number_at(two, 4)->key, ==, number_at(two, 24)->key);
	assert_number("a dynasty 300 years old", "300 years old", "300 years old", 300, NULL);
	/* the word that makes it an age is part of the fact (round 8) */
	assert_number("a man aged 44 was", "aged 44", "44 years old", 44, NULL);
	assert_number("Alcaraz, age 20, won", "age 20", "20 years old", 20, NULL);
	/* round 20: "at the age of 88" is "aged 88" */
	assert_number("He died at the age of 88 on Monday", "age of 88", "88 years old", 88, NULL);
	assert_number("Holmes, 38, is pregnant", "38", "38 years old", 38, NULL);
	/* "then-" tells what was so at the time: no code as "COVID-19" is
	 * (engine24: valieva's "the then-15-year-old") */
	assert_number("it emerged that the then-15-year-old had tested positive", "15-year-old",
		      "15 years old", 15, NULL);
	assert_no_number("a rise in COVID-19 cases");
	assert_number("on page 38, line 4", "38", "38", 38, NULL);
	/* in a list of people the age is the name's: it counts the surname */
	const char *list = "Kaylee Goncalves, 21; Madison Mogen, 21; and Ethan Chapin, 20 \xe2\x80\x93 were";
	g_autoptr(GArray) facts = numbers_of(list);
	const CrFact *f = assert_number_in(facts, list, "21", "21 years old", 21, NULL);
	g_assert_cmpstr(f->counted, ==, "goncalve");
	f = number_at(facts, (gsize)(strstr(list, "Mogen, 21") - list) + strlen("Mogen, "));
	g_assert_nonnull(f);
	g_assert_cmpstr(f->value, ==, "21 years old");
	g_assert_cmpstr(f->counted, ==, "mogen");
	f = assert_number_in(facts, list, "20", "20 years old", 20, NULL);
	g_assert_cmpstr(f->counted, ==, "chapin");
}

static void test_money(void)
{
	g_autoptr(GArray) facts = numbers_of("agreed to pay $1.18 billion to resolve");
	const CrFact *f = assert_number_in(facts, "agreed to pay $1.18 billion to resolve", "$1.18 billion",
					   "1180000000 USD", 1.18e9, "USD");
	g_assert_cmpstr(f->key, ==, "1.18e+09|USD");
	g_assert_cmpfloat(f->confidence, >=, 0.9);

	assert_number("costs \xe2\x82\xac"
		      "3.2bn now",
		      "\xe2\x82\xac"
		      "3.2bn",
		      "3200000000 EUR", 3.2e9, "EUR");
	assert_number("raised US$5m in", "US$5m", "5000000 USD", 5e6, "USD");
	assert_number("paid 5 million dollars", "5 million dollars", "5000000 USD", 5e6, "USD");
	assert_number("paid 20 US dollars", "20 US dollars", "20 USD", 20, "USD");
	assert_number("a \xc2\xa5"
		      "100 fee",
		      "\xc2\xa5"
		      "100",
		      "100 JPY", 100, "JPY");
	assert_number("a \xc2\xa3"
		      "5 fee",
		      "\xc2\xa3"
		      "5",
		      "5 GBP", 5, "GBP");
	assert_number("priced at USD 20 each", "USD 20", "20 USD", 20, "USD");
	assert_number("cost 200 yuan each", "200 yuan", "200 CNY", 200, "CNY");
	assert_number("a $10k prize", "$10k", "10000 USD", 10000, "USD");
	assert_number("a $2.5 trillion budget", "$2.5 trillion", "2500000000000 USD", 2.5e12, "USD");
	assert_number("two billion euros", "two billion euros", "2000000000 EUR", 2e9, "EUR");
	assert_number("a $1,500.75 bill", "$1,500.75", "1500.75 USD", 1500.75, "USD");
	assert_number("a $5.5-billion deal", "$5.5-billion", "5500000000 USD", 5.5e9, "USD");
	assert_number("RMB 3 billion", "RMB 3 billion", "3000000000 CNY", 3e9, "CNY");
	assert_number("worth 40 EUR", "40 EUR", "40 EUR", 40, "EUR");
	/* capitalised words that open nothing before a code (number_could_begin()
	 * tells them inline) */
	assert_number("Shares Of Halvex Rose To GBP 20 On Monday", "GBP 20", "20 GBP", 20, "GBP");
	assert_number("Halvex Sales Hit US$5m In May", "US$5m", "5000000 USD", 5e6, "USD");
	assert_number("a 3bn plan", "3bn", "3000000000", 3e9, NULL);
	assert_no_number("a 5-bn plan and 5m");
}

static void test_percent_and_units(void)
{
	assert_number("rose 3% in May", "3%", "3 %", 3, "%");
	assert_number("rose 3 percent", "3 percent", "3 %", 3, "%");
	assert_number("rose three per cent", "three per cent", "3 %", 3, "%");
	assert_number("fell 2.5 pct", "2.5 pct", "2.5 %", 2.5, "%");
	assert_number("a 3.5pc rise", "3.5pc", "3.5 %", 3.5, "%");
	assert_number("a 10km walk", "10km", "10 km", 10, "km");
	assert_number("a 1,000 km border", "1,000 km", "1000 km", 1000, "km");
	assert_number("a 500 MW plant", "500 MW", "500 MW", 500, "MW");
	assert_number("5 tonnes of grain", "5 tonnes", "5 t", 5, "t");
	assert_number("7 people were hurt", "7 people", "7 people", 7, "people");
	/* a count of deaths is a count of people: it meets "27 people died" */
	assert_number("caused at least 27 deaths", "at least 27 deaths", ">27 people", 27, "people");
	assert_number("nine fatalities", "nine fatalities", "9 people", 9, "people");
	/* the dead too, an adjective that names whom it counts */
	assert_number("at least 34 dead as", "at least 34 dead", ">34 people", 34, "people");
	/* and so is an amount that died or was killed: "over 50 died" is not
	 * another report's "50 Buses" */
	assert_number("Reports say over 50 died in the mishap", "over 50 died", ">50 people", 50, "people");
	assert_number("12 killed in blast", "12 killed", "12 people", 12, "people");
	assert_number("ran 26 miles", "26 miles", "26 mi", 26, "mi");
	assert_number("an 18-kilometre barrier", "18-kilometre", "18 km", 18, "km");
	assert_number("a five-mile walk", "five-mile", "5 mi", 5, "mi");
	/* a distance per hour is a speed, however written: "70 mph" meets "70
	 * miles per hour", no distance of 70 miles */
	assert_number("sweeping northeast at 70 mph (113 kph)", "70 mph", "70 mph", 70, "mph");
	assert_number("sweeping northeast at 70 mph (113 kph)", "113 kph", "113 km/h", 113, "km/h");
	assert_number("moved at 70 miles per hour without", "70 miles per hour", "70 mph", 70, "mph");
	assert_number("winds of 195 km/h hit", "195 km/h", "195 km/h", 195, "km/h");
	assert_number("at 90 kilometres per hour", "90 kilometres per hour", "90 km/h", 90, "km/h");
	assert_number("ran 26 miles per day", "26 miles", "26 mi", 26, "mi");
	assert_no_number("a 5-percentage rise");
	/* stop 39: a length with its SI symbol, joined or spaced, after
	 * decimals is in metres ("6.24m" meets "6.24 metres") */
	assert_number("cleared 6.24m in April", "6.24m", "6.24 m", 6.24, "m");
	assert_number("cleared 6.10m with his", "6.10m", "6.1 m", 6.1, "m");
	assert_number("a bar at 6.25 m on", "6.25 m", "6.25 m", 6.25, "m");
	assert_number("jumped 6.25 metres in Paris", "6.25 metres", "6.25 m", 6.25, "m");
	assert_number("a crack 15.5cm wide", "15.5cm", "0.155 m", 0.155, "m");
	assert_number("the 6.24m was a record", "6.24m", "6.24 m", 6.24, "m");
	/* near misses: a whole "5m", "2.5M", millions before a plural or
	 * "of", money, a time, a model's name */
	assert_no_number("some 2.5m people watched");
	assert_no_number("some 2.5M watched");
	assert_no_number("about 1.5m of them");
	assert_number("Sales Hit US$5.5m In May", "US$5.5m", "5500000 USD", 5.5e6, "USD");
	assert_no_number("at 3.30pm on Friday");
	assert_no_number("the A320m and 5G and 4K");
	/* "mw" is no megawatt and "m" alone no unit: the bare number stays. */
	assert_number("plant of 500 mw here", "500", "500", 500, NULL);
}

static void test_time_and_rate_units(void)
{
	assert_number("for the next 72 hours", "72 hours", "72 hours", 72, "hours");
	assert_number("declared three days of mourning", "three days", "3 days", 3, "days");
	assert_number("after a 14-week trial", "14-week trial", "14 weeks", 14, "weeks");
	assert_number("a 10-year plan", "10-year plan", "10 years", 10, "years");
	assert_number("barred for 12 years.", "12 years", "12 years", 12, "years");
	assert_number("sentenced to 3 years' imprisonment", "3 years", "3 years", 3, "years");
	assert_number("a wait of 45 minutes", "45 minutes", "45 minutes", 45, "minutes");
	assert_number("cut by 25 basis points", "25 basis points", "25 bp", 25, "bp");
	assert_number("a 50bp hike", "50bp", "50 bp", 50, "bp");
	assert_number("up 0.5 percentage points", "0.5 percentage points", "0.5 pp", 0.5, "pp");
	/* Ages are no durations; a bare number of points is a count. */
	assert_number("the 58-year-old", "58-year-old", "58 years old", 58, NULL);
	assert_number("the index fell 300 points", "300 points", "300 points", 300, NULL);
	/* payments made once a year (a month, a day) span as many years:
	 * "over 29 annual payments" meets "over 29 years"; other qualifiers
	 * keep the noun */
	assert_number("spread out over 29 annual payments.", "over 29 annual payments", ">29 years", 29,
		      "years");
	assert_number("in 12 monthly instalments", "12 monthly instalments", "12 months", 12, "months");
	assert_number("in 12 large instalments", "12 large instalments", "12 instalments", 12, NULL);
	/* what is not paid keeps its noun: flights are no days */
	assert_number("adding 12 daily flights", "12 daily flights", "12 flights", 12, NULL);
	assert_number("its two annual reports", "two annual reports", "2 reports", 2, NULL);
}

/* A stopwatch's time, its seconds written ("2:00:35", "13:44.2"), is a
 * number of seconds, not a time of day: two race times a few seconds
 * apart are two facts (round 13). */
static void test_stopwatch_times(void)
{
	assert_number("won the race in 2:00:35, breaking the record", "2:00:35", "2:00:35", 7235,
		      "s elapsed");
	assert_number("won the women's title at 2:13:44.", "2:13:44", "2:13:44", 8024, "s elapsed");
	assert_number("ran 13:44.2 to win", "13:44.2", "13:44.2", 824.2, "s elapsed");
	assert_number("clocked 2:01:09.25 in Berlin", "2:01:09.25", "2:01:09.25", 7269.25, "s elapsed");
	const char *two = "Kiptum ran 2:01:25 in London and Kipchoge 2:01:09 in Berlin.";
	g_autoptr(GArray) facts = numbers_of(two);
	const CrFact *a = assert_number_in(facts, two, "2:01:25", "2:01:25", 7285, "s elapsed");
	const CrFact *b = assert_number_in(facts, two, "2:01:09", "2:01:09", 7269, "s elapsed");
	g_assert_cmpstr(a->key, !=, b->key);
	/* a time of day, with a meridiem or a zone or after a date, is a
	 * date's; without seconds it is no stopwatch's */
	assert_no_number("It hit at 13:01:15 IST and at 2:00:35 pm, then 18:13.");
	assert_no_number("Updated: May 24, 2023 13:04:54");
	/* spelt out in parts, it is the same number of seconds (round 15);
	 * seconds alone, or parts of one unit, are no stopwatch's */
	assert_number("finishing in 2 hours, 35 seconds to shatter", "2 hours, 35 seconds", "2:00:35", 7235,
		      "s elapsed");
	assert_number("ran three minutes and 27 seconds faster", "three minutes and 27 seconds", "3:27", 207,
		      "s elapsed");
	assert_number("in 2 hours, 1 minute and 9 seconds.", "2 hours, 1 minute and 9 seconds", "2:01:09",
		      7269, "s elapsed");
	assert_number("by 34 seconds", "34 seconds", "34 seconds", 34, NULL);
	assert_number("after 2 hours, 3 hours later", "2 hours", "2 hours", 2, "hours");
}

/* Degrees are a unit, however written; the bare number is another value
 * (round 16, heldout-cop28's "1.5°C" and "1.5C"). */
static void test_degrees(void)
{
	assert_number("limit warming to 1.5°C above", "1.5°C", "1.5 degrees", 1.5, "degrees");
	assert_number("limit warming to 1.5 °C above", "1.5 °C", "1.5 degrees", 1.5, "degrees");
	assert_number("keep 1.5C alive", "1.5C", "1.5 degrees", 1.5, "degrees");
	assert_number("to 1.5 degrees Celsius by", "1.5 degrees Celsius", "1.5 degrees", 1.5, "degrees");
	assert_number("within 1.5 degrees of", "1.5 degrees", "1.5 degrees", 1.5, "degrees");
	assert_number("a 1.5-degree rise", "1.5-degree", "1.5 degrees", 1.5, "degrees");
	assert_number("it hit 40 \u2103 in Dubai", "40 \u2103", "40 degrees", 40, "degrees");
	assert_number("2.7 degrees Fahrenheit of warming", "2.7 degrees Fahrenheit", "2.7 degrees F", 2.7,
		      "degrees F");
	assert_number("a high of 104F today", "104F", "104 degrees F", 104, "degrees F");
	const char *both = "The index rose 1.5 as the summit kept 1.5C alive.";
	g_autoptr(GArray) facts = numbers_of(both);
	const CrFact *bare = assert_number_in(facts, both, "1.5", "1.5", 1.5, NULL);
	const CrFact *warming = assert_number_in(facts, both, "1.5C", "1.5 degrees", 1.5, "degrees");
	g_assert_cmpstr(bare->key, !=, warming->key);
	/* a lower-case letter is no scale */
	assert_no_number("a 30c coin");
	/* nor a letter before a number: a code ("flight 7C 2216") */
	const char *flight = "Jeju Air flight 7C 2216 crashed";
	g_autoptr(GArray) codes = numbers_of(flight);
	for (guint k = 0; k < codes->len; k++)
		g_assert_null(strstr(g_array_index(codes, CrFact, k).text, "7C"));
}

static void test_currencies_in_words(void)
{
	assert_number("fell to 68.40 U.S. cents", "68.40 U.S. cents", "68.4 cents", 68.4, "cents");
	assert_number("slipped to 68.4 US cents", "68.4 US cents", "68.4 cents", 68.4, "cents");
	/* stop 40 (metadiv): a price in cents takes the thing it is paid
	 * for after "per" or "a", as money does after "per" ("$55 per
	 * share"); nothing else after it ("50 cents and a bonus") */
	assert_number("a payout of 50 cents a share on March 26", "50 cents a share", "50 cents", 50,
		      "cents");
	assert_number("would be 50 cents per share and", "50 cents per share", "50 cents", 50, "cents");
	assert_number("paid 50 cents and a bonus", "50 cents", "50 cents", 50, "cents");
	assert_number("a fine of 48.3 million pounds", "48.3 million pounds", "48300000 GBP", 48.3e6, "GBP");
	assert_number("an appeal for 2.1 million Swiss francs", "2.1 million Swiss francs", "2100000 CHF",
		      2.1e6, "CHF");
	assert_number("an appeal of CHF 2.1 million", "CHF 2.1 million", "2100000 CHF", 2.1e6, "CHF");
	assert_number("worth NOK 76.5bn", "NOK 76.5bn", "76500000000 NOK", 76.5e9, "NOK");
	assert_number("paid 20 Canadian dollars", "20 Canadian dollars", "20 CAD", 20, "CAD");
	assert_number("costs 50 pence", "50 pence", "50 pence", 50, "pence");
	/* A country before a word that is no currency is no unit: it
	 * qualifies what is counted. */
	assert_number("3 Swiss climbers", "3 Swiss climbers", "3 climbers", 3, NULL);
}

/* The currency symbols open an amount, the ASCII one after other marks
 * too; no other ASCII mark is a currency (number_could_begin() tells the
 * marks inline: NUMBER_ASCII_SYMBOL is the only ASCII symbol). */
static void test_currency_symbols(void)
{
	assert_number("a fine (\u20ac5 million)", "\u20ac5 million", "5000000 EUR", 5e6, "EUR");
	assert_number("a fee of \u00a340", "\u00a340", "40 GBP", 40, "GBP");
	assert_number("a bill of \u20b9200", "\u20b9200", "200 INR", 200, "INR");
	assert_number("a debt of \u20bd70", "\u20bd70", "70 RUB", 70, "RUB");
	assert_number("\"$5,\" he said", "$5", "5 USD", 5, "USD");
	assert_number("(-$5)", "$5", "5 USD", 5, "USD");
	assert_number("costs (5 pence)", "5 pence", "5 pence", 5, "pence");
}

static void test_halves_and_months(void)
{
	assert_number("jailed for seven and a half years", "seven and a half years", "7.5 years", 7.5,
		      "years");
	assert_number("a seven-and-a-half year term", "seven-and-a-half year", "7.5 years", 7.5, "years");
	assert_number("2 and a half hours", "2 and a half hours", "2.5 hours", 2.5, "hours");
	/* An article, a unit of time and "and a half": one and a half. */
	assert_number("trapped for an hour and a half", "an hour and a half", "1.5 hours", 1.5, "hours");
	assert_number("a year and a half later", "a year and a half", "1.5 years", 1.5, "years");
	assert_no_number("an hour and a friend");
	assert_number("7 years and 6 months in prison", "7 years and 6 months", "7.5 years", 7.5, "years");
	assert_number("seven years and three months", "seven years and three months", "7.25 years", 7.25,
		      "years");
	/* Months that make no quarter of a year stay a number of their own. */
	g_autoptr(GArray) facts = numbers_of("7 years and 5 months");
	assert_number_in(facts, "7 years and 5 months", "7 years", "7 years", 7, "years");
	assert_number_in(facts, "7 years and 5 months", "5 months", "5 months", 5, "months");
	assert_number("two and a hamper", "two", "2", 2, NULL);
}

static void test_counted_nouns(void)
{
	g_autoptr(GArray) facts = numbers_of("It sent 400 volunteers and 1,500 family tents.");
	const CrFact *f = assert_number_in(facts, "It sent 400 volunteers and 1,500 family tents.",
					   "400 volunteers", "400 volunteers", 400, NULL);
	g_assert_cmpstr(f->counted, ==, "volunteer");
	g_assert_cmpstr(f->key, ==, "400|");
	/* round 21: deaths with a word between are counted in people too */
	g_autoptr(GArray) deaths = numbers_of("There were 95 confirmed deaths.");
	g_assert_cmpstr(assert_number_in(deaths, "There were 95 confirmed deaths.", "95 confirmed deaths",
					 "95 deaths", 95, NULL)
			    ->counted,
			==, "people");
	f = assert_number_in(facts, "It sent 400 volunteers and 1,500 family tents.", "1,500 family tents",
			     "1500 tents", 1500, NULL);
	g_assert_cmpstr(f->counted, ==, "tent");
	assert_number("six children died", "six children", "6 children", 6, NULL);
	assert_number("four counts of fraud", "four counts", "4 counts", 4, NULL);
	/* people counted by another word, or after a participle */
	assert_number("rescuers sought six individuals", "six individuals", "6 people", 6, "people");
	assert_number("77 others remain trapped", "77 others", "77 people", 77, "people");
	assert_number("the six missing people plunged", "six missing people", "6 people", 6, NULL);
	/* a noun said two ways is counted as one ("charges" as "counts") */
	g_autoptr(GArray) charges = numbers_of("He faces five criminal charges.");
	f = assert_number_in(charges, "He faces five criminal charges.", "five criminal charges", "5 charges",
			     5, NULL);
	g_assert_cmpstr(f->counted, ==, "count");
	assert_number("2,300 buildings had", "2,300 buildings", "2300 buildings", 2300, NULL);
	/* Verbs, adjectives, function words and singulars are counted by no one. */
	assert_number("three wanted to wait", "three", "3", 3, NULL);
	assert_number("146 injured", "146 injured", "146", 146, NULL);
	assert_number("410 of them", "410", "410", 410, NULL);
	assert_number("96 can run on it", "96", "96", 96, NULL);
	assert_number("lost 5 business deals", "5 business deals", "5 deals", 5, NULL);
	assert_number("5 bonus points", "5 bonus points", "5 points", 5, NULL);
	assert_number("20 crisis talks", "20 crisis talks", "20 talks", 20, NULL);
	assert_number("the 12 Apostles", "12", "12", 12, NULL);
	/* two words may qualify the noun; a capitalised plural is counted too */
	assert_number("all 34 felony state charges", "34 felony state charges", "34 charges", 34, NULL);
	assert_number("a reward of 3.125 Bitcoins per block", "3.125 Bitcoins", "3.125 Bitcoins", 3.125,
		      NULL);
	/* a nationality counts the people of a country, in its plural of
	 * "-is" too, and alone (round 23); a name ending so does not */
	assert_number("freed 13 Israelis on Friday", "13 Israelis", "13 Israelis", 13, NULL);
	assert_number("10 Thais and a Filipino", "10 Thais", "10 Thais", 10, NULL);
	assert_number("10 Thai and one Filipino national", "10 Thai", "10 Thai", 10, NULL);
	assert_number("he beat 3 Davis and won", "3", "3", 3, NULL);
	/* a word that adds to the count stands between it and what it counts */
	assert_number("some 30 more ships", "some 30 more ships", "~30 ships", 30, NULL);
	assert_number("Two other people were detained", "Two other people", "2 people", 2, "people");
	assert_number("the deaths of six other infants", "six other infants", "6 infants", 6, NULL);
	assert_number("with one other three years of supervision", "three years", "3 years", 3, "years");
	assert_no_number("one person came");
	/* a number joined by a hyphen to the noun it modifies counts it */
	g_autoptr(GArray) runs = numbers_of("set a 241-run target and won by six-wicket margins");
	f = assert_number_in(runs, "set a 241-run target and won by six-wicket margins", "241-run target",
			     "241 run", 241, NULL);
	g_assert_cmpstr(f->counted, ==, "run");
	g_assert_cmpstr(f->key, ==, "241|");
	assert_number("a six-wicket win", "six-wicket win", "6 wicket", 6, NULL);
	assert_no_number("a 5-percentage rise");
	/* a capitalised word may qualify the noun: a nationality */
	assert_number("and two Thai nationals died", "two Thai nationals", "2 nationals", 2, NULL);
}

/* round 33: a count's span reaches the head noun it modifies ("a 33-story
 * building") and the state a bare count is in ("730 injured", "16 were
 * injured"), what it counts unchanged; not a participle after a modifier,
 * nor a verb's complement. */
static void test_span_reach(void)
{
	const char *text = "a 33-story building fell and a 33-story high-rise; 730 injured, 16 were "
			   "injured and 101 are missing across three sites.";
	g_autoptr(GArray) facts = numbers_of(text);
	assert_number_in(facts, text, "33-story building", "33 story", 33, NULL);
	assert_number_in(facts, text, "33-story high-rise", "33 story", 33, NULL);
	g_assert_cmpstr(assert_number_in(facts, text, "730 injured", "730", 730, NULL)->key, ==, "730|");
	assert_number_in(facts, text, "16 were injured", "16", 16, NULL);
	assert_number_in(facts, text, "101 are missing", "101", 101, NULL);
	assert_number("a 6.4-magnitude aftershock", "6.4-magnitude aftershock", "6.4 magnitude", 6.4, NULL);
	/* near misses: a participle after the modifier, an infinitive after
	 * the state, a verb with its complement */
	assert_number("the 33-story collapsed", "33-story", "33 story", 33, NULL);
	assert_number("five are expected to attend", "five", "5", 5, NULL);
	assert_number("three wanted to wait", "three", "3", 3, NULL);
	assert_number("12 arrested Monday", "12", "12", 12, NULL);
	/* engine49: a duration written as a modifier takes its head noun
	 * too (the references' "four-hour operation", "three-month trial"),
	 * not a participle, nor a head a name follows, nor one spaced from
	 * its unit */
	assert_number("a two-day visit", "two-day visit", "2 days", 2, "days");
	assert_number("after a four-hour operation on Saturday", "four-hour operation", "4 hours", 4,
		      "hours");
	assert_number("a 17-hour journey back", "17-hour journey", "17 hours", 17, "hours");
	assert_number("the four-hour delayed flight", "four-hour", "4 hours", 4, "hours");
	assert_number("a four-hour Senate hearing", "four-hour", "4 hours", 4, "hours");
	assert_number("for four hours surgeons worked", "four hours", "4 hours", 4, "hours");
	assert_number("a $10-million deal", "$10-million", "10000000 USD", 10000000, "USD");
	assert_number("Last year's 14-game classical World Championship match", "14-game", "14 game", 14,
		      NULL);
}

/* round 33: a decimal reading's span reaches the scale it is read on,
 * written after it closing its clause or before it after "of" or "a";
 * not a word the clause goes on after, nor one before a whole number. */
static void test_scale_reach(void)
{
	assert_number("one measuring 6.4 magnitude.", "6.4 magnitude", "6.4", 6.4, NULL);
	assert_number("one measured 6.4 in magnitude, officials said", "6.4 in magnitude", "6.4", 6.4, NULL);
	assert_number("an aftershock of magnitude 6.4 followed", "magnitude 6.4", "6.4", 6.4, NULL);
	assert_number("a magnitude 7.4 quake", "magnitude 7.4", "7.4", 7.4, NULL);
	/* near misses */
	assert_number("inflation was 2.5 last month", "2.5", "2.5", 2.5, NULL);
	assert_number("the index rose 1.5 on Monday", "1.5", "1.5", 1.5, NULL);
	assert_number("a magnitude 7 quake", "7", "7", 7, NULL);
}

static void test_ranges(void)
{
	const char *text = "a 2-3% band, 2 to 3 per cent and between 2 and 3 per cent";
	g_autoptr(GArray) facts = numbers_of(text);
	const CrFact *dash = assert_number_in(facts, text, "2-3%", "2-3 %", 2, "%");
	const CrFact *to = assert_number_in(facts, text, "2 to 3 per cent", "2-3 %", 2, "%");
	g_assert_cmpstr(dash->key, ==, "2-3|%");
	g_assert_cmpstr(to->key, ==, dash->key);
	assert_number_in(facts, text, "2 and 3 per cent", "2-3 %", 2, "%");
	assert_number("a $5-6 billion deal", "$5-6 billion", "5000000000-6000000000 USD", 5e9, "USD");
	assert_number("1.5 to 2 million people", "1.5 to 2 million people", "1500000-2000000 people", 1.5e6,
		      "people");
	/* A score, a vote, a change and a fall are no ranges. */
	assert_number("voted six to three", "six", "6", 6, NULL);
	g_autoptr(GArray) change = numbers_of("rose from 2 to 3 per cent");
	assert_number_in(change, "rose from 2 to 3 per cent", "2", "2", 2, NULL);
	assert_number_in(change, "rose from 2 to 3 per cent", "3 per cent", "3 %", 3, "%");
	g_autoptr(GArray) fall = numbers_of("fell 5 to 3 per cent");
	assert_number_in(fall, "fell 5 to 3 per cent", "3 per cent", "3 %", 3, "%");
	/* round 31: after "ranging from" or "between" a lower end in words
	 * meets an upper end in digits, and may name the same unit; not after
	 * a verb ("sentenced three to 20 years": three people), nor two units */
	assert_number("sentences ranging from three to 20 years", "three to 20 years", "3-20 years", 3,
		      "years");
	assert_number("they range from three years to 20 years", "three years to 20 years", "3-20 years", 3,
		      "years");
	assert_number("between three and 20 years", "three and 20 years", "3-20 years", 3, "years");
	assert_number("The judge sentenced three to 20 years", "20 years", "20 years", 20, "years");
	assert_number("rose from three to 20 per cent", "20 per cent", "20 %", 20, "%");
	assert_number("ranging from 3 years to 20 months", "3 years", "3 years", 3, "years");
	assert_number("from three years to 20 years", "three years", "3 years", 3, "years");
	/* review of engine41, finding 1: the two ends name their unit in one
	 * word, in the singular or the plural; "two killed" and "12 people
	 * injured" (both U_PEOPLE) are two facts, as "30 people" and "50
	 * others" are */
	const char *hurt = "casualties ranged from two killed to 12 people injured";
	g_autoptr(GArray) casualties = numbers_of(hurt);
	assert_number_in(casualties, hurt, "two killed", "2 people", 2, "people");
	assert_number_in(casualties, hurt, "12 people", "12 people", 12, "people");
	assert_number("a brawl between 30 people and 50 others", "30 people", "30 people", 30, "people");
	assert_number("ranging from one hour to 3 hours", "one hour to 3 hours", "1-3 hours", 1, "hours");
	/* stop 41: "vary" spans a range as "range" does (marburg: the "21
	 * days" of "varies from 2 to 21 days" met the 21-day monitoring
	 * period); near miss: a change "from" stays two facts */
	assert_number("The incubation period varies from 2 to 21 days", "2 to 21 days", "2-21 days", 2,
		      "days");
	assert_number("the period was extended from 2 to 21 days", "21 days", "21 days", 21, "days");
	/* the lower end's own unit after "between" */
	assert_number("between 3 km and 5 km", "3 km and 5 km", "3-5 km", 3, "km");
	assert_number("between 2% and 3%", "2% and 3%", "2-3 %", 2, "%");
	/* round 32: money whose two ends name its currency and scale; a change
	 * and a level are no range */
	assert_number("a forecast between $34.5 billion and $37 billion", "$34.5 billion and $37 billion",
		      "34500000000-37000000000 USD", 34.5e9, "USD");
	assert_number("sales in the range of $34.5 billion to $37 billion", "$34.5 billion to $37 billion",
		      "34500000000-37000000000 USD", 34.5e9, "USD");
	assert_number("sales will be $12.5bn to $13.5bn", "$12.5bn to $13.5bn", "12500000000-13500000000 USD",
		      12.5e9, "USD");
	assert_number("revenue rose $5 billion to $50 billion", "$5 billion", "5000000000 USD", 5e9, "USD");
	assert_number("a rise of $5 billion to $50 billion", "$5 billion", "5000000000 USD", 5e9, "USD");
	assert_number("raised its buyback by $10 billion to $50 billion", "$10 billion", "10000000000 USD",
		      1e10, "USD");
	assert_number("revenue rose from $32.2 billion to $40.1 billion", "$32.2 billion", "32200000000 USD",
		      32.2e9, "USD");
	assert_number("between $5 billion and 37 people", "$5 billion", "5000000000 USD", 5e9, "USD");
	g_autoptr(GArray) two = numbers_of("from 3.4% to 2.9%");
	assert_number_in(two, "from 3.4% to 2.9%", "3.4%", "3.4 %", 3.4, "%");
	assert_number_in(two, "from 3.4% to 2.9%", "2.9%", "2.9 %", 2.9, "%");
}

/* A small number (a whole number under 100, not money) carries the stems of
 * the content words of its sentence and the other numbers in it; money and
 * larger values, which say enough by themselves, do not. */
/* A count said as a change is flagged with its direction, and a
 * comparative after it is part of the fact; a total is not a change. */
static void test_changes(void)
{
	const char *text = "The VVD is on 24 seats, down a punishing 10 seats. The PVV won 37, with 20 more "
			   "than the 17 it had. SLP: 47 seats (-11). It is up 5 seats.";
	g_autoptr(GArray) facts = numbers_of(text);
	const CrFact *total = assert_number_in(facts, text, "24 seats", "24 seats", 24, NULL);
	g_assert_cmpuint(total->flags & (CR_FACT_GAIN | CR_FACT_LOSS), ==, 0);
	const CrFact *down = assert_number_in(facts, text, "10 seats", "10 seats", 10, NULL);
	g_assert_cmpuint(down->flags & (CR_FACT_GAIN | CR_FACT_LOSS), ==, CR_FACT_LOSS);
	const CrFact *more = assert_number_in(facts, text, "20 more", "20", 20, NULL);
	g_assert_cmpuint(more->flags & (CR_FACT_GAIN | CR_FACT_LOSS), ==, CR_FACT_GAIN);
	g_assert_cmpuint(assert_number_in(facts, text, "11", "11", 11, NULL)->flags & CR_FACT_LOSS, !=, 0);
	g_assert_cmpuint(assert_number_in(facts, text, "5 seats", "5 seats", 5, NULL)->flags & CR_FACT_GAIN,
			 !=, 0);
	g_assert_cmpuint(assert_number_in(facts, text, "17", "17", 17, NULL)->flags &
			     (CR_FACT_GAIN | CR_FACT_LOSS),
			 ==, 0);
	/* round 21: the subject of "were lost" in its clause is a loss */
	const char *passive = "Then 12 megawatts of power (half the demand) were lost. 30 homes, the "
			      "council said, were lost.";
	g_autoptr(GArray) lost = numbers_of(passive);
	g_assert_cmpuint(assert_number_in(lost, passive, "12 megawatts", "12 megawatts", 12, NULL)->flags &
			     CR_FACT_LOSS,
			 !=, 0);
	g_assert_cmpuint(assert_number_in(lost, passive, "30 homes", "30 homes", 30, NULL)->flags &
			     (CR_FACT_GAIN | CR_FACT_LOSS),
			 ==, 0);
}

/* "number nine" and "No.9": the label is part of the fact. */
static void test_labelled_numbers(void)
{
	assert_number("He will wear the number nine shirt.", "number nine", "9", 9, NULL);
	assert_number("He takes the No.9 at Bayern.", "No.9", "9", 9, NULL);
}

/* Two words joined by a hyphen may qualify the noun counted, as one word
 * does ("19 foreign nationals"): "19 non-Korean nationals" counts
 * nationals and meets "at least 19 foreign nationals" of another report. */
static void test_hyphened_qualifier(void)
{
	const char *text = "The dead included 19 non-Korean nationals; five high-ranking officials resigned.";
	g_autoptr(GArray) facts = numbers_of(text);
	g_assert_cmpstr(
	    assert_number_in(facts, text, "19 non-Korean nationals", "19 nationals", 19, NULL)->counted, ==,
	    "national");
	g_assert_cmpstr(
	    assert_number_in(facts, text, "five high-ranking officials", "5 officials", 5, NULL)->counted, ==,
	    "official");
	g_autoptr(CrEngine) engine =
	    cr_test_engine("The dead included at least 19 foreign nationals, officials said.\n",
			   "The dead included 19 non-Korean nationals, officials said.\n", NULL);
	const CrFact *a =
	    cr_test_find_fact(engine->facts, 0, CR_FACT_NUMBER, "at least 19 foreign nationals");
	const CrFact *b = cr_test_find_fact(engine->facts, 1, CR_FACT_NUMBER, "19 non-Korean nationals");
	g_assert_nonnull(a);
	g_assert_nonnull(b);
	g_assert_cmpint(a->group, ==, b->group);
}

/* "another 58" is a count of more of the same, as "58 others" is: the word
 * is part of the fact, its value the count's, and it meets "58 others" of
 * another report. */
static void test_another_count(void)
{
	assert_number("Eleven were hurt and another 58 escaped unharmed.", "another 58", "58", 58, NULL);
	assert_number("Another 3 were missing.", "Another 3 were missing", "3", 3, NULL);
	/* a count of a noun keeps its own words */
	assert_number("He waited another 40 minutes.", "40 minutes", "40 minutes", 40, "minutes");
	g_autoptr(CrEngine) engine = cr_test_engine(
	    "Eleven miners were injured, while 58 others got out of the mine on their own.\n",
	    "Eleven people were injured, and another 58 escaped from the mine on their own.\n", NULL);
	const CrFact *others = cr_test_find_fact(engine->facts, 0, CR_FACT_NUMBER, "58 others");
	const CrFact *another = cr_test_find_fact(engine->facts, 1, CR_FACT_NUMBER, "another 58");
	g_assert_nonnull(others);
	g_assert_nonnull(another);
	g_assert_cmpint(another->group, ==, others->group);
}

static void test_small_count_context(void)
{
	const char *text = "Five people died in the flood on the coast. It cost $5 and 61% of 150 homes.";
	g_autoptr(GArray) facts = numbers_of(text);
	const CrFact *five = number_at(facts, 0);
	g_assert_nonnull(five);
	/* "died", "flood", "coast": "the", "in" and the fact's own words are left out */
	guint n;
	const guint32 *ctx = cr_fact_context(five, &n);
	g_assert_cmpuint(n, ==, 3);
	g_assert_true(ctx[0] < ctx[1] && ctx[1] < ctx[2]);
	g_assert_null(number_at(facts, (gsize)(strstr(text, "$5") - text))->context);
	/* "cost", "homes" and, as neighbours, the keys of $5 and 150 homes and
	 * what each is of (dollars, homes) */
	const CrFact *share = number_at(facts, (gsize)(strstr(text, "61%") - text));
	const guint32 *shared = cr_fact_context(share, &n);
	g_assert_cmpuint(n, ==, 6);
	g_assert_cmpuint(shared[n - 1] & CR_CONTEXT_NEIGHBOUR, !=, 0);
	g_assert_null(number_at(facts, (gsize)(strstr(text, "150 homes") - text))->context);
	/* the sentence ends at its full stop; the same stem counts once */
	g_autoptr(GArray) two =
	    numbers_of("Rescuers found two children. Rescuers and rescue dogs searched on.");
	cr_fact_context(number_at(two, strlen("Rescuers found ")), &n);
	g_assert_cmpuint(n, ==, 2);
}

static void test_not_numbers(void)
{
	assert_no_number("G7 leaders, COVID-19 cases and F-35 jets on a 5G network.");
	assert_no_number("Upgrade to version 2.74 or 2.74.1 or v3.");
	assert_no_number("1. First item\n2) Second item\n");
	assert_no_number("\xc2\xa9 2023 and since 1999 and the 1930s");
	assert_no_number("Call 555-123-4567 or +81 3 1234 5678 or 5551234567.");
	assert_no_number("Call 0800 555 0199, 020 7946 0812 or +44 7700 900 321.");
	assert_no_number("Support is 24/7; they met at 18:13.");
	assert_no_number("Agent 007 and code 0451.");
	assert_no_number("He came at 3 p.m. and left at 11am or 4 PM.");
	assert_no_number("A1 and B52 and 3D and MP3.");
	assert_no_number("No numbers here at all.");
}

static void test_dates_are_not_numbers(void)
{
	g_autoptr(GArray) facts =
	    numbers_of("On May 24, 2023, 12 people died; on 24.05.2023 and July 11 and 12, more came.");
	guint numbers = 0;
	for (guint i = 0; i < facts->len; i++)
		numbers += g_array_index(facts, CrFact, i).kind == CR_FACT_NUMBER;
	g_assert_cmpuint(numbers, ==, 1);
	assert_number_in(facts,
			 "On May 24, 2023, 12 people died; on 24.05.2023 and July 11 and 12, more came.",
			 "12 people", "12 people", 12, "people");
}

static void test_dates_in_other_forms(void)
{
	assert_no_number("Dated 24.May.2023, 24-May-2023 and 2023-05-24T12:09:19Z.");
	assert_no_number("Thu, May 25, 2023 at 1 p.m. GMT+10; since 1999; in July 11 and 12.");
	assert_no_number("Online Report\n\n1684969122\n");
}

static void test_confidence(void)
{
	const char *text = "two sides, 42 votes, 350 seats, 3% and $5 and 2nd";
	g_autoptr(GArray) facts = numbers_of(text);
	g_assert_cmpfloat(number_at(facts, 0)->confidence, ==, 0.4);
	g_assert_cmpfloat(number_at(facts, (gsize)(strstr(text, "42") - text))->confidence, ==, 0.5);
	g_assert_cmpfloat(number_at(facts, (gsize)(strstr(text, "350") - text))->confidence, ==, 0.7);
	g_assert_cmpfloat(number_at(facts, (gsize)(strstr(text, "3%") - text))->confidence, ==, 0.9);
	g_assert_cmpfloat(number_at(facts, (gsize)(strstr(text, "$5") - text))->confidence, ==, 0.9);
	g_assert_cmpfloat(number_at(facts, (gsize)(strstr(text, "2nd") - text))->confidence, ==, 0.6);
}

static void test_hostile_bytes(void)
{
	assert_number("\xff\xfe 42 delegates\r\n\xc3", "42 delegates", "42 delegates", 42, NULL);
	assert_number("caf\xc3\xa9 \xe2\x80\x94 $1.18 billion\xe2\x80\x94\r\n", "$1.18 billion",
		      "1180000000 USD", 1.18e9, "USD");
	assert_number("\xc3(\r\n12%\r\n\r\nthree\xff", "12%", "12 %", 12, "%");
	assert_number("\xe2\x80\x9c"
		      "42\xe2\x80\x9d",
		      "42", "42", 42, NULL);
	assert_number("\x80"
		      "42\x81 items",
		      "42", "42", 42, NULL);
	assert_no_number("99999999999999999999999 and 1.99999999999999999999");
}

static void test_seeds(void)
{
	const char *dir = cr_test_seeds_dir();
	if (!dir)
		return;
	static const struct {
		const char *file, *expr, *value;
	} golds[] = {
		{ "000_1430dbf7c8925e8c.txt", "31st member", "31st member" },
		{ "003_7eb94e328bf5e46b.txt", "$1.18 billion", "1180000000 USD" },
		{ "003_7eb94e328bf5e46b.txt", "five people", "5 people" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(golds); i++) {
		g_autofree char *path = g_build_filename(dir, golds[i].file, NULL);
		g_autofree char *text = NULL;
		g_assert_true(g_file_get_contents(path, &text, NULL, NULL));
		g_autoptr(GArray) facts = numbers_of(text);
		const CrFact *f = number_at(facts, (gsize)(strstr(text, golds[i].expr) - text));
		g_assert_nonnull(f);
		g_assert_cmpstr(f->text, ==, golds[i].expr);
		g_assert_cmpstr(f->value, ==, golds[i].value);
		/* No number sits inside a date. */
		for (guint j = 0; j < facts->len; j++) {
			const CrFact *d = &g_array_index(facts, CrFact, j);
			for (guint k = 0; d->kind == CR_FACT_DATE && k < facts->len; k++) {
				const CrFact *n = &g_array_index(facts, CrFact, k);
				g_assert_false(n->kind == CR_FACT_NUMBER && n->start < d->end &&
					       n->end > d->start);
			}
		}
	}
}

/* Contexts are packed in their pool's blocks: many, across blocks, each
 * read back as made after the pool is gone, let go of in any order; a long
 * report's small counts each keep their own sentence's. */
static void test_contexts_in_blocks(void)
{
	enum { N = 20000 };
	g_autofree guint32 **made = g_new(guint32 *, N);
	CrFactStrings *pool = cr_fact_strings_new();
	guint32 hashes[40];
	for (guint i = 0; i < N; i++) {
		guint n = i % 40;
		for (guint h = 0; h < n; h++)
			hashes[h] = i * 41 + h;
		made[i] = cr_fact_context_new(pool, hashes, n);
		g_assert_true(n > 0 || made[i] == NULL);
	}
	cr_fact_strings_free(pool);
	for (guint round = 0; round < 2; round++)
		for (guint i = round; i < N; i += 2) {
			guint n = i % 40;
			if (n) {
				g_assert_cmpuint(made[i][0], ==, n);
				g_assert_cmpuint((guintptr)made[i] % sizeof(guint32), ==, 0);
				g_assert_cmpuint(made[i][n], ==, i * 41 + n - 1);
			}
			cr_fact_context_free(made[i]);
		}

	GString *text = g_string_new(NULL);
	for (guint i = 0; i < 3000; i++)
		g_string_append(text, i % 2 ? "Five people died in the flood. "
					    : "Seven boats sank near the pier. ");
	g_autoptr(GArray) facts = numbers_of(text->str);
	g_assert_cmpuint(facts->len, ==, 3000);
	guint n_first, n_second;
	const guint32 *first = cr_fact_context(&g_array_index(facts, CrFact, 0), &n_first);
	const guint32 *second = cr_fact_context(&g_array_index(facts, CrFact, 1), &n_second);
	/* the one sentence's three content words, the other's two */
	g_assert_cmpuint(n_first, ==, 3);
	g_assert_cmpuint(n_second, ==, 2);
	for (guint i = 0; i < facts->len; i++) {
		guint n;
		const guint32 *ctx = cr_fact_context(&g_array_index(facts, CrFact, i), &n);
		g_assert_cmpmem(ctx, n * sizeof(guint32), i % 2 ? second : first,
				(i % 2 ? n_second : n_first) * sizeof(guint32));
	}
	g_string_free(text, TRUE);
}

/* A number's text is read straight from the report into its pool: flat
 * (a run of spaces reads as one space), and one string
 * for every number written the same way. */
static void test_texts_shared_flat(void)
{
	g_autoptr(GArray) facts = numbers_of("They paid $1.18   billion. Later $1.18 billion, "
					     "then $1.18  billion again.");
	g_assert_cmpuint(facts->len, ==, 3);
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		g_assert_cmpstr(f->text, ==, "$1.18 billion");
		g_assert_true(f->text == g_array_index(facts, CrFact, 0).text);
	}
}

/* A number's key holds its value as "%.6g" prints it, however it is
 * written: six significant digits or fewer written from its digits,
 * more rounded by printf (extract_number.c, format_key_digits()). */
static void test_value_keys(void)
{
	const char *text = "They paid $1.18 billion, then 2.74% of 3.25 million homes, 0.00005 grams, "
			   "1,234,567 votes, 12.5 km, 1,000,000 trees, 0.125 points and 123,456,789 cells.";
	g_autoptr(GArray) facts = numbers_of(text);
	guint checked = 0;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind != CR_FACT_NUMBER)
			continue;
		char printed[G_ASCII_DTOSTR_BUF_SIZE];
		g_ascii_formatd(printed, sizeof printed, "%.6g", f->num);
		g_autofree char *value = g_strndup(f->key, strcspn(f->key, "|"));
		g_assert_cmpstr(value, ==, printed);
		checked++;
	}
	g_assert_cmpuint(checked, ==, 9);
	const CrFact *small = number_at(facts, (gsize)(strstr(text, "0.00005") - text));
	const CrFact *seven = number_at(facts, (gsize)(strstr(text, "1,234,567") - text));
	g_assert_true(g_str_has_prefix(small->key, "5e-05|"));
	g_assert_true(g_str_has_prefix(seven->key, "1.23457e+06|"));
}

/* A report's numbers keep each distinct string once, however many
 * (the pool's table grows from 256 slots past 65,536): the numbers
 * written twice share their text and key, the others do not, and each
 * reads as written. */
static void test_strings_kept_once(void)
{
	enum { N = 40000 };
	GString *text = g_string_new(NULL);
	for (guint i = 0; i < N; i++)
		g_string_append_printf(text, "They built %u homes, %u homes. ", 10000 + i / 2, 10000 + i / 2);
	g_autoptr(GArray) facts = numbers_of(text->str);
	g_assert_cmpuint(facts->len, ==, 2 * N);
	for (guint i = 0; i < facts->len; i += 2) {
		const CrFact *a = &g_array_index(facts, CrFact, i), *b = &g_array_index(facts, CrFact, i + 1);
		g_autofree char *written = g_strdup_printf("%u homes", 10000 + i / 4);
		g_assert_cmpstr(a->text, ==, written);
		g_assert_cmpstr(b->text, ==, written);
		g_assert_true(a->flags & CR_FACT_SHARED_STRINGS);
		g_assert_true(a->text == b->text && a->key == b->key && a->counted == b->counted);
		if (i % 4 == 0)
			g_assert_true(a->key == g_array_index(facts, CrFact, i + 2).key);
		else if (i + 2 < facts->len)
			g_assert_true(a->key != g_array_index(facts, CrFact, i + 2).key);
	}
	g_string_free(text, TRUE);
}

/* An amount dated to an earlier month, whose report gives it undated too,
 * takes the month in its key (key_earlier_twins()): the key is kept once
 * for the amounts of that month, and their other strings stay shared. */
static void test_dated_twin_keys_kept_once(void)
{
	const char *text = "Thu, Aug 8, 2019\n\nThe bank cut by 25 basis points in May, and by 25 basis "
			   "points in May again. It cut by 25 basis points this week.";
	g_autoptr(GArray) facts = numbers_of(text);
	const CrFact *cut[3];
	guint n = 0;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind == CR_FACT_NUMBER && strcmp(f->text, "25 basis points") == 0 && n < 3)
			cut[n++] = f;
	}
	g_assert_cmpuint(n, ==, 3);
	g_assert_cmpstr(cut[0]->key, ==, "25|bp@2019-05");
	g_assert_true(cut[0]->key == cut[1]->key);
	g_assert_true(cut[0]->text == cut[2]->text && cut[0]->value == cut[1]->value);
	g_assert_true(cut[0]->flags & cut[1]->flags & CR_FACT_SHARED_STRINGS);
	g_assert_cmpstr(cut[2]->key, ==, "25|bp");
}

/* A seat's or a gate's code, digits and a capital letter after a word
 * of seats, is a number fact of its own (stop 41, from heldout-airindia:
 * "seated in 11A", "seated in seat 11A"); other codes stay out. */
static void test_seat_codes(void)
{
	const CrFact *seat = NULL;
	g_autoptr(GArray) facts = numbers_of("He was seated in seat 11A, near the front.");
	seat = assert_number_in(facts, "He was seated in seat 11A, near the front.", "11A", "11A", 11, NULL);
	g_assert_cmpstr(seat->key, ==, "11A|");
	assert_number("a survivor seated in 11A near an emergency exit", "11A", "11A", 11, NULL);
	const char *gate = "passengers waited at Gate 5B for hours";
	g_autoptr(GArray) gates = numbers_of(gate);
	g_assert_cmpstr(assert_number_in(gates, gate, "5B", "5B", 5, NULL)->key, ==, "5B|gate");
	/* near misses: no word of seats, a letter spaced or in lower case */
	assert_no_number("They filed form 11A on Monday.");
	assert_no_number("the rollout of 5G phones");
	assert_no_number("He was seated in 11a near the exit.");
	/* a unit's letter: a temperature, as before (review 41) */
	assert_number("Pilgrims sat in 45C heat for hours.", "45C", "45 degrees", 45, "degrees");
}

/* TRUE when the number over EXPR of TEXT is flagged CR_FACT_COUNTED_AGAIN. */
static gboolean counted_again(const char *text, const char *expr)
{
	g_autoptr(GArray) facts = numbers_of(text);
	const CrFact *f = number_at(facts, (gsize)(strstr(text, expr) - text));
	g_assert_nonnull(f);
	return (f->flags & CR_FACT_COUNTED_AGAIN) != 0;
}

/* A noun counted with two values is counted again, but for a count with a
 * modifier of its own against one with another (stop 41, from
 * heldout-airindia: "four MBBS students" and "20 injured students" of one
 * report; "four medical students" of another). */
static void test_counted_again(void)
{
	const char *two_kinds = "Four MBBS students died. Out of 20 injured students, 11 went home.";
	g_assert_false(counted_again(two_kinds, "Four MBBS students"));
	g_assert_false(counted_again(two_kinds, "20 injured students"));
	/* near misses: a count with no modifier, one modifier twice */
	const char *bare = "Four students died. Out of 20 injured students, 11 went home.";
	g_assert_true(counted_again(bare, "Four students"));
	g_assert_true(counted_again(bare, "20 injured students"));
	const char *one_kind = "Four MBBS students died. Out of 20 MBBS students, 11 went home.";
	g_assert_true(counted_again(one_kind, "Four MBBS students"));
	const char *wickets = "He took three early wickets and six wickets in all.";
	g_assert_true(counted_again(wickets, "three early wickets"));
	/* a count that adds to another says not which it counts (review 41) */
	const char *more = "Four MBBS students died. Two more students died in hospital.";
	g_assert_true(counted_again(more, "Two more students"));
	g_assert_true(counted_again(more, "Four MBBS students"));
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/number/cardinals", test_cardinals);
	g_test_add_func("/number/words", test_words);
	g_test_add_func("/number/ordinals", test_ordinals);
	g_test_add_func("/number/bounds", test_bounds);
	g_test_add_func("/number/tallies", test_tallies);
	g_test_add_func("/number/point-fractions", test_point_fractions);
	g_test_add_func("/number/ages", test_ages);
	g_test_add_func("/number/money", test_money);
	g_test_add_func("/number/percent-and-units", test_percent_and_units);
	g_test_add_func("/number/time-and-rate-units", test_time_and_rate_units);
	g_test_add_func("/number/stopwatch-times", test_stopwatch_times);
	g_test_add_func("/number/degrees", test_degrees);
	g_test_add_func("/number/currencies-in-words", test_currencies_in_words);
	g_test_add_func("/number/currency-symbols", test_currency_symbols);
	g_test_add_func("/number/halves-and-months", test_halves_and_months);
	g_test_add_func("/number/counted-nouns", test_counted_nouns);
	g_test_add_func("/number/ranges", test_ranges);
	g_test_add_func("/number/changes", test_changes);
	g_test_add_func("/number/labelled", test_labelled_numbers);
	g_test_add_func("/number/another-count", test_another_count);
	g_test_add_func("/number/hyphened-qualifier", test_hyphened_qualifier);
	g_test_add_func("/number/small-count-context", test_small_count_context);
	g_test_add_func("/number/not-numbers", test_not_numbers);
	g_test_add_func("/number/dates-are-not-numbers", test_dates_are_not_numbers);
	g_test_add_func("/number/dates-in-other-forms", test_dates_in_other_forms);
	g_test_add_func("/number/confidence", test_confidence);
	g_test_add_func("/number/hostile-bytes", test_hostile_bytes);
	g_test_add_func("/number/seeds", test_seeds);
	g_test_add_func("/number/contexts-in-blocks", test_contexts_in_blocks);
	g_test_add_func("/number/texts-shared-flat", test_texts_shared_flat);
	g_test_add_func("/number/value-keys", test_value_keys);
	g_test_add_func("/number/strings-kept-once", test_strings_kept_once);
	g_test_add_func("/number/dated-twin-keys-kept-once", test_dated_twin_keys_kept_once);
	g_test_add_func("/number/span-reach", test_span_reach);
	g_test_add_func("/number/scale-reach", test_scale_reach);
	g_test_add_func("/number/counted-again", test_counted_again);
	g_test_add_func("/number/seat-codes", test_seat_codes);
	return g_test_run();
}

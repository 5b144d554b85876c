/* Unit tests for names with a number, a letter or a monarch's title,
 * settled across reports (name_index.c, extract_name.c): "Fortune 500",
 * "Malapert A", "King Charles", "Leo XIV", "Frederik X"; and a given name
 * that is a nationality's adjective too ("Christian McCaffrey"). */
#include "name-asserts.h"

static void test_numbered_names_stay_apart(void)
{
	/* the number after a name is part of it: two lists, no one name */
	const char *a = "Over 500 of the Fortune 1000 use the Halvard sensor.\n";
	const char *b = "Many Fortune 500 companies use the Halvard sensor.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	gsize in_a = strstr(a, "Fortune") - a, in_b = strstr(b, "Fortune") - b;

	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		for (guint k = 0; f->doc == 0 && f->start <= in_a && f->end > in_a && k < engine->facts->len;
		     k++) {
			const CrFact *g = &g_array_index(engine->facts, CrFact, k);
			if (g->doc == 1 && g->start <= in_b && g->end > in_b)
				assert_not_linked(f, g);
		}
	}
}

static void test_lettered_names(void)
{
	/* the letter after a name is part of it: "Malapert A" is a crater of
	 * its own, the "Malapert" of a mountain complex another name */
	const char *a = "It landed near the Malapert A crater on Thursday.\n";
	const char *b = "The Malapert A crater lies by the Malapert mountain complex.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *fa = name_at(engine->facts, 0, offset_of(a, "Malapert A", 0),
				   offset_of(a, "Malapert A", 0) + strlen("Malapert A"));
	const CrFact *fb = name_at(engine->facts, 1, offset_of(b, "Malapert A", 0),
				   offset_of(b, "Malapert A", 0) + strlen("Malapert A"));
	g_assert_nonnull(fa);
	g_assert_nonnull(fb);
	assert_linked(fa, fb);
	gsize other = offset_of(b, "Malapert mountain", 0);
	const CrFact *fo = name_at(engine->facts, 1, other, other + strlen("Malapert"));
	g_assert_true(!fo || fo->group != fa->group);
	/* a headline's capital "A" is an article */
	g_autoptr(GArray) head = names_of("Odysseus Makes A Landing\n\nThe lander is down.\n");
	assert_no_name(head, "Odysseus Makes A");
}

/* Round 18: a monarch or a royal is known by the name after the title
 * ("Charles" for "King Charles", "Harry" for "Prince Harry") where
 * another report writes the title, unless someone else bears that name
 * ("Charles Kennedy" opens with it). */
static void test_royal_known_by_name(void)
{
	const char *a = "Buckingham Palace said King Charles has cancer. King Charles began treatment.\n";
	const char *b = "The palace said Charles was grateful. Charles spent three days in hospital.\n";
	const char *c = "King Charles III has cancer, Buckingham Palace says. Prince Harry will fly in.\n";
	const char *d = "Charles told his son Harry the news. Harry lives in California.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, d, NULL);
	const CrFact *king = name_of(engine->facts, 0, a, "King Charles");
	assert_linked(name_of(engine->facts, 1, b, "Charles"), king);
	assert_linked(name_of(engine->facts, 3, d, "Charles"), king);
	assert_linked(name_of(engine->facts, 3, d, "Harry"), name_of(engine->facts, 2, c, "Prince Harry"));

	const char *e = "King Charles met Charles Kennedy in London.\n";
	const char *f = "Charles spoke first, and Charles Kennedy answered in London.\n";
	g_autoptr(CrEngine) two = cr_test_engine(e, f, NULL);
	g_assert_null(name_at(two->facts, 1, 0, strlen("Charles")));
}

/* Round 20: a regnal number is part of a pope's or a monarch's name
 * ("Leo XIV" is not "Leo XIII"), with the title or without; a number
 * after a name no report gives a title is left out ("Artemis III" is
 * "Artemis"). */
static void test_regnal_number(void)
{
	const char *a = "The cardinals chose Leo XIV as his name, after Leo XIII.\n";
	const char *b = "Pope Leo XIV greeted the crowd in the square.\n";
	const char *c = "Leo XIV is the name he has chosen, they said.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, NULL);
	const CrFact *titled = name_of(engine->facts, 1, b, "Leo XIV");
	assert_linked(name_of(engine->facts, 0, a, "Leo XIV"), titled);
	assert_linked(name_of(engine->facts, 2, c, "Leo XIV"), titled);
	gsize leo13 = (gsize)(strstr(a, "Leo XIII") - a);
	const CrFact *other = name_at(engine->facts, 0, leo13, leo13 + strlen("Leo XIII"));
	g_assert_true(!other || other->group != titled->group);

	const char *d = "NASA plans its Artemis program for the moon, officials said.\n";
	const char *e = "The landing, known as Artemis III, is planned for 2026.\n";
	g_autoptr(CrEngine) mission = cr_test_engine(d, e, NULL);
	assert_linked(name_of(mission->facts, 0, d, "Artemis"), name_of(mission->facts, 1, e, "Artemis"));
}

/* Round 24 follow-up: a monarch's title and number are not part of the
 * person's name: "Frederik X", "King Frederik" and "Frederik" are one
 * king, as "Margrethe II" and "Queen Margrethe" are one queen; two
 * numbers of one name stay two monarchs. */
static void test_title_and_number_one_monarch(void)
{
	const char *a = "Queen Margrethe II signed. The new monarch, Frederik X, waved to crowds.\n";
	const char *b = "King Frederik greeted the crowd as Queen Margrethe left. Frederik smiled.\n";
	const char *c = "Crowds cheered Frederik outside the palace, where Margrethe II had signed.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, NULL);
	const CrFact *king = name_of(engine->facts, 1, b, "King Frederik");
	assert_linked(name_of(engine->facts, 0, a, "Frederik X"), king);
	assert_linked(name_of(engine->facts, 2, c, "Frederik"), king);
	assert_linked(name_of(engine->facts, 0, a, "Margrethe II"),
		      name_of(engine->facts, 1, b, "Queen Margrethe"));
	assert_linked(name_of(engine->facts, 2, c, "Margrethe II"),
		      name_of(engine->facts, 1, b, "Queen Margrethe"));

	const char *d = "Pope Leo met the cardinals after Leo XIV was chosen.\n";
	const char *e = "Leo XIII wrote on labour; Pope Leo spoke of him.\n";
	g_autoptr(CrEngine) popes = cr_test_engine(d, e, NULL);
	const CrFact *xiv = name_of(popes->facts, 0, d, "Leo XIV");
	const CrFact *xiii = name_of(popes->facts, 1, e, "Leo XIII");
	assert_not_linked(xiv, xiii);
}

/* Round 25: a letter after a name is a regnal number only where a report
 * names a monarch of that name: "Malcolm X" stays the one person, written
 * so in two reports, and neither "Malcolm Turnbull" nor the "Malcolm" of
 * his report is him. */
static void test_letter_is_no_regnal_number(void)
{
	const char *a = "Malcolm X spoke in Harlem in 1964, friends said.\n";
	const char *b = "Malcolm Turnbull spoke in Sydney on Monday. Malcolm said he would return.\n";
	const char *c = "The speech Malcolm X gave in Harlem is remembered.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, NULL);
	const CrFact *x = name_of(engine->facts, 0, a, "Malcolm X");
	g_assert_cmpstr(x->value, ==, "Malcolm X");
	assert_linked(name_of(engine->facts, 2, c, "Malcolm X"), x);
	assert_not_linked(name_of(engine->facts, 1, b, "Malcolm Turnbull"), x);
	gsize alone = offset_of(b, "Malcolm said", 0);
	const CrFact *m = name_at(engine->facts, 1, alone, alone + strlen("Malcolm"));
	g_assert_true(!m || m->group < 0 || m->group != x->group);
}

/* Round 25: a nationality's adjective that is a given name too opens a
 * person's name before a word that is no English word ("Christian
 * McCaffrey"), not before one that is ("Christian Democrats"); one that is
 * no given name stays the person's nationality ("Japanese Kishida"). */
static void test_given_name_not_nationality(void)
{
	const char *a = "Purdy threw it to Christian McCaffrey, who scored.\n";
	const char *b = "Running back Christian McCaffrey had 22 carries for 80 yards.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *fa = assert_name_nth(engine->facts, 0, a, "Christian McCaffrey", 0, CR_FACT_PERSON,
					   "Christian McCaffrey");
	assert_linked(fa, assert_name_nth(engine->facts, 1, b, "Christian McCaffrey", 0, CR_FACT_PERSON,
					  "Christian McCaffrey"));
	const char *c = "The Christian Democrats won, and Japanese Kishida spoke.\n";
	g_autoptr(GArray) names = names_of(c);
	assert_no_name(names, "Japanese Kishida");
	gsize at = offset_of(c, "Christian Democrats", 0);
	const CrFact *party = name_at(names, 0, at, at + strlen("Christian Democrats"));
	g_assert_true(!party || party->kind != CR_FACT_PERSON);
}

/* Round 26: a known body's name and a number name its model ("Boeing
 * 737", "Boeing 737-800"), the same in two reports whatever follows it
 * ("Max 9", "MAX 9");
 * the body alone stays the body; a body's name, a word and a number
 * ("Alaska Airlines Flight 1282") are the body and one of its things
 * (the flight), each met in a report that writes it alone. */
static void test_model_and_flight_numbers(void)
{
	const char *a = "Airlines grounded the Boeing 737 Max 9 jets. Boeing said it would help.\n";
	const char *b = "A Boeing 737 MAX 9 lost a panel during Alaska Airlines Flight 1282.\n";
	const char *c = "Alaska Airlines said that Flight 1282 landed safely in Portland.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, NULL);
	const CrFact *model = name_of(engine->facts, 0, a, "Boeing 737");
	g_assert_nonnull(model);
	g_assert_cmpstr(model->value, ==, "Boeing 737");
	assert_linked(model, name_of(engine->facts, 1, b, "Boeing 737"));
	gsize said = offset_of(a, "Boeing said", 0);
	const CrFact *maker = name_at(engine->facts, 0, said, said + strlen("Boeing"));
	g_assert_nonnull(maker);
	g_assert_cmpstr(maker->value, ==, "Boeing");
	g_assert_true(maker->group < 0 || maker->group != model->group);
	assert_linked(name_of(engine->facts, 1, b, "Alaska Airlines"),
		      name_of(engine->facts, 2, c, "Alaska Airlines"));
	assert_linked(name_of(engine->facts, 1, b, "Flight 1282"),
		      name_of(engine->facts, 2, c, "Flight 1282"));

	/* a model's number with a hyphen is one ("737-800"); a year's span
	 * after the name is none */
	const char *d = "The Boeing 737-800 crash-landed. Boeing 2023-24 results were due.\n";
	const char *e = "A Boeing 737-800 from Bangkok crash-landed at Muan.\n";
	g_autoptr(CrEngine) crash = cr_test_engine(d, e, NULL);
	const CrFact *eight = name_of(crash->facts, 0, d, "Boeing 737-800");
	g_assert_cmpstr(eight->value, ==, "Boeing 737-800");
	assert_linked(eight, name_of(crash->facts, 1, e, "Boeing 737-800"));
	gsize results = offset_of(d, "Boeing 2023", 0);
	const CrFact *year = name_at(crash->facts, 0, results, results + strlen("Boeing"));
	g_assert_nonnull(year);
	g_assert_cmpstr(year->value, ==, "Boeing");
}

/* Round 30: a number of three or four digits joined to a name by a
 * hyphen is its number as a spaced one is ("Volgoneft-212" is another
 * report's "Volgoneft 212", not the "Volgoneft-239"); two digits after a
 * name are not ("Covid-19" is another report's "Covid"); round 31: after
 * a name in capitals as well ("SSJ-100"). */
static void test_hyphened_number(void)
{
	const char *a = "The Volgoneft-212 tanker broke in two near Taman on Sunday.\n";
	const char *b = "The tanker Volgoneft 212 sank near Taman, officials said.\n";
	const char *c = "A second tanker, the Volgoneft-239, ran aground near Taman.\n";
	const char *d = "The Volgoneft 239 was left drifting off Taman.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, d, NULL);
	const CrFact *hyphened = name_of(engine->facts, 0, a, "Volgoneft-212");
	g_assert_cmpstr(hyphened->value, ==, "Volgoneft-212");
	assert_linked(hyphened, name_of(engine->facts, 1, b, "Volgoneft 212"));
	const CrFact *second = name_of(engine->facts, 2, c, "Volgoneft-239");
	assert_linked(second, name_of(engine->facts, 3, d, "Volgoneft 239"));
	assert_not_linked(hyphened, second);

	const char *year = "Cases of Covid-19 rose in Ohio, officials said on Monday.\n";
	const char *bare = "Officials said cases of Covid rose in Ohio on Monday.\n";
	g_autoptr(CrEngine) covid = cr_test_engine(year, bare, NULL);
	assert_linked(name_of(covid->facts, 0, year, "Covid"), name_of(covid->facts, 1, bare, "Covid"));

	/* round 31 (review of engine38, finding 4): after a name in capitals
	 * too ("SSJ-100" is another report's "SSJ 100", not the "SSJ-130") */
	const char *caps = "The SSJ-100 jet landed in Jakarta on Monday, officials said.\n";
	const char *spaced = "Officials said the SSJ 100 jet landed in Jakarta on Monday.\n";
	const char *other = "An SSJ-130 jet landed in Jakarta later, officials said.\n";
	const char *later = "Officials said an SSJ 130 jet landed in Jakarta later.\n";
	g_autoptr(CrEngine) jets = cr_test_engine(caps, spaced, other, later, NULL);
	const CrFact *model = name_of(jets->facts, 0, caps, "SSJ-100");
	assert_linked(model, name_of(jets->facts, 1, spaced, "SSJ 100"));
	const CrFact *next = name_of(jets->facts, 2, other, "SSJ-130");
	assert_linked(next, name_of(jets->facts, 3, later, "SSJ 130"));
	assert_not_linked(model, next);
}

/* Review of engine38, finding 8: a hyphen-joined number ends a name of
 * two words ("Sukhoi Superjet-100") and of two letters ("Tu-154"), and a
 * headline's; a year after the hyphen is no number of the name
 * ("Kosmos-2024" is the "Kosmos" of another report). */
static void test_hyphened_number_shapes(void)
{
	const char *a = "The Sukhoi Superjet-100 and a Tu-154 landed in Jakarta on Monday.\n";
	const char *b = "Officials said the Sukhoi Superjet 100 and a Tu 154 landed in Jakarta.\n";
	g_autoptr(CrEngine) jets = cr_test_engine(a, b, NULL);
	assert_linked(name_of(jets->facts, 0, a, "Sukhoi Superjet-100"),
		      name_of(jets->facts, 1, b, "Sukhoi Superjet 100"));
	assert_linked(name_of(jets->facts, 0, a, "Tu-154"), name_of(jets->facts, 1, b, "Tu 154"));

	const char *c = "Volgoneft-212 breaks in two off Taman\n\nThe tanker sank near Taman on Sunday.\n";
	const char *d = "The Volgoneft 212 sank near Taman on Sunday, officials said.\n";
	g_autoptr(CrEngine) title = cr_test_engine(c, d, NULL);
	assert_linked(name_of(title->facts, 0, c, "Volgoneft-212"),
		      name_of(title->facts, 1, d, "Volgoneft 212"));

	const char *e = "The Kosmos-2024 satellite fell near Sochi on Sunday, officials said.\n";
	const char *f = "Officials said the Kosmos satellite fell near Sochi on Sunday.\n";
	g_autoptr(CrEngine) year = cr_test_engine(e, f, NULL);
	assert_linked(name_of(year->facts, 0, e, "Kosmos"), name_of(year->facts, 1, f, "Kosmos"));
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/names/numbered/numbered-names", test_numbered_names_stay_apart);
	g_test_add_func("/names/numbered/lettered-names", test_lettered_names);
	g_test_add_func("/names/numbered/royal-known-by-name", test_royal_known_by_name);
	g_test_add_func("/names/numbered/regnal-number", test_regnal_number);
	g_test_add_func("/names/numbered/title-and-number", test_title_and_number_one_monarch);
	g_test_add_func("/names/numbered/letter-is-no-regnal-number", test_letter_is_no_regnal_number);
	g_test_add_func("/names/numbered/given-name-not-nationality", test_given_name_not_nationality);
	g_test_add_func("/names/numbered/model-and-flight-numbers", test_model_and_flight_numbers);
	g_test_add_func("/names/numbered/hyphened-number", test_hyphened_number);
	g_test_add_func("/names/numbered/hyphened-number-shapes", test_hyphened_number_shapes);
	return g_test_run();
}

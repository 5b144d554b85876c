/* Unit tests for a country's body named with and without the country
 * across reports (name_country.c). */
#include "name-asserts.h"

/* Round 29's heldout-brazilx: TASS's "Brazil Supreme Court" and
 * "Brazilian Federal Supreme Court" are the "Supreme Court" another
 * report writes after "Brazil's". */
static void test_country_before_body(void)
{
	const char *a = "Brazil Supreme Court Judge Alexandre de Moraes ordered X suspended. X had "
			"written to the Brazilian Federal Supreme Court on Friday.\n";
	const char *b = "Brazil's Supreme Court on Monday upheld the order to suspend X.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *court =
	    assert_name_nth(engine->facts, 1, b, "Supreme Court", 0, CR_FACT_ORG, "Supreme Court");
	const CrFact *country =
	    assert_name_nth(engine->facts, 0, a, "Brazil Supreme Court", 0, CR_FACT_ORG, "Supreme Court");
	const CrFact *federal = assert_name_nth(engine->facts, 0, a, "Brazilian Federal Supreme Court", 0,
						CR_FACT_ORG, "Supreme Court");
	assert_linked(country, court);
	assert_linked(federal, court);
}

/* Near miss: two countries' supreme courts in one story; the one written
 * after "Brazil's" is not the Argentine one (the Brazilian one stays
 * apart too: the reports do not say which country's court a lone
 * "Supreme Court" is). */
static void test_two_countries_bodies_apart(void)
{
	const char *a = "Brazil's Supreme Court suspended X on Friday, a ruling Musk will appeal.\n";
	const char *b = "Musk said the Argentine Supreme Court would never suspend X as the Brazilian "
			"Supreme Court did on Friday.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *court =
	    assert_name_nth(engine->facts, 0, a, "Supreme Court", 0, CR_FACT_ORG, "Supreme Court");
	const CrFact *other = assert_name_nth(engine->facts, 1, b, "Argentine Supreme Court", 0, CR_FACT_ORG,
					      "Argentine Supreme Court");
	assert_not_linked(court, other);
	assert_not_linked(court, assert_name_nth(engine->facts, 1, b, "Brazilian Supreme Court", 0,
						 CR_FACT_ORG, "Brazilian Supreme Court"));
}

/* Review of engine37: "Nigerian" is the demonym of "Niger" and of
 * "Nigeria" alike (both end it), so it names neither country: the Niger
 * and the Nigerian Defence Ministry stay two bodies. */
static void test_demonym_of_two_places(void)
{
	const char *a = "The Niger Defence Ministry said 17 soldiers were killed near the border.\n";
	const char *b = "The Nigerian Defence Ministry said it had no troops there.\n";
	const char *c = "Niger's Defence Ministry said the attack came at dawn.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, NULL);
	const CrFact *niger = assert_name_nth(engine->facts, 0, a, "Niger Defence Ministry", 0, CR_FACT_ORG,
					      "Niger Defence Ministry");
	const CrFact *nigerian = assert_name_nth(engine->facts, 1, b, "Nigerian Defence Ministry", 0,
						 CR_FACT_ORG, "Nigerian Defence Ministry");
	assert_not_linked(niger, nigerian);
}

/* Review of engine37: a report that writes a body's name alone and never
 * with a country may mean another country's body ("In Kyiv, the Defence
 * Ministry said"), so the Russian one, named two ways, keeps its
 * country. */
static void test_bare_body_of_another_country(void)
{
	const char *a = "The Russian Defence Ministry said 30 drones were downed overnight.\n";
	const char *b =
	    "Russia Defence Ministry spokesman Igor Konashenkov said the drones came from the west.\n";
	const char *c = "In Kyiv, the Defence Ministry said 30 drones struck Russian airfields.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, NULL);
	const CrFact *russian = assert_name_nth(engine->facts, 0, a, "Russian Defence Ministry", 0,
						CR_FACT_ORG, "Russian Defence Ministry");
	const CrFact *bare =
	    assert_name_nth(engine->facts, 2, c, "Defence Ministry", 0, CR_FACT_ORG, "Defence Ministry");
	assert_not_linked(russian, bare);
}

/* More facts than one piece of the bodies' reading holds (8,192, read side
 * by side): the forms of one body read in different pieces, before and
 * after thousands of number facts, still name one country's court, and a
 * form of another country's in a later piece still keeps them apart. */
static void test_forms_far_apart(void)
{
	g_autoptr(GString) filler = g_string_new(NULL);
	for (guint i = 0; i < 2400; i++)
		g_string_append_printf(filler, "Crews counted %u boats and %u cranes at the harbour.\n",
				       i + 3, i + 5);
	g_autofree char *a = g_strconcat(
	    "Brazil Supreme Court Judge Alexandre de Moraes ordered X suspended. X had written to the "
	    "Brazilian Federal Supreme Court on Friday.\n",
	    filler->str, NULL);
	g_autofree char *b = g_strconcat(
	    filler->str, "Brazil's Supreme Court on Monday upheld the order to suspend X.\n", NULL);
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, filler->str, filler->str, NULL);
	g_assert_cmpuint(engine->facts->len, >, 2 * 8192);
	const CrFact *court =
	    assert_name_nth(engine->facts, 1, b, "Supreme Court", 0, CR_FACT_ORG, "Supreme Court");
	assert_linked(
	    assert_name_nth(engine->facts, 0, a, "Brazil Supreme Court", 0, CR_FACT_ORG, "Supreme Court"),
	    court);
	assert_linked(assert_name_nth(engine->facts, 0, a, "Brazilian Federal Supreme Court", 0, CR_FACT_ORG,
				      "Supreme Court"),
		      court);

	g_autofree char *c =
	    g_strconcat(filler->str, "Musk said the Argentine Supreme Court would never suspend X.\n", NULL);
	g_autoptr(CrEngine) apart = cr_test_engine(a, b, filler->str, c, NULL);
	const CrFact *other = assert_name_nth(apart->facts, 0, a, "Brazil Supreme Court", 0, CR_FACT_ORG,
					      "Brazil Supreme Court");
	assert_not_linked(
	    other, assert_name_nth(apart->facts, 1, b, "Supreme Court", 0, CR_FACT_ORG, "Supreme Court"));
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/names/country/country-before-body", test_country_before_body);
	g_test_add_func("/names/country/two-countries-apart", test_two_countries_bodies_apart);
	g_test_add_func("/names/country/demonym-of-two-places", test_demonym_of_two_places);
	g_test_add_func("/names/country/bare-body-of-another-country", test_bare_body_of_another_country);
	g_test_add_func("/names/country/forms-far-apart", test_forms_far_apart);
	return g_test_run();
}

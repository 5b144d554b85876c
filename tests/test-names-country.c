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
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/names/country/country-before-body", test_country_before_body);
	g_test_add_func("/names/country/two-countries-apart", test_two_countries_bodies_apart);
	return g_test_run();
}

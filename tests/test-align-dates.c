/* Unit tests for dates across reports: which months and years alone are
 * read as dates and meet another report's (date_parse.c). */
#include "align-hand.h"

/* "as early as September" dates the Fed's cut as "in September" does
 * another report's (round 29: nikkei); "as soon as May arrives" names no
 * month (a weak context: May needs a strong one). */
static void test_as_early_as_a_month(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "The Federal Reserve hinted at a rate cut as early as September, traders said.\n",
	    "Some believe the Federal Reserve will cut interest rates in September.\n",
	    "Talks may end as soon as May arrives in Brussels with the Federal Reserve's answer.\n", NULL);
	assert_linked(engine_fact(e, 0, CR_FACT_DATE, "September", 0),
		      engine_fact(e, 1, CR_FACT_DATE, "September", 0));
	g_assert_null(engine_fact_or_null(e, 2, CR_FACT_DATE, "May", 0));
}

/* A year alone beside different sums of one unit in both sentences is the
 * year of two things unless the sentences share three words (round 29:
 * bybit's two thefts of 2021, linked under the old need of two: the test
 * fails without the rule); the near miss, two parties' seats against one
 * earlier election's, shares exactly three (four parts it) and stays one
 * year. */
static void test_year_of_two_sums(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "Elliptic, a blockchain analytics company, recognized this breach as the largest in "
	    "cryptocurrency history, surpassing the Poly Network hack in 2021 when $611 million was "
	    "stolen.\n",
	    "In 2021, Lazarus Group stole $400 million, with Ether comprising 58% of the stolen funds.\n",
	    NULL);
	assert_not_linked(engine_fact(e, 0, CR_FACT_DATE, "2021", 0),
			  engine_fact(e, 1, CR_FACT_DATE, "2021", 0));
	g_autoptr(CrEngine) seats =
	    cr_test_engine("The Green Party won thirteen seats more than in 2020, officials said.\n",
			   "The Labour Party won eleven seats fewer than in 2020.\n", NULL);
	assert_linked(engine_fact(seats, 0, CR_FACT_DATE, "2020", 0),
		      engine_fact(seats, 1, CR_FACT_DATE, "2020", 0));
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/align/dates/as-early-as-a-month", test_as_early_as_a_month);
	g_test_add_func("/align/dates/year-of-two-sums", test_year_of_two_sums);
	return g_test_run();
}

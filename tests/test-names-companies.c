/* Unit tests for companies' names settled across reports (name_runs.c):
 * the first word of a company's name written alone stands for it. */
#include "name-asserts.h"

/* A company's name ending in a legal form or "Holdings" is written by its
 * first word alone even when that word is an English one: "Arm" is "Arm
 * Holdings"; "Conservative" is not the "Conservative Party" (a party's
 * word is no legal form). */
static void test_english_word_of_a_company(void)
{
	const char *x = "Shares of Arm Holdings rose 25% on their first day of trading.\n";
	const char *y = "Shares in chip designer Arm closed up 25 per cent on the Nasdaq.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(x, y, NULL);
	const CrFact *fx =
	    assert_name_nth(engine->facts, 0, x, "Arm Holdings", 0, CR_FACT_ORG, "Arm Holdings");
	const CrFact *fy = assert_name_nth(engine->facts, 1, y, "Arm", 0, CR_FACT_ORG, "Arm Holdings");
	assert_linked(fx, fy);

	const char *p = "Voters left the Conservative Party in droves.\n";
	const char *q = "Many a Conservative voter stayed at home.\n";
	g_autoptr(CrEngine) party = cr_test_engine(p, q, NULL);
	for (guint i = 0; i < party->facts->len; i++) {
		const CrFact *f = &g_array_index(party->facts, CrFact, i);
		g_assert_false(f->doc == 1 && g_strcmp0(f->value, "Conservative Party") == 0);
	}
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/names/companies/english-word-of-a-company", test_english_word_of_a_company);
	return g_test_run();
}

/* Unit tests for number (to be filled in by its module). */
#include "testlib.h"

static void test_empty_input(void)
{
	g_autoptr(CrEngine) engine = cr_test_engine("Nothing to see.\n", NULL);
	g_assert_nonnull(engine);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/number/empty", test_empty_input);
	return g_test_run();
}

/* Work spread over threads: every item is done once, whatever the count.
 * (That the engine's result does not depend on the number of threads is
 * tests/cli.sh's.) */
#include "crossread/parallel.h"
#include "testlib.h"

/* Counts the calls per item. */
static void count_call(guint item, gpointer data)
{
	g_atomic_int_inc(&((gint *)data)[item]);
}

static void test_every_item_once(void)
{
	static const guint counts[] = { 0, 1, 2, 3, 28, 1000 };
	g_assert_cmpuint(cr_parallel_threads(), >=, 1);
	for (guint c = 0; c < G_N_ELEMENTS(counts); c++) {
		guint n = counts[c];
		g_autofree gint *calls = g_new0(gint, n + 1);
		cr_parallel_for(n, count_call, calls);
		for (guint i = 0; i < n; i++)
			g_assert_cmpint(calls[i], ==, 1);
		g_assert_cmpint(calls[n], ==, 0);
	}
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/parallel/every-item-once", test_every_item_once);
	return g_test_run();
}

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

/* A started job's items, and the caller's own loops while they run. */
typedef struct {
	gint *started; /* the started job's calls per item */
	gint *own;     /* the caller's loops' calls per item */
} Beside;

/* An item that takes a while, so that the caller's loops meet it. */
static void slow_call(guint item, gpointer data)
{
	volatile guint spin = 0;
	for (guint i = 0; i < 20000; i++)
		spin += i;
	count_call(item, data);
}

static void test_started_beside_own_work(void)
{
	static const guint counts[] = { 0, 1, 2, 9, 300 };
	for (guint c = 0; c < G_N_ELEMENTS(counts); c++) {
		guint n = counts[c];
		Beside beside = { g_new0(gint, n + 1), g_new0(gint, 101) };
		CrParallelJob *job = cr_parallel_start(n, slow_call, beside.started);
		for (guint round = 0; round < 5; round++)
			cr_parallel_for(100, count_call, beside.own);
		cr_parallel_finish(job);
		for (guint i = 0; i < n; i++)
			g_assert_cmpint(beside.started[i], ==, 1);
		g_assert_cmpint(beside.started[n], ==, 0);
		for (guint i = 0; i < 100; i++)
			g_assert_cmpint(beside.own[i], ==, 5);
		g_assert_cmpint(beside.own[100], ==, 0);
		g_free(beside.started);
		g_free(beside.own);
	}
}

int main(int argc, char **argv)
{
	/* three threads unless told: more than one helper, on any machine */
	g_setenv("CROSSREAD_THREADS", "3", FALSE);
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/parallel/every-item-once", test_every_item_once);
	g_test_add_func("/parallel/started-beside-own-work", test_started_beside_own_work);
	return g_test_run();
}

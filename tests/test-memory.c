/* The allocator's policy: the kernel's huge page mode read right, the
 * heap's range found only just below the fence kept above it, the heaps'
 * parts sized by the input and the threads, and, where glibc's malloc and
 * huge pages are both to be had, every thread's blocks in a part of its
 * own heap that asked for huge pages, the helper's and another thread's
 * that hands work to the pool apart from the caller's (elsewhere, under
 * the sanitizers' allocator, the policy says it asked for nothing). */
#include "config.h"

#include <stdio.h>
#include <string.h>
#ifdef HAVE_MALLOC_H
#include <malloc.h>
#endif
#include <sys/prctl.h>

#include "crossread/memory.h"
#include "crossread/parallel.h"
#include "testlib.h"

static void test_thp_mode(void)
{
	g_assert_true(cr_memory_thp_asked("always [madvise] never\n"));
	g_assert_true(cr_memory_thp_asked("[always] madvise never\n"));
	g_assert_false(cr_memory_thp_asked("always madvise [never]\n"));
	g_assert_false(cr_memory_thp_asked(""));
	g_assert_false(cr_memory_thp_asked(NULL));
}

static void test_heap_range(void)
{
	const gsize page = 4096, size = (32 << 20) - (64 << 10);
	guintptr start = 0;
	gsize length = 0;

	/* the fence just after the block: the block's whole pages */
	g_assert_true(cr_memory_heap_range(0x10000010, 0x10000010 + size + 16, size, page, &start, &length));
	g_assert_cmphex(start, ==, 0x10000000);
	g_assert_cmpuint(length, ==, size);
	/* a fence elsewhere: below the block, inside it, far above it */
	g_assert_false(cr_memory_heap_range(0x10000010, 0x0fff0010, size, page, &start, &length));
	g_assert_false(cr_memory_heap_range(0x10000010, 0x10000010 + size / 2, size, page, &start, &length));
	g_assert_false(cr_memory_heap_range(0x10000010, 0x70000010, size, page, &start, &length));
}

static void test_huge_part(void)
{
	const gsize mib = 1 << 20, max = 32 * mib - 64 * 1024;

	/* one thread: four times the input, from 4 MiB to just below 32 MiB */
	g_assert_cmpuint(cr_memory_huge_part(4 * mib, 1), ==, 16 * mib);
	g_assert_cmpuint(cr_memory_huge_part(1 * mib, 1), ==, 4 * mib);
	g_assert_cmpuint(cr_memory_huge_part(8 * mib, 1), ==, max);
	g_assert_cmpuint(cr_memory_huge_part(40 * 1024, 1), ==, 0);
	/* several: three times the input between their heaps */
	g_assert_cmpuint(cr_memory_huge_part(8 * mib, 2), ==, 12 * mib);
	g_assert_cmpuint(cr_memory_huge_part(4 * mib, 2), ==, 6 * mib);
	g_assert_cmpuint(cr_memory_huge_part(8 * mib, 4), ==, 6 * mib);
	g_assert_cmpuint(cr_memory_huge_part(4 * mib, 4), ==, 0);
	g_assert_cmpuint(cr_memory_huge_part(G_MAXSIZE / 2, 2), ==, max);
}

/* The start of the mapping that holds ADDRESS when it asked for huge pages
 * ("hg" among its flags in /proc/self/smaps) and spans at least MIN_BYTES;
 * 0 otherwise. */
static guintptr huge_mapping(gconstpointer address, gsize min_bytes)
{
	g_autofree char *smaps = NULL;
	g_assert_true(g_file_get_contents("/proc/self/smaps", &smaps, NULL, NULL));
	g_auto(GStrv) lines = g_strsplit(smaps, "\n", -1);
	guintptr start = 0;
	for (guint i = 0; lines[i]; i++) {
		unsigned long from, to;
		if (sscanf(lines[i], "%lx-%lx ", &from, &to) == 2)
			start = (guintptr)address >= from && (guintptr)address < to && to - from >= min_bytes
				    ? from
				    : 0;
		else if (start && g_str_has_prefix(lines[i], "VmFlags:"))
			return strstr(lines[i], " hg") ? start : 0;
	}
	return 0;
}

/* Whether glibc's malloc takes mallopt() here (the sanitizers' does not)
 * and the kernel gives huge pages to memory that asks. */
static gboolean huge_heap_expected(void)
{
	g_autofree char *mode = NULL;
	gboolean thp =
	    g_file_get_contents("/sys/kernel/mm/transparent_hugepage/enabled", &mode, NULL, NULL) &&
	    cr_memory_thp_asked(mode) && prctl(PR_GET_THP_DISABLE, 0, 0, 0, 0) != 1;
#ifdef HAVE_MALLOPT
	return thp && mallopt(M_TOP_PAD, 1 << 20) == 1;
#else
	return FALSE;
#endif
}

/* Items that meet: each allocates a block of 64 KiB (larger than any
 * block freed before the setup, so that it comes from the huge part,
 * below the size mapped on its own) and waits until the others have
 * begun, so that as many threads take one each. */
typedef struct {
	gint n;
	gint begun;
	gpointer block[2];
} Meeting;

static void allocate_and_meet(guint item, gpointer data)
{
	Meeting *m = data;
	m->block[item] = g_malloc(64 << 10);
	g_atomic_int_inc(&m->begun);
	for (guint waited = 0; g_atomic_int_get(&m->begun) < m->n; waited++) {
		g_assert_cmpuint(waited, <, 10000);
		g_usleep(1000);
	}
}

/* A thread of its own that hands one item to the pool, as the reader's
 * analysis thread does: the block the item takes, on that thread. */
static gpointer hand_work(gpointer unused)
{
	(void)unused;
	Meeting m = { 1, 0, { NULL, NULL } };
	cr_parallel_for(1, allocate_and_meet, &m);
	/* once a thread */
	g_assert_false(cr_memory_thread_setup());
	return m.block[0];
}

static void test_setup(void)
{
	gboolean expected = huge_heap_expected();
	guint threads = MIN(cr_parallel_threads(), 2);
	CrMemoryPolicy policy = cr_memory_setup(8 << 20, cr_parallel_threads());
	g_assert_cmpint(policy, ==, expected ? CR_MEMORY_HUGE_HEAP : CR_MEMORY_DEFAULT);
	if (policy != CR_MEMORY_HUGE_HEAP)
		return;
	gsize part = cr_memory_huge_part(8 << 20, cr_parallel_threads()) - (64 << 10);
	Meeting m = { (gint)threads, 0, { NULL, NULL } };
	cr_parallel_for(threads, allocate_and_meet, &m);
	guintptr caller = huge_mapping(m.block[0], part);
	g_assert_cmphex(caller, !=, 0);
	if (threads == 2) {
		/* the helper's block: in huge pages, in a heap of its own */
		guintptr helper = huge_mapping(m.block[1], part);
		g_assert_cmphex(helper, !=, 0);
		g_assert_cmphex(helper, !=, caller);
	}
	/* the caller's part was reserved by the setup */
	g_assert_false(cr_memory_thread_setup());
	gpointer own = g_thread_join(g_thread_new("hand-work", hand_work, NULL));
	guintptr other = huge_mapping(own, part);
	g_assert_cmphex(other, !=, 0);
	g_assert_cmphex(other, !=, caller);
	g_free(own);
	for (guint t = 0; t < threads; t++)
		g_free(m.block[t]);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/memory/thp-mode", test_thp_mode);
	g_test_add_func("/memory/heap-range", test_heap_range);
	g_test_add_func("/memory/huge-part", test_huge_part);
	g_test_add_func("/memory/setup", test_setup);
	return g_test_run();
}

/* The allocator's policy: the kernel's huge page mode read right, the
 * heap's range found only just below the fence kept above it, and, where glibc's malloc and huge
 * pages are both to be had, every thread's blocks in the part of the heap
 * that asked for huge pages (elsewhere, under the sanitizers' allocator,
 * the policy says it asked for nothing). */
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

/* Whether the mapping that holds ADDRESS asked for huge pages ("hg" among
 * its flags in /proc/self/smaps) and spans at least MIN_BYTES. */
static gboolean in_huge_mapping(gconstpointer address, gsize min_bytes)
{
	g_autofree char *smaps = NULL;
	g_assert_true(g_file_get_contents("/proc/self/smaps", &smaps, NULL, NULL));
	g_auto(GStrv) lines = g_strsplit(smaps, "\n", -1);
	gboolean inside = FALSE;
	for (guint i = 0; lines[i]; i++) {
		unsigned long from, to;
		if (sscanf(lines[i], "%lx-%lx ", &from, &to) == 2)
			inside =
			    (guintptr)address >= from && (guintptr)address < to && to - from >= min_bytes;
		else if (inside && g_str_has_prefix(lines[i], "VmFlags:"))
			return strstr(lines[i], " hg") != NULL;
	}
	return FALSE;
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

/* Allocates a block on whichever thread runs the item and keeps it: of
 * 64 KiB, larger than any block freed before the setup, so that it comes
 * from the huge part, below the size mapped on its own. */
static void allocate_block(guint item, gpointer data)
{
	((gpointer *)data)[item] = g_malloc(64 << 10);
}

static void test_setup(void)
{
	gboolean expected = huge_heap_expected();
	CrMemoryPolicy policy = cr_memory_setup(8 << 20);
	g_assert_cmpint(policy, ==, expected ? CR_MEMORY_HUGE_HEAP : CR_MEMORY_DEFAULT);
	if (policy != CR_MEMORY_HUGE_HEAP)
		return;
	gpointer blocks[64];
	cr_parallel_for(G_N_ELEMENTS(blocks), allocate_block, blocks);
	for (guint i = 0; i < G_N_ELEMENTS(blocks); i++) {
		g_assert_true(in_huge_mapping(blocks[i], 16 << 20));
		g_free(blocks[i]);
	}
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/memory/thp-mode", test_thp_mode);
	g_test_add_func("/memory/heap-range", test_heap_range);
	g_test_add_func("/memory/setup", test_setup);
	return g_test_run();
}

/* The allocator's policy for the whole process (glibc's malloc), set once
 * by main() before the reports are read: blocks of 128 KiB and more mapped
 * on their own and given back when freed, 1 MiB kept free at the top of
 * each heap, and, where the kernel gives transparent huge pages to memory
 * that asks for them, a part of every working thread's heap in huge pages,
 * never trimmed and taken from first; each thread keeps a heap of its own
 * (docs/PERFORMANCE.md, branches perf26 and perf28). */
#include "config.h"

#include "crossread/memory.h"

#include <fcntl.h>
#include <string.h>
#ifdef HAVE_MALLOC_H
#include <malloc.h>
#endif
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>

#define KIB 1024
#define MIB (1024 * 1024)
/* Blocks of this size and more are mapped on their own. */
#define MMAP_THRESHOLD (128 * KIB)
/* What a heap keeps free at its top when it gives memory back. */
#define TOP_PAD (1 * MIB)
/* The heaps' parts in huge pages: each taken as one block (so that the
 * allocator writes in no page of it but its first and last). Together
 * four bytes for each byte of input when one thread works, about what the
 * engine's heap holds at once for news, so that the part kept is what the
 * engine would have touched anyway; three when several do, split evenly
 * between their heaps, since what one thread frees the other's heap
 * cannot take (four split in two: news at 4 MiB 8.2 times the input).
 * Each at most just below the 32 MiB from which glibc maps a block on its
 * own whatever the threshold, and none below 4 MiB (two huge pages). */
#define HUGE_HEAPS_PER_INPUT_ALONE 4
#define HUGE_HEAPS_PER_INPUT	   3
#define HUGE_HEAP_MIN		   (4 * MIB)
#define HUGE_HEAP_MAX		   (32 * MIB - 64 * KIB)
/* The block kept just above it for the whole run: the heap's top, which
 * glibc trims, starts above the huge part, which stays a free block that
 * the heap takes from first. Larger than any block freed before the
 * policy is set (the options' and the themes'), so that it comes from the
 * top. */
#define FENCE (64 * KIB)

gboolean cr_memory_thp_asked(const char *enabled)
{
	return enabled && (strstr(enabled, "[always]") || strstr(enabled, "[madvise]"));
}

gboolean cr_memory_heap_range(guintptr block, guintptr fence, gsize size, gsize page, guintptr *start,
			      gsize *length)
{
	/* the fence must follow the block, as a block taken from the top does */
	if (fence <= block || fence - block - size > 4 * sizeof(gsize))
		return FALSE;
	*start = block & ~(guintptr)(page - 1);
	*length = ((block + size) & ~(guintptr)(page - 1)) - *start;
	return TRUE;
}

/* Whether memory that asks for huge pages gets them: the kernel's mode
 * (always or madvise, not never) and this process not kept from them
 * (prctl PR_SET_THP_DISABLE, inherited from whoever started it). */
static gboolean huge_pages_available(void)
{
	char mode[64] = "";
	int fd = open("/sys/kernel/mm/transparent_hugepage/enabled", O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return FALSE;
	ssize_t n = read(fd, mode, sizeof mode - 1);
	close(fd);
	mode[MAX(n, 0)] = '\0';
#ifdef PR_GET_THP_DISABLE
	if (prctl(PR_GET_THP_DISABLE, 0, 0, 0, 0) == 1)
		return FALSE;
#endif
	return cr_memory_thp_asked(mode);
}

gsize cr_memory_huge_part(gsize input, guint heaps)
{
	guint per_input = heaps > 1 ? HUGE_HEAPS_PER_INPUT : HUGE_HEAPS_PER_INPUT_ALONE;
	heaps = MAX(heaps, 1);
	gsize part = MIN(input, (gsize)HUGE_HEAP_MAX * heaps) * per_input / heaps;
	return part < HUGE_HEAP_MIN ? 0 : MIN(part, HUGE_HEAP_MAX);
}

#ifdef HAVE_MALLOPT
/* The part of its heap each other thread asks for (0: none); set once
 * by cr_memory_setup() before any other thread starts. */
static gsize helper_part;
/* Whether the calling thread has asked for its part. */
static GPrivate heap_set_up;

/* Blocks of 128 KiB and more come from the system and go back to it when
 * freed: glibc would otherwise raise that threshold after the first large
 * block is freed and keep what is freed after it. Each heap keeps 1 MiB
 * free at its top, not glibc's 128 KiB, so that blocks freed by one stage
 * and taken by the next come from pages already faulted in (branch
 * perf18). */
static void set_thresholds(void)
{
	mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD);
	mallopt(M_TOP_PAD, TOP_PAD);
}

/* Grows the calling thread's heap by a block of SIZE bytes with the fence
 * above it, asks for huge pages on the block and frees it: FALSE (and the
 * heap as it was but for the fence) when the fence does not follow the
 * block (another allocator, a sanitizer's, a heap that could not grow or
 * had a free block the fence came from). Leaves the thresholds set, also
 * when raising them failed. */
static gboolean reserve_huge_heap(gsize size)
{
	gboolean advised = FALSE;
	guintptr start;
	gsize length;

	if (mallopt(M_MMAP_THRESHOLD, 32 * MIB) && mallopt(M_TOP_PAD, 0)) {
		void *block = malloc(size);
		void *fence = block ? malloc(FENCE) : NULL;
		if (fence && cr_memory_heap_range((guintptr)block, (guintptr)fence, size,
						  (gsize)sysconf(_SC_PAGESIZE), &start, &length))
			advised = madvise((void *)start, length, MADV_HUGEPAGE) == 0;
		if (!advised)
			free(fence);
		free(block);
	}
	set_thresholds();
	return advised;
}
#endif

CrMemoryPolicy cr_memory_setup(gsize input, guint threads)
{
	CrMemoryPolicy policy = CR_MEMORY_DEFAULT;
#ifdef HAVE_MALLOPT
	gsize part = cr_memory_huge_part(input, threads);
	if (part && huge_pages_available() && reserve_huge_heap(part)) {
		policy = CR_MEMORY_HUGE_HEAP;
		helper_part = part;
		g_private_set(&heap_set_up, GINT_TO_POINTER(TRUE));
	}
	set_thresholds();
#endif
	return policy;
}

gboolean cr_memory_thread_setup(void)
{
	gboolean advised = FALSE;
#ifdef HAVE_MALLOPT
	/* the thresholds are the process's: one thread at a time raises them */
	static GMutex lock;
	if (helper_part && !g_private_get(&heap_set_up)) {
		g_private_set(&heap_set_up, GINT_TO_POINTER(TRUE));
		g_mutex_lock(&lock);
		advised = reserve_huge_heap(helper_part);
		g_mutex_unlock(&lock);
	}
#endif
	return advised;
}

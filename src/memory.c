/* The allocator's policy for the whole process (glibc's malloc), set once
 * by main() before the reports are read: blocks of 128 KiB and more mapped on their own
 * and given back when freed, 1 MiB kept free at the top of the heap, and,
 * where the kernel gives transparent huge pages to memory that asks for
 * them, up to 32 MiB of the heap in huge pages, never trimmed, taken
 * from first and shared by every thread (docs/PERFORMANCE.md, branch perf26). */
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
/* The heap's part in huge pages: taken as one block (so that the
 * allocator writes in no page of it but its first and last), of four
 * bytes for each byte of input, about what the engine's heap holds at
 * once for news, so that the part kept is what the engine would have
 * touched anyway; at most just below the 32 MiB from which glibc maps a
 * block on its own whatever the threshold, and none below 4 MiB (two huge
 * pages). */
#define HUGE_HEAP_PER_INPUT 4
#define HUGE_HEAP_MIN	    (4 * MIB)
#define HUGE_HEAP_MAX	    (32 * MIB - 64 * KIB)
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

#ifdef HAVE_MALLOPT
/* Grows the heap by a block of SIZE bytes with the fence above it,
 * asks for huge pages on the block and frees it: FALSE (and the heap as it
 * was but for the fence) when the fence does not follow the block (another
 * allocator, a sanitizer's, a heap that could not grow or had a free
 * block the fence came from). */
static gboolean reserve_huge_heap(gsize size)
{
	gboolean advised = FALSE;
	guintptr start;
	gsize length;

	if (!mallopt(M_MMAP_THRESHOLD, 32 * MIB) || !mallopt(M_TOP_PAD, 0))
		return FALSE;
	void *block = malloc(size);
	void *fence = block ? malloc(FENCE) : NULL;
	if (fence && cr_memory_heap_range((guintptr)block, (guintptr)fence, size,
					  (gsize)sysconf(_SC_PAGESIZE), &start, &length))
		advised = madvise((void *)start, length, MADV_HUGEPAGE) == 0;
	if (!advised)
		free(fence);
	free(block);
	return advised;
}
#endif

CrMemoryPolicy cr_memory_setup(gsize input)
{
	CrMemoryPolicy policy = CR_MEMORY_DEFAULT;
#ifdef HAVE_MALLOPT
	gsize huge = MIN(input, HUGE_HEAP_MAX / HUGE_HEAP_PER_INPUT) * HUGE_HEAP_PER_INPUT;
	/* Every thread takes its blocks from the one heap: a helper's own
	 * would be a mapping of its own, in small pages. */
	if (huge >= HUGE_HEAP_MIN && huge_pages_available() && reserve_huge_heap(huge) &&
	    mallopt(M_ARENA_MAX, 1))
		policy = CR_MEMORY_HUGE_HEAP;
	/* Blocks of 128 KiB and more come from the system and go back to it
	 * when freed: glibc would otherwise raise that threshold after the
	 * first large block is freed and keep what is freed after it. Each
	 * heap keeps 1 MiB free at its top, not glibc's 128 KiB, so that
	 * blocks freed by one stage and taken by the next come from pages
	 * already faulted in (branch perf18). */
	mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD);
	mallopt(M_TOP_PAD, TOP_PAD);
#endif
	return policy;
}

/* The allocator's policy for the whole process: where memory comes from,
 * when it goes back, and huge pages for the heap (src/memory.c). */
#pragma once

#include <glib.h>

typedef enum {
	CR_MEMORY_DEFAULT,   /* thresholds only: no huge pages to be had, or not glibc's malloc */
	CR_MEMORY_HUGE_HEAP, /* and a part of each working thread's heap in huge pages */
} CrMemoryPolicy;

/* Sets the policy for INPUT bytes of reports worked on by THREADS threads
 * (what the heaps' huge parts are sized by) and reserves the calling
 * thread's part; called by main() before the reports are read and any
 * thread is started. */
CrMemoryPolicy cr_memory_setup(gsize input, guint threads);

/* Reserves the part of the calling thread's heap that the policy gives
 * each thread, once a thread: called by parallel.c's helpers when they
 * start, before the pool takes work, and by any thread that hands work to
 * the pool (the reader's analysis thread), so that every thread that
 * works has its part. Meanwhile the thresholds are raised: a large block
 * another thread takes comes from its heap, not a mapping of its own.
 * TRUE when the call reserved a part in huge pages. */
gboolean cr_memory_thread_setup(void);

/* The bytes of each heap's part in huge pages for INPUT bytes of reports
 * and HEAPS threads each with a heap of its own: 4 times the input when
 * one heap, 3 times split evenly between several; 0 below 4 MiB, at most
 * just below 32 MiB. */
gsize cr_memory_huge_part(gsize input, guint heaps);

/* Whether the kernel's transparent huge page mode (the text of
 * /sys/kernel/mm/transparent_hugepage/enabled, the mode in brackets)
 * gives huge pages to memory that asks for them: always or madvise. */
gboolean cr_memory_thp_asked(const char *enabled);

/* The pages to ask huge pages for in BLOCK, of SIZE bytes, taken from the
 * heap's top just before FENCE: FALSE when FENCE does not follow it (the
 * block mapped on its own, or another allocator's). PAGE is the system's
 * page size. */
gboolean cr_memory_heap_range(guintptr block, guintptr fence, gsize size, gsize page, guintptr *start,
			      gsize *length);

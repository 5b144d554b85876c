/* The allocator's policy for the whole process: where memory comes from,
 * when it goes back, and huge pages for the heap (src/memory.c). */
#pragma once

#include <glib.h>

typedef enum {
	CR_MEMORY_DEFAULT,   /* thresholds only: no huge pages to be had, or not glibc's malloc */
	CR_MEMORY_HUGE_HEAP, /* and up to 32 MiB of the heap in huge pages, one heap for all threads */
} CrMemoryPolicy;

/* Sets the policy for INPUT bytes of reports (what the huge part is sized
 * by); called by main() before the reports are read and any thread is
 * started. */
CrMemoryPolicy cr_memory_setup(gsize input);

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

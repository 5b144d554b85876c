/* Running independent pieces of work on the machine's processors. */
#pragma once

#include <glib.h>

/* How many threads cr_parallel_for() uses at most: the processors this
 * process may run on, or CROSSREAD_THREADS when it is set to a number from
 * 1 (everything on the calling thread) to 64. */
guint cr_parallel_threads(void);

/* Calls WORK(ITEM, DATA) once for every ITEM in [0, N), spread over up to
 * cr_parallel_threads() threads, the calling thread one of them; returns
 * when every call has returned. Calls for different items may run at the
 * same time, so WORK must touch only what its item owns, or what no call
 * writes. */
void cr_parallel_for(guint n, void (*work)(guint item, gpointer data), gpointer data);

/* Work that runs beside the caller's: cr_parallel_start() lets the
 * helping threads take the N items of WORK on DATA, one at a time, while
 * the caller goes on (its own cr_parallel_for() calls are helped once a
 * helper has no item of this left); cr_parallel_finish() takes the items
 * no helper has taken, on the caller, waits until every call has
 * returned, and frees JOB. The same rules as cr_parallel_for() hold for
 * WORK, and the caller must not touch what the items write until then. */
typedef struct CrParallelJob CrParallelJob;
CrParallelJob *cr_parallel_start(guint n, void (*work)(guint item, gpointer data), gpointer data);
void cr_parallel_finish(CrParallelJob *job);

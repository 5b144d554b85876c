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

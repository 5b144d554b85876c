/* Independent pieces of work spread over threads: each thread takes the
 * next item until none is left. */
#include "crossread/parallel.h"

#include <stdlib.h>

#define MAX_THREADS 64

typedef struct {
	guint n;
	void (*work)(guint item, gpointer data);
	gpointer data;
	gint next; /* the next item to take */
} Job;

guint cr_parallel_threads(void)
{
	static gsize threads;
	if (g_once_init_enter(&threads)) {
		const char *env = g_getenv("CROSSREAD_THREADS");
		char *end = NULL;
		long wanted = env ? strtol(env, &end, 10) : 0;
		gsize n = env && *env && end && !*end && wanted >= 1 && wanted <= MAX_THREADS
			      ? (gsize)wanted
			      : MIN(MAX(g_get_num_processors(), 1), MAX_THREADS);
		g_once_init_leave(&threads, n);
	}
	return (guint)threads;
}

/* Takes items of JOB until none is left. */
static gpointer take_items(gpointer data)
{
	Job *job = data;
	for (guint item; (item = (guint)g_atomic_int_add(&job->next, 1)) < job->n;)
		job->work(item, job->data);
	return NULL;
}

void cr_parallel_for(guint n, void (*work)(guint item, gpointer data), gpointer data)
{
	Job job = { n, work, data, 0 };
	guint helpers = MIN(cr_parallel_threads(), n) - (n > 0);
	GThread *threads[MAX_THREADS];
	guint started = 0;

	/* a thread that cannot be started leaves its share to the others */
	while (started < helpers &&
	       (threads[started] = g_thread_try_new("crossread-work", take_items, &job, NULL)))
		started++;
	take_items(&job);
	for (guint t = 0; t < started; t++)
		g_thread_join(threads[t]);
}

/* Independent pieces of work spread over threads: each thread takes the
 * next item until none is left. The threads that help the caller are
 * started once and wait between jobs: starting and joining a thread per
 * call took 0.1-0.2 ms of wall time, and --json calls this about a hundred
 * times. */
#include "crossread/parallel.h"

#include <stdlib.h>

#define MAX_THREADS 64

typedef struct {
	guint n;
	void (*work)(guint item, gpointer data);
	gpointer data;
	gint next;     /* the next item to take */
	guint wanted;  /* helpers that may still join it (under the pool's lock) */
	guint helpers; /* helpers in it now (under the pool's lock) */
} Job;

/* The helping threads and the jobs they may join: the jobs posted and
 * still wanting helpers, oldest first. */
static struct {
	GMutex lock;
	GCond posted; /* a job was posted */
	GCond left;   /* a helper left a job */
	GQueue jobs;  /* Job * */
	gsize started;
} pool;

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
static void take_items(Job *job)
{
	for (guint item; (item = (guint)g_atomic_int_add(&job->next, 1)) < job->n;)
		job->work(item, job->data);
}

/* A helping thread: joins the oldest job that wants help, takes its items
 * beside its caller, and waits for the next. */
static gpointer help(gpointer unused)
{
	(void)unused;
	g_mutex_lock(&pool.lock);
	for (;;) {
		Job *job = g_queue_peek_head(&pool.jobs);
		if (!job) {
			g_cond_wait(&pool.posted, &pool.lock);
			continue;
		}
		job->helpers++;
		if (--job->wanted == 0)
			g_queue_pop_head(&pool.jobs);
		g_mutex_unlock(&pool.lock);
		take_items(job);
		g_mutex_lock(&pool.lock);
		job->helpers--;
		g_cond_broadcast(&pool.left);
	}
	return NULL;
}

/* Starts the helping threads once: as many as there are threads beside
 * the caller's (a thread that cannot be started leaves its share to the
 * others). */
static void start_pool(void)
{
	if (g_once_init_enter(&pool.started)) {
		gsize started = 0;
		for (guint t = 1; t < cr_parallel_threads(); t++) {
			GThread *thread = g_thread_try_new("crossread-work", help, NULL, NULL);
			if (!thread)
				break;
			g_thread_unref(thread);
			started++;
		}
		g_once_init_leave(&pool.started, started + 1);
	}
}

void cr_parallel_for(guint n, void (*work)(guint item, gpointer data), gpointer data)
{
	Job job = { n, work, data, 0, 0, 0 };
	guint wanted = MIN(cr_parallel_threads(), n) - (n > 0);

	if (wanted) {
		start_pool();
		g_mutex_lock(&pool.lock);
		job.wanted = wanted;
		g_queue_push_tail(&pool.jobs, &job);
		g_cond_broadcast(&pool.posted);
		g_mutex_unlock(&pool.lock);
	}
	take_items(&job);
	if (wanted) {
		/* no helper joins once the items are taken; those in it finish theirs */
		g_mutex_lock(&pool.lock);
		g_queue_remove(&pool.jobs, &job);
		while (job.helpers)
			g_cond_wait(&pool.left, &pool.lock);
		g_mutex_unlock(&pool.lock);
	}
}

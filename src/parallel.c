/* Independent pieces of work spread over threads: each thread takes the
 * next item until none is left. The threads that help the caller are
 * started once and wait between jobs: starting and joining a thread per
 * call took 0.1-0.2 ms of wall time, and --json calls this about a hundred
 * times. Every thread that works here, helper or caller, first asks for
 * its heap's part in huge pages (src/memory.c). */
#ifdef CR_PARALLEL_TRACE
#define _GNU_SOURCE /* dladdr() */
#endif
#include "crossread/parallel.h"

#include <stdlib.h>

#include "crossread/memory.h"

#ifdef CR_PARALLEL_TRACE
#include <dlfcn.h>
#include <valgrind/callgrind.h>
#endif

#define MAX_THREADS 64

typedef struct {
	guint n;
	void (*work)(guint item, gpointer data);
	gpointer data;
	gint next;	  /* the next item to take */
	guint wanted;	  /* helpers that may still join it (under the pool's lock) */
	guint helpers;	  /* helpers in it now (under the pool's lock) */
	gboolean posted;  /* in the pool's jobs, or was */
	gboolean started; /* by cr_parallel_start(): its helpers give way */
} Job;

/* The helping threads and the jobs they may join: the jobs posted and
 * still wanting helpers, oldest first. A started job stays until it is
 * finished, and its helpers take an item only while no cr_parallel_for()
 * job wants help: the caller waits for that one, not for the other. */
static struct {
	GMutex lock;
	GCond posted; /* a job was posted */
	GCond left;   /* a helper left a job, or set up its heap */
	GQueue jobs;  /* Job * */
	gint waiting; /* atomic: cr_parallel_for() jobs among them (written under the lock) */
	guint set_up; /* helpers whose heap is set up */
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

/* Takes items of JOB until none is left, or, when it GIVES_WAY, until a
 * cr_parallel_for() job wants help. */
static void take_items(Job *job, gboolean gives_way)
{
	for (guint item; !(gives_way && g_atomic_int_get(&pool.waiting)) &&
			 (item = (guint)g_atomic_int_add(&job->next, 1)) < job->n;)
		job->work(item, job->data);
}

/* Drops JOB from the pool's jobs (under its lock), when it is there. */
static void unlist(Job *job)
{
	if (g_queue_remove(&pool.jobs, job) && !job->started)
		g_atomic_int_add(&pool.waiting, -1);
}

/* The job a helper should join (under the pool's lock): the oldest
 * cr_parallel_for() job, else the oldest started job with items left. */
static Job *next_job(void)
{
	Job *started = NULL;
	for (GList *l = pool.jobs.head; l; l = l->next) {
		Job *job = l->data;
		if (!job->started)
			return job;
		if (!started && (guint)g_atomic_int_get(&job->next) < job->n)
			started = job;
	}
	return started;
}

/* A helping thread: sets up its heap (src/memory.c), then joins the job
 * next_job() picks, takes its items beside its caller, and waits for the
 * next. */
static gpointer help(gpointer unused)
{
	(void)unused;
	cr_memory_thread_setup();
	g_mutex_lock(&pool.lock);
	pool.set_up++;
	g_cond_broadcast(&pool.left);
	for (;;) {
		Job *job = next_job();
		if (!job) {
			g_cond_wait(&pool.posted, &pool.lock);
			continue;
		}
		job->helpers++;
		if (!job->started && --job->wanted == 0)
			unlist(job);
		g_mutex_unlock(&pool.lock);
		take_items(job, job->started);
		g_mutex_lock(&pool.lock);
		job->helpers--;
		g_cond_broadcast(&pool.left);
	}
	return NULL;
}

/* Starts the helping threads once: as many as there are threads beside
 * the caller's (a thread that cannot be started leaves its share to the
 * others), and waits until each has set up its heap, which raises the
 * allocator's thresholds for a moment. */
static void start_pool(void)
{
	if (g_once_init_enter(&pool.started)) {
		guint started = 0;
		for (guint t = 1; t < cr_parallel_threads(); t++) {
			GThread *thread = g_thread_try_new("crossread-work", help, NULL, NULL);
			if (!thread)
				break;
			g_thread_unref(thread);
			started++;
		}
		g_mutex_lock(&pool.lock);
		while (pool.set_up < started)
			g_cond_wait(&pool.left, &pool.lock);
		g_mutex_unlock(&pool.lock);
		g_once_init_leave(&pool.started, started + 1);
	}
}

#ifdef CR_PARALLEL_TRACE
/* A build for bench/critical-path.sh only (-DCR_PARALLEL_TRACE): every
 * item runs on the caller, a started job's at its start, and under
 * callgrind the work is dumped before each outermost call, after each of
 * its items and when a started job is finished, labelled with the
 * caller's place in the binary, so that bench/critical-path.py can
 * schedule the items on any number of threads afterwards. Calls inside
 * an item are part of it. */
static GPrivate in_item;

/* Runs the N items of WORK on DATA, called from SITE, as above: returns
 * the call's number. */
static gint trace_items(const char *what, guint n, void (*work)(guint item, gpointer data), gpointer data,
			const void *site)
{
	static gint calls;
	gboolean outer = !g_private_get(&in_item);
	Dl_info info = { 0 };
	gint call = outer ? g_atomic_int_add(&calls, 1) : -1;

	dladdr(site, &info);
	if (outer) {
		char label[96];
		g_snprintf(label, sizeof label, "%s %d %u %#lx", what, call, n,
			   (unsigned long)((const char *)site - (const char *)info.dli_fbase));
		CALLGRIND_DUMP_STATS_AT(label);
	}
	g_private_set(&in_item, GINT_TO_POINTER(1));
	for (guint item = 0; item < n; item++) {
		work(item, data);
		if (outer) {
			char label[48];
			g_snprintf(label, sizeof label, "item %d %u", call, item);
			CALLGRIND_DUMP_STATS_AT(label);
		}
	}
	g_private_set(&in_item, GINT_TO_POINTER(!outer));
	return call;
}

/* Dumps the work since the last dump, for started job CALL's finish. */
static void trace_finish(gint call)
{
	if (call >= 0) {
		char label[32];
		g_snprintf(label, sizeof label, "finish %d", call);
		CALLGRIND_DUMP_STATS_AT(label);
	}
}
#endif

/* Posts JOB for the helpers to join, when it has items to share. */
static void post(Job *job)
{
	start_pool();
	job->posted = TRUE;
	g_mutex_lock(&pool.lock);
	g_queue_push_tail(&pool.jobs, job);
	if (!job->started)
		g_atomic_int_inc(&pool.waiting);
	g_cond_broadcast(&pool.posted);
	g_mutex_unlock(&pool.lock);
}

/* Takes what is left of JOB and waits for the helpers in it. */
static void finish(Job *job)
{
	take_items(job, FALSE);
	if (job->posted) {
		/* no helper joins once the items are taken; those in it finish theirs */
		g_mutex_lock(&pool.lock);
		unlist(job);
		while (job->helpers)
			g_cond_wait(&pool.left, &pool.lock);
		g_mutex_unlock(&pool.lock);
	}
}

/* JOB for N items of WORK on DATA, STARTED or not: the caller of
 * cr_parallel_for() takes one item or more, and it wants helpers for the
 * rest, as many as the threads allow. */
static void job_init(Job *job, guint n, void (*work)(guint item, gpointer data), gpointer data,
		     gboolean started)
{
	guint rest = started ? n : n > 0 ? n - 1 : 0;
	*job = (Job){ n, work, data, 0, MIN(cr_parallel_threads() - 1, rest), 0, FALSE, started };
}

void cr_parallel_for(guint n, void (*work)(guint item, gpointer data), gpointer data)
{
#ifdef CR_PARALLEL_TRACE
	trace_items("for", n, work, data, __builtin_return_address(0));
	return;
#endif
	Job job;
	cr_memory_thread_setup();
	job_init(&job, n, work, data, FALSE);
	if (job.wanted)
		post(&job);
	finish(&job);
}

struct CrParallelJob {
	Job job;
#ifdef CR_PARALLEL_TRACE
	gint call;
#endif
};

CrParallelJob *cr_parallel_start(guint n, void (*work)(guint item, gpointer data), gpointer data)
{
	cr_memory_thread_setup();
	CrParallelJob *started = g_new(CrParallelJob, 1);
	job_init(&started->job, n, work, data, TRUE);
#ifdef CR_PARALLEL_TRACE
	/* its items are run: none is left to take */
	started->call = trace_items("start", n, work, data, __builtin_return_address(0));
	started->job.next = (gint)n;
	started->job.wanted = 0;
#endif
	if (started->job.wanted)
		post(&started->job);
	return started;
}

void cr_parallel_finish(CrParallelJob *started)
{
#ifdef CR_PARALLEL_TRACE
	trace_finish(started->call);
#endif
	finish(&started->job);
	g_free(started);
}

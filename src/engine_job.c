/* The engine's analysis on a thread of its own. The thread writes only
 * the job's analysis and then its done flag; the progress is atomic. */
#include "crossread/engine_job.h"

struct CrEngineJob {
	const CrEngine *engine;
	CrProgress progress;
	GThread *thread;      /* NULL once joined */
	CrAnalysis *analysis; /* what the thread made: NULL when cancelled */
	gint done;	      /* atomic: set once analysis is written */
};

static gpointer analyse(gpointer data)
{
	CrEngineJob *job = data;
	job->analysis = cr_engine_analyse(job->engine, &job->progress);
	g_atomic_int_set(&job->done, TRUE);
	return NULL;
}

CrEngineJob *cr_engine_job_start(const CrEngine *engine, CrProgressHook hook, gpointer hook_data)
{
	CrEngineJob *job = g_new0(CrEngineJob, 1);
	job->engine = engine;
	cr_progress_init(&job->progress, hook, hook_data);
	/* where no thread can be had, the analysis runs now, and the reader
	 * shows the reports once it has ended */
	job->thread = g_thread_try_new("crossread-analyse", analyse, job, NULL);
	if (!job->thread)
		analyse(job);
	return job;
}

guint cr_engine_job_percent(const CrEngineJob *job)
{
	return cr_progress_percent(&job->progress);
}

gboolean cr_engine_job_done(const CrEngineJob *job)
{
	return g_atomic_int_get(&job->done);
}

/* Waits for the thread to end. */
static void join(CrEngineJob *job)
{
	if (job->thread)
		g_thread_join(job->thread);
	job->thread = NULL;
}

gboolean cr_engine_job_complete(CrEngineJob *job, CrEngine *engine)
{
	join(job);
	gboolean complete = job->analysis && job->engine == engine;
	if (complete)
		cr_engine_complete(engine, g_steal_pointer(&job->analysis));
	cr_engine_job_free(job);
	return complete;
}

void cr_engine_job_cancel(CrEngineJob *job)
{
	cr_progress_cancel(&job->progress);
}

void cr_engine_job_free(CrEngineJob *job)
{
	if (!job)
		return;
	cr_engine_job_cancel(job);
	join(job);
	cr_analysis_free(job->analysis);
	g_free(job);
}

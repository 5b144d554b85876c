/* The engine's second step (cr_engine_analyse) on a thread of its own, so
 * that the reader can show the reports meanwhile: started, watched,
 * cancelled, and put into the engine on the thread that draws. */
#pragma once

#include "crossread/engine.h"

typedef struct CrEngineJob CrEngineJob;

/* Starts analysing ENGINE (pending), which must outlive the job and which
 * the job only reads. HOOK (NULL: none) is called at every safe point of
 * the analysis, on whichever thread reached it (engine.h). */
CrEngineJob *cr_engine_job_start(const CrEngine *engine, CrProgressHook hook, gpointer hook_data);

/* How far the analysis is, 0 to 100. */
guint cr_engine_job_percent(const CrEngineJob *job);

/* TRUE once the analysis has ended: cr_engine_job_complete() will not wait. */
gboolean cr_engine_job_done(const CrEngineJob *job);

/* Waits for the analysis to end and puts it into ENGINE (the one the job
 * was started on), which is pending no more; then frees the job. FALSE
 * (ENGINE still pending) when the analysis was cancelled. */
gboolean cr_engine_job_complete(CrEngineJob *job, CrEngine *engine);

/* Asks the analysis to stop at its next safe point, and returns at once. */
void cr_engine_job_cancel(CrEngineJob *job);

/* Cancels the analysis, waits for its thread and frees what it made. */
void cr_engine_job_free(CrEngineJob *job);

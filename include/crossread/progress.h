/* How far a long piece of work has come, and a way to stop it: shared by
 * the threads doing the work and the one waiting for it. No locks: every
 * field that changes while the work runs is read and written atomically. */
#pragma once

#include <glib.h>

typedef struct CrProgress CrProgress;

/* Called at every safe point of the work, on whichever thread reached it:
 * for tests, to hold the work at a point or slow it down. */
typedef void (*CrProgressHook)(CrProgress *progress, gpointer data);

/* The work counts CR_PROGRESS_TOTAL units in all, in stages: a stage is a
 * share of the units spread evenly over a number of steps. */
#define CR_PROGRESS_TOTAL 1000

struct CrProgress {
	gint done;	/* units done (atomic) */
	gint cancelled; /* TRUE once the work was asked to stop (atomic) */
	/* the stage under way: set between stages, by the thread running the work */
	guint planned;	     /* units given to stages so far, this one included */
	guint share;	     /* this stage's units */
	guint steps;	     /* and the steps they are spread over */
	gint steps_done;     /* atomic */
	CrProgressHook hook; /* or NULL */
	gpointer hook_data;
};

/* A progress at 0, not cancelled, calling HOOK (may be NULL) at safe points. */
void cr_progress_init(CrProgress *progress, CrProgressHook hook, gpointer hook_data);

/* The next stage: SHARE units (at most what is left) over STEPS steps. */
void cr_progress_stage(CrProgress *progress, guint share, guint steps);

/* The units not yet given to a stage. */
guint cr_progress_left(const CrProgress *progress);

/* A safe point: calls the hook, then TRUE when the work should go on,
 * FALSE when it was cancelled. */
gboolean cr_progress_go_on(CrProgress *progress);

/* One step of the stage under way is done. */
void cr_progress_step(CrProgress *progress);

/* The work is done: 100 %. */
void cr_progress_finish(CrProgress *progress);

/* Asks the work to stop at its next safe point; any thread may call it. */
void cr_progress_cancel(CrProgress *progress);

/* TRUE once cancelled. */
gboolean cr_progress_cancelled(const CrProgress *progress);

/* How much is done, 0 to 100. */
guint cr_progress_percent(const CrProgress *progress);

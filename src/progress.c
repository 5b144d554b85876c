/* How far a long piece of work has come, and a way to stop it. Every
 * function takes NULL for "nobody is watching": the work goes on, and
 * nothing is counted. */
#include "crossread/progress.h"

void cr_progress_init(CrProgress *progress, CrProgressHook hook, gpointer hook_data)
{
	*progress = (CrProgress){ .hook = hook, .hook_data = hook_data };
}

void cr_progress_stage(CrProgress *progress, guint share, guint steps)
{
	if (!progress)
		return;
	share = MIN(share, cr_progress_left(progress));
	progress->planned += share;
	progress->share = share;
	progress->steps = steps;
	g_atomic_int_set(&progress->steps_done, 0);
	if (steps == 0)
		g_atomic_int_add(&progress->done, (gint)share);
}

guint cr_progress_left(const CrProgress *progress)
{
	return progress ? CR_PROGRESS_TOTAL - progress->planned : 0;
}

gboolean cr_progress_go_on(CrProgress *progress)
{
	if (!progress)
		return TRUE;
	if (progress->hook)
		progress->hook(progress, progress->hook_data);
	return !cr_progress_cancelled(progress);
}

void cr_progress_step(CrProgress *progress)
{
	if (!progress || progress->steps == 0)
		return;
	/* step K of N adds the units between K/N and (K+1)/N of the share, so
	 * that the steps add up to the share exactly */
	guint64 k = (guint64)g_atomic_int_add(&progress->steps_done, 1);
	if (k >= progress->steps)
		return;
	guint64 from = progress->share * k / progress->steps,
		to = progress->share * (k + 1) / progress->steps;
	g_atomic_int_add(&progress->done, (gint)(to - from));
}

void cr_progress_finish(CrProgress *progress)
{
	if (!progress)
		return;
	progress->planned = CR_PROGRESS_TOTAL;
	g_atomic_int_set(&progress->done, CR_PROGRESS_TOTAL);
}

void cr_progress_cancel(CrProgress *progress)
{
	if (progress)
		g_atomic_int_set(&progress->cancelled, TRUE);
}

gboolean cr_progress_cancelled(const CrProgress *progress)
{
	return progress && g_atomic_int_get(&progress->cancelled);
}

guint cr_progress_percent(const CrProgress *progress)
{
	if (!progress)
		return 0;
	guint done = (guint)g_atomic_int_get(&progress->done);
	return MIN(done, CR_PROGRESS_TOTAL) * 100 / CR_PROGRESS_TOTAL;
}

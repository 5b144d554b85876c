/* The reader before and after the engine's analysis arrives. */
#include "crossread/view_ready.h"

#include "crossread/view_notes.h"
#include "crossread/view_paint.h"

/* What cannot be done before the alignment is there. */
static const CrAction needs_alignment[] = {
	CR_ACT_REALIGN,	  CR_ACT_QUOTE_NEXT, CR_ACT_QUOTE_PREV, CR_ACT_FACT_NEXT,
	CR_ACT_FACT_PREV, CR_ACT_COVERAGE,   CR_ACT_FACTS,	CR_ACT_COPY_ALL,
};

void cr_view_index_facts(CrView *view)
{
	const GArray *facts = view->engine->facts;
	guint f = 0;

	for (guint d = 0; d < view->n_panes; d++) {
		view->fact_first[d] = f;
		while (f < facts->len && g_array_index(facts, CrFact, f).doc == d)
			f++;
		view->fact_end[d] = f;
		if (view->paint[d])
			g_array_unref(view->paint[d]);
		view->paint[d] = cr_paint_build(facts, view->fact_first[d], f);
		for (guint e = 0; e < view->n_panes; e++)
			g_clear_pointer(&view->maps[d][e], cr_scrollmap_free);
	}
	cr_view_notes_aligned(view);
}

gboolean cr_view_progress(CrView *view, guint percent)
{
	gboolean changed = percent != view->progress;
	view->progress = percent;
	return changed;
}

gboolean cr_view_waits_for_alignment(CrView *view, CrAction action)
{
	if (!view->engine->pending)
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(needs_alignment); i++)
		if (needs_alignment[i] == action) {
			cr_view_message(view, CR_ALIGNING " %u%%, try again in a moment", view->progress);
			return TRUE;
		}
	return FALSE;
}

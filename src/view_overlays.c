/* The overlays the reader has, and the one open. */
#include "crossread/view_overlays.h"

#include "crossread/view_coverage.h"
#include "crossread/view_facts.h"
#include "crossread/view_help.h"
#include "crossread/view_info.h"
#include "crossread/view_notes_list.h"

static const CrOverlayOps *const overlays[] = {
	&cr_overlay_help, &cr_overlay_coverage, &cr_overlay_facts, &cr_overlay_info, &cr_overlay_notes,
};

gboolean cr_view_overlay_open(CrView *view, CrAction action)
{
	for (guint i = 0; i < G_N_ELEMENTS(overlays); i++) {
		if (overlays[i]->action != action)
			continue;
		gpointer state = overlays[i]->open(view);
		if (state) {
			cr_view_overlay_close(view);
			view->overlay = overlays[i];
			view->overlay_state = state;
		}
		return TRUE;
	}
	return FALSE;
}

void cr_view_overlay_key(CrView *view, int key)
{
	const CrOverlayOps *ops = view->overlay;
	CrAction action = cr_keymap_action(key);
	if (ops->key && ops->key(view, view->overlay_state, key))
		return;
	if (action == CR_ACT_REDRAW) {
		view->redraw_all = TRUE;
		return;
	}
	cr_view_overlay_close(view);
	/* another overlay's key opens that one: c in the facts list, F in the coverage */
	if (action != ops->action)
		cr_view_overlay_open(view, action);
}

void cr_view_overlay_close(CrView *view)
{
	if (!view->overlay)
		return;
	view->overlay->free(view->overlay_state);
	view->overlay = NULL;
	view->overlay_state = NULL;
}

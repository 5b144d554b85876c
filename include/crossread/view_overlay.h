/* The contract of an overlay: a screen drawn over the panes (the help, the
 * coverage of a fact) that takes the keys while it is open. Each overlay is
 * one file that fills in a CrOverlayOps; view_overlays.c lists them, opens
 * the one a key's action asks for, and routes keys to it; the renderer
 * draws whichever is open through its ops. The overlay owns its state. */
#pragma once

#include "crossread/view_frame.h"
#include "crossread/view_keys.h"
#include "crossread/view_model.h"

struct CrOverlayOps {
	CrAction action; /* the action (its keymap row) that opens it */
	/* Its state for the view as it is now, or NULL when it cannot open
	 * (after a cr_view_message() saying why). */
	gpointer (*open)(CrView *view);
	/* Draws it over the whole frame, status line included. */
	void (*render)(const CrView *view, gconstpointer state, CrFrame *frame);
	/* A key while it is open: TRUE when the overlay used it, FALSE to be
	 * closed. NULL when every key closes it. */
	gboolean (*key)(CrView *view, gpointer state, int key);
	/* Frees the state when it closes. */
	GDestroyNotify free;
};

/* The facts list (F): every fact two or more reports share, with its kind,
 * its value and which reports carry it (the --facts matrix on screen),
 * in the focused report's reading order or by how many reports carry it,
 * all kinds or one; Enter lines every pane up on the one selected. */
#pragma once

#include "crossread/view_overlay.h"

/* The overlay's state. */
typedef struct {
	GArray *rows;	   /* guint: the groups listed, in the order shown */
	gboolean by_count; /* sorted by how many reports carry them, else in reading order */
	int kind;	   /* only facts of this CrFactKind; -1 for every kind */
	guint selected, top;
} CrFactsList;

extern const CrOverlayOps cr_overlay_facts;

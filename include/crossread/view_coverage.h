/* Coverage (c): each report's sentence (or sentences) around the current
 * fact, its words marked against the focused report's wording: changed,
 * added, and the reference's words it leaves out put in [brackets]; the
 * reports that lack the fact listed after. */
#pragma once

#include "crossread/view_overlay.h"

/* One report's wording of the fact, as shown. */
typedef struct {
	guint doc;
	int fact;	    /* its mention of the fact; -1 when the report lacks it */
	gboolean reference; /* the wording the others are marked against */
	GString *text;	    /* its passage, whitespace collapsed, the reference's missing words put in */
	GArray *runs;	    /* CrRun over text: the style and marks of each stretch */
} CrWording;

/* The overlay's state. */
typedef struct {
	int group; /* the fact shown */
	GPtrArray
	    *wordings; /* CrWording*: the reports that have it, in pane order, then those that lack it */
	guint top;     /* the first line shown */
} CrCoverage;

extern const CrOverlayOps cr_overlay_coverage;

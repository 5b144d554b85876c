/* Coverage (c): how each report words the current fact, the words that
 * differ marked, and which reports omit it. */
#pragma once

#include "crossread/view_overlay.h"

/* One report's wording of the fact shown. */
typedef struct {
	guint doc;
	char *text;   /* the words as written */
	GArray *diff; /* CrSpan in text: words other wordings lack */
} CrVariant;

/* The overlay's state. */
typedef struct {
	int fact;	     /* the fact shown */
	GPtrArray *variants; /* CrVariant*, by report */
	guint32 omitted;     /* bit d: report d lacks it */
} CrCoverage;

extern const CrOverlayOps cr_overlay_coverage;

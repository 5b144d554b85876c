/* Paint: which fact colours each byte of a report (the innermost of nested
 * facts), and finding a byte among sorted spans. */
#pragma once

#include <glib.h>

/* One byte range of a report and the innermost fact over it. */
typedef struct {
	gsize start, end;
	guint fact; /* index into engine->facts */
} CrPaint;

/* The paint of the facts FACTS[first, end) (one report's, sorted). */
GArray *cr_paint_build(const GArray *facts, guint first, guint end);

/* The index of the first span in SPANS (CrPaint or CrSpan: ELEMENT bytes
 * each, starting with start and end) that ends after POS; len when none. */
guint cr_spans_find(const GArray *spans, gsize element, gsize pos);

/* What the view's own files share; not for other callers. */
#pragma once

#include "crossread/view.h"
#include "crossread/view_jump.h"
#include "crossread/view_keys.h"
#include "crossread/view_paint.h"
#include "crossread/view_search.h"
#include "crossread/view_sync.h"
#include "crossread/wrap.h"

/* view_coverage.c */
void cr_view_coverage_open(CrView *view);
void cr_coverage_free(CrCoverage *coverage);

/* How the text of a row is styled. */
typedef struct {
	const GArray *paint; /* CrPaint: facts that colour the text, or NULL */
	const GArray *spans; /* CrSpan: bytes that get SPAN_MARK, or NULL */
	guint8 span_mark;
	gsize mark_start, mark_end; /* the highlighted fact's bytes; equal when none */
	guint8 style;		    /* where no fact colours the text */
	guint8 marks;		    /* on every cell of the row */
} CrDecor;

/* view_render.c: a row of text, the status line */
void cr_render_row(const CrView *view, CrPen *pen, const CrDoc *doc, const CrRow *row, const CrDecor *decor);
void cr_render_status(CrFrame *frame, const char *left, const char *right);
/* The column X between two side-by-side panes, rows [Y0, Y1). */
void cr_render_separator(CrFrame *frame, int x, int y0, int y1);

/* view_overlay.c: the help and coverage screens */
void cr_render_help(const CrView *view, CrFrame *frame);
void cr_render_coverage(const CrView *view, CrFrame *frame);

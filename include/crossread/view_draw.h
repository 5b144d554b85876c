/* Drawing primitives the panes and the overlays share: a row of report text
 * with its facts and marks, the status line, a separator, a title. */
#pragma once

#include "crossread/view_frame.h"
#include "crossread/view_model.h"

/* A stretch of text drawn in one style with one set of marks. */
typedef struct {
	gsize start, end;
	guint8 style, marks;
} CrRun;

/* How the text of a row is styled. */
typedef struct {
	const GArray *paint; /* CrPaint: facts that colour the text, or NULL */
	const GArray *runs;  /* CrRun, in order: the style and marks of stretches, or NULL */
	const GArray *spans; /* CrSpan: bytes that get SPAN_MARK, or NULL */
	guint8 span_mark;
	gsize mark_start, mark_end; /* the highlighted fact's bytes; equal when none */
	guint8 current_mark;	    /* what the highlighted fact is: CR_MARK_CURRENT or _COUNTERPART */
	guint8 style;		    /* where no fact colours the text */
	guint8 marks;		    /* on every cell of the row */
} CrDecor;

/* ROW of DOC (whose facts are VIEW's) with PEN, styled by DECOR; the rest
 * of the pen's row blank. */
void cr_draw_row(const CrView *view, CrPen *pen, const CrDoc *doc, const CrRow *row, const CrDecor *decor);

/* The status line (the frame's last row): LEFT in LEFT_STYLE, and RIGHT at
 * the right when there is room for it, where a key written "<?>" is drawn
 * as "?" in the status-key style. */
void cr_draw_status(CrFrame *frame, const char *left, guint8 left_style, const char *right);

/* How the status line draws VIEW's message: the status style when none. */
guint8 cr_message_style(const CrView *view);

/* The column X between two side-by-side panes, rows [Y0, Y1). */
void cr_draw_separator(CrFrame *frame, int x, int y0, int y1);

/* TITLE on the frame's first row. */
void cr_draw_title(CrFrame *frame, const char *title);

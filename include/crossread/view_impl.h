/* What the view's own files share; not for other callers. */
#pragma once

#include "crossread/view.h"
#include "crossread/view_keys.h"
#include "crossread/wrap.h"

/* One byte range of a report and the innermost fact over it. */
typedef struct {
	gsize start, end;
	guint fact; /* index into engine->facts */
} CrPaint;

/* The paint of the facts engine->facts[first, end) (one report's, sorted). */
GArray *cr_paint_build(const GArray *facts, guint first, guint end);

/* The index of the first span in SPANS (CrPaint or CrSpan: ELEMENT bytes
 * each, starting with start and end) that ends after POS; len when none. */
guint cr_spans_find(const GArray *spans, gsize element, gsize pos);

static inline const CrFact *cr_view_fact(const CrView *view, int index)
{
	return &g_array_index(view->engine->facts, CrFact, index);
}

/* The name a report goes by on screen: its outlet, title or file name. */
static inline const char *cr_doc_name(const CrDoc *doc)
{
	return doc->outlet ? doc->outlet : doc->title ? doc->title : doc->label;
}

static inline const CrRow *cr_pane_row(const CrPane *pane, guint row)
{
	return &g_array_index(pane->rows, CrRow, MIN(row, pane->rows->len - 1));
}

/* view.c: moving and following */
/* Where byte POS of report FROM lies in report TO, by the scroll map. */
gsize cr_view_map(CrView *view, guint from, guint to, gsize pos);
/* Makes FACT (in the focused report, or -1) current and marks its
 * counterparts in the other panes. */
void cr_view_set_current(CrView *view, int fact);
/* How the other panes follow the leader. */
typedef enum {
	CR_FOLLOW_PLACE,    /* straight to where the scroll map puts them */
	CR_FOLLOW_MOTION,   /* after the leader moved: only the way it moved */
	CR_FOLLOW_UNMARKED, /* as PLACE, but not the panes that show a counterpart */
} CrFollow;
/* With sync on, scrolls the other panes to the leader's cursor line. */
void cr_view_follow(CrView *view, CrFollow how);
/* After the leader moved or was re-wrapped: the fact on its cursor row
 * becomes current and the other panes follow, HOW. */
void cr_view_after_move(CrView *view, CrFollow how);
/* Puts ROW on screen row SCREEN_ROW of the pane (as near as the start
 * allows) with the cursor on it. */
void cr_pane_show_row(CrPane *pane, guint row, guint screen_row);
/* The last top row that still fills the pane (0 when the report is
 * shorter than the pane). */
guint cr_pane_max_top(const CrPane *pane);
/* Where to show ROW: on its screen row when it is on screen, else a third
 * of the way down. */
guint cr_pane_screen_row_for(const CrPane *pane, guint row);

/* view_jump.c */
void cr_view_jump(CrView *view, CrAction action, guint count);
void cr_view_realign(CrView *view);
/* Makes FACT current with its row where it is on screen (else a third of
 * the way down) and every counterpart on that same screen row; the row
 * moves up or down when that keeps every pane from scrolling past its end. */
void cr_view_place_fact(CrView *view, int fact);

/* view_search.c */
void cr_view_search_submit(CrView *view, const char *pattern);
void cr_view_search_step(CrView *view, gboolean forward, guint count);
void cr_search_clear(CrSearch *search);

/* view_coverage.c */
void cr_view_coverage_open(CrView *view);
void cr_coverage_free(CrCoverage *coverage);

/* How the text of a row is styled. */
typedef struct {
	const GArray *paint; /* CrPaint: facts that colour the text, or NULL */
	const GArray *spans; /* CrSpan: bytes that get SPAN_MARK, or NULL */
	guint8 span_mark;
	gsize mark_start, mark_end; /* the highlighted fact's bytes; equal when none */
	guint8 current_mark;	    /* what the highlighted fact is: CR_MARK_CURRENT or _COUNTERPART */
	guint8 style;		    /* where no fact colours the text */
	guint8 marks;		    /* on every cell of the row */
} CrDecor;

/* view_render.c: a row of text, the status line */
void cr_render_row(const CrView *view, CrPen *pen, const CrDoc *doc, const CrRow *row, const CrDecor *decor);
/* The status line: LEFT in LEFT_STYLE, RIGHT at the right, where a key
 * written "<?>" is drawn as "?" in the status-key style. */
void cr_render_status(CrFrame *frame, const char *left, guint8 left_style, const char *right);
/* How the status line draws the view's message (the status style when none). */
guint8 cr_message_style(const CrView *view);
/* The column X between two side-by-side panes, rows [Y0, Y1). */
void cr_render_separator(CrFrame *frame, int x, int y0, int y1);

/* view_overlay.c: the help and coverage screens */
void cr_render_help(const CrView *view, CrFrame *frame);
/* The lines of the help screen: the colour legend, then the keys. */
guint cr_help_length(void);
void cr_render_coverage(const CrView *view, CrFrame *frame);

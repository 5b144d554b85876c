/* One pane's geometry: a report wrapped into rows, the first row shown, the
 * cursor row, and the motions over them. Knows nothing of other panes, of
 * following or of the features that move a pane. */
#pragma once

#include "crossread/engine.h"
#include "crossread/view_layout.h"
#include "crossread/wrap.h"

typedef struct {
	guint doc;	/* the report shown */
	GArray *rows;	/* CrRow: the report wrapped to rect.width */
	int wrap_width; /* the width rows were wrapped to; 0 before the first */
	CrRect rect;	/* on screen, header row included; height 0 when hidden */
	guint top;	/* the first row shown */
	guint cursor;	/* the cursor row */
	int mark;	/* the highlighted fact: the current fact or its counterpart; -1 */
	int gutter;	/* columns left of the text (note markers, line numbers) */
	gboolean lacks; /* this report lacks the current fact */

	/* while the rows are only the first screen's: how to wrap on */
	CrWrapState *more;
} CrPane;

static inline const CrRow *cr_pane_row(const CrPane *pane, guint row)
{
	return &g_array_index(pane->rows, CrRow, MIN(row, pane->rows->len - 1));
}

/* The number of text rows pane P shows. */
guint cr_pane_text_height(const CrPane *pane);

/* The text height motions work with: at least one row, for hidden panes. */
guint cr_pane_height(const CrPane *pane);

guint cr_pane_last_row(const CrPane *pane);

/* The last top row that still fills the pane (0 when the report is
 * shorter than the pane). */
guint cr_pane_max_top(const CrPane *pane);

/* The screen row (from the pane's first text row) the cursor is on. */
guint cr_pane_cursor_screen_row(const CrPane *pane);

/* TRUE when ROW is on screen. */
gboolean cr_pane_shows(const CrPane *pane, guint row);

/* Where to show ROW: on its screen row when it is on screen, else a third
 * of the way down. */
guint cr_pane_screen_row_for(const CrPane *pane, guint row);

/* Puts ROW on screen row SCREEN_ROW of the pane (as near as the start
 * allows) with the cursor on it. */
void cr_pane_show_row(CrPane *pane, guint row, guint screen_row);

/* Moves the cursor by DELTA rows, scrolling only to keep it on screen. */
void cr_pane_move_cursor(CrPane *pane, long delta);

/* Scrolls by DELTA rows with the cursor on the same screen row; where the
 * text can scroll no further the cursor goes on alone. */
void cr_pane_scroll(CrPane *pane, long delta);

/* Wraps the pane's report (of ENGINE) to WIDTH, keeping the text at the
 * cursor where it was on screen: the highlighted fact, or else byte KEEP
 * (where a group the report lacks was lined up; G_MAXSIZE for none), when
 * it is on the cursor line, else the start of that line. The first time,
 * and again until cr_pane_wrap_rest() has made the rest, only the rows the
 * screen shows (and those before them) are made. */
void cr_pane_wrap(CrPane *pane, const CrEngine *engine, int width, gboolean hide_boilerplate, gsize keep);

/* Wraps the rest of the report after a first screen; nothing otherwise. */
void cr_pane_wrap_rest(CrPane *pane);

/* How far down the report the pane's last row shown is, in per cent: by
 * rows, or by bytes while only the first screen is wrapped. */
guint cr_pane_percent(const CrPane *pane, gsize doc_len);

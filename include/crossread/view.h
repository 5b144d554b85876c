/* The reader: its model (view_model.h) driven by keys and drawn into a
 * frame, without curses. cr_view_key changes the model; cr_view_render
 * draws it. */
#pragma once

#include "crossread/search.h"
#include "crossread/view_frame.h"
#include "crossread/view_model.h"

/* A reader on ENGINE's reports (kept, not owned) for a screen of COLS x
 * LINES. Only the first screen is wrapped: enough to draw it at once; the
 * rest is wrapped by cr_view_wrap_rest(), or by the first call that
 * changes the view. */
CrView *cr_view_new(const CrEngine *engine, int cols, int lines);

/* Wraps what the first screen left out (every pane side by side). */
void cr_view_wrap_rest(CrView *view);

/* The engine (pending until now, engine.h) has its facts and alignment:
 * fact colours, the current fact, jumps and (when it is on) following
 * start, and the notes are placed again; every pane's cursor stays on the
 * text it was on, the others following the focused one when sync is on. */
void cr_view_aligned(CrView *view);
void cr_view_free(CrView *view);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrView, cr_view_free)

/* The screen is now COLS x LINES: panes are placed and re-wrapped, each
 * keeping the text at its cursor on the same screen row where it can. */
void cr_view_resize(CrView *view, int cols, int lines);

/* The reader's defaults, as the config file gives them (-1 leaves one as
 * it is): synchronised scrolling, panes stacked rather than side by side,
 * boilerplate hidden. */
void cr_view_configure(CrView *view, int sync, int stacked, int hide_boilerplate);

/* Opens the reading notes on the reports (view_notes.h): the file FILE
 * when given, else those of the notes directory DIR. */
void cr_view_open_notes(CrView *view, const char *dir, const char *file);

/* One key: a character, a control code or a CR_KEY_* (view_keys.h). */
void cr_view_key(CrView *view, int key);

/* The mouse wheel turned by LINES (positive: down) over screen cell (Y, X):
 * the pane there scrolls; an overlay open scrolls as j and k do. */
void cr_view_wheel(CrView *view, int y, int x, int lines);

/* TRUE while a search is under way: cr_view_work() goes on with it, and
 * the next key stops it. */
gboolean cr_view_busy(const CrView *view);

/* Goes on with the search under way within BUDGET (NULL: to its end): the
 * text on each pane's screen first, then the rest, the status line
 * counting the matches; once done, the focused pane goes to the first
 * match from its cursor line. */
void cr_view_work(CrView *view, const CrSearchBudget *budget);

/* Draws the screen into FRAME (resized to the view's size). */
void cr_view_render(const CrView *view, CrFrame *frame);

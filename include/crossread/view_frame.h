/* A frame: the reader's screen as a grid of styled cells, drawn without
 * curses and then copied to the terminal by the curses layer. */
#pragma once

#include <glib.h>

#include "crossread/cell.h"
#include "crossread/fact.h"
#include "crossread/theme.h"

/* What a cell is: one of the theme's base elements (theme.h), under the
 * names the view draws with. */
typedef enum {
	CR_STYLE_TEXT = CR_EL_TEXT,
	CR_STYLE_BOILERPLATE = CR_EL_BOILERPLATE,
	CR_STYLE_FILLER = CR_EL_FILLER,
	CR_STYLE_PLACEHOLDER = CR_EL_PLACEHOLDER,
	CR_STYLE_FACT = CR_EL_KIND, /* + CrFactKind; with CR_MARK_SHARED, shared-KIND */
	CR_STYLE_LINE_NUMBER = CR_EL_LINE_NUMBER,
	CR_STYLE_NOTE_MARKER = CR_EL_NOTE_MARKER,
	CR_STYLE_HEADER = CR_EL_HEADER,
	CR_STYLE_HEADER_FOCUS = CR_EL_HEADER_FOCUSED,
	CR_STYLE_NOTICE = CR_EL_LACKS_FACT, /* "lacks this fact" in a header */
	CR_STYLE_SEPARATOR = CR_EL_SEPARATOR,
	CR_STYLE_STATUS = CR_EL_STATUS,
	CR_STYLE_STATUS_KEY = CR_EL_STATUS_KEY,
	CR_STYLE_MESSAGE = CR_EL_MESSAGE,
	CR_STYLE_ERROR = CR_EL_ERROR,
	CR_STYLE_PROMPT = CR_EL_PROMPT,
	CR_STYLE_OVERLAY = CR_EL_OVERLAY,
	CR_STYLE_TITLE = CR_EL_OVERLAY_TITLE,
	CR_STYLE_KEY = CR_EL_HELP_KEY, /* a key's name in the help */
	CR_STYLE_LIST = CR_EL_LIST,
	CR_STYLE_LIST_SELECTED = CR_EL_LIST_SELECTED,
	CR_STYLE_LIST_TITLE = CR_EL_LIST_TITLE,
	CR_N_STYLES = CR_N_BASE_ELEMENTS
} CrStyle;

/* What is true of a cell on top of its style: each but SHARED is one of
 * the theme's overlay elements. */
typedef enum {
	CR_MARK_SHARED = 1 << 0,       /* a fact other reports have too */
	CR_MARK_CURRENT = 1 << 1,      /* the current fact */
	CR_MARK_MATCH = 1 << 2,	       /* a search match */
	CR_MARK_CURSOR = 1 << 3,       /* the cursor line */
	CR_MARK_DIFF = 1 << 4,	       /* a word said otherwise than the reference (diff-changed) */
	CR_MARK_COUNTERPART = 1 << 5,  /* the current fact in another pane */
	CR_MARK_DIFF_OMITTED = 1 << 6, /* words a wording leaves out */
	CR_MARK_DIFF_ADDED = 1 << 7,   /* words only one wording adds */
	CR_N_MARK_SETS = 1 << 8,
} CrMark;

/* The theme element and overlays (CR_OVERLAY_BIT) a cell of STYLE with
 * MARKS is drawn as. */
void cr_style_element(guint8 style, guint8 marks, CrElement *element, guint *overlays);

#define CR_FRAME_CELL_TEXT 14

typedef struct {
	char text[CR_FRAME_CELL_TEXT]; /* UTF-8: a character and its combining marks */
	guint8 width;		       /* 1 or 2; 0 for the right half of a wide character */
	guint8 style;		       /* CrStyle */
	guint8 marks;		       /* CrMark */
} CrFrameCell;

typedef struct {
	int cols, lines;
	CrFrameCell *cells;	/* lines rows of cols cells */
	int cursor_y, cursor_x; /* where the terminal cursor shows; -1 when hidden */
} CrFrame;

CrFrame *cr_frame_new(int cols, int lines);
void cr_frame_free(CrFrame *frame);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrFrame, cr_frame_free)

/* Sets the size and blanks every cell. */
void cr_frame_reset(CrFrame *frame, int cols, int lines);

static inline CrFrameCell *cr_frame_at(const CrFrame *frame, int y, int x)
{
	return &frame->cells[(gsize)y * (gsize)frame->cols + (gsize)x];
}

/* A pen writes cells left to right on row Y between columns X0 and X_END;
 * tabs stop every CR_TAB_WIDTH columns from X0. */
typedef struct {
	CrFrame *frame;
	int y, x0, x, x_end;
} CrPen;

CrPen cr_pen(CrFrame *frame, int y, int x0, int x_end);

/* Draws one cell as cr_cell_next() described it: a combining mark joins the
 * character before it, a wide character takes two columns, a tab or a line
 * end inside a block is blank. FALSE when the row is full. */
gboolean cr_pen_put(CrPen *pen, const CrCell *cell, guint8 style, guint8 marks);

/* Draws TEXT (any bytes, LEN or -1 for NUL-terminated) through
 * cr_cell_next(); when it is wider than the room left, as much as fits and
 * an ellipsis. */
void cr_pen_text(CrPen *pen, const char *text, gssize len, guint8 style, guint8 marks);

/* Blanks the rest of the row. */
void cr_pen_fill(CrPen *pen, guint8 style, guint8 marks);

/* Columns TEXT takes as drawn. */
int cr_text_columns(const char *text);

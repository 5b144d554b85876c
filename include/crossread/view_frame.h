/* A frame: the reader's screen as a grid of styled cells, drawn without
 * curses and then copied to the terminal by the curses layer. */
#pragma once

#include <glib.h>

#include "crossread/cell.h"
#include "crossread/fact.h"

/* What a cell is: text, page furniture, a fact of some kind, chrome. */
typedef enum {
	CR_STYLE_TEXT,
	CR_STYLE_BOILERPLATE,
	CR_STYLE_PLACEHOLDER,
	CR_STYLE_FACT, /* + CrFactKind: CR_STYLE_FACT + CR_FACT_QUOTE */
	CR_STYLE_HEADER = CR_STYLE_FACT + CR_FACT_N_KINDS,
	CR_STYLE_HEADER_FOCUS,
	CR_STYLE_NOTICE, /* "lacks this fact" in a header */
	CR_STYLE_STATUS,
	CR_STYLE_SEPARATOR,
	CR_STYLE_TITLE,
	CR_STYLE_KEY, /* a key's name in the help */
	CR_N_STYLES
} CrStyle;

/* What is true of a cell on top of its style. */
typedef enum {
	CR_MARK_SHARED = 1 << 0,       /* a fact other reports have too */
	CR_MARK_CURRENT = 1 << 1,      /* the current fact or its counterpart */
	CR_MARK_MATCH = 1 << 2,	       /* a search match */
	CR_MARK_CURSOR = 1 << 3,       /* the cursor line */
	CR_MARK_DIFF = 1 << 4,	       /* a word said otherwise than the reference (diff-changed) */
	CR_MARK_DIFF_OMITTED = 1 << 6, /* words a wording leaves out */
	CR_MARK_DIFF_ADDED = 1 << 7,   /* words only one wording adds */
	CR_N_MARK_SETS = 1 << 8,
} CrMark;

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

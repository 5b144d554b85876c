/* Where the panes go on the screen: side by side or stacked. */
#pragma once

#include <glib.h>

#define CR_MIN_PANE_WIDTH  20
#define CR_MIN_PANE_HEIGHT 2 /* a header and one line of text */

typedef enum {
	CR_LAYOUT_SIDE,	   /* columns, one column of separator between them */
	CR_LAYOUT_STACKED, /* rows, full width */
} CrLayout;

typedef struct {
	int y, x, width, height;
} CrRect;

#define CR_LAYOUT_MAX_PANES 64

/* Places N panes in an area of COLS x LINES at the top left of the screen:
 * PREFERRED when they fit there at CR_MIN_PANE_WIDTH x CR_MIN_PANE_HEIGHT,
 * else the other way. FALSE (RECTS untouched) when they fit neither way. */
gboolean cr_layout_panes(int cols, int lines, guint n, CrLayout preferred, CrLayout *used, CrRect *rects);

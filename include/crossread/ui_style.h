/* The built-in styles: how each CrStyle with each set of CrMarks looks on a
 * terminal with 256 colours, 8 colours, or none (NO_COLOR, attributes only).
 * The theme layer replaces the table in ui_style.c. */
#pragma once

#include <curses.h>
#include <glib.h>

#include "crossread/view_frame.h"

typedef struct {
	attr_t attr[CR_N_STYLES][CR_N_MARK_SETS];
	short pair[CR_N_STYLES][CR_N_MARK_SETS];
} CrUiStyles;

/* Works out every style with every set of marks; with COLOR the terminal's
 * colours are started and pairs made, else attributes only. Call once curses
 * is running. */
void cr_ui_styles_init(CrUiStyles *styles, gboolean color);

/* A resolved theme as curses draws it: attributes and colour pairs for every
 * style and set of marks of a frame's cells, worked out when first drawn,
 * for the colours the terminal has. */
#pragma once

#include <curses.h>
#include <glib.h>

#include "crossread/theme.h"
#include "crossread/view_frame.h"

#define CR_UI_MAX_PAIRS 1024

typedef struct {
	const CrTheme *theme; /* not owned */
	CrDepth depth;
	guint8 ready[CR_N_STYLES][CR_N_MARK_SETS / 8]; /* a bit per style and set of marks worked out */
	attr_t attr[CR_N_STYLES][CR_N_MARK_SETS];
	short pair[CR_N_STYLES][CR_N_MARK_SETS];
	int pair_fg[CR_UI_MAX_PAIRS], pair_bg[CR_UI_MAX_PAIRS]; /* the pairs made, from 1 */
	int n_pairs;
} CrUiStyles;

/* Starts the terminal's colours unless COLOR is FALSE (curses running) and
 * says how many it has: direct colour only where terminfo says so. */
CrDepth cr_ui_start_colors(gboolean color);

/* The depth a terminal of type TYPE has, read from terminfo without
 * touching the terminal (for --dump); 16 when TYPE is unknown. */
CrDepth cr_ui_depth_of_type(const char *type);

/* Draws THEME (kept, not owned) at DEPTH from now on: what was worked out
 * is forgotten, colour pairs are made anew. */
void cr_ui_styles_set(CrUiStyles *styles, const CrTheme *theme, CrDepth depth);

/* The attributes and colour pair of a cell of STYLE with MARKS. */
void cr_ui_style(CrUiStyles *styles, guint8 style, guint8 marks, attr_t *attr, short *pair);

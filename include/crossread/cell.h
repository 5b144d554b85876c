/* Terminal safety: how each character of a report is shown on screen. */
#pragma once

#include <glib.h>

/* One character as drawn. Control characters (C0 but newline and tab, DEL,
 * C1), bidi overrides and isolates, other invisible format characters and
 * invalid UTF-8 become visible, inert placeholders ("^[", "<U+202E>",
 * U+FFFD) that never reach the terminal as what they are. */
typedef struct {
	char text[16];	      /* UTF-8 to draw, NUL-terminated */
	int width;	      /* columns: 0 for a combining mark, 1 or 2 (more for a stand-in) */
	gboolean placeholder; /* drawn in the placeholder style */
	gboolean newline;     /* LF, CR LF or lone CR: text is empty */
	gboolean tab;	      /* a tab: the caller expands it */
	gboolean stand_in;    /* ASCII drawn for a character the locale cannot show */
} CrCell;

/* Reads the character at data[*pos] (*pos < len), advances *pos past it
 * (past the whole CR LF pair) and describes how to draw it. */
void cr_cell_next(const char *data, gsize len, gsize *pos, CrCell *cell);

/* The columns the text of data[start,end) takes as drawn on one line, tabs
 * counted as TAB_WIDTH-aligned stops from column 0. */
int cr_cell_width(const char *data, gsize start, gsize end);

/* Returns TEXT (any bytes, LEN or -1 for NUL-terminated) made safe to print:
 * every character as cr_cell_next() draws it, newlines and tabs as spaces. */
char *cr_cell_sanitize(const char *text, gssize len);

#define CR_TAB_WIDTH 8

/* Draws only ASCII from now on (ON), for a locale that is not UTF-8: each
 * character that is not ASCII becomes its stand-in (cr_cell_ascii_form),
 * as wide as the stand-in is long, so wrapping, panes and --dump columns
 * stay aligned; a combining mark draws nothing and a wide character with no
 * stand-in is "??". Set once, before anything is drawn (main.c). */
void cr_cell_set_ascii(gboolean on);
gboolean cr_cell_ascii(void);

/* The ASCII stand-in of C: ' for ‘ ’, " for “ ” « », - for dashes, ... for
 * …, e for é (any letter with accents: what is left of its compatibility
 * decomposition without marks), ss for ß, oe for œ and the like; NULL when
 * it has none. Written into BUF. */
#define CR_CELL_ASCII_MAX 8
const char *cr_cell_ascii_form(gunichar c, char buf[CR_CELL_ASCII_MAX]);

/* TEXT (UTF-8; LEN bytes, or -1 for NUL-terminated) with each character
 * that is not ASCII replaced by its stand-in, or by one '?' per column;
 * ASCII bytes (escape sequences, line ends) are left as they are. For whole
 * outputs in a locale that is not UTF-8: --dump, --facts, --help. */
char *cr_cell_ascii_text(const char *text, gssize len);

/* Word-wrapping a report's blocks into screen rows of a given width. */
#pragma once

#include "crossread/clean.h"

typedef enum {
	CR_ROW_FIRST = 1 << 0, /* the first row of a block */
	CR_ROW_BLANK = 1 << 1, /* the blank row between two blocks */
	CR_ROW_PLAIN = 1 << 2, /* every byte printable ASCII, no gap: drawn as it is */
} CrRowFlags;

typedef struct {
	gsize start, end;	  /* the bytes shown on this row */
	gsize gap_start, gap_end; /* bytes inside [start,end) not drawn: the
				     break after a drop cap; equal when none */
	int block;		  /* index of the block, -1 for a blank row */
	guint flags;		  /* CrRowFlags */
} CrRow;

/* Wraps BLOCKS of DOC to WIDTH columns (>= 1): breaks at spaces, cuts words
 * longer than a row, joins a drop cap to its word, puts one blank row between
 * blocks, and leaves boilerplate blocks out when HIDE_BOILERPLATE. Line ends
 * inside a block are drawn as spaces. Returns a GArray of CrRow; a document
 * with no rows to show gets one blank row. */
GArray *cr_wrap(const CrDoc *doc, const GArray *blocks, int width, gboolean hide_boilerplate);

/* Wrapping one block at a time, for a layout that needs only the rows
 * near where it is (--dump, the reader's first screen): what cr_wrap()
 * does, in steps. */
typedef struct {
	const CrDoc *doc;
	const GArray *blocks;
	int width;
	gboolean hide_boilerplate;
	guint next_block; /* the first block not wrapped yet */
	gboolean any_row; /* a row was made: the next block is preceded by a blank row */
	gsize last_end;	  /* where the last row made ends */
} CrWrapState;

/* Starts wrapping BLOCKS of DOC as cr_wrap() does. */
void cr_wrap_begin(CrWrapState *state, const CrDoc *doc, const GArray *blocks, int width,
		   gboolean hide_boilerplate);
/* Appends to ROWS the rows of the next block that is shown, after the
 * blank row that separates it from the one before; FALSE (nothing
 * appended) when no block is left. A report with no rows at all gets
 * none: cr_wrap() adds its one blank row. */
gboolean cr_wrap_next(CrWrapState *state, GArray *rows);

/* Wraps on until ROWS holds at least MIN_ROWS rows (G_MAXUINT: to the end);
 * FALSE once every block is wrapped, the rows then as cr_wrap() makes them
 * (one blank row for a report with none). */
gboolean cr_wrap_until(CrWrapState *state, GArray *rows, guint min_rows);

/* The index of the row that shows byte POS, or of the nearest row after it
 * (the last row when none). */
guint cr_wrap_find(const GArray *rows, gsize pos);

/* ROW drawn as safe plain text padded with spaces to exactly WIDTH columns. */
char *cr_wrap_row_text(const CrDoc *doc, const CrRow *row, int width);

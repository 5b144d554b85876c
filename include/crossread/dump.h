/* --dump: the aligned side-by-side view as plain text. */
#pragma once

#include <stdio.h>

#include "crossread/engine.h"
#include "crossread/theme.h"

typedef struct {
	int width;	      /* total width of the output in columns */
	const CrTheme *theme; /* colour shared facts as it draws them (--color); NULL: no colour */
	CrDepth depth;	      /* the colours of the terminal the output is for */
	gboolean hide_boilerplate;
} CrDumpOptions;

/* The narrowest --dump that has room for N reports: each column a gutter
 * and one column of text, with the separators between them. */
int cr_dump_min_width(guint n);

/* Panes as columns of OPTIONS->width in all (or cr_dump_min_width() when
 * that is more; the first columns a column wider where the width does not
 * divide evenly), separated by " │ ", under a
 * header line (letter, then outlet, title or file name). Each column is a
 * two-column gutter and the wrapped text; the paragraphs that hold a
 * shared fact start on one line in every column that has them, with filler
 * lines (a '~' in the gutter) between paragraphs where a report has less
 * text before them; the gutter shows '»' where a shared quotation begins
 * and '•' where another shared fact does. */
char *cr_dump(const CrEngine *engine, const CrDumpOptions *options);
/* The same written to OUT as it is laid out (memory stays flat however
 * long the reports); FALSE when it could not be written. */
gboolean cr_dump_write(const CrEngine *engine, const CrDumpOptions *options, FILE *out);

/* TEXT (any bytes) drawn safely on one line of exactly WIDTH columns. */
char *cr_dump_fit(const char *text, int width);

/* The passage around a fact: the sentence (or sentences) of its paragraph
 * that hold it. What the coverage screen shows of each report and what y
 * copies. Plain C over a report's bytes. */
#pragma once

#include "crossread/clean.h"

/* How far, in bytes, a passage reaches either side of the span it holds. */
#define CR_PASSAGE_MAX_SIDE 600

typedef struct {
	gsize from, to;			/* the passage's bytes */
	gsize skip_from, skip_to;	/* bytes inside them left out (the break between a drop
					   cap and the rest of its word); equal when none */
	gboolean cut_before, cut_after; /* a sentence longer than the limit, cut there */
} CrPassage;

/* The passage of DOC (cut into BLOCKS) around bytes [START, END): from the
 * start of the sentence START is in to the end of the one END - 1 is in,
 * inside their block (with the drop cap before it, if any), at most
 * CR_PASSAGE_MAX_SIDE bytes either side (cut at a space). */
CrPassage cr_passage_around(const CrDoc *doc, const GArray *blocks, gsize start, gsize end);

/* PASSAGE of DOC as one line of valid UTF-8: each run of whitespace one
 * space, the skipped bytes left out, an ellipsis where it was cut. Each of
 * the N offsets AT[i] into DOC (inside the passage, or at its end) becomes
 * its offset in the line. */
char *cr_passage_text(const CrDoc *doc, const CrPassage *passage, gsize *at, guint n);

/* The 1-based line of DOC (LF, CR LF or a lone CR end a line) byte POS is on. */
guint cr_passage_line(const CrDoc *doc, gsize pos);

/* The gutter at the left of a pane's text: a marker on the rows a reading
 * note cites, and (#) the source line number on the first row of each
 * line. A pane with neither has none, so its text keeps every column. */
#pragma once

#include "crossread/view_frame.h"
#include "crossread/view_model.h"

/* The columns the gutter of report DOC takes in a pane WIDTH wide (line
 * starts built when first needed). */
int cr_gutter_width(CrView *view, guint doc, int width);

/* Draws the gutter of PANE's row R on screen row Y, MARKS on every cell. */
void cr_gutter_draw(const CrView *view, const CrPane *pane, guint r, CrFrame *frame, int y, guint8 marks);

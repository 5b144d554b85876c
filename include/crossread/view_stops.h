/* The shared facts in each report's reading order: every group once, at
 * its first mention in the report or, where the report lacks it, at the
 * place the scroll map puts another report's mention. What ] [ } { visit,
 * what the status line counts ("quote 3 of 7") and what the facts list
 * sorts by. Above the model; below the features. */
#pragma once

#include "crossread/view_model.h"

/* Builds every report's stops; once, when the view is made. */
void cr_view_stops_build(CrView *view);

/* Frees them. */
void cr_view_stops_free(CrView *view);

/* GROUP's stop in report DOC. */
const CrStop *cr_view_stop(const CrView *view, guint doc, guint group);

/* The index in view->stops[DOC] of the next (FORWARD) or previous stop
 * from the stop at index FROM, or, when FROM is -1, from byte POS (a stop
 * at POS counts as next, not as previous); only quotations when QUOTES;
 * -1 when there is none. */
int cr_view_stop_step(const CrView *view, guint doc, int from, gsize pos, gboolean forward, gboolean quotes);

/* The fact that is GROUP's first mention in report DOC, or -1 when DOC
 * lacks it. */
int cr_view_group_member(const CrView *view, guint group, guint doc);

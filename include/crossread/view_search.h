/* Search: a pattern over every report (search.c), n and N moving the
 * focused pane between its matches; the search goes a slice at a time
 * (cr_view_work in view.h) and the next key stops it. */
#pragma once

#include "crossread/view_model.h"

/* Searches for PATTERN (empty: the last one again) and moves to the first
 * match after the cursor line. */
void cr_view_search_submit(CrView *view, const char *pattern);
/* The COUNTth next (FORWARD) or previous match in the focused report. */
void cr_view_search_step(CrView *view, gboolean forward, guint count);
/* Forgets the search (pattern, matches, passes under way). */
void cr_search_clear(CrSearch *search);
/* cr_search_clear, and the reports' checked texts too. */
void cr_search_free(CrSearch *search);
/* Stops a search under way, saying so; nothing when none is. */
void cr_view_search_stop(CrView *view);

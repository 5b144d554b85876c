/* Search: one regular expression over every report, n and N moving the
 * focused pane between its matches. */
#pragma once

#include "crossread/view_model.h"

/* Searches for PATTERN (empty: the last one again) and moves to the first
 * match after the cursor line. */
void cr_view_search_submit(CrView *view, const char *pattern);
/* The COUNTth next (FORWARD) or previous match in the focused report. */
void cr_view_search_step(CrView *view, gboolean forward, guint count);
void cr_search_clear(CrSearch *search);

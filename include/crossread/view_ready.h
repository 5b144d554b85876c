/* The reader while the engine's analysis is under way (a pending engine,
 * engine.h) and when it arrives: the panes scroll alone and show no fact
 * colours, what needs the alignment says to wait, the status line shows
 * the progress; then the facts and alignment are taken in. */
#pragma once

#include "crossread/view_keys.h"
#include "crossread/view_model.h"

/* What the status line shows while the analysis runs: "aligning… 60%". */
#define CR_ALIGNING "aligning\xe2\x80\xa6"

/* Indexes the engine's facts for the panes: each report's range of them
 * and its paint. */
void cr_view_index_facts(CrView *view);

/* The analysis is PERCENT done; TRUE when the status line shows another
 * figure now. */
gboolean cr_view_progress(CrView *view, guint percent);

/* TRUE when ACTION needs the alignment (jumps, lining up, coverage) and
 * it is still to come: the status line then says to try again. */
gboolean cr_view_waits_for_alignment(CrView *view, CrAction action);

/* The engine is pending no more: fact colours, the current fact, jumps
 * and (when it is on) following start, and the notes are placed again;
 * every pane's cursor stays on the text it was on, the others following
 * the focused one when sync is on. */
void cr_view_aligned(CrView *view);

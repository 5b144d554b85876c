/* The reader while the engine's analysis is under way (a pending engine,
 * engine.h) and when it arrives: the panes scroll alone and show no fact
 * colours, what needs the alignment says to wait, the status line shows
 * the progress; then the facts and alignment are taken in (cr_view_aligned,
 * view.h). */
#pragma once

#include "crossread/view_keys.h"
#include "crossread/view_model.h"

/* What the status line shows while the analysis runs: "aligning… 60%". */
#define CR_ALIGNING "aligning\xe2\x80\xa6"

/* Indexes the engine's facts and alignment for the panes: each report's
 * range of facts and its paint, no scroll map made yet; the notes, when
 * open, placed again (the date extractor's publication dates kept with
 * them). */
void cr_view_index_facts(CrView *view);

/* The analysis is PERCENT done; TRUE when the status line shows another
 * figure now. */
gboolean cr_view_progress(CrView *view, guint percent);

/* TRUE when ACTION needs the alignment (jumps, lining up, coverage) and
 * it is still to come: the status line then says to try again. */
gboolean cr_view_waits_for_alignment(CrView *view, CrAction action);

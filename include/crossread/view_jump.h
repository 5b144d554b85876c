/* Jumps between shared facts (] [ } {) and lining the panes up on the one
 * nearest the cursor (=). */
#pragma once

#include "crossread/view_keys.h"
#include "crossread/view_model.h"

/* ACTION (CR_ACT_QUOTE_NEXT, _PREV, CR_ACT_FACT_NEXT, _PREV) COUNT times:
 * to the next or previous shared quotation (or fact of any kind) in the
 * focused report's reading order (view_stops.h), each once, at its first
 * mention; one the focused report lacks is visited too, at the place it
 * would be, the focused pane saying it lacks it. */
void cr_view_jump(CrView *view, CrAction action, guint count);

/* Lines every pane up on the shared fact nearest the cursor line (the
 * current one among several on it), or again on the group the focused
 * report lacks that a jump left on it. */
void cr_view_realign(CrView *view);

/* Lines every pane up on GROUP: on its first mention in the focused report,
 * or where it would be there when that report lacks it. */
void cr_view_visit_group(CrView *view, guint group);

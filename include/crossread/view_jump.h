/* Jumps between shared facts (] [ } {) and lining the panes up on the one
 * nearest the cursor (=). */
#pragma once

#include "crossread/view_keys.h"
#include "crossread/view_model.h"

/* ACTION (CR_ACT_QUOTE_NEXT, _PREV, CR_ACT_FACT_NEXT, _PREV) COUNT times. */
void cr_view_jump(CrView *view, CrAction action, guint count);

/* Lines every pane up on the current shared fact, else on the shared fact
 * nearest the cursor line. */
void cr_view_realign(CrView *view);

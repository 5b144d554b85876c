/* Following: which fact is current and where its counterparts are, how the
 * other panes follow the leader (the focused pane) through the scroll maps,
 * and lining every pane up on one fact. Below every feature that moves the
 * panes; above one pane's geometry. */
#pragma once

#include "crossread/view_model.h"

/* How the other panes follow the leader. */
typedef enum {
	CR_FOLLOW_PLACE,    /* straight to where the scroll map puts them */
	CR_FOLLOW_MOTION,   /* after the leader moved: only the way it moved */
	CR_FOLLOW_UNMARKED, /* as PLACE, but not the panes that show a counterpart */
} CrFollow;

/* The fact on row ROW of PANE that becomes current: PREFER when it is on
 * the row, else the first shared fact, else the first fact; -1 when none.
 * Facts in page furniture are never current. */
int cr_view_fact_on_row(const CrView *view, const CrPane *pane, guint row, int prefer);

/* Makes FACT (in the focused report, or -1) current and marks its
 * counterparts in the other panes. */
void cr_view_set_current(CrView *view, int fact);

/* Makes GROUP, which the focused report lacks, current at byte AT of that
 * report (where it would be) and marks its mentions in the other panes;
 * the focused pane says it lacks it. */
void cr_view_set_lacking(CrView *view, guint group, gsize at);

/* With sync on, scrolls the other panes to the leader's cursor line. */
void cr_view_follow(CrView *view, CrFollow how);

/* After the leader moved or was re-wrapped: the fact on its cursor row
 * becomes current and the other panes follow, HOW. */
void cr_view_after_move(CrView *view, CrFollow how);

/* Makes FACT current with its row where it is on screen (else a third of
 * the way down) and every counterpart on that same screen row; the row
 * moves up or down when that keeps every pane from scrolling past its end. */
void cr_view_place_fact(CrView *view, int fact);

/* The same for GROUP, which the focused report lacks, at byte AT of it: the
 * focused pane's cursor goes to AT, on the row the others' mentions share. */
void cr_view_place_lacking(CrView *view, guint group, gsize at);

/* After the panes were placed or wrapped anew, with sync on: the current
 * fact (or the group the leader lacks), when a jump lined the panes up on
 * it and it still starts on the leader's cursor line, is lined up in every
 * pane again; otherwise the panes follow the leader. */
void cr_view_follow_again(CrView *view);

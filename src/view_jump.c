/* Jumps between shared facts, and lining every pane up on one. */
#include "crossread/view_jump.h"

#include "crossread/view_stops.h"
#include "crossread/view_sync.h"

void cr_view_visit_group(CrView *view, guint group)
{
	guint doc = view->panes[view->focus].doc;
	const CrStop *stop = cr_view_stop(view, doc, group);

	if (stop->lacked)
		cr_view_place_lacking(view, group, stop->pos);
	else
		cr_view_place_fact(view, cr_view_group_member(view, group, doc));
}

/* The index of the stop the reader is on: the current group's, when the
 * current fact is its first mention or the leader lacks it; else -1. */
static int stop_on(const CrView *view, guint doc)
{
	if (view->group < 0)
		return -1;
	const CrStop *stop = cr_view_stop(view, doc, (guint)view->group);
	return stop->pos == view->group_at ? (int)view->stop_of[doc][view->group] : -1;
}

void cr_view_jump(CrView *view, CrAction action, guint count)
{
	gboolean forward = action == CR_ACT_QUOTE_NEXT || action == CR_ACT_FACT_NEXT;
	gboolean quotes = action == CR_ACT_QUOTE_NEXT || action == CR_ACT_QUOTE_PREV;
	const CrPane *leader = &view->panes[view->focus];
	guint doc = leader->doc;
	int at = stop_on(view, doc), found = -1;
	/* from a fact that is not a stop (a later mention, or one of this report
	 * only), else from the start of the cursor line */
	gsize pos = view->current >= 0 ? cr_view_fact(view, view->current)->start
				       : cr_pane_row(leader, leader->cursor)->start;
	if (at < 0 && forward && view->current >= 0)
		pos++;

	for (guint i = 0; i < count; i++) {
		int next = cr_view_stop_step(view, doc, at, pos, forward, quotes);
		if (next < 0)
			break;
		found = at = next;
	}
	if (found < 0) {
		cr_view_message(view, "no %s shared %s", forward ? "next" : "previous",
				quotes ? "quotation" : "fact");
		return;
	}
	cr_view_visit_group(view, g_array_index(view->stops[doc], CrStop, found).group);
}

/* How many rows from the cursor row fact F starts (where lining up puts it). */
static guint rows_from_cursor(const CrPane *pane, const CrFact *f)
{
	guint row = cr_wrap_find(pane->rows, f->start);
	return row > pane->cursor ? row - pane->cursor : pane->cursor - row;
}

void cr_view_realign(CrView *view)
{
	const CrPane *leader = &view->panes[view->focus];
	guint doc = leader->doc;
	int best = -1;
	guint best_distance = G_MAXUINT;

	/* a group the leader lacks, lined up on the cursor line: again */
	if (view->current < 0 && view->group >= 0 &&
	    cr_wrap_find(leader->rows, view->group_at) == leader->cursor) {
		cr_view_place_lacking(view, (guint)view->group, view->group_at);
		return;
	}
	/* the shared fact nearest the cursor line; on it, the current one */
	for (guint i = view->fact_first[doc]; i < view->fact_end[doc]; i++) {
		const CrFact *f = cr_view_fact(view, (int)i);
		if (f->group < 0 || (f->flags & CR_FACT_IGNORED))
			continue;
		guint distance = rows_from_cursor(leader, f);
		if (distance < best_distance || (distance == 0 && (int)i == view->current)) {
			best = (int)i;
			best_distance = distance;
		}
	}
	if (best < 0) {
		cr_view_message(view, "no shared fact to line the panes up on");
		return;
	}
	cr_view_place_fact(view, best);
}

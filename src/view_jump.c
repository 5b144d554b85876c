/* Jumps between shared facts, and lining every pane up on one. */
#include "crossread/view_jump.h"

#include "crossread/view_sync.h"

/* TRUE when fact I is where ] (QUOTES) or } stop: a fact other reports share. */
static gboolean is_stop(const CrView *view, guint i, gboolean quotes)
{
	const CrFact *f = cr_view_fact(view, (int)i);
	return f->group >= 0 && (!quotes || f->kind == CR_FACT_QUOTE);
}

/* The next (FORWARD) or previous stop in report DOC after fact FROM, or,
 * when FROM is -1, after the start of the cursor row; -1 when none. */
static int find_stop(const CrView *view, guint doc, int from, gsize row_start, gboolean forward,
		     gboolean quotes)
{
	guint first = view->fact_first[doc], end = view->fact_end[doc];

	if (forward) {
		for (guint i = from >= 0 ? (guint)from + 1 : first; i < end; i++)
			if ((from >= 0 || cr_view_fact(view, (int)i)->start >= row_start) &&
			    is_stop(view, i, quotes))
				return (int)i;
		return -1;
	}
	for (guint i = from >= 0 ? (guint)from : end; i-- > first;)
		if ((from >= 0 || cr_view_fact(view, (int)i)->start < row_start) && is_stop(view, i, quotes))
			return (int)i;
	return -1;
}

void cr_view_jump(CrView *view, CrAction action, guint count)
{
	gboolean forward = action == CR_ACT_QUOTE_NEXT || action == CR_ACT_FACT_NEXT;
	gboolean quotes = action == CR_ACT_QUOTE_NEXT || action == CR_ACT_QUOTE_PREV;
	const CrPane *leader = &view->panes[view->focus];
	gsize row_start = cr_pane_row(leader, leader->cursor)->start;
	int at = view->current, found = -1;

	for (guint i = 0; i < count; i++) {
		int next = find_stop(view, leader->doc, at, row_start, forward, quotes);
		if (next < 0)
			break;
		found = at = next;
	}
	if (found < 0) {
		cr_view_message(view, "no %s shared %s", forward ? "next" : "previous",
				quotes ? "quotation" : "fact");
		return;
	}
	cr_view_place_fact(view, found);
}

void cr_view_realign(CrView *view)
{
	const CrPane *leader = &view->panes[view->focus];
	guint doc = leader->doc;
	int best = -1;
	guint best_distance = G_MAXUINT;

	if (view->current >= 0 && cr_view_fact(view, view->current)->group >= 0) {
		best = view->current;
	} else {
		for (guint i = view->fact_first[doc]; i < view->fact_end[doc]; i++) {
			if (!is_stop(view, i, FALSE))
				continue;
			guint row = cr_wrap_find(leader->rows, cr_view_fact(view, (int)i)->start);
			guint distance = row > leader->cursor ? row - leader->cursor : leader->cursor - row;
			if (distance < best_distance) {
				best = (int)i;
				best_distance = distance;
			}
		}
	}
	if (best < 0) {
		cr_view_message(view, "no shared fact to line the panes up on");
		return;
	}
	cr_view_place_fact(view, best);
}

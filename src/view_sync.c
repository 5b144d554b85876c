/* Following: the current fact and its counterparts, the other panes
 * following the leader through the scroll maps, and lining every pane up
 * on one fact. */
#include "crossread/view_sync.h"

#include "crossread/view_paint.h"

int cr_view_fact_on_row(const CrView *view, const CrPane *pane, guint row_index, int prefer)
{
	const CrRow *row = cr_pane_row(pane, row_index);
	const GArray *paint = view->paint[pane->doc];
	int best = -1;

	if (row->start >= row->end)
		return -1;
	if (prefer >= 0) {
		const CrFact *f = cr_view_fact(view, prefer);
		if (f->doc == pane->doc && f->start < row->end && f->end > row->start)
			return prefer;
	}
	for (guint i = cr_spans_find(paint, sizeof(CrPaint), row->start);
	     i < paint->len && g_array_index(paint, CrPaint, i).start < row->end; i++) {
		int f = (int)g_array_index(paint, CrPaint, i).fact;
		if (cr_view_fact(view, f)->flags & CR_FACT_IGNORED)
			continue;
		if (best < 0 || (cr_view_fact(view, f)->group >= 0 && cr_view_fact(view, best)->group < 0))
			best = f;
	}
	return best;
}

/* The member of GROUP in report DOC nearest to byte NEAR. */
static int nearest_member(const CrView *view, const CrGroup *group, guint doc, gsize near)
{
	int best = -1;
	gsize best_distance = G_MAXSIZE;
	for (guint i = 0; i < group->facts->len; i++) {
		int index = (int)g_array_index(group->facts, guint, i);
		const CrFact *f = cr_view_fact(view, index);
		gsize distance = f->start > near ? f->start - near : near - f->start;
		if (f->doc == doc && distance < best_distance) {
			best = index;
			best_distance = distance;
		}
	}
	return best;
}

/* Makes GROUP current at byte AT of the leader's report, FACT being the
 * leader's own mention there (-1 when it lacks it; GROUP -1 for a fact no
 * other report has), and marks the nearest mention in every other pane. */
static void set_current(CrView *view, int fact, int group, gsize at)
{
	const GPtrArray *groups = view->engine->alignment->groups;
	const CrGroup *g = group >= 0 ? g_ptr_array_index(groups, group) : NULL;
	guint leader = view->panes[view->focus].doc;

	view->current = fact;
	view->group = group;
	view->group_at = at;
	for (guint i = 0; i < view->n_panes; i++) {
		CrPane *pane = &view->panes[i];
		gboolean has = g && (g->doc_mask & (1u << pane->doc));
		pane->mark = i == view->focus ? fact : -1;
		pane->lacks = (fact >= 0 || g) && !has && !(i == view->focus && fact >= 0);
		if (!has || i == view->focus)
			continue;
		pane->mark = nearest_member(view, g, pane->doc, cr_view_map(view, leader, pane->doc, at));
	}
}

void cr_view_set_current(CrView *view, int fact)
{
	const CrFact *f = fact >= 0 ? cr_view_fact(view, fact) : NULL;
	set_current(view, fact, f ? f->group : -1, f ? f->start : 0);
}

void cr_view_set_lacking(CrView *view, guint group, gsize at)
{
	set_current(view, -1, (int)group, at);
}

/* Where the leader's cursor line lies in report DOC: by the scroll map,
 * clamped at the ends, the leader's first line standing for the start of
 * every report and, when the leader moved to it (MOVED), its last line for
 * every report's end. A leader that is only shown anew (a focus change, a
 * zoom, a resize) is where it is: its last line may be the end of a short
 * report that was following another, and must not drag the others to
 * their ends. */
static gsize leader_line_in(CrView *view, guint doc, gboolean moved)
{
	const CrPane *leader = &view->panes[view->focus];
	if (leader->cursor == 0)
		return 0;
	if (moved && leader->cursor == cr_pane_last_row(leader))
		return ((const CrDoc *)g_ptr_array_index(view->engine->docs, doc))->len;
	return cr_view_map(view, leader->doc, doc, cr_pane_row(leader, leader->cursor)->start);
}

/* Scrolls one pane so that where the leader's cursor line lies in it sits
 * on the leader's cursor screen row, as near as the pane can without
 * scrolling before its start or past its last page. After a motion
 * (DIRECTION 1 down, -1 up) a pane never scrolls against it: it waits,
 * its cursor line still on screen, until the map takes it that way. */
static void follow_pane(CrView *view, CrPane *pane, int direction, gboolean moved)
{
	const CrPane *leader = &view->panes[view->focus];
	guint row = cr_wrap_find(pane->rows, leader_line_in(view, pane->doc, moved)),
	      h = cr_pane_height(pane);
	guint screen_row = MIN(cr_pane_cursor_screen_row(leader), h - 1);
	guint target = MIN(row >= screen_row ? row - screen_row : 0, cr_pane_max_top(pane));
	guint top = target;

	if ((direction > 0 && pane->top > target) || (direction < 0 && pane->top < target))
		top = pane->top;
	if (row < top || row >= top + h)
		top = target;
	pane->cursor = row;
	pane->top = top;
}

void cr_view_follow(CrView *view, CrFollow how)
{
	const CrPane *leader = &view->panes[view->focus];
	gsize at = cr_pane_row(leader, leader->cursor)->start;
	int direction = 0;

	if (how == CR_FOLLOW_MOTION && view->follow_doc == (int)leader->doc)
		direction = (at > view->follow_at) - (at < view->follow_at);
	view->follow_doc = (int)leader->doc;
	view->follow_at = at;
	view->lined_up = FALSE;
	if (!cr_view_synced(view))
		return;
	for (guint i = 0; i < view->n_panes; i++)
		if (i != view->focus && !(how == CR_FOLLOW_UNMARKED && view->panes[i].mark >= 0))
			follow_pane(view, &view->panes[i], direction, how == CR_FOLLOW_MOTION);
}

void cr_view_after_move(CrView *view, CrFollow how)
{
	CrPane *leader = &view->panes[view->focus];
	cr_view_set_current(view, cr_view_fact_on_row(view, leader, leader->cursor, view->current));
	cr_view_follow(view, how);
}

/* Makes GROUP current at AT (FACT: the leader's mention there, or -1) and
 * lines every pane that has it up on one screen row: cr_view_place_fact. */
static void place(CrView *view, int fact, int group, gsize at)
{
	CrPane *leader = &view->panes[view->focus];
	guint rows[CR_MAX_DOCUMENTS];
	/* the screen rows every shown pane can put its row on: from LOW (where
	 * none scrolls past its last page) to HIGH (none before its start) */
	guint low = 0, high = G_MAXUINT;

	rows[view->focus] = cr_wrap_find(leader->rows, at);
	set_current(view, fact, group, at);
	for (guint i = 0; i < view->n_panes; i++) {
		const CrPane *pane = &view->panes[i];
		if (i != view->focus && pane->mark < 0)
			continue;
		if (i != view->focus)
			rows[i] = cr_wrap_find(pane->rows, cr_view_fact(view, pane->mark)->start);
		if (pane->rect.height == 0)
			continue;
		guint max_top = cr_pane_max_top(pane);
		high = MIN(high, MIN(rows[i], cr_pane_text_height(pane) - 1));
		low = MAX(low, rows[i] > max_top ? rows[i] - max_top : 0);
	}
	guint want = cr_pane_screen_row_for(leader, rows[view->focus]);
	/* when no row suits every pane, the same row matters more than full panes */
	guint screen_row = low <= high ? CLAMP(want, low, high) : high;
	for (guint i = 0; i < view->n_panes; i++) {
		CrPane *pane = &view->panes[i];
		if (i == view->focus || pane->mark >= 0)
			cr_pane_show_row(pane, rows[i], screen_row);
	}
	cr_view_follow(view, CR_FOLLOW_UNMARKED);
	view->lined_up = TRUE;
}

void cr_view_place_fact(CrView *view, int fact)
{
	const CrFact *f = cr_view_fact(view, fact);
	place(view, fact, f->group, f->start);
}

void cr_view_place_lacking(CrView *view, guint group, gsize at)
{
	place(view, -1, (int)group, at);
}

void cr_view_follow_again(CrView *view)
{
	const CrPane *leader = &view->panes[view->focus];

	if (cr_view_synced(view) && view->lined_up && view->group >= 0 &&
	    cr_wrap_find(leader->rows, view->group_at) == leader->cursor)
		place(view, view->current, view->group, view->group_at);
	else
		cr_view_follow(view, CR_FOLLOW_PLACE);
}

/* The reader's model: panes, cursor, focus, synchronized scrolling and the
 * dispatch of keys to actions. */
#include "crossread/view_impl.h"

#include <stdarg.h>

#define WHEEL_LINES 3

guint cr_pane_text_height(const CrPane *pane)
{
	return pane->rect.height > 1 ? (guint)pane->rect.height - 1 : 0;
}

/* The text height motions work with: at least one row, for hidden panes. */
static guint pane_height(const CrPane *pane)
{
	return MAX(cr_pane_text_height(pane), 1);
}

static guint pane_last_row(const CrPane *pane)
{
	return pane->rows->len - 1;
}

guint cr_pane_max_top(const CrPane *pane)
{
	guint h = pane_height(pane), len = pane->rows->len;
	return len > h ? len - h : 0;
}

void cr_view_message(CrView *view, const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	g_free(view->message);
	view->message = g_strdup_vprintf(format, ap);
	view->message_is_error = FALSE;
	va_end(ap);
}

void cr_view_error(CrView *view, const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	g_free(view->message);
	view->message = g_strdup_vprintf(format, ap);
	view->message_is_error = TRUE;
	va_end(ap);
}

gsize cr_view_map(CrView *view, guint from, guint to, gsize pos)
{
	if (from == to)
		return pos;
	CrScrollMap **map = &view->maps[from][to];
	if (!*map) {
		const GPtrArray *docs = view->engine->docs;
		const CrDoc *a = g_ptr_array_index(docs, from), *b = g_ptr_array_index(docs, to);
		const CrChain *chain = cr_alignment_chain(view->engine->alignment, from, to);
		*map = cr_scrollmap_new(chain, from, to, a->len, b->len);
	}
	return cr_scrollmap_map(*map, pos);
}

void cr_pane_show_row(CrPane *pane, guint row, guint screen_row)
{
	pane->cursor = MIN(row, pane_last_row(pane));
	pane->top = pane->cursor >= screen_row ? pane->cursor - screen_row : 0;
}

guint cr_pane_screen_row_for(const CrPane *pane, guint row)
{
	guint h = pane_height(pane);
	return row >= pane->top && row < pane->top + h ? row - pane->top : h / 3;
}

/* Moves the cursor by DELTA rows, scrolling only to keep it on screen. */
static void pane_move_cursor(CrPane *pane, long delta)
{
	guint h = pane_height(pane);
	pane->cursor = (guint)CLAMP((long)pane->cursor + delta, 0, (long)pane_last_row(pane));
	if (pane->cursor < pane->top)
		pane->top = pane->cursor;
	else if (pane->cursor >= pane->top + h)
		pane->top = pane->cursor - h + 1;
}

/* Scrolls by DELTA rows with the cursor on the same screen row; where the
 * text can scroll no further the cursor goes on alone. */
static void pane_scroll(CrPane *pane, long delta)
{
	guint h = pane_height(pane), len = pane->rows->len;
	long max_top = (long)cr_pane_max_top(pane);
	long top = (long)pane->top + delta;

	top = delta > 0 ? MIN(top, MAX(max_top, (long)pane->top)) : MAX(top, 0);
	pane->top = (guint)top;
	pane->cursor = (guint)CLAMP((long)pane->cursor + delta, top, MIN(top + (long)h - 1, (long)len - 1));
}

/* Wraps a pane's report to WIDTH, keeping the text at the cursor where it
 * was on screen: the highlighted fact, when it starts on the cursor line,
 * else the start of that line. */
static void pane_wrap(const CrView *view, CrPane *pane, int width)
{
	gsize anchor = 0;
	guint offset = 0;

	if (pane->rows) {
		const CrRow *row = cr_pane_row(pane, pane->cursor);
		const CrFact *mark = pane->mark >= 0 ? cr_view_fact(view, pane->mark) : NULL;
		anchor =
		    mark && mark->start >= row->start && mark->start < row->end ? mark->start : row->start;
		offset = pane->cursor - MIN(pane->top, pane->cursor);
		g_array_unref(pane->rows);
	}
	pane->rows =
	    cr_wrap(g_ptr_array_index(view->engine->docs, pane->doc),
		    g_ptr_array_index(view->engine->blocks, pane->doc), width, view->hide_boilerplate);
	pane->wrap_width = width;
	cr_pane_show_row(pane, cr_wrap_find(pane->rows, anchor), MIN(offset, pane_height(pane) - 1));
}

/* Places the panes for the screen size, zoom and layout; re-wraps those
 * whose width changed (every one when REWRAP_ALL). */
static void view_layout(CrView *view, gboolean rewrap_all)
{
	CrRect rects[CR_MAX_DOCUMENTS];
	guint shown[CR_MAX_DOCUMENTS], n = 0;
	CrLayout used = view->preferred;

	for (guint i = 0; i < view->n_panes; i++)
		if (!view->zoom || i == view->focus)
			shown[n++] = i;
	view->too_small = view->lines < 2 ||
			  !cr_layout_panes(view->cols, view->lines - 1, n, view->preferred, &used, rects);
	if (!view->too_small) {
		view->layout = used;
		for (guint i = 0; i < view->n_panes; i++)
			view->panes[i].rect = (CrRect){ 0 };
		for (guint i = 0; i < n; i++)
			view->panes[shown[i]].rect = rects[i];
	}
	for (guint i = 0; i < view->n_panes; i++) {
		CrPane *pane = &view->panes[i];
		int width = pane->rect.height  ? pane->rect.width
			    : pane->wrap_width ? pane->wrap_width
					       : CR_MIN_PANE_WIDTH;
		if (rewrap_all || !pane->rows || width != pane->wrap_width)
			pane_wrap(view, pane, width);
	}
}

/* The fact on a pane's row that becomes current: PREFER when it is on the
 * row, else the first shared fact, else the first fact; -1 when none. Facts
 * in page furniture are never current. */
static int fact_on_row(const CrView *view, const CrPane *pane, guint row_index, int prefer)
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

void cr_view_set_current(CrView *view, int fact)
{
	const CrFact *f = fact >= 0 ? cr_view_fact(view, fact) : NULL;
	const GPtrArray *groups = view->engine->alignment->groups;
	const CrGroup *group = f && f->group >= 0 ? g_ptr_array_index(groups, f->group) : NULL;
	guint leader = view->panes[view->focus].doc;

	view->current = fact;
	for (guint i = 0; i < view->n_panes; i++) {
		CrPane *pane = &view->panes[i];
		pane->mark = i == view->focus ? fact : -1;
		pane->lacks = f && i != view->focus;
		if (!group || i == view->focus || !(group->doc_mask & (1u << pane->doc)))
			continue;
		pane->lacks = FALSE;
		gsize near = cr_view_map(view, leader, pane->doc, f->start);
		pane->mark = nearest_member(view, group, pane->doc, near);
	}
}

/* Where the leader's cursor line lies in report DOC: by the scroll map,
 * clamped at the ends, the leader's first and last lines standing for the
 * start and the end of every report. */
static gsize leader_line_in(CrView *view, guint doc)
{
	const CrPane *leader = &view->panes[view->focus];
	if (leader->cursor == 0)
		return 0;
	if (leader->cursor == pane_last_row(leader))
		return ((const CrDoc *)g_ptr_array_index(view->engine->docs, doc))->len;
	return cr_view_map(view, leader->doc, doc, cr_pane_row(leader, leader->cursor)->start);
}

/* Scrolls one pane so that where the leader's cursor line lies in it sits
 * on the leader's cursor screen row, as near as the pane can without
 * scrolling before its start or past its last page. After a motion
 * (DIRECTION 1 down, -1 up) a pane never scrolls against it: it waits,
 * its cursor line still on screen, until the map takes it that way. */
static void follow_pane(CrView *view, CrPane *pane, int direction)
{
	const CrPane *leader = &view->panes[view->focus];
	guint row = cr_wrap_find(pane->rows, leader_line_in(view, pane->doc)), h = pane_height(pane);
	guint screen_row = MIN(leader->cursor - MIN(leader->top, leader->cursor), h - 1);
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
	if (!view->sync)
		return;
	for (guint i = 0; i < view->n_panes; i++)
		if (i != view->focus && !(how == CR_FOLLOW_UNMARKED && view->panes[i].mark >= 0))
			follow_pane(view, &view->panes[i], direction);
}

void cr_view_after_move(CrView *view, CrFollow how)
{
	CrPane *leader = &view->panes[view->focus];
	cr_view_set_current(view, fact_on_row(view, leader, leader->cursor, view->current));
	cr_view_follow(view, how);
}

/* After the panes were placed or wrapped anew, with sync on: the current
 * fact, when a jump lined the panes up on it and it still starts on the
 * leader's cursor line, is lined up in every pane again; otherwise the
 * panes follow the leader. */
static void view_follow_again(CrView *view)
{
	const CrPane *leader = &view->panes[view->focus];
	const CrFact *f = view->current >= 0 ? cr_view_fact(view, view->current) : NULL;

	if (view->sync && view->lined_up && f && f->group >= 0 &&
	    cr_wrap_find(leader->rows, f->start) == leader->cursor)
		cr_view_place_fact(view, view->current);
	else
		cr_view_follow(view, CR_FOLLOW_PLACE);
}

/* Gives the lead to pane I; the current fact becomes its counterpart there. */
static void view_focus(CrView *view, guint i)
{
	if (i >= view->n_panes || i == view->focus)
		return;
	CrPane *pane = &view->panes[i];
	int counterpart = pane->mark;
	view->focus = i;
	if (view->zoom)
		view_layout(view, FALSE);
	cr_view_set_current(view, counterpart >= 0 ? counterpart : fact_on_row(view, pane, pane->cursor, -1));
}

/* g and G: to row ROW of the leader, the text scrolled as little as needed
 * (to the last page for the end). */
static void view_goto_row(CrView *view, guint row)
{
	CrPane *leader = &view->panes[view->focus];
	row = MIN(row, pane_last_row(leader));
	if (row == pane_last_row(leader) && row >= leader->top + pane_height(leader))
		cr_pane_show_row(leader, row, pane_height(leader) - 1);
	else
		pane_move_cursor(leader, (long)row - (long)leader->cursor);
	cr_view_after_move(view, CR_FOLLOW_MOTION);
}

/* The help's scroll position after moving it by DELTA lines. */
static void help_scroll(CrView *view, long delta)
{
	long shown = MAX(view->lines - 2, 1), len = (long)cr_help_length();
	view->overlay_top = (guint)CLAMP((long)view->overlay_top + delta, 0, MAX(len - shown, 0));
}

static void overlay_key(CrView *view, CrAction action)
{
	long page = MAX(view->lines - 3, 1);
	if (view->overlay == CR_OVERLAY_HELP) {
		switch (action) {
		case CR_ACT_LINE_DOWN:
		case CR_ACT_LINE_UP:
			help_scroll(view, action == CR_ACT_LINE_DOWN ? 1 : -1);
			return;
		case CR_ACT_PAGE_DOWN:
		case CR_ACT_PAGE_UP:
			help_scroll(view, action == CR_ACT_PAGE_DOWN ? page : -page);
			return;
		default:
			break;
		}
	}
	if (action == CR_ACT_REDRAW) {
		view->redraw_all = TRUE;
		return;
	}
	if (action == CR_ACT_THEME) {
		/* the help's legend shows the next theme at once */
		view->next_theme = TRUE;
		return;
	}
	g_clear_pointer(&view->coverage, cr_coverage_free);
	view->overlay = CR_OVERLAY_NONE;
}

static void prompt_key(CrView *view, int key)
{
	switch (key) {
	case CR_KEY_ESC:
		view->prompting = FALSE;
		return;
	case CR_KEY_ENTER:
	case '\r':
	case '\n':
		view->prompting = FALSE;
		cr_view_search_submit(view, view->prompt->str);
		return;
	case CR_KEY_BACKSPACE:
	case 0x7f:
	case '\b':
		if (view->prompt->len == 0) {
			view->prompting = FALSE;
			return;
		}
		const char *text = view->prompt->str;
		g_string_truncate(view->prompt,
				  (gsize)(g_utf8_find_prev_char(text, text + view->prompt->len) - text));
		return;
	case CR_CTRL('u'):
		g_string_truncate(view->prompt, 0);
		return;
	default:
		if (key >= 0x20 && key != 0x7f && key < CR_KEY_UP && g_unichar_validate((gunichar)key))
			g_string_append_unichar(view->prompt, (gunichar)key);
	}
}

/* Runs ACTION COUNT times (COUNTED: the user typed the count). */
static void view_run(CrView *view, CrAction action, guint count, gboolean counted)
{
	CrPane *leader = &view->panes[view->focus];
	long page = MAX((long)pane_height(leader) - 1, 1), half = MAX((long)pane_height(leader) / 2, 1);
	long n = (long)count;

	switch (action) {
	case CR_ACT_LINE_DOWN:
	case CR_ACT_LINE_UP:
		pane_move_cursor(leader, action == CR_ACT_LINE_DOWN ? n : -n);
		cr_view_after_move(view, CR_FOLLOW_MOTION);
		break;
	case CR_ACT_PAGE_DOWN:
	case CR_ACT_PAGE_UP:
		pane_scroll(leader, action == CR_ACT_PAGE_DOWN ? n * page : -n * page);
		cr_view_after_move(view, CR_FOLLOW_MOTION);
		break;
	case CR_ACT_HALF_DOWN:
	case CR_ACT_HALF_UP:
		pane_scroll(leader, action == CR_ACT_HALF_DOWN ? n * half : -n * half);
		cr_view_after_move(view, CR_FOLLOW_MOTION);
		break;
	case CR_ACT_TOP:
	case CR_ACT_BOTTOM:
		view_goto_row(view, counted ? count - 1 : action == CR_ACT_TOP ? 0 : pane_last_row(leader));
		break;
	case CR_ACT_FOCUS_NEXT:
	case CR_ACT_FOCUS_PREV:
		view_focus(view, (view->focus + (action == CR_ACT_FOCUS_NEXT ? 1 : view->n_panes - 1)) %
				     view->n_panes);
		break;
	case CR_ACT_ZOOM:
	case CR_ACT_LAYOUT:
		if (action == CR_ACT_ZOOM)
			view->zoom = !view->zoom;
		else
			view->preferred =
			    view->preferred == CR_LAYOUT_SIDE ? CR_LAYOUT_STACKED : CR_LAYOUT_SIDE;
		view_layout(view, FALSE);
		view_follow_again(view);
		if (!view->too_small && view->layout != view->preferred)
			cr_view_message(view, "no room for the panes %s: %s",
					view->preferred == CR_LAYOUT_SIDE ? "side by side" : "stacked",
					view->layout == CR_LAYOUT_SIDE ? "side by side" : "stacked");
		break;
	case CR_ACT_BOILERPLATE:
		view->hide_boilerplate = !view->hide_boilerplate;
		view_layout(view, TRUE);
		cr_view_after_move(view, CR_FOLLOW_PLACE);
		cr_view_message(view, view->hide_boilerplate ? "boilerplate hidden" : "boilerplate shown");
		break;
	case CR_ACT_THEME:
		view->next_theme = TRUE;
		break;
	case CR_ACT_SYNC:
		view->sync = !view->sync;
		cr_view_follow(view, CR_FOLLOW_PLACE);
		break;
	case CR_ACT_REALIGN:
		cr_view_realign(view);
		break;
	case CR_ACT_QUOTE_NEXT:
	case CR_ACT_QUOTE_PREV:
	case CR_ACT_FACT_NEXT:
	case CR_ACT_FACT_PREV:
		cr_view_jump(view, action, count);
		break;
	case CR_ACT_COVERAGE:
		cr_view_coverage_open(view);
		break;
	case CR_ACT_SEARCH:
		view->prompting = TRUE;
		g_string_truncate(view->prompt, 0);
		break;
	case CR_ACT_MATCH_NEXT:
	case CR_ACT_MATCH_PREV:
		cr_view_search_step(view, action == CR_ACT_MATCH_NEXT, count);
		break;
	case CR_ACT_HELP:
		view->overlay = CR_OVERLAY_HELP;
		view->overlay_top = 0;
		break;
	case CR_ACT_CANCEL:
		cr_search_clear(&view->search);
		break;
	case CR_ACT_REDRAW:
		view->redraw_all = TRUE;
		break;
	case CR_ACT_QUIT:
		view->quit = TRUE;
		break;
	case CR_ACT_FOCUS_PANE:
	case CR_ACT_NONE:
		break;
	}
}

/* A digit: a count and, as the first digit, the pane to focus. */
static void count_key(CrView *view, int digit, const CrBinding *binding)
{
	if (view->count == 0) {
		view->count_focus = view->focus;
		view->count_current = view->current;
	}
	view->count = MIN(view->count * 10 + (guint)digit, 99999);
	if (binding && binding->action == CR_ACT_FOCUS_PANE && view->count == (guint)digit)
		view_focus(view, (guint)digit - 1);
}

void cr_view_key(CrView *view, int key)
{
	const CrBinding *binding = cr_keymap_lookup(key);
	CrAction action = binding ? binding->action : CR_ACT_NONE;
	guint count = 1;

	g_clear_pointer(&view->message, g_free);
	if (view->prompting) {
		prompt_key(view, key);
		return;
	}
	if (view->overlay != CR_OVERLAY_NONE) {
		overlay_key(view, action);
		return;
	}
	if (key >= '0' && key <= '9' && (view->count || key != '0')) {
		count_key(view, key - '0', binding);
		return;
	}
	if (view->count && action == CR_ACT_CANCEL) {
		view->count = 0; /* Esc drops the count, and only that */
		return;
	}
	gboolean counted = view->count && binding && binding->counted;
	if (counted) {
		/* the digits were a count, not a pane to focus */
		view_focus(view, view->count_focus);
		cr_view_set_current(view, view->count_current);
		count = view->count;
	}
	view->count = 0;
	view_run(view, action, count, counted);
}

void cr_view_wheel(CrView *view, int y, int x, int lines)
{
	if (view->too_small || view->prompting || view->overlay != CR_OVERLAY_NONE)
		return;
	for (guint i = 0; i < view->n_panes; i++) {
		CrPane *pane = &view->panes[i];
		const CrRect *r = &pane->rect;
		if (r->height == 0 || y < r->y || y >= r->y + r->height || x < r->x || x >= r->x + r->width)
			continue;
		pane_scroll(pane, (long)lines * WHEEL_LINES);
		view->lined_up = FALSE; /* the pane is where the user put it */
		if (i == view->focus)
			cr_view_after_move(view, CR_FOLLOW_MOTION);
		return;
	}
}

void cr_view_configure(CrView *view, int sync, int stacked, int hide_boilerplate)
{
	if (sync >= 0)
		view->sync = sync;
	if (stacked >= 0)
		view->preferred = stacked ? CR_LAYOUT_STACKED : CR_LAYOUT_SIDE;
	if (hide_boilerplate >= 0)
		view->hide_boilerplate = hide_boilerplate;
	view_layout(view, TRUE);
	cr_view_after_move(view, CR_FOLLOW_PLACE);
}

void cr_view_resize(CrView *view, int cols, int lines)
{
	view->cols = MAX(cols, 0);
	view->lines = MAX(lines, 0);
	view_layout(view, FALSE);
	view_follow_again(view);
}

CrView *cr_view_new(const CrEngine *engine, int cols, int lines)
{
	CrView *view = g_new0(CrView, 1);
	const GArray *facts = engine->facts;
	guint f = 0;

	view->engine = engine;
	view->n_panes = MIN(engine->docs->len, CR_MAX_DOCUMENTS);
	view->preferred = CR_LAYOUT_SIDE;
	view->sync = TRUE;
	view->current = -1;
	view->follow_doc = -1;
	view->search.at = -1;
	view->prompt = g_string_new(NULL);
	for (guint d = 0; d < view->n_panes; d++) {
		view->fact_first[d] = f;
		while (f < facts->len && g_array_index(facts, CrFact, f).doc == d)
			f++;
		view->fact_end[d] = f;
		view->paint[d] = cr_paint_build(facts, view->fact_first[d], f);
		view->panes[d].doc = d;
		view->panes[d].mark = -1;
	}
	cr_view_resize(view, cols, lines);
	cr_view_after_move(view, CR_FOLLOW_PLACE);
	return view;
}

void cr_view_free(CrView *view)
{
	if (!view)
		return;
	for (guint d = 0; d < view->n_panes; d++) {
		if (view->panes[d].rows)
			g_array_unref(view->panes[d].rows);
		g_array_unref(view->paint[d]);
		g_free(view->search.searchable[d]);
		for (guint e = 0; e < view->n_panes; e++)
			g_clear_pointer(&view->maps[d][e], cr_scrollmap_free);
	}
	cr_search_clear(&view->search);
	g_clear_pointer(&view->coverage, cr_coverage_free);
	g_string_free(view->prompt, TRUE);
	g_free(view->message);
	g_free(view);
}

/* The reader's model over its life: made, resized, freed; placing the
 * panes, the motions of the focused pane, counts, and the dispatch of keys
 * to actions and to the features that carry them out. */
#include "crossread/view.h"

#include "crossread/parallel.h"
#include "crossread/view_copy.h"
#include "crossread/view_gutter.h"
#include "crossread/view_jump.h"
#include "crossread/view_keys.h"
#include "crossread/view_notes.h"
#include "crossread/view_overlays.h"
#include "crossread/view_prompt.h"
#include "crossread/view_ready.h"
#include "crossread/view_search.h"
#include "crossread/view_stops.h"
#include "crossread/view_sync.h"

#define WHEEL_LINES 3
#define ONE_REPORT  "one report: lining facts up across reports needs two or more"

/* Panes to wrap, side by side: each pane is its own. */
typedef struct {
	const CrView *view;
	gboolean rest; /* the rest of first screens' wraps, else anew at widths */
	CrPane *panes[CR_MAX_DOCUMENTS];
	int widths[CR_MAX_DOCUMENTS];
	gsize keep[CR_MAX_DOCUMENTS]; /* cr_pane_wrap()'s KEEP */
} Wrapping;

static void wrap_pane(guint i, gpointer data)
{
	const Wrapping *w = data;
	if (w->rest)
		cr_pane_wrap_rest(w->panes[i]);
	else
		cr_pane_wrap(w->panes[i], w->view->engine, w->widths[i], w->view->hide_boilerplate,
			     w->keep[i]);
}

/* Places the panes for the screen size, zoom and layout; re-wraps those
 * whose width changed (every one when REWRAP_ALL). */
static void view_layout(CrView *view, gboolean rewrap_all)
{
	CrRect rects[CR_MAX_DOCUMENTS];
	guint shown[CR_MAX_DOCUMENTS], n = 0;
	CrLayout used = view->preferred;
	Wrapping wrapping = { .view = view, .rest = FALSE };
	guint n_wrap = 0;

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
			    : pane->wrap_width ? pane->wrap_width + pane->gutter
					       : CR_MIN_PANE_WIDTH;
		pane->gutter = cr_gutter_width(view, pane->doc, width);
		width -= pane->gutter;
		if (rewrap_all || !pane->rows || width != pane->wrap_width) {
			/* the leader lined up on a group it lacks keeps that place */
			gboolean lacking =
			    view->lined_up && view->current < 0 && view->group >= 0 && i == view->focus;
			wrapping.panes[n_wrap] = pane;
			wrapping.keep[n_wrap] = lacking ? view->group_at : G_MAXSIZE;
			wrapping.widths[n_wrap++] = width;
		}
	}
	cr_parallel_for(n_wrap, wrap_pane, &wrapping);
	view->relayout = FALSE;
}

void cr_view_wrap_rest(CrView *view)
{
	Wrapping wrapping = { .view = view, .rest = TRUE };
	guint n = 0;
	for (guint i = 0; i < view->n_panes; i++)
		if (view->panes[i].more)
			wrapping.panes[n++] = &view->panes[i];
	cr_parallel_for(n, wrap_pane, &wrapping);
}

/* Gives the lead to pane I; the current fact becomes its counterpart there,
 * or stays current as a fact that report lacks. */
static void view_focus(CrView *view, guint i)
{
	if (i >= view->n_panes || i == view->focus)
		return;
	CrPane *pane = &view->panes[i];
	int counterpart = pane->mark;
	view->focus = i;
	if (view->zoom)
		view_layout(view, FALSE);
	if (counterpart >= 0)
		cr_view_set_current(view, counterpart);
	else if (view->group >= 0)
		cr_view_set_lacking(view, (guint)view->group, cr_pane_row(pane, pane->cursor)->start);
	else
		cr_view_set_current(view, cr_view_fact_on_row(view, pane, pane->cursor, -1));
}

/* g and G: to row ROW of the leader, the text scrolled as little as needed
 * (to the last page for the end). */
static void view_goto_row(CrView *view, guint row)
{
	CrPane *leader = &view->panes[view->focus];
	row = MIN(row, cr_pane_last_row(leader));
	if (row == cr_pane_last_row(leader) && row >= leader->top + cr_pane_height(leader))
		cr_pane_show_row(leader, row, cr_pane_height(leader) - 1);
	else
		cr_pane_move_cursor(leader, (long)row - (long)leader->cursor);
	cr_view_after_move(view, CR_FOLLOW_MOTION);
}

/* Enter in the / prompt: the pattern typed goes to the search. */
static void search_submit(CrView *view, const char *pattern, gpointer data)
{
	(void)data;
	cr_view_search_submit(view, pattern);
}

static const CrPromptOps search_prompt = { .submit = search_submit };

/* Runs ACTION COUNT times (COUNTED: the user typed the count). */
static void view_run(CrView *view, CrAction action, guint count, gboolean counted)
{
	CrPane *leader = &view->panes[view->focus];
	long page = MAX((long)cr_pane_height(leader) - 1, 1), half = MAX((long)cr_pane_height(leader) / 2, 1);
	long n = (long)count;

	if (cr_view_waits_for_alignment(view, action))
		return;
	switch (action) {
	case CR_ACT_LINE_DOWN:
	case CR_ACT_LINE_UP:
		cr_pane_move_cursor(leader, action == CR_ACT_LINE_DOWN ? n : -n);
		cr_view_after_move(view, CR_FOLLOW_MOTION);
		break;
	case CR_ACT_PAGE_DOWN:
	case CR_ACT_PAGE_UP:
		cr_pane_scroll(leader, action == CR_ACT_PAGE_DOWN ? n * page : -n * page);
		cr_view_after_move(view, CR_FOLLOW_MOTION);
		break;
	case CR_ACT_HALF_DOWN:
	case CR_ACT_HALF_UP:
		cr_pane_scroll(leader, action == CR_ACT_HALF_DOWN ? n * half : -n * half);
		cr_view_after_move(view, CR_FOLLOW_MOTION);
		break;
	case CR_ACT_TOP:
	case CR_ACT_BOTTOM:
		view_goto_row(view, counted		   ? count - 1
				    : action == CR_ACT_TOP ? 0
							   : cr_pane_last_row(leader));
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
		cr_view_follow_again(view);
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
	case CR_ACT_SYNC:
		view->sync = !view->sync;
		cr_view_follow(view, CR_FOLLOW_PLACE);
		if (view->engine->pending)
			cr_view_message(view, view->sync ? "sync on once aligned" : "sync off");
		break;
	case CR_ACT_REALIGN:
	case CR_ACT_QUOTE_NEXT:
	case CR_ACT_QUOTE_PREV:
	case CR_ACT_FACT_NEXT:
	case CR_ACT_FACT_PREV:
		if (view->n_panes < 2)
			cr_view_message(view, ONE_REPORT);
		else if (action == CR_ACT_REALIGN)
			cr_view_realign(view);
		else
			cr_view_jump(view, action, count);
		break;
	case CR_ACT_COPY:
	case CR_ACT_COPY_ALL:
		cr_view_copy(view, action == CR_ACT_COPY_ALL);
		break;
	case CR_ACT_SEARCH:
		cr_view_prompt_open(view, "/", NULL, &search_prompt, NULL);
		break;
	case CR_ACT_MATCH_NEXT:
	case CR_ACT_MATCH_PREV:
		cr_view_search_step(view, action == CR_ACT_MATCH_NEXT, count);
		break;
	case CR_ACT_NOTE:
		cr_view_note_new(view);
		break;
	case CR_ACT_NOTES_EXPORT:
		cr_view_notes_export(view);
		break;
	case CR_ACT_LINE_NUMBERS:
		view->line_numbers = !view->line_numbers;
		view->relayout = TRUE;
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
	case CR_ACT_FOCUS_PREFIX:
		view->focus_prefix = TRUE;
		break;
	case CR_ACT_THEME:
		view->next_theme = TRUE;
		break;
	case CR_ACT_NONE:
		break;
	default:
		cr_view_overlay_open(view, action);
		break;
	}
}

/* Focuses the pane Alt-N, or ' then N, names (KEY: the N, or what came
 * after the '); says so when there is no such pane. */
static void focus_key(CrView *view, int key)
{
	int digit = key & ~CR_KEY_ALT;
	if (digit >= '1' && digit < '1' + (int)view->n_panes)
		view_focus(view, (guint)(digit - '1'));
	else if (digit >= '1' && digit <= '9')
		cr_view_message(view, "no pane %c: there are %u", digit, view->n_panes);
	else
		cr_view_message(view, "' and a pane's number (1 to %u) focus that pane", view->n_panes);
}

/* A gutter that changed width (a report's first note, #): the panes are
 * placed and wrapped again, the cursor lines kept. */
static void relayout(CrView *view)
{
	if (!view->relayout)
		return;
	view_layout(view, FALSE);
	cr_view_follow_again(view);
}

/* One key, before the panes are placed again for a gutter that changed. */
static void view_key(CrView *view, int key)
{
	const CrBinding *binding = cr_keymap_lookup(key);
	CrAction action = binding ? binding->action : CR_ACT_NONE;
	gboolean after_prefix = view->focus_prefix;

	g_clear_pointer(&view->message, g_free);
	view->focus_prefix = FALSE;
	cr_view_search_stop(view); /* a key stops a search under way */
	if (view->prompt) {
		cr_view_prompt_key(view, key);
		return;
	}
	if (view->overlay) {
		cr_view_overlay_key(view, key);
		return;
	}
	if (after_prefix || action == CR_ACT_FOCUS_PANE) {
		focus_key(view, key);
		view->count = 0;
		return;
	}
	/* digits are a count, and only that: 3] is the third quotation on */
	if (key >= '0' && key <= '9' && (view->count || key != '0')) {
		view->count = MIN(view->count * 10 + (guint)(key - '0'), 99999);
		return;
	}
	if (view->count && action == CR_ACT_CANCEL) {
		view->count = 0; /* Esc drops the count, and only that */
		return;
	}
	if (!binding) {
		g_autofree char *name = key == CR_KEY_OTHER ? g_strdup("") : cr_key_name(key);
		cr_view_message(view, "unknown key%s%s \xe2\x80\x94 ? for help", *name ? " " : "", name);
		view->count = 0;
		return;
	}
	gboolean counted = view->count && binding->counted;
	guint count = counted ? view->count : 1;
	view->count = 0;
	view_run(view, action, count, counted);
}

void cr_view_key(CrView *view, int key)
{
	cr_view_wrap_rest(view);
	view_key(view, key);
	relayout(view);
}

void cr_view_wheel(CrView *view, int y, int x, int lines)
{
	cr_view_wrap_rest(view);
	/* over a list or a page: it scrolls as j and k do */
	for (int i = 0; view->overlay && !view->prompt && i < WHEEL_LINES * ABS(lines); i++)
		cr_view_overlay_key(view, lines > 0 ? 'j' : 'k');
	if (view->too_small || view->prompt || view->overlay)
		return;
	for (guint i = 0; i < view->n_panes; i++) {
		CrPane *pane = &view->panes[i];
		const CrRect *r = &pane->rect;
		if (r->height == 0 || y < r->y || y >= r->y + r->height || x < r->x || x >= r->x + r->width)
			continue;
		cr_pane_scroll(pane, (long)lines * WHEEL_LINES);
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

void cr_view_open_notes(CrView *view, const char *dir, const char *file)
{
	cr_view_wrap_rest(view);
	cr_view_notes_open(view, dir, file);
	relayout(view);
}

void cr_view_resize(CrView *view, int cols, int lines)
{
	cr_view_wrap_rest(view);
	view->cols = MAX(cols, 0);
	view->lines = MAX(lines, 0);
	view_layout(view, FALSE);
	cr_view_follow_again(view);
}

void cr_view_aligned(CrView *view)
{
	cr_view_wrap_rest(view);
	cr_view_index_facts(view);
	cr_view_stops_free(view);
	cr_view_stops_build(view);
	/* the step across the reports may have flagged blocks the panes were
	 * wrapped with: hidden, they leave the rows */
	if (view->hide_boilerplate) {
		view_layout(view, TRUE);
		cr_view_follow_again(view);
	} else {
		relayout(view);
	}
	cr_view_after_move(view, CR_FOLLOW_PLACE);
}

CrView *cr_view_new(const CrEngine *engine, int cols, int lines)
{
	CrView *view = g_new0(CrView, 1);

	view->engine = engine;
	view->n_panes = MIN(engine->docs->len, CR_MAX_DOCUMENTS);
	view->preferred = CR_LAYOUT_SIDE;
	view->sync = TRUE;
	view->current = -1;
	view->follow_doc = -1;
	view->search.at = -1;
	for (guint d = 0; d < view->n_panes; d++) {
		view->panes[d].doc = d;
		view->panes[d].mark = -1;
	}
	view->group = -1;
	cr_view_index_facts(view);
	cr_view_stops_build(view);
	cr_view_resize(view, cols, lines);
	cr_view_after_move(view, CR_FOLLOW_PLACE);
	if (view->n_panes == 1)
		cr_view_message(view, ONE_REPORT);
	return view;
}

void cr_view_free(CrView *view)
{
	if (!view)
		return;
	for (guint d = 0; d < view->n_panes; d++) {
		if (view->panes[d].rows)
			g_array_unref(view->panes[d].rows);
		g_free(view->panes[d].more);
		if (view->line_starts[d])
			g_array_unref(view->line_starts[d]);
		g_array_unref(view->paint[d]);
		for (guint e = 0; e < view->n_panes; e++)
			g_clear_pointer(&view->maps[d][e], cr_scrollmap_free);
	}
	cr_view_stops_free(view);
	cr_search_free(&view->search);
	cr_view_overlay_close(view);
	cr_view_prompt_close(view);
	cr_view_notes_free(view->notes);
	g_free(view->message);
	g_free(view->clipboard);
	g_free(view);
}

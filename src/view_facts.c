/* The facts list: the shared facts of every report as a table. */
#include "crossread/view_facts.h"

#include "crossread/view_draw.h"
#include "crossread/view_jump.h"
#include "crossread/view_list.h"
#include "crossread/view_stops.h"

#define CARRIED	  "\xe2\x97\x8f" /* ● */
#define LACKING	  "\xc2\xb7"	 /* · */
#define FACT_COL  11		 /* "number 123" and a space */
#define HEAD_ROWS 2		 /* the title and the column heads */

static const CrGroup *group_of(const CrView *view, guint group)
{
	return g_ptr_array_index(view->engine->alignment->groups, group);
}

/* Rows shown under the heads, the status line kept. */
static guint list_height(const CrView *view)
{
	return (guint)MAX(view->lines - HEAD_ROWS - 1, 1);
}

/* Sorting by how many reports carry a fact: most first, then reading order. */
static gint compare_by_count(gconstpointer a, gconstpointer b, gpointer data)
{
	const CrView *view = data;
	guint x = *(const guint *)a, y = *(const guint *)b, doc = view->panes[view->focus].doc;
	guint nx = group_of(view, x)->n_docs, ny = group_of(view, y)->n_docs;
	if (nx != ny)
		return nx > ny ? -1 : 1;
	guint rx = view->stop_of[doc][x], ry = view->stop_of[doc][y];
	return (rx > ry) - (rx < ry);
}

/* Fills the rows for the sort and the kind chosen, the selection kept on
 * the group it was on (or on KEEP, or the first). */
static void list_fill(const CrView *view, CrFactsList *list, int keep)
{
	const GArray *stops = view->stops[view->panes[view->focus].doc];
	if (list->rows->len)
		keep = (int)g_array_index(list->rows, guint, list->selected);
	g_array_set_size(list->rows, 0);
	for (guint i = 0; i < stops->len; i++) {
		guint group = g_array_index(stops, CrStop, i).group;
		if (list->kind < 0 || group_of(view, group)->kind == (CrFactKind)list->kind)
			g_array_append_val(list->rows, group);
	}
	if (list->by_count)
		g_array_sort_with_data(list->rows, compare_by_count, (gpointer)view);
	list->selected = 0;
	for (guint i = 0; i < list->rows->len; i++)
		if ((int)g_array_index(list->rows, guint, i) == keep)
			list->selected = i;
	CrListNav nav = { list->top, list->selected };
	cr_list_nav_clamp(&nav, list->rows->len, list_height(view));
	list->top = nav.top;
}

static void facts_free(gpointer data)
{
	CrFactsList *list = data;
	g_array_unref(list->rows);
	g_free(list);
}

static gpointer facts_open(CrView *view)
{
	if (view->n_panes < 2) {
		cr_view_message(view, "one report: facts are shared between two or more");
		return NULL;
	}
	if (view->engine->alignment->groups->len == 0) {
		cr_view_message(view, "no fact is shared by two reports");
		return NULL;
	}
	CrFactsList *list = g_new0(CrFactsList, 1);
	list->rows = g_array_new(FALSE, FALSE, sizeof(guint));
	list->kind = -1;
	/* on the current fact, else on the first at or after the cursor line */
	int keep = view->group;
	if (keep < 0) {
		const CrPane *leader = &view->panes[view->focus];
		int i = cr_view_stop_step(view, leader->doc, -1, cr_pane_row(leader, leader->cursor)->start,
					  TRUE, FALSE);
		keep = i >= 0 ? (int)g_array_index(view->stops[leader->doc], CrStop, i).group : -1;
	}
	list_fill(view, list, keep);
	return list;
}

/* One row of the list: the fact's kind and rank, the reports that carry
 * it, its value; all in the selection's style when selected. */
static void render_row(const CrView *view, const CrFactsList *list, guint i, int y, CrFrame *frame)
{
	guint group = g_array_index(list->rows, guint, i);
	const CrGroup *g = group_of(view, group);
	const CrStop *stop = cr_view_stop(view, view->panes[view->focus].doc, group);
	gboolean selected = i == list->selected;
	guint8 base = selected ? CR_STYLE_LIST_SELECTED : CR_STYLE_LIST;
	guint8 fact = selected ? CR_STYLE_LIST_SELECTED : CR_STYLE_FACT + g->kind;
	g_autofree char *name = g_strdup_printf(" %s %u", cr_fact_kind_name(g->kind), stop->kind_rank);
	g_autofree char *value = cr_fact_value_readable(g->kind, g->value);
	CrPen pen = cr_pen(frame, y, 0, frame->cols);

	cr_pen_text(&pen, name, -1, base, 0);
	while (pen.x < MIN(FACT_COL + 1, pen.x_end))
		cr_pen_text(&pen, " ", -1, base, 0);
	for (guint d = 0; d < view->n_panes; d++) {
		gboolean carried = (g->doc_mask & (1u << d)) != 0;
		cr_pen_text(&pen, carried ? CARRIED : LACKING, -1,
			    carried    ? fact
			    : selected ? base
				       : CR_STYLE_BOILERPLATE,
			    carried ? CR_MARK_SHARED : 0);
		cr_pen_text(&pen, " ", -1, base, 0);
	}
	cr_pen_text(&pen, " ", -1, base, 0);
	cr_pen_text(&pen, value, -1, fact, CR_MARK_SHARED);
	cr_pen_fill(&pen, base, 0);
}

/* The title: how many facts, in which order, of which kind. */
static char *list_title(const CrView *view, const CrFactsList *list)
{
	static const char *const kinds[CR_FACT_N_KINDS] = {
		[CR_FACT_DATE] = "dates",   [CR_FACT_PERSON] = "people",    [CR_FACT_ORG] = "organisations",
		[CR_FACT_PLACE] = "places", [CR_FACT_QUOTE] = "quotations", [CR_FACT_NUMBER] = "numbers",
	};
	const CrDoc *doc = g_ptr_array_index(view->engine->docs, view->panes[view->focus].doc);
	const char *what = list->kind < 0 ? "Shared facts" : kinds[list->kind];
	g_autofree char *order = list->by_count
				     ? g_strdup("by how many reports carry them")
				     : g_strdup_printf("in the reading order of %c %s",
						       'A' + view->panes[view->focus].doc, cr_doc_name(doc));
	return g_strdup_printf("%s%s: %u, %s", list->kind < 0 ? "" : "Shared ", what, list->rows->len, order);
}

static void facts_render(const CrView *view, gconstpointer state, CrFrame *frame)
{
	const CrFactsList *list = state;
	g_autofree char *title = list_title(view, list);
	guint height = list_height(view);

	CrPen pen = cr_pen(frame, 0, 0, frame->cols);
	cr_pen_text(&pen, title, -1, CR_STYLE_LIST_TITLE, 0);
	pen = cr_pen(frame, 1, 0, frame->cols);
	cr_pen_text(&pen, " fact", -1, CR_STYLE_HEADER, 0);
	cr_pen_fill(&pen, CR_STYLE_HEADER, 0);
	pen = cr_pen(frame, 1, MIN(FACT_COL + 1, frame->cols), frame->cols);
	for (guint d = 0; d < view->n_panes; d++) {
		char letter[3] = { (char)('A' + d), ' ', '\0' };
		cr_pen_text(&pen, letter, -1,
			    d == view->panes[view->focus].doc ? CR_STYLE_HEADER_FOCUS : CR_STYLE_HEADER, 0);
	}
	cr_pen_text(&pen, " value", -1, CR_STYLE_HEADER, 0);
	for (guint i = 0; i < height; i++) {
		if (list->top + i < list->rows->len) {
			render_row(view, list, list->top + i, HEAD_ROWS + (int)i, frame);
			continue;
		}
		pen = cr_pen(frame, HEAD_ROWS + (int)i, 0, frame->cols);
		cr_pen_text(&pen, list->rows->len == 0 && i == 0 ? " none of this kind: t shows another" : "",
			    -1, CR_STYLE_LIST, 0);
		cr_pen_fill(&pen, CR_STYLE_LIST, 0);
	}
	g_autofree char *where = list->rows->len
				     ? g_strdup_printf("%u of %u  ", list->selected + 1, list->rows->len)
				     : g_strdup("");
	g_autofree char *right = g_strdup_printf("%s<Esc> closes", where);
	cr_draw_status(frame, "Enter lines the panes up on it   s sorts   t one kind or all   c coverage",
		       CR_STYLE_STATUS, right);
}

/* The next kind of fact, after KIND (-1: every kind), that some group has;
 * -1 after the last. */
static int next_kind(const CrView *view, int kind)
{
	for (int k = kind + 1; k < CR_FACT_N_KINDS; k++)
		if (view->kind_groups[k])
			return k;
	return -1;
}

static gboolean facts_key(CrView *view, gpointer state, int key)
{
	CrFactsList *list = state;
	CrListNav nav = { list->top, list->selected };

	if (cr_list_nav_key(&nav, key, list->rows->len, list_height(view), TRUE)) {
		list->top = nav.top;
		list->selected = nav.selected;
		return TRUE;
	}
	switch (key) {
	case 's':
		list->by_count = !list->by_count;
		list_fill(view, list, -1);
		return TRUE;
	case 't':
		list->kind = next_kind(view, list->kind);
		list_fill(view, list, -1);
		return TRUE;
	case '\r':
	case '\n':
	case CR_KEY_ENTER:
	case 'c': /* and the coverage of it opens */
		if (list->rows->len)
			cr_view_visit_group(view, g_array_index(list->rows, guint, list->selected));
		return FALSE;
	default:
		return FALSE;
	}
}

const CrOverlayOps cr_overlay_facts = {
	.action = CR_ACT_FACTS,
	.open = facts_open,
	.render = facts_render,
	.key = facts_key,
	.free = facts_free,
};

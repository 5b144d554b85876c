/* The shared facts in each report's reading order. */
#include "crossread/view_stops.h"
#include "crossread/partition.h"

static gint compare_stops(gconstpointer a, gconstpointer b)
{
	const CrStop *x = a, *y = b;
	if (x->pos != y->pos)
		return x->pos < y->pos ? -1 : 1;
	return (x->group > y->group) - (x->group < y->group);
}

int cr_view_group_member(const CrView *view, guint group, guint doc)
{
	const CrGroup *g = g_ptr_array_index(view->engine->alignment->groups, group);
	if (!(g->doc_mask & (1u << doc)))
		return -1;
	/* members are sorted by report, then start: the first in DOC is its first mention */
	for (guint i = 0; i < g->facts->len; i++) {
		guint f = g_array_index(g->facts, guint, i);
		if (cr_view_fact(view, (int)f)->doc == doc)
			return (int)f;
	}
	return -1;
}

/* Where GROUP is in report DOC: its first mention, or where the first
 * report that has it puts its first mention through the scroll map. */
static gsize stop_pos(CrView *view, const CrGroup *group, guint doc, gboolean *lacked)
{
	int own = cr_view_group_member(view, group->id, doc);
	*lacked = own < 0;
	if (own >= 0)
		return cr_view_fact(view, own)->start;
	guint from = (guint)__builtin_ctz(group->doc_mask);
	const CrFact *f = cr_view_fact(view, cr_view_group_member(view, group->id, from));
	return cr_view_map(view, from, doc, f->start);
}

void cr_view_stops_build(CrView *view)
{
	const GPtrArray *groups = view->engine->alignment->groups;

	for (guint k = 0; k < CR_FACT_N_KINDS; k++)
		view->kind_groups[k] = 0;
	for (guint g = 0; g < groups->len; g++)
		view->kind_groups[((const CrGroup *)g_ptr_array_index(groups, g))->kind]++;
	for (guint d = 0; d < view->n_panes; d++) {
		GArray *stops = g_array_sized_new(FALSE, FALSE, sizeof(CrStop), groups->len);
		guint rank[CR_FACT_N_KINDS] = { 0 };
		for (guint g = 0; g < groups->len; g++) {
			const CrGroup *group = g_ptr_array_index(groups, g);
			CrStop stop = { .group = g };
			stop.pos = stop_pos(view, group, d, &stop.lacked);
			g_array_append_val(stops, stop);
		}
		g_array_sort(stops, compare_stops);
		view->stop_of[d] = g_new(guint, MAX(groups->len, 1));
		for (guint i = 0; i < stops->len; i++) {
			CrStop *stop = &g_array_index(stops, CrStop, i);
			const CrGroup *group = g_ptr_array_index(groups, stop->group);
			stop->kind_rank = ++rank[group->kind];
			view->stop_of[d][stop->group] = i;
		}
		view->stops[d] = stops;
	}
}

void cr_view_stops_free(CrView *view)
{
	for (guint d = 0; d < view->n_panes; d++) {
		g_clear_pointer(&view->stops[d], g_array_unref);
		g_clear_pointer(&view->stop_of[d], g_free);
	}
}

const CrStop *cr_view_stop(const CrView *view, guint doc, guint group)
{
	return &g_array_index(view->stops[doc], CrStop, view->stop_of[doc][group]);
}

/* TRUE when the stop at index I is one ] or } (QUOTES or not) visits. */
static gboolean visits(const CrView *view, const GArray *stops, guint i, gboolean quotes)
{
	const CrGroup *group =
	    g_ptr_array_index(view->engine->alignment->groups, g_array_index(stops, CrStop, i).group);
	return !quotes || group->kind == CR_FACT_QUOTE;
}

int cr_view_stop_step(const CrView *view, guint doc, int from, gsize pos, gboolean forward, gboolean quotes)
{
	const GArray *stops = view->stops[doc];
	guint lo = 0;

	if (from >= 0) {
		lo = forward ? (guint)from + 1 : (guint)from;
	} else {
		/* the first stop at or after POS */
		lo = CR_PARTITION_POINT(stops->len, mid, g_array_index(stops, CrStop, mid).pos < pos);
	}
	if (forward) {
		for (guint i = lo; i < stops->len; i++)
			if (visits(view, stops, i, quotes))
				return (int)i;
		return -1;
	}
	for (guint i = lo; i-- > 0;)
		if (visits(view, stops, i, quotes))
			return (int)i;
	return -1;
}

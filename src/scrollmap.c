/* Where a position in one report lies in another, between shared facts:
 * a piecewise-linear map through the start of both reports, the anchors of
 * their chain and the end of both. */
#include "crossread/scrollmap.h"
#include "crossread/partition.h"

/* A point the map passes through exactly. */
typedef struct {
	gsize from, to;
} MapPoint;

struct CrScrollMap {
	GArray *points; /* MapPoint, from strictly ascending, to never descending */
	gsize from_len, to_len;
};

/* Appends (FROM, TO) when it keeps the map monotone; a point at the offset
 * of the last one replaces it (an anchor at offset 0 wins over the start). */
static void add_point(GArray *points, gsize from, gsize to)
{
	if (points->len > 0) {
		MapPoint *last = &g_array_index(points, MapPoint, points->len - 1);
		if (to < last->to)
			return;
		if (from <= last->from) {
			if (from == last->from && points->len == 1)
				last->to = to;
			return;
		}
	}
	MapPoint point = { from, to };
	g_array_append_val(points, point);
}

CrScrollMap *cr_scrollmap_new(const CrChain *chain, guint from, guint to, gsize from_len, gsize to_len)
{
	CrScrollMap *map = g_new0(CrScrollMap, 1);
	map->points = g_array_new(FALSE, FALSE, sizeof(MapPoint));
	map->from_len = from_len;
	map->to_len = to_len;

	add_point(map->points, 0, 0);
	if (from == to) {
		add_point(map->points, MIN(from_len, to_len), MIN(from_len, to_len));
	} else if (chain) {
		gboolean swapped = from != chain->doc_a;
		for (guint i = 0; i < chain->anchors->len; i++) {
			const CrAnchor *anchor = &g_array_index(chain->anchors, CrAnchor, i);
			gsize x = swapped ? anchor->b : anchor->a, y = swapped ? anchor->a : anchor->b;
			if (x <= from_len && y <= to_len)
				add_point(map->points, x, y);
		}
	}
	if (from_len > g_array_index(map->points, MapPoint, map->points->len - 1).from)
		add_point(map->points, from_len, to_len);
	return map;
}

gsize cr_scrollmap_map(const CrScrollMap *map, gsize pos)
{
	const MapPoint *p = (const MapPoint *)(void *)map->points->data;
	/* The last point at or before POS (the first when none is). */
	guint lo = CR_PARTITION_POINT(map->points->len, mid, p[mid].from <= pos);
	lo -= lo > 0;
	if (lo + 1 >= map->points->len || pos <= p[lo].from)
		return MIN(p[lo].to, map->to_len);
	const MapPoint *a = &p[lo], *b = &p[lo + 1];
	guint64 step = (guint64)(pos - a->from) * (guint64)(b->to - a->to) / (guint64)(b->from - a->from);
	return MIN(a->to + (gsize)step, map->to_len);
}

void cr_scrollmap_free(CrScrollMap *map)
{
	if (!map)
		return;
	g_array_unref(map->points);
	g_free(map);
}

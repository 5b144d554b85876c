/* Where a position in one report lies in another, between shared facts. */
#include "crossread/scrollmap.h"

struct CrScrollMap {
	gsize from_len, to_len;
};

CrScrollMap *cr_scrollmap_new(const CrChain *chain, guint from, guint to, gsize from_len, gsize to_len)
{
	CrScrollMap *map = g_new0(CrScrollMap, 1);
	map->from_len = from_len;
	map->to_len = to_len;
	return map;
}

gsize cr_scrollmap_map(const CrScrollMap *map, gsize pos)
{
	if (map->from_len == 0)
		return 0;
	return (gsize)((double)MIN(pos, map->from_len) * (double)map->to_len / (double)map->from_len);
}

void cr_scrollmap_free(CrScrollMap *map)
{
	g_free(map);
}

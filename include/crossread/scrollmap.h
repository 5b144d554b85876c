/* Where a position in one report lies in another, between shared facts. */
#pragma once

#include "crossread/align.h"

typedef struct CrScrollMap CrScrollMap;

/* A map from offsets in report FROM to offsets in report TO, built on their
 * chain (either way round); FROM_LEN and TO_LEN are the reports' lengths in
 * bytes. Piecewise linear through (0, 0), the anchors and (FROM_LEN,
 * TO_LEN). Without a chain (NULL) the map is proportional; from a report
 * to itself it is the identity. */
CrScrollMap *cr_scrollmap_new(const CrChain *chain, guint from, guint to, gsize from_len, gsize to_len);

/* The offset in TO that matches offset POS in FROM: exact at anchors,
 * interpolated between them, monotone, clamped to [0, to_len]. */
gsize cr_scrollmap_map(const CrScrollMap *map, gsize pos);

void cr_scrollmap_free(CrScrollMap *map);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrScrollMap, cr_scrollmap_free)

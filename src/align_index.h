/* The candidate index of one kind's clusters while its facts are grouped
 * (align_index.c), for the clustering of align_group.c. */
#ifndef CR_ALIGN_INDEX_H
#define CR_ALIGN_INDEX_H

#include "align_kinds.h"

/* A cluster that a fact may join, with how many of its lookup keys lead
 * there. */
typedef struct {
	guint id;
	guint hits;
} Candidacy;

/* The clusters of one kind under each key (align_index.c). */
typedef struct PostingIndex PostingIndex;

/* The index of one kind's clusters while its facts are clustered. */
typedef struct {
	Grouper *gr;
	const KindOps *ops;
	CrClusters *clusters;
	PostingIndex *index;
	/* per cluster of the kind: its place in the candidacies, when the one
	 * there is it (a sparse set: nothing to clear from one fact to the next) */
	GArray *slot;
	KeyList keys; /* scratch */
	/* the clusters the fact being placed may join (cr_kind_index_find()),
	 * with room for ROOM */
	Candidacy *candidates;
	guint n_candidates, room;
	Candidacy *kept; /* scratch: room for KindOps.max_candidates */
	guint64 weighed; /* candidates weighed so far */
} KindIndex;

/* Starts the empty index of the clusters of GR->clusters, of the kind of OPS. */
void cr_kind_index_init(KindIndex *x, Grouper *gr, const KindOps *ops);

/* Frees what X holds. */
void cr_kind_index_clear(KindIndex *x);

/* Files cluster ID under the index keys of FACT. */
void cr_kind_index_file(KindIndex *x, guint fact, guint id);

/* The clusters that fact FI may join: those its lookup keys lead to (see
 * KindOps.max_candidates). They are written in place, the array grown by
 * doubling (most facts of news meet a few clusters each, 750,000 in all). */
void cr_kind_index_find(KindIndex *x, guint fi);

#endif

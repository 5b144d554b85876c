/* The groups made of the clustered facts (align_group_make.c), for the
 * grouping of align_group.c. */
#pragma once

#include "align_kinds.h"

/* Turns the clusters that two reports or more carry into groups, in the
 * order of their first fact, with their members (doc slices filled in)
 * beside them in KEPT (CrGroupCluster), their scores in SCORES; frees
 * CLUSTERS (one CrClusters per kind). The kinds are kept, cleared and
 * their groups made on all processors; only the order and the scores'
 * places are found on one thread. The groups' members are all made before
 * any cluster is freed, and what the clusters took is given back to the
 * system: the few kept ones would otherwise pin every page of the many
 * let go (dense numbers: 19,000 of 157,000). */
void cr_align_make_groups(Grouper *gr, CrAlignment *out, CrClusters *clusters, GPtrArray *kept,
			  GArray *scores);

/* The aligner's parts (align.c, align_group.c, align_group_make.c,
 * align_chain.c) and what they share. */
#pragma once

#include "crossread/align.h"

/* A list of fact indices that takes no allocation of its own while it
 * holds one: most clusters never get a second fact. */
typedef struct {
	guint first;
	guint len;
	guint *more; /* the ids after the first, with room for 2, 4, 8 ... (implied by LEN) */
} CrIdList;

static inline guint cr_id_at(const CrIdList *list, guint i)
{
	return i ? list->more[i - 1] : list->first;
}

/* Appends ID to LIST (align_group.c). */
void cr_id_list_add(CrIdList *list, guint id);

/* A cluster while it is built (32 bytes, in its kind's CrClusters: dense
 * numbers make 87,000 at 4 MiB, 69,000 of them never more than a fact). */
typedef struct {
	CrIdList facts; /* the members' fact indices */
	guint rep;	/* the most specific fact: what joiners are checked against */
	/* The first member of each distinct key: while the kind is clustered,
	 * the first is facts.first, the others are in DISTINCT_MORE (with room
	 * as in CrIdList.more). */
	guint n_distinct;
	guint *distinct_more;
} CrCluster;

/* Cluster records in a block of CrClusters (32 KB). */
#define CR_CLUSTER_BLOCK 1024

/* In CrClusters.where: the cluster has a record (its place in the low bits). */
#define CR_CLUSTER_RECORD 0x80000000u

/* One kind's clusters, a cluster's id its place in WHERE. A cluster of one
 * fact is that fact's index alone (4 bytes); it is given a record when a
 * second fact joins it or it is changed. Records are made in blocks and let
 * go all at once, with no allocation (and malloc header) and no pointer per
 * cluster; a record stays where it is made. */
typedef struct {
	GPtrArray *blocks; /* of CR_CLUSTER_BLOCK records each */
	guint n_records;
	GArray *where; /* guint per cluster: its fact's index, or CR_CLUSTER_RECORD | its record's place */
	guint len;     /* clusters (WHERE's length) */
} CrClusters;

/* Record PLACE of CLUSTERS. */
static inline CrCluster *cr_cluster_record(const CrClusters *clusters, guint place)
{
	return (CrCluster *)g_ptr_array_index(clusters->blocks, place / CR_CLUSTER_BLOCK) +
	       place % CR_CLUSTER_BLOCK;
}

/* TRUE when cluster ID of CLUSTERS is one fact with no record. */
static inline gboolean cr_cluster_single(const CrClusters *clusters, guint id)
{
	return !(g_array_index(clusters->where, guint, id) & CR_CLUSTER_RECORD);
}

/* Cluster ID of CLUSTERS to read: its record, or SINGLE filled in for a
 * cluster of one fact. */
static inline const CrCluster *cr_cluster_view(const CrClusters *clusters, guint id, CrCluster *single)
{
	guint where = g_array_index(clusters->where, guint, id);
	if (where & CR_CLUSTER_RECORD)
		return cr_cluster_record(clusters, where & ~CR_CLUSTER_RECORD);
	*single = (CrCluster){ .facts = { .first = where, .len = 1 }, .rep = where, .n_distinct = 1 };
	return single;
}

/* The record of cluster ID of CLUSTERS, to change: made for a cluster of
 * one fact (align_group.c). */
CrCluster *cr_cluster_at(CrClusters *clusters, guint id);

/* Adds to CLUSTERS a cluster of the one fact FACT; returns its id. */
guint cr_clusters_add_single(CrClusters *clusters, guint fact);

/* Adds to CLUSTERS a cluster with representative REP and no members yet. */
CrCluster *cr_clusters_add(CrClusters *clusters, guint rep);

/* Frees every cluster of CLUSTERS, with their id lists. */
void cr_clusters_clear(CrClusters *clusters);

/* The cluster of a group, as chaining reads it. */
typedef struct {
	guint rep;	 /* the cluster's representative */
	GArray *members; /* guint fact indices, ascending: the group's facts */
	double base;	 /* the kind's weight for it */
	/* per member: how well it matched its cluster x its confidence, as its
	 * place in the alignment's table of scores (a few hundred distinct
	 * values: 4 bytes a member, not 8); after DOC_SLICES in its allocation */
	guint *score;
	guint doc_slices[]; /* members of report d are [doc_slices[d], doc_slices[d + 1]) */
} CrGroupCluster;

/* Frees a CrGroupCluster (align_group_make.c). */
void cr_group_cluster_free(gpointer cluster);

/* Groups FACTS (sorted) across OUT->n_docs reports into OUT->groups and sets
 * each fact's group (their contexts are freed once clustered); CLUSTERS
 * gets the CrGroupCluster of each group, in the same order, SCORES (double)
 * each score their members have, once (align_group.c). A step of PROGRESS
 * per kind of fact. */
void cr_align_group(GArray *facts, CrAlignment *out, GPtrArray *clusters, GArray *scores,
		    CrProgress *progress);

/* Chains every pair of reports into OUT->chains, from the groups and
 * CLUSTERS and SCORES of cr_align_group(); DOC_LENS gives the reports'
 * lengths (align_chain.c). A step of PROGRESS per pair. */
void cr_align_chain(const GArray *facts, CrAlignment *out, const GPtrArray *clusters, const GArray *scores,
		    const gsize *doc_lens, CrProgress *progress);

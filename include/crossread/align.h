/* Matching facts across reports and chaining them in reading order. */
#pragma once

#include "crossread/fact.h"
#include "crossread/progress.h"

/* One fact as several reports state it. */
typedef struct {
	guint id;
	CrFactKind kind;
	char *value;	   /* representative normalized value */
	double weight;	   /* how strongly it steers scrolling */
	double confidence; /* 0..1 that its members are one fact */
	GArray *facts;	   /* guint indices into the facts array, by (doc, start) */
	guint n_docs;	   /* how many distinct reports carry it */
	guint32 doc_mask;  /* bit d set when report d carries it */
} CrGroup;

/* A point where two reports say the same thing. */
typedef struct {
	guint group;
	gsize a, b; /* byte offsets of the fact in report a and in report b */
} CrAnchor;

/* The heaviest sequence of groups that appear in the same order in both
 * reports; crossing matches are left out (still jump targets). */
typedef struct {
	guint doc_a, doc_b; /* doc_a < doc_b */
	GArray *anchors;    /* CrAnchor, ascending in a and in b */
} CrChain;

typedef struct {
	guint n_docs;
	GPtrArray *groups; /* CrGroup*, by id */
	GPtrArray *chains; /* CrChain*, one per pair a < b */
	/* How many candidate clusters the facts were weighed against while
	 * grouping: every candidate list has a cap, so this grows as the
	 * facts do, whatever their shape (tests/test-shapes.c checks it). */
	guint64 weighed;
} CrAlignment;

/* Groups FACTS (sorted, see cr_fact_array_sort) across the N_DOCS reports
 * and chains every pair; sets each fact's group and lets go of the facts'
 * contexts (cr_fact_context()), which only grouping reads. DOC_LENS gives
 * each report's length in bytes. PROGRESS (NULL: none) gets the units it has
 * left: about two thirds over the kinds of fact, the rest over the pairs
 * of reports; once it is cancelled, the kinds and pairs not yet begun are
 * left out (the alignment is then incomplete, for freeing only). */
CrAlignment *cr_align(GArray *facts, guint n_docs, const gsize *doc_lens, CrProgress *progress);

/* An alignment of N_DOCS reports with no groups and no chains yet; its
 * arrays free what is added to them (groups with cr_group_free). For the
 * aligner, and for tests that build an alignment by hand. */
CrAlignment *cr_alignment_new(guint n_docs);

/* Frees a group: its value and its member list. */
void cr_group_free(CrGroup *group);

void cr_alignment_free(CrAlignment *alignment);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrAlignment, cr_alignment_free)

/* The chain between reports A and B (in either order); NULL when A == B or
 * either is out of range. */
const CrChain *cr_alignment_chain(const CrAlignment *alignment, guint a, guint b);

/* A place where report REF and one or more others say the same thing. */
typedef struct {
	gsize pos[CR_MAX_DOCUMENTS]; /* byte offset in report d, when doc_mask has d */
	guint32 doc_mask;	     /* REF and the reports aligned with it here */
} CrSpinePoint;

/* The anchors of the chains from report REF to every other report, merged
 * on REF's offsets: a multi-way alignment ascending in every report (each
 * chain is), for layouts that line all reports up at once. GArray of
 * CrSpinePoint. */
GArray *cr_alignment_spine(const CrAlignment *alignment, guint ref);

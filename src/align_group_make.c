/* Making the groups of the facts the grouping clustered (align_group.c):
 * the clusters that two reports or more carry are kept, in the order of
 * their first fact, each made a group with its confidence and weight, and
 * the members' scores placed in the alignment's table of scores. */
#include "config.h"

#include "align_group_make.h"
#include "align_weekdays.h"

#ifdef HAVE_MALLOC_H
#include <malloc.h>
#endif
#include <math.h>
#include <string.h>

#include "crossread/parallel.h"
#include "crossread/sort.h"
#include "crossread/text.h"

void cr_group_cluster_free(gpointer data)
{
	CrGroupCluster *c = data;
	g_array_unref(c->members);
	g_free(c);
}

static gint compare_guint(gconstpointer pa, gconstpointer pb)
{
	guint a = *(const guint *)pa, b = *(const guint *)pb;
	return a < b ? -1 : a > b;
}

/* Sorts the clusters KEPT by their first fact, those of one first fact in
 * the order they are in (as g_ptr_array_sort(), a stable sort, did): a
 * radix sort of each first fact over its place, not a comparison
 * function called 90,000 times alone on the critical path (6,790
 * clusters at 8 x 1 MiB). */
static void sort_by_start(GPtrArray *kept)
{
	g_autofree guint64 *keys = g_new(guint64, MAX(kept->len, 1));
	g_autofree gpointer *was = g_memdup2(kept->pdata, kept->len * sizeof(gpointer));
	for (guint i = 0; i < kept->len; i++) {
		const CrGroupCluster *c = g_ptr_array_index(kept, i);
		keys[i] = (guint64)g_array_index(c->members, guint, 0) << 32 | i;
	}
	cr_sort_u64_by_high(keys, kept->len);
	for (guint i = 0; i < kept->len; i++)
		kept->pdata[i] = was[(guint32)keys[i]];
}

/* The date most of MEMBERS (fact indices) give, of two as many the less
 * precise: what the reports share, not one report's time of day
 * ("2023-05-24", not "2023-05-24T13:01+05:30"). */
static const char *common_date(const Grouper *gr, const GArray *members)
{
	g_autoptr(GHashTable) counts = g_hash_table_new(cr_str_hash, g_str_equal);
	const char *best = NULL;
	guint best_count = 0;
	for (guint m = 0; m < members->len; m++) {
		const char *key = fact_at(gr, g_array_index(members, guint, m))->key;
		guint n = GPOINTER_TO_UINT(g_hash_table_lookup(counts, key)) + 1;
		g_hash_table_insert(counts, (gpointer)key, GUINT_TO_POINTER(n));
		if (n > best_count || (n == best_count && strlen(key) < strlen(best))) {
			best = key;
			best_count = n;
		}
	}
	return best;
}

/* The clusters that two reports or more of N_DOCS carry, of one kind's
 * CLUSTERS, into KEPT as CrGroupCluster (members only). */
static void keep_shared_clusters(const Grouper *gr, const CrClusters *clusters, guint n_docs, GPtrArray *kept)
{
	for (guint i = 0; i < clusters->len; i++) {
		if (cr_cluster_single(clusters, i))
			continue;
		CrCluster single;
		const CrCluster *c = cr_cluster_view(clusters, i, &single);
		guint32 mask = 0;
		for (guint m = 0; m < c->facts.len; m++)
			mask |= 1u << fact_at(gr, cr_id_at(&c->facts, m))->doc;
		if (__builtin_popcount(mask) < 2)
			continue;
		CrGroupCluster *group =
		    g_malloc0(sizeof(CrGroupCluster) + (n_docs + 1 + c->facts.len) * sizeof(guint));
		group->score = group->doc_slices + n_docs + 1;
		group->rep = c->rep;
		group->members = g_array_sized_new(FALSE, FALSE, sizeof(guint), c->facts.len);
		g_array_append_val(group->members, c->facts.first);
		g_array_append_vals(group->members, c->facts.more, c->facts.len - 1);
		const guint *fact_of = (const guint *)(void *)group->members->data;
		guint ordered = 1;
		while (ordered < group->members->len && fact_of[ordered - 1] < fact_of[ordered])
			ordered++;
		if (ordered < group->members->len)
			g_array_sort(group->members, compare_guint);
		g_ptr_array_add(kept, group);
	}
}

/* The distinct scores of the members, each with its place in SCORES: a
 * table open-addressed by the score's bits, a power of two long and at
 * most half full (a few hundred distinct of 120,000 members; GHashTable
 * took 9 M on the critical path). */
typedef struct {
	double *score;
	guint *place; /* 1 + the place in SCORES; 0 for an empty slot */
	guint size, used;
} ScorePlaces;

/* The first slot of a score of bits BITS in a table of SIZE slots: the
 * high bits of their product by a large odd number, which spreads scores
 * whose low bits are alike (0.6, 0.8 ...); their low bits folded in gave
 * three probes a lookup. */
static inline guint score_slot(guint64 bits, guint size)
{
	return (guint)((bits * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15)) >> 32) & (size - 1);
}

/* The place in SCORES of SCORE, added there when new. */
static guint score_place(ScorePlaces *sp, GArray *scores, double score)
{
	if (2 * (sp->used + 1) > sp->size) {
		ScorePlaces grown = { NULL, NULL, MAX(sp->size * 2, 64), sp->used };
		grown.score = g_new(double, grown.size);
		grown.place = g_new0(guint, grown.size);
		for (guint i = 0; i < sp->size; i++)
			if (sp->place[i]) {
				guint64 bits;
				memcpy(&bits, &sp->score[i], sizeof bits);
				guint j = score_slot(bits, grown.size);
				while (grown.place[j])
					j = (j + 1) & (grown.size - 1);
				grown.score[j] = sp->score[i];
				grown.place[j] = sp->place[i];
			}
		g_free(sp->score);
		g_free(sp->place);
		*sp = grown;
	}
	guint64 bits;
	memcpy(&bits, &score, sizeof bits);
	guint j = score_slot(bits, sp->size);
	for (; sp->place[j]; j = (j + 1) & (sp->size - 1))
		if (sp->score[j] == score)
			return sp->place[j] - 1;
	g_array_append_val(scores, score);
	sp->score[j] = score;
	sp->place[j] = scores->len;
	sp->used++;
	return scores->len - 1;
}

/* The group of cluster C, the I-th kept, with its members' doc slices
 * filled in; the members' scores are placed afterwards, in order. */
static CrGroup *make_group(const Grouper *gr, CrGroupCluster *c, guint i, guint n_docs)
{
	const CrFact *rep = fact_at(gr, c->rep);
	CrGroup *g = g_new0(CrGroup, 1);
	double score_sum = 0.0, log_count = 0.0;

	g->id = i;
	g->kind = rep->kind;
	g->value = g_strdup(rep->kind == CR_FACT_DATE ? common_date(gr, c->members)
			    : rep->value	      ? rep->value
						      : rep->key);
	g->facts = g_array_ref(c->members);
	c->base = cr_kind_ops[g->kind].base_weight(rep);
	for (guint m = 0; m < c->members->len; m++) {
		guint fi = g_array_index(c->members, guint, m);
		CrFact *f = &g_array_index(gr->facts, CrFact, fi);
		f->group = (int)i;
		g->doc_mask |= 1u << f->doc;
		c->doc_slices[f->doc + 1] = m + 1;
		score_sum += gr->score[fi];
	}
	for (guint d = 1; d <= n_docs; d++)
		c->doc_slices[d] = MAX(c->doc_slices[d], c->doc_slices[d - 1]);
	g->n_docs = (guint)__builtin_popcount(g->doc_mask);
	for (guint d = 0; d < n_docs; d++)
		if (c->doc_slices[d + 1] > c->doc_slices[d])
			log_count += log(c->doc_slices[d + 1] - c->doc_slices[d]);
	g->confidence = score_sum / c->members->len;
	g->weight = c->base * g->confidence / exp(log_count / g->n_docs);
	return g;
}

/* Kept clusters whose groups one thread makes at a time. */
#define GROUP_PIECE 512

/* The kinds' clusters and the groups made of them, side by side: per kind
 * the clusters kept, then cleared; per piece of the kept ones, their
 * groups. */
typedef struct {
	const Grouper *gr;
	CrClusters *clusters; /* per kind */
	GPtrArray **by_kind;  /* per kind: its kept clusters (CrGroupCluster) */
	GPtrArray *kept;      /* every kind's, in the order of their first fact */
	CrAlignment *out;
} GroupJob;

static void keep_kind(guint k, gpointer data)
{
	const GroupJob *job = data;
	keep_shared_clusters(job->gr, &job->clusters[k], job->out->n_docs, job->by_kind[k]);
}

static void clear_kind(guint k, gpointer data)
{
	const GroupJob *job = data;
	cr_clusters_clear(&job->clusters[k]);
}

static void make_group_piece(guint p, gpointer data)
{
	const GroupJob *job = data;
	for (guint i = p * GROUP_PIECE; i < MIN(job->kept->len, (p + 1) * GROUP_PIECE); i++)
		job->out->groups->pdata[i] =
		    make_group(job->gr, g_ptr_array_index(job->kept, i), i, job->out->n_docs);
}

void cr_align_make_groups(Grouper *gr, CrAlignment *out, CrClusters *clusters, GPtrArray *kept,
			  GArray *scores)
{
	ScorePlaces places = { NULL, NULL, 0, 0 };
	GPtrArray *by_kind[CR_FACT_N_KINDS];
	GroupJob job = { gr, clusters, by_kind, kept, out };

	for (guint k = 0; k < CR_FACT_N_KINDS; k++)
		by_kind[k] = g_ptr_array_new();
	cr_parallel_for(CR_FACT_N_KINDS, keep_kind, &job);
	for (guint k = 0; k < CR_FACT_N_KINDS; k++) {
		for (guint i = 0; i < by_kind[k]->len; i++)
			g_ptr_array_add(kept, g_ptr_array_index(by_kind[k], i));
		g_ptr_array_unref(by_kind[k]);
	}
	cr_align_weekdays_shared(gr->facts, kept);
	cr_parallel_for(CR_FACT_N_KINDS, clear_kind, &job);
#ifdef HAVE_MALLOC_TRIM
	malloc_trim(0);
#endif
	sort_by_start(kept);
	g_ptr_array_set_size(out->groups, (gint)kept->len);
	cr_parallel_for((kept->len + GROUP_PIECE - 1) / GROUP_PIECE, make_group_piece, &job);
	/* a member with the bits of the score before (most: an exact match
	 * at full confidence) takes its place with no lookup, the one the
	 * table gives bits alike (but a NaN's, which equals no score) */
	guint64 last_bits = 0;
	guint last = G_MAXUINT;
	for (guint i = 0; i < kept->len; i++) {
		CrGroupCluster *c = g_ptr_array_index(kept, i);
		for (guint m = 0; m < c->members->len; m++) {
			double score = gr->score[g_array_index(c->members, guint, m)];
			guint64 bits;
			memcpy(&bits, &score, sizeof bits);
			if (last == G_MAXUINT || bits != last_bits || isnan(score)) {
				last = score_place(&places, scores, score);
				last_bits = bits;
			}
			c->score[m] = last;
		}
	}
	g_free(places.score);
	g_free(places.place);
}

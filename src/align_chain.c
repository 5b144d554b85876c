/* Chaining shared facts in reading order: for every pair of reports, the
 * heaviest sequence of groups that appear in the same order in both (a
 * weighted longest increasing subsequence over a Fenwick tree). */
#include "align_private.h"

#include "crossread/parallel.h"

#include <math.h>
#include <string.h>

/* Beyond this many occurrence pairs of one group in two reports, only
 * occurrences at nearby relative positions become chain candidates. */
#define MAX_ALL_PAIRS 64

/* What chaining works on. */
typedef struct {
	const GArray *facts;
	const double *score; /* per fact: how well it matched its cluster x its confidence */
	guint *rank;	     /* per fact: its start's rank in its report, from 1 (rank_facts()) */
	guint *doc_first;    /* per report, and one past the last: its first fact */
	guint32 *doc_masks;  /* per group: its doc_mask, read by every pair without the groups */
} Chainer;

static const CrFact *fact_at(const Chainer *ch, guint index)
{
	return &g_array_index(ch->facts, CrFact, index);
}

/* A possible anchor: one occurrence of a group in each of two reports. */
typedef struct {
	guint fact_a, fact_b;
	guint x, y; /* the facts' ranks (rank_facts()) */
	double weight;
} Candidate;

/* One side of a pair of reports while candidates are gathered. */
typedef struct {
	guint doc;
	gsize len;
} Side;

/* The members of cluster C in report D: [*begin, *end). */
static void doc_members(const CrCluster *c, guint d, guint *begin, guint *end)
{
	*begin = c->doc_slices[d];
	*end = c->doc_slices[d + 1];
}

static void add_candidate(const Chainer *ch, GArray *out, guint fa, guint fb, double weight)
{
	Candidate cand = { fa, fb, ch->rank[fa], ch->rank[fb], weight * MIN(ch->score[fa], ch->score[fb]) };
	g_array_append_val(out, cand);
}

/* Pairs each occurrence of cluster C in report FROM with the occurrence in
 * TO nearest to the same relative position; WEIGHT is the pair's base. */
static void add_nearest(const Chainer *ch, const CrCluster *c, Side from, Side to, gboolean from_is_a,
			double weight, GArray *out)
{
	const guint *m = (const guint *)(void *)c->members->data;
	guint f0, f1, t0, t1;

	doc_members(c, from.doc, &f0, &f1);
	doc_members(c, to.doc, &t0, &t1);
	for (guint i = f0; i < f1; i++) {
		double rel = from.len ? (double)c->starts[i] / (double)from.len : 0.0;
		gsize target = (gsize)(rel * (double)to.len);
		guint lo = t0, hi = t1;
		while (lo < hi) {
			guint mid = lo + (hi - lo) / 2;
			if (c->starts[mid] < target)
				lo = mid + 1;
			else
				hi = mid;
		}
		guint j = lo;
		if (j == t1 || (j > t0 && target - c->starts[j - 1] < c->starts[j] - target))
			j--;
		add_candidate(ch, out, from_is_a ? m[i] : m[j], from_is_a ? m[j] : m[i], weight);
	}
}

/* Every possible anchor between reports A and B, into CANDS. */
static void gather_candidates(const Chainer *ch, const CrAlignment *out, const GPtrArray *clusters, Side a,
			      Side b, GArray *cands)
{
	guint32 both = (1u << a.doc) | (1u << b.doc);

	for (guint i = 0; i < out->groups->len; i++) {
		if ((ch->doc_masks[i] & both) != both)
			continue;
		const CrCluster *c = g_ptr_array_index(clusters, i);
		const guint *m = (const guint *)(void *)c->members->data;
		guint a0, a1, b0, b1;
		doc_members(c, a.doc, &a0, &a1);
		doc_members(c, b.doc, &b0, &b1);
		/* Divided by how common the fact is in each report. */
		double weight = c->base / sqrt((double)(a1 - a0) * (b1 - b0));
		if ((a1 - a0) * (b1 - b0) <= MAX_ALL_PAIRS) {
			for (guint p = a0; p < a1; p++)
				for (guint q = b0; q < b1; q++)
					add_candidate(ch, cands, m[p], m[q], weight);
		} else {
			add_nearest(ch, c, a, b, TRUE, weight, cands);
			add_nearest(ch, c, b, a, FALSE, weight, cands);
		}
	}
}

/* A Fenwick tree node: the heaviest chain ending at a rank in its range. */
typedef struct {
	double weight;
	int end; /* the candidate it ends with, -1 for none */
} ChainEnd;

/* Working memory of the chain search, kept from one pair to the next. */
typedef struct {
	GArray *cands;	/* Candidate, as gathered */
	GArray *sorted; /* Candidate, by rank in A */
	GArray *bucket; /* guint: counting sort */
	GArray *tree;	/* ChainEnd: Fenwick tree over ranks in B */
	GArray *prev;	/* int: per sorted candidate, the one before it in its best chain */
	GArray *total;	/* double: per sorted candidate, the weight of its best chain */
} ChainScratch;

static void chain_scratch_init(ChainScratch *s)
{
	s->cands = g_array_new(FALSE, FALSE, sizeof(Candidate));
	s->sorted = g_array_new(FALSE, FALSE, sizeof(Candidate));
	s->bucket = g_array_new(FALSE, FALSE, sizeof(guint));
	s->tree = g_array_new(FALSE, FALSE, sizeof(ChainEnd));
	s->prev = g_array_new(FALSE, FALSE, sizeof(int));
	s->total = g_array_new(FALSE, FALSE, sizeof(double));
}

static void chain_scratch_clear(ChainScratch *s)
{
	g_array_unref(s->cands);
	g_array_unref(s->sorted);
	g_array_unref(s->bucket);
	g_array_unref(s->tree);
	g_array_unref(s->prev);
	g_array_unref(s->total);
}

/* The heaviest chain of the candidates in S between reports A and B,
 * strictly increasing in both, as anchors. Candidates are taken by rank in
 * A (a counting sort); those at one rank are all weighed before any is
 * recorded, so that two of them never chain. */
static GArray *heaviest_chain(const Chainer *ch, ChainScratch *s, guint a, guint b)
{
	GArray *anchors = g_array_new(FALSE, FALSE, sizeof(CrAnchor));
	guint k = s->cands->len;
	guint n_a = ch->doc_first[a + 1] - ch->doc_first[a], n_b = ch->doc_first[b + 1] - ch->doc_first[b];
	if (k == 0)
		return anchors;

	const Candidate *raw = (const Candidate *)(void *)s->cands->data;
	g_array_set_size(s->bucket, n_a + 2);
	g_array_set_size(s->sorted, k);
	guint *bucket = (guint *)(void *)s->bucket->data;
	Candidate *sorted = (Candidate *)(void *)s->sorted->data;
	memset(bucket, 0, (n_a + 2) * sizeof(guint));
	for (guint i = 0; i < k; i++)
		bucket[raw[i].x + 1]++;
	for (guint r = 1; r <= n_a + 1; r++)
		bucket[r] += bucket[r - 1];
	for (guint i = 0; i < k; i++)
		sorted[bucket[raw[i].x]++] = raw[i];
	/* the candidates as gathered are not read again: let them go before
	 * the search takes its memory (dense numbers have a million) */
	g_array_unref(s->cands);
	s->cands = g_array_new(FALSE, FALSE, sizeof(Candidate));
	g_array_set_size(s->tree, n_b + 1);
	g_array_set_size(s->prev, k);
	g_array_set_size(s->total, k);
	ChainEnd *tree = (ChainEnd *)(void *)s->tree->data;
	int *prev = (int *)(void *)s->prev->data;
	double *total = (double *)(void *)s->total->data;

	for (guint r = 0; r <= n_b; r++)
		tree[r] = (ChainEnd){ 0.0, -1 };
	int best_end = -1;
	double best = 0.0;
	for (guint i = 0; i < k;) {
		guint j;
		for (j = i; j < k && sorted[j].x == sorted[i].x; j++) {
			ChainEnd before = { 0.0, -1 };
			for (guint r = sorted[j].y - 1; r > 0; r -= r & -r)
				if (tree[r].weight > before.weight)
					before = tree[r];
			total[j] = before.weight + sorted[j].weight;
			prev[j] = before.end;
		}
		for (; i < j; i++) {
			for (guint r = sorted[i].y; r <= n_b; r += r & -r)
				if (total[i] > tree[r].weight)
					tree[r] = (ChainEnd){ total[i], (int)i };
			if (total[i] > best) {
				best = total[i];
				best_end = (int)i;
			}
		}
	}
	for (int i = best_end; i >= 0; i = prev[i]) {
		const CrFact *fa = fact_at(ch, sorted[i].fact_a), *fb = fact_at(ch, sorted[i].fact_b);
		CrAnchor anchor = { .group = (guint)fa->group, .a = fa->start, .b = fb->start };
		g_array_append_val(anchors, anchor);
	}
	for (guint i = 0, j = anchors->len - 1; i < j; i++, j--) {
		CrAnchor t = g_array_index(anchors, CrAnchor, i);
		g_array_index(anchors, CrAnchor, i) = g_array_index(anchors, CrAnchor, j);
		g_array_index(anchors, CrAnchor, j) = t;
	}
	return anchors;
}

/* Numbers each fact by its start within its report, from 1, facts at one
 * start alike; and notes where each report's facts begin. */
static void rank_facts(Chainer *ch, guint n_docs)
{
	const GArray *facts = ch->facts;
	guint d = 0;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = fact_at(ch, i);
		while (d <= n_docs && f->doc >= d)
			ch->doc_first[d++] = i;
		guint first = ch->doc_first[MIN(f->doc, n_docs)];
		gboolean same = i > first && fact_at(ch, i - 1)->start == f->start;
		ch->rank[i] = same ? ch->rank[i - 1] : i - first + 1;
	}
	while (d <= n_docs)
		ch->doc_first[d++] = facts->len;
}

/* What the chain search of every pair of reports shares. */
typedef struct {
	const Chainer *ch;
	const CrAlignment *out;
	const GPtrArray *clusters;
	const gsize *doc_lens;
	CrChain **chains; /* per pair, in the order of cr_alignment_chain() */
	CrProgress *progress;
} PairJob;

/* Finds the chain of pair PAIR (counted (0,1), (0,2) ... (1,2) ...); pairs
 * are independent, so they run side by side. */
static void chain_pair(guint pair, gpointer data)
{
	const PairJob *job = data;
	guint n = job->out->n_docs, a = 0, b = pair;
	while (b >= n - 1 - a) {
		b -= n - 1 - a;
		a++;
	}
	b += a + 1;
	CrChain *chain = g_new0(CrChain, 1);
	ChainScratch scratch;
	Side sa = { a, job->doc_lens[a] }, sb = { b, job->doc_lens[b] };

	chain->doc_a = a;
	chain->doc_b = b;
	job->chains[pair] = chain;
	if (!cr_progress_go_on(job->progress)) {
		chain->anchors = g_array_new(FALSE, FALSE, sizeof(CrAnchor));
		return;
	}
	chain_scratch_init(&scratch);
	gather_candidates(job->ch, job->out, job->clusters, sa, sb, scratch.cands);
	chain->anchors = heaviest_chain(job->ch, &scratch, a, b);
	chain_scratch_clear(&scratch);
	cr_progress_step(job->progress);
}

void cr_align_chain(const GArray *facts, CrAlignment *out, const GPtrArray *clusters, const double *score,
		    const gsize *doc_lens, CrProgress *progress)
{
	Chainer ch = {
		.facts = facts,
		.score = score,
		.rank = g_new0(guint, MAX(facts->len, 1)),
		.doc_first = g_new0(guint, out->n_docs + 1),
		.doc_masks = g_new(guint32, MAX(out->groups->len, 1)),
	};
	guint n_pairs = out->n_docs * (out->n_docs - (out->n_docs > 0)) / 2;
	g_autofree CrChain **chains = g_new0(CrChain *, MAX(n_pairs, 1));
	PairJob job = { &ch, out, clusters, doc_lens, chains, progress };

	rank_facts(&ch, out->n_docs);
	for (guint i = 0; i < out->groups->len; i++)
		ch.doc_masks[i] = ((const CrGroup *)g_ptr_array_index(out->groups, i))->doc_mask;
	cr_parallel_for(n_pairs, chain_pair, &job);
	for (guint i = 0; i < n_pairs; i++)
		g_ptr_array_add(out->chains, chains[i]);
	g_free(ch.doc_first);
	g_free(ch.rank);
	g_free(ch.doc_masks);
}

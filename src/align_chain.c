/* Chaining shared facts in reading order: for every pair of reports, the
 * heaviest sequence of groups that appear in the same order in both (a
 * weighted longest increasing subsequence over a Fenwick tree). */
#include "align_private.h"

#include "crossread/doc.h"
#include "crossread/parallel.h"
#include "crossread/partition.h"

#include <math.h>
#include <string.h>

/* Beyond this many occurrence pairs of one group in two reports, only
 * occurrences at nearby relative positions become chain candidates. */
#define MAX_ALL_PAIRS 64

/* What chaining works on. */
typedef struct {
	const GArray *facts;
	guint *doc_first;     /* per report, and one past the last: its first fact (find_doc_firsts()) */
	guint64 *same_start;  /* per fact, a bit: set when it starts where the fact before it in
			       * its report does (fact_rank()) */
	guint32 *doc_masks;   /* per group: its doc_mask, read by every pair without the groups */
	const double *scores; /* what CrGroupCluster.score points at */
	/* per group, where its members' starts begin in MEMBER_STARTS; and per
	 * member of each group, its fact's start (find_member_starts()) */
	guint *first_member;
	guint32 *member_starts;
} Chainer;

static const CrFact *fact_at(const Chainer *ch, guint index)
{
	return &g_array_index(ch->facts, CrFact, index);
}

/* The rank of fact INDEX by its start within its report, whose first
 * fact is FIRST, from 1, facts at one start alike: found again from the
 * facts before it rather than kept (4 bytes a fact: dense numbers have
 * 346,000 facts at 4 MiB, and facts share a start rarely), by a bit a
 * fact, not the facts' starts (two facts of 80 bytes read out of order
 * for each of 2.5 million candidates, 1.7 million cache misses at 8
 * reports of 1 MiB). */
static inline guint fact_rank(const Chainer *ch, guint first, guint index)
{
	guint at = index;
	while (ch->same_start[at / 64] >> (at % 64) & 1)
		at--;
	return at - first + 1;
}

/* A possible anchor: one occurrence of a group in each of two reports
 * (16 bytes a candidate, dense numbers have a million). Its fact in A is
 * not kept: its rank in A is its place among the sorted candidates
 * (ChainScratch.bucket, chain_start_a()), its rank in B found from its
 * fact (fact_rank()). */
typedef struct {
	int prev; /* once weighed: the candidate before it in its best chain, -1 for none
		   * (while gathered: its rank in A; while sorted: its place) */
	guint fact_b;
	double weight;
} Candidate;

/* Where gathered candidates go, in the order gathered, each with its rank
 * in A in PREV until they are sorted by it in place (sort_candidates()):
 * the candidates are gathered once and never held twice. */
typedef struct {
	guint *bucket; /* per rank in A, from 0 to its last + 1: how many */
	guint first_a; /* the first fact of report A */
	Candidate *sorted;
	guint n;	 /* candidates gathered */
	GArray *nearest; /* guint, scratch: per member of a cluster in A, its nearest in B (add_nearest()) */
} CandidateSink;

/* One side of a pair of reports while candidates are gathered. */
typedef struct {
	guint doc;
	gsize len;
} Side;

/* The members of cluster C in report D: [*begin, *end). */
static void doc_members(const CrGroupCluster *c, guint d, guint *begin, guint *end)
{
	*begin = c->doc_slices[d];
	*end = c->doc_slices[d + 1];
}

/* The lesser score of members P and Q of cluster C. */
static inline double lesser_score(const Chainer *ch, const CrGroupCluster *c, guint p, guint q)
{
	return MIN(ch->scores[c->score[p]], ch->scores[c->score[q]]);
}

/* Adds the candidate of the fact of rank X in A and fact FB, of WEIGHT. */
static inline void add_candidate(CandidateSink *out, guint x, guint fb, double weight)
{
	out->bucket[x + 1]++;
	out->sorted[out->n++] = (Candidate){ .prev = (int)x, .fact_b = fb, .weight = weight };
}

/* Pairs each occurrence of cluster C (its members' starts STARTS) in
 * report FROM with the occurrence in TO nearest to the same relative
 * position; WEIGHT is the pair's base, times the lesser score of the two
 * members. A report's members are in text order, so the first of TO at or
 * past each target is found by walking on from the last one's (no search
 * over all of TO each time); their starts are read where
 * find_member_starts() put them, not copied out of the facts for each
 * pair (each report is in seven pairs of eight).
 * Called from A first, which keeps each member's nearest in B
 * (OUT->nearest); from B, a pair found from A already is not added again:
 * the same rank in A, fact in B and weight, after the first, it could
 * never outweigh it in heaviest_chain() (16 % of the candidates at 8
 * reports of 1 MiB). */
static void add_nearest(const Chainer *ch, const CrGroupCluster *c, const guint32 *starts, Side from, Side to,
			gboolean from_is_a, double weight, CandidateSink *out)
{
	const guint *m = (const guint *)(void *)c->members->data;
	guint f0, f1, t0, t1;

	doc_members(c, from.doc, &f0, &f1);
	doc_members(c, to.doc, &t0, &t1);
	guint n_to = t1 - t0;
	const guint32 *to_start = starts + t0;
	/* the lengths converted once, and the target back by a signed
	 * conversion (one instruction, not an unsigned one's test and
	 * branches): it is under 2^63, so the same value */
	double from_len = (double)from.len, to_len = (double)to.len;
	if (from_is_a)
		g_array_set_size(out->nearest, f1 - f0);
	guint *nearest = (guint *)(void *)out->nearest->data;
	for (guint i = f0, at = 0; i < f1; i++) {
		double rel = from.len ? (double)starts[i] / from_len : 0.0;
		gsize target = (gsize)(gint64)(rel * to_len);
		while (at < n_to && to_start[at] < target)
			at++;
		while (at > 0 && to_start[at - 1] >= target)
			at--;
		guint j = at;
		if (j == n_to || (j > 0 && target - to_start[j - 1] < to_start[j] - target))
			j--;
		if (from_is_a)
			nearest[i - f0] = j;
		else if (nearest[j] == i - f0)
			continue;
		guint in_a = from_is_a ? i : t0 + j, in_b = from_is_a ? t0 + j : i;
		add_candidate(out, fact_rank(ch, out->first_a, m[in_a]), m[in_b],
			      weight * lesser_score(ch, c, in_a, in_b));
	}
}

/* Every possible anchor between reports A and B, into CANDS. */
static void gather_candidates(const Chainer *ch, const CrAlignment *out, const GPtrArray *clusters, Side a,
			      Side b, CandidateSink *cands)
{
	guint32 both = (1u << a.doc) | (1u << b.doc);

	for (guint i = 0; i < out->groups->len; i++) {
		if ((ch->doc_masks[i] & both) != both)
			continue;
		const CrGroupCluster *c = g_ptr_array_index(clusters, i);
		const guint *m = (const guint *)(void *)c->members->data;
		guint a0, a1, b0, b1;
		doc_members(c, a.doc, &a0, &a1);
		doc_members(c, b.doc, &b0, &b1);
		/* Divided by how common the fact is in each report. */
		double weight = c->base / sqrt((double)(a1 - a0) * (b1 - b0));
		if ((a1 - a0) * (b1 - b0) <= MAX_ALL_PAIRS) {
			for (guint p = a0; p < a1; p++) {
				guint x = fact_rank(ch, cands->first_a, m[p]);
				for (guint q = b0; q < b1; q++)
					add_candidate(cands, x, m[q], weight * lesser_score(ch, c, p, q));
			}
		} else {
			const guint32 *starts = ch->member_starts + ch->first_member[i];
			add_nearest(ch, c, starts, a, b, TRUE, weight, cands);
			add_nearest(ch, c, starts, b, a, FALSE, weight, cands);
		}
	}
}

/* Working memory of the chain search of one pair of reports. */
typedef struct {
	GArray *sorted; /* Candidate, by rank in A */
	GArray *bucket; /* guint: counting sort */
	/* the Fenwick tree over ranks in B of heaviest_chain(): per node, the
	 * weight of the heaviest chain that ends at a rank in its range (0 for
	 * none) and the candidate that ends it, in two arrays, not one of
	 * pairs: an element of 8 or 4 bytes is indexed by the walks' scaled
	 * addressing, one of 16 took a shift and an add at every node (15 M
	 * instructions at 8 reports of 1 MiB), and only the weights are
	 * cleared */
	GArray *tree_weight; /* double */
	GArray *tree_end;    /* guint */
	GArray *nearest;     /* guint: CandidateSink.nearest */
	GArray *ranks;	     /* guint: the ranks in B of the candidates at one rank in A */
} ChainScratch;

static void chain_scratch_init(ChainScratch *s)
{
	s->sorted = g_array_new(FALSE, FALSE, sizeof(Candidate));
	s->bucket = g_array_new(FALSE, FALSE, sizeof(guint));
	s->tree_weight = g_array_new(FALSE, FALSE, sizeof(double));
	s->tree_end = g_array_new(FALSE, FALSE, sizeof(guint));
	s->nearest = g_array_new(FALSE, FALSE, sizeof(guint));
	s->ranks = g_array_new(FALSE, FALSE, sizeof(guint));
}

static void chain_scratch_clear(ChainScratch *s)
{
	g_array_unref(s->sorted);
	g_array_unref(s->bucket);
	g_array_unref(s->tree_weight);
	g_array_unref(s->tree_end);
	g_array_unref(s->nearest);
	g_array_unref(s->ranks);
}

/* How many candidates gather_candidates() finds between reports A and B
 * at most, from the clusters' sizes alone (a pair found from both sides
 * counted twice). */
static guint count_candidates(const Chainer *ch, const CrAlignment *out, const GPtrArray *clusters, Side a,
			      Side b)
{
	guint32 both = (1u << a.doc) | (1u << b.doc);
	guint n = 0;

	for (guint i = 0; i < out->groups->len; i++) {
		if ((ch->doc_masks[i] & both) != both)
			continue;
		const CrGroupCluster *c = g_ptr_array_index(clusters, i);
		guint a0, a1, b0, b1;
		doc_members(c, a.doc, &a0, &a1);
		doc_members(c, b.doc, &b0, &b1);
		n += (a1 - a0) * (b1 - b0) <= MAX_ALL_PAIRS ? (a1 - a0) * (b1 - b0) : (a1 - a0) + (b1 - b0);
	}
	return n;
}

/* Every possible anchor between reports A and B into S->sorted, by rank
 * in A, in the order gathered at one rank; returns how many. S->bucket
 * then holds, per rank in A, where the candidates after it begin. The
 * candidates are gathered once, each told its place by a counting sort
 * and moved there in place, cycle by cycle. */
static guint sort_candidates(const Chainer *ch, const CrAlignment *out, const GPtrArray *clusters, Side a,
			     Side b, ChainScratch *s)
{
	guint n_a = ch->doc_first[a.doc + 1] - ch->doc_first[a.doc];
	g_array_set_size(s->bucket, n_a + 2);
	g_array_set_size(s->sorted, count_candidates(ch, out, clusters, a, b));
	CandidateSink sink = { (guint *)(void *)s->bucket->data, ch->doc_first[a.doc],
			       (Candidate *)(void *)s->sorted->data, 0, s->nearest };
	memset(sink.bucket, 0, (n_a + 2) * sizeof(guint));
	gather_candidates(ch, out, clusters, a, b, &sink);
	g_assert(sink.n <= s->sorted->len);
	g_array_set_size(s->sorted, sink.n);
	for (guint r = 1; r <= n_a + 1; r++)
		sink.bucket[r] += sink.bucket[r - 1];
	Candidate *sorted = sink.sorted;
	for (guint i = 0; i < sink.n; i++)
		sorted[i].prev = (int)sink.bucket[sorted[i].prev]++;
	for (guint i = 0; i < sink.n; i++) {
		while (sorted[i].prev != (int)i) {
			Candidate moved = sorted[sorted[i].prev];
			sorted[sorted[i].prev] = sorted[i];
			sorted[i] = moved;
		}
		sorted[i].prev = -1;
	}
	return sink.n;
}

/* The start in report A of sorted candidate I, from its rank in A: the
 * first rank whose candidates end after I (S->bucket), the rank of the
 * first of A's facts at that start. A chain's candidates are asked for
 * from its last back, so *RANK, the last one's rank (at first one past
 * every rank), is walked back from (not searched for: 16 M). */
static gsize chain_start_a(const Chainer *ch, const ChainScratch *s, guint a, guint i, guint *rank)
{
	const guint *ends = (const guint *)(void *)s->bucket->data;
	while (*rank > 0 && ends[*rank - 1] > i)
		(*rank)--;
	return fact_at(ch, ch->doc_first[a] + *rank - 1)->start;
}

/* The heaviest chain of the K candidates sorted in S between reports A
 * and B, strictly increasing in both, as anchors. Candidates are taken by
 * rank in A (S->bucket: where each rank's end); those at one rank are all
 * weighed before any is recorded, so that two of them never chain. Each
 * candidate's weight becomes that of the heaviest chain it ends, and its
 * prev the candidate before it (no arrays of their own). */
static GArray *heaviest_chain(const Chainer *ch, ChainScratch *s, guint k, guint a, guint b)
{
	GArray *anchors = g_array_new(FALSE, FALSE, sizeof(CrAnchor));
	guint first_b = ch->doc_first[b], n_b = ch->doc_first[b + 1] - first_b;
	if (k == 0)
		return anchors;

	Candidate *sorted = (Candidate *)(void *)s->sorted->data;
	const guint *rank_end = (const guint *)(void *)s->bucket->data;
	g_array_set_size(s->tree_weight, n_b + 1);
	g_array_set_size(s->tree_end, n_b + 1);
	double *tree_weight = (double *)(void *)s->tree_weight->data;
	guint *tree_end = (guint *)(void *)s->tree_end->data;

	/* a node of no weight stands for none: no chain goes through it,
	 * weights being > 0, and its end is never read */
	memset(tree_weight, 0, (n_b + 1) * sizeof(double));
	int best_end = -1;
	double best = 0.0;
	for (guint rank_a = 1, i = 0; i < k; rank_a++) {
		guint j, end = rank_end[rank_a];
		/* each candidate's rank in B, found once for both walks of the tree */
		if (end - i > s->ranks->len)
			g_array_set_size(s->ranks, end - i);
		guint *rank_b = (guint *)(void *)s->ranks->data - i;
		for (j = i; j < end; j++) {
			int before = -1;
			double before_weight = 0.0;
			rank_b[j] = fact_rank(ch, first_b, sorted[j].fact_b);
			for (gsize r = rank_b[j] - 1; r > 0; r -= r & -r) {
				if (tree_weight[r] > before_weight) {
					before = (int)tree_end[r];
					before_weight = tree_weight[r];
				}
			}
			sorted[j].weight += before_weight;
			sorted[j].prev = before;
		}
		for (; i < j; i++) {
			/* each node on the way up covers the ranks of the one
			 * before and more, so holds a chain as heavy at least:
			 * past the first that outweighs this one, none is lighter;
			 * the next node is r + (r & -r), found as (r | (r - 1)) + 1
			 * (one instruction fewer), and the nodes' indices are 64
			 * bits wide in both walks, used as addresses without a
			 * widening each (8 x 1 MiB: chain 212.8 -> 202.9 M) */
			double weight = sorted[i].weight;
			for (gsize r = rank_b[i]; r <= n_b && weight > tree_weight[r];
			     r = (r | (r - 1)) + 1) {
				tree_weight[r] = weight;
				tree_end[r] = i;
			}
			if (sorted[i].weight > best) {
				best = sorted[i].weight;
				best_end = (int)i;
			}
		}
	}
	/* the chain is walked from its end: counted first, then written
	 * into place from the last anchor back */
	guint n = 0;
	for (int i = best_end; i >= 0; i = sorted[i].prev)
		n++;
	g_array_set_size(anchors, n);
	guint rank = s->bucket->len - 1;
	for (int i = best_end; i >= 0; i = sorted[i].prev) {
		const CrFact *fb = fact_at(ch, sorted[i].fact_b);
		g_array_index(anchors, CrAnchor, --n) =
		    (CrAnchor){ .group = (guint)fb->group,
				.a = chain_start_a(ch, s, a, (guint)i, &rank),
				.b = fb->start };
	}
	return anchors;
}

/* Facts whose same-start bits one item sets: a whole number of words. */
#define FIRSTS_PIECE 4096

typedef struct {
	Chainer *ch;
	guint n_docs;
} FirstsJob;

/* Sets the same-start bits of piece P of the facts (each report's first
 * found in doc_first already). */
static void find_same_starts(guint p, gpointer data)
{
	const FirstsJob *job = data;
	Chainer *ch = job->ch;
	guint end = MIN(ch->facts->len, (p + 1) * FIRSTS_PIECE);
	for (guint i = MAX(p * FIRSTS_PIECE, 1); i < end; i++) {
		const CrFact *f = fact_at(ch, i);
		if (i > ch->doc_first[MIN(f->doc, job->n_docs)] && fact_at(ch, i - 1)->start == f->start)
			ch->same_start[i / 64] |= G_GUINT64_CONSTANT(1) << (i % 64);
	}
}

/* Where each report's facts begin (the facts are sorted by report) and
 * which facts start where the fact before them in their report does: the
 * bits in pieces side by side. */
static void find_doc_firsts(Chainer *ch, guint n_docs)
{
	const GArray *facts = ch->facts;
	for (guint d = 0; d <= n_docs; d++)
		ch->doc_first[d] = CR_PARTITION_POINT(facts->len, mid, fact_at(ch, mid)->doc < d);
	FirstsJob job = { ch, n_docs };
	cr_parallel_for((facts->len + FIRSTS_PIECE - 1) / FIRSTS_PIECE, find_same_starts, &job);
}

G_STATIC_ASSERT(CR_MAX_FILE_BYTES <= G_MAXUINT32);

/* Groups whose members' starts one item of find_member_starts() writes. */
#define STARTS_PIECE 2048

typedef struct {
	Chainer *ch;
	const GPtrArray *clusters;
} StartsJob;

/* Writes the starts of the members of piece P of the groups. */
static void member_starts_piece(guint p, gpointer data)
{
	const StartsJob *job = data;
	Chainer *ch = job->ch;
	guint end = MIN(job->clusters->len, (p + 1) * STARTS_PIECE);
	for (guint i = p * STARTS_PIECE; i < end; i++) {
		const GArray *members =
		    ((const CrGroupCluster *)g_ptr_array_index(job->clusters, i))->members;
		guint32 *starts = ch->member_starts + ch->first_member[i];
		for (guint k = 0; k < members->len; k++)
			starts[k] = (guint32)fact_at(ch, g_array_index(members, guint, k))->start;
	}
}

/* Where each group's members' starts begin, and the starts (4 bytes a
 * member: a report is at most CR_MAX_FILE_BYTES), written side by side:
 * once for all pairs. */
static void find_member_starts(Chainer *ch, const GPtrArray *clusters)
{
	guint n = 0;
	ch->first_member = g_new(guint, MAX(clusters->len, 1));
	for (guint i = 0; i < clusters->len; i++) {
		ch->first_member[i] = n;
		n += ((const CrGroupCluster *)g_ptr_array_index(clusters, i))->members->len;
	}
	ch->member_starts = g_new(guint32, MAX(n, 1));
	StartsJob job = { ch, clusters };
	cr_parallel_for((clusters->len + STARTS_PIECE - 1) / STARTS_PIECE, member_starts_piece, &job);
}

/* The scratch of pairs done, kept for the next pair a thread takes: each
 * of the 28 pairs at 8 reports taking its own from the system faulted its
 * pages in again (docs/PERFORMANCE.md, branch perf18). */
typedef struct {
	GMutex lock;
	ChainScratch kept[CR_MAX_DOCUMENTS];
	guint n;
} ScratchPool;

/* Takes a kept scratch into S, or makes a new one when none is kept. */
static void scratch_take(ScratchPool *pool, ChainScratch *s)
{
	g_mutex_lock(&pool->lock);
	gboolean kept = pool->n > 0;
	if (kept)
		*s = pool->kept[--pool->n];
	g_mutex_unlock(&pool->lock);
	if (!kept)
		chain_scratch_init(s);
}

/* Keeps S for the next pair, or clears it when the pool is full. */
static void scratch_keep(ScratchPool *pool, ChainScratch *s)
{
	g_mutex_lock(&pool->lock);
	gboolean kept = pool->n < G_N_ELEMENTS(pool->kept);
	if (kept)
		pool->kept[pool->n++] = *s;
	g_mutex_unlock(&pool->lock);
	if (!kept)
		chain_scratch_clear(s);
}

/* What the chain search of every pair of reports shares. */
typedef struct {
	const Chainer *ch;
	const CrAlignment *out;
	const GPtrArray *clusters;
	const gsize *doc_lens;
	CrChain **chains; /* per pair, in the order of cr_alignment_chain() */
	CrProgress *progress;
	ScratchPool *spares;
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
	scratch_take(job->spares, &scratch);
	guint k = sort_candidates(job->ch, job->out, job->clusters, sa, sb, &scratch);
	chain->anchors = heaviest_chain(job->ch, &scratch, k, a, b);
	scratch_keep(job->spares, &scratch);
	cr_progress_step(job->progress);
}

void cr_align_chain(const GArray *facts, CrAlignment *out, const GPtrArray *clusters, const GArray *scores,
		    const gsize *doc_lens, CrProgress *progress)
{
	Chainer ch = {
		.facts = facts,
		.scores = (const double *)(const void *)scores->data,
		.doc_first = g_new0(guint, out->n_docs + 1),
		.same_start = g_new0(guint64, facts->len / 64 + 1),
		.doc_masks = g_new(guint32, MAX(out->groups->len, 1)),
	};
	guint n_pairs = out->n_docs * (out->n_docs - (out->n_docs > 0)) / 2;
	g_autofree CrChain **chains = g_new0(CrChain *, MAX(n_pairs, 1));
	ScratchPool spares = { .n = 0 };
	PairJob job = { &ch, out, clusters, doc_lens, chains, progress, &spares };

	find_doc_firsts(&ch, out->n_docs);
	find_member_starts(&ch, clusters);
	for (guint i = 0; i < out->groups->len; i++)
		ch.doc_masks[i] = ((const CrGroup *)g_ptr_array_index(out->groups, i))->doc_mask;
	g_mutex_init(&spares.lock);
	cr_parallel_for(n_pairs, chain_pair, &job);
	while (spares.n > 0)
		chain_scratch_clear(&spares.kept[--spares.n]);
	g_mutex_clear(&spares.lock);
	for (guint i = 0; i < n_pairs; i++)
		g_ptr_array_add(out->chains, chains[i]);
	g_free(ch.doc_first);
	g_free(ch.same_start);
	g_free(ch.doc_masks);
	g_free(ch.first_member);
	g_free(ch.member_starts);
}

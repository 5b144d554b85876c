/* Matching facts across reports and chaining them in reading order.
 *
 * Grouping runs per kind through a small ops table: facts are taken most
 * specific first (a day before its month, the longest quotation before its
 * fragments); each one joins the existing cluster it matches best, found
 * through a candidate index, or starts a cluster of its own. Clusters that
 * only one report carries are dropped. Chains are the heaviest sequences of
 * shared facts in the same order in two reports (a weighted longest
 * increasing subsequence over a Fenwick tree). */
#include "crossread/align.h"

#include <math.h>
#include <string.h>

#include "crossread/extract.h"
#include "crossread/text.h"

/* Least cr_quote_similarity() for a quotation to join a cluster, against
 * its best member and against its longest quotation. */
#define QUOTE_THRESHOLD 0.5
/* Least cr_date_match() against every distinct date of a cluster. */
#define DATE_THRESHOLD 0.25
/* Quotations are looked up by this many of their rarest word stems. */
#define QUOTE_LOOKUP_STEMS 4
/* A word stem is its first characters: "decoupling" and "decouple" meet. */
#define STEM_CHARS 5
/* A stem shared by more clusters than this picks no candidates. */
#define MAX_POSTING 256
/* Best-match linkage compares a joiner with at most this many members. */
#define MAX_BEST_LINKS 16
/* Beyond this many occurrence pairs of one group in two reports, only
 * occurrences at nearby relative positions become chain candidates. */
#define MAX_ALL_PAIRS 64

typedef struct {
	GArray *facts;
	double *score; /* per fact: how well it matched its cluster x its confidence */
	GHashTable *stem_df; /* quotations: stem -> how many quotation facts have it */
} Aligner;

/* A group while it is built. */
typedef struct {
	guint rep;         /* the most specific fact: what joiners are checked against */
	GArray *members;   /* guint fact indices */
	GArray *distinct;  /* guint: the first member of each distinct key */
	guint *doc_slices; /* once a group: members of doc d are [d], [d+1] */
} Cluster;

/* How one kind of fact is matched and weighed. */
typedef struct {
	double (*match)(const CrFact *a, const CrFact *b);
	gboolean match_all; /* a joiner must match every distinct member, not only its best */
	double threshold;   /* least match to join a cluster */
	guint (*specificity)(const CrFact *f);
	/* The candidate index keys of F: where its cluster is filed, or (LOOKUP)
	 * where clusters it may join are looked up. */
	void (*keys)(const Aligner *al, const CrFact *f, gboolean lookup, GPtrArray *out);
	double (*base_weight)(const CrFact *rep);
} KindOps;

static double match_key(const CrFact *a, const CrFact *b)
{
	return strcmp(a->key, b->key) == 0 ? 1.0 : 0.0;
}

static double match_date(const CrFact *a, const CrFact *b)
{
	return cr_date_match(&a->date, &b->date);
}

static guint specificity_none(const CrFact *f)
{
	return 0;
}

static guint specificity_date(const CrFact *f)
{
	return f->date.precision;
}

static guint specificity_quote(const CrFact *f)
{
	return (guint)strlen(f->key);
}

static void keys_key(const Aligner *al, const CrFact *f, gboolean lookup, GPtrArray *out)
{
	g_ptr_array_add(out, g_strdup(f->key));
}

/* Dates are filed under their month and their year; a date with a month is
 * looked up by it, a bare year by the year. */
static void keys_date(const Aligner *al, const CrFact *f, gboolean lookup, GPtrArray *out)
{
	const CrDateValue *d = &f->date;
	if (d->month && (!lookup || d->precision >= CR_DATE_MONTH))
		g_ptr_array_add(out, g_strdup_printf("m%d", d->month));
	if (d->year && (!lookup || d->precision == CR_DATE_YEAR))
		g_ptr_array_add(out, g_strdup_printf("y%d", d->year));
}

/* The distinct word stems of a folded quotation, in order. */
static void quote_stems(const char *key, GPtrArray *out)
{
	gsize len = strlen(key), pos = 0;
	g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);

	while (pos < len) {
		gsize start = pos;
		if (!cr_text_is_word_char(cr_text_next(key, len, &pos)))
			continue;
		gsize stem_end = pos, end = pos;
		guint chars = 1;
		while (end < len) {
			gsize at = end;
			if (!cr_text_is_word_char(cr_text_next(key, len, &end))) {
				end = at;
				break;
			}
			if (++chars <= STEM_CHARS)
				stem_end = end;
		}
		pos = end;
		if (chars < 2)
			continue;
		char *stem = g_strndup(key + start, stem_end - start);
		if (g_hash_table_add(seen, stem))
			g_ptr_array_add(out, stem);
		else
			g_free(stem);
	}
}

static gint compare_df(gconstpointer pa, gconstpointer pb, gpointer user_data)
{
	GHashTable *df = user_data;
	guint a = GPOINTER_TO_UINT(g_hash_table_lookup(df, *(char *const *)pa));
	guint b = GPOINTER_TO_UINT(g_hash_table_lookup(df, *(char *const *)pb));
	return a < b ? -1 : a > b;
}

/* Quotations are filed under every word stem and looked up by their
 * rarest ones, so that a fragment finds the full quotation. */
static void keys_quote(const Aligner *al, const CrFact *f, gboolean lookup, GPtrArray *out)
{
	g_autoptr(GPtrArray) stems = g_ptr_array_new_with_free_func(g_free);
	quote_stems(f->key, stems);
	if (lookup) {
		g_ptr_array_sort_with_data(stems, compare_df, al->stem_df);
		if (stems->len > QUOTE_LOOKUP_STEMS)
			g_ptr_array_set_size(stems, QUOTE_LOOKUP_STEMS);
	}
	for (guint i = 0; i < stems->len; i++)
		g_ptr_array_add(out, g_strdup(g_ptr_array_index(stems, i)));
}

static double weight_date(const CrFact *rep)
{
	return rep->date.precision >= CR_DATE_DAY ? 6.0 : 1.5;
}

static double weight_person_org(const CrFact *rep)
{
	return 3.0;
}

static double weight_place(const CrFact *rep)
{
	return 2.0;
}

static double weight_quote(const CrFact *rep)
{
	return 8.0;
}

static double weight_number(const CrFact *rep)
{
	return rep->unit && rep->unit[0] ? 4.0 : 1.0;
}

static const KindOps kind_ops[CR_FACT_N_KINDS] = {
	[CR_FACT_DATE] = { match_date, TRUE, DATE_THRESHOLD, specificity_date, keys_date, weight_date },
	[CR_FACT_PERSON] = { match_key, TRUE, 1.0, specificity_none, keys_key, weight_person_org },
	[CR_FACT_ORG] = { match_key, TRUE, 1.0, specificity_none, keys_key, weight_person_org },
	[CR_FACT_PLACE] = { match_key, TRUE, 1.0, specificity_none, keys_key, weight_place },
	[CR_FACT_QUOTE] = { cr_quote_similarity, FALSE, QUOTE_THRESHOLD, specificity_quote, keys_quote,
			    weight_quote },
	[CR_FACT_NUMBER] = { match_key, TRUE, 1.0, specificity_none, keys_key, weight_number },
};

static const CrFact *fact_at(const Aligner *al, guint index)
{
	return &g_array_index(al->facts, CrFact, index);
}

/* TRUE for a fact the aligner considers at all. */
static gboolean fact_alignable(const CrFact *f, guint n_docs)
{
	if (!f->key || !f->key[0] || (f->flags & CR_FACT_IGNORED) || f->doc >= n_docs || f->kind >= CR_FACT_N_KINDS)
		return FALSE;
	return f->kind != CR_FACT_DATE || f->date.precision != CR_DATE_NONE;
}

static void cluster_free(gpointer data)
{
	Cluster *c = data;
	g_array_unref(c->members);
	g_array_unref(c->distinct);
	g_free(c->doc_slices);
	g_free(c);
}

/* How well fact F fits cluster C: its worst match with the cluster's
 * distinct values (match_all), else its best, provided the representative
 * itself is close enough; 0 when it does not fit. */
static double linkage(const Aligner *al, const KindOps *ops, const Cluster *c, const CrFact *f)
{
	if (!ops->match_all && ops->match(f, fact_at(al, c->rep)) < ops->threshold)
		return 0.0;
	double link = ops->match_all ? 1.0 : 0.0;
	guint n = ops->match_all ? c->distinct->len : MIN(c->distinct->len, MAX_BEST_LINKS);
	for (guint i = 0; i < n; i++) {
		double s = ops->match(f, fact_at(al, g_array_index(c->distinct, guint, i)));
		link = ops->match_all ? MIN(link, s) : MAX(link, s);
	}
	return link >= ops->threshold ? link : 0.0;
}

/* Adds fact INDEX to cluster C; TRUE when its key is new to the cluster. */
static gboolean cluster_add(const Aligner *al, Cluster *c, guint index)
{
	const CrFact *f = fact_at(al, index);
	g_array_append_val(c->members, index);
	for (guint i = 0; i < c->distinct->len; i++)
		if (strcmp(fact_at(al, g_array_index(c->distinct, guint, i))->key, f->key) == 0)
			return FALSE;
	g_array_append_val(c->distinct, index);
	return TRUE;
}

/* Files cluster ID under the index keys of fact F. */
static void index_cluster(const Aligner *al, const KindOps *ops, GHashTable *index, const CrFact *f, guint id)
{
	g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func(g_free);
	ops->keys(al, f, FALSE, keys);
	for (guint k = 0; k < keys->len; k++) {
		char *key = g_ptr_array_index(keys, k);
		GArray *posting = g_hash_table_lookup(index, key);
		if (!posting) {
			posting = g_array_new(FALSE, FALSE, sizeof(guint));
			g_hash_table_insert(index, g_strdup(key), posting);
		}
		if (posting->len == 0 || g_array_index(posting, guint, posting->len - 1) != id)
			g_array_append_val(posting, id);
	}
}

typedef struct {
	const Aligner *al;
	const KindOps *ops;
} OrderContext;

/* Most specific first, then in reading order. */
static gint compare_specificity(gconstpointer pa, gconstpointer pb, gpointer user_data)
{
	const OrderContext *ctx = user_data;
	guint a = *(const guint *)pa, b = *(const guint *)pb;
	guint sa = ctx->ops->specificity(fact_at(ctx->al, a)), sb = ctx->ops->specificity(fact_at(ctx->al, b));
	if (sa != sb)
		return sa > sb ? -1 : 1;
	return a < b ? -1 : a > b;
}

/* Clusters the facts ORDER (all of one KIND) into CLUSTERS. A fact joins
 * the cluster it fits best; when two fit equally and it is less specific
 * than both (a month between two days), it stays on its own. */
static void cluster_kind(Aligner *al, CrFactKind kind, GArray *order, GPtrArray *clusters)
{
	const KindOps *ops = &kind_ops[kind];
	OrderContext ctx = { al, ops };
	g_autoptr(GHashTable) index =
		g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_array_unref);
	g_autoptr(GArray) stamp = g_array_new(FALSE, TRUE, sizeof(guint));
	g_autoptr(GPtrArray) keys = g_ptr_array_new_with_free_func(g_free);
	guint first = clusters->len;

	g_array_sort_with_data(order, compare_specificity, &ctx);
	for (guint i = 0; i < order->len; i++) {
		guint fi = g_array_index(order, guint, i);
		const CrFact *f = fact_at(al, fi);
		double best = 0.0, second = 0.0;
		guint best_id = 0, second_id = 0;

		g_ptr_array_set_size(keys, 0);
		ops->keys(al, f, TRUE, keys);
		for (guint k = 0; k < keys->len; k++) {
			GArray *posting = g_hash_table_lookup(index, g_ptr_array_index(keys, k));
			if (!posting || (posting->len > MAX_POSTING && keys->len > 1))
				continue;
			for (guint p = 0; p < posting->len; p++) {
				guint id = g_array_index(posting, guint, p);
				if (g_array_index(stamp, guint, id - first) == i + 1)
					continue;
				g_array_index(stamp, guint, id - first) = i + 1;
				double s = linkage(al, ops, g_ptr_array_index(clusters, id), f);
				if (s > best) {
					second = best, second_id = best_id;
					best = s, best_id = id;
				} else if (s > second) {
					second = s, second_id = id;
				}
			}
		}
		gboolean ambiguous = FALSE;
		if (second > 0.0 && second >= best - 1e-9) {
			const Cluster *b1 = g_ptr_array_index(clusters, best_id);
			const Cluster *b2 = g_ptr_array_index(clusters, second_id);
			guint spec = ops->specificity(f);
			ambiguous = spec < ops->specificity(fact_at(al, b1->rep)) &&
				    spec < ops->specificity(fact_at(al, b2->rep));
		}
		Cluster *c;
		guint id;
		if (best > 0.0 && !ambiguous) {
			id = best_id;
			c = g_ptr_array_index(clusters, id);
			al->score[fi] = best * f->confidence;
		} else {
			id = clusters->len;
			c = g_new0(Cluster, 1);
			c->rep = fi;
			c->members = g_array_new(FALSE, FALSE, sizeof(guint));
			c->distinct = g_array_new(FALSE, FALSE, sizeof(guint));
			g_ptr_array_add(clusters, c);
			g_array_set_size(stamp, clusters->len - first);
			al->score[fi] = f->confidence;
		}
		if (cluster_add(al, c, fi))
			index_cluster(al, ops, index, f, id);
	}
}

/* How many quotation facts have each word stem. */
static GHashTable *count_quote_stems(const Aligner *al, GArray *quotes)
{
	GHashTable *df = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_autoptr(GPtrArray) stems = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < quotes->len; i++) {
		g_ptr_array_set_size(stems, 0);
		quote_stems(fact_at(al, g_array_index(quotes, guint, i))->key, stems);
		for (guint s = 0; s < stems->len; s++) {
			char *stem = g_ptr_array_index(stems, s);
			guint n = GPOINTER_TO_UINT(g_hash_table_lookup(df, stem));
			g_hash_table_insert(df, g_strdup(stem), GUINT_TO_POINTER(n + 1));
		}
	}
	return df;
}

static gint compare_guint(gconstpointer pa, gconstpointer pb)
{
	guint a = *(const guint *)pa, b = *(const guint *)pb;
	return a < b ? -1 : a > b;
}

static gint compare_cluster_start(gconstpointer pa, gconstpointer pb)
{
	const Cluster *a = *(Cluster *const *)pa, *b = *(Cluster *const *)pb;
	return compare_guint(&g_array_index(a->members, guint, 0), &g_array_index(b->members, guint, 0));
}

/* Turns the clusters that two reports or more carry into groups, in the
 * order of their first fact; keeps their clusters (doc slices filled in)
 * beside them in KEPT. */
static void make_groups(Aligner *al, CrAlignment *out, GPtrArray *clusters, GPtrArray *kept)
{
	guint n_docs = out->n_docs;

	for (guint i = 0; i < clusters->len; i++) {
		Cluster *c = g_ptr_array_index(clusters, i);
		g_array_sort(c->members, compare_guint);
		guint32 mask = 0;
		for (guint m = 0; m < c->members->len; m++)
			mask |= 1u << fact_at(al, g_array_index(c->members, guint, m))->doc;
		if (__builtin_popcount(mask) >= 2)
			g_ptr_array_add(kept, g_ptr_array_steal_index_fast(clusters, i--));
	}
	g_ptr_array_sort(kept, compare_cluster_start);
	for (guint i = 0; i < kept->len; i++) {
		Cluster *c = g_ptr_array_index(kept, i);
		const CrFact *rep = fact_at(al, c->rep);
		CrGroup *g = g_new0(CrGroup, 1);
		double score_sum = 0.0, log_count = 0.0;

		g->id = i;
		g->kind = rep->kind;
		g->value = g_strdup(rep->value ? rep->value : rep->key);
		g->facts = g_array_ref(c->members);
		c->doc_slices = g_new0(guint, n_docs + 1);
		for (guint m = 0; m < c->members->len; m++) {
			guint fi = g_array_index(c->members, guint, m);
			CrFact *f = &g_array_index(al->facts, CrFact, fi);
			f->group = (int)i;
			g->doc_mask |= 1u << f->doc;
			c->doc_slices[f->doc + 1] = m + 1;
			score_sum += al->score[fi];
		}
		for (guint d = 1; d <= n_docs; d++)
			c->doc_slices[d] = MAX(c->doc_slices[d], c->doc_slices[d - 1]);
		g->n_docs = (guint)__builtin_popcount(g->doc_mask);
		for (guint d = 0; d < n_docs; d++)
			if (c->doc_slices[d + 1] > c->doc_slices[d])
				log_count += log(c->doc_slices[d + 1] - c->doc_slices[d]);
		g->confidence = score_sum / c->members->len;
		g->weight = kind_ops[g->kind].base_weight(rep) * g->confidence / exp(log_count / g->n_docs);
		g_ptr_array_add(out->groups, g);
	}
}

/* A possible anchor: one occurrence of a group in each of two reports. */
typedef struct {
	gsize x, y;
	double weight;
	guint group;
	guint rank; /* of y among all candidates, from 1 */
} Candidate;

/* One side of a pair of reports while candidates are gathered. */
typedef struct {
	guint doc;
	gsize len;
} Side;

static void add_candidate(const Aligner *al, const CrGroup *g, const Cluster *c, GArray *out, guint fa, guint fb)
{
	const CrFact *a = fact_at(al, fa), *b = fact_at(al, fb);
	double base = kind_ops[g->kind].base_weight(fact_at(al, c->rep));
	guint na = c->doc_slices[a->doc + 1] - c->doc_slices[a->doc];
	guint nb = c->doc_slices[b->doc + 1] - c->doc_slices[b->doc];
	Candidate cand = {
		.x = a->start,
		.y = b->start,
		.weight = base * MIN(al->score[fa], al->score[fb]) / sqrt((double)na * nb),
		.group = g->id,
	};
	g_array_append_val(out, cand);
}

/* Pairs each occurrence of the group in report FROM with the occurrences in
 * TO nearest to the same relative position. */
static void add_nearest(const Aligner *al, const CrGroup *g, const Cluster *c, Side from, Side to,
			gboolean from_is_a, GArray *out)
{
	const guint *m = (const guint *)(void *)c->members->data;
	guint f0 = c->doc_slices[from.doc], f1 = c->doc_slices[from.doc + 1];
	guint t0 = c->doc_slices[to.doc], t1 = c->doc_slices[to.doc + 1];

	for (guint i = f0; i < f1; i++) {
		double rel = from.len ? (double)fact_at(al, m[i])->start / (double)from.len : 0.0;
		gsize target = (gsize)(rel * (double)to.len);
		guint lo = t0, hi = t1;
		while (lo < hi) {
			guint mid = lo + (hi - lo) / 2;
			if (fact_at(al, m[mid])->start < target)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (guint j = lo > t0 ? lo - 1 : lo; j <= lo && j < t1; j++)
			add_candidate(al, g, c, out, from_is_a ? m[i] : m[j], from_is_a ? m[j] : m[i]);
	}
}

/* Every possible anchor between reports A and B. */
static GArray *gather_candidates(const Aligner *al, const CrAlignment *out, GPtrArray *clusters, Side a, Side b)
{
	GArray *cands = g_array_new(FALSE, FALSE, sizeof(Candidate));
	guint32 both = (1u << a.doc) | (1u << b.doc);

	for (guint i = 0; i < out->groups->len; i++) {
		const CrGroup *g = g_ptr_array_index(out->groups, i);
		const Cluster *c = g_ptr_array_index(clusters, i);
		if ((g->doc_mask & both) != both)
			continue;
		guint a0 = c->doc_slices[a.doc], a1 = c->doc_slices[a.doc + 1];
		guint b0 = c->doc_slices[b.doc], b1 = c->doc_slices[b.doc + 1];
		if ((a1 - a0) * (b1 - b0) <= MAX_ALL_PAIRS) {
			for (guint p = a0; p < a1; p++)
				for (guint q = b0; q < b1; q++)
					add_candidate(al, g, c, cands, g_array_index(c->members, guint, p),
						      g_array_index(c->members, guint, q));
		} else {
			add_nearest(al, g, c, a, b, TRUE, cands);
			add_nearest(al, g, c, b, a, FALSE, cands);
		}
	}
	return cands;
}

static gint compare_candidate_y(gconstpointer pa, gconstpointer pb)
{
	const Candidate *a = pa, *b = pb;
	return a->y < b->y ? -1 : a->y > b->y;
}

/* Reading order in A; at one offset of A, the later offset of B first so
 * that two candidates at one offset never chain. */
static gint compare_candidate_x(gconstpointer pa, gconstpointer pb)
{
	const Candidate *a = pa, *b = pb;
	if (a->x != b->x)
		return a->x < b->x ? -1 : 1;
	if (a->y != b->y)
		return a->y > b->y ? -1 : 1;
	return a->group < b->group ? -1 : a->group > b->group;
}

/* A Fenwick tree node: the heaviest chain ending at a rank in its range. */
typedef struct {
	double weight;
	int end; /* the candidate it ends with, -1 for none */
} ChainEnd;

/* The heaviest chain of CANDS strictly increasing in x and in y, as anchors. */
static GArray *heaviest_chain(GArray *cands)
{
	GArray *anchors = g_array_new(FALSE, FALSE, sizeof(CrAnchor));
	guint k = cands->len;
	if (k == 0)
		return anchors;

	g_array_sort(cands, compare_candidate_y);
	guint rank = 0;
	for (guint i = 0; i < k; i++) {
		Candidate *c = &g_array_index(cands, Candidate, i);
		if (i == 0 || c->y != g_array_index(cands, Candidate, i - 1).y)
			rank++;
		c->rank = rank;
	}
	g_array_sort(cands, compare_candidate_x);

	g_autofree ChainEnd *tree = g_new(ChainEnd, rank + 1);
	g_autofree int *prev = g_new(int, k);
	g_autofree double *total = g_new(double, k);
	for (guint r = 0; r <= rank; r++)
		tree[r] = (ChainEnd){ 0.0, -1 };
	int best_end = -1;
	double best = 0.0;
	for (guint i = 0; i < k; i++) {
		const Candidate *c = &g_array_index(cands, Candidate, i);
		ChainEnd before = { 0.0, -1 };
		for (guint r = c->rank - 1; r > 0; r -= r & -r)
			if (tree[r].weight > before.weight)
				before = tree[r];
		total[i] = before.weight + c->weight;
		prev[i] = before.end;
		for (guint r = c->rank; r <= rank; r += r & -r)
			if (total[i] > tree[r].weight)
				tree[r] = (ChainEnd){ total[i], (int)i };
		if (total[i] > best) {
			best = total[i];
			best_end = (int)i;
		}
	}
	for (int i = best_end; i >= 0; i = prev[i]) {
		const Candidate *c = &g_array_index(cands, Candidate, i);
		CrAnchor anchor = { .group = c->group, .a = c->x, .b = c->y };
		g_array_prepend_val(anchors, anchor);
	}
	return anchors;
}

static void group_free(gpointer data)
{
	CrGroup *group = data;
	g_free(group->value);
	g_array_unref(group->facts);
	g_free(group);
}

static void chain_free(gpointer data)
{
	CrChain *chain = data;
	g_array_unref(chain->anchors);
	g_free(chain);
}

CrAlignment *cr_align(GArray *facts, guint n_docs, const gsize *doc_lens)
{
	CrAlignment *out = g_new0(CrAlignment, 1);
	g_autofree double *score = g_new0(double, MAX(facts->len, 1));
	Aligner al = { .facts = facts, .score = score };
	g_autoptr(GPtrArray) clusters = g_ptr_array_new_with_free_func(cluster_free);
	g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func(cluster_free);
	GArray *by_kind[CR_FACT_N_KINDS];

	n_docs = MIN(n_docs, 32);
	out->n_docs = n_docs;
	out->groups = g_ptr_array_new_with_free_func(group_free);
	out->chains = g_ptr_array_new_with_free_func(chain_free);
	for (guint k = 0; k < CR_FACT_N_KINDS; k++)
		by_kind[k] = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		f->group = -1;
		if (fact_alignable(f, n_docs))
			g_array_append_val(by_kind[f->kind], i);
	}
	al.stem_df = count_quote_stems(&al, by_kind[CR_FACT_QUOTE]);
	for (guint k = 0; k < CR_FACT_N_KINDS; k++) {
		cluster_kind(&al, k, by_kind[k], clusters);
		g_array_unref(by_kind[k]);
	}
	g_hash_table_unref(al.stem_df);
	make_groups(&al, out, clusters, kept);

	for (guint a = 0; a < n_docs; a++)
		for (guint b = a + 1; b < n_docs; b++) {
			CrChain *chain = g_new0(CrChain, 1);
			Side sa = { a, doc_lens[a] }, sb = { b, doc_lens[b] };
			g_autoptr(GArray) cands = gather_candidates(&al, out, kept, sa, sb);
			chain->doc_a = a;
			chain->doc_b = b;
			chain->anchors = heaviest_chain(cands);
			g_ptr_array_add(out->chains, chain);
		}
	return out;
}

void cr_alignment_free(CrAlignment *al)
{
	if (!al)
		return;
	g_ptr_array_unref(al->groups);
	g_ptr_array_unref(al->chains);
	g_free(al);
}

const CrChain *cr_alignment_chain(const CrAlignment *al, guint a, guint b)
{
	guint lo = MIN(a, b), hi = MAX(a, b);
	if (a == b || hi >= al->n_docs)
		return NULL;
	/* Chains are stored (0,1), (0,2) ... (1,2) ...: skip the rows before LO. */
	guint index = lo * al->n_docs - lo * (lo + 1) / 2 + (hi - lo - 1);
	return index < al->chains->len ? g_ptr_array_index(al->chains, index) : NULL;
}

/* Orders spine entries by the reference offset, then by report. */
static gint compare_spine_entry(gconstpointer pa, gconstpointer pb)
{
	const CrSpinePoint *a = pa, *b = pb;
	if (a->pos[0] != b->pos[0])
		return a->pos[0] < b->pos[0] ? -1 : 1;
	return a->doc_mask < b->doc_mask ? -1 : a->doc_mask > b->doc_mask;
}

GArray *cr_alignment_spine(const CrAlignment *al, guint ref)
{
	g_autoptr(GArray) entries = g_array_new(FALSE, TRUE, sizeof(CrSpinePoint));
	GArray *spine = g_array_new(FALSE, TRUE, sizeof(CrSpinePoint));

	/* One entry per anchor with REF: the reference offset in pos[0] while sorting. */
	for (guint d = 0; d < al->n_docs && d < CR_MAX_DOCUMENTS; d++) {
		const CrChain *chain = cr_alignment_chain(al, ref, d);
		if (!chain)
			continue;
		for (guint i = 0; i < chain->anchors->len; i++) {
			const CrAnchor *anchor = &g_array_index(chain->anchors, CrAnchor, i);
			CrSpinePoint e = { .doc_mask = 1u << d };
			e.pos[0] = ref < d ? anchor->a : anchor->b;
			e.pos[1] = ref < d ? anchor->b : anchor->a;
			g_array_append_val(entries, e);
		}
	}
	g_array_sort(entries, compare_spine_entry);
	for (guint i = 0; i < entries->len; i++) {
		const CrSpinePoint *e = &g_array_index(entries, CrSpinePoint, i);
		guint d = (guint)__builtin_ctz(e->doc_mask);
		CrSpinePoint *last = spine->len ? &g_array_index(spine, CrSpinePoint, spine->len - 1) : NULL;
		if (!last || last->pos[ref] != e->pos[0]) {
			CrSpinePoint point = { .doc_mask = 1u << ref };
			point.pos[ref] = e->pos[0];
			g_array_append_val(spine, point);
			last = &g_array_index(spine, CrSpinePoint, spine->len - 1);
		}
		last->doc_mask |= 1u << d;
		last->pos[d] = e->pos[1];
	}
	return spine;
}

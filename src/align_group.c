/* Grouping the facts that are one fact in different reports.
 *
 * Grouping runs per kind through a small ops table: facts are taken most
 * specific first (a day before its month, the longest quotation before its
 * fragments); each one joins the existing cluster it matches best, found
 * through a candidate index, or starts a cluster of its own. Clusters that
 * only one report carries are dropped; the others become the groups, each
 * with a confidence and a weight (align_group_make.c). */
#include "config.h"

#include "align_group_make.h"
#include "align_index.h"
#include "align_rounding.h"
#include "align_stems.h"
#include "align_twins.h"

#include <string.h>

#include "crossread/extract.h"
#include "crossread/parallel.h"
#include "crossread/sort.h"

/* TRUE for a fact the aligner considers at all. */
static gboolean fact_alignable(const CrFact *f, guint n_docs)
{
	if (!f->key || !f->key[0] || (f->flags & CR_FACT_IGNORED) || f->doc >= n_docs ||
	    f->kind >= CR_FACT_N_KINDS)
		return FALSE;
	return f->kind != CR_FACT_DATE || f->date.precision != CR_DATE_NONE;
}

/* Appends ID to *MORE, which holds HELD ids, with room as CrIdList.more. */
static void more_add(guint **more, guint held, guint id)
{
	/* full when it holds none, or 2, 4, 8 ... */
	if (held == 0 || (held >= 2 && (held & (held - 1)) == 0))
		*more = g_renew(guint, *more, MAX(2, held * 2));
	(*more)[held] = id;
}

/* Appends ID to LIST. */
void cr_id_list_add(CrIdList *list, guint id)
{
	if (list->len == 0)
		list->first = id;
	else
		more_add(&list->more, list->len - 1, id);
	list->len++;
}

/* Files a cluster of CLUSTERS under WHERE (as CrClusters.where); returns its id. */
static guint clusters_file(CrClusters *clusters, guint where)
{
	if (!clusters->where)
		clusters->where = g_array_new(FALSE, FALSE, sizeof(guint));
	g_array_append_val(clusters->where, where);
	return clusters->len++;
}

/* A new record of CLUSTERS holding C; its place is put in *PLACE. */
static CrCluster *record_add(CrClusters *clusters, CrCluster c, guint *place)
{
	if (!clusters->blocks)
		clusters->blocks = g_ptr_array_new_with_free_func(g_free);
	if (clusters->n_records == clusters->blocks->len * CR_CLUSTER_BLOCK)
		g_ptr_array_add(clusters->blocks, g_new(CrCluster, CR_CLUSTER_BLOCK));
	*place = clusters->n_records++;
	CrCluster *record = cr_cluster_record(clusters, *place);
	*record = c;
	return record;
}

guint cr_clusters_add_single(CrClusters *clusters, guint fact)
{
	return clusters_file(clusters, fact);
}

CrCluster *cr_clusters_add(CrClusters *clusters, guint rep)
{
	guint place;
	CrCluster *c = record_add(clusters, (CrCluster){ .rep = rep }, &place);
	clusters_file(clusters, CR_CLUSTER_RECORD | place);
	return c;
}

CrCluster *cr_cluster_at(CrClusters *clusters, guint id)
{
	CrCluster single;
	const CrCluster *c = cr_cluster_view(clusters, id, &single);
	if (c != &single)
		return (CrCluster *)c;
	guint place;
	CrCluster *record = record_add(clusters, single, &place);
	g_array_index(clusters->where, guint, id) = CR_CLUSTER_RECORD | place;
	return record;
}

void cr_clusters_clear(CrClusters *clusters)
{
	for (guint i = 0; i < clusters->n_records; i++) {
		CrCluster *c = cr_cluster_record(clusters, i);
		g_free(c->facts.more);
		g_free(c->distinct_more);
	}
	if (clusters->blocks)
		g_ptr_array_unref(clusters->blocks);
	if (clusters->where)
		g_array_unref(clusters->where);
	*clusters = (CrClusters){ 0 };
}

/* The I-th distinct member of cluster C, while its kind is clustered. */
static guint distinct_at(const CrCluster *c, guint i)
{
	return i ? c->distinct_more[i - 1] : c->facts.first;
}

/* TRUE when one of the first members of cluster C is of the report of
 * fact F, a number or a month or year, and their sentences share nothing
 * (one report giving "12 seats" to the Greens and "12 seats" to the
 * others states two facts), or F only repeats it (cr_align_repeat_borrows()). */
static gboolean apart_in_report(const Grouper *gr, const CrCluster *c, const CrFact *f)
{
	if (f->kind == CR_FACT_DATE && f->date.precision >= CR_DATE_DAY)
		return FALSE;
	guint checked = MIN(c->facts.len, AGREEING_MEMBERS);
	for (guint i = 0; i < checked; i++) {
		const CrFact *member = fact_at(gr, cr_id_at(&c->facts, i));
		Overlap o;
		if (member->doc != f->doc || !cr_align_overlap(f, member, &o))
			continue;
		if ((o.words == 0 && o.neighbours == 0) ||
		    cr_align_repeat_borrows(f, member, fact_at(gr, c->rep)))
			return TRUE;
	}
	return FALSE;
}

/* TRUE when fact F agrees with a member of most of the reports among the
 * first members of cluster C: a report speaks through its member that
 * agrees, so that a headline's "Thirty-four dead", which shares no word
 * with another report's "At least 34 people have been killed", does not
 * keep out the report whose body says "Thirty-four people ... were
 * killed" in the same cluster. */
static gboolean most_reports_agree(const Grouper *gr, const KindOps *ops, const CrCluster *c, const CrFact *f)
{
	guint checked = MIN(c->facts.len, AGREEING_MEMBERS), n_docs = 0, agreeing = 0;
	guint docs[AGREEING_MEMBERS], last[AGREEING_MEMBERS], of[AGREEING_MEMBERS];
	gboolean agreed[AGREEING_MEMBERS];
	/* most clusters hold one fact, the representative, which did not */
	if (checked < 2)
		return FALSE;
	/* the reports first, and the last member of each */
	for (guint i = 0; i < checked; i++) {
		guint doc = fact_at(gr, cr_id_at(&c->facts, i))->doc, d = 0;
		while (d < n_docs && docs[d] != doc)
			d++;
		if (d == n_docs) {
			docs[n_docs] = doc;
			agreed[n_docs++] = FALSE;
		}
		last[d] = i;
		of[i] = d;
	}
	/* stop once most reports agree, or too few can however the rest go:
	 * OPEN counts those not yet heard out */
	guint open = n_docs;
	for (guint i = 0; i < checked && agreeing * 2 <= n_docs && (agreeing + open) * 2 > n_docs; i++) {
		guint member = cr_id_at(&c->facts, i), d = of[i];
		if (agreed[d])
			continue;
		if (member != c->rep && ops->agrees(f, fact_at(gr, member))) {
			agreed[d] = TRUE;
			agreeing++;
			open--;
		} else if (last[d] == i) {
			open--;
		}
	}
	return agreeing * 2 > n_docs;
}

/* How well fact F fits cluster C, 0 when it does not: for match_all kinds
 * its worst match with the cluster's distinct values, otherwise its match
 * with the representative (distinct[0]). */
static double fit(const Grouper *gr, const KindOps *ops, const CrCluster *c, const CrFact *f)
{
	double link = ops->match(f, fact_at(gr, distinct_at(c, 0)));

	for (guint i = 1; ops->match_all && i < c->n_distinct && link >= ops->threshold; i++)
		link = MIN(link, ops->match(f, fact_at(gr, distinct_at(c, i))));
	if (link < ops->threshold)
		return 0.0;
	if (!ops->agrees)
		return link;
	/* the representative, or most of the reports of the first members;
	 * then whether F's report has it apart (asked second: most that
	 * fail, fail to agree) */
	if (!ops->agrees(f, fact_at(gr, c->rep)) && !most_reports_agree(gr, ops, c, f))
		return 0.0;
	return apart_in_report(gr, c, f) ? 0.0 : link;
}

/* The score fact F joins cluster C with, FIT being fit(): for best-match
 * kinds its best match with the representative or another of the first
 * distinct members (a fragment closer to a variant than to the full
 * quotation). */
static double join_score(const Grouper *gr, const KindOps *ops, const CrCluster *c, const CrFact *f,
			 double fit)
{
	double link = fit;

	for (guint i = 1; !ops->match_all && i < MIN(c->n_distinct, MAX_BEST_LINKS); i++)
		link = MAX(link, ops->match(f, fact_at(gr, distinct_at(c, i))));
	return link;
}

/* Adds fact INDEX to cluster C; TRUE when its key is new to the cluster. */
static gboolean cluster_add(const Grouper *gr, CrCluster *c, guint index)
{
	const CrFact *f = fact_at(gr, index);
	cr_id_list_add(&c->facts, index);
	for (guint i = 0; i < c->n_distinct; i++)
		if (strcmp(fact_at(gr, distinct_at(c, i))->key, f->key) == 0)
			return FALSE;
	if (c->n_distinct > 0)
		more_add(&c->distinct_more, c->n_distinct - 1, index);
	c->n_distinct++;
	return TRUE;
}

static guint specificity(const KindOps *ops, const CrFact *f)
{
	return ops->specificity ? ops->specificity(f) : 0;
}

/* Orders ORDER (fact indices) most specific first, then in reading order:
 * each fact's specificity is found once and sorted with its index as one
 * number. */
static void order_by_specificity(const Grouper *gr, const KindOps *ops, GArray *order)
{
	guint *index = (guint *)(void *)order->data;
	g_autofree guint64 *keys = g_new(guint64, MAX(order->len, 1));
	for (guint i = 0; i < order->len; i++)
		keys[i] = (guint64)(G_MAXUINT32 - MIN(specificity(ops, fact_at(gr, index[i])), G_MAXUINT32))
			      << 32 |
			  index[i];
	cr_sort_u64(keys, order->len);
	for (guint i = 0; i < order->len; i++)
		index[i] = (guint)keys[i];
}

/* How much the sentence of fact F shares with those of the first members
 * of cluster C from other reports: the most content words, another number
 * counting for two; and in *SHARE the most of the shorter sentence's
 * words and numbers that the two share. */
static guint affinity(const Grouper *gr, const CrCluster *c, const CrFact *f, double *share)
{
	guint best = 0, checked = MIN(c->facts.len, AGREEING_MEMBERS), nf, nm;
	*share = 0.0;
	cr_fact_context(f, &nf);
	for (guint i = 0; i < checked; i++) {
		const CrFact *member = fact_at(gr, cr_id_at(&c->facts, i));
		Overlap o;
		if (member->doc != f->doc && cr_align_overlap(f, member, &o)) {
			best = MAX(best, o.words + 2 * o.neighbours);
			cr_fact_context(member, &nm);
			*share =
			    MAX(*share, (double)(o.words + o.neighbours + o.units) / MAX(MIN(nf, nm), 1));
		}
	}
	return best;
}

/* The candidate cluster fact F fits best and how well (*FIT), or -1 when
 * none fits or when two fit equally and F is less specific than both (a
 * month between two days), unless its sentence shares more with one of
 * them: "from July" beside "$3.5 billion a month" meets "from 1 July" of
 * the same sentence elsewhere, not "on July 18". */
static int best_candidate(const KindIndex *x, const CrFact *f, double *fit_out)
{
	double best = 0.0, second = 0.0;
	guint best_id = 0, second_id = 0, spec = specificity(x->ops, f);
	/* all the candidates are weighed oldest first (cr_kind_index_find()):
	 * none after one that fits as well as any can comes first, and when F
	 * is as specific as that one's representative no tie with it is
	 * weighed, so the rest are not fitted (a small number meets a dozen
	 * clusters of its value, most of them fitted in vain) */
	gboolean oldest_first = !x->ops->max_candidates;

	for (guint i = 0; i < x->n_candidates; i++) {
		guint id = x->candidates[i].id;
		CrCluster single;
		const CrCluster *c = cr_cluster_view(x->clusters, id, &single);
		double s = fit(x->gr, x->ops, c, f);
		if (s > best || (s == best && s > 0.0 && id < best_id)) {
			second = best, second_id = best_id;
			best = s, best_id = id;
			if (oldest_first && best >= CR_MATCH_MOST &&
			    spec >= specificity(x->ops, fact_at(x->gr, c->rep)))
				break;
		} else if (s > second) {
			second = s, second_id = id;
		}
	}
	*fit_out = best;
	if (best <= 0.0)
		return -1;
	if (second > 0.0 && second >= best - 1e-9) {
		CrCluster single1, single2;
		const CrCluster *c1 = cr_cluster_view(x->clusters, best_id, &single1);
		const CrCluster *c2 = cr_cluster_view(x->clusters, second_id, &single2);
		if (spec < specificity(x->ops, fact_at(x->gr, c1->rep)) &&
		    spec < specificity(x->ops, fact_at(x->gr, c2->rep))) {
			double share1 = 0.0, share2 = 0.0;
			guint a1 = x->ops->agrees ? affinity(x->gr, c1, f, &share1) : 0;
			guint a2 = x->ops->agrees ? affinity(x->gr, c2, f, &share2) : 0;
			/* as many words shared: the one whose sentence shares more
			 * of the shorter one (the Fishers' Alliance's "five" meets
			 * its "5 seats" of a table's line, not the "five seats"
			 * another party won in a sentence that shares "won" and
			 * "party") */
			if (a1 == a2 && share1 == share2)
				return -1;
			if (a1 == a2)
				return (int)(share1 > share2 ? best_id : second_id);
			return (int)(a1 > a2 ? best_id : second_id);
		}
	}
	return (int)best_id;
}

/* Drops from each cluster of quotations (GR->clusters) the members that
 * meet no member of another report: those that joined through a longer
 * quotation of their own report ("eastward expansion", in the cluster of
 * the statement that holds it and "high vigilance", which another report
 * quotes). A group is one fact. */
static void prune_quote_clusters(const Grouper *gr, const KindOps *ops)
{
	for (guint k = 0; k < gr->clusters->len; k++) {
		if (cr_cluster_single(gr->clusters, k))
			continue;
		CrCluster *c = cr_cluster_at(gr->clusters, k);
		if (c->facts.len < 3)
			continue;
		CrIdList kept = { 0 };
		gboolean rep_kept = FALSE;
		for (guint i = 0; i < c->facts.len; i++) {
			guint fi = cr_id_at(&c->facts, i);
			const CrFact *f = fact_at(gr, fi);
			gboolean meets = FALSE;
			for (guint j = 0; j < c->facts.len && !meets; j++) {
				const CrFact *o = fact_at(gr, cr_id_at(&c->facts, j));
				meets = o->doc != f->doc && ops->match(f, o) >= ops->threshold;
			}
			if (meets) {
				cr_id_list_add(&kept, fi);
				rep_kept |= fi == c->rep;
			}
		}
		if (kept.len == c->facts.len) {
			g_free(kept.more);
			continue;
		}
		g_free(c->facts.more);
		c->facts = kept;
		if (!rep_kept && kept.len)
			c->rep = kept.first;
	}
}

/* TRUE when number X and its twin (TWIN, cr_align_number_twins()) are two
 * facts: their sentences share nothing. Asked once a pair (APART: 1
 * apart, 2 not). */
static gboolean twins_apart(const Grouper *gr, const guint *twin, guint8 *apart, guint x)
{
	if (!apart[x]) {
		Overlap o;
		gboolean two = cr_align_overlap(fact_at(gr, x), fact_at(gr, twin[x] - 1), &o) && !o.words &&
			       !o.neighbours;
		apart[x] = two ? 1 : 2;
	}
	return apart[x] == 1;
}

/* TRUE when the sentence of the twin of number FI, which comes after it,
 * shares more with those of the members of other reports of cluster ID
 * than FI's does: the cluster is the twin's fact, which FI, placed first,
 * would keep out (apart_in_report()). */
static gboolean twin_fits_better(const Grouper *gr, guint id, const guint *twin, guint8 *apart, guint fi)
{
	if (!twin[fi] || !twins_apart(gr, twin, apart, fi))
		return FALSE;
	CrCluster single;
	const CrCluster *c = cr_cluster_view(gr->clusters, id, &single);
	double share;
	return affinity(gr, c, fact_at(gr, twin[fi] - 1), &share) > affinity(gr, c, fact_at(gr, fi), &share);
}

/* Fills OWN with the first members of cluster C (at most AGREEING_MEMBERS)
 * that number F's own report gave F's key in: its own sayings of the count
 * ("Kenya Dam Bursts: More Than 40 Killed" over the lede "More than 40
 * people perished in Kenya after a dam burst"); returns how many. */
static guint own_sayings(const Grouper *gr, const CrCluster *c, const CrFact *f, guint *own)
{
	guint n = 0, checked = MIN(c->facts.len, AGREEING_MEMBERS);
	for (guint i = 0; i < checked; i++) {
		guint id = cr_id_at(&c->facts, i);
		const CrFact *member = fact_at(gr, id);
		if (member->doc == f->doc && strcmp(member->key, f->key) == 0)
			own[n++] = id;
	}
	return n;
}

/* TRUE when number F's own saying H of its count keeps F from the pull of
 * TWIN (another report's same amount of another fact): the words F shares
 * with TWIN that H does not also hold are fewer than those F shares with H
 * that TWIN does not hold. A word all three hold ("burst" of a dam and of
 * a river) weighs for neither; an H that holds every word of the pull
 * names both facts (a headline "five dead, five in hospital in Vell") and
 * keeps nothing. A tie goes to the twin: sentences of one report share
 * the story's words ("Kestria", "bus", "crash") more than two reports do. */
static gboolean own_saying_keeps(const CrFact *f, const CrFact *h, const CrFact *twin)
{
	guint pull = cr_align_shared_beyond(f, twin, h);
	return pull && pull < cr_align_shared_beyond(f, h, twin);
}

/* Where number FI goes instead of cluster ID (OPS its kind's), or ID: alone
 * (-1) when its own twin fits ID better; when a first member of ID of
 * another report has a twin whose sentence shares more with FI's than the
 * member's does and no saying of FI's count by its own report in ID keeps
 * FI (own_saying_keeps()), the twin's cluster (PLACED_IN: each placed
 * fact's cluster + 1, HOW_WELL set) if FI fits there, or alone if the twin
 * is not placed yet. */
static int number_twin_cluster(const Grouper *gr, const KindOps *ops, guint id, const guint *twin,
			       const guint *placed_in, guint8 *apart, guint fi, double *how_well)
{
	if (twin_fits_better(gr, id, twin, apart, fi))
		return -1;
	const CrFact *f = fact_at(gr, fi);
	CrCluster single;
	const CrCluster *c = cr_cluster_view(gr->clusters, id, &single);
	guint checked = MIN(c->facts.len, AGREEING_MEMBERS);
	guint own[AGREEING_MEMBERS], n_own = 0;
	gboolean own_found = FALSE;
	for (guint i = 0; i < checked; i++) {
		guint m = cr_id_at(&c->facts, i);
		if (!twin[m] || fact_at(gr, m)->doc == f->doc || !twins_apart(gr, twin, apart, m))
			continue;
		const CrFact *tw = fact_at(gr, twin[m] - 1);
		Overlap om = { 0 }, ot;
		if (!cr_align_overlap(f, tw, &ot) || (!ot.words && !ot.neighbours))
			continue;
		cr_align_overlap(f, fact_at(gr, m), &om);
		if (ot.words + ot.neighbours <= om.words + om.neighbours)
			continue;
		if (!own_found) {
			n_own = own_sayings(gr, c, f, own);
			own_found = TRUE;
		}
		gboolean kept = FALSE;
		for (guint k = 0; k < n_own && !kept; k++)
			kept = own_saying_keeps(f, fact_at(gr, own[k]), tw);
		if (kept)
			continue;
		guint in = placed_in[twin[m] - 1];
		if (!in)
			return -1;
		if (in - 1 == id)
			return (int)id;
		CrCluster twin_single;
		double there = fit(gr, ops, cr_cluster_view(gr->clusters, in - 1, &twin_single), f);
		if (there <= 0.0)
			return (int)id;
		*how_well = there;
		return (int)(in - 1);
	}
	return (int)id;
}

/* Clusters the facts ORDER (all of one KIND) into GR->clusters: each joins
 * the cluster it fits best or starts one. Returns how many candidates were
 * weighed. */
static guint64 cluster_kind(Grouper *gr, CrFactKind kind, GArray *order)
{
	CrClusters *clusters = gr->clusters;
	const KindOps *ops = &cr_kind_ops[kind];
	KindIndex x;

	cr_kind_index_init(&x, gr, ops);
	if (ops->specificity)
		order_by_specificity(gr, ops, order);
	g_autofree guint *twin = kind == CR_FACT_NUMBER ? cr_align_number_twins(gr, order) : NULL;
	if (kind == CR_FACT_NUMBER)
		gr->count_clashes = cr_align_count_clashes_find(gr->facts, order);
	g_autofree guint *placed_in = twin ? g_new0(guint, gr->facts->len) : NULL;
	g_autofree guint8 *apart = twin ? g_new0(guint8, gr->facts->len) : NULL;
	for (guint i = 0; i < order->len; i++) {
		guint fi = g_array_index(order, guint, i);
		const CrFact *f = fact_at(gr, fi);
		double how_well;
		cr_kind_index_find(&x, fi);
		x.weighed += x.n_candidates;
		int id = best_candidate(&x, f, &how_well);
		if (id >= 0 && twin)
			id = number_twin_cluster(gr, ops, (guint)id, twin, placed_in, apart, fi, &how_well);
		if (id >= 0) {
			CrCluster *c = cr_cluster_at(clusters, (guint)id);
			gr->score[fi] = join_score(gr, ops, c, f, how_well) * f->confidence;
			if (cluster_add(gr, c, fi))
				cr_kind_index_file(&x, fi, (guint)id);
		} else {
			guint single = cr_clusters_add_single(clusters, fi);
			gr->score[fi] = f->confidence;
			cr_kind_index_file(&x, fi, single);
			id = (int)single;
		}
		if (placed_in)
			placed_in[fi] = (guint)id + 1;
	}
	guint64 weighed = x.weighed;
	cr_kind_index_clear(&x);
	g_clear_pointer(&gr->count_clashes, g_hash_table_unref);
	if (!ops->match_all) {
		prune_quote_clusters(gr, ops);
		cr_align_split_quotes(gr, ops);
	}
	return weighed;
}

/* Facts whose clustering scratch one thread lets go of at a time. */
#define SCRATCH_PIECE 8192

/* Lets go of the contexts in piece P of the grouper's facts, which only
 * clustering reads (a small number's, a month's or a year's sentence: 2.4
 * MB at 4 MiB of dense numbers), before the groups are made and what is
 * freed given back. */
static void drop_contexts_piece(guint p, gpointer data)
{
	Grouper *gr = data;
	for (guint i = p * SCRATCH_PIECE; i < MIN(gr->facts->len, (p + 1) * SCRATCH_PIECE); i++) {
		CrFact *f = &g_array_index(gr->facts, CrFact, i);
		if (f->kind == CR_FACT_NUMBER)
			g_clear_pointer(&f->context, cr_fact_context_free);
		else if (f->kind == CR_FACT_DATE)
			g_clear_pointer(&f->date_context, cr_fact_context_free);
	}
}

/* The kinds' clustering: each kind's facts into that kind's clusters. */
typedef struct {
	const Grouper *shared;
	GArray **by_kind;     /* per kind: the indices of its facts */
	CrClusters *clusters; /* per kind: its clusters */
	guint64 *weighed;     /* per kind: candidates weighed */
	CrProgress *progress;
} KindJob;

/* The kinds in the order they are handed to the threads: those that take
 * longest (quotations, numbers) first, so that the others fill in beside
 * them. */
static const CrFactKind kinds_longest_first[CR_FACT_N_KINDS] = {
	CR_FACT_QUOTE, CR_FACT_NUMBER, CR_FACT_DATE, CR_FACT_PLACE, CR_FACT_ORG, CR_FACT_PERSON,
};

/* Clusters the facts of the ITEM-th kind (kinds_longest_first). Kinds
 * never meet, so they run side by side: each has its own interned index
 * keys; the stems of quotations, found before, are only read. */
static void cluster_one_kind(guint item, gpointer data)
{
	const KindJob *job = data;
	Grouper gr = *job->shared;
	CrFactKind kind = kinds_longest_first[item];

	job->weighed[kind] = 0;
	if (!cr_progress_go_on(job->progress))
		return;
	MadeKeys made = { .used = 0, .overflow = NULL };
	gr.made = &made;
	gr.clusters = &job->clusters[kind];
	job->weighed[kind] = cluster_kind(&gr, kind, job->by_kind[kind]);
	if (made.overflow)
		g_string_chunk_free(made.overflow);
	cr_progress_step(job->progress);
}

/* Clusters every kind of JOB, the quotations' stems found first on all
 * threads: the numbers, once longer than the stems and the other kinds
 * together and started beside the stems, are now shorter than the
 * quotations alone (8 x 1 MiB of news: 143 M against 188 M), which
 * wait for the stems; the two longest then start side by side. */
static void cluster_kinds(KindJob *job, Grouper *gr)
{
	cr_align_count_quote_stems(gr, job->by_kind[CR_FACT_QUOTE]);
	cr_parallel_for(CR_FACT_N_KINDS, cluster_one_kind, job);
}

/* Facts that one item of file_by_kind() reads. */
#define FILE_PIECE 8192

/* The filing of the alignable facts by kind (file_by_kind()). */
typedef struct {
	Grouper *gr;
	guint n_docs;
	guint8 *kind_of;		 /* per fact: its kind, CR_FACT_N_KINDS when not alignable */
	guint (*filed)[CR_FACT_N_KINDS]; /* per piece: how many of each kind, then the first's place */
	GArray **by_kind;
} FileJob;

/* Clears the groups of piece P of the facts and counts its alignable ones
 * by kind. */
static void count_piece(guint p, gpointer data)
{
	const FileJob *job = data;
	guint start = p * FILE_PIECE, end = MIN(job->gr->facts->len, start + FILE_PIECE);
	for (guint i = start; i < end; i++) {
		CrFact *f = &g_array_index(job->gr->facts, CrFact, i);
		f->group = -1;
		job->kind_of[i] = fact_alignable(f, job->n_docs) ? (guint8)f->kind : CR_FACT_N_KINDS;
		if (job->kind_of[i] < CR_FACT_N_KINDS)
			job->filed[p][job->kind_of[i]]++;
	}
}

/* Files the alignable facts of piece P where count_piece() counted them. */
static void file_piece(guint p, gpointer data)
{
	const FileJob *job = data;
	guint start = p * FILE_PIECE, end = MIN(job->gr->facts->len, start + FILE_PIECE);
	for (guint i = start, k; i < end; i++)
		if ((k = job->kind_of[i]) < CR_FACT_N_KINDS)
			g_array_index(job->by_kind[k], guint, job->filed[p][k]++) = i;
}

/* Files the indices of GR's alignable facts (of reports under N_DOCS) in
 * BY_KIND, one new array per kind, and clears every fact's group: counted
 * in pieces side by side, then filed in place the same way (on the caller
 * alone, 4.5 M of the critical path). */
static void file_by_kind(Grouper *gr, guint n_docs, GArray **by_kind)
{
	guint n_pieces = (gr->facts->len + FILE_PIECE - 1) / FILE_PIECE;
	g_autofree guint8 *kind_of = g_new(guint8, MAX(gr->facts->len, 1));
	FileJob job = { gr, n_docs, kind_of, g_malloc0_n(MAX(n_pieces, 1), sizeof *job.filed), by_kind };

	cr_parallel_for(n_pieces, count_piece, &job);
	for (guint k = 0; k < CR_FACT_N_KINDS; k++) {
		guint total = 0;
		for (guint p = 0; p < n_pieces; p++) {
			guint here = job.filed[p][k];
			job.filed[p][k] = total;
			total += here;
		}
		by_kind[k] = g_array_sized_new(FALSE, FALSE, sizeof(guint), total);
		g_array_set_size(by_kind[k], total);
	}
	cr_parallel_for(n_pieces, file_piece, &job);
	g_free(job.filed);
}

void cr_align_group(GArray *facts, CrAlignment *out, GPtrArray *kept, GArray *scores, CrProgress *progress)
{
	Grouper gr = {
		.facts = facts,
		.score = g_new0(double, MAX(facts->len, 1)),
		.strings = g_string_chunk_new(4096),
		.stems = g_new0(QuoteStems *, MAX(facts->len, 1)),
		.blocks = g_ptr_array_new_with_free_func(g_free),
	};
	GArray *by_kind[CR_FACT_N_KINDS];
	CrClusters clusters[CR_FACT_N_KINDS] = { { 0 } };
	guint64 weighed[CR_FACT_N_KINDS];
	KindJob job = { &gr, by_kind, clusters, weighed, progress };

	file_by_kind(&gr, out->n_docs, by_kind);
	cluster_kinds(&job, &gr);
	for (guint k = 0; k < CR_FACT_N_KINDS; k++) {
		out->weighed += weighed[k];
		g_array_unref(by_kind[k]);
	}
	guint n_pieces = (facts->len + SCRATCH_PIECE - 1) / SCRATCH_PIECE;
	cr_parallel_for(n_pieces, drop_contexts_piece, &gr);
	cr_align_make_groups(&gr, out, clusters, kept, scores);
	/* the quotations' stems are let go after the groups are made (let go
	 * before, at 4 MiB of dense numbers the peak rose by 1.3 MB) */
	g_ptr_array_unref(gr.blocks);
	g_free(gr.stems);
	g_free(gr.score);
	g_string_chunk_free(gr.strings);
}

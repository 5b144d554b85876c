/* Splitting a cluster of quotations that holds several sentences of one
 * statement. A report that quotes two sentences apart ("With great relief
 * I declare the harbour open," and, later, "That does not mean the storm
 * season is over") states two facts, even where another report quotes
 * them together and so pulls both into one cluster. A group is one fact:
 * the cluster is cut along the finest pieces a report quotes. */
#include "align_kinds.h"

#include <string.h>

/* Clusters with more members than this are left whole: the pieces are
 * weighed pairwise. */
#define MAX_SPLIT_MEMBERS 64
/* A member may go with any seed it matches this close to its best match. */
#define CLOSE_MATCH 0.1
/* A quotation no longer than twice a fragment and this many bytes (a line)
 * shows the fragment well enough (quote_passage.c's measure). */
#define FRAGMENT_SHOWN 60

/* The pieces a cluster is cut into: a report's sentences that it does not
 * say again (SEEDS, fact indices), and the reports each piece holds. */
typedef struct {
	GArray *seeds;
	guint32 *docs; /* per seed: the reports its piece holds, as bits */
} Cut;

/* TRUE when quotation F opens as a sentence does, with a capital: a
 * sentence of a statement, not a fragment of one. */
static gboolean opens_sentence(const CrFact *f)
{
	return f->text && g_unichar_isupper(g_utf8_get_char(f->text));
}

/* TRUE when two quotations of one report are one utterance said again: the
 * words of one hold the other's. */
static gboolean said_again(const CrFact *a, const CrFact *b)
{
	return strstr(a->key, b->key) || strstr(b->key, a->key);
}

/* The sentences of report DOC in cluster C that none of the report's
 * quotations before them says again (members come most specific first),
 * with its fragments too when FRAGMENTS, and the length of the longest of
 * them in *LONGEST. */
static GArray *report_pieces(const Grouper *gr, const CrCluster *c, guint doc, gboolean fragments,
			     gsize *longest)
{
	GArray *seeds = g_array_new(FALSE, FALSE, sizeof(guint));
	*longest = 0;
	for (guint i = 0; i < c->facts.len; i++) {
		guint fi = cr_id_at(&c->facts, i);
		const CrFact *f = fact_at(gr, fi);
		if (f->doc != doc)
			continue;
		gboolean apart = TRUE;
		for (guint j = 0; j < i && apart; j++) {
			const CrFact *o = fact_at(gr, cr_id_at(&c->facts, j));
			apart = o->doc != doc || !said_again(f, o);
		}
		if (apart && (fragments || opens_sentence(f))) {
			g_array_append_val(seeds, fi);
			*longest = MAX(*longest, f->end - f->start);
		}
	}
	return seeds;
}

/* The pieces to cut cluster C into: those of the report that quotes the
 * statement in the most pieces (its fragments among them when FRAGMENTS),
 * the finest on a tie (its longest piece the shortest); NULL when every
 * report quotes it in one piece. */
static GArray *find_seeds(const Grouper *gr, const CrCluster *c, gboolean fragments)
{
	GArray *best = NULL;
	gsize best_longest = 0;
	guint32 done = 0;
	for (guint i = 0; i < c->facts.len; i++) {
		guint doc = fact_at(gr, cr_id_at(&c->facts, i))->doc;
		if (doc >= 32 || (done & (1u << doc)))
			continue;
		done |= 1u << doc;
		gsize longest;
		GArray *seeds = report_pieces(gr, c, doc, fragments, &longest);
		if (seeds->len >= 2 && (!best || seeds->len > best->len ||
					(seeds->len == best->len && longest < best_longest))) {
			if (best)
				g_array_unref(best);
			best = seeds;
			best_longest = longest;
		} else {
			g_array_unref(seeds);
		}
	}
	return best;
}

/* The pieces of one quotation of cluster C that other members quote apart,
 * whichever reports they come from ("remains wholly positive about his
 * treatment" in one report, "looks forward to returning to full public
 * duty" in another, both within a third quotation that says them at once):
 * the members whose words the quotation holding the most of them holds, one
 * of those that say each other again; NULL unless two. */
static GArray *find_held_seeds(const Grouper *gr, const CrCluster *c)
{
	GArray *best = NULL;
	for (guint i = 0; i < c->facts.len; i++) {
		const CrFact *whole = fact_at(gr, cr_id_at(&c->facts, i));
		gsize whole_len = strlen(whole->key);
		GArray *seeds = g_array_new(FALSE, FALSE, sizeof(guint));
		for (guint j = 0; j < c->facts.len; j++) {
			guint fi = cr_id_at(&c->facts, j);
			const CrFact *f = fact_at(gr, fi);
			gboolean apart = strlen(f->key) < whole_len && strstr(whole->key, f->key);
			for (guint s = 0; s < seeds->len && apart; s++)
				apart = !said_again(f, fact_at(gr, g_array_index(seeds, guint, s)));
			if (apart)
				g_array_append_val(seeds, fi);
		}
		if (seeds->len >= 2 && (!best || seeds->len > best->len)) {
			if (best)
				g_array_unref(best);
			best = seeds;
		} else {
			g_array_unref(seeds);
		}
	}
	return best;
}

/* The seeds of CUT that member FI may go with, as bits (their number in
 * *N): those it meets within CLOSE_MATCH of its best match with any ("I
 * declare it over" goes with the sentence that holds it, not with one
 * that shares a few of its words). */
static guint64 seeds_met(const Grouper *gr, const KindOps *ops, const Cut *cut, guint fi, guint *n)
{
	double match[64], best = 0.0;
	guint ns = MIN(cut->seeds->len, 64);
	for (guint s = 0; s < ns; s++) {
		match[s] = ops->match(fact_at(gr, fi), fact_at(gr, g_array_index(cut->seeds, guint, s)));
		best = MAX(best, match[s]);
	}
	guint64 met = 0;
	*n = 0;
	for (guint s = 0; s < ns && best >= ops->threshold; s++) {
		if (match[s] >= ops->threshold && match[s] >= best - CLOSE_MATCH) {
			met |= G_GUINT64_CONSTANT(1) << s;
			(*n)++;
		}
	}
	return met;
}

/* The piece, among the seeds MET, that member FI goes to: one its report
 * is not in yet, then the one it matches best. */
static guint place(const Grouper *gr, const KindOps *ops, Cut *cut, guint fi, guint64 met)
{
	const CrFact *f = fact_at(gr, fi);
	int best = -1;
	gboolean best_new = FALSE;
	double best_match = 0.0;
	for (guint s = 0; s < cut->seeds->len && s < 64; s++) {
		if (!(met & (G_GUINT64_CONSTANT(1) << s)))
			continue;
		gboolean is_new = !(cut->docs[s] & (1u << f->doc));
		double match = ops->match(f, fact_at(gr, g_array_index(cut->seeds, guint, s)));
		if (best < 0 || (is_new && !best_new) || (is_new == best_new && match > best_match)) {
			best = (int)s;
			best_new = is_new;
			best_match = match;
		}
	}
	cut->docs[best] |= 1u << f->doc;
	return (guint)best;
}

/* TRUE when a report quotes, among SEEDS, one that member F meets: the
 * piece of that seed keeps F's report when F goes to another. */
static gboolean report_in_seeds(const Grouper *gr, const CrFact *f, GArray *seeds, guint64 met)
{
	for (guint s = 0; s < seeds->len && s < 64; s++) {
		const CrFact *seed = fact_at(gr, g_array_index(seeds, guint, s));
		if ((met & (G_GUINT64_CONSTANT(1) << s)) && seed != f && seed->doc == f->doc)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when a member of cluster C meets two seeds of SEEDS or more, one of
 * them a fragment ("congratulate him on his victory") that the member shows
 * well, being longer than it and at most twice its length and a line, and
 * no other seed it meets is of its report: the member says both, so a cut
 * would leave one piece without its report. A statement of many sentences
 * shows no fragment well: a cut along fragments then parts what other
 * reports quote of it ("mandate to change this", "low tax high growth
 * economy" within a minute of a speech). */
static gboolean fragment_shown_whole(const Grouper *gr, const KindOps *ops, const CrCluster *c, GArray *seeds)
{
	Cut cut = { seeds, NULL };
	for (guint i = 0; i < c->facts.len; i++) {
		guint fi = cr_id_at(&c->facts, i), n;
		const CrFact *f = fact_at(gr, fi);
		guint64 met = seeds_met(gr, ops, &cut, fi, &n);
		if (n >= 2 && report_in_seeds(gr, f, seeds, met))
			continue;
		for (guint s = 0; s < seeds->len && s < 64 && n >= 2; s++) {
			const CrFact *seed = fact_at(gr, g_array_index(seeds, guint, s));
			gsize len = f->end - f->start, seed_len = seed->end - seed->start;
			if ((met & (G_GUINT64_CONSTANT(1) << s)) && seed->doc != f->doc &&
			    !opens_sentence(seed) && len > seed_len && len <= 2 * seed_len + FRAGMENT_SHOWN)
				return TRUE;
		}
	}
	return FALSE;
}

/* Cuts cluster C along SEEDS: each member joins the piece of a seed it
 * meets, the most constrained members first; members that meet no seed
 * (they joined through a longer quotation) are dropped. Each piece keeps
 * the cluster's order (the most specific first); C keeps the first piece,
 * the others are appended to CLUSTERS. */
static void cut_cluster(const Grouper *gr, const KindOps *ops, CrCluster *c, GArray *seeds)
{
	guint n = c->facts.len;
	Cut cut = { seeds, g_new0(guint32, seeds->len) };
	g_autofree guint64 *met = g_new0(guint64, n);
	g_autofree guint *n_met = g_new0(guint, n);
	g_autofree int *piece_of = g_new(int, n);
	g_autofree guint *order = g_new(guint, n);
	guint most = 0;
	for (guint i = 0; i < n; i++) {
		order[i] = cr_id_at(&c->facts, i);
		piece_of[i] = -1;
		for (guint s = 0; s < seeds->len; s++) {
			if (g_array_index(seeds, guint, s) == order[i]) {
				piece_of[i] = (int)s;
				cut.docs[s] |= 1u << fact_at(gr, order[i])->doc;
			}
		}
	}
	for (guint i = 0; i < n; i++) {
		if (piece_of[i] < 0) {
			met[i] = seeds_met(gr, ops, &cut, order[i], &n_met[i]);
			most = MAX(most, n_met[i]);
		}
	}
	for (guint want = 1; want <= most; want++)
		for (guint i = 0; i < n; i++)
			if (piece_of[i] < 0 && n_met[i] == want)
				piece_of[i] = (int)place(gr, ops, &cut, order[i], met[i]);
	g_free(c->facts.more);
	g_clear_pointer(&c->distinct_more, g_free);
	c->n_distinct = 0;
	for (guint s = 0; s < seeds->len; s++) {
		CrCluster *piece = s == 0 ? c : cr_clusters_add(gr->clusters, 0);
		piece->facts = (CrIdList){ 0 };
		for (guint i = 0; i < n; i++)
			if (piece_of[i] == (int)s)
				cr_id_list_add(&piece->facts, order[i]);
		piece->rep = piece->facts.first;
	}
	g_free(cut.docs);
}

void cr_align_split_quotes(const Grouper *gr, const KindOps *ops)
{
	/* the pieces appended are looked at again: a piece may hold a statement
	 * another report quotes in still finer pieces */
	for (guint k = 0; k < gr->clusters->len; k++) {
		if (cr_cluster_single(gr->clusters, k))
			continue;
		CrCluster *c = cr_cluster_at(gr->clusters, k);
		if (c->facts.len < 3 || c->facts.len > MAX_SPLIT_MEMBERS)
			continue;
		/* a report's fragments cut too, unless a member says two pieces
		 * and shows a fragment well */
		GArray *seeds = find_seeds(gr, c, TRUE);
		if (seeds && fragment_shown_whole(gr, ops, c, seeds))
			g_clear_pointer(&seeds, g_array_unref);
		if (!seeds)
			seeds = find_seeds(gr, c, FALSE);
		/* else the pieces other reports quote of one member's words,
		 * guarded alike */
		if (!seeds) {
			seeds = find_held_seeds(gr, c);
			if (seeds && fragment_shown_whole(gr, ops, c, seeds))
				g_clear_pointer(&seeds, g_array_unref);
		}
		if (!seeds)
			continue;
		cut_cluster(gr, ops, c, seeds);
		g_array_unref(seeds);
		k--;
	}
}

/* Grouping the facts that are one fact in different reports.
 *
 * Grouping runs per kind through a small ops table: facts are taken most
 * specific first (a day before its month, the longest quotation before its
 * fragments); each one joins the existing cluster it matches best, found
 * through a candidate index, or starts a cluster of its own. Clusters that
 * only one report carries are dropped; the others become the groups, each
 * with a confidence and a weight. */
#include "align_private.h"

#include <math.h>
#include <string.h>

#include "crossread/extract.h"
#include "crossread/parallel.h"
#include "crossread/text.h"

/* Least cr_quote_similarity() for a quotation to join a cluster, with its
 * longest quotation. */
#define QUOTE_THRESHOLD 0.5
/* How sure a number without a unit is the same as one with a unit; and
 * the least value for that to be tried ("12,000" and "12,000 people";
 * smaller values name too many things: "18" and "18 km"). */
#define NUMBER_UNIT_MISSING 0.7
#define DISTINCT_NUMBER	    1000
/* Below this, two counts of different things are different facts ("three
 * members", "three banks"); from it on, a value is rare enough that
 * reports may name what it counts differently ("412 ships", "412
 * vessels"). */
#define DISTINCT_COUNT 100
/* Least cr_date_match() against every distinct date of a cluster. */
#define DATE_THRESHOLD 0.25
/* Quotations are looked up by this many of their rarest word stems. */
#define QUOTE_LOOKUP_STEMS 6
/* A word stem is its first characters: "decoupling" and "decouple" meet. */
#define STEM_CHARS 5
/* A fact meets at most this many of the clusters filed under one key: the
 * first ones. A quotation's stem filed with more picks none, unless it is
 * the quotation's only one. */
#define MAX_POSTING 64
/* A quotation's join score is its best match with the first this many
 * distinct members of its cluster. */
#define MAX_BEST_LINKS 4
/* A quotation is weighed against at most this many clusters: those that
 * share the most of its rarest stems. */
#define QUOTE_CANDIDATES 8

/* What grouping works on. */
typedef struct {
	GArray *facts;
	double *score;	       /* per fact: how well it matched its cluster x its confidence */
	GStringChunk *strings; /* interned index keys */
	GPtrArray **stems;     /* per quotation fact: its distinct word stems (interned), rarest first */
} Grouper;

/* How one kind of fact is matched and weighed. */
typedef struct {
	double (*match)(const CrFact *a, const CrFact *b);
	/* A joiner must match every distinct member of a cluster (dates: a month
	 * joins only days of it); otherwise it is chosen by its match with the
	 * representative and scored by its best match. */
	gboolean match_all;
	double threshold; /* least match to join a cluster */
	/* Orders the facts, most specific first: the first of a cluster is its
	 * representative. NULL when all are alike. */
	guint (*specificity)(const CrFact *f);
	/* The candidate index keys of fact FACT: where its cluster is filed, or
	 * (LOOKUP) where clusters it may join are looked up. Keys stay valid as
	 * long as AL. */
	void (*keys)(const Grouper *gr, guint fact, gboolean lookup, GPtrArray *out);
	/* Clusters weighed per fact, those most of its lookup keys lead to; 0
	 * for all. */
	guint max_candidates;
	double (*base_weight)(const CrFact *rep);
} KindOps;

static double match_key(const CrFact *a, const CrFact *b)
{
	return strcmp(a->key, b->key) == 0 ? 1.0 : 0.0;
}

static gboolean has_unit(const CrFact *f)
{
	return f->unit && f->unit[0];
}

/* TRUE when the sorted hashes A and B share one. */
static gboolean share_hash(const guint32 *a, guint na, const guint32 *b, guint nb)
{
	for (guint i = 0, j = 0; i < na && j < nb;) {
		if (a[i] == b[j])
			return TRUE;
		if (a[i] < b[j])
			i++;
		else
			j++;
	}
	return FALSE;
}

/* TRUE when two small counts of one value may be one fact: they count the
 * same thing ("80 aftershocks"), or their sentences share a content word
 * ("five" of the Fishers' Alliance, not "five" of the seats lost in the
 * south); two counts of different things never are. */
static gboolean same_small_count(const CrFact *a, const CrFact *b)
{
	if (a->counted && b->counted)
		return strcmp(a->counted, b->counted) == 0;
	return !a->context || !b->context || share_hash(a->context, a->n_context, b->context, b->n_context);
}

/* Numbers: the same key (value and unit), small counts only as
 * same_small_count() allows; else the same large value where one report
 * gives no unit. */
static double match_number(const CrFact *a, const CrFact *b)
{
	if (strcmp(a->key, b->key) == 0)
		return fabs(a->num) >= DISTINCT_COUNT || same_small_count(a, b) ? 1.0 : 0.0;
	if (a->num != b->num || has_unit(a) == has_unit(b))
		return 0.0;
	return fabs(a->num) >= DISTINCT_NUMBER ? NUMBER_UNIT_MISSING : 0.0;
}

static double match_date(const CrFact *a, const CrFact *b)
{
	return cr_date_match(&a->date, &b->date);
}

static guint specificity_date(const CrFact *f)
{
	return f->date.precision;
}

static guint specificity_number(const CrFact *f)
{
	return has_unit(f);
}

static guint specificity_quote(const CrFact *f)
{
	return (guint)strlen(f->key);
}

static const CrFact *fact_at(const Grouper *gr, guint index)
{
	return &g_array_index(gr->facts, CrFact, index);
}

static void keys_key(const Grouper *gr, guint fact, gboolean lookup, GPtrArray *out)
{
	g_ptr_array_add(out, fact_at(gr, fact)->key);
}

/* Numbers are filed and looked up under their value (its bits in hex). */
static void keys_number(const Grouper *gr, guint fact, gboolean lookup, GPtrArray *out)
{
	double num = fact_at(gr, fact)->num + 0.0; /* -0 as 0 */
	guint64 bits;
	char key[17];

	memcpy(&bits, &num, sizeof bits);
	for (int i = 15; i >= 0; i--, bits >>= 4)
		key[i] = "0123456789abcdef"[bits & 0xf];
	key[16] = '\0';
	g_ptr_array_add(out, g_string_chunk_insert_const(gr->strings, key));
}

/* Writes VALUE (>= 0) in decimal at P; returns the end. */
static char *put_decimal(char *p, int value)
{
	char digits[12];
	int n = 0;
	do
		digits[n++] = (char)('0' + value % 10);
	while ((value /= 10) > 0);
	while (n > 0)
		*p++ = digits[--n];
	return p;
}

/* Adds the interned key PREFIX A-B-C ("d2023-5-24"; B and C only when
 * given, 0 for none) to OUT. */
static void add_int_key(const Grouper *gr, char prefix, int a, int b, int c, GPtrArray *out)
{
	char key[48], *p = key;
	*p++ = prefix;
	p = put_decimal(p, MAX(a, 0));
	if (b || c) {
		*p++ = '-';
		p = put_decimal(p, MAX(b, 0));
	}
	if (c) {
		*p++ = '-';
		p = put_decimal(p, MAX(c, 0));
	}
	*p = '\0';
	g_ptr_array_add(out, g_string_chunk_insert_const(gr->strings, key));
}

/* Dates are filed by what they can match (cr_date_match()), so that a
 * date meets only the clusters it may join:
 *
 * - a day (each day of a range) under its full date: 'd' year-month-day,
 *   and under 'n' year-month, the days of its month;
 * - a month (each month of a period) under 'm' year-month;
 * - a year (or a range of years) under 'y' year.
 *
 * A date without a year is filed under year 0. A day or a month with a
 * year is filed again under its month and day alone ('D', 'N', 'M'),
 * where only dates without a year look. A day looks itself up (each day
 * of its range) in its year and in year 0; a month looks up the days and
 * the months of each of its months; a year only years: a year matches
 * nothing finer. A time alone is filed and looked up under its time as
 * written and, with a zone, in UTC. */
static void keys_date(const Grouper *gr, guint fact, gboolean lookup, GPtrArray *out)
{
	const CrDateValue *d = &fact_at(gr, fact)->date;
	int y = d->year;

	if (d->time_only) {
		add_int_key(gr, 't', d->hour * 60 + d->minute, 0, 0, out);
		if (d->has_zone)
			add_int_key(gr, 'u',
				    ((d->hour * 60 + d->minute - d->utc_offset_min) % 1440 + 1440) % 1440, 0,
				    0, out);
		return;
	}
	if (d->precision == CR_DATE_YEAR) {
		add_int_key(gr, 'y', y, 0, 0, out);
		return;
	}
	if (d->precision >= CR_DATE_DAY) {
		for (int day = d->day; day <= MAX(d->day, d->day_end); day++) {
			add_int_key(gr, 'd', y, d->month, day, out);
			if (lookup && y)
				add_int_key(gr, 'd', 0, d->month, day, out);
			if (!lookup ? y != 0 : y == 0)
				add_int_key(gr, 'D', d->month, day, 0, out);
		}
		if (!lookup) {
			add_int_key(gr, 'n', y, d->month, 0, out);
			if (y)
				add_int_key(gr, 'N', d->month, 0, 0, out);
		}
		return;
	}
	for (int m = d->month; m <= MAX(d->month, d->month_end); m++) {
		add_int_key(gr, 'm', y, m, 0, out);
		if (!lookup ? y != 0 : y == 0)
			add_int_key(gr, 'M', m, 0, 0, out);
		if (!lookup)
			continue;
		add_int_key(gr, 'n', y, m, 0, out);
		if (y) {
			add_int_key(gr, 'm', 0, m, 0, out);
			add_int_key(gr, 'n', 0, m, 0, out);
		} else {
			add_int_key(gr, 'N', m, 0, 0, out);
		}
	}
}

/* Steps over the character at *POS of S; TRUE for a letter or a digit. */
static gboolean step_word_char(const char *s, gsize len, gsize *pos)
{
	guchar c = (guchar)s[*pos];
	if (c < 0x80) {
		(*pos)++;
		return g_ascii_isalnum(c);
	}
	return cr_text_is_word_char(cr_text_next(s, len, pos));
}

/* The distinct stems (first STEM_CHARS characters) of the words of two
 * characters or more of a folded quotation, in order, interned in
 * STRINGS. */
static GPtrArray *quote_stems(GStringChunk *strings, const char *key)
{
	GPtrArray *out = g_ptr_array_new();
	gsize len = strlen(key), pos = 0;

	while (pos < len) {
		gsize start = pos, stem_end = pos, end;
		guint chars = 0;
		for (end = pos; end < len;) {
			gsize at = end;
			if (!step_word_char(key, len, &end)) {
				end = chars ? at : end;
				break;
			}
			if (++chars <= STEM_CHARS)
				stem_end = end;
		}
		pos = end;
		if (chars < 2)
			continue;
		char buf[STEM_CHARS * 4 + 1];
		memcpy(buf, key + start, stem_end - start);
		buf[stem_end - start] = '\0';
		char *stem = g_string_chunk_insert_const(strings, buf);
		if (!g_ptr_array_find(out, stem, NULL))
			g_ptr_array_add(out, stem);
	}
	return out;
}

/* Quotations are filed under every word stem and looked up by their
 * rarest ones, so that a fragment finds the full quotation. */
static void keys_quote(const Grouper *gr, guint fact, gboolean lookup, GPtrArray *out)
{
	const GPtrArray *stems = gr->stems[fact];
	guint n = lookup ? MIN(stems->len, QUOTE_LOOKUP_STEMS) : stems->len;
	for (guint i = 0; i < n; i++)
		g_ptr_array_add(out, g_ptr_array_index(stems, i));
}

static double weight_date(const CrFact *rep)
{
	return rep->date.precision >= CR_DATE_DAY && !rep->date.time_only ? 6.0 : 1.5;
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
	return has_unit(rep) ? 4.0 : 1.0;
}

static const KindOps kind_ops[CR_FACT_N_KINDS] = {
	[CR_FACT_DATE] = { match_date, TRUE, DATE_THRESHOLD, specificity_date, keys_date, 0, weight_date },
	[CR_FACT_PERSON] = { match_key, TRUE, 1.0, NULL, keys_key, 0, weight_person_org },
	[CR_FACT_ORG] = { match_key, TRUE, 1.0, NULL, keys_key, 0, weight_person_org },
	[CR_FACT_PLACE] = { match_key, TRUE, 1.0, NULL, keys_key, 0, weight_place },
	[CR_FACT_QUOTE] = { cr_quote_similarity, FALSE, QUOTE_THRESHOLD, specificity_quote, keys_quote,
			    QUOTE_CANDIDATES, weight_quote },
	[CR_FACT_NUMBER] = { match_number, TRUE, NUMBER_UNIT_MISSING, specificity_number, keys_number, 0,
			     weight_number },
};

/* TRUE for a fact the aligner considers at all. */
static gboolean fact_alignable(const CrFact *f, guint n_docs)
{
	if (!f->key || !f->key[0] || (f->flags & CR_FACT_IGNORED) || f->doc >= n_docs ||
	    f->kind >= CR_FACT_N_KINDS)
		return FALSE;
	return f->kind != CR_FACT_DATE || f->date.precision != CR_DATE_NONE;
}

/* Appends ID to LIST. */
static void id_list_add(CrIdList *list, guint id)
{
	if (list->len == 0) {
		list->first = id;
	} else {
		if (list->len > list->room) {
			list->room = MAX(2, list->room * 2);
			list->more = g_renew(guint, list->more, list->room);
		}
		list->more[list->len - 1] = id;
	}
	list->len++;
}

void cr_cluster_free(gpointer data)
{
	CrCluster *c = data;
	g_free(c->facts.more);
	g_free(c->distinct.more);
	if (c->members)
		g_array_unref(c->members);
	g_free(c->doc_slices);
	g_free(c->starts);
	g_free(c);
}

/* How well fact F fits cluster C, 0 when it does not: for match_all kinds
 * its worst match with the cluster's distinct values, otherwise its match
 * with the representative (distinct[0]). */
static double fit(const Grouper *gr, const KindOps *ops, const CrCluster *c, const CrFact *f)
{
	double link = ops->match(f, fact_at(gr, c->distinct.first));

	for (guint i = 1; ops->match_all && i < c->distinct.len && link >= ops->threshold; i++)
		link = MIN(link, ops->match(f, fact_at(gr, cr_id_at(&c->distinct, i))));
	return link >= ops->threshold ? link : 0.0;
}

/* The score fact F joins cluster C with, FIT being fit(): for best-match
 * kinds its best match with the representative or another of the first
 * distinct members (a fragment closer to a variant than to the full
 * quotation). */
static double join_score(const Grouper *gr, const KindOps *ops, const CrCluster *c, const CrFact *f,
			 double fit)
{
	double link = fit;

	for (guint i = 1; !ops->match_all && i < MIN(c->distinct.len, MAX_BEST_LINKS); i++)
		link = MAX(link, ops->match(f, fact_at(gr, cr_id_at(&c->distinct, i))));
	return link;
}

/* Adds fact INDEX to cluster C; TRUE when its key is new to the cluster. */
static gboolean cluster_add(const Grouper *gr, CrCluster *c, guint index)
{
	const CrFact *f = fact_at(gr, index);
	id_list_add(&c->facts, index);
	for (guint i = 0; i < c->distinct.len; i++)
		if (strcmp(fact_at(gr, cr_id_at(&c->distinct, i))->key, f->key) == 0)
			return FALSE;
	id_list_add(&c->distinct, index);
	return TRUE;
}

/* Files cluster ID under the index keys of FACT (KEYS is scratch). */
static void index_cluster(const Grouper *gr, const KindOps *ops, GHashTable *index, guint fact, guint id,
			  GPtrArray *keys)
{
	g_ptr_array_set_size(keys, 0);
	ops->keys(gr, fact, FALSE, keys);
	for (guint k = 0; k < keys->len; k++) {
		char *key = g_ptr_array_index(keys, k);
		GArray *posting = g_hash_table_lookup(index, key);
		if (!posting) {
			posting = g_array_new(FALSE, FALSE, sizeof(guint));
			g_hash_table_insert(index, key, posting);
		}
		if (posting->len == 0 || g_array_index(posting, guint, posting->len - 1) != id)
			g_array_append_val(posting, id);
	}
}

typedef struct {
	const Grouper *gr;
	const KindOps *ops;
} OrderContext;

static guint specificity(const KindOps *ops, const CrFact *f)
{
	return ops->specificity ? ops->specificity(f) : 0;
}

/* Most specific first, then in reading order. */
static gint compare_specificity(gconstpointer pa, gconstpointer pb, gpointer user_data)
{
	const OrderContext *ctx = user_data;
	guint a = *(const guint *)pa, b = *(const guint *)pb;
	guint sa = specificity(ctx->ops, fact_at(ctx->gr, a)),
	      sb = specificity(ctx->ops, fact_at(ctx->gr, b));
	if (sa != sb)
		return sa > sb ? -1 : 1;
	return a < b ? -1 : a > b;
}

/* A cluster that a fact may join, with how many of its lookup keys lead
 * there. */
typedef struct {
	guint id;
	guint hits;
} Candidacy;

/* Older clusters first. */
static gint compare_candidacy_id(gconstpointer pa, gconstpointer pb)
{
	guint a = ((const Candidacy *)pa)->id, b = ((const Candidacy *)pb)->id;
	return a < b ? -1 : a > b;
}

/* Keeps the first MAX of CANDIDATES by hits (at most MOST_HITS), most
 * first, in their order within one number of hits. */
static void keep_most_hit(GArray *candidates, guint most_hits, guint max)
{
	g_autoptr(GArray) kept = g_array_sized_new(FALSE, FALSE, sizeof(Candidacy), max);
	for (guint hits = most_hits; hits > 0 && kept->len < max; hits--)
		for (guint i = 0; i < candidates->len && kept->len < max; i++)
			if (g_array_index(candidates, Candidacy, i).hits == hits)
				g_array_append_val(kept, g_array_index(candidates, Candidacy, i));
	g_array_set_size(candidates, 0);
	g_array_append_vals(candidates, kept->data, kept->len);
}

/* The index of one kind's clusters while its facts are clustered. */
typedef struct {
	Grouper *gr;
	const KindOps *ops;
	GPtrArray *clusters; /* all kinds' clusters; this kind's from FIRST on */
	guint first;
	GHashTable *index;  /* key -> GArray of cluster ids */
	GArray *seen;	    /* per cluster of the kind: the fact + 1 that last met it */
	GArray *slot;	    /* per cluster of the kind: its place in the candidacies */
	GPtrArray *keys;    /* scratch */
	GArray *candidates; /* Candidacy, scratch */
	guint64 weighed;    /* candidates weighed so far */
} KindIndex;

/* The clusters that fact FI (the TURN-th of its kind) may join: those its
 * lookup keys lead to (see KindOps.max_candidates). */
static void find_candidates(KindIndex *x, guint fi, guint turn)
{
	g_array_set_size(x->candidates, 0);
	g_ptr_array_set_size(x->keys, 0);
	x->ops->keys(x->gr, fi, TRUE, x->keys);
	for (guint k = 0; k < x->keys->len; k++) {
		GArray *posting = g_hash_table_lookup(x->index, g_ptr_array_index(x->keys, k));
		if (!posting || (posting->len > MAX_POSTING && x->ops->max_candidates && x->keys->len > 1))
			continue;
		for (guint p = 0; p < MIN(posting->len, MAX_POSTING); p++) {
			guint id = g_array_index(posting, guint, p), local = id - x->first;
			if (g_array_index(x->seen, guint, local) == turn + 1) {
				guint at = g_array_index(x->slot, guint, local);
				g_array_index(x->candidates, Candidacy, at).hits++;
				continue;
			}
			Candidacy c = { id, 1 };
			g_array_index(x->seen, guint, local) = turn + 1;
			g_array_index(x->slot, guint, local) = x->candidates->len;
			g_array_append_val(x->candidates, c);
		}
	}
	if (!x->ops->max_candidates)
		g_array_sort(x->candidates, compare_candidacy_id);
	else if (x->candidates->len > x->ops->max_candidates)
		keep_most_hit(x->candidates, x->keys->len, x->ops->max_candidates);
}

/* The candidate cluster fact F fits best and how well (*FIT), or -1 when
 * none fits or when two fit equally and F is less specific than both (a
 * month between two days). */
static int best_candidate(const KindIndex *x, const CrFact *f, double *fit_out)
{
	double best = 0.0, second = 0.0;
	guint best_id = 0, second_id = 0;

	for (guint i = 0; i < x->candidates->len; i++) {
		guint id = g_array_index(x->candidates, Candidacy, i).id;
		double s = fit(x->gr, x->ops, g_ptr_array_index(x->clusters, id), f);
		if (s > best || (s == best && s > 0.0 && id < best_id)) {
			second = best, second_id = best_id;
			best = s, best_id = id;
		} else if (s > second) {
			second = s, second_id = id;
		}
	}
	*fit_out = best;
	if (best <= 0.0)
		return -1;
	if (second > 0.0 && second >= best - 1e-9) {
		const CrCluster *c1 = g_ptr_array_index(x->clusters, best_id);
		const CrCluster *c2 = g_ptr_array_index(x->clusters, second_id);
		guint spec = specificity(x->ops, f);
		if (spec < specificity(x->ops, fact_at(x->gr, c1->rep)) &&
		    spec < specificity(x->ops, fact_at(x->gr, c2->rep)))
			return -1;
	}
	return (int)best_id;
}

/* Clusters the facts ORDER (all of one KIND) into CLUSTERS: each joins the
 * cluster it fits best or starts one. Returns how many candidates were
 * weighed. */
static guint64 cluster_kind(Grouper *gr, CrFactKind kind, GArray *order, GPtrArray *clusters)
{
	const KindOps *ops = &kind_ops[kind];
	OrderContext ctx = { gr, ops };
	g_autoptr(GHashTable) index =
	    g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_array_unref);
	g_autoptr(GArray) seen = g_array_new(FALSE, TRUE, sizeof(guint));
	g_autoptr(GArray) slot = g_array_new(FALSE, TRUE, sizeof(guint));
	g_autoptr(GPtrArray) keys = g_ptr_array_new();
	g_autoptr(GArray) candidates = g_array_new(FALSE, FALSE, sizeof(Candidacy));
	KindIndex x = { gr, ops, clusters, clusters->len, index, seen, slot, keys, candidates, 0 };

	if (ops->specificity)
		g_array_sort_with_data(order, compare_specificity, &ctx);
	for (guint i = 0; i < order->len; i++) {
		guint fi = g_array_index(order, guint, i);
		const CrFact *f = fact_at(gr, fi);
		double how_well;
		find_candidates(&x, fi, i);
		x.weighed += x.candidates->len;
		int id = best_candidate(&x, f, &how_well);
		CrCluster *c;
		if (id >= 0) {
			c = g_ptr_array_index(clusters, id);
			gr->score[fi] = join_score(gr, ops, c, f, how_well) * f->confidence;
		} else {
			id = (int)clusters->len;
			c = g_new0(CrCluster, 1);
			c->rep = fi;
			g_ptr_array_add(clusters, c);
			g_array_set_size(seen, clusters->len - x.first);
			g_array_set_size(slot, clusters->len - x.first);
			gr->score[fi] = f->confidence;
		}
		if (cluster_add(gr, c, fi))
			index_cluster(gr, ops, index, fi, (guint)id, keys);
	}
	return x.weighed;
}

/* A stem of one quotation with how many quotations have it. */
typedef struct {
	guint df;
	guint pos;
	gpointer stem;
} RankedStem;

static gint compare_ranked_stem(gconstpointer pa, gconstpointer pb)
{
	const RankedStem *a = pa, *b = pb;
	if (a->df != b->df)
		return a->df < b->df ? -1 : 1;
	return a->pos < b->pos ? -1 : a->pos > b->pos;
}

/* Finds the word stems of every quotation, rarest first among all the
 * quotations. */
static void count_quote_stems(Grouper *gr, GArray *quotes)
{
	g_autoptr(GHashTable) df = g_hash_table_new(NULL, NULL);
	g_autoptr(GArray) ranked = g_array_new(FALSE, FALSE, sizeof(RankedStem));

	for (guint i = 0; i < quotes->len; i++) {
		guint fi = g_array_index(quotes, guint, i);
		GPtrArray *stems = gr->stems[fi] = quote_stems(gr->strings, fact_at(gr, fi)->key);
		for (guint s = 0; s < stems->len; s++) {
			gpointer stem = g_ptr_array_index(stems, s);
			guint n = GPOINTER_TO_UINT(g_hash_table_lookup(df, stem));
			g_hash_table_insert(df, stem, GUINT_TO_POINTER(n + 1));
		}
	}
	for (guint i = 0; i < quotes->len; i++) {
		GPtrArray *stems = gr->stems[g_array_index(quotes, guint, i)];
		g_array_set_size(ranked, 0);
		for (guint s = 0; s < stems->len; s++) {
			gpointer stem = g_ptr_array_index(stems, s);
			RankedStem r = { GPOINTER_TO_UINT(g_hash_table_lookup(df, stem)), s, stem };
			g_array_append_val(ranked, r);
		}
		g_array_sort(ranked, compare_ranked_stem);
		for (guint s = 0; s < stems->len; s++)
			g_ptr_array_index(stems, s) = g_array_index(ranked, RankedStem, s).stem;
	}
}

static gint compare_guint(gconstpointer pa, gconstpointer pb)
{
	guint a = *(const guint *)pa, b = *(const guint *)pb;
	return a < b ? -1 : a > b;
}

static gint compare_cluster_start(gconstpointer pa, gconstpointer pb)
{
	const CrCluster *a = *(CrCluster *const *)pa, *b = *(CrCluster *const *)pb;
	return compare_guint(&g_array_index(a->members, guint, 0), &g_array_index(b->members, guint, 0));
}

/* Turns the clusters that two reports or more carry into groups, in the
 * order of their first fact; keeps their clusters (doc slices filled in)
 * beside them in KEPT. */
static void make_groups(Grouper *gr, CrAlignment *out, GPtrArray *clusters, GPtrArray *kept)
{
	guint n_docs = out->n_docs;

	for (guint i = 0; i < clusters->len; i++) {
		CrCluster *c = g_ptr_array_index(clusters, i);
		guint32 mask = 0;
		for (guint m = 0; m < c->facts.len; m++)
			mask |= 1u << fact_at(gr, cr_id_at(&c->facts, m))->doc;
		if (__builtin_popcount(mask) < 2)
			continue;
		c->members = g_array_sized_new(FALSE, FALSE, sizeof(guint), c->facts.len);
		g_array_append_val(c->members, c->facts.first);
		g_array_append_vals(c->members, c->facts.more, c->facts.len - 1);
		const guint *fact_of = (const guint *)(void *)c->members->data;
		guint ordered = 1;
		while (ordered < c->members->len && fact_of[ordered - 1] < fact_of[ordered])
			ordered++;
		if (ordered < c->members->len)
			g_array_sort(c->members, compare_guint);
		g_ptr_array_add(kept, g_ptr_array_steal_index_fast(clusters, i--));
	}
	g_ptr_array_sort(kept, compare_cluster_start);
	for (guint i = 0; i < kept->len; i++) {
		CrCluster *c = g_ptr_array_index(kept, i);
		const CrFact *rep = fact_at(gr, c->rep);
		CrGroup *g = g_new0(CrGroup, 1);
		double score_sum = 0.0, log_count = 0.0;

		g->id = i;
		g->kind = rep->kind;
		g->value = g_strdup(rep->value ? rep->value : rep->key);
		g->facts = g_array_ref(c->members);
		c->doc_slices = g_new0(guint, n_docs + 1);
		c->starts = g_new(gsize, c->members->len);
		c->base = kind_ops[g->kind].base_weight(rep);
		for (guint m = 0; m < c->members->len; m++) {
			guint fi = g_array_index(c->members, guint, m);
			CrFact *f = &g_array_index(gr->facts, CrFact, fi);
			c->starts[m] = f->start;
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
		g_ptr_array_add(out->groups, g);
	}
}

/* The kinds' clustering: each kind's facts into that kind's clusters. */
typedef struct {
	const Grouper *shared;
	GArray **by_kind;     /* per kind: the indices of its facts */
	GPtrArray **clusters; /* per kind: its clusters */
	guint64 *weighed;     /* per kind: candidates weighed */
	CrProgress *progress;
} KindJob;

/* Clusters the facts of KIND. Kinds never meet, so they run side by side:
 * each has its own interned index keys; the stems of quotations, found
 * before, are only read. */
static void cluster_one_kind(guint kind, gpointer data)
{
	const KindJob *job = data;
	Grouper gr = *job->shared;

	job->clusters[kind] = g_ptr_array_new_with_free_func(cr_cluster_free);
	job->weighed[kind] = 0;
	if (!cr_progress_go_on(job->progress))
		return;
	gr.strings = g_string_chunk_new(4096);
	job->weighed[kind] = cluster_kind(&gr, kind, job->by_kind[kind], job->clusters[kind]);
	g_string_chunk_free(gr.strings);
	cr_progress_step(job->progress);
}

void cr_align_group(GArray *facts, CrAlignment *out, GPtrArray *kept, double *score, CrProgress *progress)
{
	Grouper gr = {
		.facts = facts,
		.score = score,
		.strings = g_string_chunk_new(4096),
		.stems = g_new0(GPtrArray *, MAX(facts->len, 1)),
	};
	g_autoptr(GPtrArray) clusters = g_ptr_array_new_with_free_func(cr_cluster_free);
	GArray *by_kind[CR_FACT_N_KINDS];
	GPtrArray *kind_clusters[CR_FACT_N_KINDS];
	guint64 weighed[CR_FACT_N_KINDS];
	KindJob job = { &gr, by_kind, kind_clusters, weighed, progress };

	for (guint k = 0; k < CR_FACT_N_KINDS; k++)
		by_kind[k] = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		f->group = -1;
		if (fact_alignable(f, out->n_docs))
			g_array_append_val(by_kind[f->kind], i);
	}
	count_quote_stems(&gr, by_kind[CR_FACT_QUOTE]);
	cr_parallel_for(CR_FACT_N_KINDS, cluster_one_kind, &job);
	for (guint k = 0; k < CR_FACT_N_KINDS; k++) {
		out->weighed += weighed[k];
		g_ptr_array_extend_and_steal(clusters, kind_clusters[k]);
		g_array_unref(by_kind[k]);
	}
	make_groups(&gr, out, clusters, kept);

	for (guint i = 0; i < facts->len; i++)
		if (gr.stems[i])
			g_ptr_array_unref(gr.stems[i]);
	g_free(gr.stems);
	g_string_chunk_free(gr.strings);
}

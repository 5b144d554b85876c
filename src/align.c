/* Matching facts across reports and chaining them in reading order: the
 * entry point, the alignment's accessors and the multi-way spine. Grouping
 * is in align_group.c, chaining in align_chain.c. */
#include "align_private.h"

#include "crossread/parallel.h"

#include "align_counts.h"
#include "align_places.h"
#include "align_spellings.h"
#include "align_years.h"

/* Of the aligner's time, the per cent grouping takes (two threads, 8
 * generated reports of 1 MiB); chaining takes the rest. */
#define GROUP_SHARE 60

void cr_group_free(CrGroup *group)
{
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

CrAlignment *cr_alignment_new(guint n_docs)
{
	CrAlignment *al = g_new0(CrAlignment, 1);
	al->n_docs = MIN(n_docs, 32);
	al->groups = g_ptr_array_new_with_free_func((GDestroyNotify)cr_group_free);
	al->chains = g_ptr_array_new_with_free_func(chain_free);
	return al;
}

/* The event-wide passes before the grouping, and the facts they read. */
typedef struct {
	GArray *facts;
	guint n_docs;
} AcrossJob;

/* Item ITEM of the event-wide passes: each item reads and changes facts
 * no other item reads (the small whole counts; the decimals, which have a
 * fraction; the places, the years and the full names of people), so the
 * items run side by side, while within the first each pass reads what
 * the one before wrote. They ran one after the other alone on the
 * two-core critical path, the helper idle (22.5 M instructions at 8 x 1
 * MiB). */
static void align_across(guint item, gpointer data)
{
	const AcrossJob *job = data;
	if (item == 0) {
		/* counts of people, seen across the event before they are grouped */
		cr_align_national_counts(job->facts);
		cr_align_people_counts(job->facts, job->n_docs);
		cr_align_bare_counts(job->facts);
	} else if (item == 1) {
		cr_align_bare_decimals(job->facts, job->n_docs);
	} else {
		cr_align_administrative_places(job->facts);
		cr_align_years_once(job->facts, job->n_docs);
		cr_align_name_spellings(job->facts);
	}
}

CrAlignment *cr_align(GArray *facts, guint n_docs, const gsize *doc_lens, CrProgress *progress)
{
	CrAlignment *out = cr_alignment_new(n_docs);
	g_autoptr(GPtrArray) clusters = g_ptr_array_new_with_free_func(cr_group_cluster_free);
	g_autoptr(GArray) scores = g_array_new(FALSE, FALSE, sizeof(double));

	cr_progress_stage(progress, cr_progress_left(progress) * GROUP_SHARE / 100, CR_FACT_N_KINDS);
	AcrossJob across = { facts, out->n_docs };
	cr_parallel_for(3, align_across, &across);
	cr_align_group(facts, out, clusters, scores, progress);
	cr_progress_stage(progress, cr_progress_left(progress),
			  out->n_docs * (out->n_docs - (out->n_docs > 0)) / 2);
	cr_align_chain(facts, out, clusters, scores, doc_lens, progress);
	return out;
}

/* Groups that one thread frees at a time in cr_alignment_free(). */
#define FREE_PIECE 1024

static void free_group_piece(guint p, gpointer data)
{
	GPtrArray *groups = data;
	for (guint i = p * FREE_PIECE; i < MIN(groups->len, (p + 1) * FREE_PIECE); i++)
		cr_group_free(g_ptr_array_index(groups, i));
}

void cr_alignment_free(CrAlignment *al)
{
	if (!al)
		return;
	/* on all processors, as the facts are (5 M instructions at 8 x 1 MiB) */
	cr_parallel_for((al->groups->len + FREE_PIECE - 1) / FREE_PIECE, free_group_piece, al->groups);
	g_ptr_array_set_free_func(al->groups, NULL);
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

	if (ref >= MIN(al->n_docs, CR_MAX_DOCUMENTS))
		return spine;

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

/* The pipeline: load -> clean -> extract -> align. */
#include "crossread/engine.h"

#include "crossread/extract.h"
#include "crossread/meta.h"
#include "crossread/parallel.h"

GPtrArray *cr_engine_load(char **paths, guint n_paths, GError **error)
{
	if (n_paths > CR_MAX_DOCUMENTS) {
		g_set_error(error, CR_ERROR, CR_ERROR_USAGE, "too many reports: %u given, at most %d",
			    n_paths, CR_MAX_DOCUMENTS);
		return NULL;
	}
	g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	guint stdin_uses = 0;
	for (guint i = 0; i < n_paths; i++) {
		if (g_strcmp0(paths[i], "-") == 0 && ++stdin_uses > 1) {
			g_set_error(error, CR_ERROR, CR_ERROR_USAGE,
				    "standard input ('-') can be read only once");
			return NULL;
		}
		CrDoc *doc = cr_doc_load(paths[i], error);
		if (!doc)
			return NULL;
		g_ptr_array_add(docs, doc);
	}
	return g_steal_pointer(&docs);
}

/* Marks facts in boilerplate or duplicate blocks: shown, never aligned. */
static void mark_ignored(CrEngine *engine)
{
	for (guint i = 0; i < engine->facts->len; i++) {
		CrFact *f = &g_array_index(engine->facts, CrFact, i);
		const GArray *blocks = g_ptr_array_index(engine->blocks, f->doc);
		int b = cr_blocks_find(blocks, f->start);
		if (b >= 0) {
			const CrBlock *block = &g_array_index(blocks, CrBlock, b);
			if (block->boilerplate || (block->flags & CR_BLOCK_DUPLICATE))
				f->flags |= CR_FACT_IGNORED;
		}
	}
}

/* TRUE when KIND gives way to a date over the same words ("May", "24"). */
static gboolean yields_to_date(CrFactKind kind)
{
	return kind == CR_FACT_NUMBER || kind == CR_FACT_PERSON || kind == CR_FACT_ORG ||
	       kind == CR_FACT_PLACE;
}

/* Drops numbers and names that overlap a date in the same report; facts
 * must be sorted. */
static void drop_overlaps(GArray *facts)
{
	g_autoptr(GArray) keep = g_array_sized_new(FALSE, FALSE, sizeof(gboolean), facts->len);
	g_array_set_size(keep, facts->len);
	for (guint i = 0; i < facts->len; i++)
		g_array_index(keep, gboolean, i) = TRUE;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *d = &g_array_index(facts, CrFact, i);
		if (d->kind != CR_FACT_DATE)
			continue;
		for (guint j = i; j-- > 0;) {
			const CrFact *f = &g_array_index(facts, CrFact, j);
			if (f->doc != d->doc || f->end <= d->start)
				break;
			if (yields_to_date(f->kind))
				g_array_index(keep, gboolean, j) = FALSE;
		}
		for (guint j = i + 1; j < facts->len; j++) {
			const CrFact *f = &g_array_index(facts, CrFact, j);
			if (f->doc != d->doc || f->start >= d->end)
				break;
			if (yields_to_date(f->kind))
				g_array_index(keep, gboolean, j) = FALSE;
		}
	}
	cr_fact_array_filter(facts, (const gboolean *)(void *)keep->data);
}

/* What the reports' own stages make, one slot per report. */
typedef struct {
	GPtrArray *docs;
	GArray **blocks;
	GArray **facts;
} ReportStages;

/* Cleans, guesses the metadata of and extracts the facts of report D: work
 * that depends on that report alone, so reports run side by side. */
static void run_report_stages(guint d, gpointer data)
{
	ReportStages *st = data;
	CrDoc *doc = g_ptr_array_index(st->docs, d);

	st->blocks[d] = cr_clean_blocks(doc);
	cr_meta_guess(doc, st->blocks[d]);
	st->facts[d] = cr_fact_array_new();
	CrReport report;
	cr_report_open(&report, doc, d, st->blocks[d]);
	for (guint e = 0; e < cr_n_extractors; e++)
		cr_extractors[e].extract(&report, st->facts[d]);
	cr_report_close(&report);
}

CrEngine *cr_engine_run(GPtrArray *docs)
{
	CrEngine *engine = g_new0(CrEngine, 1);
	guint n = docs->len;
	g_autofree gsize *lens = g_new0(gsize, n ? n : 1);
	g_autofree GArray **blocks = g_new0(GArray *, n ? n : 1);
	g_autofree GArray **facts = g_new0(GArray *, n ? n : 1);
	ReportStages stages = { docs, blocks, facts };
	guint n_facts = 0;

	engine->docs = docs;
	engine->blocks = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	cr_parallel_for(n, run_report_stages, &stages);
	for (guint d = 0; d < n; d++)
		n_facts += facts[d]->len;
	/* the reports' facts in report order, as extracting them one by one would */
	engine->facts = cr_fact_array_sized_new(n_facts);
	for (guint d = 0; d < n; d++) {
		g_ptr_array_add(engine->blocks, blocks[d]);
		cr_fact_array_append_take(engine->facts, facts[d]);
		lens[d] = ((CrDoc *)g_ptr_array_index(docs, d))->len;
	}
	for (guint e = 0; e < cr_n_extractors; e++)
		if (cr_extractors[e].resolve)
			cr_extractors[e].resolve((CrDoc *const *)docs->pdata, n, engine->blocks,
						 engine->facts);
	cr_fact_array_sort(engine->facts);
	drop_overlaps(engine->facts);
	mark_ignored(engine);
	engine->alignment = cr_align(engine->facts, n, lens);
	return engine;
}

void cr_engine_free(CrEngine *engine)
{
	if (!engine)
		return;
	cr_alignment_free(engine->alignment);
	g_array_unref(engine->facts);
	g_ptr_array_unref(engine->blocks);
	g_ptr_array_unref(engine->docs);
	g_free(engine);
}

/* The pipeline: load -> clean -> extract -> align, in two steps. */
#include "crossread/engine.h"
#include "crossread/clean_across.h"

#include "crossread/extract.h"
#include "crossread/meta.h"
#include "crossread/parallel.h"
#include "crossread/partition.h"
#include "english.h"
#include "name_lexicon.h"

/* The reports being loaded, one slot per path. */
typedef struct {
	char **paths;
	CrDoc **docs;
	GError **errors;
} Loading;

/* Item I of the loading: the names' tables first, then report I - 1. */
static void load_one(guint i, gpointer data)
{
	Loading *loading = data;
	if (i == 0) {
		name_word_table();
		return;
	}
	loading->docs[i - 1] = cr_doc_load(loading->paths[i - 1], &loading->errors[i - 1]);
}

/* Loads the reports side by side (reading and checking each was 5 M
 * instructions at 1 MiB on one thread); the error is the first path's
 * that failed, as loading them one by one would give. The names' tables
 * (10 M instructions, built once for the program on their first use) are
 * built beside the reading, the longest item first: at their first use,
 * in the extraction, the other thread waited for them in g_once(). */
GPtrArray *cr_engine_load(char **paths, guint n_paths, GError **error)
{
	if (n_paths > CR_MAX_DOCUMENTS) {
		g_set_error(error, CR_ERROR, CR_ERROR_USAGE, "too many reports: %u given, at most %d",
			    n_paths, CR_MAX_DOCUMENTS);
		return NULL;
	}
	guint stdin_uses = 0;
	for (guint i = 0; i < n_paths; i++)
		if (g_strcmp0(paths[i], "-") == 0 && ++stdin_uses > 1) {
			g_set_error(error, CR_ERROR, CR_ERROR_USAGE,
				    "standard input ('-') can be read only once");
			return NULL;
		}
	g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_autofree GError **errors = g_new0(GError *, MAX(n_paths, 1));
	g_ptr_array_set_size(docs, (gint)n_paths);
	Loading loading = { paths, (CrDoc **)docs->pdata, errors };
	cr_parallel_for(n_paths + 1, load_one, &loading);
	gboolean failed = FALSE;
	for (guint i = 0; i < n_paths; i++) {
		if (errors[i] && !failed)
			g_propagate_error(error, g_steal_pointer(&errors[i]));
		failed |= !docs->pdata[i];
		g_clear_error(&errors[i]);
	}
	return failed ? NULL : g_steal_pointer(&docs);
}

/* Marks the facts of one report, FACTS[0, N) sorted, that lie in its
 * boilerplate or duplicate BLOCKS: shown, never aligned; but the date a
 * report gives itself aligns wherever the page prints it. The blocks are
 * walked once beside the facts (cr_blocks_find() per fact was 22 M
 * instructions on one thread at 8 x 1 MiB). */
static void mark_ignored(CrFact *facts, guint n, const GArray *blocks)
{
	guint b = 0;
	for (guint i = 0; i < n; i++) {
		CrFact *f = &facts[i];
		/* the first block that ends after the fact's start, as cr_blocks_find() */
		while (b < blocks->len && g_array_index(blocks, CrBlock, b).end <= f->start)
			b++;
		if (b < blocks->len && g_array_index(blocks, CrBlock, b).start <= f->start) {
			const CrBlock *block = &g_array_index(blocks, CrBlock, b);
			gboolean own_date = (f->flags & CR_FACT_DATELINE) != 0;
			if ((block->boilerplate && !own_date) || (block->flags & CR_BLOCK_DUPLICATE))
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

/* Clears KEEP[i] of the numbers and names among one report's FACTS[0, N),
 * sorted, that overlap a date. */
static void drop_overlaps(const CrFact *facts, guint n, gboolean *keep)
{
	for (guint i = 0; i < n; i++) {
		const CrFact *d = &facts[i];
		if (d->kind != CR_FACT_DATE)
			continue;
		for (guint j = i; j-- > 0 && facts[j].end > d->start;)
			if (yields_to_date(facts[j].kind))
				keep[j] = FALSE;
		for (guint j = i + 1; j < n && facts[j].start < d->end; j++)
			if (yields_to_date(facts[j].kind))
				keep[j] = FALSE;
	}
}

/* TRUE when F is a place or a body named by one word that English writes
 * in lower case ("Amendment", "Avenue"): a common noun, capitalised. */
static gboolean common_word_name(const CrFact *f)
{
	return (f->kind == CR_FACT_PLACE || f->kind == CR_FACT_ORG) && !strchr(f->key, ' ') &&
	       cr_english_word(f->key, strlen(f->key));
}

/* Clears KEEP[i] of the places and bodies among one report's FACTS[0, N),
 * sorted, that are one common word an ordinal's fact holds: the words the
 * ordinal names with ("the 39th Amendment"), which alone linked the 39th
 * to another report's 40th. A count's word stays ("12 Democrats": the
 * count's people are the party's), and so does a name the ordinal does
 * not hold whole or no common word. */
static void drop_ordinal_words(const CrFact *facts, guint n, gboolean *keep)
{
	for (guint i = 0; i < n; i++) {
		const CrFact *number = &facts[i];
		/* a fact inside the number first: most numbers hold none */
		if (number->kind != CR_FACT_NUMBER || i + 1 == n || facts[i + 1].start >= number->end ||
		    !cr_fact_is_ordinal(number))
			continue;
		for (guint j = i + 1; j < n && facts[j].start < number->end; j++)
			if (facts[j].end <= number->end && common_word_name(&facts[j]))
				keep[j] = FALSE;
	}
}

/* The sorted facts of every report, to be checked one report at a time. */
typedef struct {
	GArray *facts;
	const GPtrArray *blocks;
	const guint *first; /* where each report's facts begin; then the end */
	gboolean *keep;
} Checking;

/* Drops (in KEEP) the numbers and names of report D that overlap a date
 * and the common words its ordinals name with, and marks its facts in
 * boilerplate: per report, so side by side. */
static void check_report(guint d, gpointer data)
{
	const Checking *c = data;
	CrFact *facts = &g_array_index(c->facts, CrFact, c->first[d]);
	guint n = c->first[d + 1] - c->first[d];

	for (guint i = 0; i < n; i++)
		c->keep[c->first[d] + i] = TRUE;
	drop_overlaps(facts, n, c->keep + c->first[d]);
	drop_ordinal_words(facts, n, c->keep + c->first[d]);
	mark_ignored(facts, n, g_ptr_array_index(c->blocks, d));
}

/* Sorts the facts of the N_DOCS reports, drops numbers and names that a
 * date covers and marks those in boilerplate or duplicate blocks. */
static void order_facts(GArray *facts, guint n_docs, const GPtrArray *blocks)
{
	cr_fact_array_sort(facts);
	/* sorted by report: where each report's facts begin, and the end */
	g_autofree guint *first = g_new(guint, n_docs + 1);
	for (guint d = 0; d <= n_docs; d++)
		first[d] = CR_PARTITION_POINT(facts->len, mid, g_array_index(facts, CrFact, mid).doc < d);
	g_autofree gboolean *keep = g_new(gboolean, MAX(facts->len, 1));
	Checking checking = { facts, blocks, first, keep };
	cr_parallel_for(n_docs, check_report, &checking);
	cr_fact_array_filter(facts, keep);
}

/* How the analysis's time divides between its stages, in units of
 * CR_PROGRESS_TOTAL: as measured on two threads over 8 generated reports
 * of 1 MiB (extraction 38 %, resolving across reports 25 %, sorting and
 * marking 9 %, the rest aligning), so that the per cent the reader shows
 * moves about evenly with the time. */
#define EXTRACT_SHARE 400
#define RESOLVE_SHARE 250
#define ORDER_SHARE   90

struct CrAnalysis {
	GArray *facts;
	CrAlignment *alignment;
	GPtrArray *docs;   /* the reports as the analysis sees them: see analysis_doc_new() */
	GPtrArray *blocks; /* the blocks with the other reports' furniture flagged; NULL: the engine's */
};

/* Report DOC as the analysis sees it: the same bytes, path and metadata
 * (borrowed), and a publication date of its own, which the date extractor
 * sets, so that the engine's report can be read meanwhile. */
static CrDoc *analysis_doc_new(const CrDoc *doc)
{
	CrDoc *copy = g_new(CrDoc, 1);
	*copy = *doc;
	copy->date = g_strdup(doc->date);
	return copy;
}

static void analysis_doc_free(CrDoc *doc)
{
	g_free(doc->date);
	g_free(doc);
}

void cr_analysis_free(CrAnalysis *analysis)
{
	if (!analysis)
		return;
	if (analysis->facts)
		g_array_unref(analysis->facts);
	cr_alignment_free(analysis->alignment);
	g_ptr_array_unref(analysis->docs);
	if (analysis->blocks)
		g_ptr_array_unref(analysis->blocks);
	g_free(analysis);
}

/* The first step of each report: cleaning and metadata. */
static void prepare_report(guint d, gpointer data)
{
	CrEngine *engine = data;
	CrDoc *doc = g_ptr_array_index(engine->docs, d);
	GArray *blocks = cr_clean_blocks(doc);

	cr_meta_guess(doc, blocks);
	engine->blocks->pdata[d] = blocks;
}

CrEngine *cr_engine_prepare(GPtrArray *docs)
{
	CrEngine *engine = g_new0(CrEngine, 1);

	engine->docs = docs;
	engine->blocks = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	g_ptr_array_set_size(engine->blocks, (gint)docs->len);
	cr_parallel_for(docs->len, prepare_report, engine);
	engine->facts = cr_fact_array_new();
	engine->alignment = cr_alignment_new(docs->len);
	engine->pending = TRUE;
	return engine;
}

/* What the reports' extraction makes, one slot per report. */
typedef struct {
	const CrAnalysis *analysis;
	const GPtrArray *blocks;
	CrFactPieces **facts;
	CrProgress *progress;
	CrTokenSpares *spares; /* closed reports' token arrays, for the next opened */
	gint opened;	       /* reports opened so far (atomic) */
} Extraction;

/* Extracts the facts of report D: work that depends on that report alone,
 * so reports run side by side. */
static void extract_report(guint d, gpointer data)
{
	Extraction *ex = data;
	CrDoc *doc = g_ptr_array_index(ex->analysis->docs, d);
	const GArray *blocks = g_ptr_array_index(ex->blocks, d);

	GArray *facts = cr_fact_array_new();
	CrReport report;
	guint last_reader = 0;
	for (guint e = 0; e < cr_n_extractors; e++)
		if (cr_extractors[e].reads_tokens)
			last_reader = e;
	cr_report_open_reusing(&report, doc, d, blocks, ex->spares);
	g_atomic_int_inc(&ex->opened);
	for (guint e = 0; e < cr_n_extractors && cr_progress_go_on(ex->progress); e++) {
		cr_extractors[e].extract(&report, facts);
		/* the tokens are let go as soon as no extractor left reads them
		 * (a dense report's take several times its size); their memory
		 * is kept for the next report's while one is left to open */
		if (e == last_reader) {
			if ((guint)g_atomic_int_get(&ex->opened) < ex->analysis->docs->len)
				cr_report_close_keeping(&report, ex->spares);
			else
				cr_report_close(&report);
		}
		cr_progress_step(ex->progress);
	}
	cr_report_close(&report);
	ex->facts[d] = cr_fact_pieces_new(facts);
}

/* The reports' facts in report order, as extracting them one by one would. */
static GArray *extract_all(CrAnalysis *analysis, const GPtrArray *blocks, CrProgress *progress)
{
	guint n = analysis->docs->len, n_facts = 0;
	g_autofree CrFactPieces **facts = g_new0(CrFactPieces *, MAX(n, 1));
	Extraction ex = { analysis, blocks, facts, progress, cr_token_spares_new(), 0 };

	cr_progress_stage(progress, EXTRACT_SHARE, n * cr_n_extractors);
	cr_parallel_for(n, extract_report, &ex);
	cr_token_spares_free(ex.spares);
	for (guint d = 0; d < n; d++)
		n_facts += cr_fact_pieces_len(facts[d]);
	GArray *all = cr_fact_array_sized_new(n_facts);
	cr_fact_array_append_take_pieces(all, facts, n);
	return all;
}

/* The resolvers of the extractors before AHEAD_AT, and the reports'
 * work of that extractor's resolver done ahead, beside them. */
typedef struct {
	CrAnalysis *analysis;
	GPtrArray *blocks;
	CrProgress *progress;
	guint ahead_at;
	gpointer ahead;
} Resolving;

/* Runs the resolvers of extractors [FROM, UPTO) in order. */
static void resolve_range(Resolving *r, guint from, guint upto)
{
	for (guint e = from; e < upto && cr_progress_go_on(r->progress); e++) {
		if (!cr_extractors[e].resolve)
			continue;
		cr_extractors[e].resolve((CrDoc *const *)r->analysis->docs->pdata, r->analysis->docs->len,
					 r->blocks, r->analysis->facts);
		cr_progress_step(r->progress);
	}
}

/* Item ITEM of the part ahead: its pass ITEM / N of report ITEM % N, N
 * reports (cr_parallel_start()). */
static void resolve_ahead_report(guint item, gpointer data)
{
	Resolving *r = data;
	guint n = r->analysis->docs->len;
	cr_extractors[r->ahead_at].ahead->report(r->ahead, item / n, item % n);
}

/* Resolves the facts across reports, each extractor's way. On two
 * threads or more, the first resolver with a part to run ahead has the
 * reports' part run by the helping threads while this one runs the
 * resolvers before it (always here, whichever thread is free first),
 * unless that part would hold more bytes than the reports have; the
 * output is the same as running them one by one. */
static void resolve_all(CrAnalysis *analysis, GPtrArray *blocks, CrProgress *progress)
{
	guint n_resolvers = 0, n = analysis->docs->len;
	CrDoc *const *docs = (CrDoc *const *)analysis->docs->pdata;
	Resolving r = { analysis, blocks, progress, cr_n_extractors, NULL };

	for (guint e = 0; e < cr_n_extractors; e++) {
		n_resolvers += cr_extractors[e].resolve != NULL;
		if (cr_extractors[e].ahead && r.ahead_at == cr_n_extractors)
			r.ahead_at = e;
	}
	cr_progress_stage(progress, RESOLVE_SHARE, n_resolvers);
	/* on one thread nothing is gained by it, and what the part ahead
	 * holds would wait beside the resolvers before it; past the reports'
	 * size (dense quotations: 9.6 MB for 4 MiB of cited titles, 1.2 MB
	 * for 8 MiB of news) that is on top of their peak, the names' */
	gsize input = 0;
	for (guint d = 0; d < n; d++)
		input += docs[d]->len;
	if (r.ahead_at == cr_n_extractors || cr_parallel_threads() < 2 ||
	    cr_extractors[r.ahead_at].ahead->holds(analysis->facts) > input) {
		resolve_range(&r, 0, cr_n_extractors);
		return;
	}
	const CrResolveAhead *ahead = cr_extractors[r.ahead_at].ahead;
	r.ahead = ahead->begin(docs, n, blocks, analysis->facts);
	CrParallelJob *reports = cr_parallel_start(n * ahead->passes, resolve_ahead_report, &r);
	resolve_range(&r, 0, r.ahead_at);
	cr_parallel_finish(reports);
	if (!cr_progress_go_on(progress)) {
		ahead->drop(r.ahead);
		return;
	}
	ahead->resolve(docs, n, blocks, analysis->facts, r.ahead);
	cr_progress_step(progress);
	resolve_range(&r, r.ahead_at + 1, cr_n_extractors);
}

CrAnalysis *cr_engine_analyse(const CrEngine *engine, CrProgress *progress)
{
	g_autoptr(CrAnalysis) analysis = g_new0(CrAnalysis, 1);
	guint n = engine->docs->len;
	g_autofree gsize *lens = g_new0(gsize, MAX(n, 1));
	/* the resolvers take the blocks as they are kept, and only read them */
	analysis->blocks = cr_clean_across(engine->docs, engine->blocks);
	GPtrArray *blocks = analysis->blocks ? analysis->blocks : engine->blocks;

	analysis->docs = g_ptr_array_new_full(n, (GDestroyNotify)analysis_doc_free);
	for (guint d = 0; d < n; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		g_ptr_array_add(analysis->docs, analysis_doc_new(doc));
		lens[d] = doc->len;
	}
	analysis->facts = extract_all(analysis, blocks, progress);
	if (!cr_progress_go_on(progress))
		return NULL;
	resolve_all(analysis, blocks, progress);
	if (!cr_progress_go_on(progress))
		return NULL;
	cr_progress_stage(progress, ORDER_SHARE, 1);
	order_facts(analysis->facts, n, blocks);
	cr_progress_step(progress);
	analysis->alignment = cr_align(analysis->facts, n, lens, progress);
	if (!cr_progress_go_on(progress))
		return NULL;
	cr_progress_finish(progress);
	return g_steal_pointer(&analysis);
}

void cr_engine_complete(CrEngine *engine, CrAnalysis *analysis)
{
	for (guint d = 0; d < engine->docs->len; d++) {
		CrDoc *doc = g_ptr_array_index(engine->docs, d), *seen = g_ptr_array_index(analysis->docs, d);
		g_free(doc->date);
		doc->date = g_steal_pointer(&seen->date);
		doc->pub_year = seen->pub_year;
		doc->pub_month = seen->pub_month;
		doc->pub_day = seen->pub_day;
		doc->pub_weekday = seen->pub_weekday;
	}
	if (analysis->blocks)
		cr_clean_across_apply(engine->blocks, analysis->blocks);
	g_array_unref(engine->facts);
	cr_alignment_free(engine->alignment);
	engine->facts = g_steal_pointer(&analysis->facts);
	engine->alignment = g_steal_pointer(&analysis->alignment);
	engine->pending = FALSE;
	cr_analysis_free(analysis);
}

CrEngine *cr_engine_run(GPtrArray *docs)
{
	CrEngine *engine = cr_engine_prepare(docs);
	cr_engine_complete(engine, cr_engine_analyse(engine, NULL));
	return engine;
}

void cr_engine_free(CrEngine *engine)
{
	if (!engine)
		return;
	cr_alignment_free(engine->alignment);
	cr_fact_array_free(engine->facts);
	g_ptr_array_unref(engine->blocks);
	g_ptr_array_unref(engine->docs);
	g_free(engine);
}

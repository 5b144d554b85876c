/* The engine in two steps: the same result as in one, the progress it
 * reports, and stopping it part way (leaks are AddressSanitizer's to find
 * under ./test.sh). */
#include <stdio.h>
#include <string.h>

#include "crossread/engine_job.h"
#include "crossread/output.h"
#include "crossread/parallel.h"
#include "testlib.h"

/* The reports of examples/, loaded. */
static GPtrArray *example_docs(void)
{
	static const char *const names[] = { "01-kna-wire.txt", "02-velmora-herald.txt", "03-meridian24.txt",
					     "04-estuary-voice.txt" };
	g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GError) error = NULL;

	for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
		g_autofree char *name = g_strconcat("examples/", names[i], NULL);
		g_ptr_array_add(paths, cr_test_path(name));
	}
	GPtrArray *docs = cr_engine_load((char **)paths->pdata, paths->len, &error);
	g_assert_no_error(error);
	return docs;
}

/* What --json prints for ENGINE. */
static char *json_of(const CrEngine *engine)
{
	char *text = NULL;
	gsize len = 0;
	FILE *out = open_memstream(&text, &len);
	g_assert_nonnull(out);
	g_assert_true(cr_output_json(engine, out));
	fclose(out);
	return text;
}

/* The first step alone: cleaned reports, their titles, nothing more. */
static void test_prepare(void)
{
	g_autoptr(CrEngine) engine = cr_engine_prepare(example_docs());

	g_assert_true(engine->pending);
	g_assert_cmpuint(engine->blocks->len, ==, engine->docs->len);
	for (guint d = 0; d < engine->docs->len; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		g_assert_cmpuint(((GArray *)g_ptr_array_index(engine->blocks, d))->len, >, 0);
		g_assert_true(doc->title || doc->outlet);
		g_assert_null(doc->date); /* the date extractor's, in the second step */
	}
	g_assert_cmpuint(engine->facts->len, ==, 0);
	g_assert_cmpuint(engine->alignment->groups->len, ==, 0);
	g_assert_cmpuint(engine->alignment->chains->len, ==, 0);
}

/* Both steps give what cr_engine_run() gives, byte for byte. */
static void test_steps_same_as_run(void)
{
	g_autoptr(CrEngine) whole = cr_engine_run(example_docs());
	g_autoptr(CrEngine) stepped = cr_engine_prepare(example_docs());
	CrProgress progress;

	cr_progress_init(&progress, NULL, NULL);
	CrAnalysis *analysis = cr_engine_analyse(stepped, &progress);
	g_assert_nonnull(analysis);
	g_assert_true(stepped->pending); /* the analysis only reads the engine */
	cr_engine_complete(stepped, analysis);
	g_assert_false(stepped->pending);
	g_assert_cmpuint(cr_progress_percent(&progress), ==, 100);

	g_autofree char *want = json_of(whole), *got = json_of(stepped);
	g_assert_cmpuint(whole->facts->len, >, 0);
	g_assert_cmpstr(got, ==, want);
	for (guint d = 0; d < whole->docs->len; d++)
		g_assert_cmpstr(((CrDoc *)g_ptr_array_index(stepped->docs, d))->date, ==,
				((CrDoc *)g_ptr_array_index(whole->docs, d))->date);
}

/* What a hook saw: the per cent at each safe point, and when to cancel. */
typedef struct {
	GMutex lock;
	GArray *percents;    /* guint, in the order the safe points were reached */
	guint cancel_at;     /* cancel at this safe point (1: the first); 0: never */
	gint done_at_cancel; /* the units done then */
} Watch;

static void watch_hook(CrProgress *progress, gpointer data)
{
	Watch *w = data;
	guint percent = cr_progress_percent(progress);
	g_mutex_lock(&w->lock);
	g_array_append_val(w->percents, percent);
	if (w->percents->len == w->cancel_at) {
		w->done_at_cancel = g_atomic_int_get(&progress->done);
		cr_progress_cancel(progress);
	}
	g_mutex_unlock(&w->lock);
}

static void watch_init(Watch *w, guint cancel_at)
{
	g_mutex_init(&w->lock);
	w->percents = g_array_new(FALSE, FALSE, sizeof(guint));
	w->cancel_at = cancel_at;
	w->done_at_cancel = 0;
}

static void watch_clear(Watch *w)
{
	g_array_unref(w->percents);
	g_mutex_clear(&w->lock);
}

/* The analysis of ENGINE watched by W; NULL when it was cancelled. */
static CrAnalysis *analyse_watched(const CrEngine *engine, Watch *w, CrProgress *progress)
{
	cr_progress_init(progress, watch_hook, w);
	return cr_engine_analyse(engine, progress);
}

/* The progress climbs to 100 through safe points between every report's
 * extractors, the resolvers, the kinds of fact and the pairs of reports. */
static void test_progress(void)
{
	g_autoptr(CrEngine) engine = cr_engine_prepare(example_docs());
	guint n = engine->docs->len;
	CrProgress progress;
	Watch w;

	watch_init(&w, 0);
	g_autoptr(CrAnalysis) analysis = analyse_watched(engine, &w, &progress);
	g_assert_nonnull(analysis);
	g_assert_cmpuint(cr_progress_percent(&progress), ==, 100);
	/* extractors per report, kinds, pairs: at least one safe point each */
	g_assert_cmpuint(w.percents->len, >=, n * 4 + CR_FACT_N_KINDS + n * (n - 1) / 2);
	g_assert_cmpuint(g_array_index(w.percents, guint, 0), ==, 0);
	g_assert_cmpuint(g_array_index(w.percents, guint, w.percents->len - 1), >=, 90);
	/* on one thread the safe points come in order: the figure never drops */
	if (cr_parallel_threads() == 1)
		for (guint i = 1; i < w.percents->len; i++)
			g_assert_cmpuint(g_array_index(w.percents, guint, i), >=,
					 g_array_index(w.percents, guint, i - 1));
	watch_clear(&w);
}

/* Cancelled at any safe point, the analysis stops at the next one of each
 * thread and returns NULL, with nothing left allocated: after the cancel,
 * only the steps under way on each thread are finished (none is over a
 * tenth of the work), whatever is left is not begun. */
static void test_cancel_anywhere(void)
{
	g_autoptr(CrEngine) engine = cr_engine_prepare(example_docs());
	CrProgress progress;
	Watch all;

	watch_init(&all, 0);
	cr_analysis_free(analyse_watched(engine, &all, &progress));
	guint points = all.percents->len;
	watch_clear(&all);
	for (guint at = 1; at <= points; at++) {
		Watch w;
		watch_init(&w, at);
		CrAnalysis *analysis = analyse_watched(engine, &w, &progress);
		g_assert_null(analysis);
		g_assert_true(cr_progress_cancelled(&progress));
		gint after = g_atomic_int_get(&progress.done) - w.done_at_cancel;
		g_assert_cmpint(after, <=, (gint)cr_parallel_threads() * CR_PROGRESS_TOTAL / 10);
		watch_clear(&w);
	}
	/* the engine was only read: it analyses as well after all that */
	g_autoptr(CrEngine) whole = cr_engine_run(example_docs());
	cr_engine_complete(engine, cr_engine_analyse(engine, NULL));
	g_autofree char *want = json_of(whole), *got = json_of(engine);
	g_assert_cmpstr(got, ==, want);
}

/* A hook that holds the analysis until it is cancelled. */
static void hold_until_cancelled(CrProgress *progress, gpointer data)
{
	gint *held = data;
	g_atomic_int_set(held, TRUE);
	while (!cr_progress_cancelled(progress))
		g_usleep(1000);
}

/* On a thread of its own: the same result, and a job cancelled mid-way
 * (held at a safe point) ends when freed. */
static void test_job(void)
{
	g_autoptr(CrEngine) whole = cr_engine_run(example_docs());
	g_autoptr(CrEngine) engine = cr_engine_prepare(example_docs());
	CrEngineJob *job = cr_engine_job_start(engine, NULL, NULL);

	g_assert_true(cr_engine_job_complete(job, engine));
	g_assert_false(engine->pending);
	g_autofree char *want = json_of(whole), *got = json_of(engine);
	g_assert_cmpstr(got, ==, want);

	g_autoptr(CrEngine) held_engine = cr_engine_prepare(example_docs());
	gint held = FALSE;
	job = cr_engine_job_start(held_engine, hold_until_cancelled, &held);
	while (!g_atomic_int_get(&held))
		g_usleep(1000);
	g_assert_false(cr_engine_job_done(job));
	g_assert_cmpuint(cr_engine_job_percent(job), ==, 0);
	cr_engine_job_free(job);
	g_assert_true(held_engine->pending);

	/* cancelled before it is collected: the engine stays pending */
	job = cr_engine_job_start(held_engine, hold_until_cancelled, &held);
	cr_engine_job_cancel(job);
	g_assert_false(cr_engine_job_complete(job, held_engine));
	g_assert_true(held_engine->pending);
}

/* Each fact's confidence in --json is its value to three decimals, the
 * zeros after the first decimal left out, whichever values came before:
 * the writer copies a number it wrote before (41 values here, more than
 * it keeps, so that values share its places), and a value it keeps is
 * never given for another. */
static void test_json_confidences(void)
{
	static const double values[] = { 0.8, 0.9,    0.6,  0.7,   0.95,      1.0,
					 0.0, 0.0004, -0.0, 0.725, 0.6999999, 0.0005 };
	g_autoptr(CrEngine) engine = cr_engine_run(example_docs());
	g_assert_cmpuint(engine->facts->len, >, 100);
	for (guint i = 0; i < engine->facts->len; i++) {
		double v = i % 3 ? values[i % G_N_ELEMENTS(values)] : (i % 41) / 37.0;
		g_array_index(engine->facts, CrFact, i).confidence = v;
	}

	g_autofree char *json = json_of(engine);
	const char *at = strstr(json, "\"facts\"");
	g_assert_nonnull(at);
	for (guint i = 0; i < engine->facts->len; i++) {
		double v = g_array_index(engine->facts, CrFact, i).confidence;
		char want[G_ASCII_DTOSTR_BUF_SIZE];
		g_ascii_formatd(want, sizeof want, "%.3f", v > -0.0005 && v < 0.0005 ? 0.0 : v);
		gsize len = strlen(want);
		while (len > 2 && want[len - 1] == '0' && want[len - 2] != '.')
			want[--len] = '\0';
		at = strstr(at, "\"confidence\":");
		g_assert_nonnull(at);
		at += strlen("\"confidence\":");
		g_autofree char *got = g_strndup(at, strcspn(at, ",}"));
		g_assert_cmpstr(got, ==, want);
	}
}

/* Each fact's offsets in --json are their decimal digits, at every number
 * of digits and across the writer's steps of four (9,999 and 10,000,
 * 99,999,999 and 100,000,000) up to 2^32 - 1, after its id and report and
 * before its kind, one comma apart. */
static void test_json_integers(void)
{
	static const guint32 values[] = { 0,	     7,		 10,	     99,       100,	  999,
					  1000,	     9999,	 10000,	     12345,    99999,	  100000,
					  1048576,   9999999,	 10000000,   99999999, 100000000, 123456789,
					  999999999, 1000000000, G_MAXUINT32 };
	g_autoptr(CrEngine) engine = cr_engine_run(example_docs());
	g_assert_cmpuint(engine->facts->len, >, 2 * G_N_ELEMENTS(values));
	for (guint i = 0; i < engine->facts->len; i++) {
		CrFact *f = &g_array_index(engine->facts, CrFact, i);
		f->start = values[i % G_N_ELEMENTS(values)];
		f->end = values[(i + 7) % G_N_ELEMENTS(values)] / (i % 3 + 1);
	}

	g_autofree char *json = json_of(engine);
	const char *at = strstr(json, "\"facts\"");
	g_assert_nonnull(at);
	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		g_autofree char *want =
		    g_strdup_printf("\"start\":%" G_GUINT64_FORMAT ",\"end\":%" G_GUINT64_FORMAT ",",
				    (guint64)f->start, (guint64)f->end);
		at = strstr(at, "\"start\":");
		g_assert_nonnull(at);
		g_autofree char *got = g_strndup(at, strlen(want));
		g_assert_cmpstr(got, ==, want);
		at++;
	}
}

/* Each fact's members in --json from its id to its text, and its group,
 * are written whole whatever its kind (one past the known ones written
 * "unknown") and however long its text: the writer tests its room once for
 * several members, and a text of 700,000 bytes makes a piece's buffer
 * grow between two such tests. Each block's members likewise, boilerplate
 * or not, a duplicate or not. */
static void test_json_members(void)
{
	g_autoptr(CrEngine) engine = cr_engine_run(example_docs());
	GArray *facts = engine->facts;
	g_assert_cmpuint(facts->len, >, 20);
	g_autofree guint8 *kinds = g_new(guint8, facts->len);
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		kinds[i] = f->kind;
		if (i % 7 == 3)
			f->kind = CR_FACT_N_KINDS;
	}
	/* the facts' own strings are their pool's: put back before they go */
	CrFact *long_one = &g_array_index(facts, CrFact, facts->len / 2);
	char *kept_text = long_one->text;
	g_autofree char *long_text = g_strnfill(700000, 'a');
	long_one->text = long_text;
	for (guint d = 0; d < engine->blocks->len; d++) {
		GArray *blocks = g_ptr_array_index(engine->blocks, d);
		for (guint b = 0; b < blocks->len; b++) {
			CrBlock *block = &g_array_index(blocks, CrBlock, b);
			block->boilerplate = b % 2;
			block->flags =
			    b % 3 ? block->flags & ~CR_BLOCK_DUPLICATE : block->flags | CR_BLOCK_DUPLICATE;
		}
	}

	g_autofree char *json = json_of(engine);
	const char *at = strstr(json, "\"blocks\"");
	for (guint d = 0; d < engine->blocks->len; d++) {
		GArray *blocks = g_ptr_array_index(engine->blocks, d);
		for (guint b = 0; b < blocks->len; b++) {
			const CrBlock *block = &g_array_index(blocks, CrBlock, b);
			g_autofree char *want = g_strdup_printf(
			    "%s{\"start\":%u,\"end\":%u,\"boilerplate\":%s%s}", b ? "," : "[",
			    (guint)block->start, (guint)block->end, block->boilerplate ? "true" : "false",
			    block->flags & CR_BLOCK_DUPLICATE ? ",\"duplicate\":true" : "");
			at = strstr(at, want);
			g_assert_nonnull(at);
		}
	}
	at = strstr(json, "\"facts\"");
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		g_autofree char *head = g_strdup_printf(
		    "%s\n  {\"id\":%u,\"doc\":%u,\"start\":%u,\"end\":%u,\"kind\":\"%s\",\"text\":\"",
		    i ? "," : "[", i, f->doc, (guint)f->start, (guint)f->end,
		    i % 7 == 3 ? "unknown" : cr_fact_kind_name(f->kind));
		at = strstr(at, head);
		g_assert_nonnull(at);
		at += strlen(head);
		if (f == long_one)
			g_assert_true(strncmp(at, long_text, 700000) == 0 && at[700000] == '"');
		g_autofree char *group = f->group >= 0 ? g_strdup_printf(",\"group\":%d}", f->group)
						       : g_strdup(",\"group\":null}");
		const char *next = strstr(at, "\n  {\"id\":");
		at = strstr(at, group);
		g_assert_nonnull(at);
		g_assert_true(!next || at < next);
	}
	long_one->text = kept_text;
	for (guint i = 0; i < facts->len; i++)
		g_array_index(facts, CrFact, i).kind = kinds[i];
}

/* Round 35 (engine51): a common word an ordinal names with is no place
 * of its own ("the 39th Amendment"), which linked one report's 39th to
 * another's 40th; a count's word stays a name ("12 Democrats"). */
static void test_ordinal_words_are_no_names(void)
{
	const char *a = "Voters rejected the 39th Amendment on Friday, and the 40th Amendment failed too. "
			"Seoul hosted 12 Democrats.\n";
	const char *b = "The 40th Amendment was rejected, and the count of the 39th Amendment ended first. "
			"Seoul met 12 Democrats.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	for (guint d = 0; d < 2; d++) {
		g_assert_cmpuint(cr_test_count_facts(engine->facts, d, CR_FACT_PLACE, "Amendment"), ==, 0);
		g_assert_cmpuint(cr_test_count_facts(engine->facts, d, CR_FACT_ORG, "Amendment"), ==, 0);
	}
	const CrFact *a39 = cr_test_find_fact(engine->facts, 0, CR_FACT_NUMBER, "39th Amendment");
	const CrFact *b39 = cr_test_find_fact(engine->facts, 1, CR_FACT_NUMBER, "39th Amendment");
	const CrFact *b40 = cr_test_find_fact(engine->facts, 1, CR_FACT_NUMBER, "40th Amendment");
	g_assert_nonnull(a39);
	g_assert_nonnull(b39);
	g_assert_nonnull(b40);
	assert_linked(a39, b39);
	assert_not_linked(a39, b40);
	/* the near miss: a count's capitalised word is still a name */
	const CrFact *da = cr_test_find_fact(engine->facts, 0, CR_FACT_PLACE, "Democrats");
	const CrFact *db = cr_test_find_fact(engine->facts, 1, CR_FACT_PLACE, "Democrats");
	g_assert_nonnull(da);
	g_assert_nonnull(db);
	assert_linked(da, db);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/engine/prepare", test_prepare);
	g_test_add_func("/engine/steps-same-as-run", test_steps_same_as_run);
	g_test_add_func("/engine/progress", test_progress);
	g_test_add_func("/engine/cancel-anywhere", test_cancel_anywhere);
	g_test_add_func("/engine/job", test_job);
	g_test_add_func("/engine/json-confidences", test_json_confidences);
	g_test_add_func("/engine/json-integers", test_json_integers);
	g_test_add_func("/engine/json-members", test_json_members);
	g_test_add_func("/engine/ordinal-words-are-no-names", test_ordinal_words_are_no_names);
	return g_test_run();
}

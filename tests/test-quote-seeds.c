/* Quotations of the seed reports: each reference quotation is covered by
 * a quotation fact as the scorer counts it. */
#include <string.h>

#include "crossread/extract.h"
#include "testlib.h"

/* A reference quotation of the seed reports. */
typedef struct {
	const char *file;
	const char *span;
} SeedSpan;

/* TRUE when fact F covers the reference span [gs,ge) as the scorer counts it:
 * holds half of it and is not much longer. */
static gboolean covers(const CrFact *f, gsize gs, gsize ge)
{
	gsize inter_start = MAX(f->start, gs), inter_end = MIN(f->end, ge);
	gsize inter = inter_end > inter_start ? inter_end - inter_start : 0;
	return inter * 2 >= ge - gs && f->end - f->start <= 2 * (ge - gs) + 60;
}

static void test_seed_quotes(void)
{
	static const SeedSpan gold[] = {
		{ "000_1430dbf7c8925e8c.txt", "I am not aware of any decision made" },
		{ "001_3a7587b17c9bb9cc.txt", "I am not aware of any decision made" },
		{ "002_feffdca9e14c5f0a.txt", "not aware" },
		{ "003_7eb94e328bf5e46b.txt", "not aware of any decision made" },
		{ "000_1430dbf7c8925e8c.txt", "We want to say that the Asia-Pacific does not welcome group "
					      "confrontation, does not welcome military confrontation" },
		{ "002_feffdca9e14c5f0a.txt",
		  "the Asia-Pacific does not welcome confrontation between camps and "
		  "military blocs" },
		{ "002_feffdca9e14c5f0a.txt",
		  "The Asia-Pacific does not welcome confrontation between camps and "
		  "military blocs" },
		{ "001_3a7587b17c9bb9cc.txt", "high vigilance" },
		{ "003_7eb94e328bf5e46b.txt", "high vigilance" },
		{ "000_1430dbf7c8925e8c.txt", "de-risk, not decouple" },
		{ "002_feffdca9e14c5f0a.txt", "de-risking rather than decoupling" },
		{ "000_1430dbf7c8925e8c.txt", "history of aggression" },
		{ "002_feffdca9e14c5f0a.txt", "history of aggression" },
		{ "000_1430dbf7c8925e8c.txt", "extra cautious on the issue of military security" },
		{ "002_feffdca9e14c5f0a.txt",
		  "We should be cautious in words and deeds on military security issues" },
		{ "004_1aeeccb6f13d94ad.txt", "cautious" },
		{ "000_1430dbf7c8925e8c.txt", "wanted to slam NATO’s door shut" },
		{ "003_7eb94e328bf5e46b.txt", "working" },
		{ "001_3a7587b17c9bb9cc.txt", "should not be a battle arena for geopolitics" },
		{ "003_7eb94e328bf5e46b.txt", "not a wrestling ground for geopolitical competition" },
	};
	static const char *const files[] = {
		"000_1430dbf7c8925e8c.txt", "001_3a7587b17c9bb9cc.txt", "002_feffdca9e14c5f0a.txt",
		"003_7eb94e328bf5e46b.txt", "004_1aeeccb6f13d94ad.txt",
	};
	const char *dir = cr_test_seeds_dir();
	if (!dir)
		return;
	g_autoptr(GPtrArray) docs = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	for (guint i = 0; i < G_N_ELEMENTS(files); i++) {
		g_autofree char *path = g_build_filename(dir, files[i], NULL);
		g_autoptr(GError) error = NULL;
		CrDoc *doc = cr_doc_load(path, &error);
		g_assert_no_error(error);
		g_ptr_array_add(docs, doc);
	}
	g_autoptr(CrEngine) engine = cr_engine_run(g_steal_pointer(&docs));
	for (guint g = 0; g < G_N_ELEMENTS(gold); g++) {
		guint d = 0;
		while (strcmp(files[d], gold[g].file) != 0)
			d++;
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		const char *at = strstr(doc->data, gold[g].span);
		g_assert_nonnull(at);
		gsize gs = (gsize)(at - doc->data), ge = gs + strlen(gold[g].span);
		gboolean found = FALSE;
		for (guint i = 0; i < engine->facts->len && !found; i++) {
			const CrFact *f = &g_array_index(engine->facts, CrFact, i);
			found = f->doc == d && f->kind == CR_FACT_QUOTE && covers(f, gs, ge);
		}
		if (!found)
			g_test_message("missed: %s: %s", gold[g].file, gold[g].span);
		g_assert_true(found);
	}
	/* 001's first paragraph ends with a stray ' and swallows nothing. */
	const CrDoc *doc1 = g_ptr_array_index(engine->docs, 1);
	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		if (f->kind == CR_FACT_QUOTE)
			g_assert_cmpuint(f->end - f->start, <, 400);
		if (f->doc == 1 && f->kind == CR_FACT_QUOTE && !(f->flags & CR_FACT_UNQUOTED))
			g_assert_null(strstr(f->text, "said Mao Ning"));
	}
	g_assert_nonnull(doc1);
}

int main(int argc, char **argv)
{
	g_setenv("CROSSREAD_THREADS", "2", TRUE);
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/quote/seeds", test_seed_quotes);
	return g_test_run();
}

/* Unit tests for the tokens and stems the number extractor reads with: a
 * report's tokens kept or made again block by block, their memory and
 * stemmer passed from one report to the next, and the stems numbers'
 * sentences are compared by; the same facts every way. */
#include <string.h>

#include "crossread/extract.h"
#include "crossread/text.h"
#include "testlib.h"

#include "../src/stem.h"
#include "../src/tokens.h"

/* The dates and numbers of TEXT from a report whose tokens are kept
 * (KEPT) or made again block by block (0), in an array of SPARES when they
 * hold one; closed with cr_report_close_keeping() into SPARES when not
 * NULL, so that the next report opened with them reuses its tokens'
 * memory. */
static GArray *dates_and_numbers_closed(const char *text, gsize kept, CrTokenSpares *spares)
{
	g_autoptr(CrDoc) doc = cr_test_doc("test.txt", text);
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	GArray *facts = cr_fact_array_new();
	CrReport report = { doc, 0, blocks, cr_report_tokens_new(doc->data, doc->len, blocks, kept, spares) };
	cr_extract_dates(&report, facts);
	cr_extract_numbers(&report, facts);
	if (spares)
		cr_report_close_keeping(&report, spares);
	else
		cr_report_close(&report);
	cr_fact_array_sort(facts);
	return facts;
}

static GArray *dates_and_numbers(const char *text, gsize kept)
{
	return dates_and_numbers_closed(text, kept, NULL);
}

/* Asserts that A and B are the same facts at the same places. */
static void assert_same_facts(const GArray *a, const GArray *b)
{
	g_assert_cmpuint(a->len, ==, b->len);
	for (guint i = 0; i < a->len; i++) {
		const CrFact *x = &g_array_index(a, CrFact, i), *y = &g_array_index(b, CrFact, i);
		g_assert_cmpuint(x->start, ==, y->start);
		g_assert_cmpuint(x->end, ==, y->end);
		g_assert_cmpstr(x->key, ==, y->key);
	}
}

/* The words of one or more ASCII letters, each of any length, odd or
 * even, are tokens whose fold is the hash of their bytes in lower case
 * (the tokenizer reads two letters a turn), a word that ends the block
 * too. */
static void test_token_folds(void)
{
	const char *text = "A bb Ccc dDdd EeeeE ffffff GGGGGGG hhhhhhhh iiiiiiiii, jj-k (Lm) x";
	g_autoptr(GArray) blocks = g_array_new(FALSE, FALSE, sizeof(CrBlock));
	g_array_append_val(blocks, ((CrBlock){ .start = 0, .end = strlen(text) }));
	CrReportTokens *tokens = cr_report_tokens_new(text, strlen(text), blocks, CR_TOKENS_KEPT, NULL);
	CrTokens s;
	cr_tokens_of_block(&s, tokens, 0);
	static const char *const words[] = { "a",      "bb",	  "ccc",      "dddd",	   "eeeee",
					     "ffffff", "ggggggg", "hhhhhhhh", "iiiiiiiii", "jj",
					     "k",      "lm",	  "x" };
	guint w = 0;
	for (guint i = 0; i < s.n; i++) {
		const CrToken *t = &s.tok[i];
		if (t->kind != CR_TOKEN_WORD)
			continue;
		g_assert_cmpuint(w, <, G_N_ELEMENTS(words));
		guint32 fold = 0;
		for (const char *c = words[w]; *c; c++)
			fold = cr_fnv32_step(fold, (guchar)*c);
		g_assert_cmpuint(t->end - t->start, ==, strlen(words[w]));
		g_assert_cmpint(g_ascii_strncasecmp(text + t->start, words[w], strlen(words[w])), ==, 0);
		g_assert_cmpuint(t->fold, ==, fold);
		w++;
	}
	g_assert_cmpuint(w, ==, G_N_ELEMENTS(words));
	cr_report_tokens_free(tokens);
}

/* A report too long to keep its tokens is read block by block, to the
 * same facts. */
static void test_tokens_not_kept(void)
{
	const char *text = "PORT LISLE, May 24, 2023 (CPA) - The $4.2 billion barrier will protect 12,000 "
			   "households, 61 per cent of them, by 2030.\n\n"
			   "On Wednesday, the 3rd of June, 1.5 million people and 80 aftershocks; 24.05.2023 "
			   "at 2:30pm GMT+10, a 216-210 vote.\n\nIn July, five ministers met twice.\n";
	g_autoptr(GArray) kept = dates_and_numbers(text, CR_TOKENS_KEPT);
	g_autoptr(GArray) made_again = dates_and_numbers(text, 0);
	g_assert_cmpuint(kept->len, >=, 10);
	assert_same_facts(kept, made_again);
}

/* A report opened to be read block by block (cr_report_open_by_block(),
 * as the dates' resolver reads a report again) holds one block's tokens
 * and reads to the same dates and numbers as one opened whole. */
static void test_tokens_by_block(void)
{
	const char *text = "PORT LISLE, May 24, 2023 (CPA) - The $4.2 billion barrier will protect 12,000 "
			   "households by 2030.\n\nOn Wednesday, the 3rd of June, 1.5 million people; "
			   "24.05.2023 at 2:30pm GMT+10.\n\nIn July, five ministers met twice.\n";
	g_autoptr(CrDoc) doc = cr_test_doc("test.txt", text);
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	g_autoptr(GArray) whole = dates_and_numbers(text, CR_TOKENS_KEPT);
	g_autoptr(GArray) by_block = cr_fact_array_new();
	CrReport report;
	cr_report_open_by_block(&report, doc, 0, blocks);
	cr_extract_dates(&report, by_block);
	cr_extract_numbers(&report, by_block);
	cr_report_close(&report);
	cr_fact_array_sort(by_block);
	g_assert_cmpuint(blocks->len, >=, 3);
	g_assert_cmpuint(whole->len, >=, 8);
	assert_same_facts(whole, by_block);
}

/* Reports opened one after another into the tokens' memory the one before
 * left (a long report, then a short one over what the long one left, then
 * the long one again from the short one's), whole or block by block, read
 * to the same facts as each opened on its own. */
static void test_tokens_reused(void)
{
	const char *long_text = "PORT LISLE, May 24, 2023 (CPA) - The $4.2 billion barrier will protect "
				"12,000 households, 61 per cent of them, by 2030.\n\n"
				"On Wednesday, 1.5 million people and 80 aftershocks; 24.05.2023 at "
				"2:30pm GMT+10, a 216-210 vote.\n";
	const char *short_text = "In July 2021, five ministers met twice and spent $300,000.\n";
	const char *texts[] = { long_text, short_text, long_text, short_text };
	const gsize kepts[] = { CR_TOKENS_KEPT, CR_TOKENS_KEPT, CR_TOKENS_KEPT, 0 };

	GArray *alone[G_N_ELEMENTS(texts)];
	CrTokenSpares *spares = cr_token_spares_new(), *others = cr_token_spares_new();

	for (guint i = 0; i < G_N_ELEMENTS(texts); i++)
		alone[i] = dates_and_numbers(texts[i], kepts[i]);
	for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
		g_autoptr(GArray) reused = dates_and_numbers_closed(texts[i], kepts[i], spares);
		g_assert_cmpuint(alone[i]->len, >=, 3);
		assert_same_facts(alone[i], reused);
		g_array_unref(alone[i]);
		/* one report at a time: one array kept for the next */
		g_assert_cmpuint(cr_token_spares_held(spares), ==, 1);
	}
	/* another run's reports neither take nor see these spares */
	g_autoptr(GArray) other = dates_and_numbers_closed(long_text, CR_TOKENS_KEPT, others);
	g_assert_cmpuint(other->len, >=, 3);
	g_assert_cmpuint(cr_token_spares_held(spares), ==, 1);
	g_assert_cmpuint(cr_token_spares_held(others), ==, 1);
	cr_token_spares_free(others);
	cr_token_spares_free(spares);
}

/* A report opened with the spares of one closed before it stems its
 * numbers' sentences with that report's stemmer, which knows the words
 * both share, and gives its numbers the same contexts (what tells "12
 * seats" of one party from another's) as a report opened on its own. */
static void test_stemmer_reused(void)
{
	const char *first = "The Greens won 12 seats and the Liberals gained 40 seats in the council.\n";
	const char *second = "Observers said the Greens gained 12 seats while turnout rose to 61 per cent.\n";
	CrTokenSpares *spares = cr_token_spares_new();
	g_autoptr(GArray) before = dates_and_numbers_closed(first, CR_TOKENS_KEPT, spares);
	g_autoptr(GArray) alone = dates_and_numbers(second, CR_TOKENS_KEPT);
	g_autoptr(GArray) reused = dates_and_numbers_closed(second, CR_TOKENS_KEPT, spares);

	g_assert_cmpuint(before->len, >=, 2);
	g_assert_cmpuint(alone->len, >=, 2);
	assert_same_facts(alone, reused);
	for (guint i = 0; i < alone->len; i++) {
		guint n_alone, n_reused;
		const guint32 *a = cr_fact_context(&g_array_index(alone, CrFact, i), &n_alone);
		const guint32 *r = cr_fact_context(&g_array_index(reused, CrFact, i), &n_reused);
		g_assert_cmpuint(n_alone, ==, n_reused);
		g_assert_cmpuint(n_alone, >, 0);
		g_assert_cmpmem(a, n_alone * sizeof *a, r, n_reused * sizeof *r);
	}
	cr_token_spares_free(spares);
}

/* A closed report's stemmer goes to the next report opened with the same
 * spares, not to a report opened without them. */
static void test_stemmer_passed_on(void)
{
	g_autoptr(CrDoc) doc = cr_test_doc("test.txt", "Five ministers met twice.\n");
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	CrTokenSpares *spares = cr_token_spares_new();
	CrReportTokens *first = cr_report_tokens_new(doc->data, doc->len, blocks, CR_TOKENS_KEPT, spares);
	CrStemmer *stemmer = cr_report_tokens_stemmer(first);
	g_assert_nonnull(stemmer);
	g_assert_true(cr_report_tokens_stemmer(first) == stemmer);
	cr_report_tokens_free_keeping(first, spares);
	CrReportTokens *apart = cr_report_tokens_new(doc->data, doc->len, blocks, CR_TOKENS_KEPT, NULL);
	g_assert_true(cr_report_tokens_stemmer(apart) != stemmer);
	cr_report_tokens_free(apart);
	CrReportTokens *next = cr_report_tokens_new(doc->data, doc->len, blocks, CR_TOKENS_KEPT, spares);
	g_assert_true(cr_report_tokens_stemmer(next) == stemmer);
	cr_report_tokens_free(next);
	cr_token_spares_free(spares);
}

/* The stems that numbers' sentences are compared by: one hash for the
 * words of one stem in any case, ASCII or not, met first or again. */
static void test_stem_hash(void)
{
	g_autoptr(CrStemmer) stemmer = cr_stemmer_new();
	static const char *const same[][3] = {
		{ "rates", "Rate", "RATES" },
		{ "increased", "Increase", "INCREASING" },
		{ "\xc3\x89lections", "\xc3\xa9lection", "\xc3\x89LECTION" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(same); i++) {
		guint32 first = cr_stem_hash(stemmer, same[i][0], strlen(same[i][0]));
		for (guint round = 0; round < 2; round++)
			for (guint k = 0; k < 3; k++)
				g_assert_cmphex(cr_stem_hash(stemmer, same[i][k], strlen(same[i][k])), ==,
						first);
	}
	g_assert_cmphex(cr_stem_hash(stemmer, "rates", 5), !=, cr_stem_hash(stemmer, "crates", 6));
}

/* A word token's stem found by its fold (cr_stem_hash_folded(), as the
 * numbers' contexts ask) is the word's stem: for words met first or again,
 * in any case, of two, three, four and eight bytes, longer than eight
 * bytes or than the stemmer reads, and past ASCII, and two words of one
 * fold hash told apart by their letters. */
static void test_stem_hash_folded(void)
{
	g_autoptr(CrDoc) doc = cr_test_doc(
	    "test.txt", "Rates RATES rates increasing Increased internationalisation INTERNATIONALISATIONS "
			"Go go Tax tax Rule RULE Strategy STRATEGY "
			"\xc3\x89lection \xc3\xa9lections "
			"Pneumonoultramicroscopicsilicovolcanoconiosispneumonoultramicroscopic rates.\n");
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	CrReportTokens *tokens = cr_report_tokens_new(doc->data, doc->len, blocks, CR_TOKENS_KEPT, NULL);
	g_autoptr(CrStemmer) alone = cr_stemmer_new();
	CrStemmer *stemmer = cr_report_tokens_stemmer(tokens);
	guint words = 0;
	guint32 rates_fold = 0;
	for (guint round = 0; round < 2; round++) {
		for (guint b = 0; b < blocks->len; b++) {
			CrTokens s;
			cr_tokens_of_block(&s, tokens, b);
			for (guint i = 0; i < s.n; i++) {
				const CrToken *t = &s.tok[i];
				if (t->kind != CR_TOKEN_WORD)
					continue;
				gsize len = t->end - t->start;
				g_assert_cmphex(cr_stem_hash_folded(stemmer, s.data + t->start, len, t->fold),
						==, cr_stem_hash(alone, s.data + t->start, len));
				if (words++ == 0)
					rates_fold = t->fold;
			}
		}
	}
	g_assert_cmpuint(words, ==, 2 * 19);
	/* "gates" with the fold of "rates" (a collision) is stemmed as itself */
	g_assert_cmphex(cr_stem_hash_folded(stemmer, "gates", 5, rates_fold), ==,
			cr_stem_hash(alone, "gates", 5));
	g_assert_cmphex(cr_stem_hash_folded(stemmer, "gates", 5, rates_fold), !=,
			cr_stem_hash(alone, "rates", 5));
	cr_report_tokens_free(tokens);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/number/token-folds", test_token_folds);
	g_test_add_func("/number/tokens-not-kept", test_tokens_not_kept);
	g_test_add_func("/number/tokens-by-block", test_tokens_by_block);
	g_test_add_func("/number/tokens-reused", test_tokens_reused);
	g_test_add_func("/number/stemmer-reused", test_stemmer_reused);
	g_test_add_func("/number/stemmer-passed-on", test_stemmer_passed_on);
	g_test_add_func("/number/stem-hash", test_stem_hash);
	g_test_add_func("/number/stem-hash-folded", test_stem_hash_folded);
	return g_test_run();
}

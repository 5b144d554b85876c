/* Unit tests for the scroll map: where a position in one report lies in
 * another. */
#include "testlib.h"

#include "crossread/scrollmap.h"

#include <string.h>

/* A chain between reports 0 and 1 through the N anchors (a, b) of PAIRS. */
static CrChain *chain_new(const gsize (*pairs)[2], guint n)
{
	CrChain *chain = g_new0(CrChain, 1);
	chain->doc_a = 0;
	chain->doc_b = 1;
	chain->anchors = g_array_new(FALSE, FALSE, sizeof(CrAnchor));
	for (guint i = 0; i < n; i++) {
		CrAnchor anchor = { .group = i, .a = pairs[i][0], .b = pairs[i][1] };
		g_array_append_val(chain->anchors, anchor);
	}
	return chain;
}

static void chain_free(CrChain *chain)
{
	g_array_unref(chain->anchors);
	g_free(chain);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrChain, chain_free)

/* Checks MAP over every position of [0, from_len + 10]: never decreasing,
 * never past TO_LEN. */
static void assert_monotone(const CrScrollMap *map, gsize from_len, gsize to_len)
{
	gsize last = 0;
	for (gsize pos = 0; pos <= from_len + 10; pos++) {
		gsize to = cr_scrollmap_map(map, pos);
		g_assert_cmpuint(to, >=, last);
		g_assert_cmpuint(to, <=, to_len);
		last = to;
	}
}

static const gsize some_pairs[][2] = { { 100, 40 }, { 150, 400 }, { 160, 410 }, { 900, 500 } };

static void test_exact_at_anchors(void)
{
	g_autoptr(CrChain) chain = chain_new(some_pairs, G_N_ELEMENTS(some_pairs));
	g_autoptr(CrScrollMap) forth = cr_scrollmap_new(chain, 0, 1, 1000, 800);
	g_autoptr(CrScrollMap) back = cr_scrollmap_new(chain, 1, 0, 800, 1000);
	for (guint i = 0; i < G_N_ELEMENTS(some_pairs); i++) {
		g_assert_cmpuint(cr_scrollmap_map(forth, some_pairs[i][0]), ==, some_pairs[i][1]);
		g_assert_cmpuint(cr_scrollmap_map(back, some_pairs[i][1]), ==, some_pairs[i][0]);
	}
}

static void test_monotone(void)
{
	g_autoptr(CrChain) chain = chain_new(some_pairs, G_N_ELEMENTS(some_pairs));
	g_autoptr(CrScrollMap) forth = cr_scrollmap_new(chain, 0, 1, 1000, 800);
	g_autoptr(CrScrollMap) back = cr_scrollmap_new(chain, 1, 0, 800, 1000);
	assert_monotone(forth, 1000, 800);
	assert_monotone(back, 800, 1000);

	/* Seeded, so the same every run: random chains of every shape. */
	g_autoptr(GRand) rand = g_rand_new_with_seed(7);
	for (guint round = 0; round < 50; round++) {
		gsize from_len = (gsize)g_rand_int_range(rand, 1, 3000);
		gsize to_len = (gsize)g_rand_int_range(rand, 0, 3000);
		g_autoptr(CrChain) c = chain_new(NULL, 0);
		gsize a = 0, b = 0;
		while (to_len > 0) {
			a += (gsize)g_rand_int_range(rand, 1, 400);
			b += (gsize)g_rand_int_range(rand, 1, 400);
			if (a >= from_len || b >= to_len)
				break;
			CrAnchor anchor = { .a = a, .b = b };
			g_array_append_val(c->anchors, anchor);
		}
		g_autoptr(CrScrollMap) map = cr_scrollmap_new(c, 0, 1, from_len, to_len);
		assert_monotone(map, from_len, to_len);
		for (guint i = 0; i < c->anchors->len; i++) {
			const CrAnchor *an = &g_array_index(c->anchors, CrAnchor, i);
			g_assert_cmpuint(cr_scrollmap_map(map, an->a), ==, an->b);
		}
	}
}

static void test_ends(void)
{
	g_autoptr(CrChain) chain = chain_new(some_pairs, G_N_ELEMENTS(some_pairs));
	g_autoptr(CrScrollMap) map = cr_scrollmap_new(chain, 0, 1, 1000, 800);
	g_assert_cmpuint(cr_scrollmap_map(map, 0), ==, 0);
	g_assert_cmpuint(cr_scrollmap_map(map, 1000), ==, 800);
	g_assert_cmpuint(cr_scrollmap_map(map, 5000), ==, 800);
	g_assert_cmpuint(cr_scrollmap_map(map, G_MAXSIZE), ==, 800);
	/* Before the first anchor: between the start and it. */
	g_assert_cmpuint(cr_scrollmap_map(map, 50), ==, 20);
	/* After the last anchor: between it and the end. */
	g_assert_cmpuint(cr_scrollmap_map(map, 950), ==, 650);

	/* An anchor at the very start wins over the start. */
	static const gsize at_start[][2] = { { 0, 30 } };
	g_autoptr(CrChain) first = chain_new(at_start, 1);
	g_autoptr(CrScrollMap) m2 = cr_scrollmap_new(first, 0, 1, 100, 130);
	g_assert_cmpuint(cr_scrollmap_map(m2, 0), ==, 30);
	g_assert_cmpuint(cr_scrollmap_map(m2, 100), ==, 130);
	g_assert_cmpuint(cr_scrollmap_map(m2, 50), ==, 80);
}

/* Between two anchors far apart the map moves evenly, whatever lies
 * around them. */
static void test_long_unmatched_stretch(void)
{
	static const gsize pairs[][2] = { { 10, 10 }, { 20, 20 }, { 1000020, 30 }, { 1000030, 2000030 } };
	g_autoptr(CrChain) chain = chain_new(pairs, G_N_ELEMENTS(pairs));
	g_autoptr(CrScrollMap) map = cr_scrollmap_new(chain, 0, 1, 1000040, 2000040);
	g_assert_cmpuint(cr_scrollmap_map(map, 500020), ==, 25);
	g_assert_cmpuint(cr_scrollmap_map(map, 1000025), ==, 1000030);
	g_autoptr(CrScrollMap) back = cr_scrollmap_new(chain, 1, 0, 2000040, 1000040);
	g_assert_cmpuint(cr_scrollmap_map(back, 25), ==, 500020);
	g_assert_cmpuint(cr_scrollmap_map(back, 1000030), ==, 1000025);
	for (gsize pos = 0; pos <= 2000040; pos += 997) {
		gsize there = cr_scrollmap_map(back, pos);
		g_assert_cmpuint(there, >=, cr_scrollmap_map(back, pos > 997 ? pos - 997 : 0));
	}
}

/* No anchors, no chain, one report: the map is proportional. */
static void test_without_anchors(void)
{
	g_autoptr(CrChain) empty = chain_new(NULL, 0);
	g_autoptr(CrScrollMap) map = cr_scrollmap_new(empty, 0, 1, 200, 100);
	g_assert_cmpuint(cr_scrollmap_map(map, 0), ==, 0);
	g_assert_cmpuint(cr_scrollmap_map(map, 100), ==, 50);
	g_assert_cmpuint(cr_scrollmap_map(map, 200), ==, 100);

	g_autoptr(CrScrollMap) none = cr_scrollmap_new(NULL, 1, 0, 100, 300);
	g_assert_cmpuint(cr_scrollmap_map(none, 10), ==, 30);
	assert_monotone(none, 100, 300);

	g_autoptr(CrScrollMap) self = cr_scrollmap_new(NULL, 2, 2, 500, 500);
	g_assert_cmpuint(cr_scrollmap_map(self, 123), ==, 123);
	g_assert_cmpuint(cr_scrollmap_map(self, 501), ==, 500);
}

static void test_empty_reports(void)
{
	g_autoptr(CrScrollMap) from_empty = cr_scrollmap_new(NULL, 0, 1, 0, 100);
	g_assert_cmpuint(cr_scrollmap_map(from_empty, 0), ==, 0);
	g_assert_cmpuint(cr_scrollmap_map(from_empty, 10), ==, 0);
	g_autoptr(CrScrollMap) to_empty = cr_scrollmap_new(NULL, 0, 1, 100, 0);
	g_assert_cmpuint(cr_scrollmap_map(to_empty, 50), ==, 0);
	g_assert_cmpuint(cr_scrollmap_map(to_empty, 100), ==, 0);
}

/* Anchors that do not fit the lengths given are left out, never followed
 * outside the reports. */
static void test_anchors_out_of_range(void)
{
	static const gsize pairs[][2] = { { 10, 10 }, { 50, 900 }, { 60, 20 } };
	g_autoptr(CrChain) chain = chain_new(pairs, G_N_ELEMENTS(pairs));
	g_autoptr(CrScrollMap) map = cr_scrollmap_new(chain, 0, 1, 100, 100);
	assert_monotone(map, 100, 100);
	g_assert_cmpuint(cr_scrollmap_map(map, 10), ==, 10);
	g_assert_cmpuint(cr_scrollmap_map(map, 60), ==, 20);
	g_assert_cmpuint(cr_scrollmap_map(map, 100), ==, 100);
}

/* On a real alignment: the chain cr_align() makes between two reports,
 * in both directions. */
static void test_from_aligner_chain(void)
{
	g_autoptr(CrDoc) a = cr_test_doc("a.txt", "Oslo first, then Rome, then more words and Lima.\n");
	g_autoptr(CrDoc) b = cr_test_doc("b.txt", "Oslo. Rome. Lima at last.\n");
	const CrDoc *docs[] = { a, b };
	static const char *const names[] = { "Oslo", "Rome", "Lima" };
	g_autoptr(GArray) facts = cr_fact_array_new();
	for (guint d = 0; d < 2; d++)
		for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
			gsize start = (gsize)(strstr(docs[d]->data, names[i]) - docs[d]->data);
			CrFact *f = cr_fact_append(facts, docs[d], d, start, start + 4, CR_FACT_PLACE);
			f->key = g_ascii_strdown(names[i], -1);
		}
	cr_fact_array_sort(facts);
	gsize lens[2] = { a->len, b->len };
	g_autoptr(CrAlignment) al = cr_align(facts, 2, lens, NULL);

	const CrChain *chain = cr_alignment_chain(al, 1, 0);
	g_assert_cmpuint(chain->anchors->len, ==, 3);
	g_autoptr(CrScrollMap) forth = cr_scrollmap_new(chain, 0, 1, a->len, b->len);
	g_autoptr(CrScrollMap) back = cr_scrollmap_new(chain, 1, 0, b->len, a->len);
	g_assert_cmpuint(cr_scrollmap_map(forth, 17), ==, 6);  /* Rome */
	g_assert_cmpuint(cr_scrollmap_map(forth, 43), ==, 12); /* Lima */
	g_assert_cmpuint(cr_scrollmap_map(back, 12), ==, 43);
	g_assert_cmpuint(cr_scrollmap_map(back, 9), ==, 17 + 3 * 26 / 6);
	g_assert_cmpuint(cr_scrollmap_map(back, b->len), ==, a->len);
	assert_monotone(forth, a->len, b->len);
	assert_monotone(back, b->len, a->len);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/scrollmap/exact-at-anchors", test_exact_at_anchors);
	g_test_add_func("/scrollmap/monotone", test_monotone);
	g_test_add_func("/scrollmap/ends", test_ends);
	g_test_add_func("/scrollmap/long-unmatched-stretch", test_long_unmatched_stretch);
	g_test_add_func("/scrollmap/without-anchors", test_without_anchors);
	g_test_add_func("/scrollmap/empty-reports", test_empty_reports);
	g_test_add_func("/scrollmap/anchors-out-of-range", test_anchors_out_of_range);
	g_test_add_func("/scrollmap/from-aligner-chain", test_from_aligner_chain);
	return g_test_run();
}

/* Unit tests for the aligner's chains (crossing matches, repeated
 * occurrences, pairs, common names) and the spine. */
#include "align-hand.h"

static const CrAnchor *anchor_at(const CrChain *chain, guint i)
{
	g_assert_cmpuint(i, <, chain->anchors->len);
	return &g_array_index(chain->anchors, CrAnchor, i);
}

static void assert_chain_ascending(const CrChain *chain)
{
	for (guint i = 1; i < chain->anchors->len; i++) {
		g_assert_cmpuint(anchor_at(chain, i - 1)->a, <, anchor_at(chain, i)->a);
		g_assert_cmpuint(anchor_at(chain, i - 1)->b, <, anchor_at(chain, i)->b);
	}
}

/* Crossing matches stay in their groups but leave the chain; the chain
 * keeps the heavier side. */
static void test_chain_crossing(void)
{
	g_autoptr(Hand) h =
	    hand_new("Oslo. Rome. \"We go\". Lima.\n", "Oslo. \"We go\". Rome. Lima.\n", NULL);
	for (guint d = 0; d < 2; d++) {
		add(h, d, "Oslo", CR_FACT_PLACE, "oslo");
		add(h, d, "Rome", CR_FACT_PLACE, "rome");
		add(h, d, "We go", CR_FACT_QUOTE, "we go");
		add(h, d, "Lima", CR_FACT_PLACE, "lima");
	}
	g_autoptr(CrAlignment) al = hand_align(h);
	const CrChain *chain = cr_alignment_chain(al, 0, 1);
	g_assert_nonnull(chain);
	g_assert_cmpuint(chain->doc_a, ==, 0);
	g_assert_cmpuint(chain->doc_b, ==, 1);
	g_assert_cmpuint(chain->anchors->len, ==, 3);
	assert_chain_ascending(chain);
	int rome = group_of(h, 0, CR_FACT_PLACE, "Rome");
	g_assert_cmpint(rome, >=, 0);
	for (guint i = 0; i < chain->anchors->len; i++)
		g_assert_cmpuint(anchor_at(chain, i)->group, !=, (guint)rome);
	g_assert_cmpuint(anchor_at(chain, 1)->group, ==, (guint)group_of(h, 0, CR_FACT_QUOTE, "We go"));
	const CrDoc *b = g_ptr_array_index(h->docs, 1);
	g_assert_cmpuint(anchor_at(chain, 1)->b, ==, (gsize)(strstr(b->data, "We go") - b->data));
	const CrDoc *a = g_ptr_array_index(h->docs, 0);
	g_assert_cmpuint(anchor_at(chain, 2)->a, ==, (gsize)(strstr(a->data, "Lima") - a->data));
}

/* Every occurrence of a repeated name is a candidate, not only the first. */
static void test_chain_repeated_occurrences(void)
{
	g_autoptr(Hand) h = hand_new("Lee. Oslo. Lee. Rome.\n", "Oslo. Lee. Rome.\n", NULL);
	add_nth(h, 0, "Lee", 0, CR_FACT_PERSON, "lee");
	add_nth(h, 0, "Lee", 1, CR_FACT_PERSON, "lee");
	add(h, 1, "Lee", CR_FACT_PERSON, "lee");
	for (guint d = 0; d < 2; d++) {
		add(h, d, "Oslo", CR_FACT_PLACE, "oslo");
		add(h, d, "Rome", CR_FACT_PLACE, "rome");
	}
	g_autoptr(CrAlignment) al = hand_align(h);
	const CrChain *chain = cr_alignment_chain(al, 1, 0);
	g_assert_cmpuint(chain->anchors->len, ==, 3);
	assert_chain_ascending(chain);
	g_assert_cmpuint(anchor_at(chain, 1)->a, ==, 11); /* the second "Lee" of report A */
	g_assert_cmpuint(anchor_at(chain, 1)->b, ==, 6);
}

/* One chain per pair, in order; every pair's chain is ascending. */
static void test_chain_pairs(void)
{
	g_autoptr(Hand) h =
	    hand_new("Oslo then Rome.\n", "Rome, then Oslo.\n", "Oslo and Rome.\n", "None.\n", NULL);
	for (guint d = 0; d < 3; d++) {
		add(h, d, "Oslo", CR_FACT_PLACE, "oslo");
		add(h, d, "Rome", CR_FACT_PLACE, "rome");
	}
	g_autoptr(CrAlignment) al = hand_align(h);
	static const guint pairs[][2] = { { 0, 1 }, { 0, 2 }, { 0, 3 }, { 1, 2 }, { 1, 3 }, { 2, 3 } };
	g_assert_cmpuint(al->chains->len, ==, G_N_ELEMENTS(pairs));
	for (guint i = 0; i < G_N_ELEMENTS(pairs); i++) {
		const CrChain *c = g_ptr_array_index(al->chains, i);
		g_assert_cmpuint(c->doc_a, ==, pairs[i][0]);
		g_assert_cmpuint(c->doc_b, ==, pairs[i][1]);
		g_assert_true(cr_alignment_chain(al, pairs[i][0], pairs[i][1]) == c);
		g_assert_true(cr_alignment_chain(al, pairs[i][1], pairs[i][0]) == c);
		assert_chain_ascending(c);
	}
	g_assert_null(cr_alignment_chain(al, 2, 2));
	g_assert_null(cr_alignment_chain(al, 0, 4));
	g_assert_cmpuint(cr_alignment_chain(al, 0, 1)->anchors->len, ==, 1);
	g_assert_cmpuint(cr_alignment_chain(al, 0, 2)->anchors->len, ==, 2);
	g_assert_cmpuint(cr_alignment_chain(al, 2, 3)->anchors->len, ==, 0);
}

/* Two reports saying "Lee" N_A and N_B times, then one quotation: the
 * hand with a person's fact at each "Lee" and the quotation's fact. */
static Hand *hand_of_lee(guint n_a, guint n_b)
{
	GString *a = g_string_new(NULL), *b = g_string_new(NULL);
	for (guint i = 0; i < n_a; i++)
		g_string_append(a, "Lee spoke again today. ");
	for (guint i = 0; i < n_b; i++)
		g_string_append(b, "Then Lee said more. ");
	g_string_append(a, "\"The end\"\n");
	g_string_append(b, "\"The end\"\n");
	Hand *h = hand_new(a->str, b->str, NULL);
	g_string_free(a, TRUE);
	g_string_free(b, TRUE);
	for (guint d = 0; d < 2; d++) {
		for (guint i = 0; i < (d ? n_b : n_a); i++)
			add_nth(h, d, "Lee", i, CR_FACT_PERSON, "lee");
		add(h, d, "The end", CR_FACT_QUOTE, "the end");
	}
	return h;
}

/* Aligns *H, hand_of_lee(N_A, N_B), into *AL; returns the chain of the two
 * reports, checked to hold one anchor each "Lee" of the rarer report and
 * the quotation, in ascending order in both. */
static const CrChain *lee_chain(guint n_a, guint n_b, Hand **h, CrAlignment **al)
{
	*h = hand_of_lee(n_a, n_b);
	*al = hand_align(*h);
	const CrChain *chain = cr_alignment_chain(*al, 0, 1);
	g_assert_cmpuint(chain->anchors->len, ==, MIN(n_a, n_b) + 1);
	assert_chain_ascending(chain);
	return chain;
}

/* A name said hundreds of times in two long reports: the chain still
 * follows it occurrence by occurrence, from a bounded set of candidates. */
static void test_chain_common_name(void)
{
	g_autoptr(Hand) h = NULL;
	g_autoptr(CrAlignment) al = NULL;
	const CrChain *chain = lee_chain(600, 600, &h, &al);
	for (guint i = 0; i < 600; i++) {
		g_assert_cmpuint(anchor_at(chain, i)->a, ==, 23 * i);
		g_assert_cmpuint(anchor_at(chain, i)->b, ==, 20 * i + 5);
	}
	g_assert_cmpfloat(group_at(al, 0)->weight, <, group_at(al, 1)->weight / 100);
}

/* A name said four times as often in one report as in the other: each
 * occurrence is paired with the nearest of the other report from both
 * sides, and every occurrence of the rarer side is in the chain, in
 * order. */
static void test_chain_uneven_name(void)
{
	g_autoptr(Hand) h = NULL;
	g_autoptr(CrAlignment) al = NULL;
	const CrChain *chain = lee_chain(400, 100, &h, &al);
	for (guint i = 0; i < 100; i++) {
		g_assert_cmpuint(anchor_at(chain, i)->b, ==, 20 * i + 5);
		g_assert_cmpuint(anchor_at(chain, i)->a % 23, ==, 0);
	}
	g_assert_cmpuint(anchor_at(chain, 100)->a, ==, 23 * 400 + 1);
}

/* Two facts at one start of a report ("Oslo Accord" and its "Oslo") are
 * one rank there: the chain takes one of them, never both, even where
 * the report's facts before them are more than 64 (a bit a fact, in
 * words of 64). */
static void test_chain_same_start(void)
{
	GString *a = g_string_new(NULL);
	for (guint i = 0; i < 70; i++)
		g_string_append_printf(a, "Town%u. ", i);
	gsize accord = a->len;
	g_string_append(a, "Oslo Accord. Rome.\n");
	g_autoptr(Hand) h = hand_new(a->str, "Oslo. Oslo Accord. Rome.\n", NULL);
	g_string_free(a, TRUE);
	for (guint i = 0; i < 70; i++) {
		g_autofree char *town = g_strdup_printf("Town%u.", i);
		add(h, 0, town, CR_FACT_PLACE, town);
	}
	for (guint d = 0; d < 2; d++) {
		add(h, d, "Oslo Accord", CR_FACT_ORG, "oslo accord");
		add(h, d, "Oslo", CR_FACT_PLACE, "oslo");
		add(h, d, "Rome", CR_FACT_PLACE, "rome");
	}
	g_autoptr(CrAlignment) al = hand_align(h);
	const CrChain *chain = cr_alignment_chain(al, 0, 1);
	g_assert_cmpuint(chain->anchors->len, ==, 2);
	assert_chain_ascending(chain);
	g_assert_cmpuint(anchor_at(chain, 0)->a, ==, accord);
	g_assert_cmpuint(anchor_at(chain, 1)->a, ==, accord + 13);
	g_assert_cmpuint(anchor_at(chain, 1)->b, ==, 19);
}

/* Perf51: two names said in three reports, twelve times and 12, 9 or 15
 * times, one in each half, so that each is paired by the nearest
 * occurrence (more than 64 pairs a report pair), with the starts of each
 * group's members read once for every pair, each group's its own: each
 * pair's chain follows the one name, then the other, at the places main
 * (db62685) chains them. */
static void test_chain_two_common_names(void)
{
	static const char *const pads[] = { "", " at length", " for a long while today" };
	static const guint kims[] = { 12, 9, 15 };
	GString *text[3];
	for (guint d = 0; d < 3; d++) {
		text[d] = g_string_new(NULL);
		for (guint i = 0; i < 12; i++)
			g_string_append_printf(text[d], "Lee spoke%s. ", pads[d]);
		for (guint i = 0; i < kims[d]; i++)
			g_string_append_printf(text[d], "Kim spoke%s. ", pads[d]);
		g_string_append_c(text[d], '\n');
	}
	g_autoptr(Hand) h = hand_new(text[0]->str, text[1]->str, text[2]->str, NULL);
	for (guint d = 0; d < 3; d++) {
		for (guint i = 0; i < 12; i++)
			add_nth(h, d, "Lee", i, CR_FACT_PERSON, "lee");
		for (guint i = 0; i < kims[d]; i++)
			add_nth(h, d, "Kim", i, CR_FACT_PERSON, "kim");
	}
	/* each pair's anchors, as start in A / start in B */
	static const char *const expected[] = {
		"0/0 11/21 22/42 33/63 55/84 66/105 77/126 88/147 99/168 110/189 121/210 132/252 165/273 "
		"176/294 187/315 198/336 209/357 231/378 242/399 253/420",
		"0/0 11/34 22/68 33/102 44/136 55/204 66/238 77/272 88/306 99/340 110/374 132/476 143/510 "
		"154/544 165/578 176/612 187/646 198/680 209/714 220/748 231/816 242/850 253/884",
		"0/0 21/34 42/102 63/136 84/170 105/204 126/272 147/306 168/340 189/374 252/544 273/578 "
		"294/612 315/646 336/714 357/748 378/782 399/816 420/884",
	};
	g_autoptr(CrAlignment) al = hand_align(h);
	for (guint a = 0, pair = 0; a < 3; a++) {
		for (guint b = a + 1; b < 3; b++, pair++) {
			const CrChain *chain = cr_alignment_chain(al, a, b);
			g_autoptr(GString) got = g_string_new(NULL);
			for (guint k = 0; k < chain->anchors->len; k++)
				g_string_append_printf(got, "%s%zu/%zu", k ? " " : "", anchor_at(chain, k)->a,
						       anchor_at(chain, k)->b);
			g_assert_cmpstr(got->str, ==, expected[pair]);
			assert_chain_ascending(chain);
		}
	}
	for (guint d = 0; d < 3; d++)
		g_string_free(text[d], TRUE);
}

static void test_spine(void)
{
	g_autoptr(Hand) h = hand_new("Oslo. Rome. Lima.\n", "Rome. Lima.\n", "Oslo. Lima.\n", NULL);
	for (guint d = 0; d < 3; d++) {
		if (d != 1)
			add(h, d, "Oslo", CR_FACT_PLACE, "oslo");
		if (d != 2)
			add(h, d, "Rome", CR_FACT_PLACE, "rome");
		add(h, d, "Lima", CR_FACT_PLACE, "lima");
	}
	g_autoptr(CrAlignment) al = hand_align(h);
	g_autoptr(GArray) spine = cr_alignment_spine(al, 0);
	g_assert_cmpuint(spine->len, ==, 3);
	const CrSpinePoint *p = (const CrSpinePoint *)(void *)spine->data;
	g_assert_cmpuint(p[0].doc_mask, ==, 0x5);
	g_assert_cmpuint(p[0].pos[0], ==, 0);
	g_assert_cmpuint(p[0].pos[2], ==, 0);
	g_assert_cmpuint(p[1].doc_mask, ==, 0x3);
	g_assert_cmpuint(p[1].pos[0], ==, 6);
	g_assert_cmpuint(p[1].pos[1], ==, 0);
	g_assert_cmpuint(p[2].doc_mask, ==, 0x7);
	g_assert_cmpuint(p[2].pos[0], ==, 12);
	g_assert_cmpuint(p[2].pos[1], ==, 6);
	g_assert_cmpuint(p[2].pos[2], ==, 6);

	g_autoptr(GArray) none = cr_alignment_spine(al, 3);
	g_assert_cmpuint(none->len, ==, 0);
	g_autoptr(GArray) from_b = cr_alignment_spine(al, 1);
	g_assert_cmpuint(from_b->len, ==, 2);
	g_assert_cmpuint(g_array_index(from_b, CrSpinePoint, 1).doc_mask, ==, 0x7);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/align/chain/crossing", test_chain_crossing);
	g_test_add_func("/align/chain/repeated-occurrences", test_chain_repeated_occurrences);
	g_test_add_func("/align/chain/pairs", test_chain_pairs);
	g_test_add_func("/align/chain/common-name", test_chain_common_name);
	g_test_add_func("/align/chain/uneven-name", test_chain_uneven_name);
	g_test_add_func("/align/chain/same-start", test_chain_same_start);
	g_test_add_func("/align/chain/two-common-names", test_chain_two_common_names);
	g_test_add_func("/align/spine", test_spine);
	return g_test_run();
}

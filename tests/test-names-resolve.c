/* Unit tests for the names' resolution driver (extract_name.c): what it
 * settles does not depend on the order the facts come in. */
#include "name-asserts.h"

/* Extracts the names of TEXTS (NULL-terminated) report by report into one
 * array of facts, the last report's first (the facts' places then out of
 * order), and resolves them; *DOCS_OUT gets the reports. */
static GArray *resolve_last_first(const char *const *texts, GPtrArray **docs_out)
{
	GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	for (guint d = 0; texts[d]; d++) {
		CrDoc *doc = cr_test_doc("test.txt", texts[d]);
		g_ptr_array_add(docs, doc);
		g_ptr_array_add(blocks, cr_test_paragraph_blocks(doc));
	}
	GArray *facts = cr_fact_array_new();
	for (guint d = docs->len; d-- > 0;)
		cr_test_extract_report(cr_extract_names, g_ptr_array_index(docs, d), d,
				       g_ptr_array_index(blocks, d), facts);
	cr_resolve_names((CrDoc *const *)docs->pdata, docs->len, blocks, facts);
	*docs_out = docs;
	return facts;
}

/* A family name alone in the first report is the person the second report
 * names in full among others, when the second report's facts come first. */
static void test_short_form_of_facts_out_of_order(void)
{
	static const char *const texts[] = {
		"Kishida spoke to reporters in Tokyo on Monday.\n",
		"Prime Minister Fumio Kishida met Joe Biden, Olaf Scholz, Emmanuel Macron, Giorgia "
		"Meloni and Justin Trudeau, and said the talks would go on.\n",
		NULL,
	};
	g_autoptr(GPtrArray) docs = NULL;
	g_autoptr(GArray) facts = resolve_last_first(texts, &docs);
	assert_name_nth(facts, 0, texts[0], "Kishida", 0, CR_FACT_PERSON, "Fumio Kishida");
	assert_name_nth(facts, 1, texts[1], "Fumio Kishida", 0, CR_FACT_PERSON, "Fumio Kishida");
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/names/resolve/short-form-of-facts-out-of-order",
			test_short_form_of_facts_out_of_order);
	return g_test_run();
}

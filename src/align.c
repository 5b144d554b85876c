/* Matching facts across reports and chaining them in reading order. */
#include "crossread/align.h"

#include <string.h>

static void group_free(gpointer data)
{
	CrGroup *group = data;
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

CrAlignment *cr_align(GArray *facts, guint n_docs, const gsize *doc_lens)
{
	CrAlignment *al = g_new0(CrAlignment, 1);
	g_autoptr(GHashTable) by_key = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

	al->n_docs = n_docs;
	al->groups = g_ptr_array_new_with_free_func(group_free);
	al->chains = g_ptr_array_new_with_free_func(chain_free);
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		if (!f->key || (f->flags & CR_FACT_IGNORED))
			continue;
		char *k = g_strdup_printf("%d:%s", f->kind, f->key);
		CrGroup *g = g_hash_table_lookup(by_key, k);
		if (!g) {
			g = g_new0(CrGroup, 1);
			g->kind = f->kind;
			g->value = g_strdup(f->value);
			g->facts = g_array_new(FALSE, FALSE, sizeof(guint));
			g->weight = 1.0;
			g->confidence = 1.0;
			g_hash_table_insert(by_key, k, g);
		} else {
			g_free(k);
		}
		g_array_append_val(g->facts, i);
		g->doc_mask |= 1u << f->doc;
	}
	GHashTableIter it;
	gpointer value;
	g_hash_table_iter_init(&it, by_key);
	while (g_hash_table_iter_next(&it, NULL, &value)) {
		CrGroup *g = value;
		g->n_docs = (guint)__builtin_popcount(g->doc_mask);
		if (g->n_docs < 2) {
			group_free(g);
			continue;
		}
		g->id = al->groups->len;
		g_ptr_array_add(al->groups, g);
		for (guint j = 0; j < g->facts->len; j++)
			g_array_index(facts, CrFact, g_array_index(g->facts, guint, j)).group = (int)g->id;
	}
	for (guint a = 0; a < n_docs; a++)
		for (guint b = a + 1; b < n_docs; b++) {
			CrChain *chain = g_new0(CrChain, 1);
			chain->doc_a = a;
			chain->doc_b = b;
			chain->anchors = g_array_new(FALSE, FALSE, sizeof(CrAnchor));
			g_ptr_array_add(al->chains, chain);
		}
	return al;
}

void cr_alignment_free(CrAlignment *al)
{
	if (!al)
		return;
	g_ptr_array_unref(al->groups);
	g_ptr_array_unref(al->chains);
	g_free(al);
}

const CrChain *cr_alignment_chain(const CrAlignment *al, guint a, guint b)
{
	for (guint i = 0; i < al->chains->len; i++) {
		const CrChain *c = g_ptr_array_index(al->chains, i);
		if ((c->doc_a == a && c->doc_b == b) || (c->doc_a == b && c->doc_b == a))
			return c;
	}
	return NULL;
}

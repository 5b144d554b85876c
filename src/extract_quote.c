/* Quotations. */
#include "crossread/extract.h"

#include <string.h>

void cr_extract_quotes(CrDoc *doc, guint doc_index, const GArray *blocks, GArray *facts)
{
}

void cr_resolve_quotes(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts)
{
}

double cr_quote_similarity(const CrFact *a, const CrFact *b)
{
	return g_strcmp0(a->key, b->key) == 0 ? 1.0 : 0.0;
}

/* People, organisations and places. */
#include "crossread/extract.h"

void cr_extract_names(CrDoc *doc, guint doc_index, const GArray *blocks, GArray *facts)
{
}

void cr_resolve_names(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts)
{
}

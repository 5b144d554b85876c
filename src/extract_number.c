/* Numbers and quantities. */
#include "crossread/extract.h"

void cr_extract_numbers(CrDoc *doc, guint doc_index, const GArray *blocks, GArray *facts)
{
}

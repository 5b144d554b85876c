/* What the model offers every view module: the status message and the
 * scroll maps between reports. */
#include "crossread/view_model.h"

#include <stdarg.h>

void cr_view_message(CrView *view, const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	g_free(view->message);
	view->message = g_strdup_vprintf(format, ap);
	va_end(ap);
}

gsize cr_view_map(CrView *view, guint from, guint to, gsize pos)
{
	if (from == to)
		return pos;
	CrScrollMap **map = &view->maps[from][to];
	if (!*map) {
		const GPtrArray *docs = view->engine->docs;
		const CrDoc *a = g_ptr_array_index(docs, from), *b = g_ptr_array_index(docs, to);
		const CrChain *chain = cr_alignment_chain(view->engine->alignment, from, to);
		*map = cr_scrollmap_new(chain, from, to, a->len, b->len);
	}
	return cr_scrollmap_map(*map, pos);
}

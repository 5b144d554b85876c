/* What the model offers every view module: the status message (or error)
 * and the scroll maps between reports. */
#include "crossread/view_model.h"

#include <stdarg.h>

/* The status line's message from FORMAT and AP; IS_ERROR says how to draw it. */
static void set_message(CrView *view, gboolean is_error, const char *format, va_list ap)
{
	g_free(view->message);
	view->message = g_strdup_vprintf(format, ap);
	view->message_is_error = is_error;
}

void cr_view_message(CrView *view, const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	set_message(view, FALSE, format, ap);
	va_end(ap);
}

void cr_view_error(CrView *view, const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	set_message(view, TRUE, format, ap);
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

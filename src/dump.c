/* --dump: the reports side by side as plain text. */
#include "crossread/dump.h"

#include <string.h>

#include "crossread/cell.h"
#include "crossread/wrap.h"

#define SEPARATOR " \xe2\x94\x82 "
#define SEPARATOR_WIDTH 3

char *cr_dump_fit(const char *text, int width)
{
	CrDoc doc = { .data = (char *)text, .len = strlen(text) };
	CrRow all = { .start = 0, .end = doc.len };
	return cr_wrap_row_text(&doc, &all, width);
}

char *cr_dump(const CrEngine *engine, const CrDumpOptions *options)
{
	guint n = engine->docs->len;
	int col_width = MAX(((int)options->width - SEPARATOR_WIDTH * ((int)n - 1)) / (int)MAX(n, 1), 1);
	g_autoptr(GPtrArray) layouts = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	GString *out = g_string_new(NULL);
	guint rows = 0;

	for (guint d = 0; d < n; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		GArray *wrapped = cr_wrap(doc, g_ptr_array_index(engine->blocks, d), col_width,
					  options->hide_boilerplate);
		g_ptr_array_add(layouts, wrapped);
		rows = MAX(rows, wrapped->len);
	}
	for (guint d = 0; d < n; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		g_autofree char *head = g_strdup_printf("%c %s", 'A' + d,
							doc->outlet ? doc->outlet : doc->title ? doc->title : doc->label);
		g_autofree char *cell = cr_dump_fit(head, col_width);
		if (d > 0)
			g_string_append(out, SEPARATOR);
		g_string_append(out, cell);
	}
	g_string_append_c(out, '\n');
	for (guint r = 0; r < rows; r++) {
		for (guint d = 0; d < n; d++) {
			const CrDoc *doc = g_ptr_array_index(engine->docs, d);
			const GArray *wrapped = g_ptr_array_index(layouts, d);
			CrRow empty = { .block = -1 };
			const CrRow *row = r < wrapped->len ? &g_array_index(wrapped, CrRow, r) : &empty;
			g_autofree char *text = cr_wrap_row_text(doc, row, col_width);
			if (d > 0)
				g_string_append(out, SEPARATOR);
			g_string_append(out, text);
		}
		while (out->len > 0 && out->str[out->len - 1] == ' ')
			g_string_truncate(out, out->len - 1);
		g_string_append_c(out, '\n');
	}
	return g_string_free(out, FALSE);
}

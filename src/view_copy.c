/* The text y and Y copy: passages and their citations. */
#include "crossread/view_copy.h"

#include <string.h>

#include "crossread/cell.h"
#include "crossread/passage.h"
#include "crossread/view_stops.h"

/* "The Jakarta Post, 2023-05-25, 000_1430dbf7.txt, line 42": the outlet and
 * the date when known, the file and the line of byte POS of report D. */
static void append_citation(GString *out, const CrView *view, guint d, gsize pos)
{
	const CrDoc *doc = g_ptr_array_index(view->engine->docs, d);
	if (doc->outlet)
		g_string_append_printf(out, "%s, ", doc->outlet);
	if (doc->date)
		g_string_append_printf(out, "%s, ", doc->date);
	g_string_append_printf(out, "%s, line %u", doc->label, cr_passage_line(doc, pos));
}

/* The passage around FACT, on one line, every character printable. */
static void append_passage(GString *out, const CrView *view, int fact)
{
	const CrFact *f = cr_view_fact(view, fact);
	const CrDoc *doc = g_ptr_array_index(view->engine->docs, f->doc);
	CrPassage passage =
	    cr_passage_around(doc, g_ptr_array_index(view->engine->blocks, f->doc), f->start, f->end);
	g_autofree char *flat = cr_passage_text(doc, &passage, NULL, 0);
	g_autofree char *safe = cr_cell_sanitize(flat, -1);
	g_string_append(out, safe);
}

/* Y's text: the fact, then each report's passage or that it lacks it. */
static char *line_up_text(const CrView *view)
{
	const CrGroup *group = g_ptr_array_index(view->engine->alignment->groups, view->group);
	const CrStop *stop = cr_view_stop(view, view->panes[view->focus].doc, (guint)view->group);
	g_autofree char *readable = cr_fact_value_readable(group->kind, group->value);
	g_autofree char *value = cr_cell_sanitize(readable, -1);
	GString *out = g_string_new(NULL);

	g_string_append_printf(out, "%s %u of %u, in %u of %u reports: %s\n", cr_fact_kind_name(group->kind),
			       stop->kind_rank, view->kind_groups[group->kind], group->n_docs, view->n_panes,
			       value);
	for (guint i = 0; i < view->n_panes; i++) {
		const CrPane *pane = &view->panes[i];
		const CrDoc *doc = g_ptr_array_index(view->engine->docs, pane->doc);
		g_string_append_printf(out, "\n%c ", 'A' + pane->doc);
		if (pane->mark < 0) {
			g_string_append_printf(out, "%s: lacks it\n", cr_doc_name(doc));
			continue;
		}
		append_citation(out, view, pane->doc, cr_view_fact(view, pane->mark)->start);
		g_string_append(out, ":\n");
		append_passage(out, view, pane->mark);
		g_string_append_c(out, '\n');
	}
	return g_string_free(out, FALSE);
}

/* y's text: the passage and its citation. */
static char *passage_text(const CrView *view)
{
	const CrFact *f = cr_view_fact(view, view->current);
	GString *out = g_string_new(NULL);
	append_passage(out, view, view->current);
	g_string_append(out, "\n\xe2\x80\x94 ");
	append_citation(out, view, f->doc, f->start);
	g_string_append_c(out, '\n');
	return g_string_free(out, FALSE);
}

void cr_view_copy(CrView *view, gboolean all)
{
	if (view->current < 0 && (!all || view->group < 0)) {
		cr_view_message(view,
				view->group >= 0
				    ? "this report lacks the fact: Y copies it as the others have it"
				    : "no fact on the cursor line to copy: move to one, or jump with ] or }");
		return;
	}
	if (all && view->group < 0) {
		cr_view_message(view, "only this report has the fact: y copies its passage");
		return;
	}
	g_autofree char *text = all ? line_up_text(view) : passage_text(view);
	gsize len = strlen(text);
	gboolean cut = len > CR_COPY_MAX;
	if (cut)
		len = (gsize)(g_utf8_find_prev_char(text, text + CR_COPY_MAX + 1) - text);
	g_free(view->clipboard);
	view->clipboard = g_strndup(text, len);
	cr_view_message(view, "copied to the clipboard through the terminal (OSC 52): %s, %ld characters%s",
			all ? "the fact in every report, with citations" : "the passage and its citation",
			g_utf8_strlen(view->clipboard, -1), cut ? ", cut short" : "");
}

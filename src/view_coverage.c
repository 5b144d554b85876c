/* Coverage: how each report words the current fact, and which omit it. */
#include "crossread/view_coverage.h"

#include <string.h>

#include "crossread/view_draw.h"

static void variant_free(gpointer data)
{
	CrVariant *variant = data;
	g_free(variant->text);
	g_array_unref(variant->diff);
	g_free(variant);
}

static void coverage_free(gpointer data)
{
	CrCoverage *coverage = data;
	g_ptr_array_unref(coverage->variants);
	g_free(coverage);
}

static gpointer coverage_open(CrView *view)
{
	if (view->current < 0) {
		cr_view_message(view, "no fact on the cursor line: move to one, or jump with ] or }");
		return NULL;
	}
	CrCoverage *coverage = g_new0(CrCoverage, 1);
	coverage->fact = view->current;
	coverage->variants = g_ptr_array_new_with_free_func(variant_free);
	for (guint i = 0; i < view->n_panes; i++) {
		const CrPane *pane = &view->panes[i];
		if (pane->mark < 0) {
			coverage->omitted |= 1u << pane->doc;
			continue;
		}
		CrVariant *variant = g_new0(CrVariant, 1);
		variant->doc = pane->doc;
		const char *words = cr_view_fact(view, pane->mark)->text;
		variant->text = g_strdup(words ? words : "");
		g_ptr_array_add(coverage->variants, variant);
	}
	guint n = coverage->variants->len;
	const char **texts = g_newa(const char *, n);
	for (guint i = 0; i < n; i++)
		texts[i] = ((CrVariant *)g_ptr_array_index(coverage->variants, i))->text;
	g_autoptr(GPtrArray) diffs = cr_word_diff(texts, n);
	for (guint i = 0; i < n; i++)
		((CrVariant *)g_ptr_array_index(coverage->variants, i))->diff =
		    g_array_ref(g_ptr_array_index(diffs, i));
	return coverage;
}

/* One report's wording, headed by its letter and name, in RECT. */
static void render_variant(const CrView *view, const CrVariant *variant, const CrFact *fact, CrFrame *frame,
			   const CrRect *rect)
{
	const CrDoc *doc = g_ptr_array_index(view->engine->docs, variant->doc);
	char letter[4] = { (char)('A' + variant->doc), ' ', '\0' };
	CrPen pen = cr_pen(frame, rect->y, rect->x, rect->x + rect->width);

	cr_pen_text(&pen, letter, -1, CR_STYLE_HEADER, 0);
	cr_pen_text(&pen, cr_doc_name(doc), -1, CR_STYLE_HEADER, 0);
	cr_pen_fill(&pen, CR_STYLE_HEADER, 0);

	CrDoc text = { .data = variant->text, .len = strlen(variant->text) };
	CrBlock whole = { .start = 0, .end = text.len, .score = 1 };
	g_autoptr(GArray) blocks = g_array_new(FALSE, FALSE, sizeof(CrBlock));
	g_array_append_val(blocks, whole);
	g_autoptr(GArray) rows = cr_wrap(&text, blocks, rect->width, FALSE);
	CrDecor decor = {
		.spans = variant->diff,
		.span_mark = CR_MARK_DIFF,
		.style = CR_STYLE_FACT + fact->kind,
		.marks = fact->group >= 0 ? CR_MARK_SHARED : 0,
	};
	for (guint r = 0; r < rows->len && (int)r < rect->height - 1; r++) {
		pen = cr_pen(frame, rect->y + 1 + (int)r, rect->x, rect->x + rect->width);
		cr_draw_row(view, &pen, &text, &g_array_index(rows, CrRow, r), &decor);
	}
}

/* "Omitted by: C name, E name" or that every report has the fact. */
static char *omitted_line(const CrView *view, guint32 omitted)
{
	if (!omitted)
		return g_strdup("Every report has it.");
	GString *out = g_string_new("Omitted by:");
	for (guint d = 0; d < view->n_panes; d++)
		if (omitted & (1u << d))
			g_string_append_printf(out, "%s %c %s", out->str[out->len - 1] == ':' ? "" : ",",
					       'A' + d,
					       cr_doc_name(g_ptr_array_index(view->engine->docs, d)));
	return g_string_free(out, FALSE);
}

static void coverage_render(const CrView *view, gconstpointer state, CrFrame *frame)
{
	const CrCoverage *coverage = state;
	const CrFact *fact = cr_view_fact(view, coverage->fact);
	guint n = coverage->variants->len;
	CrRect rects[CR_MAX_DOCUMENTS];
	CrLayout used;
	g_autofree char *title =
	    g_strdup_printf("Coverage of a %s: in %u of %u reports; differing words marked",
			    cr_fact_kind_name(fact->kind), n, view->n_panes);
	g_autofree char *omitted = omitted_line(view, coverage->omitted);

	cr_draw_title(frame, title);
	if (!cr_layout_panes(frame->cols, frame->lines - 3, n, CR_LAYOUT_SIDE, &used, rects)) {
		g_autofree char *no_room = g_strdup_printf("no room for %u wordings here", n);
		CrPen pen = cr_pen(frame, 1, 0, frame->cols);
		cr_pen_text(&pen, no_room, -1, CR_STYLE_NOTICE, 0);
	} else {
		for (guint i = 0; i < n; i++) {
			CrRect rect = rects[i];
			rect.y += 1;
			render_variant(view, g_ptr_array_index(coverage->variants, i), fact, frame, &rect);
			if (used == CR_LAYOUT_SIDE && rect.x + rect.width < frame->cols)
				cr_draw_separator(frame, rect.x + rect.width, rect.y, rect.y + rect.height);
		}
	}
	CrPen pen = cr_pen(frame, frame->lines - 2, 0, frame->cols);
	cr_pen_text(&pen, omitted, -1, CR_STYLE_OVERLAY, 0);
	cr_draw_status(frame, "", CR_STYLE_STATUS, "any key closes");
}

const CrOverlayOps cr_overlay_coverage = {
	.action = CR_ACT_COVERAGE,
	.open = coverage_open,
	.render = coverage_render,
	.free = coverage_free,
};

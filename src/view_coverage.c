/* Coverage: how each report words the current fact, and which omit it. */
#include "crossread/view_impl.h"

static void variant_free(gpointer data)
{
	CrVariant *variant = data;
	g_free(variant->text);
	g_array_unref(variant->diff);
	g_free(variant);
}

void cr_coverage_free(CrCoverage *coverage)
{
	g_ptr_array_unref(coverage->variants);
	g_free(coverage);
}

void cr_view_coverage_open(CrView *view)
{
	if (view->current < 0) {
		cr_view_message(view, "no fact on the cursor line: move to one, or jump with ] or }");
		return;
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
	g_clear_pointer(&view->coverage, cr_coverage_free);
	view->coverage = coverage;
	view->overlay = CR_OVERLAY_COVERAGE;
}

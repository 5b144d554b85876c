/* Paint: which fact colours each byte of a report. Facts nest (a name in a
 * quotation); the innermost one shows. */
#include "crossread/view_paint.h"

#include "crossread/fact.h"

static gint compare_offsets(gconstpointer a, gconstpointer b)
{
	gsize x = *(const gsize *)a, y = *(const gsize *)b;
	return x < y ? -1 : x > y;
}

/* Of the ACTIVE facts, the innermost: the one that starts last, then the
 * shortest. */
static guint innermost(const GArray *facts, const GArray *active)
{
	guint best = g_array_index(active, guint, 0);
	for (guint a = 1; a < active->len; a++) {
		guint i = g_array_index(active, guint, a);
		const CrFact *f = &g_array_index(facts, CrFact, i), *b = &g_array_index(facts, CrFact, best);
		if (f->start > b->start || (f->start == b->start && f->end < b->end))
			best = i;
	}
	return best;
}

GArray *cr_paint_build(const GArray *facts, guint first, guint end)
{
	GArray *paint = g_array_new(FALSE, FALSE, sizeof(CrPaint));
	g_autoptr(GArray) cuts = g_array_new(FALSE, FALSE, sizeof(gsize));
	g_autoptr(GArray) active = g_array_new(FALSE, FALSE, sizeof(guint));
	guint next = first;

	for (guint i = first; i < end; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		gsize start = f->start, end_at = f->end; /* the cuts are gsize, the fact's 32-bit */
		g_array_append_val(cuts, start);
		g_array_append_val(cuts, end_at);
	}
	g_array_sort(cuts, compare_offsets);
	for (guint c = 0; c + 1 < cuts->len; c++) {
		gsize at = g_array_index(cuts, gsize, c), to = g_array_index(cuts, gsize, c + 1);
		if (at == to)
			continue;
		for (guint a = active->len; a-- > 0;)
			if (g_array_index(facts, CrFact, g_array_index(active, guint, a)).end <= at)
				g_array_remove_index(active, a);
		for (; next < end && g_array_index(facts, CrFact, next).start <= at; next++)
			if (g_array_index(facts, CrFact, next).end > at)
				g_array_append_val(active, next);
		if (active->len == 0)
			continue;
		guint fact = innermost(facts, active);
		CrPaint *last = paint->len ? &g_array_index(paint, CrPaint, paint->len - 1) : NULL;
		if (last && last->fact == fact && last->end == at) {
			last->end = to;
		} else {
			CrPaint span = { at, to, fact };
			g_array_append_val(paint, span);
		}
	}
	return paint;
}

guint cr_spans_find(const GArray *spans, gsize element, gsize pos)
{
	guint lo = 0, hi = spans->len;

	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		const gsize *span = (const gsize *)(const void *)(spans->data + (gsize)mid * element);
		if (span[1] > pos)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

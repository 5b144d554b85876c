/* A report's two facts of one amount (cr_align_number_twins(): "3
 * kilometres" of an ash column, "3km" of the zone around the peak), found
 * for the grouping (align_group.c), which places the one whose sentence
 * fits. */
#include "align_twins.h"

#include <string.h>

/* The slot of the twins' table (of MASK + 1 slots) where an amount of
 * FACT's report, value and unit is first looked for. */
static guint twin_slot(const CrFact *fact, guint mask)
{
	guint64 bits;
	memcpy(&bits, &fact->num, sizeof bits);
	bits ^= (guint64)(guintptr)fact->unit ^ (guint64)fact->doc << 56;
	return (guint)((bits * G_GUINT64_CONSTANT(0x9e3779b97f4a7c15)) >> 40) & mask;
}

/* cr_align_number_twins(): align_twins.h. */
guint *cr_align_number_twins(const Grouper *gr, const GArray *order)
{
	guint n = 0;
	for (guint i = 0; i < order->len; i++)
		n += fact_at(gr, g_array_index(order, guint, i))->unit != NULL;
	if (n < 2)
		return NULL;
	guint mask = (1u << g_bit_storage(2 * n)) - 1;
	g_autofree guint *slots = g_new0(guint, mask + 1);
	guint *twin = NULL;
	for (guint i = 0; i < order->len; i++) {
		guint fi = g_array_index(order, guint, i), s;
		const CrFact *f = fact_at(gr, fi), *o = NULL;
		if (!f->unit)
			continue;
		for (s = twin_slot(f, mask); slots[s]; s = (s + 1) & mask) {
			o = fact_at(gr, slots[s] - 1);
			if (o->doc == f->doc && o->num == f->num && o->unit == f->unit &&
			    strcmp(o->key, f->key) == 0)
				break;
			o = NULL;
		}
		if (!o) {
			slots[s] = fi + 1;
			continue;
		}
		guint oi = slots[s] - 1;
		if (!twin)
			twin = g_new0(guint, gr->facts->len);
		if (!twin[oi])
			twin[oi] = fi + 1;
	}
	return twin;
}

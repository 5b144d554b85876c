/* Weekdays alone across reports: a weekday linked only between reports
 * that share another fact, or two places (cr_align_weekdays_shared()). */
#include "align_weekdays.h"

#include <string.h>

#include "crossread/doc.h"

/* TRUE when F is a weekday written alone ("on Friday"): a day whose text
 * holds no figure. */
static gboolean weekday_alone(const CrFact *f)
{
	return f->kind == CR_FACT_DATE && f->date.precision == CR_DATE_DAY && !strpbrk(f->text, "0123456789");
}

/* The reports of the members of C (of FACTS), weekdays alone among them
 * or not (WITH_WEEKDAYS); *WEEKDAYS counts those. */
static guint32 cluster_docs(const GArray *facts, const CrGroupCluster *c, gboolean with_weekdays,
			    guint *weekdays)
{
	guint32 mask = 0;
	*weekdays = 0;
	for (guint m = 0; m < c->members->len; m++) {
		const CrFact *f = &g_array_index(facts, CrFact, g_array_index(c->members, guint, m));
		gboolean weekday = weekday_alone(f);
		*weekdays += weekday;
		if (with_weekdays || !weekday)
			mask |= 1u << f->doc;
	}
	return mask;
}

/* Drops the weekdays alone of cluster C whose report shares (SHARES, per
 * report) no cluster with the report of another member; a representative
 * dropped gives its place to the first member left. Returns the reports
 * of the members left. */
static guint32 drop_unshared(const GArray *facts, CrGroupCluster *c, const guint32 *shares)
{
	guint weekdays;
	guint32 all = cluster_docs(facts, c, TRUE, &weekdays);
	for (guint m = c->members->len; m-- > 0;) {
		guint fi = g_array_index(c->members, guint, m);
		const CrFact *f = &g_array_index(facts, CrFact, fi);
		if (!weekday_alone(f) || (shares[f->doc] & all & ~(1u << f->doc)))
			continue;
		g_array_remove_index(c->members, m);
		if (c->rep == fi && c->members->len)
			c->rep = g_array_index(c->members, guint, 0);
	}
	return cluster_docs(facts, c, TRUE, &weekdays);
}

void cr_align_weekdays_shared(const GArray *facts, GPtrArray *kept)
{
	guint32 shares[CR_MAX_DOCUMENTS] = { 0 };
	/* the reports each report shares one place cluster with, and two */
	guint32 place[CR_MAX_DOCUMENTS] = { 0 }, places[CR_MAX_DOCUMENTS] = { 0 };
	gboolean any = FALSE;
	/* which reports each report shares a cluster with, by members that
	 * are no weekdays alone: one that is no place, or two places ("on
	 * Monday" in Ottawa and Canada both; two stories share one "London") */
	for (guint i = 0; i < kept->len; i++) {
		guint weekdays;
		const CrGroupCluster *c = g_ptr_array_index(kept, i);
		guint32 mask = cluster_docs(facts, c, FALSE, &weekdays);
		any |= weekdays > 0;
		if (__builtin_popcount(mask) < 2)
			continue;
		gboolean is_place = g_array_index(facts, CrFact, c->rep).kind == CR_FACT_PLACE;
		for (guint d = 0; d < CR_MAX_DOCUMENTS; d++) {
			if (!(mask & (1u << d)))
				continue;
			if (!is_place) {
				shares[d] |= mask;
				continue;
			}
			places[d] |= place[d] & mask;
			place[d] |= mask & ~(1u << d);
		}
	}
	if (!any)
		return;
	for (guint d = 0; d < CR_MAX_DOCUMENTS; d++)
		shares[d] |= places[d];
	for (guint i = kept->len; i-- > 0;) {
		CrGroupCluster *c = g_ptr_array_index(kept, i);
		guint weekdays;
		cluster_docs(facts, c, TRUE, &weekdays);
		if (weekdays && __builtin_popcount(drop_unshared(facts, c, shares)) < 2)
			g_ptr_array_remove_index(kept, i);
	}
}

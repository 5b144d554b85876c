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

/* The reports of the members of C (of FACTS) that are no weekdays alone;
 * *ALL gets those of all its members. Returns whether C holds a weekday
 * alone. */
static gboolean cluster_docs(const GArray *facts, const CrGroupCluster *c, guint32 *others, guint32 *all)
{
	gboolean weekdays = FALSE;
	*others = *all = 0;
	for (guint m = 0; m < c->members->len; m++) {
		const CrFact *f = &g_array_index(facts, CrFact, g_array_index(c->members, guint, m));
		gboolean weekday = weekday_alone(f);
		weekdays |= weekday;
		*all |= 1u << f->doc;
		if (!weekday)
			*others |= 1u << f->doc;
	}
	return weekdays;
}

/* Drops from cluster C, whose members are in the reports ALL, the
 * weekdays alone of a report that shares (SHARES, per report) no cluster
 * with the report of another member, and every member of the reports
 * GONE, compacting the members in place; a representative dropped gives
 * its place to the first member left. Sets *OTHERS and *WEEKDAYS to the
 * reports of the members left that are no weekdays alone and that are. */
static void keep_members(const GArray *facts, CrGroupCluster *c, const guint32 *shares, guint32 all,
			 guint32 gone, guint32 *others, guint32 *weekdays)
{
	guint n = 0;
	gboolean rep_kept = FALSE;
	*others = *weekdays = 0;
	for (guint m = 0; m < c->members->len; m++) {
		guint fi = g_array_index(c->members, guint, m);
		const CrFact *f = &g_array_index(facts, CrFact, fi);
		gboolean weekday = weekday_alone(f);
		if ((gone & (1u << f->doc)) || (weekday && !(shares[f->doc] & all & ~(1u << f->doc))))
			continue;
		g_array_index(c->members, guint, n++) = fi;
		*(weekday ? weekdays : others) |= 1u << f->doc;
		rep_kept |= c->rep == fi;
	}
	g_array_set_size(c->members, n);
	if (!rep_kept && n)
		c->rep = g_array_index(c->members, guint, 0);
}

/* Drops the weekdays alone of cluster C (in the reports ALL) that
 * keep_members() drops; then, when the other members left are all of one
 * report that shares no cluster with the reports of the weekdays left,
 * those members too: two reports of one story that share a fact keep
 * their "Friday"s, not a third story's "10 March" beside them. Returns the
 * reports of the members left. */
static guint32 drop_unshared(const GArray *facts, CrGroupCluster *c, const guint32 *shares, guint32 all)
{
	guint32 others, weekdays;
	keep_members(facts, c, shares, all, 0, &others, &weekdays);
	if (__builtin_popcount(others) == 1 && (weekdays & ~others) &&
	    !(shares[__builtin_ctz(others)] & weekdays & ~others))
		keep_members(facts, c, shares, all, others, &others, &weekdays);
	return others | weekdays;
}

void cr_align_weekdays_shared(const GArray *facts, GPtrArray *kept)
{
	guint32 shares[CR_MAX_DOCUMENTS] = { 0 };
	/* the reports each report shares one place cluster with, and two */
	guint32 place[CR_MAX_DOCUMENTS] = { 0 }, places[CR_MAX_DOCUMENTS] = { 0 };
	/* the clusters that hold weekdays alone, and the reports of their members */
	g_autoptr(GArray) with_weekdays = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GArray) with_docs = g_array_new(FALSE, FALSE, sizeof(guint32));
	/* which reports each report shares a cluster with, by members that
	 * are no weekdays alone: one that is no place, or two places ("on
	 * Monday" in Ottawa and Canada both; two stories share one "London") */
	for (guint i = 0; i < kept->len; i++) {
		const CrGroupCluster *c = g_ptr_array_index(kept, i);
		guint32 mask, all;
		if (cluster_docs(facts, c, &mask, &all)) {
			g_array_append_val(with_weekdays, i);
			g_array_append_val(with_docs, all);
		}
		if (__builtin_popcount(mask) < 2)
			continue;
		gboolean is_place = g_array_index(facts, CrFact, c->rep).kind == CR_FACT_PLACE;
		for (guint32 left = mask; left; left &= left - 1) {
			guint d = (guint)__builtin_ctz(left);
			if (!is_place) {
				shares[d] |= mask;
				continue;
			}
			places[d] |= place[d] & mask;
			place[d] |= mask & ~(1u << d);
		}
	}
	if (!with_weekdays->len)
		return;
	for (guint d = 0; d < CR_MAX_DOCUMENTS; d++)
		shares[d] |= places[d];
	/* the clusters left in two reports or more, compacted in place: each
	 * kept one trades places with the first dropped, whose pointers end
	 * past N and are freed there by KEPT */
	guint n = 0, next = 0;
	for (guint i = 0; i < kept->len; i++) {
		CrGroupCluster *c = g_ptr_array_index(kept, i);
		if (next < with_weekdays->len && g_array_index(with_weekdays, guint, next) == i) {
			guint32 all = g_array_index(with_docs, guint32, next++);
			if (__builtin_popcount(drop_unshared(facts, c, shares, all)) < 2)
				continue;
		}
		g_ptr_array_index(kept, i) = g_ptr_array_index(kept, n);
		g_ptr_array_index(kept, n++) = c;
	}
	g_ptr_array_set_size(kept, n);
}

/* Weekdays alone across reports (align_weekdays.c): a pass over the kept
 * clusters before their groups are made. */
#pragma once

#include "align_private.h"

/* Drops from the clusters of KEPT (CrGroupCluster of FACTS) each weekday
 * written alone ("on Friday") of a report that shares no other cluster
 * (no place, or two places) with the report of another member, and the
 * clusters left in one report:
 * a weekday's day is not written but made from a publication date (the
 * other reports' when its own has none), and it is one fact with another
 * report's day only when the two reports are known, by another fact, to
 * tell one story. */
void cr_align_weekdays_shared(const GArray *facts, GPtrArray *kept);

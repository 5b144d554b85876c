/* Counts of people across the reports of one event (align_counts.c): a
 * pass over every report's counts before the aligner groups them. */
#pragma once

#include "crossread/fact.h"

/* Makes each small count of people in FACTS ("at least five protesters",
 * "five people") a count in people, so that it is one fact with another
 * such count of that value, when two reports or more count people with
 * that value, one of them in people as such ("five people"), and no
 * report counts it as anything else ("five cars", a five-year-old). The
 * facts' values are kept; their keys, units and counted nouns change. */
void cr_align_people_counts(GArray *facts, guint n_docs);

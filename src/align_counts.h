/* Numbers across the reports of one event (align_counts.c): passes over
 * every report's counts and decimals before the aligner groups them. */
#pragma once

#include "crossread/fact.h"

/* Makes each small count of people in FACTS ("at least five protesters",
 * "five people") a count in people, so that it is one fact with another
 * such count of that value, when two reports or more count people with
 * that value, one of them in people as such ("five people"), and no
 * report counts it as anything else ("five cars", a five-year-old); and
 * a bare count of ten or more ("at least 82") whose value the event
 * counts in people as such and as nothing else. The facts' values are
 * kept; their keys, units and counted nouns change. */
void cr_align_people_counts(GArray *facts, guint n_docs);

/* Gives each decimal with a fraction in FACTS written without a unit
 * ("40.2 at Heathrow") the unit the event gives that value ("40.2C" of
 * another report), when it gives it one unit and no other: the value and
 * key change, so that the two are one fact. */
void cr_align_bare_decimals(GArray *facts, guint n_docs);

/* Makes each small count in FACTS of the people of a country, named by
 * their nationality ("13 Israelis") or by a noun it qualifies ("Thirteen
 * Israeli hostages", "13 Israeli women"), a count of that nationality:
 * the same value and nationality in two reports is one fact whatever
 * noun each writes. */
void cr_align_national_counts(GArray *facts);

/* Keeps each small count in FACTS that names nothing it counts ("killing
 * at least 68") from the counts of a noun of its value when a report
 * counts that value with two nouns, two things ("68 passengers", "68
 * bodies"): which one it is, its sentence does not say. Such bare counts still meet each
 * other; their key changes, their value does not. */
void cr_align_bare_counts(GArray *facts);

/* A report's two facts of one amount, for the grouping (align_twins.c). */
#pragma once

#include "align_kinds.h"

/* Per fact of ORDER (numbers), the index + 1 of its twin, or 0: only the
 * first fact in ORDER of each report, value, unit and key has one, the
 * second such fact ("3 kilometres" of an ash column, "3km" of the zone
 * around the peak), two facts of one amount when their sentences share
 * nothing (twin_fits_better() asks); the later ones get 0. Facts with no
 * unit take no part (those with one, "people" too, do). NULL when no
 * fact has a twin. The amounts are found in a table open by value and
 * unit (units are static strings), not by their keys' text: it costs a
 * few instructions an amount. */
guint *cr_align_number_twins(const Grouper *gr, const GArray *order);

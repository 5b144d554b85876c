/* Percentages written to different precisions (align_rounding.c), for
 * the matching and the index keys of numbers (align_kinds.c). */
#pragma once

#include "crossread/fact.h"

/* TRUE when number F is a percentage whose figure its key holds as
 * written ("67.69|%", ">74|%"): its digits without the point in *DIGITS,
 * how many follow the point in *DECIMALS. FALSE for another unit, a
 * range or a figure in exponent notation. */
gboolean cr_align_percent_written(const CrFact *f, guint64 *digits, guint *decimals);

/* DIGITS (a figure with DECIMALS decimals) rounded half up to FEWER
 * decimals, as the digits of that figure. */
guint64 cr_align_round_decimals(guint64 digits, guint decimals, guint fewer);

/* TRUE when percentages A and B (the caller tells their unit and bound
 * are one), of different values, are one figure, the other written
 * rounded to fewer decimals: "67.69%" and "67.7%", "73.9%" and "74 per
 * cent"; not "67.6%" and "67.7%", of one precision. */
gboolean cr_align_rounded_percent_agrees(const CrFact *a, const CrFact *b);

/* Percentages written to different precisions (align_rounding.c), for
 * the matching and the index keys of numbers (align_kinds.c). */
#pragma once

#include "crossread/fact.h"

/* TRUE when number F is a percentage whose figure its key holds as
 * written ("67.69|%", ">74|%"), to the decimals its text writes
 * ("52.10 per cent", "52.1|%": 5210, two): its digits without the point
 * in *DIGITS, how many follow the point in *DECIMALS. FALSE for another unit, a
 * range or a figure in exponent notation. */
gboolean cr_align_percent_written(const CrFact *f, guint64 *digits, guint *decimals);

/* DIGITS (a figure with DECIMALS decimals) rounded half up to FEWER
 * decimals, as the digits of that figure. */
guint64 cr_align_round_decimals(guint64 digits, guint decimals, guint fewer);

/* The least percentage rounded figures meet at: under 10 % rates and
 * inflation are written to a tenth or a quarter and their neighbours
 * are other figures ("5.25%" a policy rate, "5.3pc" inflation; "1.5%"
 * and "2%"), as cross-event false links showed. */
#define CR_ALIGN_ROUNDED_PERCENT_FLOOR 10.0

/* TRUE when percentages A and B (the caller tells their unit and bound
 * are one), of different values, are one figure, the other written
 * rounded to one decimal fewer, still with one: "67.69%" and "67.7%";
 * not "67.6%" and "67.7%", of one precision, nor a whole figure ("73.9%"
 * and "74%", "99.49 per cent" and "99%" of votes counted in another
 * election: cross-event false links), nor figures under
 * CR_ALIGN_ROUNDED_PERCENT_FLOOR ("1.5%" and "2%"). */
gboolean cr_align_rounded_percent_agrees(const CrFact *a, const CrFact *b);

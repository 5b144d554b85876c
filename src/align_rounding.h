/* Figures written to different precisions (align_rounding.c), for the
 * matching and the index keys of numbers (align_kinds.c). */
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

/* An amount X of money (the caller tells it is money) of a million or
 * more, a whole number, written to three significant figures or more,
 * rounded half up to one figure fewer, as a rewrite rounds it ("$7.25
 * billion", "$7.3 billion"); 0 for any other. In whole numbers, by a table
 * of powers of ten: log10() and pow() cost 0.3 % of 8 x 1 MiB of news. */
double cr_align_money_rounded(double x);

/* The least count an approximation meets an exact count at
 * (cr_align_rounded_count_agrees()). */
#define CR_ALIGN_ROUNDED_COUNT_FLOOR 10000

/* Count F rounded half up to two significant figures when it is written
 * exactly to four or more, of a noun, with no unit, bound nor
 * approximation, and CR_ALIGN_ROUNDED_COUNT_FLOOR or more ("139,255
 * neurons": 140000), where an approximation of it is filed; 0 for any
 * other number. */
double cr_align_count_rounded(const CrFact *f);

/* The figure count F is filed under with its noun, where an approximation
 * and the exact count it rounds meet: an approximation's own figure
 * ("about 140,000 neurons", *APPROXIMATION set), an exact count's
 * cr_align_count_rounded(); 0 for any other number. */
double cr_align_count_figure(const CrFact *f, gboolean *approximation);

/* TRUE when count R, an approximation to one or two significant figures
 * ("about 140,000 neurons", "almost 140,000 neurons"), is count E
 * (cr_align_count_rounded()) of the same noun, rounded; not a figure of
 * three ("about 1,200 people" and "1,180 people" are two tolls of two
 * days), nor another noun, nor two exact figures ("140,000 neurons" and
 * "139,255 neurons"). */
gboolean cr_align_rounded_count_agrees(const CrFact *r, const CrFact *e);

/* The bytes a count's key takes (cr_align_count_key()): a figure's digits,
 * two marks, a noun of 64 bytes at most and a NUL. */
#define CR_ALIGN_COUNT_KEY_BYTES (24 + 2 + 64)

/* Writes at KEY (CR_ALIGN_COUNT_KEY_BYTES) the index key of count F under
 * its figure and noun (cr_align_count_figure(): "~140000|neuron"), where
 * an approximation meets the exact count it rounds and no other count: an
 * approximation filed under '~' and looking up '=' (LOOKUP), an exact
 * count the other way round, so that two exact counts of one rounded
 * figure never meet there (8 x 1 MiB of news have many); returns its
 * length, 0 (nothing written) for another number. */
gsize cr_align_count_key(const CrFact *f, gboolean lookup, char *key);

/* The keys of counts (cr_align_count_key() after its mark: "14000|vote")
 * at which the number facts ORDER (indices into FACTS) give two exact
 * counts or more of different values that round to one figure
 * (cr_align_count_rounded(): "13,890 votes" and "14,212 votes"): an
 * approximation there ("about 14,000 votes") is either's or neither's,
 * and meets none. NULL for none; free with g_hash_table_unref(). */
GHashTable *cr_align_count_clashes_find(const GArray *facts, const GArray *order);

/* TRUE when KEY is one of CLASHES (cr_align_count_clashes_find(), or
 * NULL). */
gboolean cr_align_count_clashes(GHashTable *clashes, const char *key);

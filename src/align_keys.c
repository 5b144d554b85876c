/* The index keys each kind of fact is filed and looked up under while it
 * is grouped (KindOps.keys of align_kinds.c): a fact meets only the
 * clusters it may join. */
#include "align_kinds.h"
#include "align_rounding.h"

#include <math.h>
#include <string.h>

#include "crossread/extract.h"

void cr_align_keys_key(const Grouper *gr, guint fact, gboolean lookup, KeyList *out)
{
	key_list_add(out, fact_at(gr, fact)->key);
}

/* Adds KEY, made for the fact at hand, to OUT: a copy in GR->made. */
static void add_made_key(const Grouper *gr, const char *key, gsize len, KeyList *out)
{
	MadeKeys *made = gr->made;
	if (made->used + len + 1 > MADE_KEYS_BYTES) {
		if (!made->overflow)
			made->overflow = g_string_chunk_new(4096);
		key_list_add(out, g_string_chunk_insert_const(made->overflow, key));
		return;
	}
	key_list_add(out, memcpy(made->bytes + made->used, key, len + 1));
	made->used += len + 1;
}

/* Adds the key of value NUM to OUT: its bits, six to a character. */
static void add_value_key(const Grouper *gr, double num, KeyList *out)
{
	static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
	guint64 bits;
	char key[12];

	num += 0.0; /* -0 as 0 */
	memcpy(&bits, &num, sizeof bits);
	for (int i = 10; i >= 0; i--, bits >>= 6)
		key[i] = digits[bits & 0x3f];
	key[11] = '\0';
	add_made_key(gr, key, 11, out);
}

/* How many facts on each side of a number, and bytes away, are its
 * report's numbers beside it. */
#define BESIDE_FACTS 8
#define BESIDE_BYTES 200

/* TRUE when a number of FACT's report beside it is the amount ROUNDED in
 * FACT's unit: "$43.8 billion; Estimate: $43.81 billion" gives two
 * figures, not one rounded. An approximation is rounded already: a
 * report that writes it and the amount rounded further anywhere tells
 * two figures ("$10m (£8m) in compensatory damages" over "about $10.4m
 * in total"), and a lone approximation still meets another report's
 * amount rounded further ("approximately $1.46 billion", "$1.5
 * billion"). The facts of a report are in reading order, one report
 * after another. */
static gboolean rounded_beside(const Grouper *gr, guint fact, double rounded)
{
	const CrFact *f = fact_at(gr, fact);
	gboolean approx = f->value[0] == '~';
	guint from = fact > BESIDE_FACTS ? fact - BESIDE_FACTS : 0;
	guint to = MIN(fact + BESIDE_FACTS + 1, gr->facts->len);
	if (approx) {
		for (from = fact; from > 0 && fact_at(gr, from - 1)->doc == f->doc; from--)
			;
		for (to = fact + 1; to < gr->facts->len && fact_at(gr, to)->doc == f->doc; to++)
			;
	}
	for (guint i = from; i < to; i++) {
		const CrFact *o = fact_at(gr, i);
		/* the value before the rest: the rarest to agree; a currency is
		 * one pointer (rounded_money_agrees()) */
		if (o->kind == CR_FACT_NUMBER && o->num == rounded && o->unit == f->unit &&
		    o->doc == f->doc &&
		    (approx || (o->start < f->start + BESIDE_BYTES && f->start < o->start + BESIDE_BYTES)))
			return TRUE;
	}
	return FALSE;
}

/* Adds to OUT the key of the amount of money FACT rounded to a figure
 * fewer (cr_align_money_rounded()), unless its report gives that amount beside it
 * (or anywhere, for an approximation: rounded_beside()).
 * Apart from cr_align_keys_number(), whose every call it would slow. */
static G_GNUC_NO_INLINE void add_rounded_key(const Grouper *gr, guint fact, KeyList *out)
{
	const CrFact *f = fact_at(gr, fact);
	double rounded = cr_align_is_money(f) ? cr_align_money_rounded(f->num) : 0.0;
	if (rounded != 0.0 && !rounded_beside(gr, fact, rounded))
		add_value_key(gr, rounded, out);
}

/* Adds to OUT the key of percentage FACT, of 10 % or more and written
 * with two decimals or more, rounded to one decimal fewer
 * (cr_align_round_decimals(): "67.69%" under 67.7), unless its report
 * gives that figure beside it (rounded_beside()). Apart from
 * cr_align_keys_number(), whose every call it would slow. */
static G_GNUC_NO_INLINE void add_rounded_percent_key(const Grouper *gr, guint fact, KeyList *out)
{
	guint64 digits;
	guint decimals;
	if (!cr_align_percent_written(fact_at(gr, fact), &digits, &decimals) || decimals < 2)
		return;
	/* the quotient of two exact integers: the double strtod() reads */
	double ten = 1.0;
	for (guint i = 1; i < decimals; i++)
		ten *= 10.0;
	double rounded = (double)cr_align_round_decimals(digits, decimals, decimals - 1) / ten;
	if (rounded >= CR_ALIGN_ROUNDED_PERCENT_FLOOR && !rounded_beside(gr, fact, rounded))
		add_value_key(gr, rounded, out);
}

/* Adds to OUT the key of count FACT under its figure and noun
 * (cr_align_count_key()), if any: none for an approximation at a figure
 * the reports give two exact counts of (Grouper.count_clashes: "13,890
 * votes" and "14,212 votes" under "about 14,000 votes"). Apart from
 * cr_align_keys_number(), whose every call it would slow. */
static G_GNUC_NO_INLINE void add_count_key(const Grouper *gr, guint fact, gboolean lookup, KeyList *out)
{
	char key[CR_ALIGN_COUNT_KEY_BYTES];
	gsize len = cr_align_count_key(fact_at(gr, fact), lookup, key);
	if (!len)
		return;
	/* an approximation files under '~' and looks up '=' */
	gboolean approximation = (key[0] == '~') != lookup;
	if (!(approximation && cr_align_count_clashes(gr->count_clashes, key + 1)))
		add_made_key(gr, key, len, out);
}

/* Numbers are filed and looked up under their value: its bits, six to a
 * character (11 bytes a key, not 16 in hex: dense numbers file 54,000 at
 * 4 MiB); percentage points under their value in basis points, which
 * their key holds ("a quarter percentage point", "25 basis points"); an
 * amount of money to three figures or more under its value rounded to
 * one figure fewer too (cr_align_money_rounded()), where the rounded amount is,
 * unless its report gives that amount beside it (rounded_beside()); a
 * percentage with two decimals or more under its figure to one fewer
 * (add_rounded_percent_key()); an approximate count and a count written
 * to four figures or more under the figure they meet at and their noun
 * too (add_count_key()). */
void cr_align_keys_number(const Grouper *gr, guint fact, gboolean lookup, KeyList *out)
{
	const CrFact *f = fact_at(gr, fact);
	gboolean points = f->unit && f->unit[0] == 'p' && f->unit[1] == 'p' && !f->unit[2];
	/* in basis points to a millionth: 0.07 * 100 is no 7 */
	add_value_key(gr, points ? round(f->num * 1e8) / 1e6 : f->num, out);
	if (f->num >= 1e6 && f->unit)
		add_rounded_key(gr, fact, out);
	else if (f->unit && f->unit[0] == '%' && !f->unit[1] && strchr(f->key, '.'))
		add_rounded_percent_key(gr, fact, out);
	else if (f->num >= CR_ALIGN_ROUNDED_COUNT_FLOOR && f->counted)
		add_count_key(gr, fact, lookup, out);
}

/* Writes VALUE (>= 0) in decimal at P; returns the end. */
static char *put_decimal(char *p, int value)
{
	char digits[12];
	int n = 0;
	do
		digits[n++] = (char)('0' + value % 10);
	while ((value /= 10) > 0);
	while (n > 0)
		*p++ = digits[--n];
	return p;
}

/* Adds the interned key PREFIX A-B-C ("d2023-5-24"; B and C only when
 * given, 0 for none) to OUT. */
static void add_int_key(const Grouper *gr, char prefix, int a, int b, int c, KeyList *out)
{
	char key[48], *p = key;
	*p++ = prefix;
	p = put_decimal(p, MAX(a, 0));
	if (b || c) {
		*p++ = '-';
		p = put_decimal(p, MAX(b, 0));
	}
	if (c) {
		*p++ = '-';
		p = put_decimal(p, MAX(c, 0));
	}
	*p = '\0';
	add_made_key(gr, key, (gsize)(p - key), out);
}

/* Dates are filed by what they can match (cr_date_match()), so that a
 * date meets only the clusters it may join:
 *
 * - a day (each day of a range) under its full date: 'd' year-month-day,
 *   and under 'n' year-month, the days of its month;
 * - a month (each month of a period) under 'm' year-month;
 * - a year (or a range of years) under 'y' year, and a month written
 *   with its year (not a period) under its year too.
 *
 * A date without a year is filed under year 0. A day or a month with a
 * year is filed again under its month and day alone ('D', 'N', 'M'),
 * where only dates without a year look. A day looks itself up (each day
 * of its range) in its year and in year 0; a month looks up the days and
 * the months of each of its months and its year; a year only years: a
 * year matches no day. A time alone is filed and looked up under its time as
 * written and, with a zone, in UTC. */
void cr_align_keys_date(const Grouper *gr, guint fact, gboolean lookup, KeyList *out)
{
	const CrDateValue *d = &fact_at(gr, fact)->date;
	int y = d->year;

	if (d->time_only) {
		add_int_key(gr, 't', d->hour * 60 + d->minute, 0, 0, out);
		if (d->has_zone)
			add_int_key(gr, 'u',
				    ((d->hour * 60 + d->minute - d->utc_offset_min) % 1440 + 1440) % 1440, 0,
				    0, out);
		return;
	}
	if (d->precision == CR_DATE_YEAR) {
		add_int_key(gr, 'y', y, 0, 0, out);
		return;
	}
	if (d->precision >= CR_DATE_DAY) {
		for (int day = d->day; day <= MAX(d->day, d->day_end); day++) {
			add_int_key(gr, 'd', y, d->month, day, out);
			if (lookup && y)
				add_int_key(gr, 'd', 0, d->month, day, out);
			if (!lookup ? y != 0 : y == 0)
				add_int_key(gr, 'D', d->month, day, 0, out);
		}
		if (!lookup) {
			add_int_key(gr, 'n', y, d->month, 0, out);
			if (y)
				add_int_key(gr, 'N', d->month, 0, 0, out);
		}
		return;
	}
	if (y && !d->month_end && !d->year_guessed)
		add_int_key(gr, 'y', y, 0, 0, out);
	for (int m = d->month; m <= MAX(d->month, d->month_end); m++) {
		add_int_key(gr, 'm', y, m, 0, out);
		if (!lookup ? y != 0 : y == 0)
			add_int_key(gr, 'M', m, 0, 0, out);
		if (!lookup)
			continue;
		add_int_key(gr, 'n', y, m, 0, out);
		if (y) {
			add_int_key(gr, 'm', 0, m, 0, out);
			add_int_key(gr, 'n', 0, m, 0, out);
		} else {
			add_int_key(gr, 'N', m, 0, 0, out);
		}
	}
}

/* Quotations are filed under every word stem and looked up by their
 * rarest ones, so that a fragment finds the full quotation. */
void cr_align_keys_quote(const Grouper *gr, guint fact, gboolean lookup, KeyList *out)
{
	const QuoteStems *stems = gr->stems[fact];
	guint n = lookup ? MIN(stems->n, QUOTE_LOOKUP_STEMS) : stems->n;
	for (guint i = 0; i < n; i++)
		key_list_add(out, stems->stem[i]);
}

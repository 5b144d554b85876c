/* Figures written to different precisions: a report rounds another's
 * "67.69%" to "67.7%", its "73.9%" to "74 per cent", "$7.25 billion" to
 * "$7.3 billion", "139,255 neurons" to "about 140,000"; matched by
 * align_kinds.c and filed under each figure they round to. */
#include "align_rounding.h"

#include <string.h>

/* The most digits a percentage's figure is read with. */
#define PERCENT_DIGITS 15

gboolean cr_align_percent_written(const CrFact *f, guint64 *digits, guint *decimals)
{
	const char *u = f->unit;
	if (!u || u[0] != '%' || u[1])
		return FALSE;
	guint64 v = 0;
	guint d = 0, n = 0;
	gboolean point = FALSE;
	/* a bound opens the key: "more than 74%" is ">74|%" */
	const char *p = f->key + (f->key[0] == '>' || f->key[0] == '<');
	for (; *p != '|'; p++) {
		if (*p == '.' && !point) {
			point = TRUE;
			continue;
		}
		if (!g_ascii_isdigit(*p) || ++n > PERCENT_DIGITS)
			return FALSE;
		v = v * 10 + (guint64)(*p - '0');
		d += point;
	}
	/* the key drops the zeros that end the decimals, the text keeps
	 * them: "52.10 per cent" is written to a hundredth, no "52.1%" */
	const char *t = f->text;
	while (*t && !g_ascii_isdigit(*t))
		t++;
	while (g_ascii_isdigit(*t))
		t++;
	guint written = 0;
	if (*t == '.')
		while (g_ascii_isdigit(t[1 + written]))
			written++;
	for (; d < written; d++, n++) {
		if (n >= PERCENT_DIGITS)
			return FALSE;
		v *= 10;
	}
	*digits = v;
	*decimals = d;
	return TRUE;
}

guint64 cr_align_round_decimals(guint64 digits, guint decimals, guint fewer)
{
	guint64 unit = 1;
	for (guint i = fewer; i < decimals; i++)
		unit *= 10;
	return (digits + unit / 2) / unit;
}

/* Apart from match_number() (align_kinds.c), whose every call it would
 * slow. */
gboolean cr_align_rounded_percent_agrees(const CrFact *a, const CrFact *b)
{
	guint64 da, db;
	guint na, nb;
	if (!(a->num >= CR_ALIGN_ROUNDED_PERCENT_FLOOR && b->num >= CR_ALIGN_ROUNDED_PERCENT_FLOOR) ||
	    !cr_align_percent_written(a, &da, &na) || !cr_align_percent_written(b, &db, &nb))
		return FALSE;
	return na == nb + 1 && nb >= 1 ? cr_align_round_decimals(da, na, nb) == db
				       : nb == na + 1 && na >= 1 && cr_align_round_decimals(db, nb, na) == da;
}

double cr_align_money_rounded(double x)
{
	static const guint64 ten[] = { 1,
				       10,
				       100,
				       1000,
				       10000,
				       100000,
				       1000000,
				       10000000,
				       100000000,
				       1000000000,
				       10000000000,
				       100000000000,
				       1000000000000,
				       10000000000000,
				       100000000000000,
				       1000000000000000 };
	if (!(x >= 1e6 && x < 1e15) || (double)(guint64)x != x)
		return 0.0;
	guint64 v = (guint64)x;
	/* v has k + 1 figures: log10(2) is about 1233 / 4096 */
	guint k = (guint)(63 - __builtin_clzll(v)) * 1233 >> 12;
	k += ten[k + 1] <= v;
	if (v % ten[k - 1] == 0) /* two figures or one */
		return 0.0;
	guint last = k - 2; /* the power of ten of its last figure */
	while (v % ten[last] != 0)
		last--;
	guint64 unit = ten[last + 1];
	return (double)((v + unit / 2) / unit * unit);
}

/* How many significant figures the whole number X (under 10^15) has:
 * 139255 six, 140000 two; 0 for another number. */
static guint significant_figures(double x)
{
	if (!(x >= 1 && x < 1e15) || (double)(guint64)x != x)
		return 0;
	guint64 v = (guint64)x;
	while (v % 10 == 0)
		v /= 10;
	guint n = 0;
	for (; v; v /= 10)
		n++;
	return n;
}

/* X, a whole number, rounded half up to two significant figures: 139255
 * as 140000. */
static double two_figures(double x)
{
	guint64 v = (guint64)x, unit = 1;
	while (v / unit >= 100)
		unit *= 10;
	return (double)((v + unit / 2) / unit * unit);
}

/* TRUE when number F counts a noun, no unit, with no bound: "139,255
 * neurons", "about 140,000 neurons". */
static gboolean noun_count(const CrFact *f)
{
	return g_ascii_isdigit(f->key[0]) && f->counted && !(f->unit && f->unit[0]);
}

/* TRUE when number F is a count with no bound nor approximation, of a
 * noun and no unit: "139,255 neurons". */
static gboolean exact_count(const CrFact *f)
{
	return f->value[0] != '~' && noun_count(f);
}

double cr_align_count_rounded(const CrFact *f)
{
	return f->num >= CR_ALIGN_ROUNDED_COUNT_FLOOR && exact_count(f) && significant_figures(f->num) >= 4
		   ? two_figures(f->num)
		   : 0.0;
}

/* TRUE when number F is an approximate count to one or two significant
 * figures, of a noun and no unit: "about 140,000 neurons". */
static gboolean round_approximation(const CrFact *f)
{
	guint figures = significant_figures(f->num);
	return f->value[0] == '~' && noun_count(f) && f->num >= CR_ALIGN_ROUNDED_COUNT_FLOOR &&
	       figures >= 1 && figures <= 2;
}

double cr_align_count_figure(const CrFact *f, gboolean *approximation)
{
	*approximation = round_approximation(f);
	return *approximation ? f->num : cr_align_count_rounded(f);
}

gboolean cr_align_rounded_count_agrees(const CrFact *r, const CrFact *e)
{
	return round_approximation(r) && strcmp(r->counted, e->counted ? e->counted : "") == 0 &&
	       cr_align_count_rounded(e) == r->num;
}

gsize cr_align_count_key(const CrFact *f, gboolean lookup, char *key)
{
	gboolean approximation;
	double figure = cr_align_count_figure(f, &approximation);
	if (figure == 0.0)
		return 0;
	/* the figure's digits, written back to front (printf cost 1,500
	 * instructions a count) */
	char digits[24], *d = digits + sizeof digits;
	for (guint64 v = (guint64)figure; v; v /= 10)
		*--d = (char)('0' + v % 10);
	gsize n = (gsize)(digits + sizeof digits - d),
	      noun = MIN(strlen(f->counted), CR_ALIGN_COUNT_KEY_BYTES - sizeof digits - 3);
	key[0] = approximation == !lookup ? '~' : '=';
	memcpy(key + 1, d, n);
	key[n + 1] = '|';
	memcpy(key + n + 2, f->counted, noun);
	key[n + 2 + noun] = '\0';
	return n + 2 + noun;
}

/* What cr_align_count_clashes_find() files at a key where two values met. */
static const char clash_mark;

GHashTable *cr_align_count_clashes_find(const GArray *facts, const GArray *order)
{
	GHashTable *seen = NULL;
	guint clashes = 0;
	for (guint i = 0; i < order->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, g_array_index(order, guint, i));
		if (f->num < CR_ALIGN_ROUNDED_COUNT_FLOOR || cr_align_count_rounded(f) == 0.0)
			continue;
		char key[CR_ALIGN_COUNT_KEY_BYTES];
		cr_align_count_key(f, FALSE, key);
		if (!seen)
			seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
		const CrFact *first = g_hash_table_lookup(seen, key + 1);
		if (!first)
			g_hash_table_insert(seen, g_strdup(key + 1), (gpointer)f);
		else if ((gconstpointer)first != &clash_mark && first->num != f->num) {
			g_hash_table_insert(seen, g_strdup(key + 1), (gpointer)&clash_mark);
			clashes++;
		}
	}
	if (seen && !clashes)
		g_clear_pointer(&seen, g_hash_table_unref);
	return seen;
}

gboolean cr_align_count_clashes(GHashTable *clashes, const char *key)
{
	return clashes && g_hash_table_lookup(clashes, key) == &clash_mark;
}

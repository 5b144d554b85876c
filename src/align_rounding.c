/* Percentages written to different precisions: a report rounds another's
 * "67.69%" to "67.7%", its "73.9%" to "74 per cent"; matched by
 * align_kinds.c and filed under each figure they round to. */
#include "align_rounding.h"

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

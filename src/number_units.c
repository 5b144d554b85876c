/* What follows the amount of a quantity: its unit ("%", "per cent",
 * "US dollars", "km", "degrees Celsius", "hours"), "and a half", the
 * months after years and the seconds after hours or minutes; read by
 * number_read_at() (number_read.c) after the amount. */
#include "number_private.h"

#include <string.h>

/* "U.S." at I, written with its dots: the tokens it takes, else 0. */
static guint dotted_us(const CrTokens *s, guint i)
{
	return cr_tok_word(s, i, "U") && cr_tok_punct(s, i + 1, '.') && cr_tok_joined(s, i + 1) &&
		       cr_tok_joined(s, i + 2) && cr_tok_word(s, i + 2, "S") && cr_tok_punct(s, i + 3, '.') &&
		       cr_tok_joined(s, i + 3)
		   ? 4
		   : 0;
}

/* The country of a currency before its name at I ("US", "U.S.", "Swiss"):
 * the tokens it takes and, in *UNIT, its currency; 0 when none. */
static guint parse_currency_country(const CrTokens *s, guint i, int *unit)
{
	guint n = dotted_us(s, i);
	if (n) {
		*unit = U_USD;
		return n;
	}
	const CrTokenWord *w =
	    i < s->n && s->tok[i].upper ? cr_tok_find(s, i, &number_currency_countries) : NULL;
	if (!w || !cr_tok_spaced(s, i + 1))
		return 0;
	*unit = w->value;
	return 1;
}

/* The scale word or letter at I after a number of degrees: "Celsius",
 * "centigrade" or "C" for U_DEGREES, "Fahrenheit" or "F" for U_FAHRENHEIT,
 * the letter joined to what is before it only when JOINED. Sets *UNIT;
 * returns 1, or 0 for none. */
static guint degree_scale(const CrTokens *s, guint i, gboolean joined, int *unit)
{
	if (i >= s->n || s->tok[i].kind != CR_TOKEN_WORD ||
	    (joined ? !cr_tok_joined(s, i) : !cr_tok_spaced(s, i) || s->tok[i].gap == CR_GAP_LINE))
		return 0;
	gsize len = s->tok[i].end - s->tok[i].start;
	const char *w = s->data + s->tok[i].start;
	if ((len == 1 && joined && *w == 'C') || cr_tok_word(s, i, "Celsius") ||
	    cr_tok_word(s, i, "centigrade"))
		*unit = U_DEGREES;
	else if ((len == 1 && joined && *w == 'F') || cr_tok_word(s, i, "Fahrenheit"))
		*unit = U_FAHRENHEIT;
	else
		return 0;
	return 1;
}

/* Degrees after the amount at I: "°C", "°F", "°", "℃" (the sign spaced
 * or not), a capital "C" or "F" joined to the digits ("1.5C"), "degrees", "-degree", "degrees Celsius",
 * "degrees Fahrenheit". Sets *UNIT; returns the tokens used, 0 for none. Degrees with no scale are Celsius's:
 * a report gives the scale once and then "1.5 degrees", and a Fahrenheit figure is another value anyway. */
static guint parse_degrees(const CrTokens *s, guint i, int *unit)
{
	int scale = U_DEGREES;
	guint n = 0;
	gboolean sign = s->tok[i].kind == CR_TOKEN_PUNCT && s->tok[i].gap != CR_GAP_LINE;
	if (sign && (s->tok[i].ch == 0x2103 || s->tok[i].ch == 0x2109)) {
		scale = s->tok[i].ch == 0x2103 ? U_DEGREES : U_FAHRENHEIT;
		n = 1;
	} else if (sign && s->tok[i].ch == 0xB0) {
		n = 1 + degree_scale(s, i + 1, TRUE, &scale);
	} else if (s->tok[i].kind == CR_TOKEN_WORD && cr_tok_joined(s, i) &&
		   !(i + 1 < s->n && s->tok[i + 1].kind == CR_TOKEN_NUMBER &&
		     s->tok[i + 1].gap != CR_GAP_LINE)) {
		/* "1.5C"; not a code with a number after it ("flight 7C 2216") */
		n = degree_scale(s, i, TRUE, &scale);
	} else {
		guint dash =
		    cr_tok_punct(s, i, '-') && cr_tok_joined(s, i) && cr_tok_joined(s, i + 1) ? 1 : 0;
		if ((cr_tok_word(s, i + dash, "degrees") || cr_tok_word(s, i + dash, "degree")) &&
		    (dash || cr_tok_spaced(s, i)))
			n = dash + 1 + degree_scale(s, i + dash + 1, FALSE, &scale);
	}
	if (n)
		*unit = scale;
	return n;
}

/* A distance's unit at I - 1 that "per hour" or "/h" after it makes a
 * speed ("70 miles per hour" is "70 mph", "113 km/h" is "113 kph"): sets
 * UNIT; returns the tokens used. */
static guint speed_after(const CrTokens *s, guint i, int *unit)
{
	if (*unit != U_MI && *unit != U_KM)
		return 0;
	guint n = 0;
	if (cr_tok_word(s, i, "per") && number_spaced_word(s, i) && number_spaced_word(s, i + 1) &&
	    cr_tok_word(s, i + 1, "hour"))
		n = 2;
	else if (*unit == U_KM && cr_tok_punct(s, i, '/') && cr_tok_joined(s, i) && cr_tok_joined(s, i + 1) &&
		 cr_tok_word(s, i + 1, "h"))
		n = 2;
	if (n)
		*unit = *unit == U_MI ? U_MPH : U_KMH;
	return n;
}

/* A length after the decimal amount Q at I written with its SI symbol
 * (the BIPM's "m", "cm", "mm"; "km" is a unit word), joined or spaced:
 * "6.24m" is "6.24 m" is "6.24 metres", "15.5cm" 0.155 m. Only after
 * decimals and in lower case: a whole "5m" and "5M" may be five million
 * too; nor before a plural or "of" ("2.5m people", "1.5m of them"
 * count millions). Sets Q; returns 1, else 0. */
static guint length_symbol(const CrTokens *s, guint i, Quantity *q)
{
	if (!q->decimals || q->multiplied || s->tok[i].kind != CR_TOKEN_WORD)
		return 0;
	gsize len = s->tok[i].end - s->tok[i].start;
	const char *w = s->data + s->tok[i].start;
	int shift;
	if (len == 1 && w[0] == 'm')
		shift = 0;
	else if (len == 2 && w[1] == 'm' && (w[0] == 'c' || w[0] == 'm'))
		shift = w[0] == 'c' ? 2 : 3;
	else
		return 0;
	if (number_spaced_word(s, i + 1) && (cr_tok_word(s, i + 1, "of") || number_is_plural(s, i + 1)))
		return 0;
	q->unit = U_M;
	q->exponent -= shift;
	return 1;
}

/* A unit after the amount at I: "%", "percent", "per cent", "basis points",
 * "dollars", "US dollars", "Swiss francs", "U.S. cents", "km",
 * "-kilometre", "hours", "-week", "MW", "people", "EUR". Sets Q; returns
 * the tokens used. */
guint number_unit_after(const CrTokens *s, guint i, Quantity *q)
{
	if (i >= s->n || s->tok[i].gap == CR_GAP_LINE)
		return 0;
	guint degrees = parse_degrees(s, i, &q->unit);
	if (degrees)
		return degrees;
	if (cr_tok_punct(s, i, '%')) {
		q->unit = U_PERCENT;
		return 1;
	}
	if (cr_tok_word(s, i, "per") && cr_tok_spaced(s, i + 1) && cr_tok_word(s, i + 1, "cent")) {
		q->unit = U_PERCENT;
		return 2;
	}
	const CrTokenWord *w = cr_tok_find(s, i, &number_point_units);
	if (w && cr_tok_spaced(s, i + 1) &&
	    (cr_tok_word(s, i + 1, "points") || cr_tok_word(s, i + 1, "point"))) {
		q->unit = w->value;
		return 2;
	}
	int country = U_NONE;
	guint n = parse_currency_country(s, i, &country);
	if (n && !cr_tok_spaced(s, i + n))
		return 0;
	n += cr_tok_punct(s, i + n, '-') && cr_tok_joined(s, i + n) && cr_tok_joined(s, i + n + 1) ? 1 : 0;
	w = cr_tok_find(s, i + n, &number_unit_words);
	if (w && country != U_NONE) {
		/* "Swiss francs", "US cents"; "US people" is no unit */
		if (w->value != U_CENTS && !(w->value <= U_LAST_MONEY))
			return 0;
		q->unit = w->value == U_CENTS ? U_CENTS : country;
		return n + 1;
	}
	if (!w && country == U_NONE)
		w = cr_tok_find(s, i + n, &number_time_units);
	/* "a 44-year-old", "44 years old": an age */
	if (w && w->value == U_YEARS && n == 1 && cr_tok_punct(s, i + 2, '-') && cr_tok_joined(s, i + 2) &&
	    cr_tok_joined(s, i + 3) && cr_tok_word(s, i + 3, "old")) {
		q->unit = U_AGE;
		return 4;
	}
	if (w && w->value == U_YEARS && n == 0 && cr_tok_spaced(s, i + 1) &&
	    s->tok[i + 1].gap != CR_GAP_LINE && cr_tok_word(s, i + 1, "old")) {
		q->unit = U_AGE;
		return 2;
	}
	if (w) {
		q->unit = w->value;
		return n + 1 + speed_after(s, i + n + 1, &q->unit);
	}
	if (country != U_NONE)
		return 0;
	w = cr_tok_find(s, i, &number_power_units);
	if (!w)
		w = cr_tok_find(s, i, &number_currency_codes);
	if (w && memcmp(s->data + s->tok[i].start, w->word, strlen(w->word)) == 0) {
		q->unit = w->value;
		return 1;
	}
	return length_symbol(s, i, q);
}

/* "and a half" after a number at I, spaced or hyphenated ("seven and a
 * half", "seven-and-a-half"): adds a half to Q; returns the tokens used. */
guint number_half_after(const CrTokens *s, guint i, Quantity *q)
{
	static const char *const words[] = { "and", "a", "half" };
	guint n = 0;
	gboolean hyphens = cr_tok_punct(s, i, '-') && cr_tok_joined(s, i);
	for (guint w = 0; w < G_N_ELEMENTS(words); w++) {
		if (hyphens && w > 0 && !(cr_tok_punct(s, i + n, '-') && cr_tok_joined(s, i + n)))
			return 0;
		n += hyphens ? 1 : 0;
		if (!cr_tok_word(s, i + n, words[w]) ||
		    (hyphens ? !cr_tok_joined(s, i + n)
			     : !cr_tok_spaced(s, i + n) || s->tok[i + n].gap == CR_GAP_LINE))
			return 0;
		n++;
	}
	if (q->decimals || q->exponent != 0 || q->mantissa > G_MAXUINT64 / 10)
		return 0;
	q->mantissa = q->mantissa * 10 + 5;
	q->exponent = -1;
	q->decimals = 1;
	return n;
}

/* "an hour and a half", "a year and a half" at I: an article, a unit of
 * time and "and a half", one and a half of the unit. Sets Q; returns the
 * tokens used, else 0. */
guint number_unit_and_a_half(const CrTokens *s, guint i, Quantity *q)
{
	if ((!cr_tok_word(s, i, "a") && !cr_tok_word(s, i, "an")) || !cr_tok_spaced(s, i + 1))
		return 0;
	Quantity one = { .mantissa = 1, .unit = U_NONE, .in_words = TRUE };
	guint unit = number_unit_after(s, i + 1, &one);
	if (!unit || one.unit < U_YEARS || one.unit > U_MINUTES)
		return 0;
	guint half = number_half_after(s, i + 1 + unit, &one);
	if (!half)
		return 0;
	*q = one;
	return 1 + unit + half;
}

/* "and six months" after an amount of years at I ("7 years and 6
 * months"): adds the months when they make whole quarters of a year.
 * Returns the tokens used. */
guint number_months_after_years(const CrTokens *s, guint i, Quantity *q)
{
	Quantity m = { .unit = U_NONE };
	if (q->unit != U_YEARS || q->decimals || q->exponent != 0 || !cr_tok_word(s, i, "and") ||
	    !cr_tok_spaced(s, i + 1))
		return 0;
	guint k = number_parse_digits(s, i + 1, &m);
	if (!k)
		k = number_parse_words(s, i + 1, &m);
	if (!k || m.decimals || m.mantissa == 0 || m.mantissa >= 12 || m.mantissa % 3 != 0 ||
	    !cr_tok_spaced(s, i + 1 + k) ||
	    !(cr_tok_word(s, i + 1 + k, "months") || cr_tok_word(s, i + 1 + k, "month")) ||
	    q->mantissa > G_MAXUINT64 / 100)
		return 0;
	q->mantissa = q->mantissa * 100 + m.mantissa * 100 / 12;
	q->exponent = -2;
	q->decimals = 2;
	return k + 2;
}

/* "29 annual payments", "12 monthly instalments": an amount counting
 * payments (number_paid_words) right after a word of how often
 * (number_period_words) at I counts the years (months, weeks, days) they
 * span, as "over 29 years" does. */
void number_periods_counted(const CrTokens *s, guint i, Quantity *q)
{
	const CrTokenWord *w = q->noun == i + 2 && cr_tok_find(s, i + 1, &number_paid_words)
				   ? cr_tok_find(s, i, &number_period_words)
				   : NULL;
	if (w) {
		q->unit = w->value;
		q->noun = 0;
	}
}

/* The number and the unit of time after the separator at I of a time
 * spelt out in parts (", 35 seconds", "and 35 seconds", ", and 1
 * minute"): the number in *VALUE, the unit (U_MINUTES, or U_ELAPSED for
 * seconds) in *UNIT. Returns the tokens used, 0 for none. */
static guint time_part(const CrTokens *s, guint i, guint64 *value, int *unit)
{
	guint j = i;
	if (cr_tok_punct(s, j, ','))
		j++;
	if (cr_tok_word(s, j, "and"))
		j++;
	Quantity m = { .unit = U_NONE };
	guint k = j > i && cr_tok_spaced(s, j) ? number_parse_digits(s, j, &m) : 0;
	if (j > i && cr_tok_spaced(s, j) && !k)
		k = number_parse_words(s, j, &m);
	if (!k || m.decimals || m.exponent != 0 || m.mantissa >= 60 || !cr_tok_spaced(s, j + k) ||
	    s->tok[j + k].gap == CR_GAP_LINE)
		return 0;
	if (cr_tok_word(s, j + k, "minutes") || cr_tok_word(s, j + k, "minute"))
		*unit = U_MINUTES;
	else if (cr_tok_word(s, j + k, "seconds") || cr_tok_word(s, j + k, "second"))
		*unit = U_ELAPSED;
	else
		return 0;
	*value = m.mantissa;
	return j + k + 1 - i;
}

/* ", 35 seconds" after an amount of hours or minutes at I ("2 hours, 35
 * seconds", "three minutes and 27 seconds", "2 hours, 1 minute and 9
 * seconds"): a stopwatch's time in words, its value in seconds as
 * "2:00:35" has. Returns the tokens used. */
guint number_seconds_after(const CrTokens *s, guint i, Quantity *q)
{
	if ((q->unit != U_HOURS && q->unit != U_MINUTES) || q->decimals || q->exponent != 0 ||
	    q->mantissa > 1000 || i >= s->n)
		return 0;
	guint64 total = q->mantissa * (q->unit == U_HOURS ? 3600 : 60), value = 0;
	int unit = U_NONE, last = q->unit;
	guint j = i, k;
	while ((k = time_part(s, j, &value, &unit)) > 0 && last == U_HOURS && unit == U_MINUTES) {
		total += value * 60;
		last = U_MINUTES;
		j += k;
	}
	if (!k || unit != U_ELAPSED)
		return 0;
	q->mantissa = total + value;
	q->unit = U_ELAPSED;
	return j + k - i;
}

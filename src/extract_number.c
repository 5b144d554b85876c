/* Numbers and quantities: cardinals in digits or words ("two million"),
 * ordinals ("31st"), money ("$1.18 billion"), percentages and a few units,
 * each with a normalized value and unit.
 *
 * Left out on purpose, as they are no quantity or belong to another fact:
 * digits of a date fact; digits in a name or code ("G7", "COVID-19",
 * "F-35", "5G"); numbers joined by '-', '/' or ':' ("3-1", "24/7", "18:13",
 * phone numbers); version numbers ("2.74.1", "version 2.74"); list
 * numbering at a line start ("1. "); bare years ("2023"); bare integers
 * with a leading zero or seven digits and more (codes, phone numbers);
 * compounds ("10-year", "two-day"); times ("3 p.m."); a capitalised
 * number word inside a sentence ("Article Five", "Group of Seven"); "one"
 * alone (mostly a pronoun); ordinal words ("first"). */
#include "crossread/extract.h"

#include <math.h>
#include <string.h>

#include "crossread/text.h"
#include "stem.h"
#include "tokens.h"

/* Where a multiplier may follow: joined ("5bn"), spaced ("5 billion"),
 * after a dash ("5.5-billion"), or only after a currency ("$5m"). */
enum {
	MULT_JOINED = 1 << 8,
	MULT_SPACED = 1 << 9,
	MULT_DASHED = 1 << 10,
	MULT_MONEY_ONLY = 1 << 11,
	MULT_EXPONENT = 0xff,
};

/* A quantity as read: mantissa * 10^exponent, with its unit. */
typedef struct {
	guint64 mantissa;
	int exponent;
	guint decimals;	     /* digits written after the point */
	int unit;	     /* an index of unit_names, or U_NONE */
	gboolean multiplied; /* "million", "bn" */
	gboolean grouped;    /* written with thousands separators: "5,000" */
	gboolean in_words;   /* "two million" */
	gboolean lone_one;   /* the word "one" and nothing else */
	guint digits;	     /* digits written before the point */
	guint noun;	     /* 1 + the token of the noun it counts ("400 volunteers"), or 0 */
	char bound;	     /* '>' "more than 300", '<' "up to 300", '~' "about 300", or 0 */
} Quantity;

/* The units a quantity can have; currencies first, up to U_LAST_MONEY. */
enum {
	U_USD,
	U_EUR,
	U_GBP,
	U_JPY,
	U_CNY,
	U_INR,
	U_RUB,
	U_AUD,
	U_CAD,
	U_CHF,
	U_KRW,
	U_HKD,
	U_NOK,
	U_SEK,
	U_DKK,
	U_PLN,
	U_BRL,
	U_MXN,
	U_ZAR,
	U_SGD,
	U_NZD,
	U_PERCENT,
	U_BP,
	U_PP,
	U_CENTS,
	U_PENCE,
	U_YEARS,
	U_MONTHS,
	U_WEEKS,
	U_DAYS,
	U_HOURS,
	U_MINUTES,
	U_KM,
	U_MI,
	U_M,
	U_KG,
	U_T,
	U_KW,
	U_MW,
	U_GW,
	U_KWH,
	U_MWH,
	U_GWH,
	U_PEOPLE,
	U_ORDINAL,
	U_TALLY,
	U_AGE,
	U_NONE = -1,
	U_LAST_MONEY = U_NZD,
};
static const char *const unit_names[] = {
	[U_USD] = "USD",
	[U_EUR] = "EUR",
	[U_GBP] = "GBP",
	[U_JPY] = "JPY",
	[U_CNY] = "CNY",
	[U_INR] = "INR",
	[U_RUB] = "RUB",
	[U_AUD] = "AUD",
	[U_CAD] = "CAD",
	[U_CHF] = "CHF",
	[U_KRW] = "KRW",
	[U_HKD] = "HKD",
	[U_NOK] = "NOK",
	[U_SEK] = "SEK",
	[U_DKK] = "DKK",
	[U_PLN] = "PLN",
	[U_BRL] = "BRL",
	[U_MXN] = "MXN",
	[U_ZAR] = "ZAR",
	[U_SGD] = "SGD",
	[U_NZD] = "NZD",
	[U_PERCENT] = "%",
	[U_BP] = "bp",
	[U_PP] = "pp",
	[U_CENTS] = "cents",
	[U_PENCE] = "pence",
	[U_YEARS] = "years",
	[U_MONTHS] = "months",
	[U_WEEKS] = "weeks",
	[U_DAYS] = "days",
	[U_HOURS] = "hours",
	[U_MINUTES] = "minutes",
	[U_KM] = "km",
	[U_MI] = "mi",
	[U_M] = "m",
	[U_KG] = "kg",
	[U_T] = "t",
	[U_KW] = "kW",
	[U_MW] = "MW",
	[U_GW] = "GW",
	[U_KWH] = "kWh",
	[U_MWH] = "MWh",
	[U_GWH] = "GWh",
	[U_PEOPLE] = "people",
	[U_ORDINAL] = "ordinal",
	[U_TALLY] = "tally",
	[U_AGE] = "years old",
};

/* Currency symbols written before the amount. */
static const struct {
	gunichar symbol;
	int unit;
} currency_symbols[] = {
	{ '$', U_USD },	 { 0x20AC, U_EUR }, { 0xA3, U_GBP },
	{ 0xA5, U_JPY }, { 0x20B9, U_INR }, { 0x20BD, U_RUB },
};

/* Currency codes before or after an amount ("USD 5", "5 EUR"); case matters. */
static const CrTokenWord currency_codes_table[] = {
	{ "USD", U_USD }, { "EUR", U_EUR }, { "GBP", U_GBP }, { "JPY", U_JPY }, { "CNY", U_CNY },
	{ "RMB", U_CNY }, { "INR", U_INR }, { "RUB", U_RUB }, { "AUD", U_AUD }, { "CAD", U_CAD },
	{ "CHF", U_CHF }, { "KRW", U_KRW }, { "HKD", U_HKD }, { "NOK", U_NOK }, { "SEK", U_SEK },
	{ "DKK", U_DKK }, { "PLN", U_PLN }, { "BRL", U_BRL }, { "MXN", U_MXN }, { "ZAR", U_ZAR },
	{ "SGD", U_SGD }, { "NZD", U_NZD },
};
static CrLexicon currency_codes = CR_LEXICON(currency_codes_table);

/* Words after an amount that name its unit. */
static const CrTokenWord unit_words_table[] = {
	{ "dollars", U_USD },	{ "dollar", U_USD },   { "euros", U_EUR },     { "euro", U_EUR },
	{ "yuan", U_CNY },	{ "renminbi", U_CNY }, { "yen", U_JPY },       { "rupees", U_INR },
	{ "rupee", U_INR },	{ "roubles", U_RUB },  { "rubles", U_RUB },    { "percent", U_PERCENT },
	{ "pct", U_PERCENT },	{ "pc", U_PERCENT },   { "km", U_KM },	       { "kilometres", U_KM },
	{ "kilometers", U_KM }, { "kilometre", U_KM }, { "kilometer", U_KM },  { "miles", U_MI },
	{ "mile", U_MI },	{ "metres", U_M },     { "meters", U_M },      { "kg", U_KG },
	{ "kilograms", U_KG },	{ "kilogram", U_KG },  { "tonnes", U_T },      { "tons", U_T },
	{ "tonne", U_T },	{ "ton", U_T },	       { "people", U_PEOPLE }, { "persons", U_PEOPLE },
	{ "pounds", U_GBP },	{ "pound", U_GBP },    { "francs", U_CHF },    { "franc", U_CHF },
	{ "cents", U_CENTS },	{ "cent", U_CENTS },   { "pence", U_PENCE },   { "bp", U_BP },
	{ "bps", U_BP },
};
static CrLexicon unit_words = CR_LEXICON(unit_words_table);

/* Units of time after an amount: "72 hours", "a 14-week trial". */
static const CrTokenWord time_units_table[] = {
	{ "years", U_YEARS },	  { "year", U_YEARS },	   { "yrs", U_YEARS },	  { "months", U_MONTHS },
	{ "month", U_MONTHS },	  { "weeks", U_WEEKS },	   { "week", U_WEEKS },	  { "days", U_DAYS },
	{ "day", U_DAYS },	  { "hours", U_HOURS },	   { "hour", U_HOURS },	  { "hrs", U_HOURS },
	{ "minutes", U_MINUTES }, { "minute", U_MINUTES }, { "mins", U_MINUTES }, { "min", U_MINUTES },
};
static CrLexicon time_units = CR_LEXICON(time_units_table);

/* The first word of a unit of two: "basis points", "percentage points". */
static const CrTokenWord point_units_table[] = { { "basis", U_BP }, { "percentage", U_PP } };
static CrLexicon point_units = CR_LEXICON(point_units_table);

/* Words that name the country of a currency before its name ("US dollars",
 * "Swiss francs"), with the currency. */
static const CrTokenWord currency_countries_table[] = {
	{ "US", U_USD },	 { "Swiss", U_CHF },	 { "Canadian", U_CAD },
	{ "Australian", U_AUD }, { "Singapore", U_SGD }, { "Singaporean", U_SGD },
};
static CrLexicon currency_countries = CR_LEXICON(currency_countries_table);

/* Plurals without an s that a number may count: "six children". */
static const CrTokenWord irregular_plurals_table[] = {
	{ "children", 0 }, { "men", 0 },  { "women", 0 },     { "police", 0 },
	{ "staff", 0 },	   { "feet", 0 }, { "personnel", 0 }, { "cattle", 0 },
};
static CrLexicon irregular_plurals = CR_LEXICON(irregular_plurals_table);

/* Words that may follow a number and end in s, yet name nothing counted
 * ("as", "thus"), beside the function words of cr_tok_function_word(), which
 * qualify no noun either ("three more years"). */
static const CrTokenWord not_counted_table[] = {
	{ "as", 0 },  { "is", 0 },     { "thus", 0 },	 { "plus", 0 }, { "minus", 0 },
	{ "yes", 0 }, { "always", 0 }, { "perhaps", 0 }, { "per", 0 },
};
static CrLexicon not_counted = CR_LEXICON(not_counted_table);

/* Power units after an amount, whose case matters ("MW", not "mw"). */
static const CrTokenWord power_units_table[] = {
	{ "kW", U_KW }, { "MW", U_MW }, { "GW", U_GW }, { "kWh", U_KWH }, { "MWh", U_MWH }, { "GWh", U_GWH },
};
static CrLexicon power_units = CR_LEXICON(power_units_table);

/* Words and abbreviations that multiply an amount, with where they may stand. */
static const CrTokenWord multipliers_table[] = {
	{ "thousand", 3 | MULT_SPACED | MULT_DASHED }, { "million", 6 | MULT_SPACED | MULT_DASHED },
	{ "billion", 9 | MULT_SPACED | MULT_DASHED },  { "trillion", 12 | MULT_SPACED | MULT_DASHED },
	{ "bn", 9 | MULT_SPACED | MULT_JOINED },       { "mn", 6 | MULT_SPACED | MULT_JOINED },
	{ "mln", 6 | MULT_SPACED | MULT_JOINED },      { "tn", 12 | MULT_SPACED | MULT_JOINED },
	{ "trn", 12 | MULT_SPACED | MULT_JOINED },     { "m", 6 | MULT_JOINED | MULT_MONEY_ONLY },
	{ "k", 3 | MULT_JOINED | MULT_MONEY_ONLY },
};
static CrLexicon multipliers = CR_LEXICON(multipliers_table);

/* Number words below a hundred. */
static const CrTokenWord number_words_table[] = {
	{ "zero", 0 },	   { "one", 1 },      { "two", 2 },	   { "three", 3 },     { "four", 4 },
	{ "five", 5 },	   { "six", 6 },      { "seven", 7 },	   { "eight", 8 },     { "nine", 9 },
	{ "ten", 10 },	   { "eleven", 11 },  { "twelve", 12 },	   { "thirteen", 13 }, { "fourteen", 14 },
	{ "fifteen", 15 }, { "sixteen", 16 }, { "seventeen", 17 }, { "eighteen", 18 }, { "nineteen", 19 },
	{ "twenty", 20 },  { "thirty", 30 },  { "forty", 40 },	   { "fifty", 50 },    { "sixty", 60 },
	{ "seventy", 70 }, { "eighty", 80 },  { "ninety", 90 },
};
static CrLexicon number_words = CR_LEXICON(number_words_table);

/* Scale words inside a number in words, as powers of ten. */
static const CrTokenWord scale_words_table[] = {
	{ "hundred", 2 }, { "thousand", 3 }, { "million", 6 }, { "billion", 9 }, { "trillion", 12 },
};
static CrLexicon scale_words = CR_LEXICON(scale_words_table);

/* Ordinal words; "twenty-first" is read as a tens word and one of these. */
static const CrTokenWord ordinal_words_table[] = {
	{ "first", 1 },	       { "second", 2 },	     { "third", 3 },	   { "fourth", 4 },
	{ "fifth", 5 },	       { "sixth", 6 },	     { "seventh", 7 },	   { "eighth", 8 },
	{ "ninth", 9 },	       { "tenth", 10 },	     { "eleventh", 11 },   { "twelfth", 12 },
	{ "thirteenth", 13 },  { "fourteenth", 14 }, { "fifteenth", 15 },  { "sixteenth", 16 },
	{ "seventeenth", 17 }, { "eighteenth", 18 }, { "nineteenth", 19 }, { "twentieth", 20 },
	{ "thirtieth", 30 },   { "fortieth", 40 },   { "fiftieth", 50 },   { "sixtieth", 60 },
	{ "seventieth", 70 },  { "eightieth", 80 },  { "ninetieth", 90 },  { "hundredth", 100 },
};
static CrLexicon ordinal_words = CR_LEXICON(ordinal_words_table);

/* What bounds an amount, written before it: "more than 300" is not 300
 * but more, "up to 300" at most that, "about 300" that or near it. */
static const struct {
	const char *words[3];
	char bound;
} bound_phrases[] = {
	{ { "more", "than" }, '>' },
	{ { "over" }, '>' },
	{ { "above" }, '>' },
	{ { "at", "least" }, '>' },
	{ { "greater", "than" }, '>' },
	{ { "in", "excess", "of" }, '>' },
	{ { "upwards", "of" }, '>' },
	{ { "fewer", "than" }, '<' },
	{ { "less", "than" }, '<' },
	{ { "under" }, '<' },
	{ { "below" }, '<' },
	{ { "up", "to" }, '<' },
	{ { "at", "most" }, '<' },
	{ { "as", "many", "as" }, '<' },
	{ { "as", "much", "as" }, '<' },
	{ { "no", "more", "than" }, '<' },
	{ { "about" }, '~' },
	{ { "around" }, '~' },
	{ { "some" }, '~' },
	{ { "approximately" }, '~' },
	{ { "roughly" }, '~' },
	{ { "nearly" }, '~' },
	{ { "almost" }, '~' },
	{ { "an", "estimated" }, '~' },
	{ { "close", "to" }, '~' },
};
/* The words those phrases end with: a number after none has no bound. */
static const CrTokenWord bound_ends_table[] = {
	{ "than", 0 },	 { "over", 0 },	     { "above", 0 },
	{ "least", 0 },	 { "of", 0 },	     { "under", 0 },
	{ "below", 0 },	 { "to", 0 },	     { "most", 0 },
	{ "as", 0 },	 { "about", 0 },     { "around", 0 },
	{ "some", 0 },	 { "roughly", 0 },   { "nearly", 0 },
	{ "almost", 0 }, { "estimated", 0 }, { "approximately", 0 },
};
static CrLexicon bound_ends = CR_LEXICON(bound_ends_table);

/* Words that may open a quantity: numbers and ordinals in words, and
 * before "quarter", "half" or a scale ("a quarter-point", "half a point",
 * "a thousand") an article, or "half" before one. */
enum { OPENS_WORDS = 1, OPENS_ARTICLE = 2, OPENS_HALF = 3 };
static const CrTokenWord openers_table[] = {
	{ "zero", 1 },	      { "one", 1 },	   { "two", 1 },	{ "three", 1 },
	{ "four", 1 },	      { "five", 1 },	   { "six", 1 },	{ "seven", 1 },
	{ "eight", 1 },	      { "nine", 1 },	   { "ten", 1 },	{ "eleven", 1 },
	{ "twelve", 1 },      { "thirteen", 1 },   { "fourteen", 1 },	{ "fifteen", 1 },
	{ "sixteen", 1 },     { "seventeen", 1 },  { "eighteen", 1 },	{ "nineteen", 1 },
	{ "twenty", 1 },      { "thirty", 1 },	   { "forty", 1 },	{ "fifty", 1 },
	{ "sixty", 1 },	      { "seventy", 1 },	   { "eighty", 1 },	{ "ninety", 1 },
	{ "first", 1 },	      { "second", 1 },	   { "third", 1 },	{ "fourth", 1 },
	{ "fifth", 1 },	      { "sixth", 1 },	   { "seventh", 1 },	{ "eighth", 1 },
	{ "ninth", 1 },	      { "tenth", 1 },	   { "eleventh", 1 },	{ "twelfth", 1 },
	{ "thirteenth", 1 },  { "fourteenth", 1 }, { "fifteenth", 1 },	{ "sixteenth", 1 },
	{ "seventeenth", 1 }, { "eighteenth", 1 }, { "nineteenth", 1 }, { "twentieth", 1 },
	{ "thirtieth", 1 },   { "fortieth", 1 },   { "fiftieth", 1 },	{ "sixtieth", 1 },
	{ "seventieth", 1 },  { "eightieth", 1 },  { "ninetieth", 1 },	{ "hundredth", 1 },
	{ "a", 2 },	      { "an", 2 },	   { "half", 3 },
};
static CrLexicon openers = CR_LEXICON(openers_table);

/* What an article or "half" must be followed by to open a quantity. */
static const CrTokenWord fraction_words_table[] = {
	{ "quarter", 0 }, { "half", 0 },    { "hundred", 0 },  { "thousand", 0 },
	{ "million", 0 }, { "billion", 0 }, { "trillion", 0 }, { "a", 0 },
};
static CrLexicon fraction_words = CR_LEXICON(fraction_words_table);

/* Words before a number that make it a version, not a quantity. */
static const CrTokenWord version_words_table[] = {
	{ "version", 0 }, { "ver", 0 }, { "release", 0 }, { "v", 0 }, { "build", 0 },
};
static CrLexicon version_words = CR_LEXICON(version_words_table);

/* 10^E for small E. */
static guint64 power_of_ten(int e)
{
	guint64 p = 1;
	while (e-- > 0)
		p *= 10;
	return p;
}

/* The currency the symbol CH stands for, or -1. */
static int symbol_unit(gunichar ch)
{
	for (guint k = 0; k < G_N_ELEMENTS(currency_symbols); k++)
		if (currency_symbols[k].symbol == ch)
			return currency_symbols[k].unit;
	return -1;
}

/* TRUE when Q is an amount of money. */
static gboolean is_money(const Quantity *q)
{
	return q->unit != U_NONE && q->unit <= U_LAST_MONEY;
}

/* TRUE when a quantity can begin at token I: digits, a currency symbol or
 * code, a number word. A cheap test before reading it. */
static gboolean could_begin_quantity(const CrTokens *s, guint i)
{
	const CrToken *t = &s->tok[i];
	if (t->kind == CR_TOKEN_NUMBER)
		return TRUE;
	if (t->kind == CR_TOKEN_PUNCT)
		return symbol_unit(t->ch) >= 0;
	const CrTokenWord *w = cr_tok_find(s, i, &openers);
	if (w)
		return w->value == OPENS_WORDS || (i + 1 < s->n && cr_tok_find(s, i + 1, &fraction_words));
	return t->upper && (cr_tok_word(s, i, "US") || cr_tok_find(s, i, &currency_codes));
}

/* A currency before the amount at I: "$", "US$", "€", "USD ". Sets
 * Q's unit; returns the tokens used. */
static guint parse_currency_before(const CrTokens *s, guint i, Quantity *q)
{
	guint n = 0;
	if (cr_tok_word(s, i, "US") && cr_tok_punct(s, i + 1, '$') && cr_tok_joined(s, i + 1))
		n = 1;
	int unit = i + n < s->n && s->tok[i + n].kind == CR_TOKEN_PUNCT ? symbol_unit(s->tok[i + n].ch) : -1;
	if (unit >= 0) {
		q->unit = unit;
		return n + 1;
	}
	const CrTokenWord *w = !n && i < s->n && s->tok[i].upper ? cr_tok_find(s, i, &currency_codes) : NULL;
	if (w && memcmp(s->data + s->tok[i].start, w->word, 3) == 0 && cr_tok_spaced(s, i + 1)) {
		q->unit = w->value;
		return 1;
	}
	return 0;
}

/* Digits at I: "5", "5,000", "1.18", "1,234.5". Sets Q; returns the tokens
 * used, 0 for no number or a version ("2.74.1"). */
static guint parse_digits(const CrTokens *s, guint i, Quantity *q)
{
	if (i >= s->n || s->tok[i].kind != CR_TOKEN_NUMBER)
		return 0;
	guint n = 1, total = cr_token_digits(&s->tok[i]);
	guint64 m = s->tok[i].value;
	while (cr_tok_continues_number(s, i + n, ",") && cr_tok_number(s, i + n + 1, 3, 3) &&
	       cr_token_digits(&s->tok[i]) <= 3) {
		m = m * 1000 + s->tok[i + n + 1].value;
		total += 3;
		q->grouped = TRUE;
		n += 2;
	}
	q->digits = total;
	if (cr_tok_continues_number(s, i + n, ".")) {
		const CrToken *frac = &s->tok[i + n + 1];
		guint d = cr_token_digits(frac);
		total += d;
		if (total > 18 || cr_tok_continues_number(s, i + n + 2, ".,"))
			return 0;
		m = m * power_of_ten((int)d) + frac->value;
		q->decimals = d;
		q->exponent = -(int)d;
		n += 2;
	}
	if (total > 18 || cr_tok_continues_number(s, i + n, ","))
		return 0;
	q->mantissa = m;
	return n;
}

/* Where a number in words has got to. */
typedef enum { WORDS_NONE, WORDS_UNITS, WORDS_TENS, WORDS_HUNDRED, WORDS_SCALE } WordsState;

/* A number in words at I: "five", "twenty-five", "two hundred and fifty",
 * "two million". Sets Q; returns the tokens used. */
static guint parse_words(const CrTokens *s, guint i, Quantity *q)
{
	guint64 total = 0, group = 0;
	WordsState state = WORDS_NONE;
	guint j = i, words = 0;
	/* "a thousand", "a million": one of the scale */
	if ((cr_tok_word(s, i, "a") || cr_tok_word(s, i, "an")) && cr_tok_spaced(s, i + 1) &&
	    s->tok[i + 1].gap != CR_GAP_LINE && cr_tok_find(s, i + 1, &scale_words)) {
		group = 1;
		state = WORDS_UNITS;
		j++;
		words++;
	}
	while (j < s->n) {
		guint sep = 0;
		if (state == WORDS_TENS && cr_tok_punct(s, j, '-') && cr_tok_joined(s, j) &&
		    cr_tok_joined(s, j + 1))
			sep = 1;
		else if ((state == WORDS_HUNDRED || state == WORDS_SCALE) && cr_tok_word(s, j, "and"))
			sep = 1;
		else if (state != WORDS_NONE && (!cr_tok_spaced(s, j) || s->tok[j].gap == CR_GAP_LINE))
			break;
		const CrTokenWord *small = cr_tok_find(s, j + sep, &number_words);
		const CrTokenWord *scale = sep ? NULL : cr_tok_find(s, j, &scale_words);
		gboolean small_fits = small &&
				      (state == WORDS_NONE || (state == WORDS_TENS && small->value < 10) ||
				       state >= WORDS_HUNDRED) &&
				      (state == WORDS_NONE || small->value > 0);
		if (small_fits) {
			group += (guint64)small->value;
			state = small->value >= 20 ? WORDS_TENS : WORDS_UNITS;
		} else if (scale && scale->value == 2 && (state == WORDS_UNITS || state == WORDS_TENS)) {
			group *= 100;
			state = WORDS_HUNDRED;
		} else if (scale && scale->value > 2 && state != WORDS_NONE && state != WORDS_SCALE) {
			total += group * power_of_ten(scale->value);
			group = 0;
			state = WORDS_SCALE;
			q->multiplied = TRUE;
		} else {
			break;
		}
		j += sep + 1;
		words++;
	}
	if (!words)
		return 0;
	q->mantissa = total + group;
	q->in_words = TRUE;
	q->lone_one = words == 1 && q->mantissa == 1;
	return j - i;
}

/* A multiplier after the amount at I ("billion", "-billion", "bn", "m"
 * after money). */
static guint parse_multiplier(const CrTokens *s, guint i, Quantity *q)
{
	guint dash = cr_tok_punct(s, i, '-') && cr_tok_joined(s, i) && cr_tok_joined(s, i + 1) ? 1 : 0;
	const CrTokenWord *w = cr_tok_find(s, i + dash, &multipliers);
	if (!w || s->tok[i].gap == CR_GAP_LINE || ((w->value & MULT_MONEY_ONLY) && !is_money(q)))
		return 0;
	int where = dash ? MULT_DASHED : s->tok[i].gap == CR_GAP_NONE ? MULT_JOINED : MULT_SPACED;
	if (!(w->value & where))
		return 0;
	q->exponent += w->value & MULT_EXPONENT;
	q->multiplied = TRUE;
	return dash + 1;
}

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
	const CrTokenWord *w = i < s->n && s->tok[i].upper ? cr_tok_find(s, i, &currency_countries) : NULL;
	if (!w || !cr_tok_spaced(s, i + 1))
		return 0;
	*unit = w->value;
	return 1;
}

/* A unit after the amount at I: "%", "percent", "per cent", "basis points",
 * "dollars", "US dollars", "Swiss francs", "U.S. cents", "km",
 * "-kilometre", "hours", "-week", "MW", "people", "EUR". Sets Q; returns
 * the tokens used. */
static guint parse_unit_after(const CrTokens *s, guint i, Quantity *q)
{
	if (i >= s->n || s->tok[i].gap == CR_GAP_LINE)
		return 0;
	if (cr_tok_punct(s, i, '%')) {
		q->unit = U_PERCENT;
		return 1;
	}
	if (cr_tok_word(s, i, "per") && cr_tok_spaced(s, i + 1) && cr_tok_word(s, i + 1, "cent")) {
		q->unit = U_PERCENT;
		return 2;
	}
	const CrTokenWord *w = cr_tok_find(s, i, &point_units);
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
	w = cr_tok_find(s, i + n, &unit_words);
	if (w && country != U_NONE) {
		/* "Swiss francs", "US cents"; "US people" is no unit */
		if (w->value != U_CENTS && !(w->value <= U_LAST_MONEY))
			return 0;
		q->unit = w->value == U_CENTS ? U_CENTS : country;
		return n + 1;
	}
	if (!w && country == U_NONE)
		w = cr_tok_find(s, i + n, &time_units);
	/* "a 44-year-old": an age */
	if (w && w->value == U_YEARS && n == 1 && cr_tok_punct(s, i + 2, '-') && cr_tok_joined(s, i + 2) &&
	    cr_tok_joined(s, i + 3) && cr_tok_word(s, i + 3, "old")) {
		q->unit = U_AGE;
		return 4;
	}
	if (w) {
		q->unit = w->value;
		return n + 1;
	}
	if (country != U_NONE)
		return 0;
	w = cr_tok_find(s, i, &power_units);
	if (!w)
		w = cr_tok_find(s, i, &currency_codes);
	if (w && memcmp(s->data + s->tok[i].start, w->word, strlen(w->word)) == 0) {
		q->unit = w->value;
		return 1;
	}
	return 0;
}

/* TRUE when the word at I reads as a plural noun: "volunteers",
 * "ambulances", "children"; not "business", "bonus", "crisis". */
static gboolean is_plural(const CrTokens *s, guint i)
{
	const CrToken *t = &s->tok[i];
	gsize len = t->end - t->start;
	const char *w = s->data + t->start;
	if (cr_tok_find(s, i, &irregular_plurals))
		return TRUE;
	return len >= 4 && w[len - 1] == 's' && w[len - 2] != 's' && w[len - 2] != 'u' && w[len - 2] != 'i';
}

/* TRUE when the word at I may qualify the noun after it ("family" in
 * "1,500 family tents"): three letters or more, not a participle
 * ("three wanted to wait", "five living"). */
static gboolean can_qualify(const CrTokens *s, guint i)
{
	const CrToken *t = &s->tok[i];
	gsize len = t->end - t->start;
	const char *w = s->data + t->start;
	if (len < 3 || (len > 3 && memcmp(w + len - 2, "ed", 2) == 0))
		return FALSE;
	return !(len > 4 && memcmp(w + len - 3, "ing", 3) == 0);
}

/* The noun a quantity ending before I counts: a lower-case plural on the
 * same line, maybe after one word that qualifies it ("400 volunteers",
 * "1,500 family tents", "six children"). Sets Q's noun; returns the
 * tokens used. */
static guint parse_counted(const CrTokens *s, guint i, Quantity *q)
{
	for (guint k = 0; k < 2; k++) {
		guint t = i + k;
		if (t >= s->n || s->tok[t].kind != CR_TOKEN_WORD || s->tok[t].gap != CR_GAP_SPACE ||
		    s->tok[t].upper || cr_tok_function_word(s, t) || cr_tok_find(s, t, &not_counted))
			return 0;
		if (is_plural(s, t)) {
			q->noun = t + 1;
			return k + 1;
		}
		if (!can_qualify(s, t))
			return 0;
	}
	return 0;
}

/* "and a half" after a number at I, spaced or hyphenated ("seven and a
 * half", "seven-and-a-half"): adds a half to Q; returns the tokens used. */
static guint parse_half(const CrTokens *s, guint i, Quantity *q)
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

/* "and six months" after an amount of years at I ("7 years and 6
 * months"): adds the months when they make whole quarters of a year.
 * Returns the tokens used. */
static guint parse_months_after_years(const CrTokens *s, guint i, Quantity *q)
{
	Quantity m = { .unit = U_NONE };
	if (q->unit != U_YEARS || q->decimals || q->exponent != 0 || !cr_tok_word(s, i, "and") ||
	    !cr_tok_spaced(s, i + 1))
		return 0;
	guint k = parse_digits(s, i + 1, &m);
	if (!k)
		k = parse_words(s, i + 1, &m);
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

/* "a quarter percentage point", "a quarter of a percentage point", "half
 * a percentage point", "a quarter-point", "three-quarters of a point": a
 * fraction of a percentage point at I. Sets Q; returns the tokens used. */
static guint parse_point_fraction(const CrTokens *s, guint i, Quantity *q)
{
	guint quarters = 0, j = i + 2;
	gboolean article = cr_tok_word(s, i, "a") || cr_tok_word(s, i, "an");
	if (article && cr_tok_word(s, i + 1, "quarter"))
		quarters = 1;
	else if (article && cr_tok_word(s, i + 1, "half"))
		quarters = 2;
	else if (cr_tok_word(s, i, "half") && cr_tok_word(s, i + 1, "a"))
		quarters = 2;
	else if (cr_tok_word(s, i, "three") && cr_tok_word(s, i + 1, "quarters"))
		quarters = 3;
	else if (cr_tok_word(s, i, "three") && cr_tok_punct(s, i + 1, '-') && cr_tok_joined(s, i + 1) &&
		 cr_tok_joined(s, i + 2) && cr_tok_word(s, i + 2, "quarters"))
		quarters = 3, j = i + 3;
	if (!quarters || s->tok[i + 1].gap == CR_GAP_LINE)
		return 0;
	if (cr_tok_word(s, j, "of") && (cr_tok_word(s, j + 1, "a") || cr_tok_word(s, j + 1, "one")))
		j += 2;
	else if (cr_tok_punct(s, j, '-') && cr_tok_joined(s, j) && cr_tok_joined(s, j + 1))
		j++;
	if (cr_tok_word(s, j, "percentage"))
		j++;
	if (!(cr_tok_word(s, j, "point") || cr_tok_word(s, j, "points")) || s->tok[j].gap == CR_GAP_LINE)
		return 0;
	q->mantissa = quarters * 25;
	q->exponent = -2;
	q->decimals = 2;
	q->unit = U_PP;
	return j + 1 - i;
}

/* The bound written before the amount at I ("more than", "up to",
 * "about"): sets *BOUND; returns its tokens, 0 when none. */
static guint parse_bound_before(const CrTokens *s, guint i, char *bound)
{
	guint best = 0;
	if (i == 0 || !cr_tok_find(s, i - 1, &bound_ends))
		return 0;
	for (guint p = 0; p < G_N_ELEMENTS(bound_phrases); p++) {
		guint n = 0;
		while (n < G_N_ELEMENTS(bound_phrases[p].words) && bound_phrases[p].words[n])
			n++;
		if (n <= best || n > i || !cr_tok_spaced(s, i) || s->tok[i].gap == CR_GAP_LINE)
			continue;
		guint k = 0;
		while (k < n && cr_tok_word(s, i - n + k, bound_phrases[p].words[k]) &&
		       (k == 0 || (cr_tok_spaced(s, i - n + k) && s->tok[i - n + k].gap != CR_GAP_LINE)))
			k++;
		if (k == n) {
			best = n;
			*bound = bound_phrases[p].bound;
		}
	}
	return best;
}

/* "+" or "-plus" joined after the whole number at I ("11+ years",
 * "11-plus years"): more than it. Returns the tokens used. */
static guint parse_plus(const CrTokens *s, guint i, Quantity *q)
{
	guint n = 0;
	if (cr_tok_punct(s, i, '+') && cr_tok_joined(s, i))
		n = 1;
	else if (cr_tok_punct(s, i, '-') && cr_tok_joined(s, i) && cr_tok_joined(s, i + 1) &&
		 cr_tok_word(s, i + 1, "plus"))
		n = 2;
	if (n && !q->decimals)
		q->bound = '>';
	return q->decimals ? 0 : n;
}

/* A tally at I, after the whole number Q that began at FIRST: "216-210",
 * "1-0", "a vote of 216 to 210". Two whole numbers, the first not less
 * than the second (a range rises: "10-12"; "216 to 210" must fall), with
 * nothing after them that makes a unit, a range or a code of them ("2-1%",
 * "4-3-3"). Fills HIGH; returns the tokens used. */
static guint parse_tally(const CrTokens *s, guint first, guint i, Quantity *q, Quantity *high)
{
	if (q->in_words || q->decimals || q->grouped || q->unit != U_NONE || q->multiplied || i >= s->n)
		return 0;
	gboolean dash = cr_tok_punct(s, i, '-') && cr_tok_joined(s, i) && cr_tok_joined(s, i + 1);
	gboolean word = s->tok[i].gap == CR_GAP_SPACE && cr_tok_word(s, i, "to") && cr_tok_spaced(s, i + 1) &&
			s->tok[i + 1].gap != CR_GAP_LINE && !(first > 0 && cr_tok_word(s, first - 1, "from"));
	if (!dash && !word)
		return 0;
	Quantity b = { .unit = U_NONE }, after = { .unit = U_NONE, .exponent = 0 };
	guint end = i + 1 + parse_digits(s, i + 1, &b);
	if (end != i + 2 || b.decimals || b.mantissa > q->mantissa || (word && b.mantissa == q->mantissa) ||
	    (end < s->n && s->tok[end].kind == CR_TOKEN_PUNCT && s->tok[end].ch == '-' &&
	     cr_tok_joined(s, end)) ||
	    !cr_tok_ends_cleanly(s, end) || parse_multiplier(s, end, &after) ||
	    parse_unit_after(s, end, &after))
		return 0;
	*high = b;
	q->unit = U_TALLY;
	return end - i;
}

/* An ordinal in words at I: "first", "eleventh", "twenty-first". Sets Q;
 * returns the tokens used. */
static guint parse_ordinal_word(const CrTokens *s, guint i, Quantity *q)
{
	guint n = 0;
	guint64 tens = 0;
	const CrTokenWord *t = cr_tok_find(s, i, &number_words);
	if (t && t->value >= 20 && t->value % 10 == 0 && cr_tok_punct(s, i + 1, '-') &&
	    cr_tok_joined(s, i + 1) && cr_tok_joined(s, i + 2)) {
		tens = (guint64)t->value;
		n = 2;
	}
	const CrTokenWord *w = cr_tok_find(s, i + n, &ordinal_words);
	if (!w || (tens && w->value >= 10))
		return 0;
	q->mantissa = tens + (guint64)w->value;
	q->in_words = TRUE;
	q->unit = U_ORDINAL;
	return n + 1;
}

/* The noun an ordinal ending before I ranks: the lower-case word after it,
 * spaced or after a hyphen ("68th minute", "third time", "68th-minute").
 * Sets Q's noun; returns the tokens used. */
static guint parse_ordinal_noun(const CrTokens *s, guint i, Quantity *q)
{
	guint dash = cr_tok_punct(s, i, '-') && cr_tok_joined(s, i) && cr_tok_joined(s, i + 1) ? 1 : 0;
	guint t = i + dash;
	if (t >= s->n || s->tok[t].kind != CR_TOKEN_WORD || (!dash && s->tok[t].gap != CR_GAP_SPACE) ||
	    s->tok[t].upper || s->tok[t].end - s->tok[t].start < 3 || cr_tok_function_word(s, t) ||
	    cr_tok_find(s, t, &not_counted))
		return 0;
	q->noun = t + 1;
	return dash + 1;
}

/* TRUE when the bare whole number Q at I is an age: after "aged" ("aged
 * 44"), or in apposition to a name ("Holmes, 38, is"). */
static gboolean is_age(const CrTokens *s, guint i, guint end, const Quantity *q)
{
	if (q->in_words || q->decimals || q->grouped || q->unit != U_NONE || q->mantissa == 0 ||
	    q->mantissa > 120 || i == 0 || !cr_tok_spaced(s, i))
		return FALSE;
	if (cr_tok_word(s, i - 1, "aged"))
		return TRUE;
	return i >= 2 && cr_tok_punct(s, i - 1, ',') && cr_tok_joined(s, i - 1) &&
	       s->tok[i - 2].kind == CR_TOKEN_WORD && s->tok[i - 2].upper &&
	       (cr_tok_punct(s, end, ',') || cr_tok_punct(s, end, ')')) && cr_tok_joined(s, end);
}

/* TRUE when token I begins a sentence or a line. */
static gboolean sentence_start(const CrTokens *s, guint i)
{
	if (i == 0 || s->tok[i].gap == CR_GAP_LINE)
		return TRUE;
	const CrToken *p = &s->tok[i - 1];
	return p->kind == CR_TOKEN_PUNCT &&
	       (strchr(".!?:;\"'(-", (int)MIN(p->ch, 0x7f)) || p->ch == 0x201C || p->ch == 0x201D);
}

/* TRUE when the number at I..END is list numbering: "1. " or "2) " at a line start. */
static gboolean list_number(const CrTokens *s, guint i, guint end)
{
	return s->tok[i].gap == CR_GAP_LINE && end == i + 1 &&
	       (cr_tok_punct(s, end, '.') || cr_tok_punct(s, end, ')')) && cr_tok_joined(s, end) &&
	       (end + 1 >= s->n || cr_tok_spaced(s, end + 1));
}

/* TRUE when a bare integer reads as something else: a year, a code with a
 * leading zero, a long identifier, a group of a phone number. */
static gboolean bare_integer_is_not_quantity(const CrTokens *s, guint i, guint end, const Quantity *q)
{
	const CrToken *t = &s->tok[i];
	if (q->grouped)
		return FALSE;
	if (q->digits >= 7 || (q->digits > 1 && s->data[t->start] == '0'))
		return TRUE;
	if (q->digits == 4 && q->mantissa >= 1800 && q->mantissa <= 2100)
		return TRUE;
	return (i > 0 && s->tok[i - 1].kind == CR_TOKEN_NUMBER) ||
	       (end < s->n && s->tok[end].kind == CR_TOKEN_NUMBER && s->tok[end].gap != CR_GAP_LINE);
}

/* Q as a double. */
static double quantity_value(const Quantity *q)
{
	return (double)q->mantissa * pow(10, q->exponent);
}

/* The upper end of a range after the amount Q, which began at token FIRST
 * and ends before I: "2-3%", "2 to 3 per cent", "between 2 and 3 per
 * cent", "$5-6 billion". The upper end names the unit and the scale of
 * both; without one ("six to three", "3-1") there is no range, nor after
 * "from" ("rose from 2 to 3 per cent" is a change). Fills HIGH; returns
 * the tokens used. */
static guint parse_range(const CrTokens *s, guint first, guint i, Quantity *q, Quantity *high)
{
	if ((q->unit != U_NONE && !is_money(q)) || q->multiplied || i >= s->n ||
	    (first > 0 && cr_tok_word(s, first - 1, "from")))
		return 0;
	gboolean dash = cr_tok_punct(s, i, '-') && cr_tok_joined(s, i) && cr_tok_joined(s, i + 1);
	gboolean word = s->tok[i].gap == CR_GAP_SPACE && cr_tok_spaced(s, i + 1) &&
			(cr_tok_word(s, i, "to") ||
			 (cr_tok_word(s, i, "and") && first > 0 && cr_tok_word(s, first - 1, "between")));
	if (!dash && !word)
		return 0;
	Quantity up = { .unit = is_money(q) ? q->unit : U_NONE };
	guint j = i + 1;
	guint k = q->in_words ? parse_words(s, j, &up) : parse_digits(s, j, &up);
	if (!k)
		return 0;
	j += k;
	if (!up.in_words)
		j += parse_multiplier(s, j, &up);
	if (!is_money(&up))
		j += parse_unit_after(s, j, &up);
	if ((up.unit == U_NONE && !up.multiplied) || up.unit == U_ORDINAL || up.unit == U_AGE)
		return 0;
	Quantity low = *q;
	low.exponent += up.exponent + (int)up.decimals;
	if (quantity_value(&low) >= quantity_value(&up))
		return 0;
	*high = up;
	*q = low;
	q->multiplied = high->multiplied;
	q->unit = high->unit;
	return j - i;
}

/* Reads the quantity that begins at token I; returns the tokens it covers,
 * 0 when there is none or it is to be left out (see the top of the file).
 * HIGH gets the upper end of a range ("2-3%"), else no digits. */
static guint match_at(const CrTokens *s, guint i, Quantity *q, Quantity *high)
{
	*q = (Quantity){ .unit = U_NONE };
	*high = (Quantity){ .unit = U_NONE };
	if (!cr_tok_starts_cleanly(s, i))
		return 0;
	guint fraction = parse_point_fraction(s, i, q);
	if (fraction)
		return cr_tok_ends_cleanly(s, i + fraction) ? fraction : 0;
	guint j = i + parse_currency_before(s, i, q);
	/* Digits may touch a currency ("$5"), words may not ("$five"). */
	if (j > i && !cr_tok_starts_cleanly(s, j) && s->tok[j].kind != CR_TOKEN_NUMBER)
		return 0;
	guint k = parse_digits(s, j, q);
	if (!k && j == i && (k = parse_ordinal_word(s, j, q)) > 0) {
		/* "third time": an ordinal in words, in lower case ("First item"
		 * heads a list), ranks a noun, or is no fact */
		guint noun = parse_ordinal_noun(s, j + k, q);
		if (!noun || s->tok[j].upper)
			return 0;
		return cr_tok_ends_cleanly(s, j + k + noun) ? k + noun : 0;
	}
	if (!k) {
		k = parse_words(s, j, q);
		if (!k || (s->tok[j].upper && !sentence_start(s, j)))
			return 0;
	}
	j += k;
	if (!q->in_words)
		j += parse_plus(s, j, q);
	if (!q->in_words && !is_money(q) && !q->decimals && !q->bound && cr_tok_joined(s, j) &&
	    cr_tok_word(s, j, cr_ordinal_suffix(q->mantissa))) {
		q->unit = U_ORDINAL;
		j++;
		j += parse_ordinal_noun(s, j, q);
	} else if (!q->bound && j == i + k && (k = parse_tally(s, i, j, q, high)) > 0) {
		j += k;
	} else {
		j += parse_half(s, j, q);
		if (!q->in_words)
			j += parse_multiplier(s, j, q);
		if (!is_money(q))
			j += parse_unit_after(s, j, q);
		j += parse_months_after_years(s, j, q);
		j += parse_range(s, i, j, q, high);
		if (q->unit == U_NONE && is_age(s, i, j, q))
			q->unit = U_AGE;
		if (q->unit == U_NONE)
			j += parse_counted(s, j, q);
	}
	if (!cr_tok_ends_cleanly(s, j) ||
	    (cr_tok_punct(s, j, '-') && cr_tok_joined(s, j) && cr_tok_joined(s, j + 1)))
		return 0;
	gboolean pm;
	if ((q->lone_one && q->unit == U_NONE && !q->noun) || cr_tok_meridiem(s, j, &pm) ||
	    (i > 0 && cr_tok_spaced(s, i) && cr_tok_find(s, i - 1, &version_words)))
		return 0;
	if (!q->in_words && q->unit == U_NONE && !q->multiplied && !q->decimals &&
	    (list_number(s, i, j) || bare_integer_is_not_quantity(s, i, j, q)))
		return 0;
	return j - i;
}

/* VALUE in decimal digits (printf was a tenth of extracting numbers). */
static char *format_whole(guint64 value)
{
	char digits[24];
	char *p = digits + sizeof digits;
	*--p = '\0';
	do {
		*--p = (char)('0' + value % 10);
		value /= 10;
	} while (value);
	return g_strdup(p);
}

/* The number of Q written out: "1180000000", "2.74", "0.5". */
static char *format_number(const Quantity *q)
{
	if (q->exponent >= 0 && q->mantissa <= G_MAXUINT64 / power_of_ten(q->exponent))
		return format_whole(q->mantissa * power_of_ten(q->exponent));
	if (q->exponent >= 0) {
		char buf[G_ASCII_DTOSTR_BUF_SIZE];
		return g_strdup(
		    g_ascii_formatd(buf, sizeof buf, "%.6g", (double)q->mantissa * pow(10, q->exponent)));
	}
	g_autofree char *digits = g_strdup_printf("%0*" G_GUINT64_FORMAT, -q->exponent + 1, q->mantissa);
	gsize len = strlen(digits), point = len - (gsize)-q->exponent;
	GString *out = g_string_new_len(digits, (gssize)point);
	g_string_append_c(out, '.');
	g_string_append(out, digits + point);
	while (out->str[out->len - 1] == '0')
		g_string_truncate(out, out->len - 1);
	if (out->str[out->len - 1] == '.')
		g_string_truncate(out, out->len - 1);
	return cr_text_steal(out);
}

/* How much a quantity is worth as a fact: money and percentages most, a
 * bare small cardinal least. */
static double quantity_confidence(const Quantity *q)
{
	if (is_money(q) || q->unit == U_PERCENT)
		return 0.9;
	if (q->unit == U_ORDINAL)
		return 0.6;
	if (q->unit != U_NONE)
		return 0.8;
	if (q->multiplied || q->decimals || q->mantissa >= 100)
		return 0.7;
	return q->mantissa < 10 ? 0.4 : 0.5;
}

/* The matching form of NUMBER (written out by format_number(), of value
 * VALUE): as "%.6g" prints it, which for a whole number under a million is
 * its digits. */
static const char *key_number(const char *number, double value, char *buf, gsize size)
{
	if (value >= 0 && value < 1e6 && !strchr(number, '.'))
		return number;
	return g_ascii_formatd(buf, (int)size, "%.6g", value);
}

/* Appends the fact for the quantity Q at [start,end): up to HIGH when it
 * is a range, counting NOUN (as written, or NULL). */
static void add_fact(const CrDoc *doc, guint doc_index, gsize start, gsize end, const Quantity *q,
		     const Quantity *high, const char *noun, GArray *facts)
{
	g_autofree char *number = format_number(q);
	g_autofree char *upper = high->digits ? format_number(high) : NULL;
	/* an age is matched as the bare number it is written as elsewhere
	 * ("Holmes, 38," and "she is 38"), shown with its unit */
	gboolean age = q->unit == U_AGE;
	const char *unit = q->unit != U_NONE && !age ? unit_names[q->unit] : NULL;
	CrFact *f = cr_fact_append(facts, doc, doc_index, start, end, CR_FACT_NUMBER);
	f->num = g_ascii_strtod(number, NULL);
	f->unit = unit;
	gboolean ordinal = q->unit == U_ORDINAL;
	const char *named = age ? unit_names[U_AGE] : unit && !ordinal && q->unit != U_TALLY ? unit : noun;
	char bound[2] = { q->bound, '\0' };
	cr_fact_take_value(f, g_strconcat(bound, number, ordinal ? cr_ordinal_suffix(q->mantissa) : "",
					  upper ? "-" : "", upper ? upper : "", named ? " " : "",
					  named ? named : "", NULL));
	/* a value is matched in basis points whether in them or in percentage
	 * points: "25 basis points", "a quarter percentage point" */
	gboolean points = q->unit == U_PP;
	double key_value = points ? f->num * 100 : f->num;
	g_autofree char *key_digits = points ? g_strdup_printf("%.6g", key_value) : NULL;
	char buf[G_ASCII_DTOSTR_BUF_SIZE], top[G_ASCII_DTOSTR_BUF_SIZE];
	/* "more than 300" is not 300, "about 300" may be */
	char key_bound[2] = { q->bound == '~' ? '\0' : q->bound, '\0' };
	f->key = g_strconcat(
	    key_bound, key_number(points ? key_digits : number, key_value, buf, sizeof buf), upper ? "-" : "",
	    upper ? key_number(upper, g_ascii_strtod(upper, NULL), top, sizeof top) : "", "|",
	    points ? unit_names[U_BP]
	    : unit ? unit
		   : "",
	    NULL);
	if (noun && !ordinal) {
		gsize len = strlen(noun);
		f->counted = g_ascii_strdown(noun, (gssize)(len > 3 && noun[len - 1] == 's' ? len - 1 : len));
	}
	f->confidence = quantity_confidence(q);
}

/* How many tokens a number's sentence is read for on each side. */
#define CONTEXT_TOKENS 40
/* The most other numbers of its sentence a number keeps. */
#define MAX_NEIGHBOURS 16

/* A number fact of the current block and the tokens it covers. */
typedef struct {
	guint fact;
	guint first, last;
	guint own_end;	/* its words that are left out of its context end here: an
			 * ordinal's noun is not ("the eleventh hike", "the 11th rate hike") */
	gboolean small; /* a whole number under 100, not money: one that many things
			 * share, told apart by its sentence (align_group.c) */
} BlockNumber;

/* Per token of a block, the hash of its stem for a context: not looked at
 * yet, or no content word. */
#define STEM_UNKNOWN 0xffffffffu
#define STEM_NONE    0xfffffffeu

/* TRUE when token I ends a sentence: ".", "!" or "?" before a space or
 * the end of the block; not the point of an initial ("U.S. central bank"). */
static gboolean ends_sentence(const CrTokens *s, guint i)
{
	const CrToken *t = &s->tok[i];
	if (t->kind != CR_TOKEN_PUNCT || !(t->ch == '.' || t->ch == '!' || t->ch == '?') ||
	    (i + 1 < s->n && s->tok[i + 1].gap == CR_GAP_NONE))
		return FALSE;
	const CrToken *p = i > 0 ? &s->tok[i - 1] : NULL;
	return !(t->ch == '.' && p && p->kind == CR_TOKEN_WORD && p->upper && p->end - p->start == 1 &&
		 t->gap == CR_GAP_NONE);
}

/* The FNV-1a hash of LEN bytes at P. */
static guint32 hash_bytes(const char *p, gsize len)
{
	guint32 h = 2166136261u;
	for (gsize k = 0; k < len; k++)
		h = (h ^ (guchar)p[k]) * 16777619u;
	return h;
}

/* Inserts H into the sorted HASHES (*N of them), once. */
static void insert_hash(guint32 *hashes, guint *n, guint32 h)
{
	guint at = *n;
	while (at > 0 && hashes[at - 1] > h)
		at--;
	if (at > 0 && hashes[at - 1] == h)
		return;
	memmove(hashes + at + 1, hashes + at, (*n - at) * sizeof hashes[0]);
	hashes[at] = h;
	(*n)++;
}

/* Gives fact NUMBER (of the block's NUMBERS) the stems of the content words
 * of its sentence (at most CONTEXT_TOKENS tokens each side, its own words
 * left out) and, marked CR_CONTEXT_NEIGHBOUR, the keys of the other
 * numbers in it: what tells "five seats" of one party from "five seats" of
 * another, and 56% of a revenue of $46.74 billion from 56% of one of $41.1
 * billion (align_group.c). */
static void set_context(GArray *facts, const BlockNumber *numbers, guint n_numbers, guint number,
			const CrTokens *s, CrStemmer *stemmer, guint32 *stems)
{
	guint first = numbers[number].first, last = numbers[number].last;
	CrFact *f = &g_array_index(facts, CrFact, numbers[number].fact);
	guint from = first, to = last;
	while (from > 0 && first - from < CONTEXT_TOKENS && !ends_sentence(s, from - 1) &&
	       s->tok[from].gap != CR_GAP_LINE)
		from--;
	while (to < s->n && to - last < CONTEXT_TOKENS && s->tok[to].gap != CR_GAP_LINE &&
	       !ends_sentence(s, to - 1))
		to++;
	guint32 hashes[2 * CONTEXT_TOKENS + 1 + 2 * MAX_NEIGHBOURS];
	guint n = 0, neighbours = 0;
	for (guint i = from; i < to; i++) {
		if (i >= first && i < numbers[number].own_end)
			continue;
		if (stems[i] == STEM_UNKNOWN) {
			const CrToken *t = &s->tok[i];
			gsize len = t->end - t->start;
			stems[i] = STEM_NONE;
			if (t->kind == CR_TOKEN_WORD && len >= 3 && !cr_tok_function_word(s, i) &&
			    !cr_tok_find(s, i, &number_words))
				stems[i] = cr_stem_hash(stemmer, s->data + t->start, len) &
					   ~(CR_CONTEXT_NEIGHBOUR | CR_CONTEXT_UNIT);
		}
		if (stems[i] != STEM_NONE)
			insert_hash(hashes, &n, stems[i]);
	}
	for (guint k = 0; k < n_numbers && neighbours < MAX_NEIGHBOURS; k++) {
		if (k == number || numbers[k].first < from || numbers[k].last > to)
			continue;
		const CrFact *other = &g_array_index(facts, CrFact, numbers[k].fact);
		/* what an ordinal ranks is no amount to tell facts apart by */
		const char *unit = other->counted			  ? other->counted
				   : other->unit != unit_names[U_ORDINAL] ? other->unit
									  : NULL;
		insert_hash(hashes, &n,
			    (hash_bytes(other->key, strlen(other->key)) & ~CR_CONTEXT_UNIT) |
				CR_CONTEXT_NEIGHBOUR);
		if (unit)
			insert_hash(hashes, &n,
				    hash_bytes(unit, strlen(unit)) | CR_CONTEXT_NEIGHBOUR | CR_CONTEXT_UNIT);
		neighbours++;
	}
	f->n_context = n;
	f->context = g_memdup2(hashes, n * sizeof hashes[0]);
}

/* Orders spans by start. */
static gint span_order(gconstpointer pa, gconstpointer pb)
{
	const gsize *a = pa, *b = pb;
	return a[0] < b[0] ? -1 : a[0] > b[0];
}

/* The [start,end) pairs of DOC_INDEX's date facts, by start. */
static GArray *date_spans(const GArray *facts, guint doc_index)
{
	GArray *spans = g_array_new(FALSE, FALSE, 2 * sizeof(gsize));
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->doc == doc_index && f->kind == CR_FACT_DATE) {
			gsize span[2] = { f->start, f->end };
			g_array_append_val(spans, span);
		}
	}
	g_array_sort(spans, span_order);
	return spans;
}

void cr_extract_numbers(CrDoc *doc, guint doc_index, const GArray *blocks, GArray *facts)
{
	g_autoptr(GArray) dates = date_spans(facts, doc_index);
	g_autoptr(CrStemmer) stemmer = cr_stemmer_new();
	const gsize *date = (const gsize *)(const void *)dates->data;
	guint next_date = 0;
	CrTokens s;

	g_autoptr(GArray) numbers = g_array_new(FALSE, FALSE, sizeof(BlockNumber));
	g_autoptr(GArray) stems = g_array_new(FALSE, FALSE, sizeof(guint32));
	cr_tokens_init(&s, doc->data, doc->len);
	for (guint b = 0; b < blocks->len; b++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, b);
		cr_tokens_scan(&s, block->start, block->end);
		g_array_set_size(numbers, 0);
		for (guint i = 0; i < s.n;) {
			Quantity q, high;
			guint n = could_begin_quantity(&s, i) ? match_at(&s, i, &q, &high) : 0;
			if (!n) {
				i++;
				continue;
			}
			/* "more than 2,000": the bound is part of the fact */
			guint bound = q.bound || q.unit == U_ORDINAL || q.unit == U_TALLY || q.unit == U_AGE
					  ? 0
					  : parse_bound_before(&s, i, &q.bound);
			gsize start = s.tok[i - bound].start, end = s.tok[i + n - 1].end;
			while (next_date < dates->len && date[2 * next_date + 1] <= start)
				next_date++;
			if (next_date >= dates->len || date[2 * next_date] >= end) {
				const CrToken *noun = q.noun ? &s.tok[q.noun - 1] : NULL;
				g_autofree char *word =
				    noun ? g_strndup(doc->data + noun->start, noun->end - noun->start) : NULL;
				add_fact(doc, doc_index, start, end, &q, &high, word, facts);
				BlockNumber number = { facts->len - 1, i - bound, i + n,
						       q.unit == U_ORDINAL && q.noun ? q.noun - 1 : i + n,
						       !is_money(&q) && !q.decimals && q.exponent == 0 &&
							   q.mantissa < 100 };
				g_array_append_val(numbers, number);
			}
			i += n;
		}
		g_array_set_size(stems, s.n);
		memset(stems->data, 0xff, s.n * sizeof(guint32));
		for (guint k = 0; k < numbers->len; k++)
			if (g_array_index(numbers, BlockNumber, k).small)
				set_context(facts, (const BlockNumber *)(void *)numbers->data, numbers->len,
					    k, &s, stemmer, (guint32 *)(void *)stems->data);
	}
	cr_tokens_clear(&s);
}

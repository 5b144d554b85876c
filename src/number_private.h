/* The number reader shared by extract_number.c (facts), number_read.c
 * (reading one quantity), number_report.c (passes over a report's
 * numbers) and number_lexicon.c (the words it knows).
 * Private to the number extractor. */
#pragma once

#include <glib.h>

#include "crossread/fact.h"
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
	gboolean strict;     /* the bound leaves the amount out: "more than 300", not "at least 300" */
	gboolean added;	     /* it adds to others: "six more babies", "six others", "six more." */
	char letter;	     /* a seat's or a gate's letter after its digits ("seat 11A"), or 0 */
	gboolean gate;	     /* the code is a gate's ("Gate 5B"), not a seat's */
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
	U_ELAPSED, /* a stopwatch's time, "2:00:35": its value in seconds */
	U_DEGREES, /* degrees Celsius, or degrees with no scale: "1.5°C", "1.5C", "1.5 degrees" */
	U_FAHRENHEIT,
	U_MPH, /* a speed: "70 mph", "70 miles per hour" */
	U_KMH, /* "113 kph", "113 km/h", "113 kilometres per hour" */
	U_NONE = -1,
	U_LAST_MONEY = U_NZD,
};

/* What a phrase before an amount bounds it with ("more than": '>'). */
typedef struct {
	const char *words[3];
	char bound;
	gboolean strict; /* the amount itself is out: "more than", "less than"; not "at least" */
} NumberBoundPhrase;

/* The one currency symbol of number_currency_symbols in ASCII; the others
 * are past it, so that number_could_begin() turns away every other ASCII
 * mark inline. */
#define NUMBER_ASCII_SYMBOL '$'

/* A currency symbol written before an amount and its unit. */
typedef struct {
	gunichar symbol;
	int unit;
} NumberCurrencySymbol;

/* What a word of number_openers may open. */
enum { OPENS_WORDS = 1, OPENS_ARTICLE = 2, OPENS_HALF = 3 };

extern const char *const number_unit_names[];
extern const NumberCurrencySymbol number_currency_symbols[];
extern const guint number_n_currency_symbols;
extern const NumberBoundPhrase number_bound_phrases[];
extern const guint number_n_bound_phrases;
extern CrLexicon number_currency_codes;
extern CrLexicon number_unit_words;
extern CrLexicon number_time_units;
extern CrLexicon number_period_words;
extern CrLexicon number_paid_words;
extern CrLexicon number_point_units;
extern CrLexicon number_currency_countries;
extern CrLexicon number_irregular_plurals;

/* The noun a counted noun (lower case, singular) is counted as when
 * reports say it two ways ("charge" is "count": "five criminal charges",
 * "5 counts"), or NULL. */
const char *number_counted_synonym(const char *counted);
extern CrLexicon number_not_counted;
extern CrLexicon number_ranked_nouns;
extern CrLexicon number_added_words;
extern CrLexicon number_power_units;
extern CrLexicon number_multipliers;
extern CrLexicon number_cardinal_words;
extern CrLexicon number_scale_words;
extern CrLexicon number_ordinal_words;
extern CrLexicon number_bound_ends;
extern CrLexicon number_openers;
extern CrLexicon number_fraction_words;
extern CrLexicon number_version_words;
/* the words before a seat's or a gate's code ("seat 11A", "seated in 11A") */
extern CrLexicon number_seat_words;
extern CrLexicon number_plan_words;
extern CrLexicon number_change_words;
/* the forms of "range" and "vary" before "from" */
extern CrLexicon number_range_verbs;
extern CrLexicon number_comparative_words;
extern CrLexicon number_change_fillers;
extern CrLexicon number_whole_determiners;

/* 10^E for small E. */
static inline guint64 number_power_of_ten(int e)
{
	guint64 p = 1;
	while (e-- > 0)
		p *= 10;
	return p;
}

/* TRUE when Q is an amount of money. */
static inline gboolean number_is_money(const Quantity *q)
{
	return q->unit != U_NONE && q->unit <= U_LAST_MONEY;
}

/* number_could_begin() of any token, out of line. */
gboolean number_could_begin_any(const CrTokens *s, guint i);

/* TRUE when the word at I, capitalised, may be a currency's code before
 * an amount: "US" (of "US$") or a code ("USD"). */
static inline gboolean number_currency_word(const CrTokens *s, guint i)
{
	return s->tok[i].upper && (cr_tok_word(s, i, "US") || cr_tok_find(s, i, &number_currency_codes));
}

/* TRUE when token I is a word spaced from the one before it on its line. */
static inline gboolean number_spaced_word(const CrTokens *s, guint i)
{
	return i < s->n && s->tok[i].kind == CR_TOKEN_WORD && cr_tok_spaced(s, i) &&
	       s->tok[i].gap != CR_GAP_LINE;
}

/* TRUE when a quantity can begin at token I: digits, a currency symbol or
 * code, a number or ordinal word, an article before "quarter" or a scale.
 * A cheap test before reading it: digits, the words that open nothing
 * (most of 1.6 million tokens at 8 reports of 1 MiB; a capitalised one
 * unless it may be a currency's code) and ASCII marks are told here,
 * inline, the rest by number_could_begin_any(). */
static inline gboolean number_could_begin(const CrTokens *s, guint i)
{
	const CrToken *t = &s->tok[i];
	if (t->kind == CR_TOKEN_NUMBER)
		return TRUE;
	if (t->kind == CR_TOKEN_WORD && g_atomic_int_get(&number_openers.built) &&
	    !number_openers.slots[cr_lexicon_slot(t->fold)])
		return number_currency_word(s, i);
	/* ",", ".", quotation marks: some 220,000 of the tokens */
	if (t->kind == CR_TOKEN_PUNCT && t->ch < 0x80)
		return t->ch == NUMBER_ASCII_SYMBOL;
	return number_could_begin_any(s, i);
}

/* Reads the quantity that begins at token I; returns the tokens it covers,
 * 0 when there is none or it is to be left out. HIGH gets the upper end of
 * a range or a tally, else no digits. */
guint number_read_at(const CrTokens *s, guint i, Quantity *q, Quantity *high);
/* Digits at I ("5,000", "1.18"), or a number in words ("two hundred and
 * fifty", "two dozen"): set Q and return the tokens used, else 0. */
guint number_parse_digits(const CrTokens *s, guint i, Quantity *q);
guint number_parse_words(const CrTokens *s, guint i, Quantity *q);

/* number_units.c: what follows an amount at I. Each sets Q and returns
 * the tokens it takes, 0 when none: a unit ("%", "US dollars", "km",
 * "people"); "and a half"; "and six months" after years; ", 35 seconds"
 * after hours or minutes. */
guint number_unit_after(const CrTokens *s, guint i, Quantity *q);
guint number_half_after(const CrTokens *s, guint i, Quantity *q);
guint number_months_after_years(const CrTokens *s, guint i, Quantity *q);
void number_periods_counted(const CrTokens *s, guint i, Quantity *q);
guint number_seconds_after(const CrTokens *s, guint i, Quantity *q);
/* "an hour and a half" at I: one and a half of a unit of time (sets Q;
 * the tokens used, else 0). */
guint number_unit_and_a_half(const CrTokens *s, guint i, Quantity *q);

/* number_counted.c: the noun a quantity ending before I counts (a
 * lower-case plural, maybe qualified; a hyphened modifier; a capitalised
 * plural unless DEFINITE, after "the"): sets Q's noun and returns the
 * tokens used. */
guint number_parse_counted(const CrTokens *s, guint i, Quantity *q, gboolean definite);
/* 1 when the token at I is a word saying a count adds to others ("other",
 * "more") before another word that is no number, else 0. */
guint number_added_word(const CrTokens *s, guint i);
/* TRUE when the token at I is a lower-case word that may name what is
 * counted. */
gboolean number_countable_word(const CrTokens *s, guint i);
/* The tokens after the count read over [FIRST,END) (Q, of no unit) that
 * its span reaches without changing what it counts: the head noun of a
 * count written as a modifier ("a 33-story building"), the state a bare
 * count is in ("730 injured", "16 were injured"), the scale a decimal
 * reading is on ("6.4 magnitude."); 0 when none. */
guint number_span_reach(const CrTokens *s, guint first, guint end, const Quantity *q);
/* 1 when the decimal reading Q at I (of no unit nor noun) is read on the
 * scale named by the singular word before it, after "of" or "a" ("of
 * magnitude 6.4", "a magnitude 7.4 quake"): its span starts there; else 0. */
guint number_scale_before(const CrTokens *s, guint i, const Quantity *q);

/* TRUE when the word at I reads as a plural noun: "volunteers",
 * "children", "MPs"; not "business", "bonus", "crisis". */
gboolean number_is_plural(const CrTokens *s, guint i);
/* TRUE when the word at I may qualify the noun after it ("family" in
 * "1,500 family tents"), not a participle. */
gboolean number_can_qualify(const CrTokens *s, guint i);

/* The bound written before the amount at I ("more than", "up to",
 * "about"): sets *BOUND and whether it leaves the amount out (*STRICT);
 * returns its tokens, 0 when none. */
guint number_bound_before(const CrTokens *s, guint i, char *bound, gboolean *strict);
/* The direction of the count at tokens [FIRST,END) when it is said as a
 * change: '+' or '-' after a sign ("(-11)"), after a word of gain or
 * loss ("up 211 seats", "down a punishing 10 seats", "losing 10 seats"),
 * or before a comparative and
 * "than" ("20 seats more than the party has", "20 more than the 17"),
 * or as the subject of "were lost" or "was gained" in its clause ("15
 * gigawatts of electricity were lost"); else 0. *TAKEN gets the tokens after END the count takes in: the
 * comparative, so that "20 more" is its fact. */
char number_change_at(const CrTokens *s, guint first, guint end, guint *taken);
/* The tokens before the bare number at I that label it, "number" or
 * "No." ("number nine", "No.9", "No. 9"), or 0. */
guint number_label_before(const CrTokens *s, guint i);
/* The words before the number at I that make it an age: one ("aged 44",
 * "age 20"), two ("the age of 88"), or 0. */
guint number_age_word_before(const CrTokens *s, guint i);

/* number_subject.c: the most countries a number's sentence keeps. */
#define NUMBER_MAX_COUNTRIES 8
/* The hash of the country the amount ending before token AFTER is in: the
 * gazetteer's country after the first "in" of its clause, maybe after
 * "the" and one lower-case word ("200,000 victims in neighbouring
 * Burundi", "have been affected by flash floods in Kenya"), read up to a
 * punctuation mark, a line, another number, a word that opens a clause of
 * its own ("who", "which") or token STOP; 0 when none. */
guint32 number_subject_country(const CrTokens *s, guint after, guint stop);
/* Appends to COUNTRIES, which holds N, the hashes (as
 * number_subject_country()'s) of the countries that tokens [FROM,TO) name
 * and it does not hold, up to NUMBER_MAX_COUNTRIES; returns how many it
 * holds. */
guint number_countries_named(const CrTokens *s, guint from, guint to, guint32 *countries, guint n);
/* The token of the name the age at tokens [FIRST,END) is in apposition to
 * ("Karalis, 24,": the age closed by punctuation; not "Meanwhile,
 * 52-year-old Smith"), when its report writes that word nowhere else: a
 * name said once is of someone the report passes by ("Karalis, 24,
 * cleared 5.90m" in an account of another man's record), one said again
 * of someone it tells of ("Letby, 33, is only the third woman");
 * G_MAXUINT for none. */
guint number_age_named_once(const CrTokens *s, guint first, guint end);

/* Flags the numbers of FACTS from FIRST on whose noun is counted with two
 * values or more (CR_FACT_COUNTED_AGAIN; number_report.c). */
void number_flag_counted_again(GArray *facts, guint first);
/* Gives a number of FACTS from FIRST on that DOC writes twice with one
 * value and unit, once dated to an earlier month or day than its
 * publication, that time in its key (DATES: the [start,end,fact] triples
 * of DOC's date facts, by start; number_report.c). */
void number_key_earlier_twins(const CrDoc *doc, GArray *facts, guint first, const GArray *dates,
			      CrFactStrings *pool);

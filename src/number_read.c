/* Reading one quantity at a token: digits or words, a currency before or
 * a unit after (number_units.c), a multiplier, a bound, a range, a tally,
 * an ordinal and the noun it ranks, a counted noun; and what is no
 * quantity at all (see the top of extract_number.c). */
#include "number_private.h"

#include <math.h>
#include <string.h>

/* The currency the symbol CH stands for, or -1. */
static int symbol_unit(gunichar ch)
{
	for (guint k = 0; k < number_n_currency_symbols; k++)
		if (number_currency_symbols[k].symbol == ch)
			return number_currency_symbols[k].unit;
	return -1;
}

/* TRUE when token I is the word WORD, whose first letter is FIRST (in
 * lower case): cr_tok_word() only for words that may be it. */
static inline gboolean word_is(const CrTokens *s, guint i, char first, const char *word)
{
	return i < s->n && s->tok[i].kind == CR_TOKEN_WORD && s->tok[i].first == (guint8)first &&
	       cr_tok_word(s, i, word);
}

gboolean number_could_begin_any(const CrTokens *s, guint i)
{
	const CrToken *t = &s->tok[i];
	if (t->kind == CR_TOKEN_NUMBER)
		return TRUE;
	if (t->kind == CR_TOKEN_PUNCT)
		return symbol_unit(t->ch) >= 0;
	const CrTokenWord *w = cr_tok_find(s, i, &number_openers);
	if (w)
		return w->value == OPENS_WORDS ||
		       (i + 1 < s->n && cr_tok_find(s, i + 1, &number_fraction_words)) ||
		       (w->value == OPENS_ARTICLE && cr_tok_word(s, i + 2, "and") &&
			number_unit_and_a_half(s, i, &(Quantity){ .unit = U_NONE }));
	return number_currency_word(s, i);
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
	const CrTokenWord *w =
	    !n && i < s->n && s->tok[i].upper ? cr_tok_find(s, i, &number_currency_codes) : NULL;
	if (w && memcmp(s->data + s->tok[i].start, w->word, 3) == 0 && cr_tok_spaced(s, i + 1)) {
		q->unit = w->value;
		return 1;
	}
	return 0;
}

/* The groups of three digits spaced after the number at I, a thousands
 * separator of some styles ("130 000 passengers", "5 000 pilots"): I of
 * one to three digits and no leading zero, neither after another number
 * nor joined to a word (a telephone number "0800 555 0199", "+44 7700 900
 * 321"; "Q4 2022"), the groups on its line and no decimals after them.
 * Adds them to *M; returns the tokens used, 0 when none. */
static guint space_groups(const CrTokens *s, guint i, guint64 *m)
{
	const CrToken *t = &s->tok[i];
	if (i + 1 >= s->n || s->tok[i + 1].gap != CR_GAP_SPACE || cr_token_digits(t) > 3 ||
	    s->data[t->start] == '0' ||
	    (i > 0 && (s->tok[i - 1].kind == CR_TOKEN_NUMBER ||
		       (t->gap == CR_GAP_NONE && s->tok[i - 1].kind == CR_TOKEN_WORD))))
		return 0;
	guint n = 0;
	guint64 value = *m;
	while (i + n + 1 < s->n && s->tok[i + n + 1].gap == CR_GAP_SPACE &&
	       cr_tok_number(s, i + n + 1, 3, 3)) {
		value = value * 1000 + cr_token_value(s, &s->tok[i + n + 1]);
		n++;
	}
	if (!n || n > 4 || cr_tok_continues_number(s, i + n + 1, ".,") ||
	    (i + n + 1 < s->n && s->tok[i + n + 1].kind == CR_TOKEN_NUMBER))
		return 0;
	*m = value;
	return n;
}

/* Digits at I: "5", "5,000", "1.18", "1,234.5", "130 000". Sets Q;
 * returns the tokens used, 0 for no number or a version ("2.74.1"). */
guint number_parse_digits(const CrTokens *s, guint i, Quantity *q)
{
	if (i >= s->n || s->tok[i].kind != CR_TOKEN_NUMBER)
		return 0;
	guint n = 1, total = cr_token_digits(&s->tok[i]);
	guint64 m = cr_token_value(s, &s->tok[i]);
	while (cr_tok_continues_number(s, i + n, ",") && cr_tok_number(s, i + n + 1, 3, 3) &&
	       cr_token_digits(&s->tok[i]) <= 3) {
		m = m * 1000 + cr_token_value(s, &s->tok[i + n + 1]);
		total += 3;
		q->grouped = TRUE;
		n += 2;
	}
	if (n == 1) {
		guint groups = space_groups(s, i, &m);
		total += 3 * groups;
		q->grouped = groups > 0;
		n += groups;
	}
	q->digits = total;
	if (cr_tok_continues_number(s, i + n, ".")) {
		const CrToken *frac = &s->tok[i + n + 1];
		guint d = cr_token_digits(frac);
		total += d;
		if (total > 18 || cr_tok_continues_number(s, i + n + 2, ".,"))
			return 0;
		m = m * number_power_of_ten((int)d) + cr_token_value(s, frac);
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
 * "two million", "two dozen". Sets Q; returns the tokens used. */
guint number_parse_words(const CrTokens *s, guint i, Quantity *q)
{
	guint64 total = 0, group = 0;
	WordsState state = WORDS_NONE;
	guint j = i, words = 0;
	/* "a thousand", "a million": one of the scale */
	if ((cr_tok_word(s, i, "a") || cr_tok_word(s, i, "an")) && cr_tok_spaced(s, i + 1) &&
	    s->tok[i + 1].gap != CR_GAP_LINE && cr_tok_find(s, i + 1, &number_scale_words)) {
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
		const CrTokenWord *small = cr_tok_find(s, j + sep, &number_cardinal_words);
		const CrTokenWord *scale = sep ? NULL : cr_tok_find(s, j, &number_scale_words);
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
			total += group * number_power_of_ten(scale->value);
			group = 0;
			state = WORDS_SCALE;
			q->multiplied = TRUE;
		} else if (!sep && (state == WORDS_UNITS || state == WORDS_TENS) &&
			   cr_tok_word(s, j, "dozen")) {
			/* "two dozen people" are 24; the number ends there */
			group *= 12;
			j++;
			words++;
			break;
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
	const CrTokenWord *w = cr_tok_find(s, i + dash, &number_multipliers);
	if (!w || s->tok[i].gap == CR_GAP_LINE || ((w->value & MULT_MONEY_ONLY) && !number_is_money(q)))
		return 0;
	int where = dash ? MULT_DASHED : s->tok[i].gap == CR_GAP_NONE ? MULT_JOINED : MULT_SPACED;
	if (!(w->value & where))
		return 0;
	q->exponent += w->value & MULT_EXPONENT;
	q->multiplied = TRUE;
	return dash + 1;
}

/* "a quarter percentage point", "another quarter percentage point", "a
 * quarter of a percentage point", "half a percentage point", "a quarter-point", "three-quarters of a point":
 * a fraction of a percentage point at I. Sets Q; returns the tokens used. */
static guint parse_point_fraction(const CrTokens *s, guint i, Quantity *q)
{
	guint quarters = 0, j = i + 2;
	/* "another quarter percentage point": one more of them */
	gboolean article = cr_tok_word(s, i, "a") || cr_tok_word(s, i, "an") || word_is(s, i, 'a', "another");
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
 * "about"): sets *BOUND and whether it leaves the amount out (*STRICT);
 * returns its tokens, 0 when none. */
guint number_bound_before(const CrTokens *s, guint i, char *bound, gboolean *strict)
{
	guint best = 0;
	if (i == 0 || !cr_tok_find(s, i - 1, &number_bound_ends))
		return 0;
	for (guint p = 0; p < number_n_bound_phrases; p++) {
		guint n = 0;
		while (n < G_N_ELEMENTS(number_bound_phrases[p].words) && number_bound_phrases[p].words[n])
			n++;
		if (n <= best || n > i || !cr_tok_spaced(s, i) || s->tok[i].gap == CR_GAP_LINE)
			continue;
		guint k = 0;
		while (k < n && cr_tok_word(s, i - n + k, number_bound_phrases[p].words[k]) &&
		       (k == 0 || (cr_tok_spaced(s, i - n + k) && s->tok[i - n + k].gap != CR_GAP_LINE)))
			k++;
		if (k == n) {
			best = n;
			*bound = number_bound_phrases[p].bound;
			*strict = number_bound_phrases[p].strict;
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

/* TRUE when Q is a half point, one decimal that is a 5: the "7.5" of a
 * chess match's score. */
static gboolean half_point(const Quantity *q)
{
	return q->decimals == 1 && q->mantissa % 10 == 5;
}

/* A tally at I, after the whole number Q that began at FIRST: "216-210",
 * "1-0", "a vote of 216 to 210", a chess match's "7.5-6.5". Two whole
 * numbers or two half points (half_point()), the first not less
 * than the second (a range rises: "10-12"; "216 to 210" must fall), with
 * nothing after them that makes a unit, a range or a code of them ("2-1%",
 * "4-3-3"). Fills HIGH; returns the tokens used. */
static guint parse_tally(const CrTokens *s, guint first, guint i, Quantity *q, Quantity *high)
{
	if (q->in_words || (q->decimals && !half_point(q)) || q->grouped || q->unit != U_NONE ||
	    q->multiplied || i >= s->n)
		return 0;
	gboolean dash = cr_tok_punct(s, i, '-') && cr_tok_joined(s, i) && cr_tok_joined(s, i + 1);
	gboolean word = s->tok[i].gap == CR_GAP_SPACE && cr_tok_word(s, i, "to") && cr_tok_spaced(s, i + 1) &&
			s->tok[i + 1].gap != CR_GAP_LINE && !(first > 0 && cr_tok_word(s, first - 1, "from"));
	if (!dash && !word)
		return 0;
	Quantity b = { .unit = U_NONE }, after = { .unit = U_NONE, .exponent = 0 };
	guint end = i + 1 + number_parse_digits(s, i + 1, &b);
	if (end != i + (b.decimals ? 4 : 2) || b.decimals != q->decimals || (b.decimals && !half_point(&b)) ||
	    b.mantissa > q->mantissa || (word && b.mantissa == q->mantissa) ||
	    (end < s->n && s->tok[end].kind == CR_TOKEN_PUNCT && s->tok[end].ch == '-' &&
	     cr_tok_joined(s, end)) ||
	    !cr_tok_ends_cleanly(s, end) || parse_multiplier(s, end, &after) ||
	    number_unit_after(s, end, &after))
		return 0;
	*high = b;
	q->unit = U_TALLY;
	return end - i;
}

/* The most capitalised words between an ordinal and the noun it ranks. */
#define MAX_NAME_WORDS_RANKED 4

/* An ordinal in words at I: "first", "eleventh", "twenty-first". Sets Q;
 * returns the tokens used. */
static guint parse_ordinal_word(const CrTokens *s, guint i, Quantity *q)
{
	guint n = 0;
	guint64 tens = 0;
	const CrTokenWord *t = cr_tok_find(s, i, &number_cardinal_words);
	if (t && t->value >= 20 && t->value % 10 == 0 && cr_tok_punct(s, i + 1, '-') &&
	    cr_tok_joined(s, i + 1) && cr_tok_joined(s, i + 2)) {
		tens = (guint64)t->value;
		n = 2;
	}
	const CrTokenWord *w = cr_tok_find(s, i + n, &number_ordinal_words);
	if (!w || (tens && w->value >= 10))
		return 0;
	q->mantissa = tens + (guint64)w->value;
	q->in_words = TRUE;
	q->unit = U_ORDINAL;
	return n + 1;
}

/* TRUE when token T is a capitalised word that may be part of a name. */
static gboolean name_word(const CrTokens *s, guint t)
{
	return s->tok[t].kind == CR_TOKEN_WORD && s->tok[t].upper && !cr_tok_function_word(s, t);
}

/* TRUE when token T, after a capitalised word that follows the ordinal
 * ending before I, is a number that goes on the name before a word:
 * "Formula 1" in "third Formula 1 title" (no "3rd Formula"); not a score
 * ("first Wimbledon 1-6"). */
static gboolean name_number(const CrTokens *s, guint i, guint t)
{
	return t > i && s->tok[t].kind == CR_TOKEN_NUMBER && name_word(s, t - 1) && t + 1 < s->n &&
	       s->tok[t + 1].kind == CR_TOKEN_WORD && s->tok[t + 1].gap == CR_GAP_SPACE;
}

/* The noun an ordinal ending before I ranks: the lower-case word after it,
 * spaced or after a hyphen ("68th minute", "third time", "68th-minute"),
 * or the last of the capitalised words after it when no such word follows
 * them ("14th Amendment", "113th Congress passed"), a number that
 * goes on the name among them ("third Formula 1 title"); never a number
 * ("the first two carriages" ranks nothing: it counts carriages). Sets Q's noun;
 * returns the tokens used. */
static guint parse_ordinal_noun(const CrTokens *s, guint i, Quantity *q)
{
	guint dash = cr_tok_punct(s, i, '-') && cr_tok_joined(s, i) && cr_tok_joined(s, i + 1) ? 1 : 0;
	guint t = i + dash;
	/* a name between the ordinal and its noun, no participle: "sixth
	 * Cricket World Cup title", not "113th Congress passed" */
	for (guint names = 0; !dash && names < MAX_NAME_WORDS_RANKED && t < s->n &&
			      s->tok[t].gap == CR_GAP_SPACE && (name_word(s, t) || name_number(s, i, t));
	     names++)
		t++;
	gboolean lower = t < s->n && s->tok[t].kind == CR_TOKEN_WORD &&
			 (dash || s->tok[t].gap == CR_GAP_SPACE) && !s->tok[t].upper &&
			 s->tok[t].end - s->tok[t].start >= 3 && !cr_tok_function_word(s, t) &&
			 !cr_tok_find(s, t, &number_not_counted) &&
			 !cr_tok_find(s, t, &number_cardinal_words) && (t == i || number_can_qualify(s, t));
	if (lower) {
		q->noun = t + 1;
		return t - i + 1;
	}
	if (t == i || s->tok[t - 1].end - s->tok[t - 1].start < 3)
		return 0;
	q->noun = t;
	return t - i;
}

guint number_label_before(const CrTokens *s, guint i)
{
	if (i > 0 && cr_tok_spaced(s, i) && s->tok[i].gap != CR_GAP_LINE && word_is(s, i - 1, 'n', "number"))
		return 1;
	if (i > 1 && cr_tok_punct(s, i - 1, '.') && cr_tok_joined(s, i - 1) && cr_tok_word(s, i - 2, "No") &&
	    s->tok[i - 2].upper && s->tok[i].gap != CR_GAP_LINE)
		return 2;
	return 0;
}

guint number_age_word_before(const CrTokens *s, guint i)
{
	if (i > 0 && (cr_tok_word(s, i - 1, "aged") || cr_tok_word(s, i - 1, "age")))
		return 1;
	/* "died at the age of 88" is "aged 88" */
	return i > 1 && cr_tok_word(s, i - 1, "of") && cr_tok_word(s, i - 2, "age") ? 2 : 0;
}

/* The most tokens between a count and the "were lost" it is the subject of. */
#define PASSIVE_CHANGE_REACH 12

/* The direction of a change a count ending before token END is the subject
 * of in the passive, in its clause: "15 gigawatts of electricity (60% of
 * national demand) were lost" is the loss "lost 15 gigawatts" is; '-',
 * '+' or 0. */
static char passive_change_after(const CrTokens *s, guint end)
{
	for (guint t = end; t < s->n && t < end + PASSIVE_CHANGE_REACH; t++) {
		const CrToken *k = &s->tok[t];
		if (k->gap == CR_GAP_LINE ||
		    (k->kind == CR_TOKEN_PUNCT && (k->ch == '.' || k->ch == ',' || k->ch == ';' ||
						   k->ch == ':' || k->ch == '!' || k->ch == '?')))
			return 0;
		if ((cr_tok_word(s, t, "were") || cr_tok_word(s, t, "was")) && number_spaced_word(s, t + 1))
			return cr_tok_word(s, t + 1, "lost")	 ? '-'
			       : cr_tok_word(s, t + 1, "gained") ? '+'
								 : 0;
	}
	return 0;
}

char number_change_at(const CrTokens *s, guint first, guint end, guint *taken)
{
	const CrTokenWord *w;
	*taken = 0;
	if ((w = cr_tok_find(s, end, &number_comparative_words)) != NULL && number_spaced_word(s, end) &&
	    number_spaced_word(s, end + 1) && cr_tok_word(s, end + 1, "than")) {
		*taken = 1;
		return (char)w->value;
	}
	/* a sign written on a count: "47 seats (-11)", "(+13)" */
	if (first > 0 && cr_tok_joined(s, first) && s->tok[first - 1].kind == CR_TOKEN_PUNCT &&
	    (s->tok[first - 1].ch == '+' || s->tok[first - 1].ch == '-' || s->tok[first - 1].ch == 0x2212) &&
	    (cr_tok_spaced(s, first - 1) || cr_tok_punct(s, first - 2, '(')))
		return s->tok[first - 1].ch == '+' ? '+' : '-';
	if (first == 0 || !cr_tok_spaced(s, first) || s->tok[first].gap == CR_GAP_LINE)
		return passive_change_after(s, end);
	/* what may stand between the word of change and the count: "by", "of",
	 * "a", or "a" and one word ("down a punishing 10 seats") */
	if ((w = cr_tok_find(s, first - 1, &number_change_words)) != NULL)
		return (char)w->value;
	guint k = first;
	if (cr_tok_find(s, k - 1, &number_change_fillers))
		k--;
	else if (k > 1 && number_spaced_word(s, k - 1) && !s->tok[k - 1].upper &&
		 word_is(s, k - 2, 'a', "a") && !cr_tok_function_word(s, k - 1) &&
		 !cr_tok_find(s, k - 1, &number_cardinal_words))
		k -= 2;
	if (k == first || k == 0 || !number_spaced_word(s, k))
		return passive_change_after(s, end);
	w = cr_tok_find(s, k - 1, &number_change_words);
	return w ? (char)w->value : passive_change_after(s, end);
}

/* TRUE when the token at END closes an apposition: a joined comma,
 * semicolon or bracket ("Holmes, 38, is", "Mogen, 21; Kernodle, 20") or a
 * spaced dash ("Chapin, 20 – were"). */
static gboolean closes_apposition(const CrTokens *s, guint end)
{
	if (cr_tok_joined(s, end))
		return cr_tok_punct(s, end, ',') || cr_tok_punct(s, end, ';') || cr_tok_punct(s, end, ')');
	return cr_tok_punct(s, end, '-') || cr_tok_punct(s, end, 0x2013) || cr_tok_punct(s, end, 0x2014);
}

/* TRUE when the bare whole number Q at I is an age: after "aged" or "age"
 * ("aged 44", "Alcaraz, age 20,"), or in apposition to a name ("Holmes, 38, is"), whose last word
 * then becomes Q's noun: two ages in one sentence are two people's. */
static gboolean is_age(const CrTokens *s, guint i, guint end, Quantity *q)
{
	if (q->in_words || q->decimals || q->grouped || q->unit != U_NONE || q->mantissa == 0 ||
	    q->mantissa > 120 || i == 0 || !cr_tok_spaced(s, i))
		return FALSE;
	if (number_age_word_before(s, i))
		return TRUE;
	if (i >= 2 && cr_tok_punct(s, i - 1, ',') && cr_tok_joined(s, i - 1) &&
	    s->tok[i - 2].kind == CR_TOKEN_WORD && s->tok[i - 2].upper && end < s->n &&
	    closes_apposition(s, end)) {
		q->noun = i - 1;
		return TRUE;
	}
	return FALSE;
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

/* TRUE when the last words of the units of the two ends of a range, at A
 * and B, write one unit: one word, ignoring case, in the singular or the
 * plural ("one hour to 3 hours"), or one sign ("2% and 3%"); "two killed
 * to 12 people" are two facts of one unit (U_PEOPLE). */
static gboolean same_unit_word(const CrTokens *s, guint a, guint b)
{
	const CrToken *x = &s->tok[a], *y = &s->tok[b];
	if (x->kind != y->kind)
		return FALSE;
	if (x->kind != CR_TOKEN_WORD)
		return x->kind == CR_TOKEN_PUNCT && x->ch == y->ch;
	if (x->end - x->start > y->end - y->start) {
		const CrToken *t = x;
		x = y;
		y = t;
	}
	guint32 len = x->end - x->start, extra = y->end - y->start - len;
	const char *tail = s->data + y->start + len;
	return g_ascii_strncasecmp(s->data + x->start, s->data + y->start, len) == 0 &&
	       (extra == 0 || (extra == 1 && g_ascii_tolower(tail[0]) == 's') ||
		(extra == 2 && g_ascii_strncasecmp(tail, "es", 2) == 0));
}

/* The words after which an amount of money and "to" open a range, being
 * no verb of change: "is", "will be", "at" (general English). */
static const char *const range_openers[] = { "be", "is", "are", "was", "were", "been", "at" };

/* The upper end of a range of money whose lower end Q, which began at
 * token FIRST and ends before I, names its currency and its scale
 * ("$34.5 billion"): the same currency and a scale at the upper end too,
 * after "between" ("between $34.5 billion and $37 billion"), "range of",
 * "ranging from" or a word of range_openers ("will be $12.5bn to
 * $13.5bn"); not a change and a level ("rose $5 billion to $50 billion", "a
 * rise of $5 billion to $50 billion", "from $32.2 billion to $40.1
 * billion"). Fills HIGH; returns the tokens used. */
static guint parse_money_range(const CrTokens *s, guint first, guint i, Quantity *q, Quantity *high)
{
	if (i + 1 >= s->n || s->tok[i].gap != CR_GAP_SPACE || !cr_tok_spaced(s, i + 1) || first == 0)
		return 0;
	gboolean between = cr_tok_word(s, first - 1, "between");
	if (!(between ? cr_tok_word(s, i, "and") : cr_tok_word(s, i, "to")))
		return 0;
	gboolean said = between;
	for (gsize k = 0; !said && k < G_N_ELEMENTS(range_openers); k++)
		said = cr_tok_word(s, first - 1, range_openers[k]);
	said |= first > 1 &&
		((cr_tok_word(s, first - 1, "of") && cr_tok_word(s, first - 2, "range")) ||
		 (cr_tok_word(s, first - 1, "from") && cr_tok_find(s, first - 2, &number_range_verbs)));
	if (!said)
		return 0;
	Quantity up = { .unit = U_NONE };
	guint j = i + 1 + parse_currency_before(s, i + 1, &up);
	guint k = j > i + 1 && up.unit == q->unit ? number_parse_digits(s, j, &up) : 0;
	if (!k)
		return 0;
	k += parse_multiplier(s, j + k, &up);
	if (!up.multiplied || quantity_value(q) >= quantity_value(&up))
		return 0;
	*high = up;
	return j + k - i;
}

/* The upper end of a range after the amount Q, which began at token FIRST
 * and ends before I: "2-3%", "2 to 3 per cent", "between 2 and 3 per
 * cent", "$5-6 billion". The upper end names the unit and the scale of
 * both; without one ("six to three", "3-1") there is no range, nor after
 * "from" ("rose from 2 to 3 per cent" is a change) but for "ranging from".
 * After "between" or "ranging from" its digits may follow a lower end in
 * words ("ranging from three to 20 years"; not "sentenced three to 20
 * years", three people) and the lower end may name the same unit ("range
 * from three years to 20 years"), in the same word ("ranged from two
 * killed to 12 people injured" is no range). Fills HIGH; returns the
 * tokens used. */
static guint parse_range(const CrTokens *s, guint first, guint i, Quantity *q, Quantity *high)
{
	if (q->multiplied && number_is_money(q))
		return parse_money_range(s, first, i, q, high);
	if (q->multiplied || i >= s->n)
		return 0;
	gboolean dash = cr_tok_punct(s, i, '-') && cr_tok_joined(s, i) && cr_tok_joined(s, i + 1);
	gboolean spaced = !dash && s->tok[i].gap == CR_GAP_SPACE && cr_tok_spaced(s, i + 1);
	gboolean to_word = spaced && cr_tok_word(s, i, "to");
	gboolean and_word = spaced && !to_word && cr_tok_word(s, i, "and");
	if (!dash && !to_word && !and_word)
		return 0;
	gboolean between = first > 0 && cr_tok_word(s, first - 1, "between");
	if (and_word && !between)
		return 0;
	gboolean after_from = !between && first > 0 && cr_tok_word(s, first - 1, "from");
	gboolean spans =
	    between || (after_from && first > 1 && cr_tok_find(s, first - 2, &number_range_verbs));
	gboolean own_unit = q->unit != U_NONE && !number_is_money(q);
	if ((own_unit || after_from) && !spans)
		return 0;
	Quantity up = { .unit = number_is_money(q) ? q->unit : U_NONE };
	guint j = i + 1;
	/* the upper end in digits (after a lower end in words only where a
	 * range is said), or in words after a lower end in words */
	gboolean digits = s->tok[j].kind == CR_TOKEN_NUMBER;
	guint k = 0;
	if (digits && (!q->in_words || spans))
		k = number_parse_digits(s, j, &up);
	else if (!digits && q->in_words)
		k = number_parse_words(s, j, &up);
	if (!k)
		return 0;
	j += k;
	if (!up.in_words)
		j += parse_multiplier(s, j, &up);
	if (!number_is_money(&up))
		j += number_unit_after(s, j, &up);
	if ((up.unit == U_NONE && !up.multiplied) || up.unit == U_ORDINAL || up.unit == U_AGE ||
	    (own_unit && (up.unit != q->unit || up.multiplied || !same_unit_word(s, i - 1, j - 1))))
		return 0;
	Quantity low = *q;
	if (!own_unit)
		low.exponent += up.exponent + (int)up.decimals;
	if (quantity_value(&low) >= quantity_value(&up))
		return 0;
	*high = up;
	*q = low;
	q->multiplied = high->multiplied;
	q->unit = high->unit;
	return j - i;
}

/* What an amount of money at I takes after it as its own: its currency
 * again, as a modifier ("$14.9 billion-dollar deal"), or the thing it is
 * paid for ("$55 per share", "US$ 2 per dose", "50 cents a share"). Returns
 * the tokens used. */
static guint parse_money_after(const CrTokens *s, guint i, const Quantity *q)
{
	if (i + 1 >= s->n || s->tok[i].gap == CR_GAP_LINE)
		return 0;
	const CrTokenWord *w;
	if (cr_tok_punct(s, i, '-') && cr_tok_joined(s, i) && cr_tok_joined(s, i + 1) &&
	    (w = cr_tok_find(s, i + 1, &number_unit_words)) != NULL && w->value == q->unit)
		return 2;
	/* a price in cents, of a thing: "50 cents a share" */
	if ((word_is(s, i, 'p', "per") || (q->unit == U_CENTS && word_is(s, i, 'a', "a"))) &&
	    cr_tok_spaced(s, i) && number_spaced_word(s, i + 1) && number_countable_word(s, i + 1))
		return 2;
	return 0;
}

/* TRUE when a capitalised number in words ending before token I is joined
 * to a capitalised unit of time, a headline's duration ("Agreed to a
 * Five-Year Deal"), not a name's numbering ("Article Five", "Group of
 * Seven"). */
static gboolean titled_duration(const CrTokens *s, guint i)
{
	return cr_tok_punct(s, i, '-') && cr_tok_joined(s, i) && cr_tok_joined(s, i + 1) && i + 1 < s->n &&
	       s->tok[i + 1].upper && cr_tok_find(s, i + 1, &number_time_units);
}

/* 1 + the token of the capitalised noun of a sequence (number_ranked_nouns)
 * spaced before the whole number at I on its line, which ranks it: "Game
 * 14", "Round 12"; else 0. */
static guint ranked_noun_before(const CrTokens *s, guint i, const Quantity *q)
{
	if (i == 0 || q->in_words || q->decimals || q->grouped || q->bound || q->digits > 3 ||
	    s->tok[i].gap != CR_GAP_SPACE || s->tok[i - 1].kind != CR_TOKEN_WORD || !s->tok[i - 1].upper)
		return 0;
	return cr_tok_find(s, i - 1, &number_ranked_nouns) ? i : 0;
}

/* TRUE when the number at I follows "then-", which tells what was so at
 * the time ("the then-15-year-old"): no code, as "COVID-19" is. */
static gboolean after_then(const CrTokens *s, guint i)
{
	return i >= 2 && cr_tok_punct(s, i - 1, '-') && cr_tok_joined(s, i) && cr_tok_joined(s, i - 1) &&
	       cr_tok_word(s, i - 2, "then");
}

/* The tokens of a seat's or a gate's code at I (digits, K tokens, of Q):
 * one capital letter joined to them, after a word of number_seat_words or
 * "in" after one ("seat 11A", "seated in 11A", "Gate 5B"), its letter in
 * Q->letter and Q->gate set for a gate's; 0 for none ("a 5G network",
 * "11 A", a unit's letter: "sat in 45C heat"). */
static guint seat_code(const CrTokens *s, guint i, guint k, Quantity *q)
{
	guint at = i + k;
	if (k != 1 || i == 0 || at >= s->n || s->tok[at].kind != CR_TOKEN_WORD || !s->tok[at].upper ||
	    s->tok[at].end - s->tok[at].start != 1 || !cr_tok_joined(s, at) ||
	    !cr_tok_ends_cleanly(s, at + 1))
		return 0;
	/* a letter that is the number's unit is no code's ("sat in 45C heat") */
	Quantity unit = *q;
	if (number_unit_after(s, at, &unit))
		return 0;
	guint before = i - 1;
	if (cr_tok_word(s, before, "in") && before > 0)
		before--;
	const CrTokenWord *w = cr_tok_spaced(s, i) ? cr_tok_find(s, before, &number_seat_words) : NULL;
	if (!w)
		return 0;
	q->letter = s->data[s->tok[at].start];
	q->gate = w->value != 0;
	return 2;
}

/* Reads the quantity that begins at token I; returns the tokens it covers,
 * 0 when there is none or it is to be left out (see the top of the file).
 * HIGH gets the upper end of a range ("2-3%"), else no digits. */
guint number_read_at(const CrTokens *s, guint i, Quantity *q, Quantity *high)
{
	*q = (Quantity){ .unit = U_NONE };
	*high = (Quantity){ .unit = U_NONE };
	if (!cr_tok_starts_cleanly(s, i) && !after_then(s, i))
		return 0;
	guint fraction = parse_point_fraction(s, i, q);
	if (!fraction)
		fraction = number_unit_and_a_half(s, i, q);
	if (fraction)
		return cr_tok_ends_cleanly(s, i + fraction) ? fraction : 0;
	/* "in 2:00:35": a time with its seconds, not of day (the dates keep
	 * one with a meridiem or a zone, "13:01:15 IST") */
	guint elapsed = cr_tok_punct(s, i + 1, ':') ? cr_tok_stopwatch(s, i, &q->mantissa, &q->decimals) : 0;
	if (elapsed) {
		q->exponent = -(int)q->decimals;
		q->unit = U_ELAPSED;
		return cr_tok_ends_cleanly(s, i + elapsed) ? elapsed : 0;
	}
	guint j = i + parse_currency_before(s, i, q);
	/* Digits may touch a currency ("$5"), words may not ("$five"). */
	if (j > i && !cr_tok_starts_cleanly(s, j) && s->tok[j].kind != CR_TOKEN_NUMBER)
		return 0;
	guint k = number_parse_digits(s, j, q);
	guint code = j == i && k && !q->decimals && !q->grouped ? seat_code(s, i, k, q) : 0;
	if (code)
		return code;
	if (!k && j == i && (k = parse_ordinal_word(s, j, q)) > 0) {
		/* "third time": an ordinal in words, in lower case ("First item"
		 * heads a list), ranks a noun, or is no fact */
		guint noun = parse_ordinal_noun(s, j + k, q);
		/* capitalised, it opens a name that holds its noun ("the
		 * Fourteenth Amendment"), not a sentence */
		if (!noun || (s->tok[j].upper && (sentence_start(s, j) || !s->tok[q->noun - 1].upper)))
			return 0;
		return cr_tok_ends_cleanly(s, j + k + noun) ? k + noun : 0;
	}
	if (!k) {
		k = number_parse_words(s, j, q);
		if (!k || (s->tok[j].upper && !sentence_start(s, j) && !titled_duration(s, j + k)))
			return 0;
	}
	j += k;
	if (!q->in_words)
		j += parse_plus(s, j, q);
	if (!q->in_words && !number_is_money(q) && !q->decimals && !q->bound && cr_tok_joined(s, j) &&
	    cr_tok_word(s, j, cr_ordinal_suffix(q->mantissa))) {
		q->unit = U_ORDINAL;
		j++;
		j += parse_ordinal_noun(s, j, q);
	} else if (!q->bound && j == i + k && (k = parse_tally(s, i, j, q, high)) > 0) {
		j += k;
	} else {
		j += number_half_after(s, j, q);
		if (!q->in_words)
			j += parse_multiplier(s, j, q);
		/* "two other people", "six more babies": the count of what
		 * follows, adding to others ("six others" too) */
		guint added = number_added_word(s, j), unit_at = j;
		if (!number_is_money(q) && added)
			j += (k = number_unit_after(s, j + added, q)) > 0 ? (q->added = TRUE, added + k) : 0;
		else if (!number_is_money(q))
			j += (k = number_unit_after(s, j, q)) > 0 && q->unit == U_CENTS
				 ? k + parse_money_after(s, j + k, q)
				 : k;
		else
			j += parse_money_after(s, j, q);
		q->added |= q->unit == U_PEOPLE && word_is(s, unit_at, 'o', "others");
		j += number_months_after_years(s, j, q);
		j += number_seconds_after(s, j, q);
		j += parse_range(s, i, j, q, high);
		if (q->unit == U_NONE && is_age(s, i, j, q))
			q->unit = U_AGE;
		if (q->unit == U_NONE && !high->digits && (q->noun = ranked_noun_before(s, i, q)) != 0)
			q->unit = U_ORDINAL;
		if (q->unit == U_NONE) {
			gboolean definite =
			    i > 0 && (cr_tok_word(s, i - 1, "the") || cr_tok_word(s, i - 1, "The"));
			if (added && (k = number_parse_counted(s, j + added, q, definite)) > 0)
				j += added + k, q->added = TRUE;
			else if (!added) {
				guint counted = j;
				j += number_parse_counted(s, j, q, definite);
				number_periods_counted(s, counted, q);
			}
			/* "attempting to murder six more.": more of what was
			 * counted before */
			if (!q->noun && word_is(s, j, 'm', "more") && cr_tok_spaced(s, j) &&
			    s->tok[j].gap != CR_GAP_LINE &&
			    (j + 1 >= s->n || s->tok[j + 1].kind == CR_TOKEN_PUNCT ||
			     s->tok[j + 1].gap == CR_GAP_LINE))
				j++, q->added = TRUE;
		}
	}
	if (!cr_tok_ends_cleanly(s, j) ||
	    (cr_tok_punct(s, j, '-') && cr_tok_joined(s, j) && cr_tok_joined(s, j + 1)))
		return 0;
	gboolean pm;
	if ((q->lone_one && q->unit == U_NONE && !q->noun) || cr_tok_meridiem(s, j, &pm) ||
	    (i > 0 && cr_tok_spaced(s, i) && cr_tok_find(s, i - 1, &number_version_words)))
		return 0;
	if (!q->in_words && q->unit == U_NONE && !q->multiplied && !q->decimals &&
	    (list_number(s, i, j) || bare_integer_is_not_quantity(s, i, j, q)))
		return 0;
	return j - i;
}

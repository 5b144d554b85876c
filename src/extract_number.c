/* Numbers and quantities: cardinals in digits or words ("two million"),
 * ordinals and the noun they rank ("31st member", "the third time"), money
 * ("$1.18 billion"), percentages, points, tallies ("216-210"), ages and a
 * few units, a stopwatch's times ("2:00:35", in seconds, keeping them),
 * each with a normalized value and unit and, for small ones, the
 * sentence they are said in. A quantity is read by number_read.c with the
 * words of number_lexicon.c; this file makes the facts.
 *
 * Left out on purpose, as they are no quantity or belong to another fact:
 * digits of a date fact; digits in a name or code ("G7", "COVID-19",
 * "F-35", "5G"; but a seat's or a gate's, "seat 11A", is a fact); numbers joined by '/' or ':' ("24/7",
 * "18:13") or by '-' but in a tally (phone numbers); version numbers ("2.74.1", "version 2.74"); list
 * numbering at a line start ("1. "); bare years ("2023"); bare integers with a leading zero or seven digits
 * and more (codes, phone numbers); times ("3 p.m."); a capitalised number word inside a sentence
 * ("Article Five", "Group of Seven"); "one" alone (mostly a pronoun);
 * ordinal words without a noun ("at first"). */
#include "crossread/extract.h"

#include <math.h>
#include <string.h>

#include "crossread/text.h"
#include "number_private.h"
#include "stem.h"
#include "crossread/partition.h"

/* The bytes a number is written out in without an allocation of its own
 * (format_number()): a whole one of 64 bits, or one with a point and up
 * to NUMBER_DECIMALS decimals. */
#define NUMBER_BUF	48
#define NUMBER_DECIMALS 24

/* VALUE in decimal digits, written to end at END; returns where they
 * begin (printf was a tenth of extracting numbers). */
static char *format_whole(guint64 value, char *end)
{
	char *p = end;
	do {
		*--p = (char)('0' + value % 10);
		value /= 10;
	} while (value);
	return p;
}

/* TRUE when Q is a whole number that 64 bits hold. */
static gboolean is_whole(const Quantity *q)
{
	return q->exponent >= 0 && q->mantissa <= G_MAXUINT64 / number_power_of_ten(q->exponent);
}

/* The number of Q written out: "1180000000", "2.74", "0.5"; in BUF
 * (NUMBER_BUF bytes), or, for a number too long for it, in *OWNED for the
 * caller to free (a copy of each number was a malloc() and a free() of
 * every number fact). */
static const char *format_number(const Quantity *q, char *buf, char **owned)
{
	*owned = NULL;
	if (is_whole(q)) {
		buf[NUMBER_BUF - 1] = '\0';
		return format_whole(q->mantissa * number_power_of_ten(q->exponent), buf + NUMBER_BUF - 1);
	}
	if (q->exponent >= 0) {
		char text[G_ASCII_DTOSTR_BUF_SIZE];
		return *owned = g_strdup(g_ascii_formatd(text, sizeof text, "%.6g",
							 (double)q->mantissa * pow(10, q->exponent)));
	}
	/* the mantissa's digits, at least one before the point, then the
	 * decimals without the zeros that end them */
	guint decimals = (guint)-q->exponent;
	char *out = decimals > NUMBER_DECIMALS ? (*owned = g_malloc(decimals + NUMBER_BUF)) : buf;
	char *end = out + decimals + NUMBER_BUF - NUMBER_DECIMALS - 1,
	     *digits = format_whole(q->mantissa, end);
	while ((guint)(end - digits) < decimals + 1)
		*--digits = '0';
	char *point = end - decimals;
	while (end > point && end[-1] == '0')
		end--;
	if (end > point) {
		memmove(digits - 1, digits, (gsize)(point - digits));
		point[-1] = '.';
		digits--;
	}
	*end = '\0';
	return digits;
}

/* The stopwatch's time Q (U_ELAPSED) as h:mm:ss or m:ss, with the
 * digits after the point as written: "2:00:35", "13:44.2". */
static char *format_elapsed(const Quantity *q)
{
	guint64 scale = number_power_of_ten((int)q->decimals), whole = q->mantissa / scale;
	GString *out = g_string_new(NULL);
	if (whole >= 3600)
		g_string_append_printf(out, "%" G_GUINT64_FORMAT ":%02u:%02u", whole / 3600,
				       (guint)(whole / 60 % 60), (guint)(whole % 60));
	else
		g_string_append_printf(out, "%" G_GUINT64_FORMAT ":%02u", whole / 60, (guint)(whole % 60));
	if (q->decimals)
		g_string_append_printf(out, ".%0*" G_GUINT64_FORMAT, (int)q->decimals, q->mantissa % scale);
	return cr_text_steal(out);
}

/* How much a quantity is worth as a fact: money and percentages most, a
 * bare small cardinal least. */
static double quantity_confidence(const Quantity *q)
{
	if (number_is_money(q) || q->unit == U_PERCENT)
		return 0.9;
	if (q->unit == U_ORDINAL)
		return 0.6;
	if (q->unit != U_NONE)
		return 0.8;
	if (q->multiplied || q->decimals || q->mantissa >= 100)
		return 0.7;
	return q->mantissa < 10 ? 0.4 : 0.5;
}

/* The most significant digits "%.6g" prints. */
#define KEY_DIGITS 6

/* NUMBER (digits, at most one point) as "%.6g" prints the double nearest
 * to it, into BUF (at least G_ASCII_DTOSTR_BUF_SIZE bytes), written from
 * its digits when it has KEY_DIGITS significant ones or fewer (the double
 * is then within far less than half a unit of the sixth digit of them);
 * NULL for any other: printf took 2,500 instructions a number, a twentieth
 * of the work on dense numbers. */
static const char *format_key_digits(const char *number, char *buf)
{
	char sig[KEY_DIGITS];
	guint n_sig = 0, zeros = 0, n_int = 0;
	int first = -1; /* the place of the first significant digit, from the left */
	gboolean point = FALSE;
	for (const char *p = number; *p; p++) {
		if (*p == '.' && !point) {
			point = TRUE;
			continue;
		}
		if (!g_ascii_isdigit(*p))
			return NULL;
		int place = (int)(p - number) - point;
		n_int += !point;
		if (*p == '0') {
			zeros += first >= 0;
			continue;
		}
		if (first < 0)
			first = place;
		if (n_sig + zeros + 1 > KEY_DIGITS)
			return NULL;
		while (zeros > 0)
			sig[n_sig++] = '0', zeros--;
		sig[n_sig++] = *p;
	}
	if (first < 0)
		return NULL;
	/* the power of ten of the first significant digit */
	int exp10 = (int)n_int - 1 - first;
	char *q = buf;
	if (exp10 < -4 || exp10 >= KEY_DIGITS) {
		*q++ = sig[0];
		if (n_sig > 1) {
			*q++ = '.';
			memcpy(q, sig + 1, n_sig - 1);
			q += n_sig - 1;
		}
		*q++ = 'e';
		*q++ = exp10 < 0 ? '-' : '+';
		guint e = (guint)ABS(exp10);
		if (e >= 100)
			*q++ = (char)('0' + e / 100);
		*q++ = (char)('0' + e / 10 % 10);
		*q++ = (char)('0' + e % 10);
	} else if (exp10 < 0) {
		*q++ = '0';
		*q++ = '.';
		for (int i = -1; i > exp10; i--)
			*q++ = '0';
		memcpy(q, sig, n_sig);
		q += n_sig;
	} else {
		for (guint i = 0; i < (guint)exp10 + 1; i++)
			*q++ = i < n_sig ? sig[i] : '0';
		if (n_sig > (guint)exp10 + 1) {
			*q++ = '.';
			memcpy(q, sig + exp10 + 1, n_sig - (guint)exp10 - 1);
			q += n_sig - (guint)exp10 - 1;
		}
	}
	*q = '\0';
	return buf;
}

/* The matching form of NUMBER (written out by format_number(), of value
 * VALUE, the double nearest to it): as "%.6g" prints it, which for a whole
 * number under a million is its digits. */
static const char *key_number(const char *number, double value, char *buf, gsize size)
{
	if (value >= 0 && value < 1e6 && !strchr(number, '.'))
		return number;
	const char *fast = value > 0 ? format_key_digits(number, buf) : NULL;
	return fast ? fast : g_ascii_formatd(buf, (int)size, "%.6g", value);
}

/* Where a report's number facts keep their strings: POOL, and two
 * buffers a value and a key are written in before they are shared. */
typedef struct {
	CrFactStrings *pool;
	GString *value, *key;
} NumberStrings;

/* Appends the fact for the quantity Q at [start,end): up to HIGH when it
 * is a range, counting NOUN (as written, or NULL); its strings shared
 * through the report's STRINGS. */
static void add_fact(const CrDoc *doc, guint doc_index, gsize start, gsize end, const Quantity *q,
		     const Quantity *high, const char *noun, NumberStrings *strings, GArray *facts)
{
	gboolean elapsed = q->unit == U_ELAPSED;
	char number_buf[NUMBER_BUF], upper_buf[NUMBER_BUF];
	g_autofree char *number_owned = NULL, *upper_owned = NULL;
	const char *number = format_number(q, number_buf, &number_owned);
	g_autofree char *clock = elapsed ? format_elapsed(q) : NULL;
	const char *upper = high->digits ? format_number(high, upper_buf, &upper_owned) : NULL;
	/* an age is matched as the bare number it is written as elsewhere
	 * ("Holmes, 38," and "she is 38"), shown with its unit */
	gboolean age = q->unit == U_AGE;
	const char *unit = q->unit != U_NONE && !age ? number_unit_names[q->unit] : NULL;
	CrFact *f = cr_fact_append_shared(facts, doc, doc_index, start, end, CR_FACT_NUMBER, strings->pool);
	/* a whole number converts as strtod() reads its digits (both round to
	 * nearest), without reading them (480 instructions a number) */
	f->num = is_whole(q) ? (double)(q->mantissa * number_power_of_ten(q->exponent))
			     : g_ascii_strtod(number, NULL);
	if (q->bound && q->strict)
		f->flags |= CR_FACT_STRICT_BOUND;
	if (q->unit == U_AGE)
		f->flags |= CR_FACT_AGE;
	if (q->added)
		f->flags |= CR_FACT_ADDED;
	f->unit = unit;
	gboolean ordinal = q->unit == U_ORDINAL;
	const char *named = age							 ? number_unit_names[U_AGE]
			    : unit && !ordinal && q->unit != U_TALLY && !elapsed ? unit
										 : noun;
	GString *value = strings->value, *key = strings->key;
	g_string_truncate(value, 0);
	if (q->bound)
		g_string_append_c(value, q->bound);
	cr_string_append(value, elapsed ? clock : number);
	if (q->letter)
		g_string_append_c(value, q->letter);
	if (ordinal)
		cr_string_append(value, cr_ordinal_suffix(q->mantissa));
	if (upper) {
		g_string_append_c(value, '-');
		cr_string_append(value, upper);
	}
	if (named) {
		g_string_append_c(value, ' ');
		cr_string_append(value, named);
	}
	/* a value is matched in basis points whether in them or in percentage
	 * points: "25 basis points", "a quarter percentage point" */
	gboolean points = q->unit == U_PP;
	double key_value = points ? f->num * 100 : f->num;
	g_autofree char *key_digits = points ? g_strdup_printf("%.6g", key_value) : NULL;
	char buf[G_ASCII_DTOSTR_BUF_SIZE], top[G_ASCII_DTOSTR_BUF_SIZE];
	/* "more than 300" is not 300, "about 300" may be */
	g_string_truncate(key, 0);
	if (q->bound && q->bound != '~')
		g_string_append_c(key, q->bound);
	cr_string_append(key, key_number(points ? key_digits : number, key_value, buf, sizeof buf));
	if (q->letter)
		g_string_append_c(key, q->letter);
	if (upper) {
		g_string_append_c(key, '-');
		cr_string_append(key, key_number(upper, g_ascii_strtod(upper, NULL), top, sizeof top));
	}
	g_string_append_c(key, '|');
	cr_string_append(key, points ? number_unit_names[U_BP] : unit ? unit : q->gate ? "gate" : "");
	if (noun && !ordinal) {
		gsize len = strlen(noun);
		f->counted = g_ascii_strdown(noun, (gssize)(len > 3 && noun[len - 1] == 's' ? len - 1 : len));
		const char *same = number_counted_synonym(f->counted);
		if (same) {
			g_free(f->counted);
			f->counted = g_strdup(same);
		}
	}
	f->confidence = quantity_confidence(q);
	cr_fact_share_strings(f, strings->pool, value->str, key->str);
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
/* Set in a stem of a word that tells of a plan (number_plan_words), a bit
 * no context hash of a word keeps (CR_CONTEXT_UNIT). */
#define STEM_PLAN CR_CONTEXT_UNIT

/* TRUE when token I ends a sentence: ".", "!" or "?" before a space or
 * the end of the block; not the point of an initial ("U.S. central bank"). */
static inline gboolean ends_sentence(const CrTokens *s, guint i)
{
	const CrToken *t = &s->tok[i];
	if (t->kind != CR_TOKEN_PUNCT || !(t->ch == '.' || t->ch == '!' || t->ch == '?') ||
	    (i + 1 < s->n && s->tok[i + 1].gap == CR_GAP_NONE))
		return FALSE;
	const CrToken *p = i > 0 ? &s->tok[i - 1] : NULL;
	return !(t->ch == '.' && p && p->kind == CR_TOKEN_WORD && p->upper && p->end - p->start == 1 &&
		 t->gap == CR_GAP_NONE);
}

/* Inserts H into the sorted HASHES (*N of them), once: the greater ones
 * moved up one as they are passed (a call to memmove() cost more than
 * the few it moves). */
static void insert_hash(guint32 *hashes, guint *n, guint32 h)
{
	guint at = *n;
	while (at > 0 && hashes[at - 1] > h)
		at--;
	if (at > 0 && hashes[at - 1] == h)
		return;
	for (guint i = *n; i > at; i--)
		hashes[i] = hashes[i - 1];
	hashes[at] = h;
	(*n)++;
}

/* The most stems of number_plan_words. */
#define MAX_PLAN_STEMS 8

/* STEM, with STEM_PLAN set when it is the stem of a word of plan
 * (number_plan_words: "scheduled", "planning" and the words of their
 * stems, "schedule", "plans"), as STEMMER stems. */
static guint32 plan_marked(guint32 stem, CrStemmer *stemmer)
{
	static guint32 plan[MAX_PLAN_STEMS];
	static guint32 low_bits; /* bit B: a plan's stem ends in B (its low 5 bits) */
	static guint n_plan;
	static gsize ready;
	if (g_once_init_enter(&ready)) {
		for (guint k = 0; k < number_plan_words.n && n_plan < MAX_PLAN_STEMS; k++) {
			const char *word = number_plan_words.words[k].word;
			guint32 h =
			    cr_stem_hash(stemmer, word, strlen(word)) & ~(CR_CONTEXT_NEIGHBOUR | STEM_PLAN);
			guint j = 0;
			while (j < n_plan && plan[j] != h)
				j++;
			if (j == n_plan)
				plan[n_plan++] = h;
			low_bits |= 1u << (h & 31);
		}
		g_once_init_leave(&ready, 1);
	}
	if (!(low_bits & (1u << (stem & 31))))
		return stem;
	for (guint j = 0; j < n_plan; j++)
		if (plan[j] == stem)
			return stem | STEM_PLAN;
	return stem;
}

/* TRUE when number fact F is a whole number with no unit and no noun. */
static gboolean bare_number(const CrFact *f)
{
	return !f->unit && !f->counted && f->num == floor(f->num);
}

/* The token after "of" and perhaps a determiner ("of its", "of the")
 * that token LAST is, where a share's whole begins; G_MAXUINT when LAST
 * is no "of". */
static guint whole_start(const CrTokens *s, guint last)
{
	if (!cr_tok_word(s, last, "of"))
		return G_MAXUINT;
	return cr_tok_find(s, last + 1, &number_whole_determiners) ? last + 2 : last + 1;
}

/* TRUE when the number SELF (of FACTS) is a part of the larger count
 * after it, of the block's NUMBERS: "five of its nine seats", "3 of the
 * 12"; not "four counts of first-degree murder". */
static gboolean is_part(const GArray *facts, const BlockNumber *numbers, guint n_numbers,
			const BlockNumber *self, const CrTokens *s)
{
	guint at = whole_start(s, self->last);
	if (at == G_MAXUINT)
		return FALSE;
	const BlockNumber *next = self + 1;
	if (next >= numbers + n_numbers || next->first != at)
		return FALSE;
	const CrFact *part = &g_array_index(facts, CrFact, self->fact);
	const CrFact *whole = &g_array_index(facts, CrFact, next->fact);
	return whole->num > part->num && whole->unit != number_unit_names[U_ORDINAL];
}

/* The most tokens between two numbers of a list: "7 Josh Inglis (wk), 8". */
#define LIST_ITEM_TOKENS 12

/* TRUE when the bare numbers A and B of the block's numbers follow each
 * other as a list's numbering does: B one more, a few tokens on. */
static gboolean counts_on(const GArray *facts, const BlockNumber *a, const BlockNumber *b)
{
	const CrFact *fa = &g_array_index(facts, CrFact, a->fact),
		     *fb = &g_array_index(facts, CrFact, b->fact);
	return bare_number(fa) && bare_number(fb) && fb->num == fa->num + 1 &&
	       b->first - a->last <= LIST_ITEM_TOKENS;
}

/* Flags the small number K of the block's NUMBERS that is a part of a
 * whole (CR_FACT_PART) or one of three that count on, a list's numbering
 * ("1 Travis Head, 2 David Warner, 3 Mitch Marsh": CR_FACT_LISTED). */
static void flag_part_or_item(GArray *facts, const BlockNumber *numbers, guint n_numbers, guint k,
			      const CrTokens *s)
{
	CrFact *f = &g_array_index(facts, CrFact, numbers[k].fact);
	gboolean before = k > 0 && counts_on(facts, &numbers[k - 1], &numbers[k]);
	gboolean after = k + 1 < n_numbers && counts_on(facts, &numbers[k], &numbers[k + 1]);
	if ((before && after) || (before && k > 1 && counts_on(facts, &numbers[k - 2], &numbers[k - 1])) ||
	    (after && k + 2 < n_numbers && counts_on(facts, &numbers[k + 1], &numbers[k + 2])))
		f->flags |= CR_FACT_LISTED;
	if (is_part(facts, numbers, n_numbers, &numbers[k], s))
		f->flags |= CR_FACT_PART;
}

/* The most words between "of" and the noun of the whole a share is of. */
#define MAX_WHOLE_WORDS 3

/* The stem of the noun that percentage F, ending before token LAST, is a
 * share of, marked CR_CONTEXT_UNIT without CR_CONTEXT_NEIGHBOUR: the last
 * of up to MAX_WHOLE_WORDS lower-case words after "of" and a determiner,
 * up to another "of" ("15% of its massive workforce" and "15% of its
 * workforce of around 110,000" are of "workforce"); STEM_NONE when
 * none. Two shares of one whole named alike are of one thing, whatever
 * else their sentences say ("more than 15% of its workforce, some 17,500
 * people" and "15% of its workforce of around 110,000 people"). */
static guint32 whole_stem(const CrFact *f, const CrTokens *s, guint last, const guint32 *stems,
			  CrStemmer *stemmer)
{
	if (f->kind != CR_FACT_NUMBER || f->unit != number_unit_names[U_PERCENT])
		return STEM_NONE;
	guint i = whole_start(s, last), noun = G_MAXUINT;
	if (i == G_MAXUINT)
		return STEM_NONE;
	for (guint k = 0;
	     k < MAX_WHOLE_WORDS && i < s->n && s->tok[i].kind == CR_TOKEN_WORD && !s->tok[i].upper &&
	     s->tok[i].gap == CR_GAP_SPACE && !cr_tok_function_word(s, i) && !cr_tok_word(s, i, "of");
	     k++, i++)
		noun = i;
	if (noun == G_MAXUINT)
		return STEM_NONE;
	const CrToken *t = &s->tok[noun];
	guint32 stem = stems[noun] != STEM_UNKNOWN && stems[noun] != STEM_NONE
			   ? stems[noun]
			   : cr_stem_hash_folded(stemmer, s->data + t->start, t->end - t->start, t->fold);
	return (stem & ~CR_CONTEXT_NEIGHBOUR) | CR_CONTEXT_UNIT;
}

/* The first token of the sentence of the number whose first token is
 * FIRST, at most CONTEXT_TOKENS before it. */
static guint sentence_start(const CrTokens *s, guint first)
{
	guint from = first;
	while (from > 0 && first - from < CONTEXT_TOKENS && !ends_sentence(s, from - 1) &&
	       s->tok[from].gap != CR_GAP_LINE)
		from--;
	return from;
}

/* The end (one past its last token) of the sentence of the number that
 * ends before token LAST, at most CONTEXT_TOKENS after it. */
static guint sentence_end(const CrTokens *s, guint last)
{
	guint to = last;
	while (to < s->n && to - last < CONTEXT_TOKENS && s->tok[to].gap != CR_GAP_LINE &&
	       !ends_sentence(s, to - 1))
		to++;
	return to;
}

/* Gives number K of the block's NUMBERS, one that is no small one, the
 * country it is in (number_subject_country()) and the others its
 * sentence names (cr_fact_places_new()): "More than 200,000 people have
 * been affected by flash floods in Kenya" and "over 200,000 victims in
 * neighboring Burundi" are two counts (align_kinds.c). */
static void set_places(GArray *facts, const BlockNumber *numbers, guint n_numbers, guint k, const CrTokens *s,
		       CrFactStrings *pool)
{
	const BlockNumber *self = &numbers[k];
	guint32 countries[NUMBER_MAX_COUNTRIES];
	countries[0] = number_subject_country(s, self->last, k + 1 < n_numbers ? numbers[k + 1].first : s->n);
	if (!countries[0])
		return;
	guint n = number_countries_named(s, sentence_start(s, self->first), sentence_end(s, self->last),
					 countries, 1);
	CrFact *f = &g_array_index(facts, CrFact, self->fact);
	f->context = cr_fact_places_new(pool, countries, n);
}

/* Inserts in HASHES (N of them), as other numbers of a sentence, the
 * whole numbers a rewrite may write number OTHER as when its key's value
 * SAID (SAID_LEN bytes) is written with decimals, no bound and no range,
 * under a million and in no percentage points: the decimals cut, and
 * rounded up when they are .5 or more ("94.2%": 94; "94.6 percent": 94
 * and 95), so "94.2%" and "94.6 percent" stand beside "94%" ("The
 * machinists rejected the contract by 94% and 96% voted to strike", "by
 * 94.2% and 96%", "a vote of 94.6 percent and to strike with 96
 * percent") and "94.2%" not beside "95%"; "$46.74 billion" (no decimals
 * in its key) and "41.1" stay apart from "$41.1 billion" and "46". */
static void insert_near_wholes(guint32 *hashes, guint *n, const CrFact *other, const char *said,
			       gsize said_len)
{
	if (!g_ascii_isdigit(said[0]) || !memchr(said, '.', said_len) || memchr(said, '-', said_len) ||
	    !(other->num < 1e6) || other->unit == number_unit_names[U_PP])
		return;
	char buf[G_ASCII_DTOSTR_BUF_SIZE];
	guint64 whole = (guint64)other->num;
	guint64 top = other->num - (double)whole >= 0.5 ? whole + 1 : whole;
	for (guint64 v = whole; v <= top; v++) {
		int len = g_snprintf(buf, sizeof buf, "%" G_GUINT64_FORMAT, v);
		insert_hash(hashes, n, (cr_fnv32(buf, (gsize)len) & ~CR_CONTEXT_UNIT) | CR_CONTEXT_NEIGHBOUR);
	}
}

/* Gives fact NUMBER (of the block's NUMBERS) the stems of the content words
 * of its sentence (at most CONTEXT_TOKENS tokens each side, its own words
 * left out) and, marked CR_CONTEXT_NEIGHBOUR, the values (with their
 * bounds) of the other numbers in it, with CR_CONTEXT_UNIT too their units
 * ("72 on board" holds the value of "72 people"): what tells "five seats"
 * of one party from "five seats" of another, and 56% of a revenue of
 * $46.74 billion from 56% of one of $41.1 billion (align_group.c); and
 * flags a number whose sentence tells of a plan (CR_FACT_PLANNED). */
static void set_context(GArray *facts, const BlockNumber *numbers, guint n_numbers, const BlockNumber *self,
			const CrTokens *s, CrStemmer *stemmer, guint32 *stems, CrFactStrings *pool)
{
	guint first = self->first, last = self->last;
	CrFact *f = &g_array_index(facts, CrFact, self->fact);
	guint from = sentence_start(s, first), to = sentence_end(s, last);
	/* "The 76-year-old is accompanied by": an age after "the" opening its
	 * sentence stands for the person of the sentence before, whose words
	 * tell it apart too */
	if (from + 1 == first && from > 0 && cr_tok_word(s, from, "the") && s->tok[from].gap != CR_GAP_LINE &&
	    cr_fact_is_age(f))
		do
			from--;
		while (from > 0 && first - from < CONTEXT_TOKENS && !ends_sentence(s, from - 1) &&
		       s->tok[from].gap != CR_GAP_LINE);
	guint32 hashes[2 * CONTEXT_TOKENS + 3 + 4 * MAX_NEIGHBOURS];
	guint n = 0, neighbours = 0;
	gboolean planned = FALSE;
	/* the tokens before its own and those after, with no test of each
	 * for being its own (2.4 M at 8 x 1 MiB) */
	guint sides[2][2] = { { from, MIN(first, to) }, { MAX(self->own_end, first), to } };
	for (guint side = 0; side < 2; side++)
		for (guint i = sides[side][0]; i < sides[side][1]; i++) {
			if (stems[i] == STEM_UNKNOWN) {
				const CrToken *t = &s->tok[i];
				gsize len = t->end - t->start;
				stems[i] = STEM_NONE;
				if (t->kind == CR_TOKEN_WORD && len >= 3 && !cr_tok_function_word(s, i) &&
				    !cr_tok_find(s, i, &number_cardinal_words))
					stems[i] = plan_marked(
					    cr_stem_hash_folded(stemmer, s->data + t->start, len, t->fold) &
						~(CR_CONTEXT_NEIGHBOUR | STEM_PLAN),
					    stemmer);
			}
			if (stems[i] != STEM_NONE) {
				planned |= (stems[i] & STEM_PLAN) != 0;
				insert_hash(hashes, &n, stems[i] & ~STEM_PLAN);
			}
		}
	guint32 whole = whole_stem(f, s, last, stems, stemmer);
	if (whole != STEM_NONE)
		insert_hash(hashes, &n, whole);
	/* "Karalis, 24,": the name of an age its report says once */
	guint name = f->kind == CR_FACT_NUMBER && cr_fact_is_age(f) && first >= from + 2
			 ? number_age_named_once(s, first, last)
			 : G_MAXUINT;
	if (name != G_MAXUINT && stems[name] != STEM_UNKNOWN && stems[name] != STEM_NONE)
		insert_hash(hashes, &n, cr_context_name(stems[name] & ~STEM_PLAN));
	/* the block's numbers are in reading order: those of the sentence lie
	 * from the first that begins in it (a long block has many) */
	guint lo = CR_PARTITION_POINT(n_numbers, mid, numbers[mid].first < from);
	for (guint k = lo; k < n_numbers && numbers[k].first <= to && neighbours < MAX_NEIGHBOURS; k++) {
		if (&numbers[k] == self || numbers[k].last > to)
			continue;
		const CrFact *other = &g_array_index(facts, CrFact, numbers[k].fact);
		/* what an ordinal ranks is no amount to tell facts apart by */
		const char *unit = other->counted				 ? other->counted
				   : other->unit != number_unit_names[U_ORDINAL] ? other->unit
										 : NULL;
		/* an age beside it is told by its age: matched as the bare
		 * number it may be written as elsewhere, it would make "the 61
		 * predicted" seats of one sentence the "61-year-old" of another */
		const char *said = cr_fact_is_age(other) ? other->value : other->key;
		if (cr_fact_is_age(other) && cr_fact_is_age(f) && strcmp(other->value, f->value) == 0)
			f->flags |= CR_FACT_AGE_LISTED;
		const char *bar = cr_fact_is_age(other) ? NULL : strchr(said, '|');
		gsize said_len = bar ? (gsize)(bar - said) : strlen(said);
		insert_hash(hashes, &n, (cr_fnv32(said, said_len) & ~CR_CONTEXT_UNIT) | CR_CONTEXT_NEIGHBOUR);
		if (f->kind == CR_FACT_NUMBER)
			insert_near_wholes(hashes, &n, other, said, said_len);
		if (unit)
			insert_hash(hashes, &n,
				    cr_fnv32(unit, strlen(unit)) | CR_CONTEXT_NEIGHBOUR | CR_CONTEXT_UNIT);
		neighbours++;
	}
	guint32 *context = cr_fact_context_new(pool, hashes, n);
	if (f->kind == CR_FACT_NUMBER && planned)
		f->flags |= CR_FACT_PLANNED;
	if (f->kind == CR_FACT_DATE) {
		f->date_context = context;
	} else {
		f->context = context;
	}
}

/* Orders spans by start. */
static gint span_order(gconstpointer pa, gconstpointer pb)
{
	const gsize *a = pa, *b = pb;
	return a[0] < b[0] ? -1 : a[0] > b[0];
}

/* The [start,end,fact] triples of DOC_INDEX's date facts, by start:
 * counted first, then written into an array made at their size (grown
 * from one, it was reallocated at its 2nd, 3rd, 6th, 11th... date). */
static GArray *date_spans(const GArray *facts, guint doc_index)
{
	guint n = 0;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		n += f->doc == doc_index && f->kind == CR_FACT_DATE;
	}
	GArray *spans = g_array_sized_new(FALSE, FALSE, 3 * sizeof(gsize), n);
	g_array_set_size(spans, n);
	gsize *span = (gsize *)(void *)spans->data;
	for (guint i = 0; n > 0; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->doc == doc_index && f->kind == CR_FACT_DATE) {
			span[0] = f->start;
			span[1] = f->end;
			span[2] = i;
			span += 3;
			n--;
		}
	}
	g_array_sort(spans, span_order);
	return spans;
}

/* Gives the days, months and years (not parts of a year) of the dates
 * DATE[from..] (triples) that lie in the block of tokens S their sentence,
 * as a small number's: two mentions of June, one of the month of an
 * inflation figure, one of the month of a pause, are two facts; a month
 * between two days joins the day whose sentence it shares (align_group.c). */
static void set_date_contexts(GArray *facts, const gsize *date, guint n_dates, guint from,
			      const BlockNumber *numbers, guint n_numbers, const CrTokens *s,
			      CrStemmer *stemmer, guint32 *stems, CrFactStrings *pool)
{
	if (s->n == 0)
		return;
	for (guint d = from; d < n_dates && date[3 * d] < s->tok[s->n - 1].end; d++) {
		const CrFact *f = &g_array_index(facts, CrFact, date[3 * d + 2]);
		if (date[3 * d] < s->tok[0].start || f->date.time_only || f->date.precision > CR_DATE_DAY ||
		    f->date.precision == CR_DATE_NONE || f->date.month_end)
			continue;
		BlockNumber self = { (guint)date[3 * d + 2], 0, 0, 0, FALSE };
		self.first = CR_PARTITION_POINT(s->n, mid, s->tok[mid].start < date[3 * d]);
		self.last = self.first;
		while (self.last < s->n && s->tok[self.last].end <= date[3 * d + 1])
			self.last++;
		self.own_end = self.last;
		set_context(facts, numbers, n_numbers, &self, s, stemmer, stems, pool);
	}
}

/* 1 when the bare count at token I follows "another" on its line
 * ("another 58 escaped"): the word that makes it more of the same, as
 * "58 others" is, is part of the fact (its value stays 58); else 0. */
static guint another_before(const CrTokens *s, guint i)
{
	return i > 0 && cr_tok_spaced(s, i) && s->tok[i].gap != CR_GAP_LINE &&
	       cr_tok_word(s, i - 1, "another");
}

/* 2 when the bare count at token I follows "a" or "an", a singular noun
 * in lower case and "of" on its line ("a crew of 13", "a total of 40"):
 * the noun it is the size of is part of the fact, as "13 crew members"
 * holds it elsewhere (its value stays 13); not a change's noun, which
 * number_change_at() reads before the fact ("a loss of 10"); else 0. */
static guint noun_of_before(const CrTokens *s, guint i)
{
	if (i < 3 || s->tok[i].gap != CR_GAP_SPACE || !cr_tok_word(s, i - 1, "of") ||
	    s->tok[i - 1].gap != CR_GAP_SPACE || s->tok[i - 2].gap != CR_GAP_SPACE ||
	    !number_countable_word(s, i - 2) || number_is_plural(s, i - 2) ||
	    cr_tok_find(s, i - 2, &number_change_words))
		return 0;
	return cr_tok_word(s, i - 3, "a") || cr_tok_word(s, i - 3, "an") ? 2 : 0;
}

void cr_extract_numbers(const CrReport *report, GArray *facts)
{
	const CrDoc *doc = report->doc;
	guint doc_index = report->index;
	const GArray *blocks = report->blocks;
	guint first = facts->len;
	g_autoptr(GArray) dates = date_spans(facts, doc_index);
	CrStemmer *stemmer = cr_report_tokens_stemmer(report->tokens);
	g_autoptr(CrFactStrings) pool = cr_fact_strings_new();
	g_autoptr(GString) value = g_string_new(NULL);
	g_autoptr(GString) key = g_string_new(NULL);
	NumberStrings strings = { pool, value, key };
	const gsize *date = (const gsize *)(const void *)dates->data;
	guint next_date = 0, date_cursor = 0;
	CrTokens s;

	g_autoptr(GArray) numbers = g_array_new(FALSE, FALSE, sizeof(BlockNumber));
	g_autoptr(GArray) stems = g_array_new(FALSE, FALSE, sizeof(guint32));
	for (guint b = 0; b < blocks->len; b++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, b);
		cr_tokens_of_block(&s, report->tokens, b);
		g_array_set_size(numbers, 0);
		while (date_cursor < dates->len && date[3 * date_cursor] < block->start)
			date_cursor++;
		for (guint i = 0; i < s.n;) {
			Quantity q, high;
			guint n = number_could_begin(&s, i) ? number_read_at(&s, i, &q, &high) : 0;
			if (!n) {
				i++;
				continue;
			}
			/* "more than 2,000": the bound is part of the fact, and
			 * so is the word that makes it an age: "age 20" is the
			 * fact "20-year-old" is elsewhere */
			/* "Game 14": the noun before that it ranks is part of
			 * the fact */
			/* a seat's code ("seat 11A") is its digits and letter alone */
			gboolean code = q.letter != 0;
			guint bound = code		? 0
				      : q.unit == U_AGE ? number_age_word_before(&s, i)
				      : q.unit == U_ORDINAL && q.noun && q.noun == i ? 1
				      : q.bound || q.unit == U_ORDINAL || q.unit == U_TALLY
					  ? 0
					  : number_bound_before(&s, i, &q.bound, &q.strict);
			/* "number nine", "No.9": the word that makes it a shirt's
			 * or a rank's number is part of the fact */
			if (!bound && !code && q.unit == U_NONE && !q.noun && i > 0 &&
			    (s.tok[i - 1].kind == CR_TOKEN_WORD ? s.tok[i - 1].first == 'n'
								: s.tok[i - 1].ch == '.'))
				bound = number_label_before(&s, i);
			if (!bound && !code && q.unit == U_NONE && !q.noun)
				bound = another_before(&s, i);
			guint sized = 0;
			if (!bound && !code && q.unit == U_NONE && !q.noun && !q.decimals && !q.multiplied)
				bound = sized = noun_of_before(&s, i);
			/* "losing 10 seats", "20 more than the 17": a change,
			 * its comparative part of the fact; a word of change
			 * before "a crew of 13" is the crew's ("lost a crew of
			 * 13"), so a size is read from its count */
			guint taken = 0;
			char change = q.unit == U_NONE && !code
					  ? number_change_at(&s, i - bound + sized, i + n, &taken)
					  : 0;
			n += taken;
			/* "a 33-story building", "730 injured", "magnitude 6.4":
			 * the span reaches the head noun, the state or the
			 * scale, what is counted unchanged */
			guint scale = bound || code ? 0 : number_scale_before(&s, i, &q);
			guint reach = scale || code ? 0 : number_span_reach(&s, i, i + n, &q);
			gsize start = s.tok[i - bound - scale].start, end = s.tok[i + n + reach - 1].end;
			while (next_date < dates->len && date[3 * next_date + 1] <= start)
				next_date++;
			if (next_date >= dates->len || date[3 * next_date] >= end) {
				const CrToken *noun = q.noun ? &s.tok[q.noun - 1] : NULL;
				g_autofree char *word =
				    noun ? g_strndup(doc->data + noun->start, noun->end - noun->start) : NULL;
				add_fact(doc, doc_index, start, end, &q, &high, word, &strings, facts);
				if (change)
					g_array_index(facts, CrFact, facts->len - 1).flags |=
					    change == '+' ? CR_FACT_GAIN : CR_FACT_LOSS;
				BlockNumber number = { facts->len - 1, i - bound, i + n,
						       q.unit == U_ORDINAL && q.noun ? q.noun - 1 : i + n,
						       !number_is_money(&q) && !q.decimals &&
							   q.exponent == 0 && q.mantissa < 100 };
				g_array_append_val(numbers, number);
			}
			i += n;
		}
		g_array_set_size(stems, s.n);
		memset(stems->data, 0xff, s.n * sizeof(guint32));
		const BlockNumber *in_block = (const BlockNumber *)(void *)numbers->data;
		for (guint k = 0; k < numbers->len; k++) {
			if (!in_block[k].small) {
				set_places(facts, in_block, numbers->len, k, &s, pool);
				continue;
			}
			set_context(facts, in_block, numbers->len, &in_block[k], &s, stemmer,
				    (guint32 *)(void *)stems->data, pool);
			flag_part_or_item(facts, in_block, numbers->len, k, &s);
		}
		set_date_contexts(facts, date, dates->len, date_cursor, in_block, numbers->len, &s, stemmer,
				  (guint32 *)(void *)stems->data, pool);
	}
	number_flag_counted_again(facts, first);
	number_key_earlier_twins(doc, facts, first, dates, pool);
}

/* Numbers across the reports of one event: counts of people, counts of a
 * nationality's people, bare counts of a value counted with two nouns,
 * and decimals written without their unit. Two
 * reports name the people they count differently ("at least five
 * protesters", "at least five people"; "10 prisoners", "10 detainees"; "13
 * Israelis", "Thirteen Israeli hostages"), and a small count of
 * different nouns is no fact for the aligner, whose match of two facts
 * cannot see the rest of the event. Here the event is seen: when the
 * reports that count a small value count people with it, one of them in
 * people as such, and two reports or more do, the counts are made counts
 * in people before they are grouped. Two nouns of people alone ("two
 * survivors", "two passengers") may be two parts: they stay apart. */
#include "align_counts.h"

#include <math.h>
#include <string.h>

#include "align_kinds.h"
#include "crossread/extract.h"

/* What a value is said to count across the event: people as such ("five
 * people"), people named by what they are ("five protesters"), the armed
 * men of an attack ("27 militants", never people as such), or anything
 * else. */
enum { COUNT_PEOPLE = 1 << 0, COUNT_NAMED = 1 << 1, COUNT_ARMED = 1 << 2, COUNT_OTHER = 1 << 3 };

/* The least value the pass reads: "one" and "a" count anything. */
#define LEAST_PEOPLE_COUNT 2

/* The least bare count ("at least 82") the pass makes a count in people
 * when the event counts its value in people as such and as nothing else:
 * a story counts many things of one digit ("five", "three"). */
#define LEAST_BARE_PEOPLE_COUNT 10

/* The flags of a number that says no total: a list's numbering, a plan,
 * a change, a part of a whole another number gives. */
#define NOT_A_TOTAL                                                                                          \
	(CR_FACT_LISTED | CR_FACT_PLANNED | CR_FACT_GAIN | CR_FACT_LOSS | CR_FACT_PART | CR_FACT_IGNORED)

/* TRUE when number FACT is a code, a letter closing the figure of its key
 * ("11A|" of "seated in 11A"): it numbers a thing and counts nothing. */
static gboolean is_code(const CrFact *fact)
{
	const char *bar = strchr(fact->key, '|');
	return bar && bar > fact->key && g_ascii_isalpha(bar[-1]);
}

/* The small whole value FACT counts, or 0 when it is none the pass reads
 * (a code, is_code(), is none). Its range is tested before floor(): most
 * numbers (years, sums) are out of it, and the passes ask of every fact
 * five times. */
static guint small_value(const CrFact *fact)
{
	if (fact->kind != CR_FACT_NUMBER || fact->num < LEAST_PEOPLE_COUNT || fact->num >= DISTINCT_COUNT ||
	    fact->num != floor(fact->num) || !fact->key || is_code(fact))
		return 0;
	return (guint)fact->num;
}

/* TRUE when count FACT names a part of the people it counts by a word
 * between its number and its noun ("seven male victims", "two injured
 * protesters"): not all of them, whom another report may count. */
static gboolean qualified(const CrFact *fact)
{
	const char *text = fact->text, *noun = strrchr(text, ' ');
	if (!noun)
		return FALSE;
	const char *word = noun;
	while (word > text && word[-1] != ' ')
		word--;
	gsize len = (gsize)(noun - word);
	return !(len && g_ascii_isdigit(word[0])) && !cr_number_is_cardinal_word(word, len);
}

/* COUNT_PEOPLE when FACT counts people ("five people"), COUNT_NAMED when
 * people named by what they are in a story ("five protesters"),
 * COUNT_ARMED when the armed men of an attack ("27 militants",
 * cr_number_person_side()), COUNT_OTHER when it counts anything else
 * or is an age or a part of them (qualified()), 0 when it counts
 * nothing it names ("at least five"). */
static guint what_it_counts(const CrFact *fact)
{
	const char *thing = cr_fact_counted_thing(fact);
	if (cr_fact_is_age(fact))
		return COUNT_OTHER;
	if (!thing)
		return fact->unit ? COUNT_OTHER : 0;
	gboolean people = strcmp(thing, "people") == 0;
	CrPersonSide side = people ? CR_PERSONS_NONE : cr_number_person_side(thing);
	if ((!people && side == CR_PERSONS_NONE) || qualified(fact))
		return COUNT_OTHER;
	return people ? COUNT_PEOPLE : side == CR_PERSONS_ARMED ? COUNT_ARMED : COUNT_NAMED;
}

/* Gives count FACT the key of a count in people of its value and bound
 * ("5|" of "five protesters" becomes "5|people"); that its report counts
 * people with another value too ("two injured protesters") no longer
 * keeps it apart: the event says what the value counts. */
static void count_in_people(CrFact *fact)
{
	const char *bar = strchr(fact->key, '|');
	fact->flags &= (guint16)~CR_FACT_COUNTED_AGAIN;
	if (!bar || (fact->unit && strcmp(fact->unit, "people") == 0))
		return;
	g_autofree char *key = g_strdup_printf("%.*speople", (int)(bar - fact->key + 1), fact->key);
	cr_fact_rename(fact, fact->value, key);
	g_clear_pointer(&fact->counted, g_free);
	fact->unit = "people";
}

/* Per value, the noun of persons the first report to count it names, the
 * reports that count it with that noun and those with another. */
typedef struct {
	const char *noun;
	guint with_noun, with_other;
} PersonNouns;

/* Notes that FACT, a count of persons named by what they are, counts its
 * value V with its noun in its report. */
static void note_person_noun(PersonNouns *nouns, guint v, const CrFact *fact)
{
	const char *noun = cr_fact_counted_thing(fact);
	if (!nouns[v].noun)
		nouns[v].noun = noun;
	if (strcmp(nouns[v].noun, noun) == 0)
		nouns[v].with_noun |= 1u << fact->doc;
	else
		nouns[v].with_other |= 1u << fact->doc;
}

/* TRUE when the reports name the persons they count with value V (ten or
 * more) by two nouns, each report by one ("11 climbers", "11 hikers"):
 * two words for the same people, and the bare counts of the value ("out
 * of 75") in a report that names them by neither count them too. A
 * report that counts the value with both may count two parts of them. */
static gboolean named_two_ways(const PersonNouns *nouns, guint v)
{
	return v >= LEAST_BARE_PEOPLE_COUNT && nouns[v].with_other &&
	       !(nouns[v].with_noun & nouns[v].with_other);
}

void cr_align_people_counts(GArray *facts, guint n_docs)
{
	/* per value: what it counts, the reports that count people with it,
	 * and the nouns they name them by */
	guint said[DISTINCT_COUNT] = { 0 }, docs[DISTINCT_COUNT] = { 0 };
	PersonNouns nouns[DISTINCT_COUNT] = { { 0 } };
	if (n_docs < 2)
		return;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		guint v = small_value(f);
		if (!v || (f->flags & NOT_A_TOTAL) || f->doc >= 32)
			continue;
		guint what = what_it_counts(f);
		said[v] |= what;
		if (what & (COUNT_PEOPLE | COUNT_NAMED | COUNT_ARMED))
			docs[v] |= 1u << f->doc;
		if (what & (COUNT_NAMED | COUNT_ARMED))
			note_person_noun(nouns, v, f);
	}
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		guint v = small_value(f);
		if (!v || (f->flags & NOT_A_TOTAL))
			continue;
		/* two nouns join on one side alone, and people as such never
		 * with the armed men ("27 people were killed", "27 militants
		 * were killed") */
		gboolean one_side = said[v] == COUNT_NAMED || said[v] == COUNT_ARMED;
		gboolean two_ways = one_side && named_two_ways(nouns, v);
		gboolean named =
		    two_ways || ((said[v] & COUNT_PEOPLE) && !(said[v] & (COUNT_ARMED | COUNT_OTHER)) &&
				 (docs[v] & (docs[v] - 1)));
		gboolean bare = (two_ways && f->doc < 32 && !(docs[v] & 1u << f->doc)) ||
				(v >= LEAST_BARE_PEOPLE_COUNT && said[v] == COUNT_PEOPLE);
		if ((named || bare) && (what_it_counts(f) ? named : bare))
			count_in_people(f);
	}
}

/* The nationality whose person's noun count FACT counts, as its text
 * writes it, capitalised (cr_number_demonym_name(): "53 Britons" counts
 * "british"), in BUF; NULL for none. */
static const char *demonym_of(const CrFact *fact, char *buf, gsize size)
{
	const char *noun = fact->counted ? strrchr(fact->text, ' ') : NULL;
	gsize len = noun ? strlen(noun + 1) : 0;
	if (!len || g_ascii_strncasecmp(noun + 1, fact->counted, strlen(fact->counted)) != 0)
		return NULL;
	return cr_number_demonym_name(noun + 1, len, buf, size);
}

/* The nationality count FACT counts, as the first spelling of its
 * gazetteer line in lower case (cr_number_nationality_name()): its noun's
 * ("israeli" of "13 Israelis", "nepali" of "53 Nepalese") or that of a
 * capitalised word between its number and its noun ("Thirteen Israeli
 * hostages", "10 Thai citizens") or its noun's of a person (demonym_of():
 * "53 Britons"), in BUF; NULL for none. */
static const char *nationality_of(const CrFact *fact, char *buf, gsize size)
{
	if (fact->counted && cr_number_nationality_name(fact->counted, strlen(fact->counted), buf, size))
		return buf;
	const char *noun = fact->counted ? strrchr(fact->text, ' ') : NULL;
	for (const char *w = noun ? strchr(fact->text, ' ') : NULL; w && w < noun;) {
		const char *end = strchr(++w, ' ');
		if (g_ascii_isupper(w[0]) && cr_number_nationality_name(w, (gsize)(end - w), buf, size))
			return buf;
		w = end;
	}
	return demonym_of(fact, buf, size);
}

void cr_align_national_counts(GArray *facts)
{
	char buf[32];
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		if (!small_value(f) || (f->flags & NOT_A_TOTAL) || cr_fact_is_age(f) || f->unit)
			continue;
		const char *nationality = nationality_of(f, buf, sizeof buf);
		if (nationality && strcmp(nationality, f->counted) != 0) {
			cr_fact_rename(f, f->value, f->key); /* its strings its own */
			g_free(f->counted);
			f->counted = g_strdup(nationality); /* in BUF, not the fact */
		}
	}
}

/* What the event says of one decimal value: the unit it gives it, or that
 * it gives two. */
typedef struct {
	const char *unit;
	gboolean units;
} DecimalUnit;

/* The least significant digits of a decimal the pass reads: "40.2" is
 * rare enough in one story to be one value whatever its unit, "7.5" could
 * count anything (test_numbers_by_value). */
#define LEAST_DECIMAL_DIGITS 3

/* How many significant digits the first figure of TEXT has, as written:
 * its digits after the leading zeros, through its decimal point or
 * thousands' comma ("5.70" three, "0.05" one). */
static guint significant_digits(const char *text)
{
	const char *c = text;
	while (*c && !g_ascii_isdigit(*c))
		c++;
	guint digits = 0;
	for (; g_ascii_isdigit(*c) || ((*c == '.' || *c == ',') && g_ascii_isdigit(c[1])); c++)
		digits += g_ascii_isdigit(*c) && (digits || *c != '0');
	return digits;
}

/* TRUE when number FACT is a decimal with a fraction and three significant
 * digits or more as its text writes them ("40.2", "38.75", "5.70": the
 * zero that ends a height is written as a figure, which its key drops),
 * and says no total of a list or plan. A whole number is turned away by
 * its kind and value alone: the counts' passes change whole numbers' keys
 * and flags beside this one (align.c). */
static gboolean fractional(const CrFact *fact)
{
	if (fact->kind != CR_FACT_NUMBER || fact->num == floor(fact->num) || !fact->key || !fact->text ||
	    (fact->flags & (CR_FACT_LISTED | CR_FACT_IGNORED | CR_FACT_PLANNED | CR_FACT_AGE)))
		return FALSE;
	return significant_digits(fact->text) >= LEAST_DECIMAL_DIGITS;
}

/* The key of FACT before its unit and after its bound ("40.2" of
 * "40.2|degrees", "5.85" of ">5.85": "over 5.85" a bar cleared), in BUF. */
static const char *value_key(const CrFact *fact, char *buf, gsize size)
{
	const char *key = fact->key + (fact->key[0] == '>' || fact->key[0] == '<');
	const char *bar = strchr(key, '|');
	gsize len = bar ? (gsize)(bar - key) : strlen(key);
	g_strlcpy(buf, key, MIN(len + 1, size));
	return buf;
}

/* TRUE when the key VALUE of a decimal FRACTIONAL() reads has fewer
 * significant digits than LEAST_DECIMAL_DIGITS: its text writes a zero
 * the key drops ("5.70", "5.7"), as prices and rates are written ("closed
 * at 5.50"). */
static gboolean zero_padded(const char *value)
{
	return significant_digits(value) < LEAST_DECIMAL_DIGITS;
}

/* Gives bare decimal F, its key before the unit VALUE, the event's UNIT,
 * its bound kept (">5.85|m"). */
static void give_unit(CrFact *f, const char *value, const char *unit)
{
	g_autofree char *key =
	    g_strdup_printf("%.*s%s|%s", f->key[0] == '>' || f->key[0] == '<', f->key, value, unit);
	g_autofree char *named = g_strdup_printf("%s %s", f->value, unit);
	cr_fact_rename(f, named, key);
	f->unit = unit;
}

/* A unit a report's bare decimal of three figures took (cr_align_bare_decimals()). */
typedef struct {
	guint doc;
	const char *unit;
} DocUnit;

/* TRUE when one of GIVEN (DocUnit) is UNIT in report DOC. */
static gboolean doc_gave(const GArray *given, guint doc, const char *unit)
{
	for (guint k = 0; k < given->len; k++) {
		const DocUnit *g = &g_array_index(given, DocUnit, k);
		if (g->doc == doc && strcmp(g->unit, unit) == 0)
			return TRUE;
	}
	return FALSE;
}

void cr_align_bare_decimals(GArray *facts, guint n_docs)
{
	if (n_docs < 2)
		return;
	g_autoptr(GHashTable) units = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	char buf[64];
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (!fractional(f) || !f->unit)
			continue;
		DecimalUnit *u = g_hash_table_lookup(units, value_key(f, buf, sizeof buf));
		if (!u) {
			u = g_new0(DecimalUnit, 1);
			u->unit = f->unit;
			g_hash_table_insert(units, g_strdup(buf), u);
		} else if (strcmp(u->unit, f->unit) != 0) {
			u->units = TRUE;
		}
	}
	if (!g_hash_table_size(units))
		return;
	/* a zero-padded value takes the unit only beside a bare value of
	 * three figures its report gives it to: "sat out 5.80" where "over
	 * 5.85" is a height, not a lone price "closed at 5.50" where
	 * another report's rate is "5.50%" */
	g_autoptr(GArray) padded = g_array_new(FALSE, FALSE, sizeof(guint));
	g_autoptr(GArray) given = g_array_new(FALSE, FALSE, sizeof(DocUnit));
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		if (!fractional(f) || f->unit || f->counted)
			continue;
		const DecimalUnit *u = g_hash_table_lookup(units, value_key(f, buf, sizeof buf));
		if (!u || u->units)
			continue;
		if (zero_padded(buf)) {
			g_array_append_val(padded, i);
			continue;
		}
		if (!doc_gave(given, f->doc, u->unit))
			g_array_append_val(given, ((DocUnit){ f->doc, u->unit }));
		give_unit(f, buf, u->unit);
	}
	for (guint k = 0; k < padded->len; k++) {
		CrFact *f = &g_array_index(facts, CrFact, g_array_index(padded, guint, k));
		const DecimalUnit *u = g_hash_table_lookup(units, value_key(f, buf, sizeof buf));
		if (doc_gave(given, f->doc, u->unit))
			give_unit(f, buf, u->unit);
	}
}

/* The key a bare count of a value a report counts with two nouns is given
 * after its value ("68|" becomes "68|?"): no count of a noun has it, every
 * bare count of that value has. */
#define NOUN_UNSAID "?"

/* TRUE when FACT, a small count of value V (0: none), says what it counts
 * with a noun of its own, and is a total. */
static gboolean counts_a_noun(const CrFact *fact, guint v)
{
	return v && fact->counted && !fact->unit && !cr_fact_is_age(fact) && !(fact->flags & NOT_A_TOTAL) &&
	       fact->doc < 32;
}

void cr_align_bare_counts(GArray *facts)
{
	/* per value and report, the first noun counted; per value, whether a
	 * report counts it with another */
	g_autoptr(GHashTable) nouns = NULL;
	gboolean two[DISTINCT_COUNT] = { FALSE }, any = FALSE;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		guint v = small_value(f);
		if (!counts_a_noun(f, v))
			continue;
		if (!nouns)
			nouns = g_hash_table_new(g_direct_hash, g_direct_equal);
		gpointer at = GUINT_TO_POINTER(v << 5 | f->doc);
		const char *noun = g_hash_table_lookup(nouns, at);
		if (!noun)
			g_hash_table_insert(nouns, at, f->counted);
		else if (strcmp(noun, f->counted) != 0)
			any = two[v] = TRUE;
	}
	for (guint i = 0; any && i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		guint v = small_value(f);
		if (!v || !two[v] || f->counted || f->unit || cr_fact_is_age(f))
			continue;
		const char *bar = strchr(f->key, '|');
		if (!bar || bar[1])
			continue;
		g_autofree char *key = g_strconcat(f->key, NOUN_UNSAID, NULL);
		cr_fact_rename(f, f->value, key);
	}
}

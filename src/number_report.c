/* Passes over all of a report's number facts once they are read (by
 * extract_number.c): the nouns counted with two values, and the numbers
 * a report writes twice, once dated to an earlier time. Part of the number
 * extractor. */
#include "crossread/extract.h"
#include "crossread/fact.h"
#include "crossread/partition.h"
#include "crossread/text.h"
#include "number_private.h"

#include <string.h>

/* The one word count F writes between its number and its noun, as its
 * text ends ("four MBBS students": "MBBS", LEN bytes), the word before it
 * digits or a number word; NULL for none ("four students", "a dozen
 * students", "four final-year MBBS students") and for a count that adds
 * to another (CR_FACT_ADDED: "two more students" says not which). */
static const char *modifier_of(const CrFact *f, gsize *len)
{
	const char *noun = f->counted && !(f->flags & CR_FACT_ADDED) ? strrchr(f->text, ' ') : NULL;
	if (!noun || noun == f->text || g_ascii_strncasecmp(noun + 1, f->counted, strlen(f->counted)) != 0)
		return NULL;
	const char *word = noun;
	while (word > f->text && word[-1] != ' ')
		word--;
	if (word == f->text)
		return NULL;
	const char *number = word - 1;
	while (number > f->text && number[-1] != ' ')
		number--;
	for (const char *c = word; c < noun; c++)
		if (g_ascii_isdigit(*c))
			return NULL;
	if (!g_ascii_isdigit(number[0]) && !cr_number_is_cardinal_word(number, (gsize)(word - 1 - number)))
		return NULL;
	*len = (gsize)(noun - word);
	return word;
}

/* The counts the flag of a noun counted again is read for: those under
 * DISTINCT_COUNT of align_kinds.h. */
#define SMALL_COUNT 100

/* Records value NUM under KEY of TABLE (the first value seen) and KEY in
 * AGAIN when another value was seen before. */
static void note_value(GHashTable *table, GHashTable *again, const char *key, const double *num)
{
	const double *seen = g_hash_table_lookup(table, key);
	if (!seen)
		g_hash_table_insert(table, (gpointer)key, (gpointer)num);
	else if (*seen != *num)
		g_hash_table_add(again, (gpointer)key);
}

/* Flags the numbers of FACTS from FIRST on whose noun is counted with two
 * values or more (CR_FACT_COUNTED_AGAIN), but a count with a modifier of
 * its own (modifier_of()) against another count of its noun with another
 * modifier: "four MBBS students" and "20 injured students" say which
 * students each counts, as "three wickets" and "six wickets" do not. */
void number_flag_counted_again(GArray *facts, guint first)
{
	g_autoptr(GHashTable) value_of = g_hash_table_new(cr_str_hash, g_str_equal);
	g_autoptr(GHashTable) again = g_hash_table_new(cr_str_hash, g_str_equal);
	for (guint i = first; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		const char *thing = f->kind == CR_FACT_NUMBER ? cr_fact_counted_thing(f) : NULL;
		if (thing)
			note_value(value_of, again, thing, &f->num);
	}
	if (!g_hash_table_size(again))
		return;
	/* the nouns counted again of which a small count, the only ones the
	 * flag is read for (same_small_count() of align_kinds.c), has a
	 * modifier: their counts are read again, the values of those with
	 * no modifier and of those with one ("student\037MBBS") */
	g_autoptr(GHashTable) modified_things = g_hash_table_new(cr_str_hash, g_str_equal);
	for (guint i = first; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		gsize len;
		if (f->kind == CR_FACT_NUMBER && f->counted && f->num < SMALL_COUNT &&
		    g_hash_table_contains(again, f->counted) && modifier_of(f, &len))
			g_hash_table_add(modified_things, f->counted);
	}
	g_autoptr(GHashTable) bare_value_of = g_hash_table_new(cr_str_hash, g_str_equal);
	g_autoptr(GHashTable) bare_again = g_hash_table_new(cr_str_hash, g_str_equal);
	g_autoptr(GHashTable) modified_value_of = g_hash_table_new(cr_str_hash, g_str_equal);
	g_autoptr(GHashTable) modified_again = g_hash_table_new(cr_str_hash, g_str_equal);
	g_autoptr(GStringChunk) keys = g_string_chunk_new(256);
	g_autoptr(GString) key = g_string_new(NULL);
	g_autofree const char **modified = g_new0(const char *, facts->len - first); /* per fact */
	for (guint i = first; i < facts->len && g_hash_table_size(modified_things); i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		const char *thing = f->kind == CR_FACT_NUMBER ? cr_fact_counted_thing(f) : NULL;
		if (!thing || !g_hash_table_contains(modified_things, thing))
			continue;
		gsize len;
		const char *modifier = f->counted ? modifier_of(f, &len) : NULL;
		if (!modifier) {
			note_value(bare_value_of, bare_again, thing, &f->num);
			continue;
		}
		g_string_assign(key, thing);
		g_string_append_c(key, '\037');
		g_string_append_len(key, modifier, (gssize)len);
		modified[i - first] = g_string_chunk_insert_const(keys, key->str);
		note_value(modified_value_of, modified_again, modified[i - first], &f->num);
	}
	for (guint i = first; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		const char *thing = f->kind == CR_FACT_NUMBER ? cr_fact_counted_thing(f) : NULL;
		if (!thing || !g_hash_table_contains(again, thing))
			continue;
		const char *mine = modified[i - first];
		const double *bare = mine ? g_hash_table_lookup(bare_value_of, thing) : NULL;
		if (!mine || g_hash_table_contains(modified_again, mine) ||
		    (bare && (*bare != f->num || g_hash_table_contains(bare_again, thing))))
			f->flags |= CR_FACT_COUNTED_AGAIN;
	}
}

/* The date fact (of the [start,end,fact] triples DATE) that number F is
 * the amount of, or NULL: a month or a day right after it, " in " between
 * them, a short parenthesis aside ("25 basis points (bps) in May"), before
 * the publication date PUBLISHED at its precision (an earlier time's). */
static const CrFact *earlier_date_after(const GArray *facts, const CrFact *f, const char *data,
					const gsize *date, guint n_dates, const char *published)
{
	/* most numbers are followed by no " in " nor " (": told at once */
	if (data[f->end] != ' ' || (data[f->end + 1] != 'i' && data[f->end + 1] != '('))
		return NULL;
	guint d = CR_PARTITION_POINT(n_dates, mid, date[3 * mid] < f->end);
	if (d >= n_dates || date[3 * d] - f->end > 24)
		return NULL;
	const char *p = data + f->end, *q = data + date[3 * d];
	if (q - p > 2 && p[0] == ' ' && p[1] == '(') {
		const char *close = memchr(p, ')', (gsize)(q - p));
		p = close ? close + 1 : q;
	}
	const CrFact *when = &g_array_index(facts, CrFact, date[3 * d + 2]);
	if (q - p != 4 || memcmp(p, " in ", 4) != 0 || when->date.time_only || when->date.month_end ||
	    (when->date.precision != CR_DATE_MONTH && when->date.precision != CR_DATE_DAY))
		return NULL;
	return strncmp(when->value, published, strlen(when->value)) < 0 ? when : NULL;
}

/* Gives a number of FACTS from FIRST on that its report writes twice with
 * one value and unit, once dated to an earlier month or day than its
 * publication ("cut by 25 basis points (bps) in May, and economists had
 * predicted a cut this week by 25 bps"), that time in its key: the amount
 * of an earlier time is not the one other reports give undated. A key's
 * numbers are told apart when they do not all have one date (or none),
 * counted in one pass over a table of the dated numbers' keys. */
void number_key_earlier_twins(const CrDoc *doc, GArray *facts, guint first, const GArray *dates,
			      CrFactStrings *pool)
{
	if (!doc->date || !dates->len)
		return;
	const gsize *date = (const gsize *)(const void *)dates->data;
	guint n = facts->len - first;
	g_autofree guint *when = g_new(guint, n); /* index into FACTS + 1, or 0 */
	gboolean any = FALSE;
	for (guint i = 0; i < n; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, first + i);
		const CrFact *w = f->kind == CR_FACT_NUMBER
				      ? earlier_date_after(facts, f, doc->data, date, dates->len, doc->date)
				      : NULL;
		when[i] = w ? (guint)(w - (const CrFact *)(const void *)facts->data) + 1 : 0;
		any |= w != NULL;
	}
	if (!any)
		return;
	/* a dated key's last date + 1 (0 for none) in the low bits, MIXED when
	 * another of its numbers has another (any one of its dates would do:
	 * MIXED is a property of the key's whole set) */
	const guint mixed = 1u << 31;
	g_autoptr(GHashTable) keys = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint i = 0; i < n; i++)
		if (when[i])
			g_hash_table_insert(keys, g_array_index(facts, CrFact, first + i).key,
					    GUINT_TO_POINTER(when[i]));
	for (guint i = 0; i < n; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, first + i);
		gpointer state;
		if (f->kind == CR_FACT_NUMBER && g_hash_table_lookup_extended(keys, f->key, NULL, &state) &&
		    (GPOINTER_TO_UINT(state) & ~mixed) != when[i])
			g_hash_table_insert(keys, f->key, GUINT_TO_POINTER(GPOINTER_TO_UINT(state) | mixed));
	}
	/* the dated numbers of a mixed key are marked (MIXED in WHEN) and
	 * renamed once the table, which holds their old keys, is gone */
	for (guint i = 0; i < n; i++)
		if (when[i] &&
		    GPOINTER_TO_UINT(g_hash_table_lookup(keys, g_array_index(facts, CrFact, first + i).key)) &
			mixed)
			when[i] |= mixed;
	g_clear_pointer(&keys, g_hash_table_unref);
	for (guint i = 0; i < n; i++) {
		if (!(when[i] & mixed))
			continue;
		CrFact *f = &g_array_index(facts, CrFact, first + i);
		g_autofree char *key = g_strconcat(
		    f->key, "@", g_array_index(facts, CrFact, (when[i] & ~mixed) - 1).value, NULL);
		cr_fact_share_key(f, pool, key);
	}
}

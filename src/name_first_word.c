/* A name of two words whose first is a common English word ("Air India"):
 * where that word opens a sentence ("Air India launched help lines") or
 * follows another name ("the Ahmedabad Air India crash") the extractor
 * leaves it out and keeps "India"; when another fact writes the two words,
 * the word kept takes that name, so that the reports meet (stop 41,
 * branch engine60). */
#include "name_first_word.h"

#include <string.h>

#include "crossread/fact.h"
#include "english.h"

/* The longest two words written with their space, in bytes. */
#define MAX_TWO_WORDS 47

/* A fact of one word and the two words, the one before it and its own,
 * folded. */
typedef struct {
	guint fact;
	char words[MAX_TWO_WORDS + 1];
} LeftOut;

/* TRUE when the LEN bytes at P are a capitalised word of ASCII letters. */
static gboolean capitalised(const char *p, gsize len)
{
	if (len < 2 || !g_ascii_isupper(p[0]))
		return FALSE;
	for (gsize k = 1; k < len; k++)
		if (!g_ascii_isalpha(p[k]))
			return FALSE;
	return TRUE;
}

/* Writes into WORDS the folded word before fact F of DOC, a space and F's
 * own, when F is one capitalised word of ASCII letters and the word before
 * it, one space away, a capitalised common English word (wamerican)
 * after a blank or at the start; FALSE otherwise. */
static gboolean with_word_before(const CrDoc *doc, const CrFact *f, char *words)
{
	const char *data = doc->data;
	gsize start = f->start, len = f->end - f->start;
	if (start < doc->text_start + 4 || data[start - 1] != ' ' || !g_ascii_isalpha(data[start - 2]) ||
	    !capitalised(data + start, len))
		return FALSE;
	gsize end = start - 1, from = end;
	while (from > doc->text_start && g_ascii_isalpha(data[from - 1]) && end - from < MAX_TWO_WORDS)
		from--;
	if (from > doc->text_start && !g_ascii_isspace(data[from - 1]))
		return FALSE;
	if (!capitalised(data + from, end - from) || end - from + 1 + len > MAX_TWO_WORDS)
		return FALSE;
	gsize n = 0;
	for (gsize k = from; k < end; k++)
		words[n++] = g_ascii_tolower(data[k]);
	if (!cr_english_word(words, n))
		return FALSE;
	words[n++] = ' ';
	for (gsize k = start; k < start + len; k++)
		words[n++] = g_ascii_tolower(data[k]);
	words[n] = '\0';
	return TRUE;
}

/* A bit of 4096 for a folded key: its first two bytes. */
static inline guint first_word_bit(const char *key)
{
	return ((guint)(guchar)key[0] * 61u + (guint)(guchar)key[1]) & 4095;
}

void name_join_first_word(CrDoc *const *docs, GArray *facts, const GArray *singles)
{
	g_autoptr(GArray) left_out = NULL;
	/* the bits of the two words: a fact of two words is looked up only
	 * when one may be it */
	guint64 bits[4096 / 64] = { 0 };
	for (guint k = 0; k < singles->len; k++) {
		guint i = g_array_index(singles, guint, k);
		const CrFact *f = &g_array_index(facts, CrFact, i);
		LeftOut l;
		if (f->kind == CR_FACT_PERSON || strchr(f->key, ' ') ||
		    !with_word_before(docs[f->doc], f, l.words))
			continue;
		if (!left_out)
			left_out = g_array_new(FALSE, FALSE, sizeof(LeftOut));
		l.fact = i;
		g_array_append_val(left_out, l);
		guint bit = first_word_bit(l.words);
		bits[bit >> 6] |= G_GUINT64_CONSTANT(1) << (bit & 63);
	}
	if (!left_out)
		return;
	g_autoptr(GHashTable) wanted = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint k = 0; k < left_out->len; k++) {
		LeftOut *l = &g_array_index(left_out, LeftOut, k);
		g_hash_table_add(wanted, l->words);
	}
	/* the two words' first fact, a body's or a place's (its index + 1) */
	g_autoptr(GHashTable) named = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if ((f->kind != CR_FACT_ORG && f->kind != CR_FACT_PLACE) || !f->key ||
		    (f->flags & CR_FACT_ALIAS))
			continue;
		guint bit = first_word_bit(f->key);
		if (!(bits[bit >> 6] >> (bit & 63) & 1) || !g_hash_table_contains(wanted, f->key) ||
		    g_hash_table_contains(named, f->key))
			continue;
		g_hash_table_insert(named, f->key, GUINT_TO_POINTER(i + 1));
	}
	for (guint k = 0; k < left_out->len; k++) {
		const LeftOut *l = &g_array_index(left_out, LeftOut, k);
		guint at = GPOINTER_TO_UINT(g_hash_table_lookup(named, l->words));
		if (!at)
			continue;
		const CrFact *q = &g_array_index(facts, CrFact, at - 1);
		CrFact *f = &g_array_index(facts, CrFact, l->fact);
		f->kind = q->kind;
		cr_fact_rename(f, q->value, q->key);
		f->flags |= CR_FACT_ALIAS;
	}
}

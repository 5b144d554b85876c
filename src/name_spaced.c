/* A name of one word that another report writes as two capitalised words,
 * the extractor keeping the second only ("Downdetector" and "on Down
 * Detector", the first word an English one): the reports space one name
 * differently, and the second word takes the name written joined, so
 * that they meet (stop 40, branch engine57). */
#include "name_spaced.h"

#include <string.h>

#include "bit_filter.h"
#include "crossread/fact.h"

/* The longest word joined, in bytes. */
#define MAX_JOINED 31

/* A fact of one word and the word before it, joined and folded. */
typedef struct {
	guint fact;
	char joined[MAX_JOINED + 1];
} Spaced;

/* TRUE when the LEN bytes at P are a capitalised word of ASCII letters. */
static gboolean capitalised_word(const char *p, gsize len)
{
	if (len < 2 || !g_ascii_isupper(p[0]))
		return FALSE;
	for (gsize k = 1; k < len; k++)
		if (!g_ascii_isalpha(p[k]))
			return FALSE;
	return TRUE;
}

/* Writes into JOINED the folded word before fact F of DOC and F's own,
 * joined, when F is one capitalised word of ASCII letters and the word
 * before it, one space away, is capitalised too and opens no sentence
 * (a letter, a comma or a space before it); FALSE otherwise. */
static gboolean joined_with_word_before(const CrDoc *doc, const CrFact *f, char *joined)
{
	const char *data = doc->data;
	gsize start = f->start, len = f->end - f->start;
	if (start < doc->text_start + 4 || data[start - 1] != ' ' || !g_ascii_isalpha(data[start - 2]) ||
	    !g_ascii_islower(data[start + 1]) || !capitalised_word(data + start, len))
		return FALSE;
	gsize end = start - 1, from = end;
	while (from > doc->text_start && g_ascii_isalpha(data[from - 1]) && end - from < MAX_JOINED)
		from--;
	if (from == doc->text_start || data[from - 1] != ' ' || from < doc->text_start + 2 ||
	    !(g_ascii_isalpha(data[from - 2]) || data[from - 2] == ','))
		return FALSE;
	if (!capitalised_word(data + from, end - from) || end - from + len > MAX_JOINED)
		return FALSE;
	gsize n = 0;
	for (gsize k = from; k < end; k++)
		joined[n++] = g_ascii_tolower(data[k]);
	for (gsize k = start; k < start + len; k++)
		joined[n++] = g_ascii_tolower(data[k]);
	joined[n] = '\0';
	return TRUE;
}

/* The filter of the joined words: 1 << SPACED_ORDER bits. */
#define SPACED_ORDER 12

/* The key in that filter of a folded key: its first two bytes. */
static inline guint32 spaced_key(const char *key)
{
	return (guint32)(guchar)key[0] | (guint32)(guchar)key[1] << 8;
}

void name_join_spaced(CrDoc *const *docs, GArray *facts, const GArray *singles)
{
	g_autoptr(GArray) spaced = NULL;
	/* the bits of the joined words: a fact of one word is looked up only
	 * when one may be it */
	guint64 bits[BIT_FILTER_WORDS(SPACED_ORDER)] = { 0 };
	for (guint k = 0; k < singles->len; k++) {
		guint i = g_array_index(singles, guint, k);
		const CrFact *f = &g_array_index(facts, CrFact, i);
		Spaced s;
		if (f->kind == CR_FACT_PERSON || !joined_with_word_before(docs[f->doc], f, s.joined) ||
		    strchr(f->key, ' '))
			continue;
		if (!spaced)
			spaced = g_array_new(FALSE, FALSE, sizeof(Spaced));
		s.fact = i;
		g_array_append_val(spaced, s);
		bit_filter_add(bits, SPACED_ORDER, spaced_key(s.joined));
	}
	if (!spaced)
		return;
	g_autoptr(GHashTable) joined = g_hash_table_new(g_str_hash, g_str_equal); /* key -> Spaced */
	for (guint k = 0; k < spaced->len; k++) {
		Spaced *s = &g_array_index(spaced, Spaced, k);
		g_hash_table_insert(joined, s->joined, s);
	}
	/* the joined word's first fact (its index + 1) */
	g_autoptr(GHashTable) named = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint k = 0; k < singles->len; k++) {
		guint i = g_array_index(singles, guint, k);
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind == CR_FACT_PERSON ||
		    !bit_filter_may_have(bits, SPACED_ORDER, spaced_key(f->key)) ||
		    !g_hash_table_contains(joined, f->key) || g_hash_table_contains(named, f->key))
			continue;
		g_hash_table_insert(named, f->key, GUINT_TO_POINTER(i + 1));
	}
	for (guint k = 0; k < spaced->len; k++) {
		const Spaced *s = &g_array_index(spaced, Spaced, k);
		guint at = GPOINTER_TO_UINT(g_hash_table_lookup(named, s->joined));
		if (!at)
			continue;
		const CrFact *q = &g_array_index(facts, CrFact, at - 1);
		CrFact *f = &g_array_index(facts, CrFact, s->fact);
		f->kind = q->kind;
		cr_fact_rename(f, q->value, q->key);
		f->flags |= CR_FACT_ALIAS;
	}
}

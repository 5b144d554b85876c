/* Names written with the word before them left out: a name of one word
 * that another report writes as two capitalised words, the extractor
 * keeping the second only ("Downdetector" and "on Down Detector", the
 * first word an English one): the reports space one name differently,
 * and the second word takes the name written joined (stop 40, branch
 * engine57); and a name of two words whose first, a common English word,
 * the extractor leaves out where it opens a sentence or follows another
 * name ("Air India launched", "the Ahmedabad Air India crash": "India"),
 * the word kept taking the name another fact writes whole (stop 41,
 * branch engine60). */
#include "name_spaced.h"

#include <string.h>

#include "bit_filter.h"
#include "crossread/fact.h"
#include "english.h"

/* The longest word joined, in bytes. */
#define MAX_JOINED 31
/* The longest two words written with their space, in bytes. */
#define MAX_TWO_WORDS 47

/* A fact of one word and the words it may stand for with the word before
 * it, folded: the two joined ("downdetector") or spaced ("air india"). */
typedef struct {
	guint fact;
	char words[MAX_TWO_WORDS + 1];
} WithWordBefore;

/* Reads the words fact F of DOC may stand for with the word before it
 * into WORDS; FALSE when it stands for none. */
typedef gboolean (*WordBeforeReader)(const CrDoc *doc, const CrFact *f, char *words);

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

/* TRUE when fact F of DOC is one capitalised word of ASCII letters and
 * the word before it, one space away and of MAX bytes at most, is one
 * too; *FROM gets where that word starts. */
static gboolean capitalised_word_before(const CrDoc *doc, const CrFact *f, gsize max, gsize *from)
{
	const char *data = doc->data;
	gsize start = f->start;
	if (start < doc->text_start + 4 || data[start - 1] != ' ' || !g_ascii_isalpha(data[start - 2]) ||
	    !capitalised_word(data + start, f->end - start))
		return FALSE;
	gsize end = start - 1;
	*from = end;
	while (*from > doc->text_start && g_ascii_isalpha(data[*from - 1]) && end - *from < max)
		(*from)--;
	return capitalised_word(data + *from, end - *from);
}

/* Writes the LEN bytes at P folded to lower case at OUT; returns LEN. */
static gsize fold_into(char *out, const char *p, gsize len)
{
	for (gsize k = 0; k < len; k++)
		out[k] = g_ascii_tolower(p[k]);
	return len;
}

/* Writes into JOINED the folded word before fact F of DOC and F's own,
 * joined, when F is one capitalised word of ASCII letters and the word
 * before it, one space away, is capitalised too and opens no sentence
 * (a letter, a comma or a space before it); FALSE otherwise. */
static gboolean joined_with_word_before(const CrDoc *doc, const CrFact *f, char *joined)
{
	const char *data = doc->data;
	gsize start = f->start, len = f->end - f->start, from;
	if (!capitalised_word_before(doc, f, MAX_JOINED, &from) || !g_ascii_islower(data[start + 1]))
		return FALSE;
	if (from == doc->text_start || data[from - 1] != ' ' || from < doc->text_start + 2 ||
	    !(g_ascii_isalpha(data[from - 2]) || data[from - 2] == ','))
		return FALSE;
	gsize end = start - 1;
	if (end - from + len > MAX_JOINED)
		return FALSE;
	gsize n = fold_into(joined, data + from, end - from);
	n += fold_into(joined + n, data + start, len);
	joined[n] = '\0';
	return TRUE;
}

/* Writes into WORDS the folded word before fact F of DOC, a space and F's
 * own, when F is one capitalised word of ASCII letters and the word before
 * it, one space away, a capitalised common English word (wamerican)
 * after a blank or at the start; FALSE otherwise. */
static gboolean with_word_before(const CrDoc *doc, const CrFact *f, char *words)
{
	const char *data = doc->data;
	gsize start = f->start, len = f->end - f->start, from;
	if (!capitalised_word_before(doc, f, MAX_TWO_WORDS, &from) ||
	    (from > doc->text_start && !g_ascii_isspace(data[from - 1])))
		return FALSE;
	gsize end = start - 1;
	if (end - from + 1 + len > MAX_TWO_WORDS)
		return FALSE;
	gsize n = fold_into(words, data + from, end - from);
	if (!cr_english_word(words, n))
		return FALSE;
	words[n++] = ' ';
	n += fold_into(words + n, data + start, len);
	words[n] = '\0';
	return TRUE;
}

/* The filter of the words: 1 << WORDS_ORDER bits. */
#define WORDS_ORDER 12

/* The key in that filter of a folded key: its first two bytes. */
static inline guint32 words_key(const char *key)
{
	return (guint32)(guchar)key[0] | (guint32)(guchar)key[1] << 8;
}

/* TRUE when fact F may give its name to the facts READ makes words of:
 * a one-word fact of SINGLES, not a person's, for the words joined; a
 * body's or a place's fact written whole, for two words (TWO_WORDS). */
static inline gboolean names_words(const CrFact *f, gboolean two_words)
{
	if (!two_words)
		return f->kind != CR_FACT_PERSON;
	return (f->kind == CR_FACT_ORG || f->kind == CR_FACT_PLACE) && f->key && !(f->flags & CR_FACT_ALIAS);
}

/* Gives every fact of one word in SINGLES, not a person's, for which READ
 * finds words the name, key and kind of the first fact whose key is those
 * words (names_words()): among SINGLES, or among all FACTS for
 * TWO_WORDS. */
static void take_names_with_word_before(CrDoc *const *docs, GArray *facts, const GArray *singles,
					WordBeforeReader read, gboolean two_words)
{
	g_autoptr(GArray) found = NULL;
	/* the bits of the words: a fact is looked up only when it may be
	 * them */
	guint64 bits[BIT_FILTER_WORDS(WORDS_ORDER)] = { 0 };
	for (guint k = 0; k < singles->len; k++) {
		guint i = g_array_index(singles, guint, k);
		const CrFact *f = &g_array_index(facts, CrFact, i);
		WithWordBefore w;
		if (f->kind == CR_FACT_PERSON || !read(docs[f->doc], f, w.words) || strchr(f->key, ' '))
			continue;
		if (!found)
			found = g_array_new(FALSE, FALSE, sizeof(WithWordBefore));
		w.fact = i;
		g_array_append_val(found, w);
		bit_filter_add(bits, WORDS_ORDER, words_key(w.words));
	}
	if (!found)
		return;
	g_autoptr(GHashTable) wanted = g_hash_table_new(g_str_hash, g_str_equal);
	for (guint k = 0; k < found->len; k++)
		g_hash_table_add(wanted, g_array_index(found, WithWordBefore, k).words);
	/* the words' first fact (its index + 1) */
	g_autoptr(GHashTable) named = g_hash_table_new(g_str_hash, g_str_equal);
	guint n = two_words ? facts->len : singles->len;
	for (guint k = 0; k < n; k++) {
		guint i = two_words ? k : g_array_index(singles, guint, k);
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (!names_words(f, two_words))
			continue;
		if (!bit_filter_may_have(bits, WORDS_ORDER, words_key(f->key)) ||
		    !g_hash_table_contains(wanted, f->key) || g_hash_table_contains(named, f->key))
			continue;
		g_hash_table_insert(named, f->key, GUINT_TO_POINTER(i + 1));
	}
	for (guint k = 0; k < found->len; k++) {
		const WithWordBefore *w = &g_array_index(found, WithWordBefore, k);
		guint at = GPOINTER_TO_UINT(g_hash_table_lookup(named, w->words));
		if (!at)
			continue;
		const CrFact *q = &g_array_index(facts, CrFact, at - 1);
		CrFact *f = &g_array_index(facts, CrFact, w->fact);
		f->kind = q->kind;
		cr_fact_rename(f, q->value, q->key);
		f->flags |= CR_FACT_ALIAS;
	}
}

void name_join_spaced(CrDoc *const *docs, GArray *facts, const GArray *singles)
{
	take_names_with_word_before(docs, facts, singles, joined_with_word_before, FALSE);
}

void name_join_first_word(CrDoc *const *docs, GArray *facts, const GArray *singles)
{
	take_names_with_word_before(docs, facts, singles, with_word_before, TRUE);
}

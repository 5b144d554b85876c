/* Resolving names against what other names establish. */
#include "name_index.h"

#include <string.h>

#include "crossread/text.h"
#include "name_lexicon.h"
#include "name_token.h"

/* How sure a name resolved from a shorter form is. */
#define CONFIDENCE_ALIAS 0.85

/* What one key stands for; ambiguous when two different names share it. */
typedef struct {
	int kind;
	char *value;
	char *folded;
	gboolean ambiguous;
} IndexEntry;

struct NameIndex {
	GHashTable *by_last;  /* folded last word of a full personal name -> IndexEntry */
	GHashTable *by_first; /* folded first word -> IndexEntry */
	GHashTable *known;    /* folded name -> IndexEntry */
	GHashTable *acronyms; /* acronym as written -> IndexEntry */
};

static void entry_free(gpointer data)
{
	IndexEntry *e = data;
	g_free(e->value);
	g_free(e->folded);
	g_free(e);
}

static GHashTable *entry_table(void)
{
	return g_hash_table_new_full(g_str_hash, g_str_equal, g_free, entry_free);
}

NameIndex *name_index_new(void)
{
	NameIndex *index = g_new0(NameIndex, 1);
	index->by_last = entry_table();
	index->by_first = entry_table();
	index->known = entry_table();
	index->acronyms = entry_table();
	return index;
}

void name_index_free(NameIndex *index)
{
	if (!index)
		return;
	g_hash_table_unref(index->by_last);
	g_hash_table_unref(index->by_first);
	g_hash_table_unref(index->known);
	g_hash_table_unref(index->acronyms);
	g_free(index);
}

/* Records that KEY (taken) stands for VALUE of KIND. */
static void note(GHashTable *table, char *key, int kind, const char *value)
{
	g_autofree char *folded = name_fold(value);
	IndexEntry *e = g_hash_table_lookup(table, key);

	if (e) {
		e->ambiguous |= e->kind != kind || strcmp(e->folded, folded) != 0;
		g_free(key);
		return;
	}
	e = g_new0(IndexEntry, 1);
	e->kind = kind;
	e->value = g_strdup(value);
	e->folded = g_steal_pointer(&folded);
	g_hash_table_insert(table, key, e);
}

/* The folded first (LAST false) or last word of VALUE. */
static char *edge_word(const char *value, gboolean last)
{
	const char *space = last ? strrchr(value, ' ') : strchr(value, ' ');
	g_autofree char *word = last ? g_strdup(space ? space + 1 : value)
				     : g_strndup(value, space ? (gsize)(space - value) : strlen(value));
	return name_fold(word);
}

void name_index_add(NameIndex *index, const NameMention *m)
{
	if (m->kind == NAME_KIND_UNKNOWN || !m->value)
		return;
	note(index->known, name_fold(m->value), m->kind, m->value);
	if (m->kind == CR_FACT_PERSON && m->n_words >= 2 && !(m->flags & NAME_MENTION_REGNAL)) {
		note(index->by_last, edge_word(m->value, TRUE), m->kind, m->value);
		note(index->by_first, edge_word(m->value, FALSE), m->kind, m->value);
	}
}

void name_index_add_acronyms(NameIndex *index, const NameScan *scan)
{
	GHashTableIter it;
	gpointer key, value;

	g_hash_table_iter_init(&it, scan->acronyms);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		const NameMention *m = &g_array_index(scan->mentions, NameMention, GPOINTER_TO_UINT(value) - 1);
		if (m->kind != NAME_KIND_UNKNOWN && m->value)
			note(index->acronyms, g_strdup(key), m->kind, m->value);
	}
}

/* The entry for KEY in TABLE when it is not ambiguous; *AMBIGUOUS tells. */
static const IndexEntry *find(GHashTable *table, const char *key, gboolean *ambiguous)
{
	const IndexEntry *e = g_hash_table_lookup(table, key);
	if (e && e->ambiguous) {
		*ambiguous = TRUE;
		return NULL;
	}
	return e;
}

/* Makes M stand for E's name. */
static void take(NameMention *m, const IndexEntry *e)
{
	g_free(m->value);
	m->value = g_strdup(e->value);
	m->kind = e->kind;
	m->flags |= NAME_MENTION_ALIAS;
	m->confidence = MIN(m->confidence, CONFIDENCE_ALIAS);
}

gboolean name_index_resolve(const NameIndex *index, NameMention *m)
{
	if (!m->value || (m->flags & (NAME_MENTION_ROLE_ONLY | NAME_MENTION_REGNAL | NAME_MENTION_ALIAS)))
		return FALSE;
	g_autofree char *folded = name_fold(m->value);
	gboolean ambiguous = FALSE;

	if (m->n_words == 1 && (m->kind == CR_FACT_PERSON || m->kind == NAME_KIND_UNKNOWN) &&
	    !(m->flags & (NAME_MENTION_GAZETTEER | NAME_MENTION_ACRONYM))) {
		const IndexEntry *full = find(index->by_last, folded, &ambiguous);
		gboolean speaker = m->kind == CR_FACT_PERSON || (m->flags & NAME_MENTION_SPEAKER);
		if (!full && !ambiguous && speaker && !(name_word_classes(folded) & NAME_WORD_GIVEN))
			full = find(index->by_first, folded, &ambiguous);
		if (ambiguous) {
			m->kind = NAME_KIND_UNKNOWN;
			return FALSE;
		}
		if (full) {
			take(m, full);
			return TRUE;
		}
	}
	if (m->kind != NAME_KIND_UNKNOWN)
		return FALSE;
	const IndexEntry *e = NULL;
	if (m->flags & NAME_MENTION_ACRONYM)
		e = find(index->acronyms, m->value, &ambiguous);
	if (e) {
		take(m, e);
		return TRUE;
	}
	e = find(index->known, folded, &ambiguous);
	if (!e)
		return FALSE;
	m->kind = e->kind;
	return TRUE;
}

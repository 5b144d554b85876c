/* Names of unknown kind that end one longer name of unknown kind, or begin
 * it before designators only: "World Cup" where another report writes
 * "Cricket World Cup", and no other longer name holds "World Cup" (English
 * names keep their head last: "New York" is not "New York Times"). Reports shorten a name
 * they have no word for the kind of as they shorten organisations'
 * (extract_name.c's unify_org_names()); the shorter form takes the longer
 * name, so that reports writing either meet. */
#include "name_runs.h"

#include <string.h>

#include "name_lexicon.h"

/* A longer name and its canonical value (borrowed from the names table). */
typedef struct {
	const char *key, *value;
	gboolean ambiguous; /* two longer names that do not hold each other hold the run */
} Longer;

/* TRUE when mention M is a name of unknown kind of two words or more in
 * article text, written as itself. */
static gboolean open_name(const NameMention *m)
{
	return m->kind == NAME_KIND_UNKNOWN && m->key && m->value && m->n_words >= 2 &&
	       !(m->flags & (NAME_MENTION_HEADLINE | NAME_MENTION_ALIAS | NAME_MENTION_ROLE_ONLY |
			     NAME_MENTION_SPLIT | NAME_MENTION_UNSURE));
}

gboolean name_holds_words(const char *longer, const char *shorter)
{
	gsize n = strlen(shorter);
	for (const char *p = strstr(longer, shorter); p; p = strstr(p + 1, shorter))
		if ((p == longer || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return TRUE;
	return FALSE;
}

/* TRUE when the folded words WORDS are all designators that name no other
 * thing than the words before them: a place's generic word ("Province"),
 * a company's legal form ("Inc"). "Times" after "New York" is a new name. */
static gboolean designators_only(const char *words)
{
	g_auto(GStrv) split = g_strsplit(words, " ", -1);
	for (guint i = 0; split[i]; i++)
		if (!(name_word_classes(split[i]) & (NAME_WORD_PLACE_SUFFIX | NAME_WORD_CORPORATE)))
			return FALSE;
	return TRUE;
}

/* Records that the name KEY (of VALUE) holds the name SHORTER: the longer
 * of two that hold each other, ambiguous when they do not. */
static void note_longer(GHashTable *longer, const char *shorter, const char *key, const char *value)
{
	Longer *l = g_hash_table_lookup(longer, shorter);
	if (!l) {
		l = g_new0(Longer, 1);
		l->key = key;
		l->value = value;
		g_hash_table_insert(longer, (gpointer)shorter, l);
	} else if (name_holds_words(key, l->key)) {
		l->key = key;
		l->value = value;
	} else if (!name_holds_words(l->key, key)) {
		l->ambiguous = TRUE;
	}
}

void name_lengthen_runs(GPtrArray *scans)
{
	/* folded name -> its value, for every open name (copies: the mentions
	 * change below) */
	g_autoptr(GHashTable) names = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	for (guint d = 0; d < scans->len; d++) {
		const NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			if (open_name(m) && !g_hash_table_contains(names, m->key))
				g_hash_table_insert(names, g_strdup(m->key), g_strdup(m->value));
		}
	}
	/* folded name -> the one longer name that holds it: each name's runs
	 * of two words or more, but the whole, looked up among the names */
	g_autoptr(GHashTable) longer = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
	g_autoptr(GString) run = g_string_new(NULL);
	GHashTableIter it;
	gpointer key_p, value_p;
	g_hash_table_iter_init(&it, names);
	while (g_hash_table_iter_next(&it, &key_p, &value_p)) {
		const char *key = key_p;
		for (const char *a = key; a; a = strchr(a, ' '), a = a ? a + 1 : NULL) {
			for (const char *b = strchr(a, ' '); b; b = strchr(b + 1, ' ')) {
				const char *end = strchr(b + 1, ' ');
				gsize len = end ? (gsize)(end - a) : strlen(a);
				if ((a == key && !end) || (end && !designators_only(end + 1)))
					continue;
				g_string_append_len(g_string_truncate(run, 0), a, (gssize)len);
				gpointer shorter = NULL;
				if (!g_hash_table_lookup_extended(names, run->str, &shorter, NULL))
					continue;
				note_longer(longer, shorter, key, value_p);
			}
		}
	}
	for (guint d = 0; d < scans->len; d++) {
		NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			const Longer *l = open_name(m) ? g_hash_table_lookup(longer, m->key) : NULL;
			if (!l || l->ambiguous)
				continue;
			g_free(m->value);
			g_free(m->key);
			m->value = g_strdup(l->value);
			m->key = g_strdup(l->key);
			m->flags |= NAME_MENTION_ALIAS;
		}
	}
}

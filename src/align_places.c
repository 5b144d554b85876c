/* Places across the reports of one event: a place one report names with
 * an administrative word after it ("Nara Prefecture") and another names
 * alone ("Nara") is one fact. The name extractor sees one report at a
 * time; here the event is seen. */
#include "align_places.h"

#include <string.h>

/* The words of an administrative area written after a place's name.
 * General knowledge; "city" is left out: a country's name and "City" is
 * often another place than the country ("Kuwait City", "Mexico City"). */
static const char *const administrative_words[] = {
	"prefecture", "province", "county", "district", "region", "oblast", "krai", "governorate", "state",
};

/* Where in the folded key of place FACT its administrative word begins
 * (the space before it), or NULL when it ends in none. */
static const char *administrative_word(const CrFact *fact)
{
	const char *space = strrchr(fact->key, ' ');
	if (!space || space == fact->key)
		return NULL;
	for (gsize i = 0; i < G_N_ELEMENTS(administrative_words); i++)
		if (strcmp(space + 1, administrative_words[i]) == 0)
			return space;
	return NULL;
}

/* The administrative place named by FACT: its key before the word, in a
 * new string; NULL when it is none. */
static char *named_before_word(const CrFact *fact)
{
	const char *space =
	    fact->kind == CR_FACT_PLACE && fact->key && fact->doc < 32 ? administrative_word(fact) : NULL;
	return space ? g_strndup(fact->key, (gsize)(space - fact->key)) : NULL;
}

void cr_align_administrative_places(GArray *facts)
{
	/* the places named before an administrative word (few), and per such
	 * place and per name with the word, the reports that name it; every
	 * other place is looked up only when its key's length is one of theirs */
	g_autoptr(GHashTable) docs = NULL;
	guint64 lengths = 0;
	for (guint i = 0; i < facts->len; i++) {
		char *place = named_before_word(&g_array_index(facts, CrFact, i));
		if (!place)
			continue;
		if (!docs)
			docs = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
		lengths |= G_GUINT64_CONSTANT(1) << (strlen(place) & 63);
		lengths |= G_GUINT64_CONSTANT(1) << (strlen(g_array_index(facts, CrFact, i).key) & 63);
		g_hash_table_insert(docs, place, GUINT_TO_POINTER(0));
		g_hash_table_insert(docs, g_strdup(g_array_index(facts, CrFact, i).key), GUINT_TO_POINTER(0));
	}
	if (!docs)
		return;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind != CR_FACT_PLACE || !f->key || f->doc >= 32 ||
		    !(lengths & G_GUINT64_CONSTANT(1) << (strlen(f->key) & 63)))
			continue;
		gpointer key, value;
		if (g_hash_table_lookup_extended(docs, f->key, &key, &value))
			g_hash_table_insert(docs, g_strdup(f->key),
					    GUINT_TO_POINTER(GPOINTER_TO_UINT(value) | 1u << f->doc));
	}
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		g_autofree char *place = named_before_word(f);
		if (!place)
			continue;
		guint alone = GPOINTER_TO_UINT(g_hash_table_lookup(docs, place));
		guint with_word = GPOINTER_TO_UINT(g_hash_table_lookup(docs, f->key));
		/* a report that names both tells them apart ("Maui", the
		 * island, and "Maui County", its government) */
		if ((alone & ~(1u << f->doc)) && !(alone & with_word))
			cr_fact_rename(f, f->value, place);
	}
}

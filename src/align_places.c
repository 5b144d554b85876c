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
	"prefecture", "province", "county", "district", "region", "oblast", "krai", "governorate",
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

void cr_align_administrative_places(GArray *facts)
{
	/* per key of a place, the reports that name it */
	g_autoptr(GHashTable) named = NULL;
	gboolean any = FALSE;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind != CR_FACT_PLACE || !f->key || f->doc >= 32)
			continue;
		if (!named)
			named = g_hash_table_new(g_str_hash, g_str_equal);
		guint docs = GPOINTER_TO_UINT(g_hash_table_lookup(named, f->key));
		g_hash_table_insert(named, (gpointer)f->key, GUINT_TO_POINTER(docs | 1u << f->doc));
		any |= administrative_word(f) != NULL;
	}
	/* the keys are the facts' own: renamed once all are looked up */
	g_autoptr(GArray) renamed = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint i = 0; any && i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		const char *space =
		    f->kind == CR_FACT_PLACE && f->key && f->doc < 32 ? administrative_word(f) : NULL;
		if (!space)
			continue;
		g_autofree char *place = g_strndup(f->key, (gsize)(space - f->key));
		guint docs = GPOINTER_TO_UINT(g_hash_table_lookup(named, place));
		guint with_word = GPOINTER_TO_UINT(g_hash_table_lookup(named, f->key));
		/* a report that names both tells them apart ("Maui", the
		 * island, and "Maui County", its government) */
		if ((docs & ~(1u << f->doc)) && !(docs & with_word))
			g_array_append_val(renamed, i);
	}
	for (guint k = 0; k < renamed->len; k++) {
		CrFact *f = &g_array_index(facts, CrFact, g_array_index(renamed, guint, k));
		g_autofree char *place = g_strndup(f->key, (gsize)(administrative_word(f) - f->key));
		cr_fact_rename(f, f->value, place);
	}
}

/* One kind for a name that reports type apart. A name of two words or
 * more, "Stormy Daniels", is a person where one report says "adult film
 * star Stormy Daniels" and a body where another writes "by porn star
 * Stormy Daniels by his fixer"; facts of different kinds are never
 * aligned, so each report's mention would stand alone. The name is one:
 * its facts take the kind most of them have. Only a person against a body
 * or a place is settled this way; a place against a body ("Kansas City"
 * the city, "Kansas City" the team) may be two things. Part of
 * cr_resolve_names(). */
#include "name_kinds.h"

#include <string.h>

/* Facts of a key by kind: person, organisation, place. */
typedef struct {
	guint person, org, place;
} KindCount;

/* TRUE when F is a name fact of two words or more. */
static gboolean settled_here(const CrFact *f)
{
	return (f->kind == CR_FACT_PERSON || f->kind == CR_FACT_ORG || f->kind == CR_FACT_PLACE) && f->key &&
	       strchr(f->key, ' ');
}

/* The kind C says its key's facts take, or CR_FACT_N_KINDS to leave them. */
static CrFactKind winner(const KindCount *c)
{
	if (!c->person || (!c->org && !c->place))
		return CR_FACT_N_KINDS;
	if (c->person >= c->org && c->person >= c->place)
		return CR_FACT_PERSON;
	return c->org >= c->place ? CR_FACT_ORG : CR_FACT_PLACE;
}

/* A name fact and the kinds its key has. */
typedef struct {
	guint fact;
	KindCount *count;
} Counted;

void name_unify_kinds(GArray *facts)
{
	g_autoptr(GHashTable) counts = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
	g_autoptr(GArray) counted = g_array_new(FALSE, FALSE, sizeof(Counted));
	gboolean mixed = FALSE;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (!settled_here(f))
			continue;
		KindCount *c = g_hash_table_lookup(counts, f->key);
		if (!c) {
			c = g_new0(KindCount, 1);
			g_hash_table_insert(counts, f->key, c);
		}
		c->person += f->kind == CR_FACT_PERSON;
		c->org += f->kind == CR_FACT_ORG;
		c->place += f->kind == CR_FACT_PLACE;
		mixed |= winner(c) != CR_FACT_N_KINDS;
		g_array_append_val(counted, ((Counted){ i, c }));
	}
	for (guint i = 0; mixed && i < counted->len; i++) {
		const Counted *c = &g_array_index(counted, Counted, i);
		CrFactKind kind = winner(c->count);
		if (kind != CR_FACT_N_KINDS)
			g_array_index(facts, CrFact, c->fact).kind = kind;
	}
}

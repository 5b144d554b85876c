/* One body of one country, named with and without the country. Reports of
 * one story about a country's court name it "Brazilian Supreme Court",
 * "Brazil Supreme Court", "Brazilian Federal Supreme Court" or, after
 * "Brazil's", "Supreme Court"; the shorter name is the body when every
 * form with a country before it names the same country. A story of two
 * countries' supreme courts ("the US Supreme Court", "Brazil's Supreme
 * Court"), or with a place that is no country before the name ("Texas
 * Supreme Court"), keeps them apart. Part of cr_resolve_names(). */
#include "name_country.h"

#include <string.h>

#include "name_lexicon.h"

/* The English endings that make a country's demonym of its name, after the
 * name or after the name less its last letter (general knowledge:
 * "Russia" "Russian", "Brazil" "Brazilian", "Japan" "Japanese", "Israel"
 * "Israeli", "Mexico" "Mexican", "Italy" "Italian", "China" "Chinese"). */
static const char *const demonym_endings[] = { "n", "an", "ian", "ese", "i" };

/* What a name's qualifier says of the country: none read, a country (its
 * demonym), or a place or word that blocks the rule. */
typedef struct {
	const char *country; /* the demonym's canonical spelling, or NULL */
	gboolean blocks;
} Qualifier;

/* The gazetteer's nationality that the place CANONICAL is the country of,
 * formed with demonym_endings; NULL when none (a region, a city, "United
 * States": conservative, the rule then keeps its bodies apart). */
static const char *demonym_of(const char *canonical)
{
	gsize len = strlen(canonical);
	if (len < 3 || strchr(canonical, ' '))
		return NULL;
	char folded[64], written[64];
	for (gsize cut = 0; cut <= 1; cut++) {
		for (gsize e = 0; e < G_N_ELEMENTS(demonym_endings); e++) {
			gsize stem = len - cut, n = stem + strlen(demonym_endings[e]);
			if (n >= sizeof(folded))
				continue;
			memcpy(written, canonical, stem);
			strcpy(written + stem, demonym_endings[e]);
			for (gsize i = 0; i <= n; i++)
				folded[i] = g_ascii_tolower(written[i]);
			const NameGazEntry *g = name_gazetteer_lookup(folded, written, n);
			if (g && g->kind == NAME_GAZ_NATIONALITY)
				return g->canonical;
		}
	}
	return NULL;
}

/* Reads the LEN bytes of WRITTEN (FOLDED folded) as a qualifier: a
 * nationality, or a place that is a country, names a country; another
 * place blocks; other words say nothing. */
static Qualifier read_qualifier(const char *folded, const char *written, gsize len)
{
	const NameGazEntry *g = name_gazetteer_lookup(folded, written, len);
	if (!g || g->kind == NAME_GAZ_ORG)
		return (Qualifier){ NULL, FALSE };
	if (g->kind == NAME_GAZ_NATIONALITY)
		return (Qualifier){ g->canonical, FALSE };
	const char *demonym = demonym_of(g->canonical);
	return (Qualifier){ demonym, demonym == NULL };
}

/* The qualifier of organisation fact F whose key's first PREFIX bytes
 * (its words before a shorter name's, a space after them) come before
 * that name: a country, perhaps "federal" after it, or words that
 * block (any other words do: "Texas Supreme Court", "Kadrian Red
 * Crescent"). */
static Qualifier prefix_qualifier(const CrFact *f, gsize prefix)
{
	const char *key = f->key;
	gsize len = prefix - 1;
	if (len > 8 && strncmp(key + len - 8, " federal", 8) == 0)
		len -= 8;
	if (len >= 64 || strlen(f->text) < len)
		return (Qualifier){ NULL, TRUE };
	char folded[64];
	memcpy(folded, key, len);
	folded[len] = '\0';
	Qualifier q = read_qualifier(folded, f->text, len);
	return (Qualifier){ q.country, q.blocks || !q.country };
}

/* The qualifier a possessive before fact F in DOC gives it: "Brazil's" of
 * "Brazil's Supreme Court" (one word before "'s" or "’s"). */
static Qualifier possessive_qualifier(const CrDoc *doc, const CrFact *f)
{
	const char *data = doc->data;
	gsize end = f->start;
	if (end >= 3 && memcmp(data + end - 3, "'s ", 3) == 0)
		end -= 3;
	else if (end >= 5 && memcmp(data + end - 5, "\xe2\x80\x99s ", 5) == 0)
		end -= 5;
	else
		return (Qualifier){ NULL, FALSE };
	gsize start = end;
	while (start > 0 && (g_ascii_isalpha(data[start - 1]) || data[start - 1] == '.'))
		start--;
	if (end - start < 2 || end - start >= 64)
		return (Qualifier){ NULL, FALSE };
	char folded[64];
	for (gsize i = start; i < end; i++)
		folded[i - start] = g_ascii_tolower(data[i]);
	folded[end - start] = '\0';
	return read_qualifier(folded, data + start, end - start);
}

/* What the reports say of one shorter name: the one country its qualified
 * forms name, and whether a form blocks or two countries disagree. */
typedef struct {
	const char *value, *key;
	const char *country;
	gboolean blocked;
} Body;

/* Notes qualifier Q of BODY's name. */
static void body_note(Body *body, Qualifier q)
{
	if (q.blocks || (q.country && body->country && strcmp(q.country, body->country) != 0))
		body->blocked = TRUE;
	else if (q.country)
		body->country = q.country;
}

/* The longest shorter name of two words or more that BODIES knows and
 * organisation fact F's key ends with, *PREFIX set to the bytes before
 * it; NULL when none. */
static Body *shorter_body(GHashTable *bodies, const CrFact *f, gsize *prefix)
{
	for (const char *sp = strchr(f->key, ' '); sp; sp = strchr(sp + 1, ' ')) {
		if (!strchr(sp + 1, ' '))
			return NULL;
		Body *body = g_hash_table_lookup(bodies, sp + 1);
		if (body) {
			*prefix = (gsize)(sp + 1 - f->key);
			return body;
		}
	}
	return NULL;
}

/* TRUE when F is an organisation fact with a key. */
static gboolean org_fact(const CrFact *f)
{
	return f->kind == CR_FACT_ORG && f->key && f->text;
}

void name_unify_country_bodies(CrDoc *const *docs, GArray *facts)
{
	/* key of every organisation of two words or more -> its Body, the
	 * strings copied (the facts renamed below free theirs) */
	g_autoptr(GHashTable) bodies = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
	g_autoptr(GStringChunk) strings = g_string_chunk_new(1024);
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (!org_fact(f) || !strchr(f->key, ' ') || g_hash_table_contains(bodies, f->key))
			continue;
		Body *body = g_new0(Body, 1);
		body->key = g_string_chunk_insert(strings, f->key);
		body->value = g_string_chunk_insert(strings, f->value ? f->value : f->text);
		g_hash_table_insert(bodies, (gpointer)body->key, body);
	}
	gboolean any = FALSE;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (!org_fact(f))
			continue;
		Body *own = g_hash_table_lookup(bodies, f->key);
		if (own)
			body_note(own, possessive_qualifier(docs[f->doc], f));
		gsize prefix;
		Body *body = shorter_body(bodies, f, &prefix);
		if (body) {
			body_note(body, prefix_qualifier(f, prefix));
			any = TRUE;
		}
	}
	for (guint i = 0; i < facts->len && any; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		gsize prefix;
		Body *body = org_fact(f) ? shorter_body(bodies, f, &prefix) : NULL;
		if (body && !body->blocked && body->country) {
			cr_fact_rename(f, body->value, body->key);
			f->flags |= CR_FACT_ALIAS;
		}
	}
}

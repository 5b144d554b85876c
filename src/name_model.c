/* A maker's model with its variant and without it: one report writes
 * "Boeing 787-8", another "Boeing 787"; the variant names the same
 * aircraft, so the longer name takes the shorter's and the reports meet
 * (stop 41, branch engine60). */
#include "name_model.h"

#include <string.h>

#include "crossread/fact.h"

/* The length of the model in the folded KEY when its last word is a model
 * number with a variant after a hyphen: letters, then two digits or more,
 * a hyphen and one to three letters or digits ("787-8", "a320-200",
 * "737-max"); 0 otherwise. The key without the variant is KEY's first
 * bytes, that many. */
static gsize model_length(const char *key)
{
	const char *last = strrchr(key, ' ');
	if (!last)
		return 0;
	const char *p = last + 1;
	while (g_ascii_isalpha(*p))
		p++;
	const char *digits = p;
	while (g_ascii_isdigit(*p))
		p++;
	if (p - digits < 2 || *p != '-')
		return 0;
	const char *variant = p + 1;
	gsize n = strspn(variant, "abcdefghijklmnopqrstuvwxyz0123456789");
	return n >= 1 && n <= 3 && variant[n] == '\0' ? (gsize)(p - key) : 0;
}

/* What is known of one model written without its variant: its first
 * variant's key and whether another was seen, and the fact written
 * without any (its index + 1). */
typedef struct {
	const char *variant;
	gboolean several;
	guint bare;
} Model;

/* TRUE for the kinds of fact a model's name may be: a body's (the
 * maker's) or a place's, as the extractor reads them. */
static inline gboolean model_kind(const CrFact *f)
{
	return (f->kind == CR_FACT_ORG || f->kind == CR_FACT_PLACE) && f->key;
}

/* TRUE when fact F of DOC may end in a variant: a hyphen after a digit
 * one to three bytes before its end (a look at the text, before the key
 * is read). */
static inline gboolean may_end_in_variant(const CrDoc *doc, const CrFact *f)
{
	for (guint32 k = 2; k <= 4 && f->end >= f->start + k + 2; k++)
		if (doc->data[f->end - k] == '-' && g_ascii_isdigit(doc->data[f->end - k - 1]))
			return TRUE;
	return FALSE;
}

/* A bit of 4096 for a folded key: its first two bytes. */
static inline guint model_bit(const char *key)
{
	return ((guint)(guchar)key[0] * 61u + (guint)(guchar)key[1]) & 4095;
}

void name_join_model_variants(CrDoc *const *docs, GArray *facts)
{
	g_autoptr(GHashTable) models = NULL; /* model key (owned) -> Model (owned) */
	g_autoptr(GArray) variants = NULL;   /* the facts of a variant (guint) */
	/* the bits of the models' keys: a fact is looked up only when it may
	 * be one */
	guint64 bits[4096 / 64] = { 0 };
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		gsize len = model_kind(f) && may_end_in_variant(docs[f->doc], f) ? model_length(f->key) : 0;
		if (!len)
			continue;
		if (!models) {
			models = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
			variants = g_array_new(FALSE, FALSE, sizeof(guint));
		}
		g_array_append_val(variants, i);
		char *model = g_strndup(f->key, len);
		Model *m = g_hash_table_lookup(models, model);
		if (!m) {
			m = g_new0(Model, 1);
			m->variant = f->key;
			guint bit = model_bit(model);
			bits[bit >> 6] |= G_GUINT64_CONSTANT(1) << (bit & 63);
			g_hash_table_insert(models, model, m);
		} else {
			g_free(model);
			m->several |= strcmp(m->variant, f->key) != 0;
		}
	}
	if (!models)
		return;
	guint found = 0;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (!model_kind(f))
			continue;
		guint bit = model_bit(f->key);
		Model *m = bits[bit >> 6] >> (bit & 63) & 1 ? g_hash_table_lookup(models, f->key) : NULL;
		if (m && !m->bare) {
			m->bare = i + 1;
			found++;
		}
	}
	if (!found)
		return;
	for (guint k = 0; k < variants->len; k++) {
		CrFact *f = &g_array_index(facts, CrFact, g_array_index(variants, guint, k));
		g_autofree char *model = g_strndup(f->key, model_length(f->key));
		const Model *m = g_hash_table_lookup(models, model);
		if (!m->bare || m->several)
			continue;
		const CrFact *q = &g_array_index(facts, CrFact, m->bare - 1);
		f->kind = q->kind;
		cr_fact_rename(f, q->value, q->key);
		f->flags |= CR_FACT_ALIAS;
	}
}

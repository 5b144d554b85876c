/* Organisations written in lower case: "the emergency committee" where a
 * report writes "the Emergency Committee", "the foreign ministry" for "the
 * Foreign Ministry". Once every report's names are known, the lower-case
 * words of an organisation's name of two words or more, as a run of whole
 * words outside any other name, are that organisation. */
#include "name_lower.h"

#include <string.h>

#include "crossread/parallel.h"
#include "crossread/partition.h"
#include "crossread/text.h"

/* How sure a lower-case form of a name is. */
#define CONFIDENCE_LOWER_CASE 0.6
/* Words longer than this are never a name's first word here. */
#define MAX_WORD 48
/* A quick sieve of first words (length and first letters) before the
 * hash table is asked: most words of a report are no name's. */
#define SIEVE_BITS 4096

/* An organisation's name: folded words and value. */
typedef struct {
	const char *key, *value;
	gsize key_len;
} OrgName;

/* A lower-case mention found: bytes and the name. */
typedef struct {
	gsize start, end;
	const OrgName *name;
} Found;

static guint sieve_slot(const char *word, gsize len)
{
	guint h = (guint)len * 31u + (guchar)word[0];
	h = h * 31u + (len > 1 ? (guchar)word[1] : 0);
	return (h * 2654435761u >> 20) % SIEVE_BITS;
}

/* TRUE for a folded name of two words or more, all ASCII lower-case
 * letters but for figures after the first word ("category 5"). */
static gboolean plain_words(const char *key)
{
	const char *space = strchr(key, ' ');
	if (!space)
		return FALSE;
	for (const char *p = key; *p; p++)
		if (!g_ascii_islower(*p) && !(g_ascii_isdigit(*p) && p > space) &&
		    !(*p == ' ' && p[1] && p[1] != ' '))
			return FALSE;
	return TRUE;
}

/* TRUE when DATA[AT..) starts with KEY's words, each followed by a single
 * space, the last by no letter; the end in *END. */
static gboolean written_at(const char *data, gsize len, gsize at, const OrgName *name, gsize *end)
{
	if (at + name->key_len > len || memcmp(data + at, name->key, name->key_len) != 0)
		return FALSE;
	*end = at + name->key_len;
	return *end == len || !g_ascii_isalnum(data[*end]);
}

/* The lower-case mentions of the names of FIRST (first word -> GPtrArray of
 * OrgName) in DOC: runs after a space (a name in lower case opens no
 * line), read from space to space, which memchr() finds fast; the first
 * word is the text between two spaces, so the name is followed by one. */
static GArray *find_in_doc(const CrDoc *doc, GHashTable *first, const guint8 *sieve)
{
	GArray *found = g_array_new(FALSE, FALSE, sizeof(Found));
	const char *data = doc->data;
	gsize len = doc->len;
	char word[MAX_WORD + 1];
	const char *end_of_data = data + len;
	const char *sp = memchr(data, ' ', len);
	while (sp) {
		const char *next =
		    sp + 1 < end_of_data ? memchr(sp + 1, ' ', (gsize)(end_of_data - sp - 1)) : NULL;
		gsize p = (gsize)(sp - data) + 1, n = next ? (gsize)(next - sp - 1) : 0;
		sp = next;
		if (n == 0 || n > MAX_WORD || !g_ascii_islower(data[p]))
			continue;
		guint slot = sieve_slot(data + p, n);
		if (!(sieve[slot / 8] & (1u << (slot % 8))))
			continue;
		memcpy(word, data + p, n);
		word[n] = '\0';
		const GPtrArray *names = g_hash_table_lookup(first, word);
		for (guint i = 0; names && i < names->len; i++) {
			gsize end;
			if (written_at(data, len, p, g_ptr_array_index(names, i), &end)) {
				Found f = { p, end, g_ptr_array_index(names, i) };
				g_array_append_val(found, f);
				sp = end < len ? memchr(data + end, ' ', len - end) : NULL;
				break;
			}
		}
	}
	return found;
}

/* The reports' lower-case mentions, found side by side. */
typedef struct {
	CrDoc *const *docs;
	const GArray *facts;
	GHashTable *first;
	const guint8 *sieve;
	GArray **found; /* per report: its Found outside other names */
} FindJob;

/* Fills FOUND[D] with the lower-case mentions of report D that lie inside
 * none of its names' facts, nor in a number's that opens before them, whose
 * noun they are: "his 24th grand slam" counts slams, it names no "Grand
 * Slam"; a figure the name holds is no reason ("category 5") (FOUND is in
 * text order and its mentions do not overlap). */
static void find_outside_names(guint d, gpointer data)
{
	const FindJob *job = data;
	GArray *found = find_in_doc(job->docs[d], job->first, job->sieve);
	job->found[d] = found;
	if (found->len == 0)
		return;
	g_autofree gboolean *inside = g_new0(gboolean, found->len);
	const Found *at = (const Found *)(void *)found->data;
	for (guint i = 0; i < job->facts->len; i++) {
		const CrFact *f = &g_array_index(job->facts, CrFact, i);
		if (f->doc != d || (f->kind != CR_FACT_PERSON && f->kind != CR_FACT_ORG &&
				    f->kind != CR_FACT_PLACE && f->kind != CR_FACT_NUMBER))
			continue;
		guint lo = CR_PARTITION_POINT(found->len, mid, at[mid].end <= f->start);
		for (guint k = lo; k < found->len && at[k].start < f->end; k++)
			inside[k] |= f->kind != CR_FACT_NUMBER || f->start <= at[k].start;
	}
	guint kept = 0;
	for (guint k = 0; k < found->len; k++)
		if (!inside[k])
			g_array_index(found, Found, kept++) = at[k];
	g_array_set_size(found, kept);
}

void name_find_lower_case(CrDoc *const *docs, guint n_docs, GArray *facts)
{
	/* first word -> the organisations' names it opens */
	g_autoptr(GHashTable) first =
	    g_hash_table_new_full(cr_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
	g_autoptr(GHashTable) seen = g_hash_table_new(cr_str_hash, g_str_equal);
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	guint8 sieve[SIEVE_BITS / 8] = { 0 };
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind != CR_FACT_ORG || !f->key || !f->text || !g_ascii_isupper(f->text[0]) ||
		    !plain_words(f->key) || g_hash_table_contains(seen, f->key))
			continue;
		g_hash_table_add(seen, f->key);
		OrgName *name = g_new(OrgName, 1);
		*name = (OrgName){ f->key, f->value, strlen(f->key) };
		g_ptr_array_add(names, name);
		gsize n = strcspn(f->key, " ");
		g_autofree char *word = g_strndup(f->key, n);
		GPtrArray *list = g_hash_table_lookup(first, word);
		if (!list) {
			list = g_ptr_array_new();
			g_hash_table_insert(first, g_steal_pointer(&word), list);
		}
		g_ptr_array_add(list, name);
		guint slot = sieve_slot(f->key, n);
		sieve[slot / 8] |= (guint8)(1u << (slot % 8));
	}
	if (names->len == 0)
		return;
	/* the keys and values borrowed above live in FACTS, which appending
	 * moves: copy them first */
	for (guint i = 0; i < names->len; i++) {
		OrgName *name = g_ptr_array_index(names, i);
		name->key = g_strdup(name->key);
		name->value = g_strdup(name->value);
	}
	g_autofree GArray **found = g_new0(GArray *, n_docs);
	FindJob job = { docs, facts, first, sieve, found };
	cr_parallel_for(n_docs, find_outside_names, &job);
	for (guint d = 0; d < n_docs; d++) {
		for (guint k = 0; k < found[d]->len; k++) {
			const Found *m = &g_array_index(found[d], Found, k);
			CrFact *f = cr_fact_append(facts, docs[d], d, m->start, m->end, CR_FACT_ORG);
			cr_fact_take_value(f, g_strdup(m->name->value));
			f->key = g_strdup(m->name->key);
			f->confidence = CONFIDENCE_LOWER_CASE;
			f->flags |= CR_FACT_ALIAS;
		}
		g_array_unref(found[d]);
	}
	for (guint i = 0; i < names->len; i++) {
		OrgName *name = g_ptr_array_index(names, i);
		g_free((char *)name->key);
		g_free((char *)name->value);
	}
}

/* A full name spelled two ways across the reports of one event: outlets
 * transliterate a name each their own way ("Shah Mehmood Qureshi", "Shah
 * Mahmood Qureshi"), and the aligner matches people by their keys. A name
 * of three words or more whose words agree but one, and that one only by
 * a vowel, is one person's when no report writes both; the name extractor
 * sees one report at a time, here the event is seen. */
#include "align_spellings.h"

#include <string.h>

/* The least words of a full name the pass reads: two words agree by
 * chance more often ("Dan Brown", "Don Brown"). */
#define LEAST_WORDS 3
/* The least letters of the word spelled two ways (the shorter spelling). */
#define LEAST_LETTERS 4

/* TRUE when C is a vowel, in either case. */
static gboolean is_vowel(char c)
{
	return c && strchr("aeiouAEIOU", c);
}

/* TRUE when FACT is a person named by LEAST_WORDS words or more (three:
 * two spaces, found by strchr(), which reads many bytes at once). */
static gboolean full_name(const CrFact *fact)
{
	G_STATIC_ASSERT(LEAST_WORDS == 3);
	if (fact->kind != CR_FACT_PERSON || !fact->key || fact->doc >= 32 || (fact->flags & CR_FACT_IGNORED))
		return FALSE;
	const char *space = strchr(fact->key, ' ');
	return space && strchr(space + 1, ' ');
}

/* KEY without its vowels, in a new string: what two spellings one vowel
 * apart share. */
static char *skeleton(const char *key)
{
	char *out = g_malloc(strlen(key) + 1), *q = out;
	for (const char *p = key; *p; p++)
		if (!is_vowel(*p))
			*q++ = *p;
	*q = '\0';
	return out;
}

/* TRUE when the words A (LA bytes) and B (LB bytes) differ by one vowel:
 * one more, one less or one other, the shorter of LEAST_LETTERS or more. */
static gboolean one_vowel_apart(const char *a, gsize la, const char *b, gsize lb)
{
	if (la < lb)
		return one_vowel_apart(b, lb, a, la);
	if (la - lb > 1 || lb < LEAST_LETTERS)
		return FALSE;
	gsize i = 0;
	while (i < lb && a[i] == b[i])
		i++;
	if (la == lb)
		return i < la && is_vowel(a[i]) && is_vowel(b[i]) &&
		       memcmp(a + i + 1, b + i + 1, la - i - 1) == 0;
	return is_vowel(a[i]) && memcmp(a + i + 1, b + i, lb - i) == 0;
}

/* TRUE when the keys A and B name one full name, one word of it spelled
 * one vowel apart (one_vowel_apart()) and the others alike. */
static gboolean spelled_apart(const char *a, const char *b)
{
	guint differ = 0;
	for (;;) {
		gsize la = strcspn(a, " "), lb = strcspn(b, " ");
		if ((la != lb || memcmp(a, b, la) != 0) && (++differ > 1 || !one_vowel_apart(a, la, b, lb)))
			return FALSE;
		a += la;
		b += lb;
		if (!*a || !*b)
			return !*a && !*b && differ == 1;
		a++;
		b++;
	}
}

/* In REPORTS (key: report bits), the spelling of A and B that more reports
 * write, the first in byte order when as many do. */
static const char *spelling_kept(GHashTable *reports, const char *a, const char *b)
{
	int na = __builtin_popcount(GPOINTER_TO_UINT(g_hash_table_lookup(reports, a)));
	int nb = __builtin_popcount(GPOINTER_TO_UINT(g_hash_table_lookup(reports, b)));
	return na > nb || (na == nb && strcmp(a, b) < 0) ? a : b;
}

/* Files in TAKES (key: the key it takes) each key of KEYS (one skeleton's)
 * spelled apart from another that no report writes beside it, with the
 * spelling kept (spelling_kept()). */
static void file_spellings(GHashTable *reports, const GPtrArray *keys, GHashTable *takes)
{
	for (guint i = 0; i < keys->len; i++)
		for (guint j = i + 1; j < keys->len; j++) {
			const char *a = g_ptr_array_index(keys, i), *b = g_ptr_array_index(keys, j);
			guint ra = GPOINTER_TO_UINT(g_hash_table_lookup(reports, a));
			guint rb = GPOINTER_TO_UINT(g_hash_table_lookup(reports, b));
			if ((ra & rb) || !spelled_apart(a, b))
				continue;
			const char *kept = spelling_kept(reports, a, b);
			const char *other = kept == a ? b : a;
			if (!g_hash_table_contains(takes, other))
				g_hash_table_insert(takes, (gpointer)other, (gpointer)kept);
		}
}

void cr_align_name_spellings(GArray *facts)
{
	/* per full name: the reports that write it */
	g_autoptr(GHashTable) reports = NULL;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (!full_name(f))
			continue;
		if (!reports)
			reports = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
		/* a key is copied once a report, not once a mention */
		guint was = 0;
		gpointer key, value;
		if (g_hash_table_lookup_extended(reports, f->key, &key, &value)) {
			was = GPOINTER_TO_UINT(value);
			if (was & 1u << f->doc)
				continue;
		}
		g_hash_table_insert(reports, g_strdup(f->key), GUINT_TO_POINTER(was | 1u << f->doc));
	}
	if (!reports || g_hash_table_size(reports) < 2)
		return;
	/* per skeleton: the full names that have it */
	g_autoptr(GHashTable) skeletons =
	    g_hash_table_new_full(g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);
	GHashTableIter it;
	gpointer key, value;
	g_hash_table_iter_init(&it, reports);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		char *sk = skeleton(key);
		GPtrArray *keys = g_hash_table_lookup(skeletons, sk);
		if (!keys) {
			keys = g_ptr_array_new();
			g_hash_table_insert(skeletons, sk, keys);
		} else {
			g_free(sk);
		}
		g_ptr_array_add(keys, key);
	}
	g_autoptr(GHashTable) takes = g_hash_table_new(g_str_hash, g_str_equal);
	g_hash_table_iter_init(&it, skeletons);
	while (g_hash_table_iter_next(&it, &key, &value))
		if (((GPtrArray *)value)->len >= 2)
			file_spellings(reports, value, takes);
	if (!g_hash_table_size(takes))
		return;
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		const char *kept = full_name(f) ? g_hash_table_lookup(takes, f->key) : NULL;
		if (kept)
			cr_fact_rename(f, f->value, kept);
	}
}

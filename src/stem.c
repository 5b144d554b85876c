/* Word stems: the Snowball English stemmer over the folded word, each
 * word stemmed once per stemmer. */
#include "stem.h"

#include <libstemmer.h>
#include <string.h>

/* Longer words are stemmed on their first this many bytes. */
#define STEM_WORD_MAX 64

struct CrStemmer {
	struct sb_stemmer *snowball;
	GHashTable *known; /* folded word -> its stem's hash */
	char buf[STEM_WORD_MAX + 1];
};

CrStemmer *cr_stemmer_new(void)
{
	CrStemmer *stemmer = g_new0(CrStemmer, 1);
	stemmer->snowball = sb_stemmer_new("english", "UTF_8");
	if (!stemmer->snowball)
		g_error("crossread: the Snowball English stemmer is missing from libstemmer");
	stemmer->known = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	return stemmer;
}

void cr_stemmer_free(CrStemmer *stemmer)
{
	if (!stemmer)
		return;
	sb_stemmer_delete(stemmer->snowball);
	g_hash_table_unref(stemmer->known);
	g_free(stemmer);
}

/* The FNV-1a hash of LEN bytes at P. */
static guint32 fnv1a(const char *p, gsize len)
{
	guint32 h = 2166136261u;
	for (gsize k = 0; k < len; k++)
		h = (h ^ (guchar)p[k]) * 16777619u;
	return h;
}

guint32 cr_stem_hash(CrStemmer *stemmer, const char *word, gsize len)
{
	gsize n = MIN(len, STEM_WORD_MAX);
	gboolean ascii = TRUE;
	for (gsize i = 0; i < n; i++) {
		guchar c = (guchar)word[i];
		ascii &= c < 0x80;
		stemmer->buf[i] = (char)g_ascii_tolower(c);
	}
	stemmer->buf[n] = '\0';
	g_autofree char *lower = ascii ? NULL : g_utf8_strdown(word, (gssize)n);
	const char *folded = ascii ? stemmer->buf : lower;
	gpointer known;
	if (g_hash_table_lookup_extended(stemmer->known, folded, NULL, &known))
		return GPOINTER_TO_UINT(known);
	const sb_symbol *out =
	    sb_stemmer_stem(stemmer->snowball, (const sb_symbol *)folded, (int)strlen(folded));
	guint32 h = out ? fnv1a((const char *)out, (gsize)sb_stemmer_length(stemmer->snowball)) : 0;
	g_hash_table_insert(stemmer->known, g_strdup(folded), GUINT_TO_POINTER(h));
	return h;
}

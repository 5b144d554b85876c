/* Word stems: the Snowball English stemmer over the folded word. */
#include "stem.h"

#include <libstemmer.h>
#include <string.h>

/* Longer words are stemmed on their first this many bytes. */
#define STEM_WORD_MAX 64

struct CrStemmer {
	struct sb_stemmer *snowball;
	char buf[STEM_WORD_MAX];
};

CrStemmer *cr_stemmer_new(void)
{
	CrStemmer *stemmer = g_new0(CrStemmer, 1);
	stemmer->snowball = sb_stemmer_new("english", "UTF_8");
	if (!stemmer->snowball)
		g_error("crossread: the Snowball English stemmer is missing from libstemmer");
	return stemmer;
}

void cr_stemmer_free(CrStemmer *stemmer)
{
	if (!stemmer)
		return;
	sb_stemmer_delete(stemmer->snowball);
	g_free(stemmer);
}

const char *cr_stem(CrStemmer *stemmer, const char *word, gsize len, gsize *stem_len)
{
	gsize n = MIN(len, STEM_WORD_MAX);
	gboolean ascii = TRUE;
	for (gsize i = 0; i < n; i++) {
		guchar c = (guchar)word[i];
		ascii &= c < 0x80;
		stemmer->buf[i] = (char)g_ascii_tolower(c);
	}
	g_autofree char *lower = ascii ? NULL : g_utf8_strdown(word, (gssize)n);
	const char *in = ascii ? stemmer->buf : lower;
	const sb_symbol *out =
	    sb_stemmer_stem(stemmer->snowball, (const sb_symbol *)in, (int)(ascii ? n : strlen(lower)));
	if (!out) {
		*stem_len = 0;
		return "";
	}
	*stem_len = (gsize)sb_stemmer_length(stemmer->snowball);
	return (const char *)out;
}

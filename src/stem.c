/* Word stems: the Snowball English stemmer over the folded word, each
 * word stemmed once per stemmer. */
#include "stem.h"

#include "crossread/text.h"

#include <libstemmer.h>
#include <string.h>

/* Longer words are stemmed on their first this many bytes. */
#define STEM_WORD_MAX 64

/* A folded word met before and the hash of its stem. */
typedef struct {
	guint64 hash; /* of the folded word; 0: an empty slot */
	const char *word;
	guint32 len;
	guint32 stem;
} KnownWord;

struct CrStemmer {
	struct sb_stemmer *snowball;
	KnownWord *known; /* open addressing, a power of two long, at most half full */
	gsize n_known, size;
	GStringChunk *words; /* the known words' text */
	char buf[STEM_WORD_MAX + 1];
};

CrStemmer *cr_stemmer_new(void)
{
	CrStemmer *stemmer = g_new0(CrStemmer, 1);
	stemmer->snowball = sb_stemmer_new("english", "UTF_8");
	if (!stemmer->snowball)
		g_error("crossread: the Snowball English stemmer is missing from libstemmer");
	stemmer->words = g_string_chunk_new(4096);
	return stemmer;
}

void cr_stemmer_free(CrStemmer *stemmer)
{
	if (!stemmer)
		return;
	sb_stemmer_delete(stemmer->snowball);
	g_free(stemmer->known);
	g_string_chunk_free(stemmer->words);
	g_free(stemmer);
}

/* The slot of the folded word WORD (LEN bytes, hash HASH) in KNOWN (SIZE
 * slots): its own, or the empty one where it goes. */
static KnownWord *known_slot(KnownWord *known, gsize size, guint64 hash, const char *word, gsize len)
{
	for (gsize i = (gsize)hash & (size - 1);; i = (i + 1) & (size - 1)) {
		KnownWord *k = &known[i];
		if (!k->hash || (k->hash == hash && k->len == len && memcmp(k->word, word, len) == 0))
			return k;
	}
}

/* Doubles the table of known words. */
static void grow_known(CrStemmer *stemmer)
{
	KnownWord *old = stemmer->known;
	gsize old_size = stemmer->size;
	stemmer->size = old_size ? old_size * 2 : 1024;
	stemmer->known = g_new0(KnownWord, stemmer->size);
	for (gsize i = 0; i < old_size; i++)
		if (old[i].hash)
			*known_slot(stemmer->known, stemmer->size, old[i].hash, old[i].word, old[i].len) =
			    old[i];
	g_free(old);
}

guint32 cr_stem_hash(CrStemmer *stemmer, const char *word, gsize len)
{
	gsize n = MIN(len, STEM_WORD_MAX);
	gboolean ascii = TRUE;
	/* FNV-1a of the folded word, never 0; an ASCII word's hashed as it is
	 * folded, in one pass */
	guint64 hash = CR_FNV64_EMPTY;
	for (gsize i = 0; i < n; i++) {
		guchar c = (guchar)word[i];
		ascii &= c < 0x80;
		c = (guchar)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
		stemmer->buf[i] = (char)c;
		hash = cr_fnv64_step(hash, c);
	}
	stemmer->buf[n] = '\0';
	g_autofree char *lower = ascii ? NULL : g_utf8_strdown(word, (gssize)n);
	const char *folded = ascii ? stemmer->buf : lower;
	gsize folded_len = ascii ? n : strlen(folded);
	if (!ascii) {
		hash = CR_FNV64_EMPTY;
		for (gsize i = 0; i < folded_len; i++)
			hash = cr_fnv64_step(hash, (guchar)folded[i]);
	}
	hash |= 1;
	if (2 * (stemmer->n_known + 1) > stemmer->size)
		grow_known(stemmer);
	KnownWord *known = known_slot(stemmer->known, stemmer->size, hash, folded, folded_len);
	if (known->hash)
		return known->stem;
	const sb_symbol *out = sb_stemmer_stem(stemmer->snowball, (const sb_symbol *)folded, (int)folded_len);
	guint32 h = out ? cr_fnv32((const char *)out, (gsize)sb_stemmer_length(stemmer->snowball)) : 0;
	*known = (KnownWord){ hash, g_string_chunk_insert_len(stemmer->words, folded, (gssize)folded_len),
			      (guint32)folded_len, h };
	stemmer->n_known++;
	return h;
}

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
	const char *word; /* NULL: an empty slot */
	guint32 hash;	  /* of the folded word: FNV-1a from 0, as a CrToken's fold (tokens.h) */
	guint32 len;
	guint32 stem;
} KnownWord;

struct CrStemmer {
	struct sb_stemmer *snowball;
	KnownWord *known; /* open addressing, a power of two long, at most half full */
	gsize n_known, size;
	guint bits;	     /* log2 of size */
	GStringChunk *words; /* the known words' text */
	char buf[STEM_WORD_MAX + 1];
};

/* The slot where the search for a word of fold hash HASH begins: its bits
 * mixed (Fibonacci hashing). */
static inline gsize first_slot(const CrStemmer *stemmer, guint32 hash)
{
	return (guint32)(hash * 2654435769u) >> (32 - stemmer->bits);
}

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

/* The slot of the folded word WORD (LEN bytes, hash HASH) in STEMMER's
 * known words: its own, or the empty one where it goes. */
static KnownWord *known_slot(const CrStemmer *stemmer, guint32 hash, const char *word, gsize len)
{
	for (gsize i = first_slot(stemmer, hash);; i = (i + 1) & (stemmer->size - 1)) {
		KnownWord *k = &stemmer->known[i];
		if (!k->word || (k->hash == hash && k->len == len && memcmp(k->word, word, len) == 0))
			return k;
	}
}

/* Doubles the table of known words. */
static void grow_known(CrStemmer *stemmer)
{
	KnownWord *old = stemmer->known;
	gsize old_size = stemmer->size;
	stemmer->bits = old_size ? stemmer->bits + 1 : 10;
	stemmer->size = (gsize)1 << stemmer->bits;
	stemmer->known = g_new0(KnownWord, stemmer->size);
	for (gsize i = 0; i < old_size; i++)
		if (old[i].word)
			*known_slot(stemmer, old[i].hash, old[i].word, old[i].len) = old[i];
	g_free(old);
}

guint32 cr_stem_hash(CrStemmer *stemmer, const char *word, gsize len)
{
	gsize n = MIN(len, STEM_WORD_MAX);
	gboolean ascii = TRUE;
	/* the folded word and its hash; an ASCII word's hashed as it is
	 * folded, in one pass */
	guint32 hash = 0;
	for (gsize i = 0; i < n; i++) {
		guchar c = (guchar)word[i];
		ascii &= c < 0x80;
		c = (guchar)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
		stemmer->buf[i] = (char)c;
		hash = cr_fnv32_step(hash, c);
	}
	stemmer->buf[n] = '\0';
	g_autofree char *lower = ascii ? NULL : g_utf8_strdown(word, (gssize)n);
	const char *folded = ascii ? stemmer->buf : lower;
	gsize folded_len = ascii ? n : strlen(folded);
	if (!ascii) {
		hash = 0;
		for (gsize i = 0; i < folded_len; i++)
			hash = cr_fnv32_step(hash, (guchar)folded[i]);
	}
	if (2 * (stemmer->n_known + 1) > stemmer->size)
		grow_known(stemmer);
	KnownWord *known = known_slot(stemmer, hash, folded, folded_len);
	if (known->word)
		return known->stem;
	const sb_symbol *out = sb_stemmer_stem(stemmer->snowball, (const sb_symbol *)folded, (int)folded_len);
	guint32 h = out ? cr_fnv32((const char *)out, (gsize)sb_stemmer_length(stemmer->snowball)) : 0;
	*known = (KnownWord){ g_string_chunk_insert_len(stemmer->words, folded, (gssize)folded_len), hash,
			      (guint32)folded_len, h };
	stemmer->n_known++;
	return h;
}

/* TRUE when the bytes of W are ASCII and in lower case those of FOLDED:
 * each capital lowered by setting its 0x20 bit (a byte is one when its
 * low seven bits, plus 0x3f, reach 0x80 and, plus 0x25, do not). */
static inline gboolean word_folds_to(guint64 w, guint64 folded)
{
	const guint64 high = G_GUINT64_CONSTANT(0x8080808080808080);
	guint64 low = w & ~high;
	guint64 upper = ((low + G_GUINT64_CONSTANT(0x3f3f3f3f3f3f3f3f)) ^
			 (low + G_GUINT64_CONSTANT(0x2525252525252525))) &
			high;
	return !(w & high) && (w | upper >> 2) == folded;
}

/* TRUE when WORD (LEN bytes) is ASCII and in lower case is FOLDED: eight
 * bytes a step, the last eight (or, under eight, two fours) read where
 * they may overlap the others, so that no read has a length of its own
 * (a copy of LEN bytes cost 10 instructions a word). */
static inline gboolean folds_to(const char *word, const char *folded, gsize len)
{
	if (len >= 8) {
		for (gsize i = 0; i + 8 < len; i += 8)
			if (!word_folds_to(cr_load_u64(word + i), cr_load_u64(folded + i)))
				return FALSE;
		return word_folds_to(cr_load_u64(word + len - 8), cr_load_u64(folded + len - 8));
	}
	if (len >= 4)
		return word_folds_to((guint64)cr_load_u32(word) << 32 | cr_load_u32(word + len - 4),
				     (guint64)cr_load_u32(folded) << 32 | cr_load_u32(folded + len - 4));
	guint64 w = 0, f = 0;
	for (gsize i = 0; i < len; i++) {
		w = w << 8 | (guchar)word[i];
		f = f << 8 | (guchar)folded[i];
	}
	return word_folds_to(w, f);
}

guint32 cr_stem_hash_folded(CrStemmer *stemmer, const char *word, gsize len, guint32 fold)
{
	/* a word met before is found by FOLD with no copy nor hash of its
	 * own: an ASCII word's folded form is its bytes in lower case, and
	 * FOLD their hash as known_slot() files them */
	if (len <= STEM_WORD_MAX && stemmer->size) {
		for (gsize i = first_slot(stemmer, fold);; i = (i + 1) & (stemmer->size - 1)) {
			const KnownWord *k = &stemmer->known[i];
			if (!k->word)
				break;
			if (k->hash == fold && k->len == len && folds_to(word, k->word, len))
				return k->stem;
		}
	}
	return cr_stem_hash(stemmer, word, len);
}

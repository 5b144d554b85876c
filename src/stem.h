/* Word stems from the Snowball English stemmer (libstemmer): "rates" and
 * "rate", "increased" and "increase" meet. Private to the extractors. */
#pragma once

#include <glib.h>

/* One stemmer, with a memory of the words it has stemmed; not to be shared
 * between threads: one report's at a time (cr_report_tokens_stemmer(),
 * which passes a closed report's on to the next opened with the same
 * spares). */
typedef struct CrStemmer CrStemmer;

CrStemmer *cr_stemmer_new(void);
void cr_stemmer_free(CrStemmer *stemmer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrStemmer, cr_stemmer_free)

/* A 32-bit hash (FNV-1a) of the stem of WORD (LEN bytes of UTF-8, any
 * case, folded to lower case first): equal for words of one stem. A word
 * met before is not stemmed again. */
guint32 cr_stem_hash(CrStemmer *stemmer, const char *word, gsize len);
/* cr_stem_hash() of a word whose FOLD is known: the FNV-1a hash (from 0)
 * of its bytes in ASCII lower case, a word token's (CrToken.fold). */
guint32 cr_stem_hash_folded(CrStemmer *stemmer, const char *word, gsize len, guint32 fold);

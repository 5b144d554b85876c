/* Word stems from the Snowball English stemmer (libstemmer): "rates" and
 * "rate", "increased" and "increase" meet. Private to the extractors. */
#pragma once

#include <glib.h>

/* One stemmer; not to be shared between threads (make one per report). */
typedef struct CrStemmer CrStemmer;

CrStemmer *cr_stemmer_new(void);
void cr_stemmer_free(CrStemmer *stemmer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrStemmer, cr_stemmer_free)

/* The stem of WORD (LEN bytes of UTF-8, any case): folded to lower case,
 * then stemmed. Valid until the next call; its length in *STEM_LEN. */
const char *cr_stem(CrStemmer *stemmer, const char *word, gsize len, gsize *stem_len);

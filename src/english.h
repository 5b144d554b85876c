/* English words: what wamerican's word list (compiled in from the Debian
 * package at build time) says of a word. Private to the extractors. */
#pragma once

#include <glib.h>

/* TRUE when WORD (LEN bytes, folded: lower case, no accents) is an English
 * word written in lower case: "joining", "league"; not "erling". */
gboolean cr_english_word(const char *word, gsize len);

/* The last words, folded, of the name of a gathering held in one place
 * at one time: "the 2022 Beijing Olympics", "the 2034 World Cup" (general
 * knowledge). */
extern const char *const cr_gathering_words[];
extern const gsize cr_n_gathering_words;

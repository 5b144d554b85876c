/* Page furniture that publishing platforms and their common plugins print
 * word for word (clean_platform.c): a block made wholly of such strings is
 * furniture on any site built with them, whatever site it is. */
#pragma once

#include <glib.h>

/* TRUE when KEYS, a block's words in lower case one space apart (as
 * clean_read_block() leaves them), are wholly platform furniture: a
 * sequence of the table's strings ("leave a reply cancel reply"), or one
 * of its openings with what the platform fills in after it ("one thought
 * on ..."). CHARS is the block's length; long blocks are never matched. */
gboolean clean_platform_furniture(const char *keys, guint chars);

/* How many strings the table holds, and the keys of string I ("like
 * this"; "#" stands for a count), which live as long as the program: the
 * lexicon marks their first words, so that only blocks opening with one
 * are matched. */
guint clean_platform_count(void);
const char *clean_platform_keys(guint i);

/* TRUE when TEXT, LEN bytes, is a string of the table that heads a
 * comment form ("Leave a Reply", "Post a Comment"), in any case. */
gboolean clean_platform_form_head(const char *text, gsize len);

/* Words of a block as the name extractor sees them: where each lies, how
 * it is written and what joins it to the word before. */
#pragma once

#include <glib.h>

typedef enum {
	NAME_TOKEN_CAP = 1 << 0,	/* begins with a capital ("Tokyo", "G7", "d'Ivoire") */
	NAME_TOKEN_ALLCAPS = 1 << 1,	/* two letters or more, all capitals ("NATO") */
	NAME_TOKEN_SENTENCE = 1 << 2,	/* first word of a block, sentence or quotation */
	NAME_TOKEN_POSSESSIVE = 1 << 3, /* followed by 's or s', left out of the word */
	NAME_TOKEN_JOINED = 1 << 4,	/* only spaces (or an abbreviation's period) before it */
	NAME_TOKEN_HYPHEN = 1 << 5,	/* joined to the word before by one hyphen */
	NAME_TOKEN_LETTERS = 1 << 6,	/* has at least one letter */
	NAME_TOKEN_CURRENCY =
	    1 << 7, /* part of a currency sign or a unit: the "US" of "US$4m", the "BTC" of "3.125 BTC" */
	NAME_TOKEN_PAIRED =
	    1 << 8, /* a possessive joined by "and" to another in one name ("Guy's and St Thomas'") */
} NameTokenFlags;

typedef struct {
	gsize start, end;      /* the word in the document; a possessive is not part of it */
	guint32 flags;	       /* NameTokenFlags */
	guint32 classes;       /* NameWordClass of its folded form */
	guint gazetteer_words; /* the most words of a gazetteer name it may begin; 0 for none */
	guint32 hash;	       /* name_word_hash() of its bytes in lower case when they are ASCII and at
				* most 40; else 0 (and maybe 0 all the same) */
} NameToken;

/* Appends to TOKENS the words of data[start,end); KEY is scratch space. */
void name_tokenize(const char *data, gsize start, gsize end, GArray *tokens, GString *key);

/* Folds data[start,end) as cr_text_fold(cr_text_flat()) would, into KEY;
 * returns KEY->str. */
const char *name_fold_span(const char *data, gsize start, gsize end, GString *key);

/* TRUE when data[start,end) is flat already (cr_text_is_flat()); then
 * writes it folded (name_fold() of it: its bytes in lower case) into KEY.
 * One pass for a mention's words as written, most of which are. */
gboolean name_fold_flat_span(const char *data, gsize start, gsize end, GString *key);

/* The end of the fact of a name written data[start,end) (the document
 * LEN bytes long): past the "'s" after it when its last word is two
 * capitals joined by an ampersand ("M&M's", the brand another report
 * writes "M&Ms": the 's is written as part of such names); END for any
 * other ("AT&T's"). */
gsize name_ampersand_fact_end(const char *data, gsize len, gsize start, gsize end);

/* Cuts the plural's "s" off KEY, the folded name written data[start,end),
 * when its last word is an initialism joined by an ampersand ("M&Ms" is
 * "m&m", as "M&M's" is). */
void name_key_ampersand_plural(const char *data, gsize start, gsize end, char *key);

/* cr_text_fold(), quicker on plain ASCII. */
char *name_fold(const char *text);

/* name_fold() of TEXT written into KEY, no string allocated: returns
 * KEY->str, which the caller may shorten in place. */
char *name_fold_into(const char *text, GString *key);

/* Writes the folded name KEY of a body "... H of X" or "... H for X", H
 * a word that heads bodies and X one or two words, as "... X H", in
 * place: the "Department of Justice" and the "Justice Department", the
 * "University of Oxford" and "Oxford University", the "Party for
 * Freedom" and the "Freedom Party" are one body. */
void name_key_head_last(char *key);

/* Writes the folded key KEY of a body's name of two words or more, in
 * place, in the form reports share: words written short too in their
 * short form, a number word as its digits ("Big Three" is "big 3",
 * "Formula One" "formula 1") and "television" as "tv" ("Skai
 * Television", "Skai TV"); and its head last (name_key_head_last()). */
void name_key_body(char *key);

/* TRUE when the token is written in lower case (not a name word). */
static inline gboolean name_token_is_lower(const NameToken *t)
{
	return !(t->flags & NAME_TOKEN_CAP);
}

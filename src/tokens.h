/* Words, numbers and punctuation of a span of document bytes, for the
 * hand-written date and number scanners (private to the extractors). */
#pragma once

#include <glib.h>

typedef enum {
	CR_TOKEN_WORD,	 /* a run of letters */
	CR_TOKEN_NUMBER, /* a run of ASCII digits */
	CR_TOKEN_PUNCT,	 /* any other single character, or one invalid byte */
} CrTokenKind;

/* What separates a token from the one before it. */
typedef enum {
	CR_GAP_NONE,  /* joined: "31" "st", "G" "7", "2023" "-" "05" */
	CR_GAP_SPACE, /* spaces or tabs */
	CR_GAP_LINE,  /* a line end, or the start of the span */
} CrTokenGap;

typedef struct {
	gsize start, end; /* [start,end): bytes in the document */
	CrTokenKind kind;
	CrTokenGap gap; /* whitespace before it */
	gboolean upper; /* a word that begins with a capital letter */
	gunichar ch;	/* punctuation: the character; dashes as '-', apostrophes as '\'' */
	guint64 value;	/* a number: its value, saturated at G_MAXUINT64 */
} CrToken;

/* The tokens of one span of a document. */
typedef struct {
	const char *data; /* the whole document */
	gsize len;
	GArray *store; /* of CrToken */
	const CrToken *tok;
	guint n;
} CrTokens;

/* One entry of a word list: the word in lower case and what it stands for. */
typedef struct {
	const char *word;
	int value;
} CrTokenWord;

/* Prepares S to read DATA (LEN bytes); free with cr_tokens_clear(). */
void cr_tokens_init(CrTokens *s, const char *data, gsize len);
void cr_tokens_clear(CrTokens *s);

/* Makes S the tokens of data[start,end). Letters and digits split into
 * separate tokens ("31st" is "31" + "st"); invalid UTF-8 is one
 * punctuation token per byte. */
void cr_tokens_scan(CrTokens *s, gsize start, gsize end);

/* TRUE when token I exists and is joined to the one before it. */
gboolean cr_tok_joined(const CrTokens *s, guint i);
/* TRUE when token I exists and whitespace comes before it. */
gboolean cr_tok_spaced(const CrTokens *s, guint i);
/* TRUE when token I is the punctuation character CH. */
gboolean cr_tok_punct(const CrTokens *s, guint i, gunichar ch);
/* TRUE when token I is the word WORD, ignoring ASCII case. */
gboolean cr_tok_word(const CrTokens *s, guint i, const char *word);
/* TRUE when token I is a number of MIN_DIGITS..MAX_DIGITS digits. */
gboolean cr_tok_number(const CrTokens *s, guint i, guint min_digits, guint max_digits);
/* The entry of TABLE (N entries) that the word at I is, ignoring ASCII
 * case, or NULL. */
const CrTokenWord *cr_tok_lookup(const CrTokens *s, guint i, const CrTokenWord *table, guint n);

/* TRUE when token I is a word a dash joins to a date: "mid-", "early-", "late-". */
gboolean cr_tok_dash_prefix(const CrTokens *s, guint i);

/* TRUE when token I is one of the ASCII characters SEPS, joined between
 * a number before it and one after it: a longer number goes on ("5,000"). */
gboolean cr_tok_continues_number(const CrTokens *s, guint i, const char *seps);
/* TRUE when a date or number can begin at token I: not inside a word or
 * number ("G7", "1.24.05.2023", "COVID-19", "+81 3", "#5"); "mid-July" can. */
gboolean cr_tok_starts_cleanly(const CrTokens *s, guint i);
/* TRUE when a date or number can end before token I: no letters or digits
 * go on ("24x", "1930s", "24.05.2023.1", "5,000", "5%"). */
gboolean cr_tok_ends_cleanly(const CrTokens *s, guint i);

/* The suffix English writes after N as an ordinal: "st", "nd", "rd", "th". */
const char *cr_ordinal_suffix(guint64 n);

/* How many digits a number token has. */
static inline guint cr_token_digits(const CrToken *t)
{
	return (guint)(t->end - t->start);
}

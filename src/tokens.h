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

/* A word list with an index built on first use: the shapes of its words
 * (first letter and length), which turn most other words away at once,
 * and a small hash table. Declare one with CR_LEXICON(table) beside its
 * static table. */
#define CR_LEXICON_SLOTS 128
typedef struct {
	const CrTokenWord *words; /* fewer than 3/4 of CR_LEXICON_SLOTS */
	guint n;
	gsize ready;			/* g_once_init guard of the index */
	guint32 shapes[26];		/* bit L of [c]: a word of L letters begins with 'a' + c */
	guint8 slots[CR_LEXICON_SLOTS]; /* 1 + the index of a word, by hash; 0 empty */
} CrLexicon;
#define CR_LEXICON(table)                                                                                    \
	{                                                                                                    \
		(table), G_N_ELEMENTS(table), 0, { 0 },                                                      \
		{                                                                                            \
			0                                                                                    \
		}                                                                                            \
	}

/* TRUE when token I is the word WORD, ignoring ASCII case. */
gboolean cr_tok_word(const CrTokens *s, guint i, const char *word);
/* The entry of LEX that the word at I is, ignoring ASCII case, or NULL. */
const CrTokenWord *cr_tok_find(const CrTokens *s, guint i, CrLexicon *lex);

/* TRUE when token I is an English function word of three letters or more
 * ("the", "and", "would", "said"): a word that says nothing of a topic. */
gboolean cr_tok_function_word(const CrTokens *s, guint i);

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

/* "a.m.", "p.m", "am" or "PM" at I, on the same line: sets *pm and
 * returns the tokens used, 0 when none. */
guint cr_tok_meridiem(const CrTokens *s, guint i, gboolean *pm);

/* The suffix English writes after N as an ordinal: "st", "nd", "rd", "th". */
const char *cr_ordinal_suffix(guint64 n);

/* How many digits a number token has. */
static inline guint cr_token_digits(const CrToken *t)
{
	return (guint)(t->end - t->start);
}

/* TRUE when token I exists and is joined to the one before it. */
static inline gboolean cr_tok_joined(const CrTokens *s, guint i)
{
	return i < s->n && s->tok[i].gap == CR_GAP_NONE;
}

/* TRUE when token I exists and whitespace comes before it. */
static inline gboolean cr_tok_spaced(const CrTokens *s, guint i)
{
	return i < s->n && s->tok[i].gap != CR_GAP_NONE;
}

/* TRUE when token I is the punctuation character CH. */
static inline gboolean cr_tok_punct(const CrTokens *s, guint i, gunichar ch)
{
	return i < s->n && s->tok[i].kind == CR_TOKEN_PUNCT && s->tok[i].ch == ch;
}

/* TRUE when token I is a number of MIN_DIGITS..MAX_DIGITS digits. */
static inline gboolean cr_tok_number(const CrTokens *s, guint i, guint min_digits, guint max_digits)
{
	return i < s->n && s->tok[i].kind == CR_TOKEN_NUMBER && cr_token_digits(&s->tok[i]) >= min_digits &&
	       cr_token_digits(&s->tok[i]) <= max_digits;
}

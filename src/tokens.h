/* The tokens of a report: its words, numbers and punctuation, made once
 * per report (cr_report_tokens_new(), when the extractors open the report:
 * extract.h, CrReport) and read block by block by every extractor that
 * scans tokens, so that no extractor reads the bytes again. A token knows
 * where it lies, its kind, what separates it from the one before and, for
 * a word, a hash of its lower-case form that the word lists look it up by
 * (cr_tok_find()). Private to the extractors. */
#pragma once

#include <glib.h>

#include "crossread/extract.h"
#include "stem.h"

typedef enum {
	CR_TOKEN_WORD,	 /* a run of letters */
	CR_TOKEN_NUMBER, /* a run of ASCII digits */
	CR_TOKEN_PUNCT,	 /* any other single character, or one invalid byte */
} CrTokenKind;

/* What separates a token from the one before it. */
typedef enum {
	CR_GAP_NONE,  /* joined: "31" "st", "G" "7", "2023" "-" "05" */
	CR_GAP_SPACE, /* spaces or tabs */
	CR_GAP_LINE,  /* a line end, or the start of the block */
} CrTokenGap;

/* One token: 16 bytes, as a report holds one for every three to five
 * bytes while it is extracted. Offsets are 32-bit (reports are at most
 * CR_MAX_FILE_BYTES). */
typedef struct {
	guint32 start, end; /* [start,end): bytes in the document */
	union {
		gunichar ch;	 /* punctuation: the character; dashes as '-', apostrophes as '\'' */
		guint32 fold;	 /* a word: the hash of its bytes in ASCII lower case (cr_tok_find()) */
		guint32 value32; /* a number: its value, G_MAXUINT32 for that or more (cr_token_value()) */
	};
	guint8 kind;  /* CrTokenKind */
	guint8 gap;   /* CrTokenGap: whitespace before it */
	guint8 upper; /* a word that begins with a capital letter */
	guint8 first; /* a word: its first byte in ASCII lower case */
} CrToken;

/* The tokens of one report, block by block. */
typedef struct CrReportTokens CrReportTokens;

/* Tokenizes each of BLOCKS (CrBlock) of DATA (LEN bytes). Letters and
 * digits split into separate tokens ("31st" is "31" + "st"); invalid
 * UTF-8 is one punctuation token per byte. A report whose tokens would
 * take more than KEPT bytes keeps none: each block is tokenized again when
 * it is asked for (cr_tokens_of_block()), so that memory stays near the
 * size of the input however long the report. cr_report_open() keeps
 * CR_TOKENS_KEPT: 8 reports of 1 MiB of news keep theirs. */
#define CR_TOKENS_KEPT (8 * 1024 * 1024)
/* The array is one of SPARES' (extract.h) when it holds one (SPARES may
 * be NULL). */
CrReportTokens *cr_report_tokens_new(const char *data, gsize len, const GArray *blocks, gsize kept,
				     CrTokenSpares *spares);
void cr_report_tokens_free(CrReportTokens *tokens);
/* Frees TOKENS but keeps their array among SPARES for the next
 * cr_report_tokens_new() with them to fill. */
void cr_report_tokens_free_keeping(CrReportTokens *tokens, CrTokenSpares *spares);

/* The word stemmer of the report whose tokens are TOKENS: a closed
 * report's, with the words it has stemmed, when the tokens' spares keep
 * one, else a new one; freed with the tokens, or kept among their spares
 * by cr_report_tokens_free_keeping(). A stem does not depend on the words
 * stemmed before it. */
CrStemmer *cr_report_tokens_stemmer(CrReportTokens *tokens);

/* The tokens of one block: a view into the report's, nothing copied. */
typedef struct {
	const char *data; /* the whole document */
	gsize len;
	const CrToken *tok;
	guint n;
} CrTokens;

/* Makes S the tokens of block B of TOKENS, valid until tokens of another
 * block are asked for. */
void cr_tokens_of_block(CrTokens *s, CrReportTokens *tokens, guint b);

/* The value of the number token T of S, saturated at G_MAXUINT64. */
static inline guint64 cr_token_value(const CrTokens *s, const CrToken *t)
{
	if (t->value32 < G_MAXUINT32)
		return t->value32;
	guint64 value = 0;
	for (guint32 p = t->start; p < t->end; p++) {
		guint digit = (guint)(s->data[p] - '0');
		value = value > (G_MAXUINT64 - digit) / 10 ? G_MAXUINT64 : value * 10 + digit;
	}
	return value;
}

/* One entry of a word list: the word in lower case and what it stands for. */
typedef struct {
	const char *word;
	int value;
} CrTokenWord;

/* A word list with an index built on first use: a small hash table, at
 * most 3/16 full, whose empty slots turn most other words away at once.
 * Declare one with CR_LEXICON(table) beside its static table. */
#define CR_LEXICON_SLOT_BITS 9
#define CR_LEXICON_SLOTS     (1 << CR_LEXICON_SLOT_BITS)
#define CR_LEXICON_MAX_WORDS (CR_LEXICON_SLOTS * 3 / 16)
typedef struct {
	const CrTokenWord *words; /* fewer than CR_LEXICON_MAX_WORDS */
	guint n;
	gsize ready;			     /* g_once_init guard of the index */
	gint built;			     /* set (atomically) once the index is made */
	guint8 slots[CR_LEXICON_SLOTS];	     /* 1 + the index of a word, by hash; 0 empty */
	guint32 folds[CR_LEXICON_MAX_WORDS]; /* the fold (CrToken's) of each word */
} CrLexicon;
#define CR_LEXICON(table)                                                                                    \
	{                                                                                                    \
		(table), G_N_ELEMENTS(table), 0, 0, { 0 },                                                   \
		{                                                                                            \
			0                                                                                    \
		}                                                                                            \
	}

/* cr_tok_word() past its first tests: TRUE when the word I is spelt
 * WORD, ignoring ASCII case. */
gboolean cr_tok_spelt(const CrTokens *s, guint i, const char *word);

/* TRUE when token I is the word WORD, ignoring ASCII case. Its first
 * letter is compared inline: most tries fail there (a million at 8
 * reports of 1 MiB). */
static inline gboolean cr_tok_word(const CrTokens *s, guint i, const char *word)
{
	char first = word[0] >= 'A' && word[0] <= 'Z' ? (char)(word[0] + ('a' - 'A')) : word[0];
	return i < s->n && s->tok[i].kind == CR_TOKEN_WORD && s->tok[i].first == (guint8)first &&
	       cr_tok_spelt(s, i, word);
}

/* The slot of a CrLexicon where a word of fold FOLD begins its search:
 * the fold's bits mixed (Fibonacci hashing), as its low bits alone
 * cluster the words of a list and lengthen the searches that fail. */
static inline guint cr_lexicon_slot(guint32 fold)
{
	return (fold * 2654435769u) >> (32 - CR_LEXICON_SLOT_BITS);
}

/* cr_tok_find() past its first test: the word T looked up in LEX. */
const CrTokenWord *cr_lexicon_lookup(const CrTokens *s, const CrToken *t, CrLexicon *lex);

/* Sets MARKS[slot] for the slot where the search of each word of LEX
 * begins (CR_LEXICON_SLOTS of them), building LEX's index if need be: a
 * word whose slot is unmarked in the marks of several lists is in none
 * of them, told by one test. */
void cr_lexicon_mark_starts(CrLexicon *lex, guint8 *marks);

/* The entry of LEX that the word at I is, ignoring ASCII case, or NULL.
 * Called for most words by the date and number scanners, several lists a
 * word: the empty slot where its search would begin turns most words away
 * here, inline. */
static inline const CrTokenWord *cr_tok_find(const CrTokens *s, guint i, CrLexicon *lex)
{
	if (i >= s->n || s->tok[i].kind != CR_TOKEN_WORD)
		return NULL;
	const CrToken *t = &s->tok[i];
	if (g_atomic_int_get(&lex->built) && !lex->slots[cr_lexicon_slot(t->fold)])
		return NULL;
	return cr_lexicon_lookup(s, t, lex);
}

/* TRUE when token I is an English function word of three letters or more
 * ("the", "and", "would", "said"): a word that says nothing of a topic.
 * Inline: the numbers' contexts ask it of half a million words. */
extern CrLexicon cr_function_words;
static inline gboolean cr_tok_function_word(const CrTokens *s, guint i)
{
	return cr_tok_find(s, i, &cr_function_words) != NULL;
}

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
/* An elapsed time as a stopwatch shows it at I, seconds written:
 * "2:00:35" (h:mm:ss), "13:44.2" (m:ss.s), "2:00:35.12". Sets *SECONDS to
 * it in units of 10^-*DECIMALS seconds; returns the tokens used, 0 when
 * none. */
guint cr_tok_stopwatch(const CrTokens *s, guint i, guint64 *seconds, guint *decimals);

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

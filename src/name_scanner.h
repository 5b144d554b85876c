/* The scanner of name_scan.c and name_classify.c: a report's words block
 * by block, with what the lexicon knows of each, and the mentions found so
 * far. Private to the name extractor. */
#pragma once

#include "crossread/str_table.h"

#include "name_lexicon.h"
#include "name_scan.h"
#include "name_token.h"

/* The longest personal name, in capitalised words. */
#define MAX_PERSON_WORDS 4
/* The longest unknown place after "in", in words. */
#define MAX_PLACE_WORDS 2
/* How many words after a name may precede the role in "Walsh, the former
 * director-general". */
#define MAX_ROLE_LOOKAHEAD 4

/* How sure each way of knowing a name is. */
#define CONFIDENCE_GAZETTEER 1.0
#define CONFIDENCE_TITLED    0.9
#define CONFIDENCE_SUFFIX    0.8
#define CONFIDENCE_CONTEXT   0.7

/* What the words around a chunk say about it. */
typedef enum {
	EVIDENCE_SPEECH_BEFORE = 1 << 0, /* "said Mao Ning" */
	EVIDENCE_SPEECH_AFTER = 1 << 1,	 /* "Mao Ning said" */
	EVIDENCE_ROLE_AFTER = 1 << 2,	 /* "Mao Ning, a spokesperson" */
	EVIDENCE_TITLED = 1 << 3,	 /* "Foreign Minister Hayashi" */
	EVIDENCE_DEFINITE = 1 << 4,	 /* "the Estuary Trust": people take no article */
	EVIDENCE_PLACE_AFTER = 1 << 5,	 /* "Kestria's prime minister" */
	EVIDENCE_LOCATIVE = 1 << 6,	 /* "in Hatay", "near Antakya": a place */
	EVIDENCE_AT = 1 << 7,		 /* "at Morgan Stanley": a place or a body, no person */
	EVIDENCE_AGE_AFTER = 1 << 8,	 /* "Carol Benning, 67,", "Rupert Allingham KC": a person */
} Evidence;

#define EVIDENCE_BEFORE                                                                                      \
	(EVIDENCE_SPEECH_BEFORE | EVIDENCE_TITLED | EVIDENCE_DEFINITE | EVIDENCE_LOCATIVE | EVIDENCE_AT)
/* What says a name is not a person's, unless a title does. */
#define EVIDENCE_NO_PERSON (EVIDENCE_DEFINITE | EVIDENCE_LOCATIVE | EVIDENCE_AT)
#define EVIDENCE_AFTER                                                                                       \
	(EVIDENCE_SPEECH_AFTER | EVIDENCE_ROLE_AFTER | EVIDENCE_PLACE_AFTER | EVIDENCE_AGE_AFTER)
#define EVIDENCE_SPEECH (EVIDENCE_SPEECH_BEFORE | EVIDENCE_SPEECH_AFTER)
#define EVIDENCE_PERSON (EVIDENCE_ROLE_AFTER | EVIDENCE_TITLED | EVIDENCE_AGE_AFTER)

typedef struct {
	const char *data;
	GArray *tokens;	    /* NameToken of the current block */
	NameToken *words;   /* their array (tokens->data): tok() reads it without the GArray */
	guint n;	    /* how many */
	CrStrTable midcaps; /* folded capitalised words seen inside sentences (text in MIDCAP_TEXT) */
	GStringChunk *midcap_text;
	GString *key;	    /* scratch for folded text */
	GString *emit_key;  /* scratch for the key of the mention scanner_emit() makes */
	gboolean headline;  /* the current block is a headline or a caption */
	gboolean shouting;  /* ... written in capitals */
	guint dateline_end; /* "PORT ALDER, Kestria:": the words of the place that opens the block */
	/* Gazetteer lookups of spans inside the chunk [memo_lo, memo_hi): entry
	 * for words [a, a + len) at (a - memo_lo) * MEMO_LENGTHS + len - 1;
	 * filled with scanner_memo_unknown at the chunk's first lookup
	 * (memo_ready), as most chunks make none that reaches it. */
	GPtrArray *memo;
	guint memo_lo, memo_hi;
	gboolean memo_ready;
	NameScan *out;
} Scanner;

/* The longest span whose gazetteer lookup is remembered, in words. */
#define MEMO_LENGTHS 8
/* A memo slot not looked up yet (defined in name_scan.c). */
extern const NameGazEntry scanner_memo_unknown;

static inline const NameToken *tok(const Scanner *s, guint i)
{
	return &s->words[i];
}

static inline gboolean has(const NameToken *t, guint32 classes)
{
	return (t->classes & classes) != 0;
}

static inline gboolean is_lower(const Scanner *s, guint i)
{
	return name_token_is_lower(tok(s, i));
}

/* A capitalised word that may be part of a name (dates and currency
 * signs are not ours). */
static inline gboolean is_name_word(const NameToken *t)
{
	return (t->flags & NAME_TOKEN_CAP) && !(t->flags & NAME_TOKEN_CURRENCY) && !has(t, NAME_WORD_DATE);
}

static inline gboolean is_joined(const NameToken *t)
{
	return (t->flags & (NAME_TOKEN_JOINED | NAME_TOKEN_HYPHEN)) != 0;
}

static inline guint count_name_words(const Scanner *s, guint a, guint b)
{
	guint n = 0;
	for (guint i = a; i < b; i++)
		n += !is_lower(s, i);
	return n;
}

/* The length of a possessive's mark at AFTER, the byte after its word: 1
 * for an apostrophe, 3 for a right single quotation mark, else 0. */
static inline gsize possessive_mark(const char *after)
{
	return after[0] == '\'' ? 1 : strncmp(after, "\xe2\x80\x99", 3) == 0 ? 3 : 0;
}

/* Words [a,b) folded; valid until the next fold. */
const char *scanner_fold(Scanner *s, guint a, guint b);

/* TRUE for a capitalised function word ("The", "However"): never a name,
 * though "US" and "WHO" in capitals are, unless the whole block shouts. */
gboolean scanner_is_stop(const Scanner *s, const NameToken *t);

/* TRUE when the folded word I is WORD (in lower case). */
gboolean scanner_word_is(Scanner *s, guint i, const char *word);

/* TRUE when the folded word I is one of the N WORDS (in lower case). */
gboolean scanner_word_among(Scanner *s, guint i, const char *const *words, gsize n);

/* The gazetteer entry for words [a,b) as written, or NULL. */
const NameGazEntry *scanner_gazetteer_span(Scanner *s, guint a, guint b);

/* The longest gazetteer match starting at word A and ending before HI: its
 * length in words (0 for none), its entry in *ENTRY. */
guint scanner_gazetteer_longest(Scanner *s, guint a, guint hi, const NameGazEntry **entry);

/* The number of words of a nationality adjective at A ("North Korean"), or 0. */
guint scanner_nationality_at(Scanner *s, guint a, guint hi);

/* Appends a mention of words [a,b) named VALUE (taken; NULL for the words
 * as written); returns it, valid until the next one. */
NameMention *scanner_emit(Scanner *s, int kind, guint a, guint b, char *value, guint flags,
			  double confidence);

/* Appends the mention of words [a,b) that the gazetteer entry E names
 * (nothing for a nationality adjective). */
void scanner_emit_gazetteer(Scanner *s, const NameGazEntry *e, guint a, guint b);

/* name_keys.c: the folded KEY of a mention tidied in place: the periods
 * of its initialisms dropped ("u.s. coast guard" -> "us coast guard"); the
 * hyphens between two letters written as spaces; a personal name's
 * trailing initials joined; its middle initials dropped. */
void scanner_key_drop_periods(char *key);
void scanner_key_hyphens_as_spaces(char *key);
void scanner_key_join_initials(char *key);
void scanner_key_drop_middle_initials(char *key);

/* name_classify.c: 1 when word i is the number of a numbered name, the
 * "500" of "the Fortune 500"; else 0. */
guint scanner_name_number_at(const Scanner *s, guint i);
/* Classifies the trimmed chunk [lo,hi). */
void scanner_classify(Scanner *s, guint lo, guint hi, guint evidence, guint media_end);
/* Classifies words [lo,hi) that hold no role (name_classify.c). */
void scanner_classify_plain(Scanner *s, guint lo, guint hi, guint evidence, guint media_end);
/* name_roles.c: splits the chunk [lo,hi) at its role into the names
 * around it; FALSE when it holds no role that precedes a name. */
gboolean scanner_split_role(Scanner *s, guint lo, guint hi, guint evidence);
/* name_acronym.c: TRUE when the last word of the chunk [lo,hi) is an
 * acronym of three letters or more that the words before it do not spell
 * ("the Christian Democrat CDA"). */
gboolean scanner_described_acronym(Scanner *s, guint lo, guint hi);
/* name_acronym.c: after the chunk ending at word hi-1, "(IATA)" makes the
 * acronym stand for the name before it, among the mentions from
 * first_mention. */
void scanner_note_acronym(Scanner *s, guint hi, guint first_mention);

/* Private to the quotation extractor (extract_quote.c and src/quote_*.c):
 * words, quotation marks, speakers and unquoted echoes. */
#pragma once

#include "crossread/extract.h"
#include "crossread/str_table.h"

/* Bytes kept of a folded word (longer words are cut; they are never
 * words anyone quotes). */
#define CR_QUOTE_WORD_MAX 64

/* One word of a text: letters and digits, with apostrophes inside it. */
typedef struct {
	gsize start, end;		/* [start,end) in the data */
	char folded[CR_QUOTE_WORD_MAX]; /* lower-case, no accents, no apostrophes
					   nor possessive 's; NUL-terminated */
	guint len;			/* strlen(folded) */
	gboolean capitalised;		/* begins with an upper-case letter */
	gboolean acronym;		/* two or more letters, all upper-case */
} CrQuoteWord;

/* Reads the word that starts at *pos (a letter or digit) and sets *pos past
 * it. */
void cr_quote_read_word(const char *data, gsize end, gsize *pos, CrQuoteWord *word);

/* Finds the next word in data[*pos,end): FALSE when there is none. */
gboolean cr_quote_next_word(const char *data, gsize end, gsize *pos, CrQuoteWord *word);

/* The matching key of data[start,end): its folded words joined by single
 * spaces; a new string, or written over KEY (no allocation a quotation). */
char *cr_quote_key(const char *data, gsize start, gsize end);
void cr_quote_key_into(GString *key, const char *data, gsize start, gsize end);

/* How many leading bytes of the folded word WORD (LEN bytes) are its stem:
 * English inflections cut ("decoupling", "decouple" -> "decoupl"). */
guint cr_quote_stem_len(const char *word, guint len);

/* TRUE for a folded English function word ("the", "of", "should"); negations
 * are not stop words. */
gboolean cr_quote_is_stop_word(const char *word, guint len);

/* TRUE for a folded verb that reports speech ("said", "tells", "notes"). */
gboolean cr_quote_is_speech_verb(const char *word, guint len);

/* A fixed set of folded words (fewer than half of CR_WORD_SET_SLOTS),
 * made searchable on first use (and kept for the life of the program). */
#define CR_WORD_SET_SLOTS 512
typedef struct {
	const char *const *words; /* NULL-terminated */
	gsize ready;
	/* bit L of [b]: a word of L bytes (31 for 31 or more) begins with byte
	 * b, which turns most other words away before any hashing */
	guint32 shapes[256];
	guint16 slots[CR_WORD_SET_SLOTS]; /* 1 + the index of a word, by hash; 0 empty */
} CrWordSet;

#define CR_WORD_SET(list)                                                                                    \
	{                                                                                                    \
		(list), 0, { 0 },                                                                            \
		{                                                                                            \
			0                                                                                    \
		}                                                                                            \
	}

/* TRUE when WORD (LEN bytes) is in SET. */
gboolean cr_word_set_has(CrWordSet *set, const char *word, guint len);

/* The quotation marks of one block. */
typedef struct {
	gsize open, close; /* [open,close): from the opening mark to past the closing one */
	gsize start, end;  /* [start,end): the quoted words, trimmed */
	gsize reach;	   /* the furthest close of this span and every earlier one */
	double confidence;
} CrQuoteSpan;

/* Pairs the quotation marks in data[start,end) (one block) and fills SPANS
 * (emptied first) with a CrQuoteSpan for each quotation, in order of the
 * opening mark. Unpaired marks yield nothing, except that a double mark
 * or guillemet left open that is CONTINUED (the mark the next block opens
 * with, 0 for none: a quotation running over paragraphs) quotes the rest
 * of the block when it opens the block, or is no straight mark and
 * follows a colon. */
void cr_quote_find_spans(const char *data, gsize start, gsize end, gunichar continued, GArray *spans);

/* The double quotation mark or guillemet the block data[start,end) begins
 * with, 0 when it begins with none. */
gunichar cr_quote_block_mark(const char *data, gsize start, gsize end);

/* A name already found in the report, for telling who speaks. */
typedef struct {
	gsize start, end;
	CrFactKind kind;
	const char *name; /* the fact's value (or text); borrowed */
} CrQuoteName;

/* What the speaker finder knows of one report as it walks its quotations
 * in order. */
typedef struct {
	const char *data;
	GArray *names;	    /* CrQuoteName of people, organisations, places, by start */
	char *last_speaker; /* the last speaker named outright, and where */
	gsize last_speaker_pos;
	GArray *before, *after; /* scratch: the words around a quotation */
	gboolean by_pronoun;	/* scratch: the speaker found stands for "he", "she", "the
				   spokesperson" */
} CrSpeakerFinder;

/* Starts a finder over the facts of document DOC_INDEX in FACTS. */
void cr_speaker_finder_init(CrSpeakerFinder *finder, const CrDoc *doc, guint doc_index, const GArray *facts);
void cr_speaker_finder_clear(CrSpeakerFinder *finder);

/* The speaker of quotation SPANS[INDEX] of block [block_start,block_end)
 * (SPANS are all the block's quotations), or NULL. */
char *cr_speaker_find(CrSpeakerFinder *finder, gsize block_start, gsize block_end, const GArray *spans,
		      guint index);

/* Stems numbered from 1 in the order they first come, their text kept. */
typedef struct {
	CrStrTable ids; /* stem (in TEXTS) -> its number */
	GStringChunk *texts;
	GPtrArray *by_number; /* the stems, by number - 1 (in TEXTS) */
} CrStemNumbers;

void cr_stem_numbers_init(CrStemNumbers *numbers);
void cr_stem_numbers_clear(CrStemNumbers *numbers);
/* ALL's number of each of PIECE's stems, by PIECE's number - 1, stems new
 * to ALL numbered in PIECE's order (g_free() it). */
guint *cr_stem_numbers_merge(CrStemNumbers *all, const CrStemNumbers *piece);

/* The number of STEM in NUMBERS, 0 when it has none. */
static inline guint cr_stem_numbers_find(const CrStemNumbers *numbers, const char *stem)
{
	return GPOINTER_TO_UINT(cr_str_table_lookup(&numbers->ids, stem));
}

/* The number of STEM; a new stem gets the next (inline: the pieces call
 * it for every content word). The stem is hashed once, looked for and
 * filed in one slot. */
static inline guint cr_stem_numbers_add(CrStemNumbers *numbers, const char *stem)
{
	guint32 hash = cr_str_hash(stem);
	CrStrSlot *slot = cr_str_table_slot(&numbers->ids, stem, hash);
	if (slot->key)
		return GPOINTER_TO_UINT(slot->value);
	char *copy = g_string_chunk_insert(numbers->texts, stem);
	g_ptr_array_add(numbers->by_number, copy);
	guint number = numbers->by_number->len;
	cr_str_table_fill(&numbers->ids, slot, copy, hash, GUINT_TO_POINTER(number));
	return number;
}

/* How many stems NUMBERS has. */
static inline guint cr_stem_numbers_len(const CrStemNumbers *numbers)
{
	return numbers->by_number->len;
}

/* Appends the CR_FACT_UNQUOTED quotations: words of one report that another
 * report quotes. */
void cr_quote_add_echoes(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts);

/* The same in steps. cr_quote_echoes_begin() reads the quotations of
 * FACTS (and no other fact); cr_quote_echoes_index() indexes report D and
 * reads no fact, the reports side by side if need be;
 * cr_quote_echoes_search(), when called for every report, looks for the
 * echoes in report D once every report is indexed (it waits for the
 * indexes: call it after cr_quote_echoes_index() has been called, or
 * is running, for each report) and reads no fact;
 * cr_quote_echoes_finish() searches unless that was done, appends the
 * echoes to FACTS (when not NULL) and frees SEARCH. */
typedef struct CrEchoSearch CrEchoSearch;
CrEchoSearch *cr_quote_echoes_begin(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, const GArray *facts);
void cr_quote_echoes_index(CrEchoSearch *search, guint d);
void cr_quote_echoes_search(CrEchoSearch *search, guint d);
void cr_quote_echoes_finish(CrEchoSearch *search, GArray *facts);
/* About how many bytes the search holds for the quotations of FACTS from
 * cr_quote_echoes_begin() to cr_quote_echoes_finish(). */
gsize cr_quote_echoes_holds(const GArray *facts);

/* Appends the passages of quotations that another report quotes alone: the
 * words of a longer quotation that a shorter one shares. SETTLE(DATA),
 * when SETTLE is not NULL, is called once the quotations are read and
 * before their speakers are: the reading looks only at whether a
 * quotation has a speaker, so they may be settled beside it. */
void cr_quote_add_passages(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts,
			   void (*settle)(gpointer data), gpointer data);

/* TRUE when fact F lies in a block of BLOCKS (one array per report) that is
 * page furniture or a repeat. */
gboolean cr_quote_in_furniture(GPtrArray *blocks, const CrFact *f);

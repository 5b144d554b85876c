/* What the name extractor knows about words: general word lists (titles,
 * roles, function words, name suffixes) and the gazetteer of places,
 * organisations, nationality adjectives and given names in
 * data/gazetteer.tsv. Private to extract_name.c and its helpers, and to
 * cleaning's test of a photographer's name (clean_classify.c). */
#pragma once

#include <glib.h>
#include <string.h>

#include "crossread/text.h"

/* Classes of a word, looked up by its folded form (cr_text_fold()). */
typedef enum {
	NAME_WORD_STOP = 1 << 0,	   /* function words, sentence openers: never a name */
	NAME_WORD_CONNECTOR = 1 << 1,	   /* lower-case particles inside names: of, de, van, al */
	NAME_WORD_ROLE = 1 << 2,	   /* titles and roles before a name: Mr, President, spokesperson */
	NAME_WORD_ROLE_MOD = 1 << 3,	   /* words that qualify a role: Prime, Foreign, Deputy */
	NAME_WORD_REGNAL = 1 << 4,	   /* titles kept with the name: King, Pope */
	NAME_WORD_ORG_SUFFIX = 1 << 5,	   /* last word of an organisation: Ministry, Agency, Times */
	NAME_WORD_ORG_HEAD = 1 << 6,	   /* first word of "Ministry of ..." organisations */
	NAME_WORD_PLACE_SUFFIX = 1 << 7,   /* last word of a place: Strait, Sea, Province */
	NAME_WORD_PLACE_HEAD = 1 << 8,	   /* first word of "Gulf of ..." places */
	NAME_WORD_EVENT = 1 << 9,	   /* names of things that are not ours: Treaty, War, Summit */
	NAME_WORD_SPEECH = 1 << 10,	   /* verbs after a speaker: said, told */
	NAME_WORD_SPEECH_BEFORE = 1 << 11, /* verbs before a speaker: said, says */
	NAME_WORD_DIRECTION = 1 << 12,	   /* North, Eastern: may open a place name */
	NAME_WORD_DATE = 1 << 13,	   /* weekdays and months: the date extractor's */
	NAME_WORD_ABBREV = 1 << 14,	   /* abbreviations whose period ends no sentence: Mr, St, Inc */
	NAME_WORD_ARTICLE = 1 << 15,	   /* a, an, the */
	NAME_WORD_COMPLEMENT = 1 << 16,	   /* links a role to its country or body: to, of, for, at */
	NAME_WORD_NAME_SUFFIX = 1 << 17,   /* Jr, Sr, II, III: end a personal name */
	NAME_WORD_NOT_CURRENT = 1 << 18,   /* former, late: the role is not held now */
	NAME_WORD_GIVEN = 1 << 19,	   /* given names (gazetteer) */
	NAME_WORD_NATIONALITY = 1 << 20,   /* one-word nationality adjectives (gazetteer) */
	NAME_WORD_MEDIA = 1 << 21,	   /* lower-case words after a news outlet: news agency */
	NAME_WORD_OFFICE = 1 << 22,	   /* roles one person holds at a time: president, ambassador */
	NAME_WORD_NUMBER = 1 << 23,	   /* numbers in words: "Seven" */
	NAME_WORD_PLACE_PREFIX = 1 << 24,  /* first word of a place: Port, Mount, Lake */
	NAME_WORD_CORPORATE = 1 << 25,	   /* a company's legal form: Inc, Ltd, PLC */
	NAME_WORD_POSTNOMINAL = 1 << 26,   /* letters after a name, not part of it: KC, MP, OBE */
	NAME_WORD_FEATURE = 1 << 27,	   /* a natural feature, its name's last word: river, lake */
	NAME_WORD_WORKS = 1 << 28,	   /* built works, its name's last word: stadium, dam, bridge */
} NameWordClass;

/* What the lexicon knows of one word. */
typedef struct {
	guint32 classes;       /* NameWordClass */
	guint gazetteer_words; /* the most words of a gazetteer name it may begin; 0 for none */
} NameWordInfo;

/* What the lexicon knows of the word whose folded form is FOLDED, LEN bytes. */
NameWordInfo name_word_info(const char *folded, gsize len);

/* The word table files a folded word by name_word_hash(): a word of
 * fewer than 16 bytes (all but a few) by its two halves at once, so that
 * a scanner that reads a word sixteen bytes a step (cr_scan_ascii_word())
 * hashes it with no loop over its bytes; a longer one by cr_fnv32(). */

/* The hash of a folded word shorter than 16 bytes whose bytes, zeros
 * after them, memory holds as LO then HI: the high half of a product,
 * whose low bits (a table's slot) depend on every byte. */
static inline guint32 name_word_hash_halves(guint64 lo, guint64 hi)
{
	guint64 h =
	    (lo ^ (hi * G_GUINT64_CONSTANT(0xc2b2ae3d27d4eb4f))) * G_GUINT64_CONSTANT(0x9e3779b97f4a7c15);
	return (guint32)(h >> 32);
}

/* The word table's hash of the folded word of LEN bytes at FOLDED. */
static inline guint32 name_word_hash(const char *folded, gsize len)
{
	if (len >= 2 * sizeof(guint64))
		return cr_fnv32(folded, len);
	guint64 half[2] = { 0, 0 };
	memcpy(half, folded, len);
	return name_word_hash_halves(half[0], half[1]);
}

/* One slot of the word table. */
typedef struct {
	const char *word; /* folded; NULL for an empty slot */
	guint32 len;
	NameWordInfo info;
	guint64 head; /* the word's first eight bytes, zeros after its end */
} NameWordSlot;

/* The word table: open addressing, a power of two long. */
typedef struct {
	NameWordSlot *slots;
	guint32 mask;
} NameWordTable;

/* The word table, loaded on first use: a scanner of many words takes it
 * once and looks each word up with name_word_table_info_padded(). */
const NameWordTable *name_word_table(void);

/* TRUE when the LEN bytes at A and B are the same: words are short, and
 * a loop costs less than a call to memcmp(). */
static inline gboolean name_same_bytes(const char *a, const char *b, gsize len)
{
	for (gsize k = 0; k < len; k++)
		if (a[k] != b[k])
			return FALSE;
	return TRUE;
}

/* name_word_info() of the folded word of LEN bytes at FOLDED, whose hash
 * is HASH, in TABLE; FOLDED holds at least eight bytes, zeros after the
 * word's end when it is shorter: its first eight are compared at once
 * (most words are no longer). Inline: the tokenizer's lookup of every
 * word of every report. */
static inline NameWordInfo name_word_table_info_padded(const NameWordTable *table, const char *folded,
						       gsize len, guint32 hash)
{
	guint64 head;
	memcpy(&head, folded, sizeof head);
	for (guint32 i = hash & table->mask; table->slots[i].word; i = (i + 1) & table->mask)
		if (table->slots[i].head == head && table->slots[i].len == len &&
		    (len <= sizeof head || name_same_bytes(table->slots[i].word + sizeof head,
							   folded + sizeof head, len - sizeof head)))
			return table->slots[i].info;
	return (NameWordInfo){ 0 };
}

/* The classes of the word whose folded form is FOLDED (0 when none). */
guint32 name_word_classes(const char *folded);

/* TRUE when the LEN bytes at WORD, in capitals or folded, are a Roman
 * numeral from II to XXXIX ("XIV", "xvi"): after a name, a regnal number. */
gboolean name_regnal_number(const char *word, gsize len);

/* The classes the word lists give FOLDED, without loading the lexicon (the
 * gazetteer adds only NAME_WORD_GIVEN and NAME_WORD_NATIONALITY): for the
 * reports' metadata, worked out before the reader's first screen, which
 * the lexicon's load (its tables and the gazetteer's aliases: 23 M
 * instructions) would delay. */
guint32 name_listed_classes(const char *folded);

/* What a gazetteer line names. */
typedef enum {
	NAME_GAZ_PLACE,
	NAME_GAZ_ORG,
	NAME_GAZ_NATIONALITY,
} NameGazKind;

typedef struct {
	NameGazKind kind;
	gboolean country; /* a place of the gazetteer's countries (its "--- countries ---" lines) */
	char *canonical;
} NameGazEntry;

/* The gazetteer entry one of whose aliases folds to FOLDED and fits the
 * words as written (WRITTEN, LEN bytes of the document): an alias in
 * capitals ("US") matches only those capitals, another alias matches
 * capitalised or all-capital words. NULL when none. */
const NameGazEntry *name_gazetteer_lookup(const char *folded, const char *written, gsize len);
/* name_gazetteer_lookup() of the LEN bytes at WRITTEN folded to ASCII
 * lower case; NULL when they are 64 bytes or more. */
const NameGazEntry *name_gazetteer_find(const char *written, gsize len);

/* The canonical spelling of a role ("spokesman" -> "spokesperson") for
 * comparing role descriptions; FOLDED itself when it has no other. */
const char *name_role_canonical(const char *folded);

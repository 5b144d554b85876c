/* The reader's lexicon: the furniture word lists and the first words of
 * the furniture phrases and platform strings in an open-addressing table,
 * looked up as each word of a block ends (clean_read.c); the lookups are
 * inline, the table is filled once (clean_lexicon.c). Split from
 * clean_read.c (clean38). */
#ifndef CR_CLEAN_LEXICON_H
#define CR_CLEAN_LEXICON_H

#include "clean_private.h"
#include "clean_words.h"
#include "crossread/scan.h"

#include <string.h>

/* A longest word worth looking up in the lexicon. */
#define LEXICON_WORD_MAX 24

/* Every byte that is an ASCII letter or digit mapped to its lower case,
 * every other byte to 0; filled with the lexicon. */
extern guchar clean_ascii_word_lower[256];

/* The lexicon is an open-addressing table of slots, each the hash and
 * length of a word and its entry, keyed by word_hash(), which the reader
 * takes as each word ends; the slots are four times the words, so that a
 * word not listed (most words) is mostly told by its first slot. */
#define LEXICON_SLOTS	2048
#define LEXICON_ENTRIES 1024

typedef struct {
	const char *word; /* a copy, CR_SCAN_WORD_BYTES of zeros after it */
	guint flags;
	int phrase;    /* the first phrase that begins with the word, or -1 */
	gboolean rare; /* anything to note but a stop word */
} Entry;

typedef struct {
	guint32 hash;
	guint16 len;
	guint16 entry; /* in clean_lexicon_entries, from 1; 0 for an empty slot */
} Slot;

extern Slot clean_lexicon_slots[LEXICON_SLOTS];
extern Entry clean_lexicon_entries[LEXICON_ENTRIES];
/* The first words of the platform strings (clean_platform.c), as bits by
 * the low byte of their hash: a block opening with no such word is not
 * looked up in the table. */
extern guint32 clean_platform_openers[8];
/* The next phrase that begins with the same word, or -1. */
extern int *clean_next_phrase;
/* The bytes of each phrase, and of its first word. */
extern guint *clean_phrase_len, *clean_phrase_head_len;

/* The first LEN bytes (less than CR_SCAN_WORD_BYTES) of the sixteen at
 * WORD, zeros after them, as cr_scan_ascii_word() leaves a word. */
static inline CrScanWord short_word(const char *word, gsize len)
{
	CrScanWord w = { 0 };
	guint64 keep[2];
	memcpy(&w.lo, word, sizeof w.lo);
	memcpy(&w.hi, word + sizeof w.lo, sizeof w.hi);
	memcpy(keep, cr_scan_keep_first + CR_SCAN_WORD_BYTES - len, sizeof keep);
	w.lo &= keep[0];
	w.hi &= keep[1];
	return w;
}

/* The hash of the lower case WORD of LEN bytes, of which
 * CR_SCAN_WORD_BYTES must be readable when LEN is shorter: a word shorter
 * than that is hashed from its two halves in a few instructions, so that
 * no loop over its letters hashes it; a longer one by FNV-1a. */
static inline guint32 word_hash(const char *word, gsize len)
{
	if (len >= CR_SCAN_WORD_BYTES)
		return cr_fnv32(word, len);
	/* the high half: the low one has its bit 0 always set (a table's
	 * empty slot is 0), which would leave the lexicon's even slots empty */
	return (guint32)(cr_scan_word_hash(short_word(word, len)) >> 32);
}

/* memcmp(A, B, LEN) == 0 for the few bytes of a word, without a call. */
static inline gboolean same_bytes(const char *a, const char *b, gsize len)
{
	for (gsize i = 0; i < len; i++)
		if (a[i] != b[i])
			return FALSE;
	return TRUE;
}

/* TRUE when the entry's word A is the word B of LEN bytes; both must be
 * readable CR_SCAN_WORD_BYTES on when LEN is shorter: the short ones are
 * told by two compares, not a loop. */
static inline gboolean same_word(const char *a, const char *b, gsize len)
{
	if (len >= CR_SCAN_WORD_BYTES)
		return same_bytes(a, b, len);
	CrScanWord x = short_word(a, len), y = short_word(b, len);
	return x.lo == y.lo && x.hi == y.hi;
}

/* TRUE when the listed word LISTED is WORD (LEN bytes): how a probe of
 * the table compares a slot's word with the one looked up. */
typedef gboolean (*LexiconSame)(const char *listed, const void *word, gsize len);

/* The slot of a word of LEN bytes hashed to HASH, compared by SAME, or the
 * empty slot where it belongs (inlined with SAME a constant: no call). */
static inline guint lexicon_probe(guint32 hash, gsize len, LexiconSame same, const void *word)
{
	guint slot = hash & (LEXICON_SLOTS - 1);

	for (const Slot *s = &clean_lexicon_slots[slot]; s->entry != 0; s = &clean_lexicon_slots[slot]) {
		if (s->hash == hash && s->len == len && same(clean_lexicon_entries[s->entry].word, word, len))
			break;
		slot = (slot + 1) & (LEXICON_SLOTS - 1);
	}
	return slot;
}

static inline gboolean same_as_bytes(const char *listed, const void *word, gsize len)
{
	return same_word(listed, word, len);
}

/* A listed word's copy has zeros after it too, as the scanned word W has. */
static inline gboolean same_as_scanned(const char *listed, const void *word, gsize len)
{
	const CrScanWord *w = word;
	guint64 lo, hi;
	memcpy(&lo, listed, sizeof lo);
	memcpy(&hi, listed + sizeof lo, sizeof hi);
	return lo == w->lo && hi == w->hi;
}

/* The slot of WORD (LEN bytes, hashed to HASH; CR_SCAN_WORD_BYTES
 * readable), or the empty slot where it belongs. */
static inline guint lexicon_slot(const char *word, gsize len, guint32 hash)
{
	return lexicon_probe(hash, len, same_as_bytes, word);
}

/* The slot of the word W, read at once (shorter than CR_SCAN_WORD_BYTES,
 * zeros after it) and hashed to HASH: its halves compared as they were
 * read, not loaded again from the keys. */
static inline guint lexicon_slot_scanned(CrScanWord w, guint32 hash)
{
	return lexicon_probe(hash, w.len, same_as_scanned, &w);
}

/* The entry of a word not listed. */
static const Entry clean_unlisted = { .phrase = -1 };

/* The entry of the lower case WORD of LEN bytes, hashed to HASH; an empty
 * entry when the word is not listed. */
static inline const Entry *lexicon_lookup(const char *word, gsize len, guint32 hash)
{
	if (len > LEXICON_WORD_MAX)
		return &clean_unlisted;
	const Slot *slot = &clean_lexicon_slots[lexicon_slot(word, len, hash)];
	return slot->entry ? &clean_lexicon_entries[slot->entry] : &clean_unlisted;
}

#endif

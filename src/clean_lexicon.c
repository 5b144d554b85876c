/* Filling the reader's lexicon (clean_lexicon.h) once from the word lists,
 * the furniture phrases and the platform strings. Split from clean_read.c
 * (clean38). */
#include "clean_lexicon.h"
#include "clean_platform.h"

guchar clean_ascii_word_lower[256];
Slot clean_lexicon_slots[LEXICON_SLOTS];
Entry clean_lexicon_entries[LEXICON_ENTRIES];
static guint lexicon_count = 1;
guint32 clean_platform_openers[8];
int *clean_next_phrase;
guint *clean_phrase_len, *clean_phrase_head_len;

/* A copy of WORD (LEN bytes) with CR_SCAN_WORD_BYTES of zeros after it,
 * kept as long as the lexicon. */
static char *padded_copy(const char *word, gsize len)
{
	char *copy = g_malloc0(len + CR_SCAN_WORD_BYTES);
	memcpy(copy, word, len);
	return copy;
}

/* Adds WORD (LEN bytes) to the lexicon, or FLAGS to its entry if it is
 * there; returns its entry. */
static Entry *lexicon_add(const char *word, gsize len, guint flags)
{
	g_autofree char *padded = padded_copy(word, len);
	guint32 hash = word_hash(padded, len);
	Slot *slot = &clean_lexicon_slots[lexicon_slot(padded, len, hash)];
	if (slot->entry == 0) {
		g_assert(lexicon_count < LEXICON_ENTRIES && len <= G_MAXUINT16);
		*slot = (Slot){ .hash = hash, .len = (guint16)len, .entry = (guint16)lexicon_count };
		clean_lexicon_entries[lexicon_count++] =
		    (Entry){ .word = g_steal_pointer(&padded), .phrase = -1 };
	}
	Entry *entry = &clean_lexicon_entries[slot->entry];
	entry->flags |= flags;
	entry->rare = (entry->flags & ~WORD_STOP) != 0;
	return entry;
}

/* Adds the N WORDS of a word list with its FLAG. */
static void lexicon_add_list(const char *const *words, guint n, WordFlags flag)
{
	for (guint i = 0; i < n; i++)
		lexicon_add(words[i], strlen(words[i]), flag);
}

/* Fills the lexicon from the word lists, and the ASCII table, once. */
void clean_lexicon_load(void)
{
	static gsize ready;

	if (g_once_init_enter(&ready)) {
		for (guint c = 0; c < 128; c++)
			clean_ascii_word_lower[c] =
			    ascii_kind[c] >= CH_LOWER ? (guchar)g_ascii_tolower((char)c) : 0;
		for (guint i = 0; i < clean_word_list_count; i++)
			lexicon_add_list(clean_word_lists[i].words, clean_word_lists[i].n,
					 clean_word_lists[i].flag);
		clean_next_phrase = g_new(int, clean_phrase_count);
		clean_phrase_len = g_new(guint, clean_phrase_count);
		clean_phrase_head_len = g_new(guint, clean_phrase_count);
		for (guint i = clean_phrase_count; i-- > 0;) {
			clean_phrase_len[i] = (guint)strlen(clean_phrases[i].text);
			clean_phrase_head_len[i] = (guint)strcspn(clean_phrases[i].text, " ");
			Entry *entry = lexicon_add(clean_phrases[i].text, clean_phrase_head_len[i], 0);
			clean_next_phrase[i] = entry->phrase;
			entry->phrase = (int)i;
			entry->rare = TRUE;
		}
		for (guint i = 0; i < clean_platform_count(); i++) {
			const char *keys = clean_platform_keys(i);
			gsize len = strcspn(keys, " ");
			g_autofree char *padded = padded_copy(keys, len);
			guint32 hash = word_hash(padded, len);
			clean_platform_openers[(hash & 255) >> 5] |= 1u << (hash & 31);
		}
		g_once_init_leave(&ready, 1);
	}
}

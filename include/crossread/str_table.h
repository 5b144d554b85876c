/* A table from strings to values, open-addressed by cr_str_hash() and at
 * most half full: a key is hashed once to be looked for and filed (the
 * slot it was looked for in is where it goes), where a GHashTable hashes
 * it for the lookup and again for the insert, at about twice the
 * instructions a lookup. For the engine's hot tables that nobody walks in
 * order. The table keeps the keys' pointers, not copies. */
#pragma once

#include <glib.h>
#include <string.h>

#include "crossread/text.h"

/* One slot: a key (NULL: an empty slot), its hash and its value. */
typedef struct {
	const char *key;
	guint32 hash;
	gpointer value;
} CrStrSlot;

typedef struct {
	CrStrSlot *slots; /* a power of two long */
	gsize size, n;	  /* slots and keys */
} CrStrTable;

/* An empty table (of a few hundred slots). */
void cr_str_table_init(CrStrTable *table);
/* An empty table with room for KEYS keys before it grows: made once at its
 * size, not grown through every size below it. */
void cr_str_table_init_sized(CrStrTable *table, gsize keys);
/* Frees the slots (not the keys nor the values). */
void cr_str_table_clear(CrStrTable *table);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(CrStrTable, cr_str_table_clear)

/* The slot of KEY, of hash HASH (cr_str_hash()), in TABLE: its own, or the
 * empty one where it goes. */
static inline CrStrSlot *cr_str_table_slot(const CrStrTable *table, const char *key, guint32 hash)
{
	for (gsize i = hash & (table->size - 1);; i = (i + 1) & (table->size - 1)) {
		CrStrSlot *slot = &table->slots[i];
		if (!slot->key || (slot->hash == hash && strcmp(slot->key, key) == 0))
			return slot;
	}
}

/* The value of KEY in TABLE, NULL when it has none. */
static inline gpointer cr_str_table_lookup(const CrStrTable *table, const char *key)
{
	return cr_str_table_slot(table, key, cr_str_hash(key))->value;
}

/* Files KEY (hash HASH) with VALUE in SLOT, the empty slot that
 * cr_str_table_slot() gave for it; the slots may move (SLOT is no longer
 * valid after). */
void cr_str_table_fill(CrStrTable *table, CrStrSlot *slot, const char *key, guint32 hash, gpointer value);
/* Gives KEY the value VALUE (not NULL) in TABLE, filing KEY when TABLE
 * does not hold it yet: one hash either way. */
void cr_str_table_set(CrStrTable *table, const char *key, gpointer value);
/* Adds BITS (not 0) to the mask that is KEY's value in TABLE, filing KEY
 * when TABLE does not hold it yet: one hash. Returns the mask before (0
 * for a new key). */
guint cr_str_table_or(CrStrTable *table, const char *key, guint bits);

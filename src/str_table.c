/* A table from strings to values open-addressed by cr_str_hash(). */
#include "crossread/str_table.h"

/* The first size of a table, in slots. */
#define FIRST_SLOTS 256

void cr_str_table_init(CrStrTable *table)
{
	cr_str_table_init_sized(table, 0);
}

void cr_str_table_init_sized(CrStrTable *table, gsize keys)
{
	gsize size = FIRST_SLOTS;
	while (size < 2 * keys)
		size *= 2;
	*table = (CrStrTable){ g_new0(CrStrSlot, size), size, 0 };
}

void cr_str_table_clear(CrStrTable *table)
{
	g_clear_pointer(&table->slots, g_free);
	table->size = table->n = 0;
}

void cr_str_table_fill(CrStrTable *table, CrStrSlot *slot, const char *key, guint32 hash, gpointer value)
{
	*slot = (CrStrSlot){ key, hash, value };
	if (2 * ++table->n <= table->size)
		return;
	CrStrSlot *old = table->slots;
	gsize old_size = table->size;
	table->size *= 2;
	table->slots = g_new0(CrStrSlot, table->size);
	for (gsize i = 0; i < old_size; i++)
		if (old[i].key)
			*cr_str_table_slot(table, old[i].key, old[i].hash) = old[i];
	g_free(old);
}

void cr_str_table_set(CrStrTable *table, const char *key, gpointer value)
{
	guint32 hash = cr_str_hash(key);
	CrStrSlot *slot = cr_str_table_slot(table, key, hash);
	if (slot->key)
		slot->value = value;
	else
		cr_str_table_fill(table, slot, key, hash, value);
}

guint cr_str_table_or(CrStrTable *table, const char *key, guint bits)
{
	guint32 hash = cr_str_hash(key);
	CrStrSlot *slot = cr_str_table_slot(table, key, hash);
	guint mask = GPOINTER_TO_UINT(slot->value);
	if (slot->key)
		slot->value = GUINT_TO_POINTER(mask | bits);
	else
		cr_str_table_fill(table, slot, key, hash, GUINT_TO_POINTER(bits));
	return mask;
}

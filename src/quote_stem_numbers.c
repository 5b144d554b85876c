/* Stems numbered in the order they come: each piece of the quotations,
 * read side by side, numbers its own, and the pieces' numbers are then
 * mapped to the numbers among all, piece by piece, on one thread (the
 * echoes' sources and the passages' quotations). */
#include "quote_private.h"

#include "crossread/text.h"

void cr_stem_numbers_init(CrStemNumbers *numbers)
{
	cr_str_table_init(&numbers->ids);
	numbers->texts = g_string_chunk_new(4096);
	numbers->by_number = g_ptr_array_new();
}

void cr_stem_numbers_clear(CrStemNumbers *numbers)
{
	cr_str_table_clear(&numbers->ids);
	g_clear_pointer(&numbers->texts, g_string_chunk_free);
	g_clear_pointer(&numbers->by_number, g_ptr_array_unref);
}

guint *cr_stem_numbers_merge(CrStemNumbers *all, const CrStemNumbers *piece)
{
	guint *in_all = g_new(guint, MAX(piece->by_number->len, 1));
	for (guint k = 0; k < piece->by_number->len; k++)
		in_all[k] = cr_stem_numbers_add(all, g_ptr_array_index(piece->by_number, k));
	return in_all;
}

/* A filter of words in bits: a set bit says that a word of that bit may be
 * in a set, a clear one that none is, so that only the words that may be
 * in it are looked up. One mechanism for filters of any size: 1 << ORDER
 * bits (64 at the least), a word's bit made of a key of 32 bits that the
 * caller takes from the word (some of its bytes, its length). */
#pragma once

#include <glib.h>

/* The 64-bit words of a filter of 1 << ORDER bits. */
#define BIT_FILTER_WORDS(order) ((1u << (order)) / 64)

/* The bit of KEY in a filter of 1 << ORDER bits: the top ORDER bits of KEY
 * times the golden ratio (Fibonacci hashing), which spread keys that differ
 * in any byte. */
static inline guint bit_filter_bit(guint32 key, guint order)
{
	return (key * 0x9e3779b1u) >> (32 - order);
}

/* Sets the bit of KEY in FILTER, of 1 << ORDER bits. */
static inline void bit_filter_add(guint64 *filter, guint order, guint32 key)
{
	guint bit = bit_filter_bit(key, order);
	filter[bit >> 6] |= G_GUINT64_CONSTANT(1) << (bit & 63);
}

/* FALSE when no key set in FILTER, of 1 << ORDER bits, has KEY's bit. */
static inline gboolean bit_filter_may_have(const guint64 *filter, guint order, guint32 key)
{
	guint bit = bit_filter_bit(key, order);
	return filter[bit >> 6] >> (bit & 63) & 1;
}

/* Sorting arrays of plain numbers without a comparison function. */
#pragma once

#include <glib.h>

/* Sorts the N numbers at KEYS in ascending order: a radix sort, a byte at
 * a time from the lowest, that passes over the bytes all keys share
 * (qsort() called its comparison n log n times), or for a few keys an
 * insertion sort. Needs N more numbers of memory, as qsort() does. */
void cr_sort_u64(guint64 *keys, gsize n);

/* Sorts the N numbers at KEYS by their high 32 bits alone, numbers alike
 * there keeping their order (what lies in the low half rides along): the
 * same radix sort over half the bytes. */
void cr_sort_u64_by_high(guint64 *keys, gsize n);

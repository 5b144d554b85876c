/* Sorting arrays of plain numbers without a comparison function. */
#include "crossread/sort.h"

#include <string.h>

/* Below this many keys an insertion sort is the quicker. */
#define FEW_KEYS 48

/* Sorts KEYS by their bits from SHIFT up, keys alike there keeping their
 * order. */
static void insertion_sort(guint64 *keys, gsize n, guint shift)
{
	for (gsize i = 1; i < n; i++) {
		guint64 key = keys[i];
		gsize j = i;
		for (; j > 0 && keys[j - 1] >> shift > key >> shift; j--)
			keys[j] = keys[j - 1];
		keys[j] = key;
	}
}

/* Sorts KEYS by their bytes from FIRST up (a byte at a time from the
 * lowest, each pass keeping the order of keys alike in its byte), keys
 * alike in those keeping their order. Only the bytes in which some keys
 * differ are counted and passed over, found first by one pass that ORs
 * each key's difference from the first (a fact's index and a start vary
 * in three bytes of eight, a start in its high half in three of four),
 * each counted in a loop of its own, with its shift fixed. */
static void radix_sort(guint64 *keys, gsize n, guint first)
{
	if (n < FEW_KEYS) {
		insertion_sort(keys, n, 8 * first);
		return;
	}
	guint64 differ = 0;
	for (gsize i = 1; i < n; i++)
		differ |= keys[i] ^ keys[0];
	gsize at[256];
	g_autofree guint64 *spare = NULL;
	guint64 *from = keys, *to = NULL;
	for (guint b = first; b < 8; b++) {
		guint shift = 8 * b;
		if (!(differ >> shift & 0xff))
			continue; /* every key has the same byte here */
		if (!to)
			to = spare = g_new(guint64, n);
		memset(at, 0, sizeof at);
		for (gsize i = 0; i < n; i++)
			at[from[i] >> shift & 0xff]++;
		gsize sum = 0;
		for (guint v = 0; v < 256; v++) {
			gsize c = at[v];
			at[v] = sum;
			sum += c;
		}
		for (gsize i = 0; i < n; i++)
			to[at[from[i] >> shift & 0xff]++] = from[i];
		guint64 *t = from;
		from = to;
		to = t;
	}
	if (from != keys)
		memcpy(keys, from, n * sizeof *keys);
}

void cr_sort_u64(guint64 *keys, gsize n)
{
	radix_sort(keys, n, 0);
}

void cr_sort_u64_by_high(guint64 *keys, gsize n)
{
	radix_sort(keys, n, 4);
}

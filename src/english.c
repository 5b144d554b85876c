/* English words: a binary search over the sorted word list of the resource
 * /org/crossread/english-words.txt (one word a line, C order), in place:
 * nothing is built when the program starts. */
#include "english.h"

#include <string.h>

#include "resource_bundle.h"

#define WORDS_PATH "/org/crossread/english-words.txt"

static gpointer word_list_load(gpointer unused)
{
	(void)unused;
	g_autoptr(GError) error = NULL;
	GBytes *bytes = cr_resource_lookup(WORDS_PATH, &error);
	if (!bytes) {
		g_warning("cannot read the English words: %s", error->message);
		bytes = g_bytes_new_static("", 0);
	}
	return bytes;
}

/* The list's bytes, looked up on first use and kept for the life of the
 * program. */
static GBytes *word_list(void)
{
	static GOnce once = G_ONCE_INIT;
	return g_once(&once, word_list_load, NULL);
}

/* Compares WORD (LEN bytes) with the line data[start,end). */
static int compare_line(const char *word, gsize len, const char *line, gsize line_len)
{
	int c = memcmp(word, line, MIN(len, line_len));
	if (c)
		return c;
	return len < line_len ? -1 : len > line_len;
}

gboolean cr_english_word(const char *word, gsize len)
{
	gsize size;
	const char *data = g_bytes_get_data(word_list(), &size);
	gsize lo = 0, hi = size; /* lo and hi are line starts (or the end) */
	while (lo < hi) {
		gsize mid = lo + (hi - lo) / 2;
		while (mid > lo && data[mid - 1] != '\n')
			mid--;
		const char *nl = memchr(data + mid, '\n', size - mid);
		gsize end = nl ? (gsize)(nl - data) : size;
		int c = compare_line(word, len, data + mid, end - mid);
		if (c == 0)
			return TRUE;
		if (c < 0)
			hi = mid;
		else
			lo = end + 1;
	}
	return FALSE;
}

const char *const cr_gathering_words[] = { "olympics", "games", "summit", "conference",	  "festival",
					   "expo",     "cup",	"talks",  "championship", "championships" };
const gsize cr_n_gathering_words = G_N_ELEMENTS(cr_gathering_words);

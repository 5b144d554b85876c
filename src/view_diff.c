/* Word diff: each text against every other by longest common subsequence of
 * folded words; a word left out of any of those subsequences differs. */
#include "crossread/view_diff.h"

#include <string.h>

#include "crossread/text.h"

/* Beyond this many words a text is compared only up to there. */
#define MAX_WORDS 2000

typedef struct {
	GArray *spans;	 /* CrSpan of each word */
	GPtrArray *keys; /* folded word, char* */
} Words;

static void words_split(Words *w, const char *text)
{
	gsize len = strlen(text), pos = 0;

	w->spans = g_array_new(FALSE, FALSE, sizeof(CrSpan));
	w->keys = g_ptr_array_new_with_free_func(g_free);
	while (pos < len && w->spans->len < MAX_WORDS) {
		gsize start = pos;
		if (!cr_text_is_word_char(cr_text_next(text, len, &pos)))
			continue;
		gsize end = pos;
		while (pos < len) {
			gsize at = pos;
			if (!cr_text_is_word_char(cr_text_next(text, len, &pos))) {
				pos = at;
				break;
			}
			end = pos;
		}
		CrSpan span = { start, end };
		g_autofree char *word = g_strndup(text + start, end - start);
		g_array_append_val(w->spans, span);
		g_ptr_array_add(w->keys, cr_text_fold(word));
	}
}

static void words_clear(Words *w)
{
	g_array_unref(w->spans);
	g_ptr_array_unref(w->keys);
}

/* Sets matched[i] for each word of A in a longest common subsequence with B. */
static void mark_common(const Words *a, const Words *b, gboolean *matched)
{
	guint m = a->keys->len, k = b->keys->len;
	/* lcs[i][j]: length of the LCS of a[i..] and b[j..] */
	g_autofree guint16 *lcs = g_new0(guint16, (gsize)(m + 1) * (k + 1));
#define LCS(i, j) lcs[(gsize)(i) * (k + 1) + (j)]
	for (guint i = m; i-- > 0;)
		for (guint j = k; j-- > 0;)
			LCS(i, j) = g_str_equal(a->keys->pdata[i], b->keys->pdata[j])
					? LCS(i + 1, j + 1) + 1
					: MAX(LCS(i + 1, j), LCS(i, j + 1));
	for (guint i = 0, j = 0; i < m && j < k;) {
		if (g_str_equal(a->keys->pdata[i], b->keys->pdata[j])) {
			matched[i++] = TRUE;
			j++;
		} else if (LCS(i + 1, j) >= LCS(i, j + 1)) {
			i++;
		} else {
			j++;
		}
	}
#undef LCS
}

GPtrArray *cr_word_diff(const char *const *texts, guint n)
{
	GPtrArray *result = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	Words *words = g_new0(Words, MAX(n, 1));

	for (guint t = 0; t < n; t++)
		words_split(&words[t], texts[t]);
	for (guint t = 0; t < n; t++) {
		GArray *differ = g_array_new(FALSE, FALSE, sizeof(CrSpan));
		guint m = words[t].spans->len;
		g_autofree gboolean *all = g_new(gboolean, MAX(m, 1));
		for (guint i = 0; i < m; i++)
			all[i] = TRUE;
		for (guint o = 0; o < n; o++) {
			if (o == t)
				continue;
			g_autofree gboolean *matched = g_new0(gboolean, MAX(m, 1));
			mark_common(&words[t], &words[o], matched);
			for (guint i = 0; i < m; i++)
				all[i] = all[i] && matched[i];
		}
		for (guint i = 0; i < m; i++)
			if (!all[i])
				g_array_append_val(differ, g_array_index(words[t].spans, CrSpan, i));
		g_ptr_array_add(result, differ);
	}
	for (guint t = 0; t < n; t++)
		words_clear(&words[t]);
	g_free(words);
	return result;
}

/* Word diff against a reference, by longest common subsequence of folded
 * words. */
#include "crossread/view_diff.h"

#include <string.h>

#include "crossread/text.h"

/* Beyond this many words a text is compared only up to there. */
#define MAX_WORDS 2000
/* Matches outside the focus further than this many words from the others
 * are taken for chance ("in the region" a sentence away). */
#define LONE_MATCH_WORDS 3

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

static const CrSpan *span_at(const Words *w, guint i)
{
	return &g_array_index(w->spans, CrSpan, i);
}

/* The pairs (text word, reference word) of a longest common subsequence of
 * TEXT's words [FIRST, LAST) and all of REF's: guint pairs, in order. */
static GArray *common_words(const Words *text, guint first, guint last, const Words *ref)
{
	guint m = last - first, k = ref->keys->len;
	GArray *pairs = g_array_new(FALSE, FALSE, sizeof(guint) * 2);
	/* lcs[i][j]: length of the LCS of text[first + i..] and ref[j..] */
	g_autofree guint16 *lcs = g_new0(guint16, (gsize)(m + 1) * (k + 1));
#define LCS(i, j)  lcs[(gsize)(i) * (k + 1) + (j)]
#define SAME(i, j) g_str_equal(text->keys->pdata[first + (i)], ref->keys->pdata[j])
	for (guint i = m; i-- > 0;)
		for (guint j = k; j-- > 0;)
			LCS(i, j) = SAME(i, j) ? LCS(i + 1, j + 1) + 1 : MAX(LCS(i + 1, j), LCS(i, j + 1));
	for (guint i = 0, j = 0; i < m && j < k;) {
		if (SAME(i, j)) {
			guint pair[2] = { first + i++, j++ };
			g_array_append_val(pairs, pair);
		} else if (LCS(i + 1, j) >= LCS(i, j + 1)) {
			i++;
		} else {
			j++;
		}
	}
#undef SAME
#undef LCS
	return pairs;
}

#define PAIR(pairs, n, side) (((const guint *)(const void *)(pairs)->data)[(n)*2 + (side)])

/* Keeps the matches that hang together with those in words [FOCUS_FIRST,
 * FOCUS_LAST): going out from the focus, the first gap of more than
 * LONE_MATCH_WORDS words between two matches ends them; with none in the
 * focus, only those in it (none) are kept. */
static void drop_far_matches(GArray *pairs, guint focus_first, guint focus_last)
{
	guint first = pairs->len, last = 0;
	for (guint p = 0; p < pairs->len; p++)
		if (PAIR(pairs, p, 0) >= focus_first && PAIR(pairs, p, 0) < focus_last) {
			first = MIN(first, p);
			last = p + 1;
		}
	if (first == pairs->len) {
		g_array_set_size(pairs, 0);
		return;
	}
	while (last < pairs->len && PAIR(pairs, last, 0) - PAIR(pairs, last - 1, 0) <= LONE_MATCH_WORDS + 1)
		last++;
	while (first > 0 && PAIR(pairs, first, 0) - PAIR(pairs, first - 1, 0) <= LONE_MATCH_WORDS + 1)
		first--;
	g_array_set_size(pairs, last);
	g_array_remove_range(pairs, 0, first);
}

/* Adds the gap of reference words [FROM, TO) at AT. */
static void add_gap(CrDiff *diff, const char *reference, const Words *ref, guint from, guint to, gsize at,
		    gboolean before_word)
{
	if (from >= to)
		return;
	CrDiffGap gap = { at, before_word,
			  g_strndup(reference + span_at(ref, from)->start,
				    span_at(ref, to - 1)->end - span_at(ref, from)->start) };
	g_array_append_val(diff->gaps, gap);
}

CrDiff *cr_diff_against(const char *reference, const char *text, gsize focus_start, gsize focus_end,
			gboolean wide)
{
	CrDiff *diff = g_new0(CrDiff, 1);
	Words t, r;
	guint focus_first = 0, focus_last;

	diff->words = g_array_new(FALSE, FALSE, sizeof(CrDiffWord));
	diff->gaps = g_array_new(FALSE, FALSE, sizeof(CrDiffGap));
	words_split(&t, text);
	words_split(&r, reference);
	guint n = t.spans->len;
	while (focus_first < n && span_at(&t, focus_first)->end <= focus_start)
		focus_first++;
	for (focus_last = focus_first; focus_last < n && span_at(&t, focus_last)->start < focus_end;)
		focus_last++;
	g_autoptr(GArray) pairs = common_words(&t, wide ? 0 : focus_first, wide ? n : focus_last, &r);
	drop_far_matches(pairs, focus_first, focus_last);
	/* the words compared: the focus, and the stretch the matches span */
	guint first = focus_first, last = focus_last;
	if (pairs->len) {
		first = MIN(first, PAIR(pairs, 0, 0));
		last = MAX(last, PAIR(pairs, pairs->len - 1, 0) + 1);
	}
	for (guint i = 0; i < n; i++) {
		CrDiffWord word = { span_at(&t, i)->start, span_at(&t, i)->end,
				    i >= first && i < last ? CR_WORD_SAME : CR_WORD_CONTEXT };
		g_array_append_val(diff->words, word);
	}
	/* between matches (and before the first, after the last): the text's
	 * words are changed or added, the reference's a gap */
	int prev_v = (int)first - 1, prev_r = -1;
	for (guint p = 0; p <= pairs->len; p++) {
		gboolean end = p == pairs->len;
		int v = end ? (int)last : (int)PAIR(pairs, p, 0),
		    rw = end ? (int)r.keys->len : (int)PAIR(pairs, p, 1);
		gboolean ref_gap = rw > prev_r + 1, text_gap = v > prev_v + 1;
		for (int i = prev_v + 1; i < v; i++)
			g_array_index(diff->words, CrDiffWord, i).diff =
			    ref_gap ? CR_WORD_CHANGED : CR_WORD_ADDED;
		if (ref_gap) {
			/* after the text's own words there, else before the next match */
			gboolean after = text_gap || v >= (int)n || (end && prev_v >= 0);
			int word = text_gap ? v - 1 : after ? prev_v : v;
			gsize at = word < 0 ? focus_start
				   : after  ? span_at(&t, (guint)word)->end
					    : span_at(&t, (guint)word)->start;
			add_gap(diff, reference, &r, (guint)(prev_r + 1), (guint)rw, at, !after && word >= 0);
		}
		prev_v = v;
		prev_r = rw;
	}
	words_clear(&t);
	words_clear(&r);
	return diff;
}

void cr_diff_free(CrDiff *diff)
{
	if (!diff)
		return;
	for (guint i = 0; i < diff->gaps->len; i++)
		g_free(g_array_index(diff->gaps, CrDiffGap, i).words);
	g_array_unref(diff->gaps);
	g_array_unref(diff->words);
	g_free(diff);
}

/* A word diff of one wording against a reference wording: which words of a
 * report's passage say what the reference says, which say it in other
 * words, which add to it, and which of the reference's words it leaves
 * out. What the coverage screen marks. */
#pragma once

#include "crossread/text.h"

typedef enum {
	CR_WORD_SAME,	 /* matches a word of the reference, in order */
	CR_WORD_CHANGED, /* stands where the reference has other words */
	CR_WORD_ADDED,	 /* stands where the reference has none */
	CR_WORD_CONTEXT, /* outside what is compared */
} CrWordDiff;

typedef struct {
	gsize start, end;
	CrWordDiff diff;
} CrDiffWord;

/* Words of the reference the text does not have, at one place of it. */
typedef struct {
	gsize at;	      /* the byte of the text they would be at */
	gboolean before_word; /* AT starts a word (else it ends one) */
	char *words;	      /* the reference's words, as it writes them */
} CrDiffGap;

typedef struct {
	GArray *words; /* CrDiffWord: every word of the text (runs of letters and digits), in order */
	GArray *gaps;  /* CrDiffGap, by AT */
} CrDiff;

/* TEXT's words against REFERENCE's, compared folded (case, accents and
 * quotation marks ignored) by a longest common subsequence. The words of
 * TEXT in [FOCUS_START, FOCUS_END) are compared; with WIDE the words
 * around them too, which lets a report that goes on with a quotation
 * unquoted be seen to have it whole: there only the stretch from the first
 * to the last word that matches counts (a lone match far off is chance),
 * the rest is context. Where both have words the other lacks between two
 * matches, the text's words are changed and the reference's a gap. */
CrDiff *cr_diff_against(const char *reference, const char *text, gsize focus_start, gsize focus_end,
			gboolean wide);

void cr_diff_free(CrDiff *diff);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrDiff, cr_diff_free)

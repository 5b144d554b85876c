/* A word-level diff of several wordings of one fact (quotation variants). */
#pragma once

#include "crossread/text.h"

/* For each of the N TEXTS, the words (runs of letters and digits, compared
 * folded: case, accents and quote styles ignored) that are not matched, in
 * order, in every other text: a GPtrArray of N GArrays of CrSpan, in text
 * order. With one text nothing differs. */
GPtrArray *cr_word_diff(const char *const *texts, guint n);

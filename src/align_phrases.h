/* Counts that end a set phrase across the reports of one event
 * (align_phrases.c): a pass over every report's counts, with the
 * reports' words, before the aligner groups them. */
#pragma once

#include "crossread/doc.h"

/* Makes each count in FACTS of a noun ("two sets") that the word right
 * after it closes a phrase with ("two sets up", "two sets down.") a count
 * of the noun and that word, when two reports or more write the count,
 * its noun and that word, and two reports or more write them with
 * another such word: the same count with opposite words after it ("two
 * sets up", "two sets down") is two facts. DOCS (N_DOCS) are the reports
 * the facts' spans are in; BLOCKS are not read (a resolver of
 * crossread/extract.h). The facts' values and keys are kept; their
 * counted nouns change. */
void cr_align_count_phrases(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts);

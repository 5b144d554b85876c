/* The quotations' word stems while they are grouped (align_stems.c), for
 * the clustering of align_group.c. */
#ifndef CR_ALIGN_STEMS_H
#define CR_ALIGN_STEMS_H

#include "align_kinds.h"

/* Finds the word stems of every quotation of QUOTES (fact indices) into
 * GR->stems, interned in GR->strings, rarest first among all the
 * quotations: found and ranked side by side, a piece of the quotations at
 * a time; only the pieces' distinct stems are interned and counted on one
 * thread. */
void cr_align_count_quote_stems(Grouper *gr, GArray *quotes);

#endif

/* Organisations written in lower case in some reports (name_lower.c). */
#pragma once

#include "crossread/doc.h"
#include "crossread/fact.h"

/* Appends to FACTS an organisation fact for every run of whole lower-case
 * words in DOCS (N_DOCS reports) that is the folded name, of two words or
 * more, of an organisation some report writes in capitals ("emergency
 * committee" for "Emergency Committee"), outside any other name; and for
 * every public body two reports or more describe in the same two lower-case
 * words ("electoral court"). */
void name_find_lower_case(CrDoc *const *docs, guint n_docs, GArray *facts);

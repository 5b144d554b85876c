/* A name of two words whose first, a common English word, the extractor
 * left out in another report ("Air India launched ...": "India")
 * (name_first_word.c). */
#pragma once

#include <glib.h>

#include "crossread/doc.h"

/* Gives every fact in FACTS of one capitalised word after a capitalised
 * common English word left out of it, one space away ("India" of "Air
 * India launched", "the Ahmedabad Air India crash") the name, key and kind
 * of a body's or a place's fact of two words that writes the two ("Air
 * India"): the reports name one thing whose first word the extractor
 * leaves out where it may open a sentence or a run. Not a person's name.
 * SINGLES: the indices (guint) of the facts whose key had one word
 * (name_join_qualified()'s). */
void name_join_first_word(CrDoc *const *docs, GArray *facts, const GArray *singles);

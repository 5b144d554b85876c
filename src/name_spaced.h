/* A name written as one word in one report and as two capitalised words
 * in another ("Downdetector", "Down Detector"), and a name of two words
 * whose English first word one report leaves out ("Air India", "India")
 * (name_spaced.c). */
#pragma once

#include <glib.h>

#include "crossread/doc.h"

/* Gives every fact in FACTS of one capitalised word that a capitalised
 * word left out of it precedes ("Down" of "on Down Detector") the name,
 * key and kind of the one fact of one word that writes the two words
 * joined ("Downdetector", "DownDetector"): the reports space one name
 * differently. Not a person's name, nor at the opening of a sentence.
 * SINGLES: the indices (guint) of the facts whose key had one word
 * (name_join_qualified()'s). */
void name_join_spaced(CrDoc *const *docs, GArray *facts, const GArray *singles);

/* Gives every fact in FACTS of one capitalised word after a capitalised
 * common English word left out of it, one space away ("India" of "Air
 * India launched", "the Ahmedabad Air India crash") the name, key and kind
 * of a body's or a place's fact of two words that writes the two ("Air
 * India"): the reports name one thing whose first word the extractor
 * leaves out where it may open a sentence or a run. Not a person's name.
 * SINGLES: the indices (guint) of the facts whose key had one word
 * (name_join_qualified()'s). */
void name_join_first_word(CrDoc *const *docs, GArray *facts, const GArray *singles);

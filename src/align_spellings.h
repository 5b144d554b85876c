/* A full name spelled two ways across the reports of one event
 * (align_spellings.c): a pass over every report's people before the
 * aligner groups them. */
#pragma once

#include "crossread/fact.h"

/* Gives each person in FACTS whose full name (three words or more) another
 * report writes with one word spelled with one vowel more, less or other
 * ("Shah Mehmood Qureshi", "Shah Mahmood Qureshi"; "Abul Hasanat
 * Zulqarnain", "Abul Hasnat Zulqarnain") the key of the spelling more
 * reports write (the first in byte order when as many do), when no report
 * writes both: a transliteration, one person. The values are kept. */
void cr_align_name_spellings(GArray *facts);

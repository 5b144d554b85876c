/* Guessing a report's title and outlet from its first blocks. */
#pragma once

#include "crossread/clean.h"

/* Sets DOC's title (first headline-like line) and outlet (a named outlet:
 * "RT.com", "(The Jakarta Post)") when the text gives them. */
void cr_meta_guess(CrDoc *doc, const GArray *blocks);

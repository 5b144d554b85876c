/* Places across the reports of one event (align_places.c): a pass over
 * every report's places before the aligner groups them. */
#pragma once

#include "crossread/fact.h"

/* Gives each place in FACTS named with an administrative word after it
 * ("Nara Prefecture", "Kaski District") the key of the place its other
 * words name ("Nara") when another report names that place alone: a
 * report names the prefecture for the city another names, the same
 * place to a reader. The facts' values are kept; their keys change. */
void cr_align_administrative_places(GArray *facts);

/* One kind for a name that reports type apart (name_kinds.c). */
#pragma once

#include "crossread/fact.h"

/* Gives the person, organisation and place facts in FACTS that share a
 * key of two words or more, and that one report or more types as a person
 * and another not, the kind most of them have (a person on a tie). */
void name_unify_kinds(GArray *facts);

/* A country's body named with and without the country (name_country.c). */
#pragma once

#include "crossread/doc.h"
#include "crossread/fact.h"

/* Gives the organisation facts in FACTS whose name is a country's name or
 * demonym, perhaps "Federal", before the name of two words or more that
 * another organisation fact of the reports DOCS is ("Brazil Supreme
 * Court", "Brazilian Federal Supreme Court"; "Supreme Court") that name,
 * when every form of that name with a country before it, a possessive
 * ("Brazil's Supreme Court") too, names one country. */
void name_unify_country_bodies(CrDoc *const *docs, GArray *facts);

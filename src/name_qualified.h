/* A one-word name and the same name after a capitalised common word
 * (name_qualified.c). */
#pragma once

#include <glib.h>

#include "crossread/doc.h"

/* Gives every place's or organisation's fact in FACTS of one word ("Milton")
 * the name, key and kind of the one name of two words that puts a
 * capitalised common English word before it ("Hurricane Milton", "Midtown
 * Manhattan"), when some report writes both: the word alone is that name
 * shortened. Not when the word alone is an English word ("House" of "White
 * House") or a gazetteer name ("Sudan" of "Port Sudan"), nor after a given
 * name, a role, a nationality or a compass point ("West Virginia"), nor
 * when reports put two such words before it or name a person by it, nor
 * when a report of DOCS writes the word alone as a town after a feature's
 * or an event's word ("Lake Como" and "In Como, the mayor ..."). */
void name_join_qualified(CrDoc *const *docs, GArray *facts);

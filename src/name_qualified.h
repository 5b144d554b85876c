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
 * or an event's word ("Lake Como" and "In Como, the mayor ...").
 * Returns the indices (guint) of the facts in FACTS whose key had one
 * word, a place's, a body's or a person's (some renamed since). */
GArray *name_join_qualified(CrDoc *const *docs, GArray *facts);

/* Gives every place's or organisation's fact in FACTS of one word written
 * after "the" ("near the Hilton") the name, key and kind of the one name
 * of two words that puts a common English word after it ("Hilton Hotel"),
 * when some report writes both: the word alone is that building or body
 * shortened. Not when the word is an English word, a gazetteer name, a
 * given name, a role, a nationality or a compass point, nor when reports
 * give it two longer names, nor when no report writes the longer name
 * after "the" as well (a town's "near Hilton Head" is no "the Hilton";
 * review 40). SINGLES: name_join_qualified()'s indices. */
void name_join_headed(CrDoc *const *docs, GArray *facts, const GArray *singles);

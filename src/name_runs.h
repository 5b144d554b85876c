/* Shorter forms of names of unknown kind across reports (name_runs.c). */
#pragma once

#include "crossread/doc.h"
#include "crossread/fact.h"
#include "name_scan.h"

/* TRUE when the folded name LONGER holds the words of SHORTER as a run. */
gboolean name_holds_words(const char *longer, const char *shorter);

/* Gives every name of unknown kind in SCANS (NameScan, one per report of
 * DOCS) that ends exactly one longer name (of unknown kind, a place or an
 * organisation), or begins it before designators only ("Province",
 * "Inc"), that longer name (of longer names that hold each other, the
 * longest), marked as an alias; one that takes a place or an
 * organisation takes its kind and its fact is appended to FACTS. */
void name_lengthen_runs(CrDoc *const *docs, GPtrArray *scans, GArray *facts);

/* Appends to FACTS (of the reports DOCS) a fact for the first word of each
 * organisation's name of three capitalised words or more ("Army Black
 * Hawk", "SpaceX Crew Dragon") when that word, no gazetteer name, is a
 * body's or a place's name of one word that another report writes alone
 * ("Army"), as that report names it; the longer name keeps its fact. Not
 * when a word of the longer name is in lower case ("Army Corps of
 * Engineers") or its last closes a body's or a place's name ("Acme City
 * Council"), nor when reports writing the word alone name two things by
 * it. */
void name_open_known_words(CrDoc *const *docs, GArray *facts);

/* Gives every place's fact in FACTS named in three words or more, the last
 * closing a place's name ("Reagan National Airport"), the name of the one
 * longer place's name of the same last word, written by another report,
 * that holds its words in their order ("Ronald Reagan Washington National
 * Airport"); none when two different longer names hold them. */
void name_fill_left_out_words(GArray *facts);

/* Shorter forms of names of unknown kind across reports (name_runs.c). */
#pragma once

#include "crossread/doc.h"
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

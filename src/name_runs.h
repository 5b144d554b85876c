/* Shorter forms of names of unknown kind across reports (name_runs.c). */
#pragma once

#include "name_scan.h"

/* TRUE when the folded name LONGER holds the words of SHORTER as a run. */
gboolean name_holds_words(const char *longer, const char *shorter);

/* Gives every name of unknown kind in SCANS (NameScan, one per report)
 * that ends exactly one longer name of unknown kind, or begins it before
 * designators only ("Province", "Inc"), that longer name (of longer names
 * that hold each other, the longest), marked as an alias. */
void name_lengthen_runs(GPtrArray *scans);

/* Shorter forms of names of unknown kind across reports (name_runs.c). */
#pragma once

#include "name_scan.h"

/* Gives every name of unknown kind in SCANS (NameScan, one per report)
 * that ends exactly one longer name of unknown kind, or begins it before
 * designators only ("Province", "Inc"), that longer name (of longer names
 * that hold each other, the longest), marked as an alias. */
void name_lengthen_runs(GPtrArray *scans);

/* Shorter forms of names of unknown kind across reports (name_runs.c). */
#pragma once

#include "name_scan.h"

/* Gives every name of unknown kind in SCANS (NameScan, one per report)
 * that is a run of the words of exactly one longer name of unknown kind
 * (or of longer names that hold each other: the longest) that longer name,
 * marked as an alias. */
void name_lengthen_runs(GPtrArray *scans);

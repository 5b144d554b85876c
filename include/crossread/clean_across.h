/* Page furniture that only the other reports can tell from text: the step
 * after every report is cleaned and before the facts are extracted, off
 * the first screen's path (clean_across.c). */
#pragma once

#include <glib.h>

/* Reads every report of DOCS (CrDoc*) against the others by their BLOCKS
 * (one GArray of CrBlock per report, only read) and returns the blocks with
 * the furniture it finds flagged: a GPtrArray like BLOCKS whose reports
 * with a change hold a copy (same blocks, same offsets, only flags
 * differ) and whose others hold BLOCKS' own arrays; NULL when nothing
 * changes (one report, or nothing found). */
GPtrArray *cr_clean_across(const GPtrArray *docs, const GPtrArray *blocks);

/* Copies the flags of ACROSS (from cr_clean_across()) into BLOCKS in
 * place, with the starts of the blocks it flagged (moved back over their
 * line's indent: cr_clean_from_line_start()), so that what holds BLOCKS'
 * arrays sees them. */
void cr_clean_across_apply(GPtrArray *blocks, const GPtrArray *across);

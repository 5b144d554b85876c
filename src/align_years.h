/* Years across the reports of one event (align_years.c): a pass over
 * every report's dates before the aligner groups them. */
#pragma once

#include "crossread/fact.h"

/* Marks CR_FACT_RARE_YEAR each year alone in FACTS (of N_DOCS reports)
 * that every report of three or more writes once: reports of one story
 * that each name a year once name one thing by it ("At the launch in
 * 2009", "Since its inception in 2009"); three of four that name the
 * year before ("quit Google in 2023", "The 2023 award went to") may not. */
void cr_align_years_once(GArray *facts, guint n_docs);

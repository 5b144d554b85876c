/* Years across the reports of one event: a year alone that every report
 * writes once is one fact, whatever their sentences share.
 * The grouping asks a year's sentences to agree (many things of a story
 * share a year); a year each report names once is rarely two things. */
#include "align_years.h"

/* The least reports of an event the pass reads: every one must write the
 * year, once. */
#define LEAST_REPORTS 3

/* The years the pass reads: those of news (earlier ones are rare enough
 * in a story for their sentences to tell). */
#define FIRST_YEAR 1000
#define N_YEARS	   2000

/* TRUE when FACT is a year alone, written ("in 2009", not a year range
 * or one taken from the publication date), of a report the pass can
 * count, and a year the pass reads. */
static gboolean year_alone(const CrFact *fact)
{
	return fact->kind == CR_FACT_DATE && fact->date.precision == CR_DATE_YEAR && !fact->date.year_end &&
	       !fact->date.year_guessed && !(fact->flags & CR_FACT_IGNORED) && fact->doc < 32 &&
	       fact->date.year >= FIRST_YEAR && fact->date.year < FIRST_YEAR + N_YEARS;
}

void cr_align_years_once(GArray *facts, guint n_docs)
{
	if (n_docs < LEAST_REPORTS)
		return;
	/* per year from FIRST_YEAR: the reports that write it, and those
	 * that write it twice or more */
	g_autofree guint *once = NULL, *twice = NULL;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (!year_alone(f))
			continue;
		if (!once) {
			once = g_new0(guint, N_YEARS);
			twice = g_new0(guint, N_YEARS);
		}
		guint y = (guint)(f->date.year - FIRST_YEAR), bit = 1u << f->doc;
		twice[y] |= once[y] & bit;
		once[y] |= bit;
	}
	for (guint i = 0; once && i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		if (!year_alone(f)) /* first: the numbers' passes beside change the rest */
			continue;
		guint y = (guint)(f->date.year - FIRST_YEAR);
		if (!twice[y] && (guint)__builtin_popcount(once[y]) == n_docs)
			f->flags |= CR_FACT_RARE_YEAR;
	}
}

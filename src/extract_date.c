/* Dates and times. */
#include "crossread/extract.h"

void cr_extract_dates(CrDoc *doc, guint doc_index, const GArray *blocks, GArray *facts)
{
}

double cr_date_match(const CrDateValue *a, const CrDateValue *b)
{
	return a->year == b->year && a->month == b->month && a->day == b->day ? 1.0 : 0.0;
}

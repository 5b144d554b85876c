/* How well two dates match (cr_date_match(), extract.h): the grouping of
 * date facts across reports. */
#include "crossread/extract.h"

/* TRUE when the day of A lies in the range of R (same month and year). */
static gboolean day_in_range(const CrDateValue *a, const CrDateValue *r)
{
	return r->day_end && a->day >= r->day && a->day <= r->day_end;
}

int cr_date_days_apart(const CrDateValue *a, const CrDateValue *b)
{
	if (!g_date_valid_dmy(a->day, a->month, a->year) || !g_date_valid_dmy(b->day, b->month, b->year))
		return G_MAXINT;
	GDate da, db;
	g_date_clear(&da, 1);
	g_date_clear(&db, 1);
	g_date_set_dmy(&da, a->day, a->month, a->year);
	g_date_set_dmy(&db, b->day, b->month, b->year);
	return g_date_days_between(&da, &db);
}

/* TRUE when two times of day may fall on one day: the same, or a day
 * apart where one took its day from its report's publication date (a
 * report of the next day writes "at around 1.30am" of the night before),
 * unless both are midnight as written: a day off, that is the turn of
 * another night ("expired at midnight" on the day of the report and
 * "ended at midnight Thursday", the day before). */
static gboolean same_day_of_times(const CrDateValue *a, const CrDateValue *b)
{
	if (!a->month || !b->month || (a->year == b->year && a->month == b->month && a->day == b->day))
		return TRUE;
	if (a->hour == 0 && a->minute == 0 && b->hour == 0 && b->minute == 0)
		return FALSE;
	return (a->year_guessed || b->year_guessed) && ABS(cr_date_days_apart(a, b)) <= 1;
}

/* How well two times of day alone match: the same time (in UTC when both
 * give a zone, else as written) on the same day (same_day_of_times()) or
 * where a day is not known, 0.8; else 0. */
static double match_times(const CrDateValue *a, const CrDateValue *b)
{
	if (!a->time_only || !b->time_only || !same_day_of_times(a, b))
		return 0.0;
	int ma = a->hour * 60 + a->minute, mb = b->hour * 60 + b->minute;
	if (a->has_zone && b->has_zone) {
		ma = ((ma - a->utc_offset_min) % 1440 + 1440) % 1440;
		mb = ((mb - b->utc_offset_min) % 1440 + 1440) % 1440;
	}
	return ma == mb ? 0.8 : 0.0;
}

/* Scores, as documented in extract.h: the same day 1 (times ignored; 0.9
 * when one side has no year); the same month or period of months at
 * month precision 0.8; a day inside a month, a range or a period, or a
 * month inside a period 0.5; the same year or range of years at year
 * precision 0.6; a year against one month written with it 0.5, against
 * anything else finer 0; different years 0.
 * Times alone match only times alone; the end of a span ("through Dec. 1,
 * 2024") only the end of a span. */
double cr_date_match(const CrDateValue *a, const CrDateValue *b)
{
	/* the end of a span is a bound, not a day on which something happens */
	if (a->precision == CR_DATE_NONE || b->precision == CR_DATE_NONE || a->span_end != b->span_end)
		return 0.0;
	if (a->time_only || b->time_only)
		return match_times(a, b);
	gboolean both_years = a->year && b->year;
	if (both_years && a->year != b->year)
		return 0.0;
	if (a->precision == CR_DATE_YEAR || b->precision == CR_DATE_YEAR) {
		if (a->precision == b->precision)
			return both_years && a->year_end == b->year_end ? 0.6 : 0.0;
		/* "in 2019" and "in September 2019" */
		const CrDateValue *year = a->precision == CR_DATE_YEAR ? a : b, *month = year == a ? b : a;
		return both_years && !year->year_end && !month->year_guessed &&
			       month->precision == CR_DATE_MONTH && !month->month_end
			   ? 0.5
			   : 0.0;
	}
	/* a part of a year meets only itself: "the second quarter" and "in
	 * May" are two facts */
	if (a->month_end || b->month_end)
		return a->month == b->month && a->month_end == b->month_end ? 0.8 : 0.0;
	if (a->month != b->month)
		return 0.0;
	if (a->precision == CR_DATE_MONTH || b->precision == CR_DATE_MONTH)
		return a->precision == b->precision ? 0.8 : 0.5;
	if (a->day == b->day && a->day_end == b->day_end)
		return both_years || (!a->year && !b->year) ? 1.0 : 0.9;
	return day_in_range(a, b) || day_in_range(b, a) ? 0.5 : 0.0;
}

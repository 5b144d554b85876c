/* Reading a time of day at a token: after a date ("T12:09:19Z", ", at 1
 * p.m.") or alone ("at 2:30pm", "03:42 local time"), with its zone
 * ("GMT+10", "IST", "+05:30"). Split from date_parse.c, which calls it. */
#include "date_private.h"

#include <string.h>

/* Time zones written in capitals, with their UTC offsets in minutes; the
 * US reading of the ambiguous CST and IST as India's. */
static const CrTokenWord zones_table[] = {
	{ "UTC", 0 },	 { "GMT", 0 },	  { "WET", 0 },	   { "BST", 60 },   { "CET", 60 },    { "WEST", 60 },
	{ "CEST", 120 }, { "EET", 120 },  { "EEST", 180 }, { "MSK", 180 },  { "GST", 240 },   { "PKT", 300 },
	{ "IST", 330 },	 { "ICT", 420 },  { "WIB", 420 },  { "HKT", 480 },  { "SGT", 480 },   { "PHT", 480 },
	{ "AWST", 480 }, { "JST", 540 },  { "KST", 540 },  { "ACST", 570 }, { "AEST", 600 },  { "AEDT", 660 },
	{ "NZST", 720 }, { "NZDT", 780 }, { "EST", -300 }, { "EDT", -240 }, { "CST", -360 },  { "CDT", -300 },
	{ "MST", -420 }, { "MDT", -360 }, { "PST", -480 }, { "PDT", -420 }, { "AKST", -540 }, { "HST", -600 },
};
static CrLexicon zones = CR_LEXICON(zones_table);

/* A UTC offset at I: "+10", "-5", "+05:30", "+0530". Sets *minutes. */
static guint parse_offset(const CrTokens *s, guint i, int *minutes)
{
	if (!(cr_tok_punct(s, i, '+') || cr_tok_punct(s, i, '-')) || !cr_tok_joined(s, i + 1) ||
	    !cr_tok_number(s, i + 1, 1, 4))
		return 0;
	int sign = s->tok[i].ch == '-' ? -1 : 1;
	guint64 v = cr_token_value(s, &s->tok[i + 1]);
	guint digits = cr_token_digits(&s->tok[i + 1]), n = 2;
	int hours = (int)v, mins = 0;
	if (digits == 4) {
		hours = (int)(v / 100);
		mins = (int)(v % 100);
	} else if (digits == 3) {
		return 0;
	} else if (cr_tok_punct(s, i + 2, ':') && cr_tok_joined(s, i + 2) && cr_tok_joined(s, i + 3) &&
		   cr_tok_number(s, i + 3, 2, 2)) {
		mins = (int)cr_token_value(s, &s->tok[i + 3]);
		n = 4;
	}
	if (hours > 14 || mins > 59)
		return 0;
	*minutes = sign * (hours * 60 + mins);
	return n;
}

/* A time zone at I: "GMT+10", "UTC", "IST", a joined "Z", or an offset
 * ("+05:30") joined to the time or in full. Sets the zone of D. */
static guint parse_zone(const CrTokens *s, guint i, CrDateValue *d)
{
	int offset = 0;
	guint n = 0;
	if (i >= s->n || s->tok[i].gap == CR_GAP_LINE)
		return 0;
	const CrToken *t = &s->tok[i];
	const CrTokenWord *w = cr_tok_find(s, i, &zones);
	if (w && memcmp(s->data + t->start, w->word, strlen(w->word)) == 0) {
		offset = w->value;
		n = 1;
		if (offset == 0 && cr_tok_joined(s, i + 1))
			n += parse_offset(s, i + 1, &offset);
	} else if (t->gap == CR_GAP_NONE && t->kind == CR_TOKEN_WORD && t->end - t->start == 1 &&
		   s->data[t->start] == 'Z') {
		n = 1;
	} else {
		n = parse_offset(s, i, &offset);
		if (n == 2 && t->gap != CR_GAP_NONE && cr_token_digits(&s->tok[i + 1]) != 4)
			n = 0; /* " - 3" is no zone */
	}
	if (n) {
		d->has_zone = TRUE;
		d->utc_offset_min = offset;
	}
	return n;
}

/* A time of day at I: "18:13", "13:01:15", "1 p.m.", "11am", with an
 * optional zone. Sets the hour, minute and zone of D. */
static guint parse_time(const CrTokens *s, guint i, CrDateValue *d)
{
	if (!cr_tok_number(s, i, 1, 2))
		return 0;
	int hour = (int)cr_token_value(s, &s->tok[i]), minute = 0;
	guint n = 1;
	if (cr_tok_punct(s, i + 1, ':') && cr_tok_joined(s, i + 1) && cr_tok_joined(s, i + 2) &&
	    cr_tok_number(s, i + 2, 2, 2)) {
		minute = (int)cr_token_value(s, &s->tok[i + 2]);
		n = 3;
		if (cr_tok_punct(s, i + 3, ':') && cr_tok_joined(s, i + 3) && cr_tok_joined(s, i + 4) &&
		    cr_tok_number(s, i + 4, 2, 2))
			n = 5;
	}
	gboolean pm = FALSE;
	guint m = cr_tok_meridiem(s, i + n, &pm);
	if (m) {
		if (hour < 1 || hour > 12)
			return 0;
		hour = hour % 12 + (pm ? 12 : 0);
		n += m;
	} else if (n == 1) {
		return 0;
	}
	if (hour > 23 || minute > 59 || cr_tok_continues_number(s, i + n, ":"))
		return 0;
	d->hour = hour;
	d->minute = minute;
	d->precision = CR_DATE_MINUTE;
	return n + parse_zone(s, i + n, d);
}

/* A time after a date at I: "T12:09:19Z", " 12:09:19", ", 18:13 GMT+10",
 * ", at 1 p.m.". */
guint date_read_time_after(const CrTokens *s, guint i, CrDateValue *d)
{
	guint n = 0;
	if (cr_tok_joined(s, i) && cr_tok_word(s, i, "T")) {
		if (!cr_tok_joined(s, i + 1))
			return 0;
		guint k = parse_time(s, i + 1, d);
		return k ? k + 1 : 0;
	}
	if (cr_tok_punct(s, i, ',') && cr_tok_joined(s, i))
		n++;
	if (cr_tok_spaced(s, i + n) && cr_tok_word(s, i + n, "at"))
		n++;
	if (i + n >= s->n || s->tok[i + n].gap != CR_GAP_SPACE)
		return 0;
	guint k = parse_time(s, i + n, d);
	return k ? n + k : 0;
}

/* Parts of the day after "this" or "in the", whether they are after noon. */
static const CrTokenWord day_parts_table[] = {
	{ "morning", 0 },
	{ "afternoon", 1 },
	{ "evening", 1 },
	{ "night", 1 },
};
static CrLexicon day_parts = CR_LEXICON(day_parts_table);

/* TRUE when a part of the day follows at I ("this morning", "in the
 * evening", "on Sunday morning"); *PM tells whether it is after noon. */
static gboolean day_part_after(const CrTokens *s, guint i, gboolean *pm)
{
	guint k = cr_tok_word(s, i, "this")				    ? i + 1
		  : cr_tok_word(s, i, "in") && cr_tok_word(s, i + 1, "the") ? i + 2
		  : cr_tok_word(s, i, "on") && date_weekday_at(s, i + 1)    ? i + 2
									    : 0;
	const CrTokenWord *w = k && cr_tok_spaced(s, i) ? cr_tok_find(s, k, &day_parts) : NULL;
	if (w)
		*pm = w->value != 0;
	return w != NULL;
}

/* TRUE when the zone read at I after four digits is an offset joined to
 * them by its sign: "2024-10" (a stamp's month), "2008-09" (a span of
 * years), no clock at UTC-10 or UTC-9. A wire's four-digit clock takes a
 * zone's name ("0042 GMT"), an offset its colon ("20:24-10:00"). */
static gboolean year_then_offset(const CrTokens *s, guint i)
{
	return (cr_tok_punct(s, i, '-') || cr_tok_punct(s, i, '+')) && cr_tok_joined(s, i);
}

/* A clock time only a meridiem, a part of the day or a zone tells from a
 * number: "2.30 pm", "7.35 this morning", "9.30 on Sunday morning", "16.41 GMT", "0042 GMT" (a
 * wire's "(0042 GMT)"). Sets D; returns the tokens used. */
static guint parse_clock(const CrTokens *s, guint i, CrDateValue *d)
{
	int hour, minute;
	guint n;
	if (cr_tok_number(s, i, 4, 4)) {
		hour = (int)(cr_token_value(s, &s->tok[i]) / 100);
		minute = (int)(cr_token_value(s, &s->tok[i]) % 100);
		n = 1;
	} else if (cr_tok_number(s, i, 1, 2) && cr_tok_punct(s, i + 1, '.') && cr_tok_joined(s, i + 1) &&
		   cr_tok_joined(s, i + 2) && cr_tok_number(s, i + 2, 2, 2)) {
		hour = (int)cr_token_value(s, &s->tok[i]);
		minute = (int)cr_token_value(s, &s->tok[i + 2]);
		n = 3;
	} else {
		return 0;
	}
	gboolean pm = FALSE;
	guint m = n == 3 ? cr_tok_meridiem(s, i + n, &pm) : 0;
	gboolean day_part = n == 3 && !m && day_part_after(s, i + n, &pm);
	if (m || day_part) {
		if (hour < 1 || hour > 12)
			return 0;
		hour = hour % 12 + (pm ? 12 : 0);
	}
	CrDateValue zoned = *d;
	guint zone = parse_zone(s, i + n + m, &zoned);
	if (hour > 23 || minute > 59 || (!m && !zone && !day_part) || (n == 1 && year_then_offset(s, i + 1)))
		return 0;
	*d = zoned;
	d->hour = hour;
	d->minute = minute;
	d->precision = CR_DATE_MINUTE;
	return n + m + zone;
}

/* "midnight" at I as a time of day, 00:00 (with its zone): after "at",
 * the time something happens at (after "by", "until", "from", "past" or
 * "since" it bounds a range, a deadline or a standing rule: "counting
 * well past midnight", "close by midnight until further notice"), and
 * modifying no noun after it, so that punctuation, the end of its line,
 * a capital ("PT", "Eastern time"), a function word or one of two
 * letters ("on Thursday") or "local" follows: "expires at midnight PT",
 * "We strike at midnight."; not "the midnight sun", "a midnight
 * deadline", "at midnight mass". Sets D. */
static guint parse_midnight(const CrTokens *s, guint i, CrDateValue *d)
{
	if (i == 0 || s->tok[i].gap != CR_GAP_SPACE || !cr_tok_word(s, i, "midnight") ||
	    !cr_tok_word(s, i - 1, "at"))
		return 0;
	guint next = i + 1;
	if (next < s->n && s->tok[next].gap != CR_GAP_LINE && s->tok[next].kind != CR_TOKEN_PUNCT &&
	    !s->tok[next].upper && s->tok[next].end - s->tok[next].start > 2 &&
	    !cr_tok_function_word(s, next) && !cr_tok_word(s, next, "local"))
		return 0;
	d->hour = 0;
	d->minute = 0;
	d->precision = CR_DATE_MINUTE;
	return 1 + parse_zone(s, next, d);
}

/* A time of day alone: "at 2:30pm", "14:30", "03:42 local time", "2.30
 * pm", "(0042 GMT)", "13:01:15 IST", "at midnight"; not a stopwatch's
 * ("in 2:00:35"). Its day is settled once the report is read. */
guint date_read_time_alone(const CrTokens *s, guint i, DateCand *c)
{
	CrDateValue d = c->date;
	guint n = parse_time(s, i, &d);
	if (!n)
		n = parse_clock(s, i, &d);
	if (!n)
		n = parse_midnight(s, i, &d);
	/* seconds written and no meridiem or zone after them: a stopwatch's
	 * time ("won in 2:00:35", "13:44.2"), a number */
	guint64 seconds;
	guint decimals;
	if (!n || cr_tok_stopwatch(s, i, &seconds, &decimals) >= n)
		return 0;
	c->date = d;
	c->date.time_only = TRUE;
	c->role = ROLE_TIME;
	return n;
}

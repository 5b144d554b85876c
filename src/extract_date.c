/* Dates and times. A scanner over each block's tokens finds dates as
 * written (date_parse.c reads each one); a second pass, here, settles what
 * the text leaves open: the order of "05/06/2023", the publication date,
 * the year of "May 24" and the day of "on Wednesday". How two dates match
 * is date_match.c's.
 *
 * Decisions worth knowing:
 * - Numeric dates: YYYY-MM-DD (and with '/' or '.'), DD.MM.YYYY day-first;
 *   A/B/YYYY and A-B-YYYY day-first when A > 12, month-first when B > 12;
 *   when both fit, the report's own habit decides (its unambiguous numeric
 *   dates, "24 May 2023" against "May 24, 2023"), day-first on a tie, with
 *   a low confidence. Two-digit years are not read (too like versions).
 * - The publication date, unless the loader knows it, is the first full
 *   date with a year (not a Unix time) on a dateline-like line in the first
 *   HEAD_BLOCKS blocks; else the first such date there; else the first
 *   dateline anywhere; else the first full date anywhere.
 * - A month name alone is a date only after in/since/until/last/mid-/...
 *   ("in July"); "May" needs a strong one (not by/of/from: "backed by
 *   May"), and April, May, June and August before a capitalised word are
 *   taken for a person ("in April Smith's book"); so is "Theresa May 24"
 *   (a name-like month after a capitalised word, no year), and "May 24
 *   hours" is a count.
 * - A year alone (1800..2100) needs in/since/by/until/... before it, or
 *   "the 2023 summit" within ten years of the publication date.
 * - A weekday is resolved against the publication date: the latest such
 *   day on or before it; after "last" the one before that; after "next"
 *   the one in the following week; after "will" the first on or after it.
 *   Without a publication date a weekday is no fact, unless the other
 *   reports give one (cr_resolve_dates()): then the day after theirs is
 *   one too. When no report of several has a publication date, a weekday
 *   not placed a week off ("last", "next") in a report that writes no day
 *   of a month stands alone: it is the same weekday alone in another
 *   report ("on Sunday" in four undated reports of one heist), and no day
 *   with a date.
 * - A 10-digit Unix time (2000..2035) is a date only alone on its line or
 *   after a word like "timestamp"; it reads as UTC, confidence 0.6. */
#include "crossread/extract.h"

#include <stdlib.h>
#include <string.h>

#include "date_private.h"

/* How many blocks from the top make a report's head, where its dateline is. */
#define HEAD_BLOCKS 12

/* A date with at most this many other non-blank bytes on its line is a dateline. */
#define DATELINE_OTHER_BYTES 24
/* A date opening its block after a label at most this long is a dateline. */
#define DATELINE_LABEL_BYTES 24

/* How much surer a date settled against a report's own publication date
 * is than one settled against the date other reports establish. */
#define BORROWED_CONFIDENCE 0.75
/* A publication date this many days or more from the one the other reports
 * agree on is a page's (an aggregator's stamp), not the story's. */
#define OUTLIER_DAYS 30

/* TRUE when the date at [start,end) is most of its line: a dateline
 * ("Updated Date: May 24, 2023 13:04:54 IST"), not a date in a sentence. */
static gboolean is_dateline(const char *data, gsize len, gsize start, gsize end)
{
	guint other = 0;
	for (gsize p = start;
	     p > 0 && data[p - 1] != '\n' && data[p - 1] != '\r' && other <= DATELINE_OTHER_BYTES; p--)
		other += data[p - 1] != ' ' && data[p - 1] != '\t';
	for (gsize p = end; p < len && data[p] != '\n' && data[p] != '\r' && other <= DATELINE_OTHER_BYTES;
	     p++)
		other += data[p] != ' ' && data[p] != '\t';
	return other <= DATELINE_OTHER_BYTES;
}

/* How many tokens at I say that the time before them is local: "local
 * time" (2), else 0. */
static guint local_time_at(const CrTokens *s, guint i)
{
	return i + 1 < s->n && cr_tok_word(s, i, "local") && cr_tok_word(s, i + 1, "time") ? 2 : 0;
}

/* Where the time of a day written with its time in tokens [I, I + N)
 * begins ("Wednesday, November 27, 2024, at 4 AM": its "4"): the last
 * number after a space there, when it is the hour; 0 when there is none
 * apart from the day ("2024-11-27T04:00"). */
static gsize time_start_in(const CrTokens *s, guint i, guint n, const DateCand *c)
{
	if (c->date.time_only || c->date.precision < CR_DATE_MINUTE || !c->date.month || c->date.hour < 0)
		return 0;
	for (guint k = i + n - 1; k > i; k--) {
		const CrToken *t = &s->tok[k];
		if (t->kind != CR_TOKEN_NUMBER || t->gap != CR_GAP_SPACE)
			continue;
		guint hour = t->value32;
		return hour == (guint)c->date.hour || hour + 12 == (guint)c->date.hour ||
			       (hour == 12 && c->date.hour == 0)
			   ? t->start
			   : 0;
	}
	return 0;
}

/* Appends C, the date read at tokens [I, I + N) of block BLOCK, to CANDS
 * with where it is; returns N with the words that say its time is local. */
static guint add_cand(const CrTokens *s, guint block, guint i, guint n, DateCand *c, GArray *cands)
{
	/* "4 a.m. local time": the words say what the time is */
	if (c->date.hour >= 0)
		n += local_time_at(s, i + n);
	c->start = s->tok[i].start;
	c->end = s->tok[i + n - 1].end;
	c->time_start = time_start_in(s, i, n, c);
	c->in_head = block < HEAD_BLOCKS;
	c->block = block;
	c->dateline = is_dateline(s->data, s->len, c->start, c->end);
	if (c->role == ROLE_PARTIAL && !(c->context & (CTX_LAST | CTX_NEXT | CTX_THIS)) &&
	    date_told_in_past(s, i, i + n))
		c->context |= CTX_PAST;
	g_array_append_val(cands, *c);
	return n;
}

/* Finds the dates of block BLOCK and appends them to CANDS; the date that
 * ends a span from the one before ("through Dec. 1, 2024") is marked so. */
static void scan_block(const CrTokens *s, guint block, GArray *cands)
{
	for (guint i = 0; i < s->n;) {
		DateCand c, end;
		guint n = date_could_begin(s, i) ? date_read_at(s, i, &c) : 0;
		if (!n) {
			i++;
			continue;
		}
		guint first = i;
		i += add_cand(s, block, i, n, &c, cands);
		guint at = 0, m = date_read_span_end(s, i, first, &c, &end, &at);
		if (m)
			i = at + add_cand(s, block, at, m, &end, cands);
	}
}

/* Reads ambiguous numeric dates in the order the report itself uses. */
static void settle_order(GArray *cands)
{
	int vote = 0;
	for (guint i = 0; i < cands->len; i++)
		vote += g_array_index(cands, DateCand, i).order_vote;
	for (guint i = 0; i < cands->len && vote < 0; i++) {
		DateCand *c = &g_array_index(cands, DateCand, i);
		if (c->swappable) {
			int day = c->date.day;
			c->date.day = c->date.month;
			c->date.month = day;
		}
	}
}

/* How many bytes into its block a date may begin and still be a wire's
 * dateline ("PORT LISLE, June 6 (CPA) -"). */
#define DATELINE_OPENING_BYTES 48

/* TRUE when data[start,end) is the place of a wire's dateline before its
 * date: capitalised words and commas, ending with a comma and a space
 * ("PORT LISLE, ", "SOLVAN, Kadria, "); not "On " before "May 24". */
static gboolean dateline_place_before(const char *data, gsize start, gsize end)
{
	if (end < start + 3 || end - start > DATELINE_OPENING_BYTES || data[end - 1] != ' ' ||
	    data[end - 2] != ',')
		return FALSE;
	gboolean word_start = TRUE;
	for (gsize p = start; p < end - 2; p++) {
		char c = data[p];
		if (word_start && !g_ascii_isupper(c))
			return FALSE;
		if (!g_ascii_isalpha(c) && c != ' ' && c != ',' && c != '-' && c != '.' && c != '\'')
			return FALSE;
		word_start = c == ' ';
	}
	return TRUE;
}

/* TRUE when data[start,end), before a date at the start of its block, is
 * a label at most DATELINE_LABEL_BYTES long, letters and punctuation
 * ("Published: ", " date ", "Updated on "). */
static gboolean label_before(const char *data, gsize start, gsize end)
{
	if (end - start > DATELINE_LABEL_BYTES)
		return FALSE;
	for (gsize p = start; p < end; p++)
		if (g_ascii_isdigit(data[p]) || data[p] == '\n')
			return FALSE;
	return TRUE;
}

/* How good a publication date C (of DOC, in BLOCKS) would make: lower is
 * better, G_MAXINT unusable. Only a date that is a dateline is: most of
 * its line, or opening its block, maybe after a label ("Published: ") or a
 * wire's place ("Phoenix, AZ, July 26, 2023 –"); a date in running text is
 * an event's ("ordered to report on April 27, 2023", "the quarter ending
 * July 27, 2025"). */
static int pub_date_rank(const CrDoc *doc, const GArray *blocks, const DateCand *c)
{
	if (c->role != ROLE_EXPLICIT || c->date.precision < CR_DATE_DAY || c->date.day_end ||
	    c->date.year < 1970)
		return G_MAXINT;
	const CrBlock *b = &g_array_index(blocks, CrBlock, c->block);
	gboolean opening = label_before(doc->data, b->start, c->start) ||
			   dateline_place_before(doc->data, b->start, c->start);
	if (!c->dateline && !opening)
		return G_MAXINT;
	return (c->in_head ? 0 : 2) + (c->dateline ? 0 : 1);
}

/* A run of this many furniture blocks, each opening with a date, is a
 * list of stamps: a page's own dateline and its "Updated" line are two. */
#define STAMP_LIST_BLOCKS 3

/* TRUE when candidate I of CANDS (RANKS: their pub_date_rank()) may open
 * its block as a dateline and that block is furniture. */
static gboolean furniture_stamp(const GArray *blocks, const GArray *cands, const int *ranks, guint i)
{
	return ranks[i] < G_MAXINT &&
	       g_array_index(blocks, CrBlock, g_array_index(cands, DateCand, i).block).boilerplate;
}

/* Which candidates of CANDS are one of a list of stamps: a run of
 * STAMP_LIST_BLOCKS furniture blocks or more in a row that each open with
 * a date ("2025-05-06 03:56 1262 view" line after line), the dates of
 * other pages, none of them this report's. CANDS are in reading order, so
 * one pass finds each run whole and its candidates. */
static gboolean *stamp_lists(const GArray *blocks, const GArray *cands, const int *ranks)
{
	gboolean *listed = g_new0(gboolean, cands->len + 1);
	for (guint i = 0, j; i < cands->len; i = j) {
		j = i + 1;
		if (!furniture_stamp(blocks, cands, ranks, i))
			continue;
		guint first = g_array_index(cands, DateCand, i).block, last = first;
		for (; j < cands->len && g_array_index(cands, DateCand, j).block <= last + 1; j++)
			if (g_array_index(cands, DateCand, j).block == last + 1 &&
			    furniture_stamp(blocks, cands, ranks, j))
				last++;
		if (last - first + 1 >= STAMP_LIST_BLOCKS)
			for (guint k = i; k < j; k++)
				listed[k] = furniture_stamp(blocks, cands, ranks, k);
	}
	return listed;
}

/* Sets DOC's publication date from its dateline; returns the index of
 * that date among CANDS, or -1. */
static int choose_pub_date(CrDoc *doc, const GArray *blocks, GArray *cands)
{
	int best = -1, best_rank = G_MAXINT;
	g_autofree int *ranks = g_new(int, cands->len + 1);
	for (guint i = 0; i < cands->len; i++)
		ranks[i] = pub_date_rank(doc, blocks, &g_array_index(cands, DateCand, i));
	g_autofree gboolean *listed = stamp_lists(blocks, cands, ranks);
	for (guint i = 0; i < cands->len; i++) {
		int rank = ranks[i];
		if (listed[i])
			continue;
		if (rank < best_rank) {
			best = (int)i;
			best_rank = rank;
		}
	}
	if (best >= 0) {
		const DateCand *c = &g_array_index(cands, DateCand, best);
		cr_doc_set_pub_date(doc, c->date.year, c->date.month, c->date.day);
	}
	return best;
}

/* The day a report's partial dates and weekdays are settled against: its
 * publication date, or one the other reports establish (BORROWED); none
 * when no report has one, and then with WEEKDAY_ALONE set. */
typedef struct {
	int year, month, day;
	gboolean borrowed;
	gboolean weekday_alone;
	/* with WEEKDAY_ALONE: the day of each weekday (1..7) a report opens
	 * with, written with its weekday's name (month 0: none) */
	const CrDateValue *named_days;
} DateRef;

/* Makes C a weekday alone (a day of month 0 and no year, which only the
 * same weekday alone matches, cr_date_match()); FALSE when its words place
 * it a week off the day it would be ("last Monday", "next Monday"). */
static gboolean stand_alone(DateCand *c)
{
	if (c->context & (CTX_LAST | CTX_NEXT))
		return FALSE;
	c->date.year = 0;
	c->date.month = 0;
	c->date.day = (gint8)c->weekday;
	c->confidence = 0.5;
	return TRUE;
}

/* DOC's publication date as a reference; all 0 when it has none. */
static DateRef doc_ref(const CrDoc *doc)
{
	if (!g_date_valid_dmy((GDateDay)doc->pub_day, (GDateMonth)doc->pub_month, (GDateYear)doc->pub_year))
		return (DateRef){ 0 };
	return (DateRef){ doc->pub_year, doc->pub_month, doc->pub_day, FALSE };
}

/* The year of MONTH written without one, from the reference: the nearest
 * within six months, unless CONTEXT says last, next or this, or that it
 * is told in the past (none after the reference's month). */
static int guess_year(const DateRef *ref, int month, guint context)
{
	int year = ref->year, diff = month - ref->month;
	if (context & CTX_LAST)
		return diff < 0 ? year : year - 1;
	if (context & CTX_NEXT)
		return diff > 0 ? year : year + 1;
	if (context & CTX_THIS)
		return year;
	if (context & CTX_PAST)
		return diff > 0 ? year - 1 : year;
	return diff > 6 ? year - 1 : diff < -6 ? year + 1 : year;
}

/* Sets C to the day its weekday names relative to the reference. Against
 * a date borrowed from the other reports, the report's own day is not
 * known: it may be the day after theirs, so the day after theirs is that
 * weekday's rather than the one six days before ("Sunday's race" beside
 * their Saturday's sprint). */
static void resolve_weekday(const DateRef *ref, DateCand *c)
{
	g_autoptr(GDate) date =
	    g_date_new_dmy((GDateDay)ref->day, (GDateMonth)ref->month, (GDateYear)ref->year);
	int pub = g_date_get_weekday(date);
	int back = (pub - c->weekday + 7) % 7, ahead = (c->weekday - pub + 7) % 7;
	if (c->context & CTX_LAST)
		g_date_subtract_days(date, back ? back : 7);
	else if (c->context & CTX_NEXT)
		g_date_add_days(date, ahead ? ahead : 7);
	else if ((c->context & CTX_FUTURE) || (ref->borrowed && ahead == 1))
		g_date_add_days(date, ahead);
	else
		g_date_subtract_days(date, back);
	c->date.year = g_date_get_year(date);
	c->date.month = g_date_get_month(date);
	c->date.day = g_date_get_day(date);
	c->date.year_guessed = TRUE;
}

/* The weekday (1 = Monday) of the day C writes with its year, or 0. */
static int weekday_of(const DateCand *c)
{
	if (!c->date.year ||
	    !g_date_valid_dmy((GDateDay)c->date.day, (GDateMonth)c->date.month, (GDateYear)c->date.year))
		return 0;
	GDate date;
	g_date_clear(&date, 1);
	g_date_set_dmy(&date, (GDateDay)c->date.day, (GDateMonth)c->date.month, (GDateYear)c->date.year);
	return g_date_get_weekday(&date);
}

/* Sets the year of C, a day of a month written with its weekday
 * ("Thursday, May 8", "on Thursday (May 8)") whose year the past tense
 * put before the reference's (guess_year(), CTX_PAST), back to the year
 * it would have without the tense when the day falls on that weekday
 * there and not in the guessed one: the weekday says the day is after a
 * stale publication date ("May 8" told in the past in a report stamped
 * April 21, 2025 is of 2025, a Thursday, not of 2024, a Wednesday). A
 * weekday the day has in neither keeps the guess, and so does a year the
 * tense did not move (a report that writes "Thursday (May 5)" of Friday,
 * May 5, 2023 stays in 2023). */
static void year_of_weekday(const DateRef *ref, DateCand *c)
{
	if (!c->weekday || !(c->context & CTX_PAST) || c->date.precision < CR_DATE_DAY ||
	    weekday_of(c) == c->weekday)
		return;
	int guess = c->date.year;
	c->date.year = guess_year(ref, c->date.month, c->context & ~(guint)CTX_PAST);
	if (c->date.year == guess || weekday_of(c) != c->weekday)
		c->date.year = guess;
}

/* Sets weekday C to the day the event's reports write with its name
 * (REF's named days), less sure, as a day borrowed from other reports;
 * FALSE when none is, or when its words place it a week off ("last",
 * "next"), after the reports' day ("will meet on Friday") or in another
 * week ("Friday of last month", "on Wednesday, a week after"). */
static gboolean take_named_day(const DateRef *ref, DateCand *c)
{
	const CrDateValue *day = ref->named_days ? &ref->named_days[c->weekday] : NULL;
	if (!day || !day->month || (c->context & (CTX_LAST | CTX_NEXT | CTX_FUTURE | CTX_OTHER_WEEK)))
		return FALSE;
	c->date.year = day->year;
	c->date.month = day->month;
	c->date.day = day->day;
	c->date.year_guessed = day->year != 0;
	c->confidence = 0.7 * BORROWED_CONFIDENCE;
	return TRUE;
}

/* Completes C from the reference and sets its confidence (less sure
 * against a borrowed one); FALSE when it cannot stand (a weekday with
 * nothing to resolve it against). */
static gboolean complete(const DateRef *ref, DateCand *c)
{
	gboolean have_pub = ref->year != 0;
	double settled = ref->borrowed ? BORROWED_CONFIDENCE : 1.0;
	switch (c->role) {
	case ROLE_EXPLICIT:
		c->confidence = c->swappable			     ? 0.6
				: c->date.precision >= CR_DATE_DAY   ? 0.95
				: c->date.precision == CR_DATE_MONTH ? 0.8
								     : 0.6;
		return TRUE;
	case ROLE_PARTIAL:
		if (have_pub) {
			c->date.year = guess_year(ref, c->date.month, c->context);
			c->date.year_guessed = TRUE;
			year_of_weekday(ref, c);
		}
		c->confidence = (c->date.precision >= CR_DATE_DAY ? 0.85 : 0.7) * (have_pub ? settled : 1.0);
		return TRUE;
	case ROLE_WEEKDAY:
		if (!have_pub)
			return ref->weekday_alone && (take_named_day(ref, c) || stand_alone(c));
		resolve_weekday(ref, c);
		c->confidence = 0.7 * settled;
		return TRUE;
	case ROLE_NEAR_PUB_YEAR:
		c->confidence = 0.5;
		return have_pub && ABS(c->date.year - ref->year) <= 10;
	case ROLE_TIMESTAMP:
		c->confidence = 0.6;
		return TRUE;
	case ROLE_TIME:
		c->confidence = 0.7;
		return TRUE;
	}
	return FALSE;
}

/* TRUE when a sentence ends in data[from,to): a full stop, question or
 * exclamation mark before a space, or a line end. */
static gboolean sentence_ends_between(const char *data, gsize from, gsize to)
{
	for (gsize p = from; p < to; p++)
		if (data[p] == '\n' || data[p] == '\r' ||
		    ((data[p] == '.' || data[p] == '!' || data[p] == '?') && p + 1 < to &&
		     data[p + 1] == ' '))
			return TRUE;
	return FALSE;
}

/* TRUE when candidate D can give its day to the time T beside it: a day,
 * in T's sentence (of DATA). */
static gboolean gives_day(const char *data, const DateCand *t, const DateCand *d)
{
	if (d->block != t->block || d->date.time_only || d->date.precision < CR_DATE_DAY || !d->date.month ||
	    !d->date.day || d->date.day_end)
		return FALSE;
	return d->end <= t->start ? !sentence_ends_between(data, d->end, t->start)
				  : !sentence_ends_between(data, t->end, d->start);
}

/* Gives the time alone at I the day of its sentence ("at 2:30pm on
 * Thursday"), else the reference: the nearer of the dates beside it that
 * are days in its sentence. OK flags the candidates that stand. */
static void settle_time_day(const char *data, const DateRef *ref, GArray *cands, const gboolean *ok, guint i)
{
	DateCand *t = &g_array_index(cands, DateCand, i);
	const DateCand *before = i > 0 && ok[i - 1] ? &g_array_index(cands, DateCand, i - 1) : NULL;
	const DateCand *after =
	    i + 1 < cands->len && ok[i + 1] ? &g_array_index(cands, DateCand, i + 1) : NULL;
	if (before && !gives_day(data, t, before))
		before = NULL;
	if (after && !gives_day(data, t, after))
		after = NULL;
	const DateCand *day =
	    before && (!after || t->start - before->end <= after->start - t->end) ? before : after;
	if (day) {
		t->date.year = day->date.year;
		t->date.month = day->date.month;
		t->date.day = day->date.day;
		t->date.year_guessed = day->date.year_guessed;
	} else if (ref->year) {
		t->date.year = ref->year;
		t->date.month = ref->month;
		t->date.day = ref->day;
		t->date.year_guessed = TRUE;
	}
}

/* The dates of DOC as written, in order, with the order of its numeric
 * dates settled. */
static GArray *find_dates(const CrReport *report)
{
	GArray *cands = g_array_new(FALSE, FALSE, sizeof(DateCand));
	CrTokens s;

	for (guint b = 0; b < report->blocks->len; b++) {
		cr_tokens_of_block(&s, report->tokens, b);
		scan_block(&s, b, cands);
	}
	settle_order(cands);
	return cands;
}

/* Appends the time of day of C, a day written with its time, as a fact
 * of its own: a time alone, with C's day, that meets the same time
 * written alone in another report ("at 4 AM" of "Wednesday, November
 * 27, 2024, at 4 AM" and "4 a.m."). */
static void append_time_of_day(const CrDoc *doc, guint doc_index, const DateCand *c, CrFactStrings *pool,
			       GArray *facts)
{
	CrFact *f = cr_fact_append_shared(facts, doc, doc_index, c->time_start, c->end, CR_FACT_DATE, pool);
	f->date = c->date;
	f->date.time_only = TRUE;
	g_autofree char *value = cr_date_value_format(&f->date);
	cr_fact_share_strings(f, pool, value, value);
	f->confidence = c->confidence;
}

/* Completes CANDS of DOC against REF and appends the facts of those that
 * stand; the one at DATELINE (or none, -1) is the report's own date. Their
 * strings are shared (cr_fact_share_strings()): a date's key is its value,
 * and a report writes few dates many times (three blocks of malloc's a
 * date, 96 bytes, were 9 MB of 4 MiB of dated amounts). */
static void append_dates(const CrDoc *doc, guint doc_index, const DateRef *ref, GArray *cands, int dateline,
			 GArray *facts)
{
	g_autoptr(CrFactStrings) pool = cr_fact_strings_new();
	g_autofree gboolean *ok = g_new0(gboolean, cands->len + 1);
	for (guint i = 0; i < cands->len; i++)
		ok[i] = complete(ref, &g_array_index(cands, DateCand, i));
	for (guint i = 0; i < cands->len; i++)
		if (ok[i] && g_array_index(cands, DateCand, i).date.time_only)
			settle_time_day(doc->data, ref, cands, ok, i);
	for (guint i = 0; i < cands->len; i++) {
		const DateCand *c = &g_array_index(cands, DateCand, i);
		if (!ok[i])
			continue;
		if (c->time_start)
			append_time_of_day(doc, doc_index, c, pool, facts);
		CrFact *f =
		    cr_fact_append_shared(facts, doc, doc_index, c->start, c->end, CR_FACT_DATE, pool);
		f->date = c->date;
		g_autofree char *value = c->role == ROLE_WEEKDAY && !c->date.month
					     ? date_weekday_name(c->weekday)
					     : cr_date_value_format(&f->date);
		cr_fact_share_strings(f, pool, value, value);
		f->confidence = c->confidence;
		if ((int)i == dateline)
			f->flags |= CR_FACT_DATELINE;
		if (f->date.precision == CR_DATE_YEAR && !f->date.year_end && ref->year &&
		    f->date.year > ref->year)
			f->flags |= CR_FACT_RARE_YEAR;
	}
}

void cr_extract_dates(const CrReport *report, GArray *facts)
{
	CrDoc *doc = report->doc;
	g_autoptr(GArray) cands = find_dates(report);
	int dateline = doc->pub_year ? -1 : choose_pub_date(doc, report->blocks, cands);
	DateRef ref = doc_ref(doc);
	append_dates(doc, report->index, &ref, cands, dateline, facts);
}

/* The Julian day of a report's publication date, or 0 when it has none. */
static guint32 pub_julian(const CrDoc *doc)
{
	if (!g_date_valid_dmy((GDateDay)doc->pub_day, (GDateMonth)doc->pub_month, (GDateYear)doc->pub_year))
		return 0;
	GDate date;
	g_date_clear(&date, 1);
	g_date_set_dmy(&date, (GDateDay)doc->pub_day, (GDateMonth)doc->pub_month, (GDateYear)doc->pub_year);
	return g_date_get_julian(&date);
}

static gint compare_julian(gconstpointer pa, gconstpointer pb)
{
	guint32 a = *(const guint32 *)pa, b = *(const guint32 *)pb;
	return a < b ? -1 : a > b;
}

/* The dateline of a report that gives no year: the first day without a
 * year in its head that follows a dateline's place or is most of its line. */
static const DateCand *yearless_dateline(const char *data, const GArray *cands, const GArray *blocks)
{
	for (guint i = 0; i < cands->len; i++) {
		const DateCand *c = &g_array_index(cands, DateCand, i);
		if (!c->in_head || c->role != ROLE_PARTIAL || c->date.precision != CR_DATE_DAY ||
		    c->date.day_end)
			continue;
		const CrBlock *b = &g_array_index(blocks, CrBlock, c->block);
		if (c->dateline || dateline_place_before(data, b->start, c->start))
			return c;
	}
	return NULL;
}

/* The year that puts MONTH/DAY nearest to the Julian day REF. */
static int nearest_year(int month, int day, guint32 ref)
{
	GDate date;
	g_date_clear(&date, 1);
	g_date_set_julian(&date, ref);
	int best = 0;
	guint32 best_gap = G_MAXUINT32;
	for (int y = g_date_get_year(&date) - 1; y <= g_date_get_year(&date) + 1; y++) {
		if (!g_date_valid_dmy((GDateDay)day, (GDateMonth)month, (GDateYear)y))
			continue;
		GDate try;
		g_date_clear(&try, 1);
		g_date_set_dmy(&try, (GDateDay)day, (GDateMonth)month, (GDateYear)y);
		guint32 j = g_date_get_julian(&try), gap = j > ref ? j - ref : ref - j;
		if (gap < best_gap) {
			best = y;
			best_gap = gap;
		}
	}
	return best;
}

/* The reference of the Julian day J, borrowed from other reports. */
static DateRef borrowed_ref(guint32 j)
{
	GDate date;
	g_date_clear(&date, 1);
	g_date_set_julian(&date, j);
	return (DateRef){ g_date_get_year(&date), g_date_get_month(&date), g_date_get_day(&date), TRUE };
}

/* The median of the publication days (Julian, 0 for none) JULIAN of the
 * N reports but SKIP, or 0 when none has one; *COUNT gets how many have
 * one and *SPREAD how many days they span. */
static guint32 others_median(const guint32 *julian, guint n, guint skip, guint *count, guint32 *spread)
{
	g_autofree guint32 *days = g_new(guint32, n + 1);
	guint k = 0;
	for (guint d = 0; d < n; d++)
		if (d != skip && julian[d])
			days[k++] = julian[d];
	*count = k;
	*spread = 0;
	if (!k)
		return 0;
	qsort(days, k, sizeof days[0], (int (*)(const void *, const void *))compare_julian);
	*spread = days[k - 1] - days[0];
	return days[k / 2];
}

/* TRUE when the weekdays of a report of CANDS may stand alone: it has
 * one, and no day of a month that one of them may name ("the first round
 * of voting on May 14" and "on Sunday" of it, beside the runoff's Sunday);
 * a day written with its year names no other weekday than its own (a
 * photo's "March 17, 2024", a Sunday, beside "on Tuesday"). */
static gboolean weekdays_stand(const GArray *cands)
{
	guint weekdays = 0;
	for (guint i = 0; i < cands->len; i++) {
		const DateCand *c = &g_array_index(cands, DateCand, i);
		if (c->role == ROLE_WEEKDAY)
			weekdays |= 1u << c->weekday;
	}
	for (guint i = 0; i < cands->len && weekdays; i++) {
		const DateCand *c = &g_array_index(cands, DateCand, i);
		if (c->role == ROLE_WEEKDAY || c->date.precision < CR_DATE_DAY || !c->date.month ||
		    c->date.time_only)
			continue;
		int own = weekday_of(c);
		if (!own || (weekdays & (1u << own)))
			return FALSE;
	}
	return weekdays != 0;
}

/* The context a date fact had before it was settled again. */
typedef struct {
	gsize start, end;
	guint32 *context;
} KeptContext;

/* Settles the dates of report D again against REF: its date facts are
 * replaced, each keeping the context of its sentence (extract_number.c). */
static void settle_again(CrDoc *doc, guint d, const DateRef *ref, GArray *cands, GArray *facts)
{
	g_autoptr(GArray) kept = g_array_new(FALSE, FALSE, sizeof(KeptContext));
	g_autoptr(GHashTable) by_start = g_hash_table_new(g_direct_hash, g_direct_equal);
	g_autofree gboolean *keep = g_new(gboolean, facts->len + 1);
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		keep[i] = f->doc != d || f->kind != CR_FACT_DATE;
		if (!keep[i] && f->date_context) {
			KeptContext k = { f->start, f->end, g_steal_pointer(&f->date_context) };
			g_hash_table_insert(by_start, GSIZE_TO_POINTER(f->start),
					    GUINT_TO_POINTER(kept->len + 1));
			g_array_append_val(kept, k);
		}
	}
	cr_fact_array_filter(facts, keep);
	guint first = facts->len;
	append_dates(doc, d, ref, cands, -1, facts);
	for (guint i = first; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		guint at = GPOINTER_TO_UINT(g_hash_table_lookup(by_start, GSIZE_TO_POINTER(f->start)));
		KeptContext *k = at ? &g_array_index(kept, KeptContext, at - 1) : NULL;
		if (k && k->end == f->end && k->context) {
			f->date_context = g_steal_pointer(&k->context);
		}
	}
	for (guint i = 0; i < kept->len; i++)
		cr_fact_context_free(g_array_index(kept, KeptContext, i).context);
}

/* The dates of report D as written (find_dates()), read again: its
 * tokens a block at a time, as find_dates() reads them, so that the
 * resolver does not hold a whole report's tokens beside the facts (7 MB a
 * report of 2 MiB of cited titles, the peak of their dates' resolver). */
static GArray *dates_of_report(CrDoc *const *docs, guint d, GPtrArray *blocks)
{
	CrReport report;
	cr_report_open_by_block(&report, docs[d], d, g_ptr_array_index(blocks, d));
	GArray *cands = find_dates(&report);
	cr_report_close(&report);
	return cands;
}

/* The dates of the first HEAD_BLOCKS blocks of report D, as
 * dates_of_report() reads them, for note_named_day(): the reports' dates
 * are not all held at once. */
static GArray *head_dates_of_report(CrDoc *const *docs, guint d, GPtrArray *blocks)
{
	const GArray *all = g_ptr_array_index(blocks, d);
	guint n = MIN(all->len, HEAD_BLOCKS);
	g_autoptr(GArray) head = g_array_sized_new(FALSE, FALSE, sizeof(CrBlock), n);
	g_array_append_vals(head, all->data, n);
	CrReport report;
	cr_report_open_by_block(&report, docs[d], d, head);
	GArray *cands = find_dates(&report);
	cr_report_close(&report);
	return cands;
}

/* The weekday (1 = Monday) whose full name opens the date C of DATA
 * ("Wednesday, May 24"), or 0. */
static int written_weekday(const char *data, const DateCand *c)
{
	for (int w = 1; w <= 7; w++) {
		g_autofree char *name = date_weekday_name(w);
		gsize len = strlen(name);
		if (c->end - c->start > len && g_ascii_strncasecmp(data + c->start, name, len) == 0 &&
		    !g_ascii_isalpha(data[c->start + len]))
			return w;
	}
	return 0;
}

/* Notes in DAYS the day report DATA's CANDS open with when it is written
 * with its weekday's name ("died Wednesday, May 24", "on Friday 08 March
 * 2024"): the report's first day of a month, in its head, whose weekday
 * the year (when written) confirms. A weekday two reports give two days
 * is CLASHED: it names none. */
static void note_named_day(const char *data, const GArray *cands, CrDateValue *days, gboolean *clashed)
{
	for (guint i = 0; i < cands->len; i++) {
		const DateCand *c = &g_array_index(cands, DateCand, i);
		if (c->role != ROLE_EXPLICIT && c->role != ROLE_PARTIAL)
			continue;
		if (c->date.precision < CR_DATE_DAY || !c->date.month || c->date.time_only)
			continue;
		int w = written_weekday(data, c);
		if (!c->in_head || c->date.day_end || !w || (c->date.year && weekday_of(c) != w))
			return;
		CrDateValue *day = &days[w];
		if (day->month && (day->month != c->date.month || day->day != c->date.day ||
				   (day->year && c->date.year && day->year != c->date.year)))
			clashed[w] = TRUE;
		else if (!day->month || !day->year) {
			*day = (CrDateValue){ 0 };
			day->year = c->date.year;
			day->month = c->date.month;
			day->day = c->date.day;
		}
		return;
	}
}

/* Settles the dates of the N_DOCS reports of an event none of which has a
 * publication date: a weekday of a report that writes no day of a month
 * stands alone, or is the day another report opens with, written with
 * that weekday's name (note_named_day(): "Wednesday, May 24" makes the
 * others' "on Wednesday" May 24). */
static void settle_undated_event(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts)
{
	CrDateValue days[8] = { 0 };
	gboolean clashed[8] = { FALSE };
	for (guint d = 0; d < n_docs; d++) {
		g_autoptr(GArray) head = head_dates_of_report(docs, d, blocks);
		note_named_day(docs[d]->data, head, days, clashed);
	}
	for (int w = 1; w <= 7; w++)
		if (clashed[w])
			days[w] = (CrDateValue){ 0 };
	DateRef ref = { .weekday_alone = TRUE, .named_days = days };
	for (guint d = 0; d < n_docs; d++) {
		g_autoptr(GArray) cands = dates_of_report(docs, d, blocks);
		if (weekdays_stand(cands))
			settle_again(docs[d], d, &ref, cands, facts);
	}
}

void cr_resolve_dates(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts)
{
	g_autofree guint32 *julian = g_new0(guint32, n_docs + 1);
	guint dated = 0;
	for (guint d = 0; d < n_docs; d++)
		dated += (julian[d] = pub_julian(docs[d])) != 0;
	if (!dated && n_docs > 1) {
		settle_undated_event(docs, n_docs, blocks, facts);
		return;
	}
	for (guint d = 0; d < n_docs; d++) {
		guint count;
		guint32 spread, median = others_median(julian, n_docs, d, &count, &spread);
		guint32 gap = julian[d] > median ? julian[d] - median : median - julian[d];
		/* a report with a publication date far from the one the others
		 * agree on (an aggregator's stamp on an older story) tells its
		 * story's days by theirs */
		gboolean outlier = julian[d] && count >= 2 && spread < OUTLIER_DAYS && gap >= OUTLIER_DAYS;
		if (!median || (julian[d] && !outlier))
			continue;
		const GArray *doc_blocks = g_ptr_array_index(blocks, d);
		g_autoptr(GArray) cands = dates_of_report(docs, d, blocks);
		DateRef ref = borrowed_ref(median);
		const DateCand *line = julian[d] ? NULL : yearless_dateline(docs[d]->data, cands, doc_blocks);
		int year = line ? nearest_year(line->date.month, line->date.day, median) : 0;
		if (year) {
			cr_doc_set_pub_date(docs[d], year, line->date.month, line->date.day);
			ref = doc_ref(docs[d]);
		}
		settle_again(docs[d], d, &ref, cands, facts);
	}
}

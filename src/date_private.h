/* The date reader shared by extract_date.c (the dates of a report, its
 * publication date, what the text leaves open) and date_parse.c (reading
 * one date at a token). Private to the date extractor. */
#pragma once

#include "crossread/extract.h"
#include "tokens.h"

/* What a date found in the text still needs from the second pass. */
typedef enum {
	ROLE_EXPLICIT,	    /* complete as written */
	ROLE_PARTIAL,	    /* no year: guessed from the publication date */
	ROLE_WEEKDAY,	    /* a weekday: resolved against the publication date */
	ROLE_NEAR_PUB_YEAR, /* "the 2023 summit": kept when near the publication year */
	ROLE_TIMESTAMP,	    /* a Unix time */
	ROLE_TIME,	    /* a time of day alone: takes the day of its sentence */
} DateRole;

/* Context words before a month or year alone, as flags. */
enum {
	CTX_WEAK = 1 << 0,	 /* by, of, from: enough for "July", not for "May" */
	CTX_STRONG = 1 << 1,	 /* in, since, until, mid-: enough for any month */
	CTX_LAST = 1 << 2,	 /* the one before the publication date */
	CTX_NEXT = 1 << 3,	 /* the one after it */
	CTX_THIS = 1 << 4,	 /* the one of the publication year */
	CTX_FUTURE = 1 << 5,	 /* a weekday after "will": on or after it */
	CTX_MONTH = 1 << 6,	 /* to, for: enough for "April", not for "May" or a year */
	CTX_PAST = 1 << 7,	 /* told in the past tense: not after the publication date */
	CTX_OTHER_WEEK = 1 << 8, /* a weekday its words set in another week ("Friday of last month") */
};

/* A date as the scanner found it. */
typedef struct {
	gsize start, end;
	CrDateValue date;
	DateRole role;
	guint context;	    /* CTX_* flags from the words before it */
	int weekday;	    /* ROLE_WEEKDAY: 1 = Monday .. 7 = Sunday */
	int order_vote;	    /* +1 written day-first, -1 month-first, 0 neither */
	gboolean swappable; /* numeric, and day and month could trade places */
	gboolean in_head;   /* in the first HEAD_BLOCKS blocks */
	gboolean dateline;  /* most of its line */
	guint block;	    /* the block it is in */
	gsize time_start;   /* a day written with its time: where the time begins, else 0 */
	double confidence;
} DateCand;

/* TRUE when a word of LEN bytes may open a part of a year: "H2", "first
 * half", "second quarter" (the period ordinals are five or six letters). */
static inline gboolean date_period_length(guint32 len)
{
	return len == 1 || len == 5 || len == 6;
}

/* The CrLexicon slots where the search of a month's or weekday's name or
 * abbreviation, or a period ordinal, begins, marked (1), once
 * date_openers_built is set: a word of two letters or more whose slot is
 * unmarked is none of them. */
extern guint8 date_opener_slots[CR_LEXICON_SLOTS];
extern gint date_openers_built;

/* date_could_begin() of any token, out of line. */
gboolean date_could_begin_any(const CrTokens *s, guint i);

/* TRUE when a date may begin at token I: digits, or a calendar or
 * period word, or "midnight" (date_read_time_alone()), not inside a word
 * or number. A cheap test, apart from date_read_at() so that the words it
 * turns away (nearly all) cost no more than it: punctuation and the words
 * that open no date (most of 1.6 million tokens at 8 reports of 1 MiB: in
 * lower case, a length no period word has; of two letters or more, a slot
 * no calendar or period word's search begins at) are told here, inline,
 * with no call; the rest by date_could_begin_any(). */
static inline gboolean date_could_begin(const CrTokens *s, guint i)
{
	const CrToken *t = &s->tok[i];
	if (t->kind == CR_TOKEN_PUNCT)
		return FALSE;
	if (t->kind == CR_TOKEN_WORD) {
		guint32 len = t->end - t->start;
		if (!t->upper && !date_period_length(len))
			return len == 8 && cr_tok_word(s, i, "midnight");
		if (len > 1 && g_atomic_int_get(&date_openers_built) &&
		    !date_opener_slots[cr_lexicon_slot(t->fold)])
			return FALSE;
	}
	return date_could_begin_any(s, i);
}

/* The date that begins at token I (where date_could_begin()), if any, as
 * written (C's role says what it still needs); returns the tokens it
 * covers. */
guint date_read_at(const CrTokens *s, guint i, DateCand *c);

/* The date that ends a span from START (a day, read at token FIRST) when
 * token I joins them ("from Jan. 1, 2014, through Dec. 1, 2024", "Jan. 1,
 * 2014-Dec. 1, 2024", "between May 2, 2023 and June 5, 2024"): C, marked
 * span_end, which begins at token *AT; returns its tokens, 0 for none.
 * Both days are written with their year and are more than a year apart:
 * such a period is a bound (of a pardon, a term, a law's reach); a
 * shorter span ("produced between June 11 and June 17", "sell-by dates
 * between July 25, 2024, and Aug. 30, 2024") is days on which something
 * happens, its last one the same day as another report's "on June 17". */
guint date_read_span_end(const CrTokens *s, guint i, guint first, const DateCand *start, DateCand *c,
			 guint *at);

/* The name of WEEKDAY (1 = Monday), capitalised ("Sunday"), newly
 * allocated; NULL for no weekday. */
char *date_weekday_name(int weekday);

/* TRUE when the word at I names a weekday in full ("Sunday"). */
gboolean date_weekday_at(const CrTokens *s, guint i);

/* A time after a date at token I ("T12:09:19Z", " 12:09:19", ", 18:13
 * GMT+10", ", at 1 p.m."): sets D's hour, minute and zone; returns the
 * tokens it covers, 0 for none (date_time.c). */
guint date_read_time_after(const CrTokens *s, guint i, CrDateValue *d);

/* A time of day alone at token I ("at 2:30pm", "14:30", "03:42 local
 * time"), not a stopwatch's: C becomes a time whose day is settled once
 * the report is read; returns the tokens it covers (date_time.c). */
guint date_read_time_alone(const CrTokens *s, guint i, DateCand *c);

/* How the weekday at I stands to the publication date and its week: the
 * CTX_* flags CTX_LAST, CTX_NEXT, CTX_FUTURE and CTX_OTHER_WEEK, or 0
 * (date_context.c). */
guint date_weekday_context(const CrTokens *s, guint i);

/* TRUE when the sentence around tokens [from,to) is told in the past
 * tense: "was", "were" or "had" before a participle in -ed ("In March, its
 * founder was arrested") and no word of what is to come ("will",
 * "scheduled"). */
gboolean date_told_in_past(const CrTokens *s, guint from, guint to);

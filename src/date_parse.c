/* Reading one date at a token: full dates in words or digits, a month or a
 * year alone after a word that makes it one, parts of a year, weekdays,
 * Unix times (times of day are date_time.c's, the words around a weekday
 * date_context.c's). What each form needs is in the notes at the top of
 * extract_date.c. */
#include "date_private.h"

#include "english.h"

/* The longest span of days whose last day is still a day on which
 * something happens ("produced between July 25, 2024, and Aug. 30,
 * 2024"); a longer one is a period, its end a bound. */
#define DAYS_OF_A_YEAR 366

/* A plausible Unix time: 2000-01-01 .. 2035-12-31 UTC. */
#define UNIX_TIME_MIN G_GUINT64_CONSTANT(946684800)
#define UNIX_TIME_MAX G_GUINT64_CONSTANT(2082758399)

static const CrTokenWord month_names_table[] = {
	{ "january", 1 },   { "february", 2 }, { "march", 3 },	   { "april", 4 },
	{ "may", 5 },	    { "june", 6 },     { "july", 7 },	   { "august", 8 },
	{ "september", 9 }, { "october", 10 }, { "november", 11 }, { "december", 12 },
};
static CrLexicon month_names = CR_LEXICON(month_names_table);

static const CrTokenWord month_abbrevs_table[] = {
	{ "jan", 1 }, { "feb", 2 }, { "mar", 3 },  { "apr", 4 },  { "jun", 6 },	 { "jul", 7 },
	{ "aug", 8 }, { "sep", 9 }, { "sept", 9 }, { "oct", 10 }, { "nov", 11 }, { "dec", 12 },
};
static CrLexicon month_abbrevs = CR_LEXICON(month_abbrevs_table);

static const CrTokenWord weekday_names_table[] = {
	{ "monday", 1 }, { "tuesday", 2 },  { "wednesday", 3 }, { "thursday", 4 },
	{ "friday", 5 }, { "saturday", 6 }, { "sunday", 7 },
};
static CrLexicon weekday_names = CR_LEXICON(weekday_names_table);

gboolean date_weekday_at(const CrTokens *s, guint i)
{
	return cr_tok_find(s, i, &weekday_names) != NULL;
}

char *date_weekday_name(int weekday)
{
	for (gsize i = 0; i < G_N_ELEMENTS(weekday_names_table); i++) {
		if (weekday_names_table[i].value == weekday) {
			char *name = g_strdup(weekday_names_table[i].word);
			name[0] = g_ascii_toupper(name[0]);
			return name;
		}
	}
	return NULL;
}

static const CrTokenWord weekday_abbrevs_table[] = {
	{ "mon", 1 },  { "tue", 2 },   { "tues", 2 }, { "wed", 3 }, { "thu", 4 },
	{ "thur", 4 }, { "thurs", 4 }, { "fri", 5 },  { "sat", 6 }, { "sun", 7 },
};
static CrLexicon weekday_abbrevs = CR_LEXICON(weekday_abbrevs_table);

/* Words that make a weekday part of a name: "Good Friday", "Super Tuesday". */
static const CrTokenWord named_day_prefixes_table[] = {
	{ "ash", 1 },  { "good", 1 },	{ "black", 1 },	 { "cyber", 1 }, { "super", 1 },
	{ "holy", 1 }, { "maundy", 1 }, { "easter", 1 }, { "palm", 1 },	 { "shrove", 1 },
	{ "fat", 1 },  { "bloody", 1 }, { "giving", 1 }, { "whit", 1 },	 { "low", 1 },
};
static CrLexicon named_day_prefixes = CR_LEXICON(named_day_prefixes_table);

/* Words after which a month or year alone is a date. */
static const CrTokenWord context_words_table[] = {
	{ "in", CTX_STRONG },
	{ "since", CTX_STRONG },
	{ "until", CTX_STRONG },
	{ "till", CTX_STRONG },
	{ "during", CTX_STRONG },
	{ "throughout", CTX_STRONG },
	{ "early", CTX_STRONG },
	{ "late", CTX_STRONG },
	{ "mid", CTX_STRONG },
	{ "last", CTX_STRONG | CTX_LAST },
	{ "next", CTX_STRONG | CTX_NEXT },
	{ "this", CTX_STRONG | CTX_THIS },
	{ "by", CTX_WEAK },
	{ "of", CTX_WEAK },
	{ "from", CTX_WEAK },
	{ "before", CTX_WEAK },
	{ "after", CTX_WEAK },
	{ "through", CTX_WEAK },
	{ "around", CTX_WEAK },
	{ "between", CTX_WEAK },
	{ "to", CTX_MONTH },
	{ "for", CTX_MONTH },
};
static CrLexicon context_words = CR_LEXICON(context_words_table);

/* Words that may stand before a month that qualifies a noun ("its July
 * meeting"). */
static const CrTokenWord determiners_table[] = {
	{ "the", 0 }, { "its", 0 }, { "their", 0 }, { "his", 0 }, { "her", 0 }, { "a", 0 }, { "an", 0 },
};
static CrLexicon determiners = CR_LEXICON(determiners_table);

/* Ordinals that open a part of a year: "the second half of 2025". */
static const CrTokenWord period_ordinals_table[] = {
	{ "first", 1 },
	{ "second", 2 },
	{ "third", 3 },
	{ "fourth", 4 },
};
static CrLexicon period_ordinals = CR_LEXICON(period_ordinals_table);

/* Nouns that make the number after a month a count ("May 24 hours"). */
static const CrTokenWord counted_nouns_table[] = {
	{ "years", 1 },	 { "days", 1 },	   { "hours", 1 },   { "minutes", 1 }, { "weeks", 1 },
	{ "months", 1 }, { "seconds", 1 }, { "percent", 1 }, { "people", 1 },  { "times", 1 },
};
static CrLexicon counted_nouns = CR_LEXICON(counted_nouns_table);

/* Words that say a Unix time follows. */
static const CrTokenWord timestamp_labels_table[] = {
	{ "timestamp", 1 }, { "time", 1 },    { "ts", 1 },	  { "epoch", 1 },    { "unix", 1 },
	{ "date", 1 },	    { "updated", 1 }, { "published", 1 }, { "modified", 1 }, { "created", 1 },
};
static CrLexicon timestamp_labels = CR_LEXICON(timestamp_labels_table);

/* A capitalised month name at I ("May", "Sept.", "SEPTEMBER"). Sets *month
 * (1..12) and *abbrev; returns the tokens used, 0 when none. */
static guint parse_month(const CrTokens *s, guint i, int *month, gboolean *abbrev)
{
	if (i >= s->n || !s->tok[i].upper)
		return 0;
	const CrTokenWord *w = cr_tok_find(s, i, &month_names);
	*abbrev = w == NULL;
	if (!w)
		w = cr_tok_find(s, i, &month_abbrevs);
	if (!w)
		return 0;
	*month = w->value;
	return *abbrev && cr_tok_punct(s, i + 1, '.') && cr_tok_joined(s, i + 1) ? 2 : 1;
}

/* A capitalised weekday at I, full or (when ABBREV_OK) short ("Thu,").
 * Sets *weekday (1 = Monday); returns the tokens used. */
static guint parse_weekday(const CrTokens *s, guint i, gboolean abbrev_ok, int *weekday)
{
	if (i >= s->n || !s->tok[i].upper)
		return 0;
	const CrTokenWord *w = cr_tok_find(s, i, &weekday_names);
	if (w) {
		*weekday = w->value;
		return 1;
	}
	w = abbrev_ok ? cr_tok_find(s, i, &weekday_abbrevs) : NULL;
	if (!w)
		return 0;
	*weekday = w->value;
	return cr_tok_punct(s, i + 1, '.') && cr_tok_joined(s, i + 1) ? 2 : 1;
}

/* A day of the month at I: 1..31 in one or two digits, with an optional
 * ordinal suffix ("24", "24th"), not part of a longer number ("5,000"). */
static guint parse_day(const CrTokens *s, guint i, int *day)
{
	if (!cr_tok_number(s, i, 1, 2) || cr_token_value(s, &s->tok[i]) < 1 ||
	    cr_token_value(s, &s->tok[i]) > 31)
		return 0;
	guint n = 1;
	if (cr_tok_joined(s, i + 1) && s->tok[i + 1].kind == CR_TOKEN_WORD) {
		if (!cr_tok_word(s, i + 1, cr_ordinal_suffix(cr_token_value(s, &s->tok[i]))))
			return 0;
		n = 2;
	}
	if (cr_tok_continues_number(s, i + n, ".,:"))
		return 0;
	*day = (int)cr_token_value(s, &s->tok[i]);
	return n;
}

/* A four-digit year at I (1000..2999), not a decade ("1930s"), a season
 * ("2023-24") or part of a longer number. */
static guint parse_year(const CrTokens *s, guint i, int *year)
{
	if (!cr_tok_number(s, i, 4, 4) || cr_token_value(s, &s->tok[i]) < 1000 ||
	    cr_token_value(s, &s->tok[i]) > 2999 || !cr_tok_ends_cleanly(s, i + 1))
		return 0;
	*year = (int)cr_token_value(s, &s->tok[i]);
	return 1;
}

/* TRUE when token I is a word that joins the two ends of a range: "to",
 * "through", "until", or "and" when BETWEEN (the range opens with
 * "between"). */
static gboolean range_word(const CrTokens *s, guint i, gboolean between)
{
	return cr_tok_word(s, i, "to") || cr_tok_word(s, i, "through") || cr_tok_word(s, i, "until") ||
	       (between && cr_tok_word(s, i, "and"));
}

/* The last day of a range that starts on FIRST: "-12", " and 12", " to 12". */
static guint parse_range_end(const CrTokens *s, guint i, int first, int *last)
{
	if (!cr_tok_punct(s, i, '-') && !(cr_tok_spaced(s, i) && range_word(s, i, TRUE)))
		return 0;
	int day = 0;
	guint n = parse_day(s, i + 1, &day);
	if (!n || day <= first)
		return 0;
	*last = day;
	return n + 1;
}

/* An optional ", 2023" or " 2023" at I. */
static guint parse_year_after(const CrTokens *s, guint i, int *year)
{
	guint comma = cr_tok_punct(s, i, ',') && cr_tok_joined(s, i) ? 1 : 0;
	if (!cr_tok_spaced(s, i + comma))
		return 0;
	guint n = parse_year(s, i + comma, year);
	return n ? n + comma : 0;
}

/* The number of days in MONTH of YEAR (of a leap year when YEAR is 0). */
static int month_days(int month, int year)
{
	return g_date_get_days_in_month((GDateMonth)month, (GDateYear)(year ? year : 2000));
}

/* Fills C's calendar fields; FALSE when they name no real day. */
static gboolean set_calendar(DateCand *c, int year, int month, int day, int day_end)
{
	if (month < 1 || month > 12 || day > month_days(month, year) || day_end > month_days(month, year))
		return FALSE;
	c->date.year = year;
	c->date.month = month;
	c->date.day = day;
	c->date.day_end = day_end;
	c->date.precision = day ? CR_DATE_DAY : CR_DATE_MONTH;
	c->role = year ? ROLE_EXPLICIT : ROLE_PARTIAL;
	return TRUE;
}

/* TRUE for the months that are also given names (April, May, June, August). */
static gboolean month_is_name_like(int month)
{
	return month == 4 || month == 5 || month == 6 || month == 8;
}

/* TRUE when the word before token I reads as a name: capitalised inside a
 * sentence and no context word ("Theresa May 24", not "On May 24"). */
static gboolean after_name(const CrTokens *s, guint i)
{
	if (i < 2 || s->tok[i].gap != CR_GAP_SPACE || s->tok[i - 1].kind != CR_TOKEN_WORD ||
	    !s->tok[i - 1].upper || s->tok[i - 1].gap == CR_GAP_LINE)
		return FALSE;
	const CrToken *p = &s->tok[i - 2];
	if (p->kind == CR_TOKEN_PUNCT &&
	    (p->ch == '.' || p->ch == '!' || p->ch == '?' || p->ch == ':' || p->ch == '"' || p->ch == 0x201C))
		return FALSE;
	return !cr_tok_word(s, i - 1, "on") && !cr_tok_find(s, i - 1, &context_words);
}

/* "May 24", "May 24, 2023", "July 11 and 12", "Sept. 5-7, 2023", "May 2023". */
static guint parse_month_first(const CrTokens *s, guint i, DateCand *c)
{
	int month = 0, day = 0, day_end = 0, year = 0;
	gboolean abbrev;
	guint n = parse_month(s, i, &month, &abbrev);
	if (!n)
		return 0;
	guint k = cr_tok_spaced(s, i + n) ? parse_day(s, i + n, &day) : 0;
	if (k) {
		n += k;
		n += parse_range_end(s, i + n, day, &day_end);
		n += parse_year_after(s, i + n, &year);
		c->order_vote = year ? -1 : 0;
	} else {
		k = parse_year_after(s, i + n, &year);
		if (!k)
			return 0;
		n += k;
	}
	if (!year &&
	    ((month_is_name_like(month) && after_name(s, i)) || cr_tok_find(s, i + n, &counted_nouns)))
		return 0;
	return set_calendar(c, year, month, day, day_end) ? n : 0;
}

/* "24 May 2023", "24th of May", "11-12 July", "11 and 12 July 2023". */
static guint parse_day_first(const CrTokens *s, guint i, DateCand *c)
{
	int month = 0, day = 0, day_end = 0, year = 0;
	gboolean abbrev;
	guint n = parse_day(s, i, &day);
	if (!n)
		return 0;
	n += parse_range_end(s, i + n, day, &day_end);
	if (cr_tok_spaced(s, i + n) && cr_tok_word(s, i + n, "of"))
		n++;
	guint k = cr_tok_spaced(s, i + n) ? parse_month(s, i + n, &month, &abbrev) : 0;
	if (!k)
		return 0;
	n += k;
	n += parse_year_after(s, i + n, &year);
	c->order_vote = year ? 1 : 0;
	return set_calendar(c, year, month, day, day_end) ? n : 0;
}

/* "24-May-2023", "24.Sep.2023", "24/May/2023": a day, a month name and a
 * year joined by one separator. */
static guint parse_day_month_joined(const CrTokens *s, guint i, DateCand *c)
{
	int day = 0, month = 0, year = 0;
	gboolean abbrev;
	guint n = parse_day(s, i, &day);
	if (!n || !cr_tok_joined(s, i + n) || s->tok[i + n].kind != CR_TOKEN_PUNCT)
		return 0;
	gunichar sep = s->tok[i + n].ch;
	if ((sep != '-' && sep != '.' && sep != '/') || !cr_tok_joined(s, i + n + 1))
		return 0;
	n++;
	guint k = parse_month(s, i + n, &month, &abbrev);
	if (!k)
		return 0;
	n += k;
	/* "Sep." has taken the dot that separates it from the year. */
	if (!(k == 2 && sep == '.')) {
		if (!cr_tok_punct(s, i + n, sep) || !cr_tok_joined(s, i + n))
			return 0;
		n++;
	}
	if (!cr_tok_joined(s, i + n) || !parse_year(s, i + n, &year))
		return 0;
	c->order_vote = 1;
	return set_calendar(c, year, month, day, 0) ? n + 1 : 0;
}

/* "2023-05-24", "24.05.2023", "24/05/2023", "5/24/2023": three numbers
 * joined by one repeated separator (see the top of the file for the order). */
static guint parse_numeric(const CrTokens *s, guint i, DateCand *c)
{
	if (i + 4 >= s->n || !cr_tok_number(s, i, 1, 4))
		return 0;
	const CrToken *t = &s->tok[i];
	gunichar sep = t[1].ch;
	if (t[1].kind != CR_TOKEN_PUNCT || (sep != '-' && sep != '.' && sep != '/') ||
	    !cr_tok_punct(s, i + 3, sep))
		return 0;
	for (guint k = 1; k <= 4; k++)
		if (t[k].gap != CR_GAP_NONE)
			return 0;
	if (t[2].kind != CR_TOKEN_NUMBER || t[4].kind != CR_TOKEN_NUMBER)
		return 0;
	guint da = cr_token_digits(&t[0]), db = cr_token_digits(&t[2]), dc = cr_token_digits(&t[4]);
	int a = (int)MIN(cr_token_value(s, &t[0]), 9999), b = (int)MIN(cr_token_value(s, &t[2]), 9999), y, m,
	    d;
	if (da == 4 && db <= 2 && dc <= 2) {
		y = a;
		m = b;
		d = (int)cr_token_value(s, &t[4]);
	} else if (da <= 2 && db <= 2 && dc == 4) {
		y = (int)cr_token_value(s, &t[4]);
		gboolean month_first = a <= 12 && b > 12;
		m = month_first ? a : b;
		d = month_first ? b : a;
		if (sep != '.') {
			c->order_vote = a > 12 ? 1 : month_first ? -1 : 0;
			c->swappable = a <= 12 && b <= 12 && a != b;
		}
	} else {
		return 0;
	}
	if (y < 1800 || y > 2200 || d < 1 || !set_calendar(c, y, m, d, 0))
		return 0;
	return 5;
}

/* A full date at I with an optional weekday before it and time after it:
 * "Thu, May 25, 2023", "24 May 2023, 18:13 GMT+10", "2023-05-24 12:09:19". */
static guint parse_full_date(const CrTokens *s, guint i, DateCand *c)
{
	static guint (*const forms[])(const CrTokens *, guint, DateCand *) = {
		parse_month_first,
		parse_day_first,
		parse_day_month_joined,
		parse_numeric,
	};
	int weekday = 0;
	guint n = parse_weekday(s, i, TRUE, &weekday);
	if (n && cr_tok_punct(s, i + n, ',') && cr_tok_joined(s, i + n))
		n++;
	if (n && !cr_tok_spaced(s, i + n))
		return 0;
	guint k = 0;
	for (guint f = 0; f < G_N_ELEMENTS(forms) && !k; f++) {
		DateCand try = *c;
		k = forms[f](s, i + n, &try);
		if (k)
			*c = try;
	}
	if (!k || (n && c->date.precision < CR_DATE_DAY))
		return 0;
	/* the weekday written before the day, or before it in brackets
	 * ("on Thursday (May 8)"), tells a guessed year */
	if (!n && i >= 2 && cr_tok_punct(s, i - 1, '(') && !cr_tok_spaced(s, i) && cr_tok_spaced(s, i - 1))
		parse_weekday(s, i - 2, FALSE, &weekday);
	c->weekday = weekday;
	n += k;
	if (c->date.precision == CR_DATE_DAY) {
		/* a time glued to the next words ("06:32 AM4 mins to read", a
		 * page's lines run together) is left: the date stands alone */
		CrDateValue timed = c->date;
		guint t = date_read_time_after(s, i + n, &timed);
		if (t && cr_tok_ends_cleanly(s, i + n + t)) {
			c->date = timed;
			n += t;
		}
	}
	return n;
}

/* TRUE when the words before the month or year at I say how soon or late
 * it comes: "as early as September", "as soon as June", "as late as 2026"
 * (weak: "as soon as May arrived" names a person). */
static gboolean after_as_soon_as(const CrTokens *s, guint i)
{
	return i >= 2 && cr_tok_word(s, i - 1, "as") && cr_tok_spaced(s, i - 1) &&
	       (cr_tok_word(s, i - 2, "early") || cr_tok_word(s, i - 2, "soon") ||
		cr_tok_word(s, i - 2, "late"));
}

/* The CTX_* flags of the word before a month or year at I ("in", "mid-"). */
static guint context_before(const CrTokens *s, guint i)
{
	if (i >= 2 && cr_tok_joined(s, i) && cr_tok_punct(s, i - 1, '-') && cr_tok_joined(s, i - 1))
		return cr_tok_dash_prefix(s, i - 2) ? CTX_STRONG : 0;
	if (i == 0 || !cr_tok_spaced(s, i))
		return 0;
	const CrTokenWord *w = cr_tok_find(s, i - 1, &context_words);
	return w ? (guint)w->value : after_as_soon_as(s, i) ? CTX_WEAK : 0;
}

/* TRUE when the month at I stands between a determiner and the lower-case
 * noun it qualifies: "its July meeting", "the June quarter" (a word of four
 * letters or more: not "the March of Dimes"). */
static gboolean month_qualifies_noun(const CrTokens *s, guint i)
{
	return i > 0 && cr_tok_spaced(s, i) && cr_tok_find(s, i - 1, &determiners) && i + 1 < s->n &&
	       s->tok[i + 1].gap == CR_GAP_SPACE && s->tok[i + 1].kind == CR_TOKEN_WORD &&
	       !s->tok[i + 1].upper && s->tok[i + 1].end - s->tok[i + 1].start >= 4 &&
	       !cr_tok_function_word(s, i + 1);
}

/* A month alone where only a date makes sense: "in July", "last June",
 * "mid-July", "its July meeting"; see the top of the file for "May" and
 * names. */
static guint parse_month_alone(const CrTokens *s, guint i, DateCand *c)
{
	int month = 0;
	gboolean abbrev;
	if (parse_month(s, i, &month, &abbrev) != 1 || abbrev)
		return 0;
	guint context = context_before(s, i);
	if (month != 5 && !context && month_qualifies_noun(s, i))
		context = CTX_WEAK;
	if (!(context & (CTX_STRONG | CTX_WEAK | CTX_MONTH)) || (month == 5 && !(context & CTX_STRONG)))
		return 0;
	if (month_is_name_like(month) && i + 1 < s->n && s->tok[i + 1].gap == CR_GAP_SPACE &&
	    s->tok[i + 1].upper)
		return 0;
	c->context = context;
	return set_calendar(c, 0, month, 0, 0) ? 1 : 0;
}

/* TRUE when YEAR and LAST make a range of years: a later year within a
 * century, both plausible. */
static gboolean years_range(int year, int last)
{
	return year >= 1800 && last > year && last <= 2100 && last - year <= 100;
}

/* The year at I, or a range of years: "2016-2019", and after "between"
 * or "from" "2016 and 2019", "2016 to 2019" ("in 2016 and 2019" are two
 * years). Sets *year and *last (0 for one year); returns the tokens used. */
static guint parse_years(const CrTokens *s, guint i, int *year, int *last)
{
	*last = 0;
	if (cr_tok_number(s, i, 4, 4) && cr_tok_punct(s, i + 1, '-') && cr_tok_joined(s, i + 1) &&
	    cr_tok_joined(s, i + 2) && parse_year(s, i + 2, last) &&
	    years_range((int)cr_token_value(s, &s->tok[i]), *last)) {
		*year = (int)cr_token_value(s, &s->tok[i]);
		return 3;
	}
	*last = 0;
	if (!parse_year(s, i, year))
		return 0;
	gboolean between = i > 0 && cr_tok_spaced(s, i) && cr_tok_word(s, i - 1, "between");
	gboolean from = i > 0 && cr_tok_spaced(s, i) && cr_tok_word(s, i - 1, "from");
	gboolean joins = (between || from) && range_word(s, i + 1, between);
	if (joins && cr_tok_spaced(s, i + 1) && cr_tok_spaced(s, i + 2) && parse_year(s, i + 2, last) &&
	    years_range(*year, *last))
		return 3;
	*last = 0;
	return 1;
}

/* TRUE when the year at I stands between "the" and a word: "the 2023
 * summit". */
static gboolean year_between_the_and_word(const CrTokens *s, guint i)
{
	return i > 0 && cr_tok_spaced(s, i) && cr_tok_word(s, i - 1, "the") && i + 1 < s->n &&
	       s->tok[i + 1].gap == CR_GAP_SPACE && s->tok[i + 1].kind == CR_TOKEN_WORD;
}

/* TRUE when the year at I qualifies the word after it, an event's, after
 * "the" and a preposition of time: "since the 2004 Beslan school siege",
 * "in the 2019 election" (round 17: the year is the event's, however long
 * ago; "the 2023 summit" alone is kept only near the publication year). */
static gboolean year_of_named_event(const CrTokens *s, guint i)
{
	return i > 1 && year_between_the_and_word(s, i) && (context_before(s, i - 1) & CTX_STRONG) &&
	       !(context_before(s, i - 1) & ~CTX_STRONG);
}

/* TRUE when the year at I, of N tokens, follows "for" and ends its clause:
 * "inflation adjustments for 2023, but", "an adjustment for 2023." ("for
 * 2000 shares" is a count). */
static gboolean year_for_clause(const CrTokens *s, guint i, guint n)
{
	if (i == 0 || !cr_tok_spaced(s, i) || !cr_tok_word(s, i - 1, "for"))
		return FALSE;
	if (i + n >= s->n || s->tok[i + n].gap == CR_GAP_LINE)
		return TRUE;
	const CrToken *t = &s->tok[i + n];
	return t->gap == CR_GAP_NONE && t->kind == CR_TOKEN_PUNCT &&
	       (t->ch == ',' || t->ch == '.' || t->ch == ';');
}

/* TRUE when the capitalised words after the year at I name a gathering
 * held at one time, whose last word is one ("the 2034 World Cup", "the
 * 2026 Winter Olympics"): the year is the gathering's, as "in 2034" of
 * another report ("the 2003 Ford Taurus" names a thing, no time). */
static gboolean year_of_gathering(const CrTokens *s, guint i)
{
	guint k = i + 1;
	while (k < s->n && s->tok[k].kind == CR_TOKEN_WORD && s->tok[k].upper &&
	       s->tok[k].gap == CR_GAP_SPACE)
		k++;
	for (gsize w = 0; k > i + 1 && w < cr_n_gathering_words; w++)
		if (cr_tok_word(s, k - 1, cr_gathering_words[w]))
			return TRUE;
	return FALSE;
}

/* A year alone where only a date makes sense: "in 1984", "since 2022",
 * "back to 1901", "mid-2023", "in fiscal 2023", "for 2023." (year_for_clause()), "the 2023
 * summit" (kept later only near the publication year); a range of years
 * ("between 2016 and 2019", "2016-2019"). */
static guint parse_year_alone(const CrTokens *s, guint i, DateCand *c)
{
	int year = 0, last = 0;
	guint n = parse_years(s, i, &year, &last);
	if (!n || year < 1800 || year > 2100)
		return 0;
	/* "dates back to 1901", "traces its roots back to 1901": "to" alone
	 * may open a count ("from 1500 to 2000") */
	gboolean back_to = i > 1 && cr_tok_spaced(s, i) && cr_tok_spaced(s, i - 1) &&
			   cr_tok_word(s, i - 1, "to") && cr_tok_word(s, i - 2, "back");
	/* "in fiscal 2023": a company's year, made one by the word before */
	guint said = i > 1 && cr_tok_spaced(s, i) && cr_tok_word(s, i - 1, "fiscal") ? i - 1 : i;
	if ((context_before(s, said) & (CTX_STRONG | CTX_WEAK)) || last || back_to ||
	    year_of_named_event(s, i) || year_for_clause(s, i, n))
		c->role = ROLE_EXPLICIT;
	else if (year_between_the_and_word(s, i) && (!s->tok[i + 1].upper || year_of_gathering(s, i)))
		c->role = ROLE_NEAR_PUB_YEAR;
	else
		return 0;
	c->date.year = year;
	c->date.year_end = last;
	c->date.precision = CR_DATE_YEAR;
	return n;
}

/* The part of a year at I: the ordinal of a half or a quarter and the
 * parts the year has ("second half": 2 of 2), from "second half of",
 * "Q3", "H1", or a quarter that no year follows ("second quarter",
 * "second-quarter"; a half without one is a game's). Returns the tokens
 * used, 0 when none. */
static guint parse_part_of_year(const CrTokens *s, guint i, int *part, int *parts)
{
	const CrTokenWord *w = cr_tok_find(s, i, &period_ordinals);
	if (w && cr_tok_spaced(s, i + 1) &&
	    (cr_tok_word(s, i + 1, "half") || cr_tok_word(s, i + 1, "quarter")) && cr_tok_spaced(s, i + 2) &&
	    cr_tok_word(s, i + 2, "of")) {
		*part = w->value;
		*parts = cr_tok_word(s, i + 1, "half") ? 2 : 4;
		return 3;
	}
	guint dash =
	    cr_tok_punct(s, i + 1, '-') && cr_tok_joined(s, i + 1) && cr_tok_joined(s, i + 2) ? 1 : 0;
	if (w && s->tok[i].kind == CR_TOKEN_WORD && !s->tok[i].upper && (dash || cr_tok_spaced(s, i + 1)) &&
	    cr_tok_word(s, i + 1 + dash, "quarter")) {
		*part = w->value;
		*parts = 4;
		return 2 + dash;
	}
	const CrToken *t = &s->tok[i];
	if (t->kind != CR_TOKEN_WORD || t->end - t->start != 1 ||
	    (s->data[t->start] != 'Q' && s->data[t->start] != 'H') || !cr_tok_joined(s, i + 1) ||
	    !cr_tok_number(s, i + 1, 1, 1))
		return 0;
	*part = (int)cr_token_value(s, &s->tok[i + 1]);
	*parts = s->data[t->start] == 'Q' ? 4 : 2;
	return 2;
}

/* A part of a year: "the second half of 2025", "the first quarter of this
 * year", "Q3 2024", "H1 2025": a range of months. */
static guint parse_period(const CrTokens *s, guint i, DateCand *c)
{
	int part = 0, parts = 0, year = 0;
	guint n = parse_part_of_year(s, i, &part, &parts);
	if (!n || part < 1 || part > parts)
		return 0;
	/* "the second quarter", "Q2": a quarter of the year the story is in */
	gboolean quarter_alone = parts == 4 && !cr_tok_word(s, i + n - 1, "of") &&
				 !(cr_tok_spaced(s, i + n) && cr_tok_number(s, i + n, 4, 4));
	if (!quarter_alone && !cr_tok_spaced(s, i + n))
		return 0;
	guint k = quarter_alone ? 0 : parse_year(s, i + n, &year);
	if (!k && n == 3 && (cr_tok_word(s, i + n, "the") || cr_tok_word(s, i + n, "this")) &&
	    cr_tok_spaced(s, i + n + 1) && cr_tok_word(s, i + n + 1, "year")) {
		k = 2;
		c->context = CTX_THIS;
	}
	if (!k && !quarter_alone)
		return 0;
	int months = 12 / parts;
	c->date.month = (part - 1) * months + 1;
	c->date.month_end = part * months;
	c->date.year = year;
	c->date.precision = CR_DATE_MONTH;
	c->role = year ? ROLE_EXPLICIT : ROLE_PARTIAL;
	return n + k;
}

/* A weekday alone: "on Wednesday", "Wednesday's session", "late Wednesday";
 * not a named day ("Good Friday"). */
static guint parse_weekday_alone(const CrTokens *s, guint i, DateCand *c)
{
	int weekday = 0;
	if (!parse_weekday(s, i, FALSE, &weekday))
		return 0;
	if (i > 0 && cr_tok_spaced(s, i) && s->tok[i - 1].upper && cr_tok_find(s, i - 1, &named_day_prefixes))
		return 0;
	c->role = ROLE_WEEKDAY;
	c->weekday = weekday;
	c->context = date_weekday_context(s, i);
	c->date.precision = CR_DATE_DAY;
	return 1;
}

/* TRUE when token I is alone on its line: only spaces and tabs between
 * it and the line ends (never more than those blanks are read). */
static gboolean alone_on_line(const CrTokens *s, guint i)
{
	gsize from = s->tok[i].start, to = s->tok[i].end;
	while (from > 0 && (s->data[from - 1] == ' ' || s->data[from - 1] == '\t'))
		from--;
	while (to < s->len && (s->data[to] == ' ' || s->data[to] == '\t'))
		to++;
	return (from == 0 || s->data[from - 1] == '\n' || s->data[from - 1] == '\r') &&
	       (to == s->len || s->data[to] == '\n' || s->data[to] == '\r');
}

/* A Unix time: ten digits in the plausible range, alone on its line or
 * after a label ("timestamp: 1684969122"). */
static guint parse_timestamp(const CrTokens *s, guint i, DateCand *c)
{
	if (!cr_tok_number(s, i, 10, 10) || cr_token_value(s, &s->tok[i]) < UNIX_TIME_MIN ||
	    cr_token_value(s, &s->tok[i]) > UNIX_TIME_MAX)
		return 0;
	guint label = i > 0 && (cr_tok_punct(s, i - 1, ':') || cr_tok_punct(s, i - 1, '=')) ? i - 1 : i;
	if (!alone_on_line(s, i) && !(label > 0 && cr_tok_find(s, label - 1, &timestamp_labels)))
		return 0;
	g_autoptr(GDateTime) t = g_date_time_new_from_unix_utc((gint64)cr_token_value(s, &s->tok[i]));
	c->role = ROLE_TIMESTAMP;
	c->date = (CrDateValue){
		.year = g_date_time_get_year(t),
		.month = g_date_time_get_month(t),
		.day = g_date_time_get_day_of_month(t),
		.hour = g_date_time_get_hour(t),
		.minute = g_date_time_get_minute(t),
		.has_zone = TRUE,
		.precision = CR_DATE_MINUTE,
	};
	return 1;
}

/* TRUE when token I is a capitalised month or weekday name, full or
 * short: the only words a date begins with. */
static gboolean calendar_word(const CrTokens *s, guint i)
{
	return s->tok[i].upper && (cr_tok_find(s, i, &month_names) || cr_tok_find(s, i, &month_abbrevs) ||
				   cr_tok_find(s, i, &weekday_names) || cr_tok_find(s, i, &weekday_abbrevs));
}

/* TRUE when a part of a year may begin at token I: "second half", "Q3". */
static gboolean period_word(const CrTokens *s, guint i)
{
	gsize len = s->tok[i].end - s->tok[i].start;
	int part, parts;
	/* the length turns a capitalised word of no period's length away */
	if (!date_period_length((guint32)len))
		return FALSE;
	if (len == 1 && s->data[s->tok[i].start] == 'H' &&
	    !(cr_tok_spaced(s, i + 2) && cr_tok_number(s, i + 2, 4, 4)))
		return FALSE; /* "H2" with no year is hydrogen, a chip, a group */
	return (len == 1 || cr_tok_find(s, i, &period_ordinals)) &&
	       parse_part_of_year(s, i, &part, &parts) > 0;
}

guint8 date_opener_slots[CR_LEXICON_SLOTS];
gint date_openers_built;

/* Marks date_opener_slots once, in whichever thread asks first. */
static G_GNUC_NO_INLINE void mark_openers(void)
{
	static gsize ready;
	if (g_once_init_enter(&ready)) {
		CrLexicon *const openers[] = { &month_names, &month_abbrevs, &weekday_names, &weekday_abbrevs,
					       &period_ordinals };
		for (guint k = 0; k < G_N_ELEMENTS(openers); k++)
			cr_lexicon_mark_starts(openers[k], date_opener_slots);
		g_atomic_int_set(&date_openers_built, 1);
		g_once_init_leave(&ready, 1);
	}
}

gboolean date_could_begin_any(const CrTokens *s, guint i)
{
	if (!g_atomic_int_get(&date_openers_built))
		mark_openers();
	const CrToken *t = &s->tok[i];
	return t->kind != CR_TOKEN_PUNCT &&
	       (t->kind != CR_TOKEN_WORD || calendar_word(s, i) || period_word(s, i)) &&
	       cr_tok_starts_cleanly(s, i);
}

guint date_read_at(const CrTokens *s, guint i, DateCand *c)
{
	static guint (*const parsers[])(const CrTokens *, guint, DateCand *) = {
		parse_full_date, parse_weekday_alone, parse_month_alone,    parse_year_alone,
		parse_period,	 parse_timestamp,     date_read_time_alone,
	};
	for (guint p = 0; p < G_N_ELEMENTS(parsers); p++) {
		*c = (DateCand){ .date = { .hour = -1, .minute = -1 } };
		guint n = parsers[p](s, i, c);
		if (n && cr_tok_ends_cleanly(s, i + n))
			return n;
	}
	return 0;
}

/* TRUE when token I joins two dates into a span: a dash, "through",
 * "until", "till", "to", or "and" after a "between" at FIRST - 1 (where
 * the first date begins). */
static gboolean span_joiner(const CrTokens *s, guint i, guint first)
{
	if (cr_tok_punct(s, i, '-') || cr_tok_punct(s, i, 0x2013))
		return TRUE;
	return cr_tok_spaced(s, i) && (range_word(s, i, first > 0 && cr_tok_word(s, first - 1, "between")) ||
				       cr_tok_word(s, i, "till"));
}

/* TRUE when day B is more than a year after day A (both with a year). */
static gboolean over_a_year(const CrDateValue *a, const CrDateValue *b)
{
	int d = cr_date_days_apart(a, b);
	return d != G_MAXINT && d > DAYS_OF_A_YEAR;
}

guint date_read_span_end(const CrTokens *s, guint i, guint first, const DateCand *start, DateCand *c,
			 guint *at)
{
	/* "from Jan. 1, 2014, through ..." */
	guint comma = cr_tok_punct(s, i, ',') && cr_tok_joined(s, i) ? 1 : 0;
	i += comma;
	if (i + 1 >= s->n || start->role != ROLE_EXPLICIT || start->date.precision != CR_DATE_DAY ||
	    start->date.time_only || !span_joiner(s, i, first) ||
	    !(s->tok[i + 1].kind == CR_TOKEN_NUMBER || s->tok[i + 1].upper))
		return 0;
	*c = (DateCand){ .date = { .hour = -1, .minute = -1 } };
	guint n = parse_full_date(s, i + 1, c);
	if (!n || !cr_tok_ends_cleanly(s, i + 1 + n) || c->role != ROLE_EXPLICIT ||
	    c->date.precision != CR_DATE_DAY || !over_a_year(&start->date, &c->date))
		return 0;
	c->date.span_end = TRUE;
	*at = i + 1;
	return n;
}

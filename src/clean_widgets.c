/* What a page's widgets and templates leave beside its lines: a date
 * with the share link glued after it ("Apr 5 2024 Share"), a post's age
 * with its count of views glued ("9 months ago 47"), the link opening a
 * teaser's whole text ("... Show Full Article"), a line holding a
 * template's field the site left unfilled ("Ministry of Foreign Affairs
 * Singapore - $name") and a blog's stamp whose month is in another
 * language ("Posted: Οκτώβριος 17, 2012 in activism"). */
#include "clean_private.h"

#include <string.h>

/* The most bytes of a date and the widget's word glued to it. */
#define DATED_WIDGET_BYTES 32

gboolean clean_is_month_word(const char *data, gsize start, gsize end, gboolean fold)
{
	gsize len = end - start;
	for (guint m = 0; m < G_N_ELEMENTS(clean_months); m++)
		if ((len == 3 || len == strlen(clean_months[m])) &&
		    (fold ? g_ascii_strncasecmp(data + start, clean_months[m], len)
			  : strncmp(data + start, clean_months[m], len)) == 0)
			return TRUE;
	return FALSE;
}

/* Where the month's name or its three-letter short form ("Apr",
 * "Apr.") opening data[p,end) ends; P when none opens it. */
static gsize month_end(const char *data, gsize p, gsize end)
{
	gsize q = clean_word_end(data, p, end);
	gsize len = q > p && data[q - 1] == '.' ? q - p - 1 : q - p;
	return clean_is_month_word(data, p, p + len, FALSE) ? q : p;
}

/* Where a run of MIN to MAX digits at data[p,end) ends; P when none. */
static gsize digits_end(const char *data, gsize p, gsize end, guint min, guint max)
{
	gsize q = p;
	while (q < end && g_ascii_isdigit(data[q]))
		q++;
	return q - p >= min && q - p <= max ? q : p;
}

/* TRUE when data[start,end) is a date (a month, a day, a comma maybe and
 * a year) and one widget's word after it, nothing else: the share link
 * glued to a post's stamp ("Apr 5 2024 Share", "March 3, 2021
 * Comments"); a headline goes on ("Apr 5 2024 Share Prices Rally"). */
static gboolean dated_widget(const char *data, gsize start, gsize end)
{
	static const char *const words[] = { "Share", "Comment", "Comments", "Tweet", "Print" };
	gsize p = month_end(data, start, end);
	if (p == start || p >= end || data[p++] != ' ')
		return FALSE;
	gsize q = digits_end(data, p, end, 1, 2);
	if (q == p)
		return FALSE;
	if (q < end && data[q] == ',')
		q++;
	if (q >= end || data[q++] != ' ')
		return FALSE;
	p = digits_end(data, q, end, 4, 4);
	if (p == q || p >= end || data[p++] != ' ')
		return FALSE;
	return clean_is_one_of(data, p, end, words, G_N_ELEMENTS(words), FALSE);
}

/* TRUE when data[start,end) is a count, a unit of time, "ago" and a count
 * of one to seven digits, nothing else: a post's age with its views'
 * counter glued ("9 months ago 47", "3 hours ago 1250"); a sentence goes
 * on after the count ("9 months ago 47 people were hurt."). */
static gboolean aged_counter(const char *data, gsize start, gsize end)
{
	static const char *const units[] = { "second", "seconds", "minute", "minutes", "hour",
					     "hours",  "day",	  "days",   "week",    "weeks",
					     "month",  "months",  "year",   "years" };
	gsize p = digits_end(data, start, end, 1, 3);
	if (p == start || p >= end || data[p++] != ' ')
		return FALSE;
	gsize q = clean_word_end(data, p, end);
	if (!clean_is_one_of(data, p, q, units, G_N_ELEMENTS(units), FALSE) || q >= end || data[q++] != ' ' ||
	    !clean_word_at(data, q, end, "ago") || q + 4 >= end || data[q + 3] != ' ')
		return FALSE;
	return digits_end(data, q + 4, end, 1, 7) == end;
}

/* The most words of an expander's link after its dots. */
#define EXPANDER_WORDS 4

/* TRUE when data[start,end) is an ellipsis ("..." or "…") and two to
 * EXPANDER_WORDS capitalised words naming what it opens last, nothing
 * else: the link under a teaser that opens its whole text ("... Show
 * Full Article", "… Read The Full Story"); a line of the story opened with
 * dots reads on in lower case or ends as a sentence. */
static gboolean expander_link(const char *data, gsize start, gsize end)
{
	static const char *const opens[] = {
		"Article", "Story", "Post", "Text", "Release", "Report", "More"
	};
	gsize p = start;
	if (end - p > 3 && memcmp(data + p, "...", 3) == 0)
		p += 3;
	else if (end - p > 3 && memcmp(data + p, "\u2026", 3) == 0)
		p += 3;
	else
		return FALSE;
	guint words = 0;
	gsize last = p;
	while (p < end) {
		while (p < end && data[p] == ' ')
			p++;
		if (p == end)
			break;
		if (!g_ascii_isupper(data[p]))
			return FALSE;
		last = p;
		p = clean_word_end(data, p, end);
		for (gsize q = last + 1; q < p; q++)
			if (!g_ascii_isalpha(data[q]))
				return FALSE;
		words++;
	}
	return words >= 2 && words <= EXPANDER_WORDS &&
	       clean_is_one_of(data, last, end, opens, G_N_ELEMENTS(opens), FALSE);
}

/* TRUE when the byte at P is a separator mark of a title ("-", "|", ":"),
 * or the three bytes at P an en or em dash. */
static gboolean title_mark(const char *data, gsize p, gsize width)
{
	if (width == 1)
		return data[p] == '-' || data[p] == '|' || data[p] == ':';
	return memcmp(data + p, "\u2013", 3) == 0 || memcmp(data + p, "\u2014", 3) == 0;
}

/* TRUE when data[p,q), a field of the line data[start,end), is a segment
 * of its own: the line's start or a title's mark before it, past the
 * blanks, and the line's end or a mark after it ("Singapore - $name"); a
 * coin's cashtag is a word of a headline ("Traders swap ether for $pepe
 * and $wif"). */
static gboolean own_segment(const char *data, gsize start, gsize p, gsize q, gsize end)
{
	while (p > start && data[p - 1] == ' ')
		p--;
	while (q < end && data[q] == ' ')
		q++;
	gboolean before =
	    p == start || title_mark(data, p - 1, 1) || (p - start >= 3 && title_mark(data, p - 3, 3));
	return before && (q == end || title_mark(data, q, 1) || (end - q >= 3 && title_mark(data, q, 3)));
}

/* The most bytes of a line holding a template's field. */
#define TEMPLATE_LINE_BYTES 100

/* TRUE when data[start,end) holds a template's field left unfilled: a
 * dollar sign and a name in lower case, letters and underscores, as a
 * segment of the line of its own ("Singapore - $name", "$page_title"),
 * or a field in double braces ("{{title}}"); a sum has digits ("$5m"), a
 * ticker capitals ("$TSLA") and a coin's cashtag words around it
 * ("... for $pepe and $wif"). */
static gboolean unfilled_field(const char *data, gsize start, gsize end)
{
	for (gsize p = start; p + 1 < end; p++) {
		if (data[p] == '{' && data[p + 1] == '{') {
			for (gsize q = p + 2; q + 1 < end; q++)
				if (data[q] == '}' && data[q + 1] == '}')
					return q > p + 2;
			return FALSE;
		}
		if (data[p] != '$' || (p > start && data[p - 1] != ' ') || !g_ascii_islower(data[p + 1]))
			continue;
		gsize q = p + 1;
		while (q < end && (g_ascii_islower(data[q]) || data[q] == '_'))
			q++;
		if ((q == end || data[q] == ' ') && own_segment(data, start, p, q, end))
			return TRUE;
	}
	return FALSE;
}

/* The most words of the category after a post's stamp ("in activism"). */
#define STAMP_CATEGORY_WORDS 4

/* TRUE when data[start,end) is "Posted:", a month's name in any language
 * (a word of letters), a day of one or two digits, a comma, a year of
 * four digits and maybe "in" and the post's category, nothing else: a
 * blog theme's stamp ("Posted: Οκτώβριος 17, 2012 in activism"). */
static gboolean posted_stamp(const char *data, gsize start, gsize end)
{
	if (end - start < 16 || memcmp(data + start, "Posted: ", 8) != 0)
		return FALSE;
	gsize p = start + 8, q = p;
	while (q < end && data[q] != ' ') {
		gunichar c = next_char(data, end, &q);
		if (!g_unichar_isalpha(c))
			return FALSE;
	}
	if (q == p || q >= end)
		return FALSE;
	p = digits_end(data, q + 1, end, 1, 2);
	if (p == q + 1 || p + 2 >= end || data[p] != ',' || data[p + 1] != ' ')
		return FALSE;
	q = digits_end(data, p + 2, end, 4, 4);
	if (q == p + 2)
		return FALSE;
	if (q == end)
		return TRUE;
	return end - q > 4 && memcmp(data + q, " in ", 4) == 0 &&
	       clean_count_words(data, q + 4, end) <= STAMP_CATEGORY_WORDS;
}

void clean_judge_widgets(const char *data, const GArray *blocks, Info *info, guint n)
{
	for (guint i = 0; i < n; i++) {
		const Info *b = &info[i];
		if (b->cls == CLASS_BAD || b->sentence || b->chars > TEMPLATE_LINE_BYTES)
			continue;
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		gsize a = block->start, e = block->end;
		clean_trim(data, &a, &e);
		if ((b->digits && b->chars <= DATED_WIDGET_BYTES &&
		     (dated_widget(data, a, e) || aged_counter(data, a, e))) ||
		    (b->digits && b->chars < SHORT_CHARS && posted_stamp(data, a, e)) ||
		    (!b->digits && b->chars <= DATED_WIDGET_BYTES && b->ellipsis == 0 &&
		     expander_link(data, a, e)) ||
		    unfilled_field(data, a, e))
			info[i].cls = CLASS_BAD;
	}
}

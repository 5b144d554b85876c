/* Lines a page's machinery leaves among the text: an embedded player's
 * title with its running time glued to the last word ("Mexico 7.1 Quake:
 * 'Horrific Images' Emerge From Aftermath1:53"), a reading time alone ("2
 * mins") or glued into a teaser's head ("Opinions4 min readWorld"), a
 * style sheet's rule printed as text ("scrollbox { height:100px
 * width:400px overflow:auto; }"), a template's slug closing the page
 * ("ttn-3") and a logo's alternative text ("Four Town Journal logo",
 * clean39). */
#include "clean_private.h"

#include <string.h>

/* The most bytes of a player's title (ends_with_running_time()). */
#define PLAYER_TITLE_BYTES 150
/* The most bytes of a reading time alone (is_reading_time()). */
#define READING_TIME_BYTES 20

/* The start of the digits that end at END in data[start,end): END when
 * none do. */
static gsize digits_before(const char *data, gsize start, gsize end)
{
	while (end > start && g_ascii_isdigit(data[end - 1]))
		end--;
	return end;
}

/* TRUE when data[start,end) ends with a running time glued to a letter:
 * "Aftermath1:53", "Collapse1:03:20". */
static gboolean ends_with_running_time(const char *data, gsize start, gsize end)
{
	gsize p = end;
	for (guint part = 0; part < 3; part++) {
		gsize q = digits_before(data, start, p);
		if (q == p || p - q > 2 || (part == 0 && p - q != 2))
			return FALSE;
		if (q > start && data[q - 1] == ':' && part < 2) {
			p = q - 1;
			continue;
		}
		return part >= 1 && q > start && g_ascii_isalpha(data[q - 1]);
	}
	return FALSE;
}

/* TRUE when data[start,end) is a reading time alone: a number and "min",
 * "mins" or "minutes", maybe "read" ("2 mins", "5 min read"). */
static gboolean is_reading_time(const char *data, gsize start, gsize end)
{
	static const char *const units[] = { " min",	  " mins",	" minutes",
					     " min read", " mins read", " minute read" };
	gsize p = start;
	while (p < end && g_ascii_isdigit(data[p]))
		p++;
	if (p == start || p - start > 3)
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(units); i++) {
		gsize len = strlen(units[i]);
		if (end - p == len && g_ascii_strncasecmp(data + p, units[i], len) == 0)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when data[start,end) holds a reading time glued on both sides, a
 * label's last word before it and a category's first after it, as a
 * teaser's head runs them together ("Tribune Content Agency Opinions4
 * min readWorld"): one to three digits after a letter, " min read", a
 * capital. */
static gboolean glued_reading_time(const char *data, gsize start, gsize end)
{
	static const char unit[] = " min read";
	const gsize len = sizeof unit - 1;
	for (gsize p = start + 2; p + len < end; p++) {
		if (memcmp(data + p, unit, len) != 0 || !g_ascii_isdigit(data[p - 1]) ||
		    !g_ascii_isupper(data[p + len]))
			continue;
		gsize q = digits_before(data, start, p);
		if (p - q <= 3 && q > start && g_ascii_isalpha(data[q - 1]))
			return TRUE;
	}
	return FALSE;
}

/* TRUE when data[start,end) is a style sheet's rule: a selector, "{",
 * declarations ("height:100px") and "}". */
static gboolean is_style_rule(const char *data, gsize start, gsize end)
{
	const char *open = memchr(data + start, '{', end - start);
	if (!open || open == data + start || data[end - 1] != '}')
		return FALSE;
	guint declarations = 0;
	for (const char *c = open + 1; c + 1 < data + end; c++)
		declarations += *c == ':' && g_ascii_isalpha(c[-1]) && !g_ascii_isspace(c[1]);
	return declarations >= 1;
}

/* The most bytes of a template's slug (is_slug()). */
#define SLUG_BYTES 16

/* TRUE when data[start,end) is a template's slug printed as text: ASCII
 * letters in lower case and digits in parts joined by hyphens, a letter
 * first, a hyphen and a digit at least ("ttn-3"). */
static gboolean is_slug(const char *data, gsize start, gsize end)
{
	if (end - start > SLUG_BYTES || !g_ascii_islower(data[start]))
		return FALSE;
	gboolean hyphen = FALSE, digit = FALSE;
	for (gsize p = start; p < end; p++) {
		char c = data[p];
		if (c == '-' && p + 1 < end && data[p - 1] != '-')
			hyphen = TRUE;
		else if (g_ascii_isdigit(c))
			digit = TRUE;
		else if (!g_ascii_islower(c))
			return FALSE;
	}
	return hyphen && digit;
}

/* The most words of a logo's alternative text (is_logo_text()). */
#define LOGO_TEXT_WORDS 6

/* TRUE when data[start,end) is a logo's alternative text: one to
 * LOGO_TEXT_WORDS - 1 capitalised words and "logo" in lower case ("Four
 * Town Journal logo"), as a template sets its masthead's picture; a
 * headline capitalises the word ("Council Unveils New Town Logo") and a
 * story's line has lower-case words before it ("The town's new logo").
 * The caller asks it only above the story (a masthead's). */
static gboolean is_logo_text(const char *data, gsize start, gsize end)
{
	guint words = clean_count_words(data, start, end);
	if (words < 2 || words > LOGO_TEXT_WORDS)
		return FALSE;
	gsize last = clean_word_start(data, start, end);
	if (end - last != 4 || memcmp(data + last, "logo", 4) != 0)
		return FALSE;
	return clean_capitalised_words(data, start, last) == words - 1;
}

void clean_judge_marks(const char *data, const GArray *blocks, Info *info, guint n)
{
	guint story = clean_first_solid(info, n);
	for (guint i = 0; i < n; i++) {
		Info *b = &info[i];
		if (b->cls == CLASS_BAD || b->words == 0 || b->sentence || b->chars > PLAYER_TITLE_BYTES)
			continue;
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		gsize start = block->start, end = block->end;
		while (end > start && g_ascii_isspace(data[end - 1]))
			end--;
		if (end == start)
			continue;
		char last = data[end - 1];
		if ((g_ascii_isdigit(last) && b->words >= 3 && ends_with_running_time(data, start, end)) ||
		    (g_ascii_isalpha(last) && b->chars <= READING_TIME_BYTES &&
		     is_reading_time(data, start, end)) ||
		    (b->digits && b->chars < SHORT_CHARS && glued_reading_time(data, start, end)) ||
		    (last == '}' && is_style_rule(data, start, end)) ||
		    (last == 'o' && i < story && b->chars < SHORT_CHARS && is_logo_text(data, start, end)) ||
		    (g_ascii_isdigit(last) && i > 0 && clean_beside(info, n, i, 1) < 0 &&
		     is_slug(data, start, end)))
			b->cls = CLASS_BAD;
	}
}

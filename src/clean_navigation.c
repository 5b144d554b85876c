/* The links that move a reader about the site, not about the story: a
 * menu in lower case at the page's top ("news desk", "results archive",
 * "go shopping"), a switch of languages above the story ("TJ RU EN") or
 * naming them in their own scripts ("This text available in Հայերեն and
 * Русский"), a link up to the page's top ("^ top") and a link back
 * to the site's page closing the page ("Back to blog", "Back to RQ's
 * page"), or a pointer whose link the page lost ("For more information
 * visit"). */
#include "clean_private.h"

#include <string.h>

/* The fewest items of a menu in lower case; the most words of one. */
#define MENU_MIN_ITEMS	3
#define MENU_ITEM_WORDS 3
/* The most blocks above a menu at the page's top (a logo's label). */
#define MENU_MAX_ABOVE 1
/* The most words of a link back ("Back to" and the page it names). */
#define BACK_LINK_WORDS 5
/* The most characters of a link up to the top ("^ top", "\u2191 Top"). */
#define UP_LINK_CHARS 8
/* The fewest and the most codes of a switch of languages. */
#define SWITCH_MIN_CODES 3
#define SWITCH_MAX_CODES 12

/* TRUE when data[start,end) is SWITCH_MIN_CODES to SWITCH_MAX_CODES codes
 * of two capital letters each and blanks, nothing else: a switch of the
 * page's languages ("TJ RU EN", "EN FR DE"). */
static gboolean language_switch(const char *data, gsize start, gsize end)
{
	guint codes = 0;
	for (gsize p = start; p < end;) {
		if (g_ascii_isspace(data[p])) {
			p++;
			continue;
		}
		if (p + 2 > end || !g_ascii_isupper(data[p]) || !g_ascii_isupper(data[p + 1]) ||
		    (p + 2 < end && !g_ascii_isspace(data[p + 2])))
			return FALSE;
		codes++;
		p += 2;
	}
	return codes >= SWITCH_MIN_CODES && codes <= SWITCH_MAX_CODES;
}

/* TRUE for a menu's item in lower case: one to MENU_ITEM_WORDS words, no
 * number, no sentence, no colon announcing a list. */
static gboolean lower_menu_item(const Info *b)
{
	return b->lower_start && b->words >= 1 && b->words <= MENU_ITEM_WORDS && !b->sentence && !b->digits &&
	       !b->introduces && !b->reported && b->cls != CLASS_META;
}

/* TRUE when data[start,end) is a mark pointing up and "top": "^ top",
 * "↑ Top". */
static gboolean up_to_top(const char *data, gsize start, gsize end)
{
	static const char *const marks[] = { "^", "\u2191", "\u25B2", "\u21E7" };
	for (guint i = 0; i < G_N_ELEMENTS(marks); i++) {
		gsize len = strlen(marks[i]);
		if (end - start < len + 3 || memcmp(data + start, marks[i], len) != 0)
			continue;
		gsize p = start + len;
		while (p < end && data[p] == ' ')
			p++;
		return end - p == 3 && g_ascii_strncasecmp(data + p, "top", 3) == 0;
	}
	return FALSE;
}

/* TRUE when data[start,end) is "Back to" and a page of the site, no
 * sentence: "Back to blog", "Back to RQ's page"; a blog's closing "Back to
 * normal next week" names no page. */
static gboolean links_back(const char *data, gsize start, gsize end, const Info *b)
{
	/* the pages a site links back to (general knowledge of site menus) */
	static const char *const pages[] = { "blog",	"page",	 "homepage", "home",	"top",
					     "news",	"index", "list",     "gallery", "forum",
					     "results", "posts", "archive",  "articles" };
	if (b->words < 3 || b->words > BACK_LINK_WORDS || b->sentence || b->digits || end - start <= 8 ||
	    memcmp(data + start, "Back to ", 8) != 0)
		return FALSE;
	return clean_is_one_of(data, clean_word_start(data, start, end), end, pages, G_N_ELEMENTS(pages),
			       TRUE);
}

/* The most words of a pointer whose link was lost (points_nowhere()). */
#define LOST_LINK_WORDS 6

/* TRUE when data[start,end) is "For more information" or "For further
 * information", a comma and "please" maybe, and a verb sending the reader
 * somewhere with nothing after it, no sentence: the text of a link the
 * page lost ("For more information visit", "For further information,
 * please see"); "For more information visit the council's website" names
 * where, "For more information, please contact:" opens a list. */
static gboolean points_nowhere(const char *data, gsize start, gsize end, const Info *b)
{
	static const char *const opens[] = { "For more information", "For further information" };
	static const char *const verbs[] = { "visit", "see", "go to", "contact", "call", "click" };
	if (b->words < 3 || b->words > LOST_LINK_WORDS || b->sentence || b->digits || b->introduces)
		return FALSE;
	for (guint k = 0; k < G_N_ELEMENTS(opens); k++) {
		gsize len = strlen(opens[k]), p = start + len;
		if (end - start <= len || memcmp(data + start, opens[k], len) != 0)
			continue;
		if (data[p] == ',')
			p++;
		while (p < end && data[p] == ' ')
			p++;
		if (clean_word_at(data, p, end, "please"))
			p += 7;
		return p < end && clean_is_one_of(data, p, end, verbs, G_N_ELEMENTS(verbs), FALSE);
	}
	return FALSE;
}

/* The fewest scripts besides Latin of a line naming the page's languages. */
#define LANGUAGE_LINK_SCRIPTS 2

/* TRUE when data[start,end) holds letters of LANGUAGE_LINK_SCRIPTS scripts
 * or more besides Latin: each language named in its own ("Հայերեն and
 * Русский"), where a story quoting a name in its script holds one. */
static gboolean names_languages(const char *data, gsize start, gsize end)
{
	GUnicodeScript seen = G_UNICODE_SCRIPT_INVALID_CODE;
	for (gsize p = start; p < end;) {
		gunichar c = next_char(data, end, &p);
		if (c < 0x80 || !g_unichar_isalpha(c))
			continue;
		GUnicodeScript script = g_unichar_get_script(c);
		if (script == G_UNICODE_SCRIPT_LATIN || script == G_UNICODE_SCRIPT_COMMON ||
		    script == G_UNICODE_SCRIPT_INHERITED)
			continue;
		if (seen != G_UNICODE_SCRIPT_INVALID_CODE && script != seen)
			return TRUE;
		seen = script;
	}
	return FALSE;
}

void clean_judge_navigation(const char *data, const GArray *blocks, Info *info, guint n)
{
	guint story = clean_first_solid(info, n);
	if (story == n)
		return;
	/* a menu in lower case opening the page, under a logo's label at most,
	 * over the story's headline: a run of lines in lower case leading
	 * straight into the story is its own (a haiku, a recipe's list) */
	for (guint first = 0; first <= MENU_MAX_ABOVE && first < story; first++) {
		guint end = first;
		while (end < story && lower_menu_item(&info[end]))
			end++;
		if (end - first >= MENU_MIN_ITEMS && end < story && !info[end].lower_start) {
			for (guint i = first; i < end; i++)
				info[i].cls = CLASS_BAD;
			break;
		}
	}
	for (guint i = 0; i < story; i++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		if (info[i].chars <= 3 * SWITCH_MAX_CODES && language_switch(data, block->start, block->end))
			info[i].cls = CLASS_BAD;
	}
	/* under the story's last paragraph: above it, a headline or a line of
	 * the story quoting names in their scripts is the story's */
	for (guint i = clean_last_solid(info, n) + 1; i < n; i++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		if (info[i].chars < SHORT_CHARS && !info[i].sentence && info[i].cls != CLASS_BAD &&
		    names_languages(data, block->start, block->end))
			info[i].cls = CLASS_BAD;
	}
	for (guint i = story + 1; i < n; i++) {
		/* both links are short: one look rules out most blocks */
		if (info[i].chars > UP_LINK_CHARS && i + 1 < n)
			continue;
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		gsize a = block->start, e = block->end;
		clean_trim(data, &a, &e);
		if ((info[i].chars <= UP_LINK_CHARS && up_to_top(data, a, e)) ||
		    (i + 1 == n &&
		     (links_back(data, a, e, &info[i]) || points_nowhere(data, a, e, &info[i]))))
			info[i].cls = CLASS_BAD;
	}
}

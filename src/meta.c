/* Guessing a report's title and outlet from its blocks. */
#include "crossread/meta.h"

#include <string.h>

#include "crossread/text.h"
#include "name_lexicon.h"

/* How many blocks from the top a title is looked for in. */
#define TITLE_SEARCH_BLOCKS 12
/* The longest block (flattened) that may name the outlet. */
#define MAX_OUTLET_BYTES 48

static guint count_words(const char *text)
{
	guint n = 0;
	gboolean in_word = FALSE;
	for (const char *p = text; *p; p = g_utf8_next_char(p)) {
		gboolean w = cr_text_is_word_char(g_utf8_get_char(p));
		n += w && !in_word;
		in_word = w;
	}
	return n;
}

static guint count_digits(const char *text)
{
	guint n = 0;
	for (const char *p = text; *p; p++)
		n += g_ascii_isdigit(*p);
	return n;
}

/* TRUE when TEXT holds a clock time: "14:30", "9:05". */
static gboolean has_clock_time(const char *text)
{
	for (const char *p = strchr(text, ':'); p; p = strchr(p + 1, ':'))
		if (p > text && g_ascii_isdigit(p[-1]) && g_ascii_isdigit(p[1]) && g_ascii_isdigit(p[2]))
			return TRUE;
	return FALSE;
}

/* A headline: a few words to a couple of dozen, mostly letters, not ending
 * as a sentence does, and no clock time (that is a timestamp or a notice:
 * "Embargoed until 14:30"). */
static gboolean is_headline(const char *text)
{
	gsize len = strlen(text);
	guint words = count_words(text);
	return words >= 4 && words <= 30 && count_digits(text) * 5 < len && len > 0 && text[len - 1] != '.' &&
	       text[len - 1] != ':' && !has_clock_time(text);
}

/* TRUE when TEXT looks like a web domain: "RT.com", "Archyde.com". */
static gboolean is_domain(const char *text)
{
	static const char *const tlds[] = { ".com",  ".org", ".net", ".co.uk", ".info",
					    ".news", ".de",  ".fr",  ".in" };
	if (strchr(text, ' ') || strlen(text) < 4)
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(tlds); i++)
		if (g_str_has_suffix(text, tlds[i]))
			return TRUE;
	return FALSE;
}

/* The outlet a short block names, or NULL: "RT.com", "(The Jakarta Post)",
 * "Agencies (The Jakarta Post)", "According to VNA", "Source: AFP"; not a
 * photo's credit, "(Photo by Justin Sullivan/Getty Images)". */
static char *outlet_of(const char *text)
{
	gsize len = strlen(text);
	if (len == 0 || len > MAX_OUTLET_BYTES || count_words(text) > 6)
		return NULL;
	if (is_domain(text))
		return g_strdup(text);
	if (text[len - 1] == ')') {
		const char *open = strrchr(text, '(');
		if (open && len - (gsize)(open - text) > 3) {
			char *inner = g_strndup(open + 1, len - (gsize)(open - text) - 2);
			/* a picture's credit is no outlet: "(Photo by A. Name/Agency)" */
			if (g_unichar_isupper(g_utf8_get_char(inner)) && !strstr(inner, " by ") &&
			    !strchr(inner, '/'))
				return inner;
			g_free(inner);
		}
	}
	static const char *const prefixes[] = { "According to ", "Source: ", "Via " };
	for (guint i = 0; i < G_N_ELEMENTS(prefixes); i++)
		if (g_str_has_prefix(text, prefixes[i]) && count_words(text) <= 4 &&
		    g_unichar_isupper(g_utf8_get_char(text + strlen(prefixes[i]))))
			return g_strdup(text + strlen(prefixes[i]));
	return NULL;
}

/* A site logo scraped as one word: "TheJakartaPost" -> "The Jakarta Post";
 * NULL when TEXT is not letters with at least two inner capitals. */
static char *logo_name(const char *text)
{
	gsize len = strlen(text);
	guint inner_caps = 0;
	if (len < 6 || len > 40 || !g_ascii_isupper(text[0]))
		return NULL;
	for (gsize i = 0; i < len; i++) {
		if (!g_ascii_isalpha(text[i]))
			return NULL;
		inner_caps += i > 0 && g_ascii_isupper(text[i]) && g_ascii_islower(text[i - 1]);
	}
	if (inner_caps < 1)
		return NULL;
	GString *name = g_string_new(NULL);
	for (gsize i = 0; i < len; i++) {
		if (i > 0 && g_ascii_isupper(text[i]) && g_ascii_islower(text[i - 1]))
			g_string_append_c(name, ' ');
		g_string_append_c(name, text[i]);
	}
	return g_string_free(name, FALSE);
}

/* A masthead: "Kestrian News Agency | KNA English Service", "Estuary Voice —
 * news from the Grey Estuary": a short capitalised name, a separator, a
 * tagline. Returns the name, or NULL. */
static char *masthead_name(const char *text)
{
	static const char *const separators[] = { " | ", " \xe2\x80\x94 ", " \xe2\x80\x93 ", " - " };
	for (guint i = 0; i < G_N_ELEMENTS(separators); i++) {
		const char *sep = strstr(text, separators[i]);
		if (!sep || sep == text || strlen(text) > 80)
			continue;
		/* After a dash only a lower-case tagline: "Doe - Vote passes" is a headline. */
		const char *tail = sep + strlen(separators[i]);
		if (i > 0 && !g_unichar_islower(g_utf8_get_char(tail)))
			continue;
		/* A separator that comes again is a menu: "News | Politics | Sport". */
		if (strstr(tail, separators[i]))
			continue;
		g_autofree char *name = g_strndup(text, (gsize)(sep - text));
		g_auto(GStrv) words = g_strsplit(name, " ", -1);
		guint n = g_strv_length(words);
		gboolean capitalised = n >= 1 && n <= 5;
		for (guint w = 0; capitalised && w < n; w++)
			capitalised = g_unichar_isupper(g_utf8_get_char(words[w]));
		if (capitalised)
			return g_steal_pointer(&name);
	}
	return NULL;
}

/* TRUE when WORD may be written in lower case inside a name: "of", "the". */
static gboolean is_name_connector(const char *word)
{
	g_autofree char *folded = cr_text_fold(word);
	return strcmp(word, "&") == 0 ||
	       (name_listed_classes(folded) & (NAME_WORD_CONNECTOR | NAME_WORD_ARTICLE)) != 0;
}

/* TRUE when TEXT is two to five capitalised words and nothing else, set in
 * capitals (when IN_CAPITALS_WILL_DO) or ending as the name of an
 * organisation does (News, Post, Office, Society): other capitalised words
 * may as well be a person or a place, as in a photo caption. */
static gboolean is_capitalised_name(const char *text, gboolean in_capitals_will_do)
{
	/* counted before the words are split: a block may be a whole report */
	guint spaces = 0;
	for (const char *p = text; *p && spaces <= 4; p++)
		spaces += *p == ' ';
	if (spaces < 1 || spaces > 4)
		return FALSE;
	g_auto(GStrv) words = g_strsplit(text, " ", -1);
	guint n = g_strv_length(words);
	gboolean in_capitals = TRUE;

	if (n < 2 || n > 5)
		return FALSE;
	for (const char *p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (g_unichar_islower(c))
			in_capitals = FALSE;
		else if (!g_unichar_isalpha(c) && !strchr(" &'-", (int)c) && c != 0x2019)
			return FALSE;
	}
	for (guint w = 0; w < n; w++)
		if (!g_unichar_isupper(g_utf8_get_char(words[w])) && (w == 0 || !is_name_connector(words[w])))
			return FALSE;
	if (in_capitals && in_capitals_will_do)
		return TRUE;
	g_autofree char *last = cr_text_fold(words[n - 1]);
	return (name_listed_classes(last) & NAME_WORD_ORG_SUFFIX) != 0;
}

/* The agency or wire service a dateline credits, or NULL: "LONDON, March 21
 * (Reuters) - A judge ..." -> "Reuters", "OSLO, Feb. 3, 2025 /PRNewswire/
 * --" -> "PRNewswire". The credit comes after a place and a comma, early in
 * the block, and a dash or colon follows it. */
static char *dateline_credit(const char *text)
{
	const char *open = strpbrk(text, "(/");
	if (!open || open - text > 80 || !g_unichar_isupper(g_utf8_get_char(text)) ||
	    !memchr(text, ',', (gsize)(open - text)))
		return NULL;
	const char *close = strchr(open + 1, *open == '(' ? ')' : '/');
	if (!close || close - open < 2 || close - open > 32 || !g_unichar_isupper(g_utf8_get_char(open + 1)))
		return NULL;
	const char *after = close + 1;
	while (*after == ' ')
		after++;
	if (!(*after == '-' || *after == ':' || g_str_has_prefix(after, "\xe2\x80\x93") ||
	      g_str_has_prefix(after, "\xe2\x80\x94")))
		return NULL;
	g_autofree char *credit = g_strndup(open + 1, (gsize)(close - open - 1));
	return count_digits(credit) == 0 && count_words(credit) <= 4 ? g_steal_pointer(&credit) : NULL;
}

/* The outlet a byline credits, or NULL: "By Mara Quinn, Valley Herald". The
 * words after the comma must read as an organisation's name, not a role
 * ("By Paulo Mendes, Political Editor"). */
static char *byline_outlet(const char *text)
{
	const char *comma = g_str_has_prefix(text, "By ") ? strrchr(text, ',') : NULL;
	if (!comma || comma[1] != ' ')
		return NULL;
	g_autofree char *name = g_strdup(comma + 2);
	return is_capitalised_name(name, FALSE) ? g_steal_pointer(&name) : NULL;
}

/* The outlet a block names, if any: anywhere a domain or a parenthesised or
 * credited name; at the top of the page also a logo or a masthead, and a
 * masthead line on its own where no article text has come before it. */
static char *block_outlet(const char *text, gboolean at_top, gboolean before_text)
{
	char *outlet = outlet_of(text);
	if (!outlet && at_top)
		outlet = logo_name(text);
	if (!outlet && at_top)
		outlet = masthead_name(text);
	/* a masthead on a line of its own: "THE AVELINE COURIER", "TVS News" */
	if (!outlet && at_top && before_text && is_capitalised_name(text, TRUE))
		outlet = g_strdup(text);
	if (!outlet && at_top)
		outlet = byline_outlet(text);
	return outlet;
}

void cr_meta_guess(CrDoc *doc, const GArray *blocks)
{
	const CrBlock *first_text = NULL;
	gboolean before_text = TRUE;
	g_autofree char *credit = NULL;

	for (guint i = 0; i < blocks->len; i++) {
		/* Titles and mastheads are at the top, credits at either end. */
		if (i >= TITLE_SEARCH_BLOCKS && i + TITLE_SEARCH_BLOCKS < blocks->len)
			continue;
		const CrBlock *b = &g_array_index(blocks, CrBlock, i);
		gboolean title_search = !b->boilerplate && i < TITLE_SEARCH_BLOCKS;
		/* Past the title search only a short block matters: skip the rest unread. */
		if (!title_search &&
		    cr_text_flat_len(doc->data, b->start, b->end, MAX_OUTLET_BYTES) > MAX_OUTLET_BYTES)
			continue;
		g_autofree char *text = cr_text_flat(doc->data, b->start, b->end);
		char *outlet = block_outlet(text, i < TITLE_SEARCH_BLOCKS / 2, before_text);
		if (outlet) {
			if (!doc->outlet)
				doc->outlet = outlet;
			else
				g_free(outlet);
			continue;
		}
		before_text &= b->boilerplate;
		if (!title_search)
			continue;
		if (!credit)
			credit = dateline_credit(text);
		if (!first_text)
			first_text = b;
		if (!doc->title && is_headline(text)) {
			gsize len = strlen(text);
			/* A headline set in quotation marks loses them. */
			if (g_str_has_prefix(text, "\xe2\x80\x9c") &&
			    g_str_has_suffix(text, "\xe2\x80\x9d") && len > 6)
				doc->title = g_strndup(text + 3, len - 6);
			else
				doc->title = g_strdup(text);
		}
	}
	/* A wire's credit names the outlet only when nothing else does: a
	 * paper printing agency copy names itself. */
	if (!doc->outlet)
		doc->outlet = g_steal_pointer(&credit);
	if (!doc->title && first_text) {
		g_autofree char *text = cr_text_flat(doc->data, first_text->start, first_text->end);
		doc->title = g_utf8_substring(text, 0, MIN(g_utf8_strlen(text, -1), 80));
	}
}

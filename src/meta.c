/* Guessing a report's title and outlet from its blocks. */
#include "crossread/meta.h"

#include <string.h>

#include "crossread/text.h"

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

/* A headline: a few words to a couple of dozen, mostly letters, not ending
 * as a sentence does. */
static gboolean is_headline(const char *text)
{
	gsize len = strlen(text);
	guint words = count_words(text);
	return words >= 4 && words <= 30 && count_digits(text) * 5 < len && len > 0 && text[len - 1] != '.' &&
	       text[len - 1] != ':';
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
 * "Agencies (The Jakarta Post)", "According to VNA", "Source: AFP". */
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
			if (g_unichar_isupper(g_utf8_get_char(inner)))
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

/* The outlet a block names, if any: anywhere a domain or a parenthesised or
 * credited name; at the top of the page also a logo or a masthead. */
static char *block_outlet(const char *text, gboolean at_top)
{
	char *outlet = outlet_of(text);
	if (!outlet && at_top)
		outlet = logo_name(text);
	if (!outlet && at_top)
		outlet = masthead_name(text);
	return outlet;
}

void cr_meta_guess(CrDoc *doc, const GArray *blocks)
{
	const CrBlock *first_text = NULL;

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
		char *outlet = block_outlet(text, i < TITLE_SEARCH_BLOCKS / 2);
		if (outlet) {
			if (!doc->outlet)
				doc->outlet = outlet;
			else
				g_free(outlet);
			continue;
		}
		if (!title_search)
			continue;
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
	if (!doc->title && first_text) {
		g_autofree char *text = cr_text_flat(doc->data, first_text->start, first_text->end);
		doc->title = g_utf8_substring(text, 0, MIN(g_utf8_strlen(text, -1), 80));
	}
}

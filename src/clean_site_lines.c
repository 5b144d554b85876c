/* Lines of a site's frame in the shapes the twenty-fourth cleaning set
 * showed, that the reader's signs do not tell from text: a picture's
 * credit under a label of two words ("Featured image credit: ..."), a
 * forum's edit note, a writer's name run into the post's stamp, a press
 * room's release label, a pitch for the paper's e-edition among the
 * page's closing furniture, a caption of a picture's two halves, a
 * caption closing the story, a breadcrumb run together without its
 * marks, a topic's label under a breadcrumb, a broadcaster's name
 * alone before the excerpt it credits and a box telling readers where to
 * write, two e-mail addresses or more in it ("Send your news items to
 * jaime@... Contact sales at bob@...", clean41). */
#define _GNU_SOURCE /* memmem */
#include "clean_private.h"

#include <string.h>

/* The most words of a name a credit's label names, and of the issuer a
 * release's label names. */
#define CREDITED_WORDS 6
#define ISSUER_WORDS   5
/* The most words of a writer's name run into a stamp. */
#define WRITER_WORDS 3
/* The fewest and the most words of a breadcrumb run together. */
#define CRUMB_WORDS_MIN 3
#define CRUMB_WORDS_MAX 8
/* The most capitals of a broadcaster's name alone before a colon, and
 * the most words of a topic's label under a breadcrumb. */
#define NETWORK_LETTERS 5
#define TOPIC_WORDS	3
/* The fewest words of a caption closing the story. */
#define CAPTION_WORDS_MIN 6

/* Past the blanks at data[p]. */
static gsize skip_blanks(const char *data, gsize p, gsize end)
{
	while (p < end && data[p] == ' ')
		p++;
	return p;
}

/* TRUE when every word of data[start,end) opens with a capital or is
 * one of the lower-case words names keep ("and", "of", "the"), commas and
 * a final full stop aside, and there are one to MAX words. */
static gboolean names_only(const char *data, gsize start, gsize end, guint max)
{
	clean_trim(data, &start, &end);
	if (end > start && data[end - 1] == '.')
		end--;
	guint words = 0;
	for (gsize p = skip_blanks(data, start, end); p < end;
	     p = skip_blanks(data, clean_word_end(data, p, end), end)) {
		gunichar c = g_utf8_get_char(data + p);
		if (!g_unichar_isupper(c) && !clean_word_at(data, p, end, "and") &&
		    !clean_word_at(data, p, end, "of") && !clean_word_at(data, p, end, "the"))
			return FALSE;
		if (memchr(data + p, '.', clean_word_end(data, p, end) - p))
			return FALSE;
		words++;
	}
	return words >= 1 && words <= max;
}

/* TRUE for a picture's credit under a label of two or three words ending
 * in "image credit", "photo credit" or "picture credit" and a colon, the
 * names after it capitalised ("Featured image credit: Ismael Paramo,
 * Unsplash."; the caller asks for the capital opening the label); a
 * sentence after the label ("Photo credit: readers sent in 300
 * pictures.") is the story's. */
static gboolean labelled_credit(const char *data, gsize start, gsize end)
{
	const char *colon = memchr(data + start, ':', end - start);
	if (!colon)
		return FALSE;
	gsize c = (gsize)(colon - data);
	guint words = clean_count_words(data, start, c);
	if (words < 2 || words > 3 || c < start + 7 || !clean_word_at(data, c - 6, c, "credit") ||
	    data[c - 7] != ' ')
		return FALSE;
	gsize w = clean_word_start(data, start, c - 7);
	if (!clean_word_at(data, w, c, "image") && !clean_word_at(data, w, c, "photo") &&
	    !clean_word_at(data, w, c, "picture"))
		return FALSE;
	return names_only(data, c + 1, end, CREDITED_WORDS);
}

/* TRUE for a forum's note that a post was edited: "Last edited:" alone
 * (its time an element the page's text lost), or with the editor's name
 * ("Last edited by Mods") or the date when the note is DATED, as a
 * forum's note is ("Last edited by Mods: 3 May 2020"); undated, "Last
 * edited by Gordon Lish" is a story's subhead, and "Last edited by hand,
 * ..." no note. */
static gboolean edit_note(const char *data, gsize start, gsize end, gboolean dated)
{
	if (!clean_word_at(data, start, end, "last") || !clean_word_at(data, start + 5, end, "edited"))
		return FALSE;
	gsize p = start + 11;
	if (p < end && data[p] == ':') {
		p = skip_blanks(data, p + 1, end);
		return p == end || (dated && (g_ascii_isdigit(data[p]) || g_ascii_isupper(data[p])));
	}
	return dated && clean_word_at(data, skip_blanks(data, p, end), end, "by") && p + 4 < end &&
	       g_ascii_isupper(data[skip_blanks(data, p + 4, end)]);
}

/* TRUE when data[p,end) opens with "D Mon YYYY" (an English month, maybe
 * shortened to three letters) and a dash and a clock time ("1 Jul 2019 -
 * 16:27"). */
static gboolean day_month_year_time(const char *data, gsize p, gsize end)
{
	while (p < end && g_ascii_isdigit(data[p]))
		p++;
	if (p >= end || data[p] != ' ')
		return FALSE;
	gsize m = p + 1, me = clean_word_end(data, m, end);
	gsize y = me + 1, ye = clean_word_end(data, MIN(y, end), end);
	if (!clean_is_month_word(data, m, me, TRUE) || y >= end || ye - y != 4 || !g_ascii_isdigit(data[y]))
		return FALSE;
	gsize d = skip_blanks(data, ye, end);
	if (d >= end || !clean_is_dash(g_utf8_get_char(data + d)))
		return FALSE;
	gsize t = skip_blanks(data, d + g_utf8_skip[(guchar)data[d]], end);
	return t + 4 <= end && g_ascii_isdigit(data[t]) && memchr(data + t, ':', MIN(3, end - t)) != NULL;
}

/* TRUE when the first line of data[start,end) is a writer's name of one
 * to three capitalised words run into the post's stamp, the name's last
 * letter glued to the day ("Andy Fowler1 Jul 2019 - 16:27"). */
static gboolean stamped_writer(const char *data, gsize start, gsize end)
{
	const char *nl = memchr(data + start, '\n', end - start);
	gsize line_end = nl ? (gsize)(nl - data) : end;
	for (gsize p = start + 1; p < line_end; p++) {
		if (!g_ascii_isdigit(data[p]))
			continue;
		if (!g_ascii_isalpha(data[p - 1]))
			return FALSE;
		guint words = clean_capitalised_words(data, start, p);
		return words >= 1 && words <= WRITER_WORDS && day_month_year_time(data, p, line_end);
	}
	return FALSE;
}

/* TRUE for a press room's label over its release: "News Release", "Press
 * Release" or "Media Release", a dash or a colon, and the issuer's name
 * ("News Release - Canada and Manitoba"; general knowledge of how
 * governments' and companies' press rooms head releases). */
static gboolean release_label(const char *data, gsize start, gsize end)
{
	if (!clean_word_at(data, start, end, "news") && !clean_word_at(data, start, end, "press") &&
	    !clean_word_at(data, start, end, "media"))
		return FALSE;
	gsize p = skip_blanks(data, clean_word_end(data, start, end), end);
	if (!clean_word_at(data, p, end, "release"))
		return FALSE;
	p = skip_blanks(data, p + 7, end);
	if (p < end && data[p] == ':')
		p++;
	else if (p < end && clean_is_dash(g_utf8_get_char(data + p)))
		p += g_utf8_skip[(guchar)data[p]];
	else
		return FALSE;
	return names_only(data, p, end, ISSUER_WORDS);
}

/* TRUE for a command to buy or read the paper's edition on screen ("Buy
 * the e-paper of the Donegal Democrat ..."; general knowledge of papers'
 * names for it: "e-paper", "e-edition", "digital edition"). */
static gboolean edition_pitch(const char *data, gsize start, gsize end)
{
	if (!clean_word_at(data, start, end, "buy") && !clean_word_at(data, start, end, "read") &&
	    !clean_word_at(data, start, end, "get"))
		return FALSE;
	gsize len = end - start;
	return g_strstr_len(data + start, (gssize)len, "e-paper") ||
	       g_strstr_len(data + start, (gssize)len, "e-edition") ||
	       g_strstr_len(data + start, (gssize)len, "digital edition");
}

/* TRUE when data[p] holds WORD, then a spaced dash or a colon. */
static gboolean pane_at(const char *data, gsize p, gsize end, const char *word)
{
	if (!clean_word_at(data, p, end, word))
		return FALSE;
	p = skip_blanks(data, p + strlen(word), end);
	return p < end &&
	       (data[p] == ':' || (clean_is_dash(g_utf8_get_char(data + p)) && data[p - 1] == ' '));
}

/* TRUE for a caption of a picture's two halves: "Left - ..." or "Left:
 * ..." and, after it, "right - ..." or "right: ..." ("Left - Michael
 * McEvoy lifts the Bob O'Keeffe Cup ...; right - retired principal Jim
 * Kells ..."); "Left, right and centre, ..." names no panes. The caller
 * asks that it stand under the headline, as a picture does: under a
 * paragraph or a subhead inside the story the shape may be a result
 * ("Left - Labour and the Greens with 34 seats; right - ..."). */
static gboolean two_pane_caption(const char *data, gsize start, gsize end)
{
	if (!pane_at(data, start, end, "left"))
		return FALSE;
	for (gsize p = start + 5; p + 6 < end; p++)
		if (data[p - 1] == ' ' && pane_at(data, p, end, "right"))
			return TRUE;
	return FALSE;
}

/* TRUE for a breadcrumb run together without its marks: "Home", then
 * capitalised words to the page's kind, "Article" (general knowledge of
 * where sites' trails end; a post, a page or a story may be a headline's:
 * "Home Secretary Visits Harbour Post", "Home Secretary Denies Leak
 * Story"). */
static gboolean home_crumb(const char *data, gsize start, gsize end)
{
	if (!clean_word_at(data, start, end, "home"))
		return FALSE;
	guint words = clean_capitalised_words(data, start, end);
	if (words < CRUMB_WORDS_MIN || words > CRUMB_WORDS_MAX)
		return FALSE;
	gsize last = clean_word_start(data, start, end);
	return clean_word_at(data, last, end, "Article");
}

/* TRUE for a caption's shape: two or three capitalised words (a name),
 * then a verb in the present in lower case ending in "s" ("Conal
 * Cunning receives the Man of the Match award from ..."),
 * CAPTION_WORDS_MIN words or more (the caller asks that it end on a name
 * and report no words: "Mary Jones says ..." is the story's). */
static gboolean names_then_verb(const char *data, gsize start, gsize end)
{
	gsize p = start;
	for (guint w = 0; w < 3 && p < end && g_ascii_isupper(data[p]); w++)
		p = skip_blanks(data, clean_word_end(data, p, end), end);
	gsize verb_end = clean_word_end(data, p, end);
	if (clean_capitalised_words(data, start, p) < 2 || p >= end || !g_ascii_islower(data[p]) ||
	    data[verb_end - 1] != 's')
		return FALSE;
	return clean_count_words(data, start, end) >= CAPTION_WORDS_MIN;
}

/* TRUE for a broadcaster's or an agency's name alone before a colon,
 * two to NETWORK_LETTERS capitals ("NBC:" over the excerpt it credits). */
static gboolean network_label(const char *data, gsize start, gsize end)
{
	if (end < start + 3 || end - start > NETWORK_LETTERS + 1 || data[end - 1] != ':')
		return FALSE;
	for (gsize p = start; p + 1 < end; p++)
		if (!g_ascii_isupper(data[p]))
			return FALSE;
	return TRUE;
}

/* TRUE when BLOCK holds a breadcrumb's mark between blanks (" > ", " ›
 * ", " » ", " ❯ ", " | ", " / "). */
static gboolean trail_marked(const char *data, const CrBlock *block)
{
	static const char *const marks[] = { " > ", " \u203A ", " \u00BB ", " \u276F ", " | ", " / " };
	for (guint k = 0; k < G_N_ELEMENTS(marks); k++)
		if (g_strstr_len(data + block->start, (gssize)(block->end - block->start), marks[k]))
			return TRUE;
	return FALSE;
}

/* TRUE for a topic's label under a breadcrumb: one to three capitalised
 * words, the last the trail's first ("Zoo Events" under "Events ❯
 * Unusual Incidents"); a headline under it ends on its own words ("Zoo
 * Events Cancelled"). */
static gboolean topic_label(const char *data, const GArray *blocks, const Info *info, guint i, gsize start,
			    gsize end)
{
	const CrBlock *trail = &g_array_index(blocks, CrBlock, i - 1);
	guint words = clean_capitalised_words(data, start, end);
	if (info[i - 1].sentence || words == 0 || words > TOPIC_WORDS || !trail_marked(data, trail))
		return FALSE;
	gsize t = trail->start, t_end = clean_word_end(data, t, trail->end),
	      last = clean_word_start(data, start, end);
	return t_end - t == end - last && g_ascii_strncasecmp(data + t, data + last, end - last) == 0;
}

/* TRUE when block I has furniture on both sides: at the page's end, with
 * furniture above only, it may be the story's last paragraph ("Read the
 * digital edition of the council's report online."). */
static gboolean fenced(const Info *info, guint n, guint i)
{
	gint up = clean_beside(info, n, i, -1), down = clean_beside(info, n, i, 1);
	return up >= 0 && info[up].cls == CLASS_BAD && down >= 0 && info[down].cls == CLASS_BAD;
}

/* TRUE when a title stands between block I and STORY, the story's first
 * paragraph: a label over the headline ("News Release - Canada and
 * Manitoba" over the release's title); with none under it, the line may
 * be the headline itself ("Press Release: The Musical Returns", "Fake
 * News" under "News > Media"). */
static gboolean title_below(const Info *info, guint i, guint story)
{
	for (guint j = i + 1; j < story; j++)
		if (!info[j].sentence && info[j].words >= 2 && !info[j].dated && info[j].cls != CLASS_BAD)
			return TRUE;
	return FALSE;
}

/* TRUE when block I stands under a title (no sentence, no list's head)
 * with no paragraph of the story above it: the page's headline, not a
 * subhead inside the story. */
static gboolean under_headline(const Info *info, guint n, guint i)
{
	gint up = clean_beside(info, n, i, -1);
	if (up < 0 || info[up].sentence || info[up].introduces)
		return FALSE;
	for (gint j = 0; j < up; j++)
		if (info[j].sentence && clean_is_solid(&info[j]))
			return FALSE;
	return TRUE;
}

/* TRUE when block I stands between the furniture under it and a story of
 * one paragraph, STORY, as a photo post's caption does; under a story of
 * more paragraphs a line with no full stop may be its last ("Kieran Smith
 * joins on a season-long loan from Manchester United"). */
static gboolean closes_story(const Info *info, guint n, guint i, guint story)
{
	gint up = clean_beside(info, n, i, -1), down = clean_beside(info, n, i, 1);
	return up == (gint)story && down >= 0 && info[down].cls == CLASS_BAD;
}

/* How many blocks of the page are a network's label alone
 * (network_label()): a transcript names its speakers again and again. */
static guint count_network_labels(const char *data, const GArray *blocks, guint n)
{
	guint count = 0;
	for (guint i = 0; i < n; i++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		count += network_label(data, block->start, block->end);
	}
	return count;
}

/* The fewest e-mail addresses of a box telling readers where to write. */
#define CONTACT_ADDRESSES 2

/* The e-mail addresses of data[start,end): an "@" with a letter or a
 * digit before it and a word holding a dot after it. */
static guint count_addresses(const char *data, gsize start, gsize end)
{
	guint found = 0;
	for (const char *at = memchr(data + start, '@', end - start); at;
	     at = memchr(at + 1, '@', (gsize)(data + end - (at + 1)))) {
		gsize p = (gsize)(at - data);
		if (p == start || !g_ascii_isalnum(data[p - 1]) || p + 1 >= end ||
		    !g_ascii_isalnum(data[p + 1]))
			continue;
		gsize q = clean_word_end(data, p, end);
		while (q > p && !g_ascii_isalnum(data[q - 1]))
			q--;
		found += memchr(data + p, '.', q - p) != NULL;
	}
	return found;
}

/* TRUE when block B holds CONTACT_ADDRESSES e-mail addresses or more and
 * a web address ("http", "www."): the site's box telling readers where
 * to send news, whom to ask for advertising and where to read more,
 * whatever it reports ("According to Google we are reaching ..."); a
 * story quoting someone's addresses gives no web address beside them. */
static gboolean contact_box(const char *data, const CrBlock *b)
{
	gsize len = b->end - b->start;
	return (memmem(data + b->start, len, "http", 4) || memmem(data + b->start, len, "www.", 4)) &&
	       count_addresses(data, b->start, b->end) >= CONTACT_ADDRESSES;
}

/* TRUE when block I, STORY the story's first paragraph and LAST its last,
 * is one of the lines this file reads; the cheap signs of each shape are
 * asked first (its first letter, its length, its sentence), its
 * neighbours last. */
static gboolean site_line(const char *data, const GArray *blocks, const Info *info, guint n, guint i,
			  guint story, guint last)
{
	const Info *b = &info[i];
	const CrBlock *block = &g_array_index(blocks, CrBlock, i);
	gsize start = block->start, end = block->end;
	gboolean above = i < story, fragment = clean_is_fragment(b);
	char first = (char)(data[start] | 0x20); /* a letter's lower case */
	if (fragment && first == 'l' && edit_note(data, start, end, b->dated))
		return TRUE;
	if (above && fragment &&
	    ((first == 'h' && home_crumb(data, start, end)) ||
	     (b->dated && stamped_writer(data, start, end)) ||
	     ((((first == 'n' || first == 'p' || first == 'm') && release_label(data, start, end)) ||
	       topic_label(data, blocks, info, i, start, end)) &&
	      title_below(info, i, story))))
		return TRUE;
	/* a credit closes the page, under the story's last paragraph */
	if (i > last && b->chars < SHORT_CHARS && !b->question && g_ascii_isupper(data[start]) &&
	    labelled_credit(data, start, end))
		return TRUE;
	if (i > story && b->sentence && (first == 'b' || first == 'r' || first == 'g') &&
	    b->chars < LONG_CHARS && edition_pitch(data, start, end) && fenced(info, n, i))
		return TRUE;
	if (first == 'l' && !b->sentence && b->chars < 2 * LONG_CHARS && two_pane_caption(data, start, end) &&
	    under_headline(info, n, i))
		return TRUE;
	return i > story && !b->sentence && b->last_capital && b->chars < 2 * SHORT_CHARS &&
	       names_then_verb(data, start, end) && closes_story(info, n, i, story);
}

void clean_judge_site_lines(const char *data, const GArray *blocks, Info *info, guint n)
{
	guint story = clean_first_solid(info, n), last = clean_last_solid(info, n);
	gint networks = -1;
	for (guint i = 1; i < n; i++) {
		const Info *b = &info[i];
		if (b->cls == CLASS_BAD || b->words == 0)
			continue;
		if (b->speaks && b->chars < 3 * LONG_CHARS &&
		    contact_box(data, &g_array_index(blocks, CrBlock, i))) {
			info[i].cls = CLASS_BAD;
			continue;
		}
		if (b->reported)
			continue;
		if (site_line(data, blocks, info, n, i, story, last)) {
			info[i].cls = CLASS_BAD;
			continue;
		}
		/* a network's label inside the story, once on the page, text
		 * under it that is not a speaker's quoted words ("TRUMP:" over
		 * "\"We will ...\"") */
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		if (b->words == 1 && i > story && network_label(data, block->start, block->end)) {
			gint down = clean_beside(info, n, i, 1);
			if (networks < 0)
				networks = (gint)count_network_labels(data, blocks, n);
			if (networks == 1 && down >= 0 && clean_is_solid(&info[down]) &&
			    !info[down].quote_open)
				info[i].cls = CLASS_BAD;
		}
	}
}

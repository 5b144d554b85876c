/* Furniture that repeats what the page shows elsewhere: the cards of
 * other stories below a story (a title printed twice around its stamp or
 * teaser), a link back to the story itself under its headline, and a
 * breadcrumb trail ending in the title printed under it. */
#include "clean_private.h"

#include <string.h>

/* How far below a card's title the page sets its copy: the title over the
 * picture, one block (its stamp or its teaser), the title again as the
 * link; a byline printed over every item of a page of briefs is further
 * apart. */
#define CARD_SPAN 2

/* TRUE when block A is block B and a running time after it: a video's
 * title with its length ("Candlelight vigils held ... 1:33" over
 * "Candlelight vigils held ..."). */
static gboolean timed_copy(const char *data, const CrBlock *a, const CrBlock *b)
{
	gsize len = b->end - b->start;
	if (a->end - a->start <= len + 1 || memcmp(data + a->start, data + b->start, len) != 0 ||
	    data[a->start + len] != ' ')
		return FALSE;
	gboolean colon = FALSE;
	for (gsize p = a->start + len + 1; p < a->end; p++) {
		if (data[p] == ':' && !colon)
			colon = TRUE;
		else if (data[p] < '0' || data[p] > '9')
			return FALSE;
	}
	return colon;
}

/* TRUE when block B may be a card's title: two words or more, short, no
 * byline or stamp, and no furniture by its own signs (a row of share
 * buttons printed above and below a paragraph is no card). */
static gboolean may_title_a_card(const Info *b)
{
	return b->words >= 2 && b->chars < SHORT_CHARS && !b->byline && !b->stamp && b->first != CLASS_BAD;
}

/* TRUE when blocks I and J, not far apart, are the same short title: a
 * card's title printed twice, or once with a video's running time. */
static gboolean same_title(const char *data, const GArray *blocks, const Info *info, guint i, guint j)
{
	const CrBlock *a = &g_array_index(blocks, CrBlock, i), *b = &g_array_index(blocks, CrBlock, j);
	if (info[i].key_hash == info[j].key_hash)
		return TRUE;
	return timed_copy(data, a, b) || timed_copy(data, b, a);
}

/* The cards below a story (other stories, videos, opinion pieces): a
 * short title of two words or more that the page prints again within
 * CARD_SPAN blocks, below the story's first paragraph, is a card's title
 * over its picture and its link, both copies furniture (a story does not
 * repeat its subheads); and the block between a card's title and
 * furniture, or the page's end, is the card's teaser ("Return to the
 * helm" / "Updated 28 Apr, 2024" / "Return to the helm" / "With Nawaz
 * Sharif as PML-N president, will we see ...?"). */
void clean_judge_cards(const char *data, const GArray *blocks, Info *info, guint n, guint story)
{
	g_autofree guint8 *card = g_new0(guint8, n);
	for (guint i = story + 1; i < n; i++) {
		if (!may_title_a_card(&info[i]))
			continue;
		for (guint j = i + 1; j < n && j <= i + CARD_SPAN; j++) {
			if (may_title_a_card(&info[j]) && same_title(data, blocks, info, i, j)) {
				card[i] = card[j] = TRUE;
				info[i].cls = info[j].cls = CLASS_BAD;
			}
		}
	}
	for (guint i = story + 1; i < n; i++) {
		if (card[i] || info[i].cls == CLASS_BAD || info[i].cls == CLASS_META)
			continue;
		gboolean above = card[i - 1], below = i + 1 < n && card[i + 1];
		gboolean bad_above = info[i - 1].cls == CLASS_BAD,
			 bad_below = i + 1 == n || info[i + 1].cls == CLASS_BAD;
		if ((above && bad_below) || (below && bad_above))
			info[i].cls = CLASS_BAD;
	}
}

/* The character just before block B's last bytes, blanks skipped, when
 * those bytes repeat block H whole and something comes before them; 0
 * otherwise. */
static gunichar before_copy(const char *data, const CrBlock *b, const CrBlock *h)
{
	gsize len = h->end - h->start;
	if (b->end - b->start <= len + 1 || data[b->end - 1] != data[h->end - 1] ||
	    memcmp(data + b->end - len, data + h->start, len) != 0)
		return 0;
	gsize pos = b->end - len;
	while (pos > b->start && data[pos - 1] == ' ')
		pos--;
	return pos > b->start ? g_utf8_get_char(g_utf8_prev_char(data + pos)) : 0;
}

/* TRUE for block I, below the page's headline, that is a label with a
 * colon before that headline: a link back to the story on the site it
 * was copied from ("Keep on reading: PNP identifies 11 suspects ..."). */
static gboolean links_the_headline(const char *data, const GArray *blocks, guint headline, guint i)
{
	return before_copy(data, &g_array_index(blocks, CrBlock, i),
			   &g_array_index(blocks, CrBlock, headline)) == ':';
}

void clean_judge_links_back(const char *data, const GArray *blocks, Info *info, guint n, guint headline)
{
	for (guint i = headline + 1; i < n; i++)
		if (links_the_headline(data, blocks, headline, i))
			info[i].cls = CLASS_BAD;
}

/* The longest trail of sections before the title it leads to
 * (clean_judge_trails()), in bytes; the most sections a trail that has
 * lost its arrows may name. */
#define TRAIL_BYTES    80
#define TRAIL_SECTIONS 3

/* TRUE when data[start,end), the part of a block before the title it
 * ends in, is a trail of sections: it ends in an arrow or a bar, or it is
 * one to three capitalised words whose arrows were lost ("Home Health"). */
static gboolean leads_to_title(const char *data, gsize start, gsize end, gunichar c)
{
	if (c == '>' || c == '|' || c == 0xBB || c == 0x203A || c == 0x2192)
		return TRUE;
	guint sections = g_unichar_isalpha(c) ? clean_capitalised_words(data, start, end) : 0;
	return sections >= 1 && sections <= TRAIL_SECTIONS;
}

void clean_judge_trails(const char *data, const GArray *blocks, Info *info, guint n)
{
	for (guint i = 0; i + 1 < n; i++) {
		const CrBlock *b = &g_array_index(blocks, CrBlock, i),
			      *title = &g_array_index(blocks, CrBlock, i + 1);
		if (info[i + 1].sentence || info[i + 1].words == 0 ||
		    b->end - b->start > title->end - title->start + TRAIL_BYTES)
			continue;
		gunichar c = before_copy(data, b, title);
		if (c && leads_to_title(data, b->start, b->end - (title->end - title->start), c))
			info[i].cls = CLASS_BAD;
	}
}

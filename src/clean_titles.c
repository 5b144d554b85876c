/* Other stories' titles around a report's story: the run of titles and
 * links that closes the page below its last paragraph, the site's
 * copyright notice and all under it, runs of titles set inside the
 * story, headlines under a kicker between two paragraphs and a run of
 * headlines printed with full stops under the story (called from
 * cr_clean_blocks(), clean.c). */
#include "clean_private.h"

#include <string.h>

/* TRUE for a title: a fragment that is no sentence, holds few English
 * function words and no more than a short label's number (a gallery's
 * "NGC 1300", "Skip to footer", "Autor: Vít Sedlák"); a sentence cut
 * short holds many ("He said that patients were evacuated to"), an
 * address or a team sheet more words ("Australia: 1 Travis Head, 2 ..."). */
static gboolean is_title(const Info *b)
{
	return !b->sentence && b->words > 0 && b->chars < SHORT_CHARS && b->stops * 2 <= b->words &&
	       (!b->digits || b->words <= 4);
}

/* TRUE for another story's headline in sentence case, too long for a
 * title: a fragment of four words or more under 140 characters, few
 * function words, no one's words ("Mudavadi denies Kenya's involvement
 * with Sudan's RSF, calls allegations politically driven"). */
static gboolean is_headline(const Info *b)
{
	return !b->sentence && !b->reported && !b->ellipsis && b->words >= 4 && b->chars < 2 * SHORT_CHARS &&
	       b->stops * 2 <= b->words;
}

/* TRUE for block I of a list of links: no sentence, opening with a
 * list's mark as a block beside it does ("- Air India flight returns
 * after bomb threat"). */
static gboolean in_link_list(const Info *info, guint n, guint i)
{
	return info[i].bullet && !info[i].sentence && info[i].chars < LONG_CHARS &&
	       ((i > 0 && info[i - 1].bullet) || (i + 1 < n && info[i + 1].bullet));
}

/* TRUE for what may close a page below its story: furniture, a date
 * stamp, a teaser breaking off in an ellipsis, a title, an item of a list
 * of links, a short line with a sign of furniture in no one's words ("Be
 * the first to comment", "Click below for more information"), a fragment
 * over a dated line of furniture (another story's title over its stamp:
 * "From the Kehwa Khanas to the Socials" over "17 November 2019 |
 * Excerpt | Agenda"). */
static gboolean closes_the_page(const Info *info, guint n, guint i)
{
	const Info *b = &info[i];
	return b->cls == CLASS_BAD || b->cls == CLASS_META || is_title(b) || is_headline(b) ||
	       (b->ellipsis && b->chars < LONG_CHARS && !b->reported) || in_link_list(info, n, i) ||
	       (b->evidence > 0 && b->chars < SHORT_CHARS && !b->reported) ||
	       (clean_is_fragment(b) && !b->reported && i + 1 < n && info[i + 1].cls == CLASS_BAD &&
		info[i + 1].dated);
}

/* TRUE for block I, a fragment that furniture fences in on both sides: a
 * prompt's line broken off ("To read the full article or to get the
 * complete feed from this publication, please" between "Click here to
 * read full article from source" and "Contact Us."), no paragraph. */
static gboolean fenced_fragment(const Info *info, guint n, guint i)
{
	return !info[i].sentence && i > 0 && i + 1 < n && info[i - 1].cls == CLASS_BAD &&
	       info[i + 1].cls == CLASS_BAD;
}

/* The page's foot: a run of two blocks or more that may close a page, at
 * its end below its last paragraph of text (not a teaser), is
 * furniture (a list of other stories, a gallery's captions, a byline and
 * comments): a story does not end on a run of titles. The very last
 * block, which may be a sentence cut short where the page was saved,
 * neither makes nor breaks the run, and falls with it when it closes a
 * page itself; a label there is no sentence cut short, and counts
 * ("SOURCE" over "Thomson Reuters"), nor is a title of bare words ending
 * on a capitalised one ("Feed Nova Scotia Food Drive at CBC"), where a
 * sentence cut short breaks off inside a word ("The quake prompted
 * initial tsunami warn") or holds a comma ("Turkish President Recep
 * Tayyip Erdogan, President of UA"). A run the story introduces as its
 * own list (clean_list_of_story()) stays, and so does a ranking opening
 * the run (clean_ranking_end()). */
void clean_judge_page_foot(const char *data, const GArray *blocks, Info *info, guint n)
{
	guint last = n;
	for (guint i = 0; i < n; i++)
		if (clean_is_solid(&info[i]) && !info[i].ellipsis && info[i].cls != CLASS_BAD &&
		    !fenced_fragment(info, n, i))
			last = i;
	if (last == n)
		return;
	/* "Jane Doe is a staff reporter covering Africa.": the page's last
	 * paragraph of text, under the story, opening as its author's
	 * biography, is the author's box */
	for (guint i = 0; i < last; i++)
		if (clean_is_solid(&info[i]) && info[last].bio) {
			info[last].cls = CLASS_BAD;
			break;
		}
	if (last + 1 == n)
		return;
	/* "For all the latest India News, download Indian Express App": a
	 * title with a hint of furniture ending on a name, alone under the
	 * story's last paragraph (a byline or a credit between them aside:
	 * "01/03/14 Jane Doe/The Paper" over "To Read the News in full at
	 * Source, Click the Headline"), is the site's pitch or signature, and so is
	 * one with a plain hint whatever its end ("Discussion about this
	 * post", a comment section's head), and so is a label of two words
	 * or more, a link's text ("Go To Top"); a sentence cut short where the
	 * page was saved shows no such hint ("Dr. Michael Ryan, WHO's"), nor
	 * a word it cuts ("Americ") */
	guint under = last + 1;
	while (under + 1 < n && info[under].cls == CLASS_META)
		under++;
	if (under + 1 == n && is_title(&info[n - 1]) &&
	    (info[n - 1].last_capital
		 ? info[n - 1].evidence > 0 || (info[n - 1].label && info[n - 1].words >= 2)
		 : info[n - 1].evidence >= 0.5) &&
	    !info[n - 1].reported && !info[n - 1].ellipsis && info[n - 1].cls != CLASS_META)
		info[n - 1].cls = CLASS_BAD;
	guint end = info[n - 1].sentence || info[n - 1].label ||
			    (info[n - 1].bare && info[n - 1].last_capital && is_title(&info[n - 1]))
			? n
			: n - 1,
	      start = end;
	while (start > last + 1 && closes_the_page(info, n, start - 1))
		start--;
	/* a ranking opening the run is the story's results: only what
	 * follows it may fall */
	guint ranked = clean_ranking_end(data, blocks, info, start, n);
	if (ranked > start)
		start = MIN(ranked, end);
	if (end - start < 2 || (start == last + 1 && clean_list_of_story(data, blocks, info, end, start)))
		return;
	/* a paragraph breaking off in an ellipsis right under the story's
	 * last is the story cut short where an aggregator stops quoting it
	 * ("... The expectation of a fully-fledged…" over "Read more on
	 * Benzinga"): it makes the run, and stays */
	if (start == last + 1 && info[start].ellipsis && info[start].first >= CLASS_NEARGOOD &&
	    !info[start].dateline)
		start++;
	for (guint i = start; i < n; i++)
		if (info[i].cls != CLASS_META && closes_the_page(info, n, i))
			info[i].cls = CLASS_BAD;
}

/* TRUE for a block shaped as another story's headline: a fragment (or a
 * question) in title case, no list item, no one's words. */
static gboolean is_linked_title(const Info *b)
{
	return b->title_case && b->chars < 2 * SHORT_CHARS && (!b->sentence || b->question) && !b->bullet &&
	       !b->reported && !b->duplicate;
}

/* The most blocks a site's notice closes (clean_judge_page_notice()). */
#define NOTICE_TAIL 4

/* The site's copyright notice below the story's first paragraph, among
 * the page's last NOTICE_TAIL + 1 blocks, closes the page: whatever
 * follows it is the site's, however it reads (the aggregator's account of
 * itself under "Copyright © 2022 Capital FM. All rights reserved.
 * Distributed by AllAfrica ...", a footer's links). Further up, a notice
 * closes one story of several, and the next is text. */
void clean_judge_page_notice(Info *info, guint n)
{
	guint story = clean_first_solid(info, n);
	for (guint i = n; i-- > story + 1 && n - i <= NOTICE_TAIL + 1;) {
		if (info[i].notice && info[i].cls == CLASS_BAD) {
			for (guint j = i + 1; j < n; j++)
				info[j].cls = CLASS_BAD;
			return;
		}
	}
}

/* The most words on each side of a pair's dash (pair_line()). */
#define PAIR_SIDE_WORDS 4

/* TRUE when data[start,end), a block's trimmed text, is one line of a list
 * of pairs (clean_all_pairs()). */
static gboolean pair_line(const char *data, gsize start, gsize end)
{
	gsize dash = end;
	for (gsize p = start; p < end;) {
		gsize at = p;
		gunichar c = next_char(data, end, &p);
		if (c == '\n' || c == '.' || c == '?' || c == '!' || c == ':' || c == '|')
			return FALSE;
		if (clean_is_dash(c) && at > start && data[at - 1] == ' ' && p < end && data[p] == ' ') {
			if (dash < end)
				return FALSE;
			dash = at;
		}
	}
	if (dash == end)
		return FALSE;
	gsize right = dash;
	next_char(data, end, &right);
	guint left_words = clean_count_words(data, start, dash - 1);
	guint right_words = clean_count_words(data, right + 1, end);
	return left_words >= 1 && left_words <= PAIR_SIDE_WORDS && right_words >= 1 &&
	       right_words <= PAIR_SIDE_WORDS && g_unichar_isupper(g_utf8_get_char(data + right + 1));
}

/* TRUE when every block of blocks[i,j) is a pair (pair_line()). */
gboolean clean_all_pairs(const char *data, const GArray *blocks, guint i, guint j)
{
	for (guint k = i; k < j; k++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, k);
		if (!pair_line(data, block->start, block->end))
			return FALSE;
	}
	return TRUE;
}

/* Inside the story (between its first and last paragraphs), a run of two
 * titles or more is a block of links to other stories set into it ("Heavy
 * Rain Closes Schools In The North" over "Government Pledges Flood
 * Funds"): a subhead heads text, and the points of a summary are not
 * titled. A run of pairs is the story's list ("Best Actor - Cillian
 * Murphy" over "Best Actress - Emma Stone", an election's or a prize's
 * results): it stays. */
void clean_judge_title_runs(const char *data, const GArray *blocks, Info *info, guint n)
{
	guint first = n, last = 0;
	for (guint i = 0; i < n; i++) {
		if (clean_is_solid(&info[i])) {
			first = MIN(first, i);
			last = i;
		}
	}
	for (guint i = first + 1; i < last && first < n;) {
		guint j = i;
		while (j < last && is_linked_title(&info[j]))
			j++;
		if (j - i >= 2 && !clean_all_pairs(data, blocks, i, j))
			for (guint k = i; k < j; k++)
				info[k].cls = CLASS_BAD;
		i = j > i ? j : i + 1;
	}
}

/* The fewest items of a list of links above the story
 * (clean_judge_head_links()). */
#define HEAD_LINKS_MIN 3

/* The fewest words of a title above such a run (head_title()). */
#define HEAD_TITLE_MIN_WORDS 3

/* TRUE for an item of a list of links: a list's mark, then another
 * story's title in title case, no sentence, no one's words. */
static gboolean linked_item(const Info *b)
{
	return b->bullet && b->title_case && !b->sentence && !b->reported && b->chars < 2 * SHORT_CHARS;
}

/* TRUE for a block that may be the page's title: not yet furniture, no
 * list's mark, byline or stamp, HEAD_TITLE_MIN_WORDS words or more. */
static gboolean head_title(const Info *b)
{
	return b->cls != CLASS_BAD && !b->bullet && !b->byline && !b->stamp &&
	       b->words >= HEAD_TITLE_MIN_WORDS;
}

/* Above the story's first paragraph, a run of HEAD_LINKS_MIN items or
 * more, each a list's mark and a title in title case ("- City Raccoons
 * Showing Signs of Domestication" over "- Regular Bedtime Does Wonders
 * for Blood Pressure"), is a list of other stories the site prints over
 * it when a block (the story's own title) stands between the run and the
 * first paragraph and no title stands above the run; a story's summary
 * points read in sentence case ("- Shares down 0.9 percent") and stay, and
 * so do title-case points under the story's title ("Governor Signs Four
 * Bills Into Law" over "- The Clean Water Protection Act") or running
 * straight into its first paragraph. */
void clean_judge_head_links(Info *info, guint n)
{
	/* a long title reads as solid text by itself: the story opens at the
	 * first solid block that is no such item */
	guint story = 0;
	while (story < n && (linked_item(&info[story]) || !clean_is_solid(&info[story])))
		story++;
	guint title = 0;
	while (title < story && !head_title(&info[title]))
		title++;
	for (guint i = 0; i < story && story < n;) {
		guint j = i;
		while (j < story && linked_item(&info[j]))
			j++;
		if (j - i >= HEAD_LINKS_MIN && j < story && title > i)
			for (guint k = i; k < j; k++)
				if (info[k].cls != CLASS_META)
					info[k].cls = CLASS_BAD;
		i = j > i ? j : i + 1;
	}
}

/* The most words of a headline's kicker before its colon, and the fewest
 * of the headline after it (a subhead is shorter: "Timeline: How the
 * crisis unfolded"). */
#define KICKER_MAX_WORDS 4
#define KICKED_MIN_WORDS 6

/* How many words data[start,end) holds: runs of letters and digits and
 * what joins them (a hyphen, an apostrophe); 0 when it holds a full stop,
 * a question or exclamation mark or a comma. */
static guint kicker_words(const char *data, gsize start, gsize end)
{
	guint words = 0;
	gboolean in_word = FALSE;
	for (gsize p = start; p < end;) {
		gunichar c = next_char(data, end, &p);
		if (c == '.' || c == '!' || c == '?' || c == ',')
			return 0;
		gboolean letter = g_unichar_isalnum(c);
		words += letter && !in_word;
		in_word = letter || (in_word && (c == '-' || c == '\'' || c == 0x2019));
	}
	return words;
}

/* TRUE when data[p,end) opens with an English article (general
 * knowledge: "the", "a", "an"). */
static gboolean opens_with_article(const char *data, gsize p, gsize end)
{
	return clean_word_at(data, p, end, "the") || clean_word_at(data, p, end, "a") ||
	       clean_word_at(data, p, end, "an");
}

/* TRUE when data[start,end) is a headline under a kicker: one to
 * KICKER_MAX_WORDS words (maybe quoted) and a colon, then
 * KICKED_MIN_WORDS words or more opening with a capital or a digit
 * ("Wayanad landslides: Kerala govt announces 2-day mourning; death toll
 * at 95", "French Open: Super Serena storm into third round"),
 * the form news sites give their headlines; a headline drops its
 * articles, where a subhead may not ("China's response: The region does
 * not welcome ..."); one with a comma, listing names ("... at Ford, GM,
 * Stellantis plants"), carries facts a report may share: it stays. */
static gboolean kicker_headline(const char *data, gsize start, gsize end)
{
	const char *colon = memchr(data + start, ':', end - start);
	if (!colon)
		return FALSE;
	gsize p = (gsize)(colon - data);
	guint kicker = kicker_words(data, start, p);
	if (kicker == 0 || kicker > KICKER_MAX_WORDS || p + 2 >= end || data[p + 1] != ' ' ||
	    !(g_ascii_isupper(data[p + 2]) || g_ascii_isdigit(data[p + 2])) ||
	    opens_with_article(data, p + 2, end))
		return FALSE;
	guint words = 0;
	gboolean in_word = FALSE;
	for (p += 2; p < end; p++) {
		if (data[p] == ',')
			return FALSE;
		gboolean blank = data[p] == ' ';
		words += !blank && !in_word;
		in_word = !blank;
	}
	return words >= KICKED_MIN_WORDS;
}

void clean_judge_kicker_titles(const char *data, const GArray *blocks, Info *info, guint n)
{
	guint first = clean_first_solid(info, n);
	for (guint i = first + 1; i < n; i++) {
		const Info *b = &info[i];
		if (b->cls == CLASS_BAD || b->sentence || b->ellipsis || b->bullet || b->byline ||
		    b->credit || b->duplicate || b->chars >= LONG_CHARS)
			continue;
		gint up = clean_beside(info, n, i, -1), down = clean_beside(info, n, i, 1);
		if (up < 0 || down < 0 || !clean_is_solid(&info[up]) || !clean_is_solid(&info[down]) ||
		    info[down].lower_start)
			continue;
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		if (!kicker_headline(data, block->start, block->end))
			continue;
		/* a live page's post under its own headline ("Cabinet minister: UK
		 * transport system cannot cope with extreme heat" over "Transport
		 * Secretary Grant Shapps conceded the UK's transport network cannot
		 * cope with the extreme heat."): half its topic words or more */
		guint count,
		    same = clean_shared_topics(data, block, &g_array_index(blocks, CrBlock, down), &count);
		if (same * 2 < count)
			info[i].cls = CLASS_BAD;
	}
}

/* The fewest words of a headline printed with a full stop. */
#define STOPPED_TITLE_WORDS 5

/* TRUE when a word after the first of data[start,end) opens with an
 * ASCII capital: a name. */
static gboolean names_after_first(const char *data, gsize start, gsize end)
{
	for (gsize p = start + 1; p + 1 < end; p++)
		if (data[p] == ' ' && g_ascii_isupper(data[p + 1]))
			return TRUE;
	return FALSE;
}

/* TRUE for block B, a headline printed with a full stop: one sentence
 * under 2 * SHORT_CHARS opening with a capital and naming someone or
 * somewhere after it, five words or more, few function words, no comma,
 * number or one's words ("Qilin ransomware gang linked to attack on
 * London hospitals."); a story's closing sentence reads with its articles
 * and function words ("The inquiry will report next year.", "Fares have
 * not yet been set.") or names no one ("Councillors approved the plan
 * unanimously."). */
static gboolean stopped_title(const char *data, const CrBlock *block, const Info *b)
{
	return b->sentence && !b->reported && !b->digits && !b->duplicate &&
	       b->words >= STOPPED_TITLE_WORDS && b->chars < 2 * SHORT_CHARS && b->stops * 3 <= b->words &&
	       data[block->end - 1] == '.' && g_ascii_isupper(data[block->start]) &&
	       !clean_sentence_inside(data, block->start, block->end) &&
	       !memchr(data + block->start, ',', block->end - block->start) &&
	       !opens_with_article(data, block->start, block->end) &&
	       names_after_first(data, block->start, block->end);
}

void clean_judge_stopped_titles(const char *data, const GArray *blocks, Info *info, guint n)
{
	guint end = n;
	while (end > 0 && (info[end - 1].cls == CLASS_BAD || info[end - 1].label || info[end - 1].words == 0))
		end--;
	guint start = end;
	while (start > 0 && stopped_title(data, &g_array_index(blocks, CrBlock, start - 1), &info[start - 1]))
		start--;
	if (end - start < 2 || clean_first_solid(info, start) >= start)
		return;
	for (guint i = start; i < n; i++)
		info[i].cls = CLASS_BAD;
}

/* Flagging page furniture in a report split into blocks.
 *
 * Blocks are paragraphs (or lines, where a report puts one paragraph per
 * line). Each block is given a first class by clean_classify.c; a context
 * pass here then settles short and doubtful blocks by their neighbours and
 * by the furniture runs at the top and bottom of the page, and runs the
 * rules of the other clean_*.c files in turn. Verbatim repeats are flagged
 * on the way. */
#define _GNU_SOURCE /* memmem */
#include "clean_private.h"

#include <string.h>

/* Duplicates shorter than this are flagged on their later copies. */
#define DUP_SHORT_CHARS 40
/* A page's headline is looked for among its first this many blocks of
 * two words or more. */
#define HEADLINE_BLOCKS 5
/* The most bytes a block may add to a copy of another: a signature or a
 * credit after a repeated description, a site's name after a title. */
#define COPY_TAIL_BYTES 40
/* The fewest bytes of a page's title its title element repeats. */
#define TITLE_MIN_BYTES 20

/* ---- judging by context ---------------------------------------------- */

/* TRUE when block B is what a page sets above its headline: a section
 * label ("CRIME", "Disasters & Accidents"), a site's name ("Google search
 * engine"), a breadcrumb, a pitch ("Unlock stock picks ...": a short
 * sentence with a sign of furniture), a stamp run into a button ("date
 * 2023-12-17 Open Menu"); not a dateline, a byline or a date in words. */
static gboolean tops_the_page(const Info *b)
{
	if ((b->dated && !b->stamp) || b->byline || b->dateline)
		return FALSE;
	if (b->sentence)
		return b->evidence > 0 && b->chars < LONG_CHARS;
	return b->label || b->evidence > 0 || (b->words <= 4 && b->chars <= 40);
}

/* How much article text surrounds block I: its text neighbours within two
 * blocks that are not copies of it. */
static guint text_around(const Info *info, guint n, guint i)
{
	guint score = 0;

	for (guint j = i >= 2 ? i - 2 : 0; j <= i + 2 && j < n; j++)
		score += j != i && info[j].first >= CLASS_NEARGOOD && info[j].key_hash != info[i].key_hash;
	return score;
}

/* TRUE when blocks A and B hold the same words: the same bytes, or the
 * same words once read again (case and line breaks aside). */
static gboolean same_words(const char *data, const CrBlock *a, const CrBlock *b, Reader *r)
{
	gsize len = a->end - a->start;
	if (len == b->end - b->start && memcmp(data + a->start, data + b->start, len) == 0)
		return TRUE;
	Info scratch = { 0 };
	clean_read_block(data, a, r, &scratch);
	g_autofree char *words = g_strndup(r->keys, r->keys_len);
	clean_read_block(data, b, r, &scratch);
	return strcmp(words, r->keys) == 0;
}

/* Flags verbatim repeats: of each set of copies, the one that sits among
 * the most article text is kept (the later one on a tie, or always for
 * short blocks such as a repeated headline), the others are flagged. */
static void find_duplicates(const char *data, const GArray *blocks, Info *info, guint n, Reader *r)
{
	g_autoptr(GHashTable) keeper = g_hash_table_new(g_int64_hash, g_int64_equal);

	for (guint i = 0; i < n; i++) {
		if (info[i].words == 0 || info[i].dropcap_pair)
			continue;
		gpointer found;
		if (!g_hash_table_lookup_extended(keeper, &info[i].key_hash, NULL, &found)) {
			g_hash_table_insert(keeper, &info[i].key_hash, GUINT_TO_POINTER(i));
			continue;
		}
		guint kept = GPOINTER_TO_UINT(found);
		const CrBlock *copy = &g_array_index(blocks, CrBlock, i);
		if (!same_words(data, copy, &g_array_index(blocks, CrBlock, kept), r))
			continue; /* the hashes met by chance */
		guint around = text_around(info, n, i);
		if (info[i].chars >= DUP_SHORT_CHARS && around > text_around(info, n, kept)) {
			info[kept].duplicate = TRUE;
			g_hash_table_insert(keeper, &info[i].key_hash, GUINT_TO_POINTER(i));
		} else {
			info[i].duplicate = TRUE;
		}
	}
}

/* The most words of a label whose copy is furniture with it. */
#define COPIED_LABEL_WORDS 4

/* The blocks that fell and are no copies, counted by their words' hash
 * (Info.key_hash), for copies_furniture(); NULL when no block could ask. */
static GHashTable *fallen_originals(const Info *info, guint n)
{
	gboolean asks = FALSE;
	for (guint i = 0; i < n && !asks; i++)
		asks = info[i].duplicate && info[i].words <= COPIED_LABEL_WORDS;
	if (!asks)
		return NULL;
	GHashTable *fallen = g_hash_table_new(g_int64_hash, g_int64_equal);
	for (guint i = 0; i < n; i++)
		if (info[i].cls == CLASS_BAD && !info[i].duplicate)
			g_hash_table_insert(
			    fallen, (gpointer)&info[i].key_hash,
			    GUINT_TO_POINTER(
				GPOINTER_TO_UINT(g_hash_table_lookup(fallen, &info[i].key_hash)) + 1));
	return fallen;
}

/* Counts block I in FALLEN (fallen_originals()) as its class went from
 * WAS to what it is now. */
static void fallen_update(GHashTable *fallen, const Info *info, guint i, guint was)
{
	if (!fallen || info[i].duplicate || (was == CLASS_BAD) == (info[i].cls == CLASS_BAD))
		return;
	guint count = GPOINTER_TO_UINT(g_hash_table_lookup(fallen, &info[i].key_hash));
	count = info[i].cls == CLASS_BAD ? count + 1 : count - 1;
	g_hash_table_insert(fallen, (gpointer)&info[i].key_hash, GUINT_TO_POINTER(count));
}

/* TRUE when block I, a copy (the caller tests it), is a short label
 * printed again as a copy of a block that fell and is no copy itself
 * ("Advertise with NZME." under the page's menu, whose "• Advertise with
 * NZME" fell): a copy of furniture. FALLEN counts the blocks that fell and
 * are no copies by their hash (fallen_originals()), so that a page of
 * many copies is not read once for each. */
static gboolean copies_furniture(const Info *info, GHashTable *fallen, guint i)
{
	if (info[i].cls == CLASS_BAD || info[i].words > COPIED_LABEL_WORDS || !fallen)
		return FALSE;
	return GPOINTER_TO_UINT(g_hash_table_lookup(fallen, &info[i].key_hash)) > 0;
}

typedef enum { SIDE_EDGE, SIDE_BAD, SIDE_NEUTRAL, SIDE_GOOD } Side;

/* What a search for a block's neighbours passes over, besides short
 * blocks, drop caps and duplicates. */
typedef enum {
	PASS_NEARGOOD = 1 << 0,
	PASS_BUTTONS = 1 << 1, /* what sits inside a story: buttons ("Advertisement", "Share") and captions */
} Passes;

/* The nearest side (Side) on each hand of every block: a byte each. */
typedef struct {
	guint8 *before, *after;
} Sides;

/* The side block B presents to its neighbours; -1 when it is passed over. */
static int side_of(const Info *b, Passes passes)
{
	if (b->duplicate || b->letter || b->first == CLASS_SHORT ||
	    ((passes & PASS_NEARGOOD) && b->first == CLASS_NEARGOOD) ||
	    ((passes & PASS_BUTTONS) && b->first == CLASS_BAD && (b->label || b->credit)))
		return -1;
	return b->first == CLASS_BAD ? SIDE_BAD : b->first == CLASS_META ? SIDE_NEUTRAL : SIDE_GOOD;
}

/* Finds the sides of every block, in two sweeps. */
static Sides find_sides(const Info *info, guint n, Passes passes)
{
	Sides sides = { g_new(guint8, n), g_new(guint8, n) };
	Side seen = SIDE_EDGE;
	for (guint i = 0; i < n; i++) {
		sides.before[i] = seen;
		int s = side_of(&info[i], passes);
		if (s >= 0)
			seen = (Side)s;
	}
	seen = SIDE_EDGE;
	for (guint i = n; i-- > 0;) {
		sides.after[i] = seen;
		int s = side_of(&info[i], passes);
		if (s >= 0)
			seen = (Side)s;
	}
	return sides;
}

static void sides_free(Sides *sides)
{
	g_free(sides->before);
	g_free(sides->after);
}

/* TRUE when block B (at I) is fenced in with furniture, or with furniture
 * and the end of the page. The top of the page fences in only labels: a
 * headline may sit between it and a share button. */
static gboolean fenced_by_furniture(const Info *b, const Sides *sides, guint i)
{
	Side a = sides->before[i], c = sides->after[i];
	return (a == SIDE_BAD && (c == SIDE_BAD || c == SIDE_EDGE)) ||
	       (c == SIDE_BAD && a == SIDE_EDGE && b->label);
}

/* TRUE when short block I sits among article text: text on both hands,
 * or a sentence with text on one hand and no furniture on the other. */
static gboolean reads_among_text(const Info *b, const Sides *sides, guint i)
{
	Side a = sides->before[i], c = sides->after[i];
	if (a == SIDE_GOOD && c == SIDE_GOOD)
		return TRUE;
	return b->sentence && (a == SIDE_GOOD || c == SIDE_GOOD) && a != SIDE_BAD && c != SIDE_BAD;
}

/* TRUE when a run of two blocks or more of furniture or fragments (the
 * titles of links) stands just above block I: a page's furniture comes in
 * runs (a list, a row of links), what sits inside a story comes alone (a
 * link to another story, an advertisement's notice, a quoted post). */
static gboolean after_furniture_run(const Info *info, guint i)
{
	guint run = 0;
	for (guint j = i; j-- > 0 && run < 2;) {
		const Info *b = &info[j];
		if (b->duplicate || b->letter)
			continue;
		if (b->first != CLASS_BAD && (b->first != CLASS_SHORT || b->sentence))
			break;
		run++;
	}
	return run >= 2;
}

/* TRUE when short block I is the story's last sentence after one block of
 * furniture set into it (an embedded post's signature, a caption): a
 * sentence with no sign of furniture that only the page's end and that
 * block fence in; a run of furniture above it ends the story. */
static gboolean ends_the_story(const Info *info, const Sides *sides, guint i)
{
	return info[i].sentence && info[i].evidence == 0 && sides->after[i] == SIDE_EDGE &&
	       !after_furniture_run(info, i);
}

/* jusText's second pass: short blocks take the class of the blocks around
 * them (a short sentence looks past buttons such as "Advertisement", as
 * it may sit between two in the middle of a story); suspect near-good
 * blocks fall with furniture on both hands. */
static void judge_by_neighbours(Info *info, guint n)
{
	Sides near = find_sides(info, n, 0);
	Sides past_buttons = find_sides(info, n, PASS_BUTTONS);
	Sides past_text = find_sides(info, n, PASS_NEARGOOD);

	for (guint i = 0; i < n; i++) {
		Info *b = &info[i];
		const Sides *sides = b->sentence ? &past_buttons : &near;
		if (b->first == CLASS_SHORT && fenced_by_furniture(b, sides, i) &&
		    !ends_the_story(info, sides, i))
			b->cls = CLASS_BAD;
		else if (b->first == CLASS_SHORT && reads_among_text(b, sides, i))
			b->cls = CLASS_NEARGOOD;
		else if (clean_is_suspect(b) && fenced_by_furniture(b, &past_text, i))
			b->cls = CLASS_BAD;
	}
	sides_free(&near);
	sides_free(&past_buttons);
	sides_free(&past_text);
}

/* TRUE when block B may be a page's headline: four words or more, no
 * sentence but a short question ("Why Is Bitcoin Up Today?"). */
static gboolean may_be_headline(const Info *b)
{
	return b->words >= 4 && b->words <= 30 && (!b->sentence || (b->question && b->words <= 15)) &&
	       !b->label && !b->dated && b->cls != CLASS_BAD;
}

/* The page's headline: the first block that may be one among the first
 * LIMIT; N when there is none. */
static guint find_headline(const Info *info, guint n, guint limit)
{
	for (guint i = 0; i < MIN(n, limit); i++)
		if (may_be_headline(&info[i]))
			return i;
	return n;
}

/* The headline at the page's top: the first block that may be one among
 * its first HEADLINE_BLOCKS of two words or more (a row of one-word
 * buttons, "Oops.", does not count); N when there is none. */
static guint page_headline(const Info *info, guint n)
{
	for (guint i = 0, counted = 0; i < n && counted < HEADLINE_BLOCKS; i++) {
		if (may_be_headline(&info[i]))
			return i;
		counted += info[i].words >= 2;
	}
	return n;
}

/* What stands above the page's headline is a section label, a site's name,
 * a pitch or a notice too short to judge ("Oops."): furniture. Judged
 * last, so that the headline does not fall with what stands above it. */
static void judge_page_top(const char *data, const GArray *blocks, Info *info, guint n)
{
	guint headline = page_headline(info, n);
	if (headline < n && clean_story_above_headline(data, blocks, info, n, headline))
		return;
	gboolean text_above = FALSE, paragraph_above = FALSE;
	for (guint i = 0; i < headline && headline < n; i++) {
		/* a paragraph under another is the story's, whatever follows it,
		 * and so is a long one that is no sentence and no caption (a
		 * transcript's line run on: a pitch or a notice above a headline
		 * is a sentence); a short sentence under a paragraph is the
		 * story's too, and what was taken for the headline below it a
		 * pitch set in the story ("Urgent: ... Vote Now in Urgent Poll") */
		if ((tops_the_page(&info[i]) && !(info[i].first == CLASS_GOOD &&
						  (text_above || (!info[i].sentence && !info[i].credit)))) ||
		    (info[i].first == CLASS_SHORT && info[i].sentence && !info[i].dated && !info[i].byline &&
		     !info[i].dateline && !paragraph_above))
			info[i].cls = CLASS_BAD;
		text_above |= clean_is_solid(&info[i]);
		paragraph_above |= info[i].first == CLASS_GOOD && !info[i].duplicate;
	}
	if (headline < n)
		return;
	/* No headline (an author's box, a feed's item): above the first
	 * paragraph, what would top a page falls once furniture has begun
	 * ("Profile| Send Message|" then "( followers)"), and a label of one
	 * word opening the page is its section or kind ("Article"). */
	gboolean furniture = FALSE;
	for (guint i = 0; i < n && !clean_is_solid(&info[i]); i++) {
		furniture |= info[i].cls == CLASS_BAD ||
			     (i == 0 && n > 1 && info[i].label && info[i].words == 1 && !info[i].place_line);
		/* ... but for the title under a post's date: a blog's post sets
		 * its date over its title ("Sunday, June 4, 2017" over "The Zoo
		 * Houdinis"), words opening with a capital */
		gboolean post_title =
		    i > 0 && info[i - 1].stamp && !info[i].lower_start && info[i].words >= 2;
		if (furniture && info[i].cls == CLASS_SHORT && !info[i].sentence && tops_the_page(&info[i]) &&
		    !post_title)
			info[i].cls = CLASS_BAD;
	}
}

/* TRUE for a short block that reads as no article text between a
 * headline and its story: a label and a colon before a short sentence
 * ("Champions: Australia's players celebrate with the trophy.") or a
 * fragment of four words at most ("Key points:", "Helen Tarrant, Crime
 * correspondent"); a block with a number may be a figure of the story
 * ("SLP: 47 seats"), a longer fragment a subject line or a live page's
 * heading, a name in capitals on its own line the story's dateline
 * ("ANKARA"). */
static gboolean is_aside(const Info *b)
{
	return b->first == CLASS_SHORT && b->cls != CLASS_BAD && b->words > 0 && !b->letter && !b->digits &&
	       !b->duplicate && !b->place_line &&
	       ((b->colon_label && b->sentence) || (!b->sentence && b->words <= 4));
}

/* TRUE for a near-good block that furniture other than buttons fences in
 * (SIDES passing buttons), a run of it above, and that reports no one's
 * words: a notice among the links at a page's foot. */
static gboolean is_island(const Info *info, const Sides *sides, guint i)
{
	return info[i].first == CLASS_NEARGOOD && !info[i].reported &&
	       fenced_by_furniture(&info[i], sides, i) && after_furniture_run(info, i);
}

/* The furniture runs at the top and bottom of the page: above the first
 * solid paragraph and below the last, a suspect block falls when
 * furniture lies between it and the edge; below the last, so do the
 * islands of text in furniture that end the page ("Data is delayed at
 * least 15 minutes."), but not one that more of the story follows. */
static void judge_page_ends(Info *info, guint n)
{
	guint first = n, last = n;
	Sides sides = find_sides(info, n, PASS_BUTTONS);

	for (guint i = 0; i < n; i++) {
		if (clean_is_solid(&info[i])) {
			first = MIN(first, i);
			last = i;
		}
	}
	if (first == n) {
		sides_free(&sides);
		return;
	}
	while (last > first && is_island(info, &sides, last)) {
		while (last-- > first && !clean_is_solid(&info[last]))
			;
	}
	gboolean furniture = FALSE;
	for (guint i = n; i-- > last + 1;) {
		furniture |= info[i].cls == CLASS_BAD;
		if (furniture && info[i].cls == CLASS_NEARGOOD &&
		    (clean_is_suspect(&info[i]) || is_island(info, &sides, i)))
			info[i].cls = CLASS_BAD;
	}
	sides_free(&sides);
	furniture = FALSE;
	for (guint i = 0; i < first; i++) {
		furniture |= info[i].cls == CLASS_BAD;
		if (furniture && info[i].cls == CLASS_NEARGOOD && clean_is_suspect(&info[i]))
			info[i].cls = CLASS_BAD;
	}
}

/* The fewest words of a picture's label in title case (keyword_label()). */
#define KEYWORD_LABEL_WORDS 6

/* TRUE for a picture's label or alternative text written as keywords:
 * six words or more, every one capitalised, one function word in eight
 * at most, no punctuation ("Shark Encounter Close Calls Southern
 * California Beaches", "Taxi Driver Protest Against Online Taxi Services
 * Islamabad"); a headline reads with its function words and sets the
 * short ones in lower case ("Outbreak of Rare Virus Hits North District
 * Hospital"). */
static gboolean keyword_label(const char *data, const CrBlock *block, const Info *b)
{
	return b->title_case && !b->sentence && !b->duplicate && !b->digits &&
	       b->words >= KEYWORD_LABEL_WORDS && b->stops * 8 <= b->words && b->chars < SHORT_CHARS &&
	       clean_capitalised_words(data, block->start, block->end) == b->words;
}

/* TRUE for a post's categories as a blog prints them under its headline:
 * two or more items set apart by commas, each one to four capitalised
 * words, one of them another item and a dash and more words, a child
 * category named under its parent's name ("Health Trends, Health Trends
 * - USA"); a place and its region ("Portland, Oregon") names no item
 * twice. */
static gboolean category_list(const char *data, const CrBlock *block, const Info *b)
{
	if (b->sentence || b->digits || b->chars >= SHORT_CHARS ||
	    !memchr(data + block->start, ',', block->end - block->start))
		return FALSE;
	gsize first = 0, first_len = 0;
	gboolean child = FALSE;
	for (gsize p = block->start; p < block->end;) {
		gsize a = p, e = p;
		while (e < block->end && data[e] != ',')
			e++;
		p = e + 1;
		clean_trim(data, &a, &e);
		const char *dash = memmem(data + a, e - a, " - ", 3);
		gsize head_end = dash ? (gsize)(dash - data) : e;
		guint words = clean_capitalised_words(data, a, head_end);
		if (first_len == 0) {
			first = a;
			first_len = e - a;
		} else if (dash) {
			/* a child category under its parent's name */
			if (head_end - a != first_len || memcmp(data + a, data + first, first_len) != 0)
				return FALSE;
			words = clean_capitalised_words(data, head_end + 3, e);
			child = TRUE;
		}
		if (words < 1 || words > 4 || (dash && !child))
			return FALSE;
	}
	return child;
}

/* The first character block LONGER adds after opening with a copy of
 * block SHORTER (of MIN_BYTES or more), spaces skipped, *POS left after
 * it; 0 when LONGER does not open so or adds more than COPY_TAIL_BYTES. */
static gunichar copy_tail(const char *data, const CrBlock *shorter, const CrBlock *longer, gsize min_bytes,
			  gsize *pos)
{
	if (!clean_opens_with_copy(data, shorter, longer, min_bytes, COPY_TAIL_BYTES))
		return 0;
	*pos = longer->start + (shorter->end - shorter->start);
	gunichar c = ' ';
	while (*pos < longer->end && c == ' ')
		c = next_char(data, longer->end, pos);
	return c;
}

/* TRUE when block B repeats block A, the block before it, and adds a
 * signature or a credit after a dash ("... 600. -SS-- The Associated
 * Press"; "...; 46.5 mm x 76 mm; — AP"): an embedded post's fallback
 * text, a caption under its picture's description. */
static gboolean signed_copy(const char *data, const CrBlock *a, const CrBlock *b)
{
	gsize pos;
	return clean_is_dash(copy_tail(data, a, b, SHORT_CHARS / 2, &pos));
}

/* TRUE when block A is block B, a block below it, with a site's name
 * (one to four capitalised words) after a dash or a bar: the page's
 * title element over its headline ("Police fire on demonstrators ... -
 * News Summed Up" over "Police fire on demonstrators ...", "...
 * runoff-Xinhua" over "... runoff"). */
static gboolean site_titled_copy(const char *data, const CrBlock *a, const CrBlock *b)
{
	gsize pos;
	gunichar c = copy_tail(data, b, a, TITLE_MIN_BYTES, &pos);
	if (!clean_is_dash(c) && c != '|')
		return FALSE;
	while (pos < a->end && data[pos] == ' ')
		pos++;
	guint words = clean_capitalised_words(data, pos, a->end);
	return words >= 1 && words <= 4;
}

/* TRUE when block I, between HEADLINE and STORY, is a pair beside
 * another: a list of pairs in a row is the story's ("Best Actor - Cillian
 * Murphy" over "Best Actress - Emma Stone"). */
static gboolean pair_in_row(const char *data, const GArray *blocks, guint i, guint headline, guint story)
{
	return clean_all_pairs(data, blocks, i, i + 1) &&
	       ((i + 1 < story && clean_all_pairs(data, blocks, i + 1, i + 2)) ||
		(i > headline + 1 && clean_all_pairs(data, blocks, i - 1, i)));
}

/* Between the page's headline and its story (its first paragraph that
 * reads as text and is not suspect, but for a standfirst right under the
 * headline) a page sets bylines, captions, labels and buttons: an aside
 * there is furniture, and so are a suspect paragraph below the standfirst
 * ("This image is AI-generated and does not depict ...") and a picture's
 * label in keywords. (jusText holds a page's edges for furniture; above
 * the headline, judge_page_top() decides.) */
static void judge_page_head(const char *data, const GArray *blocks, Info *info, guint n)
{
	guint first = 0;
	while (first < n && (info[first].duplicate || info[first].first < CLASS_NEARGOOD ||
			     (info[first].first == CLASS_NEARGOOD && may_be_headline(&info[first]))))
		first++;
	guint headline = find_headline(info, n, first), story = n;
	if (headline >= n)
		return;
	for (guint i = headline + 1; i < n && story == n; i++)
		if (clean_is_solid(&info[i]) && i > headline + 1)
			story = i;
	const CrBlock *top = &g_array_index(blocks, CrBlock, headline);
	for (guint i = headline + 1; i < story; i++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		/* what was taken for the headline is the page's title element
		 * over it: the headline stays, short as it may be */
		if (site_titled_copy(data, top, block))
			continue;
		/* a title over its byline is the story's own headline, the block
		 * taken for it a widget's title over the page ("Blog Subscription
		 * via Follow.it" over "Essay: Why Steal a Rembrandt ..." over "By
		 * Lynda Albertson, ARCA's CEO") */
		gint down = clean_beside(info, n, i, 1);
		if (info[i].title_case && (!info[i].sentence || info[i].question) && down >= 0 &&
		    info[down].byline)
			continue;
		if ((is_aside(&info[i]) || (i > headline + 1 && clean_is_suspect(&info[i])) ||
		     keyword_label(data, block, &info[i]) || category_list(data, block, &info[i])) &&
		    !pair_in_row(data, blocks, i, headline, story))
			info[i].cls = CLASS_BAD;
	}
}

/* TRUE when block B, the block after fragment A, opens with A and a full
 * stop or a colon: a picture's title and its description ("Football
 * Training Center" over "Football Training Center. Soccer Player ..."). */
static gboolean titled_copy(const char *data, const CrBlock *a, const CrBlock *b)
{
	gsize len = a->end - a->start;
	return b->end - b->start > len + 1 && memcmp(data + a->start, data + b->start, len) == 0 &&
	       (data[b->start + len] == '.' || data[b->start + len] == ':');
}

/* TRUE when block B is one word and a blank before a copy of block A,
 * the page's headline ("SHARE Wind drags hot air balloon ..."): a
 * button's label run on to the title it shares. */
static gboolean word_over_copy(const char *data, const CrBlock *a, const CrBlock *b)
{
	gsize len = a->end - a->start;
	if (b->end - b->start <= len + 1 || memcmp(data + b->end - len, data + a->start, len) != 0 ||
	    data[b->end - len - 1] != ' ')
		return FALSE;
	return !memchr(data + b->start, ' ', b->end - len - 1 - b->start);
}

/* The most words of a site's tagline between a title and its copy. */
#define TAGLINE_WORDS 5

/* Repeats that are furniture: a fragment printed again further down (a
 * headline set again over a picture, a sticky header), the page's
 * headline printed again (maybe after a share button's word), a short
 * block printed twice in a row below the top of the story (a picture's
 * description and its caption), or printed again with a signature
 * after it (an embedded post), and a fragment the block after it opens
 * with (a picture's title over its description), a description the
 * block after it repeats with a credit, the page's title over its
 * headline with the site's name above the story, and a tagline between
 * a title and its copy. */
static void judge_repeats(const char *data, const GArray *blocks, Info *info, guint n)
{
	g_autoptr(GHashTable) seen = g_hash_table_new(g_int64_hash, g_int64_equal);
	gboolean below_top = FALSE;
	guint headline = page_headline(info, n);
	for (guint i = 0; i < n; i++) {
		gboolean headline_again =
		    headline < i && ((info[i].duplicate && info[i].key_hash == info[headline].key_hash) ||
				     (info[i].speaks && !info[i].sentence &&
				      word_over_copy(data, &g_array_index(blocks, CrBlock, headline),
						     &g_array_index(blocks, CrBlock, i))));
		if (headline_again ||
		    (clean_is_fragment(&info[i]) && !g_hash_table_add(seen, &info[i].key_hash)))
			info[i].cls = CLASS_BAD;
		gboolean copy = i > 0 && info[i].words > 0 && info[i].chars < LONG_CHARS &&
				((info[i].key_hash == info[i - 1].key_hash &&
				  (info[i].duplicate || info[i - 1].duplicate)) ||
				 signed_copy(data, &g_array_index(blocks, CrBlock, i - 1),
					     &g_array_index(blocks, CrBlock, i)));
		if (below_top && copy)
			info[i].cls = info[i - 1].cls = CLASS_BAD;
		if (i > 0 && clean_credited_copy(data, &g_array_index(blocks, CrBlock, i - 1),
						 &g_array_index(blocks, CrBlock, i), &info[i]))
			info[i - 1].cls = CLASS_BAD;
		/* the headline may stand under a section's label ("Local") */
		guint under = i + 1 + (i + 2 < n && info[i + 1].label && info[i + 1].words == 1);
		if (!below_top && under < n && info[i].chars < LONG_CHARS &&
		    site_titled_copy(data, &g_array_index(blocks, CrBlock, i),
				     &g_array_index(blocks, CrBlock, under)))
			info[i].cls = CLASS_BAD;
		if (i > 0 && clean_is_fragment(&info[i - 1]) && info[i].chars < LONG_CHARS &&
		    titled_copy(data, &g_array_index(blocks, CrBlock, i - 1),
				&g_array_index(blocks, CrBlock, i)))
			info[i].cls = info[i - 1].cls = CLASS_BAD;
		/* a few capitalised words between a title and its copy under
		 * them are the site's tagline or section ("Science Outreach
		 * Specialists"); a deck in a sentence's case ("Ferries cancelled
		 * until Friday") and a place line are the story's */
		if (!below_top && i > 0 && i + 1 < n && clean_is_fragment(&info[i]) &&
		    info[i].words <= TAGLINE_WORDS && !info[i].digits && info[i].cls != CLASS_META &&
		    info[i - 1].words > 0 && info[i + 1].key_hash == info[i - 1].key_hash &&
		    info[i + 1].chars == info[i - 1].chars &&
		    clean_capitalised_words(data, g_array_index(blocks, CrBlock, i).start,
					    g_array_index(blocks, CrBlock, i).end) > 0)
			info[i].cls = CLASS_BAD;
		below_top |= clean_is_solid(&info[i]);
	}
}

/* A short block ending in a colon with a sign of furniture, over
 * furniture, heads it: "No comments:" over "Post a Comment" ("Below is
 * the full statement:", with no sign, is the story's); a furniture label
 * alone before its colon names the block under it, however long, as it
 * names its own block when it opens one ("Legal Disclaimer:" over
 * "MENAFN provides the information ..."). */
static void judge_introductions(Info *info, guint n)
{
	for (guint i = n; i-- > 1;) {
		Info *b = &info[i - 1];
		if (b->labels_next && info[i].cls != CLASS_META)
			b->cls = info[i].cls = CLASS_BAD;
		if (b->introduces && b->chars < SHORT_CHARS && b->cls != CLASS_META && b->evidence > 0 &&
		    info[i].cls == CLASS_BAD)
			b->cls = CLASS_BAD;
	}
}

/* The most bytes of a stamp counting years or months. */
#define YEARS_AGO_BYTES 18

/* TRUE when block B is a stamp counting years or months back and nothing
 * else: "1 year ago", "a year ago", "11 months ago" (the stamp words
 * leave out "year" and "month", common in story text). */
static gboolean counts_years_ago(const char *data, const CrBlock *b)
{
	static const char *const units[] = { "year ", "years ", "month ", "months " };
	gsize p = b->start, end = b->end;
	if (end - p > YEARS_AGO_BYTES)
		return FALSE;
	while (p < end && g_ascii_isdigit(data[p]))
		p++;
	if (p == b->start && clean_word_at(data, p, end, "a"))
		p++;
	if (p == b->start || p >= end || data[p++] != ' ')
		return FALSE;
	for (guint k = 0; k < G_N_ELEMENTS(units); k++) {
		gsize len = strlen(units[k]);
		if (p + len + 3 == end && memcmp(data + p, units[k], len) == 0)
			return memcmp(data + p + len, "ago", 3) == 0;
	}
	return FALSE;
}

/* TRUE when block B is two to six capitals and nothing else, in
 * brackets or bare: an agency's name closing its copy, "(ANI)", "IANS";
 * or bare with a slash after them, an editor's initials closing the copy
 * as the Tehran Times signs it ("EF/"). */
static gboolean agency_capitals(const char *data, const CrBlock *b)
{
	gsize start = b->start, end = b->end;
	gboolean bracketed = end - start >= 4 && data[start] == '(' && data[end - 1] == ')';
	if (bracketed) {
		start++;
		end--;
	}
	gsize q = start;
	while (q < end && g_ascii_isupper(data[q]))
		q++;
	if (!bracketed && q + 1 == end && data[q] == '/' && q - start >= 2)
		end = q;
	return q == end && end - start >= 2 && end - start <= 6;
}

/* The evidence as one number: above 0 reads as article text. */
static double score_of(const Info *b)
{
	switch (b->cls) {
	case CLASS_GOOD:
		return 1.0;
	case CLASS_NEARGOOD:
		return 0.5;
	case CLASS_BAD:
		return -1.0 - b->evidence;
	default:
		return -0.1 * b->evidence;
	}
}

void cr_clean_from_line_start(const CrDoc *doc, CrBlock *b)
{
	const char *data = doc->data;
	gsize p = b->start;
	while (p > doc->text_start && (data[p - 1] == ' ' || data[p - 1] == '\t'))
		p--;
	if (p == doc->text_start || data[p - 1] == '\n')
		b->start = p;
}

GArray *cr_clean_blocks(const CrDoc *doc)
{
	GArray *blocks = clean_split_blocks(doc);
	guint n = blocks->len;
	g_autofree Info *info = g_new0(Info, n);
	Reader reader = { 0 };

	clean_classify_blocks(doc, blocks, info, &reader);
	find_duplicates(doc->data, blocks, info, n, &reader);
	judge_by_neighbours(info, n);
	judge_page_ends(info, n);
	clean_judge_credit_lines(doc->data, blocks, info, n);
	clean_judge_bylines(doc->data, blocks, info, n);
	clean_judge_marks(doc->data, blocks, info, n);
	clean_judge_cards(doc->data, blocks, info, n, clean_first_solid(info, n));
	clean_judge_lists(info, n);
	clean_judge_labels(info, n);
	judge_page_top(doc->data, blocks, info, n);
	judge_page_head(doc->data, blocks, info, n);
	judge_repeats(doc->data, blocks, info, n);
	clean_judge_trails(doc->data, blocks, info, n);
	clean_judge_page_notice(info, n);
	clean_judge_page_foot(doc->data, blocks, info, n);
	clean_judge_stopped_titles(doc->data, blocks, info, n);
	clean_judge_dated_links(info, n);
	clean_judge_links_back(doc->data, blocks, info, n, page_headline(info, n));
	clean_judge_title_runs(doc->data, blocks, info, n);
	clean_judge_head_links(info, n);
	clean_judge_numbered_links(info, n);
	clean_judge_numbered_comments(info, n);
	judge_introductions(info, n);
	clean_judge_reader_boxes(info, n);
	clean_judge_guidelines(doc->data, blocks, info, n);
	clean_judge_form_notes(doc->data, blocks, info, n);
	clean_judge_newsletter_choices(doc->data, blocks, info, n);
	clean_judge_blog_comments(doc->data, blocks, info, n);
	clean_judge_photo_feature(info, n, clean_first_solid(info, n));
	clean_judge_stray_teaser(doc->data, blocks, info, n);
	clean_judge_site_name(doc->data, blocks, info, n);
	clean_judge_inline_titles(doc->data, blocks, info, n);
	clean_judge_kicker_titles(doc->data, blocks, info, n);
	clean_judge_glued(doc->data, blocks, info, n);
	clean_judge_pointers(doc->data, blocks, info, n);
	clean_judge_author_box(doc->data, blocks, info, n);
	clean_judge_pictured(doc->data, blocks, info, n);
	clean_judge_post_lines(doc->data, blocks, info, n);
	clean_judge_site_lines(doc->data, blocks, info, n);
	clean_judge_closings(doc->data, blocks, info, n);
	clean_judge_forum_lines(doc->data, blocks, info, n);
	clean_judge_k2_lines(doc->data, blocks, info, n);
	clean_judge_navigation(doc->data, blocks, info, n);
	clean_judge_credited_shots(doc->data, blocks, info, n);
	clean_judge_fenced_captions(doc->data, blocks, info, n);
	clean_judge_alt_names(doc->data, blocks, info, n);
	clean_judge_widgets(doc->data, blocks, info, n);
	clean_judge_credit_captions(doc->data, blocks, info, n);

	g_autoptr(GHashTable) fallen = fallen_originals(info, n);
	for (guint i = 0; i < n; i++) {
		CrBlock *block = &g_array_index(blocks, CrBlock, i);
		guint was = info[i].cls;
		if (info[i].dropcap_pair && info[i].cls == CLASS_BAD)
			info[i].cls = CLASS_SHORT;
		/* a wire's sign-off closing the page: "--Field Level Media", "(ANI)", "IANS" */
		if (i + 1 == n && (info[i].signoff || agency_capitals(doc->data, block)))
			info[i].cls = CLASS_BAD;
		/* "police near car and boat", "leopard capture 02": a few words in
		 * lower case are a picture's alternative text, judged last so that
		 * no block beside it is taken for furniture by its side; on the
		 * page's last line the same shape is a sentence cut short */
		if (info[i].lower_start && i + 1 < n && !info[i].sentence && info[i].chars < SHORT_CHARS &&
		    info[i].cls != CLASS_META) {
			gint up = clean_beside(info, n, i, -1);
			if (clean_is_lower_label(doc->data, block->start, block->end,
						 up >= 0 && info[up].byline))
				info[i].cls = CLASS_BAD;
		}
		/* a caption with no verb inside the story; a menu item's copy */
		if ((info[i].digits && info[i].sentence && info[i].chars < VERBLESS_MAX_CHARS &&
		     clean_is_verbless_caption(doc->data, blocks, info, n, i)) ||
		    (info[i].duplicate && copies_furniture(info, fallen, i)))
			info[i].cls = CLASS_BAD;
		if (info[i].chars <= YEARS_AGO_BYTES && info[i].cls != CLASS_BAD &&
		    counts_years_ago(doc->data, block))
			info[i].cls = CLASS_BAD;
		/* a byline or a date stamp on a line of its own */
		if (info[i].cls == CLASS_META && (info[i].stamp || info[i].byline))
			info[i].cls = CLASS_BAD;
		block->boilerplate = info[i].cls == CLASS_BAD;
		block->score = score_of(&info[i]);
		if (info[i].duplicate)
			block->flags |= CR_BLOCK_DUPLICATE;
		fallen_update(fallen, info, i, was);
	}
	for (guint i = 0; i < n; i++) {
		CrBlock *block = &g_array_index(blocks, CrBlock, i);
		if (block->boilerplate)
			cr_clean_from_line_start(doc, block);
	}
	clean_reader_clear(&reader);
	return blocks;
}

int cr_blocks_find(const GArray *blocks, gsize pos)
{
	guint lo = 0, hi = blocks->len;

	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		const CrBlock *b = &g_array_index(blocks, CrBlock, mid);
		if (b->end <= pos)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < blocks->len && g_array_index(blocks, CrBlock, lo).start <= pos)
		return (int)lo;
	return -1;
}

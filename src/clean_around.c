/* Blocks judged by the furniture around them: a photo feature's
 * captions (the pictures a page sets after its text, each with a caption
 * that tells the story and a credit of its own), which are text, and the
 * lines of a box that speaks to the reader and another story's teaser
 * over the page's stamp, which are not. */
#include "clean_private.h"
#include "clean_platform.h"

#include <string.h>

/* The most words of a credit alone on its line ("Photograph: Shahbaz
 * Khan/PTI Photo"). */
#define CREDIT_WORDS 12
/* The fewest words of a caption that tells the story. */
#define TELLING_WORDS 12
/* The fewest captioned pictures in a row that make a photo feature. */
#define FEATURE_PICTURES 2

/* TRUE for a caption opened by its label that tells the story: a
 * sentence of TELLING_WORDS words or more ("IMAGE: BJP MP Hema Malini and
 * Congress MP Shashi Tharoor have a quick word before ..."). */
static gboolean telling_caption(const Info *b)
{
	return b->colon_label && b->sentence && b->words >= TELLING_WORDS;
}

/* TRUE for a picture's credit alone: "Photograph: Shahbaz Khan/PTI Photo". */
static gboolean lone_credit(const Info *b)
{
	return b->credit && !b->sentence && b->words > 0 && b->words <= CREDIT_WORDS;
}

/* The block after I that has words, or N. */
static guint next_with_words(const Info *info, guint n, guint i)
{
	for (i++; i < n && info[i].words == 0; i++)
		;
	return i;
}

void clean_judge_photo_feature(Info *info, guint n, guint story)
{
	for (guint i = story + 1; i < n;) {
		guint pictures = 0, j = i;
		while (j < n && telling_caption(&info[j])) {
			guint credit = next_with_words(info, n, j);
			if (credit == n || !lone_credit(&info[credit]))
				break;
			pictures++;
			j = next_with_words(info, n, credit);
		}
		for (guint k = i; pictures >= FEATURE_PICTURES && k < j; k++)
			if (telling_caption(&info[k]))
				info[k].cls = CLASS_NEARGOOD;
		i = j > i ? j : i + 1;
	}
}

gint clean_beside(const Info *info, guint n, guint i, gint step)
{
	for (gint j = (gint)i + step; j >= 0 && j < (gint)n; j += step)
		if (info[j].words > 0)
			return j;
	return -1;
}

/* TRUE for block J, furniture in words that speak to the reader: a
 * prompt or a pitch, not a button. */
static gboolean speaking_furniture(const Info *info, gint j)
{
	return j >= 0 && info[j].cls == CLASS_BAD && info[j].speaks && !info[j].label && info[j].words >= 3;
}

void clean_judge_reader_boxes(Info *info, guint n)
{
	guint story = 0;
	while (story < n &&
	       (info[story].first < CLASS_NEARGOOD || info[story].speaks || info[story].duplicate))
		story++;
	g_autofree guint8 *boxed = g_new0(guint8, n);
	for (guint i = 0; i < story; i++) {
		const Info *b = &info[i];
		boxed[i] = b->speaks && !b->reported && b->chars < LONG_CHARS && b->cls != CLASS_BAD &&
			   b->cls != CLASS_META &&
			   (speaking_furniture(info, clean_beside(info, n, i, -1)) ||
			    speaking_furniture(info, clean_beside(info, n, i, 1)));
	}
	for (guint i = 0; i < story; i++)
		if (boxed[i])
			info[i].cls = CLASS_BAD;
}

/* The fewest words of another story's teaser above the page's stamp
 * (clean_judge_stray_teaser()); a headline is shorter. */
#define STRAY_TEASER_WORDS 20
/* The letters a word must have, and those compared, to speak of a topic. */
#define TOPIC_LETTERS 5
/* The most topic words of a teaser compared. */
#define TOPIC_WORDS 64
/* The most topic words another story's teaser may share with the story
 * by chance ("government"). */
#define CHANCE_SHARED 1

/* Reads the topic words of data[start,end) (five letters or more, their
 * first five, in lower case) into KEYS, up to TOPIC_WORDS, and returns how
 * many; with SHARED given, instead marks in it the ones of KEYS' COUNT
 * that it holds. */
static guint topic_words(const char *data, gsize start, gsize end, guint64 *keys, guint count,
			 gboolean *shared)
{
	guint letters = 0, read = 0;
	guint64 key = 0;
	for (gsize p = start; p <= end; p++) {
		if (p < end && g_ascii_isalpha(data[p])) {
			if (letters++ < TOPIC_LETTERS)
				key = key << 8 | (guint64)g_ascii_tolower(data[p]);
			continue;
		}
		if (letters >= TOPIC_LETTERS) {
			for (guint k = 0; shared && k < count; k++)
				shared[k] |= keys[k] == key;
			if (!shared && read < TOPIC_WORDS)
				keys[read++] = key;
		}
		letters = 0;
		key = 0;
	}
	return read;
}

/* TRUE when KEYS[K] is among the keys before it. */
static gboolean seen_before(const guint64 *keys, guint k)
{
	for (guint j = 0; j < k; j++)
		if (keys[j] == keys[k])
			return TRUE;
	return FALSE;
}

guint clean_shared_topics(const char *data, const CrBlock *a, const CrBlock *b, guint *count)
{
	guint64 keys[TOPIC_WORDS];
	gboolean shared[TOPIC_WORDS] = { FALSE };
	guint same = 0;
	*count = topic_words(data, a->start, a->end, keys, 0, NULL);
	topic_words(data, b->start, b->end, keys, *count, shared);
	for (guint k = 0; k < *count; k++)
		same += shared[k] && !seen_before(keys, k);
	return same;
}

/* The story's paragraphs read for its topic words. */
#define STORY_PARAGRAPHS 3
/* The most words of an item of the story's own list at its foot (a
 * figure's digits count a word each: "Auto sector: Fell 1.5-2.5 percent"
 * reads as eight), and the fewest items (clean_list_of_story()). */
#define LIST_ITEM_WORDS 8
#define LIST_ITEMS	4
/* The most words of a site's name over its story. */
#define SITE_NAME_WORDS 3

/* A block spanning the first STORY_PARAGRAPHS paragraphs after block
 * FROM, to be read for their topic words; FALSE when none follows. */
static gboolean story_after(const GArray *blocks, const Info *info, guint n, guint from, CrBlock *story)
{
	guint last = from, paragraphs = 0;
	while (last + 1 < n && paragraphs < STORY_PARAGRAPHS)
		paragraphs += info[++last].first >= CLASS_NEARGOOD;
	if (paragraphs == 0)
		return FALSE;
	story->start = g_array_index(blocks, CrBlock, from + 1).start;
	story->end = g_array_index(blocks, CrBlock, last).end;
	return TRUE;
}

gboolean clean_story_above_headline(const char *data, const GArray *blocks, const Info *info, guint n,
				    guint headline)
{
	CrBlock story;
	if (!story_after(blocks, info, n, headline, &story))
		return FALSE;
	for (guint i = 0; i < headline; i++) {
		guint count;
		if (info[i].first == CLASS_SHORT && info[i].sentence && info[i].evidence == 0 &&
		    clean_shared_topics(data, &g_array_index(blocks, CrBlock, i), &story, &count) >
			CHANCE_SHARED)
			return TRUE;
	}
	return FALSE;
}

gboolean clean_list_of_story(const char *data, const GArray *blocks, const Info *info, guint end, guint intro)
{
	const Info *b = &info[intro];
	if (intro == 0 || b->chars >= SHORT_CHARS || b->evidence >= 0.5 || b->reported ||
	    !(b->ellipsis || b->introduces))
		return FALSE;
	CrBlock story = { .start = g_array_index(blocks, CrBlock, 0).start,
			  .end = g_array_index(blocks, CrBlock, intro - 1).end };
	guint items = 0, speaking = 0;
	for (guint i = intro + 1; i < end; i++) {
		if (info[i].words == 0)
			continue;
		if (info[i].sentence || info[i].words > LIST_ITEM_WORDS)
			return FALSE;
		guint count;
		items++;
		speaking += clean_shared_topics(data, &g_array_index(blocks, CrBlock, i), &story, &count) > 0;
	}
	return items >= LIST_ITEMS && 2 * speaking >= items;
}

void clean_judge_site_name(const char *data, const GArray *blocks, Info *info, guint n)
{
	CrBlock story;
	guint count;
	if (n < 2 || info[0].words < 2 || info[0].words > SITE_NAME_WORDS || !info[0].label ||
	    !info[0].last_capital || info[0].digits || info[0].cls == CLASS_BAD || !info[1].sentence ||
	    info[1].first < CLASS_NEARGOOD || !story_after(blocks, info, n, 0, &story))
		return;
	if (clean_shared_topics(data, &g_array_index(blocks, CrBlock, 0), &story, &count) == 0 && count > 0)
		info[0].cls = CLASS_BAD;
}

void clean_judge_stray_teaser(const char *data, const GArray *blocks, Info *info, guint n)
{
	if (n == 0)
		return;
	gint teaser = info[0].words > 0 ? 0 : clean_beside(info, n, 0, 1);
	gint stamp = teaser < 0 ? -1 : clean_beside(info, n, (guint)teaser, 1);
	gint story = stamp < 0 ? -1 : clean_beside(info, n, (guint)stamp, 1);
	if (story < 0 || info[teaser].sentence || info[teaser].ellipsis || info[teaser].cls == CLASS_BAD ||
	    info[teaser].words < STRAY_TEASER_WORDS || !info[stamp].stamp ||
	    (info[stamp].cls != CLASS_BAD && info[stamp].cls != CLASS_META) ||
	    info[story].first < CLASS_NEARGOOD)
		return;
	guint count;
	guint same = clean_shared_topics(data, &g_array_index(blocks, CrBlock, teaser),
					 &g_array_index(blocks, CrBlock, story), &count);
	if (count > 0 && same <= CHANCE_SHARED)
		info[teaser].cls = CLASS_BAD;
}

/* The fewest rules in a row that make a comment section's guidelines
 * (clean_judge_guidelines()). */
#define GUIDELINES 3

/* The most bytes of a rule's title and its full stop. */
#define RULE_TITLE_BYTES 32

/* TRUE when data[start,end) opens with a rule's title: one to three
 * words, the last capitalised and of three letters or more, a full stop,
 * a blank and a capital ("Keep it Clean. Please avoid ...", "Don't
 * Threaten. Threats ..."). */
static gboolean opens_with_rule_title(const char *data, gsize start, gsize end)
{
	guint words = 1;
	gsize p = start, word = start;
	for (; p < end && data[p] != '.'; p++) {
		if (data[p] == ' ') {
			if (++words > 3)
				return FALSE;
			word = p + 1;
		} else if (!g_ascii_isalpha(data[p]) && data[p] != '\'') {
			return FALSE;
		}
	}
	return p + 2 < end && data[p + 1] == ' ' && g_ascii_isupper(data[p + 2]) && p - word >= 3 &&
	       g_ascii_isupper(data[word]) && g_ascii_islower(data[p - 1]);
}

/* TRUE when data[start,end) is a sentence in capitals: "PLEASE TURN OFF
 * YOUR CAPS LOCK." */
static gboolean shouts(const char *data, gsize start, gsize end)
{
	for (gsize p = start; p < end; p++)
		if (g_ascii_islower(data[p]))
			return FALSE;
	return end > start && (data[end - 1] == '.' || data[end - 1] == '!');
}

/* TRUE for block I, a rule of a comment section: a title and its
 * sentence, or a sentence in capitals. */
static gboolean is_rule(const char *data, const GArray *blocks, const Info *info, guint i)
{
	const CrBlock *block = &g_array_index(blocks, CrBlock, i);
	gsize start = block->start, end = block->end;
	if (info[i].words < 3 || info[i].chars >= LONG_CHARS || end - start < 2 ||
	    !g_ascii_isupper(data[start]))
		return FALSE;
	if (g_ascii_isupper(data[start + 1]))
		return shouts(data, start, end);
	return memchr(data + start, '.', MIN(end - start, RULE_TITLE_BYTES)) &&
	       opens_with_rule_title(data, start, end);
}

/* The most blocks between furniture and the guidelines it heads that
 * clean_judge_guidelines() looks at. */
#define GUIDELINES_HEAD 3

void clean_judge_guidelines(const char *data, const GArray *blocks, Info *info, guint n)
{
	for (guint i = 1; i < n; i++) {
		/* the guidelines open under furniture */
		gint before = clean_beside(info, n, i, -1);
		if (info[i].words == 0 || before < 0 || info[before].cls != CLASS_BAD ||
		    !is_rule(data, blocks, info, i))
			continue;
		guint j = i, rules = 0;
		gboolean furniture = FALSE;
		while (j < n && (info[j].words == 0 || is_rule(data, blocks, info, j))) {
			furniture |= info[j].cls == CLASS_BAD;
			rules += info[j].words > 0;
			j++;
		}
		furniture |= j < n && info[j].cls == CLASS_BAD;
		if (rules >= GUIDELINES && furniture) {
			for (guint k = i; k < j; k++)
				info[k].cls = CLASS_BAD;
			/* "(0) comments", "Welcome to the discussion.", "Log In": a
			 * short sentence among the section's buttons above */
			for (gint k = before, seen = 0; k > 0 && seen < GUIDELINES_HEAD;
			     k = clean_beside(info, n, (guint)k, -1), seen++) {
				gint up = clean_beside(info, n, (guint)k, -1),
				     down = clean_beside(info, n, (guint)k, 1);
				if (info[k].cls != CLASS_BAD && info[k].sentence &&
				    info[k].chars < SHORT_CHARS && up >= 0 && info[up].cls == CLASS_BAD &&
				    down >= 0 && info[down].cls == CLASS_BAD)
					info[k].cls = CLASS_BAD;
			}
		}
		i = j;
	}
}

/* The fewest and the most words of another story's title inside the story. */
#define INLINE_TITLE_MIN_WORDS 5
#define INLINE_TITLE_MAX_WORDS 20

/* TRUE for a block shaped as a headline inside a story: five to twenty
 * words under LONG_CHARS opening with a capital, no sentence, question,
 * list item, date, byline, caption's credit, comma or quotation opening
 * it ("Lena Ortiz, The Northport Gazette" is a byline; "Visit to Beijing
 * postponed", four words, a subhead). */
static gboolean headline_shaped(const char *data, const CrBlock *block, const Info *b)
{
	return !b->sentence && !b->question && !b->bullet && !b->dated && !b->byline && !b->credit &&
	       !b->quote_open && !b->introduces && !b->ellipsis && !b->duplicate && b->chars < LONG_CHARS &&
	       b->words >= INLINE_TITLE_MIN_WORDS && b->words <= INLINE_TITLE_MAX_WORDS &&
	       g_ascii_isupper(data[block->start]) &&
	       !memchr(data + block->start, ',', block->end - block->start);
}

/* The paragraphs read on each side of a title for its topic words. */
#define TITLE_SIDE_PARAGRAPHS 3

/* A span over the TITLE_SIDE_PARAGRAPHS blocks nearest to block I in
 * STEP's direction that read as text by themselves, up to the block
 * beside I; FALSE when none is there. */
static gboolean text_beside(const GArray *blocks, const Info *info, guint n, guint i, gint step,
			    CrBlock *span)
{
	gint far = -1;
	guint paragraphs = 0;
	for (gint k = (gint)i + step; k >= 0 && (guint)k < n && paragraphs < TITLE_SIDE_PARAGRAPHS; k += step)
		if (info[k].first >= CLASS_NEARGOOD && !info[k].duplicate) {
			far = k;
			paragraphs++;
		}
	if (far < 0)
		return FALSE;
	guint near = step > 0 ? i + 1 : i - 1;
	span->start = g_array_index(blocks, CrBlock, step > 0 ? near : (guint)far).start;
	span->end = g_array_index(blocks, CrBlock, step > 0 ? (guint)far : near).end;
	return TRUE;
}

void clean_judge_inline_titles(const char *data, const GArray *blocks, Info *info, guint n)
{
	for (guint i = 1; i + 1 < n; i++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		if (info[i].cls == CLASS_BAD || info[i].first >= CLASS_NEARGOOD || info[i + 1].lower_start ||
		    !headline_shaped(data, block, &info[i]))
			continue;
		CrBlock above, below;
		if (!text_beside(blocks, info, n, i, -1, &above) ||
		    !text_beside(blocks, info, n, i, 1, &below))
			continue;
		guint count, same = clean_shared_topics(data, block, &above, &count);
		if (count >= 2 && same == 0 && clean_shared_topics(data, block, &below, &count) == 0)
			info[i].cls = CLASS_BAD;
	}
}

/* TRUE when data[start,end) is a comment form's head alone (the
 * platforms' strings: clean_platform.c). */
static gboolean is_comment_form_head(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	return clean_platform_form_head(data + start, end - start);
}

/* TRUE when data[start,end) is a comment count as Blogger heads its
 * comments with it: a number and "comment:" or "comments:". */
static gboolean blog_comment_count(const char *data, gsize start, gsize end)
{
	clean_trim(data, &start, &end);
	gsize p = start;
	while (p < end && g_ascii_isdigit(data[p]))
		p++;
	if (p == start || p >= end || data[p++] != ' ')
		return FALSE;
	gsize len = end - p;
	return (len == 8 && g_ascii_strncasecmp(data + p, "comment:", 8) == 0) ||
	       (len == 9 && g_ascii_strncasecmp(data + p, "comments:", 9) == 0);
}

/* The most words of a commenter's name over "said...". */
#define COMMENTER_WORDS 4

/* TRUE when data[start,end) is a commenter's line as Blogger's comment
 * list prints it over each comment (its author, then
 * data:commentPostedByMsg, "said..."): words ending in "said..." or
 * "said…" (the caller counts them). */
static gboolean blog_commenter(const char *data, gsize start, gsize end)
{
	clean_trim(data, &start, &end);
	static const char *const tails[] = { " said...", " said\xe2\x80\xa6" };
	for (guint k = 0; k < G_N_ELEMENTS(tails); k++) {
		gsize len = strlen(tails[k]);
		if (end - start > len && memcmp(data + end - len, tails[k], len) == 0)
			return TRUE;
	}
	return FALSE;
}

/* The most blocks of comments between their title and the comment form
 * (clean_judge_counted_comments()). */
#define COUNTED_COMMENTS_BLOCKS 60

/* TRUE when data[start,end) is a comments title as themes print it over
 * the comment list (WordPress's comments_number() and the themes'
 * comments.php: "One Comment", "2 Comments", "One Response", "3
 * Responses", "5 thoughts on ..."), a colon or a title after "on" or
 * "to" allowed. */
static gboolean comments_title(const char *data, gsize start, gsize end)
{
	static const char *const nouns[] = { "comment", "comments", "response", "responses",
					     "reply",	"replies",  "thought",	"thoughts" };
	clean_trim(data, &start, &end);
	gsize p = start;
	if (clean_word_at(data, p, end, "one"))
		p += 3;
	while (p < end && g_ascii_isdigit(data[p]))
		p++;
	if (p == start || p >= end || data[p++] != ' ')
		return FALSE;
	for (guint k = 0; k < G_N_ELEMENTS(nouns); k++) {
		if (!clean_word_at(data, p, end, nouns[k]))
			continue;
		gsize q = p + strlen(nouns[k]);
		return q == end || (data[q] == ':' && q + 1 == end) ||
		       (data[q] == ' ' &&
			(clean_word_at(data, q + 1, end, "on") || clean_word_at(data, q + 1, end, "to")));
	}
	return FALSE;
}

/* The comment form's head closing the run of text blocks from block
 * FIRST on (COUNTED_COMMENTS_BLOCKS at most), or 0 when none does. */
static guint comments_form_after(const char *data, const GArray *blocks, const Info *info, guint n,
				 guint first)
{
	guint k = first;
	while (k < n && k - first < COUNTED_COMMENTS_BLOCKS && info[k].cls != CLASS_BAD)
		k++;
	if (k == first || k >= n || info[k].cls != CLASS_BAD)
		return 0;
	const CrBlock *form = &g_array_index(blocks, CrBlock, k);
	return is_comment_form_head(data, form->start, form->end) ? k : 0;
}

/* Under comments title I, when the comment form's head closes the run of
 * text blocks under it, flags the run: the readers' comments. */
static void take_counted_comments(const char *data, const GArray *blocks, Info *info, guint n, guint i)
{
	const CrBlock *title = &g_array_index(blocks, CrBlock, i);
	char first = data[title->start];
	if (info[i].chars > SHORT_CHARS || (first != 'O' && first != 'o' && !g_ascii_isdigit(first)) ||
	    !comments_title(data, title->start, title->end))
		return;
	guint k = comments_form_after(data, blocks, info, n, i + 1);
	for (guint j = i + 1; j < k; j++)
		info[j].cls = CLASS_BAD;
}

/* The most bytes of a commenter's line in Blogger's classic template. */
#define CLASSIC_COMMENTER_BYTES 80

/* TRUE when data[p,end) opens with a clock time as Blogger prints it,
 * hours, a colon, two digits of minutes, "am" or "pm" and a comma
 * ("11:57 am,"); *AFTER is set past the comma. */
static gboolean blogger_time(const char *data, gsize p, gsize end, gsize *after)
{
	gsize hours = p;
	while (p < end && g_ascii_isdigit(data[p]))
		p++;
	if (p == hours || p - hours > 2 || p + 8 > end || data[p] != ':' || !g_ascii_isdigit(data[p + 1]) ||
	    !g_ascii_isdigit(data[p + 2]) || data[p + 3] != ' ')
		return FALSE;
	p += 4;
	if ((g_ascii_tolower(data[p]) != 'a' && g_ascii_tolower(data[p]) != 'p') ||
	    g_ascii_tolower(data[p + 1]) != 'm' || data[p + 2] != ',')
		return FALSE;
	*after = p + 3;
	return TRUE;
}

/* TRUE when data[start,end) is a commenter's line as Blogger's classic
 * template prints it over each comment: "At", the time as h:mm, "am" or
 * "pm", a comma, the author's name of one to COMMENTER_WORDS capitalised
 * words ("Anonymous" when none is given) and "said..." ("At 11:57 am,
 * Anonymous Business Journal said..."); "At 9:30 am, the mayor said..."
 * is a story's lead-in. */
static gboolean classic_commenter(const char *data, gsize start, gsize end)
{
	clean_trim(data, &start, &end);
	gsize name;
	if (end - start > CLASSIC_COMMENTER_BYTES || memcmp(data + start, "At ", 3) != 0 ||
	    !blog_commenter(data, start, end) || !blogger_time(data, start + 3, end, &name))
		return FALSE;
	/* blog_commenter() found " said..." closing the line: the name ends
	 * at its blank */
	gsize name_end = clean_word_start(data, name, end) - 1;
	guint words = name < name_end ? clean_capitalised_words(data, name, name_end) : 0;
	return words >= 1 && words <= COMMENTER_WORDS;
}

/* TRUE when blocks FIRST to K (not K) read as Blogger's classic comment
 * list closed by Blogger's own form head, "Post a Comment" (WordPress's
 * "Leave a Reply" closes a story as often): under each head a commenter's
 * link and a comment, none a long block, none opening on someone's quoted
 * words (a story's "X said..." is followed by the quote). */
static gboolean classic_comment_run(const char *data, const GArray *blocks, const Info *info, guint first,
				    guint k)
{
	const CrBlock *form = &g_array_index(blocks, CrBlock, k);
	gsize a = form->start, b = form->end;
	clean_trim(data, &a, &b);
	if (b - a != 14 || memcmp(data + a, "Post a Comment", 14) != 0)
		return FALSE;
	for (guint j = first + 1; j < k; j++)
		if (info[j].chars >= LONG_CHARS || info[j].quote_open)
			return FALSE;
	return TRUE;
}

void clean_judge_blog_comments(const char *data, const GArray *blocks, Info *info, guint n)
{
	for (guint i = 1; i < n; i++) {
		if (info[i].sentence)
			continue;
		if (info[i].cls == CLASS_BAD && info[i].words >= 2)
			take_counted_comments(data, blocks, info, n, i);
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		/* the classic template's commenter over each comment, the
		 * comments running down to the comment form */
		if (info[i].words >= 5 && info[i].cls != CLASS_BAD &&
		    classic_commenter(data, block->start, block->end)) {
			guint k = comments_form_after(data, blocks, info, n, i);
			if (k && classic_comment_run(data, blocks, info, i, k))
				for (guint j = i; j < k; j++)
					info[j].cls = CLASS_BAD;
		}
		if (info[i].words < 2 || info[i].words > COMMENTER_WORDS + 1)
			continue;
		if (!blog_commenter(data, block->start, block->end))
			continue;
		gint head = clean_beside(info, n, i, -1);
		if (head < 0 || info[head].cls != CLASS_BAD)
			continue;
		const CrBlock *count = &g_array_index(blocks, CrBlock, head);
		if (!blog_comment_count(data, count->start, count->end))
			continue;
		for (guint k = i; k < n; k++)
			info[k].cls = CLASS_BAD;
		return;
	}
}

/* TRUE when data[start,end) names comments, any case ("The editors
 * welcome thoughtful commentary ... follow-on comments are also
 * welcome"). */
static gboolean names_comments(const char *data, gsize start, gsize end)
{
	for (gsize p = start; p + 7 <= end; p++)
		if ((data[p] == 'c' || data[p] == 'C') && (p == start || !g_ascii_isalpha(data[p - 1])) &&
		    g_ascii_strncasecmp(data + p + 1, "omment", 6) == 0)
			return TRUE;
	return FALSE;
}

void clean_judge_form_notes(const char *data, const GArray *blocks, Info *info, guint n)
{
	for (guint i = 0; i + 1 < n; i++) {
		if (info[i].cls != CLASS_BAD || info[i].words < 2 || info[i].words > 3)
			continue;
		const CrBlock *head = &g_array_index(blocks, CrBlock, i);
		if (!is_comment_form_head(data, head->start, head->end))
			continue;
		gint note = clean_beside(info, n, i, 1);
		if (note < 0 || !info[note].sentence || info[note].quote_open)
			continue;
		/* the form's note speaking to the reader, or the editors' rules
		 * for comments over the form's note, taken as furniture */
		gint under = clean_beside(info, n, (guint)note, 1);
		const CrBlock *block = &g_array_index(blocks, CrBlock, note);
		if (info[note].speaks ||
		    (under >= 0 && info[under].cls == CLASS_BAD && !info[note].reported &&
		     info[note].chars < 3 * LONG_CHARS && names_comments(data, block->start, block->end)))
			info[note].cls = CLASS_BAD;
	}
}

/* The most bytes of a newsletter's line in a sign-up box's choices. */
#define CHOICE_BYTES 80

/* TRUE when data[start,end) names newsletters, any case ("Sign up for
 * The Vicksburg Post's free newsletters"). */
static gboolean names_newsletters(const char *data, gsize start, gsize end)
{
	for (gsize p = start; p + 10 <= end; p++)
		if ((data[p] == 'n' || data[p] == 'N') && (p == start || !g_ascii_isalpha(data[p - 1])) &&
		    g_ascii_strncasecmp(data + p + 1, "ewsletter", 9) == 0)
			return TRUE;
	return FALSE;
}

void clean_judge_newsletter_choices(const char *data, const GArray *blocks, Info *info, guint n)
{
	for (guint i = 0; i + 1 < n; i++) {
		if (info[i].cls != CLASS_BAD || info[i].words == 0 || info[i].chars >= LONG_CHARS)
			continue;
		gint first = clean_beside(info, n, i, 1);
		const CrBlock *box = &g_array_index(blocks, CrBlock, i);
		if (first < 0 || !info[first].bullet || !names_newsletters(data, box->start, box->end))
			continue;
		for (gint k = first;
		     k >= 0 && info[k].bullet && !info[k].sentence && !info[k].quote_open &&
		     g_array_index(blocks, CrBlock, k).end - g_array_index(blocks, CrBlock, k).start <=
			 CHOICE_BYTES;
		     k = clean_beside(info, n, (guint)k, 1)) {
			info[k].cls = CLASS_BAD;
			i = (guint)k;
		}
	}
}

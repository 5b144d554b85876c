/* Lines of a post's frame that the reader's signs do not tell from text:
 * a blog theme's entry line ("By March 10, 2023 No Comments"), a
 * category page's tags run into the post's stamp, a caption closing on
 * its photographer's initials, a caption over the story that names its
 * subject in a relative clause, a caption set apart in the story beside
 * another, a writer's name over the writer's lines, a link to another
 * paper's story, a map's labels and a site's note
 * sending news to its address. */
#define _GNU_SOURCE /* memmem */
#include "clean_private.h"

#include <string.h>

/* The most words of each tag before a post's stamp. */
#define TAG_WORDS 3
/* The fewest tags before a post's stamp, and before one with no time:
 * a list of places and dates has two ("Wembley Arena, London March 22,
 * 2024"). */
#define TAGS_MIN	 2
#define TAGS_MIN_UNTIMED 3
/* The most characters of a post's tags and stamp. */
#define TAGGED_STAMP_CHARS 120
/* The fewest and the most capital letters of a photographer's initials. */
#define INITIALS_MIN 2
#define INITIALS_MAX 4
/* The fewest words of a caption before its photographer's initials. */
#define INITIALED_CAPTION_WORDS 6
/* The most words of a site's note sending news to its address. */
#define NOTE_WORDS 25
/* The most words of a caption's subject before its relative clause. */
#define SUBJECT_WORDS 4
/* The fewest and the most capitalised words of a paper's name after a
 * link's dash (one is a party's: "John Smith - Independent"). */
#define PAPER_WORDS_MIN 2
#define PAPER_WORDS	4
/* The fewest words of a map's labels printed in a row, and of its scale
 * bars (a route's line counts its distances: "... Quay Street 10 km"). */
#define MAP_WORDS  8
#define MAP_SCALES 2
/* The fewest words of a caption set apart in the story. */
#define CAPTION_WORDS 3
/* The fewest and the most words of a writer's name over the writer's lines. */
#define WRITER_NAME_MIN 2
#define WRITER_NAME_MAX 3
/* The fewest of the writer's lines (field, school) under the name. */
#define WRITER_LINES_MIN 2

/* TRUE when data[p,end) opens with a month's name, a blank, a day of one
 * or two digits, a comma, a blank and a year of four digits; *AFTER is
 * where the year ends. */
static gboolean date_at(const char *data, gsize p, gsize end, gsize *after)
{
	gsize q = clean_word_end(data, p, end);
	if (q >= end || !clean_is_one_of(data, p, q, clean_months, G_N_ELEMENTS(clean_months), FALSE))
		return FALSE;
	gsize day = ++q;
	while (q < end && g_ascii_isdigit(data[q]))
		q++;
	if (q - day < 1 || q - day > 2 || q + 6 > end || data[q] != ',' || data[q + 1] != ' ')
		return FALSE;
	q += 2;
	for (gsize k = 0; k < 4; k++)
		if (!g_ascii_isdigit(data[q + k]))
			return FALSE;
	*after = q + 4;
	return *after == end || !g_ascii_isdigit(data[*after]);
}

/* TRUE when data[start,end) holds a date date_at() reads and only
 * blanks and slashes stand between its year and LINK. */
static gboolean date_before(const char *data, gsize start, gsize link)
{
	gsize after;
	for (gsize p = start; p < link; p++)
		if (g_ascii_isupper(data[p]) && (p == start || data[p - 1] == ' ') &&
		    date_at(data, p, link, &after)) {
			while (after < link && (data[after] == ' ' || data[after] == '/'))
				after++;
			return after == link;
		}
	return FALSE;
}

/* TRUE when data[start,end) ends with TAIL. */
static gboolean ends_with(const char *data, gsize start, gsize end, const char *tail)
{
	gsize len = strlen(tail);
	return end - start >= len && memcmp(data + end - len, tail, len) == 0;
}

/* TRUE for a blog theme's entry line: "By", the writer's name or none,
 * the post's date and right after it, blanks and slashes between, its
 * comments' link ("No Comments", "3 Comments", or "Comments Off on" and
 * the post's title when comments are closed, WordPress's words for
 * them): "By March 10, 2023 No Comments", "By / May 20, 2017 / Comments
 * Off on Construction of ...". A headline has words between the date and
 * the count ("By March 2, 2024 FCC Had Received 900 Comments"). */
static gboolean entry_line(const char *data, gsize start, gsize end)
{
	if (!clean_word_at(data, start, end, "by"))
		return FALSE;
	const char *off = memmem(data + start, end - start, " Comments Off on ", 17);
	gsize link = off ? (gsize)(off - data) + 1 : start;
	if (!off && ends_with(data, start, end, " No Comments"))
		link = end - 11;
	if (link == start) {
		gsize p = ends_with(data, start, end, " Comments")  ? end - 9
			  : ends_with(data, start, end, " Comment") ? end - 8
								    : start;
		gsize digits = p;
		while (digits > start && g_ascii_isdigit(data[digits - 1]))
			digits--;
		if (digits < p && digits > start && data[digits - 1] == ' ')
			link = digits;
	}
	return link > start && date_before(data, start, link);
}

/* TRUE when data[p,end) is a clock time and "am" or "pm": " at 2:47 pm". */
static gboolean clock_tail(const char *data, gsize p, gsize end)
{
	if (p == end)
		return TRUE;
	if (end - p < 8 || memcmp(data + p, " at ", 4) != 0)
		return FALSE;
	p += 4;
	gsize q = p;
	while (q < end && (g_ascii_isdigit(data[q]) || data[q] == ':'))
		q++;
	return q > p && q + 3 == end && data[q] == ' ' &&
	       (g_ascii_strncasecmp(data + q + 1, "am", 2) == 0 ||
		g_ascii_strncasecmp(data + q + 1, "pm", 2) == 0);
}

/* TRUE for a post's tags run into its stamp on a category page: two
 * capitalised tags or more of one to three words, parted by commas, then
 * a date and its time, or three tags or more and a date ("Citizen
 * Science, Insects, New Species, Species Discovery December 7, 2017 at
 * 2:47 pm"). A sentence has a verb among its words, a word in lower
 * case. */
static gboolean tagged_stamp(const char *data, gsize start, gsize end)
{
	guint tags = 0;
	gsize tag = start;
	for (gsize p = start; p < end; p++) {
		if (data[p] == ',') {
			guint words = clean_capitalised_words(data, tag, p);
			if (words == 0 || words > TAG_WORDS)
				return FALSE;
			tags++;
			tag = p + 2;
			continue;
		}
		gsize after;
		if (p > tag && data[p - 1] == ' ' && date_at(data, p, end, &after)) {
			guint words = clean_capitalised_words(data, tag, p - 1);
			return words >= 1 && words <= TAG_WORDS && clock_tail(data, after, end) &&
			       tags + 1 >= (after < end ? TAGS_MIN : TAGS_MIN_UNTIMED);
		}
	}
	return FALSE;
}

/* TRUE when data[p,end) is an editor's mark or a common abbreviation a
 * paragraph may close on ("... on the north side of the harbour. TBC";
 * general knowledge of newsroom marks), no one's initials. */
static gboolean is_stock_mark(const char *data, gsize p, gsize end)
{
	static const char *const marks[] = { "TBC", "TBA", "TBD",  "ENDS", "MORE", "NB", "PS",
					     "FYI", "ETA", "ASAP", "RIP",  "OK",   "AM", "PM" };
	return clean_is_one_of(data, p, end, marks, G_N_ELEMENTS(marks), FALSE);
}

/* TRUE when data[start,end) closes on a photographer's initials after
 * its caption's full stop: two to four capitals alone ("... as the wild
 * weather hammered NSW. FRG"), no editor's mark. The full stop must end
 * a word of two letters or more, not an initial ("U.S. FBI"), and the
 * caption be one sentence of six words or more. */
static gboolean ends_with_initials(const char *data, gsize start, gsize end)
{
	gsize p = end;
	while (p > start && g_ascii_isupper(data[p - 1]))
		p--;
	if (end - p < INITIALS_MIN || end - p > INITIALS_MAX || p < start + 4 || data[p - 1] != ' ' ||
	    data[p - 2] != '.' || !g_ascii_isalpha(data[p - 3]) || !g_ascii_isalpha(data[p - 4]))
		return FALSE;
	gsize stop = p - 2;
	return clean_count_words(data, start, stop) >= INITIALED_CAPTION_WORDS &&
	       !clean_sentence_inside(data, start, stop) && !clean_is_agency(data, p, end) &&
	       !is_stock_mark(data, p, end);
}

/* TRUE when data[p,end) is an e-mail address, maybe closed by a full
 * stop: "somerset@starledger.com.". */
static gboolean is_address(const char *data, gsize p, gsize end)
{
	end = clean_trimmed_end(data, p, end);
	const char *at = memchr(data + p, '@', end - p);
	return at && (gsize)(at - data) > p && memchr(at, '.', (gsize)(data + end - at)) &&
	       !memchr(data + p, ' ', end - p);
}

/* TRUE when the word at data[p,end) is a verb a note sends the reader's
 * news by, and the word before it no modal's: "send", "email", "e-mail",
 * "contact", "write" ("To submit school news send an email to ..."; not
 * "residents can email ..."). */
static gboolean sends_news(const char *data, gsize start, gsize p, gsize end)
{
	static const char *const verbs[] = { "send", "email", "e-mail", "contact", "write" };
	static const char *const modals[] = { "can",	"could", "may",	  "might", "must",
					      "should", "will",	 "would", "to" };
	gboolean verb = FALSE;
	for (guint k = 0; k < G_N_ELEMENTS(verbs) && !verb; k++)
		verb = clean_word_at(data, p, end, verbs[k]);
	if (!verb || p < start + 2)
		return FALSE;
	gsize w = clean_word_start(data, start, p - 1);
	return !clean_is_one_of(data, w, p - 1, modals, G_N_ELEMENTS(modals), TRUE);
}

/* TRUE when a word of data[start,end) names what a reader sends a
 * paper (general knowledge of newspapers' notes: "news", "submit",
 * "story", "tips", "letters", "photos", "announcements"). */
static gboolean names_submission(const char *data, gsize start, gsize end)
{
	static const char *const words[] = { "news",	"submit",	"submissions",	"story",
					     "stories", "tip",		"tips",		"letter",
					     "letters", "photo",	"photos",	"item",
					     "items",	"announcement", "announcements" };
	for (gsize p = start, q; p < end; p = q + 1) {
		q = p;
		while (q < end && g_ascii_isalpha(data[q]))
			q++;
		if (clean_is_one_of(data, p, q, words, G_N_ELEMENTS(words), TRUE))
			return TRUE;
	}
	return FALSE;
}

/* TRUE for a site's note sending the reader's news to its address: "To"
 * and a purpose that names what a reader sends (not "To register for the
 * workshop, contact ..."), a command to send or write, and the address
 * closing it ("To submit school news send an email to
 * somerset@starledger.com."). The caller counts its words. */
static gboolean news_address_note(const char *data, gsize start, gsize end)
{
	if (!clean_word_at(data, start, end, "to"))
		return FALSE;
	gsize last = clean_word_start(data, start, end);
	if (!is_address(data, last, end))
		return FALSE;
	for (gsize p = start + 3; p < last; p++)
		if (data[p - 1] == ' ' && sends_news(data, start, p, last))
			return names_submission(data, start, p);
	return FALSE;
}

/* Words that end a newspaper's name (general knowledge of mastheads:
 * "The Washington Post", "Chicago Tribune", "Daily Mail"). */
static const char *const paper_words[] = { "Post",     "Times",	      "Herald",	   "Journal",	"Tribune",
					   "Gazette",  "Guardian",    "Telegraph", "Chronicle", "Inquirer",
					   "Examiner", "Independent", "Observer",  "Globe",	"Mail" };

/* TRUE for a link to another paper's story: a title, a spaced hyphen or
 * dash and the paper's name of two to four capitalised words, the last a
 * masthead's ("Rusty on the run - Washington Post"). */
static gboolean titled_paper_link(const char *data, gsize start, gsize end)
{
	gsize p = clean_word_start(data, start, end);
	if (!clean_is_one_of(data, p, end, paper_words, G_N_ELEMENTS(paper_words), FALSE))
		return FALSE;
	for (gsize q = p; q > start + 3; q--) {
		gboolean hyphen = data[q - 1] == ' ' && data[q - 2] == '-' && data[q - 3] == ' ';
		gboolean dash = q >= start + 5 && data[q - 1] == ' ' && data[q - 5] == ' ' &&
				clean_long_dash_before(data, start, q - 1);
		if (!hyphen && !dash)
			continue;
		guint words = clean_capitalised_words(data, q, end);
		gsize title_end = hyphen ? q - 3 : q - 5;
		return words >= PAPER_WORDS_MIN && words <= PAPER_WORDS && title_end > start &&
		       data[title_end - 1] != ' ' && memchr(data + start, ' ', title_end - start);
	}
	return FALSE;
}

/* TRUE for a caption naming its picture's subject and what it did in a
 * relative clause, with no full stop: one to four words, the first
 * capitalised, a comma and "which" or "who" ("Humboldt penguin, which
 * escaped from its enclosure in Tokyo Sea Life"). */
static gboolean relative_caption(const char *data, gsize start, gsize end)
{
	if (!g_ascii_isupper(data[start]) || !g_ascii_isalnum(data[end - 1]))
		return FALSE;
	guint words = 1;
	for (gsize p = start; p < end; p++) {
		if (data[p] == ',')
			return words <= SUBJECT_WORDS && (clean_word_at(data, p + 2, end, "which") ||
							  clean_word_at(data, p + 2, end, "who"));
		if (data[p] == ' ' && ++words > SUBJECT_WORDS)
			return FALSE;
		if (!g_ascii_isalnum(data[p]) && data[p] != ' ' && data[p] != '-' && data[p] != '\'')
			return FALSE;
	}
	return FALSE;
}

/* The fewest line ends on each side of a caption the page sets apart
 * (a blank line more than between paragraphs, where its picture stood). */
#define APART_LINE_ENDS 3

/* The line ends between blocks I and I + 1. */
static guint line_ends_between(const char *data, const GArray *blocks, guint i)
{
	guint ends = 0;
	for (gsize p = g_array_index(blocks, CrBlock, i).end; p < g_array_index(blocks, CrBlock, i + 1).start;
	     p++)
		ends += data[p] == '\n';
	return ends;
}

/* The fewest line ends a caption the page sets apart has on each side:
 * APART_LINE_ENDS, and more than the page sets between two paragraphs
 * (the fewest between two solid blocks in a row), as a page spacing its
 * paragraphs by three line ends spaces its subheads alike. */
static guint apart_line_ends(const char *data, const GArray *blocks, const Info *info, guint n)
{
	guint gap = APART_LINE_ENDS - 1;
	gboolean seen = FALSE;
	for (guint i = 0; i + 1 < n; i++)
		if (clean_is_solid(&info[i]) && clean_is_solid(&info[i + 1])) {
			guint ends = line_ends_between(data, blocks, i);
			gap = seen ? MIN(gap, ends) : ends;
			seen = TRUE;
		}
	return MAX(APART_LINE_ENDS, gap + 1);
}

/* TRUE when block I stands between two paragraphs of the story, set
 * apart from both by APART line ends or more. */
static gboolean apart_in_story(const char *data, const GArray *blocks, const Info *info, guint i, guint apart)
{
	guint n = blocks->len;
	return i > 0 && i + 1 < n && clean_is_solid(&info[i - 1]) && clean_is_solid(&info[i + 1]) &&
	       line_ends_between(data, blocks, i - 1) >= apart && line_ends_between(data, blocks, i) >= apart;
}

/* TRUE for a short line of three words or more in sentence case with no
 * full stop, no colon, no number and no one's words: a caption's shape,
 * and a subhead's. */
static gboolean caption_shaped(const char *data, const CrBlock *block, const Info *b)
{
	return !b->sentence && !b->title_case && !b->introduces && !b->question && !b->digits &&
	       !b->reported && !b->lower_start && b->chars < SHORT_CHARS && b->words >= CAPTION_WORDS &&
	       clean_capitalised_words(data, block->start, block->end) == 0;
}

/* TRUE when a line of a caption's shape the rules took ("Group photo of
 * the MEI team", which names its picture) stands between two of the
 * story's paragraphs, set apart from both. */
static gboolean has_apart_caption(const char *data, const GArray *blocks, const Info *info, guint n,
				  guint apart)
{
	for (guint i = 1; i + 1 < n; i++)
		if (info[i].cls == CLASS_BAD &&
		    caption_shaped(data, &g_array_index(blocks, CrBlock, i), &info[i]) &&
		    apart_in_story(data, blocks, info, i, apart))
			return TRUE;
	return FALSE;
}

/* The first block of solid text that ends as a sentence: the story's
 * first paragraph under its standfirst; N when there is none. */
static guint first_prose(const Info *info, guint n)
{
	guint i = 0;
	while (i < n && !(clean_is_solid(&info[i]) && info[i].sentence))
		i++;
	return i;
}

/* Where the run of blocks the rules took, no sentence, that reaches
 * block PROSE from above begins (empty blocks among them); *LINES counts
 * its blocks of words. PROSE when none stands right above it. */
static guint run_above(const Info *info, guint prose, guint *lines)
{
	guint k = prose;
	*lines = 0;
	while (k > 0 && (info[k - 1].words == 0 || (info[k - 1].cls == CLASS_BAD && !info[k - 1].sentence))) {
		k--;
		*lines += info[k].words > 0;
	}
	return k;
}

/* TRUE when block I, under a solid block (a standfirst) and right above
 * RUN, the run of blocks the rules took that reaches the story's first
 * paragraph (LINES of them), is a writer's name: two or three
 * capitalised words over the writer's lines (a field, a school: "Maria
 * Gatta" over "Ecology and Conservation Biology" over "University of the
 * Witwatersrand, Johannesburg"). A headline of as few words has no
 * standfirst above it. */
static gboolean names_writer(const char *data, const CrBlock *block, const Info *info, guint n, guint i,
			     guint run, guint lines)
{
	const Info *b = &info[i];
	if (i + 1 != run || lines < WRITER_LINES_MIN || b->words < WRITER_NAME_MIN ||
	    b->words > WRITER_NAME_MAX || b->digits || b->sentence ||
	    clean_capitalised_words(data, block->start, block->end) != b->words)
		return FALSE;
	gint up = clean_beside(info, n, i, -1);
	return up >= 0 && clean_is_solid(&info[up]);
}

/* Words of distance a map's scale bar is marked in (general knowledge). */
static const char *const scale_units[] = { "km",   "m",		 "mi",	       "miles",	 "ft",
					   "feet", "kilometres", "kilometers", "metres", "meters" };

/* TRUE when data[p,end) opens with a map's scale bar as its text reads:
 * "0", a blank, a number, a blank and a unit of distance ("0 400 KM",
 * "0 150 m"). */
static gboolean scale_at(const char *data, gsize p, gsize end)
{
	if (p + 5 > end || data[p] != '0' || data[p + 1] != ' ' || !g_ascii_isdigit(data[p + 2]))
		return FALSE;
	gsize q = p + 2;
	while (q < end && g_ascii_isdigit(data[q]))
		q++;
	if (q == end || data[q] != ' ')
		return FALSE;
	gsize unit = ++q;
	while (q < end && g_ascii_isalpha(data[q]))
		q++;
	return (q == end || data[q] == ' ') &&
	       clean_is_one_of(data, unit, q, scale_units, G_N_ELEMENTS(scale_units), TRUE);
}

/* TRUE when data[start,end) holds a map's scale bars as a map's text
 * reads when a page prints its labels in a row, two of them, "0", a
 * number and a unit of distance each ("... Pacific Ocean S. KOREA Nara
 * Tokyo 0 400 KM 0 150 m ..."). The caller asks it only of a block that
 * is no sentence and holds few function words: a story's sentence may
 * count from zero too. */
static gboolean is_map_text(const char *data, gsize start, gsize end)
{
	guint scales = 0;
	for (gsize p = start; p < end && scales < MAP_SCALES; p++)
		scales += data[p] == '0' && (p == start || data[p - 1] == ' ') && scale_at(data, p, end);
	return scales >= MAP_SCALES;
}

/* TRUE when the block of words above or below block I has SHAPE. */
static gboolean beside_is(const char *data, const GArray *blocks, const Info *info, guint n, guint i,
			  gboolean (*shape)(const char *, gsize, gsize))
{
	for (gint step = -1; step <= 1; step += 2) {
		gint j = clean_beside(info, n, i, step);
		const CrBlock *block = j >= 0 ? &g_array_index(blocks, CrBlock, j) : NULL;
		if (block && shape(data, block->start, block->end))
			return TRUE;
	}
	return FALSE;
}

/* TRUE when the block of words above block I is a headline's fragment
 * in sentence case, no sentence, no date, no number ("The great
 * escape"), as a page sets its headline over a caption; a headline of
 * the caption's shape stands under the page's date or its breadcrumb's
 * labels in title case. */
static gboolean under_headline(const Info *info, guint n, guint i)
{
	gint up = clean_beside(info, n, i, -1);
	if (up < 0)
		return FALSE;
	const Info *b = &info[up];
	return b->words >= 2 && !b->sentence && !b->dated && !b->digits && !b->title_case;
}

/* Where a page's parts stand, found once: the story's first solid
 * block, the run of blocks the rules took right above its first solid
 * sentence and how many of them hold words, the line ends that set a
 * caption apart (0 until asked) and whether a caption stands set apart
 * in the story (-1 until asked). */
typedef struct {
	guint story, run, run_lines, apart_ends;
	int apart;
} Frame;

/* TRUE when block I, no sentence, is one of the lines above. */
static gboolean frame_line(const char *data, const GArray *blocks, const Info *info, guint n, guint i,
			   Frame *frame)
{
	const Info *b = &info[i];
	const CrBlock *block = &g_array_index(blocks, CrBlock, i);
	gsize start = block->start, end = block->end;
	if (b->dated && b->chars < LONG_CHARS && entry_line(data, start, end))
		return TRUE;
	/* a list of places and dates has lines of its shape beside it */
	if (b->dated && b->chars < TAGGED_STAMP_CHARS && tagged_stamp(data, start, end) &&
	    !beside_is(data, blocks, info, n, i, tagged_stamp))
		return TRUE;
	/* a caption inside the story, shorter than the paragraph going on
	 * under it; a wire's sign-off closes the story's last paragraph */
	if (b->last_capital && !b->reported && b->chars < 2 * LONG_CHARS &&
	    ends_with_initials(data, start, end)) {
		gint down = clean_beside(info, n, i, 1);
		if (down >= 0 && clean_is_solid(&info[down]) && info[down].chars > b->chars)
			return TRUE;
	}
	/* inside the story: the link and the caption have the page's
	 * headline's shapes above it; a list of results has lines of the
	 * link's shape beside it ("Mary Jones - Green Party Herald") */
	if (i > frame->story && b->last_capital && b->chars < SHORT_CHARS &&
	    titled_paper_link(data, start, end) && !beside_is(data, blocks, info, n, i, titled_paper_link))
		return TRUE;
	if (i + 1 == frame->story && !b->reported && b->chars < SHORT_CHARS * 2 &&
	    under_headline(info, n, i) && relative_caption(data, start, end))
		return TRUE;
	/* a map's labels in a row: few function words */
	if (b->digits && b->words >= MAP_WORDS && b->stops * 5 < b->words && is_map_text(data, start, end))
		return TRUE;
	/* a caption's sibling: set apart between two paragraphs as the page
	 * sets the caption it names its picture in; a subhead stands as close
	 * to its paragraphs as they to each other (apart_line_ends()) */
	if (caption_shaped(data, block, b)) {
		if (frame->apart_ends == 0)
			frame->apart_ends = apart_line_ends(data, blocks, info, n);
		gboolean apart = apart_in_story(data, blocks, info, i, frame->apart_ends);
		if (apart && frame->apart < 0)
			frame->apart = has_apart_caption(data, blocks, info, n, frame->apart_ends);
		if (apart && frame->apart > 0)
			return TRUE;
	}
	return names_writer(data, block, info, n, i, frame->run, frame->run_lines);
}

void clean_judge_post_lines(const char *data, const GArray *blocks, Info *info, guint n)
{
	Frame frame = { .story = clean_first_solid(info, n), .apart = -1 };
	guint prose = first_prose(info, n);
	/* a page with no sentence of text has no story to stand above */
	frame.run = prose < n ? run_above(info, prose, &frame.run_lines) : n;
	for (guint i = 0; i < n; i++) {
		const Info *b = &info[i];
		if (b->cls == CLASS_BAD || b->words == 0)
			continue;
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		if (b->sentence ? b->words <= NOTE_WORDS && !b->reported &&
				      news_address_note(data, block->start, block->end)
				: frame_line(data, blocks, info, n, i, &frame))
			info[i].cls = CLASS_BAD;
	}
}

/* Pictures' credits that name a wire or photo agency: a photographer and
 * the agencies in brackets at a caption's end, and an agency's name glued
 * to a caption's first word. */
#include "clean_private.h"

#include <string.h>

/* Wire services and picture agencies as newspapers credit them under a
 * picture: the three global wires (AP, AFP, Reuters), the European
 * Pressphoto Agency and the photo libraries (Getty Images, Shutterstock,
 * Alamy, Corbis), and national agencies whose pictures travel with wire
 * copy (Xinhua, PTI, ANI, IANS, UPI, dpa, EFE, ANSA, Kyodo, Yonhap,
 * Anadolu, TASS). Each name is the agency's own, as its credit line
 * prints it. */
static const char *const agencies[] = {
	"AP",	  "AFP",     "Reuters", "EPA",		"EPA-EFE", "Getty Images", "Getty",	"Xinhua",
	"PTI",	  "ANI",     "IANS",	"UPI",		"DPA",	   "EFE",	   "ANSA",	"Kyodo",
	"Yonhap", "Anadolu", "TASS",	"Shutterstock", "Alamy",   "Corbis",	   "Bloomberg",
};

gboolean clean_is_agency(const char *data, gsize start, gsize end)
{
	return clean_is_one_of(data, start, end, agencies, G_N_ELEMENTS(agencies), TRUE);
}

/* The most bytes of a bracketed credit (clean_ends_with_agency_credit()). */
#define AGENCY_CREDIT_BYTES 80

gboolean clean_ends_with_agency_credit(const char *data, gsize start, gsize end)
{
	end = clean_trimmed_end(data, start, end);
	if (end == start || data[end - 1] != ')')
		return FALSE;
	gsize close = end - 1, open = close;
	while (open > start && close - open < AGENCY_CREDIT_BYTES && data[open - 1] != '(' &&
	       data[open - 1] != ')')
		open--;
	if (open == start || data[open - 1] != '(')
		return FALSE;
	guint parts = 0, agencies_named = 0, names = 0;
	for (gsize p = open; p <= close; p++) {
		gsize q = p;
		while (q < close && data[q] != '/' && data[q] != ',')
			q++;
		gsize a = p, b = q;
		clean_trim(data, &a, &b);
		parts++;
		if (clean_is_agency(data, a, b)) {
			agencies_named++;
		} else {
			guint words = clean_capitalised_words(data, a, b);
			if (words < 2 || words > 4)
				return FALSE;
			names++;
		}
		p = q;
	}
	return parts >= 2 && agencies_named >= 1 && names <= 1;
}

gboolean clean_opens_with_glued_agency(const char *data, gsize start, gsize end)
{
	if (end - start < 4 || !g_ascii_isupper(data[start]) || !g_ascii_isupper(data[start + 1]))
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(agencies); i++) {
		const char *name = agencies[i];
		gsize len = strlen(name), r = start + len;
		if (r + 1 >= end || strncmp(data + start, name, len) != 0 || !g_ascii_isupper(data[r]))
			continue;
		gboolean capitals = TRUE;
		for (gsize k = 0; k < len; k++)
			capitals &= g_ascii_isupper(name[k]) || name[k] == '-';
		gsize q = r + 1;
		while (q < end && g_ascii_islower(data[q]))
			q++;
		if (!capitals || q == end || data[q] != ' ')
			continue;
		/* the caption's first word: an article ("APA man rowing ...",
		 * "AFPThe ...") or a word of four letters or more ("AFPPolice
		 * ..."); not "APIs" */
		gsize word = q - r;
		if ((word == 1 && data[r] == 'A') || (word == 2 && data[r] == 'A' && data[r + 1] == 'n') ||
		    (word == 3 && memcmp(data + r, "The", 3) == 0) || word >= 4)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when data[a,b) is agencies' names set apart by slashes, one at
 * least: "AP", "AFP/Getty Images". */
static gboolean agency_chain(const char *data, gsize a, gsize b)
{
	for (gsize p = a; p <= b;) {
		gsize q = p;
		while (q < b && data[q] != '/')
			q++;
		gsize s = p, e = q;
		clean_trim(data, &s, &e);
		if (!clean_is_agency(data, s, e))
			return FALSE;
		p = q + 1;
	}
	return b > a;
}

/* TRUE when data[p,end) opens with WORD, case kept, ending there. */
static gboolean word_is(const char *data, gsize p, gsize end, const char *word)
{
	gsize len = strlen(word);
	return p + len <= end && strncmp(data + p, word, len) == 0 &&
	       (p + len == end || data[p + len] == ' ');
}

/* The most bytes of a credit alone on its line (is_agency_credit()). */
#define CREDIT_LINE_BYTES 60

/* TRUE when data[start,end) is a credit alone on its line naming an
 * agency, with no caption: an agency's "Photo" ("AP Photo"), a source
 * "via" an agency ("KEYT-TV via AP") or a name, a slash and agencies
 * ("Noah Berger/AP"); *NAMED is TRUE when a photographer of two words or
 * more is named. */
static gboolean is_agency_credit(const char *data, gsize start, gsize end, gboolean *named)
{
	clean_trim(data, &start, &end);
	*named = FALSE;
	if (end - start > CREDIT_LINE_BYTES || end == start)
		return FALSE;
	gsize last = clean_word_start(data, start, end);
	if (last > start && (word_is(data, last, end, "Photo") || word_is(data, last, end, "Photos")))
		return agency_chain(data, start, last - 1);
	for (gsize p = start; p + 5 < end; p++)
		if (data[p] == ' ' && data[p + 1] == 'v' && data[p + 2] == 'i' && data[p + 3] == 'a' &&
		    data[p + 4] == ' ') {
			guint words = clean_capitalised_words(data, start, p);
			return words >= 1 && words <= 4 && agency_chain(data, p + 5, end);
		}
	const char *slash = memchr(data + start, '/', end - start);
	if (!slash)
		return FALSE;
	guint words = clean_capitalised_words(data, start, slash - data);
	*named = words >= 2;
	return words >= 1 && words <= 4 && agency_chain(data, slash - data + 1, end);
}

/* The longest credit at a caption's end (ends_with_slashed_agency()). */
#define SLASHED_TAIL_BYTES 90

/* TRUE when data[start,end) ends with a photographer and agencies after
 * slashes, no full stop between the caption and the name: "... in Hong
 * Kong on February 4 Anthony Wallace/AFP/Getty Images". */
static gboolean ends_with_slashed_agency(const char *data, gsize start, gsize end)
{
	clean_trim(data, &start, &end);
	gsize first = end, floor = end - start > SLASHED_TAIL_BYTES ? end - SLASHED_TAIL_BYTES : start;
	for (gsize p = end; p > floor; p--)
		if (data[p - 1] == '/') {
			if (!agency_chain(data, p, end))
				break;
			first = p - 1;
		}
	if (first == end || first == start || data[first - 1] == ' ')
		return FALSE;
	/* the photographer: two to four capitalised words after the
	 * caption's last word, which is not */
	guint words = 0;
	for (gsize q = first; q > start;) {
		gsize p = q;
		while (p > start && data[p - 1] != ' ')
			p--;
		if (p == q)
			return FALSE;
		if (!g_ascii_isupper(data[p]))
			return words >= 2 && words <= 4;
		if (++words > 4 || p == start)
			return FALSE;
		q = p - 1;
	}
	return FALSE;
}

/* The most bytes of an agency's name after a caption's bar
 * (clean_ends_with_bar_agency()). */
#define BAR_AGENCY_BYTES 40

gboolean clean_ends_with_bar_agency(const char *data, gsize start, gsize end)
{
	clean_trim(data, &start, &end);
	gsize bar = end;
	while (bar > start && end - bar < BAR_AGENCY_BYTES && data[bar - 1] != '|')
		bar--;
	if (bar == start || data[bar - 1] != '|' || !agency_chain(data, bar, end))
		return FALSE;
	return clean_count_words(data, start, bar - 1) >= BAR_CAPTION_WORDS;
}

/* TRUE when data[start,end) is a credit word and a web address alone:
 * "Photo credit www.nytimes.com", "Image source: example.org", "Videos
 * by example.com" (a site's own player among the story's paragraphs). */
static gboolean credits_a_site(const char *data, gsize start, gsize end)
{
	static const char *const labels[] = { "photo credit", "image credit", "picture credit",
					      "photo source", "image source", "photo by",
					      "photos by",    "image by",     "images by",
					      "video by",     "videos by" };
	clean_trim(data, &start, &end);
	char first = end > start ? g_ascii_tolower(data[start]) : '\0';
	if (first != 'p' && first != 'i' && first != 'v')
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(labels); i++) {
		gsize len = strlen(labels[i]), p = start + len;
		if (p >= end || g_ascii_strncasecmp(data + start, labels[i], len) != 0)
			continue;
		if (data[p] == ':')
			p++;
		if (p >= end || data[p] != ' ')
			return FALSE;
		while (p < end && data[p] == ' ')
			p++;
		const char *dot = memchr(data + p, '.', end - p);
		return dot && dot > data + p && dot + 1 < data + end && !memchr(data + p, ' ', end - p);
	}
	return FALSE;
}

/* TRUE when data[start,end) is a dateline alone with its agency and the
 * date it was filed: one to four capitalised words, an agency in
 * brackets, and words that open with a capital or a digit ("Mexico City
 * (AFP) Sept 20, 2017"). */
static gboolean is_filed_line(const char *data, gsize start, gsize end)
{
	clean_trim(data, &start, &end);
	const char *open = memchr(data + start, '(', end - start);
	if (!open || open == data + start)
		return FALSE;
	const char *close = memchr(open, ')', data + end - open);
	guint place = clean_capitalised_words(data, start, (gsize)(open - data) - 1);
	if (!close || place == 0 || place > 4 ||
	    !clean_is_agency(data, (gsize)(open - data) + 1, (gsize)(close - data)))
		return FALSE;
	gboolean word_start = TRUE, any = FALSE;
	for (const char *c = close + 1; c < data + end; c++) {
		if (*c == ' ') {
			word_start = TRUE;
			continue;
		}
		if (word_start && !g_ascii_isupper(*c) && !g_ascii_isdigit(*c))
			return FALSE;
		word_start = FALSE;
		any = TRUE;
	}
	return any;
}

/* TRUE when data[start,end) ends with a caption's full stop, a dash and a
 * source's name of two parts set apart by a slash, each opening with a
 * capital: "... on November 17, 2021. — YouTube/HumNewsLive". */
static gboolean ends_with_dashed_source(const char *data, gsize start, gsize end)
{
	static const char *const dashes[] = { "\xe2\x80\x94", "\xe2\x80\x93", "-" };
	clean_trim(data, &start, &end);
	gsize token = end;
	while (token > start && data[token - 1] != ' ')
		token--;
	if (token == end || token < start + 4 || !g_ascii_isupper(data[token]))
		return FALSE;
	const char *slash = memchr(data + token, '/', end - token);
	if (!slash || slash + 1 >= data + end || !g_ascii_isupper(slash[1]) ||
	    memchr(slash + 1, '/', (gsize)(data + end - slash - 1)))
		return FALSE;
	for (gsize p = token; p < end; p++)
		if (!g_ascii_isalnum(data[p]) && data[p] != '/')
			return FALSE;
	/* " — ", " – " or " - " before it, a full stop before that */
	gsize blank = token - 1;
	for (guint i = 0; i < G_N_ELEMENTS(dashes); i++) {
		gsize len = strlen(dashes[i]);
		if (blank >= start + len + 2 && memcmp(data + blank - len, dashes[i], len) == 0 &&
		    data[blank - len - 1] == ' ' && data[blank - len - 2] == '.')
			return TRUE;
	}
	return FALSE;
}

/* The most capitalised words on each side of a slashed credit
 * (slashed_names()). */
#define SLASHED_NAME_WORDS 3

/* Trims data[*start,*end) and sets *AT to its first slash: FALSE when it
 * has none. */
static gboolean split_at_slash(const char *data, gsize *start, gsize *end, gsize *at)
{
	clean_trim(data, start, end);
	const char *slash = memchr(data + *start, '/', *end - *start);
	if (!slash)
		return FALSE;
	*at = (gsize)(slash - data);
	return TRUE;
}

/* TRUE when data[start,end) is one to SLASHED_NAME_WORDS capitalised
 * words, a slash and as many again, nothing else: a picture's credit
 * naming its site and its photographer ("DNAinfo/Alex Nitkin") or the
 * photographer and an outlet no agency list holds. */
static gboolean slashed_names(const char *data, gsize start, gsize end)
{
	gsize at;
	if (!split_at_slash(data, &start, &end, &at))
		return FALSE;
	guint before = clean_capitalised_words(data, start, at);
	guint after = clean_capitalised_words(data, at + 1, end);
	return before >= 1 && before <= SLASHED_NAME_WORDS && after >= 1 && after <= SLASHED_NAME_WORDS &&
	       before + after >= 3;
}

/* TRUE when data[start,end) is a paper's bureau signing its copy, alone:
 * one to three capitalised words and "News Service" or "News Services"
 * ("Express News Service", "Tribune News Service"), as Indian and US
 * papers credit their own desks (general knowledge). */
static gboolean news_service(const char *data, gsize start, gsize end)
{
	static const char *const tails[] = { " News Service", " News Services" };
	clean_trim(data, &start, &end);
	for (guint k = 0; k < G_N_ELEMENTS(tails); k++) {
		gsize len = strlen(tails[k]);
		if (end - start <= len || memcmp(data + end - len, tails[k], len) != 0)
			continue;
		guint words = clean_capitalised_words(data, start, end - len);
		return words >= 1 && words <= 3;
	}
	return FALSE;
}

/* What papers call the wires when they credit copy to none by name:
 * "Agencies", as Indian, Pakistani and Gulf papers sign wire copy, and
 * "Wires" (general knowledge). */
static const char *const wire_words[] = { "Agencies", "Agency", "Wires", "News Agencies", "News Wires" };

/* TRUE when data[start,end) is exactly one of wire_words[]. */
static gboolean is_wire_word(const char *data, gsize start, gsize end)
{
	clean_trim(data, &start, &end);
	return clean_is_one_of(data, start, end, wire_words, G_N_ELEMENTS(wire_words), FALSE);
}

/* TRUE when data[start,end) is the wires and the site that ran their
 * copy, a slash between, either way round ("Agencies/Canadajournal",
 * "Dawn/Agencies"): one side a word of wire_words[], the other one to
 * SLASHED_NAME_WORDS capitalised words. */
static gboolean slashed_wires(const char *data, gsize start, gsize end)
{
	gsize at;
	if (!split_at_slash(data, &start, &end, &at))
		return FALSE;
	gboolean wires_first = is_wire_word(data, start, at);
	if (!wires_first && !is_wire_word(data, at + 1, end))
		return FALSE;
	guint words = wires_first ? clean_capitalised_words(data, at + 1, end)
				  : clean_capitalised_words(data, start, at);
	return words >= 1 && words <= SLASHED_NAME_WORDS;
}

/* The most words of a thanks for a tip (thanks_for_tip()). */
#define THANKS_WORDS 14

/* TRUE when data[start,end) thanks a reader for the story's tip or its
 * picture, alone on its line under the story ("Thanks to Erica Doe for
 * the tip off.", "Thank you to Dave Roe for the heads up."), as local
 * sites close a reader's tip (general knowledge). */
static gboolean thanks_for_tip(const char *data, gsize start, gsize end)
{
	static const char *const opens[] = { "Thanks to ", "Thank you to ", "Hat tip to " };
	static const char *const tails[] = { " for the tip",	  " for the tip off",  " for the tip-off",
					     " for the heads up", " for the heads-up", " for the photo",
					     " for the photos",	  " for the picture",  " for the pictures",
					     " for the video" };
	if (data[start] != 'T' && data[start] != 'H')
		return FALSE;
	clean_trim(data, &start, &end);
	while (end > start && (data[end - 1] == '.' || data[end - 1] == '!'))
		end--;
	gboolean opened = FALSE;
	for (guint k = 0; k < G_N_ELEMENTS(opens) && !opened; k++)
		opened =
		    end - start > strlen(opens[k]) && memcmp(data + start, opens[k], strlen(opens[k])) == 0;
	if (!opened)
		return FALSE;
	for (guint k = 0; k < G_N_ELEMENTS(tails); k++) {
		gsize len = strlen(tails[k]);
		if (end - start > len && g_ascii_strncasecmp(data + end - len, tails[k], len) == 0)
			return TRUE;
	}
	return FALSE;
}

/* TRUE when data[start,end) is the line WordPress's Press This bookmarklet
 * closes a post it clipped with (wp-admin/press-this.php before 4.2:
 * __('via ') and a link to the source's title and a full stop: "via
 * Station Name Story's Title."): "via" in lower case, then a capital or a
 * digit, ending in a full stop. */
static gboolean pressed_via(const char *data, gsize start, gsize end)
{
	clean_trim(data, &start, &end);
	return end - start > 6 && memcmp(data + start, "via ", 4) == 0 &&
	       (g_ascii_isupper(data[start + 4]) || g_ascii_isdigit(data[start + 4])) && data[end - 1] == '.';
}

/* The most bytes of a Press This line (pressed_via()). */
#define PRESSED_VIA_BYTES 240

/* The most bytes of a photographer's name alone (take_photographer()). */
#define PHOTOGRAPHER_BYTES 40

/* Flags the block beside credit I in direction STEP when it is a
 * photographer's name alone, two or three capitalised words: a gallery
 * sets "Noah Berger" over "AP Photo", "KEYT-TV via AP" over "John
 * Palminteri". */
static void take_photographer(const char *data, const GArray *blocks, Info *info, guint n, guint i, gint step)
{
	gint j = clean_beside(info, n, i, step);
	if (j < 0 || info[j].cls == CLASS_BAD || info[j].chars > PHOTOGRAPHER_BYTES || info[j].sentence ||
	    info[j].stops > 0)
		return;
	const CrBlock *block = &g_array_index(blocks, CrBlock, j);
	guint words = clean_capitalised_words(data, block->start, block->end);
	if (words >= 2 && words <= 3 && info[j].words == words)
		info[j].cls = CLASS_BAD;
}

/* The most words of a repost's source line (published_in()). */
#define PUBLISHED_WORDS 14

/* TRUE when data[start,end) is the line a repost closes with, naming the
 * paper that printed the story first: "Published in", "First published
 * in" or "Originally published in", a capitalised word (the paper's
 * name), then no comma to the full stop, a year before it ("Published
 * in The Rising Nepal daily on 6 March 2023."); a story's sentence on a
 * study goes on after its journal ("Published in Nature on Monday, the
 * study found ..."), and a review's last line names no date ("Published
 * in Britain by Faber and Faber at 20 pounds."; after review 39). */
static gboolean published_in(const char *data, gsize start, gsize end)
{
	clean_trim(data, &start, &end);
	gsize p = start;
	if (clean_word_at(data, p, end, "first") || clean_word_at(data, p, end, "originally"))
		p = clean_word_end(data, p, end) + 1;
	if (!clean_word_at(data, p, end, "published"))
		return FALSE;
	p += 10;
	if (!clean_word_at(data, p, end, "in") || p + 3 >= end || !g_ascii_isupper(data[p + 3]))
		return FALSE;
	return end > p + 9 && data[end - 1] == '.' && data[end - 6] == ' ' &&
	       g_ascii_isdigit(data[end - 5]) && g_ascii_isdigit(data[end - 4]) &&
	       g_ascii_isdigit(data[end - 3]) && g_ascii_isdigit(data[end - 2]) &&
	       !memchr(data + p, ',', end - p);
}

/* The most words of a wire's inputs credit ("(With agency inputs)"). */
#define INPUTS_WORDS 6

/* TRUE when data[start,end), brackets aside, is a wire's inputs credit
 * as Indian and Pakistani papers close a story: "With", one to four
 * words and "inputs" ("(With AP inputs)", "With PTI inputs"), no stop
 * inside; a story's aside in brackets goes on after its "inputs" ("(With
 * the council's inputs, the plan was redrawn.)"). The words between
 * name the wires, all capitalised, unless the credit, in brackets,
 * CLOSES the story ("(With agency inputs)"): a subhead or a list's item
 * inside the story names lower-case things ("With cheaper inputs",
 * "(With fertiliser and seed inputs)"; after review 39). */
static gboolean wire_inputs(const char *data, gsize start, gsize end, gboolean closes)
{
	clean_trim(data, &start, &end);
	gboolean brackets = end - start > 2 && data[start] == '(' && data[end - 1] == ')';
	if (brackets) {
		start++;
		end--;
	}
	guint words = clean_count_words(data, start, end);
	if (words < 3 || words > INPUTS_WORDS || !clean_word_at(data, start, end, "with"))
		return FALSE;
	gsize last = clean_word_start(data, start, end);
	if (!clean_word_at(data, last, end, "inputs") && !clean_word_at(data, last, end, "input"))
		return FALSE;
	for (gsize p = start; p < end; p++)
		if (data[p] == '.' || data[p] == ',' || data[p] == ';' || data[p] == ':')
			return FALSE;
	return (brackets && closes) ||
	       clean_capitalised_words(data, clean_word_end(data, start, end), last) == words - 2;
}

/* TRUE when the block above block I is furniture (a caption, its
 * button: "View Full Caption"). */
static gboolean under_furniture(const Info *info, guint n, guint i)
{
	gint up = clean_beside(info, n, i, -1);
	return up >= 0 && info[up].cls == CLASS_BAD;
}

/* The most words of a name after the copyright sign in letters. */
#define COPYRIGHT_NAME_WORDS 5

/* TRUE when data[start,end) opens with a letter in brackets, "(c)" or
 * "(C)" when LETTER is 'c', and a blank. */
static gboolean opens_with_bracketed(const char *data, gsize start, gsize end, char letter)
{
	return end - start >= 4 && data[start] == '(' && g_ascii_tolower(data[start + 1]) == letter &&
	       data[start + 2] == ')' && data[start + 3] == ' ';
}

/* TRUE when block I is the copyright sign in letters before a name of one
 * to COPYRIGHT_NAME_WORDS capitalised words ("(c) Washington Post"), not
 * a lettered list's third item ("(c) Evening Crossings" under "(a) ..." or
 * "(b) ...", however far above). */
static gboolean copyright_in_letters(const char *data, const GArray *blocks, const Info *info, guint i)
{
	const CrBlock *block = &g_array_index(blocks, CrBlock, i);
	if (!opens_with_bracketed(data, block->start, block->end, 'c'))
		return FALSE;
	guint words = clean_capitalised_words(data, block->start + 4,
					      clean_trimmed_end(data, block->start, block->end));
	if (words < 1 || words > COPYRIGHT_NAME_WORDS)
		return FALSE;
	/* a lettered list's items "(a)" or "(b)" above, however far */
	for (guint up = 0; up < i; up++) {
		const CrBlock *above = &g_array_index(blocks, CrBlock, up);
		if (info[up].words > 0 && (opens_with_bracketed(data, above->start, above->end, 'a') ||
					   opens_with_bracketed(data, above->start, above->end, 'b')))
			return FALSE;
	}
	return TRUE;
}

void clean_judge_credit_lines(const char *data, const GArray *blocks, Info *info, guint n)
{
	guint last = clean_last_solid(info, n);
	for (guint i = 0; i < n; i++) {
		Info *b = &info[i];
		if (b->cls == CLASS_BAD || b->words == 0 || b->chars >= 2 * LONG_CHARS)
			continue;
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		if (b->sentence) {
			/* a reader's tip thanked; a clipped post's source closing the page;
			 * a repost's source under the story's last paragraph */
			if (i > 0 &&
			    ((b->words <= THANKS_WORDS && thanks_for_tip(data, block->start, block->end)) ||
			     (b->lower_start && b->chars <= PRESSED_VIA_BYTES &&
			      clean_beside(info, n, i, 1) < 0 &&
			      pressed_via(data, block->start, block->end)) ||
			     (b->words <= PUBLISHED_WORDS && i > last &&
			      published_in(data, block->start, block->end))))
				b->cls = CLASS_BAD;
			continue;
		}
		gboolean named = FALSE;
		/* "Mexico City (AFP) Sept 20, 2017": where and when the story was filed */
		if (b->dated && b->chars <= CREDIT_LINE_BYTES &&
		    is_filed_line(data, block->start, block->end)) {
			b->cls = CLASS_BAD;
			continue;
		}
		/* "(c) Washington Post": a copyright line */
		if (b->chars <= CREDIT_LINE_BYTES && copyright_in_letters(data, blocks, info, i)) {
			b->cls = CLASS_BAD;
			continue;
		}
		if (b->chars <= CREDIT_LINE_BYTES && b->last_capital &&
		    (news_service(data, block->start, block->end) ||
		     slashed_wires(data, block->start, block->end))) {
			b->cls = CLASS_BAD;
			continue;
		}
		if (b->chars <= CREDIT_LINE_BYTES &&
		    ((b->last_capital && is_agency_credit(data, block->start, block->end, &named)) ||
		     credits_a_site(data, block->start, block->end))) {
			b->cls = CLASS_BAD;
			/* "AP Photo", "KEYT-TV via AP": the photographer beside it */
			for (gint step = -1; !named && step <= 1; step += 2)
				take_photographer(data, blocks, info, n, i, step);
		} else if (b->last_capital && (ends_with_slashed_agency(data, block->start, block->end) ||
					       ends_with_dashed_source(data, block->start, block->end))) {
			b->cls = CLASS_BAD;
		} else if (b->chars <= CREDIT_LINE_BYTES && b->last_capital && i > 0 &&
			   slashed_names(data, block->start, block->end) && under_furniture(info, n, i)) {
			/* a credit under furniture: "View Full Caption" over "DNAinfo/Alex Nitkin" */
			b->cls = CLASS_BAD;
		} else if (b->chars <= CREDIT_LINE_BYTES &&
			   wire_inputs(data, block->start, block->end, i > last)) {
			/* "(With AP inputs)" closing a story */
			b->cls = CLASS_BAD;
		}
	}
}

/* The most bytes a caption's credit adds to its description. */
#define CREDIT_TAIL_BYTES 80

/* TRUE when data[start,end) holds the word "credit" or "photo" in any
 * case ("Photo credit Kevin Winter/Getty Images"), the copyright sign ("©
 * Observers") or names a credit. */
static gboolean tail_credits(const char *data, gsize start, gsize end)
{
	if (g_strstr_len(data + start, (gssize)(end - start), "\u00A9"))
		return TRUE;
	for (gsize p = start; p + 5 <= end; p++)
		if ((p == start || !g_ascii_isalpha(data[p - 1])) &&
		    ((p + 6 <= end && g_ascii_strncasecmp(data + p, "credit", 6) == 0) ||
		     g_ascii_strncasecmp(data + p, "photo", 5) == 0))
			return TRUE;
	return clean_names_a_credit(data, start, end);
}

gboolean clean_credited_copy(const char *data, const CrBlock *a, const CrBlock *b, const Info *bi)
{
	return bi->cls == CLASS_BAD &&
	       clean_opens_with_copy(data, a, b, SHORT_CHARS / 2, CREDIT_TAIL_BYTES) &&
	       tail_credits(data, b->start + (a->end - a->start), b->end);
}

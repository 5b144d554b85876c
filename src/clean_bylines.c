/* Who wrote the story: where a byline stands, and the forms the
 * reader's byline (up to eight words, opening with "By") does not take:
 * a list of names ("By Jessie Yeung, Jenni Marsh, Adam Renton and Amy
 * Woodyatt, CNN"), a live blog's post signed "From" a newsroom ("From
 * CNN's Jacqueline Howard and Michael Nedelman"), and the sentence that
 * credits contributors ("CNN's Mallika Kallingal and Joe Sutton
 * contributed to this report.", maybe after where the writer filed
 * from: "Pietsch reported from Seoul."), and a reporter's name with the
 * paper's above a reposted story ("Bruce Finley, The Denver Post"), and a
 * writer's name with how to reach them ("Stacia Glenn: 253-597-8653");
 * and an author's box closing the page, a name over a biography opening
 * with it. */
#define _GNU_SOURCE /* memmem, memrchr */
#include "clean_private.h"

#include <string.h>

/* The fewest and the most digits of a telephone number, its country's
 * code included (ITU-T E.164 numbers hold at most fifteen). */
#define PHONE_MIN_DIGITS 7
#define PHONE_MAX_DIGITS 15

/* The most bytes of a byline or a contributors' line. */
#define BYLINE_BYTES 200
/* The most words of a contributors' line. */
#define CONTRIBUTORS_WORDS 30

/* TRUE when data[p,end) opens with WORD, case kept, and a blank. */
static gboolean opens_with(const char *data, gsize p, gsize end, const char *word)
{
	gsize len = strlen(word);
	return p + len < end && strncmp(data + p, word, len) == 0 && data[p + len] == ' ';
}

/* The number of names data[start,end) lists: items of one to four
 * capitalised words set apart by commas, "and" or "&", every item
 * counted that has two words or more; 0 when an item is anything else.
 * POSSESSIVE wants the first item to open with a newsroom's possessive
 * ("CNN's Jacqueline Howard"). *ITEMS_READ gets the number of items of a
 * list read whole. */
static guint listed_names(const char *data, gsize start, gsize end, gboolean possessive, guint *items_read)
{
	guint names = 0, items = 0;
	for (gsize p = start; p < end;) {
		gsize q = p, sep = 0;
		/* the item runs to a comma, " and " or " & " */
		while (q < end && data[q] != ',') {
			if (q + 5 <= end && memcmp(data + q, " and ", 5) == 0) {
				sep = 5;
				break;
			}
			if (q + 3 <= end && memcmp(data + q, " & ", 3) == 0) {
				sep = 3;
				break;
			}
			q++;
		}
		gsize a = p, b = q;
		clean_trim(data, &a, &b);
		if (items == 0 && possessive) {
			/* the newsroom: one to three capitalised words and "'s" */
			gsize mark = a;
			while (mark + 2 < b &&
			       !(data[mark] == '\'' && data[mark + 1] == 's' && data[mark + 2] == ' '))
				mark++;
			guint newsroom = clean_capitalised_words(data, a, mark);
			if (mark + 2 >= b || newsroom == 0 || newsroom > 3)
				return 0;
			a = mark + 3;
		}
		guint words = clean_capitalised_words(data, a, b);
		if (words == 0 || words > 4)
			return 0;
		names += words >= 2;
		items++;
		/* ", and": the serial comma before the last item */
		if (q < end && data[q] == ',' &&
		    opens_with(data, q + 1 + (q + 1 < end && data[q + 1] == ' '), end, "and"))
			q += 1 + (data[q + 1] == ' ') + 3;
		p = q + (sep ? sep : 1);
	}
	*items_read = items;
	return names;
}

/* The end of data[start,end) before the source in brackets closing it
 * ("By KIM TONG-HYUNG and HYUNG-JIN KIM (Associated Press)": one to
 * four capitalised words after a blank); END when it has none. */
static gsize before_bracketed_source(const char *data, gsize start, gsize end)
{
	if (end - start < 4 || data[end - 1] != ')')
		return end;
	const char *open = memrchr(data + start, '(', end - start);
	if (!open || open == data + start || open[-1] != ' ')
		return end;
	gsize at = (gsize)(open - data);
	guint words = clean_capitalised_words(data, at + 1, end - 1);
	return words >= 1 && words <= 4 ? at - 1 : end;
}

gboolean clean_lists_authors(const char *data, gsize start, gsize end)
{
	guint items = 0;
	end = before_bracketed_source(data, start, end);
	if (opens_with(data, start, end, "By"))
		return listed_names(data, start + 3, end, FALSE, &items) >= 2;
	if (opens_with(data, start, end, "From"))
		return listed_names(data, start + 5, end, TRUE, &items) >= 1;
	return FALSE;
}

/* Where the sentence opening data[start,end) ends when it says where the
 * story's writer filed from: one or two capitalised words, "reported
 * from", one to three capitalised words and a full stop ("Pietsch
 * reported from Seoul. ..."); START when it does not. */
static gsize reported_from(const char *data, gsize start, gsize end)
{
	const char *verb = memmem(data + start, MIN(end - start, 40), " reported from ", 15);
	if (!verb)
		return start;
	gsize at = (gsize)(verb - data), place = at + 15;
	guint name = clean_capitalised_words(data, start, at);
	const char *stop = memchr(data + place, '.', end - place);
	if (name < 1 || name > 2 || !stop || (gsize)(stop - data) + 2 >= end || stop[1] != ' ')
		return start;
	guint words = clean_capitalised_words(data, place, (gsize)(stop - data));
	return words >= 1 && words <= 3 ? (gsize)(stop - data) + 2 : start;
}

/* TRUE when data[start,end) is one sentence crediting contributors:
 * "... contributed to this report.", "... contributed reporting from
 * Paris.", maybe after where the writer filed from ("Pietsch reported
 * from Seoul. ..."). */
static gboolean credits_contributors(const char *data, gsize start, gsize end)
{
	static const char *const endings[] = { " to this report", " to this story", " to this article",
					       " reporting" };
	while (end > start && g_ascii_isspace(data[end - 1]))
		end--;
	if (end == start || data[end - 1] != '.' || !g_ascii_isupper(data[start]))
		return FALSE;
	const char *verb = memmem(data + start, end - start, " contributed", 12);
	if (!verb)
		return FALSE;
	gsize p = (gsize)(verb - data) + 12;
	for (guint i = 0; i < G_N_ELEMENTS(endings); i++) {
		gsize len = strlen(endings[i]);
		if (p + len < end && memcmp(data + p, endings[i], len) == 0)
			return (p + len + 1 == end || data[p + len] == ' ') &&
			       (!clean_sentence_inside(data, start, end) ||
				!clean_sentence_inside(data, reported_from(data, start, end), end));
	}
	return FALSE;
}

/* TRUE when data[start,end) is a reporter's name and the paper they
 * write for, after a comma and "The": "Bruce Finley, The Denver Post" (a
 * reposted story's byline, with no "By"). */
static gboolean names_writer_and_paper(const char *data, gsize start, gsize end)
{
	const char *comma = memchr(data + start, ',', end - start);
	if (!comma || memchr(comma + 1, ',', end - (gsize)(comma + 1 - data)))
		return FALSE;
	gsize at = (gsize)(comma - data);
	guint name = clean_capitalised_words(data, start, at);
	gsize paper = at + 1 + (at + 1 < end && data[at + 1] == ' ');
	guint words = clean_capitalised_words(data, paper, end);
	return name >= 2 && name <= 3 && opens_with(data, paper, end, "The") && words >= 2 && words <= 5;
}

gboolean clean_is_phone_number(const char *data, gsize start, gsize end)
{
	guint digits = 0, groups = 0;
	for (gsize p = start; p < end; p++) {
		char c = data[p];
		if (g_ascii_isdigit(c)) {
			groups += p == start || !g_ascii_isdigit(data[p - 1]);
			digits++;
		} else if (!(c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' ||
			     (c == '+' && p == start))) {
			return FALSE;
		}
	}
	return digits >= PHONE_MIN_DIGITS && digits <= PHONE_MAX_DIGITS && groups >= 3 &&
	       g_ascii_isdigit(data[end - 1]);
}

gboolean clean_is_address(const char *data, gsize start, gsize end)
{
	const char *at = memchr(data + start, '@', end - start);
	return at && end - start > 1 && !memchr(data + start, ' ', end - start);
}

/* TRUE when data[start,end) is a writer's name of two to four
 * capitalised words, a colon and how to reach them: telephone numbers,
 * e-mail addresses or handles set apart by commas ("Stacia Glenn:
 * 253-597-8653", "Ana Ruiz: 555-0134-22, @anaruiz"), as a paper prints
 * it under its reporter's story. */
static gboolean names_writer_contact(const char *data, gsize start, gsize end)
{
	const char *colon = memchr(data + start, ':', end - start);
	if (!colon)
		return FALSE;
	guint name = clean_capitalised_words(data, start, (gsize)(colon - data));
	if (name < 2 || name > 4)
		return FALSE;
	for (gsize p = (gsize)(colon - data) + 1; p < end;) {
		while (p < end && data[p] == ' ')
			p++;
		const char *comma = memchr(data + p, ',', end - p);
		gsize item_end = comma ? (gsize)(comma - data) : end;
		if (p == item_end ||
		    !(clean_is_phone_number(data, p, item_end) || clean_is_address(data, p, item_end)))
			return FALSE;
		p = item_end + 1;
	}
	return TRUE;
}

/* The most words of a writer's name and the widget's word glued to it. */
#define GLUED_BYLINE_WORDS 5

/* TRUE when block I, data[start,end), is "By" and a name with a word glued
 * to it, capitalised words and no other sign ("By Stephanie Tsoflias
 * Siegel Comment"), under the page's first line: the page's headline or a
 * standfirst opening "By" has a colon, a comma or more words ("By The
 * Numbers: Twitter Users Flock To Threads"). */
static gboolean glued_byline(const char *data, gsize start, gsize end, const Info *info, guint i)
{
	if (!opens_with(data, start, end, "By"))
		return FALSE;
	guint words = clean_capitalised_words(data, start + 3, clean_trimmed_end(data, start, end));
	gboolean under_first = FALSE;
	for (guint up = 0; up < i && !under_first; up++)
		under_first = info[up].words > 0;
	return under_first && words >= 2 && words <= GLUED_BYLINE_WORDS;
}

void clean_judge_bylines(const char *data, const GArray *blocks, Info *info, guint n)
{
	gboolean paragraph_seen = FALSE;
	for (guint i = 0; i < n; i++) {
		Info *b = &info[i];
		/* a writer and their paper may stand under a standfirst's short
		 * lines with no full stop, above the story's first paragraph */
		gboolean above_paragraph = !paragraph_seen;
		paragraph_seen |= b->first == CLASS_GOOD || (b->first == CLASS_NEARGOOD && b->sentence);
		if (b->cls == CLASS_BAD || b->words < 3 || b->chars > BYLINE_BYTES)
			continue;
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		/* a byline above the story with a widget's word glued to it,
		 * which a byline alone would not carry: "By Stephanie Tsoflias
		 * Siegel Comment" (its comment link) */
		if ((above_paragraph && b->byline && !b->sentence && b->evidence > 0 &&
		     glued_byline(data, block->start, block->end, info, i)) ||
		    (!b->sentence && clean_lists_authors(data, block->start, block->end)) ||
		    (b->sentence && b->words <= CONTRIBUTORS_WORDS &&
		     credits_contributors(data, block->start, block->end)) ||
		    (above_paragraph && !b->sentence &&
		     names_writer_and_paper(data, block->start, block->end)) ||
		    (b->digits && !b->sentence && names_writer_contact(data, block->start, block->end)))
			b->cls = CLASS_BAD;
	}
}

/* TRUE when data[start,end) opens with "By" and lists two things or
 * more of one word each ("By Land, Sea and Air"): a person's name has two
 * words, an agency stands alone ("By Reuters"). */
static gboolean lists_things(const char *data, gsize start, gsize end)
{
	guint items = 0;
	return opens_with(data, start, end, "By") && listed_names(data, start + 3, end, FALSE, &items) == 0 &&
	       items >= 2;
}

/* TRUE when block I, a byline, is placed as one: the story has not begun
 * above it, it carries the date it was filed ("by Art Lien | Aug 14,
 * 2013 | Courtroom" over each post of a list), or a date, a dateline (a
 * place and a colon: "By our correspondent" over "LAHORE: ..." in a page
 * of briefs) or the page's end comes under it ("Editor: Alexander"). */
static gboolean placed_as_byline(const Info *info, guint n, guint i, gboolean story_begun)
{
	if (!story_begun || info[i].dated)
		return TRUE;
	gint next = clean_beside(info, n, i, 1);
	return next < 0 || info[next].dated || info[next].dateline || info[next].place_line ||
	       info[next].colon_label;
}

gboolean clean_guard_bylines(const char *data, const GArray *blocks, Info *info, guint n)
{
	gboolean story_begun = FALSE, taken = FALSE;
	for (guint i = 0; i < n; i++) {
		if (info[i].byline) {
			const CrBlock *block = &g_array_index(blocks, CrBlock, i);
			if (!placed_as_byline(info, n, i, story_begun) ||
			    lists_things(data, block->start, block->end)) {
				info[i].byline = FALSE;
				taken = TRUE;
			}
		}
		story_begun |= info[i].first == CLASS_GOOD;
	}
	return taken;
}

/* The most bytes of an author's box's biography. */
#define BIO_BYTES (4 * LONG_CHARS)

/* TRUE when data[start,end) opens with the word at data[word,word_end)
 * and a word in lower case after it ("Alex worked ..."). */
static gboolean opens_with_word(const char *data, gsize start, gsize end, gsize word, gsize word_end)
{
	gsize len = word_end - word;
	return start + len + 2 < end && memcmp(data + start, data + word, len) == 0 &&
	       data[start + len] == ' ' && g_ascii_islower(data[start + len + 1]);
}

/* TRUE when data[start,end) opens with what a writer is, maybe after
 * one word ("Writer and journalist living in ...", "Staff reporter at
 * ..."), then a word in lower case: how an author's box introduces its
 * writer (a journalist's role, or "freelance"). */
static gboolean opens_with_trade(const char *data, gsize start, gsize end)
{
	gsize p = start;
	for (guint word = 0; word < 2 && p < end; word++) {
		gsize q = p;
		while (q < end && g_ascii_isalpha(data[q]))
			q++;
		if (clean_role_at(data, p, q) || clean_word_at(data, p, q, "freelance"))
			return q + 1 < end && data[q] == ' ' && g_ascii_islower(data[q + 1]);
		if (q == p || q >= end || data[q] != ' ')
			return FALSE;
		p = q + 1;
	}
	return FALSE;
}

/* TRUE when a block reading as text stands above block I: the page's
 * story, which an author's box closes. */
static gboolean story_above(const Info *info, guint i)
{
	for (guint k = 0; k < i; k++)
		if (info[k].cls >= CLASS_NEARGOOD)
			return TRUE;
	return FALSE;
}

void clean_judge_author_box(const char *data, const GArray *blocks, Info *info, guint n)
{
	/* the biography: the last block that is not furniture */
	gint bio = (gint)n - 1;
	while (bio >= 0 && (info[bio].words == 0 || info[bio].cls == CLASS_BAD))
		bio--;
	gint name = bio > 0 ? clean_beside(info, n, (guint)bio, -1) : -1;
	if (name < 0 || info[bio].reported || info[bio].chars >= BIO_BYTES || info[name].words < 2 ||
	    info[name].words > 3 || info[name].digits)
		return;
	const CrBlock *nb = &g_array_index(blocks, CrBlock, name), *bb = &g_array_index(blocks, CrBlock, bio);
	/* the page may cut the biography short after its first sentence */
	if (!info[bio].sentence && !clean_sentence_inside(data, bb->start, bb->end))
		return;
	const char *space = memchr(data + nb->start, ' ', nb->end - nb->start);
	const char *last = memrchr(data + nb->start, ' ', nb->end - nb->start);
	if (!space || clean_capitalised_words(data, nb->start, nb->end) != info[name].words ||
	    !story_above(info, (guint)name))
		return;
	gsize first_end = (gsize)(space - data), last_start = (gsize)(last - data) + 1;
	if (opens_with_word(data, bb->start, bb->end, nb->start, first_end) ||
	    opens_with_word(data, bb->start, bb->end, last_start, nb->end) ||
	    opens_with_trade(data, bb->start, bb->end)) {
		info[name].cls = CLASS_BAD;
		info[bio].cls = CLASS_BAD;
	}
}

/* The class each block of a report earns by itself and by the block
 * beside it, before the context pass of clean.c: each block is read
 * (length, stop-word density, signs of furniture), given a first class as
 * jusText does, then a caption over a bare credit, a teaser cut from the
 * block after it, a masthead's label and an embed in another script are
 * settled by their place. */
#include "clean_private.h"
#include "name_lexicon.h"

#include <string.h>

/* The most words of a credit alone. */
#define BARE_CREDIT_WORDS 12
/* The most words of a sentence over a bare credit taken for its caption. */
#define CAPTION_SENTENCE_WORDS 6

/* TRUE when most words of the document's longer blocks are English
 * function words, so that stop-word density means something. */
static gboolean reads_as_english(const Info *info, guint n)
{
	guint words = 0, stops = 0;

	for (guint i = 0; i < n; i++) {
		if (info[i].words >= 8) {
			words += info[i].words;
			stops += info[i].stops;
		}
	}
	return words > 0 && stops * 100 >= words * 15;
}

/* TRUE for one long sentence of prose under LONG_CHARS, which needs more
 * than one plain sign: a lead a furniture word runs into
 * ("Breaking News imageShots have been fired at ..., police say, and a
 * man has fled ..."); not a label's line ("Related: ..."). */
static gboolean prose_sentence(const Info *b)
{
	return b->one_sentence && !b->label && !b->colon_label && !b->credit && b->words >= 25 &&
	       b->stops * 4 >= b->words;
}

/* The class a block earns by itself. */
static Class first_class(const Info *b, gboolean english)
{
	if (b->letter)
		return CLASS_SHORT;
	if (b->hard)
		return CLASS_BAD;
	/* A button ("Print", "Comments (2)") falls on a hint, a sentence or a
	 * headline needs a plain sign, a paragraph a density of them. */
	double needed = b->chars >= LONG_CHARS	 ? MAX(1.5, 0.08 * b->words)
			: prose_sentence(b)	 ? 1.5
			: b->label || b->counter ? 0.5
						 : 1.0;
	if (b->evidence >= needed)
		return CLASS_BAD;
	/* "14.11.2023 | 11:20": the bars of a dateline are no furniture;
	 * "March 14, 2024 at 6:00 a.m." ends as no sentence does, nor does a
	 * short byline ("Published by HOLR Magazine."); a stamp with its
	 * update, dates over half its words, runs longer ("Thursday, October 8,
	 * 2009 | 1:36 p.m. CDT; updated 3:22 p.m. CDT, Thursday, October 8,
	 * 2009") */
	if ((b->dated || b->byline) && b->evidence <= 0.5 * b->separators && b->chars <= 100 &&
	    (b->words <= 12 || (b->dated && b->stamp && b->words <= 20)) &&
	    (!b->sentence || (b->dated && b->stamp) || b->byline))
		return CLASS_META;
	double stop = b->words ? (double)b->stops / b->words : 0;
	if (b->chars >= LONG_CHARS) {
		if (!english || stop >= 0.25)
			return CLASS_GOOD;
		return stop >= 0.15 ? CLASS_NEARGOOD : CLASS_SHORT;
	}
	if (b->chars >= SHORT_CHARS && (english ? stop >= 0.2 : b->sentence))
		return CLASS_NEARGOOD;
	return CLASS_SHORT;
}

/* Adds the evidence of teasers: a block that breaks off in an ellipsis
 * hints at one, all the more when it opens with a dateline, and a run of
 * them is a list of other stories. */
static void weigh_teasers(Info *info, guint n)
{
	for (guint i = 0; i < n; i++) {
		if (!info[i].ellipsis)
			continue;
		info[i].evidence += info[i].dateline ? 0.75 : 0.25;
		if ((i > 0 && info[i - 1].ellipsis) || (i + 1 < n && info[i + 1].ellipsis))
			info[i].evidence += 1;
	}
}

/* TRUE when block A, ending in an ellipsis, is the start of block B cut
 * short: a teaser of the caption or story after it. */
static gboolean cut_short_copy(const char *data, const CrBlock *a, const CrBlock *b)
{
	gsize end = a->end;
	while (end > a->start && (data[end - 1] == '.' || data[end - 1] == ' '))
		end--;
	if (end >= a->start + 3 && memcmp(data + end - 3, "\xe2\x80\xa6", 3) == 0)
		end -= 3;
	gsize len = end - a->start;
	return len >= SHORT_CHARS / 2 && len < b->end - b->start &&
	       memcmp(data + a->start, data + b->start, len) == 0;
}

/* TRUE when block B is a picture's credit and nothing else: "Photo: Alex
 * Wong / Getty Images News / Getty Images". */
static gboolean is_bare_credit(const Info *b)
{
	return b->credit && !b->sentence && b->words <= BARE_CREDIT_WORDS;
}

/* The most words of a photographer's name alone under a picture's file
 * name (file_credit()). */
#define FILE_CREDIT_WORDS 3

/* TRUE when block B (its Info BI) is a name alone: two to
 * FILE_CREDIT_WORDS capitalised words, no function word, number or
 * punctuation but a name's, the first a given name the gazetteer knows
 * ("Noah Fecks"; a subhead "Economic Fallout" is none). */
static gboolean file_credit(const char *data, const CrBlock *b, const Info *bi)
{
	if (bi->sentence || bi->digits || bi->stops != 0 || bi->words < 2 || bi->words > FILE_CREDIT_WORDS ||
	    clean_capitalised_words(data, b->start, b->end) != bi->words)
		return FALSE;
	gsize len = strcspn(data + b->start, " ");
	g_autofree char *first = g_strndup(data + b->start, MIN(len, b->end - b->start));
	g_autofree char *folded = cr_text_fold(first);
	return (name_word_classes(folded) & NAME_WORD_GIVEN) != 0;
}

/* Furniture by where it stands: a short block that is no sentence just
 * above a bare credit is its caption ("Chairman Jerome Powell Holds A
 * Press Conference"; a sentence of six words at most that reports no
 * one's words too: "Aerial view of campus."), unless it ends in a colon,
 * announcing what the page set there ("Below is the full statement:"
 * over a picture of it), or opens with a quotation mark, someone's words
 * cut short over the page's source ("\"It smelled like fire,\" she said.
 * \"This building ...");
 * a short sentence under a picture's file name is its caption ("The
 * outage caused several delays in international flights."), a name
 * alone there its photographer ("Noah Fecks"); one that
 * breaks off in an ellipsis the start of the block after it cut
 * short; a label ending in a dash opening the page is a masthead ("CNN
 * —"); a block with no Latin letter in a report that reads as English is
 * an embed (a post quoted in another script). */
static void judge_by_place(const char *data, const GArray *blocks, Info *info, guint n, gboolean english)
{
	for (guint i = 0; i + 1 < n; i++) {
		if (is_bare_credit(&info[i + 1]) && info[i].chars < LONG_CHARS &&
		    (!info[i].sentence || (info[i].words <= CAPTION_SENTENCE_WORDS && !info[i].reported)) &&
		    !info[i].dated && !info[i].byline && !info[i].introduces && !info[i].quote_open &&
		    info[i].words > 0)
			info[i].first = CLASS_BAD;
		if (info[i].picture_file && info[i + 1].sentence && !info[i + 1].reported &&
		    info[i + 1].chars < 2 * SHORT_CHARS)
			info[i + 1].first = CLASS_BAD;
		if (info[i].picture_file &&
		    file_credit(data, &g_array_index(blocks, CrBlock, i + 1), &info[i + 1]))
			info[i + 1].first = CLASS_BAD;
		if (info[i].ellipsis && cut_short_copy(data, &g_array_index(blocks, CrBlock, i),
						       &g_array_index(blocks, CrBlock, i + 1)))
			info[i].first = CLASS_BAD;
	}
	if (n > 0 && info[0].label) {
		const CrBlock *b = &g_array_index(blocks, CrBlock, 0);
		gsize pos = b->end;
		gunichar last = cr_text_prev(data, b->start, &pos);
		if (last == 0x2014 || last == 0x2013)
			info[0].first = CLASS_BAD;
	}
	for (guint i = 0; i < n; i++)
		if (english && info[i].foreign)
			info[i].first = CLASS_BAD;
}

/* Flags a drop cap ("J") and the block it begins ("apanese ..."). */
static void find_dropcaps(GArray *blocks, Info *info, guint n)
{
	for (guint i = 0; i + 1 < n; i++) {
		if (info[i].letter && info[i + 1].lower_start) {
			g_array_index(blocks, CrBlock, i).flags |= CR_BLOCK_DROPCAP;
			info[i].dropcap_pair = info[i + 1].dropcap_pair = TRUE;
		}
	}
}

/* Adds the evidence of menus: a run of four labels or more, but for a
 * list of pairs ("Best Actor - Cillian Murphy" over "Best Actress - Emma
 * Stone" ...: a story's results). */
static void weigh_menus(const char *data, const GArray *blocks, Info *info, guint n)
{
	for (guint i = 0; i < n;) {
		guint j = i;
		while (j < n && info[j].label && !info[j].byline)
			j++;
		if (j - i >= 4 && !clean_all_pairs(data, blocks, i, j))
			for (guint k = i; k < j; k++)
				info[k].evidence += 1;
		i = j > i ? j : i + 1;
	}
}

void clean_classify_blocks(const CrDoc *doc, GArray *blocks, Info *info, Reader *reader)
{
	guint n = blocks->len;

	clean_lexicon_load();
	for (guint i = 0; i < n; i++)
		clean_read_block(doc->data, &g_array_index(blocks, CrBlock, i), reader, &info[i]);

	if (n > 0) {
		const CrBlock *last = &g_array_index(blocks, CrBlock, n - 1);
		info[n - 1].bare = clean_is_bare(doc->data, last->start, last->end);
	}
	gboolean english = reads_as_english(info, n);
	weigh_teasers(info, n);
	weigh_menus(doc->data, blocks, info, n);
	find_dropcaps(blocks, info, n);
	for (guint i = 0; i < n; i++)
		info[i].first = first_class(&info[i], english);
	if (clean_guard_bylines(doc->data, blocks, info, n))
		for (guint i = 0; i < n; i++)
			info[i].first = first_class(&info[i], english);
	judge_by_place(doc->data, blocks, info, n, english);
	for (guint i = 0; i < n; i++)
		info[i].cls = info[i].first;
}

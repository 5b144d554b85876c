/* Blocks whose opening hides what they are: the corpus's date line run
 * into a byline (" date 2022-07-29 By KIM TONG-HYUNG and HYUNG-JIN KIM
 * (Associated Press)"), a section's label glued to a stamp ("NewsOctober
 * 4, 2001") and a pitch's words glued together ("Receive Daily Headlines
 * FREESign up today!"). Each is read again from after its opening, and
 * falls when what is left is a stamp, a short byline or a line with a
 * plain sign of furniture. And a teaser whose sentences are glued
 * ("... after a sewage spill.Larry Honeybourne ...") over the story it
 * copies, whose first sentence stands alone a few blocks under it. */
#include "clean_private.h"

#include <string.h>

/* The most bytes of a block looked at for a glue inside a word. */
#define GLUED_BYTES 80
/* The most bytes of a block opening with the corpus's date line. */
#define DATED_BYTES 160
/* The most bytes and words of a byline left alone ("By KIM TONG-HYUNG
 * and HYUNG-JIN KIM (Associated Press)"). */
#define BYLINE_BYTES 100
#define BYLINE_WORDS 12

/* The offset after the corpus's date line opening data[start,end) ("date
 * 2022-07-29 "), START when the block opens otherwise. */
static gsize after_date_line(const char *data, gsize start, gsize end)
{
	static const char head[] = "date ";
	const gsize date_at = start + sizeof head - 1, after = date_at + 10;
	if (after >= end || memcmp(data + start, head, sizeof head - 1) != 0 || data[after] != ' ')
		return start;
	for (gsize k = 0; k < 10; k++) {
		char c = data[date_at + k];
		if ((k == 4 || k == 7) ? c != '-' : !g_ascii_isdigit(c))
			return start;
	}
	return after + 1;
}

/* The first glue in data[start,end): inside a word that opens with a
 * capital, two letters or more and then a capital opening letters in
 * lower case ("NewsOctober", "FREESign"); START when there is none. */
static gsize glue_point(const char *data, gsize start, gsize end)
{
	gsize word = start;
	for (gsize p = start; p + 1 < end; p++) {
		if (data[p] == ' ') {
			word = p + 1;
			continue;
		}
		if (p >= word + 2 && g_ascii_isupper(data[word]) && g_ascii_isupper(data[p]) &&
		    g_ascii_islower(data[p + 1]) && g_ascii_isalpha(data[p - 1]) &&
		    g_ascii_isalpha(data[p - 2]))
			return p;
	}
	return start;
}

/* TRUE when what is left of a block, data[from,end) read as LEFT, is
 * furniture: a stamp, a short byline or one listing names, furniture
 * whatever its length, or a short line with a plain sign of furniture. */
static gboolean left_is_furniture(const char *data, gsize from, gsize end, const Info *left)
{
	gboolean short_line = left->chars <= BYLINE_BYTES && left->words <= BYLINE_WORDS;
	return (left->stamp && left->dated) || left->hard ||
	       (short_line && (left->byline || (!left->sentence && clean_lists_authors(data, from, end)))) ||
	       (left->evidence >= 1.0 && left->chars < LONG_CHARS);
}

/* The most blocks under a teaser looked at for the story it copies
 * (copied_below()). */
#define TEASER_LOOK 8

/* The end of data[start,end)'s first sentence when a full stop glues it
 * to the next, a letter in lower case before and a capital after ("...
 * after a sewage spill.Larry Honeybourne ..."); START when the first full
 * stop is not such a glue. */
static gsize glued_first_sentence(const char *data, gsize start, gsize end)
{
	const char *stop = memchr(data + start, '.', end - start);
	if (!stop)
		return start;
	gsize p = (gsize)(stop - data);
	return p > start && p + 1 < end && g_ascii_islower(data[p - 1]) && g_ascii_isupper(data[p + 1])
		   ? p + 1
		   : start;
}

/* TRUE when one of the TEASER_LOOK blocks under block I is data[start,cut)
 * alone: the story's own first sentence, which a teaser over it copies
 * with its sentences glued. */
static gboolean copied_below(const char *data, const GArray *blocks, guint n, guint i, gsize start, gsize cut)
{
	for (guint k = i + 1; k < n && k <= i + TEASER_LOOK; k++) {
		const CrBlock *b = &g_array_index(blocks, CrBlock, k);
		gsize a = b->start, e = b->end;
		clean_trim(data, &a, &e);
		if (e - a == cut - start && memcmp(data + a, data + start, cut - start) == 0)
			return TRUE;
	}
	return FALSE;
}

void clean_judge_glued(const char *data, const GArray *blocks, Info *info, guint n)
{
	Reader reader = { 0 };
	guint story = clean_first_solid(info, n);
	for (guint i = 0; i < n; i++) {
		const CrBlock *b = &g_array_index(blocks, CrBlock, i);
		if (info[i].cls == CLASS_BAD)
			continue;
		/* a teaser over the story copying it, its sentences glued */
		if (i <= story && info[i].chars >= SHORT_CHARS && info[i].sentence) {
			gsize cut = glued_first_sentence(data, b->start, b->end);
			if (cut > b->start && copied_below(data, blocks, n, i, b->start, cut)) {
				info[i].cls = CLASS_BAD;
				continue;
			}
		}
		gsize len = b->end - b->start;
		if (len > DATED_BYTES)
			continue;
		gsize from = after_date_line(data, b->start, b->end);
		if (from == b->start && len <= GLUED_BYTES)
			from = glue_point(data, b->start, b->end);
		if (from == b->start)
			continue;
		CrBlock left = { .start = from, .end = b->end };
		Info left_info;
		clean_read_block(data, &left, &reader, &left_info);
		if (left_is_furniture(data, from, b->end, &left_info))
			info[i].cls = CLASS_BAD;
	}
	clean_reader_clear(&reader);
}

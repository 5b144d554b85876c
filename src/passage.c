/* Sentences around a span: where one ends, found by its punctuation. */
#include "crossread/passage.h"

#include <string.h>

#include "crossread/text.h"
#include "name_lexicon.h" /* the abbreviations whose period ends no sentence */

#define ELLIPSIS "\xe2\x80\xa6"
/* A sentence ending this close after a fact ends with it (its closing
 * marks), and the next one is taken too when it is this short. */
#define CLOSING_MARKS_BYTES 4
#define ATTRIBUTION_BYTES   60

/* TRUE for closing quotation marks and brackets a sentence may end inside. */
static gboolean is_closer(gunichar c)
{
	return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201d || c == 0x2019 || c == 0xbb;
}

/* TRUE for what may open a sentence: a capital, a digit, an opening mark. */
static gboolean may_open(gunichar c)
{
	return g_unichar_isupper(c) || g_unichar_isdigit(c) || c == '"' || c == '\'' || c == 0x201c ||
	       c == 0x2018 || c == 0xab || c == '(';
}

/* TRUE when the period at byte DOT ends no sentence: it follows an initial
 * ("J. Smith", "U.S.") or an abbreviation ("Mr.", "St."). */
static gboolean abbreviation_before(const char *data, gsize floor, gsize dot)
{
	gsize start = dot, pos = dot;
	while (pos > floor) {
		gsize at = pos;
		if (!g_unichar_isalpha(cr_text_prev(data, floor, &at)))
			break;
		pos = start = at;
	}
	if (start == dot)
		return FALSE;
	if (g_utf8_strlen(data + start, (gssize)(dot - start)) == 1)
		return TRUE;
	g_autofree char *word = g_strndup(data + start, dot - start);
	g_autofree char *folded = cr_text_fold(word);
	return (name_word_classes(folded) & NAME_WORD_ABBREV) != 0;
}

/* Where the sentence whose last punctuation mark is at byte POS (within
 * [FLOOR, LIMIT)) ends, past its closing marks; 0 when the mark at POS
 * ends no sentence. */
static gsize sentence_end_at(const char *data, gsize floor, gsize limit, gsize pos)
{
	gsize next = pos;
	gunichar c = cr_text_next(data, limit, &next);
	if (c != '.' && c != '!' && c != '?' && c != 0x2026)
		return 0;
	if (c == '.' && abbreviation_before(data, floor, pos))
		return 0;
	gsize end = next;
	while (end < limit) {
		gsize at = end;
		if (!is_closer(cr_text_next(data, limit, &at)))
			break;
		end = at;
	}
	if (end == limit)
		return end;
	gsize at = end;
	if (!g_unichar_isspace(cr_text_next(data, limit, &at)))
		return 0;
	while (at < limit) {
		gunichar first = cr_text_next(data, limit, &at);
		if (!g_unichar_isspace(first))
			return may_open(first) ? end : 0;
	}
	return end;
}

/* The last space before POS and after FLOOR, or POS. */
static gsize space_before(const char *data, gsize floor, gsize pos)
{
	for (gsize at = pos; at > floor;)
		if (g_unichar_isspace(cr_text_prev(data, floor, &at)))
			return at;
	return pos;
}

/* The first space at or after POS (before LIMIT), or LIMIT. */
static gsize space_after(const char *data, gsize pos, gsize limit)
{
	while (pos < limit) {
		gsize at = pos;
		if (g_unichar_isspace(cr_text_next(data, limit, &at)))
			return pos;
		pos = at;
	}
	return limit;
}

/* TRUE when bytes [FROM, TO) hold a closing quotation mark. */
static gboolean closes_quotation(const char *data, gsize from, gsize to)
{
	for (gsize pos = from; pos < to;) {
		gunichar c = cr_text_next(data, to, &pos);
		if (c == '"' || c == 0x201d || c == 0x2019 || c == '\'' || c == 0xbb)
			return TRUE;
	}
	return FALSE;
}

/* P's [from, to): the sentences around [START, END) inside block B, and
 * whether the limits cut it short. */
static void sentence_bounds(const CrDoc *doc, const GArray *blocks, int b, gsize start, gsize end,
			    CrPassage *p)
{
	gsize *from = &p->from, *to = &p->to;
	gsize floor = b >= 0 ? g_array_index(blocks, CrBlock, b).start : start;
	gsize limit = b >= 0 ? MAX(g_array_index(blocks, CrBlock, b).end, end) : end;
	gsize low = start > CR_PASSAGE_MAX_SIDE ? MAX(floor, start - CR_PASSAGE_MAX_SIDE) : floor;
	gsize high = MIN(limit, end + CR_PASSAGE_MAX_SIDE);

	*from = low;
	/* back from the start: the last sentence that ends before it */
	for (gsize pos = start; pos > low;) {
		cr_text_prev(doc->data, low, &pos);
		gsize after = sentence_end_at(doc->data, floor, limit, pos);
		if (after && after <= start) {
			*from = after;
			break;
		}
	}
	if (*from == low && low > floor) {
		*from = space_after(doc->data, low, start);
		p->cut_before = TRUE;
	}
	while (*from < start && g_ascii_isspace(doc->data[*from]))
		(*from)++;
	/* on from the end: the first sentence that ends with it or after */
	*to = high < limit ? space_before(doc->data, end, high) : high;
	p->cut_after = high < limit;
	for (gsize pos = end > start ? end - 1 : end; pos < high;) {
		gsize after = sentence_end_at(doc->data, floor, limit, pos);
		if (after && after >= end) {
			*to = after;
			p->cut_after = FALSE;
			break;
		}
		cr_text_next(doc->data, high, &pos);
	}
	/* a quotation that ends its sentence: with the short one after it that
	 * says who spoke ("... thing." Mara said so.) */
	if (!p->cut_after && *to - end <= CLOSING_MARKS_BYTES && closes_quotation(doc->data, end, *to)) {
		for (gsize pos = *to; pos < MIN(limit, *to + ATTRIBUTION_BYTES);) {
			gsize after = sentence_end_at(doc->data, floor, limit, pos);
			if (after) {
				*to = after;
				break;
			}
			cr_text_next(doc->data, limit, &pos);
		}
	}
}

CrPassage cr_passage_around(const CrDoc *doc, const GArray *blocks, gsize start, gsize end)
{
	int b = cr_blocks_find(blocks, start);
	CrPassage p = { 0 };

	sentence_bounds(doc, blocks, b, start, end, &p);
	p.skip_from = p.skip_to = p.from;
	/* a drop cap ("J" + "apanese") belongs to the sentence its block starts */
	if (b > 0 && p.from == g_array_index(blocks, CrBlock, b).start &&
	    (g_array_index(blocks, CrBlock, b - 1).flags & CR_BLOCK_DROPCAP)) {
		const CrBlock *cap = &g_array_index(blocks, CrBlock, b - 1);
		p.skip_from = cap->end;
		p.skip_to = p.from;
		p.from = cap->start;
	}
	return p;
}

char *cr_passage_text(const CrDoc *doc, const CrPassage *passage, gsize *at, guint n)
{
	GString *out = g_string_sized_new(passage->to - passage->from);
	gsize *found = g_newa(gsize, MAX(n, 1));
	gboolean space = FALSE;

	for (guint i = 0; i < n; i++)
		found[i] = G_MAXSIZE;
	if (passage->cut_before)
		g_string_append(out, ELLIPSIS " ");
	for (gsize pos = passage->from; pos < passage->to;) {
		if (pos == passage->skip_from && passage->skip_to > pos)
			pos = passage->skip_to;
		gsize next = pos;
		gunichar c = cr_text_next(doc->data, passage->to, &next);
		gboolean blank = g_unichar_isspace(c);
		/* an offset reached here: where its character lands, after the
		 * space that comes before it */
		for (guint i = 0; i < n; i++)
			if (found[i] == G_MAXSIZE && at[i] <= pos)
				found[i] = out->len + (space && out->len && !blank);
		pos = next;
		if (blank) {
			space = TRUE;
			continue;
		}
		if (space && out->len)
			g_string_append_c(out, ' ');
		space = FALSE;
		g_string_append_unichar(out, c);
	}
	for (guint i = 0; i < n; i++)
		at[i] = found[i] == G_MAXSIZE ? out->len : found[i];
	if (passage->cut_after)
		g_string_append(out, " " ELLIPSIS);
	return g_string_free(out, FALSE);
}

guint cr_passage_line(const CrDoc *doc, gsize pos)
{
	guint line = 1;
	for (gsize i = 0; i < pos && i < doc->len; i++)
		if (doc->data[i] == '\n' || (doc->data[i] == '\r' && doc->data[i + 1] != '\n'))
			line++;
	return line;
}

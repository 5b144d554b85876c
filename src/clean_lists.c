/* Lists and labels: the headlines a list's head takes down, the buttons
 * a label beside furniture is, and lists of links to other stories known
 * by their items (dated, numbered). */
#include "clean_private.h"

/* TRUE for a block that reads as a headline: short, not a sentence, or
 * in title case whatever its end ("XRP Investors Face a New Case!"). */
static gboolean is_heading(const Info *b)
{
	return (b->cls == CLASS_SHORT || b->cls == CLASS_NEARGOOD) && (!b->sentence || b->title_case) &&
	       !b->duplicate;
}

/* TRUE for another story's headline asked as a question, listed ("One
 * year of Bazball: Have England changed the Test game?"): taken between
 * listed headlines only, since a subhead asks one over text too. */
static gboolean is_listed_question(const Info *b)
{
	return b->question && (b->cls == CLASS_SHORT || b->cls == CLASS_NEARGOOD) &&
	       b->chars < 2 * SHORT_CHARS && !b->duplicate;
}

/* The most items of a list that runs to the page's end under its head
 * (clean_judge_lists()). */
#define FOOT_ITEMS 8

/* TRUE for an item of a list of other stories set one to a line: a
 * headline's length, whatever its end ("Germany says its crude oil
 * supply remains secure after the loss of the \"Friendship\" pipeline."),
 * not opening with someone's words (the story's quotation under a list
 * set into it: "\"This record is the most personal thing I've made,\"
 * Vell told ..."). */
static gboolean is_line_item(const Info *b)
{
	return b->words >= 3 && b->chars < 2 * SHORT_CHARS && !b->duplicate && b->cls != CLASS_META &&
	       !b->dateline && !b->quote_open;
}

/* TRUE when blocks FROM to the page's end are a list's items set one to
 * a line, FOOT_ITEMS at most. */
static gboolean items_to_foot(const Info *info, guint n, guint from)
{
	if (from >= n || n - from > FOOT_ITEMS)
		return FALSE;
	for (guint i = from; i < n; i++)
		if (!is_line_item(&info[i]))
			return FALSE;
	return TRUE;
}

/* TRUE for an item set with a list's mark ("- ", "• ") that a list of
 * other stories may hold: a teaser's length, not someone's words. */
static gboolean is_marked_item(const Info *b)
{
	return b->bullet && b->words >= 3 && b->chars < LONG_CHARS && !b->duplicate && b->cls != CLASS_META &&
	       !b->quote_open;
}

/* TRUE when block I, an item of the list headed by block HEAD, is set
 * with a list's mark and block I + 1, not yet flagged, is not: a list set
 * with marks ends with its marks ("- Even cars flew! ..." over the
 * story's cut last line, "When the tornado hit, Cornel Knight said he
 * ..."). */
static gboolean marks_end(const Info *info, guint head, guint i)
{
	return i > head && is_marked_item(&info[i]) && !info[i + 1].bullet && info[i + 1].cls != CLASS_BAD;
}

/* TRUE when blocks FROM to TO are one item or more, every one set with a
 * list's mark. */
static gboolean bullets_only(const Info *info, guint from, guint to)
{
	for (guint i = from; i < to; i++)
		if (!info[i].bullet)
			return FALSE;
	return to > from;
}

/* The fewest items of a list of teasers cut short (judge_cut_items()). */
#define CUT_ITEMS 2

/* TRUE for a teaser cut short where a list stops quoting it: no
 * sentence, ending in a comma or an ellipsis ("Pete Hegseth,", "SpaceX,
 * NASA launch mission to bring back astronauts Sunita Williams,…"). */
static gboolean is_cut_item(const Info *b)
{
	return !b->sentence && (b->comma_end || b->ellipsis) && b->words >= 1 && b->chars < LONG_CHARS &&
	       b->cls != CLASS_META;
}

/* A run of CUT_ITEMS teasers cut short or more closing the page, below
 * its first block, is a list of other stories an aggregator quotes: a
 * story does not end on two broken-off lines. */
static void judge_cut_items(Info *info, guint n)
{
	guint i = n;
	while (i > 1 && is_cut_item(&info[i - 1]))
		i--;
	for (guint k = i; n - i >= CUT_ITEMS && k < n; k++)
		info[k].cls = CLASS_BAD;
}

void clean_judge_lists(Info *info, guint n)
{
	for (guint i = 0; i < n; i++) {
		if (!info[i].header_tail &&
		    (info[i].cls != CLASS_BAD || !info[i].list_header || info[i].words > 6))
			continue;
		guint head = i;
		while (i + 1 < n && !marks_end(info, head, i) &&
		       (is_heading(&info[i + 1]) || info[i + 1].cls == CLASS_BAD ||
			(is_listed_question(&info[i + 1]) && i + 2 < n &&
			 (is_heading(&info[i + 2]) || info[i + 2].cls == CLASS_BAD))))
			info[++i].cls = CLASS_BAD;
		/* "Most Read Stories" over items set with a list's mark: the
		 * marked run is the list, a teaser of two sentences in it too */
		if (bullets_only(info, head + 1, i + 1))
			while (i + 1 < n && is_marked_item(&info[i + 1]))
				info[++i].cls = CLASS_BAD;
		/* "Related posts:" over headlines in sentence case, one ending
		 * in a full stop: the list runs to the page's end, taken whole */
		if (!(i + 1 < n && marks_end(info, head, i)) && items_to_foot(info, n, i + 1))
			while (i + 1 < n)
				info[++i].cls = CLASS_BAD;
	}
	judge_cut_items(info, n);
}

void clean_judge_labels(Info *info, guint n)
{
	for (guint i = 0; i < n; i++)
		if (info[i].label && info[i].bullet && info[i].words <= 3 &&
		    (i == 0 || !info[i - 1].bullet) && (i + 1 == n || !info[i + 1].bullet))
			info[i].cls = CLASS_BAD;
	for (int pass = 0; pass < 2; pass++) {
		for (guint k = 0; k < n; k++) {
			guint i = pass == 0 ? k : n - 1 - k;
			Info *b = &info[i];
			gboolean heads_text = i + 1 < n && info[i + 1].cls >= CLASS_NEARGOOD;
			gboolean touches = (i > 0 && info[i - 1].cls == CLASS_BAD) ||
					   (i + 1 < n && info[i + 1].cls == CLASS_BAD);
			if (b->label && b->cls == CLASS_SHORT && touches && !heads_text)
				b->cls = CLASS_BAD;
		}
	}
}

/* The fewest items of a list of dated links (clean_judge_dated_links()). */
#define DATED_LINKS 3

void clean_judge_dated_links(Info *info, guint n)
{
	for (guint i = 0; i < n;) {
		guint items = 0, j = i;
		while (j < n && (info[j].dash_dated || (info[j].words == 0 && items > 0))) {
			items += info[j].dash_dated;
			j++;
		}
		for (guint k = i; items >= DATED_LINKS && k < j; k++)
			info[k].cls = CLASS_BAD;
		i = j > i ? j : i + 1;
	}
}

/* The fewest items of a numbered list of links
 * (clean_judge_numbered_links()). */
#define NUMBERED_LINKS 3

void clean_judge_numbered_links(Info *info, guint n)
{
	for (guint i = 0; i < n;) {
		guint j = i + 1;
		gboolean furniture = info[i].cls == CLASS_BAD, prose = info[i].sentence;
		while (info[i].ordinal == 1 && j < n && info[j].ordinal == info[j - 1].ordinal + 1) {
			furniture |= info[j].cls == CLASS_BAD;
			prose |= info[j].sentence;
			j++;
		}
		for (guint k = i; j - i >= NUMBERED_LINKS && furniture && !prose && k < j; k++)
			info[k].cls = CLASS_BAD;
		i = j;
	}
}

/* The fewest items of readers' comments numbered as a list
 * (clean_judge_numbered_comments()). */
#define NUMBERED_COMMENTS 3

void clean_judge_numbered_comments(Info *info, guint n)
{
	/* the run of numbered items and blank blocks closing the page */
	guint first = n, items = 0;
	gboolean skips = FALSE;
	for (guint k = n; k > 0 && (info[k - 1].words == 0 || info[k - 1].ordinal > 0); k--) {
		if (info[k - 1].ordinal == 0)
			continue;
		if (items > 0) {
			if (info[k - 1].ordinal >= info[first].ordinal)
				return;
			skips |= info[k - 1].ordinal + 1 < info[first].ordinal;
		}
		first = k - 1;
		items++;
	}
	gint above = first < n ? clean_beside(info, n, first, -1) : -1;
	if (items < NUMBERED_COMMENTS || !skips || info[first].ordinal != 1 || above < 0 ||
	    info[above].introduces || info[above].cls == CLASS_BAD)
		return;
	for (guint k = first; k < n; k++)
		info[k].cls = CLASS_BAD;
}

/* A forum's own lines: the thread's description under its title
 * (XenForo 1's phrase discussion_in_x_started_by_y_date_z, "Discussion in
 * '{forum}' started by {name}, {date}."), and the post heads, the poster's
 * name over the same name and the user title the forum gives by the count
 * of posts ("2. sparkling_quavers" over "sparkling_quavers Active
 * Member"). The titles are the forum packages' defaults, which most boards
 * keep: XenForo's trophy user titles ("New Member", "Member", "Active
 * Member", "Well-Known Member") and vBulletin's default user titles
 * ("Junior Member", "Member", "Senior Member"). */
#define _GNU_SOURCE /* memmem */
#include "clean_private.h"

#include <string.h>

/* The user titles, each ending in "Member" (above), "Member" alone last:
 * the first to end a block is its whole title. */
static const char *const user_titles[] = {
	"New Member", "Active Member", "Well-Known Member", "Junior Member", "Senior Member", "Member",
};

/* Where the user title ending data[start,end) starts, its blank before
 * it included; END when it ends in none. */
static gsize user_title_start(const char *data, gsize start, gsize end)
{
	for (guint i = 0; i < G_N_ELEMENTS(user_titles); i++) {
		gsize len = strlen(user_titles[i]);
		if (end - start > len + 1 && data[end - len - 1] == ' ' &&
		    memcmp(data + end - len, user_titles[i], len) == 0)
			return end - len - 1;
	}
	return end;
}

/* Where the name of a post's head data[start,end) starts: after the
 * post's number and its mark ("2. ", "2) "), if any. */
static gsize after_post_number(const char *data, gsize start, gsize end)
{
	gsize p = start;
	while (p < end && g_ascii_isdigit(data[p]))
		p++;
	if (p > start && p + 2 < end && (data[p] == '.' || data[p] == ')') && data[p + 1] == ' ')
		return p + 2;
	return start;
}

/* TRUE when data[start,end) is a thread's description: "Discussion in",
 * the forum's name in quotation marks, "started by" (above); a story's
 * "Discussion in the chamber started by noon ..." quotes no forum. */
static gboolean describes_thread(const char *data, gsize start, gsize end)
{
	static const char *const quotes[] = { "'", "\"", "\u2018", "\u201C" };
	static const char opening[] = "Discussion in ", started[] = " started by ";
	gsize p = start + strlen(opening);
	if (p >= end || memcmp(data + start, opening, p - start) != 0)
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(quotes); i++)
		if (p + strlen(quotes[i]) < end && memcmp(data + p, quotes[i], strlen(quotes[i])) == 0)
			return memmem(data + p, end - p, started, sizeof started - 1) != NULL;
	return FALSE;
}

/* TRUE when block I is a post's head: the poster's name, maybe after the
 * post's number, over block I + 1, the same name and a user title. */
static gboolean heads_a_post(const char *data, const GArray *blocks, const Info *info, guint i)
{
	const CrBlock *below = &g_array_index(blocks, CrBlock, i + 1);
	gsize a = below->start, e = below->end;
	clean_trim(data, &a, &e);
	/* every title ends in "Member" */
	if (info[i + 1].chars > SHORT_CHARS || e - a < 7 || memcmp(data + e - 6, "Member", 6) != 0)
		return FALSE;
	gsize title = user_title_start(data, a, e);
	const CrBlock *above = &g_array_index(blocks, CrBlock, i);
	gsize s = above->start, t = above->end;
	clean_trim(data, &s, &t);
	s = after_post_number(data, s, t);
	return title != e && t - s == title - a && memcmp(data + s, data + a, t - s) == 0;
}

void clean_judge_forum_lines(const char *data, const GArray *blocks, Info *info, guint n)
{
	/* the thread's line sits over the posts (a sentence long, it may
	 * read as the first solid block), and XenForo's ends in its date */
	guint story = clean_first_solid(info, n);
	gboolean thread = FALSE;
	for (guint i = 0; i <= story && i < n; i++) {
		if (info[i].chars > LONG_CHARS || !info[i].dated)
			continue;
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		gsize a = block->start, e = block->end;
		clean_trim(data, &a, &e);
		if (describes_thread(data, a, e)) {
			info[i].cls = CLASS_BAD;
			thread = TRUE;
		}
	}
	/* one name over a name and a title may be a club's new member: a
	 * forum's page shows two posts or a thread line */
	g_autoptr(GArray) heads = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint i = 0; i + 1 < n; i++)
		if (heads_a_post(data, blocks, info, i))
			g_array_append_val(heads, i);
	if (heads->len < 2 && !thread)
		return;
	for (guint k = 0; k < heads->len; k++) {
		guint i = g_array_index(heads, guint, k);
		info[i].cls = CLASS_BAD;
		info[i + 1].cls = CLASS_BAD;
	}
}

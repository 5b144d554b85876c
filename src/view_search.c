/* Search: one regular expression over every report, matches highlighted in
 * all panes, n and N moving the focused pane between its matches. */
#include "crossread/view_search.h"

#include <string.h>

#include "crossread/view_paint.h"
#include "crossread/view_sync.h"

/* More matches than this in one report are not recorded. */
#define MAX_MATCHES 100000

void cr_search_clear(CrSearch *search)
{
	g_clear_pointer(&search->pattern, g_free);
	g_clear_pointer(&search->regex, g_regex_unref);
	for (guint d = 0; d < CR_MAX_DOCUMENTS; d++)
		g_clear_pointer(&search->matches[d], g_array_unref);
	search->at = -1;
}

/* Report D as text GRegex accepts: itself, or a copy with each invalid or
 * NUL byte replaced by '?' so that offsets stay the same. */
static const char *searchable(CrView *view, guint d)
{
	const CrDoc *doc = g_ptr_array_index(view->engine->docs, d);
	const char *end = NULL;

	if (view->search.searchable[d] || g_utf8_validate_len(doc->data, doc->len, NULL))
		return view->search.searchable[d] ? view->search.searchable[d] : doc->data;
	char *copy = g_memdup2(doc->data, doc->len + 1);
	gsize pos = 0;
	while (pos < doc->len && !g_utf8_validate_len(copy + pos, doc->len - pos, &end)) {
		pos = (gsize)(end - copy);
		copy[pos++] = '?';
	}
	view->search.searchable[d] = copy;
	return copy;
}

/* TRUE when PATTERN has a capital letter of its own: the search is
 * case-sensitive. What follows a backslash (\S, \W, \p{Lu}) is syntax,
 * not a letter to find. */
static gboolean has_capital(const char *pattern)
{
	for (const char *p = pattern; *p; p = g_utf8_next_char(p)) {
		if (*p == '\\' && p[1]) {
			p++;
			if ((*p == 'p' || *p == 'P') && p[1] == '{' && strchr(p, '}'))
				p = strchr(p, '}');
			continue;
		}
		if (g_unichar_isupper(g_utf8_get_char(p)))
			return TRUE;
	}
	return FALSE;
}

static GArray *find_all(const GRegex *regex, const char *text, gsize len)
{
	GArray *spans = g_array_new(FALSE, FALSE, sizeof(CrSpan));
	GMatchInfo *info = NULL;

	g_regex_match_full(regex, text, (gssize)len, 0, 0, &info, NULL);
	while (g_match_info_matches(info) && spans->len < MAX_MATCHES) {
		int start, end;
		if (g_match_info_fetch_pos(info, 0, &start, &end) && end > start) {
			CrSpan span = { (gsize)start, (gsize)end };
			g_array_append_val(spans, span);
		}
		g_match_info_next(info, NULL);
	}
	g_match_info_free(info);
	return spans;
}

/* Matches in reports other than D. */
static guint matches_elsewhere(const CrView *view, guint d)
{
	guint n = 0;
	for (guint e = 0; e < view->n_panes; e++)
		n += e == d ? 0 : view->search.matches[e]->len;
	return n;
}

/* TRUE when the match is in boilerplate that is hidden. */
static gboolean match_hidden(const CrView *view, guint d, const CrSpan *match)
{
	if (!view->hide_boilerplate)
		return FALSE;
	const GArray *blocks = g_ptr_array_index(view->engine->blocks, d);
	int b = cr_blocks_find(blocks, match->start);
	return b >= 0 && g_array_index(blocks, CrBlock, b).boilerplate;
}

/* The match after (FORWARD) or before match AT, or, when AT is -1, the
 * first at or after byte FROM (the last before it); wraps around the ends.
 * Sets *WRAPPED when it did. */
static guint step(const GArray *matches, int at, gsize from, gboolean forward, gboolean *wrapped)
{
	guint n = matches->len;
	if (at < 0) {
		guint i = cr_spans_find(matches, sizeof(CrSpan), from);
		while (i < n && g_array_index(matches, CrSpan, i).start < from)
			i++;
		if (forward) {
			*wrapped = i == n;
			return i == n ? 0 : i;
		}
		*wrapped = i == 0;
		return i == 0 ? n - 1 : i - 1;
	}
	guint i = (guint)at;
	*wrapped = forward ? i + 1 == n : i == 0;
	return forward ? (i + 1) % n : (i + n - 1) % n;
}

/* The first match of report D from index I on (STEP 1) or back from it
 * (STEP -1) that is not in hidden boilerplate, or -1. */
static int shown_match(const CrView *view, guint d, long i, int step)
{
	const GArray *matches = view->search.matches[d];
	for (; i >= 0 && i < (long)matches->len; i += step)
		if (!match_hidden(view, d, &g_array_index(matches, CrSpan, i)))
			return (int)i;
	return -1;
}

/* The match of report D that starts nearest to byte NEAR and is not in
 * hidden boilerplate, or -1. */
static int nearest_match(const CrView *view, guint d, gsize near)
{
	const GArray *matches = view->search.matches[d];
	long first_after = cr_spans_find(matches, sizeof(CrSpan), near);
	int after = shown_match(view, d, first_after, 1), before = shown_match(view, d, first_after - 1, -1);

	if (after < 0 || before < 0)
		return after < 0 ? before : after;
	gsize a = g_array_index(matches, CrSpan, after).start,
	      b = g_array_index(matches, CrSpan, before).start;
	return (a > near ? a - near : 0) <= near - b ? after : before;
}

/* Brings a match into view in every other pane that has one: the one
 * nearest to where the leader's match lies in its report, onto the
 * leader's screen row, unless one is on screen already. */
static void show_other_matches(CrView *view, gsize leader_match)
{
	const CrPane *leader = &view->panes[view->focus];
	guint screen_row = leader->cursor - MIN(leader->top, leader->cursor);

	for (guint i = 0; i < view->n_panes; i++) {
		CrPane *pane = &view->panes[i];
		if (i == view->focus)
			continue;
		int m =
		    nearest_match(view, pane->doc, cr_view_map(view, leader->doc, pane->doc, leader_match));
		if (m < 0)
			continue;
		guint row =
		    cr_wrap_find(pane->rows, g_array_index(view->search.matches[pane->doc], CrSpan, m).start);
		guint h = MAX(cr_pane_text_height(pane), 1);
		if (row < pane->top || row >= pane->top + h)
			cr_pane_show_row(pane, row, MIN(screen_row, h - 1));
	}
}

void cr_view_search_step(CrView *view, gboolean forward, guint count)
{
	CrSearch *search = &view->search;
	CrPane *leader = &view->panes[view->focus];
	guint d = leader->doc;

	if (!search->regex) {
		cr_view_message(view, "no search yet: / starts one");
		return;
	}
	const GArray *matches = search->matches[d];
	if (matches->len == 0 || shown_match(view, d, 0, 1) < 0) {
		cr_view_message(view, "/%s: none here%s, %u in other reports", search->pattern,
				matches->len ? " but in hidden boilerplate" : "", matches_elsewhere(view, d));
		return;
	}
	/* from the match the cursor was taken to, while it is still on its
	 * line; else from the cursor line */
	int at = search->at >= 0 && search->at_doc == d &&
			 cr_wrap_find(leader->rows, g_array_index(matches, CrSpan, search->at).start) ==
			     leader->cursor
		     ? search->at
		     : -1;
	gsize from = cr_pane_row(leader, leader->cursor)->start;
	gboolean wrapped = FALSE, any_wrap = FALSE;
	for (guint c = 0; c < count; c++) {
		guint tries = matches->len;
		do {
			at = (int)step(matches, at, from, forward, &wrapped);
			any_wrap |= wrapped;
		} while (match_hidden(view, d, &g_array_index(matches, CrSpan, at)) && --tries > 0);
	}
	search->at = at;
	search->at_doc = d;
	gsize start = g_array_index(matches, CrSpan, at).start;
	guint row = cr_wrap_find(leader->rows, start);
	cr_pane_show_row(leader, row, cr_pane_screen_row_for(leader, row));
	cr_view_after_move(view, CR_FOLLOW_MOTION);
	show_other_matches(view, start);
	const char *wrap = !any_wrap ? "" : forward ? " (from the top)" : " (from the end)";
	cr_view_message(view, "/%s: %d of %u here, %u in other reports%s", search->pattern, at + 1,
			matches->len, matches_elsewhere(view, d), wrap);
}

void cr_view_search_submit(CrView *view, const char *typed)
{
	CrSearch *search = &view->search;
	g_autofree char *pattern = g_strdup(*typed ? typed : search->pattern);
	g_autoptr(GError) error = NULL;

	if (!pattern) {
		cr_view_message(view, "no previous search to repeat");
		return;
	}
	GRegexCompileFlags flags = G_REGEX_MULTILINE | (has_capital(pattern) ? 0 : G_REGEX_CASELESS);
	GRegex *regex = g_regex_new(pattern, flags, 0, &error);
	if (!regex) {
		cr_view_message(view, "bad pattern: %s", error->message);
		return;
	}
	cr_search_clear(search);
	search->regex = regex;
	search->pattern = g_steal_pointer(&pattern);
	guint total = 0;
	for (guint d = 0; d < view->n_panes; d++) {
		const CrDoc *doc = g_ptr_array_index(view->engine->docs, d);
		search->matches[d] = find_all(regex, searchable(view, d), doc->len);
		total += search->matches[d]->len;
	}
	if (total == 0) {
		cr_view_message(view, "pattern not found: %s", search->pattern);
		return;
	}
	cr_view_search_step(view, TRUE, 1);
}

/* Search: one regular expression over every report, matches highlighted in
 * all panes, n and N moving the focused pane between its matches. */
#include "crossread/view_impl.h"

#include <string.h>

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

/* TRUE when PATTERN has a capital letter: the search is case-sensitive. */
static gboolean has_capital(const char *pattern)
{
	for (const char *p = pattern; *p; p = g_utf8_next_char(p))
		if (g_unichar_isupper(g_utf8_get_char(p)))
			return TRUE;
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
	if (matches->len == 0) {
		cr_view_message(view, "/%s: none here, %u in other reports", search->pattern,
				matches_elsewhere(view, d));
		return;
	}
	int at = search->at >= 0 && search->at_doc == d ? search->at : -1;
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
	guint row = cr_wrap_find(leader->rows, g_array_index(matches, CrSpan, at).start);
	cr_pane_show_row(leader, row, cr_pane_screen_row_for(leader, row));
	cr_view_after_move(view, CR_FOLLOW_MOTION);
	const char *wrap = !any_wrap ? "" : forward ? " (from the top)" : " (from the end)";
	cr_view_message(view, "/%s: %d of %u here, %u in other reports%s", search->pattern, at + 1,
			matches->len, matches_elsewhere(view, d), wrap);
}

void cr_view_search_submit(CrView *view, const char *typed)
{
	CrSearch *search = &view->search;
	g_autofree char *pattern = g_strdup(*typed ? typed : search->pattern);
	g_autoptr(GError) error = NULL;

	if (!pattern)
		return;
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

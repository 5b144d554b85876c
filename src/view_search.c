/* Search: a pattern over every report, matches highlighted in all panes, n
 * and N moving the focused pane between its matches. The search itself
 * (search.c) goes a slice at a time through cr_view_work(), so that the
 * reader looks at its keys and signals in between; the next key stops it. */
#include "crossread/view_search.h"

#include <string.h>

#include "crossread/view.h"
#include "crossread/view_paint.h"
#include "crossread/view_sync.h"

/* More matches than this in one report are not kept (and the count says
 * so with a '+'): 1.6 MB of offsets a report. */
#define MAX_MATCHES 100000

void cr_search_clear(CrSearch *search)
{
	for (guint d = 0; d < CR_MAX_DOCUMENTS; d++) {
		g_clear_pointer(&search->passes[d], cr_search_pass_free);
		g_clear_pointer(&search->matches[d], g_array_unref);
		search->capped[d] = FALSE;
	}
	g_clear_pointer(&search->compiled, cr_pattern_free);
	g_clear_pointer(&search->pattern, g_free);
	search->running = FALSE;
	search->at = -1;
}

void cr_search_free(CrSearch *search)
{
	cr_search_clear(search);
	for (guint d = 0; d < CR_MAX_DOCUMENTS; d++)
		cr_search_text_clear(&search->texts[d]);
}

/* N in digits grouped by thousands ("12,345"), with a '+' when MORE. */
static char *count_text(guint n, gboolean more)
{
	g_autofree char *digits = g_strdup_printf("%u", n);
	GString *out = g_string_new(NULL);
	gsize len = strlen(digits);

	for (gsize i = 0; i < len; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			g_string_append_c(out, ',');
		g_string_append_c(out, digits[i]);
	}
	if (more)
		g_string_append_c(out, '+');
	return g_string_free(out, FALSE);
}

/* Matches in reports other than D, as count_text() writes them. */
static char *matches_elsewhere(const CrView *view, guint d)
{
	guint n = 0;
	gboolean more = FALSE;
	for (guint e = 0; e < view->n_panes; e++) {
		n += e == d ? 0 : view->search.matches[e]->len;
		more |= e != d && view->search.capped[e];
	}
	return count_text(n, more);
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

	if (!search->compiled || search->running) {
		cr_view_message(view, "no search yet: / starts one");
		return;
	}
	const GArray *matches = search->matches[d];
	g_autofree char *elsewhere = matches_elsewhere(view, d);
	if (matches->len == 0 || shown_match(view, d, 0, 1) < 0) {
		cr_view_message(view, "/%s: none here%s, %s in other reports", search->pattern,
				matches->len ? " but in hidden boilerplate" : "", elsewhere);
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
	g_autofree char *here = count_text(matches->len, search->capped[d]);
	cr_view_message(view, "/%s: %d of %s here, %s in other reports%s", search->pattern, at + 1, here,
			elsewhere, wrap);
}

/* "/the: searching... 1,234 so far, 37%" */
static void say_progress(CrView *view)
{
	const CrSearch *search = &view->search;
	gsize searched = 0, total = 0;
	guint found = 0;

	for (guint d = 0; d < view->n_panes; d++) {
		searched += cr_search_pass_searched(search->passes[d]);
		total += search->texts[d].len;
		found += cr_search_pass_found(search->passes[d]);
	}
	g_autofree char *count = count_text(found, FALSE);
	cr_view_message(view, "/%s: searching\xe2\x80\xa6 %s so far, %u%%", search->pattern, count,
			(guint)(total ? searched * 100 / total : 100));
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
	CrPattern *compiled = cr_pattern_new(pattern, &error);
	if (!compiled) {
		cr_view_message(view, "bad pattern: %s", error->message);
		return;
	}
	cr_search_clear(search);
	search->compiled = compiled;
	search->pattern = g_steal_pointer(&pattern);
	for (guint i = 0; i < view->n_panes; i++) {
		const CrPane *pane = &view->panes[i];
		const CrDoc *doc = g_ptr_array_index(view->engine->docs, pane->doc);
		CrSearchText *text = &search->texts[pane->doc];
		guint last = MIN(pane->top + MAX(cr_pane_text_height(pane), 1), pane->rows->len) - 1;

		text->data = doc->data;
		text->len = doc->len;
		search->passes[pane->doc] =
		    cr_search_pass_new(compiled, text, cr_pane_row(pane, pane->top)->start, MAX_MATCHES);
		search->matches[pane->doc] = g_array_ref(cr_search_pass_matches(search->passes[pane->doc]));
		search->screen_end[pane->doc] = cr_pane_row(pane, last)->end;
	}
	search->running = TRUE;
	say_progress(view);
}

gboolean cr_view_busy(const CrView *view)
{
	return view->search.running;
}

/* Every pass is over: the passes go, their matches stay, and the focused
 * pane goes to the first match from its cursor line. */
static void search_done(CrView *view)
{
	CrSearch *search = &view->search;
	guint total = 0;

	for (guint d = 0; d < view->n_panes; d++) {
		search->capped[d] = cr_search_pass_capped(search->passes[d]);
		g_clear_pointer(&search->passes[d], cr_search_pass_free);
		total += search->matches[d]->len;
	}
	search->running = FALSE;
	if (total == 0)
		cr_view_message(view, "pattern not found: %s", search->pattern);
	else
		cr_view_search_step(view, TRUE, 1);
}

void cr_view_work(CrView *view, const CrSearchBudget *budget)
{
	CrSearch *search = &view->search;

	if (!search->running)
		return;
	/* each pane's screen first, the focused pane's before the others'; then the rest */
	for (int screens = 1; screens >= 0; screens--) {
		for (guint k = 0; k < view->n_panes; k++) {
			guint d = view->panes[(view->focus + k) % view->n_panes].doc;
			gsize until = screens ? search->screen_end[d] : G_MAXSIZE;
			CrSearchState state = cr_search_pass_run(search->passes[d], until, budget);
			if (state == CR_SEARCH_MORE) {
				say_progress(view);
				return;
			}
			if (state == CR_SEARCH_TOO_COSTLY) {
				cr_view_message(view,
						"/%s: too costly to search (nested repeats?); search stopped",
						search->pattern);
				cr_search_clear(search);
				return;
			}
		}
	}
	search_done(view);
}

void cr_view_search_stop(CrView *view)
{
	if (!view->search.running)
		return;
	cr_view_message(view, "/%s: search stopped", view->search.pattern);
	cr_search_clear(&view->search);
}

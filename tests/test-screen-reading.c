/* Reading side by side on a headless screen: opening, synced scrolling,
 * jumps between quotes, focus, realigning, coverage and counts. */
#include "screen-lib.h"

/* ---- screens ------------------------------------------------------- */

static void test_open_bridge(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	check_screen(&s, "bridge-80x24");

	/* headers: letter, outlet, date, position */
	g_autofree char *a = pane_header(&s, 0);
	g_autofree char *c = pane_header(&s, 2);
	g_assert_true(g_str_has_prefix(a, "A Harbour Times"));
	g_assert_true(g_str_has_suffix(g_strchomp(a), "%"));
	g_assert_true(g_str_has_prefix(c, "C River Radio"));
	/* the status line: sync and help */
	g_autofree char *status = screen_line(&s, 23);
	g_assert_nonnull(strstr(status, "sync on"));
	g_assert_nonnull(strstr(status, "? help"));
	screen_close(&s);
}

static void test_scroll_sync(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	CrPane *a = &s.view->panes[0], *b = &s.view->panes[1], *c = &s.view->panes[2];

	/* j moves the cursor; the other panes follow, never backwards */
	guint last_b = b->cursor, last_c = c->cursor;
	for (int i = 0; i < 30; i++) {
		play(&s, "j");
		g_assert_cmpuint(b->cursor, >=, last_b);
		g_assert_cmpuint(c->cursor, >=, last_c);
		last_b = b->cursor;
		last_c = c->cursor;
		/* the cursor lines share a screen row where the text allows */
		if (b->cursor >= a->cursor - a->top)
			g_assert_cmpuint(b->cursor - b->top, ==, a->cursor - a->top);
	}
	g_assert_cmpuint(a->cursor, ==, 30);
	g_assert_cmpuint(a->top, >, 0);
	g_assert_cmpuint(b->cursor, >, 0);
	check_screen(&s, "bridge-sync-on");

	/* G: the end of A; the others at their ends too */
	play(&s, "G");
	g_assert_cmpuint(a->cursor, ==, a->rows->len - 1);
	g_assert_cmpuint(b->cursor, >, b->rows->len / 2);
	g_autofree char *header = pane_header(&s, 0);
	g_assert_nonnull(strstr(header, "100%"));
	play(&s, "g");
	g_assert_cmpuint(a->top, ==, 0);
	g_assert_cmpuint(b->top, ==, 0);

	/* sync off: the others stay put */
	play(&s, "s");
	g_autofree char *status = screen_line(&s, 23);
	g_assert_nonnull(strstr(status, "sync off"));
	play(&s, "<PgDn><C-f> ");
	g_assert_cmpuint(a->top, >, 0);
	g_assert_cmpuint(b->top, ==, 0);
	g_assert_cmpuint(c->top, ==, 0);
	check_screen(&s, "bridge-sync-off");
	play(&s, "b<PgUp><C-b>");
	g_assert_cmpuint(a->top, ==, 0);
	/* and on again: they catch up */
	play(&s, "d");
	guint half = cr_pane_text_height(a) / 2;
	g_assert_cmpuint(a->top, ==, half);
	play(&s, "s");
	g_assert_cmpuint(b->top + c->top, >, 0);
	play(&s, "u");
	g_assert_cmpuint(a->top, ==, 0);
	screen_close(&s);
}

static void test_jump_quotes(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	int park_a = find_fact(&s, 0, CR_FACT_QUOTE, "This bridge"),
	    park_b = find_fact(&s, 1, CR_FACT_QUOTE, "This");
	int reyes_a = find_fact(&s, 0, CR_FACT_QUOTE, "We are"),
	    reyes_b = find_fact(&s, 1, CR_FACT_QUOTE, "We are");

	/* ]: the mayor's words in A and B on one screen row, highlighted (sync
	 * off: C, which lacks them, stays where it is whatever the scroll map) */
	play(&s, "s]");
	g_assert_cmpint(s.view->current, ==, park_a);
	g_assert_cmpint(s.view->panes[1].mark, ==, park_b);
	int row = fact_screen_row(&s, 0, park_a);
	g_assert_cmpint(fact_screen_row(&s, 1, park_b), ==, row);
	g_autofree char *text_a = pane_text(&s, 0, (guint)row - 1);
	g_autofree char *text_b = pane_text(&s, 1, (guint)row - 1);
	g_assert_nonnull(strstr(text_a, "\"This"));
	g_assert_nonnull(strstr(text_b, "\"This"));
	/* C has no quotation of the mayor, and says so */
	g_autofree char *header_c = pane_header(&s, 2);
	g_assert_true(g_str_has_prefix(header_c, "C River Radio "));
	g_assert_nonnull(strstr(header_c, "lacks it"));
	g_autofree char *header_b = pane_header(&s, 1);
	g_assert_null(strstr(header_b, "lacks"));
	g_autofree char *status = screen_line(&s, 23);
	g_assert_true(g_str_has_prefix(status, "quote 1 of 2, in 2 of 3 reports: This bridge will"));
	check_screen(&s, "bridge-jump");
	g_assert_cmpuint(s.view->panes[2].top, ==, 0);
	play(&s, "s");

	/* ] again: the councillor; [ back to the mayor */
	play(&s, "]");
	g_assert_cmpint(s.view->current, ==, reyes_a);
	g_assert_cmpint(fact_screen_row(&s, 1, reyes_b), ==, fact_screen_row(&s, 0, reyes_a));
	play(&s, "[");
	g_assert_cmpint(s.view->current, ==, park_a);
	/* no quotation after the last one: a message, nothing moves */
	play(&s, "]");
	guint top = s.view->panes[0].top;
	play(&s, "]");
	g_assert_cmpint(s.view->current, ==, reyes_a);
	g_assert_cmpuint(s.view->panes[0].top, ==, top);
	g_assert_true(screen_has(&s, "no next shared quotation"));

	/* counts: 2] from the start goes past the first quotation */
	play(&s, "g2]");
	g_assert_cmpint(s.view->current, ==, reyes_a);
	g_assert_cmpuint(s.view->focus, ==, 0);
	play(&s, "g2[");
	g_assert_true(screen_has(&s, "no previous shared quotation"));

	/* } stops at every shared fact once, in A's order, and skips facts only
	 * A has: first Northport, which A lacks (where B's mention puts it) */
	play(&s, "g}");
	g_assert_cmpint(s.view->current, ==, -1);
	g_assert_cmpstr(current_value(&s), ==, "Northport");
	g_assert_true(s.view->panes[0].lacks);
	g_assert_false(s.view->panes[1].lacks);
	g_assert_true(screen_has(&s, "place 1 of 1, in 2 of 3 reports, not this one: Northport"));
	g_autofree char *header_a = pane_header(&s, 0);
	g_assert_nonnull(strstr(header_a, "lacks"));
	check_counterparts(&s);
	play(&s, "}");
	g_assert_cmpstr(current_value(&s), ==, "Tuesday");
	play(&s, "}}}");
	g_assert_cmpstr(current_value(&s), ==, "48 million dollars");
	play(&s, "}");
	g_assert_cmpstr(current_value(&s), ==, "Tom Reyes");
	g_assert_true(s.view->panes[2].lacks);
	play(&s, "{");
	g_assert_cmpstr(current_value(&s), ==, "48 million dollars");
	/* every pane has the number: all three on one row */
	row = fact_screen_row(&s, 0, s.view->current);
	for (guint p = 1; p < 3; p++)
		g_assert_cmpint(fact_screen_row(&s, p, s.view->panes[p].mark), ==, row);
	play(&s, "{{{{");
	g_assert_cmpstr(current_value(&s), ==, "Northport");
	play(&s, "{");
	g_assert_true(screen_has(&s, "no previous shared fact"));
	screen_close(&s);
}

static void test_jump_from_other_pane(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);

	/* Tab: B leads; ] finds B's quotation and brings A's onto its row */
	play(&s, "<Tab>");
	g_assert_cmpuint(s.view->focus, ==, 1);
	play(&s, "]");
	int park_a = find_fact(&s, 0, CR_FACT_QUOTE, "This bridge"),
	    park_b = find_fact(&s, 1, CR_FACT_QUOTE, "This");
	g_assert_cmpint(s.view->current, ==, park_b);
	g_assert_cmpint(fact_screen_row(&s, 0, park_a), ==, fact_screen_row(&s, 1, park_b));
	/* digits are a count and only that: 1j moves B, the focused pane */
	guint cursor = s.view->panes[1].cursor;
	play(&s, "1");
	g_assert_cmpuint(s.view->focus, ==, 1);
	play(&s, "j");
	g_assert_cmpuint(s.view->focus, ==, 1);
	g_assert_cmpuint(s.view->panes[1].cursor, ==, cursor + 1);
	play(&s, "3j");
	g_assert_cmpuint(s.view->panes[1].cursor, ==, cursor + 4);
	play(&s, "<A-3>");
	g_assert_cmpuint(s.view->focus, ==, 2);
	play(&s, "<A-2>");
	g_assert_cmpuint(s.view->focus, ==, 1);
	play(&s, "<S-Tab>");
	g_assert_cmpuint(s.view->focus, ==, 0);
	play(&s, "<Left>");
	g_assert_cmpuint(s.view->focus, ==, 2);
	play(&s, "<Right>");
	g_assert_cmpuint(s.view->focus, ==, 0);
	screen_close(&s);
}

/* The focus rule: Tab and Shift-Tab go round, Alt-N (or ' then N) focuses
 * pane N, digits are only ever a count; Esc after Alt is no key of its
 * own; a pane number that is not there says so. */
static void test_focus_rule(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	const CrView *v = s.view;

	play(&s, "'3");
	g_assert_cmpuint(v->focus, ==, 2);
	g_assert_true(screen_has(&s, "sync on"));
	play(&s, "'");
	g_assert_true(screen_has(&s, "'  sync on"));
	play(&s, "1");
	g_assert_cmpuint(v->focus, ==, 0);
	/* a count typed before Alt-N is dropped, not kept for the next key */
	play(&s, "5<A-2>j");
	g_assert_cmpuint(v->focus, ==, 1);
	g_assert_cmpuint(v->panes[1].cursor, ==, 1);
	/* 12G: to line 12 of the focused pane, whatever the digits */
	play(&s, "12G");
	g_assert_cmpuint(v->focus, ==, 1);
	g_assert_cmpuint(v->panes[1].cursor, ==, 11);
	/* no such pane */
	play(&s, "<A-7>");
	g_assert_cmpuint(v->focus, ==, 1);
	g_assert_true(screen_has(&s, "no pane 7: there are 3"));
	play(&s, "'x");
	g_assert_cmpuint(v->focus, ==, 1);
	g_assert_true(screen_has(&s, "' and a pane's number (1 to 3) focus that pane"));
	/* Tab and Shift-Tab wrap around */
	play(&s, "<Tab><Tab>");
	g_assert_cmpuint(v->focus, ==, 0);
	play(&s, "<S-Tab>");
	g_assert_cmpuint(v->focus, ==, 2);
	screen_close(&s);
}

/* Keys the reader does not know say so, and change nothing. */
static void test_unknown_key(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);

	play(&s, "]");
	guint top = s.view->panes[0].top;
	int current = s.view->current;
	play(&s, "x");
	g_assert_true(screen_has(&s, "unknown key x \xe2\x80\x94 ? for help"));
	play(&s, "3<C-x>");
	g_assert_true(screen_has(&s, "unknown key Ctrl-X \xe2\x80\x94 ? for help"));
	g_assert_cmpuint(s.view->count, ==, 0);
	play(&s, "<F1>");
	g_assert_true(screen_has(&s, "unknown key \xe2\x80\x94 ? for help"));
	g_assert_cmpuint(s.view->panes[0].top, ==, top);
	g_assert_cmpint(s.view->current, ==, current);
	/* the next key takes the message away */
	play(&s, "j");
	g_assert_false(screen_has(&s, "unknown key"));
	screen_close(&s);
}

static void test_realign(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	int reyes_a = find_fact(&s, 0, CR_FACT_QUOTE, "We are"),
	    reyes_b = find_fact(&s, 1, CR_FACT_QUOTE, "We are");
	const CrPane *a = &s.view->panes[0];

	/* sync off, A moved to the councillor's quotation by hand */
	play(&s, "s");
	guint row = cr_wrap_find(a->rows, cr_view_fact(s.view, reyes_a)->start);
	for (guint i = 0; i < row; i++)
		play(&s, "j");
	g_assert_cmpint(s.view->current, ==, reyes_a);
	g_assert_cmpuint(s.view->panes[1].top, ==, 0);
	/* = brings B's wording onto the same row */
	play(&s, "=");
	g_assert_cmpint(fact_screen_row(&s, 1, reyes_b), ==, fact_screen_row(&s, 0, reyes_a));

	/* a report with no shared fact has nothing to line up on */
	Screen t;
	screen_open(&t, text_engine("Nothing shared here.\n\nNor here.\n"), 80, 24);
	play(&t, "=");
	g_assert_true(screen_has(&t, "one report: lining facts up across reports needs two or more"));
	play(&t, "]");
	g_assert_true(screen_has(&t, "one report: lining facts up"));
	play(&t, "c");
	g_assert_true(screen_has(&t, "one report: coverage compares two or more"));
	screen_close(&t);
	screen_close(&s);
}

static void test_coverage(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);

	/* the mayor's words: A (focused) the reference, B marked against it,
	 * C listed as lacking them */
	play(&s, "]c");
	g_assert_true(s.view->overlay == &cr_overlay_coverage);
	check_screen(&s, "bridge-coverage");
	g_assert_true(screen_has(&s, "Coverage of quote 1 of 2: in 2 of 3 reports"));
	g_assert_true(screen_has(&s, "A Harbour Times  \xe2\x80\x94 the reference"));
	g_assert_true(screen_has(&s, "C River Radio  \xe2\x80\x94 lacks this fact"));
	/* the whole sentence around the quotation, the speaker included */
	const CrWording *b = wording_of(&s, 1);
	g_assert_cmpstr(
	    b->text->str, ==,
	    "\"This bridge will finally join the two halves of our town [at last],\" Mayor Elena Park told "
	    "reporters outside the chamber.");
	g_autofree char *added = marked_text(b, CR_MARK_DIFF_ADDED);
	g_autofree char *omitted = marked_text(b, CR_MARK_DIFF_OMITTED);
	g_autofree char *changed = marked_text(b, CR_MARK_DIFF);
	g_assert_cmpstr(added, ==, "finally");
	g_assert_cmpstr(omitted, ==, "[at last]");
	g_assert_cmpstr(changed, ==, "");
	/* the reference is not marked */
	const CrWording *a = wording_of(&s, 0);
	g_autofree char *a_marks = marked_text(a, CR_MARK_DIFF | CR_MARK_DIFF_ADDED | CR_MARK_DIFF_OMITTED);
	g_assert_cmpstr(a_marks, ==, "");
	g_assert_true(a->reference);
	/* any other key closes it; q too, without quitting */
	play(&s, "x");
	g_assert_null(s.view->overlay);
	play(&s, "cq");
	g_assert_null(s.view->overlay);
	g_assert_false(cr_ui_session_done(s.session));

	/* from B, B is the reference: A's "at last" is added, "finally" a gap */
	play(&s, "<Tab>c");
	const CrWording *from_b = wording_of(&s, 0);
	g_autofree char *a_added = marked_text(from_b, CR_MARK_DIFF_ADDED);
	g_autofree char *a_omitted = marked_text(from_b, CR_MARK_DIFF_OMITTED);
	g_assert_cmpstr(a_added, ==, "at last");
	g_assert_cmpstr(a_omitted, ==, "[finally]");
	play(&s, "<Esc><S-Tab>");

	/* a fact every report has: none lacks it */
	cursor_to(&s, find_fact(&s, 0, CR_FACT_NUMBER, "48 million"));
	play(&s, "c");
	g_assert_true(screen_has(&s, "in 3 of 3 reports"));
	g_assert_false(screen_has(&s, "lacks this fact"));
	/* F goes on to the facts list */
	play(&s, "F");
	g_assert_true(s.view->overlay == &cr_overlay_facts);
	play(&s, "<Esc>c");
	/* on a short screen it scrolls */
	play(&s, "<resize 40x8>");
	g_assert_true(screen_has(&s, "j k Space b scroll"));
	play(&s, "j");
	g_assert_cmpuint(((const CrCoverage *)s.view->overlay_state)->top, ==, 1);
	play(&s, "<resize 80x24><Esc>");
	/* a fact only one report has: nothing to compare */
	cursor_to(&s, find_fact(&s, 0, CR_FACT_NUMBER, "three years"));
	g_autofree char *status = screen_line(&s, 23);
	g_assert_true(g_str_has_prefix(status, "number only in this report: three years"));
	play(&s, "c");
	g_assert_null(s.view->overlay);
	g_assert_true(screen_has(&s, "only this report has the fact on the cursor line"));
	screen_close(&s);
}

/* The state a motion leaves behind: the leader's place and the current fact. */
typedef struct {
	guint focus, top, cursor;
	int current;
} Place;

static Place place_of(const CrView *v)
{
	const CrPane *leader = &v->panes[v->focus];
	return (Place){ v->focus, leader->top, leader->cursor, v->current };
}

/* Every key that takes a count: "3x" takes the cursor where "xxx" does (g
 * and G: to line 3), from the same place, with the same current fact. */
static void test_counts(void)
{
	Screen s;
	screen_open(&s, examples_engine(), 200, 50);
	const CrView *v = s.view;
	guint tried = 0;

	play(&s, "/the<Enter>");
	for (guint b = 0; b < cr_keymap_len; b++) {
		const CrBinding *binding = &cr_keymap[b];
		if (!binding->counted)
			continue;
		for (guint k = 0; k < CR_BINDING_MAX_KEYS && binding->keys[k]; k++) {
			int key = binding->keys[k];
			gboolean line = binding->action == CR_ACT_TOP || binding->action == CR_ACT_BOTTOM;
			/* from the middle of the second pane */
			play(&s, "<A-1><Tab>g");
			for (guint i = 0; i < 40; i++)
				cr_view_key(s.view, CR_KEY_DOWN);
			Place start = place_of(v);
			if (line) {
				cr_view_key(s.view, CR_KEY_HOME);
				for (guint i = 0; i < 2; i++)
					cr_view_key(s.view, CR_KEY_DOWN);
			} else {
				for (guint i = 0; i < 3; i++)
					cr_view_key(s.view, key);
			}
			Place repeated = place_of(v);
			play(&s, "<A-1><Tab>g");
			for (guint i = 0; i < 40; i++)
				cr_view_key(s.view, CR_KEY_DOWN);
			g_assert_cmpuint(place_of(v).cursor, ==, start.cursor);
			play(&s, "3");
			g_assert_cmpuint(v->count, ==, 3);
			g_assert_true(screen_has(&s, "3  sync on"));
			cr_view_key(s.view, key);
			Place counted = place_of(v);
			g_assert_cmpuint(counted.focus, ==, 1);
			g_assert_cmpuint(counted.cursor, ==, repeated.cursor);
			/* a jump shows its fact where it is on screen: the way there
			 * can leave it higher or lower */
			if (binding->action <= CR_ACT_HALF_UP)
				g_assert_cmpuint(counted.top, ==, repeated.top);
			if (!line)
				g_assert_cmpint(counted.current, ==, repeated.current);
			tried++;
		}
	}
	g_assert_cmpuint(tried, >=, 20);
	screen_close(&s);
}

int main(int argc, char **argv)
{
	screen_test_init(&argc, &argv);
	g_test_add_func("/screen/open", test_open_bridge);
	g_test_add_func("/screen/scroll-sync", test_scroll_sync);
	g_test_add_func("/screen/jump-quotes", test_jump_quotes);
	g_test_add_func("/screen/jump-other-pane", test_jump_from_other_pane);
	g_test_add_func("/screen/focus-rule", test_focus_rule);
	g_test_add_func("/screen/unknown-key", test_unknown_key);
	g_test_add_func("/screen/realign", test_realign);
	g_test_add_func("/screen/coverage", test_coverage);
	g_test_add_func("/screen/counts", test_counts);
	return g_test_run();
}

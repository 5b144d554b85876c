/* The examples and the seeds on a headless screen: every jump, the screen
 * as redrawn while scrolling, and synced scrolling walked line by line. */
#include "screen-lib.h"

static void test_examples(void)
{
	Screen s;
	screen_open(&s, examples_engine(), 120, 30);

	for (guint p = 0; p < s.view->n_panes; p++) {
		g_autofree char *header = pane_header(&s, p);
		g_assert_cmpint(header[0], ==, 'A' + (int)p);
		g_assert_cmpuint(s.view->panes[p].top, ==, 0);
	}
	check_screen(&s, "examples-120x30");
	/* the first shared quotation: README's sample screen */
	play(&s, "]");
	check_counterparts(&s);
	check_screen(&s, "examples-jump");
	check_all_jumps(&s);
	/* whatever the engine finds, every key leaves a sane model */
	play(&s, "gjjj]]}}{[=<PgDn>Gcx?x/the<Enter>nNLzzBB<Tab>jg");
	for (guint p = 0; p < s.view->n_panes; p++)
		g_assert_cmpuint(s.view->panes[p].cursor, <, s.view->panes[p].rows->len);
	g_assert_true(screen_has(&s, "? help"));
	screen_close(&s);
}

/* Every cell of the screen as curses has it (character, attributes and
 * colours: pairs are numbered as first drawn), one line a row. */
static char *screen_cells(void)
{
	GString *out = g_string_new(NULL);
	int cy, cx;

	getyx(curscr, cy, cx);
	for (int y = 0; y < LINES; y++) {
		for (int x = 0; x < COLS; x++) {
			cchar_t cell;
			wchar_t chars[CCHARW_MAX + 1] = { 0 };
			attr_t attrs;
			short pair, fg = -1, bg = -1;
			mvwin_wch(curscr, y, x, &cell);
			getcchar(&cell, chars, &attrs, &pair, NULL);
			if (pair)
				pair_content(pair, &fg, &bg);
			g_string_append_printf(out, "%x/%lx/%d/%d ", (unsigned)chars[0],
					       (unsigned long)(attrs & ~A_COLOR), fg, bg);
		}
		g_string_append_c(out, '\n');
	}
	wmove(curscr, cy, cx);
	return g_string_free(out, FALSE);
}

/* Synced scrolling over the seeds, one line a key down and then back up,
 * leaves on screen, cell for cell, what is drawn from scratch (Ctrl-L) after
 * the same keys: the rows scrolled before a redraw (ui_session.c) are where
 * curses has them. On terminals with a scroll region, with and without
 * colours, and one without (nothing scrolled first). */
static void test_scroll_as_redrawn(void)
{
	static const char *const types[] = { "xterm-256color", "vt100", "vt52" };
	static const struct {
		const char *keys;
		guint times;
	} legs[] = { { "47j", 1 }, { "j", 40 }, { "47k", 1 }, { "k", 25 } };

	if (!cr_test_seeds_dir())
		return;
	for (guint t = 0; t < G_N_ELEMENTS(types); t++) {
		char *scrolled[G_N_ELEMENTS(legs)], *redrawn[G_N_ELEMENTS(legs)];
		Screen s;

		screen_open_as(&s, seed_engine(), 200, 50, types[t], NULL);
		for (guint l = 0; l < G_N_ELEMENTS(legs); l++) {
			for (guint i = 0; i < legs[l].times; i++)
				play(&s, legs[l].keys);
			scrolled[l] = screen_cells();
		}
		screen_close(&s);
		/* the same keys with nothing drawn until Ctrl-L */
		screen_open_as(&s, seed_engine(), 200, 50, types[t], NULL);
		for (guint l = 0; l < G_N_ELEMENTS(legs); l++) {
			for (guint i = 0; i < legs[l].times; i++)
				for (const char *k = legs[l].keys; *k; k++)
					cr_ui_session_input(s.session, FALSE, *k);
			cr_ui_session_input(s.session, FALSE, CR_CTRL('l'));
			cr_ui_session_draw(s.session);
			redrawn[l] = screen_cells();
		}
		screen_close(&s);
		for (guint l = 0; l < G_N_ELEMENTS(legs); l++) {
			g_auto(GStrv) got = g_strsplit(scrolled[l], "\n", -1);
			g_auto(GStrv) want = g_strsplit(redrawn[l], "\n", -1);
			for (guint y = 0; got[y] && want[y]; y++)
				if (strcmp(got[y], want[y]) != 0)
					g_test_message("%s, after %u x %s: row %u differs:\n%s\n%s", types[t],
						       legs[l].times, legs[l].keys, y, got[y], want[y]);
			g_assert_cmpstr(scrolled[l], ==, redrawn[l]);
			g_free(scrolled[l]);
			g_free(redrawn[l]);
		}
	}
}

static void test_seeds(void)
{
	CrEngine *engine = seed_engine();
	if (!engine)
		return;
	Screen s;
	screen_open(&s, engine, 200, 50);
	const CrView *v = s.view;

	g_assert_cmpuint(v->n_panes, ==, 5);
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_SIDE);
	g_autofree char *top = screen_line(&s, 0);
	for (guint p = 0; p < 5; p++) {
		g_autofree char *header = pane_header(&s, p);
		g_assert_cmpint(header[0], ==, 'A' + (int)p);
	}
	g_assert_nonnull(strstr(top, "%"));
	compare_screen(&s, "seeds-200x50", TRUE);

	check_all_jumps(&s);
	/* a jump's line-up survives resizes, zoom and L */
	const char *changes[] = { "<resize 160x40>", "<resize 200x50>", "zz", "LL", "<resize 120x30>" };
	play(&s, "g");
	for (guint i = 0; i < G_N_ELEMENTS(changes); i++) {
		play(&s, "]");
		play(&s, changes[i]);
		check_counterparts(&s);
	}
	/* five panes on 80x24: stacked, each headed, one above the other */
	play(&s, "<resize 80x24>");
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_STACKED);
	for (guint p = 0; p < 5; p++) {
		g_autofree char *header = pane_header(&s, p);
		g_assert_cmpint(header[0], ==, 'A' + (int)p);
		g_assert_cmpint(v->panes[p].rect.width, ==, 80);
		if (p > 0)
			g_assert_cmpint(v->panes[p].rect.y, >, v->panes[p - 1].rect.y);
	}
	play(&s, "<resize 200x50>");
	/* scrolling with sync, the other panes never go backwards */
	play(&s, "g");
	guint before[5];
	for (guint p = 0; p < 5; p++)
		before[p] = v->panes[p].cursor;
	play(&s, "jjjjjjjjjj<PgDn>");
	for (guint p = 0; p < 5; p++)
		g_assert_cmpuint(v->panes[p].cursor, >=, before[p]);
	play(&s, "<resize 80x24><resize 20x6><resize 200x50>c<Esc>");
	g_assert_false(v->too_small);
	screen_close(&s);
}

/* TRUE when the leader's report LEADER and report DOC share an anchor at a
 * leader offset in (Q1, Q2] (either order), or the step went to the
 * leader's first or last line, which stand for the ends of every report. */
static gboolean passes_anchor(const CrView *view, guint leader, guint doc, gsize q1, gsize q2)
{
	const CrChain *chain = cr_alignment_chain(view->engine->alignment, leader, doc);
	const CrPane *pane = &view->panes[view->focus];
	gsize lo = MIN(q1, q2), hi = MAX(q1, q2);

	if (pane->cursor == 0 || pane->cursor + 1 == pane->rows->len)
		return TRUE;
	for (guint i = 0; chain && i < chain->anchors->len; i++) {
		const CrAnchor *anchor = &g_array_index(chain->anchors, CrAnchor, i);
		gsize x = chain->doc_a == leader ? anchor->a : anchor->b;
		if (x > lo && x <= hi)
			return TRUE;
	}
	return FALSE;
}

/* Panes at least this high jump a screenful only at anchors; in smaller
 * ones the scroll map between two anchors can be steeper than that. */
#define LARGE_PANE 20

/* With sync on, takes the leader line by line to its end (j) and back (k):
 * every other pane shows on its cursor line where the scroll map puts the
 * leader's (the leader's first and last lines: its start and end), moves
 * the way the leader moves or stays, keeps its cursor line on screen,
 * never scrolls past its last page, and moves more than a screenful for
 * one line only where the leader passes an anchor; at the end every pane
 * shows its last page, at the start its first. */
static void check_sync_walk(Screen *s)
{
	CrView *v = s->view;
	const CrPane *leader = &v->panes[v->focus];

	for (int dir = 1; dir >= -1; dir -= 2) {
		guint top[CR_MAX_DOCUMENTS], cursor[CR_MAX_DOCUMENTS];
		for (guint p = 0; p < v->n_panes; p++) {
			top[p] = v->panes[p].top;
			cursor[p] = v->panes[p].cursor;
		}
		for (;;) {
			guint was = leader->cursor;
			gsize q1 = cr_pane_row(leader, leader->cursor)->start;
			play(s, dir > 0 ? "j" : "k");
			if (leader->cursor == was)
				break;
			gsize q2 = cr_pane_row(leader, leader->cursor)->start;
			for (guint p = 0; p < v->n_panes; p++) {
				const CrPane *pane = &v->panes[p];
				long h = (long)cr_pane_text_height(pane);
				long moved_top = dir * ((long)pane->top - (long)top[p]);
				long moved = dir * ((long)pane->cursor - (long)cursor[p]);
				g_assert_cmpint(moved_top, >=, 0);
				g_assert_cmpint(moved, >=, 0);
				g_assert_cmpuint(pane->cursor, >=, pane->top);
				g_assert_cmpint((long)pane->cursor, <, (long)pane->top + h);
				g_assert_cmpuint(pane->top, <=, cr_pane_max_top(pane));
				if (p == v->focus)
					continue;
				const CrDoc *doc = g_ptr_array_index(v->engine->docs, pane->doc);
				gsize at = leader->cursor == 0 ? 0
					   : leader->cursor + 1 == leader->rows->len
					       ? doc->len
					       : cr_view_map(s->view, leader->doc, pane->doc, q2);
				g_assert_cmpuint(pane->cursor, ==, cr_wrap_find(pane->rows, at));
				if (h >= LARGE_PANE && MAX(moved, moved_top) > h)
					g_assert_true(passes_anchor(v, leader->doc, pane->doc, q1, q2));
				top[p] = pane->top;
				cursor[p] = pane->cursor;
			}
		}
		for (guint p = 0; p < v->n_panes; p++) {
			const CrPane *pane = &v->panes[p];
			g_assert_cmpuint(pane->top, ==, dir > 0 ? cr_pane_max_top(pane) : 0);
			g_assert_cmpuint(pane->cursor, ==, dir > 0 ? pane->rows->len - 1 : 0);
		}
	}
}

/* The examples and the seeds at three sizes: every pane opens at the start
 * of its report, and scrolls in sync as check_sync_walk() demands. */
static void test_sync_walk(void)
{
	static const int sizes[][2] = { { 200, 50 }, { 120, 30 }, { 80, 24 } };

	for (guint set = 0; set < 2; set++) {
		for (guint i = 0; i < G_N_ELEMENTS(sizes); i++) {
			CrEngine *engine = set == 0 ? examples_engine() : seed_engine();
			if (!engine)
				return;
			Screen s;
			screen_open(&s, engine, sizes[i][0], sizes[i][1]);
			for (guint p = 0; p < s.view->n_panes; p++) {
				g_assert_cmpuint(s.view->panes[p].top, ==, 0);
				g_assert_cmpuint(s.view->panes[p].cursor, ==, 0);
			}
			check_sync_walk(&s);
			/* G then k: the others stay at their ends or move back */
			play(&s, "Gk");
			for (guint p = 0; p < s.view->n_panes; p++)
				g_assert_cmpuint(s.view->panes[p].top, <=,
						 cr_pane_max_top(&s.view->panes[p]));
			screen_close(&s);
		}
	}
}

int main(int argc, char **argv)
{
	screen_test_init(&argc, &argv);
	g_test_add_func("/screen/examples", test_examples);
	g_test_add_func("/screen/seeds", test_seeds);
	g_test_add_func("/screen/scroll-as-redrawn", test_scroll_as_redrawn);
	g_test_add_func("/screen/sync-walk", test_sync_walk);
	return g_test_run();
}

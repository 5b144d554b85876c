/* The reader while the engine aligns: keys, notes and quitting before the
 * alignment is done. */
#include "clean-page.h"
#include "screen-lib.h"

/* ---- the reader while the engine aligns ------------------------------ */

/* Holds the engine's analysis at its first safe point until opened, or
 * until the analysis is cancelled. */
typedef struct {
	gint held, open;
} Gate;

static void gate_hook(CrProgress *progress, gpointer data)
{
	Gate *gate = data;
	g_atomic_int_set(&gate->held, TRUE);
	while (!g_atomic_int_get(&gate->open) && !cr_progress_cancelled(progress))
		g_usleep(1000);
}

/* A reader over the examples whose engine is held at the start of its
 * analysis: what the reader shows before the alignment is there. */
static void screen_open_aligning(Screen *s, Gate *gate, int cols, int lines)
{
	g_autofree char *dir = cr_test_path("examples/");
	*gate = (Gate){ FALSE, FALSE };
	screen_open(s, cr_engine_prepare(dir_docs(dir)), cols, lines);
	cr_ui_session_align(s->session, gate_hook, gate);
	g_assert_true(cr_ui_session_aligning(s->session));
	while (!g_atomic_int_get(&gate->held))
		g_usleep(1000);
}

/* How many cells of the screen are drawn in a fact's colour. */
static guint fact_cells(Screen *s)
{
	g_autoptr(CrFrame) frame = cr_frame_new(0, 0);
	guint n = 0;
	cr_view_render(s->view, frame);
	for (int i = 0; i < frame->cols * frame->lines; i++)
		n += frame->cells[i].style >= CR_STYLE_FACT &&
		     frame->cells[i].style < CR_STYLE_FACT + CR_FACT_N_KINDS;
	return n;
}

/* The start of the text on pane P's cursor line. */
static gsize cursor_at(Screen *s, guint p)
{
	const CrPane *pane = &s->view->panes[p];
	return cr_pane_row(pane, pane->cursor)->start;
}

/* Before the alignment: the reports are there, keys work, each pane
 * scrolls alone, no fact colours, jumps say to wait and the status line
 * shows the progress; then the alignment arrives: colours, the current
 * fact and following start, and the cursor stays on its text. */
static void test_aligning(void)
{
	Screen s;
	Gate gate;
	screen_open_aligning(&s, &gate, 120, 30);
	CrPane *a = &s.view->panes[0], *b = &s.view->panes[1];

	cr_ui_session_poll(s.session, FALSE);
	play(&s, "<C-l>");
	g_autofree char *status = screen_line(&s, 29);
	g_assert_nonnull(strstr(status, "aligning\xe2\x80\xa6 0%"));
	g_assert_null(strstr(status, "sync"));
	g_autofree char *header = pane_header(&s, 0);
	g_assert_nonnull(strstr(header, "A "));
	g_assert_cmpuint(fact_cells(&s), ==, 0);

	/* keys work; the other panes stay where they are */
	play(&s, "jjjjj");
	g_assert_cmpuint(a->cursor, ==, 5);
	g_assert_cmpuint(b->cursor, ==, 0);
	g_assert_cmpuint(b->top, ==, 0);
	play(&s, "<Tab>jj<S-Tab>");
	g_assert_cmpuint(b->cursor, ==, 2);
	g_assert_cmpuint(a->cursor, ==, 5);
	play(&s, "]");
	g_autofree char *wait = screen_line(&s, 29);
	g_assert_nonnull(strstr(wait, "aligning\xe2\x80\xa6 0%, try again in a moment"));
	g_assert_cmpint(s.view->current, ==, -1);
	play(&s, "s");
	g_assert_true(screen_has(&s, "sync off"));
	play(&s, "s");
	g_assert_true(screen_has(&s, "sync on once aligned"));
	play(&s, "/the<Enter>");
	g_assert_nonnull(s.view->search.matches[0]);
	play(&s, "<Esc>");
	gsize leader_at = cursor_at(&s, 0);

	/* the alignment arrives */
	g_atomic_int_set(&gate.open, TRUE);
	g_assert_true(cr_ui_session_poll(s.session, TRUE));
	g_assert_false(cr_ui_session_aligning(s.session));
	cr_ui_session_draw(s.session);
	g_autofree char *ready = screen_line(&s, 29);
	g_assert_null(strstr(ready, "aligning"));
	g_assert_nonnull(strstr(ready, "sync on"));
	g_assert_cmpuint(fact_cells(&s), >, 0);
	g_assert_cmpuint(cursor_at(&s, 0), ==, leader_at);
	/* B follows A through the scroll map now */
	guint want = cr_wrap_find(b->rows, cr_view_map(s.view, 0, 1, leader_at));
	g_assert_cmpuint(b->cursor, ==, want);
	play(&s, "]");
	g_assert_cmpint(s.view->current, >=, 0);
	g_assert_false(screen_has(&s, "try again"));
	screen_close(&s);
}

/* m before the alignment: the note goes at the cursor line (a note at a
 * fact needs the alignment), and stays there once the alignment comes,
 * the publication dates then kept with the notes. */
static void test_note_while_aligning(void)
{
	g_autofree char *dir = cr_test_temp_dir();
	Screen s;
	Gate gate;
	screen_open_aligning(&s, &gate, 120, 30);
	cr_view_open_notes(s.view, dir, NULL);

	play(&s, "m");
	g_assert_true(screen_has(&s, "note at this line: "));
	play(&s, "read while aligning<Enter>");
	g_assert_cmpuint(s.view->notes->placed->len, ==, 1);
	const CrPlacedNote *pn = g_ptr_array_index(s.view->notes->placed, 0);
	g_assert_cmpint(pn->note->fact_kind, ==, -1);
	gsize at = g_array_index(pn->places, CrNotePlace, 0).start;
	g_assert_cmpuint(at, ==, cursor_at(&s, 0));
	for (guint d = 0; d < s.view->n_panes; d++)
		g_assert_null(((CrNoteReport *)g_ptr_array_index(s.view->notes->reports, d))->date);

	g_atomic_int_set(&gate.open, TRUE);
	g_assert_true(cr_ui_session_poll(s.session, TRUE));
	g_assert_cmpuint(s.view->notes->placed->len, ==, 1);
	pn = g_ptr_array_index(s.view->notes->placed, 0);
	g_assert_cmpuint(g_array_index(pn->places, CrNotePlace, 0).start, ==, at);
	for (guint d = 0; d < s.view->n_panes; d++)
		g_assert_cmpstr(((CrNoteReport *)g_ptr_array_index(s.view->notes->reports, d))->date, ==,
				((CrDoc *)g_ptr_array_index(s.engine->docs, d))->date);
	g_assert_nonnull(((CrDoc *)g_ptr_array_index(s.engine->docs, 0))->date);
	g_assert_true(cr_view_notes_finish(s.view, NULL));
	screen_close(&s);
	cr_test_remove_tree(dir);
}

/* q, a resize and the window's keys while the engine is held mid-way: the
 * reader answers, and q ends it at once, the analysis cancelled. */
static void test_quit_while_aligning(void)
{
	Screen s;
	Gate gate;
	screen_open_aligning(&s, &gate, 100, 25);

	play(&s, "<resize 80x24>zLG?<Esc>");
	g_assert_false(cr_ui_session_done(s.session));
	g_assert_true(cr_ui_session_aligning(s.session));
	play(&s, "q");
	g_assert_true(cr_ui_session_done(s.session));
	g_assert_false(g_atomic_int_get(&gate.open));
	/* the session's end cancels the held analysis and waits for it */
	screen_close(&s);
}

/* Each pane's text rows on the screen last drawn, one string. */
static char *panes_text(Screen *s)
{
	GString *all = g_string_new(NULL);
	for (guint p = 0; p < s->view->n_panes; p++)
		for (guint row = 0; row < cr_pane_text_height(&s->view->panes[p]); row++) {
			g_autofree char *text = pane_text(s, p, row);
			g_string_append_printf(all, "%u|%s\n", p, text);
		}
	return g_string_free(all, FALSE);
}

/* The config file's choices (stacked, boilerplate hidden) are taken before
 * the first screen: the reports are wrapped again to them only as far as
 * that screen shows, and the rest, wrapped after it, leaves what it shows
 * as it was. */
static void test_first_screen_configured(void)
{
	g_autofree char *dir = cr_test_path("examples/");
	g_auto(CrConfig) config;
	cr_config_init(&config);
	config.stacked = TRUE;
	config.hide_boilerplate = TRUE;
	CrUiOptions options = CR_UI_OPTIONS_INIT;
	options.config = &config;
	Screen s;
	screen_start(&s, cr_engine_prepare(dir_docs(dir)), "xterm-256color", &options);

	g_assert_cmpint(s.view->layout, ==, CR_LAYOUT_STACKED);
	g_assert_true(s.view->hide_boilerplate);
	for (guint p = 0; p < s.view->n_panes; p++) {
		const CrPane *pane = &s.view->panes[p];
		g_assert_nonnull(pane->more);
		g_assert_cmpuint(pane->rows->len, >=, cr_pane_height(pane));
	}
	cr_ui_session_draw(s.session);
	g_autofree char *first = panes_text(&s);
	cr_view_wrap_rest(s.view);
	for (guint p = 0; p < s.view->n_panes; p++)
		g_assert_null(s.view->panes[p].more);
	cr_ui_session_draw(s.session);
	g_autofree char *whole = panes_text(&s);
	g_assert_cmpstr(first, ==, whole);
	g_assert_nonnull(strstr(first, "Velmora"));
	screen_close(&s);
}

/* Boilerplate hidden (B) before the alignment: what the step across the
 * reports flags once the engine has run (another story's title inside the
 * story) leaves the panes the first screen was wrapped with, and the
 * story's subhead stays. */
static void test_hidden_once_aligned(void)
{
	Screen s;
	screen_open(&s, cr_engine_prepare(ferry_reports(PAGE_WITH_OTHER_TITLE)), 120, 30);
	play(&s, "B");
	g_assert_true(s.view->hide_boilerplate);
	g_autofree char *first = panes_text(&s);
	g_assert_nonnull(strstr(first, "Volcano grounds"));

	cr_ui_session_align(s.session, NULL, NULL);
	while (cr_ui_session_aligning(s.session))
		cr_ui_session_poll(s.session, TRUE);
	cr_ui_session_draw(s.session);
	g_autofree char *aligned = panes_text(&s);
	g_assert_null(strstr(aligned, "Volcano grounds"));
	g_assert_nonnull(strstr(aligned, "Evening Crossings Added From April"));
	g_assert_nonnull(strstr(aligned, "Councillors said"));
	screen_close(&s);
}

int main(int argc, char **argv)
{
	screen_test_init(&argc, &argv);
	g_test_add_func("/screen/aligning", test_aligning);
	g_test_add_func("/screen/quit-while-aligning", test_quit_while_aligning);
	g_test_add_func("/screen/note-while-aligning", test_note_while_aligning);
	g_test_add_func("/screen/first-screen-configured", test_first_screen_configured);
	g_test_add_func("/screen/hidden-once-aligned", test_hidden_once_aligned);
	return g_test_run();
}

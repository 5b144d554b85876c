/* Search on a headless screen: the prompt, its editing, marks in every
 * pane, moves and searching a slice at a time. */
#include "screen-lib.h"

static void test_search(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	const CrView *v = s.view;

	/* the prompt shows what is typed, with the cursor */
	play(&s, "/ferr");
	g_autofree char *prompt = screen_line(&s, 23);
	g_assert_true(g_str_has_prefix(prompt, "/ferr"));
	/* Backspace takes back a character (a whole one), Ctrl-U the line */
	play(&s, "x\xc3\xa9<BS><BS><C-u>fer<BS>rry<Enter>");
	g_assert_null(v->prompt);
	g_assert_cmpstr(v->search.pattern, ==, "ferry");
	/* case-insensitive without a capital: "ferry" and "Ferry" in all panes */
	g_assert_cmpuint(v->search.matches[0]->len, ==, 2);
	g_assert_cmpuint(v->search.matches[1]->len, ==, 0);
	g_assert_cmpuint(v->search.matches[2]->len, ==, 1);
	g_assert_true(screen_has(&s, "/ferry: 1 of 2 here, 1 in other reports"));
	/* the cursor went to the first match, and it is marked */
	const CrPane *a = &v->panes[0];
	g_assert_cmpuint(a->cursor, ==,
			 cr_wrap_find(a->rows, g_array_index(v->search.matches[0], CrSpan, 0).start));
	play(&s, "n");
	g_assert_true(screen_has(&s, "/ferry: 2 of 2 here"));
	play(&s, "n");
	g_assert_true(screen_has(&s, "/ferry: 1 of 2 here, 1 in other reports (from the top)"));
	play(&s, "N");
	g_assert_true(screen_has(&s, "/ferry: 2 of 2 here, 1 in other reports (from the end)"));
	/* B has none */
	play(&s, "<Tab>n");
	g_assert_true(screen_has(&s, "/ferry: none here, 3 in other reports"));

	/* a capital makes it case-sensitive */
	play(&s, "<A-1>/Ferry<Enter>");
	g_assert_cmpuint(v->search.matches[0]->len, ==, 0);
	g_assert_cmpuint(v->search.matches[2]->len, ==, 1);
	play(&s, "/FERRY<Enter>");
	g_assert_true(screen_has(&s, "pattern not found: FERRY"));
	/* a regular expression, and a broken one */
	play(&s, "/bridge|council<Enter>");
	g_assert_cmpuint(v->search.matches[1]->len, ==, 5);
	play(&s, "/(unclosed<Enter>");
	g_assert_true(screen_has(&s, "bad pattern"));
	g_assert_nonnull(v->search.compiled);
	/* Esc in the prompt cancels; Esc after clears the highlight */
	play(&s, "/xyz<Esc>");
	g_assert_null(v->prompt);
	g_assert_cmpstr(v->search.pattern, ==, "bridge|council");
	/* Esc after a count drops the count and leaves the search */
	play(&s, "3<Esc>");
	g_assert_cmpuint(v->count, ==, 0);
	g_assert_nonnull(v->search.compiled);
	play(&s, "1<Esc><Esc>n");
	g_assert_null(v->search.compiled);
	g_assert_true(screen_has(&s, "no search yet"));
	screen_close(&s);
}

/* The column of the terminal cursor as the reader places it. */
static int cursor_column(const Screen *s)
{
	g_autoptr(CrFrame) frame = cr_frame_new(0, 0);
	cr_view_render(s->view, frame);
	g_assert_cmpint(frame->cursor_y, ==, frame->lines - 1);
	return frame->cursor_x;
}

/* Plays KEYS into the prompt: the status line then starts with LINE and
 * the cursor is at COLUMN. */
static void check_prompt(Screen *s, const char *keys, const char *line, int column)
{
	play(s, keys);
	g_autofree char *status = screen_line(s, 23);
	g_assert_true(g_str_has_prefix(status, line));
	g_assert_cmpint(cursor_column(s), ==, column);
}

static void test_search_prompt_editing(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);

	/* Left, and typing goes in at the cursor */
	check_prompt(&s, "/fery<Left>r", "/ferry ", 5);
	/* Home and End, Ctrl-A and Ctrl-E */
	check_prompt(&s, "<Home>x", "/xferry ", 2);
	check_prompt(&s, "<C-e> bridge", "/xferry bridge ", 14);
	/* Ctrl-W erases a word, Backspace a character where the cursor is */
	check_prompt(&s, "<C-w><C-a><Right><BS><End><BS>", "/ferry ", 6);
	/* a wide character takes two columns, and Backspace takes it whole */
	check_prompt(&s, "<Home>\xe6\x97\xa5<End>",
		     "/\xe6\x97\xa5"
		     "ferry ",
		     8);
	play(&s, "<Home><Right><BS><Enter>");
	g_assert_null(s.view->prompt);
	g_assert_cmpstr(s.view->search.pattern, ==, "ferry");
	g_assert_true(screen_has(&s, "/ferry: 1 of 2 here"));

	/* a pattern wider than the screen scrolls to keep the cursor on it */
	GString *keys = g_string_new("/");
	for (int i = 0; i < 100; i++)
		g_string_append_c(keys, (char)('a' + i % 26));
	play(&s, keys->str);
	g_string_free(keys, TRUE);
	g_autofree char *tail = screen_line(&s, 23);
	g_assert_true(g_str_has_prefix(tail, "/"));
	g_assert_true(g_str_has_suffix(tail, "uv"));
	g_assert_null(strstr(tail, "sync on"));
	g_assert_cmpint(cursor_column(&s), ==, 79);
	check_prompt(&s, "<Home>", "/abcdef", 1);
	play(&s, "<Esc>");
	g_assert_null(s.view->prompt);
	g_assert_cmpstr(s.view->search.pattern, ==, "ferry");
	screen_close(&s);
}

static void test_search_marks_all_panes(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 200, 50);
	g_autoptr(CrFrame) frame = cr_frame_new(0, 0);

	play(&s, "/elena park<Enter>");
	cr_view_render(s.view, frame);
	/* each pane shows its match marked */
	for (guint p = 0; p < 3; p++) {
		const CrPane *pane = &s.view->panes[p];
		const CrSpan *m = &g_array_index(s.view->search.matches[p], CrSpan, 0);
		guint row = cr_wrap_find(pane->rows, m->start);
		int y = pane->rect.y + 1 + (int)(row - pane->top);
		gboolean marked = FALSE;
		for (int x = pane->rect.x; x < pane->rect.x + pane->rect.width; x++)
			marked |= (cr_frame_at(frame, y, x)->marks & CR_MARK_MATCH) != 0;
		g_assert_true(marked);
	}
	screen_close(&s);
}

/* The screen row (0-based, within the pane's text) pane P shows byte POS
 * on, or -1 when it is not on screen. */
static int pane_row_of(const CrPane *pane, gsize pos)
{
	guint row = cr_wrap_find(pane->rows, pos);
	if (row < pane->top || row >= pane->top + cr_pane_text_height(pane))
		return -1;
	return (int)(row - pane->top);
}

static void test_search_moves(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 8);
	const CrView *v = s.view;
	const CrPane *a = &v->panes[0];

	/* sync off, B and C at their ends: a search brings the mayor into
	 * view in every pane */
	play(&s, "s<Tab>G<Tab>G<Tab>/mayor<Enter>");
	g_assert_cmpuint(v->focus, ==, 0);
	int row = pane_row_of(a, g_array_index(v->search.matches[0], CrSpan, 0).start);
	g_assert_cmpint(row, >=, 0);
	for (guint p = 1; p < 3; p++) {
		const GArray *matches = v->search.matches[p];
		g_assert_cmpuint(matches->len, ==, 1);
		g_assert_cmpint(pane_row_of(&v->panes[p], g_array_index(matches, CrSpan, 0).start), >=, 0);
	}
	check_screen(&s, "bridge-search");

	/* n goes on from the cursor line, not from the match last visited:
	 * after G the next match is the first, from the top */
	play(&s, "sg/the<Enter>");
	g_assert_true(screen_has(&s, "/the: 1 of"));
	play(&s, "Gn");
	g_assert_true(screen_has(&s, "/the: 1 of"));
	g_assert_true(screen_has(&s, "(from the top)"));
	play(&s, "GN");
	guint n = v->search.matches[0]->len;
	g_autofree char *last = g_strdup_printf("/the: %u of %u here", n, n);
	g_assert_true(screen_has(&s, last));
	g_assert_false(screen_has(&s, "(from the end)"));

	/* \W is syntax, not a capital: "\Wferry" finds "Ferry" too */
	play(&s, "/\\Wferry<Enter>");
	g_assert_cmpuint(v->search.matches[2]->len, ==, 1);
	screen_close(&s);

	/* Enter on an empty pattern repeats the last search; with none, says so */
	screen_open(&s, bridge_engine(), 80, 14);
	play(&s, "/<Enter>");
	g_assert_true(screen_has(&s, "no previous search to repeat"));
	play(&s, "/ferry<Enter>n/<Enter>");
	g_assert_true(screen_has(&s, "/ferry: 2 of 2 here"));
	screen_close(&s);
}

/* A search goes a slice at a time, the status line counting; the next key
 * stops it and then does what it does. */
static void test_search_in_slices(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	CrView *v = s.view;
	const CrSearchBudget one_step = { .steps = 1 };

	play(&s, "/the");
	cr_ui_session_input(s.session, FALSE, '\r');
	g_assert_true(cr_view_busy(v));
	cr_view_work(v, &one_step);
	cr_ui_session_draw(s.session);
	g_assert_true(cr_view_busy(v));
	g_assert_true(screen_has(&s, "/the: searching"));
	g_assert_true(screen_has(&s, "so far,"));
	/* j stops it, and moves */
	guint cursor = v->panes[0].cursor;
	cr_ui_session_input(s.session, FALSE, 'j');
	cr_ui_session_draw(s.session);
	g_assert_false(cr_view_busy(v));
	g_assert_null(v->search.compiled);
	g_assert_true(screen_has(&s, "/the: search stopped"));
	g_assert_cmpuint(v->panes[0].cursor, ==, cursor + 1);
	/* run to its end, slices of one step give what one go gives */
	play(&s, "/");
	cr_ui_session_input(s.session, FALSE, 't');
	cr_ui_session_input(s.session, FALSE, 'h');
	cr_ui_session_input(s.session, FALSE, 'e');
	cr_ui_session_input(s.session, FALSE, '\r');
	guint slices = 0;
	while (cr_view_busy(v)) {
		cr_view_work(v, &one_step);
		slices++;
	}
	cr_ui_session_draw(s.session);
	g_assert_cmpuint(slices, >, 3);
	g_autofree char *sliced = screen_line(&s, 23);
	guint counts[3];
	for (guint d = 0; d < 3; d++)
		counts[d] = v->search.matches[d]->len;
	play(&s, "/the<Enter>");
	g_autofree char *whole = screen_line(&s, 23);
	g_assert_cmpstr(sliced, ==, whole);
	for (guint d = 0; d < 3; d++)
		g_assert_cmpuint(v->search.matches[d]->len, ==, counts[d]);
	/* a phrase over a line end is found */
	play(&s, "/new bridge navigation<Enter>");
	g_assert_true(screen_has(&s, "/new bridge navigation: 1 of 1 here"));
	/* nested repeats are refused, not left to run for minutes */
	play(&s, "/(\\w+\\s?)+[!#]<Enter>");
	g_assert_true(screen_has(&s, "too costly to search"));
	g_assert_false(cr_view_busy(v));
	screen_close(&s);
}

int main(int argc, char **argv)
{
	screen_test_init(&argc, &argv);
	g_test_add_func("/screen/search", test_search);
	g_test_add_func("/screen/search-prompt-editing", test_search_prompt_editing);
	g_test_add_func("/screen/search-all-panes", test_search_marks_all_panes);
	g_test_add_func("/screen/search-moves", test_search_moves);
	g_test_add_func("/screen/search-in-slices", test_search_in_slices);
	return g_test_run();
}

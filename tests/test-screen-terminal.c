/* The reader against its terminal: many panes, long lines, resizing, help,
 * the mouse, hostile text, locales, NO_COLOR, terminal types, Esc and exit. */
#include "screen-lib.h"

/* Eight reports: side by side at 200 columns, eight headers A to H;
 * stacked below 8 x 20 columns and 7 separators. */
static void test_eight_panes(void)
{
	static const HandDoc docs[] = {
		{ "a" }, { "b" }, { "c" }, { "d" }, { "e" }, { "f" }, { "g" }, { "h" }
	};
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	for (guint d = 0; d < 8; d++) {
		g_autofree char *text =
		    g_strdup_printf("Report %c.\n\nThe same vote, told by outlet %c.\n", 'A' + d, 'A' + d);
		g_ptr_array_add(list, cr_test_doc("r.txt", text));
	}
	Screen s;
	screen_open(&s, hand_engine_from(list, docs, NULL, 0), 200, 50);
	g_assert_cmpint(s.view->layout, ==, CR_LAYOUT_SIDE);
	for (guint p = 0; p < 8; p++) {
		g_autofree char *header = pane_header(&s, p);
		g_assert_cmpint(header[0], ==, 'A' + (int)p);
		g_assert_cmpint(s.view->panes[p].rect.width, >=, CR_MIN_PANE_WIDTH);
	}
	g_autofree char *first = screen_line(&s, 1);
	g_autoptr(GArray) seps = separator_columns(first);
	g_assert_cmpuint(seps->len, ==, 7);
	play(&s, "<A-8>");
	g_assert_cmpuint(s.view->focus, ==, 7);
	play(&s, "<resize 167x50>");
	g_assert_cmpint(s.view->layout, ==, CR_LAYOUT_SIDE);
	play(&s, "<resize 166x50>");
	g_assert_cmpint(s.view->layout, ==, CR_LAYOUT_STACKED);
	screen_close(&s);
}

/* A report of one line of a million bytes and no space: cut into rows,
 * scrolled to its end and searched like any other. */
static void test_long_line(void)
{
	static const HandDoc docs[] = { { "long" }, { "short" } };
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_autofree char *line = g_strnfill(1000000, 'x');
	line[500000] = 'Y';
	g_ptr_array_add(list, cr_test_doc("long.txt", line));
	g_ptr_array_add(list, cr_test_doc("short.txt", "A short report.\n"));
	Screen s;
	screen_open(&s, hand_engine_from(list, docs, NULL, 0), 80, 24);
	const CrPane *a = &s.view->panes[0];
	guint width = (guint)a->rect.width;
	g_assert_cmpuint(a->rows->len, ==, (1000000 + width - 1) / width);
	play(&s, "G");
	g_assert_cmpuint(a->cursor, ==, a->rows->len - 1);
	g_autofree char *header = pane_header(&s, 0);
	g_assert_nonnull(strstr(header, "100%"));
	play(&s, "g/Y<Enter>");
	g_assert_true(screen_has(&s, "/Y: 1 of 1 here"));
	g_assert_cmpuint(a->cursor, ==, 500000 / width);
	play(&s, "<resize 200x50><resize 20x6><resize 80x24>k");
	g_assert_cmpuint(a->cursor, <, a->rows->len);
	screen_close(&s);
}

static void test_resize(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	const CrView *v = s.view;

	play(&s, "s]");
	int park = v->current;
	/* 200x50: wider panes, re-wrapped; the quotation still on screen */
	play(&s, "<resize 200x50>");
	g_assert_cmpint(v->panes[0].rect.width, ==, 66);
	g_assert_cmpint(v->panes[0].wrap_width, ==, 66);
	fact_screen_row(&s, 0, park);
	g_autofree char *last = screen_line(&s, 49);
	g_assert_nonnull(strstr(last, "? help"));
	check_screen(&s, "bridge-200x50");
	/* 20x6: three panes do not fit any way */
	play(&s, "<resize 20x6>");
	g_assert_true(v->too_small);
	g_assert_true(screen_has(&s, "terminal too small"));
	check_screen(&s, "bridge-20x6");
	/* keys still work; zoom shows one pane, which fits */
	play(&s, "z");
	g_assert_false(v->too_small);
	g_autofree char *header = pane_header(&s, 0);
	g_assert_true(g_str_has_prefix(header, "A Harbour"));
	play(&s, "z<resize 80x24>");
	g_assert_false(v->too_small);
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_SIDE);
	/* 40 columns: stacked */
	play(&s, "<resize 40x30>");
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_STACKED);
	g_assert_cmpint(v->panes[2].rect.y, >, v->panes[1].rect.y);
	/* any size, any number of times */
	for (int i = 0; i < 60; i++) {
		g_autofree char *keys =
		    g_strdup_printf("<resize %dx%d>j", 1 + (i * 37) % 230, 1 + (i * 11) % 70);
		play(&s, keys);
		for (guint p = 0; p < v->n_panes; p++) {
			g_assert_cmpuint(v->panes[p].cursor, <, v->panes[p].rows->len);
			g_assert_cmpuint(v->panes[p].top, <=, v->panes[p].cursor);
		}
	}
	play(&s, "<resize 80x24>");
	g_assert_false(v->too_small);
	screen_close(&s);
}

static void test_layout_zoom_boilerplate(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 120, 30);
	const CrView *v = s.view;

	/* L: stacked, L: side by side again */
	play(&s, "L");
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_STACKED);
	g_autofree char *b = pane_header(&s, 1);
	g_assert_true(g_str_has_prefix(b, "B Coast Daily"));
	g_assert_cmpint(v->panes[1].rect.x, ==, 0);
	play(&s, "L");
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_SIDE);
	/* too short to stack three panes: L keeps them side by side, and says so */
	play(&s, "<resize 120x6>L");
	g_assert_false(v->too_small);
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_SIDE);
	g_assert_true(screen_has(&s, "no room for the panes stacked: side by side"));
	g_assert_false(screen_has(&s, "terminal too small"));
	play(&s, "<resize 120x30>");
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_STACKED);
	play(&s, "L");

	/* z: only the focused pane, the whole width */
	play(&s, "<A-2>z");
	g_assert_cmpint(v->panes[1].rect.width, ==, 120);
	g_assert_cmpint(v->panes[0].rect.height, ==, 0);
	g_assert_false(screen_has(&s, "Harbour Times"));
	play(&s, "<Tab>");
	g_assert_true(screen_has(&s, "River Radio"));
	play(&s, "z<A-1>");

	/* B: A's menu and share line go and come back */
	g_assert_true(screen_has(&s, "Navigation menu"));
	play(&s, "B");
	g_assert_false(screen_has(&s, "Navigation menu"));
	g_assert_true(screen_has(&s, "boilerplate hidden"));
	play(&s, "G");
	g_assert_false(screen_has(&s, "Share this article"));
	/* a match only in hidden furniture is not gone to */
	play(&s, "g/navigation<Enter>");
	g_assert_true(screen_has(&s, "/navigation: none here but in hidden boilerplate, 0 in other reports"));
	g_assert_cmpuint(v->panes[0].cursor, ==, 0);
	play(&s, "B");
	g_assert_true(screen_has(&s, "boilerplate shown"));
	play(&s, "G");
	g_assert_true(screen_has(&s, "Share this article"));
	screen_close(&s);
}

static void test_help(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 200, 50);

	play(&s, "?");
	g_assert_true(s.view->overlay == &cr_overlay_help);
	for (guint i = 0; i < cr_keymap_len; i++)
		g_assert_true(screen_has(&s, cr_keymap[i].help));
	play(&s, "q");
	g_assert_null(s.view->overlay);
	g_assert_false(cr_ui_session_done(s.session));

	/* the help needs no panes: shown where three of them do not fit */
	play(&s, "<resize 30x5>?");
	g_assert_true(s.view->too_small);
	g_assert_true(screen_has(&s, "crossread keys"));
	play(&s, "x");
	g_assert_true(screen_has(&s, "terminal too small"));
	play(&s, "<resize 200x50>");
	/* on a short screen the help scrolls */
	play(&s, "<resize 80x10>?");
	g_assert_false(screen_has(&s, "quit"));
	play(&s, "<C-f><C-f><C-f><C-f><C-f><C-f><C-f><C-f><C-f><C-f>"); /* past the end: it stops there */
	g_assert_true(screen_has(&s, "quit"));
	play(&s, "gG");
	g_assert_true(screen_has(&s, "quit"));
	play(&s, "kkg");
	g_assert_true(screen_has(&s, "one line down"));
	play(&s, "?");
	g_assert_null(s.view->overlay);
	play(&s, "<C-l>q");
	g_assert_true(cr_ui_session_done(s.session));
	screen_close(&s);
}

static void test_mouse_wheel(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	const CrPane *a = &s.view->panes[0], *b = &s.view->panes[1];

	/* over B: B scrolls, A does not */
	g_autofree char *over_b = g_strdup_printf("<wheel-down 5 %d>", b->rect.x + 2);
	play(&s, over_b);
	g_assert_cmpuint(b->top, ==, 3);
	g_assert_cmpuint(a->top, ==, 0);
	/* over A, the leader: B follows */
	play(&s, "<wheel-down 5 2><wheel-down 5 2>");
	g_assert_cmpuint(a->top, ==, 6);
	play(&s, "<wheel-up 5 2><wheel-up 5 2>");
	g_assert_cmpuint(a->top, ==, 0);
	g_assert_cmpuint(b->top, ==, 0);
	/* after a jump, a pane the wheel moved stays where it was put when the
	 * screen is resized */
	play(&s, "]");
	g_assert_true(s.view->lined_up);
	play(&s, over_b);
	guint b_top = b->top;
	play(&s, "<resize 80x24>");
	g_assert_cmpuint(b->top, ==, b_top);
	play(&s, "g");
	/* over the help, the facts list or the coverage: they scroll */
	play(&s, "?<wheel-down 5 2>");
	g_assert_true(s.view->overlay == &cr_overlay_help);
	g_assert_cmpuint(((const CrListNav *)s.view->overlay_state)->top, ==, 3);
	play(&s, "<Esc>F<wheel-down 5 2>");
	g_assert_cmpuint(((const CrFactsList *)s.view->overlay_state)->selected, ==, 3);
	play(&s, "<Esc>");
	/* on a separator or the status line: nothing */
	g_autofree char *separator = g_strdup_printf("<wheel-down 5 %d>", a->rect.width);
	play(&s, separator);
	play(&s, "<wheel-down 23 2>");
	g_assert_cmpuint(a->top, ==, 0);
	screen_close(&s);
}

/* "日本語のテキスト": eight wide characters */
#define NIHONGO_TEXT                                                                                         \
	"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae"                                                   \
	"\xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9\xe3\x83\x88"

static void test_hostile(void)
{
	static const char hostile[] =
	    "Clear \x1b[2J and title \x1b]0;pwned\x07 bell.\n\n"
	    "Bad bytes \xff\xfe and C1 \xc2\x9b"
	    "31m and raw \x9b"
	    "31m end.\n\n"
	    "Reversed \xe2\x80\xae"
	    "desrever\xe2\x80\xac and isolate \xe2\x81\xa6x\xe2\x81\xa9 here.\n\n" NIHONGO_TEXT NIHONGO_TEXT
	    " cafe\xcc\x81 nai\xcc\x88ve DEL\x7f tab\there.\n";
	static const HandDoc docs[] = { { "h", NULL, 0, 0, 0, { NULL } }, { "p", NULL, 0, 0, 0, { NULL } } };
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_ptr_array_add(list, cr_test_doc("hostile.txt", hostile));
	g_ptr_array_add(list, cr_test_doc("plain.txt", "A plain report.\n"));
	Screen s;
	screen_open(&s, hand_engine_from(list, docs, NULL, 0), 61, 20);

	g_autofree char *all = cr_ui_session_screen(s.session);
	g_assert_null(strchr(all, '\x1b'));
	g_assert_null(strchr(all, '\x07'));
	g_assert_null(strstr(all, "\xe2\x80\xae"));
	g_assert_nonnull(strstr(all, "^[[2J"));
	g_assert_nonnull(strstr(all, "^[]0;pwned^G"));
	g_assert_nonnull(strstr(all, "<U+202E>"));
	g_assert_nonnull(strstr(all, "<U+2066>"));
	g_assert_nonnull(strstr(all, "<U+009B>"));
	g_assert_nonnull(strstr(all, "\xef\xbf\xbd\xef\xbf\xbd"));
	g_assert_nonnull(strstr(all, "^?"));
	g_assert_nonnull(strstr(all, "cafe\xcc\x81"));
	check_screen(&s, "hostile");

	/* every row keeps the separator in the same column: wide characters and
	 * combining marks take what they should */
	g_auto(GStrv) lines = g_strsplit(all, "\n", -1);
	for (int y = 0; y < 19; y++) {
		g_autoptr(GArray) cols = separator_columns(lines[y]);
		g_assert_cmpuint(cols->len, ==, 1);
		g_assert_cmpint(g_array_index(cols, int, 0), ==, 30);
	}

	/* nothing of the file's escapes reached the terminal */
	fflush(s.out);
	rewind(s.out);
	g_autoptr(GByteArray) bytes = g_byte_array_new();
	guint8 buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, s.out)) > 0)
		g_byte_array_append(bytes, buf, (guint)n);
	g_assert_cmpuint(bytes->len, >, 0);
	g_assert_null(g_strstr_len((const char *)bytes->data, bytes->len, "pwned\x07"));
	g_assert_null(g_strstr_len((const char *)bytes->data, bytes->len, "\x1b]0;"));
	g_assert_null(g_strstr_len((const char *)bytes->data, bytes->len, "\xe2\x80\xae"));
	g_assert_null(g_strstr_len((const char *)bytes->data, bytes->len, "\xc2\x9b"));
	screen_close(&s);
}

/* Everything curses wrote to the screen's file so far. */
static GByteArray *terminal_bytes(Screen *s)
{
	GByteArray *bytes = g_byte_array_new();
	guint8 buf[4096];
	size_t n;

	fflush(s->out);
	rewind(s->out);
	while ((n = fread(buf, 1, sizeof buf, s->out)) > 0)
		g_byte_array_append(bytes, buf, (guint)n);
	fseek(s->out, 0, SEEK_END);
	return bytes;
}

/* tests/fixtures/ui/hostile-full.txt: every C0 and C1 control, escape
 * sequences of every family (CSI, OSC, DCS, APC, PM, raw C1), bidi
 * controls, invalid UTF-8 of every kind, invisible, wide, combining and
 * private-use characters, tabs, CR LF and a lone CR. */
static void test_hostile_file(void)
{
	static const HandDoc docs[] = { { "hostile-full.txt", NULL, 0, 0, 0, { NULL } },
					{ "a.txt", NULL, 0, 0, 0, { NULL } } };
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	for (guint d = 0; d < G_N_ELEMENTS(docs); d++) {
		g_autofree char *name = g_build_filename("fixtures", "ui", docs[d].file, NULL);
		g_autofree char *path = cr_test_path(name);
		g_autoptr(GError) error = NULL;
		g_ptr_array_add(list, cr_doc_load(path, &error));
		g_assert_no_error(error);
	}
	Screen s;
	screen_open(&s, hand_engine_from(list, docs, NULL, 0), 80, 24);
	check_screen(&s, "hostile-full-80x24");

	/* page by page, at three sizes: the separator never moves */
	static const int sizes[][2] = { { 80, 24 }, { 200, 50 }, { 41, 12 } };
	for (guint i = 0; i < G_N_ELEMENTS(sizes); i++) {
		g_autofree char *resize = g_strdup_printf("<resize %dx%d>g", sizes[i][0], sizes[i][1]);
		play(&s, resize);
		int x = s.view->panes[0].rect.width;
		for (guint page = 0; page < 20; page++) {
			g_autofree char *all = cr_ui_session_screen(s.session);
			g_auto(GStrv) lines = g_strsplit(all, "\n", -1);
			for (int y = 0; y < sizes[i][1] - 1; y++) {
				g_autoptr(GArray) cols = separator_columns(lines[y]);
				g_assert_cmpuint(cols->len, ==, 1);
				g_assert_cmpint(g_array_index(cols, int, 0), ==, x);
			}
			play(&s, "<PgDn>");
		}
	}
	g_assert_true(screen_has(&s, "end."));

	/* what reached the terminal: valid UTF-8, no control but the escapes,
	 * line moves and tabs curses uses itself (and the BEL that ends its
	 * palette reset, OSC 104), none of the file's sequences */
	g_autoptr(GByteArray) bytes = terminal_bytes(&s);
	const char *data = (const char *)bytes->data;
	g_assert_true(g_utf8_validate_len(data, bytes->len, NULL));
	for (guint i = 0; i < bytes->len; i++) {
		guint8 c = bytes->data[i];
		if (i >= 5 && c == 0x07 && memcmp(data + i - 5, "\x1b]104", 5) == 0)
			continue;
		g_assert_true(c >= 0x20 || c == 0x1b || c == '\r' || c == '\n' || c == '\b' || c == '\t');
		g_assert_cmpint(c, !=, 0x7f);
	}
	const char *never[] = {
		"\x1b]0;window", "\x1b]52;",	 "\x1b]8;;",	 "\x1bP1$",	"\x1b_apc",
		"\x1b^pm",	 "\x1b[6n",	 "\x1b[200~",	 "\x1b[4;1;1t", "\xc2\x9b",
		"\xc2\x9d",	 "\xe2\x80\xae", "\xe2\x81\xa6", "\x1b#8",	"\x1b[?1006h"
	};
	for (guint i = 0; i < G_N_ELEMENTS(never); i++)
		g_assert_null(g_strstr_len(data, bytes->len, never[i]));
	screen_close(&s);
}

static void test_ascii_locale(void)
{
	static const HandDoc docs[] = { { "w", NULL, 0, 0, 0, { NULL } }, { "p", NULL, 0, 0, 0, { NULL } } };
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	const char *wide = NIHONGO_TEXT " caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d\n\n"
					"\xe2\x80\x98Stra\xc3\x9f"
					"e\xe2\x80\x99 \xe2\x80\x94 e\xcc\x81t\xc3\xa9\xe2\x80\xa6 "
					"\xce\xb1\xce\xb2 \xef\xac\x81n \xc2\xbd\n";
	g_ptr_array_add(list, cr_test_doc("wide.txt", wide));
	g_ptr_array_add(list, cr_test_doc("plain.txt", "A plain report.\n"));
	Screen s;

	/* a terminal that is not UTF-8: only ASCII is drawn, each character
	 * as its stand-in where it has one, each column kept */
	setlocale(LC_ALL, "C");
	cr_cell_set_ascii(TRUE);
	screen_open(&s, hand_engine_from(list, docs, NULL, 0), 61, 8);
	g_autofree char *all = cr_ui_session_screen(s.session);
	setlocale(LC_ALL, "C.UTF-8");
	cr_cell_set_ascii(FALSE);
	for (const char *p = all; *p; p++)
		g_assert_cmpint((guchar)*p, <, 0x80);
	/* eight wide characters: sixteen columns of '?'; quotation marks,
	 * dashes, accents, ligatures and the ellipsis in ASCII */
	g_assert_nonnull(strstr(all, "\n???????????????? cafe \"quoted\"|A plain"));
	g_assert_nonnull(strstr(all, "\n'Strasse' - ete... ?? fin 1/2 |"));
	g_auto(GStrv) lines = g_strsplit(all, "\n", -1);
	for (int y = 0; y < 7; y++)
		g_assert_cmpint(strchr(lines[y], '|') - lines[y], ==, 30);
	screen_close(&s);
}

static void test_no_color(void)
{
	Screen s;
	g_setenv("NO_COLOR", "1", TRUE);
	screen_open(&s, bridge_engine(), 80, 24);
	play(&s, "]");
	/* attributes only: no cell has a colour pair; the header is reverse */
	for (int y = 0; y < LINES; y++)
		for (int x = 0; x < COLS; x++) {
			cchar_t cell;
			wchar_t chars[CCHARW_MAX + 1];
			attr_t attr;
			short pair;
			mvwin_wch(curscr, y, x, &cell);
			getcchar(&cell, chars, &attr, &pair, NULL);
			g_assert_cmpint(pair, ==, 0);
			if (y == 0 && x == 0)
				g_assert_true(attr & A_REVERSE);
		}
	screen_close(&s);

	/* set but empty: colours */
	g_setenv("NO_COLOR", "", TRUE);
	screen_open(&s, bridge_engine(), 80, 24);
	cchar_t cell;
	wchar_t chars[CCHARW_MAX + 1];
	attr_t attr;
	short pair;
	mvwin_wch(curscr, 0, 0, &cell);
	getcchar(&cell, chars, &attr, &pair, NULL);
	g_assert_cmpint(pair, !=, 0);
	screen_close(&s);
	g_unsetenv("NO_COLOR");
}

static void test_bad_terminals(void)
{
	g_autoptr(CrEngine) engine = bridge_engine();
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	const char *types[] = { "dumb", "no-such-terminal-type", "", NULL };

	for (guint i = 0; i < G_N_ELEMENTS(types); i++) {
		g_autoptr(GError) error = NULL;
		CrUiSession *session = cr_ui_session_new(engine, types[i], out, in, NULL, &error);
		g_assert_null(session);
		g_assert_nonnull(error);
		g_assert_nonnull(strstr(error->message, "--dump"));
	}
	fclose(out);
	fclose(in);
}

/* A terminal type with no terminfo entry here that names an xterm-like
 * terminal is drawn as xterm-256color, and the status line says so once. */
static void test_terminal_fallback(void)
{
	g_autoptr(CrEngine) engine = bridge_engine();
	FILE *out = tmpfile(), *in = fopen("/dev/null", "r");
	g_autoptr(GError) error = NULL;
	CrUiSession *session = cr_ui_session_new(engine, "wezterm-crossread-test", out, in, NULL, &error);

	g_assert_no_error(error);
	resizeterm(24, 120);
	cr_ui_session_input(session, TRUE, KEY_RESIZE);
	cr_ui_session_draw(session);
	g_autofree char *screen = cr_ui_session_screen(session);
	g_assert_nonnull(strstr(
	    screen, "drawn as xterm-256color (no terminfo entry for TERM=wezterm-crossread-test here)"));
	cr_ui_session_play(session, "j");
	g_autofree char *after = cr_ui_session_screen(session);
	g_assert_null(strstr(after, "no terminfo entry"));
	cr_ui_session_free(session);
	fclose(out);
	fclose(in);
}

/* Esc waits 25 ms for the rest of a key locally, 200 ms over SSH; ESCDELAY
 * outranks both and the configured delay. */
static void test_escape_delay(void)
{
	g_unsetenv("ESCDELAY");
	g_unsetenv("SSH_CONNECTION");
	g_unsetenv("SSH_CLIENT");
	g_unsetenv("SSH_TTY");
	g_assert_cmpint(cr_term_escape_delay(-1), ==, 25);
	g_assert_cmpint(cr_term_escape_delay(80), ==, 80);
	g_setenv("SSH_CONNECTION", "127.0.0.1 5555 127.0.0.1 22", TRUE);
	g_assert_cmpint(cr_term_escape_delay(-1), ==, 200);
	g_setenv("ESCDELAY", "300", TRUE);
	g_assert_cmpint(cr_term_escape_delay(80), ==, 300);
	g_setenv("ESCDELAY", "soon", TRUE);
	g_assert_cmpint(cr_term_escape_delay(-1), ==, 200);

	/* and a session takes it */
	Screen s;
	g_setenv("ESCDELAY", "300", TRUE);
	screen_open(&s, bridge_engine(), 80, 24);
	g_assert_cmpint(get_escdelay(), ==, 300);
	screen_close(&s);
	g_unsetenv("ESCDELAY");
	g_unsetenv("SSH_CONNECTION");
}

/* Without an alternate screen (vt100, linux) the screen is cleared on the
 * way out, so the last frame does not stay under the shell's prompt; with
 * one, the terminal's own screen comes back and nothing is cleared. */
static void test_clear_on_exit(void)
{
	const char *types[] = { "vt100", "linux", "xterm-256color" };
	for (guint i = 0; i < G_N_ELEMENTS(types); i++) {
		g_autoptr(CrEngine) engine = bridge_engine();
		FILE *out = tmpfile(), *in = fopen("/dev/null", "r");
		g_autoptr(GError) error = NULL;
		CrUiSession *session = cr_ui_session_new(engine, types[i], out, in, NULL, &error);
		g_assert_no_error(error);
		cr_ui_session_draw(session);
		fflush(out);
		long drawn = ftell(out);
		cr_ui_session_free(session);
		g_autofree char *tail = g_malloc0(256);
		fseek(out, drawn, SEEK_SET);
		gsize n = fread(tail, 1, 255, out);
		gboolean cleared = g_strstr_len(tail, (gssize)n, "\x1b[H\x1b[J") != NULL ||
				   g_strstr_len(tail, (gssize)n, "\x1b[H\x1b[2J") != NULL;
		g_assert_cmpint(cleared, ==, i < 2);
		fclose(out);
		fclose(in);
	}
}

/* SGR mouse reports, as the session decodes those curses leaves to it. */
static void test_sgr_mouse(void)
{
	int button, x, y;
	g_assert_true(cr_term_sgr_mouse("65;230;10M", &button, &x, &y));
	g_assert_cmpint(button, ==, 65);
	g_assert_cmpint(x, ==, 229);
	g_assert_cmpint(y, ==, 9);
	g_assert_true(cr_term_sgr_mouse("84;1;1m", &button, &x, &y)); /* Ctrl and the wheel up, released */
	g_assert_cmpint(button, ==, 64);
	g_assert_false(cr_term_sgr_mouse("65;0;3M", &button, &x, &y));
	g_assert_false(cr_term_sgr_mouse("65;3M", &button, &x, &y));
	g_assert_false(cr_term_sgr_mouse("65;3;4Mx", &button, &x, &y));
	g_assert_false(cr_term_sgr_mouse("", &button, &x, &y));
}

int main(int argc, char **argv)
{
	screen_test_init(&argc, &argv);
	g_test_add_func("/screen/eight-panes", test_eight_panes);
	g_test_add_func("/screen/long-line", test_long_line);
	g_test_add_func("/screen/resize", test_resize);
	g_test_add_func("/screen/layout-zoom-boilerplate", test_layout_zoom_boilerplate);
	g_test_add_func("/screen/help", test_help);
	g_test_add_func("/screen/mouse-wheel", test_mouse_wheel);
	g_test_add_func("/screen/hostile", test_hostile);
	g_test_add_func("/screen/hostile-file", test_hostile_file);
	g_test_add_func("/screen/ascii-locale", test_ascii_locale);
	g_test_add_func("/screen/no-color", test_no_color);
	g_test_add_func("/screen/bad-terminals", test_bad_terminals);
	g_test_add_func("/screen/terminal-fallback", test_terminal_fallback);
	g_test_add_func("/screen/escape-delay", test_escape_delay);
	g_test_add_func("/screen/clear-on-exit", test_clear_on_exit);
	g_test_add_func("/screen/sgr-mouse", test_sgr_mouse);
	return g_test_run();
}

/* Themes on a headless screen: the colour legend, mono, colour depths,
 * cycling and reloading themes, and the config file's defaults. */
#include "screen-lib.h"

/* ---- themes on the screen ------------------------------------------- */

/* A cell as curses shows it: its attributes (colour bits aside) and its
 * colours, -1 for the terminal's own. */
typedef struct {
	attr_t attr;
	int fg, bg;
} Look;

static Look cell_look(int y, int x)
{
	cchar_t cell;
	wchar_t chars[CCHARW_MAX + 1];
	attr_t attr;
	short pair;
	int fg = -1, bg = -1;
	mvwin_wch(curscr, y, x, &cell);
	getcchar(&cell, chars, &attr, &pair, NULL);
	if (pair > 0)
		extended_pair_content(pair, &fg, &bg);
	return (Look){ attr & (A_ATTRIBUTES & ~A_COLOR), fg, bg };
}

static gboolean same_cell_look(Look a, Look b)
{
	return a.attr == b.attr && a.fg == b.fg && a.bg == b.bg;
}

/* How the help's colour legend draws LABEL: the sample whose first
 * character starts a line's legend or follows two spaces. */
static Look legend_look(Screen *s, const char *label)
{
	for (int y = 1; y < 6; y++) {
		g_autofree char *line = screen_line(s, y);
		for (const char *at = strstr(line, label); at; at = strstr(at + 1, label)) {
			int x = (int)(at - line);
			gboolean starts = x == 1 || (x >= 2 && at[-1] == ' ' && at[-2] == ' ');
			gboolean ends =
			    at[strlen(label)] == '\0' || g_str_has_prefix(at + strlen(label), "  ");
			if (starts && ends)
				return cell_look(y, x);
		}
	}
	g_error("no legend sample '%s' on the screen", label);
}

static const char *const legend_kinds[] = { "date", "person", "org", "place", "quote", "number" };

/* The legend's samples: kinds and shared kinds all apart, from the text, the
 * cursor line and each other; with COLOR_FREE, no cell has a colour. */
static void check_legend_apart(Screen *s, gboolean color_free)
{
	Look looks[2 * G_N_ELEMENTS(legend_kinds)];
	for (guint k = 0; k < G_N_ELEMENTS(legend_kinds); k++) {
		g_autofree char *shared = g_strdup_printf("shared %s", legend_kinds[k]);
		looks[k] = legend_look(s, legend_kinds[k]);
		looks[G_N_ELEMENTS(legend_kinds) + k] = legend_look(s, shared);
	}
	Look text = legend_look(s, "text"), cursor = legend_look(s, "cursor line");
	for (guint i = 0; i < G_N_ELEMENTS(looks); i++) {
		for (guint j = i + 1; j < G_N_ELEMENTS(looks); j++)
			g_assert_false(same_cell_look(looks[i], looks[j]));
		g_assert_false(same_cell_look(looks[i], text));
		g_assert_false(same_cell_look(looks[i], cursor));
	}
	g_assert_false(same_cell_look(text, cursor));
	g_assert_false(same_cell_look(text, legend_look(s, "boilerplate")));
	g_assert_false(same_cell_look(legend_look(s, "shared quote"), legend_look(s, "current fact")));
	for (int y = 0; color_free && y < LINES; y++)
		for (int x = 0; x < COLS; x++) {
			Look look = cell_look(y, x);
			g_assert_cmpint(look.fg, ==, -1);
			g_assert_cmpint(look.bg, ==, -1);
		}
}

/* NO_COLOR and the mono theme: no colour anywhere, every kind, shared or
 * not, the text and the cursor line still apart (the legend shows them
 * all); facts in the panes drawn as the legend says. */
static void test_mono_keeps_distinctions(void)
{
	for (int run = 0; run < 2; run++) {
		Screen s;
		g_autoptr(CrThemeSearch) none = cr_theme_search_new_for((const char *[]){ NULL });
		g_autoptr(CrTheme) mono = run ? cr_theme_load(none, "mono", NULL) : NULL;
		CrUiOptions options = { .theme = mono };
		if (!run)
			g_setenv("NO_COLOR", "1", TRUE);
		screen_open_as(&s, bridge_engine(), 120, 30, "xterm-256color", &options);
		g_assert_cmpstr(cr_ui_session_theme(s.session)->name, ==, "mono");
		g_assert_cmpint(cr_ui_session_depth(s.session), ==, CR_DEPTH_MONO);
		play(&s, "}?");
		check_legend_apart(&s, TRUE);
		/* in the panes Northport, in C, is a shared place: drawn as the
		 * legend says, not as a person */
		Look person = legend_look(&s, "shared person"), place = legend_look(&s, "shared place");
		play(&s, "x");
		const CrPane *c = &s.view->panes[2];
		for (guint row = 0; row < cr_pane_text_height(c); row++) {
			g_autofree char *text = pane_text(&s, 2, row);
			const char *at = strstr(text, "Northport");
			if (!at || row == c->cursor - c->top)
				continue;
			Look look = cell_look(c->rect.y + 1 + (int)row, c->rect.x + (int)(at - text));
			g_assert_true(same_cell_look(look, place));
			g_assert_false(same_cell_look(look, person));
		}
		screen_close(&s);
		g_unsetenv("NO_COLOR");
	}
}

/* 8, 16, 256 colours and direct colour: each draws, the facts in colours
 * the terminal has (a bright one on 8 as its base and bold). */
static void test_color_depths(void)
{
	static const struct {
		const char *type;
		CrDepth depth;
		int shared_quote_fg; /* the default theme's #ffd787 */
		attr_t bold;
	} terms[] = {
		{ "xterm", CR_DEPTH_8, COLOR_YELLOW, A_BOLD },
		{ "xterm-16color", CR_DEPTH_16, 11, A_BOLD },
		{ "xterm-256color", CR_DEPTH_256, 222, A_BOLD },
		{ "xterm-direct", CR_DEPTH_DIRECT, 0xffd787, A_BOLD },
	};
	for (guint i = 0; i < G_N_ELEMENTS(terms); i++) {
		Screen s;
		screen_open_as(&s, bridge_engine(), 120, 30, terms[i].type, NULL);
		g_assert_cmpint(cr_ui_session_depth(s.session), ==, terms[i].depth);
		play(&s, "?");
		Look quote = legend_look(&s, "shared quote");
		g_assert_cmpint(quote.fg, ==, terms[i].shared_quote_fg);
		g_assert_true(quote.attr & terms[i].bold);
		check_legend_apart(&s, FALSE);
		play(&s, "xj");
		g_assert_true(screen_has(&s, "A Harbour Times"));
		screen_close(&s);
	}
}

/* t goes through the themes in lookup order, each drawn at once. */
static void test_theme_cycle(void)
{
	g_autofree char *themes = cr_test_path("themes/");
	g_autoptr(CrThemeSearch) search = cr_theme_search_new_for((const char *[]){ themes, NULL });
	g_autoptr(CrTheme) theme = cr_theme_load(search, "default", NULL);
	CrUiOptions options = { .theme = theme, .search = search };
	const char *const order[] = { "high-contrast", "light", "mono", "colorblind", "default" };
	Screen s;

	screen_open_as(&s, bridge_engine(), 120, 30, "xterm-256color", &options);
	play(&s, "?");
	Look before = legend_look(&s, "shared quote");
	play(&s, "x");
	for (guint i = 0; i < G_N_ELEMENTS(order); i++) {
		play(&s, "t");
		g_assert_cmpstr(cr_ui_session_theme(s.session)->name, ==, order[i]);
		g_autofree char *said = g_strdup_printf("theme %s: ", order[i]);
		g_assert_true(screen_has(&s, said));
		play(&s, "?");
		Look now = legend_look(&s, "shared quote");
		check_legend_apart(&s, strcmp(order[i], "mono") == 0);
		g_assert_true(same_cell_look(now, before) == (strcmp(order[i], "default") == 0));
		play(&s, "x");
	}
	screen_close(&s);
}

/* A theme file changed on disk is read on the next key; a broken one
 * leaves the theme on screen and says what is wrong. */
static void test_theme_reload(void)
{
	g_autofree char *dir = g_dir_make_tmp("crossread-screen-XXXXXX", NULL);
	g_autofree char *path = g_build_filename(dir, "mine.yaml", NULL);
	g_autoptr(CrThemeSearch) search = cr_theme_search_new_for((const char *[]){ NULL });
	g_assert_true(g_file_set_contents(path, "styles:\n  shared-quote: {fg: color196}\n", -1, NULL));
	g_autoptr(CrTheme) theme = cr_theme_load(search, path, NULL);
	CrUiOptions options = { .theme = theme, .search = search };
	Screen s;

	screen_open_as(&s, bridge_engine(), 120, 30, "xterm-256color", &options);
	play(&s, "?");
	g_assert_cmpint(legend_look(&s, "shared quote").fg, ==, 196);
	g_assert_true(
	    g_file_set_contents(path, "styles:\n  shared-quote: {fg: color46, attrs: [italic]}\n", -1, NULL));
	play(&s, "j");
	g_assert_cmpint(legend_look(&s, "shared quote").fg, ==, 46);
	g_assert_true(legend_look(&s, "shared quote").attr & A_ITALIC);
	g_assert_true(screen_has(&s, "theme mine read again"));

	/* broken: the old colours stay, the message says where and what */
	g_assert_true(g_file_set_contents(path, "styles:\n  shared-quote: {fg: grean}\n", -1, NULL));
	play(&s, "k");
	g_assert_cmpint(legend_look(&s, "shared quote").fg, ==, 46);
	g_autofree char *status = screen_line(&s, LINES - 1);
	g_autofree char *where = g_strdup_printf("%s:2:22: shared-quote.fg: unknown colour 'grean'", path);
	if (!strstr(status, where))
		g_error("the status line: %s", status);
	g_assert_cmpint(s.view->message_is_error, ==, TRUE);
	/* said once: the next key does not say it again */
	play(&s, "j");
	g_assert_false(screen_has(&s, "unknown colour"));
	/* mended: read again */
	g_assert_true(g_file_set_contents(path, "styles:\n  shared-quote: {fg: color21}\n", -1, NULL));
	play(&s, "k");
	g_assert_cmpint(legend_look(&s, "shared quote").fg, ==, 21);
	screen_close(&s);
	g_unlink(path);
	g_rmdir(dir);
}

/* The config file's reader defaults: sync off, stacked, boilerplate hidden. */
static void test_config_defaults(void)
{
	CrConfig config;
	cr_config_init(&config);
	config.sync = FALSE;
	config.stacked = TRUE;
	config.hide_boilerplate = TRUE;
	CrUiOptions options = { .config = &config };
	Screen s;

	screen_open_as(&s, bridge_engine(), 80, 40, "xterm-256color", &options);
	g_assert_false(s.view->sync);
	g_assert_cmpint(s.view->layout, ==, CR_LAYOUT_STACKED);
	g_assert_true(s.view->hide_boilerplate);
	g_assert_true(screen_has(&s, "sync off"));
	g_assert_false(screen_has(&s, "Share this article"));
	screen_close(&s);
}

int main(int argc, char **argv)
{
	screen_test_init(&argc, &argv);
	g_test_add_func("/screen/theme/mono-keeps-distinctions", test_mono_keeps_distinctions);
	g_test_add_func("/screen/theme/color-depths", test_color_depths);
	g_test_add_func("/screen/theme/cycle", test_theme_cycle);
	g_test_add_func("/screen/theme/reload", test_theme_reload);
	g_test_add_func("/screen/theme/config-defaults", test_config_defaults);
	return g_test_run();
}

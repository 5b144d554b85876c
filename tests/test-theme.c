/* Colour themes without a terminal: colours and their approximations, SGR,
 * inheritance, palettes and overlays, where themes are looked for, and the
 * config file. */
#include "theme-lib.h"

/* ---- colours ------------------------------------------------------------ */

static void test_color_parse(void)
{
	CrColor c;
	g_assert_true(cr_color_parse("default", &c) && c.kind == CR_COLOR_DEFAULT);
	g_assert_true(cr_color_parse("red", &c) && c.kind == CR_COLOR_INDEX && c.index == 1);
	g_assert_true(cr_color_parse("bright-white", &c) && c.index == 15);
	g_assert_true(cr_color_parse("Bright-Blue", &c) && c.index == 12);
	g_assert_true(cr_color_parse("color0", &c) && c.kind == CR_COLOR_INDEX && c.index == 0);
	g_assert_true(cr_color_parse("color255", &c) && c.index == 255);
	g_assert_true(cr_color_parse("#E69F00", &c) && c.kind == CR_COLOR_RGB && c.rgb == 0xe69f00);
	g_assert_cmpint(c.c256, ==, CR_COLOR_AUTO);
	g_assert_false(cr_color_parse("color256", &c));
	g_assert_false(cr_color_parse("color-1", &c));
	g_assert_false(cr_color_parse("#ff00", &c));
	g_assert_false(cr_color_parse("#gg0000", &c));
	g_assert_false(cr_color_parse("brightred", &c));
}

static void test_color_approximation(void)
{
	/* the cube and the grey ramp, whichever is nearer */
	g_assert_cmpint(cr_color_256_from_rgb(0xffffff), ==, 231);
	g_assert_cmpint(cr_color_256_from_rgb(0x000000), ==, 16);
	g_assert_cmpint(cr_color_256_from_rgb(0x5fafff), ==, 75);
	g_assert_cmpint(cr_color_256_from_rgb(0xff8800), ==, 208);
	g_assert_cmpint(cr_color_256_from_rgb(0x808080), ==, 244);
	g_assert_cmpint(cr_color_256_from_rgb(0x303030), ==, 236);
	g_assert_cmpint(cr_color_256_from_rgb(0x0a0a0a), ==, 232);
	g_assert_cmpint(cr_color_256_from_rgb(0xe69f00), ==, 178);
	g_assert_cmpint(cr_color_256_from_rgb(0x56b4e9), ==, 74);
	for (int i = 16; i < 256; i++)
		g_assert_cmpint(cr_color_256_from_rgb(cr_color_rgb_of_index(i)), ==,
				i >= 232 || cr_color_rgb_of_index(i) != 0x000000 ? i : 16);

	/* 256 to 16: hue and lightness, greys by lightness */
	const int table[][2] = {
		{ 1, 1 },    { 15, 15 },  { 16, 0 },   { 88, 1 },  { 196, 9 },	{ 21, 12 },  { 17, 4 },
		{ 226, 11 }, { 231, 15 }, { 244, 8 },  { 250, 7 }, { 236, 0 },	{ 114, 10 }, { 71, 2 },
		{ 75, 12 },  { 80, 14 },  { 176, 13 }, { 133, 5 }, { 222, 11 }, { 179, 11 }, { 209, 9 },
		{ 173, 9 },  { 25, 4 },	  { 178, 11 }, { 46, 10 }, { 51, 14 },	{ 208, 9 },  { 254, 15 },
	};
	for (guint i = 0; i < G_N_ELEMENTS(table); i++) {
		g_test_message("256 to 16: %d", table[i][0]);
		g_assert_cmpint(cr_color_16_from_256(table[i][0]), ==, table[i][1]);
	}

	/* drawn at each depth; 8 colours: a bright one as base and bold */
	CrColor c;
	gboolean bright;
	cr_color_parse("#5fafff", &c);
	g_assert_cmpint(cr_color_drawn(&c, CR_DEPTH_DIRECT, &bright), ==, CR_DRAWN_RGB | 0x5fafff);
	g_assert_cmpint(cr_color_drawn(&c, CR_DEPTH_256, &bright), ==, 75);
	g_assert_cmpint(cr_color_drawn(&c, CR_DEPTH_16, &bright), ==, 12);
	g_assert_false(bright);
	g_assert_cmpint(cr_color_drawn(&c, CR_DEPTH_8, &bright), ==, 4);
	g_assert_true(bright);
	g_assert_cmpint(cr_color_drawn(&c, CR_DEPTH_MONO, &bright), ==, CR_DRAWN_DEFAULT);
	/* a palette's own choices, and none */
	c.c256 = 33;
	c.c16 = CR_COLOR_NONE;
	g_assert_cmpint(cr_color_drawn(&c, CR_DEPTH_256, &bright), ==, 33);
	g_assert_cmpint(cr_color_drawn(&c, CR_DEPTH_16, &bright), ==, CR_DRAWN_NONE);
	g_assert_cmpint(cr_color_drawn(&c, CR_DEPTH_8, &bright), ==, CR_DRAWN_NONE);
	/* a named bright colour in direct colour: its RGB (terminfo reads
	 * values under 8 as the ANSI colours) */
	cr_color_parse("bright-red", &c);
	g_assert_cmpint(cr_color_drawn(&c, CR_DEPTH_DIRECT, &bright), ==, CR_DRAWN_RGB | 0xff0000);
	cr_color_parse("red", &c);
	g_assert_cmpint(cr_color_drawn(&c, CR_DEPTH_DIRECT, &bright), ==, 1);
}

static void test_color_contrast(void)
{
	g_assert_cmpfloat_with_epsilon(cr_color_contrast(0x000000, 0xffffff), 21.0, 0.01);
	g_assert_cmpfloat_with_epsilon(cr_color_contrast(0xffffff, 0x000000), 21.0, 0.01);
	g_assert_cmpfloat_with_epsilon(cr_color_contrast(0x777777, 0x777777), 1.0, 0.001);
	/* #767676 on white is the WCAG AA limit */
	g_assert_cmpfloat_with_epsilon(cr_color_contrast(0x767676, 0xffffff), 4.54, 0.01);
}

static void test_sgr(void)
{
	CrLook look = { .fg = 114, .bg = CR_DRAWN_DEFAULT, .attrs = CR_ATTR_BOLD };
	g_autofree char *a = cr_look_sgr(&look);
	g_assert_cmpstr(a, ==, "\033[0;1;38;5;114m");
	look = (CrLook){ .fg = 9, .bg = 4, .attrs = CR_ATTR_ITALIC | CR_ATTR_UNDERLINE };
	g_autofree char *b = cr_look_sgr(&look);
	g_assert_cmpstr(b, ==, "\033[0;3;4;91;44m");
	look = (CrLook){ .fg = CR_DRAWN_RGB | 0xe69f00,
			 .bg = CR_DRAWN_RGB | 0x000001,
			 .attrs = CR_ATTR_REVERSE | CR_ATTR_STANDOUT };
	g_autofree char *c = cr_look_sgr(&look);
	g_assert_cmpstr(c, ==, "\033[0;7;38;2;230;159;0;48;2;0;0;1m");
	look = (CrLook){ .fg = CR_DRAWN_DEFAULT, .bg = CR_DRAWN_DEFAULT };
	g_autofree char *d = cr_look_sgr(&look);
	g_assert_cmpstr(d, ==, "\033[0m");
}

/* ---- inheritance ------------------------------------------------------ */

static void test_three_lines(void)
{
	g_auto(TempDir) dir = temp_dir();
	g_autofree char *path = write_file(dir.path, "dusk.yaml",
					   "inherits: default\n"
					   "styles:\n"
					   "  quote: {fg: \"#ff8800\"}\n");
	g_autoptr(CrThemeSearch) search = cr_theme_search_new_for((const char *[]){ dir.path, NULL });
	g_autoptr(GError) error = NULL;
	g_autoptr(CrTheme) theme = cr_theme_load(search, "dusk", &error);
	g_assert_no_error(error);
	g_autoptr(CrTheme) base = cr_theme_builtin_default();

	g_assert_cmpstr(theme->name, ==, "dusk");
	g_assert_cmpstr(theme->description, ==, base->description);
	/* the quote and, from its parent, the shared quote: orange */
	g_assert_cmpuint(spec(theme, CR_EL_KIND + CR_FACT_QUOTE)->fg.rgb, ==, 0xff8800);
	g_assert_cmpuint(spec(theme, CR_EL_SHARED + CR_FACT_QUOTE)->fg.rgb, ==, 0xff8800);
	/* what the layer does not touch: the default's */
	g_assert_cmpuint(spec(theme, CR_EL_SHARED + CR_FACT_QUOTE)->attrs, ==, CR_ATTR_BOLD);
	g_assert_cmpuint(spec(theme, CR_EL_SHARED + CR_FACT_QUOTE)->mono, ==,
			 spec(base, CR_EL_SHARED + CR_FACT_QUOTE)->mono);
	for (int e = 0; e < CR_N_ELEMENTS; e++)
		if (e != CR_EL_KIND + CR_FACT_QUOTE && e != CR_EL_SHARED + CR_FACT_QUOTE)
			g_assert_true(same_color(&spec(theme, e)->fg, &spec(base, e)->fg) &&
				      spec(theme, e)->attrs == spec(base, e)->attrs);
	/* without inherits: the same */
	g_autofree char *bare = write_file(dir.path, "bare.yaml", "styles:\n  quote: {fg: \"#ff8800\"}\n");
	g_autoptr(CrTheme) same = cr_theme_load(search, bare, &error);
	g_assert_no_error(error);
	g_assert_true(same_styles(same, theme));
	g_assert_cmpuint(theme->sources->len, ==, 1);
}

/* Parents in the theme, then the inherited theme, then the default. */
static void test_inheritance_order(void)
{
	g_auto(TempDir) dir = temp_dir();
	g_autofree char *base = write_file(dir.path, "base.yaml",
					   "styles:\n"
					   "  person: {fg: \"#111111\"}\n"
					   "  shared-quote: {fg: \"#222222\", mono: [reverse]}\n");
	g_autofree char *child = write_file(dir.path, "child.yaml",
					    "inherits: base\n"
					    "styles:\n"
					    "  quote: {fg: \"#333333\"}\n"
					    "  fact: {attrs: [italic]}\n");
	g_autoptr(CrThemeSearch) search = cr_theme_search_new_for((const char *[]){ dir.path, NULL });
	g_autoptr(GError) error = NULL;
	g_autoptr(CrTheme) theme = cr_theme_load(search, "child", &error);
	g_assert_no_error(error);
	g_autoptr(CrTheme) def = cr_theme_builtin_default();

	/* the child's quote, over the base's shared quote: its parent wins */
	g_assert_cmpuint(spec(theme, CR_EL_SHARED + CR_FACT_QUOTE)->fg.rgb, ==, 0x333333);
	/* a field the child gives no ancestor: the base's */
	g_assert_cmpuint(spec(theme, CR_EL_SHARED + CR_FACT_QUOTE)->mono, ==, CR_ATTR_REVERSE);
	/* the base's person; the default's place */
	g_assert_cmpuint(spec(theme, CR_EL_KIND + CR_FACT_PERSON)->fg.rgb, ==, 0x111111);
	g_assert_cmpuint(spec(theme, CR_EL_KIND + CR_FACT_PLACE)->fg.rgb, ==,
			 spec(def, CR_EL_KIND + CR_FACT_PLACE)->fg.rgb);
	/* fact's attributes go down to every kind, shared or not */
	for (int k = 0; k < CR_FACT_N_KINDS; k++) {
		g_assert_cmpuint(spec(theme, CR_EL_KIND + k)->attrs, ==, CR_ATTR_ITALIC);
		g_assert_cmpuint(spec(theme, CR_EL_SHARED + k)->attrs, ==, CR_ATTR_ITALIC);
	}
	g_assert_cmpuint(spec(theme, CR_EL_TEXT)->attrs, ==, 0);
	/* both files are watched */
	g_assert_cmpuint(theme->sources->len, ==, 2);
	g_assert_cmpstr(g_array_index(theme->sources, CrThemeSource, 0).path, ==, child);
	g_assert_cmpstr(g_array_index(theme->sources, CrThemeSource, 1).path, ==, base);
}

static void test_palette(void)
{
	g_auto(TempDir) dir = temp_dir();
	g_autofree char *path = write_file(dir.path, "p.yaml",
					   "palette:\n"
					   "  gold: {rgb: \"#E69F00\", c256: 214, c16: yellow}\n"
					   "  faint: {rgb: \"#3a3a3a\", c16: none}\n"
					   "  alias: bright-red\n"
					   "styles:\n"
					   "  quote: {fg: gold}\n"
					   "  person: {fg: alias}\n"
					   "  place: {bg: faint, mono: [italic]}\n");
	g_autoptr(CrThemeSearch) search = cr_theme_search_new_for((const char *[]){ NULL });
	g_autoptr(GError) error = NULL;
	g_autoptr(CrTheme) theme = cr_theme_load(search, path, &error);
	g_assert_no_error(error);
	CrLook look;

	cr_theme_look(theme, CR_EL_KIND + CR_FACT_QUOTE, 0, CR_DEPTH_DIRECT, &look);
	g_assert_cmpint(look.fg, ==, CR_DRAWN_RGB | 0xe69f00);
	cr_theme_look(theme, CR_EL_KIND + CR_FACT_QUOTE, 0, CR_DEPTH_256, &look);
	g_assert_cmpint(look.fg, ==, 214);
	cr_theme_look(theme, CR_EL_KIND + CR_FACT_PLACE, 0, CR_DEPTH_256, &look);
	g_assert_cmpint(look.bg, ==, 237);
	cr_theme_look(theme, CR_EL_KIND + CR_FACT_PERSON, 0, CR_DEPTH_16, &look);
	g_assert_cmpint(look.fg, ==, 9);
	cr_theme_look(theme, CR_EL_KIND + CR_FACT_PERSON, 0, CR_DEPTH_8, &look);
	g_assert_cmpint(look.fg, ==, 1);
	g_assert_cmpuint(look.attrs, ==, CR_ATTR_BOLD);
	/* a background of none on 16 colours: no colour, the mono attributes */
	cr_theme_look(theme, CR_EL_KIND + CR_FACT_PLACE, 0, CR_DEPTH_16, &look);
	g_assert_cmpint(look.fg, ==, CR_DRAWN_DEFAULT);
	g_assert_cmpint(look.bg, ==, CR_DRAWN_DEFAULT);
	g_assert_cmpuint(look.attrs, ==, CR_ATTR_ITALIC);
}

static void test_overlays(void)
{
	g_autoptr(CrTheme) theme = cr_theme_builtin_default();
	CrLook look;
	guint cursor = CR_OVERLAY_BIT(CR_EL_CURSOR_LINE), current = CR_OVERLAY_BIT(CR_EL_CURRENT);

	/* the cursor line's background; a fact keeps its colour on it */
	cr_theme_look(theme, CR_EL_SHARED + CR_FACT_PERSON, cursor, CR_DEPTH_256, &look);
	g_assert_cmpint(look.fg, ==, 114);
	g_assert_cmpint(look.bg, ==, 236);
	/* but not over a background of the element's own */
	cr_theme_look(theme, CR_EL_PLACEHOLDER, cursor, CR_DEPTH_256, &look);
	g_assert_cmpint(look.bg, ==, 88);
	/* mono: reverse over reverse cancels out */
	cr_theme_look(theme, CR_EL_SHARED + CR_FACT_QUOTE, cursor, CR_DEPTH_MONO, &look);
	g_assert_cmpuint(look.attrs, ==, CR_ATTR_REVERSE | CR_ATTR_ITALIC | CR_ATTR_BOLD);
	cr_theme_look(theme, CR_EL_SHARED + CR_FACT_QUOTE, cursor | current, CR_DEPTH_MONO, &look);
	g_assert_cmpuint(look.attrs, ==, CR_ATTR_ITALIC | CR_ATTR_BOLD);
	/* a counterpart looks as the current fact does, unless a theme says */
	CrLook counterpart;
	cr_theme_look(theme, CR_EL_TEXT, current, CR_DEPTH_256, &look);
	cr_theme_look(theme, CR_EL_TEXT, CR_OVERLAY_BIT(CR_EL_COUNTERPART), CR_DEPTH_256, &counterpart);
	g_assert_true(look.fg == counterpart.fg && look.bg == counterpart.bg &&
		      look.attrs == counterpart.attrs);
}

/* ---- where themes come from ---------------------------------------------- */

static void test_lookup_order(void)
{
	g_auto(TempDir) dir = temp_dir();
	g_autofree char *config = g_build_filename(dir.path, "config", NULL);
	g_autofree char *data1 = g_build_filename(dir.path, "data1", NULL);
	g_autofree char *data2 = g_build_filename(dir.path, "data2", NULL);
	g_autofree char *data_dirs = g_strdup_printf("%s:relative/ignored:%s", data1, data2);
	g_setenv("XDG_CONFIG_HOME", config, TRUE);
	g_setenv("XDG_DATA_DIRS", data_dirs, TRUE);
	g_autofree char *in_config =
	    write_file(config, "crossread/themes/dusk.yaml", "description: from config\n");
	g_autofree char *in_data1 =
	    write_file(data1, "crossread/themes/dusk.yaml", "description: from data1\n");
	g_autofree char *in_data2 =
	    write_file(data2, "crossread/themes/dusk.yaml", "description: from data2\n");
	g_autofree char *dawn = write_file(data2, "crossread/themes/dawn.yaml", "description: dawn\n");
	g_autofree char *broken = write_file(data2, "crossread/themes/broken.yaml", "styles: [\n");
	g_autofree char *other = write_file(data2, "crossread/themes/README", "not a theme\n");

	g_autoptr(CrThemeSearch) search = cr_theme_search_new();
	g_autofree char *config_themes = g_build_filename(config, "crossread", "themes", NULL);
	g_autofree char *data1_themes = g_build_filename(data1, "crossread", "themes", NULL);
	g_autofree char *data2_themes = g_build_filename(data2, "crossread", "themes", NULL);
	g_assert_cmpuint(search->dirs->len, >=, 4);
	g_assert_cmpstr(g_ptr_array_index(search->dirs, 0), ==, config_themes);
	g_assert_cmpstr(g_ptr_array_index(search->dirs, 1), ==, data1_themes);
	g_assert_cmpstr(g_ptr_array_index(search->dirs, 2), ==, data2_themes);
	/* then the installed directory and, uninstalled, the source tree's */
	gboolean installed = FALSE, source = FALSE;
	g_autofree char *source_themes = cr_test_path("themes/");
	g_autofree char *source_canonical = g_canonicalize_filename(source_themes, NULL);
	for (guint i = 3; i < search->dirs->len; i++) {
		installed |= strcmp(g_ptr_array_index(search->dirs, i), CR_THEMEDIR) == 0;
		source |= strcmp(g_ptr_array_index(search->dirs, i), source_canonical) == 0;
	}
	g_assert_true(installed);
	g_assert_true(source);
	g_assert_cmpstr(g_ptr_array_index(search->dirs, search->dirs->len - 1), ==, source_canonical);

	/* the first found wins, each in turn */
	const char *const order[] = { "from config", "from data1", "from data2" };
	const char *files[] = { in_config, in_data1, in_data2 };
	for (guint i = 0; i < 3; i++) {
		g_autoptr(GError) error = NULL;
		g_autoptr(CrTheme) theme = cr_theme_load(search, "dusk", &error);
		g_assert_no_error(error);
		g_assert_cmpstr(theme->description, ==, order[i]);
		g_assert_cmpstr(theme->file, ==, files[i]);
		g_unlink(files[i]);
	}
	/* the listing, in lookup order, the hidden ones said */
	g_free(write_file(config, "crossread/themes/dawn.yaml", "description: early dawn\n"));
	g_autoptr(GPtrArray) list = cr_theme_list(search);
	const CrThemeEntry *first = g_ptr_array_index(list, 0);
	g_assert_cmpstr(first->name, ==, "dawn");
	g_assert_cmpstr(first->description, ==, "early dawn");
	g_assert_false(first->shadowed);
	gboolean saw_hidden_dawn = FALSE, saw_broken = FALSE, saw_builtin = FALSE;
	for (guint i = 0; i < list->len; i++) {
		const CrThemeEntry *e = g_ptr_array_index(list, i);
		g_assert_cmpstr(e->name, !=, "README");
		if (e->file && strcmp(e->file, dawn) == 0)
			saw_hidden_dawn = e->shadowed;
		if (strcmp(e->name, "broken") == 0)
			saw_broken = e->broken;
		if (!e->file && strcmp(e->name, "default") == 0)
			saw_builtin = e->shadowed; /* the source tree's default comes first */
	}
	g_assert_true(saw_hidden_dawn);
	g_assert_true(saw_broken);
	g_assert_true(saw_builtin);
	g_autoptr(GPtrArray) names = cr_theme_names(search);
	g_assert_cmpstr(g_ptr_array_index(names, 0), ==, "dawn");
	g_assert_cmpstr(g_ptr_array_index(names, 1), ==, "broken");

	/* a theme that inherits its own name inherits the one it hides */
	g_free(write_file(config, "crossread/themes/light.yaml",
			  "inherits: light\nstyles:\n  quote: {fg: red}\n"));
	g_autoptr(GError) error = NULL;
	g_autoptr(CrTheme) light = cr_theme_load(search, "light", &error);
	g_assert_no_error(error);
	g_assert_cmpuint(light->sources->len, ==, 2);
	g_assert_cmpint(light->styles[CR_EL_KIND + CR_FACT_QUOTE].fg.index, ==, 1);
	g_assert_cmpuint(light->styles[CR_EL_KIND + CR_FACT_PERSON].fg.rgb, ==, 0x008700);

	/* unset: ~/.config, /usr/local/share and /usr/share */
	g_unsetenv("XDG_CONFIG_HOME");
	g_unsetenv("XDG_DATA_DIRS");
	g_autoptr(CrThemeSearch) plain = cr_theme_search_new();
	g_autofree char *home = g_build_filename(g_get_home_dir(), ".config", "crossread", "themes", NULL);
	g_assert_cmpstr(g_ptr_array_index(plain->dirs, 0), ==, home);
	g_assert_cmpstr(g_ptr_array_index(plain->dirs, 1), ==, "/usr/local/share/crossread/themes");
	g_assert_cmpstr(g_ptr_array_index(plain->dirs, 2), ==, "/usr/share/crossread/themes");
	(void)other;
	(void)broken;
}

static void test_compiled_in(void)
{
	g_autoptr(CrThemeSearch) none = cr_theme_search_new_for((const char *[]){ "/nonexistent", NULL });
	g_autoptr(GError) error = NULL;
	g_autoptr(CrTheme) def = cr_theme_load(none, "default", &error);
	g_assert_no_error(error);
	g_assert_null(def->file);
	g_assert_true(def->color);
	g_autoptr(CrTheme) mono = cr_theme_load(none, "mono", &error);
	g_assert_no_error(error);
	g_assert_false(mono->color);
	g_assert_false(cr_theme_changed(def));
	g_autoptr(GPtrArray) names = cr_theme_names(none);
	g_assert_cmpuint(names->len, ==, 2);
}

static void test_choose(void)
{
	gboolean named;
	g_assert_cmpstr(cr_theme_choose("a", "b", "c", TRUE, &named), ==, "a");
	g_assert_true(named);
	g_assert_cmpstr(cr_theme_choose(NULL, "b", "c", TRUE, &named), ==, "b");
	g_assert_cmpstr(cr_theme_choose(NULL, "", "c", TRUE, &named), ==, "c");
	g_assert_true(named);
	g_assert_cmpstr(cr_theme_choose(NULL, NULL, NULL, TRUE, &named), ==, "mono");
	g_assert_false(named);
	g_assert_cmpstr(cr_theme_choose(NULL, NULL, NULL, FALSE, &named), ==, "default");
	g_assert_true(cr_theme_arg_is_path("./x"));
	g_assert_true(cr_theme_arg_is_path("x.yaml"));
	g_assert_false(cr_theme_arg_is_path("light"));
}

static void test_changed(void)
{
	g_auto(TempDir) dir = temp_dir();
	g_autofree char *path = write_file(dir.path, "w.yaml", "styles:\n  quote: {fg: red}\n");
	g_autoptr(CrThemeSearch) search = cr_theme_search_new_for((const char *[]){ NULL });
	g_autoptr(CrTheme) theme = cr_theme_load(search, path, NULL);
	g_assert_false(cr_theme_changed(theme));
	g_free(write_file(dir.path, "w.yaml", "styles:\n  quote: {fg: blue, attrs: [bold]}\n"));
	g_assert_true(cr_theme_changed(theme));
	cr_theme_note_sources(theme);
	g_assert_false(cr_theme_changed(theme));
	g_unlink(path);
	g_assert_true(cr_theme_changed(theme));
}

/* ---- the config file --------------------------------------------------- */

static char *config_messages(const char *dir, const char *text, CrConfig *config)
{
	g_autofree char *path = write_file(dir, "config.yaml", text);
	g_autoptr(GError) error = NULL;
	cr_config_init(config);
	if (cr_config_load(path, config, &error))
		return g_strdup("");
	g_auto(GStrv) parts = g_strsplit(error->message, dir, -1);
	return g_strjoinv("DIR", parts);
}

static void test_config(void)
{
	g_auto(TempDir) dir = temp_dir();
	g_auto(CrConfig) config;
	g_autofree char *ok =
	    config_messages(dir.path,
			    "theme: light\nsync: off\nlayout: stacked\nboilerplate: hidden\n"
			    "mouse: false\nescape-delay: 40\n",
			    &config);
	g_assert_cmpstr(ok, ==, "");
	g_assert_cmpstr(config.theme, ==, "light");
	g_assert_cmpint(config.sync, ==, FALSE);
	g_assert_cmpint(config.stacked, ==, TRUE);
	g_assert_cmpint(config.hide_boilerplate, ==, TRUE);
	g_assert_cmpint(config.mouse, ==, FALSE);
	g_assert_cmpint(config.escape_delay_ms, ==, 40);
	cr_config_clear(&config);

	/* a theme file, relative to the config file */
	g_autofree char *rel = config_messages(dir.path, "theme: themes/mine.yaml\n", &config);
	g_assert_cmpstr(rel, ==, "");
	g_autofree char *want = g_build_filename(dir.path, "themes", "mine.yaml", NULL);
	g_assert_cmpstr(config.theme, ==, want);
	g_assert_cmpint(config.sync, ==, CR_CONFIG_UNSET);
	cr_config_clear(&config);

	/* every problem at once, where it is */
	g_autofree char *bad = config_messages(dir.path,
					       "theme: Bright Lights\nsnyc: on\nlayout: sideways\n"
					       "boilerplate: hiden\nmouse: 3\nescape-delay: 5000\n",
					       &config);
	g_assert_cmpstr(
	    bad, ==,
	    "DIR/config.yaml:2:1: unknown key 'snyc' in the config file (did you mean 'sync'?)\n"
	    "DIR/config.yaml:1:8: theme: 'Bright Lights' is not a theme's name (as light) nor a file (as "
	    "themes/mine.yaml)\n"
	    "DIR/config.yaml:5:8: mouse must be true or false, not '3'\n"
	    "DIR/config.yaml:3:9: layout must be side or stacked, not 'sideways'\n"
	    "DIR/config.yaml:4:14: boilerplate must be shown or hidden, not 'hiden' (did you mean "
	    "'hidden'?)\n"
	    "DIR/config.yaml:6:15: escape-delay (milliseconds) must be a whole number from 0 to 1000, not "
	    "'5000'");
	cr_config_clear(&config);

	/* a missing file is no error; an empty one neither */
	cr_config_init(&config);
	g_autofree char *missing = g_build_filename(dir.path, "none.yaml", NULL);
	g_assert_true(cr_config_load(missing, &config, NULL));
	g_assert_null(config.file);
	g_autofree char *empty = config_messages(dir.path, "# nothing yet\n", &config);
	g_assert_cmpstr(empty, ==, "");
	cr_config_clear(&config);
	g_autofree char *list = config_messages(dir.path, "- theme\n", &config);
	g_assert_cmpstr(
	    list, ==,
	    "DIR/config.yaml:1:1: the config file must be a mapping (key: value lines), not a list");

	g_setenv("XDG_CONFIG_HOME", dir.path, TRUE);
	g_autofree char *path = cr_config_path();
	g_autofree char *expected = g_build_filename(dir.path, "crossread", "config.yaml", NULL);
	g_assert_cmpstr(path, ==, expected);
	g_unsetenv("XDG_CONFIG_HOME");
}

/* docs/themes.md lists every element with its parent and what it is, and
 * its complete example is the default theme as it is. */
static void test_documented(void)
{
	g_autofree char *docs_path = cr_test_path("../docs/themes.md");
	g_autofree char *default_path = cr_test_path("themes/default.yaml");
	g_autofree char *docs = NULL, *theme = NULL;
	g_assert_true(g_file_get_contents(docs_path, &docs, NULL, NULL));
	g_assert_true(g_file_get_contents(default_path, &theme, NULL, NULL));
	for (int e = 0; e < CR_N_ELEMENTS; e++) {
		int parent = cr_elements[e].parent;
		g_autofree char *row =
		    g_strdup_printf("| `%s` | %s%s%s | %s |", cr_elements[e].name, parent < 0 ? "" : "`",
				    parent < 0 ? "\xe2\x80\x94" : cr_elements[parent].name,
				    parent < 0 ? "" : "`", cr_elements[e].what);
		if (!strstr(docs, row))
			g_error("docs/themes.md lacks the row: %s", row);
	}
	g_autofree char *example = g_strconcat("```yaml\n", theme, "```\n", NULL);
	g_assert_nonnull(strstr(docs, example));
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/theme/color/parse", test_color_parse);
	g_test_add_func("/theme/color/approximation", test_color_approximation);
	g_test_add_func("/theme/color/contrast", test_color_contrast);
	g_test_add_func("/theme/sgr", test_sgr);
	g_test_add_func("/theme/inherit/three-lines", test_three_lines);
	g_test_add_func("/theme/inherit/order", test_inheritance_order);
	g_test_add_func("/theme/palette", test_palette);
	g_test_add_func("/theme/overlays", test_overlays);
	g_test_add_func("/theme/lookup/order", test_lookup_order);
	g_test_add_func("/theme/lookup/compiled-in", test_compiled_in);
	g_test_add_func("/theme/lookup/choose", test_choose);
	g_test_add_func("/theme/lookup/changed", test_changed);
	g_test_add_func("/theme/config", test_config);
	g_test_add_func("/theme/documented", test_documented);
	return g_test_run();
}

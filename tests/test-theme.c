/* Colour themes without a terminal: colours and their approximations, every
 * error a theme or the config file can have (file, line and column
 * exactly), inheritance, the bundled themes (their resolution at 256, 16, 8
 * colours and none, every distinction kept at each, WCAG contrast), where
 * themes are looked for, and the config file. */
#include <string.h>

#include <glib/gstdio.h>

#include "crossread/config.h"
#include "crossread/doc.h"
#include "crossread/theme_load.h"
#include "testlib.h"

static const CrDepth depths[] = { CR_DEPTH_DIRECT, CR_DEPTH_256, CR_DEPTH_16, CR_DEPTH_8, CR_DEPTH_MONO };
static const char *const bundled[] = { "default", "light", "mono", "high-contrast", "colorblind", NULL };

/* ---- helpers ----------------------------------------------------------- */

/* A temporary directory, removed with everything in it at the end. */
typedef struct {
	char *path;
} TempDir;

/* Removes PATH and, when it is a directory, everything in it. */
static void remove_tree(const char *path)
{
	g_autoptr(GDir) dir = g_dir_open(path, 0, NULL);
	const char *name;
	while (dir && (name = g_dir_read_name(dir))) {
		g_autofree char *child = g_build_filename(path, name, NULL);
		remove_tree(child);
	}
	g_remove(path);
}

static void temp_dir_clear(TempDir *dir)
{
	remove_tree(dir->path);
	g_free(dir->path);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(TempDir, temp_dir_clear)

static TempDir temp_dir(void)
{
	TempDir dir = { g_dir_make_tmp("crossread-theme-XXXXXX", NULL) };
	g_assert_nonnull(dir.path);
	return dir;
}

/* Writes TEXT to DIR/NAME (directories made as needed); the path. */
static char *write_file(const char *dir, const char *name, const char *text)
{
	char *path = g_build_filename(dir, name, NULL);
	g_autofree char *parent = g_path_get_dirname(path);
	g_assert_cmpint(g_mkdir_with_parents(parent, 0755), ==, 0);
	g_assert_true(g_file_set_contents(path, text, -1, NULL));
	return path;
}

/* The search path of the source tree's themes only. */
static CrThemeSearch *bundled_search(void)
{
	g_autofree char *themes = cr_test_path("themes/");
	const char *dirs[] = { themes, NULL };
	return cr_theme_search_new_for(dirs);
}

static CrTheme *load_bundled(const char *name)
{
	g_autoptr(CrThemeSearch) search = bundled_search();
	g_autoptr(GError) error = NULL;
	CrTheme *theme = cr_theme_load(search, name, &error);
	g_assert_no_error(error);
	g_assert_nonnull(theme->file);
	return theme;
}

/* The messages of loading theme TEXT as DIR/t.yaml (DIR also searched),
 * with the directory replaced by "DIR"; "" when it loads. */
static char *theme_messages(const char *dir, const char *text)
{
	g_autofree char *path = write_file(dir, "t.yaml", text);
	const char *dirs[] = { dir, NULL };
	g_autoptr(CrThemeSearch) search = cr_theme_search_new_for(dirs);
	g_autoptr(GError) error = NULL;
	g_autoptr(CrTheme) theme = cr_theme_load(search, path, &error);
	g_assert_true((theme == NULL) == (error != NULL));
	if (!error)
		return g_strdup("");
	g_assert_true(g_error_matches(error, CR_ERROR, CR_ERROR_PARSE));
	g_auto(GStrv) parts = g_strsplit(error->message, dir, -1);
	return g_strjoinv("DIR", parts);
}

static void assert_theme_error(const char *text, const char *expected)
{
	g_auto(TempDir) dir = temp_dir();
	g_autofree char *got = theme_messages(dir.path, text);
	g_assert_cmpstr(got, ==, expected);
}

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

/* ---- errors: one test each, the position exact -------------------------- */

static void test_error_syntax(void)
{
	assert_theme_error(
	    "styles:\n  text: {fg: red\n",
	    "DIR/t.yaml:3:1: did not find expected ',' or '}' (while parsing a flow mapping at 2:9)");
}

static void test_error_unknown_keys(void)
{
	assert_theme_error("nmae: t\n",
			   "DIR/t.yaml:1:1: unknown key 'nmae' in a theme (did you mean 'name'?)");
	assert_theme_error("styles:\n  qoute: {fg: red}\n",
			   "DIR/t.yaml:2:3: unknown key 'qoute' in styles (did you mean 'quote'?)");
	assert_theme_error("styles:\n  quote: {fgg: red}\n",
			   "DIR/t.yaml:2:11: unknown key 'fgg' in the style of 'quote' (did you mean 'fg'?)");
	assert_theme_error("palette:\n  accent: {rgb: \"#ff0000\", c265: 9}\n",
			   "DIR/t.yaml:2:28: unknown key 'c265' in palette.accent (did you mean 'c256'?)");
	assert_theme_error("zebra: 1\n", "DIR/t.yaml:1:1: unknown key 'zebra' in a theme");
}

static void test_error_duplicate_key(void)
{
	assert_theme_error("styles:\n  quote: {fg: red}\n  quote: {fg: blue}\n",
			   "DIR/t.yaml:3:3: duplicate key 'quote' (first at 2:3)");
	assert_theme_error("styles:\n  quote: {fg: red, fg: blue}\n",
			   "DIR/t.yaml:2:20: duplicate key 'fg' (first at 2:11)");
}

static void test_error_types(void)
{
	assert_theme_error("styles: [text]\n", "DIR/t.yaml:1:9: styles must be a mapping (key: value lines), "
					       "not a list");
	assert_theme_error("styles:\n  quote: red\n",
			   "DIR/t.yaml:2:10: the style of 'quote' must be a mapping "
			   "(key: value lines), not a single value");
	assert_theme_error("styles:\n  quote: {fg: [red]}\n",
			   "DIR/t.yaml:2:15: quote.fg must be a single value, not a list");
	assert_theme_error("styles:\n  quote: {attrs: {bold: true}}\n",
			   "DIR/t.yaml:2:18: quote.attrs must be a list of attributes, as [bold, underline]");
	assert_theme_error("color: maybe\n", "DIR/t.yaml:1:8: color must be true or false, not 'maybe'");
	assert_theme_error("- a\n- b\n",
			   "DIR/t.yaml:1:1: a theme must be a mapping (key: value lines), not a list");
	assert_theme_error("styles:\n  quote: {fg: }\n", "DIR/t.yaml:2:15: quote.fg has no value");
	assert_theme_error("", "DIR/t.yaml:1:1: the theme is empty: it is a mapping (name:, styles:, ...)");
}

static void test_error_colour_and_attribute(void)
{
	assert_theme_error(
	    "styles:\n  quote: {fg: grean}\n",
	    "DIR/t.yaml:2:15: quote.fg: unknown colour 'grean': not a colour name, and the theme "
	    "has no palette (did you mean 'green'?)");
	assert_theme_error(
	    "styles:\n  quote: {bg: color300}\n",
	    "DIR/t.yaml:2:15: quote.bg: 'color300' is not a colour: colour numbers go from 0 to 255");
	assert_theme_error(
	    "styles:\n  quote: {bg: \"#ff00\"}\n",
	    "DIR/t.yaml:2:15: quote.bg: '#ff00' is not a colour: write \"#rrggbb\", six hex digits");
	assert_theme_error("styles:\n  quote: {attrs: [bold, blod]}\n",
			   "DIR/t.yaml:2:25: quote.attrs: unknown attribute 'blod' (did you mean 'bold'?)");
	assert_theme_error(
	    "styles:\n  quote: {mono: [sparkle]}\n",
	    "DIR/t.yaml:2:18: quote.mono: unknown attribute 'sparkle' (the attributes: bold, dim, "
	    "italic, underline, reverse, standout)");
	assert_theme_error(
	    "palette:\n  gold: {rgb: \"#ffd700\", c16: golden}\n",
	    "DIR/t.yaml:2:31: palette.gold.c16: 'golden' is not one of the 16 colour names or none");
	assert_theme_error(
	    "palette:\n  gold: {rgb: \"#ffd700\", c256: 300}\n",
	    "DIR/t.yaml:2:32: palette.gold.c256 must be a whole number from 0 to 255, not '300'");
	assert_theme_error("palette:\n  red: \"#ff0000\"\n",
			   "DIR/t.yaml:2:3: palette: 'red' is a colour already: choose another name");
}

static void test_error_unquoted_hash(void)
{
	assert_theme_error(
	    "styles:\n  quote:\n    fg: #ff0000\n",
	    "DIR/t.yaml:3:9: quote.fg: '#' starts a comment in YAML: quote the colour (\"#rrggbb\")");
	assert_theme_error("palette:\n  gold: #ffd700\n",
			   "DIR/t.yaml:2:9: palette.gold: '#' starts a comment in YAML: quote the colour "
			   "(\"#rrggbb\")");
}

static void test_error_palette_name(void)
{
	assert_theme_error(
	    "palette:\n  accent: \"#ff0000\"\nstyles:\n  quote: {fg: acent}\n",
	    "DIR/t.yaml:4:15: quote.fg: unknown colour 'acent': not a colour name and not in the "
	    "palette (did you mean 'accent'?)");
}

static void test_error_inherits(void)
{
	g_auto(TempDir) dir = temp_dir();
	g_autofree char *got = theme_messages(dir.path, "inherits: nope\n");
	g_assert_cmpstr(got, ==,
			"DIR/t.yaml:1:11: inherits an unknown theme 'nope' (the themes: t, default, mono)");

	/* a -> b -> a: a circle, said where it closes */
	g_autofree char *a = write_file(dir.path, "a.yaml", "name: a\ninherits: b\n");
	g_autofree char *b = write_file(dir.path, "b.yaml", "# b\ninherits: a\n");
	const char *dirs[] = { dir.path, NULL };
	g_autoptr(CrThemeSearch) search = cr_theme_search_new_for(dirs);
	g_autoptr(GError) error = NULL;
	g_autoptr(CrTheme) theme = cr_theme_load(search, "a", &error);
	g_assert_null(theme);
	g_autofree char *want =
	    g_strdup_printf("%s:2:11: inherits goes round in a circle: a \xe2\x86\x92 b \xe2\x86\x92 a", b);
	g_assert_cmpstr(error->message, ==, want);

	/* a theme that inherits itself */
	g_autofree char *c = write_file(dir.path, "c.yaml", "inherits: c\n");
	g_clear_error(&error);
	g_autoptr(CrTheme) none = cr_theme_load(search, "c", &error);
	g_autofree char *want_c =
	    g_strdup_printf("%s:1:11: inherits an unknown theme 'c' (the themes: a, b, c, t, "
			    "default, mono)",
			    c);
	g_assert_cmpstr(error->message, ==, want_c);
}

static void test_error_refused_yaml(void)
{
	assert_theme_error(
	    "palette:\n  gold: &g \"#ffd700\"\n  amber: *g\n",
	    "DIR/t.yaml:2:9: anchors (&g) are not allowed\nDIR/t.yaml:3:10: aliases (*g) are not allowed\n"
	    "DIR/t.yaml:3:10: palette.amber has no value");
	assert_theme_error("name: !!str t\n", "DIR/t.yaml:1:7: tags (tag:yaml.org,2002:str) are not allowed");
	assert_theme_error("styles:\n  quote:\n    attrs: [[[bold]]]\n",
			   "DIR/t.yaml:3:13: nested too deeply (more than 4 levels)");
	g_autofree char *long_text = g_strnfill(300, 'x');
	g_autofree char *long_description = g_strdup_printf("description: %s\n", long_text);
	assert_theme_error(long_description, "DIR/t.yaml:1:14: a value longer than 256 bytes");
	GString *big = g_string_new("# big\n");
	while (big->len <= 64 * 1024)
		g_string_append(big, "# a comment to make the file too large for a theme\n");
	g_autofree char *big_text = g_string_free(big, FALSE);
	assert_theme_error(big_text, "DIR/t.yaml: larger than 64 KiB");
}

static void test_error_name(void)
{
	assert_theme_error(
	    "name: dusk\n",
	    "DIR/t.yaml:1:7: name: 'dusk' is not the file's name, 't': a theme is known by its file");
	assert_theme_error(
	    "inherits: Bright Lights\n",
	    "DIR/t.yaml:1:11: inherits: 'Bright Lights' is not a theme's name (as default or light)");
}

/* Every problem in one run, in the order of the file. */
static void test_every_error_at_once(void)
{
	assert_theme_error(
	    "nmae: t\n"
	    "styles:\n"
	    "  quote: {fg: grean, attrs: [blod]}\n"
	    "  qoute: {bg: \"#12\"}\n",
	    "DIR/t.yaml:1:1: unknown key 'nmae' in a theme (did you mean 'name'?)\n"
	    "DIR/t.yaml:4:3: unknown key 'qoute' in styles (did you mean 'quote'?)\n"
	    "DIR/t.yaml:3:15: quote.fg: unknown colour 'grean': not a colour name, and the theme has "
	    "no palette (did you mean 'green'?)\n"
	    "DIR/t.yaml:3:30: quote.attrs: unknown attribute 'blod' (did you mean 'bold'?)");
}

static void test_bad_names(void)
{
	g_autoptr(CrThemeSearch) search = bundled_search();
	g_autoptr(GError) error = NULL;
	g_assert_null(cr_theme_load(search, "nope", &error));
	g_assert_cmpstr(error->message, ==,
			"unknown theme 'nope' (the themes: colorblind, default, high-contrast, light, mono)");
	g_clear_error(&error);
	g_assert_null(cr_theme_load(search, "Dusk", &error));
	g_assert_cmpstr(
	    error->message, ==,
	    "'Dusk' is not a theme's name: lower-case letters, digits and '-' (or give a file: ./Dusk.yaml)");
	g_clear_error(&error);
	g_assert_null(cr_theme_load(search, "/no/such/theme.yaml", &error));
	g_assert_cmpstr(error->message, ==, "/no/such/theme.yaml: cannot open: No such file or directory");
}

/* ---- inheritance ------------------------------------------------------ */

static const CrStyleSpec *spec(const CrTheme *theme, CrElement el)
{
	return &theme->styles[el];
}

static gboolean same_color(const CrColor *a, const CrColor *b)
{
	return a->kind == b->kind && a->index == b->index && a->c256 == b->c256 && a->c16 == b->c16 &&
	       a->rgb == b->rgb;
}

/* TRUE when themes A and B draw every element alike. */
static gboolean same_styles(const CrTheme *a, const CrTheme *b)
{
	for (int e = 0; e < CR_N_ELEMENTS; e++) {
		const CrStyleSpec *x = spec(a, e), *y = spec(b, e);
		if (!same_color(&x->fg, &y->fg) || !same_color(&x->bg, &y->bg) || x->attrs != y->attrs ||
		    x->mono != y->mono)
			return FALSE;
	}
	return TRUE;
}

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

/* ---- the bundled themes --------------------------------------------- */

static void test_bundled_load(void)
{
	for (guint t = 0; bundled[t]; t++) {
		g_autoptr(CrTheme) theme = load_bundled(bundled[t]);
		g_assert_cmpstr(theme->name, ==, bundled[t]);
		g_assert_cmpuint(strlen(theme->description), >, 10);
	}
	/* the compiled-in default is the bundled file */
	g_autoptr(CrTheme) file = load_bundled("default");
	g_autoptr(CrTheme) builtin = cr_theme_builtin_default();
	g_assert_true(same_styles(file, builtin));
	g_autoptr(CrThemeSearch) none = cr_theme_search_new_for((const char *[]){ NULL });
	g_autoptr(CrTheme) mono_builtin = cr_theme_load(none, "mono", NULL);
	g_autoptr(CrTheme) mono_file = load_bundled("mono");
	g_assert_false(mono_builtin->color);
	g_assert_true(same_styles(mono_file, mono_builtin));
}

static char *drawn_text(int c)
{
	if (c == CR_DRAWN_DEFAULT)
		return g_strdup("-");
	if (CR_DRAWN_IS_RGB(c))
		return g_strdup_printf("#%06x", c & 0xffffff);
	return g_strdup_printf("%d", c);
}

static char *attrs_text(guint8 attrs)
{
	GString *out = g_string_new(NULL);
	for (int a = 0; a < CR_N_ATTRS; a++)
		if (attrs & (1 << a))
			g_string_append_printf(out, "%s%s", out->len ? "+" : "", cr_attr_names[a]);
	if (!out->len)
		g_string_append(out, "-");
	return g_string_free(out, FALSE);
}

static char *look_text(const CrLook *look)
{
	g_autofree char *fg = drawn_text(look->fg), *bg = drawn_text(look->bg),
			*attrs = attrs_text(look->attrs);
	return g_strdup_printf("%s/%s/%s", fg, bg, attrs);
}

/* Element EL's look: alone, or (an overlay) over text. */
static void element_look(const CrTheme *theme, int el, CrDepth depth, CrLook *look)
{
	if (el < CR_N_BASE_ELEMENTS)
		cr_theme_look(theme, el, 0, depth, look);
	else
		cr_theme_look(theme, CR_EL_TEXT, CR_OVERLAY_BIT(el), depth, look);
}

/* The resolution of every element at 256, 16 and 8 colours and without,
 * against tests/fixtures/themes/NAME.table (CR_UPDATE_THEMES=1 rewrites it). */
static void test_resolution_table(void)
{
	for (guint t = 0; bundled[t]; t++) {
		g_autoptr(CrTheme) theme = load_bundled(bundled[t]);
		GString *table =
		    g_string_new("# element: 256 | 16 | 8 | mono (fg/bg/attributes; - the terminal's "
				 "own; overlays over text)\n");
		for (int e = 0; e < CR_N_ELEMENTS; e++) {
			g_string_append_printf(table, "%-15s", cr_elements[e].name);
			for (guint d = 1; d < G_N_ELEMENTS(depths); d++) {
				CrLook look;
				element_look(theme, e, depths[d], &look);
				g_autofree char *text = look_text(&look);
				g_string_append_printf(table, "%s%-24s", d > 1 ? " | " : " ", text);
			}
			while (table->str[table->len - 1] == ' ')
				g_string_truncate(table, table->len - 1);
			g_string_append_c(table, '\n');
		}
		g_autofree char *file = g_strdup_printf("fixtures/themes/%s.table", bundled[t]);
		g_autofree char *path = cr_test_path(file);
		g_autofree char *got = g_string_free(table, FALSE);
		if (g_getenv("CR_UPDATE_THEMES")) {
			g_assert_true(g_file_set_contents(path, got, -1, NULL));
			continue;
		}
		g_autofree char *want = NULL;
		g_assert_true(g_file_get_contents(path, &want, NULL, NULL));
		g_assert_cmpstr(got, ==, want);
	}
}

/* Reverse and standout look alike on a terminal. */
static gboolean same_look(const CrLook *a, const CrLook *b)
{
	guint8 mask = (guint8) ~(CR_ATTR_STANDOUT);
	guint8 ra = (guint8)((a->attrs & mask) | (a->attrs & CR_ATTR_STANDOUT ? CR_ATTR_REVERSE : 0));
	guint8 rb = (guint8)((b->attrs & mask) | (b->attrs & CR_ATTR_STANDOUT ? CR_ATTR_REVERSE : 0));
	return a->fg == b->fg && a->bg == b->bg && ra == rb;
}

static void assert_apart(const CrTheme *theme, CrDepth depth, CrElement a, guint over_a, CrElement b,
			 guint over_b)
{
	CrLook la, lb;
	cr_theme_look(theme, a, over_a, depth, &la);
	cr_theme_look(theme, b, over_b, depth, &lb);
	if (same_look(&la, &lb)) {
		g_autofree char *text = look_text(&la);
		g_error("theme %s at depth %d: %s (overlays %#x) and %s (overlays %#x) both %s", theme->name,
			depth, cr_elements[a].name, over_a, cr_elements[b].name, over_b, text);
	}
}

/* Meaning never rides on colour alone: at every depth, without colour too,
 * each kind of fact, shared or not, the text, the boilerplate and the
 * cursor line look different. */
static void test_distinctions(void)
{
	guint cursor = CR_OVERLAY_BIT(CR_EL_CURSOR_LINE), current = CR_OVERLAY_BIT(CR_EL_CURRENT);
	guint match = CR_OVERLAY_BIT(CR_EL_SEARCH_MATCH);

	for (guint t = 0; bundled[t]; t++) {
		g_autoptr(CrTheme) theme = load_bundled(bundled[t]);
		for (guint d = 0; d < G_N_ELEMENTS(depths); d++) {
			CrDepth depth = depths[d];
			CrElement facts[2 * CR_FACT_N_KINDS];
			for (int k = 0; k < CR_FACT_N_KINDS; k++) {
				facts[k] = CR_EL_KIND + k;
				facts[CR_FACT_N_KINDS + k] = CR_EL_SHARED + k;
			}
			for (guint i = 0; i < G_N_ELEMENTS(facts); i++) {
				for (guint j = i + 1; j < G_N_ELEMENTS(facts); j++)
					assert_apart(theme, depth, facts[i], 0, facts[j], 0);
				assert_apart(theme, depth, facts[i], 0, CR_EL_TEXT, 0);
				assert_apart(theme, depth, facts[i], 0, CR_EL_BOILERPLATE, 0);
				/* the cursor line is not a fact, and a fact on it is not the line */
				assert_apart(theme, depth, facts[i], 0, CR_EL_TEXT, cursor);
				assert_apart(theme, depth, facts[i], cursor, CR_EL_TEXT, cursor);
				/* the current fact stands out, on the cursor line too */
				assert_apart(theme, depth, facts[i], current, facts[i], 0);
				assert_apart(theme, depth, facts[i], cursor | current, facts[i], cursor);
			}
			assert_apart(theme, depth, CR_EL_TEXT, 0, CR_EL_BOILERPLATE, 0);
			assert_apart(theme, depth, CR_EL_TEXT, 0, CR_EL_TEXT, cursor);
			assert_apart(theme, depth, CR_EL_TEXT, 0, CR_EL_TEXT, match);
			assert_apart(theme, depth, CR_EL_TEXT, cursor, CR_EL_TEXT, cursor | match);
			assert_apart(theme, depth, CR_EL_HEADER, 0, CR_EL_HEADER_FOCUSED, 0);
			assert_apart(theme, depth, CR_EL_HEADER, 0, CR_EL_LACKS_FACT, 0);
			assert_apart(theme, depth, CR_EL_HEADER, 0, CR_EL_TEXT, 0);
			assert_apart(theme, depth, CR_EL_STATUS, 0, CR_EL_STATUS_KEY, 0);
			assert_apart(theme, depth, CR_EL_STATUS, 0, CR_EL_ERROR, 0);
			assert_apart(theme, depth, CR_EL_TEXT, 0, CR_EL_PLACEHOLDER, 0);
			assert_apart(theme, depth, CR_EL_KIND + CR_FACT_QUOTE,
				     CR_OVERLAY_BIT(CR_EL_DIFF_CHANGED), CR_EL_KIND + CR_FACT_QUOTE, 0);
		}
	}
}

/* The colours a theme is made for stand in for the terminal's own. */
static void drawn_rgb(const CrLook *look, gboolean light, guint32 *fg, guint32 *bg)
{
	*fg = cr_color_rgb_of_drawn(look->fg, light ? 0x000000 : 0xd0d0d0);
	*bg = cr_color_rgb_of_drawn(look->bg, light ? 0xffffff : 0x000000);
}

static void assert_contrast(const CrTheme *theme, CrDepth depth, CrElement el, guint overlays, double least)
{
	CrLook look;
	guint32 fg, bg;
	cr_theme_look(theme, el, overlays, depth, &look);
	drawn_rgb(&look, strcmp(theme->name, "light") == 0, &fg, &bg);
	double ratio = cr_color_contrast(fg, bg);
	if (ratio < least)
		g_error("theme %s at depth %d: %s (overlays %#x): #%06x on #%06x is %.2f, under %.1f",
			theme->name, depth, cr_elements[el].name, overlays, fg, bg, ratio, least);
}

/* WCAG contrast from the resolved RGB values, in direct colour and on 256:
 * 4.5 for text, 3 for facts, furniture and lines. */
static void test_contrast(void)
{
	static const CrElement text[] = {
		CR_EL_TEXT,	  CR_EL_PLACEHOLDER, CR_EL_HEADER,	  CR_EL_HEADER_FOCUSED,
		CR_EL_LACKS_FACT, CR_EL_STATUS,	     CR_EL_STATUS_KEY,	  CR_EL_MESSAGE,
		CR_EL_ERROR,	  CR_EL_PROMPT,	     CR_EL_OVERLAY,	  CR_EL_OVERLAY_TITLE,
		CR_EL_HELP_KEY,	  CR_EL_LIST,	     CR_EL_LIST_SELECTED, CR_EL_LIST_TITLE,
	};
	static const CrElement quiet[] = { CR_EL_BOILERPLATE, CR_EL_FILLER, CR_EL_LINE_NUMBER,
					   CR_EL_NOTE_MARKER, CR_EL_SEPARATOR };
	const guint overlays[] = { 0,
				   CR_OVERLAY_BIT(CR_EL_CURSOR_LINE),
				   CR_OVERLAY_BIT(CR_EL_CURRENT),
				   CR_OVERLAY_BIT(CR_EL_CURSOR_LINE) | CR_OVERLAY_BIT(CR_EL_CURRENT),
				   CR_OVERLAY_BIT(CR_EL_SEARCH_MATCH),
				   CR_OVERLAY_BIT(CR_EL_DIFF_CHANGED),
				   CR_OVERLAY_BIT(CR_EL_DIFF_OMITTED),
				   CR_OVERLAY_BIT(CR_EL_DIFF_ADDED) };

	for (guint t = 0; bundled[t]; t++) {
		g_autoptr(CrTheme) theme = load_bundled(bundled[t]);
		for (CrDepth depth = CR_DEPTH_256; depth <= CR_DEPTH_DIRECT; depth++) {
			for (guint i = 0; i < G_N_ELEMENTS(text); i++)
				assert_contrast(theme, depth, text[i], 0, 4.5);
			for (guint o = 0; o < G_N_ELEMENTS(overlays); o++)
				assert_contrast(theme, depth, CR_EL_TEXT, overlays[o], 4.5);
			for (guint i = 0; i < G_N_ELEMENTS(quiet); i++) {
				assert_contrast(theme, depth, quiet[i], 0, 3);
				/* the separator is never on the cursor line */
				if (quiet[i] != CR_EL_SEPARATOR)
					assert_contrast(theme, depth, quiet[i],
							CR_OVERLAY_BIT(CR_EL_CURSOR_LINE), 3);
			}
			for (int k = 0; k < CR_FACT_N_KINDS; k++)
				for (guint o = 0; o < G_N_ELEMENTS(overlays); o++) {
					assert_contrast(theme, depth, CR_EL_KIND + k, overlays[o], 3);
					assert_contrast(theme, depth, CR_EL_SHARED + k, overlays[o], 3);
				}
		}
	}
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
	g_test_add_func("/theme/error/syntax", test_error_syntax);
	g_test_add_func("/theme/error/unknown-keys", test_error_unknown_keys);
	g_test_add_func("/theme/error/duplicate-key", test_error_duplicate_key);
	g_test_add_func("/theme/error/types", test_error_types);
	g_test_add_func("/theme/error/colour-and-attribute", test_error_colour_and_attribute);
	g_test_add_func("/theme/error/unquoted-hash", test_error_unquoted_hash);
	g_test_add_func("/theme/error/palette-name", test_error_palette_name);
	g_test_add_func("/theme/error/inherits", test_error_inherits);
	g_test_add_func("/theme/error/refused-yaml", test_error_refused_yaml);
	g_test_add_func("/theme/error/name", test_error_name);
	g_test_add_func("/theme/error/all-at-once", test_every_error_at_once);
	g_test_add_func("/theme/error/bad-names", test_bad_names);
	g_test_add_func("/theme/inherit/three-lines", test_three_lines);
	g_test_add_func("/theme/inherit/order", test_inheritance_order);
	g_test_add_func("/theme/palette", test_palette);
	g_test_add_func("/theme/overlays", test_overlays);
	g_test_add_func("/theme/bundled/load", test_bundled_load);
	g_test_add_func("/theme/bundled/resolution", test_resolution_table);
	g_test_add_func("/theme/bundled/distinctions", test_distinctions);
	g_test_add_func("/theme/bundled/contrast", test_contrast);
	g_test_add_func("/theme/lookup/order", test_lookup_order);
	g_test_add_func("/theme/lookup/compiled-in", test_compiled_in);
	g_test_add_func("/theme/lookup/choose", test_choose);
	g_test_add_func("/theme/lookup/changed", test_changed);
	g_test_add_func("/theme/config", test_config);
	g_test_add_func("/theme/documented", test_documented);
	return g_test_run();
}

/* Every error a theme can have, one test each, the file, line and column
 * exact. */
#include "theme-lib.h"

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

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
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
	return g_test_run();
}

/* The bundled themes: their resolution at 256, 16, 8 colours and none,
 * every distinction kept at each, and WCAG contrast. */
#include "theme-lib.h"

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

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/theme/bundled/load", test_bundled_load);
	g_test_add_func("/theme/bundled/resolution", test_resolution_table);
	g_test_add_func("/theme/bundled/distinctions", test_distinctions);
	g_test_add_func("/theme/bundled/contrast", test_contrast);
	return g_test_run();
}

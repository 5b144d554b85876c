/* Reading a theme file's tree into a layer, every problem reported where it
 * is, with the nearest valid word as a hint. */
#include "crossread/theme.h"

#include <string.h>

/* Themes are small: a complete one is some 4 KiB. */
const CrYamlLimits cr_theme_yaml_limits = {
	.max_bytes = 64 * 1024,
	.max_scalar = 256,
	.max_depth = 4, /* the file, styles, a style, its attributes */
	.max_nodes = 2000,
};

static const char *const top_keys[] = {
	"name", "description", "inherits", "color", "palette", "styles", NULL
};
static const char *const style_keys[] = { "fg", "bg", "attrs", "mono", NULL };
static const char *const palette_keys[] = { "rgb", "c256", "c16", NULL };

typedef struct {
	CrYamlDiag *diag;
	GHashTable *palette; /* name -> CrColor */
} Parser;

gboolean cr_theme_name_valid(const char *name)
{
	if (!g_ascii_islower(name[0]) && !g_ascii_isdigit(name[0]))
		return FALSE;
	for (const char *p = name; *p; p++)
		if (!g_ascii_islower(*p) && !g_ascii_isdigit(*p) && *p != '-')
			return FALSE;
	return strlen(name) <= 64;
}

/* TRUE when NODE is an empty value that YAML took a '#...' colour for as a
 * comment; says so. */
static gboolean unquoted_hash(Parser *p, const CrYamlNode *node, const char *what)
{
	if (!node->comment_after)
		return FALSE;
	cr_yaml_diag_at(p->diag, node, "%s: '#' starts a comment in YAML: quote the colour (\"#rrggbb\")",
			what);
	return TRUE;
}

/* Every word a colour may be, for hints: the names and the palette's. */
static GPtrArray *colour_words(Parser *p)
{
	GPtrArray *words = g_ptr_array_new();
	for (guint i = 0; cr_color_names[i]; i++)
		g_ptr_array_add(words, (gpointer)cr_color_names[i]);
	g_ptr_array_add(words, (gpointer) "default");
	if (p->palette) {
		GHashTableIter iter;
		gpointer key;
		g_hash_table_iter_init(&iter, p->palette);
		while (g_hash_table_iter_next(&iter, &key, NULL))
			g_ptr_array_add(words, key);
	}
	g_ptr_array_add(words, NULL);
	return words;
}

/* Reports TEXT at NODE as no colour, saying why as nearly as it can. */
static void bad_colour(Parser *p, const CrYamlNode *node, const char *what, const char *text)
{
	if (text[0] == '#') {
		cr_yaml_diag_at(p->diag, node, "%s: '%s' is not a colour: write \"#rrggbb\", six hex digits",
				what, text);
		return;
	}
	if (g_ascii_strncasecmp(text, "color", 5) == 0 && g_ascii_isdigit(text[5])) {
		cr_yaml_diag_at(p->diag, node, "%s: '%s' is not a colour: colour numbers go from 0 to 255",
				what, text);
		return;
	}
	g_autoptr(GPtrArray) words = colour_words(p);
	const char *hint = cr_yaml_nearest(text, (const char *const *)words->pdata);
	const char *why = p->palette ? "not a colour name and not in the palette"
				     : "not a colour name, and the theme has no palette";
	if (hint)
		cr_yaml_diag_at(p->diag, node, "%s: unknown colour '%s': %s (did you mean '%s'?)", what, text,
				why, hint);
	else
		cr_yaml_diag_at(p->diag, node, "%s: unknown colour '%s': %s", what, text, why);
}

/* A colour value of a style: a name, default, colorN, #rrggbb or a palette
 * name. */
static gboolean parse_colour(Parser *p, const CrYamlNode *node, const char *what, CrColor *out)
{
	const char *text;
	if (unquoted_hash(p, node, what) || !cr_yaml_get_string(p->diag, node, what, &text))
		return FALSE;
	const CrColor *named = p->palette ? g_hash_table_lookup(p->palette, text) : NULL;
	if (named) {
		*out = *named;
		return TRUE;
	}
	if (cr_color_parse(text, out))
		return TRUE;
	bad_colour(p, node, what, text);
	return FALSE;
}

/* A set of attributes: a list of names (or one name). */
static gboolean parse_attrs(Parser *p, const CrYamlNode *node, const char *what, guint8 *out)
{
	gboolean ok = TRUE;
	const CrYamlNode *one[] = { node };
	const CrYamlNode *const *items = one;
	guint n = 1;

	if (node->kind == CR_YAML_MAPPING) {
		cr_yaml_diag_at(p->diag, node, "%s must be a list of attributes, as [bold, underline]", what);
		return FALSE;
	}
	if (node->kind == CR_YAML_SEQUENCE) {
		items = (const CrYamlNode *const *)node->items->pdata;
		n = node->items->len;
	} else if (cr_yaml_is_null(node)) {
		n = 0;
	}
	*out = 0;
	for (guint i = 0; i < n; i++) {
		const char *name;
		if (!cr_yaml_get_string(p->diag, items[i], what, &name)) {
			ok = FALSE;
			continue;
		}
		int a = 0;
		while (cr_attr_names[a] && g_ascii_strcasecmp(cr_attr_names[a], name) != 0)
			a++;
		if (cr_attr_names[a]) {
			*out |= (guint8)(1 << a);
			continue;
		}
		const char *hint = cr_yaml_nearest(name, cr_attr_names);
		if (hint)
			cr_yaml_diag_at(p->diag, items[i], "%s: unknown attribute '%s' (did you mean '%s'?)",
					what, name, hint);
		else
			cr_yaml_diag_at(p->diag, items[i], "%s: unknown attribute '%s' (the attributes: %s)",
					what, name, "bold, dim, italic, underline, reverse, standout");
		ok = FALSE;
	}
	return ok;
}

static void parse_style(Parser *p, const char *element, const CrYamlNode *node, CrStyleSpec *spec)
{
	g_autofree char *in = g_strdup_printf("the style of '%s'", element);
	if (!cr_yaml_expect(p->diag, node, CR_YAML_MAPPING, in))
		return;
	cr_yaml_check_keys(p->diag, node, style_keys, in);
	for (guint i = 0; i < cr_yaml_map_len(node); i++) {
		const char *key = cr_yaml_map_key(node, i)->text;
		const CrYamlNode *value = cr_yaml_map_value(node, i);
		g_autofree char *what = g_strdup_printf("%s.%s", element, key ? key : "");
		if (g_strcmp0(key, "fg") == 0 && parse_colour(p, value, what, &spec->fg))
			spec->set |= CR_SET_FG;
		else if (g_strcmp0(key, "bg") == 0 && parse_colour(p, value, what, &spec->bg))
			spec->set |= CR_SET_BG;
		else if (g_strcmp0(key, "attrs") == 0 && parse_attrs(p, value, what, &spec->attrs))
			spec->set |= CR_SET_ATTRS;
		else if (g_strcmp0(key, "mono") == 0 && parse_attrs(p, value, what, &spec->mono))
			spec->set |= CR_SET_MONO;
	}
}

static void parse_styles(Parser *p, const CrYamlNode *node, CrThemeLayer *layer)
{
	const char *element_names[CR_N_ELEMENTS + 1] = { NULL };
	for (int e = 0; e < CR_N_ELEMENTS; e++)
		element_names[e] = cr_elements[e].name;
	if (!cr_yaml_expect(p->diag, node, CR_YAML_MAPPING, "styles"))
		return;
	cr_yaml_check_keys(p->diag, node, element_names, "styles");
	for (guint i = 0; i < cr_yaml_map_len(node); i++) {
		const CrYamlNode *key = cr_yaml_map_key(node, i);
		for (int e = 0; key->text && e < CR_N_ELEMENTS; e++)
			if (strcmp(key->text, cr_elements[e].name) == 0)
				parse_style(p, cr_elements[e].name, cr_yaml_map_value(node, i),
					    &layer->styles[e]);
	}
}

/* The 256- or 16-colour choice of a palette entry: a number (C256) or a
 * colour name (C16), or none. */
static gboolean parse_choice(Parser *p, const CrYamlNode *node, const char *what, gboolean c256, gint16 *out)
{
	const char *text;
	if (!cr_yaml_get_string(p->diag, node, what, &text))
		return FALSE;
	if (strcmp(text, "none") == 0) {
		*out = CR_COLOR_NONE;
		return TRUE;
	}
	if (c256) {
		gint64 n;
		if (!cr_yaml_get_int(p->diag, node, what, 0, 255, &n))
			return FALSE;
		*out = (gint16)n;
		return TRUE;
	}
	for (gint16 i = 0; i < 16; i++)
		if (g_ascii_strcasecmp(text, cr_color_names[i]) == 0) {
			*out = i;
			return TRUE;
		}
	const char *hint = cr_yaml_nearest(text, cr_color_names);
	if (hint)
		cr_yaml_diag_at(p->diag, node,
				"%s: '%s' is not one of the 16 colour names (did you mean '%s'?)", what, text,
				hint);
	else
		cr_yaml_diag_at(p->diag, node, "%s: '%s' is not one of the 16 colour names or none", what,
				text);
	return FALSE;
}

/* A palette entry: a colour, or {rgb: "#rrggbb", c256: N, c16: NAME}. */
static gboolean parse_palette_entry(Parser *p, const char *name, const CrYamlNode *node, CrColor *out)
{
	g_autofree char *what = g_strdup_printf("palette.%s", name);
	if (node->kind != CR_YAML_MAPPING)
		return parse_colour(p, node, what, out);
	cr_yaml_check_keys(p->diag, node, palette_keys, what);
	const CrYamlNode *rgb = cr_yaml_get(node, "rgb");
	const CrYamlNode *c256 = cr_yaml_get(node, "c256"), *c16 = cr_yaml_get(node, "c16");
	g_autofree char *rgb_what = g_strdup_printf("%s.rgb", what);
	g_autofree char *c256_what = g_strdup_printf("%s.c256", what);
	g_autofree char *c16_what = g_strdup_printf("%s.c16", what);
	const char *text;
	gboolean ok = TRUE;

	if (!rgb) {
		cr_yaml_diag_at(p->diag, node, "%s needs rgb: \"#rrggbb\"", what);
		return FALSE;
	}
	if (unquoted_hash(p, rgb, rgb_what) || !cr_yaml_get_string(p->diag, rgb, rgb_what, &text))
		return FALSE;
	if (!cr_color_parse(text, out) || out->kind != CR_COLOR_RGB) {
		cr_yaml_diag_at(p->diag, rgb, "%s: '%s' is not a colour: write \"#rrggbb\", six hex digits",
				rgb_what, text);
		return FALSE;
	}
	if (c256)
		ok &= parse_choice(p, c256, c256_what, TRUE, &out->c256);
	if (c16)
		ok &= parse_choice(p, c16, c16_what, FALSE, &out->c16);
	return ok;
}

static void parse_palette(Parser *p, const CrYamlNode *node)
{
	if (!cr_yaml_expect(p->diag, node, CR_YAML_MAPPING, "palette"))
		return;
	for (guint i = 0; i < cr_yaml_map_len(node); i++) {
		const CrYamlNode *key = cr_yaml_map_key(node, i);
		CrColor colour;
		if (!key->text)
			continue;
		if (!cr_theme_name_valid(key->text)) {
			cr_yaml_diag_at(
			    p->diag, key,
			    "palette: '%s' is not a name for a colour: lower-case letters, digits and '-'",
			    key->text);
			continue;
		}
		if (cr_color_parse(key->text, &colour)) {
			cr_yaml_diag_at(p->diag, key,
					"palette: '%s' is a colour already: choose another name", key->text);
			continue;
		}
		if (parse_palette_entry(p, key->text, cr_yaml_map_value(node, i), &colour))
			g_hash_table_insert(p->palette, key->text, g_memdup2(&colour, sizeof colour));
	}
}

/* A top-level string value into *OUT. */
static void parse_text(Parser *p, const CrYamlNode *node, const char *what, char **out)
{
	const char *text;
	if (cr_yaml_get_string(p->diag, node, what, &text))
		*out = g_strdup(text);
}

gboolean cr_theme_parse(const CrYamlNode *root, const char *name, CrThemeLayer *layer, CrYamlDiag *diag)
{
	Parser p = { .diag = diag };

	*layer = (CrThemeLayer){ .color = -1 };
	if (!root) {
		/* nothing but comments; or a problem the reader reported */
		if (cr_yaml_diag_ok(diag))
			cr_yaml_diag_add(diag, 1, 1,
					 "the theme is empty: it is a mapping (name:, styles:, ...)");
		return FALSE;
	}
	if (!cr_yaml_expect(diag, root, CR_YAML_MAPPING, "a theme"))
		return FALSE;
	cr_yaml_check_keys(diag, root, top_keys, "a theme");
	const CrYamlNode *node;
	if ((node = cr_yaml_get(root, "name"))) {
		parse_text(&p, node, "name", &layer->name);
		if (layer->name && name && strcmp(layer->name, name) != 0)
			cr_yaml_diag_at(
			    diag, node,
			    "name: '%s' is not the file's name, '%s': a theme is known by its file",
			    layer->name, name);
	}
	if (!layer->name && name)
		layer->name = g_strdup(name);
	if ((node = cr_yaml_get(root, "description")))
		parse_text(&p, node, "description", &layer->description);
	if ((node = cr_yaml_get(root, "inherits"))) {
		parse_text(&p, node, "inherits", &layer->inherits);
		layer->inherits_line = node->line;
		layer->inherits_column = node->column;
		if (layer->inherits && !cr_theme_name_valid(layer->inherits)) {
			cr_yaml_diag_at(diag, node,
					"inherits: '%s' is not a theme's name (as default or light)",
					layer->inherits);
			g_clear_pointer(&layer->inherits, g_free);
		}
	}
	gboolean color;
	if ((node = cr_yaml_get(root, "color")) && cr_yaml_get_bool(diag, node, "color", &color))
		layer->color = color;
	if ((node = cr_yaml_get(root, "palette"))) {
		p.palette = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
		parse_palette(&p, node);
	}
	if ((node = cr_yaml_get(root, "styles")))
		parse_styles(&p, node, layer);
	if (p.palette)
		g_hash_table_unref(p.palette);
	return cr_yaml_diag_ok(diag);
}

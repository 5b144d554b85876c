/* Resolved themes: the element tree, a layer put over what a theme inherits,
 * and the look of a cell at a colour depth. */
#include "crossread/theme.h"

#define E(el, n, p, w) [el] = { n, p, w }
const CrElementInfo cr_elements[CR_N_ELEMENTS] = {
	E(CR_EL_TEXT, "text", -1, "the reports' text"),
	E(CR_EL_BOILERPLATE, "boilerplate", CR_EL_TEXT, "page furniture: share buttons, cookie notices"),
	E(CR_EL_FILLER, "filler", CR_EL_BOILERPLATE, "filler rows where a report has less to say"),
	E(CR_EL_PLACEHOLDER, "placeholder", CR_EL_TEXT, "a control character shown inert (^[, <U+202E>)"),
	E(CR_EL_FACT, "fact", CR_EL_TEXT, "any fact"),
	E(CR_EL_KIND + CR_FACT_DATE, "date", CR_EL_FACT, "a date or time only this report has"),
	E(CR_EL_KIND + CR_FACT_PERSON, "person", CR_EL_FACT, "a person only this report names"),
	E(CR_EL_KIND + CR_FACT_ORG, "org", CR_EL_FACT, "an organisation only this report names"),
	E(CR_EL_KIND + CR_FACT_PLACE, "place", CR_EL_FACT, "a place only this report names"),
	E(CR_EL_KIND + CR_FACT_QUOTE, "quote", CR_EL_FACT, "a quotation only this report has"),
	E(CR_EL_KIND + CR_FACT_NUMBER, "number", CR_EL_FACT, "a number or amount only this report has"),
	E(CR_EL_SHARED + CR_FACT_DATE, "shared-date", CR_EL_KIND + CR_FACT_DATE,
	  "a date other reports share"),
	E(CR_EL_SHARED + CR_FACT_PERSON, "shared-person", CR_EL_KIND + CR_FACT_PERSON,
	  "a person other reports name"),
	E(CR_EL_SHARED + CR_FACT_ORG, "shared-org", CR_EL_KIND + CR_FACT_ORG,
	  "an organisation other reports name"),
	E(CR_EL_SHARED + CR_FACT_PLACE, "shared-place", CR_EL_KIND + CR_FACT_PLACE,
	  "a place other reports name"),
	E(CR_EL_SHARED + CR_FACT_QUOTE, "shared-quote", CR_EL_KIND + CR_FACT_QUOTE,
	  "a quotation other reports share"),
	E(CR_EL_SHARED + CR_FACT_NUMBER, "shared-number", CR_EL_KIND + CR_FACT_NUMBER,
	  "a number other reports share"),
	E(CR_EL_LINE_NUMBER, "line-number", CR_EL_BOILERPLATE, "a line number in a pane's gutter"),
	E(CR_EL_NOTE_MARKER, "note-marker", CR_EL_LINE_NUMBER, "a note's mark in the gutter"),
	E(CR_EL_HEADER, "header", CR_EL_TEXT, "a pane's header line"),
	E(CR_EL_HEADER_FOCUSED, "header-focused", CR_EL_HEADER, "the focused pane's header"),
	E(CR_EL_LACKS_FACT, "lacks-fact", CR_EL_HEADER, "\"lacks this fact\" in a header"),
	E(CR_EL_SEPARATOR, "separator", CR_EL_TEXT, "the line between panes"),
	E(CR_EL_STATUS, "status", CR_EL_TEXT, "the status line"),
	E(CR_EL_STATUS_KEY, "status-key", CR_EL_STATUS, "a key named in the status line"),
	E(CR_EL_MESSAGE, "message", CR_EL_STATUS, "a message in the status line"),
	E(CR_EL_ERROR, "error", CR_EL_MESSAGE, "an error in the status line"),
	E(CR_EL_PROMPT, "prompt", CR_EL_STATUS, "what is typed on the bottom line (a search)"),
	E(CR_EL_OVERLAY, "overlay", CR_EL_TEXT, "the help and coverage screens"),
	E(CR_EL_OVERLAY_TITLE, "overlay-title", CR_EL_OVERLAY, "their title"),
	E(CR_EL_HELP_KEY, "help-key", CR_EL_OVERLAY, "a key's name in the help"),
	E(CR_EL_LIST, "list", CR_EL_OVERLAY, "a list screen (facts, notes)"),
	E(CR_EL_LIST_SELECTED, "list-selected", CR_EL_LIST, "the selected line of a list"),
	E(CR_EL_LIST_TITLE, "list-title", CR_EL_OVERLAY_TITLE, "a list's title"),
	E(CR_EL_CURSOR_LINE, "cursor-line", -1, "over the cursor line"),
	E(CR_EL_DIFF_CHANGED, "diff-changed", -1, "over a word other wordings lack (coverage)"),
	E(CR_EL_DIFF_OMITTED, "diff-omitted", CR_EL_DIFF_CHANGED, "over words a wording leaves out"),
	E(CR_EL_DIFF_ADDED, "diff-added", CR_EL_DIFF_CHANGED, "over words only one wording adds"),
	E(CR_EL_SEARCH_MATCH, "search-match", -1, "over a search match"),
	E(CR_EL_CURRENT, "current", -1, "over the current fact"),
	E(CR_EL_COUNTERPART, "counterpart", CR_EL_CURRENT, "over the current fact in the other panes"),
};
#undef E

const char *const cr_attr_names[CR_N_ATTRS + 1] = {
	"bold", "dim", "italic", "underline", "reverse", "standout", NULL,
};

void cr_theme_layer_clear(CrThemeLayer *layer)
{
	g_clear_pointer(&layer->name, g_free);
	g_clear_pointer(&layer->description, g_free);
	g_clear_pointer(&layer->inherits, g_free);
}

static void source_clear(gpointer data)
{
	g_free(((CrThemeSource *)data)->path);
}

static GArray *sources_new(void)
{
	GArray *sources = g_array_new(FALSE, TRUE, sizeof(CrThemeSource));
	g_array_set_clear_func(sources, source_clear);
	return sources;
}

CrTheme *cr_theme_new_root(void)
{
	CrTheme *theme = g_new0(CrTheme, 1);
	theme->name = g_strdup("");
	theme->description = g_strdup("");
	theme->color = TRUE;
	theme->sources = sources_new();
	return theme;
}

CrTheme *cr_theme_copy(const CrTheme *theme)
{
	CrTheme *copy = g_memdup2(theme, sizeof *theme);
	copy->name = g_strdup(theme->name);
	copy->description = g_strdup(theme->description);
	copy->file = g_strdup(theme->file);
	copy->sources = sources_new();
	for (guint i = 0; i < theme->sources->len; i++) {
		CrThemeSource source = g_array_index(theme->sources, CrThemeSource, i);
		source.path = g_strdup(source.path);
		g_array_append_val(copy->sources, source);
	}
	return copy;
}

void cr_theme_free(CrTheme *theme)
{
	if (!theme)
		return;
	g_free(theme->name);
	g_free(theme->description);
	g_free(theme->file);
	g_array_unref(theme->sources);
	g_free(theme);
}

void cr_theme_apply(CrTheme *theme, const CrThemeLayer *layer)
{
	static const guint8 fields[] = { CR_SET_FG, CR_SET_BG, CR_SET_ATTRS, CR_SET_MONO };
	/* per element, the fields the layer gives to it or to an ancestor */
	guint8 given[CR_N_ELEMENTS] = { 0 };

	for (int e = 0; e < CR_N_ELEMENTS; e++) {
		const CrStyleSpec *own = &layer->styles[e];
		CrStyleSpec *out = &theme->styles[e];
		int parent = cr_elements[e].parent;
		for (guint f = 0; f < G_N_ELEMENTS(fields); f++) {
			guint8 field = fields[f];
			const CrStyleSpec *from = own->set & field ? own
						  : parent >= 0 && (given[parent] & field)
						      ? &theme->styles[parent]
						      : NULL;
			if (!from)
				continue;
			given[e] |= field;
			if (field == CR_SET_FG)
				out->fg = from->fg;
			else if (field == CR_SET_BG)
				out->bg = from->bg;
			else if (field == CR_SET_ATTRS)
				out->attrs = from->attrs;
			else
				out->mono = from->mono;
		}
	}
	if (layer->name) {
		g_free(theme->name);
		theme->name = g_strdup(layer->name);
	}
	if (layer->description) {
		g_free(theme->description);
		theme->description = g_strdup(layer->description);
	}
	if (layer->color >= 0)
		theme->color = layer->color;
}

/* The look of element EL alone at DEPTH; colours an overlay leaves unset
 * are CR_DRAWN_NONE there, and so (UNSET) are reported to the caller. */
static void element_look(const CrTheme *theme, int el, CrDepth depth, CrLook *look, gboolean *fg_set,
			 gboolean *bg_set)
{
	const CrStyleSpec *spec = &theme->styles[el];
	gboolean bright = FALSE, bright_bg = FALSE;
	gboolean colour = theme->color && depth != CR_DEPTH_MONO;
	int fg = colour ? cr_color_drawn(&spec->fg, depth, &bright) : CR_DRAWN_DEFAULT;
	int bg = colour ? cr_color_drawn(&spec->bg, depth, &bright_bg) : CR_DRAWN_DEFAULT;

	*fg_set = colour && spec->fg.kind != CR_COLOR_UNSET;
	*bg_set = colour && spec->bg.kind != CR_COLOR_UNSET;
	if (!colour || fg == CR_DRAWN_NONE || bg == CR_DRAWN_NONE) {
		/* no colour here: the attributes that stand in for it */
		look->fg = look->bg = CR_DRAWN_DEFAULT;
		look->attrs = spec->mono;
		*fg_set = *bg_set = FALSE;
		return;
	}
	look->fg = fg;
	look->bg = bg;
	look->attrs = spec->attrs | (bright ? CR_ATTR_BOLD : 0);
}

void cr_theme_look(const CrTheme *theme, CrElement base, guint overlays, CrDepth depth, CrLook *look)
{
	gboolean fg_set, bg_set;
	CrLook page;

	/* the page: what the cursor line's background replaces */
	element_look(theme, CR_EL_TEXT, depth, &page, &fg_set, &bg_set);
	element_look(theme, base, depth, look, &fg_set, &bg_set);
	for (int el = CR_N_BASE_ELEMENTS; el < CR_N_ELEMENTS; el++) {
		if (!(overlays & CR_OVERLAY_BIT(el)))
			continue;
		CrLook over;
		element_look(theme, el, depth, &over, &fg_set, &bg_set);
		if (fg_set)
			look->fg = over.fg;
		if (bg_set && !(el == CR_EL_CURSOR_LINE && look->bg != page.bg))
			look->bg = over.bg;
		look->attrs ^= over.attrs & CR_ATTR_REVERSE;
		look->attrs |= over.attrs & ~CR_ATTR_REVERSE;
	}
}

/* Appends the SGR parameters of colour C; BACKGROUND adds 10. */
static void append_sgr_color(GString *out, int c, gboolean background)
{
	int base = background ? 40 : 30;
	if (c == CR_DRAWN_DEFAULT || c == CR_DRAWN_NONE)
		return;
	if (CR_DRAWN_IS_RGB(c))
		g_string_append_printf(out, ";%d;2;%d;%d;%d", base + 8, (c >> 16) & 0xff, (c >> 8) & 0xff,
				       c & 0xff);
	else if (c < 8)
		g_string_append_printf(out, ";%d", base + c);
	else if (c < 16)
		g_string_append_printf(out, ";%d", base + 60 + c - 8);
	else
		g_string_append_printf(out, ";%d;5;%d", base + 8, c);
}

char *cr_look_sgr(const CrLook *look)
{
	static const int attr_sgr[CR_N_ATTRS] = { 1, 2, 3, 4, 7, 7 };
	GString *out = g_string_new("\033[0");
	guint8 attrs = look->attrs;

	if ((attrs & CR_ATTR_STANDOUT) && (attrs & CR_ATTR_REVERSE))
		attrs &= (guint8)~CR_ATTR_STANDOUT;
	for (int a = 0; a < CR_N_ATTRS; a++)
		if (attrs & (1 << a))
			g_string_append_printf(out, ";%d", attr_sgr[a]);
	append_sgr_color(out, look->fg, FALSE);
	append_sgr_color(out, look->bg, TRUE);
	g_string_append_c(out, 'm');
	return g_string_free(out, FALSE);
}

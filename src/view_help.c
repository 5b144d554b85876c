/* The help, drawn over the panes: a legend of the colours in the theme on
 * screen, then the keys from the keymap. t in it goes to the next theme. */
#include "crossread/view_help.h"

#include <string.h>

#include "crossread/view_draw.h"
#include "crossread/view_list.h"

/* The help's lines, shown from NAV->top. */
static gpointer help_open(CrView *view)
{
	(void)view;
	return g_new0(CrListNav, 1);
}

static guint help_height(const CrView *view)
{
	return (guint)MAX(view->lines - 2, 1);
}

/* One sample of the colour legend: a label drawn as the theme draws STYLE
 * with MARKS. */
typedef struct {
	const char *label;
	guint8 style, marks;
} Sample;

#define LEGEND_SAMPLES 6
#define FACT(kind)     CR_STYLE_FACT + CR_FACT_##kind
/* The legend's lines after its title; a blank line follows them. */
static const Sample legend[][LEGEND_SAMPLES] = {
	{ { "date", FACT(DATE), 0 },
	  { "shared date", FACT(DATE), CR_MARK_SHARED },
	  { "person", FACT(PERSON), 0 },
	  { "shared person", FACT(PERSON), CR_MARK_SHARED },
	  { "org", FACT(ORG), 0 },
	  { "shared org", FACT(ORG), CR_MARK_SHARED } },
	{ { "place", FACT(PLACE), 0 },
	  { "shared place", FACT(PLACE), CR_MARK_SHARED },
	  { "quote", FACT(QUOTE), 0 },
	  { "shared quote", FACT(QUOTE), CR_MARK_SHARED },
	  { "number", FACT(NUMBER), 0 },
	  { "shared number", FACT(NUMBER), CR_MARK_SHARED } },
	{ { "text", CR_STYLE_TEXT, 0 },
	  { "boilerplate", CR_STYLE_BOILERPLATE, 0 },
	  { "cursor line", CR_STYLE_TEXT, CR_MARK_CURSOR },
	  { "current fact", FACT(QUOTE), CR_MARK_SHARED | CR_MARK_CURRENT },
	  { "search match", CR_STYLE_TEXT, CR_MARK_MATCH },
	  { NULL, 0, 0 } },
	{ { "coverage (c), words against the focused report's:", CR_STYLE_OVERLAY, 0 },
	  { "changed", CR_STYLE_TEXT, CR_MARK_DIFF },
	  { "[omitted]", CR_STYLE_TEXT, CR_MARK_DIFF_OMITTED },
	  { "added", CR_STYLE_TEXT, CR_MARK_DIFF_ADDED },
	  { NULL, 0, 0 } },
};
#undef FACT
#define LEGEND_TITLE "What the colours mean (t: the next theme)"
#define LEGEND_LINES (1 + G_N_ELEMENTS(legend) + 1)

/* The help's lines: the legend's, then one a key. */
static guint help_length(void)
{
	g_auto(GStrv) keys = cr_keymap_help_lines();
	return LEGEND_LINES + g_strv_length(keys);
}

/* Line I of the legend on row Y. */
static void render_legend_line(CrFrame *frame, guint i, int y)
{
	CrPen pen = cr_pen(frame, y, 1, frame->cols);
	if (i == 0) {
		cr_pen_text(&pen, LEGEND_TITLE, -1, CR_STYLE_TITLE, 0);
		return;
	}
	if (i > G_N_ELEMENTS(legend))
		return;
	for (guint s = 0; s < LEGEND_SAMPLES && legend[i - 1][s].label; s++) {
		const Sample *sample = &legend[i - 1][s];
		if (s > 0)
			cr_pen_text(&pen, "  ", -1, CR_STYLE_OVERLAY, 0);
		cr_pen_text(&pen, sample->label, -1, sample->style, sample->marks);
	}
}

static void help_render(const CrView *view, gconstpointer state, CrFrame *frame)
{
	const CrListNav *nav = state;
	g_auto(GStrv) keys = cr_keymap_help_lines();
	guint n = LEGEND_LINES + g_strv_length(keys), shown = (guint)MAX(frame->lines - 2, 0);

	cr_draw_title(frame, "crossread keys");
	for (guint i = 0; i < shown && nav->top + i < n; i++) {
		guint at = nav->top + i;
		if (at < LEGEND_LINES) {
			render_legend_line(frame, at, 1 + (int)i);
			continue;
		}
		const char *line = keys[at - LEGEND_LINES];
		const char *gap = strstr(line, "  ");
		gssize label = gap ? gap - line : 0;
		CrPen pen = cr_pen(frame, 1 + (int)i, 1, frame->cols);
		cr_pen_text(&pen, line, label, CR_STYLE_KEY, 0);
		cr_pen_text(&pen, line + label, -1, CR_STYLE_OVERLAY, 0);
	}
	/* a message (the theme t went to) shows here too */
	const char *hint = n > shown ? "j k Space b scroll, t next theme" : "t next theme";
	cr_draw_status(frame, view->message ? view->message : hint, cr_message_style(view),
		       "any other key closes");
}

static gboolean help_key(CrView *view, gpointer state, int key)
{
	if (cr_keymap_action(key) == CR_ACT_THEME) {
		/* the legend shows the next theme at once */
		view->next_theme = TRUE;
		return TRUE;
	}
	return cr_list_nav_key(state, key, help_length(), help_height(view), FALSE);
}

const CrOverlayOps cr_overlay_help = {
	.action = CR_ACT_HELP,
	.open = help_open,
	.render = help_render,
	.key = help_key,
	.free = g_free,
};

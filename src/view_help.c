/* The key help, drawn over the panes from the keymap. */
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

static void help_render(const CrView *view, gconstpointer state, CrFrame *frame)
{
	const CrListNav *nav = state;
	g_auto(GStrv) lines = cr_keymap_help_lines();
	guint n = g_strv_length(lines), shown = help_height(view);

	cr_draw_title(frame, "crossread keys");
	for (guint i = 0; i < shown && nav->top + i < n; i++) {
		const char *line = lines[nav->top + i];
		const char *gap = strstr(line, "  ");
		gssize label = gap ? gap - line : 0;
		CrPen pen = cr_pen(frame, 1 + (int)i, 1, frame->cols);
		cr_pen_text(&pen, line, label, CR_STYLE_KEY, 0);
		cr_pen_text(&pen, line + label, -1, CR_STYLE_TEXT, 0);
	}
	cr_draw_status(frame, n > shown ? "j k Space b scroll" : "", "any other key closes");
}

static gboolean help_key(CrView *view, gpointer state, int key)
{
	g_auto(GStrv) lines = cr_keymap_help_lines();
	return cr_list_nav_key(state, key, g_strv_length(lines), help_height(view), FALSE);
}

const CrOverlayOps cr_overlay_help = {
	.action = CR_ACT_HELP,
	.open = help_open,
	.render = help_render,
	.key = help_key,
	.free = g_free,
};

/* The key help, drawn over the panes from the keymap. */
#include "crossread/view_help.h"

#include <string.h>

#include "crossread/view_draw.h"

typedef struct {
	guint top; /* the first help line shown */
} Help;

static gpointer help_open(CrView *view)
{
	(void)view;
	return g_new0(Help, 1);
}

static void help_render(const CrView *view, gconstpointer state, CrFrame *frame)
{
	const Help *help = state;
	g_auto(GStrv) lines = cr_keymap_help_lines();
	guint n = g_strv_length(lines), shown = (guint)MAX(frame->lines - 2, 0);

	(void)view;
	cr_draw_title(frame, "crossread keys");
	for (guint i = 0; i < shown && help->top + i < n; i++) {
		const char *line = lines[help->top + i];
		const char *gap = strstr(line, "  ");
		gssize label = gap ? gap - line : 0;
		CrPen pen = cr_pen(frame, 1 + (int)i, 1, frame->cols);
		cr_pen_text(&pen, line, label, CR_STYLE_KEY, 0);
		cr_pen_text(&pen, line + label, -1, CR_STYLE_TEXT, 0);
	}
	cr_draw_status(frame, n > shown ? "j k Space b scroll" : "", "any other key closes");
}

/* The help's scroll position after moving it by DELTA lines. */
static void help_scroll(const CrView *view, Help *help, long delta)
{
	g_auto(GStrv) lines = cr_keymap_help_lines();
	long shown = MAX(view->lines - 2, 1), len = (long)g_strv_length(lines);
	help->top = (guint)CLAMP((long)help->top + delta, 0, MAX(len - shown, 0));
}

static gboolean help_key(CrView *view, gpointer state, int key)
{
	long page = MAX(view->lines - 3, 1);
	switch (cr_keymap_action(key)) {
	case CR_ACT_LINE_DOWN:
		help_scroll(view, state, 1);
		return TRUE;
	case CR_ACT_LINE_UP:
		help_scroll(view, state, -1);
		return TRUE;
	case CR_ACT_PAGE_DOWN:
		help_scroll(view, state, page);
		return TRUE;
	case CR_ACT_PAGE_UP:
		help_scroll(view, state, -page);
		return TRUE;
	default:
		return FALSE;
	}
}

const CrOverlayOps cr_overlay_help = {
	.action = CR_ACT_HELP,
	.open = help_open,
	.render = help_render,
	.key = help_key,
	.free = g_free,
};

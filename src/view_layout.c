/* Pane placement: equal shares of the screen, the remainder to the first. */
#include "crossread/view_layout.h"

/* Splits TOTAL (after N - 1 separators of GAP) into N shares of at least
 * MIN; FALSE when they do not fit. */
static gboolean split(int total, guint n, int gap, int min, int *starts, int *sizes)
{
	int room = total - gap * ((int)n - 1);
	if (n == 0 || room < min * (int)n)
		return FALSE;
	int at = 0;
	for (guint i = 0; i < n; i++) {
		sizes[i] = room / (int)n + ((int)i < room % (int)n ? 1 : 0);
		starts[i] = at;
		at += sizes[i] + gap;
	}
	return TRUE;
}

/* Places the N panes in ARRANGEMENT; FALSE when they do not fit. */
static gboolean place(int cols, int lines, guint n, CrLayout arrangement, CrRect *rects)
{
	int starts[CR_LAYOUT_MAX_PANES], sizes[CR_LAYOUT_MAX_PANES];

	if (arrangement == CR_LAYOUT_SIDE) {
		if (lines < CR_MIN_PANE_HEIGHT || !split(cols, n, 1, CR_MIN_PANE_WIDTH, starts, sizes))
			return FALSE;
		for (guint i = 0; i < n; i++)
			rects[i] = (CrRect){ .y = 0, .x = starts[i], .width = sizes[i], .height = lines };
		return TRUE;
	}
	if (cols < CR_MIN_PANE_WIDTH || !split(lines, n, 0, CR_MIN_PANE_HEIGHT, starts, sizes))
		return FALSE;
	for (guint i = 0; i < n; i++)
		rects[i] = (CrRect){ .y = starts[i], .x = 0, .width = cols, .height = sizes[i] };
	return TRUE;
}

gboolean cr_layout_panes(int cols, int lines, guint n, CrLayout preferred, CrLayout *used, CrRect *rects)
{
	CrLayout other = preferred == CR_LAYOUT_SIDE ? CR_LAYOUT_STACKED : CR_LAYOUT_SIDE;

	if (n == 0 || n > CR_LAYOUT_MAX_PANES)
		return FALSE;
	if (place(cols, lines, n, preferred, rects)) {
		*used = preferred;
		return TRUE;
	}
	if (place(cols, lines, n, other, rects)) {
		*used = other;
		return TRUE;
	}
	return FALSE;
}

/* Moving through a list with the reader's motion keys. */
#include "crossread/view_list.h"

#include "crossread/view_keys.h"

void cr_list_nav_clamp(CrListNav *nav, guint n, guint height)
{
	height = MAX(height, 1);
	nav->selected = n ? MIN(nav->selected, n - 1) : 0;
	nav->top = MIN(nav->top, n > height ? n - height : 0);
	if (nav->selected < nav->top)
		nav->top = nav->selected;
	else if (nav->selected >= nav->top + height)
		nav->top = nav->selected - height + 1;
}

gboolean cr_list_nav_key(CrListNav *nav, int key, guint n, guint height, gboolean select)
{
	long page = MAX((long)height - 1, 1), half = MAX((long)height / 2, 1), delta;

	switch (cr_keymap_action(key)) {
	case CR_ACT_LINE_DOWN:
		delta = 1;
		break;
	case CR_ACT_LINE_UP:
		delta = -1;
		break;
	case CR_ACT_PAGE_DOWN:
		delta = page;
		break;
	case CR_ACT_PAGE_UP:
		delta = -page;
		break;
	case CR_ACT_HALF_DOWN:
		delta = half;
		break;
	case CR_ACT_HALF_UP:
		delta = -half;
		break;
	case CR_ACT_TOP:
		delta = -(long)n;
		break;
	case CR_ACT_BOTTOM:
		delta = n;
		break;
	default:
		return FALSE;
	}
	if (select) {
		nav->selected = (guint)CLAMP((long)nav->selected + delta, 0, MAX((long)n - 1, 0));
	} else {
		nav->top = (guint)CLAMP((long)nav->top + delta, 0, MAX((long)n - (long)height, 0));
		nav->selected = nav->top;
	}
	cr_list_nav_clamp(nav, n, height);
	return TRUE;
}

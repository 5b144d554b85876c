/* A list on screen: the row selected and the first row shown, moved by
 * the reader's motion keys. The overlays that show lists or pages of lines
 * (the help, the reports, the facts list) move through one. A leaf. */
#pragma once

#include <glib.h>

typedef struct {
	guint top;	/* the first row shown */
	guint selected; /* the row selected, in lists that select one */
} CrListNav;

/* Applies KEY's motion (j k Down Up, Space PgDn b PgUp, d u, g Home, G
 * End) to a list of N rows of which HEIGHT are shown: moves the selection,
 * scrolling to keep it in view, when SELECT; else scrolls. FALSE when KEY
 * is not a motion. */
gboolean cr_list_nav_key(CrListNav *nav, int key, guint n, guint height, gboolean select);

/* Keeps NAV inside a list of N rows and its selection among the HEIGHT
 * rows shown. */
void cr_list_nav_clamp(CrListNav *nav, guint n, guint height);

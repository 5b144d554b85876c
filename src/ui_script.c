/* Key scripts: the notation the screen tests and the benchmark type in. */
#include "crossread/ui_session.h"

#include <string.h>

#include <curses.h>

#include "crossread/view_keys.h"

static const struct {
	const char *name;
	gboolean is_code;
	int value;
} named_keys[] = {
	{ "Down", TRUE, KEY_DOWN },    { "Up", TRUE, KEY_UP },	    { "Left", TRUE, KEY_LEFT },
	{ "Right", TRUE, KEY_RIGHT },  { "PgDn", TRUE, KEY_NPAGE }, { "PgUp", TRUE, KEY_PPAGE },
	{ "Home", TRUE, KEY_HOME },    { "End", TRUE, KEY_END },    { "S-Tab", TRUE, KEY_BTAB },
	{ "BS", TRUE, KEY_BACKSPACE }, { "Tab", FALSE, '\t' },	    { "Enter", FALSE, '\r' },
	{ "Esc", FALSE, 0x1b },	       { "lt", FALSE, '<' },	    { "F1", TRUE, KEY_F(1) },
};

/* Resizes the screen as a terminal resize does: curses first, then the
 * KEY_RESIZE the reader sees. */
static void resize(CrUiSession *session, int cols, int lines)
{
	resizeterm(lines, cols);
	cr_ui_session_input(session, TRUE, KEY_RESIZE);
}

/* Turns the wheel over cell (Y, X) as the terminal would report it. */
static void wheel(CrUiSession *session, int y, int x, gboolean down)
{
	MEVENT event = { .y = y, .x = x, .bstate = down ? BUTTON5_PRESSED : BUTTON4_PRESSED };
	ungetmouse(&event);
	cr_ui_session_input(session, TRUE, KEY_MOUSE);
}

/* Plays the <...> key NAME; FALSE when it is not one. */
static gboolean play_named(CrUiSession *session, const char *name)
{
	int a, b;
	char c;
	if (sscanf(name, "resize %dx%d", &a, &b) == 2) {
		resize(session, a, b);
		return TRUE;
	}
	if (sscanf(name, "wheel-down %d %d", &a, &b) == 2 || sscanf(name, "wheel-up %d %d", &a, &b) == 2) {
		wheel(session, a, b, g_str_has_prefix(name, "wheel-down"));
		return TRUE;
	}
	if (sscanf(name, "C-%c", &c) == 1 && strlen(name) == 3) {
		cr_ui_session_input(session, FALSE, c & 0x1f);
		return TRUE;
	}
	if (sscanf(name, "A-%c", &c) == 1 && strlen(name) == 3) {
		cr_ui_session_input(session, FALSE, CR_KEY_ALT | c);
		return TRUE;
	}
	for (guint i = 0; i < G_N_ELEMENTS(named_keys); i++)
		if (strcmp(name, named_keys[i].name) == 0) {
			cr_ui_session_input(session, named_keys[i].is_code, named_keys[i].value);
			return TRUE;
		}
	return FALSE;
}

/* After a key, as the reader's loop does: the search run to its end, the
 * analysis looked at, the screen drawn. */
static void settle(CrUiSession *session)
{
	cr_ui_session_work(session, 0);
	cr_ui_session_poll(session, FALSE);
	cr_ui_session_draw(session);
}

void cr_ui_session_play(CrUiSession *session, const char *script)
{
	for (const char *p = script; *p && !cr_ui_session_done(session); p = g_utf8_next_char(p)) {
		const char *close = *p == '<' ? strchr(p, '>') : NULL;
		if (close) {
			g_autofree char *name = g_strndup(p + 1, (gsize)(close - p - 1));
			if (play_named(session, name)) {
				p = close;
				settle(session);
				continue;
			}
		}
		cr_ui_session_input(session, FALSE, (int)g_utf8_get_char(p));
		settle(session);
	}
}

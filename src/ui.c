/* The full-screen reader: the terminal, the key loop and the one way out. */
#include "crossread/ui.h"

#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <curses.h>

#include "crossread/cell.h"
#include "crossread/notes_store.h"
#include "crossread/ui_session.h"
#include "crossread/ui_term.h"
#include "crossread/view_notes.h"

/* How long a wait for a key lasts before the loop looks for a signal that
 * arrived just before the wait began. */
#define SIGNAL_POLL_MS 500

/* Waits for a key that ended without one, in a row, before the terminal
 * counts as gone. */
#define GONE_AFTER 2

/* TRUE when a wait for a key that ended without one ended because the
 * terminal is gone: hung up, closed or in error (a read there gives no
 * key and returns at once). */
static gboolean terminal_gone(FILE *keys)
{
	struct pollfd p = { .fd = fileno(keys), .events = POLLIN };
	return poll(&p, 1, 0) == 1 && (p.revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL));
}

gboolean cr_ui_run(CrEngine *engine, const char *notes_file, GError **error)
{
	/* a report read from standard input leaves the keys to the terminal */
	FILE *keys = isatty(STDIN_FILENO) ? stdin : fopen("/dev/tty", "r");
	if (!keys) {
		g_set_error(error, CR_ERROR, CR_ERROR_USAGE,
			    "no terminal to read keys from; "
			    "'crossread --dump FILE...' prints the reports instead");
		return FALSE;
	}
	/* caught before curses starts, so that curses keeps its hands off them */
	cr_term_catch_signals();
	CrUiSession *session = cr_ui_session_new(engine, g_getenv("TERM"), stdout, keys, error);
	if (!session) {
		cr_term_release_signals();
		if (keys != stdin)
			fclose(keys);
		return FALSE;
	}
	CrView *view = cr_ui_session_view(session);
	g_autofree char *notes_dir = cr_note_store_default_dir();
	cr_view_open_notes(view, notes_dir, notes_file);
	wtimeout(stdscr, SIGNAL_POLL_MS);
	cr_ui_session_draw(session);
	for (guint gone = 0; !cr_ui_session_done(session) && !cr_term_caught_signal() && gone < GONE_AFTER;) {
		wint_t value;
		int status = wget_wch(stdscr, &value);
		if (status == ERR) {
			gone = terminal_gone(keys) ? gone + 1 : 0;
			continue;
		}
		gone = 0;
		cr_ui_session_input(session, status == KEY_CODE_YES, (int)value);
		cr_ui_session_draw(session);
	}
	int sig = cr_term_caught_signal();
	/* Every exit (q, a signal, the terminal gone) passes here with the
	 * reader still whole: the note being typed is saved as a draft and
	 * every notes file saved before the terminal is put back. */
	g_autoptr(GError) notes_error = NULL;
	gboolean notes_saved = cr_view_notes_finish(view, &notes_error);
	cr_ui_session_free(session);
	if (!notes_saved) {
		g_autofree char *why = cr_cell_sanitize(notes_error->message, -1);
		fprintf(stderr, "crossread: notes NOT saved: %s\n", why);
	}
	cr_term_release_signals();
	if (keys != stdin)
		fclose(keys);
	if (sig)
		raise(sig);
	return TRUE;
}

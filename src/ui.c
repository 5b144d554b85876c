/* The full-screen reader: the terminal, the key loop and the one way out. */
#include "crossread/ui.h"

#include <signal.h>
#include <unistd.h>

#include <curses.h>

#include "crossread/ui_session.h"
#include "crossread/ui_term.h"

/* How long a wait for a key lasts before the loop looks for a signal that
 * arrived just before the wait began. */
#define SIGNAL_POLL_MS 500

gboolean cr_ui_run(CrEngine *engine, const CrUiOptions *options, GError **error)
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
	CrUiSession *session = cr_ui_session_new(engine, g_getenv("TERM"), stdout, keys, options, error);
	if (!session) {
		cr_term_release_signals();
		if (keys != stdin)
			fclose(keys);
		return FALSE;
	}
	wtimeout(stdscr, SIGNAL_POLL_MS);
	cr_ui_session_draw(session);
	while (!cr_ui_session_done(session) && !cr_term_caught_signal()) {
		wint_t value;
		int status = wget_wch(stdscr, &value);
		if (status == ERR)
			continue;
		cr_ui_session_input(session, status == KEY_CODE_YES, (int)value);
		cr_ui_session_draw(session);
	}
	int sig = cr_term_caught_signal();
	/* Every exit, q or a signal, passes here with the reader still whole:
	 * the place to save what must outlive it (notes) before the terminal
	 * is put back. */
	cr_ui_session_free(session);
	cr_term_release_signals();
	if (keys != stdin)
		fclose(keys);
	if (sig)
		raise(sig);
	return TRUE;
}

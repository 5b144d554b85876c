/* The full-screen reader: the terminal, the key loop and the one way out. */
#include "crossread/ui.h"

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

/* While the engine's analysis runs: how often the loop looks at its
 * progress (and takes it in once it is done). */
#define ANALYSIS_POLL_MS 100

/* While a search runs: how long one slice of it may take before the loop
 * looks at the keys again, and how often its progress is drawn. */
#define WORK_SLICE_US	 (10 * 1000)
#define PROGRESS_DRAW_US (100 * 1000)

/* Goes on with the search under way for one slice; draws its progress
 * now and then, and the result at its end. */
static void work_slice(CrUiSession *session, gint64 *drawn_at)
{
	gint64 now = g_get_monotonic_time();
	cr_ui_session_work(session, now + WORK_SLICE_US);
	if (!cr_ui_session_busy(session) || now - *drawn_at >= PROGRESS_DRAW_US) {
		cr_ui_session_draw(session);
		*drawn_at = now;
	}
}

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
	CrView *view = cr_ui_session_view(session);
	g_autofree char *notes_dir = cr_note_store_default_dir();
	set_escdelay(cr_term_escape_delay(options->escape_delay_ms));
	/* the first screen first; then what can wait: the rest of the wrapping,
	 * the engine's analysis (on a thread of its own) and the notes (a
	 * SHA-256 of every report) */
	cr_ui_session_draw(session);
	cr_view_wrap_rest(view);
	cr_ui_session_align(session, NULL, NULL);
	cr_view_open_notes(view, notes_dir, options->notes_file);
	cr_ui_session_draw(session);
	gint64 drawn_at = 0;
	gboolean gone = FALSE;
	while (!cr_ui_session_done(session) && !cr_term_caught_signal()) {
		gboolean busy = cr_ui_session_busy(session), key = FALSE;
		wint_t value;
		wtimeout(stdscr, busy				   ? 0
				 : cr_ui_session_aligning(session) ? ANALYSIS_POLL_MS
								   : SIGNAL_POLL_MS);
		int status = wget_wch(stdscr, &value);
		if (status != ERR) {
			cr_ui_session_input(session, status == KEY_CODE_YES, (int)value);
			key = TRUE;
		} else if (cr_term_gone(fileno(keys))) {
			/* the user is gone (and SIGHUP ignored, or not sent): no
			 * key will ever come, so waiting for one would spin */
			gone = TRUE;
			break;
		} else if (busy) {
			work_slice(session, &drawn_at);
		}
		if (cr_ui_session_poll(session, FALSE) || key)
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
	if (gone)
		g_set_error(error, CR_ERROR, CR_ERROR_IO, "the terminal went away (hung up or closed)");
	return !gone;
}

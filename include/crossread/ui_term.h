/* The terminal under curses: starting it without ever aborting, putting it
 * back on every way out, and the signals that end the reader. */
#pragma once

#include <stdio.h>

#include <glib.h>

typedef struct {
	void *screen; /* the curses SCREEN */
} CrTerm;

/* Starts curses with newterm on OUT and IN as terminal type TYPE, in the
 * modes the reader needs. Fails (nothing written to OUT) for no, an unknown
 * or a dumb terminal type, with a message suggesting --dump. */
gboolean cr_term_open(CrTerm *term, const char *type, FILE *out, FILE *in, GError **error);

/* Puts the terminal back as it was (endwin) and frees curses' screen; safe
 * to call twice. */
void cr_term_close(CrTerm *term);

/* Catches SIGTERM, SIGHUP, SIGINT and SIGQUIT (those not ignored already):
 * each interrupts the wait for a key and is reported by
 * cr_term_caught_signal() so that the reader ends through its one exit
 * path. Ctrl-Z and resizes stay with curses (SIGTSTP, SIGWINCH). */
void cr_term_catch_signals(void);

/* The signal caught since cr_term_catch_signals(), or 0. */
int cr_term_caught_signal(void);

/* Gives the caught signals back the actions they had before. */
void cr_term_release_signals(void);

/* The terminal under curses: starting it without ever aborting, putting it
 * back on every way out, and the signals that end the reader. */
#pragma once

#include <stdio.h>

#include <glib.h>

typedef struct {
	void *screen;		/* the curses SCREEN */
	FILE *out;		/* where it draws */
	const char *fallback;	/* the terminal type used instead of TYPE, or NULL */
	gboolean clear_on_exit; /* no alternate screen to leave: clear the screen */
} CrTerm;

/* Starts curses with newterm on OUT and IN as terminal type TYPE, in the
 * modes the reader needs, at the size the terminal reports (COLUMNS and
 * LINES count only where it reports none). A TYPE with no terminfo entry
 * here that names an xterm-like terminal (xterm-*, kitty, foot, wezterm,
 * ghostty, alacritty...) is drawn as xterm-256color, else xterm, and
 * term->fallback says which. Fails (nothing written to OUT) for no, another
 * unknown or a dumb terminal type, with a message suggesting --dump. */
gboolean cr_term_open(CrTerm *term, const char *type, FILE *out, FILE *in, GError **error);

/* Puts the terminal back as it was (endwin), the screen cleared where there
 * was no alternate screen to leave, and frees curses' screen; safe to call
 * twice. */
void cr_term_close(CrTerm *term);

/* How long, in milliseconds, Esc waits for the rest of a key's sequence:
 * ESCDELAY from the environment when it is a number up to 10000, else
 * CONFIGURED when it is not negative, else 25 on a local terminal and 200
 * over SSH (SSH_CONNECTION, SSH_CLIENT or SSH_TTY set), where the bytes of
 * one key can arrive apart. */
int cr_term_escape_delay(int configured);

/* TRUE when the terminal on FD is gone: hung up, closed, at end of input
 * or in error. Call it when a read for a key came back empty. */
gboolean cr_term_gone(int fd);

/* Catches SIGTERM, SIGHUP, SIGINT and SIGQUIT (those not ignored already):
 * each interrupts the wait for a key and is reported by
 * cr_term_caught_signal() so that the reader ends through its one exit
 * path. Ctrl-Z and resizes stay with curses (SIGTSTP, SIGWINCH). */
void cr_term_catch_signals(void);

/* The signal caught since cr_term_catch_signals(), or 0. */
int cr_term_caught_signal(void);

/* Gives the caught signals back the actions they had before. */
void cr_term_release_signals(void);

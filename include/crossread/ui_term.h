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
	gboolean sgr_mouse;	/* SGR mouse reports asked for here, decoded by cr_term_sgr_mouse() */
	gboolean scrolls_rows;	/* can move a band of full rows up or down (see cr_term_open) */
} CrTerm;

/* The key code curses returns for the start ("\033[<") of an SGR mouse
 * report it does not decode itself (above every KEY_* of curses). */
#define CR_TERM_KEY_SGR_MOUSE 01777

/* Starts curses with newterm on OUT and IN as terminal type TYPE, in the
 * modes the reader needs, at the size the terminal reports (COLUMNS and
 * LINES count only where it reports none). A TYPE with no terminfo entry
 * here that names an xterm-like terminal (xterm-*, kitty, foot, wezterm,
 * ghostty, alacritty...) is drawn as xterm-256color, else xterm, and
 * term->fallback says which. Fails (nothing written to OUT) for no, another
 * unknown or a dumb terminal type, with a message suggesting --dump.
 * term->scrolls_rows says whether the terminal can scroll a band of rows
 * (in a scroll region), as curses does when it finds rows moved. */
gboolean cr_term_open(CrTerm *term, const char *type, FILE *out, FILE *in, GError **error);

/* Mouse reports on (for the wheel) or off. Where the terminfo entry has
 * ncurses decode the old X10 reports (tmux-256color, screen: they cannot
 * tell a column past 223), the SGR (1006) encoding is asked for as well,
 * and its reports come as CR_TERM_KEY_SGR_MOUSE and the rest of the report
 * as characters; a terminal that does not know 1006 goes on with X10, which
 * curses decodes. */
void cr_term_set_mouse(CrTerm *term, gboolean on);

/* Reads an SGR mouse report's parameters ("65;120;5M": button, column and
 * row from 1, press or release) into *BUTTON (modifier bits removed), *X
 * and *Y (from 0); FALSE when it is not one. */
gboolean cr_term_sgr_mouse(const char *params, int *button, int *x, int *y);

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

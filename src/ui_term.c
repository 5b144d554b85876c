/* Terminal discipline: newterm (never initscr, which exits on a bad TERM),
 * endwin on every exit path, signals turned into an orderly exit. */
#include "crossread/ui_term.h"

#include <curses.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <term.h>

#include "crossread/doc.h"

/* A key's bytes arrive together on a local terminal; over SSH a delay
 * between two packets can split them, and a split arrow key would act as
 * Esc, '[' and a letter. 200 ms covers the jitter of most links (vim's
 * ttimeoutlen is 100 ms, tmux's escape-time was 500 ms) while Esc alone
 * still answers within a blink. */
#define LOCAL_ESCAPE_DELAY_MS 25
#define SSH_ESCAPE_DELAY_MS   200
#define MAX_ESCAPE_DELAY_MS   10000

/* Terminal types many servers have no terminfo entry for, whose terminals
 * all speak xterm's language: drawn as xterm-256color (or xterm) there.
 * A type matches when it is one of these or starts with one and a '-'. */
static const char *const xterm_alikes[] = {
	"xterm", "kitty", "foot",  "wezterm", "ghostty", "alacritty", "contour", "rio",	       "konsole",
	"gnome", "vte",	  "iterm", "iterm2",  "mintty",	 "putty",     "tilix",	 "terminator",
};
static const char *const xterm_fallbacks[] = { "xterm-256color", "xterm" };

/* Cursor keys as a terminal sends them when it is not in the application
 * mode curses asks for (some ignore it, or lose it on the way): known too,
 * where terminfo has them in the other form only. */
static const struct {
	const char *sequence;
	int key;
} normal_mode_keys[] = {
	{ "\033[A", KEY_UP },	{ "\033[B", KEY_DOWN }, { "\033[C", KEY_RIGHT },
	{ "\033[D", KEY_LEFT }, { "\033[H", KEY_HOME }, { "\033[F", KEY_END },
};

static const int ending_signals[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT };
static struct sigaction saved_actions[G_N_ELEMENTS(ending_signals)];
static volatile sig_atomic_t caught_signal;

static gboolean fail(GError **error, const char *why)
{
	g_set_error(error, CR_ERROR, CR_ERROR_USAGE,
		    "%s; 'crossread --dump FILE...' prints the reports side by side instead", why);
	return FALSE;
}

/* TRUE when the terminfo string capability NAME is there (and not empty). */
static gboolean has_string(const char *name)
{
	const char *value = tigetstr(name);
	return value != NULL && value != (char *)-1 && *value;
}

typedef enum { TYPE_MISSING, TYPE_UNUSABLE, TYPE_USABLE } TypeFit;

/* TRUE when the terminal can scroll a band of rows both ways in a scroll
 * region, as curses does when it finds rows moved. (Where there is no
 * scroll region, curses could delete and insert lines instead with idlok;
 * under TERM=ansi in tmux that left the screen other than curses thought
 * after scrolling back up, so the reader does not ask for it.) */
static gboolean scrolls_rows(void)
{
	return has_string("csr") && (has_string("ind") || has_string("indn")) &&
	       (has_string("ri") || has_string("rin"));
}

/* Whether terminal type TYPE has a terminfo entry here that can move the
 * cursor anywhere (curses can draw a full screen on it). Reads the entry
 * without touching the terminal. */
static TypeFit type_fit(const char *type, int fd)
{
	int status = 0;
	TERMINAL *saved = cur_term;
	if (setupterm(type, fd, &status) != OK)
		return status == 0 ? TYPE_MISSING : TYPE_UNUSABLE;
	gboolean ok = has_string("cup") && !generic_type && !hard_copy;
	del_curterm(cur_term);
	set_curterm(saved);
	return ok ? TYPE_USABLE : TYPE_UNUSABLE;
}

/* The type to draw TYPE (which has no entry here) as, or NULL. */
static const char *fallback_for(const char *type, int fd)
{
	gboolean alike = FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(xterm_alikes); i++) {
		gsize n = strlen(xterm_alikes[i]);
		alike |=
		    g_ascii_strncasecmp(type, xterm_alikes[i], n) == 0 && (type[n] == '\0' || type[n] == '-');
	}
	for (guint i = 0; alike && i < G_N_ELEMENTS(xterm_fallbacks); i++)
		if (type_fit(xterm_fallbacks[i], fd) == TYPE_USABLE)
			return xterm_fallbacks[i];
	return NULL;
}

/* TRUE when the terminal on FD reports a size of its own. */
static gboolean reports_size(int fd)
{
	struct winsize size;
	return ioctl(fd, TIOCGWINSZ, &size) == 0 && size.ws_row > 0 && size.ws_col > 0;
}

gboolean cr_term_open(CrTerm *term, const char *type, FILE *out, FILE *in, GError **error)
{
	*term = (CrTerm){ .out = out };
	if (!type || !*type)
		return fail(error, "TERM is not set, so the full-screen reader cannot start");
	TypeFit fit = type_fit(type, fileno(out));
	term->fallback = fit == TYPE_MISSING ? fallback_for(type, fileno(out)) : NULL;
	if (fit != TYPE_USABLE && !term->fallback) {
		g_autofree char *why =
		    g_strdup_printf("the terminal type '%s' cannot show the full-screen reader", type);
		return fail(error, why);
	}
	fflush(out);
	/* COLUMNS and LINES (often stale, or set for another window) must not
	 * outrank the size the terminal reports, nor stop its resizes; ncurses
	 * reads them at every resize, so they go where there is a real size */
	if (reports_size(fileno(out))) {
		g_unsetenv("COLUMNS");
		g_unsetenv("LINES");
	}
	SCREEN *screen = newterm(term->fallback ? term->fallback : type, out, in);
	if (!screen) {
		g_autofree char *why = g_strdup_printf("cannot start the terminal of type '%s'", type);
		return fail(error, why);
	}
	term->screen = screen;
	set_term(screen);
	term->clear_on_exit = !has_string("smcup");
	term->scrolls_rows = scrolls_rows();
	/* ncurses 6.4 flushes the terminal after every cursor movement until
	 * the screen has once been through endwin (it counts as not yet
	 * running): some 25 writes per refresh instead of one. One endwin
	 * before anything is drawn puts it in its running state. */
	endwin();
	cbreak();
	noecho();
	nonl();
	intrflush(stdscr, FALSE);
	keypad(stdscr, TRUE);
	for (guint i = 0; i < G_N_ELEMENTS(normal_mode_keys); i++)
		if (key_defined(normal_mode_keys[i].sequence) == 0)
			define_key(normal_mode_keys[i].sequence, normal_mode_keys[i].key);
	curs_set(0);
	set_escdelay(cr_term_escape_delay(-1));
	mouseinterval(0);
	cr_term_set_mouse(term, TRUE);
	return TRUE;
}

/* TRUE when terminfo string capability NAME holds TEXT. */
static gboolean capability_has(const char *name, const char *text)
{
	const char *value = tigetstr(name);
	return value && value != (char *)-1 && strstr(value, text);
}

void cr_term_set_mouse(CrTerm *term, gboolean on)
{
	/* ncurses decodes SGR reports itself when XM asks for mode 1006 */
	gboolean sgr_here = on && capability_has("kmous", "[M") && !capability_has("XM", "1006");

	mousemask(on ? BUTTON4_PRESSED | BUTTON5_PRESSED : 0, NULL);
	if (sgr_here != term->sgr_mouse) {
		fflush(term->out);
		fputs(sgr_here ? "\033[?1006h" : "\033[?1006l", term->out);
		fflush(term->out);
		define_key("\033[<", sgr_here ? CR_TERM_KEY_SGR_MOUSE : 0);
		term->sgr_mouse = sgr_here;
	}
}

gboolean cr_term_sgr_mouse(const char *params, int *button, int *x, int *y)
{
	char end = 0;
	int n = 0;
	if (sscanf(params, "%d;%d;%d%c%n", button, x, y, &end, &n) != 4 || (end != 'M' && end != 'm') ||
	    params[n] != '\0' || *x < 1 || *y < 1)
		return FALSE;
	*button &= ~(4 | 8 | 16); /* Shift, Meta, Control */
	(*x)--;
	(*y)--;
	return TRUE;
}

/* Writes one character for tputs to the terminal being closed. */
static FILE *closing_out;
static int put_closing(int c)
{
	return putc(c, closing_out);
}

void cr_term_close(CrTerm *term)
{
	if (!term->screen)
		return;
	set_term(term->screen);
	endwin();
	if (term->sgr_mouse) {
		fputs("\033[?1006l", term->out);
		fflush(term->out);
	}
	if (term->clear_on_exit && has_string("clear")) {
		/* the last frame would stay, the shell's prompt over its status line */
		closing_out = term->out;
		tputs(tigetstr("clear"), LINES, put_closing);
		fflush(term->out);
	}
	delscreen(term->screen);
	term->screen = NULL;
}

int cr_term_escape_delay(int configured)
{
	const char *env = g_getenv("ESCDELAY");
	guint64 ms;

	if (env && g_ascii_string_to_unsigned(env, 10, 0, MAX_ESCAPE_DELAY_MS, &ms, NULL))
		return (int)ms;
	if (configured >= 0)
		return MIN(configured, MAX_ESCAPE_DELAY_MS);
	const char *ssh[] = { "SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY" };
	for (guint i = 0; i < G_N_ELEMENTS(ssh); i++)
		if (g_getenv(ssh[i]) && *g_getenv(ssh[i]))
			return SSH_ESCAPE_DELAY_MS;
	return LOCAL_ESCAPE_DELAY_MS;
}

gboolean cr_term_gone(int fd)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };
	int waiting = 0;

	if (poll(&p, 1, 0) < 0)
		return FALSE;
	if (p.revents & (POLLHUP | POLLERR | POLLNVAL))
		return TRUE;
	/* readable with nothing to read: end of input */
	return (p.revents & POLLIN) && ioctl(fd, FIONREAD, &waiting) == 0 && waiting == 0;
}

static void on_ending_signal(int sig)
{
	caught_signal = sig;
}

void cr_term_catch_signals(void)
{
	struct sigaction action = { .sa_handler = on_ending_signal };
	sigemptyset(&action.sa_mask);
	caught_signal = 0;
	/* no SA_RESTART: the signal interrupts the wait for a key; a signal
	 * ignored when the reader started (nohup, a background job) stays so */
	for (guint i = 0; i < G_N_ELEMENTS(ending_signals); i++) {
		sigaction(ending_signals[i], NULL, &saved_actions[i]);
		if (saved_actions[i].sa_handler != SIG_IGN)
			sigaction(ending_signals[i], &action, NULL);
	}
}

int cr_term_caught_signal(void)
{
	return caught_signal;
}

void cr_term_release_signals(void)
{
	for (guint i = 0; i < G_N_ELEMENTS(ending_signals); i++)
		sigaction(ending_signals[i], &saved_actions[i], NULL);
}

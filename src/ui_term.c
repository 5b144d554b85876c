/* Terminal discipline: newterm (never initscr, which exits on a bad TERM),
 * endwin on every exit path, signals turned into an orderly exit. */
#include "crossread/ui_term.h"

#include <curses.h>
#include <signal.h>
#include <string.h>
#include <term.h>

#include "crossread/doc.h"

#define ESCAPE_DELAY_MS 25

static const int ending_signals[] = { SIGTERM, SIGHUP, SIGINT, SIGQUIT };
static struct sigaction saved_actions[G_N_ELEMENTS(ending_signals)];
static volatile sig_atomic_t caught_signal;

static gboolean fail(GError **error, const char *why)
{
	g_set_error(error, CR_ERROR, CR_ERROR_USAGE,
		    "%s; 'crossread --dump FILE...' prints the reports side by side instead", why);
	return FALSE;
}

/* TRUE when terminal type TYPE can move the cursor anywhere: curses can
 * draw a full screen on it. Reads the terminfo entry without touching the
 * terminal. */
static gboolean type_can_address(const char *type, int fd)
{
	int status = 0;
	TERMINAL *saved = cur_term;
	if (setupterm(type, fd, &status) != OK)
		return FALSE;
	const char *cup = tigetstr("cup");
	gboolean ok = cup != NULL && cup != (char *)-1 && !generic_type && !hard_copy;
	del_curterm(cur_term);
	set_curterm(saved);
	return ok;
}

gboolean cr_term_open(CrTerm *term, const char *type, FILE *out, FILE *in, GError **error)
{
	*term = (CrTerm){ .out = out };
	if (!type || !*type)
		return fail(error, "TERM is not set, so the full-screen reader cannot start");
	if (!type_can_address(type, fileno(out))) {
		g_autofree char *why =
		    g_strdup_printf("the terminal type '%s' cannot show the full-screen reader", type);
		return fail(error, why);
	}
	fflush(out);
	SCREEN *screen = newterm(type, out, in);
	if (!screen) {
		g_autofree char *why = g_strdup_printf("cannot start the terminal of type '%s'", type);
		return fail(error, why);
	}
	term->screen = screen;
	set_term(screen);
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
	curs_set(0);
	set_escdelay(ESCAPE_DELAY_MS);
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
	delscreen(term->screen);
	term->screen = NULL;
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

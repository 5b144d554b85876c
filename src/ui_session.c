/* A reader session on a curses screen: keys in, frames out, and only the
 * cells that changed handed to curses, which sends the terminal the least
 * it can. */
#include "crossread/ui_session.h"

#include <string.h>
#include <wchar.h>

#include <curses.h>

#include "crossread/cell.h"
#include "crossread/engine_job.h"
#include "crossread/ui_style.h"
#include "crossread/ui_term.h"
#include "crossread/view_keys.h"
#include "crossread/view_ready.h"

#define UNKNOWN_STYLE 0xff
/* How long the rest of an SGR mouse report may take to come, per byte. */
#define SGR_WAIT_MS 50

struct CrUiSession {
	CrTerm term;
	FILE *out; /* the terminal curses draws on */
	CrEngine *engine;
	CrEngineJob *job; /* the engine's analysis under way, or NULL */
	CrView *view;
	CrFrame *frame; /* drawn by the view */
	CrFrame *shown; /* what curses was last given */
	CrUiStyles styles;
	CrTheme *theme;
	CrThemeSearch *own_search; /* when the options gave none */
	const CrThemeSearch *search;
	int theme_index; /* the theme t last went to, among cr_theme_names(); -1 */
	CrDepth depth;	 /* the terminal's colours, once started */
	gboolean colors_started;
	char *notice; /* for the status line after the key being handled */
	gboolean notice_is_error;
	gboolean ascii; /* the locale is not UTF-8 */
	gboolean cursor_shown;
	guint tops[CR_MAX_DOCUMENTS]; /* each pane's first row when last drawn */
	cchar_t *run;		      /* cells of one row on their way to curses */
	/* printable ASCII as curses cells, per style and set of marks: made
	 * when first drawn (setcchar is much of the cost of a redraw) */
	cchar_t *ascii_cells[CR_N_STYLES][CR_N_MARK_SETS];
};

#define ASCII_FIRST 0x20
#define ASCII_COUNT (0x7f - ASCII_FIRST)

/* Forgets the curses cells made for printable ASCII. */
static void forget_ascii_cells(CrUiSession *session)
{
	for (guint st = 0; st < CR_N_STYLES; st++)
		for (guint m = 0; m < CR_N_MARK_SETS; m++)
			g_clear_pointer(&session->ascii_cells[st][m], g_free);
}

/* Draws with THEME (taken) from now on, every cell sent again. */
static void use_theme(CrUiSession *session, CrTheme *theme)
{
	cr_theme_free(session->theme);
	session->theme = theme;
	if (theme->color && !session->colors_started) {
		session->depth = cr_ui_start_colors(TRUE);
		session->colors_started = TRUE;
	}
	cr_ui_styles_set(&session->styles, theme, session->depth);
	forget_ascii_cells(session);
	cr_frame_reset(session->shown, 0, 0);
	session->view->redraw_all = TRUE;
}

/* The theme a session without one starts with: default, or mono under
 * NO_COLOR. */
static CrTheme *first_theme(const CrThemeSearch *search)
{
	const char *no_color = g_getenv("NO_COLOR");
	gboolean named;
	const char *name = cr_theme_choose(NULL, NULL, NULL, no_color && *no_color, &named);
	CrTheme *theme = cr_theme_load(search, name, NULL);
	return theme ? theme : cr_theme_builtin_default();
}

CrUiSession *cr_ui_session_new(CrEngine *engine, const char *type, FILE *out, FILE *in,
			       const CrUiOptions *options, GError **error)
{
	static const char *const no_dirs[] = { NULL };
	CrUiSession *session = g_new0(CrUiSession, 1);
	const CrConfig *config = options ? options->config : NULL;

	if (!cr_term_open(&session->term, type, out, in, error)) {
		g_free(session);
		return NULL;
	}
	session->out = out;
	if ((options && options->no_mouse) || (config && config->mouse == FALSE))
		cr_term_set_mouse(&session->term, FALSE);
	session->search = options && options->search
			      ? options->search
			      : (session->own_search = cr_theme_search_new_for(no_dirs));
	session->theme_index = -1;
	session->ascii = !g_get_charset(NULL);
	session->engine = engine;
	session->view = cr_view_new(engine, COLS, LINES);
	if (config)
		cr_view_configure(session->view, config->sync, config->stacked, config->hide_boilerplate);
	if (session->term.fallback) {
		g_autofree char *note = g_strdup_printf("drawn as %s (no terminfo entry for TERM=%s here)",
							session->term.fallback, type);
		cr_view_message(session->view, "%s", note);
	}
	session->frame = cr_frame_new(0, 0);
	session->shown = cr_frame_new(0, 0);
	use_theme(session,
		  options && options->theme ? cr_theme_copy(options->theme) : first_theme(session->search));
	session->view->redraw_all = FALSE;
	return session;
}

/* Says MESSAGE on the status line once the key being handled is done. */
static void notify(CrUiSession *session, gboolean is_error, char *message)
{
	g_free(session->notice);
	session->notice = message;
	session->notice_is_error = is_error;
}

/* The first problem of a theme's ERROR, and how many more there are. */
static char *theme_problem(const GError *error)
{
	g_auto(GStrv) lines = g_strsplit(error->message, "\n", -1);
	guint n = g_strv_length(lines);
	if (n <= 1)
		return g_strdup(error->message);
	return g_strdup_printf("%s (and %u more: crossread --check-theme)", lines[0], n - 1);
}

/* Reads the theme again when one of its files changed; a broken one is
 * reported and the theme stays as it was. */
static void reload_theme(CrUiSession *session)
{
	if (!cr_theme_changed(session->theme))
		return;
	g_autoptr(GError) error = NULL;
	const char *arg = session->theme->file ? session->theme->file : session->theme->name;
	CrTheme *theme = cr_theme_load(session->search, arg, &error);
	if (!theme) {
		cr_theme_note_sources(session->theme);
		notify(session, TRUE, theme_problem(error));
		return;
	}
	notify(session, FALSE, g_strdup_printf("theme %s read again", theme->name));
	use_theme(session, theme);
}

/* t: the theme after the one t last went to (or after the one drawn). */
static void next_theme(CrUiSession *session)
{
	g_autoptr(GPtrArray) names = cr_theme_names(session->search);
	if (session->theme_index < 0)
		for (guint i = 0; i < names->len; i++)
			if (strcmp(g_ptr_array_index(names, i), session->theme->name) == 0)
				session->theme_index = (int)i;
	session->theme_index = (session->theme_index + 1) % (int)names->len;
	const char *name = g_ptr_array_index(names, session->theme_index);
	g_autoptr(GError) error = NULL;
	CrTheme *theme = cr_theme_load(session->search, name, &error);
	if (!theme) {
		notify(session, TRUE, theme_problem(error));
		return;
	}
	notify(session, FALSE, g_strdup_printf("theme %s: %s", theme->name, theme->description));
	use_theme(session, theme);
}

void cr_ui_session_free(CrUiSession *session)
{
	if (!session)
		return;
	/* the analysis stops while the terminal is put back */
	if (session->job)
		cr_engine_job_cancel(session->job);
	cr_term_close(&session->term);
	cr_engine_job_free(session->job);
	cr_view_free(session->view);
	cr_frame_free(session->frame);
	cr_frame_free(session->shown);
	g_free(session->run);
	forget_ascii_cells(session);
	cr_theme_free(session->theme);
	cr_theme_search_free(session->own_search);
	g_free(session->notice);
	g_free(session);
}

CrView *cr_ui_session_view(CrUiSession *session)
{
	return session->view;
}

const CrTheme *cr_ui_session_theme(const CrUiSession *session)
{
	return session->theme;
}

CrDepth cr_ui_session_depth(const CrUiSession *session)
{
	return session->colors_started ? session->depth : CR_DEPTH_MONO;
}

gboolean cr_ui_session_done(const CrUiSession *session)
{
	return session->view->quit;
}

gboolean cr_ui_session_busy(const CrUiSession *session)
{
	return cr_view_busy(session->view);
}

void cr_ui_session_align(CrUiSession *session, CrProgressHook hook, gpointer hook_data)
{
	if (session->engine->pending && !session->job)
		session->job = cr_engine_job_start(session->engine, hook, hook_data);
}

gboolean cr_ui_session_aligning(const CrUiSession *session)
{
	return session->job != NULL;
}

gboolean cr_ui_session_poll(CrUiSession *session, gboolean wait)
{
	if (!session->job)
		return FALSE;
	if (!wait && !cr_engine_job_done(session->job))
		return cr_view_progress(session->view, cr_engine_job_percent(session->job));
	gboolean complete = cr_engine_job_complete(g_steal_pointer(&session->job), session->engine);
	if (complete)
		cr_view_aligned(session->view);
	return complete;
}

void cr_ui_session_work(CrUiSession *session, gint64 deadline)
{
	CrSearchBudget budget = { .deadline = deadline };
	cr_view_work(session->view, deadline ? &budget : NULL);
}

/* The reader's key for a curses key code; CR_KEY_OTHER for codes it does
 * not use (F1, Insert...). */
static int key_from_code(int code)
{
	static const int codes[][2] = {
		{ KEY_UP, CR_KEY_UP },
		{ KEY_DOWN, CR_KEY_DOWN },
		{ KEY_LEFT, CR_KEY_LEFT },
		{ KEY_RIGHT, CR_KEY_RIGHT },
		{ KEY_PPAGE, CR_KEY_PAGE_UP },
		{ KEY_NPAGE, CR_KEY_PAGE_DOWN },
		{ KEY_HOME, CR_KEY_HOME },
		{ KEY_END, CR_KEY_END },
		{ KEY_BTAB, CR_KEY_BACKTAB },
		{ KEY_ENTER, CR_KEY_ENTER },
		{ KEY_BACKSPACE, CR_KEY_BACKSPACE },
	};
	for (guint i = 0; i < G_N_ELEMENTS(codes); i++)
		if (codes[i][0] == code)
			return codes[i][1];
	return CR_KEY_OTHER;
}

/* Reads the characters that come with a key already in curses' queue: none
 * waited for, or up to WAIT_MS for each. Returns the next, or -1. */
static int queued_char(int wait_ms)
{
	int saved = wgetdelay(stdscr);
	wint_t c;
	wtimeout(stdscr, wait_ms);
	int status = wget_wch(stdscr, &c);
	wtimeout(stdscr, saved);
	if (status == KEY_CODE_YES)
		ungetch((int)c);
	return status == OK ? (int)c : -1;
}

/* The rest of an SGR mouse report, after its "\033[<": a wheel turned
 * over a cell scrolls the pane there. */
static void sgr_mouse(CrUiSession *session)
{
	char params[32];
	gsize n = 0;
	int c, button, x, y;
	do {
		c = queued_char(SGR_WAIT_MS);
		if (c < 0)
			return;
		params[n++] = (char)c;
	} while (c != 'M' && c != 'm' && n + 1 < sizeof params);
	params[n] = '\0';
	if (cr_term_sgr_mouse(params, &button, &x, &y) && (button == 64 || button == 65) &&
	    params[n - 1] == 'M')
		cr_view_wheel(session->view, y, x, button == 64 ? -1 : 1);
}

/* Hands one input to the view. */
static void view_input(CrUiSession *session, gboolean is_code, int value)
{
	if (is_code && value == KEY_RESIZE) {
		cr_view_resize(session->view, COLS, LINES);
		return;
	}
	if (is_code && value == KEY_MOUSE) {
		MEVENT event;
		if (getmouse(&event) == OK && (event.bstate & (BUTTON4_PRESSED | BUTTON5_PRESSED)))
			cr_view_wheel(session->view, event.y, event.x,
				      event.bstate & BUTTON4_PRESSED ? -1 : 1);
		return;
	}
	if (is_code && value == CR_TERM_KEY_SGR_MOUSE) {
		sgr_mouse(session);
		return;
	}
	int key = is_code ? key_from_code(value) : value;
	/* Alt with a digit (the only Alt keys): Esc and the digit together,
	 * already waiting; Esc then any other key typed fast stays two keys */
	if (!is_code && key == CR_KEY_ESC) {
		int next = queued_char(0);
		if (next >= '1' && next <= '9')
			key = CR_KEY_ALT | next;
		else if (next >= 0)
			unget_wch((wchar_t)next);
	}
	cr_view_key(session->view, key);
}

void cr_ui_session_input(CrUiSession *session, gboolean is_code, int value)
{
	CrView *view = session->view;

	reload_theme(session);
	view_input(session, is_code, value);
	if (view->next_theme) {
		view->next_theme = FALSE;
		next_theme(session);
	}
	if (session->notice) {
		if (session->notice_is_error)
			cr_view_error(view, "%s", session->notice);
		else
			cr_view_message(view, "%s", session->notice);
		g_clear_pointer(&session->notice, g_free);
	}
}

/* What to draw in one column for a character the terminal cannot show as
 * the frame has it (the frame's own ellipsis, when the locale is not
 * UTF-8): its one-character stand-in, '.' for the ellipsis, else '?'. */
static wchar_t ascii_for(gunichar c)
{
	char buf[CR_CELL_ASCII_MAX];
	const char *form = c == 0x2026 ? "." : cr_cell_ascii_form(c, buf);
	return form && form[0] && !form[1] ? (wchar_t)form[0] : '?';
}

/* Puts the cell into OUT as curses cells (two for a wide character that
 * must be shown as two ASCII ones); returns how many. */
static int cell_to_curses(CrUiSession *session, const CrFrameCell *cell, cchar_t *out)
{
	wchar_t chars[CCHARW_MAX + 1] = { 0 };
	attr_t attr;
	short pair;
	const char *p = cell->text;
	int n = 1;

	cr_ui_style(&session->styles, cell->style, cell->marks, &attr, &pair);
	if ((guchar)p[0] >= ASCII_FIRST && (guchar)p[0] < ASCII_FIRST + ASCII_COUNT && p[1] == '\0') {
		/* plain ASCII, the most of any screen */
		cchar_t **cells = &session->ascii_cells[cell->style][cell->marks];
		if (!*cells) {
			*cells = g_new(cchar_t, ASCII_COUNT);
			for (int c = 0; c < ASCII_COUNT; c++) {
				chars[0] = (wchar_t)(ASCII_FIRST + c);
				setcchar(&(*cells)[c], chars, attr, pair, NULL);
			}
		}
		out[0] = (*cells)[(guchar)p[0] - ASCII_FIRST];
		return 1;
	}
	gunichar c = g_utf8_get_char(p);

	/* The terminal must agree with the frame on every width, or columns
	 * would shift: otherwise the cell is shown as '?' in each column. */
	gboolean plain = !session->ascii && c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0) &&
			 wcwidth((wchar_t)c) == cell->width;
	chars[0] = plain ? (wchar_t)c : cell->width == 1 ? ascii_for(c) : '?';
	for (p = g_utf8_next_char(p); plain && *p && n < CCHARW_MAX; p = g_utf8_next_char(p)) {
		gunichar mark = g_utf8_get_char(p);
		if (wcwidth((wchar_t)mark) == 0)
			chars[n++] = (wchar_t)mark;
	}
	setcchar(&out[0], chars, attr, pair, NULL);
	if (plain || cell->width < 2)
		return 1;
	out[1] = out[0];
	return 2;
}

/* Hands curses the cells of row Y that differ from what it was last given. */
static void draw_row(CrUiSession *session, int y)
{
	const CrFrame *frame = session->frame;
	CrFrameCell *now = cr_frame_at(frame, y, 0), *was = cr_frame_at(session->shown, y, 0);
	int first = -1, last = -1, n = 0;

	if (memcmp(now, was, sizeof *now * (gsize)frame->cols) == 0)
		return;
	for (int x = 0; x < frame->cols; x++)
		if (memcmp(&now[x], &was[x], sizeof now[x]) != 0) {
			first = first < 0 ? x : first;
			last = x;
		}
	if (first < 0)
		return;
	while (first > 0 && now[first].width == 0)
		first--;
	for (int x = first; x <= last; x++)
		if (now[x].width > 0)
			n += cell_to_curses(session, &now[x], &session->run[n]);
	mvwadd_wchnstr(stdscr, y, first, session->run, n);
	memcpy(was, now, sizeof *now * (gsize)frame->cols);
}

/* How many cells row Y of NOW has as row Y_WAS of WAS has them. */
static int same_cells(const CrFrame *now, int y, const CrFrame *was, int y_was)
{
	const CrFrameCell *a = cr_frame_at(now, y, 0), *b = cr_frame_at(was, y_was, 0);
	int n = 0;

	if (memcmp(a, b, sizeof *a * (gsize)now->cols) == 0)
		return now->cols;
	for (int x = 0; x < now->cols; x++)
		n += memcmp(&a[x], &b[x], sizeof *a) == 0;
	return n;
}

/* A band of rows to scroll before the redraw, and what it spares. */
typedef struct {
	int shift; /* rows up (down when negative); 0 for none */
	int top, bottom;
	long gain;	  /* cells of the new frame it puts in place, less those it moves away */
	gboolean by_rows; /* every row it moves is whole in the new frame: curses finds it alone */
} Scroll;

/* The band of rows that, scrolled SHIFT rows (up when positive) from the
 * frame WAS, puts most of the frame NOW in place, against rows left where
 * they are (KEPT: cells each row of NOW has in place already); the rows
 * the scroll leaves empty count as drawn again whole. */
static Scroll best_band(const CrFrame *was, const CrFrame *now, const int *kept, int shift)
{
	int n = ABS(shift), first = shift > 0 ? 0 : n, last = shift > 0 ? now->lines - 1 - n : now->lines - 1;
	int start = first, best_start = first, best_end = first - 1;
	long run = 0, best = 0;

	/* the rows that take the rows SHIFT away: the run gaining most */
	for (int y = first; y <= last; y++) {
		if (run <= 0) {
			run = 0;
			start = y;
		}
		run += same_cells(now, y, was, y + shift) - kept[y];
		if (run > best) {
			best = run;
			best_start = start;
			best_end = y;
		}
	}
	Scroll scroll = { .shift = best > 0 ? shift : 0, .gain = best, .by_rows = TRUE };
	if (!scroll.shift)
		return scroll;
	scroll.top = shift > 0 ? best_start : best_start - n;
	scroll.bottom = shift > 0 ? best_end + n : best_end;
	for (int y = shift > 0 ? best_end + 1 : scroll.top, i = 0; i < n; y++, i++)
		scroll.gain -= kept[y];
	for (int y = best_start; y <= best_end && scroll.by_rows; y++)
		scroll.by_rows = same_cells(now, y, was, y + shift) == now->cols;
	return scroll;
}

/* How many rows pane P's text moved (up) since the last draw. */
static int pane_moved(const CrUiSession *session, guint p)
{
	return (int)session->view->panes[p].top - (int)session->tops[p];
}

/* Panes side by side that scroll together never move whole rows, so curses
 * cannot see that most of the screen moved and would draw every cell again.
 * When a band of rows scrolled by as many rows as a pane moved since the
 * last draw would put enough cells in place, the band is scrolled first and
 * sent (curses finds the rows moved and scrolls the terminal instead of
 * drawing them); the redraw then draws only what differs from that. */
static void scroll_first(CrUiSession *session)
{
	const CrView *view = session->view;
	CrFrame *shown = session->shown;
	g_autofree int *kept = NULL;
	/* worth its own sequences (a scroll region set, moved into and put
	 * back) and a second update when it spares a row's worth of cells */
	Scroll best = { .gain = shown->cols };

	for (guint i = 0; i < view->n_panes; i++) {
		int shift = pane_moved(session, i);
		gboolean tried = FALSE;
		for (guint j = 0; j < i; j++)
			tried |= pane_moved(session, j) == shift;
		/* a shift is worth working out when panes wider in all than
		 * those that stayed still took it */
		int moved = 0, still = 0;
		for (guint j = 0; j < view->n_panes; j++) {
			int width = view->panes[j].rect.height ? view->panes[j].rect.width : 0;
			moved += pane_moved(session, j) == shift ? width : 0;
			still += pane_moved(session, j) == 0 ? width : 0;
		}
		if (tried || shift == 0 || ABS(shift) >= shown->lines || moved <= still)
			continue;
		if (!kept) {
			kept = g_new(int, shown->lines);
			for (int y = 0; y < shown->lines; y++)
				kept[y] = same_cells(session->frame, y, shown, y);
		}
		Scroll scroll = best_band(shown, session->frame, kept, shift);
		if (scroll.shift && scroll.gain > best.gain)
			best = scroll;
	}
	if (!best.shift || best.by_rows || wsetscrreg(stdscr, best.top, best.bottom) != OK)
		return;
	scrollok(stdscr, TRUE);
	wscrl(stdscr, best.shift);
	scrollok(stdscr, FALSE);
	wsetscrreg(stdscr, 0, shown->lines - 1);
	/* the frame shown scrolled as curses' copy was; the rows left empty
	 * are unknown, drawn again whole */
	int n = ABS(best.shift), rows = best.bottom - best.top + 1 - n;
	int from = best.shift > 0 ? best.top + n : best.top, to = best.shift > 0 ? best.top : best.top + n;
	int empty = best.shift > 0 ? best.bottom + 1 - n : best.top;
	memmove(cr_frame_at(shown, to, 0), cr_frame_at(shown, from, 0),
		sizeof *shown->cells * (gsize)shown->cols * (gsize)rows);
	for (int y = empty; y < empty + n; y++)
		for (int x = 0; x < shown->cols; x++)
			cr_frame_at(shown, y, x)->style = UNKNOWN_STYLE;
	wnoutrefresh(stdscr);
	doupdate();
}

/* Hands the text the view copied to the terminal's clipboard: OSC 52,
 * base64 (no byte of a report reaches the terminal as it is), written after
 * curses has sent the frame and flushed, so that it never lands inside one
 * of curses' sequences; it moves nothing on screen. */
static void send_clipboard(CrUiSession *session, CrView *view)
{
	g_autofree char *payload = g_base64_encode((const guchar *)view->clipboard, strlen(view->clipboard));
	fprintf(session->out, "\033]52;c;%s\a", payload);
	fflush(session->out);
	g_clear_pointer(&view->clipboard, g_free);
}

void cr_ui_session_draw(CrUiSession *session)
{
	CrView *view = session->view;
	CrFrame *frame = session->frame, *shown = session->shown;

	cr_view_render(view, frame);
	gboolean resized = shown->cols != frame->cols || shown->lines != frame->lines;
	if (resized) {
		g_free(session->run);
		session->run = g_new0(cchar_t, (gsize)frame->cols * 2 + 1);
	}
	if (resized || view->redraw_all) {
		/* everything handed to curses again, and sent again whole */
		cr_frame_reset(shown, frame->cols, frame->lines);
		for (gsize i = 0; i < (gsize)frame->cols * (gsize)frame->lines; i++)
			shown->cells[i].style = UNKNOWN_STYLE;
	} else if (session->term.scrolls_rows) {
		scroll_first(session);
	}
	if (view->redraw_all) {
		clearok(curscr, TRUE);
		view->redraw_all = FALSE;
	}
	for (guint i = 0; i < view->n_panes; i++)
		session->tops[i] = view->panes[i].top;
	for (int y = 0; y < frame->lines; y++)
		draw_row(session, y);
	gboolean show_cursor = frame->cursor_y >= 0;
	if (show_cursor != session->cursor_shown) {
		curs_set(show_cursor ? 1 : 0);
		session->cursor_shown = show_cursor;
	}
	leaveok(stdscr, !show_cursor);
	if (show_cursor)
		wmove(stdscr, frame->cursor_y, frame->cursor_x);
	wnoutrefresh(stdscr);
	doupdate();
	if (view->clipboard)
		send_clipboard(session, view);
}

char *cr_ui_session_screen(const CrUiSession *session)
{
	GString *out = g_string_new(NULL);
	g_autofree wchar_t *line = g_new0(wchar_t, (gsize)COLS + 1);
	int cy, cx;

	getyx(curscr, cy, cx);
	for (int y = 0; y < LINES; y++) {
		int n = mvwinnwstr(curscr, y, 0, line, COLS);
		g_autofree char *text =
		    n > 0 ? g_ucs4_to_utf8((const gunichar *)line, n, NULL, NULL, NULL) : NULL;
		gsize len = text ? strlen(text) : 0;
		while (len > 0 && text[len - 1] == ' ')
			len--;
		g_string_append_len(out, text ? text : "", (gssize)len);
		g_string_append_c(out, '\n');
	}
	wmove(curscr, cy, cx);
	return g_string_free(out, FALSE);
}

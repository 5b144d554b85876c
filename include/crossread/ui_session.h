/* A reader on a curses screen, driven one key at a time: what cr_ui_run
 * loops over, and what the screen tests and the benchmark drive headlessly
 * (newterm on a file, keys from a script). */
#pragma once

#include <stdio.h>

#include "crossread/engine.h"
#include "crossread/ui.h"
#include "crossread/view.h"

typedef struct CrUiSession CrUiSession;

/* Starts curses on OUT and IN as terminal type TYPE (see cr_term_open) with
 * a reader over ENGINE's reports (kept, not owned; when it is pending, see
 * cr_ui_session_align), as OPTIONS (or NULL) say. Colours as the theme and
 * the terminal have them; only ASCII drawn when the locale is not UTF-8. A
 * TYPE drawn as another is said once, on the status line. */
CrUiSession *cr_ui_session_new(CrEngine *engine, const char *type, FILE *out, FILE *in,
			       const CrUiOptions *options, GError **error);

/* Ends curses, the terminal put back as it was; an analysis under way is
 * cancelled, and waited for once the terminal is back. */
void cr_ui_session_free(CrUiSession *session);

/* When the engine is pending: starts its analysis on a thread of its own
 * (engine_job.h; HOOK, NULL but for tests, is called at its safe points).
 * The reader works meanwhile, without what needs the alignment. */
void cr_ui_session_align(CrUiSession *session, CrProgressHook hook, gpointer hook_data);

/* TRUE while the analysis runs: cr_ui_session_poll() looks at it. */
gboolean cr_ui_session_aligning(const CrUiSession *session);

/* Looks at the analysis under way (waits for its end when WAIT): its
 * progress goes to the status line; once it has ended, the reader takes
 * it in. TRUE when the screen should be drawn again. */
gboolean cr_ui_session_poll(CrUiSession *session, gboolean wait);

/* One input as wget_wch() returns it: a character, or a key code
 * (IS_CODE) such as KEY_DOWN, KEY_RESIZE or KEY_MOUSE. Esc with a digit
 * already queued behind it is Alt with that digit; the start of an SGR mouse
 * report reads the rest from the queue. A theme file that changed since it
 * was read is read again first (a broken one leaves the theme as it was and
 * says why on the status line); t goes to the next. */
void cr_ui_session_input(CrUiSession *session, gboolean is_code, int value);

/* Draws what changed since the last draw, and sends it to the terminal,
 * then what the view copied, as OSC 52. */
void cr_ui_session_draw(CrUiSession *session);

/* TRUE while the reader has work under way (a search): cr_ui_session_work
 * goes on with it between keys. */
gboolean cr_ui_session_busy(const CrUiSession *session);

/* Goes on with the work under way until the monotonic clock reaches
 * DEADLINE (0: to its end). */
void cr_ui_session_work(CrUiSession *session, gint64 deadline);

/* Plays SCRIPT, drawing after each key (a search run to its end first, the
 * analysis under way looked at): characters stand for themselves;
 * <Down> <Up> <Left> <Right> <PgDn> <PgUp> <Home> <End> <Tab> <S-Tab>
 * <Enter> <BS> <Esc> <C-x> <A-x> <F1> name keys, <lt> is '<', <resize COLSxLINES>
 * resizes the screen and <wheel-up Y X> / <wheel-down Y X> turn the mouse
 * wheel over a cell. */
void cr_ui_session_play(CrUiSession *session, const char *script);

/* The screen as the terminal shows it: one line per row, trailing spaces
 * removed. */
char *cr_ui_session_screen(const CrUiSession *session);

CrView *cr_ui_session_view(CrUiSession *session);

/* The theme drawn with, and the colours the terminal has. */
const CrTheme *cr_ui_session_theme(const CrUiSession *session);
CrDepth cr_ui_session_depth(const CrUiSession *session);

/* TRUE once the reader was asked to quit. */
gboolean cr_ui_session_done(const CrUiSession *session);

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
 * a reader over ENGINE's reports, as OPTIONS (or NULL) say. Colours as the
 * theme and the terminal have them; only ASCII drawn when the locale is not
 * UTF-8. A TYPE drawn as another is said once, on the status line. */
CrUiSession *cr_ui_session_new(const CrEngine *engine, const char *type, FILE *out, FILE *in,
			       const CrUiOptions *options, GError **error);

/* Ends curses, the terminal put back as it was. */
void cr_ui_session_free(CrUiSession *session);

/* One input as wget_wch() returns it: a character, or a key code
 * (IS_CODE) such as KEY_DOWN, KEY_RESIZE or KEY_MOUSE. A theme file that
 * changed since it was read is read again first (a broken one leaves the
 * theme as it was and says why on the status line); t goes to the next. */
void cr_ui_session_input(CrUiSession *session, gboolean is_code, int value);

/* Draws what changed since the last draw, and sends it to the terminal. */
void cr_ui_session_draw(CrUiSession *session);

/* TRUE while the reader has work under way (a search): cr_ui_session_work
 * goes on with it between keys. */
gboolean cr_ui_session_busy(const CrUiSession *session);

/* Goes on with the work under way until the monotonic clock reaches
 * DEADLINE (0: to its end). */
void cr_ui_session_work(CrUiSession *session, gint64 deadline);

/* Plays SCRIPT, drawing after each key (a search run to its end first): characters stand for themselves;
 * <Down> <Up> <Left> <Right> <PgDn> <PgUp> <Home> <End> <Tab> <S-Tab>
 * <Enter> <BS> <Esc> <C-x> name keys, <lt> is '<', <resize COLSxLINES>
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

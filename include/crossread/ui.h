/* The full-screen reader. */
#pragma once

#include "crossread/config.h"
#include "crossread/engine.h"
#include "crossread/theme.h"
#include "crossread/theme_load.h"

/* How the reader starts: filled in by the program from the options, the
 * environment and the config file before it starts. */
typedef struct {
	/* The theme to draw with, kept (the reader draws with a copy); NULL:
	 * the compiled-in default, or mono when NO_COLOR is set. */
	const CrTheme *theme;
	/* Where `t` and a reload look for themes, kept; NULL: the compiled-in
	 * themes only. */
	const CrThemeSearch *search;
	/* The config file's defaults (sync, layout, boilerplate, mouse), kept,
	 * or NULL. */
	const CrConfig *config;
	/* the notes file to use, or NULL: the notes directory's */
	const char *notes_file;
	/* milliseconds Esc waits for the rest of a key's sequence; -1: the
	 * default (see cr_term_escape_delay(); ESCDELAY outranks this) */
	int escape_delay_ms;
	/* no mouse reports (--no-mouse): the terminal keeps the mouse to
	 * select text; the config's "mouse: false" does the same */
	gboolean no_mouse;
} CrUiOptions;

#define CR_UI_OPTIONS_INIT                                                                                   \
	{                                                                                                    \
		.escape_delay_ms = -1                                                                        \
	}

/* Opens the reader on ENGINE's reports as OPTIONS say, with the reading
 * notes they name, and returns when the user quits. A pending ENGINE
 * (engine.h) is analysed on a thread of its own while the reader shows the
 * reports. Fails (the terminal untouched) when there is no usable
 * terminal, and with CR_ERROR_IO when the terminal went away (hung up, end
 * of input) while it ran; notes are saved on every way out. */
gboolean cr_ui_run(CrEngine *engine, const CrUiOptions *options, GError **error);

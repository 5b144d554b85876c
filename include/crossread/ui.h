/* The full-screen reader. */
#pragma once

#include "crossread/config.h"
#include "crossread/engine.h"
#include "crossread/theme.h"
#include "crossread/theme_load.h"

/* How the reader starts. */
typedef struct {
	/* The theme to draw with, kept (the reader draws with a copy); NULL:
	 * the compiled-in default, or mono when NO_COLOR is set. */
	const CrTheme *theme;
	/* Where `t` and a reload look for themes, kept; NULL: the usual
	 * directories (cr_theme_search_new). */
	const CrThemeSearch *search;
	/* The config file's defaults, kept, or NULL. */
	const CrConfig *config;
	/* The notes file (--notes), or NULL: the notes directory's. */
	const char *notes_file;
} CrUiOptions;

/* Opens the reader on ENGINE's reports, as OPTIONS say (with the reading
 * notes of the notes directory, or of OPTIONS->notes_file when given), and
 * returns when the user quits. Fails (the terminal untouched) when there
 * is no usable terminal. */
gboolean cr_ui_run(CrEngine *engine, const CrUiOptions *options, GError **error);

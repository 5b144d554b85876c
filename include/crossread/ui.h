/* The full-screen reader. */
#pragma once

#include "crossread/engine.h"

/* How the reader behaves: filled in by the program (and, later, from the
 * configuration file) before it starts. */
typedef struct {
	gboolean mouse;		/* mouse reports (the wheel); off, the terminal selects text */
	const char *notes_file; /* the notes file given, or NULL: the notes directory's */
} CrUiOptions;

#define CR_UI_OPTIONS_INIT                                                                                   \
	{                                                                                                    \
		.mouse = TRUE                                                                                \
	}

/* Opens the reader on ENGINE's reports, with the reading notes of the
 * notes directory or of OPTIONS->notes_file when given, and returns when
 * the user quits. Fails (the terminal untouched) when there is no usable
 * terminal. */
gboolean cr_ui_run(CrEngine *engine, const CrUiOptions *options, GError **error);

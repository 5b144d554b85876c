/* The full-screen reader. */
#pragma once

#include "crossread/engine.h"

/* How the reader behaves: filled in by the program (and, later, from the
 * configuration file) before it starts. */
typedef struct {
	/* the notes file to use, or NULL: the notes directory's */
	const char *notes_file;
	/* milliseconds Esc waits for the rest of a key's sequence; -1: the
	 * default (see cr_term_escape_delay(); ESCDELAY outranks this) */
	int escape_delay_ms;
} CrUiOptions;

#define CR_UI_OPTIONS_INIT                                                                                   \
	{                                                                                                    \
		.notes_file = NULL, .escape_delay_ms = -1                                                    \
	}

/* Opens the reader on ENGINE's reports, with the reading notes OPTIONS
 * name, and returns when the user quits. A pending ENGINE (engine.h) is
 * analysed on a thread of its own while the reader shows the reports. Fails (the terminal untouched)
 * when there is no usable terminal, and with CR_ERROR_IO when the terminal
 * went away (hung up, end of input) while it ran; notes are saved on every
 * way out. */
gboolean cr_ui_run(CrEngine *engine, const CrUiOptions *options, GError **error);

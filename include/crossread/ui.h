/* The full-screen reader. */
#pragma once

#include "crossread/engine.h"

/* How the reader behaves: filled in by the program (and, later, from the
 * configuration file) before it starts. */
typedef struct {
	/* milliseconds Esc waits for the rest of a key's sequence; -1: the
	 * default (see cr_term_escape_delay(); ESCDELAY outranks this) */
	int escape_delay_ms;
} CrUiOptions;

#define CR_UI_OPTIONS_INIT                                                                                   \
	{                                                                                                    \
		.escape_delay_ms = -1                                                                        \
	}

/* Opens the reader on ENGINE's reports and returns when the user quits.
 * Fails (the terminal untouched) when there is no usable terminal, and
 * with CR_ERROR_IO when the terminal went away (hung up, end of input)
 * while it ran. */
gboolean cr_ui_run(CrEngine *engine, const CrUiOptions *options, GError **error);

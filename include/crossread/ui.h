/* The full-screen reader. */
#pragma once

#include "crossread/engine.h"

/* Opens the reader on ENGINE's reports, with the reading notes of the
 * notes directory or of NOTES_FILE when given, and returns when the user
 * quits. Fails (the terminal untouched) when there is no usable terminal. */
gboolean cr_ui_run(CrEngine *engine, const char *notes_file, GError **error);

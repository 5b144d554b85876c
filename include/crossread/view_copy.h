/* Copying (y, Y): the current fact's passage with its citation, or the
 * fact as every report has it, put in view->clipboard for the terminal to
 * take (the curses layer sends it as OSC 52). */
#pragma once

#include "crossread/view_model.h"

/* The most text one copy holds, in bytes; more is cut (and said so). */
#define CR_COPY_MAX (64 * 1024)

/* y: the sentence(s) around the current fact in the focused report, and
 * "— outlet, date, file, line N". ALL (Y): the same for every report
 * that has it, under the fact's kind, value and coverage, and a line for
 * each that lacks it. A message says what was copied, or why nothing. */
void cr_view_copy(CrView *view, gboolean all);

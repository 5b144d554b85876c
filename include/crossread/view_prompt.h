/* A prompt on the status line: a label ("/") and one line of text being
 * typed, edited as in a shell (line_edit.h), handed to a callback on Enter;
 * or a question answered with one key (y or n). While it is open it takes
 * every key. */
#pragma once

#include "crossread/view_frame.h"
#include "crossread/view_model.h"

typedef struct {
	/* Enter: the text typed. The prompt is closed already. */
	void (*submit)(CrView *view, const char *text, gpointer data);
	/* Esc, or Backspace on an empty line (a question: any key but y): the
	 * text typed. The prompt is closed already. NULL when that needs
	 * nothing. */
	void (*cancel)(CrView *view, const char *text, gpointer data);
	/* Frees DATA when the prompt closes, whichever way; may be NULL. */
	GDestroyNotify free;
} CrPromptOps;

/* Opens a prompt headed LABEL with INITIAL text (NULL for none), the
 * cursor at its end, that calls OPS with DATA; replaces any prompt open. */
void cr_view_prompt_open(CrView *view, const char *label, const char *initial, const CrPromptOps *ops,
			 gpointer data);

/* Opens a question on the status line: y or Y calls OPS's submit (with
 * "y"), any other key its cancel. */
void cr_view_prompt_ask(CrView *view, const char *question, const CrPromptOps *ops, gpointer data);

/* The data of the prompt open when it was opened with OPS; NULL when no
 * such prompt (or question) is open. */
gpointer cr_view_prompt_data(const CrView *view, const CrPromptOps *ops);

/* The text typed in the prompt open ("" for a question); NULL when none. */
const char *cr_view_prompt_typed(const CrView *view);

/* One key to the prompt open: Enter submits, Esc cancels, Backspace on an
 * empty line cancels; Left, Right, Home, End, Ctrl-A, Ctrl-E move;
 * Backspace, Ctrl-W and Ctrl-U erase; a character goes in at the cursor. */
void cr_view_prompt_key(CrView *view, int key);

/* Closes the prompt open, if any, calling neither submit nor cancel. */
void cr_view_prompt_close(CrView *view);

/* Draws the prompt open as the status line, RIGHT at the right when there
 * is room, and puts the terminal cursor at the prompt's cursor; a line too
 * long for the row scrolls to keep the cursor on screen. */
void cr_view_prompt_draw(const CrView *view, CrFrame *frame, const char *right);

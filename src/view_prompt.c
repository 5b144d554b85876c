/* A prompt on the status line over the one-line editor. */
#include "crossread/view_prompt.h"

#include "crossread/cell.h"
#include "crossread/line_edit.h"
#include "crossread/view_draw.h"
#include "crossread/view_keys.h"

struct CrPrompt {
	char *label;
	CrLineEdit *edit;
	const CrPromptOps *ops;
	gpointer data;
	gboolean question; /* answered by one key */
};

static void prompt_free(CrPrompt *prompt)
{
	if (prompt->ops->free)
		prompt->ops->free(prompt->data);
	cr_line_edit_free(prompt->edit);
	g_free(prompt->label);
	g_free(prompt);
}

void cr_view_prompt_open(CrView *view, const char *label, const char *initial, const CrPromptOps *ops,
			 gpointer data)
{
	cr_view_prompt_close(view);
	CrPrompt *prompt = g_new0(CrPrompt, 1);
	prompt->label = g_strdup(label);
	prompt->edit = cr_line_edit_new(initial);
	prompt->ops = ops;
	prompt->data = data;
	view->prompt = prompt;
}

void cr_view_prompt_ask(CrView *view, const char *question, const CrPromptOps *ops, gpointer data)
{
	cr_view_prompt_open(view, question, NULL, ops, data);
	view->prompt->question = TRUE;
}

gpointer cr_view_prompt_data(const CrView *view, const CrPromptOps *ops)
{
	return view->prompt && view->prompt->ops == ops ? view->prompt->data : NULL;
}

const char *cr_view_prompt_typed(const CrView *view)
{
	return view->prompt ? view->prompt->edit->text->str : NULL;
}

void cr_view_prompt_close(CrView *view)
{
	g_clear_pointer(&view->prompt, prompt_free);
}

/* Closes the prompt, then submits its text (SUBMIT) or cancels: a callback
 * may open another prompt. */
static void prompt_finish(CrView *view, gboolean submit)
{
	CrPrompt *prompt = g_steal_pointer(&view->prompt);
	if (submit && prompt->ops->submit)
		prompt->ops->submit(view, prompt->edit->text->str, prompt->data);
	else if (!submit && prompt->ops->cancel)
		prompt->ops->cancel(view, prompt->edit->text->str, prompt->data);
	prompt_free(prompt);
}

void cr_view_prompt_key(CrView *view, int key)
{
	CrLineEdit *edit = view->prompt->edit;

	if (view->prompt->question) {
		if (key == 'y' || key == 'Y')
			g_string_assign(edit->text, "y");
		prompt_finish(view, key == 'y' || key == 'Y');
		return;
	}
	switch (key) {
	case CR_KEY_ESC:
		prompt_finish(view, FALSE);
		return;
	case CR_KEY_ENTER:
	case '\r':
	case '\n':
		prompt_finish(view, TRUE);
		return;
	case CR_KEY_BACKSPACE:
	case 0x7f:
	case '\b':
		if (edit->text->len == 0)
			prompt_finish(view, FALSE);
		else
			cr_line_edit_backspace(edit);
		return;
	case CR_KEY_LEFT:
		cr_line_edit_left(edit);
		return;
	case CR_KEY_RIGHT:
		cr_line_edit_right(edit);
		return;
	case CR_KEY_HOME:
	case CR_CTRL('a'):
		cr_line_edit_home(edit);
		return;
	case CR_KEY_END:
	case CR_CTRL('e'):
		cr_line_edit_end(edit);
		return;
	case CR_CTRL('u'):
		cr_line_edit_erase_to_start(edit);
		return;
	case CR_CTRL('w'):
		cr_line_edit_erase_word(edit);
		return;
	default:
		if (key >= 0)
			cr_line_edit_insert(edit, (gunichar)key);
	}
}

void cr_view_prompt_draw(const CrView *view, CrFrame *frame, const char *right)
{
	const CrPrompt *prompt = view->prompt;
	const CrLineEdit *edit = prompt->edit;
	const char *text = edit->text->str;
	int label = cr_text_columns(prompt->label), right_width = cr_text_columns(right);
	int left_room = right_width + 1 < frame->cols ? frame->cols - right_width - 1 : frame->cols;
	gsize start = 0;

	/* too long for the room beside RIGHT: the whole row, scrolled so that
	 * the cursor is on it */
	if (label + cr_cell_width(text, 0, edit->text->len) > left_room) {
		right = "";
		while (start < edit->cursor &&
		       label + cr_cell_width(text, start, edit->cursor) > frame->cols - 1)
			start = cr_line_edit_next(edit, start);
	}
	g_autofree char *left = g_strconcat(prompt->label, text + start, NULL);
	cr_draw_status(frame, left, CR_STYLE_PROMPT, right);
	frame->cursor_y = frame->lines - 1;
	frame->cursor_x = MIN(label + cr_cell_width(text, start, edit->cursor), frame->cols - 1);
}

/* A one-line UTF-8 editor: the text, a cursor, and a shell line's edits. */
#include "crossread/line_edit.h"

CrLineEdit *cr_line_edit_new(const char *initial)
{
	CrLineEdit *edit = g_new0(CrLineEdit, 1);
	g_autofree char *valid = g_utf8_make_valid(initial ? initial : "", -1);
	edit->text = g_string_new(valid);
	edit->cursor = edit->text->len;
	return edit;
}

void cr_line_edit_free(CrLineEdit *edit)
{
	if (!edit)
		return;
	g_string_free(edit->text, TRUE);
	g_free(edit);
}

/* TRUE when C joins the character before it rather than starting one. */
static gboolean joins_previous(gunichar c)
{
	return g_unichar_ismark(c) || g_unichar_iszerowidth(c);
}

#define ZERO_WIDTH_JOINER 0x200d

gsize cr_line_edit_next(const CrLineEdit *edit, gsize pos)
{
	const char *text = edit->text->str, *end = text + edit->text->len;
	const char *p = text + pos;
	gboolean joined = TRUE; /* the first code point starts the character */

	while (p < end && (joined || joins_previous(g_utf8_get_char(p)))) {
		joined = g_utf8_get_char(p) == ZERO_WIDTH_JOINER;
		p = g_utf8_next_char(p);
	}
	return (gsize)(p - text);
}

/* The start of the character that ends at byte POS (a character boundary). */
static gsize character_start(const CrLineEdit *edit, gsize pos)
{
	gsize start = 0;
	for (gsize at = 0; at < pos; at = cr_line_edit_next(edit, at))
		start = at;
	return start;
}

gboolean cr_line_edit_insert(CrLineEdit *edit, gunichar c)
{
	char utf8[6];
	if (!g_unichar_validate(c) || g_unichar_iscntrl(c))
		return FALSE;
	gint n = g_unichar_to_utf8(c, utf8);
	g_string_insert_len(edit->text, (gssize)edit->cursor, utf8, n);
	edit->cursor += (gsize)n;
	return TRUE;
}

void cr_line_edit_left(CrLineEdit *edit)
{
	edit->cursor = character_start(edit, edit->cursor);
}

void cr_line_edit_right(CrLineEdit *edit)
{
	edit->cursor = cr_line_edit_next(edit, edit->cursor);
}

void cr_line_edit_home(CrLineEdit *edit)
{
	edit->cursor = 0;
}

void cr_line_edit_end(CrLineEdit *edit)
{
	edit->cursor = edit->text->len;
}

/* Erases bytes [FROM, cursor) and puts the cursor at FROM. */
static void erase_back_to(CrLineEdit *edit, gsize from)
{
	g_string_erase(edit->text, (gssize)from, (gssize)(edit->cursor - from));
	edit->cursor = from;
}

void cr_line_edit_backspace(CrLineEdit *edit)
{
	erase_back_to(edit, character_start(edit, edit->cursor));
}

void cr_line_edit_erase_word(CrLineEdit *edit)
{
	gsize from = edit->cursor;
	gboolean in_word = FALSE;

	while (from > 0) {
		gsize start = character_start(edit, from);
		gboolean space = g_unichar_isspace(g_utf8_get_char(edit->text->str + start));
		if (space && in_word)
			break;
		in_word |= !space;
		from = start;
	}
	erase_back_to(edit, from);
}

void cr_line_edit_erase_to_start(CrLineEdit *edit)
{
	erase_back_to(edit, 0);
}

/* A one-line text editor: UTF-8 text and a cursor, the editing operations
 * of a shell's line (move by character, to either end, erase a character,
 * a word, the start). Plain C, no terminal: the reader's prompts map keys
 * onto it and draw it. */
#pragma once

#include <glib.h>

typedef struct {
	GString *text; /* valid UTF-8 */
	gsize cursor;  /* byte offset in text, always between two characters */
} CrLineEdit;

/* A line holding INITIAL (any bytes, made valid UTF-8; NULL for none),
 * the cursor at its end. */
CrLineEdit *cr_line_edit_new(const char *initial);
void cr_line_edit_free(CrLineEdit *edit);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrLineEdit, cr_line_edit_free)

/* A "character" below is what the user sees as one: a code point with the
 * combining marks (and zero-width joiners with what they join) after it.
 * The cursor never stops inside one. */

/* The end of the character that starts at byte POS. */
gsize cr_line_edit_next(const CrLineEdit *edit, gsize pos);

/* Inserts C at the cursor and moves past it. FALSE (nothing changes) for
 * a control character or what is not a Unicode character. */
gboolean cr_line_edit_insert(CrLineEdit *edit, gunichar c);

/* Moves the cursor one character left or right; to the start or the end. */
void cr_line_edit_left(CrLineEdit *edit);
void cr_line_edit_right(CrLineEdit *edit);
void cr_line_edit_home(CrLineEdit *edit);
void cr_line_edit_end(CrLineEdit *edit);

/* Erases the character before the cursor (Backspace). */
void cr_line_edit_backspace(CrLineEdit *edit);

/* Erases the word before the cursor and the spaces between it and the
 * cursor (Ctrl-W); a word is a run of characters other than spaces. */
void cr_line_edit_erase_word(CrLineEdit *edit);

/* Erases everything before the cursor (Ctrl-U). */
void cr_line_edit_erase_to_start(CrLineEdit *edit);

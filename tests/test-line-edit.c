/* The one-line editor the reader's prompts use: what the line holds and
 * where the cursor is after each edit, with wide and combining characters. */
#include "crossread/line_edit.h"

/* The line as the user sees it, "|" where the cursor is. */
static char *shown(const CrLineEdit *edit)
{
	return g_strdup_printf("%.*s|%s", (int)edit->cursor, edit->text->str, edit->text->str + edit->cursor);
}

#define assert_line(edit, expected)                                                                          \
	do {                                                                                                 \
		g_autofree char *line_ = shown(edit);                                                        \
		g_assert_cmpstr(line_, ==, expected);                                                        \
	} while (0)

static void type(CrLineEdit *edit, const char *text)
{
	for (const char *p = text; *p; p = g_utf8_next_char(p))
		g_assert_true(cr_line_edit_insert(edit, g_utf8_get_char(p)));
}

#define E_ACUTE "e\xcc\x81"		   /* e and a combining acute accent */
#define NIHON	"\xe6\x97\xa5\xe6\x9c\xac" /* two wide characters */
#define MOTHER	"\xf0\x9f\x91\xa9"	   /* U+1F469 */
#define GIRL	"\xf0\x9f\x91\xa7"	   /* U+1F467 */
#define ZWJ	"\xe2\x80\x8d"		   /* zero-width joiner */

static void test_typing(void)
{
	g_autoptr(CrLineEdit) edit = cr_line_edit_new(NULL);
	assert_line(edit, "|");
	type(edit, "ab" NIHON);
	assert_line(edit, "ab" NIHON "|");

	/* the initial text, the cursor at its end; bad bytes made valid */
	g_autoptr(CrLineEdit) initial = cr_line_edit_new("note");
	assert_line(initial, "note|");
	g_autoptr(CrLineEdit) invalid = cr_line_edit_new("a\xff");
	assert_line(invalid, "a\xef\xbf\xbd|");

	/* what is not text is refused */
	const gunichar refused[] = { 0x1b, 0x7f, 0x9b, '\n', '\t', 0xd800, 0x110000 };
	for (guint i = 0; i < G_N_ELEMENTS(refused); i++)
		g_assert_false(cr_line_edit_insert(edit, refused[i]));
	assert_line(edit, "ab" NIHON "|");
}

static void test_moving(void)
{
	g_autoptr(CrLineEdit) edit = cr_line_edit_new("x" E_ACUTE NIHON MOTHER ZWJ GIRL "y");

	cr_line_edit_left(edit);
	assert_line(edit, "x" E_ACUTE NIHON MOTHER ZWJ GIRL "|y");
	/* the joined emoji is one character */
	cr_line_edit_left(edit);
	assert_line(edit, "x" E_ACUTE NIHON "|" MOTHER ZWJ GIRL "y");
	cr_line_edit_left(edit);
	cr_line_edit_left(edit);
	assert_line(edit, "x" E_ACUTE "|" NIHON MOTHER ZWJ GIRL "y");
	/* a letter and its accent are one character */
	cr_line_edit_left(edit);
	assert_line(edit, "x|" E_ACUTE NIHON MOTHER ZWJ GIRL "y");
	cr_line_edit_right(edit);
	assert_line(edit, "x" E_ACUTE "|" NIHON MOTHER ZWJ GIRL "y");

	cr_line_edit_home(edit);
	assert_line(edit, "|x" E_ACUTE NIHON MOTHER ZWJ GIRL "y");
	cr_line_edit_left(edit);
	assert_line(edit, "|x" E_ACUTE NIHON MOTHER ZWJ GIRL "y");
	cr_line_edit_end(edit);
	assert_line(edit, "x" E_ACUTE NIHON MOTHER ZWJ GIRL "y|");
	cr_line_edit_right(edit);
	assert_line(edit, "x" E_ACUTE NIHON MOTHER ZWJ GIRL "y|");

	/* typing goes in at the cursor */
	cr_line_edit_home(edit);
	cr_line_edit_right(edit);
	type(edit, "-");
	assert_line(edit, "x-|" E_ACUTE NIHON MOTHER ZWJ GIRL "y");
	/* a combining mark typed joins the character before it */
	cr_line_edit_end(edit);
	type(edit, "\xcc\x88");
	cr_line_edit_left(edit);
	assert_line(edit, "x-" E_ACUTE NIHON MOTHER ZWJ GIRL "|y\xcc\x88");
}

static void test_erasing(void)
{
	g_autoptr(CrLineEdit) edit = cr_line_edit_new("ab" E_ACUTE NIHON);

	/* Backspace takes a whole character: a wide one, a letter with its accent */
	cr_line_edit_backspace(edit);
	assert_line(edit, "ab" E_ACUTE "\xe6\x97\xa5|");
	cr_line_edit_left(edit);
	cr_line_edit_backspace(edit);
	assert_line(edit, "ab|\xe6\x97\xa5");
	cr_line_edit_home(edit);
	cr_line_edit_backspace(edit);
	assert_line(edit, "|ab\xe6\x97\xa5");

	/* Ctrl-U: everything before the cursor */
	cr_line_edit_right(edit);
	cr_line_edit_erase_to_start(edit);
	assert_line(edit, "|b\xe6\x97\xa5");
	cr_line_edit_end(edit);
	cr_line_edit_erase_to_start(edit);
	assert_line(edit, "|");
	cr_line_edit_backspace(edit);
	assert_line(edit, "|");
}

static void test_erasing_words(void)
{
	g_autoptr(CrLineEdit) edit = cr_line_edit_new("the caf" E_ACUTE " said  ");

	/* Ctrl-W: the spaces before the cursor, then the word */
	cr_line_edit_erase_word(edit);
	assert_line(edit, "the caf" E_ACUTE " |");
	cr_line_edit_erase_word(edit);
	assert_line(edit, "the |");
	/* from inside a word: its start only */
	g_autoptr(CrLineEdit) inside = cr_line_edit_new("one two");
	cr_line_edit_left(inside);
	cr_line_edit_erase_word(inside);
	assert_line(inside, "one |o");
	cr_line_edit_erase_word(inside);
	assert_line(inside, "|o");
	cr_line_edit_erase_word(inside);
	assert_line(inside, "|o");
	/* a space with a combining mark is a character, not a word break in two */
	g_autoptr(CrLineEdit) marked = cr_line_edit_new("a \xcc\x81"
							"b");
	cr_line_edit_erase_word(marked);
	assert_line(marked, "a \xcc\x81|");
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/line-edit/typing", test_typing);
	g_test_add_func("/line-edit/moving", test_moving);
	g_test_add_func("/line-edit/erasing", test_erasing);
	g_test_add_func("/line-edit/erasing-words", test_erasing_words);
	return g_test_run();
}

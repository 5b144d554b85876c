/* Reading notes in the reader, on a headless curses screen: m writes a note
 * (at the current fact, or at the cursor line), the gutter marks it in every
 * pane it cites and the status line shows it; Esc asks before dropping what
 * was typed; M lists the notes (Enter goes to one, e edits, d deletes, /
 * filters); E exports, asking before overwriting; # numbers the lines; what
 * is being typed when the reader ends is saved as a draft. Every note is on
 * disk after every change. */
#include <locale.h>
#include <string.h>

#include "crossread/notes_export.h"
#include "crossread/ui_session.h"
#include "crossread/view.h"
#include "crossread/view_notes.h"
#include "testlib.h"

/* A report with a shared quotation, and lines without any fact. */
static const char *const report_a =
    "Harbour bridge vote\n"
    "\n"
    "plain words come first here\n"
    "\n"
    "\"This bridge will join the two halves of our town at last,\" said Mayor Elena "
    "Park after the vote on Tuesday.\n"
    "\n"
    "more plain words close the report\n";
static const char *const report_b =
    "Council backs bridge\n"
    "\n"
    "The mayor, Elena Park, said: \"This bridge will join the two halves of our town "
    "at last.\"\n"
    "\n"
    "nothing else of note was said\n";

typedef struct {
	const char *dir;
	CrUiSession *session;
	CrView *view;
	FILE *out, *in;
	CrEngine *engine;
} Screen;

/* A reader on the two reports, its notes in DIR, on a 120 x 24 screen. */
static void screen_open(Screen *s, const char *dir)
{
	g_autoptr(GError) error = NULL;
	s->dir = dir;
	s->engine = cr_test_engine(report_a, report_b, NULL);
	s->out = tmpfile();
	s->in = fopen("/dev/null", "r");
	s->session = cr_ui_session_new(s->engine, "xterm-256color", s->out, s->in, NULL, &error);
	g_assert_no_error(error);
	s->view = cr_ui_session_view(s->session);
	cr_ui_session_play(s->session, "<resize 120x24>");
	cr_view_open_notes(s->view, s->dir, NULL);
	cr_ui_session_draw(s->session);
}

/* Ends the reader as cr_ui_run does: cr_view_notes_finish first. */
static void screen_close(Screen *s)
{
	g_autoptr(GError) error = NULL;
	g_assert_true(cr_view_notes_finish(s->view, &error));
	g_assert_no_error(error);
	cr_ui_session_free(s->session);
	fclose(s->out);
	fclose(s->in);
	cr_engine_free(s->engine);
}

static void play(Screen *s, const char *keys)
{
	cr_ui_session_play(s->session, keys);
}

static char *screen_text(Screen *s)
{
	return cr_ui_session_screen(s->session);
}

/* Screen line Y (negative: from the bottom). */
static char *screen_line(Screen *s, int y)
{
	g_autofree char *all = screen_text(s);
	g_auto(GStrv) lines = g_strsplit(all, "\n", -1);
	guint n = g_strv_length(lines);
	while (n > 0 && !*lines[n - 1])
		n--;
	int at = y < 0 ? (int)n + y : y;
	g_assert_cmpint(at, >=, 0);
	g_assert_cmpint(at, <, (int)n);
	return g_strdup(lines[at]);
}

static void assert_status_has(Screen *s, const char *text)
{
	g_autofree char *status = screen_line(s, -1);
	if (!strstr(status, text))
		g_error("status line '%s' lacks '%s'", status, text);
}

/* The notes of the one file in the notes directory. */
static CrNoteSet *notes_on_disk(Screen *s)
{
	g_autoptr(GPtrArray) reports = cr_note_reports_for(s->engine);
	g_autofree char *path = cr_note_store_file_for(s->dir, reports);
	g_autoptr(GError) error = NULL;
	g_autoptr(CrNoteFile) file = cr_note_file_open(path, FALSE, NULL, &error);
	g_assert_no_error(error);
	return cr_note_set_copy(file->set);
}

/* The screen lines that start a pane row with the note marker, per pane:
 * how many rows of pane P show it. */
static guint marked_rows(Screen *s, guint p)
{
	const CrPane *pane = &s->view->panes[p];
	g_autofree char *all = screen_text(s);
	g_auto(GStrv) lines = g_strsplit(all, "\n", -1);
	guint n = 0;
	for (int y = pane->rect.y + 1; y < pane->rect.y + pane->rect.height && lines[y]; y++) {
		const char *c = lines[y];
		for (int col = 0; *c && col < pane->rect.x; col++)
			c = g_utf8_next_char(c);
		n += *c == '*';
	}
	return n;
}

/* ] then m: a note at the shared quotation, citing both reports. */
static void test_note_at_fact(void)
{
	g_autofree char *dir = cr_test_temp_dir();
	Screen s;
	screen_open(&s, dir);
	g_assert_cmpuint(marked_rows(&s, 0) + marked_rows(&s, 1), ==, 0);
	play(&s, "]m");
	assert_status_has(&s, "note at the quote: ");
	play(&s, "Both quote it <lt>in full>.<Enter>");
	assert_status_has(&s, "note saved");
	g_autoptr(CrNoteSet) set = notes_on_disk(&s);
	g_assert_cmpuint(set->notes->len, ==, 1);
	const CrNote *note = g_ptr_array_index(set->notes, 0);
	g_assert_cmpstr(note->text, ==, "Both quote it <in full>.");
	g_assert_cmpint(note->fact_kind, ==, CR_FACT_QUOTE);
	g_assert_cmpuint(note->citations->len, ==, 2);
	/* a marker in both panes, the text of the note on the cursor line */
	g_assert_cmpuint(marked_rows(&s, 0), >, 0);
	g_assert_cmpuint(marked_rows(&s, 1), >, 0);
	play(&s, "jk");
	assert_status_has(&s, "note: Both quote it <in full>.");
	screen_close(&s);
	cr_test_remove_tree(dir);
}

/* m on a line with no fact cites that line alone. */
static void test_note_at_line(void)
{
	g_autofree char *dir = cr_test_temp_dir();
	Screen s;
	screen_open(&s, dir);
	play(&s, "gjjm");
	assert_status_has(&s, "note at this line: ");
	play(&s, "plain, but telling<Enter>");
	g_autoptr(CrNoteSet) set = notes_on_disk(&s);
	const CrNote *note = g_ptr_array_index(set->notes, 0);
	g_assert_cmpint(note->fact_kind, ==, -1);
	g_assert_cmpuint(note->citations->len, ==, 1);
	g_assert_cmpstr(g_array_index(note->citations, CrCitation, 0).text, ==,
			"plain words come first here");
	screen_close(&s);
	cr_test_remove_tree(dir);
}

/* Esc with text typed asks first: n goes back to it, y drops it; Esc
 * with nothing typed just closes. */
static void test_escape_asks(void)
{
	g_autofree char *dir = cr_test_temp_dir();
	Screen s;
	screen_open(&s, dir);
	play(&s, "]mhalf a thou<Esc>");
	assert_status_has(&s, "drop the note typed? (y/n)");
	play(&s, "n");
	assert_status_has(&s, "note at the quote: half a thou");
	play(&s, "ght<Esc>y");
	assert_status_has(&s, "note dropped");
	play(&s, "m<Esc>");
	g_autofree char *status = screen_line(&s, -1);
	g_assert_null(strstr(status, "drop"));
	g_autoptr(CrNoteSet) set = notes_on_disk(&s);
	g_assert_cmpuint(set->notes->len, ==, 0);
	screen_close(&s);
	cr_test_remove_tree(dir);
}

/* M: the list; Enter goes to the note, e edits it, / filters, d deletes
 * after asking. */
static void test_list(void)
{
	g_autofree char *dir = cr_test_temp_dir();
	Screen s;
	screen_open(&s, dir);
	play(&s, "]mthe quote<Enter>");
	play(&s, "gjjmthe plain line<Enter>");
	play(&s, "M");
	g_autofree char *title = screen_line(&s, 0);
	g_assert_cmpstr(title, ==, "notes: 2");
	g_autofree char *first = screen_line(&s, 1);
	g_assert_cmpstr(first, ==, " A3  the plain line");
	g_autofree char *second = screen_line(&s, 2);
	g_assert_cmpstr(second, ==, " A5 B3  the quote");

	/* Enter on the second: the quote on the cursor line of both panes */
	play(&s, "j<Enter>");
	assert_status_has(&s, "note: the quote");
	const CrPane *a = &s.view->panes[0], *b = &s.view->panes[1];
	g_assert_cmpuint(cr_pane_cursor_screen_row(a), ==, cr_pane_cursor_screen_row(b));

	/* e: edited in place */
	play(&s, "Mje<C-u>the quote, edited<Enter>");
	g_autofree char *edited = screen_line(&s, 2);
	g_assert_cmpstr(edited, ==, " A5 B3  the quote, edited");
	/* /: only what has the words */
	play(&s, "/PLAIN<Enter>");
	g_autofree char *filtered = screen_line(&s, 0);
	g_assert_cmpstr(filtered, ==, "notes: 1 of 2 (filter: plain)");
	/* d: asks, then deletes */
	play(&s, "d");
	assert_status_has(&s, "delete this note? (y/n)");
	play(&s, "y");
	g_autofree char *after = screen_line(&s, 0);
	g_assert_cmpstr(after, ==, "notes: 0 of 1 (filter: plain)");
	play(&s, "q");
	g_autoptr(CrNoteSet) set = notes_on_disk(&s);
	g_assert_cmpuint(set->notes->len, ==, 1);
	g_assert_cmpstr(((CrNote *)g_ptr_array_index(set->notes, 0))->text, ==, "the quote, edited");
	screen_close(&s);
	cr_test_remove_tree(dir);
}

/* E: a default name, a question before overwriting, where it wrote. */
static void test_export(void)
{
	g_autofree char *dir = cr_test_temp_dir();
	Screen s;
	screen_open(&s, dir);
	g_autofree char *path = g_build_filename(dir, "out.txt", NULL);
	g_autofree char *keys = g_strdup_printf("E<C-u>%s<Enter>", path);
	play(&s, "]mexported<Enter>E");
	g_autofree char *prompt = screen_line(&s, -1);
	g_assert_true(g_str_has_prefix(prompt, "export notes to: crossread-notes-"));
	g_assert_nonnull(strstr(prompt, ".txt"));
	play(&s, "<Esc>");
	play(&s, keys);
	g_autofree char *said = g_strdup_printf("1 note written to %s", path);
	assert_status_has(&s, said);
	g_autofree char *written = NULL;
	g_assert_true(g_file_get_contents(path, &written, NULL, NULL));
	g_autoptr(GPtrArray) sets = g_ptr_array_new();
	g_ptr_array_add(sets, ((CrNoteFile *)s.view->notes->store->files->pdata[0])->set);
	g_autoptr(GPtrArray) placed = cr_notes_place(sets, s.engine, s.view->notes->reports);
	g_autofree char *expected = cr_notes_export(s.engine, s.view->notes->reports, placed, CR_EXPORT_TEXT);
	g_assert_cmpstr(written, ==, expected);
	/* again: asked; n leaves it */
	g_assert_true(g_file_set_contents(path, "keep me", -1, NULL));
	play(&s, keys);
	assert_status_has(&s, "out.txt exists: overwrite it? (y/n)");
	play(&s, "n");
	g_autofree char *kept = NULL;
	g_assert_true(g_file_get_contents(path, &kept, NULL, NULL));
	g_assert_cmpstr(kept, ==, "keep me");
	play(&s, keys);
	play(&s, "y");
	assert_status_has(&s, said);
	screen_close(&s);
	cr_test_remove_tree(dir);
}

/* #: line numbers on, then off again, the screen as it was. */
static void test_line_numbers(void)
{
	g_autofree char *dir = cr_test_temp_dir();
	Screen s;
	screen_open(&s, dir);
	g_autofree char *before = screen_text(&s);
	play(&s, "#");
	g_autofree char *first = screen_line(&s, 1);
	g_assert_true(g_str_has_prefix(first, "1 Harbour bridge vote"));
	g_autofree char *third = screen_line(&s, 3);
	g_assert_true(g_str_has_prefix(third, "3 plain words come first here"));
	play(&s, "#");
	g_autofree char *after = screen_text(&s);
	g_assert_cmpstr(after, ==, before);
	screen_close(&s);
	cr_test_remove_tree(dir);
}

/* The reader ends while a note is typed: it is saved as a draft; an edit
 * cut short is saved beside the note it was to change. Reopened, the
 * markers and the drafts are there. */
static void test_draft(void)
{
	g_autofree char *dir = cr_test_temp_dir();
	Screen s;
	screen_open(&s, dir);
	play(&s, "]mfinished<Enter>");
	play(&s, "Me<C-u>half an edit");
	screen_close(&s);

	Screen again;
	screen_open(&again, dir);
	g_autoptr(CrNoteSet) set = notes_on_disk(&again);
	g_assert_cmpuint(set->notes->len, ==, 2);
	const CrNote *kept = g_ptr_array_index(set->notes, 0), *draft = g_ptr_array_index(set->notes, 1);
	g_assert_cmpstr(kept->text, ==, "finished");
	g_assert_false(kept->draft);
	g_assert_cmpstr(draft->text, ==, "half an edit");
	g_assert_true(draft->draft);
	g_assert_cmpuint(marked_rows(&again, 0), >, 0);
	play(&again, "]");
	assert_status_has(&again, "note: finished");
	play(&again, "gjjmtyped when the line dropped");
	screen_close(&again);

	Screen third;
	screen_open(&third, dir);
	play(&third, "M");
	g_autofree char *list = screen_text(&third);
	g_assert_nonnull(strstr(list, "(draft) typed when the line dropped"));
	screen_close(&third);
	cr_test_remove_tree(dir);
}

/* A damaged notes file: said on the status line, moved aside, the reader
 * goes on with the .bak. */
static void test_damaged(void)
{
	g_autofree char *dir = cr_test_temp_dir();
	Screen s;
	screen_open(&s, dir);
	play(&s, "]mone<Enter>]mtwo<Enter>");
	screen_close(&s);
	g_autoptr(CrEngine) engine = cr_test_engine(report_a, report_b, NULL);
	g_autoptr(GPtrArray) reports = cr_note_reports_for(engine);
	g_autofree char *path = cr_note_store_file_for(dir, reports);
	g_assert_true(g_file_set_contents(path, "version: 1\nnotes: {\n", -1, NULL));

	Screen again;
	screen_open(&again, dir);
	assert_status_has(&again, "cannot be read: moved to");
	g_autoptr(CrNoteSet) set = notes_on_disk(&again);
	g_assert_cmpuint(set->notes->len, ==, 1);
	screen_close(&again);
	cr_test_remove_tree(dir);
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "C.UTF-8");
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/notes-screen/note-at-fact", test_note_at_fact);
	g_test_add_func("/notes-screen/note-at-line", test_note_at_line);
	g_test_add_func("/notes-screen/escape-asks", test_escape_asks);
	g_test_add_func("/notes-screen/list", test_list);
	g_test_add_func("/notes-screen/export", test_export);
	g_test_add_func("/notes-screen/line-numbers", test_line_numbers);
	g_test_add_func("/notes-screen/draft", test_draft);
	g_test_add_func("/notes-screen/damaged", test_damaged);
	return g_test_run();
}

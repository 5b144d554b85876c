/* The reader as a fact-checker uses it (issue 11): headers, the facts list,
 * zoom, realigning near the cursor, copying, one report, coverage and notes
 * at a fact a report lacks. */
#include "screen-lib.h"

/* ---- the reader as a fact-checker uses it (issue 11) ---------------- */

/* Headers name each report: the outlet when the text names one, else the
 * file; the title where there is room; never only a title. */
static void test_headers(void)
{
	static const HandDoc docs[] = { { "h", NULL, 2023, 4, 5, { NULL } },
					{ "h", "The Courier", 2023, 4, 5, { NULL } } };
	static const HandFact facts[] = {
		{ 0, "Ann Lee", CR_FACT_PERSON, "ann lee" },
		{ 1, "Ann Lee", CR_FACT_PERSON, "ann lee" },
		{ 1, "Bo Tan", CR_FACT_PERSON, "bo tan" },
	};
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_ptr_array_add(list, cr_test_doc("/tmp/reports/02_heraldtribune.txt",
					  "date 2023-04-05 On Tuesday Ann Lee spoke.\n\nShe left.\n"));
	g_ptr_array_add(list, cr_test_doc("b.txt", "Ann Lee spoke.\n\nBo Tan did not.\n"));
	CrEngine *engine = hand_engine_from(list, docs, facts, G_N_ELEMENTS(facts));
	CrDoc *first = g_ptr_array_index(engine->docs, 0);
	first->title = g_strdup("date 2023-04-05 On Tuesday Ann Lee spoke.");
	Screen s;
	screen_open(&s, engine, 200, 20);

	/* no outlet: the file's name, then the title, the date */
	g_autofree char *a = pane_header(&s, 0);
	g_assert_true(g_str_has_prefix(a, "A 02_heraldtribune.txt \xc2\xb7 date 2023-04-05 On Tuesday"));
	g_assert_nonnull(strstr(a, "2023-04-05  "));
	g_autofree char *b = pane_header(&s, 1);
	g_assert_true(g_str_has_prefix(b, "B The Courier "));
	/* narrow, the report lacking the current fact: the name stays, the
	 * notice shortens, the title and the date go */
	play(&s, "<Tab>jj<resize 70x20>");
	g_assert_cmpstr(current_value(&s), ==, "Bo Tan");
	g_autofree char *narrow = pane_header(&s, 0);
	g_assert_true(g_str_has_prefix(narrow, "A 02_heraldtribune.txt"));
	g_assert_nonnull(strstr(narrow, "lacks"));
	g_assert_null(strstr(narrow, "Tuesday"));

	/* i: every report in full */
	play(&s, "<resize 200x20>i");
	g_assert_true(s.view->overlay == &cr_overlay_info);
	g_assert_true(screen_has(&s, "A\n"));
	g_assert_true(screen_has(&s, "B  (focused)"));
	g_assert_true(screen_has(&s, "file     /tmp/reports/02_heraldtribune.txt"));
	g_assert_true(screen_has(&s, "outlet   (not named in the text)"));
	g_assert_true(screen_has(&s, "outlet   The Courier"));
	g_assert_true(screen_has(&s, "title    date 2023-04-05 On Tuesday Ann Lee spoke."));
	g_assert_true(screen_has(&s, "date     2023-04-05"));
	g_assert_true(screen_has(&s, "size     53 bytes, 11 words, 2 paragraphs"));
	g_assert_true(screen_has(&s, "facts    1, 1 of them shared with other reports"));
	play(&s, "x");
	g_assert_null(s.view->overlay);
	screen_close(&s);
}

/* The row of the facts list that shows GROUP's value, or -1. */
static int facts_row_of(Screen *s, const char *value)
{
	g_autofree char *all = cr_ui_session_screen(s->session);
	g_auto(GStrv) lines = g_strsplit(all, "\n", -1);
	for (int y = 0; lines[y]; y++)
		if (g_str_has_suffix(lines[y], value))
			return y;
	return -1;
}

static void test_facts_list(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	const CrView *v = s.view;

	/* every shared fact, in A's reading order, with who carries it */
	play(&s, "F");
	g_assert_true(v->overlay == &cr_overlay_facts);
	g_assert_true(screen_has(&s, "Shared facts: 8, in the reading order of A Harbour Times"));
	g_assert_true(screen_has(&s, " fact       A B C  value"));
	g_autofree char *first = screen_line(&s, 2);
	g_assert_cmpstr(first, ==, " place 1    \xc2\xb7 \xe2\x97\x8f \xe2\x97\x8f  Northport");
	g_autofree char *quote = screen_line(&s, facts_row_of(&s, PARK_A));
	g_assert_true(g_str_has_prefix(quote, " quote 1    \xe2\x97\x8f \xe2\x97\x8f \xc2\xb7  "));
	g_assert_true(screen_has(&s, "1 of 8  Esc closes"));
	g_assert_cmpint(facts_row_of(&s, "Northport"), <, facts_row_of(&s, "Tuesday"));
	/* s: by how many reports carry them */
	play(&s, "s");
	g_assert_true(screen_has(&s, "Shared facts: 8, by how many reports carry them"));
	g_assert_cmpint(facts_row_of(&s, "48 million dollars"), <, facts_row_of(&s, "Northport"));
	g_assert_cmpint(facts_row_of(&s, "Elena Park"), <, facts_row_of(&s, "Tuesday"));
	/* t: one kind at a time, and all again */
	play(&s, "t");
	g_assert_true(screen_has(&s, "Shared dates: 2, by how many reports carry them"));
	g_assert_cmpint(facts_row_of(&s, "Northport"), ==, -1);
	play(&s, "tttt");
	g_assert_true(screen_has(&s, "Shared numbers: 1,"));
	play(&s, "t");
	g_assert_true(screen_has(&s, "Shared facts: 8,"));
	/* Enter lines the panes up on the one selected and closes the list */
	play(&s, "sggjj<Enter>");
	g_assert_null(v->overlay);
	g_assert_cmpstr(current_value(&s), ==, "Elena Park");
	check_counterparts(&s);
	/* one A lacks: A's pane says so, the others line up */
	play(&s, "Fg<Enter>");
	g_assert_cmpstr(current_value(&s), ==, "Northport");
	g_assert_true(v->panes[0].lacks);
	check_counterparts(&s);
	/* its coverage: marked against the first report that has it */
	play(&s, "c");
	g_assert_true(screen_has(&s, "B Coast Daily  \xe2\x80\x94 the reference"));
	g_assert_true(screen_has(&s, "A Harbour Times  \xe2\x80\x94 lacks this fact"));
	play(&s, "<Esc>");
	/* the list opens on the current fact; c shows the selected one's coverage */
	play(&s, "F");
	g_autofree char *selected = g_strdup_printf("1 of 8");
	g_assert_true(screen_has(&s, selected));
	play(&s, "jjjc");
	g_assert_true(v->overlay == &cr_overlay_coverage);
	g_assert_true(screen_has(&s, "Coverage of quote 1 of 2"));
	play(&s, "<Esc>");
	screen_close(&s);

	/* nothing shared, or one report: the list says why it does not open */
	screen_open(&s, text_engine("Nothing shared here.\n"), 80, 24);
	play(&s, "F");
	g_assert_null(s.view->overlay);
	g_assert_true(screen_has(&s, "one report: facts are shared between two or more"));
	screen_close(&s);
}

/* z on one pane, Tab, z again: the other panes stay near where they were,
 * none sent to its end because the one now leading (short, its text
 * whole on a zoomed screen) has its cursor on its last line. */
static void test_zoom_focus(void)
{
	CrEngine *engine = seed_engine();
	if (!engine)
		return;
	Screen s;
	screen_open(&s, engine, 200, 50);
	const CrView *v = s.view;

	play(&s, "]]]");
	gboolean at_end[CR_MAX_DOCUMENTS];
	for (guint p = 0; p < v->n_panes; p++)
		at_end[p] = v->panes[p].top >= cr_pane_max_top(&v->panes[p]);
	play(&s, "z<Tab>z");
	g_assert_cmpuint(v->focus, ==, 1);
	for (guint p = 0; p < v->n_panes; p++)
		if (!at_end[p] && p != v->focus)
			g_assert_cmpuint(v->panes[p].top, <, cr_pane_max_top(&v->panes[p]));
	/* G still takes every pane to its end */
	play(&s, "G");
	for (guint p = 0; p < v->n_panes; p++)
		g_assert_cmpuint(v->panes[p].top, ==, cr_pane_max_top(&v->panes[p]));
	screen_close(&s);
}

/* = with sync off lines the panes up on the shared fact nearest the cursor
 * line, not on a long quotation that began rows above it. */
static void test_realign_nearest(void)
{
	static const HandDoc docs[] = { { "x", NULL, 0, 0, 0, { NULL } }, { "y", NULL, 0, 0, 0, { NULL } } };
	static const HandFact facts[] = {
		{ 0, LONG_QUOTE, CR_FACT_QUOTE, "long" },
		{ 0, "Tom Reyes", CR_FACT_PERSON, "reyes" },
		{ 1, "Tom Reyes", CR_FACT_PERSON, "reyes" },
		{ 1, LONG_QUOTE, CR_FACT_QUOTE, "long" },
	};
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_ptr_array_add(list, cr_test_doc("x.txt", "He said \"" LONG_QUOTE "\" and left.\n"));
	g_ptr_array_add(list,
			cr_test_doc("y.txt",
				    "Filler.\n\nMore filler.\n\nTom Reyes spoke.\n\nAnd then: \"" LONG_QUOTE
				    "\".\n"));
	Screen s;
	screen_open(&s, hand_engine_from(list, docs, facts, G_N_ELEMENTS(facts)), 60, 30);
	int reyes = find_fact(&s, 0, CR_FACT_PERSON, "Tom Reyes");
	play(&s, "s");
	cursor_to(&s, reyes);
	/* the cursor line holds the name, inside the quotation begun rows above */
	g_assert_cmpuint(s.view->panes[0].cursor, >, 5);
	play(&s, "=");
	g_assert_cmpint(s.view->current, ==, reyes);
	g_assert_cmpint(fact_screen_row(&s, 1, s.view->panes[1].mark), ==, fact_screen_row(&s, 0, reyes));
	screen_close(&s);
}

/* The OSC 52 sequences the session wrote to its terminal, decoded. */
static GPtrArray *clipboard_writes(Screen *s)
{
	GPtrArray *texts = g_ptr_array_new_with_free_func(g_free);
	g_autofree char *out = NULL;
	gsize len = 0;
	fflush(s->out);
	rewind(s->out);
	GString *all = g_string_new(NULL);
	char buf[4096];
	gsize n;
	while ((n = fread(buf, 1, sizeof buf, s->out)) > 0)
		g_string_append_len(all, buf, (gssize)n);
	len = all->len;
	out = g_string_free(all, FALSE);
	fseek(s->out, 0, SEEK_END);
	for (const char *p = out; (p = g_strstr_len(p, (gssize)(len - (gsize)(p - out)), "\033]52;c;"));) {
		p += 7;
		const char *end = strchr(p, '\a');
		g_assert_nonnull(end);
		g_autofree char *b64 = g_strndup(p, (gsize)(end - p));
		for (const char *c = b64; *c; c++)
			g_assert_true(g_ascii_isalnum(*c) || *c == '+' || *c == '/' || *c == '=');
		gsize size = 0;
		guchar *text = g_base64_decode(b64, &size);
		g_ptr_array_add(texts, g_strndup((const char *)text, size));
		g_free(text);
		p = end;
	}
	return texts;
}

static void test_copy(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 100, 24);

	/* y: the passage of the current fact, cited */
	play(&s, "]y");
	g_assert_true(screen_has(
	    &s, "copied to the clipboard through the terminal (OSC 52): the passage and its citation"));
	g_autoptr(GPtrArray) one = clipboard_writes(&s);
	g_assert_cmpuint(one->len, ==, 1);
	g_assert_cmpstr(g_ptr_array_index(one, 0), ==,
			"Mayor Elena Park said \"" PARK_A "\" after the vote, which passed seven to two.\n"
			"\xe2\x80\x94 Harbour Times, 2024-03-14, a.txt, line 7\n");
	g_assert_null(s.view->clipboard);
	/* Y: the line-up of the fact in every report, and who lacks it */
	play(&s, "Y");
	g_autoptr(GPtrArray) two = clipboard_writes(&s);
	g_assert_cmpuint(two->len, ==, 2);
	g_assert_cmpstr(g_ptr_array_index(two, 1), ==,
			"quote 1 of 2, in 2 of 3 reports: " PARK_A "\n"
			"\nA Harbour Times, 2024-03-14, a.txt, line 7:\n"
			"Mayor Elena Park said \"" PARK_A "\" after the vote, which passed seven to two.\n"
			"\nB Coast Daily, 2024-03-13, b.txt, line 5:\n"
			"\"" PARK_B ",\" Mayor Elena Park told reporters outside the chamber.\n"
			"\nC River Radio: lacks it\n");
	/* nothing to copy: it says why, and nothing is sent */
	play(&s, "gy");
	g_assert_true(screen_has(&s, "no fact on the cursor line to copy"));
	play(&s, "}y");
	g_assert_true(screen_has(&s, "this report lacks the fact: Y copies it as the others have it"));
	g_autoptr(GPtrArray) still = clipboard_writes(&s);
	g_assert_cmpuint(still->len, ==, 2);
	screen_close(&s);

	/* a report's bytes never reach the terminal raw: escapes are copied
	 * as inert text, inside base64 */
	static const HandDoc docs[] = { { "h", NULL, 0, 0, 0, { NULL } }, { "p", NULL, 0, 0, 0, { NULL } } };
	static const HandFact facts[] = { { 0, "Ann \x1b]0;x\x07Lee", CR_FACT_PERSON, "ann" },
					  { 1, "Ann Lee", CR_FACT_PERSON, "ann" } };
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_ptr_array_add(list, cr_test_doc("h.txt", "Then Ann \x1b]0;x\x07Lee said \x1b[2J so.\n"));
	g_ptr_array_add(list, cr_test_doc("p.txt", "Ann Lee said so.\n"));
	screen_open(&s, hand_engine_from(list, docs, facts, 2), 80, 24);
	play(&s, "y");
	g_autoptr(GPtrArray) safe = clipboard_writes(&s);
	g_assert_cmpuint(safe->len, ==, 1);
	g_assert_cmpstr(g_ptr_array_index(safe, 0), ==,
			"Then Ann ^[]0;x^GLee said ^[[2J so.\n\xe2\x80\x94 h.txt, line 1\n");
	screen_close(&s);
}

/* One report: said once, and the pane stays a reader. */
static void test_one_report(void)
{
	static const HandDoc docs[] = { { "o", NULL, 0, 0, 0, { NULL } } };
	static const HandFact facts[] = { { 0, "Ann Lee", CR_FACT_PERSON, "ann" } };
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_ptr_array_add(list, cr_test_doc("one.txt", "Ann Lee spoke.\n\nShe left.\n"));
	Screen s;
	screen_open(&s, hand_engine_from(list, docs, facts, 1), 80, 24);

	g_assert_true(screen_has(&s, "one report: lining facts up across reports needs two or more"));
	play(&s, "j");
	g_assert_false(screen_has(&s, "one report"));
	play(&s, "k");
	g_assert_true(screen_has(&s, "person: Ann Lee"));
	g_assert_false(screen_has(&s, "only in this report"));
	g_assert_false(screen_has(&s, "lacks"));
	play(&s, "]");
	g_assert_true(screen_has(&s, "one report: lining facts up"));
	play(&s, "y");
	g_assert_true(screen_has(&s, "copied to the clipboard"));
	play(&s, "/left<Enter>");
	g_assert_true(screen_has(&s, "/left: 1 of 1 here"));
	screen_close(&s);
}

/* The coverage of the examples' first shared quotation: a report that quotes
 * it whole, one that quotes part, one that rewords it, one that goes on
 * with it unquoted. */
static void test_coverage_examples(void)
{
	Screen s;
	screen_open(&s, examples_engine(), 120, 30);

	play(&s, "]c");
	const CrWording *b = wording_of(&s, 1), *c = wording_of(&s, 2), *d = wording_of(&s, 3);
	g_autofree char *b_omitted = marked_text(b, CR_MARK_DIFF_OMITTED);
	g_assert_cmpstr(b_omitted, ==, "[We]|[and we will not hand the bill to our grandchildren]");
	g_autofree char *c_changed = marked_text(c, CR_MARK_DIFF);
	g_autofree char *c_added = marked_text(c, CR_MARK_DIFF_ADDED);
	g_autofree char *c_omitted = marked_text(c, CR_MARK_DIFF_OMITTED);
	g_assert_cmpstr(c_changed, ==, "leave");
	g_assert_cmpstr(c_added, ==, "over");
	g_assert_cmpstr(c_omitted, ==, "[hand]");
	/* D's sentence whole: it goes on with the quotation, unquoted */
	g_assert_nonnull(
	    strstr(d->text->str, "will not hand the bill to our grandchildren, a line that brought"));
	g_autofree char *d_omitted = marked_text(d, CR_MARK_DIFF_OMITTED);
	g_assert_cmpstr(d_omitted, ==, "[We]|[we]");
	g_autofree char *d_added = marked_text(d, CR_MARK_DIFF_ADDED | CR_MARK_DIFF);
	g_assert_cmpstr(d_added, ==, "");
	/* a date: each report's sentence, not the date alone */
	play(&s, "<Esc>");
	screen_close(&s);
}

/* m at a fact the focused report lacks (a jump went to it): the note cites
 * the reports that have it. */
static void test_note_at_lacking(void)
{
	g_autofree char *dir = cr_test_temp_dir();
	Screen s;
	screen_open(&s, bridge_engine(), 100, 24);
	cr_view_open_notes(s.view, dir, NULL);

	play(&s, "g}");
	g_assert_cmpstr(current_value(&s), ==, "Northport");
	play(&s, "m");
	g_assert_true(screen_has(&s, "note at the place: "));
	play(&s, "A does not say where<Enter>");
	g_assert_true(screen_has(&s, "note saved"));
	const GPtrArray *placed = s.view->notes->placed;
	g_assert_cmpuint(placed->len, ==, 1);
	const CrPlacedNote *note = g_ptr_array_index(placed, 0);
	g_assert_cmpuint(note->places->len, ==, 2);
	g_assert_cmpuint(g_array_index(note->places, CrNotePlace, 0).doc, ==, 1);
	g_assert_cmpuint(g_array_index(note->places, CrNotePlace, 1).doc, ==, 2);
	g_autoptr(GError) error = NULL;
	g_assert_true(cr_view_notes_finish(s.view, &error));
	screen_close(&s);
	cr_test_remove_tree(dir);
}

int main(int argc, char **argv)
{
	screen_test_init(&argc, &argv);
	g_test_add_func("/screen/headers", test_headers);
	g_test_add_func("/screen/facts-list", test_facts_list);
	g_test_add_func("/screen/zoom-focus", test_zoom_focus);
	g_test_add_func("/screen/realign-nearest", test_realign_nearest);
	g_test_add_func("/screen/copy", test_copy);
	g_test_add_func("/screen/one-report", test_one_report);
	g_test_add_func("/screen/coverage-examples", test_coverage_examples);
	g_test_add_func("/screen/note-at-lacking", test_note_at_lacking);
	return g_test_run();
}

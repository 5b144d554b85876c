/* The model's parts without a screen: the keymap, the frame, the layout,
 * the word diff and painting. */
#include "screen-lib.h"

/* ---- the model's parts, without a screen ---------------------------- */

static void test_keymap(void)
{
	g_auto(GStrv) lines = cr_keymap_help_lines();
	g_autofree char *text = cr_keymap_help_text();

	/* every binding is in the help, its keys named */
	g_assert_cmpuint(g_strv_length(lines), ==, cr_keymap_len + 5);
	for (guint i = 0; i < cr_keymap_len; i++) {
		g_autofree char *label = cr_binding_label(&cr_keymap[i]);
		g_assert_true(g_str_has_prefix(lines[i], label));
		g_assert_nonnull(strstr(lines[i], cr_keymap[i].help));
	}
	g_assert_nonnull(strstr(text, "Ctrl-F"));
	g_assert_nonnull(strstr(text, "Alt-1\xe2\x80\x93"
				      "Alt-8"));
	g_assert_nonnull(strstr(text, "'1\xe2\x80\x93'8"));
	g_assert_nonnull(strstr(text, "Shift-Tab"));
	g_assert_nonnull(strstr(text, "wheel"));
	g_assert_nonnull(strstr(text, "Esc cancels"));
	/* keys the issue names all do something */
	const int keys[] = { 'j',
			     'k',
			     CR_KEY_DOWN,
			     CR_KEY_UP,
			     ' ',
			     CR_KEY_PAGE_DOWN,
			     CR_CTRL('f'),
			     'b',
			     CR_KEY_PAGE_UP,
			     CR_CTRL('b'),
			     'd',
			     'u',
			     'g',
			     CR_KEY_HOME,
			     'G',
			     CR_KEY_END,
			     '\t',
			     CR_KEY_BACKTAB,
			     CR_KEY_ALT | '1',
			     CR_KEY_ALT | '8',
			     'z',
			     '\'',
			     'F',
			     'i',
			     'y',
			     'Y',
			     CR_CTRL('l'),
			     'q',
			     's',
			     '=',
			     ']',
			     '[',
			     '}',
			     '{',
			     'c',
			     '/',
			     'n',
			     'N',
			     '?',
			     'L',
			     'B' };
	for (guint i = 0; i < G_N_ELEMENTS(keys); i++)
		g_assert_nonnull(cr_keymap_lookup(keys[i]));
	g_assert_null(cr_keymap_lookup('x'));
	/* digits are counts, never keys of their own */
	for (int digit = '0'; digit <= '9'; digit++)
		g_assert_null(cr_keymap_lookup(digit));
	/* no key is bound twice */
	for (guint i = 0; i < cr_keymap_len; i++)
		for (guint k = 0; k < CR_BINDING_MAX_KEYS && cr_keymap[i].keys[k]; k++)
			g_assert_true(cr_keymap_lookup(cr_keymap[i].keys[k]) == &cr_keymap[i]);

	g_autofree char *ctrl = cr_key_name(CR_CTRL('l'));
	g_autofree char *space = cr_key_name(' ');
	g_autofree char *down = cr_key_name(CR_KEY_DOWN);
	g_autofree char *e_acute = cr_key_name(0xe9);
	g_assert_cmpstr(ctrl, ==, "Ctrl-L");
	g_assert_cmpstr(space, ==, "Space");
	g_assert_cmpstr(down, ==, "Down");
	g_assert_cmpstr(e_acute, ==, "\xc3\xa9");
	g_autofree char *alt = cr_key_name(CR_KEY_ALT | '3');
	g_assert_cmpstr(alt, ==, "Alt-3");
}

/* The text of frame row Y, columns [X, X + N). */
static char *frame_text(const CrFrame *frame, int y, int x, int n)
{
	GString *out = g_string_new(NULL);
	for (int i = x; i < x + n; i++)
		g_string_append(out, cr_frame_at(frame, y, i)->text);
	return g_string_free(out, FALSE);
}

static void test_frame(void)
{
	g_autoptr(CrFrame) frame = cr_frame_new(12, 3);

	/* wide characters take two cells, combining marks join their letter */
	CrPen pen = cr_pen(frame, 0, 0, 12);
	cr_pen_text(&pen,
		    "\xe6\x97\xa5\xe6\x9c\xac"
		    "e\xcc\x81x",
		    -1, CR_STYLE_TEXT, 0);
	g_assert_cmpint(pen.x, ==, 6);
	g_assert_cmpint(cr_frame_at(frame, 0, 0)->width, ==, 2);
	g_assert_cmpint(cr_frame_at(frame, 0, 1)->width, ==, 0);
	g_assert_cmpstr(cr_frame_at(frame, 0, 4)->text, ==, "e\xcc\x81");
	g_assert_cmpstr(cr_frame_at(frame, 0, 5)->text, ==, "x");

	/* controls and bidi overrides become placeholders, one cell a character */
	pen = cr_pen(frame, 1, 0, 12);
	cr_pen_text(&pen, "\x1b[\xe2\x80\xae", -1, CR_STYLE_TEXT, 0);
	g_autofree char *shown = frame_text(frame, 1, 0, 11);
	g_assert_cmpstr(shown, ==, "^[[<U+202E>");
	g_assert_cmpint(cr_frame_at(frame, 1, 0)->style, ==, CR_STYLE_TEXT);

	/* too long: cut with an ellipsis; a wide character never straddles the end */
	pen = cr_pen(frame, 2, 0, 5);
	cr_pen_text(&pen, "abcdefgh", -1, CR_STYLE_TEXT, 0);
	g_autofree char *cut = frame_text(frame, 2, 0, 5);
	g_assert_cmpstr(cut, ==, "abcd\xe2\x80\xa6");
	pen = cr_pen(frame, 2, 0, 3);
	CrCell wide = { .text = "\xe6\x97\xa5", .width = 2 };
	g_assert_true(cr_pen_put(&pen, &wide, CR_STYLE_TEXT, 0));
	g_assert_false(cr_pen_put(&pen, &wide, CR_STYLE_TEXT, 0));
	g_assert_cmpint(pen.x, ==, 3);
	g_assert_cmpstr(cr_frame_at(frame, 2, 2)->text, ==, " ");

	/* tabs stop every 8 columns from the pen's start */
	g_autoptr(CrFrame) wide_frame = cr_frame_new(30, 1);
	pen = cr_pen(wide_frame, 0, 3, 30);
	cr_pen_text(&pen, "ab\tc", -1, CR_STYLE_TEXT, 0);
	g_assert_cmpstr(cr_frame_at(wide_frame, 0, 11)->text, ==, "c");
	/* a pen off the frame draws nothing */
	pen = cr_pen(wide_frame, 5, 0, 30);
	cr_pen_text(&pen, "x", -1, CR_STYLE_TEXT, 0);
	g_assert_cmpint(pen.x, ==, 0);
}

static void test_layout(void)
{
	CrRect r[8];
	CrLayout used;

	g_assert_true(cr_layout_panes(80, 23, 3, CR_LAYOUT_SIDE, &used, r));
	g_assert_cmpint(used, ==, CR_LAYOUT_SIDE);
	g_assert_cmpint(r[0].x, ==, 0);
	g_assert_cmpint(r[0].width + r[1].width + r[2].width + 2, ==, 80);
	g_assert_cmpint(r[1].x, ==, r[0].width + 1);
	g_assert_cmpint(r[2].height, ==, 23);

	/* 5 x 20 columns and 4 separators need 104 columns: stacked below that */
	g_assert_true(cr_layout_panes(104, 40, 5, CR_LAYOUT_SIDE, &used, r));
	g_assert_cmpint(used, ==, CR_LAYOUT_SIDE);
	g_assert_true(cr_layout_panes(103, 40, 5, CR_LAYOUT_SIDE, &used, r));
	g_assert_cmpint(used, ==, CR_LAYOUT_STACKED);
	g_assert_cmpint(r[4].y + r[4].height, ==, 40);
	g_assert_cmpint(r[0].width, ==, 103);

	g_assert_true(cr_layout_panes(200, 40, 2, CR_LAYOUT_STACKED, &used, r));
	g_assert_cmpint(used, ==, CR_LAYOUT_STACKED);
	g_assert_cmpint(r[1].y, ==, 20);
	/* stacked preferred but too short for it: side by side */
	g_assert_true(cr_layout_panes(200, 7, 5, CR_LAYOUT_STACKED, &used, r));
	g_assert_cmpint(used, ==, CR_LAYOUT_SIDE);
	g_assert_cmpint(r[4].height, ==, 7);

	/* too small either way */
	g_assert_false(cr_layout_panes(19, 40, 1, CR_LAYOUT_SIDE, &used, r));
	g_assert_false(cr_layout_panes(20, 5, 3, CR_LAYOUT_SIDE, &used, r));
	g_assert_false(cr_layout_panes(200, 1, 1, CR_LAYOUT_SIDE, &used, r));
	g_assert_true(cr_layout_panes(20, 2, 1, CR_LAYOUT_SIDE, &used, r));
}

/* TEXT's words as DIFF marks them: "=word" same, "~word" changed, "+word"
 * added, "word" context, and "[words]" where the reference's are missing;
 * separated by spaces. */
static char *diff_words(const char *text, const CrDiff *diff)
{
	GString *out = g_string_new(NULL);
	guint gap = 0;
	for (guint i = 0; i <= diff->words->len; i++) {
		gsize at =
		    i < diff->words->len ? g_array_index(diff->words, CrDiffWord, i).start : strlen(text);
		for (; gap < diff->gaps->len && g_array_index(diff->gaps, CrDiffGap, gap).at <= at; gap++)
			g_string_append_printf(out, "%s[%s]", out->len ? " " : "",
					       g_array_index(diff->gaps, CrDiffGap, gap).words);
		if (i == diff->words->len)
			break;
		const CrDiffWord *w = &g_array_index(diff->words, CrDiffWord, i);
		static const char *const signs[] = { "=", "~", "+", "" };
		g_string_append_printf(out, "%s%s%.*s", out->len ? " " : "", signs[w->diff],
				       (int)(w->end - w->start), text + w->start);
	}
	return g_string_free(out, FALSE);
}

/* The diff of TEXT against REFERENCE, the focus on FOCUS (in TEXT), as
 * diff_words() writes it. */
static char *diff_of(const char *reference, const char *text, const char *focus, gboolean wide)
{
	const char *at = strstr(text, focus);
	g_assert_nonnull(at);
	gsize start = (gsize)(at - text);
	g_autoptr(CrDiff) diff = cr_diff_against(reference, text, start, start + strlen(focus), wide);
	return diff_words(text, diff);
}

static void test_word_diff(void)
{
	/* a word said otherwise is changed, the reference's own a gap after it;
	 * a word the reference has not is added */
	g_autofree char *park = diff_of(PARK_A, PARK_B, PARK_B, FALSE);
	g_assert_cmpstr(park, ==,
			"=This =bridge =will +finally =join =the =two =halves =of =our =town [at last]");
	g_autofree char *leave = diff_of("we will not hand the bill", "we will not leave the bill",
					 "we will not leave the bill", FALSE);
	g_assert_cmpstr(leave, ==, "=we =will =not ~leave [hand] =the =bill");
	/* case, accents, curly quotes and punctuation do not count */
	g_autofree char *same = diff_of("\xe2\x80\x9cWe won\xe2\x80\x99t go,\xe2\x80\x9d she said.",
					"We won't g\xc3\xb3; she said", "We", TRUE);
	g_assert_cmpstr(same, ==, "=We =won =t =g\xc3\xb3 =she =said");
	/* a quotation cut short: the rest of the reference is left out; the
	 * words around it are context */
	g_autofree char *short_quote =
	    diff_of("We will not hand this coast to the sea, and we will not hand the bill",
		    "the government \xe2\x80\x9cwill not hand this coast to the sea\xe2\x80\x9d.",
		    "will not hand this coast to the sea", TRUE);
	g_assert_cmpstr(short_quote, ==,
			"the government [We] =will =not =hand =this =coast =to =the =sea [and we will not "
			"hand the bill]");
	/* a report that goes on unquoted has the rest too (WIDE), a lone match
	 * far off is chance, and what the reference lacks inside is a gap */
	g_autofree char *goes_on = diff_of(
	    "We will not hand this coast to the sea, and we will not hand the bill",
	    "Marrow said the country will not hand this coast to the sea and will not hand the bill, a line "
	    "that brought the benches to their feet with the sea",
	    "not hand this coast to the sea", TRUE);
	g_assert_cmpstr(
	    goes_on, ==,
	    "Marrow said the country [We] =will =not =hand =this =coast =to =the =sea =and [we] =will =not "
	    "=hand =the =bill a line that brought the benches to their feet with the sea");
	/* narrow: only the fact's own words are compared */
	g_autofree char *date = diff_of("May 24", "He said on Wednesday that", "Wednesday", FALSE);
	g_assert_cmpstr(date, ==, "He said on ~Wednesday [May 24] that");
	/* nothing to compare with, and nothing compared */
	g_autofree char *empty = diff_of("", "new words", "new words", FALSE);
	g_assert_cmpstr(empty, ==, "+new +words");
	g_autofree char *none = diff_of("old words", "x", "x", FALSE);
	g_assert_cmpstr(none, ==, "~x [old words]");
}

static void test_paint(void)
{
	static const HandDoc docs[] = { { "n", NULL, 0, 0, 0, { NULL } } };
	static const HandFact facts[] = {
		{ 0, "said Ann Lee today", CR_FACT_QUOTE, "q" },
		{ 0, "Ann Lee", CR_FACT_PERSON, "p" },
	};
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_ptr_array_add(list, cr_test_doc("n.txt", "It was said Ann Lee today."));
	g_autoptr(CrEngine) engine = hand_engine_from(list, docs, facts, 2);
	g_autoptr(GArray) paint = cr_paint_build(engine->facts, 0, 2);

	/* the name shows inside the quotation: quote, name, quote */
	g_assert_cmpuint(paint->len, ==, 3);
	const CrPaint *p = (const CrPaint *)(const void *)paint->data;
	g_assert_cmpuint(p[0].start, ==, 7);
	g_assert_cmpuint(p[0].end, ==, 12);
	g_assert_cmpint(g_array_index(engine->facts, CrFact, p[1].fact).kind, ==, CR_FACT_PERSON);
	g_assert_cmpuint(p[2].end, ==, 25);
	g_assert_cmpuint(cr_spans_find(paint, sizeof(CrPaint), 0), ==, 0);
	g_assert_cmpuint(cr_spans_find(paint, sizeof(CrPaint), 12), ==, 1);
	g_assert_cmpuint(cr_spans_find(paint, sizeof(CrPaint), 25), ==, 3);
}

int main(int argc, char **argv)
{
	screen_test_init(&argc, &argv);
	g_test_add_func("/screen/keymap", test_keymap);
	g_test_add_func("/screen/frame", test_frame);
	g_test_add_func("/screen/layout", test_layout);
	g_test_add_func("/screen/word-diff", test_word_diff);
	g_test_add_func("/screen/paint", test_paint);
	return g_test_run();
}

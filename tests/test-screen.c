/* The reader on a headless curses screen: real sessions (newterm on a file,
 * keys from scripts) over hand-made engines, the examples and the seeds,
 * with the screen read back from curses and compared to what a user should
 * see. */
#include <curses.h>
#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "crossread/theme_load.h"
#include "crossread/cell.h"
#include "crossread/ui_session.h"
#include "crossread/ui_term.h"
#include "crossread/view.h"
#include "crossread/view_coverage.h"
#include "crossread/view_diff.h"
#include "crossread/view_draw.h"
#include "crossread/view_facts.h"
#include "crossread/view_help.h"
#include "crossread/view_info.h"
#include "crossread/view_list.h"
#include "crossread/view_notes.h"
#include "crossread/view_paint.h"
#include "crossread/view_stops.h"
#include "testlib.h"

/* ---- hand-made engines: reports, paragraphs and facts chosen by the test */

typedef struct {
	const char *file; /* under tests/fixtures/ui/ */
	const char *outlet;
	int year, month, day;	  /* publication date, 0 when none */
	const char *furniture[3]; /* paragraphs holding one of these are boilerplate */
} HandDoc;

typedef struct {
	guint doc;
	const char *words; /* the fact is the first occurrence of these */
	CrFactKind kind;
	const char *key; /* facts with one key are one shared fact */
} HandFact;

/* Paragraphs (split at blank lines) as blocks. */
static GArray *hand_blocks(const CrDoc *doc, const char *const *furniture)
{
	GArray *blocks = g_array_new(FALSE, TRUE, sizeof(CrBlock));
	gsize pos = 0;

	while (pos < doc->len) {
		while (pos < doc->len && g_ascii_isspace(doc->data[pos]))
			pos++;
		if (pos == doc->len)
			break;
		const char *gap = strstr(doc->data + pos, "\n\n");
		gsize end = gap ? (gsize)(gap - doc->data) : doc->len;
		CrBlock block = { .start = pos, .end = end, .score = 1 };
		while (block.end > block.start && g_ascii_isspace(doc->data[block.end - 1]))
			block.end--;
		for (guint i = 0; i < 3 && furniture[i]; i++)
			block.boilerplate |=
			    g_strstr_len(doc->data + block.start, (gssize)(block.end - block.start),
					 furniture[i]) != NULL;
		g_array_append_val(blocks, block);
		pos = end;
	}
	return blocks;
}

/* The first member of GROUP in report DOC, or -1. */
static int member_in(const GArray *facts, const CrGroup *group, guint doc)
{
	for (guint i = 0; i < group->facts->len; i++) {
		guint f = g_array_index(group->facts, guint, i);
		if (g_array_index(facts, CrFact, f).doc == doc)
			return (int)f;
	}
	return -1;
}

/* Groups facts by key (shared when two reports have it) and chains each pair
 * of reports on the groups that come in the same order in both. */
static CrAlignment *hand_align(GArray *facts, guint n_docs)
{
	CrAlignment *al = cr_alignment_new(n_docs);
	g_autoptr(GPtrArray) all = g_ptr_array_new();
	g_autoptr(GHashTable) by_key = g_hash_table_new(g_str_hash, g_str_equal);

	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		CrGroup *group = g_hash_table_lookup(by_key, f->key);
		if (!group) {
			group = g_new0(CrGroup, 1);
			group->kind = f->kind;
			group->value = g_strdup(f->value);
			group->facts = g_array_new(FALSE, FALSE, sizeof(guint));
			group->weight = group->confidence = 1;
			g_hash_table_insert(by_key, f->key, group);
			g_ptr_array_add(all, group);
		}
		g_array_append_val(group->facts, i);
		group->doc_mask |= 1u << f->doc;
	}
	for (guint i = 0; i < all->len; i++) {
		CrGroup *group = g_ptr_array_index(all, i);
		group->n_docs = (guint)__builtin_popcount(group->doc_mask);
		if (group->n_docs < 2) {
			cr_group_free(group);
			continue;
		}
		group->id = al->groups->len;
		g_ptr_array_add(al->groups, group);
		for (guint j = 0; j < group->facts->len; j++)
			g_array_index(facts, CrFact, g_array_index(group->facts, guint, j)).group =
			    (int)group->id;
	}
	for (guint a = 0; a < n_docs; a++)
		for (guint b = a + 1; b < n_docs; b++) {
			CrChain *chain = g_new0(CrChain, 1);
			chain->doc_a = a;
			chain->doc_b = b;
			chain->anchors = g_array_new(FALSE, FALSE, sizeof(CrAnchor));
			/* groups in a's order; keep those that also go forward in b */
			for (guint i = 0; i < facts->len; i++) {
				const CrFact *f = &g_array_index(facts, CrFact, i);
				if (f->doc != a || f->group < 0)
					continue;
				int other = member_in(facts, g_ptr_array_index(al->groups, f->group), b);
				if (other < 0 ||
				    member_in(facts, g_ptr_array_index(al->groups, f->group), a) != (int)i)
					continue;
				CrAnchor anchor = { (guint)f->group, f->start,
						    g_array_index(facts, CrFact, other).start };
				guint n = chain->anchors->len;
				if (n == 0 || g_array_index(chain->anchors, CrAnchor, n - 1).b < anchor.b)
					g_array_append_val(chain->anchors, anchor);
			}
			g_ptr_array_add(al->chains, chain);
		}
	return al;
}

static CrEngine *hand_engine_from(GPtrArray *docs, const HandDoc *hand, const HandFact *facts, guint n_facts)
{
	CrEngine *engine = g_new0(CrEngine, 1);

	engine->docs = docs;
	engine->blocks = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	engine->facts = cr_fact_array_new();
	for (guint d = 0; d < docs->len; d++) {
		CrDoc *doc = g_ptr_array_index(docs, d);
		g_ptr_array_add(engine->blocks, hand_blocks(doc, hand[d].furniture));
		if (hand[d].outlet)
			doc->outlet = g_strdup(hand[d].outlet);
		if (hand[d].year)
			cr_doc_set_pub_date(doc, hand[d].year, hand[d].month, hand[d].day);
	}
	for (guint i = 0; i < n_facts; i++) {
		const CrDoc *doc = g_ptr_array_index(docs, facts[i].doc);
		const char *at = strstr(doc->data, facts[i].words);
		g_assert_nonnull(at);
		gsize start = (gsize)(at - doc->data);
		CrFact *f = cr_fact_append(engine->facts, doc, facts[i].doc, start,
					   start + strlen(facts[i].words), facts[i].kind);
		f->value = g_strdup(facts[i].words);
		f->key = g_strdup(facts[i].key);
	}
	cr_fact_array_sort(engine->facts);
	engine->alignment = hand_align(engine->facts, docs->len);
	return engine;
}

static const HandDoc bridge_docs[] = {
	{ "a.txt", "Harbour Times", 2024, 3, 14, { "Navigation menu", "Share this article" } },
	{ "b.txt", "Coast Daily", 2024, 3, 13, { NULL } },
	{ "c.txt", "River Radio", 0, 0, 0, { NULL } },
};

#define PARK_A "This bridge will join the two halves of our town at last"
#define PARK_B "This bridge will finally join the two halves of our town"
#define REYES  "We are building a monument when we need a timetable"
#define LONG_QUOTE                                                                                           \
	"We will build it, we will pay for it, we will open it on time and we will not let anyone tell us "  \
	"that the town cannot do what towns have always done, which is to join what the river divides, and " \
	"Tom Reyes knows it as well as anyone in this chamber does"

static const HandFact bridge_facts[] = {
	{ 0, "Tuesday", CR_FACT_DATE, "tuesday" },
	{ 0, "Elena Park", CR_FACT_PERSON, "elena park" },
	{ 0, PARK_A, CR_FACT_QUOTE, "quote park" },
	{ 0, "48 million dollars", CR_FACT_NUMBER, "48000000 usd" },
	{ 0, "three years", CR_FACT_NUMBER, "3 years" },
	{ 0, "Tom Reyes", CR_FACT_PERSON, "tom reyes" },
	{ 0, REYES, CR_FACT_QUOTE, "quote reyes" },
	{ 0, "2025", CR_FACT_DATE, "2025" },
	{ 1, "Northport", CR_FACT_PLACE, "northport" },
	{ 1, "Tuesday", CR_FACT_DATE, "tuesday" },
	{ 1, PARK_B, CR_FACT_QUOTE, "quote park" },
	{ 1, "Elena Park", CR_FACT_PERSON, "elena park" },
	{ 1, "Tom Reyes", CR_FACT_PERSON, "tom reyes" },
	{ 1, REYES, CR_FACT_QUOTE, "quote reyes" },
	{ 1, "48 million dollars", CR_FACT_NUMBER, "48000000 usd" },
	{ 1, "2025", CR_FACT_DATE, "2025" },
	{ 2, "Northport", CR_FACT_PLACE, "northport" },
	{ 2, "48 million dollars", CR_FACT_NUMBER, "48000000 usd" },
	{ 2, "Elena Park", CR_FACT_PERSON, "elena park" },
};

/* Three short reports of one council vote: A and B quote the mayor and a
 * councillor in different words, C quotes no one. */
static CrEngine *bridge_engine(void)
{
	GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	for (guint d = 0; d < G_N_ELEMENTS(bridge_docs); d++) {
		g_autofree char *name = g_build_filename("fixtures", "ui", bridge_docs[d].file, NULL);
		g_autofree char *path = cr_test_path(name);
		g_autoptr(GError) error = NULL;
		CrDoc *doc = cr_doc_load(path, &error);
		g_assert_no_error(error);
		g_ptr_array_add(docs, doc);
	}
	return hand_engine_from(docs, bridge_docs, bridge_facts, G_N_ELEMENTS(bridge_facts));
}

/* One report of TEXT with no facts. */
static CrEngine *text_engine(const char *text)
{
	static const HandDoc plain[] = { { "text", NULL, 0, 0, 0, { NULL } } };
	GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_ptr_array_add(docs, cr_test_doc("plain.txt", text));
	return hand_engine_from(docs, plain, NULL, 0);
}

static gint compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The .txt reports in DIR, in name order, loaded. */
static GPtrArray *dir_docs(const char *dir)
{
	g_autoptr(GDir) listing = g_dir_open(dir, 0, NULL);
	g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
	const char *name;

	g_assert_nonnull(listing);
	while ((name = g_dir_read_name(listing)))
		if (g_str_has_suffix(name, ".txt"))
			g_ptr_array_add(names, g_build_filename(dir, name, NULL));
	g_ptr_array_sort(names, compare_names);
	g_assert_cmpuint(names->len, >=, 2);
	g_autoptr(GError) error = NULL;
	GPtrArray *docs = cr_engine_load((char **)names->pdata, MIN(names->len, CR_MAX_DOCUMENTS), &error);
	g_assert_no_error(error);
	return docs;
}

/* The engine over the .txt reports in DIR, in name order. */
static CrEngine *dir_engine(const char *dir)
{
	return cr_engine_run(dir_docs(dir));
}

static CrEngine *examples_engine(void)
{
	g_autofree char *dir = cr_test_path("examples/");
	return dir_engine(dir);
}

/* The engine over the seed reports, or NULL (the test skipped). */
static CrEngine *seed_engine(void)
{
	const char *dir = cr_test_seeds_dir();
	return dir ? dir_engine(dir) : NULL;
}

/* ---- a headless screen ------------------------------------------------ */

typedef struct {
	CrEngine *engine;
	CrUiSession *session;
	CrView *view;
	FILE *out, *in;
} Screen;

/* A reader over ENGINE (taken over) on a COLS x LINES screen of terminal
 * TYPE whose output goes to a temporary file, started with OPTIONS (or
 * NULL: the compiled-in default theme, mono under NO_COLOR). */
static void screen_open_as(Screen *s, CrEngine *engine, int cols, int lines, const char *type,
			   CrUiOptions *options)
{
	g_autoptr(GError) error = NULL;
	g_autofree char *resize = g_strdup_printf("<resize %dx%d>", cols, lines);

	s->engine = engine;
	s->out = tmpfile();
	s->in = fopen("/dev/null", "r");
	g_assert_nonnull(s->out);
	g_assert_nonnull(s->in);
	s->session = cr_ui_session_new(engine, type, s->out, s->in, options, &error);
	g_assert_no_error(error);
	s->view = cr_ui_session_view(s->session);
	cr_ui_session_play(s->session, resize);
}

static void screen_open(Screen *s, CrEngine *engine, int cols, int lines)
{
	screen_open_as(s, engine, cols, lines, "xterm-256color", NULL);
}

static void screen_close(Screen *s)
{
	cr_ui_session_free(s->session);
	fclose(s->out);
	fclose(s->in);
	cr_engine_free(s->engine);
}

static void play(Screen *s, const char *keys)
{
	cr_ui_session_play(s->session, keys);
}

/* Screen row Y as text. */
static char *screen_line(Screen *s, int y)
{
	g_autofree char *all = cr_ui_session_screen(s->session);
	g_auto(GStrv) lines = g_strsplit(all, "\n", -1);
	g_assert_cmpint(y, <, (int)g_strv_length(lines));
	return g_strdup(lines[y]);
}

/* The columns a character takes on a terminal. */
static int char_columns(gunichar c)
{
	return g_unichar_iszerowidth(c) ? 0 : g_unichar_iswide(c) ? 2 : 1;
}

/* The display column of each "│" on LINE. */
static GArray *separator_columns(const char *line)
{
	GArray *cols = g_array_new(FALSE, FALSE, sizeof(int));
	int col = 0;
	for (const char *p = line; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c == 0x2502)
			g_array_append_val(cols, col);
		col += char_columns(c);
	}
	return cols;
}

/* Columns [X, X + WIDTH) of a screen line. */
static char *line_slice(const char *line, int x, int width)
{
	GString *out = g_string_new(NULL);
	int col = 0;
	for (const char *p = line; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (col >= x && col < x + width)
			g_string_append_unichar(out, c);
		col += char_columns(c);
	}
	return g_string_free(out, FALSE);
}

/* What pane P shows on its screen row ROW (0: the first text row). */
static char *pane_text(Screen *s, guint p, guint row)
{
	const CrRect *r = &s->view->panes[p].rect;
	g_autofree char *line = screen_line(s, r->y + 1 + (int)row);
	return line_slice(line, r->x, r->width);
}

static char *pane_header(Screen *s, guint p)
{
	const CrRect *r = &s->view->panes[p].rect;
	g_autofree char *line = screen_line(s, r->y);
	return line_slice(line, r->x, r->width);
}

/* Compares the screen with tests/fixtures/ui/NAME.screen, or with the
 * SHA-256 in NAME.screen.sha256 when DIGEST (for reports that are not the
 * project's to copy, such as the seeds); rewrites the file instead when
 * CR_UPDATE_SCREENS is set. */
static void compare_screen(Screen *s, const char *name, gboolean digest)
{
	g_autofree char *got = cr_ui_session_screen(s->session);
	g_autofree char *sum = g_compute_checksum_for_string(G_CHECKSUM_SHA256, got, -1);
	g_autofree char *file = g_strdup_printf("fixtures/ui/%s.screen%s", name, digest ? ".sha256" : "");
	g_autofree char *path = cr_test_path(file);
	g_autofree char *want = NULL;
	g_autoptr(GError) error = NULL;
	const char *shown = digest ? sum : got;

	if (g_getenv("CR_UPDATE_SCREENS")) {
		g_autofree char *line = digest ? g_strconcat(sum, "\n", NULL) : g_strdup(got);
		g_file_set_contents(path, line, -1, &error);
		g_assert_no_error(error);
		return;
	}
	g_file_get_contents(path, &want, NULL, &error);
	g_assert_no_error(error);
	if (digest && strcmp(g_strchomp(want), sum) != 0)
		g_test_message("the screen that does not match %s:\n%s", file, got);
	g_assert_cmpstr(shown, ==, want);
}

static void check_screen(Screen *s, const char *name)
{
	compare_screen(s, name, FALSE);
}

/* The screen row (0-based, on the whole screen) pane P shows fact F on. */
static int fact_screen_row(Screen *s, guint p, int f)
{
	const CrPane *pane = &s->view->panes[p];
	guint row = cr_wrap_find(pane->rows, cr_view_fact(s->view, f)->start);
	g_assert_cmpuint(row, >=, pane->top);
	g_assert_cmpuint(row, <, pane->top + cr_pane_text_height(pane));
	return pane->rect.y + 1 + (int)(row - pane->top);
}

/* The index of the fact of KIND in DOC whose text starts with WORDS. */
static int find_fact(Screen *s, guint doc, CrFactKind kind, const char *words)
{
	const GArray *facts = s->engine->facts;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->doc == doc && f->kind == kind && g_str_has_prefix(f->text, words))
			return (int)i;
	}
	g_assert_not_reached();
}

static gboolean screen_has(Screen *s, const char *text)
{
	g_autofree char *all = cr_ui_session_screen(s->session);
	return strstr(all, text) != NULL;
}

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

/* ---- screens ------------------------------------------------------- */

static void test_open_bridge(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	check_screen(&s, "bridge-80x24");

	/* headers: letter, outlet, date, position */
	g_autofree char *a = pane_header(&s, 0);
	g_autofree char *c = pane_header(&s, 2);
	g_assert_true(g_str_has_prefix(a, "A Harbour Times"));
	g_assert_true(g_str_has_suffix(g_strchomp(a), "%"));
	g_assert_true(g_str_has_prefix(c, "C River Radio"));
	/* the status line: sync and help */
	g_autofree char *status = screen_line(&s, 23);
	g_assert_nonnull(strstr(status, "sync on"));
	g_assert_nonnull(strstr(status, "? help"));
	screen_close(&s);
}

static void test_scroll_sync(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	CrPane *a = &s.view->panes[0], *b = &s.view->panes[1], *c = &s.view->panes[2];

	/* j moves the cursor; the other panes follow, never backwards */
	guint last_b = b->cursor, last_c = c->cursor;
	for (int i = 0; i < 30; i++) {
		play(&s, "j");
		g_assert_cmpuint(b->cursor, >=, last_b);
		g_assert_cmpuint(c->cursor, >=, last_c);
		last_b = b->cursor;
		last_c = c->cursor;
		/* the cursor lines share a screen row where the text allows */
		if (b->cursor >= a->cursor - a->top)
			g_assert_cmpuint(b->cursor - b->top, ==, a->cursor - a->top);
	}
	g_assert_cmpuint(a->cursor, ==, 30);
	g_assert_cmpuint(a->top, >, 0);
	g_assert_cmpuint(b->cursor, >, 0);
	check_screen(&s, "bridge-sync-on");

	/* G: the end of A; the others at their ends too */
	play(&s, "G");
	g_assert_cmpuint(a->cursor, ==, a->rows->len - 1);
	g_assert_cmpuint(b->cursor, >, b->rows->len / 2);
	g_autofree char *header = pane_header(&s, 0);
	g_assert_nonnull(strstr(header, "100%"));
	play(&s, "g");
	g_assert_cmpuint(a->top, ==, 0);
	g_assert_cmpuint(b->top, ==, 0);

	/* sync off: the others stay put */
	play(&s, "s");
	g_autofree char *status = screen_line(&s, 23);
	g_assert_nonnull(strstr(status, "sync off"));
	play(&s, "<PgDn><C-f> ");
	g_assert_cmpuint(a->top, >, 0);
	g_assert_cmpuint(b->top, ==, 0);
	g_assert_cmpuint(c->top, ==, 0);
	check_screen(&s, "bridge-sync-off");
	play(&s, "b<PgUp><C-b>");
	g_assert_cmpuint(a->top, ==, 0);
	/* and on again: they catch up */
	play(&s, "d");
	guint half = cr_pane_text_height(a) / 2;
	g_assert_cmpuint(a->top, ==, half);
	play(&s, "s");
	g_assert_cmpuint(b->top + c->top, >, 0);
	play(&s, "u");
	g_assert_cmpuint(a->top, ==, 0);
	screen_close(&s);
}

/* The current fact's value: the focused report's wording of it, or the
 * group's value when that report lacks it. */
static const char *current_value(Screen *s)
{
	const CrView *v = s->view;
	if (v->current >= 0)
		return cr_view_fact(v, v->current)->text;
	g_assert_cmpint(v->group, >=, 0);
	return ((const CrGroup *)g_ptr_array_index(v->engine->alignment->groups, v->group))->value;
}

static void check_counterparts(Screen *s);

static void test_jump_quotes(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	int park_a = find_fact(&s, 0, CR_FACT_QUOTE, "This bridge"),
	    park_b = find_fact(&s, 1, CR_FACT_QUOTE, "This");
	int reyes_a = find_fact(&s, 0, CR_FACT_QUOTE, "We are"),
	    reyes_b = find_fact(&s, 1, CR_FACT_QUOTE, "We are");

	/* ]: the mayor's words in A and B on one screen row, highlighted (sync
	 * off: C, which lacks them, stays where it is whatever the scroll map) */
	play(&s, "s]");
	g_assert_cmpint(s.view->current, ==, park_a);
	g_assert_cmpint(s.view->panes[1].mark, ==, park_b);
	int row = fact_screen_row(&s, 0, park_a);
	g_assert_cmpint(fact_screen_row(&s, 1, park_b), ==, row);
	g_autofree char *text_a = pane_text(&s, 0, (guint)row - 1);
	g_autofree char *text_b = pane_text(&s, 1, (guint)row - 1);
	g_assert_nonnull(strstr(text_a, "\"This"));
	g_assert_nonnull(strstr(text_b, "\"This"));
	/* C has no quotation of the mayor, and says so */
	g_autofree char *header_c = pane_header(&s, 2);
	g_assert_true(g_str_has_prefix(header_c, "C River Radio "));
	g_assert_nonnull(strstr(header_c, "lacks it"));
	g_autofree char *header_b = pane_header(&s, 1);
	g_assert_null(strstr(header_b, "lacks"));
	g_autofree char *status = screen_line(&s, 23);
	g_assert_true(g_str_has_prefix(status, "quote 1 of 2, in 2 of 3 reports: This bridge will"));
	check_screen(&s, "bridge-jump");
	g_assert_cmpuint(s.view->panes[2].top, ==, 0);
	play(&s, "s");

	/* ] again: the councillor; [ back to the mayor */
	play(&s, "]");
	g_assert_cmpint(s.view->current, ==, reyes_a);
	g_assert_cmpint(fact_screen_row(&s, 1, reyes_b), ==, fact_screen_row(&s, 0, reyes_a));
	play(&s, "[");
	g_assert_cmpint(s.view->current, ==, park_a);
	/* no quotation after the last one: a message, nothing moves */
	play(&s, "]");
	guint top = s.view->panes[0].top;
	play(&s, "]");
	g_assert_cmpint(s.view->current, ==, reyes_a);
	g_assert_cmpuint(s.view->panes[0].top, ==, top);
	g_assert_true(screen_has(&s, "no next shared quotation"));

	/* counts: 2] from the start goes past the first quotation */
	play(&s, "g2]");
	g_assert_cmpint(s.view->current, ==, reyes_a);
	g_assert_cmpuint(s.view->focus, ==, 0);
	play(&s, "g2[");
	g_assert_true(screen_has(&s, "no previous shared quotation"));

	/* } stops at every shared fact once, in A's order, and skips facts only
	 * A has: first Northport, which A lacks (where B's mention puts it) */
	play(&s, "g}");
	g_assert_cmpint(s.view->current, ==, -1);
	g_assert_cmpstr(current_value(&s), ==, "Northport");
	g_assert_true(s.view->panes[0].lacks);
	g_assert_false(s.view->panes[1].lacks);
	g_assert_true(screen_has(&s, "place 1 of 1, in 2 of 3 reports, not this one: Northport"));
	g_autofree char *header_a = pane_header(&s, 0);
	g_assert_nonnull(strstr(header_a, "lacks"));
	check_counterparts(&s);
	play(&s, "}");
	g_assert_cmpstr(current_value(&s), ==, "Tuesday");
	play(&s, "}}}");
	g_assert_cmpstr(current_value(&s), ==, "48 million dollars");
	play(&s, "}");
	g_assert_cmpstr(current_value(&s), ==, "Tom Reyes");
	g_assert_true(s.view->panes[2].lacks);
	play(&s, "{");
	g_assert_cmpstr(current_value(&s), ==, "48 million dollars");
	/* every pane has the number: all three on one row */
	row = fact_screen_row(&s, 0, s.view->current);
	for (guint p = 1; p < 3; p++)
		g_assert_cmpint(fact_screen_row(&s, p, s.view->panes[p].mark), ==, row);
	play(&s, "{{{{");
	g_assert_cmpstr(current_value(&s), ==, "Northport");
	play(&s, "{");
	g_assert_true(screen_has(&s, "no previous shared fact"));
	screen_close(&s);
}

static void test_jump_from_other_pane(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);

	/* Tab: B leads; ] finds B's quotation and brings A's onto its row */
	play(&s, "<Tab>");
	g_assert_cmpuint(s.view->focus, ==, 1);
	play(&s, "]");
	int park_a = find_fact(&s, 0, CR_FACT_QUOTE, "This bridge"),
	    park_b = find_fact(&s, 1, CR_FACT_QUOTE, "This");
	g_assert_cmpint(s.view->current, ==, park_b);
	g_assert_cmpint(fact_screen_row(&s, 0, park_a), ==, fact_screen_row(&s, 1, park_b));
	/* digits are a count and only that: 1j moves B, the focused pane */
	guint cursor = s.view->panes[1].cursor;
	play(&s, "1");
	g_assert_cmpuint(s.view->focus, ==, 1);
	play(&s, "j");
	g_assert_cmpuint(s.view->focus, ==, 1);
	g_assert_cmpuint(s.view->panes[1].cursor, ==, cursor + 1);
	play(&s, "3j");
	g_assert_cmpuint(s.view->panes[1].cursor, ==, cursor + 4);
	play(&s, "<A-3>");
	g_assert_cmpuint(s.view->focus, ==, 2);
	play(&s, "<A-2>");
	g_assert_cmpuint(s.view->focus, ==, 1);
	play(&s, "<S-Tab>");
	g_assert_cmpuint(s.view->focus, ==, 0);
	play(&s, "<Left>");
	g_assert_cmpuint(s.view->focus, ==, 2);
	play(&s, "<Right>");
	g_assert_cmpuint(s.view->focus, ==, 0);
	screen_close(&s);
}

/* The focus rule: Tab and Shift-Tab go round, Alt-N (or ' then N) focuses
 * pane N, digits are only ever a count; Esc after Alt is no key of its
 * own; a pane number that is not there says so. */
static void test_focus_rule(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	const CrView *v = s.view;

	play(&s, "'3");
	g_assert_cmpuint(v->focus, ==, 2);
	g_assert_true(screen_has(&s, "sync on"));
	play(&s, "'");
	g_assert_true(screen_has(&s, "'  sync on"));
	play(&s, "1");
	g_assert_cmpuint(v->focus, ==, 0);
	/* a count typed before Alt-N is dropped, not kept for the next key */
	play(&s, "5<A-2>j");
	g_assert_cmpuint(v->focus, ==, 1);
	g_assert_cmpuint(v->panes[1].cursor, ==, 1);
	/* 12G: to line 12 of the focused pane, whatever the digits */
	play(&s, "12G");
	g_assert_cmpuint(v->focus, ==, 1);
	g_assert_cmpuint(v->panes[1].cursor, ==, 11);
	/* no such pane */
	play(&s, "<A-7>");
	g_assert_cmpuint(v->focus, ==, 1);
	g_assert_true(screen_has(&s, "no pane 7: there are 3"));
	play(&s, "'x");
	g_assert_cmpuint(v->focus, ==, 1);
	g_assert_true(screen_has(&s, "' and a pane's number (1 to 3) focus that pane"));
	/* Tab and Shift-Tab wrap around */
	play(&s, "<Tab><Tab>");
	g_assert_cmpuint(v->focus, ==, 0);
	play(&s, "<S-Tab>");
	g_assert_cmpuint(v->focus, ==, 2);
	screen_close(&s);
}

/* Keys the reader does not know say so, and change nothing. */
static void test_unknown_key(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);

	play(&s, "]");
	guint top = s.view->panes[0].top;
	int current = s.view->current;
	play(&s, "x");
	g_assert_true(screen_has(&s, "unknown key x \xe2\x80\x94 ? for help"));
	play(&s, "3<C-x>");
	g_assert_true(screen_has(&s, "unknown key Ctrl-X \xe2\x80\x94 ? for help"));
	g_assert_cmpuint(s.view->count, ==, 0);
	play(&s, "<F1>");
	g_assert_true(screen_has(&s, "unknown key \xe2\x80\x94 ? for help"));
	g_assert_cmpuint(s.view->panes[0].top, ==, top);
	g_assert_cmpint(s.view->current, ==, current);
	/* the next key takes the message away */
	play(&s, "j");
	g_assert_false(screen_has(&s, "unknown key"));
	screen_close(&s);
}

static void test_realign(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	int reyes_a = find_fact(&s, 0, CR_FACT_QUOTE, "We are"),
	    reyes_b = find_fact(&s, 1, CR_FACT_QUOTE, "We are");
	const CrPane *a = &s.view->panes[0];

	/* sync off, A moved to the councillor's quotation by hand */
	play(&s, "s");
	guint row = cr_wrap_find(a->rows, cr_view_fact(s.view, reyes_a)->start);
	for (guint i = 0; i < row; i++)
		play(&s, "j");
	g_assert_cmpint(s.view->current, ==, reyes_a);
	g_assert_cmpuint(s.view->panes[1].top, ==, 0);
	/* = brings B's wording onto the same row */
	play(&s, "=");
	g_assert_cmpint(fact_screen_row(&s, 1, reyes_b), ==, fact_screen_row(&s, 0, reyes_a));

	/* a report with no shared fact has nothing to line up on */
	Screen t;
	screen_open(&t, text_engine("Nothing shared here.\n\nNor here.\n"), 80, 24);
	play(&t, "=");
	g_assert_true(screen_has(&t, "one report: lining facts up across reports needs two or more"));
	play(&t, "]");
	g_assert_true(screen_has(&t, "one report: lining facts up"));
	play(&t, "c");
	g_assert_true(screen_has(&t, "one report: coverage compares two or more"));
	screen_close(&t);
	screen_close(&s);
}

/* Moves the leader's cursor line by line (j, k) to the row of fact F. */
static void cursor_to(Screen *s, int f)
{
	const CrPane *leader = &s->view->panes[s->view->focus];
	guint row = cr_wrap_find(leader->rows, cr_view_fact(s->view, f)->start);
	while (leader->cursor != row)
		play(s, leader->cursor < row ? "j" : "k");
}

/* The wording of report DOC in the coverage open. */
static const CrWording *wording_of(Screen *s, guint doc)
{
	const CrCoverage *coverage = s->view->overlay_state;
	for (guint i = 0; i < coverage->wordings->len; i++) {
		const CrWording *w = g_ptr_array_index(coverage->wordings, i);
		if (w->doc == doc)
			return w;
	}
	g_assert_not_reached();
}

/* The stretches of W's text drawn with MARK, joined with '|'. */
static char *marked_text(const CrWording *w, guint8 mark)
{
	GString *out = g_string_new(NULL);
	for (guint i = 0; i < w->runs->len; i++) {
		const CrRun *run = &g_array_index(w->runs, CrRun, i);
		if (!(run->marks & mark))
			continue;
		const CrRun *prev = i ? &g_array_index(w->runs, CrRun, i - 1) : NULL;
		if (out->len && !(prev && (prev->marks & mark) && prev->end == run->start))
			g_string_append_c(out, '|');
		g_string_append_len(out, w->text->str + run->start, (gssize)(run->end - run->start));
	}
	return g_string_free(out, FALSE);
}

static void test_coverage(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);

	/* the mayor's words: A (focused) the reference, B marked against it,
	 * C listed as lacking them */
	play(&s, "]c");
	g_assert_true(s.view->overlay == &cr_overlay_coverage);
	check_screen(&s, "bridge-coverage");
	g_assert_true(screen_has(&s, "Coverage of quote 1 of 2: in 2 of 3 reports"));
	g_assert_true(screen_has(&s, "A Harbour Times  \xe2\x80\x94 the reference"));
	g_assert_true(screen_has(&s, "C River Radio  \xe2\x80\x94 lacks this fact"));
	/* the whole sentence around the quotation, the speaker included */
	const CrWording *b = wording_of(&s, 1);
	g_assert_cmpstr(
	    b->text->str, ==,
	    "\"This bridge will finally join the two halves of our town [at last],\" Mayor Elena Park told "
	    "reporters outside the chamber.");
	g_autofree char *added = marked_text(b, CR_MARK_DIFF_ADDED);
	g_autofree char *omitted = marked_text(b, CR_MARK_DIFF_OMITTED);
	g_autofree char *changed = marked_text(b, CR_MARK_DIFF);
	g_assert_cmpstr(added, ==, "finally");
	g_assert_cmpstr(omitted, ==, "[at last]");
	g_assert_cmpstr(changed, ==, "");
	/* the reference is not marked */
	const CrWording *a = wording_of(&s, 0);
	g_autofree char *a_marks = marked_text(a, CR_MARK_DIFF | CR_MARK_DIFF_ADDED | CR_MARK_DIFF_OMITTED);
	g_assert_cmpstr(a_marks, ==, "");
	g_assert_true(a->reference);
	/* any other key closes it; q too, without quitting */
	play(&s, "x");
	g_assert_null(s.view->overlay);
	play(&s, "cq");
	g_assert_null(s.view->overlay);
	g_assert_false(cr_ui_session_done(s.session));

	/* from B, B is the reference: A's "at last" is added, "finally" a gap */
	play(&s, "<Tab>c");
	const CrWording *from_b = wording_of(&s, 0);
	g_autofree char *a_added = marked_text(from_b, CR_MARK_DIFF_ADDED);
	g_autofree char *a_omitted = marked_text(from_b, CR_MARK_DIFF_OMITTED);
	g_assert_cmpstr(a_added, ==, "at last");
	g_assert_cmpstr(a_omitted, ==, "[finally]");
	play(&s, "<Esc><S-Tab>");

	/* a fact every report has: none lacks it */
	cursor_to(&s, find_fact(&s, 0, CR_FACT_NUMBER, "48 million"));
	play(&s, "c");
	g_assert_true(screen_has(&s, "in 3 of 3 reports"));
	g_assert_false(screen_has(&s, "lacks this fact"));
	/* F goes on to the facts list */
	play(&s, "F");
	g_assert_true(s.view->overlay == &cr_overlay_facts);
	play(&s, "<Esc>c");
	/* on a short screen it scrolls */
	play(&s, "<resize 40x8>");
	g_assert_true(screen_has(&s, "j k Space b scroll"));
	play(&s, "j");
	g_assert_cmpuint(((const CrCoverage *)s.view->overlay_state)->top, ==, 1);
	play(&s, "<resize 80x24><Esc>");
	/* a fact only one report has: nothing to compare */
	cursor_to(&s, find_fact(&s, 0, CR_FACT_NUMBER, "three years"));
	g_autofree char *status = screen_line(&s, 23);
	g_assert_true(g_str_has_prefix(status, "number only in this report: three years"));
	play(&s, "c");
	g_assert_null(s.view->overlay);
	g_assert_true(screen_has(&s, "only this report has the fact on the cursor line"));
	screen_close(&s);
}

static void test_search(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	const CrView *v = s.view;

	/* the prompt shows what is typed, with the cursor */
	play(&s, "/ferr");
	g_autofree char *prompt = screen_line(&s, 23);
	g_assert_true(g_str_has_prefix(prompt, "/ferr"));
	/* Backspace takes back a character (a whole one), Ctrl-U the line */
	play(&s, "x\xc3\xa9<BS><BS><C-u>fer<BS>rry<Enter>");
	g_assert_null(v->prompt);
	g_assert_cmpstr(v->search.pattern, ==, "ferry");
	/* case-insensitive without a capital: "ferry" and "Ferry" in all panes */
	g_assert_cmpuint(v->search.matches[0]->len, ==, 2);
	g_assert_cmpuint(v->search.matches[1]->len, ==, 0);
	g_assert_cmpuint(v->search.matches[2]->len, ==, 1);
	g_assert_true(screen_has(&s, "/ferry: 1 of 2 here, 1 in other reports"));
	/* the cursor went to the first match, and it is marked */
	const CrPane *a = &v->panes[0];
	g_assert_cmpuint(a->cursor, ==,
			 cr_wrap_find(a->rows, g_array_index(v->search.matches[0], CrSpan, 0).start));
	play(&s, "n");
	g_assert_true(screen_has(&s, "/ferry: 2 of 2 here"));
	play(&s, "n");
	g_assert_true(screen_has(&s, "/ferry: 1 of 2 here, 1 in other reports (from the top)"));
	play(&s, "N");
	g_assert_true(screen_has(&s, "/ferry: 2 of 2 here, 1 in other reports (from the end)"));
	/* B has none */
	play(&s, "<Tab>n");
	g_assert_true(screen_has(&s, "/ferry: none here, 3 in other reports"));

	/* a capital makes it case-sensitive */
	play(&s, "<A-1>/Ferry<Enter>");
	g_assert_cmpuint(v->search.matches[0]->len, ==, 0);
	g_assert_cmpuint(v->search.matches[2]->len, ==, 1);
	play(&s, "/FERRY<Enter>");
	g_assert_true(screen_has(&s, "pattern not found: FERRY"));
	/* a regular expression, and a broken one */
	play(&s, "/bridge|council<Enter>");
	g_assert_cmpuint(v->search.matches[1]->len, ==, 5);
	play(&s, "/(unclosed<Enter>");
	g_assert_true(screen_has(&s, "bad pattern"));
	g_assert_nonnull(v->search.compiled);
	/* Esc in the prompt cancels; Esc after clears the highlight */
	play(&s, "/xyz<Esc>");
	g_assert_null(v->prompt);
	g_assert_cmpstr(v->search.pattern, ==, "bridge|council");
	/* Esc after a count drops the count and leaves the search */
	play(&s, "3<Esc>");
	g_assert_cmpuint(v->count, ==, 0);
	g_assert_nonnull(v->search.compiled);
	play(&s, "1<Esc><Esc>n");
	g_assert_null(v->search.compiled);
	g_assert_true(screen_has(&s, "no search yet"));
	screen_close(&s);
}

/* The column of the terminal cursor as the reader places it. */
static int cursor_column(const Screen *s)
{
	g_autoptr(CrFrame) frame = cr_frame_new(0, 0);
	cr_view_render(s->view, frame);
	g_assert_cmpint(frame->cursor_y, ==, frame->lines - 1);
	return frame->cursor_x;
}

/* Plays KEYS into the prompt: the status line then starts with LINE and
 * the cursor is at COLUMN. */
static void check_prompt(Screen *s, const char *keys, const char *line, int column)
{
	play(s, keys);
	g_autofree char *status = screen_line(s, 23);
	g_assert_true(g_str_has_prefix(status, line));
	g_assert_cmpint(cursor_column(s), ==, column);
}

static void test_search_prompt_editing(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);

	/* Left, and typing goes in at the cursor */
	check_prompt(&s, "/fery<Left>r", "/ferry ", 5);
	/* Home and End, Ctrl-A and Ctrl-E */
	check_prompt(&s, "<Home>x", "/xferry ", 2);
	check_prompt(&s, "<C-e> bridge", "/xferry bridge ", 14);
	/* Ctrl-W erases a word, Backspace a character where the cursor is */
	check_prompt(&s, "<C-w><C-a><Right><BS><End><BS>", "/ferry ", 6);
	/* a wide character takes two columns, and Backspace takes it whole */
	check_prompt(&s, "<Home>\xe6\x97\xa5<End>",
		     "/\xe6\x97\xa5"
		     "ferry ",
		     8);
	play(&s, "<Home><Right><BS><Enter>");
	g_assert_null(s.view->prompt);
	g_assert_cmpstr(s.view->search.pattern, ==, "ferry");
	g_assert_true(screen_has(&s, "/ferry: 1 of 2 here"));

	/* a pattern wider than the screen scrolls to keep the cursor on it */
	GString *keys = g_string_new("/");
	for (int i = 0; i < 100; i++)
		g_string_append_c(keys, (char)('a' + i % 26));
	play(&s, keys->str);
	g_string_free(keys, TRUE);
	g_autofree char *tail = screen_line(&s, 23);
	g_assert_true(g_str_has_prefix(tail, "/"));
	g_assert_true(g_str_has_suffix(tail, "uv"));
	g_assert_null(strstr(tail, "sync on"));
	g_assert_cmpint(cursor_column(&s), ==, 79);
	check_prompt(&s, "<Home>", "/abcdef", 1);
	play(&s, "<Esc>");
	g_assert_null(s.view->prompt);
	g_assert_cmpstr(s.view->search.pattern, ==, "ferry");
	screen_close(&s);
}

static void test_search_marks_all_panes(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 200, 50);
	g_autoptr(CrFrame) frame = cr_frame_new(0, 0);

	play(&s, "/elena park<Enter>");
	cr_view_render(s.view, frame);
	/* each pane shows its match marked */
	for (guint p = 0; p < 3; p++) {
		const CrPane *pane = &s.view->panes[p];
		const CrSpan *m = &g_array_index(s.view->search.matches[p], CrSpan, 0);
		guint row = cr_wrap_find(pane->rows, m->start);
		int y = pane->rect.y + 1 + (int)(row - pane->top);
		gboolean marked = FALSE;
		for (int x = pane->rect.x; x < pane->rect.x + pane->rect.width; x++)
			marked |= (cr_frame_at(frame, y, x)->marks & CR_MARK_MATCH) != 0;
		g_assert_true(marked);
	}
	screen_close(&s);
}

/* The screen row (0-based, within the pane's text) pane P shows byte POS
 * on, or -1 when it is not on screen. */
static int pane_row_of(const CrPane *pane, gsize pos)
{
	guint row = cr_wrap_find(pane->rows, pos);
	if (row < pane->top || row >= pane->top + cr_pane_text_height(pane))
		return -1;
	return (int)(row - pane->top);
}

static void test_search_moves(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 8);
	const CrView *v = s.view;
	const CrPane *a = &v->panes[0];

	/* sync off, B and C at their ends: a search brings the mayor into
	 * view in every pane */
	play(&s, "s<Tab>G<Tab>G<Tab>/mayor<Enter>");
	g_assert_cmpuint(v->focus, ==, 0);
	int row = pane_row_of(a, g_array_index(v->search.matches[0], CrSpan, 0).start);
	g_assert_cmpint(row, >=, 0);
	for (guint p = 1; p < 3; p++) {
		const GArray *matches = v->search.matches[p];
		g_assert_cmpuint(matches->len, ==, 1);
		g_assert_cmpint(pane_row_of(&v->panes[p], g_array_index(matches, CrSpan, 0).start), >=, 0);
	}
	check_screen(&s, "bridge-search");

	/* n goes on from the cursor line, not from the match last visited:
	 * after G the next match is the first, from the top */
	play(&s, "sg/the<Enter>");
	g_assert_true(screen_has(&s, "/the: 1 of"));
	play(&s, "Gn");
	g_assert_true(screen_has(&s, "/the: 1 of"));
	g_assert_true(screen_has(&s, "(from the top)"));
	play(&s, "GN");
	guint n = v->search.matches[0]->len;
	g_autofree char *last = g_strdup_printf("/the: %u of %u here", n, n);
	g_assert_true(screen_has(&s, last));
	g_assert_false(screen_has(&s, "(from the end)"));

	/* \W is syntax, not a capital: "\Wferry" finds "Ferry" too */
	play(&s, "/\\Wferry<Enter>");
	g_assert_cmpuint(v->search.matches[2]->len, ==, 1);
	screen_close(&s);

	/* Enter on an empty pattern repeats the last search; with none, says so */
	screen_open(&s, bridge_engine(), 80, 14);
	play(&s, "/<Enter>");
	g_assert_true(screen_has(&s, "no previous search to repeat"));
	play(&s, "/ferry<Enter>n/<Enter>");
	g_assert_true(screen_has(&s, "/ferry: 2 of 2 here"));
	screen_close(&s);
}

/* A search goes a slice at a time, the status line counting; the next key
 * stops it and then does what it does. */
static void test_search_in_slices(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	CrView *v = s.view;
	const CrSearchBudget one_step = { .steps = 1 };

	play(&s, "/the");
	cr_ui_session_input(s.session, FALSE, '\r');
	g_assert_true(cr_view_busy(v));
	cr_view_work(v, &one_step);
	cr_ui_session_draw(s.session);
	g_assert_true(cr_view_busy(v));
	g_assert_true(screen_has(&s, "/the: searching"));
	g_assert_true(screen_has(&s, "so far,"));
	/* j stops it, and moves */
	guint cursor = v->panes[0].cursor;
	cr_ui_session_input(s.session, FALSE, 'j');
	cr_ui_session_draw(s.session);
	g_assert_false(cr_view_busy(v));
	g_assert_null(v->search.compiled);
	g_assert_true(screen_has(&s, "/the: search stopped"));
	g_assert_cmpuint(v->panes[0].cursor, ==, cursor + 1);
	/* run to its end, slices of one step give what one go gives */
	play(&s, "/");
	cr_ui_session_input(s.session, FALSE, 't');
	cr_ui_session_input(s.session, FALSE, 'h');
	cr_ui_session_input(s.session, FALSE, 'e');
	cr_ui_session_input(s.session, FALSE, '\r');
	guint slices = 0;
	while (cr_view_busy(v)) {
		cr_view_work(v, &one_step);
		slices++;
	}
	cr_ui_session_draw(s.session);
	g_assert_cmpuint(slices, >, 3);
	g_autofree char *sliced = screen_line(&s, 23);
	guint counts[3];
	for (guint d = 0; d < 3; d++)
		counts[d] = v->search.matches[d]->len;
	play(&s, "/the<Enter>");
	g_autofree char *whole = screen_line(&s, 23);
	g_assert_cmpstr(sliced, ==, whole);
	for (guint d = 0; d < 3; d++)
		g_assert_cmpuint(v->search.matches[d]->len, ==, counts[d]);
	/* a phrase over a line end is found */
	play(&s, "/new bridge navigation<Enter>");
	g_assert_true(screen_has(&s, "/new bridge navigation: 1 of 1 here"));
	/* nested repeats are refused, not left to run for minutes */
	play(&s, "/(\\w+\\s?)+[!#]<Enter>");
	g_assert_true(screen_has(&s, "too costly to search"));
	g_assert_false(cr_view_busy(v));
	screen_close(&s);
}

/* The state a motion leaves behind: the leader's place and the current fact. */
typedef struct {
	guint focus, top, cursor;
	int current;
} Place;

static Place place_of(const CrView *v)
{
	const CrPane *leader = &v->panes[v->focus];
	return (Place){ v->focus, leader->top, leader->cursor, v->current };
}

/* Every key that takes a count: "3x" takes the cursor where "xxx" does (g
 * and G: to line 3), from the same place, with the same current fact. */
static void test_counts(void)
{
	Screen s;
	screen_open(&s, examples_engine(), 200, 50);
	const CrView *v = s.view;
	guint tried = 0;

	play(&s, "/the<Enter>");
	for (guint b = 0; b < cr_keymap_len; b++) {
		const CrBinding *binding = &cr_keymap[b];
		if (!binding->counted)
			continue;
		for (guint k = 0; k < CR_BINDING_MAX_KEYS && binding->keys[k]; k++) {
			int key = binding->keys[k];
			gboolean line = binding->action == CR_ACT_TOP || binding->action == CR_ACT_BOTTOM;
			/* from the middle of the second pane */
			play(&s, "<A-1><Tab>g");
			for (guint i = 0; i < 40; i++)
				cr_view_key(s.view, CR_KEY_DOWN);
			Place start = place_of(v);
			if (line) {
				cr_view_key(s.view, CR_KEY_HOME);
				for (guint i = 0; i < 2; i++)
					cr_view_key(s.view, CR_KEY_DOWN);
			} else {
				for (guint i = 0; i < 3; i++)
					cr_view_key(s.view, key);
			}
			Place repeated = place_of(v);
			play(&s, "<A-1><Tab>g");
			for (guint i = 0; i < 40; i++)
				cr_view_key(s.view, CR_KEY_DOWN);
			g_assert_cmpuint(place_of(v).cursor, ==, start.cursor);
			play(&s, "3");
			g_assert_cmpuint(v->count, ==, 3);
			g_assert_true(screen_has(&s, "3  sync on"));
			cr_view_key(s.view, key);
			Place counted = place_of(v);
			g_assert_cmpuint(counted.focus, ==, 1);
			g_assert_cmpuint(counted.cursor, ==, repeated.cursor);
			/* a jump shows its fact where it is on screen: the way there
			 * can leave it higher or lower */
			if (binding->action <= CR_ACT_HALF_UP)
				g_assert_cmpuint(counted.top, ==, repeated.top);
			if (!line)
				g_assert_cmpint(counted.current, ==, repeated.current);
			tried++;
		}
	}
	g_assert_cmpuint(tried, >=, 20);
	screen_close(&s);
}

/* Eight reports: side by side at 200 columns, eight headers A to H;
 * stacked below 8 x 20 columns and 7 separators. */
static void test_eight_panes(void)
{
	static const HandDoc docs[] = {
		{ "a" }, { "b" }, { "c" }, { "d" }, { "e" }, { "f" }, { "g" }, { "h" }
	};
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	for (guint d = 0; d < 8; d++) {
		g_autofree char *text =
		    g_strdup_printf("Report %c.\n\nThe same vote, told by outlet %c.\n", 'A' + d, 'A' + d);
		g_ptr_array_add(list, cr_test_doc("r.txt", text));
	}
	Screen s;
	screen_open(&s, hand_engine_from(list, docs, NULL, 0), 200, 50);
	g_assert_cmpint(s.view->layout, ==, CR_LAYOUT_SIDE);
	for (guint p = 0; p < 8; p++) {
		g_autofree char *header = pane_header(&s, p);
		g_assert_cmpint(header[0], ==, 'A' + (int)p);
		g_assert_cmpint(s.view->panes[p].rect.width, >=, CR_MIN_PANE_WIDTH);
	}
	g_autofree char *first = screen_line(&s, 1);
	g_autoptr(GArray) seps = separator_columns(first);
	g_assert_cmpuint(seps->len, ==, 7);
	play(&s, "<A-8>");
	g_assert_cmpuint(s.view->focus, ==, 7);
	play(&s, "<resize 167x50>");
	g_assert_cmpint(s.view->layout, ==, CR_LAYOUT_SIDE);
	play(&s, "<resize 166x50>");
	g_assert_cmpint(s.view->layout, ==, CR_LAYOUT_STACKED);
	screen_close(&s);
}

/* A report of one line of a million bytes and no space: cut into rows,
 * scrolled to its end and searched like any other. */
static void test_long_line(void)
{
	static const HandDoc docs[] = { { "long" }, { "short" } };
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_autofree char *line = g_strnfill(1000000, 'x');
	line[500000] = 'Y';
	g_ptr_array_add(list, cr_test_doc("long.txt", line));
	g_ptr_array_add(list, cr_test_doc("short.txt", "A short report.\n"));
	Screen s;
	screen_open(&s, hand_engine_from(list, docs, NULL, 0), 80, 24);
	const CrPane *a = &s.view->panes[0];
	guint width = (guint)a->rect.width;
	g_assert_cmpuint(a->rows->len, ==, (1000000 + width - 1) / width);
	play(&s, "G");
	g_assert_cmpuint(a->cursor, ==, a->rows->len - 1);
	g_autofree char *header = pane_header(&s, 0);
	g_assert_nonnull(strstr(header, "100%"));
	play(&s, "g/Y<Enter>");
	g_assert_true(screen_has(&s, "/Y: 1 of 1 here"));
	g_assert_cmpuint(a->cursor, ==, 500000 / width);
	play(&s, "<resize 200x50><resize 20x6><resize 80x24>k");
	g_assert_cmpuint(a->cursor, <, a->rows->len);
	screen_close(&s);
}

static void test_resize(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	const CrView *v = s.view;

	play(&s, "s]");
	int park = v->current;
	/* 200x50: wider panes, re-wrapped; the quotation still on screen */
	play(&s, "<resize 200x50>");
	g_assert_cmpint(v->panes[0].rect.width, ==, 66);
	g_assert_cmpint(v->panes[0].wrap_width, ==, 66);
	fact_screen_row(&s, 0, park);
	g_autofree char *last = screen_line(&s, 49);
	g_assert_nonnull(strstr(last, "? help"));
	check_screen(&s, "bridge-200x50");
	/* 20x6: three panes do not fit any way */
	play(&s, "<resize 20x6>");
	g_assert_true(v->too_small);
	g_assert_true(screen_has(&s, "terminal too small"));
	check_screen(&s, "bridge-20x6");
	/* keys still work; zoom shows one pane, which fits */
	play(&s, "z");
	g_assert_false(v->too_small);
	g_autofree char *header = pane_header(&s, 0);
	g_assert_true(g_str_has_prefix(header, "A Harbour"));
	play(&s, "z<resize 80x24>");
	g_assert_false(v->too_small);
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_SIDE);
	/* 40 columns: stacked */
	play(&s, "<resize 40x30>");
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_STACKED);
	g_assert_cmpint(v->panes[2].rect.y, >, v->panes[1].rect.y);
	/* any size, any number of times */
	for (int i = 0; i < 60; i++) {
		g_autofree char *keys =
		    g_strdup_printf("<resize %dx%d>j", 1 + (i * 37) % 230, 1 + (i * 11) % 70);
		play(&s, keys);
		for (guint p = 0; p < v->n_panes; p++) {
			g_assert_cmpuint(v->panes[p].cursor, <, v->panes[p].rows->len);
			g_assert_cmpuint(v->panes[p].top, <=, v->panes[p].cursor);
		}
	}
	play(&s, "<resize 80x24>");
	g_assert_false(v->too_small);
	screen_close(&s);
}

static void test_layout_zoom_boilerplate(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 120, 30);
	const CrView *v = s.view;

	/* L: stacked, L: side by side again */
	play(&s, "L");
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_STACKED);
	g_autofree char *b = pane_header(&s, 1);
	g_assert_true(g_str_has_prefix(b, "B Coast Daily"));
	g_assert_cmpint(v->panes[1].rect.x, ==, 0);
	play(&s, "L");
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_SIDE);
	/* too short to stack three panes: L keeps them side by side, and says so */
	play(&s, "<resize 120x6>L");
	g_assert_false(v->too_small);
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_SIDE);
	g_assert_true(screen_has(&s, "no room for the panes stacked: side by side"));
	g_assert_false(screen_has(&s, "terminal too small"));
	play(&s, "<resize 120x30>");
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_STACKED);
	play(&s, "L");

	/* z: only the focused pane, the whole width */
	play(&s, "<A-2>z");
	g_assert_cmpint(v->panes[1].rect.width, ==, 120);
	g_assert_cmpint(v->panes[0].rect.height, ==, 0);
	g_assert_false(screen_has(&s, "Harbour Times"));
	play(&s, "<Tab>");
	g_assert_true(screen_has(&s, "River Radio"));
	play(&s, "z<A-1>");

	/* B: A's menu and share line go and come back */
	g_assert_true(screen_has(&s, "Navigation menu"));
	play(&s, "B");
	g_assert_false(screen_has(&s, "Navigation menu"));
	g_assert_true(screen_has(&s, "boilerplate hidden"));
	play(&s, "G");
	g_assert_false(screen_has(&s, "Share this article"));
	/* a match only in hidden furniture is not gone to */
	play(&s, "g/navigation<Enter>");
	g_assert_true(screen_has(&s, "/navigation: none here but in hidden boilerplate, 0 in other reports"));
	g_assert_cmpuint(v->panes[0].cursor, ==, 0);
	play(&s, "B");
	g_assert_true(screen_has(&s, "boilerplate shown"));
	play(&s, "G");
	g_assert_true(screen_has(&s, "Share this article"));
	screen_close(&s);
}

static void test_help(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 200, 50);

	play(&s, "?");
	g_assert_true(s.view->overlay == &cr_overlay_help);
	for (guint i = 0; i < cr_keymap_len; i++)
		g_assert_true(screen_has(&s, cr_keymap[i].help));
	play(&s, "q");
	g_assert_null(s.view->overlay);
	g_assert_false(cr_ui_session_done(s.session));

	/* the help needs no panes: shown where three of them do not fit */
	play(&s, "<resize 30x5>?");
	g_assert_true(s.view->too_small);
	g_assert_true(screen_has(&s, "crossread keys"));
	play(&s, "x");
	g_assert_true(screen_has(&s, "terminal too small"));
	play(&s, "<resize 200x50>");
	/* on a short screen the help scrolls */
	play(&s, "<resize 80x10>?");
	g_assert_false(screen_has(&s, "quit"));
	play(&s, "<C-f><C-f><C-f><C-f><C-f><C-f><C-f><C-f><C-f><C-f>"); /* past the end: it stops there */
	g_assert_true(screen_has(&s, "quit"));
	play(&s, "gG");
	g_assert_true(screen_has(&s, "quit"));
	play(&s, "kkg");
	g_assert_true(screen_has(&s, "one line down"));
	play(&s, "?");
	g_assert_null(s.view->overlay);
	play(&s, "<C-l>q");
	g_assert_true(cr_ui_session_done(s.session));
	screen_close(&s);
}

static void test_mouse_wheel(void)
{
	Screen s;
	screen_open(&s, bridge_engine(), 80, 24);
	const CrPane *a = &s.view->panes[0], *b = &s.view->panes[1];

	/* over B: B scrolls, A does not */
	g_autofree char *over_b = g_strdup_printf("<wheel-down 5 %d>", b->rect.x + 2);
	play(&s, over_b);
	g_assert_cmpuint(b->top, ==, 3);
	g_assert_cmpuint(a->top, ==, 0);
	/* over A, the leader: B follows */
	play(&s, "<wheel-down 5 2><wheel-down 5 2>");
	g_assert_cmpuint(a->top, ==, 6);
	play(&s, "<wheel-up 5 2><wheel-up 5 2>");
	g_assert_cmpuint(a->top, ==, 0);
	g_assert_cmpuint(b->top, ==, 0);
	/* after a jump, a pane the wheel moved stays where it was put when the
	 * screen is resized */
	play(&s, "]");
	g_assert_true(s.view->lined_up);
	play(&s, over_b);
	guint b_top = b->top;
	play(&s, "<resize 80x24>");
	g_assert_cmpuint(b->top, ==, b_top);
	play(&s, "g");
	/* over the help, the facts list or the coverage: they scroll */
	play(&s, "?<wheel-down 5 2>");
	g_assert_true(s.view->overlay == &cr_overlay_help);
	g_assert_cmpuint(((const CrListNav *)s.view->overlay_state)->top, ==, 3);
	play(&s, "<Esc>F<wheel-down 5 2>");
	g_assert_cmpuint(((const CrFactsList *)s.view->overlay_state)->selected, ==, 3);
	play(&s, "<Esc>");
	/* on a separator or the status line: nothing */
	g_autofree char *separator = g_strdup_printf("<wheel-down 5 %d>", a->rect.width);
	play(&s, separator);
	play(&s, "<wheel-down 23 2>");
	g_assert_cmpuint(a->top, ==, 0);
	screen_close(&s);
}

/* "日本語のテキスト": eight wide characters */
#define NIHONGO_TEXT                                                                                         \
	"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae"                                                   \
	"\xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9\xe3\x83\x88"

static void test_hostile(void)
{
	static const char hostile[] =
	    "Clear \x1b[2J and title \x1b]0;pwned\x07 bell.\n\n"
	    "Bad bytes \xff\xfe and C1 \xc2\x9b"
	    "31m and raw \x9b"
	    "31m end.\n\n"
	    "Reversed \xe2\x80\xae"
	    "desrever\xe2\x80\xac and isolate \xe2\x81\xa6x\xe2\x81\xa9 here.\n\n" NIHONGO_TEXT NIHONGO_TEXT
	    " cafe\xcc\x81 nai\xcc\x88ve DEL\x7f tab\there.\n";
	static const HandDoc docs[] = { { "h", NULL, 0, 0, 0, { NULL } }, { "p", NULL, 0, 0, 0, { NULL } } };
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_ptr_array_add(list, cr_test_doc("hostile.txt", hostile));
	g_ptr_array_add(list, cr_test_doc("plain.txt", "A plain report.\n"));
	Screen s;
	screen_open(&s, hand_engine_from(list, docs, NULL, 0), 61, 20);

	g_autofree char *all = cr_ui_session_screen(s.session);
	g_assert_null(strchr(all, '\x1b'));
	g_assert_null(strchr(all, '\x07'));
	g_assert_null(strstr(all, "\xe2\x80\xae"));
	g_assert_nonnull(strstr(all, "^[[2J"));
	g_assert_nonnull(strstr(all, "^[]0;pwned^G"));
	g_assert_nonnull(strstr(all, "<U+202E>"));
	g_assert_nonnull(strstr(all, "<U+2066>"));
	g_assert_nonnull(strstr(all, "<U+009B>"));
	g_assert_nonnull(strstr(all, "\xef\xbf\xbd\xef\xbf\xbd"));
	g_assert_nonnull(strstr(all, "^?"));
	g_assert_nonnull(strstr(all, "cafe\xcc\x81"));
	check_screen(&s, "hostile");

	/* every row keeps the separator in the same column: wide characters and
	 * combining marks take what they should */
	g_auto(GStrv) lines = g_strsplit(all, "\n", -1);
	for (int y = 0; y < 19; y++) {
		g_autoptr(GArray) cols = separator_columns(lines[y]);
		g_assert_cmpuint(cols->len, ==, 1);
		g_assert_cmpint(g_array_index(cols, int, 0), ==, 30);
	}

	/* nothing of the file's escapes reached the terminal */
	fflush(s.out);
	rewind(s.out);
	g_autoptr(GByteArray) bytes = g_byte_array_new();
	guint8 buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof buf, s.out)) > 0)
		g_byte_array_append(bytes, buf, (guint)n);
	g_assert_cmpuint(bytes->len, >, 0);
	g_assert_null(g_strstr_len((const char *)bytes->data, bytes->len, "pwned\x07"));
	g_assert_null(g_strstr_len((const char *)bytes->data, bytes->len, "\x1b]0;"));
	g_assert_null(g_strstr_len((const char *)bytes->data, bytes->len, "\xe2\x80\xae"));
	g_assert_null(g_strstr_len((const char *)bytes->data, bytes->len, "\xc2\x9b"));
	screen_close(&s);
}

/* Everything curses wrote to the screen's file so far. */
static GByteArray *terminal_bytes(Screen *s)
{
	GByteArray *bytes = g_byte_array_new();
	guint8 buf[4096];
	size_t n;

	fflush(s->out);
	rewind(s->out);
	while ((n = fread(buf, 1, sizeof buf, s->out)) > 0)
		g_byte_array_append(bytes, buf, (guint)n);
	fseek(s->out, 0, SEEK_END);
	return bytes;
}

/* tests/fixtures/ui/hostile-full.txt: every C0 and C1 control, escape
 * sequences of every family (CSI, OSC, DCS, APC, PM, raw C1), bidi
 * controls, invalid UTF-8 of every kind, invisible, wide, combining and
 * private-use characters, tabs, CR LF and a lone CR. */
static void test_hostile_file(void)
{
	static const HandDoc docs[] = { { "hostile-full.txt", NULL, 0, 0, 0, { NULL } },
					{ "a.txt", NULL, 0, 0, 0, { NULL } } };
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	for (guint d = 0; d < G_N_ELEMENTS(docs); d++) {
		g_autofree char *name = g_build_filename("fixtures", "ui", docs[d].file, NULL);
		g_autofree char *path = cr_test_path(name);
		g_autoptr(GError) error = NULL;
		g_ptr_array_add(list, cr_doc_load(path, &error));
		g_assert_no_error(error);
	}
	Screen s;
	screen_open(&s, hand_engine_from(list, docs, NULL, 0), 80, 24);
	check_screen(&s, "hostile-full-80x24");

	/* page by page, at three sizes: the separator never moves */
	static const int sizes[][2] = { { 80, 24 }, { 200, 50 }, { 41, 12 } };
	for (guint i = 0; i < G_N_ELEMENTS(sizes); i++) {
		g_autofree char *resize = g_strdup_printf("<resize %dx%d>g", sizes[i][0], sizes[i][1]);
		play(&s, resize);
		int x = s.view->panes[0].rect.width;
		for (guint page = 0; page < 20; page++) {
			g_autofree char *all = cr_ui_session_screen(s.session);
			g_auto(GStrv) lines = g_strsplit(all, "\n", -1);
			for (int y = 0; y < sizes[i][1] - 1; y++) {
				g_autoptr(GArray) cols = separator_columns(lines[y]);
				g_assert_cmpuint(cols->len, ==, 1);
				g_assert_cmpint(g_array_index(cols, int, 0), ==, x);
			}
			play(&s, "<PgDn>");
		}
	}
	g_assert_true(screen_has(&s, "end."));

	/* what reached the terminal: valid UTF-8, no control but the escapes,
	 * line moves and tabs curses uses itself (and the BEL that ends its
	 * palette reset, OSC 104), none of the file's sequences */
	g_autoptr(GByteArray) bytes = terminal_bytes(&s);
	const char *data = (const char *)bytes->data;
	g_assert_true(g_utf8_validate_len(data, bytes->len, NULL));
	for (guint i = 0; i < bytes->len; i++) {
		guint8 c = bytes->data[i];
		if (i >= 5 && c == 0x07 && memcmp(data + i - 5, "\x1b]104", 5) == 0)
			continue;
		g_assert_true(c >= 0x20 || c == 0x1b || c == '\r' || c == '\n' || c == '\b' || c == '\t');
		g_assert_cmpint(c, !=, 0x7f);
	}
	const char *never[] = {
		"\x1b]0;window", "\x1b]52;",	 "\x1b]8;;",	 "\x1bP1$",	"\x1b_apc",
		"\x1b^pm",	 "\x1b[6n",	 "\x1b[200~",	 "\x1b[4;1;1t", "\xc2\x9b",
		"\xc2\x9d",	 "\xe2\x80\xae", "\xe2\x81\xa6", "\x1b#8",	"\x1b[?1006h"
	};
	for (guint i = 0; i < G_N_ELEMENTS(never); i++)
		g_assert_null(g_strstr_len(data, bytes->len, never[i]));
	screen_close(&s);
}

static void test_ascii_locale(void)
{
	static const HandDoc docs[] = { { "w", NULL, 0, 0, 0, { NULL } }, { "p", NULL, 0, 0, 0, { NULL } } };
	GPtrArray *list = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	const char *wide = NIHONGO_TEXT " caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d\n\n"
					"\xe2\x80\x98Stra\xc3\x9f"
					"e\xe2\x80\x99 \xe2\x80\x94 e\xcc\x81t\xc3\xa9\xe2\x80\xa6 "
					"\xce\xb1\xce\xb2 \xef\xac\x81n \xc2\xbd\n";
	g_ptr_array_add(list, cr_test_doc("wide.txt", wide));
	g_ptr_array_add(list, cr_test_doc("plain.txt", "A plain report.\n"));
	Screen s;

	/* a terminal that is not UTF-8: only ASCII is drawn, each character
	 * as its stand-in where it has one, each column kept */
	setlocale(LC_ALL, "C");
	cr_cell_set_ascii(TRUE);
	screen_open(&s, hand_engine_from(list, docs, NULL, 0), 61, 8);
	g_autofree char *all = cr_ui_session_screen(s.session);
	setlocale(LC_ALL, "C.UTF-8");
	cr_cell_set_ascii(FALSE);
	for (const char *p = all; *p; p++)
		g_assert_cmpint((guchar)*p, <, 0x80);
	/* eight wide characters: sixteen columns of '?'; quotation marks,
	 * dashes, accents, ligatures and the ellipsis in ASCII */
	g_assert_nonnull(strstr(all, "\n???????????????? cafe \"quoted\"|A plain"));
	g_assert_nonnull(strstr(all, "\n'Strasse' - ete... ?? fin 1/2 |"));
	g_auto(GStrv) lines = g_strsplit(all, "\n", -1);
	for (int y = 0; y < 7; y++)
		g_assert_cmpint(strchr(lines[y], '|') - lines[y], ==, 30);
	screen_close(&s);
}

static void test_no_color(void)
{
	Screen s;
	g_setenv("NO_COLOR", "1", TRUE);
	screen_open(&s, bridge_engine(), 80, 24);
	play(&s, "]");
	/* attributes only: no cell has a colour pair; the header is reverse */
	for (int y = 0; y < LINES; y++)
		for (int x = 0; x < COLS; x++) {
			cchar_t cell;
			wchar_t chars[CCHARW_MAX + 1];
			attr_t attr;
			short pair;
			mvwin_wch(curscr, y, x, &cell);
			getcchar(&cell, chars, &attr, &pair, NULL);
			g_assert_cmpint(pair, ==, 0);
			if (y == 0 && x == 0)
				g_assert_true(attr & A_REVERSE);
		}
	screen_close(&s);

	/* set but empty: colours */
	g_setenv("NO_COLOR", "", TRUE);
	screen_open(&s, bridge_engine(), 80, 24);
	cchar_t cell;
	wchar_t chars[CCHARW_MAX + 1];
	attr_t attr;
	short pair;
	mvwin_wch(curscr, 0, 0, &cell);
	getcchar(&cell, chars, &attr, &pair, NULL);
	g_assert_cmpint(pair, !=, 0);
	screen_close(&s);
	g_unsetenv("NO_COLOR");
}

/* ---- themes on the screen ------------------------------------------- */

/* A cell as curses shows it: its attributes (colour bits aside) and its
 * colours, -1 for the terminal's own. */
typedef struct {
	attr_t attr;
	int fg, bg;
} Look;

static Look cell_look(int y, int x)
{
	cchar_t cell;
	wchar_t chars[CCHARW_MAX + 1];
	attr_t attr;
	short pair;
	int fg = -1, bg = -1;
	mvwin_wch(curscr, y, x, &cell);
	getcchar(&cell, chars, &attr, &pair, NULL);
	if (pair > 0)
		extended_pair_content(pair, &fg, &bg);
	return (Look){ attr & (A_ATTRIBUTES & ~A_COLOR), fg, bg };
}

static gboolean same_cell_look(Look a, Look b)
{
	return a.attr == b.attr && a.fg == b.fg && a.bg == b.bg;
}

/* How the help's colour legend draws LABEL: the sample whose first
 * character starts a line's legend or follows two spaces. */
static Look legend_look(Screen *s, const char *label)
{
	for (int y = 1; y < 6; y++) {
		g_autofree char *line = screen_line(s, y);
		for (const char *at = strstr(line, label); at; at = strstr(at + 1, label)) {
			int x = (int)(at - line);
			gboolean starts = x == 1 || (x >= 2 && at[-1] == ' ' && at[-2] == ' ');
			gboolean ends =
			    at[strlen(label)] == '\0' || g_str_has_prefix(at + strlen(label), "  ");
			if (starts && ends)
				return cell_look(y, x);
		}
	}
	g_error("no legend sample '%s' on the screen", label);
}

static const char *const legend_kinds[] = { "date", "person", "org", "place", "quote", "number" };

/* The legend's samples: kinds and shared kinds all apart, from the text, the
 * cursor line and each other; with COLOR_FREE, no cell has a colour. */
static void check_legend_apart(Screen *s, gboolean color_free)
{
	Look looks[2 * G_N_ELEMENTS(legend_kinds)];
	for (guint k = 0; k < G_N_ELEMENTS(legend_kinds); k++) {
		g_autofree char *shared = g_strdup_printf("shared %s", legend_kinds[k]);
		looks[k] = legend_look(s, legend_kinds[k]);
		looks[G_N_ELEMENTS(legend_kinds) + k] = legend_look(s, shared);
	}
	Look text = legend_look(s, "text"), cursor = legend_look(s, "cursor line");
	for (guint i = 0; i < G_N_ELEMENTS(looks); i++) {
		for (guint j = i + 1; j < G_N_ELEMENTS(looks); j++)
			g_assert_false(same_cell_look(looks[i], looks[j]));
		g_assert_false(same_cell_look(looks[i], text));
		g_assert_false(same_cell_look(looks[i], cursor));
	}
	g_assert_false(same_cell_look(text, cursor));
	g_assert_false(same_cell_look(text, legend_look(s, "boilerplate")));
	g_assert_false(same_cell_look(legend_look(s, "shared quote"), legend_look(s, "current fact")));
	for (int y = 0; color_free && y < LINES; y++)
		for (int x = 0; x < COLS; x++) {
			Look look = cell_look(y, x);
			g_assert_cmpint(look.fg, ==, -1);
			g_assert_cmpint(look.bg, ==, -1);
		}
}

/* NO_COLOR and the mono theme: no colour anywhere, every kind, shared or
 * not, the text and the cursor line still apart (the legend shows them
 * all); facts in the panes drawn as the legend says. */
static void test_mono_keeps_distinctions(void)
{
	for (int run = 0; run < 2; run++) {
		Screen s;
		g_autoptr(CrThemeSearch) none = cr_theme_search_new_for((const char *[]){ NULL });
		g_autoptr(CrTheme) mono = run ? cr_theme_load(none, "mono", NULL) : NULL;
		CrUiOptions options = { .theme = mono };
		if (!run)
			g_setenv("NO_COLOR", "1", TRUE);
		screen_open_as(&s, bridge_engine(), 120, 30, "xterm-256color", &options);
		g_assert_cmpstr(cr_ui_session_theme(s.session)->name, ==, "mono");
		g_assert_cmpint(cr_ui_session_depth(s.session), ==, CR_DEPTH_MONO);
		play(&s, "}?");
		check_legend_apart(&s, TRUE);
		/* in the panes Northport, in C, is a shared place: drawn as the
		 * legend says, not as a person */
		Look person = legend_look(&s, "shared person"), place = legend_look(&s, "shared place");
		play(&s, "x");
		const CrPane *c = &s.view->panes[2];
		for (guint row = 0; row < cr_pane_text_height(c); row++) {
			g_autofree char *text = pane_text(&s, 2, row);
			const char *at = strstr(text, "Northport");
			if (!at || row == c->cursor - c->top)
				continue;
			Look look = cell_look(c->rect.y + 1 + (int)row, c->rect.x + (int)(at - text));
			g_assert_true(same_cell_look(look, place));
			g_assert_false(same_cell_look(look, person));
		}
		screen_close(&s);
		g_unsetenv("NO_COLOR");
	}
}

/* 8, 16, 256 colours and direct colour: each draws, the facts in colours
 * the terminal has (a bright one on 8 as its base and bold). */
static void test_color_depths(void)
{
	static const struct {
		const char *type;
		CrDepth depth;
		int shared_quote_fg; /* the default theme's #ffd787 */
		attr_t bold;
	} terms[] = {
		{ "xterm", CR_DEPTH_8, COLOR_YELLOW, A_BOLD },
		{ "xterm-16color", CR_DEPTH_16, 11, A_BOLD },
		{ "xterm-256color", CR_DEPTH_256, 222, A_BOLD },
		{ "xterm-direct", CR_DEPTH_DIRECT, 0xffd787, A_BOLD },
	};
	for (guint i = 0; i < G_N_ELEMENTS(terms); i++) {
		Screen s;
		screen_open_as(&s, bridge_engine(), 120, 30, terms[i].type, NULL);
		g_assert_cmpint(cr_ui_session_depth(s.session), ==, terms[i].depth);
		play(&s, "?");
		Look quote = legend_look(&s, "shared quote");
		g_assert_cmpint(quote.fg, ==, terms[i].shared_quote_fg);
		g_assert_true(quote.attr & terms[i].bold);
		check_legend_apart(&s, FALSE);
		play(&s, "xj");
		g_assert_true(screen_has(&s, "A Harbour Times"));
		screen_close(&s);
	}
}

/* t goes through the themes in lookup order, each drawn at once. */
static void test_theme_cycle(void)
{
	g_autofree char *themes = cr_test_path("themes/");
	g_autoptr(CrThemeSearch) search = cr_theme_search_new_for((const char *[]){ themes, NULL });
	g_autoptr(CrTheme) theme = cr_theme_load(search, "default", NULL);
	CrUiOptions options = { .theme = theme, .search = search };
	const char *const order[] = { "high-contrast", "light", "mono", "colorblind", "default" };
	Screen s;

	screen_open_as(&s, bridge_engine(), 120, 30, "xterm-256color", &options);
	play(&s, "?");
	Look before = legend_look(&s, "shared quote");
	play(&s, "x");
	for (guint i = 0; i < G_N_ELEMENTS(order); i++) {
		play(&s, "t");
		g_assert_cmpstr(cr_ui_session_theme(s.session)->name, ==, order[i]);
		g_autofree char *said = g_strdup_printf("theme %s: ", order[i]);
		g_assert_true(screen_has(&s, said));
		play(&s, "?");
		Look now = legend_look(&s, "shared quote");
		check_legend_apart(&s, strcmp(order[i], "mono") == 0);
		g_assert_true(same_cell_look(now, before) == (strcmp(order[i], "default") == 0));
		play(&s, "x");
	}
	screen_close(&s);
}

/* A theme file changed on disk is read on the next key; a broken one
 * leaves the theme on screen and says what is wrong. */
static void test_theme_reload(void)
{
	g_autofree char *dir = g_dir_make_tmp("crossread-screen-XXXXXX", NULL);
	g_autofree char *path = g_build_filename(dir, "mine.yaml", NULL);
	g_autoptr(CrThemeSearch) search = cr_theme_search_new_for((const char *[]){ NULL });
	g_assert_true(g_file_set_contents(path, "styles:\n  shared-quote: {fg: color196}\n", -1, NULL));
	g_autoptr(CrTheme) theme = cr_theme_load(search, path, NULL);
	CrUiOptions options = { .theme = theme, .search = search };
	Screen s;

	screen_open_as(&s, bridge_engine(), 120, 30, "xterm-256color", &options);
	play(&s, "?");
	g_assert_cmpint(legend_look(&s, "shared quote").fg, ==, 196);
	g_assert_true(
	    g_file_set_contents(path, "styles:\n  shared-quote: {fg: color46, attrs: [italic]}\n", -1, NULL));
	play(&s, "j");
	g_assert_cmpint(legend_look(&s, "shared quote").fg, ==, 46);
	g_assert_true(legend_look(&s, "shared quote").attr & A_ITALIC);
	g_assert_true(screen_has(&s, "theme mine read again"));

	/* broken: the old colours stay, the message says where and what */
	g_assert_true(g_file_set_contents(path, "styles:\n  shared-quote: {fg: grean}\n", -1, NULL));
	play(&s, "k");
	g_assert_cmpint(legend_look(&s, "shared quote").fg, ==, 46);
	g_autofree char *status = screen_line(&s, LINES - 1);
	g_autofree char *where = g_strdup_printf("%s:2:22: shared-quote.fg: unknown colour 'grean'", path);
	if (!strstr(status, where))
		g_error("the status line: %s", status);
	g_assert_cmpint(s.view->message_is_error, ==, TRUE);
	/* said once: the next key does not say it again */
	play(&s, "j");
	g_assert_false(screen_has(&s, "unknown colour"));
	/* mended: read again */
	g_assert_true(g_file_set_contents(path, "styles:\n  shared-quote: {fg: color21}\n", -1, NULL));
	play(&s, "k");
	g_assert_cmpint(legend_look(&s, "shared quote").fg, ==, 21);
	screen_close(&s);
	g_unlink(path);
	g_rmdir(dir);
}

/* The config file's reader defaults: sync off, stacked, boilerplate hidden. */
static void test_config_defaults(void)
{
	CrConfig config;
	cr_config_init(&config);
	config.sync = FALSE;
	config.stacked = TRUE;
	config.hide_boilerplate = TRUE;
	CrUiOptions options = { .config = &config };
	Screen s;

	screen_open_as(&s, bridge_engine(), 80, 40, "xterm-256color", &options);
	g_assert_false(s.view->sync);
	g_assert_cmpint(s.view->layout, ==, CR_LAYOUT_STACKED);
	g_assert_true(s.view->hide_boilerplate);
	g_assert_true(screen_has(&s, "sync off"));
	g_assert_false(screen_has(&s, "Share this article"));
	screen_close(&s);
}

static void test_bad_terminals(void)
{
	g_autoptr(CrEngine) engine = bridge_engine();
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	const char *types[] = { "dumb", "no-such-terminal-type", "", NULL };

	for (guint i = 0; i < G_N_ELEMENTS(types); i++) {
		g_autoptr(GError) error = NULL;
		CrUiSession *session = cr_ui_session_new(engine, types[i], out, in, NULL, &error);
		g_assert_null(session);
		g_assert_nonnull(error);
		g_assert_nonnull(strstr(error->message, "--dump"));
	}
	fclose(out);
	fclose(in);
}

/* A terminal type with no terminfo entry here that names an xterm-like
 * terminal is drawn as xterm-256color, and the status line says so once. */
static void test_terminal_fallback(void)
{
	g_autoptr(CrEngine) engine = bridge_engine();
	FILE *out = tmpfile(), *in = fopen("/dev/null", "r");
	g_autoptr(GError) error = NULL;
	CrUiSession *session = cr_ui_session_new(engine, "wezterm-crossread-test", out, in, NULL, &error);

	g_assert_no_error(error);
	resizeterm(24, 120);
	cr_ui_session_input(session, TRUE, KEY_RESIZE);
	cr_ui_session_draw(session);
	g_autofree char *screen = cr_ui_session_screen(session);
	g_assert_nonnull(strstr(
	    screen, "drawn as xterm-256color (no terminfo entry for TERM=wezterm-crossread-test here)"));
	cr_ui_session_play(session, "j");
	g_autofree char *after = cr_ui_session_screen(session);
	g_assert_null(strstr(after, "no terminfo entry"));
	cr_ui_session_free(session);
	fclose(out);
	fclose(in);
}

/* Esc waits 25 ms for the rest of a key locally, 200 ms over SSH; ESCDELAY
 * outranks both and the configured delay. */
static void test_escape_delay(void)
{
	g_unsetenv("ESCDELAY");
	g_unsetenv("SSH_CONNECTION");
	g_unsetenv("SSH_CLIENT");
	g_unsetenv("SSH_TTY");
	g_assert_cmpint(cr_term_escape_delay(-1), ==, 25);
	g_assert_cmpint(cr_term_escape_delay(80), ==, 80);
	g_setenv("SSH_CONNECTION", "127.0.0.1 5555 127.0.0.1 22", TRUE);
	g_assert_cmpint(cr_term_escape_delay(-1), ==, 200);
	g_setenv("ESCDELAY", "300", TRUE);
	g_assert_cmpint(cr_term_escape_delay(80), ==, 300);
	g_setenv("ESCDELAY", "soon", TRUE);
	g_assert_cmpint(cr_term_escape_delay(-1), ==, 200);

	/* and a session takes it */
	Screen s;
	g_setenv("ESCDELAY", "300", TRUE);
	screen_open(&s, bridge_engine(), 80, 24);
	g_assert_cmpint(get_escdelay(), ==, 300);
	screen_close(&s);
	g_unsetenv("ESCDELAY");
	g_unsetenv("SSH_CONNECTION");
}

/* Without an alternate screen (vt100, linux) the screen is cleared on the
 * way out, so the last frame does not stay under the shell's prompt; with
 * one, the terminal's own screen comes back and nothing is cleared. */
static void test_clear_on_exit(void)
{
	const char *types[] = { "vt100", "linux", "xterm-256color" };
	for (guint i = 0; i < G_N_ELEMENTS(types); i++) {
		g_autoptr(CrEngine) engine = bridge_engine();
		FILE *out = tmpfile(), *in = fopen("/dev/null", "r");
		g_autoptr(GError) error = NULL;
		CrUiSession *session = cr_ui_session_new(engine, types[i], out, in, NULL, &error);
		g_assert_no_error(error);
		cr_ui_session_draw(session);
		fflush(out);
		long drawn = ftell(out);
		cr_ui_session_free(session);
		g_autofree char *tail = g_malloc0(256);
		fseek(out, drawn, SEEK_SET);
		gsize n = fread(tail, 1, 255, out);
		gboolean cleared = g_strstr_len(tail, (gssize)n, "\x1b[H\x1b[J") != NULL ||
				   g_strstr_len(tail, (gssize)n, "\x1b[H\x1b[2J") != NULL;
		g_assert_cmpint(cleared, ==, i < 2);
		fclose(out);
		fclose(in);
	}
}

/* The current fact and each counterpart on one screen row, highlighted;
 * the panes without one say their report lacks it. */
static void check_counterparts(Screen *s)
{
	const CrView *v = s->view;
	const CrPane *leader = &v->panes[v->focus];
	/* the leader's row: its mention of the fact, or where it would be */
	int row = v->current >= 0
		      ? fact_screen_row(s, v->focus, v->current)
		      : leader->rect.y + 1 + (int)(cr_wrap_find(leader->rows, v->group_at) - leader->top);
	g_autoptr(CrFrame) frame = cr_frame_new(0, 0);

	cr_view_render(v, frame);
	for (guint p = 0; p < v->n_panes; p++) {
		const CrPane *pane = &v->panes[p];
		if (pane->mark < 0) {
			g_assert_true(pane->lacks);
			g_assert_true(p != v->focus || v->current < 0);
			g_autofree char *header = pane_header(s, p);
			g_assert_nonnull(strstr(header, "lacks"));
			continue;
		}
		g_assert_cmpint(fact_screen_row(s, p, pane->mark), ==, row);
		/* the current fact in the focused pane, a counterpart in the others */
		guint8 want = p == v->focus ? CR_MARK_CURRENT : CR_MARK_COUNTERPART;
		gboolean marked = FALSE;
		for (int x = pane->rect.x; x < pane->rect.x + pane->rect.width; x++)
			marked |= (cr_frame_at(frame, row, x)->marks & want) != 0;
		g_assert_true(marked);
	}
}

/* Every shared quotation (]) and fact (}) from the top, and back ([ {)
 * from the end: each once, those the focused report lacks too, on one row
 * with its counterparts, the status line counting them ("quote 3 of 7"). */
static void check_all_jumps(Screen *s)
{
	const CrView *v = s->view;
	const GPtrArray *groups = v->engine->alignment->groups;
	const char *keys[] = { "]", "[", "}", "{" };

	for (guint k = 0; k < G_N_ELEMENTS(keys); k++) {
		g_autofree gboolean *seen = g_new0(gboolean, MAX(groups->len, 1));
		guint jumps = 0, expected = 0;
		for (guint g = 0; g < groups->len; g++)
			expected +=
			    k >= 2 || ((const CrGroup *)g_ptr_array_index(groups, g))->kind == CR_FACT_QUOTE;
		play(s, k % 2 ? "G" : "g");
		/* the cursor line may be on one already: the status line counts it */
		if (v->group >= 0 &&
		    cr_view_stop(v, v->panes[v->focus].doc, (guint)v->group)->pos == v->group_at &&
		    (k >= 2 ||
		     ((const CrGroup *)g_ptr_array_index(groups, v->group))->kind == CR_FACT_QUOTE)) {
			seen[v->group] = TRUE;
			jumps++;
		}
		for (;;) {
			int was = v->group;
			gsize was_at = v->group_at;
			play(s, keys[k]);
			if (v->group == was && v->group_at == was_at)
				break;
			g_assert_cmpint(v->group, >=, 0);
			g_assert_false(seen[v->group]);
			seen[v->group] = TRUE;
			jumps++;
			const CrGroup *group = g_ptr_array_index(groups, v->group);
			g_assert_true(k >= 2 || group->kind == CR_FACT_QUOTE);
			const CrStop *stop = cr_view_stop(v, v->panes[v->focus].doc, (guint)v->group);
			g_autofree char *counter = g_strdup_printf(
			    "%s %u of %u, in %u of %u reports", cr_fact_kind_name(group->kind),
			    stop->kind_rank, v->kind_groups[group->kind], group->n_docs, v->n_panes);
			g_assert_true(screen_has(s, counter));
			check_counterparts(s);
		}
		g_assert_cmpuint(jumps, ==, expected);
		g_assert_cmpuint(jumps, >, 0);
		g_assert_true(screen_has(s, k % 2 ? "no previous shared" : "no next shared"));
	}
}

static void test_examples(void)
{
	Screen s;
	screen_open(&s, examples_engine(), 120, 30);

	for (guint p = 0; p < s.view->n_panes; p++) {
		g_autofree char *header = pane_header(&s, p);
		g_assert_cmpint(header[0], ==, 'A' + (int)p);
		g_assert_cmpuint(s.view->panes[p].top, ==, 0);
	}
	check_screen(&s, "examples-120x30");
	/* the first shared quotation: README's sample screen */
	play(&s, "]");
	check_counterparts(&s);
	check_screen(&s, "examples-jump");
	check_all_jumps(&s);
	/* whatever the engine finds, every key leaves a sane model */
	play(&s, "gjjj]]}}{[=<PgDn>Gcx?x/the<Enter>nNLzzBB<Tab>jg");
	for (guint p = 0; p < s.view->n_panes; p++)
		g_assert_cmpuint(s.view->panes[p].cursor, <, s.view->panes[p].rows->len);
	g_assert_true(screen_has(&s, "? help"));
	screen_close(&s);
}

/* Every cell of the screen as curses has it (character, attributes and
 * colours: pairs are numbered as first drawn), one line a row. */
static char *screen_cells(void)
{
	GString *out = g_string_new(NULL);
	int cy, cx;

	getyx(curscr, cy, cx);
	for (int y = 0; y < LINES; y++) {
		for (int x = 0; x < COLS; x++) {
			cchar_t cell;
			wchar_t chars[CCHARW_MAX + 1] = { 0 };
			attr_t attrs;
			short pair, fg = -1, bg = -1;
			mvwin_wch(curscr, y, x, &cell);
			getcchar(&cell, chars, &attrs, &pair, NULL);
			if (pair)
				pair_content(pair, &fg, &bg);
			g_string_append_printf(out, "%x/%lx/%d/%d ", (unsigned)chars[0],
					       (unsigned long)(attrs & ~A_COLOR), fg, bg);
		}
		g_string_append_c(out, '\n');
	}
	wmove(curscr, cy, cx);
	return g_string_free(out, FALSE);
}

/* Synced scrolling over the seeds, one line a key down and then back up,
 * leaves on screen, cell for cell, what is drawn from scratch (Ctrl-L) after
 * the same keys: the rows scrolled before a redraw (ui_session.c) are where
 * curses has them. On terminals with a scroll region, with and without
 * colours, and one without (nothing scrolled first). */
static void test_scroll_as_redrawn(void)
{
	static const char *const types[] = { "xterm-256color", "vt100", "vt52" };
	static const struct {
		const char *keys;
		guint times;
	} legs[] = { { "47j", 1 }, { "j", 40 }, { "47k", 1 }, { "k", 25 } };

	if (!cr_test_seeds_dir())
		return;
	for (guint t = 0; t < G_N_ELEMENTS(types); t++) {
		char *scrolled[G_N_ELEMENTS(legs)], *redrawn[G_N_ELEMENTS(legs)];
		Screen s;

		screen_open_as(&s, seed_engine(), 200, 50, types[t], NULL);
		for (guint l = 0; l < G_N_ELEMENTS(legs); l++) {
			for (guint i = 0; i < legs[l].times; i++)
				play(&s, legs[l].keys);
			scrolled[l] = screen_cells();
		}
		screen_close(&s);
		/* the same keys with nothing drawn until Ctrl-L */
		screen_open_as(&s, seed_engine(), 200, 50, types[t], NULL);
		for (guint l = 0; l < G_N_ELEMENTS(legs); l++) {
			for (guint i = 0; i < legs[l].times; i++)
				for (const char *k = legs[l].keys; *k; k++)
					cr_ui_session_input(s.session, FALSE, *k);
			cr_ui_session_input(s.session, FALSE, CR_CTRL('l'));
			cr_ui_session_draw(s.session);
			redrawn[l] = screen_cells();
		}
		screen_close(&s);
		for (guint l = 0; l < G_N_ELEMENTS(legs); l++) {
			g_auto(GStrv) got = g_strsplit(scrolled[l], "\n", -1);
			g_auto(GStrv) want = g_strsplit(redrawn[l], "\n", -1);
			for (guint y = 0; got[y] && want[y]; y++)
				if (strcmp(got[y], want[y]) != 0)
					g_test_message("%s, after %u x %s: row %u differs:\n%s\n%s", types[t],
						       legs[l].times, legs[l].keys, y, got[y], want[y]);
			g_assert_cmpstr(scrolled[l], ==, redrawn[l]);
			g_free(scrolled[l]);
			g_free(redrawn[l]);
		}
	}
}

static void test_seeds(void)
{
	CrEngine *engine = seed_engine();
	if (!engine)
		return;
	Screen s;
	screen_open(&s, engine, 200, 50);
	const CrView *v = s.view;

	g_assert_cmpuint(v->n_panes, ==, 5);
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_SIDE);
	g_autofree char *top = screen_line(&s, 0);
	for (guint p = 0; p < 5; p++) {
		g_autofree char *header = pane_header(&s, p);
		g_assert_cmpint(header[0], ==, 'A' + (int)p);
	}
	g_assert_nonnull(strstr(top, "%"));
	compare_screen(&s, "seeds-200x50", TRUE);

	check_all_jumps(&s);
	/* a jump's line-up survives resizes, zoom and L */
	const char *changes[] = { "<resize 160x40>", "<resize 200x50>", "zz", "LL", "<resize 120x30>" };
	play(&s, "g");
	for (guint i = 0; i < G_N_ELEMENTS(changes); i++) {
		play(&s, "]");
		play(&s, changes[i]);
		check_counterparts(&s);
	}
	/* five panes on 80x24: stacked, each headed, one above the other */
	play(&s, "<resize 80x24>");
	g_assert_cmpint(v->layout, ==, CR_LAYOUT_STACKED);
	for (guint p = 0; p < 5; p++) {
		g_autofree char *header = pane_header(&s, p);
		g_assert_cmpint(header[0], ==, 'A' + (int)p);
		g_assert_cmpint(v->panes[p].rect.width, ==, 80);
		if (p > 0)
			g_assert_cmpint(v->panes[p].rect.y, >, v->panes[p - 1].rect.y);
	}
	play(&s, "<resize 200x50>");
	/* scrolling with sync, the other panes never go backwards */
	play(&s, "g");
	guint before[5];
	for (guint p = 0; p < 5; p++)
		before[p] = v->panes[p].cursor;
	play(&s, "jjjjjjjjjj<PgDn>");
	for (guint p = 0; p < 5; p++)
		g_assert_cmpuint(v->panes[p].cursor, >=, before[p]);
	play(&s, "<resize 80x24><resize 20x6><resize 200x50>c<Esc>");
	g_assert_false(v->too_small);
	screen_close(&s);
}

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

/* SGR mouse reports, as the session decodes those curses leaves to it. */
static void test_sgr_mouse(void)
{
	int button, x, y;
	g_assert_true(cr_term_sgr_mouse("65;230;10M", &button, &x, &y));
	g_assert_cmpint(button, ==, 65);
	g_assert_cmpint(x, ==, 229);
	g_assert_cmpint(y, ==, 9);
	g_assert_true(cr_term_sgr_mouse("84;1;1m", &button, &x, &y)); /* Ctrl and the wheel up, released */
	g_assert_cmpint(button, ==, 64);
	g_assert_false(cr_term_sgr_mouse("65;0;3M", &button, &x, &y));
	g_assert_false(cr_term_sgr_mouse("65;3M", &button, &x, &y));
	g_assert_false(cr_term_sgr_mouse("65;3;4Mx", &button, &x, &y));
	g_assert_false(cr_term_sgr_mouse("", &button, &x, &y));
}

/* TRUE when the leader's report LEADER and report DOC share an anchor at a
 * leader offset in (Q1, Q2] (either order), or the step went to the
 * leader's first or last line, which stand for the ends of every report. */
static gboolean passes_anchor(const CrView *view, guint leader, guint doc, gsize q1, gsize q2)
{
	const CrChain *chain = cr_alignment_chain(view->engine->alignment, leader, doc);
	const CrPane *pane = &view->panes[view->focus];
	gsize lo = MIN(q1, q2), hi = MAX(q1, q2);

	if (pane->cursor == 0 || pane->cursor + 1 == pane->rows->len)
		return TRUE;
	for (guint i = 0; chain && i < chain->anchors->len; i++) {
		const CrAnchor *anchor = &g_array_index(chain->anchors, CrAnchor, i);
		gsize x = chain->doc_a == leader ? anchor->a : anchor->b;
		if (x > lo && x <= hi)
			return TRUE;
	}
	return FALSE;
}

/* Panes at least this high jump a screenful only at anchors; in smaller
 * ones the scroll map between two anchors can be steeper than that. */
#define LARGE_PANE 20

/* With sync on, takes the leader line by line to its end (j) and back (k):
 * every other pane shows on its cursor line where the scroll map puts the
 * leader's (the leader's first and last lines: its start and end), moves
 * the way the leader moves or stays, keeps its cursor line on screen,
 * never scrolls past its last page, and moves more than a screenful for
 * one line only where the leader passes an anchor; at the end every pane
 * shows its last page, at the start its first. */
static void check_sync_walk(Screen *s)
{
	CrView *v = s->view;
	const CrPane *leader = &v->panes[v->focus];

	for (int dir = 1; dir >= -1; dir -= 2) {
		guint top[CR_MAX_DOCUMENTS], cursor[CR_MAX_DOCUMENTS];
		for (guint p = 0; p < v->n_panes; p++) {
			top[p] = v->panes[p].top;
			cursor[p] = v->panes[p].cursor;
		}
		for (;;) {
			guint was = leader->cursor;
			gsize q1 = cr_pane_row(leader, leader->cursor)->start;
			play(s, dir > 0 ? "j" : "k");
			if (leader->cursor == was)
				break;
			gsize q2 = cr_pane_row(leader, leader->cursor)->start;
			for (guint p = 0; p < v->n_panes; p++) {
				const CrPane *pane = &v->panes[p];
				long h = (long)cr_pane_text_height(pane);
				long moved_top = dir * ((long)pane->top - (long)top[p]);
				long moved = dir * ((long)pane->cursor - (long)cursor[p]);
				g_assert_cmpint(moved_top, >=, 0);
				g_assert_cmpint(moved, >=, 0);
				g_assert_cmpuint(pane->cursor, >=, pane->top);
				g_assert_cmpint((long)pane->cursor, <, (long)pane->top + h);
				g_assert_cmpuint(pane->top, <=, cr_pane_max_top(pane));
				if (p == v->focus)
					continue;
				const CrDoc *doc = g_ptr_array_index(v->engine->docs, pane->doc);
				gsize at = leader->cursor == 0 ? 0
					   : leader->cursor + 1 == leader->rows->len
					       ? doc->len
					       : cr_view_map(s->view, leader->doc, pane->doc, q2);
				g_assert_cmpuint(pane->cursor, ==, cr_wrap_find(pane->rows, at));
				if (h >= LARGE_PANE && MAX(moved, moved_top) > h)
					g_assert_true(passes_anchor(v, leader->doc, pane->doc, q1, q2));
				top[p] = pane->top;
				cursor[p] = pane->cursor;
			}
		}
		for (guint p = 0; p < v->n_panes; p++) {
			const CrPane *pane = &v->panes[p];
			g_assert_cmpuint(pane->top, ==, dir > 0 ? cr_pane_max_top(pane) : 0);
			g_assert_cmpuint(pane->cursor, ==, dir > 0 ? pane->rows->len - 1 : 0);
		}
	}
}

/* The examples and the seeds at three sizes: every pane opens at the start
 * of its report, and scrolls in sync as check_sync_walk() demands. */
static void test_sync_walk(void)
{
	static const int sizes[][2] = { { 200, 50 }, { 120, 30 }, { 80, 24 } };

	for (guint set = 0; set < 2; set++) {
		for (guint i = 0; i < G_N_ELEMENTS(sizes); i++) {
			CrEngine *engine = set == 0 ? examples_engine() : seed_engine();
			if (!engine)
				return;
			Screen s;
			screen_open(&s, engine, sizes[i][0], sizes[i][1]);
			for (guint p = 0; p < s.view->n_panes; p++) {
				g_assert_cmpuint(s.view->panes[p].top, ==, 0);
				g_assert_cmpuint(s.view->panes[p].cursor, ==, 0);
			}
			check_sync_walk(&s);
			/* G then k: the others stay at their ends or move back */
			play(&s, "Gk");
			for (guint p = 0; p < s.view->n_panes; p++)
				g_assert_cmpuint(s.view->panes[p].top, <=,
						 cr_pane_max_top(&s.view->panes[p]));
			screen_close(&s);
		}
	}
}

/* ---- the reader while the engine aligns ------------------------------ */

/* Holds the engine's analysis at its first safe point until opened, or
 * until the analysis is cancelled. */
typedef struct {
	gint held, open;
} Gate;

static void gate_hook(CrProgress *progress, gpointer data)
{
	Gate *gate = data;
	g_atomic_int_set(&gate->held, TRUE);
	while (!g_atomic_int_get(&gate->open) && !cr_progress_cancelled(progress))
		g_usleep(1000);
}

/* A reader over the examples whose engine is held at the start of its
 * analysis: what the reader shows before the alignment is there. */
static void screen_open_aligning(Screen *s, Gate *gate, int cols, int lines)
{
	g_autofree char *dir = cr_test_path("examples/");
	*gate = (Gate){ FALSE, FALSE };
	screen_open(s, cr_engine_prepare(dir_docs(dir)), cols, lines);
	cr_ui_session_align(s->session, gate_hook, gate);
	g_assert_true(cr_ui_session_aligning(s->session));
	while (!g_atomic_int_get(&gate->held))
		g_usleep(1000);
}

/* How many cells of the screen are drawn in a fact's colour. */
static guint fact_cells(Screen *s)
{
	g_autoptr(CrFrame) frame = cr_frame_new(0, 0);
	guint n = 0;
	cr_view_render(s->view, frame);
	for (int i = 0; i < frame->cols * frame->lines; i++)
		n += frame->cells[i].style >= CR_STYLE_FACT &&
		     frame->cells[i].style < CR_STYLE_FACT + CR_FACT_N_KINDS;
	return n;
}

/* The start of the text on pane P's cursor line. */
static gsize cursor_at(Screen *s, guint p)
{
	const CrPane *pane = &s->view->panes[p];
	return cr_pane_row(pane, pane->cursor)->start;
}

/* Before the alignment: the reports are there, keys work, each pane
 * scrolls alone, no fact colours, jumps say to wait and the status line
 * shows the progress; then the alignment arrives: colours, the current
 * fact and following start, and the cursor stays on its text. */
static void test_aligning(void)
{
	Screen s;
	Gate gate;
	screen_open_aligning(&s, &gate, 120, 30);
	CrPane *a = &s.view->panes[0], *b = &s.view->panes[1];

	cr_ui_session_poll(s.session, FALSE);
	play(&s, "<C-l>");
	g_autofree char *status = screen_line(&s, 29);
	g_assert_nonnull(strstr(status, "aligning\xe2\x80\xa6 0%"));
	g_assert_null(strstr(status, "sync"));
	g_autofree char *header = pane_header(&s, 0);
	g_assert_nonnull(strstr(header, "A "));
	g_assert_cmpuint(fact_cells(&s), ==, 0);

	/* keys work; the other panes stay where they are */
	play(&s, "jjjjj");
	g_assert_cmpuint(a->cursor, ==, 5);
	g_assert_cmpuint(b->cursor, ==, 0);
	g_assert_cmpuint(b->top, ==, 0);
	play(&s, "<Tab>jj<S-Tab>");
	g_assert_cmpuint(b->cursor, ==, 2);
	g_assert_cmpuint(a->cursor, ==, 5);
	play(&s, "]");
	g_autofree char *wait = screen_line(&s, 29);
	g_assert_nonnull(strstr(wait, "aligning\xe2\x80\xa6 0%, try again in a moment"));
	g_assert_cmpint(s.view->current, ==, -1);
	play(&s, "s");
	g_assert_true(screen_has(&s, "sync off"));
	play(&s, "s");
	g_assert_true(screen_has(&s, "sync on once aligned"));
	play(&s, "/the<Enter>");
	g_assert_nonnull(s.view->search.matches[0]);
	play(&s, "<Esc>");
	gsize leader_at = cursor_at(&s, 0);

	/* the alignment arrives */
	g_atomic_int_set(&gate.open, TRUE);
	g_assert_true(cr_ui_session_poll(s.session, TRUE));
	g_assert_false(cr_ui_session_aligning(s.session));
	cr_ui_session_draw(s.session);
	g_autofree char *ready = screen_line(&s, 29);
	g_assert_null(strstr(ready, "aligning"));
	g_assert_nonnull(strstr(ready, "sync on"));
	g_assert_cmpuint(fact_cells(&s), >, 0);
	g_assert_cmpuint(cursor_at(&s, 0), ==, leader_at);
	/* B follows A through the scroll map now */
	guint want = cr_wrap_find(b->rows, cr_view_map(s.view, 0, 1, leader_at));
	g_assert_cmpuint(b->cursor, ==, want);
	play(&s, "]");
	g_assert_cmpint(s.view->current, >=, 0);
	g_assert_false(screen_has(&s, "try again"));
	screen_close(&s);
}

/* m before the alignment: the note goes at the cursor line (a note at a
 * fact needs the alignment), and stays there once the alignment comes,
 * the publication dates then kept with the notes. */
static void test_note_while_aligning(void)
{
	g_autofree char *dir = cr_test_temp_dir();
	Screen s;
	Gate gate;
	screen_open_aligning(&s, &gate, 120, 30);
	cr_view_open_notes(s.view, dir, NULL);

	play(&s, "m");
	g_assert_true(screen_has(&s, "note at this line: "));
	play(&s, "read while aligning<Enter>");
	g_assert_cmpuint(s.view->notes->placed->len, ==, 1);
	const CrPlacedNote *pn = g_ptr_array_index(s.view->notes->placed, 0);
	g_assert_cmpint(pn->note->fact_kind, ==, -1);
	gsize at = g_array_index(pn->places, CrNotePlace, 0).start;
	g_assert_cmpuint(at, ==, cursor_at(&s, 0));
	for (guint d = 0; d < s.view->n_panes; d++)
		g_assert_null(((CrNoteReport *)g_ptr_array_index(s.view->notes->reports, d))->date);

	g_atomic_int_set(&gate.open, TRUE);
	g_assert_true(cr_ui_session_poll(s.session, TRUE));
	g_assert_cmpuint(s.view->notes->placed->len, ==, 1);
	pn = g_ptr_array_index(s.view->notes->placed, 0);
	g_assert_cmpuint(g_array_index(pn->places, CrNotePlace, 0).start, ==, at);
	for (guint d = 0; d < s.view->n_panes; d++)
		g_assert_cmpstr(((CrNoteReport *)g_ptr_array_index(s.view->notes->reports, d))->date, ==,
				((CrDoc *)g_ptr_array_index(s.engine->docs, d))->date);
	g_assert_nonnull(((CrDoc *)g_ptr_array_index(s.engine->docs, 0))->date);
	g_assert_true(cr_view_notes_finish(s.view, NULL));
	screen_close(&s);
	cr_test_remove_tree(dir);
}

/* q, a resize and the window's keys while the engine is held mid-way: the
 * reader answers, and q ends it at once, the analysis cancelled. */
static void test_quit_while_aligning(void)
{
	Screen s;
	Gate gate;
	screen_open_aligning(&s, &gate, 100, 25);

	play(&s, "<resize 80x24>zLG?<Esc>");
	g_assert_false(cr_ui_session_done(s.session));
	g_assert_true(cr_ui_session_aligning(s.session));
	play(&s, "q");
	g_assert_true(cr_ui_session_done(s.session));
	g_assert_false(g_atomic_int_get(&gate.open));
	/* the session's end cancels the held analysis and waits for it */
	screen_close(&s);
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "C.UTF-8");
	g_unsetenv("NO_COLOR");
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/screen/keymap", test_keymap);
	g_test_add_func("/screen/frame", test_frame);
	g_test_add_func("/screen/layout", test_layout);
	g_test_add_func("/screen/word-diff", test_word_diff);
	g_test_add_func("/screen/paint", test_paint);
	g_test_add_func("/screen/open", test_open_bridge);
	g_test_add_func("/screen/scroll-sync", test_scroll_sync);
	g_test_add_func("/screen/jump-quotes", test_jump_quotes);
	g_test_add_func("/screen/jump-other-pane", test_jump_from_other_pane);
	g_test_add_func("/screen/focus-rule", test_focus_rule);
	g_test_add_func("/screen/unknown-key", test_unknown_key);
	g_test_add_func("/screen/realign", test_realign);
	g_test_add_func("/screen/coverage", test_coverage);
	g_test_add_func("/screen/search", test_search);
	g_test_add_func("/screen/search-prompt-editing", test_search_prompt_editing);
	g_test_add_func("/screen/search-all-panes", test_search_marks_all_panes);
	g_test_add_func("/screen/search-moves", test_search_moves);
	g_test_add_func("/screen/search-in-slices", test_search_in_slices);
	g_test_add_func("/screen/counts", test_counts);
	g_test_add_func("/screen/eight-panes", test_eight_panes);
	g_test_add_func("/screen/long-line", test_long_line);
	g_test_add_func("/screen/resize", test_resize);
	g_test_add_func("/screen/layout-zoom-boilerplate", test_layout_zoom_boilerplate);
	g_test_add_func("/screen/help", test_help);
	g_test_add_func("/screen/mouse-wheel", test_mouse_wheel);
	g_test_add_func("/screen/hostile", test_hostile);
	g_test_add_func("/screen/hostile-file", test_hostile_file);
	g_test_add_func("/screen/ascii-locale", test_ascii_locale);
	g_test_add_func("/screen/no-color", test_no_color);
	g_test_add_func("/screen/theme/mono-keeps-distinctions", test_mono_keeps_distinctions);
	g_test_add_func("/screen/theme/color-depths", test_color_depths);
	g_test_add_func("/screen/theme/cycle", test_theme_cycle);
	g_test_add_func("/screen/theme/reload", test_theme_reload);
	g_test_add_func("/screen/theme/config-defaults", test_config_defaults);
	g_test_add_func("/screen/bad-terminals", test_bad_terminals);
	g_test_add_func("/screen/terminal-fallback", test_terminal_fallback);
	g_test_add_func("/screen/escape-delay", test_escape_delay);
	g_test_add_func("/screen/clear-on-exit", test_clear_on_exit);
	g_test_add_func("/screen/examples", test_examples);
	g_test_add_func("/screen/seeds", test_seeds);
	g_test_add_func("/screen/scroll-as-redrawn", test_scroll_as_redrawn);
	g_test_add_func("/screen/sync-walk", test_sync_walk);
	g_test_add_func("/screen/headers", test_headers);
	g_test_add_func("/screen/facts-list", test_facts_list);
	g_test_add_func("/screen/zoom-focus", test_zoom_focus);
	g_test_add_func("/screen/realign-nearest", test_realign_nearest);
	g_test_add_func("/screen/copy", test_copy);
	g_test_add_func("/screen/one-report", test_one_report);
	g_test_add_func("/screen/coverage-examples", test_coverage_examples);
	g_test_add_func("/screen/sgr-mouse", test_sgr_mouse);
	g_test_add_func("/screen/note-at-lacking", test_note_at_lacking);
	g_test_add_func("/screen/aligning", test_aligning);
	g_test_add_func("/screen/quit-while-aligning", test_quit_while_aligning);
	g_test_add_func("/screen/note-while-aligning", test_note_while_aligning);
	return g_test_run();
}

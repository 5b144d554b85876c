/* The headless screen the reader's screen tests (tests/test-screen-*.c)
 * share: hand-made engines of reports, paragraphs and facts chosen by the
 * test, the examples and the seeds, a real session (newterm on a file, keys
 * from scripts) and the screen read back from curses to compare with what a
 * user should see. */
#pragma once

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
static inline GArray *hand_blocks(const CrDoc *doc, const char *const *furniture)
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
static inline int member_in(const GArray *facts, const CrGroup *group, guint doc)
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
static inline CrAlignment *hand_align(GArray *facts, guint n_docs)
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

static inline CrEngine *hand_engine_from(GPtrArray *docs, const HandDoc *hand, const HandFact *facts,
					 guint n_facts)
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
static inline CrEngine *bridge_engine(void)
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
static inline CrEngine *text_engine(const char *text)
{
	static const HandDoc plain[] = { { "text", NULL, 0, 0, 0, { NULL } } };
	GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_ptr_array_add(docs, cr_test_doc("plain.txt", text));
	return hand_engine_from(docs, plain, NULL, 0);
}

static inline gint compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The .txt reports in DIR, in name order, loaded. */
static inline GPtrArray *dir_docs(const char *dir)
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
static inline CrEngine *dir_engine(const char *dir)
{
	return cr_engine_run(dir_docs(dir));
}

static inline CrEngine *examples_engine(void)
{
	g_autofree char *dir = cr_test_path("examples/");
	return dir_engine(dir);
}

/* The engine over the seed reports, or NULL (the test skipped). */
static inline CrEngine *seed_engine(void)
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

/* A reader over ENGINE (taken over) on terminal TYPE's own screen size
 * whose output goes to a temporary file, started with OPTIONS (or NULL:
 * the compiled-in default theme, mono under NO_COLOR), before its first
 * screen is drawn. */
static inline void screen_start(Screen *s, CrEngine *engine, const char *type, CrUiOptions *options)
{
	g_autoptr(GError) error = NULL;

	s->engine = engine;
	s->out = tmpfile();
	s->in = fopen("/dev/null", "r");
	g_assert_nonnull(s->out);
	g_assert_nonnull(s->in);
	s->session = cr_ui_session_new(engine, type, s->out, s->in, options, &error);
	g_assert_no_error(error);
	s->view = cr_ui_session_view(s->session);
}

/* screen_start() on a COLS x LINES screen. */
static inline void screen_open_as(Screen *s, CrEngine *engine, int cols, int lines, const char *type,
				  CrUiOptions *options)
{
	g_autofree char *resize = g_strdup_printf("<resize %dx%d>", cols, lines);
	screen_start(s, engine, type, options);
	cr_ui_session_play(s->session, resize);
}

static inline void screen_open(Screen *s, CrEngine *engine, int cols, int lines)
{
	screen_open_as(s, engine, cols, lines, "xterm-256color", NULL);
}

static inline void screen_close(Screen *s)
{
	cr_ui_session_free(s->session);
	fclose(s->out);
	fclose(s->in);
	cr_engine_free(s->engine);
}

static inline void play(Screen *s, const char *keys)
{
	cr_ui_session_play(s->session, keys);
}

/* Screen row Y as text. */
static inline char *screen_line(Screen *s, int y)
{
	g_autofree char *all = cr_ui_session_screen(s->session);
	g_auto(GStrv) lines = g_strsplit(all, "\n", -1);
	g_assert_cmpint(y, <, (int)g_strv_length(lines));
	return g_strdup(lines[y]);
}

/* The columns a character takes on a terminal. */
static inline int char_columns(gunichar c)
{
	return g_unichar_iszerowidth(c) ? 0 : g_unichar_iswide(c) ? 2 : 1;
}

/* The display column of each "│" on LINE. */
static inline GArray *separator_columns(const char *line)
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
static inline char *line_slice(const char *line, int x, int width)
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
static inline char *pane_text(Screen *s, guint p, guint row)
{
	const CrRect *r = &s->view->panes[p].rect;
	g_autofree char *line = screen_line(s, r->y + 1 + (int)row);
	return line_slice(line, r->x, r->width);
}

static inline char *pane_header(Screen *s, guint p)
{
	const CrRect *r = &s->view->panes[p].rect;
	g_autofree char *line = screen_line(s, r->y);
	return line_slice(line, r->x, r->width);
}

/* Compares the screen with tests/fixtures/ui/NAME.screen, or with the
 * SHA-256 in NAME.screen.sha256 when DIGEST (for reports that are not the
 * project's to copy, such as the seeds); rewrites the file instead when
 * CR_UPDATE_SCREENS is set. */
static inline void compare_screen(Screen *s, const char *name, gboolean digest)
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

static inline void check_screen(Screen *s, const char *name)
{
	compare_screen(s, name, FALSE);
}

/* The screen row (0-based, on the whole screen) pane P shows fact F on. */
static inline int fact_screen_row(Screen *s, guint p, int f)
{
	const CrPane *pane = &s->view->panes[p];
	guint row = cr_wrap_find(pane->rows, cr_view_fact(s->view, f)->start);
	g_assert_cmpuint(row, >=, pane->top);
	g_assert_cmpuint(row, <, pane->top + cr_pane_text_height(pane));
	return pane->rect.y + 1 + (int)(row - pane->top);
}

/* The index of the fact of KIND in DOC whose text starts with WORDS. */
static inline int find_fact(Screen *s, guint doc, CrFactKind kind, const char *words)
{
	const GArray *facts = s->engine->facts;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->doc == doc && f->kind == kind && g_str_has_prefix(f->text, words))
			return (int)i;
	}
	g_assert_not_reached();
}

static inline gboolean screen_has(Screen *s, const char *text)
{
	g_autofree char *all = cr_ui_session_screen(s->session);
	return strstr(all, text) != NULL;
}

/* The current fact's value: the focused report's wording of it, or the
 * group's value when that report lacks it. */
static inline const char *current_value(Screen *s)
{
	const CrView *v = s->view;
	if (v->current >= 0)
		return cr_view_fact(v, v->current)->text;
	g_assert_cmpint(v->group, >=, 0);
	return ((const CrGroup *)g_ptr_array_index(v->engine->alignment->groups, v->group))->value;
}

/* Moves the leader's cursor line by line (j, k) to the row of fact F. */
static inline void cursor_to(Screen *s, int f)
{
	const CrPane *leader = &s->view->panes[s->view->focus];
	guint row = cr_wrap_find(leader->rows, cr_view_fact(s->view, f)->start);
	while (leader->cursor != row)
		play(s, leader->cursor < row ? "j" : "k");
}

/* The wording of report DOC in the coverage open. */
static inline const CrWording *wording_of(Screen *s, guint doc)
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
static inline char *marked_text(const CrWording *w, guint8 mark)
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

/* The current fact and each counterpart on one screen row, highlighted;
 * the panes without one say their report lacks it. */
static inline void check_counterparts(Screen *s)
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
static inline void check_all_jumps(Screen *s)
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

/* Sets up a screen test program: the UTF-8 locale and colour allowed. */
static inline void screen_test_init(int *argc, char ***argv)
{
	setlocale(LC_ALL, "C.UTF-8");
	g_unsetenv("NO_COLOR");
	g_test_init(argc, argv, NULL);
}

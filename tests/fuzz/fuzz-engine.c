/* Fuzz target: the whole engine over one to four reports cut from one input
 * at 0xFF bytes (a byte UTF-8 never has), then every way its result is
 * shown: --json (parsed back), --facts, --dump at two widths, the scroll
 * maps, and the reader's frames after a few keys. Asserts that the result
 * points into the reports it came from and that no output carries a raw
 * control, escape or bidi character or invalid UTF-8. */
#include <json-glib/json-glib.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "crossread/dump.h"
#include "crossread/theme_load.h"
#include "crossread/engine.h"
#include "crossread/output.h"
#include "crossread/scrollmap.h"
#include "crossread/view.h"
#include "crossread/view_keys.h"
#include "fuzz-check.h"

#define SEPARATOR    0xFF
#define MAX_REPORTS  4
#define SCREEN_COLS  84 /* four panes of 20 side by side, and separators */
#define SCREEN_LINES 24

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The reports cut from DATA that load; a piece that does not is refused
 * with a CR_ERROR. */
static GPtrArray *split_reports(const uint8_t *data, size_t size)
{
	GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	size_t start = 0;

	for (guint piece = 0; piece < MAX_REPORTS && start <= size; piece++) {
		const uint8_t *sep = memchr(data + start, SEPARATOR, size - start);
		size_t end = sep ? (size_t)(sep - data) : size;
		char *bytes = g_malloc(end - start + 1);
		memcpy(bytes, data + start, end - start);
		bytes[end - start] = '\0';
		g_autofree char *path = g_strdup_printf("report-%u.txt", piece + 1);
		g_autoptr(GError) error = NULL;
		CrDoc *doc = cr_doc_new_take(path, bytes, end - start, &error);
		if (doc)
			g_ptr_array_add(docs, doc);
		else
			CR_FUZZ_ASSERT(error && error->domain == CR_ERROR && error->message,
				       "a refused report has a crossread error");
		start = end + 1;
	}
	return docs;
}

static void check_string(const char *what, const char *s)
{
	CR_FUZZ_ASSERT(!s || g_utf8_validate(s, -1, NULL), "%s: invalid UTF-8", what);
}

/* Blocks lie in their report in order, without overlapping. */
static void check_blocks(const CrEngine *engine)
{
	CR_FUZZ_ASSERT(engine->blocks->len == engine->docs->len, "one block array per report");
	for (guint d = 0; d < engine->docs->len; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		const GArray *blocks = g_ptr_array_index(engine->blocks, d);
		gsize last = 0;
		for (guint i = 0; i < blocks->len; i++) {
			const CrBlock *b = &g_array_index(blocks, CrBlock, i);
			CR_FUZZ_ASSERT(b->start >= last && b->start <= b->end && b->end <= doc->len,
				       "block %u of report %u at [%zu,%zu) in order within %zu bytes", i, d,
				       b->start, b->end, doc->len);
			last = b->end;
		}
		check_string("title", doc->title);
		check_string("outlet", doc->outlet);
		check_string("date", doc->date);
	}
}

/* Facts point into their report, sorted, with valid strings and groups. */
static void check_facts(const CrEngine *engine)
{
	const GPtrArray *groups = engine->alignment->groups;

	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		CR_FUZZ_ASSERT(f->doc < engine->docs->len, "fact %u: report %u exists", i, f->doc);
		const CrDoc *doc = g_ptr_array_index(engine->docs, f->doc);
		CR_FUZZ_ASSERT(f->start <= f->end && f->end <= doc->len,
			       "fact %u at [%u,%u) within %zu bytes", i, f->start, f->end, doc->len);
		CR_FUZZ_ASSERT((guint)f->kind < CR_FACT_N_KINDS, "fact %u: a known kind", i);
		if (i > 0) {
			const CrFact *p = &g_array_index(engine->facts, CrFact, i - 1);
			CR_FUZZ_ASSERT(p->doc < f->doc || (p->doc == f->doc && p->start <= f->start),
				       "fact %u sorted by report and start", i);
		}
		CR_FUZZ_ASSERT(f->group >= -1 && f->group < (int)groups->len, "fact %u: group %d exists", i,
			       f->group);
		check_string("fact text", f->text);
		check_string("fact value", f->value);
		check_string("fact key", f->key);
		/* a speaker and a unit share their place with other kinds' fields */
		if (f->kind == CR_FACT_QUOTE)
			check_string("fact speaker", f->speaker);
		if (f->kind == CR_FACT_NUMBER)
			check_string("fact unit", f->unit);
	}
	for (guint g = 0; g < groups->len; g++) {
		const CrGroup *group = g_ptr_array_index(groups, g);
		guint32 mask = 0;
		CR_FUZZ_ASSERT(group->id == g, "group %u has its id", g);
		for (guint k = 0; k < group->facts->len; k++) {
			guint fi = g_array_index(group->facts, guint, k);
			CR_FUZZ_ASSERT(fi < engine->facts->len, "group %u: member %u exists", g, fi);
			const CrFact *f = &g_array_index(engine->facts, CrFact, fi);
			CR_FUZZ_ASSERT(f->group == (int)g, "group %u: member %u points back", g, fi);
			mask |= 1u << f->doc;
		}
		CR_FUZZ_ASSERT(mask == group->doc_mask &&
				   group->n_docs == (guint)__builtin_popcount(group->doc_mask),
			       "group %u: doc_mask and n_docs are its members' reports", g);
		check_string("group value", group->value);
	}
}

/* Chains ascend in both reports through facts of their group; the spine of
 * every report ascends in each; scroll maps are exact at anchors, monotone
 * and clamped. */
static void check_alignment(const CrEngine *engine)
{
	const CrAlignment *al = engine->alignment;
	guint n = engine->docs->len;

	CR_FUZZ_ASSERT(al->n_docs == n, "the alignment has every report");
	for (guint a = 0; a < n; a++) {
		for (guint b = 0; b < n; b++) {
			const CrChain *chain = cr_alignment_chain(al, a, b);
			CR_FUZZ_ASSERT((chain == NULL) == (a == b), "a chain for every pair %u,%u", a, b);
			gsize len_a = ((CrDoc *)g_ptr_array_index(engine->docs, a))->len;
			gsize len_b = ((CrDoc *)g_ptr_array_index(engine->docs, b))->len;
			g_autoptr(CrScrollMap) map = cr_scrollmap_new(chain, a, b, len_a, len_b);
			gsize last = 0;
			for (gsize pos = 0; pos <= len_a; pos += 1 + len_a / 64) {
				gsize to = cr_scrollmap_map(map, pos);
				CR_FUZZ_ASSERT(to >= last && to <= len_b, "map %u->%u monotone, clamped", a,
					       b);
				last = to;
			}
			if (!chain || a > b)
				continue;
			gsize pa = 0, pb = 0;
			for (guint k = 0; k < chain->anchors->len; k++) {
				const CrAnchor *an = &g_array_index(chain->anchors, CrAnchor, k);
				CR_FUZZ_ASSERT(an->a >= pa && an->b >= pb && an->a <= len_a &&
						   an->b <= len_b && an->group < al->groups->len,
					       "chain %u-%u: anchor %u ascends within the reports", a, b, k);
				CR_FUZZ_ASSERT(cr_scrollmap_map(map, an->a) == an->b,
					       "map %u->%u exact at anchor %u", a, b, k);
				pa = an->a;
				pb = an->b;
			}
		}
		g_autoptr(GArray) spine = cr_alignment_spine(al, a);
		gsize last[CR_MAX_DOCUMENTS] = { 0 };
		for (guint k = 0; k < spine->len; k++) {
			const CrSpinePoint *p = &g_array_index(spine, CrSpinePoint, k);
			CR_FUZZ_ASSERT(p->doc_mask & (1u << a), "spine %u: point %u has its report", a, k);
			for (guint d = 0; d < n; d++) {
				if (!(p->doc_mask & (1u << d)))
					continue;
				CR_FUZZ_ASSERT(p->pos[d] >= last[d], "spine %u ascends in report %u", a, d);
				last[d] = p->pos[d];
			}
		}
	}
}

/* --json writes valid JSON that parses back, with no raw unsafe character. */
static void check_json(const CrEngine *engine)
{
	char *text = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&text, &len);

	CR_FUZZ_ASSERT(out, "open_memstream");
	CR_FUZZ_ASSERT(cr_output_json(engine, out), "--json is written");
	fclose(out);
	cr_fuzz_check_safe("--json", text, len, CR_FUZZ_SAFE_NEWLINES);
	g_autoptr(JsonParser) parser = json_parser_new();
	g_autoptr(GError) error = NULL;
	if (!json_parser_load_from_data(parser, text, (gssize)len, &error))
		cr_fuzz_fail("--json does not parse: %s", error->message);
	free(text);
}

static void check_facts_output(const CrEngine *engine)
{
	g_autofree char *text = cr_output_facts(engine);
	cr_fuzz_check_safe("--facts", text, strlen(text), CR_FUZZ_SAFE_NEWLINES);
}

/* --dump: safe text, no line wider than asked (or than the reports need). */
static void check_dump(const CrEngine *engine, int asked, gboolean color, gboolean hide)
{
	g_autoptr(CrTheme) theme = color ? cr_theme_builtin_default() : NULL;
	CrDumpOptions options = {
		.width = asked, .theme = theme, .depth = CR_DEPTH_256, .hide_boilerplate = hide
	};
	g_autofree char *text = cr_dump(engine, &options);
	gsize len = strlen(text);
	int width = MAX(asked, cr_dump_min_width(engine->docs->len));

	cr_fuzz_check_safe("--dump", text, len,
			   CR_FUZZ_SAFE_NEWLINES | (color ? CR_FUZZ_SAFE_SGR : CR_FUZZ_SAFE_LINE));
	for (const char *line = text; line < text + len;) {
		const char *nl = memchr(line, '\n', (gsize)(text + len - line));
		const char *line_end = nl ? nl : text + len;
		int columns = cr_fuzz_columns(line, (gsize)(line_end - line));
		CR_FUZZ_ASSERT(columns <= width, "--dump at %d: a line of %d columns", width, columns);
		line = line_end + 1;
	}
}

/* Every cell of FRAME is safe, one or two columns, a wide one followed by
 * its right half. */
static void check_frame(const CrFrame *frame)
{
	for (int y = 0; y < frame->lines; y++) {
		for (int x = 0; x < frame->cols; x++) {
			const CrFrameCell *cell = cr_frame_at(frame, y, x);
			if (cell->width == 1 && cell->text[0] >= 0x20 && cell->text[0] < 0x7f &&
			    !cell->text[1])
				continue; /* printable ASCII, most of a screen: safe, one column */
			gsize len = strnlen(cell->text, sizeof cell->text);
			CR_FUZZ_ASSERT(len < sizeof cell->text, "frame cell %d,%d ends", y, x);
			cr_fuzz_check_safe("frame cell", cell->text, len, CR_FUZZ_SAFE_LINE);
			CR_FUZZ_ASSERT(cell->width <= 2, "frame cell %d,%d: width %u", y, x, cell->width);
			if (cell->width == 2)
				CR_FUZZ_ASSERT(x + 1 < frame->cols &&
						   cr_frame_at(frame, y, x + 1)->width == 0,
					       "frame cell %d,%d: a wide character has its right half", y, x);
			if (cell->width > 0)
				CR_FUZZ_ASSERT(cr_fuzz_columns(cell->text, len) == cell->width,
					       "frame cell %d,%d: '%s' is %u columns", y, x, cell->text,
					       cell->width);
		}
	}
}

/* The reader: jumps, coverage, the facts list, the reports, copying, a
 * search, layouts and help, each frame checked, and what y and Y copy
 * safe text. */
static void check_reader(const CrEngine *engine)
{
	static const int keys[] = {
		']', '}',
		'c', CR_KEY_ESC,
		'=', CR_KEY_TAB,
		'G', '{',
		'L', 'z',
		'B', 'k',
		'/', 'e',
		'a', CR_KEY_ENTER,
		'n', 'N',
		'g', CR_KEY_PAGE_DOWN,
		'?', CR_KEY_ESC,
		'c', 'F',
		's', 't',
		'j', 'c',
		'F', CR_KEY_ENTER,
		'y', 'Y',
		'i', 'j',
		'x', '\'',
		'2', CR_KEY_ALT | '1',
		'}', 'y',
		'Y',
	};
	g_autoptr(CrView) view = cr_view_new(engine, SCREEN_COLS, SCREEN_LINES);
	g_autoptr(CrFrame) frame = cr_frame_new(SCREEN_COLS, SCREEN_LINES);

	cr_view_render(view, frame);
	check_frame(frame);
	for (guint i = 0; i < G_N_ELEMENTS(keys); i++) {
		cr_view_key(view, keys[i]);
		cr_view_work(view, NULL);
		cr_view_render(view, frame);
		check_frame(frame);
		if (view->clipboard) {
			cr_fuzz_check_safe("copied text", view->clipboard, strlen(view->clipboard),
					   CR_FUZZ_SAFE_NEWLINES);
			g_clear_pointer(&view->clipboard, g_free);
		}
	}
	cr_view_resize(view, 41, 9);
	cr_view_render(view, frame);
	check_frame(frame);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* one thread: a run is the same every time (libFuzzer counts on it),
	 * and starting threads for every input costs more than it saves */
	g_setenv("CROSSREAD_THREADS", "1", FALSE);
	GPtrArray *docs = split_reports(data, size);

	if (docs->len == 0) {
		g_ptr_array_unref(docs);
		return 0;
	}
	g_autoptr(CrEngine) engine = cr_engine_run(docs);
	check_blocks(engine);
	check_facts(engine);
	check_alignment(engine);
	check_json(engine);
	check_facts_output(engine);
	check_dump(engine, 20, FALSE, FALSE);
	check_dump(engine, 97, TRUE, TRUE);
	check_reader(engine);
	return 0;
}

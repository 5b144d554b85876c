/* Coverage: each report's passage around the current fact, marked against
 * the focused report's wording. */
#include "crossread/view_coverage.h"

#include <string.h>

#include "crossread/passage.h"
#include "crossread/view_diff.h"
#include "crossread/view_draw.h"
#include "crossread/view_list.h"
#include "crossread/view_stops.h"

#define OMITTED_OPEN  "["
#define OMITTED_CLOSE "]"
#define HEAD_ROWS     2 /* the title and the legend */

static void wording_free(gpointer data)
{
	CrWording *w = data;
	g_string_free(w->text, TRUE);
	g_array_unref(w->runs);
	g_free(w);
}

static void coverage_free(gpointer data)
{
	CrCoverage *coverage = data;
	g_ptr_array_unref(coverage->wordings);
	g_free(coverage);
}

/* Appends a run, or lengthens the last one when it looks the same. */
static void add_run(GArray *runs, gsize start, gsize end, guint8 style, guint8 marks)
{
	CrRun *last = runs->len ? &g_array_index(runs, CrRun, runs->len - 1) : NULL;
	if (start >= end)
		return;
	if (last && last->end == start && last->style == style && last->marks == marks) {
		last->end = end;
		return;
	}
	CrRun run = { start, end, style, marks };
	g_array_append_val(runs, run);
}

/* The words of FLAT marked as DIFF has them, into W's text and runs, the
 * stretch compared ([COMPARED_START, COMPARED_END) at least) in the fact's
 * STYLE and the reference's missing words put in at their gaps. */
static void compose(CrWording *w, const char *flat, const CrDiff *diff, gsize compared_start,
		    gsize compared_end, guint8 style)
{
	gsize len = strlen(flat);
	g_autofree guint8 *marks = g_new0(guint8, len + 1);
	guint gap = 0;

	guint8 prev_mark = 0;
	for (guint i = 0; i < diff->words->len; i++) {
		const CrDiffWord *word = &g_array_index(diff->words, CrDiffWord, i);
		guint8 mark = word->diff == CR_WORD_CHANGED ? CR_MARK_DIFF
			      : word->diff == CR_WORD_ADDED ? CR_MARK_DIFF_ADDED
							    : 0;
		/* words marked alike in a row: the spaces between them too */
		gsize from = i > 0 && mark && mark == prev_mark
				 ? g_array_index(diff->words, CrDiffWord, i - 1).end
				 : word->start;
		memset(marks + from, mark, word->end - from);
		prev_mark = mark;
		if (word->diff != CR_WORD_CONTEXT) {
			compared_start = MIN(compared_start, word->start);
			compared_end = MAX(compared_end, word->end);
		}
	}
	for (gsize pos = 0; pos <= len; pos++) {
		for (; gap < diff->gaps->len && g_array_index(diff->gaps, CrDiffGap, gap).at == pos; gap++) {
			const CrDiffGap *g = &g_array_index(diff->gaps, CrDiffGap, gap);
			if (!g->before_word)
				g_string_append_c(w->text, ' ');
			gsize at = w->text->len;
			g_string_append_printf(w->text, OMITTED_OPEN "%s" OMITTED_CLOSE, g->words);
			add_run(w->runs, at, w->text->len, CR_STYLE_OVERLAY, CR_MARK_DIFF_OMITTED);
			if (g->before_word)
				g_string_append_c(w->text, ' ');
		}
		if (pos == len)
			break;
		gboolean compared = pos >= compared_start && pos < compared_end;
		gsize at = w->text->len;
		g_string_append_c(w->text, flat[pos]);
		add_run(w->runs, at, w->text->len, compared ? style : CR_STYLE_OVERLAY,
			(compared ? CR_MARK_SHARED : 0) | marks[pos]);
	}
}

/* Report D's wording of FACT, against REFERENCE's words (NULL for the
 * reference itself). */
static CrWording *wording_new(const CrView *view, guint d, int fact, const char *reference)
{
	const CrFact *f = cr_view_fact(view, fact);
	const CrDoc *doc = g_ptr_array_index(view->engine->docs, d);
	CrWording *w = g_new0(CrWording, 1);
	CrPassage passage =
	    cr_passage_around(doc, g_ptr_array_index(view->engine->blocks, d), f->start, f->end);
	gsize span[2] = { f->start, f->end };

	w->doc = d;
	w->fact = fact;
	w->reference = reference == NULL;
	w->text = g_string_new(NULL);
	w->runs = g_array_new(FALSE, FALSE, sizeof(CrRun));
	g_autofree char *flat = cr_passage_text(doc, &passage, span, 2);
	gsize start = span[0], end = span[1];
	g_autoptr(CrDiff) diff = cr_diff_against(reference ? reference
						 : f->text ? f->text
							   : "",
						 flat, start, end, reference && f->kind == CR_FACT_QUOTE);
	/* the reference itself: its fact, nothing marked */
	for (guint i = 0; !reference && i < diff->gaps->len; i++)
		g_free(g_array_index(diff->gaps, CrDiffGap, i).words);
	if (!reference)
		g_array_set_size(diff->gaps, 0);
	for (guint i = 0; !reference && i < diff->words->len; i++) {
		CrDiffWord *word = &g_array_index(diff->words, CrDiffWord, i);
		word->diff = word->start >= start && word->end <= end ? CR_WORD_SAME : CR_WORD_CONTEXT;
	}
	compose(w, flat, diff, start, end, CR_STYLE_FACT + f->kind);
	return w;
}

/* A report that lacks the fact. */
static CrWording *lacking_new(guint d)
{
	CrWording *w = g_new0(CrWording, 1);
	w->doc = d;
	w->fact = -1;
	w->text = g_string_new(NULL);
	w->runs = g_array_new(FALSE, FALSE, sizeof(CrRun));
	return w;
}

static gpointer coverage_open(CrView *view)
{
	if (view->n_panes < 2) {
		cr_view_message(view, "one report: coverage compares two or more");
		return NULL;
	}
	if (view->group < 0) {
		cr_view_message(view, view->current >= 0
					  ? "only this report has the fact on the cursor line"
					  : "no fact on the cursor line: move to one, or jump with ] or }");
		return NULL;
	}
	CrCoverage *coverage = g_new0(CrCoverage, 1);
	coverage->group = view->group;
	coverage->wordings = g_ptr_array_new_with_free_func(wording_free);
	/* the reference: the focused report, else the first that has the fact */
	int reference = view->current;
	for (guint i = 0; i < view->n_panes && reference < 0; i++)
		reference = view->panes[i].mark;
	const CrFact *ref = cr_view_fact(view, reference);
	g_autoptr(GPtrArray) lacking = g_ptr_array_new();
	for (guint i = 0; i < view->n_panes; i++) {
		const CrPane *pane = &view->panes[i];
		if (pane->mark < 0 && i != view->focus)
			g_ptr_array_add(lacking, lacking_new(pane->doc));
		else if (pane->mark >= 0)
			g_ptr_array_add(coverage->wordings, wording_new(view, pane->doc, pane->mark,
									pane->mark == reference ? NULL
									: ref->text		? ref->text
												: ""));
	}
	if (view->current < 0)
		g_ptr_array_add(lacking, lacking_new(view->panes[view->focus].doc));
	for (guint i = 0; i < lacking->len; i++)
		g_ptr_array_add(coverage->wordings, lacking->pdata[i]);
	return coverage;
}

/* W's passage wrapped to WIDTH: a GArray of CrRow over W's text. */
static GArray *wording_rows(const CrWording *w, int width)
{
	CrDoc text = { .data = w->text->str, .len = w->text->len };
	CrBlock whole = { .start = 0, .end = text.len, .score = 1 };
	g_autoptr(GArray) blocks = g_array_new(FALSE, FALSE, sizeof(CrBlock));
	g_array_append_val(blocks, whole);
	return cr_wrap(&text, blocks, MAX(width, 1), FALSE);
}

/* The lines below the title and legend: for each wording a head line, its
 * passage's rows and a blank line (none for one that lacks the fact). */
static guint count_lines(const CrCoverage *coverage, int width)
{
	guint n = 0;
	for (guint i = 0; i < coverage->wordings->len; i++) {
		const CrWording *w = g_ptr_array_index(coverage->wordings, i);
		if (w->fact < 0) {
			n++;
			continue;
		}
		g_autoptr(GArray) rows = wording_rows(w, width - 2);
		n += rows->len + 2;
	}
	return n;
}

/* Draws line LINE (counted as count_lines() does) at screen row Y when it
 * is between TOP and BOTTOM. */
static void draw_line(const CrView *view, CrFrame *frame, guint line, guint top, guint bottom,
		      const char *text, gssize len, guint8 style, const CrWording *w, const CrRow *row)
{
	if (line < top || line >= bottom)
		return;
	int y = HEAD_ROWS + (int)(line - top);
	CrPen pen = cr_pen(frame, y, row ? 2 : 0, frame->cols);
	if (row) {
		CrDoc doc = { .data = w->text->str, .len = w->text->len };
		CrDecor decor = { .runs = w->runs, .style = CR_STYLE_OVERLAY };
		cr_draw_row(view, &pen, &doc, row, &decor);
	} else if (text) {
		cr_pen_text(&pen, text, len, style, 0);
	}
}

/* The head line of wording W: its letter and name, and what it is. */
static char *wording_head(const CrView *view, const CrWording *w)
{
	const CrDoc *doc = g_ptr_array_index(view->engine->docs, w->doc);
	const char *what = w->fact < 0 ? "lacks this fact" : w->reference ? "the reference" : "";
	return g_strdup_printf("%c %s%s%s", 'A' + w->doc, cr_doc_name(doc), *what ? "  \xe2\x80\x94 " : "",
			       what);
}

/* The legend: the marks, as they look, against what. */
static void draw_legend(CrFrame *frame)
{
	CrPen pen = cr_pen(frame, 1, 0, frame->cols);
	cr_pen_text(&pen, "words against the reference: ", -1, CR_STYLE_OVERLAY, 0);
	cr_pen_text(&pen, "changed", -1, CR_STYLE_OVERLAY, CR_MARK_DIFF);
	cr_pen_text(&pen, "  ", -1, CR_STYLE_OVERLAY, 0);
	cr_pen_text(&pen, OMITTED_OPEN "omitted" OMITTED_CLOSE, -1, CR_STYLE_OVERLAY, CR_MARK_DIFF_OMITTED);
	cr_pen_text(&pen, "  ", -1, CR_STYLE_OVERLAY, 0);
	cr_pen_text(&pen, "added", -1, CR_STYLE_OVERLAY, CR_MARK_DIFF_ADDED);
}

static void coverage_render(const CrView *view, gconstpointer state, CrFrame *frame)
{
	const CrCoverage *coverage = state;
	const CrGroup *group = g_ptr_array_index(view->engine->alignment->groups, coverage->group);
	const CrStop *stop = cr_view_stop(view, view->panes[view->focus].doc, (guint)coverage->group);
	guint top = coverage->top, bottom = top + (guint)MAX(frame->lines - HEAD_ROWS - 1, 0), line = 0;
	g_autofree char *title =
	    g_strdup_printf("Coverage of %s %u of %u: in %u of %u reports", cr_fact_kind_name(group->kind),
			    stop->kind_rank, view->kind_groups[group->kind], group->n_docs, view->n_panes);

	cr_draw_title(frame, title);
	draw_legend(frame);
	for (guint i = 0; i < coverage->wordings->len; i++) {
		const CrWording *w = g_ptr_array_index(coverage->wordings, i);
		g_autofree char *head = wording_head(view, w);
		draw_line(view, frame, line++, top, bottom, head, -1,
			  w->fact < 0 ? CR_STYLE_NOTICE : CR_STYLE_HEADER, w, NULL);
		if (w->fact < 0)
			continue;
		g_autoptr(GArray) rows = wording_rows(w, frame->cols - 2);
		for (guint r = 0; r < rows->len; r++)
			draw_line(view, frame, line++, top, bottom, NULL, 0, 0, w,
				  &g_array_index(rows, CrRow, r));
		line++;
	}
	cr_draw_status(
	    frame, line > bottom || top > 0 ? "j k Space b scroll   F the facts list" : "F the facts list",
	    CR_STYLE_STATUS, "any other key closes");
}

static gboolean coverage_key(CrView *view, gpointer state, int key)
{
	CrCoverage *coverage = state;
	CrListNav nav = { coverage->top, coverage->top };
	guint height = (guint)MAX(view->lines - HEAD_ROWS - 1, 1);
	if (!cr_list_nav_key(&nav, key, count_lines(coverage, view->cols), height, FALSE))
		return FALSE;
	coverage->top = nav.top;
	return TRUE;
}

const CrOverlayOps cr_overlay_coverage = {
	.action = CR_ACT_COVERAGE,
	.open = coverage_open,
	.render = coverage_render,
	.key = coverage_key,
	.free = coverage_free,
};

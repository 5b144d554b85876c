/* Drawing the reader into a frame: pane headers, the reports' text with
 * facts, matches and the cursor line marked, separators, the status line;
 * or the overlay open, through its ops. */
#include "crossread/view.h"

#include "crossread/view_draw.h"
#include "crossread/view_gutter.h"
#include "crossread/view_notes.h"
#include "crossread/view_overlay.h"
#include "crossread/view_prompt.h"
#include "crossread/view_ready.h"
#include "crossread/view_stops.h"

#define TOO_SMALL	 "terminal too small"
#define LACKS		 "lacks this fact"
#define LACKS_SHORT	 "lacks it"
#define HEADER_NAME_ROOM 24 /* columns of the name kept before anything else shows */
#define TITLE_MIN	 12 /* columns a title needs to be worth showing */
#define TITLE_GAP	 " \xc2\xb7 "

/* The status line's account of the current fact: "quote 3 of 7, in 4 of
 * 5 reports: ...", "..., in 2 of 5 reports, not this one: ...", "number
 * only in this report: ..."; "" when there is none. */
static char *describe_current(const CrView *view)
{
	const CrFact *f = view->current >= 0 ? cr_view_fact(view, view->current) : NULL;
	const CrGroup *g =
	    view->group >= 0 ? g_ptr_array_index(view->engine->alignment->groups, view->group) : NULL;
	if (!f && !g)
		return g_strdup("");
	CrFactKind kind = f ? f->kind : g->kind;
	g_autofree char *value = cr_fact_value_readable(kind, f && f->value && *f->value ? f->value
							      : f && f->text		 ? f->text
											 : g->value);
	const char *name = cr_fact_kind_name(kind);
	if (!g)
		return view->n_panes > 1 ? g_strdup_printf("%s only in this report: %s", name, value)
					 : g_strdup_printf("%s: %s", name, value);
	const CrStop *stop = cr_view_stop(view, view->panes[view->focus].doc, (guint)view->group);
	return g_strdup_printf("%s %u of %u, in %u of %u reports%s: %s", name, stop->kind_rank,
			       view->kind_groups[g->kind], g->n_docs, view->n_panes,
			       f ? "" : ", not this one", value);
}

static void render_main_status(const CrView *view, CrFrame *frame)
{
	g_autofree char *count = view->count ? g_strdup_printf("%u  ", view->count) : g_strdup("");
	const char *prefix = view->focus_prefix ? "'  " : "";
	g_autofree char *right =
	    view->engine->pending
		? g_strdup_printf("%s%s" CR_ALIGNING " %u%%  <?> help", count, prefix, view->progress)
		: g_strdup_printf("%s%ssync %s  <?> help", count, prefix, view->sync ? "on" : "off");
	if (view->prompt) {
		cr_view_prompt_draw(view, frame, right);
		return;
	}
	const CrPane *leader = &view->panes[view->focus];
	const CrRow *row = cr_pane_row(leader, leader->cursor);
	const CrPlacedNote *note = cr_view_note_at(view, leader->doc, row->start, row->end);
	g_autofree char *about =
	    view->message ? NULL
	    : note ? g_strdup_printf("note%s: %s", note->note->draft ? " (draft)" : "", note->note->text)
		   : describe_current(view);
	cr_draw_status(frame, view->message ? view->message : about, cr_message_style(view), right);
}

/* The header: letter and name (the outlet, else the file's name), the
 * title when there is room, and at the right whether the report lacks the
 * current fact, its date and how far down the pane is. Room goes first to
 * the name (HEADER_NAME_ROOM columns of it), then to the notice (short,
 * then in full), the position, the date and last the title; a pane too
 * narrow for the name and the short notice cuts the name. */
static void render_header(const CrView *view, const CrPane *pane, CrFrame *frame)
{
	const CrDoc *doc = g_ptr_array_index(view->engine->docs, pane->doc);
	gboolean focused = pane == &view->panes[view->focus];
	guint8 style = focused && view->n_panes > 1 ? CR_STYLE_HEADER_FOCUS : CR_STYLE_HEADER;
	const char *name = cr_doc_name(doc);
	g_autofree char *percent = g_strdup_printf("%u%%", cr_pane_percent(pane, doc->len));
	int width = pane->rect.width, name_columns = cr_text_columns(name);
	int name_room = 2 + MIN(name_columns, HEADER_NAME_ROOM);
	int right = 1; /* the space before the right-hand side */
	char letter[4] = { (char)('A' + pane->doc), ' ', '\0' };
	const char *notice = NULL, *date = NULL, *title = NULL;

	if (pane->lacks) {
		notice = name_room + right + cr_text_columns(LACKS) + 1 <= width ? LACKS : LACKS_SHORT;
		right += cr_text_columns(notice) + 1;
	}
	gboolean show_percent = name_room + right + cr_text_columns(percent) <= width;
	right += show_percent ? cr_text_columns(percent) : 0;
	if (doc->date && name_room + right + cr_text_columns(doc->date) + 2 <= width) {
		date = doc->date;
		right += cr_text_columns(date) + 2;
	}
	int title_room = width - right - 2 - name_columns - cr_text_columns(TITLE_GAP);
	if (doc->title && title_room >= TITLE_MIN && g_strcmp0(doc->title, name) != 0)
		title = doc->title;
	CrPen pen = cr_pen(frame, pane->rect.y, pane->rect.x, pane->rect.x + MAX(width - right, 0));
	cr_pen_text(&pen, letter, -1, style, 0);
	cr_pen_text(&pen, name, -1, style, 0);
	if (title) {
		cr_pen_text(&pen, TITLE_GAP, -1, style, 0);
		cr_pen_text(&pen, title, -1, style, 0);
	}
	cr_pen_fill(&pen, style, 0);
	pen = cr_pen(frame, pane->rect.y, pen.x, pane->rect.x + width);
	cr_pen_text(&pen, " ", -1, style, 0);
	if (notice) {
		cr_pen_text(&pen, notice, -1, CR_STYLE_NOTICE, 0);
		cr_pen_text(&pen, " ", -1, style, 0);
	}
	if (date) {
		cr_pen_text(&pen, date, -1, style, 0);
		cr_pen_text(&pen, "  ", -1, style, 0);
	}
	if (show_percent)
		cr_pen_text(&pen, percent, -1, style, 0);
	cr_pen_fill(&pen, style, 0);
}

static void render_pane(const CrView *view, const CrPane *pane, CrFrame *frame)
{
	const CrDoc *doc = g_ptr_array_index(view->engine->docs, pane->doc);
	const GArray *blocks = g_ptr_array_index(view->engine->blocks, pane->doc);
	const CrFact *mark = pane->mark >= 0 ? cr_view_fact(view, pane->mark) : NULL;
	guint8 cursor_marks = cr_view_synced(view) || pane == &view->panes[view->focus] ? CR_MARK_CURSOR : 0;
	guint h = cr_pane_text_height(pane);

	render_header(view, pane, frame);
	for (guint i = 0; i < h; i++) {
		guint r = pane->top + i;
		int y = pane->rect.y + 1 + (int)i;
		CrPen pen = cr_pen(frame, y, pane->rect.x + pane->gutter, pane->rect.x + pane->rect.width);
		if (r >= pane->rows->len)
			continue;
		cr_gutter_draw(view, pane, r, frame, y, r == pane->cursor ? cursor_marks : 0);
		const CrRow *row = cr_pane_row(pane, r);
		gboolean boilerplate =
		    row->block >= 0 && g_array_index(blocks, CrBlock, row->block).boilerplate;
		CrDecor decor = {
			.paint = boilerplate ? NULL : view->paint[pane->doc],
			.spans = view->search.matches[pane->doc],
			.span_mark = CR_MARK_MATCH,
			.mark_start = mark ? mark->start : 0,
			.mark_end = mark ? mark->end : 0,
			.current_mark =
			    pane == &view->panes[view->focus] ? CR_MARK_CURRENT : CR_MARK_COUNTERPART,
			.style = boilerplate ? CR_STYLE_BOILERPLATE : CR_STYLE_TEXT,
			.marks = r == pane->cursor ? cursor_marks : 0,
		};
		cr_draw_row(view, &pen, doc, row, &decor);
	}
}

static void render_too_small(CrFrame *frame)
{
	int width = MIN(cr_text_columns(TOO_SMALL), frame->cols);
	CrPen pen = cr_pen(frame, frame->lines / 2, (frame->cols - width) / 2, frame->cols);
	cr_pen_text(&pen, TOO_SMALL, -1, CR_STYLE_TEXT, 0);
}

void cr_view_render(const CrView *view, CrFrame *frame)
{
	/* an overlay needs no panes, only a title, a line and a status line */
	gboolean overlay_fits = view->cols >= CR_MIN_PANE_WIDTH && view->lines >= 3;

	cr_frame_reset(frame, view->cols, view->lines);
	if (view->too_small && !(view->overlay && overlay_fits)) {
		render_too_small(frame);
		return;
	}
	if (view->overlay) {
		view->overlay->render(view, view->overlay_state, frame);
		if (view->prompt)
			cr_view_prompt_draw(view, frame, "");
		return;
	}
	for (guint i = 0; i < view->n_panes; i++) {
		const CrPane *pane = &view->panes[i];
		if (pane->rect.height == 0)
			continue;
		render_pane(view, pane, frame);
		if (view->layout == CR_LAYOUT_SIDE && pane->rect.x + pane->rect.width < view->cols)
			cr_draw_separator(frame, pane->rect.x + pane->rect.width, 0, view->lines - 1);
	}
	render_main_status(view, frame);
}

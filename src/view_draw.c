/* Drawing primitives the panes and the overlays share. */
#include "crossread/view_draw.h"

#include "crossread/view_paint.h"

#define SEPARATOR "\xe2\x94\x82"

void cr_draw_row(const CrView *view, CrPen *pen, const CrDoc *doc, const CrRow *row, const CrDecor *decor)
{
	const GArray *paint = decor->paint, *spans = decor->spans;
	guint p = paint ? cr_spans_find(paint, sizeof(CrPaint), row->start) : 0;
	guint s = spans ? cr_spans_find(spans, sizeof(CrSpan), row->start) : 0;
	const GArray *runs = decor->runs;
	guint r = runs ? cr_spans_find(runs, sizeof(CrRun), row->start) : 0;
	gsize pos = row->start;
	CrCell cell;

	while (pos < row->end) {
		if (pos == row->gap_start && row->gap_end > row->gap_start) {
			pos = row->gap_end;
			continue;
		}
		gsize at = pos;
		guint8 style = decor->style, marks = decor->marks;
		cr_cell_next(doc->data, row->end, &pos, &cell);
		for (; paint && p < paint->len && g_array_index(paint, CrPaint, p).end <= at; p++)
			;
		if (paint && p < paint->len && g_array_index(paint, CrPaint, p).start <= at) {
			const CrFact *f = cr_view_fact(view, (int)g_array_index(paint, CrPaint, p).fact);
			style = CR_STYLE_FACT + f->kind;
			marks |= f->group >= 0 ? CR_MARK_SHARED : 0;
		}
		for (; runs && r < runs->len && g_array_index(runs, CrRun, r).end <= at; r++)
			;
		if (runs && r < runs->len && g_array_index(runs, CrRun, r).start <= at) {
			style = g_array_index(runs, CrRun, r).style;
			marks |= g_array_index(runs, CrRun, r).marks;
		}
		for (; spans && s < spans->len && g_array_index(spans, CrSpan, s).end <= at; s++)
			;
		if (spans && s < spans->len && g_array_index(spans, CrSpan, s).start <= at)
			marks |= decor->span_mark;
		if (at >= decor->mark_start && at < decor->mark_end)
			marks |= decor->current_mark;
		if (cell.placeholder)
			style = CR_STYLE_PLACEHOLDER;
		if (!cr_pen_put(pen, &cell, style, marks))
			break;
	}
	cr_pen_fill(pen, decor->style, decor->marks);
}

void cr_draw_status(CrFrame *frame, const char *left, guint8 left_style, const char *right)
{
	g_auto(GStrv) parts = g_strsplit_set(right, "<>", -1);
	g_autofree char *shown = g_strjoinv("", parts);
	int y = frame->lines - 1, right_width = cr_text_columns(shown);
	gboolean right_fits = right_width + 1 < frame->cols;
	CrPen pen = cr_pen(frame, y, 0, right_fits ? frame->cols - right_width - 1 : frame->cols);

	cr_pen_text(&pen, left, -1, left_style, 0);
	cr_pen_fill(&pen, CR_STYLE_STATUS, 0);
	if (right_fits) {
		pen = cr_pen(frame, y, pen.x, frame->cols);
		cr_pen_text(&pen, " ", -1, CR_STYLE_STATUS, 0);
		/* the parts alternate: text, <key>, text, ... */
		for (guint i = 0; parts[i]; i++)
			cr_pen_text(&pen, parts[i], -1, i % 2 ? CR_STYLE_STATUS_KEY : CR_STYLE_STATUS, 0);
	}
}

guint8 cr_message_style(const CrView *view)
{
	return !view->message ? CR_STYLE_STATUS : view->message_is_error ? CR_STYLE_ERROR : CR_STYLE_MESSAGE;
}

void cr_draw_separator(CrFrame *frame, int x, int y0, int y1)
{
	for (int y = y0; y < y1; y++) {
		CrPen pen = cr_pen(frame, y, x, x + 1);
		cr_pen_text(&pen, SEPARATOR, -1, CR_STYLE_SEPARATOR, 0);
	}
}

void cr_draw_title(CrFrame *frame, const char *title)
{
	CrPen pen = cr_pen(frame, 0, 0, frame->cols);
	cr_pen_text(&pen, title, -1, CR_STYLE_TITLE, 0);
}

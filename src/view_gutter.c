/* The gutter: note markers and source line numbers beside a pane's text. */
#include "crossread/view_gutter.h"

#include "crossread/lines.h"
#include "crossread/view_notes.h"

/* "* ": the marker column and a space. */
#define MARKER	     "*"
#define MARKER_WIDTH 2
/* The least a pane keeps for its text: the gutter gives way first. */
#define MIN_TEXT_WIDTH 8

static int digits(guint n)
{
	int d = 1;
	while (n >= 10) {
		n /= 10;
		d++;
	}
	return d;
}

int cr_gutter_width(CrView *view, guint doc, int width)
{
	int gutter = cr_view_notes_in(view, doc) ? MARKER_WIDTH : 0;
	if (view->line_numbers) {
		const CrDoc *d = g_ptr_array_index(view->engine->docs, doc);
		if (!view->line_starts[doc])
			view->line_starts[doc] = cr_line_starts(d->data, d->len);
		gutter += digits(view->line_starts[doc]->len) + 1;
	}
	return width - gutter >= MIN_TEXT_WIDTH ? gutter : 0;
}

void cr_gutter_draw(const CrView *view, const CrPane *pane, guint r, CrFrame *frame, int y, guint8 marks)
{
	const CrRow *row = cr_pane_row(pane, r);
	int end = pane->rect.x + pane->gutter;
	CrPen gutter = cr_pen(frame, y, pane->rect.x, end);
	const GArray *starts = view->line_starts[pane->doc];

	if (pane->gutter == 0)
		return;
	if (cr_view_notes_in(view, pane->doc)) {
		gboolean noted = cr_view_note_at(view, pane->doc, row->start, row->end) != NULL;
		cr_pen_text(&gutter, noted ? MARKER : " ", -1, CR_STYLE_NOTE_MARKER, marks);
		cr_pen_text(&gutter, " ", -1, CR_STYLE_TEXT, marks);
	}
	if (view->line_numbers && starts) {
		guint line = cr_line_of(starts, row->start);
		gboolean first = r == 0 || cr_line_of(starts, cr_pane_row(pane, r - 1)->start) != line;
		int room = end - gutter.x - 1;
		g_autofree char *number =
		    first ? g_strdup_printf("%*u", room, line) : g_strnfill((gsize)room, ' ');
		cr_pen_text(&gutter, number, -1, CR_STYLE_LINE_NUMBER, marks);
	}
	cr_pen_fill(&gutter, CR_STYLE_TEXT, marks);
}

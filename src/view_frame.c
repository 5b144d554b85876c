/* The frame: cells written through cr_cell_next() only, so no byte of a
 * report reaches the terminal as anything but a visible, inert character. */
#include "crossread/view_frame.h"

#include <string.h>

#define ELLIPSIS "\xe2\x80\xa6"

CrFrame *cr_frame_new(int cols, int lines)
{
	CrFrame *frame = g_new0(CrFrame, 1);
	cr_frame_reset(frame, cols, lines);
	return frame;
}

void cr_frame_free(CrFrame *frame)
{
	if (!frame)
		return;
	g_free(frame->cells);
	g_free(frame);
}

void cr_frame_reset(CrFrame *frame, int cols, int lines)
{
	gsize n = (gsize)MAX(cols, 0) * (gsize)MAX(lines, 0);
	if (cols != frame->cols || lines != frame->lines) {
		g_free(frame->cells);
		frame->cells = g_new(CrFrameCell, MAX(n, 1));
		frame->cols = MAX(cols, 0);
		frame->lines = MAX(lines, 0);
	}
	const CrFrameCell blank = { .text = " ", .width = 1, .style = CR_STYLE_TEXT };
	for (gsize i = 0; i < n; i++)
		frame->cells[i] = blank;
	frame->cursor_y = frame->cursor_x = -1;
}

CrPen cr_pen(CrFrame *frame, int y, int x0, int x_end)
{
	gboolean on = y >= 0 && y < frame->lines;
	x0 = CLAMP(x0, 0, frame->cols);
	return (CrPen){
		.frame = frame, .y = y, .x0 = x0, .x = x0, .x_end = on ? CLAMP(x_end, x0, frame->cols) : x0
	};
}

static void set_cell(CrPen *pen, const char *text, int width, guint8 style, guint8 marks)
{
	CrFrameCell *cell = cr_frame_at(pen->frame, pen->y, pen->x);
	gsize len = text[0] && !text[1] ? 1 : MIN(strlen(text), sizeof cell->text - 1);
	memcpy(cell->text, text, len);
	cell->text[len] = '\0';
	cell->width = (guint8)width;
	cell->style = style;
	cell->marks = marks;
	if (width == 2) {
		CrFrameCell *half = cell + 1;
		half->text[0] = '\0';
		half->width = 0;
		half->style = style;
		half->marks = marks;
	}
	pen->x += width;
}

/* Adds a combining mark to the character left of the pen, if it has room. */
static void combine(CrPen *pen, const char *mark)
{
	int x = pen->x - 1;
	while (x > pen->x0 && cr_frame_at(pen->frame, pen->y, x)->width == 0)
		x--;
	if (x < pen->x0 || !*mark)
		return;
	CrFrameCell *cell = cr_frame_at(pen->frame, pen->y, x);
	if (strlen(cell->text) + strlen(mark) < sizeof cell->text)
		strcat(cell->text, mark);
}

gboolean cr_pen_put(CrPen *pen, const CrCell *cell, guint8 style, guint8 marks)
{
	if (cell->tab || cell->newline) {
		int tab_stop = pen->x0 + ((pen->x - pen->x0) / CR_TAB_WIDTH + 1) * CR_TAB_WIDTH;
		int to = cell->tab ? tab_stop : pen->x + 1;
		while (pen->x < to && pen->x < pen->x_end)
			set_cell(pen, " ", 1, style, marks);
		return pen->x < pen->x_end;
	}
	if (cell->width == 0) {
		combine(pen, cell->text);
		return TRUE;
	}
	if (cell->placeholder || cell->stand_in) {
		/* "<U+202E>", "^[", "...": one cell per character */
		for (const char *p = cell->text; *p; p = g_utf8_next_char(p)) {
			if (pen->x >= pen->x_end)
				return FALSE;
			char one[8] = { 0 };
			memcpy(one, p, (gsize)(g_utf8_next_char(p) - p));
			set_cell(pen, one, 1, style, marks);
		}
		return TRUE;
	}
	if (pen->x + cell->width > pen->x_end) {
		while (pen->x < pen->x_end)
			set_cell(pen, " ", 1, style, marks);
		return FALSE;
	}
	set_cell(pen, cell->text, cell->width, style, marks);
	return TRUE;
}

int cr_text_columns(const char *text)
{
	return cr_cell_width(text, 0, strlen(text));
}

void cr_pen_text(CrPen *pen, const char *text, gssize len, guint8 style, guint8 marks)
{
	gsize n = len < 0 ? strlen(text) : (gsize)len;
	gboolean fits = cr_cell_width(text, 0, n) <= pen->x_end - pen->x;
	int x_end = pen->x_end;
	gsize pos = 0;
	CrCell cell;

	if (!fits)
		pen->x_end = MAX(pen->x, x_end - 1);
	while (pos < n) {
		cr_cell_next(text, n, &pos, &cell);
		if (!cr_pen_put(pen, &cell, style, marks))
			break;
	}
	pen->x_end = x_end;
	if (!fits && pen->x < pen->x_end)
		set_cell(pen, ELLIPSIS, 1, style, marks);
}

void cr_pen_fill(CrPen *pen, guint8 style, guint8 marks)
{
	while (pen->x < pen->x_end)
		set_cell(pen, " ", 1, style, marks);
}

void cr_style_element(guint8 style, guint8 marks, CrElement *element, guint *overlays)
{
	static const struct {
		guint8 mark;
		CrElement overlay;
	} overlay_of[] = {
		{ CR_MARK_CURRENT, CR_EL_CURRENT },	    { CR_MARK_MATCH, CR_EL_SEARCH_MATCH },
		{ CR_MARK_CURSOR, CR_EL_CURSOR_LINE },	    { CR_MARK_DIFF, CR_EL_DIFF_CHANGED },
		{ CR_MARK_COUNTERPART, CR_EL_COUNTERPART }, { CR_MARK_DIFF_OMITTED, CR_EL_DIFF_OMITTED },
		{ CR_MARK_DIFF_ADDED, CR_EL_DIFF_ADDED },
	};
	gboolean fact = style >= CR_STYLE_FACT && style < CR_STYLE_FACT + CR_FACT_N_KINDS;

	*element = fact && (marks & CR_MARK_SHARED) ? (CrElement)(CR_EL_SHARED + style - CR_STYLE_FACT)
						    : (CrElement)MIN(style, CR_N_STYLES - 1);
	*overlays = 0;
	for (guint i = 0; i < G_N_ELEMENTS(overlay_of); i++)
		if (marks & overlay_of[i].mark)
			*overlays |= CR_OVERLAY_BIT(overlay_of[i].overlay);
}

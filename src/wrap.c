/* Word-wrapping blocks into rows: the layout both the reader and --dump draw. */
#include "crossread/wrap.h"

#include "crossread/cell.h"

/* State while one paragraph is cut into rows. */
typedef struct {
	GArray *rows;
	int width;
	int block;
	gsize gap_start, gap_end;
	gboolean first;
} Wrapper;

static void emit_row(Wrapper *w, gsize start, gsize end)
{
	CrRow row = { .start = start, .end = end, .block = w->block };
	if (w->gap_end > start && w->gap_start < end) {
		row.gap_start = w->gap_start;
		row.gap_end = w->gap_end;
	} else {
		row.gap_start = row.gap_end = start;
	}
	if (w->first)
		row.flags |= CR_ROW_FIRST;
	w->first = FALSE;
	g_array_append_val(w->rows, row);
}

/* The columns of [start,end) as a row shows them: without the gap. */
static int row_width(const Wrapper *w, const char *data, gsize start, gsize end)
{
	if (w->gap_end > start && w->gap_start < end)
		return cr_cell_width(data, start, w->gap_start) + cr_cell_width(data, w->gap_end, end);
	return cr_cell_width(data, start, end);
}

/* Cuts the text of [start,end), skipping the gap, into rows of w->width. */
static void wrap_paragraph(Wrapper *w, const char *data, gsize start, gsize end)
{
	gsize pos = start, row_start = start;
	gsize break_end = 0, break_next = 0; /* row end and next row start at the last space */
	int col = 0;
	gboolean at_row_start = TRUE, have_break = FALSE;
	CrCell cell;

	while (pos < end) {
		if (pos == w->gap_start && w->gap_end > w->gap_start) {
			pos = w->gap_end;
			continue;
		}
		gsize cell_start = pos;
		cr_cell_next(data, end, &pos, &cell);
		gboolean space = cell.newline || cell.tab || (cell.text[0] == ' ' && cell.text[1] == '\0');
		if (at_row_start && space) {
			row_start = pos; /* no row begins with white space */
			continue;
		}
		at_row_start = FALSE;
		int cw = cell.newline ? 1 : cell.tab ? CR_TAB_WIDTH - col % CR_TAB_WIDTH : cell.width;
		if (space) {
			if (!have_break || break_next != cell_start)
				break_end = cell_start;
			break_next = pos;
			have_break = TRUE;
			col += cw;
			continue;
		}
		if (col + cw > w->width && col > 0) {
			if (have_break && break_end > row_start) {
				emit_row(w, row_start, break_end);
				row_start = break_next;
			} else {
				emit_row(w, row_start, cell_start);
				row_start = cell_start;
			}
			have_break = FALSE;
			col = row_width(w, data, row_start, pos);
			if (col > w->width && row_start < cell_start) {
				/* the end of the word fits, this character after it does not */
				emit_row(w, row_start, cell_start);
				row_start = cell_start;
				col = row_width(w, data, row_start, pos);
			}
			continue;
		}
		col += cw;
	}
	if (!at_row_start) {
		gsize row_end = have_break && break_next == end ? break_end : end;
		emit_row(w, row_start, row_end);
	}
}

GArray *cr_wrap(const CrDoc *doc, const GArray *blocks, int width, gboolean hide_boilerplate)
{
	Wrapper w = { .rows = g_array_new(FALSE, TRUE, sizeof(CrRow)), .width = MAX(width, 1) };

	for (guint i = 0; i < blocks->len; i++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		if (hide_boilerplate && block->boilerplate)
			continue;
		gsize end = block->end;
		w.gap_start = w.gap_end = 0;
		if ((block->flags & CR_BLOCK_DROPCAP) && i + 1 < blocks->len) {
			const CrBlock *next = &g_array_index(blocks, CrBlock, i + 1);
			w.gap_start = block->end;
			w.gap_end = next->start;
			end = next->end;
		}
		if (w.rows->len > 0) {
			gsize at = g_array_index(w.rows, CrRow, w.rows->len - 1).end;
			CrRow blank = { .start = at,
					.end = at,
					.gap_start = at,
					.gap_end = at,
					.block = -1,
					.flags = CR_ROW_BLANK };
			g_array_append_val(w.rows, blank);
		}
		w.block = (int)i;
		w.first = TRUE;
		wrap_paragraph(&w, doc->data, block->start, end);
		if (w.gap_end > w.gap_start)
			i++;
	}
	if (w.rows->len == 0) {
		CrRow blank = { .block = -1, .flags = CR_ROW_BLANK };
		g_array_append_val(w.rows, blank);
	}
	return w.rows;
}

guint cr_wrap_find(const GArray *rows, gsize pos)
{
	guint lo = 0, hi = rows->len;

	/* The first row that ends after POS. */
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		if (g_array_index(rows, CrRow, mid).end > pos)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo < rows->len ? lo : rows->len - 1;
}

char *cr_wrap_row_text(const CrDoc *doc, const CrRow *row, int width)
{
	GString *out = g_string_sized_new((gsize)width + 16);
	gsize pos = row->start;
	int col = 0;
	CrCell cell;

	while (pos < row->end) {
		if (pos == row->gap_start && row->gap_end > row->gap_start) {
			pos = row->gap_end;
			continue;
		}
		cr_cell_next(doc->data, row->end, &pos, &cell);
		if (cell.tab || cell.newline) {
			int to = cell.tab ? col + CR_TAB_WIDTH - col % CR_TAB_WIDTH : col + 1;
			for (; col < to && col < width; col++)
				g_string_append_c(out, ' ');
			continue;
		}
		if (col + cell.width > width)
			break;
		g_string_append(out, cell.text);
		col += cell.width;
	}
	for (; col < width; col++)
		g_string_append_c(out, ' ');
	return g_string_free(out, FALSE);
}

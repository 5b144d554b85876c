/* Word-wrapping blocks into rows: the layout both the reader and --dump draw. */
#include "crossread/wrap.h"

#include "crossread/cell.h"
#include "crossread/partition.h"

/* State while one paragraph is cut into rows. */
typedef struct {
	GArray *rows;
	int width;
	int block;
	gsize gap_start, gap_end;
	gboolean first;
	gsize odd_cell; /* where the last cell that is not printable ASCII began, + 1; 0: none yet */
} Wrapper;

static void emit_row(Wrapper *w, gsize start, gsize end)
{
	CrRow row = { .start = start, .end = end, .block = w->block };
	if (w->gap_end > start && w->gap_start < end) {
		row.gap_start = w->gap_start;
		row.gap_end = w->gap_end;
	} else {
		row.gap_start = row.gap_end = start;
		if (w->odd_cell <= start)
			row.flags |= CR_ROW_PLAIN;
	}
	if (w->first)
		row.flags |= CR_ROW_FIRST;
	w->first = FALSE;
	g_array_append_val(w->rows, row);
}

/* TRUE for a byte that is printable ASCII other than a space: one column
 * wide and no place to break (cr_cell_next()). */
static inline gboolean word_byte(char byte)
{
	return (guchar)byte > 0x20 && (guchar)byte < 0x7f;
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
		if (!at_row_start && col < w->width && word_byte(data[pos])) {
			/* the rest of a word that fits on the row, as the loop below
			 * would take it a byte at a time */
			gsize limit = MIN(end, pos + (gsize)(w->width - col));
			if (w->gap_end > w->gap_start && w->gap_start > pos)
				limit = MIN(limit, w->gap_start);
			gsize run = pos + 1;
			while (run < limit && word_byte(data[run]))
				run++;
			col += (int)(run - pos);
			pos = run;
			continue;
		}
		gsize cell_start = pos;
		gboolean space;
		int cw;
		if ((guchar)data[pos] >= 0x20 && (guchar)data[pos] < 0x7f) {
			/* printable ASCII, most of any report: one column (cr_cell_next()) */
			space = data[pos++] == ' ';
			cw = 1;
		} else {
			w->odd_cell = cell_start + 1;
			cr_cell_next(data, end, &pos, &cell);
			space = cell.newline || cell.tab || (cell.text[0] == ' ' && cell.text[1] == '\0');
			cw = cell.newline ? 1 : cell.tab ? CR_TAB_WIDTH - col % CR_TAB_WIDTH : cell.width;
		}
		if (at_row_start && space) {
			row_start = pos; /* no row begins with white space */
			continue;
		}
		at_row_start = FALSE;
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

void cr_wrap_begin(CrWrapState *state, const CrDoc *doc, const GArray *blocks, int width,
		   gboolean hide_boilerplate)
{
	*state = (CrWrapState){
		.doc = doc, .blocks = blocks, .width = MAX(width, 1), .hide_boilerplate = hide_boilerplate
	};
}

gboolean cr_wrap_next(CrWrapState *state, GArray *rows)
{
	const GArray *blocks = state->blocks;
	guint i = state->next_block;

	while (i < blocks->len && state->hide_boilerplate && g_array_index(blocks, CrBlock, i).boilerplate)
		i++;
	if (i >= blocks->len) {
		state->next_block = i;
		return FALSE;
	}
	const CrBlock *block = &g_array_index(blocks, CrBlock, i);
	Wrapper w = { .rows = rows, .width = state->width, .block = (int)i, .first = TRUE };
	gsize end = block->end;
	if ((block->flags & CR_BLOCK_DROPCAP) && i + 1 < blocks->len) {
		const CrBlock *next = &g_array_index(blocks, CrBlock, i + 1);
		w.gap_start = block->end;
		w.gap_end = next->start;
		end = next->end;
	}
	if (state->any_row) {
		gsize at = state->last_end;
		CrRow blank = { .start = at,
				.end = at,
				.gap_start = at,
				.gap_end = at,
				.block = -1,
				.flags = CR_ROW_BLANK };
		g_array_append_val(rows, blank);
	}
	wrap_paragraph(&w, state->doc->data, block->start, end);
	if (rows->len > 0) {
		state->any_row = TRUE;
		state->last_end = g_array_index(rows, CrRow, rows->len - 1).end;
	}
	state->next_block = i + 1 + (w.gap_end > w.gap_start);
	return TRUE;
}

gboolean cr_wrap_until(CrWrapState *state, GArray *rows, guint min_rows)
{
	while (rows->len < min_rows)
		if (!cr_wrap_next(state, rows)) {
			if (rows->len == 0) {
				CrRow blank = { .block = -1, .flags = CR_ROW_BLANK };
				g_array_append_val(rows, blank);
			}
			return FALSE;
		}
	return TRUE;
}

GArray *cr_wrap(const CrDoc *doc, const GArray *blocks, int width, gboolean hide_boilerplate)
{
	GArray *rows = g_array_new(FALSE, TRUE, sizeof(CrRow));
	CrWrapState state;

	cr_wrap_begin(&state, doc, blocks, width, hide_boilerplate);
	cr_wrap_until(&state, rows, G_MAXUINT);
	return rows;
}

guint cr_wrap_find(const GArray *rows, gsize pos)
{
	/* The first row that ends after POS. */
	guint lo = CR_PARTITION_POINT(rows->len, mid, g_array_index(rows, CrRow, mid).end <= pos);
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

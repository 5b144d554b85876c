/* Fuzz target: any bytes through the display model. The first byte picks a
 * width (1 to 48 columns) and, with its high bit, ASCII drawing (a locale
 * that is not UTF-8, where every cell must be ASCII); the rest is the text. Every cell cr_cell_next()
 * makes must be safe to print (valid UTF-8, no C0 or C1 control, no escape,
 * no bidi control) and as wide as it says; cr_cell_width() must be the sum
 * of the cells; sanitized text must be safe; rows wrapped from the text
 * (as cleaned into blocks, and as one block) must lie in order inside their
 * blocks, fit the width (unless one character wider than the row is all a
 * row shows) and draw in exactly that many columns; so must
 * cr_dump_fit() and the frame pen. */
#include <stdint.h>
#include <string.h>

#include "crossread/cell.h"
#include "crossread/clean.h"
#include "crossread/dump.h"
#include "crossread/view_frame.h"
#include "crossread/wrap.h"
#include "fuzz-check.h"

#define MAX_WIDTH 48

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Each cell of TEXT, and the width of them all. */
static void check_cells(const char *text, gsize len, gboolean ascii)
{
	gsize pos = 0;
	int col = 0;
	CrCell cell;

	while (pos < len) {
		gsize before = pos;
		cr_cell_next(text, len, &pos, &cell);
		CR_FUZZ_ASSERT(pos > before && pos <= len && pos - before <= 4,
			       "cell at %zu advances by 1 to 4 bytes, not %zu", before, pos - before);
		gsize n = strnlen(cell.text, sizeof cell.text);
		CR_FUZZ_ASSERT(n < sizeof cell.text, "cell at %zu: its text ends", before);
		if (cell.newline) {
			CR_FUZZ_ASSERT(n == 0, "cell at %zu: a newline draws nothing", before);
			col += 1;
			continue;
		}
		if (cell.tab) {
			col += CR_TAB_WIDTH - col % CR_TAB_WIDTH;
			continue;
		}
		cr_fuzz_check_safe("cell", cell.text, n, CR_FUZZ_SAFE_LINE);
		for (gsize i = 0; ascii && i < n; i++)
			CR_FUZZ_ASSERT((guchar)cell.text[i] < 0x80, "cell at %zu: '%s' drawn in ASCII",
				       before, cell.text);
		CR_FUZZ_ASSERT(cr_fuzz_columns(cell.text, n) == cell.width,
			       "cell at %zu: '%s' said to be %d columns", before, cell.text, cell.width);
		CR_FUZZ_ASSERT(n > 0 || cell.width == 0, "cell at %zu: nothing drawn in columns", before);
		col += cell.width;
	}
	CR_FUZZ_ASSERT(cr_cell_width(text, 0, len) == col, "cr_cell_width %d, cells %d",
		       cr_cell_width(text, 0, len), col);
}

static void check_sanitize(const char *text, gsize len)
{
	g_autofree char *safe = cr_cell_sanitize(text, (gssize)len);
	g_autofree char *safe_nul = cr_cell_sanitize(text, -1);
	g_autofree char *ascii = cr_cell_ascii_text(safe, -1);

	cr_fuzz_check_safe("cr_cell_sanitize", safe, strlen(safe), CR_FUZZ_SAFE_LINE);
	cr_fuzz_check_safe("cr_cell_sanitize", safe_nul, strlen(safe_nul), CR_FUZZ_SAFE_LINE);
	cr_fuzz_check_safe("cr_cell_ascii_text", ascii, strlen(ascii), CR_FUZZ_SAFE_LINE);
	for (const char *p = ascii; *p; p++)
		CR_FUZZ_ASSERT((guchar)*p < 0x80, "cr_cell_ascii_text: only ASCII");
}

/* The columns the cells of ROW take, and how many of its cells take any. */
static int row_columns(const CrDoc *doc, const CrRow *row, guint *n_cells)
{
	gsize pos = row->start;
	int col = 0;
	CrCell cell;

	*n_cells = 0;
	while (pos < row->end) {
		if (pos == row->gap_start && row->gap_end > row->gap_start) {
			pos = row->gap_end;
			continue;
		}
		cr_cell_next(doc->data, row->end, &pos, &cell);
		int cw = cell.tab ? CR_TAB_WIDTH - col % CR_TAB_WIDTH : cell.newline ? 1 : cell.width;
		col += cw;
		*n_cells += cw > 0;
	}
	return col;
}

/* Rows of BLOCKS at WIDTH: in order, inside their block (or the block a drop
 * cap joins), fitting the width, drawn in exactly WIDTH columns. */
static void check_wrap(const CrDoc *doc, const GArray *blocks, int width, gboolean hide)
{
	g_autoptr(GArray) rows = cr_wrap(doc, blocks, width, hide);
	gsize last = 0;

	CR_FUZZ_ASSERT(rows->len > 0, "wrapping gives at least one row");
	for (guint i = 0; i < rows->len; i++) {
		const CrRow *row = &g_array_index(rows, CrRow, i);
		CR_FUZZ_ASSERT(row->start >= last && row->start <= row->end && row->end <= doc->len,
			       "row %u at [%zu,%zu) in order within %zu bytes", i, row->start, row->end,
			       doc->len);
		CR_FUZZ_ASSERT(row->gap_start <= row->gap_end &&
				   (row->gap_start == row->gap_end ||
				    (row->gap_start >= row->start && row->gap_end <= row->end)),
			       "row %u: its gap is inside it", i);
		last = row->end;
		if (row->block >= 0) {
			CR_FUZZ_ASSERT((guint)row->block < blocks->len, "row %u: block exists", i);
			const CrBlock *b = &g_array_index(blocks, CrBlock, row->block);
			gsize end = (b->flags & CR_BLOCK_DROPCAP) && (guint)row->block + 1 < blocks->len
					? g_array_index(blocks, CrBlock, row->block + 1).end
					: b->end;
			CR_FUZZ_ASSERT(row->start >= b->start && row->end <= end,
				       "row %u [%zu,%zu) inside block [%zu,%zu)", i, row->start, row->end,
				       b->start, end);
			CR_FUZZ_ASSERT(!hide || !b->boilerplate, "row %u: boilerplate hidden", i);
		}
		guint n_cells;
		int columns = row_columns(doc, row, &n_cells);
		CR_FUZZ_ASSERT(columns <= width || n_cells == 1, "row %u: %d columns at width %d in %u cells",
			       i, columns, width, n_cells);
		g_autofree char *drawn = cr_wrap_row_text(doc, row, width);
		gsize n = strlen(drawn);
		cr_fuzz_check_safe("cr_wrap_row_text", drawn, n, CR_FUZZ_SAFE_LINE);
		CR_FUZZ_ASSERT(cr_fuzz_columns(drawn, n) == width, "row %u drawn in %d columns, not %d", i,
			       cr_fuzz_columns(drawn, n), width);
	}
	for (gsize pos = 0; pos <= doc->len; pos += 1 + doc->len / 16)
		CR_FUZZ_ASSERT(cr_wrap_find(rows, pos) < rows->len, "cr_wrap_find in range");
}

/* cr_dump_fit and the frame pen draw TEXT in exactly WIDTH columns. */
static void check_fit(const char *text, gsize len, int width)
{
	g_autofree char *fit = cr_dump_fit(text, width);
	gsize n = strlen(fit);

	cr_fuzz_check_safe("cr_dump_fit", fit, n, CR_FUZZ_SAFE_LINE);
	CR_FUZZ_ASSERT(cr_fuzz_columns(fit, n) == width, "cr_dump_fit in %d columns, not %d",
		       cr_fuzz_columns(fit, n), width);

	g_autoptr(CrFrame) frame = cr_frame_new(width + 2, 1);
	CrPen pen = cr_pen(frame, 0, 1, width + 1);
	cr_pen_text(&pen, text, (gssize)len, CR_STYLE_TEXT, 0);
	CR_FUZZ_ASSERT(pen.x <= width + 1, "the pen stays inside its %d columns", width);
	int columns = 0;
	for (int x = 0; x < frame->cols; x++) {
		const CrFrameCell *cell = cr_frame_at(frame, 0, x);
		gsize cn = strnlen(cell->text, sizeof cell->text);
		CR_FUZZ_ASSERT(cn < sizeof cell->text, "frame cell %d ends", x);
		cr_fuzz_check_safe("frame cell", cell->text, cn, CR_FUZZ_SAFE_LINE);
		columns += cell->width;
	}
	CR_FUZZ_ASSERT(columns == frame->cols, "frame cells %d columns, not %d", columns, frame->cols);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	int width = 1 + data[0] % MAX_WIDTH;
	gboolean ascii = (data[0] & 0x80) != 0;
	gsize len = size - 1;
	g_autofree char *text = g_malloc(len + 1);
	memcpy(text, data + 1, len);
	text[len] = '\0';

	cr_cell_set_ascii(ascii);
	check_cells(text, len, ascii);
	check_sanitize(text, len);
	check_fit(text, len, width);

	CrDoc doc = { .path = (char *)"fuzz", .label = (char *)"fuzz", .data = text, .len = len };
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		doc.text_start = 3;
	g_autoptr(GArray) blocks = cr_clean_blocks(&doc);
	check_wrap(&doc, blocks, width, FALSE);
	check_wrap(&doc, blocks, width, TRUE);
	g_autoptr(GArray) whole = g_array_new(FALSE, TRUE, sizeof(CrBlock));
	CrBlock all = { .start = doc.text_start, .end = len };
	g_array_append_val(whole, all);
	check_wrap(&doc, whole, width, FALSE);
	cr_cell_set_ascii(FALSE);
	return 0;
}

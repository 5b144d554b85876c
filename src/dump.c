/* --dump: the reports side by side as plain text, aligned on shared facts.
 *
 * Each report is a column: a two-column gutter, then its text wrapped by
 * cr_wrap(). The facts of the multi-way spine (cr_alignment_spine() from
 * the report with the most anchors) are lined up in every column that
 * has them at the start of the paragraphs that hold them: where a column
 * reaches the paragraph sooner, filler lines are inserted before it, as
 * vimdiff does, only ever between paragraphs (a paragraph an earlier fact
 * already placed is left whole, that column not lined up again in it).
 * A filler line shows '~' in the gutter and nothing else. The gutter marks
 * a line where a shared fact begins: '»' for a quotation, '•' for any other
 * fact. With a theme (--color=always) shared facts are drawn as the theme
 * draws them, reset at the end of each cell; otherwise no escape sequence
 * is written.
 *
 * The layout is streamed: each report is wrapped only as far as the next
 * spine point needs, output lines are written as soon as every column has
 * them (drawn on all processors, a batch at a time, and written in order),
 * and the rows and lines behind them are let go. Memory stays flat however
 * long the reports. */
#include "crossread/dump.h"

#include <string.h>

#include "crossread/cell.h"
#include "crossread/parallel.h"
#include "crossread/wrap.h"

#define SEPARATOR	" \xe2\x94\x82 "
#define SEPARATOR_WIDTH 3
#define GUTTER_WIDTH	2
#define MARK_QUOTE	"\xc2\xbb"
#define MARK_FACT	"\xe2\x80\xa2"
#define MARK_FILLER	"~"
#define SGR_RESET	"\033[0m"
/* A line of a column that shows no row of its report. */
#define LINE_FILLER (-1)
/* Output lines drawn at once (split among the threads), and lines one
 * thread draws in one piece. */
#define EMIT_BATCH 4096
#define EMIT_CHUNK 1024
/* Rows and lines behind the output are let go this many at a time. */
#define TRIM_MIN 4096
/* A column with fewer rows than WRAP_LOW wrapped ahead of its layout is
 * wrapped on to WRAP_HIGH, the columns side by side. */
#define WRAP_LOW  1024
#define WRAP_HIGH 4096

/* Bytes of a shared fact: what the gutter marks and the colours cover
 * (12 bytes: every shared fact has one or two; reports are at most
 * CR_MAX_FILE_BYTES). */
typedef struct {
	guint32 start, end;
	guint32 kind; /* CrFactKind */
} Span;

G_STATIC_ASSERT(CR_MAX_FILE_BYTES <= G_MAXUINT32);

/* One report's column while the output lines are laid out. Rows and lines
 * are numbered from the report's first; the arrays hold the ones from
 * ROW_BASE and LINE_BASE on. */
typedef struct {
	const CrDoc *doc;
	int width; /* columns: the gutter and the text */
	CrWrapState wrap;
	gboolean wrapped; /* every block is wrapped */
	GArray *rows;	  /* CrRow */
	guint row_base;
	GArray *lines; /* int: the row each output line shows, or LINE_FILLER */
	guint line_base;
	guint next;    /* the first row not laid out yet */
	GArray *facts; /* Span: every shared fact, by start */
	GArray *paint; /* Span: shared facts without overlaps (the outer one wins), by start */
} Column;

/* The whole output while it is laid out and written. */
typedef struct {
	GArray *columns; /* Column */
	/* the SGR sequence of each kind of shared fact, from the theme; NULL
	 * without colour */
	char **kind_sgr;
	FILE *file;	 /* where the output goes, or */
	GString *string; /* ... into which it goes */
	guint emitted;	 /* output lines written */
	/* GString: where each piece of a batch of output lines is drawn,
	 * kept from batch to batch (fresh buffers of this size cost a page
	 * fault every 4 KiB) */
	GPtrArray *pieces;
	gboolean failed; /* a write failed */
} Dump;

int cr_dump_min_width(guint n)
{
	return (int)MAX(n, 1) * (GUTTER_WIDTH + 1) + SEPARATOR_WIDTH * ((int)MAX(n, 1) - 1);
}

char *cr_dump_fit(const char *text, int width)
{
	CrDoc doc = { .data = (char *)text, .len = strlen(text) };
	CrRow all = { .start = 0, .end = doc.len };
	return cr_wrap_row_text(&doc, &all, width);
}

static void column_clear(gpointer data)
{
	Column *col = data;
	g_array_unref(col->rows);
	g_array_unref(col->lines);
	g_array_unref(col->facts);
	g_array_unref(col->paint);
}

/* Collects the shared facts of every report into its column: counted
 * first, then written in place. */
static void collect_spans(const CrEngine *engine, GArray *columns)
{
	g_autofree guint *facts = g_new0(guint, columns->len), *painted = g_new0(guint, columns->len);

	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		if (f->group >= 0 && f->doc < columns->len)
			facts[f->doc]++;
	}
	for (guint d = 0; d < columns->len; d++) {
		Column *col = &g_array_index(columns, Column, d);
		g_array_set_size(col->facts, facts[d]);
		g_array_set_size(col->paint, facts[d]);
		facts[d] = 0;
	}
	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		if (f->group < 0 || f->doc >= columns->len)
			continue;
		Column *col = &g_array_index(columns, Column, f->doc);
		Span span = { (guint32)f->start, (guint32)f->end, f->kind };
		g_array_index(col->facts, Span, facts[f->doc]++) = span;
		guint p = painted[f->doc];
		if (p == 0 || g_array_index(col->paint, Span, p - 1).end <= f->start)
			g_array_index(col->paint, Span, painted[f->doc]++) = span;
	}
	for (guint d = 0; d < columns->len; d++)
		g_array_set_size(g_array_index(columns, Column, d).paint, painted[d]);
}

/* The first span of SPANS (by start, not overlapping) that ends after POS. */
static guint span_after(const GArray *spans, gsize pos)
{
	guint lo = 0, hi = spans->len;
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		if (g_array_index(spans, Span, mid).end > pos)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* The first span of SPANS that starts at or after POS. */
static guint span_from(const GArray *spans, gsize pos)
{
	guint lo = 0, hi = spans->len;
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		if (g_array_index(spans, Span, mid).start >= pos)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

static guint rows_end(const Column *col)
{
	return col->row_base + col->rows->len;
}

static guint lines_end(const Column *col)
{
	return col->line_base + col->lines->len;
}

static const CrRow *row_at(const Column *col, guint r)
{
	return &g_array_index(col->rows, CrRow, r - col->row_base);
}

/* Wraps the next block of COL; FALSE when none was left. A report that
 * shows nothing gets one blank row, as cr_wrap() gives it. */
static gboolean wrap_more(Column *col)
{
	if (col->wrapped)
		return FALSE;
	if (cr_wrap_next(&col->wrap, col->rows))
		return TRUE;
	col->wrapped = TRUE;
	if (!col->wrap.any_row) {
		CrRow blank = { .block = -1, .flags = CR_ROW_BLANK };
		g_array_append_val(col->rows, blank);
	}
	return FALSE;
}

/* TRUE when every row of COL is laid out. */
static gboolean column_finished(const Column *col)
{
	return col->wrapped && col->next >= rows_end(col);
}

/* Adds N output lines to COL; returns the first of them, to be filled. */
static int *grow_lines(Column *col, guint n)
{
	guint at = col->lines->len;
	g_array_set_size(col->lines, at + n);
	return &g_array_index(col->lines, int, at);
}

/* Lays out rows [col->next, upto) of COL, one per output line. */
static void copy_rows(Column *col, guint upto)
{
	if (upto <= col->next)
		return;
	int *lines = grow_lines(col, upto - col->next);
	for (guint i = 0; col->next < upto; col->next++)
		lines[i++] = (int)col->next;
}

/* Lays out N filler lines in COL. */
static void add_filler(Column *col, guint n)
{
	int *lines = grow_lines(col, n);
	for (guint i = 0; i < n; i++)
		lines[i] = LINE_FILLER;
}

/* The first row of the paragraph that holds row R, or -1 when part of that
 * paragraph is laid out already (an earlier fact of it was placed):
 * filler goes only between paragraphs, never inside one. */
static int paragraph_start(const Column *col, guint r)
{
	guint at = r;
	while (at > col->next && row_at(col, at - 1)->block == row_at(col, r)->block)
		at--;
	if (at == col->next && at > col->row_base && row_at(col, at - 1)->block == row_at(col, r)->block)
		return -1;
	return (int)at;
}

/* Where filler goes so that row R moves down: before the paragraph that
 * holds R and the blank row above it, but never before col->next. */
static guint filler_point(const Column *col, guint r)
{
	guint at = r;
	while (at > col->next && row_at(col, at - 1)->block == row_at(col, r)->block)
		at--;
	if (at > col->next && (row_at(col, at - 1)->flags & CR_ROW_BLANK))
		at--;
	return at;
}

/* The row of COL that shows byte POS, or -1 when it is not shown (hidden
 * boilerplate) or already laid out. Wraps as far as that. */
static int anchor_row(Column *col, gsize pos)
{
	while ((col->rows->len == 0 || g_array_index(col->rows, CrRow, col->rows->len - 1).end <= pos) &&
	       wrap_more(col))
		;
	if (col->rows->len == 0)
		return -1;
	guint r = col->row_base + cr_wrap_find(col->rows, pos);
	const CrRow *row = row_at(col, r);
	if (r < col->next || pos < row->start || pos >= row->end)
		return -1;
	return (int)r;
}

static void emit_lines(Dump *dp, guint upto);

/* Wraps column D on to WRAP_HIGH rows ahead of its layout. */
static void wrap_ahead(guint d, gpointer data)
{
	Column *col = &g_array_index((GArray *)data, Column, d);
	while (rows_end(col) < col->next + WRAP_HIGH && wrap_more(col))
		;
}

/* Wraps every column that is about to run out of rows, side by side: most
 * of the wrapping is done here rather than a block at a time by
 * anchor_row(). */
static void keep_wrapped(GArray *columns)
{
	for (guint d = 0; d < columns->len; d++) {
		const Column *col = &g_array_index(columns, Column, d);
		if (!col->wrapped && rows_end(col) < col->next + WRAP_LOW) {
			cr_parallel_for(columns->len, wrap_ahead, columns);
			return;
		}
	}
}

/* Puts the rows of every spine point on one output line in the columns
 * that have it, writing the lines every column has as it goes. */
static void layout(Dump *dp, const GArray *spine)
{
	GArray *columns = dp->columns;
	guint n = columns->len;
	g_autofree int *row_of = g_new(int, n), *para_of = g_new(int, n);

	for (guint k = 0; k < spine->len; k++) {
		const CrSpinePoint *point = &g_array_index(spine, CrSpinePoint, k);
		guint taking = 0, target = 0, ready = G_MAXUINT;
		keep_wrapped(columns);
		/* the point is lined up at the start of the paragraphs that hold
		 * it, in the columns where none of that paragraph is out yet */
		for (guint d = 0; d < n; d++) {
			Column *col = &g_array_index(columns, Column, d);
			int row = (point->doc_mask >> d) & 1 ? anchor_row(col, point->pos[d]) : -1;
			row_of[d] = row;
			para_of[d] = row >= 0 ? paragraph_start(col, (guint)row) : -1;
			if (para_of[d] < 0)
				continue;
			taking++;
			target = MAX(target, lines_end(col) + ((guint)para_of[d] - col->next));
		}
		for (guint d = 0; taking >= 2 && d < n; d++) {
			Column *col = &g_array_index(columns, Column, d);
			if (para_of[d] < 0)
				continue;
			guint para = (guint)para_of[d];
			copy_rows(col, filler_point(col, para));
			guint reach = lines_end(col) + (para - col->next);
			if (reach < target)
				add_filler(col, target - reach);
			copy_rows(col, (guint)row_of[d] + 1);
		}
		for (guint d = 0; d < n; d++)
			ready = MIN(ready, lines_end(&g_array_index(columns, Column, d)));
		if (ready >= dp->emitted + EMIT_BATCH)
			emit_lines(dp, ready);
	}
}

/* Lays out what is left of every column after the last spine point, and
 * writes it. */
static void layout_rest(Dump *dp)
{
	for (;;) {
		guint ready = G_MAXUINT, longest = 0;
		keep_wrapped(dp->columns);
		for (guint d = 0; d < dp->columns->len; d++) {
			Column *col = &g_array_index(dp->columns, Column, d);
			while (!column_finished(col) && lines_end(col) < dp->emitted + EMIT_BATCH) {
				if (col->next < rows_end(col))
					copy_rows(col, rows_end(col));
				else
					wrap_more(col);
			}
			if (!column_finished(col))
				ready = MIN(ready, lines_end(col));
			longest = MAX(longest, lines_end(col));
		}
		if (ready == G_MAXUINT) {
			emit_lines(dp, longest);
			return;
		}
		emit_lines(dp, ready);
	}
}

/* Where one piece of output lines stands in a column's spans: the first
 * of col->facts that starts at or after the last row drawn, and the first
 * of col->paint that ends after its start. The rows of a column come in
 * order, so the cursor only moves on; it is searched for afresh at the
 * first row of a piece. */
typedef struct {
	gboolean set;
	guint fact, paint;
} SpanCursor;

/* Moves CURSOR of COL on to the row starting at POS. */
static void cursor_move(SpanCursor *cursor, const Column *col, gsize pos)
{
	if (!cursor->set) {
		cursor->fact = span_from(col->facts, pos);
		cursor->paint = span_after(col->paint, pos);
		cursor->set = TRUE;
		return;
	}
	while (cursor->fact < col->facts->len && g_array_index(col->facts, Span, cursor->fact).start < pos)
		cursor->fact++;
	while (cursor->paint < col->paint->len && g_array_index(col->paint, Span, cursor->paint).end <= pos)
		cursor->paint++;
}

/* Appends the N bytes of TEXT; copied in place while OUT has room (most
 * pieces of a line are a few bytes: GLib's append costs more than the
 * copy). */
static inline void append_bytes(GString *out, const char *text, gsize n)
{
	if (out->len + n >= out->allocated_len) {
		g_string_append_len(out, text, (gssize)n);
		return;
	}
	memcpy(out->str + out->len, text, n);
	out->len += n;
	out->str[out->len] = '\0';
}

#define append_literal(out, text) append_bytes(out, text, sizeof(text) - 1)

/* The gutter mark of ROW, its facts from FACT on: a quotation, another
 * shared fact, or none. */
static const char *row_mark(const Column *col, const CrRow *row, guint fact)
{
	const char *mark = NULL;
	for (guint i = fact; i < col->facts->len; i++) {
		const Span *span = &g_array_index(col->facts, Span, i);
		if (span->start >= row->end)
			break;
		if (span->kind == CR_FACT_QUOTE)
			return MARK_QUOTE;
		mark = MARK_FACT;
	}
	return mark;
}

/* TRUE for a byte that is a printable ASCII character: drawn as itself,
 * one column wide (cr_cell_next()). */
static inline gboolean plain_byte(char byte)
{
	return (guchar)byte >= 0x20 && (guchar)byte < 0x7f;
}

/* Appends N spaces. */
static void append_spaces(GString *out, int n)
{
	if (n <= 0)
		return;
	gsize at = out->len;
	if (at + (gsize)n >= out->allocated_len)
		g_string_set_size(out, at + (gsize)n);
	memset(out->str + at, ' ', (gsize)n);
	out->len = at + (gsize)n;
	out->str[out->len] = '\0';
}

/* Appends ROW of COL drawn safely in exactly WIDTH columns, as
 * cr_wrap_row_text() draws it, with shared facts in their kind's SGR
 * sequence when KIND_SGR is not NULL; its painted spans from PAINT on.
 * Runs of printable ASCII, most of any report, are copied as they are. */
static void append_row_text(GString *out, const Column *col, const CrRow *row, guint paint, int width,
			    char *const *kind_sgr)
{
	const char *data = col->doc->data;
	gsize plain = row->end - row->start;
	if (!kind_sgr && (row->flags & CR_ROW_PLAIN) && plain <= (gsize)width) {
		append_bytes(out, data + row->start, plain);
		append_spaces(out, width - (int)plain);
		return;
	}
	guint s = paint;
	const char *painting = NULL;
	gsize pos = row->start;
	int c = 0;
	CrCell cell;

	while (pos < row->end) {
		if (pos == row->gap_start && row->gap_end > row->gap_start) {
			pos = row->gap_end;
			continue;
		}
		while (s < col->paint->len && g_array_index(col->paint, Span, s).end <= pos)
			s++;
		const Span *span = s < col->paint->len ? &g_array_index(col->paint, Span, s) : NULL;
		const char *want = kind_sgr && span && span->start <= pos ? kind_sgr[span->kind] : NULL;
		if (plain_byte(data[pos])) {
			if (c >= width)
				break;
			gsize limit = MIN(row->end, pos + (gsize)(width - c));
			if (row->gap_end > row->gap_start && row->gap_start > pos)
				limit = MIN(limit, row->gap_start);
			if (span)
				limit = MIN(limit, span->start <= pos ? span->end : span->start);
			gsize run = pos + 1;
			while (run < limit && plain_byte(data[run]))
				run++;
			if (want != painting)
				g_string_append(out, want ? want : SGR_RESET);
			painting = want;
			append_bytes(out, data + pos, run - pos);
			c += (int)(run - pos);
			pos = run;
			continue;
		}
		cr_cell_next(data, row->end, &pos, &cell);
		if (cell.tab || cell.newline) {
			int to = cell.tab ? c + CR_TAB_WIDTH - c % CR_TAB_WIDTH : c + 1;
			append_spaces(out, MIN(to, width) - c);
			c = MAX(c, MIN(to, width));
			continue;
		}
		if (c + cell.width > width)
			break;
		if (want != painting)
			g_string_append(out, want ? want : SGR_RESET);
		painting = want;
		g_string_append(out, cell.text);
		c += cell.width;
	}
	if (painting)
		g_string_append(out, SGR_RESET);
	append_spaces(out, width - c);
}

/* Appends output line L of COL: gutter and text, col->width columns.
 * CURSOR is where the lines before L left the column's spans. */
static void append_cell(GString *out, const Column *col, guint l, SpanCursor *cursor, char *const *kind_sgr)
{
	int text_width = col->width - GUTTER_WIDTH;
	if (l >= lines_end(col)) {
		append_spaces(out, GUTTER_WIDTH + text_width);
		return;
	}
	int r = g_array_index(col->lines, int, l - col->line_base);
	if (r == LINE_FILLER) {
		append_literal(out, MARK_FILLER);
		append_spaces(out, GUTTER_WIDTH - 1 + text_width);
		return;
	}
	const CrRow *row = row_at(col, (guint)r);
	cursor_move(cursor, col, row->start);
	const char *mark = row_mark(col, row, cursor->fact);
	if (mark)
		append_bytes(out, mark, strlen(mark));
	else
		append_literal(out, " ");
	append_spaces(out, GUTTER_WIDTH - 1);
	append_row_text(out, col, row, cursor->paint, text_width, kind_sgr);
}

/* A report's name in its header: outlet, else title, else file name. */
static const char *doc_name(const CrDoc *doc)
{
	return doc->outlet ? doc->outlet : doc->title ? doc->title : doc->label;
}

/* The report with the most anchors to the others: the spine's reference. */
static guint hub_report(const CrAlignment *al)
{
	guint best = 0, best_count = 0;
	for (guint d = 0; d < al->n_docs; d++) {
		guint count = 0;
		for (guint e = 0; e < al->n_docs; e++) {
			const CrChain *chain = cr_alignment_chain(al, d, e);
			count += chain ? chain->anchors->len : 0;
		}
		if (count > best_count) {
			best = d;
			best_count = count;
		}
	}
	return best;
}

/* Writes LEN bytes of TEXT to the output (in ASCII where the locale is not
 * UTF-8: the report text is already, the separators and marks not). */
static void dump_write(Dump *dp, const char *text, gsize len)
{
	g_autofree char *ascii = cr_cell_ascii() ? cr_cell_ascii_text(text, (gssize)len) : NULL;
	if (ascii) {
		text = ascii;
		len = strlen(ascii);
	}
	if (dp->string)
		g_string_append_len(dp->string, text, (gssize)len);
	else if (!dp->failed && fwrite(text, 1, len, dp->file) != len)
		dp->failed = TRUE;
}

/* Output lines to draw: [from, upto), a piece of EMIT_CHUNK each. */
typedef struct {
	const Dump *dp;
	guint from, upto;
	GString **pieces; /* one for each piece, empty */
} Batch;

/* Frees a piece's GString and its text. */
static void free_piece(gpointer piece)
{
	g_string_free(piece, TRUE);
}

/* Draws piece I of a batch: its output lines, spaces at their ends cut. */
static void draw_piece(guint i, gpointer data)
{
	const Batch *batch = data;
	GArray *columns = batch->dp->columns;
	guint from = batch->from + i * EMIT_CHUNK, upto = MIN(from + EMIT_CHUNK, batch->upto);
	GString *out = batch->pieces[i];
	g_autofree SpanCursor *cursors = g_new0(SpanCursor, columns->len);

	for (guint l = from; l < upto; l++) {
		for (guint d = 0; d < columns->len; d++) {
			if (d > 0)
				append_literal(out, SEPARATOR);
			append_cell(out, &g_array_index(columns, Column, d), l, &cursors[d],
				    batch->dp->kind_sgr);
		}
		gsize len = out->len;
		while (len > 0 && out->str[len - 1] == ' ')
			len--;
		g_string_truncate(out, len);
		g_string_append_c(out, '\n');
	}
}

/* Lets go of the rows and lines of COL that no output line still needs. */
static void trim_column(Column *col, guint emitted)
{
	if (emitted < col->line_base + TRIM_MIN || emitted > lines_end(col))
		return;
	g_array_remove_range(col->lines, 0, emitted - col->line_base);
	col->line_base = emitted;
	guint keep = col->next;
	for (guint i = 0; i < col->lines->len; i++) {
		int r = g_array_index(col->lines, int, i);
		if (r != LINE_FILLER) {
			keep = MIN(keep, (guint)r);
			break;
		}
	}
	if (keep > col->row_base) {
		g_array_remove_range(col->rows, 0, keep - col->row_base);
		col->row_base = keep;
	}
}

/* Draws output lines [dp->emitted, UPTO) on all processors and writes
 * them in order. */
static void emit_lines(Dump *dp, guint upto)
{
	if (upto <= dp->emitted)
		return;
	guint n = (upto - dp->emitted + EMIT_CHUNK - 1) / EMIT_CHUNK;
	while (dp->pieces->len < n)
		g_ptr_array_add(dp->pieces, g_string_sized_new(EMIT_CHUNK * 64));
	GString **pieces = (GString **)dp->pieces->pdata;
	Batch batch = { dp, dp->emitted, upto, pieces };

	for (guint i = 0; i < n; i++)
		g_string_truncate(pieces[i], 0);
	cr_parallel_for(n, draw_piece, &batch);
	for (guint i = 0; i < n; i++)
		dump_write(dp, pieces[i]->str, pieces[i]->len);
	dp->emitted = upto;
	for (guint d = 0; d < dp->columns->len; d++)
		trim_column(&g_array_index(dp->columns, Column, d), upto);
}

/* Lays out and writes the whole --dump into DP. */
static void dump_run(Dump *dp, const CrEngine *engine, const CrDumpOptions *options)
{
	guint n = engine->docs->len;
	int room = MAX(options->width, cr_dump_min_width(n)) - SEPARATOR_WIDTH * ((int)n - 1);
	g_autoptr(GArray) columns = g_array_sized_new(FALSE, TRUE, sizeof(Column), n);
	g_autoptr(GString) head = g_string_new(NULL);

	dp->columns = columns;
	dp->pieces = g_ptr_array_new_with_free_func(free_piece);
	if (options->theme) {
		dp->kind_sgr = g_new0(char *, CR_FACT_N_KINDS + 1);
		for (guint k = 0; k < CR_FACT_N_KINDS; k++) {
			CrLook look;
			cr_theme_look(options->theme, CR_EL_SHARED + k, 0, options->depth, &look);
			dp->kind_sgr[k] = cr_look_sgr(&look);
		}
	}
	g_array_set_clear_func(columns, column_clear);
	for (guint d = 0; d < n; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		int width = room / (int)n + ((int)d < room % (int)n ? 1 : 0);
		Column col = {
			.doc = doc,
			.width = width,
			.rows = g_array_new(FALSE, TRUE, sizeof(CrRow)),
			.lines = g_array_new(FALSE, FALSE, sizeof(int)),
			.facts = g_array_new(FALSE, FALSE, sizeof(Span)),
			.paint = g_array_new(FALSE, FALSE, sizeof(Span)),
		};
		cr_wrap_begin(&col.wrap, doc, g_ptr_array_index(engine->blocks, d), width - GUTTER_WIDTH,
			      options->hide_boilerplate);
		g_array_append_val(columns, col);
	}
	collect_spans(engine, columns);

	for (guint d = 0; d < n; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		g_autofree char *name = g_strdup_printf("%c %s", 'A' + d, doc_name(doc));
		g_autofree char *cell = cr_dump_fit(name, g_array_index(columns, Column, d).width);
		if (d > 0)
			g_string_append(head, SEPARATOR);
		g_string_append(head, cell);
	}
	g_string_append_c(head, '\n');
	dump_write(dp, head->str, head->len);

	g_autoptr(GArray) spine = cr_alignment_spine(engine->alignment, hub_report(engine->alignment));
	layout(dp, spine);
	layout_rest(dp);
	g_clear_pointer(&dp->kind_sgr, g_strfreev);
	g_clear_pointer(&dp->pieces, g_ptr_array_unref);
}

char *cr_dump(const CrEngine *engine, const CrDumpOptions *options)
{
	Dump dp = { .string = g_string_new(NULL) };
	dump_run(&dp, engine, options);
	return g_string_free(dp.string, FALSE);
}

gboolean cr_dump_write(const CrEngine *engine, const CrDumpOptions *options, FILE *out)
{
	Dump dp = { .file = out };
	dump_run(&dp, engine, options);
	return !dp.failed && fflush(out) == 0 && !ferror(out);
}

/* --dump: the reports side by side as plain text, aligned on shared facts.
 *
 * Each report is a column: a two-column gutter, then its text wrapped by
 * cr_wrap(). The facts of the multi-way spine (cr_alignment_spine() from
 * the report with the most anchors) are put on one output line in every
 * column that has them: where a column reaches the fact sooner, filler
 * lines are inserted before the paragraph that holds it, as vimdiff does.
 * A filler line shows '~' in the gutter and nothing else. The gutter marks
 * a line where a shared fact begins: '»' for a quotation, '•' for any other
 * fact. With a theme (--color=always) shared facts are drawn as the theme
 * draws them, reset at the end of each cell; otherwise no escape sequence
 * is written. */
#include "crossread/dump.h"

#include <string.h>

#include "crossread/cell.h"
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

/* Bytes of a shared fact: what the gutter marks and the colours cover. */
typedef struct {
	gsize start, end;
	CrFactKind kind;
} Span;

/* One report's column while the output lines are laid out. */
typedef struct {
	const CrDoc *doc;
	int width;     /* columns: the gutter and the text */
	GArray *rows;  /* CrRow, from cr_wrap() */
	GArray *lines; /* int: the row each output line shows, or LINE_FILLER */
	guint next;    /* the first row not laid out yet */
	GArray *facts; /* Span: every shared fact, by start */
	GArray *paint; /* Span: shared facts without overlaps (the outer one wins), by start */
} Column;

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

/* Collects the shared facts of every report into its column. */
static void collect_spans(const CrEngine *engine, GArray *columns)
{
	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		if (f->group < 0 || f->doc >= columns->len)
			continue;
		Column *col = &g_array_index(columns, Column, f->doc);
		Span span = { f->start, f->end, f->kind };
		g_array_append_val(col->facts, span);
		if (col->paint->len == 0 ||
		    g_array_index(col->paint, Span, col->paint->len - 1).end <= f->start)
			g_array_append_val(col->paint, span);
	}
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

/* Lays out rows [col->next, upto) of COL, one per output line. */
static void copy_rows(Column *col, guint upto)
{
	for (; col->next < upto; col->next++) {
		int row = (int)col->next;
		g_array_append_val(col->lines, row);
	}
}

/* Where filler goes so that row R moves down: before the paragraph that
 * holds R and the blank row above it, but never before col->next. */
static guint filler_point(const Column *col, guint r)
{
	const CrRow *rows = (const CrRow *)(void *)col->rows->data;
	guint at = r;
	while (at > col->next && rows[at - 1].block == rows[r].block)
		at--;
	if (at > col->next && (rows[at - 1].flags & CR_ROW_BLANK))
		at--;
	return at;
}

/* The row of COL that shows byte POS, or -1 when it is not shown (hidden
 * boilerplate) or already laid out. */
static int anchor_row(const Column *col, gsize pos)
{
	guint r = cr_wrap_find(col->rows, pos);
	const CrRow *row = &g_array_index(col->rows, CrRow, r);
	if (r < col->next || pos < row->start || pos >= row->end)
		return -1;
	return (int)r;
}

/* Puts the rows of every spine point on one output line in the columns
 * that have it, then lays out what is left. */
static void layout(GArray *columns, const GArray *spine)
{
	guint n = columns->len;
	g_autofree int *row_of = g_new(int, n);

	for (guint k = 0; k < spine->len; k++) {
		const CrSpinePoint *point = &g_array_index(spine, CrSpinePoint, k);
		guint taking = 0, target = 0;
		for (guint d = 0; d < n; d++) {
			Column *col = &g_array_index(columns, Column, d);
			row_of[d] = (point->doc_mask >> d) & 1 ? anchor_row(col, point->pos[d]) : -1;
			if (row_of[d] < 0)
				continue;
			taking++;
			target = MAX(target, col->lines->len + ((guint)row_of[d] - col->next));
		}
		if (taking < 2)
			continue;
		for (guint d = 0; d < n; d++) {
			Column *col = &g_array_index(columns, Column, d);
			if (row_of[d] < 0)
				continue;
			guint r = (guint)row_of[d];
			copy_rows(col, filler_point(col, r));
			int filler = LINE_FILLER;
			while (col->lines->len + (r - col->next) < target)
				g_array_append_val(col->lines, filler);
			copy_rows(col, r + 1);
		}
	}
	for (guint d = 0; d < n; d++) {
		Column *col = &g_array_index(columns, Column, d);
		copy_rows(col, col->rows->len);
	}
}

/* The gutter mark of ROW: a quotation, another shared fact, or none. */
static const char *row_mark(const Column *col, const CrRow *row)
{
	const char *mark = NULL;
	for (guint i = span_from(col->facts, row->start); i < col->facts->len; i++) {
		const Span *span = &g_array_index(col->facts, Span, i);
		if (span->start >= row->end)
			break;
		if (span->kind == CR_FACT_QUOTE)
			return MARK_QUOTE;
		mark = MARK_FACT;
	}
	return mark;
}

/* Appends ROW of COL drawn safely in exactly WIDTH columns, as
 * cr_wrap_row_text() draws it, with shared facts in their kind's SGR
 * sequence when KIND_SGR is not NULL. */
static void append_row_text(GString *out, const Column *col, const CrRow *row, int width,
			    char *const *kind_sgr)
{
	const char *data = col->doc->data;
	guint s = span_after(col->paint, row->start);
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
		cr_cell_next(data, row->end, &pos, &cell);
		if (cell.tab || cell.newline) {
			int to = cell.tab ? c + CR_TAB_WIDTH - c % CR_TAB_WIDTH : c + 1;
			for (; c < to && c < width; c++)
				g_string_append_c(out, ' ');
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
	for (; c < width; c++)
		g_string_append_c(out, ' ');
}

/* Appends output line L of COL: gutter and text, col->width columns. */
static void append_cell(GString *out, const Column *col, guint l, char *const *kind_sgr)
{
	int text_width = col->width - GUTTER_WIDTH;
	if (l >= col->lines->len) {
		g_string_append_printf(out, "%*s", GUTTER_WIDTH + text_width, "");
		return;
	}
	int r = g_array_index(col->lines, int, l);
	if (r == LINE_FILLER) {
		g_string_append_printf(out, "%-*s%*s", GUTTER_WIDTH, MARK_FILLER, text_width, "");
		return;
	}
	const CrRow *row = &g_array_index(col->rows, CrRow, r);
	const char *mark = row_mark(col, row);
	g_string_append(out, mark ? mark : " ");
	g_string_append_printf(out, "%*s", GUTTER_WIDTH - 1, "");
	append_row_text(out, col, row, text_width, kind_sgr);
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

char *cr_dump(const CrEngine *engine, const CrDumpOptions *options)
{
	guint n = engine->docs->len;
	int room = MAX(options->width, cr_dump_min_width(n)) - SEPARATOR_WIDTH * ((int)n - 1);
	g_autoptr(GArray) columns = g_array_sized_new(FALSE, TRUE, sizeof(Column), n);
	GString *out = g_string_new(NULL);
	guint lines = 0;
	char *kind_sgr[CR_FACT_N_KINDS] = { NULL };

	g_array_set_clear_func(columns, column_clear);
	for (guint d = 0; d < n; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		int width = room / (int)n + ((int)d < room % (int)n ? 1 : 0);
		Column col = {
			.doc = doc,
			.width = width,
			.rows = cr_wrap(doc, g_ptr_array_index(engine->blocks, d), width - GUTTER_WIDTH,
					options->hide_boilerplate),
			.lines = g_array_new(FALSE, FALSE, sizeof(int)),
			.facts = g_array_new(FALSE, FALSE, sizeof(Span)),
			.paint = g_array_new(FALSE, FALSE, sizeof(Span)),
		};
		g_array_append_val(columns, col);
	}
	for (guint k = 0; options->theme && k < CR_FACT_N_KINDS; k++) {
		CrLook look;
		cr_theme_look(options->theme, CR_EL_SHARED + k, 0, options->depth, &look);
		kind_sgr[k] = cr_look_sgr(&look);
	}
	collect_spans(engine, columns);
	g_autoptr(GArray) spine = cr_alignment_spine(engine->alignment, hub_report(engine->alignment));
	layout(columns, spine);

	for (guint d = 0; d < n; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		g_autofree char *head = g_strdup_printf("%c %s", 'A' + d, doc_name(doc));
		g_autofree char *cell = cr_dump_fit(head, g_array_index(columns, Column, d).width);
		if (d > 0)
			g_string_append(out, SEPARATOR);
		g_string_append(out, cell);
		lines = MAX(lines, g_array_index(columns, Column, d).lines->len);
	}
	g_string_append_c(out, '\n');
	for (guint l = 0; l < lines; l++) {
		for (guint d = 0; d < n; d++) {
			if (d > 0)
				g_string_append(out, SEPARATOR);
			append_cell(out, &g_array_index(columns, Column, d), l,
				    options->theme ? kind_sgr : NULL);
		}
		while (out->len > 0 && out->str[out->len - 1] == ' ')
			g_string_truncate(out, out->len - 1);
		g_string_append_c(out, '\n');
	}
	for (guint k = 0; k < CR_FACT_N_KINDS; k++)
		g_free(kind_sgr[k]);
	return g_string_free(out, FALSE);
}

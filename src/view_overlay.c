/* The screens drawn over the panes: the help (a colour legend and the keys)
 * and a fact's coverage. */
#include "crossread/view_impl.h"

#include <string.h>

static void render_title(CrFrame *frame, const char *title)
{
	CrPen pen = cr_pen(frame, 0, 0, frame->cols);
	cr_pen_text(&pen, title, -1, CR_STYLE_TITLE, 0);
}

/* One sample of the colour legend: a label drawn as the theme draws STYLE
 * with MARKS. */
typedef struct {
	const char *label;
	guint8 style, marks;
} Sample;

#define LEGEND_SAMPLES 6
#define FACT(kind)     CR_STYLE_FACT + CR_FACT_##kind
/* The legend's lines after its title; a blank line follows them. */
static const Sample legend[][LEGEND_SAMPLES] = {
	{ { "date", FACT(DATE), 0 },
	  { "shared date", FACT(DATE), CR_MARK_SHARED },
	  { "person", FACT(PERSON), 0 },
	  { "shared person", FACT(PERSON), CR_MARK_SHARED },
	  { "org", FACT(ORG), 0 },
	  { "shared org", FACT(ORG), CR_MARK_SHARED } },
	{ { "place", FACT(PLACE), 0 },
	  { "shared place", FACT(PLACE), CR_MARK_SHARED },
	  { "quote", FACT(QUOTE), 0 },
	  { "shared quote", FACT(QUOTE), CR_MARK_SHARED },
	  { "number", FACT(NUMBER), 0 },
	  { "shared number", FACT(NUMBER), CR_MARK_SHARED } },
	{ { "text", CR_STYLE_TEXT, 0 },
	  { "boilerplate", CR_STYLE_BOILERPLATE, 0 },
	  { "cursor line", CR_STYLE_TEXT, CR_MARK_CURSOR },
	  { "current fact", FACT(QUOTE), CR_MARK_SHARED | CR_MARK_CURRENT },
	  { "search match", CR_STYLE_TEXT, CR_MARK_MATCH },
	  { NULL, 0, 0 } },
};
#undef FACT
#define LEGEND_TITLE "What the colours mean (t: the next theme)"
#define LEGEND_LINES (1 + G_N_ELEMENTS(legend) + 1)

guint cr_help_length(void)
{
	g_auto(GStrv) keys = cr_keymap_help_lines();
	return LEGEND_LINES + g_strv_length(keys);
}

/* Line I of the legend on row Y. */
static void render_legend_line(CrFrame *frame, guint i, int y)
{
	CrPen pen = cr_pen(frame, y, 1, frame->cols);
	if (i == 0) {
		cr_pen_text(&pen, LEGEND_TITLE, -1, CR_STYLE_TITLE, 0);
		return;
	}
	if (i > G_N_ELEMENTS(legend))
		return;
	for (guint s = 0; s < LEGEND_SAMPLES && legend[i - 1][s].label; s++) {
		const Sample *sample = &legend[i - 1][s];
		if (s > 0)
			cr_pen_text(&pen, "  ", -1, CR_STYLE_OVERLAY, 0);
		cr_pen_text(&pen, sample->label, -1, sample->style, sample->marks);
	}
}

void cr_render_help(const CrView *view, CrFrame *frame)
{
	g_auto(GStrv) keys = cr_keymap_help_lines();
	guint n = LEGEND_LINES + g_strv_length(keys), shown = (guint)MAX(frame->lines - 2, 0);

	render_title(frame, "crossread keys");
	for (guint i = 0; i < shown && view->overlay_top + i < n; i++) {
		guint at = view->overlay_top + i;
		if (at < LEGEND_LINES) {
			render_legend_line(frame, at, 1 + (int)i);
			continue;
		}
		const char *line = keys[at - LEGEND_LINES];
		const char *gap = strstr(line, "  ");
		gssize label = gap ? gap - line : 0;
		CrPen pen = cr_pen(frame, 1 + (int)i, 1, frame->cols);
		cr_pen_text(&pen, line, label, CR_STYLE_KEY, 0);
		cr_pen_text(&pen, line + label, -1, CR_STYLE_OVERLAY, 0);
	}
	const char *hint = n > shown ? "j k Space b scroll, t next theme" : "t next theme";
	cr_render_status(frame, view->message ? view->message : hint, cr_message_style(view),
			 "any other key closes");
}

/* One report's wording, headed by its letter and name, in RECT. */
static void render_variant(const CrView *view, const CrVariant *variant, const CrFact *fact, CrFrame *frame,
			   const CrRect *rect)
{
	const CrDoc *doc = g_ptr_array_index(view->engine->docs, variant->doc);
	char letter[4] = { (char)('A' + variant->doc), ' ', '\0' };
	CrPen pen = cr_pen(frame, rect->y, rect->x, rect->x + rect->width);

	cr_pen_text(&pen, letter, -1, CR_STYLE_HEADER, 0);
	cr_pen_text(&pen, cr_doc_name(doc), -1, CR_STYLE_HEADER, 0);
	cr_pen_fill(&pen, CR_STYLE_HEADER, 0);

	CrDoc text = { .data = variant->text, .len = strlen(variant->text) };
	CrBlock whole = { .start = 0, .end = text.len, .score = 1 };
	g_autoptr(GArray) blocks = g_array_new(FALSE, FALSE, sizeof(CrBlock));
	g_array_append_val(blocks, whole);
	g_autoptr(GArray) rows = cr_wrap(&text, blocks, rect->width, FALSE);
	CrDecor decor = {
		.spans = variant->diff,
		.span_mark = CR_MARK_DIFF,
		.style = CR_STYLE_FACT + fact->kind,
		.marks = fact->group >= 0 ? CR_MARK_SHARED : 0,
	};
	for (guint r = 0; r < rows->len && (int)r < rect->height - 1; r++) {
		pen = cr_pen(frame, rect->y + 1 + (int)r, rect->x, rect->x + rect->width);
		cr_render_row(view, &pen, &text, &g_array_index(rows, CrRow, r), &decor);
	}
}

/* "Omitted by: C name, E name" or that every report has the fact. */
static char *omitted_line(const CrView *view, guint32 omitted)
{
	if (!omitted)
		return g_strdup("Every report has it.");
	GString *out = g_string_new("Omitted by:");
	for (guint d = 0; d < view->n_panes; d++)
		if (omitted & (1u << d))
			g_string_append_printf(out, "%s %c %s", out->str[out->len - 1] == ':' ? "" : ",",
					       'A' + d,
					       cr_doc_name(g_ptr_array_index(view->engine->docs, d)));
	return g_string_free(out, FALSE);
}

void cr_render_coverage(const CrView *view, CrFrame *frame)
{
	const CrCoverage *coverage = view->coverage;
	const CrFact *fact = cr_view_fact(view, coverage->fact);
	guint n = coverage->variants->len;
	CrRect rects[CR_MAX_DOCUMENTS];
	CrLayout used;
	g_autofree char *title =
	    g_strdup_printf("Coverage of a %s: in %u of %u reports; differing words marked",
			    cr_fact_kind_name(fact->kind), n, view->n_panes);
	g_autofree char *omitted = omitted_line(view, coverage->omitted);

	render_title(frame, title);
	if (!cr_layout_panes(frame->cols, frame->lines - 3, n, CR_LAYOUT_SIDE, &used, rects)) {
		g_autofree char *no_room = g_strdup_printf("no room for %u wordings here", n);
		CrPen pen = cr_pen(frame, 1, 0, frame->cols);
		cr_pen_text(&pen, no_room, -1, CR_STYLE_NOTICE, 0);
	} else {
		for (guint i = 0; i < n; i++) {
			CrRect rect = rects[i];
			rect.y += 1;
			render_variant(view, g_ptr_array_index(coverage->variants, i), fact, frame, &rect);
			if (used == CR_LAYOUT_SIDE && rect.x + rect.width < frame->cols)
				cr_render_separator(frame, rect.x + rect.width, rect.y, rect.y + rect.height);
		}
	}
	CrPen pen = cr_pen(frame, frame->lines - 2, 0, frame->cols);
	cr_pen_text(&pen, omitted, -1, CR_STYLE_OVERLAY, 0);
	cr_render_status(frame, "", CR_STYLE_STATUS, "any key closes");
}

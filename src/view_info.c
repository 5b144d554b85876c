/* The reports' identification, one block of lines each. */
#include "crossread/view_info.h"

#include <string.h>

#include "crossread/text.h"

#include "crossread/view_draw.h"
#include "crossread/view_list.h"

#define LABEL_COL 4
#define VALUE_COL 13

typedef struct {
	GPtrArray *lines; /* char*: "\t" separates a label from its value; "" is a gap */
	CrListNav nav;
} Info;

static void info_free(gpointer data)
{
	Info *info = data;
	g_ptr_array_unref(info->lines);
	g_free(info);
}

/* The words of DOC: runs of letters and digits. */
static guint count_words(const CrDoc *doc)
{
	guint n = 0;
	gboolean in_word = FALSE;
	for (gsize pos = doc->text_start; pos < doc->len;) {
		gboolean w = cr_text_is_word_char(cr_text_next(doc->data, doc->len, &pos));
		n += w && !in_word;
		in_word = w;
	}
	return n;
}

/* "12,345": a count with its thousands marked. */
static char *grouped(guint64 n)
{
	return n >= 1000 ? g_strdup_printf("%" G_GUINT64_FORMAT ",%03u", n / 1000, (guint)(n % 1000))
			 : g_strdup_printf("%u", (guint)n);
}

static void add_line(GPtrArray *lines, const char *label, const char *value)
{
	g_ptr_array_add(lines, g_strdup_printf("%s\t%s", label, value));
}

/* The lines about report D. */
static void describe_doc(const CrView *view, guint d, GPtrArray *lines)
{
	const CrDoc *doc = g_ptr_array_index(view->engine->docs, d);
	const GArray *blocks = g_ptr_array_index(view->engine->blocks, d);
	guint paragraphs = 0, shared = 0;
	for (guint b = 0; b < blocks->len; b++)
		paragraphs += !g_array_index(blocks, CrBlock, b).boilerplate;
	for (guint f = view->fact_first[d]; f < view->fact_end[d]; f++)
		shared += cr_view_fact(view, (int)f)->group >= 0;
	g_autofree char *head =
	    g_strdup_printf("%c%s", 'A' + d, d == view->panes[view->focus].doc ? "  (focused)" : "");
	g_autofree char *bytes = grouped(doc->len), *words = grouped(count_words(doc));
	g_autofree char *size =
	    g_strdup_printf("%s bytes, %s words, %u paragraphs (and %u of page furniture)", bytes, words,
			    paragraphs, blocks->len - paragraphs);
	g_autofree char *facts = g_strdup_printf("%u, %u of them shared with other reports",
						 view->fact_end[d] - view->fact_first[d], shared);

	g_ptr_array_add(lines, g_strdup(head));
	add_line(lines, "file", doc->path);
	add_line(lines, "outlet", doc->outlet ? doc->outlet : "(not named in the text)");
	add_line(lines, "title", doc->title ? doc->title : "(none found)");
	add_line(lines, "date", doc->date ? doc->date : "(none found)");
	add_line(lines, "size", size);
	add_line(lines, "facts", facts);
	g_ptr_array_add(lines, g_strdup(""));
}

static gpointer info_open(CrView *view)
{
	Info *info = g_new0(Info, 1);
	info->lines = g_ptr_array_new_with_free_func(g_free);
	for (guint d = 0; d < view->n_panes; d++)
		describe_doc(view, d, info->lines);
	return info;
}

static guint info_height(const CrView *view)
{
	return (guint)MAX(view->lines - 2, 1);
}

static void info_render(const CrView *view, gconstpointer state, CrFrame *frame)
{
	const Info *info = state;
	guint height = info_height(view), n = info->lines->len;

	cr_draw_title(frame, view->n_panes > 1 ? "The reports" : "The report");
	for (guint i = 0; i < height && info->nav.top + i < n; i++) {
		const char *line = g_ptr_array_index(info->lines, info->nav.top + i);
		const char *tab = strchr(line, '\t');
		int y = 1 + (int)i;
		CrPen pen = cr_pen(frame, y, tab ? LABEL_COL : 1, frame->cols);
		if (!tab) {
			cr_pen_text(&pen, line, -1, CR_STYLE_KEY, 0);
			continue;
		}
		cr_pen_text(&pen, line, tab - line, CR_STYLE_KEY, 0);
		pen = cr_pen(frame, y, MIN(VALUE_COL, frame->cols), frame->cols);
		cr_pen_text(&pen, tab + 1, -1, CR_STYLE_OVERLAY, 0);
	}
	cr_draw_status(frame, n > height ? "j k Space b scroll" : "", CR_STYLE_STATUS,
		       "any other key closes");
}

static gboolean info_key(CrView *view, gpointer state, int key)
{
	Info *info = state;
	return cr_list_nav_key(&info->nav, key, info->lines->len, info_height(view), FALSE);
}

const CrOverlayOps cr_overlay_info = {
	.action = CR_ACT_INFO,
	.open = info_open,
	.render = info_render,
	.key = info_key,
	.free = info_free,
};

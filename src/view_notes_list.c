/* The notes list, an overlay over the panes. */
#include "crossread/view_notes_list.h"

#include <string.h>

#include "crossread/view_draw.h"
#include "crossread/view_notes.h"
#include "crossread/view_prompt.h"

typedef struct {
	guint selected; /* among the notes shown */
	guint top;	/* the first shown on screen */
	char *filter;	/* folded; NULL when none */
} NotesList;

static void list_free(gpointer data)
{
	NotesList *list = data;
	g_free(list->filter);
	g_free(list);
}

static gpointer list_open(CrView *view)
{
	if (!view->notes || !view->notes->store) {
		cr_view_message(view, "notes are off (the message at the start said why)");
		return NULL;
	}
	return g_new0(NotesList, 1);
}

/* TRUE when FOLDED (case-folded) is in TEXT, case aside. */
static gboolean contains(const char *text, const char *folded)
{
	g_autofree char *haystack = text ? g_utf8_casefold(text, -1) : NULL;
	return haystack && strstr(haystack, folded);
}

/* TRUE when the note's text, fact or a passage it cites has FILTER. */
static gboolean matches(const CrPlacedNote *pn, const char *filter)
{
	if (!filter || contains(pn->note->text, filter) || contains(pn->note->fact_value, filter))
		return TRUE;
	for (guint i = 0; i < pn->note->citations->len; i++)
		if (contains(g_array_index(pn->note->citations, CrCitation, i).text, filter))
			return TRUE;
	return FALSE;
}

/* The notes the filter lets through: indices into placed. */
static GArray *shown_notes(const CrView *view, const NotesList *list)
{
	GArray *shown = g_array_new(FALSE, FALSE, sizeof(guint));
	const GPtrArray *placed = view->notes->placed;
	for (guint i = 0; placed && i < placed->len; i++)
		if (matches(g_ptr_array_index(placed, i), list->filter))
			g_array_append_val(shown, i);
	return shown;
}

/* "A12 B9 C–  (draft) text": where the note is, and what it says. */
static char *note_line(const CrPlacedNote *pn)
{
	GString *line = g_string_new(NULL);
	for (guint k = 0; k < pn->places->len; k++) {
		const CrNotePlace *place = &g_array_index(pn->places, CrNotePlace, k);
		if (place->how == CR_PLACE_ORPHAN)
			g_string_append_printf(line, "%c\xe2\x80\x93 ", 'A' + place->doc);
		else
			g_string_append_printf(line, "%c%u ", 'A' + place->doc, place->line);
	}
	g_string_append_printf(line, " %s%s", pn->note->draft ? "(draft) " : "", pn->note->text);
	return g_string_free(line, FALSE);
}

static guint list_rows(const CrView *view)
{
	return (guint)MAX(view->lines - 2, 1);
}

static void list_render(const CrView *view, gconstpointer state, CrFrame *frame)
{
	const NotesList *list = state;
	g_autoptr(GArray) shown = shown_notes(view, list);
	guint rows = (guint)MAX(frame->lines - 2, 0);
	guint total = view->notes->placed ? view->notes->placed->len : 0;
	g_autofree char *title =
	    list->filter ? g_strdup_printf("notes: %u of %u (filter: %s)", shown->len, total, list->filter)
			 : g_strdup_printf("notes: %u", total);

	CrPen title_pen = cr_pen(frame, 0, 0, frame->cols);
	cr_pen_text(&title_pen, title, -1, CR_STYLE_LIST_TITLE, 0);
	if (shown->len == 0) {
		CrPen pen = cr_pen(frame, 1, 1, frame->cols);
		cr_pen_text(&pen,
			    total ? "no note has that" : "no notes yet: m writes one at the current fact", -1,
			    CR_STYLE_LIST, 0);
	}
	for (guint i = 0; i < rows && list->top + i < shown->len; i++) {
		guint n = g_array_index(shown, guint, list->top + i);
		g_autofree char *line = note_line(g_ptr_array_index(view->notes->placed, n));
		guint8 style = list->top + i == list->selected ? CR_STYLE_LIST_SELECTED : CR_STYLE_LIST;
		CrPen pen = cr_pen(frame, 1 + (int)i, 0, frame->cols);
		cr_pen_text(&pen, " ", -1, style, 0);
		cr_pen_text(&pen, line, -1, style, 0);
		cr_pen_fill(&pen, style, 0);
	}
	if (!view->prompt)
		cr_draw_status(frame, "Enter go to  e edit  d delete  / filter  q close", CR_STYLE_STATUS,
			       "");
}

/* Moves the selection by DELTA among N notes, keeping it on screen. */
static void list_move(const CrView *view, NotesList *list, long delta, guint n)
{
	guint rows = list_rows(view);
	list->selected = n ? (guint)CLAMP((long)list->selected + delta, 0, (long)n - 1) : 0;
	if (list->selected < list->top)
		list->top = list->selected;
	if (list->selected >= list->top + rows)
		list->top = list->selected - rows + 1;
}

static void filter_submit(CrView *view, const char *text, gpointer data)
{
	NotesList *list = data;
	(void)view;
	g_clear_pointer(&list->filter, g_free);
	if (*text)
		list->filter = g_utf8_casefold(text, -1);
	list->selected = list->top = 0;
}

static const CrPromptOps filter_prompt = { .submit = filter_submit };

static gboolean list_key(CrView *view, gpointer state, int key)
{
	NotesList *list = state;
	g_autoptr(GArray) shown = shown_notes(view, list);
	long page = MAX((long)list_rows(view) - 1, 1);
	const CrPlacedNote *pn =
	    list->selected < shown->len
		? g_ptr_array_index(view->notes->placed, g_array_index(shown, guint, list->selected))
		: NULL;
	g_autofree char *id = pn ? g_strdup(pn->note->id) : NULL;

	switch (key) {
	case CR_KEY_ENTER:
	case '\r':
	case '\n':
		if (id)
			cr_view_note_jump(view, id);
		return FALSE;
	case 'e':
		if (id)
			cr_view_note_edit(view, id);
		return TRUE;
	case 'd':
		if (id)
			cr_view_note_delete(view, id);
		return TRUE;
	case '/':
		cr_view_prompt_open(view, "filter: ", NULL, &filter_prompt, list);
		return TRUE;
	case 'q':
	case CR_KEY_ESC:
		return FALSE;
	default:
		break;
	}
	switch (cr_keymap_action(key)) {
	case CR_ACT_LINE_DOWN:
	case CR_ACT_LINE_UP:
		list_move(view, list, cr_keymap_action(key) == CR_ACT_LINE_DOWN ? 1 : -1, shown->len);
		return TRUE;
	case CR_ACT_PAGE_DOWN:
	case CR_ACT_PAGE_UP:
		list_move(view, list, cr_keymap_action(key) == CR_ACT_PAGE_DOWN ? page : -page, shown->len);
		return TRUE;
	case CR_ACT_TOP:
	case CR_ACT_BOTTOM:
		list_move(view, list,
			  cr_keymap_action(key) == CR_ACT_TOP ? -(long)shown->len : (long)shown->len,
			  shown->len);
		return TRUE;
	case CR_ACT_REDRAW:
		return FALSE; /* redrawn, still open */
	default:
		return TRUE;
	}
}

const CrOverlayOps cr_overlay_notes = {
	.action = CR_ACT_NOTES,
	.open = list_open,
	.render = list_render,
	.key = list_key,
	.free = list_free,
};

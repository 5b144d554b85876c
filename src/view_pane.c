/* One pane's geometry: rows, top, cursor, and the motions over them. */
#include "crossread/view_pane.h"

guint cr_pane_text_height(const CrPane *pane)
{
	return pane->rect.height > 1 ? (guint)pane->rect.height - 1 : 0;
}

guint cr_pane_height(const CrPane *pane)
{
	return MAX(cr_pane_text_height(pane), 1);
}

guint cr_pane_last_row(const CrPane *pane)
{
	return pane->rows->len - 1;
}

guint cr_pane_max_top(const CrPane *pane)
{
	guint h = cr_pane_height(pane), len = pane->rows->len;
	return len > h ? len - h : 0;
}

guint cr_pane_cursor_screen_row(const CrPane *pane)
{
	return pane->cursor - MIN(pane->top, pane->cursor);
}

gboolean cr_pane_shows(const CrPane *pane, guint row)
{
	return row >= pane->top && row < pane->top + cr_pane_height(pane);
}

guint cr_pane_screen_row_for(const CrPane *pane, guint row)
{
	return cr_pane_shows(pane, row) ? row - pane->top : cr_pane_height(pane) / 3;
}

void cr_pane_show_row(CrPane *pane, guint row, guint screen_row)
{
	pane->cursor = MIN(row, cr_pane_last_row(pane));
	pane->top = pane->cursor >= screen_row ? pane->cursor - screen_row : 0;
}

void cr_pane_move_cursor(CrPane *pane, long delta)
{
	guint h = cr_pane_height(pane);
	pane->cursor = (guint)CLAMP((long)pane->cursor + delta, 0, (long)cr_pane_last_row(pane));
	if (pane->cursor < pane->top)
		pane->top = pane->cursor;
	else if (pane->cursor >= pane->top + h)
		pane->top = pane->cursor - h + 1;
}

void cr_pane_scroll(CrPane *pane, long delta)
{
	guint h = cr_pane_height(pane), len = pane->rows->len;
	long max_top = (long)cr_pane_max_top(pane);
	long top = (long)pane->top + delta;

	top = delta > 0 ? MIN(top, MAX(max_top, (long)pane->top)) : MAX(top, 0);
	pane->top = (guint)top;
	pane->cursor = (guint)CLAMP((long)pane->cursor + delta, top, MIN(top + (long)h - 1, (long)len - 1));
}

/* Wraps until a row ends after ANCHOR with HEIGHT rows from it on: what a
 * screen showing ANCHOR needs. FALSE when the report ended first. */
static gboolean wrap_screen(CrWrapState *state, GArray *rows, gsize anchor, guint height)
{
	while (cr_wrap_until(state, rows, rows->len + 1))
		if (g_array_index(rows, CrRow, rows->len - 1).end > anchor &&
		    cr_wrap_find(rows, anchor) + height <= rows->len)
			return TRUE;
	return FALSE;
}

void cr_pane_wrap(CrPane *pane, const CrEngine *engine, int width, gboolean hide_boilerplate, gsize keep)
{
	gboolean first = !pane->rows;
	/* a pane not wrapped past its screen yet (the first screen, before
	 * cr_pane_wrap_rest()) is wrapped again only as far as its screen */
	gboolean screen_only = first || pane->more;
	gsize anchor = 0;
	guint offset = 0;
	CrWrapState state;

	if (!first) {
		const CrRow *row = cr_pane_row(pane, pane->cursor);
		const CrFact *mark =
		    pane->mark >= 0 ? &g_array_index(engine->facts, CrFact, pane->mark) : NULL;
		gsize held = mark ? mark->start : keep;
		anchor = held >= row->start && held < row->end ? held : row->start;
		offset = cr_pane_cursor_screen_row(pane);
		g_array_unref(pane->rows);
		g_clear_pointer(&pane->more, g_free);
	}
	pane->rows = g_array_new(FALSE, TRUE, sizeof(CrRow));
	cr_wrap_begin(&state, g_ptr_array_index(engine->docs, pane->doc),
		      g_ptr_array_index(engine->blocks, pane->doc), width, hide_boilerplate);
	if (screen_only ? wrap_screen(&state, pane->rows, anchor, cr_pane_height(pane))
			: cr_wrap_until(&state, pane->rows, G_MAXUINT))
		pane->more = g_memdup2(&state, sizeof state);
	pane->wrap_width = width;
	cr_pane_show_row(pane, cr_wrap_find(pane->rows, anchor), MIN(offset, cr_pane_height(pane) - 1));
}

void cr_pane_wrap_rest(CrPane *pane)
{
	if (!pane->more)
		return;
	cr_wrap_until(pane->more, pane->rows, G_MAXUINT);
	g_clear_pointer(&pane->more, g_free);
}

guint cr_pane_percent(const CrPane *pane, gsize doc_len)
{
	guint len = pane->rows->len, bottom = MIN(pane->top + cr_pane_text_height(pane), len);
	if (pane->more)
		return doc_len && bottom
			   ? (guint)((guint64)cr_pane_row(pane, bottom - 1)->end * 100 / doc_len)
			   : 0;
	return len ? (guint)((guint64)bottom * 100 / len) : 100;
}

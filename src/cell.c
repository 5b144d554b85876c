/* Terminal safety: every character of a report is drawn as itself or as a
 * visible, inert placeholder; nothing from a file reaches the terminal raw. */
#include "crossread/cell.h"

#include <string.h>

#include "crossread/text.h"

/* Bidi embedding, override and isolate controls, and marks: they reorder
 * what follows on the terminal, so they are shown, not obeyed. */
static gboolean is_bidi_control(gunichar c)
{
	return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
	       (c >= 0x2066 && c <= 0x2069);
}

/* Invisible characters that carry no meaning on a terminal and are dropped
 * from the drawing: soft hyphen, zero-width space and joiners, BOM. */
static gboolean is_invisible_filler(gunichar c)
{
	return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

static void set_text(CrCell *cell, const char *text, int width, gboolean placeholder)
{
	g_strlcpy(cell->text, text, sizeof cell->text);
	cell->width = width;
	cell->placeholder = placeholder;
}

void cr_cell_next(const char *data, gsize len, gsize *pos, CrCell *cell)
{
	gsize start = *pos;
	gunichar c;

	if ((guchar)data[start] >= 0x20 && (guchar)data[start] < 0x7f) {
		/* printable ASCII, most of any report: itself */
		*pos = start + 1;
		cell->text[0] = data[start];
		cell->text[1] = '\0';
		cell->width = 1;
		cell->placeholder = cell->newline = cell->tab = FALSE;
		return;
	}
	c = cr_text_next(data, len, pos);
	memset(cell, 0, sizeof *cell);
	if (c == '\n' || c == '\r') {
		if (c == '\r' && *pos < len && data[*pos] == '\n')
			*pos += 1;
		cell->newline = TRUE;
		return;
	}
	if (c == '\t') {
		cell->tab = TRUE;
		set_text(cell, " ", 1, FALSE);
		return;
	}
	if (c < 0x20 || c == 0x7f) {
		char caret[3] = { '^', c == 0x7f ? '?' : (char)(c + 0x40), '\0' };
		set_text(cell, caret, 2, TRUE);
		return;
	}
	if (c == 0xFFFD && *pos == start + 1) {
		set_text(cell, "\xef\xbf\xbd", 1, TRUE);
		return;
	}
	if (is_invisible_filler(c)) {
		set_text(cell, "", 0, FALSE);
		return;
	}
	GUnicodeType type = g_unichar_type(c);
	if ((c >= 0x80 && c < 0xA0) || is_bidi_control(c) || type == G_UNICODE_FORMAT ||
	    type == G_UNICODE_UNASSIGNED || type == G_UNICODE_PRIVATE_USE || type == G_UNICODE_CONTROL ||
	    type == G_UNICODE_LINE_SEPARATOR || type == G_UNICODE_PARAGRAPH_SEPARATOR) {
		char code[16];
		g_snprintf(code, sizeof code, "<U+%04X>", c);
		set_text(cell, code, (int)strlen(code), TRUE);
		return;
	}
	char utf8[8] = { 0 };
	g_unichar_to_utf8(c, utf8);
	set_text(cell, utf8, g_unichar_iszerowidth(c) ? 0 : g_unichar_iswide(c) ? 2 : 1, FALSE);
}

int cr_cell_width(const char *data, gsize start, gsize end)
{
	int col = 0;
	gsize pos = start;
	CrCell cell;

	while (pos < end) {
		cr_cell_next(data, end, &pos, &cell);
		if (cell.tab)
			col += CR_TAB_WIDTH - col % CR_TAB_WIDTH;
		else
			col += cell.newline ? 1 : cell.width;
	}
	return col;
}

char *cr_cell_sanitize(const char *text, gssize len)
{
	gsize n = len < 0 ? strlen(text) : (gsize)len;
	GString *out = g_string_sized_new(n + 1);
	gsize pos = 0;
	CrCell cell;

	while (pos < n) {
		cr_cell_next(text, n, &pos, &cell);
		g_string_append(out, cell.newline ? " " : cell.text);
	}
	return g_string_free(out, FALSE);
}

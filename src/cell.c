/* Terminal safety: every character of a report is drawn as itself or as a
 * visible, inert placeholder; nothing from a file reaches the terminal raw. */
#include "crossread/cell.h"

#include <string.h>

#include "crossread/text.h"

/* The locale is not UTF-8: only ASCII is drawn (cr_cell_set_ascii). */
static gboolean ascii_only;

/* Stand-ins that neither cr_text_plain_punct() nor a decomposition gives:
 * letters without one, signs the reports and the program use. */
static const struct {
	gunichar c;
	const char *ascii;
} stand_ins[] = {
	{ 0x00A3, "GBP" }, { 0x00A9, "(C)" }, { 0x00AE, "(R)" }, { 0x00B7, "." },   { 0x00C6, "AE" },
	{ 0x00D0, "D" },   { 0x00D7, "x" },   { 0x00D8, "O" },	 { 0x00DE, "Th" },  { 0x00DF, "ss" },
	{ 0x00E6, "ae" },  { 0x00F0, "d" },   { 0x00F7, "/" },	 { 0x00F8, "o" },   { 0x00FE, "th" },
	{ 0x0110, "D" },   { 0x0111, "d" },   { 0x0131, "i" },	 { 0x0141, "L" },   { 0x0142, "l" },
	{ 0x0152, "OE" },  { 0x0153, "oe" },  { 0x2022, "*" },	 { 0x2026, "..." }, { 0x2039, "<" },
	{ 0x203A, ">" },   { 0x2044, "/" },   { 0x20AC, "EUR" }, { 0x2190, "<-" },  { 0x2192, "->" },
	{ 0x2500, "-" },   { 0x2502, "|" },   { 0x25CF, "*" },
};

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

void cr_cell_set_ascii(gboolean on)
{
	ascii_only = on;
}

gboolean cr_cell_ascii(void)
{
	return ascii_only;
}

/* C's stand-in from the punctuation and the table alone, or NULL. */
static const char *listed_form(gunichar c, char *buf)
{
	gunichar plain = cr_text_plain_punct(c);
	if (plain) {
		buf[0] = (char)plain;
		buf[1] = '\0';
		return buf;
	}
	for (guint i = 0; i < G_N_ELEMENTS(stand_ins); i++)
		if (stand_ins[i].c == c)
			return stand_ins[i].ascii;
	return NULL;
}

const char *cr_cell_ascii_form(gunichar c, char buf[CR_CELL_ASCII_MAX])
{
	gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
	char part[CR_CELL_ASCII_MAX];
	gsize n = 0;

	if (c >= 0x20 && c < 0x7f) {
		buf[0] = (char)c;
		buf[1] = '\0';
		return buf;
	}
	const char *listed = listed_form(c, buf);
	if (listed)
		return listed;
	/* é is e and a mark, ﬁ is f i, ½ is 1 ⁄ 2, a no-break space a space */
	gsize n_parts = g_unichar_fully_decompose(c, TRUE, parts, G_N_ELEMENTS(parts));
	for (gsize i = 0; i < n_parts; i++) {
		if (g_unichar_ismark(parts[i]))
			continue;
		const char *form = parts[i] >= 0x20 && parts[i] < 0x7f ? NULL : listed_form(parts[i], part);
		if (!form && !(parts[i] >= 0x20 && parts[i] < 0x7f))
			return NULL;
		gsize len = form ? strlen(form) : 1;
		if (n + len >= CR_CELL_ASCII_MAX)
			return NULL;
		if (form)
			memcpy(buf + n, form, len);
		else
			buf[n] = (char)parts[i];
		n += len;
	}
	buf[n] = '\0';
	return n > 0 ? buf : NULL;
}

/* Describes character C, WIDTH columns in UTF-8, as drawn in ASCII. */
static void set_stand_in(CrCell *cell, gunichar c, int width)
{
	char buf[CR_CELL_ASCII_MAX];
	const char *form = width > 0 ? cr_cell_ascii_form(c, buf) : "";

	if (form)
		set_text(cell, form, (int)strlen(form), FALSE);
	else
		set_text(cell, width == 2 ? "??" : "?", width, FALSE);
	cell->stand_in = TRUE;
}

char *cr_cell_ascii_text(const char *text, gssize len)
{
	const char *end = text + (len < 0 ? strlen(text) : (gsize)len);
	GString *out = g_string_sized_new((gsize)(end - text));
	char buf[CR_CELL_ASCII_MAX];

	for (const char *p = text; p < end;) {
		gunichar c = g_utf8_get_char_validated(p, end - p);
		if ((guchar)*p < 0x80 || c == (gunichar)-1 || c == (gunichar)-2) {
			g_string_append_c(out, (guchar)*p < 0x80 ? *p : '?');
			p++;
			continue;
		}
		const char *form = cr_cell_ascii_form(c, buf);
		int width = g_unichar_iszerowidth(c) ? 0 : g_unichar_iswide(c) ? 2 : 1;
		g_string_append(out, form ? form : width == 2 ? "??" : width == 1 ? "?" : "");
		p = g_utf8_next_char(p);
	}
	return g_string_free(out, FALSE);
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
		cell->placeholder = cell->newline = cell->tab = cell->stand_in = FALSE;
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
		set_text(cell, ascii_only ? "?" : "\xef\xbf\xbd", 1, TRUE);
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
	int width = g_unichar_iszerowidth(c) ? 0 : g_unichar_iswide(c) ? 2 : 1;
	if (ascii_only) {
		set_stand_in(cell, c, width);
		return;
	}
	char utf8[8] = { 0 };
	g_unichar_to_utf8(c, utf8);
	set_text(cell, utf8, width, FALSE);
}

int cr_cell_width(const char *data, gsize start, gsize end)
{
	int col = 0;
	gsize pos = start;
	CrCell cell;

	while (pos < end) {
		if ((guchar)data[pos] >= 0x20 && (guchar)data[pos] < 0x7f) {
			/* printable ASCII: one byte, one column, as cr_cell_next() finds */
			pos++;
			col++;
			continue;
		}
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

/* The rules every fuzz harness checks output against. */
#include "fuzz-check.h"

#include <stdio.h>
#include <stdlib.h>

void cr_fuzz_fail(const char *format, ...)
{
	va_list args;

	va_start(args, format);
	fputs("crossread fuzz: invariant broken: ", stderr);
	vfprintf(stderr, format, args);
	fputc('\n', stderr);
	va_end(args);
	abort();
}

gboolean cr_fuzz_is_unsafe(gunichar c)
{
	return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x061c || c == 0x200e || c == 0x200f ||
	       (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

/* The length of the SGR sequence at TEXT (ESC [ digits and semicolons m),
 * or 0 when there is none. */
static gsize sgr_length(const char *text, gsize len)
{
	gsize i = 2;

	if (len < 3 || text[0] != '\x1b' || text[1] != '[')
		return 0;
	while (i < len && (g_ascii_isdigit(text[i]) || text[i] == ';'))
		i++;
	return i < len && text[i] == 'm' ? i + 1 : 0;
}

void cr_fuzz_check_safe(const char *what, const char *text, gsize len, CrFuzzSafe allow)
{
	const char *bad = NULL;
	gsize pos = 0;

	if (!g_utf8_validate_len(text, len, &bad))
		cr_fuzz_fail("%s: invalid UTF-8 at byte %" G_GSIZE_FORMAT, what, (gsize)(bad - text));
	while (pos < len) {
		gsize sgr = (allow & CR_FUZZ_SAFE_SGR) ? sgr_length(text + pos, len - pos) : 0;
		if (sgr) {
			pos += sgr;
			continue;
		}
		gunichar c = g_utf8_get_char(text + pos);
		if (!(c == '\n' && (allow & CR_FUZZ_SAFE_NEWLINES)) && cr_fuzz_is_unsafe(c))
			cr_fuzz_fail("%s: raw U+%04X at byte %" G_GSIZE_FORMAT, what, c, pos);
		pos = (gsize)(g_utf8_next_char(text + pos) - text);
	}
}

int cr_fuzz_columns(const char *text, gsize len)
{
	int columns = 0;
	gsize pos = 0;

	while (pos < len) {
		gsize sgr = sgr_length(text + pos, len - pos);
		if (sgr) {
			pos += sgr;
			continue;
		}
		gunichar c = g_utf8_get_char(text + pos);
		columns += g_unichar_iszerowidth(c) ? 0 : g_unichar_iswide(c) ? 2 : 1;
		pos = (gsize)(g_utf8_next_char(text + pos) - text);
	}
	return columns;
}

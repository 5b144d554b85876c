/* JSON indented as json-glib's generator writes it pretty-printed. */
#include "crossread/json_pretty.h"

void cr_json_pretty_init(CrJsonPretty *j, GString *out)
{
	*j = (CrJsonPretty){ .out = out };
}

/* Writes S between quotes, escaped as json-glib escapes: a quote, a
 * backslash and the controls under 0x20 and 0x7f; the rest as it is. */
static void put_quoted(GString *out, const char *s)
{
	g_string_append_c(out, '"');
	for (const char *p = s; *p; p++) {
		guchar c = (guchar)*p;
		switch (c) {
		case '"':
			g_string_append(out, "\\\"");
			break;
		case '\\':
			g_string_append(out, "\\\\");
			break;
		case '\b':
			g_string_append(out, "\\b");
			break;
		case '\f':
			g_string_append(out, "\\f");
			break;
		case '\n':
			g_string_append(out, "\\n");
			break;
		case '\r':
			g_string_append(out, "\\r");
			break;
		case '\t':
			g_string_append(out, "\\t");
			break;
		default:
			if (c < 0x20 || c == 0x7f)
				g_string_append_printf(out, "\\u%04x", c);
			else
				g_string_append_c(out, (char)c);
		}
	}
	g_string_append_c(out, '"');
}

/* Two spaces for each of the DEPTH levels open. */
static void put_indent(GString *out, guint depth)
{
	for (guint i = 0; i < depth; i++)
		g_string_append(out, "  ");
}

/* Begins a value in the level open: the separator, the indent and, in an
 * object, the member's NAME. */
static void begin_value(CrJsonPretty *j, const char *name)
{
	if (j->depth > 0) {
		guint64 bit = G_GUINT64_CONSTANT(1) << (j->depth - 1);
		g_string_append(j->out, j->filled & bit ? ",\n" : "\n");
		j->filled |= bit;
		put_indent(j->out, j->depth);
	}
	if (name) {
		put_quoted(j->out, name);
		g_string_append(j->out, " : ");
	}
}

void cr_json_pretty_open(CrJsonPretty *j, const char *name, char bracket)
{
	g_return_if_fail(j->depth < 64);
	begin_value(j, name);
	g_string_append_c(j->out, bracket);
	j->depth++;
	j->filled &= ~(G_GUINT64_CONSTANT(1) << (j->depth - 1));
}

void cr_json_pretty_close(CrJsonPretty *j, char bracket)
{
	g_return_if_fail(j->depth > 0);
	gboolean filled = (j->filled >> (j->depth - 1)) & 1;
	j->depth--;
	if (filled) {
		g_string_append_c(j->out, '\n');
		put_indent(j->out, j->depth);
	} else if (bracket == '}') {
		/* json-glib's empty object: "{", its members' indent, "}" */
		put_indent(j->out, j->depth);
	}
	g_string_append_c(j->out, bracket);
}

void cr_json_pretty_string(CrJsonPretty *j, const char *name, const char *value)
{
	if (!value) {
		cr_json_pretty_null(j, name);
		return;
	}
	begin_value(j, name);
	put_quoted(j->out, value);
}

void cr_json_pretty_int(CrJsonPretty *j, const char *name, gint64 value)
{
	begin_value(j, name);
	g_string_append_printf(j->out, "%" G_GINT64_FORMAT, value);
}

void cr_json_pretty_bool(CrJsonPretty *j, const char *name, gboolean value)
{
	begin_value(j, name);
	g_string_append(j->out, value ? "true" : "false");
}

void cr_json_pretty_null(CrJsonPretty *j, const char *name)
{
	begin_value(j, name);
	g_string_append(j->out, "null");
}

/* Notes out: text, Markdown, CSV and JSON, every report string made safe. */
#include "crossread/notes_export.h"

#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "crossread/cell.h"
#include "crossread/notes_file.h"
#include "crossread/text.h"

/* Each note's header and text are indented this much; passages that wrap,
 * this much. */
#define NOTE_INDENT    3
#define PASSAGE_INDENT 6

gboolean cr_export_format_parse(const char *name, CrExportFormat *format)
{
	static const char *const names[] = { "text", "markdown", "csv", "json" };
	for (guint i = 0; i < G_N_ELEMENTS(names); i++)
		if (strcmp(name, names[i]) == 0) {
			*format = (CrExportFormat)i;
			return TRUE;
		}
	return FALSE;
}

/* --- what every format shows ------------------------------------------- */

/* TEXT on one line and safe to print: whitespace collapsed, every control,
 * bidi and invisible character a visible placeholder. */
static char *safe(const char *text)
{
	if (!text)
		return NULL;
	g_autofree char *flat = cr_text_flat(text, 0, strlen(text));
	return cr_cell_sanitize(flat, -1);
}

static char letter(guint doc)
{
	return (char)('A' + doc);
}

static const CrCitation *place_citation(const CrPlacedNote *pn, const CrNotePlace *place)
{
	return &g_array_index(pn->note->citations, CrCitation, place->citation);
}

/* The passage as the report words it now, or as it was cited when it is
 * not found in this version; safe. */
static char *passage(const CrEngine *engine, const CrPlacedNote *pn, const CrNotePlace *place)
{
	if (place->how == CR_PLACE_ORPHAN)
		return safe(place_citation(pn, place)->text);
	const CrDoc *doc = g_ptr_array_index(engine->docs, place->doc);
	g_autofree char *flat = cr_text_flat(doc->data, place->start, place->end);
	return cr_cell_sanitize(flat, -1);
}

static const char *status_name(CrPlaceHow how)
{
	static const char *const names[] = { "exact", "moved", "approximate", "not found" };
	return names[how];
}

/* "quote" and its value, or NULL for a note at a line; safe. */
static char *fact_heading(const CrNote *note)
{
	if (note->fact_kind < 0)
		return NULL;
	g_autofree char *value = safe(note->fact_value ? note->fact_value : "");
	return g_strdup_printf("%s: \u201c%s\u201d", cr_fact_kind_name((CrFactKind)note->fact_kind), value);
}

static guint count_found(const GPtrArray *placed)
{
	guint n = 0;
	for (guint i = 0; i < placed->len; i++)
		n += !((CrPlacedNote *)g_ptr_array_index(placed, i))->orphan;
	return n;
}

static const char *plural(guint n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* --- text ---------------------------------------------------------------- */

static void new_line(GString *out, int indent, int *col)
{
	g_string_append_c(out, '\n');
	for (int i = 0; i < indent; i++)
		g_string_append_c(out, ' ');
	*col = indent;
}

/* Appends safe TEXT from column *COL, wrapped at CR_EXPORT_WIDTH with the
 * lines after the first indented by INDENT; a word wider than a line is
 * cut between characters. Ends the line. */
static void wrap(GString *out, const char *text, int col, int indent)
{
	gboolean fresh = TRUE; /* nothing of TEXT on this line yet */
	for (const char *p = text; *p;) {
		if (*p == ' ') {
			p++;
			continue;
		}
		const char *end = strchr(p, ' ');
		if (!end)
			end = p + strlen(p);
		int width = cr_cell_width(p, 0, (gsize)(end - p));
		if (!fresh && col + 1 + width > CR_EXPORT_WIDTH) {
			new_line(out, indent, &col);
			fresh = TRUE;
		}
		if (!fresh) {
			g_string_append_c(out, ' ');
			col++;
		}
		if (col + width <= CR_EXPORT_WIDTH) {
			g_string_append_len(out, p, end - p);
			col += width;
		} else {
			for (const char *c = p; c < end; c = g_utf8_next_char(c)) {
				const char *next = g_utf8_next_char(c);
				int cw = cr_cell_width(c, 0, (gsize)(next - c));
				if (col > indent && col + cw > CR_EXPORT_WIDTH)
					new_line(out, indent, &col);
				g_string_append_len(out, c, next - c);
				col += cw;
			}
		}
		fresh = FALSE;
		p = end;
	}
	g_string_append_c(out, '\n');
}

/* Appends PREFIX then TEXT wrapped after it. */
static void wrap_after(GString *out, const char *prefix, const char *text, int indent)
{
	g_string_append(out, prefix);
	wrap(out, text, cr_cell_width(prefix, 0, strlen(prefix)), indent);
}

/* "The Jakarta Post, 2023-05-24, “Title”": what is known of a report
 * (any of them NULL); safe. */
static char *report_details(const char *outlet_text, const char *date_text, const char *title_text)
{
	g_autofree char *outlet = safe(outlet_text), *date = safe(date_text), *title = safe(title_text);
	g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func(g_free);
	if (outlet)
		g_ptr_array_add(parts, g_steal_pointer(&outlet));
	if (date)
		g_ptr_array_add(parts, g_steal_pointer(&date));
	if (title)
		g_ptr_array_add(parts, g_strdup_printf("\u201c%s\u201d", title));
	g_ptr_array_add(parts, NULL);
	return g_strjoinv(", ", (char **)parts->pdata);
}

static void text_header(GString *out, const CrEngine *engine, const GPtrArray *reports, guint n_notes)
{
	g_string_append_printf(out, "crossread notes: %u %s on %u %s\n\n", n_notes,
			       plural(n_notes, "note", "notes"), engine->docs->len,
			       plural(engine->docs->len, "report", "reports"));
	for (guint d = 0; d < engine->docs->len; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		const CrNoteReport *report = g_ptr_array_index(reports, d);
		g_autofree char *name = safe(doc->label),
				*details = report_details(report->outlet, report->date, report->title);
		g_string_append_printf(out, "%c  %s  sha256 %.12s\n", letter(d), name, report->id);
		if (*details) {
			g_string_append(out, "   ");
			wrap(out, details, NOTE_INDENT, NOTE_INDENT);
		}
	}
}

static void text_note(GString *out, const CrEngine *engine, const CrPlacedNote *pn, guint number)
{
	const CrNote *note = pn->note;
	g_autofree char *fact = fact_heading(note);
	g_autofree char *heading =
	    g_strdup_printf("%u. %s%s", number, fact ? fact : "at a line", note->draft ? " (draft)" : "");
	wrap(out, heading, 0, NOTE_INDENT);
	for (guint k = 0; k < pn->places->len; k++) {
		const CrNotePlace *place = &g_array_index(pn->places, CrNotePlace, k);
		g_autofree char *words = passage(engine, pn, place);
		g_autofree char *quoted = g_strdup_printf("\u201c%s\u201d", words);
		g_autofree char *label =
		    place->how == CR_PLACE_ORPHAN
			? g_strdup_printf("   %c, not found in this version: ", letter(place->doc))
		    : place->how == CR_PLACE_APPROX
			? g_strdup_printf("   %c line %u (changed since): ", letter(place->doc), place->line)
			: g_strdup_printf("   %c line %u: ", letter(place->doc), place->line);
		wrap_after(out, label, quoted, PASSAGE_INDENT);
	}
	g_autofree char *text = safe(note->text);
	g_string_append(out, "\n   ");
	wrap(out, text, NOTE_INDENT, NOTE_INDENT);
}

static char *export_text(const CrEngine *engine, const GPtrArray *reports, const GPtrArray *placed)
{
	GString *out = g_string_new(NULL);
	guint found = count_found(placed);

	text_header(out, engine, reports, placed->len);
	if (placed->len == 0)
		g_string_append(out, "\nNo notes on these reports.\n");
	for (guint i = 0; i < placed->len; i++) {
		if (i == found)
			g_string_append(out, "\nNot found in this version\n");
		g_string_append_c(out, '\n');
		text_note(out, engine, g_ptr_array_index(placed, i), i + 1);
	}
	return g_string_free(out, FALSE);
}

/* --- markdown ------------------------------------------------------------ */

/* Safe TEXT with what Markdown would take for markup escaped. */
static char *md_escape(const char *text)
{
	GString *out = g_string_new(NULL);
	gsize digits = strspn(text, "0123456789");
	for (const char *p = text; *p; p++) {
		gboolean leading = p == text && strchr("-+=", *p);
		gboolean list = digits > 0 && p == text + digits && (*p == '.' || *p == ')');
		if (strchr("\\`*_[]<>#|~!&", *p) || leading || list)
			g_string_append_c(out, '\\');
		g_string_append_c(out, *p);
	}
	return g_string_free(out, FALSE);
}

/* A table cell: escaped, or empty. */
static void md_cell(GString *out, const char *text)
{
	g_autofree char *safe_text = safe(text);
	g_autofree char *escaped = safe_text ? md_escape(safe_text) : NULL;
	g_string_append_printf(out, " %s |", escaped ? escaped : "");
}

static void md_note(GString *out, const CrEngine *engine, const GPtrArray *reports, const CrPlacedNote *pn,
		    guint number)
{
	const CrNote *note = pn->note;
	g_autofree char *fact = fact_heading(note);
	g_autofree char *heading = md_escape(fact ? fact : "at a line");
	g_string_append_printf(out, "\n### %u. %s%s\n", number, heading, note->draft ? " (draft)" : "");
	for (guint k = 0; k < pn->places->len; k++) {
		const CrNotePlace *place = &g_array_index(pn->places, CrNotePlace, k);
		const CrNoteReport *report = g_ptr_array_index(reports, place->doc);
		g_autofree char *words = passage(engine, pn, place);
		g_autofree char *escaped = md_escape(words);
		g_autofree char *details = report_details(report->outlet, report->date, NULL);
		g_autofree char *where = place->how == CR_PLACE_ORPHAN ? g_strdup("not found in this version")
					 : place->how == CR_PLACE_APPROX
					     ? g_strdup_printf("line %u, changed since", place->line)
					     : g_strdup_printf("line %u", place->line);
		g_autofree char *cite =
		    g_strdup_printf("%c%s%s, %s", letter(place->doc), *details ? ", " : "", details, where);
		g_autofree char *cite_escaped = md_escape(cite);
		g_string_append_printf(out, "\n> %s\n>\n> \u2014 %s\n", escaped, cite_escaped);
	}
	g_autofree char *text = safe(note->text);
	g_autofree char *escaped = md_escape(text);
	g_string_append_printf(out, "\n%s\n", escaped);
}

static char *export_markdown(const CrEngine *engine, const GPtrArray *reports, const GPtrArray *placed)
{
	GString *out = g_string_new("# Reading notes\n\n");
	guint found = count_found(placed);

	g_string_append_printf(out, "%u %s on %u %s.\n\n## Reports\n\n", placed->len,
			       plural(placed->len, "note", "notes"), engine->docs->len,
			       plural(engine->docs->len, "report", "reports"));
	g_string_append(out, "| | File | Outlet | Title | Date | SHA-256 |\n|---|---|---|---|---|---|\n");
	for (guint d = 0; d < engine->docs->len; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		const CrNoteReport *report = g_ptr_array_index(reports, d);
		g_autofree char *prefix = g_strndup(report->id, 12);
		g_string_append_printf(out, "| %c |", letter(d));
		md_cell(out, doc->label);
		md_cell(out, report->outlet);
		md_cell(out, report->title);
		md_cell(out, report->date);
		g_string_append_printf(out, " `%s` |\n", prefix);
	}
	if (found > 0)
		g_string_append(out, "\n## Notes\n");
	for (guint i = 0; i < placed->len; i++) {
		if (i == found)
			g_string_append(out, "\n## Not found in this version\n");
		md_note(out, engine, reports, g_ptr_array_index(placed, i), i + 1);
	}
	return g_string_free(out, FALSE);
}

/* --- csv ----------------------------------------------------------------- */

/* One cell (RFC 4180): quoted when it holds a comma, a quote or a line end;
 * a text that a spreadsheet would take for a formula starts with '. */
static void csv_cell(GString *out, const char *text, gboolean last)
{
	g_autofree char *value = safe(text ? text : "");
	gboolean quote = strpbrk(value, ",\"\r\n") != NULL;

	if (quote)
		g_string_append_c(out, '"');
	if (value[0] && strchr("=+-@", value[0]))
		g_string_append_c(out, '\'');
	for (const char *p = value; *p; p++) {
		if (*p == '"')
			g_string_append_c(out, '"');
		g_string_append_c(out, *p);
	}
	if (quote)
		g_string_append_c(out, '"');
	g_string_append(out, last ? "\r\n" : ",");
}

static char *export_csv(const CrEngine *engine, const GPtrArray *reports, const GPtrArray *placed)
{
	GString *out = g_string_new("note,created,updated,draft,fact_kind,fact_value,report,file,sha256,line,"
				    "start,end,status,passage,text\r\n");
	for (guint i = 0; i < placed->len; i++) {
		const CrPlacedNote *pn = g_ptr_array_index(placed, i);
		const CrNote *note = pn->note;
		g_autofree char *created = cr_note_time_format(note->created);
		g_autofree char *updated = cr_note_time_format(note->updated);
		for (guint k = 0; k < pn->places->len; k++) {
			const CrNotePlace *place = &g_array_index(pn->places, CrNotePlace, k);
			const CrDoc *doc = g_ptr_array_index(engine->docs, place->doc);
			const CrNoteReport *report = g_ptr_array_index(reports, place->doc);
			g_autofree char *words = passage(engine, pn, place);
			char report_letter[2] = { letter(place->doc), '\0' };
			char line[16] = "", start[24], end[24];
			if (place->how != CR_PLACE_ORPHAN)
				g_snprintf(line, sizeof line, "%u", place->line);
			g_snprintf(start, sizeof start, "%" G_GSIZE_FORMAT, place->start);
			g_snprintf(end, sizeof end, "%" G_GSIZE_FORMAT, place->end);
			csv_cell(out, note->id, FALSE);
			csv_cell(out, created, FALSE);
			csv_cell(out, updated, FALSE);
			csv_cell(out, note->draft ? "true" : "false", FALSE);
			csv_cell(out,
				 note->fact_kind >= 0 ? cr_fact_kind_name((CrFactKind)note->fact_kind) : "",
				 FALSE);
			csv_cell(out, note->fact_value, FALSE);
			csv_cell(out, report_letter, FALSE);
			csv_cell(out, doc->label, FALSE);
			csv_cell(out, report->id, FALSE);
			csv_cell(out, line, FALSE);
			csv_cell(out, start, FALSE);
			csv_cell(out, end, FALSE);
			csv_cell(out, status_name(place->how), FALSE);
			csv_cell(out, words, FALSE);
			csv_cell(out, note->text, TRUE);
		}
	}
	return g_string_free(out, FALSE);
}

/* --- json ---------------------------------------------------------------- */

/* A member holding TEXT made safe, or null. */
static void json_text(JsonBuilder *b, const char *member, const char *text)
{
	g_autofree char *value = safe(text);
	json_builder_set_member_name(b, member);
	if (value)
		json_builder_add_string_value(b, value);
	else
		json_builder_add_null_value(b);
}

static void json_note(JsonBuilder *b, const CrEngine *engine, const CrPlacedNote *pn)
{
	const CrNote *note = pn->note;
	g_autofree char *created = cr_note_time_format(note->created);
	g_autofree char *updated = cr_note_time_format(note->updated);

	json_builder_begin_object(b);
	json_text(b, "id", note->id);
	json_text(b, "created", created);
	json_text(b, "updated", updated);
	json_builder_set_member_name(b, "draft");
	json_builder_add_boolean_value(b, note->draft);
	json_builder_set_member_name(b, "found");
	json_builder_add_boolean_value(b, !pn->orphan);
	json_builder_set_member_name(b, "fact");
	if (note->fact_kind >= 0) {
		json_builder_begin_object(b);
		json_text(b, "kind", cr_fact_kind_name((CrFactKind)note->fact_kind));
		json_text(b, "value", note->fact_value ? note->fact_value : "");
		json_builder_end_object(b);
	} else {
		json_builder_add_null_value(b);
	}
	json_text(b, "text", note->text);
	json_builder_set_member_name(b, "citations");
	json_builder_begin_array(b);
	for (guint k = 0; k < pn->places->len; k++) {
		const CrNotePlace *place = &g_array_index(pn->places, CrNotePlace, k);
		const CrCitation *c = place_citation(pn, place);
		g_autofree char *words = passage(engine, pn, place);
		char report_letter[2] = { letter(place->doc), '\0' };
		json_builder_begin_object(b);
		json_text(b, "report", report_letter);
		json_text(b, "status", status_name(place->how));
		json_builder_set_member_name(b, "line");
		if (place->how == CR_PLACE_ORPHAN)
			json_builder_add_null_value(b);
		else
			json_builder_add_int_value(b, place->line);
		json_builder_set_member_name(b, "start");
		json_builder_add_int_value(b, (gint64)place->start);
		json_builder_set_member_name(b, "end");
		json_builder_add_int_value(b, (gint64)place->end);
		json_text(b, "passage", words);
		json_text(b, "cited", c->text);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	json_builder_end_object(b);
}

static char *export_json(const CrEngine *engine, const GPtrArray *reports, const GPtrArray *placed)
{
	g_autoptr(JsonBuilder) b = json_builder_new();

	json_builder_begin_object(b);
	json_text(b, "format", "crossread-notes");
	json_builder_set_member_name(b, "version");
	json_builder_add_int_value(b, CR_EXPORT_JSON_VERSION);
	json_builder_set_member_name(b, "reports");
	json_builder_begin_array(b);
	for (guint d = 0; d < engine->docs->len; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		const CrNoteReport *report = g_ptr_array_index(reports, d);
		char report_letter[2] = { letter(d), '\0' };
		json_builder_begin_object(b);
		json_text(b, "letter", report_letter);
		json_text(b, "file", doc->label);
		json_text(b, "sha256", report->id);
		json_text(b, "outlet", report->outlet);
		json_text(b, "title", report->title);
		json_text(b, "date", report->date);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	json_builder_set_member_name(b, "notes");
	json_builder_begin_array(b);
	for (guint i = 0; i < placed->len; i++)
		json_note(b, engine, g_ptr_array_index(placed, i));
	json_builder_end_array(b);
	json_builder_end_object(b);

	g_autoptr(JsonGenerator) generator = json_generator_new();
	g_autoptr(JsonNode) root = json_builder_get_root(b);
	json_generator_set_root(generator, root);
	json_generator_set_pretty(generator, TRUE);
	json_generator_set_indent(generator, 2);
	g_autofree char *json = json_generator_to_data(generator, NULL);
	return g_strconcat(json, "\n", NULL);
}

char *cr_notes_export(const CrEngine *engine, const GPtrArray *reports, const GPtrArray *placed,
		      CrExportFormat format)
{
	switch (format) {
	case CR_EXPORT_MARKDOWN:
		return export_markdown(engine, reports, placed);
	case CR_EXPORT_CSV:
		return export_csv(engine, reports, placed);
	case CR_EXPORT_JSON:
		return export_json(engine, reports, placed);
	case CR_EXPORT_TEXT:
	default:
		return export_text(engine, reports, placed);
	}
}

gboolean cr_notes_export_write(const char *path, const char *text, GError **error)
{
	if (strcmp(path, "-") == 0) {
		if (fputs(text, stdout) < 0 || fflush(stdout) != 0) {
			g_set_error(error, CR_ERROR, CR_ERROR_IO, "cannot write to standard output");
			return FALSE;
		}
		return TRUE;
	}
	return cr_write_file_atomic(path, text, strlen(text), 0644, error);
}

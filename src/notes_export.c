/* Notes out: text, Markdown, CSV and JSON, every report string made safe. */
#include "crossread/notes_export.h"

#include <stdio.h>
#include <string.h>

#include "crossread/cell.h"
#include "crossread/json_pretty.h"
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
static void json_text(CrJsonPretty *j, const char *member, const char *text)
{
	g_autofree char *value = safe(text);
	cr_json_pretty_string(j, member, value);
}

static void json_note(CrJsonPretty *j, const CrEngine *engine, const CrPlacedNote *pn)
{
	const CrNote *note = pn->note;
	g_autofree char *created = cr_note_time_format(note->created);
	g_autofree char *updated = cr_note_time_format(note->updated);

	cr_json_pretty_open(j, NULL, '{');
	json_text(j, "id", note->id);
	json_text(j, "created", created);
	json_text(j, "updated", updated);
	cr_json_pretty_bool(j, "draft", note->draft);
	cr_json_pretty_bool(j, "found", !pn->orphan);
	if (note->fact_kind >= 0) {
		cr_json_pretty_open(j, "fact", '{');
		json_text(j, "kind", cr_fact_kind_name((CrFactKind)note->fact_kind));
		json_text(j, "value", note->fact_value ? note->fact_value : "");
		cr_json_pretty_close(j, '}');
	} else {
		cr_json_pretty_null(j, "fact");
	}
	json_text(j, "text", note->text);
	cr_json_pretty_open(j, "citations", '[');
	for (guint k = 0; k < pn->places->len; k++) {
		const CrNotePlace *place = &g_array_index(pn->places, CrNotePlace, k);
		const CrCitation *c = place_citation(pn, place);
		g_autofree char *words = passage(engine, pn, place);
		char report_letter[2] = { letter(place->doc), '\0' };
		cr_json_pretty_open(j, NULL, '{');
		json_text(j, "report", report_letter);
		json_text(j, "status", status_name(place->how));
		if (place->how == CR_PLACE_ORPHAN)
			cr_json_pretty_null(j, "line");
		else
			cr_json_pretty_int(j, "line", place->line);
		cr_json_pretty_int(j, "start", (gint64)place->start);
		cr_json_pretty_int(j, "end", (gint64)place->end);
		json_text(j, "passage", words);
		json_text(j, "cited", c->text);
		cr_json_pretty_close(j, '}');
	}
	cr_json_pretty_close(j, ']');
	cr_json_pretty_close(j, '}');
}

static char *export_json(const CrEngine *engine, const GPtrArray *reports, const GPtrArray *placed)
{
	GString *out = g_string_new(NULL);
	CrJsonPretty j;

	cr_json_pretty_init(&j, out);
	cr_json_pretty_open(&j, NULL, '{');
	json_text(&j, "format", "crossread-notes");
	cr_json_pretty_int(&j, "version", CR_EXPORT_JSON_VERSION);
	cr_json_pretty_open(&j, "reports", '[');
	for (guint d = 0; d < engine->docs->len; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		const CrNoteReport *report = g_ptr_array_index(reports, d);
		char report_letter[2] = { letter(d), '\0' };
		cr_json_pretty_open(&j, NULL, '{');
		json_text(&j, "letter", report_letter);
		json_text(&j, "file", doc->label);
		json_text(&j, "sha256", report->id);
		json_text(&j, "outlet", report->outlet);
		json_text(&j, "title", report->title);
		json_text(&j, "date", report->date);
		cr_json_pretty_close(&j, '}');
	}
	cr_json_pretty_close(&j, ']');
	cr_json_pretty_open(&j, "notes", '[');
	for (guint i = 0; i < placed->len; i++)
		json_note(&j, engine, g_ptr_array_index(placed, i));
	cr_json_pretty_close(&j, ']');
	cr_json_pretty_close(&j, '}');
	g_string_append_c(out, '\n');
	return g_string_free(out, FALSE);
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

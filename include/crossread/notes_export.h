/* Notes written out for people and programs: text (the default), Markdown,
 * CSV and JSON. Every string from a report or a notes file goes through
 * cr_cell_sanitize(): no terminal control byte reaches an export. */
#pragma once

#include "crossread/notes_attach.h"

typedef enum {
	CR_EXPORT_TEXT,
	CR_EXPORT_MARKDOWN,
	CR_EXPORT_CSV,
	CR_EXPORT_JSON,
} CrExportFormat;

/* The version of the JSON export's format. */
#define CR_EXPORT_JSON_VERSION 1
/* Text exports are wrapped to this many columns. */
#define CR_EXPORT_WIDTH 80

/* "text", "markdown", "csv" or "json"; FALSE for anything else. */
gboolean cr_export_format_parse(const char *name, CrExportFormat *format);

/* The notes PLACED (cr_notes_place() over ENGINE's reports, REPORTS their
 * records) in FORMAT:
 * - text: a header listing the reports (letter, file name, outlet, title,
 *   date, SHA-256 prefix); each note in reading order with its fact, each
 *   cited report's letter, line and wording of the passage, and its text,
 *   wrapped at 80 columns; notes not found in this version last;
 * - markdown: the same, passages as "> " quotes with outlet and date;
 * - csv: RFC 4180, one row per cited passage, CR LF line ends, a cell that
 *   starts with = + - @ prefixed with ' so that no spreadsheet runs it;
 * - json: {"format": "crossread-notes", "version": 1, ...}. */
char *cr_notes_export(const CrEngine *engine, const GPtrArray *reports, const GPtrArray *placed,
		      CrExportFormat format);

/* Writes TEXT to PATH atomically ("-": standard output); FALSE and ERROR
 * saying why, with nothing half-written. */
gboolean cr_notes_export_write(const char *path, const char *text, GError **error);

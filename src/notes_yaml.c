/* The notes file format: YAML in, checked field by field with positions;
 * YAML out through the emitter. */
#include "crossread/notes_yaml.h"

#include <string.h>

#include "crossread/yaml_reader.h"
#include "crossread/yaml_writer.h"

/* A note's id: what cr_note_new() makes, or any short word. */
#define MAX_ID_BYTES 64

static const CrYamlLimits notes_limits = {
	.max_bytes = CR_NOTES_MAX_BYTES,
	.max_scalar = 64 * 1024,
	.max_depth = 8,
	.max_nodes = 2000000,
};

typedef struct {
	CrYamlDiag *diag;
	CrNoteSet *set;
	GHashTable *note_ids; /* id -> its node, to report repeats */
} Reader;

/* A text value: any string, "" when NULL_IS_EMPTY and the value is empty;
 * a NUL in it is refused (notes are C strings). */
static gboolean get_text(Reader *r, const CrYamlNode *node, const char *what, gboolean null_is_empty,
			 char **out)
{
	if (null_is_empty && cr_yaml_is_null(node)) {
		*out = g_strdup("");
		return TRUE;
	}
	const char *text;
	if (!cr_yaml_get_string(r->diag, node, what, &text))
		return FALSE;
	if (strlen(text) != node->text_len) {
		cr_yaml_diag_at(r->diag, node, "%s holds a NUL character", what);
		return FALSE;
	}
	*out = g_strdup(text);
	return TRUE;
}

/* The value of the required KEY of MAP, or NULL (and a message at MAP). */
static const CrYamlNode *required(Reader *r, const CrYamlNode *map, const char *key, const char *what)
{
	const CrYamlNode *value = cr_yaml_get(map, key);
	if (!value)
		cr_yaml_diag_at(r->diag, map, "%s has no '%s'", what, key);
	return value;
}

static gboolean is_report_id(const char *text)
{
	if (strlen(text) != CR_NOTE_REPORT_ID_LEN)
		return FALSE;
	for (const char *p = text; *p; p++)
		if (!g_ascii_isdigit(*p) && !(*p >= 'a' && *p <= 'f'))
			return FALSE;
	return TRUE;
}

/* A report's SHA-256 in NODE. */
static gboolean get_report_id(Reader *r, const CrYamlNode *node, const char *what, char **out)
{
	g_autofree char *text = NULL;
	if (!get_text(r, node, what, FALSE, &text))
		return FALSE;
	if (!is_report_id(text)) {
		cr_yaml_diag_at(r->diag, node, "%s must be a SHA-256 in lower-case hex (64 characters)",
				what);
		return FALSE;
	}
	*out = g_steal_pointer(&text);
	return TRUE;
}

static gboolean get_time(Reader *r, const CrYamlNode *node, const char *what, gint64 *out)
{
	const char *text;
	if (!cr_yaml_get_string(r->diag, node, what, &text))
		return FALSE;
	if (!cr_note_time_parse(text, out)) {
		cr_yaml_diag_at(r->diag, node, "%s must be a time such as 2024-05-01T12:34:56Z", what);
		return FALSE;
	}
	return TRUE;
}

static void read_report(Reader *r, const CrYamlNode *map)
{
	static const char *const keys[] = { "sha256", "name", "title", "outlet", "date", NULL };
	g_autoptr(CrNoteReport) report = g_new0(CrNoteReport, 1);
	char **fields[] = { &report->name, &report->title, &report->outlet, &report->date };
	const CrYamlNode *id;

	if (!cr_yaml_expect(r->diag, map, CR_YAML_MAPPING, "a report"))
		return;
	cr_yaml_check_keys(r->diag, map, keys, "a report");
	for (guint i = 0; i < G_N_ELEMENTS(fields); i++) {
		const CrYamlNode *value = cr_yaml_get(map, keys[i + 1]);
		if (value && !cr_yaml_is_null(value))
			get_text(r, value, keys[i + 1], FALSE, fields[i]);
	}
	if (!(id = required(r, map, "sha256", "a report")) || !get_report_id(r, id, "sha256", &report->id))
		return;
	if (cr_note_set_report(r->set, report->id)) {
		cr_yaml_diag_at(r->diag, id, "the report %.12s is listed twice", report->id);
		return;
	}
	g_ptr_array_add(r->set->reports, g_steal_pointer(&report));
}

/* The optional text under KEY of MAP into *OUT: "" when it is missing. */
static gboolean get_optional_text(Reader *r, const CrYamlNode *map, const char *key, char **out)
{
	const CrYamlNode *value = cr_yaml_get(map, key);
	if (value)
		return get_text(r, value, key, TRUE, out);
	*out = g_strdup("");
	return TRUE;
}

/* One citation of a note into NOTE; FALSE when it is not whole. */
static gboolean read_citation(Reader *r, const CrYamlNode *map, CrNote *note)
{
	static const char *const keys[] = { "report", "start", "end", "text", "before", "after", NULL };
	const CrYamlNode *report, *start, *end, *text;
	gint64 s = 0, e = 0;
	CrCitation c = { 0 };
	gboolean ok;

	if (!cr_yaml_expect(r->diag, map, CR_YAML_MAPPING, "a citation"))
		return FALSE;
	ok = cr_yaml_check_keys(r->diag, map, keys, "a citation");
	ok &= (report = required(r, map, "report", "a citation")) &&
	      get_report_id(r, report, "report", &c.report);
	if (c.report && !cr_note_set_report(r->set, c.report)) {
		cr_yaml_diag_at(r->diag, report, "the report %.12s is not among the file's reports",
				c.report);
		ok = FALSE;
	}
	gboolean offsets = (start = required(r, map, "start", "a citation")) &&
			   cr_yaml_get_int(r->diag, start, "start", 0, (gint64)CR_MAX_FILE_BYTES, &s);
	offsets &= (end = required(r, map, "end", "a citation")) &&
		   cr_yaml_get_int(r->diag, end, "end", 0, (gint64)CR_MAX_FILE_BYTES, &e);
	ok &= offsets;
	if (offsets && e < s) {
		cr_yaml_diag_at(r->diag, end,
				"end (%" G_GINT64_FORMAT ") is before start (%" G_GINT64_FORMAT ")", e, s);
		ok = FALSE;
	}
	ok &= (text = required(r, map, "text", "a citation")) && get_text(r, text, "text", TRUE, &c.text);
	ok &= get_optional_text(r, map, "before", &c.before);
	ok &= get_optional_text(r, map, "after", &c.after);
	c.start = (gsize)s;
	c.end = (gsize)e;
	if (!ok) {
		cr_citation_clear(&c);
		return FALSE;
	}
	g_array_append_val(note->citations, c);
	return TRUE;
}

static gboolean read_fact(Reader *r, const CrYamlNode *map, CrNote *note)
{
	static const char *const keys[] = { "kind", "value", NULL };
	const char *kinds[CR_FACT_N_KINDS + 1] = { NULL };
	const CrYamlNode *kind, *value;
	const char *name;

	if (!cr_yaml_expect(r->diag, map, CR_YAML_MAPPING, "fact"))
		return FALSE;
	gboolean ok = cr_yaml_check_keys(r->diag, map, keys, "fact");
	for (int k = 0; k < CR_FACT_N_KINDS; k++)
		kinds[k] = cr_fact_kind_name((CrFactKind)k);
	if ((kind = required(r, map, "kind", "fact")) && cr_yaml_get_string(r->diag, kind, "kind", &name)) {
		for (int k = 0; k < CR_FACT_N_KINDS; k++)
			if (g_str_equal(name, kinds[k]))
				note->fact_kind = k;
		if (note->fact_kind < 0) {
			g_autofree char *list = g_strjoinv(", ", (char **)kinds);
			cr_yaml_diag_at(r->diag, kind, "kind must be one of %s", list);
			ok = FALSE;
		}
	} else {
		ok = FALSE;
	}
	ok &= (value = required(r, map, "value", "fact")) &&
	      get_text(r, value, "value", TRUE, &note->fact_value);
	return ok;
}

static gboolean is_note_id(const char *id)
{
	if (!*id || strlen(id) > MAX_ID_BYTES)
		return FALSE;
	for (const char *p = id; *p; p++)
		if (!g_ascii_isalnum(*p) && *p != '-' && *p != '_')
			return FALSE;
	return TRUE;
}

static void read_note(Reader *r, const CrYamlNode *map)
{
	static const char *const keys[] = {
		"id", "created", "updated", "draft", "fact", "text", "cites", NULL
	};
	const CrYamlNode *id, *created, *updated, *text, *cites, *draft, *fact;
	g_autoptr(CrNote) note = cr_note_new(NULL, 0);
	gboolean ok;

	g_clear_pointer(&note->id, g_free);
	if (!cr_yaml_expect(r->diag, map, CR_YAML_MAPPING, "a note"))
		return;
	ok = cr_yaml_check_keys(r->diag, map, keys, "a note");
	if ((id = required(r, map, "id", "a note")) && get_text(r, id, "id", FALSE, &note->id)) {
		const CrYamlNode *first = g_hash_table_lookup(r->note_ids, note->id);
		if (!is_note_id(note->id)) {
			cr_yaml_diag_at(r->diag, id, "id must be letters, digits and '-' (at most %d)",
					MAX_ID_BYTES);
			ok = FALSE;
		} else if (first) {
			cr_yaml_diag_at(r->diag, id, "a second note with id %s (first at %u:%u)", note->id,
					first->line, first->column);
			ok = FALSE;
		} else {
			g_hash_table_insert(r->note_ids, g_strdup(note->id), (gpointer)id);
		}
	} else {
		ok = FALSE;
	}
	ok &= (created = required(r, map, "created", "a note")) &&
	      get_time(r, created, "created", &note->created);
	ok &= (updated = required(r, map, "updated", "a note")) &&
	      get_time(r, updated, "updated", &note->updated);
	if ((draft = cr_yaml_get(map, "draft")))
		ok &= cr_yaml_get_bool(r->diag, draft, "draft", &note->draft);
	if ((fact = cr_yaml_get(map, "fact")) && !cr_yaml_is_null(fact))
		ok &= read_fact(r, fact, note);
	ok &= (text = required(r, map, "text", "a note")) && get_text(r, text, "text", TRUE, &note->text);
	if ((cites = required(r, map, "cites", "a note")) &&
	    cr_yaml_expect(r->diag, cites, CR_YAML_SEQUENCE, "cites")) {
		for (guint i = 0; i < cites->items->len; i++)
			ok &= read_citation(r, g_ptr_array_index(cites->items, i), note);
		if (cites->items->len == 0) {
			cr_yaml_diag_at(r->diag, cites, "a note cites at least one passage");
			ok = FALSE;
		}
	} else {
		ok = FALSE;
	}
	if (ok)
		cr_note_set_add(r->set, g_steal_pointer(&note));
}

/* The list under KEY of ROOT, or NULL (a missing list is an empty one). */
static const CrYamlNode *list_of(Reader *r, const CrYamlNode *root, const char *key)
{
	const CrYamlNode *list = cr_yaml_get(root, key);
	if (!list || cr_yaml_is_null(list) || !cr_yaml_expect(r->diag, list, CR_YAML_SEQUENCE, key))
		return NULL;
	return list;
}

/* Checks the version; FALSE (and *TOO_NEW when later than this one reads). */
static gboolean check_version(Reader *r, const CrYamlNode *root, gboolean *too_new)
{
	const CrYamlNode *node = required(r, root, "version", "the notes file");
	gint64 version;
	if (!node || !cr_yaml_get_int(r->diag, node, "version", 1, G_MAXINT32, &version))
		return FALSE;
	if (version > CR_NOTES_VERSION) {
		cr_yaml_diag_at(r->diag, node,
				"written by a later crossread (notes version %" G_GINT64_FORMAT
				"); this one reads version %d",
				version, CR_NOTES_VERSION);
		*too_new = TRUE;
		return FALSE;
	}
	return TRUE;
}

CrNoteSet *cr_notes_parse(const char *data, gsize len, const char *file, gboolean *too_new, GError **error)
{
	static const char *const keys[] = { "version", "reports", "notes", NULL };
	g_auto(CrYamlDiag) diag = { 0 };
	gboolean newer = FALSE;
	Reader r = { .diag = &diag };

	cr_yaml_diag_init(&diag, file);
	if (too_new)
		*too_new = FALSE;
	g_autoptr(CrYamlNode) root = cr_yaml_parse(data, len, &notes_limits, &diag);
	if (!root && cr_yaml_diag_ok(&diag))
		cr_yaml_diag_add(&diag, 0, 0, "empty: not a notes file");
	if (!root || !cr_yaml_expect(&diag, root, CR_YAML_MAPPING, "a notes file")) {
		cr_yaml_diag_to_error(&diag, error);
		return NULL;
	}
	if (!check_version(&r, root, &newer)) {
		if (too_new)
			*too_new = newer;
		cr_yaml_diag_to_error(&diag, error);
		return NULL;
	}
	cr_yaml_check_keys(&diag, root, keys, "the notes file");
	r.set = cr_note_set_new();
	r.note_ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	const CrYamlNode *reports = list_of(&r, root, "reports"), *notes = list_of(&r, root, "notes");
	for (guint i = 0; reports && i < reports->items->len; i++)
		read_report(&r, g_ptr_array_index(reports->items, i));
	for (guint i = 0; notes && i < notes->items->len; i++)
		read_note(&r, g_ptr_array_index(notes->items, i));
	g_hash_table_unref(r.note_ids);
	if (!cr_yaml_diag_to_error(&diag, error)) {
		cr_note_set_free(r.set);
		return NULL;
	}
	return r.set;
}

/* --- writing ----------------------------------------------------------- */

static void write_optional(CrYamlWriter *w, const char *key, const char *text)
{
	if (text)
		cr_yaml_write_key_text(w, key, text);
}

static void write_note(CrYamlWriter *w, const CrNote *note)
{
	g_autofree char *created = cr_note_time_format(note->created);
	g_autofree char *updated = cr_note_time_format(note->updated);

	cr_yaml_write_map_start(w, FALSE);
	cr_yaml_write_key_plain(w, "id", note->id);
	cr_yaml_write_key_plain(w, "created", created);
	cr_yaml_write_key_plain(w, "updated", updated);
	if (note->draft)
		cr_yaml_write_key_plain(w, "draft", "true");
	if (note->fact_kind >= 0) {
		cr_yaml_write_plain(w, "fact");
		cr_yaml_write_map_start(w, TRUE);
		cr_yaml_write_key_plain(w, "kind", cr_fact_kind_name((CrFactKind)note->fact_kind));
		cr_yaml_write_key_text(w, "value", note->fact_value ? note->fact_value : "");
		cr_yaml_write_end(w);
	}
	cr_yaml_write_key_text(w, "text", note->text);
	cr_yaml_write_plain(w, "cites");
	cr_yaml_write_seq_start(w, FALSE);
	for (guint i = 0; i < note->citations->len; i++) {
		const CrCitation *c = &g_array_index(note->citations, CrCitation, i);
		cr_yaml_write_map_start(w, FALSE);
		cr_yaml_write_key_plain(w, "report", c->report);
		cr_yaml_write_key_uint(w, "start", c->start);
		cr_yaml_write_key_uint(w, "end", c->end);
		cr_yaml_write_key_text(w, "text", c->text);
		cr_yaml_write_key_text(w, "before", c->before);
		cr_yaml_write_key_text(w, "after", c->after);
		cr_yaml_write_end(w);
	}
	cr_yaml_write_end(w);
	cr_yaml_write_end(w);
}

char *cr_notes_to_yaml(const CrNoteSet *set, GError **error)
{
	g_autoptr(CrYamlWriter) w = cr_yaml_writer_new();

	cr_yaml_write_map_start(w, FALSE);
	cr_yaml_write_key_uint(w, "version", CR_NOTES_VERSION);
	cr_yaml_write_plain(w, "reports");
	cr_yaml_write_seq_start(w, FALSE);
	for (guint i = 0; i < set->reports->len; i++) {
		const CrNoteReport *report = g_ptr_array_index(set->reports, i);
		cr_yaml_write_map_start(w, FALSE);
		cr_yaml_write_key_plain(w, "sha256", report->id);
		write_optional(w, "name", report->name);
		write_optional(w, "title", report->title);
		write_optional(w, "outlet", report->outlet);
		write_optional(w, "date", report->date);
		cr_yaml_write_end(w);
	}
	cr_yaml_write_end(w);
	cr_yaml_write_plain(w, "notes");
	cr_yaml_write_seq_start(w, FALSE);
	for (guint i = 0; i < set->notes->len; i++)
		write_note(w, g_ptr_array_index(set->notes, i));
	cr_yaml_write_end(w);
	cr_yaml_write_end(w);
	return cr_yaml_writer_finish(w, "crossread reading notes (the format: docs/notes.md)", error);
}

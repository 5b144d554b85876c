/* Reading notes as plain data: reports by identity, citations with their
 * context, notes made at a fact or a line, sets of notes and their merge. */
#include "crossread/notes.h"

#include <string.h>

#include "crossread/text.h"

char *cr_note_report_id(const CrDoc *doc)
{
	return g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)doc->data, doc->len);
}

CrNoteReport *cr_note_report_new(const CrDoc *doc)
{
	CrNoteReport *report = g_new0(CrNoteReport, 1);
	report->id = cr_note_report_id(doc);
	if (strcmp(doc->path, "-") != 0)
		report->name = g_path_get_basename(doc->path);
	report->title = g_strdup(doc->title);
	report->outlet = g_strdup(doc->outlet);
	report->date = g_strdup(doc->date);
	return report;
}

CrNoteReport *cr_note_report_copy(const CrNoteReport *r)
{
	CrNoteReport *copy = g_new0(CrNoteReport, 1);
	copy->id = g_strdup(r->id);
	copy->name = g_strdup(r->name);
	copy->title = g_strdup(r->title);
	copy->outlet = g_strdup(r->outlet);
	copy->date = g_strdup(r->date);
	return copy;
}

void cr_note_report_free(CrNoteReport *report)
{
	if (!report)
		return;
	g_free(report->id);
	g_free(report->name);
	g_free(report->title);
	g_free(report->outlet);
	g_free(report->date);
	g_free(report);
}

GPtrArray *cr_note_reports_for(const CrEngine *engine)
{
	GPtrArray *reports = g_ptr_array_new_with_free_func((GDestroyNotify)cr_note_report_free);
	for (guint d = 0; d < engine->docs->len; d++)
		g_ptr_array_add(reports, cr_note_report_new(g_ptr_array_index(engine->docs, d)));
	return reports;
}

/* --- citations --------------------------------------------------------- */

/* DATA[start,end) as valid UTF-8. */
static char *valid_copy(const char *data, gsize start, gsize end)
{
	return g_utf8_make_valid(data + start, (gssize)(end - start));
}

void cr_citation_init(CrCitation *c, const char *report, const char *data, gsize len, gsize start, gsize end)
{
	end = MIN(end, len);
	start = MIN(start, end);
	if (end - start > CR_NOTE_MAX_PASSAGE) {
		gsize pos = start, last = start;
		while (pos < end && pos - start <= CR_NOTE_MAX_PASSAGE) {
			last = pos;
			cr_text_next(data, len, &pos);
		}
		end = pos - start <= CR_NOTE_MAX_PASSAGE ? pos : last;
	}
	gsize before = start, after = end;
	for (guint i = 0; i < CR_NOTE_CONTEXT_CHARS && before > 0; i++)
		cr_text_prev(data, 0, &before);
	for (guint i = 0; i < CR_NOTE_CONTEXT_CHARS && after < len; i++)
		cr_text_next(data, len, &after);

	c->report = g_strdup(report);
	c->start = start;
	c->end = end;
	c->text = valid_copy(data, start, end);
	c->before = valid_copy(data, before, start);
	c->after = valid_copy(data, end, after);
}

void cr_citation_clear(CrCitation *c)
{
	g_clear_pointer(&c->report, g_free);
	g_clear_pointer(&c->text, g_free);
	g_clear_pointer(&c->before, g_free);
	g_clear_pointer(&c->after, g_free);
}

static void citation_copy(CrCitation *to, const CrCitation *from)
{
	*to = *from;
	to->report = g_strdup(from->report);
	to->text = g_strdup(from->text);
	to->before = g_strdup(from->before);
	to->after = g_strdup(from->after);
}

static gboolean citation_equal(const CrCitation *a, const CrCitation *b)
{
	return a->start == b->start && a->end == b->end && g_str_equal(a->report, b->report) &&
	       g_str_equal(a->text, b->text) && g_str_equal(a->before, b->before) &&
	       g_str_equal(a->after, b->after);
}

/* --- notes ------------------------------------------------------------- */

static GArray *citations_new(void)
{
	GArray *citations = g_array_new(FALSE, TRUE, sizeof(CrCitation));
	g_array_set_clear_func(citations, (GDestroyNotify)cr_citation_clear);
	return citations;
}

CrNote *cr_note_new(const char *text, gint64 now)
{
	CrNote *note = g_new0(CrNote, 1);
	note->id = g_uuid_string_random();
	note->created = note->updated = now;
	note->text = g_strdup(text);
	note->fact_kind = -1;
	note->citations = citations_new();
	return note;
}

CrNote *cr_note_copy(const CrNote *note)
{
	CrNote *copy = g_new0(CrNote, 1);
	*copy = *note;
	copy->id = g_strdup(note->id);
	copy->text = g_strdup(note->text);
	copy->fact_value = g_strdup(note->fact_value);
	copy->citations = citations_new();
	g_array_set_size(copy->citations, note->citations->len);
	for (guint i = 0; i < note->citations->len; i++)
		citation_copy(&g_array_index(copy->citations, CrCitation, i),
			      &g_array_index(note->citations, CrCitation, i));
	return copy;
}

void cr_note_free(CrNote *note)
{
	if (!note)
		return;
	g_free(note->id);
	g_free(note->text);
	g_free(note->fact_value);
	g_array_unref(note->citations);
	g_free(note);
}

/* Appends a citation of [start,end) of report DOC. */
static void cite(CrNote *note, const CrEngine *engine, const GPtrArray *reports, guint doc, gsize start,
		 gsize end)
{
	const CrDoc *d = g_ptr_array_index(engine->docs, doc);
	const CrNoteReport *r = g_ptr_array_index(reports, doc);
	CrCitation c;
	cr_citation_init(&c, r->id, d->data, d->len, start, end);
	g_array_append_val(note->citations, c);
}

CrNote *cr_note_new_at_fact(const CrEngine *engine, const GPtrArray *reports, guint fact, const char *text,
			    gint64 now)
{
	const CrFact *f = &g_array_index(engine->facts, CrFact, fact);
	const CrGroup *group = f->group >= 0 ? g_ptr_array_index(engine->alignment->groups, f->group) : NULL;
	CrNote *note = cr_note_new(text, now);
	guint32 cited = 0;

	note->fact_kind = (int)f->kind;
	note->fact_value = g_strdup(group ? group->value : f->value);
	/* by report: the fact itself where it was written, each other
	 * report's first wording of it elsewhere */
	for (guint d = 0; d < engine->docs->len; d++) {
		if (d == f->doc) {
			cite(note, engine, reports, d, f->start, f->end);
			continue;
		}
		for (guint i = 0; group && i < group->facts->len && !(cited & (1u << d)); i++) {
			const CrFact *m =
			    &g_array_index(engine->facts, CrFact, g_array_index(group->facts, guint, i));
			if (m->doc == d) {
				cite(note, engine, reports, d, m->start, m->end);
				cited |= 1u << d;
			}
		}
	}
	return note;
}

CrNote *cr_note_new_at_span(const CrEngine *engine, const GPtrArray *reports, guint doc, gsize start,
			    gsize end, const char *text, gint64 now)
{
	CrNote *note = cr_note_new(text, now);
	cite(note, engine, reports, doc, start, end);
	return note;
}

void cr_note_set_text(CrNote *note, const char *text, gboolean draft, gint64 now)
{
	g_free(note->text);
	note->text = g_strdup(text);
	note->draft = draft;
	/* a later time even when the clock went back: merges go by it */
	note->updated = MAX(now, note->updated + 1);
}

gboolean cr_note_equal(const CrNote *a, const CrNote *b)
{
	if (!g_str_equal(a->id, b->id) || a->created != b->created || a->updated != b->updated ||
	    !g_str_equal(a->text, b->text) || a->draft != b->draft || a->fact_kind != b->fact_kind ||
	    g_strcmp0(a->fact_value, b->fact_value) != 0 || a->citations->len != b->citations->len)
		return FALSE;
	for (guint i = 0; i < a->citations->len; i++)
		if (!citation_equal(&g_array_index(a->citations, CrCitation, i),
				    &g_array_index(b->citations, CrCitation, i)))
			return FALSE;
	return TRUE;
}

/* --- sets -------------------------------------------------------------- */

CrNoteSet *cr_note_set_new(void)
{
	CrNoteSet *set = g_new0(CrNoteSet, 1);
	set->reports = g_ptr_array_new_with_free_func((GDestroyNotify)cr_note_report_free);
	set->notes = g_ptr_array_new_with_free_func((GDestroyNotify)cr_note_free);
	return set;
}

CrNoteSet *cr_note_set_copy(const CrNoteSet *set)
{
	CrNoteSet *copy = cr_note_set_new();
	for (guint i = 0; i < set->reports->len; i++)
		g_ptr_array_add(copy->reports, cr_note_report_copy(g_ptr_array_index(set->reports, i)));
	for (guint i = 0; i < set->notes->len; i++)
		g_ptr_array_add(copy->notes, cr_note_copy(g_ptr_array_index(set->notes, i)));
	return copy;
}

void cr_note_set_free(CrNoteSet *set)
{
	if (!set)
		return;
	g_ptr_array_unref(set->reports);
	g_ptr_array_unref(set->notes);
	g_free(set);
}

const CrNoteReport *cr_note_set_report(const CrNoteSet *set, const char *id)
{
	for (guint i = 0; i < set->reports->len; i++) {
		const CrNoteReport *r = g_ptr_array_index(set->reports, i);
		if (g_str_equal(r->id, id))
			return r;
	}
	return NULL;
}

/* Sets *FIELD to a copy of VALUE when it has none. */
static void fill_gap(char **field, const char *value)
{
	if (!*field && value)
		*field = g_strdup(value);
}

void cr_note_set_add_report(CrNoteSet *set, const CrNoteReport *report)
{
	CrNoteReport *there = (CrNoteReport *)cr_note_set_report(set, report->id);
	if (!there) {
		g_ptr_array_add(set->reports, cr_note_report_copy(report));
		return;
	}
	fill_gap(&there->name, report->name);
	fill_gap(&there->title, report->title);
	fill_gap(&there->outlet, report->outlet);
	fill_gap(&there->date, report->date);
}

CrNote *cr_note_set_find(const CrNoteSet *set, const char *id, guint *index)
{
	for (guint i = 0; i < set->notes->len; i++) {
		CrNote *note = g_ptr_array_index(set->notes, i);
		if (g_str_equal(note->id, id)) {
			if (index)
				*index = i;
			return note;
		}
	}
	return NULL;
}

/* Creation order, then id: the order of a notes file. */
static int note_order(const CrNote *a, const CrNote *b)
{
	if (a->created != b->created)
		return a->created < b->created ? -1 : 1;
	return strcmp(a->id, b->id);
}

void cr_note_set_add(CrNoteSet *set, CrNote *note)
{
	guint at = set->notes->len;
	while (at > 0 && note_order(g_ptr_array_index(set->notes, at - 1), note) > 0)
		at--;
	g_ptr_array_insert(set->notes, (gint)at, note);
}

gboolean cr_note_set_remove(CrNoteSet *set, const char *id)
{
	guint index;
	if (!cr_note_set_find(set, id, &index))
		return FALSE;
	g_ptr_array_remove_index(set->notes, index);
	return TRUE;
}

/* TRUE when NOTE was changed here since the file was last read or written. */
static gboolean changed_here(const CrNote *note, GHashTable *synced)
{
	const gint64 *when = g_hash_table_lookup(synced, note->id);
	return !when || *when != note->updated;
}

CrNoteSet *cr_note_set_merge(const CrNoteSet *local, const CrNoteSet *disk, GHashTable *synced,
			     GHashTable *deleted)
{
	CrNoteSet *merged = cr_note_set_new();

	for (guint i = 0; i < disk->reports->len; i++)
		cr_note_set_add_report(merged, g_ptr_array_index(disk->reports, i));
	for (guint i = 0; i < local->reports->len; i++)
		cr_note_set_add_report(merged, g_ptr_array_index(local->reports, i));

	for (guint i = 0; i < disk->notes->len; i++) {
		const CrNote *theirs = g_ptr_array_index(disk->notes, i);
		const CrNote *ours = cr_note_set_find(local, theirs->id, NULL);
		const gint64 *deleted_at = g_hash_table_lookup(deleted, theirs->id);
		if (ours && changed_here(ours, synced) && ours->updated >= theirs->updated)
			cr_note_set_add(merged, cr_note_copy(ours));
		else if (ours || !deleted_at || theirs->updated > *deleted_at)
			cr_note_set_add(merged, cr_note_copy(theirs));
	}
	for (guint i = 0; i < local->notes->len; i++) {
		const CrNote *ours = g_ptr_array_index(local->notes, i);
		if (!cr_note_set_find(disk, ours->id, NULL) && changed_here(ours, synced))
			cr_note_set_add(merged, cr_note_copy(ours));
	}
	return merged;
}

/* --- times ------------------------------------------------------------- */

char *cr_note_time_format(gint64 usec)
{
	gint64 seconds = usec / G_USEC_PER_SEC, micro = usec % G_USEC_PER_SEC;
	if (micro < 0) {
		micro += G_USEC_PER_SEC;
		seconds--;
	}
	g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc(seconds);
	if (!time)
		return g_strdup("1970-01-01T00:00:00.000000Z");
	/* four digits of year always: GLib's %Y writes year 657 as "657" */
	int year, month, day;
	g_date_time_get_ymd(time, &year, &month, &day);
	return g_strdup_printf("%04d-%02d-%02dT%02d:%02d:%02d.%06" G_GINT64_FORMAT "Z", year, month, day,
			       g_date_time_get_hour(time), g_date_time_get_minute(time),
			       g_date_time_get_second(time), micro);
}

gboolean cr_note_time_parse(const char *text, gint64 *usec)
{
	g_autoptr(GDateTime) time = g_date_time_new_from_iso8601(text, NULL);
	if (!time)
		return FALSE;
	*usec = g_date_time_to_unix(time) * G_USEC_PER_SEC + g_date_time_get_microsecond(time);
	return TRUE;
}

/* Reading notes in the reader: placed on the reports, written, edited,
 * deleted, jumped to and exported through prompts on the status line. */
#include "crossread/view_notes.h"

#include <string.h>

#include "crossread/notes_export.h"
#include "crossread/view_prompt.h"
#include "crossread/view_sync.h"

/* What a note prompt writes: a new note at a fact or a span, or the text
 * of the note EDIT_ID. */
typedef struct {
	int fact;  /* the fact it is at, or -1 */
	guint doc; /* else [start,end) of this report */
	gsize start, end;
	char *edit_id; /* the note edited, or NULL for a new one */
	char *text;    /* what was typed, while the user is asked about it */
} NoteTarget;

static void target_free(gpointer data)
{
	NoteTarget *target = data;
	g_free(target->edit_id);
	g_free(target->text);
	g_free(target);
}

static NoteTarget *target_copy(const NoteTarget *target, const char *text)
{
	NoteTarget *copy = g_new(NoteTarget, 1);
	*copy = *target;
	copy->edit_id = g_strdup(target->edit_id);
	copy->text = g_strdup(text);
	return copy;
}

/* --- the notes and where they lie -------------------------------------- */

void cr_view_notes_free(CrViewNotes *notes)
{
	if (!notes)
		return;
	cr_note_store_free(notes->store);
	g_ptr_array_unref(notes->reports);
	if (notes->placed)
		g_ptr_array_unref(notes->placed);
	for (guint d = 0; d < CR_MAX_DOCUMENTS; d++)
		if (notes->spans[d])
			g_array_unref(notes->spans[d]);
	g_free(notes);
}

static gint span_order(gconstpointer a, gconstpointer b)
{
	const CrNoteSpan *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->note < y->note ? -1 : x->note > y->note;
}

/* Places the notes again after a change, and asks for the panes to be
 * placed again when a report gains its first note or loses its last. */
static void refresh(CrView *view)
{
	CrViewNotes *notes = view->notes;
	g_autoptr(GPtrArray) sets = cr_note_store_sets(notes->store);

	if (notes->placed)
		g_ptr_array_unref(notes->placed);
	notes->placed = cr_notes_place(sets, view->engine, notes->reports);
	for (guint d = 0; d < view->n_panes; d++) {
		gboolean had = notes->spans[d] && notes->spans[d]->len > 0;
		if (notes->spans[d])
			g_array_set_size(notes->spans[d], 0);
		else
			notes->spans[d] = g_array_new(FALSE, FALSE, sizeof(CrNoteSpan));
		for (guint i = 0; i < notes->placed->len; i++) {
			const CrPlacedNote *pn = g_ptr_array_index(notes->placed, i);
			for (guint k = 0; k < pn->places->len; k++) {
				const CrNotePlace *place = &g_array_index(pn->places, CrNotePlace, k);
				CrNoteSpan span = { place->start, place->end, i };
				if (place->doc == d && place->how != CR_PLACE_ORPHAN)
					g_array_append_val(notes->spans[d], span);
			}
		}
		g_array_sort(notes->spans[d], span_order);
		view->relayout |= had != (notes->spans[d]->len > 0);
	}
}

/* Every line of TEXT (warnings, an error) for the status line, on one. */
static char *one_line(const char *text)
{
	g_auto(GStrv) lines = g_strsplit(text, "\n", -1);
	return g_strjoinv("; ", lines);
}

void cr_view_notes_open(CrView *view, const char *dir, const char *file)
{
	g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GError) error = NULL;
	CrViewNotes *notes = g_new0(CrViewNotes, 1);

	cr_view_notes_free(view->notes);
	view->notes = notes;
	notes->reports = cr_note_reports_for(view->engine);
	notes->store = cr_note_store_open(dir, file, notes->reports, TRUE, warnings, &error);
	if (notes->store)
		refresh(view);
	if (error)
		g_ptr_array_add(warnings, g_strdup_printf("notes are off: %s", error->message));
	if (warnings->len) {
		g_ptr_array_add(warnings, NULL);
		g_autofree char *all = g_strjoinv("\n", (char **)warnings->pdata);
		g_autofree char *line = one_line(all);
		/* the directory's files by their names: the status line is short */
		g_autofree char *prefix = g_strconcat(dir, G_DIR_SEPARATOR_S, NULL);
		g_auto(GStrv) parts = g_strsplit(line, prefix, -1);
		g_autofree char *shorter = g_strjoinv("", parts);
		cr_view_message(view, "%s", shorter);
	}
}

void cr_view_notes_aligned(CrView *view)
{
	CrViewNotes *notes = view->notes;
	if (!notes)
		return;
	/* the date extractor found them: kept with the notes from now on */
	for (guint d = 0; d < notes->reports->len; d++) {
		CrNoteReport *report = g_ptr_array_index(notes->reports, d);
		const CrDoc *doc = g_ptr_array_index(view->engine->docs, d);
		if (!report->date && doc->date)
			report->date = g_strdup(doc->date);
	}
	if (notes->store)
		refresh(view);
}

gboolean cr_view_notes_in(const CrView *view, guint doc)
{
	return view->notes && view->notes->spans[doc] && view->notes->spans[doc]->len > 0;
}

const CrPlacedNote *cr_view_note_at(const CrView *view, guint doc, gsize start, gsize end)
{
	if (!cr_view_notes_in(view, doc))
		return NULL;
	const GArray *spans = view->notes->spans[doc];
	guint best = G_MAXUINT;
	for (guint i = 0; i < spans->len; i++) {
		const CrNoteSpan *span = &g_array_index(spans, CrNoteSpan, i);
		if (span->start >= end)
			break;
		/* overlapping, or an empty passage inside */
		if (span->end > start || span->start >= start)
			best = MIN(best, span->note);
	}
	return best == G_MAXUINT ? NULL : g_ptr_array_index(view->notes->placed, best);
}

/* FALSE, and a message saying why, when the reader keeps no notes. */
static gboolean notes_on(CrView *view)
{
	if (view->notes && view->notes->store)
		return TRUE;
	cr_view_message(view, "notes are off (the message at the start said why)");
	return FALSE;
}

/* The message after a change: MESSAGE, or why it was not saved. */
static void after_change(CrView *view, gboolean saved, const GError *error, GPtrArray *warnings,
			 const char *message)
{
	refresh(view);
	if (!saved) {
		g_autofree char *why = one_line(error->message);
		cr_view_message(view, "NOT saved (tried again at the next change): %s", why);
	} else if (warnings->len) {
		g_ptr_array_add(warnings, NULL);
		g_autofree char *all = g_strjoinv("\n", (char **)warnings->pdata);
		g_autofree char *line = one_line(all);
		cr_view_message(view, "%s; %s", message, line);
	} else {
		cr_view_message(view, "%s", message);
	}
}

/* --- writing a note ------------------------------------------------------ */

/* A new note for TARGET with TEXT. */
static CrNote *note_for(const CrView *view, const NoteTarget *target, const char *text, gint64 now)
{
	const GPtrArray *reports = view->notes->reports;
	if (target->fact >= 0)
		return cr_note_new_at_fact(view->engine, reports, (guint)target->fact, text, now);
	return cr_note_new_at_span(view->engine, reports, target->doc, target->start, target->end, text, now);
}

/* Saves TEXT for TARGET: a new note, or the edited one; DRAFT when the
 * reader is ending while it is typed. */
static gboolean save_note(CrView *view, const NoteTarget *target, const char *text, gboolean draft,
			  GPtrArray *warnings, GError **error)
{
	CrNoteStore *store = view->notes->store;
	gint64 now = g_get_real_time();
	const CrNote *edited = target->edit_id ? cr_note_store_find(store, target->edit_id, NULL) : NULL;

	/* an edit saved, or one of a note deleted meanwhile: the store says so */
	if (target->edit_id && (!edited || !draft))
		return cr_note_store_edit(store, target->edit_id, text, FALSE, now, warnings, error);
	CrNote *note;
	if (edited) {
		/* an edit cut short is kept beside the note it was to change */
		note = cr_note_copy(edited);
		g_free(note->id);
		note->id = g_uuid_string_random();
		note->created = now;
		cr_note_set_text(note, text, TRUE, now);
	} else {
		note = note_for(view, target, text, now);
		note->draft = draft;
	}
	return cr_note_store_add(store, note, warnings, error);
}

static void note_submit(CrView *view, const char *text, gpointer data)
{
	const NoteTarget *target = data;
	g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GError) error = NULL;
	g_autofree char *stripped = g_strstrip(g_strdup(text));

	if (!*stripped) {
		cr_view_message(view, "an empty note is not kept");
		return;
	}
	gboolean saved = save_note(view, target, stripped, FALSE, warnings, &error);
	after_change(view, saved, error, warnings, target->edit_id ? "note changed" : "note saved");
}

static void note_cancel(CrView *view, const char *text, gpointer data);

static const CrPromptOps note_prompt = {
	.submit = note_submit,
	.cancel = note_cancel,
	.free = target_free,
};

/* Opens the note prompt for TARGET (taken) with INITIAL text. */
static void open_note_prompt(CrView *view, NoteTarget *target, const char *initial)
{
	g_autofree char *label = NULL;
	if (target->edit_id)
		label = g_strdup("edit note: ");
	else if (target->fact >= 0)
		label = g_strdup_printf("note at the %s: ",
					cr_fact_kind_name(cr_view_fact(view, target->fact)->kind));
	else
		label = g_strdup("note at this line: ");
	cr_view_prompt_open(view, label, initial, &note_prompt, target);
}

/* y: what was typed is dropped. */
static void discard_yes(CrView *view, const char *text, gpointer data)
{
	(void)text;
	(void)data;
	cr_view_message(view, "note dropped");
}

/* n (or any other key): back to the note, as it was typed. */
static void discard_no(CrView *view, const char *text, gpointer data)
{
	const NoteTarget *target = data;
	(void)text;
	open_note_prompt(view, target_copy(target, NULL), target->text);
}

static const CrPromptOps discard_question = {
	.submit = discard_yes,
	.cancel = discard_no,
	.free = target_free,
};

/* Esc: nothing typed, nothing to ask. */
static void note_cancel(CrView *view, const char *text, gpointer data)
{
	if (*text)
		cr_view_prompt_ask(view, "drop the note typed? (y/n) ", &discard_question,
				   target_copy(data, text));
}

/* The row of PANE's cursor, without the spaces at its ends: [*start,*end). */
static gboolean cursor_line(const CrView *view, const CrPane *pane, gsize *start, gsize *end)
{
	const CrDoc *doc = g_ptr_array_index(view->engine->docs, pane->doc);
	const CrRow *row = cr_pane_row(pane, pane->cursor);
	*start = row->start;
	*end = row->end;
	while (*start < *end && g_ascii_isspace(doc->data[*start]))
		(*start)++;
	while (*end > *start && g_ascii_isspace(doc->data[*end - 1]))
		(*end)--;
	return *end > *start;
}

void cr_view_note_new(CrView *view)
{
	const CrPane *leader = &view->panes[view->focus];
	const CrRow *row = cr_pane_row(leader, leader->cursor);
	const CrFact *fact = view->current >= 0 ? cr_view_fact(view, view->current) : NULL;
	NoteTarget target = { .fact = -1, .doc = leader->doc };

	if (!notes_on(view))
		return;
	if (view->current < 0 && view->group >= 0) {
		/* a fact the focused report lacks, which a jump went to: the
		 * note cites the reports that have it */
		for (guint i = 0; i < view->n_panes && target.fact < 0; i++)
			target.fact = view->panes[i].mark;
	} else if (fact && fact->doc == leader->doc && fact->start < row->end && fact->end > row->start)
		target.fact = view->current;
	else if (!cursor_line(view, leader, &target.start, &target.end)) {
		cr_view_message(view, "nothing to note on this line");
		return;
	}
	open_note_prompt(view, target_copy(&target, NULL), NULL);
}

void cr_view_note_edit(CrView *view, const char *id)
{
	const CrNote *note = notes_on(view) ? cr_note_store_find(view->notes->store, id, NULL) : NULL;
	NoteTarget target = { .fact = -1, .edit_id = (char *)id };
	if (note)
		open_note_prompt(view, target_copy(&target, NULL), note->text);
}

/* --- deleting ------------------------------------------------------------ */

static void delete_yes(CrView *view, const char *text, gpointer data)
{
	g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GError) error = NULL;
	(void)text;
	gboolean saved = cr_note_store_delete(view->notes->store, data, g_get_real_time(), warnings, &error);
	after_change(view, saved, error, warnings, "note deleted");
}

static const CrPromptOps delete_question = {
	.submit = delete_yes,
	.free = g_free,
};

void cr_view_note_delete(CrView *view, const char *id)
{
	if (notes_on(view) && cr_note_store_find(view->notes->store, id, NULL))
		cr_view_prompt_ask(view, "delete this note? (y/n) ", &delete_question, g_strdup(id));
}

/* --- jumping to a note ------------------------------------------------------ */

/* The fact of KIND that starts at START in report DOC, or -1. */
static int fact_at(const CrView *view, guint doc, int kind, gsize start)
{
	for (guint f = view->fact_first[doc]; f < view->fact_end[doc]; f++) {
		const CrFact *fact = cr_view_fact(view, (int)f);
		if (fact->start == start && (int)fact->kind == kind)
			return (int)f;
	}
	return -1;
}

void cr_view_note_jump(CrView *view, const char *id)
{
	const CrNotePlace *to = NULL;
	const CrPlacedNote *pn = NULL;

	for (guint i = 0; view->notes && view->notes->placed && i < view->notes->placed->len && !pn; i++)
		if (g_str_equal(((CrPlacedNote *)g_ptr_array_index(view->notes->placed, i))->note->id, id))
			pn = g_ptr_array_index(view->notes->placed, i);
	/* in the focused report when it is cited there, else the first that is */
	for (guint k = 0; pn && k < pn->places->len; k++) {
		const CrNotePlace *place = &g_array_index(pn->places, CrNotePlace, k);
		if (place->how != CR_PLACE_ORPHAN && (!to || place->doc == view->panes[view->focus].doc))
			to = place;
	}
	if (!to) {
		cr_view_message(view, "this note's passages are not found in this version");
		return;
	}
	if (to->doc != view->focus) {
		view->focus = to->doc;
		view->relayout |= view->zoom;
	}
	int fact = fact_at(view, to->doc, pn->note->fact_kind, to->start);
	if (fact >= 0) {
		cr_view_place_fact(view, fact);
		return;
	}
	CrPane *pane = &view->panes[to->doc];
	guint row = cr_wrap_find(pane->rows, to->start);
	cr_pane_show_row(pane, row, cr_pane_screen_row_for(pane, row));
	cr_view_after_move(view, CR_FOLLOW_PLACE);
}

/* --- exporting ------------------------------------------------------------- */

/* The format a file's name asks for: .md, .csv, .json, else text. */
static CrExportFormat format_for(const char *path)
{
	if (g_str_has_suffix(path, ".md") || g_str_has_suffix(path, ".markdown"))
		return CR_EXPORT_MARKDOWN;
	if (g_str_has_suffix(path, ".csv"))
		return CR_EXPORT_CSV;
	if (g_str_has_suffix(path, ".json"))
		return CR_EXPORT_JSON;
	return CR_EXPORT_TEXT;
}

static void export_to(CrView *view, const char *path)
{
	const CrViewNotes *notes = view->notes;
	g_autofree char *text =
	    cr_notes_export(view->engine, notes->reports, notes->placed, format_for(path));
	g_autofree char *where = g_canonicalize_filename(path, NULL);
	g_autoptr(GError) error = NULL;

	if (!cr_notes_export_write(path, text, &error)) {
		g_autofree char *why = one_line(error->message);
		cr_view_message(view, "notes NOT exported: %s", why);
		return;
	}
	cr_view_message(view, "%u %s written to %s", notes->placed->len,
			notes->placed->len == 1 ? "note" : "notes", where);
}

static void overwrite_yes(CrView *view, const char *text, gpointer data)
{
	(void)text;
	export_to(view, data);
}

static const CrPromptOps overwrite_question = {
	.submit = overwrite_yes,
	.free = g_free,
};

static void export_submit(CrView *view, const char *text, gpointer data)
{
	g_autofree char *path = g_strstrip(g_strdup(text));
	(void)data;
	if (!*path) {
		cr_view_message(view, "no file name: nothing exported");
		return;
	}
	if (g_file_test(path, G_FILE_TEST_EXISTS)) {
		g_autofree char *question = g_strdup_printf("%s exists: overwrite it? (y/n) ", path);
		cr_view_prompt_ask(view, question, &overwrite_question, g_steal_pointer(&path));
		return;
	}
	export_to(view, path);
}

static const CrPromptOps export_prompt = { .submit = export_submit };

void cr_view_notes_export(CrView *view)
{
	if (!notes_on(view))
		return;
	g_autoptr(GDateTime) today = g_date_time_new_now_local();
	g_autofree char *name = g_date_time_format(today, "crossread-notes-%Y-%m-%d.txt");
	cr_view_prompt_open(view, "export notes to: ", name, &export_prompt, NULL);
}

/* --- the end --------------------------------------------------------------- */

gboolean cr_view_notes_finish(CrView *view, GError **error)
{
	if (!view->notes || !view->notes->store)
		return TRUE;
	const NoteTarget *typing = cr_view_prompt_data(view, &note_prompt);
	const char *text = typing ? cr_view_prompt_typed(view) : NULL;
	if (!typing && (typing = cr_view_prompt_data(view, &discard_question)))
		text = typing->text;
	g_autofree char *stripped = text ? g_strstrip(g_strdup(text)) : NULL;
	if (stripped && *stripped && !save_note(view, typing, stripped, TRUE, NULL, error))
		return FALSE;
	return cr_note_store_save(view->notes->store, NULL, error);
}

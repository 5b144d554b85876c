/* Reading notes in the reader: the notes on the open reports, placed in
 * them (notes_attach.h), and what writes (m), edits, deletes, jumps to and
 * exports (E) them. Every change is saved at once (notes_store.h); a note
 * being typed when the reader ends is saved as a draft. */
#pragma once

#include "crossread/notes_attach.h"
#include "crossread/notes_store.h"
#include "crossread/view_model.h"

/* Where a note lies in one report: a place that was found. */
typedef struct {
	gsize start, end;
	guint note; /* index into placed */
} CrNoteSpan;

struct CrViewNotes {
	CrNoteStore *store;		 /* NULL when the notes could not be opened */
	GPtrArray *reports;		 /* CrNoteReport*, one per open report */
	GPtrArray *placed;		 /* CrPlacedNote*, in reading order */
	GArray *spans[CR_MAX_DOCUMENTS]; /* CrNoteSpan by start, per report */
};

/* Opens the notes on VIEW's reports: the file FILE when given, else those
 * of the notes directory DIR; what went wrong (a damaged file moved aside)
 * becomes the status message. */
void cr_view_notes_open(CrView *view, const char *dir, const char *file);
void cr_view_notes_free(CrViewNotes *notes);

/* The engine's analysis has arrived: the reports' publication dates are
 * kept with the notes, and the notes placed again. */
void cr_view_notes_aligned(CrView *view);

/* TRUE when a note lies in report DOC. */
gboolean cr_view_notes_in(const CrView *view, guint doc);

/* The first note (in reading order) that lies in [start,end) of report
 * DOC, or NULL. */
const CrPlacedNote *cr_view_note_at(const CrView *view, guint doc, gsize start, gsize end);

/* m: a prompt for a note at the current fact, or at the cursor line. */
void cr_view_note_new(CrView *view);

/* A prompt to edit the note ID. */
void cr_view_note_edit(CrView *view, const char *id);

/* Asks, then deletes the note ID. */
void cr_view_note_delete(CrView *view, const char *id);

/* Shows where the note ID lies, every pane lined up on it as after ]. */
void cr_view_note_jump(CrView *view, const char *id);

/* E: asks for a file name (crossread-notes-YYYY-MM-DD.txt), asks before
 * overwriting, exports (text; .md, .csv, .json by the name) and says where. */
void cr_view_notes_export(CrView *view);

/* The reader is ending (q, a signal, the terminal gone): a note being
 * typed is saved as a draft, and every notes file saved. FALSE and ERROR
 * when something could not be saved. */
gboolean cr_view_notes_finish(CrView *view, GError **error);

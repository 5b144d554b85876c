/* Where notes live: one directory ($XDG_DATA_HOME/crossread/notes/) with
 * one file for each set of reports read together, named by a hash of
 * their SHA-256s; or one file the user names (--notes FILE). Opening a set
 * of reports reads its own file and every other file of the directory
 * that mentions one of its reports, so that the notes on a report show
 * whatever other reports it is read with. New notes go to the set's own
 * file; a changed note goes back to the file it came from. */
#pragma once

#include "crossread/notes_file.h"

typedef struct {
	char *dir;	    /* the store directory; NULL with a file of the user's */
	GPtrArray *files;   /* CrNoteFile*: the set's own file first, then the
			       others with notes on the open reports */
	GPtrArray *reports; /* CrNoteReport* of the open reports */
} CrNoteStore;

/* $XDG_DATA_HOME/crossread/notes (~/.local/share/crossread/notes). */
char *cr_note_store_default_dir(void);

/* The file in DIR for the set of REPORTS (CrNoteReport*): DIR/HASH.yaml,
 * HASH the first 16 hex digits of the SHA-256 of their sorted ids. */
char *cr_note_store_file_for(const char *dir, const GPtrArray *reports);

/* Opens the notes on REPORTS (CrNoteReport*, kept): the file FILE alone
 * when given, else the files of DIR as above. REPAIR: see
 * cr_note_file_open(). A file of DIR that cannot be read is left out with
 * a warning; the set's own file (or FILE) that cannot be is an error. */
CrNoteStore *cr_note_store_open(const char *dir, const char *file, GPtrArray *reports, gboolean repair,
				GPtrArray *warnings, GError **error);
void cr_note_store_free(CrNoteStore *store);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrNoteStore, cr_note_store_free)

/* Every file's set (borrowed), for cr_notes_place(). The notes in them
 * stay valid until the next change or save. */
GPtrArray *cr_note_store_sets(const CrNoteStore *store);

/* The note with id ID, and the file that holds it; NULL when none. */
CrNote *cr_note_store_find(const CrNoteStore *store, const char *id, CrNoteFile **file);

/* Each change is saved at once (cr_note_file_save: its file is re-read and
 * merged); on failure the change is kept here, ERROR says why, and the
 * next save tries again. */

/* Adds NOTE (taken) to the set's own file. */
gboolean cr_note_store_add(CrNoteStore *store, CrNote *note, GPtrArray *warnings, GError **error);
/* Sets the text and draft flag of the note ID at NOW. */
gboolean cr_note_store_edit(CrNoteStore *store, const char *id, const char *text, gboolean draft, gint64 now,
			    GPtrArray *warnings, GError **error);
/* Deletes the note ID at NOW. */
gboolean cr_note_store_delete(CrNoteStore *store, const char *id, gint64 now, GPtrArray *warnings,
			      GError **error);
/* Saves every file: what failed before is tried again, and what other
 * processes saved is read in. */
gboolean cr_note_store_save(CrNoteStore *store, GPtrArray *warnings, GError **error);

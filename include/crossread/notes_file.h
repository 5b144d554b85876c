/* One notes file on disk, kept safe: written atomically (a temporary file
 * beside it, fsync, rename, fsync of the directory) with mode 0600; the
 * previous version kept as FILE.bak and read when FILE cannot be; a
 * damaged FILE never overwritten but moved aside as
 * FILE.damaged-YYYYMMDDTHHMMSSZ; and, while saving, FILE.lock held so that
 * two processes that save the same file merge their notes (re-read, merge
 * by note id and update time, write) and lose none. */
#pragma once

#include "crossread/notes.h"

#define CR_NOTE_FILE_ERROR (cr_note_file_error_quark())
GQuark cr_note_file_error_quark(void);

typedef enum {
	CR_NOTE_FILE_ERROR_DAMAGED, /* neither FILE nor FILE.bak can be read */
	CR_NOTE_FILE_ERROR_TOO_NEW, /* a later crossread wrote it: left alone */
	CR_NOTE_FILE_ERROR_LOCKED,  /* another process held the lock too long */
	CR_NOTE_FILE_ERROR_WRITE,   /* it could not be written */
} CrNoteFileError;

typedef struct {
	char *path;
	CrNoteSet *set;	     /* the notes as this process holds them */
	GHashTable *synced;  /* note id -> gint64*: its update time when the file
				was last read or written */
	GHashTable *deleted; /* note id -> gint64*: deleted here since, when */
} CrNoteFile;

/* Opens PATH and reads it: a missing file is an empty one. When it cannot
 * be read, FILE.bak is read instead and WARNINGS (char*, for the user) say
 * so. With REPAIR (a process that will write) it is read under the lock,
 * and a damaged file is moved aside and written anew from FILE.bak, or
 * started empty when that cannot be read either; when the lock cannot be
 * taken (a read-only directory) it is only read, with a warning. Fails
 * when a later crossread wrote the file (TOO_NEW: it is left alone), and
 * without REPAIR when neither the file nor its .bak can be read
 * (DAMAGED). */
CrNoteFile *cr_note_file_open(const char *path, gboolean repair, GPtrArray *warnings, GError **error);
void cr_note_file_free(CrNoteFile *file);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrNoteFile, cr_note_file_free)

/* Adds NOTE (taken) or replaces the note with its id; REPORTS
 * (CrNoteReport*) are the records of the reports it cites. */
void cr_note_file_put(CrNoteFile *file, CrNote *note, const GPtrArray *reports);
/* Deletes the note with id ID at time NOW; FALSE when there is none. */
gboolean cr_note_file_delete(CrNoteFile *file, const char *id, gint64 now);

/* Saves (when there is anything to save: no notes and no file is
 * nothing): creates the directory when missing (0700), takes the lock,
 * re-reads the file, merges (cr_note_set_merge), keeps the previous
 * version as FILE.bak and writes the file, unless nothing changed. A
 * damaged file is moved aside first (WARNINGS say where). On failure the
 * file on disk is as it was and this process keeps its changes, to be
 * saved by the next call. */
gboolean cr_note_file_save(CrNoteFile *file, GPtrArray *warnings, GError **error);

/* Writes DATA (LEN bytes) to PATH atomically and durably with MODE:
 * afterwards PATH holds either what it held or DATA, whatever happens. */
gboolean cr_write_file_atomic(const char *path, const char *data, gsize len, int mode, GError **error);

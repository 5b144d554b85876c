/* Reading notes: what a reader wrote at a fact or a line, and the passages
 * of each report it cites. Plain data, no I/O: notes_yaml.c reads and
 * writes it, notes_file.c keeps it on disk, notes_attach.c finds each
 * passage again in the reports as loaded now, notes_export.c writes it out
 * for people and programs. */
#pragma once

#include "crossread/engine.h"

/* Characters of context kept on each side of a cited passage. */
#define CR_NOTE_CONTEXT_CHARS 32
/* The most of a report's bytes one citation keeps. */
#define CR_NOTE_MAX_PASSAGE 1024
/* The length of a report's identity: SHA-256 in lower-case hex. */
#define CR_NOTE_REPORT_ID_LEN 64

/* A report as notes know it: by the SHA-256 of its bytes, so that renaming
 * or moving the file loses nothing; the rest is for people (and for
 * finding a report again after it was edited: by its file name). */
typedef struct {
	char *id;     /* SHA-256 of the report's bytes, lower-case hex */
	char *name;   /* the file's base name, or NULL (standard input) */
	char *title;  /* as guessed from the text, or NULL */
	char *outlet; /* or NULL */
	char *date;   /* ISO publication date, or NULL */
} CrNoteReport;

/* One passage of one report that a note cites, as it was when cited. */
typedef struct {
	char *report;	  /* the report's id */
	gsize start, end; /* [start,end): bytes of the report as it was */
	char *text;	  /* those bytes, as valid UTF-8 (invalid bytes U+FFFD) */
	char *before;	  /* up to CR_NOTE_CONTEXT_CHARS characters before them */
	char *after;	  /* and after them */
} CrCitation;

typedef struct {
	char *id;		 /* random, never changes */
	gint64 created, updated; /* microseconds since 1970, UTC */
	char *text;		 /* what the reader wrote */
	gboolean draft;		 /* saved while being typed (a dropped line) */
	int fact_kind;		 /* CrFactKind it was written at, or -1: at a line */
	char *fact_value;	 /* that fact's normalized value, or NULL */
	GArray *citations;	 /* CrCitation, by report as the note first listed them */
} CrNote;

/* What one notes file holds: the reports its notes cite and the notes. */
typedef struct {
	GPtrArray *reports; /* CrNoteReport*, in the order added */
	GPtrArray *notes;   /* CrNote*, by creation time then id */
} CrNoteSet;

/* The identity of DOC: the SHA-256 of its bytes, in hex. */
char *cr_note_report_id(const CrDoc *doc);

/* A report record for DOC (its id computed). */
CrNoteReport *cr_note_report_new(const CrDoc *doc);
CrNoteReport *cr_note_report_copy(const CrNoteReport *report);
void cr_note_report_free(CrNoteReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrNoteReport, cr_note_report_free)

/* One record per report of ENGINE, in the engine's order (ids computed
 * once here: hashing reads every byte). */
GPtrArray *cr_note_reports_for(const CrEngine *engine);

/* Fills CITATION with the passage [start,end) of DATA (LEN bytes) and its
 * context; a passage over CR_NOTE_MAX_PASSAGE bytes is cut at a character
 * boundary. REPORT is copied. */
void cr_citation_init(CrCitation *citation, const char *report, const char *data, gsize len, gsize start,
		      gsize end);
void cr_citation_clear(CrCitation *citation);

/* A note with no citations, TEXT copied, a new random id, created and
 * updated at NOW. */
CrNote *cr_note_new(const char *text, gint64 now);
CrNote *cr_note_copy(const CrNote *note);
void cr_note_free(CrNote *note);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrNote, cr_note_free)

/* A note at fact FACT (an index into engine->facts): it cites that fact
 * and, when the fact is shared, each other report's first wording of it.
 * REPORTS: cr_note_reports_for(ENGINE). */
CrNote *cr_note_new_at_fact(const CrEngine *engine, const GPtrArray *reports, guint fact, const char *text,
			    gint64 now);
/* A note at [start,end) of report DOC (a line, when no fact is there). */
CrNote *cr_note_new_at_span(const CrEngine *engine, const GPtrArray *reports, guint doc, gsize start,
			    gsize end, const char *text, gint64 now);

/* Sets NOTE's text and draft flag, updated at NOW (never earlier than it
 * was). */
void cr_note_set_text(CrNote *note, const char *text, gboolean draft, gint64 now);

/* TRUE when A and B hold the same note, to the byte. */
gboolean cr_note_equal(const CrNote *a, const CrNote *b);

CrNoteSet *cr_note_set_new(void);
CrNoteSet *cr_note_set_copy(const CrNoteSet *set);
void cr_note_set_free(CrNoteSet *set);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrNoteSet, cr_note_set_free)

/* The report with id ID, or NULL. */
const CrNoteReport *cr_note_set_report(const CrNoteSet *set, const char *id);
/* Adds a copy of REPORT unless one with its id is there; a record with
 * more known (a name, a title) fills the gaps of the one there. */
void cr_note_set_add_report(CrNoteSet *set, const CrNoteReport *report);
/* The note with id ID and its index, or NULL. */
CrNote *cr_note_set_find(const CrNoteSet *set, const char *id, guint *index);
/* Adds NOTE (taken) in creation order. */
void cr_note_set_add(CrNoteSet *set, CrNote *note);
/* Removes and frees the note with id ID; FALSE when there is none. */
gboolean cr_note_set_remove(CrNoteSet *set, const char *id);

/* The set to write when this process holds LOCAL and the file holds DISK.
 * SYNCED maps the id of every note as last read from or written to the
 * file to its update time then; DELETED maps the ids of notes deleted here
 * since to the time of deletion. A note changed here since (not in SYNCED
 * at its update time) is kept, unless the file has a later version; one
 * not changed here takes the file's version, and is gone when the file no
 * longer has it (deleted elsewhere); one deleted here is gone unless the
 * file has a version later than the deletion; the file's other notes (new
 * elsewhere) are added. Reports: both sets'. */
CrNoteSet *cr_note_set_merge(const CrNoteSet *local, const CrNoteSet *disk, GHashTable *synced,
			     GHashTable *deleted);

/* "2024-05-01T12:34:56.123456Z" for a time in microseconds since 1970. */
char *cr_note_time_format(gint64 usec);
/* Reads any ISO 8601 time with a zone; FALSE when TEXT is not one. */
gboolean cr_note_time_parse(const char *text, gint64 *usec);

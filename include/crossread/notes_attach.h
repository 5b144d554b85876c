/* Finding what notes cite in the reports as loaded now. A report is known
 * by the SHA-256 of its bytes; one whose bytes changed is known by its file
 * name, and each passage is looked for again: at the stored offsets when
 * the text there is the same; else the same text nearest the old place
 * (where its context is the same, when it is somewhere); else the text and
 * its context approximately; else the citation is an orphan, kept and
 * listed as "not found in this version". */
#pragma once

#include "crossread/notes.h"

typedef enum {
	CR_PLACE_EXACT,	 /* at the stored offsets */
	CR_PLACE_MOVED,	 /* the same text elsewhere */
	CR_PLACE_APPROX, /* text and context nearly the same */
	CR_PLACE_ORPHAN, /* not found in this version */
} CrPlaceHow;

/* One citation of a note as it lies in one open report. */
typedef struct {
	guint citation; /* index into the note's citations */
	guint doc;	/* the open report */
	CrPlaceHow how;
	gsize start, end; /* [start,end) in the report now; for an orphan the
			     stored offsets, clamped to the report */
	guint line;	  /* 1-based line of start; 0 for an orphan */
} CrNotePlace;

/* A note that cites at least one open report, placed in them. */
typedef struct {
	const CrNote *note; /* borrowed from its set */
	GArray *places;	    /* CrNotePlace, by report, then citation */
	gboolean orphan;    /* none of its passages was found */
	gsize order;	    /* its reading position: an offset in the first report */
	guint order_doc;    /* its first report where found */
} CrPlacedNote;

void cr_placed_note_free(CrPlacedNote *placed);

/* Where CITATION's passage lies in DATA (LEN bytes): how it was found and
 * [*start,*end); an orphan leaves them untouched. */
CrPlaceHow cr_citation_find(const CrCitation *citation, const char *data, gsize len, gsize *start,
			    gsize *end);

/* The notes of SETS (CrNoteSet*) that cite ENGINE's reports (REPORTS:
 * cr_note_reports_for(ENGINE)), placed, in reading order: by where they
 * fall in the first report (through the scroll maps for notes that do not
 * cite it), orphans last. GPtrArray of CrPlacedNote*. */
GPtrArray *cr_notes_place(const GPtrArray *sets, const CrEngine *engine, const GPtrArray *reports);

/* The notes file format (docs/notes.md): a CrNoteSet as YAML, "version: 1",
 * read through the safe YAML reader and written through libyaml's emitter.
 * No I/O: notes_file.c reads and writes the files. */
#pragma once

#include "crossread/notes.h"

#define CR_NOTES_VERSION 1
/* The most a notes file may hold. */
#define CR_NOTES_MAX_BYTES ((gsize)32 * 1024 * 1024)

/* Reads DATA (LEN bytes) of the notes file FILE (for messages). Returns
 * NULL with every problem in ERROR (CR_ERROR_PARSE, one "FILE:LINE:COL:
 * message" a line) when the file is not a notes file crossread can read;
 * *TOO_NEW, when given, is then set when that is only because a later
 * version of crossread wrote it (so it is not damaged: leave it alone). */
CrNoteSet *cr_notes_parse(const char *data, gsize len, const char *file, gboolean *too_new, GError **error);

/* SET as the YAML of a notes file; NULL and ERROR only when the emitter
 * fails. */
char *cr_notes_to_yaml(const CrNoteSet *set, GError **error);

/* A report as loaded: its exact bytes and the metadata guessed from them. */
#pragma once

#include <glib.h>

#define CR_MAX_DOCUMENTS  8
#define CR_MAX_FILE_BYTES ((gsize)64 * 1024 * 1024)

#define CR_ERROR (cr_error_quark())
GQuark cr_error_quark(void);

typedef enum {
	CR_ERROR_IO,	    /* missing, unreadable, a directory */
	CR_ERROR_EMPTY,	    /* nothing but whitespace */
	CR_ERROR_BINARY,    /* not text */
	CR_ERROR_TOO_LARGE, /* over CR_MAX_FILE_BYTES */
	CR_ERROR_USAGE,	    /* bad command line */
	CR_ERROR_PARSE,	    /* malformed input file (themes, notes) */
} CrErrorCode;

typedef struct {
	char *path;  /* as given on the command line; "-" for standard input */
	char *label; /* short name for headers: the file's basename, "stdin" */
	char *data;  /* the bytes exactly as read, plus one NUL not counted in len */
	gsize len;
	gsize text_start; /* 3 when the file begins with a UTF-8 BOM, else 0 */

	/* Metadata guessed from the text (meta.c and the date extractor); NULL
	 * or 0 when unknown. */
	char *title;
	char *outlet;
	char *date; /* ISO 8601 publication date: "2023-05-24" */
	int pub_year, pub_month, pub_day;
	int pub_weekday; /* 1 = Monday .. 7 = Sunday, 0 when unknown */
} CrDoc;

/* Reads PATH ("-" is standard input) and checks it is usable text. */
CrDoc *cr_doc_load(const char *path, GError **error);

/* Makes a document of DATA (taken over, must have len + 1 bytes with a NUL
 * at data[len]); checks it as cr_doc_load() does. */
CrDoc *cr_doc_new_take(const char *path, char *data, gsize len, GError **error);

void cr_doc_free(CrDoc *doc);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrDoc, cr_doc_free)

/* Sets the publication date from calendar fields; also fills doc->date. */
void cr_doc_set_pub_date(CrDoc *doc, int year, int month, int day);

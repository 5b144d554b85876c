/* The data compiled into the program (src/resources.c, written by
 * data/bundle.sh): the English words, the gazetteer, the built-in themes.
 * Private to the library. */
#pragma once

#include <glib.h>

/* One file of the bundle: its bytes [data, end), a NUL at END. */
typedef struct {
	const char *path; /* "/org/crossread/gazetteer.tsv" */
	const char *data;
	const char *end;
} CrResource;

/* The bundle's files, ended by one whose path is NULL. */
extern const CrResource cr_resources[];

/* The bytes of the bundle's file PATH (static: nothing is copied), or NULL
 * with ERROR set when the bundle has no such file. */
GBytes *cr_resource_lookup(const char *path, GError **error);

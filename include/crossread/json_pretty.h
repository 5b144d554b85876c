/* JSON written indented by two spaces, as json-glib's generator writes it
 * pretty-printed ("key" : value, "[]" for an empty array), so that the
 * program needs no JSON library (docs/PERFORMANCE.md, branch perf55). */
#pragma once

#include <glib.h>

/* The text written so far and, per level open, whether it has members. */
typedef struct {
	GString *out;
	guint depth;	/* levels open */
	guint64 filled; /* bit d: level d + 1 has a member (at most 64 levels) */
} CrJsonPretty;

/* Starts writing into OUT. */
void cr_json_pretty_init(CrJsonPretty *j, GString *out);
/* Opens an object ('{') or an array ('['), the member NAME of the object
 * open (NULL: an element of the array open, or the root). */
void cr_json_pretty_open(CrJsonPretty *j, const char *name, char bracket);
/* Closes the innermost object ('}') or array (']'). */
void cr_json_pretty_close(CrJsonPretty *j, char bracket);
/* A string, or null when VALUE is NULL; valid UTF-8. */
void cr_json_pretty_string(CrJsonPretty *j, const char *name, const char *value);
void cr_json_pretty_int(CrJsonPretty *j, const char *name, gint64 value);
void cr_json_pretty_bool(CrJsonPretty *j, const char *name, gboolean value);
void cr_json_pretty_null(CrJsonPretty *j, const char *name);

/* The one YAML reader of crossread, for the small files it reads (themes,
 * the config file, notes). libyaml's event parser builds a tree of plain
 * nodes; what those files never need is refused (anchors, aliases, tags,
 * several documents, duplicate keys, nesting, scalars or files over a
 * limit). Every node keeps its 1-based line and column, and every problem
 * is collected as "FILE:LINE:COL: message", so that a user sees them all in
 * one run. No curses, no I/O but reading the file. */
#pragma once

#include <glib.h>

typedef enum {
	CR_YAML_SCALAR,
	CR_YAML_MAPPING,
	CR_YAML_SEQUENCE,
} CrYamlKind;

typedef struct CrYamlNode CrYamlNode;
struct CrYamlNode {
	CrYamlKind kind;
	guint line, column; /* 1-based; the column counts characters */
	char *text;	    /* a scalar's value: valid UTF-8, NUL-terminated */
	gsize text_len;	    /* its bytes (a scalar may hold "\0") */
	gboolean plain;	    /* a scalar written without quotes */
	/* an empty plain scalar followed on its line by a comment, as in
	 * "fg: #ff0000", which YAML reads as an empty value */
	gboolean comment_after;
	/* a sequence's nodes; a mapping's keys and values, alternating */
	GPtrArray *items;
};

void cr_yaml_node_free(CrYamlNode *node);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrYamlNode, cr_yaml_node_free)

typedef struct {
	gsize max_bytes;  /* the whole file */
	gsize max_scalar; /* one scalar, in bytes */
	guint max_depth;  /* mappings and sequences inside each other */
	guint max_nodes;
} CrYamlLimits;

/* Every problem found in one file, each "FILE:LINE:COL: message". */
typedef struct {
	char *file;
	GPtrArray *messages;
} CrYamlDiag;

void cr_yaml_diag_init(CrYamlDiag *diag, const char *file);
void cr_yaml_diag_clear(CrYamlDiag *diag);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC(CrYamlDiag, cr_yaml_diag_clear)

/* Adds a message at LINE:COLUMN (1-based). */
void cr_yaml_diag_add(CrYamlDiag *diag, guint line, guint column, const char *format, ...)
    G_GNUC_PRINTF(4, 5);
/* Adds a message at NODE. */
void cr_yaml_diag_at(CrYamlDiag *diag, const CrYamlNode *node, const char *format, ...) G_GNUC_PRINTF(3, 4);
/* TRUE when nothing was found wrong. */
gboolean cr_yaml_diag_ok(const CrYamlDiag *diag);
/* Moves the messages into ERROR (CR_ERROR_PARSE, one message a line) and
 * returns FALSE; TRUE when there were none. */
gboolean cr_yaml_diag_to_error(CrYamlDiag *diag, GError **error);

/* Parses DATA (LEN bytes): the root node, or NULL when the file holds no
 * document or a syntax error stopped the parse (then DIAG says where). A
 * root may come back with problems in DIAG (an anchor, a duplicate key):
 * check cr_yaml_diag_ok(). */
CrYamlNode *cr_yaml_parse(const char *data, gsize len, const CrYamlLimits *limits, CrYamlDiag *diag);

/* Reads the file PATH whole into *DATA (with a NUL after its *LEN bytes);
 * FALSE, and a message in DIAG that names the file, when it cannot be
 * read, is not a regular file or is over MAX_BYTES ... except that a
 * missing file is reported through MISSING, when given, instead. */
gboolean cr_yaml_read_file(const char *path, gsize max_bytes, CrYamlDiag *diag, gboolean *missing,
			   char **data, gsize *len);

/* Reads and parses the file PATH; a file that cannot be read or is over
 * the limit is a message in DIAG at 1:1 ... except that a missing file is
 * reported through MISSING, when given, instead. */
CrYamlNode *cr_yaml_load_file(const char *path, const CrYamlLimits *limits, CrYamlDiag *diag,
			      gboolean *missing);

/* A mapping's size and its I-th key and value. */
static inline guint cr_yaml_map_len(const CrYamlNode *map)
{
	return map->items->len / 2;
}
static inline const CrYamlNode *cr_yaml_map_key(const CrYamlNode *map, guint i)
{
	return g_ptr_array_index(map->items, 2 * i);
}
static inline const CrYamlNode *cr_yaml_map_value(const CrYamlNode *map, guint i)
{
	return g_ptr_array_index(map->items, 2 * i + 1);
}

/* The value of KEY in mapping MAP, or NULL. */
const CrYamlNode *cr_yaml_get(const CrYamlNode *map, const char *key);

/* TRUE when NODE is a scalar meaning nothing: empty, "~" or "null", plain. */
gboolean cr_yaml_is_null(const CrYamlNode *node);

/* TRUE when NODE is of KIND; else a message ("WHAT must be a mapping"). */
gboolean cr_yaml_expect(CrYamlDiag *diag, const CrYamlNode *node, CrYamlKind kind, const char *what);

/* Reports every key of MAP not in ALLOWED (NULL-terminated), with the
 * nearest allowed key as a hint; FALSE when there was one. */
gboolean cr_yaml_check_keys(CrYamlDiag *diag, const CrYamlNode *map, const char *const *allowed,
			    const char *what);

/* The scalars a file may give, each checked and reported under WHAT. */
gboolean cr_yaml_get_string(CrYamlDiag *diag, const CrYamlNode *node, const char *what, const char **out);
gboolean cr_yaml_get_int(CrYamlDiag *diag, const CrYamlNode *node, const char *what, gint64 min, gint64 max,
			 gint64 *out);
/* true/false (also yes/no, on/off). */
gboolean cr_yaml_get_bool(CrYamlDiag *diag, const CrYamlNode *node, const char *what, gboolean *out);

/* The word of CANDIDATES (NULL-terminated) nearest to WORD by edit
 * distance, when near enough to be a likely typo; else NULL. */
const char *cr_yaml_nearest(const char *word, const char *const *candidates);

/* Writing the small YAML files crossread keeps (notes) through libyaml's
 * emitter, which quotes and escapes what needs it: whatever a string holds,
 * cr_yaml_parse() reads back the same string. */
#pragma once

#include <glib.h>

typedef struct CrYamlWriter CrYamlWriter;

/* A writer into memory; the first error it meets is kept and every later
 * call does nothing. */
CrYamlWriter *cr_yaml_writer_new(void);
void cr_yaml_writer_free(CrYamlWriter *writer);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrYamlWriter, cr_yaml_writer_free)

/* Opens a mapping or a sequence; FLOW writes it on one line ("{a: 1}"). */
void cr_yaml_write_map_start(CrYamlWriter *writer, gboolean flow);
void cr_yaml_write_seq_start(CrYamlWriter *writer, gboolean flow);
/* Closes the innermost mapping or sequence. */
void cr_yaml_write_end(CrYamlWriter *writer);

/* A word the reader takes as it is: a key, a number, a time, true/false. */
void cr_yaml_write_plain(CrYamlWriter *writer, const char *word);
/* Any text (valid UTF-8), double-quoted with escapes, so that nothing in it
 * (a leading '#', "null", a control character) changes its meaning. */
void cr_yaml_write_text(CrYamlWriter *writer, const char *text);
/* A key and its text, its word, or its whole number. */
void cr_yaml_write_key_text(CrYamlWriter *writer, const char *key, const char *text);
void cr_yaml_write_key_plain(CrYamlWriter *writer, const char *key, const char *word);
void cr_yaml_write_key_uint(CrYamlWriter *writer, const char *key, guint64 value);

/* Ends the document and returns the YAML, after a COMMENT line ("# ...")
 * when one is given; NULL and ERROR when the emitter refused something. */
char *cr_yaml_writer_finish(CrYamlWriter *writer, const char *comment, GError **error);

/* YAML out through libyaml's emitter, into a string. */
#include "crossread/yaml_writer.h"

#include <string.h>

#include <yaml.h>

#include "crossread/doc.h"

struct CrYamlWriter {
	yaml_emitter_t emitter;
	GString *out;
	GArray *open; /* yaml_event_type_t of each open collection's end */
	gboolean failed;
	char *problem;
};

static int write_handler(void *data, unsigned char *buffer, size_t size)
{
	g_string_append_len(((CrYamlWriter *)data)->out, (const char *)buffer, (gssize)size);
	return 1;
}

/* Hands EVENT to the emitter, unless an earlier call failed. INITIALIZED
 * is what making the event returned: libyaml refuses a scalar that is not
 * valid UTF-8. */
static void emit(CrYamlWriter *w, yaml_event_t *event, gboolean initialized)
{
	if (w->failed) {
		if (initialized)
			yaml_event_delete(event);
		return;
	}
	if (!initialized) {
		w->failed = TRUE;
		w->problem = g_strdup("a value is not valid UTF-8");
		return;
	}
	if (!yaml_emitter_emit(&w->emitter, event)) {
		w->failed = TRUE;
		w->problem = g_strdup(w->emitter.problem ? w->emitter.problem : "cannot be written");
	}
}

CrYamlWriter *cr_yaml_writer_new(void)
{
	CrYamlWriter *w = g_new0(CrYamlWriter, 1);
	yaml_event_t event;

	w->out = g_string_new(NULL);
	w->open = g_array_new(FALSE, FALSE, sizeof(yaml_event_type_t));
	yaml_emitter_initialize(&w->emitter);
	yaml_emitter_set_output(&w->emitter, write_handler, w);
	yaml_emitter_set_unicode(&w->emitter, 1);
	yaml_emitter_set_indent(&w->emitter, 2);
	/* no folding: one value, one line, as grep and diff like it */
	yaml_emitter_set_width(&w->emitter, -1);
	yaml_emitter_set_break(&w->emitter, YAML_LN_BREAK);
	emit(w, &event, yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING));
	emit(w, &event, yaml_document_start_event_initialize(&event, NULL, NULL, NULL, 1));
	return w;
}

void cr_yaml_writer_free(CrYamlWriter *w)
{
	if (!w)
		return;
	yaml_emitter_delete(&w->emitter);
	g_string_free(w->out, TRUE);
	g_array_unref(w->open);
	g_free(w->problem);
	g_free(w);
}

void cr_yaml_write_map_start(CrYamlWriter *w, gboolean flow)
{
	yaml_event_t event;
	yaml_event_type_t end = YAML_MAPPING_END_EVENT;
	g_array_append_val(w->open, end);
	emit(w, &event,
	     yaml_mapping_start_event_initialize(&event, NULL, NULL, 1,
						 flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE));
}

void cr_yaml_write_seq_start(CrYamlWriter *w, gboolean flow)
{
	yaml_event_t event;
	yaml_event_type_t end = YAML_SEQUENCE_END_EVENT;
	g_array_append_val(w->open, end);
	emit(w, &event,
	     yaml_sequence_start_event_initialize(
		 &event, NULL, NULL, 1, flow ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE));
}

void cr_yaml_write_end(CrYamlWriter *w)
{
	yaml_event_t event;
	g_return_if_fail(w->open->len > 0);
	yaml_event_type_t end = g_array_index(w->open, yaml_event_type_t, w->open->len - 1);
	g_array_set_size(w->open, w->open->len - 1);
	if (end == YAML_MAPPING_END_EVENT)
		emit(w, &event, yaml_mapping_end_event_initialize(&event));
	else
		emit(w, &event, yaml_sequence_end_event_initialize(&event));
}

/* A scalar in STYLE; implicit, so that no tag is written. */
static void write_scalar(CrYamlWriter *w, const char *text, yaml_scalar_style_t style)
{
	yaml_event_t event;
	emit(w, &event,
	     yaml_scalar_event_initialize(&event, NULL, NULL, (yaml_char_t *)text, (int)strlen(text), 1, 1,
					  style));
}

void cr_yaml_write_plain(CrYamlWriter *w, const char *word)
{
	write_scalar(w, word, YAML_PLAIN_SCALAR_STYLE);
}

void cr_yaml_write_text(CrYamlWriter *w, const char *text)
{
	write_scalar(w, text, YAML_DOUBLE_QUOTED_SCALAR_STYLE);
}

void cr_yaml_write_key_text(CrYamlWriter *w, const char *key, const char *text)
{
	cr_yaml_write_plain(w, key);
	cr_yaml_write_text(w, text);
}

void cr_yaml_write_key_plain(CrYamlWriter *w, const char *key, const char *word)
{
	cr_yaml_write_plain(w, key);
	cr_yaml_write_plain(w, word);
}

void cr_yaml_write_key_uint(CrYamlWriter *w, const char *key, guint64 value)
{
	char number[24];
	g_snprintf(number, sizeof number, "%" G_GUINT64_FORMAT, value);
	cr_yaml_write_key_plain(w, key, number);
}

char *cr_yaml_writer_finish(CrYamlWriter *w, const char *comment, GError **error)
{
	yaml_event_t event;

	g_return_val_if_fail(w->open->len == 0, NULL);
	emit(w, &event, yaml_document_end_event_initialize(&event, 1));
	emit(w, &event, yaml_stream_end_event_initialize(&event));
	if (!w->failed && !yaml_emitter_flush(&w->emitter)) {
		w->failed = TRUE;
		w->problem = g_strdup("cannot be written");
	}
	if (w->failed) {
		g_set_error(error, CR_ERROR, CR_ERROR_PARSE, "cannot write YAML: %s", w->problem);
		return NULL;
	}
	GString *text = g_string_new(NULL);
	if (comment)
		g_string_append_printf(text, "# %s\n", comment);
	g_string_append_len(text, w->out->str, (gssize)w->out->len);
	return g_string_free(text, FALSE);
}

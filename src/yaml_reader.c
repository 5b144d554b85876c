/* The safe YAML reader: libyaml's events into a tree of CrYamlNode, with
 * limits, positions and every problem collected. */
#include "crossread/yaml_reader.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <yaml.h>

#include "crossread/doc.h"

/* How much of a key or value a message quotes. */
#define QUOTE_CHARS 40

void cr_yaml_node_free(CrYamlNode *node)
{
	if (!node)
		return;
	if (node->items)
		g_ptr_array_unref(node->items);
	g_free(node->text);
	g_free(node);
}

void cr_yaml_diag_init(CrYamlDiag *diag, const char *file)
{
	diag->file = g_strdup(file);
	diag->messages = g_ptr_array_new_with_free_func(g_free);
}

void cr_yaml_diag_clear(CrYamlDiag *diag)
{
	g_clear_pointer(&diag->file, g_free);
	g_clear_pointer(&diag->messages, g_ptr_array_unref);
}

static void diag_addv(CrYamlDiag *diag, guint line, guint column, const char *format, va_list ap)
{
	g_autofree char *message = g_strdup_vprintf(format, ap);
	if (line == 0)
		g_ptr_array_add(diag->messages, g_strdup_printf("%s: %s", diag->file, message));
	else
		g_ptr_array_add(diag->messages,
				g_strdup_printf("%s:%u:%u: %s", diag->file, line, column, message));
}

void cr_yaml_diag_add(CrYamlDiag *diag, guint line, guint column, const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	diag_addv(diag, line, column, format, ap);
	va_end(ap);
}

void cr_yaml_diag_at(CrYamlDiag *diag, const CrYamlNode *node, const char *format, ...)
{
	va_list ap;
	va_start(ap, format);
	diag_addv(diag, node->line, node->column, format, ap);
	va_end(ap);
}

gboolean cr_yaml_diag_ok(const CrYamlDiag *diag)
{
	return diag->messages->len == 0;
}

gboolean cr_yaml_diag_to_error(CrYamlDiag *diag, GError **error)
{
	if (cr_yaml_diag_ok(diag))
		return TRUE;
	GString *all = g_string_new(NULL);
	for (guint i = 0; i < diag->messages->len; i++)
		g_string_append_printf(all, "%s%s", i ? "\n" : "",
				       (char *)g_ptr_array_index(diag->messages, i));
	g_ptr_array_set_size(diag->messages, 0);
	g_set_error_literal(error, CR_ERROR, CR_ERROR_PARSE, all->str);
	g_string_free(all, TRUE);
	return FALSE;
}

/* TEXT as a message quotes it: at most QUOTE_CHARS characters, on one
 * line (a control character as its escape, "\n"), so that every message
 * is one line. */
static char *quoted(const char *text)
{
	gboolean cut = g_utf8_strlen(text, -1) > QUOTE_CHARS;
	g_autofree char *head = g_utf8_substring(text, 0, MIN(g_utf8_strlen(text, -1), QUOTE_CHARS));
	GString *out = g_string_new(NULL);
	for (const char *p = head; *p; p++) {
		if (*p == '\n')
			g_string_append(out, "\\n");
		else if (*p == '\t')
			g_string_append(out, "\\t");
		else if ((guchar)*p < 0x20 || *p == 0x7f)
			g_string_append_printf(out, "\\x%02x", (guchar)*p);
		else
			g_string_append_c(out, *p);
	}
	if (cut)
		g_string_append(out, "\xe2\x80\xa6");
	return g_string_free(out, FALSE);
}

/* --- positions ------------------------------------------------------- */

typedef struct {
	const char *data;
	gsize len;
} Source;

/* The byte offset of 0-based LINE and character COLUMN, counting LF, CR LF
 * and CR as line ends; LEN when past the end. */
static gsize source_offset(const Source *src, gsize line, gsize column)
{
	gsize i = 0;
	for (gsize l = 0; l < line && i < src->len; i++)
		if (src->data[i] == '\n' ||
		    (src->data[i] == '\r' && (i + 1 >= src->len || src->data[i + 1] != '\n')))
			l++;
	for (gsize c = 0; c < column && i < src->len; c++) {
		const char *next = g_utf8_find_next_char(src->data + i, src->data + src->len);
		i = next ? (gsize)(next - src->data) : src->len;
	}
	return MIN(i, src->len);
}

/* The 1-based line and column of byte OFFSET. */
static void source_position(const Source *src, gsize offset, guint *line, guint *column)
{
	*line = 1;
	*column = 1;
	for (gsize i = 0; i < offset && i < src->len; i++) {
		guchar c = (guchar)src->data[i];
		if (c == '\n' || (c == '\r' && (i + 1 >= src->len || src->data[i + 1] != '\n'))) {
			(*line)++;
			*column = 1;
		} else if ((c & 0xc0) != 0x80 && c != '\r') {
			(*column)++;
		}
	}
}

/* After a key ending at MARK: when the line goes on ": #...", the byte
 * offset of the '#' (YAML took it for a comment), else -1. */
static gssize comment_after_key(const Source *src, const yaml_mark_t *mark)
{
	gsize i = source_offset(src, mark->line, mark->column);
	while (i < src->len && (src->data[i] == ' ' || src->data[i] == '\t'))
		i++;
	if (i >= src->len || src->data[i] != ':')
		return -1;
	i++;
	while (i < src->len && (src->data[i] == ' ' || src->data[i] == '\t'))
		i++;
	return i < src->len && src->data[i] == '#' ? (gssize)i : -1;
}

/* The first line that gives a value starting with '#' after ": " or "- ",
 * which YAML reads as a comment: a likely cause of a syntax error. Its
 * offset, or -1. */
static gssize unquoted_hash(const Source *src, gsize up_to)
{
	for (gsize i = 2; i < src->len && i < up_to; i++)
		if (src->data[i] == '#' && (src->data[i - 1] == ' ' || src->data[i - 1] == '\t') &&
		    i + 1 < src->len && g_ascii_isxdigit(src->data[i + 1])) {
			gsize j = i - 1;
			while (j > 0 && (src->data[j] == ' ' || src->data[j] == '\t'))
				j--;
			if (src->data[j] == ':' || src->data[j] == '-' || src->data[j] == ',' ||
			    src->data[j] == '[' || src->data[j] == '{')
				return (gssize)i;
		}
	return -1;
}

/* --- the tree -------------------------------------------------------- */

typedef struct {
	CrYamlNode *node;
	GHashTable *keys;    /* a mapping's keys so far: text -> CrYamlNode */
	yaml_mark_t key_end; /* where the last key ended */
} Frame;

typedef struct {
	Source src;
	const CrYamlLimits *limits;
	CrYamlDiag *diag;
	GArray *stack; /* Frame */
	CrYamlNode *root;
	guint nodes;
	gboolean fatal; /* stop: a limit or a second document */
} Builder;

static CrYamlNode *node_new(CrYamlKind kind, const yaml_mark_t *mark)
{
	CrYamlNode *node = g_new0(CrYamlNode, 1);
	node->kind = kind;
	node->line = (guint)mark->line + 1;
	node->column = (guint)mark->column + 1;
	if (kind != CR_YAML_SCALAR)
		node->items = g_ptr_array_new_with_free_func((GDestroyNotify)cr_yaml_node_free);
	return node;
}

/* Reports what the files never need: anchors and tags. */
static void check_props(Builder *b, const yaml_mark_t *mark, const yaml_char_t *anchor,
			const yaml_char_t *tag, gboolean implicit_tag)
{
	if (anchor) {
		g_autofree char *name = quoted((const char *)anchor);
		cr_yaml_diag_add(b->diag, (guint)mark->line + 1, (guint)mark->column + 1,
				 "anchors (&%s) are not allowed", name);
	}
	if (tag && !implicit_tag) {
		g_autofree char *name = quoted((const char *)tag);
		cr_yaml_diag_add(b->diag, (guint)mark->line + 1, (guint)mark->column + 1,
				 "tags (%s) are not allowed", name);
	}
}

/* Counts a node against the limit; FALSE (and the parse stops) past it. */
static gboolean count_node(Builder *b, const yaml_mark_t *mark)
{
	if (++b->nodes <= b->limits->max_nodes)
		return TRUE;
	cr_yaml_diag_add(b->diag, (guint)mark->line + 1, (guint)mark->column + 1,
			 "too many values (more than %u)", b->limits->max_nodes);
	b->fatal = TRUE;
	return FALSE;
}

/* Hangs NODE (taken) under the innermost open collection, or makes it the
 * root; a mapping's key is checked for being a scalar and not a repeat. */
static void attach(Builder *b, CrYamlNode *node, const yaml_mark_t *end)
{
	if (b->stack->len == 0) {
		cr_yaml_node_free(b->root);
		b->root = node;
		return;
	}
	Frame *top = &g_array_index(b->stack, Frame, b->stack->len - 1);
	CrYamlNode *parent = top->node;
	gboolean is_key = parent->kind == CR_YAML_MAPPING && parent->items->len % 2 == 0;

	if (is_key) {
		top->key_end = *end;
		if (node->kind != CR_YAML_SCALAR) {
			cr_yaml_diag_at(b->diag, node, "a key must be a word, not a %s",
					node->kind == CR_YAML_MAPPING ? "mapping" : "list");
		} else {
			const CrYamlNode *first = g_hash_table_lookup(top->keys, node->text);
			if (first) {
				g_autofree char *name = quoted(node->text);
				cr_yaml_diag_at(b->diag, node, "duplicate key '%s' (first at %u:%u)", name,
						first->line, first->column);
			} else {
				g_hash_table_insert(top->keys, node->text, node);
			}
		}
	} else if (parent->kind == CR_YAML_MAPPING && node->kind == CR_YAML_SCALAR && node->plain &&
		   node->text_len == 0) {
		gssize hash = comment_after_key(&b->src, &top->key_end);
		if (hash >= 0) {
			node->comment_after = TRUE;
			source_position(&b->src, (gsize)hash, &node->line, &node->column);
		}
	}
	g_ptr_array_add(parent->items, node);
}

static void open_collection(Builder *b, CrYamlKind kind, const yaml_event_t *event)
{
	if (!count_node(b, &event->start_mark))
		return;
	if (b->stack->len >= b->limits->max_depth) {
		cr_yaml_diag_add(b->diag, (guint)event->start_mark.line + 1,
				 (guint)event->start_mark.column + 1,
				 "nested too deeply (more than %u levels)", b->limits->max_depth);
		b->fatal = TRUE;
		return;
	}
	CrYamlNode *node = node_new(kind, &event->start_mark);
	attach(b, node, &event->end_mark);
	Frame frame = { .node = node };
	if (kind == CR_YAML_MAPPING)
		frame.keys = g_hash_table_new(g_str_hash, g_str_equal);
	g_array_append_val(b->stack, frame);
}

static void close_collection(Builder *b)
{
	Frame *top = &g_array_index(b->stack, Frame, b->stack->len - 1);
	if (top->keys)
		g_hash_table_unref(top->keys);
	g_array_set_size(b->stack, b->stack->len - 1);
}

static void add_scalar(Builder *b, const yaml_event_t *event)
{
	if (!count_node(b, &event->start_mark))
		return;
	CrYamlNode *node = node_new(CR_YAML_SCALAR, &event->start_mark);
	gsize len = event->data.scalar.length;
	node->text = g_strndup((const char *)event->data.scalar.value, len);
	node->text_len = len;
	node->plain = event->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	if (len > b->limits->max_scalar)
		cr_yaml_diag_at(b->diag, node, "a value longer than %" G_GSIZE_FORMAT " bytes",
				b->limits->max_scalar);
	attach(b, node, &event->end_mark);
}

/* Reports the parser's error: where and what, with the context libyaml
 * gives and, when a '#' value before it was read as a comment, the cure. */
static void report_syntax_error(Builder *b, const yaml_parser_t *parser)
{
	guint line, column;
	const char *problem = parser->problem ? parser->problem : "cannot be read as YAML";

	if (parser->error == YAML_READER_ERROR) {
		source_position(&b->src, parser->problem_offset, &line, &column);
		cr_yaml_diag_add(b->diag, line, column, "%s", problem);
		return;
	}
	line = (guint)parser->problem_mark.line + 1;
	column = (guint)parser->problem_mark.column + 1;
	if (parser->context)
		cr_yaml_diag_add(b->diag, line, column, "%s (%s at %u:%u)", problem, parser->context,
				 (guint)parser->context_mark.line + 1,
				 (guint)parser->context_mark.column + 1);
	else
		cr_yaml_diag_add(b->diag, line, column, "%s", problem);
	gssize hash = unquoted_hash(&b->src, source_offset(&b->src, parser->problem_mark.line + 1, 0));
	if (hash >= 0) {
		guint hl, hc;
		source_position(&b->src, (gsize)hash, &hl, &hc);
		cr_yaml_diag_add(b->diag, hl, hc,
				 "'#' starts a comment in YAML: quote the value (\"#ff0000\")");
	}
}

/* Handles one event; FALSE at the end of the stream or on a fatal error. */
static gboolean take_event(Builder *b, const yaml_event_t *event, guint *documents)
{
	const yaml_mark_t *mark = &event->start_mark;

	switch (event->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++*documents > 1) {
			cr_yaml_diag_add(b->diag, (guint)mark->line + 1, (guint)mark->column + 1,
					 "only one document is allowed in the file");
			b->fatal = TRUE;
		} else if (event->data.document_start.tag_directives.start !=
			   event->data.document_start.tag_directives.end) {
			cr_yaml_diag_add(b->diag, (guint)mark->line + 1, (guint)mark->column + 1,
					 "tag directives (%%TAG) are not allowed");
		}
		break;
	case YAML_ALIAS_EVENT: {
		g_autofree char *name = quoted((const char *)event->data.alias.anchor);
		cr_yaml_diag_add(b->diag, (guint)mark->line + 1, (guint)mark->column + 1,
				 "aliases (*%s) are not allowed", name);
		/* an empty value in its place keeps keys and values paired;
		 * readers take it for a value not given */
		if (count_node(b, mark)) {
			CrYamlNode *node = node_new(CR_YAML_SCALAR, mark);
			node->text = g_strdup("");
			node->plain = TRUE;
			attach(b, node, &event->end_mark);
		}
		break;
	}
	case YAML_SCALAR_EVENT:
		check_props(b, mark, event->data.scalar.anchor, event->data.scalar.tag,
			    event->data.scalar.plain_implicit || event->data.scalar.quoted_implicit);
		add_scalar(b, event);
		break;
	case YAML_SEQUENCE_START_EVENT:
		check_props(b, mark, event->data.sequence_start.anchor, event->data.sequence_start.tag,
			    event->data.sequence_start.implicit);
		open_collection(b, CR_YAML_SEQUENCE, event);
		break;
	case YAML_MAPPING_START_EVENT:
		check_props(b, mark, event->data.mapping_start.anchor, event->data.mapping_start.tag,
			    event->data.mapping_start.implicit);
		open_collection(b, CR_YAML_MAPPING, event);
		break;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		close_collection(b);
		break;
	case YAML_STREAM_END_EVENT:
		return FALSE;
	default:
		break;
	}
	return !b->fatal;
}

CrYamlNode *cr_yaml_parse(const char *data, gsize len, const CrYamlLimits *limits, CrYamlDiag *diag)
{
	Builder b = { .src = { data, len }, .limits = limits, .diag = diag };
	yaml_parser_t parser;
	guint documents = 0;
	gboolean ok = TRUE;

	if (len > limits->max_bytes) {
		cr_yaml_diag_add(diag, 0, 0, "larger than %" G_GSIZE_FORMAT " KiB", limits->max_bytes / 1024);
		return NULL;
	}
	b.stack = g_array_new(FALSE, TRUE, sizeof(Frame));
	yaml_parser_initialize(&parser);
	yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
	for (;;) {
		yaml_event_t event;
		if (!yaml_parser_parse(&parser, &event)) {
			report_syntax_error(&b, &parser);
			ok = FALSE;
			break;
		}
		gboolean more = take_event(&b, &event, &documents);
		yaml_event_delete(&event);
		if (!more) {
			ok = !b.fatal;
			break;
		}
	}
	yaml_parser_delete(&parser);
	while (b.stack->len)
		close_collection(&b);
	g_array_unref(b.stack);
	if (!ok)
		g_clear_pointer(&b.root, cr_yaml_node_free);
	return b.root;
}

gboolean cr_yaml_read_file(const char *path, gsize max_bytes, CrYamlDiag *diag, gboolean *missing,
			   char **data, gsize *len)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (missing)
		*missing = FALSE;
	if (fd < 0) {
		if (errno == ENOENT && missing)
			*missing = TRUE;
		else
			cr_yaml_diag_add(diag, 0, 0, "cannot open: %s", g_strerror(errno));
		return FALSE;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		cr_yaml_diag_add(diag, 0, 0, "%s",
				 S_ISDIR(st.st_mode) ? "is a directory" : "is not a regular file");
		close(fd);
		return FALSE;
	}
	if ((guint64)st.st_size > max_bytes) {
		cr_yaml_diag_add(diag, 0, 0, "larger than %" G_GSIZE_FORMAT " KiB", max_bytes / 1024);
		close(fd);
		return FALSE;
	}
	g_autofree char *bytes = g_malloc((gsize)st.st_size + 1);
	gsize n_read = 0;
	while (n_read < (gsize)st.st_size + 1) {
		ssize_t n = read(fd, bytes + n_read, (gsize)st.st_size + 1 - n_read);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			cr_yaml_diag_add(diag, 0, 0, "cannot read: %s", g_strerror(errno));
			close(fd);
			return FALSE;
		}
		if (n == 0)
			break;
		n_read += (gsize)n;
	}
	close(fd);
	if (n_read > (gsize)st.st_size) {
		cr_yaml_diag_add(diag, 0, 0, "changed while it was read");
		return FALSE;
	}
	bytes[n_read] = '\0';
	*data = g_steal_pointer(&bytes);
	*len = n_read;
	return TRUE;
}

CrYamlNode *cr_yaml_load_file(const char *path, const CrYamlLimits *limits, CrYamlDiag *diag,
			      gboolean *missing)
{
	g_autofree char *data = NULL;
	gsize len;
	if (!cr_yaml_read_file(path, limits->max_bytes, diag, missing, &data, &len))
		return NULL;
	return cr_yaml_parse(data, len, limits, diag);
}

/* --- reading values -------------------------------------------------- */

const CrYamlNode *cr_yaml_get(const CrYamlNode *map, const char *key)
{
	if (!map || map->kind != CR_YAML_MAPPING)
		return NULL;
	for (guint i = 0; i < cr_yaml_map_len(map); i++) {
		const CrYamlNode *k = cr_yaml_map_key(map, i);
		if (k->kind == CR_YAML_SCALAR && strcmp(k->text, key) == 0)
			return cr_yaml_map_value(map, i);
	}
	return NULL;
}

gboolean cr_yaml_is_null(const CrYamlNode *node)
{
	return node->kind == CR_YAML_SCALAR && node->plain &&
	       (node->text_len == 0 || strcmp(node->text, "~") == 0 || strcmp(node->text, "null") == 0);
}

static const char *kind_name(CrYamlKind kind)
{
	return kind == CR_YAML_MAPPING	  ? "a mapping (key: value lines)"
	       : kind == CR_YAML_SEQUENCE ? "a list"
					  : "a single value";
}

gboolean cr_yaml_expect(CrYamlDiag *diag, const CrYamlNode *node, CrYamlKind kind, const char *what)
{
	if (node->kind == kind)
		return TRUE;
	if (cr_yaml_is_null(node))
		cr_yaml_diag_at(diag, node, "%s is empty: it must be %s", what, kind_name(kind));
	else
		cr_yaml_diag_at(diag, node, "%s must be %s, not %s", what, kind_name(kind),
				kind_name(node->kind));
	return FALSE;
}

gboolean cr_yaml_check_keys(CrYamlDiag *diag, const CrYamlNode *map, const char *const *allowed,
			    const char *what)
{
	gboolean ok = TRUE;
	for (guint i = 0; i < cr_yaml_map_len(map); i++) {
		const CrYamlNode *key = cr_yaml_map_key(map, i);
		if (key->kind != CR_YAML_SCALAR || g_strv_contains(allowed, key->text))
			continue;
		g_autofree char *name = quoted(key->text);
		const char *hint = cr_yaml_nearest(key->text, allowed);
		if (hint)
			cr_yaml_diag_at(diag, key, "unknown key '%s' in %s (did you mean '%s'?)", name, what,
					hint);
		else
			cr_yaml_diag_at(diag, key, "unknown key '%s' in %s", name, what);
		ok = FALSE;
	}
	return ok;
}

gboolean cr_yaml_get_string(CrYamlDiag *diag, const CrYamlNode *node, const char *what, const char **out)
{
	if (!cr_yaml_expect(diag, node, CR_YAML_SCALAR, what))
		return FALSE;
	if (cr_yaml_is_null(node)) {
		cr_yaml_diag_at(diag, node, "%s has no value", what);
		return FALSE;
	}
	*out = node->text;
	return TRUE;
}

gboolean cr_yaml_get_int(CrYamlDiag *diag, const CrYamlNode *node, const char *what, gint64 min, gint64 max,
			 gint64 *out)
{
	const char *text;
	if (!cr_yaml_get_string(diag, node, what, &text))
		return FALSE;
	if (!g_ascii_string_to_signed(text, 10, min, max, out, NULL)) {
		g_autofree char *shown = quoted(text);
		cr_yaml_diag_at(diag, node,
				"%s must be a whole number from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT
				", not '%s'",
				what, min, max, shown);
		return FALSE;
	}
	return TRUE;
}

gboolean cr_yaml_get_bool(CrYamlDiag *diag, const CrYamlNode *node, const char *what, gboolean *out)
{
	static const char *const yes[] = { "true", "yes", "on", NULL };
	static const char *const no[] = { "false", "no", "off", NULL };
	const char *text;

	if (!cr_yaml_get_string(diag, node, what, &text))
		return FALSE;
	g_autofree char *lower = g_ascii_strdown(text, -1);
	if (g_strv_contains(yes, lower) || g_strv_contains(no, lower)) {
		*out = g_strv_contains(yes, lower);
		return TRUE;
	}
	g_autofree char *shown = quoted(text);
	cr_yaml_diag_at(diag, node, "%s must be true or false, not '%s'", what, shown);
	return FALSE;
}

/* The edit distance of A and B (insertions, deletions, substitutions and
 * swaps of neighbours), or LIMIT + 1 once it is sure to exceed LIMIT. */
static guint edit_distance(const char *a, const char *b, guint limit)
{
	gsize n = strlen(a), m = strlen(b);
	if ((n > m ? n - m : m - n) > limit || n > 64 || m > 64)
		return limit + 1;
	guint d[65][65];
	for (gsize i = 0; i <= n; i++)
		d[i][0] = (guint)i;
	for (gsize j = 0; j <= m; j++)
		d[0][j] = (guint)j;
	for (gsize i = 1; i <= n; i++)
		for (gsize j = 1; j <= m; j++) {
			guint cost = g_ascii_tolower(a[i - 1]) != g_ascii_tolower(b[j - 1]);
			guint best = MIN(d[i - 1][j] + 1, MIN(d[i][j - 1] + 1, d[i - 1][j - 1] + cost));
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
				best = MIN(best, d[i - 2][j - 2] + 1);
			d[i][j] = best;
		}
	return d[n][m];
}

const char *cr_yaml_nearest(const char *word, const char *const *candidates)
{
	guint limit = MAX(1u, (guint)strlen(word) / 3), best_distance = limit + 1;
	const char *best = NULL;
	for (guint i = 0; candidates[i]; i++) {
		guint d = edit_distance(word, candidates[i], limit);
		if (d < best_distance) {
			best_distance = d;
			best = candidates[i];
		}
	}
	return best;
}

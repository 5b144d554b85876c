/* The engine's result as text: --json for scripts, --facts for people. */
#include "crossread/output.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "crossread/cell.h"

static void add_string_or_null(JsonBuilder *b, const char *member, const char *value)
{
	json_builder_set_member_name(b, member);
	if (value)
		json_builder_add_string_value(b, value);
	else
		json_builder_add_null_value(b);
}

static void add_int(JsonBuilder *b, const char *member, gint64 value)
{
	json_builder_set_member_name(b, member);
	json_builder_add_int_value(b, value);
}

static void add_bool(JsonBuilder *b, const char *member, gboolean value)
{
	json_builder_set_member_name(b, member);
	json_builder_add_boolean_value(b, value);
}

static void add_double(JsonBuilder *b, const char *member, double value)
{
	json_builder_set_member_name(b, member);
	json_builder_add_double_value(b, value);
}

/* Writes the one value B has built, compactly, and frees it: elements are
 * generated one at a time so memory stays flat however many facts there are. */
static void write_node(JsonBuilder *b, FILE *out)
{
	g_autoptr(JsonNode) root = json_builder_get_root(b);
	g_autoptr(JsonGenerator) gen = json_generator_new();
	json_generator_set_root(gen, root);
	gsize len = 0;
	g_autofree char *text = json_generator_to_data(gen, &len);
	fwrite(text, 1, len, out);
	json_builder_reset(b);
}

static void build_document(JsonBuilder *b, guint d, const CrDoc *doc, const GArray *blocks)
{
	json_builder_begin_object(b);
	add_int(b, "index", d);
	add_string_or_null(b, "path", doc->path);
	add_int(b, "bytes", (gint64)doc->len);
	add_string_or_null(b, "title", doc->title);
	add_string_or_null(b, "outlet", doc->outlet);
	add_string_or_null(b, "date", doc->date);
	json_builder_set_member_name(b, "blocks");
	json_builder_begin_array(b);
	for (guint i = 0; i < blocks->len; i++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, i);
		json_builder_begin_object(b);
		add_int(b, "start", (gint64)block->start);
		add_int(b, "end", (gint64)block->end);
		add_bool(b, "boilerplate", block->boilerplate);
		if (block->flags & CR_BLOCK_DUPLICATE)
			add_bool(b, "duplicate", TRUE);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	json_builder_end_object(b);
}

static void build_fact(JsonBuilder *b, guint id, const CrFact *f)
{
	json_builder_begin_object(b);
	add_int(b, "id", id);
	add_int(b, "doc", f->doc);
	add_int(b, "start", (gint64)f->start);
	add_int(b, "end", (gint64)f->end);
	add_string_or_null(b, "kind", cr_fact_kind_name(f->kind));
	add_string_or_null(b, "text", f->text);
	add_string_or_null(b, "value", f->value);
	add_double(b, "confidence", f->confidence);
	if (f->speaker)
		add_string_or_null(b, "speaker", f->speaker);
	if (f->flags & CR_FACT_UNQUOTED)
		add_bool(b, "unquoted", TRUE);
	if (f->flags & CR_FACT_IGNORED)
		add_bool(b, "ignored", TRUE);
	json_builder_set_member_name(b, "group");
	if (f->group >= 0)
		json_builder_add_int_value(b, f->group);
	else
		json_builder_add_null_value(b);
	json_builder_end_object(b);
}

static void build_group(JsonBuilder *b, const CrGroup *g)
{
	json_builder_begin_object(b);
	add_int(b, "id", g->id);
	add_string_or_null(b, "kind", cr_fact_kind_name(g->kind));
	add_string_or_null(b, "value", g->value);
	add_double(b, "weight", g->weight);
	add_double(b, "confidence", g->confidence);
	json_builder_set_member_name(b, "facts");
	json_builder_begin_array(b);
	for (guint j = 0; j < g->facts->len; j++)
		json_builder_add_int_value(b, g_array_index(g->facts, guint, j));
	json_builder_end_array(b);
	json_builder_end_object(b);
}

static void build_chain(JsonBuilder *b, const CrChain *c)
{
	json_builder_begin_object(b);
	json_builder_set_member_name(b, "docs");
	json_builder_begin_array(b);
	json_builder_add_int_value(b, c->doc_a);
	json_builder_add_int_value(b, c->doc_b);
	json_builder_end_array(b);
	json_builder_set_member_name(b, "anchors");
	json_builder_begin_array(b);
	for (guint j = 0; j < c->anchors->len; j++) {
		const CrAnchor *a = &g_array_index(c->anchors, CrAnchor, j);
		json_builder_begin_array(b);
		json_builder_add_int_value(b, a->group);
		json_builder_add_int_value(b, (gint64)a->a);
		json_builder_add_int_value(b, (gint64)a->b);
		json_builder_end_array(b);
	}
	json_builder_end_array(b);
	json_builder_end_object(b);
}

/* Separates the elements of a JSON array, one per line. */
static void next_element(FILE *out, guint index)
{
	fputs(index ? ",\n  " : "\n  ", out);
}

gboolean cr_output_json(const CrEngine *engine, FILE *out)
{
	g_autoptr(JsonBuilder) b = json_builder_new();
	const CrAlignment *al = engine->alignment;

	fputs("{\"version\": 1,\n\"documents\": [", out);
	for (guint d = 0; d < engine->docs->len; d++) {
		next_element(out, d);
		build_document(b, d, g_ptr_array_index(engine->docs, d), g_ptr_array_index(engine->blocks, d));
		write_node(b, out);
	}
	fputs("\n],\n\"facts\": [", out);
	for (guint i = 0; i < engine->facts->len; i++) {
		next_element(out, i);
		build_fact(b, i, &g_array_index(engine->facts, CrFact, i));
		write_node(b, out);
	}
	fputs("\n],\n\"groups\": [", out);
	for (guint i = 0; i < al->groups->len; i++) {
		next_element(out, i);
		build_group(b, g_ptr_array_index(al->groups, i));
		write_node(b, out);
	}
	fputs("\n],\n\"chains\": [", out);
	for (guint i = 0; i < al->chains->len; i++) {
		next_element(out, i);
		build_chain(b, g_ptr_array_index(al->chains, i));
		write_node(b, out);
	}
	fputs("\n]}\n", out);
	return fflush(out) == 0 && !ferror(out);
}

/* Orders groups strongest first: more reports, then weight. */
static gint group_strength(gconstpointer pa, gconstpointer pb)
{
	const CrGroup *a = *(const CrGroup *const *)pa, *b = *(const CrGroup *const *)pb;
	if (a->n_docs != b->n_docs)
		return a->n_docs > b->n_docs ? -1 : 1;
	if (a->weight != b->weight)
		return a->weight > b->weight ? -1 : 1;
	return a->id < b->id ? -1 : a->id > b->id;
}

/* One report's name in the legend: outlet, else title, else file name. */
static const char *doc_name(const CrDoc *doc)
{
	return doc->outlet ? doc->outlet : doc->title ? doc->title : doc->label;
}

/* A value cut to at most MAX columns, made safe to print. */
static char *shown_value(const char *value, glong max)
{
	g_autofree char *safe = cr_cell_sanitize(value ? value : "", -1);
	if (g_utf8_strlen(safe, -1) <= max)
		return g_steal_pointer(&safe);
	g_autofree char *cut = g_utf8_substring(safe, 0, max - 1);
	return g_strconcat(cut, "\xe2\x80\xa6", NULL);
}

char *cr_output_facts(const CrEngine *engine)
{
	GString *out = g_string_new(NULL);
	const CrAlignment *al = engine->alignment;
	guint n = engine->docs->len;

	g_string_append(out, "Reports\n");
	for (guint d = 0; d < n; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		g_autofree char *name = shown_value(doc_name(doc), 60);
		g_autofree char *label = cr_cell_sanitize(doc->label, -1);
		g_string_append_printf(out, "  %c  %s  (%s%s%s)\n", 'A' + d, name, label, doc->date ? ", " : "",
				       doc->date ? doc->date : "");
	}

	g_autoptr(GPtrArray) order = g_ptr_array_new();
	for (guint i = 0; i < al->groups->len; i++)
		g_ptr_array_add(order, g_ptr_array_index(al->groups, i));
	g_ptr_array_sort(order, group_strength);

	g_string_append_printf(out, "\nShared facts, strongest first (%u)\n", order->len);
	g_string_append(out, "  ");
	for (guint d = 0; d < n; d++)
		g_string_append_printf(out, "%c ", 'A' + d);
	g_string_append(out, "  kind    value\n");
	for (guint i = 0; i < order->len; i++) {
		const CrGroup *g = g_ptr_array_index(order, i);
		g_autofree char *value = shown_value(g->value, 70);
		g_string_append(out, "  ");
		for (guint d = 0; d < n; d++)
			g_string_append(out, (g->doc_mask >> d) & 1 ? "\xe2\x97\x8f " : "\xc2\xb7 ");
		g_string_append_printf(out, "  %-7s %s  (%u of %u)\n", cr_fact_kind_name(g->kind), value, g->n_docs, n);
	}

	g_string_append(out, "\nOnly in one report\n");
	g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		if (f->group >= 0 || (f->flags & CR_FACT_IGNORED) || !f->value)
			continue;
		char *key = g_strdup_printf("%u:%d:%s", f->doc, f->kind, f->key ? f->key : f->value);
		if (!g_hash_table_add(seen, key))
			continue;
		g_autofree char *value = shown_value(f->value, 70);
		g_string_append_printf(out, "  %c  %-7s %s\n", 'A' + f->doc, cr_fact_kind_name(f->kind), value);
	}
	return g_string_free(out, FALSE);
}

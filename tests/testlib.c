/* Helpers shared by the unit tests. */
#include "testlib.h"

#include <stdarg.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "crossread/text.h"

CrDoc *cr_test_doc(const char *path, const char *text)
{
	g_autoptr(GError) error = NULL;
	gsize len = strlen(text);
	CrDoc *doc = cr_doc_new_take(path, g_strndup(text, len), len, &error);
	g_assert_no_error(error);
	return doc;
}

CrEngine *cr_test_engine(const char *first, ...)
{
	GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	va_list ap;
	va_start(ap, first);
	for (const char *text = first; text; text = va_arg(ap, const char *)) {
		g_autofree char *name = g_strdup_printf("report-%c.txt", 'a' + docs->len);
		g_ptr_array_add(docs, cr_test_doc(name, text));
	}
	va_end(ap);
	return cr_engine_run(docs);
}

char *cr_test_path(const char *name)
{
	const char *top = g_getenv("top_srcdir");
	if (!top)
		top = ".";
	if (g_str_has_prefix(name, "examples/") || g_str_has_prefix(name, "themes/"))
		return g_build_filename(top, name, NULL);
	return g_build_filename(top, "tests", name, NULL);
}

const char *cr_test_seeds_dir(void)
{
	const char *dir = g_getenv("CR_SEEDS_DIR");
	g_autofree char *gold = dir ? g_build_filename(dir, "gold.json", NULL) : NULL;
	if (!gold || !g_file_test(gold, G_FILE_TEST_EXISTS)) {
		g_test_skip("the seed reports (../shared/seeds) are not beside this checkout");
		return NULL;
	}
	return dir;
}

const CrFact *cr_test_find_fact(const GArray *facts, guint doc, CrFactKind kind, const char *text)
{
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->doc == doc && f->kind == kind && g_strcmp0(f->text, text) == 0)
			return f;
	}
	return NULL;
}

guint cr_test_count_facts(const GArray *facts, guint doc, CrFactKind kind, const char *text)
{
	guint n = 0;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		n += f->doc == doc && f->kind == kind && (!text || g_strcmp0(f->text, text) == 0);
	}
	return n;
}

void cr_test_extract_report(CrTestExtractFn fn, CrDoc *doc, guint index, const GArray *blocks, GArray *facts)
{
	CrReport report;
	cr_report_open(&report, doc, index, blocks);
	fn(&report, facts);
	cr_report_close(&report);
}

GArray *cr_test_extract(const char *text, CrTestExtractFn fn, CrDoc **doc_out)
{
	CrDoc *doc = cr_test_doc("test.txt", text);
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	GArray *facts = cr_fact_array_new();
	cr_test_extract_report(fn, doc, 0, blocks, facts);
	cr_fact_array_sort(facts);
	*doc_out = doc;
	return facts;
}

char *cr_test_temp_dir(void)
{
	g_autoptr(GError) error = NULL;
	char *dir = g_dir_make_tmp("crossread-test-XXXXXX", &error);
	g_assert_no_error(error);
	return dir;
}

void cr_test_remove_tree(const char *path)
{
	g_autoptr(GDir) listing = g_dir_open(path, 0, NULL);
	const char *name;
	while (listing && (name = g_dir_read_name(listing))) {
		g_autofree char *child = g_build_filename(path, name, NULL);
		GStatBuf st;
		if (g_lstat(child, &st) == 0 && S_ISDIR(st.st_mode))
			cr_test_remove_tree(child);
		else
			g_unlink(child);
	}
	g_rmdir(path);
}

GArray *cr_test_paragraph_blocks(const CrDoc *doc)
{
	GArray *blocks = g_array_new(FALSE, TRUE, sizeof(CrBlock));
	gsize pos = doc->text_start, start = G_MAXSIZE, end = 0;

	while (pos <= doc->len) {
		gsize next;
		gsize line_end = cr_text_line_end(doc->data, doc->len, pos, &next);
		gboolean blank = cr_text_line_is_blank(doc->data, doc->len, pos);
		if (!blank) {
			start = MIN(start, pos);
			end = line_end;
		}
		if ((blank || next >= doc->len) && start != G_MAXSIZE) {
			CrBlock block = { .start = start, .end = end, .score = 1.0 };
			g_array_append_val(blocks, block);
			start = G_MAXSIZE;
		}
		if (next >= doc->len)
			break;
		pos = next;
	}
	return blocks;
}

/* The safe YAML reader: the tree it builds, and every problem it reports
 * with the file, line and column a user would be shown. */
#include <string.h>

#include <glib/gstdio.h>

#include "crossread/doc.h"
#include "crossread/yaml_reader.h"

static const CrYamlLimits limits = {
	.max_bytes = 4096,
	.max_scalar = 64,
	.max_depth = 4,
	.max_nodes = 100,
};

/* Parses TEXT as "t.yaml"; every message joined by newlines into *MESSAGES. */
static CrYamlNode *parse(const char *text, char **messages)
{
	g_auto(CrYamlDiag) diag = { 0 };
	cr_yaml_diag_init(&diag, "t.yaml");
	CrYamlNode *root = cr_yaml_parse(text, strlen(text), &limits, &diag);
	g_ptr_array_add(diag.messages, NULL);
	*messages = g_strjoinv("\n", (char **)diag.messages->pdata);
	return root;
}

/* Asserts that TEXT gives exactly the messages EXPECTED. */
static void assert_messages(const char *text, const char *expected)
{
	g_autofree char *messages = NULL;
	g_autoptr(CrYamlNode) root = parse(text, &messages);
	g_assert_cmpstr(messages, ==, expected);
}

static void test_tree(void)
{
	g_autofree char *messages = NULL;
	g_autoptr(CrYamlNode) root = parse("name: dusk\n"
					   "styles:\n"
					   "  text: {fg: \"#ffffff\", attrs: [bold, underline]}\n"
					   "  quote:\n"
					   "    fg: yellow\n",
					   &messages);
	g_assert_cmpstr(messages, ==, "");
	g_assert_nonnull(root);
	g_assert_cmpint(root->kind, ==, CR_YAML_MAPPING);
	g_assert_cmpuint(cr_yaml_map_len(root), ==, 2);
	g_assert_cmpstr(cr_yaml_get(root, "name")->text, ==, "dusk");
	const CrYamlNode *styles = cr_yaml_get(root, "styles");
	const CrYamlNode *text = cr_yaml_get(styles, "text");
	g_assert_cmpint(text->kind, ==, CR_YAML_MAPPING);
	g_assert_cmpuint(text->line, ==, 3);
	g_assert_cmpuint(text->column, ==, 9);
	const CrYamlNode *fg = cr_yaml_get(text, "fg");
	g_assert_cmpstr(fg->text, ==, "#ffffff");
	g_assert_false(fg->plain);
	const CrYamlNode *attrs = cr_yaml_get(text, "attrs");
	g_assert_cmpint(attrs->kind, ==, CR_YAML_SEQUENCE);
	g_assert_cmpuint(attrs->items->len, ==, 2);
	const CrYamlNode *quote_fg = cr_yaml_get(cr_yaml_get(styles, "quote"), "fg");
	g_assert_cmpuint(quote_fg->line, ==, 5);
	g_assert_cmpuint(quote_fg->column, ==, 9);
	g_assert_null(cr_yaml_get(root, "missing"));
}

static void test_empty(void)
{
	g_autofree char *messages = NULL;
	g_autoptr(CrYamlNode) root = parse("# only a comment\n", &messages);
	g_assert_null(root);
	g_assert_cmpstr(messages, ==, "");
}

static void test_syntax_error(void)
{
	assert_messages("name: a\n  bad: b\n", "t.yaml:2:6: mapping values are not allowed in this context");
	assert_messages("styles:\n  text: {fg: red\n",
			"t.yaml:3:1: did not find expected ',' or '}' (while parsing a flow mapping at 2:9)");
}

static void test_unquoted_colour(void)
{
	g_autofree char *messages = NULL;
	g_autoptr(CrYamlNode) root = parse("styles:\n  text:\n    fg: #ff0000\n", &messages);
	g_assert_cmpstr(messages, ==, "");
	const CrYamlNode *fg = cr_yaml_get(cr_yaml_get(cr_yaml_get(root, "styles"), "text"), "fg");
	g_assert_true(fg->comment_after);
	g_assert_cmpuint(fg->line, ==, 3);
	g_assert_cmpuint(fg->column, ==, 9);

	/* in a flow mapping the comment eats the closing brace */
	assert_messages("text: {fg: #ff0000}\nname: x\n",
			"t.yaml:2:5: did not find expected ',' or '}' (while parsing a flow mapping at 1:7)\n"
			"t.yaml:1:12: '#' starts a comment in YAML: quote the value (\"#ff0000\")");
}

static void test_refused(void)
{
	assert_messages("a: &x 1\nb: *x\n", "t.yaml:1:4: anchors (&x) are not allowed\n"
					    "t.yaml:2:4: aliases (*x) are not allowed");
	assert_messages("a: !!str 1\n", "t.yaml:1:4: tags (tag:yaml.org,2002:str) are not allowed");
	assert_messages("a: 1\n---\nb: 2\n", "t.yaml:2:1: only one document is allowed in the file");
	assert_messages("a: 1\nb: 2\na: 3\n", "t.yaml:3:1: duplicate key 'a' (first at 1:1)");
	assert_messages("? [a, b]\n: 1\n", "t.yaml:1:3: a key must be a word, not a list");
}

static void test_limits(void)
{
	assert_messages("a: [[[[1]]]]\n", "t.yaml:1:7: nested too deeply (more than 4 levels)");
	g_autofree char *x65 = g_strnfill(65, 'x');
	g_autofree char *long_value = g_strdup_printf("a: %s\n", x65);
	assert_messages(long_value, "t.yaml:1:4: a value longer than 64 bytes");
	GString *many = g_string_new("[");
	for (int i = 0; i < 120; i++)
		g_string_append(many, "1,");
	g_string_append(many, "1]");
	assert_messages(many->str, "t.yaml:1:200: too many values (more than 100)");
	g_string_free(many, TRUE);
	char *big = g_strnfill(5000, '#');
	assert_messages(big, "t.yaml: larger than 4 KiB");
	g_free(big);
}

static void test_bad_bytes(void)
{
	assert_messages("a: ok\nb: \xff\n", "t.yaml:2:4: invalid leading UTF-8 octet");
	assert_messages("a: \x01\n", "t.yaml:1:4: control characters are not allowed");
	/* what a message quotes stays on its line */
	assert_messages("\"a\\nb\\e\": 1\n\"a\\nb\\e\": 2\n",
			"t.yaml:2:1: duplicate key 'a\\nb\\x1b' (first at 1:1)");
}

static void test_values(void)
{
	g_autofree char *messages = NULL;
	g_autoptr(CrYamlNode) root = parse(
	    "on: yes\noff: False\nn: 42\nbad: maybe\nbig: 999\nempty:\nlist: [1]\ncolour: blu\n", &messages);
	g_auto(CrYamlDiag) diag = { 0 };
	cr_yaml_diag_init(&diag, "t.yaml");
	gboolean flag = FALSE;
	gint64 n = 0;
	const char *text = NULL;

	g_assert_true(cr_yaml_get_bool(&diag, cr_yaml_get(root, "on"), "on", &flag) && flag);
	g_assert_true(cr_yaml_get_bool(&diag, cr_yaml_get(root, "off"), "off", &flag) && !flag);
	g_assert_true(cr_yaml_get_int(&diag, cr_yaml_get(root, "n"), "n", 0, 100, &n) && n == 42);
	g_assert_true(cr_yaml_diag_ok(&diag));
	g_assert_false(cr_yaml_get_bool(&diag, cr_yaml_get(root, "bad"), "'bad'", &flag));
	g_assert_false(cr_yaml_get_int(&diag, cr_yaml_get(root, "big"), "'big'", 0, 100, &n));
	g_assert_false(cr_yaml_get_string(&diag, cr_yaml_get(root, "empty"), "'empty'", &text));
	g_assert_false(cr_yaml_get_string(&diag, cr_yaml_get(root, "list"), "'list'", &text));
	static const char *const keys[] = { "on", "off", "n", "bad", "big", "empty", "list", "color", NULL };
	g_assert_false(cr_yaml_check_keys(&diag, root, keys, "the file"));
	g_ptr_array_add(diag.messages, NULL);
	g_autofree char *all = g_strjoinv("\n", (char **)diag.messages->pdata);
	g_assert_cmpstr(all, ==,
			"t.yaml:4:6: 'bad' must be true or false, not 'maybe'\n"
			"t.yaml:5:6: 'big' must be a whole number from 0 to 100, not '999'\n"
			"t.yaml:6:7: 'empty' has no value\n"
			"t.yaml:7:7: 'list' must be a single value, not a list\n"
			"t.yaml:8:1: unknown key 'colour' in the file (did you mean 'color'?)");
}

static void test_nearest(void)
{
	static const char *const words[] = { "boilerplate", "text", "quote", "cursor-line", NULL };
	g_assert_cmpstr(cr_yaml_nearest("qoute", words), ==, "quote");
	g_assert_cmpstr(cr_yaml_nearest("boilerplat", words), ==, "boilerplate");
	g_assert_cmpstr(cr_yaml_nearest("Text", words), ==, "text");
	g_assert_null(cr_yaml_nearest("zebra", words));
}

static void test_load_file(void)
{
	g_autofree char *dir = g_dir_make_tmp("crossread-yaml-XXXXXX", NULL);
	g_autofree char *path = g_build_filename(dir, "t.yaml", NULL);
	g_auto(CrYamlDiag) diag = { 0 };
	gboolean missing = FALSE;

	cr_yaml_diag_init(&diag, path);
	g_assert_null(cr_yaml_load_file(path, &limits, &diag, &missing));
	g_assert_true(missing);
	g_assert_true(cr_yaml_diag_ok(&diag));

	g_assert_null(cr_yaml_load_file(dir, &limits, &diag, &missing));
	g_assert_cmpuint(diag.messages->len, ==, 1);
	g_assert_true(g_str_has_suffix(g_ptr_array_index(diag.messages, 0), "is a directory"));

	g_assert_true(g_file_set_contents(path, "a: 1\n", -1, NULL));
	g_ptr_array_set_size(diag.messages, 0);
	g_autoptr(CrYamlNode) root = cr_yaml_load_file(path, &limits, &diag, &missing);
	g_assert_nonnull(root);
	g_assert_false(missing);

	g_autoptr(GError) error = NULL;
	cr_yaml_diag_add(&diag, 2, 3, "first");
	cr_yaml_diag_add(&diag, 4, 5, "second");
	g_assert_false(cr_yaml_diag_to_error(&diag, &error));
	g_autofree char *joined = g_strdup_printf("%s:2:3: first\n%s:4:5: second", path, path);
	g_assert_cmpstr(error->message, ==, joined);
	g_assert_true(g_error_matches(error, CR_ERROR, CR_ERROR_PARSE));
	g_unlink(path);
	g_rmdir(dir);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/yaml/tree", test_tree);
	g_test_add_func("/yaml/empty", test_empty);
	g_test_add_func("/yaml/syntax-error", test_syntax_error);
	g_test_add_func("/yaml/unquoted-colour", test_unquoted_colour);
	g_test_add_func("/yaml/refused", test_refused);
	g_test_add_func("/yaml/limits", test_limits);
	g_test_add_func("/yaml/bad-bytes", test_bad_bytes);
	g_test_add_func("/yaml/values", test_values);
	g_test_add_func("/yaml/nearest", test_nearest);
	g_test_add_func("/yaml/load-file", test_load_file);
	return g_test_run();
}

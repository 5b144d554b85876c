/* Splitting a report into blocks: line ends, bad bytes, wrapped text or one
 * paragraph a line, long runs, drop capitals. */
#include <string.h>

#include "clean-page.h"

/* ---- splitting --------------------------------------------------------- */

static void test_one_line_file(void)
{
	g_autoptr(Page) page = page_new("  Just one line of text, and nothing else.  \n");
	g_assert_cmpuint(page->blocks->len, ==, 1);
	g_autofree char *text = block_text(page, 0);
	g_assert_cmpstr(text, ==, "Just one line of text, and nothing else.");
	g_assert_false(block_at(page, 0)->boilerplate);
	g_assert_cmpuint(block_at(page, 0)->flags, ==, 0);

	g_autoptr(Page) word = page_new("Hello");
	g_assert_cmpuint(word->blocks->len, ==, 1);
	g_assert_false(block_at(word, 0)->boilerplate);
}

/* The block texts of TEXT, joined with '|'. */
static char *split(const char *text, gsize len)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CrDoc) doc = cr_doc_new_take("t.txt", g_memdup2(text, len + 1), len, &error);
	g_assert_no_error(error);
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	GString *out = g_string_new(NULL);
	for (guint i = 0; i < blocks->len; i++) {
		const CrBlock *b = &g_array_index(blocks, CrBlock, i);
		g_string_append_printf(out, "%s%.*s", i ? "|" : "", (int)(b->end - b->start),
				       doc->data + b->start);
	}
	return g_string_free(out, FALSE);
}

static void test_line_ends(void)
{
	g_autofree char *lf = split("Title\n\nFirst para.\nSecond para.\n", 32);
	g_assert_cmpstr(lf, ==, "Title|First para.|Second para.");
	/* Windows and old Mac line ends make the same blocks, and no CR is
	 * left inside a block's edges. */
	const char crlf_text[] = "Title\r\n\r\nFirst para.\r\nSecond para.\r\n";
	g_autofree char *crlf = split(crlf_text, sizeof crlf_text - 1);
	g_assert_cmpstr(crlf, ==, "Title|First para.|Second para.");
	const char cr_text[] = "Title\r\rFirst para.\rSecond para.\r";
	g_autofree char *cr = split(cr_text, sizeof cr_text - 1);
	g_assert_cmpstr(cr, ==, "Title|First para.|Second para.");
	/* Blank lines made of spaces, tabs and no-break spaces count. */
	const char spaces_text[] = "One.\n \t\xc2\xa0\nTwo.";
	g_autofree char *spaces = split(spaces_text, sizeof spaces_text - 1);
	g_assert_cmpstr(spaces, ==, "One.|Two.");
}

static void test_bom_nul_and_bad_bytes(void)
{
	/* The BOM is not text; offsets still count it. */
	const char bom_text[] = "\xef\xbb\xbfHeadline\n\nBody text.";
	g_autoptr(GError) error = NULL;
	g_autoptr(CrDoc) doc =
	    cr_doc_new_take("b.txt", g_memdup2(bom_text, sizeof bom_text), sizeof bom_text - 1, &error);
	g_assert_no_error(error);
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	g_assert_cmpuint(blocks->len, ==, 2);
	g_assert_cmpuint(g_array_index(blocks, CrBlock, 0).start, ==, 3);
	g_assert_cmpuint(g_array_index(blocks, CrBlock, 1).start, ==, 13);

	/* A NUL byte is a blank and an invalid byte is a character: neither
	 * shifts an offset or ends the text. */
	const char nul_text[] = "First \xff word.\n\0\nAfter the NUL \xc3 byte.";
	g_autofree char *nul = split(nul_text, sizeof nul_text - 1);
	g_assert_cmpstr(nul, ==, "First \xff word.|After the NUL \xc3 byte.");
}

static void test_wrapped_or_one_per_line(void)
{
	/* Lines of similar length under 80 columns, carrying a sentence on in
	 * lower case: one paragraph. */
	const char *wrapped = "The committee met on Tuesday to discuss the proposal, which\n"
			      "would extend opening hours at the central library and add a\n"
			      "second reading room on the ground floor.\n";
	g_autofree char *one = split(wrapped, strlen(wrapped));
	g_assert_null(strchr(one, '|'));
	/* A short line ends a wrapped paragraph even without a blank line. */
	const char *two_paras = "The committee met on Tuesday to discuss the proposal, which\n"
				"would extend opening hours.\n"
				"Members will vote on the plan at their next meeting in the\n"
				"spring, the chair said.\n";
	g_autofree char *two = split(two_paras, strlen(two_paras));
	g_assert_cmpstr(
	    two, ==,
	    "The committee met on Tuesday to discuss the proposal, which\n"
	    "would extend opening hours.|Members will vote on the plan at their next meeting in the\n"
	    "spring, the chair said.");
	/* Long lines, one paragraph each. */
	const char *long_lines =
	    "The committee met on Tuesday to discuss the proposal, which would extend opening hours at the "
	    "central library.\nMembers will vote on the plan at their next meeting in the spring, the chair "
	    "said after the session.\n";
	g_autofree char *lines = split(long_lines, strlen(long_lines));
	g_assert_nonnull(strchr(lines, '|'));
	g_assert_null(strchr(strchr(lines, '|') + 1, '|'));
	/* One line too long to be hard-wrapped makes every line of the run a
	 * block, before it as after it. */
	g_autofree char *very_long = g_strnfill(400, 'x');
	g_autofree char *mixed_text = g_strdup_printf("The committee met on Tuesday to discuss the proposal, "
						      "which\nwould extend opening hours.\n%s\nand one more "
						      "line\nthat carries on.\n",
						      very_long);
	g_autofree char *mixed = split(mixed_text, strlen(mixed_text));
	g_autofree char *want = g_strdup_printf("The committee met on Tuesday to discuss the proposal, which|"
						"would extend opening hours.|%s|"
						"and one more line|that carries on.",
						very_long);
	g_assert_cmpstr(mixed, ==, want);
	/* A list of capitalised lines of similar length is a list, not prose. */
	const char *list = "Police arrest two after overnight break-in at city museum\n"
			   "Heatwave warning issued for southern regions today\n"
			   "Parliament approves budget after marathon session\n";
	g_autofree char *items = split(list, strlen(list));
	g_assert_cmpstr(items, ==,
			"Police arrest two after overnight break-in at city museum|"
			"Heatwave warning issued for southern regions today|"
			"Parliament approves budget after marathon session");
	/* Bullets start blocks of their own. */
	const char *bullets = "The plan includes the following changes for the coming year:\n"
			      "- longer opening hours on weekdays and at weekends\n"
			      "- a second reading room on the ground floor\n";
	g_autofree char *bulleted = split(bullets, strlen(bullets));
	g_assert_cmpstr(bulleted, ==,
			"The plan includes the following changes for the coming year:|"
			"- longer opening hours on weekdays and at weekends|"
			"- a second reading room on the ground floor");
}

/* A run of many lines (read again as it is split, not held) splits as a
 * short one: one-character lines make blocks of up to 4,096 bytes
 * together, with LF or CRLF line ends, and a wrapped paragraph after a
 * blank line is one block. */
static void test_long_runs(void)
{
	GString *text = g_string_new(NULL), *crlf = g_string_new(NULL);
	for (guint i = 0; i < 10000; i++) {
		g_string_append(text, "x\n");
		g_string_append(crlf, "x\r\n");
	}
	const char *wrapped = "The committee met on Tuesday to discuss the proposal, which\n"
			      "would extend opening hours at the central library and add a\n"
			      "second reading room on the ground floor.";
	g_string_append_printf(text, "\n%s\n", wrapped);
	g_string_append_printf(crlf, "\r\n%s\r\n", wrapped);
	g_autofree char *lf = split(text->str, text->len);
	g_autofree char *cr = split(crlf->str, crlf->len);
	g_auto(GStrv) blocks = g_strsplit(lf, "|", -1);
	guint n = g_strv_length(blocks), xs = 0;
	g_assert_cmpuint(n, ==, 6);
	for (guint i = 0; i + 1 < n; i++) {
		g_assert_cmpuint(strlen(blocks[i]), <=, 4096);
		if (i + 2 < n)
			g_assert_cmpuint(strlen(blocks[i]), >, 4000);
		xs += (guint)(strlen(blocks[i]) + 1) / 2;
	}
	g_assert_cmpuint(xs, ==, 10000);
	g_assert_cmpstr(blocks[n - 1], ==, wrapped);
	g_auto(GStrv) cr_blocks = g_strsplit(cr, "|", -1);
	/* three bytes a line: 30,000 bytes in eight blocks */
	g_assert_cmpuint(g_strv_length(cr_blocks), ==, 9);
	g_assert_cmpstr(cr_blocks[8], ==, wrapped);
	g_string_free(text, TRUE);
	g_string_free(crlf, TRUE);
}

/* ---- repairs ----------------------------------------------------------- */

static void test_dropcap(void)
{
	g_autoptr(Page) page =
	    page_new("Share This Article\n\nJ\n\napanese officials said on Wednesday that "
		     "talks would continue next week in the capital.\n\nThe talks began in March.");
	const CrBlock *cap = block_with(page, "J\n");
	g_assert_true(cap->flags & CR_BLOCK_DROPCAP);
	g_assert_false(cap->boilerplate);
	g_assert_false((cap + 1)->boilerplate);
	g_assert_cmpuint((cap + 1)->flags, ==, 0);

	/* A lone capital before a capitalised block, a two-letter block, a
	 * lower case letter, a letter at the very end: no drop caps. */
	const char *const others[] = {
		"A\n\nBig day for the town, the mayor said on Monday.",
		"Ab\n\ncd efg said the officials in a statement.",
		"j\n\napanese officials said on Wednesday.",
		"The talks began in March and ended in May.\n\nJ",
	};
	for (guint i = 0; i < G_N_ELEMENTS(others); i++) {
		g_autoptr(Page) other = page_new(others[i]);
		for (guint b = 0; b < other->blocks->len; b++)
			g_assert_false(block_at(other, b)->flags & CR_BLOCK_DROPCAP);
	}
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/split/one-line", test_one_line_file);
	g_test_add_func("/clean/split/line-ends", test_line_ends);
	g_test_add_func("/clean/split/bom-nul-bad-bytes", test_bom_nul_and_bad_bytes);
	g_test_add_func("/clean/split/wrapped-or-lines", test_wrapped_or_one_per_line);
	g_test_add_func("/clean/split/long-runs", test_long_runs);
	g_test_add_func("/clean/dropcap", test_dropcap);
	return g_test_run();
}

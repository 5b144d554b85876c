/* The search engine: what a pattern finds, wherever the pass starts and
 * however it is sliced, and what it refuses. */
#include <string.h>

#include "crossread/doc.h"
#include "crossread/search.h"
#include "testlib.h"

/* The matches of TYPED in TEXT (LEN bytes), the pass starting at FROM and
 * run STEPS steps at a time (0: at once), as "start-end" pairs. */
static char *find(const char *typed, const char *text, gsize len, gsize from, guint steps, guint cap,
		  CrSearchState *state_out)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CrPattern) pattern = cr_pattern_new(typed, &error);
	g_assert_no_error(error);
	CrSearchText search_text = { .data = text, .len = len };
	CrSearchPass *pass = cr_search_pass_new(pattern, &search_text, from, cap);
	CrSearchBudget budget = { .steps = steps };
	CrSearchState state;
	guint runs = 0;

	do {
		state = cr_search_pass_run(pass, G_MAXSIZE, steps ? &budget : NULL);
		g_assert_cmpuint(++runs, <, 1000000);
	} while (state == CR_SEARCH_MORE);
	g_assert_true(cr_search_pass_over(pass));
	if (state_out)
		*state_out = state;
	GString *out = g_string_new(NULL);
	const GArray *matches = cr_search_pass_matches(pass);
	for (guint i = 0; i < matches->len; i++) {
		const CrSpan *m = &g_array_index(matches, CrSpan, i);
		g_string_append_printf(out, "%s%zu-%zu", i ? " " : "", m->start, m->end);
	}
	g_assert_cmpuint(cr_search_pass_found(pass), ==, matches->len);
	g_assert_cmpuint(cr_search_pass_searched(pass), ==, len);
	cr_search_pass_free(pass);
	cr_search_text_clear(&search_text);
	return g_string_free(out, FALSE);
}

static char *find_all(const char *typed, const char *text)
{
	return find(typed, text, strlen(text), 0, 0, 1000, NULL);
}

static void test_case(void)
{
	const char *text = "Ferry ferry FERRY";
	g_autofree char *caseless = find_all("ferry", text);
	g_assert_cmpstr(caseless, ==, "0-5 6-11 12-17");
	g_autofree char *exact = find_all("Ferry", text);
	g_assert_cmpstr(exact, ==, "0-5");
	/* \W is syntax, not a capital */
	g_autofree char *syntax = find_all("\\Wferry", text);
	g_assert_cmpstr(syntax, ==, "5-11 11-17");
	/* caseless beyond ASCII */
	g_autofree char *accent = find_all("\xc3\xa9t\xc3\xa9", "\xc3\x89T\xc3\x89");
	g_assert_cmpstr(accent, ==, "0-5");
}

/* A space matches any run of whitespace, line ends included. */
static void test_phrase_across_lines(void)
{
	const char *text = "said the Prime\nMinister, and prime \r\n  minister; prime\tminister";
	g_autofree char *found = find_all("prime minister", text);
	g_assert_cmpstr(found, ==, "9-23 29-47 49-63");
	/* two spaces typed are one run too */
	g_autofree char *two = find_all("prime  minister", text);
	g_assert_cmpstr(two, ==, found);
	/* a quantifier after a space applies to it: "a +b" is a, spaces, b */
	g_autofree char *plus = find_all("a +b", "ab a b a \n b");
	g_assert_cmpstr(plus, ==, "3-6 7-12");
	g_autofree char *optional = find_all("a ?b", "ab a b");
	g_assert_cmpstr(optional, ==, "0-2 3-6");
	/* a space in brackets, escaped or quoted stays one space */
	g_autofree char *bracket = find_all("a[ ]b", "a b a\nb");
	g_assert_cmpstr(bracket, ==, "0-3");
	g_autofree char *escaped = find_all("a\\ b", "a b a\nb");
	g_assert_cmpstr(escaped, ==, "0-3");
	g_autofree char *quoted = find_all("\\Qa.b c\\E", "a.b\nc axb c");
	g_assert_cmpstr(quoted, ==, "0-5");
	/* a comment is left alone, and a leading (*VERB) still leads */
	g_autofree char *comment = find_all("(?# a comment )x", "x");
	g_assert_cmpstr(comment, ==, "0-1");
	g_autofree char *verb = find_all("(*UCP)a b", "a\nb");
	g_assert_cmpstr(verb, ==, "0-3");
}

/* ^ and $ at every line end: LF, CR LF and a lone CR. */
static void test_line_ends(void)
{
	g_autofree char *found = find_all("^foo$", "foo\r\nfoo\rfoo\nxfoo");
	g_assert_cmpstr(found, ==, "0-3 5-8 9-12");
}

/* Wherever the pass starts and however it is sliced, it finds what one
 * pass from the start finds. */
static void test_from_anywhere(void)
{
	const char *texts[] = {
		"aaaa",
		"the cat, the other; then the end of the theme",
		"x aa aaa aaaa aaaaa y",
	};
	const char *patterns[] = { "aa", "the", "a+", "\\bthe\\b", "a*", "t?h", "e\\b|\\bt" };
	for (guint t = 0; t < G_N_ELEMENTS(texts); t++) {
		gsize len = strlen(texts[t]);
		for (guint p = 0; p < G_N_ELEMENTS(patterns); p++) {
			g_autofree char *whole = find(patterns[p], texts[t], len, 0, 0, 1000, NULL);
			for (gsize from = 0; from <= len; from++)
				for (guint steps = 0; steps < 4; steps++) {
					g_autofree char *part =
					    find(patterns[p], texts[t], len, from, steps, 1000, NULL);
					if (g_strcmp0(part, whole) != 0)
						g_error("/%s/ in '%s' from %zu by %u: '%s', not '%s'",
							patterns[p], texts[t], from, steps, part, whole);
				}
		}
	}
}

/* At most CAP matches, the first from where the pass started, and the pass
 * says it stopped there. */
static void test_cap(void)
{
	const char *text = "e e e e e e e e e e";
	g_autoptr(CrPattern) pattern = cr_pattern_new("e", NULL);
	CrSearchText search_text = { .data = text, .len = strlen(text) };
	CrSearchPass *pass = cr_search_pass_new(pattern, &search_text, 10, 4);
	g_assert_cmpint(cr_search_pass_run(pass, G_MAXSIZE, NULL), ==, CR_SEARCH_DONE);
	g_assert_true(cr_search_pass_capped(pass));
	const GArray *matches = cr_search_pass_matches(pass);
	g_assert_cmpuint(matches->len, ==, 4);
	g_assert_cmpuint(g_array_index(matches, CrSpan, 0).start, ==, 10);
	cr_search_pass_free(pass);
	/* room for all but the second part's last: the first two before FROM */
	g_autofree char *wrapped = find("e", text, strlen(text), 10, 0, 7, NULL);
	g_assert_cmpstr(wrapped, ==, "0-1 2-3 10-11 12-13 14-15 16-17 18-19");
}

/* The screen first: with UNTIL the first part stops there, and the matches
 * found so far are those on screen. */
static void test_until(void)
{
	const char *text = "one two one two one two one";
	g_autoptr(CrPattern) pattern = cr_pattern_new("one", NULL);
	CrSearchText search_text = { .data = text, .len = strlen(text) };
	CrSearchPass *pass = cr_search_pass_new(pattern, &search_text, 8, 100);
	g_assert_cmpint(cr_search_pass_run(pass, 15, NULL), ==, CR_SEARCH_REACHED);
	g_assert_cmpuint(cr_search_pass_matches(pass)->len, ==, 2);
	g_assert_cmpuint(g_array_index(cr_search_pass_matches(pass), CrSpan, 0).start, ==, 8);
	g_assert_cmpint(cr_search_pass_run(pass, 15, NULL), ==, CR_SEARCH_REACHED);
	g_assert_cmpint(cr_search_pass_run(pass, G_MAXSIZE, NULL), ==, CR_SEARCH_DONE);
	g_assert_cmpuint(cr_search_pass_matches(pass)->len, ==, 4);
	cr_search_pass_free(pass);
}

/* Bytes that are not UTF-8, and NULs, keep their offsets: what follows them
 * is found where it is in the file. */
static void test_invalid_bytes(void)
{
	const char text[] = "a\xff\xfe word \0 word \xc3";
	g_autofree char *found = find("word", text, sizeof text - 1, 0, 0, 100, NULL);
	g_assert_cmpstr(found, ==, "4-8 11-15");
	g_autofree char *from = find("word", text, sizeof text - 1, 9, 1, 100, NULL);
	g_assert_cmpstr(from, ==, "4-8 11-15");
}

/* Nested repeats that would backtrack for minutes are refused instead; a
 * broken pattern is an error that says why. */
static void test_refused(void)
{
	g_autofree char *line = g_strnfill(40, 'a');
	g_autofree char *text = g_strconcat("fine\n", line, "!\n", NULL);
	CrSearchState state;
	g_autofree char *found = find("(\\w|\\w\\w)+$", text, strlen(text), 0, 0, 100, &state);
	g_assert_cmpint(state, ==, CR_SEARCH_TOO_COSTLY);

	g_autoptr(GError) error = NULL;
	g_assert_null(cr_pattern_new("(unclosed", &error));
	g_assert_error(error, CR_ERROR, CR_ERROR_USAGE);
	g_assert_nonnull(strstr(error->message, "parenthesis"));
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/search/case", test_case);
	g_test_add_func("/search/phrase-across-lines", test_phrase_across_lines);
	g_test_add_func("/search/line-ends", test_line_ends);
	g_test_add_func("/search/from-anywhere", test_from_anywhere);
	g_test_add_func("/search/cap", test_cap);
	g_test_add_func("/search/until", test_until);
	g_test_add_func("/search/invalid-bytes", test_invalid_bytes);
	g_test_add_func("/search/refused", test_refused);
	return g_test_run();
}

/* Passages: the sentences around a fact, as coverage shows them and y
 * copies them. */
#include <string.h>

#include "crossread/passage.h"
#include "testlib.h"

/* The passage of TEXT (one report, cut into blocks as the engine cuts it)
 * around the first occurrence of WORDS, as one line; the offsets of WORDS'
 * start and end in that line go to *START and *END. */
static char *passage_of(const char *text, const char *words, gsize *start, gsize *end)
{
	g_autoptr(CrDoc) doc = cr_test_doc("p.txt", text);
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	const char *at = strstr(text, words);
	g_assert_nonnull(at);
	gsize span[2] = { (gsize)(at - text), (gsize)(at - text) + strlen(words) };
	CrPassage passage = cr_passage_around(doc, blocks, span[0], span[1]);
	char *line = cr_passage_text(doc, &passage, span, 2);
	*start = span[0];
	*end = span[1];
	return line;
}

/* Checks that the passage around WORDS in TEXT is WANT, WORDS inside it. */
static void check_passage(const char *text, const char *words, const char *want)
{
	gsize start, end;
	g_autofree char *got = passage_of(text, words, &start, &end);
	g_assert_cmpstr(got, ==, want);
	g_autofree char *found = g_strndup(got + start, end - start);
	g_assert_cmpstr(found, ==, words);
}

static void test_sentences(void)
{
	/* the sentence with the fact, not its neighbours */
	check_passage("It rained. Ann Lee spoke at noon. Then she left.\n", "Ann Lee",
		      "Ann Lee spoke at noon.");
	/* abbreviations and initials end no sentence */
	check_passage("Talks began. Mr. Kishida met J. R. Smith in the U.S. on Monday. He left.\n", "Monday",
		      "Mr. Kishida met J. R. Smith in the U.S. on Monday.");
	/* a quotation ends the sentence only where a capital follows */
	check_passage("\"We will stay,\" she said. \"It is over.\" he said, leaving. Later.\n", "It is over",
		      "\"It is over.\" he said, leaving.");
	/* a quotation of several sentences: all of them */
	check_passage("Before. \"One thing. Another thing.\" Mara said so. After.\n",
		      "One thing. Another thing.", "\"One thing. Another thing.\" Mara said so.");
	/* line ends inside a paragraph are spaces; the paragraph ends it */
	check_passage(
	    "The first paragraph is here and it goes on for a while as they do.\n\n"
	    "The council met on Monday and Ann Lee, who chairs it, spoke\nfor an hour about the "
	    "bridge and the ferry and what the town\nwould pay for them over the years to come\n\n"
	    "Next one.\n",
	    "Ann Lee",
	    "The council met on Monday and Ann Lee, who chairs it, spoke for an hour about the bridge and "
	    "the ferry and what the town would pay for them over the years to come");
	/* no sentence end in reach: cut at a space, and said so */
	GString *long_text = g_string_new(NULL);
	for (int i = 0; i < 150; i++)
		g_string_append(long_text, "word ");
	g_string_append(long_text, "Ann Lee");
	for (int i = 0; i < 150; i++)
		g_string_append(long_text, " word");
	gsize start, end;
	g_autofree char *cut = passage_of(long_text->str, "Ann Lee", &start, &end);
	g_assert_true(g_str_has_prefix(cut, "\xe2\x80\xa6 word"));
	g_assert_true(g_str_has_suffix(cut, "word \xe2\x80\xa6"));
	g_assert_cmpuint(strlen(cut), <=, 2 * CR_PASSAGE_MAX_SIDE + 16);
	g_string_free(long_text, TRUE);
}

static void test_line(void)
{
	g_autoptr(CrDoc) doc = cr_test_doc("l.txt", "one\ntwo\r\nthree\rfour\n");
	g_assert_cmpuint(cr_passage_line(doc, 0), ==, 1);
	g_assert_cmpuint(cr_passage_line(doc, 4), ==, 2);
	g_assert_cmpuint(cr_passage_line(doc, 9), ==, 3);
	g_assert_cmpuint(cr_passage_line(doc, 15), ==, 4);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/passage/sentences", test_sentences);
	g_test_add_func("/passage/line", test_line);
	return g_test_run();
}

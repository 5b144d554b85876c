/* Furniture only the other reports of an event tell from text (clean20):
 * another story's title inside a story and a picture's caption between
 * paragraphs, which lines a reader sees dimmed once the engine has run,
 * and the story's lines of near shapes that stay. */
#include "clean-page.h"
#include "crossread/engine.h"

#include <string.h>

/* The block of ENGINE's report D that holds TEXT. */
static const CrBlock *block_of(const CrEngine *engine, guint d, const char *text)
{
	const CrDoc *doc = g_ptr_array_index(engine->docs, d);
	const char *found = strstr(doc->data, text);
	if (!found)
		g_error("not in report %u: %s", d, text);
	const GArray *blocks = g_ptr_array_index(engine->blocks, d);
	int i = cr_blocks_find(blocks, (gsize)(found - doc->data));
	g_assert_cmpint(i, >=, 0);
	return &g_array_index(blocks, CrBlock, i);
}

static void test_other_story_title(void)
{
	g_autoptr(CrEngine) engine = cr_engine_run(ferry_reports(PAGE_WITH_OTHER_TITLE));
	/* none of its topic words in the other report or the paragraphs around it */
	g_assert_true(block_of(engine, 0, "Volcano grounds")->boilerplate);
	/* a subhead shares the story's words */
	g_assert_false(block_of(engine, 0, "Evening Crossings Added")->boilerplate);
	g_assert_false(block_of(engine, 0, STORY_PARAGRAPH_2)->boilerplate);
	g_assert_false(block_of(engine, 0, STORY_PARAGRAPH_3)->boilerplate);
}

static void test_lone_caption(void)
{
	g_autoptr(CrEngine) engine = cr_engine_run(ferry_reports(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n"
	    "Harbour master Jane Doyle greets passengers boarding the first evening ferry at the island "
	    "pier\n\n" STORY_PARAGRAPH_2 "\n\nThe mayor of the island welcomed the new evening crossings on "
	    "the ferry\n\n" STORY_PARAGRAPH_3 "\n"));
	g_assert_true(block_of(engine, 0, "Harbour master Jane Doyle greets")->boilerplate);
	/* a short paragraph in the past tense stays */
	g_assert_false(block_of(engine, 0, "The mayor of the island welcomed")->boilerplate);
}

/* An indented title flagged across the reports is dimmed from its line's
 * first byte, as the page's own cleaning flags furniture (clean30). */
static void test_indented_title(void)
{
	g_autoptr(CrEngine) engine = cr_engine_run(
	    ferry_reports("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n"
			  "  Volcano grounds flights, airports shut in Iceland\n\n" STORY_PARAGRAPH_2
			  "\n\nEvening Crossings Added From April\n\n" STORY_PARAGRAPH_3 "\n"));
	const CrDoc *doc = g_ptr_array_index(engine->docs, 0);
	const CrBlock *title = block_of(engine, 0, "Volcano grounds");
	g_assert_true(title->boilerplate);
	g_assert_cmpuint(title->start, ==, (gsize)(strstr(doc->data, "  Volcano") - doc->data));
	g_assert_false(block_of(engine, 0, STORY_PARAGRAPH_2)->boilerplate);
}

/* A report alone has no other report to tell it: the same title stays as
 * the page's own cleaning leaves it. */
static void test_alone(void)
{
	GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_ptr_array_add(docs,
			cr_test_doc("a.txt",
				    "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n"
				    "Volcano grounds flights, airports shut in Iceland\n\n" STORY_PARAGRAPH_2
				    "\n\nHarbour master Jane Doyle greets passengers boarding the "
				    "first evening ferry at the island pier\n\n" STORY_PARAGRAPH_3 "\n"));
	g_autoptr(CrEngine) engine = cr_engine_run(docs);
	g_assert_false(block_of(engine, 0, "Volcano grounds")->boilerplate);
	g_assert_false(block_of(engine, 0, "Harbour master Jane Doyle greets")->boilerplate);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/across/other-story-title", test_other_story_title);
	g_test_add_func("/clean/across/lone-caption", test_lone_caption);
	g_test_add_func("/clean/across/indented-title", test_indented_title);
	g_test_add_func("/clean/across/alone", test_alone);
	return g_test_run();
}

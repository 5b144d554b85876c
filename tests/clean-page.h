/* A page cleaned for the tests of cleaning (test-clean.c,
 * test-clean-furniture.c): the report, its blocks, and assertions on which
 * lines a reader sees dimmed. */
#pragma once

#include <string.h>

#include "crossread/clean.h"
#include "crossread/text.h"
#include "testlib.h"

/* A story paragraph long enough to read as article text by itself. */
#define STORY_PARAGRAPH                                                                                      \
	"The harbour council voted on Monday to approve the revised ferry timetable after a public "         \
	"consultation that drew more than a thousand replies from residents of the island and the town."
/* ... and another. */
#define STORY_PARAGRAPH_2                                                                                    \
	"Under the new timetable the first ferry will leave the island at six in the morning, and two "      \
	"evening crossings will be added on weekdays from April, the operator said in a statement."

/* ... and a third. */
#define STORY_PARAGRAPH_3                                                                                    \
	"Councillors said the crossings had been crowded since the harbour reopened, and that the "          \
	"operator would publish the fares for the evening crossings before the timetable starts."
/* A report of the three with another story's title between two of them
 * (none of its words in the story) and a subhead of the story's words. */
#define PAGE_WITH_OTHER_TITLE                                                                                \
	"Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n"                                                \
	"Volcano grounds flights, airports shut in Iceland\n\n" STORY_PARAGRAPH_2                            \
	"\n\nEvening Crossings Added From April\n\n" STORY_PARAGRAPH_3 "\n"

/* FIRST and another report of the same story, for the step across the
 * reports (clean_across.c). */
static inline GPtrArray *ferry_reports(const char *first)
{
	GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_ptr_array_add(docs, cr_test_doc("a.txt", first));
	g_ptr_array_add(docs, cr_test_doc("b.txt", "Island ferry timetable approved\n\n" STORY_PARAGRAPH_2
						   "\n\n" STORY_PARAGRAPH
						   "\n\nThe mayor welcomed the evening crossings.\n"));
	return docs;
}

/* A cleaned document: the report and its blocks. */
typedef struct {
	CrDoc *doc;
	GArray *blocks;
} Page;

static inline void page_free(Page *page)
{
	g_array_unref(page->blocks);
	cr_doc_free(page->doc);
	g_free(page);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(Page, page_free)

static inline Page *page_of_doc(CrDoc *doc)
{
	Page *page = g_new0(Page, 1);
	page->doc = doc;
	page->blocks = cr_clean_blocks(doc);
	return page;
}

/* TEXT (NUL-terminated) as a page. */
static inline Page *page_new(const char *text)
{
	return page_of_doc(cr_test_doc("page.txt", text));
}

/* The fixture tests/fixtures/clean/NAME as a page. */
static inline Page *page_load(const char *name)
{
	g_autofree char *rel = g_build_filename("fixtures", "clean", name, NULL);
	g_autofree char *path = cr_test_path(rel);
	g_autoptr(GError) error = NULL;
	CrDoc *doc = cr_doc_load(path, &error);
	g_assert_no_error(error);
	return page_of_doc(doc);
}

static inline const CrBlock *block_at(const Page *page, guint i)
{
	g_assert_cmpuint(i, <, page->blocks->len);
	return &g_array_index(page->blocks, CrBlock, i);
}

/* The block that holds the first occurrence of TEXT; fails the test when
 * TEXT is not in the page or falls between blocks. */
static inline const CrBlock *block_with(const Page *page, const char *text)
{
	const char *found = strstr(page->doc->data, text);
	if (!found)
		g_error("not in the page: %s", text);
	int i = cr_blocks_find(page->blocks, (gsize)(found - page->doc->data));
	if (i < 0)
		g_error("not in any block: %s", text);
	return block_at(page, (guint)i);
}

/* The text of block I, whitespace collapsed. */
static inline char *block_text(const Page *page, guint i)
{
	const CrBlock *b = block_at(page, i);
	return cr_text_flat(page->doc->data, b->start, b->end);
}

static inline void assert_flagged(const Page *page, const char *const *texts)
{
	for (guint i = 0; texts[i]; i++)
		if (!block_with(page, texts[i])->boilerplate)
			g_error("should be flagged as furniture: %s", texts[i]);
}

static inline void assert_kept(const Page *page, const char *const *texts)
{
	for (guint i = 0; texts[i]; i++) {
		const CrBlock *b = block_with(page, texts[i]);
		if (b->boilerplate)
			g_error("article text flagged as furniture: %s", texts[i]);
		g_assert_false(b->flags & CR_BLOCK_DUPLICATE);
	}
}

static inline guint count_flagged(const Page *page)
{
	guint n = 0;
	for (guint i = 0; i < page->blocks->len; i++)
		n += block_at(page, i)->boilerplate;
	return n;
}

/* Every block is trimmed, in order, and inside the text; a flagged block
 * may open with its line's indent. */
static inline void assert_blocks_sane(const Page *page)
{
	gsize prev_end = page->doc->text_start;
	for (guint i = 0; i < page->blocks->len; i++) {
		const CrBlock *b = block_at(page, i);
		g_assert_cmpuint(b->start, >=, prev_end);
		g_assert_cmpuint(b->start, <, b->end);
		g_assert_cmpuint(b->end, <=, page->doc->len);
		gsize first = b->start;
		while (b->boilerplate && first < b->end &&
		       (page->doc->data[first] == ' ' || page->doc->data[first] == '\t'))
			first++;
		g_assert_true(first == b->start || b->start == page->doc->text_start ||
			      page->doc->data[b->start - 1] == '\n');
		g_assert_false(g_ascii_isspace(page->doc->data[first]));
		g_assert_false(g_ascii_isspace(page->doc->data[b->end - 1]));
		g_assert_true(b->boilerplate ? b->score < 0 : TRUE);
		prev_end = b->end;
	}
}

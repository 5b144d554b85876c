/* The thirtieth cleaning set's rules (clean40): a byline above the story
 * with a widget's word glued to it falls; the lines of near shapes go the
 * other way: which lines a reader sees dimmed. */
#include "clean-page.h"

/* A byline above the story's first paragraph with its comment link glued
 * falls; a subhead of the same shape inside the story, under its first
 * paragraph, stays. */
static void test_byline_widget(void)
{
	g_autoptr(Page) byline =
	    page_new("Ferry timetable approved\n\nBy Stephanie Tsoflias Siegel Comment\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(byline, (const char *const[]){ "By Stephanie Tsoflias Siegel Comment", NULL });
	g_autoptr(Page) subhead =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nBy Land And Sea Comments Poured In\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(subhead, (const char *const[]){ "By Land And Sea Comments Poured In", NULL });
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/set30/byline-widget", test_byline_widget);
	return g_test_run();
}

/* Lines of a post's frame in the shapes the twenty-third cleaning set
 * and the events showed (clean33): which lines a reader sees dimmed, and
 * the story's lines of near shapes that stay. */
#include "clean-page.h"

static void test_entry_lines(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved\n\n"
		     "By March 4, 2024 No Comments\n\n" STORY_PARAGRAPH "\n\n"
		     "By March 4, 2024 the operator had answered 12 comments.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "By March 4, 2024 No", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, "By March 4, 2024 the operator", NULL });
	/* comments closed: WordPress's link names the post */
	g_autoptr(Page) closed = page_new(
	    "Ferry timetable approved\n\n"
	    "By   /  March 4, 2024  /  Comments Off on Ferry timetable approved by the harbour council\n\n"
	    "    Print       Email\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(closed, (const char *const[]){ "By   /  March 4", NULL });
	assert_kept(closed, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });
}

static void test_tags_and_stamp(void)
{
	g_autoptr(Page) page = page_new(
	    "Island News\n\nFerry timetable approved\n\n"
	    "Harbour, Island Ferries, Council News March 4, 2024 at 6:15 pm\n\n" STORY_PARAGRAPH
	    "\n\nHarbour, island ferries and council news March 4, 2024 at 6:15 pm\n\n" STORY_PARAGRAPH_2
	    "\n");
	assert_flagged(page, (const char *const[]){ "Harbour, Island Ferries", NULL });
	/* words in lower case: no list of tags */
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, "Harbour, island ferries and", NULL });
}

static void test_initials_credit(void)
{
	g_autoptr(Page) page = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n"
	    "Passengers waited on the quay as the storm hit the harbour. JRD\n\n" STORY_PARAGRAPH_2 "\n\n"
	    "The operator said the new boats had been inspected by officials of the U.S. "
	    "EPA\n\n" STORY_PARAGRAPH_3
	    "\n\nThe council said the ferry would be back on its route within a week. ERB\n");
	assert_flagged(page, (const char *const[]){ "Passengers waited on the quay", NULL });
	/* an initial's full stop ("U.S. EPA"); the story's last paragraph,
	 * where a wire or a writer signs */
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH_2, "The operator said the new boats",
						 "The council said the ferry", NULL });
}

static void test_news_address_note(void)
{
	g_autoptr(Page) page = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n"
	    "To apply for a pass, residents can email passes@harbour.example.org.\n\n" STORY_PARAGRAPH_3
	    "\n\nTo submit island news send an email to news@harbour.example.org.\n");
	assert_flagged(page, (const char *const[]){ "To submit island news", NULL });
	/* a modal before the verb: the story tells what residents can do */
	assert_kept(page, (const char *const[]){ "To apply for a pass", STORY_PARAGRAPH_3, NULL });
}

static void test_people_also_reading(void)
{
	g_autoptr(Page) page = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
					"\nPeople are also reading\xe2\x80\xa6\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "People are also reading", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });
}

static void test_paper_link(void)
{
	g_autoptr(Page) page = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n"
					"Seals on the quay - Northport Herald\n\n" STORY_PARAGRAPH_2 "\n\n"
					"June 2013 - Northport Harbour\n\n" STORY_PARAGRAPH_3 "\n");
	assert_flagged(page, (const char *const[]){ "Seals on the quay", NULL });
	/* a subhead dated by a dash names a place, not a paper */
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH_2, "June 2013 - Northport Harbour", NULL });
}

static void test_relative_caption(void)
{
	g_autoptr(Page) page =
	    page_new("Tuesday, 4 March 2024\n\nThe great crossing\n\n"
		     "Harbour seal, which swam into the ferry terminal at Northport\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "Harbour seal, which", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, NULL });
	/* the same shape opening the page is its headline */
	g_autoptr(Page) headline =
	    page_new("Old ferry, which sank in 1912, raised from the harbour\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(headline, (const char *const[]){ "Old ferry, which sank", STORY_PARAGRAPH, NULL });
}

static void test_map_labels(void)
{
	g_autoptr(Page) page = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\nWhere the ferry sails\n\n"
	    "NORWAY SWEDEN N. DENMARK North Sea Northport Harbour 0 40 KM 0 150 m Ferry Terminal OLD TOWN "
	    "Quay Street ferry sank here Northport station THE ISLAND PRESS, SOURCE: HARBOUR BOARD; "
	    "OPENSTREETMAP CONTRIBUTORS NORWAY SWEDEN N. DENMARK North Sea Northport Harbour 0 40 KM Ferry "
	    "Terminal\n\n" STORY_PARAGRAPH_2
	    "\n\nThe old charts marked the crossing from 0 40 km off the quay, where the ferry turns for the "
	    "island, and the council said the new charts would count from the terminal "
	    "instead\n\n" STORY_PARAGRAPH_3 "\n");
	assert_flagged(page, (const char *const[]){ "NORWAY SWEDEN", NULL });
	/* the same scale in a sentence: function words */
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH_2, "The old charts marked", NULL });
}

static void test_captions_set_apart(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n\n"
		     "Photo of the ferry crew on the quay\n\n\n" STORY_PARAGRAPH_2 "\n\n\n"
		     "Crew members boarding the morning ferry\n\n\n" STORY_PARAGRAPH_3 "\n\n"
		     "Evening crossings added in April\n\n" STORY_PARAGRAPH "\n");
	assert_flagged(page,
		       (const char *const[]){ "Photo of the ferry crew", "Crew members boarding", NULL });
	/* a subhead stands as close to the story as its paragraphs */
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH_2, STORY_PARAGRAPH_3,
						 "Evening crossings added in April", NULL });
	/* no caption set apart on the page: the same line stays */
	g_autoptr(Page) alone =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n\n"
		     "Crew members boarding the morning ferry\n\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(alone, (const char *const[]){ "Crew members boarding", NULL });
}

static void test_writer_name(void)
{
	/* set 23's page 06 (tests/fixtures/clean-real23/06-massivesci.txt):
	 * the writer's name over the field and the school the rules took */
	g_autoptr(Page) page = page_load("science-writer.txt");
	assert_flagged(page, (const char *const[]){ "Maria Gatta", "Ecology and Conservation Biology",
						    "University of the Witwatersrand", NULL });
	assert_kept(page, (const char *const[]){ "Papers published this year", "Every once in a while",
						 "A standard way of finding", NULL });
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/post-lines/entry-lines", test_entry_lines);
	g_test_add_func("/clean/post-lines/tags-and-stamp", test_tags_and_stamp);
	g_test_add_func("/clean/post-lines/initials-credit", test_initials_credit);
	g_test_add_func("/clean/post-lines/news-address-note", test_news_address_note);
	g_test_add_func("/clean/post-lines/people-also-reading", test_people_also_reading);
	g_test_add_func("/clean/post-lines/paper-link", test_paper_link);
	g_test_add_func("/clean/post-lines/relative-caption", test_relative_caption);
	g_test_add_func("/clean/post-lines/map-labels", test_map_labels);
	g_test_add_func("/clean/post-lines/captions-set-apart", test_captions_set_apart);
	g_test_add_func("/clean/post-lines/writer-name", test_writer_name);
	return g_test_run();
}

/* Lines of a post's frame in the shapes the twenty-third cleaning set
 * and the events showed (clean33): which lines a reader sees dimmed, and
 * the story's lines of near shapes that stay. */
#include "clean-page.h"

/* A fourth paragraph, for pages that set two distinct paragraphs apart. */
#define STORY_PARAGRAPH_4                                                                                    \
	"The operator said the new boats would carry two hundred passengers each and that tickets "          \
	"bought for the old timetable would be honoured on the new crossings until the summer."

static void test_entry_lines(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved\n\n"
		     "By March 4, 2024 No Comments\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "By March 4, 2024 No", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, NULL });
	/* a headline of the shape: words between the date and the count */
	g_autoptr(Page) headline =
	    page_new("By March 4, 2024 Operator Had Received 900 Comments\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(headline, (const char *const[]){ "By March 4, 2024 Operator", STORY_PARAGRAPH, NULL });
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
	/* a story's list of places and dates: two places, no time */
	g_autoptr(Page) tour = page_new("Ferry band on tour\n\n" STORY_PARAGRAPH "\n\n"
					"Wembley Arena, London March 22, 2024\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(tour, (const char *const[]){ "Wembley Arena, London", NULL });
	/* ... and three, lines of the shape in a row */
	g_autoptr(Page) dates =
	    page_new("Ferry band on tour\n\n" STORY_PARAGRAPH "\n\n"
		     "Madison Square Garden, Manhattan, New York March 14, 2024\n\n"
		     "Wembley Arena, Wembley, London March 22, 2024\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(dates, (const char *const[]){ "Madison Square Garden", "Wembley Arena, Wembley", NULL });
}

static void test_initials_credit(void)
{
	g_autoptr(Page) page = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n"
	    "Passengers waited on the quay as the storm hit the harbour. JRD\n\n" STORY_PARAGRAPH_2 "\n\n"
	    "The new boats had been inspected last winter by the officials of the U.K. "
	    "NHS\n\n" STORY_PARAGRAPH_3 "\n\nThe ferry will be back on its usual route within a week. ERB\n");
	assert_flagged(page, (const char *const[]){ "Passengers waited on the quay", NULL });
	/* an initial's full stop ("U.K. NHS"); the story's last paragraph,
	 * where a wire or a writer signs */
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH_2, "The new boats had been inspected",
						 "The ferry will be back", NULL });
	/* an editor's mark closing a paragraph of the story */
	g_autoptr(Page) mark = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n"
					"The ferry will now leave from the new pier on the north side of the "
					"harbour. TBC\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(mark, (const char *const[]){ "The ferry will now leave", NULL });
	/* a line longer than the paragraph under it is the story's */
	g_autoptr(Page) longer = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n"
	    "Passengers who had waited on the quay for most of the night as the storm hit the harbour and "
	    "closed the ferry terminal were taken to the town hall in the council's buses, where volunteers "
	    "served them hot soup and blankets until the morning. JRD\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(longer, (const char *const[]){ "Passengers who had waited", NULL });
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
	/* a purpose that sends no news: the story's own contact */
	g_autoptr(Page) contact =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n"
		     "To register for the free workshop, contact Jane Smith at "
		     "jsmith@library.example.org.\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(contact, (const char *const[]){ "To register for the free workshop", NULL });
}

static void test_people_also_reading(void)
{
	g_autoptr(Page) page = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
					"\nPeople are also reading\xe2\x80\xa6\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "People are also reading", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });
	/* the words in a sentence of the story */
	g_autoptr(Page) prose =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nPublishers say people are also reading longer stories on their phones "
		     "than they did five years ago.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(prose, (const char *const[]){ "Publishers say people are also reading", NULL });
}

static void test_paper_link(void)
{
	g_autoptr(Page) page = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n"
					"Seals on the quay - Northport Herald\n\n" STORY_PARAGRAPH_2 "\n\n"
					"June 2013 - Northport Harbour\n\n" STORY_PARAGRAPH_3 "\n");
	assert_flagged(page, (const char *const[]){ "Seals on the quay", NULL });
	/* a subhead dated by a dash names a place, not a paper */
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH_2, "June 2013 - Northport Harbour", NULL });
	/* a one-word name is a party's */
	g_autoptr(Page) results = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n"
					   "John Smith - Independent\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(results, (const char *const[]){ "John Smith - Independent", NULL });
	/* lines of the shape in a row: the story's list of prizes (the lines
	 * above its last, short lines in a row, another rule takes) */
	g_autoptr(Page) prizes =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nThe prizes went to these papers:\n\n"
		     "Public service - Northport Herald\n\nBreaking news - Island Times\n\n"
		     "Local reporting - Harbour Gazette\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(prizes, (const char *const[]){ "Local reporting - Harbour Gazette", NULL });
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
	/* ... and under a date the rules took */
	g_autoptr(Page) dated =
	    page_new("Tuesday, 4 March 2024\n\nPensioner, who survived the Blitz, celebrates 110th "
		     "birthday\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(dated, (const char *const[]){ "Pensioner, who survived", STORY_PARAGRAPH, NULL });
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
	/* a route's line: one scale, distances after it */
	g_autoptr(Page) route =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\nThe harbour run\n\n"
		     "Route Start Harbour Gate 0 5 km Water Station Quay Street 10 km Ferry Terminal 15 km "
		     "Finish Harbour "
		     "Gate\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(route, (const char *const[]){ "Route Start Harbour Gate", NULL });
}

static void test_captions_set_apart(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n\n"
		     "Photo of the ferry crew on the quay\n\n\n" STORY_PARAGRAPH_2 "\n\n\n"
		     "Crew members boarding the morning ferry\n\n\n" STORY_PARAGRAPH_3 "\n\n"
		     "Evening crossings added in the spring\n\n" STORY_PARAGRAPH_4 "\n");
	assert_flagged(page,
		       (const char *const[]){ "Photo of the ferry crew", "Crew members boarding", NULL });
	/* a subhead stands as close to the story as its paragraphs */
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH_2, STORY_PARAGRAPH_3,
						 "Evening crossings added in the spring", NULL });
	/* no caption set apart on the page: the same line stays */
	g_autoptr(Page) alone =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n\n"
		     "Crew members boarding the morning ferry\n\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(alone, (const char *const[]){ "Crew members boarding", NULL });
	/* a page that sets every paragraph apart: a subhead as far from its
	 * paragraphs as they from each other */
	g_autoptr(Page) spaced =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n\n" STORY_PARAGRAPH_2 "\n\n\n"
		     "Photo of the ferry crew on the quay\n\n\n" STORY_PARAGRAPH_3 "\n\n\n"
		     "Fares will rise for islanders\n\n\n" STORY_PARAGRAPH_4 "\n");
	assert_kept(spaced, (const char *const[]){ "Fares will rise for islanders", NULL });
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

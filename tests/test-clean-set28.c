/* The twenty-eighth cleaning set's rules (clean38): other stories' links
 * above the story, a name alone under a picture's file name, a stamp
 * joined to a byline and a reading time glued into a label fall; the story's lines of the same shapes
 * stay: which lines a reader sees dimmed. */
#include "clean-page.h"

/* A list of other stories' titles in title case, each after a list's
 * mark, above the headline and the story falls; the story's summary
 * points in sentence case there stay, and so do title-case points under
 * the story's title or running into its first paragraph, and titles
 * listed inside the story. */
static void test_head_links(void)
{
	g_autoptr(Page) links =
	    page_new("- Island School Wins National Award\n- Harbour Cafe Reopens After Storm Damage\n"
		     "- Lifeboat Crew Rescues Two Walkers\n- Council Names New Harbour Master\n"
		     "Ferry Timetable Approved\n" STORY_PARAGRAPH "\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(links,
		       (const char *const[]){ "- Harbour Cafe", "- Lifeboat Crew", "- Council Names", NULL });
	assert_kept(links,
		    (const char *const[]){ "The harbour council voted", "Under the new timetable", NULL });
	g_autoptr(Page) points =
	    page_new("Ferry timetable approved\n- Two evening crossings added on weekdays from April\n"
		     "- First ferry to leave the island at six in the morning\n"
		     "- Fares for the new crossings to be published next month\n" STORY_PARAGRAPH
		     "\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(points, (const char *const[]){ "- Two evening crossings", "- First ferry to leave",
						   "- Fares for the new", NULL });
	g_autoptr(Page) books =
	    page_new("Island library prize shortlist\n" STORY_PARAGRAPH "\nThe shortlisted books are:\n"
		     "- The Lighthouse Keeper's Daughter\n- Winter Crossings of the Northern Sound\n"
		     "- A History of the Island Ferries\n" STORY_PARAGRAPH_2 "\n");
	/* (its first item falls with the head "... are:" by an older rule) */
	assert_kept(books, (const char *const[]){ "- Winter Crossings", "- A History of the Island", NULL });
	/* title-case points under the story's own title, or running
	 * straight into its first paragraph, are the story's (rev38) */
	g_autoptr(Page) bills = page_new(
	    "Governor Signs Four Bills Into Law on Final Day of Session\nBy Maria Lopez, Staff Writer\n"
	    "March 14, 2024\n- The Clean Water Protection Act\n- The Safe Schools Funding Act\n"
	    "- The Affordable Housing Expansion Act\n- The Rural Broadband Access Act\n" STORY_PARAGRAPH
	    "\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(bills, (const char *const[]){ "- The Clean Water", "- The Safe Schools",
						  "- The Affordable", "- The Rural Broadband", NULL });
	g_autoptr(Page) opening =
	    page_new("- Governor Signs Executive Order on Ferry Safety\n- Order Requires Operators to Share "
		     "Inspection Results\n- Harbour Department to Draft Timetable Guidance\n" STORY_PARAGRAPH
		     "\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(opening, (const char *const[]){ "- Governor Signs", "- Order Requires",
						    "- Harbour Department", NULL });
}

/* A photographer's name alone under a picture's file name falls; a
 * subhead there in sentence case, of four words or more or opening with
 * no given name, and a name alone under no file name, stay. */
static void test_file_credit(void)
{
	g_autoptr(Page) credit =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nharbour_ferry_0412.jpg\n\nNoah Fecks\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(credit, (const char *const[]){ "Noah Fecks", NULL });
	assert_kept(credit, (const char *const[]){ "Under the new timetable", NULL });
	g_autoptr(Page) subheads =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\nharbour_ferry_0412.jpg\n\n"
		     "Evening crossings\n\n" STORY_PARAGRAPH_2 "\n\nharbour_ferry_0413.jpg\n\n"
		     "Evening Crossings Added From April\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(subheads, (const char *const[]){ "Evening crossings", "Evening Crossings Added", NULL });
	/* a two-word subhead in title case opens with no given name (rev38) */
	g_autoptr(Page) titled =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nharbour_ferry_0412.jpg\n\nEconomic Fallout\n\n" STORY_PARAGRAPH_2
		     "\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(titled, (const char *const[]){ "Economic Fallout", NULL });
	g_autoptr(Page) name = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
					"\n\nNoah Fecks\n\n" STORY_PARAGRAPH_2 "\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(name, (const char *const[]){ "Noah Fecks", NULL });
}

/* A stamp and a byline joined over a bar fall; a story's sentence after
 * a stamp and a bar opening "By a ..." stays, and so do a dated subhead
 * with an article after "By" and a date over a bar with no byline after
 * it. */
static void test_stamp_byline(void)
{
	g_autoptr(Page) joined = page_new(
	    "Ferry timetable approved\n\nMarch 05, 2013|By Naomi Nix and Bridget Doyle\n\n" STORY_PARAGRAPH
	    "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(joined, (const char *const[]){ "March 05, 2013|By Naomi", NULL });
	g_autoptr(Page) sentence =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nMarch 5, 2013 | By a narrow vote the council approved the "
		     "timetable, and the ferries will run from April.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(sentence, (const char *const[]){ "March 5, 2013 | By a narrow", NULL });
	/* dated subheads in title case, an article after "By" (rev38) */
	g_autoptr(Page) subheads = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH
	    "\n\nFeb. 11, 2024 | By the Numbers\n\n" STORY_PARAGRAPH_2
	    "\n\nJune 3, 2023 | By Signing the Bill, Governor Averts a Strike\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(subheads,
		    (const char *const[]){ "Feb. 11, 2024 | By the", "June 3, 2023 | By Signing", NULL });
}

/* A reading time glued between a label and a category falls; a story's
 * sentence holding the same shape stays. */
static void test_glued_reading_time(void)
{
	g_autoptr(Page) glued = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
	    "\n\nHarbour Desk Opinions4 min readWorld\n\nWhy The Ferries Run Late\n\n" STORY_PARAGRAPH_3
	    "\n");
	assert_flagged(glued, (const char *const[]){ "Harbour Desk Opinions4", NULL });
	g_autoptr(Page) story = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\nThe council's guide to the new "
	    "timetable takes five minutes, and the Ferry2 min readWorld column explains the fares to "
	    "its readers in full.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(story, (const char *const[]){ "The council's guide", NULL });
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/set28/head-links", test_head_links);
	g_test_add_func("/clean/set28/file-credit", test_file_credit);
	g_test_add_func("/clean/set28/stamp-byline", test_stamp_byline);
	g_test_add_func("/clean/set28/glued-reading-time", test_glued_reading_time);
	return g_test_run();
}

/* How a story closes (clean35): a ranking and a letter's last lines stay
 * where the page's foot would take them; a press room's contacts fall;
 * the story's lines of near shapes stay: which lines a reader sees
 * dimmed. */
#include "clean-page.h"

/* The story's sentence introducing its ranking. */
#define RESULTS_LEAD "The results of both races were combined to find the winner."

/* A contest's ranking closing the page, under the story's words for it,
 * stays; a series' links of the same shape ("1st Test", "2nd Test": one
 * word after every place), a run that starts below the first place and a
 * widget's standings the story does not introduce still fall. */
static void test_ranking_stays(void)
{
	g_autoptr(Page) ranking =
	    page_new("Ferry race results\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 " " RESULTS_LEAD
		     "\n\n1st: Leo Fuller with 13.5 points\n\n2nd: Keshav Balachander with 12 points\n\n"
		     "3rd: Charles Tang: 11 points\n\n=4th Lucas Chen and Max McMullen with 10.5\n\n"
		     "6th Oliver Cirami with 10\n");
	assert_kept(ranking, (const char *const[]){ "1st: Leo Fuller", "2nd: Keshav", "3rd: Charles",
						    "=4th Lucas", "6th Oliver", NULL });
	/* the comment form under a ranking still falls */
	g_autoptr(Page) form =
	    page_new("Ferry race results\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 " " RESULTS_LEAD
		     "\n\n1st Leo Fuller 13.5\n\n2nd Keshav Balachander 12\n\n3rd Charles Tang 11\n\n"
		     "Related Stories\n\nFerry Fares Frozen For Winter\n\nIsland School Wins Award\n");
	assert_kept(form, (const char *const[]){ "1st Leo Fuller", "2nd Keshav", "3rd Charles", NULL });
	assert_flagged(form, (const char *const[]){ "Ferry Fares Frozen", "Island School Wins", NULL });
	g_autoptr(Page) series =
	    page_new("Ferry race results\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 " " RESULTS_LEAD
		     "\n\n1st Test: England Win By Five Wickets\n\n2nd Test: Australia Level The Series\n\n"
		     "3rd Test: Rain Ruins The Decider\n");
	assert_flagged(series, (const char *const[]){ "1st Test", "2nd Test", "3rd Test", NULL });
	/* a standings widget the story does not introduce still falls
	 * (revclean35) */
	g_autoptr(Page) widget =
	    page_new("Ferry race results\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\n1st Harbour FC 45 pts\n\n2nd Northport 43 pts\n\n3rd Island Rovers 40 pts\n");
	assert_flagged(widget,
		       (const char *const[]){ "1st Harbour FC", "2nd Northport", "3rd Island", NULL });
}

/* A writer's last lines over a letter's closing stay; the comment form
 * under the closing, furniture that is no sentence, a newsletter's
 * foot and a contact the press room's rule flags still fall. */
static void test_letter_end(void)
{
	g_autoptr(Page) letter =
	    page_new("Ferry club news\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nThe new timetables are out today. Have a look if you dare!\n\n"
		     "Please get in touch if you have any questions about the club or the ferry.\n\n"
		     "Best Wishes\n\nRobin\n\nNo comments:\n\nPost a Comment\n");
	assert_kept(letter,
		    (const char *const[]){ "The new timetables are out", "Please get in touch", NULL });
	assert_flagged(letter, (const char *const[]){ "No comments:", "Post a Comment", NULL });
	g_autoptr(Page) share =
	    page_new("Ferry club news\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nShare this:\n\nFacebook\n\nTwitter\n\nKind regards,\n\nRobin\n");
	assert_flagged(share, (const char *const[]){ "Share this:", "Facebook", "Twitter", NULL });
	/* a newsletter's foot over its closing, and a press room's contact
	 * over a sign-off, still fall (revclean35) */
	g_autoptr(Page) newsletter =
	    page_new("Ferry club news\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nClick here to unsubscribe from these emails.\n\nMany thanks,\n\nThe Club Team\n");
	assert_flagged(newsletter, (const char *const[]){ "Click here to unsubscribe", NULL });
	g_autoptr(Page) contact =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nMedia contacts\n\nFor further information please contact Jane Doe on 07831 103 "
		     "166.\n\nKind regards,\n\nJane\n");
	assert_flagged(contact, (const char *const[]){ "Media contacts", "For further information", NULL });
}

/* A press room's contact label and contact under the release fall; a
 * story's line under a subhead of the same words with no contact closing
 * it, and a story's own line giving a number with no label over it,
 * stay. */
static void test_press_contacts(void)
{
	g_autoptr(Page) release = page_new(
	    "Ferry timetable approved\n\nFerry News Release\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
	    "\n\nHarbour Media contacts\n\nFor further information please contact Jane Doe, Harbour "
	    "Press Officer on: 07831 103 166.\n\n" STORY_PARAGRAPH_3 "\n");
	assert_flagged(release,
		       (const char *const[]){ "Harbour Media contacts", "For further information", NULL });
	assert_kept(release, (const char *const[]){ STORY_PARAGRAPH_3, NULL });
	/* the label's words alone fall by an older sign; the story's line
	 * under them, with a number that is no telephone's, stays */
	g_autoptr(Page) subhead =
	    page_new("Minister's press office under fire\n\n" STORY_PARAGRAPH
		     "\n\nThe minister's media contacts\n\nThe leaked file held the phone "
		     "numbers of 4,000 journalists and 12 editors.\n\n" STORY_PARAGRAPH_2
		     "\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(subhead, (const char *const[]){ "The leaked file", NULL });
	g_autoptr(Page) story_line =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nFor more information, residents can contact the harbour office on 01234 "
		     "567890.\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(story_line, (const char *const[]){ "For more information", NULL });
	/* under a label of the same words, a story's line giving a number
	 * in its course, or a handle, stays; a release's contact closing on
	 * a number in hyphened groups falls (revclean35) */
	g_autoptr(Page) leaked =
	    page_new("Minister's press office under fire\n\n" STORY_PARAGRAPH "\n\nLeaked press contacts\n\n"
		     "One entry listed a mobile number, 07700 900 123, for the editor.\n\n" STORY_PARAGRAPH_2
		     "\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(leaked, (const char *const[]){ "One entry listed", NULL });
	g_autoptr(Page) handle =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nSocial media contacts\n\nThe new timetable was first posted by "
		     "the ferry captain, @harbourclub.\n\n" STORY_PARAGRAPH_2 "\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(handle, (const char *const[]){ "The new timetable was first posted", NULL });
	g_autoptr(Page) hyphened = page_new(
	    "Ferry timetable approved\n\nFerry News Release\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
	    "\n\nHarbour Media contacts\n\nFor further information please contact Jane Doe on "
	    "253-597-8653.\n\n" STORY_PARAGRAPH_3 "\n");
	assert_flagged(hyphened,
		       (const char *const[]){ "Harbour Media contacts", "For further information", NULL });
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/closings/ranking-stays", test_ranking_stays);
	g_test_add_func("/clean/closings/letter-end", test_letter_end);
	g_test_add_func("/clean/closings/press-contacts", test_press_contacts);
	return g_test_run();
}

/* The twenty-ninth cleaning set's rules (clean39): a writer's parting
 * line the page's foot would take stays; a wire's inputs credit, a
 * caption over its credit in brackets, a logo's alternative text and a
 * repost's source line fall; the lines of near shapes go the other way:
 * which lines a reader sees dimmed. */
#include "clean-page.h"

/* A match report's parting line over the scorecard's rows stays; the
 * rows still fall; an instruction of the same opening ("See more from
 * the club."), a longer line, and a parting line under other furniture
 * rather than under the story still fall. */
static void test_parting_line(void)
{
	g_autoptr(Page) report =
	    page_new("Ferry club match report\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nSee you next week.\n\n\nHarbour 5 - 1 Ferry Club White ()\n\nName Goals Details\n"
		     "1 Henry BEXSON 1\n2 Karl BONNEY\n3 David BRYAN\n5 Joshua WILTON\n");
	assert_kept(report, (const char *const[]){ "See you next week.", NULL });
	assert_flagged(report, (const char *const[]){ "Name Goals Details", "2 Karl BONNEY", NULL });
	g_autoptr(Page) more =
	    page_new("Ferry club match report\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nSee more from the club.\n\nIsland School Wins Award\n\nHarbour Cafe Reopens\n");
	assert_flagged(more, (const char *const[]){ "See more from the club.", NULL });
	g_autoptr(Page) pitch =
	    page_new("Ferry club match report\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nSee you on Facebook and follow our page.\n\nIsland School Wins Award\n\n"
		     "Harbour Cafe Reopens\n");
	assert_flagged(pitch, (const char *const[]){ "See you on Facebook", NULL });
	g_autoptr(Page) foot =
	    page_new("Ferry club match report\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nRelated Stories\n\nIsland School Wins Award\n\nSee you next week.\n\n"
		     "Harbour Cafe Reopens\n");
	assert_flagged(foot, (const char *const[]){ "See you next week.", NULL });
}

/* A wire's inputs credit in brackets closing the story falls, and so
 * does one naming its wire with no brackets; a story's aside in
 * brackets opening the same way, a story's sentence naming its inputs,
 * and a subhead, an aside or a list's item naming lower-case things
 * inside the story, stay. */
static void test_wire_inputs(void)
{
	g_autoptr(Page) credit = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
					  "\n\n" STORY_PARAGRAPH_2 "\n\n(With AP inputs)\n");
	assert_flagged(credit, (const char *const[]){ "(With AP inputs)", NULL });
	g_autoptr(Page) bare = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
					"\n\nWith PTI inputs\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(bare, (const char *const[]){ "With PTI inputs", NULL });
	g_autoptr(Page) aside =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\n(With the council's inputs, the plan was redrawn twice before the "
		     "vote.)\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(aside, (const char *const[]){ "(With the council's inputs", NULL });
	g_autoptr(Page) sentence = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
					    "\n\nWith islanders' inputs the timetable "
					    "changed\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(sentence, (const char *const[]){ "With islanders' inputs", NULL });
	/* after review 39: inside the story, a subhead, an aside in brackets
	 * and a list's item naming lower-case things stay; closing the story
	 * in brackets, a lower-case wire ("agency") still falls */
	g_autoptr(Page) subheads =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nWith costlier fuel inputs\n\n" STORY_PARAGRAPH_2
		     "\n\n(With fuel and crew inputs)\n\n" STORY_PARAGRAPH_3
		     "\n\nKey demands:\n\nLower fares\n\nWith cheaper inputs\n\n" STORY_PARAGRAPH "\n");
	assert_kept(subheads,
		    (const char *const[]){ "With costlier fuel inputs", "(With fuel and crew inputs)",
					   "With cheaper inputs", NULL });
	g_autoptr(Page) agency = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
					  "\n\n" STORY_PARAGRAPH_2 "\n\n(With agency inputs)\n");
	assert_flagged(agency, (const char *const[]){ "(With agency inputs)", NULL });
}

/* Inside the story, a caption naming its picture over its credit alone
 * in brackets falls with it; a transcript's "(APPLAUSE)" under a
 * paragraph naming no picture, a story's sentence naming a picture over
 * a paragraph, a photo's page whose caption is all its text, a speaker
 * showing a picture, a last paragraph over a wire's sign-off and a line
 * over a link's label in brackets, stay. */
static void test_bracket_credit(void)
{
	g_autoptr(Page) caption = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\nThe new ferry is pictured docked at the "
	    "island's harbour on its first crossing in March.\n\n(NASA)\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(caption, (const char *const[]){ "The new ferry is pictured", "(NASA)", NULL });
	g_autoptr(Page) transcript = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
					      "\n\n(APPLAUSE)\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(transcript, (const char *const[]){ "(APPLAUSE)", NULL });
	g_autoptr(Page) story = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\nThe new ferry is pictured on the "
	    "cover of the council's report, which was published on Monday.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(story, (const char *const[]){ "The new ferry is pictured", NULL });
	/* a photo's page, its caption all its text, over a wire's end mark */
	g_autoptr(Page) photo =
	    page_new("Ferry inspected\n\nThe island's harbour master checks the new ferry "
		     "at the harbour on July 5, 2023, in this photo provided by the "
		     "council.\n\n(END)\n");
	assert_kept(photo, (const char *const[]){ "The island's harbour master", NULL });
	/* after review 39: a speaker's line naming a picture to the audience
	 * ("You can see ...", "I'll show you ...") over "(Applause)" or
	 * "(LAUGHTER)", a story's last paragraph naming a picture over a
	 * wire's sign-off, and a line naming a photo over a link's label in
	 * brackets, stay */
	g_autoptr(Page) speech = page_new("Transcript: the mayor's remarks at the harbour\n\n" STORY_PARAGRAPH
					  "\n\nYou can see the new ferry in this picture, and it will sail "
					  "in April.\n\n(Applause)\n\n" STORY_PARAGRAPH_2
					  "\n\nI'll show you, it's in this picture here, the crew with the "
					  "new ferry.\n\n(LAUGHTER)\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(speech, (const char *const[]){ "You can see the new ferry", "I'll show you", "(LAUGHTER)",
						   NULL });
	g_autoptr(Page) last =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nThe mayor and the operator are pictured at the harbour after the vote, "
		     "where they also signed the contract.\n\n(IANS)\n");
	assert_kept(last, (const char *const[]){ "The mayor and the operator are pictured", NULL });
	g_autoptr(Page) pointer =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nPupils from the island's school pose for a photo with the crew at the "
		     "harbour before the first crossing.\n\n(Read More)\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(pointer, (const char *const[]){ "Pupils from the island's school", NULL });
}

/* A logo's alternative text over the story falls; a story's line
 * naming a logo after lower-case words ("Island Ferry Journal unveils
 * new logo") or going on after it, and a subhead or a list's item of
 * the same shape inside the story, stay. */
static void test_logo_text(void)
{
	g_autoptr(Page) logo = page_new("Thu. Nov 7th, 2024\nIsland Ferry Journal logo\n\nFerry timetable "
					"approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(logo, (const char *const[]){ "Island Ferry Journal logo", NULL });
	g_autoptr(Page) story =
	    page_new("Council Unveils New Ferry Logo\n\n" STORY_PARAGRAPH
		     "\n\nIsland Ferry Journal unveils new logo\n\n" STORY_PARAGRAPH_2
		     "\n\nFerry Journal logo designed by islanders\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(story, (const char *const[]){ "Island Ferry Journal unveils",
						  "Ferry Journal logo designed", NULL });
	/* after review 39: a subhead or a list's item inside the story */
	g_autoptr(Page) subhead =
	    page_new("Ferry line reveals new badge\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nThe New Ferry logo\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(subhead, (const char *const[]){ "The New Ferry logo", NULL });
	g_autoptr(Page) list =
	    page_new("Ferry line reveals new badge\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nWhat is changing:\n\nNew Brand Colours\n\nA Redesigned Ferry "
		     "logo\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(list, (const char *const[]){ "A Redesigned Ferry logo", NULL });
}

/* A repost's line naming the paper that printed the story first falls
 * under the story, over a blog's comment furniture too; a story's
 * sentence going on after the paper's name, the same line above the
 * story's last paragraph, and a line under the story with no year
 * closing it, stay. */
static void test_published_in(void)
{
	g_autoptr(Page) repost = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
	    "\n\nPublished in The Island Times daily on 6 March 2023.\n\nNo comments:\n\nPost a Comment\n");
	assert_flagged(repost, (const char *const[]){ "Published in The Island Times", NULL });
	g_autoptr(Page) story =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nPublished in The Island Times in 1921, the first timetable listed "
		     "two crossings.\n\nNo comments:\n");
	assert_kept(story, (const char *const[]){ "Published in The Island Times in 1921,", NULL });
	g_autoptr(Page) inside =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\nPublished in The Island Times in "
		     "1921.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(inside, (const char *const[]){ "Published in The Island Times in 1921.", NULL });
	/* after review 39: a review's or a science story's last line naming
	 * where the work came out, no year closing it, stays */
	g_autoptr(Page) review =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nPublished in Britain by Island Press at 20 pounds.\n\nShare this:\n\n"
		     "Related Posts\n");
	assert_kept(review, (const char *const[]){ "Published in Britain by Island Press", NULL });
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/set29/parting-line", test_parting_line);
	g_test_add_func("/clean/set29/wire-inputs", test_wire_inputs);
	g_test_add_func("/clean/set29/bracket-credit", test_bracket_credit);
	g_test_add_func("/clean/set29/logo-text", test_logo_text);
	g_test_add_func("/clean/set29/published-in", test_published_in);
	return g_test_run();
}

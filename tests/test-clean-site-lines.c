/* Lines of a site's frame in the shapes the twenty-fourth cleaning set
 * showed (clean34), and the story's lines of near shapes that stay: which
 * lines a reader sees dimmed. */
#include "clean-page.h"

/* A story's list of pairs stays where it stands: deep in the story (a
 * run of titles there is other stories' links), under the first
 * paragraph (the page's head) and four in a row (a menu's run). */
static void test_pairs_stay(void)
{
	g_autoptr(Page) deep = page_new("Ferry awards handed out\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
					"\n\nBest Crew - Island Star\n\nBest Skipper - Mary Jones\n\n"
					"Best Newcomer - Harbour Queen\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(deep, (const char *const[]){ "Best Crew - Island Star", "Best Skipper - Mary Jones",
						 "Best Newcomer - Harbour Queen", NULL });
	g_autoptr(Page) head = page_new("Ferry awards handed out\n\n" STORY_PARAGRAPH
					"\n\nBest Crew - Island Star\n\nBest Skipper - Mary Jones\n\n"
					"Best Newcomer - Harbour Queen\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(head, (const char *const[]){ "Best Crew - Island Star", "Best Skipper - Mary Jones",
						 "Best Newcomer - Harbour Queen", NULL });
	/* an election's results, four lines in a row under their head */
	g_autoptr(Page) four =
	    page_new("Harbour council elected\n\n" STORY_PARAGRAPH
		     "\n\nThe results in the harbour ward were:\n\nJohn Smith - Independent\n"
		     "Mary Jones - Green Party\nAlan Price - Labour\nRuth Hale - Liberal Democrats"
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(four, (const char *const[]){ "John Smith - Independent", "Mary Jones - Green Party",
						 "Alan Price - Labour", "Ruth Hale - Liberal",
						 "The results in the harbour ward were:", NULL });
	/* other stories' titles in a row inside the story still fall */
	g_autoptr(Page) links =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nHeavy Rain Closes Schools In The North\n\n"
		     "Government Pledges Flood Funds For Farmers\n\n" STORY_PARAGRAPH_3 "\n");
	assert_flagged(links, (const char *const[]){ "Heavy Rain Closes", "Government Pledges", NULL });
}

/* The story announcing what it brings is the story's; the page's note of
 * what is done to it is not. */
static void test_page_announces(void)
{
	g_autoptr(Page) page = page_new("Ferry timetables of the year\n\n" STORY_PARAGRAPH
					"\n\nThis article will provide a roundup of the new ferry timetables "
					"announced in December.\n\n" STORY_PARAGRAPH_2
					"\n\nThis article will be amended when the council publishes the "
					"final timetable.\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(page, (const char *const[]){ "This article will provide", NULL });
	assert_flagged(page, (const char *const[]){ "This article will be amended", NULL });
	/* "become" is no "be" */
	g_autoptr(Page) become =
	    page_new("Ferry timetables of the year\n\n" STORY_PARAGRAPH
		     "\n\nThis article will become a weekly guide to the new ferry timetables "
		     "announced in December.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(become, (const char *const[]){ "This article will become", NULL });
}

/* A credit under a label of two words closing the page; a sentence after
 * the label, the label inside the story and a question stay. */
static void test_labelled_credit(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nFeatured image credit: Ismael Paramo, Unsplash.\n");
	assert_flagged(page, (const char *const[]){ "Featured image credit", NULL });
	g_autoptr(Page) readers =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nCover image credit: readers sent in the pictures.\n");
	assert_kept(readers, (const char *const[]){ "Cover image credit", NULL });
	/* a subhead of a story on copyright, the story going on under it
	 * (the reader's credit sign takes "Photo credit: ..." alone) */
	g_autoptr(Page) subhead = page_new(
	    "Who owns the ferry pictures?\n\n" STORY_PARAGRAPH "\n\n"
	    "Featured image credit: Who Owns The Pictures.\n\n" STORY_PARAGRAPH_2 "\n\nShare this article\n");
	assert_kept(subhead, (const char *const[]){ "Featured image credit: Who", NULL });
	/* a question closing the page is the story's */
	g_autoptr(Page) question =
	    page_new("Who owns the ferry pictures\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nFeatured image credit: Who Owns The Pictures?\n");
	assert_kept(question, (const char *const[]){ "Featured image credit: Who", NULL });
}

/* A forum's edit note; a subhead opening with the same words, or naming
 * an editor with no date, stays. */
static void test_edit_note(void)
{
	g_autoptr(Page) page = page_new("Ferry timetable - how are your crossings?\n\n" STORY_PARAGRAPH
					"\n\nLast edited:\n\n" STORY_PARAGRAPH_2
					"\n\nLast edited by hand\n\n" STORY_PARAGRAPH_3 "\n");
	assert_flagged(page, (const char *const[]){ "Last edited:", NULL });
	assert_kept(page, (const char *const[]){ "Last edited by hand", NULL });
	g_autoptr(Page) dated =
	    page_new("Ferry timetable - how are your crossings?\n\n" STORY_PARAGRAPH
		     "\n\nLast edited by Harbour Mods: 3 May 2020\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(dated, (const char *const[]){ "Last edited by Harbour Mods", NULL });
	/* an editor named with no date: a subhead (the byline's rule takes
	 * "Edited by ..." where no note stands above) */
	g_autoptr(Page) feature = page_new("Ferry timetable - how are your crossings?\n\n" STORY_PARAGRAPH
					   "\n\nLast edited:\n\n" STORY_PARAGRAPH_2
					   "\n\nLast edited by Gordon Lish\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(feature, (const char *const[]){ "Last edited by Gordon Lish", NULL });
}

/* A writer's name run into the stamp over the story, a share button's
 * label under it; a title of more words run into a date stays. */
static void test_stamped_writer(void)
{
	g_autoptr(Page) page = page_new(
	    "Ferry timetable approved\n\nAndy Fowler1 Jul 2019 - 16:27\nShare via\n\n" STORY_PARAGRAPH
	    "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "Andy Fowler1 Jul", NULL });
	g_autoptr(Page) title =
	    page_new("Ferry timetable approved\n\nSailing Times For Island Star Route Seven1 "
		     "Jul 2019 - 16:27\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(title, (const char *const[]){ "Sailing Times For", NULL });
}

/* A press room's label over its release; the same words opening the page
 * (its headline) or heading a note in lower case stay. */
static void test_release_label(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved\n\nNews Release - Island and Harbour Councils\n\n"
		     "Press release - what the operator did not say\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "News Release - Island", NULL });
	assert_kept(page, (const char *const[]){ "Press release - what", NULL });
	/* a headline under the site's line: no title under it */
	g_autoptr(Page) headline =
	    page_new("More on IslandLive\n\nPress Release: The Musical Returns\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(headline, (const char *const[]){ "Press Release: The Musical", NULL });
}

/* A pitch for the e-edition among the page's closing furniture; the story
 * telling readers where to buy it stays. */
static void test_edition_pitch(void)
{
	g_autoptr(Page) page = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH
	    "\n\nBuy the e-paper at the harbour office from Monday if the ferry shop is "
	    "closed.\n\n" STORY_PARAGRAPH_2
	    "\n\nSubscribe or register today to discover more from IslandLive.ie\n"
	    "Buy the e-paper of the Island Times and the Harbour Post here for instant access to the "
	    "island's premier news titles.\n"
	    "Keep up with the latest news from the island with our daily newsletter delivered to your "
	    "inbox every evening at 5pm.\n");
	assert_flagged(page, (const char *const[]){ "Buy the e-paper of the Island", NULL });
	assert_kept(page, (const char *const[]){ "Buy the e-paper at the harbour", NULL });
	/* the story's last paragraph closing the page under a picture's
	 * credit */
	g_autoptr(Page) last =
	    page_new("Council report published\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nPhoto: Harbour Council\n\n"
		     "Read the digital edition of the council's report online, where the harbour "
		     "board sets out its ferry figures for every crossing of the last three years.\n");
	assert_kept(last, (const char *const[]){ "Read the digital edition", NULL });
}

/* A caption of a picture's two halves; "left" and "right" naming no panes
 * stay. */
static void test_two_panes(void)
{
	g_autoptr(Page) page = page_new(
	    "Ferry timetable approved\n\n"
	    "Left - harbour master Jim Kells lifts the cup after the race; right - the new ferry at the "
	    "quay with club members Liam Dunne and Declan Byrne\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
	    "\n");
	assert_flagged(page, (const char *const[]){ "Left - harbour master", NULL });
	g_autoptr(Page) sides =
	    page_new("Parties back the ferry timetable\n\n"
		     "Left, right and centre: the parties that backed the timetable on the "
		     "island council\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(sides, (const char *const[]){ "Left, right and centre", NULL });
	/* an election's result in the story */
	g_autoptr(Page) seats =
	    page_new("Harbour council elected\n\n" STORY_PARAGRAPH "\n\n"
		     "Left - Labour and the Greens with 34 seats; right - the Conservatives "
		     "with 28\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(seats, (const char *const[]){ "Left - Labour", NULL });
	/* ... under a subhead inside the story */
	g_autoptr(Page) subhead = page_new(
	    "Harbour council elected\n\n" STORY_PARAGRAPH "\n\nHow the council divides\n\n"
	    "Left: Labour, the Greens and the SNP; right: the Conservatives and Reform\n\n" STORY_PARAGRAPH_2
	    "\n");
	assert_kept(subhead, (const char *const[]){ "Left: Labour", NULL });
}

/* A caption closing a photo post's one paragraph over the comment form;
 * the last line of a story of more paragraphs, a line cut short at the
 * page's end, one reporting words, a sentence and a line ending on no
 * name stay. */
static void test_closing_caption(void)
{
	g_autoptr(Page) page = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH
	    "\n\nMary Jones receives the harbour award for the best crew from council leader Alan Price\n\n"
	    "Leave a Reply\n\nYour email address will not be published.\n");
	assert_flagged(page, (const char *const[]){ "Mary Jones receives", NULL });
	/* a story of more paragraphs ending with no full stop */
	g_autoptr(Page) loan =
	    page_new("Ferry club signs striker\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nKieran Smith joins the harbour club on a season-long loan from Island United\n\n"
		     "Leave a Reply\n\nYour email address will not be published.\n");
	assert_kept(loan, (const char *const[]){ "Kieran Smith joins", NULL });
	g_autoptr(Page) cut = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH
	    "\n\nMary Jones receives the harbour award for the best crew from council leader Alan Price\n");
	assert_kept(cut, (const char *const[]){ "Mary Jones receives", NULL });
	g_autoptr(Page) says = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH
	    "\n\nMary Jones says the harbour award for the best crew goes to council leader Alan Price\n\n"
	    "Leave a Reply\n\nYour email address will not be published.\n");
	assert_kept(says, (const char *const[]){ "Mary Jones says", NULL });
	g_autoptr(Page) sentence = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH
	    "\n\nMary Jones receives the harbour award for the best crew from council leader Alan Price.\n\n"
	    "Leave a Reply\n\nYour email address will not be published.\n");
	assert_kept(sentence, (const char *const[]){ "Mary Jones receives", NULL });
	/* a blog's last line with no full stop: it ends on no name */
	g_autoptr(Page) thanks = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
					  "\n\nMary Jones thanks everyone who came along to the harbour and "
					  "helped the crews out on the day\n\n"
					  "Leave a Reply\n\nYour email address will not be published.\n");
	assert_kept(thanks, (const char *const[]){ "Mary Jones thanks", NULL });
}

/* A breadcrumb run together under the site's line; a headline opening with
 * "Home" stays. */
static void test_home_crumb(void)
{
	g_autoptr(Page) page =
	    page_new("More on IslandLive\nHome Island Harbour News Article\n\n"
		     "Home Truths About The Island Ferry\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "Home Island Harbour", NULL });
	assert_kept(page, (const char *const[]){ "Home Truths About", NULL });
	/* a headline under the site's line ending on a post office */
	g_autoptr(Page) post =
	    page_new("More on IslandLive\nHome Secretary Visits Island Post\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(post, (const char *const[]){ "Home Secretary Visits", NULL });
	g_autoptr(Page) story =
	    page_new("More on IslandLive\nHome Secretary Denies Leak Story\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(story, (const char *const[]){ "Home Secretary Denies", NULL });
}

/* A broadcaster's name alone before the excerpt it credits, once on the
 * page; a transcript's speaker named again and again stays. */
static void test_network_label(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\nNBC:\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "NBC:", NULL });
	g_autoptr(Page) transcript =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\nJONES:\n\n" STORY_PARAGRAPH_2
		     "\n\nPRICE:\n\n" STORY_PARAGRAPH_3 "\n\nJONES:\n\n" STORY_PARAGRAPH "\n");
	assert_kept(transcript, (const char *const[]){ "JONES:", "PRICE:", NULL });
	/* one speaker once, over the words quoted */
	g_autoptr(Page) quote =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\nTRUMP:\n\n"
		     "\u201CWe will have the best ferries, the best timetable, nobody has seen anything like "
		     "it, and the island will love it.\u201D\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(quote, (const char *const[]){ "TRUMP:", NULL });
}

/* A topic's label under the trail, over the headline; a headline under
 * it ending on its own words, or a short one ending on the trail's first,
 * stays. */
static void test_topic_label(void)
{
	g_autoptr(Page) page = page_new(
	    "Events \u276F Unusual Incidents\nZoo Events\nLion Escapes From City Zoo\n" STORY_PARAGRAPH
	    "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "Zoo Events", NULL });
	g_autoptr(Page) fake =
	    page_new("News \u276F Media Matters\nFake News\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(fake, (const char *const[]){ "Fake News", NULL });
	g_autoptr(Page) headline =
	    page_new("Events \u276F Unusual Incidents\nZoo Events Cancelled\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(headline, (const char *const[]){ "Zoo Events Cancelled", NULL });
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/site-lines/pairs-stay", test_pairs_stay);
	g_test_add_func("/clean/site-lines/page-announces", test_page_announces);
	g_test_add_func("/clean/site-lines/labelled-credit", test_labelled_credit);
	g_test_add_func("/clean/site-lines/edit-note", test_edit_note);
	g_test_add_func("/clean/site-lines/stamped-writer", test_stamped_writer);
	g_test_add_func("/clean/site-lines/release-label", test_release_label);
	g_test_add_func("/clean/site-lines/edition-pitch", test_edition_pitch);
	g_test_add_func("/clean/site-lines/two-panes", test_two_panes);
	g_test_add_func("/clean/site-lines/closing-caption", test_closing_caption);
	g_test_add_func("/clean/site-lines/home-crumb", test_home_crumb);
	g_test_add_func("/clean/site-lines/network-label", test_network_label);
	g_test_add_func("/clean/site-lines/topic-label", test_topic_label);
	return g_test_run();
}

/* Lines that sign the page, point the reader elsewhere or hide what they
 * are behind their opening, in the shapes the fifteenth cleaning set and
 * the events showed (clean19): which lines a reader sees dimmed, and the
 * story's lines of near shapes that stay. */
#include "clean-page.h"

static void test_signing_and_pointing(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved by the harbour council\n\n"
		     "Compiled by Harbour Desk\n\n"
		     "Monday, March 4, 2024\n\n" STORY_PARAGRAPH "\n\n"
		     "Readers Also Like:  Island ferry fares rise for the summer\n\n"
		     "Sponsored Ad\n\n" STORY_PARAGRAPH_2 "\n\n"
		     "Also present: the harbour master and two councillors.\n\n"
		     "The operator said the leaflet was not financial advice to travellers, "
		     "only a guide to the fares.\n\n"
		     "Source of Story:  https://example.org/ferry/timetable.html\n\n"
		     "Harbour Desk By Harbour Desk\n\n"
		     "Tomas K. Brenner\n\n"
		     "*This is not financial advice.\n");
	assert_flagged(page, (const char *const[]){ "Compiled by", "Readers Also Like", "Sponsored Ad",
						    "Source of Story", "Harbour Desk By", "Tomas K. Brenner",
						    "*This is not", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, "Also present",
						 "The operator said the leaflet", NULL });
	/* names with their initials one under another are a list, not a byline */
	g_autoptr(Page) names =
	    page_new(STORY_PARAGRAPH "\n\nThe new board:\n\nJane R. Doyle\n\nPeter Q. Marsh\n\n"
				     "Anna T. Welsh\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(names, (const char *const[]){ "Jane R. Doyle", "Peter Q. Marsh", "Anna T. Welsh", NULL });
	/* "Also:" or "More:" alone before a title or the site's name, ending
	 * as no sentence (clean26); the same label before a sentence stays;
	 * a label of two words saying "more" points away before a title, not
	 * before sentences cut short */
	g_autoptr(Page) alone = page_new(
	    STORY_PARAGRAPH "\n\nAlso: Island ferries get faster. Here's how it works\n\n"
			    "More: Northport News\n\nAlso: the harbour master spoke for the board.\n\n"
			    "Even more: Northport ferry timetable\n\n"
			    "Even more: The board met. Its chair spoke\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(alone, (const char *const[]){ "Also: Island ferries", "More: Northport",
						     "Even more: Northport", NULL });
	assert_kept(alone, (const char *const[]){ STORY_PARAGRAPH, "Also: the harbour master",
						  "Even more: The board", STORY_PARAGRAPH_2, NULL });
}

static void test_glued_openings(void)
{
	g_autoptr(Page) page =
	    page_new("date 2024-03-04 By LENA ORTIZ and TOM HALE (Island Press)\n\n"
		     "NewsMarch 4, 2024\n\n" STORY_PARAGRAPH "\n\n"
		     "Get Island Headlines FREESign up today!\n\n"
		     "McDonald's opened a cafe on the quay, the council's minutes show.\n\n"
		     "[newsbox title=\"Island news\" show=true]\n\n"
		     "[The council later corrected the figure of replies.]\n\n" STORY_PARAGRAPH_2 "\n\n"
		     "\"It rained all night,\" she said. \"The quay was under water\n\n"
		     "source: harbourtv\n");
	assert_flagged(page, (const char *const[]){ "date 2024-03-04", "NewsMarch", "Get Island Headlines",
						    "[newsbox", "source: harbourtv", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, "McDonald's opened",
						 "[The council later", "\"It rained all night", NULL });
}

static void test_other_stories_titles(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved by the harbour council\n\n" STORY_PARAGRAPH "\n\n"
		     "Winter Garden Show Draws Record Crowds At The Museum\n\n" STORY_PARAGRAPH_2 "\n\n"
		     "Evening Crossings Added From April\n\n"
		     "The operator said the evening crossings would be reviewed after the "
		     "summer, when the council meets again to discuss the fares.\n");
	assert_flagged(page, (const char *const[]){ "Winter Garden Show", NULL });
	assert_kept(page,
		    (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, "Evening Crossings Added",
					   "The operator said the evening", NULL });
}

static void test_captions_and_charts(void)
{
	g_autoptr(Page) page = page_new(
	    "Ferry timetable approved by the harbour council\n\n" STORY_PARAGRAPH "\n\n"
	    "The mayor greets passengers at the quay in Northport, Islandshire, Sunday, Oct. 30, "
	    "2022.\n\n" STORY_PARAGRAPH_2 "\n\n"
	    "Q1 2024 ferry passengers chart\n\n"
	    "Evening view of the quay.\n\n"
	    "File photo by Lena Ortiz/Island Press\n\n"
	    "From left to right, the mayor, the harbour master and the operator's chief [Tom Hale/Pool "
	    "via AFP]\n\n"
	    "The late harbour master [Courtesy]\n\n"
	    "The council will meet again on Monday, Oct. 30, 2023.\n\n"
	    "The operator expects more passengers on the evening crossings than on the morning ones, "
	    "its chart shows.\n");
	assert_flagged(page, (const char *const[]){ "The mayor greets", "Q1 2024 ferry", "Evening view",
						    "File photo by", "From left to right", "The late harbour",
						    NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, "The council will meet",
						 "The operator expects", NULL });
}

/* An agency's capitals in brackets alone closing the page sign the wire's
 * copy (clean20); a bracketed word in the story stays. */
static void test_bracketed_agency(void)
{
	g_autoptr(Page) page =
	    page_new(STORY_PARAGRAPH "\n\n(Corrected)\n\n" STORY_PARAGRAPH_2 "\n\n(HNA)\n");
	assert_flagged(page, (const char *const[]){ "(HNA)", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });
}

/* An agency's name in bare capitals closing the page signs its copy too
 * (clean21): "IANS". */
static void test_bare_agency(void)
{
	g_autoptr(Page) page = page_new(STORY_PARAGRAPH "\n\nHNA\n\n" STORY_PARAGRAPH_2 "\n\nHNA\n");
	const CrBlock *last = block_at(page, page->blocks->len - 1);
	g_assert_true(last->boilerplate);
	/* the first "HNA", inside the story, stays */
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, "HNA", STORY_PARAGRAPH_2, NULL });
}

/* Under the story's last paragraph (clean21): a short line with a sign of
 * furniture above the page's foot falls with it ("Be the first to
 * comment" over a comment form); a pointer ending on a name falls under a
 * credit line too; and a list the story introduces, its items holding
 * figures, stays with its subhead, the page cut short under it. */
static void test_under_the_story(void)
{
	g_autoptr(Page) prompt = page_new(STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
							  "\n\nBe the first to comment\n\nLeave a Reply\n\n"
							  "Your email address will not be published.\n");
	assert_flagged(prompt, (const char *const[]){ "Be the first to comment", "Leave a Reply", NULL });
	assert_kept(prompt, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });

	g_autoptr(Page) pointer = page_new(
	    STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n01/03/14 Lena Ortiz/The Northport Gazette\n\n"
			    "To Read the News in full at Source, Click the Headline\n");
	assert_flagged(pointer, (const char *const[]){ "To Read the News in full", NULL });
	assert_kept(pointer, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });

	g_autoptr(Page) list =
	    page_new(STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n\nOther crossings also saw their fares change:\n\n"
		     "- Island ferry: Rose 1.5-2.5 percent\n\n- Evening crossings: Fell 2.5 percent\n\n"
		     "- Harbour parking: Rose 0.5-1.5 percent\n\n- Weekday fares: Fell 1.5-2.5 percent\n\n"
		     "Timetable Changes Ahead\n\nThe council's decision extends a longer pattern of ferry\n");
	assert_kept(list, (const char *const[]){ "Other crossings also", "- Island ferry", "- Weekday fares",
						 "Timetable Changes Ahead", NULL });
}

/* Under a comment form's head (clean23): the sentence that speaks to the
 * reader is the form's note; a paragraph speaking to the reader under a
 * subhead that only opens as the head does stays. */
static void test_comment_form_note(void)
{
	g_autoptr(Page) page = page_new(
	    STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\nNo comments:\n\nPost a Comment\n\n"
			    "You only need to enter your comment once! Comments will appear once they "
			    "have been moderated.\n\nRelated Posts\n");
	assert_flagged(page, (const char *const[]){ "Post a Comment", "You only need", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });

	g_autoptr(Page) subhead = page_new(
	    STORY_PARAGRAPH
	    "\n\nLeave a comment on the timetable\n\n"
	    "If you cross to the island on weekdays, you can tell the council what you "
	    "think of the new timetable at the harbour office until the end of March.\n\n" STORY_PARAGRAPH_2
	    "\n");
	assert_kept(subhead, (const char *const[]){ "If you cross to the island", STORY_PARAGRAPH_2, NULL });

	/* Facebook's comments plugin heads its box so too (the heads are the
	 * platform table's since clean26) */
	g_autoptr(Page) plugin = page_new(
	    STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\nAdd a comment\n\n"
			    "You only need to enter your comment once! Comments will appear once they "
			    "have been moderated.\n");
	assert_flagged(plugin, (const char *const[]){ "Add a comment", "You only need", NULL });
	assert_kept(plugin, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });
}

/* Readers' comments numbered as a list closing the page, their numbers
 * skipping (clean23): furniture; a story's list counting on from 1, or
 * introduced by the line above it, stays. */
static void test_numbered_comments(void)
{
	g_autoptr(Page) page = page_new(
	    STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n  1. Let them swim!\n\n"
			    "  2. Think of all the trips made by ferry. It's no laughing matter.\n\n"
			    "  7. is this the same on every island, it'll be reeeal crowded\n\n"
			    "  8. Is it a slow news day? Why are ferries all over the local news?\n");
	assert_flagged(page,
		       (const char *const[]){ "1. Let them", "2. Think", "7. is this", "8. Is it", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });

	g_autoptr(Page) counted =
	    page_new(STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n1. The first ferry leaves at six.\n\n"
				     "2. Two evening crossings are added.\n\n"
				     "3. Fares for them come out in March.\n");
	assert_kept(counted, (const char *const[]){ "1. The first", "2. Two", "3. Fares", NULL });

	g_autoptr(Page) introduced =
	    page_new(STORY_PARAGRAPH "\n\nThe council kept these of its ten rules:\n\n"
				     "1. The first ferry leaves at six.\n\n"
				     "4. Two evening crossings are added.\n\n"
				     "9. Fares for them come out in March.\n");
	assert_kept(introduced, (const char *const[]){ "1. The first", "4. Two", "9. Fares", NULL });
}

/* An author's box closing the page (clean23): the name over a biography
 * opening with it, cut short or not, is furniture; a name heading a
 * paragraph that reports someone's words, or one inside the story, stays. */
static void test_author_box(void)
{
	g_autoptr(Page) page = page_new(
	    STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\nLena Ortiz\n\nLena worked for 30 years for the "
			    "Gazette as a reporter and editor. She covered the harbour "
			    "and the island for a decade, and edited a paper for 5 y\n");
	assert_flagged(page, (const char *const[]){ "Lena Ortiz", "Lena worked", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });

	g_autoptr(Page) quoted = page_new(STORY_PARAGRAPH "\n\nLena Ortiz\n\nOrtiz said the crossings "
							  "would be busy in the summer. The council agreed "
							  "with her on the timetable.\n");
	assert_kept(quoted, (const char *const[]){ "Lena Ortiz", "Ortiz said", NULL });

	g_autoptr(Page) inside =
	    page_new(STORY_PARAGRAPH "\n\nLena Ortiz\n\nLena runs the ferry "
				     "office. She opened it in 2004.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(inside, (const char *const[]){ "Lena Ortiz", "Lena runs", NULL });

	/* a short story under its subject's name, no story above the name */
	g_autoptr(Page) alone = page_new("Lena Ortiz\n\nLena ran the ferry office on the island for thirty "
					 "years. She died on Tuesday at the age of 84.\n");
	assert_kept(alone, (const char *const[]){ "Lena ran the ferry office", NULL });
}

/* A stamp counting years or months back on a line of its own (clean23):
 * furniture; the same words in a sentence stay. */
static void test_years_ago(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved by the harbour council\n\n1 year ago\n\n" STORY_PARAGRAPH
		     "\n\na year ago\n\n11 months ago\n\nA year ago the ferry stopped for a "
		     "month.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "1 year ago", "a year ago", "11 months ago", NULL });
	assert_kept(
	    page, (const char *const[]){ STORY_PARAGRAPH, "A year ago the ferry", STORY_PARAGRAPH_2, NULL });
}

/* A pitch speaking to the reader that ends on the site's name after
 * "at" (clean23): furniture; a sentence of the story ending on a place
 * after "at" stays. */
static void test_pitch_ending_on_site(void)
{
	g_autoptr(Page) page = page_new(
	    STORY_PARAGRAPH "\n\nRead exclusive ferry timetable updates, at HarbourRadio.\n\n"
			    "The first crossing leaves the quay at Northport.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "Read exclusive", NULL });
	assert_kept(page,
		    (const char *const[]){ STORY_PARAGRAPH, "The first crossing", STORY_PARAGRAPH_2, NULL });
}

/* A hat tip, a pointer to the story on another site by its address, a
 * pitch opening with a verb and "now", a poll's pitch in the story
 * (clean24): furniture; a sentence of the story under a paragraph above
 * that pitch stays, and so do a story's sentence opening "Give" and one
 * naming a site's address. */
static void test_tips_sites_and_pitches(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved by the harbour council\n\nFrom HarbourRadio.com in Northport, "
		     "Islandshire:\n\n" STORY_PARAGRAPH "\n\nNo one objected, and the council closed the "
		     "meeting.\n\nUrgent: Do You Approve Of The New Ferry Timetable? Vote Now in Urgent "
		     "Poll\n\n" STORY_PARAGRAPH_2 "\n\nGive now to help the harbour's lifeboat crews.\n\n"
		     "Give or take a week, the new boats arrive in May, the operator said on "
		     "HarbourRadio.com.\n\n" STORY_PARAGRAPH_3 "\n\n[h/t Harbour TV]\n");
	assert_flagged(page, (const char *const[]){ "From HarbourRadio.com", "Urgent: Do You Approve",
						    "Give now", "[h/t Harbour TV]", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, "No one objected", STORY_PARAGRAPH_2,
						 "Give or take", STORY_PARAGRAPH_3, NULL });
}

/* A wire's trailer naming who else reported, and a label over a bare
 * domain (clean24, from the events' misses): furniture; a story's
 * sentence on a report and one naming a domain stay. */
static void test_trailers_and_domains(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved by the harbour council\n\n" STORY_PARAGRAPH "\n\n"
		     "The harbour master said residents had contributed to the report on the crossings.\n\n"
		     "The council's notice is on harbourradio.ie.\n\n" STORY_PARAGRAPH_2 "\n\n"
		     "Ortiz reported from Northport. Sam Lee in Southport contributed to this report.\n\n"
		     "Via: harbourradio.ie\n\n" STORY_PARAGRAPH_3 "\n");
	assert_flagged(page, (const char *const[]){ "Ortiz reported from", "Via: harbourradio.ie", NULL });
	assert_kept(page,
		    (const char *const[]){ STORY_PARAGRAPH, "The harbour master said", "The council's notice",
					   STORY_PARAGRAPH_2, STORY_PARAGRAPH_3, NULL });
}

/* Between two paragraphs, a headline under a kicker (a few words, maybe
 * quoted, and a colon) is another story's title; a short subhead in that
 * form and a paragraph that ends as a sentence stay. */
static void test_kicker_titles(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved by the harbour council\n\n" STORY_PARAGRAPH "\n\n"
		     "Island storms: Coastguard warns boat owners as gales close two northern "
		     "harbours\n\n" STORY_PARAGRAPH_2 "\n\n"
		     "\u2018Deeply worried\u2019: Fishermen ask ministers for help as quotas are cut "
		     "again\n\n" STORY_PARAGRAPH_3 "\n\n"
		     "The operator said the two evening crossings would be run by the smaller of its "
		     "ferries until the harbour works on the northern pier are finished next year.\n\n"
		     "Crossings: Councillors said the evening crossings would start in April and end in "
		     "October.\n\n"
		     "The council will review the timetable after the summer, when the operator reports "
		     "how many passengers used the new crossings in their first months.\n");
	assert_flagged(page,
		       (const char *const[]){ "Island storms: Coastguard", "\u2018Deeply worried", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH_2, STORY_PARAGRAPH_3,
						 "Crossings: Councillors said", NULL });
	/* each between two paragraphs: too few words under the kicker, an
	 * article opening them, a comma listing names */
	g_autoptr(Page) kept = page_new(
	    "Ferry timetable approved by the harbour council\n\n" STORY_PARAGRAPH "\n\n"
	    "Fares: What the crossings will cost\n\n" STORY_PARAGRAPH_2 "\n\n"
	    "Operator's answer: The evening crossings will be added on weekdays\n\n" STORY_PARAGRAPH_3 "\n\n"
	    "Ferries: Operator adds crossings at Northport, Southport and Eastport\n\n"
	    "The operator said the two evening crossings would be run by the smaller of its "
	    "ferries until the harbour works on the northern pier are finished next year.\n");
	assert_kept(kept,
		    (const char *const[]){ "Fares: What the", "Operator's answer", "Ferries: Operator adds",
					   STORY_PARAGRAPH_2, STORY_PARAGRAPH_3, NULL });
	/* a live page's post under its own headline: the paragraph under it
	 * speaks of half its topic words or more, and the headline stays */
	g_autoptr(Page) live = page_new(
	    "Ferry timetable approved by the harbour council\n\n" STORY_PARAGRAPH "\n\n"
	    "Harbour minister: Island ferries cannot cope with winter storms\n"
	    "The harbour minister conceded the island ferries cannot cope with the winter storms, "
	    "and said the council would look again at the evening crossings.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(
	    live, (const char *const[]){ "Harbour minister: Island", "The harbour minister conceded", NULL });
}

/* Under the story, a run of headlines printed with full stops is a list
 * of other stories, and so is the label under it; the story's own short
 * closing sentences stay. */
static void test_stopped_titles(void)
{
	g_autoptr(Page) listed =
	    page_new("Ferry timetable approved by the harbour council\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n\n"
		     "Coastguard warns boat owners as gales close Northport harbours.\n\n"
		     "Fishermen ask Southport ministers for help after quotas cut again.\n\n"
		     "Related Links\n");
	assert_flagged(listed,
		       (const char *const[]){ "Coastguard warns", "Fishermen ask", "Related Links", NULL });
	assert_kept(listed, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });
	/* under one such headline, a closing sentence opening with an
	 * article, one of many function words or one naming no one makes no
	 * run: both stay */
	static const char *const closings[] = {
		"The Southport ferry leaves Northport harbour every April.",
		"Passengers in Northport will have to book it when they can.",
		"Councillors approved the plan unanimously.",
	};
	for (guint k = 0; k < G_N_ELEMENTS(closings); k++) {
		g_autofree char *text =
		    g_strconcat("Ferry timetable approved by the harbour council\n\n" STORY_PARAGRAPH
				"\n\n" STORY_PARAGRAPH_2 "\n\n"
				"Coastguard warns boat owners as gales close Northport harbours.\n\n",
				closings[k], "\n", NULL);
		g_autoptr(Page) closing = page_new(text);
		assert_kept(closing, (const char *const[]){ "Coastguard warns", closings[k], NULL });
	}
}

/* A site builder's anchors at the page's top and bottom, and a video's
 * length under its player; a sentence opening with "Duration:" stays. */
static void test_anchors_and_durations(void)
{
	g_autoptr(Page) page =
	    page_new("top of page\n\nFerry timetable approved by the harbour council\n\n"
		     "Watch\nDuration: 1 minute 30 seconds\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nDuration: The evening crossings will run for a trial of 60 days.\n\n"
		     "bottom of page\n");
	assert_flagged(page,
		       (const char *const[]){ "top of page", "Duration: 1 minute", "bottom of page", NULL });
	assert_kept(page,
		    (const char *const[]){ "Ferry timetable approved", STORY_PARAGRAPH, STORY_PARAGRAPH_2,
					   "Duration: The evening crossings", NULL });
	g_autoptr(Page) clock = page_new(STORY_PARAGRAPH "\n\nDuration: 2:15\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(clock, (const char *const[]){ "Duration: 2:15", NULL });
}

/* A newsletter's sign-up form printed as one long line over the story
 * falls; a sentence of the story about signing up stays. */
static void test_sign_up_form(void)
{
	g_autoptr(Page) page = page_new(
	    "Sign up to our Harbour Headlines email for your daily guide to the latest news Sign up to "
	    "our free Harbour Headlines email Please enter a valid email address Please enter a valid "
	    "email address SIGN UP I would like to be emailed about offers, events and updates from the "
	    "Northport Herald. Read our privacy notice Thanks for signing up to the\n\n" STORY_PARAGRAPH
	    "\n\nMore than 400 islanders were signing up for the evening crossings on Monday, the "
	    "operator said.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "Sign up to our Harbour", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, "More than 400 islanders",
						 STORY_PARAGRAPH_2, NULL });
}

/* Round 26's strip lines (clean29): an SEO plugin's field pasted into
 * the page, a widget's heading closing the page with nothing under it, a
 * caption with no verb inside the story, a post's categories under its
 * headline and a menu item's copy fall; a sentence of the story about a
 * keyphrase, one with its verb and a page cut inside its story's next
 * sentence (its first words) stay. */
static void test_round_26_lines(void)
{
	g_autoptr(Page) page =
	    page_new("Keyphrase: Island Ferry Timetable Approved by Harbour Council\n\n"
		     "Ferry timetable approved by the harbour council\n\n"
		     "  Island News, Island News - Harbour\n\n" STORY_PARAGRAPH
		     "\n\nThe keyphrase of the campaign, the operator said, was reliable crossings.\n\n"
		     "The crew of Northport Ferries at the Harbour Awards in Southport in "
		     "2022.\n\n" STORY_PARAGRAPH_2
		     "\n\nThe crew met at the Harbour Awards in Southport in 2022.\n\n" STORY_PARAGRAPH_3
		     "\n\nTide tables\n");
	assert_flagged(page, (const char *const[]){ "Keyphrase: Island", "Island News, Island",
						    "The crew of Northport", "Tide tables", NULL });
	assert_kept(page, (const char *const[]){ "Ferry timetable approved", STORY_PARAGRAPH,
						 "The keyphrase of the campaign", STORY_PARAGRAPH_2,
						 "The crew met", STORY_PARAGRAPH_3, NULL });
	static const char *const cuts[] = { "The doc", "As totality", "During", "Fiat-b" };
	for (guint k = 0; k < G_N_ELEMENTS(cuts); k++) {
		g_autofree char *text =
		    g_strconcat(STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n", cuts[k], NULL);
		g_autoptr(Page) cut = page_new(text);
		assert_kept(cut, (const char *const[]){ cuts[k], NULL });
	}
	/* a copy of a menu's item that fell falls with it */
	g_autoptr(Page) menu = page_new("Island Herald\n  • Island news\n  • Advertise with Harbour Media\n"
					"  • Weather\n  • Tide tables\n  • Podcasts\n\nSubscribeSign In\n\n"
					"Advertisement\nAdvertise with Harbour Media.\nHome / Island\n\n"
					"Ferry timetable approved by the harbour council\n\nLena Ortiz\n"
					"By Lena Ortiz\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(menu,
		       (const char *const[]){ "• Advertise with", "Advertise with Harbour Media.", NULL });
	assert_kept(menu, (const char *const[]){ "Ferry timetable approved", STORY_PARAGRAPH, NULL });
}

/* Round 27's lines (clean32): a command naming more before a title of
 * any form, a similar-posts list set with marks that ends with its marks
 * over the story's cut last line, and the newsletters a sign-up box
 * offers; the story's lines of near shapes stay. */
static void test_round_27_lines(void)
{
	g_autoptr(Page) page = page_new(
	    STORY_PARAGRAPH
	    "\n\nSEE MORE: Can I stay anonymous if I win the island ferry lottery?\n\n"
	    "One more: the harbour master said the crossing would reopen on Monday.\n\n"
	    "Note also: you will need a permit to cross, the harbour master said.\n\n"
	    "Residents told similar stories of the storm.\n\n"
	    "Email newsletter signup\n\nSign up for The Island Herald's free newsletters\n\n"
	    "Check which newsletters you would like to receive\n\n"
	    "  • Island News: Sent daily at 5 am\n  • Island Sports: Sent daily at 10 "
	    "am\n\n" STORY_PARAGRAPH_2 "\n\nSimilar posts:\n- Ferry strands forty on the quay; one hurt\n"
	    "- Even the buses stopped! Storm closes the harbour (VIDEO)\n"
	    "- Storm damages the quay and thousands of homes have been left without electricity\n"
	    "When the ferry docked, Tomas Brenner said he and his daughter were at\n");
	assert_flagged(page, (const char *const[]){ "SEE MORE: Can I", "• Island News", "• Island Sports",
						    "Similar posts:", "- Ferry strands", "- Even the buses",
						    "- Storm damages", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, "One more: the harbour master",
						 "Note also: you will need", "Residents told similar stories",
						 STORY_PARAGRAPH_2, "When the ferry docked", NULL });
	/* a site's notice whose link's text is "clicking here" */
	g_autoptr(Page) beta =
	    page_new("BETA\nThis is a BETA experience. You may opt-out by clicking here\n\n"
		     "Ferry timetable approved by the harbour council\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(beta, (const char *const[]){ "This is a BETA", NULL });
	assert_kept(beta, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });
	/* a list under a flagged line naming no newsletter stays */
	g_autoptr(Page) points =
	    page_new(STORY_PARAGRAPH "\n\nFollow us on Facebook\n\n"
				     "  • Island ferry: Sent daily at 5 am\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(points, (const char *const[]){ "Follow us on Facebook", NULL });
	assert_kept(points, (const char *const[]){ "• Island ferry", NULL });
}

/* A title over its byline is the story's headline, a widget's title over
 * the page taken for the page's (clean29, clean-real21 06): it stays. */
static void test_title_over_byline(void)
{
	g_autoptr(Page) page = page_new(
	    "Blog Subscription via Follow.it\n\n"
	    "Showing posts with label harbour. Show all posts\n\nMarch 20, 2014\n\n"
	    "Essay: Why Sail a Ferry if They are so Difficult to Dock?\n\n"
	    "By Lena Ortiz, the Harbour Blog's Editor\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "Showing posts", "March 20, 2014", NULL });
	assert_kept(page, (const char *const[]){ "Essay: Why Sail", STORY_PARAGRAPH, NULL });
}

/* An editor's initials and a slash closing the page sign its copy as
 * the Tehran Times does (clean37, set 27 13): "EF/"; one capital and a
 * slash closing it stay. */
static void test_initials_and_slash(void)
{
	g_autoptr(Page) page = page_new("Ferry council signs a deal with its neighbour\n\n" STORY_PARAGRAPH
					"\n\n" STORY_PARAGRAPH_2 "\n\n" STORY_PARAGRAPH_3 "\n\nEF/\n");
	assert_flagged(page, (const char *const[]){ "EF/", NULL });
	assert_kept(page,
		    (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, STORY_PARAGRAPH_3, NULL });
	g_autoptr(Page) one = page_new(STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\nA/\n");
	assert_kept(one, (const char *const[]){ "A/", NULL });
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/pointers/signing-and-pointing", test_signing_and_pointing);
	g_test_add_func("/clean/pointers/glued-openings", test_glued_openings);
	g_test_add_func("/clean/pointers/other-stories-titles", test_other_stories_titles);
	g_test_add_func("/clean/pointers/captions-and-charts", test_captions_and_charts);
	g_test_add_func("/clean/pointers/bracketed-agency", test_bracketed_agency);
	g_test_add_func("/clean/pointers/bare-agency", test_bare_agency);
	g_test_add_func("/clean/pointers/under-the-story", test_under_the_story);
	g_test_add_func("/clean/pointers/comment-form-note", test_comment_form_note);
	g_test_add_func("/clean/pointers/numbered-comments", test_numbered_comments);
	g_test_add_func("/clean/pointers/author-box", test_author_box);
	g_test_add_func("/clean/pointers/years-ago", test_years_ago);
	g_test_add_func("/clean/pointers/pitch-ending-on-site", test_pitch_ending_on_site);
	g_test_add_func("/clean/pointers/tips-sites-and-pitches", test_tips_sites_and_pitches);
	g_test_add_func("/clean/pointers/trailers-and-domains", test_trailers_and_domains);
	g_test_add_func("/clean/pointers/kicker-titles", test_kicker_titles);
	g_test_add_func("/clean/pointers/stopped-titles", test_stopped_titles);
	g_test_add_func("/clean/pointers/anchors-and-durations", test_anchors_and_durations);
	g_test_add_func("/clean/pointers/sign-up-form", test_sign_up_form);
	g_test_add_func("/clean/pointers/round-26-lines", test_round_26_lines);
	g_test_add_func("/clean/pointers/title-over-byline", test_title_over_byline);
	g_test_add_func("/clean/pointers/round-27-lines", test_round_27_lines);
	g_test_add_func("/clean/pointers/initials-and-slash", test_initials_and_slash);
	return g_test_run();
}

/* The thirty-first cleaning set's rules (clean41): a date with the share
 * link glued after it falls; the lines of near shapes go the other way:
 * which lines a reader sees dimmed. */
#include "clean-page.h"

/* A post's stamp with its share link glued falls, above the story or
 * between two stories of one page; a headline opening with a date and a
 * story's sentence opening the same way stay. */
static void test_dated_widget(void)
{
	g_autoptr(Page) stamp = page_new(
	    "Ferry timetable approved\n\nFerry timetable approved\nApr 5 2024 Share\n\n" STORY_PARAGRAPH
	    "\n\nRead the council's minutes.\n\nFares rise in April\nMarch 3, 2021 "
	    "Comments\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(stamp, (const char *const[]){ "Apr 5 2024 Share", "March 3, 2021 Comments", NULL });
	g_autoptr(Page) headline = page_new(
	    "Apr 5 2024 Share Prices Rally\n\n" STORY_PARAGRAPH "\n\nApr 5 2024 Share prices rallied "
	    "as the council voted, the operator said.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(headline, (const char *const[]){ "Apr 5 2024 Share Prices Rally",
						     "Apr 5 2024 Share prices rallied", NULL });
}

/* A post's age with its views' counter glued falls under the headline;
 * a sentence opened the same way stays. */
static void test_aged_counter(void)
{
	g_autoptr(Page) stamp =
	    page_new("Ferry timetable approved\n\n9 months ago 47\nARTICLE AD\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(stamp, (const char *const[]){ "9 months ago 47", NULL });
	g_autoptr(Page) sentence = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH
	    "\n\n9 months ago 47 people were hurt when a ferry struck the quay.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(sentence, (const char *const[]){ "9 months ago 47 people were hurt", NULL });
}

/* The link under a teaser opening its whole text falls; a story's line
 * opened with dots, in lower case or ending as a sentence, stays. */
static void test_expander_link(void)
{
	g_autoptr(Page) link = page_new(
	    "Ferry timetable approved\n" STORY_PARAGRAPH
	    " Under the new timetable the first ferry will leave the island at six in the "
	    "morning, and two evening crossings will be added on weekdays from\n"
	    "... Show Full Article\n"
	    "PORT TOWN, Oct. 11 -- The harbour council issued the following news release:\n" STORY_PARAGRAPH
	    "\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(link, (const char *const[]){ "... Show Full Article", NULL });
	g_autoptr(Page) story = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH
	    "\n\n... and then the Evening Crossings Story\n\n... Then Came The Story.\n\n" STORY_PARAGRAPH_2
	    "\n");
	assert_kept(story,
		    (const char *const[]){ "... and then the Evening", "... Then Came The Story.", NULL });
}

/* A site's title with a template's field left unfilled falls; a sum, a
 * ticker and a sentence naming a field stay. */
static void test_unfilled_field(void)
{
	g_autoptr(Page) field =
	    page_new("Ferry timetable approved\n\nHarbour Council Press Office - $name\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(field, (const char *const[]){ "Harbour Council Press Office - $name", NULL });
	g_autoptr(Page) story =
	    page_new("Ferry timetable approved\n\nFares from $5 to $TSLA holders\n\n" STORY_PARAGRAPH
		     "\n\nType $name in the box to book a crossing.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(story,
		    (const char *const[]){ "Fares from $5 to $TSLA holders", "Type $name in the box", NULL });
}

/* After review 41: a coin's cashtag in lower case among a headline's
 * words stays; a field standing as a segment of its own, first on its
 * line, falls. */
static void test_unfilled_field_cashtag(void)
{
	g_autoptr(Page) headline =
	    page_new("Traders swap ether for $pepe and $wif\n\n" STORY_PARAGRAPH
		     "\n\nMemecoins $pepe, $wif slide after the vote\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(headline, (const char *const[]){ "Traders swap ether for $pepe and $wif",
						     "Memecoins $pepe, $wif slide", NULL });
	g_autoptr(Page) field =
	    page_new("Ferry timetable approved\n\n$page_title | Harbour Council\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(field, (const char *const[]){ "$page_title | Harbour Council", NULL });
}

/* A picture's caption on the line under its copyright's credit falls; a
 * subhead a blank line under the credit and a sentence right under it
 * stay. */
static void test_credit_caption(void)
{
	g_autoptr(Page) caption =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_3
		     "\n\n\u00A9 Harbour Council\nHarbour Master John Ardent\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(caption, (const char *const[]){ "Harbour Master John Ardent", NULL });
	g_autoptr(Page) subhead =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_3
		     "\n\n\u00A9 Harbour Council\n\nEvening Crossings From April\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(subhead, (const char *const[]){ "Evening Crossings From April", NULL });
	g_autoptr(Page) sentence =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_3
		     "\n\n\u00A9 Harbour Council\nThe harbour master signed it.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(sentence, (const char *const[]){ "The harbour master signed it.", NULL });
}

/* After review 41: on a page of one paragraph a line, or with the
 * paragraph glued under it, a subhead on the line under a copyright's
 * credit stays: only a caption set apart by a blank line under it
 * falls. */
static void test_credit_caption_glued(void)
{
	g_autoptr(Page) lines =
	    page_new("Ferry timetable approved\n" STORY_PARAGRAPH "\n" STORY_PARAGRAPH_3
		     "\n\u00A9 Harbour Council\nWhat Happens Next\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(lines, (const char *const[]){ "What Happens Next", NULL });
	g_autoptr(Page) glued =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_3
		     "\n\n\u00A9 Harbour Council\nPrime Minister John Ardent\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(glued, (const char *const[]){ "Prime Minister John Ardent", NULL });
}

/* A box telling readers where to send news and whom to ask for
 * advertising, two e-mail addresses and a web address in it, falls; a
 * story's paragraph quoting someone's two addresses stays. */
static void test_contact_box(void)
{
	g_autoptr(Page) box = page_new(
	    "Harbour News Daily\n\nHarbour News Daily is edited by Ann Lee and team.  Send your news items "
	    "to "
	    "desk@harbournews.com  According to our readers we reach thousands.  Contact sales at "
	    "ads@harbournews.com or call 650-938-1005  For more info: https://harbournews.com/join\n\n"
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(box, (const char *const[]){ "Harbour News Daily is edited by Ann Lee", NULL });
	g_autoptr(Page) story = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH
	    "\n\n\u201CWrite to ferries@harbour.gov or fares@harbour.gov with your complaints,\u201D the "
	    "harbour master said on Monday, adding that every reply would take a week and that the "
	    "council would publish them.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(story, (const char *const[]){ "Write to ferries@harbour.gov", NULL });
}

/* A line sending the reader to the full report falls; a story's line
 * opened with "Read" going on after "here", and one of another's
 * reading, stay. */
static void test_read_here(void)
{
	g_autoptr(Page) pointer =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_3
		     "\n\nRead the full report here.\n\nFares rise in April\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(pointer, (const char *const[]){ "Read the full report here.", NULL });
	g_autoptr(Page) story =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_3
		     "\n\nRead here, the report calls for more crossings.\n\n"
		     "Ready for crossings here.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(
	    story, (const char *const[]){ "Read here, the report calls", "Ready for crossings here.", NULL });
}

/* The editors' rules for comments between the comment form's head and
 * its note fall; a story's paragraph on comments under the head with the
 * story going on under it stays. */
static void test_comment_rules(void)
{
	g_autoptr(Page) rules = page_new(
	    "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
	    "\n\nAdd a Comment\n\nThe editors welcome thoughtful commentary on articles published in this "
	    "journal. Comments containing personal attacks will be rejected.\n\n"
	    "Your email address will not be published. Required fields are marked *\n");
	assert_flagged(rules, (const char *const[]){ "The editors welcome thoughtful commentary", NULL });
	g_autoptr(Page) story =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nAdd a Comment\n\nThe council received more than a thousand comments on "
		     "the timetable, most of them from the island.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(story,
		    (const char *const[]){ "The council received more than a thousand comments", NULL });
}

/* A blog's stamp with its month in Greek and its category falls; a
 * sentence opened with "Posted:" and a stamp going on with a sentence
 * stay. */
static void test_posted_stamp(void)
{
	g_autoptr(Page) stamp = page_new(
	    "Ferry timetable approved\n\nPosted: \u039F\u03BA\u03C4\u03CE\u03B2\u03C1\u03B9\u03BF\u03C2 "
	    "17, 2012 in harbour news\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(stamp, (const char *const[]){ "Posted: ", NULL });
	g_autoptr(Page) story =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nPosted: March 17, 2012 in the harbour office window, the notice "
		     "listed every crossing of the new timetable.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(story, (const char *const[]){ "Posted: March 17, 2012 in the harbour office", NULL });
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/set31/dated-widget", test_dated_widget);
	g_test_add_func("/clean/set31/aged-counter", test_aged_counter);
	g_test_add_func("/clean/set31/expander-link", test_expander_link);
	g_test_add_func("/clean/set31/unfilled-field", test_unfilled_field);
	g_test_add_func("/clean/set31/unfilled-field-cashtag", test_unfilled_field_cashtag);
	g_test_add_func("/clean/set31/credit-caption", test_credit_caption);
	g_test_add_func("/clean/set31/credit-caption-glued", test_credit_caption_glued);
	g_test_add_func("/clean/set31/contact-box", test_contact_box);
	g_test_add_func("/clean/set31/read-here", test_read_here);
	g_test_add_func("/clean/set31/comment-rules", test_comment_rules);
	g_test_add_func("/clean/set31/posted-stamp", test_posted_stamp);
	return g_test_run();
}

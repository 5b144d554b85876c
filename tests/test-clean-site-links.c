/* A club's and a forum's own lines (clean36): a forum's thread line and
 * post heads, K2's author and hits lines, a menu in lower case at the
 * page's top, a link up to the top and a link back closing the page fall;
 * the story's lines of the same shapes stay: which lines a reader sees
 * dimmed. */
#include "clean-page.h"

/* A thread's description and its posts' heads fall; a story's
 * "Discussion in ... started by ..." quoting no forum, a numbered list of
 * names with no user title under them, a name over a sentence about the
 * club's members, a name over the name, a comma and a title, club
 * minutes quoting an item under the story or opening it with no date and
 * a club's one new member or senior member (a single pair, no thread
 * line) stay. */
static void test_forum_lines(void)
{
	g_autoptr(Page) thread = page_new(
	    "Preston Contest\n\nDiscussion in 'The Adjudicators' Comments' started by Fishsta, Feb 9, "
	    "2003.\n\n1. Fishsta\n\nFishsta Active Member\n\n" STORY_PARAGRAPH
	    "\n\n2. sparkling_quavers\n\nsparkling_quavers Well-Known Member\n\n" STORY_PARAGRAPH_2
	    "\n\n3. Heather\n\nHeather Member\n\n" STORY_PARAGRAPH_3 "\n");
	assert_flagged(thread, (const char *const[]){ "Discussion in 'The", "1. Fishsta", "Fishsta Active",
						      "2. sparkling", "sparkling_quavers Well", "3. Heather",
						      "Heather Member", NULL });
	assert_kept(thread, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });
	g_autoptr(Page) story = page_new(
	    "Ferry club elects its chair\n\n" STORY_PARAGRAPH
	    "\n\nDiscussion in the council chamber started by noon, the clerk said.\n\n1. Jane Doe\n\n"
	    "2. Northport Rovers\n\nNorthport Rovers welcomed every new member\n\n" STORY_PARAGRAPH_2
	    "\n\nJane Doe\n\nJane Doe, Senior Member\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(story,
		    (const char *const[]){ "Discussion in the council", "1. Jane Doe", "2. Northport Rovers",
					   "Northport Rovers welcomed", "Jane Doe\n\nJane Doe, Senior",
					   "Jane Doe, Senior Member", NULL });
	g_autoptr(Page) minutes = page_new("Rowing club minutes\n\n" STORY_PARAGRAPH
					   "\n\nDiscussion in 'Any Other Business' started by the treasurer "
					   "ran on past ten.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(minutes, (const char *const[]){ "Discussion in 'Any Other", NULL });
	g_autoptr(Page) opening =
	    page_new("Rowing club minutes\n\nDiscussion in 'Any Other Business' started by the "
		     "treasurer ran on past ten.\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(opening, (const char *const[]){ "Discussion in 'Any Other", NULL });
	g_autoptr(Page) members = page_new(
	    "Rowing club news\n\n" STORY_PARAGRAPH
	    "\n\nTom Hale\n\nTom Hale New Member\n\nTom joined in March and rows at bow in "
	    "the novice eight, which races at the harbour regatta in May.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(members,
		    (const char *const[]){ "Tom Hale\n\nTom Hale New", "Tom Hale New Member", NULL });
	g_autoptr(Page) senior =
	    page_new("Rowing club news\n\n" STORY_PARAGRAPH
		     "\n\nJane Doe\n\nJane Doe Senior Member\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(senior,
		    (const char *const[]){ "Jane Doe\n\nJane Doe Senior", "Jane Doe Senior Member", NULL });
}

/* K2's author line with no author and its hits line fall; a story's line
 * opening with the hits line's words, a play's credits under its title
 * ("Written by" over the writer's name) and an instruction "Read 3
 * times." inside the story stay. (A story's "Written by hand, the
 * letter ..." falls on main already, taken for a byline; credits inside
 * the story, "Written by" / "Alan Bennett" / "Directed by" / "Jane Doe"
 * between paragraphs, fall to main's byline rules, K2 aside.) */
static void test_k2_lines(void)
{
	g_autoptr(Page) item =
	    page_new("16 Jul 2018\n\nWet and Windy Monday\n\nWritten by\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n\nRead 216 times\n");
	assert_flagged(item, (const char *const[]){ "Written by", "Read 216 times", NULL });
	/* the headline over the empty byline stays, and stays the title */
	assert_kept(item, (const char *const[]){ "Wet and Windy Monday", NULL });
	g_autoptr(Page) story =
	    page_new("Ferry letter found\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nRead 3 times a day at the harbour office\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(story, (const char *const[]){ "Read 3 times a day", NULL });
	g_autoptr(Page) review =
	    page_new("Habeas Corpus\n\nWritten by\n\nAlan Bennett\n\n" STORY_PARAGRAPH
		     "\n\nRead 3 times.\n\n" STORY_PARAGRAPH_2 "\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(review, (const char *const[]){ "Habeas Corpus", "Written by", "Alan Bennett",
						   "Read 3 times.", NULL });
}

/* A menu in lower case opening the page falls; a recipe's ingredients
 * under a title and their heading (three blocks above them), a recipe's
 * ingredients under its title with no heading and a haiku's lines under
 * its title, both running into the story (no headline under them), and
 * two fragments in lower case, a deck between the headline and a byline
 * (fewer than MENU_MIN_ITEMS), stay. (With "Ingredients" opening the
 * page, or a haiku's lines of three words, main's rules for the page's
 * top and for alternative text take them, the menu aside.) */
static void test_lower_menu(void)
{
	g_autoptr(Page) menu =
	    page_new("Site logo\n\nnews desk\n\narticles & features\n\nresults archive\n\nyour comments\n\n"
		     "Ferry Timetable Approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(menu, (const char *const[]){ "news desk", "articles & features", "results archive",
						    "your comments", NULL });
	assert_kept(menu, (const char *const[]){ STORY_PARAGRAPH, NULL });
	g_autoptr(Page) recipe =
	    page_new("Ferry cake\n\nIngredients\n\nflour\n\ncaster sugar\n\nsoft butter\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(recipe, (const char *const[]){ "flour", "caster sugar", "soft butter", NULL });
	g_autoptr(Page) list =
	    page_new("Ferry Cake\n\nflour\n\ncaster sugar\n\nsoft butter\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(list,
		    (const char *const[]){ "Ferry Cake", "flour", "caster sugar", "soft butter", NULL });
	g_autoptr(Page) haiku =
	    page_new("Winter Haiku\n\nold pond\n\na frog's leap\n\nwater's sound\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(haiku, (const char *const[]){ "Winter Haiku", "old pond", "a frog's leap",
						  "water's sound", NULL });
	g_autoptr(Page) deck = page_new(
	    "Ferry Fares Frozen\n\nwinter crossings\n\nearlier ferries\n\nBy Jane Doe\n\n" STORY_PARAGRAPH
	    "\n\n" STORY_PARAGRAPH_2 "\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(
	    deck, (const char *const[]){ "Ferry Fares Frozen", "winter crossings", "earlier ferries", NULL });
}

/* A link up to the page's top and a link back closing the page fall; a
 * subhead "Back to school" over a paragraph, a story's last sentence
 * "Back to square one ...", a last line with a year and a blog's closing
 * fragments naming no page of the site stay. */
static void test_links_about(void)
{
	g_autoptr(Page) page = page_new("Ferry regatta results\n\n" STORY_PARAGRAPH
					"\n\n^ top\n\n" STORY_PARAGRAPH_2 "\n\nBack to RQ's page\n");
	assert_flagged(page, (const char *const[]){ "^ top", "Back to RQ's page", NULL });
	g_autoptr(Page) subhead =
	    page_new("Ferry fares frozen\n\n" STORY_PARAGRAPH "\n\nBack to school\n\n" STORY_PARAGRAPH_2
		     "\n\nBack to square one for the council.\n");
	assert_kept(subhead, (const char *const[]){ "Back to school", "Back to square one", NULL });
	g_autoptr(Page) year = page_new("Ferry fares frozen\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
					"\n\nBack to 2019 levels\n");
	assert_kept(year, (const char *const[]){ "Back to 2019 levels", NULL });
	g_autoptr(Page) normal = page_new("Ferry fares frozen\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
					  "\n\nBack to normal next week\n");
	assert_kept(normal, (const char *const[]){ "Back to normal next week", NULL });
	g_autoptr(Page) board = page_new("Ferry fares frozen\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
					 "\n\nBack to the drawing board\n");
	assert_kept(board, (const char *const[]){ "Back to the drawing board", NULL });
}

/* A pointer whose link the page lost closes the page: "For more
 * information visit" falls (clean37, set 27 07); one that names where to
 * go, or opens a list of contacts, stays. */
static void test_lost_links(void)
{
	g_autoptr(Page) page = page_new("Ferry fares frozen\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
					"\n\nFor more information visit\n");
	assert_flagged(page, (const char *const[]){ "For more information visit", NULL });
	g_autoptr(Page) see = page_new("Ferry fares frozen\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
				       "\n\nFor further information, please see\n");
	assert_flagged(see, (const char *const[]){ "For further information", NULL });
	g_autoptr(Page) named = page_new("Ferry fares frozen\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
					 "\n\nFor more information visit the harbour office\n");
	assert_kept(named, (const char *const[]){ "For more information visit the harbour office", NULL });
	g_autoptr(Page) contacts = page_new("Ferry fares frozen\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
					    "\n\nFor more information, please contact:\n");
	assert_kept(contacts, (const char *const[]){ "For more information, please contact:", NULL });
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/site-links/forum-lines", test_forum_lines);
	g_test_add_func("/clean/site-links/k2-lines", test_k2_lines);
	g_test_add_func("/clean/site-links/lower-menu", test_lower_menu);
	g_test_add_func("/clean/site-links/links-about", test_links_about);
	g_test_add_func("/clean/site-links/lost-links", test_lost_links);
	return g_test_run();
}

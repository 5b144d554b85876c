/* The thirtieth cleaning set's rules (clean40): a caption printed bare
 * over its copy with the copyright sign's credit, a byline above the
 * story with a widget's word glued to it, the copyright sign in letters
 * before a name, a switch of languages' codes above the story, a line
 * naming languages in their scripts and a picture's alternative text
 * listing its caption's names fall; the lines of near shapes go the
 * other way: which lines a reader sees dimmed. */
#include "clean-page.h"

/* A picture's description printed bare over the same with "© Name"
 * falls with it; a paragraph over its copy with a tail that credits no
 * one, and a paragraph over a story's line that only opens with it and
 * goes on with a copyright sign in its sentence, stay. */
static void test_copyright_copy(void)
{
	g_autoptr(Page) caption =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nIslanders wait at the harbour for the first crossing of the new timetable.\n"
		     "Islanders wait at the harbour for the first crossing of the new timetable. "
		     "\u00A9 Observers\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(caption,
		       (const char *const[]){ "Islanders wait at the harbour for the first crossing", NULL });
	g_autoptr(Page) tail =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nIslanders wait at the harbour for the first crossing of the new timetable.\n\n"
		     "Islanders wait at the harbour for the first crossing of the new timetable, "
		     "and the council says more will follow in the spring.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(tail,
		    (const char *const[]){ "Islanders wait at the harbour for the first crossing", NULL });
}

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
	/* After review 40: the page's headline and a standfirst with a colon
	 * or a comma, opening "By" with a widget's word among its words */
	g_autoptr(Page) headline =
	    page_new("By Royal Appointment: Facebook Post Sparks Row\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(headline, (const char *const[]){ "By Royal Appointment", NULL });
	g_autoptr(Page) standfirst = page_new(
	    "Ferry timetable approved\n\nBy The Numbers: Twitter Users Flock To Threads\n\n"
	    "By Tuesday, Share Prices Had Recovered\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(standfirst, (const char *const[]){ "By The Numbers", "By Tuesday", NULL });
}

/* The copyright sign in letters before a name (a picture's credit
 * between the story's paragraphs) falls; a lettered list's third item,
 * capitalised or not, and a sentence opened the same way, stay. */
static void test_copyright_letters(void)
{
	g_autoptr(Page) credit = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
					  "\n\n(c) Harbour Times\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(credit, (const char *const[]){ "(c) Harbour Times", NULL });
	g_autoptr(Page) list =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nThe plan has three parts:\n\n(a) Morning Crossings\n\n(b) Weekend Fares\n\n"
		     "(c) Evening Crossings\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(list, (const char *const[]){ "(c) Evening Crossings", NULL });
	g_autoptr(Page) sentence = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
					    "\n\n(c) The operator will publish the fares before April.\n\n"
					    "(c) the fares for islanders\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(sentence,
		    (const char *const[]){ "(c) The operator will publish", "(c) the fares", NULL });
	/* After review 40: the third item with a paragraph of the second
	 * between them */
	g_autoptr(Page) apart =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nThe plan has three parts:\n\n(a) Morning Crossings\n\n(b) Weekend Fares\n\n"
		     "Each weekend fare will be set by the council twice a year, the operator said.\n\n"
		     "(c) Evening Crossings\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(apart, (const char *const[]){ "(c) Evening Crossings", NULL });
}

/* A switch of three languages' codes above the story falls; the same
 * line inside the story, under its first paragraph, and a headline in
 * capitals with codes among its words, stay. */
static void test_language_switch(void)
{
	g_autoptr(Page) top = page_new("Ferry timetable approved\n  EN FR DE\n\n" STORY_PARAGRAPH
				       "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(top, (const char *const[]){ "EN FR DE", NULL });
	g_autoptr(Page) inside = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
					  "\n\nEN FR DE\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(inside, (const char *const[]){ "EN FR DE", NULL });
	g_autoptr(Page) capitals =
	    page_new("Ferry timetable approved\n\nUK TO CUT EU FERRY FARES\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(capitals, (const char *const[]){ "UK TO CUT EU FERRY FARES", NULL });
}

/* A short line naming the page's other languages in their own scripts
 * falls; a fragment holding one script besides Latin and a sentence
 * holding two stay. */
static void test_language_links(void)
{
	g_autoptr(Page) links =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\nThis text available in   \u0540\u0561\u0575\u0565\u0580\u0565\u0576 and "
		     "\u0420\u0443\u0441\u0441\u043A\u0438\u0439\n");
	assert_flagged(links, (const char *const[]){ "This text available in", NULL });
	g_autoptr(Page) one =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nThe Island Ferry (\u041F\u0430\u0440\u043E\u043C)\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(one, (const char *const[]){ "The Island Ferry (", NULL });
	g_autoptr(Page) sentence = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
					    "\n\nThe sign reads \u041F\u0430\u0440\u043E\u043C and "
					    "\u03A0\u03BB\u03BF\u03AF\u03BF.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(sentence, (const char *const[]){ "The sign reads", NULL });
	/* After review 40: a headline and a story's line above its last
	 * paragraph holding two scripts besides Latin (Cyrillic and Greek;
	 * Japanese's Katakana and Han) */
	g_autoptr(Page) headline =
	    page_new("Serbia (\u0421\u0440\u0431\u0438\u0458\u0430) and Greece "
		     "(\u0395\u03BB\u03BB\u03AC\u03B4\u03B1) sign ferry deal\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(headline, (const char *const[]){ "Serbia (", NULL });
	g_autoptr(Page) inside =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2
		     "\n\nFerry (\u30D5\u30A7\u30EA\u30FC) timetable for \u718A\u672C\u6E2F "
		     "approved\n\n" STORY_PARAGRAPH_3 "\n");
	assert_kept(inside, (const char *const[]){ "Ferry (", NULL });
}

/* A picture's alternative text listing the names its labelled caption
 * gives again falls; a line saying what they do, a list naming someone
 * the caption does not, and the list over a story's paragraph, stay. */
static void test_alt_names(void)
{
	g_autoptr(Page) alt = page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
				       "\n\nMr. Ardent and Ms Tolland\nPhoto: Harbour master John Ardent and "
				       "councillor Mary Tolland at the quay.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(alt,
		       (const char *const[]){ "Mr. Ardent and Ms Tolland", "Photo: Harbour master", NULL });
	g_autoptr(Page) deed =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nArdent and Tolland sign timetable\nPhoto: Harbour master John Ardent and "
		     "councillor Mary Tolland at the quay.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(deed, (const char *const[]){ "Ardent and Tolland sign timetable", NULL });
	g_autoptr(Page) other =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nMr. Ardent and Ms Hollis\nPhoto: Harbour master John Ardent and "
		     "councillor Mary Tolland at the quay.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(other, (const char *const[]){ "Mr. Ardent and Ms Hollis", NULL });
	g_autoptr(Page) story =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH
		     "\n\nMr. Ardent and Ms Tolland\n\nHarbour master John Ardent and councillor "
		     "Mary Tolland signed the timetable at the quay on Monday.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(story, (const char *const[]){ "Mr. Ardent and Ms Tolland", NULL });
	/* After review 40: a headline above the story's first paragraph over
	 * its picture's caption naming the same people */
	g_autoptr(Page) headline =
	    page_new("World | June 16\n\nArdent and Tolland at the Quay\n\nPhoto: Harbour master "
		     "John Ardent and councillor Mary Tolland at the Quay.\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(headline, (const char *const[]){ "Ardent and Tolland at the Quay", NULL });
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/set30/copyright-copy", test_copyright_copy);
	g_test_add_func("/clean/set30/byline-widget", test_byline_widget);
	g_test_add_func("/clean/set30/copyright-letters", test_copyright_letters);
	g_test_add_func("/clean/set30/language-switch", test_language_switch);
	g_test_add_func("/clean/set30/language-links", test_language_links);
	g_test_add_func("/clean/set30/alt-names", test_alt_names);
	return g_test_run();
}

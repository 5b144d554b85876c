/* Page furniture by its evidence, shape and place: which lines of a page a
 * reader sees dimmed, and which lines of text the same signs must leave. */
#include "clean-page.h"

/* ---- furniture by evidence ---------------------------------------------- */

static void test_teaser_runs(void)
{
	g_autoptr(Page) page = page_new(
	    "The minister said the talks had been constructive and that both sides would meet again "
	    "in June to settle the remaining questions over fishing rights and tariffs.\n"
	    "MADRID, Spain: The regional government has announced a new plan to cut water use in "
	    "agriculture by a fifth over the next ...\n"
	    "OSLO, Norway - Shares in the state energy company rose sharply after the firm said that "
	    "its quarterly profit had ...\n"
	    "NAIROBI, Kenya: Thousands of commuters were stranded on Friday when a strike by bus drivers "
	    "spread to ...\n");
	assert_kept(page, (const char *const[]){ "The minister said", NULL });
	const char *const teasers[] = { "MADRID, Spain", "OSLO, Norway", "NAIROBI, Kenya", NULL };
	assert_flagged(page, teasers);

	/* One paragraph that trails off, among article text, stays. */
	g_autoptr(Page) single = page_new(
	    "The minister said the talks had been constructive and that both sides would meet again.\n\n"
	    "Fishermen in the harbour were less sure...\n\n"
	    "The next round is due in June, when the remaining questions over tariffs will be settled.");
	g_assert_cmpuint(count_flagged(single), ==, 0);
}

static void test_hashtags_and_separators(void)
{
	g_autoptr(Page) page =
	    page_new("News | World | Europe\n\n"
		     "The minister said the talks had been constructive and that both sides would meet again "
		     "in June to settle the remaining questions over fishing rights and tariffs.\n\n"
		     "#fishing #tariffs #europe #talks\n");
	assert_flagged(page, (const char *const[]){ "News | World", "#fishing", NULL });
	assert_kept(page, (const char *const[]){ "The minister said", NULL });

	/* A hashtag or a pipe inside a sentence of article text is not enough. */
	g_autoptr(Page) prose = page_new(
	    "Protesters chanted slogans and shared the #StopTheCuts hashtag online, the organisers said "
	    "on Sunday, after a week of marches through the capital.\n\n"
	    "The vote was 12 | 9 in favour, according to the official record of the session.");
	g_assert_cmpuint(count_flagged(prose), ==, 0);

	/* A wire's slug, its editors' initials, is no text; a word with a slash
	 * in a sentence is. */
	g_autoptr(Page) wire =
	    page_new("The minister said the talks had been constructive and that both sides would meet again "
		     "in June to settle the remaining questions over fishing rights and tariffs.\n\n"
		     "The talks and/or a summit would follow, officials said, without giving a date.\n\n"
		     "ob-kt/rs\n");
	assert_flagged(wire, (const char *const[]){ "ob-kt/rs", NULL });
	assert_kept(wire, (const char *const[]){ "The minister said", "The talks and/or", NULL });
}

/* A byline and a date stamp on lines of their own are furniture (the
 * stamp's date is still the report's own: test-engine); a dateline opening
 * a paragraph and a headline with a date in it are text. */
static void test_datelines_and_bylines(void)
{
	g_autoptr(Page) page =
	    page_new("Please enable JavaScript to view this site.\n\n"
		     "Storm closes schools across the north\n\n"
		     "By Jane Doe\n"
		     "Updated: 24 May 2023, 18:13 GMT+10\n\n"
		     "Schools across the north of the country were closed on Wednesday as a storm "
		     "brought heavy snow and winds of up to 120 km/h, the weather service said.\n\n"
		     "Share this article\n\n"
		     "Advertisement\n");
	const char *const furniture[] = {
		"Please enable JavaScript",
		"Share this article",
		"Advertisement",
		"By Jane Doe",
		"Updated: 24 May 2023",
		NULL,
	};
	const char *const text[] = { "Storm closes schools", "Schools across the north", NULL };
	assert_flagged(page, furniture);
	assert_kept(page, text);

	g_autoptr(Page) stamps =
	    page_new("Storm closes schools on May 24 across the north\n\n"
		     "Written by Jane Doe\n\n"
		     "Fri 21 Mar 2025 16.41 GMT\n\n"
		     "29 minutes ago\n\n"
		     "By business reporter Callum Reid\n\n"
		     "LISBON, May 24 (Wire) - Schools across the north of the country were closed on "
		     "Wednesday as a storm brought heavy snow, the weather service said.\n\n"
		     "By the time the storm passed, 40 centimetres of snow had fallen.\n");
	assert_flagged(
	    stamps, (const char *const[]){ "Written by", "Fri 21 Mar", "29 minutes", "By business", NULL });
	assert_kept(stamps, (const char *const[]){ "Storm closes schools on May 24", "LISBON, May 24",
						   "By the time the storm", NULL });
}

static void test_furniture_words_in_text(void)
{
	/* Headlines and paragraphs that merely use the words buttons use. */
	g_autoptr(Page) page = page_new(
	    "Comment: Why the budget fails the young\n\n"
	    "By Jane Doe\n\n"
	    "The report is available at https://www.gov.uk/report-2023 and runs to 300 pages, the "
	    "ministry said on Monday.\n\n"
	    "The chancellor defended the plan in parliament on Tuesday, saying that it would cut "
	    "borrowing by a third within five years while protecting spending on schools.\n\n"
	    "Share prices slump\n\n"
	    "Follow-up talks are planned for June, when ministers from both countries will meet.\n\n"
	    "Visit to Beijing postponed\n\n"
	    "Related talks on the budget will be held in parliament next week.\n\n"
	    "The minister declined to comment on the report when asked by email.\n\n"
	    "The report was first published on Monday by the city council.\n\n"
	    "A disclaimer was added later by the council, officials said on Tuesday.\n\n"
	    "The broadcaster launched a news app on Monday.\n\n"
	    "Photos of the site show a new story on the roof.\n\n"
	    "The source of the figures, the statistics office, said this story would run and run.\n\n"
	    "Follow the money, the auditors told the committee on Monday.\n");
	/* the byline alone */
	g_assert_cmpuint(count_flagged(page), ==, 1);
	assert_flagged(page, (const char *const[]){ "By Jane Doe", NULL });

	/* The same words as buttons and links are furniture. */
	g_autoptr(Page) buttons =
	    page_new("The chancellor defended the plan in parliament on Tuesday, saying that it would cut "
		     "borrowing by a third within five years while protecting spending on schools.\n\n"
		     "Print\n\nComments (12)\n\nhttps://www.example.com/news/budget-2024\n\n"
		     "Related: Storm closes schools across the north\n");
	assert_flagged(buttons,
		       (const char *const[]){ "Print", "Comments (12)", "https://", "Related: Storm", NULL });
}

static void test_news_site_furniture(void)
{
	g_autoptr(Page) page = page_new(
	    "Home > News > Crime\n\n"
	    "UK news > Crime\n\n"
	    "Ferry timetable to change as council votes\n\n"
	    "14.11.2023 | 11:20\n\n"
	    "Listen to this article · 4 min\n\n"
	    "5 min read\n\n"
	    "Councillors at the town hall on Monday. Photograph: Jon Ellery/PA\n\n" STORY_PARAGRAPH "\n\n"
	    "Photo: The ferry leaves the harbour at dawn. (Harbour News: Ann Lee)\n\n"
	    "PFL +27.4%    HALV -4.1%    Dow +0.3%\n\n"
	    "WATCH NOW\n\nVIDEO 03:12\n\nShipping stocks rally as freight rates climb\n\n" STORY_PARAGRAPH_2
	    "\n\n"
	    "Donate now\n\n"
	    "The council will review the timetable after six months, a spokesperson said in a statement "
	    "issued after the vote.\n\n"
	    "327 comments\n\n"
	    "@harbournews\n\n"
	    "Email: newsdesk@harbour.example\n\n"
	    "((ann.lee@harbour.example; +44 20 7946 0812))\n\n"
	    "Topics: ferries, transport, council\n\n"
	    "SOURCE Harbour Ferries Ltd\n");
	const char *const furniture[] = {
		"Home > News",
		"UK news > Crime",
		"Listen to this article",
		"5 min read",
		"Photograph: Jon Ellery/PA",
		"Photo: The ferry leaves",
		"PFL +27.4%",
		"WATCH NOW",
		"VIDEO 03:12",
		"Shipping stocks rally",
		"Donate now",
		"327 comments",
		"@harbournews",
		"Email: newsdesk",
		"((ann.lee@harbour",
		"Topics: ferries",
		"SOURCE Harbour",
		"14.11.2023 | 11:20",
		NULL,
	};
	const char *const text[] = {
		"Ferry timetable to change",
		"The harbour council voted",
		"The council will review",
		NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);

	/* The same marks and words inside article text are not enough. */
	g_autoptr(Page) prose = page_new(
	    STORY_PARAGRAPH
	    "\n\n"
	    "The bigger picture: exports fell for a third month, the ministry said on Tuesday.\n\n"
	    "Shares rose +2% in the morning and fell -3% by the close, traders said.\n\n"
	    "Topics at the meeting included fares, timetables and the state of the pier.\n\n"
	    "Call 0800 555 0199 or write to info@harbour.example: 24 hours, 7 days a week, 365 days.\n\n"
	    "Residents can send their views to consultation@harbour.example before the council meets "
	    "again in June, when a final decision on the timetable and on the fares for islanders is due "
	    "to be taken by the full council.\n\n"
	    "327 comments were sent to the council in the first week of the consultation.\n\n"
	    "Source of the figures: the harbour authority's annual report.\n\n"
	    "Visit to Beijing postponed\n\n" STORY_PARAGRAPH_2 "\n");
	g_assert_cmpuint(count_flagged(prose), ==, 0);
}

/* The shapes of furniture on aggregators, crypto blogs and reformatting
 * sites (tests/fixtures/clean-real2): a menu's pieces, counters, tags,
 * captions, a picture's title over its description, lists of links and
 * titles of links set into the story. */
static void test_aggregator_furniture(void)
{
	g_autoptr(Page) page =
	    page_new("Markets / Harbour Square / Wires /\n\n"
		     "Ferry operator shares jump as timetable wins approval\n\n"
		     "Posted:\n2024-03-04 10:15:02\n12\n3\n\n"
		     "This photo shows the new ferry leaving the harbour on its first evening crossing, "
		     "watched by residents from the pier.\n\n" STORY_PARAGRAPH "\n\n"
		     "Ferry timetable chart by Harbour Data (Ledn/TradingView)\n\n"
		     "1 of 4 | The ferry leaves the harbour at dawn on Monday.\n\n"
		     "File photo of the old ferry at the pier\n\n"
		     "The ferry at the pier in Port Lisle on March 4, 2024. [Ann Lee/Harbour News] |\n\n"
		     "Featured image from Harbour Photos, chart from HarbourData.com\n\n"
		     "Only 3 of 10 residents said they used the ferry every week, a survey by the council "
		     "found last year, and most said the last boat left too early.\n\n"
		     "Island School To Open A Second Site\n\nHarbour Council Elects A New Mayor\n\n"
		     "Ferry crews rescue a stranded kayaker | Watch\n\n"
		     "Harbour at Dawn\nHarbour at Dawn. Ferry leaving the pier at sunrise, stock "
		     "photo.\n\n" STORY_PARAGRAPH_2 "\n\n"
		     "The post Ferry operator shares jump appeared first on Harbour Daily.\n\n"
		     "|Wires\n\n[ad_2]\n\n\u2014 AFP\n\nMore in this section\n\n"
		     "Recent Posts\n\n"
		     "- Island school to open a second site in the autumn\n"
		     "- Harbour council elects a new mayor after a close vote\n"
		     "- Fish market reopens after a year of repairs on the quay\n\n"
		     "ferries, harbour council, island transport\n");
	const char *const furniture[] = {
		"Markets / Harbour Square",
		"12\n3",
		"This photo shows",
		"Ferry timetable chart",
		"1 of 4 |",
		"File photo of",
		"The ferry at the pier",
		"Featured image from",
		"Island School To Open",
		"Ferry crews rescue a stranded kayaker",
		"Harbour Council Elects",
		"Harbour at Dawn\n",
		"Harbour at Dawn. Ferry",
		"The post Ferry operator",
		"|Wires",
		"[ad_2]",
		"\u2014 AFP",
		"More in this section",
		"Recent Posts",
		"- Island school",
		"- Fish market",
		"ferries, harbour council",
		NULL,
	};
	const char *const text[] = {
		"Ferry operator shares jump",
		"The harbour council voted",
		"Only 3 of 10 residents",
		"Under the new timetable",
		NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);

	/* A headline opening with a picture's word is no caption, a summary's
	 * points in sentence case no titles of links, a bare count opening a
	 * sentence no gallery's, a list of three words with a number no line of
	 * tags, an e-mail address no menu. */
	g_autoptr(Page) plain =
	    page_new("Photo finish decides the harbour regatta\n\n" STORY_PARAGRAPH "\n\n"
		     "Two evening crossings will be added on weekdays\n\n"
		     "The first ferry will leave the island at six\n\n"
		     "3 of 10 residents use the ferry every week, the survey by the island's council "
		     "found.\n\n"
		     "Crossings, fares, 2024 timetable\n\n"
		     "The new timetable also adds a late boat on the busiest route of the two cities (New "
		     "York/London).\n\n"
		     "From: Press Office <press@harbour.example>\n\n" STORY_PARAGRAPH_2 "\n");
	const char *const kept[] = { "The new timetable also adds",
				     "Photo finish",
				     "Two evening crossings",
				     "The first ferry will leave",
				     "3 of 10 residents",
				     "From: Press Office",
				     NULL };
	assert_kept(plain, kept);
	g_assert_false(block_with(plain, "Crossings, fares")->boilerplate);

	/* A list's head takes down a title in title case whatever its end;
	 * a subhead asking a question in sentence case stays. */
	g_autoptr(Page) see_also =
	    page_new(STORY_PARAGRAPH "\n\nSee Also\nFerry Fares Will Not Rise This Year!\n\n"
				     "Will the late boat run in winter?\n\n" STORY_PARAGRAPH_2 "\n");
	g_assert_true(block_with(see_also, "Ferry Fares Will Not Rise")->boilerplate);
	g_assert_false(block_with(see_also, "Will the late boat")->boilerplate);

	/* Under a headline long enough to read as a short paragraph, a
	 * portrait's one-word caption above the story is an aside. */
	g_autoptr(Page) portrait =
	    page_new("Harbour Council Votes Through New Ferry Timetable After A Long Consultation\n\n"
		     "Pellew\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	g_assert_true(block_with(portrait, "Pellew")->boilerplate);
	g_assert_false(block_with(portrait, "Harbour Council Votes")->boilerplate);

	/* The story's last short sentence after one block set into it (an
	 * embedded post's signature) still ends the story. */
	g_autoptr(Page) post =
	    page_new(STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n"
				     "\u2014 Harbour Police (@HarbourPolice) March 4, 2024\n\n"
				     "The ferry was back in service by noon.\n");
	g_assert_true(block_with(post, "(@HarbourPolice)")->boilerplate);
	g_assert_false(block_with(post, "The ferry was back")->boilerplate);
}

/* Below the article, a notice fenced in by furniture falls with it; a
 * short last paragraph after an advertisement button does not. */
static void test_islands_at_the_foot(void)
{
	g_autoptr(Page) page =
	    page_new(STORY_PARAGRAPH
		     "\n\n"
		     "The council will review the timetable after six months.\n\n"
		     "Trending now\n\n"
		     "Stocks making the biggest moves premarket\n\n"
		     "Subscribe to Harbour News PRO for exclusive insights and analysis\n\n"
		     "Data is a real-time snapshot. Data is delayed at least 15 minutes. Global business and "
		     "financial news, stock quotes and market data.\n\n"
		     "© 2025 Harbour News LLC. All Rights Reserved.\n");
	assert_flagged(page, (const char *const[]){ "Data is a real-time snapshot", NULL });
	assert_kept(page, (const char *const[]){ "The council will review", NULL });

	g_autoptr(Page) last = page_new(
	    STORY_PARAGRAPH
	    "\n\n"
	    "Advertisement\n\n"
	    "The council said the extra sailings would be paid for from the existing transport budget and "
	    "would not raise fares.\n\n"
	    "© 2025 Harbour News LLC. All Rights Reserved.\n");
	assert_kept(last, (const char *const[]){ "The council said the extra sailings", NULL });
}

/* A page template the site left unfilled is furniture where its markup
 * is much of the line; a paragraph of the story ending in a stray tag
 * ("{{^adFree}} {{/adFree}}", as a real page had it) is the story's. */
static void test_unfilled_templates(void)
{
	g_autoptr(Page) page = page_new(
	    "{{moment(article.date)}} @{{author}} comment\n\n"
	    "The ferry operator said on Monday that the extra sailings would start in April, and that "
	    "fares would stay as they are for at least a year. {{^adFree}} {{/adFree}}\n\n" STORY_PARAGRAPH
	    "\n\n{{ratingsCount}} Votes\n");
	assert_flagged(page, (const char *const[]){ "{{moment", "{{ratingsCount}}", NULL });
	assert_kept(page, (const char *const[]){ "The ferry operator said", NULL });
}

/* A command's verb after a determiner is a noun: earnings "a share on
 * revenue" are the story's, "Share on Facebook" is a button. */
static void test_verbs_as_nouns(void)
{
	g_autoptr(Page) page = page_new(
	    STORY_PARAGRAPH
	    "\n\n"
	    "The company reported earnings of $1.46 a share on revenue of $89.5 billion, down 1% from a "
	    "year ago.\n\n"
	    "For the year, it reported net income of $96.99 billion, or $6.13 a share, on revenue of "
	    "$298.08 billion.\n\n" STORY_PARAGRAPH_2 "\n\nShare on Facebook\n");
	assert_flagged(page, (const char *const[]){ "Share on Facebook", NULL });
	assert_kept(page, (const char *const[]){ "The company reported earnings", "For the year", NULL });
}

/* The third cleaning set's kinds: a long disclaimer under its label, the
 * page speaking of itself, a list of other stories' headlines in
 * sentence case at the foot, a pitch as the page's last line and an
 * author's biography as its last paragraph; a sentence cut short where
 * the page was saved, someone quoted and the story's own last paragraph
 * stay. */
static void test_wire_rewrite_furniture(void)
{
	g_autoptr(Page) page = page_new(
	    "Ferry operator shares jump as timetable wins approval\n\n"
	    "This post was originally published on this site\n\n" STORY_PARAGRAPH "\n\n"
	    "\u201cThis story is far from over for the islands,\u201d the mayor told reporters.\n\n"
	    "Disclaimer: Harbour Media would like to remind you that the data contained in this website "
	    "is not necessarily real-time nor accurate, and that prices may differ from the actual "
	    "market price, meaning prices are indicative and not appropriate for trading purposes.\n\n"
	    "Trending\n\n"
	    "Island council rejects plan for a second ferry terminal after months of protests\n\n"
	    "Harbour police arrest two men over theft of fishing boats from the quay\n\n"
	    "Fish market reopens on the quay after a year of repairs and a new roof\n");
	assert_flagged(page, (const char *const[]){ "This post was originally", "Disclaimer: Harbour Media",
						    "Island council rejects", "Harbour police arrest",
						    "Fish market reopens", NULL });
	assert_kept(page, (const char *const[]){ "\u201cThis story is far", NULL });

	g_autoptr(Page) pitch =
	    page_new(STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n"
				     "For all the latest Harbour News, download Harbour Daily App\n");
	assert_flagged(pitch, (const char *const[]){ "For all the latest", NULL });

	g_autoptr(Page) cut = page_new(STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n"
						       "The ferry will be named by Dr. Anna Berg, WHO's\n");
	assert_kept(cut, (const char *const[]){ "The ferry will be named", NULL });

	g_autoptr(Page) bio =
	    page_new(STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n"
				     "Jane Doe is a staff reporter covering the islands and their "
				     "ferries for Harbour Daily.\n");
	assert_flagged(bio, (const char *const[]){ "Jane Doe is a staff reporter", NULL });
	assert_kept(bio, (const char *const[]){ STORY_PARAGRAPH_2, NULL });

	g_autoptr(Page) story =
	    page_new(STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n"
				     "Anna Berg is the island's longest-serving ferry captain and "
				     "will sail the first crossing.\n");
	assert_kept(story, (const char *const[]){ "Anna Berg is the island", NULL });
}

/* The fourth cleaning set's kinds: cards of other stories below the story
 * (a title printed twice around its stamp, its teaser), a video's title
 * with its running time, a link back to the story under its headline, a
 * comment section's head before a colon, a picture's file name and its
 * caption, a bulleted button, a role's byline; a paragraph between two
 * rows of share buttons, a line announcing what follows, a paragraph an
 * aggregator cut short and a brief's byline over every item stay. */
static void test_card_and_repost_furniture(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved after long debate\n\n" STORY_PARAGRAPH "\n\n"
		     "\u2022 Go To\n\n" STORY_PARAGRAPH_2 "\n\n"
		     "Below is the full statement:\n\n"
		     "Keep on reading: Ferry timetable approved after long debate\n\n"
		     "Published in Harbour Daily, June 1st, 2020\n\n"
		     "Return to the harbour\nUpdated 28 Apr, 2024\n\nReturn to the harbour\n\n"
		     "Will the islanders ever see a second ferry on the northern route this year?\n\n"
		     "Lighthouse keepers rally 1:33\n\nLighthouse keepers rally\n\n"
		     "No comments:\n\nPost a Comment\n");
	assert_flagged(page, (const char *const[]){ "\u2022 Go To", "Keep on reading:",
						    "Return to the harbour", "Will the islanders ever see",
						    "Lighthouse keepers rally 1:33", "No comments:", NULL });
	assert_kept(page, (const char *const[]){ "Below is the full statement:", STORY_PARAGRAPH_2, NULL });

	g_autoptr(Page) pictures =
	    page_new(STORY_PARAGRAPH "\n\n"
				     "ferry harbour quay 193455883\n\n"
				     "The ferry left the quay an hour late.\n\n" STORY_PARAGRAPH_2 "\n\n"
				     "Editor: Alexander\n");
	assert_flagged(pictures, (const char *const[]){ "ferry harbour quay", "The ferry left the quay",
							"Editor: Alexander", NULL });

	g_autoptr(Page) share =
	    page_new(STORY_PARAGRAPH "\n\n"
				     "Facebook   X   WhatsApp   Email   Print\n\n" STORY_PARAGRAPH_2 "\n\n"
				     "Facebook   X   WhatsApp   Email   Print\n\n"
				     "The council will review the timetable after six months.\n");
	assert_kept(share, (const char *const[]){ STORY_PARAGRAPH_2, NULL });

	g_autoptr(Page) cut =
	    page_new(STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n"
				     "Shipping firms are showing increased interest in the route. The "
				     "expectation of a second ferry\u2026\n\n"
				     "Read more on Harbour Wire\n\n19K Reads\n");
	assert_kept(cut, (const char *const[]){ "Shipping firms are showing", NULL });
	assert_flagged(cut, (const char *const[]){ "Read more on Harbour Wire", NULL });
}

/* The seventh cleaning set's kinds: a breadcrumb trail that ends in the
 * headline printed under it, and a section's label run into its stamp's
 * relative time; the headline itself, a headline printed twice and a
 * number of days in prose stay. */
static void test_trail_and_stamp_furniture(void)
{
	g_autoptr(Page) page = page_new("World \u00bb Ferry timetable approved after long debate\n\n"
					"Ferry timetable approved after long debate\n\n"
					"world3 days ago\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "World \u00bb Ferry", "world3 days ago", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });
	g_assert_false(block_at(page, 1)->boilerplate);

	g_autoptr(Page) prose =
	    page_new("Ferry timetable approved after long debate\n\n"
		     "Ferry timetable approved after long debate\n\n" STORY_PARAGRAPH "\n\n"
		     "The vote passed 3 days ago, the operator said.\n\n" STORY_PARAGRAPH_2 "\n");
	g_assert_false(block_at(prose, 0)->boilerplate);
	assert_kept(prose, (const char *const[]){ STORY_PARAGRAPH, "The vote passed 3 days ago",
						  STORY_PARAGRAPH_2, NULL });
}

/* A photo feature: pictures after the text, each a labelled caption that
 * tells the story and a credit of its own; their captions are text, their
 * credits furniture. A single captioned picture in a story stays furniture. */
static void test_photo_feature(void)
{
	g_autoptr(Page) page = page_new(
	    STORY_PARAGRAPH
	    "\n\n"
	    "IMAGE: The harbour master and the ferry operator's chief shake hands on the quay before the "
	    "first crossing.\n"
	    "Photograph: Jane Doe/Harbour Wire\n\n"
	    "IMAGE: Residents of the island wait for the morning ferry under the new timetable on Monday.\n"
	    "Photograph: Tom Harris/Harbour Wire\n");
	assert_kept(page, (const char *const[]){ "IMAGE: The harbour master",
						 "IMAGE: Residents of the island", NULL });
	assert_flagged(page, (const char *const[]){ "Photograph: Jane Doe", "Photograph: Tom Harris", NULL });

	g_autoptr(Page) single = page_new(
	    STORY_PARAGRAPH
	    "\n\n"
	    "IMAGE: The harbour master and the ferry operator's chief shake hands on the quay before the "
	    "first crossing.\n"
	    "Photograph: Jane Doe/Harbour Wire\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(single, (const char *const[]){ "IMAGE: The harbour master", NULL });
}

/* The eighth cleaning set's round: shapes of furniture read by their
 * place and form (a trail that lost its arrows, a label closing the page,
 * a byline with its date, a list's head glued to a paragraph, a numbered
 * list of links, a source over the story, the page's last titles, another
 * story's teaser over the stamp, a prompt's broken line between furniture). */
static void test_round_eight_shapes(void)
{
	g_autoptr(Page) trail = page_new("Home Transport Ferry timetable approved after long debate\n\n"
					 "Ferry timetable approved after long debate\n\n" STORY_PARAGRAPH
					 "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(trail, (const char *const[]){ "Home Transport Ferry", NULL });
	g_assert_false(block_at(trail, 1)->boilerplate);

	g_autoptr(Page) top = page_new(STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\nGo To Top\n");
	assert_flagged(top, (const char *const[]){ "Go To Top", NULL });
	g_autoptr(Page) cut = page_new(STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\nAmeric\n");
	g_assert_false(block_with(cut, "Americ")->boilerplate);

	g_autoptr(Page) byline =
	    page_new("Ferry timetable approved after long debate\n\n"
		     " By Jane Doe, The Harbour Press May 29, 2013 4:40 PM\n\n" STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(byline, (const char *const[]){ "By Jane Doe", NULL });

	g_autoptr(Page) glued = page_new(
	    STORY_PARAGRAPH "Related\n\n"
			    "Will fares rise? What the vote means for islanders\n\n"
			    "One year of the night ferry: Has the island changed?\n\n"
			    "Council backs new quay for the larger boats\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(glued, (const char *const[]){ "Will fares rise?", "One year of the night ferry",
						     "Council backs new quay", NULL });
	assert_kept(glued, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });

	g_autoptr(Page) numbered =
	    page_new(STORY_PARAGRAPH "\n\n"
				     "  1. Ferry fares frozen for a year after the vote Harbour Wire\n"
				     "  2. Council Backs New Quay For Larger Boats Island Times\n"
				     "  3. Night Ferry Returns As Islanders Cheer Harbour Radio\n"
				     "  4. 'Late boat' plan wins support among commuters Island Times\n"
				     "  5. View Full Coverage on the Wire\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(numbered,
		       (const char *const[]){ "1. Ferry fares", "4. 'Late boat'", "5. View Full", NULL });
	assert_kept(numbered, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });

	g_autoptr(Page) source = page_new(STORY_PARAGRAPH "\n\nHWN\n \u2014 \n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(source, (const char *const[]){ "HWN", NULL });

	/* the page's last titles; a sentence cut short where the page was
	 * saved holds a comma or breaks off inside a word */
	g_autoptr(Page) foot = page_new(
	    STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n"
			    "Council warns about icy quays\n\nHarbour Food Drive at the Town Hall\n");
	assert_flagged(foot, (const char *const[]){ "Council warns", "Harbour Food Drive", NULL });
	g_autoptr(Page) saved = page_new(
	    STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n"
			    "Timetable, fares and quays\n\nThe council said the first ferry will lea\n");
	assert_kept(saved, (const char *const[]){ "Timetable, fares", "The council said the first", NULL });

	g_autoptr(Page) teaser =
	    page_new("Through her efforts, this 22-year-old woman showed people that an ordinary person can "
		     "make a contribution through sheer will and determination, says a charity\n"
		     "world3 days ago\n" STORY_PARAGRAPH "\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(teaser, (const char *const[]){ "Through her efforts", NULL });
	assert_kept(teaser, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });

	g_autoptr(Page) prompt = page_new(
	    STORY_PARAGRAPH "\n" STORY_PARAGRAPH_2 "\nClick here to read full article from source\n"
			    "To read the full story or to get the complete feed from this wire, please\n"
			    "Contact Us.\n");
	assert_flagged(prompt, (const char *const[]){ "To read the full story", NULL });
	assert_kept(prompt, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });
}

/* A box that speaks to the reader: its pitch and its fine print beside
 * the prompt are furniture with it; a paragraph that says "you" beside a
 * button stays. */
static void test_reader_box(void)
{
	g_autoptr(Page) page = page_new(
	    "Sharpen your harbour news\n\n"
	    "Sign up for the Harbour Daily newsletter today!\n\n"
	    "Choosing your island ensures you get the stories that matter to you first.\n\n"
	    "Ferry timetable approved after long debate\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n"
	    "Advertisement\n\n"
	    "If you travel on the early ferry, you will have to book a seat from April.\n\n"
	    "The council will review the timetable after six months.\n");
	assert_flagged(page, (const char *const[]){ "Sharpen your harbour news", "Sign up for the Harbour",
						    "Choosing your island", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, "If you travel on the early ferry", NULL });
}

/* What publishing platforms print around any story (clean_platform.c):
 * a block made wholly of their strings is furniture on a site no rule has
 * seen; the same words inside the story's sentences are not. */
static void test_platform_strings(void)
{
	g_autoptr(Page) page = page_new(
	    "Exit mobile version\n\n"
	    "The minister said the talks had been constructive and that both sides would meet again "
	    "in June to settle the remaining questions over fishing rights and tariffs.\n\n"
	    "Fishermen in the harbour said one response from the ministry was enough for now, and that "
	    "they would like this round of talks to be the last.\n\n"
	    "(AP)\n\n"
	    "Share this:\n\n"
	    "Like this: Like Loading...\n\n"
	    "One Response\n\n"
	    "3 thoughts on \u201cTalks on fishing rights resume\u201d\n\n"
	    "Leave a Reply Cancel reply\n\n"
	    "Time limit is exhausted. Please reload the CAPTCHA.\n");
	const char *const furniture[] = { "Exit mobile version",  "(AP)",	  "Share this:",
					  "Like this:",		  "One Response", "3 thoughts on",
					  "Leave a Reply Cancel", "Time limit",	  NULL };
	assert_flagged(page, furniture);
	assert_kept(page, (const char *const[]){ "The minister said", "Fishermen in the harbour", NULL });
}

/* Shapes of the ninth set's misses, in invented words: credits naming an
 * agency in brackets or glued to a caption, a link's label glued to its
 * title by a colon, a line sending the reader to the source, a list of
 * headlines running to the page's end under its head, teasers cut short
 * at the foot; and an embedded post run into the story, which stays. */
static void test_round_ten_shapes(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved after long debate\n\n" STORY_PARAGRAPH "\n\n"
		     "Passengers wait on the quay for the first night ferry to the island on Monday. (Jane "
		     "Doe/AFP/Getty Images)\n\n"
		     "Islanders cheer as the ferry leaves the harbour at dawn. (John Smith, Reuters)\n\n"
		     "APA crew member ties the ferry to the quay on Sunday. Officials expect more boats.\n\n"
		     "Harbour vote:Council backs new quay for the larger boats\n\n"
		     "More via Harbour Radio here.\n\n" STORY_PARAGRAPH_2 "\n\n"
		     "Related posts:\n\n"
		     "Council backs new quay for the larger boats\n\n"
		     "Night ferry returns as islanders cheer the vote.\n\n"
		     "Fares frozen for a year after the vote in France\n");
	assert_flagged(page, (const char *const[]){ "Passengers wait", "Islanders cheer", "APA crew member",
						    "Harbour vote:", "More via Harbour", "Related posts:",
						    "Night ferry returns", "Fares frozen", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });

	/* "(Reuters/Ipsos)" after a poll's figure and "(New York/London)"
	 * are no credits; an agency's name opening a word is no caption */
	g_autoptr(Page) poll =
	    page_new(STORY_PARAGRAPH "\n\n"
				     "Support for the ferry plan rose to 54 per cent in the last poll of "
				     "islanders (Reuters/Ipsos).\n\n"
				     "APIs let the harbour office publish the timetable to other sites every "
				     "morning.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(poll, (const char *const[]){ "Support for the ferry", "APIs let", NULL });

	g_autoptr(Page) cut =
	    page_new(STORY_PARAGRAPH
		     "\n\n" STORY_PARAGRAPH_2 "\n\n"
		     "The mayor said to the council, 'build the quay now' - and they're "
		     "responding,\n\nJane Doe,\n\nNight ferry returns as islanders cheer the,\u2026\n");
	assert_flagged(cut, (const char *const[]){ "The mayor said", "Jane Doe,", "Night ferry", NULL });

	/* a post quoted with the story running on after its signature, and a
	 * sentence of the story longer than a post before one: kept */
	g_autoptr(Page) post = page_new(
	    STORY_PARAGRAPH
	    "\n\n"
	    "Glad to be home on the island! pic.example.com/AbC123 \u2014 Jane Doe (@janedoe) March 3, 2025 "
	    "Doe joined the harbour office aged 19 before running the ferry service in 2011. She has "
	    "sailed the route more than 4,000 times.\n\n"
	    "She is also the longest-serving skipper of the route with 31 years at the helm, four more "
	    "than anyone before her, and the harbour office said on Monday it would name the new quay "
	    "after her once it opens. Thank you all for the years on the water, and for every early "
	    "morning crossing we made together. pic.example.com/XyZ789 \u2014 Jane Doe (@janedoe) March "
	    "3, 2025\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(post, (const char *const[]){ "Glad to be home", "She is also the longest", NULL });
	g_autoptr(Page) tweet =
	    page_new(STORY_PARAGRAPH "\n\n"
				     "Glad to be home on the island! pic.example.com/AbC123 \u2014 Jane Doe "
				     "(@janedoe) March 3, 2025\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(tweet, (const char *const[]){ "Glad to be home", NULL });
}

/* The shapes read from the tenth set's misses (ENGINE.md, "Shapes from
 * the tenth set's misses"). */
static void test_round_eleven_shapes(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved after long debate\n\n"
		     "By Jane Doe, John Smith, Ann Lee and Tom Fry, Harbour Radio\n\n"
		     "12 Posts\n\n"
		     "From Harbour Radio's Mary Jones and Peter Brown\n\n" STORY_PARAGRAPH "\n\n"
		     "Passengers wait on the quay for the first night ferry on February 4 Jane Doe/AFP/Getty "
		     "Images\n\n"
		     "Anna Berg\n\nAP Photo\n\n" STORY_PARAGRAPH_2 "\n\n"
		     "Most Read Stories\n\n"
		     "- Council backs new quay for the larger boats\n\n"
		     "- Islanders lost their ferry overnight. A storm wiped the pier out before dawn.\n\n"
		     "- Fares frozen for a year after the vote WATCH\n\n"
		     "The harbour office said the first boat would sail on Monday night after the vote.\n\n"
		     "Harbour Radio's Kim Lo and Sam Ray contributed to this report.\n\n"
		     "Source\n\nPhoto credit www.example.com\n\n"
		     "(0) comments\n\nWelcome to the discussion.\n\nLog In\n\n"
		     "Keep it Clean. Please avoid obscene or vulgar language.\n\n"
		     "PLEASE TURN OFF YOUR CAPS LOCK.\n\n"
		     "Be Truthful. Don't knowingly lie about anyone.\n\n"
		     "Be Nice. No racism or sexism of any sort.\n\n"
		     "Be Proactive. Use the 'Report' link on each comment to let us know of abuse.\n\n"
		     "Post a Comment\n");
	assert_flagged(page, (const char *const[]){ "By Jane Doe, John",
						    "12 Posts",
						    "From Harbour Radio's",
						    "Passengers wait",
						    "Anna Berg",
						    "AP Photo",
						    "Most Read Stories",
						    "- Council backs",
						    "- Islanders lost",
						    "- Fares frozen",
						    "Harbour Radio's Kim Lo",
						    "Source",
						    "Photo credit",
						    "(0) comments",
						    "Welcome to the discussion",
						    "Log In",
						    "Keep it Clean",
						    "PLEASE TURN OFF",
						    "Be Truthful",
						    "Be Nice",
						    "Be Proactive",
						    "Post a Comment",
						    NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2,
						 "The harbour office said the first boat", NULL });

	/* a story's tips under its text, a paragraph going on after its
	 * contributors' sentence: kept */
	g_autoptr(Page) tips =
	    page_new(STORY_PARAGRAPH
		     "\n\n"
		     "Be Prepared. Pack water, food and a torch before the storm reaches the coast.\n\n"
		     "Keep Calm. Follow the wardens to the shelter on the hill above the town.\n\n"
		     "Be Patient. Ferries will run late while the storm passes the island.\n\n"
		     "Volunteers contributed to this report on the pier. The council will publish it in "
		     "May.\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(tips, (const char *const[]){ "Be Prepared", "Keep Calm", "Be Patient",
						 "Volunteers contributed", NULL });
}

/* The shapes read from the eleventh set's misses after its end score
 * (ENGINE.md, "Shapes from the eleventh set's misses"). */
static void test_round_eleven_after_reading(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved after long debate\n\n"
		     "harbour { height:100px width:400px overflow:auto; }\n\n"
		     "3 mins\n\n"
		     "Harbour Town (AFP) Sept 20, 2017\n\n" STORY_PARAGRAPH "\n\n"
		     "Islanders gather on the quay after the vote on November 17, 2021. \u2014 "
		     "YouTube/HarbourRadio\n\n"
		     "Harbour Vote: 'Historic Day' for the Island Ferry2:14\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "harbour {", "3 mins", "Harbour Town (AFP)",
						    "Islanders gather", "Harbour Vote:", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });

	/* a time of day, a poll's "Reuters/Ipsos" after a dash in a sentence:
	 * kept */
	g_autoptr(Page) kept = page_new(
	    STORY_PARAGRAPH
	    "\n\n"
	    "The first ferry leaves the island at 10:30\n\n"
	    "Support for the plan rose to 54 per cent in the last poll - Reuters/Ipsos\n\n" STORY_PARAGRAPH_2
	    "\n");
	assert_kept(kept, (const char *const[]){ "The first ferry leaves", "Support for the plan", NULL });
}

/* The twelfth set's shapes, read after its first score: a story's last
 * sentence ending in the source its text was taken from ("| via ..."), a
 * transcript's long line run on without a full stop above a line the
 * excerpt cuts, and a one-word label opening a page with no headline. */
static void test_round_twelve_after_reading(void)
{
	g_autoptr(Page) source =
	    page_new(STORY_PARAGRAPH "\n" STORY_PARAGRAPH_2 "\n"
				     "Storms are common on the island in spring, "
				     "particularly after a warm winter. | via harbournews\n");
	assert_kept(source, (const char *const[]){ "Storms are common", NULL });
	g_autoptr(Page) caption = page_new(
	    STORY_PARAGRAPH
	    "\n"
	    "Islanders wait for the ferry on the quay on Monday. | Getty Images\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(caption, (const char *const[]){ "Islanders wait", NULL });

	g_autoptr(Page) transcript = page_new(
	    "the ferry did not come this morning and nobody here knows when it will, the harbour is closed "
	    "and the boats are tied up along the quay while the wind keeps rising, you can taste the salt "
	    "in the air, people are carrying water and bread up from the shop and the school has sent the "
	    "children home early, "
	    "that is the picture here and we will be back with more as the day goes on and the\n"
	    "the harbour master told us the wall has held so far but the next tide is the one they fear, "
	    "the council has opened the hall for anyone whose house is near the water and more than fifty "
	    "people have gone there already with their dogs and their blankets and their radios?\n"
	    "the harbour master told us the\n");
	assert_kept(transcript, (const char *const[]){ "the ferry did not come",
						       "the harbour master told us the wall", NULL });

	g_autoptr(Page) kind =
	    page_new("Article\n"
		     "Ferry passengers will pay more from April after the council approved the "
		     "timetable.\n" STORY_PARAGRAPH "\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(kind, (const char *const[]){ "Article", NULL });
	assert_kept(kind, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });
}

/* Shapes read after the thirteenth set's first score, round 17's events
 * and the open misses (clean17), in our own words. */
static void test_round_thirteen_after_reading(void)
{
	g_autoptr(Page) tail = page_new(STORY_PARAGRAPH "\n" STORY_PARAGRAPH_2 "\n"
							"HBR/KT/JOS\n"
							"Like it? Share with your friends!\n"
							"Loading comments...\n");
	assert_flagged(tail, (const char *const[]){ "HBR/KT/JOS", "Like it?", "Loading comments", NULL });
	g_autoptr(Page) site = page_new("Northern Courant\n" STORY_PARAGRAPH "\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(site, (const char *const[]){ "Northern Courant", NULL });
	g_autoptr(Page) title =
	    page_new("Ferry Timetable Approved\n" STORY_PARAGRAPH "\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(title, (const char *const[]){ "Ferry Timetable", STORY_PARAGRAPH, NULL });
	g_autoptr(Page) caption = page_new(
	    "Ferry timetable approved by the harbour council\n\n"
	    "Passengers board the morning ferry at the island's quay on the first day of the new timetable.\n"
	    "Passengers board the morning ferry at the island's quay on the first day of the new timetable. "
	    "Photo credit Lena Ortiz/Getty Images\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\n"
	    "Sign up for the Harbour Newsletter\n"
	    "Bringing all the latest island news and reviews to your inbox\n");
	assert_flagged(caption, (const char *const[]){ "Passengers board", "Bringing all", NULL });
	assert_kept(caption, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });
	g_autoptr(Page) list = page_new(
	    STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n\nHere are the new crossings...\n\n"
			    "Island Ferry\n\nSix in the morning\n\nTown Ferry\n\n"
			    "Evening crossings, weekdays\n\nHarbour Council\n\nTimetable approved\n");
	assert_kept(list,
		    (const char *const[]){ "Here are the new", "Island Ferry", "Evening crossings", NULL });
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/furniture/teaser-runs", test_teaser_runs);
	g_test_add_func("/clean/furniture/hashtags-separators", test_hashtags_and_separators);
	g_test_add_func("/clean/furniture/datelines-bylines", test_datelines_and_bylines);
	g_test_add_func("/clean/furniture/words-in-text", test_furniture_words_in_text);
	g_test_add_func("/clean/furniture/news-sites", test_news_site_furniture);
	g_test_add_func("/clean/furniture/islands-at-the-foot", test_islands_at_the_foot);
	g_test_add_func("/clean/furniture/unfilled-templates", test_unfilled_templates);
	g_test_add_func("/clean/furniture/verbs-as-nouns", test_verbs_as_nouns);
	g_test_add_func("/clean/furniture/aggregators", test_aggregator_furniture);
	g_test_add_func("/clean/furniture/wire-rewrites", test_wire_rewrite_furniture);
	g_test_add_func("/clean/furniture/cards-reposts", test_card_and_repost_furniture);
	g_test_add_func("/clean/furniture/trails-stamps", test_trail_and_stamp_furniture);
	g_test_add_func("/clean/furniture/photo-feature", test_photo_feature);
	g_test_add_func("/clean/furniture/reader-box", test_reader_box);
	g_test_add_func("/clean/furniture/round-eight", test_round_eight_shapes);
	g_test_add_func("/clean/furniture/platform-strings", test_platform_strings);
	g_test_add_func("/clean/furniture/round-ten", test_round_ten_shapes);
	g_test_add_func("/clean/furniture/round-eleven", test_round_eleven_shapes);
	g_test_add_func("/clean/furniture/round-eleven-after-reading", test_round_eleven_after_reading);
	g_test_add_func("/clean/furniture/round-twelve-after-reading", test_round_twelve_after_reading);
	g_test_add_func("/clean/furniture/round-thirteen-after-reading", test_round_thirteen_after_reading);
	return g_test_run();
}

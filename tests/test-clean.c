/* Blocks and page furniture: which lines a reader sees dimmed, which align. */
#include <json-glib/json-glib.h>
#include <string.h>

#include "crossread/clean.h"
#include "crossread/text.h"
#include "testlib.h"

/* A cleaned document: the report and its blocks. */
typedef struct {
	CrDoc *doc;
	GArray *blocks;
} Page;

static void page_free(Page *page)
{
	g_array_unref(page->blocks);
	cr_doc_free(page->doc);
	g_free(page);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(Page, page_free)

static Page *page_of_doc(CrDoc *doc)
{
	Page *page = g_new0(Page, 1);
	page->doc = doc;
	page->blocks = cr_clean_blocks(doc);
	return page;
}

/* TEXT (NUL-terminated) as a page. */
static Page *page_new(const char *text)
{
	return page_of_doc(cr_test_doc("page.txt", text));
}

/* The fixture tests/fixtures/clean/NAME as a page. */
static Page *page_load(const char *name)
{
	g_autofree char *rel = g_build_filename("fixtures", "clean", name, NULL);
	g_autofree char *path = cr_test_path(rel);
	g_autoptr(GError) error = NULL;
	CrDoc *doc = cr_doc_load(path, &error);
	g_assert_no_error(error);
	return page_of_doc(doc);
}

static const CrBlock *block_at(const Page *page, guint i)
{
	g_assert_cmpuint(i, <, page->blocks->len);
	return &g_array_index(page->blocks, CrBlock, i);
}

/* The block that holds the first occurrence of TEXT; fails the test when
 * TEXT is not in the page or falls between blocks. */
static const CrBlock *block_with(const Page *page, const char *text)
{
	const char *found = strstr(page->doc->data, text);
	if (!found)
		g_error("not in the page: %s", text);
	int i = cr_blocks_find(page->blocks, (gsize)(found - page->doc->data));
	if (i < 0)
		g_error("not in any block: %s", text);
	return block_at(page, (guint)i);
}

/* The text of block I, whitespace collapsed. */
static char *block_text(const Page *page, guint i)
{
	const CrBlock *b = block_at(page, i);
	return cr_text_flat(page->doc->data, b->start, b->end);
}

static void assert_flagged(const Page *page, const char *const *texts)
{
	for (guint i = 0; texts[i]; i++)
		if (!block_with(page, texts[i])->boilerplate)
			g_error("should be flagged as furniture: %s", texts[i]);
}

static void assert_kept(const Page *page, const char *const *texts)
{
	for (guint i = 0; texts[i]; i++) {
		const CrBlock *b = block_with(page, texts[i]);
		if (b->boilerplate)
			g_error("article text flagged as furniture: %s", texts[i]);
		g_assert_false(b->flags & CR_BLOCK_DUPLICATE);
	}
}

static guint count_flagged(const Page *page)
{
	guint n = 0;
	for (guint i = 0; i < page->blocks->len; i++)
		n += block_at(page, i)->boilerplate;
	return n;
}

/* Every block is trimmed, in order, and inside the text. */
static void assert_blocks_sane(const Page *page)
{
	gsize prev_end = page->doc->text_start;
	for (guint i = 0; i < page->blocks->len; i++) {
		const CrBlock *b = block_at(page, i);
		g_assert_cmpuint(b->start, >=, prev_end);
		g_assert_cmpuint(b->start, <, b->end);
		g_assert_cmpuint(b->end, <=, page->doc->len);
		g_assert_false(g_ascii_isspace(page->doc->data[b->start]));
		g_assert_false(g_ascii_isspace(page->doc->data[b->end - 1]));
		g_assert_true(b->boilerplate ? b->score < 0 : TRUE);
		prev_end = b->end;
	}
}

/* ---- fixtures: invented pages of different kinds of sites ------------- */

static void test_wire_story(void)
{
	g_autoptr(Page) page = page_load("wire-related.txt");
	assert_blocks_sane(page);
	const char *const furniture[] = {
		"Skip to main content",
		"Sustainability",
		"Advertisement \xc2\xb7 Scroll",
		"Read more:",
		"Codelco names new chief",
		"Peru's mining protests",
		"Related stories",
		"Gold steadies",
		"Lithium prices slide",
		"Share this article",
		"LinkedIn",
		"Get our daily markets newsletter",
		"\xc2\xa9 2023 Wire News Agency",
		/* a wire's trailer names who reported and edited: no article text */
		"Reporting by Maria Lopez",
		/* a byline and a date stamp on lines of their own */
		"By Maria Lopez and Tom Harris",
		"Updated 2 hours ago",
		NULL,
	};
	const char *const text[] = {
		"Chile's copper output slips",
		"SANTIAGO, Oct 12 (Wire) - Copper production",
		"The state-run miner Codelco",
		"\"We are working through",
		"Analysts at two banks",
		"The slowdown comes",
		"The agency said industrial production",
		NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);
	g_assert_cmpfloat(block_with(page, "Analysts at two banks")->score, >, 0);
}

/* A scraped story's furniture that names no furniture word: a section
 * label and a pitch above the headline, a breadcrumb run together, a teaser
 * cut from the caption under it, captions ending in a picture's credit,
 * the title of a picture above its bare credit, editors' notes, a bare
 * link, a post quoted in another script and signed with a handle, a
 * player's label, a lone mark, a wire's trailer, a comment form. */
static void test_scraped_captions(void)
{
	g_autoptr(Page) page = page_load("scraped-captions.txt");
	assert_blocks_sane(page);
	const char *const furniture[] = {
		"WORLD",
		"Unlock market data",
		"HomeWorldHarbour",
		"Passengers leave the damaged ferry at the north pier on Monday as crews inspect the hull "
		"...",
		"Passengers leave the damaged ferry at the north pier on Monday as crews inspect the hull. "
		"Inspectors",
		"(Photo by Mara Quinn/Coast Images)",
		"THIS IS A BREAKING NEWS UPDATE.",
		"Harbour Master Ilse Berger Holds",
		"Photo: Tom Ellery",
		"Divers inspected the breakwater",
		"https://p.example",
		"\xd9\x81\xd9\x8a\xd8\xaf\xd9\x8a\xd9\x88\xd8\xa7\xd8\xaa",
		"\xe2\x80\x94 Sami Haddad",
		"Video Transcript",
		"More to follow.",
		"#",
		"(With inputs from agencies)",
		"Your email address will not be published",
		"Image source, Coast Images",
		"Image caption, Passengers wait",
		"(This story has not been edited",
		"Disclaimer: The views",
		"First published on:",
		"Catch all the Business News",
		"Passengers leave the ferry at the north pier, November 13, 2023. COAST/Tom Ellery",
		NULL,
	};
	const char *const text[] = {
		"Harbour Authority fines ferry operator after crash",
		"The Harbour Authority fined the operator",
		"The ferry struck the breakwater in fog.",
		"The operator said it would appeal",
		NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);
}

/* Furniture of kinds the development pages did not show, on invented
 * pages: what decides is its shape (a credit, a byline, a stamp, a link
 * and a handle, a kicker's bar), where it stands and what it says of the
 * page, not its words. */
static void test_tech_blog(void)
{
	g_autoptr(Page) page = page_load("tech-blog.txt");
	assert_blocks_sane(page);
	const char *const furniture[] = {
		"Home / Tech / Security",
		"Written by Priya Natarajan",
		"Published: March 3, 2025",
		"4 min read",
		/* a wire photo's caption: a place and the day the picture was taken */
		"An engineer looks at a screen",
		"Image credit: Halvex Systems",
		"Also Read | Halvex shares",
		"Story continues below advertisement",
		/* a quoted post: a link and a handle */
		"We're aware of reports of crashes",
		"Source: Corvana Press Agency",
		"Tags: Halvex",
		"Send this story to a friend",
		"Join our WhatsApp channel",
		NULL,
	};
	/* the last paragraph stays, though furniture stands on both sides */
	const char *const text[] = {
		"Halvex update knocks out", "A faulty software update",	     "The company said the problem",
		"\"We are deeply sorry",    "Airlines in the United States", NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);
}

/* Captions in the shapes picture desks give them, between paragraphs of
 * about their length; the story's own lines that look like them stay. */
static void test_picture_desk(void)
{
	g_autoptr(Page) page = page_load("picture-desk.txt");
	assert_blocks_sane(page);
	const char *const furniture[] = {
		"Lena Ortiz/AP Residents wade", /* a credit run into its caption */
		"By Tomas Berg and Ana Ruiz",
		"Monday 3 March 2025 10:42 GMT",
		"A rescuer carries a child", /* printed twice in a row, both */
		"Soldiers stack sandbags",   /* (Agency/Photographer) */
		"Aerial view of the flooded town centre. \xe2\x80\x93 Screengrab",
		"Floodwater surrounds the railway station",
		"Watch: Drone footage",
		NULL,
	};
	const char *const text[] = {
		"Floods cut off coastal towns",
		"Residents were told to leave",
		"HARWICK, Corvana - Floodwater",
		"Rescue boats carried",
		"\"We have never seen the river",
		"The weather service said", /* ends "on Monday, March 3, 2025." */
		"The national government released",
		"Analysis: why the rivers rose",
		"Screenshots of the warnings",
		NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);
	const char *caption = "A rescuer carries a child";
	const char *again = strstr(strstr(page->doc->data, caption) + 1, caption);
	g_assert_true(block_at(page, (guint)cr_blocks_find(page->blocks, (gsize)(again - page->doc->data)))
			  ->boilerplate);
}

/* A live page's kickers and labels: emoji, a player's or a gallery's title,
 * a link to another story after a bar, a pitch for a channel. */
static void test_live_kickers(void)
{
	g_autoptr(Page) page = page_load("live-kickers.txt");
	assert_blocks_sane(page);
	const char *const furniture[] = {
		"\xf0\x9f\x94\xb4 LIVE",
		"Updated: 14 Oct 2024",
		"\xf0\x9f\x9a\xa8 BREAKING",
		"VIDEO | Civic Union leader",
		"Photos: Scenes from election night",
		"READ | Who is Daniel Moreau",
		"Catch the latest updates",
		NULL,
	};
	const char *const text[] = {
		"Corvana election: Civic Union wins",
		"The Civic Union has won a majority",
		"With 61 seats needed",
		"Labour leader Elena Varga",
		"Turnout was 71.4 per cent",
		NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);
}

/* An entertainment aggregator's page: bylines and stamps run together, an
 * agency's credit, a post embedded with its signature, a list of links
 * above the story's last paragraph, a syndication note. */
static void test_celebrity_aggregator(void)
{
	g_autoptr(Page) page = page_load("celebrity-aggregator.txt");
	assert_blocks_sane(page);
	const char *const furniture[] = {
		"Entertainment",
		"by Jonah Pike \xe2\x80\x94 Thursday",
		"By Jonah Pike | starwire",
		"Mara Vell performs on stage",
		"Getty Images\n",
		"View this post on Instagram",
		"A post shared by",
		"Can't wait to see you all",
		"You might also like",
		"Inside the surprise album",
		"Why fans think",
		"Photo by Lena Ortiz",
		"This article was originally published",
		"See all photos",
		NULL,
	};
	const char *const text[] = {
		"Singer Mara Vell announces",
		"Singer Mara Vell announced",
		"The tour opens in Port Lisle",
		/* after a list of links, but it reports the singer's words */
		"\"This record is the most personal",
		NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);
}

/* A wire story on an aggregator: a byline and a stamp in one line, an
 * image's source, highlights, a label that heads a paragraph, links to
 * other stories, an agency's stamp. */
static void test_wire_aggregator(void)
{
	g_autoptr(Page) page = page_load("wire-aggregator.txt");
	assert_blocks_sane(page);
	const char *const furniture[] = {
		"Home \xc2\xbb World", "Edited By: Ravi Menon",	   "Image Source : REUTERS",
		"Also Read: Who is",   "Follow us on Google News", "(Only the headline",
		"Source: Xinhua |",    "Latest World News",	   NULL,
	};
	const char *const text[] = {
		"Corvana elects outsider",
		"Moreau won 55.7 per cent",
		"Voters turned against",
		"Port Aveline [Corvana]",
		"Why it matters:",
		"Moreau, 53, told",
		"The outgoing government said",
		NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);
}

static void test_blog_with_comment_widget(void)
{
	g_autoptr(Page) page = page_load("blog-comments.txt");
	assert_blocks_sane(page);
	const char *const furniture[] = {
		"We use cookies",
		"Accept   Privacy Policy",
		"Home | Recipes",
		"Share this:",
		"Pinterest",
		"Like Loading",
		"Autumn apple cake",
		"Roasted pepper and lentil salad",
		"12 Comments",
		"Leave a Reply",
		"Your email address will not be published",
		"Name *",
		"Website",
		"Save my name, email",
		"Post Comment",
		"Subscribe to our newsletter",
		"\xc2\xa9 2022 The Little",
		/* a date stamp and a byline */
		"Posted on 3 November 2022",
		NULL,
	};
	/* The post talks to its reader ("you") and says "share" and
	 * "comment" nowhere near a widget: still article text. */
	const char *const text[] = {
		"Slow-roasted tomato soup",
		"There is a particular week",
		"This soup is what happens",
		"If you have never roasted",
		"Ingredients",
		"- 2 kg ripe tomatoes",
		"- 750 ml vegetable stock",
		"Heat the oven",
		"Tip everything into a pan",
		NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);
}

static void test_one_paragraph_per_line(void)
{
	g_autoptr(Page) page = page_load("one-per-line.txt");
	assert_blocks_sane(page);
	/* No blank lines, long lines: every line is a block. */
	g_assert_cmpuint(page->blocks->len, ==, 19);
	g_autofree char *first = block_text(page, 0);
	g_assert_cmpstr(first, ==, "Home \xc2\xbb News \xc2\xbb Europe");
	const char *const furniture[] = {
		"Home \xc2\xbb News", "Share on Facebook",	    "Share on X",   "Most Read",
		"Police arrest two",  "Parliament approves budget", "Tags: floods", "Follow us on Facebook",
		"Copyright 2024",     "Tuesday, 17 September 2024", NULL,
	};
	const char *const text[] = {
		"Floods force thousands",
		"Thousands of people were evacuated",
		"In the port city",
		"\"We have never had to move",
		"Rail services between",
		"At least 21 people have died",
		"The European Commission said",
		NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);
}

static void test_hard_wrapped_email(void)
{
	g_autoptr(Page) page = page_load("email-wrapped.txt");
	assert_blocks_sane(page);
	/* A paragraph wrapped at 65 columns is one block... */
	const CrBlock *para = block_with(page, "The harbour council voted on Monday");
	g_assert_true(para == block_with(page, "took part."));
	g_assert_true(block_with(page, "Under the new schedule") ==
		      block_with(page, "and would not raise fares."));
	g_assert_true(block_with(page, "\"Islanders told us") ==
		      block_with(page, "\"This change answers that.\""));
	/* ...but header lines, list items and the signature are not. */
	g_assert_true(block_with(page, "From: Press") != block_with(page, "To: newsdesk"));
	g_assert_true(block_with(page, "Subject: Harbour") != block_with(page, "Date: Mon"));
	g_assert_true(block_with(page, "Key\nchanges include:") != block_with(page, "- two extra weekday"));
	g_assert_true(block_with(page, "- two extra weekday") != block_with(page, "- a later first sailing"));
	g_assert_true(block_with(page, "Press Office, Harbour") != block_with(page, "Tel: 01234"));
	/* the date stamp and the release's label are furniture */
	const char *const furniture[] = { "You are receiving this email", "Date: Mon, 4 Mar 2024",
					  "FOR IMMEDIATE RELEASE", NULL };
	const char *const text[] = {
		"From: Press",
		"Subject: Harbour",
		"Harbour council approves new ferry timetable from April",
		"The harbour council voted",
		"Under the new schedule",
		"\"Islanders told us",
		"The council will review",
		"- new bicycle spaces",
		"Residents can read",
		NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);
}

static void test_foreign_page_with_copyright(void)
{
	g_autoptr(Page) page = page_load("foreign-copyright.txt");
	assert_blocks_sane(page);
	/* English stop words mean nothing here: length and form decide, and
	 * only the © line and the breadcrumb trail are furniture. */
	const char *const furniture[] = { "Inicio | Internacional", "\xc2\xa9 2023 Diario", NULL };
	const char *const text[] = {
		"El Gobierno portugu",
		"Lisboa, 12 de abril",
		"El Consejo de Ministros",
		"el ministro de Vivienda",
		"La oposici",
		"Las asociaciones de inquilinos",
		NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);
	g_assert_cmpuint(count_flagged(page), ==, 2);
}

static void test_page_without_furniture(void)
{
	g_autoptr(Page) page = page_load("clean-article.txt");
	assert_blocks_sane(page);
	g_assert_cmpuint(page->blocks->len, ==, 13);
	/* Quotes that say "you", a paragraph that trails off in "...", words
	 * such as "share" and "comments": nothing is furniture here but the
	 * byline and the date stamp. */
	g_assert_cmpuint(count_flagged(page), ==, 2);
	assert_flagged(page, (const char *const[]){ "By Priya Shah", "Published 9 February", NULL });
	for (guint i = 0; i < page->blocks->len; i++)
		g_assert_cmpuint(block_at(page, i)->flags, ==, 0);
	g_assert_cmpfloat(block_with(page, "The town council voted")->score, >, 0);
	g_assert_cmpfloat(block_with(page, "Attendance last year")->score, >, 0);
}

static void test_magazine_dropcap_and_teaser(void)
{
	g_autoptr(Page) page = page_load("magazine-dropcap.txt");
	assert_blocks_sane(page);
	const CrBlock *cap = block_with(page, "T\n\nhe first");
	g_assert_cmpuint(cap->end - cap->start, ==, 1);
	g_assert_true(cap->flags & CR_BLOCK_DROPCAP);
	g_assert_false(cap->boilerplate);
	const CrBlock *rest = cap + 1;
	g_assert_true(rest == block_with(page, "he first thing most owners"));
	g_assert_false(rest->boilerplate);
	g_assert_false(rest->flags & (CR_BLOCK_DROPCAP | CR_BLOCK_DUPLICATE));

	/* The standfirst above the byline is repeated in the body: the copy
	 * among the article text is the one kept. */
	const char *teaser = "Sales of heat pumps have doubled";
	const char *first = strstr(page->doc->data, teaser);
	const char *second = strstr(first + 1, teaser);
	g_assert_nonnull(second);
	const CrBlock *top = &g_array_index(page->blocks, CrBlock,
					    cr_blocks_find(page->blocks, (gsize)(first - page->doc->data)));
	const CrBlock *body = &g_array_index(page->blocks, CrBlock,
					     cr_blocks_find(page->blocks, (gsize)(second - page->doc->data)));
	g_assert_true(top->flags & CR_BLOCK_DUPLICATE);
	g_assert_false(body->flags & CR_BLOCK_DUPLICATE);
	g_assert_false(top->boilerplate || body->boilerplate);

	/* The headline printed again above the drop cap: its second copy. */
	const char *headline = "The quiet comeback of the humble heat pump";
	const char *again = strstr(strstr(page->doc->data, headline) + 1, headline);
	int copy = cr_blocks_find(page->blocks, (gsize)(again - page->doc->data));
	g_assert_true(block_at(page, (guint)copy)->flags & CR_BLOCK_DUPLICATE);
	g_assert_false(block_with(page, headline)->flags & CR_BLOCK_DUPLICATE);

	const char *const furniture[] = {
		"TechWeekly\n",
		"Menu",
		"ADVERTISEMENT",
		"More from TechWeekly",
		"Why your next phone",
		"Inside the warehouse",
		"Sign up for the TechWeekly",
		"Enter your email",
		"About us | Careers",
		"By Leon Fischer",
		"March 14, 2024",
		NULL,
	};
	const char *const text[] = {
		"Industry figures published",
		"Training colleges say",
		"Manufacturers have also cut prices",
		NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);
}

static void test_tabloid_with_ads(void)
{
	g_autoptr(Page) page = page_load("tabloid-ads.txt");
	assert_blocks_sane(page);
	/* Short paragraphs between advertisements, and a last line that
	 * speaks to the reader, are still the story. */
	const char *const furniture[] = {
		"NEWS | UK",
		"ADVERTISEMENT",
		"Share this article",
		"WhatsApp",
		"Comments (3)",
		"Sort by",
		"Most Read",
		"Council approves new cycle lanes",
		"Man fined after parking",
		NULL,
	};
	const char *const text[] = {
		"Dog walker finds rare Roman coins",
		"A dog walker stumbled",
		"The retired teacher, 67",
		"She said: \"I couldn't",
		"Experts have dated the coins",
		"The county finds officer",
		"If you think you have found treasure",
		NULL,
	};
	assert_flagged(page, furniture);
	assert_kept(page, text);
	g_assert_cmpfloat(block_with(page, "Experts have dated the coins")->score, >, 0);
}

static void test_only_furniture(void)
{
	g_autoptr(Page) page = page_load("only-furniture.txt");
	assert_blocks_sane(page);
	g_assert_cmpuint(page->blocks->len, ==, 6);
	g_assert_cmpuint(count_flagged(page), ==, 6);
}

/* ---- splitting --------------------------------------------------------- */

static void test_one_line_file(void)
{
	g_autoptr(Page) page = page_new("  Just one line of text, and nothing else.  \n");
	g_assert_cmpuint(page->blocks->len, ==, 1);
	g_autofree char *text = block_text(page, 0);
	g_assert_cmpstr(text, ==, "Just one line of text, and nothing else.");
	g_assert_false(block_at(page, 0)->boilerplate);
	g_assert_cmpuint(block_at(page, 0)->flags, ==, 0);

	g_autoptr(Page) word = page_new("Hello");
	g_assert_cmpuint(word->blocks->len, ==, 1);
	g_assert_false(block_at(word, 0)->boilerplate);
}

/* The block texts of TEXT, joined with '|'. */
static char *split(const char *text, gsize len)
{
	g_autoptr(GError) error = NULL;
	g_autoptr(CrDoc) doc = cr_doc_new_take("t.txt", g_memdup2(text, len + 1), len, &error);
	g_assert_no_error(error);
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	GString *out = g_string_new(NULL);
	for (guint i = 0; i < blocks->len; i++) {
		const CrBlock *b = &g_array_index(blocks, CrBlock, i);
		g_string_append_printf(out, "%s%.*s", i ? "|" : "", (int)(b->end - b->start),
				       doc->data + b->start);
	}
	return g_string_free(out, FALSE);
}

static void test_line_ends(void)
{
	g_autofree char *lf = split("Title\n\nFirst para.\nSecond para.\n", 32);
	g_assert_cmpstr(lf, ==, "Title|First para.|Second para.");
	/* Windows and old Mac line ends make the same blocks, and no CR is
	 * left inside a block's edges. */
	const char crlf_text[] = "Title\r\n\r\nFirst para.\r\nSecond para.\r\n";
	g_autofree char *crlf = split(crlf_text, sizeof crlf_text - 1);
	g_assert_cmpstr(crlf, ==, "Title|First para.|Second para.");
	const char cr_text[] = "Title\r\rFirst para.\rSecond para.\r";
	g_autofree char *cr = split(cr_text, sizeof cr_text - 1);
	g_assert_cmpstr(cr, ==, "Title|First para.|Second para.");
	/* Blank lines made of spaces, tabs and no-break spaces count. */
	const char spaces_text[] = "One.\n \t\xc2\xa0\nTwo.";
	g_autofree char *spaces = split(spaces_text, sizeof spaces_text - 1);
	g_assert_cmpstr(spaces, ==, "One.|Two.");
}

static void test_bom_nul_and_bad_bytes(void)
{
	/* The BOM is not text; offsets still count it. */
	const char bom_text[] = "\xef\xbb\xbfHeadline\n\nBody text.";
	g_autoptr(GError) error = NULL;
	g_autoptr(CrDoc) doc =
	    cr_doc_new_take("b.txt", g_memdup2(bom_text, sizeof bom_text), sizeof bom_text - 1, &error);
	g_assert_no_error(error);
	g_autoptr(GArray) blocks = cr_clean_blocks(doc);
	g_assert_cmpuint(blocks->len, ==, 2);
	g_assert_cmpuint(g_array_index(blocks, CrBlock, 0).start, ==, 3);
	g_assert_cmpuint(g_array_index(blocks, CrBlock, 1).start, ==, 13);

	/* A NUL byte is a blank and an invalid byte is a character: neither
	 * shifts an offset or ends the text. */
	const char nul_text[] = "First \xff word.\n\0\nAfter the NUL \xc3 byte.";
	g_autofree char *nul = split(nul_text, sizeof nul_text - 1);
	g_assert_cmpstr(nul, ==, "First \xff word.|After the NUL \xc3 byte.");
}

static void test_wrapped_or_one_per_line(void)
{
	/* Lines of similar length under 80 columns, carrying a sentence on in
	 * lower case: one paragraph. */
	const char *wrapped = "The committee met on Tuesday to discuss the proposal, which\n"
			      "would extend opening hours at the central library and add a\n"
			      "second reading room on the ground floor.\n";
	g_autofree char *one = split(wrapped, strlen(wrapped));
	g_assert_null(strchr(one, '|'));
	/* A short line ends a wrapped paragraph even without a blank line. */
	const char *two_paras = "The committee met on Tuesday to discuss the proposal, which\n"
				"would extend opening hours.\n"
				"Members will vote on the plan at their next meeting in the\n"
				"spring, the chair said.\n";
	g_autofree char *two = split(two_paras, strlen(two_paras));
	g_assert_cmpstr(
	    two, ==,
	    "The committee met on Tuesday to discuss the proposal, which\n"
	    "would extend opening hours.|Members will vote on the plan at their next meeting in the\n"
	    "spring, the chair said.");
	/* Long lines, one paragraph each. */
	const char *long_lines =
	    "The committee met on Tuesday to discuss the proposal, which would extend opening hours at the "
	    "central library.\nMembers will vote on the plan at their next meeting in the spring, the chair "
	    "said after the session.\n";
	g_autofree char *lines = split(long_lines, strlen(long_lines));
	g_assert_nonnull(strchr(lines, '|'));
	g_assert_null(strchr(strchr(lines, '|') + 1, '|'));
	/* One line too long to be hard-wrapped makes every line of the run a
	 * block, before it as after it. */
	g_autofree char *very_long = g_strnfill(400, 'x');
	g_autofree char *mixed_text = g_strdup_printf("The committee met on Tuesday to discuss the proposal, "
						      "which\nwould extend opening hours.\n%s\nand one more "
						      "line\nthat carries on.\n",
						      very_long);
	g_autofree char *mixed = split(mixed_text, strlen(mixed_text));
	g_autofree char *want = g_strdup_printf("The committee met on Tuesday to discuss the proposal, which|"
						"would extend opening hours.|%s|"
						"and one more line|that carries on.",
						very_long);
	g_assert_cmpstr(mixed, ==, want);
	/* A list of capitalised lines of similar length is a list, not prose. */
	const char *list = "Police arrest two after overnight break-in at city museum\n"
			   "Heatwave warning issued for southern regions today\n"
			   "Parliament approves budget after marathon session\n";
	g_autofree char *items = split(list, strlen(list));
	g_assert_cmpstr(items, ==,
			"Police arrest two after overnight break-in at city museum|"
			"Heatwave warning issued for southern regions today|"
			"Parliament approves budget after marathon session");
	/* Bullets start blocks of their own. */
	const char *bullets = "The plan includes the following changes for the coming year:\n"
			      "- longer opening hours on weekdays and at weekends\n"
			      "- a second reading room on the ground floor\n";
	g_autofree char *bulleted = split(bullets, strlen(bullets));
	g_assert_cmpstr(bulleted, ==,
			"The plan includes the following changes for the coming year:|"
			"- longer opening hours on weekdays and at weekends|"
			"- a second reading room on the ground floor");
}

/* ---- repairs ----------------------------------------------------------- */

static void test_dropcap(void)
{
	g_autoptr(Page) page =
	    page_new("Share This Article\n\nJ\n\napanese officials said on Wednesday that "
		     "talks would continue next week in the capital.\n\nThe talks began in March.");
	const CrBlock *cap = block_with(page, "J\n");
	g_assert_true(cap->flags & CR_BLOCK_DROPCAP);
	g_assert_false(cap->boilerplate);
	g_assert_false((cap + 1)->boilerplate);
	g_assert_cmpuint((cap + 1)->flags, ==, 0);

	/* A lone capital before a capitalised block, a two-letter block, a
	 * lower case letter, a letter at the very end: no drop caps. */
	const char *const others[] = {
		"A\n\nBig day for the town, the mayor said on Monday.",
		"Ab\n\ncd efg said the officials in a statement.",
		"j\n\napanese officials said on Wednesday.",
		"The talks began in March and ended in May.\n\nJ",
	};
	for (guint i = 0; i < G_N_ELEMENTS(others); i++) {
		g_autoptr(Page) other = page_new(others[i]);
		for (guint b = 0; b < other->blocks->len; b++)
			g_assert_false(block_at(other, b)->flags & CR_BLOCK_DROPCAP);
	}
}

static void test_duplicates(void)
{
	const char *lead = "Officials in the port city said on Monday that the new ferry timetable would add "
			   "two evening crossings to the island from April.";
	/* A teaser above the dateline, repeated in the body: the teaser is
	 * flagged, the body copy kept. */
	g_autofree char *teaser_page = g_strdup_printf(
	    "Ferry timetable to change\n\n%s\n\nBy Staff Reporter\nMonday, 4 March 2024\n\n"
	    "The harbour council voted on Monday to approve the revised timetable after a public "
	    "consultation that drew more than a thousand replies from residents.\n\n%s\n\n"
	    "The council said the extra sailings would be paid for from the existing transport budget "
	    "and would not raise fares for islanders.\n",
	    lead, lead);
	g_autoptr(Page) page = page_new(teaser_page);
	const char *first = strstr(page->doc->data, lead);
	const char *second = strstr(first + 1, lead);
	int a = cr_blocks_find(page->blocks, (gsize)(first - page->doc->data));
	int b = cr_blocks_find(page->blocks, (gsize)(second - page->doc->data));
	g_assert_true(block_at(page, (guint)a)->flags & CR_BLOCK_DUPLICATE);
	g_assert_false(block_at(page, (guint)b)->flags & CR_BLOCK_DUPLICATE);
	g_assert_false(block_at(page, (guint)a)->boilerplate);
	g_assert_false(block_with(page, "The harbour council voted")->flags & CR_BLOCK_DUPLICATE);

	/* The lead printed twice in a row: the second copy is flagged, and a
	 * copy that differs only in line breaks is still a copy. */
	const char *rewrapped =
	    "Officials in the port city said on Monday that the new ferry timetable would add\n"
	    "two evening crossings to the island from April.";
	g_autofree char *twice = g_strdup_printf("%s\n\n%s\n\nThe council will review the timetable "
						 "after six months, a spokesperson said in a statement.",
						 lead, rewrapped);
	g_autoptr(Page) doubled = page_new(twice);
	g_assert_cmpuint(doubled->blocks->len, ==, 3);
	g_assert_false(block_at(doubled, 0)->flags & CR_BLOCK_DUPLICATE);
	g_assert_true(block_at(doubled, 1)->flags & CR_BLOCK_DUPLICATE);
	g_assert_false(block_at(doubled, 2)->flags & CR_BLOCK_DUPLICATE);

	/* A repeated short headline: its second copy. */
	g_autoptr(Page) headline =
	    page_new("Ferry timetable to change\n\nBy Staff Reporter\n\n"
		     "Ferry timetable to change\n\nThe harbour council voted on Monday.");
	g_assert_false(block_at(headline, 0)->flags & CR_BLOCK_DUPLICATE);
	g_assert_true(block_at(headline, 2)->flags & CR_BLOCK_DUPLICATE);

	/* Paragraphs that only share their opening are not copies. */
	g_autoptr(Page) similar = page_new("The council said the plan would go ahead in April.\n\n"
					   "The council said the plan would cost more than expected.");
	g_assert_cmpuint(similar->blocks->len, ==, 2);
	for (guint i = 0; i < similar->blocks->len; i++)
		g_assert_false(block_at(similar, i)->flags & CR_BLOCK_DUPLICATE);
}

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

/* A story paragraph long enough to read as article text by itself. */
#define STORY_PARAGRAPH                                                                                      \
	"The harbour council voted on Monday to approve the revised ferry timetable after a public "         \
	"consultation that drew more than a thousand replies from residents of the island and the town."
/* ... and another. */
#define STORY_PARAGRAPH_2                                                                                    \
	"Under the new timetable the first ferry will leave the island at six in the morning, and two "      \
	"evening crossings will be added on weekdays from April, the operator said in a statement."

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

static void test_blocks_find(void)
{
	g_autoptr(Page) page = page_new("Alpha beta.\n\nGamma delta.");
	g_assert_cmpint(cr_blocks_find(page->blocks, 0), ==, 0);
	g_assert_cmpint(cr_blocks_find(page->blocks, 10), ==, 0);
	g_assert_cmpint(cr_blocks_find(page->blocks, 11), ==, -1); /* the blank line between */
	g_assert_cmpint(cr_blocks_find(page->blocks, 13), ==, 1);
	g_assert_cmpint(cr_blocks_find(page->blocks, 100), ==, -1);
	g_autoptr(GArray) none = g_array_new(FALSE, TRUE, sizeof(CrBlock));
	g_assert_cmpint(cr_blocks_find(none, 0), ==, -1);
}

/* ---- the seed reports ---------------------------------------------------- */

/* Bytes of data[start,end) that flagged blocks cover. */
static gsize flagged_bytes(const Page *page, gsize start, gsize end)
{
	gsize n = 0;
	for (guint i = 0; i < page->blocks->len; i++) {
		const CrBlock *b = block_at(page, i);
		if (b->boilerplate && b->end > start && b->start < end)
			n += MIN(end, b->end) - MAX(start, b->start);
	}
	return n;
}

static void test_seeds(void)
{
	const char *dir = cr_test_seeds_dir();
	if (!dir)
		return;
	g_autofree char *gold_path = g_build_filename(dir, "gold.json", NULL);
	g_autoptr(JsonParser) parser = json_parser_new();
	g_autoptr(GError) error = NULL;
	json_parser_load_from_file(parser, gold_path, &error);
	g_assert_no_error(error);
	JsonObject *gold = json_node_get_object(json_parser_get_root(parser));
	JsonObject *strip = json_object_get_object_member(gold, "strip");
	JsonObject *keep = json_object_get_object_member(gold, "keep");
	JsonArray *names = json_object_get_array_member(gold, "documents");
	guint strip_hit = 0, strip_n = 0, keep_n = 0;

	for (guint d = 0; d < json_array_get_length(names); d++) {
		const char *name = json_array_get_string_element(names, d);
		g_autofree char *path = g_build_filename(dir, name, NULL);
		CrDoc *doc = cr_doc_load(path, &error);
		g_assert_no_error(error);
		g_autoptr(Page) page = page_of_doc(doc);
		assert_blocks_sane(page);
		for (int kind = 0; kind < 2; kind++) {
			JsonObject *lists = kind == 0 ? strip : keep;
			JsonArray *lines = json_object_has_member(lists, name)
					       ? json_object_get_array_member(lists, name)
					       : NULL;
			for (guint l = 0; lines && l < json_array_get_length(lines); l++) {
				const char *line = json_array_get_string_element(lines, l);
				for (const char *at = strstr(doc->data, line); at;
				     at = strstr(at + 1, line)) {
					gsize start = (gsize)(at - doc->data), len = strlen(line);
					gsize covered = flagged_bytes(page, start, start + len);
					if (kind == 0) {
						strip_n++;
						strip_hit += covered * 10 >= len * 9;
					} else {
						keep_n++;
						if (covered > 0)
							g_error("%s: article text flagged: %s", name, line);
					}
				}
			}
		}
	}
	g_assert_cmpuint(strip_n, >, 0);
	g_assert_cmpuint(keep_n, >, 0);
	g_assert_cmpfloat((double)strip_hit / strip_n, >=, 0.90);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/fixture/wire-story", test_wire_story);
	g_test_add_func("/clean/fixture/blog-comments", test_blog_with_comment_widget);
	g_test_add_func("/clean/fixture/tech-blog", test_tech_blog);
	g_test_add_func("/clean/fixture/picture-desk", test_picture_desk);
	g_test_add_func("/clean/fixture/live-kickers", test_live_kickers);
	g_test_add_func("/clean/fixture/celebrity-aggregator", test_celebrity_aggregator);
	g_test_add_func("/clean/fixture/wire-aggregator", test_wire_aggregator);
	g_test_add_func("/clean/fixture/scraped-captions", test_scraped_captions);
	g_test_add_func("/clean/fixture/one-per-line", test_one_paragraph_per_line);
	g_test_add_func("/clean/fixture/hard-wrapped-email", test_hard_wrapped_email);
	g_test_add_func("/clean/fixture/foreign-copyright", test_foreign_page_with_copyright);
	g_test_add_func("/clean/fixture/no-furniture", test_page_without_furniture);
	g_test_add_func("/clean/fixture/magazine-dropcap", test_magazine_dropcap_and_teaser);
	g_test_add_func("/clean/fixture/tabloid-ads", test_tabloid_with_ads);
	g_test_add_func("/clean/fixture/only-furniture", test_only_furniture);
	g_test_add_func("/clean/split/one-line", test_one_line_file);
	g_test_add_func("/clean/split/line-ends", test_line_ends);
	g_test_add_func("/clean/split/bom-nul-bad-bytes", test_bom_nul_and_bad_bytes);
	g_test_add_func("/clean/split/wrapped-or-lines", test_wrapped_or_one_per_line);
	g_test_add_func("/clean/dropcap", test_dropcap);
	g_test_add_func("/clean/duplicates", test_duplicates);
	g_test_add_func("/clean/furniture/teaser-runs", test_teaser_runs);
	g_test_add_func("/clean/furniture/hashtags-separators", test_hashtags_and_separators);
	g_test_add_func("/clean/furniture/datelines-bylines", test_datelines_and_bylines);
	g_test_add_func("/clean/furniture/words-in-text", test_furniture_words_in_text);
	g_test_add_func("/clean/furniture/news-sites", test_news_site_furniture);
	g_test_add_func("/clean/furniture/islands-at-the-foot", test_islands_at_the_foot);
	g_test_add_func("/clean/furniture/aggregators", test_aggregator_furniture);
	g_test_add_func("/clean/blocks-find", test_blocks_find);
	g_test_add_func("/clean/seeds", test_seeds);
	return g_test_run();
}

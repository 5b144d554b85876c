/* Blocks and page furniture: which lines a reader sees dimmed, which align. */
#include <json-glib/json-glib.h>
#include <string.h>

#include "../src/clean_private.h"
#include "clean-page.h"

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

/* A subhead in the story that opens with "By" is no byline ("By Land,
 * Sea and Air"): below the story's first long paragraph a byline carries
 * a date or stands over one, a dateline or the page's end, and a byline
 * names people, not a list of things of one word each. The title, the
 * paragraphs and the subhead stay; the bylines of a page of briefs fall. */
static void test_subhead_opening_with_by(void)
{
	g_autoptr(Page) page = page_new(
	    "Rescue teams reach the storm-hit islands\n\n"
	    "Rescue teams reached the outer islands on Tuesday after three days of storms had cut them off "
	    "from the mainland, officials said, and began moving the injured to hospitals on the coast while "
	    "the navy searched for missing fishing boats.\n\n"
	    "By Land, Sea and Air\n\n"
	    "The navy sent two ships, while helicopters flew water and food to the villages that boats "
	    "could not reach, the coast guard said in a statement.\n\n"
	    "By Night and Day\n\n"
	    "Volunteers in small boats carried supplies to the smaller islands, and the first of the "
	    "injured arrived in the capital by evening.\n");
	assert_kept(page, (const char *const[]){ "Rescue teams reach", "Rescue teams reached", "By Land, Sea",
						 "The navy sent", "By Night and Day", "Volunteers in small",
						 NULL });
	g_assert_cmpuint(count_flagged(page), ==, 0);

	/* high on the page, under a short paragraph: still a list of things */
	g_autoptr(Page) high = page_new("Rescue teams reach the storm-hit islands\n\n"
					"Teams reached the outer islands on Tuesday, officials said.\n\n"
					"By Land, Sea and Air\n\n"
					"The navy sent two ships, while helicopters flew water and food to "
					"the villages that boats could not reach, the coast guard said.\n");
	assert_kept(high,
		    (const char *const[]){ "Rescue teams reach", "Teams reached", "By Land, Sea", NULL });

	/* bylines stay bylines: over the story, dated over a brief, and over
	 * a brief's dateline */
	g_autoptr(Page) briefs = page_new(
	    "Storm briefs from the islands\n\n"
	    "By Mara Quinn\n\n"
	    "Rescue teams reached the outer islands on Tuesday after three days of storms had cut them off "
	    "from the mainland, officials said, and began moving the injured to hospitals on the coast while "
	    "the navy searched for missing fishing boats.\n\n"
	    "By Tom Reyes | March 4, 2024\n\n"
	    "The ferry to the mainland will run again on Thursday once the harbour wall has been checked "
	    "for damage, the port authority said on Wednesday evening.\n\n"
	    "By Ana Ruiz\n\n"
	    "HARBOURTON: Schools on the islands will reopen on Monday, the education office said, after "
	    "the storm damaged the roofs of two of them.\n");
	assert_flagged(briefs, (const char *const[]){ "By Mara Quinn", "By Tom Reyes", "By Ana Ruiz", NULL });
	assert_kept(briefs,
		    (const char *const[]){ "Rescue teams reached", "The ferry", "HARBOURTON:", NULL });
}

/* Under a title of three words or fewer, a subhead is no headline when
 * the story has begun above it: the title and the short first sentence,
 * which speaks of the story's topic, stay text (on main they fell as what
 * tops a page); a notice above a headline still falls. */
static void test_subhead_under_short_title(void)
{
	g_autoptr(Page) page = page_new(
	    "Storm Hits Islands\n\n"
	    "Teams reached the outer islands on Tuesday, officials said.\n\n"
	    "Help From Land, Sea and Air\n\n"
	    "The navy sent two ships, while helicopters flew water and food to the villages that boats could "
	    "not reach, the coast guard said in a statement on Wednesday.\n\n"
	    "Volunteers in small boats carried supplies to the smaller islands, and the first of the injured "
	    "arrived in the capital by evening.\n");
	g_assert_cmpuint(count_flagged(page), ==, 0);
	g_autoptr(Page) notice = page_new(
	    "This site uses cookies to improve your experience.\n\n"
	    "Rescue teams reach the storm-hit islands\n\n"
	    "The navy sent two ships, while helicopters flew water and food to the villages that boats could "
	    "not reach, the coast guard said in a statement on Wednesday.\n");
	assert_flagged(notice, (const char *const[]){ "This site uses cookies", NULL });
	assert_kept(notice, (const char *const[]){ "Rescue teams reach", "The navy sent", NULL });
}

/* A flagged indented line is dimmed from its line's first byte, its indent
 * too (a menu's "  • Latest news"); a kept indented paragraph starts at its
 * first letter, as before. */
static void test_indented_furniture(void)
{
	const char *text = "  News | World | Europe\n\n" STORY_PARAGRAPH "\n\n\t " STORY_PARAGRAPH_2 "\n";
	g_autoptr(Page) page = page_new(text);
	const CrBlock *menu = block_with(page, "News | World");
	g_assert_true(menu->boilerplate);
	g_assert_cmpuint(menu->start, ==, 0);
	const CrBlock *story = block_with(page, "Under the new timetable");
	g_assert_false(story->boilerplate);
	g_assert_cmpuint(story->start, ==, (gsize)(strstr(text, "Under the new") - text));
	g_assert_cmpuint(block_with(page, "The harbour council")->start, ==,
			 (gsize)(strstr(text, "The harbour council") - text));
}

/* A few capitalised words between a title and its copy under them are
 * the site's tagline (clean35); a deck between the title and the story,
 * in a sentence's case even between the title's copies (revclean35), a
 * place line there, and the same few words where no copy of the title
 * follows, stay. */
static void test_tagline_between_title_copies(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved\n\nHarbour Outreach Specialists\n\n"
		     "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_flagged(page, (const char *const[]){ "Harbour Outreach Specialists", NULL });
	assert_kept(page, (const char *const[]){ STORY_PARAGRAPH, STORY_PARAGRAPH_2, NULL });
	g_autoptr(Page) deck =
	    page_new("Ferry timetable approved\n\nEvening crossings added from April\n\n" STORY_PARAGRAPH
		     "\n\nFerry timetable approved\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(deck, (const char *const[]){ "Evening crossings added", NULL });
	g_autoptr(Page) copied =
	    page_new("Ferry timetable approved\n\nEvening crossings from April\n\n"
		     "Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(copied, (const char *const[]){ "Evening crossings from April", NULL });
	g_autoptr(Page) storm =
	    page_new("Storm closes harbour\n\nFerries cancelled until Friday\n\n"
		     "Storm closes harbour\n\n" STORY_PARAGRAPH "\n\n" STORY_PARAGRAPH_2 "\n");
	assert_kept(storm, (const char *const[]){ "Ferries cancelled until Friday", NULL });
}

/* A block's words are read sixteen bytes at once when they end sixteen
 * bytes or more before its end, a byte at a time nearer it, and a word
 * of sixteen letters or more a byte at a time: the furniture's words are
 * found either way, and blocks are copies only when their words are the
 * same whatever their case. */
static void test_words_read_at_once(void)
{
	g_autoptr(Page) page =
	    page_new("Ferry timetable approved\n\n" STORY_PARAGRAPH "\n\n"
		     "The counterrevolutionaries of the harbour board voted against the "
		     "timetable.\n\n" STORY_PARAGRAPH_2 "\n\n"
		     "THE COUNTERREVOLUTIONARIES OF THE HARBOUR BOARD VOTED AGAINST THE TIMETABLE.\n\n"
		     "The counterrevolutionarieS of the harbour board voted against the timetablE.\n\n"
		     "The counterrevolutionarie of the harbour board voted against the "
		     "timetable.\n\n" STORY_PARAGRAPH_3 "\n\nSubscribe to our newsletter\n\nLeave a Reply\n");
	assert_flagged(page, (const char *const[]){ "Subscribe to our newsletter", "Leave a Reply", NULL });
	/* the same words in three cases: two of them copies of the one kept */
	const char *const forms[] = { "The counterrevolutionaries of", "THE COUNTERREVOLUTIONARIES OF",
				      "The counterrevolutionarieS of" };
	guint copies = 0;
	for (guint i = 0; i < G_N_ELEMENTS(forms); i++)
		copies += (block_with(page, forms[i])->flags & CR_BLOCK_DUPLICATE) != 0;
	g_assert_cmpuint(copies, ==, 2);
	/* one letter short in its long word: no copy */
	g_assert_false(block_with(page, "The counterrevolutionarie of")->flags & CR_BLOCK_DUPLICATE);
}

/* The characters of a block read (clean_read_block()): a byte each in
 * ASCII, one each past it, two for a wide one; the words' runs and the
 * spaces are not counted one by one. */
static void test_characters_counted(void)
{
	static const char *const texts[] = {
		"Caf\xc3\xa9 au lait, \xe6\x9d\xb1\xe4\xba\xac (2024)", /* "Café au lait, 東京 (2024)" */
		"\xe6\x9d\xb1\xe4\xba\xac|news",
		"a \xc3\xa9t\xc3\xa9",
		"|",
		"plain words only",
	};
	static const guint chars[] = { 25, 9, 5, 1, 16 };
	clean_lexicon_load();
	for (guint i = 0; i < G_N_ELEMENTS(texts); i++) {
		Reader reader = { 0 };
		Info info;
		CrBlock block = { .start = 0, .end = strlen(texts[i]) };
		clean_read_block(texts[i], &block, &reader, &info);
		g_assert_cmpuint(info.chars, ==, chars[i]);
		clean_reader_clear(&reader);
	}
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/clean/fixture/wire-story", test_wire_story);
	g_test_add_func("/clean/words-read-at-once", test_words_read_at_once);
	g_test_add_func("/clean/characters-counted", test_characters_counted);
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
	g_test_add_func("/clean/duplicates", test_duplicates);
	g_test_add_func("/clean/blocks-find", test_blocks_find);
	g_test_add_func("/clean/seeds", test_seeds);
	g_test_add_func("/clean/subhead-opening-with-by", test_subhead_opening_with_by);
	g_test_add_func("/clean/subhead-under-short-title", test_subhead_under_short_title);
	g_test_add_func("/clean/indented-furniture", test_indented_furniture);
	g_test_add_func("/clean/tagline-between-title-copies", test_tagline_between_title_copies);
	return g_test_run();
}

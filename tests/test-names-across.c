/* Unit tests for names settled across reports (extract_name.c,
 * name_runs.c, name_index.c): short and full forms, spellings, unknown
 * kinds that other reports settle. */
#include "name-asserts.h"

/* Names with a common noun for a head: an event or a contest ("Storm
 * Daniel", "FA Cup") is a name when two reports write it; a title before a
 * body's last word names the body ("Premier League"); a nationality or a
 * place opening words nothing knows names a body with them ("Libyan Red
 * Crescent", "Manchester United"), and a run of a federation's words is no
 * short form of it where such a body is written. */
static void test_names_with_common_heads(void)
{
	const char *a = "Storm Daniel hit the coast. City won the FA Cup and the Premier League, "
			"beating Manchester United. Reps. Biggs and Crane voted no. The Libyan Red Crescent "
			"and the International Federation of Red Cross and Red Crescent Societies agreed.\n";
	const char *b = "After Storm Daniel, the club that took the FA Cup and the Premier League from "
			"Manchester United lost. The Libyan Red Crescent said the Red Crescent needs help.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *storm =
	    assert_name_nth(engine->facts, 0, a, "Storm Daniel", 0, CR_FACT_ORG, "Storm Daniel");
	const CrFact *storm_b =
	    assert_name_nth(engine->facts, 1, b, "Storm Daniel", 0, CR_FACT_ORG, "Storm Daniel");
	assert_linked(storm, storm_b);
	assert_name_nth(engine->facts, 1, b, "FA Cup", 0, CR_FACT_ORG, "FA Cup");
	const CrFact *league =
	    assert_name_nth(engine->facts, 0, a, "Premier League", 0, CR_FACT_ORG, "Premier League");
	g_assert_cmpint(league->group, >=, 0);
	const CrFact *united =
	    assert_name_nth(engine->facts, 1, b, "Manchester United", 0, CR_FACT_ORG, "Manchester United");
	g_assert_cmpint(united->group, >=, 0);
	assert_name_nth(engine->facts, 0, a, "Biggs", 0, CR_FACT_PERSON, "Biggs");
	const CrFact *society = assert_name_nth(engine->facts, 1, b, "Libyan Red Crescent", 0, CR_FACT_ORG,
						"Libyan Red Crescent");
	g_assert_cmpint(society->group, >=, 0);
	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		if (f->doc == 1 && strcmp(f->text, "Red Crescent") == 0)
			g_assert_cmpstr(f->value, !=,
					"International Federation of Red Cross and Red Crescent Societies");
	}
	/* in one report only, an event is no fact */
	const char *text = "Hurricane Ida struck New Orleans.";
	g_autoptr(GArray) facts = names_of(text);
	assert_nothing_in(facts, text, "Hurricane Ida");
}

/* Round 8: a nationality and one common word name something ("French
 * Open", not the place "Open"); an organisation's words in lower case
 * that a number counts are no organisation ("his 24th grand slam"). */
static void test_nationality_word_and_counted_names(void)
{
	const char *a = "Alcaraz won after his defeat in the French Open semi-final. He has one eye on the "
			"Grand Slam record.\n";
	const char *b = "Djokovic missed his 24th grand slam; he had beaten Alcaraz in the French Open "
			"semi-final and set a Grand Slam record.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *open_a =
	    assert_name_nth(engine->facts, 0, a, "French Open", 0, CR_FACT_ORG, "French Open");
	const CrFact *open_b =
	    assert_name_nth(engine->facts, 1, b, "French Open", 0, CR_FACT_ORG, "French Open");
	assert_linked(open_a, open_b);
	assert_linked(name_of(engine->facts, 0, a, "Grand Slam"), name_of(engine->facts, 1, b, "Grand Slam"));
	gsize start = offset_of(b, "grand slam", 0), end = start + strlen("grand slam");
	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		if (f->doc == 1 && is_name_kind(f->kind) && f->start < end && f->end > start)
			g_error("\"%s\" found in \"grand slam\"", f->text);
	}
}

/* Round 13: a nationality before two words that are no English words is a
 * person's ("Belgian Bashir Abdi"), not a body's name with them ("Libyan
 * Red Crescent"): the person meets the one another report names. */
static void test_nationality_before_a_person(void)
{
	const char *a = "Somali-born Belgian Bashir Abdi was third in 2:04:32.\n";
	const char *b = "Bashir Abdi of Belgium claimed third place.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *abdi =
	    assert_name_nth(engine->facts, 0, a, "Bashir Abdi", 0, CR_FACT_PERSON, "Bashir Abdi");
	assert_linked(abdi,
		      assert_name_nth(engine->facts, 1, b, "Bashir Abdi", 0, CR_FACT_PERSON, "Bashir Abdi"));
	assert_nothing_in(engine->facts, a, "Belgian");
}

/* A name of two words that another report writes with more words between
 * them bridges the longer forms; without it they stay apart. */
static void test_two_word_form_bridges_longer_ones(void)
{
	const char *a = "City won at the Ataturk Olympic Stadium in Istanbul.\n";
	const char *b = "The final was played at the Ataturk Olimpiyat Stadium last night.\n";
	const char *c = "Fans filled the Ataturk Stadium in the Turkish capital.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, NULL);
	const CrFact *fa = assert_name_nth(engine->facts, 0, a, "Ataturk Olympic Stadium", 0, CR_FACT_ORG,
					   "Ataturk Olympic Stadium");
	const CrFact *fb = assert_name_nth(engine->facts, 1, b, "Ataturk Olimpiyat Stadium", 0, CR_FACT_ORG,
					   "Ataturk Olympic Stadium");
	const CrFact *fc = assert_name_nth(engine->facts, 2, c, "Ataturk Stadium", 0, CR_FACT_ORG,
					   "Ataturk Olympic Stadium");
	assert_linked(fa, fb);
	g_assert_cmpint(fb->group, ==, fc->group);
	g_autoptr(CrEngine) two = cr_test_engine(a, b, NULL);
	for (guint i = 0; i < two->facts->len; i++)
		g_assert_cmpstr(g_array_index(two->facts, CrFact, i).text, !=, "Ataturk Olimpiyat Stadium");
	/* the same name whatever order the reports come in; a longer name of
	 * the same first word and another last is not bridged */
	const char *d = "Crowds left the Ataturk Olympic Centre early.\n";
	g_autoptr(CrEngine) turned = cr_test_engine(d, c, b, a, NULL);
	assert_name_nth(turned->facts, 2, b, "Ataturk Olimpiyat Stadium", 0, CR_FACT_ORG,
			"Ataturk Olympic Stadium");
	assert_name_nth(turned->facts, 1, c, "Ataturk Stadium", 0, CR_FACT_ORG, "Ataturk Olympic Stadium");
	assert_name_nth(turned->facts, 0, d, "Ataturk Olympic Centre", 0, CR_FACT_ORG,
			"Ataturk Olympic Centre");
}

/* What other words and reports tell: "Erling" opening a sentence is no
 * inflected English word ("Joining"); an acronym two reports write is a
 * body though never spelled out; "the Committee" is the one committee
 * named; "Jay Powell" and "Jerome Powell", in two reports, are one man,
 * and so are "Waqar-uz-Zaman" and "Waker-Uz-Zaman". */
static void test_names_settled_by_the_words_and_reports(void)
{
	const char *a =
	    "Rodri was misplacing passes. Erling Haaland broke clear. Joining NATO took years. "
	    "Nvidia (NASDAQ: NVDA) rose. The Open Market Committee met, and the Committee said no. "
	    "Fed Chair Jerome Powell spoke.\n";
	const char *b = "Shares of Nvidia (NASDAQ:NVDA) fell. The Committee remains attentive, "
			"said Fed Chair Jay Powell. The prolific Erling Haaland was quiet.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	gsize erling = offset_of(a, "Erling Haaland", 0);
	g_assert_nonnull(name_at(engine->facts, 0, erling, erling + strlen("Erling Haaland")));
	g_autoptr(GArray) one = names_of(a);
	assert_nothing_in(one, a, "Joining");
	const CrFact *nasdaq = assert_name_nth(engine->facts, 0, a, "NASDAQ", 0, CR_FACT_ORG, "NASDAQ");
	const CrFact *nasdaq_b = assert_name_nth(engine->facts, 1, b, "NASDAQ", 0, CR_FACT_ORG, "NASDAQ");
	assert_linked(nasdaq, nasdaq_b);
	assert_name_nth(engine->facts, 0, a, "Committee", 1, CR_FACT_ORG, "Open Market Committee");
	assert_name_nth(engine->facts, 1, b, "Committee", 0, CR_FACT_ORG, "Open Market Committee");
	const CrFact *jay =
	    assert_name_nth(engine->facts, 1, b, "Jay Powell", 0, CR_FACT_PERSON, "Jerome Powell");
	const CrFact *jerome =
	    assert_name_nth(engine->facts, 0, a, "Jerome Powell", 0, CR_FACT_PERSON, "Jerome Powell");
	g_assert_cmpint(jay->group, ==, jerome->group);
	/* a hyphenated name of three words, transliterated two ways */
	const char *f = "Army Chief General Waqar-uz-Zaman spoke. Zaman said he met them.\n";
	const char *g = "Army chief Waker-Uz-Zaman said an interim government would form.\n";
	g_autoptr(CrEngine) three = cr_test_engine(f, g, NULL);
	const CrFact *waqar =
	    assert_name_nth(three->facts, 0, f, "Waqar-uz-Zaman", 0, CR_FACT_PERSON, "Waker-Uz-Zaman");
	const CrFact *waker =
	    assert_name_nth(three->facts, 1, g, "Waker-Uz-Zaman", 0, CR_FACT_PERSON, "Waker-Uz-Zaman");
	g_assert_cmpint(waqar->group, ==, waker->group);
	/* given names of other initials, or both in one report, stay apart */
	const char *c = "Mrs. Noel Holmes waited.\n";
	const char *d = "Mrs. Elizabeth Holmes spoke. Dr. Jane Doe and Dr. John Doe came.\n";
	const char *e = "Dr. Jane Doe left.\n";
	g_autoptr(CrEngine) two = cr_test_engine(c, d, e, NULL);
	assert_name_nth(two->facts, 0, c, "Noel Holmes", 0, CR_FACT_PERSON, "Noel Holmes");
	assert_name_nth(two->facts, 1, d, "John Doe", 0, CR_FACT_PERSON, "John Doe");
	assert_name_nth(two->facts, 2, e, "Jane Doe", 0, CR_FACT_PERSON, "Jane Doe");
}

static void test_surname_resolved_across_reports(void)
{
	const char *a = "Prime Minister Ilse Marrow unveiled the barrier on Wednesday.\n";
	const char *b = "Speaking to the assembly, Marrow said the coast would hold.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);

	const CrFact *full =
	    assert_name_nth(engine->facts, 0, a, "Ilse Marrow", 0, CR_FACT_PERSON, "Ilse Marrow");
	const CrFact *short_form =
	    assert_name_nth(engine->facts, 1, b, "Marrow", 0, CR_FACT_PERSON, "Ilse Marrow");
	g_assert_true(short_form->flags & CR_FACT_ALIAS);
	assert_linked(full, short_form);
}

static void test_shared_surname_stays_unresolved(void)
{
	const char *a = "Minister Anna Kowalski spoke on Monday.\n";
	const char *b = "Senator Piotr Kowalski replied.\n";
	const char *c = "Kowalski said the talks would go on. Senator Kowalski agreed.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, NULL);

	const CrFact *anna =
	    assert_name_nth(engine->facts, 0, a, "Anna Kowalski", 0, CR_FACT_PERSON, "Anna Kowalski");
	const CrFact *piotr =
	    assert_name_nth(engine->facts, 1, b, "Piotr Kowalski", 0, CR_FACT_PERSON, "Piotr Kowalski");
	g_assert_cmpint(anna->group, ==, -1);
	g_assert_cmpint(piotr->group, ==, -1);
	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		if (f->doc == 2)
			g_assert_cmpstr(f->value, ==, "Kowalski");
	}
	/* and within one report */
	const char *text = "Minister Anna Kowalski and Senator Piotr Kowalski met. Kowalski said no.";
	g_autoptr(GArray) facts = names_of(text);
	assert_name(facts, text, "Anna Kowalski", CR_FACT_PERSON, "Anna Kowalski");
	assert_name(facts, text, "Piotr Kowalski", CR_FACT_PERSON, "Piotr Kowalski");
	g_assert_null(name_at(facts, 0, offset_of(text, "Kowalski said", 0), offset_of(text, " said", 0)));
}

static void test_names_of_unknown_kind_meet_across_reports(void)
{
	/* a name with no sign of its kind in one report takes the kind another
	 * report gives it */
	const char *a = "Prime Minister Ilse Marrow said the barrier would hold.\n";
	const char *b = "Estuary Voice: Ilse Marrow and the Coastal Fund\n\nThe barrier will hold, Marrow's "
			"office said.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);

	const CrFact *f =
	    assert_name_nth(engine->facts, 1, b, "Ilse Marrow", 0, CR_FACT_PERSON, "Ilse Marrow");
	g_assert_cmpint(f->group, >=, 0);
	assert_name_nth(engine->facts, 1, b, "Marrow", 1, CR_FACT_PERSON, "Ilse Marrow");
}

static void test_feature_in_lower_case(void)
{
	/* "the Chaliyar river" is the "Chaliyar River"; "Wayanad district" is
	 * Wayanad, a district no part of its name */
	const char *a = "Nine bodies swept away by Chaliyar river were found in Wayanad district.\n";
	const char *b = "Bodies were fished out of the Chaliyar River in Wayanad.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *lower =
	    assert_name_nth(engine->facts, 0, a, "Chaliyar river", 0, CR_FACT_PLACE, "Chaliyar river");
	const CrFact *upper =
	    assert_name_nth(engine->facts, 1, b, "Chaliyar River", 0, CR_FACT_PLACE, "Chaliyar River");
	assert_linked(lower, upper);
	assert_linked(assert_name_nth(engine->facts, 0, a, "Wayanad", 0, CR_FACT_PLACE, "Wayanad"),
		      assert_name_nth(engine->facts, 1, b, "Wayanad", 0, CR_FACT_PLACE, "Wayanad"));

	/* a ravine and a tunnel too, one name with the capitalised one of
	 * another report (round 23: valencia's "Poyo ravine", heldout-tunnel's
	 * "Silkyara tunnel") */
	const char *c = "Rescuers reached the workers trapped in the Silkyara tunnel near the Poyo ravine.\n";
	const char *d = "The Silkyara Tunnel collapse trapped 41 workers; the Poyo Ravine flooded.\n";
	g_autoptr(CrEngine) more = cr_test_engine(c, d, NULL);
	assert_linked(
	    assert_name_nth(more->facts, 0, c, "Silkyara tunnel", 0, CR_FACT_PLACE, "Silkyara tunnel"),
	    assert_name_nth(more->facts, 1, d, "Silkyara Tunnel", 0, CR_FACT_PLACE, "Silkyara tunnel"));
	assert_linked(assert_name_nth(more->facts, 0, c, "Poyo ravine", 0, CR_FACT_PLACE, "Poyo ravine"),
		      assert_name_nth(more->facts, 1, d, "Poyo Ravine", 0, CR_FACT_PLACE, "Poyo ravine"));

	/* a gorge too (engine24: heldout-pokhara's "Seti River gorge") */
	const char *e = "The plane crashed into the Seti River gorge in Pokhara valley.\n";
	const char *f = "Rescuers were trying to recover four bodies from the Seti River Gorge.\n";
	g_autoptr(CrEngine) gorge = cr_test_engine(e, f, NULL);
	assert_linked(
	    assert_name_nth(gorge->facts, 0, e, "Seti River gorge", 0, CR_FACT_PLACE, "Seti River gorge"),
	    assert_name_nth(gorge->facts, 1, f, "Seti River Gorge", 0, CR_FACT_PLACE, "Seti River gorge"));
}

static void test_kind_settled_across_reports(void)
{
	/* a person in one report ("Daniels said"), a body in the other: the
	 * name is one, of the kind most of its facts have */
	const char *a = "A jury convicted Trump over a payment to adult film star Stormy Daniels. Daniels "
			"said she was paid.\n";
	const char *b = "The payment to porn star Stormy Daniels by his fixer Michael Cohen was hidden.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);

	const CrFact *in_a =
	    assert_name_nth(engine->facts, 0, a, "Stormy Daniels", 0, CR_FACT_PERSON, "Stormy Daniels");
	const CrFact *in_b =
	    assert_name_nth(engine->facts, 1, b, "Stormy Daniels", 0, CR_FACT_PERSON, "Stormy Daniels");
	assert_linked(in_a, in_b);
}

static void test_sentence_start_name_recurs(void)
{
	/* written where a sentence starts in one report and inside one in the
	 * other: a name all the same */
	const char *a = "Ryanair, one of the largest airlines, said flights were late.\n";
	const char *b = "Airlines like Ryanair and Wizz faced delays on Friday.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);

	assert_linked(name_of(engine->facts, 0, a, "Ryanair"), name_of(engine->facts, 1, b, "Ryanair"));
}

static void test_shorter_full_name_across_reports(void)
{
	const char *a = "President Tayyip Erdogan visited Hatay. Erdogan told reporters it was hard.\n";
	const char *b = "Turkish President Recep Tayyip Erdogan admitted shortcomings. Mr Erdogan left.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);

	const CrFact *shorter =
	    assert_name_nth(engine->facts, 0, a, "Tayyip Erdogan", 0, CR_FACT_PERSON, "Recep Tayyip Erdogan");
	const CrFact *longer = assert_name_nth(engine->facts, 1, b, "Recep Tayyip Erdogan", 0, CR_FACT_PERSON,
					       "Recep Tayyip Erdogan");
	assert_linked(shorter, longer);
	assert_name_nth(engine->facts, 0, a, "Erdogan", 1, CR_FACT_PERSON, "Recep Tayyip Erdogan");

	/* a middle initial given or dropped leaves one person: the key drops it */
	const char *judge = "Judge Lewis Kaplan thanked the jurors.\n";
	const char *middle = "U.S. District Judge Lewis A. Kaplan set sentencing for March 28.\n";
	g_autoptr(CrEngine) initial = cr_test_engine(judge, middle, NULL);
	const CrFact *fj =
	    assert_name_nth(initial->facts, 0, judge, "Lewis Kaplan", 0, CR_FACT_PERSON, "Lewis Kaplan");
	gsize at = offset_of(middle, "Lewis A. Kaplan", 0);
	const CrFact *fm = name_at(initial->facts, 1, at, at + strlen("Lewis A. Kaplan"));
	g_assert_nonnull(fm);
	g_assert_cmpstr(fm->key, ==, "lewis kaplan");
	assert_linked(fj, fm);
	assert_name_nth(engine->facts, 1, b, "Erdogan", 1, CR_FACT_PERSON, "Recep Tayyip Erdogan");

	/* initials that end a name, spaced or not, are one word of the key */
	const char *spaced = "Relief work goes on, said Meghasree D R on Tuesday.\n";
	const char *joined = "District collector Meghasree DR said the toll stood at 45.\n";
	g_autoptr(CrEngine) initials = cr_test_engine(spaced, joined, NULL);
	at = offset_of(spaced, "Meghasree D R", 0);
	const CrFact *fs = name_at(initials->facts, 0, at, at + strlen("Meghasree D R"));
	at = offset_of(joined, "Meghasree DR", 0);
	const CrFact *fd = name_at(initials->facts, 1, at, at + strlen("Meghasree DR"));
	g_assert_nonnull(fs);
	g_assert_nonnull(fd);
	assert_linked(fs, fd);

	/* a shorter name that ends two different longer ones stays itself */
	const char *c = "Minister Maria Kowalski spoke.\n";
	const char *d = "Senator Anna Maria Kowalski and Judge Eva Maria Kowalski replied.\n";
	g_autoptr(CrEngine) two = cr_test_engine(c, d, NULL);
	assert_name_nth(two->facts, 0, c, "Maria Kowalski", 0, CR_FACT_PERSON, "Maria Kowalski");
}

static void test_person_known_by_role(void)
{
	const char *a = "Earlier, the Japanese ambassador to the United States said an office was planned.\n";
	const char *b =
	    "Japanese Ambassador to the US Koji Tomita told Nikkei Asia that Japan was working on it.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);

	const CrFact *desc = assert_name_nth(engine->facts, 0, a, "Japanese ambassador to the United States",
					     0, CR_FACT_PERSON, "Koji Tomita");
	g_assert_cmpfloat(desc->confidence, <, 0.7);
	g_assert_true(desc->flags & CR_FACT_ALIAS);
	const CrFact *named =
	    assert_name_nth(engine->facts, 1, b, "Koji Tomita", 0, CR_FACT_PERSON, "Koji Tomita");
	assert_linked(desc, named);
	assert_name_nth(engine->facts, 0, a, "United States", 0, CR_FACT_PLACE, "United States");
	assert_name_nth(engine->facts, 1, b, "Nikkei Asia", 0, CR_FACT_ORG, "Nikkei Asia");
}

static void test_shorter_org_name_across_reports(void)
{
	const char *a = "The Kadrian Red Crescent said it had deployed 400 volunteers.\n";
	const char *b = "Teams of the Kadrian Red Crescent Society (KRCS) have been working since dawn.\n";
	const char *c = "The Red Crescent has put up tents on the square.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, NULL);
	const char *society = "Kadrian Red Crescent Society";
	const CrFact *fa =
	    assert_name_nth(engine->facts, 0, a, "Kadrian Red Crescent", 0, CR_FACT_ORG, society);
	const CrFact *fb = assert_name_nth(engine->facts, 1, b, society, 0, CR_FACT_ORG, society);
	const CrFact *fc = assert_name_nth(engine->facts, 2, c, "Red Crescent", 0, CR_FACT_ORG, society);
	assert_linked(fa, fb);
	g_assert_cmpint(fb->group, ==, fc->group);

	/* a company's first word alone stands for it when it is no English word,
	 * and for neither of two companies it opens */
	const char *x = "Shares of Halden Group fell after Corvel Capital sold its stake.\n";
	const char *y = "On Monday shares of Halden lost ground after the fund Corvel sold.\n";
	g_autoptr(CrEngine) company = cr_test_engine(x, y, NULL);
	const CrFact *fx =
	    assert_name_nth(company->facts, 0, x, "Halden Group", 0, CR_FACT_ORG, "Halden Group");
	const CrFact *fy = assert_name_nth(company->facts, 1, y, "Halden", 0, CR_FACT_ORG, "Halden Group");
	assert_linked(fx, fy);
	assert_name_nth(company->facts, 1, y, "Corvel", 0, CR_FACT_ORG, "Corvel Capital");
	const char *z = "Halden Energy and Halden Securities both fell.\n";
	g_autoptr(CrEngine) two_companies = cr_test_engine(z, y, NULL);
	for (guint i = 0; i < two_companies->facts->len; i++) {
		const CrFact *f = &g_array_index(two_companies->facts, CrFact, i);
		g_assert_false(f->doc == 1 && f->kind == CR_FACT_ORG && g_str_has_prefix(f->value, "Halden"));
	}

	/* a run of the words of two bodies stands for neither */
	const char *d = "The Chinese Foreign Ministry said no.\n";
	const char *e = "The Japanese Foreign Ministry said yes.\n";
	const char *f = "The Foreign Ministry said it would reply.\n";
	g_autoptr(CrEngine) two = cr_test_engine(d, e, f, NULL);
	assert_name_nth(two->facts, 2, f, "Foreign Ministry", 0, CR_FACT_ORG, "Foreign Ministry");

	/* words after a connector name what the body's head qualifies: "Red
	 * Crescent" is the national society's, not the federation's */
	const char *g = "The International Federation of Red Cross and Red Crescent Societies "
			"appealed for aid.\n";
	const char *h = "The Kadrian Red Crescent said it had buried 300 people.\n";
	const char *i = "The Red Crescent has put up tents on the square.\n";
	g_autoptr(CrEngine) three = cr_test_engine(g, h, i, NULL);
	const CrFact *fh = assert_name_nth(three->facts, 1, h, "Kadrian Red Crescent", 0, CR_FACT_ORG,
					   "Kadrian Red Crescent");
	const CrFact *fi =
	    assert_name_nth(three->facts, 2, i, "Red Crescent", 0, CR_FACT_ORG, "Kadrian Red Crescent");
	assert_linked(fh, fi);

	/* a name written on in lower case is the body another report writes
	 * in capitals */
	const char *j = "He was sentenced at Kingsreach Crown Court on Friday.\n";
	const char *k = "The jury at Kingsreach crown court took two days.\n";
	g_autoptr(CrEngine) lower = cr_test_engine(j, k, NULL);
	const CrFact *fj = assert_name_nth(lower->facts, 0, j, "Kingsreach Crown Court", 0, CR_FACT_ORG,
					   "Kingsreach Crown Court");
	const CrFact *fk = assert_name_nth(lower->facts, 1, k, "Kingsreach crown court", 0, CR_FACT_ORG,
					   "Kingsreach Crown Court");
	assert_linked(fj, fk);

	/* a short form in lower case is the body it stands for (round 15),
	 * unless its last word is a plural: "auto workers" are people */
	const char *l = "A plane of the Japan Coast Guard burst into flames.\n";
	const char *m = "The Coast Guard plane was carrying aid.\n";
	const char *n = "Officials of the Japanese coast guard said five died.\n";
	g_autoptr(CrEngine) guard = cr_test_engine(l, m, n, NULL);
	const CrFact *fl =
	    assert_name_nth(guard->facts, 0, l, "Japan Coast Guard", 0, CR_FACT_ORG, "Japan Coast Guard");
	const CrFact *fn =
	    assert_name_nth(guard->facts, 2, n, "coast guard", 0, CR_FACT_ORG, "Japan Coast Guard");
	assert_linked(fl, fn);
	const char *o = "The United Auto Workers union went on strike.\n";
	const char *p = "Auto Workers Strike Plants at All Three\n\nThe Auto Workers walked out.\n";
	const char *q = "About 13,000 US auto workers stopped making vehicles.\n";
	g_autoptr(CrEngine) workers = cr_test_engine(q, o, p, NULL);
	assert_nothing_in(workers->facts, q, "auto workers");
}

/* A public body no report names in capitals is one all the same when two
 * reports describe it in the same two lower-case words, a qualifier and
 * the head, after "the" or a possessive; every head of the rule's list is
 * read, and a body none in particular ("an investment bank") or a word
 * that qualifies none ("that court") is not. */
static void test_body_described_in_lower_case(void)
{
	static const char *const heads[] = {
		"court", "ministry", "government", "agency", "commission", "bank"
	}; /* and "pole", a place's: below */
	for (guint i = 0; i < G_N_ELEMENTS(heads); i++) {
		g_autofree char *body = g_strdup_printf("federal %s", heads[i]);
		g_autofree char *a = g_strdup_printf("Arvenia's %s ruled on Friday.\n", body);
		g_autofree char *b = g_strdup_printf("The %s said it would appeal.\n", body);
		g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
		const CrFact *fa = assert_name_nth(engine->facts, 0, a, body, 0, CR_FACT_ORG, body);
		const CrFact *fb = assert_name_nth(engine->facts, 1, b, body, 0, CR_FACT_ORG, body);
		assert_linked(fa, fb);
	}
	const char *c = "He joined an investment bank, and that court heard him.\n";
	const char *d = "She left an investment bank before that court sat.\n";
	g_autoptr(CrEngine) none = cr_test_engine(c, d, NULL);
	assert_nothing_in(none->facts, c, "investment bank");
	assert_nothing_in(none->facts, c, "that court");

	/* a pole so described is a place (round 23: odysseus, chandrayaan) */
	const char *e = "The lander touched down near the moon's south pole on Thursday.\n";
	const char *f = "It landed near the little-explored south pole region.\n";
	g_autoptr(CrEngine) pole = cr_test_engine(e, f, NULL);
	assert_linked(assert_name_nth(pole->facts, 0, e, "south pole", 0, CR_FACT_PLACE, "south pole"),
		      assert_name_nth(pole->facts, 1, f, "south pole", 0, CR_FACT_PLACE, "south pole"));
}

static void test_surname_that_opens_a_company(void)
{
	const char *a = "Halvorsen Maritime will buy Pacifica, and Halvorsen shares fell in Oslo.\n";
	const char *b =
	    "Chairman Erik Halvorsen backs the deal. Halvorsen Maritime said that Halvorsen will pay.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		if (strcmp(f->text, "Halvorsen") == 0)
			g_assert_cmpstr(f->value, !=, "Erik Halvorsen");
	}
	/* both reports write the bare word alike: it is a name, the company's
	 * whose first word it is */
	const char *company = "Halvorsen Maritime";
	const CrFact *fa = assert_name_nth(engine->facts, 0, a, "Halvorsen", 1, CR_FACT_ORG, company);
	const CrFact *fb = assert_name_nth(engine->facts, 1, b, "Halvorsen", 2, CR_FACT_ORG, company);
	g_assert_cmpint(fa->group, ==, fb->group);
}

/* A name written with a hyphen in one report and a space in another is one
 * name: its key writes the hyphen as a space. */
static void test_hyphen_or_space(void)
{
	/* an initialism's periods are left out of the key, and one word in
	 * capitals after a role is a body's acronym */
	const char *u = "The U.S. Coast Guard said. A tweet from the official SEC account was false.\n";
	const char *v = "The US Coast Guard searched. The SEC said so.\n";
	g_autoptr(CrEngine) guard = cr_test_engine(u, v, NULL);
	const CrFact *fu = name_of(guard->facts, 0, u, "U.S. Coast Guard");
	const CrFact *fv = name_of(guard->facts, 1, v, "US Coast Guard");
	assert_linked(fu, fv);
	const CrFact *sec = name_of(guard->facts, 0, u, "SEC");
	g_assert_cmpint(sec->kind, ==, CR_FACT_ORG);

	const char *a = "Rescuers reached villages near Al Haouz, officials said.\n";
	const char *b = "Rescuers reached villages near Al-Haouz, officials said.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *fa = name_of(engine->facts, 0, a, "Al Haouz");
	const CrFact *fb = name_of(engine->facts, 1, b, "Al-Haouz");
	assert_linked(fa, fb);
	/* the Arabic article in lower case opens the name it is joined to */
	const char *c = "Rescuers reached villages near al-Haouz, officials said.\n";
	g_autoptr(CrEngine) article = cr_test_engine(a, c, NULL);
	const CrFact *fc = name_of(article->facts, 1, c, "al-Haouz");
	g_assert_cmpint(fc->group, >=, 0);
}

/* A double-barrelled surname alone, once, in another report is the
 * person's ("Bankman-Fried" for "Sam Bankman-Fried"). */
static void test_double_barrelled_surname_across_reports(void)
{
	const char *a = "Sam Bankman-Fried was convicted.\n";
	const char *b = "A jury found Bankman-Fried guilty on Thursday.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *full = name_of(engine->facts, 0, a, "Sam Bankman-Fried");
	const CrFact *alone = name_of(engine->facts, 1, b, "Bankman-Fried");
	g_assert_cmpint(alone->kind, ==, CR_FACT_PERSON);
	g_assert_cmpstr(alone->value, ==, "Sam Bankman-Fried");
	assert_linked(full, alone);
}

/* A name that nothing types, of one surname and a given name of the same
 * initial as a person another report names, is that person: a spelling
 * of the given name ("Yevgeniy") opening a sentence. */
static void test_given_name_spelt_otherwise(void)
{
	const char *a = "Later Yevgeniy Prigozhin took the city.\n";
	const char *b = "On Saturday, Yevgeny Prigozhin said he took the city.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *fa = name_of(engine->facts, 0, a, "Yevgeniy Prigozhin");
	const CrFact *fb = name_of(engine->facts, 1, b, "Yevgeny Prigozhin");
	g_assert_cmpint(fa->kind, ==, CR_FACT_PERSON);
	g_assert_cmpstr(fa->value, ==, "Yevgeny Prigozhin");
	assert_linked(fa, fb);
}

/* Round 13: two names nothing types, one surname that is no English word
 * and given names a letter apart, are one person's ("Tigist Assefa" in
 * one report, "Tigst Assefa" in two), whom the reports writing the name
 * more often name. */
static void test_given_names_a_letter_apart(void)
{
	const char *a = "The team of Tigist Assefa won in Berlin, where Assefa set a record.\n";
	const char *b = "The women ran behind Tigst Assefa in Berlin.\n";
	const char *c = "It came after only Tigst Assefa's record in Berlin.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, NULL);
	const CrFact *fa = name_of(engine->facts, 0, a, "Tigist Assefa");
	const CrFact *fb = name_of(engine->facts, 1, b, "Tigst Assefa");
	g_assert_cmpint(fa->kind, ==, CR_FACT_PERSON);
	g_assert_cmpint(fb->kind, ==, CR_FACT_PERSON);
	g_assert_cmpstr(fa->value, ==, "Tigst Assefa");
	assert_linked(fa, fb);
	/* given names two letters apart stay apart */
	const char *d = "The team of Tigista Assefa won in Berlin.\n";
	g_autoptr(CrEngine) apart = cr_test_engine(d, b, c, NULL);
	assert_no_name(apart->facts, "Tigista Assefa");
}

static void test_recurring_names_of_unknown_kind(void)
{
	const char *a =
	    "The collapse of Nordvale Energy hit the town hard, as Nordvale had 1,900 staff around "
	    "Ashbury. Zorvath was not named again. Western banks agreed.\n";
	const char *b = "Gas from Nordvale reached homes around Ashbury, said Western officials.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	/* the company's first word, it stands for the company */
	const char *nordvale = "Nordvale Energy";
	const CrFact *na = assert_name_nth(engine->facts, 0, a, "Nordvale", 1, CR_FACT_ORG, nordvale);
	const CrFact *nb = assert_name_nth(engine->facts, 1, b, "Nordvale", 0, CR_FACT_ORG, nordvale);
	g_assert_cmpint(na->group, ==, nb->group);
	const CrFact *pa = assert_name_nth(engine->facts, 0, a, "Ashbury", 0, CR_FACT_PLACE, "Ashbury");
	const CrFact *pb = assert_name_nth(engine->facts, 1, b, "Ashbury", 0, CR_FACT_PLACE, "Ashbury");
	g_assert_cmpint(pa->group, ==, pb->group);
	/* one word that ends a person's name is a person's (round 13; it
	 * was a place), though it stands for neither of two */
	const char *t1 = "Jurors found Trump guilty on Thursday.\n";
	const char *t2 = "The jury found Trump guilty of all counts.\n";
	const char *t3 = "Former President Donald Trump and his son Eric Trump sat in court.\n";
	g_autoptr(CrEngine) trumps = cr_test_engine(t1, t2, t3, NULL);
	assert_linked(assert_name_nth(trumps->facts, 0, t1, "Trump", 0, CR_FACT_PERSON, "Trump"),
		      assert_name_nth(trumps->facts, 1, t2, "Trump", 0, CR_FACT_PERSON, "Trump"));
	/* one report's unknown word, and a word the lexicon knows, stay no name */
	assert_no_name(engine->facts, "Zorvath");
	assert_no_name(engine->facts, "Western");
	/* but for a body's last word alone, capitalised inside a sentence in
	 * two reports: the story's body (round 23: kenyaprotests) */
	const char *p1 = "Protesters marched towards Parliament where lawmakers were voting.\n";
	const char *p2 = "Chaos erupted in the Parliament after the vote on the finance bill.\n";
	g_autoptr(CrEngine) body = cr_test_engine(p1, p2, NULL);
	assert_linked(assert_name_nth(body->facts, 0, p1, "Parliament", 0, CR_FACT_ORG, "Parliament"),
		      assert_name_nth(body->facts, 1, p2, "Parliament", 0, CR_FACT_ORG, "Parliament"));

	/* a body shortened to its last word is no person's surname */
	const char *c =
	    "Labour fell short of a majority in the Velmira National Chamber, and the Chamber meets "
	    "on Wednesday.\n";
	const char *d = "The Union thanks the newly elected members of the Velmira National Chamber.\n";
	g_autoptr(CrEngine) chamber = cr_test_engine(c, d, NULL);
	assert_name_nth(chamber->facts, 0, c, "Velmira National Chamber", 0, CR_FACT_ORG,
			"Velmira National Chamber");
	assert_name_nth(chamber->facts, 1, d, "Velmira National Chamber", 0, CR_FACT_ORG,
			"Velmira National Chamber");

	/* a word inside an organisation's name, standing alone, is that kind too */
	const char *e = "The Santera Labour Party lost its majority. In the port, where Labour held every "
			"seat, turnout fell.\n";
	const char *f = "Results came in overnight, and by dawn Labour had lost eleven seats.\n";
	g_autoptr(CrEngine) party = cr_test_engine(e, f, NULL);
	const CrFact *la = assert_name_nth(party->facts, 0, e, "Labour", 1, CR_FACT_ORG, "Labour");
	const CrFact *lb = assert_name_nth(party->facts, 1, f, "Labour", 0, CR_FACT_ORG, "Labour");
	g_assert_cmpint(la->group, ==, lb->group);

	/* a shorter form of one longer name meets it; one that two longer names
	 * hold stays itself */
	const char *g = "Australia won their sixth Cricket World Cup title, and the Cricket World Cup "
			"trophy went home. Fans of the Rugby Sevens Series and the Hockey Sevens Series "
			"watched the Sevens Series. Orlen Vale Rovers fans came from Orlen Vale.\n";
	const char *h = "Australia lifted the World Cup for a sixth time, and the World Cup final was "
			"sold out. The Sevens Series starts next week; the Sevens Series is new. Orlen Vale "
			"Rovers won in Orlen Vale.\n";
	g_autoptr(CrEngine) cup = cr_test_engine(g, h, NULL);
	const CrFact *ca =
	    assert_name_nth(cup->facts, 0, g, "Cricket World Cup", 0, CR_FACT_ORG, "Cricket World Cup");
	const CrFact *cb =
	    assert_name_nth(cup->facts, 1, h, "World Cup", 0, CR_FACT_ORG, "Cricket World Cup");
	assert_linked(ca, cb);
	assert_name_nth(cup->facts, 1, h, "Sevens Series", 0, CR_FACT_ORG, "Sevens Series");
	/* a name's first words are no short form of it: its head comes last */
	assert_name_nth(cup->facts, 1, h, "Orlen Vale", 1, CR_FACT_PLACE, "Orlen Vale");
	/* and so of a name of unknown kind, which nothing marks as a place:
	 * "Rovers" is no designator, so "Orlen Vale" is not "Orlen Vale Rovers" */
	const char *m = "Orlen Vale Rovers fans sang all night. Orlen Vale Rovers lost. Orlen Vale "
			"slept while Orlen Vale waited.\n";
	const char *n = "Orlen Vale Rovers won the cup. Orlen Vale was quiet, and Orlen Vale cheered.\n";
	g_autoptr(CrEngine) club = cr_test_engine(m, n, NULL);
	const CrFact *rovers =
	    assert_name_nth(club->facts, 1, n, "Orlen Vale Rovers", 0, CR_FACT_ORG, "Orlen Vale Rovers");
	const CrFact *vale = assert_name_nth(club->facts, 1, n, "Orlen Vale", 1, CR_FACT_ORG, "Orlen Vale");
	g_assert_cmpint(vale->group, !=, rovers->group);

	/* a word that is no English word before a place that ends the run
	 * names one thing with it, a club of the place, and the place stays */
	const char *bm = "Harry Kane joined Bayern Munich on Saturday. He flew to Munich.\n";
	const char *bn = "Bayern Munich confirmed the signing of Harry Kane.\n";
	g_autoptr(CrEngine) bayern = cr_test_engine(bm, bn, NULL);
	const CrFact *ba =
	    assert_name_nth(bayern->facts, 0, bm, "Bayern Munich", 0, CR_FACT_ORG, "Bayern Munich");
	const CrFact *bb =
	    assert_name_nth(bayern->facts, 1, bn, "Bayern Munich", 0, CR_FACT_ORG, "Bayern Munich");
	assert_linked(ba, bb);
	assert_name_nth(bayern->facts, 0, bm, "Munich", 0, CR_FACT_PLACE, "Munich");

	/* an acronym stands for the one name of unknown kind whose initials
	 * it is, though no report spells it out beside it */
	const char *ua = "The UAW began its strike at midnight. UAW members walked out.\n";
	const char *ub = "The United Auto Workers went on strike on Friday.\n";
	const char *uc = "Members of the United Auto Workers cheered at the plant.\n";
	g_autoptr(CrEngine) union_ = cr_test_engine(ua, ub, uc, NULL);
	const CrFact *acronym =
	    assert_name_nth(union_->facts, 0, ua, "UAW", 0, CR_FACT_ORG, "United Auto Workers");
	const CrFact *full = assert_name_nth(union_->facts, 1, ub, "United Auto Workers", 0, CR_FACT_ORG,
					     "United Auto Workers");
	assert_linked(acronym, full);

	/* an organisation written in lower case is that organisation */
	const char *i = "Yesterday the Emergency Committee met for the 15th time in Geneva.\n";
	const char *j = "The emergency committee advised the director that the crisis was over.\n";
	g_autoptr(CrEngine) committee = cr_test_engine(i, j, NULL);
	const CrFact *ei = assert_name_nth(committee->facts, 0, i, "Emergency Committee", 0, CR_FACT_ORG,
					   "Emergency Committee");
	const CrFact *ej = assert_name_nth(committee->facts, 1, j, "emergency committee", 0, CR_FACT_ORG,
					   "Emergency Committee");
	assert_linked(ei, ej);
	/* wherever its words fall against the 64 bytes whose spaces are read
	 * at once, after runs of spaces, right after another, and in a
	 * report's last bytes */
	g_autoptr(GString) far = g_string_new(NULL);
	guint mentions = 0;
	for (guint pad = 0; pad < 70; pad++, mentions++) {
		g_string_append(far, pad % 3 ? "Then " : "Then   ");
		for (guint x = 0; x < pad; x++)
			g_string_append_c(far, 'x');
		g_string_append(far, " the emergency committee met.\n");
	}
	/* one right after another: the next word is read after the space that
	 * ends the first */
	g_string_append(far, "Then the emergency committee emergency committee met.\n");
	g_string_append(far, "Last came the emergency committee");
	mentions += 3;
	g_autoptr(CrEngine) farther = cr_test_engine(i, far->str, NULL);
	guint lower = 0;
	for (guint at = 0; at < farther->facts->len; at++) {
		const CrFact *fact = &g_array_index(farther->facts, CrFact, at);
		lower += fact->doc == 1 && strcmp(fact->text, "emergency committee") == 0 &&
			 g_strcmp0(fact->value, "Emergency Committee") == 0;
	}
	g_assert_cmpuint(lower, ==, mentions);
	/* and so is a name holding a figure: "category 5" */
	const char *ca5 = "Otis struck as a Category 5 hurricane on Wednesday.\n";
	const char *cb5 = "When it hit land it was category 5, the highest on the scale.\n";
	g_autoptr(CrEngine) category = cr_test_engine(ca5, ca5, cb5, NULL);
	assert_linked(assert_name_nth(category->facts, 0, ca5, "Category 5", 0, CR_FACT_ORG, "Category 5"),
		      assert_name_nth(category->facts, 2, cb5, "category 5", 0, CR_FACT_ORG, "Category 5"));

	/* a shorter form of a place before its generic word is that place */
	const char *k = "Most of the victims were from the Gwangju metropolitan area and South Jeolla "
			"province, while two were from Thailand.\n";
	const char *l = "The plane crashed in Muan county, South Jeolla Province, on Sunday morning.\n";
	g_autoptr(CrEngine) province = cr_test_engine(k, l, NULL);
	const CrFact *pk =
	    assert_name_nth(province->facts, 0, k, "South Jeolla", 0, CR_FACT_PLACE, "South Jeolla Province");
	const CrFact *pl = assert_name_nth(province->facts, 1, l, "South Jeolla Province", 0, CR_FACT_PLACE,
					   "South Jeolla Province");
	assert_linked(pk, pl);
}

static void test_role_without_one_holder_names_nobody(void)
{
	const char *a = "Earlier, the Japanese ambassador to the United States said so. "
			"A Japanese ambassador to the United States agreed. "
			"The former Japanese ambassador to the United States did not.\n";
	const char *b = "Japanese Ambassador to the US Koji Tomita spoke.\n";
	const char *c = "Japanese Ambassador to the United States Rika Honda spoke.\n";
	g_autoptr(CrEngine) one = cr_test_engine(a, b, NULL);
	g_autoptr(CrEngine) two = cr_test_engine(a, b, c, NULL);

	/* only the definite description names the ambassador */
	g_assert_nonnull(name_at(one->facts, 0, offset_of(a, "Japanese", 0), offset_of(a, " said", 0)));
	g_assert_null(name_at(one->facts, 0, offset_of(a, "Japanese", 1), offset_of(a, " agreed", 0)));
	g_assert_null(name_at(one->facts, 0, offset_of(a, "Japanese", 2), offset_of(a, " did", 0)));
	/* two ambassadors named: the description is ambiguous */
	g_assert_null(name_at(two->facts, 0, offset_of(a, "Japanese", 0), offset_of(a, " said", 0)));
}

/* Round 17: a title of common English words joined by "of" is one name
 * ("The Zone of Interest", "Call of Duty"), linked where two reports
 * write it, not a "Zone" and an "Interest"; a person "of" a body is still
 * two names ("Willie Walsh of the International Air Transport
 * Association", /names/acronyms). */
static void test_title_of_common_words(void)
{
	const char *a = "Poor Things took four, and The Zone of Interest scored two. Gamers await Call of "
			"Duty.\n";
	const char *b = "The Zone of Interest won best international feature; Microsoft bought the maker of "
			"Call of Duty.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *zone_a =
	    assert_name_nth(engine->facts, 0, a, "Zone of Interest", 0, CR_FACT_ORG, "Zone of Interest");
	const CrFact *zone_b =
	    assert_name_nth(engine->facts, 1, b, "Zone of Interest", 0, CR_FACT_ORG, "Zone of Interest");
	assert_linked(zone_a, zone_b);
	const CrFact *game_a =
	    assert_name_nth(engine->facts, 0, a, "Call of Duty", 0, CR_FACT_ORG, "Call of Duty");
	const CrFact *game_b =
	    assert_name_nth(engine->facts, 1, b, "Call of Duty", 0, CR_FACT_ORG, "Call of Duty");
	assert_linked(game_a, game_b);
	assert_no_name(engine->facts, "Zone");
	assert_no_name(engine->facts, "Interest");
}

/* Round 18: "St" and "Saint" are one word in a name ("Paris St Germain",
 * "Paris Saint-Germain", "Paris Saint Germain"), so the acronym a report
 * spells out as "Paris St Germain" ("PSG") meets the others' too. */
static void test_saint_written_short(void)
{
	const char *a =
	    "Mbappe will join on July 1, the day after his contract with Paris St Germain expires. "
	    "He said he would leave PSG this summer.\n";
	const char *b = "Mbappe leaves Paris Saint-Germain (PSG) for Madrid. PSG confirmed it.\n";
	const char *c = "Mbappe leaves Paris Saint Germain for Madrid, and PSG said so.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, NULL);
	const CrFact *short_a = name_of(engine->facts, 0, a, "Paris St Germain");
	const CrFact *psg_a = name_of(engine->facts, 0, a, "PSG");
	const CrFact *full_b = name_of(engine->facts, 1, b, "Paris Saint-Germain");
	const CrFact *full_c = name_of(engine->facts, 2, c, "Paris Saint Germain");
	assert_linked(short_a, full_b);
	assert_linked(psg_a, full_b);
	assert_linked(full_c, full_b);
}

/* Round 18: an ocean's northern or southern half is that ocean ("North
 * Atlantic", "Atlantic Ocean"), unlike a country's ("North Korea"). */
static void test_ocean_half(void)
{
	const char *a = "The sub was lost in the North Atlantic, the Coast Guard said.\n";
	const char *b = "Debris was found in the Atlantic Ocean, the Coast Guard said.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	assert_linked(name_of(engine->facts, 0, a, "North Atlantic"),
		      name_of(engine->facts, 1, b, "Atlantic Ocean"));
}

/* Round 19: a place a report writes alone is no short form of the body
 * named after it, though the body's name holds it. */
static void test_place_is_no_short_form_of_a_body(void)
{
	const char *a = "The bank has its headquarters in Santa Clara, California, its owners said.\n";
	const char *b = "The bank, based in Santa Clara, was closed. The regulator created the Deposit "
			"Insurance National Bank of Santa Clara to hold its deposits.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *place = name_of(engine->facts, 0, a, "Santa Clara");
	const CrFact *bank = name_of(engine->facts, 1, b, "Deposit Insurance National Bank of Santa Clara");
	g_assert_cmpint(place->kind, ==, CR_FACT_PLACE);
	assert_not_linked(place, bank);
}

/* Round 20: a full name without its middle name is the same person's
 * ("Robert Prevost", "Robert Francis Prevost"). */
static void test_middle_name_left_out(void)
{
	const char *a = "The cardinals elected Robert Francis Prevost on Thursday.\n";
	const char *b = "Robert Prevost was born in Chicago, his order said.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	assert_linked(name_of(engine->facts, 0, a, "Robert Francis Prevost"),
		      name_of(engine->facts, 1, b, "Robert Prevost"));
}

/* Round 20: a nationality after a role's "of the" opens a body's name, no
 * one's ("pope of the Roman Catholic Church"), which meets the body named
 * alone. */
static void test_body_after_role_of(void)
{
	const char *a = "He was elected the 267th pope of the Roman Catholic Church on Thursday.\n";
	const char *b = "The Roman Catholic Church has a new leader, the Vatican said.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *church = name_of(engine->facts, 0, a, "Roman Catholic Church");
	g_assert_cmpint(church->kind, ==, CR_FACT_ORG);
	assert_linked(church, name_of(engine->facts, 1, b, "Roman Catholic Church"));
}

/* Round 20: a saint's possessive goes on into the place named after the
 * saint ("St. Peter's Square"). */
static void test_saint_possessive(void)
{
	const char *a = "Crowds filled St. Peter\xe2\x80\x99s Square on Thursday.\n";
	const char *b = "He waved to St. Peter's Square from the balcony.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	assert_linked(name_of(engine->facts, 0, a, "St. Peter\xe2\x80\x99s Square"),
		      name_of(engine->facts, 1, b, "St. Peter's Square"));
}

/* Round 20: a place before a body it has one of in lower case names the
 * place too ("Kenya police" is Kenya's police, and Kenya). */
static void test_place_before_its_body(void)
{
	const char *a = "Protesters scatter as Kenya police spray water at them.\n";
	const char *b = "Police in Kenya fired on demonstrators near parliament.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *body = name_of(engine->facts, 0, a, "Kenya police");
	g_assert_cmpint(body->kind, ==, CR_FACT_ORG);
	const CrFact *place = name_at(engine->facts, 0, body->start, body->start + strlen("Kenya"));
	g_assert_nonnull(place);
	g_assert_cmpint(place->kind, ==, CR_FACT_PLACE);
	assert_linked(place, name_of(engine->facts, 1, b, "Kenya"));
}

/* Round 21: a body's name after a place of its own ("Ohio Emergency
 * Management Agency") is no short form of another body's longer name
 * ("Federal Emergency Management Agency"), whose acronym it must not
 * meet. */
static void test_body_of_another_place(void)
{
	const char *a =
	    "Crews were sent, a spokesperson for Ohio Emergency Management Agency said on Friday.\n";
	const char *b =
	    "The Federal Emergency Management Agency (FEMA) sent crews. FEMA said more would come.\n";
	const char *c = "Staff of FEMA, the Federal Emergency Management Agency, arrived on Friday.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, NULL);
	const CrFact *state = name_of(engine->facts, 0, a, "Emergency Management Agency");
	const CrFact *federal = name_of(engine->facts, 1, b, "FEMA");
	assert_not_linked(state, federal);
	assert_linked(federal, name_of(engine->facts, 2, c, "FEMA"));
}

/* Round 24 follow-up: two possessive names joined by "and" are one
 * body's name, and a report writing it short meets one writing it long
 * ("Guy's and St Thomas'", "Guy's and St Thomas' NHS Foundation Trust"). */
static void test_possessive_pair_short_and_long(void)
{
	const char *a = "Operations at Guy's and St Thomas', King's College Hospital and others stopped.\n";
	const char *b = "Tests were cancelled, Guy\xe2\x80\x99s and St Thomas\xe2\x80\x99 NHS Foundation "
			"Trust said.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *short_form = name_of(engine->facts, 0, a, "Guy's and St Thomas'");
	g_assert_cmpint(short_form->kind, ==, CR_FACT_ORG);
	assert_linked(short_form, name_of(engine->facts, 1, b,
					  "Guy\xe2\x80\x99s and St Thomas\xe2\x80\x99 NHS Foundation Trust"));
}

/* A name of unknown kind that two reports write keeps its strings once
 * in each report: written again, it is the same text and key. */
static void test_recurring_strings_kept_once(void)
{
	const char *a = "Trade around Ashbury slowed. Ships left Ashbury, and Ashbury waited.\n";
	const char *b = "Gas reached homes around Ashbury in the spring.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *first = assert_name_nth(engine->facts, 0, a, "Ashbury", 0, CR_FACT_PLACE, "Ashbury");
	for (guint nth = 1; nth < 3; nth++) {
		const CrFact *again =
		    assert_name_nth(engine->facts, 0, a, "Ashbury", nth, CR_FACT_PLACE, "Ashbury");
		g_assert_true(again->flags & first->flags & CR_FACT_SHARED_STRINGS);
		g_assert_true(again->text == first->text && again->key == first->key);
		g_assert_true(again->value == again->text);
	}
}

/* Stop 40 (engine58): a run of a longer organisation's name that ends in
 * an event's, a prize's or a law's word names that thing, not the body
 * named after it ("Booker Prize" is not the "Booker Prize Foundation");
 * near miss: a run with no such word still stands for the longer name
 * ("Red Crescent" of "Kadrian Red Crescent Society", above), and so does
 * such a run that ends the longer name ("World Cup", "Cricket World
 * Cup"). */
static void test_run_naming_its_own_thing(void)
{
	const char *a =
	    "Samantha Harvey has won the Booker Prize for fiction with Orbital.\n"
	    "Gaby Wood, chief executive of the Booker Prize Foundation, said the book was hopeful.\n";
	const char *b = "Samantha Harvey won the Booker Prize on Tuesday for her novel.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const CrFact *prize_a =
	    assert_name_nth(engine->facts, 0, a, "Booker Prize", 0, CR_FACT_ORG, "Booker Prize");
	const CrFact *prize_b =
	    assert_name_nth(engine->facts, 1, b, "Booker Prize", 0, CR_FACT_ORG, "Booker Prize");
	assert_linked(prize_a, prize_b);
	const CrFact *foundation = assert_name_nth(engine->facts, 0, a, "Booker Prize Foundation", 0,
						   CR_FACT_ORG, "Booker Prize Foundation");
	assert_not_linked(foundation, prize_b);

	const char *c = "The Cricket World Cup final was played in Ahmedabad.\n";
	const char *d = "Australia won the World Cup for a sixth time.\n";
	g_autoptr(CrEngine) cup = cr_test_engine(c, d, NULL);
	const CrFact *cup_c = name_of(cup->facts, 0, c, "Cricket World Cup");
	const CrFact *cup_d = name_of(cup->facts, 1, d, "World Cup");
	g_assert_nonnull(cup_c);
	g_assert_nonnull(cup_d);
	g_assert_cmpstr(cup_d->value, ==, cup_c->value);
	assert_linked(cup_c, cup_d);
}

/* Stop 40 (engine58): a name the gazetteer knows, written alone, is
 * itself, not the longer organisation whose words after a connector hold
 * it ("European Union", "EU": not the "Court of Justice of the European
 * Union"); near miss: the court's acronym, defined in brackets, still
 * stands for the court in either report. */
static void test_known_name_is_no_run_of_a_body(void)
{
	const char *a = "The risks were found in a ruling by the Court of Justice of the European Union "
			"(CJEU). The European Union agreed.\n";
	const char *b = "The CJEU ruled in 2020 and the EU agreed.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const char *court = "Court of Justice of the European Union";
	const CrFact *union_a =
	    assert_name_nth(engine->facts, 0, a, "European Union", 1, CR_FACT_ORG, "European Union");
	const CrFact *union_b = assert_name_nth(engine->facts, 1, b, "EU", 0, CR_FACT_ORG, "European Union");
	assert_linked(union_a, union_b);
	const CrFact *court_a = assert_name_nth(engine->facts, 0, a, court, 0, CR_FACT_ORG, court);
	const CrFact *acronym_a = assert_name_nth(engine->facts, 0, a, "CJEU", 0, CR_FACT_ORG, court);
	const CrFact *acronym_b = assert_name_nth(engine->facts, 1, b, "CJEU", 0, CR_FACT_ORG, court);
	assert_linked(court_a, acronym_b);
	assert_linked(acronym_a, acronym_b);
	assert_not_linked(court_a, union_b);
}

/* heldout-indiaexpel (stop 41): text read from an image writes the
 * capital I of "Ian" as a lower-case l ("Lan Ross David Trites"): before
 * the same three words the two first words are one person's, named with
 * the I, as a third report's "lan Ross" in lower case shows (review 41).
 * Near miss: before a surname alone ("Ian Trites", "Lan Trites") the two
 * stay apart. */
static void test_misread_initial(void)
{
	const char *x = "Canada said First Secretary Ian Ross David Trites would leave India on Saturday.\n";
	const char *y = "The six were Patrick Hebert, Deputy High Commissioner; Lan Ross David Trites, First "
			"Secretary; and Paula Orjuela.\n";
	const char *z = "Those named were Marie Joly, lan Ross David Trites and Paula Orjuela.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(x, y, z, NULL);
	const CrFact *with_i = name_of(engine->facts, 0, x, "Ian Ross David Trites");
	const CrFact *with_l = assert_name_nth(engine->facts, 1, y, "Lan Ross David Trites", 0,
					       CR_FACT_PERSON, "Ian Ross David Trites");
	assert_linked(with_i, with_l);

	const char *near_x = "Canada said First Secretary Ian Trites would leave India on Saturday.\n";
	const char *near_y = "The six were Patrick Hebert, Deputy High Commissioner; Lan Trites, First "
			     "Secretary; and Paula Orjuela.\n";
	g_autoptr(CrEngine) near_engine = cr_test_engine(near_x, near_y, NULL);
	assert_name_nth(near_engine->facts, 1, near_y, "Lan Trites", 0, CR_FACT_PERSON, "Lan Trites");
}

/* heldout-indiaexpel (stop 41): "lan Ross David Trites", the I read as a
 * lower-case l, leaves a name of unknown kind of three words that ends
 * one person's full name in another report: it is that person. Near miss:
 * the three words end two persons' names ("Mark Ross David Trites"
 * too): the name takes neither. */
static void test_unknown_of_three_ends_a_full_name(void)
{
	const char *x = "Canada said First Secretary Ian Ross David Trites would leave India on Saturday.\n";
	const char *y =
	    "Those named were Patrick Hebert, Marie Joly, lan Ross David Trites and Paula Orjuela.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(x, y, NULL);
	const CrFact *full = name_of(engine->facts, 0, x, "Ian Ross David Trites");
	const CrFact *tail = assert_name_nth(engine->facts, 1, y, "Ross David Trites", 0, CR_FACT_PERSON,
					     "Ian Ross David Trites");
	assert_linked(full, tail);

	const char *other = "His brother Mark Ross David Trites said nothing on Saturday.\n";
	g_autoptr(CrEngine) near_engine = cr_test_engine(x, other, y, NULL);
	for (guint i = 0; i < near_engine->facts->len; i++) {
		const CrFact *f = &g_array_index(near_engine->facts, CrFact, i);
		if (f->doc == 2 && f->value)
			g_assert_false(g_str_has_suffix(f->value, " Ross David Trites"));
	}
}

/* heldout-airindia (stop 41): "Air India", whose first word is a common
 * English word, loses it where it opens a sentence or follows another
 * name ("Air India launched", "the Ahmedabad Air India crash"): the
 * "India" kept takes the name another report writes whole. Near misses:
 * two words no report writes as one name ("Air Canada") and an English
 * word in lower case ("by air India") leave the place alone. */
static void test_english_first_word_left_out(void)
{
	const char *x = "An Air India flight heading to London crashed after take-off on Thursday.\n";
	const char *y = "Modi called the crash heartbreaking. Air India launched help lines. The cause of "
			"the Ahmedabad Air India crash is unknown.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(x, y, NULL);
	const CrFact *whole = name_of(engine->facts, 0, x, "Air India");
	const CrFact *opening = assert_name_nth(engine->facts, 1, y, "India", 0, CR_FACT_PLACE, "Air India");
	assert_name_nth(engine->facts, 1, y, "India", 1, CR_FACT_PLACE, "Air India");
	assert_linked(whole, opening);

	const char *near = "Modi called the crash heartbreaking. Air Canada launched help lines. Aid went by "
			   "air India said on Thursday.\n";
	g_autoptr(CrEngine) near_engine = cr_test_engine(x, near, NULL);
	assert_name_nth(near_engine->facts, 1, near, "Canada", 0, CR_FACT_PLACE, "Canada");
	for (guint i = 0; i < near_engine->facts->len; i++) {
		const CrFact *f = &g_array_index(near_engine->facts, CrFact, i);
		if (f->doc == 1 && f->value)
			g_assert_cmpstr(f->value, !=, "Air India");
	}
}

/* Review 41: the words after a particle in lower case end a son's name
 * ("Mohammed bin Zayed Al Nahyan", "bin": son of) and name his father,
 * "Zayed Al Nahyan": a name of unknown kind of three words that ends the
 * son's name after "bin" is not the son. Near miss: after a capitalised
 * word ("Ian Ross David Trites") it is, as before. */
static void test_tail_after_particle(void)
{
	const char *x =
	    "Sheikh Mohammed bin Zayed Al Nahyan received Emmanuel Macron in Abu Dhabi on Tuesday.\n";
	const char *y =
	    "Emmanuel Macron laid a wreath at the tomb of Zayed Al Nahyan in Abu Dhabi on Tuesday.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(x, y, NULL);
	const CrFact *son = name_of(engine->facts, 0, x, "Mohammed bin Zayed Al Nahyan");
	gsize at = offset_of(y, "Zayed Al Nahyan", 0);
	const CrFact *father = name_at(engine->facts, 1, at, at + strlen("Zayed Al Nahyan"));
	if (father) {
		g_assert_cmpstr(father->value, ==, "Zayed Al Nahyan");
		assert_not_linked(son, father);
	}

	const char *near_x =
	    "Canada said First Secretary Ian Ross David Trites would leave India on Saturday.\n";
	const char *near_y =
	    "Those named were Patrick Hebert, Marie Joly, lan Ross David Trites and Paula Orjuela.\n";
	g_autoptr(CrEngine) near_engine = cr_test_engine(near_x, near_y, NULL);
	assert_name_nth(near_engine->facts, 1, near_y, "Ross David Trites", 0, CR_FACT_PERSON,
			"Ian Ross David Trites");
}

/* Review 41: "Lola Mary Brown" and "Iola Mary Brown", two names of their
 * own, differ by an I and an L too; no report writes "lola" in lower
 * case, the mark of the misreading, so the two stay apart. */
static void test_misread_initial_unseen(void)
{
	const char *x = "The prize went on Friday to Dr Lola Mary Brown, judges in Leeds said.\n";
	const char *y = "The show in Leeds was opened on Friday by Dr Iola Mary Brown, organisers said.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(x, y, NULL);
	const CrFact *lola =
	    assert_name_nth(engine->facts, 0, x, "Lola Mary Brown", 0, CR_FACT_PERSON, "Lola Mary Brown");
	const CrFact *iola = name_of(engine->facts, 1, y, "Iola Mary Brown");
	assert_not_linked(lola, iola);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/names/across/common-heads", test_names_with_common_heads);
	g_test_add_func("/names/across/two-word-bridge", test_two_word_form_bridges_longer_ones);
	g_test_add_func("/names/across/nationality-before-person", test_nationality_before_a_person);
	g_test_add_func("/names/across/words-and-reports", test_names_settled_by_the_words_and_reports);
	g_test_add_func("/names/across/surname", test_surname_resolved_across_reports);
	g_test_add_func("/names/across/shared-surname", test_shared_surname_stays_unresolved);
	g_test_add_func("/names/across/unknown-kind", test_names_of_unknown_kind_meet_across_reports);
	g_test_add_func("/names/across/longer-name", test_shorter_full_name_across_reports);
	g_test_add_func("/names/across/role", test_person_known_by_role);
	g_test_add_func("/names/across/shorter-org-name", test_shorter_org_name_across_reports);
	g_test_add_func("/names/across/surname-opens-company", test_surname_that_opens_a_company);
	g_test_add_func("/names/across/hyphen-or-space", test_hyphen_or_space);
	g_test_add_func("/names/across/double-barrelled", test_double_barrelled_surname_across_reports);
	g_test_add_func("/names/across/given-name-spelt-otherwise", test_given_name_spelt_otherwise);
	g_test_add_func("/names/across/recurring-unknown", test_recurring_names_of_unknown_kind);
	g_test_add_func("/names/across/recurring-strings-kept-once", test_recurring_strings_kept_once);
	g_test_add_func("/names/across/given-names-a-letter-apart", test_given_names_a_letter_apart);
	g_test_add_func("/names/across/role-ambiguous", test_role_without_one_holder_names_nobody);
	g_test_add_func("/names/across/body-described-in-lower-case", test_body_described_in_lower_case);
	g_test_add_func("/names/across/feature-in-lower-case", test_feature_in_lower_case);
	g_test_add_func("/names/across/kind-settled", test_kind_settled_across_reports);
	g_test_add_func("/names/across/sentence-start-recurs", test_sentence_start_name_recurs);
	g_test_add_func("/names/across/nationality-word-and-counted",
			test_nationality_word_and_counted_names);
	g_test_add_func("/names/across/title-of-common-words", test_title_of_common_words);
	g_test_add_func("/names/across/saint-written-short", test_saint_written_short);
	g_test_add_func("/names/across/ocean-half", test_ocean_half);
	g_test_add_func("/names/across/place-no-short-form", test_place_is_no_short_form_of_a_body);
	g_test_add_func("/names/across/middle-name-left-out", test_middle_name_left_out);
	g_test_add_func("/names/across/body-after-role-of", test_body_after_role_of);
	g_test_add_func("/names/across/saint-possessive", test_saint_possessive);
	g_test_add_func("/names/across/place-before-its-body", test_place_before_its_body);
	g_test_add_func("/names/across/body-of-another-place", test_body_of_another_place);
	g_test_add_func("/names/across/possessive-pair", test_possessive_pair_short_and_long);
	g_test_add_func("/names/across/run-naming-its-own-thing", test_run_naming_its_own_thing);
	g_test_add_func("/names/across/known-name-no-run-of-a-body", test_known_name_is_no_run_of_a_body);
	g_test_add_func("/names/across/misread-initial", test_misread_initial);
	g_test_add_func("/names/across/tail-after-particle", test_tail_after_particle);
	g_test_add_func("/names/across/misread-initial-unseen", test_misread_initial_unseen);
	g_test_add_func("/names/across/unknown-of-three-ends-a-full-name",
			test_unknown_of_three_ends_a_full_name);
	g_test_add_func("/names/across/english-first-word-left-out", test_english_first_word_left_out);
	return g_test_run();
}

/* Unit tests for people, organisations and places (extract_name.c). */
#include <string.h>

#include "crossread/extract.h"
#include "crossread/text.h"
#include "testlib.h"

/* --- helpers ------------------------------------------------------------- */

static gboolean is_name_kind(CrFactKind kind)
{
	return kind == CR_FACT_PERSON || kind == CR_FACT_ORG || kind == CR_FACT_PLACE;
}

/* The byte offset of the NTH (0-based) occurrence of NEEDLE in TEXT as
 * whole words ("Japan" is not in "Japanese"). */
static gsize offset_of(const char *text, const char *needle, guint nth)
{
	gsize len = strlen(needle);
	guint seen = 0;
	for (const char *p = strstr(text, needle); p; p = strstr(p + 1, needle)) {
		gboolean alone = (p == text || !g_ascii_isalnum(p[-1]) || !g_ascii_isalnum(needle[0])) &&
				 (!g_ascii_isalnum(p[len]) || !g_ascii_isalnum(needle[len - 1]));
		if (alone && seen++ == nth)
			return (gsize)(p - text);
	}
	g_error("\"%s\" (occurrence %u) is not in the text", needle, nth);
}

/* The name fact of document DOC spanning exactly [start,end), or NULL. */
static const CrFact *name_at(const GArray *facts, guint doc, gsize start, gsize end)
{
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->doc == doc && is_name_kind(f->kind) && f->start == start && f->end == end)
			return f;
	}
	return NULL;
}

/* Asserts that the NTH occurrence of NEEDLE in TEXT (document DOC) is one
 * name fact of KIND named VALUE, its key the folded value; returns it. */
static const CrFact *assert_name_nth(const GArray *facts, guint doc, const char *text, const char *needle,
				     guint nth, CrFactKind kind, const char *value)
{
	gsize start = offset_of(text, needle, nth);
	const CrFact *f = name_at(facts, doc, start, start + strlen(needle));
	if (!f)
		g_error("no name fact for \"%s\" (occurrence %u) at %" G_GSIZE_FORMAT, needle, nth, start);
	g_assert_cmpstr(cr_fact_kind_name(f->kind), ==, cr_fact_kind_name(kind));
	g_assert_cmpstr(f->value, ==, value);
	/* a key writes a hyphen inside a name as a space ("al-Assad") */
	g_autofree char *key = cr_text_fold(value);
	for (char *p = key; *p; p++)
		if (*p == '-' && p > key && g_ascii_isalpha(p[-1]) && g_ascii_isalpha(p[1]))
			*p = ' ';
	g_assert_cmpstr(f->key, ==, key);
	g_assert_cmpstr(f->text, ==, needle);
	return f;
}

static const CrFact *assert_name(const GArray *facts, const char *text, const char *needle, CrFactKind kind,
				 const char *value)
{
	return assert_name_nth(facts, 0, text, needle, 0, kind, value);
}

/* Asserts that no name fact of document 0 has the words WORDS. */
static void assert_no_name(const GArray *facts, const char *words)
{
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->doc == 0 && is_name_kind(f->kind) && strcmp(f->text, words) == 0)
			g_error("\"%s\" is a name (%s \"%s\")", words, cr_fact_kind_name(f->kind), f->value);
	}
}

/* Asserts that no name fact of document 0 covers any part of NEEDLE in TEXT. */
static void assert_nothing_in(const GArray *facts, const char *text, const char *needle)
{
	gsize start = offset_of(text, needle, 0), end = start + strlen(needle);
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->doc == 0 && is_name_kind(f->kind) && f->start < end && f->end > start)
			g_error("\"%s\" found in \"%s\"", f->text, needle);
	}
}

/* The name facts of one report, extracted alone. */
static GArray *names_of(const char *text)
{
	g_autoptr(CrDoc) doc = NULL;
	return cr_test_extract(text, cr_extract_names, &doc);
}

/* --- people -------------------------------------------------------------- */

static void test_titles_stripped(void)
{
	const char *text =
	    "Japanese Prime Minister Fumio Kishida said on Wednesday that Japan would not join. "
	    "NATO Secretary General Jens Stoltenberg and Russian President Vladimir Putin spoke. "
	    "Chinese foreign ministry spokesperson Mao Ning said the bloc was unwelcome. "
	    "Philadelphia Mayor Jim Kenney and Foreign Minister Yoshimasa Hayashi met.";
	g_autoptr(GArray) facts = names_of(text);

	assert_name(facts, text, "Fumio Kishida", CR_FACT_PERSON, "Fumio Kishida");
	assert_name(facts, text, "Jens Stoltenberg", CR_FACT_PERSON, "Jens Stoltenberg");
	assert_name(facts, text, "Vladimir Putin", CR_FACT_PERSON, "Vladimir Putin");
	assert_name(facts, text, "Mao Ning", CR_FACT_PERSON, "Mao Ning");
	assert_name(facts, text, "Jim Kenney", CR_FACT_PERSON, "Jim Kenney");
	assert_name(facts, text, "Yoshimasa Hayashi", CR_FACT_PERSON, "Yoshimasa Hayashi");
	assert_name(facts, text, "NATO", CR_FACT_ORG, "NATO");
	assert_name(facts, text, "Philadelphia", CR_FACT_PLACE, "Philadelphia");
	assert_name(facts, text, "Japan", CR_FACT_PLACE, "Japan");
	/* titles, roles and nationality adjectives are no names */
	assert_nothing_in(facts, text, "Japanese Prime Minister");
	assert_nothing_in(facts, text, "Secretary General");
	assert_nothing_in(facts, text, "Russian President");
	assert_nothing_in(facts, text, "Chinese foreign ministry spokesperson");
	assert_no_name(facts, "Mayor");
}

static void test_short_forms_within_report(void)
{
	const char *text = "Prime Minister Fumio Kishida spoke first. Mr. Kishida said he would go. "
			   "Kishida\xe2\x80\x99s comments came later, and Kishida's aides agreed. "
			   "\xe2\x80\x9cWe are ready,\xe2\x80\x9d Kishida told parliament.";
	g_autoptr(GArray) facts = names_of(text);

	assert_name(facts, text, "Fumio Kishida", CR_FACT_PERSON, "Fumio Kishida");
	for (guint nth = 1; nth <= 4; nth++) {
		const CrFact *f =
		    assert_name_nth(facts, 0, text, "Kishida", nth, CR_FACT_PERSON, "Fumio Kishida");
		g_assert_true(f->flags & CR_FACT_ALIAS);
	}
	/* the title and the possessive stay out of the span */
	assert_no_name(facts, "Mr. Kishida");
	assert_no_name(facts, "Kishida's");
	assert_no_name(facts, "Kishida\xe2\x80\x99s");
}

static void test_speaker_named_by_family_name(void)
{
	const char *text = "Foreign ministry spokesperson Mao Ning said the plan was unwelcome. "
			   "\xe2\x80\x9cWe oppose it,\xe2\x80\x9d Mao said.";
	g_autoptr(GArray) facts = names_of(text);

	assert_name_nth(facts, 0, text, "Mao", 1, CR_FACT_PERSON, "Mao Ning");
}

static void test_people_by_context(void)
{
	const char *text =
	    "In an interview, Willie Walsh, director-general of the association, said fares would rise. "
	    "Carsten Spohr, Chief Executive of Lufthansa, agreed. "
	    "The coach said Dario Velmont would start, and Pope Francis said a prayer.";
	g_autoptr(GArray) facts = names_of(text);

	assert_name(facts, text, "Willie Walsh", CR_FACT_PERSON, "Willie Walsh");
	assert_name(facts, text, "Carsten Spohr", CR_FACT_PERSON, "Carsten Spohr");
	assert_name(facts, text, "Lufthansa", CR_FACT_ORG, "Lufthansa");
	assert_name(facts, text, "Dario Velmont", CR_FACT_PERSON, "Dario Velmont");
	/* a pope's title is part of his name */
	assert_name(facts, text, "Pope Francis", CR_FACT_PERSON, "Pope Francis");
	assert_no_name(facts, "Chief Executive");
}

static void test_names_with_particles_and_accents(void)
{
	const char *text = "Jos\xc3\xa9 Mourinho said so. Sean O'Brien said no. "
			   "President Bashar al-Assad replied, and Ursula von der Leyen said yes. "
			   "They met in Rio de Janeiro and in S\xc3\xa3o Paulo.";
	g_autoptr(GArray) facts = names_of(text);

	const CrFact *f =
	    assert_name(facts, text, "Jos\xc3\xa9 Mourinho", CR_FACT_PERSON, "Jos\xc3\xa9 Mourinho");
	g_assert_cmpstr(f->key, ==, "jose mourinho");
	assert_name(facts, text, "Sean O'Brien", CR_FACT_PERSON, "Sean O'Brien");
	assert_name(facts, text, "Bashar al-Assad", CR_FACT_PERSON, "Bashar al-Assad");
	assert_name(facts, text, "Rio de Janeiro", CR_FACT_PLACE, "Rio de Janeiro");
	assert_name(facts, text, "S\xc3\xa3o Paulo", CR_FACT_PLACE, "S\xc3\xa3o Paulo");
}

static void test_invalid_utf8_next_to_names(void)
{
	const char *text = "Prime Minister Fumio Kishida\xff said so in \xfeTokyo\xc3 on time. "
			   "Kyodo\xff reported it.";
	g_autoptr(GArray) facts = names_of(text);

	assert_name(facts, text, "Fumio Kishida", CR_FACT_PERSON, "Fumio Kishida");
	assert_name(facts, text, "Tokyo", CR_FACT_PLACE, "Tokyo");
	assert_name(facts, text, "Kyodo", CR_FACT_ORG, "Kyodo");
}

/* --- what is not a name -------------------------------------------------- */

static void test_sentence_openers_are_not_names(void)
{
	const char *text =
	    "However, the talks failed. The President spoke in Tokyo. Earlier this month, "
	    "officials met. Speaking to reporters, he left. Officials said nothing. "
	    "Joining NATO places Finland under new rules. Asked about it, Japanese diplomats smiled. "
	    "In April, Finland joined.";
	g_autoptr(GArray) facts = names_of(text);

	assert_no_name(facts, "However");
	assert_no_name(facts, "The President");
	assert_no_name(facts, "President");
	assert_no_name(facts, "Earlier");
	assert_no_name(facts, "Speaking");
	assert_no_name(facts, "Officials");
	assert_no_name(facts, "Joining");
	assert_no_name(facts, "Joining NATO");
	assert_no_name(facts, "Asked");
	assert_no_name(facts, "Japanese");
	assert_no_name(facts, "In April");
	assert_name(facts, text, "Tokyo", CR_FACT_PLACE, "Tokyo");
	assert_name(facts, text, "NATO", CR_FACT_ORG, "NATO");
	assert_name_nth(facts, 0, text, "Finland", 1, CR_FACT_PLACE, "Finland");
}

static void test_lone_word_opening_a_sentence(void)
{
	/* "Velmont" opens a sentence; it is a name because it is also seen
	 * capitalised inside one. "Critics" never is. */
	const char *text = "Velmont said so. Critics said otherwise. Later, Minister Velmont left.";
	g_autoptr(GArray) facts = names_of(text);

	assert_no_name(facts, "Critics");
	assert_name_nth(facts, 0, text, "Velmont", 1, CR_FACT_PERSON, "Velmont");
	assert_name_nth(facts, 0, text, "Velmont", 0, CR_FACT_PERSON, "Velmont");
}

static void test_dates_events_and_texts_are_not_names(void)
{
	const char *text =
	    "On Monday, May 24, the group met in March and again on Sunday. "
	    "Joining places Finland under Article Five of the treaty, as after World War II. "
	    "Hurricane Ida struck. The Paris Agreement and the North Atlantic Treaty were cited.";
	g_autoptr(GArray) facts = names_of(text);

	assert_nothing_in(facts, text, "On Monday, May 24");
	assert_no_name(facts, "March");
	assert_no_name(facts, "Sunday");
	assert_nothing_in(facts, text, "Article Five");
	assert_nothing_in(facts, text, "World War II");
	assert_nothing_in(facts, text, "Hurricane Ida");
	assert_nothing_in(facts, text, "Paris Agreement");
	assert_nothing_in(facts, text, "North Atlantic Treaty");
	assert_name(facts, text, "Finland", CR_FACT_PLACE, "Finland");
}

static void test_headlines_keep_only_what_is_confirmed(void)
{
	const char *text =
	    "Japan Says It Will Not Join Military Alliance\n\n"
	    "Kishida Rules Out Joining Velmora Pact Council\n\n"
	    "Prime Minister Fumio Kishida said on Wednesday that his country would stay out.\n";
	g_autoptr(GArray) facts = names_of(text);

	assert_name(facts, text, "Japan", CR_FACT_PLACE, "Japan");
	const CrFact *f = assert_name(facts, text, "Kishida", CR_FACT_PERSON, "Fumio Kishida");
	g_assert_true(f->flags & CR_FACT_ALIAS);
	assert_nothing_in(facts, text, "Says It Will Not Join Military Alliance");
	assert_nothing_in(facts, text, "Rules Out Joining Velmora Pact Council");
}

static void test_shouting(void)
{
	const char *text = "NEW YORK, New York - U.S. stocks fell.\n\n"
			   "BREAKING NEWS: TOKYO REJECTS PLAN\n\n"
			   "TELL US MORE ABOUT IT\n";
	g_autoptr(GArray) facts = names_of(text);

	assert_name(facts, text, "NEW YORK", CR_FACT_PLACE, "New York");
	assert_name(facts, text, "New York", CR_FACT_PLACE, "New York");
	assert_name(facts, text, "U.S.", CR_FACT_PLACE, "United States");
	assert_name(facts, text, "TOKYO", CR_FACT_PLACE, "Tokyo");
	assert_nothing_in(facts, text, "TELL US MORE ABOUT IT");
	assert_nothing_in(facts, text, "BREAKING NEWS");
	assert_no_name(facts, "PLAN");
}

static void test_furniture_is_not_named(void)
{
	const char *text =
	    "Share This Article\n\nYour Opinion Matters\n\nThank You\n\nPlease Update your browser\n";
	g_autoptr(GArray) facts = names_of(text);

	g_assert_cmpuint(facts->len, ==, 0);
}

/* --- organisations and places ------------------------------------------ */

static void test_organisations(void)
{
	const char *text =
	    "The Tamton Ministry of Defence and the Bank of Japan agreed, the Estuary Voice Times "
	    "reported. Sony Pictures' film opened. Get the North Korea Times news daily. "
	    "Michigan's Department of Natural Resources said so.";
	g_autoptr(GArray) facts = names_of(text);

	assert_name(facts, text, "Tamton Ministry of Defence", CR_FACT_ORG, "Tamton Ministry of Defence");
	assert_name(facts, text, "Bank of Japan", CR_FACT_ORG, "Bank of Japan");
	assert_name(facts, text, "Estuary Voice Times", CR_FACT_ORG, "Estuary Voice Times");
	assert_name(facts, text, "Sony Pictures", CR_FACT_ORG, "Sony Pictures");
	assert_name(facts, text, "Department of Natural Resources", CR_FACT_ORG,
		    "Department of Natural Resources");
	/* a newspaper named after a country is no mention of the country */
	assert_name(facts, text, "North Korea Times", CR_FACT_ORG, "North Korea Times");
	assert_no_name(facts, "North Korea");
	assert_name(facts, text, "Michigan", CR_FACT_PLACE, "Michigan");
}

/* "of" before a person's full name does not join them to an organisation. */
static void test_organisation_of_a_person(void)
{
	const char *text = "The Civic Union of Daniel Moreau won 44 seats, and the University of Victoria "
			   "counted the votes.";
	g_autoptr(GArray) facts = names_of(text);

	assert_name(facts, text, "Civic Union", CR_FACT_ORG, "Civic Union");
	assert_name(facts, text, "Daniel Moreau", CR_FACT_PERSON, "Daniel Moreau");
	assert_no_name(facts, "Civic Union of Daniel Moreau");
	/* a given name alone after "of" may be a place */
	assert_name(facts, text, "University of Victoria", CR_FACT_ORG, "University of Victoria");
}

static void test_companies_and_datelines_with_dates(void)
{
	const char *text =
	    "CUPERTINO, California, June 5 (Reuters) - Apple Inc unveiled a headset. Analysts at "
	    "Morgan Stanley were cautious. Shares of Apple fell in Cupertino.";
	g_autoptr(GArray) facts = names_of(text);

	assert_name(facts, text, "CUPERTINO", CR_FACT_PLACE, "Cupertino");
	assert_name(facts, text, "California", CR_FACT_PLACE, "California");
	/* a company's legal form is left out of its key */
	assert_name(facts, text, "Apple Inc", CR_FACT_ORG, "Apple");
	assert_name_nth(facts, 0, text, "Apple", 1, CR_FACT_ORG, "Apple");
	/* a given name "at" a place or a body is no person */
	assert_nothing_in(facts, text, "Morgan Stanley");
}

static void test_acronyms(void)
{
	const char *text =
	    "Japan is not a member of the North Atlantic Treaty Organization (NATO), but NATO "
	    "plans an office. Willie Walsh of the International Air Transport Association (IATA) "
	    "spoke; IATA said fares would rise. The ABC said nothing.";
	g_autoptr(GArray) facts = names_of(text);

	assert_name(facts, text, "North Atlantic Treaty Organization", CR_FACT_ORG, "NATO");
	assert_name_nth(facts, 0, text, "NATO", 0, CR_FACT_ORG, "NATO");
	assert_name_nth(facts, 0, text, "NATO", 1, CR_FACT_ORG, "NATO");
	const char *iata = "International Air Transport Association";
	assert_name(facts, text, iata, CR_FACT_ORG, iata);
	assert_name_nth(facts, 0, text, "IATA", 0, CR_FACT_ORG, iata);
	const CrFact *f = assert_name_nth(facts, 0, text, "IATA", 1, CR_FACT_ORG, iata);
	g_assert_true(f->flags & CR_FACT_ALIAS);
	/* an acronym that speaks is a body */
	assert_name(facts, text, "ABC", CR_FACT_ORG, "ABC");
}

static void test_company_descriptors(void)
{
	const char *text =
	    "Priya Nandakumar, chief economist at Halden Securities, was cautious. Halvorsen Maritime ASA "
	    "said it would buy Pacifica Freight Lines, said Ingrid Solheim, Chief Executive Officer of "
	    "Halvorsen Maritime. Nordvale Energy collapsed. The energy of the crowd was high.";
	g_autoptr(GArray) facts = names_of(text);
	assert_name(facts, text, "Halden Securities", CR_FACT_ORG, "Halden Securities");
	/* a legal form is left out of the key, here as for "Inc" */
	assert_name(facts, text, "Halvorsen Maritime ASA", CR_FACT_ORG, "Halvorsen Maritime");
	assert_name(facts, text, "Pacifica Freight Lines", CR_FACT_ORG, "Pacifica Freight Lines");
	assert_name(facts, text, "Nordvale Energy", CR_FACT_ORG, "Nordvale Energy");
	/* a plural possessive inside a body's name; a country's possessive is
	 * the country's */
	const char *parties = "The Fishers' Alliance won five seats and the Workers\xe2\x80\x99 Party two. "
			      "Japan's Ministry of Defence said nothing.";
	g_autoptr(GArray) bodies = names_of(parties);
	assert_name(bodies, parties, "Fishers' Alliance", CR_FACT_ORG, "Fishers' Alliance");
	assert_name(bodies, parties, "Workers\xe2\x80\x99 Party", CR_FACT_ORG, "Workers\xe2\x80\x99 Party");
	assert_name(bodies, parties, "Japan", CR_FACT_PLACE, "Japan");
	assert_name(bodies, parties, "Ministry of Defence", CR_FACT_ORG, "Ministry of Defence");
	/* "River" opens a place as "Lake" and "Port" do */
	const char *river = "Floodwater swept through the town after the River Elm rose.";
	g_autoptr(GArray) rivers = names_of(river);
	assert_name(rivers, river, "River Elm", CR_FACT_PLACE, "River Elm");
	/* a role and the body it serves are two names */
	assert_name(facts, text, "Ingrid Solheim", CR_FACT_PERSON, "Ingrid Solheim");
	assert_name_nth(facts, 0, text, "Halvorsen Maritime", 1, CR_FACT_ORG, "Halvorsen Maritime");
	assert_no_name(facts, "Chief Executive Officer of Halvorsen Maritime");
}

static void test_people_by_apposition(void)
{
	const char *text =
	    "Carol Benning, 67, who worked there for years, wept. Its finance spokesman, "
	    "Dev Harcourt, said no. Rupert Allingham KC, for the defence, said he would appeal. "
	    "Ashbury MP Sandra Quayle and Kelby Rowe MP spoke. The town, Teriz, lies north.";
	g_autoptr(GArray) facts = names_of(text);
	assert_name(facts, text, "Carol Benning", CR_FACT_PERSON, "Carol Benning");
	assert_name(facts, text, "Dev Harcourt", CR_FACT_PERSON, "Dev Harcourt");
	/* letters after a name are not part of it */
	assert_name(facts, text, "Rupert Allingham", CR_FACT_PERSON, "Rupert Allingham");
	assert_name(facts, text, "Sandra Quayle", CR_FACT_PERSON, "Sandra Quayle");
	assert_name(facts, text, "Kelby Rowe", CR_FACT_PERSON, "Kelby Rowe");
	/* a comma after a word that is no role makes no person; nor does a year */
	assert_nothing_in(facts, text, "Teriz");
	const char *year = "The harbour board met in Kelbek, 2023, to vote.";
	g_autoptr(GArray) none = names_of(year);
	for (guint i = 0; i < none->len; i++)
		g_assert_cmpint(g_array_index(none, CrFact, i).kind, !=, CR_FACT_PERSON);
}

static void test_bodies_that_speak(void)
{
	const char *text = "The Kadrian Red Crescent said it had deployed 400 volunteers. The Marvel Trust "
			   "warned of delays. The Thames flooded the road.";
	g_autoptr(GArray) facts = names_of(text);
	/* a name after "the" that speaks is a body, not a person */
	assert_name(facts, text, "Kadrian Red Crescent", CR_FACT_ORG, "Kadrian Red Crescent");
	assert_name(facts, text, "Marvel Trust", CR_FACT_ORG, "Marvel Trust");
	assert_nothing_in(facts, text, "Thames");
}

static void test_acronym_by_initials(void)
{
	const char *text = "The Corvanian Reserve Bank cut rates. The CRB also lowered its forecast.";
	g_autoptr(GArray) facts = names_of(text);
	const CrFact *f = assert_name(facts, text, "CRB", CR_FACT_ORG, "Corvanian Reserve Bank");
	g_assert_true(f->flags & CR_FACT_ALIAS);
	/* two bodies of those initials: the acronym stands for neither */
	const char *two = "The Coastal Rail Board and the Corvanian Reserve Bank met. The CRB said no.";
	g_autoptr(GArray) both = names_of(two);
	assert_name(both, two, "CRB", CR_FACT_ORG, "CRB");
	/* nor does one whose initials differ */
	const char *other = "The Corvanian Reserve Bank met. The GMT clock said noon.";
	g_autoptr(GArray) none = names_of(other);
	assert_no_name(none, "GMT");
}

static void test_news_agencies_meet(void)
{
	g_autoptr(CrEngine) engine =
	    cr_test_engine("Kyodo news agency reported on Wednesday. Velmora news agency agreed.\n",
			   "Japan's Kyodo News said so. The Velmora News Agency said so too.\n", NULL);
	const char *a = "Kyodo news agency reported on Wednesday. Velmora news agency agreed.\n";
	const char *b = "Japan's Kyodo News said so. The Velmora News Agency said so too.\n";

	const CrFact *ka = assert_name_nth(engine->facts, 0, a, "Kyodo news agency", 0, CR_FACT_ORG, "Kyodo");
	const CrFact *kb = assert_name_nth(engine->facts, 1, b, "Kyodo News", 0, CR_FACT_ORG, "Kyodo");
	g_assert_cmpint(ka->group, >=, 0);
	g_assert_cmpint(ka->group, ==, kb->group);
	const CrFact *va =
	    assert_name_nth(engine->facts, 0, a, "Velmora news agency", 0, CR_FACT_ORG, "Velmora");
	const CrFact *vb =
	    assert_name_nth(engine->facts, 1, b, "Velmora News Agency", 0, CR_FACT_ORG, "Velmora");
	g_assert_cmpint(va->group, >=, 0);
	g_assert_cmpint(va->group, ==, vb->group);
	g_assert_cmpint(va->group, !=, ka->group);
}

static void test_places(void)
{
	const char *text =
	    "The summit is in Vilnius, Lithuania. Partners such as South Korea, Australia and "
	    "New Zealand, in the Asia-Pacific, and Eastern Europe came.\n\nTokyo/Beijing/Brussels\n\n"
	    "The Japan-US alliance and the US-led pact held across the Taiwan Strait. "
	    "The People's Republic of China objected.";
	g_autoptr(GArray) facts = names_of(text);

	assert_name(facts, text, "Vilnius", CR_FACT_PLACE, "Vilnius");
	assert_name(facts, text, "Lithuania", CR_FACT_PLACE, "Lithuania");
	assert_name(facts, text, "South Korea", CR_FACT_PLACE, "South Korea");
	assert_name(facts, text, "Australia", CR_FACT_PLACE, "Australia");
	assert_name(facts, text, "New Zealand", CR_FACT_PLACE, "New Zealand");
	assert_name(facts, text, "Asia-Pacific", CR_FACT_PLACE, "Asia-Pacific");
	assert_name(facts, text, "Eastern Europe", CR_FACT_PLACE, "Eastern Europe");
	assert_name(facts, text, "Tokyo", CR_FACT_PLACE, "Tokyo");
	assert_name(facts, text, "Beijing", CR_FACT_PLACE, "Beijing");
	assert_name(facts, text, "Brussels", CR_FACT_PLACE, "Brussels");
	assert_name(facts, text, "Japan", CR_FACT_PLACE, "Japan");
	assert_name_nth(facts, 0, text, "US", 0, CR_FACT_PLACE, "United States");
	assert_name_nth(facts, 0, text, "US", 1, CR_FACT_PLACE, "United States");
	assert_name(facts, text, "Taiwan Strait", CR_FACT_PLACE, "Taiwan Strait");
	assert_name(facts, text, "People's Republic of China", CR_FACT_PLACE, "China");
	assert_no_name(facts, "People");
	assert_no_name(facts, "Japan-US");
	/* a currency sign is no country */
	const char *money = "It will cost US$402m, or HK$3bn, in the US.";
	g_autoptr(GArray) cost = names_of(money);
	g_assert_cmpuint(cost->len, ==, 1);
	assert_name_nth(cost, 0, money, "US", 1, CR_FACT_PLACE, "United States");
}

static void test_group_of_seven(void)
{
	g_autoptr(CrEngine) engine = cr_test_engine("Japan hosted the Group of Seven summit.\n",
						    "Japan hosted the G7 summit.\n", NULL);
	const CrFact *a = assert_name_nth(engine->facts, 0, "Japan hosted the Group of Seven summit.\n",
					  "Group of Seven", 0, CR_FACT_ORG, "G7");
	const CrFact *b =
	    assert_name_nth(engine->facts, 1, "Japan hosted the G7 summit.\n", "G7", 0, CR_FACT_ORG, "G7");
	g_assert_cmpint(a->group, >=, 0);
	g_assert_cmpint(a->group, ==, b->group);
}

static void test_datelines(void)
{
	const char *text = "PORT ALDER, Kestria: Ferry services resumed on Monday.\n\n"
			   "VELMORA, May 24 (KNA) - The barrier will be built.\n\n"
			   "NEW YORK, New York - U.S. stocks fell.\n\n"
			   "IATA, the airline body, said fares would rise.\n";
	g_autoptr(GArray) facts = names_of(text);

	assert_name(facts, text, "PORT ALDER", CR_FACT_PLACE, "Port Alder");
	assert_name(facts, text, "Kestria", CR_FACT_PLACE, "Kestria");
	assert_name(facts, text, "VELMORA", CR_FACT_PLACE, "Velmora");
	assert_name(facts, text, "NEW YORK", CR_FACT_PLACE, "New York");
	assert_name(facts, text, "New York", CR_FACT_PLACE, "New York");
	/* an acronym opening a sentence is no dateline */
	assert_nothing_in(facts, text, "IATA");
}

static void test_places_by_context(void)
{
	const char *text = "Kestria's prime minister promised a barrier at Port Alder and Lake Orven. "
			   "Marrow's office was cited across the Grey Estuary.";
	g_autoptr(GArray) facts = names_of(text);

	assert_name(facts, text, "Kestria", CR_FACT_PLACE, "Kestria");
	assert_name(facts, text, "Port Alder", CR_FACT_PLACE, "Port Alder");
	assert_name(facts, text, "Lake Orven", CR_FACT_PLACE, "Lake Orven");
	assert_name(facts, text, "Grey Estuary", CR_FACT_PLACE, "Grey Estuary");
	/* what a person owns says nothing of a place */
	assert_no_name(facts, "Marrow");

	const char *where =
	    "A shopkeeper in Lowmarket and a fisherman from Orven Bay spoke. In Halloway's view, "
	    "Minister Ruben Halloway was right, a view shared in Halloway's office.";
	g_autoptr(GArray) found = names_of(where);
	assert_name(found, where, "Lowmarket", CR_FACT_PLACE, "Lowmarket");
	assert_name(found, where, "Orven Bay", CR_FACT_PLACE, "Orven Bay");
	assert_name_nth(found, 0, where, "Halloway", 0, CR_FACT_PERSON, "Ruben Halloway");
	assert_name_nth(found, 0, where, "Halloway", 2, CR_FACT_PERSON, "Ruben Halloway");

	/* lower-case words between hyphens join one name; a place the
	 * gazetteer knows inside it is no place of its own */
	const char *hyphens = "Water rose in Stratford-upon-Avon and in Southend-on-Sea, said Andrew "
			      "Lloyd-Webber, who lives in Al-Mansura.";
	g_autoptr(GArray) joined = names_of(hyphens);
	assert_name(joined, hyphens, "Stratford-upon-Avon", CR_FACT_PLACE, "Stratford-upon-Avon");
	assert_name(joined, hyphens, "Southend-on-Sea", CR_FACT_PLACE, "Southend-on-Sea");
	assert_name(joined, hyphens, "Andrew Lloyd-Webber", CR_FACT_PERSON, "Andrew Lloyd-Webber");
	assert_name(joined, hyphens, "Al-Mansura", CR_FACT_PLACE, "Al-Mansura");
	assert_no_name(joined, "Avon");
}

static void test_bodies_are_not_people(void)
{
	const char *text =
	    "The Estuary Trust warned of damage. Fishermen crossed the Grey Estuary, Prime Minister "
	    "Ilse Marrow announced. Lena Sorvik of Velmora University said so, and the Ministry of "
	    "Water and Coasts agreed.";
	g_autoptr(GArray) facts = names_of(text);

	assert_name(facts, text, "Estuary Trust", CR_FACT_ORG, "Estuary Trust");
	assert_name(facts, text, "Grey Estuary", CR_FACT_PLACE, "Grey Estuary");
	assert_name(facts, text, "Ilse Marrow", CR_FACT_PERSON, "Ilse Marrow");
	assert_name(facts, text, "Lena Sorvik", CR_FACT_PERSON, "Lena Sorvik");
	assert_name(facts, text, "Velmora University", CR_FACT_ORG, "Velmora University");
	assert_name(facts, text, "Ministry of Water and Coasts", CR_FACT_ORG, "Ministry of Water and Coasts");
	/* a name after "the" that speaks is no person */
	const char *speaks = "The Orven Fishing Cooperative said no, and the Kestrel Fund warned.";
	g_autoptr(GArray) more = names_of(speaks);
	for (guint i = 0; i < more->len; i++)
		g_assert_cmpint(g_array_index(more, CrFact, i).kind, !=, CR_FACT_PERSON);
}

/* --- across reports ------------------------------------------------------ */

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
	g_assert_cmpint(full->group, >=, 0);
	g_assert_cmpint(full->group, ==, short_form->group);
}

/* A double-barrelled surname alone, once, in another report is the
 * person's ("Bankman-Fried" for "Sam Bankman-Fried"). */
static void test_double_barrelled_surname_across_reports(void)
{
	const char *a = "Sam Bankman-Fried was convicted.\n";
	const char *b = "A jury found Bankman-Fried guilty on Thursday.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	gsize at_a = strstr(a, "Sam Bankman-Fried") - a, at_b = strstr(b, "Bankman-Fried") - b;
	const CrFact *full = name_at(engine->facts, 0, at_a, at_a + strlen("Sam Bankman-Fried"));
	const CrFact *alone = name_at(engine->facts, 1, at_b, at_b + strlen("Bankman-Fried"));
	g_assert_nonnull(full);
	g_assert_nonnull(alone);
	g_assert_cmpint(alone->kind, ==, CR_FACT_PERSON);
	g_assert_cmpstr(alone->value, ==, "Sam Bankman-Fried");
	g_assert_cmpint(full->group, >=, 0);
	g_assert_cmpint(full->group, ==, alone->group);
}

/* A name that nothing types, of one surname and a given name of the same
 * initial as a person another report names, is that person: a spelling
 * of the given name ("Yevgeniy") opening a sentence. */
static void test_given_name_spelt_otherwise(void)
{
	const char *a = "Later Yevgeniy Prigozhin took the city.\n";
	const char *b = "On Saturday, Yevgeny Prigozhin said he took the city.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	gsize at_a = strstr(a, "Yevgeniy Prigozhin") - a, at_b = strstr(b, "Yevgeny Prigozhin") - b;
	const CrFact *fa = name_at(engine->facts, 0, at_a, at_a + strlen("Yevgeniy Prigozhin"));
	const CrFact *fb = name_at(engine->facts, 1, at_b, at_b + strlen("Yevgeny Prigozhin"));
	g_assert_nonnull(fa);
	g_assert_nonnull(fb);
	g_assert_cmpint(fa->kind, ==, CR_FACT_PERSON);
	g_assert_cmpstr(fa->value, ==, "Yevgeny Prigozhin");
	g_assert_cmpint(fa->group, >=, 0);
	g_assert_cmpint(fa->group, ==, fb->group);
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

static void test_shorter_full_name_across_reports(void)
{
	const char *a = "President Tayyip Erdogan visited Hatay. Erdogan told reporters it was hard.\n";
	const char *b = "Turkish President Recep Tayyip Erdogan admitted shortcomings. Mr Erdogan left.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);

	const CrFact *shorter =
	    assert_name_nth(engine->facts, 0, a, "Tayyip Erdogan", 0, CR_FACT_PERSON, "Recep Tayyip Erdogan");
	const CrFact *longer = assert_name_nth(engine->facts, 1, b, "Recep Tayyip Erdogan", 0, CR_FACT_PERSON,
					       "Recep Tayyip Erdogan");
	g_assert_cmpint(shorter->group, >=, 0);
	g_assert_cmpint(shorter->group, ==, longer->group);
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
	g_assert_cmpint(fj->group, >=, 0);
	g_assert_cmpint(fj->group, ==, fm->group);
	assert_name_nth(engine->facts, 1, b, "Erdogan", 1, CR_FACT_PERSON, "Recep Tayyip Erdogan");

	/* a shorter name that ends two different longer ones stays itself */
	const char *c = "Minister Maria Kowalski spoke.\n";
	const char *d = "Senator Anna Maria Kowalski and Judge Eva Maria Kowalski replied.\n";
	g_autoptr(CrEngine) two = cr_test_engine(c, d, NULL);
	assert_name_nth(two->facts, 0, c, "Maria Kowalski", 0, CR_FACT_PERSON, "Maria Kowalski");
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
	g_assert_cmpint(fa->group, >=, 0);
	g_assert_cmpint(fa->group, ==, fb->group);
	g_assert_cmpint(fb->group, ==, fc->group);

	/* a company's first word alone stands for it when it is no English word,
	 * and for neither of two companies it opens */
	const char *x = "Shares of Halden Group fell after Corvel Capital sold its stake.\n";
	const char *y = "On Monday shares of Halden lost ground after the fund Corvel sold.\n";
	g_autoptr(CrEngine) company = cr_test_engine(x, y, NULL);
	const CrFact *fx =
	    assert_name_nth(company->facts, 0, x, "Halden Group", 0, CR_FACT_ORG, "Halden Group");
	const CrFact *fy = assert_name_nth(company->facts, 1, y, "Halden", 0, CR_FACT_ORG, "Halden Group");
	g_assert_cmpint(fx->group, >=, 0);
	g_assert_cmpint(fx->group, ==, fy->group);
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
	g_assert_cmpint(fh->group, >=, 0);
	g_assert_cmpint(fh->group, ==, fi->group);

	/* a name written on in lower case is the body another report writes
	 * in capitals */
	const char *j = "He was sentenced at Kingsreach Crown Court on Friday.\n";
	const char *k = "The jury at Kingsreach crown court took two days.\n";
	g_autoptr(CrEngine) lower = cr_test_engine(j, k, NULL);
	const CrFact *fj = assert_name_nth(lower->facts, 0, j, "Kingsreach Crown Court", 0, CR_FACT_ORG,
					   "Kingsreach Crown Court");
	const CrFact *fk = assert_name_nth(lower->facts, 1, k, "Kingsreach crown court", 0, CR_FACT_ORG,
					   "Kingsreach Crown Court");
	g_assert_cmpint(fj->group, >=, 0);
	g_assert_cmpint(fj->group, ==, fk->group);
}

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
	g_assert_cmpint(storm->group, >=, 0);
	g_assert_cmpint(storm->group, ==, storm_b->group);
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

/* What other words and reports tell: "Erling" opening a sentence is no
 * inflected English word ("Joining"); an acronym two reports write is a
 * body though never spelled out; "the Committee" is the one committee
 * named; "Jay Powell" and "Jerome Powell", in two reports, are one man. */
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
	g_assert_cmpint(nasdaq->group, >=, 0);
	g_assert_cmpint(nasdaq->group, ==, nasdaq_b->group);
	assert_name_nth(engine->facts, 0, a, "Committee", 1, CR_FACT_ORG, "Open Market Committee");
	assert_name_nth(engine->facts, 1, b, "Committee", 0, CR_FACT_ORG, "Open Market Committee");
	const CrFact *jay =
	    assert_name_nth(engine->facts, 1, b, "Jay Powell", 0, CR_FACT_PERSON, "Jerome Powell");
	const CrFact *jerome =
	    assert_name_nth(engine->facts, 0, a, "Jerome Powell", 0, CR_FACT_PERSON, "Jerome Powell");
	g_assert_cmpint(jay->group, ==, jerome->group);
	/* given names of other initials, or both in one report, stay apart */
	const char *c = "Mrs. Noel Holmes waited.\n";
	const char *d = "Mrs. Elizabeth Holmes spoke. Dr. Jane Doe and Dr. John Doe came.\n";
	const char *e = "Dr. Jane Doe left.\n";
	g_autoptr(CrEngine) two = cr_test_engine(c, d, e, NULL);
	assert_name_nth(two->facts, 0, c, "Noel Holmes", 0, CR_FACT_PERSON, "Noel Holmes");
	assert_name_nth(two->facts, 1, d, "John Doe", 0, CR_FACT_PERSON, "John Doe");
	assert_name_nth(two->facts, 2, e, "Jane Doe", 0, CR_FACT_PERSON, "Jane Doe");
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
	g_assert_cmpint(fa->group, >=, 0);
	g_assert_cmpint(fa->group, ==, fb->group);
	g_assert_cmpint(fb->group, ==, fc->group);
	g_autoptr(CrEngine) two = cr_test_engine(a, b, NULL);
	for (guint i = 0; i < two->facts->len; i++)
		g_assert_cmpstr(g_array_index(two->facts, CrFact, i).text, !=, "Ataturk Olimpiyat Stadium");
}

/* A nationality or a place and a lower-case body a nation or a place has
 * one of name that body: "the Chilean government" in two reports is one
 * organisation; "a Chilean port" is none. */
static void test_national_bodies(void)
{
	const char *a = "The Chilean government and a Chilean port agreed.\n";
	const char *b = "Talks went on, the Chilean government said.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	const char *body = "Chilean government";
	const CrFact *fa = assert_name_nth(engine->facts, 0, a, body, 0, CR_FACT_ORG, body);
	const CrFact *fb = assert_name_nth(engine->facts, 1, b, body, 0, CR_FACT_ORG, body);
	g_assert_cmpint(fa->group, >=, 0);
	g_assert_cmpint(fa->group, ==, fb->group);
	assert_no_name(engine->facts, "Chilean port");
	/* after a place too: "Moscow police" is the "Moscow Police" */
	const char *c = "Officers of the Moscow Police searched the house.\n";
	const char *d = "On Friday Moscow police said an arrest was made.\n";
	g_autoptr(CrEngine) police = cr_test_engine(c, d, NULL);
	const CrFact *fc =
	    assert_name_nth(police->facts, 0, c, "Moscow Police", 0, CR_FACT_ORG, "Moscow Police");
	const CrFact *fd =
	    assert_name_nth(police->facts, 1, d, "Moscow police", 0, CR_FACT_ORG, "Moscow police");
	g_assert_cmpint(fc->group, >=, 0);
	g_assert_cmpint(fc->group, ==, fd->group);
	/* one ministry: a word before "ministry" is part of the body */
	const char *e = "Chinese Foreign Ministry spokesman Wang Wenbin said Beijing was opposed.\n";
	const char *f = "The Chinese foreign ministry said it was opposed.\n";
	g_autoptr(CrEngine) ministry = cr_test_engine(e, f, NULL);
	gsize at = strstr(f, "Chinese foreign ministry") - f;
	const CrFact *ff = name_at(ministry->facts, 1, at, at + strlen("Chinese foreign ministry"));
	g_assert_nonnull(ff);
	g_assert_cmpint(ff->group, >=, 0);
}

/* An acronym one report defines, written as a word in another ("Tepco"),
 * is that organisation; an English word is not ("Nest" for "NEST"). */
static void test_acronym_written_as_a_word(void)
{
	const char *a = "The Tokyo Electric Power Company (TEPCO) released water. The Northern Energy "
			"Storage Trust (NEST) agreed.\n";
	const char *b = "On Thursday, Tepco released more water, and the nest was empty, officials said.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	gsize at = strstr(b, "Tepco") - b;
	const CrFact *f = name_at(engine->facts, 1, at, at + strlen("Tepco"));
	g_assert_nonnull(f);
	g_assert_cmpint(f->kind, ==, CR_FACT_ORG);
	g_assert_cmpint(f->group, >=, 0);
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
	gsize at_u = strstr(u, "U.S. Coast Guard") - u, at_v = strstr(v, "US Coast Guard") - v;
	const CrFact *fu = name_at(guard->facts, 0, at_u, at_u + strlen("U.S. Coast Guard"));
	const CrFact *fv = name_at(guard->facts, 1, at_v, at_v + strlen("US Coast Guard"));
	g_assert_nonnull(fu);
	g_assert_nonnull(fv);
	g_assert_cmpint(fu->group, >=, 0);
	g_assert_cmpint(fu->group, ==, fv->group);
	gsize at_sec = strstr(u, "SEC") - u;
	const CrFact *sec = name_at(guard->facts, 0, at_sec, at_sec + 3);
	g_assert_nonnull(sec);
	g_assert_cmpint(sec->kind, ==, CR_FACT_ORG);

	const char *a = "Rescuers reached villages near Al Haouz, officials said.\n";
	const char *b = "Rescuers reached villages near Al-Haouz, officials said.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, NULL);
	gsize at_a = strstr(a, "Al Haouz") - a, at_b = strstr(b, "Al-Haouz") - b;
	const CrFact *fa = name_at(engine->facts, 0, at_a, at_a + strlen("Al Haouz"));
	const CrFact *fb = name_at(engine->facts, 1, at_b, at_b + strlen("Al-Haouz"));
	g_assert_nonnull(fa);
	g_assert_nonnull(fb);
	g_assert_cmpint(fa->group, >=, 0);
	g_assert_cmpint(fa->group, ==, fb->group);
	/* the Arabic article in lower case opens the name it is joined to */
	const char *c = "Rescuers reached villages near al-Haouz, officials said.\n";
	g_autoptr(CrEngine) article = cr_test_engine(a, c, NULL);
	gsize at_c = strstr(c, "al-Haouz") - c;
	const CrFact *fc = name_at(article->facts, 1, at_c, at_c + strlen("al-Haouz"));
	g_assert_nonnull(fc);
	g_assert_cmpint(fc->group, >=, 0);
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
	/* one report's unknown word, and a word the lexicon knows, stay no name */
	assert_no_name(engine->facts, "Zorvath");
	assert_no_name(engine->facts, "Western");

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
	g_assert_cmpint(ca->group, >=, 0);
	g_assert_cmpint(ca->group, ==, cb->group);
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

	/* an organisation written in lower case is that organisation */
	const char *i = "Yesterday the Emergency Committee met for the 15th time in Geneva.\n";
	const char *j = "The emergency committee advised the director that the crisis was over.\n";
	g_autoptr(CrEngine) committee = cr_test_engine(i, j, NULL);
	const CrFact *ei = assert_name_nth(committee->facts, 0, i, "Emergency Committee", 0, CR_FACT_ORG,
					   "Emergency Committee");
	const CrFact *ej = assert_name_nth(committee->facts, 1, j, "emergency committee", 0, CR_FACT_ORG,
					   "Emergency Committee");
	g_assert_cmpint(ei->group, >=, 0);
	g_assert_cmpint(ei->group, ==, ej->group);

	/* a shorter form of a place before its generic word is that place */
	const char *k = "Most of the victims were from the Gwangju metropolitan area and South Jeolla "
			"province, while two were from Thailand.\n";
	const char *l = "The plane crashed in Muan county, South Jeolla Province, on Sunday morning.\n";
	g_autoptr(CrEngine) province = cr_test_engine(k, l, NULL);
	const CrFact *pk =
	    assert_name_nth(province->facts, 0, k, "South Jeolla", 0, CR_FACT_PLACE, "South Jeolla Province");
	const CrFact *pl = assert_name_nth(province->facts, 1, l, "South Jeolla Province", 0, CR_FACT_PLACE,
					   "South Jeolla Province");
	g_assert_cmpint(pk->group, >=, 0);
	g_assert_cmpint(pk->group, ==, pl->group);
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
	g_assert_cmpint(desc->group, >=, 0);
	g_assert_cmpint(desc->group, ==, named->group);
	assert_name_nth(engine->facts, 0, a, "United States", 0, CR_FACT_PLACE, "United States");
	assert_name_nth(engine->facts, 1, b, "Nikkei Asia", 0, CR_FACT_ORG, "Nikkei Asia");
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

/* --- the seed reports --------------------------------------------------- */

typedef struct {
	const char *file;
	CrFactKind kind;
	const char *text;
	const char *value;
} SeedName;

/* The document index of FILE among ENGINE's documents. */
static guint seed_doc(const CrEngine *engine, const char *file)
{
	for (guint d = 0; d < engine->docs->len; d++) {
		const CrDoc *doc = g_ptr_array_index(engine->docs, d);
		if (g_str_has_prefix(doc->label, file))
			return d;
	}
	g_error("no seed report %s", file);
}

static void test_seed_reports(void)
{
	const char *dir = cr_test_seeds_dir();
	if (!dir)
		return;
	static const char *const files[] = {
		"000_1430dbf7c8925e8c.txt", "001_3a7587b17c9bb9cc.txt", "002_feffdca9e14c5f0a.txt",
		"003_7eb94e328bf5e46b.txt", "004_1aeeccb6f13d94ad.txt",
	};
	static const SeedName expected[] = {
		{ "000", CR_FACT_PERSON, "Fumio Kishida", "Fumio Kishida" },
		{ "000", CR_FACT_PERSON, "Kishida", "Fumio Kishida" },
		{ "004", CR_FACT_PERSON, "Kishida", "Fumio Kishida" },
		{ "000", CR_FACT_PERSON, "Mao Ning", "Mao Ning" },
		{ "004", CR_FACT_PERSON, "Mao Ning", "Mao Ning" },
		{ "000", CR_FACT_PERSON, "Jens Stoltenberg", "Jens Stoltenberg" },
		{ "004", CR_FACT_PERSON, "Stoltenberg", "Jens Stoltenberg" },
		{ "003", CR_FACT_PERSON, "Vladimir Putin", "Vladimir Putin" },
		{ "002", CR_FACT_PERSON, "Sergei Lavrov", "Sergei Lavrov" },
		{ "002", CR_FACT_PERSON, "Lavrov", "Sergei Lavrov" },
		{ "004", CR_FACT_PERSON, "Yoshimasa Hayashi", "Yoshimasa Hayashi" },
		{ "004", CR_FACT_PERSON, "Hayashi", "Yoshimasa Hayashi" },
		{ "000", CR_FACT_PLACE, "Tokyo", "Tokyo" },
		{ "003", CR_FACT_PLACE, "Lithuania", "Lithuania" },
		{ "000", CR_FACT_PLACE, "Hiroshima", "Hiroshima" },
		{ "004", CR_FACT_PLACE, "Ukraine", "Ukraine" },
		{ "001", CR_FACT_PLACE, "South Korea", "South Korea" },
		{ "003", CR_FACT_PLACE, "Australia", "Australia" },
		{ "004", CR_FACT_PLACE, "New Zealand", "New Zealand" },
		{ "000", CR_FACT_PLACE, "Brussels", "Brussels" },
		{ "000", CR_FACT_ORG, "Kyodo news agency", "Kyodo" },
		{ "002", CR_FACT_ORG, "Kyodo News", "Kyodo" },
		{ "004", CR_FACT_ORG, "Kyodo news agency", "Kyodo" },
		{ "000", CR_FACT_ORG, "Reuters", "Reuters" },
		{ "000", CR_FACT_ORG, "Group of Seven", "G7" },
		{ "002", CR_FACT_ORG, "G7", "G7" },
		{ "001", CR_FACT_ORG, "Nikkei Asia", "Nikkei Asia" },
		{ "003", CR_FACT_PERSON, "Koji Tomita", "Koji Tomita" },
		{ "000", CR_FACT_PERSON, "Japanese ambassador to the United States", "Koji Tomita" },
		{ "003", CR_FACT_PERSON, "Japanese Ambassador to the US Koji Tomita", "Koji Tomita" },
	};
	g_autofree char **paths = g_new0(char *, G_N_ELEMENTS(files) + 1);
	for (gsize i = 0; i < G_N_ELEMENTS(files); i++)
		paths[i] = g_build_filename(dir, files[i], NULL);
	g_autoptr(GError) error = NULL;
	GPtrArray *docs = cr_engine_load(paths, G_N_ELEMENTS(files), &error);
	g_assert_no_error(error);
	g_autoptr(CrEngine) engine = cr_engine_run(docs);
	for (gsize i = 0; i < G_N_ELEMENTS(files); i++)
		g_free(paths[i]);

	for (gsize i = 0; i < G_N_ELEMENTS(expected); i++) {
		const SeedName *e = &expected[i];
		guint doc = seed_doc(engine, e->file);
		const CrFact *f = cr_test_find_fact(engine->facts, doc, e->kind, e->text);
		if (!f)
			g_error("seed %s: no %s fact \"%s\"", e->file, cr_fact_kind_name(e->kind), e->text);
		g_assert_cmpstr(f->value, ==, e->value);
	}
	/* Kishida is one person in all five reports, Stoltenberg another */
	const CrFact *kishida =
	    cr_test_find_fact(engine->facts, seed_doc(engine, "000"), CR_FACT_PERSON, "Kishida");
	const CrFact *jens =
	    cr_test_find_fact(engine->facts, seed_doc(engine, "000"), CR_FACT_PERSON, "Jens Stoltenberg");
	g_assert_cmpint(kishida->group, >=, 0);
	g_assert_cmpint(kishida->group, !=, jens->group);
	for (guint d = 0; d < engine->docs->len; d++) {
		const CrFact *f = cr_test_find_fact(engine->facts, d, CR_FACT_PERSON, "Fumio Kishida");
		g_assert_nonnull(f);
		g_assert_cmpint(f->group, ==, kishida->group);
	}
	/* "Japanese" is an adjective, not Japan */
	g_assert_null(cr_test_find_fact(engine->facts, seed_doc(engine, "000"), CR_FACT_PLACE, "Japanese"));
}

/* --- the gazetteer -------------------------------------------------------- */

static void test_gazetteer_is_well_formed(void)
{
	static const char *const kinds[] = { "place", "org", "nationality", "given" };
	g_autofree char *path = g_build_filename(g_getenv("top_srcdir") ? g_getenv("top_srcdir") : ".",
						 "data", "gazetteer.tsv", NULL);
	g_autofree char *contents = NULL;
	g_autoptr(GError) error = NULL;
	g_assert_true(g_file_get_contents(path, &contents, NULL, &error));
	g_assert_no_error(error);
	g_auto(GStrv) lines = g_strsplit(contents, "\n", -1);
	g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	guint entries = 0;

	for (guint i = 0; lines[i]; i++) {
		if (!*lines[i] || lines[i][0] == '#')
			continue;
		g_auto(GStrv) fields = g_strsplit(lines[i], "\t", -1);
		guint n = g_strv_length(fields);
		if (n < 2 || n > 3 || !g_strv_contains(kinds, fields[0]) || !*fields[1])
			g_error("gazetteer line %u is malformed: %s", i + 1, lines[i]);
		entries++;
		g_autofree char *all =
		    n == 3 ? g_strconcat(fields[1], "|", fields[2], NULL) : g_strdup(fields[1]);
		g_auto(GStrv) names = g_strsplit(all, "|", -1);
		for (guint k = 0; names[k]; k++) {
			g_assert_cmpstr(names[k], !=, "");
			g_autofree char *key = cr_text_fold(names[k]);
			const char *owner = g_hash_table_lookup(seen, key);
			if (owner && strcmp(owner, fields[1]) != 0)
				g_error("gazetteer: \"%s\" names both %s and %s", names[k], owner, fields[1]);
			g_hash_table_insert(seen, g_steal_pointer(&key), g_strdup(fields[1]));
		}
	}
	g_assert_cmpuint(entries, >, 500);
}

/* --- size ------------------------------------------------------------------ */

static void test_large_report(void)
{
	/* The same paragraph many times: as many names each time, none lost or
	 * made up at block boundaries. */
	const char *para = "Prime Minister Ilse Marrow met NATO officials in Port Alder, Velmora, and Marrow "
			   "said the Velmora News Agency would report. However, critics said no.\n\n";
	const guint copies = 2000;
	GString *text = g_string_new(NULL);
	for (guint i = 0; i < copies; i++)
		g_string_append(text, para);
	g_autoptr(GArray) one = names_of(para);
	g_autoptr(GArray) many = names_of(text->str);
	g_string_free(text, TRUE);

	g_assert_cmpuint(one->len, >, 3);
	g_assert_cmpuint(many->len, ==, one->len * copies);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/names/person/titles-stripped", test_titles_stripped);
	g_test_add_func("/names/person/short-forms", test_short_forms_within_report);
	g_test_add_func("/names/person/family-name-speaker", test_speaker_named_by_family_name);
	g_test_add_func("/names/person/context", test_people_by_context);
	g_test_add_func("/names/person/particles-accents", test_names_with_particles_and_accents);
	g_test_add_func("/names/invalid-utf8", test_invalid_utf8_next_to_names);
	g_test_add_func("/names/not/sentence-openers", test_sentence_openers_are_not_names);
	g_test_add_func("/names/not/lone-opener", test_lone_word_opening_a_sentence);
	g_test_add_func("/names/not/dates-events", test_dates_events_and_texts_are_not_names);
	g_test_add_func("/names/across/common-heads", test_names_with_common_heads);
	g_test_add_func("/names/across/two-word-bridge", test_two_word_form_bridges_longer_ones);
	g_test_add_func("/names/across/words-and-reports", test_names_settled_by_the_words_and_reports);
	g_test_add_func("/names/not/furniture", test_furniture_is_not_named);
	g_test_add_func("/names/headlines", test_headlines_keep_only_what_is_confirmed);
	g_test_add_func("/names/shouting", test_shouting);
	g_test_add_func("/names/org/kinds", test_organisations);
	g_test_add_func("/names/org/of-a-person", test_organisation_of_a_person);
	g_test_add_func("/names/org/acronyms", test_acronyms);
	g_test_add_func("/names/org/companies", test_companies_and_datelines_with_dates);
	g_test_add_func("/names/org/news-agencies", test_news_agencies_meet);
	g_test_add_func("/names/org/company-descriptors", test_company_descriptors);
	g_test_add_func("/names/org/bodies-that-speak", test_bodies_that_speak);
	g_test_add_func("/names/org/acronym-by-initials", test_acronym_by_initials);
	g_test_add_func("/names/person/apposition", test_people_by_apposition);
	g_test_add_func("/names/org/group-of-seven", test_group_of_seven);
	g_test_add_func("/names/place/kinds", test_places);
	g_test_add_func("/names/place/datelines", test_datelines);
	g_test_add_func("/names/place/context", test_places_by_context);
	g_test_add_func("/names/org/not-people", test_bodies_are_not_people);
	g_test_add_func("/names/across/surname", test_surname_resolved_across_reports);
	g_test_add_func("/names/across/shared-surname", test_shared_surname_stays_unresolved);
	g_test_add_func("/names/across/unknown-kind", test_names_of_unknown_kind_meet_across_reports);
	g_test_add_func("/names/across/longer-name", test_shorter_full_name_across_reports);
	g_test_add_func("/names/across/role", test_person_known_by_role);
	g_test_add_func("/names/across/shorter-org-name", test_shorter_org_name_across_reports);
	g_test_add_func("/names/across/surname-opens-company", test_surname_that_opens_a_company);
	g_test_add_func("/names/org/national-bodies", test_national_bodies);
	g_test_add_func("/names/org/acronym-as-word", test_acronym_written_as_a_word);
	g_test_add_func("/names/across/hyphen-or-space", test_hyphen_or_space);
	g_test_add_func("/names/across/double-barrelled", test_double_barrelled_surname_across_reports);
	g_test_add_func("/names/across/given-name-spelt-otherwise", test_given_name_spelt_otherwise);
	g_test_add_func("/names/across/recurring-unknown", test_recurring_names_of_unknown_kind);
	g_test_add_func("/names/across/role-ambiguous", test_role_without_one_holder_names_nobody);
	g_test_add_func("/names/seeds", test_seed_reports);
	g_test_add_func("/names/gazetteer", test_gazetteer_is_well_formed);
	g_test_add_func("/names/large", test_large_report);
	return g_test_run();
}

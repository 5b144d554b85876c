/* Unit tests for links between reports of different events (branch
 * engine39, bench/cross-event.py): facts of one shape that two stories
 * both have, which must not link unless their sentences say they are one. */
#include "align-hand.h"

/* "the first time" of an election and "the first Black female" justice of
 * a court ruling are two facts (a common ordinal, first to fourth, that
 * ranks different nouns needs ORDINAL_CONTEXT words); one team's "third
 * time" and "third title" share three words and link, and so do a higher
 * rank's two nouns ("eighth title", "eighth Wimbledon"). */
static void test_common_ordinals_of_two_nouns(void)
{
	g_autoptr(CrEngine) apart = cr_test_engine(
	    "Voters in the north turned out for the first time since the war, officials said.\n",
	    "She became the first Black female justice of the court, officials said.\n", NULL);
	assert_not_linked(engine_fact(apart, 0, CR_FACT_NUMBER, "first time", 0),
			  engine_fact(apart, 1, CR_FACT_NUMBER, "first Black female", 0));

	g_autoptr(CrEngine) one =
	    cr_test_engine("Manchester City won the Champions League for the third time in Istanbul.\n",
			   "In Istanbul, Manchester City lifted their third title in the Champions League.\n",
			   "Djokovic was chasing his eighth title at the All England Club.\n",
			   "Djokovic was chasing an eighth Wimbledon crown.\n", NULL);
	assert_linked(engine_fact(one, 0, CR_FACT_NUMBER, "third time", 0),
		      engine_fact(one, 1, CR_FACT_NUMBER, "third title", 0));
	assert_linked(engine_fact(one, 2, CR_FACT_NUMBER, "eighth title", 0),
		      engine_fact(one, 3, CR_FACT_NUMBER, "eighth Wimbledon", 0));
}

/* One fact ranked with two words English has for one thing ("second
 * straight title", "second consecutive crown"; "first Black woman",
 * "first Black female justice") links on the word the sentences share, as
 * an ordinal of one noun does (branch reveng39, review finding 3). */
static void test_ordinals_of_one_noun_written_two_ways(void)
{
	g_autoptr(CrEngine) one =
	    cr_test_engine("Manchester City won a second straight title on Sunday.\n",
			   "The crowd cheered Manchester City's second consecutive crown.\n",
			   "Jackson became the first Black woman on the Supreme Court.\n",
			   "Ketanji Brown Jackson, the first Black female justice, was sworn in.\n", NULL);
	assert_linked(engine_fact(one, 0, CR_FACT_NUMBER, "second straight", 0),
		      engine_fact(one, 1, CR_FACT_NUMBER, "second consecutive", 0));
	assert_linked(engine_fact(one, 2, CR_FACT_NUMBER, "first Black woman", 0),
		      engine_fact(one, 3, CR_FACT_NUMBER, "first Black female", 0));
}

/* ORDINAL_COMMON's bound: of the same two sentences, a "fourth time" and
 * a "fourth title" share too few words (two stories' "officials said"),
 * a "fifth time" and a "fifth title" link on them, as a rank that rare
 * does (branch reveng39, review finding 8). */
static void test_ordinal_rank_bound(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "Voters in the north turned out for the fourth time since the war, officials said.\n",
	    "She won her fourth title at the court, officials said.\n",
	    "Voters in the north turned out for the fifth time since the war, officials said.\n",
	    "She won her fifth title at the court, officials said.\n", NULL);
	assert_not_linked(engine_fact(e, 0, CR_FACT_NUMBER, "fourth time", 0),
			  engine_fact(e, 1, CR_FACT_NUMBER, "fourth title", 0));
	assert_linked(engine_fact(e, 2, CR_FACT_NUMBER, "fifth time", 0),
		      engine_fact(e, 3, CR_FACT_NUMBER, "fifth title", 0));
}

/* The words ORDINAL_CONTEXT asks of two ordinals of two nouns only cut:
 * beside other amounts of one unit that they do not share ("$2.1 billion",
 * "$3.4 billion"), a "first half" and a "first round" still need the
 * words any small count there needs (branch reveng39, review finding 1). */
static void test_ordinals_beside_unshared_amounts(void)
{
	g_autoptr(CrEngine) apart =
	    cr_test_engine("Kestrel Bank profit rose to $2.1 billion in the first half.\n",
			   "Kestrel Bank profit rose to $3.4 billion in the first round.\n", NULL);
	assert_not_linked(engine_fact(apart, 0, CR_FACT_NUMBER, "first half", 0),
			  engine_fact(apart, 1, CR_FACT_NUMBER, "first round", 0));
}

/* A weekday written alone takes its day from a publication date (the
 * other report's when its own has none): it links to another report's
 * day only when the two reports share another fact that is no place. A
 * court's "Tuesday" and a storm's, a bank closed "on 10 March" and a board
 * that met "on Friday" (in London both) stay apart; a bank shut "on
 * Friday" links to the dated report of that bank's closing. */
static void test_weekdays_of_two_stories(void)
{
	g_autoptr(CrEngine) alone =
	    cr_test_engine("The court ruled on Tuesday that the ban on the app stands.\n",
			   "The storm flooded the valley on Tuesday, officials said.\n", NULL);
	assert_not_linked(engine_fact(alone, 0, CR_FACT_DATE, "Tuesday", 0),
			  engine_fact(alone, 1, CR_FACT_DATE, "Tuesday", 0));

	g_autoptr(CrEngine) borrowed = cr_test_engine(
	    "LONDON, March 10, 2023 - Regulators closed Kestrel Bank on 10 March, the Treasury said.\n",
	    "In London, the board of Aldwych Media fired its chief executive on Friday.\n",
	    "LONDON, March 10, 2023 - Regulators closed Kestrel Bank on 10 March, the Treasury said.\n",
	    "Kestrel Bank was shut down by regulators on Friday.\n", NULL);
	assert_not_linked(engine_fact(borrowed, 0, CR_FACT_DATE, "10 March", 0),
			  engine_fact(borrowed, 1, CR_FACT_DATE, "Friday", 0));
	assert_linked(engine_fact(borrowed, 2, CR_FACT_DATE, "10 March", 0),
		      engine_fact(borrowed, 3, CR_FACT_DATE, "Friday", 0));

	g_autoptr(CrEngine) one = cr_test_engine("Kestrian Airways cancelled 40 flights on Tuesday.\n",
						 "On Tuesday, Kestrian Airways said the strike grounded its "
						 "planes.\n",
						 NULL);
	assert_linked(engine_fact(one, 0, CR_FACT_DATE, "Tuesday", 0),
		      engine_fact(one, 1, CR_FACT_DATE, "Tuesday", 0));
}

/* Two reports that share two places and nothing else ("Ottawa",
 * "Canada") tell one story: their weekdays alone stay linked; one place
 * alone ("London") is not enough (test_weekdays_of_two_stories()). */
static void test_weekdays_of_reports_sharing_places(void)
{
	g_autoptr(CrEngine) one =
	    cr_test_engine("Lawmakers in Ottawa passed Canada's budget on Monday, Chrystia Freeland said.\n",
			   "In Ottawa, the parliament of Canada approved the spending plan on Monday, the "
			   "finance minister said.\n",
			   NULL);
	assert_linked(engine_fact(one, 0, CR_FACT_DATE, "Monday", 0),
		      engine_fact(one, 1, CR_FACT_DATE, "Monday", 0));
}

/* Two reports of one story that share a fact ("Aldwych Media") keep
 * their "Friday"s linked, but not a third story's dated "10 March" that
 * shares nothing with either (branch reveng39, review finding 4). */
static void test_weekdays_beside_another_story(void)
{
	g_autoptr(CrEngine) mixed = cr_test_engine(
	    "LONDON, March 10, 2023 - Regulators closed Kestrel Bank on 10 March, the Treasury said.\n",
	    "The board of Aldwych Media fired its chief executive on Friday.\n",
	    "Aldwych Media said on Friday that its chief executive had left.\n", NULL);
	assert_not_linked(engine_fact(mixed, 0, CR_FACT_DATE, "10 March", 0),
			  engine_fact(mixed, 1, CR_FACT_DATE, "Friday", 0));
	assert_linked(engine_fact(mixed, 1, CR_FACT_DATE, "Friday", 0),
		      engine_fact(mixed, 2, CR_FACT_DATE, "Friday", 0));
}

/* Asserts that THE count of report 0 of A and B links with that of
 * report 1 (TEXT0, TEXT1 their words) when LINKED, else not. */
static void assert_counts(const char *a, const char *b, const char *text0, const char *text1, gboolean linked)
{
	g_autoptr(CrEngine) e = cr_test_engine(a, b, NULL);
	const CrFact *f0 = engine_fact(e, 0, CR_FACT_NUMBER, text0, 0);
	const CrFact *f1 = engine_fact(e, 1, CR_FACT_NUMBER, text1, 0);
	if (linked)
		assert_linked(f0, f1);
	else
		assert_not_linked(f0, f1);
}

/* Engine45, from heldout-kijabe's wrong link: a count in one country
 * ("200,000 people have been affected by flash floods in Kenya") and a
 * count of one value in another ("200,000 victims in neighboring
 * Burundi") are two facts (fails without the rule). Near misses, the
 * border shape: a count of people crossing it ("left Libya", "reached
 * Italy"; "arrived in Italy"; "in Libya boarded boats for Italy", whose
 * sentence names the other's country; "who set off in Libya", a clause
 * of its own) links, and so does a city against its country. */
static void test_counts_in_two_countries(void)
{
	assert_counts(
	    "More than 200,000 people have been affected by flash floods in Kenya since March.\n",
	    "The region is grappling with floods, with over 200,000 victims in neighboring Burundi.\n",
	    "More than 200,000 people", "over 200,000 victims", FALSE);
	assert_counts("About 2,000 migrants left Libya on Sunday, the coastguard said.\n",
		      "About 2,000 migrants reached Italy on Monday, the coastguard said.\n",
		      "About 2,000 migrants", "About 2,000 migrants", TRUE);
	assert_counts("About 2,000 migrants left Libya on Sunday, the coastguard said.\n",
		      "About 2,000 migrants arrived in Italy on Monday, the coastguard said.\n",
		      "About 2,000 migrants", "About 2,000 migrants", TRUE);
	assert_counts("Some 2,000 migrants in Libya boarded boats for Italy on Sunday.\n",
		      "About 2,000 migrants arrived in Italy on Monday, the coastguard said.\n",
		      "Some 2,000 migrants", "About 2,000 migrants", TRUE);
	assert_counts("About 2,000 migrants who set off in Libya arrived on Monday.\n",
		      "About 2,000 migrants arrived in Italy on Monday, the coastguard said.\n",
		      "About 2,000 migrants", "About 2,000 migrants", TRUE);
	assert_counts("Some 15,000 people were evacuated in Nairobi after the floods.\n",
		      "Some 15,000 people were evacuated in Kenya after the floods.\n", "Some 15,000 people",
		      "Some 15,000 people", TRUE);
}

/* Engine45: the true shapes that cross-event rules of stop 36 cut
 * (docs/ENGINE-SCORES.md, end of stop 36), linked: the "Tuesday" of two
 * reports of one earthquake that share a person and a place, the "in
 * March" of two reports of one flood, the "five people" of two wire
 * rewrites of one bus crash, the "3-2" of two reports of one match. */
static void test_true_shapes_of_one_story(void)
{
	g_autoptr(CrEngine) quake = cr_test_engine(
	    "A magnitude 6.1 earthquake struck Kestria on Tuesday, damaging hundreds of homes. Governor Alia "
	    "Varn said rescuers were still searching the rubble.\n",
	    "Rescuers searched collapsed buildings in Kestria after the quake on Tuesday, Governor Alia Varn "
	    "told reporters.\n",
	    NULL);
	assert_linked(engine_fact(quake, 0, CR_FACT_DATE, "Tuesday", 0),
		      engine_fact(quake, 1, CR_FACT_DATE, "Tuesday", 0));
	g_autoptr(CrEngine) flood = cr_test_engine(
	    "Floods have swept the Tarn valley since heavy rains began in March, officials said.\n",
	    "The rains that began in March have flooded much of the Tarn valley, officials said.\n", NULL);
	assert_linked(engine_fact(flood, 0, CR_FACT_DATE, "March", 0),
		      engine_fact(flood, 1, CR_FACT_DATE, "March", 0));
	assert_counts("Five people were killed when a bus overturned on a highway near Orvin, police said.\n",
		      "A bus crash near Orvin killed five people, police said.\n", "Five people",
		      "five people", TRUE);
	assert_counts("Arema lost 3-2 to Persebaya at the stadium in Malang on Saturday.\n",
		      "Persebaya beat Arema 3-2 in Malang on Saturday night.\n", "3-2", "3-2", TRUE);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/align/cross/common-ordinals-of-two-nouns", test_common_ordinals_of_two_nouns);
	g_test_add_func("/align/cross/ordinal-rank-bound", test_ordinal_rank_bound);
	g_test_add_func("/align/cross/ordinals-beside-unshared-amounts",
			test_ordinals_beside_unshared_amounts);
	g_test_add_func("/align/cross/ordinals-of-one-noun-written-two-ways",
			test_ordinals_of_one_noun_written_two_ways);
	g_test_add_func("/align/cross/weekdays-of-two-stories", test_weekdays_of_two_stories);
	g_test_add_func("/align/cross/weekdays-of-reports-sharing-places",
			test_weekdays_of_reports_sharing_places);
	g_test_add_func("/align/cross/weekdays-beside-another-story", test_weekdays_beside_another_story);
	g_test_add_func("/align/cross/counts-in-two-countries", test_counts_in_two_countries);
	g_test_add_func("/align/cross/true-shapes-of-one-story", test_true_shapes_of_one_story);
	return g_test_run();
}

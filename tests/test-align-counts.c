/* Unit tests for the aligner's counts and amounts across the event:
 * numbers said another way, counts of people and of nationals, places
 * with an administrative word, decimals without their unit. */
#include "align-hand.h"

/* Round 15: an amount of money to three figures meets the same amount
 * rounded to a figure fewer, unless its report gives both or it is an
 * approximation and the other exact (engine49); a count whose
 * noun closes up another report's two words is the same count ("town
 * ships" unwritten, "townships" are no "ships"), and a
 * court's justices are its judges. */
/* An approximation to two figures meets the count it rounds, written to
 * four figures or more, of the same noun (stop 40, heldout-flybrain:
 * "about 140,000 neurons", "139,255 neurons"); not a figure of three, nor
 * another noun, nor a figure that rounds elsewhere. */
static void test_rounded_counts(void)
{
	g_autoptr(CrEngine) brain =
	    cr_test_engine("The fly's brain has about 140,000 neurons, the map shows.\n",
			   "The map shows 139,255 neurons in the fly's brain.\n", NULL);
	assert_linked(engine_fact(brain, 0, CR_FACT_NUMBER, "about 140,000 neurons", 0),
		      engine_fact(brain, 1, CR_FACT_NUMBER, "139,255 neurons", 0));
	g_autoptr(CrEngine) near = cr_test_engine(
	    "Officials said about 12,000 homes were flooded and about 140,000 neurons fired.\n",
	    "Officials said 11,800 homes were flooded and 139,255 synapses fired and 134,255 neurons too.\n",
	    NULL);
	assert_not_linked(engine_fact(near, 0, CR_FACT_NUMBER, "about 12,000 homes", 0),
			  engine_fact(near, 1, CR_FACT_NUMBER, "11,800 homes", 0));
	assert_not_linked(engine_fact(near, 0, CR_FACT_NUMBER, "about 140,000 neurons", 0),
			  engine_fact(near, 1, CR_FACT_NUMBER, "139,255 synapses", 0));
	assert_not_linked(engine_fact(near, 0, CR_FACT_NUMBER, "about 140,000 neurons", 0),
			  engine_fact(near, 1, CR_FACT_NUMBER, "134,255 neurons", 0));
	/* after review 40: two exact counts of the noun that round to the
	 * figure leave the approximation to neither (it met the first read);
	 * one exact count said by two reports keeps it */
	const char *challenger = "The challenger took 13,890 votes, the election board said.\n";
	const char *about = "The incumbent held the seat with about 14,000 votes, the election board said.\n";
	const char *incumbent = "The incumbent won 14,212 votes, the election board said.\n";
	g_autoptr(CrEngine) two = cr_test_engine(challenger, about, incumbent, NULL);
	const CrFact *approx = engine_fact(two, 1, CR_FACT_NUMBER, "about 14,000 votes", 0);
	assert_not_linked(approx, engine_fact(two, 0, CR_FACT_NUMBER, "13,890 votes", 0));
	assert_not_linked(approx, engine_fact(two, 2, CR_FACT_NUMBER, "14,212 votes", 0));
	g_autoptr(CrEngine) one = cr_test_engine(incumbent, about, incumbent, NULL);
	assert_linked(engine_fact(one, 0, CR_FACT_NUMBER, "14,212 votes", 0),
		      engine_fact(one, 1, CR_FACT_NUMBER, "about 14,000 votes", 0));
}

/* Stop 39: a percentage written with two decimals or more meets the same
 * figure rounded to one decimal fewer in another report ("67.69%" and
 * "67.7%"); not a figure of the same precision ("67.6%" and "67.7%"),
 * a whole one ("73.9%", "74 per cent") or one under 10 %. */
static void test_rounded_percentages(void)
{
	g_autoptr(CrEngine) votes =
	    cr_test_engine("The family amendment was rejected by 67.69% of voters in the referendum, and "
			   "the care amendment by 73.9% of voters.\n",
			   "The family amendment was rejected by 67.7% of voters in the referendum, and the "
			   "care amendment by 74 per cent of voters.\n",
			   NULL);
	assert_linked(engine_fact(votes, 0, CR_FACT_NUMBER, "67.69%", 0),
		      engine_fact(votes, 1, CR_FACT_NUMBER, "67.7%", 0));
	/* a whole figure is none: "99.49 per cent" and another election's
	 * "99%" of votes counted */
	assert_not_linked(engine_fact(votes, 0, CR_FACT_NUMBER, "73.9%", 0),
			  engine_fact(votes, 1, CR_FACT_NUMBER, "74 per cent", 0));
	g_autoptr(CrEngine) near =
	    cr_test_engine("The family amendment was rejected by 67.6% of voters in the referendum.\n",
			   "The family amendment was rejected by 67.7% of voters in the referendum.\n", NULL);
	assert_not_linked(engine_fact(near, 0, CR_FACT_NUMBER, "67.6%", 0),
			  engine_fact(near, 1, CR_FACT_NUMBER, "67.7%", 0));
	/* nor one rounded the other way, nor figures under 10 % (rates,
	 * inflation: "1.5%" and "2%" are two) */
	g_autoptr(CrEngine) small =
	    cr_test_engine("The bank rate was cut to 1.5% and inflation is at 67.64% in the region.\n",
			   "The bank rate was cut to 2% and inflation is at 67.7% in the region.\n", NULL);
	assert_not_linked(engine_fact(small, 0, CR_FACT_NUMBER, "1.5%", 0),
			  engine_fact(small, 1, CR_FACT_NUMBER, "2%", 0));
	/* a figure written with a zero ending its decimals is that precision
	 * (erdogan: "52.14%" final, "52.10 per cent" of an earlier count) */
	g_autoptr(CrEngine) zero =
	    cr_test_engine("Erdogan won 52.14% of the votes in the runoff count.\n",
			   "Erdogan won 52.10 per cent of the votes in the runoff count.\n", NULL);
	assert_not_linked(engine_fact(zero, 0, CR_FACT_NUMBER, "52.14%", 0),
			  engine_fact(zero, 1, CR_FACT_NUMBER, "52.10 per cent", 0));
	assert_not_linked(engine_fact(small, 0, CR_FACT_NUMBER, "67.64%", 0),
			  engine_fact(small, 1, CR_FACT_NUMBER, "67.7%", 0));
}

static void test_numbers_said_another_way(void)
{
	g_autoptr(CrEngine) money =
	    cr_test_engine("Cleveland-Cliffs had offered $7.25 billion for the company in August.\n",
			   "Cleveland-Cliffs had made a $7.3 billion bid for the company.\n",
			   "iPhone revenue: $43.8 billion; Estimate: $43.81 billion.\n",
			   "iPhone revenue came to $43.8 billion in the quarter.\n", NULL);
	const CrFact *precise = engine_fact(money, 0, CR_FACT_NUMBER, "$7.25 billion", 0);
	assert_linked(precise, engine_fact(money, 1, CR_FACT_NUMBER, "$7.3 billion", 0));
	const CrFact *estimate = engine_fact(money, 2, CR_FACT_NUMBER, "$43.81 billion", 0);
	const CrFact *actual = engine_fact(money, 3, CR_FACT_NUMBER, "$43.8 billion", 0);
	g_assert_cmpint(actual->group, >=, 0);
	g_assert_cmpint(estimate->group, !=, actual->group);

	/* engine49: an approximation is rounded already: one whose report
	 * writes the amount rounded further anywhere is another amount
	 * (heldout-deppheard); a lone one meets another report's amount
	 * rounded further (bybit), an exact one the rounded amount its
	 * report writes far from it */
	const char *far = "The jury awarded Depp $10m (£8m) in compensatory damages and $5m (£4m) in "
			  "punitive damages, a verdict the actor's lawyers welcomed after six weeks of "
			  "testimony in the Virginia courtroom that drew millions of viewers online.\n\n"
			  "Virginia caps punitive damages, so Depp will therefore receive about $10.4m "
			  "in total.\n";
	g_autoptr(CrEngine) total =
	    cr_test_engine("The jury awarded Depp $10 million in compensatory damages.\n", far, NULL);
	const CrFact *about = engine_fact(total, 1, CR_FACT_NUMBER, "about $10.4m", 0);
	assert_linked(engine_fact(total, 0, CR_FACT_NUMBER, "$10 million", 0),
		      engine_fact(total, 1, CR_FACT_NUMBER, "$10m", 0));
	g_assert_cmpint(about->group, ==, -1);
	g_autoptr(CrEngine) lone =
	    cr_test_engine("Hackers stole approximately $1.46 billion in digital tokens from the exchange.\n",
			   "Hackers stole $1.5 billion in digital tokens from the exchange.\n", NULL);
	assert_linked(engine_fact(lone, 0, CR_FACT_NUMBER, "approximately $1.46 billion", 0),
		      engine_fact(lone, 1, CR_FACT_NUMBER, "$1.5 billion", 0));
	g_autofree char *exact = g_strdup(far);
	memcpy(strstr(exact, "about $10.4m"), "  the $10.4m", strlen("about $10.4m"));
	g_autoptr(CrEngine) plain =
	    cr_test_engine("Depp will receive $10 million in total from the jury.\n", exact, NULL);
	assert_linked(engine_fact(plain, 0, CR_FACT_NUMBER, "$10 million", 0),
		      engine_fact(plain, 1, CR_FACT_NUMBER, "$10.4m", 0));

	g_autoptr(CrEngine) counts =
	    cr_test_engine("The pilot escaped but the five crew members died. Seven justices ruled.\n",
			   "NHK reported that the five other crewmembers had been found dead. Seven judges "
			   "ruled.\n",
			   NULL);
	const CrFact *crew = engine_fact(counts, 0, CR_FACT_NUMBER, "five crew members", 0);
	assert_linked(crew, engine_fact(counts, 1, CR_FACT_NUMBER, "five other crewmembers", 0));
	const CrFact *justices = engine_fact(counts, 0, CR_FACT_NUMBER, "Seven justices", 0);
	assert_linked(justices, engine_fact(counts, 1, CR_FACT_NUMBER, "Seven judges", 0));

	/* no report writes "town ships" */
	g_autoptr(CrEngine) floods = cr_test_engine("Floods hit five townships on Monday.\n",
						    "Floods hit five ships on Monday.\n", NULL);
	g_assert_cmpint(engine_fact(floods, 0, CR_FACT_NUMBER, "five townships", 0)->group, ==, -1);
}

/* Round 21: "Game 14" is the "14th game"; "95 confirmed deaths" are "95
 * people"; "12 megawatts ... were lost" is the loss "lost 12 megawatts"
 * is; a score in half points is one fact. */
static void test_counts_read_another_way(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "The title went to the challenger in Game 14, where he won 8.5-5.5. Officials reported 95 "
	    "confirmed deaths. On Monday 12 megawatts of supply (40% of demand) were lost.\n",
	    "The challenger took the decisive 14th game and the match, 8.5-5.5. The storm killed 95 people, "
	    "officials said. The grid lost 12 megawatts, 40% of demand, on Monday.\n",
	    NULL);
	assert_linked(engine_fact(e, 0, CR_FACT_NUMBER, "Game 14", 0),
		      engine_fact(e, 1, CR_FACT_NUMBER, "14th game", 0));
	assert_linked(engine_fact(e, 0, CR_FACT_NUMBER, "8.5-5.5", 0),
		      engine_fact(e, 1, CR_FACT_NUMBER, "8.5-5.5", 0));
	assert_linked(engine_fact(e, 0, CR_FACT_NUMBER, "95 confirmed deaths", 0),
		      engine_fact(e, 1, CR_FACT_NUMBER, "95 people", 0));
	assert_linked(engine_fact(e, 0, CR_FACT_NUMBER, "12 megawatts", 0),
		      engine_fact(e, 1, CR_FACT_NUMBER, "12 megawatts", 0));
}

/* Round 22: a small count of people is one fact with another count of
 * people of that value in another report, however unlike their
 * sentences, when no report counts that value as anything else; a report
 * that counts it as something else too ("five cars") keeps them apart. */
static void test_people_counts_across_the_event(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "A journalist counted the bodies of at least five protesters outside parliament. Two "
	    "injured protesters were carried away.\n",
	    "Police fired on the crowd. At least five people have been killed.\n", NULL);
	const CrFact *protesters = engine_fact(e, 0, CR_FACT_NUMBER, "at least five protesters", 0);
	assert_linked(protesters, engine_fact(e, 1, CR_FACT_NUMBER, "At least five people", 0));
	g_assert_cmpstr(protesters->value, ==, ">5 protesters");

	g_autoptr(CrEngine) cars = cr_test_engine(
	    "A journalist counted the bodies of at least five protesters outside parliament. Two "
	    "injured protesters were carried away.\n",
	    "Police fired on the crowd and burned five cars. At least five people have been "
	    "killed.\n",
	    NULL);
	g_assert_cmpint(engine_fact(cars, 0, CR_FACT_NUMBER, "at least five protesters", 0)->group, ==, -1);

	/* a bare count of ten or more whose value the event counts in
	 * people alone is a count of people (engine24: heldout-itaewon's
	 * "at least 82" injured, "82 people"); not when it counts cars too */
	g_autoptr(CrEngine) bare =
	    cr_test_engine("The crush in the alley left 154 dead and at least 82 injured, officials said.\n",
			   "Officials said 154 were killed and 82 people were injured in the alley.\n", NULL);
	const CrFact *injured = engine_fact(bare, 0, CR_FACT_NUMBER, "at least 82", 0);
	assert_linked(injured, engine_fact(bare, 1, CR_FACT_NUMBER, "82 people", 0));
	g_assert_cmpstr(injured->value, ==, ">82");
	g_autoptr(CrEngine) towed = cr_test_engine(
	    "The crush in the alley left 154 dead and at least 82 injured, officials said.\n",
	    "Officials said 154 were killed and 82 people were injured; 82 cars were towed.\n", NULL);
	g_assert_cmpint(engine_fact(towed, 0, CR_FACT_NUMBER, "at least 82", 0)->group, !=,
			engine_fact(towed, 1, CR_FACT_NUMBER, "82 people", 0)->group);
}

/* Engine29, from heldout-marapi's misses of round 25: persons counted
 * with one value by two nouns, each report by one ("11 climbers", "11
 * hikers"), are one count, and so is the value's bare count in a report
 * that names them by neither ("out of 75"); a report that counts the value
 * with both nouns keeps them apart (two parts), and so do values under
 * ten. */
static void test_persons_named_two_ways(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "The bodies of 11 climbers were recovered. About 75 climbers had started up the mountain.\n",
	    "The bodies of 11 hikers were found. On Saturday, 75 hikers were cleared to climb it.\n",
	    "Three survivors were found along with the bodies, out of 75 who were in the area.\n", NULL);
	const CrFact *climbers = engine_fact(e, 0, CR_FACT_NUMBER, "11 climbers", 0);
	assert_linked(climbers, engine_fact(e, 1, CR_FACT_NUMBER, "11 hikers", 0));
	const CrFact *hikers = engine_fact(e, 1, CR_FACT_NUMBER, "75 hikers", 0);
	assert_linked(hikers, engine_fact(e, 0, CR_FACT_NUMBER, "About 75 climbers", 0));
	assert_linked(hikers, engine_fact(e, 2, CR_FACT_NUMBER, "75", 0));

	g_autoptr(CrEngine) parts =
	    cr_test_engine("The bodies of 11 climbers were recovered and 11 hikers were rescued.\n",
			   "The bodies of 11 hikers were found, officials said.\n", NULL);
	g_assert_cmpint(engine_fact(parts, 0, CR_FACT_NUMBER, "11 climbers", 0)->group, !=,
			engine_fact(parts, 1, CR_FACT_NUMBER, "11 hikers", 0)->group);
	g_autoptr(CrEngine) few = cr_test_engine("Five climbers were rescued on Monday.\n",
						 "Five hikers were rescued on Monday.\n", NULL);
	g_assert_cmpint(engine_fact(few, 0, CR_FACT_NUMBER, "Five climbers", 0)->group, ==, -1);
}

/* Asserts that in the engine of FIRST and SECOND the report at OTHER's
 * "three kilometres" meets the other report's "3km" and that report's "3
 * kilometres" stays out. */
static void assert_zone_meets(const char *first, const char *second, guint other)
{
	g_autoptr(CrEngine) e = cr_test_engine(first, second, NULL);
	guint twins = 1 - other;
	assert_linked(engine_fact(e, other, CR_FACT_NUMBER, "three kilometres", 0),
		      engine_fact(e, twins, CR_FACT_NUMBER, "3km", 0));
	g_assert_cmpint(engine_fact(e, twins, CR_FACT_NUMBER, "3 kilometres", 0)->group, ==, -1);
}

/* Engine29, from heldout-marapi's wrong claim of round 25: a report that
 * gives one amount and unit to two facts in sentences that share nothing
 * ("ash as high as 3 kilometres", "within 3km of the peak") meets another
 * report's amount through the one whose sentence is like its own, and the
 * other stays out. Round 27, the question the brief left:
 * cr_align_number_twins() pairs the two facts in either order, the one
 * whose sentence is like the other report's first in its report or
 * second, that report first or last. */
static void test_one_amount_of_two_facts(void)
{
	const char *other =
	    "The volcano has stayed at the third highest of four alert levels, prohibiting "
	    "climbers or villagers within three kilometres of the peak, said Hendra Gunawan.\n";
	const char *ash_first =
	    "The volcano erupted on Sunday, spewing ash as high as 3 kilometres into the air.\n\n"
	    "It has stayed at the third highest of four alert levels, prohibiting climbers or "
	    "villagers within 3km of the peak, said Hendra Gunawan.\n";
	const char *zone_first =
	    "It has stayed at the third highest of four alert levels, prohibiting climbers or "
	    "villagers within 3km of the peak, said Hendra Gunawan.\n\nThe volcano erupted on "
	    "Sunday, spewing ash as high as 3 kilometres into the air.\n";
	assert_zone_meets(other, ash_first, 0);
	assert_zone_meets(other, zone_first, 0);
	assert_zone_meets(zone_first, other, 1);
	assert_zone_meets(ash_first, other, 1);
}

/* Counts of the people of a country are one fact whatever noun each
 * report writes: "13 Israelis", "Thirteen Israeli hostages", "13 Israeli
 * women and children"; another nationality or value stays apart (round
 * 23, from heldout-hostages' misses of round 22). */
static void test_counts_of_nationals(void)
{
	g_autoptr(CrEngine) freed =
	    cr_test_engine("Hamas freed 13 Israelis and 10 Thais on Friday.\n",
			   "Thirteen Israeli hostages and 10 Thai citizens were handed to the Red Cross.\n",
			   "The 13 Israeli women and children crossed into Egypt, officials said.\n", NULL);
	const CrFact *israelis = engine_fact(freed, 0, CR_FACT_NUMBER, "13 Israelis", 0);
	assert_linked(israelis, engine_fact(freed, 1, CR_FACT_NUMBER, "Thirteen Israeli hostages", 0));
	assert_linked(israelis, engine_fact(freed, 2, CR_FACT_NUMBER, "13 Israeli women", 0));
	const CrFact *thais = engine_fact(freed, 0, CR_FACT_NUMBER, "10 Thais", 0);
	assert_linked(thais, engine_fact(freed, 1, CR_FACT_NUMBER, "10 Thai citizens", 0));
	g_assert_cmpint(thais->group, !=, israelis->group);
}

/* A count of an "-ish" nationality's people by their noun ("53 Britons")
 * is the count of its nationals ("53 British nationals"); another
 * nationality's noun ("53 Poles") or a word in lower case stays apart
 * (stop 41, from heldout-airindia's misses of round 36). */
static void test_counts_of_a_demonym(void)
{
	g_autoptr(CrEngine) e =
	    cr_test_engine("The passengers included 53 Britons, officials said.\n",
			   "On board were 53 British nationals and seven Portuguese citizens.\n",
			   "The airline said 53 British citizens were on the flight.\n", NULL);
	const CrFact *britons = engine_fact(e, 0, CR_FACT_NUMBER, "53 Britons", 0);
	assert_linked(britons, engine_fact(e, 1, CR_FACT_NUMBER, "53 British nationals", 0));
	assert_linked(britons, engine_fact(e, 2, CR_FACT_NUMBER, "53 British citizens", 0));
	char buf[32];
	g_assert_cmpstr(cr_number_demonym_name("Danes", 5, buf, sizeof buf), ==, "danish");
	g_assert_cmpstr(cr_number_demonym_name("Scots", 5, buf, sizeof buf), ==, "scottish");
	/* near misses */
	g_autoptr(CrEngine) poles =
	    cr_test_engine("The passengers included 53 Poles, officials said.\n",
			   "On board were 53 British nationals and seven Portuguese citizens.\n", NULL);
	assert_not_linked(engine_fact(poles, 0, CR_FACT_NUMBER, "53 Poles", 0),
			  engine_fact(poles, 1, CR_FACT_NUMBER, "53 British nationals", 0));
	g_assert_null(cr_number_demonym_name("britons", 7, buf, sizeof buf));
	g_assert_null(cr_number_demonym_name("Bristols", 8, buf, sizeof buf));
}

/* A seat's code counts nothing: "seated in 11A" is no bare count of 11
 * for the event's "11 people" (review 41), but meets another report's
 * "11A". */
static void test_code_counts_nothing(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "The only survivor was seated in 11A near the emergency exit, police in Ahmedabad said.\n",
	    "Police in Ahmedabad said 11 people near the emergency exit of the hostel were killed.\n",
	    "Police in Ahmedabad said the survivor was near the emergency exit in seat 11A.\n", NULL);
	const CrFact *seat = engine_fact(e, 0, CR_FACT_NUMBER, "11A", 0);
	assert_not_linked(seat, engine_fact(e, 1, CR_FACT_NUMBER, "11 people", 0));
	/* near miss: the same code in another report */
	assert_linked(seat, engine_fact(e, 2, CR_FACT_NUMBER, "11A", 0));
}

/* A gate's code is no seat's: "Gate 11A" of a hospital is not the
 * survivor's "seated in 11A" whatever their sentences share (review 41). */
static void test_gate_is_no_seat(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "The only survivor was seated in 11A, police in Ahmedabad said on Friday.\n",
	    "Families gathered at Gate 11A of the hospital, police in Ahmedabad said on Friday.\n",
	    "The survivor sat in seat 11A, police in Ahmedabad said on Friday.\n", NULL);
	const CrFact *seat = engine_fact(e, 0, CR_FACT_NUMBER, "11A", 0);
	assert_not_linked(seat, engine_fact(e, 1, CR_FACT_NUMBER, "11A", 0));
	/* near miss: a seat's code in another report */
	assert_linked(seat, engine_fact(e, 2, CR_FACT_NUMBER, "11A", 0));
}

/* A place one report names with an administrative word after it ("Nara
 * Prefecture") is the place another names alone ("Nara"), unless a report
 * names both (engine24, from heldout-abe's misses). */
static void test_administrative_place(void)
{
	g_autoptr(CrEngine) e =
	    cr_test_engine("The former prime minister was shot in Nara on Friday.\n",
			   "The shooting happened in Nara Prefecture, police said.\n", NULL);
	const CrFact *nara = engine_fact(e, 0, CR_FACT_PLACE, "Nara", 0);
	assert_linked(nara, engine_fact(e, 1, CR_FACT_PLACE, "Nara Prefecture", 0));
	g_assert_cmpstr(engine_fact(e, 1, CR_FACT_PLACE, "Nara Prefecture", 0)->value, ==, "Nara Prefecture");

	/* round 26: a federation's state is one too ("Guerrero State"); a
	 * nationality's "Islamic State" names no place */
	g_autoptr(CrEngine) state =
	    cr_test_engine("Otis hit Acapulco, Guerrero State, Mexico, on October 26.\n",
			   "The storm hit the southern state of Guerrero and its coast.\n",
			   "Rescuers reached Guerrero on Thursday.\n", NULL);
	const CrFact *guerrero = engine_fact(state, 1, CR_FACT_PLACE, "Guerrero", 0);
	assert_linked(guerrero, engine_fact(state, 0, CR_FACT_PLACE, "Guerrero State", 0));
	assert_linked(guerrero, engine_fact(state, 2, CR_FACT_PLACE, "Guerrero", 0));
	g_autoptr(CrDoc) doc = NULL;
	g_autoptr(GArray) names =
	    cr_test_extract("The Islamic State group claimed it.\n", cr_extract_names, &doc);
	g_assert_cmpuint(names->len, >, 0);
	for (guint i = 0; i < names->len; i++)
		g_assert_cmpint(g_array_index(names, CrFact, i).kind, !=, CR_FACT_PLACE);

	g_autoptr(CrEngine) both = cr_test_engine(
	    "The former prime minister was shot in Nara, a city of Nara Prefecture, on Friday.\n",
	    "The shooting happened in Nara Prefecture, police said.\n", NULL);
	g_assert_cmpint(engine_fact(both, 1, CR_FACT_PLACE, "Nara Prefecture", 0)->group, !=,
			engine_fact(both, 0, CR_FACT_PLACE, "Nara", 0)->group);
}

/* One nationality spelled two ways by the gazetteer's line ("Nepali",
 * "Nepalese") is one nationality counted: "Fifty-three Nepalese
 * passengers", "53 Nepalese citizens" and "at least 53 Nepali nationals"
 * are one fact (engine24, from heldout-pokhara's misses). */
static void test_counts_of_a_nationality_spelled_two_ways(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "Fifty-three Nepalese passengers and 15 foreign nationals were on board the aircraft.\n",
	    "The deceased passengers included 53 Nepalese citizens and five Indians.\n",
	    "According to an airline statement, at least 53 Nepali nationals were on board.\n", NULL);
	const CrFact *first = engine_fact(e, 0, CR_FACT_NUMBER, "Fifty-three Nepalese passengers", 0);
	assert_linked(first, engine_fact(e, 1, CR_FACT_NUMBER, "53 Nepalese citizens", 0));
	assert_linked(first, engine_fact(e, 2, CR_FACT_NUMBER, "at least 53 Nepali nationals", 0));
}

/* A count that names nothing it counts ("killing at least 68") meets no
 * count of a noun of its value when a report counts that value with two
 * nouns ("68 passengers and 4 crew", "68 bodies"): it meets another such
 * bare count, whose sentence holds the same whole ("at least 68 of the 72
 * people"; "72 on board" is the value of "72 people") (engine24, from
 * heldout-pokhara's two wrong claims). */
static void test_bare_count_of_two_nouns(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "The plane crashed with 72 on board on its way to Pokhara, killing at least 68.\n",
	    "The plane crashed at Nayagaun, killing all 72 people on board (68 passengers and 4 crew "
	    "members). Officials said that 68 bodies have been recovered so far.\n",
	    "Officials said on Sunday that at least 68 of the 72 people on the plane had died.\n", NULL);
	const CrFact *killed = engine_fact(e, 0, CR_FACT_NUMBER, "at least 68", 0);
	assert_linked(killed, engine_fact(e, 2, CR_FACT_NUMBER, "at least 68", 0));
	g_assert_cmpstr(killed->value, ==, ">68");
	g_assert_cmpint(engine_fact(e, 1, CR_FACT_NUMBER, "68 passengers", 0)->group, !=, killed->group);
	g_assert_cmpint(engine_fact(e, 1, CR_FACT_NUMBER, "68 bodies", 0)->group, !=, killed->group);
}

/* A decimal written without its unit ("40.2 at Heathrow", a headline)
 * takes the one unit the event gives that value ("40.2C"), and so meets
 * it; a value the event gives two units keeps its bare decimal apart
 * (round 23: heatwave). */
static void test_bare_decimal_takes_the_event_unit(void)
{
	g_autoptr(CrEngine) heat = cr_test_engine(
	    "40.2 at Heathrow\n\nThe temperature has hit 40.2 at Heathrow Airport, a new record.\n",
	    "The heat reached 40.2C at Heathrow in the early afternoon.\n", NULL);
	const CrFact *bare = engine_fact(heat, 0, CR_FACT_NUMBER, "40.2", 1);
	g_assert_cmpstr(bare->value, ==, "40.2 degrees");
	assert_linked(bare, engine_fact(heat, 1, CR_FACT_NUMBER, "40.2C", 0));

	g_autoptr(CrEngine) two =
	    cr_test_engine("The temperature has hit 40.2 at Heathrow Airport, a new record.\n",
			   "The heat reached 40.2C at Heathrow in the early afternoon.\n",
			   "Turnout at Heathrow rose to 40.2% in the early afternoon.\n", NULL);
	g_assert_cmpstr(engine_fact(two, 0, CR_FACT_NUMBER, "40.2", 0)->value, ==, "40.2");

	/* stop 40 (duplantis): the digits as written count, a zero that ends
	 * them too ("5.70", a height), and a bound stays ("over 5.85"); not a
	 * figure of two digits ("5.7") */
	g_autoptr(CrEngine) bars = cr_test_engine(
	    "Duplantis entered at 5.70m, then cleared 5.85m and 5.7m on the day.\n",
	    "He cleared 5.70, sat out 5.80 and flew over 5.85 with ease, then 5.7 again.\n", NULL);
	const CrFact *entered = engine_fact(bars, 1, CR_FACT_NUMBER, "5.70", 0);
	g_assert_cmpstr(entered->value, ==, "5.7 m");
	assert_linked(entered, engine_fact(bars, 0, CR_FACT_NUMBER, "5.70m", 0));
	g_assert_cmpstr(engine_fact(bars, 1, CR_FACT_NUMBER, "over 5.85", 0)->key, ==, ">5.85|m");
	g_assert_cmpstr(engine_fact(bars, 1, CR_FACT_NUMBER, "5.7", 1)->value, ==, "5.7");

	/* after review 40: a zero-padded value takes the unit only where its
	 * report gives it to a bare value of three figures (above: "over
	 * 5.85"); a lone price ("closed at 5.50") does not take the "%" of
	 * another report's rate */
	g_autoptr(CrEngine) price =
	    cr_test_engine("The central bank raised its main rate to 5.50% on Thursday.\n",
			   "Shares in the lender closed at 5.50 on Thursday after the central bank raised "
			   "its main rate.\n",
			   NULL);
	const CrFact *closed = engine_fact(price, 1, CR_FACT_NUMBER, "5.50", 0);
	g_assert_cmpstr(closed->value, ==, "5.5");
	assert_not_linked(closed, engine_fact(price, 0, CR_FACT_NUMBER, "5.50%", 0));
}

/* Round 26, the question engine29 left: cr_align_number_twins() pairs counts in
 * people too, and that is meant. A report's two counts of one value in
 * people whose sentences share nothing ("12 people" dead, "12 people"
 * missing) are two facts: a count of another report, placed first, meets
 * the one whose sentence it shares, the later one as well as the first.
 * (Placed after them, it meets the first: small counts in people agree
 * whatever their sentences; measured, not changed.) */
static void test_people_counts_of_two_facts(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "Rescuers searching the collapsed mine said 12 people were still missing underground.\n",
	    "The blast killed 12 people at the market on Sunday.\n\nRescuers searching the collapsed mine "
	    "said 12 people were still missing underground.\n",
	    NULL);
	const CrFact *missing = engine_fact(e, 0, CR_FACT_NUMBER, "12 people", 0);
	assert_linked(missing, engine_fact(e, 1, CR_FACT_NUMBER, "12 people", 1));
	const CrFact *dead = engine_fact(e, 1, CR_FACT_NUMBER, "12 people", 0);
	g_assert_true(dead->group < 0 || dead->group != missing->group);
}

/* Round 26: a count of persons named by what they are and a count of
 * things that are none ("171 passengers", "171 airplanes") are two facts,
 * however rare the value; two counts of persons of one rare value stay
 * one ("181 passengers", "181 people"; "2.3 million residents", "2.3
 * million Palestinians"). */
static void test_persons_are_no_things(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "The order grounds 171 airplanes worldwide, the agency said.\n",
	    "The jet landed with 171 passengers and six crew members.\n",
	    "The ferry carried 181 passengers when it sank.\n", "The ferry sank with 181 people on board.\n",
	    "The truce brought calm for its 2.3 million residents.\n",
	    "Gaza's 2.3 million Palestinians saw quiet.\n", NULL);
	const CrFact *planes = engine_fact(e, 0, CR_FACT_NUMBER, "171 airplanes", 0);
	const CrFact *passengers = engine_fact(e, 1, CR_FACT_NUMBER, "171 passengers", 0);
	g_assert_true(planes->group < 0 || planes->group != passengers->group);
	assert_linked(engine_fact(e, 2, CR_FACT_NUMBER, "181 passengers", 0),
		      engine_fact(e, 3, CR_FACT_NUMBER, "181 people", 0));
	/* a nation's people, in capitals, are persons too */
	assert_linked(engine_fact(e, 4, CR_FACT_NUMBER, "2.3 million residents", 0),
		      engine_fact(e, 5, CR_FACT_NUMBER, "2.3 million Palestinians", 0));
}

/* Round 26 (heldout-rbnz): a report that gives one amount twice, once
 * of an earlier month ("25 basis points (bps) in May") and once of this
 * week, has the earlier one of its own: another report's undated "25
 * basis point cut" meets the other; an amount in the month of the
 * report's publication, or given once (even of an earlier month), is
 * undated. */
static void test_amount_of_an_earlier_month(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    " date 2019-08-07 The bank lowered its cash rate by 25 basis points (bps) in May, and "
	    "economists had predicted a cut this week by 25 bps.\n",
	    " date 2019-08-07 Markets were priced for a 25 basis point rate cut this week.\n",
	    " date 2019-08-07 The fund lost 12% in August, and its rival lost 12% too.\n",
	    " date 2019-08-07 The fund lost 12% on the day.\n",
	    " date 2019-08-07 The index lost 12% in May.\n", NULL);
	const CrFact *may = engine_fact(e, 0, CR_FACT_NUMBER, "25 basis points", 0);
	const CrFact *week = engine_fact(e, 0, CR_FACT_NUMBER, "25 bps", 0);
	const CrFact *expected = engine_fact(e, 1, CR_FACT_NUMBER, "25 basis point", 0);
	g_assert_true(may->group < 0 || may->group != expected->group);
	assert_linked(week, expected);
	g_assert_null(strchr(engine_fact(e, 2, CR_FACT_NUMBER, "12%", 0)->key, '@'));
	g_assert_null(strchr(engine_fact(e, 4, CR_FACT_NUMBER, "12%", 0)->key, '@'));
	g_assert_nonnull(strchr(may->key, '@'));
}

/* Round 28's read misses: the armed men of an attack are people named by
 * what they are, each report by its own word ("27 militants", "27
 * terrorists"): one count of ten or more named two ways, each report by
 * one, is one fact. */
static void test_attackers_named_two_ways(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "Security forces rescued 155 hostages and eliminated 27 terrorists who hijacked the train.\n",
	    "Pakistani forces have killed 27 militants during the rescue operation.\n",
	    "Reports suggest that 27 militants were killed in the confrontation.\n",
	    "A source said 27 terrorists have been killed and many others injured.\n", NULL);
	const CrFact *terrorists = engine_fact(e, 0, CR_FACT_NUMBER, "27 terrorists", 0);
	assert_linked(terrorists, engine_fact(e, 1, CR_FACT_NUMBER, "27 militants", 0));
	assert_linked(terrorists, engine_fact(e, 2, CR_FACT_NUMBER, "27 militants", 0));
	assert_linked(terrorists, engine_fact(e, 3, CR_FACT_NUMBER, "27 terrorists", 0));
}

/* Review of round 28's rule: the armed men and the people they hold or
 * kill are two sides; nouns join on one side alone ("27 militants" are
 * not "27 hostages"), and people as such never meet the armed men ("27
 * people were killed" is not "27 militants were killed"). */
static void test_attackers_are_not_their_victims(void)
{
	g_autoptr(CrEngine) held = cr_test_engine(
	    "Security forces killed 27 militants in the operation on Tuesday, officials said.\n",
	    "The attackers held 27 hostages at the station on Tuesday, officials said.\n", NULL);
	assert_not_linked(engine_fact(held, 0, CR_FACT_NUMBER, "27 militants", 0),
			  engine_fact(held, 1, CR_FACT_NUMBER, "27 hostages", 0));
	g_autoptr(CrEngine) killed = cr_test_engine(
	    "Officials said 27 people were killed in the attack on the train in Bolan on Tuesday.\n",
	    "Officials said 27 militants were killed in the attack on the train in Bolan on Tuesday.\n",
	    NULL);
	assert_not_linked(engine_fact(killed, 0, CR_FACT_NUMBER, "27 people", 0),
			  engine_fact(killed, 1, CR_FACT_NUMBER, "27 militants", 0));
	/* armed men are persons all the same: no count of things */
	g_autoptr(CrEngine) armed =
	    cr_test_engine("Troops said 150 militants crossed the border near the town on Tuesday.\n",
			   "Troops said 150 rifles crossed the border near the town on Tuesday.\n", NULL);
	assert_not_linked(engine_fact(armed, 0, CR_FACT_NUMBER, "150 militants", 0),
			  engine_fact(armed, 1, CR_FACT_NUMBER, "150 rifles", 0));
}

/* Round 29 (intel): two shares of one whole named alike are one figure,
 * planned or done, a floor or not ("plans to cut more than 15% of its
 * workforce", "is cutting more than 15% of its massive workforce"; a
 * share without the floor stays apart), whatever other amounts their
 * sentences give; a planned share of another whole is not ("15% of its
 * budget"). */
static void test_shares_of_one_whole(void)
{
	g_autoptr(CrEngine) cuts = cr_test_engine(
	    "Intel said on Thursday it would cut more than 15% of its workforce, some 17,500 people, and "
	    "suspend its dividend.\n",
	    "Intel said it plans to cut more than 15% of its workforce of around 110,000 people.\n",
	    "Chipmaker Intel says it is cutting more than 15% of its massive workforce as it tries to turn "
	    "around.\n",
	    "The chipmaker plans to cut 15% of its budget, Intel said.\n", NULL);
	const CrFact *floor = engine_fact(cuts, 0, CR_FACT_NUMBER, "more than 15%", 0);
	const CrFact *planned = engine_fact(cuts, 1, CR_FACT_NUMBER, "more than 15%", 0);
	assert_linked(floor, planned);
	assert_linked(planned, engine_fact(cuts, 2, CR_FACT_NUMBER, "more than 15%", 0));
	assert_not_linked(planned, engine_fact(cuts, 3, CR_FACT_NUMBER, "15%", 0));
	g_assert_cmpint(engine_fact(cuts, 3, CR_FACT_NUMBER, "15%", 0)->group, ==, -1);
}

/* Review of engine37: a planned share and one done of a whole named
 * alike, beside other amounts of one unit and few other words, are two
 * actors' ("Intel plans", "Rival Micron cut"): the whole does not stand
 * for the plan's split and the other amounts' bar at once. */
static void test_two_actors_shares_of_one_whole(void)
{
	g_autoptr(CrEngine) cuts =
	    cr_test_engine("Intel plans to cut 15% of its workforce, 17,500 jobs.\n",
			   "Rival Micron cut 15% of its workforce, 1,200 jobs, in 2023.\n", NULL);
	assert_not_linked(engine_fact(cuts, 0, CR_FACT_NUMBER, "15%", 0),
			  engine_fact(cuts, 1, CR_FACT_NUMBER, "15%", 0));
}

/* Stop 39 (engine53): a figure beside another amount of its unit that
 * reports write with decimals cut, rounded or kept ("94%", "94.2%", "94.6
 * percent") meets the same figure beside each of them, as beside one
 * number (heldout-boeingstrike); beside two amounts that lie between
 * different whole numbers ("41.1%", "46.7%") it stays apart. */
static void test_figure_beside_decimals(void)
{
	g_autoptr(CrEngine) vote = cr_test_engine(
	    "The machinists rejected the contract by 94% and 96% voted to walk out.\n",
	    "The machinists rejected the contract by 94.2% and 96% voted to walk out.\n",
	    "Hourly workers rejected the deal with a vote of 94.6 percent and to walk out with 96 "
	    "percent.\n",
	    NULL);
	const CrFact *cut = engine_fact(vote, 0, CR_FACT_NUMBER, "96%", 0);
	assert_linked(cut, engine_fact(vote, 1, CR_FACT_NUMBER, "96%", 0));
	assert_linked(cut, engine_fact(vote, 2, CR_FACT_NUMBER, "96 percent", 0));
	g_autoptr(CrEngine) apart =
	    cr_test_engine("Its shares rose 12% as revenue grew 41.1% in the quarter.\n",
			   "Its shares rose 12% as revenue grew 46.7% in the year.\n", NULL);
	g_assert_cmpint(engine_fact(apart, 0, CR_FACT_NUMBER, "12%", 0)->group, ==, -1);
	/* review 39: "94.2%" is 94 cut, never 95 rounded, so "12%" beside
	 * it and "12%" beside "95%" stay apart */
	g_autoptr(CrEngine) rounded = cr_test_engine(
	    "Nurses at the hospital ratified a new contract with 94.2% voting yes, and 12% of members "
	    "did not vote, the union said.\n",
	    "The hospital said 95% of its beds were full and 12% of its staff were out sick as nurses "
	    "voted on the deal.\n",
	    NULL);
	g_assert_cmpint(engine_fact(rounded, 0, CR_FACT_NUMBER, "12%", 0)->group, ==, -1);
}

/* Review of engine37: an approximation and a floor whose sentences share
 * one word, the source of both ("the ministry said"), are two figures. */
static void test_approximation_floor_one_word(void)
{
	g_autoptr(CrEngine) figures =
	    cr_test_engine("Unemployment rose to around 12 per cent, the ministry said.\n",
			   "Inflation was more than 12 per cent, the ministry said.\n", NULL);
	assert_not_linked(engine_fact(figures, 0, CR_FACT_NUMBER, "around 12 per cent", 0),
			  engine_fact(figures, 1, CR_FACT_NUMBER, "more than 12 per cent", 0));
}

/* Round 29 (nikkei): an approximation meets a floor whose sentence shares
 * APPROX_CONTEXT words ("Tokyo", "share": "around 12 per cent", "more
 * than 12 per cent"), not a ceiling
 * that leaves the amount out ("less than 12 per cent"). */
static void test_approximation_meets_floor(void)
{
	g_autoptr(CrEngine) index =
	    cr_test_engine("In Tokyo, Japan's Nikkei 225 share index plunged around 12 per cent on Monday.\n",
			   "Tokyo shares sank more than 12 per cent, undermined by a rebounding yen.\n",
			   "Tokyo shares sank less than 12 per cent in the afternoon session.\n", NULL);
	const CrFact *around = engine_fact(index, 0, CR_FACT_NUMBER, "around 12 per cent", 0);
	assert_linked(around, engine_fact(index, 1, CR_FACT_NUMBER, "more than 12 per cent", 0));
	assert_not_linked(around, engine_fact(index, 2, CR_FACT_NUMBER, "less than 12 per cent", 0));
}

/* Round 30: "a crew of 13" holds the noun it is the size of, the fact
 * another report writes "13 crew members"; another noun's size in a
 * sentence that tells of other things is another count ("a gang of 13");
 * a singular noun ending in "s" is a size's noun too ("a class of 30"). */
static void test_size_of_a_noun(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "The Volgoneft 212 tanker, which was carrying a crew of 13 and fuel oil, ran aground near "
	    "Taman.\n",
	    "The ministry said one of 13 crew members of the Volgoneft 212 died near Taman.\n",
	    "Police in Anapa detained a gang of 13 on Monday, a court said.\n",
	    "The school in Taman sent a class of 30 to the beach.\n", NULL);
	const CrFact *crew = engine_fact(e, 0, CR_FACT_NUMBER, "crew of 13", 0);
	g_assert_cmpuint(crew->end - crew->start, ==, strlen("crew of 13"));
	assert_linked(crew, engine_fact(e, 1, CR_FACT_NUMBER, "13 crew members", 0));
	assert_not_linked(engine_fact(e, 2, CR_FACT_NUMBER, "gang of 13", 0),
			  engine_fact(e, 1, CR_FACT_NUMBER, "13 crew members", 0));
	const CrFact *class = engine_fact(e, 3, CR_FACT_NUMBER, "class of 30", 0);
	g_assert_cmpuint(class->end - class->start, ==, strlen("class of 30"));
}

/* Review of engine38: a word of change before "a crew of 13" is the
 * crew's ("lost a crew of 13"), not the count's: the size keeps no loss
 * and meets "13 crew members"; "a total of 40" of two stories (arrests,
 * deaths) stays two counts though both hold the noun "total". */
static void test_size_after_a_change_word(void)
{
	g_autoptr(CrEngine) e =
	    cr_test_engine("The trawler lost a crew of 13 in the storm near Taman.\n",
			   "The ministry said 13 crew members of the trawler died near Taman.\n", NULL);
	const CrFact *crew = engine_fact(e, 0, CR_FACT_NUMBER, "crew of 13", 0);
	g_assert_cmpuint(crew->end - crew->start, ==, strlen("crew of 13"));
	g_assert_false(crew->flags & CR_FACT_LOSS);
	assert_linked(crew, engine_fact(e, 1, CR_FACT_NUMBER, "13 crew members", 0));
	g_autoptr(CrEngine) totals =
	    cr_test_engine("Police in Anapa arrested a total of 40 on Monday after the protest.\n",
			   "The floods in Kerch killed a total of 40 by Sunday, officials said.\n", NULL);
	assert_not_linked(engine_fact(totals, 0, CR_FACT_NUMBER, "total of 40", 0),
			  engine_fact(totals, 1, CR_FACT_NUMBER, "total of 40", 0));
}

/* Round 31: a range of sentences written "ranging from three to 20 years"
 * and "range from three years to 20 years" is one fact, not the 20 years
 * one man was given; "sentenced three to 20 years" (three people) stays
 * 20 years. */
static void test_range_in_words_and_digits(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "In Avignon their sentences range from three years to 20 years in prison, the court said.\n",
	    "The court in Avignon handed down sentences ranging from three to 20 years in prison.\n",
	    "The court in Avignon sentenced the main accused to 20 years in prison.\n",
	    "The court in Avignon sentenced three to 20 years in prison.\n", NULL);
	const CrFact *range = engine_fact(e, 1, CR_FACT_NUMBER, "three to 20 years", 0);
	g_assert_cmpstr(range->value, ==, "3-20 years");
	assert_linked(engine_fact(e, 0, CR_FACT_NUMBER, "three years to 20 years", 0), range);
	const CrFact *one = engine_fact(e, 2, CR_FACT_NUMBER, "20 years", 0);
	assert_not_linked(range, one);
	/* review of engine41, finding 6: "three" is three people, no range
	 * ("20 years" starts a fact of its own) */
	const CrFact *three = engine_fact(e, 3, CR_FACT_NUMBER, "three", 0);
	g_assert_cmpstr(three->value, ==, "3");
	g_assert_cmpuint(three->end - three->start, ==, strlen("three"));
	g_assert_cmpstr(engine_fact(e, 3, CR_FACT_NUMBER, "20 years", 0)->value, ==, "20 years");
}

/* Review of engine41, finding 1: "ranged from two killed to 12 people
 * injured" counts two facts in two words of one unit (U_PEOPLE), not the
 * range 2-12 people: "two killed" is another report's "two people were
 * killed", and its "12 people" no range of "between two and 12 people
 * were hurt". */
static void test_range_of_two_words(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "The bus crashed near Lyon on Monday; casualties ranged from two killed to 12 people injured, "
	    "police said.\n",
	    "Police said two people were killed when the bus crashed near Lyon on Monday.\n",
	    "Between two and 12 people were hurt when the bus crashed near Lyon on Monday, police said.\n",
	    NULL);
	const CrFact *killed = engine_fact(e, 0, CR_FACT_NUMBER, "two killed", 0);
	g_assert_cmpuint(killed->end - killed->start, ==, strlen("two killed"));
	assert_linked(killed, engine_fact(e, 1, CR_FACT_NUMBER, "two people", 0));
	const CrFact *range = engine_fact(e, 2, CR_FACT_NUMBER, "two and 12 people", 0);
	assert_not_linked(engine_fact(e, 0, CR_FACT_NUMBER, "12 people", 0), range);
}

/* Engine45, from heldout-kijabe's wrong link: a report says its count
 * again ("Dam Bursts: More Than 40 Killed in Tarova", "More than 40
 * people perished in Kestria after a dam burst"); the other report gives
 * that count to two facts (the dam's, its floods' in the capital), and
 * its twin of the floods shares more words with the joiner ("burst",
 * "flooding") than the dam's headline does, but fewer than the joiner's
 * own headline: the joiner stays with its headline. Near miss: without
 * the headline, the twin's sentence wins, as before. */
/* engine49: two durations written as modifiers, of one value, are the
 * length of one thing whatever their sentences ("a 17-hour journey", "a
 * 17-hour voyage", starliner); not a modifier and a duration written
 * plainly ("17 hours later"), nor two plain ones. */
static void test_durations_as_modifiers(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "The crew undocked from the station at 1:05 a.m. and embarked on a 17-hour journey back.\n",
	    "Their water landing, which came after about a 17-hour voyage, is a storybook end.\n", NULL);
	assert_linked(engine_fact(e, 0, CR_FACT_NUMBER, "17-hour", 0),
		      engine_fact(e, 1, CR_FACT_NUMBER, "17-hour", 0));
	g_autoptr(CrEngine) plain = cr_test_engine(
	    "The crew undocked from the station at 1:05 a.m. and embarked on a 17-hour journey back.\n",
	    "Their water landing came 17 hours later, a storybook end.\n",
	    "Engineers had worked for 17 hours on the parachutes before it.\n", NULL);
	const CrFact *later = engine_fact(plain, 1, CR_FACT_NUMBER, "17 hours", 0);
	assert_not_linked(engine_fact(plain, 0, CR_FACT_NUMBER, "17-hour", 0), later);
	assert_not_linked(later, engine_fact(plain, 2, CR_FACT_NUMBER, "17 hours", 0));
}

static void test_count_said_again(void)
{
	const char *two_facts =
	    "Over 40 people dead in Tarova dam tragedy with more missing.\n\n"
	    "By Monday morning, more than 40 people had died of floods in the capital city after the "
	    "Vell River burst its banks and washed away makeshift houses.\n";
	g_autoptr(CrEngine) e = cr_test_engine(
	    two_facts,
	    "Kestria Dam Bursts: More Than 40 Killed in Tarova Town\n\n"
	    "More than 40 people perished in Kestria after a dam burst due to severe rains and "
	    "flooding, according to officials.\n",
	    NULL);
	const CrFact *dam = engine_fact(e, 0, CR_FACT_NUMBER, "Over 40 people", 0);
	const CrFact *floods = engine_fact(e, 0, CR_FACT_NUMBER, "more than 40 people", 0);
	const CrFact *lede = engine_fact(e, 1, CR_FACT_NUMBER, "More than 40 people", 0);
	assert_linked(dam, engine_fact(e, 1, CR_FACT_NUMBER, "More Than 40 Killed", 0));
	assert_linked(dam, lede);
	assert_not_linked(floods, lede);

	g_autoptr(CrEngine) alone = cr_test_engine(
	    two_facts,
	    "More than 40 people perished in Kestria after a dam burst due to severe rains and "
	    "flooding, according to officials.\n",
	    NULL);
	assert_linked(engine_fact(alone, 0, CR_FACT_NUMBER, "more than 40 people", 0),
		      engine_fact(alone, 1, CR_FACT_NUMBER, "More than 40 people", 0));
}

/* Asserts that report A's first fact at A_FIRST links with report B's at
 * B_FIRST, A's second at A_SECOND (the same amount, another fact) with
 * B's at B_SECOND, and not B's second with A's first; a second written as
 * its report's first is its second occurrence. */
static void assert_two_facts_kept(const char *a, const char *b, const char *a_first, const char *a_second,
				  const char *b_first, const char *b_second)
{
	g_autoptr(CrEngine) e = cr_test_engine(a, b, NULL);
	const CrFact *first = engine_fact(e, 0, CR_FACT_NUMBER, a_first, 0);
	const CrFact *second = engine_fact(e, 1, CR_FACT_NUMBER, b_second, strcmp(b_first, b_second) == 0);
	assert_linked(first, engine_fact(e, 1, CR_FACT_NUMBER, b_first, 0));
	assert_linked(engine_fact(e, 0, CR_FACT_NUMBER, a_second, strcmp(a_first, a_second) == 0), second);
	assert_not_linked(first, second);
}

/* Review of engine45's count said again (/align/group/count-said-again):
 * near misses the rule must not catch, a joiner whose own saying of the
 * count shares with it only the story's words or the twin's own. A
 * headline naming both facts holds every word that pulls the body to the
 * twin ("Vell", "bridge"; "hospital", "Vell"): it keeps nothing. A
 * headline that shares with the body as many words as the twin does
 * ("Kestria", "bus", "crash" against "Vell", "arrested", "protests"):
 * the tie goes to the twin. */
static void test_count_said_again_near_misses(void)
{
	assert_two_facts_kept("The earthquake killed 12 people in Tarova on Tuesday.\n\n"
			      "In the port of Vell, 12 people were hurt when a bridge fell.\n",
			      "Quake kills 12 in Tarova, bridge collapses in Vell\n\n"
			      "At Vell, 12 people were injured as the bridge collapsed.\n",
			      "12 people", "12 people", "12", "12 people");
	assert_two_facts_kept("Five people died when a bus left the road near Tarova.\n\n"
			      "Five people were taken to hospital in Vell, police said.\n",
			      "Bus crash near Tarova: five dead, five in hospital in Vell\n\n"
			      "Five people were treated in hospital in Vell after the crash.\n",
			      "Five people", "Five people", "five dead", "Five people");
	assert_two_facts_kept("A bus carrying pilgrims overturned near Tarova, killing 7 people.\n\n"
			      "Separately, 7 people were arrested in Vell over the protests.\n",
			      "Kestria bus crash near Tarova kills 7 people\n\n"
			      "Police in Vell arrested 7 people after the bus crash protests in Kestria.\n",
			      "7 people", "7 people", "7 people", "7 people");
}

/* engine50: a report's second saying of a small amount whose sentence
 * shares with another report only words its first saying's sentence
 * holds too borrows the first's link: one man's "16-year sentence" stays
 * out of the cluster of another's "16 years" (the span "16-year sentence"
 * made it count). Near misses: two reports' "16-year sentence" of one
 * man; a report's second saying that shares a word of its own with the
 * other report ("espionage"). */
static void test_repeat_borrows_no_link(void)
{
	const char *two_men =
	    "Olin was arrested in March on spying charges. He was later sentenced to 16 years in a "
	    "high-security Kestrian prison.\n\n"
	    "Vask, a former soldier, was detained in 2018. He has been serving a 16-year sentence in a "
	    "Kestrian prison.\n";
	g_autoptr(CrEngine) e = cr_test_engine(
	    "Olin, who was sentenced by a Kestrian court to 16 years in prison for espionage just days "
	    "before, was among those freed in Tarova.\n",
	    two_men, NULL);
	const CrFact *olin = engine_fact(e, 0, CR_FACT_NUMBER, "16 years", 0);
	assert_linked(olin, engine_fact(e, 1, CR_FACT_NUMBER, "16 years", 0));
	assert_not_linked(olin, engine_fact(e, 1, CR_FACT_NUMBER, "16-year sentence", 0));

	g_autoptr(CrEngine) vask = cr_test_engine(
	    "Vask has been serving a 16-year sentence in a Kestrian prison since his arrest.\n", two_men,
	    NULL);
	assert_linked(engine_fact(vask, 0, CR_FACT_NUMBER, "16-year sentence", 0),
		      engine_fact(vask, 1, CR_FACT_NUMBER, "16-year sentence", 0));

	g_autoptr(CrEngine) own = cr_test_engine(
	    "Olin, who was sentenced by a Kestrian court to 16 years in prison for espionage just days "
	    "before, was among those freed in Tarova.\n",
	    "Olin was later sentenced to 16 years in a high-security Kestrian prison.\n\n"
	    "His 16-year sentence for espionage was condemned abroad.\n",
	    NULL);
	const CrFact *first = engine_fact(own, 0, CR_FACT_NUMBER, "16 years", 0);
	assert_linked(first, engine_fact(own, 1, CR_FACT_NUMBER, "16 years", 0));
	assert_linked(first, engine_fact(own, 1, CR_FACT_NUMBER, "16-year sentence", 0));
}

/* Round 37, second part (sinner): one count of one noun with a function
 * word after it that closes its phrase, each in two reports or more, is
 * two facts ("two sets up", "two sets down"); a word that one report
 * alone writes after the count leaves it one fact. */
static void test_count_phrases(void)
{
	const char *up = "Medvedev lost the final after being two sets up.\n";
	const char *both =
	    "Sinner came back from two sets down to win, and Medvedev, who was two sets up, lost.\n";
	const char *down = "Sinner won the final from two sets down.\n";
	g_autoptr(CrEngine) e = cr_test_engine(up, both, down, NULL);
	const CrFact *lead = engine_fact(e, 0, CR_FACT_NUMBER, "two sets", 0);
	const CrFact *deficit = engine_fact(e, 2, CR_FACT_NUMBER, "two sets", 0);
	assert_linked(lead, engine_fact(e, 1, CR_FACT_NUMBER, "two sets", 1));
	assert_linked(deficit, engine_fact(e, 1, CR_FACT_NUMBER, "two sets", 0));
	assert_not_linked(lead, deficit);
	assert_not_linked(lead, engine_fact(e, 1, CR_FACT_NUMBER, "two sets", 0));

	/* near miss: "down" of one report only */
	g_autoptr(CrEngine) once = cr_test_engine(up, "Medvedev was two sets up, and lost.\n", down, NULL);
	assert_linked(engine_fact(once, 0, CR_FACT_NUMBER, "two sets", 0),
		      engine_fact(once, 2, CR_FACT_NUMBER, "two sets", 0));
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/align/group/bare-decimal-takes-the-event-unit",
			test_bare_decimal_takes_the_event_unit);
	g_test_add_func("/align/group/counts-of-nationals", test_counts_of_nationals);
	g_test_add_func("/align/group/counts-of-a-demonym", test_counts_of_a_demonym);
	g_test_add_func("/align/group/gate-is-no-seat", test_gate_is_no_seat);
	g_test_add_func("/align/group/code-counts-nothing", test_code_counts_nothing);
	g_test_add_func("/align/group/persons-named-two-ways", test_persons_named_two_ways);
	g_test_add_func("/align/group/one-amount-of-two-facts", test_one_amount_of_two_facts);
	g_test_add_func("/align/group/count-said-again", test_count_said_again);
	g_test_add_func("/align/group/durations-as-modifiers", test_durations_as_modifiers);
	g_test_add_func("/align/group/repeat-borrows-no-link", test_repeat_borrows_no_link);
	g_test_add_func("/align/group/count-said-again-near-misses", test_count_said_again_near_misses);
	g_test_add_func("/align/group/bare-count-of-two-nouns", test_bare_count_of_two_nouns);
	g_test_add_func("/align/group/administrative-place", test_administrative_place);
	g_test_add_func("/align/group/counts-of-a-nationality-spelled-two-ways",
			test_counts_of_a_nationality_spelled_two_ways);
	g_test_add_func("/align/group/numbers-said-another-way", test_numbers_said_another_way);
	g_test_add_func("/align/group/people-counts-across-the-event", test_people_counts_across_the_event);
	g_test_add_func("/align/group/counts-read-another-way", test_counts_read_another_way);
	g_test_add_func("/align/group/range-in-words-and-digits", test_range_in_words_and_digits);
	g_test_add_func("/align/group/range-of-two-words", test_range_of_two_words);
	g_test_add_func("/align/group/persons-are-no-things", test_persons_are_no_things);
	g_test_add_func("/align/group/people-counts-of-two-facts", test_people_counts_of_two_facts);
	g_test_add_func("/align/group/amount-of-an-earlier-month", test_amount_of_an_earlier_month);
	g_test_add_func("/align/group/attackers-named-two-ways", test_attackers_named_two_ways);
	g_test_add_func("/align/group/attackers-are-not-their-victims", test_attackers_are_not_their_victims);
	g_test_add_func("/align/counts/shares-of-one-whole", test_shares_of_one_whole);
	g_test_add_func("/align/counts/approximation-meets-floor", test_approximation_meets_floor);
	g_test_add_func("/align/counts/two-actors-shares-of-one-whole", test_two_actors_shares_of_one_whole);
	g_test_add_func("/align/counts/approximation-floor-one-word", test_approximation_floor_one_word);
	g_test_add_func("/align/counts/figure-beside-decimals", test_figure_beside_decimals);
	g_test_add_func("/align/counts/size-of-a-noun", test_size_of_a_noun);
	g_test_add_func("/align/counts/size-after-a-change-word", test_size_after_a_change_word);
	g_test_add_func("/align/counts/rounded-percentages", test_rounded_percentages);
	g_test_add_func("/align/counts/rounded-counts", test_rounded_counts);
	g_test_add_func("/align/counts/count-phrases", test_count_phrases);
	return g_test_run();
}

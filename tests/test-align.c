/* Unit tests for the aligner's groups: facts by key, numbers by value,
 * dates, quotations, weights, and a group as one fact. */
#include "align-hand.h"

static void test_empty(void)
{
	g_autoptr(Hand) h = hand_new("Nothing to see.\n", "Nor here.\n", NULL);
	g_autoptr(CrAlignment) al = hand_align(h);
	g_assert_cmpuint(al->n_docs, ==, 2);
	g_assert_cmpuint(al->groups->len, ==, 0);
	g_assert_cmpuint(al->chains->len, ==, 1);
	g_assert_cmpuint(((CrChain *)g_ptr_array_index(al->chains, 0))->anchors->len, ==, 0);

	g_autoptr(CrEngine) engine = cr_test_engine("Nothing to see.\n", NULL);
	g_assert_cmpuint(engine->alignment->groups->len, ==, 0);
	g_assert_cmpuint(engine->alignment->chains->len, ==, 0);
}

static void test_names_by_key(void)
{
	g_autoptr(Hand) h =
	    hand_new("Ann Lee met Bo Chan in Oslo.\n", "In Oslo, Lee spoke.\n", "Chan left.\n", NULL);
	add(h, 0, "Ann Lee", CR_FACT_PERSON, "ann lee");
	add(h, 0, "Bo Chan", CR_FACT_PERSON, "bo chan");
	add(h, 0, "Oslo", CR_FACT_PLACE, "oslo");
	add(h, 1, "Oslo", CR_FACT_PLACE, "oslo");
	add(h, 1, "Lee", CR_FACT_PERSON, "ann lee")->flags |= CR_FACT_ALIAS;
	add(h, 2, "Chan", CR_FACT_PERSON, "bo chan");
	g_autoptr(CrAlignment) al = hand_align(h);

	g_assert_cmpuint(al->groups->len, ==, 3);
	int lee = group_of(h, 0, CR_FACT_PERSON, "Ann Lee");
	g_assert_cmpint(lee, ==, group_of(h, 1, CR_FACT_PERSON, "Lee"));
	g_assert_cmpint(group_of(h, 0, CR_FACT_PERSON, "Bo Chan"), ==,
			group_of(h, 2, CR_FACT_PERSON, "Chan"));
	g_assert_cmpint(group_of(h, 0, CR_FACT_PLACE, "Oslo"), ==, group_of(h, 1, CR_FACT_PLACE, "Oslo"));
	g_assert_cmpint(lee, !=, group_of(h, 0, CR_FACT_PERSON, "Bo Chan"));

	const CrGroup *g = group_at(al, lee);
	g_assert_cmpint(g->kind, ==, CR_FACT_PERSON);
	g_assert_cmpstr(g->value, ==, "ann lee");
	g_assert_cmpuint(g->n_docs, ==, 2);
	g_assert_cmpuint(g->doc_mask, ==, 0x3);
	g_assert_cmpuint(g->facts->len, ==, 2);
	/* Groups are numbered in the order of their first fact. */
	g_assert_cmpint(lee, ==, 0);
	g_assert_cmpint(group_of(h, 0, CR_FACT_PLACE, "Oslo"), ==, 2);
}

static void test_single_report_and_skipped_facts(void)
{
	g_autoptr(Hand) h =
	    hand_new("Ann Lee and Ann Lee. Rome. Nine.\n", "Rome, Nine, Paris.\n", "Paris.\n", NULL);
	add_nth(h, 0, "Ann Lee", 0, CR_FACT_PERSON, "ann lee");
	add_nth(h, 0, "Ann Lee", 1, CR_FACT_PERSON, "ann lee");
	add(h, 0, "Rome", CR_FACT_PLACE, "rome")->flags |= CR_FACT_IGNORED;
	add(h, 1, "Rome", CR_FACT_PLACE, "rome");
	add(h, 0, "Nine", CR_FACT_NUMBER, NULL)->num = 9;
	add(h, 1, "Nine", CR_FACT_NUMBER, NULL)->num = 9;
	add(h, 1, "Paris", CR_FACT_PLACE, "paris");
	add(h, 2, "Paris", CR_FACT_PLACE, "paris")->flags |= CR_FACT_IGNORED;
	g_autoptr(CrAlignment) al = hand_align(h);

	/* A name repeated in one report only, a boilerplate fact, facts
	 * without a key: nothing is shared. */
	g_assert_cmpuint(al->groups->len, ==, 0);
	for (guint i = 0; i < h->facts->len; i++)
		g_assert_cmpint(g_array_index(h->facts, CrFact, i).group, ==, -1);
}

static void test_kinds_do_not_mix(void)
{
	g_autoptr(Hand) h = hand_new("Jordan said 12.\n", "Jordan: 12 km.\n", NULL);
	add(h, 0, "Jordan", CR_FACT_PERSON, "jordan");
	add(h, 1, "Jordan", CR_FACT_PLACE, "jordan");
	add_number(h, 0, "12", 12, NULL);
	add_number(h, 1, "12 km", 12, "km");
	g_autoptr(CrAlignment) al = hand_align(h);
	g_assert_cmpuint(al->groups->len, ==, 0);
}

static void test_numbers_by_value(void)
{
	g_autoptr(Hand) h =
	    hand_new("It cost $5 million, 40 per cent. 12,000 people left, 3 people stayed.\n",
		     "A $5m bill; 40% agreed. Some 12,000 fled; 3 stayed; 7.5 km of road.\n",
		     "About 40 said so; 7.5 were lost.\n", NULL);
	add_number(h, 0, "$5 million", 5e6, "USD");
	add_number(h, 1, "$5m", 5e6, "USD");
	add_number(h, 0, "40 per cent", 40, "%");
	add_number(h, 1, "40%", 40, "%");
	add_number(h, 2, "40", 40, NULL);
	add_number(h, 0, "12,000 people", 12000, "people");
	add_number(h, 1, "12,000", 12000, NULL);
	add_number(h, 0, "3 people", 3, "people");
	add_number(h, 1, "3", 3, NULL);
	add_number(h, 1, "7.5 km", 7.5, "km");
	add_number(h, 2, "7.5", 7.5, NULL);
	g_autoptr(CrAlignment) al = hand_align(h);

	g_assert_cmpint(group_of(h, 0, CR_FACT_NUMBER, "$5 million"), ==,
			group_of(h, 1, CR_FACT_NUMBER, "$5m"));
	int percent = group_of(h, 0, CR_FACT_NUMBER, "40 per cent");
	g_assert_cmpint(percent, ==, group_of(h, 1, CR_FACT_NUMBER, "40%"));
	/* A large value said with no unit joins the same value with one; a
	 * small one could count anything. */
	int people = group_of(h, 0, CR_FACT_NUMBER, "12,000 people");
	g_assert_cmpint(people, >=, 0);
	g_assert_cmpint(people, ==, group_of(h, 1, CR_FACT_NUMBER, "12,000"));
	g_assert_cmpfloat(group_at(al, people)->confidence, <, 1.0);
	g_assert_cmpint(group_of(h, 1, CR_FACT_NUMBER, "7.5 km"), ==, -1);
	g_assert_cmpint(group_of(h, 2, CR_FACT_NUMBER, "7.5"), ==, -1);
	g_assert_cmpint(group_of(h, 2, CR_FACT_NUMBER, "40"), ==, -1);
	g_assert_cmpint(group_of(h, 0, CR_FACT_NUMBER, "3 people"), ==, -1);
	g_assert_cmpint(group_of(h, 1, CR_FACT_NUMBER, "3"), ==, -1);
	g_assert_cmpuint(al->groups->len, ==, 3);

	/* The same value in two units, and a third report without one: it
	 * could be either, so it joins neither. */
	g_autoptr(Hand) h2 = hand_new("It cost $12,000.\n", "12,000 people came.\n", "We counted 12,000.\n",
				      "It cost 12,000 dollars.\n", NULL);
	add_number(h2, 0, "$12,000", 12000, "USD");
	add_number(h2, 1, "12,000 people", 12000, "people");
	add_number(h2, 2, "12,000", 12000, NULL);
	add_number(h2, 3, "12,000 dollars", 12000, "USD");
	g_autoptr(CrAlignment) al2 = hand_align(h2);
	g_assert_cmpint(group_of(h2, 0, CR_FACT_NUMBER, "$12,000"), ==,
			group_of(h2, 3, CR_FACT_NUMBER, "12,000 dollars"));
	g_assert_cmpint(group_of(h2, 2, CR_FACT_NUMBER, "12,000"), ==, -1);
	g_assert_cmpint(group_of(h2, 1, CR_FACT_NUMBER, "12,000 people"), ==, -1);

	/* Small counts of different things are different facts; one that does
	 * not say what it counts could be either, and with nothing in its
	 * sentence to choose, it joins neither; a rare value may be named in
	 * other words ("ships", "vessels"). */
	g_autoptr(Hand) h3 =
	    hand_new("Three members voted no; 412 ships sail.\n", "three banks agreed; 412 vessels in all.\n",
		     "three wanted more.\n", NULL);
	add_number(h3, 0, "Three members", 3, NULL)->counted = g_strdup("member");
	add_number(h3, 1, "three banks", 3, NULL)->counted = g_strdup("bank");
	add_number(h3, 2, "three", 3, NULL);
	add_number(h3, 0, "412 ships", 412, NULL)->counted = g_strdup("ship");
	add_number(h3, 1, "412 vessels", 412, NULL)->counted = g_strdup("vessel");
	g_autoptr(CrAlignment) al3 = hand_align(h3);
	int members = group_of(h3, 0, CR_FACT_NUMBER, "Three members");
	int banks = group_of(h3, 1, CR_FACT_NUMBER, "three banks");
	g_assert_true(members < 0 || members != banks);
	g_assert_cmpint(group_of(h3, 2, CR_FACT_NUMBER, "three"), ==, -1);
	g_assert_cmpint(group_of(h3, 0, CR_FACT_NUMBER, "412 ships"), >=, 0);
	g_assert_cmpint(group_of(h3, 0, CR_FACT_NUMBER, "412 ships"), ==,
			group_of(h3, 1, CR_FACT_NUMBER, "412 vessels"));
	g_assert_cmpuint(al3->groups->len, ==, 1);

	/* A rare count of people meets the same count of whoever it names
	 * ("181 people", "181 passengers"); a small one does not when the
	 * event counts that value as something else too ("34 cars"; without
	 * them, test_people_counts_across_the_event()). */
	g_autoptr(Hand) h5 = hand_new("181 people were on board; 34 people died.\n",
				      "181 passengers flew; 34 passengers were hurt in 34 cars.\n", NULL);
	add_number(h5, 0, "181 people", 181, "people");
	add_number(h5, 1, "181 passengers", 181, NULL)->counted = g_strdup("passenger");
	add_number(h5, 0, "34 people", 34, "people");
	add_number(h5, 1, "34 passengers", 34, NULL)->counted = g_strdup("passenger");
	add_number(h5, 1, "34 cars", 34, NULL)->counted = g_strdup("car");
	g_autoptr(CrAlignment) al5 = hand_align(h5);
	g_assert_cmpint(group_of(h5, 0, CR_FACT_NUMBER, "181 people"), >=, 0);
	g_assert_cmpint(group_of(h5, 0, CR_FACT_NUMBER, "181 people"), ==,
			group_of(h5, 1, CR_FACT_NUMBER, "181 passengers"));
	g_assert_cmpint(group_of(h5, 0, CR_FACT_NUMBER, "34 people"), ==, -1);
	g_assert_cmpuint(al5->groups->len, ==, 1);

	/* Small counts that say nothing of what they count are one fact only
	 * when their sentences share a content word. */
	g_autoptr(Hand) h4 =
	    hand_new("The Fishers won five; the Greens twelve.\n", "Fishers: five. South: five.\n",
		     "They lost five in the south.\n", NULL);
	static const guint32 fishers[] = { 11, 22 }, fishers_b[] = { 22 }, south[] = { 33 },
			     south_c[] = { 33, 44 };
	g_autoptr(CrFactStrings) pool = cr_fact_strings_new_packed();
	CrFact *fa = add_number(h4, 0, "five", 5, NULL);
	fa->context = cr_fact_context_new(pool, fishers, G_N_ELEMENTS(fishers));
	CrFact *fb = add_number(h4, 1, "five", 5, NULL);
	fb->context = cr_fact_context_new(pool, fishers_b, G_N_ELEMENTS(fishers_b));
	CrFact *sb = add_nth(h4, 1, "five", 1, CR_FACT_NUMBER, "5|");
	sb->num = 5;
	sb->context = cr_fact_context_new(pool, south, G_N_ELEMENTS(south));
	CrFact *sc = add_number(h4, 2, "five", 5, NULL);
	sc->context = cr_fact_context_new(pool, south_c, G_N_ELEMENTS(south_c));
	g_autoptr(CrAlignment) al4 = hand_align(h4);
	g_assert_cmpuint(al4->groups->len, ==, 2);
	int fishers_group = group_of(h4, 0, CR_FACT_NUMBER, "five");
	int south_group = group_of(h4, 2, CR_FACT_NUMBER, "five");
	g_assert_cmpint(fishers_group, >=, 0);
	g_assert_cmpint(south_group, >=, 0);
	g_assert_cmpint(fishers_group, !=, south_group);
	for (guint i = 0; i < h4->facts->len; i++) {
		const CrFact *f = &g_array_index(h4->facts, CrFact, i);
		if (f->doc == 1)
			g_assert_cmpint(f->group, ==, f->start < 10 ? fishers_group : south_group);
	}
}

/* A number that fits two clusters of its value fully joins the one met
 * first when it is as specific as they are (the clusters after it are not
 * weighed); a less specific one still weighs the tie between them, and
 * when its sentence shares as much with both, joins neither. */
static void test_number_fits_two_clusters(void)
{
	static const guint32 first[] = { 11 }, second[] = { 22 }, both[] = { 11, 22 };
	g_autoptr(CrFactStrings) pool = cr_fact_strings_new_packed();
	g_autoptr(Hand) h = hand_new("Five seats here, five seats there.\n", "It won five seats.\n", NULL);
	add(h, 0, "Five seats here", CR_FACT_NUMBER, "5|")->context =
	    cr_fact_context_new(pool, first, G_N_ELEMENTS(first));
	add(h, 0, "five seats there", CR_FACT_NUMBER, "5|")->context =
	    cr_fact_context_new(pool, second, G_N_ELEMENTS(second));
	add(h, 1, "five seats", CR_FACT_NUMBER, "5|")->context =
	    cr_fact_context_new(pool, both, G_N_ELEMENTS(both));
	for (guint i = 0; i < h->facts->len; i++) {
		g_array_index(h->facts, CrFact, i).num = 5;
		g_array_index(h->facts, CrFact, i).counted = g_strdup("seat");
	}
	g_autoptr(CrAlignment) al = hand_align(h);
	g_assert_cmpuint(al->groups->len, ==, 1);
	g_assert_cmpint(group_of(h, 1, CR_FACT_NUMBER, "five seats"), ==,
			group_of(h, 0, CR_FACT_NUMBER, "Five seats here"));
	g_assert_cmpint(group_of(h, 0, CR_FACT_NUMBER, "five seats there"), ==, -1);

	g_autoptr(Hand) bare = hand_new("Five seats here, five seats there.\n", "It won five.\n", NULL);
	for (guint n = 0; n < 2; n++) {
		CrFact *f = add(bare, 0, n ? "five seats there" : "Five seats here", CR_FACT_NUMBER, "5|");
		f->num = 5;
		f->counted = g_strdup("seat");
		f->context = cr_fact_context_new(pool, n ? second : first, 1);
	}
	CrFact *five = add(bare, 1, "five", CR_FACT_NUMBER, "5|");
	five->num = 5;
	five->context = cr_fact_context_new(pool, both, G_N_ELEMENTS(both));
	g_autoptr(CrAlignment) none = hand_align(bare);
	g_assert_cmpuint(none->groups->len, ==, 0);
}

static void test_dates_same_day(void)
{
	g_autoptr(Hand) h = hand_new("On May 24, 2023 and May 25, 2023.\n", "24.05.2023 then 25.05.2023.\n",
				     "It was 2023-05-24.\n", "Sometime.\n", NULL);
	add_date(h, 0, "May 24, 2023", 2023, 5, 24, CR_DATE_DAY);
	add_date(h, 0, "May 25, 2023", 2023, 5, 25, CR_DATE_DAY);
	add_date(h, 1, "24.05.2023", 2023, 5, 24, CR_DATE_DAY);
	add_date(h, 1, "25.05.2023", 2023, 5, 25, CR_DATE_DAY);
	add_date(h, 2, "2023-05-24", 2023, 5, 24, CR_DATE_DAY);
	add_date(h, 3, "Sometime", 0, 0, 0, CR_DATE_NONE);
	add_date(h, 2, "It", 0, 0, 0, CR_DATE_NONE);
	g_autoptr(CrAlignment) al = hand_align(h);

	int d24 = group_of(h, 0, CR_FACT_DATE, "May 24, 2023");
	int d25 = group_of(h, 0, CR_FACT_DATE, "May 25, 2023");
	g_assert_cmpint(d24, !=, d25);
	g_assert_cmpint(d24, ==, group_of(h, 1, CR_FACT_DATE, "24.05.2023"));
	g_assert_cmpint(d24, ==, group_of(h, 2, CR_FACT_DATE, "2023-05-24"));
	g_assert_cmpint(d25, ==, group_of(h, 1, CR_FACT_DATE, "25.05.2023"));
	g_assert_cmpuint(group_at(al, d24)->n_docs, ==, 3);
	g_assert_cmpint(group_of(h, 3, CR_FACT_DATE, "Sometime"), ==, -1);
	g_assert_cmpint(group_of(h, 2, CR_FACT_DATE, "It"), ==, -1);
	g_assert_cmpuint(al->groups->len, ==, 2);
}

/* Round 28's read misses: the last day of a span ("from Jan. 1, 2014,
 * through Dec. 1, 2024", "Jan. 1, 2014-Dec. 1, 2024") is a bound, which
 * meets the same bound in another report, not the day on which something
 * happens ("Sunday", "Dec. 1, 2024" alone) though the calendar day is the
 * same; the span's first day is a day as before, and so is the last of a
 * span of weeks. */
static void test_dates_span_end_a_bound(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "Dec. 2, 2024\n\nBiden pardoned his son on Sunday for offenses during the period from Jan. 1, "
	    "2014, through Dec. 1, 2024.\n",
	    "Dec. 2, 2024\n\nThe president pardoned him on Sunday, for offenses committed Jan. 1, 2014-Dec. "
	    "1, "
	    "2024.\n",
	    "Dec. 2, 2024\n\nBiden signed the pardon on Dec. 1, 2024, in Washington.\n",
	    "Dec. 2, 2024\n\nIt covers offenses between Jan. 1, 2014 and Dec. 1, 2024, the statement said.\n",
	    NULL);
	const CrFact *end0 = engine_fact(e, 0, CR_FACT_DATE, "Dec. 1, 2024", 0);
	const CrFact *signed2 = engine_fact(e, 2, CR_FACT_DATE, "Dec. 1, 2024", 0);
	const CrFact *sunday0 = engine_fact(e, 0, CR_FACT_DATE, "Sunday", 0);
	assert_linked(end0, engine_fact(e, 1, CR_FACT_DATE, "Dec. 1, 2024", 0));
	assert_linked(end0, engine_fact(e, 3, CR_FACT_DATE, "Dec. 1, 2024", 0));
	assert_linked(sunday0, engine_fact(e, 1, CR_FACT_DATE, "Sunday", 0));
	assert_linked(sunday0, signed2);
	assert_not_linked(end0, sunday0);
	assert_not_linked(end0, signed2);
	/* the first day of each span is a day as before */
	const CrFact *start0 = engine_fact(e, 0, CR_FACT_DATE, "Jan. 1, 2014", 0);
	g_assert_false(start0->date.span_end);
	assert_linked(start0, engine_fact(e, 1, CR_FACT_DATE, "Jan. 1, 2014", 0));
	assert_linked(start0, engine_fact(e, 3, CR_FACT_DATE, "Jan. 1, 2014", 0));

	/* a span of weeks is days on which something happens */
	g_autoptr(CrEngine) days = cr_test_engine(
	    "July 2, 2024\n\nThe products were produced between June 11 and June 17. Sell-by dates range "
	    "from July 25 to Aug. 30.\n",
	    "July 2, 2024\n\nOther meats that were produced on June 17 are recalled too. Sell-by dates are "
	    "between July 25, 2024, and Aug. 30, 2024.\n",
	    NULL);
	assert_linked(engine_fact(days, 0, CR_FACT_DATE, "June 17", 0),
		      engine_fact(days, 1, CR_FACT_DATE, "June 17", 0));
	assert_linked(engine_fact(days, 0, CR_FACT_DATE, "Aug. 30", 0),
		      engine_fact(days, 1, CR_FACT_DATE, "Aug. 30, 2024", 0));
}

/* Less precise dates: a month joins the one day of it that reports give,
 * with less confidence; a month between two days joins neither. */
static void test_dates_less_precise(void)
{
	g_autoptr(Hand) h =
	    hand_new("Talks on May 24, 2023.\n", "Talks in May 2023.\n", "Also in May 2023.\n",
		     "May 3, 2023 and May 9, 2023.\n", "In May 2023 again.\n", NULL);
	add_date(h, 0, "May 24, 2023", 2023, 5, 24, CR_DATE_DAY);
	add_date(h, 1, "May 2023", 2023, 5, 0, CR_DATE_MONTH);
	add_date(h, 2, "May 2023", 2023, 5, 0, CR_DATE_MONTH);
	g_autoptr(CrAlignment) al = hand_align(h);
	int g = group_of(h, 0, CR_FACT_DATE, "May 24, 2023");
	g_assert_cmpint(g, >=, 0);
	g_assert_cmpint(g, ==, group_of(h, 1, CR_FACT_DATE, "May 2023"));
	g_assert_cmpint(g, ==, group_of(h, 2, CR_FACT_DATE, "May 2023"));
	/* A weaker match than the same day. */
	g_assert_cmpfloat(group_at(al, g)->confidence, <, 1.0);

	/* A month between two days of it stays out of both. */
	g_autoptr(Hand) h2 = hand_new("Talks on May 24, 2023.\n", "Talks in May 2023.\n",
				      "May 3, 2023 and May 24, 2023.\n", "In May 2023 again.\n", NULL);
	add_date(h2, 0, "May 24, 2023", 2023, 5, 24, CR_DATE_DAY);
	add_date(h2, 2, "May 3, 2023", 2023, 5, 3, CR_DATE_DAY);
	add_date(h2, 2, "May 24, 2023", 2023, 5, 24, CR_DATE_DAY);
	add_date(h2, 1, "May 2023", 2023, 5, 0, CR_DATE_MONTH);
	add_date(h2, 3, "May 2023", 2023, 5, 0, CR_DATE_MONTH);
	g_autoptr(CrAlignment) al2 = hand_align(h2);
	int months = group_of(h2, 1, CR_FACT_DATE, "May 2023");
	g_assert_cmpint(months, ==, group_of(h2, 3, CR_FACT_DATE, "May 2023"));
	g_assert_cmpint(months, !=, group_of(h2, 0, CR_FACT_DATE, "May 24, 2023"));
	g_assert_cmpint(group_of(h2, 2, CR_FACT_DATE, "May 3, 2023"), ==, -1);
	g_assert_cmpuint(al2->groups->len, ==, 2);

	/* No chaining through a month: the 24th and the 25th stay apart. */
	g_autoptr(Hand) h3 = hand_new("On May 24, 2023.\n", "In May 2023.\n", "On May 25, 2023.\n", NULL);
	add_date(h3, 0, "May 24, 2023", 2023, 5, 24, CR_DATE_DAY);
	add_date(h3, 1, "May 2023", 2023, 5, 0, CR_DATE_MONTH);
	add_date(h3, 2, "May 25, 2023", 2023, 5, 25, CR_DATE_DAY);
	g_autoptr(CrAlignment) al3 = hand_align(h3);
	g_assert_cmpuint(al3->groups->len, ==, 0);

	/* A range of days and the month it lies in; a bare year meets no
	 * day. */
	g_autoptr(Hand) h4 = hand_new("The summit of July 11 and 12, 2023, in 2023.\n", "In July 2023.\n",
				      "A July 2023 summit, in 2023.\n", NULL);
	CrFact *range = add_date(h4, 0, "July 11 and 12, 2023", 2023, 7, 11, CR_DATE_DAY);
	range->date.day_end = 12;
	add_date(h4, 1, "July 2023", 2023, 7, 0, CR_DATE_MONTH);
	add_date(h4, 2, "July 2023", 2023, 7, 0, CR_DATE_MONTH);
	add_date(h4, 0, "2023.", 2023, 0, 0, CR_DATE_YEAR);
	add_date(h4, 2, "2023.", 2023, 0, 0, CR_DATE_YEAR);
	g_autoptr(CrAlignment) al4 = hand_align(h4);
	int july = group_of(h4, 0, CR_FACT_DATE, "July 11 and 12, 2023");
	g_assert_cmpint(july, >=, 0);
	g_assert_cmpint(july, ==, group_of(h4, 1, CR_FACT_DATE, "July 2023"));
	g_assert_cmpint(july, ==, group_of(h4, 2, CR_FACT_DATE, "July 2023"));
	int year = group_of(h4, 0, CR_FACT_DATE, "2023.");
	g_assert_cmpint(year, >=, 0);
	g_assert_cmpint(year, !=, july);
	g_assert_cmpint(year, ==, group_of(h4, 2, CR_FACT_DATE, "2023."));
	g_assert_cmpuint(al4->groups->len, ==, 2);

	/* A year and one month written with it: "collapsed in 2019" and
	 * "collapsed in September 2019". */
	g_autoptr(Hand) h5 =
	    hand_new("The firm collapsed in 2019.\n", "The firm collapsed in September 2019.\n", NULL);
	add_date(h5, 0, "2019", 2019, 0, 0, CR_DATE_YEAR);
	add_date(h5, 1, "September 2019", 2019, 9, 0, CR_DATE_MONTH);
	g_autoptr(CrAlignment) al5 = hand_align(h5);
	g_assert_cmpint(group_of(h5, 0, CR_FACT_DATE, "2019"), >=, 0);
	g_assert_cmpint(group_of(h5, 0, CR_FACT_DATE, "2019"), ==,
			group_of(h5, 1, CR_FACT_DATE, "September 2019"));
}

static void test_quotes_same_words(void)
{
	g_autoptr(Hand) h = hand_new("He said \"we will not back down\" and \"the bridge opens in June\".\n",
				     "The bridge opens in June, he said. \"We will not back down.\"\n", NULL);
	add(h, 0, "we will not back down", CR_FACT_QUOTE, "we will not back down");
	add(h, 0, "the bridge opens in June", CR_FACT_QUOTE, "the bridge opens in june");
	add(h, 1, "We will not back down", CR_FACT_QUOTE, "we will not back down");
	add(h, 1, "The bridge opens in June", CR_FACT_QUOTE, "the bridge opens in june")->flags |=
	    CR_FACT_UNQUOTED;
	g_autoptr(CrAlignment) al = hand_align(h);
	g_assert_cmpuint(al->groups->len, ==, 2);
	g_assert_cmpint(group_of(h, 0, CR_FACT_QUOTE, "we will not back down"), ==,
			group_of(h, 1, CR_FACT_QUOTE, "We will not back down"));
	g_assert_cmpint(group_of(h, 0, CR_FACT_QUOTE, "the bridge opens in June"), ==,
			group_of(h, 1, CR_FACT_QUOTE, "The bridge opens in June"));
}

/* A fragment of a quotation joins the full one; a quotation that only
 * shares common words does not; a slightly reworded one joins with less
 * confidence. */
static void test_quotes_partial(void)
{
	g_autoptr(Hand) h =
	    hand_new("\"I am not aware of any decision made\", she said.\n", "She was \"not aware\" of it.\n",
		     "\"Not aware of any decision made\", she said. \"We are aware of the risks.\"\n", NULL);
	add(h, 0, "I am not aware of any decision made", CR_FACT_QUOTE,
	    "i am not aware of any decision made");
	add(h, 1, "not aware", CR_FACT_QUOTE, "not aware");
	add(h, 2, "Not aware of any decision made", CR_FACT_QUOTE, "not aware of any decision made");
	add(h, 2, "We are aware of the risks.", CR_FACT_QUOTE, "we are aware of the risks.");
	g_autoptr(CrAlignment) al = hand_align(h);
	int g = group_of(h, 0, CR_FACT_QUOTE, "I am not aware of any decision made");
	g_assert_cmpint(g, >=, 0);
	g_assert_cmpint(g, ==, group_of(h, 1, CR_FACT_QUOTE, "not aware"));
	g_assert_cmpint(g, ==, group_of(h, 2, CR_FACT_QUOTE, "Not aware of any decision made"));
	g_assert_cmpint(group_of(h, 2, CR_FACT_QUOTE, "We are aware of the risks."), ==, -1);
	g_assert_cmpuint(group_at(al, g)->n_docs, ==, 3);

	g_autoptr(Hand) h2 = hand_new("\"We will not hand this coast over to the sea,\" she said.\n",
				      "\"We will never hand this coast over to the sea,\" she said.\n", NULL);
	add(h2, 0, "We will not hand this coast over to the sea", CR_FACT_QUOTE,
	    "we will not hand this coast over to the sea");
	add(h2, 1, "We will never hand this coast over to the sea", CR_FACT_QUOTE,
	    "we will never hand this coast over to the sea");
	g_autoptr(CrAlignment) al2 = hand_align(h2);
	int reworded = group_of(h2, 0, CR_FACT_QUOTE, "We will not hand this coast over to the sea");
	g_assert_cmpint(reworded, >=, 0);
	g_assert_cmpint(reworded, ==,
			group_of(h2, 1, CR_FACT_QUOTE, "We will never hand this coast over to the sea"));
	g_assert_cmpfloat(group_at(al2, reworded)->confidence, <, 1.0);
}

/* An age opening its sentence as "The 76-year-old" is told apart by the
 * words of the sentence before too, where its person is; two ages of one
 * value are one person's whatever their sentences (round 10: "The
 * 33-year-old was convicted", "Letby, 33, is only the third woman"),
 * unless a sentence gives that age to two people (test_numbers_by_value)
 * or one is in apposition to a name its other's sentence does not hold
 * (stop 40, duplantis: "Karalis, 24," is not "the 24-year-old" of a
 * sentence naming Duplantis). */
static void test_age_told_before(void)
{
	const char *bare = "Reports say Hasina, 76, fled to neighbouring India's West Bengal state.\n";
	g_autoptr(CrEngine) engine = cr_test_engine(
	    bare,
	    "Hasina left Dhaka in a helicopter for India. The 76-year-old is accompanied by her sister.\n",
	    NULL);
	const CrFact *a = engine_fact(engine, 0, CR_FACT_NUMBER, "76", 0);
	assert_linked(a, engine_fact(engine, 1, CR_FACT_NUMBER, "76-year-old", 0));
	g_autoptr(CrEngine) two = cr_test_engine(
	    "Duplantis cleared 6.25m in Paris. The 24-year-old won a second Olympic gold.\n",
	    "Karalis, 24, cleared 5.90m and took the bronze in Paris.\n",
	    "Duplantis won a second Olympic gold in Paris. The 24-year-old cleared 6.25m.\n", NULL);
	const CrFact *karalis = engine_fact(two, 1, CR_FACT_NUMBER, "24", 0);
	const CrFact *first = engine_fact(two, 0, CR_FACT_NUMBER, "24-year-old", 0);
	assert_not_linked(karalis, first);
	assert_not_linked(karalis, engine_fact(two, 2, CR_FACT_NUMBER, "24-year-old", 0));
	assert_linked(first, engine_fact(two, 2, CR_FACT_NUMBER, "24-year-old", 0));
	g_autoptr(CrEngine) named =
	    cr_test_engine("Duplantis cleared 6.25m in Paris. The 24-year-old won a second Olympic gold.\n",
			   "Duplantis, 24, took a second Olympic gold in Paris.\n", NULL);
	assert_linked(engine_fact(named, 0, CR_FACT_NUMBER, "24-year-old", 0),
		      engine_fact(named, 1, CR_FACT_NUMBER, "24", 0));
	/* after review 40: only an age closed by punctuation is in apposition
	 * ("Karalis, 24."); "Meanwhile, 24-year-old Duplantis" names no one
	 * and meets "The 24-year-old" of a sentence that does not hold
	 * "Meanwhile" */
	g_autoptr(CrEngine) opening = cr_test_engine(
	    "Meanwhile, 24-year-old Duplantis cleared 6.25m in Paris.\n",
	    "Duplantis won a second Olympic gold. The 24-year-old cleared 6.25m in Paris.\n", NULL);
	assert_linked(engine_fact(opening, 0, CR_FACT_NUMBER, "24-year-old", 0),
		      engine_fact(opening, 1, CR_FACT_NUMBER, "24-year-old", 0));
	g_autoptr(CrEngine) closed = cr_test_engine(
	    "Duplantis cleared 6.25m in Paris. The bronze went to Karalis, 24.\n",
	    "Duplantis won a second Olympic gold. The 24-year-old cleared 6.25m in Paris.\n", NULL);
	assert_not_linked(engine_fact(closed, 0, CR_FACT_NUMBER, "24", 0),
			  engine_fact(closed, 1, CR_FACT_NUMBER, "24-year-old", 0));
}

/* A group is one fact: a quotation that met the others only through a
 * longer quotation of its own report leaves the group; a date group shows
 * the date its reports share, not one report's time; a month, like a small
 * number, meets a month only where the sentences say so. */
static void test_groups_are_one_fact(void)
{
	g_autoptr(CrEngine) quotes = cr_test_engine(
	    "\xe2\x80\x9cNATO's continual eastward expansion in the region calls for high vigilance from "
	    "countries in the region,\xe2\x80\x9d she said, warning of \xe2\x80\x9c"
	    "eastward expansion\xe2\x80\x9d "
	    "and asking for \xe2\x80\x9chigh vigilance\xe2\x80\x9d.\n",
	    "China said \xe2\x80\x9chigh vigilance\xe2\x80\x9d was needed.\n", NULL);
	const CrFact *vigilance = engine_fact(quotes, 1, CR_FACT_QUOTE, "high vigilance", 0);
	g_assert_cmpint(vigilance->group, >=, 0);
	const CrFact *expansion = engine_fact(quotes, 0, CR_FACT_QUOTE, "eastward expansion", 1);
	g_assert_cmpint(expansion->group, !=, vigilance->group);

	g_autoptr(CrEngine) days =
	    cr_test_engine("Updated: May 24, 2023 13:04:54 IST\n\nTalks opened on May 24, 2023.\n",
			   "Talks opened on May 24, 2023.\n", "Talks opened on May 24, 2023.\n", NULL);
	const CrFact *day = engine_fact(days, 1, CR_FACT_DATE, "May 24, 2023", 0);
	const CrGroup *g = g_ptr_array_index(days->alignment->groups, day->group);
	g_assert_cmpstr(g->value, ==, "2023-05-24");

	g_autoptr(CrEngine) junes = cr_test_engine(
	    "Mar 1, 2024\n\nConsumer prices rose 3 percent in June, the lowest inflation in two years.\n",
	    "Mar 1, 2024\n\nInflation cooled in June to 3%, the lowest inflation in two years. In June, the "
	    "central bank held rates steady and scheduled more hikes.\n",
	    "Mar 1, 2024\n\nThe central bank raised rates again after holding them steady in June, its "
	    "eleventh rate increase.\n",
	    NULL);
	const CrFact *a = engine_fact(junes, 0, CR_FACT_DATE, "June", 0);
	const CrFact *b = engine_fact(junes, 1, CR_FACT_DATE, "June", 0);
	const CrFact *b2 = engine_fact(junes, 1, CR_FACT_DATE, "June", 1);
	const CrFact *c = engine_fact(junes, 2, CR_FACT_DATE, "June", 0);
	assert_linked(a, b);
	assert_linked(b2, c);
	g_assert_cmpint(a->group, !=, c->group);

	/* A month written with its year is rare enough to meet without a word
	 * in common; its guessed year ("in June" above) is not. */
	g_autoptr(CrEngine) novembers =
	    cr_test_engine("The company filed for bankruptcy in November 2022.\n",
			   "The exchange collapsed in November 2022, and its founder was arrested.\n", NULL);
	const CrFact *n0 = engine_fact(novembers, 0, CR_FACT_DATE, "November 2022", 0);
	assert_linked(n0, engine_fact(novembers, 1, CR_FACT_DATE, "November 2022", 0));

	/* A month between two days joins the day whose sentence it shares. */
	g_autoptr(CrEngine) july = cr_test_engine(
	    "June 6, 2024\n\nThe bank will shrink its bond holdings by $3.5 billion a month from July. It "
	    "meets again on July 18.\n",
	    "June 6, 2024\n\nThe bank will shrink its bond holdings by $3.5 billion a month from 1 July "
	    "2024. Its next meeting is on 18 July 2024.\n",
	    NULL);
	const CrFact *month = engine_fact(july, 0, CR_FACT_DATE, "July", 0);
	const CrFact *first = engine_fact(july, 1, CR_FACT_DATE, "1 July 2024", 0);
	assert_linked(month, first);
	g_assert_cmpint(engine_fact(july, 0, CR_FACT_DATE, "July 18", 0)->group, !=, month->group);

	/* One report's two "12 seats" of sentences that share nothing are two
	 * facts: only the one the other report states joins it. */
	g_autoptr(CrEngine) seats =
	    cr_test_engine("Results\n\nGreen Santera: 12 seats\n\nOthers: 12 seats\n",
			   "Results\n\nThe Green Santera party won 12 seats in the vote.\n", NULL);
	const CrFact *greens = engine_fact(seats, 0, CR_FACT_NUMBER, "12 seats", 0);
	const CrFact *others = engine_fact(seats, 0, CR_FACT_NUMBER, "12 seats", 1);
	assert_linked(greens, engine_fact(seats, 1, CR_FACT_NUMBER, "12 seats", 0));
	g_assert_cmpint(others->group, !=, greens->group);

	/* A headline's count that shares no word with another report does not
	 * keep its report out: the body's count, which does, speaks for it. */
	g_autoptr(CrEngine) toll = cr_test_engine(
	    "Thirty-four dead as earthquake flattens villages\n\nThirty-four people were killed when "
	    "the earthquake struck on Tuesday.\n",
	    "Quake toll\n\nAt least 34 people have been killed and 146 injured, officials say.\n",
	    "Relief appeal\n\nThe authority says 34 people have been killed and 146 injured.\n", NULL);
	const CrFact *body = engine_fact(toll, 0, CR_FACT_NUMBER, "Thirty-four people", 0);
	assert_linked(body, engine_fact(toll, 1, CR_FACT_NUMBER, "At least 34 people", 0));
	g_assert_cmpint(body->group, ==, engine_fact(toll, 2, CR_FACT_NUMBER, "34 people", 0)->group);

	/* A ceiling that leaves the amount out is part of the value; a floor
	 * is dropped by rewrites. */
	g_autoptr(CrEngine) ceiling = cr_test_engine(
	    "The storm grew into a hurricane in less than 24 hours, and the rate fell for the first "
	    "time in more than four years.\n",
	    "Forecasters gave it 24 hours to strengthen, the first cut in four years.\n", NULL);
	g_assert_cmpint(engine_fact(ceiling, 0, CR_FACT_NUMBER, "less than 24 hours", 0)->group, <, 0);
	const CrFact *floor_ = engine_fact(ceiling, 0, CR_FACT_NUMBER, "more than four years", 0);
	assert_linked(floor_, engine_fact(ceiling, 1, CR_FACT_NUMBER, "four years", 0));

	/* Percentage points meet basis points ("another quarter percentage
	 * point", "25 basis points"); a change is no total, and two changes
	 * of one direction meet ("down 10 seats", "losing 10 seats"). */
	g_autoptr(CrEngine) changes = cr_test_engine(
	    "The bank raised rates by another quarter percentage point. The VVD is on 24 seats, down "
	    "a punishing 10 seats; D66 ended on 10 seats.\n",
	    "The bank raised rates by 25 basis points. The VVD suffered, losing 10 seats and remaining "
	    "with 24.\n",
	    NULL);
	const CrFact *points = engine_fact(changes, 0, CR_FACT_NUMBER, "another quarter percentage point", 0);
	assert_linked(points, engine_fact(changes, 1, CR_FACT_NUMBER, "25 basis points", 0));
	const CrFact *loss = engine_fact(changes, 0, CR_FACT_NUMBER, "10 seats", 0);
	assert_linked(loss, engine_fact(changes, 1, CR_FACT_NUMBER, "10 seats", 0));
	g_assert_cmpint(engine_fact(changes, 0, CR_FACT_NUMBER, "10 seats", 1)->group, !=, loss->group);

	/* Two counts that add to others may name one thing two ways, when
	 * their sentences agree; "six more" at a clause's end is one too. */
	g_autoptr(CrEngine) added = cr_test_engine(
	    "She was convicted of murdering seven babies and attempting to kill six other infants at the "
	    "Countess of Chester Hospital.\n",
	    "She was also convicted of murdering seven babies and attempting to murder six more babies at "
	    "the Countess of Chester Hospital, and of attempting to murder six more, jurors found.\n",
	    NULL);
	const CrFact *infants = engine_fact(added, 0, CR_FACT_NUMBER, "six other infants", 0);
	assert_linked(infants, engine_fact(added, 1, CR_FACT_NUMBER, "six more babies", 0));
	g_assert_nonnull(engine_fact(added, 1, CR_FACT_NUMBER, "six more", 1));

	/* A strict floor on a count is not an exact count of another noun. */
	g_autoptr(CrEngine) aboard = cr_test_engine("The train, carrying 350 passengers, left Athens.\n",
						    "More than 350 people were on board the train.\n", NULL);
	g_assert_cmpint(engine_fact(aboard, 0, CR_FACT_NUMBER, "350 passengers", 0)->group, <, 0);

	/* Round 18: a small count of people meets a count of people named by
	 * what they are in the story ("passengers", "migrants") when the
	 * sentences share words, not a count of two such nouns ("two
	 * survivors", "two passengers") nor of men or children. */
	g_autoptr(CrEngine) named = cr_test_engine(
	    "The Coast Guard announced that the five passengers aboard the Titan submersible were killed. "
	    "Two survivors were found. Seven men were arrested.\n",
	    "The Coast Guard announced that the five people aboard the missing Titan submersible died. Two "
	    "passengers were Thai. Seven people were arrested.\n",
	    NULL);
	const CrFact *passengers = engine_fact(named, 0, CR_FACT_NUMBER, "five passengers", 0);
	assert_linked(passengers, engine_fact(named, 1, CR_FACT_NUMBER, "five people", 0));
	g_assert_cmpint(engine_fact(named, 0, CR_FACT_NUMBER, "Two survivors", 0)->group, <, 0);
	g_assert_cmpint(engine_fact(named, 0, CR_FACT_NUMBER, "Seven men", 0)->group, <, 0);
	g_autoptr(CrEngine) apart =
	    cr_test_engine("Seven male victims were found inside the bar.\n",
			   "Police said seven people died at the bowling alley.\n", NULL);
	g_assert_cmpint(engine_fact(apart, 0, CR_FACT_NUMBER, "Seven male victims", 0)->group, <, 0);
	/* Round 19: prisoners and protesters are people named by their part
	 * in the story too */
	g_autoptr(CrEngine) freed = cr_test_engine(
	    "Turkey facilitated the release of 26 individuals, including Evan Gershkovich, in the swap.\n",
	    "Russia released Evan Gershkovich in a swap under which 26 prisoners were freed by Turkey.\n",
	    NULL);
	const CrFact *individuals = engine_fact(freed, 0, CR_FACT_NUMBER, "26 individuals", 0);
	assert_linked(individuals, engine_fact(freed, 1, CR_FACT_NUMBER, "26 prisoners", 0));

	/* Two people of one age in one list are two facts: each age meets
	 * the same person's age in the other report. */
	g_autoptr(CrEngine) ages = cr_test_engine(
	    "The students, Kaylee Goncalves, 21; Madison Mogen, 21; and Ethan Chapin, 20, were killed.\n",
	    "Madison Mogen, 21, of Coeur d'Alene; Kaylee Goncalves, 21, of Rathdrum; and Ethan Chapin, 20, "
	    "of Conway, were killed.\n",
	    NULL);
	const CrFact *goncalves = engine_fact(ages, 0, CR_FACT_NUMBER, "21", 0);
	assert_linked(goncalves, engine_fact(ages, 1, CR_FACT_NUMBER, "21", 1));
	g_assert_cmpint(goncalves->group, !=, engine_fact(ages, 1, CR_FACT_NUMBER, "21", 0)->group);

	/* Two counts of one thing are one fact by that alone, unless a report
	 * counts it more than once: then their sentences must meet too. */
	g_autoptr(CrEngine) counts = cr_test_engine(
	    "India claimed three early wickets to get back into the contest. More than 80 aftershocks "
	    "were recorded by noon.\n",
	    "Mitchell Starc bagged three wickets, and Australia won by six wickets. More than 80 "
	    "aftershocks have been felt since.\n",
	    NULL);
	const CrFact *early = engine_fact(counts, 0, CR_FACT_NUMBER, "three early wickets", 0);
	const CrFact *starc = engine_fact(counts, 1, CR_FACT_NUMBER, "three wickets", 0);
	assert_not_linked(early, starc);
	const CrFact *shocks = engine_fact(counts, 0, CR_FACT_NUMBER, "More than 80", 0);
	assert_linked(shocks, engine_fact(counts, 1, CR_FACT_NUMBER, "More than 80", 0));

	/* A plan's moment is not what happened at that moment; a part of a
	 * whole meets only a number beside that whole; a list's numbering is
	 * no quantity. */
	g_autoptr(CrEngine) moments = cr_test_engine(
	    "The capsule had been scheduled to separate from the booster three minutes into the flight. "
	    "The party lost five of its nine seats in the islands. Australia: 1 Travis Head, 2 David "
	    "Warner, 3 Mitch Marsh, 4 Steven Smith, 5 Marnus Labuschagne.\n",
	    "About three minutes into the flight, the company said the rocket had broken apart. The Union "
	    "won five seats in the islands. Head hit four sixes before Smith fell.\n",
	    "The plan was for the booster to separate three minutes after launch. Labour lost five of its "
	    "nine seats in the islands.\n",
	    NULL);
	const CrFact *planned = engine_fact(moments, 0, CR_FACT_NUMBER, "three minutes", 0);
	const CrFact *happened = engine_fact(moments, 1, CR_FACT_NUMBER, "About three minutes", 0);
	assert_linked(planned, engine_fact(moments, 2, CR_FACT_NUMBER, "three minutes", 0));
	g_assert_cmpint(happened->group, !=, planned->group);
	const CrFact *lost = engine_fact(moments, 0, CR_FACT_NUMBER, "five", 0);
	assert_linked(lost, engine_fact(moments, 2, CR_FACT_NUMBER, "five", 0));
	g_assert_cmpint(engine_fact(moments, 1, CR_FACT_NUMBER, "five seats", 0)->group, !=, lost->group);
	g_assert_cmpint(engine_fact(moments, 0, CR_FACT_NUMBER, "4", 0)->group, ==, -1);

	/* One duration with one bound is one fact, whatever its sentences; a
	 * percentage with a bound is not rare enough. */
	g_autoptr(CrEngine) spans = cr_test_engine(
	    "The announcement came more than three years after the outbreak began. The shares have "
	    "gained over 50% in six months.\n",
	    "More than three years later, the virus has killed millions. Revenue has grown more than "
	    "50% for nine straight quarters.\n",
	    NULL);
	const CrFact *years = engine_fact(spans, 0, CR_FACT_NUMBER, "more than three years", 0);
	assert_linked(years, engine_fact(spans, 1, CR_FACT_NUMBER, "More than three years", 0));
	g_assert_cmpint(engine_fact(spans, 0, CR_FACT_NUMBER, "over 50%", 0)->group, ==, -1);

	/* Two sentences one report quotes apart and another quotes together
	 * are two facts: the statement goes with one of them, not with both;
	 * a fragment goes with the sentence that holds it. */
	g_autoptr(CrEngine) statement = cr_test_engine(
	    "\xe2\x80\x9cWith great relief I declare the harbour open to every ship again,\xe2\x80\x9d "
	    "Mayor Ilse Berger said.\n\n"
	    "\xe2\x80\x9cThat does not mean the storm season is over for the island,\xe2\x80\x9d she "
	    "said.\n",
	    "\xe2\x80\x9cWith great relief I declare the harbour open to every ship again. But that does "
	    "not mean the storm season is over for the island. We will stay ready for the next one, and the "
	    "fleet will stay ready too.\xe2\x80\x9d\n\n"
	    "She said she would \xe2\x80\x9c"
	    "declare the harbour open to every ship\xe2\x80\x9d.\n",
	    NULL);
	const CrFact *relief = engine_fact(statement, 0, CR_FACT_QUOTE, "With great relief", 0);
	const CrFact *storm = engine_fact(statement, 0, CR_FACT_QUOTE, "That does not mean", 0);
	g_assert_cmpint(relief->group, >=, 0);
	g_assert_cmpint(relief->group, !=, storm->group);
	g_assert_cmpint(relief->group, ==,
			engine_fact(statement, 1, CR_FACT_QUOTE, "declare the harbour", 1)->group);
}

/* A month written without its year ("in September") meets a day of it
 * only where their sentences say so, as it meets a month: the leader
 * elected in September is not the budget of 23 September (round 23:
 * truss). */
static void test_month_alone_and_a_day(void)
{
	g_autoptr(CrEngine) apart = cr_test_engine(
	    "Marova was elected leader by the members in September, but lost authority after a series of "
	    "U-turns.\n",
	    "Oct 20, 2022\n\nTrouble began when the finance minister spooked the markets with his budget "
	    "on 23 September.\n",
	    NULL);
	const CrFact *month = engine_fact(apart, 0, CR_FACT_DATE, "September", 0);
	const CrFact *day = engine_fact(apart, 1, CR_FACT_DATE, "23 September", 0);
	assert_not_linked(month, day);

	g_autoptr(CrEngine) one = cr_test_engine(
	    "The finance minister spooked the markets with his budget in September.\n",
	    "Oct 20, 2022\n\nTrouble began when the finance minister spooked the markets with his budget "
	    "on 23 September.\n",
	    NULL);
	assert_linked(engine_fact(one, 0, CR_FACT_DATE, "September", 0),
		      engine_fact(one, 1, CR_FACT_DATE, "23 September", 0));
}

static void test_weights(void)
{
	g_autoptr(Hand) h =
	    hand_new("\"Go now\" on May 24, 2023: Ann Lee in Oslo, 7 km, 12. Ann Lee. Ann Lee.\n",
		     "\"Go now\" on May 24, 2023: Ann Lee in Oslo, 7 km, 12. Ann Lee. Ann Lee.\n", NULL);
	for (guint d = 0; d < 2; d++) {
		add(h, d, "Go now", CR_FACT_QUOTE, "go now");
		add_date(h, d, "May 24, 2023", 2023, 5, 24, CR_DATE_DAY);
		add(h, d, "Oslo", CR_FACT_PLACE, "oslo");
		add_number(h, d, "7 km", 7, "km");
		add_number(h, d, "12", 12, NULL);
		for (guint i = 0; i < 3; i++)
			add_nth(h, d, "Ann Lee", i, CR_FACT_PERSON, "ann lee");
	}
	g_autoptr(CrAlignment) al = hand_align(h);
	double quote = group_at(al, group_of(h, 0, CR_FACT_QUOTE, "Go now"))->weight;
	double date = group_at(al, group_of(h, 0, CR_FACT_DATE, "May 24, 2023"))->weight;
	double place = group_at(al, group_of(h, 0, CR_FACT_PLACE, "Oslo"))->weight;
	double km = group_at(al, group_of(h, 0, CR_FACT_NUMBER, "7 km"))->weight;
	double bare = group_at(al, group_of(h, 0, CR_FACT_NUMBER, "12"))->weight;
	double name = group_at(al, group_of(h, 0, CR_FACT_PERSON, "Ann Lee"))->weight;
	g_assert_cmpfloat(quote, >, date);
	g_assert_cmpfloat(date, >, km);
	g_assert_cmpfloat(km, >, place);
	g_assert_cmpfloat(place, >, bare);
	/* A name said three times in each report weighs less than once. */
	g_assert_cmpfloat(name, <, place);
	g_assert_cmpfloat(name, >, 0.0);
	for (guint i = 0; i < al->groups->len; i++)
		g_assert_cmpfloat(group_at(al, (int)i)->confidence, ==, 1.0);
}

/* Facts are put in reading order per report: by start, the longer first
 * at one start, then by kind, and facts alike in all three keep the order
 * they were found in; enough facts (60 a report) that they are not sorted
 * one by one. */
static void test_facts_in_reading_order(void)
{
	GString *text = g_string_new(NULL);
	for (guint i = 0; i < 60; i++)
		g_string_append_printf(text, "Town%02u Bay. ", i);
	g_autoptr(Hand) h = hand_new(text->str, text->str, NULL);
	g_string_free(text, TRUE);
	for (guint d = 2; d-- > 0;) {
		for (guint i = 60; i-- > 0;) {
			g_autofree char *town = g_strdup_printf("Town%02u", i);
			g_autofree char *bay = g_strdup_printf("Town%02u Bay", i);
			add(h, d, town, CR_FACT_PLACE, "first");
			add(h, d, town, CR_FACT_PLACE, "second");
			add(h, d, town, CR_FACT_PERSON, "person");
			add(h, d, bay, CR_FACT_PLACE, "bay");
		}
	}
	cr_fact_array_sort(h->facts);
	static const char *const in_order[] = { "bay", "person", "first", "second" };
	g_assert_cmpuint(h->facts->len, ==, 2 * 60 * 4);
	for (guint k = 0; k < h->facts->len; k++) {
		const CrFact *f = &g_array_index(h->facts, CrFact, k);
		guint d = k / 240, i = k % 240 / 4;
		g_assert_cmpuint(f->doc, ==, d);
		g_assert_cmpuint(f->start, ==, 12 * i);
		g_assert_cmpstr(f->key, ==, in_order[k % 4]);
	}
}

/* Engine29, from halving's misses: a year alone that every report of
 * three or more writes once is one fact, however little their sentences
 * share ("At the launch in 2009", "Since its inception in 2009"); not in
 * an event of two reports, nor when a report writes it twice or does not
 * write it. */
static void test_year_each_report_writes_once(void)
{
	const char *launch = "At the launch in 2009, miners received a reward of 50 coins per block.\n";
	const char *since = "Since its inception in 2009, Bitcoin has undergone four halving events.\n";
	const char *live = "Since the network went live in 2009, there have been four halvings.\n";
	g_autoptr(CrEngine) three = cr_test_engine(launch, since, live, NULL);
	const CrFact *first = engine_fact(three, 0, CR_FACT_DATE, "2009", 0);
	assert_linked(first, engine_fact(three, 1, CR_FACT_DATE, "2009", 0));
	assert_linked(first, engine_fact(three, 2, CR_FACT_DATE, "2009", 0));

	g_autoptr(CrEngine) two = cr_test_engine(launch, since, NULL);
	g_assert_cmpint(engine_fact(two, 0, CR_FACT_DATE, "2009", 0)->group, ==, -1);
	g_autoptr(CrEngine) twice = cr_test_engine(
	    launch, since,
	    "Since the network went live in 2009, there have been four halvings. Prices fell in 2009.\n",
	    NULL);
	g_assert_cmpint(engine_fact(twice, 0, CR_FACT_DATE, "2009", 0)->group, ==, -1);
	g_autoptr(CrEngine) three_of_four =
	    cr_test_engine(launch, since, live, "The block reward fell again on Saturday.\n", NULL);
	g_assert_cmpint(engine_fact(three_of_four, 0, CR_FACT_DATE, "2009", 0)->group, ==, -1);
}

/* Facts are clustered by their whole key whatever its length: keys that
 * share their first and last eight bytes, or their first, middle and last
 * byte, are told apart (align_index.c reads a short key as two words). */
static void test_keys_told_apart(void)
{
	static const char *const words[] = { "one", "two", "three", "four", "five", "six", "seven", "eight" };
	static const char *const keys[] = { "ab",    "abc",	   "abd",	 "abcde",
					    "abxde", "abcdefghij", "abcdexghij", "abcdefghijklmnopqr" };
	const char *text = "one two three four five six seven eight nine.\n";
	g_autoptr(Hand) h = hand_new(text, text, NULL);
	for (guint doc = 0; doc < 2; doc++) {
		for (guint k = 0; k < G_N_ELEMENTS(keys); k++)
			add(h, doc, words[k], CR_FACT_PERSON, keys[k]);
		add(h, doc, "nine", CR_FACT_PERSON, "abcdefghixklmnopqr");
	}
	g_autoptr(CrAlignment) al = hand_align(h);
	g_assert_cmpuint(al->groups->len, ==, G_N_ELEMENTS(keys) + 1);
	for (guint k = 0; k < G_N_ELEMENTS(keys); k++) {
		int g = group_of(h, 0, CR_FACT_PERSON, words[k]);
		g_assert_cmpint(g, ==, group_of(h, 1, CR_FACT_PERSON, words[k]));
		g_assert_cmpstr(group_at(al, g)->value, ==, keys[k]);
		g_assert_cmpuint(group_at(al, g)->facts->len, ==, 2);
	}
}

/* More facts than the aligner files by kind in one piece (8,192), of
 * every kind in turn: each word's two facts, one a report, make one group
 * of their kind, past the first piece as before it; an ignored fact of
 * the second piece leaves its word's other fact alone. */
static void test_facts_past_a_piece(void)
{
	static const CrFactKind kinds[] = { CR_FACT_PERSON, CR_FACT_PLACE, CR_FACT_ORG, CR_FACT_QUOTE };
	enum { WORDS = 5000, IGNORED = 4319 };
	g_autoptr(GString) text = g_string_new(NULL);
	for (guint i = 0; i < WORDS; i++)
		g_string_append_printf(text, "w%04u ", i);
	g_autoptr(Hand) h = hand_new(text->str, text->str, NULL);
	for (guint doc = 0; doc < 2; doc++)
		for (guint i = 0; i < WORDS; i++) {
			CrFact *f = cr_fact_append(h->facts, g_ptr_array_index(h->docs, doc), doc, 6 * i,
						   6 * i + 5, kinds[i % G_N_ELEMENTS(kinds)]);
			f->value = g_strndup(text->str + 6 * i, 5);
			f->key = g_strdup(f->value);
			if (doc == 1 && i == IGNORED)
				f->flags |= CR_FACT_IGNORED;
		}
	g_autoptr(CrAlignment) al = hand_align(h);
	g_assert_cmpuint(al->groups->len, ==, WORDS - 1);
	for (guint i = 0; i < WORDS; i += 7) {
		g_autofree char *word = g_strdup_printf("w%04u", i);
		CrFactKind kind = kinds[i % G_N_ELEMENTS(kinds)];
		int g = group_of(h, 0, kind, word);
		g_assert_cmpint(group_of(h, 1, kind, word), ==, g);
		if (i == IGNORED)
			g_assert_cmpint(g, ==, -1);
		else
			g_assert_cmpuint(group_at(al, g)->facts->len, ==, 2);
	}
}

/* Round 37, second part (cipher): a full name of three words that
 * another report writes with one word spelled one vowel apart is one
 * person ("Mehmood", "Mahmood"; "Hasanat", "Hasnat"); not two words
 * ("Dan Brown", "Don Brown"), a consonant ("Zulkarnain"), two vowels, nor
 * two spellings one report writes both of. */
static void test_names_spelled_apart(void)
{
	g_autoptr(Hand) h =
	    hand_new("Shah Mehmood Qureshi and Abul Hasanat Zulqarnain. Dan Brown.\n",
		     "Shah Mahmood Qureshi, Abul Hasnat Zulqarnain. Don Brown.\n",
		     "Shah Mahmood Qureshi. Abul Hasnat Zulkarnain. Ali Reza Hassan, Ali Raza Hassan.\n",
		     "Ali Rizo Hassan.\n", NULL);
	add(h, 0, "Shah Mehmood Qureshi", CR_FACT_PERSON, "shah mehmood qureshi");
	add(h, 0, "Abul Hasanat Zulqarnain", CR_FACT_PERSON, "abul hasanat zulqarnain");
	add(h, 0, "Dan Brown", CR_FACT_PERSON, "dan brown");
	add(h, 1, "Shah Mahmood Qureshi", CR_FACT_PERSON, "shah mahmood qureshi");
	add(h, 1, "Abul Hasnat Zulqarnain", CR_FACT_PERSON, "abul hasnat zulqarnain");
	add(h, 1, "Don Brown", CR_FACT_PERSON, "don brown");
	add(h, 2, "Shah Mahmood Qureshi", CR_FACT_PERSON, "shah mahmood qureshi");
	add(h, 2, "Abul Hasnat Zulkarnain", CR_FACT_PERSON, "abul hasnat zulkarnain");
	add(h, 2, "Ali Reza Hassan", CR_FACT_PERSON, "ali reza hassan");
	add(h, 2, "Ali Raza Hassan", CR_FACT_PERSON, "ali raza hassan");
	add(h, 3, "Ali Rizo Hassan", CR_FACT_PERSON, "ali rizo hassan");
	g_autoptr(CrAlignment) al = hand_align(h);

	int qureshi = group_of(h, 1, CR_FACT_PERSON, "Shah Mahmood Qureshi");
	g_assert_cmpint(qureshi, >=, 0);
	g_assert_cmpint(group_of(h, 0, CR_FACT_PERSON, "Shah Mehmood Qureshi"), ==, qureshi);
	int hasnat = group_of(h, 1, CR_FACT_PERSON, "Abul Hasnat Zulqarnain");
	g_assert_cmpint(hasnat, >=, 0);
	g_assert_cmpint(group_of(h, 0, CR_FACT_PERSON, "Abul Hasanat Zulqarnain"), ==, hasnat);
	g_assert_cmpint(group_of(h, 2, CR_FACT_PERSON, "Abul Hasnat Zulkarnain"), <, 0);
	g_assert_cmpint(group_of(h, 0, CR_FACT_PERSON, "Dan Brown"), <, 0);
	g_assert_cmpint(group_of(h, 3, CR_FACT_PERSON, "Ali Rizo Hassan"), <, 0);
	g_assert_cmpint(group_of(h, 2, CR_FACT_PERSON, "Ali Reza Hassan"), <, 0);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/align/empty", test_empty);
	g_test_add_func("/align/group/names-by-key", test_names_by_key);
	g_test_add_func("/align/group/names-spelled-apart", test_names_spelled_apart);
	g_test_add_func("/align/group/single-report-and-skipped", test_single_report_and_skipped_facts);
	g_test_add_func("/align/group/kinds-do-not-mix", test_kinds_do_not_mix);
	g_test_add_func("/align/group/numbers", test_numbers_by_value);
	g_test_add_func("/align/group/keys-told-apart", test_keys_told_apart);
	g_test_add_func("/align/group/dates-same-day", test_dates_same_day);
	g_test_add_func("/align/group/dates-less-precise", test_dates_less_precise);
	g_test_add_func("/align/group/dates-span-end-a-bound", test_dates_span_end_a_bound);
	g_test_add_func("/align/group/quotes-same-words", test_quotes_same_words);
	g_test_add_func("/align/group/quotes-partial", test_quotes_partial);
	g_test_add_func("/align/group/month-alone-and-a-day", test_month_alone_and_a_day);
	g_test_add_func("/align/group/weights", test_weights);
	g_test_add_func("/align/group/one-fact", test_groups_are_one_fact);
	g_test_add_func("/align/group/age-told-before", test_age_told_before);
	g_test_add_func("/align/group/year-each-report-writes-once", test_year_each_report_writes_once);
	g_test_add_func("/align/facts-in-reading-order", test_facts_in_reading_order);
	g_test_add_func("/align/number-fits-two-clusters", test_number_fits_two_clusters);
	g_test_add_func("/align/group/facts-past-a-piece", test_facts_past_a_piece);
	return g_test_run();
}

/* Unit tests for the aligner's cut of a statement's quotations: a group
 * of quotations is one fact even where one report quotes a statement
 * whole and others in pieces (align_split.c). */
#include "align-hand.h"

/* A report that quotes a statement in fragments and one of its sentences
 * states as many facts: a third report's long quotation of the whole
 * statement does not pull them into one group, so the sentence another
 * report quotes meets its own fragment only (round 23: truss). A fragment
 * that a shorter quotation of another report holds with a sentence
 * (within twice its length and a line) stays with it. */
static void test_statement_in_fragments(void)
{
	g_autoptr(CrEngine) speech = cr_test_engine(
	    "Marova spoke outside the ministry. In her address, Marova said, \"I came into office at a "
	    "time of great economic instability. I was elected by the Unity party with the mandate to "
	    "change this. We set our vision for a low tax high growth economy, that would take advantage "
	    "of our freedom. I recognise now, given the situation, I cannot deliver the mandate on which I "
	    "was elected by the Unity party. I have therefore spoken to the President.\"\n",
	    "Marova said she was elected with a \xe2\x80\x9cmandate to change this\xe2\x80\x9d. She "
	    "set out a \xe2\x80\x9clow tax high growth economy\xe2\x80\x9d.\n\nMarova adds: "
	    "\xe2\x80\x9cI recognise given the situation I cannot deliver the mandate on which I was "
	    "elected by the Unity Party.\xe2\x80\x9d\n",
	    "Marova added: \xe2\x80\x9cI recognise given the situation I cannot deliver the mandate on "
	    "which I was elected by the Unity Party.\xe2\x80\x9d\n",
	    NULL);
	const CrFact *whole = engine_fact(speech, 2, CR_FACT_QUOTE, "I recognise", 0);
	assert_linked(whole, engine_fact(speech, 1, CR_FACT_QUOTE, "I recognise", 0));
	const CrFact *economy = engine_fact(speech, 1, CR_FACT_QUOTE, "low tax", 0);
	const CrFact *mandate = engine_fact(speech, 1, CR_FACT_QUOTE, "mandate to change", 0);
	assert_not_linked(economy, whole);
	assert_not_linked(mandate, whole);

	g_autoptr(CrEngine) victory = cr_test_engine(
	    "\xe2\x80\x9cThe Unity Party has won this general election and I congratulate him on his "
	    "victory,\xe2\x80\x9d Marova said.\n",
	    "Marova said the party \xe2\x80\x9chas won this general election\xe2\x80\x9d and rang to "
	    "\xe2\x80\x9c"
	    "congratulate him on his victory\xe2\x80\x9d.\n",
	    NULL);
	assert_linked(engine_fact(victory, 1, CR_FACT_QUOTE, "congratulate him", 0),
		      engine_fact(victory, 0, CR_FACT_QUOTE, "The Unity Party", 0));
}

/* A statement one report quotes whole and, apart, its first clause, and
 * another report its second clause: the whole goes with the second clause,
 * the first clause with a third report's fragment of it, two groups
 * (engine27: kingcharles). */
static void test_pieces_of_a_quotation(void)
{
	g_autoptr(CrEngine) e = cr_test_engine(
	    "The mayor \"remains confident about the repairs\", her office said.\n\nIn a statement, "
	    "her office said she \"remains confident about the repairs and looks forward to reopening "
	    "the harbour bridge as soon as possible\".\n",
	    "The mayor \xe2\x80\x9clooks forward to reopening the harbour bridge as soon as "
	    "possible\xe2\x80\x9d, the council said.\n",
	    "Her deputy said the mayor was \"confident about the repairs\".\n", NULL);
	const CrFact *clause = engine_fact(e, 0, CR_FACT_QUOTE, "remains confident", 0);
	const CrFact *whole = engine_fact(e, 0, CR_FACT_QUOTE, "remains confident", 1);
	const CrFact *second = engine_fact(e, 1, CR_FACT_QUOTE, "looks forward", 0);
	assert_linked(whole, second);
	assert_linked(clause, engine_fact(e, 2, CR_FACT_QUOTE, "confident about", 0));
	g_assert_cmpint(clause->group, !=, second->group);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/align/split/statement-in-fragments", test_statement_in_fragments);
	g_test_add_func("/align/split/pieces-of-a-quotation", test_pieces_of_a_quotation);
	return g_test_run();
}

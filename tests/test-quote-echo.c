/* Quotations' words said elsewhere: the same words unquoted in another
 * report (echoes), a shorter quotation within a longer one of the same
 * speaker (passages), and what is no echo (function words, furniture,
 * another work's title). */
#include <string.h>

#include "crossread/extract.h"
#include "crossread/parallel.h"
#include "crossread/text.h"
#include "testlib.h"

/* The engine's quotation facts of report DOC that are unquoted echoes. */
static guint count_echoes(const CrEngine *engine, guint doc, const char *text)
{
	guint n = 0;
	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		n += f->doc == doc && f->kind == CR_FACT_QUOTE && (f->flags & CR_FACT_UNQUOTED) &&
		     (!text || g_strcmp0(f->text, text) == 0);
	}
	return n;
}

static void test_echoes(void)
{
	g_autoptr(CrEngine) engine = cr_test_engine(
	    "She said Japan should mind its “history of aggression”, and “of the” and “aggression”.\n",
	    "Japan has a history of aggression and should be careful. Of the two, aggression matters.\n",
	    "Japan has a History Of Aggression.\n", "They spoke of a “history of aggression” too.\n", NULL);
	g_assert_cmpuint(count_echoes(engine, 1, "history of aggression"), ==, 1);
	g_assert_cmpuint(count_echoes(engine, 1, NULL), ==, 1);
	g_assert_cmpuint(count_echoes(engine, 2, "History Of Aggression"), ==, 1);
	/* Quoted there already, or the quoting report itself: no echo. */
	g_assert_cmpuint(count_echoes(engine, 0, NULL), ==, 0);
	g_assert_cmpuint(count_echoes(engine, 3, NULL), ==, 0);
	const CrFact *echo = cr_test_find_fact(engine->facts, 1, CR_FACT_QUOTE, "history of aggression");
	g_assert_nonnull(echo);
	g_assert_cmpstr(echo->key, ==, "history of aggression");
	g_assert_cmpfloat(echo->confidence, <, 0.9);
	const CrDoc *doc = g_ptr_array_index(engine->docs, 1);
	g_assert_cmpint(memcmp(doc->data + echo->start, "history of aggression", echo->end - echo->start), ==,
			0);
}

/* Engine29, from heldout-altman's wrong claim of round 25: an echo that
 * only stop words stand before in its sentence takes them ("The board no
 * longer has confidence ..." whole, not from "board" on); after another
 * word it starts at its first content word as before. */
static void test_echo_takes_its_sentence_lead(void)
{
	g_autoptr(CrEngine) engine = cr_test_engine(
	    "\"The board no longer has confidence in his ability to continue leading OpenAI.\"\n",
	    "He was fired. The board no longer has confidence in his ability to continue leading OpenAI.\n",
	    "Its post: the board no longer has confidence in his ability to continue leading OpenAI.\n",
	    NULL);
	g_assert_cmpuint(
	    count_echoes(engine, 1,
			 "The board no longer has confidence in his ability to continue leading OpenAI"),
	    ==, 1);
	g_assert_cmpuint(
	    count_echoes(engine, 2,
			 "board no longer has confidence in his ability to continue leading OpenAI"),
	    ==, 1);
}

/* A shorter quotation whose words lie in a longer one's echo adds no echo
 * of its own there, but does where the longer one is not: "a history of
 * aggression" of report 1 is one echo (the longer quotation's), its later
 * "history of aggression" alone is the shorter one's. */
static void test_echo_inside_longer_echo(void)
{
	g_autoptr(CrEngine) engine = cr_test_engine(
	    "She said Japan carries “a long history of aggression in the region”. Her aide spoke of a "
	    "“history of aggression” too.\n",
	    "Japan carries a long history of aggression in the region, she said. Critics call it a "
	    "history of aggression.\n",
	    NULL);
	g_assert_cmpuint(count_echoes(engine, 1, NULL), ==, 2);
	g_assert_cmpuint(count_echoes(engine, 1, "long history of aggression in the region"), ==, 1);
	g_assert_cmpuint(count_echoes(engine, 1, "history of aggression"), ==, 1);
	const CrFact *shorter = cr_test_find_fact(engine->facts, 1, CR_FACT_QUOTE, "history of aggression");
	const CrDoc *doc = g_ptr_array_index(engine->docs, 1);
	g_assert_nonnull(shorter);
	g_assert_nonnull(strstr(doc->data, "Critics call it a history"));
	g_assert_cmpuint(shorter->start, >, (guint)(strstr(doc->data, "Critics") - doc->data));
}

/* The same echoes when the reports are long enough for the search to run
 * ahead, on a helping thread beside the names' resolver (the reports'
 * bytes above what the search holds): indexed, then searched, the echoes
 * appended in order once the names are resolved. */
static void test_echoes_ahead(void)
{
	g_autoptr(GString) filler = g_string_new(NULL);
	for (guint i = 0; i < 40; i++)
		g_string_append(filler, "The harbour board met on Tuesday to review the tides. ");
	g_autofree char *a = g_strconcat(
	    "She said Japan should mind its “history of aggression”, and “of the” and “aggression”.\n\n",
	    filler->str, "\n", NULL);
	g_autofree char *b = g_strconcat(
	    "Japan has a history of aggression and should be careful. Of the two, aggression matters.\n\n",
	    filler->str, "\n", NULL);
	g_autofree char *c = g_strconcat("Japan has a History Of Aggression.\n\n", filler->str, "\n", NULL);
	g_autofree char *d =
	    g_strconcat("They spoke of a “history of aggression” too.\n\n", filler->str, "\n", NULL);
	g_autoptr(CrEngine) engine = cr_test_engine(a, b, c, d, NULL);
	g_assert_cmpuint(cr_parallel_threads(), ==, 2);
	g_assert_cmpuint(count_echoes(engine, 1, "history of aggression"), ==, 1);
	g_assert_cmpuint(count_echoes(engine, 1, NULL), ==, 1);
	g_assert_cmpuint(count_echoes(engine, 2, "History Of Aggression"), ==, 1);
	g_assert_cmpuint(count_echoes(engine, 0, NULL), ==, 0);
	g_assert_cmpuint(count_echoes(engine, 3, NULL), ==, 0);
}

/* A shorter quotation of one speaker found within a longer one of the same
 * speaker in another report: the passage is a quotation of its own, so that
 * the two meet; a lone word too, but not another speaker's words, nor a
 * passage of a short quotation, nor words that are no clause of it. */
static void test_passages(void)
{
	g_autoptr(CrEngine) engine = cr_test_engine(
	    "“I am devastated by my failings,” Holmes said. She called it “extraordinary”.\n",
	    "“I stand before you taking responsibility for Theranos and for all the people it hurt. I am "
	    "devastated by my failings. I have felt deep pain for what people went through,” Holmes said. "
	    "“Demand is extraordinary, and we are ramping the production at full speed,” Holmes added.\n",
	    "“I stand before you and for all the people, I am devastated by my failings,” Davila said.\n",
	    NULL);
	const CrFact *alone =
	    cr_test_find_fact(engine->facts, 0, CR_FACT_QUOTE, "I am devastated by my failings");
	const CrFact *passage =
	    cr_test_find_fact(engine->facts, 1, CR_FACT_QUOTE, "I am devastated by my failings");
	g_assert_nonnull(alone);
	g_assert_nonnull(passage);
	g_assert_cmpstr(passage->speaker, ==, "Holmes");
	assert_linked(passage, alone);
	const CrFact *word = cr_test_find_fact(engine->facts, 1, CR_FACT_QUOTE, "extraordinary");
	g_assert_nonnull(word);
	g_assert_cmpint(word->group, ==,
			cr_test_find_fact(engine->facts, 0, CR_FACT_QUOTE, "extraordinary")->group);
	/* another speaker's words get no passage */
	g_assert_null(cr_test_find_fact(engine->facts, 2, CR_FACT_QUOTE, "I am devastated by my failings"));

	/* one word that two quotations of a report hold is neither's */
	g_autoptr(CrEngine) two = cr_test_engine(
	    "“The death toll is huge, it might reach thousands,” Tamer Ramadan, of the federation, told "
	    "reporters. “The needs are huge and beyond our means,” Ramadan said.\n",
	    "Tamer Ramadan, head of the federation, spoke of a “huge” number of dead.\n", NULL);
	const CrFact *huge = cr_test_find_fact(two->facts, 1, CR_FACT_QUOTE, "huge");
	g_assert_nonnull(huge);
	g_assert_cmpstr(huge->speaker, ==, "Tamer Ramadan");
	g_assert_cmpstr(cr_test_find_fact(two->facts, 0, CR_FACT_QUOTE,
					  "The death toll is huge, it might reach thousands")
			    ->speaker,
			==, "Tamer Ramadan");
	g_assert_null(cr_test_find_fact(two->facts, 0, CR_FACT_QUOTE, "huge"));
}

/* Engine59, from truss, covid and heldout-pardon (round 37): a speech of
 * several sentences quoted whole in one report joined the group of only
 * one of them, whereas other reports quote its sentences one by one, in
 * other words ("I recognise… given" for "I recognise now, given") or
 * naming another speaker ("the King said"). The sentence another report
 * says is a quotation of its own, linked to it. Near misses: a quotation
 * that shares three content words with a sentence ("Families were worried
 * about bills in office"), or takes words of several ("The situation of
 * the Conservative Party is grave, its mandate is gone"), makes no
 * passage; nor is a quotation of one sentence a passage of itself. */
static void test_sentence_passages(void)
{
	g_autoptr(CrEngine) engine = cr_test_engine(
	    "“I recognise… given the situation I cannot deliver the mandate on which I was elected by "
	    "the Conservative Party,” Liz Truss said outside Downing Street.\n",
	    "Liz Truss said: “I came into office at a time of great economic and international "
	    "instability. Families and businesses were worried about how to pay their bills. I recognise "
	    "now, given the situation, I cannot deliver the mandate on which I was elected by the "
	    "Conservative Party. I have therefore spoken to His Majesty the King to notify him that I "
	    "am resigning.”\n",
	    "“I recognise… given the situation I cannot deliver the mandate on which I was elected by "
	    "the Conservative Party,” the King said, as the palace told it.\n",
	    "Her rival said: “The situation of the Conservative Party is grave, its mandate is gone.” "
	    "Another said: “Families were worried about bills in office.”\n",
	    NULL);
	const char *sentence =
	    "I recognise now, given the situation, I cannot deliver the mandate on which I "
	    "was elected by the Conservative Party";
	const char *said = "I recognise… given the situation I cannot deliver the mandate on which I was "
			   "elected by the Conservative Party";
	const CrFact *passage = cr_test_find_fact(engine->facts, 1, CR_FACT_QUOTE, sentence);
	g_assert_nonnull(passage);
	g_assert_cmpstr(passage->speaker, ==, "Liz Truss");
	assert_linked(passage, cr_test_find_fact(engine->facts, 0, CR_FACT_QUOTE, said));
	assert_linked(passage, cr_test_find_fact(engine->facts, 2, CR_FACT_QUOTE, said));
	/* the speech keeps its whole; no other sentence of it is a passage */
	guint quotes = 0;
	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		quotes += f->doc == 1 && f->kind == CR_FACT_QUOTE;
	}
	g_assert_cmpuint(quotes, ==, 2);
	/* a speech of one sentence is no passage of itself (another speaker
	 * named: no clause of hers either) */
	g_autoptr(CrEngine) one = cr_test_engine(
	    "“I cannot deliver the mandate on which I was elected by the Conservative Party,” the King "
	    "said.\n",
	    "Liz Truss said: “Given the situation, I cannot deliver the mandate on which I was elected "
	    "by the Conservative Party, and I am resigning as its leader today.”\n",
	    NULL);
	quotes = 0;
	for (guint i = 0; i < one->facts->len; i++) {
		const CrFact *f = &g_array_index(one->facts, CrFact, i);
		quotes += f->doc == 1 && f->kind == CR_FACT_QUOTE;
	}
	g_assert_cmpuint(quotes, ==, 1);
}

/* Quotations after thousands of other facts (read in another piece of
 * the facts than the first), their words new there or not, still meet
 * their passages and echoes in other reports. */
static void test_quotations_far_in(void)
{
	g_autoptr(GString) first = g_string_new("“The history of the harbour matters,” Holmes said.\n");
	for (guint i = 0; i < 9000; i++)
		g_string_append_printf(first, "Shipment %u weighed %u tonnes.\n", i + 1, 2 * i + 3);
	g_string_append(first, "“I am devastated by my failings,” Holmes said. She recalled a “history of "
			       "aggression”.\n");
	g_autoptr(CrEngine) engine = cr_test_engine(
	    first->str,
	    "“I stand before you taking responsibility for all the people it hurt. I am devastated by my "
	    "failings. I have felt deep pain for what people went through,” Holmes said. Japan has a "
	    "history of aggression and should be careful.\n",
	    NULL);
	g_assert_cmpuint(engine->facts->len, >, 9000);
	const CrFact *alone =
	    cr_test_find_fact(engine->facts, 0, CR_FACT_QUOTE, "I am devastated by my failings");
	const CrFact *passage =
	    cr_test_find_fact(engine->facts, 1, CR_FACT_QUOTE, "I am devastated by my failings");
	g_assert_nonnull(alone);
	g_assert_nonnull(passage);
	assert_linked(passage, alone);
	g_assert_cmpuint(count_echoes(engine, 1, "history of aggression"), ==, 1);
}

/* A lone word that qualifies the next one in a longer quotation ("more
 * severe disease") is not the word another report quotes of something
 * else (a “severe” outbreak): no passage there, and no group. */
static void test_passage_context(void)
{
	g_autoptr(CrEngine) engine =
	    cr_test_engine("The strain causes “more severe disease than the old one,” Tedros said.\n",
			   "Tedros said the region had a “severe” outbreak.\n", NULL);
	g_assert_null(cr_test_find_fact(engine->facts, 0, CR_FACT_QUOTE, "severe"));
	const CrFact *severe = cr_test_find_fact(engine->facts, 1, CR_FACT_QUOTE, "severe");
	g_assert_nonnull(severe);
	g_assert_cmpint(severe->group, ==, -1);
}

static void test_echo_stemmed(void)
{
	g_autoptr(CrEngine) engine = cr_test_engine("Leaders agreed on “decoupling the economies” today.\n",
						    "They will not decouple the economy, they said.\n",
						    "Decoupling. The economies.\n", NULL);
	g_assert_cmpuint(count_echoes(engine, 1, "decouple the economy"), ==, 1);
	/* Sentences apart are no run of words. */
	g_assert_cmpuint(count_echoes(engine, 2, NULL), ==, 0);
}

static void test_echo_across_sentences(void)
{
	g_autoptr(CrEngine) engine = cr_test_engine(
	    "\xe2\x80\x9cInflation is coming down for the right reasons, but the job is not "
	    "done,\xe2\x80\x9d "
	    "she said.\n",
	    "Inflation is coming down for the right reasons. But the job is not done, the bank said.\n",
	    "Inflation is coming down for the right reasons.\n\nBut the job is not done, it said.\n", NULL);
	/* Many words in order meet across a sentence end... */
	g_assert_cmpuint(
	    count_echoes(engine, 1,
			 "Inflation is coming down for the right reasons. But the job is not done"),
	    ==, 1);
	/* ...never across paragraphs. */
	g_assert_cmpuint(count_echoes(engine, 2, NULL), ==, 0);
	/* A few words do not (see echo-stemmed). */
	g_autoptr(CrEngine) few = cr_test_engine("She cited \xe2\x80\x9cthe right reasons\xe2\x80\x9d.\n",
						 "It was right. Reasons vary.\n", NULL);
	g_assert_cmpuint(count_echoes(few, 1, NULL), ==, 0);
}

/* The figures of another work's title cited in a sentence are that work's,
 * never aligned; those of the sentence and of a quoted sentence stay. */
static void test_numbers_in_cited_titles(void)
{
	g_autoptr(CrEngine) engine = cr_test_engine(
	    "Revenue fell 1% in the quarter (see \xe2\x80\x9c"
	    "Apple Q3 2023 Earnings Down 4% on Exchange "
	    "Rates\xe2\x80\x9d from August), and Cook said \xe2\x80\x9cServices Grew Another 16% This "
	    "Quarter.\xe2\x80\x9d\n",
	    NULL);
	const CrFact *title = cr_test_find_fact(engine->facts, 0, CR_FACT_NUMBER, "4%");
	const CrFact *told = cr_test_find_fact(engine->facts, 0, CR_FACT_NUMBER, "1%");
	const CrFact *quoted = cr_test_find_fact(engine->facts, 0, CR_FACT_NUMBER, "16%");
	g_assert_nonnull(title);
	g_assert_nonnull(told);
	g_assert_nonnull(quoted);
	g_assert_true(title->flags & CR_FACT_IGNORED);
	g_assert_false(told->flags & CR_FACT_IGNORED);
	g_assert_false(quoted->flags & CR_FACT_IGNORED);
}

static void test_no_echo_of_function_words(void)
{
	g_autoptr(CrEngine) engine = cr_test_engine("He said “it was the one of them” and “to be”.\n",
						    "It was the one of them, to be sure.\n", NULL);
	g_assert_cmpuint(count_echoes(engine, 1, NULL), ==, 0);
}

/* Runs the extractor and the echo search over TEXTS (NULL-terminated) with
 * paragraph blocks, the block holding MARK_FURNITURE (if any) flagged as
 * boilerplate; returns the facts. */
static GArray *resolve_with_blocks(const char *const *texts, const char *mark_furniture, GPtrArray **docs_out)
{
	GPtrArray *docs = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	g_autoptr(GPtrArray) blocks = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	GArray *facts = cr_fact_array_new();
	for (guint d = 0; texts[d]; d++) {
		CrDoc *doc = cr_test_doc("test.txt", texts[d]);
		GArray *doc_blocks = cr_test_paragraph_blocks(doc);
		const char *at = mark_furniture ? strstr(doc->data, mark_furniture) : NULL;
		if (at)
			g_array_index(doc_blocks, CrBlock,
				      cr_blocks_find(doc_blocks, (gsize)(at - doc->data)))
			    .boilerplate = TRUE;
		g_ptr_array_add(docs, doc);
		g_ptr_array_add(blocks, doc_blocks);
		cr_test_extract_report(cr_extract_quotes, doc, d, doc_blocks, facts);
	}
	cr_resolve_quotes((CrDoc *const *)docs->pdata, docs->len, blocks, facts);
	*docs_out = docs;
	return facts;
}

/* How many unquoted echoes FACTS has in report DOC. */
static guint count_unquoted(const GArray *facts, guint doc)
{
	guint n = 0;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		n += f->doc == doc && f->kind == CR_FACT_QUOTE && (f->flags & CR_FACT_UNQUOTED);
	}
	return n;
}

static void test_echo_not_in_furniture(void)
{
	static const char *const texts[] = {
		"Officials spoke of a “history of aggression” on Monday.\n\nMenu: “latest world news” here.",
		"Japan has a history of aggression, they said.\n\nRead the latest world news and more.",
		"Subscribe: a history of aggression in ten parts.\n\nNothing else.",
		NULL,
	};
	g_autoptr(GPtrArray) docs = NULL;
	g_autoptr(GArray) facts = resolve_with_blocks(texts, "Menu:", &docs);
	/* Doc 0's menu is furniture: its quotation is not searched for. */
	g_assert_cmpuint(count_unquoted(facts, 1), ==, 1);
	g_assert_nonnull(cr_test_find_fact(facts, 1, CR_FACT_QUOTE, "history of aggression"));
	g_autoptr(GPtrArray) docs2 = NULL;
	g_autoptr(GArray) facts2 = resolve_with_blocks(texts, "Subscribe:", &docs2);
	/* Doc 2's furniture is not searched; doc 0's menu now counts. */
	g_assert_cmpuint(count_unquoted(facts2, 2), ==, 0);
	g_assert_cmpuint(count_unquoted(facts2, 1), ==, 2);
	g_assert_nonnull(cr_test_find_fact(facts2, 1, CR_FACT_QUOTE, "latest world news"));
}

/* The index reads a plain word's letters two at a time: words of odd and
 * even lengths, of one to nine letters and digits, in either case, are
 * found as they were. */
static void test_echo_words_odd_and_even(void)
{
	g_autoptr(CrEngine) engine =
	    cr_test_engine("Officials said “Dock B7 flooded after Storm Ingrid hit overnight”, it read.\n",
			   "The dock b7 flooded after storm Ingrid hit overnight, officials said.\n", NULL);
	g_assert_cmpuint(count_echoes(engine, 1, "The dock b7 flooded after storm Ingrid hit overnight"), ==,
			 1);
}

/* Perf51: the echoes' index steps over the space after a word with the
 * word: words two spaces apart, a word before a comma and a space, and an
 * echo that ends a report (the space the step may read is past its end)
 * are found as before, each word one place on. */
static void test_echo_words_spaced(void)
{
	g_autoptr(CrEngine) engine =
	    cr_test_engine("Officials said “Dock B7 flooded after Storm Ingrid hit overnight”, it read.\n",
			   "The dock b7  flooded after  storm Ingrid hit overnight , officials said.\n",
			   "Officials said the dock b7 flooded after storm Ingrid hit overnight", NULL);
	g_assert_cmpuint(count_echoes(engine, 1, NULL), ==, 1);
	g_assert_cmpuint(count_echoes(engine, 2, "dock b7 flooded after storm Ingrid hit overnight"), ==, 1);
}

/* Perf43: the echoes' index finds a word sixteen bytes at a time, and
 * reads the slow way a word that may be longer (the 19 letters of
 * "counterintelligence") or that lies in a report's last bytes: an echo
 * is found in a report's middle, in capitals, and at its very end. */
static void test_echo_long_words_and_last_bytes(void)
{
	g_autoptr(CrEngine) engine = cr_test_engine(
	    "She said the “counterintelligence operations ended abruptly” on Monday.\n",
	    "The counterintelligence operations ended abruptly last week, and nobody knew why.\n",
	    "The COUNTERINTELLIGENCE OPERATIONS ENDED ABRUPTLY last week, and nobody knew why.\n",
	    "Later that week the counterintelligence operations ended abruptly", NULL);
	g_assert_cmpuint(count_echoes(engine, 1, "The counterintelligence operations ended abruptly"), ==, 1);
	g_assert_cmpuint(count_echoes(engine, 2, "The COUNTERINTELLIGENCE OPERATIONS ENDED ABRUPTLY"), ==, 1);
	g_assert_cmpuint(count_echoes(engine, 3, "counterintelligence operations ended abruptly"), ==, 1);
}

int main(int argc, char **argv)
{
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/quote/echo", test_echoes);
	g_test_add_func("/quote/echo-ahead", test_echoes_ahead);
	g_test_add_func("/quote/echo-stemmed", test_echo_stemmed);
	g_test_add_func("/quote/echo-words-odd-and-even", test_echo_words_odd_and_even);
	g_test_add_func("/quote/echo-words-spaced", test_echo_words_spaced);
	g_test_add_func("/quote/echo-takes-its-sentence-lead", test_echo_takes_its_sentence_lead);
	g_test_add_func("/quote/echo-inside-longer-echo", test_echo_inside_longer_echo);
	g_test_add_func("/quote/passages", test_passages);
	g_test_add_func("/quote/sentence-passages", test_sentence_passages);
	g_test_add_func("/quote/quotations-far-in", test_quotations_far_in);
	g_test_add_func("/quote/echo-across-sentences", test_echo_across_sentences);
	g_test_add_func("/quote/echo-function-words", test_no_echo_of_function_words);
	g_test_add_func("/quote/echo-not-in-furniture", test_echo_not_in_furniture);
	g_test_add_func("/quote/numbers-in-cited-titles", test_numbers_in_cited_titles);
	g_test_add_func("/quote/passage-context", test_passage_context);
	g_test_add_func("/quote/echo-long-words-and-last-bytes", test_echo_long_words_and_last_bytes);
	return g_test_run();
}

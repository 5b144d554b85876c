/* Quotations: which words a reader sees marked as quoted, who says them,
 * how alike two quotations are; the same words unquoted elsewhere are in
 * test-quote-echo.c. */
#include <string.h>

#include "crossread/extract.h"
#include "crossread/parallel.h"
#include "crossread/text.h"
#include "testlib.h"

/* Runs the quotation extractor over TEXT (one report, paragraphs as blocks)
 * after adding a person fact for each "words=canonical" of PEOPLE (NULL or
 * NULL-terminated), at the first place the words occur. */
static GArray *quotes_of(const char *text, const char *const *people, CrDoc **doc_out)
{
	CrDoc *doc = cr_test_doc("test.txt", text);
	g_autoptr(GArray) blocks = cr_test_paragraph_blocks(doc);
	GArray *facts = cr_fact_array_new();

	for (guint i = 0; people && people[i]; i++) {
		g_auto(GStrv) parts = g_strsplit(people[i], "=", 2);
		const char *at = strstr(doc->data, parts[0]);
		g_assert_nonnull(at);
		gsize start = (gsize)(at - doc->data);
		CrFact *f = cr_fact_append(facts, doc, 0, start, start + strlen(parts[0]), CR_FACT_PERSON);
		f->value = g_strdup(parts[1] ? parts[1] : parts[0]);
		f->key = cr_text_fold(f->value);
	}
	cr_test_extract_report(cr_extract_quotes, doc, 0, blocks, facts);
	cr_fact_array_sort(facts);
	*doc_out = doc;
	return facts;
}

/* The quotations of TEXT, each as its text, joined by " | ". */
static char *quote_list(const char *text)
{
	CrDoc *doc;
	g_autoptr(GArray) facts = quotes_of(text, NULL, &doc);
	GString *out = g_string_new(NULL);
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind != CR_FACT_QUOTE)
			continue;
		/* The text shown is exactly the bytes the fact points at. */
		g_autofree char *flat = cr_text_flat(doc->data, f->start, f->end);
		g_assert_cmpstr(flat, ==, f->text);
		g_assert_cmpstr(f->value, ==, f->text);
		g_string_append_printf(out, "%s%s", out->len ? " | " : "", f->text);
	}
	cr_doc_free(doc);
	return g_string_free(out, FALSE);
}

/* The quotations of TEXT are exactly EXPECTED ("a | b", "" for none). */
static void assert_quotes(const char *text, const char *expected)
{
	g_autofree char *got = quote_list(text);
	if (g_strcmp0(got, expected) != 0)
		g_test_message("text: %s", text);
	g_assert_cmpstr(got, ==, expected);
}

/* The one quotation of TEXT whose text is WORDS; its doc in *DOC_OUT. */
static CrFact *only_quote(const char *text, const char *words, const char *const *people, GArray **facts_out,
			  CrDoc **doc_out)
{
	*facts_out = quotes_of(text, people, doc_out);
	g_assert_cmpuint(cr_test_count_facts(*facts_out, 0, CR_FACT_QUOTE, words), ==, 1);
	return (CrFact *)cr_test_find_fact(*facts_out, 0, CR_FACT_QUOTE, words);
}

static void test_mark_styles(void)
{
	assert_quotes("He said “we will stay” today.", "we will stay");
	assert_quotes("He said \"we will stay\" today.", "we will stay");
	assert_quotes("Il a dit « nous restons » hier.", "nous restons");
	assert_quotes("Il a dit «nous restons» hier.", "nous restons");
	assert_quotes("Er sagte »wir bleiben« gestern.", "wir bleiben");
	assert_quotes("Er sagte „wir bleiben“ gestern.", "wir bleiben");
	assert_quotes("Hon sa ”vi stannar” i går.", "vi stannar");
	assert_quotes("Er sagte „wir bleiben” gestern.", "wir bleiben");
	assert_quotes("He said ‘we will stay’ today.", "we will stay");
	assert_quotes("He said 'we will stay' today.", "we will stay");
	assert_quotes("“First” and “second words” and \"third\".", "First | second words | third");
	/* Scraped text without spaces around the marks. */
	assert_quotes("He warned that,history“We should be careful.”Then left.", "We should be careful");
	assert_quotes("Nothing quoted here at all.", "");
}

static void test_span_inside_marks(void)
{
	const char *text =
	    "“We want peace, does not welcome confrontation,” Mao said. “Blocs.” “Why?” “Yes!”";
	CrDoc *doc;
	g_autoptr(GArray) facts = quotes_of(text, NULL, &doc);
	const CrFact *f =
	    cr_test_find_fact(facts, 0, CR_FACT_QUOTE, "We want peace, does not welcome confrontation");
	g_assert_nonnull(f);
	g_assert_cmpuint(f->start, ==, strlen("“"));
	g_assert_cmpuint(f->end, ==, strlen("“We want peace, does not welcome confrontation"));
	g_assert_cmpstr(f->key, ==, "we want peace does not welcome confrontation");
	g_assert_nonnull(cr_test_find_fact(facts, 0, CR_FACT_QUOTE, "Blocs"));
	g_assert_nonnull(cr_test_find_fact(facts, 0, CR_FACT_QUOTE, "Why?"));
	g_assert_nonnull(cr_test_find_fact(facts, 0, CR_FACT_QUOTE, "Yes!"));
	cr_doc_free(doc);
	assert_quotes("He spoke of “ …the future… ” then.", "the future");
}

static void test_key(void)
{
	CrDoc *doc;
	g_autoptr(GArray) facts = NULL;
	const CrFact *f = only_quote("“NATO’s door, Asia-Pacific Café: don't”",
				     "NATO’s door, Asia-Pacific Café: don't", NULL, &facts, &doc);
	g_assert_cmpstr(f->key, ==, "nato door asia pacific cafe dont");
	cr_doc_free(doc);
	/* a hyphen between a letter and a digit joins one word, as a hashtag writes it */
	CrDoc *doc2;
	g_autoptr(GArray) facts2 = NULL;
	f = only_quote("“COVID-19 and #COVID19, F-35, 10-12, 4-year-old”",
		       "COVID-19 and #COVID19, F-35, 10-12, 4-year-old", NULL, &facts2, &doc2);
	g_assert_cmpstr(f->key, ==, "covid19 and covid19 f35 10 12 4year old");
	cr_doc_free(doc2);
}

static void test_nested(void)
{
	assert_quotes("“He told me ‘go home’ and left,” she said.",
		      "He told me ‘go home’ and left | go home");
	assert_quotes("‘He told me “go home” and left,’ she said.",
		      "He told me “go home” and left | go home");
	assert_quotes("« Il a dit “non” hier »", "Il a dit “non” hier | non");
	assert_quotes("“He said \"go\" now,” she said.", "He said \"go\" now | go");
	/* Mixed marks that do not pair leave nothing open. */
	assert_quotes("A “sloppy\" one. And “a real one” too.", "a real one");
}

static void test_apostrophes(void)
{
	assert_quotes("It’s the alliance’s plan, rock ’n’ roll of the ’90s and the allies’ plans.", "");
	assert_quotes("It's NATO's plan, rock 'n' roll of the '90s and the allies' plans.", "");
	assert_quotes("Rock ‘n’ roll.", "");
	assert_quotes("He called it ‘the allies’ plans for peace’ yesterday.", "the allies’ plans for peace");
	assert_quotes("The ‘old guard’ and the allies’ plans.", "old guard");
	assert_quotes("‘It’s over,’ she said.", "It’s over");
	assert_quotes("'It's over,' she said.", "It's over");
}

static void test_inches(void)
{
	assert_quotes("A 12\" screen is enough.", "");
	assert_quotes("A 12\" screen and a \"smart\" remote.", "smart");
	assert_quotes("Screens of 12\" and 15\" sizes.", "");
	assert_quotes("The \"2023\" plan.", "2023");
}

static void test_unbalanced(void)
{
	/* An opening mark never closed swallows nothing: what follows is found. */
	assert_quotes("He said “this never ends. Later she said “hello there” to all.", "hello there");
	assert_quotes("He said \"this never ends. Later she said \"hello there\" to all.", "hello there");
	assert_quotes("He said “this never ends.\n\nNext “real quote” here.", "real quote");
	assert_quotes("Stray closer” here and “a real one” there.", "a real one");
	assert_quotes("in the region,' said Mao Ning.\n\nThen “high vigilance” was urged.", "high vigilance");
	assert_quotes("« ouvert sans fin. Puis « fermé » ici.", "fermé");
	assert_quotes("He said ‘this never ends. Later “hello there” to all.", "hello there");
	assert_quotes("“", "");
	assert_quotes("” “ ”", "");
	assert_quotes("“ ”", "");
	assert_quotes("“...”", "");
	/* a curly mark closed by a straight one, the typography mixed */
	assert_quotes("“My hope is to become a unifying king,\" Frederik said.",
		      "My hope is to become a unifying king");
	assert_quotes("“It was 12\" long,” he said.", "It was 12\" long");
	/* only ASCII punctuation ends the clause: U+202C and U+062E, whose
	 * low bytes are ',' and '.', do not */
	assert_quotes("“My hope is to become a unifying king\u202C\" Frederik said.", "");
	assert_quotes("“My hope is to become a unifying \u062E\" Frederik said.", "");
}

static void test_line_breaks(void)
{
	const char *lf = "He said “we will\nstay here” today.\n";
	const char *crlf = "He said “we will\r\nstay here” today.\r\n";
	assert_quotes(lf, "we will stay here");
	assert_quotes(crlf, "we will stay here");
	CrDoc *doc;
	g_autoptr(GArray) facts = NULL;
	const CrFact *f = only_quote(crlf, "we will stay here", NULL, &facts, &doc);
	g_assert_cmpuint(f->start, ==, strlen("He said “"));
	g_assert_cmpuint(f->end, ==, strlen("He said “we will\r\nstay here"));
	g_assert_cmpstr(f->key, ==, "we will stay here");
	cr_doc_free(doc);
}

static void test_never_across_blocks(void)
{
	/* The convention of one opening mark per paragraph of a long quotation:
	 * each paragraph is quoted on its own, never across the blank line. */
	const char *text = "“First part of it.\n\n“Second part of it.”\n\nAfter “that” came.";
	assert_quotes(text, "First part of it | Second part of it | that");
	CrDoc *doc;
	g_autoptr(GArray) facts = quotes_of(text, NULL, &doc);
	const CrFact *running = cr_test_find_fact(facts, 0, CR_FACT_QUOTE, "First part of it");
	g_assert_cmpfloat(running->confidence, <, 1.0);
	g_assert_cmpfloat(running->confidence, >=, 0.5);
	cr_doc_free(doc);
	assert_quotes("«Erste Hälfte.\n\n«Zweite Hälfte.»", "Erste Hälfte | Zweite Hälfte");
	assert_quotes("He said “one\n\ntwo” then.", "");
	/* Only a mark left open before a paragraph that opens with the same
	 * mark, where it opens its paragraph or, curly, follows the colon that
	 * introduces it ("…: “Dearest brothers and sisters, …" and "“At 7.35
	 * …"); not a straight one (its opening mark may be what is lost). */
	assert_quotes("“Unclosed here.\n\nNext paragraph.", "");
	assert_quotes("“Unclosed here.\n\n«Other mark.»", "Other mark");
	assert_quotes("Words “unclosed here.\n\n“Next one.”", "Next one");
	assert_quotes("“Closed” and “open.\n\n“Next one.”", "Closed | Next one");
	assert_quotes("Words: “unclosed here.\n\nNext paragraph.", "");
	assert_quotes("Words: \"unclosed here.\n\n\"Next one.\"", "Next one");
	const char *said = "He said on television: “Dear friends, I must announce it.\n\n“At 7.35 this "
			   "morning he died.”";
	assert_quotes(said, "Dear friends, I must announce it | At 7.35 this morning he died");
}

static void test_invalid_utf8(void)
{
	const char *text = "Before “bad \xff\xfe bytes here” after “next”.";
	CrDoc *doc;
	g_autoptr(GArray) facts = quotes_of(text, NULL, &doc);
	const CrFact *f =
	    cr_test_find_fact(facts, 0, CR_FACT_QUOTE, "bad \xef\xbf\xbd\xef\xbf\xbd bytes here");
	g_assert_nonnull(f);
	g_assert_cmpuint(f->start, ==, strlen("Before “"));
	g_assert_cmpuint(f->end, ==, strlen("Before “bad \xff\xfe bytes here"));
	g_assert_true(g_utf8_validate(f->key, -1, NULL));
	g_assert_nonnull(cr_test_find_fact(facts, 0, CR_FACT_QUOTE, "next"));
	cr_doc_free(doc);
}

static void test_too_long(void)
{
	g_autoptr(GString) text = g_string_new("He said “");
	for (int i = 0; i < 200; i++)
		g_string_append(text, "more words ");
	g_string_append(text, "end” and “short one” here.");
	assert_quotes(text->str, "short one");
}

static void test_confidence(void)
{
	CrDoc *doc;
	g_autoptr(GArray) facts = quotes_of("“Headline In Quotes”\n\nJapan was \"working\" on it, he said "
					    "“we are working on it”.\n\n“A whole quoted paragraph.”",
					    NULL, &doc);
	const CrFact *title = cr_test_find_fact(facts, 0, CR_FACT_QUOTE, "Headline In Quotes");
	const CrFact *scare = cr_test_find_fact(facts, 0, CR_FACT_QUOTE, "working");
	const CrFact *quote = cr_test_find_fact(facts, 0, CR_FACT_QUOTE, "we are working on it");
	const CrFact *para = cr_test_find_fact(facts, 0, CR_FACT_QUOTE, "A whole quoted paragraph");
	g_assert_nonnull(title);
	g_assert_nonnull(scare);
	g_assert_nonnull(quote);
	g_assert_nonnull(para);
	g_assert_cmpfloat(title->confidence, <=, 0.5);
	g_assert_cmpfloat(scare->confidence, <=, 0.5);
	g_assert_cmpfloat(quote->confidence, >=, 0.9);
	g_assert_cmpfloat(para->confidence, >=, 0.9);
	cr_doc_free(doc);
}

/* The speaker of the quotation WORDS in TEXT (with PEOPLE as person facts). */
static char *speaker_of(const char *text, const char *words, const char *const *people)
{
	CrDoc *doc;
	g_autoptr(GArray) facts = NULL;
	CrFact *f = only_quote(text, words, people, &facts, &doc);
	char *speaker = g_strdup(f->speaker);
	cr_doc_free(doc);
	return speaker;
}

/* The speaker of WORDS in TEXT is EXPECTED (NULL: none). */
static void assert_speaker(const char *text, const char *words, const char *const *people,
			   const char *expected)
{
	g_autofree char *got = speaker_of(text, words, people);
	if (g_strcmp0(got, expected) != 0)
		g_test_message("text: %s", text);
	g_assert_cmpstr(got, ==, expected);
}

static void test_speaker_from_words(void)
{
	assert_speaker("“We want peace,” Mao said.", "We want peace", NULL, "Mao");
	assert_speaker("“We want peace,” said Mao Ning, a spokesperson.", "We want peace", NULL, "Mao Ning");
	assert_speaker("“We want peace,” Mao Ning told reporters.", "We want peace", NULL, "Mao Ning");
	/* after the quotation, titles and a body before the name */
	assert_speaker("“We want peace,” Nvidia CEO Jensen Huang said.", "We want peace", NULL,
		       "Jensen Huang");
	assert_speaker("“We want peace,” chief executive Jensen Huang said.", "We want peace", NULL,
		       "Jensen Huang");
	assert_speaker("“We want peace,” with China and Jensen Huang said.", "We want peace", NULL, NULL);
	assert_speaker("Prime Minister Fumio Kishida said: “We want peace.”", "We want peace", NULL,
		       "Fumio Kishida");
	assert_speaker("“I am not aware of any decision made” at NATO regarding the office, Kishida told a "
		       "session.",
		       "I am not aware of any decision made", NULL, "Kishida");
	assert_speaker("NATO chief Jens Stoltenberg said Putin had “wanted to slam the door shut”.",
		       "wanted to slam the door shut", NULL, "Jens Stoltenberg");
	assert_speaker("“We want peace,” according to Foreign Minister Wang Yi.", "We want peace", NULL,
		       "Wang Yi");
	assert_speaker("Mao also said “we want peace” at the briefing.", "we want peace", NULL, "Mao");
	/* Nobody says it. */
	assert_speaker("The leaders agreed to “de-risk, not decouple” with China.", "de-risk, not decouple",
		       NULL, NULL);
	assert_speaker("They agreed on “de-risking rather than decoupling” with ChinaAnd reiterated it.",
		       "de-risking rather than decoupling", NULL, NULL);
	assert_speaker("The Ministry of Foreign Affairs responded that “we want peace”.", "we want peace",
		       NULL, NULL);
	assert_speaker("On Monday, “we want peace” was the message. Mao said nothing.", "we want peace", NULL,
		       NULL);
	assert_speaker("“We want peace,” the spokesperson said.", "We want peace", NULL, NULL);
	assert_speaker("“We want peace,” the spokesperson for the ministry said.", "We want peace", NULL,
		       NULL);
}

static void test_speaker_pronoun(void)
{
	const char *text =
	    "“We want peace,” Mao said.\n\nShe also said Japan should be “extra cautious”, given "
	    "its “history of aggression”.";
	assert_speaker(text, "extra cautious", NULL, "Mao");
	assert_speaker(text, "history of aggression", NULL, "Mao");
	/* With person facts: the nearest person before the pronoun, by its
	 * canonical name. */
	static const char *const people[] = { "Kishida=Fumio Kishida", "Mao=Mao Ning", NULL };
	const char *two = "Kishida spoke first. Mao answered him.\n\nShe said “no camps here”.";
	assert_speaker(two, "no camps here", people, "Mao Ning");
	/* The sentence names someone: the pronoun is not needed. */
	assert_speaker("Putin said the push to create what he called a “global NATO” was wrong.",
		       "global NATO", NULL, "Putin");
	assert_speaker("She said “no camps here”.", "no camps here", NULL, NULL);
	/* A role stands for the last one named, as a pronoun does. */
	assert_speaker("“Peace,” Mao said at length.\n\n"
		       "The spokesperson also warned that,history“We should be careful.”",
		       "We should be careful", NULL, "Mao");
	assert_speaker("Mao met Kishida.\n\n“We should be careful,” the spokesperson said.",
		       "We should be careful", people, "Fumio Kishida");
	assert_speaker("“We should be careful,” a spokesperson said.", "We should be careful", NULL, NULL);
}

/* A quotation without a speaker of its own after one with a speaker in the
 * same paragraph goes on in that voice, and across paragraphs only after
 * a paragraph that ends in a quotation and its speaker. */
static void test_speaker_paragraph_voice(void)
{
	const char *text = "“I loved Theranos,” she stated, Mao said. “I am devastated by my failings.”\n\n"
			   "“Nobody spoke.”";
	assert_speaker(text, "I am devastated by my failings", NULL, "Mao");
	assert_speaker(text, "Nobody spoke", NULL, NULL);
	/* a paragraph that opens with a quotation after one that ends in a
	 * quotation and its speaker goes on in that voice */
	const char *next = "“I loved Theranos,” Mao said.\n\n“I am devastated by my failings.”\n\n"
			   "The court rose. “Nobody spoke,” a clerk recalled.\n\nHe left. “It was over.”";
	assert_speaker(next, "I am devastated by my failings", NULL, "Mao");
	assert_speaker(next, "It was over", NULL, NULL);
}

static void test_speaker_from_facts(void)
{
	static const char *const people[] = { "Mao Ning=Mao Ning", NULL };
	assert_speaker("Mao Ning, a spokesperson for the ministry, said Asia was a “promising land”.",
		       "promising land", people, "Mao Ning");
	static const char *const short_form[] = { "Mao=Mao Ning", NULL };
	assert_speaker("“We want peace,” Mao said.", "We want peace", short_form, "Mao Ning");
}

static void test_speaker_not_a_place(void)
{
	CrDoc *doc = cr_test_doc("test.txt", "Earlier, China said “high vigilance” was needed.");
	g_autoptr(GArray) blocks = cr_test_paragraph_blocks(doc);
	g_autoptr(GArray) facts = cr_fact_array_new();
	const char *at = strstr(doc->data, "China");
	CrFact *place = cr_fact_append(facts, doc, 0, (gsize)(at - doc->data), (gsize)(at - doc->data) + 5,
				       CR_FACT_PLACE);
	place->value = g_strdup("China");
	cr_test_extract_report(cr_extract_quotes, doc, 0, blocks, facts);
	const CrFact *q = cr_test_find_fact(facts, 0, CR_FACT_QUOTE, "high vigilance");
	g_assert_nonnull(q);
	g_assert_null(q->speaker);
	cr_doc_free(doc);
}

/* A quotation fact of WORDS as the extractor makes it (only kind and key
 * matter to the similarity). */
static CrFact quote_fact(const char *words)
{
	g_autofree char *text = g_strdup_printf("“%s”", words);
	CrDoc *doc;
	g_autoptr(GArray) facts = quotes_of(text, NULL, &doc);
	g_assert_cmpuint(facts->len, ==, 1);
	/* a copy: the facts' keys are packed in their report's pool */
	CrFact f = { .kind = CR_FACT_QUOTE, .key = g_strdup(g_array_index(facts, CrFact, 0).key) };
	cr_doc_free(doc);
	return f;
}

/* The similarity of two quotations, checked to be symmetric. */
static double similarity(const char *a, const char *b)
{
	CrFact fa = quote_fact(a), fb = quote_fact(b);
	double ab = cr_quote_similarity(&fa, &fb), ba = cr_quote_similarity(&fb, &fa);
	g_assert_cmpfloat(ab, ==, ba);
	g_assert_cmpfloat(ab, >=, 0.0);
	g_assert_cmpfloat(ab, <=, 1.0);
	g_free(fa.key);
	g_free(fb.key);
	return ab;
}

/* Keys split once are kept by address up to a bound, then the cache starts
 * over: scores past the bound are those of the words, whatever the keys'
 * addresses held before (each pair below is freed and made again). */
static void test_similarity_past_cache(void)
{
	const char *full = "I am not aware of any decision made";
	double before = similarity("not aware", full);
	for (guint i = 0; i < 9000; i++) {
		/* keys as the extractor folds them: lower case, one space apart */
		CrFact a = { .kind = CR_FACT_QUOTE,
			     .key = g_strdup_printf("the harbour board met %u times", i) };
		CrFact b = { .kind = CR_FACT_QUOTE,
			     .key = g_strdup_printf("the harbour board met %u times this year", i) };
		g_assert_cmpfloat(cr_quote_similarity(&a, &b), >=, 0.75);
		g_free(a.key);
		g_free(b.key);
	}
	g_assert_cmpfloat(similarity("not aware", full), ==, before);
	g_assert_cmpfloat(similarity(full, full), ==, 1.0);
}

/* The scores of pairs of texts are kept, and a text split once however
 * many keys hold it: a pair scores the same at any addresses, after more
 * pairs than the scores kept (which then start over), pairs alike and
 * unlike taking turns at the addresses freed, and a key whose bytes
 * changed at its address scores by its new words. */
static void test_similarity_scores_kept(void)
{
	const char *said = "de-risk, not decouple", *other = "de-risking rather than decoupling";
	double before = similarity(said, other);
	for (guint i = 0; i < 20000; i++) {
		CrFact a = { .kind = CR_FACT_QUOTE,
			     .key = g_strdup_printf("the port board met %u times", i % 5000) };
		CrFact b = { .kind = CR_FACT_QUOTE,
			     .key = i % 2 ? g_strdup("rain fell on sunday afternoon over hills")
					  : g_strdup_printf("the port board met %u times this spring", i) };
		if (i % 2)
			g_assert_cmpfloat(cr_quote_similarity(&a, &b), ==, 0.0);
		else
			g_assert_cmpfloat(cr_quote_similarity(&a, &b), >=, 0.75);
		g_free(a.key);
		g_free(b.key);
	}
	g_assert_cmpfloat(similarity(said, other), ==, before);
	char *key = g_strdup("the harbour board met twice this year");
	CrFact whole = { .kind = CR_FACT_QUOTE, .key = key },
	       part = { .kind = CR_FACT_QUOTE, .key = (char *)"the harbour board met twice" };
	g_assert_cmpfloat(cr_quote_similarity(&part, &whole), >=, 0.75);
	strcpy(key, "rain fell on sunday afternoon");
	g_assert_cmpfloat(cr_quote_similarity(&part, &whole), ==, 0.0);
	g_free(key);
}

static void test_similarity(void)
{
	const char *full = "I am not aware of any decision made";
	g_assert_cmpfloat(similarity(full, full), ==, 1.0);
	g_assert_cmpfloat(similarity(full, "i am NOT aware of any decision made."), ==, 1.0);
	/* Partial quotes: the longer the part, the surer. */
	double two = similarity("not aware", full);
	double four = similarity("not aware of any decision made", full);
	g_assert_cmpfloat(two, >=, 0.75);
	g_assert_cmpfloat(two, <=, 0.85);
	g_assert_cmpfloat(four, >, two);
	g_assert_cmpfloat(four, <, 1.0);
	g_assert_cmpfloat(
	    similarity("high vigilance",
		       "NATO’s continual eastward expansion calls for high vigilance from countries"),
	    >=, 0.75);
	g_assert_cmpfloat(similarity("cautious", "extra cautious on the issue of military security"), <=,
			  0.5);
	g_assert_cmpfloat(similarity("cautious", "extra cautious on the issue of military security"), >, 0.2);
	/* Small wording changes match, less surely. */
	double derisk = similarity("de-risk, not decouple", "de-risking rather than decoupling");
	g_assert_cmpfloat(derisk, >=, 0.5);
	g_assert_cmpfloat(derisk, <=, 0.7);
	double paraphrase =
	    similarity("extra cautious on the issue of military security",
		       "We should be cautious in words and deeds on military security issues");
	g_assert_cmpfloat(paraphrase, >, 0.3);
	g_assert_cmpfloat(paraphrase, <, 0.7);
	g_assert_cmpfloat(similarity("the Asia-Pacific does not welcome confrontation between camps",
				     "the Asia-Pacific does not welcome group confrontation"),
			  >=, 0.5);
	/* Same content words, other function words. */
	g_assert_cmpfloat(similarity("we welcomed the decision", "they welcome a decision"), >=, 0.9);
	/* Unrelated quotations that share only function words. */
	g_assert_cmpfloat(
	    similarity("we should be in the room with them", "they would be on the boat with us"), ==, 0.0);
	g_assert_cmpfloat(similarity(full, "the Asia-Pacific does not welcome confrontation between camps"),
			  <, 0.2);
	g_assert_cmpfloat(similarity("working", "eastward expansion"), ==, 0.0);
	g_assert_cmpfloat(similarity("of the", "in a"), ==, 0.0);
	/* The negation counts. */
	g_assert_cmpfloat(similarity("aware of the decision", "not aware of the decision"), <, 0.97);
	/* Round 20: two quotations that open alike and part ways, sharing
	 * nothing else, are two; one cut in two places is one. */
	const char *sorrow = "Dear brothers and sisters, with deep sorrow I must announce the death of our "
			     "Holy Father Francis";
	g_assert_cmpfloat(similarity("Dear brothers and sisters, Happy Easter", sorrow), <, 0.4);
	g_assert_cmpfloat(similarity("with deep sorrow I must announce the death of our Holy Father Francis. "
				     "At 7:35 this morning",
				     sorrow),
			  >=, 0.6);
	/* round 36: two quotations that end on one phrase of five words and
	 * share one stray word besides are two (metafine); sharing half the
	 * words outside the phrase, they are one quotation reworded */
	const char *flawed = "This decision is flawed, unjustified and sets a dangerous precedent for the "
			     "countless other companies transferring data between the EU and US";
	g_assert_cmpfloat(similarity("Thousands of companies and organizations rely on the ability to "
				     "transfer data between the EU and the US",
				     flawed),
			  <, 0.5);
	g_assert_cmpfloat(similarity("This ruling is flawed and sets a precedent for companies "
				     "transferring data between the EU and the US",
				     flawed),
			  >=, 0.5);
}

/* The similarity of quotations A and B said by SA and SB (NULL: unknown). */
static double similarity_said(const char *a, const char *sa, const char *b, const char *sb)
{
	CrFact fa = quote_fact(a), fb = quote_fact(b);
	fa.speaker = (char *)sa;
	fb.speaker = (char *)sb;
	double ab = cr_quote_similarity(&fa, &fb), ba = cr_quote_similarity(&fb, &fa);
	g_assert_cmpfloat(ab, ==, ba);
	g_free(fa.key);
	g_free(fb.key);
	return ab;
}

static void test_similarity_speakers(void)
{
	const char *part = "cautious", *full = "extra cautious on the issue of military security";
	double unknown = similarity_said(part, NULL, full, "Mao Ning");
	double same = similarity_said(part, "Mao", full, "Mao Ning");
	double other = similarity_said(part, "Kishida", full, "Mao Ning");
	g_assert_cmpfloat(same, >, unknown);
	g_assert_cmpfloat(other, <, unknown);
	g_assert_cmpfloat(similarity_said(part, "MAO NING", full, "Mao Ning"), ==, same);
	/* Nothing in common stays nothing; the same words stay the same. */
	g_assert_cmpfloat(similarity_said("working", "Mao", "eastward expansion", "Mao"), ==, 0.0);
	g_assert_cmpfloat(similarity_said(full, "Kishida", full, "Mao Ning"), ==, 1.0);
	/* Initials alone do not make the same person. */
	g_assert_cmpfloat(similarity_said(part, "J. Smith", full, "J. Doe"), <, unknown);
	/* engine49: one speaker's two quotations that end on one phrase, each
	 * with its own words before it, are two, however short; one cut
	 * short, or with a word of its own inside, is one (heldout-thompson) */
	const char *planned =
	    "Every indication is that this was a premeditated, pre-planned, targeted attack.";
	g_assert_cmpfloat(similarity_said("a brazen targeted attack", "Jessica Tisch", planned, "Tisch"), <,
			  0.5);
	g_assert_cmpfloat(similarity_said("a brazen targeted attack", "Tisch",
					  "a premeditated, pre-planned, targeted attack", NULL),
			  <, 0.5);
	g_assert_cmpfloat(
	    similarity_said("a premeditated, pre-planned, targeted attack", "Tisch", planned, "Tisch"), >=,
	    0.5);
	g_assert_cmpfloat(similarity_said("a premeditated targeted attack", "Tisch",
					  "a premeditated, pre-planned, targeted attack", "Tisch"),
			  >=, 0.5);
	/* three words shared part ways are left to the overlap (holmes) */
	g_assert_cmpfloat(similarity_said("I cherished Theranos. It was my life's work", "Holmes",
					  "I stand before you taking responsibility for Theranos. It was my "
					  "life's work",
					  "Holmes"),
			  >=, 0.5);
	/* two cuts of "a brazen targeted attack on our city" */
	g_assert_cmpfloat(
	    similarity_said("a brazen targeted attack", "Tisch", "a targeted attack on our city", "Tisch"),
	    >=, 0.5);
	g_assert_cmpfloat(similarity_said("a brazen, cowardly targeted attack", "Tisch",
					  "a cowardly, premeditated, targeted attack", "Tisch"),
			  >=, 0.5);
}

/* Every quotation of TEXT lies inside one of its paragraph blocks and
 * shows the bytes it points at. */
static void assert_well_formed(const char *text)
{
	CrDoc *doc;
	g_autoptr(GArray) facts = quotes_of(text, NULL, &doc);
	g_autoptr(GArray) blocks = cr_test_paragraph_blocks(doc);
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		g_assert_cmpuint(f->start, <, f->end);
		int b = cr_blocks_find(blocks, f->start);
		g_assert_cmpint(b, >=, 0);
		g_assert_cmpuint(f->end, <=, g_array_index(blocks, CrBlock, b).end);
		g_assert_true(g_utf8_validate(f->text, -1, NULL));
		g_assert_true(g_utf8_validate(f->key, -1, NULL));
		g_assert_cmpstr(f->key, !=, "");
		g_autofree char *flat = cr_text_flat(doc->data, f->start, f->end);
		g_assert_cmpstr(flat, ==, f->text);
	}
	cr_doc_free(doc);
}

static void test_random_marks(void)
{
	static const char *const pieces[] = {
		"“", "”", "„",	"\"",	"'",	    "‘",    "’",    "«",      "»",
		"‚", " ", "\n", "\n\n", "\r\n",	    "word", "Mao",  " said ", "she",
		".", ",", "12", "\xff", "\xe2\x80", "é",    "it’s", "s’ ",    "\t",
	};
	g_autoptr(GRand) rand = g_rand_new_with_seed(20230524);
	guint checked = 0;
	for (int round = 0; round < 2000; round++) {
		g_autoptr(GString) text = g_string_new(NULL);
		int n = g_rand_int_range(rand, 1, 40);
		for (int i = 0; i < n; i++)
			g_string_append(text, pieces[g_rand_int_range(rand, 0, G_N_ELEMENTS(pieces))]);
		/* Only what the loader takes as text reaches the extractors. */
		g_autoptr(GError) error = NULL;
		g_autoptr(CrDoc) doc = cr_doc_new_take("x", g_strdup(text->str), text->len, &error);
		if (doc) {
			assert_well_formed(text->str);
			checked++;
		}
	}
	g_assert_cmpuint(checked, >, 1000);
}

int main(int argc, char **argv)
{
	/* two threads: the echoes' search runs ahead (test_echoes_ahead()) */
	g_setenv("CROSSREAD_THREADS", "2", TRUE);
	g_test_init(&argc, &argv, NULL);
	g_test_add_func("/quote/mark-styles", test_mark_styles);
	g_test_add_func("/quote/span-inside-marks", test_span_inside_marks);
	g_test_add_func("/quote/key", test_key);
	g_test_add_func("/quote/nested", test_nested);
	g_test_add_func("/quote/apostrophes", test_apostrophes);
	g_test_add_func("/quote/inches", test_inches);
	g_test_add_func("/quote/unbalanced", test_unbalanced);
	g_test_add_func("/quote/line-breaks", test_line_breaks);
	g_test_add_func("/quote/never-across-blocks", test_never_across_blocks);
	g_test_add_func("/quote/invalid-utf8", test_invalid_utf8);
	g_test_add_func("/quote/too-long", test_too_long);
	g_test_add_func("/quote/confidence", test_confidence);
	g_test_add_func("/quote/speaker/words", test_speaker_from_words);
	g_test_add_func("/quote/speaker/pronoun", test_speaker_pronoun);
	g_test_add_func("/quote/speaker/facts", test_speaker_from_facts);
	g_test_add_func("/quote/speaker/paragraph-voice", test_speaker_paragraph_voice);
	g_test_add_func("/quote/speaker/not-a-place", test_speaker_not_a_place);
	g_test_add_func("/quote/similarity", test_similarity);
	g_test_add_func("/quote/similarity-past-cache", test_similarity_past_cache);
	g_test_add_func("/quote/similarity-scores-kept", test_similarity_scores_kept);
	g_test_add_func("/quote/similarity-speakers", test_similarity_speakers);
	g_test_add_func("/quote/random-marks", test_random_marks);
	return g_test_run();
}

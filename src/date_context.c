/* The words around a date that say when it falls: how a weekday stands
 * to the publication date ("last Wednesday", "will ... on Thursday", a
 * deadline, another week) and whether a sentence is told in the past
 * tense. Read by date_parse.c (weekdays) and extract_date.c (tense). */
#include "date_private.h"

#include <string.h>

/* How many tokens back "will" makes a weekday one still to come. */
#define FUTURE_LOOKBACK 8

/* Words before a weekday that place it relative to the publication date. */
static const CrTokenWord weekday_relations_table[] = {
	{ "last", CTX_LAST },
	{ "past", CTX_LAST },
	{ "previous", CTX_LAST },
	{ "next", CTX_NEXT },
	{ "coming", CTX_NEXT },
	{ "will", CTX_FUTURE },
	{ "shall", CTX_FUTURE },
	/* "expected to begin trading on Thursday", "as soon as Thursday" */
	{ "expected", CTX_FUTURE },
	{ "scheduled", CTX_FUTURE },
	{ "soon", CTX_FUTURE },
};
static CrLexicon weekday_relations = CR_LEXICON(weekday_relations_table);

/* TRUE when token I ends a sentence ('.', '!', '?', ';'). */
static gboolean ends_sentence(const CrTokens *s, guint i)
{
	const CrToken *t = &s->tok[i];
	return t->kind == CR_TOKEN_PUNCT && t->ch < 0x80 && strchr(".!?;", (int)t->ch);
}

/* Words of an order or an obligation, which make a weekday after "by",
 * "before" or "until" a deadline still to come ("residents have been told
 * to get out before noon on Friday", "should leave by noon Friday"); not
 * "the crash just before midnight on Tuesday". */
static const CrTokenWord deadline_words_table[] = {
	{ "must", 1 },	{ "should", 1 }, { "ordered", 1 },  { "told", 1 },
	{ "urged", 1 }, { "asked", 1 },	 { "required", 1 }, { "deadline", 1 },
};
static CrLexicon deadline_words = CR_LEXICON(deadline_words_table);

/* How many tokens before a deadline's preposition an order is looked for. */
#define DEADLINE_LOOKBACK 12

/* TRUE when the weekday at I is a deadline: "by", "before" or "until",
 * then perhaps "noon" or "midnight" and "on", before it, after a word of
 * deadline_words in its sentence. */
static gboolean weekday_deadline(const CrTokens *s, guint i)
{
	guint p = i;
	if (p > 0 && cr_tok_word(s, p - 1, "on"))
		p--;
	if (p > 0 && (cr_tok_word(s, p - 1, "noon") || cr_tok_word(s, p - 1, "midnight")))
		p--;
	if (p == 0 || !(cr_tok_word(s, p - 1, "by") || cr_tok_word(s, p - 1, "before") ||
			cr_tok_word(s, p - 1, "until")))
		return FALSE;
	for (guint back = 2; back <= DEADLINE_LOOKBACK && back <= p; back++) {
		if (ends_sentence(s, p - back))
			return FALSE;
		if (cr_tok_find(s, p - back, &deadline_words))
			return TRUE;
	}
	return FALSE;
}

/* How a weekday at I stands to the publication date: CTX_LAST ("last
 * Wednesday"), CTX_NEXT, CTX_FUTURE ("will ... on Wednesday", "expected
 * to ... on Thursday", a deadline: weekday_deadline()) or 0. */
static guint weekday_relation(const CrTokens *s, guint i)
{
	const CrTokenWord *w = i > 0 ? cr_tok_find(s, i - 1, &weekday_relations) : NULL;
	if (w && w->value != CTX_FUTURE)
		return (guint)w->value;
	for (guint back = 1; back <= FUTURE_LOOKBACK && back <= i; back++) {
		if (ends_sentence(s, i - back))
			break;
		w = cr_tok_find(s, i - back, &weekday_relations);
		if (w && w->value == CTX_FUTURE)
			return CTX_FUTURE;
	}
	return weekday_deadline(s, i) ? CTX_FUTURE : 0;
}

/* How many tokens on each side of a weekday are read for a week. */
#define WEEK_REACH 4

/* TRUE when token I is "week" or "weeks". */
static gboolean is_week(const CrTokens *s, guint i)
{
	return cr_tok_word(s, i, "week") || cr_tok_word(s, i, "weeks");
}

/* CTX_OTHER_WEEK when the words of the weekday at I may set it in
 * another week than a day of that name the event's reports open with:
 * "of" after it ("on Friday of last month") or "week" near it in its
 * sentence ("on Wednesday, a week after the singer's death", "two weeks
 * later, on Friday"); else 0. */
static guint weekday_week(const CrTokens *s, guint i)
{
	if (i + 1 < s->n && cr_tok_word(s, i + 1, "of"))
		return CTX_OTHER_WEEK;
	for (guint k = 1; k <= WEEK_REACH && k <= i && !ends_sentence(s, i - k); k++)
		if (is_week(s, i - k))
			return CTX_OTHER_WEEK;
	for (guint k = i + 1; k < s->n && k <= i + WEEK_REACH && !ends_sentence(s, k); k++)
		if (is_week(s, k))
			return CTX_OTHER_WEEK;
	return 0;
}

guint date_weekday_context(const CrTokens *s, guint i)
{
	return weekday_relation(s, i) | weekday_week(s, i);
}

/* How many tokens on each side of a date are read for its tense. */
#define TENSE_REACH 16

/* What token I says of a sentence's tense: 1 for an auxiliary of the past
 * before a participle in -ed ("was arrested", "had filed"; not "was
 * arranging", "was also present"), -1 for a word of what is to come
 * ("will", "scheduled"), else 0. */
static int tense_at(const CrTokens *s, guint i)
{
	const CrTokenWord *w = cr_tok_find(s, i, &weekday_relations);
	if (w && w->value == CTX_FUTURE)
		return -1;
	if (!(cr_tok_word(s, i, "was") || cr_tok_word(s, i, "were") || cr_tok_word(s, i, "had")) ||
	    i + 1 >= s->n || s->tok[i + 1].kind != CR_TOKEN_WORD)
		return 0;
	const CrToken *t = &s->tok[i + 1];
	return t->end - t->start >= 4 && memcmp(s->data + t->end - 2, "ed", 2) == 0 ? 1 : 0;
}

gboolean date_told_in_past(const CrTokens *s, guint from, guint to)
{
	int past = 0;
	for (guint k = 1; k <= TENSE_REACH && k <= from && !ends_sentence(s, from - k); k++) {
		int t = tense_at(s, from - k);
		if (t < 0)
			return FALSE;
		past |= t;
	}
	for (guint k = to; k < s->n && k < to + TENSE_REACH && !ends_sentence(s, k); k++) {
		int t = tense_at(s, k);
		if (t < 0)
			return FALSE;
		past |= t;
	}
	return past;
}

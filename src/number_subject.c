/* The country an amount is of, read from the words after it ("over 200,000
 * victims in neighbouring Burundi"), and the countries its sentence names:
 * two counts of one value in two countries are two facts, however rare
 * their value (align_kinds.c); and the person an age is of when its
 * report names him once ("Karalis, 24,"). Part of the number extractor. */
#define _GNU_SOURCE /* memmem */
#include "crossread/fact.h"
#include "crossread/text.h"
#include "name_lexicon.h"
#include "number_private.h"

#include <string.h>

/* How many tokens after an amount its clause is read for "in". */
#define SUBJECT_TOKENS 12
/* The most capitalised words of a country's name ("Central African
 * Republic", "Bosnia and Herzegovina" is none: read as "Bosnia"). */
#define COUNTRY_WORDS 3

/* Words that open a clause of their own after an amount: "2,000
 * migrants who left Libya" is not said to be in Libya. */
static const CrTokenWord clause_words_table[] = {
	{ "who", 1 },  { "whom", 1 },  { "whose", 1 }, { "which", 1 },
	{ "that", 1 }, { "where", 1 }, { "when", 1 },
};
static CrLexicon clause_words = CR_LEXICON(clause_words_table);

/* The hash of the gazetteer's country named by the capitalised words at
 * token I of S (the most words that name one), their count in *WORDS;
 * 0 when they name none. */
static guint32 country_at(const CrTokens *s, guint i, guint *words)
{
	guint n = 0;
	while (n < COUNTRY_WORDS && i + n < s->n && s->tok[i + n].kind == CR_TOKEN_WORD &&
	       s->tok[i + n].upper && (n == 0 || s->tok[i + n].gap == CR_GAP_SPACE))
		n++;
	for (; n > 0; n--) {
		const NameGazEntry *g =
		    name_gazetteer_find(s->data + s->tok[i].start, s->tok[i + n - 1].end - s->tok[i].start);
		if (g && g->country) {
			*words = n;
			return cr_fnv32(g->canonical, strlen(g->canonical)) | 1u;
		}
	}
	return 0;
}

guint32 number_subject_country(const CrTokens *s, guint after, guint stop)
{
	for (guint i = after; i < MIN(stop, s->n) && i - after < SUBJECT_TOKENS; i++) {
		const CrToken *t = &s->tok[i];
		if (t->gap == CR_GAP_LINE || t->kind == CR_TOKEN_NUMBER ||
		    (t->kind == CR_TOKEN_PUNCT && t->ch != '-' && t->ch != '\'') ||
		    cr_tok_find(s, i, &clause_words))
			return 0;
		if (!cr_tok_word(s, i, "in"))
			continue;
		guint at = i + 1 + cr_tok_word(s, i + 1, "the");
		/* one word that places it: "in neighbouring Burundi" */
		if (at + 1 < s->n && s->tok[at].kind == CR_TOKEN_WORD && !s->tok[at].upper &&
		    s->tok[at + 1].upper)
			at++;
		guint words;
		return at < s->n ? country_at(s, at, &words) : 0;
	}
	return 0;
}

guint number_countries_named(const CrTokens *s, guint from, guint to, guint32 *countries, guint n)
{
	for (guint i = from; i < MIN(to, s->n) && n < NUMBER_MAX_COUNTRIES; i++) {
		guint words = 1;
		if (s->tok[i].kind != CR_TOKEN_WORD || !s->tok[i].upper)
			continue;
		guint32 h = country_at(s, i, &words);
		guint k = 0;
		while (k < n && countries[k] != h)
			k++;
		if (h && k == n)
			countries[n++] = h;
		i += words - 1;
	}
	return n;
}

/* TRUE when the word at token I of S is written again in its report, as
 * a word, apart from itself. */
static gboolean word_written_again(const CrTokens *s, guint i)
{
	const char *word = s->data + s->tok[i].start, *end = s->data + s->len;
	gsize len = s->tok[i].end - s->tok[i].start;
	for (const char *p = s->data; (p = memmem(p, (gsize)(end - p), word, len)) != NULL; p += len)
		if (p != word && (p == s->data || !g_ascii_isalnum(p[-1])) &&
		    (p + len == end || !g_ascii_isalnum(p[len])))
			return TRUE;
	return FALSE;
}

guint number_age_named_once(const CrTokens *s, guint first, guint end)
{
	/* in apposition, the age closed by punctuation: "Meanwhile, 52-year-old
	 * Smith" gives no name */
	gboolean closed = end >= s->n || (s->tok[end].kind == CR_TOKEN_PUNCT && !cr_tok_punct(s, end, '-'));
	if (first < 2 || !closed || !cr_tok_punct(s, first - 1, ',') ||
	    s->tok[first - 2].kind != CR_TOKEN_WORD || !s->tok[first - 2].upper ||
	    word_written_again(s, first - 2))
		return G_MAXUINT;
	return first - 2;
}

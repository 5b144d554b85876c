/* What an amount counts: the noun after it ("400 volunteers", "1,500
 * family tents", "a six-wicket win") and the words that say the count
 * adds to others ("two other people"). Part of the number reader
 * (number_read.c). */
#include "number_private.h"

#include <string.h>

#include "crossread/extract.h"

/* TRUE when the LEN bytes at W are an acronym's plural: two capitals or
 * more and an 's' ("MPs", "NGOs"). */
static gboolean acronym_plural(const char *w, gsize len)
{
	if (len < 3 || w[len - 1] != 's')
		return FALSE;
	for (gsize k = 0; k + 1 < len; k++)
		if (!g_ascii_isupper(w[k]))
			return FALSE;
	return TRUE;
}

/* TRUE when the word at I reads as a plural noun: "volunteers",
 * "ambulances", "children", "MPs"; not "business", "bonus", "crisis". */
gboolean number_is_plural(const CrTokens *s, guint i)
{
	const CrToken *t = &s->tok[i];
	gsize len = t->end - t->start;
	const char *w = s->data + t->start;
	if (cr_tok_find(s, i, &number_irregular_plurals) || acronym_plural(w, len))
		return TRUE;
	return len >= 4 && w[len - 1] == 's' && w[len - 2] != 's' && w[len - 2] != 'u' && w[len - 2] != 'i';
}

/* TRUE when the word at I is a capitalised nationality adjective ("Thai"),
 * or with PLURAL its plural ("Thais", "Israelis", which number_is_plural() leaves
 * for the "-is" of "crisis"): the people of a country counted. */
static gboolean nationality_at(const CrTokens *s, guint i, gboolean plural)
{
	if (i >= s->n || s->tok[i].kind != CR_TOKEN_WORD || !s->tok[i].upper)
		return FALSE;
	gsize len = s->tok[i].end - s->tok[i].start;
	const char *w = s->data + s->tok[i].start;
	if (plural && (len < 4 || w[len - 1] != 's'))
		return FALSE;
	return cr_number_nationality(w, plural ? len - 1 : len);
}

/* TRUE when the word at I may qualify the noun after it ("family" in
 * "1,500 family tents"): three letters or more, not a participle
 * ("three wanted to wait", "five living"). */
gboolean number_can_qualify(const CrTokens *s, guint i)
{
	const CrToken *t = &s->tok[i];
	gsize len = t->end - t->start;
	const char *w = s->data + t->start;
	if (len < 3 || (len > 3 && memcmp(w + len - 2, "ed", 2) == 0))
		return FALSE;
	return !(len > 4 && memcmp(w + len - 3, "ing", 3) == 0);
}

/* TRUE when the token at I is a lower-case word that may name what is
 * counted: not a function word, nor one of number_not_counted, nor the
 * first word of a unit of two ("a 5-percentage rise" is none). */
gboolean number_countable_word(const CrTokens *s, guint i)
{
	return i < s->n && s->tok[i].kind == CR_TOKEN_WORD && !s->tok[i].upper &&
	       !cr_tok_function_word(s, i) && !cr_tok_find(s, i, &number_not_counted) &&
	       !cr_tok_find(s, i, &number_point_units);
}

/* The noun a quantity ending before I counts: a lower-case plural on the
 * same line, maybe after one or two words that qualify it ("400
 * volunteers", "1,500 family tents", "34 felony state charges", "six
 * children") or two joined by a hyphen ("19 non-Korean nationals"), or
 * the noun it is joined to by a
 * hyphen as a modifier ("a 241-run target", "a six-wicket win"); a
 * capitalised plural unless DEFINITE, after "the". Sets Q's noun; returns
 * the tokens used. */
guint number_parse_counted(const CrTokens *s, guint i, Quantity *q, gboolean definite)
{
	if (cr_tok_punct(s, i, '-') && cr_tok_joined(s, i) && cr_tok_joined(s, i + 1) &&
	    number_countable_word(s, i + 1) && s->tok[i + 1].end - s->tok[i + 1].start >= 3 &&
	    !(cr_tok_punct(s, i + 2, '-') && cr_tok_joined(s, i + 2))) {
		q->noun = i + 2;
		return 2;
	}
	/* a capitalised word may qualify the noun too ("two Thai nationals") */
	if (i + 1 < s->n && s->tok[i].kind == CR_TOKEN_WORD && s->tok[i].upper &&
	    s->tok[i].gap == CR_GAP_SPACE && !cr_tok_function_word(s, i) && number_countable_word(s, i + 1) &&
	    s->tok[i + 1].gap == CR_GAP_SPACE && number_is_plural(s, i + 1)) {
		q->noun = i + 2;
		return 2;
	}
	/* a capitalised plural alone: "3.125 Bitcoins", "five Americans", "13
	 * Israelis"; not a name ("the 12 Apostles"), nor the first word of one
	 * ("25 Kansas City Chiefs"); a nationality alone too ("10 Thai and a
	 * Filipino") */
	if (!definite && i < s->n && s->tok[i].kind == CR_TOKEN_WORD && s->tok[i].upper &&
	    s->tok[i].gap == CR_GAP_SPACE && !cr_tok_function_word(s, i) &&
	    (number_is_plural(s, i) || nationality_at(s, i, TRUE) || nationality_at(s, i, FALSE)) &&
	    !(i + 1 < s->n && s->tok[i + 1].upper && s->tok[i + 1].gap == CR_GAP_SPACE)) {
		q->noun = i + 1;
		return 1;
	}
	/* a qualifier of two words joined by a hyphen, the first in lower
	 * case: "19 non-Korean nationals", "five high-ranking officials" */
	if (i + 3 < s->n && s->tok[i].kind == CR_TOKEN_WORD && !s->tok[i].upper &&
	    s->tok[i].gap == CR_GAP_SPACE && !cr_tok_function_word(s, i) && cr_tok_punct(s, i + 1, '-') &&
	    cr_tok_joined(s, i + 1) && cr_tok_joined(s, i + 2) && s->tok[i + 2].kind == CR_TOKEN_WORD &&
	    number_countable_word(s, i + 3) && s->tok[i + 3].gap == CR_GAP_SPACE &&
	    number_is_plural(s, i + 3)) {
		q->noun = i + 4;
		return 4;
	}
	for (guint k = 0; k < 3; k++) {
		guint t = i + k;
		if (!number_countable_word(s, t) || s->tok[t].gap != CR_GAP_SPACE)
			return 0;
		if (number_is_plural(s, t)) {
			q->noun = t + 1;
			return k + 1;
		}
		/* a participle qualifies a plural right after it ("six missing
		 * people"), not a verb ("three wanted to wait") */
		if (!number_can_qualify(s, t) &&
		    !(k == 0 && number_countable_word(s, t + 1) && s->tok[t + 1].gap == CR_GAP_SPACE &&
		      number_is_plural(s, t + 1)))
			return 0;
	}
	return 0;
}

/* 1 when the token at I is a word saying the count adds to others
 * ("other", "more": number_added_words), spaced on the line before another
 * word that is no number ("one other three years" counts no years); else
 * 0. */
guint number_added_word(const CrTokens *s, guint i)
{
	return i + 1 < s->n && s->tok[i].gap == CR_GAP_SPACE && s->tok[i + 1].gap == CR_GAP_SPACE &&
	       s->tok[i + 1].kind == CR_TOKEN_WORD && cr_tok_find(s, i, &number_added_words) &&
	       !cr_tok_find(s, i + 1, &number_cardinal_words);
}

/* TRUE when the word at I is a past participle: five letters or more
 * ending in "ed" ("injured", "arrested"); with PROGRESSIVE, one in "ing"
 * too ("missing", after "are"). */
static gboolean participle_at(const CrTokens *s, guint i, gboolean progressive)
{
	gsize len = s->tok[i].end - s->tok[i].start;
	const char *end = s->data + s->tok[i].end;
	return len >= 5 && (memcmp(end - 2, "ed", 2) == 0 || (progressive && memcmp(end - 3, "ing", 3) == 0));
}

/* TRUE when token I is a lower-case word spaced on the line. */
static gboolean spaced_lower_word(const CrTokens *s, guint i)
{
	return i < s->n && s->tok[i].kind == CR_TOKEN_WORD && !s->tok[i].upper &&
	       s->tok[i].gap == CR_GAP_SPACE;
}

/* TRUE when the token at I closes a clause: the end, a line's end,
 * punctuation but a hyphen, "and", "or". */
static gboolean closes_clause(const CrTokens *s, guint i)
{
	return i >= s->n || s->tok[i].gap == CR_GAP_LINE ||
	       (s->tok[i].kind == CR_TOKEN_PUNCT && !cr_tok_punct(s, i, '-')) || cr_tok_word(s, i, "and") ||
	       cr_tok_word(s, i, "or");
}

/* The tokens of the head noun after a count written as a modifier, the
 * noun it counts joined by a hyphen ("a 33-story building", "a
 * 6.4-magnitude aftershock", "a 33-story high-rise"): a word that may be
 * counted, not a participle ("the 33-story collapsed"), nor one a name
 * follows; else 0. */
static guint head_after_modifier(const CrTokens *s, guint end)
{
	if (!number_countable_word(s, end) || s->tok[end].gap != CR_GAP_SPACE || participle_at(s, end, FALSE))
		return 0;
	guint t = end + 1;
	while (cr_tok_punct(s, t, '-') && cr_tok_joined(s, t) && cr_tok_joined(s, t + 1) &&
	       s->tok[t + 1].kind == CR_TOKEN_WORD)
		t += 2;
	/* a name after it: the phrase goes on, its head is further ("a
	 * 14-game classical World Championship match") */
	if (t < s->n && s->tok[t].kind == CR_TOKEN_WORD && s->tok[t].upper && s->tok[t].gap == CR_GAP_SPACE)
		return 0;
	return t - end;
}

/* The tokens of the state a bare count ending before END is in: a
 * participle closing its clause ("730 injured,", "12 arrested and"), or
 * any after "are" or "were" ("16 were injured", "101 are missing across")
 * but one an infinitive follows ("five are expected to attend"); not a
 * verb with its complement ("three wanted to wait"); else 0. */
static guint state_after_count(const CrTokens *s, guint end)
{
	guint t = end;
	gboolean aux = spaced_lower_word(s, t) && (cr_tok_word(s, t, "are") || cr_tok_word(s, t, "were"));
	t += aux;
	if (!spaced_lower_word(s, t) || !participle_at(s, t, aux))
		return 0;
	gboolean closes = aux ? !cr_tok_word(s, t + 1, "to") : closes_clause(s, t + 1);
	return closes ? t + 1 - end : 0;
}

/* TRUE when token I is a lower-case singular word that may name what is
 * counted, not a participle: a scale's name ("magnitude"). */
static gboolean scale_word(const CrTokens *s, guint i)
{
	return number_countable_word(s, i) && !number_is_plural(s, i) && !participle_at(s, i, TRUE);
}

/* The tokens of the scale a decimal reading ending before END is read on,
 * written after it and closing its clause ("measuring 6.4 magnitude.",
 * "6.4 in magnitude,"); else 0. */
static guint scale_after(const CrTokens *s, guint end)
{
	guint t = end + (cr_tok_word(s, end, "in") && spaced_lower_word(s, end + 1));
	return spaced_lower_word(s, t) && scale_word(s, t) && closes_clause(s, t + 1) ? t + 1 - end : 0;
}

/* TRUE when the word before END is joined to the amount by a hyphen: a
 * modifier ("33-story", "four-hour"). */
static gboolean modifier_before(const CrTokens *s, guint first, guint end)
{
	return end >= first + 3 && cr_tok_punct(s, end - 2, '-') && cr_tok_joined(s, end - 2) &&
	       cr_tok_joined(s, end - 1);
}

guint number_span_reach(const CrTokens *s, guint first, guint end, const Quantity *q)
{
	if (!spaced_lower_word(s, end))
		return 0;
	/* a duration written as a modifier takes its head noun as a count
	 * does: "a four-hour operation", "a 17-hour journey" */
	if (q->unit >= U_YEARS && q->unit <= U_MINUTES && modifier_before(s, first, end))
		return head_after_modifier(s, end);
	if (q->unit != U_NONE)
		return 0;
	if (q->noun == end && modifier_before(s, first, end))
		return head_after_modifier(s, end);
	if (q->noun)
		return 0;
	return q->decimals ? scale_after(s, end) : state_after_count(s, end);
}

guint number_scale_before(const CrTokens *s, guint i, const Quantity *q)
{
	if (!q->decimals || q->unit != U_NONE || q->noun || i < 2 || !cr_tok_spaced(s, i) ||
	    s->tok[i].gap == CR_GAP_LINE || s->tok[i - 1].gap != CR_GAP_SPACE || !scale_word(s, i - 1))
		return 0;
	return cr_tok_word(s, i - 2, "of") || cr_tok_word(s, i - 2, "a") || cr_tok_word(s, i - 2, "A") ? 1
												       : 0;
}

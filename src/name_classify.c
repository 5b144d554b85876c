/* Classifying a chunk of capitalised words: the gazetteer, the suffixes
 * and heads of organisations and places, given names, roles ("Japanese
 * Prime Minister Fumio Kishida") and what the words around it say; what
 * nothing settles is a name of unknown kind for the rest of the report, or
 * another report, to settle. */
#include "name_scanner.h"

#include <stdlib.h>
#include <string.h>

#include "crossread/text.h"
#include "english.h"

/* --- mentions ------------------------------------------------------------ */

/* The length of word I when it can be the number of a name: MIN_LEN to
 * four digits after the name's GAP (NAME_TOKEN_JOINED, one space;
 * NAME_TOKEN_HYPHEN, one hyphen), no leading zero and no year ("Election
 * 2024"); else 0. The byte after is the caller's to test. */
static gsize digits_of_name_number(const Scanner *s, guint i, gsize min_len, guint32 gap)
{
	if (i >= s->n)
		return 0;
	const NameToken *t = tok(s, i);
	gsize len = t->end - t->start;
	const char *w = s->data + t->start;
	if ((t->flags & NAME_TOKEN_LETTERS) || !(t->flags & gap) || len < min_len || len > 4 ||
	    w[-1] != (gap == NAME_TOKEN_HYPHEN ? '-' : ' ') || w[0] == '0')
		return 0;
	for (gsize k = 0; k < len; k++)
		if (!g_ascii_isdigit(w[k]))
			return 0;
	int value = atoi(w);
	return len == 4 && value >= 1800 && value <= 2100 ? 0 : len;
}

/* 1 when word I is the number after a name's GAP, the "500" of "the Fortune
 * 500", the "212" of "Volgoneft-212": MIN_LEN to four digits ending the
 * number ("Boeing 737,"; not the score "49ers 25-22", a time, a decimal). */
static guint name_number_after(const Scanner *s, guint i, gsize min_len, guint32 gap)
{
	gsize len = digits_of_name_number(s, i, min_len, gap);
	if (!len)
		return 0;
	const char *w = s->data + tok(s, i)->start;
	char after = w[len];
	return after == ' ' || after == '\n' || after == ',' || after == ';' || after == ')' ||
	       after == '\0' || (after == '.' && !g_ascii_isdigit(w[len + 1]));
}

guint scanner_name_number_at(const Scanner *s, guint i)
{
	return name_number_after(s, i, 1, NAME_TOKEN_JOINED);
}

/* The words of a model's number at word I after a body's name: the
 * number of a numbered name (scanner_name_number_at(): "737"), or two, a
 * number of three or four digits and the digits or letters joined to it
 * by a hyphen ("737-800", "777-300ER"; not a score, "2-1", nor a year's
 * span, "2023-24"); else 0. */
static guint model_number_at(const Scanner *s, guint i)
{
	guint numbered = scanner_name_number_at(s, i);
	if (numbered || i + 1 >= s->n)
		return numbered;
	gsize len = digits_of_name_number(s, i, 3, NAME_TOKEN_JOINED);
	if (!len || s->data[tok(s, i)->start + len] != '-')
		return 0;
	const NameToken *next = tok(s, i + 1);
	return (next->flags & NAME_TOKEN_HYPHEN) && g_ascii_isdigit(s->data[next->start]) ? 2 : 0;
}

/* 1 when word I is the letter of a lettered name inside a sentence, the
 * "A" of "the Malapert A crater" or "Plan B is": one capital letter (not
 * "I") spaced from the name and followed by a word in lower case; else 0.
 * A headline capitalises its "A". */
static guint name_letter_at(const Scanner *s, guint i)
{
	if (i >= s->n || s->headline)
		return 0;
	const NameToken *t = tok(s, i);
	const char *w = s->data + t->start;
	if (t->end - t->start != 1 || !g_ascii_isupper(w[0]) || w[0] == 'I' ||
	    !(t->flags & NAME_TOKEN_JOINED) || (t->flags & NAME_TOKEN_SENTENCE) || w[-1] != ' ')
		return 0;
	return w[1] == ' ' && g_ascii_islower(w[2]);
}

/* TRUE when word I is written in lower case right after a name, joined
 * to it, and the name is no possessive: where a feature's or a works'
 * word may go on the name. */
static gboolean lower_word_after_name(const Scanner *s, guint i)
{
	return i > 0 && i < s->n && is_lower(s, i) && (tok(s, i)->flags & NAME_TOKEN_JOINED) &&
	       !(tok(s, i - 1)->flags & NAME_TOKEN_POSSESSIVE);
}

/* 1 when word I is a natural feature written in lower case right after a
 * place's name or a name of unknown kind, the "river" of "the Chaliyar
 * river"; else 0. */
static guint name_feature_at(const Scanner *s, guint i)
{
	return lower_word_after_name(s, i) && has(tok(s, i), NAME_WORD_FEATURE);
}

/* 1 when word I is built works (NAME_WORD_WORKS: "stadium", "dam",
 * "bridge") written in lower case right after a name of unknown kind:
 * works named as a natural feature is ("the Kanjuruhan stadium" is the
 * "Kanjuruhan Stadium"); else 0. */
static guint name_works_at(const Scanner *s, guint i)
{
	return lower_word_after_name(s, i) && has(tok(s, i), NAME_WORD_WORKS);
}

/* TRUE when compass point I is a bearing, no region's last word: "of"
 * follows it ("northwest of Hawaii"), or a function word that opens a
 * name (no date) or "the" ("east toward Portugal", "north to the coast";
 * not "northwest on Monday", "northwest on time"). */
static gboolean compass_bearing_at(const Scanner *s, guint i)
{
	if (i + 1 >= s->n)
		return FALSE;
	const NameToken *next = tok(s, i + 1);
	if (next->end - next->start == 2 && memcmp(s->data + next->start, "of", 2) == 0)
		return TRUE;
	if (i + 2 >= s->n || !(next->flags & NAME_TOKEN_JOINED) || !is_lower(s, i + 1) ||
	    !has(next, NAME_WORD_STOP | NAME_WORD_COMPLEMENT | NAME_WORD_CONNECTOR))
		return FALSE;
	const NameToken *then = tok(s, i + 2);
	return (then->flags & NAME_TOKEN_JOINED) && (is_name_word(then) || has(then, NAME_WORD_ARTICLE));
}

/* TRUE when word I is one of the eight compass points written in lower
 * case right after the place of words [A, I), which "the" opens and the
 * gazetteer lists as no country, and no bearing: "the Pacific northwest"
 * names a region, the "Pacific Northwest"; not "Texas north of Austin",
 * "the Atlantic east toward Portugal", a country's part "the US south"
 * (review 40), "the southern coast". */
static gboolean compass_region_at(Scanner *s, guint a, guint i)
{
	if (a == 0 || i >= s->n || !lower_word_after_name(s, i) || !has(tok(s, i), NAME_WORD_DIRECTION))
		return FALSE;
	const NameToken *the = tok(s, a - 1), *point = tok(s, i);
	const char *w = s->data + point->start;
	gsize len = point->end - point->start;
	if (the->end - the->start != 3 || g_ascii_strncasecmp(s->data + the->start, "the", 3) != 0 ||
	    !strchr("nsew", w[0]) || len < 4 || (w[len - 1] == 'n' && w[len - 2] == 'r') ||
	    (w[0] == 'e' && len != 4))
		return FALSE;
	if (compass_bearing_at(s, i))
		return FALSE;
	const NameGazEntry *place = scanner_gazetteer_span(s, a, i);
	return !(place && place->country);
}

NameMention *scanner_emit(Scanner *s, int kind, guint a, guint b, char *value, guint flags, double confidence)
{
	/* "the Pacific northwest" is a place of its own, the region */
	if (kind == CR_FACT_PLACE && compass_region_at(s, a, b)) {
		g_free(value);
		value = NULL;
		flags &= ~(guint)NAME_MENTION_GAZETTEER;
		b++;
	}

	/* "the Chaliyar river" is a place, the "Chaliyar River" */
	if (!value && (kind == CR_FACT_PLACE || kind == NAME_KIND_UNKNOWN) && name_feature_at(s, b)) {
		kind = CR_FACT_PLACE;
		b++;
	}
	/* "Fortune 500" and "Fortune 1000" are two lists, no one name; nor
	 * are the craters "Malapert A" and "Malapert" */
	guint hyphened = 0;
	if (!value && kind != CR_FACT_PERSON) {
		guint number = scanner_name_number_at(s, b);
		/* "Volgoneft-212" is the "Volgoneft 212" of another report,
		 * "SSJ-100" the "SSJ 100"; not two digits, a year more often
		 * ("COVID-19", "Covid-19" are the "Covid" of another) */
		if (!number)
			number = hyphened = name_number_after(s, b, 3, NAME_TOKEN_HYPHEN);
		b += number ? number : name_letter_at(s, b);
	}
	/* "Boeing 737", "Boeing 737-800": a known body's name and a model's
	 * number name the model, no mention of the body */
	guint model =
	    value && kind == CR_FACT_ORG && (flags & NAME_MENTION_GAZETTEER) ? model_number_at(s, b) : 0;
	if (model) {
		gsize from = tok(s, b)->start, to = tok(s, b + model - 1)->end;
		char *named = g_strdup_printf("%s %.*s", value, (int)(to - from), s->data + from);
		g_free(value);
		value = named;
		b += model;
	}
	NameMention m = {
		.start = tok(s, a)->start,
		.end = tok(s, b - 1)->end,
		.kind = kind,
		.flags = flags,
		.n_words = count_name_words(s, a, b),
		.confidence = confidence,
	};
	char *key;
	if (!value && name_fold_flat_span(s->data, m.start, m.end, s->emit_key)) {
		/* the words as written are their value, their bytes lowered the key */
		m.value =
		    g_string_chunk_insert_len(s->out->texts, s->data + m.start, (gssize)(m.end - m.start));
		key = s->emit_key->str;
	} else {
		m.value = value ? name_text_keep(s->out->texts, value)
				: name_text_keep_span(s->out->texts, s->data, m.start, m.end);
		key = name_fold_into(m.value, s->emit_key);
	}
	if (m.n_words >= 2)
		scanner_key_hyphens_as_spaces(key);
	char *hyphen = hyphened ? strrchr(key, '-') : NULL;
	if (hyphen) /* "volgoneft 212" */
		*hyphen = ' ';
	if (m.n_words >= 3 && kind == CR_FACT_PERSON) {
		scanner_key_join_initials(key);
		scanner_key_drop_middle_initials(key);
	} else if (m.n_words >= 2)
		scanner_key_drop_periods(key);
	if (m.n_words >= 2 && kind != CR_FACT_PERSON && !(flags & NAME_MENTION_GAZETTEER)) {
		name_key_body(key);
	}
	if (!value && s->data[m.end - 1] == 's' && m.end - m.start >= 3 &&
	    g_ascii_isupper(s->data[m.end - 2]))
		name_key_ampersand_plural(s->data, m.start, m.end, key);
	m.key = g_string_chunk_insert(s->out->texts, key);
	if (s->headline)
		m.flags |= NAME_MENTION_HEADLINE;
	if (b - a == 1 && (tok(s, a)->flags & NAME_TOKEN_ALLCAPS))
		m.flags |= NAME_MENTION_ACRONYM;
	g_array_append_val(s->out->mentions, m);
	guint at = s->out->mentions->len - 1;
	/* the place the works name, the name of no kind yet staying ("the
	 * Arsenal stadium" is still Arsenal) */
	if (!value && kind == NAME_KIND_UNKNOWN && name_works_at(s, b))
		scanner_emit(s, CR_FACT_PLACE, a, b + 1, NULL, flags, confidence);
	/* "Seti River Gorge" (or "gorge"), a place or a name of no kind yet,
	 * names the place "Seti River" too: a feature of the feature before */
	if (!value && (kind == CR_FACT_PLACE || kind == NAME_KIND_UNKNOWN) && b >= a + 3 &&
	    has(tok(s, b - 1), NAME_WORD_FEATURE) && has(tok(s, b - 2), NAME_WORD_FEATURE) &&
	    !is_lower(s, b - 2))
		scanner_emit(s, CR_FACT_PLACE, a, b - 1,
			     cr_text_flat(s->data, tok(s, a)->start, tok(s, b - 2)->end), flags, confidence);
	return &g_array_index(s->out->mentions, NameMention, at);
}

/* The bodies a nation or a place has one of, named in lower case after
 * its nationality or its name: "the Chilean government", "Moroccan
 * authorities", "Moscow police" (and any one ministry: "the Chinese
 * foreign ministry"). */
static const char *const national_bodies[] = {
	"government", "authorities", "police", "army", "military", "navy", "parliament", "cabinet", "embassy",
};

/* TRUE when word I, in lower case and spaced from the word before, names
 * one of a nation's bodies. */
static gboolean national_body_at(Scanner *s, guint i)
{
	return i < s->n && is_lower(s, i) && (tok(s, i)->flags & NAME_TOKEN_JOINED) &&
	       !(tok(s, i - 1)->flags & NAME_TOKEN_POSSESSIVE) &&
	       scanner_word_among(s, i, national_bodies, G_N_ELEMENTS(national_bodies));
}

/* The end of the body a nation has one of named in lower case from word
 * I ("government"; "foreign ministry": one word before "ministry"), or I
 * when there is none or it describes a role after it. */
static guint national_body_end(Scanner *s, guint i)
{
	guint end = i;
	if (national_body_at(s, i))
		end = i + 1;
	else if (i + 1 < s->n && is_lower(s, i) && (tok(s, i)->flags & NAME_TOKEN_JOINED) &&
		 !(tok(s, i - 1)->flags & NAME_TOKEN_POSSESSIVE) &&
		 (tok(s, i + 1)->flags & NAME_TOKEN_JOINED) && is_lower(s, i + 1) &&
		 scanner_word_is(s, i + 1, "ministry") && !scanner_is_stop(s, tok(s, i)))
		end = i + 2;
	/* "Chinese foreign ministry spokesperson": a role's description */
	if (end > i && end < s->n && has(tok(s, end), NAME_WORD_ROLE))
		return i;
	return end;
}

/* Emits the place that opens the body [lo,hi) when the body is one of the
 * nation's own, capitalised: "Nepal Army" names Nepal, as "Kenya police"
 * names Kenya (scanner_emit_gazetteer()). */
static void emit_nation_of_body(Scanner *s, guint lo, guint hi)
{
	const NameGazEntry *e;
	guint len = scanner_gazetteer_longest(s, lo, hi, &e);
	if (len && lo + len + 1 == hi && e->kind == NAME_GAZ_PLACE &&
	    scanner_word_among(s, hi - 1, national_bodies, G_N_ELEMENTS(national_bodies)))
		scanner_emit(s, CR_FACT_PLACE, lo, lo + len, g_strdup(e->canonical), NAME_MENTION_GAZETTEER,
			     CONFIDENCE_GAZETTEER);
}

void scanner_emit_gazetteer(Scanner *s, const NameGazEntry *e, guint a, guint b)
{
	static const int kinds[] = { [NAME_GAZ_PLACE] = CR_FACT_PLACE, [NAME_GAZ_ORG] = CR_FACT_ORG };
	guint body = e->kind != NAME_GAZ_ORG && !s->headline ? national_body_end(s, b) : b;
	if (body > b)
		scanner_emit(s, CR_FACT_ORG, a, body, NULL, 0, CONFIDENCE_CONTEXT);
	/* "Kenya police" names Kenya too */
	if (e->kind != NAME_GAZ_NATIONALITY)
		scanner_emit(s, kinds[e->kind], a, b, g_strdup(e->canonical), NAME_MENTION_GAZETTEER,
			     CONFIDENCE_GAZETTEER);
}

/* The canonical name of the organisation written as words [a,b): the
 * gazetteer's, or the words without a lower-case description ("Kyodo news
 * agency"), a company's legal form ("Apple Inc") and "News" or "News
 * Agency" ("Kyodo News"), so that all of them meet. */
static char *org_value(Scanner *s, guint a, guint b)
{
	const NameGazEntry *e = scanner_gazetteer_span(s, a, b);
	if (e)
		return g_strdup(e->canonical);
	while (b > a + 1 && (is_lower(s, b - 1) || has(tok(s, b - 1), NAME_WORD_CORPORATE)))
		b--;
	if (b > a + 2 && (scanner_word_is(s, b - 1, "agency") || scanner_word_is(s, b - 1, "service")) &&
	    (scanner_word_is(s, b - 2, "news") || scanner_word_is(s, b - 2, "press")))
		b--;
	if (b > a + 1 && scanner_word_is(s, b - 1, "news"))
		b--;
	e = scanner_gazetteer_span(s, a, b);
	return e ? g_strdup(e->canonical) : cr_text_flat(s->data, tok(s, a)->start, tok(s, b - 1)->end);
}

/* The end of the hyphenated name from word I when lower-case words join its
 * parts ("Stratford-upon-Avon", "Southend-on-Sea"): one name, no place in
 * it; I+1 when there is none. */
static guint hyphen_name_end(const Scanner *s, guint i, guint hi)
{
	guint end = i + 1;
	while (end + 1 < hi && (tok(s, end)->flags & NAME_TOKEN_HYPHEN) && is_lower(s, end) &&
	       (tok(s, end + 1)->flags & NAME_TOKEN_HYPHEN) && !is_lower(s, end + 1))
		end += 2;
	return end;
}

/* The longest one word holding a figure that is a name: "Law360"; not a
 * code ("L662cyax7p"). */
#define MAX_FIGURED_WORD 6

/* TRUE when the name [a,b) of WORDS words opens with a figure ("23andMe")
 * or is one short word holding one ("F1"): a body's or a thing's, no
 * place's or person's ("in F1 history" is no place). */
static gboolean holds_figure(const Scanner *s, guint a, guint b, guint words)
{
	const char *w = s->data + tok(s, a)->start;
	gsize len = tok(s, b - 1)->end - tok(s, a)->start;
	if (g_ascii_isdigit(w[0]))
		return TRUE;
	if (words != 1 || len > MAX_FIGURED_WORD)
		return FALSE;
	for (gsize k = 0; k < len; k++)
		if (g_ascii_isdigit(w[k]))
			return TRUE;
	return FALSE;
}

/* Emits names for the words [a,b) of a chunk that neither the gazetteer
 * nor their suffix place: a person when the context says so, else a name
 * of unknown kind that the rest of the report (or another report) may
 * settle. Capitalised function words split the words into pieces. */
static void emit_unknown(Scanner *s, guint a, guint b, guint evidence, guint chunk_lo, guint chunk_hi)
{
	while (a < b && (is_lower(s, a) || scanner_is_stop(s, tok(s, a))))
		a++;
	while (b > a && (is_lower(s, b - 1) || scanner_is_stop(s, tok(s, b - 1))))
		b--;
	if (a >= b)
		return;
	for (guint i = a; i < b; i = hyphen_name_end(s, i, b)) {
		if (scanner_is_stop(s, tok(s, i))) {
			emit_unknown(s, a, i, evidence, chunk_lo, chunk_hi);
			emit_unknown(s, i + 1, b, evidence, chunk_lo, chunk_hi);
			return;
		}
	}
	guint ev = (a == chunk_lo ? evidence & EVIDENCE_BEFORE : 0) |
		   (b == chunk_hi ? evidence & EVIDENCE_AFTER : 0);
	guint words = count_name_words(s, a, b);
	gboolean acronym = words == 1 && (tok(s, a)->flags & NAME_TOKEN_ALLCAPS);
	guint flags = ev & EVIDENCE_SPEECH ? NAME_MENTION_SPEAKER : 0;

	if (ev & EVIDENCE_PLACE_AFTER)
		scanner_emit(s, CR_FACT_PLACE, a, b, NULL, 0, CONFIDENCE_CONTEXT);
	else if (holds_figure(s, a, b, words))
		scanner_emit(s, CR_FACT_ORG, a, b, NULL, flags, CONFIDENCE_CONTEXT);
	else if (acronym)
		scanner_emit(s, ev & EVIDENCE_SPEECH ? CR_FACT_ORG : NAME_KIND_UNKNOWN, a, b, NULL, flags,
			     CONFIDENCE_CONTEXT);
	else if (ev & EVIDENCE_LOCATIVE && words <= MAX_PLACE_WORDS &&
		 !(tok(s, b - 1)->flags & NAME_TOKEN_POSSESSIVE))
		scanner_emit(s, NAME_KIND_UNKNOWN, a, b, NULL, NAME_MENTION_LOCATIVE, CONFIDENCE_CONTEXT);
	else if ((ev & EVIDENCE_DEFINITE) && (ev & EVIDENCE_SPEECH_AFTER)) /* "the Red Crescent said" */
		scanner_emit(s, CR_FACT_ORG, a, b, NULL, flags, CONFIDENCE_CONTEXT);
	else if (ev & EVIDENCE_NO_PERSON)
		scanner_emit(s, NAME_KIND_UNKNOWN, a, b, NULL, 0, CONFIDENCE_CONTEXT);
	else if (words <= MAX_PERSON_WORDS && (ev & EVIDENCE_PERSON))
		scanner_emit(s, CR_FACT_PERSON, a, b, NULL, flags, CONFIDENCE_TITLED);
	else if (words >= 2 && words <= MAX_PERSON_WORDS &&
		 (ev & EVIDENCE_SPEECH || has(tok(s, a), NAME_WORD_GIVEN)))
		scanner_emit(s, CR_FACT_PERSON, a, b, NULL, flags, CONFIDENCE_CONTEXT);
	else
		scanner_emit(s, NAME_KIND_UNKNOWN, a, b, NULL, flags, CONFIDENCE_CONTEXT);
}

/* TRUE when the one word [from,hi) is a common English word (wamerican)
 * written with a capital: no surname, so a nationality before it names
 * something with it ("French Open", not "Japanese Kishida"). */
static gboolean one_common_word(Scanner *s, guint from, guint hi)
{
	if (hi != from + 1 || is_lower(s, from))
		return FALSE;
	const char *folded = scanner_fold(s, from, hi);
	return cr_english_word(folded, strlen(folded));
}

/* TRUE when one of the words [from,hi) is a common English word
 * (wamerican) written with a capital: a body's ("Red Crescent"), where a
 * person's name has none ("Bashir Abdi"). */
static gboolean holds_common_word(Scanner *s, guint from, guint hi)
{
	for (guint i = from; i < hi; i++)
		if (one_common_word(s, i, i + 1))
			return TRUE;
	return FALSE;
}

/* TRUE when the nationality or place E, opening a chunk of prose, is the
 * first word of one name with the words [from,hi) after it: one or two
 * capitalised words the gazetteer does not know, not a person's ("Libyan
 * Red Crescent", "Manchester United"; not "Russian Vladimir Putin"), or
 * after a nationality two, one of them a common word, or one common word
 * ("Turkish Red Crescent", "French Open"; not "Japanese Kishida", nor
 * "Belgian Bashir Abdi": a nationality before a person's name). */
static gboolean names_with_next(Scanner *s, const NameGazEntry *e, guint from, guint hi)
{
	const NameGazEntry *next;
	guint words = count_name_words(s, from, hi);
	if (s->headline || from >= hi || e->kind == NAME_GAZ_ORG || words == 0 || words > 2 ||
	    (e->kind == NAME_GAZ_NATIONALITY &&
	     !(words < 2 ? one_common_word(s, from, hi) : holds_common_word(s, from, hi))) ||
	    has(tok(s, from), NAME_WORD_GIVEN) || (tok(s, from - 1)->flags & NAME_TOKEN_POSSESSIVE))
		return FALSE;
	for (guint i = from; i < hi; i++)
		if (!is_lower(s, i) &&
		    (scanner_is_stop(s, tok(s, i)) || scanner_gazetteer_longest(s, i, hi, &next) ||
		     has(tok(s, i), NAME_WORD_ROLE | NAME_WORD_ROLE_MOD)))
			return FALSE;
	return TRUE;
}

/* TRUE when the one word before the gazetteer place at A, the chunk's
 * first (LO), is a common English word (wamerican) written with a capital
 * inside a sentence, where only a name's word is: "mayor of New Taipei". */
static gboolean adjective_opens_place(Scanner *s, guint lo, guint a)
{
	const NameToken *t = tok(s, lo);
	if (a != lo + 1 || (t->flags & (NAME_TOKEN_SENTENCE | NAME_TOKEN_ALLCAPS)) || scanner_is_stop(s, t) ||
	    has(t, NAME_WORD_GIVEN | NAME_WORD_ROLE | NAME_WORD_ROLE_MOD | NAME_WORD_NATIONALITY |
		       NAME_WORD_NOT_CURRENT | NAME_WORD_DATE))
		return FALSE;
	const char *folded = scanner_fold(s, lo, a);
	return cr_english_word(folded, strlen(folded));
}

/* TRUE when word I may open a name with the place after it: capitalised,
 * no stop word, and no word a name's kind is known by (a given name, a
 * role, a nationality, a direction). */
static gboolean opens_place_name(Scanner *s, guint i)
{
	const NameToken *t = tok(s, i);
	return !is_lower(s, i) && !scanner_is_stop(s, t) &&
	       !has(t, NAME_WORD_GIVEN | NAME_WORD_ROLE | NAME_WORD_ROLE_MOD | NAME_WORD_NATIONALITY |
			   NAME_WORD_DIRECTION);
}

/* TRUE when the gazetteer place E at A ends the chunk and follows one
 * capitalised word and a connector that is no English word ("de", "du",
 * "von"): the words name one thing, a place or a body in it ("Stade de
 * France", "Banque de France"), not a place and a word before it. */
static gboolean place_after_foreign_connector(Scanner *s, const NameGazEntry *e, guint lo, guint a,
					      gboolean ends_chunk)
{
	if (!ends_chunk || e->kind != NAME_GAZ_PLACE || a != lo + 2 || !is_lower(s, lo + 1) ||
	    !opens_place_name(s, lo))
		return FALSE;
	const NameToken *link = tok(s, lo + 1);
	const char *folded = scanner_fold(s, lo + 1, lo + 2);
	return has(link, NAME_WORD_CONNECTOR) && !has(link, NAME_WORD_COMPLEMENT) &&
	       !cr_english_word(folded, strlen(folded));
}

/* TRUE when the gazetteer place E at A ends the chunk and follows one
 * capitalised word, the chunk's first (LO), that is no English word, no
 * acronym and no word a name's kind is known by: the two name one thing, a
 * club or a body of that place ("Bayern Munich", "Atletico Madrid"), not a
 * word and a place. */
static gboolean place_after_foreign_word(Scanner *s, const NameGazEntry *e, guint lo, guint a,
					 gboolean ends_chunk)
{
	if (!ends_chunk || s->headline || e->kind != NAME_GAZ_PLACE || a != lo + 1 ||
	    !opens_place_name(s, lo))
		return FALSE;
	const NameToken *head = tok(s, lo);
	if ((head->flags & NAME_TOKEN_ALLCAPS) || has(head, NAME_WORD_NOT_CURRENT | NAME_WORD_DATE))
		return FALSE;
	const char *folded = scanner_fold(s, lo, a);
	return !cr_english_word(folded, strlen(folded));
}

/* Splits words [lo,hi) into gazetteer names and the unknown words between
 * them ("Japan Kishida", "Japan-NATO"). */
static void segment(Scanner *s, guint lo, guint hi, guint evidence)
{
	guint unknown_from = lo, i = lo;

	while (i < hi) {
		const NameGazEntry *e;
		guint whole = is_lower(s, i) ? i + 1 : hyphen_name_end(s, i, hi);
		if (whole > i + 1) {
			i = whole;
			continue;
		}
		guint len = is_lower(s, i) ? 0 : scanner_gazetteer_longest(s, i, hi, &e);
		if (!len) {
			i++;
			continue;
		}
		guint a = i;
		/* "Libyan Red Crescent", "Manchester United": a nationality or a
		 * place that opens words the gazetteer does not know names a body
		 * with them */
		/* ... and so does a place between one word and words the
		 * gazetteer does not know: "New England Patriots", "Greater
		 * London Authority" */
		gboolean opened = a == lo + 1 && e->kind == NAME_GAZ_PLACE && opens_place_name(s, lo);
		if (place_after_foreign_word(s, e, lo, a, i + len == hi)) {
			scanner_emit(s, NAME_KIND_UNKNOWN, lo, hi, NULL, 0, CONFIDENCE_CONTEXT);
			scanner_emit_gazetteer(s, e, a, hi);
			return;
		}
		if (place_after_foreign_connector(s, e, lo, a, i + len == hi)) {
			scanner_emit(s, NAME_KIND_UNKNOWN, lo, hi, NULL, 0, CONFIDENCE_CONTEXT);
			return;
		}
		if ((a == lo || opened) && names_with_next(s, e, i + len, hi)) {
			/* a nationality and two words name a body, a place and
			 * words may name a team, a district or a body */
			scanner_emit(s, e->kind == NAME_GAZ_NATIONALITY ? CR_FACT_ORG : NAME_KIND_UNKNOWN, lo,
				     hi, NULL, 0, CONFIDENCE_CONTEXT);
			return;
		}
		/* "Eastern Europe", "Northern Japan": a direction opens the place;
		 * so does a common English word capitalised inside a sentence,
		 * alone before it: "New Taipei" is no "Taipei" */
		gboolean direction =
		    e->kind == NAME_GAZ_PLACE && a > unknown_from && !is_lower(s, a - 1) &&
		    (has(tok(s, a - 1), NAME_WORD_DIRECTION) || adjective_opens_place(s, lo, a));
		if (direction)
			a--;
		emit_unknown(s, unknown_from, a, evidence, lo, hi);
		/* "North Korea Times": the place names the body after it. */
		if (i + len < hi && !is_lower(s, i + len) && has(tok(s, i + len), NAME_WORD_ORG_SUFFIX)) {
			i += len;
			unknown_from = i;
			continue;
		}
		if (direction)
			scanner_emit(s, CR_FACT_PLACE, a, i + len, NULL, 0, CONFIDENCE_SUFFIX);
		else
			scanner_emit_gazetteer(s, e, a, i + len);
		i += len;
		unknown_from = i;
	}
	emit_unknown(s, unknown_from, hi, evidence, lo, hi);
}

/* TRUE when words [a,b) read as a given name and a surname: the first is a
 * known given name and none of the others is a function word, acronym or
 * nationality. */
static gboolean looks_like_full_name(Scanner *s, guint a, guint b)
{
	guint words = count_name_words(s, a, b);
	if (words < 2 || words > MAX_PERSON_WORDS || !has(tok(s, a), NAME_WORD_GIVEN))
		return FALSE;
	for (guint i = a + 1; i < b; i++) {
		const NameToken *t = tok(s, i);
		if (scanner_is_stop(s, t) || has(t, NAME_WORD_NATIONALITY | NAME_WORD_EVENT) ||
		    (t->flags & NAME_TOKEN_ALLCAPS && !has(t, NAME_WORD_NAME_SUFFIX)))
			return FALSE;
	}
	return TRUE;
}

/* TRUE when a word of class HEAD before LIMIT is followed by a connector
 * and more words: "Bank of Japan", "Foreign Ministry of Japan". */
static gboolean head_of(Scanner *s, guint lo, guint hi, guint32 head, guint limit)
{
	for (guint i = lo; i < limit && i + 2 < hi; i++)
		if (!is_lower(s, i) && has(tok(s, i), head) && is_lower(s, i + 1) &&
		    has(tok(s, i + 1), NAME_WORD_CONNECTOR | NAME_WORD_COMPLEMENT))
			return TRUE;
	return FALSE;
}

/* TRUE when a name of WORDS words, two or more, opens at word LO with a
 * word broadcasters are named by ("Radio Mozambique", "TV Globo",
 * "Television New Zealand"; general knowledge): a station, whatever place
 * or name follows. */
static gboolean names_a_broadcaster(Scanner *s, guint lo, guint words)
{
	return words >= 2 && !is_lower(s, lo) &&
	       (scanner_word_is(s, lo, "radio") || scanner_word_is(s, lo, "tv") ||
		scanner_word_is(s, lo, "television"));
}

/* TRUE when words [lo,hi) name an event, a law or a text rather than a
 * body or a place: "World War II", "Marshall Plan", "Article Five". */
static gboolean names_an_event(Scanner *s, guint lo, guint hi)
{
	guint last = hi - 1;
	while (last > lo &&
	       (has(tok(s, last), NAME_WORD_NAME_SUFFIX) || !(tok(s, last)->flags & NAME_TOKEN_LETTERS)))
		last--;
	return (!is_lower(s, last) && has(tok(s, last), NAME_WORD_EVENT)) || has(tok(s, lo), NAME_WORD_EVENT);
}

/* Emits the gazetteer place that opens the name [lo,hi) of a gathering
 * held there, where it is: "Beijing" of "the 2022 Beijing Olympics", as
 * "the Winter Olympics in Beijing" of another report names it; not of a
 * text or a war ("Paris Agreement", "Gaza war"): a name ending with one
 * of cr_gathering_words. */
static void emit_host_place(Scanner *s, guint lo, guint hi)
{
	const NameGazEntry *e;
	guint len = scanner_gazetteer_longest(s, lo, hi, &e);
	if (!len || lo + len >= hi || e->kind != NAME_GAZ_PLACE)
		return;
	for (gsize k = 0; k < cr_n_gathering_words; k++)
		if (scanner_word_is(s, hi - 1, cr_gathering_words[k])) {
			scanner_emit_gazetteer(s, e, lo, lo + len);
			return;
		}
}

/* Emits the name before the last word of [lo,hi), when that word is a
 * facility named for the place it serves ("Banska Bystrica Hospital",
 * "Kigali Airport"; general knowledge) or a coast ("Mexico's Pacific
 * Coast", where others write "Pacific coast"), as a name that is a place
 * only where another report writes it as one (name_index_resolve()); and
 * the name before the two last words when they are an English word and a
 * works' word ("Wentzville Assembly Center", "Toledo Assembly Complex",
 * "Michigan Assembly Plant"; general knowledge). */
static void emit_place_of_facility(Scanner *s, guint lo, guint hi)
{
	static const char *const served[] = { "hospital", "airport", "station", "stadium", "coast" };
	static const char *const works[] = { "plant", "center", "centre", "complex", "factory" };
	if (hi - lo < 2 || is_lower(s, hi - 2))
		return;
	guint end = hi - 1;
	if (!scanner_word_among(s, hi - 1, served, G_N_ELEMENTS(served))) {
		if (hi - lo < 3 || is_lower(s, hi - 3) ||
		    !scanner_word_among(s, hi - 1, works, G_N_ELEMENTS(works)) ||
		    !one_common_word(s, hi - 2, hi - 1))
			return;
		end = hi - 2;
	}
	scanner_emit(s, NAME_KIND_UNKNOWN, lo, end, NULL, NAME_MENTION_FACILITY, CONFIDENCE_CONTEXT);
}

/* TRUE when word I, a nationality's adjective that is a given name too,
 * opens a person's name of two words [i,hi): "Christian McCaffrey", whose
 * other word is no English word ("Christian Democrats", "Christian Aid"
 * are bodies; "Japanese Kishida" is Kishida, "Japanese" no given name). */
static gboolean given_name_not_nationality(Scanner *s, guint i, guint hi)
{
	if (hi != i + 2 || !has(tok(s, i), NAME_WORD_GIVEN) || !has(tok(s, i), NAME_WORD_NATIONALITY) ||
	    is_lower(s, i + 1) || tok(s, i + 1)->classes || (tok(s, i + 1)->flags & NAME_TOKEN_ALLCAPS))
		return FALSE;
	const char *folded = scanner_fold(s, i + 1, hi);
	return !cr_english_word(folded, strlen(folded));
}

/* Classifies words [lo,hi) that hold no role: the gazetteer, then the
 * suffixes and heads of organisations and places, then given names, then
 * word by word. MEDIA_END, when past HI, is where a lower-case "news
 * agency" after the words ends. */
void scanner_classify_plain(Scanner *s, guint lo, guint hi, guint evidence, guint media_end)
{
	while (lo < hi && is_lower(s, lo))
		lo++;
	if (hi > lo && is_lower(s, hi - 1))
		media_end = 0;
	while (hi > lo && is_lower(s, hi - 1))
		hi--;
	if (lo >= hi)
		return;

	const NameGazEntry *whole = scanner_gazetteer_span(s, lo, hi);
	guint name_lo = lo, nat;
	while (name_lo < hi && !given_name_not_nationality(s, name_lo, hi) &&
	       (nat = scanner_nationality_at(s, name_lo, hi)) > 0)
		name_lo += nat;
	guint words = count_name_words(s, lo, hi);
	const NameToken *last = tok(s, hi - 1);

	if (media_end > hi && name_lo == lo && (!whole || whole->kind == NAME_GAZ_ORG)) {
		scanner_emit(s, CR_FACT_ORG, lo, media_end, org_value(s, lo, media_end), 0,
			     CONFIDENCE_SUFFIX);
		return;
	}
	if (whole) {
		scanner_emit_gazetteer(s, whole, lo, hi);
		return;
	}
	if (name_lo >= hi)
		return;
	/* Every word of a headline is capitalised: its words say little. */
	if (s->headline) {
		segment(s, lo, hi, evidence);
		return;
	}
	if ((words >= 2 && has(last, NAME_WORD_ORG_SUFFIX)) || names_a_broadcaster(s, lo, words) ||
	    head_of(s, name_lo, hi, NAME_WORD_ORG_HEAD, hi)) {
		scanner_emit(s, CR_FACT_ORG, lo, hi, org_value(s, lo, hi), 0, CONFIDENCE_SUFFIX);
		emit_nation_of_body(s, lo, hi);
		emit_place_of_facility(s, lo, hi);
		return;
	}
	if ((words >= 2 &&
	     (has(last, NAME_WORD_PLACE_SUFFIX) || has(tok(s, name_lo), NAME_WORD_PLACE_PREFIX)) &&
	     !(name_lo > lo && scanner_word_is(s, hi - 1, "state"))) ||
	    head_of(s, name_lo, hi, NAME_WORD_PLACE_HEAD, name_lo + 1)) {
		scanner_emit(s, CR_FACT_PLACE, name_lo, hi, NULL, 0, CONFIDENCE_SUFFIX);
		emit_place_of_facility(s, name_lo, hi);
		return;
	}
	/* "Storm Daniel", "FA Cup", "World War II": an event, a contest or a law,
	 * a name all the same when other reports write it too */
	if (names_an_event(s, lo, hi)) {
		scanner_emit(s, NAME_KIND_UNKNOWN, lo, hi, NULL, 0, CONFIDENCE_CONTEXT);
		emit_host_place(s, lo, hi);
		return;
	}
	if (!(evidence & EVIDENCE_NO_PERSON) && looks_like_full_name(s, name_lo, hi)) {
		scanner_emit(s, CR_FACT_PERSON, name_lo, hi, NULL, 0,
			     evidence & EVIDENCE_PERSON ? CONFIDENCE_TITLED : CONFIDENCE_CONTEXT);
		return;
	}
	segment(s, lo, hi, evidence);
}

/* --- chunks -------------------------------------------------------------- */

/* TRUE when the capitalised words of [lo,hi) are all English words no
 * lexicon class or gazetteer knows, the name of a film, a book or a song
 * ("The Zone of Interest", "Anatomy of a Fall", "Killers of the Flower
 * Moon"): its "of" joins two halves of one title, not a person and a body
 * ("Walsh of the International Air Transport Association", whose
 * "Association" ends a body). */
static gboolean title_of_common_words(Scanner *s, guint lo, guint hi)
{
	for (guint i = lo; i < hi; i++) {
		const NameToken *t = tok(s, i);
		if (is_lower(s, i))
			continue;
		const NameGazEntry *e;
		if (t->classes || (t->flags & NAME_TOKEN_ALLCAPS) || scanner_gazetteer_longest(s, i, hi, &e))
			return FALSE;
		const char *folded = scanner_fold(s, i, i + 1);
		if (!cr_english_word(folded, strlen(folded)))
			return FALSE;
	}
	return TRUE;
}

/* The end of the possessive mark ("'s", "'", "’s", "’") that follows a
 * possessive word ending at END in DATA. */
static gsize possessive_end(const char *data, gsize end)
{
	gsize mark = possessive_mark(data + end);
	if (mark && (data[end + mark] == 's' || data[end + mark] == 'S'))
		mark++;
	return end + mark;
}

/* TRUE when the chunk [LO,HI) holds one body's name across its "and" at
 * I: one common English word before it (wamerican's, no gazetteer name),
 * after a place's or a nationality's name at most, and a body's suffix
 * last ("Food and Safety Inspection Service" of "U.S. Food and Safety
 * Inspection Service", "Fish and Wildlife Service"); not "Australia and
 * New Zealand Banking Group". */
static gboolean body_across_and(Scanner *s, guint lo, guint i, guint hi)
{
	const NameGazEntry *e;
	guint word = i - 1;
	if (!has(tok(s, hi - 1), NAME_WORD_ORG_SUFFIX) || word < lo || word > lo + 1 ||
	    !is_name_word(tok(s, i + 1)) || scanner_gazetteer_longest(s, word, i, &e))
		return FALSE;
	if (word > lo && (scanner_gazetteer_longest(s, lo, word, &e) != 1 ||
			  (e->kind != NAME_GAZ_PLACE && e->kind != NAME_GAZ_NATIONALITY)))
		return FALSE;
	return one_common_word(s, word, word + 1);
}

/* Classifies the trimmed chunk [lo,hi). */
void scanner_classify(Scanner *s, guint lo, guint hi, guint evidence, guint media_end)
{
	while (lo < hi && is_lower(s, lo) && !has(tok(s, lo), NAME_WORD_ROLE | NAME_WORD_ROLE_MOD))
		lo++;
	if (hi > lo && is_lower(s, hi - 1) && !has(tok(s, hi - 1), NAME_WORD_ROLE | NAME_WORD_ROLE_MOD))
		media_end = 0;
	while (hi > lo && is_lower(s, hi - 1) && !has(tok(s, hi - 1), NAME_WORD_ROLE | NAME_WORD_ROLE_MOD))
		hi--;
	if (lo >= hi)
		return;
	if (scanner_gazetteer_span(s, lo, hi)) {
		scanner_classify_plain(s, lo, hi, evidence, media_end);
		return;
	}
	/* Split at "and" ("Australia and New Zealand", "Stoltenberg and Prime
	 * Minister Kishida") and at "of" after a word that heads nothing ("Walsh
	 * of the International Air Transport Association"); not in "Bank of
	 * Japan", "Secretary of State", "Ministry of Water and Coasts" nor
	 * "Guy's and St Thomas'" (possessive_pair_in_name()). */
	gboolean in_body = FALSE;
	for (guint i = lo + 1; i + 1 < hi; i++) {
		if (!is_lower(s, i) || hyphen_name_end(s, i - 1, hi) > i)
			continue;
		const NameToken *before = tok(s, i - 1);
		gboolean heads =
		    !name_token_is_lower(before) && has(before, NAME_WORD_ORG_HEAD | NAME_WORD_PLACE_HEAD |
								    NAME_WORD_ROLE | NAME_WORD_ROLE_MOD);
		gboolean conjunction = scanner_word_is(s, i, "and");
		gboolean across = conjunction && body_across_and(s, lo, i, hi);
		/* "U.S." and "Food and Safety Inspection Service": the body is
		 * named as other reports name it, without its country's name */
		if (across && i - 1 > lo) {
			scanner_classify(s, lo, i - 1, evidence & EVIDENCE_BEFORE, 0);
			scanner_classify(s, i - 1, hi, evidence, media_end);
			return;
		}
		gboolean split = conjunction ? !(in_body && is_name_word(tok(s, i + 1))) &&
						   !(before->flags & NAME_TOKEN_PAIRED) && !across
					     : has(tok(s, i), NAME_WORD_COMPLEMENT) &&
						   !name_token_is_lower(before) && !heads;
		in_body |= !conjunction && heads && has(before, NAME_WORD_ORG_HEAD);
		if (!split)
			continue;
		/* a title's halves are one name, of no kind yet */
		if (!conjunction && title_of_common_words(s, lo, hi)) {
			scanner_emit(s, NAME_KIND_UNKNOWN, lo, hi, NULL, 0, CONFIDENCE_CONTEXT);
			return;
		}
		/* the speaker of "Sorvik of Velmora University said" is Sorvik */
		guint left =
		    conjunction ? evidence & EVIDENCE_BEFORE : evidence & ~(guint)EVIDENCE_PLACE_AFTER;
		guint right = conjunction ? evidence & EVIDENCE_AFTER : evidence & EVIDENCE_PLACE_AFTER;
		scanner_classify(s, lo, i, left, 0);
		scanner_classify(s, i + 1, hi, right, media_end);
		return;
	}
	/* "Guy's and St Thomas'": two possessive names joined into one
	 * (possessive_pair_in_name()) name a body, as its long form "Guy's and
	 * St Thomas' NHS Foundation Trust" does */
	if ((tok(s, hi - 1)->flags & NAME_TOKEN_POSSESSIVE) && (tok(s, lo)->flags & NAME_TOKEN_PAIRED)) {
		/* with its last mark, as the long form's words run on past it */
		gsize start = tok(s, lo)->start, end = possessive_end(s->data, tok(s, hi - 1)->end);
		NameMention *m = scanner_emit(s, CR_FACT_ORG, lo, hi, cr_text_flat(s->data, start, end), 0,
					      CONFIDENCE_CONTEXT);
		m->end = end;
		return;
	}
	/* "Monetary Policy Board"; not "Chief Executive Officer of Halvorsen
	 * Maritime", a role and the body it serves */
	if (!s->headline && count_name_words(s, lo, hi) >= 2 && has(tok(s, hi - 1), NAME_WORD_ORG_SUFFIX) &&
	    !is_lower(s, hi - 1) && !has(tok(s, lo), NAME_WORD_ROLE)) {
		scanner_classify_plain(s, lo, hi, evidence, media_end);
		return;
	}
	if (!scanner_split_role(s, lo, hi, evidence))
		scanner_classify_plain(s, lo, hi, evidence, media_end);
}

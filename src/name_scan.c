/* Finding the names in one report. Each block is split into words; runs of
 * capitalised words (with connectors: "Group of Seven", "Rio de Janeiro",
 * and role words: "NATO chief Jens Stoltenberg") make chunks; a chunk is
 * then split into a role, the body or country before it and the name after
 * it, and what is left is matched against the gazetteer and judged by its
 * words (suffixes such as "Ministry") and its context ("said"). Headline and
 * shouting blocks, where every word is capitalised, only keep what the
 * gazetteer or the rest of the report confirms. */
#include "name_scanner.h"

#include <string.h>

#include "crossread/clean.h"
#include "crossread/text.h"
#include "english.h"
#include "name_index.h"

const NameGazEntry scanner_memo_unknown;

/* Words [a,b) folded; valid until the next fold. */
const char *scanner_fold(Scanner *s, guint a, guint b)
{
	return name_fold_span(s->data, tok(s, a)->start, tok(s, b - 1)->end, s->key);
}

/* TRUE for a capitalised function word ("The", "However"): never a name,
 * though "US" and "WHO" in capitals are, unless the whole block shouts. */
gboolean scanner_is_stop(const Scanner *s, const NameToken *t)
{
	if (!has(t, NAME_WORD_STOP) ||
	    has(t, NAME_WORD_ROLE | NAME_WORD_ROLE_MOD | NAME_WORD_GIVEN | NAME_WORD_NATIONALITY))
		return FALSE;
	return !(t->flags & NAME_TOKEN_ALLCAPS) || s->shouting;
}

/* TRUE when the folded KEY is the LEN ASCII bytes at WORD in lower case. */
static gboolean lowered_is(const char *key, const char *word, gsize len)
{
	for (gsize k = 0; k < len; k++)
		if (key[k] != (word[k] >= 'A' && word[k] <= 'Z' ? word[k] + ('a' - 'A') : word[k]))
			return FALSE;
	return key[len] == '\0';
}

/* TRUE when the folded word I is WORD (in lower case). A word that opens
 * with an ASCII byte folds to that byte in lower case first (NFKD keeps
 * it, its marks go): most words are told apart there. */
gboolean scanner_word_is(Scanner *s, guint i, const char *word)
{
	const NameToken *t = tok(s, i);
	gsize len = t->end - t->start;
	guchar first = (guchar)s->data[t->start];
	if (len && first < 0x80 &&
	    (char)(first >= 'A' && first <= 'Z' ? first + ('a' - 'A') : first) != word[0])
		return FALSE;
	for (gsize k = t->start; k < t->end; k++)
		if ((guchar)s->data[k] >= 0x80)
			return strcmp(scanner_fold(s, i, i + 1), word) == 0;
	return lowered_is(word, s->data + t->start, len);
}

gboolean scanner_word_among(Scanner *s, guint i, const char *const *words, gsize n)
{
	const char *word = scanner_fold(s, i, i + 1);
	for (gsize k = 0; k < n; k++)
		if (strcmp(word, words[k]) == 0)
			return TRUE;
	return FALSE;
}

/* The gazetteer entry for words [a,b) as written, or NULL. */
const NameGazEntry *scanner_gazetteer_span(Scanner *s, guint a, guint b)
{
	if (b - a > tok(s, a)->gazetteer_words || is_lower(s, a) || is_lower(s, b - 1))
		return NULL;
	gboolean memo = a >= s->memo_lo && b <= s->memo_hi && b - a <= MEMO_LENGTHS;
	if (memo && !s->memo_ready) {
		g_ptr_array_set_size(s->memo, (s->memo_hi - s->memo_lo) * MEMO_LENGTHS);
		for (guint i = 0; i < s->memo->len; i++)
			g_ptr_array_index(s->memo, i) = (gpointer)&scanner_memo_unknown;
		s->memo_ready = TRUE;
	}
	gpointer *slot =
	    memo ? &g_ptr_array_index(s->memo, (a - s->memo_lo) * MEMO_LENGTHS + b - a - 1) : NULL;
	if (slot && *slot != &scanner_memo_unknown)
		return *slot;
	gsize start = tok(s, a)->start, end = tok(s, b - 1)->end;
	const char *folded = name_fold_span(s->data, start, end, s->key);
	const NameGazEntry *e = name_gazetteer_lookup(folded, s->data + start, end - start);
	if (slot)
		*slot = (gpointer)e;
	return e;
}

/* The longest gazetteer match starting at word A and ending before HI: its
 * length in words (0 for none), its entry in *ENTRY. */
guint scanner_gazetteer_longest(Scanner *s, guint a, guint hi, const NameGazEntry **entry)
{
	for (guint b = MIN(hi, a + tok(s, a)->gazetteer_words); b > a; b--) {
		*entry = scanner_gazetteer_span(s, a, b);
		if (*entry)
			return b - a;
	}
	return 0;
}

/* The number of words of a nationality adjective at A ("North Korean"), or 0. */
guint scanner_nationality_at(Scanner *s, guint a, guint hi)
{
	const NameGazEntry *e;
	guint len = scanner_gazetteer_longest(s, a, hi, &e);
	return len && e->kind == NAME_GAZ_NATIONALITY ? len : 0;
}

/* TRUE when the text between words A and B is a comma and spaces. */
static gboolean comma_between(const Scanner *s, guint a, guint b)
{
	gsize from = tok(s, a)->end, to = tok(s, b)->start;
	if (tok(s, a)->flags & NAME_TOKEN_POSSESSIVE || from >= to || s->data[from] != ',')
		return FALSE;
	for (gsize i = from + 1; i < to; i++)
		if (!g_ascii_isspace(s->data[i]))
			return FALSE;
	return TRUE;
}

/* TRUE when the words from I, after a possessive, are what a country has:
 * "Kestria's prime minister", "Kestria's capital". */
static gboolean place_role_follows(Scanner *s, guint i)
{
	static const char *const owned[] = {
		"capital",   "prime",  "president", "parliament", "embassy",	"ambassador", "coast",
		"coastline", "border", "borders",   "territory",  "population", "economy",    "currency",
	};
	while (i < s->n && is_lower(s, i) && has(tok(s, i), NAME_WORD_ROLE_MOD | NAME_WORD_NATIONALITY) &&
	       !scanner_word_is(s, i, "prime"))
		i++;
	return i < s->n && is_lower(s, i) && scanner_word_among(s, i, owned, G_N_ELEMENTS(owned));
}

/* TRUE when word I is an age in apposition, a number of one to three
 * digits that a comma or a bracket closes: the "67" of "Carol Benning, 67,". */
static gboolean is_age(const Scanner *s, guint i)
{
	const NameToken *t = tok(s, i);
	gsize len = t->end - t->start;
	if ((t->flags & NAME_TOKEN_LETTERS) || len == 0 || len > 3 || s->data[t->start] == '0')
		return FALSE;
	for (gsize k = t->start; k < t->end; k++)
		if (!g_ascii_isdigit(s->data[k]))
			return FALSE;
	return s->data[t->end] == ',' || s->data[t->end] == ')';
}

/* TRUE when the chunk at LO is the complement of a noun after "the",
 * joined to it by "for" or "of" ("the prefect for Mayotte", "the mayor of
 * Paris"): a role in apposition after the chunk ("the prefect for
 * Mayotte, a French state official, said") describes the noun's holder,
 * not the name. */
static gboolean complement_of_definite_noun(Scanner *s, guint lo)
{
	return lo >= 3 && is_lower(s, lo - 1) && is_lower(s, lo - 2) &&
	       (scanner_word_is(s, lo - 1, "for") || scanner_word_is(s, lo - 1, "of")) &&
	       scanner_word_is(s, lo - 3, "the");
}

/* What the words just outside the chunk [lo,hi) say about it. */
static guint context_evidence(Scanner *s, guint lo, guint hi)
{
	guint n = s->n, evidence = 0;
	const NameToken *first = tok(s, lo), *last = tok(s, hi - 1);

	/* "its finance spokesman, Dev Harcourt, said": in apposition to a role */
	if (lo > 0 && comma_between(s, lo - 1, lo) && is_lower(s, lo - 1) &&
	    has(tok(s, lo - 1), NAME_WORD_ROLE) && !has(tok(s, lo - 1), NAME_WORD_GIVEN))
		evidence |= EVIDENCE_TITLED;
	if (hi < n && comma_between(s, hi - 1, hi) && is_age(s, hi))
		evidence |= EVIDENCE_AGE_AFTER;

	if (lo > 0 && (first->flags & NAME_TOKEN_JOINED) && is_lower(s, lo - 1) &&
	    has(tok(s, lo - 1), NAME_WORD_SPEECH_BEFORE))
		evidence |= EVIDENCE_SPEECH_BEFORE;
	if (lo > 0 && (first->flags & NAME_TOKEN_JOINED) && scanner_word_is(s, lo - 1, "the"))
		evidence |= EVIDENCE_DEFINITE;
	if (lo > 0 && (first->flags & NAME_TOKEN_JOINED) &&
	    (scanner_word_is(s, lo - 1, "in") || scanner_word_is(s, lo - 1, "near")))
		evidence |= EVIDENCE_LOCATIVE;
	if (lo > 0 && (first->flags & NAME_TOKEN_JOINED) && scanner_word_is(s, lo - 1, "at"))
		evidence |= EVIDENCE_AT;
	if ((last->flags & NAME_TOKEN_POSSESSIVE) && place_role_follows(s, hi))
		evidence |= EVIDENCE_PLACE_AFTER;
	if (hi < n && !(last->flags & NAME_TOKEN_POSSESSIVE) && (tok(s, hi)->flags & NAME_TOKEN_JOINED) &&
	    is_lower(s, hi) && has(tok(s, hi), NAME_WORD_SPEECH))
		evidence |= EVIDENCE_SPEECH_AFTER;
	if (hi < n && comma_between(s, hi - 1, hi) && !complement_of_definite_noun(s, lo)) {
		for (guint i = hi; i < n && i < hi + MAX_ROLE_LOOKAHEAD; i++) {
			const NameToken *t = tok(s, i);
			if (i > hi && !is_joined(t) && !(tok(s, i - 1)->flags & NAME_TOKEN_POSSESSIVE))
				break;
			if (has(t, NAME_WORD_ROLE) && !has(t, NAME_WORD_GIVEN)) {
				/* "Grey Estuary, Prime Minister Ilse Marrow": a new name */
				guint j = i + 1;
				while (j < n && is_joined(tok(s, j)) &&
				       has(tok(s, j), NAME_WORD_ROLE | NAME_WORD_ROLE_MOD))
					j++;
				if (j >= n || !is_joined(tok(s, j)) || !is_name_word(tok(s, j)))
					evidence |= EVIDENCE_ROLE_AFTER;
				break;
			}
			if (!has(t, NAME_WORD_ARTICLE | NAME_WORD_NATIONALITY | NAME_WORD_ROLE_MOD) &&
			    !is_name_word(t))
				break;
		}
	}
	return evidence;
}

/* Where a lower-case description of a news outlet after word HI-1 ends
 * ("Kyodo news agency", "the Asahi newspaper"), or 0 when there is none. */
static guint media_extension(Scanner *s, guint hi)
{
	guint end = 0;
	if (tok(s, hi - 1)->flags & NAME_TOKEN_POSSESSIVE)
		return 0;
	for (guint i = hi; i < s->n; i++) {
		const NameToken *t = tok(s, i);
		if (!is_lower(s, i) || !(t->flags & NAME_TOKEN_JOINED) || !has(t, NAME_WORD_MEDIA))
			break;
		if (has(t, NAME_WORD_ORG_SUFFIX) && !scanner_word_is(s, i, "news") &&
		    !scanner_word_is(s, i, "press"))
			end = i + 1;
	}
	return end;
}

/* TRUE when word I, though it opens a sentence, is part of a name: a known
 * word, or followed by another name word without looking like an inflected
 * ordinary word ("Joining NATO"). A lone word is settled once the whole
 * report is read (resolve_within()). */
static gboolean confirmed_at_sentence_start(Scanner *s, guint i, guint hi)
{
	const NameToken *t = tok(s, i);
	const NameGazEntry *e;
	if (has(t, NAME_WORD_ROLE | NAME_WORD_ROLE_MOD | NAME_WORD_GIVEN | NAME_WORD_NATIONALITY |
		       NAME_WORD_DIRECTION) ||
	    scanner_gazetteer_longest(s, i, hi, &e))
		return TRUE;
	if (hi - i < 2 || !is_name_word(tok(s, i + 1)))
		return FALSE;
	const char *folded = scanner_fold(s, i, i + 1);
	gsize len = strlen(folded);
	/* "Kicker Jake Moody": a common word before a given name is no part
	 * of the name, unless it names an event ("Storm Daniel") */
	if (has(tok(s, i + 1), NAME_WORD_GIVEN) && !has(t, NAME_WORD_EVENT) && cr_english_word(folded, len))
		return FALSE;
	/* "Joining NATO" is a verb, "Erling Haaland" a name */
	return !(len > 4 &&
		 (g_str_has_suffix(folded, "ing") || g_str_has_suffix(folded, "ed") ||
		  g_str_has_suffix(folded, "ly")) &&
		 cr_english_word(folded, len));
}

/* TRUE when words [lo,hi), after a dateline's comma, name its region:
 * a few capitalised words ended by a colon or a dash. */
static gboolean region_ends_at(Scanner *s, guint lo, guint hi)
{
	const char *gap = s->data + tok(s, hi - 1)->end;
	gboolean ended = *gap == ':' || g_str_has_prefix(gap, " -") ||
			 g_str_has_prefix(gap, " \xe2\x80\x93") || g_str_has_prefix(gap, " \xe2\x80\x94") ||
			 (hi < s->n && comma_between(s, hi - 1, hi) && has(tok(s, hi), NAME_WORD_DATE));
	return ended && lo > 0 && comma_between(s, lo - 1, lo) && count_name_words(s, lo, hi) == hi - lo &&
	       hi - lo <= MAX_PERSON_WORDS;
}

/* The words of a place written in capitals ("PORT ALDER"), capitalised. */
static char *title_case(const char *text)
{
	g_autofree char *lower = g_utf8_strdown(text, -1);
	GString *out = g_string_new(NULL);
	gboolean start = TRUE;
	for (const char *p = lower; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		g_string_append_unichar(out, start ? g_unichar_totitle(c) : c);
		start = c == ' ' || c == '-';
	}
	return cr_text_steal(out);
}

/* A dateline opens newswire copy: "PORT ALDER, Kestria: Ferries resume",
 * "NEW YORK, New York - Stocks fell". Its place in capitals and the
 * region or country after it are places. Returns FALSE when the chunk
 * [lo,hi) is neither. */
static gboolean dateline_place(Scanner *s, guint lo, guint hi)
{
	if (!s->dateline_end || (lo != 0 && lo != s->dateline_end))
		return FALSE;
	if (lo == 0 && hi != s->dateline_end)
		return FALSE;
	if (lo == s->dateline_end && !region_ends_at(s, lo, hi))
		return FALSE;
	const NameGazEntry *e = scanner_gazetteer_span(s, lo, hi);
	if (e) {
		scanner_emit_gazetteer(s, e, lo, hi);
		return TRUE;
	}
	g_autofree char *flat = cr_text_flat(s->data, tok(s, lo)->start, tok(s, hi - 1)->end);
	gboolean capitals = (tok(s, lo)->flags & NAME_TOKEN_ALLCAPS) != 0;
	scanner_emit(s, CR_FACT_PLACE, lo, hi, capitals ? title_case(flat) : g_strdup(flat), 0,
		     CONFIDENCE_CONTEXT);
	return TRUE;
}

/* Trims the chunk [lo,hi), checks its first word when it opens a
 * sentence, and classifies it. */
static void finish_chunk(Scanner *s, guint lo, guint hi)
{
	guint first_mention = s->out->mentions->len;
	guint end = hi;

	s->memo_lo = lo;
	s->memo_hi = hi;
	s->memo_ready = FALSE;
	if (dateline_place(s, lo, hi)) {
		s->memo_lo = s->memo_hi = 0;
		return;
	}

	while (lo < hi && is_lower(s, lo) && !has(tok(s, lo), NAME_WORD_ROLE | NAME_WORD_ROLE_MOD))
		lo++;
	gboolean unsure = FALSE;
	if (lo < hi && (tok(s, lo)->flags & NAME_TOKEN_SENTENCE) && !confirmed_at_sentence_start(s, lo, hi)) {
		unsure = hi - lo == 1;
		if (!unsure)
			lo++;
		while (lo < hi && (is_lower(s, lo) || scanner_is_stop(s, tok(s, lo))))
			lo++;
	}
	while (hi > lo && is_lower(s, hi - 1) && !has(tok(s, hi - 1), NAME_WORD_ROLE | NAME_WORD_ROLE_MOD))
		hi--;
	/* "Rupert Allingham KC": letters after a name end no name and say a
	 * person bears it */
	guint postnominal = 0;
	while (hi >= lo + 2 && (tok(s, hi - 1)->flags & NAME_TOKEN_ALLCAPS) &&
	       has(tok(s, hi - 1), NAME_WORD_POSTNOMINAL) && !(tok(s, hi - 2)->flags & NAME_TOKEN_ALLCAPS)) {
		hi--;
		postnominal = EVIDENCE_AGE_AFTER;
	}
	if (lo >= hi)
		return;
	/* the last word is no part of the name before it: "the Christian
	 * Democrat CDA", an acronym of three letters or more after words it
	 * does not spell, names the body they describe; "Alaska Airlines
	 * Flight 1282", a body's name, then a word and a number that name one
	 * of its things (a flight) */
	if (end == hi && ((hi >= lo + 2 && (tok(s, hi - 1)->flags & NAME_TOKEN_ALLCAPS) &&
			   scanner_described_acronym(s, lo, hi)) ||
			  (hi >= lo + 3 && has(tok(s, hi - 2), NAME_WORD_ORG_SUFFIX) &&
			   !is_lower(s, hi - 1) && scanner_name_number_at(s, hi)))) {
		scanner_classify(s, lo, hi - 1, context_evidence(s, lo, hi - 1) | postnominal, 0);
		lo = hi - 1;
	}
	guint evidence = context_evidence(s, lo, hi) | postnominal;
	/* "Kestria's prime minister", "Sorvik, an economist": sure enough */
	unsure &= !(evidence & (EVIDENCE_PLACE_AFTER | EVIDENCE_ROLE_AFTER));
	scanner_classify(s, lo, hi, evidence, end == hi ? media_extension(s, hi) : 0);
	for (guint i = first_mention; unsure && i < s->out->mentions->len; i++)
		g_array_index(s->out->mentions, NameMention, i).flags |= NAME_MENTION_UNSURE;
	scanner_note_acronym(s, end, first_mention);
	s->memo_lo = s->memo_hi = 0;
}

/* TRUE when word I is a month or weekday written short and capitalised
 * ("Mar", "Dec", "Sun") right after a connector: a name's word there ("Viña
 * del Mar", "Costa del Sol"), no date. */
static gboolean short_date_after_connector(Scanner *s, guint i)
{
	const NameToken *t = tok(s, i);
	if (i == 0 || !(t->flags & NAME_TOKEN_CAP) || !has(t, NAME_WORD_DATE) || t->end - t->start != 3 ||
	    !has(tok(s, i - 1), NAME_WORD_CONNECTOR) || !name_token_is_lower(tok(s, i - 1)))
		return FALSE;
	return strcmp(scanner_fold(s, i, i + 1), "may") != 0;
}

/* TRUE when word I, after a connector, is a name word, or "the" and one. */
static gboolean name_follows(Scanner *s, guint i)
{
	guint n = s->n;
	if (i >= n || !is_joined(tok(s, i)))
		return FALSE;
	if (is_name_word(tok(s, i)) || short_date_after_connector(s, i))
		return TRUE;
	return has(tok(s, i), NAME_WORD_ARTICLE) && i + 1 < n && is_joined(tok(s, i + 1)) &&
	       is_name_word(tok(s, i + 1));
}

/* TRUE when words from I are a person's full name: a given name and another
 * name word ("Daniel Moreau"), which a connector before them does not join
 * to an organisation ("the Civic Union of Daniel Moreau"); a given name alone
 * may be a place ("University of Victoria"). */
static gboolean full_name_follows(const Scanner *s, guint i)
{
	return i + 1 < s->n && has(tok(s, i), NAME_WORD_GIVEN) && is_joined(tok(s, i + 1)) &&
	       is_name_word(tok(s, i + 1));
}

/* How many capitalised words after a link a body's word is looked for in. */
#define BODY_WORDS_AHEAD 4

/* TRUE when the capitalised words from I hold a word of CLASSES within
 * BODY_WORDS_AHEAD: the name of a body of its own ("Serum Institute of
 * India", "Oxford University"). */
static gboolean body_name_follows(const Scanner *s, guint i, guint32 classes)
{
	for (guint k = i; k < s->n && k < i + BODY_WORDS_AHEAD; k++) {
		const NameToken *t = tok(s, k);
		if (!is_joined(t) || !is_name_word(t))
			return FALSE;
		if (has(t, classes))
			return TRUE;
	}
	return FALSE;
}

/* TRUE when the words before the link at I end a body's full name: a
 * name word and a body's head ("Oxford University"), or a head, "of" and
 * name words ("University of Oxford", "Bank of England"), within
 * BODY_WORDS_AHEAD words. */
static gboolean body_name_ends(Scanner *s, guint i)
{
	if (i < 2 || !is_joined(tok(s, i - 1)))
		return FALSE;
	if (has(tok(s, i - 1), NAME_WORD_ORG_HEAD))
		return is_name_word(tok(s, i - 2));
	for (guint k = i - 1; k >= 2 && k + BODY_WORDS_AHEAD >= i; k--) {
		if (!is_name_word(tok(s, k)) || !is_joined(tok(s, k)))
			return FALSE;
		if (scanner_word_is(s, k - 1, "of"))
			return is_joined(tok(s, k - 1)) && has(tok(s, k - 2), NAME_WORD_ORG_HEAD);
	}
	return FALSE;
}

/* TRUE when the link at word I ("at", "and") stands between two bodies,
 * each named in full: "the Jenner Institute at Oxford University and Serum
 * Institute of India" are three, not one. "at" after a body's head before
 * another body's name ("University of Illinois at Urbana-Champaign" takes
 * a place); "and" after a body's full name (body_name_ends()) before a
 * name with a head of its own ("Department of Health and Human Services",
 * "Ministry of Trade and Industry" stay one). */
static gboolean links_two_bodies(Scanner *s, guint i)
{
	/* most links are followed by no body's name: that is looked at first */
	if (!body_name_follows(s, i + 1, NAME_WORD_ORG_HEAD | NAME_WORD_ORG_SUFFIX))
		return FALSE;
	if (has(tok(s, i - 1), NAME_WORD_ORG_HEAD) && scanner_word_is(s, i, "at"))
		return TRUE;
	return scanner_word_is(s, i, "and") && body_name_follows(s, i + 1, NAME_WORD_ORG_HEAD) &&
	       body_name_ends(s, i);
}

/* TRUE when word I carries on the chunk that word I-1 is in. */
static gboolean continues_chunk(Scanner *s, guint i)
{
	const NameToken *t = tok(s, i), *prev = tok(s, i - 1);
	if (!is_joined(t) || (prev->flags & NAME_TOKEN_POSSESSIVE))
		return FALSE;
	if (is_name_word(t) || short_date_after_connector(s, i))
		return !scanner_is_stop(s, t);
	if (!name_token_is_lower(t))
		return FALSE;
	if (has(t, NAME_WORD_ROLE | NAME_WORD_ROLE_MOD))
		return TRUE;
	/* "Stratford-upon-Avon", "Southend-on-Sea": a lower-case word between
	 * hyphens inside a name */
	if ((t->flags & NAME_TOKEN_HYPHEN) && !name_token_is_lower(prev) && i + 1 < s->n &&
	    (tok(s, i + 1)->flags & NAME_TOKEN_HYPHEN) && is_name_word(tok(s, i + 1)))
		return TRUE;
	if (has(t, NAME_WORD_CONNECTOR) && full_name_follows(s, i + 1))
		return FALSE;
	if (has(t, NAME_WORD_CONNECTOR | NAME_WORD_COMPLEMENT) && links_two_bodies(s, i))
		return FALSE;
	if (has(t, NAME_WORD_CONNECTOR) ||
	    (has(t, NAME_WORD_COMPLEMENT) &&
	     has(prev, NAME_WORD_ROLE | NAME_WORD_ROLE_MOD | NAME_WORD_ORG_HEAD)))
		return name_follows(s, i + 1);
	/* "of the": the article after a connector */
	return has(t, NAME_WORD_ARTICLE) && name_token_is_lower(prev) &&
	       has(prev, NAME_WORD_CONNECTOR | NAME_WORD_COMPLEMENT) && name_follows(s, i + 1);
}

static gboolean starts_chunk(const Scanner *s, const NameToken *t)
{
	if (is_name_word(t))
		return !scanner_is_stop(s, t) && !has(t, NAME_WORD_NUMBER);
	return has(t, NAME_WORD_ROLE | NAME_WORD_ROLE_MOD);
}

/* TRUE when the text [start,end) ends a sentence: a full stop, question or
 * exclamation mark, maybe inside closing quotation marks or brackets. */
static gboolean ends_with_sentence(const char *data, gsize start, gsize end)
{
	gsize pos = end;
	while (pos > start) {
		gunichar c = cr_text_prev(data, start, &pos);
		if (c == '.' || c == '!' || c == '?' || c == 0x2026)
			return TRUE;
		if (!(c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
		      c == 0x00BB))
			return FALSE;
	}
	return FALSE;
}

/* Sets the mode of block B: a headline capitalises most of its words of
 * four letters or more (shorter ones are mostly function words) and ends
 * no sentence; a shouting block writes most words in capitals. */
static void judge_block(Scanner *s, const CrBlock *b)
{
	guint words = 0, content = 0, caps = 0, allcaps = 0;
	for (guint i = 0; i < s->n; i++) {
		const NameToken *t = tok(s, i);
		if (!(t->flags & NAME_TOKEN_LETTERS))
			continue;
		words++;
		allcaps += (t->flags & NAME_TOKEN_ALLCAPS) != 0;
		if (t->end - t->start >= 4) {
			content++;
			caps += !name_token_is_lower(t);
		}
	}
	s->shouting = allcaps >= 2 && allcaps * 5 >= words * 3;
	s->headline = s->shouting || (content > 0 && caps * 4 >= content * 3 &&
				      !ends_with_sentence(s->data, b->start, b->end));
}

/* Where the place of a dateline ("PORT ALDER, May 24", "PORT ALDER,
 * Kestria:") that opens the block ends, in words; 0 when the block opens
 * with none. */
static guint find_dateline(Scanner *s)
{
	guint k = 0;
	while (k < s->n && k < MAX_PERSON_WORDS && (tok(s, k)->flags & NAME_TOKEN_ALLCAPS) &&
	       (k == 0 || is_joined(tok(s, k))) && !scanner_is_stop(s, tok(s, k)))
		k++;
	if (k == 0 || k >= s->n || !comma_between(s, k - 1, k))
		return 0;
	if (has(tok(s, k), NAME_WORD_DATE))
		return k;
	guint end = k;
	while (end < s->n && is_name_word(tok(s, end)) && (end == k || is_joined(tok(s, end))))
		end++;
	return end > k && region_ends_at(s, k, end) ? k : 0;
}

/* Splits block B into words and judges it. */
static void load_block(Scanner *s, const CrBlock *b)
{
	g_array_set_size(s->tokens, 0);
	name_tokenize(s->data, b->start, b->end, s->tokens, s->key);
	s->n = s->tokens->len;
	s->words = (NameToken *)(void *)s->tokens->data;
	judge_block(s, b);
	s->dateline_end = find_dateline(s);
}

/* The hash of a folded word WORD in the scan's midcaps: the tokenizer's
 * (NameToken.hash), which most words come with. */
static guint32 midcap_hash(const char *word)
{
	return name_word_hash(word, strlen(word));
}

/* Adds a copy of the folded word WORD to the scan's midcaps unless they
 * hold it. */
static void add_midcap(Scanner *s, const char *word)
{
	guint32 hash = midcap_hash(word);
	CrStrSlot *slot = cr_str_table_slot(&s->midcaps, word, hash);
	if (!slot->key)
		cr_str_table_fill(&s->midcaps, slot, g_string_chunk_insert(s->midcap_text, word), hash, NULL);
}

/* add_midcap() of the word token T, whose hash is the fold of its ASCII
 * bytes: looked for by its bytes, copied only when it is new. The probe
 * mirrors cr_str_table_slot()'s, which wants its key folded already. */
static void add_midcap_token(Scanner *s, const NameToken *t)
{
	const char *word = s->data + t->start;
	gsize len = t->end - t->start, mask = s->midcaps.size - 1;
	for (gsize i = t->hash & mask;; i = (i + 1) & mask) {
		CrStrSlot *slot = &s->midcaps.slots[i];
		if (!slot->key) {
			char *key = g_string_chunk_insert_len(s->midcap_text, word, (gssize)len);
			for (gsize k = 0; k < len; k++)
				key[k] = g_ascii_tolower(key[k]);
			cr_str_table_fill(&s->midcaps, slot, key, t->hash, NULL);
			return;
		}
		if (slot->hash == t->hash && lowered_is(slot->key, word, len))
			return;
	}
}

/* Remembers word I of a prose block, capitalised and not opening a
 * sentence: a sentence-opening word seen so is a name. A word with the
 * tokenizer's hash (of ASCII bytes, most of them) is looked for by its
 * bytes; the others are folded by scanner_fold(). scan_block() asks it of
 * each word. */
static void collect_midcap(Scanner *s, guint i)
{
	const NameToken *t = tok(s, i);
	if (t->hash) {
		add_midcap_token(s, t);
		return;
	}
	add_midcap(s, scanner_fold(s, i, i + 1));
}

/* TRUE when the possessive of word I belongs to a gazetteer name that
 * starts in the chunk at LO ("People's Republic of China"); the word then
 * stops being a possessive. */
static gboolean possessive_in_alias(Scanner *s, guint lo, guint i)
{
	guint n = s->n;
	for (guint a = lo; a <= i; a++) {
		const NameGazEntry *e;
		if (a + scanner_gazetteer_longest(s, a, n, &e) > i + 1) {
			s->words[i].flags &= ~(guint32)NAME_TOKEN_POSSESSIVE;
			return TRUE;
		}
	}
	return FALSE;
}

/* Makes possessive word I and the word after it the last two of one
 * chunk; FALSE when a capitalised word joined to them runs the name on. */
static gboolean join_possessive(Scanner *s, guint i)
{
	if (i + 2 < s->n && is_joined(tok(s, i + 2)) && is_name_word(tok(s, i + 2)))
		return FALSE;
	s->words[i].flags &= ~(guint32)NAME_TOKEN_POSSESSIVE;
	s->words[i + 1].flags |= NAME_TOKEN_JOINED;
	return TRUE;
}

/* TRUE when word I is a plural possessive that names a body with the
 * word after it, its last: "Fishers' Alliance", "Workers' Party" (not
 * "Japan's Ministry of Defence", a country's body, nor "Geert Wilders'
 * Party for Freedom", a person's: the plural is a common English word,
 * wamerican's). The two words then make one chunk. */
static gboolean plural_possessive_in_name(Scanner *s, guint i)
{
	if (i + 1 >= s->n)
		return FALSE;
	const NameToken *t = tok(s, i), *next = tok(s, i + 1);
	const char *after = s->data + t->end;
	gsize mark = possessive_mark(after);
	if (!mark || s->data[t->end - 1] != 's' || after[mark] != ' ' ||
	    s->data + next->start != after + mark + 1 || !is_name_word(next) ||
	    !has(next, NAME_WORD_ORG_SUFFIX))
		return FALSE;
	const char *folded = scanner_fold(s, i, i + 1);
	return cr_english_word(folded, strlen(folded)) && join_possessive(s, i);
}

/* TRUE when word I, after "St" or "Saint" (LO at most), is a saint's
 * possessive that names a place with the capitalised word after it: "St.
 * Peter's Square", "St Mary's Hospital". The words then make one chunk. */
static gboolean saint_possessive_in_name(Scanner *s, guint lo, guint i)
{
	if (i == lo || i + 1 >= s->n)
		return FALSE;
	const NameToken *before = tok(s, i - 1);
	gsize len = before->end - before->start;
	if ((len != 2 || g_ascii_strncasecmp(s->data + before->start, "st", 2) != 0) &&
	    (len != 5 || g_ascii_strncasecmp(s->data + before->start, "saint", 5) != 0))
		return FALSE;
	if (!is_joined(tok(s, i + 1)) || !is_name_word(tok(s, i + 1)) || scanner_is_stop(s, tok(s, i + 1)))
		return FALSE;
	s->words[i].flags &= ~(guint32)NAME_TOKEN_POSSESSIVE;
	return TRUE;
}

/* TRUE when word I, opening its chunk (LO), is a singular possessive that
 * names a body with the capitalised word after it, its last: both common
 * English words (wamerican's), the first no gazetteer name ("Boar's
 * Head", a company; not "Turkey's Erdogan", a country's, nor "Britain's
 * King", whose possessor is no common word). The two words then make one
 * chunk. Not in a headline, whose every word is capitalised. */
static gboolean common_possessive_in_name(Scanner *s, guint lo, guint i)
{
	if (i != lo || i + 1 >= s->n || s->headline)
		return FALSE;
	const NameToken *t = tok(s, i), *next = tok(s, i + 1);
	const char *after = s->data + t->end;
	gsize mark = possessive_mark(after);
	const NameGazEntry *e;
	if (!mark || after[mark] != 's' || after[mark + 1] != ' ' ||
	    s->data + next->start != after + mark + 2 || !is_name_word(next) || scanner_is_stop(s, next) ||
	    has(next, NAME_WORD_GIVEN) || scanner_gazetteer_longest(s, i, i + 1, &e))
		return FALSE;
	for (guint k = i; k <= i + 1; k++) {
		const char *folded = scanner_fold(s, k, k + 1);
		if (!cr_english_word(folded, strlen(folded)))
			return FALSE;
	}
	return join_possessive(s, i);
}

/* How many capitalised words a possessive name after "and" may have. */
#define JOINED_POSSESSIVE_WORDS 3

/* TRUE when the possessive of word I is joined by "and" to a second name
 * of two words or more that ends in a possessive too: "Guy's and St
 * Thomas'" (a hospital trust), one name as "Marks and Spencer" is, not
 * a place "Guy" and a body "St Thomas". The first word then stops being a
 * possessive (NAME_TOKEN_PAIRED), so the chunk runs on to the second's
 * and is not split at its "and". */
static gboolean possessive_pair_in_name(Scanner *s, guint i)
{
	if (i + 3 >= s->n || !scanner_word_is(s, i + 1, "and") || !is_joined(tok(s, i + 1)))
		return FALSE;
	for (guint k = i + 2; k < s->n && k < i + 2 + JOINED_POSSESSIVE_WORDS; k++) {
		const NameToken *t = tok(s, k);
		if (!is_joined(t) || !is_name_word(t) || scanner_is_stop(s, t))
			return FALSE;
		if (t->flags & NAME_TOKEN_POSSESSIVE) {
			if (k == i + 2)
				return FALSE;
			NameToken *first = &s->words[i];
			first->flags = (first->flags & ~(guint32)NAME_TOKEN_POSSESSIVE) | NAME_TOKEN_PAIRED;
			return TRUE;
		}
	}
	return FALSE;
}

/* Finds the chunks of the current block and classifies them; in a prose
 * block, collects its midcaps (collect_midcap()) in the same pass. */
static void scan_block(Scanner *s)
{
	guint n = s->n, lo = 0;
	gboolean open = FALSE, prose = !s->headline;

	for (guint i = 0; i < n; i++) {
		const NameToken *t = tok(s, i);
		if (prose && (t->flags & NAME_TOKEN_CAP) && !(t->flags & NAME_TOKEN_SENTENCE))
			collect_midcap(s, i);
		if (open && !continues_chunk(s, i)) {
			finish_chunk(s, lo, i);
			open = FALSE;
		}
		if (!open && starts_chunk(s, t)) {
			lo = i;
			open = TRUE;
		}
		if (open && (t->flags & NAME_TOKEN_POSSESSIVE) && !possessive_in_alias(s, lo, i) &&
		    !plural_possessive_in_name(s, i) && !saint_possessive_in_name(s, lo, i) &&
		    !possessive_pair_in_name(s, i) && !common_possessive_in_name(s, lo, i)) {
			finish_chunk(s, lo, i + 1);
			open = FALSE;
		}
	}
	if (open)
		finish_chunk(s, lo, n);
}

/* Settles what the report itself settles: a lone word opening a sentence
 * only when it is seen capitalised inside one (MIDCAPS), headline names only
 * when the prose confirms them, short forms as the full names they stand
 * for, an unknown name after "in" as a place. */
static void resolve_within(NameScan *scan, const char *data, const CrStrTable *midcaps)
{
	GArray *mentions = scan->mentions;
	g_autoptr(NameIndex) index = name_index_new();

	for (guint i = 0; i < mentions->len; i++) {
		NameMention *m = &g_array_index(mentions, NameMention, i);
		if (!(m->flags & NAME_MENTION_UNSURE))
			continue;
		if (!cr_str_table_slot(midcaps, m->key, midcap_hash(m->key))->key) {
			m->kind = NAME_KIND_UNKNOWN;
			m->flags &= ~(guint)NAME_MENTION_SPEAKER;
		}
	}
	for (guint i = 0; i < mentions->len; i++) {
		const NameMention *m = &g_array_index(mentions, NameMention, i);
		if (!(m->flags & NAME_MENTION_HEADLINE))
			name_index_add(index, m);
	}
	name_index_add_acronyms(index, scan);
	guint n = mentions->len;
	for (guint i = 0; i < n; i++) {
		NameMention *m = &g_array_index(mentions, NameMention, i);
		if (!(m->flags & NAME_MENTION_HEADLINE) || (m->flags & NAME_MENTION_GAZETTEER)) {
			name_index_resolve(index, m);
			if (m->kind == NAME_KIND_UNKNOWN && (m->flags & NAME_MENTION_LOCATIVE))
				m->kind = CR_FACT_PLACE;
			continue;
		}
		m->kind = NAME_KIND_UNKNOWN;
		if (!name_index_resolve(index, m) && m->n_words >= 2) {
			NameMention whole = *m; /* appending moves the array */
			guint before = mentions->len;
			name_index_resolve_words(index, &whole, data, mentions, scan->texts);
			if (mentions->len > before)
				g_array_index(mentions, NameMention, i).flags |= NAME_MENTION_SPLIT;
		}
	}
}

const char *name_text_keep(GStringChunk *texts, char *text)
{
	const char *kept = text ? g_string_chunk_insert(texts, text) : NULL;
	g_free(text);
	return kept;
}

const char *name_text_keep_span(GStringChunk *texts, const char *data, gsize start, gsize end)
{
	if (cr_text_is_flat(data, start, end))
		return g_string_chunk_insert_len(texts, data + start, (gssize)(end - start));
	return name_text_keep(texts, cr_text_flat(data, start, end));
}

/* The report's bytes a midcap is made room for at the start (news: one
 * each 230-250 bytes; a report with more grows its table as before). */
#define MIDCAP_BYTES 192

/* The report's bytes a mention is made room for at the start (news: one
 * each 79 bytes, 13,234 mentions of 56 bytes a report of 1 MiB, grown
 * from one through fourteen reallocations; a report with more grows the
 * array as before; on one thread, room never written is never faulted
 * in, an array of 128 KiB or more being mapped on its own, src/memory.c;
 * on two, sparse shapes' peaks stayed within main's: docs/PERFORMANCE.md,
 * perf54). */
#define MENTION_BYTES 96

NameScan *name_scan_doc(const CrDoc *doc, const GArray *blocks)
{
	NameScan *scan = g_new0(NameScan, 1);
	Scanner s = {
		.data = doc->data,
		.tokens = g_array_new(FALSE, FALSE, sizeof(NameToken)),
		.key = g_string_new(NULL),
		.emit_key = g_string_new(NULL),
		.memo = g_ptr_array_new(),
		.out = scan,
	};

	/* made at its size: grown from 256 slots, a report of 1 MiB of news
	 * (4,210-4,515 midcaps) went through six tables to 16,384 slots, the
	 * two largest mapped on their own and faulted in each report */
	cr_str_table_init_sized(&s.midcaps, doc->len / MIDCAP_BYTES);
	s.midcap_text = g_string_chunk_new(4096);
	scan->mentions =
	    g_array_sized_new(FALSE, TRUE, sizeof(NameMention), (guint)(doc->len / MENTION_BYTES));
	scan->texts = g_string_chunk_new(4096);
	scan->acronyms = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (guint b = 0; b < blocks->len; b++) {
		load_block(&s, &g_array_index(blocks, CrBlock, b));
		scan_block(&s);
	}
	resolve_within(scan, doc->data, &s.midcaps);
	g_array_unref(s.tokens);
	g_ptr_array_unref(s.memo);
	cr_str_table_clear(&s.midcaps);
	g_string_chunk_free(s.midcap_text);
	g_string_free(s.key, TRUE);
	g_string_free(s.emit_key, TRUE);
	return scan;
}

void name_scan_free(NameScan *scan)
{
	if (!scan)
		return;
	g_array_unref(scan->mentions);
	g_string_chunk_free(scan->texts);
	g_hash_table_unref(scan->acronyms);
	g_free(scan);
}

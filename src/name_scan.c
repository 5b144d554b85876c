/* Finding the names in one report. Each block is split into words; runs of
 * capitalised words (with connectors: "Group of Seven", "Rio de Janeiro",
 * and role words: "NATO chief Jens Stoltenberg") make chunks; a chunk is
 * then split into a role, the body or country before it and the name after
 * it, and what is left is matched against the gazetteer and judged by its
 * words (suffixes such as "Ministry") and its context ("said"). Headline and
 * shouting blocks, where every word is capitalised, only keep what the
 * gazetteer or the rest of the report confirms. */
#include "name_scan.h"

#include <string.h>

#include "crossread/clean.h"
#include "crossread/text.h"
#include "name_index.h"
#include "name_lexicon.h"
#include "name_token.h"

/* The longest personal name, in capitalised words. */
#define MAX_PERSON_WORDS 4
/* The longest unknown place after "in", in words. */
#define MAX_PLACE_WORDS 2
/* How many words after a name may precede the role in "Walsh, the former
 * director-general". */
#define MAX_ROLE_LOOKAHEAD 4

/* How sure each way of knowing a name is. */
#define CONFIDENCE_GAZETTEER 1.0
#define CONFIDENCE_TITLED    0.9
#define CONFIDENCE_SUFFIX    0.8
#define CONFIDENCE_CONTEXT   0.7

/* What the words around a chunk say about it. */
typedef enum {
	EVIDENCE_SPEECH_BEFORE = 1 << 0, /* "said Mao Ning" */
	EVIDENCE_SPEECH_AFTER = 1 << 1,	 /* "Mao Ning said" */
	EVIDENCE_ROLE_AFTER = 1 << 2,	 /* "Mao Ning, a spokesperson" */
	EVIDENCE_TITLED = 1 << 3,	 /* "Foreign Minister Hayashi" */
	EVIDENCE_DEFINITE = 1 << 4,	 /* "the Estuary Trust": people take no article */
	EVIDENCE_PLACE_AFTER = 1 << 5,	 /* "Kestria's prime minister" */
	EVIDENCE_LOCATIVE = 1 << 6,	 /* "in Hatay", "near Antakya": a place */
	EVIDENCE_AT = 1 << 7,		 /* "at Morgan Stanley": a place or a body, no person */
	EVIDENCE_AGE_AFTER = 1 << 8,	 /* "Carol Benning, 67,", "Rupert Allingham KC": a person */
} Evidence;

#define EVIDENCE_BEFORE                                                                                      \
	(EVIDENCE_SPEECH_BEFORE | EVIDENCE_TITLED | EVIDENCE_DEFINITE | EVIDENCE_LOCATIVE | EVIDENCE_AT)
/* What says a name is not a person's, unless a title does. */
#define EVIDENCE_NO_PERSON (EVIDENCE_DEFINITE | EVIDENCE_LOCATIVE | EVIDENCE_AT)
#define EVIDENCE_AFTER                                                                                       \
	(EVIDENCE_SPEECH_AFTER | EVIDENCE_ROLE_AFTER | EVIDENCE_PLACE_AFTER | EVIDENCE_AGE_AFTER)
#define EVIDENCE_SPEECH (EVIDENCE_SPEECH_BEFORE | EVIDENCE_SPEECH_AFTER)
#define EVIDENCE_PERSON (EVIDENCE_ROLE_AFTER | EVIDENCE_TITLED | EVIDENCE_AGE_AFTER)

typedef struct {
	const char *data;
	GArray *tokens;	     /* NameToken of the current block */
	guint n;	     /* how many */
	GHashTable *midcaps; /* folded capitalised words seen inside sentences */
	GString *key;	     /* scratch for folded text */
	gboolean headline;   /* the current block is a headline or a caption */
	gboolean shouting;   /* ... written in capitals */
	guint dateline_end;  /* "PORT ALDER, Kestria:": the words of the place that opens the block */
	/* Gazetteer lookups of spans inside the chunk [memo_lo, memo_hi): entry
	 * for words [a, a + len) at (a - memo_lo) * MEMO_LENGTHS + len - 1. */
	GPtrArray *memo;
	guint memo_lo, memo_hi;
	NameScan *out;
} Scanner;

/* The longest span whose gazetteer lookup is remembered, in words. */
#define MEMO_LENGTHS 8
/* A memo slot not looked up yet. */
static const NameGazEntry memo_unknown;

static const NameToken *tok(const Scanner *s, guint i)
{
	return &g_array_index(s->tokens, NameToken, i);
}

static gboolean has(const NameToken *t, guint32 classes)
{
	return (t->classes & classes) != 0;
}

static gboolean is_lower(const Scanner *s, guint i)
{
	return name_token_is_lower(tok(s, i));
}

/* Words [a,b) folded; valid until the next fold. */
static const char *fold_tokens(Scanner *s, guint a, guint b)
{
	return name_fold_span(s->data, tok(s, a)->start, tok(s, b - 1)->end, s->key);
}

/* TRUE for a capitalised function word ("The", "However"): never a name,
 * though "US" and "WHO" in capitals are, unless the whole block shouts. */
static gboolean is_stop(const Scanner *s, const NameToken *t)
{
	if (!has(t, NAME_WORD_STOP) ||
	    has(t, NAME_WORD_ROLE | NAME_WORD_ROLE_MOD | NAME_WORD_GIVEN | NAME_WORD_NATIONALITY))
		return FALSE;
	return !(t->flags & NAME_TOKEN_ALLCAPS) || s->shouting;
}

/* A capitalised word that may be part of a name (dates and currency
 * signs are not ours). */
static gboolean is_name_word(const NameToken *t)
{
	return (t->flags & NAME_TOKEN_CAP) && !(t->flags & NAME_TOKEN_CURRENCY) && !has(t, NAME_WORD_DATE);
}

static gboolean is_joined(const NameToken *t)
{
	return (t->flags & (NAME_TOKEN_JOINED | NAME_TOKEN_HYPHEN)) != 0;
}

/* TRUE when the folded word I is WORD (in lower case). */
static gboolean word_is(Scanner *s, guint i, const char *word)
{
	const NameToken *t = tok(s, i);
	gsize len = t->end - t->start;
	for (gsize k = t->start; k < t->end; k++)
		if ((guchar)s->data[k] >= 0x80)
			return strcmp(fold_tokens(s, i, i + 1), word) == 0;
	return len == strlen(word) && g_ascii_strncasecmp(s->data + t->start, word, len) == 0;
}

static guint count_name_words(const Scanner *s, guint a, guint b)
{
	guint n = 0;
	for (guint i = a; i < b; i++)
		n += !is_lower(s, i);
	return n;
}

/* The gazetteer entry for words [a,b) as written, or NULL. */
static const NameGazEntry *gazetteer_span(Scanner *s, guint a, guint b)
{
	if (b - a > tok(s, a)->gazetteer_words || is_lower(s, a) || is_lower(s, b - 1))
		return NULL;
	gboolean memo = a >= s->memo_lo && b <= s->memo_hi && b - a <= MEMO_LENGTHS;
	gpointer *slot =
	    memo ? &g_ptr_array_index(s->memo, (a - s->memo_lo) * MEMO_LENGTHS + b - a - 1) : NULL;
	if (slot && *slot != &memo_unknown)
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
static guint gazetteer_longest(Scanner *s, guint a, guint hi, const NameGazEntry **entry)
{
	for (guint b = MIN(hi, a + tok(s, a)->gazetteer_words); b > a; b--) {
		*entry = gazetteer_span(s, a, b);
		if (*entry)
			return b - a;
	}
	return 0;
}

/* The number of words of a nationality adjective at A ("North Korean"), or 0. */
static guint nationality_at(Scanner *s, guint a, guint hi)
{
	const NameGazEntry *e;
	guint len = gazetteer_longest(s, a, hi, &e);
	return len && e->kind == NAME_GAZ_NATIONALITY ? len : 0;
}

/* --- mentions ------------------------------------------------------------ */

/* Appends a mention of words [a,b) named VALUE (taken; NULL for the words
 * as written); returns it, valid until the next one. */
static NameMention *emit(Scanner *s, int kind, guint a, guint b, char *value, guint flags, double confidence)
{
	NameMention m = {
		.start = tok(s, a)->start,
		.end = tok(s, b - 1)->end,
		.kind = kind,
		.flags = flags,
		.n_words = count_name_words(s, a, b),
		.value = value ? value : name_flat(s->data, tok(s, a)->start, tok(s, b - 1)->end),
		.confidence = confidence,
	};
	m.key = name_fold(m.value);
	if (s->headline)
		m.flags |= NAME_MENTION_HEADLINE;
	if (b - a == 1 && (tok(s, a)->flags & NAME_TOKEN_ALLCAPS))
		m.flags |= NAME_MENTION_ACRONYM;
	g_array_append_val(s->out->mentions, m);
	return &g_array_index(s->out->mentions, NameMention, s->out->mentions->len - 1);
}

static void emit_gazetteer(Scanner *s, const NameGazEntry *e, guint a, guint b)
{
	static const int kinds[] = { [NAME_GAZ_PLACE] = CR_FACT_PLACE, [NAME_GAZ_ORG] = CR_FACT_ORG };
	if (e->kind != NAME_GAZ_NATIONALITY)
		emit(s, kinds[e->kind], a, b, g_strdup(e->canonical), NAME_MENTION_GAZETTEER,
		     CONFIDENCE_GAZETTEER);
}

/* The canonical name of the organisation written as words [a,b): the
 * gazetteer's, or the words without a lower-case description ("Kyodo news
 * agency"), a company's legal form ("Apple Inc") and "News" or "News
 * Agency" ("Kyodo News"), so that all of them meet. */
static char *org_value(Scanner *s, guint a, guint b)
{
	const NameGazEntry *e = gazetteer_span(s, a, b);
	if (e)
		return g_strdup(e->canonical);
	while (b > a + 1 && (is_lower(s, b - 1) || has(tok(s, b - 1), NAME_WORD_CORPORATE)))
		b--;
	if (b > a + 2 && (word_is(s, b - 1, "agency") || word_is(s, b - 1, "service")) &&
	    (word_is(s, b - 2, "news") || word_is(s, b - 2, "press")))
		b--;
	if (b > a + 1 && word_is(s, b - 1, "news"))
		b--;
	e = gazetteer_span(s, a, b);
	return e ? g_strdup(e->canonical) : name_flat(s->data, tok(s, a)->start, tok(s, b - 1)->end);
}

/* Emits names for the words [a,b) of a chunk that neither the gazetteer
 * nor their suffix place: a person when the context says so, else a name
 * of unknown kind that the rest of the report (or another report) may
 * settle. Capitalised function words split the words into pieces. */
static void emit_unknown(Scanner *s, guint a, guint b, guint evidence, guint chunk_lo, guint chunk_hi)
{
	while (a < b && (is_lower(s, a) || is_stop(s, tok(s, a))))
		a++;
	while (b > a && (is_lower(s, b - 1) || is_stop(s, tok(s, b - 1))))
		b--;
	if (a >= b)
		return;
	for (guint i = a; i < b; i++) {
		if (is_stop(s, tok(s, i))) {
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
		emit(s, CR_FACT_PLACE, a, b, NULL, 0, CONFIDENCE_CONTEXT);
	else if (acronym)
		emit(s, ev & EVIDENCE_SPEECH ? CR_FACT_ORG : NAME_KIND_UNKNOWN, a, b, NULL, flags,
		     CONFIDENCE_CONTEXT);
	else if (ev & EVIDENCE_LOCATIVE && words <= MAX_PLACE_WORDS &&
		 !(tok(s, b - 1)->flags & NAME_TOKEN_POSSESSIVE))
		emit(s, NAME_KIND_UNKNOWN, a, b, NULL, NAME_MENTION_LOCATIVE, CONFIDENCE_CONTEXT);
	else if ((ev & EVIDENCE_DEFINITE) && (ev & EVIDENCE_SPEECH_AFTER)) /* "the Red Crescent said" */
		emit(s, CR_FACT_ORG, a, b, NULL, flags, CONFIDENCE_CONTEXT);
	else if (ev & EVIDENCE_NO_PERSON)
		emit(s, NAME_KIND_UNKNOWN, a, b, NULL, 0, CONFIDENCE_CONTEXT);
	else if (words <= MAX_PERSON_WORDS && (ev & EVIDENCE_PERSON))
		emit(s, CR_FACT_PERSON, a, b, NULL, flags, CONFIDENCE_TITLED);
	else if (words >= 2 && words <= MAX_PERSON_WORDS &&
		 (ev & EVIDENCE_SPEECH || has(tok(s, a), NAME_WORD_GIVEN)))
		emit(s, CR_FACT_PERSON, a, b, NULL, flags, CONFIDENCE_CONTEXT);
	else
		emit(s, NAME_KIND_UNKNOWN, a, b, NULL, flags, CONFIDENCE_CONTEXT);
}

/* Splits words [lo,hi) into gazetteer names and the unknown words between
 * them ("Japan Kishida", "Japan-NATO"). */
static void segment(Scanner *s, guint lo, guint hi, guint evidence)
{
	guint unknown_from = lo, i = lo;

	while (i < hi) {
		const NameGazEntry *e;
		guint len = is_lower(s, i) ? 0 : gazetteer_longest(s, i, hi, &e);
		if (!len) {
			i++;
			continue;
		}
		guint a = i;
		/* "Eastern Europe", "Northern Japan": a direction opens the place. */
		gboolean direction = e->kind == NAME_GAZ_PLACE && a > unknown_from &&
				     has(tok(s, a - 1), NAME_WORD_DIRECTION) && !is_lower(s, a - 1);
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
			emit(s, CR_FACT_PLACE, a, i + len, NULL, 0, CONFIDENCE_SUFFIX);
		else
			emit_gazetteer(s, e, a, i + len);
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
		if (is_stop(s, t) || has(t, NAME_WORD_NATIONALITY | NAME_WORD_EVENT) ||
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

/* Classifies words [lo,hi) that hold no role: the gazetteer, then the
 * suffixes and heads of organisations and places, then given names, then
 * word by word. MEDIA_END, when past HI, is where a lower-case "news
 * agency" after the words ends. */
static void classify_plain(Scanner *s, guint lo, guint hi, guint evidence, guint media_end)
{
	while (lo < hi && is_lower(s, lo))
		lo++;
	if (hi > lo && is_lower(s, hi - 1))
		media_end = 0;
	while (hi > lo && is_lower(s, hi - 1))
		hi--;
	if (lo >= hi)
		return;

	const NameGazEntry *whole = gazetteer_span(s, lo, hi);
	guint name_lo = lo, nat;
	while (name_lo < hi && (nat = nationality_at(s, name_lo, hi)) > 0)
		name_lo += nat;
	guint words = count_name_words(s, lo, hi);
	const NameToken *last = tok(s, hi - 1);

	if (media_end > hi && name_lo == lo && (!whole || whole->kind == NAME_GAZ_ORG)) {
		emit(s, CR_FACT_ORG, lo, media_end, org_value(s, lo, media_end), 0, CONFIDENCE_SUFFIX);
		return;
	}
	if (whole) {
		emit_gazetteer(s, whole, lo, hi);
		return;
	}
	if (name_lo >= hi)
		return;
	/* Every word of a headline is capitalised: its words say little. */
	if (s->headline) {
		segment(s, lo, hi, evidence);
		return;
	}
	if ((words >= 2 && has(last, NAME_WORD_ORG_SUFFIX)) ||
	    head_of(s, name_lo, hi, NAME_WORD_ORG_HEAD, hi)) {
		emit(s, CR_FACT_ORG, lo, hi, org_value(s, lo, hi), 0, CONFIDENCE_SUFFIX);
		return;
	}
	if ((words >= 2 &&
	     (has(last, NAME_WORD_PLACE_SUFFIX) || has(tok(s, name_lo), NAME_WORD_PLACE_PREFIX))) ||
	    head_of(s, name_lo, hi, NAME_WORD_PLACE_HEAD, name_lo + 1)) {
		emit(s, CR_FACT_PLACE, name_lo, hi, NULL, 0, CONFIDENCE_SUFFIX);
		return;
	}
	if (names_an_event(s, lo, hi))
		return;
	if (!(evidence & EVIDENCE_NO_PERSON) && looks_like_full_name(s, name_lo, hi)) {
		emit(s, CR_FACT_PERSON, name_lo, hi, NULL, 0,
		     evidence & EVIDENCE_PERSON ? CONFIDENCE_TITLED : CONFIDENCE_CONTEXT);
		return;
	}
	segment(s, lo, hi, evidence);
}

/* --- roles --------------------------------------------------------------- */

/* A role in a chunk: "Japanese [Prime Minister] Fumio Kishida". */
typedef struct {
	guint head;		     /* the role word ("Minister") */
	guint start, end;	     /* the role's words, qualifiers included */
	guint nationality;	     /* first word of the nationality before it, or G_MAXUINT */
	const NameGazEntry *country; /* "to the United States": the country it serves in */
	guint complement_end;	     /* end of "to the United States", or the role's end */
} Role;

/* The key that matches one role across reports: nationality, role words
 * and country, "japanese|ambassador|united states"; NULL when the role is
 * not one office held by one person now (no nationality, "former"). */
static char *role_key(Scanner *s, const Role *r)
{
	if (r->nationality == G_MAXUINT || !has(tok(s, r->head), NAME_WORD_OFFICE))
		return NULL;
	guint from = r->nationality >= 2 ? r->nationality - 2 : 0;
	for (guint i = from; i < r->end; i++)
		if (has(tok(s, i), NAME_WORD_NOT_CURRENT))
			return NULL;
	GString *key = g_string_new(NULL);
	const NameGazEntry *nat;
	gazetteer_longest(s, r->nationality, r->start, &nat);
	g_autofree char *nat_folded = name_fold(nat->canonical);
	g_string_append(key, nat_folded);
	g_string_append_c(key, '|');
	for (guint i = r->start; i < r->end; i++) {
		if (i > r->start)
			g_string_append_c(key, ' ');
		g_string_append(key, name_role_canonical(fold_tokens(s, i, i + 1)));
	}
	g_string_append_c(key, '|');
	if (r->country) {
		g_autofree char *country = name_fold(r->country->canonical);
		g_string_append(key, country);
	}
	return cr_text_steal(key);
}

/* Finds the role in words [lo,hi): the first role word, the qualifiers
 * before it and the role words after it ("Secretary of State"). */
static gboolean find_role(Scanner *s, guint lo, guint hi, Role *r)
{
	guint head = lo;
	while (head < hi && !has(tok(s, head), NAME_WORD_ROLE))
		head++;
	if (head == hi)
		return FALSE;
	*r = (Role){ .head = head, .start = head, .end = head + 1, .nationality = G_MAXUINT };
	while (r->start > lo && has(tok(s, r->start - 1), NAME_WORD_ROLE_MOD))
		r->start--;
	while (r->end < hi) {
		const NameToken *t = tok(s, r->end);
		if (has(t, NAME_WORD_ROLE | NAME_WORD_ROLE_MOD) && !has(t, NAME_WORD_GIVEN))
			r->end++;
		else if (is_lower(s, r->end) && has(t, NAME_WORD_CONNECTOR) && r->end + 1 < hi &&
			 has(tok(s, r->end + 1), NAME_WORD_ROLE | NAME_WORD_ROLE_MOD))
			r->end += 2;
		else
			break;
	}
	for (guint len = 1; len <= 2 && r->start >= lo + len; len++)
		if (nationality_at(s, r->start - len, r->start) == len)
			r->nationality = r->start - len;
	r->complement_end = r->end;
	return TRUE;
}

/* TRUE when words [a,b) are only nationality adjectives. */
static gboolean only_nationality(Scanner *s, guint a, guint b)
{
	while (a < b) {
		guint len = nationality_at(s, a, b);
		if (!len)
			return FALSE;
		a += len;
	}
	return TRUE;
}

/* Records "the Japanese ambassador to the United States": a person known
 * only by an office, whom another report may name. */
static void emit_role_description(Scanner *s, const Role *r)
{
	if (r->nationality == G_MAXUINT || r->nationality == 0 || !word_is(s, r->nationality - 1, "the"))
		return;
	char *key = role_key(s, r);
	if (!key)
		return;
	NameMention *m = emit(s, NAME_KIND_UNKNOWN, r->nationality, r->complement_end, NULL,
			      NAME_MENTION_ROLE_ONLY, CONFIDENCE_CONTEXT);
	g_clear_pointer(&m->value, g_free);
	g_clear_pointer(&m->key, g_free);
	m->role_key = key;
	m->role_start = m->start;
}

/* Splits a chunk at its role: "NATO Secretary General Jens Stoltenberg"
 * gives an organisation and a titled person, "Ambassador to the US Koji
 * Tomita" a country and a person. Returns FALSE when the chunk holds no
 * role that precedes a name ("Stephen King"). */
static gboolean split_role(Scanner *s, guint lo, guint hi, guint evidence)
{
	Role r;
	if (!find_role(s, lo, hi, &r))
		return FALSE;
	guint p = r.end;
	while (p < hi && has(tok(s, p), NAME_WORD_NAME_SUFFIX))
		p++;
	if (p >= hi) {
		if (!only_nationality(s, lo, r.start))
			return FALSE;
		emit_role_description(s, &r);
		return TRUE;
	}
	p = r.end;
	if (is_lower(s, p) && has(tok(s, p), NAME_WORD_COMPLEMENT | NAME_WORD_CONNECTOR)) {
		guint c = p + 1;
		if (c < hi && is_lower(s, c) && has(tok(s, c), NAME_WORD_ARTICLE))
			c++;
		const NameGazEntry *e = NULL;
		guint len = c < hi ? gazetteer_longest(s, c, hi, &e) : 0;
		classify_plain(s, lo, r.start, 0, 0);
		if (!len) {
			classify_plain(s, c, hi, 0, 0);
			return TRUE;
		}
		emit_gazetteer(s, e, c, c + len);
		r.country = e->kind == NAME_GAZ_PLACE ? e : NULL;
		r.complement_end = c + len;
		p = c + len;
		if (p >= hi) {
			emit_role_description(s, &r);
			return TRUE;
		}
	} else {
		classify_plain(s, lo, r.start, 0, 0);
	}
	const NameGazEntry *e;
	guint words = count_name_words(s, p, hi);
	if (words == 0 || words > MAX_PERSON_WORDS || has(tok(s, hi - 1), NAME_WORD_ORG_SUFFIX) ||
	    (!has(tok(s, p), NAME_WORD_GIVEN) && gazetteer_longest(s, p, hi, &e))) {
		classify_plain(s, p, hi, evidence & EVIDENCE_AFTER, 0);
		return TRUE;
	}
	NameMention *m;
	if (has(tok(s, r.head), NAME_WORD_REGNAL) && words == 1 && r.head + 1 == p)
		m = emit(s, CR_FACT_PERSON, r.head, hi, NULL, NAME_MENTION_REGNAL, CONFIDENCE_TITLED);
	else
		m = emit(s, CR_FACT_PERSON, p, hi, NULL, 0, CONFIDENCE_TITLED);
	char *key = role_key(s, &r);
	if (key) {
		m->role_key = key;
		m->role_start = tok(s, r.nationality)->start;
	}
	return TRUE;
}

/* --- chunks -------------------------------------------------------------- */

/* Classifies the trimmed chunk [lo,hi). */
static void classify(Scanner *s, guint lo, guint hi, guint evidence, guint media_end)
{
	while (lo < hi && is_lower(s, lo) && !has(tok(s, lo), NAME_WORD_ROLE | NAME_WORD_ROLE_MOD))
		lo++;
	if (hi > lo && is_lower(s, hi - 1) && !has(tok(s, hi - 1), NAME_WORD_ROLE | NAME_WORD_ROLE_MOD))
		media_end = 0;
	while (hi > lo && is_lower(s, hi - 1) && !has(tok(s, hi - 1), NAME_WORD_ROLE | NAME_WORD_ROLE_MOD))
		hi--;
	if (lo >= hi)
		return;
	if (gazetteer_span(s, lo, hi)) {
		classify_plain(s, lo, hi, evidence, media_end);
		return;
	}
	/* Split at "and" ("Australia and New Zealand", "Stoltenberg and Prime
	 * Minister Kishida") and at "of" after a word that heads nothing ("Walsh
	 * of the International Air Transport Association"); not in "Bank of
	 * Japan", "Secretary of State" nor "Ministry of Water and Coasts". */
	gboolean in_body = FALSE;
	for (guint i = lo + 1; i + 1 < hi; i++) {
		if (!is_lower(s, i))
			continue;
		const NameToken *before = tok(s, i - 1);
		gboolean heads =
		    !name_token_is_lower(before) && has(before, NAME_WORD_ORG_HEAD | NAME_WORD_PLACE_HEAD |
								    NAME_WORD_ROLE | NAME_WORD_ROLE_MOD);
		gboolean conjunction = word_is(s, i, "and");
		gboolean split = conjunction ? !(in_body && is_name_word(tok(s, i + 1)))
					     : has(tok(s, i), NAME_WORD_COMPLEMENT) &&
						   !name_token_is_lower(before) && !heads;
		in_body |= !conjunction && heads && has(before, NAME_WORD_ORG_HEAD);
		if (!split)
			continue;
		/* the speaker of "Sorvik of Velmora University said" is Sorvik */
		guint left =
		    conjunction ? evidence & EVIDENCE_BEFORE : evidence & ~(guint)EVIDENCE_PLACE_AFTER;
		guint right = conjunction ? evidence & EVIDENCE_AFTER : evidence & EVIDENCE_PLACE_AFTER;
		classify(s, lo, i, left, 0);
		classify(s, i + 1, hi, right, media_end);
		return;
	}
	/* "Monetary Policy Board"; not "Chief Executive Officer of Halvorsen
	 * Maritime", a role and the body it serves */
	if (!s->headline && count_name_words(s, lo, hi) >= 2 && has(tok(s, hi - 1), NAME_WORD_ORG_SUFFIX) &&
	    !is_lower(s, hi - 1) && !has(tok(s, lo), NAME_WORD_ROLE)) {
		classify_plain(s, lo, hi, evidence, media_end);
		return;
	}
	if (!split_role(s, lo, hi, evidence))
		classify_plain(s, lo, hi, evidence, media_end);
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
	       !word_is(s, i, "prime"))
		i++;
	if (i >= s->n || !is_lower(s, i))
		return FALSE;
	const char *word = fold_tokens(s, i, i + 1);
	for (gsize k = 0; k < G_N_ELEMENTS(owned); k++)
		if (strcmp(word, owned[k]) == 0)
			return TRUE;
	return FALSE;
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
	if (lo > 0 && (first->flags & NAME_TOKEN_JOINED) && word_is(s, lo - 1, "the"))
		evidence |= EVIDENCE_DEFINITE;
	if (lo > 0 && (first->flags & NAME_TOKEN_JOINED) &&
	    (word_is(s, lo - 1, "in") || word_is(s, lo - 1, "near")))
		evidence |= EVIDENCE_LOCATIVE;
	if (lo > 0 && (first->flags & NAME_TOKEN_JOINED) && word_is(s, lo - 1, "at"))
		evidence |= EVIDENCE_AT;
	if ((last->flags & NAME_TOKEN_POSSESSIVE) && place_role_follows(s, hi))
		evidence |= EVIDENCE_PLACE_AFTER;
	if (hi < n && !(last->flags & NAME_TOKEN_POSSESSIVE) && (tok(s, hi)->flags & NAME_TOKEN_JOINED) &&
	    is_lower(s, hi) && has(tok(s, hi), NAME_WORD_SPEECH))
		evidence |= EVIDENCE_SPEECH_AFTER;
	if (hi < n && comma_between(s, hi - 1, hi)) {
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
		if (has(t, NAME_WORD_ORG_SUFFIX) && !word_is(s, i, "news") && !word_is(s, i, "press"))
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
	    gazetteer_longest(s, i, hi, &e))
		return TRUE;
	if (hi - i < 2 || !is_name_word(tok(s, i + 1)))
		return FALSE;
	const char *folded = fold_tokens(s, i, i + 1);
	gsize len = strlen(folded);
	return !(len > 4 && (g_str_has_suffix(folded, "ing") || g_str_has_suffix(folded, "ed") ||
			     g_str_has_suffix(folded, "ly")));
}

/* TRUE when the letters of ACRONYM appear, in order, among the capitals of
 * the name at [start,end), the first matching its first capital. */
static gboolean acronym_fits(const char *data, gsize start, gsize end, const char *acronym, gsize len)
{
	gsize a = 0;
	gboolean first = TRUE;
	for (gsize pos = start; pos < end && a < len;) {
		gunichar c = cr_text_next(data, end, &pos);
		if (!g_unichar_isupper(c))
			continue;
		if (c == (gunichar)acronym[a])
			a++;
		else if (first)
			return FALSE;
		first = FALSE;
	}
	return a == len;
}

/* After the chunk ending at word HI-1: "International Air Transport
 * Association (IATA)" makes IATA stand for the name before it. */
static void note_acronym(Scanner *s, guint hi, guint first_mention)
{
	if (hi >= s->n)
		return;
	const NameToken *t = tok(s, hi), *last = tok(s, hi - 1);
	if (!(t->flags & NAME_TOKEN_ALLCAPS) || s->data[t->end] != ')' ||
	    !memchr(s->data + last->end, '(', t->start - last->end))
		return;
	GArray *mentions = s->out->mentions;
	for (guint i = mentions->len; i-- > first_mention;) {
		NameMention *m = &g_array_index(mentions, NameMention, i);
		if (m->end != last->end || !m->value)
			continue;
		if (!acronym_fits(s->data, m->start, m->end, s->data + t->start, t->end - t->start))
			return;
		if (m->kind == NAME_KIND_UNKNOWN && m->n_words >= 2)
			m->kind = CR_FACT_ORG;
		if (m->kind != NAME_KIND_UNKNOWN)
			g_hash_table_insert(s->out->acronyms,
					    g_strndup(s->data + t->start, t->end - t->start),
					    GUINT_TO_POINTER(i + 1));
		return;
	}
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
	const NameGazEntry *e = gazetteer_span(s, lo, hi);
	if (e) {
		emit_gazetteer(s, e, lo, hi);
		return TRUE;
	}
	g_autofree char *flat = name_flat(s->data, tok(s, lo)->start, tok(s, hi - 1)->end);
	gboolean capitals = (tok(s, lo)->flags & NAME_TOKEN_ALLCAPS) != 0;
	emit(s, CR_FACT_PLACE, lo, hi, capitals ? title_case(flat) : g_strdup(flat), 0, CONFIDENCE_CONTEXT);
	return TRUE;
}

/* Trims the chunk [lo,hi), checks its first word when it opens a
 * sentence, and classifies it. */
static void finish_chunk(Scanner *s, guint lo, guint hi)
{
	guint first_mention = s->out->mentions->len;
	guint end = hi;

	g_ptr_array_set_size(s->memo, (hi - lo) * MEMO_LENGTHS);
	for (guint i = 0; i < s->memo->len; i++)
		g_ptr_array_index(s->memo, i) = (gpointer)&memo_unknown;
	s->memo_lo = lo;
	s->memo_hi = hi;
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
		while (lo < hi && (is_lower(s, lo) || is_stop(s, tok(s, lo))))
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
	guint evidence = context_evidence(s, lo, hi) | postnominal;
	/* "Kestria's prime minister", "Sorvik, an economist": sure enough */
	unsure &= !(evidence & (EVIDENCE_PLACE_AFTER | EVIDENCE_ROLE_AFTER));
	classify(s, lo, hi, evidence, end == hi ? media_extension(s, hi) : 0);
	for (guint i = first_mention; unsure && i < s->out->mentions->len; i++)
		g_array_index(s->out->mentions, NameMention, i).flags |= NAME_MENTION_UNSURE;
	note_acronym(s, end, first_mention);
	s->memo_lo = s->memo_hi = 0;
}

/* TRUE when word I, after a connector, is a name word, or "the" and one. */
static gboolean name_follows(const Scanner *s, guint i)
{
	guint n = s->n;
	if (i >= n || !is_joined(tok(s, i)))
		return FALSE;
	if (is_name_word(tok(s, i)))
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

/* TRUE when word I carries on the chunk that word I-1 is in. */
static gboolean continues_chunk(const Scanner *s, guint i)
{
	const NameToken *t = tok(s, i), *prev = tok(s, i - 1);
	if (!is_joined(t) || (prev->flags & NAME_TOKEN_POSSESSIVE))
		return FALSE;
	if (is_name_word(t))
		return !is_stop(s, t);
	if (!name_token_is_lower(t))
		return FALSE;
	if (has(t, NAME_WORD_ROLE | NAME_WORD_ROLE_MOD))
		return TRUE;
	if (has(t, NAME_WORD_CONNECTOR) && full_name_follows(s, i + 1))
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
		return !is_stop(s, t) && !has(t, NAME_WORD_NUMBER);
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
	       (k == 0 || is_joined(tok(s, k))) && !is_stop(s, tok(s, k)))
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
	judge_block(s, b);
	s->dateline_end = find_dateline(s);
}

/* Remembers the capitalised words of a prose block that do not open a
 * sentence: a sentence-opening word seen so is a name. */
static void collect_midcaps(Scanner *s)
{
	if (s->headline)
		return;
	for (guint i = 0; i < s->n; i++) {
		const NameToken *t = tok(s, i);
		if ((t->flags & NAME_TOKEN_CAP) && !(t->flags & NAME_TOKEN_SENTENCE)) {
			const char *folded = fold_tokens(s, i, i + 1);
			if (!g_hash_table_contains(s->midcaps, folded))
				g_hash_table_add(s->midcaps, g_strdup(folded));
		}
	}
}

/* TRUE when the possessive of word I belongs to a gazetteer name that
 * starts in the chunk at LO ("People's Republic of China"); the word then
 * stops being a possessive. */
static gboolean possessive_in_alias(Scanner *s, guint lo, guint i)
{
	guint n = s->n;
	for (guint a = lo; a <= i; a++) {
		const NameGazEntry *e;
		if (a + gazetteer_longest(s, a, n, &e) > i + 1) {
			g_array_index(s->tokens, NameToken, i).flags &= ~(guint32)NAME_TOKEN_POSSESSIVE;
			return TRUE;
		}
	}
	return FALSE;
}

/* TRUE when word I is a plural possessive that names a body with the
 * word after it, its last: "Fishers' Alliance", "Workers' Party" (not
 * "Japan's Ministry of Defence", a country's body). The two words then
 * make one chunk. */
static gboolean plural_possessive_in_name(Scanner *s, guint i)
{
	if (i + 1 >= s->n)
		return FALSE;
	const NameToken *t = tok(s, i), *next = tok(s, i + 1);
	const char *after = s->data + t->end;
	gsize mark = after[0] == '\'' ? 1 : memcmp(after, "\xe2\x80\x99", 3) == 0 ? 3 : 0;
	if (!mark || s->data[t->end - 1] != 's' || after[mark] != ' ' ||
	    s->data + next->start != after + mark + 1 || !is_name_word(next) ||
	    !has(next, NAME_WORD_ORG_SUFFIX) ||
	    (i + 2 < s->n && is_joined(tok(s, i + 2)) && is_name_word(tok(s, i + 2))))
		return FALSE;
	g_array_index(s->tokens, NameToken, i).flags &= ~(guint32)NAME_TOKEN_POSSESSIVE;
	g_array_index(s->tokens, NameToken, i + 1).flags |= NAME_TOKEN_JOINED;
	return TRUE;
}

/* Finds the chunks of the current block and classifies them. */
static void scan_block(Scanner *s)
{
	guint n = s->n, lo = 0;
	gboolean open = FALSE;

	for (guint i = 0; i < n; i++) {
		const NameToken *t = tok(s, i);
		if (open && !continues_chunk(s, i)) {
			finish_chunk(s, lo, i);
			open = FALSE;
		}
		if (!open && starts_chunk(s, t)) {
			lo = i;
			open = TRUE;
		}
		if (open && (t->flags & NAME_TOKEN_POSSESSIVE) && !possessive_in_alias(s, lo, i) &&
		    !plural_possessive_in_name(s, i)) {
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
static void resolve_within(NameScan *scan, const char *data, GHashTable *midcaps)
{
	GArray *mentions = scan->mentions;
	g_autoptr(NameIndex) index = name_index_new();

	for (guint i = 0; i < mentions->len; i++) {
		NameMention *m = &g_array_index(mentions, NameMention, i);
		if (!(m->flags & NAME_MENTION_UNSURE))
			continue;
		if (!g_hash_table_contains(midcaps, m->key)) {
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
			name_index_resolve_words(index, &whole, data, mentions);
			if (mentions->len > before)
				g_array_index(mentions, NameMention, i).flags |= NAME_MENTION_SPLIT;
		}
	}
}

void name_mention_clear(NameMention *m)
{
	g_free(m->value);
	g_free(m->key);
	g_free(m->role_key);
}

NameScan *name_scan_doc(const CrDoc *doc, const GArray *blocks)
{
	NameScan *scan = g_new0(NameScan, 1);
	Scanner s = {
		.data = doc->data,
		.tokens = g_array_new(FALSE, FALSE, sizeof(NameToken)),
		.midcaps = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL),
		.key = g_string_new(NULL),
		.memo = g_ptr_array_new(),
		.out = scan,
	};

	scan->mentions = g_array_new(FALSE, TRUE, sizeof(NameMention));
	g_array_set_clear_func(scan->mentions, (GDestroyNotify)name_mention_clear);
	scan->acronyms = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (guint b = 0; b < blocks->len; b++) {
		load_block(&s, &g_array_index(blocks, CrBlock, b));
		collect_midcaps(&s);
		scan_block(&s);
	}
	resolve_within(scan, doc->data, s.midcaps);
	g_array_unref(s.tokens);
	g_ptr_array_unref(s.memo);
	g_hash_table_unref(s.midcaps);
	g_string_free(s.key, TRUE);
	return scan;
}

void name_scan_free(NameScan *scan)
{
	if (!scan)
		return;
	g_array_unref(scan->mentions);
	g_hash_table_unref(scan->acronyms);
	g_free(scan);
}

/* Roles in a chunk of capitalised words: "Japanese [Prime Minister] Fumio
 * Kishida", "NATO Secretary General Jens Stoltenberg", "Ambassador to the
 * US Koji Tomita": the role is cut from the names around it, the person
 * titled, the body or country named, and an office held by one person now
 * gets a key that meets it in other reports. */
#include "name_scanner.h"

#include <string.h>

#include "crossread/text.h"
#include "english.h"

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
	scanner_gazetteer_longest(s, r->nationality, r->start, &nat);
	g_autofree char *nat_folded = name_fold(nat->canonical);
	g_string_append(key, nat_folded);
	g_string_append_c(key, '|');
	for (guint i = r->start; i < r->end; i++) {
		if (i > r->start)
			g_string_append_c(key, ' ');
		g_string_append(key, name_role_canonical(scanner_fold(s, i, i + 1)));
	}
	g_string_append_c(key, '|');
	if (r->country) {
		g_autofree char *country = name_fold(r->country->canonical);
		g_string_append(key, country);
	}
	return cr_text_steal(key);
}

/* TRUE when words [from,hi) read as a personal name by their structure:
 * two words or more, the first a given name or none a common English
 * word in lower case (wamerican): "Brian Thompson"; not "Fair", "Camp
 * Nou", "Old Trafford", "Engineer Bob Lee". */
static gboolean personal_name(Scanner *s, guint from, guint hi)
{
	if (hi < from + 2)
		return FALSE;
	if (has(tok(s, from), NAME_WORD_GIVEN))
		return TRUE;
	for (guint i = from; i < hi; i++) {
		const char *folded = scanner_fold(s, i, i + 1);
		if (cr_english_word(folded, strlen(folded)))
			return FALSE;
	}
	return TRUE;
}

/* The last word of [lo,hi) that heads a role where no role word does: a
 * qualifier in lower case after a name and before the personal name that
 * ends the chunk (personal_name(): "UnitedHealth executive Brian
 * Thompson": before a name a qualifier is the noun, as "executive" is;
 * not "the Iowa state Fair"); HI when there is none. */
static guint qualifier_head(Scanner *s, guint lo, guint hi)
{
	guint head = hi;
	while (head > lo + 1 && !is_lower(s, head - 1))
		head--;
	if (head == hi || head <= lo + 1)
		return hi;
	head--;
	return has(tok(s, head), NAME_WORD_ROLE_MOD) && !is_lower(s, lo) && personal_name(s, head + 1, hi)
		   ? head
		   : hi;
}

/* TRUE when the folded word FOLDED is the plural of a role word
 * ("secretaries", "ministers"; not "chairmen", whose plural is no "s"). */
static gboolean plural_of_role(const char *folded)
{
	gsize len = strlen(folded);
	char singular[32];
	if (len < 4 || len >= sizeof singular || folded[len - 1] != 's')
		return FALSE;
	memcpy(singular, folded, len - 1);
	singular[len - 1] = '\0';
	if (name_word_info(singular, len - 1).classes & NAME_WORD_ROLE)
		return TRUE;
	if (len < 5 || strcmp(folded + len - 3, "ies") != 0)
		return FALSE;
	strcpy(singular + len - 3, "y");
	return (name_word_info(singular, len - 2).classes & NAME_WORD_ROLE) != 0;
}

/* The word of [lo,hi) that heads a role in the plural, before a list of
 * personal names: the chunk's first word once qualifiers are passed, a
 * role word's plural followed by a personal name that ends the chunk
 * ("First Secretaries Marie Catherine Joly, ..."); HI when there is none
 * ("Kansas City Chiefs Patrick Mahomes": a name before it). */
static guint plural_head(Scanner *s, guint lo, guint hi)
{
	guint head = lo;
	while (head < hi && has(tok(s, head), NAME_WORD_ROLE_MOD))
		head++;
	if (head + 2 >= hi || is_lower(s, head) || has(tok(s, head), NAME_WORD_GIVEN) ||
	    !plural_of_role(scanner_fold(s, head, head + 1)) || !personal_name(s, head + 1, hi))
		return hi;
	return head;
}

/* Finds the role in words [lo,hi): the first role word (or a qualifier
 * that heads one, qualifier_head(), or a role in the plural,
 * plural_head()), the qualifiers before it and the role words after it
 * ("Secretary of State"). */
static gboolean find_role(Scanner *s, guint lo, guint hi, Role *r)
{
	guint head = lo;
	while (head < hi && !has(tok(s, head), NAME_WORD_ROLE))
		head++;
	if (head == hi)
		head = qualifier_head(s, lo, hi);
	if (head == hi)
		head = plural_head(s, lo, hi);
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
		if (scanner_nationality_at(s, r->start - len, r->start) == len)
			r->nationality = r->start - len;
	r->complement_end = r->end;
	return TRUE;
}

/* TRUE when words [a,b) are only nationality adjectives. */
static gboolean only_nationality(Scanner *s, guint a, guint b)
{
	while (a < b) {
		guint len = scanner_nationality_at(s, a, b);
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
	if (r->nationality == G_MAXUINT || r->nationality == 0 ||
	    !scanner_word_is(s, r->nationality - 1, "the"))
		return;
	char *key = role_key(s, r);
	if (!key)
		return;
	NameMention *m = scanner_emit(s, NAME_KIND_UNKNOWN, r->nationality, r->complement_end, NULL,
				      NAME_MENTION_ROLE_ONLY, CONFIDENCE_CONTEXT);
	m->value = m->key = NULL;
	m->role_key = name_text_keep(s->out->texts, key);
	m->role_start = m->start;
}

/* The end of the common English words (wamerican) written with capitals
 * from C on, none a given name, an acronym or the first part of a
 * hyphenated name: the rest of a role's complement that no gazetteer entry
 * holds ("Army Staff" in "Chief of Army Staff Waker-Uz-Zaman", "Affairs"
 * in "Minister of Foreign Affairs Wang Yi"). */
static guint english_complement_end(Scanner *s, guint c, guint hi)
{
	guint q = c;
	while (q < hi && !is_lower(s, q) && !has(tok(s, q), NAME_WORD_GIVEN) &&
	       !(tok(s, q)->flags & (NAME_TOKEN_ALLCAPS | NAME_TOKEN_POSSESSIVE)) &&
	       !(q + 1 < hi && (tok(s, q + 1)->flags & NAME_TOKEN_HYPHEN))) {
		const char *folded = scanner_fold(s, q, q + 1);
		if (!cr_english_word(folded, strlen(folded)))
			break;
		q++;
	}
	return q;
}

/* TRUE when a personal name of one to MAX_PERSON_WORDS words starts at Q,
 * after a complement that ends there, and fills [Q,HI); not a name the
 * gazetteer knows, which the complement's words qualify ("mayor of New
 * Taipei"). */
static gboolean name_follows(Scanner *s, guint q, guint hi)
{
	const NameGazEntry *e;
	if (q >= hi || is_lower(s, q) ||
	    (!has(tok(s, q), NAME_WORD_GIVEN) && scanner_gazetteer_longest(s, q, hi, &e)))
		return FALSE;
	guint words = count_name_words(s, q, hi);
	return words >= 1 && words <= MAX_PERSON_WORDS;
}

/* TRUE when the role R is joined by a connector ("Minister of Foreign"). */
static gboolean role_has_connector(Scanner *s, const Role *r)
{
	for (guint i = r->head + 1; i < r->end; i++)
		if (is_lower(s, i))
			return TRUE;
	return FALSE;
}

/* Splits a chunk at its role: "NATO Secretary General Jens Stoltenberg"
 * gives an organisation and a titled person, "Ambassador to the US Koji
 * Tomita" a country and a person. Returns FALSE when the chunk holds no
 * role that precedes a name ("Stephen King"). */
gboolean scanner_split_role(Scanner *s, guint lo, guint hi, guint evidence)
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
		guint len = c < hi ? scanner_gazetteer_longest(s, c, hi, &e) : 0;
		scanner_classify_plain(s, lo, r.start, 0, 0);
		if (!len) {
			p = english_complement_end(s, c, hi);
			if (p == c || !name_follows(s, p, hi)) {
				scanner_classify_plain(s, c, hi, 0, 0);
				return TRUE;
			}
			r.complement_end = p;
		} else if (e->kind == NAME_GAZ_NATIONALITY && c + len < hi) {
			/* "pope of the Roman Catholic Church": a body's name */
			scanner_classify_plain(s, c, hi, 0, 0);
			return TRUE;
		} else {
			scanner_emit_gazetteer(s, e, c, c + len);
			r.country = e->kind == NAME_GAZ_PLACE ? e : NULL;
			r.complement_end = c + len;
			p = c + len;
			if (p >= hi) {
				emit_role_description(s, &r);
				return TRUE;
			}
		}
	} else {
		scanner_classify_plain(s, lo, r.start, 0, 0);
		/* "Minister of Foreign Affairs Wang Yi": the role's complement
		 * goes on past its last role word; "the Minister of Foreign
		 * Affairs" alone names no one */
		guint q = role_has_connector(s, &r) ? english_complement_end(s, p, hi) : p;
		if (q >= hi)
			return TRUE;
		if (q > p && name_follows(s, q, hi))
			p = r.complement_end = q;
	}
	const NameGazEntry *e;
	guint words = count_name_words(s, p, hi);
	/* "Premier League": a title before a body's last word names the body,
	 * no one holds it; words after it are a name of their own ("Premier
	 * League Spurs") */
	if (r.start == lo && has(tok(s, p), NAME_WORD_ORG_SUFFIX) && !is_lower(s, p)) {
		scanner_classify_plain(s, lo, p + 1, p + 1 == hi ? evidence : evidence & ~EVIDENCE_AFTER, 0);
		if (p + 1 < hi)
			scanner_classify_plain(s, p + 1, hi, evidence & EVIDENCE_AFTER, 0);
		return TRUE;
	}
	/* "the official SEC account": one word in capitals after a role is a
	 * body's acronym, no one's name */
	gboolean acronym = words == 1 && (tok(s, p)->flags & NAME_TOKEN_ALLCAPS) && !s->shouting;
	if (words == 0 || words > MAX_PERSON_WORDS || acronym || has(tok(s, hi - 1), NAME_WORD_ORG_SUFFIX) ||
	    (!has(tok(s, p), NAME_WORD_GIVEN) && scanner_gazetteer_longest(s, p, hi, &e))) {
		scanner_classify_plain(s, p, hi, evidence & EVIDENCE_AFTER, 0);
		return TRUE;
	}
	NameMention *m;
	gboolean regnal = has(tok(s, r.head), NAME_WORD_REGNAL) && r.head + 1 == p;
	if (regnal && words == 1)
		m = scanner_emit(s, CR_FACT_PERSON, r.head, hi, NULL, NAME_MENTION_REGNAL, CONFIDENCE_TITLED);
	else if (regnal && words == 2 && hi == p + 2 && has(tok(s, p + 1), NAME_WORD_NAME_SUFFIX))
		/* "Pope Leo XIV" is "Leo XIV", a monarch or pope by number */
		m = scanner_emit(s, CR_FACT_PERSON, p, hi, NULL, NAME_MENTION_REGNAL, CONFIDENCE_TITLED);
	else
		m = scanner_emit(s, CR_FACT_PERSON, p, hi, NULL, 0, CONFIDENCE_TITLED);
	char *key = role_key(s, &r);
	if (key) {
		m->role_key = name_text_keep(s->out->texts, key);
		m->role_start = tok(s, r.nationality)->start;
	}
	return TRUE;
}

/* Resolving names against what other names establish. */
#include "name_index.h"

#include "english.h"

#include <string.h>

#include "crossread/str_table.h"
#include "crossread/text.h"
#include "name_lexicon.h"
#include "name_token.h"

/* The longest word read as an acronym written in lower case ("Tepco"). */
#define MAX_ACRONYM_WORD 6

/* The fewest letters of an acronym read as a name's initials where
 * nothing spells it out: a name of unknown kind's ("UAW"; "UN" is too
 * short to tell), or an organisation's as a report writes it. */
#define MIN_INITIALS 3

/* How sure a name resolved from a shorter form is. */
#define CONFIDENCE_ALIAS 0.85

/* The index's tables: what a key stands for in each. */
typedef enum {
	BY_LAST,	  /* folded last word of a full personal name */
	BY_FIRST,	  /* folded first word */
	ORG_FIRST,	  /* folded first word of an organisation of two words or more */
	ORG_LAST,	  /* folded last word of an organisation of two words or more */
	KNOWN,		  /* folded name */
	ACRONYMS,	  /* acronym as written */
	BY_INITIALS,	  /* the capitals of an organisation's words ("CRB") */
	UNKNOWN_INITIALS, /* the capitals of a name of unknown kind ("UAW") */
	BY_REGNAL_NAME,	  /* the folded name after a regnal title ("charles" of "King Charles III") */
	BY_REGNAL_NUMBER, /* the name before a regnal number ("charles" of "Charles III") */
} IndexTable;

/* What one key stands for in one table; ambiguous when two different
 * names share it. Its strings are those of the mention that first noted
 * it, which its scan keeps as long as it lives. A key's entries in the
 * different tables are chained (40 bytes an entry: malloc()'s chunk of
 * 48, as for the 32 bytes without the chain). */
typedef struct IndexEntry {
	int kind;
	IndexTable table;
	guint ambiguous : 1;
	/* in KNOWN: the words of the name as its value and kind were noted in
	 * the tables of organisations' or people's words (repeats note nothing new) */
	guint words_noted : 1;
	/* in ACRONYMS: another report defined it by another spelling of its name */
	guint has_variant : 1;
	const char *value;
	const char *folded;
	struct IndexEntry *next; /* the key's entry in another table */
} IndexEntry;

/* The tables in one: a key is hashed once, however many tables it is
 * looked up in (a one-word name in up to six), and once more when it is
 * noted (cr_str_table_fill(): the slot it was looked for in). */
struct NameIndex {
	CrStrTable keys;     /* key (in TEXTS, or its entry's folded name) -> its first IndexEntry, chained */
	GStringChunk *texts; /* the keys' text */
	guint n_regnal;	     /* keys in BY_REGNAL_NAME */
	gboolean variants;   /* some acronym has two spellings of one name (has_variant) */
	guint max_words;     /* the most capitalised words of a name in KNOWN */
};

static void key_entries_free(gpointer data)
{
	for (IndexEntry *e = data, *next; e; e = next) {
		next = e->next;
		g_free(e);
	}
}

/* The entry in TABLE of the key whose entries start at FIRST, or NULL. */
static IndexEntry *entry_in(const IndexEntry *first, IndexTable table)
{
	const IndexEntry *e = first;
	while (e && e->table != table)
		e = e->next;
	return (IndexEntry *)e;
}

NameIndex *name_index_new(void)
{
	NameIndex *index = g_new0(NameIndex, 1);
	cr_str_table_init(&index->keys);
	index->texts = g_string_chunk_new(4096);
	return index;
}

void name_index_free(NameIndex *index)
{
	if (!index)
		return;
	for (gsize i = 0; i < index->keys.size; i++)
		key_entries_free(index->keys.slots[i].value);
	cr_str_table_clear(&index->keys);
	g_string_chunk_free(index->texts);
	g_free(index);
}

/* The first of the entries of KEY in INDEX, or NULL. */
static const IndexEntry *entries_of(const NameIndex *index, const char *key)
{
	return cr_str_table_lookup(&index->keys, key);
}

/* The fewest bytes of the shorter of two spellings of one word of a name,
 * the other's opening ("baloch", "balochistan"). */
#define VARIANT_PREFIX 4

/* The gazetteer's entry of the folded word WORD (LEN bytes), read as if
 * written capitalised; NULL when none. */
static const NameGazEntry *gazetteer_word(const char *word, gsize len)
{
	char folded[64], written[64];
	if (len == 0 || len >= sizeof folded)
		return NULL;
	memcpy(folded, word, len);
	memcpy(written, word, len);
	folded[len] = written[len] = '\0';
	written[0] = g_ascii_toupper(written[0]);
	return name_gazetteer_lookup(folded, written, len);
}

/* TRUE when the folded word SHORT (SHORT_LEN bytes), opening LONG
 * (LONG_LEN), is LONG clipped: LONG a gazetteer place ("massachusetts"),
 * SHORT no gazetteer name and an English word in lower case ("mass"). A
 * capitalised word that is no English word names something of its own
 * ("kent" of "Kent State University", not "kentucky"), and a word opening
 * no gazetteer place is another place's name ("hill", "hillsborough";
 * "rock", "rockland"). */
static gboolean clips_place(const char *short_word, gsize short_len, const char *long_word, gsize long_len)
{
	const NameGazEntry *place = gazetteer_word(long_word, long_len);
	return place && place->kind == NAME_GAZ_PLACE && !gazetteer_word(short_word, short_len) &&
	       cr_english_word(short_word, short_len);
}

/* TRUE when folded names A and B differ in one word alone, the one's
 * spelling of VARIANT_PREFIX bytes or more opening the other's ("baloch
 * liberation army", "balochistan liberation army"; not "austrian" and
 * "australian", "commission" and "committee": two bodies). CLIPPED asks
 * more: the shorter spelling is at most half the longer, a word clipped
 * ("mass general hospital", "massachusetts general hospital"), not a
 * word and its demonym or plural ("georgia", "georgian"; "north",
 * "northern"), and a place's name clipped (clips_place()). */
static gboolean one_word_variant(const char *a, const char *b, gboolean clipped)
{
	guint differ = 0;
	for (;;) {
		gsize la = strcspn(a, " "), lb = strcspn(b, " "), shorter = MIN(la, lb);
		if ((la != lb || memcmp(a, b, la) != 0) &&
		    (++differ > 1 || shorter < VARIANT_PREFIX || memcmp(a, b, shorter) != 0 ||
		     (clipped && (shorter * 2 > MAX(la, lb) ||
				  !clips_place(la < lb ? a : b, shorter, la < lb ? b : a, MAX(la, lb))))))
			return FALSE;
		a += la;
		b += lb;
		if (*a != *b)
			return FALSE;
		if (!*a)
			return differ == 1;
		a++;
		b++;
	}
}

/* Records that KEY stands for VALUE of KIND, FOLDED once folded, in TABLE
 * of INDEX; returns KEY's entry there. An acronym two reports define by
 * two spellings of one name ("Baloch Liberation Army (BLA)", "Balochistan
 * Liberation Army (BLA)") stands for the first (name_index_variant()); so
 * do the initials of two organisations' names of three words or more, one
 * a word clipped in the other ("Mass General Hospital", "Massachusetts
 * General Hospital": "MGH"). */
static IndexEntry *note(NameIndex *index, IndexTable table, const char *key, int kind, const char *value,
			const char *folded)
{
	guint32 hash = cr_str_hash(key);
	CrStrSlot *slot = cr_str_table_slot(&index->keys, key, hash);
	IndexEntry *first = slot->value, *e = entry_in(first, table);
	if (e) {
		gboolean other = e->kind != kind || strcmp(e->folded, folded) != 0;
		if (other && e->kind == kind &&
		    ((table == ACRONYMS && one_word_variant(e->folded, folded, FALSE)) ||
		     (table == BY_INITIALS && kind == CR_FACT_ORG && strlen(key) >= MIN_INITIALS &&
		      one_word_variant(e->folded, folded, TRUE)))) {
			e->has_variant = index->variants = TRUE;
			other = FALSE;
		}
		e->ambiguous |= other;
		return e;
	}
	e = g_new0(IndexEntry, 1);
	if (first) {
		e->next = first->next;
		first->next = e;
	} else {
		/* a key that is its folded name is a mention's, kept as long */
		cr_str_table_fill(&index->keys, slot,
				  key == folded ? key : g_string_chunk_insert(index->texts, key), hash, e);
	}
	e->table = table;
	e->kind = kind;
	e->value = value;
	e->folded = folded;
	index->n_regnal += table == BY_REGNAL_NAME;
	return e;
}

/* The first (LAST false) or last word of FOLDED, a folded name. */
static char *edge_word(const char *folded, gboolean last)
{
	const char *space = last ? strrchr(folded, ' ') : strchr(folded, ' ');
	return last ? g_strdup(space ? space + 1 : folded)
		    : g_strndup(folded, space ? (gsize)(space - folded) : strlen(folded));
}

/* TRUE when the folded name FOLDED is a name and a regnal number
 * ("charles iii"), one letter too ("frederik x", "elizabeth i"): a
 * person's name is what it follows. */
static gboolean numbered(const char *folded)
{
	const char *space = strchr(folded, ' ');
	if (!space || strchr(space + 1, ' '))
		return FALSE;
	const char *number = space + 1;
	return (number[0] && !number[1] && strchr("ivx", number[0])) ||
	       name_regnal_number(number, strlen(number));
}

/* Notes the regnal mention M (FOLDED) under its name: the word after the
 * title ("charles" of "king charles"), or before the number ("leo" of
 * "leo xiv"). The titled name and the numbered one of one name are one
 * monarch's, known by the titled name ("Charles" is "King Charles" where
 * one report writes "King Charles III"). */
static void note_regnal(NameIndex *index, const NameMention *m, const char *folded)
{
	const char *space = strchr(folded, ' ');
	if (!space)
		return;
	gboolean by_number = numbered(folded);
	g_autofree char *name = edge_word(by_number ? folded : space + 1, FALSE);
	if (by_number)
		note(index, BY_REGNAL_NUMBER, name, m->kind, m->value, folded);
	IndexEntry *e = entry_in(entries_of(index, name), BY_REGNAL_NAME);
	if (e && e->kind == m->kind && numbered(e->folded) != by_number) {
		if (!by_number) {
			e->value = m->value;
			e->folded = folded;
		}
		return;
	}
	note(index, BY_REGNAL_NAME, name, m->kind, m->value, folded);
}

/* The capitals that open the words of VALUE, connectors ("of") left out:
 * "CRB" for "Corvanian Reserve Bank"; NULL for fewer than two. */
static char *initials(const char *value)
{
	GString *out = g_string_new(NULL);
	gboolean word_start = TRUE;
	for (const char *p = value; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (word_start && g_unichar_isupper(c))
			g_string_append_unichar(out, c);
		word_start = c == ' ' || c == '-';
	}
	if (out->len < 2) {
		g_string_free(out, TRUE);
		return NULL;
	}
	return cr_text_steal(out);
}

void name_index_add(NameIndex *index, const NameMention *m)
{
	if (m->kind == NAME_KIND_UNKNOWN && m->value && m->n_words >= MIN_INITIALS &&
	    m->n_words <= MAX_ACRONYM_WORD) {
		g_autofree char *caps = initials(m->value);
		if (caps && strlen(caps) == m->n_words)
			note(index, UNKNOWN_INITIALS, caps, m->kind, m->value, m->key);
	}
	if (m->kind == NAME_KIND_UNKNOWN || !m->value)
		return;
	const char *folded = m->key;
	IndexEntry *known = note(index, KNOWN, folded, m->kind, m->value, folded);
	index->max_words = MAX(index->max_words, m->n_words);
	/* what is noted below depends on the folded name, its kind and value
	 * alone, and noting it again changes nothing: most mentions repeat a
	 * name */
	gboolean as_known = known->kind == m->kind && strcmp(known->value, m->value) == 0;
	if (as_known && known->words_noted)
		return;
	gboolean noted = FALSE;
	if (m->kind == CR_FACT_ORG && m->n_words >= 2) {
		noted = TRUE;
		g_autofree char *first = edge_word(folded, FALSE);
		g_autofree char *last = edge_word(folded, TRUE);
		g_autofree char *caps = initials(m->value);
		note(index, ORG_FIRST, first, m->kind, m->value, folded);
		note(index, ORG_LAST, last, m->kind, m->value, folded);
		if (caps)
			note(index, BY_INITIALS, caps, m->kind, m->value, folded);
	}
	/* "King Charles", "Pope Francis": the one name after the title */
	/* "Frederik X" is a monarch's numbered name with no title before it */
	gboolean regnal = (m->flags & NAME_MENTION_REGNAL) || (m->n_words == 2 && numbered(folded));
	if (m->kind == CR_FACT_PERSON && regnal) {
		noted = TRUE;
		note_regnal(index, m, folded);
	}
	if (m->kind == CR_FACT_PERSON && m->n_words >= 2 && !regnal) {
		noted = TRUE;
		g_autofree char *last = edge_word(folded, TRUE);
		g_autofree char *first = edge_word(folded, FALSE);
		note(index, BY_LAST, last, m->kind, m->value, folded);
		note(index, BY_FIRST, first, m->kind, m->value, folded);
	}
	known->words_noted |= as_known && noted;
}

void name_index_add_written_initials(NameIndex *index, const NameMention *m, const char *data)
{
	gsize len = m->end - m->start;
	if (m->kind != CR_FACT_ORG || m->n_words < MIN_INITIALS || !m->value ||
	    (strlen(m->value) == len && memcmp(data + m->start, m->value, len) == 0))
		return;
	g_autofree char *written = cr_text_flat(data, m->start, m->end);
	g_autofree char *caps = initials(written);
	if (!caps || strlen(caps) < MIN_INITIALS)
		return;
	g_autofree char *value_caps = initials(m->value);
	if (value_caps && strcmp(caps, value_caps) != 0)
		note(index, BY_INITIALS, caps, m->kind, m->value, m->key);
}

void name_index_add_acronyms(NameIndex *index, const NameScan *scan)
{
	GHashTableIter it;
	gpointer key, value;

	g_hash_table_iter_init(&it, scan->acronyms);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		const NameMention *m =
		    &g_array_index(scan->mentions, NameMention, GPOINTER_TO_UINT(value) - 1);
		if (m->kind != NAME_KIND_UNKNOWN && m->value)
			note(index, ACRONYMS, key, m->kind, m->value, m->key);
	}
}

/* The entry of a key (its entries from FIRST, or NULL) in TABLE when it
 * is not ambiguous; *AMBIGUOUS tells. */
static const IndexEntry *find(const IndexEntry *first, IndexTable table, gboolean *ambiguous)
{
	const IndexEntry *e = entry_in(first, table);
	if (e && e->ambiguous) {
		*ambiguous = TRUE;
		return NULL;
	}
	return e;
}

/* Makes M stand for E's name. */
static void take(NameMention *m, const IndexEntry *e)
{
	m->value = e->value;
	m->key = e->folded;
	m->kind = e->kind;
	m->flags |= NAME_MENTION_ALIAS;
	m->confidence = MIN(m->confidence, CONFIDENCE_ALIAS);
}

/* The entries of the folded name of a mention, looked up once, when first
 * asked for. */
typedef struct {
	const NameIndex *index;
	const char *folded;
	gboolean looked_up;
	const IndexEntry *entries;
} FoldedEntries;

static const IndexEntry *folded_entries(FoldedEntries *f)
{
	if (!f->looked_up) {
		f->entries = entries_of(f->index, f->folded);
		f->looked_up = TRUE;
	}
	return f->entries;
}

gboolean name_index_resolve(const NameIndex *index, NameMention *m)
{
	if (!m->value || (m->flags & (NAME_MENTION_ROLE_ONLY | NAME_MENTION_REGNAL | NAME_MENTION_ALIAS)))
		return FALSE;
	const char *folded = m->key;
	FoldedEntries of_folded = { index, folded, FALSE, NULL };
	gboolean ambiguous = FALSE;
	/* the place a facility is named for, where a report names it */
	if (m->flags & NAME_MENTION_FACILITY) {
		const IndexEntry *place = find(folded_entries(&of_folded), KNOWN, &ambiguous);
		if (!place || place->kind != CR_FACT_PLACE)
			return FALSE;
		m->value = place->value;
		m->kind = place->kind;
		return TRUE;
	}

	if (m->n_words == 1 && (m->kind == CR_FACT_PERSON || m->kind == NAME_KIND_UNKNOWN) &&
	    !(m->flags & (NAME_MENTION_GAZETTEER | NAME_MENTION_ACRONYM))) {
		const IndexEntry *k = folded_entries(&of_folded);
		const IndexEntry *full = find(k, BY_LAST, &ambiguous);
		/* "Halvorsen" ends "Erik Halvorsen" and opens "Halvorsen Maritime" */
		ambiguous |= full && entry_in(k, ORG_FIRST);
		gboolean speaker = m->kind == CR_FACT_PERSON || (m->flags & NAME_MENTION_SPEAKER);
		if (!full && !ambiguous && speaker && !(name_word_classes(folded) & NAME_WORD_GIVEN))
			full = find(k, BY_FIRST, &ambiguous);
		/* "Charles" where a report writes "King Charles": a monarch or a
		 * royal is known by the name after the title, when no one else
		 * bears it */
		if (!full && !ambiguous && index->n_regnal) {
			gboolean royals = FALSE;
			const IndexEntry *royal = find(k, BY_REGNAL_NAME, &royals);
			if ((royal || royals) && !entry_in(k, BY_FIRST)) {
				full = royal;
				ambiguous = royals;
			}
		}
		if (ambiguous) {
			m->kind = NAME_KIND_UNKNOWN;
			return FALSE;
		}
		if (full) {
			take(m, full);
			return TRUE;
		}
	}
	/* "the Committee" for the one "Open Market Committee" */
	if (m->n_words == 1 && (m->kind == NAME_KIND_UNKNOWN || m->kind == CR_FACT_ORG) &&
	    !(m->flags & (NAME_MENTION_GAZETTEER | NAME_MENTION_ACRONYM | NAME_MENTION_UNSURE)) &&
	    (name_word_classes(folded) & (NAME_WORD_ORG_SUFFIX | NAME_WORD_ORG_HEAD))) {
		const IndexEntry *body = find(folded_entries(&of_folded), ORG_LAST, &ambiguous);
		if (body) {
			take(m, body);
			return TRUE;
		}
	}
	const IndexEntry *e = NULL;
	if ((m->flags & NAME_MENTION_ACRONYM) && !(m->flags & NAME_MENTION_GAZETTEER)) {
		const IndexEntry *k = entries_of(index, m->value);
		e = find(k, ACRONYMS, &ambiguous);
		/* "The CRB also lowered": the one organisation of those initials */
		if (!e && !ambiguous)
			e = find(k, BY_INITIALS, &ambiguous);
		/* "UAW" where reports write only "United Auto Workers", a name
		 * nothing types: the one such name of those initials */
		if (!e && !ambiguous)
			e = find(k, UNKNOWN_INITIALS, &ambiguous);
	}
	/* "Tepco" where a report defines "(TEPCO)": an acronym written as a
	 * word, when that word is no English word */
	if (!e && !ambiguous && m->n_words == 1 && m->kind == NAME_KIND_UNKNOWN &&
	    !(m->flags & (NAME_MENTION_ACRONYM | NAME_MENTION_GAZETTEER)) && strlen(m->value) >= 3 &&
	    strlen(m->value) <= MAX_ACRONYM_WORD) {
		g_autofree char *upper = g_ascii_strup(m->value, -1);
		e = find(entries_of(index, upper), ACRONYMS, &ambiguous);
		if (e && cr_english_word(folded, strlen(folded)))
			e = NULL;
	}
	if (e) {
		take(m, e);
		return TRUE;
	}
	if (m->kind != NAME_KIND_UNKNOWN)
		return FALSE;
	e = find(folded_entries(&of_folded), KNOWN, &ambiguous);
	if (!e)
		return FALSE;
	/* the same name, as the index spells it ("Cupertino" for "CUPERTINO") */
	m->value = e->value;
	m->kind = e->kind;
	return TRUE;
}

/* A mention of words [a,b) of TOKENS, of unknown kind, like M; its value
 * and key are in VALUE and KEY, not yet kept anywhere. */
static NameMention sub_mention(const NameMention *m, const char *data, const GArray *tokens, guint a, guint b,
			       char **value, char **key)
{
	const NameToken *first = &g_array_index(tokens, NameToken, a),
			*last = &g_array_index(tokens, NameToken, b - 1);
	NameMention sub = {
		.start = first->start,
		.end = last->end,
		.kind = NAME_KIND_UNKNOWN,
		.flags = m->flags & NAME_MENTION_HEADLINE,
		.confidence = m->confidence,
	};
	*value = cr_text_flat(data, first->start, last->end);
	*key = name_fold(*value);
	sub.value = *value;
	sub.key = *key;
	for (guint i = a; i < b; i++)
		sub.n_words += !name_token_is_lower(&g_array_index(tokens, NameToken, i));
	if (sub.n_words >= 2) {
		name_key_body(*key);
	}
	return sub;
}

gboolean name_index_knows_ends(const NameIndex *index, const NameMention *m)
{
	const char *space = m->key ? strchr(m->key, ' ') : NULL;
	if (!space || !entries_of(index, strrchr(m->key, ' ') + 1))
		return FALSE;
	char first[64];
	gsize len = (gsize)(space - m->key);
	if (len >= sizeof first)
		return TRUE;
	memcpy(first, m->key, len);
	first[len] = '\0';
	return entries_of(index, first) != NULL;
}

void name_index_resolve_words(const NameIndex *index, const NameMention *m, const char *data, GArray *out,
			      GStringChunk *texts)
{
	g_autoptr(GArray) tokens = g_array_new(FALSE, FALSE, sizeof(NameToken));
	g_autoptr(GString) scratch = g_string_new(NULL);

	name_tokenize(data, m->start, m->end, tokens, scratch);
	for (guint a = 0; a < tokens->len;) {
		/* no run of more capitalised words than the longest known name
		 * can be one: a headline of N such words costs N runs, not N^2 */
		guint words = 0, end = a;
		while (end < tokens->len &&
		       words + !name_token_is_lower(&g_array_index(tokens, NameToken, end)) <=
			   MAX(index->max_words, 1))
			words += !name_token_is_lower(&g_array_index(tokens, NameToken, end++));
		guint next = a + 1;
		for (guint b = end; b > a; b--) {
			if (name_token_is_lower(&g_array_index(tokens, NameToken, a)) ||
			    name_token_is_lower(&g_array_index(tokens, NameToken, b - 1)) ||
			    (a == 0 && b == tokens->len))
				continue;
			g_autofree char *value = NULL, *key = NULL;
			NameMention sub = sub_mention(m, data, tokens, a, b, &value, &key);
			if (name_index_resolve(index, &sub) && sub.kind != NAME_KIND_UNKNOWN) {
				if (sub.value == value)
					sub.value = g_string_chunk_insert(texts, value);
				if (sub.key == key)
					sub.key = g_string_chunk_insert(texts, key);
				g_array_append_val(out, sub);
				next = b;
				break;
			}
		}
		a = next;
	}
}

const char *name_index_royal(const NameIndex *index, const char *key, const char **value)
{
	const char *space = strchr(key, ' ');
	if (!index->n_regnal || !space || strchr(space + 1, ' '))
		return NULL;
	/* the name before the number, or the title before the name */
	g_autofree char *first = g_strndup(key, (gsize)(space - key));
	gboolean by_number = numbered(key);
	if (!by_number && !(name_word_classes(first) & NAME_WORD_REGNAL))
		return NULL;
	const IndexEntry *k = entries_of(index, by_number ? first : space + 1);
	gboolean ambiguous = FALSE;
	const IndexEntry *royal = find(k, BY_REGNAL_NAME, &ambiguous);
	const IndexEntry *number = find(k, BY_REGNAL_NUMBER, &ambiguous);
	if (!royal || ambiguous || royal->kind != CR_FACT_PERSON || strcmp(royal->folded, key) == 0)
		return NULL;
	/* "Frederik XI" is not the "King Frederik" that "Frederik X" is */
	if (by_number && number && strcmp(number->folded, key) != 0)
		return NULL;
	*value = royal->value;
	return royal->folded;
}

void name_index_refuse_variants(NameIndex *index, const NameScan *scan)
{
	if (!index->variants)
		return;
	/* an initials' entry -> what SCAN writes of it: 1 its first spelling, 2 a clipped one */
	g_autoptr(GHashTable) written = g_hash_table_new(NULL, NULL);
	for (guint i = 0; i < scan->mentions->len; i++) {
		const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
		if (m->kind != CR_FACT_ORG || !m->value || !m->key || !strchr(m->key, ' '))
			continue;
		g_autofree char *caps = initials(m->value);
		IndexEntry *e = caps ? entry_in(entries_of(index, caps), BY_INITIALS) : NULL;
		if (!e || !e->has_variant)
			continue;
		guint spelling = strcmp(e->folded, m->key) == 0		     ? 1
				 : one_word_variant(e->folded, m->key, TRUE) ? 2
									     : 0;
		spelling |= GPOINTER_TO_UINT(g_hash_table_lookup(written, e));
		g_hash_table_insert(written, e, GUINT_TO_POINTER(spelling));
		if (spelling == 3) {
			e->has_variant = FALSE;
			e->ambiguous = TRUE;
		}
	}
}

gboolean name_index_variant(const NameIndex *index, const char *value, const char *key,
			    const char **variant_value, const char **variant_key)
{
	if (!index->variants || !value || !key || !strchr(key, ' '))
		return FALSE;
	g_autofree char *caps = initials(value);
	gboolean ambiguous = FALSE;
	const IndexEntry *k = caps ? entries_of(index, caps) : NULL;
	const IndexEntry *e = find(k, ACRONYMS, &ambiguous);
	gboolean clipped = FALSE;
	if ((!e || !e->has_variant) && !ambiguous) {
		e = find(k, BY_INITIALS, &ambiguous);
		clipped = TRUE;
	}
	if (!e || !e->has_variant || e->kind != CR_FACT_ORG || strcmp(e->folded, key) == 0 ||
	    !one_word_variant(e->folded, key, clipped))
		return FALSE;
	*variant_value = e->value;
	*variant_key = e->folded;
	return TRUE;
}

/* A name of one word that reports also write after a capitalised common
 * English word, one report writing both ("Hurricane Milton" and
 * "Milton", "Mount Marapi" and "Marapi", "Midtown Manhattan" and
 * "Manhattan"): the reports shorten the longer name to its last word, and
 * the word alone takes it, so that reports writing either meet (stop 39,
 * branch engine52). */
#include "name_qualified.h"

#include <string.h>

#include "crossread/fact.h"
#include "bit_filter.h"
#include "english.h"
#include "name_lexicon.h"

/* What one folded word names, alone or after a qualifier. */
typedef struct {
	guint qualified;		  /* the first fact of the longer name */
	guint alone_docs, qualified_docs; /* masks of the reports writing each */
	gboolean refused;		  /* two longer names, a person or a town of the word */
	/* the qualifier names a feature ("Lake", "Mount") or an event
	 * ("Hurricane"), no part of a place ("Midtown"): a town of the word
	 * alone is another thing */
	gboolean feature, event;
} Word;

/* TRUE when the folded word W (LEN bytes) may qualify a name after it in
 * a name of KIND: a common English word ("hurricane", "mount", "midtown",
 * "northern") that is no given name, role, nationality, number or date,
 * and no compass point, which names a place of its own with the name
 * ("West Virginia", "South Sudan"; an adjective of one, "Northern",
 * qualifies). A body's name is a body named with the place ("Green
 * Santera", a party) unless the word names an event or a place's kind
 * ("Hurricane Milton", "Mount Marapi"). */
static gboolean qualifier(const char *w, gsize len, CrFactKind kind)
{
	if (len < 3 || !cr_english_word(w, len))
		return FALSE;
	guint32 classes = name_word_info(w, len).classes;
	if (classes & (NAME_WORD_STOP | NAME_WORD_ARTICLE | NAME_WORD_GIVEN | NAME_WORD_ROLE |
		       NAME_WORD_ROLE_MOD | NAME_WORD_REGNAL | NAME_WORD_NATIONALITY | NAME_WORD_NUMBER |
		       NAME_WORD_DATE | NAME_WORD_NOT_CURRENT))
		return FALSE;
	if (kind == CR_FACT_ORG && !(classes & (NAME_WORD_EVENT | NAME_WORD_PLACE_PREFIX)))
		return FALSE;
	return !(classes & NAME_WORD_DIRECTION) || memcmp(w + len - 3, "ern", 3) == 0;
}

/* TRUE when fact F, a place or a body whose folded key has one word or
 * two (TWO), is written so, opening with a capital. */
static inline gboolean written_of_words(const CrFact *f, gboolean two)
{
	if ((f->kind != CR_FACT_PLACE && f->kind != CR_FACT_ORG) || !f->text || !g_ascii_isupper(f->text[0]))
		return FALSE;
	const char *space = strchr(f->text, ' ');
	return two ? space && !strchr(space + 1, ' ') : !space;
}

/* The folded word after the qualifier of fact F, a name of two words,
 * when the first qualifies the second (qualifier()) and the second,
 * capitalised, may be a name shortened from the two: no English word and
 * no gazetteer name ("Sudan" of "Port Sudan"); NULL otherwise. */
static const char *qualified_word(const CrFact *f)
{
	const char *space = strchr(f->key, ' ');
	if (!written_of_words(f, TRUE))
		return NULL;
	const char *word = space + 1, *second = strchr(f->text, ' ') + 1;
	if (!g_ascii_isupper(second[0]) || !qualifier(f->key, (gsize)(space - f->key), (CrFactKind)f->kind) ||
	    cr_english_word(word, strlen(word)) || name_gazetteer_find(second, strlen(second)))
		return NULL;
	return word;
}

/* The filter of the words after a qualifier: 1 << WORD_ORDER bits. */
#define WORD_ORDER 16

/* The key in that filter of the folded word WORD of LEN bytes: its first
 * two bytes, its last and its length, so that a fact of one word is looked
 * up only when some qualified name may end with it. */
static inline guint32 word_key(const char *word, gsize len)
{
	return (guint32)(guchar)word[0] | (guint32)(guchar)word[1] << 8 |
	       (guint32)(guchar)word[len - 1] << 16 | (guint32)len << 24;
}

/* The Word in *WORDS (made with *BITS when NULL) of the word after the
 * qualifier of fact I of FACTS (qualified_word()), noted; NULL when it has
 * none. A second qualified name of the word refuses it. */
static Word *note_qualified(GHashTable **words, guint64 **bits, const GArray *facts, guint i)
{
	const CrFact *f = &g_array_index(facts, CrFact, i);
	const char *word = qualified_word(f);
	if (!word)
		return NULL;
	if (!*words) {
		*words = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
		*bits = g_new0(guint64, BIT_FILTER_WORDS(WORD_ORDER));
	}
	Word *w = g_hash_table_lookup(*words, word);
	if (!w) {
		w = g_new0(Word, 1);
		w->qualified = i;
		guint32 classes = name_word_info(f->key, (gsize)(strchr(f->key, ' ') - f->key)).classes;
		w->feature = (classes & NAME_WORD_PLACE_PREFIX) != 0;
		w->event = (classes & NAME_WORD_EVENT) != 0;
		g_hash_table_insert(*words, (gpointer)word, w);
		bit_filter_add(*bits, WORD_ORDER, word_key(word, strlen(word)));
	} else if (strcmp(g_array_index(facts, CrFact, w->qualified).key, f->key) != 0) {
		w->refused = TRUE;
	}
	return w;
}

/* The word before fact F of DOC, as written, into BEFORE (32 bytes) when it
 * is all letters and shorter; its length, or 0. */
static gsize word_before(const CrDoc *doc, const CrFact *f, char *before)
{
	const char *data = doc->data;
	gsize end = f->start;
	while (end > doc->text_start && g_ascii_isspace(data[end - 1]))
		end--;
	gsize start = end;
	while (start > doc->text_start && end - start < 31 && g_ascii_isalpha(data[start - 1]))
		start--;
	if (start == end || (start > doc->text_start && g_ascii_isalpha(data[start - 1])))
		return 0;
	for (gsize k = start; k < end; k++)
		before[k - start] = data[k];
	before[end - start] = '\0';
	return end - start;
}

/* TRUE when fact F of DOC, a word alone, is written as a town: followed
 * by a comma and a gazetteer place, its region ("the town of Helene,
 * Georgia"), or, when IN_TOO, after "in" or "into" ("In Como, the mayor
 * ...", "troops into Sinai"): a feature's name shortened is no place
 * things are in ("on Marapi"), an event's may be ("water in Milton"). */
static gboolean written_as_town(const CrDoc *doc, const CrFact *f, gboolean in_too)
{
	const char *data = doc->data;
	gsize at = f->end;
	if (data[at] == ',' && data[at + 1] == ' ' && g_ascii_isupper(data[at + 2])) {
		gsize start = at + 2, end = start, ends[2] = { 0, 0 };
		for (guint n = 0; n < 2 && g_ascii_isupper(data[end]); n++) {
			while (g_ascii_isalpha(data[end]))
				end++;
			ends[n] = end;
			if (data[end] != ' ')
				break;
			end++;
		}
		for (guint n = 2; n-- > 0;) {
			const NameGazEntry *e =
			    ends[n] ? name_gazetteer_find(data + start, ends[n] - start) : NULL;
			if (e && e->kind == NAME_GAZ_PLACE)
				return TRUE;
		}
	}
	if (!in_too)
		return FALSE;
	char before[32];
	gsize len = word_before(doc, f, before);
	return (len == 2 && g_ascii_strcasecmp(before, "in") == 0) ||
	       (len == 4 && g_ascii_strcasecmp(before, "into") == 0);
}

/* TRUE when fact F of DOC, a word alone, is written after a role in lower
 * case ("Union leader Talbot said"): a person the extractor took for a
 * place, who is no feature's or event's name ("Port Talbot"). */
static gboolean written_after_role(const CrDoc *doc, const CrFact *f)
{
	char before[32];
	return word_before(doc, f, before) && g_ascii_islower(before[0]) &&
	       (name_word_classes(before) & (NAME_WORD_ROLE | NAME_WORD_OFFICE));
}

/* Slots of the memo of the two-word names already judged: a name repeats
 * (a place's name of two words is 1 of 10 facts, of 60 names, in 8
 * generated reports). */
#define QUALIFIED_MEMO 1024

GArray *name_join_qualified(CrDoc *const *docs, GArray *facts)
{
	/* the words after a qualifier (borrowed from the keys of the facts
	 * of two words, which are not renamed) -> Word, and the bits of
	 * word_key() they set */
	g_autoptr(GHashTable) words = NULL;
	g_autofree guint64 *bits = NULL;
	/* the facts of one word (a place, a body or a person), no more than
	 * FACTS has */
	GArray *single_facts = g_array_sized_new(FALSE, FALSE, sizeof(guint), facts->len);
	g_array_set_size(single_facts, facts->len);
	guint *singles = (guint *)(void *)single_facts->data;
	guint n_singles = 0;
	struct {
		const char *key; /* a fact's key (borrowed) */
		Word *word;	 /* what note_qualified() said of it */
	} memo[QUALIFIED_MEMO] = { { 0 } };
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if ((f->kind != CR_FACT_PLACE && f->kind != CR_FACT_ORG && f->kind != CR_FACT_PERSON) ||
		    !f->key || !f->key[0] || !f->key[1])
			continue;
		const char *space = strchr(f->key, ' ');
		if (!space) {
			singles[n_singles++] = i;
			continue;
		}
		if (f->kind == CR_FACT_PERSON || strchr(space + 1, ' '))
			continue;
		gsize second_len = strlen(space + 1);
		guint slot = ((guint)(guchar)f->key[0] * 31u + (guint)(guchar)space[1] * 7u +
			      (guint)(guchar)space[second_len] * 3u + (guint)(space - f->key) +
			      (guint)second_len * 11u) %
			     QUALIFIED_MEMO;
		if (memo[slot].key != f->key && (!memo[slot].key || strcmp(memo[slot].key, f->key) != 0)) {
			memo[slot].key = f->key;
			memo[slot].word = note_qualified(&words, &bits, facts, i);
		}
		if (memo[slot].word)
			memo[slot].word->qualified_docs |= 1u << f->doc;
	}
	g_array_set_size(single_facts, n_singles);
	if (!words)
		return single_facts;
	/* the reports writing each word alone (the facts kept: few); a person
	 * of the word refuses it */
	g_autoptr(GArray) alone = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint k = 0; k < n_singles; k++) {
		guint i = singles[k];
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (!bit_filter_may_have(bits, WORD_ORDER, word_key(f->key, strlen(f->key))))
			continue;
		Word *w = g_hash_table_lookup(words, f->key);
		if (!w)
			continue;
		if (f->kind == CR_FACT_PERSON) {
			w->refused = TRUE;
		} else if ((w->feature || w->event) && (written_as_town(docs[f->doc], f, w->feature) ||
							written_after_role(docs[f->doc], f))) {
			w->refused = TRUE;
		} else if (written_of_words(f, FALSE)) {
			w->alone_docs |= 1u << f->doc;
			g_array_append_val(alone, i);
		}
	}
	/* a word some report writes both alone and qualified takes the
	 * qualified name: facts are renamed once every word is judged */
	for (guint k = 0; k < alone->len; k++) {
		CrFact *f = &g_array_index(facts, CrFact, g_array_index(alone, guint, k));
		const Word *w = g_hash_table_lookup(words, f->key);
		if (w->refused || !(w->alone_docs & w->qualified_docs))
			continue;
		const CrFact *q = &g_array_index(facts, CrFact, w->qualified);
		f->kind = q->kind;
		cr_fact_rename(f, q->value, q->key);
		f->flags |= CR_FACT_ALIAS;
	}
	return single_facts;
}

/* What one folded word names before a head word ("Hilton" of "Hilton
 * Hotel"), alone after "the" or headed. */
typedef struct {
	guint headed;		       /* the first fact of the longer name */
	guint alone_docs, headed_docs; /* masks of the reports writing each */
	gboolean after_the;	       /* the longer name written after "the" */
	gboolean refused;	       /* two longer names of the word */
} Headed;

/* The folded first word of fact F, a place's or a body's name of two
 * capitalised words whose second is a common English word and whose first
 * is no English word, no gazetteer name and no given name, role,
 * nationality, number, date nor compass point ("Hilton" of "Hilton
 * Hotel", "Rockefeller" of "Rockefeller Center"; not "Paris" of "Paris
 * Hilton", "West" of "West Point"), into WORD (32 bytes); its length or
 * 0. */
static gsize headed_word(const CrFact *f, char *word)
{
	if (!written_of_words(f, TRUE))
		return 0;
	const char *second = strchr(f->text, ' ') + 1;
	gsize len = (gsize)(second - 1 - f->text), second_len = strlen(second);
	if (len < 3 || len > 31 || second_len < 3 || second_len > 31 || !g_ascii_isupper(second[0]))
		return 0;
	char head[32];
	for (gsize k = 0; k < len; k++) {
		if (!g_ascii_isalpha(f->text[k]))
			return 0;
		word[k] = g_ascii_tolower(f->text[k]);
	}
	word[len] = '\0';
	for (gsize k = 0; k < second_len; k++)
		head[k] = g_ascii_tolower(second[k]);
	if (!cr_english_word(head, second_len) || cr_english_word(word, len) ||
	    (name_word_info(head, second_len).classes & (NAME_WORD_PLACE_SUFFIX | NAME_WORD_FEATURE)) ||
	    name_gazetteer_find(f->text, len))
		return 0;
	return (name_word_info(word, len).classes &
		(NAME_WORD_STOP | NAME_WORD_ARTICLE | NAME_WORD_GIVEN | NAME_WORD_ROLE | NAME_WORD_ROLE_MOD |
		 NAME_WORD_REGNAL | NAME_WORD_NATIONALITY | NAME_WORD_NUMBER | NAME_WORD_DATE |
		 NAME_WORD_DIRECTION | NAME_WORD_NOT_CURRENT))
		   ? 0
		   : len;
}

/* TRUE when fact F of DOC is followed by a word in lower case that is no
 * function word: the name qualifies it ("the Maui wildfires", "the
 * Baltimore bridge"), no building's name shortened ("the Hilton on Sixth
 * Avenue"). */
static gboolean modifies_word_after(const CrDoc *doc, const CrFact *f)
{
	const char *data = doc->data;
	gsize at = f->end, len = 0;
	if (at + 1 >= doc->len || data[at] != ' ' || !g_ascii_islower(data[at + 1]))
		return FALSE;
	char word[32];
	while (len < sizeof word - 1 && at + 1 + len < doc->len && g_ascii_isalpha(data[at + 1 + len])) {
		word[len] = data[at + 1 + len];
		len++;
	}
	word[len] = '\0';
	return !(name_word_classes(word) & (NAME_WORD_STOP | NAME_WORD_COMPLEMENT | NAME_WORD_CONNECTOR));
}

/* TRUE when fact F of DOC is written right after "the" ("near the
 * Hilton"): a building or a body, no person. */
static gboolean written_after_the(const CrDoc *doc, const CrFact *f)
{
	const char *data = doc->data;
	gsize at = f->start;
	return at >= doc->text_start + 4 && data[at - 1] == ' ' && (data[at - 4] | 0x20) == 't' &&
	       data[at - 3] == 'h' && data[at - 2] == 'e' &&
	       (at == doc->text_start + 4 || !g_ascii_isalpha(data[at - 5]));
}

/* The filter of the words alone after "the": 1 << HEADED_ORDER bits. */
#define HEADED_ORDER 8

/* The key in that filter of a folded word: its first byte FIRST and its
 * length LEN. */
static inline guint32 headed_key(char first, gsize len)
{
	return (guint32)(guchar)first | (guint32)len << 8;
}

void name_join_headed(CrDoc *const *docs, GArray *facts, const GArray *singles)
{
	/* the words alone after "the" first (few: a byte test a fact), so
	 * that the longer names are judged only for those words */
	g_autoptr(GArray) alone = NULL;
	guint64 bits[BIT_FILTER_WORDS(HEADED_ORDER)] = { 0 };
	for (guint k = 0; k < singles->len; k++) {
		guint i = g_array_index(singles, guint, k);
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if ((f->kind != CR_FACT_PLACE && f->kind != CR_FACT_ORG) ||
		    !written_after_the(docs[f->doc], f) || !written_of_words(f, FALSE) ||
		    strchr(f->key, ' ') || modifies_word_after(docs[f->doc], f))
			continue;
		if (!alone)
			alone = g_array_new(FALSE, FALSE, sizeof(guint));
		g_array_append_val(alone, i);
		bit_filter_add(bits, HEADED_ORDER, headed_key(f->key[0], strlen(f->key)));
	}
	if (!alone)
		return;
	g_autoptr(GHashTable) words = NULL; /* folded first word (owned) -> Headed */
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if ((f->kind != CR_FACT_PLACE && f->kind != CR_FACT_ORG) || !f->key || !f->text)
			continue;
		const char *space = strchr(f->text, ' ');
		if (!space || space - f->text < 3) /* the first word's bit, before any other test */
			continue;
		guint32 key = headed_key(g_ascii_tolower(f->text[0]), (gsize)(space - f->text));
		char word[32];
		if (!bit_filter_may_have(bits, HEADED_ORDER, key) || !strchr(f->key, ' ') ||
		    !headed_word(f, word))
			continue;
		if (!words)
			words = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
		Headed *h = g_hash_table_lookup(words, word);
		if (!h) {
			h = g_new0(Headed, 1);
			h->headed = i;
			g_hash_table_insert(words, g_strdup(word), h);
		} else if (strcmp(g_array_index(facts, CrFact, h->headed).key, f->key) != 0) {
			h->refused = TRUE;
		}
		h->headed_docs |= 1u << f->doc;
		h->after_the |= written_after_the(docs[f->doc], f);
	}
	if (!words)
		return;
	for (guint k = 0; k < alone->len; k++) {
		const CrFact *f = &g_array_index(facts, CrFact, g_array_index(alone, guint, k));
		Headed *h = g_hash_table_lookup(words, f->key);
		if (h)
			h->alone_docs |= 1u << f->doc;
	}
	for (guint k = 0; k < alone->len; k++) {
		CrFact *f = &g_array_index(facts, CrFact, g_array_index(alone, guint, k));
		const Headed *h = g_hash_table_lookup(words, f->key);
		if (!h || h->refused || !h->after_the || !(h->alone_docs & h->headed_docs))
			continue;
		const CrFact *q = &g_array_index(facts, CrFact, h->headed);
		f->kind = q->kind;
		cr_fact_rename(f, q->value, q->key);
		f->flags |= CR_FACT_ALIAS;
	}
}

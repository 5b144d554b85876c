/* Names of unknown kind that end one longer name, or begin it before
 * designators only: "World Cup" where another report writes "Cricket World
 * Cup", "South Jeolla" where others write the place "South Jeolla
 * Province", and no other longer name holds them (English names keep their
 * head last: "New York" is not "New York Times"); a double-barrelled
 * surname alone is the person's ("Bankman-Fried"). One word that is no
 * English word opens a company's name of two alone: "Halden" for "Halden
 * Group". Reports shorten a name
 * they have no word for the kind of as they shorten organisations'
 * (extract_name.c's unify_org_names()); the shorter form takes the longer
 * name and its kind, so that reports writing either meet. And the other
 * way round: a name other reports write alone that opens a longer name of
 * a thing ("Army" of "Army Black Hawk") is named there too
 * (name_open_known_words()); and a place's name that leaves words of one
 * longer place's name out is that place ("Reagan National Airport",
 * name_fill_left_out_words()). */
#include "name_runs.h"

#include <string.h>

#include "crossread/str_table.h"
#include "crossread/text.h"
#include "english.h"
#include "name_lexicon.h"
#include "name_recurring.h"
#include "name_token.h"

/* How sure a shorter form of a place or an organisation is. */
#define CONFIDENCE_SHORTER 0.6

/* A name of two words or more: its value and kind (NAME_KIND_UNKNOWN, a
 * place or an organisation). */
typedef struct {
	const char *value;
	int kind;
} Name;

/* A longer name and its canonical value and kind (borrowed from the names
 * table). */
typedef struct {
	const char *key;
	const Name *name;
	gboolean ambiguous; /* two longer names that do not hold each other hold the run */
} Longer;

/* TRUE when mention M is a name of unknown kind of two words or more in
 * article text, written as itself. */
static gboolean open_name(const NameMention *m)
{
	return m->kind == NAME_KIND_UNKNOWN && m->key && m->value && m->n_words >= 2 &&
	       !(m->flags & (NAME_MENTION_HEADLINE | NAME_MENTION_ALIAS | NAME_MENTION_ROLE_ONLY |
			     NAME_MENTION_SPLIT | NAME_MENTION_UNSURE));
}

/* TRUE when mention M is one word of unknown kind in article text: the
 * first word of a company's name, written alone ("Halden" for "Halden
 * Group"), may stand for it when it is no English word. */
static gboolean open_single(const NameMention *m)
{
	return m->kind == NAME_KIND_UNKNOWN && m->key && m->value && m->n_words == 1 &&
	       !(m->flags & (NAME_MENTION_HEADLINE | NAME_MENTION_ALIAS | NAME_MENTION_ROLE_ONLY |
			     NAME_MENTION_SPLIT | NAME_MENTION_UNSURE | NAME_MENTION_ACRONYM));
}

/* The classes of the second word of the folded name KEY when KEY is an
 * organisation's of two words whose second closes a body's name ("halden
 * group", "corvel capital"); 0 otherwise. */
static guint32 company_of_two(const char *key)
{
	const char *space = strchr(key, ' ');
	if (!space || strchr(space + 1, ' '))
		return 0;
	guint32 classes = name_word_classes(space + 1);
	return classes & (NAME_WORD_ORG_SUFFIX | NAME_WORD_CORPORATE) ? classes : 0;
}

/* TRUE when the folded company's name of two words KEY ends in a legal
 * form or "holdings" ("arm holdings", "halden ltd"): its first word alone
 * stands for it even when it is an English word ("Arm" for "Arm
 * Holdings"), where "Conservative" is not "Conservative Party". */
static gboolean company_by_form(const char *key, guint32 classes)
{
	return (classes & NAME_WORD_CORPORATE) || strcmp(strchr(key, ' ') + 1, "holdings") == 0;
}

/* TRUE when mention M may be a longer name: an open name, or a place or an
 * organisation of two words or more, or a person of three, outside
 * headlines. */
static gboolean longer_candidate(const NameMention *m)
{
	gboolean known = m->kind == CR_FACT_PLACE || m->kind == CR_FACT_ORG ||
			 (m->kind == CR_FACT_PERSON && m->n_words >= 3);
	return open_name(m) ||
	       (known && m->key && m->value && strchr(m->key, ' ') && !(m->flags & NAME_MENTION_HEADLINE));
}

gboolean name_holds_words(const char *longer, const char *shorter)
{
	gsize n = strlen(shorter);
	for (const char *p = strstr(longer, shorter); p; p = strstr(p + 1, shorter))
		if ((p == longer || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
			return TRUE;
	return FALSE;
}

/* TRUE when the folded words WORDS are all designators that name no other
 * thing than the words before them: a place's generic word ("Province"),
 * a company's legal form ("Inc"). "Times" after "New York" is a new name. */
static gboolean designators_only(const char *words)
{
	if (!*words)
		return TRUE; /* no word: none that names another thing */
	for (const char *word = words;;) {
		const char *space = strchr(word, ' ');
		gsize len = space ? (gsize)(space - word) : strlen(word);
		if (!(name_word_info(word, len).classes & (NAME_WORD_PLACE_SUFFIX | NAME_WORD_CORPORATE)))
			return FALSE;
		if (!space)
			return TRUE;
		word = space + 1;
	}
}

/* Records that the name KEY holds the name SHORTER: the longer of two
 * that hold each other, ambiguous when they do not. */
static void note_longer(GHashTable *longer, const char *shorter, const char *key, const Name *name)
{
	Longer *l = g_hash_table_lookup(longer, shorter);
	if (!l) {
		l = g_new0(Longer, 1);
		l->key = key;
		l->name = name;
		g_hash_table_insert(longer, (gpointer)shorter, l);
	} else if (name_holds_words(key, l->key)) {
		l->key = key;
		l->name = name;
	} else if (!name_holds_words(l->key, key)) {
		l->ambiguous = TRUE;
	}
}

void name_lengthen_runs(CrDoc *const *docs, GPtrArray *scans, GArray *facts)
{
	/* folded name -> its Name, for every candidate (in NAMES_MADE, the
	 * strings the mentions' own: a scan keeps every string its mentions
	 * have held); a known kind wins over none */
	g_autoptr(GHashTable) names = g_hash_table_new(g_str_hash, g_str_equal);
	guint n_candidates = 0;
	for (guint d = 0; d < scans->len; d++) {
		const NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++)
			n_candidates += longer_candidate(&g_array_index(scan->mentions, NameMention, i));
	}
	g_autofree Name *names_made = g_new(Name, MAX(n_candidates, 1));
	guint n_names = 0;
	for (guint d = 0; d < scans->len; d++) {
		const NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			if (!longer_candidate(m))
				continue;
			Name *known = g_hash_table_lookup(names, m->key);
			if (known) {
				if (known->kind == NAME_KIND_UNKNOWN && m->kind != NAME_KIND_UNKNOWN) {
					known->value = m->value;
					known->kind = m->kind;
				}
				continue;
			}
			Name *name = &names_made[n_names++];
			*name = (Name){ m->value, m->kind };
			g_hash_table_insert(names, (gpointer)m->key, name);
		}
	}
	/* the first words of companies' names of two words (with whether one
	 * of them ends in a legal form), and those of them that a report
	 * writes alone, no English word unless so (folded copies) */
	g_autoptr(GHashTable) heads = g_hash_table_new_full(cr_str_hash, g_str_equal, g_free, NULL);
	g_autoptr(GHashTable) singles = g_hash_table_new_full(cr_str_hash, g_str_equal, g_free, NULL);
	GHashTableIter it;
	gpointer key_p, value_p;
	guint32 classes;
	g_hash_table_iter_init(&it, names);
	while (g_hash_table_iter_next(&it, &key_p, &value_p))
		if (((const Name *)value_p)->kind == CR_FACT_ORG && (classes = company_of_two(key_p)) != 0) {
			char *head = g_strndup(key_p, (gsize)(strchr(key_p, ' ') - (char *)key_p));
			gboolean by_form = company_by_form(key_p, classes) ||
					   GPOINTER_TO_INT(g_hash_table_lookup(heads, head));
			g_hash_table_insert(heads, head, GINT_TO_POINTER(by_form));
		}
	for (guint d = 0; d < scans->len && g_hash_table_size(heads); d++) {
		const NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			gpointer by_form = NULL;
			if (open_single(m) && g_hash_table_lookup_extended(heads, m->key, NULL, &by_form) &&
			    !g_hash_table_contains(singles, m->key) &&
			    (by_form || !cr_english_word(m->key, strlen(m->key))))
				g_hash_table_add(singles, g_strdup(m->key));
		}
	}
	/* folded name -> the one longer name that holds it: each name's runs
	 * of two words or more, but the whole, looked up among the names */
	g_autoptr(GHashTable) longer = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
	g_autoptr(GString) run = g_string_new(NULL);
	g_hash_table_iter_init(&it, names);
	while (g_hash_table_iter_next(&it, &key_p, &value_p)) {
		const char *key = key_p;
		if (((const Name *)value_p)->kind == CR_FACT_ORG && company_of_two(key)) {
			g_string_truncate(g_string_assign(run, key), (gsize)(strchr(key, ' ') - key));
			gpointer single = NULL;
			if (g_hash_table_lookup_extended(singles, run->str, &single, NULL))
				note_longer(longer, single, key, value_p);
		}
		for (const char *a = key; a; a = strchr(a, ' '), a = a ? a + 1 : NULL) {
			for (const char *b = strchr(a, ' '); b; b = strchr(b + 1, ' ')) {
				const char *end = strchr(b + 1, ' ');
				gsize len = end ? (gsize)(end - a) : strlen(a);
				if ((a == key && !end) || (end && !designators_only(end + 1)))
					continue;
				g_string_append_len(g_string_truncate(run, 0), a, (gssize)len);
				gpointer shorter = NULL, short_name = NULL;
				if (!g_hash_table_lookup_extended(names, run->str, &shorter, &short_name) ||
				    ((const Name *)short_name)->kind != NAME_KIND_UNKNOWN)
					continue;
				/* a person's run is a double-barrelled surname alone:
				 * "Bankman-Fried" for "Sam Bankman-Fried" */
				if (((const Name *)value_p)->kind == CR_FACT_PERSON &&
				    (end || !strchr(((const Name *)short_name)->value, '-')))
					continue;
				note_longer(longer, shorter, key, value_p);
			}
		}
	}
	for (guint d = 0; d < scans->len; d++) {
		NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			const Longer *l =
			    open_name(m) || (open_single(m) && g_hash_table_contains(singles, m->key))
				? g_hash_table_lookup(longer, m->key)
				: NULL;
			if (!l || l->ambiguous)
				continue;
			m->value = l->name->value;
			m->key = l->key;
			m->flags |= NAME_MENTION_ALIAS;
			/* a place's or an organisation's shorter form is that name now;
			 * one of unknown kind waits to recur (name_keep_recurring_unknowns()) */
			if (l->name->kind != NAME_KIND_UNKNOWN) {
				m->kind = l->name->kind;
				name_append_fact(facts, docs[d], d, m, m->start, m->value, m->key,
						 MIN(m->confidence, CONFIDENCE_SHORTER));
			}
		}
	}
}

/* How sure a name read at the head of a longer one is. */
#define CONFIDENCE_OPENING 0.6

/* What one folded word names where reports write it alone. */
typedef struct {
	guint fact;	    /* the first fact naming it alone (its value, key and kind) */
	guint docs;	    /* mask of the reports writing it alone */
	gboolean ambiguous; /* two names, or two kinds, of one word */
} Alone;

/* A longer name's fact that may open with a name written alone. */
typedef struct {
	guint fact;
	guint end; /* the end of its first word */
} Opening;

/* Slots of the memo of the names already judged (their values' strings,
 * shared by a report's facts of one name): a name repeats. */
#define OPENING_MEMO 64

/* The end of the first word of F's words in DOC (a blank ends it) when
 * they are three capitalised words or more ("Army Black Hawk": a thing's
 * name after a name); 0 when a word is not ("Army Corps of Engineers") or
 * the last word of its key (a body's head) closes a body's or a place's
 * name ("Acme City Council"). */
static gsize opening_end(const CrDoc *doc, const CrFact *f)
{
	const char *data = doc->data;
	guint words = 0;
	gsize first_end = 0;
	for (gsize p = f->start; p < f->end;) {
		if (!g_ascii_isupper(data[p]))
			return 0;
		while (p < f->end && !g_ascii_isspace(data[p]))
			p++;
		if (!words++)
			first_end = p;
		while (p < f->end && g_ascii_isspace(data[p]))
			p++;
	}
	const char *head = words >= 3 && f->key ? strrchr(f->key, ' ') : NULL;
	if (!head || (name_word_classes(head + 1) & (NAME_WORD_ORG_SUFFIX | NAME_WORD_PLACE_SUFFIX)))
		return 0;
	return first_end;
}

/* The first two bytes of KEY, a folded name, as one number (of 16 bits). */
static inline guint first_two(const char *key)
{
	return (guint)(guchar)key[0] << 8 | (key[0] ? (guchar)key[1] : 0);
}

/* TRUE when FACT names a body or a place in one word of its own whose
 * first two bytes open one of the longer names (the bits of OPENS, a
 * bitmap of first_two()): a fact of one word of a thousand is looked up. */
static gboolean names_alone(const CrFact *f, const guint64 *opens)
{
	if ((f->kind != CR_FACT_ORG && f->kind != CR_FACT_PLACE) || !f->key || !f->text)
		return FALSE;
	guint two = first_two(f->key);
	return (opens[two >> 6] >> (two & 63) & 1) && !strchr(f->text, ' ');
}

void name_open_known_words(CrDoc *const *docs, GArray *facts)
{
	/* the longer names, and their first words folded: few, so that the
	 * facts of one word are looked up only when some longer name may
	 * hold them */
	g_autoptr(GArray) longer = NULL;
	g_auto(CrStrTable) opens = { 0 };
	g_autofree guint64 *open_bytes = NULL;
	g_autoptr(GStringChunk) words = NULL;
	g_autoptr(GString) scratch = g_string_new(NULL);
	struct {
		const char *value;
		guint end_from_start; /* opening_end() - start, 0 for none */
	} memo[OPENING_MEMO] = { { 0 } };
	guint n = facts->len;
	for (guint i = 0; i < n; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind != CR_FACT_ORG || !f->value || !f->text || !strchr(f->text, ' '))
			continue;
		guint slot = (guint)(GPOINTER_TO_SIZE(f->value) >> 4) % OPENING_MEMO;
		if (memo[slot].value != f->value) {
			gsize end = opening_end(docs[f->doc], f);
			memo[slot].value = f->value;
			memo[slot].end_from_start = end ? (guint)(end - f->start) : 0;
		}
		if (!memo[slot].end_from_start)
			continue;
		if (!longer) {
			longer = g_array_new(FALSE, FALSE, sizeof(Opening));
			words = g_string_chunk_new(256);
			cr_str_table_init(&opens);
			open_bytes = g_new0(guint64, (1u << 16) / 64);
		}
		Opening o = { i, f->start + memo[slot].end_from_start };
		const char *word = g_string_chunk_insert_const(
		    words, name_fold_span(docs[f->doc]->data, f->start, o.end, scratch));
		cr_str_table_set(&opens, word, (gpointer)word);
		guint two = first_two(word);
		open_bytes[two >> 6] |= G_GUINT64_CONSTANT(1) << (two & 63);
		g_array_append_val(longer, o);
	}
	if (!longer)
		return;
	g_auto(CrStrTable) alone = { 0 };
	cr_str_table_init(&alone);
	g_autoptr(GPtrArray) kept = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < n; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (!names_alone(f, open_bytes))
			continue;
		const char *word = cr_str_table_lookup(&opens, f->key);
		if (!word)
			continue;
		Alone *a = cr_str_table_lookup(&alone, word);
		if (!a) {
			a = g_new0(Alone, 1);
			a->fact = i;
			g_ptr_array_add(kept, a);
			cr_str_table_set(&alone, word, a);
		}
		a->docs |= 1u << f->doc;
		const CrFact *first = &g_array_index(facts, CrFact, a->fact);
		a->ambiguous |= first->kind != f->kind || strcmp(first->value, f->value) != 0;
	}
	if (kept->len == 0)
		return;
	/* the facts appended below may move FACTS: facts are held by their
	 * index, and what a name alone says is copied before an append */
	for (guint k = 0; k < longer->len; k++) {
		const Opening *o = &g_array_index(longer, Opening, k);
		const CrFact *f = &g_array_index(facts, CrFact, o->fact);
		const CrDoc *doc = docs[f->doc];
		const Alone *a =
		    cr_str_table_lookup(&alone, name_fold_span(doc->data, f->start, o->end, scratch));
		if (!a || a->ambiguous || !(a->docs & ~(1u << f->doc)) ||
		    name_gazetteer_find(doc->data + f->start, o->end - f->start))
			continue;
		const CrFact *first = &g_array_index(facts, CrFact, a->fact);
		guint d = f->doc, start = f->start;
		CrFactKind kind = first->kind;
		g_autofree char *value = g_strdup(first->value);
		g_autofree char *key = g_strdup(first->key);
		CrFact *opening = cr_fact_append_shared(facts, doc, d, start, o->end, kind, NULL);
		opening->confidence = CONFIDENCE_OPENING;
		opening->flags |= CR_FACT_ALIAS;
		cr_fact_take_value(opening, g_steal_pointer(&value));
		opening->key = g_steal_pointer(&key);
	}
}

/* The fewest words of a place's name read as a longer one with words left
 * out ("Reagan National Airport"): two ("National Airport") name many. */
#define MIN_LEFT_OUT_WORDS 3

/* A place's name of MIN_LEFT_OUT_WORDS words or more that ends with a
 * place's last word: its value and key (its first fact's, borrowed; copied
 * before any fact is renamed when a shorter name is to take them), the
 * reports writing it, its facts and the longer name it leaves words of
 * out, if any. An element of an array made at its size: a name a fact
 * every 45 bytes of place names made a table and two copies a name. */
typedef struct {
	const char *value, *key;
	guint docs;	 /* the reports writing it, a bit each */
	guint first, n;	 /* its facts: the indices [first, first + n) of the facts' order by key */
	guint longer;	 /* 1 + the index of the longer name among the names, or 0 */
	gboolean copied; /* VALUE and KEY are copies of its own */
} PlaceName;

/* TRUE when the folded word WORD (LEN bytes) of a place's name may be
 * left out of it by a shorter spelling: an initial, a given name or a
 * word that is no common English word ("ronald", "washington" of "ronald
 * reagan washington national airport"); a common word left out names
 * another place ("memorial" of "george washington memorial bridge",
 * "downtown" of "kansas city downtown international airport"). */
static gboolean may_leave_out(const char *word, gsize len)
{
	char folded[64];
	if (len <= 1)
		return TRUE;
	if (len >= sizeof folded)
		return FALSE;
	memcpy(folded, word, len);
	folded[len] = '\0';
	return (name_word_classes(folded) & NAME_WORD_GIVEN) || !cr_english_word(folded, len);
}

/* TRUE when the words of the folded name SHORTER are words of LONGER in
 * their order, the first the same or later, the last LONGER's last, and
 * each word left out may be (may_leave_out()): "reagan national airport"
 * of "ronald reagan washington national airport". */
static gboolean words_in_order(const char *shorter, const char *longer)
{
	const char *s = shorter, *l = longer;
	while (*s) {
		gsize ls = strcspn(s, " ");
		for (;;) {
			gsize ll = strcspn(l, " ");
			gboolean same = ll == ls && memcmp(s, l, ls) == 0;
			if (!same && !may_leave_out(l, ll))
				return FALSE;
			l += ll + (l[ll] == ' ');
			if (same)
				break;
			if (!*l)
				return FALSE;
		}
		s += ls + (s[ls] == ' ');
	}
	return !*l;
}

/* TRUE when fact F names a place in MIN_LEFT_OUT_WORDS words or more, the
 * last of which closes a place's name ("airport", "bridge", "street"). */
static gboolean place_of_words(const CrFact *f)
{
	if (f->kind != CR_FACT_PLACE || !f->key)
		return FALSE;
	guint words = 1;
	for (const char *p = strchr(f->key, ' '); p && words < MIN_LEFT_OUT_WORDS; p = strchr(p + 1, ' '))
		words++;
	return words >= MIN_LEFT_OUT_WORDS &&
	       (name_word_classes(strrchr(f->key, ' ') + 1) & NAME_WORD_PLACE_SUFFIX);
}

/* The most longer names a shorter name is weighed against (those filed
 * under its rarest word): a word that many names share with their last
 * word ("new" ... "street") points at no one place, and weighing them all
 * would make a text of many place names quadratic. */
#define MAX_LEFT_OUT_CANDIDATES 8

/* A place's name filed under one of its words and its last word (their
 * hashes, one in each half): a name that leaves words out holds each of
 * its words with the same last word. */
typedef struct {
	guint64 words;
	const PlaceName *name;
} FiledName;

static guint64 word_and_last(const char *word, gsize len, const char *last)
{
	return (guint64)cr_fnv32(word, len) << 32 | cr_fnv32(last, strlen(last));
}

/* Orders filed names by their words, then by their keys (so that the
 * candidates of a name come in one order on every run). */
static gint filed_name_compare(gconstpointer a, gconstpointer b)
{
	const FiledName *x = a, *y = b;
	if (x->words != y->words)
		return x->words < y->words ? -1 : 1;
	return strcmp(x->name->key, y->name->key);
}

/* Appends to FILED place name P under each of its words but the last. */
static void file_place_name(GArray *filed, const PlaceName *p)
{
	const char *last = strrchr(p->key, ' ') + 1;
	for (const char *w = p->key; w < last - 1;) {
		gsize len = strcspn(w, " ");
		FiledName f = { word_and_last(w, len, last), p };
		g_array_append_val(filed, f);
		w += len + 1;
	}
}

/* The first of the names FILED (sorted) holds under WORDS, and in *N how
 * many (a name filed twice under one word counts twice). */
static const FiledName *filed_under(GArray *filed, guint64 words, guint *n)
{
	guint lo = 0, hi = filed->len;
	while (lo < hi) {
		guint mid = lo + (hi - lo) / 2;
		if (g_array_index(filed, FiledName, mid).words < words)
			lo = mid + 1;
		else
			hi = mid;
	}
	guint end = lo;
	while (end < filed->len && g_array_index(filed, FiledName, end).words == words)
		end++;
	*n = end - lo;
	return &g_array_index(filed, FiledName, lo);
}

/* The fewest longer names SHORTER's words are filed under in FILED (its
 * rarest word's), in *N; NULL when a word is under none or every word
 * under more than MAX_LEFT_OUT_CANDIDATES. */
static const FiledName *fewest_candidates(GArray *filed, const PlaceName *shorter, guint *n)
{
	const char *last = strrchr(shorter->key, ' ') + 1;
	const FiledName *fewest = NULL;
	*n = 0;
	for (const char *w = shorter->key; w < last - 1;) {
		gsize len = strcspn(w, " ");
		guint count;
		const FiledName *first = filed_under(filed, word_and_last(w, len, last), &count);
		if (count == 0)
			return NULL;
		if (!fewest || count < *n) {
			fewest = first;
			*n = count;
		}
		w += len + 1;
	}
	return *n <= MAX_LEFT_OUT_CANDIDATES ? fewest : NULL;
}

/* Orders the indices of facts (in the facts' array, the data) by their
 * keys, then by where they are: a name's first fact first. */
static gint fact_key_compare(gconstpointer a, gconstpointer b, gpointer data)
{
	const GArray *facts = data;
	guint i = *(const guint *)a, j = *(const guint *)b;
	int by_key = strcmp(g_array_index(facts, CrFact, i).key, g_array_index(facts, CrFact, j).key);
	return by_key ? by_key : (i > j) - (i < j);
}

/* The place names of the facts AT (indices in FACTS, ordered by
 * fact_key_compare()), one a key, made at their size. */
static GArray *place_names(const GArray *facts, const GArray *at)
{
	guint n = 0;
	for (guint k = 0; k < at->len; k++)
		n += k == 0 || strcmp(g_array_index(facts, CrFact, g_array_index(at, guint, k)).key,
				      g_array_index(facts, CrFact, g_array_index(at, guint, k - 1)).key) != 0;
	GArray *names = g_array_sized_new(FALSE, FALSE, sizeof(PlaceName), n);
	for (guint k = 0; k < at->len; k++) {
		const CrFact *f = &g_array_index(facts, CrFact, g_array_index(at, guint, k));
		PlaceName *p = names->len ? &g_array_index(names, PlaceName, names->len - 1) : NULL;
		if (!p || strcmp(p->key, f->key) != 0) {
			PlaceName name = { .value = f->value, .key = f->key, .first = k };
			g_array_append_val(names, name);
			p = &g_array_index(names, PlaceName, names->len - 1);
		}
		p->docs |= 1u << f->doc;
		p->n++;
	}
	return names;
}

/* The words filed in all of NAMES (file_place_name()). */
static guint n_filed_words(const GArray *names)
{
	guint n = 0;
	for (guint k = 0; k < names->len; k++) {
		const char *key = g_array_index(names, PlaceName, k).key;
		for (const char *p = strchr(key, ' '); p; p = strchr(p + 1, ' '))
			n++;
	}
	return n;
}

void name_fill_left_out_words(GArray *facts)
{
	g_autoptr(GArray) at = g_array_new(FALSE, FALSE, sizeof(guint));
	for (guint i = 0; i < facts->len; i++)
		if (place_of_words(&g_array_index(facts, CrFact, i)))
			g_array_append_val(at, i);
	g_array_sort_with_data(at, fact_key_compare, facts);
	g_autoptr(GArray) names = place_names(facts, at);
	if (names->len < 2)
		return;
	g_autoptr(GArray) filed = g_array_sized_new(FALSE, FALSE, sizeof(FiledName), n_filed_words(names));
	for (guint k = 0; k < names->len; k++)
		file_place_name(filed, &g_array_index(names, PlaceName, k));
	g_array_sort(filed, filed_name_compare);
	/* each shorter name and the one longer name, written by another
	 * report, whose words it leaves some of out: none when two */
	gboolean any = FALSE;
	for (guint k = 0; k < names->len; k++) {
		PlaceName *shorter = &g_array_index(names, PlaceName, k);
		const PlaceName *found = NULL;
		guint n;
		const FiledName *candidates = fewest_candidates(filed, shorter, &n);
		gboolean two = FALSE;
		for (guint c = 0; candidates && c < n; c++) {
			const PlaceName *l = candidates[c].name;
			if (l == shorter || l == found || !(l->docs & ~shorter->docs) ||
			    strlen(l->key) <= strlen(shorter->key) || !words_in_order(shorter->key, l->key))
				continue;
			two |= found && strcmp(found->value, l->value) != 0;
			found = l;
		}
		if (found && !two) {
			shorter->longer = 1 + (guint)(found - &g_array_index(names, PlaceName, 0));
			any = TRUE;
		}
	}
	if (!any)
		return;
	/* the longer names' strings copied: their own facts may be renamed */
	for (guint k = 0; k < names->len; k++) {
		guint longer = g_array_index(names, PlaceName, k).longer;
		PlaceName *l = longer ? &g_array_index(names, PlaceName, longer - 1) : NULL;
		if (l && !l->copied) {
			l->value = g_strdup(l->value);
			l->key = g_strdup(l->key);
			l->copied = TRUE;
		}
	}
	for (guint k = 0; k < names->len; k++) {
		const PlaceName *p = &g_array_index(names, PlaceName, k);
		const PlaceName *l = p->longer ? &g_array_index(names, PlaceName, p->longer - 1) : NULL;
		for (guint j = 0; l && j < p->n; j++) {
			CrFact *f = &g_array_index(facts, CrFact, g_array_index(at, guint, p->first + j));
			cr_fact_rename(f, l->value, l->key);
			f->flags |= CR_FACT_ALIAS;
		}
	}
	for (guint k = 0; k < names->len; k++) {
		PlaceName *p = &g_array_index(names, PlaceName, k);
		if (p->copied) {
			g_free((char *)p->value);
			g_free((char *)p->key);
		}
	}
}

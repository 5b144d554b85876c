/* Full personal names across reports: a shorter one stands for the one
 * longer name it ends or leaves the middle name out of ("Tayyip Erdogan",
 * "Robert Prevost"), and given names of one initial before one surname
 * are one person's ("Jay Powell", "Jerome Powell"). */
#define _GNU_SOURCE /* memmem */
#include <string.h>

#include "crossread/text.h"
#include "english.h"
#include "name_recurring.h"

void name_full_name_free(gpointer data)
{
	FullName *name = data;
	g_free(name->value);
	g_free(name->key);
	g_free(name);
}

/* TRUE when the folded name LONGER ends with the words of SHORTER. */
static gboolean ends_with_name(const char *longer, const char *shorter)
{
	gsize a = strlen(longer), b = strlen(shorter);
	return a > b && longer[a - b - 1] == ' ' && strcmp(longer + a - b, shorter) == 0;
}

/* TRUE when the folded name LONGER, of three words, is the two words of
 * SHORTER with a middle name between them: "robert francis prevost" of
 * "robert prevost". */
static gboolean holds_with_middle_name(const char *longer, const char *shorter)
{
	const char *space = strchr(shorter, ' '), *first_end = strchr(longer, ' ');
	if (!space || strchr(space + 1, ' ') || !first_end || first_end - longer != space - shorter ||
	    memcmp(longer, shorter, (gsize)(space - shorter)) != 0)
		return FALSE;
	const char *middle_end = strchr(first_end + 1, ' ');
	return middle_end && !strchr(middle_end + 1, ' ') && strcmp(middle_end + 1, space + 1) == 0;
}

/* TRUE when the folded full name SHORTER may stand for LONGER: it ends it
 * or leaves its middle name out. */
static gboolean stands_for(const char *longer, const char *shorter)
{
	return ends_with_name(longer, shorter) || holds_with_middle_name(longer, shorter);
}

/* TRUE when the mention M is a name of unknown kind of three words or
 * more that may stand for a person's longer full name ("Ross David
 * Trites", a lower-case word before it, of "Ian Ross David Trites"). */
static gboolean unknown_of_three(const NameMention *m)
{
	return m->kind == NAME_KIND_UNKNOWN && m->value && m->n_words >= 3 &&
	       !(m->flags & (NAME_MENTION_HEADLINE | NAME_MENTION_ROLE_ONLY));
}

/* TRUE when the word of the personal name LONGER (its value) before the
 * words it ends with, as many as the folded SHORTER has, is written in
 * lower case, a particle ("bin" in "Mohammed bin Zayed Al Nahyan"): the
 * words after it name another person, the father "Zayed Al Nahyan". */
static gboolean tail_after_particle(const char *longer, const char *shorter)
{
	guint tail = 1;
	for (const char *p = shorter; *p; p++)
		tail += *p == ' ';
	g_auto(GStrv) words = g_strsplit(longer, " ", -1);
	guint n = g_strv_length(words);
	return n > tail && g_ascii_islower(words[n - tail - 1][0]);
}

/* Full personal names that end one longer full name, or leave out its
 * middle name, and stand for no other, stand for it: "Tayyip Erdogan"
 * for "Recep Tayyip Erdogan", "Robert Prevost" for "Robert Francis
 * Prevost"; so does a name of unknown kind of three words or more
 * (unknown_of_three()). The names MISREAD maps (note_misread_initials())
 * are their other spelling's. Returns the folded shorter name -> the
 * FullName of the longest. */
static GHashTable *longer_names(GPtrArray *scans, GHashTable *misread)
{
	g_autoptr(GHashTable) by_last =
	    g_hash_table_new_full(g_str_hash, g_str_equal, NULL, (GDestroyNotify)g_ptr_array_unref);
	g_autoptr(GHashTable) seen = g_hash_table_new(cr_str_hash, g_str_equal);
	GHashTable *longer = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, name_full_name_free);

	for (guint d = 0; d < scans->len; d++) {
		const NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			if ((m->kind != CR_FACT_PERSON && !unknown_of_three(m)) || m->n_words < 2 ||
			    (m->flags & (NAME_MENTION_REGNAL | NAME_MENTION_ALIAS)) ||
			    (g_hash_table_size(misread) && g_hash_table_contains(misread, m->key)) ||
			    !g_hash_table_add(seen, (gpointer)m->key))
				continue;
			const char *last = strrchr(m->key, ' ');
			last = last ? last + 1 : m->key;
			GPtrArray *same = g_hash_table_lookup(by_last, last);
			if (!same) {
				same = g_ptr_array_new();
				g_hash_table_insert(by_last, (gpointer)last, same);
			}
			g_ptr_array_add(same, (gpointer)m);
		}
	}
	GHashTableIter it;
	gpointer value;
	g_hash_table_iter_init(&it, by_last);
	while (g_hash_table_iter_next(&it, NULL, &value)) {
		GPtrArray *same = value;
		for (guint a = 0; a < same->len; a++) {
			const NameMention *shorter = g_ptr_array_index(same, a), *longest = NULL;
			gboolean one = TRUE;
			for (guint b = 0; b < same->len; b++) {
				const NameMention *m = g_ptr_array_index(same, b);
				if (m->kind != CR_FACT_PERSON || !stands_for(m->key, shorter->key) ||
				    (longest && strcmp(m->key, longest->key) == 0) ||
				    (shorter->kind != CR_FACT_PERSON &&
				     tail_after_particle(m->value, shorter->key)))
					continue;
				if (!longest || stands_for(m->key, longest->key))
					longest = m;
				else if (!stands_for(longest->key, m->key))
					one = FALSE;
			}
			if (longest && one && !g_hash_table_contains(longer, shorter->key)) {
				FullName *name = g_new0(FullName, 1);
				name->value = g_strdup(longest->value);
				name->key = g_strdup(longest->key);
				g_hash_table_insert(longer, g_strdup(shorter->key), name);
			}
		}
	}
	return longer;
}

void name_take_longer_name(const FullName *name, const NameScan *scan, NameMention *m)
{
	m->value = g_string_chunk_insert(scan->texts, name->value);
	m->key = g_string_chunk_insert(scan->texts, name->key);
}

void name_fact_take_name(CrFact *f, const FullName *name)
{
	cr_fact_rename(f, name->value, name->key);
}

/* The longer name LONGER has for KEY, or NULL. */
static const FullName *longer_name(GHashTable *longer, const char *key)
{
	return key ? g_hash_table_lookup(longer, key) : NULL;
}

/* A two-word personal name (folded) and the reports that write it. */
typedef struct {
	const NameMention *mention;
	guint reports;
} WrittenName;

/* TRUE when the given names (first words) of the folded names A and B,
 * of one surname, are one spelling with a letter left out: "tigist" and
 * "tigst", "yevgeniy" and "yevgeny". */
static gboolean given_names_a_letter_apart(const char *a, const char *b)
{
	gsize la = strcspn(a, " "), lb = strcspn(b, " ");
	if (la == lb + 1)
		return given_names_a_letter_apart(b, a);
	if (lb != la + 1)
		return FALSE;
	gsize k = 0;
	while (k < la && a[k] == b[k])
		k++;
	return memcmp(a + k, b + k + 1, la - k) == 0;
}

/* TRUE when the pair of names PAIR, both of unknown kind, are one
 * person's all the same: given names a letter apart, before a surname
 * (SURNAME, folded) that is no English word ("Tigist Assefa" and "Tigst
 * Assefa"; not two bodies, "Halden Group" and "Holden Group"). */
static gboolean unknown_spellings_of_one(const WrittenName *pair, const char *surname)
{
	return !strchr(surname, ' ') && !cr_english_word(surname, strlen(surname)) &&
	       given_names_a_letter_apart(pair[0].mention->key, pair[1].mention->key);
}

/* Personal names of two or three words, of one surname (the words after
 * the first), whose given names share their initial, written in different
 * reports and never two in one, are one person's ("Jay Powell", "Jerome
 * Powell"; the transliterations "Waqar-uz-Zaman", "Waker-Uz-Zaman"): adds
 * to LONGER the name fewer reports write (of a tie, the shorter) -> the
 * other. A surname with more such names, or given names of other initials
 * ("Noel Holmes", "Elizabeth Holmes"), is left alone. */
static void note_same_initial_names(GPtrArray *scans, GHashTable *longer)
{
	/* the surnames are the tails of the mentions' own keys, which outlive
	 * the tables, and the pairs are in one array (by_last holds the place
	 * of each pair plus one; a pair is two names): no blocks for each
	 * surname, of which dense capitals have tens of thousands (8 MB at
	 * 8 MiB of cited titles, the names' resolver's peak) */
	g_autoptr(GHashTable) by_last = g_hash_table_new(g_str_hash, g_str_equal);
	g_autoptr(GHashTable) crowded = g_hash_table_new(cr_str_hash, g_str_equal);
	g_autoptr(GArray) pairs = g_array_new(FALSE, TRUE, sizeof(WrittenName));
	for (guint d = 0; d < scans->len; d++) {
		const NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			gboolean person_or_unknown = m->key && (m->kind == CR_FACT_PERSON ||
								(m->kind == NAME_KIND_UNKNOWN && m->value));
			const char *space = person_or_unknown ? strchr(m->key, ' ') : NULL;
			if (m->n_words < 2 || m->n_words > 3 || !space ||
			    (m->flags & (NAME_MENTION_REGNAL | NAME_MENTION_ALIAS | NAME_MENTION_HEADLINE |
					 NAME_MENTION_SPLIT | NAME_MENTION_ROLE_ONLY)))
				continue;
			guint at = GPOINTER_TO_UINT(g_hash_table_lookup(by_last, space + 1));
			if (!at) {
				g_array_set_size(pairs, pairs->len + 2);
				at = pairs->len / 2;
				g_hash_table_insert(by_last, (gpointer)(space + 1), GUINT_TO_POINTER(at));
			}
			WrittenName *pair = &g_array_index(pairs, WrittenName, 2 * (at - 1));
			guint k = 0;
			while (k < 2 && pair[k].mention && strcmp(pair[k].mention->key, m->key) != 0)
				k++;
			if (k == 2 || m->key[0] != (pair[0].mention ? pair[0].mention->key[0] : m->key[0])) {
				g_hash_table_add(crowded, (gpointer)(space + 1));
				continue;
			}
			pair[k].mention = m;
			pair[k].reports |= 1u << d;
		}
	}
	GHashTableIter it;
	gpointer key, value;
	g_hash_table_iter_init(&it, by_last);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		WrittenName *pair = &g_array_index(pairs, WrittenName, 2 * (GPOINTER_TO_UINT(value) - 1));
		if (!pair[1].mention || g_hash_table_contains(crowded, key) ||
		    (pair[0].reports & pair[1].reports))
			continue;
		/* a name of unknown kind is a person's only beside one, and
		 * takes the person's name ("Yevgeniy Prigozhin" opening a
		 * sentence, "Yevgeny Prigozhin" said), or beside one spelt with a
		 * letter more or less (round 13) */
		gboolean unknown0 = pair[0].mention->kind != CR_FACT_PERSON,
			 unknown1 = pair[1].mention->kind != CR_FACT_PERSON;
		if (unknown0 && unknown1 && !unknown_spellings_of_one(pair, key))
			continue;
		guint na = __builtin_popcount(pair[0].reports), nb = __builtin_popcount(pair[1].reports);
		gboolean first_wins =
		    unknown0 != unknown1
			? unknown1
			: (na != nb ? na > nb : strlen(pair[0].mention->key) > strlen(pair[1].mention->key));
		const NameMention *from = pair[first_wins ? 1 : 0].mention,
				  *to = pair[first_wins ? 0 : 1].mention;
		if (g_hash_table_contains(longer, from->key))
			continue;
		FullName *name = g_new0(FullName, 1);
		name->value = g_strdup(to->value);
		name->key = g_strdup(to->key);
		g_hash_table_insert(longer, g_strdup(from->key), name);
	}
}

/* The two spellings of a full name's first word that differ by the
 * capital I written as a lower-case l ("Ian", "Lan"), before one tail. */
typedef struct {
	const NameMention *with_i, *with_l;
	gboolean crowded; /* a third first word before the tail */
} MisreadInitial;

/* Notes in SPELLING the person's mention M of first word "I..." or
 * "l...", of the tail in its key after the first word. */
static void note_initial(MisreadInitial *spelling, const NameMention *m)
{
	const NameMention **slot = m->key[0] == 'i' ? &spelling->with_i : &spelling->with_l;
	if (!*slot)
		*slot = m;
	else if (strcmp((*slot)->key, m->key) != 0)
		spelling->crowded = TRUE;
}

/* TRUE when a report of DOCS (N of them) writes the first word of the
 * personal name VALUE ("Lan Ross David Trites") with a lower-case "l"
 * before the name's next word ("lan Ross"): no name is written so, and
 * the misread capital I shows; two names of their own ("Lola", "Iola")
 * never do. */
static gboolean misreading_seen(CrDoc *const *docs, guint n, const char *value)
{
	const char *space = strchr(value, ' ');
	const char *next_end = space ? strchr(space + 1, ' ') : NULL;
	if (!next_end)
		return FALSE;
	g_autofree char *needle = g_strndup(value, (gsize)(next_end - value));
	needle[0] = 'l';
	gsize len = strlen(needle);
	for (guint d = 0; d < n; d++) {
		const char *data = docs[d]->data, *end = data + docs[d]->len;
		for (const char *p = data; (p = memmem(p, (gsize)(end - p), needle, len)); p++)
			if (p == data || !g_ascii_isalnum(p[-1]))
				return TRUE;
	}
	return FALSE;
}

/* Full personal names of three words or more whose first words differ
 * only in their first letter, an "I" in one and an "l" in the other (two
 * letters many fonts draw alike, and text read from an image confuses:
 * "Ian Ross David Trites", "Lan Ross David Trites"), before the same two
 * words or more, are one person's: adds to MISREAD the name with the "l"
 * -> the one with the "I", when some report shows the misreading
 * (misreading_seen()). A tail with a third such first word is left
 * alone. */
static void note_misread_initials(CrDoc *const *docs, GPtrArray *scans, GHashTable *misread)
{
	g_autoptr(GHashTable) by_tail = g_hash_table_new_full(g_str_hash, g_str_equal, NULL, g_free);
	for (guint d = 0; d < scans->len; d++) {
		const NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			if (m->kind != CR_FACT_PERSON || m->n_words < 3 || !m->key ||
			    (m->key[0] != 'i' && m->key[0] != 'l') ||
			    (m->flags & (NAME_MENTION_REGNAL | NAME_MENTION_ALIAS)))
				continue;
			MisreadInitial *spelling = g_hash_table_lookup(by_tail, m->key + 1);
			if (!spelling) {
				spelling = g_new0(MisreadInitial, 1);
				g_hash_table_insert(by_tail, (gpointer)(m->key + 1), spelling);
			}
			note_initial(spelling, m);
		}
	}
	GHashTableIter it;
	gpointer value;
	g_hash_table_iter_init(&it, by_tail);
	while (g_hash_table_iter_next(&it, NULL, &value)) {
		const MisreadInitial *spelling = value;
		if (!spelling->with_i || !spelling->with_l || spelling->crowded ||
		    !misreading_seen(docs, scans->len, spelling->with_l->value))
			continue;
		FullName *name = g_new0(FullName, 1);
		name->value = g_strdup(spelling->with_i->value);
		name->key = g_strdup(spelling->with_i->key);
		g_hash_table_insert(misread, g_strdup(spelling->with_l->key), name);
	}
}

/* Moves into LONGER the names of MISREAD it has no longer name for. */
static void take_misread(GHashTable *longer, GHashTable *misread)
{
	GHashTableIter it;
	gpointer key, value;
	g_hash_table_iter_init(&it, misread);
	while (g_hash_table_iter_next(&it, &key, &value))
		if (!g_hash_table_contains(longer, key)) {
			g_hash_table_iter_steal(&it);
			g_hash_table_insert(longer, key, value);
		}
}

void name_unify_full_names(CrDoc *const *docs, GPtrArray *scans, GArray *facts)
{
	g_autoptr(GHashTable) misread =
	    g_hash_table_new_full(g_str_hash, g_str_equal, g_free, name_full_name_free);
	note_misread_initials(docs, scans, misread);
	g_autoptr(GHashTable) longer = longer_names(scans, misread);
	note_same_initial_names(scans, longer);
	take_misread(longer, misread);
	if (g_hash_table_size(longer) == 0)
		return;
	for (guint d = 0; d < scans->len; d++) {
		const NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			gboolean unknown = m->kind == NAME_KIND_UNKNOWN && m->value &&
					   (m->n_words == 2 || unknown_of_three(m)) &&
					   !(m->flags & (NAME_MENTION_HEADLINE | NAME_MENTION_ALIAS));
			const FullName *name =
			    m->kind == CR_FACT_PERSON || unknown ? longer_name(longer, m->key) : NULL;
			if (!name)
				continue;
			name_take_longer_name(name, scan, m);
			if (unknown) {
				m->kind = CR_FACT_PERSON;
				m->flags |= NAME_MENTION_ALIAS;
				name_append_fact(facts, docs[d], d, m, m->start, m->value, m->key,
						 m->confidence);
			}
		}
	}
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		const FullName *name = f->kind == CR_FACT_PERSON ? longer_name(longer, f->key) : NULL;
		if (name)
			name_fact_take_name(f, name);
	}
}

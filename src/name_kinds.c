/* One kind for a name that reports type apart. A name of two words or
 * more, "Stormy Daniels", is a person where one report says "adult film
 * star Stormy Daniels" and a body where another writes "by porn star
 * Stormy Daniels by his fixer"; facts of different kinds are never
 * aligned, so each report's mention would stand alone. The name is one:
 * its facts take the kind most of them have. Only a person against a body
 * or a place is settled this way; a place against a body ("Kansas City"
 * the city, "Kansas City" the team) may be two things. Part of
 * cr_resolve_names().
 *
 * One name too for a word and its plural: "Conservative rule" in one
 * report, "the Conservatives" in another; a one-word organisation or place
 * whose key is another such name's with an 's' more takes that name's
 * key, value and kind. */
#include "name_kinds.h"

#include <string.h>

#include "crossread/parallel.h"
#include "crossread/partition.h"
#include "crossread/text.h"

/* Facts of a key by kind: person, organisation, place. */
typedef struct {
	guint person, org, place;
} KindCount;

/* TRUE when F is a name fact of two words or more. */
static gboolean settled_here(const CrFact *f)
{
	return (f->kind == CR_FACT_PERSON || f->kind == CR_FACT_ORG || f->kind == CR_FACT_PLACE) && f->key &&
	       strchr(f->key, ' ');
}

/* The kind C says its key's facts take, or CR_FACT_N_KINDS to leave them. */
static CrFactKind winner(const KindCount *c)
{
	if (!c->person || (!c->org && !c->place))
		return CR_FACT_N_KINDS;
	if (c->person >= c->org && c->person >= c->place)
		return CR_FACT_PERSON;
	return c->org >= c->place ? CR_FACT_ORG : CR_FACT_PLACE;
}

/* A name fact and the kinds its key has (its index in the counts). */
typedef struct {
	guint fact, count;
} Counted;

/* TRUE when F is an organisation or place named by one word. */
static gboolean one_word_body(const CrFact *f)
{
	return (f->kind == CR_FACT_ORG || f->kind == CR_FACT_PLACE) && f->key && f->value &&
	       !strchr(f->key, ' ');
}

/* Where a fact lies: its report and bytes. */
typedef struct {
	guint doc;
	gsize start, end;
} Place;

/* Orders places by report, then start. */
static gint place_order(gconstpointer pa, gconstpointer pb)
{
	const Place *a = pa, *b = pb;
	return a->doc != b->doc ? (a->doc < b->doc ? -1 : 1) : a->start < b->start ? -1 : a->start > b->start;
}

/* The places of the number facts of FACTS, in order. */
static GArray *number_places(const GArray *facts)
{
	GArray *places = g_array_new(FALSE, FALSE, sizeof(Place));
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind == CR_FACT_NUMBER) {
			Place p = { f->doc, f->start, f->end };
			g_array_append_val(places, p);
		}
	}
	g_array_sort(places, place_order);
	return places;
}

/* TRUE when name fact F lies in one of the number facts at PLACES: it is
 * what the number counts ("6.25 Bitcoins"), not the name. */
static gboolean inside_number(const GArray *places, const CrFact *f)
{
	const Place *p = (const Place *)(const void *)places->data;
	guint k = CR_PARTITION_POINT(places->len, mid,
				     p[mid].doc < f->doc || (p[mid].doc == f->doc && p[mid].end <= f->start));
	return k < places->len && p[k].doc == f->doc && p[k].start < f->end;
}

/* The plurals of one-word organisations or places ("Conservatives") in
 * FACTS whose singular ("Conservative") FACTS hold too, in FOUND as pairs
 * of the plural's fact and the singular's. Reads FACTS only. */
static void find_plurals(const GArray *facts, GArray *found)
{
	/* a key's first fact, plus one (a GHashTable: fuller than a
	 * CrStrTable, whose 24-byte slots at most half full raised the peak of
	 * many names, 8 MiB of capitals 86.5 -> 94 MB) */
	g_autoptr(GHashTable) singular = g_hash_table_new(cr_str_hash, g_str_equal);
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (one_word_body(f) && !g_hash_table_contains(singular, f->key))
			g_hash_table_insert(singular, f->key, GUINT_TO_POINTER(i + 1));
	}
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		gsize len = one_word_body(f) ? strlen(f->key) : 0;
		if (len < 4 || f->key[len - 1] != 's' || f->key[len - 2] == 's')
			continue;
		g_autofree char *stem = g_strndup(f->key, len - 1);
		guint at = GPOINTER_TO_UINT(g_hash_table_lookup(singular, stem));
		if (at) {
			guint pair[2] = { i, at - 1 };
			g_array_append_val(found, pair);
		}
	}
}

/* Gives each plural of FOUND (find_plurals()) its singular's key, value
 * and kind, unless it lies in a number. The plurals are found first: a
 * plural's singular never ends in "ss", so is never one of them. */
static void unify_plurals(GArray *facts, const GArray *found)
{
	g_autoptr(GArray) numbers = found->len ? number_places(facts) : NULL;
	for (guint k = 0; k < found->len; k++) {
		const guint *pair = &g_array_index(found, guint, 2 * k);
		CrFact *f = &g_array_index(facts, CrFact, pair[0]);
		if (inside_number(numbers, f))
			continue;
		const CrFact *one = &g_array_index(facts, CrFact, pair[1]);
		f->kind = one->kind;
		cr_fact_rename(f, one->value, one->key);
	}
}

/* The kinds of the names of two words or more: per key its counts, per
 * such fact its key's counts. */
typedef struct {
	GArray *counts;	 /* KindCount */
	GArray *counted; /* Counted, N_COUNTED of them */
	guint n_counted;
	gboolean mixed; /* a key has facts of two kinds that winner() settles */
} KindsFound;

/* Counts the kinds of each key of two words or more of FACTS into FOUND.
 * Reads FACTS only. The keys' counts are in one array, not a g_new0() a
 * key, and the facts are appended without a call each: every name fact
 * of the event. */
static void count_kinds(const GArray *facts, KindsFound *found)
{
	/* a key's index in the counts, plus one */
	g_autoptr(GHashTable) keys = g_hash_table_new(cr_str_hash, g_str_equal);
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (!settled_here(f))
			continue;
		guint at = GPOINTER_TO_UINT(g_hash_table_lookup(keys, f->key));
		if (!at) {
			g_array_set_size(found->counts, found->counts->len + 1);
			at = found->counts->len;
			g_hash_table_insert(keys, f->key, GUINT_TO_POINTER(at));
		}
		KindCount *c = &g_array_index(found->counts, KindCount, at - 1);
		c->person += f->kind == CR_FACT_PERSON;
		c->org += f->kind == CR_FACT_ORG;
		c->place += f->kind == CR_FACT_PLACE;
		found->mixed |= winner(c) != CR_FACT_N_KINDS;
		if (found->n_counted == found->counted->len)
			g_array_set_size(found->counted, MAX(64, 2 * found->n_counted));
		g_array_index(found->counted, Counted, found->n_counted++) = (Counted){ i, at - 1 };
	}
}

/* What the two searches of name_unify_kinds() find. */
typedef struct {
	const GArray *facts;
	GArray *plurals;
	KindsFound kinds;
} UnifyJob;

/* Item ITEM of name_unify_kinds(): the plurals or the kinds. Both only
 * read the facts, and no fact is one the other changes (a key of one word
 * against keys of two or more), so they run side by side and their
 * changes are made after: it ran alone on the two-core critical path
 * after the names' rules (the helper idle), 22.5 M instructions at
 * 8 x 1 MiB (the longer item now 11 M). */
static void unify_item(guint item, gpointer data)
{
	UnifyJob *job = data;
	if (item == 0)
		count_kinds(job->facts, &job->kinds);
	else
		find_plurals(job->facts, job->plurals);
}

void name_unify_kinds(GArray *facts)
{
	g_autoptr(GArray) plurals = g_array_new(FALSE, FALSE, 2 * sizeof(guint));
	g_autoptr(GArray) counts = g_array_new(FALSE, TRUE, sizeof(KindCount));
	g_autoptr(GArray) counted = g_array_new(FALSE, FALSE, sizeof(Counted));
	UnifyJob job = { facts, plurals, { counts, counted, 0, FALSE } };
	cr_parallel_for(2, unify_item, &job);
	unify_plurals(facts, plurals);
	for (guint i = 0; job.kinds.mixed && i < job.kinds.n_counted; i++) {
		const Counted *c = &g_array_index(counted, Counted, i);
		CrFactKind kind = winner(&g_array_index(counts, KindCount, c->count));
		if (kind != CR_FACT_N_KINDS)
			g_array_index(facts, CrFact, c->fact).kind = kind;
	}
}

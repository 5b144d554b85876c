/* People, organisations and places. Each report is scanned for names
 * (name_scan.c), which are resolved within the report; once every report
 * is in, short forms, names of unknown kind and people known only by their
 * role are resolved across reports. Values are canonical names (the
 * gazetteer's: "G7" for "Group of Seven", "Kyodo" for "Kyodo news agency";
 * the full name for "Mr. Kishida"), keys their folded form. */
#include "crossread/extract.h"

#include <string.h>

#include "crossread/parallel.h"
#include "crossread/text.h"
#include "english.h"
#include "name_index.h"
#include "name_country.h"
#include "name_qualified.h"
#include "name_model.h"
#include "name_spaced.h"
#include "name_kinds.h"
#include "name_lexicon.h"
#include "name_lower.h"
#include "name_recurring.h"
#include "name_runs.h"
#include "name_scan.h"
#include "name_token.h"
#include "crossread/partition.h"
#include "crossread/str_table.h"

/* How sure a person known only by a role is ("the Japanese ambassador to
 * the United States" -> the one ambassador another report names). */
#define CONFIDENCE_ROLE 0.6
/* How sure a shorter name of an organisation is ("Red Crescent"). */
#define CONFIDENCE_SHORTER_ORG 0.85

/* Scans made by cr_extract_names() that cr_resolve_names() has not taken
 * yet. A scan depends only on the report's bytes and its blocks' spans, so
 * it is found again by a digest of those, and resolving does not scan the
 * report a second time. The oldest go first beyond CR_MAX_DOCUMENTS. */
typedef struct {
	guint64 digest;
	NameScan *scan;
} PendingScan;

static GMutex pending_lock;
static GQueue pending = G_QUEUE_INIT;

/* Mixes one 64-bit word into a running digest. */
static guint64 mix(guint64 h, guint64 word)
{
	h ^= word;
	h *= 0x100000001b3ULL;
	return h ^ (h >> 29);
}

/* The primes of xxHash64's rounds (general knowledge: Yann Collet's
 * xxHash, BSD licence). */
#define DIGEST_P1 0x9e3779b185ebca87ULL
#define DIGEST_P2 0xc2b2ae3d27d4eb4fULL

/* The eight bytes at P as one word. */
static inline guint64 load_word(const char *p)
{
	guint64 word;
	memcpy(&word, p, 8);
	return word;
}

/* One round of a lane of the digest: WORD taken into LANE, xxHash64's. */
static inline guint64 digest_round(guint64 lane, guint64 word)
{
	lane += word * DIGEST_P2;
	lane = (lane << 31) | (lane >> 33);
	return lane * DIGEST_P1;
}

/* A digest of what a scan of DOC depends on. The bytes are taken 32 at a
 * time in four lanes, xxHash64's rounds (a rotation and two products a
 * word): a word a step with mix() was 1.2 instructions a byte, 19.8 M for
 * 8 x 1 MiB hashed at extraction and again at resolution. */
static guint64 scan_digest(const CrDoc *doc, const GArray *blocks)
{
	guint64 l0 = DIGEST_P1 + DIGEST_P2, l1 = DIGEST_P2, l2 = 0, l3 = -DIGEST_P1;
	gsize i = 0;
	for (; i + 32 <= doc->len; i += 32) {
		l0 = digest_round(l0, load_word(doc->data + i));
		l1 = digest_round(l1, load_word(doc->data + i + 8));
		l2 = digest_round(l2, load_word(doc->data + i + 16));
		l3 = digest_round(l3, load_word(doc->data + i + 24));
	}
	guint64 h = mix(mix(mix(mix(mix(0xcbf29ce484222325ULL, doc->len), l0), l1), l2), l3);
	for (; i + 8 <= doc->len; i += 8)
		h = mix(h, load_word(doc->data + i));
	for (; i < doc->len; i++)
		h = mix(h, (guchar)doc->data[i]);
	for (guint b = 0; b < blocks->len; b++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, b);
		h = mix(mix(h, block->start), block->end);
	}
	return h;
}

static void pending_free(gpointer data)
{
	PendingScan *p = data;
	name_scan_free(p->scan);
	g_free(p);
}

/* Keeps SCAN (taken) for cr_resolve_names(). */
static void pending_put(guint64 digest, NameScan *scan)
{
	PendingScan *p = g_new(PendingScan, 1);
	p->digest = digest;
	p->scan = scan;
	g_mutex_lock(&pending_lock);
	g_queue_push_tail(&pending, p);
	while (g_queue_get_length(&pending) > CR_MAX_DOCUMENTS)
		pending_free(g_queue_pop_head(&pending));
	g_mutex_unlock(&pending_lock);
}

/* The scan of DOC: the one cr_extract_names() kept, else a new one. */
static NameScan *pending_take(const CrDoc *doc, const GArray *blocks)
{
	guint64 digest = scan_digest(doc, blocks);
	NameScan *scan = NULL;

	g_mutex_lock(&pending_lock);
	for (GList *l = pending.head; l; l = l->next) {
		PendingScan *p = l->data;
		if (p->digest == digest) {
			scan = p->scan;
			g_free(p);
			g_queue_delete_link(&pending, l);
			break;
		}
	}
	g_mutex_unlock(&pending_lock);
	return scan ? scan : name_scan_doc(doc, blocks);
}

/* The reports' scans, taken side by side. */
typedef struct {
	CrDoc *const *docs;
	GPtrArray *blocks;
	NameScan **scans;
} TakeJob;

static void take_scan(guint d, gpointer data)
{
	TakeJob *job = data;
	job->scans[d] = pending_take(job->docs[d], g_ptr_array_index(job->blocks, d));
}

/* Frees scan D of the job's scans: the scans are let go side by side. */
static void free_scan(guint d, gpointer data)
{
	TakeJob *job = data;
	name_scan_free(job->scans[d]);
}

static gboolean is_fact_kind(int kind)
{
	return kind == CR_FACT_PERSON || kind == CR_FACT_ORG || kind == CR_FACT_PLACE;
}

/* Appends the fact of M from START, of CONFIDENCE, with no value or key
 * yet, its text shared through POOL (NULL: its own). */
static CrFact *append_name(GArray *facts, const CrDoc *doc, guint doc_index, const NameMention *m,
			   gsize start, double confidence, CrFactStrings *pool)
{
	CrFactKind kind = m->kind == NAME_KIND_UNKNOWN ? CR_FACT_PERSON : (CrFactKind)m->kind;
	gsize end = m->end;
	if (end - start >= 3 && doc->data[end - 2] == '&')
		end = name_ampersand_fact_end(doc->data, doc->len, start, end);
	CrFact *f = cr_fact_append_shared(facts, doc, doc_index, start, end, kind, pool);
	f->confidence = confidence;
	if ((m->flags & NAME_MENTION_ALIAS) || start != m->start || m->flags & NAME_MENTION_ROLE_ONLY)
		f->flags |= CR_FACT_ALIAS;
	return f;
}

void name_append_fact(GArray *facts, const CrDoc *doc, guint doc_index, const NameMention *m, gsize start,
		      const char *value, const char *key, double confidence)
{
	CrFact *f = append_name(facts, doc, doc_index, m, start, confidence, NULL);
	cr_fact_take_value(f, g_strdup(value));
	f->key = g_strdup(key);
}

void cr_extract_names(const CrReport *report, GArray *facts)
{
	const CrDoc *doc = report->doc;
	guint doc_index = report->index;
	const GArray *blocks = report->blocks;
	NameScan *scan = name_scan_doc(doc, blocks);
	/* a report names the same few hundred names over and over: their
	 * strings are kept once (cited titles: 62,000 "Homes Review") */
	g_autoptr(CrFactStrings) pool = cr_fact_strings_new();

	for (guint i = 0; i < scan->mentions->len; i++) {
		const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
		if (is_fact_kind(m->kind) && m->value)
			cr_fact_share_strings(
			    append_name(facts, doc, doc_index, m, m->start, m->confidence, pool), pool,
			    m->value, m->key);
	}
	pending_put(scan_digest(doc, blocks), scan);
}

/* Role keys: the person each names, NULL once two different people. */
static void note_role(GHashTable *roles, const NameMention *m)
{
	if (!g_hash_table_contains(roles, m->role_key)) {
		g_hash_table_insert(roles, g_strdup(m->role_key), (gpointer)m);
		return;
	}
	const NameMention *old = g_hash_table_lookup(roles, m->role_key);
	if (old && strcmp(old->key, m->key) != 0)
		g_hash_table_insert(roles, g_strdup(m->role_key), NULL);
}

/* A fact by its place. */
typedef struct {
	guint64 place;
	guint fact;
} PlacedFact;

static gint compare_placed(gconstpointer pa, gconstpointer pb)
{
	const PlacedFact *a = pa, *b = pb;
	if (a->place != b->place)
		return a->place < b->place ? -1 : 1;
	return a->fact < b->fact ? -1 : a->fact > b->fact;
}

/* TRUE when PLACED is in compare_placed()'s order already: the facts are
 * appended report by report in text order, so at 8 x 1 MiB of news it is,
 * and sorting the 40,000 in order took 6.0 M instructions on the caller. */
static gboolean placed_in_order(const GArray *placed)
{
	const PlacedFact *p = (const PlacedFact *)(const void *)placed->data;
	for (guint k = 1; k < placed->len; k++)
		if (p[k - 1].place > p[k].place)
			return FALSE;
	return TRUE;
}

/* 1 + the last fact of PLACED (sorted) at PLACE, 0 when none. */
static guint placed_fact(const GArray *placed, guint64 place)
{
	guint lo =
	    CR_PARTITION_POINT(placed->len, mid, g_array_index(placed, PlacedFact, mid).place <= place);
	return lo > 0 && g_array_index(placed, PlacedFact, lo - 1).place == place
		   ? g_array_index(placed, PlacedFact, lo - 1).fact + 1
		   : 0;
}

/* What all reports establish together. */
typedef struct {
	NameIndex *index;
	GHashTable *roles;     /* role key -> the NameMention of its one holder, or NULL */
	GHashTable *described; /* role keys some report uses without a name */
	GArray *single_facts;  /* PlacedFact, by place: the person and body facts not yet resolved */
} Shared;

static void shared_add(Shared *sh, const NameScan *scan, const CrDoc *doc)
{
	name_index_add_acronyms(sh->index, scan);
	for (guint i = 0; i < scan->mentions->len; i++) {
		const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
		name_index_add(sh->index, m);
		name_index_add_written_initials(sh->index, m, doc->data);
		if (m->role_key && (m->flags & NAME_MENTION_ROLE_ONLY))
			g_hash_table_add(sh->described, g_strdup(m->role_key));
		else if (m->role_key && m->kind == CR_FACT_PERSON && m->n_words >= 2)
			note_role(sh->roles, m);
	}
}

/* TRUE when the names FOUND among the words of M (in DATA) are two or
 * more, hold all its capitalised words one after another (lower-case
 * words such as "of" may stand between them), and each is written in full
 * as the reports establish it: "Downey" of "Downey Jr" is no "Susan
 * Downey". */
static gboolean names_fill(const NameMention *m, const GArray *found, const char *data)
{
	if (found->len < 2)
		return FALSE;
	guint words = 0;
	for (guint i = 0; i < found->len; i++) {
		const NameMention *w = &g_array_index(found, NameMention, i);
		gsize len = w->end - w->start;
		if (strlen(w->value) != len || memcmp(data + w->start, w->value, len) != 0)
			return FALSE;
		words += w->n_words;
	}
	return words == m->n_words && g_array_index(found, NameMention, 0).start == m->start &&
	       g_array_index(found, NameMention, found->len - 1).end == m->end;
}

/* Appends the facts of the names the index finds among the words of M, a
 * name of unknown kind: any of them in a headline, else only when they
 * fill M ("LEA Primary School Kuriga", the school other reports name and
 * the town: two names written without the comma between). */
static void resolve_words(const Shared *sh, const CrDoc *doc, guint d, const NameMention *m, GArray *facts)
{
	g_autoptr(GArray) found = g_array_new(FALSE, FALSE, sizeof(NameMention));
	GStringChunk *texts = g_string_chunk_new(256);
	name_index_resolve_words(sh->index, m, doc->data, found, texts);
	if ((m->flags & NAME_MENTION_HEADLINE) || names_fill(m, found, doc->data))
		for (guint i = 0; i < found->len; i++) {
			const NameMention *w = &g_array_index(found, NameMention, i);
			name_append_fact(facts, doc, d, w, w->start, w->value, w->key, w->confidence);
		}
	g_string_chunk_free(texts);
}

/* Resolves the mentions of report D against what all reports establish:
 * people known by a role, single words, names of unknown kind. The facts
 * of report D in FACTS are changed in place, and the new ones appended to
 * ADDED, so that reports are resolved side by side. */
/* Leaves the number out of the name of unknown kind M ("Artemis III")
 * that no report knows as a monarch's or a pope's ("Leo XIV"): it is the
 * name before it, as "Artemis" is. Returns TRUE when it did. */
static gboolean unknown_number_left_out(const CrDoc *doc, NameScan *scan, NameMention *m)
{
	if (m->kind != NAME_KIND_UNKNOWN || m->n_words != 2 || !m->value)
		return FALSE;
	const char *space = strrchr(m->value, ' ');
	if (!space || !name_regnal_number(space + 1, strlen(space + 1)))
		return FALSE;
	gsize first = (gsize)(space - m->value);
	g_autofree char *name = g_strndup(m->value, first);
	g_autofree char *folded = cr_text_fold(name);
	if (m->start + first > doc->len || memcmp(doc->data + m->start, name, first) != 0)
		return FALSE;
	m->end = m->start + first;
	m->n_words = 1;
	m->value = g_string_chunk_insert(scan->texts, name);
	m->key = g_string_chunk_insert(scan->texts, folded);
	return TRUE;
}

static void resolve_report(const Shared *sh, const CrDoc *doc, guint d, NameScan *scan, GArray *facts,
			   GArray *added)
{
	for (guint i = 0; i < scan->mentions->len; i++) {
		NameMention *m = &g_array_index(scan->mentions, NameMention, i);
		const NameMention *holder = m->role_key ? g_hash_table_lookup(sh->roles, m->role_key) : NULL;
		if (m->flags & NAME_MENTION_ROLE_ONLY) {
			if (holder)
				name_append_fact(added, doc, d, m, m->start, holder->value, holder->key,
						 CONFIDENCE_ROLE);
			continue;
		}
		if (holder && m->kind == CR_FACT_PERSON && g_hash_table_contains(sh->described, m->role_key))
			name_append_fact(added, doc, d, m, m->role_start, holder->value, holder->key,
					 CONFIDENCE_ROLE);
		gboolean single = (m->kind == CR_FACT_PERSON || m->kind == CR_FACT_ORG) && m->n_words == 1;
		if (!single && m->kind != NAME_KIND_UNKNOWN)
			continue;
		if (!name_index_resolve(sh->index, m) &&
		    !(unknown_number_left_out(doc, scan, m) && name_index_resolve(sh->index, m))) {
			if (m->kind == NAME_KIND_UNKNOWN && !(m->flags & NAME_MENTION_SPLIT) &&
			    m->n_words >= 2 &&
			    ((m->flags & NAME_MENTION_HEADLINE) || name_index_knows_ends(sh->index, m)))
				resolve_words(sh, doc, d, m, added);
			continue;
		}
		if (!is_fact_kind(m->kind))
			continue;
		if (!single) {
			name_append_fact(added, doc, d, m, m->start, m->value, m->key, m->confidence);
			continue;
		}
		guint at = placed_fact(sh->single_facts, cr_fact_place(d, m->start, m->end));
		if (at) {
			CrFact *f = &g_array_index(facts, CrFact, at - 1);
			cr_fact_rename(f, m->value, m->key);
			f->confidence = m->confidence;
			f->flags |= CR_FACT_ALIAS;
		}
	}
}

/* The reports' resolution against what all reports establish. */
typedef struct {
	const Shared *sh;
	CrDoc *const *docs;
	NameScan **scans;
	GArray *facts;
	GArray **added; /* per report: the facts its resolution adds */
} ResolveJob;

static void resolve_one(guint d, gpointer data)
{
	ResolveJob *job = data;
	job->added[d] = cr_fact_array_new();
	resolve_report(job->sh, job->docs[d], d, job->scans[d], job->facts, job->added[d]);
}

/* Runs of the words of organisations' names: those that follow a
 * connector inside the name ("Red Crescent" in "Federation of Red Cross and
 * Red Crescent Societies") name what the name's head qualifies, so they
 * stand for the name only when no other name holds them otherwise. */
typedef struct {
	GHashTable *runs;    /* folded run -> FullName or NULL */
	GHashTable *inner;   /* the same for runs after a connector */
	GStringChunk *texts; /* the runs' text, packed */
	GHashTable *asked;   /* the names longer_org() will be asked about: the runs worth keeping */
} OrgRuns;

/* TRUE when the run of a longer name whose last word is the LEN bytes at
 * LAST, with more words after it, names a thing of its own: its last word
 * heads an event's, a prize's or a law's name ("Booker Prize" of "Booker
 * Prize Foundation"), so the longer name is a body named after that thing,
 * not a longer form of it ("Red Crescent" of "Kadrian Red Crescent Society"
 * is). */
static gboolean run_names_own_thing(const char *last, gsize len)
{
	return (name_word_info(last, len).classes & NAME_WORD_EVENT) != 0;
}

/* Records in RUNS (folded run of words -> the FullName of the longest
 * organisation holding it, or NULL when two organisations hold it that do
 * not hold each other) every run of two words or more of the organisation
 * NAME, but the whole, that is one of the names ASKED about (a name of n
 * words has n(n-1)/2 - 1 runs; dense capitals made millions no one read).
 * The runs' text is kept in TEXTS, packed. A name of unknown kind only
 * makes the runs already recorded ambiguous: it holds words, nothing
 * stands for it. */
static void note_org_runs(OrgRuns *org_runs, const FullName *name)
{
	GStringChunk *texts = org_runs->texts;
	const char *key = name->key;
	gsize len = strlen(key);
	/* WORDS is KEY with each word ended by '\0', RUN the run being tried */
	g_autofree char *words = g_strdup(key);
	g_autofree char *run = g_malloc(len + 1);
	gboolean after_connector = FALSE;
	for (char *a = words; a; a = strchr(a, '\0') < words + len ? strchr(a, '\0') + 1 : NULL) {
		char *space = strchr(a, ' ');
		if (space)
			*space = '\0';
		GHashTable *runs = after_connector ? org_runs->inner : org_runs->runs;
		after_connector = (name_word_classes(a) & NAME_WORD_CONNECTOR) != 0;
		gsize from = (gsize)(a - words);
		for (const char *b = strchr(key + from, ' '); b; b = strchr(b + 1, ' ')) {
			const char *end = strchr(b + 1, ' ');
			gsize n = (end ? (gsize)(end - key) : len) - from;
			if ((from == 0 && !end) || (end && run_names_own_thing(b + 1, (gsize)(end - b - 1))))
				continue;
			memcpy(run, key + from, n);
			run[n] = '\0';
			if (!g_hash_table_contains(org_runs->asked, run))
				continue;
			gpointer held_key = NULL, old = NULL;
			if (!g_hash_table_lookup_extended(runs, run, &held_key, &old)) {
				if (name->unknown)
					continue;
				g_hash_table_insert(runs, g_string_chunk_insert_len(texts, run, (gssize)n),
						    (gpointer)name);
				continue;
			}
			const FullName *held = old;
			if (held && name_holds_words(name->key, held->key))
				g_hash_table_insert(runs, held_key, (gpointer)name);
			else if (held && !name_holds_words(held->key, name->key))
				g_hash_table_insert(runs, held_key, NULL);
		}
	}
}

/* The organisation of two words or more that the name KEY of two words or
 * more is a run of, when one holds it ("Red Crescent", "Kadrian Red
 * Crescent" for "Kadrian Red Crescent Society"); NULL when none, two, or
 * one of no known kind. */
static const FullName *longer_org(const OrgRuns *org_runs, const char *key)
{
	if (!key || !strchr(key, ' '))
		return NULL;
	gpointer name = NULL;
	if (!g_hash_table_lookup_extended(org_runs->runs, key, NULL, &name))
		name = g_hash_table_lookup(org_runs->inner, key);
	return name && !((const FullName *)name)->unknown ? name : NULL;
}

/* Sets ENDS to the folded first and last words of KEY, a name of two
 * words or more, joined by a space ("ataturk stadium"). */
static void name_ends(const char *key, GString *ends)
{
	g_string_truncate(ends, 0);
	g_string_append_len(ends, key, (gssize)strcspn(key, " "));
	g_string_append(ends, strrchr(key, ' '));
}

/* Orders mentions (NameMention *, whose keys are of two words or more) by
 * their keys' first words, then their last: those of one name_ends()
 * come together. */
static gint ends_order(gconstpointer pa, gconstpointer pb)
{
	const char *a = (*(const NameMention *const *)pa)->key, *b = (*(const NameMention *const *)pb)->key;
	gsize la = strcspn(a, " "), lb = strcspn(b, " ");
	int first = memcmp(a, b, MIN(la, lb));
	if (first || la != lb)
		return first ? first : la < lb ? -1 : 1;
	return strcmp(strrchr(a, ' '), strrchr(b, ' '));
}

/* A name of two words that another report writes with more words between
 * them bridges the longer forms: "Ataturk Stadium" in one report, "Ataturk
 * Olympic Stadium" and "Ataturk Olimpiyat Stadium" in others, are one
 * place, named as most reports name it (of two as many, the shorter).
 * Without the two-word form the longer ones stay apart. Applied to the
 * organisations and names of unknown kind of the scans and the facts. */
static void bridge_org_names(GPtrArray *scans, GArray *facts)
{
	/* folded name -> mask of the reports writing it; the longer names,
	 * each once, in one array sorted by their ends (a table of the ends,
	 * a list each, took 7 MB at 4 MiB of cited titles, the names' peak);
	 * a CrStrTable: a mention's name is hashed once, not for a lookup
	 * and an insert */
	g_auto(CrStrTable) reports = { 0 };
	cr_str_table_init(&reports);
	g_autoptr(GPtrArray) longer = g_ptr_array_new();
	for (guint d = 0; d < scans->len; d++) {
		const NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			if ((m->kind != CR_FACT_ORG && m->kind != NAME_KIND_UNKNOWN) || m->n_words < 2 ||
			    !m->key || (m->flags & (NAME_MENTION_HEADLINE | NAME_MENTION_ALIAS)))
				continue;
			guint mask = cr_str_table_or(&reports, m->key, 1u << d);
			if (!mask && m->n_words >= 3 && strchr(m->key, ' '))
				g_ptr_array_add(longer, (gpointer)m);
		}
	}
	g_ptr_array_sort(longer, ends_order);
	/* folded name -> the mention whose name stands for it; the ends
	 * bridged */
	g_autoptr(GHashTable) bridged = g_hash_table_new(g_str_hash, g_str_equal);
	g_autoptr(GStringChunk) bridges = g_string_chunk_new(1024);
	g_autoptr(GString) ends = g_string_new(NULL);
	for (guint from = 0, upto; from < longer->len; from = upto) {
		for (upto = from + 1;
		     upto < longer->len && ends_order(&longer->pdata[from], &longer->pdata[upto]) == 0;
		     upto++)
			;
		name_ends(((const NameMention *)longer->pdata[from])->key, ends);
		guint bridge_mask = GPOINTER_TO_UINT(cr_str_table_lookup(&reports, ends->str));
		if (!bridge_mask)
			continue;
		/* the same whatever the order of the forms: a form's key is
		 * in them once */
		const NameMention *best = NULL;
		guint best_reports = 0;
		for (guint f = from; f < upto; f++) {
			const NameMention *m = g_ptr_array_index(longer, f);
			guint n = __builtin_popcount(GPOINTER_TO_UINT(cr_str_table_lookup(&reports, m->key)));
			if (!best || n > best_reports ||
			    (n == best_reports &&
			     (strlen(m->key) < strlen(best->key) ||
			      (strlen(m->key) == strlen(best->key) && strcmp(m->key, best->key) < 0)))) {
				best = m;
				best_reports = n;
			}
		}
		g_hash_table_insert(bridged, g_string_chunk_insert(bridges, ends->str), (gpointer)best);
		for (guint f = from; f < upto; f++)
			g_hash_table_insert(
			    bridged, (gpointer)((const NameMention *)g_ptr_array_index(longer, f))->key,
			    (gpointer)best);
	}
	if (g_hash_table_size(bridged) == 0)
		return;
	GHashTableIter it;
	gpointer key, value;
	g_autoptr(GHashTable) names =
	    g_hash_table_new_full(g_str_hash, g_str_equal, g_free, name_full_name_free);
	g_hash_table_iter_init(&it, bridged);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		const NameMention *to = value;
		if (strcmp(key, to->key) == 0)
			continue;
		FullName *name = g_new0(FullName, 1);
		name->value = g_strdup(to->value);
		name->key = g_strdup(to->key);
		g_hash_table_insert(names, g_strdup(key), name);
	}
	for (guint d = 0; d < scans->len; d++) {
		NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			const FullName *name =
			    (m->kind == CR_FACT_ORG || m->kind == NAME_KIND_UNKNOWN) && m->key
				? g_hash_table_lookup(names, m->key)
				: NULL;
			if (name)
				name_take_longer_name(name, scan, m);
		}
	}
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		const FullName *name = f->kind == CR_FACT_ORG ? g_hash_table_lookup(names, f->key) : NULL;
		if (name) {
			name_fact_take_name(f, name);
			f->flags |= CR_FACT_ALIAS;
		}
	}
}

/* How many lower-case words after a name may complete it. */
#define MAX_LOWER_TAIL 3

/* The organisation among ORGS that the name M of report DOC is, written on
 * with lower-case words ("Kingsreach crown court" where another report
 * writes "Kingsreach Crown Court"); *END is set to the end of those words.
 * NULL when none. */
static const FullName *lower_case_tail(GHashTable *orgs, const CrDoc *doc, const NameMention *m, GString *key,
				       gsize *end)
{
	gsize pos = m->end;
	for (guint k = 0; k < MAX_LOWER_TAIL; k++) {
		if (pos + 1 >= doc->len || doc->data[pos] != ' ' || !g_ascii_islower(doc->data[pos + 1]))
			return NULL;
		pos++;
		while (pos < doc->len && g_ascii_islower(doc->data[pos]))
			pos++;
		const FullName *name =
		    g_hash_table_lookup(orgs, name_fold_span(doc->data, m->start, pos, key));
		if (name && !name->unknown) {
			*end = pos;
			return name;
		}
	}
	return NULL;
}

/* TRUE when mention M may name an organisation other names are runs of:
 * an organisation or a name of unknown kind of two words or more outside
 * headlines, written as itself. A name of unknown kind may be a body too:
 * "Red Crescent" is no run of the federation's name where "Libyan Red
 * Crescent" is written. */
static gboolean org_candidate(const NameMention *m)
{
	return (m->kind == CR_FACT_ORG || m->kind == NAME_KIND_UNKNOWN) && m->n_words >= 2 && m->value &&
	       !(m->flags & (NAME_MENTION_HEADLINE | NAME_MENTION_ALIAS));
}

/* TRUE when organisation fact I of FACTS follows a place it belongs to, one
 * space before it ("Hawaii" of "Hawaii Emergency Management Agency": a
 * place fact beside it in FACTS), that the longer organisation NAME does
 * not hold: the state's agency is not the "Federal Emergency Management
 * Agency", nor its acronym. */
static gboolean qualified_otherwise(const GArray *facts, guint i, const FullName *name)
{
	const CrFact *f = &g_array_index(facts, CrFact, i);
	for (guint k = i >= 3 ? i - 3 : 0; k < facts->len && k <= i + 3; k++) {
		const CrFact *p = &g_array_index(facts, CrFact, k);
		if (p->kind == CR_FACT_PLACE && p->doc == f->doc && p->end + 1 == f->start && p->value)
			return !strstr(name->value, p->value);
	}
	return FALSE;
}

/* TRUE when mention M, written alone outside a headline, names a thing of
 * its own that no longer organisation's run stands for: a place or a
 * person of two words or more ("Santa Clara"), or a name the gazetteer
 * knows, in any of its forms ("European Union", "EU": the Union, not the
 * "Court of Justice of the European Union" that holds its words). */
static gboolean names_itself(const NameMention *m)
{
	if (!m->key || (m->flags & NAME_MENTION_HEADLINE))
		return FALSE;
	return ((m->kind == CR_FACT_PLACE || m->kind == CR_FACT_PERSON) && m->n_words >= 2) ||
	       (m->flags & NAME_MENTION_GAZETTEER);
}

/* Gives every organisation named by a run of the words of one longer
 * organisation the longer name, in the scans and the facts, and makes
 * names of unknown kind that are such a run that organisation (appending
 * their facts). Organisations in headlines establish nothing. */
static void unify_org_names(CrDoc *const *docs, GPtrArray *scans, GArray *facts)
{
	/* the organisations' names, in NAMES: the mentions' own strings, which
	 * stay in their scans' texts when a mention takes another name below
	 * (name_take_longer_name() copies, frees nothing); a copy of each was 3 MB
	 * at the peak of 4 MiB of cited titles */
	g_autoptr(GHashTable) orgs = g_hash_table_new(g_str_hash, g_str_equal);
	g_autoptr(GHashTable) runs = g_hash_table_new(cr_str_hash, g_str_equal);
	g_autoptr(GHashTable) inner = g_hash_table_new(cr_str_hash, g_str_equal);
	g_autoptr(GStringChunk) texts = g_string_chunk_new(64 * 1024);
	g_autoptr(GHashTable) asked = g_hash_table_new(cr_str_hash, g_str_equal);
	OrgRuns org_runs = { runs, inner, texts, asked };
	guint n_candidates = 0, n_names = 0;

	for (guint d = 0; d < scans->len; d++) {
		const NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++)
			n_candidates += org_candidate(&g_array_index(scan->mentions, NameMention, i));
	}
	g_autofree FullName *names = g_new(FullName, MAX(n_candidates, 1));
	for (guint d = 0; d < scans->len; d++) {
		const NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			if (!org_candidate(m))
				continue;
			FullName *known = g_hash_table_lookup(orgs, m->key);
			if (known) {
				known->unknown &= m->kind == NAME_KIND_UNKNOWN;
				continue;
			}
			FullName *name = &names[n_names++];
			name->value = (char *)m->value;
			name->key = (char *)m->key;
			name->unknown = m->kind == NAME_KIND_UNKNOWN;
			g_hash_table_insert(orgs, name->key, name);
		}
	}
	if (g_hash_table_size(orgs) == 0)
		return;
	/* longer_org() is asked about the names of two words or more of the
	 * mentions below and of the organisations' facts, before and after;
	 * the organisations' own names are among the mentions' (adding them
	 * again, 19,888 at 8 x 1 MiB of news, took 5 M instructions) */
	for (guint d = 0; d < scans->len; d++) {
		const NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			if ((m->kind == CR_FACT_ORG || m->kind == NAME_KIND_UNKNOWN) && m->n_words >= 2 &&
			    m->key)
				g_hash_table_add(asked, (gpointer)m->key);
		}
	}
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind == CR_FACT_ORG && f->key)
			g_hash_table_add(asked, f->key);
	}
	GHashTableIter it;
	gpointer value;
	for (int unknown = 0; unknown <= 1; unknown++) {
		g_hash_table_iter_init(&it, orgs);
		while (g_hash_table_iter_next(&it, NULL, &value))
			if (((const FullName *)value)->unknown == unknown)
				note_org_runs(&org_runs, value);
	}
	/* a run that a report writes alone as a place or a person names that
	 * place or person, not the organisation that holds it ("Santa Clara"
	 * where a report writes "based in Santa Clara" and "Deposit Insurance
	 * National Bank of Santa Clara") */
	for (guint d = 0; d < scans->len && g_hash_table_size(runs) + g_hash_table_size(inner); d++) {
		const NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			if (names_itself(m)) {
				g_hash_table_remove(runs, m->key);
				g_hash_table_remove(inner, m->key);
			}
		}
	}
	for (guint d = 0; d < scans->len; d++) {
		NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			if ((m->kind != CR_FACT_ORG && m->kind != NAME_KIND_UNKNOWN) || m->n_words < 2)
				continue;
			const FullName *name = longer_org(&org_runs, m->key);
			if (!name)
				continue;
			gboolean was_unknown = m->kind == NAME_KIND_UNKNOWN;
			name_take_longer_name(name, scan, m);
			m->kind = CR_FACT_ORG;
			m->flags |= NAME_MENTION_ALIAS;
			if (was_unknown)
				name_append_fact(facts, docs[d], d, m, m->start, m->value, m->key,
						 MIN(m->confidence, CONFIDENCE_SHORTER_ORG));
		}
	}
	/* the first words of organisations' names ("kingsreach" of
	 * "kingsreach crown court"): only names that are one are written on;
	 * a CrStrTable (nobody walks it: a mention's key hashed once) */
	g_auto(CrStrTable) heads = { 0 };
	cr_str_table_init(&heads);
	g_hash_table_iter_init(&it, orgs);
	while (g_hash_table_iter_next(&it, NULL, &value)) {
		const FullName *name = value;
		for (const char *sp = strchr(name->key, ' '); sp && !name->unknown;
		     sp = strchr(sp + 1, ' ')) {
			const char *head = g_string_chunk_insert_len(texts, name->key, sp - name->key);
			cr_str_table_set(&heads, head, (gpointer)head);
		}
	}
	g_autoptr(GString) key = g_string_new(NULL);
	for (guint d = 0; d < scans->len; d++) {
		NameScan *scan = g_ptr_array_index(scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			gsize end = 0;
			const FullName *name = m->kind == NAME_KIND_UNKNOWN && m->key &&
						       !(m->flags & NAME_MENTION_HEADLINE) &&
						       cr_str_table_lookup(&heads, m->key)
						   ? lower_case_tail(orgs, docs[d], m, key, &end)
						   : NULL;
			if (!name)
				continue;
			name_take_longer_name(name, scan, m);
			m->kind = CR_FACT_ORG;
			m->end = end;
			name_append_fact(facts, docs[d], d, m, m->start, m->value, m->key,
					 MIN(m->confidence, CONFIDENCE_SHORTER_ORG));
		}
	}
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		const FullName *name = f->kind == CR_FACT_ORG ? longer_org(&org_runs, f->key) : NULL;
		if (name && !qualified_otherwise(facts, i, name)) {
			name_fact_take_name(f, name);
			f->flags |= CR_FACT_ALIAS;
		}
	}
}

/* Gives each person fact named by a monarch's title or number ("King
 * Frederik", "Frederik X", "Frederik" resolved to either) the one name the
 * index knows the monarch by, so that the reports' forms meet. */
static void unify_royal_names(const NameIndex *index, GArray *facts)
{
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		const char *value = NULL, *key = NULL;
		if (f->kind == CR_FACT_PERSON && f->key && (key = name_index_royal(index, f->key, &value)))
			cr_fact_rename(f, value, key);
	}
}

void cr_resolve_names(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts)
{
	g_autoptr(GPtrArray) scans = g_ptr_array_new();
	Shared sh = {
		.index = name_index_new(),
		.roles = g_hash_table_new_full(cr_str_hash, g_str_equal, g_free, NULL),
		.described = g_hash_table_new_full(cr_str_hash, g_str_equal, g_free, NULL),
		.single_facts = g_array_new(FALSE, FALSE, sizeof(PlacedFact)),
	};
	g_autofree NameScan **taken = g_new0(NameScan *, MAX(n_docs, 1));
	TakeJob take = { docs, blocks, taken };

	cr_parallel_for(n_docs, take_scan, &take);
	for (guint d = 0; d < n_docs; d++)
		g_ptr_array_add(scans, taken[d]);
	name_unify_full_names(docs, scans, facts);
	bridge_org_names(scans, facts);
	unify_org_names(docs, scans, facts);
	for (guint d = 0; d < n_docs; d++)
		shared_add(&sh, g_ptr_array_index(scans, d), docs[d]);
	for (guint d = 0; d < n_docs; d++)
		name_index_refuse_variants(sh.index, g_ptr_array_index(scans, d));
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		const char *value, *key;
		if (f->kind == CR_FACT_ORG && name_index_variant(sh.index, f->value, f->key, &value, &key))
			cr_fact_rename(f, value, key);
		PlacedFact placed = { cr_fact_place(f->doc, f->start, f->end), i };
		if ((f->kind == CR_FACT_PERSON || f->kind == CR_FACT_ORG) && !(f->flags & CR_FACT_ALIAS))
			g_array_append_val(sh.single_facts, placed);
	}
	if (!placed_in_order(sh.single_facts))
		g_array_sort(sh.single_facts, compare_placed);
	g_autofree GArray **added = g_new0(GArray *, MAX(n_docs, 1));
	ResolveJob resolving = { &sh, docs, taken, facts, added };
	cr_parallel_for(n_docs, resolve_one, &resolving);
	for (guint d = 0; d < n_docs; d++)
		cr_fact_array_append_take(facts, added[d]);
	unify_royal_names(sh.index, facts);
	/* each of the index and the scans goes once no pass below reads it:
	 * the peak of 4 MiB of place names was name_fill_left_out_words()'s,
	 * both held */
	name_index_free(sh.index); /* before the scans: it holds their strings */
	name_lengthen_runs(docs, scans, facts);
	name_keep_recurring_unknowns(docs, blocks, scans, facts);
	cr_parallel_for(n_docs, free_scan, &take);
	name_find_lower_case(docs, n_docs, facts);
	name_unify_kinds(facts);
	name_unify_country_bodies(docs, facts);
	name_open_known_words(docs, facts);
	name_fill_left_out_words(facts);
	g_autoptr(GArray) singles = name_join_qualified(docs, facts);
	name_join_headed(docs, facts, singles);
	name_join_spaced(docs, facts, singles);
	name_join_model_variants(docs, facts);
	name_join_first_word(docs, facts, singles);
	g_hash_table_unref(sh.roles);
	g_hash_table_unref(sh.described);
	g_array_unref(sh.single_facts);
}

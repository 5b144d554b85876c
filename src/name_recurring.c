/* Names of unknown kind that two reports or more write alike in article
 * text: names all the same, of a kind guessed from their words and the
 * other names (name_recurring.c). Part of cr_resolve_names(). */
#include "name_recurring.h"

#include <string.h>

#include "crossread/clean.h"
#include "crossread/parallel.h"
#include "crossread/str_table.h"
#include "crossread/text.h"
#include "english.h"
#include "name_lexicon.h"

/* How sure a name of unknown kind is that other reports repeat. */
#define CONFIDENCE_RECURRING 0.6

/* The block of DOC_BLOCKS (as cr_blocks_find()) that holds POS, tried
 * first at *LAST, the one found before, then searched for: a report's
 * mentions come in reading order, most in the block of the one before. */
static int block_of(const GArray *doc_blocks, gsize pos, int *last)
{
	const CrBlock *blocks = (const CrBlock *)(void *)doc_blocks->data;
	int b = *last;
	if (b >= 0 && (guint)b < doc_blocks->len && blocks[b].start <= pos && pos < blocks[b].end &&
	    (b == 0 || blocks[b - 1].end <= pos))
		return b;
	return *last = cr_blocks_find(doc_blocks, pos);
}

/* TRUE when mention M of report D lies in article text: not in a headline,
 * a block of furniture or a repeat; *LAST as block_of(). */
static gboolean in_prose(GPtrArray *blocks, guint d, const NameMention *m, int *last)
{
	if (m->flags & NAME_MENTION_HEADLINE)
		return FALSE;
	const GArray *doc_blocks = g_ptr_array_index(blocks, d);
	int b = block_of(doc_blocks, m->start, last);
	if (b < 0)
		return FALSE;
	const CrBlock *block = &g_array_index(doc_blocks, CrBlock, b);
	return cr_block_is_read(block);
}

/* TRUE when the folded one-word KEY is only the last word of bodies'
 * names ("parliament", "senate", "congress"): written alone with a capital
 * inside a sentence, it names the story's body ("marched towards
 * Parliament"). */
static gboolean body_word(const char *key)
{
	return name_word_classes(key) == NAME_WORD_ORG_SUFFIX;
}

/* TRUE for a mention of unknown kind that may yet be a name: not a role
 * description, a headline cut into known names, a word the lexicon knows as
 * something else ("Western") but a body's (body_word()), or an English
 * word in capitals ("IT"); an acronym never spelled out ("NASDAQ") may be. */
static gboolean open_unknown(const NameMention *m)
{
	return m->kind == NAME_KIND_UNKNOWN && m->value &&
	       !(m->flags & (NAME_MENTION_ROLE_ONLY | NAME_MENTION_SPLIT)) &&
	       (m->n_words > 1 || name_word_classes(m->key) == 0 || body_word(m->key)) &&
	       !((m->flags & NAME_MENTION_ACRONYM) && cr_english_word(m->key, strlen(m->key)));
}

/* TRUE when a word of the folded name KEY says it is a place: "River",
 * "Street", "Valley". */
static gboolean has_place_word(const char *key)
{
	g_auto(GStrv) words = g_strsplit(key, " ", -1);
	for (guint i = 0; words[i]; i++)
		if (name_word_classes(words[i]) &
		    (NAME_WORD_PLACE_SUFFIX | NAME_WORD_PLACE_HEAD | NAME_WORD_PLACE_PREFIX))
			return TRUE;
	return FALSE;
}

/* Adds to SET a copy of each word of the folded name KEY (the pieces
 * g_strsplit(KEY, " ", -1) gives), without a vector of them. */
static void add_words(GHashTable *set, const char *key)
{
	if (!*key)
		return;
	for (const char *word = key;;) {
		const char *space = strchr(word, ' ');
		g_hash_table_add(set, space ? g_strndup(word, (gsize)(space - word)) : g_strdup(word));
		if (!space)
			return;
		word = space + 1;
	}
}

/* Set in a recurring name's mask of reports when one writes it in capitals. */
#define WRITTEN_AS_ACRONYM (1u << 31)

/* What one report's mentions say of the names of unknown kind
 * (keep_recurring_unknowns()): read side by side, merged after. */
typedef struct {
	GHashTable *written;   /* key of an open name of unknown kind in article text -> 1, or
				* 1 | WRITTEN_AS_ACRONYM */
	GHashTable *started;   /* the keys of those it writes only where a sentence starts */
	GHashTable *org_words; /* the words of its organisations' names in article text */
	GHashTable *singles;   /* the keys of its one-word mentions of a person or a speaker (borrowed) */
	GHashTable *kin;       /* the keys of its one-word names after a noun of kinship ("his son
				* Hunter"; borrowed), NULL while none */
	guint8 *open;	       /* per mention, open_unknown() of it, read once (OPEN_NAME), and
				* then whether it recurs (RECURS, RECURS_AS_ACRONYM) */
	guint n_found;	       /* its mentions that recur */
	guint at;	       /* where their facts go in the facts */
} RecurringReport;

/* The bits of RecurringReport.open. */
enum {
	OPEN_NAME = 1 << 0,	    /* open_unknown() */
	RECURS = 1 << 1,	    /* two reports or more write it */
	RECURS_AS_ACRONYM = 1 << 2, /* and one in capitals */
};

/* The reports' parts, and what they share once merged: tables nobody
 * walks; the smaller ones CrStrTables, a key hashed once to be looked for
 * and filed (WRITTEN holds a key for about every name: a CrStrTable's
 * slots, half full at most, would take more memory than a GHashTable's). */
typedef struct {
	CrDoc *const *docs;
	GPtrArray *blocks;
	GPtrArray *scans;
	RecurringReport *reports;
	GHashTable *written;  /* key -> the mask of the reports that write it, and WRITTEN_AS_ACRONYM */
	CrStrTable started;   /* key -> the mask of the reports that write it where a sentence starts */
	CrStrTable org_words; /* every report's (borrowed), each -> itself */
	CrStrTable people;    /* the keys written that are a person's name of two words or more, or
			       * its last word (borrowed), each -> itself */
	CrStrTable given;     /* the keys written that open a person's name of two words or more
			       * (borrowed) -> its NameMention, or &two_names when they open two */
	CrStrTable kin;	      /* every report's kin (borrowed), each -> itself */
	GArray *facts;	      /* where the recurring names' facts go */
} Recurring;

/* The mark of a first word that opens two persons' names. */
static const NameMention two_names;

/* The longest first word looked up as written alone. */
#define GIVEN_BYTES 64

/* The kind of a name of unknown kind M that reports repeat, in report R
 * of JOB: an organisation when one writes it in capitals (ACRONYM:
 * "NASDAQ", "UNICEF" and "Unicef"), a place when a word of it says so
 * ("the River Elm"), a person when its last word stands alone in its
 * report as a person or a speaker ("Allingham said" after "Rupert
 * Allingham"; not "the Chamber" after "National Chamber") or a report
 * types the name a person's (PEOPLE: "Bashir Abdi" said), else an
 * organisation for two words or more; one word is an organisation when it
 * is written in lower case first ("eGenesis": a brand, no place) or is a word of one ("Nordvale" of "Nordvale
 * Energy", "Labour" of "Santera Labour Party"), else a person when it ends a person's name (PEOPLE: "Kiptum"
 * of "Kelvin Kiptum"), or when it opens one person's name and a report writes it after a noun of kinship
 * ("his son Hunter" of "Hunter Biden": *FULL gets that name, where a surname would not tell two of a family
 * apart; not "Charlotte" the city of a report naming "Charlotte Reyes"), else a place ("Ashbury"). */
static CrFactKind recurring_kind(const Recurring *job, const RecurringReport *r, const NameMention *m,
				 gboolean acronym, const NameMention **full)
{
	const char *space = strrchr(m->key, ' ');
	*full = NULL;
	if (acronym)
		return CR_FACT_ORG;
	if (!space) {
		/* a brand written in lower case first ("eGenesis", "iPhone") is no place */
		const char *written = job->docs[r - job->reports]->data + m->start;
		if (cr_str_table_lookup(&job->org_words, m->key) || body_word(m->key) ||
		    (g_ascii_islower(written[0]) && g_ascii_isupper(written[1])))
			return CR_FACT_ORG;
		if (cr_str_table_lookup(&job->people, m->key))
			return CR_FACT_PERSON;
		const NameMention *given =
		    cr_str_table_lookup(&job->kin, m->key) ? cr_str_table_lookup(&job->given, m->key) : NULL;
		if (!given || given == &two_names)
			return CR_FACT_PLACE;
		*full = given;
		return CR_FACT_PERSON;
	}
	if (has_place_word(m->key))
		return CR_FACT_PLACE;
	return g_hash_table_contains(r->singles, space + 1) || cr_str_table_lookup(&job->people, m->key)
		   ? CR_FACT_PERSON
		   : CR_FACT_ORG;
}

/* TRUE when the word before DATA[START] is a noun of kinship ("his son
 * Hunter", "her daughter Ashley"; general knowledge): a given name follows. */
static gboolean after_kin_noun(const char *data, gsize start)
{
	static const char *const kin[] = { "son",      "daughter",	"wife",	  "husband",
					   "brother",  "sister",	"father", "mother",
					   "grandson", "granddaughter", "nephew", "niece" };
	gsize end = start, from;
	while (end > 0 && data[end - 1] == ' ')
		end--;
	for (from = end; from > 0 && g_ascii_islower(data[from - 1]); from--)
		;
	if (end == start || from == end || (from > 0 && g_ascii_isalnum(data[from - 1])))
		return FALSE;
	for (guint k = 0; k < G_N_ELEMENTS(kin); k++)
		if (strlen(kin[k]) == end - from && memcmp(data + from, kin[k], end - from) == 0)
			return TRUE;
	return FALSE;
}

/* Reads the mentions of report D for the names it writes and the words
 * of its organisations. */
static void read_recurring(guint d, gpointer data)
{
	Recurring *job = data;
	const NameScan *scan = g_ptr_array_index(job->scans, d);
	RecurringReport *r = &job->reports[d];

	r->written = g_hash_table_new(cr_str_hash, g_str_equal);
	r->started = g_hash_table_new(cr_str_hash, g_str_equal);
	r->org_words = g_hash_table_new_full(cr_str_hash, g_str_equal, g_free, NULL);
	r->singles = g_hash_table_new(cr_str_hash, g_str_equal);
	r->open = g_new0(guint8, scan->mentions->len);
	int last_block = -1;
	for (guint i = 0; i < scan->mentions->len; i++) {
		const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
		if (!m->key)
			continue;
		r->open[i] = open_unknown(m) ? OPEN_NAME : 0;
		/* a surname standing alone speaks or is known as a person's */
		if (m->n_words == 1 && (m->kind == CR_FACT_PERSON || (m->flags & NAME_MENTION_SPEAKER)))
			g_hash_table_add(r->singles, (gpointer)m->key);
		/* where it stands is asked only of the mentions it matters for */
		gboolean org = m->kind == CR_FACT_ORG && m->n_words >= 2;
		if ((!org && !r->open[i]) || !in_prose(job->blocks, d, m, &last_block))
			continue;
		if (org) {
			add_words(r->org_words, m->key);
			continue;
		}
		if (m->flags & NAME_MENTION_UNSURE) {
			g_hash_table_add(r->started, (gpointer)m->key);
			continue;
		}
		if (m->n_words == 1 && after_kin_noun(job->docs[d]->data, m->start)) {
			if (!r->kin)
				r->kin = g_hash_table_new(cr_str_hash, g_str_equal);
			g_hash_table_add(r->kin, (gpointer)m->key);
		}
		guint old = GPOINTER_TO_UINT(g_hash_table_lookup(r->written, m->key)), flags = old | 1;
		if (m->flags & NAME_MENTION_ACRONYM)
			flags |= WRITTEN_AS_ACRONYM;
		/* a name written again as before changes nothing (insert keeps the
		 * key filed first) */
		if (flags != old)
			g_hash_table_insert(r->written, (gpointer)m->key, GUINT_TO_POINTER(flags));
	}
}

/* Notes in JOB's given the first word of M, a person's name of two
 * words or more, when it is written alone as a name of unknown kind
 * ("Hunter" of "Hunter Biden"): the one person it opens, or two_names. */
static void note_given(Recurring *job, const NameMention *m)
{
	const char *space = strchr(m->key, ' ');
	char word[GIVEN_BYTES];
	gpointer written;
	if (!space || (gsize)(space - m->key) >= sizeof word)
		return;
	memcpy(word, m->key, (gsize)(space - m->key));
	word[space - m->key] = '\0';
	if (!g_hash_table_lookup_extended(job->written, word, &written, NULL))
		return;
	const NameMention *had = cr_str_table_lookup(&job->given, written);
	if (!had)
		cr_str_table_set(&job->given, written, (gpointer)m);
	else if (had != &two_names && strcmp(had->key, m->key) != 0)
		cr_str_table_set(&job->given, written, (gpointer)&two_names);
}

/* Notes in JOB's people the names of unknown kind written (JOB's
 * written) that a report types a person's of two words or more, and the
 * one words that end such a name: "Bashir Abdi", "Kiptum" of "Kelvin
 * Kiptum". Only the names written are looked up, once the reports are
 * read. */
static void note_people(Recurring *job)
{
	if (g_hash_table_size(job->written) == 0)
		return;
	for (guint d = 0; d < job->scans->len; d++) {
		const NameScan *scan = g_ptr_array_index(job->scans, d);
		for (guint i = 0; i < scan->mentions->len; i++) {
			const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
			if (m->kind != CR_FACT_PERSON || m->n_words < 2 || !m->key)
				continue;
			if (g_hash_table_contains(job->written, m->key))
				cr_str_table_set(&job->people, m->key, (gpointer)m->key);
			const char *space = strrchr(m->key, ' ');
			if (space && g_hash_table_contains(job->written, space + 1))
				cr_str_table_set(&job->people, space + 1, (gpointer)(space + 1));
			note_given(job, m);
		}
	}
}

/* Marks in report D's open the mentions of its names of unknown kind that
 * two reports or more write, and counts them. */
static void find_recurring_in(guint d, gpointer data)
{
	Recurring *job = data;
	const NameScan *scan = g_ptr_array_index(job->scans, d);
	RecurringReport *r = &job->reports[d];

	for (guint i = 0; i < scan->mentions->len; i++) {
		const NameMention *m = &g_array_index(scan->mentions, NameMention, i);
		guint mask = r->open[i] ? GPOINTER_TO_UINT(g_hash_table_lookup(job->written, m->key)) : 0;
		/* a report that writes it only where a sentence starts counts once
		 * another writes it inside one ("Ryanair, one of Europe's largest
		 * airlines" and "airlines like Ryanair") */
		guint reports = mask & ~WRITTEN_AS_ACRONYM;
		/* looked for only when the reports that write it inside one are
		 * not two already */
		if (reports && !(reports & (reports - 1)))
			reports |= GPOINTER_TO_UINT(cr_str_table_lookup(&job->started, m->key)) &
				   ~WRITTEN_AS_ACRONYM;
		if (!(reports & (reports - 1)))
			continue; /* one report or none */
		r->open[i] |= RECURS | (mask & WRITTEN_AS_ACRONYM ? RECURS_AS_ACRONYM : 0);
		r->n_found++;
	}
}

/* Puts in their place in the facts those of report D's names of unknown
 * kind that recur (find_recurring_in()), made in an array of their
 * number. */
static void keep_recurring_in(guint d, gpointer data)
{
	Recurring *job = data;
	NameScan *scan = g_ptr_array_index(job->scans, d);
	RecurringReport *r = &job->reports[d];
	GArray *found = cr_fact_array_sized_new(r->n_found);

	/* a name of unknown kind is written many times (each sentence's
	 * "Sales" of 4 MiB of dated amounts: 96,000 facts, two blocks of
	 * malloc's each, 6 MB): its strings are kept once */
	g_autoptr(CrFactStrings) pool = cr_fact_strings_new();
	for (guint i = 0; i < scan->mentions->len; i++) {
		if (!(r->open[i] & RECURS))
			continue;
		NameMention *m = &g_array_index(scan->mentions, NameMention, i);
		const NameMention *full;
		m->kind = (int)recurring_kind(job, r, m, (r->open[i] & RECURS_AS_ACRONYM) != 0, &full);
		name_append_fact(found, job->docs[d], d, m, m->start, full ? full->value : m->value,
				 full ? full->key : m->key, CONFIDENCE_RECURRING);
		cr_fact_share_own(&g_array_index(found, CrFact, found->len - 1), pool);
	}
	cr_fact_array_move_into(job->facts, r->at, found);
}

/* Names of unknown kind that two reports or more write alike in article
 * text are names all the same, though no word of theirs says of what:
 * appends their facts, of the kind recurring_kind() guesses. The reports
 * are read and their facts found side by side. */
void name_keep_recurring_unknowns(CrDoc *const *docs, GPtrArray *blocks, GPtrArray *scans, GArray *facts)
{
	guint n = scans->len;
	g_autofree RecurringReport *reports = g_new0(RecurringReport, MAX(n, 1));
	Recurring job = { .docs = docs,
			  .blocks = blocks,
			  .scans = scans,
			  .reports = reports,
			  .written = g_hash_table_new(cr_str_hash, g_str_equal) };
	GHashTableIter it;
	gpointer key, value;

	cr_str_table_init(&job.started);
	cr_str_table_init(&job.org_words);
	cr_str_table_init(&job.people);
	cr_str_table_init(&job.given);
	cr_str_table_init(&job.kin);
	cr_parallel_for(n, read_recurring, &job);
	for (guint d = 0; d < n; d++) {
		g_hash_table_iter_init(&it, reports[d].written);
		while (g_hash_table_iter_next(&it, &key, &value)) {
			guint mask = GPOINTER_TO_UINT(g_hash_table_lookup(job.written, key)) | 1u << d |
				     (GPOINTER_TO_UINT(value) & WRITTEN_AS_ACRONYM);
			g_hash_table_insert(job.written, key, GUINT_TO_POINTER(mask));
		}
		g_hash_table_iter_init(&it, reports[d].started);
		while (g_hash_table_iter_next(&it, &key, NULL))
			cr_str_table_or(&job.started, key, 1u << d);
		g_hash_table_iter_init(&it, reports[d].org_words);
		while (g_hash_table_iter_next(&it, &key, NULL))
			cr_str_table_set(&job.org_words, key, key);
		if (reports[d].kin) {
			g_hash_table_iter_init(&it, reports[d].kin);
			while (g_hash_table_iter_next(&it, &key, NULL))
				cr_str_table_set(&job.kin, key, key);
			g_hash_table_unref(reports[d].kin);
		}
	}
	note_people(&job);
	/* the facts grow once, with no report's held beside them (at 512 KiB
	 * of dated amounts, 2 MiB of them to 4 MiB, and 1.6 MB of recurring
	 * names') */
	cr_parallel_for(n, find_recurring_in, &job);
	guint len = facts->len;
	for (guint d = 0; d < n; d++) {
		reports[d].at = len;
		len += reports[d].n_found;
	}
	g_array_set_size(facts, len);
	job.facts = facts;
	cr_parallel_for(n, keep_recurring_in, &job);
	for (guint d = 0; d < n; d++) {
		g_hash_table_unref(reports[d].written);
		g_hash_table_unref(reports[d].started);
		g_hash_table_unref(reports[d].org_words);
		g_hash_table_unref(reports[d].singles);
		g_free(reports[d].open);
	}
	g_hash_table_unref(job.written);
	cr_str_table_clear(&job.started);
	cr_str_table_clear(&job.org_words);
	cr_str_table_clear(&job.people);
	cr_str_table_clear(&job.given);
	cr_str_table_clear(&job.kin);
}

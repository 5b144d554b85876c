/* How the facts of each kind are matched, agreed, filed and weighed while
 * they are grouped (align_kinds.c), for the clustering of align_group.c. */
#ifndef CR_ALIGN_KINDS_H
#define CR_ALIGN_KINDS_H

#include "align_private.h"

/* Least cr_quote_similarity() for a quotation to join a cluster, with its
 * longest quotation. */
#define QUOTE_THRESHOLD 0.5
/* How sure a number without a unit is the same as one with a unit; and
 * the least value for that to be tried ("12,000" and "12,000 people";
 * smaller values name too many things: "18" and "18 km"). */
#define NUMBER_UNIT_MISSING 0.7
#define DISTINCT_NUMBER	    1000
/* Below this, two counts of different things are different facts ("three
 * members", "three banks"); from it on, a value is rare enough that
 * reports may name what it counts differently ("412 ships", "412
 * vessels"). */
#define DISTINCT_COUNT 100
/* Content words two sentences must share for one small value in each to be
 * one fact when both hold other numbers and share none of them. */
#define STRONG_CONTEXT 6
/* Content words two sentences must share for a month or a year in each to
 * be one fact (date_agrees()). */
#define DATE_CONTEXT 2
/* A number must agree with most of this many first members of a cluster. */
#define AGREEING_MEMBERS 8
/* Least cr_date_match() against every distinct date of a cluster. */
#define DATE_THRESHOLD 0.25
/* Quotations are looked up by this many of their rarest word stems. */
#define QUOTE_LOOKUP_STEMS 6
/* A word stem is its first characters: "decoupling" and "decouple" meet. */
#define STEM_CHARS 5
/* A fact meets at most this many of the clusters filed under one key: the
 * first ones. A quotation's stem filed with more picks none, unless it is
 * the quotation's only one. */
#define MAX_POSTING 64
/* A quotation's join score is its best match with the first this many
 * distinct members of its cluster. */
#define MAX_BEST_LINKS 4
/* A quotation is weighed against at most this many clusters: those that
 * share the most of its rarest stems. */
#define QUOTE_CANDIDATES 8

/* Room for the index keys made for one fact (a range of 31 days takes
 * 3 keys of at most 15 bytes a day). */
#define MADE_KEYS_BYTES 2048

/* The index keys made for the fact being filed or looked up, not found in
 * it (a number's value, a date's): they last until the next fact's, so
 * that only the index keeps a copy of each, once. */
typedef struct {
	char bytes[MADE_KEYS_BYTES];
	gsize used;
	GStringChunk *overflow; /* interned keys that found no room (a range wider than a month) */
} MadeKeys;

/* A quotation's distinct word stems (interned), rarest first: N of them,
 * 8 bytes a stem and 8 for the count, the stems of a piece of the
 * quotations in one block (align_stems.c), where a GPtrArray each took
 * 130 bytes with its blocks' headers (7 MB at 4 MiB of cited titles). */
typedef struct {
	guint n;
	const char *stem[];
} QuoteStems;

/* What grouping works on. */
typedef struct {
	GArray *facts;
	double *score;		   /* per fact: how well it matched its cluster x its confidence */
	GStringChunk *strings;	   /* interned quotation stems */
	QuoteStems **stems;	   /* per quotation fact: its distinct word stems */
	GPtrArray *blocks;	   /* the blocks STEMS point into (g_free()) */
	CrClusters *clusters;	   /* the kind being clustered's */
	MadeKeys *made;		   /* the kind being clustered's */
	GHashTable *count_clashes; /* numbers': cr_align_count_clashes_find(), or NULL */
} Grouper;

/* The index keys of one fact (KindOps.keys): a list emptied for each
 * fact and grown as need be, that a key costs a store, not a call. */
typedef struct {
	const char **keys;
	guint len, room;
} KeyList;

/* Appends KEY to LIST. */
static inline void key_list_add(KeyList *list, const char *key)
{
	if (list->len == list->room) {
		list->room = MAX(2 * list->room, 16);
		list->keys = g_renew(const char *, list->keys, list->room);
	}
	list->keys[list->len++] = key;
}

/* The most any KindOps.match gives. */
#define CR_MATCH_MOST 1.0

/* How one kind of fact is matched and weighed. */
typedef struct {
	/* How well A meets B, from 0 to CR_MATCH_MOST. */
	double (*match)(const CrFact *a, const CrFact *b);
	/* A joiner must match every distinct member of a cluster (dates: a month
	 * joins only days of it); otherwise it is chosen by its match with the
	 * representative and scored by its best match. */
	gboolean match_all;
	double threshold; /* least match to join a cluster */
	/* Orders the facts, most specific first: the first of a cluster is its
	 * representative. NULL when all are alike. */
	guint (*specificity)(const CrFact *f);
	/* The candidate index keys of fact FACT: where its cluster is filed, or
	 * (LOOKUP) where clusters it may join are looked up. Keys made for it
	 * (Grouper.made) last until the keys of the next fact are asked for. */
	void (*keys)(const Grouper *gr, guint fact, gboolean lookup, KeyList *out);
	/* Clusters weighed per fact, those most of its lookup keys lead to; 0
	 * for all. */
	guint max_candidates;
	double (*base_weight)(const CrFact *rep);
	/* When set, a joiner must also agree with the representative of a
	 * cluster or with most of its first AGREEING_MEMBERS members
	 * (numbers: their sentences). */
	gboolean (*agrees)(const CrFact *f, const CrFact *member);
} KindOps;

/* What the contexts of two facts share: content words, other numbers,
 * units of other numbers, the noun of the whole two shares are of
 * (extract_number.c: "15% of its workforce"). FALSE when either has no
 * context. */
typedef struct {
	guint words, neighbours, units, wholes;
} Overlap;

/* What the contexts of facts A and B share; FALSE when either has none. */
gboolean cr_align_overlap(const CrFact *a, const CrFact *b, Overlap *o);

/* How many content words and other numbers facts A and B share that
 * fact C does not hold. */
guint cr_align_shared_beyond(const CrFact *a, const CrFact *b, const CrFact *c);

/* TRUE when duration F only says again the length its report's MEMBER
 * of a cluster says, sharing with the cluster's REP no word of its own. */
gboolean cr_align_repeat_borrows(const CrFact *f, const CrFact *member, const CrFact *rep);

/* Cuts each quotation cluster of CLUSTERS (from FIRST on) that holds
 * sentences one report quotes apart into one cluster per sentence
 * (align_split.c). */
void cr_align_split_quotes(const Grouper *gr, const KindOps *ops);

/* TRUE when number F is an amount of money: its unit a currency's code. */
static inline gboolean cr_align_is_money(const CrFact *f)
{
	const char *u = f->unit;
	return u && g_ascii_isupper(u[0]) && g_ascii_isupper(u[1]) && g_ascii_isupper(u[2]) && !u[3];
}

/* The index keys of a fact (KindOps.keys, align_keys.c): a name's key, a
 * number's value, a date's day, month or year, a quotation's stems. */
void cr_align_keys_key(const Grouper *gr, guint fact, gboolean lookup, KeyList *out);
void cr_align_keys_number(const Grouper *gr, guint fact, gboolean lookup, KeyList *out);
void cr_align_keys_date(const Grouper *gr, guint fact, gboolean lookup, KeyList *out);
void cr_align_keys_quote(const Grouper *gr, guint fact, gboolean lookup, KeyList *out);

/* The ops of each kind. */
extern const KindOps cr_kind_ops[CR_FACT_N_KINDS];

static inline const CrFact *fact_at(const Grouper *gr, guint index)
{
	return &g_array_index(gr->facts, CrFact, index);
}

#endif

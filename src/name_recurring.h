/* Resolving names across reports: what extract_name.c and the files it
 * hands parts of cr_resolve_names() to share (private to them). */
#pragma once

#include "crossread/doc.h"
#include "crossread/fact.h"
#include "name_scan.h"

/* A full name: as written and folded. */
typedef struct {
	char *value, *key;
	gboolean unknown; /* of no known kind yet: it holds words, nothing stands for it */
} FullName;

/* Frees a FullName (name_full.c). */
void name_full_name_free(gpointer data);

/* Makes mention M of SCAN the name NAME (name_full.c). */
void name_take_longer_name(const FullName *name, const NameScan *scan, NameMention *m);

/* Makes fact F the name NAME (name_full.c). */
void name_fact_take_name(CrFact *f, const FullName *name);

/* Gives every person of SCANS (per report of DOCS) named by a shorter full
 * name the longer one, in the scans and in the FACTS already made: a name
 * that ends it or leaves out its middle name, one of a given name spelt
 * otherwise with its initial (name_full.c). */
void name_unify_full_names(CrDoc *const *docs, GPtrArray *scans, GArray *facts);

/* Appends the fact of M from START (before M's start for a role: "Japanese
 * Ambassador to the US Koji Tomita") named VALUE, KEY folded (extract_name.c). */
void name_append_fact(GArray *facts, const CrDoc *doc, guint doc_index, const NameMention *m, gsize start,
		      const char *value, const char *key, double confidence);

/* Names of unknown kind that two reports or more of DOCS (BLOCKS, SCANS per
 * report) write alike in article text are names all the same, though no
 * word of theirs says of what: appends their facts to FACTS, of the kind
 * their words and the other names suggest (name_recurring.c). */
void name_keep_recurring_unknowns(CrDoc *const *docs, GPtrArray *blocks, GPtrArray *scans, GArray *facts);

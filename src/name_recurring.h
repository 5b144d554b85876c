/* Resolving names across reports: what extract_name.c and the files it
 * hands parts of cr_resolve_names() to share (private to them). */
#pragma once

#include "crossread/doc.h"
#include "crossread/fact.h"
#include "name_scan.h"

/* Appends the fact of M from START (before M's start for a role: "Japanese
 * Ambassador to the US Koji Tomita") named VALUE, KEY folded (extract_name.c). */
void name_append_fact(GArray *facts, const CrDoc *doc, guint doc_index, const NameMention *m, gsize start,
		      const char *value, const char *key, double confidence);

/* Names of unknown kind that two reports or more of DOCS (BLOCKS, SCANS per
 * report) write alike in article text are names all the same, though no
 * word of theirs says of what: appends their facts to FACTS, of the kind
 * their words and the other names suggest (name_recurring.c). */
void name_keep_recurring_unknowns(CrDoc *const *docs, GPtrArray *blocks, GPtrArray *scans, GArray *facts);

/* Finding the names in one report: people, organisations, places, names of
 * no known kind yet, and people described only by their role. Private to
 * extract_name.c. */
#pragma once

#include "crossread/doc.h"
#include "crossread/fact.h"

/* The kind of a name that neither its words nor the report settle. */
#define NAME_KIND_UNKNOWN CR_FACT_N_KINDS

typedef enum {
	NAME_MENTION_GAZETTEER = 1 << 0, /* the kind and value come from the gazetteer */
	NAME_MENTION_HEADLINE = 1 << 1,	 /* in a headline or shouting block */
	NAME_MENTION_SPEAKER = 1 << 2,	 /* said, told... follows: a person or a body */
	NAME_MENTION_ALIAS = 1 << 3,	 /* the value is a fuller name than the words */
	NAME_MENTION_ROLE_ONLY = 1 << 4, /* "the Japanese ambassador to the US": no name */
	NAME_MENTION_REGNAL = 1 << 5,	 /* "Pope Francis": the title is part of the name */
	NAME_MENTION_ACRONYM = 1 << 6,	 /* one word in capitals */
	NAME_MENTION_UNSURE = 1 << 7,	 /* one word opening a sentence: maybe an ordinary word */
	NAME_MENTION_SPLIT = 1 << 8,	 /* headline words some of which the report resolved */
	NAME_MENTION_LOCATIVE = 1 << 9,	 /* "in Hatay": a place unless known as something else */
	NAME_MENTION_FACILITY = 1 << 10, /* "Banska Bystrica" of its hospital: a place if known as one */
} NameMentionFlags;
G_STATIC_ASSERT(NAME_MENTION_FACILITY <= G_MAXUINT16); /* they fit a mention's 16 bits */

typedef struct {
	/* the name as written, without title or possessive: 32 bits, as a
	 * report is at most CR_MAX_FILE_BYTES */
	guint32 start, end;
	guint32 role_start;   /* with role_key: where the role words begin */
	gint16 kind;	      /* CR_FACT_PERSON, CR_FACT_ORG, CR_FACT_PLACE or NAME_KIND_UNKNOWN */
	guint16 flags;	      /* NameMentionFlags (the record is 56 bytes: 106,000 at 8 x 1 MiB) */
	guint n_words;	      /* capitalised words in the name */
	const char *value;    /* canonical name; NULL for a role description */
	const char *key;      /* the value folded (cr_text_fold()), or NULL */
	const char *role_key; /* "japanese|ambassador|united states", or NULL */
	double confidence;
} NameMention;
G_STATIC_ASSERT(sizeof(NameMention) == 56 && CR_MAX_FILE_BYTES <= G_MAXUINT32);

/* The names of one report, already resolved within it ("Kishida" after
 * "Fumio Kishida"). */
typedef struct {
	GArray *mentions;     /* NameMention */
	GStringChunk *texts;  /* the mentions' strings, packed; kept while the scan lives */
	GHashTable *acronyms; /* acronym as written -> 1 + index of the mention it stands for */
} NameScan;

NameScan *name_scan_doc(const CrDoc *doc, const GArray *blocks);
/* TEXT (taken) kept in TEXTS: the copy there, or NULL for NULL. */
const char *name_text_keep(GStringChunk *texts, char *text);
/* cr_text_flat() of data[start,end) kept in TEXTS, copied there at once
 * when it is flat already. */
const char *name_text_keep_span(GStringChunk *texts, const char *data, gsize start, gsize end);
void name_scan_free(NameScan *scan);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(NameScan, name_scan_free)

/* The extractors: each finds the facts of its kinds in one document. */
#pragma once

#include "crossread/clean.h"
#include "crossread/fact.h"

/* The tokens of a report (src/tokens.h, private to the extractors). */
typedef struct CrReportTokens CrReportTokens;

/* One report as the extractors read it: its bytes, its blocks and its
 * tokens (words, numbers, punctuation), tokenized once when it is opened
 * for all the extractors to read, so that none scans the bytes again. */
typedef struct {
	CrDoc *doc;
	guint index;	      /* its place among the reports */
	const GArray *blocks; /* CrBlock */
	CrReportTokens *tokens;
} CrReport;

/* The token arrays of closed reports, kept for the next report opened:
 * reports opened one after another on a thread fault their tokens' pages
 * in once, not once each. One run of the extractors owns its spares, so
 * that runs side by side (the reader's analysis and another engine in the
 * same process) never share theirs; cr_token_spares_free() gives back what
 * is kept, once the run's reports are closed. */
typedef struct CrTokenSpares CrTokenSpares;
CrTokenSpares *cr_token_spares_new(void);
void cr_token_spares_free(CrTokenSpares *spares);
/* How many token arrays SPARES keep. */
guint cr_token_spares_held(CrTokenSpares *spares);

/* Opens DOC, report INDEX, cut into BLOCKS, for the extractors, its tokens
 * in an array of SPARES when they keep one (SPARES may be NULL); close it
 * with cr_report_close() once they have run. cr_report_open() keeps none. */
void cr_report_open_reusing(CrReport *report, CrDoc *doc, guint index, const GArray *blocks,
			    CrTokenSpares *spares);
void cr_report_open(CrReport *report, CrDoc *doc, guint index, const GArray *blocks);
/* Opens DOC as cr_report_open() does, but holds the tokens of one block at
 * a time, made as cr_tokens_of_block() asks for it: for a reader that asks
 * for each block once, in order, and holds no block's tokens past the next
 * (a report of 2 MiB of cited titles has 7 MB of tokens). */
void cr_report_open_by_block(CrReport *report, CrDoc *doc, guint index, const GArray *blocks);
void cr_report_close(CrReport *report);
/* Closes REPORT but keeps its tokens' memory among SPARES for the next
 * report opened with them to reuse. */
void cr_report_close_keeping(CrReport *report, CrTokenSpares *spares);

/* The part of a resolver done ahead, beside the resolvers before it:
 * begin() reads the reports and only the facts of its own kinds, which
 * those resolvers leave alone, and returns what the rest needs; report()
 * does pass PASS (of PASSES, one after the other) on report D alone and
 * reads no fact: an item of a pass may wait until those of the passes
 * before it are done (they are called in order); resolve() does the rest once
 * the resolvers before it are done, and frees AHEAD; drop() frees it
 * when the work is called off; holds() tells about how many bytes AHEAD
 * would hold for FACTS meanwhile. */
typedef struct {
	gpointer (*begin)(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, const GArray *facts);
	void (*report)(gpointer ahead, guint pass, guint d);
	void (*resolve)(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts, gpointer ahead);
	void (*drop)(gpointer ahead);
	gsize (*holds)(const GArray *facts);
	guint passes;
} CrResolveAhead;

/* One extractor. extract() appends the facts it finds in REPORT's blocks
 * (boilerplate blocks included; the engine marks those facts ignored);
 * REPORT's tokens are NULL for an extractor that does not read them and
 * runs after the last that does (they are let go then). resolve(), when
 * set, runs once every document is extracted, over all facts of all
 * documents (cross-document aliases, unquoted echoes); ahead, when set,
 * is the same resolution with a part the engine may run early. */
typedef struct {
	const char *name;
	gboolean reads_tokens;
	void (*extract)(const CrReport *report, GArray *facts);
	void (*resolve)(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts);
	const CrResolveAhead *ahead;
} CrExtractor;

/* Dates and times (extract_date.c). Sets the publication date of DOC from
 * its dateline when the loader did not, then resolves weekdays and partial
 * dates against it. */
void cr_extract_dates(const CrReport *report, GArray *facts);
/* Gives a report whose dateline has no year ("PORT LISLE, June 6 (CPA)
 * -") the year that puts it nearest the other reports' publication dates,
 * and settles its weekdays and partial dates against that. */
void cr_resolve_dates(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts);
/* How well two dates name the same time: 1 same day (times aside), 0.9
 * same day with the year on one side only, 0.8 same month or part of a
 * year, 0.6 same year, 0.5 one lies inside the other (a day in a month or
 * a range, a month written with its year in that year), 0 different (a
 * part of a year meets only itself). */
double cr_date_match(const CrDateValue *a, const CrDateValue *b);
/* The days from A's day to B's, both with a year, a month and a day;
 * G_MAXINT when either is no valid day. */
int cr_date_days_apart(const CrDateValue *a, const CrDateValue *b);

/* Numbers and quantities (extract_number.c). Skips digits that are part of
 * dates: it runs after cr_extract_dates() and sees its facts. */
void cr_extract_numbers(const CrReport *report, GArray *facts);
/* TRUE when a counted noun (CrFact.counted: lower case, singular) names
 * people by what they are in a story ("passenger", "migrant", "victim"),
 * not by sex or age ("men", "children") nor as the armed men of an
 * attack: a count of them is a count of people ("five passengers",
 * "five people"). */
gboolean cr_number_counts_persons(const char *counted);

/* The side of the persons a counted noun names by what they are: the
 * armed men of an attack ("militant", "gunman"), the others ("hostage",
 * "passenger", cr_number_counts_persons()), or none. Two nouns name the
 * same persons only on one side. */
typedef enum { CR_PERSONS_NONE, CR_PERSONS_OTHER, CR_PERSONS_ARMED } CrPersonSide;
CrPersonSide cr_number_person_side(const char *counted);

/* TRUE when WORD (LEN bytes) is a number word under a hundred, in any
 * case, alone or opening a hyphenated one ("five", "Twenty-one"). */
gboolean cr_number_is_cardinal_word(const char *word, gsize len);

/* TRUE when the LEN bytes at WORD, in any case, are a nationality adjective
 * of the gazetteer ("Thai", "Israeli": data/gazetteer.tsv's nationality
 * lines): a count of it counts the people of a country. */
gboolean cr_number_nationality(const char *word, gsize len);

/* The nationality the LEN bytes at WORD name, in any case, as the first
 * spelling of its gazetteer line in lower case, in BUF (SIZE bytes): one
 * name for every spelling of it ("nepali" of "Nepali" and "Nepalese");
 * NULL when WORD is none. */
const char *cr_number_nationality_name(const char *word, gsize len, char *buf, gsize size);

/* The nationality of an adjective in "-ish" whose noun for a person the
 * capitalised LEN bytes at WORD are, as cr_number_nationality_name()
 * names it: the adjective's stem before "ish" (its last letter perhaps
 * doubled) and up to three letters, singular or plural ("Britons" and
 * "Briton": "british"; "Danes", "Poles", "Swedes", "Turks", "Finns",
 * "Scots": "scottish"); NULL for any other word. */
const char *cr_number_demonym_name(const char *word, gsize len, char *buf, gsize size);

/* People, organisations and places (extract_name.c, gazetteer in data/). */
void cr_extract_names(const CrReport *report, GArray *facts);
/* Resolves short forms across documents ("Kishida" -> "Fumio Kishida"). */
void cr_resolve_names(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts);

/* Quotations (extract_quote.c). */
void cr_extract_quotes(const CrReport *report, GArray *facts);
/* Adds CR_FACT_UNQUOTED quote facts where a report has, unquoted, the words
 * another report quotes. */
void cr_resolve_quotes(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts);
/* The same in parts: the reports are indexed for echoes ahead. */
extern const CrResolveAhead cr_resolve_quotes_ahead;
/* How alike two quotations are, 0..1: 1 for the same words, high when one
 * holds the other (a partial quote), lower for small wording changes. */
double cr_quote_similarity(const CrFact *a, const CrFact *b);

/* The extractors in the order the engine runs them. */
extern const CrExtractor cr_extractors[];
extern const guint cr_n_extractors;

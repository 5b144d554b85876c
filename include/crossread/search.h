/* Finding a pattern in a report: one pass over its text, matches kept as
 * byte offsets, done a slice at a time so that the reader can look at its
 * keys in between. Plain C over plain data: no curses, no view. */
#pragma once

#include <glib.h>

#include "crossread/text.h"

/* A pattern compiled for searching (PCRE2, JIT-compiled where the machine
 * allows). */
typedef struct CrPattern CrPattern;

/* Compiles what the user typed: a Perl-compatible regular expression,
 * caseless unless it has a capital letter of its own (a letter after a
 * backslash is syntax: \S, \W, \p{Lu}), with ^ and $ at every line end
 * (LF, CR LF or CR), and with each space that is not escaped, in a bracket
 * expression or in a comment matching any run of whitespace, line ends
 * included, so that a phrase is found where a report breaks its line. A
 * CR_ERROR_USAGE error with PCRE2's message when it is not a pattern. */
CrPattern *cr_pattern_new(const char *typed, GError **error);
void cr_pattern_free(CrPattern *pattern);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(CrPattern, cr_pattern_free)

/* A report's text as searches read it: its bytes, or, where some are not
 * valid UTF-8 (or are NUL), a copy with each such byte replaced by '?' so
 * that offsets stay the same. The check is made once, a slice at a time,
 * by the first search; keep the struct (zeroed, then with DATA and LEN set)
 * across searches. */
typedef struct {
	const char *data;
	gsize len;
	char *copy;    /* NULL while the bytes themselves will do */
	gsize checked; /* the bytes before this one are checked */
} CrSearchText;

/* Frees the copy, if any. */
void cr_search_text_clear(CrSearchText *text);

/* How much one call may do: stop when the monotonic clock reaches DEADLINE
 * (0: never) or after STEPS steps (0: no limit), a step being one position
 * where a match was tried, one match, or one slice of the UTF-8 check. The
 * clock is looked at every few dozen steps; steps are for tests, which must
 * not depend on it. */
typedef struct {
	gint64 deadline;
	guint steps;
} CrSearchBudget;

typedef enum {
	CR_SEARCH_MORE,	      /* the budget ran out first */
	CR_SEARCH_REACHED,    /* the first part reached UNTIL */
	CR_SEARCH_DONE,	      /* every match found (or the cap reached) */
	CR_SEARCH_TOO_COSTLY, /* one position took PCRE2 past its match limit */
} CrSearchState;

/* One report searched: from byte FROM (the start of the screen) to the
 * end, then from the start back to FROM, each match tried once, so the
 * time is linear in the text (for patterns that do not backtrack without
 * end) and what is on screen is found first. At most CAP matches are kept,
 * the first from FROM on. PATTERN and TEXT must outlive the pass. */
typedef struct CrSearchPass CrSearchPass;

CrSearchPass *cr_search_pass_new(const CrPattern *pattern, CrSearchText *text, gsize from, guint cap);
void cr_search_pass_free(CrSearchPass *pass);

/* Goes on within BUDGET (NULL: no limit); with UNTIL, stops too once the
 * first part has tried every position before UNTIL (the end of the
 * screen). */
CrSearchState cr_search_pass_run(CrSearchPass *pass, gsize until, const CrSearchBudget *budget);

/* The matches found (CrSpan, by start, without overlap): every one once the
 * pass is done, before that those from FROM on. Owned by the pass; the same
 * array all along, so a reference taken early stays good. */
GArray *cr_search_pass_matches(const CrSearchPass *pass);

/* How many matches were found so far, and how many bytes were searched. */
guint cr_search_pass_found(const CrSearchPass *pass);
gsize cr_search_pass_searched(const CrSearchPass *pass);

/* TRUE once the pass has stopped at CAP matches. */
gboolean cr_search_pass_capped(const CrSearchPass *pass);

/* TRUE when the pass is over: done, capped or too costly. */
gboolean cr_search_pass_over(const CrSearchPass *pass);

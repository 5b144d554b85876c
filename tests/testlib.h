/* Helpers shared by the unit tests. */
#pragma once

#include "crossread/engine.h"
#include "crossread/extract.h"

/* A document made of TEXT (NUL-terminated), named PATH; aborts on error. */
CrDoc *cr_test_doc(const char *path, const char *text);

/* An engine run over the given texts, one report each (NULL-terminated). */
CrEngine *cr_test_engine(const char *first, ...) G_GNUC_NULL_TERMINATED;

/* The path of a file under the source tree's tests/ (or examples/ or
 * themes/ when the name starts with "examples/" or "themes/"). */
char *cr_test_path(const char *name);

/* The directory of the seed reports, or NULL (and the test skipped) when
 * they are not beside the checkout. */
const char *cr_test_seeds_dir(void);

/* Facts of KIND in document DOC whose text is TEXT: how many. */
guint cr_test_count_facts(const GArray *facts, guint doc, CrFactKind kind, const char *text);

/* The first fact of KIND in DOC whose text is TEXT, or NULL. */
const CrFact *cr_test_find_fact(const GArray *facts, guint doc, CrFactKind kind, const char *text);

/* Asserts that facts A and B are linked: one group, a shared one. */
static inline void assert_linked(const CrFact *a, const CrFact *b)
{
	g_assert_cmpint(a->group, >=, 0);
	g_assert_cmpint(a->group, ==, b->group);
}

/* Asserts that facts A and B are not linked: A in no group, or not in B's. */
static inline void assert_not_linked(const CrFact *a, const CrFact *b)
{
	if (a->group >= 0)
		g_assert_cmpint(a->group, !=, b->group);
}

/* An extractor's entry point (cr_extract_dates, ...). */
typedef void (*CrTestExtractFn)(const CrReport *report, GArray *facts);

/* Runs one extractor (FN) over TEXT as document 0, with its blocks from
 * cr_clean_blocks(); returns the facts (sorted). *DOC_OUT gets the doc. */
GArray *cr_test_extract(const char *text, CrTestExtractFn fn, CrDoc **doc_out);

/* Runs FN over DOC, report INDEX cut into BLOCKS, as the engine does:
 * appends its facts to FACTS. */
void cr_test_extract_report(CrTestExtractFn fn, CrDoc *doc, guint index, const GArray *blocks, GArray *facts);

/* Blocks of DOC split at blank lines: a paragraph may span line breaks. */
GArray *cr_test_paragraph_blocks(const CrDoc *doc);

/* A new directory under the temporary directory; aborts on error. */
char *cr_test_temp_dir(void);

/* Removes PATH and everything under it. */
void cr_test_remove_tree(const char *path);

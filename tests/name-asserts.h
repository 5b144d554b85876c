/* Assertions on the names crossread finds, shared by the tests of names
 * within a report (test-names.c) and across reports (test-names-across.c). */
#pragma once

#include <string.h>

#include "crossread/extract.h"
#include "crossread/text.h"
#include "../src/name_token.h"
#include "testlib.h"

/* --- helpers ------------------------------------------------------------- */

static inline gboolean is_name_kind(CrFactKind kind)
{
	return kind == CR_FACT_PERSON || kind == CR_FACT_ORG || kind == CR_FACT_PLACE;
}

/* The byte offset of the NTH (0-based) occurrence of NEEDLE in TEXT as
 * whole words ("Japan" is not in "Japanese"). */
static inline gsize offset_of(const char *text, const char *needle, guint nth)
{
	gsize len = strlen(needle);
	guint seen = 0;
	for (const char *p = strstr(text, needle); p; p = strstr(p + 1, needle)) {
		gboolean alone = (p == text || !g_ascii_isalnum(p[-1]) || !g_ascii_isalnum(needle[0])) &&
				 (!g_ascii_isalnum(p[len]) || !g_ascii_isalnum(needle[len - 1]));
		if (alone && seen++ == nth)
			return (gsize)(p - text);
	}
	g_error("\"%s\" (occurrence %u) is not in the text", needle, nth);
}

/* The name fact of document DOC spanning exactly [start,end), or NULL. */
static inline const CrFact *name_at(const GArray *facts, guint doc, gsize start, gsize end)
{
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->doc == doc && is_name_kind(f->kind) && f->start == start && f->end == end)
			return f;
	}
	return NULL;
}

/* The name fact of document DOC spanning the first NEEDLE in TEXT; fails
 * the test when there is none. */
static inline const CrFact *name_of(const GArray *facts, guint doc, const char *text, const char *needle)
{
	gsize start = offset_of(text, needle, 0);
	const CrFact *f = name_at(facts, doc, start, start + strlen(needle));
	if (!f)
		g_error("no name fact for \"%s\" in document %u", needle, doc);
	return f;
}

/* Asserts that the NTH occurrence of NEEDLE in TEXT (document DOC) is one
 * name fact of KIND named VALUE, its key the folded value; returns it. */
static inline const CrFact *assert_name_nth(const GArray *facts, guint doc, const char *text,
					    const char *needle, guint nth, CrFactKind kind, const char *value)
{
	gsize start = offset_of(text, needle, nth);
	const CrFact *f = name_at(facts, doc, start, start + strlen(needle));
	if (!f)
		g_error("no name fact for \"%s\" (occurrence %u) at %" G_GSIZE_FORMAT, needle, nth, start);
	g_assert_cmpstr(cr_fact_kind_name(f->kind), ==, cr_fact_kind_name(kind));
	g_assert_cmpstr(f->value, ==, value);
	/* a key writes a hyphen inside a name as a space ("al-Assad") */
	g_autofree char *key = cr_text_fold(value);
	for (char *p = key; *p; p++)
		if (*p == '-' && p > key && g_ascii_isalpha(p[-1]) && g_ascii_isalpha(p[1]))
			*p = ' ';
	/* a body's key writes "Ministry of Defence" as "defence ministry" */
	if (kind != CR_FACT_PERSON && strcmp(f->key, key) != 0)
		name_key_head_last(key);
	g_assert_cmpstr(f->key, ==, key);
	g_assert_cmpstr(f->text, ==, needle);
	return f;
}

static inline const CrFact *assert_name(const GArray *facts, const char *text, const char *needle,
					CrFactKind kind, const char *value)
{
	return assert_name_nth(facts, 0, text, needle, 0, kind, value);
}

/* Asserts that no name fact of document 0 has the words WORDS. */
static inline void assert_no_name(const GArray *facts, const char *words)
{
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->doc == 0 && is_name_kind(f->kind) && strcmp(f->text, words) == 0)
			g_error("\"%s\" is a name (%s \"%s\")", words, cr_fact_kind_name(f->kind), f->value);
	}
}

/* Asserts that no name fact of document 0 covers any part of NEEDLE in TEXT. */
static inline void assert_nothing_in(const GArray *facts, const char *text, const char *needle)
{
	gsize start = offset_of(text, needle, 0), end = start + strlen(needle);
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->doc == 0 && is_name_kind(f->kind) && f->start < end && f->end > start)
			g_error("\"%s\" found in \"%s\"", f->text, needle);
	}
}

/* The name facts of one report, extracted alone. */
static inline GArray *names_of(const char *text)
{
	g_autoptr(CrDoc) doc = NULL;
	return cr_test_extract(text, cr_extract_names, &doc);
}

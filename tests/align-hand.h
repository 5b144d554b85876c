/* Reports and facts made by hand for the aligner's tests (test-align*.c),
 * so that they do not depend on what the extractors find. */
#pragma once

#include "testlib.h"

#include <string.h>

#include "crossread/dump.h"
#include "crossread/extract.h"
#include "crossread/theme_load.h"

/* Reports and hand-made facts about them. */
typedef struct {
	GPtrArray *docs;
	GArray *facts;
} Hand;

static inline Hand *hand_new(const char *first, ...) G_GNUC_NULL_TERMINATED;

static inline Hand *hand_new(const char *first, ...)
{
	Hand *h = g_new0(Hand, 1);
	va_list ap;
	h->docs = g_ptr_array_new_with_free_func((GDestroyNotify)cr_doc_free);
	h->facts = cr_fact_array_new();
	va_start(ap, first);
	for (const char *text = first; text; text = va_arg(ap, const char *)) {
		g_autofree char *name = g_strdup_printf("report-%c.txt", 'a' + h->docs->len);
		g_ptr_array_add(h->docs, cr_test_doc(name, text));
	}
	va_end(ap);
	return h;
}

static inline void hand_free(Hand *h)
{
	if (h->docs)
		g_ptr_array_unref(h->docs);
	if (h->facts)
		g_array_unref(h->facts);
	g_free(h);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC(Hand, hand_free)

/* A fact of KIND over the NTH (from 0) occurrence of WORDS in report DOC,
 * with KEY as value and key. */
static inline CrFact *add_nth(Hand *h, guint doc, const char *words, guint nth, CrFactKind kind,
			      const char *key)
{
	const CrDoc *d = g_ptr_array_index(h->docs, doc);
	const char *at = d->data - 1;
	for (guint i = 0; i <= nth; i++) {
		at = strstr(at + 1, words);
		g_assert_nonnull(at);
	}
	gsize start = (gsize)(at - d->data);
	CrFact *f = cr_fact_append(h->facts, d, doc, start, start + strlen(words), kind);
	f->value = g_strdup(key);
	f->key = g_strdup(key);
	return f;
}

static inline CrFact *add(Hand *h, guint doc, const char *words, CrFactKind kind, const char *key)
{
	return add_nth(h, doc, words, 0, kind, key);
}

/* A date fact over WORDS in DOC. */
static inline CrFact *add_date(Hand *h, guint doc, const char *words, int year, int month, int day,
			       CrDatePrecision precision)
{
	CrDateValue v = {
		.year = year, .month = month, .day = day, .hour = -1, .minute = -1, .precision = precision
	};
	g_autofree char *iso = cr_date_value_format(&v);
	CrFact *f = add(h, doc, words, CR_FACT_DATE, iso);
	f->date = v;
	return f;
}

/* A number fact with its value and unit (a string that outlives the test)
 * as the number extractor sets them. */
static inline CrFact *add_number(Hand *h, guint doc, const char *words, double num, const char *unit)
{
	char value[G_ASCII_DTOSTR_BUF_SIZE];
	g_ascii_formatd(value, sizeof value, "%.6g", num);
	g_autofree char *key = g_strdup_printf("%s|%s", value, unit ? unit : "");
	CrFact *f = add(h, doc, words, CR_FACT_NUMBER, key);
	f->num = num;
	f->unit = unit;
	return f;
}

static inline gsize *hand_lens(const Hand *h)
{
	gsize *lens = g_new0(gsize, h->docs->len + 1);
	for (guint d = 0; d < h->docs->len; d++)
		lens[d] = ((CrDoc *)g_ptr_array_index(h->docs, d))->len;
	return lens;
}

/* Sorts the facts and aligns them. */
static inline CrAlignment *hand_align(Hand *h)
{
	g_autofree gsize *lens = hand_lens(h);
	cr_fact_array_sort(h->facts);
	return cr_align(h->facts, h->docs->len, lens, NULL);
}

/* An engine made of the hand-made reports and facts (taken over). */
static inline CrEngine *hand_engine(Hand *h)
{
	CrEngine *engine = g_new0(CrEngine, 1);
	engine->alignment = hand_align(h);
	engine->docs = g_steal_pointer(&h->docs);
	engine->facts = g_steal_pointer(&h->facts);
	engine->blocks = g_ptr_array_new_with_free_func((GDestroyNotify)g_array_unref);
	for (guint d = 0; d < engine->docs->len; d++)
		g_ptr_array_add(engine->blocks, cr_clean_blocks(g_ptr_array_index(engine->docs, d)));
	return engine;
}

/* The group of the first fact of KIND in DOC over WORDS (-1 when none). */
static inline int group_of(const Hand *h, guint doc, CrFactKind kind, const char *words)
{
	const CrFact *f = cr_test_find_fact(h->facts, doc, kind, words);
	g_assert_nonnull(f);
	return f->group;
}

static inline const CrGroup *group_at(const CrAlignment *al, int id)
{
	g_assert_cmpint(id, >=, 0);
	g_assert_cmpint(id, <, (int)al->groups->len);
	return g_ptr_array_index(al->groups, id);
}

/* The fact of KIND in report DOC of ENGINE that starts at the NTH
 * occurrence of TEXT there (which must be there), or NULL. */
G_GNUC_UNUSED G_GNUC_NO_INLINE static const CrFact *
engine_fact_or_null(const CrEngine *engine, guint doc, CrFactKind kind, const char *text, guint nth)
{
	const CrDoc *d = g_ptr_array_index(engine->docs, doc);
	const char *at = d->data;
	for (guint i = 0; i <= nth; i++) {
		at = strstr(i ? at + 1 : at, text);
		g_assert_nonnull(at);
	}
	for (guint i = 0; i < engine->facts->len; i++) {
		const CrFact *f = &g_array_index(engine->facts, CrFact, i);
		if (f->doc == doc && f->kind == kind && f->start == (gsize)(at - d->data))
			return f;
	}
	return NULL;
}

/* The fact of KIND in report DOC of ENGINE that starts at the NTH
 * occurrence of TEXT there. */
G_GNUC_UNUSED G_GNUC_NO_INLINE static const CrFact *engine_fact(const CrEngine *engine, guint doc,
								CrFactKind kind, const char *text, guint nth)
{
	const CrFact *f = engine_fact_or_null(engine, doc, kind, text, nth);
	if (!f)
		g_error("no fact at \"%s\" (%u) in report %u", text, nth, doc);
	return f;
}

/* Counts that end a set phrase: "two sets up" and "two sets down" of one
 * tennis final are a count of one noun with one value, one a lead and the
 * other a deficit. The aligner sees a count's noun, not the word after
 * it, and a small count of one noun in two reports is one fact to it. A
 * function word right after a count's noun that closes its phrase (a
 * punctuation mark or another function word after it: "two sets up,",
 * "two sets down to beat") makes the phrase say something of its own;
 * when the reports write the count, its noun and such a word in two
 * reports or more, and the same count and noun with another such word in
 * two reports or more, each phrase is a fact of its own. A word written
 * in one report only ("two sets in a row") tells nothing. */
#include "align_phrases.h"

#include <math.h>
#include <string.h>

#include "crossread/text.h"
#include "quote_private.h"

/* The least reports that write one phrase for it to be one. */
#define LEAST_REPORTS 2
/* Counts from this value on are rare enough to be one fact whatever
 * follows them (align_kinds.h's DISTINCT_COUNT). */
#define SMALL_COUNT 100
/* The longest word after a count the pass reads (function words are short). */
#define WORD_MAX 12

/* The lower-case word of letters at P (within END) and its length in
 * *LEN, or NULL when P opens none. */
static const char *lower_word(const char *p, const char *end, gsize *len)
{
	const char *q = p;
	while (q < end && *q >= 'a' && *q <= 'z')
		q++;
	*len = (gsize)(q - p);
	return q > p && (q == end || !g_ascii_isalnum(*q)) ? p : NULL;
}

/* TRUE when the byte at P (within END) closes the phrase before it: a
 * mark that ends a clause, or a function word after one space ("up and",
 * "down to beat"). */
static gboolean closes_phrase(const char *p, const char *end)
{
	if (p == end || (*p && strchr(".,;:!?)\n\r", *p)))
		return TRUE;
	gsize len;
	const char *w = *p == ' ' ? lower_word(p + 1, end, &len) : NULL;
	return w && cr_quote_is_stop_word(w, (guint)len);
}

/* The function word right after count FACT of a noun in DOC that closes
 * its phrase, in WORD (WORD_MAX + 1 bytes), or FALSE when there is none. */
static gboolean phrase_word(const CrFact *fact, const CrDoc *doc, char *word)
{
	if ((fact->flags & CR_FACT_IGNORED) || fact->num != floor(fact->num) || fact->end + 1 >= doc->len ||
	    doc->data[fact->end] != ' ')
		return FALSE;
	const char *end = doc->data + doc->len;
	gsize len;
	const char *w = lower_word(doc->data + fact->end + 1, end, &len);
	if (!w || len > WORD_MAX || !cr_quote_is_stop_word(w, (guint)len) || !closes_phrase(w + len, end))
		return FALSE;
	memcpy(word, w, len);
	word[len] = '\0';
	return TRUE;
}

/* A count of a noun with a word after it that closes its phrase: the
 * hashes of its value and noun and of those and the word, and the word. */
typedef struct {
	guint32 noun, phrase;
	guint fact;
	char word[WORD_MAX + 1];
} Phrase;

/* H with the NUL-terminated S mixed in, and a separator after it. */
static guint32 hash_more(guint32 h, const char *s)
{
	for (; *s; s++)
		h = cr_fnv32_step(h, (guchar)*s);
	return cr_fnv32_step(h, '|');
}

/* Orders phrases by noun, then by phrase. */
static gint phrase_order(gconstpointer pa, gconstpointer pb)
{
	const Phrase *a = pa, *b = pb;
	if (a->noun != b->noun)
		return a->noun < b->noun ? -1 : 1;
	return a->phrase < b->phrase ? -1 : a->phrase > b->phrase;
}

/* Makes count FACT a count of its noun and WORD ("set up"). */
static void count_phrase(CrFact *fact, const char *word)
{
	/* the fact's strings its own first: its counted noun may be shared */
	cr_fact_rename(fact, fact->value, fact->key);
	char *noun = fact->counted;
	fact->counted = g_strdup_printf("%s %s", noun, word);
	g_free(noun);
}

/* The reports (as bits) that write the phrase of P[0], which P's first N
 * entries are, then those of the others; *LEN gets its entries. */
static guint32 phrase_reports(const Phrase *p, guint n, const GArray *facts, guint *len)
{
	guint32 docs = 0;
	guint k = 0;
	for (; k < n && p[k].phrase == p[0].phrase; k++)
		docs |= 1u << g_array_index(facts, CrFact, p[k].fact).doc;
	*len = k;
	return docs;
}

void cr_align_count_phrases(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts)
{
	(void)blocks;
	if (n_docs < LEAST_REPORTS || n_docs > 32)
		return;
	g_autoptr(GArray) found = NULL;
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		Phrase p = { .fact = i };
		if (f->kind != CR_FACT_NUMBER || !f->counted || fabs(f->num) >= SMALL_COUNT ||
		    !phrase_word(f, docs[f->doc], p.word))
			continue;
		p.noun = hash_more(hash_more(CR_FNV32_EMPTY, f->key), f->counted);
		p.phrase = hash_more(p.noun, p.word);
		if (!found)
			found = g_array_new(FALSE, FALSE, sizeof(Phrase));
		g_array_append_val(found, p);
	}
	if (!found)
		return;
	g_array_sort(found, phrase_order);
	const Phrase *all = (const Phrase *)(gpointer)found->data;
	for (guint at = 0, end; at < found->len; at = end) {
		/* the phrases of one value and noun, and those LEAST_REPORTS write */
		for (end = at; end < found->len && all[end].noun == all[at].noun;)
			end++;
		guint recurring = 0, len;
		for (guint k = at; k < end; k += len)
			recurring += __builtin_popcount(phrase_reports(all + k, end - k, facts, &len)) >=
				     LEAST_REPORTS;
		for (guint k = at; recurring >= 2 && k < end; k += len)
			if (__builtin_popcount(phrase_reports(all + k, end - k, facts, &len)) >=
			    LEAST_REPORTS)
				for (guint m = k; m < k + len; m++)
					count_phrase(&g_array_index(facts, CrFact, all[m].fact), all[m].word);
	}
}

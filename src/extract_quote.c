/* Quotations: the words between quotation marks, who says them, the same
 * words unquoted in other reports and the passages of longer quotations
 * that other reports quote alone. The parts live in src/quote_*.c: marks,
 * words, speakers, echoes, passages, similarity. */
#include "crossread/extract.h"
#include "crossread/parallel.h"
#include "crossread/partition.h"
#include "crossread/text.h"

#include "quote_private.h"

#include <string.h>

/* After a paragraph's last quotation, at most this many bytes name who
 * says it ("...,” the Director-General of the World Health Organization said."). */
#define ATTRIBUTION_BYTES 80

/* The quotation mark the block after block B opens with, 0 when none or
 * a single one: the quotation that block B leaves open with that mark runs
 * on into it ("…: “Dearest brothers and sisters, … Francis." and a
 * paragraph opening with "“" again: English continues a quotation over
 * paragraphs so). */
static gunichar next_block_mark(const CrDoc *doc, const GArray *blocks, guint b)
{
	if (b + 1 >= blocks->len)
		return 0;
	const CrBlock *next = &g_array_index(blocks, CrBlock, b + 1);
	return cr_quote_block_mark(doc->data, next->start, next->end);
}

/* Words of a cited title: three or more of four letters or more, each
 * capitalised. */
#define TITLE_LONG_WORDS 3

/* TRUE when data[start,end) reads as the title of another work cited
 * inside a sentence ("see “Apple Q3 2023 Earnings Down 1% on Exchange
 * Rates,” 4 August 2023"): every word of four letters or more capitalised,
 * three such words or more, and no sentence end in it or before its
 * closing mark. */
static gboolean cites_title(const char *data, const CrQuoteSpan *span)
{
	gsize start = span->start, end = span->end;
	CrQuoteWord word;
	gsize pos = start;
	guint long_words = 0;
	while (cr_quote_next_word(data, end, &pos, &word)) {
		if (word.end - word.start < 4 || g_ascii_isdigit(data[word.start]))
			continue;
		if (!word.capitalised)
			return FALSE;
		long_words++;
	}
	/* the quoted words are trimmed: a full stop before the closing mark
	 * ends a sentence too ("Services Grew Another 16% This Quarter.") */
	for (gsize i = start; i < span->close; i++)
		if (data[i] == '.' || data[i] == '!' || data[i] == '?')
			return FALSE;
	return long_words >= TITLE_LONG_WORDS;
}

/* Flags the numbers of report DOC_INDEX inside a cited title of TITLES
 * (CrQuoteSpan in reading order, as quotations are found): the title's
 * figures are another article's, not facts this report tells. A number
 * is inside one when the titles that start at or before it reach past
 * its end; looked up by binary search over their growing reach, so a
 * page of titles costs no more than a page of text. */
static void ignore_numbers_in_titles(const GArray *titles, guint doc_index, GArray *facts)
{
	const CrQuoteSpan *title = (const CrQuoteSpan *)(void *)titles->data;
	g_autofree gsize *reach = g_new(gsize, titles->len);
	for (guint t = 0; t < titles->len; t++)
		reach[t] = t > 0 ? MAX(reach[t - 1], title[t].end) : title[t].end;
	for (guint i = 0; i < facts->len; i++) {
		CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->doc != doc_index || f->kind != CR_FACT_NUMBER)
			continue;
		guint after = CR_PARTITION_POINT(titles->len, mid, title[mid].start <= f->start);
		if (after > 0 && f->end <= reach[after - 1])
			f->flags |= CR_FACT_IGNORED;
	}
}

void cr_extract_quotes(const CrReport *report, GArray *facts)
{
	const CrDoc *doc = report->doc;
	guint doc_index = report->index;
	const GArray *blocks = report->blocks;
	g_autoptr(GArray) spans = g_array_new(FALSE, FALSE, sizeof(CrQuoteSpan));
	g_autoptr(GArray) titles = g_array_new(FALSE, FALSE, sizeof(CrQuoteSpan));
	CrSpeakerFinder finder;
	/* the quotations' texts and keys, packed: seldom two the same */
	g_autoptr(CrFactStrings) strings = cr_fact_strings_new_packed();
	g_autoptr(GString) key = g_string_new(NULL);

	cr_speaker_finder_init(&finder, doc, doc_index, facts);
	const char *last_voice = NULL; /* the speaker of the last quotation of the block before */
	for (guint b = 0; b < blocks->len; b++) {
		const CrBlock *block = &g_array_index(blocks, CrBlock, b);
		cr_quote_find_spans(doc->data, block->start, block->end, next_block_mark(doc, blocks, b),
				    spans);
		/* a quotation with no speaker of its own after one with a speaker
		 * in the same paragraph goes on in that voice: "“…,” she said. “…”";
		 * so does a paragraph that opens with one after a paragraph that
		 * ends in a quotation and its speaker: "“…,” he said." */
		gboolean opens = spans->len > 0 && g_array_index(spans, CrQuoteSpan, 0).open == block->start;
		const char *voice = opens ? last_voice : NULL;
		gsize voice_close = block->start;
		last_voice = NULL;
		for (guint i = 0; i < spans->len; i++) {
			const CrQuoteSpan *span = &g_array_index(spans, CrQuoteSpan, i);
			cr_quote_key_into(key, doc->data, span->start, span->end);
			if (!key->len)
				continue;
			if (span->open > block->start && cites_title(doc->data, span))
				g_array_append_val(titles, *span);
			CrFact *fact = cr_fact_append_shared(facts, doc, doc_index, span->start, span->end,
							     CR_FACT_QUOTE, strings);
			cr_fact_share_strings(fact, strings, fact->text, key->str);
			fact->confidence = span->confidence;
			fact->speaker = cr_speaker_find(&finder, block->start, block->end, spans, i);
			/* the paragraph ends with this quotation and who says it */
			last_voice = fact->speaker && block->end - span->close <= ATTRIBUTION_BYTES
					 ? fact->speaker
					 : NULL;
			if (!fact->speaker && voice && span->open >= voice_close)
				fact->speaker = g_strdup(voice);
			if (fact->speaker) {
				voice = fact->speaker;
				voice_close = span->close;
			}
		}
	}
	cr_speaker_finder_clear(&finder);
	if (titles->len)
		ignore_numbers_in_titles(titles, doc_index, facts);
}

/* The names the resolver settled for one speaker's words. */
typedef struct {
	const char *in_doc[CR_MAX_DOCUMENTS]; /* per report: the last person so written there */
	const char *anywhere;		      /* the longest name so written in any report, the first */
} Settled;

/* A quotation's speaker to be put in place: fact FACT's, CANONICAL
 * (borrowed from the person's fact). */
typedef struct {
	guint fact;
	const char *canonical;
} Canonical;

/* Appends to CHANGES (Canonical) the canonical form of each speaker of the
 * first N_FACTS of FACTS that names a person the name resolver settled
 * ("Mao" -> "Mao Ning"): first as written in the same report, else in any
 * report. Only the speakers' words are looked for among the persons (a
 * few thousand, not a table of every person of every report: 12 M
 * instructions on one thread at 8 x 1 MiB). Reads FACTS only. */
static void find_canonical_speakers(const GArray *facts, guint n_facts, GArray *changes)
{
	g_autoptr(GHashTable) speakers = g_hash_table_new_full(cr_str_hash, g_str_equal, g_free, g_free);

	for (guint i = 0; i < n_facts; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind == CR_FACT_QUOTE && f->speaker && !g_hash_table_contains(speakers, f->speaker))
			g_hash_table_insert(speakers, g_strdup(f->speaker), g_new0(Settled, 1));
	}
	if (!g_hash_table_size(speakers))
		return;
	for (guint i = 0; i < n_facts; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind != CR_FACT_PERSON || !f->value || !f->text || f->doc >= CR_MAX_DOCUMENTS)
			continue;
		Settled *settled = g_hash_table_lookup(speakers, f->text);
		if (!settled)
			continue;
		settled->in_doc[f->doc] = f->value;
		if (!settled->anywhere || strlen(f->value) > strlen(settled->anywhere))
			settled->anywhere = f->value;
	}
	for (guint i = 0; i < n_facts; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind != CR_FACT_QUOTE || !f->speaker)
			continue;
		const Settled *settled = g_hash_table_lookup(speakers, f->speaker);
		Canonical change = { i, f->doc < CR_MAX_DOCUMENTS ? settled->in_doc[f->doc] : NULL };
		if (!change.canonical)
			change.canonical = settled->anywhere;
		if (change.canonical && strcmp(change.canonical, f->speaker) != 0)
			g_array_append_val(changes, change);
	}
}

/* Puts the speakers of CHANGES (Canonical) in place among FACTS. */
static void put_canonical_speakers(GArray *facts, const GArray *changes)
{
	for (guint c = 0; c < changes->len; c++) {
		const Canonical *change = &g_array_index(changes, Canonical, c);
		CrFact *f = &g_array_index(facts, CrFact, change->fact);
		g_free(f->speaker);
		f->speaker = g_strdup(change->canonical);
	}
}

/* Puts the canonical form of each quotation's speaker in place. */
static void canonicalise_speakers(GArray *facts)
{
	g_autoptr(GArray) changes = g_array_new(FALSE, FALSE, sizeof(Canonical));
	find_canonical_speakers(facts, facts->len, changes);
	put_canonical_speakers(facts, changes);
}

void cr_resolve_quotes(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts)
{
	canonicalise_speakers(facts);
	cr_quote_add_echoes(docs, n_docs, blocks, facts);
	cr_quote_add_passages(docs, n_docs, blocks, facts, NULL, NULL);
}

/* The echoes' search reads only the quotations' words and places, which
 * no resolver before this one changes (canonical speakers are not read):
 * the reports are indexed, then searched, ahead; the echoes found wait
 * to be appended in order. */
static gpointer begin_ahead(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, const GArray *facts)
{
	return cr_quote_echoes_begin(docs, n_docs, blocks, facts);
}

static void report_ahead(gpointer ahead, guint pass, guint d)
{
	if (pass == 0)
		cr_quote_echoes_index(ahead, d);
	else
		cr_quote_echoes_search(ahead, d);
}

/* The speakers' canonical forms, looked for beside the passages' reading. */
typedef struct {
	GArray *facts;
	guint n_facts; /* the facts before the echoes, whose speakers stay as found */
	GArray *changes;
	CrParallelJob *job;
} Settling;

static void find_speakers_item(guint item, gpointer data)
{
	Settling *settling = data;
	find_canonical_speakers(settling->facts, settling->n_facts, settling->changes);
}

/* Once the passages' quotations are read: their speakers in place. */
static void settle_speakers(gpointer data)
{
	Settling *settling = data;
	cr_parallel_finish(settling->job);
	put_canonical_speakers(settling->facts, settling->changes);
}

/* As cr_resolve_quotes(), the echoes found ahead; the speakers are settled
 * beside the passages' reading (which reads only whether a quotation has
 * one), after the echoes are appended: the echoes' speakers are not
 * settled, as when they were settled before. */
static void resolve_ahead(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts, gpointer ahead)
{
	g_autoptr(GArray) changes = g_array_new(FALSE, FALSE, sizeof(Canonical));
	Settling settling = { facts, facts->len, changes, NULL };
	cr_quote_echoes_finish(ahead, facts);
	settling.job = cr_parallel_start(1, find_speakers_item, &settling);
	cr_quote_add_passages(docs, n_docs, blocks, facts, settle_speakers, &settling);
}

static void drop_ahead(gpointer ahead)
{
	cr_quote_echoes_finish(ahead, NULL);
}

const CrResolveAhead cr_resolve_quotes_ahead = { begin_ahead, report_ahead,	     resolve_ahead,
						 drop_ahead,  cr_quote_echoes_holds, 2 };

/* Shared passages: where one report quotes words that another report has
 * inside a longer quotation ("I am devastated by my failings" within four
 * sentences of hers; a statement's first clause; the one word "huge"), the
 * passage of the longer quotation becomes a quotation of its own, so that
 * the two can be aligned on what they share and not only on the whole.
 *
 * Quotations of one speaker, named in both (words that many quote, "a
 * global health emergency", may be anyone's), are compared by the stems of
 * their content words: a shorter quotation's run of content stems must
 * stand, in order and with nothing between, among a longer one's ("It
 * might reach to the thousands" in "The death toll is huge, it might reach
 * to thousands"), and the passage must be a clause of it. A quotation of
 * one word is looked for only when it is one word between its marks. */
#include "quote_private.h"

#include "crossread/clean.h"
#include "crossread/parallel.h"

#include <string.h>

/* How sure a passage is, against the quotation it lies in. */
#define PASSAGE_CONFIDENCE 0.9
/* Quotations of more content words than this are not looked for. */
#define MAX_PASSAGE_WORDS 60
/* A one-word quotation is looked for when its word has this many bytes. */
#define MIN_LONE_WORD 4
/* A quotation no longer than twice a passage of it and this many bytes (a
 * line) shows the passage well enough: it gets no passage of its own, but
 * for one word, which no similarity finds in a longer quotation. */
#define PASSAGE_SHOWN 60

/* One word of a quotation. */
typedef struct {
	guint32 start, end;
	guint stem; /* stem id; 0 for a stop word */
} PassageWord;

/* A quotation as a run of words. */
typedef struct {
	guint fact;
	GArray *words;	 /* PassageWord */
	GArray *content; /* guint: the index in WORDS of each content word */
} Quoted;

static void quoted_clear(gpointer data)
{
	Quoted *q = data;
	g_array_unref(q->words);
	g_array_unref(q->content);
}

gboolean cr_quote_in_furniture(GPtrArray *blocks, const CrFact *f)
{
	const GArray *doc_blocks = g_ptr_array_index(blocks, f->doc);
	int b = cr_blocks_find(doc_blocks, f->start);
	if (b < 0)
		return FALSE;
	const CrBlock *block = &g_array_index(doc_blocks, CrBlock, b);
	return block->boilerplate || (block->flags & CR_BLOCK_DUPLICATE);
}

/* Reads the words of fact F (index FACT) of document DATA into Q, each
 * content word's stem kept in STEMS (ended by '\0'), its stem field 1 +
 * where: read side by side, numbered in fact order by number_stems(). */
static void read_quoted(const char *data, const CrFact *f, guint fact, GString *stems, Quoted *q)
{
	CrQuoteWord word;
	gsize pos = f->start;

	q->fact = fact;
	q->words = g_array_new(FALSE, FALSE, sizeof(PassageWord));
	q->content = g_array_new(FALSE, FALSE, sizeof(guint));
	while (cr_quote_next_word(data, f->end, &pos, &word)) {
		PassageWord w = { (guint32)word.start, (guint32)word.end, 0 };
		if (!cr_quote_is_stop_word(word.folded, word.len)) {
			w.stem = (guint)stems->len + 1;
			g_string_append_len(stems, word.folded, cr_quote_stem_len(word.folded, word.len));
			g_string_append_c(stems, '\0');
			guint at = q->words->len;
			g_array_append_val(q->content, at);
		}
		g_array_append_val(q->words, w);
	}
}

/* Numbers the stems Q's words point into STEMS (read_quoted()) in IDS: the
 * speaker and the folded stem -> id, so that only one speaker's quotations
 * meet. KEY is scratch. */
static void number_stems(const CrFact *f, const GString *stems, GHashTable *ids, GString *key, Quoted *q)
{
	g_string_assign(key, f->speaker);
	g_string_append_c(key, '\t');
	gsize prefix = key->len;
	for (guint k = 0; k < q->content->len; k++) {
		PassageWord *w = &g_array_index(q->words, PassageWord, g_array_index(q->content, guint, k));
		g_string_truncate(key, prefix);
		g_string_append(key, stems->str + w->stem - 1);
		w->stem = GPOINTER_TO_UINT(g_hash_table_lookup(ids, key->str));
		if (!w->stem) {
			w->stem = g_hash_table_size(ids) + 1;
			g_hash_table_insert(ids, g_strdup(key->str), GUINT_TO_POINTER(w->stem));
		}
	}
}

/* Quotations read per piece of the facts (READ_PIECE facts a piece). */
#define READ_PIECE 4096

/* The quotations of one piece, read. */
typedef struct {
	GArray *quoted; /* Quoted */
	GString *stems;
} QuotedPiece;

typedef struct {
	CrDoc *const *docs;
	GPtrArray *blocks;
	const GArray *facts;
	guint n_docs;
	QuotedPiece *pieces;
} QuotedRead;

/* Reads the quotations of piece P of the facts that may hold or be
 * passages: of one named speaker, quoted, in article text. */
static void read_piece(guint p, gpointer data)
{
	QuotedRead *job = data;
	QuotedPiece *piece = &job->pieces[p];
	guint end = MIN(job->facts->len, (p + 1) * READ_PIECE);

	piece->quoted = g_array_new(FALSE, TRUE, sizeof(Quoted));
	piece->stems = g_string_new(NULL);
	for (guint i = p * READ_PIECE; i < end; i++) {
		const CrFact *f = &g_array_index(job->facts, CrFact, i);
		if (f->kind != CR_FACT_QUOTE || f->doc >= job->n_docs || !f->speaker ||
		    (f->flags & CR_FACT_UNQUOTED) || cr_quote_in_furniture(job->blocks, f))
			continue;
		Quoted q;
		read_quoted(job->docs[f->doc]->data, f, i, piece->stems, &q);
		g_array_append_val(piece->quoted, q);
	}
}

static const PassageWord *word_at(const Quoted *q, guint i)
{
	return &g_array_index(q->words, PassageWord, i);
}

static guint content_at(const Quoted *q, guint k)
{
	return g_array_index(q->content, guint, k);
}

/* TRUE when the content stems of SHORT stand, in order and with nothing
 * between, in LONG from its content word AT. */
static gboolean run_at(const Quoted *shorter, const Quoted *longer, guint at)
{
	if (at + shorter->content->len > longer->content->len)
		return FALSE;
	for (guint k = 0; k < shorter->content->len; k++)
		if (word_at(shorter, content_at(shorter, k))->stem !=
		    word_at(longer, content_at(longer, at + k))->stem)
			return FALSE;
	return TRUE;
}

/* The words [*first,*last] of LONG that the run of SHORT from content word
 * AT covers, widened over as many stop words as SHORT has before its first
 * content word and after its last ("it might reach to thousands"). */
static void passage_words(const Quoted *shorter, const Quoted *longer, guint at, guint *first, guint *last)
{
	guint before = content_at(shorter, 0);
	guint after = shorter->words->len - 1 - content_at(shorter, shorter->content->len - 1);
	*first = content_at(longer, at);
	*last = content_at(longer, at + shorter->content->len - 1);
	while (before-- > 0 && *first > 0 && word_at(longer, *first - 1)->stem == 0)
		(*first)--;
	while (after-- > 0 && *last + 1 < longer->words->len && word_at(longer, *last + 1)->stem == 0)
		(*last)++;
}

/* TRUE when a clause may end between words A and A + 1 of Q (or at
 * either end of Q): punctuation stands between them. */
static gboolean clause_break(const char *data, const Quoted *q, guint a)
{
	if (a + 1 >= q->words->len)
		return TRUE;
	for (guint32 p = word_at(q, a)->end; p < word_at(q, a + 1)->start; p++)
		if (strchr(".,;:!?()\"", data[p]) || (guchar)data[p] >= 0x80)
			return TRUE;
	return FALSE;
}

/* TRUE when the passage [first,last] of LONG is a clause of it: a clause
 * may begin before it and end after it, up to SLACK words away (the stop
 * words SHORT has there and LONG writes otherwise: "I am" and "I'm"). A
 * passage of one word is one whatever stands around it. */
static gboolean is_clause(const char *data, const Quoted *longer, guint first, guint last, guint slack)
{
	if (first == last)
		return TRUE;
	gboolean opens = FALSE, closes = FALSE;
	for (guint j = 0; j <= slack && !opens; j++)
		opens = first < j + 1 ? first == j : clause_break(data, longer, first - j - 1);
	for (guint j = 0; j <= slack && !closes; j++)
		closes = clause_break(data, longer, last + j);
	return opens && closes;
}

/* Adds the place of a quotation (cr_fact_place()) to PLACES; FALSE when
 * it was there. */
static gboolean add_place(GHashTable *places, guint doc, gsize start, gsize end)
{
	guint64 place = cr_fact_place(doc, start, end);
	return g_hash_table_add(places, g_memdup2(&place, sizeof place));
}

/* Where the quotations are filed by stem id: the (quotation, content word)
 * entries of stem s are ENTRIES[FIRST[s]] to ENTRIES[FIRST[s + 1]], two
 * guints each, in the order of the quotations. */
typedef struct {
	guint *first;
	guint *entries;
} Postings;

/* The postings of QUOTED's content stems (ids up to N_STEMS). */
static Postings file_quotations(const GArray *quoted, guint n_stems)
{
	Postings p = { g_new0(guint, n_stems + 2), NULL };
	for (guint q = 0; q < quoted->len; q++) {
		const Quoted *qt = &g_array_index(quoted, Quoted, q);
		for (guint k = 0; k < qt->content->len; k++)
			p.first[word_at(qt, content_at(qt, k))->stem + 1]++;
	}
	for (guint s = 1; s <= n_stems + 1; s++)
		p.first[s] += p.first[s - 1];
	p.entries = g_new(guint, 2 * (gsize)MAX(p.first[n_stems + 1], 1));
	g_autofree guint *next = g_memdup2(p.first, (n_stems + 1) * sizeof(guint));
	for (guint q = 0; q < quoted->len; q++) {
		const Quoted *qt = &g_array_index(quoted, Quoted, q);
		for (guint k = 0; k < qt->content->len; k++) {
			guint at = next[word_at(qt, content_at(qt, k))->stem]++;
			p.entries[2 * at] = q;
			p.entries[2 * at + 1] = k;
		}
	}
	return p;
}

/* Appends to OUT the passage of LONG that SHORT quotes from content word
 * AT, unless a quotation is already there (PLACES). */
static void add_passage(CrDoc *const *docs, const GArray *facts, const Quoted *shorter, const Quoted *longer,
			guint at, GHashTable *places, GArray *out)
{
	const CrFact *lf = &g_array_index(facts, CrFact, longer->fact);
	guint first, last;
	passage_words(shorter, longer, at, &first, &last);
	guint slack = MAX(content_at(shorter, 0),
			  shorter->words->len - 1 - content_at(shorter, shorter->content->len - 1));
	if (!is_clause(docs[lf->doc]->data, longer, first, last, slack))
		return;
	gsize start = word_at(longer, first)->start, end = word_at(longer, last)->end;
	if (first != last && lf->end - lf->start <= 2 * (end - start) + PASSAGE_SHOWN)
		return;
	if (!add_place(places, lf->doc, start, end))
		return;
	const CrDoc *doc = docs[lf->doc];
	CrFact *p = cr_fact_append(out, doc, lf->doc, start, end, CR_FACT_QUOTE);
	cr_fact_take_value(p, g_strdup(p->text));
	p->key = cr_quote_key(doc->data, start, end);
	p->speaker = g_strdup(lf->speaker);
	p->confidence = lf->confidence * PASSAGE_CONFIDENCE;
}

/* TRUE when SHORT, of report A, may be looked for in LONG, of report B (of
 * one speaker, as their stems say): a longer quotation of another report;
 * one word only when it is the whole quotation and long enough to say
 * something. */
static gboolean may_share(const CrFact *a, const Quoted *shorter, const CrFact *b, const Quoted *longer)
{
	if (a->doc == b->doc || longer->content->len <= shorter->content->len)
		return FALSE;
	if (shorter->content->len > 1)
		return TRUE;
	const PassageWord *w = word_at(shorter, 0);
	return shorter->words->len == 1 && w->end - w->start >= MIN_LONE_WORD;
}

/* Sets QUOTES[d] to how many quotations of report d (to two) hold the N
 * entries of POSTING (consecutive per quotation): a one-word quotation
 * ("huge") in two of a report's ("the death toll is huge", "the needs are
 * huge") may be either's, so it is neither's. */
static void count_holders(const GArray *quoted, const GArray *facts, const guint *posting, guint n,
			  guint8 *quotes, guint n_docs)
{
	memset(quotes, 0, n_docs);
	guint last = G_MAXUINT;
	for (guint e = 0; e < n; e++) {
		guint q = posting[2 * e];
		if (q == last)
			continue;
		last = q;
		guint doc = g_array_index(facts, CrFact, g_array_index(quoted, Quoted, q).fact).doc;
		if (doc < n_docs && quotes[doc] < 2)
			quotes[doc]++;
	}
}

void cr_quote_add_passages(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts)
{
	g_autoptr(GHashTable) stems = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	g_autoptr(GHashTable) places = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
	g_autoptr(GString) key = g_string_new(NULL);
	g_autoptr(GArray) quoted = g_array_new(FALSE, TRUE, sizeof(Quoted));
	g_array_set_clear_func(quoted, quoted_clear);

	guint n_pieces = (facts->len + READ_PIECE - 1) / READ_PIECE;
	g_autofree QuotedPiece *pieces = g_new0(QuotedPiece, MAX(n_pieces, 1));
	QuotedRead job = { docs, blocks, facts, n_docs, pieces };
	cr_parallel_for(n_pieces, read_piece, &job);
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		if (f->kind == CR_FACT_QUOTE && f->doc < n_docs)
			add_place(places, f->doc, f->start, f->end);
	}
	for (guint p = 0; p < n_pieces; p++) {
		for (guint i = 0; i < pieces[p].quoted->len; i++) {
			Quoted *q = &g_array_index(pieces[p].quoted, Quoted, i);
			number_stems(&g_array_index(facts, CrFact, q->fact), pieces[p].stems, stems, key, q);
			if (q->content->len == 0 || q->content->len > MAX_PASSAGE_WORDS)
				quoted_clear(q);
			else
				g_array_append_val(quoted, *q);
		}
		g_array_unref(pieces[p].quoted);
		g_string_free(pieces[p].stems, TRUE);
	}
	Postings postings = file_quotations(quoted, g_hash_table_size(stems));
	g_autoptr(GArray) found = cr_fact_array_new();
	g_autofree guint8 *holders = g_new0(guint8, n_docs);
	for (guint q = 0; q < quoted->len; q++) {
		const Quoted *shorter = &g_array_index(quoted, Quoted, q);
		const CrFact *a = &g_array_index(facts, CrFact, shorter->fact);
		/* looked up by its rarest content stem */
		guint anchor = 0, best = 0, best_len = G_MAXUINT;
		for (guint k = 0; k < shorter->content->len; k++) {
			guint s = word_at(shorter, content_at(shorter, k))->stem;
			if (postings.first[s + 1] - postings.first[s] < best_len) {
				best = s;
				best_len = postings.first[s + 1] - postings.first[s];
				anchor = k;
			}
		}
		const guint *posting = postings.entries + 2 * (gsize)postings.first[best];
		if (shorter->content->len == 1)
			count_holders(quoted, facts, posting, best_len, holders, n_docs);
		for (guint e = 0; e < best_len; e++) {
			const guint *entry = &posting[2 * e];
			const Quoted *longer = &g_array_index(quoted, Quoted, entry[0]);
			const CrFact *b = &g_array_index(facts, CrFact, longer->fact);
			if (entry[1] < anchor || !may_share(a, shorter, b, longer) ||
			    !run_at(shorter, longer, entry[1] - anchor) ||
			    (shorter->content->len == 1 && holders[b->doc] > 1))
				continue;
			add_passage(docs, facts, shorter, longer, entry[1] - anchor, places, found);
		}
	}
	cr_fact_array_append_take(facts, g_steal_pointer(&found));
	g_free(postings.first);
	g_free(postings.entries);
}

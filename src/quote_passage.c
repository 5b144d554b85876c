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
#include "crossread/partition.h"
#include "crossread/sort.h"
#include "crossread/text.h"

#include <string.h>

/* How sure a passage is, against the quotation it lies in. */
#define PASSAGE_CONFIDENCE 0.9
/* Quotations of more content words than this are not looked for, nor
 * looked in by speaker. */
#define MAX_PASSAGE_WORDS 60
/* Quotations of more content words than this are not read: a speech of
 * this length is looked in for its sentences only (find_sentences()). */
#define MAX_QUOTED_WORDS 240
/* A quotation and a sentence of another report's longer one are one
 * sentence when they share this many content words at least ... */
#define SENTENCE_SHARED 4
/* ... and this share (in tenths) of the content words of both. */
#define SENTENCE_SHARE_TENTHS 6
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

/* A quotation as a run of words, kept in the flat arrays of its
 * QuotedSet (no allocation of its own: dense quotations have many). */
typedef struct {
	guint fact;
	guint speaker;			/* an id of its speaker, once in the set of all */
	guint first_word, n_words;	/* its words: WORDS[first_word ..] */
	guint first_content, n_content; /* its content words: CONTENT[first_content ..] */
} Quoted;

/* Quotations and their words. */
typedef struct {
	GArray *quoted;	 /* Quoted */
	GArray *words;	 /* PassageWord */
	GArray *content; /* guint: the index among its quotation's words of each content word */
} QuotedSet;

/* SET empty, with room for N_QUOTED quotations, N_WORDS words and
 * N_CONTENT content words. */
static void quoted_set_init(QuotedSet *set, guint n_quoted, guint n_words, guint n_content)
{
	set->quoted = g_array_sized_new(FALSE, FALSE, sizeof(Quoted), n_quoted);
	set->words = g_array_sized_new(FALSE, FALSE, sizeof(PassageWord), n_words);
	set->content = g_array_sized_new(FALSE, FALSE, sizeof(guint), n_content);
}

static void quoted_set_clear(QuotedSet *set)
{
	g_array_unref(set->quoted);
	g_array_unref(set->words);
	g_array_unref(set->content);
}

/* Word I of quotation Q of SET. */
static PassageWord *word_at(const QuotedSet *set, const Quoted *q, guint i)
{
	return &g_array_index(set->words, PassageWord, q->first_word + i);
}

/* The index among Q's words of its content word K. */
static guint content_at(const QuotedSet *set, const Quoted *q, guint k)
{
	return g_array_index(set->content, guint, q->first_content + k);
}

/* The stem id of content word K of quotation QT. */
static guint stem_of(const QuotedSet *set, const Quoted *qt, guint k)
{
	return word_at(set, qt, content_at(set, qt, k))->stem;
}

gboolean cr_quote_in_furniture(GPtrArray *blocks, const CrFact *f)
{
	const GArray *doc_blocks = g_ptr_array_index(blocks, f->doc);
	int b = cr_blocks_find(doc_blocks, f->start);
	if (b < 0)
		return FALSE;
	const CrBlock *block = &g_array_index(doc_blocks, CrBlock, b);
	return !cr_block_is_read(block);
}

/* Quotations read per piece of the facts (READ_PIECE facts a piece). */
#define READ_PIECE 4096

/* The quotations of one piece, read; their content words' stems numbered
 * in the piece in the order they come, so that only the piece's distinct
 * stems are numbered among all on one thread. */
typedef struct {
	QuotedSet set;
	CrStemNumbers numbers; /* the stems, 1 + their ids in the piece */
	GString *stems;	       /* scratch: the content stems of the quotation being read */
} QuotedPiece;

/* The id of KEY in IDS (key, borrowed -> id from 1): the one it has, else
 * the next. */
static guint intern(GHashTable *ids, const char *key)
{
	guint id = GPOINTER_TO_UINT(g_hash_table_lookup(ids, key));
	if (!id) {
		id = g_hash_table_size(ids) + 1;
		g_hash_table_insert(ids, (gpointer)key, GUINT_TO_POINTER(id));
	}
	return id;
}

/* A content word while the stems are numbered: its quotation's speaker
 * and its place among the words. */
typedef struct {
	guint speaker, word;
} SpokenWord;

/* Numbers the content words of SET's quotations from 1 by speaker and
 * stem, so that only one speaker's quotations meet: two words have one
 * number when their speakers are one and their stems are. Each word's stem
 * field holds the id of its stem alone (of N_WORD_STEMS) before. Returns
 * how many numbers. The words are filed by stem (a counting sort), then
 * each stem's speakers are numbered in their order (the speakers of one
 * stem sorted, not its words): no table of every speaker's every stem,
 * which dense quotations have by the hundred thousand. */
static guint number_stems(QuotedSet *set, guint n_word_stems)
{
	g_autofree guint *first = g_new0(guint, n_word_stems + 2);
	for (guint q = 0; q < set->quoted->len; q++) {
		const Quoted *qt = &g_array_index(set->quoted, Quoted, q);
		for (guint k = 0; k < qt->n_content; k++)
			first[stem_of(set, qt, k) + 1]++;
	}
	for (guint s = 1; s <= n_word_stems + 1; s++)
		first[s] += first[s - 1];
	g_autofree SpokenWord *spoken = g_new(SpokenWord, MAX(first[n_word_stems + 1], 1));
	g_autofree guint *next = g_memdup2(first, (n_word_stems + 1) * sizeof(guint));
	for (guint q = 0; q < set->quoted->len; q++) {
		const Quoted *qt = &g_array_index(set->quoted, Quoted, q);
		for (guint k = 0; k < qt->n_content; k++) {
			guint word = qt->first_word + content_at(set, qt, k);
			guint stem = g_array_index(set->words, PassageWord, word).stem;
			spoken[next[stem]++] = (SpokenWord){ qt->speaker, word };
		}
	}
	/* per speaker: the last stem it was seen with, and its number there */
	guint n_speakers = 0;
	for (guint q = 0; q < set->quoted->len; q++)
		n_speakers = MAX(n_speakers, g_array_index(set->quoted, Quoted, q).speaker + 1);
	g_autofree guint *seen_at = g_new0(guint, MAX(n_speakers, 1));
	g_autofree guint *number = g_new(guint, MAX(n_speakers, 1));
	g_autofree guint64 *speakers = g_new(guint64, MAX(n_speakers, 1));
	guint id = 0;
	for (guint s = 1; s <= n_word_stems; s++) {
		/* the stem's speakers, numbered in their order */
		guint n = 0;
		for (guint i = first[s]; i < first[s + 1]; i++)
			if (seen_at[spoken[i].speaker] != s) {
				seen_at[spoken[i].speaker] = s;
				speakers[n++] = spoken[i].speaker;
			}
		cr_sort_u64(speakers, n);
		for (guint k = 0; k < n; k++)
			number[speakers[k]] = ++id;
		for (guint i = first[s]; i < first[s + 1]; i++)
			g_array_index(set->words, PassageWord, spoken[i].word).stem =
			    number[spoken[i].speaker];
	}
	return id;
}

/* Appends to PIECE the words of fact F (index FACT) of document DATA, when
 * it has one content word to MAX_QUOTED_WORDS, each content word's stem
 * field 1 + the id of its stem in the piece: read side by side, numbered
 * in fact order after. */
static void read_quoted(const char *data, const CrFact *f, guint fact, QuotedPiece *piece)
{
	QuotedSet *set = &piece->set;
	GString *stems = piece->stems;
	CrQuoteWord word;
	gsize pos = f->start;
	Quoted q = { fact, 0, set->words->len, 0, set->content->len, 0 };

	g_string_truncate(stems, 0);
	/* room made once for as many words as the quotation has bytes (a word
	 * takes one at least), written in place, then cut to what was read:
	 * not an append a word (200,000 at 8 reports of 1 MiB) */
	guint room = (guint)(f->end - f->start);
	g_array_set_size(set->words, q.first_word + room);
	g_array_set_size(set->content, q.first_content + room);
	PassageWord *words = &g_array_index(set->words, PassageWord, q.first_word);
	guint *content = &g_array_index(set->content, guint, q.first_content);
	while (q.n_words < room && cr_quote_next_word(data, f->end, &pos, &word)) {
		PassageWord w = { (guint32)word.start, (guint32)word.end, 0 };
		if (!cr_quote_is_stop_word(word.folded, word.len)) {
			w.stem = (guint)stems->len + 1;
			cr_string_append_len(stems, word.folded, cr_quote_stem_len(word.folded, word.len));
			g_string_append_c(stems, '\0');
			content[q.n_content++] = q.n_words;
		}
		words[q.n_words++] = w;
	}
	if (q.n_content == 0 || q.n_content > MAX_QUOTED_WORDS) {
		g_array_set_size(set->words, q.first_word);
		g_array_set_size(set->content, q.first_content);
		return;
	}
	g_array_set_size(set->words, q.first_word + q.n_words);
	g_array_set_size(set->content, q.first_content + q.n_content);
	for (guint c = 0; c < q.n_content; c++) {
		PassageWord *w = word_at(set, &q, content_at(set, &q, c));
		w->stem = cr_stem_numbers_add(&piece->numbers, stems->str + w->stem - 1);
	}
	g_array_append_val(set->quoted, q);
}

typedef struct Places Places;
static void places_init(Places *places, const GArray *facts, guint n_docs);

typedef struct {
	CrDoc *const *docs;
	GPtrArray *blocks;
	const GArray *facts;
	guint n_docs;
	QuotedPiece *pieces;
	Places *places;
} QuotedRead;

/* Item 0: the quotations' places, beside the reading; item P + 1: reads
 * the quotations of piece P of the facts that may hold or be passages: of
 * one named speaker, quoted, in article text. */
static void read_piece(guint item, gpointer data)
{
	QuotedRead *job = data;
	if (item == 0) {
		places_init(job->places, job->facts, job->n_docs);
		return;
	}
	guint p = item - 1;
	QuotedPiece *piece = &job->pieces[p];
	guint end = MIN(job->facts->len, (p + 1) * READ_PIECE);

	quoted_set_init(&piece->set, 0, 0, 0);
	cr_stem_numbers_init(&piece->numbers);
	piece->stems = g_string_new(NULL);
	for (guint i = p * READ_PIECE; i < end; i++) {
		const CrFact *f = &g_array_index(job->facts, CrFact, i);
		if (f->kind != CR_FACT_QUOTE || f->doc >= job->n_docs || !f->speaker ||
		    (f->flags & CR_FACT_UNQUOTED) || cr_quote_in_furniture(job->blocks, f))
			continue;
		read_quoted(job->docs[f->doc]->data, f, i, piece);
	}
}

/* TRUE when the content stems of SHORT stand, in order and with nothing
 * between, in LONG from its content word AT. */
static gboolean run_at(const QuotedSet *set, const Quoted *shorter, const Quoted *longer, guint at)
{
	if (at + shorter->n_content > longer->n_content)
		return FALSE;
	for (guint k = 0; k < shorter->n_content; k++)
		if (stem_of(set, shorter, k) != stem_of(set, longer, at + k))
			return FALSE;
	return TRUE;
}

/* The words [*first,*last] of LONG that the run of SHORT from content word
 * AT covers, widened over as many stop words as SHORT has before its first
 * content word and after its last ("it might reach to thousands"). */
static void passage_words(const QuotedSet *set, const Quoted *shorter, const Quoted *longer, guint at,
			  guint *first, guint *last)
{
	guint before = content_at(set, shorter, 0);
	guint after = shorter->n_words - 1 - content_at(set, shorter, shorter->n_content - 1);
	*first = content_at(set, longer, at);
	*last = content_at(set, longer, at + shorter->n_content - 1);
	while (before-- > 0 && *first > 0 && word_at(set, longer, *first - 1)->stem == 0)
		(*first)--;
	while (after-- > 0 && *last + 1 < longer->n_words && word_at(set, longer, *last + 1)->stem == 0)
		(*last)++;
}

/* TRUE when a clause may end between words A and A + 1 of Q (or at
 * either end of Q): punctuation stands between them. */
static gboolean clause_break(const char *data, const QuotedSet *set, const Quoted *q, guint a)
{
	if (a + 1 >= q->n_words)
		return TRUE;
	for (guint32 p = word_at(set, q, a)->end; p < word_at(set, q, a + 1)->start; p++)
		if (strchr(".,;:!?()\"", data[p]) || (guchar)data[p] >= 0x80)
			return TRUE;
	return FALSE;
}

/* TRUE when the passage [first,last] of LONG is a clause of it: a clause
 * may begin before it and end after it, up to SLACK words away (the stop
 * words SHORT has there and LONG writes otherwise: "I am" and "I'm"). A
 * passage of one word is one unless a content word follows it with no
 * punctuation between, whatever stands before: a word said of something
 * ("demand is extraordinary,", "be extra cautious on the issue"), not one
 * qualifying the next ("more severe disease" is not a "severe"
 * outbreak). */
static gboolean is_clause(const char *data, const QuotedSet *set, const Quoted *longer, guint first,
			  guint last, guint slack)
{
	if (first == last)
		return clause_break(data, set, longer, last) || word_at(set, longer, last + 1)->stem == 0;
	gboolean opens = FALSE, closes = FALSE;
	for (guint j = 0; j <= slack && !opens; j++)
		opens = first < j + 1 ? first == j : clause_break(data, set, longer, first - j - 1);
	for (guint j = 0; j <= slack && !closes; j++)
		closes = clause_break(data, set, longer, last + j);
	return opens && closes;
}

/* Where quotations stand (cr_fact_place()): those of the facts, sorted, and
 * the passages added since. */
struct Places {
	GArray *facts;	   /* guint64, ascending */
	GHashTable *added; /* guint64 */
};

/* TRUE when the sorted PLACES hold PLACE. */
static gboolean holds_place(const GArray *places, guint64 place)
{
	guint lo = CR_PARTITION_POINT(places->len, mid, g_array_index(places, guint64, mid) < place);
	return lo < places->len && g_array_index(places, guint64, lo) == place;
}

/* The places of the quotations among FACTS (of reports under N_DOCS). */
static void places_init(Places *places, const GArray *facts, guint n_docs)
{
	places->facts = g_array_new(FALSE, FALSE, sizeof(guint64));
	places->added = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
	for (guint i = 0; i < facts->len; i++) {
		const CrFact *f = &g_array_index(facts, CrFact, i);
		guint64 place = cr_fact_place(f->doc, f->start, f->end);
		if (f->kind == CR_FACT_QUOTE && f->doc < n_docs)
			g_array_append_val(places->facts, place);
	}
	cr_sort_u64((guint64 *)(void *)places->facts->data, places->facts->len);
}

static void places_clear(Places *places)
{
	g_array_unref(places->facts);
	g_hash_table_unref(places->added);
}

/* Adds the place of a passage to PLACES; FALSE when a quotation is there. */
static gboolean add_place(Places *places, guint doc, gsize start, gsize end)
{
	guint64 place = cr_fact_place(doc, start, end);
	return !holds_place(places->facts, place) &&
	       g_hash_table_add(places->added, g_memdup2(&place, sizeof place));
}

/* Where the quotations are filed by stem id: the (quotation, content word)
 * entries of stem s are ENTRIES[FIRST[s]] to ENTRIES[FIRST[s + 1]], two
 * guints each, in the order of the quotations. */
typedef struct {
	guint *first;
	guint *entries;
} Postings;

/* Frees what P holds. */
static void postings_clear(Postings *p)
{
	g_free(p->first);
	g_free(p->entries);
}

/* The postings of the content stems of SET's quotations (ids up to N_STEMS),
 * of those TAKEN marks only when it is given. */
static Postings file_quotations(const QuotedSet *set, const guint8 *taken, guint n_stems)
{
	Postings p = { g_new0(guint, n_stems + 2), NULL };
	for (guint q = 0; q < set->quoted->len; q++) {
		const Quoted *qt = &g_array_index(set->quoted, Quoted, q);
		for (guint k = 0; k < qt->n_content && (!taken || taken[q]); k++)
			p.first[stem_of(set, qt, k) + 1]++;
	}
	for (guint s = 1; s <= n_stems + 1; s++)
		p.first[s] += p.first[s - 1];
	p.entries = g_new(guint, 2 * (gsize)MAX(p.first[n_stems + 1], 1));
	g_autofree guint *next = g_memdup2(p.first, (n_stems + 1) * sizeof(guint));
	for (guint q = 0; q < set->quoted->len; q++) {
		const Quoted *qt = &g_array_index(set->quoted, Quoted, q);
		for (guint k = 0; k < qt->n_content && (!taken || taken[q]); k++) {
			guint at = next[stem_of(set, qt, k)]++;
			p.entries[2 * at] = q;
			p.entries[2 * at + 1] = k;
		}
	}
	return p;
}

/* A passage found: bytes [start,end) of the longer quotation FACT. */
typedef struct {
	guint fact;
	guint32 start, end;
} Passage;

/* Appends to FOUND (Passage) the passage of LONG that SHORT quotes from
 * content word AT, when it is a clause of LONG that LONG does not show
 * well enough itself. */
static void find_passage(CrDoc *const *docs, const GArray *facts, const QuotedSet *set, const Quoted *shorter,
			 const Quoted *longer, guint at, GArray *found)
{
	const CrFact *lf = &g_array_index(facts, CrFact, longer->fact);
	guint first, last;
	passage_words(set, shorter, longer, at, &first, &last);
	guint slack = MAX(content_at(set, shorter, 0),
			  shorter->n_words - 1 - content_at(set, shorter, shorter->n_content - 1));
	if (!is_clause(docs[lf->doc]->data, set, longer, first, last, slack))
		return;
	Passage passage = { longer->fact, word_at(set, longer, first)->start,
			    word_at(set, longer, last)->end };
	if (first != last && lf->end - lf->start <= 2 * (passage.end - passage.start) + PASSAGE_SHOWN)
		return;
	g_array_append_val(found, passage);
}

/* Appends to OUT the quotation of PASSAGE, unless a quotation is already
 * there (PLACES). */
static void add_passage(CrDoc *const *docs, const GArray *facts, const Passage *passage, Places *places,
			GArray *out)
{
	const CrFact *lf = &g_array_index(facts, CrFact, passage->fact);
	gsize start = passage->start, end = passage->end;
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
static gboolean may_share(const QuotedSet *set, const CrFact *a, const Quoted *shorter, const CrFact *b,
			  const Quoted *longer)
{
	if (a->doc == b->doc || longer->n_content <= shorter->n_content ||
	    longer->n_content > MAX_PASSAGE_WORDS)
		return FALSE;
	if (shorter->n_content > 1)
		return TRUE;
	const PassageWord *w = word_at(set, shorter, 0);
	return shorter->n_words == 1 && w->end - w->start >= MIN_LONE_WORD;
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
		if (q == last || g_array_index(quoted, Quoted, q).n_content > MAX_PASSAGE_WORDS)
			continue;
		last = q;
		guint doc = g_array_index(facts, CrFact, g_array_index(quoted, Quoted, q).fact).doc;
		if (doc < n_docs && quotes[doc] < 2)
			quotes[doc]++;
	}
}

/* Appends to SET the quotations of PIECE, their words and content words,
 * and the ids of their speakers (SPEAKERS, by the speakers of FACTS). */
static void take_quoted(QuotedSet *set, const QuotedSet *piece, GHashTable *speakers, const GArray *facts)
{
	guint first_word = set->words->len, first_content = set->content->len;
	g_array_append_vals(set->words, piece->words->data, piece->words->len);
	g_array_append_vals(set->content, piece->content->data, piece->content->len);
	for (guint i = 0; i < piece->quoted->len; i++) {
		Quoted moved = g_array_index(piece->quoted, Quoted, i);
		moved.speaker = intern(speakers, g_array_index(facts, CrFact, moved.fact).speaker);
		moved.first_word += first_word;
		moved.first_content += first_content;
		g_array_append_val(set->quoted, moved);
	}
}

/* The passages are looked for in pieces of this many quotations. */
#define SEARCH_PIECE 512

typedef struct {
	CrDoc *const *docs;
	const GArray *facts;
	const QuotedSet *set;
	const Postings *postings;
	guint n_docs;
	GArray **passages; /* per piece: Passage, in the order found */
} PassageSearch;

/* Looks the quotations of piece P up among the longer ones of their
 * speaker, each by its rarest content stem, and lists the passages they
 * quote, in order (added on one thread after, in the pieces' order). */
static void search_piece(guint p, gpointer data)
{
	const PassageSearch *job = data;
	const QuotedSet *set = job->set;
	const Postings *postings = job->postings;
	GArray *found = job->passages[p] = g_array_new(FALSE, FALSE, sizeof(Passage));
	g_autofree guint8 *holders = g_new0(guint8, MAX(job->n_docs, 1));
	guint end = MIN(set->quoted->len, (p + 1) * SEARCH_PIECE);

	for (guint q = p * SEARCH_PIECE; q < end; q++) {
		const Quoted *shorter = &g_array_index(set->quoted, Quoted, q);
		const CrFact *a = &g_array_index(job->facts, CrFact, shorter->fact);
		guint anchor = 0, best = 0, best_len = G_MAXUINT;
		if (shorter->n_content > MAX_PASSAGE_WORDS)
			continue;
		for (guint k = 0; k < shorter->n_content; k++) {
			guint s = stem_of(set, shorter, k);
			if (postings->first[s + 1] - postings->first[s] < best_len) {
				best = s;
				best_len = postings->first[s + 1] - postings->first[s];
				anchor = k;
			}
		}
		const guint *posting = postings->entries + 2 * (gsize)postings->first[best];
		if (shorter->n_content == 1)
			count_holders(set->quoted, job->facts, posting, best_len, holders, job->n_docs);
		for (guint e = 0; e < best_len; e++) {
			const guint *entry = &posting[2 * e];
			const Quoted *longer = &g_array_index(set->quoted, Quoted, entry[0]);
			const CrFact *b = &g_array_index(job->facts, CrFact, longer->fact);
			if (entry[1] < anchor || !may_share(set, a, shorter, b, longer) ||
			    !run_at(set, shorter, longer, entry[1] - anchor) ||
			    (shorter->n_content == 1 && holders[b->doc] > 1))
				continue;
			find_passage(job->docs, job->facts, set, shorter, longer, entry[1] - anchor, found);
		}
	}
}

/* TRUE when a sentence ends between words A and A + 1 of Q: a full stop,
 * "!" or "?" between them and a capital or a digit next ("... growth.
 * We set", not "I recognise… given" nor "2.5"). */
static gboolean sentence_break(const char *data, const QuotedSet *set, const Quoted *q, guint a)
{
	const PassageWord *next = word_at(set, q, a + 1);
	if (!g_ascii_isupper(data[next->start]) && !g_ascii_isdigit(data[next->start]))
		return FALSE;
	for (guint32 p = word_at(set, q, a)->end; p < next->start; p++)
		if (data[p] == '.' || data[p] == '!' || data[p] == '?')
			return TRUE;
	return FALSE;
}

/* How many content words of A (content words FROM to TO) have a stem that
 * B's content words [B_FROM, B_TO) have. */
static guint count_in(const QuotedSet *set, const Quoted *a, guint from, guint to, const Quoted *b,
		      guint b_from, guint b_to)
{
	guint n = 0;
	for (guint i = from; i < to; i++)
		for (guint j = b_from; j < b_to; j++)
			if (stem_of(set, a, i) == stem_of(set, b, j)) {
				n++;
				break;
			}
	return n;
}

/* The passage of LONG that is the sentence holding its content word K,
 * when that sentence is not all of LONG and SHORT says it (whoever each
 * names as speaker): SENTENCE_SHARED content words and
 * SENTENCE_SHARE_TENTHS of both's in common. */
static gboolean sentence_said(const char *data, const QuotedSet *set, const Quoted *shorter,
			      const Quoted *longer, guint k, Passage *out)
{
	guint first = content_at(set, longer, k), last = first;
	while (first > 0 && !sentence_break(data, set, longer, first - 1))
		first--;
	while (last + 1 < longer->n_words && !sentence_break(data, set, longer, last))
		last++;
	if (first == 0 && last + 1 == longer->n_words)
		return FALSE;
	guint from = k, to = k + 1; /* the sentence's content words */
	while (from > 0 && content_at(set, longer, from - 1) >= first)
		from--;
	while (to < longer->n_content && content_at(set, longer, to) <= last)
		to++;
	guint in_long = count_in(set, longer, from, to, shorter, 0, shorter->n_content);
	guint in_short = count_in(set, shorter, 0, shorter->n_content, longer, from, to);
	if (MIN(in_long, in_short) < SENTENCE_SHARED ||
	    10 * (in_long + in_short) < SENTENCE_SHARE_TENTHS * (to - from + shorter->n_content))
		return FALSE;
	*out = (Passage){ longer->fact, word_at(set, longer, first)->start, word_at(set, longer, last)->end };
	return TRUE;
}

/* The sentences of SET's quotations of several sentences that a quotation
 * of another report says alone (sentence_said()), as passages in the
 * order found: a speech quoted whole in one report can join only one
 * group, whereas other reports quote its sentences one by one ("I cannot
 * deliver the mandate on which I was elected" among nine sentences of
 * hers), and another report may name another speaker or none it agrees
 * with. Looked up by the rarest stem (N_STEMS of them, before they are
 * numbered by speaker: each word's own, as read) of each quotation of
 * SENTENCE_SHARED content words or more, on one thread. */
static GArray *find_sentences(CrDoc *const *docs, const GArray *facts, const QuotedSet *set, guint n_stems)
{
	GArray *found = g_array_new(FALSE, FALSE, sizeof(Passage));
	/* only quotations of several sentences are looked in */
	g_autofree guint8 *several = g_new0(guint8, MAX(set->quoted->len, 1));
	for (guint q = 0; q < set->quoted->len; q++) {
		const Quoted *qt = &g_array_index(set->quoted, Quoted, q);
		const char *data = docs[g_array_index(facts, CrFact, qt->fact).doc]->data;
		for (guint a = 0; a + 1 < qt->n_words && !several[q]; a++)
			several[q] = sentence_break(data, set, qt, a);
	}
	Postings postings = file_quotations(set, several, n_stems);
	for (guint q = 0; q < set->quoted->len; q++) {
		const Quoted *shorter = &g_array_index(set->quoted, Quoted, q);
		if (shorter->n_content < SENTENCE_SHARED || shorter->n_content > MAX_PASSAGE_WORDS)
			continue;
		guint a_doc = g_array_index(facts, CrFact, shorter->fact).doc;
		/* the rarest stem that another quotation of several sentences has */
		guint best = 0, best_others = G_MAXUINT;
		for (guint k = 0; k < shorter->n_content; k++) {
			guint s = stem_of(set, shorter, k), n = postings.first[s + 1] - postings.first[s];
			for (guint j = 0; j < shorter->n_content && several[q] && n > 0; j++)
				n -= stem_of(set, shorter, j) == s;
			if (n > 0 && n < best_others) {
				best = s;
				best_others = n;
			}
		}
		if (best_others == G_MAXUINT)
			continue;
		guint best_len = postings.first[best + 1] - postings.first[best];
		const guint *posting = postings.entries + 2 * (gsize)postings.first[best];
		for (guint e = 0; e < best_len; e++) {
			const Quoted *longer = &g_array_index(set->quoted, Quoted, posting[2 * e]);
			const CrFact *b = &g_array_index(facts, CrFact, longer->fact);
			Passage passage;
			if (b->doc != a_doc && longer->n_content > shorter->n_content &&
			    sentence_said(docs[b->doc]->data, set, shorter, longer, posting[2 * e + 1],
					  &passage))
				g_array_append_val(found, passage);
		}
	}
	postings_clear(&postings);
	return found;
}

void cr_quote_add_passages(CrDoc *const *docs, guint n_docs, GPtrArray *blocks, GArray *facts,
			   void (*settle)(gpointer data), gpointer data)
{
	/* the stems as the pieces read them and the speakers (borrowed) */
	CrStemNumbers word_stems;
	cr_stem_numbers_init(&word_stems);
	GHashTable *speakers = g_hash_table_new(cr_str_hash, g_str_equal);
	QuotedSet set;
	Places places;

	guint n_pieces = (facts->len + READ_PIECE - 1) / READ_PIECE;
	g_autofree QuotedPiece *pieces = g_new0(QuotedPiece, MAX(n_pieces, 1));
	QuotedRead job = { docs, blocks, facts, n_docs, pieces, &places };
	cr_parallel_for(n_pieces + 1, read_piece, &job);
	if (settle)
		settle(data);
	guint n_quoted = 0, n_words = 0, n_content = 0;
	for (guint p = 0; p < n_pieces; p++) {
		n_quoted += pieces[p].set.quoted->len;
		n_words += pieces[p].set.words->len;
		n_content += pieces[p].set.content->len;
	}
	quoted_set_init(&set, n_quoted, n_words, n_content);
	for (guint p = 0; p < n_pieces; p++) {
		const QuotedSet *piece = &pieces[p].set;
		g_autofree guint *global = cr_stem_numbers_merge(&word_stems, &pieces[p].numbers);
		for (guint i = 0; i < piece->quoted->len; i++) {
			const Quoted *q = &g_array_index(piece->quoted, Quoted, i);
			for (guint k = 0; k < q->n_content; k++) {
				PassageWord *w = word_at(piece, q, content_at(piece, q, k));
				w->stem = global[w->stem - 1];
			}
		}
		take_quoted(&set, piece, speakers, facts);
		quoted_set_clear(&pieces[p].set);
		cr_stem_numbers_clear(&pieces[p].numbers);
		g_string_free(pieces[p].stems, TRUE);
	}
	guint n_word_stems = cr_stem_numbers_len(&word_stems);
	cr_stem_numbers_clear(&word_stems);
	g_hash_table_unref(speakers);
	g_autoptr(GArray) sentences = find_sentences(docs, facts, &set, n_word_stems);
	guint n_stems = number_stems(&set, n_word_stems);
	Postings postings = file_quotations(&set, NULL, n_stems);
	guint n_searches = (set.quoted->len + SEARCH_PIECE - 1) / SEARCH_PIECE;
	g_autofree GArray **passages = g_new0(GArray *, MAX(n_searches, 1));
	PassageSearch search = { docs, facts, &set, &postings, n_docs, passages };
	cr_parallel_for(n_searches, search_piece, &search);
	g_autoptr(GArray) found = cr_fact_array_new();
	for (guint p = 0; p < n_searches; p++) {
		for (guint i = 0; i < passages[p]->len; i++)
			add_passage(docs, facts, &g_array_index(passages[p], Passage, i), &places, found);
		g_array_unref(passages[p]);
	}
	for (guint i = 0; i < sentences->len; i++)
		add_passage(docs, facts, &g_array_index(sentences, Passage, i), &places, found);
	cr_fact_array_append_take(facts, g_steal_pointer(&found));
	postings_clear(&postings);
	places_clear(&places);
	quoted_set_clear(&set);
}
